//! How a poll's figures are written wherever they show (the figures, the charts, the
//! comparison): the measures in order, a value with its interval kept within the scale, a
//! district's name. Apart, so the views that write them need not reach one another.

use crate::i18n::PollWords as W;
use fscity_core::poll::{Estimate, Measure};
use fscity_core::Lang;

/// The measures a poll gives, in the order shown.
pub const MEASURES: [Measure; 3] = [Measure::Satisfaction, Measure::Awareness, Measure::Support];

/// "83.2 %（81.0 %–85.3 %）", or "—" without answers.
pub fn with_interval(m: Measure, e: Option<&Estimate>, lang: Lang) -> String {
    e.map_or_else(
        || "—".to_owned(),
        |e| {
            let (low, high) = m.bounded(e);
            let range = format!("{}–{}", m.shown(low, lang), m.shown(high, lang));
            format!("{}{}", m.shown(e.value, lang), lang.parenthesized(&range))
        },
    )
}

/// A district's name as shown ("" is the responses without one).
pub fn district_name(district: &str, lang: Lang) -> String {
    if district.is_empty() {
        W::NoDistrict.text(lang).to_owned()
    } else {
        district.to_owned()
    }
}
