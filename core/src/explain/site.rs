//! The sentence a recorded 现场检查 adds to an indicator: how many points were checked, how many
//! findings, and what they cost by the indicator's roll-up rule, e.g.
//! "现场检查：12 个点位，发现 3 处问题 × 0.5 = 扣 1.5 分".

use crate::assessment::site::SiteTally;
use crate::vocabulary::RollUpRule;
use crate::Text;

/// What the tally says, without the points left (the caller adds them).
pub(crate) fn site_line(t: &SiteTally) -> Text {
    let n = t.points;
    let places = if n == 1 { "point" } else { "points" };
    let head = (
        format!("现场检查：{n} 个点位"),
        format!("On-site inspection: {n} {places}"),
    );
    if t.findings == 0 {
        return Text::new(
            format!("{}，未发现问题", head.0),
            format!("{}, no findings", head.1),
        );
    }
    let f = t.findings;
    let findings = if f == 1 { "finding" } else { "findings" };
    let d = t.deduction;
    let (zh, en) = match (t.rule, t.per_finding) {
        (RollUpRule::Pooled, Some(per)) => {
            let whole = per.times(u64::from(f));
            let capped = if whole > d {
                ("，单项扣完为止", ", at most the indicator's points")
            } else {
                ("", "")
            };
            (
                format!("发现 {f} 处问题 × {per} = 扣 {d} 分{}", capped.0),
                format!("{f} {findings} × {per} = {d} deducted{}", capped.1),
            )
        }
        (RollUpRule::Pooled, None) => (
            format!("发现 {f} 处问题，累计扣 {d} 分"),
            format!("{f} {findings}, {d} deducted in all"),
        ),
        (RollUpRule::Mean, _) => (
            format!("发现 {f} 处问题，按点位平均得分扣 {d} 分"),
            format!("{f} {findings}; the mean point score costs {d}"),
        ),
        (RollUpRule::Worst, _) => (
            format!("发现 {f} 处问题，按最差点位扣 {d} 分"),
            format!("{f} {findings}; the worst point costs {d}"),
        ),
    };
    Text::new(format!("{}，{zh}", head.0), format!("{}: {en}", head.1))
}
