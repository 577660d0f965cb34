//! Loading a check-sheet pack and what can be wrong with it, each problem named by the sheet
//! and item it is in, as the criteria pack's errors are located by indicator and field.

use super::sheets::SheetPack;
use crate::message::{pick, Localize};
use crate::{Lang, Pack, Points};
use std::collections::HashSet;

/// Where in a sheet pack a problem is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetAt {
    /// The sheet's ID (empty for the pack's own lists).
    pub sheet: String,
    /// The item's ID, when the problem is in one.
    pub item: Option<String>,
}

/// What is wrong with a check-sheet pack.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SheetError {
    /// The text is not a check-sheet pack at all.
    NotASheetPack {
        /// The reader's words.
        detail: String,
    },
    /// Two unit types share an ID.
    UnitTypeTwice {
        /// The ID.
        unit_type: String,
    },
    /// Two sheets share an ID.
    SheetTwice {
        /// The sheet.
        at: SheetAt,
    },
    /// A sheet is for a unit type the pack does not list.
    UnknownUnitType {
        /// The sheet.
        at: SheetAt,
        /// The type named.
        unit_type: String,
    },
    /// A sheet has no items.
    NoItems {
        /// The sheet.
        at: SheetAt,
    },
    /// Two items of a sheet share an ID.
    ItemTwice {
        /// The item.
        at: SheetAt,
    },
    /// An item has no Chinese text.
    NoText {
        /// The item.
        at: SheetAt,
    },
    /// An item's points or deduction is zero or negative.
    NotPositive {
        /// The item.
        at: SheetAt,
        /// `points` or `deduction`.
        field: &'static str,
        /// The value.
        value: Points,
    },
    /// An item is keyed to an indicator the criteria pack does not have.
    UnknownIndicator {
        /// The item.
        at: SheetAt,
        /// The indicator named.
        indicator: String,
    },
    /// A finding option is not one capital letter, or repeats one.
    BadLetter {
        /// The item.
        at: SheetAt,
        /// The letter as written.
        letter: String,
    },
    /// A sheet cites a source the pack does not list.
    UnknownSource {
        /// The sheet.
        at: SheetAt,
        /// The source named.
        source: String,
    },
    /// A roll-up rule names an indicator the criteria pack does not have, or one twice.
    BadRollUp {
        /// The indicator named.
        indicator: String,
        /// Named twice (rather than unknown).
        twice: bool,
    },
}

impl SheetPack {
    /// Reads a pack's JSON text and checks it against the criteria `pack`: every problem, each
    /// named by the sheet and item it is in.
    pub fn load(text: &str, pack: &Pack) -> Result<SheetPack, Vec<SheetError>> {
        let sheets: SheetPack = serde_json::from_str(text).map_err(|e| {
            vec![SheetError::NotASheetPack {
                detail: e.to_string(),
            }]
        })?;
        let errors = sheets.check(pack);
        if errors.is_empty() {
            Ok(sheets)
        } else {
            Err(errors)
        }
    }

    /// What is wrong with the sheets as a companion of `pack`.
    pub fn check(&self, pack: &Pack) -> Vec<SheetError> {
        let mut errors = Vec::new();
        let mut types = HashSet::new();
        for t in &self.unit_types {
            if !types.insert(t.id.as_str()) {
                errors.push(SheetError::UnitTypeTwice {
                    unit_type: t.id.clone(),
                });
            }
        }
        let sources: HashSet<&str> = self.sources.iter().map(|s| s.id.as_str()).collect();
        let mut sheets = HashSet::new();
        for sheet in &self.sheets {
            let at = |item: Option<&str>| SheetAt {
                sheet: sheet.id.clone(),
                item: item.map(str::to_owned),
            };
            if !sheets.insert(sheet.id.as_str()) {
                errors.push(SheetError::SheetTwice { at: at(None) });
            }
            if !types.contains(sheet.unit_type.as_str()) {
                errors.push(SheetError::UnknownUnitType {
                    at: at(None),
                    unit_type: sheet.unit_type.clone(),
                });
            }
            if sheet.items.is_empty() {
                errors.push(SheetError::NoItems { at: at(None) });
            }
            for source in sheet
                .provenance
                .sources
                .iter()
                .filter(|s| !sources.contains(s.as_str()))
            {
                errors.push(SheetError::UnknownSource {
                    at: at(None),
                    source: source.clone(),
                });
            }
            let mut items = HashSet::new();
            for item in &sheet.items {
                let at = || at(Some(&item.id));
                if !items.insert(item.id.as_str()) {
                    errors.push(SheetError::ItemTwice { at: at() });
                }
                if item.text.zh.trim().is_empty() {
                    errors.push(SheetError::NoText { at: at() });
                }
                for (field, value) in [("points", item.points), ("deduction", item.deduction)] {
                    if value <= Points::ZERO {
                        errors.push(SheetError::NotPositive {
                            at: at(),
                            field,
                            value,
                        });
                    }
                }
                if pack.indicator(&item.indicator).is_none() {
                    errors.push(SheetError::UnknownIndicator {
                        at: at(),
                        indicator: item.indicator.clone(),
                    });
                }
                let mut letters = HashSet::new();
                for f in &item.findings {
                    let one_capital =
                        f.id.len() == 1 && f.id.bytes().all(|b| b.is_ascii_uppercase());
                    if !one_capital || !letters.insert(f.id.as_str()) {
                        errors.push(SheetError::BadLetter {
                            at: at(),
                            letter: f.id.clone(),
                        });
                    }
                }
            }
        }
        let mut rolled = HashSet::new();
        for r in &self.roll_up {
            let twice = !rolled.insert(r.indicator.as_str());
            if twice || pack.indicator(&r.indicator).is_none() {
                errors.push(SheetError::BadRollUp {
                    indicator: r.indicator.clone(),
                    twice,
                });
            }
        }
        errors
    }
}

impl SheetAt {
    fn words(&self, lang: Lang) -> String {
        match (&self.item, lang) {
            (Some(item), Lang::Zh) => format!("检查表 {} 第 {item} 项", self.sheet),
            (Some(item), Lang::En) => format!("sheet {}, item {item}", self.sheet),
            (None, Lang::Zh) => format!("检查表 {}", self.sheet),
            (None, Lang::En) => format!("sheet {}", self.sheet),
        }
    }
}

impl Localize for SheetError {
    fn message(&self, lang: Lang) -> String {
        match self {
            SheetError::NotASheetPack { detail } => pick(
                lang,
                format!("不是现场检查表文件：{detail}"),
                format!("Not a check-sheet pack: {detail}"),
            ),
            SheetError::UnitTypeTwice { unit_type } => pick(
                lang,
                format!("业态编号 {unit_type} 重复"),
                format!("Unit type {unit_type} appears twice"),
            ),
            SheetError::SheetTwice { at } => pick(
                lang,
                format!("{}：编号重复", at.words(lang)),
                format!("{}: the ID appears twice", at.words(lang)),
            ),
            SheetError::UnknownUnitType { at, unit_type } => pick(
                lang,
                format!("{}：业态 {unit_type} 不在业态列表中", at.words(lang)),
                format!("{}: unit type {unit_type} is not in the list", at.words(lang)),
            ),
            SheetError::NoItems { at } => pick(
                lang,
                format!("{}：没有检查项目", at.words(lang)),
                format!("{}: no items", at.words(lang)),
            ),
            SheetError::ItemTwice { at } => pick(
                lang,
                format!("{}：项目编号重复", at.words(lang)),
                format!("{}: the item ID appears twice", at.words(lang)),
            ),
            SheetError::NoText { at } => pick(
                lang,
                format!("{}：没有中文内容", at.words(lang)),
                format!("{}: no Chinese text", at.words(lang)),
            ),
            SheetError::NotPositive { at, field, value } => {
                let (zh, en) = match *field {
                    "points" => ("分值", "points"),
                    _ => ("每处扣分", "deduction per finding"),
                };
                pick(
                    lang,
                    format!("{}：{zh}须大于 0（现为 {value}）", at.words(lang)),
                    format!("{}: {en} must be above 0 (it is {value})", at.words(lang)),
                )
            }
            SheetError::UnknownIndicator { at, indicator } => pick(
                lang,
                format!("{}：对应的指标 {indicator} 不在评价细则中", at.words(lang)),
                format!(
                    "{}: indicator {indicator} is not in the criteria pack",
                    at.words(lang)
                ),
            ),
            SheetError::BadLetter { at, letter } => pick(
                lang,
                format!(
                    "{}：问题选项编号“{letter}”须为不重复的一个大写字母",
                    at.words(lang)
                ),
                format!(
                    "{}: finding option “{letter}” must be one capital letter, used once",
                    at.words(lang)
                ),
            ),
            SheetError::UnknownSource { at, source } => pick(
                lang,
                format!("{}：引用的出处 {source} 未在文件中列出", at.words(lang)),
                format!("{}: cites source {source}, which the pack does not list", at.words(lang)),
            ),
            SheetError::BadRollUp { indicator, twice: true } => pick(
                lang,
                format!("汇总规则中指标 {indicator} 出现两次"),
                format!("Roll-up rules name indicator {indicator} twice"),
            ),
            SheetError::BadRollUp { indicator, .. } => pick(
                lang,
                format!("汇总规则中的指标 {indicator} 不在评价细则中"),
                format!("Roll-up rule names indicator {indicator}, which the criteria pack does not have"),
            ),
        }
    }
}
