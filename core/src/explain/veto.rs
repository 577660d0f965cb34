//! A veto item's note in words: declared or not, or the value against its threshold.

use super::numbers as words;
use crate::report::{Calculation, VetoNote, VetoResult, VetoStatus};
use crate::{Lang, Localize, Text};

impl VetoResult {
    /// One line, e.g. "3.2 批次/千人 < 4" or "已申报：未发生".
    pub fn explain(&self) -> Text {
        explain(self)
    }
}

/// Words a veto result's note.
fn explain(v: &VetoResult) -> Text {
    let indicator = v.indicator.as_ref().map_or("", |i| i.as_str());
    match &v.note {
        VetoNote::Declared { happened: true } => Text::new("已申报：发生", "Declared: it happened"),
        VetoNote::Declared { happened: false } => {
            Text::new("已申报：未发生", "Declared: it did not happen")
        }
        VetoNote::NotDeclared => Text::new("尚未申报", "Not declared yet"),
        VetoNote::IndicatorNotApplicable => Text::new(
            format!("指标 {indicator} 不适用，本否决项不适用"),
            format!("Indicator {indicator} is N/A, so this veto does not apply"),
        ),
        VetoNote::Compared => {
            let shown = v.value.as_ref().map(Calculation::text).unwrap_or_default();
            let at_least = v.at_least.unwrap_or_default();
            let (op, at) = if v.status == VetoStatus::Triggered {
                words::below(at_least)
            } else {
                words::reached(at_least)
            };
            Text::new(
                format!("{} {op} {at}", shown.zh),
                format!("{} {op} {at}", shown.en),
            )
        }
        VetoNote::NoValue { problem } => {
            let (zh, en) = match problem {
                Some(p) => (p.message(Lang::Zh), p.message(Lang::En)),
                None => ("尚未作答".to_owned(), "not answered yet".to_owned()),
            };
            if indicator.is_empty() {
                Text::new(zh, en)
            } else {
                Text::new(
                    format!("指标 {indicator}：{zh}"),
                    format!("Indicator {indicator}: {en}"),
                )
            }
        }
    }
}
