//! What a poll measures, with the threshold the criteria set for it (满意度 80 分, 知晓率 85 %,
//! 支持率 85 %) and the plain sentence a city reads: where the value lies at the confidence
//! chosen, and how sure it is to clear the threshold.

use super::stats::{chance_at_least, Estimate, Level};
use crate::{Lang, Text};

/// A figure a poll gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// 满意度: the index, 0–100 分.
    Satisfaction,
    /// 知晓率: the share aware of the campaign.
    Awareness,
    /// 支持率: the share supporting it.
    Support,
}

impl Measure {
    /// Its name.
    pub fn label(self) -> Text {
        match self {
            Measure::Satisfaction => Text::new("满意度", "satisfaction"),
            Measure::Awareness => Text::new("知晓率", "awareness"),
            Measure::Support => Text::new("支持率", "support"),
        }
    }

    /// The threshold, on the estimate's own scale (points, or a share).
    pub fn threshold(self) -> f64 {
        match self {
            Measure::Satisfaction => 80.0,
            Measure::Awareness | Measure::Support => 0.85,
        }
    }

    /// The top of its scale: 100 分, or a share of 1.
    pub fn top(self) -> f64 {
        match self {
            Measure::Satisfaction => 100.0,
            Measure::Awareness | Measure::Support => 1.0,
        }
    }

    /// A value in the unit a person reads and types: 分 as it is, a share in per cent.
    pub fn in_units(self, value: f64) -> f64 {
        value * 100.0 / self.top()
    }

    /// The estimate's interval, kept within the scale.
    pub fn bounded(self, estimate: &Estimate) -> (f64, f64) {
        (estimate.low.max(0.0), estimate.high.min(self.top()))
    }

    /// A value on its scale as shown: "83.2 %" or "78.4 分".
    pub fn shown(self, value: f64, lang: Lang) -> String {
        let units = self.in_units(value);
        match (self, lang) {
            (Measure::Satisfaction, Lang::Zh) => format!("{units:.1} 分"),
            (Measure::Satisfaction, Lang::En) => format!("{units:.1} points"),
            _ => format!("{units:.1} %"),
        }
    }

    /// "在 95 % 置信水平下，知晓率介于 83.2 % 与 87.4 % 之间；达到 85 % 的把握约 62 %（n = 1,100）",
    /// or that there are no answers yet. The interval is kept within the scale.
    pub fn sentence(self, estimate: Option<&Estimate>, confidence: Level, lang: Lang) -> String {
        let name = self.label();
        let Some(e) = estimate else {
            return match lang {
                Lang::Zh => format!("{}：还没有可计算的回答。", name.zh),
                Lang::En => format!("No answers to compute the {} from yet.", name.en),
            };
        };
        let (low, high) = self.bounded(e);
        let chance = chance_at_least(e, self.threshold()) * 100.0;
        let (at, goal) = (confidence.percent(), self.shown(self.threshold(), lang));
        let n = crate::Decimal::whole(i64::try_from(e.n).unwrap_or(i64::MAX)).grouped();
        match lang {
            Lang::Zh => {
                let sure = match chance {
                    c if c >= 99.5 => "把握超过 99 %".to_owned(),
                    c if c < 0.5 => "把握不足 1 %".to_owned(),
                    c => format!("把握约 {c:.0} %"),
                };
                format!(
                    "在 {at} % 置信水平下，{}介于 {} 与 {} 之间；达到 {goal} 的{sure}（n = {n}）",
                    name.zh,
                    self.shown(low, lang),
                    self.shown(high, lang)
                )
            }
            Lang::En => {
                let sure = match chance {
                    c if c >= 99.5 => "over 99 %".to_owned(),
                    c if c < 0.5 => "under 1 %".to_owned(),
                    c => format!("about {c:.0} %"),
                };
                format!(
                    "At {at} % confidence the {} lies between {} and {}; the chance it reaches {goal} is {sure} (n = {n})",
                    name.en,
                    self.shown(low, lang),
                    self.shown(high, lang)
                )
            }
        }
    }
}
