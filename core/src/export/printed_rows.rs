//! Which indicators the printed 自评表 lists, and with what: shared by the table (`tables`) and
//! its appendix of long notes (`appendix`), which number their rows the same way.

use crate::pack::Indicator;
use crate::report::Status;
use crate::{Pack, Report};

/// What the printed 自评表 shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TableOptions {
    /// Only indicators answered below full marks (unanswered ones have no score to lose yet).
    pub only_lost: bool,
    /// Add the city's notes as a last column.
    pub include_notes: bool,
}

/// The indicators the printed 自评表 lists with `options`, each with its 序号 (counted across
/// the whole pack, so a filtered table keeps the numbers of the full one), in pack order.
pub(crate) fn printed_indicators<'p>(
    pack: &'p Pack,
    report: &'p Report,
    options: TableOptions,
) -> impl Iterator<Item = (u64, &'p Indicator)> + 'p {
    pack.groups
        .iter()
        .flat_map(|g| &g.indicators)
        .zip(1u64..)
        .filter(move |(indicator, _)| {
            let lost = report.indicator(&indicator.id).is_some_and(|r| {
                r.status.is_answered()
                    && r.status != Status::NotApplicable
                    && r.awarded < indicator.max_points
            });
            !options.only_lost || lost
        })
        .map(|(indicator, number)| (number, indicator))
}
