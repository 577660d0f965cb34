//! The 整改清单 as data: one corrective action per indicator that lost points or carries a veto
//! risk, with its state decided here (not in a view or a writer) so the screen, the printout
//! and every export agree on which actions are overdue.
//!
//! Departments own actions, so the list is also offered grouped per 责任单位: an action shared by
//! two departments appears under both, because each department prints its own page.

use crate::assessment::review::ProblemState;
use crate::report::{Id, Risk};
use crate::{Assessment, Pack, Points, Report, Text};

/// Where an action stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ActionState {
    /// Past its due date and not done.
    Overdue,
    /// No corrective action written yet.
    NotPlanned,
    /// Planned, not yet due.
    Open,
    /// A review problem the city has corrected, waiting for a later round to close it.
    AwaitingRecheck,
    /// Marked done by the city (a review problem: closed by a later round).
    Done,
}

impl ActionState {
    /// Display name.
    pub fn label(self) -> Text {
        match self {
            ActionState::Overdue => Text::new("已逾期", "Overdue"),
            ActionState::NotPlanned => Text::new("未制定措施", "No action yet"),
            ActionState::Open => Text::new("待完成", "Open"),
            ActionState::AwaitingRecheck => Text::new("已整改待复核", "Corrected, to recheck"),
            ActionState::Done => Text::new("已完成", "Done"),
        }
    }
}

/// One corrective action.
#[derive(Clone, Debug, PartialEq)]
pub struct Action {
    /// Indicator ID.
    pub indicator: Id,
    /// Points that fixing it could recover.
    pub at_stake: Points,
    /// Why it is urgent.
    pub risk: Risk,
    /// 扣分原因 as recorded.
    pub lost_reason: String,
    /// 整改措施 as recorded.
    pub what: String,
    /// 责任人.
    pub owner: String,
    /// 责任单位: the city's own, else the pack's.
    pub departments: Vec<Text>,
    /// 完成时限 as recorded.
    pub due: String,
    /// Overdue, not planned, open, awaiting a recheck or done.
    pub state: ActionState,
    /// What the action answers.
    pub source: ActionSource,
}

impl Action {
    /// The 资料审查 problem this action answers, by its number.
    pub fn problem(&self) -> Option<u32> {
        match self.source {
            ActionSource::ReviewProblem(n) => Some(n),
            _ => None,
        }
    }
}

/// What an action answers.
#[derive(Clone, Debug, PartialEq)]
pub enum ActionSource {
    /// An indicator's gap in the self-assessment.
    Gap,
    /// A 资料审查 problem, by its number.
    ReviewProblem(u32),
    /// A 现场检查 finding at a point: where, and what was found.
    SiteFinding {
        /// The point's register number.
        point: u32,
        /// "老王面馆（小餐饮）：许可证或登记（备案）有效并公示——未公示 × 2".
        what: Text,
    },
}

/// Every action, in gap order (veto risks, key items, then points at stake), then the
/// problems 资料审查 rounds raised, in the order raised, then the findings of 现场检查 point by
/// point. Unanswered indicators are left out unless they decide a veto: an unanswered item is
/// work still to do in the self-check, not a loss to correct. `today` is `YYYY-MM-DD` from the
/// caller.
pub fn actions(pack: &Pack, assessment: &Assessment, report: &Report, today: &str) -> Vec<Action> {
    let mut list = gap_actions(pack, assessment, report, today);
    list.extend(problem_actions(pack, assessment, today));
    list.extend(site_actions(pack, assessment));
    list
}

/// Each recorded finding as an action for the point's 包保单位 (else the indicator's
/// departments): the reviewer's note as the reason; it stays open until the point is checked
/// again without it.
fn site_actions(pack: &Pack, assessment: &Assessment) -> Vec<Action> {
    // An inspection that does not read lists nothing here; its view says why.
    let inspection = assessment.inspection.read().unwrap_or_default();
    if inspection.visits.is_empty() {
        return Vec::new();
    }
    let sheets = inspection.sheets(pack);
    let types = sheets.types();
    let mut list = Vec::new();
    for visit in &inspection.visits {
        let (Some(point), Some(sheet)) =
            (inspection.point(visit.point), sheets.sheet(&visit.sheet))
        else {
            continue;
        };
        let kind = types.get(&point.unit_type).map_or_else(
            || Text::new(point.unit_type.as_str(), ""),
            |t| t.name.clone(),
        );
        for finding in &visit.findings {
            let Some(item) = sheet.item(&finding.item) else {
                continue;
            };
            let found = finding
                .option
                .as_ref()
                .and_then(|l| item.finding(l))
                .map_or_else(|| Text::new("不符合", "not compliant"), |f| f.text.clone());
            let times = match finding.count {
                1 => String::new(),
                n => format!(" × {n}"),
            };
            let what = Text::new(
                format!(
                    "{}（{}）：{}——{}{}",
                    point.name, kind.zh, item.text.zh, found.zh, times
                ),
                format!(
                    "{} ({}): {} — {}{}",
                    point.name,
                    kind.get(crate::Lang::En),
                    item.text.get(crate::Lang::En),
                    found.get(crate::Lang::En),
                    times
                ),
            );
            let departments = if point.assigned.trim().is_empty() {
                pack.indicator(&item.indicator)
                    .map(|i| i.departments.clone())
                    .unwrap_or_default()
            } else {
                vec![Text::new(point.assigned.trim(), "")]
            };
            list.push(Action {
                indicator: Id::from(item.indicator.as_str()),
                at_stake: Points::ZERO,
                risk: Risk::Points,
                lost_reason: finding.note.clone(),
                what: String::new(),
                owner: String::new(),
                departments,
                due: String::new(),
                state: ActionState::Open,
                source: ActionSource::SiteFinding {
                    point: point.number,
                    what,
                },
            });
        }
    }
    list
}

/// A review problem as a corrective action: the reviewer's words as the reason, the city's
/// 整改说明 as what was done, its own 责任单位 or else the indicator's.
fn problem_actions<'a>(
    pack: &'a Pack,
    assessment: &'a Assessment,
    today: &'a str,
) -> impl Iterator<Item = Action> + 'a {
    // A review that does not read (a file edited by hand) lists no problem here; the review
    // view says why and keeps it as it is.
    let review = assessment.review.read().unwrap_or_default();
    (0..review.problems.len()).map(move |n| {
        let p = &review.problems[n];
        let due = p.due.trim().to_owned();
        let state = match p.state {
            ProblemState::Closed => ActionState::Done,
            ProblemState::Fixed => ActionState::AwaitingRecheck,
            ProblemState::Open if is_date(&due) && is_date(today) && due.as_str() < today => {
                ActionState::Overdue
            }
            ProblemState::Open => ActionState::Open,
        };
        let departments = if p.department.is_empty() {
            pack.indicator(&p.indicator)
                .map(|i| i.departments.clone())
                .unwrap_or_default()
        } else {
            vec![Text::new(p.department.as_str(), "")]
        };
        Action {
            indicator: Id::from(p.indicator.as_str()),
            at_stake: Points::ZERO,
            risk: Risk::Points,
            lost_reason: p.text.clone(),
            what: p.fix_note.clone(),
            owner: String::new(),
            departments,
            due,
            state,
            source: ActionSource::ReviewProblem(p.number),
        }
    })
}

fn gap_actions(pack: &Pack, assessment: &Assessment, report: &Report, today: &str) -> Vec<Action> {
    report
        .gaps
        .iter()
        .filter(|g| !g.unanswered || g.risk == Risk::Veto)
        .filter_map(|gap| {
            let indicator = pack.indicator(&gap.indicator)?;
            let action = assessment
                .entry(&gap.indicator)
                .and_then(|e| e.action.clone())
                .unwrap_or_default();
            let due = action.due.trim().to_owned();
            let state = if action.done {
                ActionState::Done
            } else if action.what.trim().is_empty() {
                ActionState::NotPlanned
            } else if is_date(&due) && is_date(today) && due.as_str() < today {
                ActionState::Overdue
            } else {
                ActionState::Open
            };
            Some(Action {
                indicator: gap.indicator.clone(),
                at_stake: gap.recoverable,
                risk: gap.risk,
                lost_reason: gap.lost_reason.clone(),
                what: action.what,
                owner: action.owner,
                departments: gap.departments(indicator),
                due,
                state,
                source: ActionSource::Gap,
            })
        })
        .collect()
}

/// `YYYY-MM-DD`, the only form compared with today (anything else is never called overdue).
fn is_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        })
}

/// One department's actions.
#[derive(Clone, Debug, PartialEq)]
pub struct DepartmentActions<'a> {
    /// The department's name in the language asked for; empty for actions naming none.
    pub department: String,
    /// Its actions, in gap order.
    pub actions: Vec<&'a Action>,
}

/// Actions grouped per 责任单位 (named in `lang`), departments in order of first appearance,
/// actions without a department last under an empty name.
pub fn by_department(actions: &[Action], lang: crate::Lang) -> Vec<DepartmentActions<'_>> {
    let mut groups: Vec<DepartmentActions<'_>> = Vec::new();
    let mut unassigned = Vec::new();
    for action in actions {
        if action.departments.is_empty() {
            unassigned.push(action);
        }
        for department in &action.departments {
            let name = department.get(lang).trim();
            match groups.iter_mut().find(|g| g.department == name) {
                Some(group) if group.actions.iter().any(|a| std::ptr::eq(*a, action)) => {}
                Some(group) => group.actions.push(action),
                None => groups.push(DepartmentActions {
                    department: name.to_owned(),
                    actions: vec![action],
                }),
            }
        }
    }
    if !unassigned.is_empty() {
        groups.push(DepartmentActions {
            department: String::new(),
            actions: unassigned,
        });
    }
    groups
}
