//! A poll's figures put into the assessment: 满意度 into B-17's score and 知晓率 into B-16's
//! rate, each linked to the poll (`assessment::poll_link`); the veto items V-04 / V-05 read
//! those indicators, so they follow. 支持率 is not scored by the reconstruction and goes
//! nowhere. Where a measure lands is this module's rule, checked against the pack in use: a
//! city's own pack without that indicator or input is told so rather than written into.

use super::kept::KeptPoll;
use super::measure::Measure;
use super::results::Figures;
use crate::assessment::poll_link::PollLink;
use crate::pack::Pack;
use crate::{Assessment, Decimal};

/// Where `measure` goes: the indicator and its calculator input.
pub fn target(measure: Measure) -> Option<(&'static str, &'static str)> {
    match measure {
        Measure::Satisfaction => Some(("B-17", "score")),
        Measure::Awareness => Some(("B-16", "awareness")),
        Measure::Support => None,
    }
}

/// What applying did for one measure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Applied {
    /// The figure written, as shown in the field (one decimal, a rate in per cent).
    Written {
        /// The measure.
        measure: Measure,
        /// Into which indicator.
        indicator: &'static str,
        /// The value.
        value: Decimal,
    },
    /// The poll has no answer feeding it.
    NoFigure {
        /// The measure.
        measure: Measure,
    },
    /// The pack in use has no such indicator with that input.
    NoIndicator {
        /// The measure.
        measure: Measure,
        /// The indicator looked for.
        indicator: &'static str,
    },
}

/// The figure `measure` writes, on the field's scale: the index in 分, a rate in per cent,
/// each to one decimal as the third-party reports give them.
pub fn field_value(measure: Measure, value: f64) -> Option<Decimal> {
    Decimal::parse(&format!("{:.1}", measure.in_units(value))).ok()
}

/// Writes `figures` of `poll` into `assessment` by [`target`]; what happened per measure.
pub fn apply(
    pack: &Pack,
    assessment: &mut Assessment,
    poll: &KeptPoll,
    figures: &Figures,
) -> Vec<Applied> {
    let mut done = Vec::new();
    for measure in [Measure::Satisfaction, Measure::Awareness] {
        let Some((indicator, input)) = target(measure) else {
            continue;
        };
        let fits = pack
            .indicator(indicator)
            .and_then(|i| i.rule.calc())
            .is_some_and(|c| c.input(input).is_some());
        if !fits {
            done.push(Applied::NoIndicator { measure, indicator });
            continue;
        }
        let Some(value) = figures
            .of(measure)
            .and_then(|e| field_value(measure, e.value))
        else {
            done.push(Applied::NoFigure { measure });
            continue;
        };
        assessment.set_input(indicator, input, value);
        assessment.entry_mut(indicator).poll = Some(PollLink {
            poll: poll.id,
            name: poll.name.clone(),
            n: u64::try_from(figures.responses).unwrap_or(u64::MAX),
        });
        done.push(Applied::Written {
            measure,
            indicator,
            value,
        });
    }
    done
}
