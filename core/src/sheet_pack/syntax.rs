//! How one cell holds structured data — levels, sub-items, calculator inputs, a formula,
//! thresholds, yes/no and the enumerations — written and read by the same module, so every
//! value the template writes reads back as it was.
//!
//! Lists go one item per line (Alt+Enter inside an Excel cell). Short lists whose items never
//! hold punctuation (levels, thresholds) also split at `；`, and lists of names (测评方式, 出处,
//! 否决项) at `、` and commas too. Free text (sub-items, evidence) splits at line breaks only,
//! because the texts themselves hold `；` and `、`.

use super::error::{NumberKind, Syntax};
use crate::pack::{
    CalcInput, Confidence, Formula, InputKind, Level, Method, Rule, SubItem, SubItemMode, Threshold,
};
use crate::{Decimal, Lang, Points, Text};

/// Why a cell (or one line of it) cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum CellError {
    Syntax { found: String, expected: Syntax },
    Number { found: String, expected: NumberKind },
}

fn syntax(found: &str, expected: Syntax) -> CellError {
    CellError::Syntax {
        found: found.to_owned(),
        expected,
    }
}

fn number(found: &str, expected: NumberKind) -> CellError {
    CellError::Number {
        found: found.to_owned(),
        expected,
    }
}

/// Items separated by line breaks only.
pub(crate) fn lines(text: &str) -> Vec<&str> {
    text.split('\n')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

/// Items separated by line breaks or `；`.
pub(crate) fn short_list(text: &str) -> Vec<&str> {
    text.split(['\n', '；', ';'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

/// Names separated by line breaks, `；`, `、` or commas.
pub(crate) fn name_list(text: &str) -> Vec<&str> {
    text.split(['\n', '；', ';', '、', '，', ','])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

/// An English column read line by line against `count` Chinese items. Blank lines in the
/// middle stand for a missing translation; missing trailing lines too.
pub(crate) fn english_lines(text: &str, count: usize) -> Result<Vec<String>, CellError> {
    let text = text.trim_end();
    let mut out: Vec<String> = if text.trim().is_empty() {
        Vec::new()
    } else {
        text.split('\n').map(|l| l.trim().to_owned()).collect()
    };
    if out.len() > count {
        return Err(syntax(text, Syntax::EnglishLines { expected: count }));
    }
    out.resize(count, String::new());
    Ok(out)
}

/// Texts written one per line (Chinese) and their English, line by line.
pub(crate) fn format_texts(texts: &[Text]) -> (String, String) {
    let zh = texts.iter().map(|t| t.zh.as_str()).collect::<Vec<_>>();
    let en = texts.iter().map(|t| t.en.as_str()).collect::<Vec<_>>();
    (zh.join("\n"), english_column(&en))
}

/// English lines, or nothing when there is no English at all.
fn english_column(en: &[&str]) -> String {
    if en.iter().all(|e| e.is_empty()) {
        String::new()
    } else {
        en.join("\n")
    }
}

pub(crate) fn parse_texts(zh: &str, en: &str) -> Result<Vec<Text>, CellError> {
    let zh = lines(zh);
    let en = english_lines(en, zh.len())?;
    Ok(zh
        .into_iter()
        .zip(en)
        .map(|(z, e)| Text::new(z, e))
        .collect())
}

/// Points as typed: `3`, `2.5`, `3分`; at most one decimal.
pub(crate) fn parse_points(text: &str) -> Result<Points, CellError> {
    let t = text.trim().trim_end_matches('分').trim();
    let body = t.strip_prefix('-').unwrap_or(t);
    let plain = !body.is_empty()
        && body.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && body.bytes().filter(|b| *b == b'.').count() <= 1
        && body.bytes().any(|b| b.is_ascii_digit());
    let value = if plain { t.parse::<f64>().ok() } else { None };
    value
        .and_then(|v| Points::from_f64(v).ok())
        .ok_or_else(|| number(text.trim(), NumberKind::Points))
}

/// A measured value as typed: up to six decimals, thousands separators allowed.
pub(crate) fn parse_value(text: &str) -> Result<Decimal, CellError> {
    Decimal::parse(text).map_err(|_| number(text.trim(), NumberKind::Value))
}

/// `[id] rest`, with `【id】` accepted too.
fn take_id(line: &str) -> (Option<&str>, &str) {
    let line = line.trim();
    for (open, close) in [('[', ']'), ('【', '】')] {
        if let Some(rest) = line.strip_prefix(open) {
            if let Some(end) = rest.find(close) {
                let id = rest[..end].trim();
                let rest = rest[end + close.len_utf8()..].trim();
                return ((!id.is_empty()).then_some(id), rest);
            }
        }
    }
    (None, line)
}

/// `[id] body = points`: the optional id, the body and the points.
fn scored_item(line: &str, expected: Syntax) -> Result<(Option<&str>, &str, Points), CellError> {
    let (id, rest) = take_id(line);
    let at = rest
        .rfind(['=', '＝'])
        .ok_or_else(|| syntax(line, expected))?;
    let sign = rest[at..].chars().next().map_or(1, char::len_utf8);
    let body = rest[..at].trim();
    if body.is_empty() {
        return Err(syntax(line, expected));
    }
    let points = parse_points(&rest[at + sign..])?;
    Ok((id, body, points))
}

fn id_line(id: &str, body: &str, points: Points) -> String {
    format!("[{id}] {body} = {points}")
}

/// Levels as `[id] name = points`, one per line; English names line by line.
pub(crate) fn format_levels(levels: &[Level]) -> (String, String) {
    let zh = levels
        .iter()
        .map(|l| id_line(&l.id, &l.name.zh, l.points))
        .collect::<Vec<_>>();
    let en = levels
        .iter()
        .map(|l| l.name.en.as_str())
        .collect::<Vec<_>>();
    (zh.join("\n"), english_column(&en))
}

/// Levels read back; an id left out becomes the level's position (`1`, `2`, …).
pub(crate) fn parse_levels(text: &str) -> Result<Vec<Level>, CellError> {
    short_list(text)
        .into_iter()
        .enumerate()
        .map(|(n, line)| {
            let (id, name, points) = scored_item(line, Syntax::Levels)?;
            Ok(Level {
                id: id.map_or_else(|| (n + 1).to_string(), str::to_owned),
                name: Text::new(name, ""),
                points,
            })
        })
        .collect()
}

/// Sub-items as `[id] text = points`, one per line; English texts line by line.
pub(crate) fn format_sub_items(items: &[SubItem]) -> (String, String) {
    let zh = items
        .iter()
        .map(|i| id_line(&i.id, &i.text.zh, i.points))
        .collect::<Vec<_>>();
    let en = items.iter().map(|i| i.text.en.as_str()).collect::<Vec<_>>();
    (zh.join("\n"), english_column(&en))
}

/// Sub-items read back; an id left out becomes the item's position.
pub(crate) fn parse_sub_items(text: &str) -> Result<Vec<SubItem>, CellError> {
    lines(text)
        .into_iter()
        .enumerate()
        .map(|(n, line)| {
            let (id, body, points) = scored_item(line, Syntax::SubItems)?;
            Ok(SubItem {
                id: id.map_or_else(|| (n + 1).to_string(), str::to_owned),
                text: Text::new(body, ""),
                points,
            })
        })
        .collect()
}

/// Inputs as `[id] label | unit | kind`; English as `label | unit`, line by line.
pub(crate) fn format_inputs(inputs: &[CalcInput], lang: Lang) -> (String, String) {
    let zh = inputs
        .iter()
        .map(|i| {
            let kind = i.kind.sheet_token(lang);
            format!("[{}] {} | {} | {kind}", i.id, i.label.zh, i.unit.zh)
        })
        .collect::<Vec<_>>();
    let en = inputs
        .iter()
        .map(|i| {
            if i.label.en.is_empty() && i.unit.en.is_empty() {
                String::new()
            } else {
                format!("{} | {}", i.label.en, i.unit.en)
            }
        })
        .collect::<Vec<_>>();
    let en_refs = en.iter().map(String::as_str).collect::<Vec<_>>();
    (zh.join("\n"), english_column(&en_refs))
}

pub(crate) fn parse_inputs(zh: &str) -> Result<Vec<CalcInput>, CellError> {
    lines(zh)
        .into_iter()
        .map(|line| {
            let bad = || syntax(line, Syntax::CalcInputs);
            let (id, rest) = take_id(line);
            let id = id.ok_or_else(bad)?;
            let parts = rest.split(['|', '｜']).map(str::trim).collect::<Vec<_>>();
            let [label, unit, kind] = parts[..] else {
                return Err(bad());
            };
            let kind = InputKind::ALL
                .into_iter()
                .find(|k| {
                    kind == k.sheet_token(Lang::Zh)
                        || kind.eq_ignore_ascii_case(k.sheet_token(Lang::En))
                })
                .ok_or_else(bad)?;
            if label.is_empty() {
                return Err(bad());
            }
            Ok(CalcInput {
                id: id.to_owned(),
                label: Text::new(label, ""),
                unit: Text::new(unit, ""),
                kind,
            })
        })
        .collect()
}

/// Adds the English `label | unit` lines to parsed inputs.
pub(crate) fn apply_inputs_en(inputs: &mut [CalcInput], en: &str) -> Result<(), CellError> {
    let lines = english_lines(en, inputs.len())?;
    for (input, line) in inputs.iter_mut().zip(lines) {
        let mut parts = line.splitn(2, ['|', '｜']).map(str::trim);
        input.label.en = parts.next().unwrap_or("").to_owned();
        input.unit.en = parts.next().unwrap_or("").to_owned();
    }
    Ok(())
}

/// The formula in the words of the 计算公式 column.
pub(crate) fn format_formula(formula: &Formula) -> String {
    match formula {
        Formula::PerThousand { count, population } => format!("{count} ÷ {population} × 1000"),
        Formula::Percentage { part, whole } => format!("{part} ÷ {whole} × 100"),
        Formula::Growth { current, previous } => {
            format!("({current} − {previous}) ÷ {previous} × 100")
        }
        Formula::Value { input } => input.clone(),
    }
}

/// Reads `a ÷ b × 1000`, `a ÷ b × 100`, `(a − b) ÷ b × 100` or `a`, in any spacing and with
/// ASCII `/ * -` as well.
pub(crate) fn parse_formula(text: &str) -> Result<Formula, CellError> {
    let bad = || syntax(text.trim(), Syntax::Formula);
    let s: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '÷' | '／' => '/',
            '×' | '＊' | '✕' => '*',
            '−' | '–' | '—' | '－' => '-',
            '（' => '(',
            '）' => ')',
            c => c,
        })
        .collect();
    let s = s.strip_suffix('%').unwrap_or(&s);
    let is_id = |id: &str| !id.is_empty() && !id.contains(['(', ')', '/', '*']);
    if let Some(rest) = s.strip_prefix('(') {
        // (current-previous)/previous*100; ids may hold `-`, so try each split.
        let (inner, tail) = rest.split_once(')').ok_or_else(bad)?;
        let divisor = tail
            .strip_prefix('/')
            .and_then(|t| t.strip_suffix("*100"))
            .ok_or_else(bad)?;
        for (at, _) in inner.match_indices('-') {
            let (current, previous) = (&inner[..at], &inner[at + 1..]);
            if previous == divisor && is_id(current) && is_id(previous) {
                return Ok(Formula::Growth {
                    current: current.to_owned(),
                    previous: previous.to_owned(),
                });
            }
        }
        return Err(bad());
    }
    if let Some((a, rest)) = s.split_once('/') {
        let (b, factor) = rest.split_once('*').ok_or_else(bad)?;
        if !is_id(a) || !is_id(b) {
            return Err(bad());
        }
        let (a, b) = (a.to_owned(), b.to_owned());
        return match factor {
            "1000" => Ok(Formula::PerThousand {
                count: a,
                population: b,
            }),
            "100" => Ok(Formula::Percentage { part: a, whole: b }),
            _ => Err(bad()),
        };
    }
    if is_id(s) {
        return Ok(Formula::Value {
            input: s.to_owned(),
        });
    }
    Err(bad())
}

/// Thresholds as `≥value = points`, one per line.
pub(crate) fn format_thresholds(thresholds: &[Threshold]) -> String {
    thresholds
        .iter()
        .map(|t| format!("≥{} = {}", t.at_least, t.points))
        .collect::<Vec<_>>()
        .join("\n")
}

pub(crate) fn parse_thresholds(text: &str) -> Result<Vec<Threshold>, CellError> {
    short_list(text)
        .into_iter()
        .map(|line| {
            let body = line.trim();
            let body = ["≥", ">=", "＞＝", "＞=", ">＝"]
                .iter()
                .find_map(|p| body.strip_prefix(p))
                .unwrap_or(body);
            let (value, points) = body
                .split_once(['=', '＝', '得'])
                .ok_or_else(|| syntax(line, Syntax::Thresholds))?;
            Ok(Threshold {
                at_least: parse_value(value)?,
                points: parse_points(points)?,
            })
        })
        .collect()
}

/// 是 / 否 (or yes / no, ✓ / ✗, 1 / 0); `None` for a blank cell.
pub(crate) fn parse_yes_no(text: &str) -> Result<Option<bool>, CellError> {
    let t = text.trim().to_lowercase();
    match t.as_str() {
        "" => Ok(None),
        "是" | "yes" | "y" | "true" | "1" | "√" | "✓" | "✔" => Ok(Some(true)),
        "否" | "no" | "n" | "false" | "0" | "×" | "✗" | "✘" => Ok(Some(false)),
        _ => Err(syntax(text.trim(), Syntax::YesNo)),
    }
}

pub(crate) fn format_yes_no(value: bool, lang: Lang) -> &'static str {
    match (value, lang) {
        (true, Lang::Zh) => "是",
        (false, Lang::Zh) => "否",
        (true, Lang::En) => "yes",
        (false, Lang::En) => "no",
    }
}

/// A label compared loosely: no spaces or punctuation, lower case.
fn loose(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

pub(crate) fn format_methods(methods: &[Method], lang: Lang) -> String {
    let sep = if lang == Lang::Zh { "、" } else { ", " };
    methods
        .iter()
        .map(|m| m.label().get(lang).to_owned())
        .collect::<Vec<_>>()
        .join(sep)
}

pub(crate) fn parse_methods(text: &str) -> Result<Vec<Method>, CellError> {
    const ALIASES: [(&str, Method); 9] = [
        ("资料查阅", Method::DocumentReview),
        ("查阅资料", Method::DocumentReview),
        ("明查", Method::OpenInspection),
        ("现场明查", Method::OpenInspection),
        ("暗访", Method::CovertInspection),
        ("现场暗访", Method::CovertInspection),
        ("座谈", Method::Interview),
        ("问卷调查", Method::Survey),
        ("问卷", Method::Survey),
    ];
    name_list(text)
        .into_iter()
        .map(|name| {
            let key = loose(name);
            Method::ALL
                .iter()
                .copied()
                .find(|m| {
                    let label = m.label();
                    key == loose(&label.zh) || key == loose(&label.en) || key == loose(m.id())
                })
                .or_else(|| {
                    ALIASES
                        .iter()
                        .find(|(a, _)| key == loose(a))
                        .map(|(_, m)| *m)
                })
                .ok_or_else(|| syntax(name, Syntax::Method))
        })
        .collect()
}

pub(crate) fn format_confidence(confidence: Confidence, lang: Lang) -> String {
    confidence.label().get(lang).to_owned()
}

/// A 可信度 label; `None` for a blank cell.
pub(crate) fn parse_confidence(text: &str) -> Result<Option<Confidence>, CellError> {
    let key = loose(text);
    if key.is_empty() {
        return Ok(None);
    }
    Confidence::ALL
        .into_iter()
        .find(|c| {
            let label = c.label();
            key == loose(&label.zh)
                || key == loose(&label.en)
                || key == c.id()
                || key == c.sheet_token()
        })
        .map(Some)
        .ok_or_else(|| syntax(text.trim(), Syntax::Confidence))
}

/// What a 计分方式 cell can say: a rule kind, with the sub-item mode spelled into it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RuleCell {
    Levels,
    SubItems(SubItemMode),
    Deductions,
    Calculator,
}

impl RuleCell {
    /// How the cell names `rule`.
    pub(crate) fn of(rule: &Rule) -> RuleCell {
        match rule {
            Rule::Levels { .. } => RuleCell::Levels,
            Rule::SubItems { mode, .. } => RuleCell::SubItems(*mode),
            Rule::Deductions { .. } => RuleCell::Deductions,
            Rule::Calculator(_) => RuleCell::Calculator,
        }
    }
}

const RULE_NAMES: [(RuleCell, &str, &str); 5] = [
    (RuleCell::Levels, "档次", "Levels"),
    (
        RuleCell::SubItems(SubItemMode::Sum),
        "评分要点",
        "Sub-items",
    ),
    (
        RuleCell::SubItems(SubItemMode::AllRequired),
        "评分要点（全部满足）",
        "Sub-items (all required)",
    ),
    (RuleCell::Deductions, "扣分", "Deductions"),
    (RuleCell::Calculator, "计算", "Calculator"),
];

pub(crate) fn format_rule(kind: RuleCell, lang: Lang) -> &'static str {
    RULE_NAMES
        .iter()
        .find(|(k, _, _)| *k == kind)
        .map_or("", |(_, zh, en)| if lang == Lang::Zh { zh } else { en })
}

/// A 计分方式; `None` when it names no rule.
pub(crate) fn parse_rule(text: &str) -> Option<RuleCell> {
    const ALIASES: [(&str, RuleCell); 10] = [
        ("分档", RuleCell::Levels),
        ("levels", RuleCell::Levels),
        ("要点", RuleCell::SubItems(SubItemMode::Sum)),
        ("sub_items", RuleCell::SubItems(SubItemMode::Sum)),
        ("全部满足", RuleCell::SubItems(SubItemMode::AllRequired)),
        ("all_required", RuleCell::SubItems(SubItemMode::AllRequired)),
        ("deductions", RuleCell::Deductions),
        ("扣分制", RuleCell::Deductions),
        ("calculator", RuleCell::Calculator),
        ("计算型", RuleCell::Calculator),
    ];
    let key = loose(text);
    RULE_NAMES
        .iter()
        .map(|(k, zh, en)| (*k, [*zh, *en]))
        .find(|(_, names)| names.iter().any(|n| loose(n) == key))
        .map(|(k, _)| k)
        .or_else(|| {
            ALIASES
                .iter()
                .find(|(a, _)| loose(a) == key)
                .map(|(_, k)| *k)
        })
}

/// 判定方式 of a veto item: `true` for a declaration, `false` for a threshold.
pub(crate) fn format_veto_test(declaration: bool, lang: Lang) -> &'static str {
    match (declaration, lang) {
        (true, Lang::Zh) => "是否声明",
        (false, Lang::Zh) => "低于门槛",
        (true, Lang::En) => "Declaration",
        (false, Lang::En) => "Threshold",
    }
}

pub(crate) fn parse_veto_test(text: &str) -> Result<bool, CellError> {
    match loose(text).as_str() {
        "是否声明" | "声明" | "declaration" => Ok(true),
        "低于门槛" | "门槛" | "threshold" => Ok(false),
        _ => Err(syntax(text.trim(), Syntax::VetoTest)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_read_back_in_any_spacing() {
        for formula in [
            Formula::PerThousand {
                count: "batches".into(),
                population: "residents".into(),
            },
            Formula::Percentage {
                part: "done".into(),
                whole: "all".into(),
            },
            Formula::Growth {
                current: "this-year".into(),
                previous: "last-year".into(),
            },
            Formula::Value {
                input: "score".into(),
            },
        ] {
            assert_eq!(parse_formula(&format_formula(&formula)), Ok(formula));
        }
        assert_eq!(
            parse_formula("a/b*1000"),
            Ok(Formula::PerThousand {
                count: "a".into(),
                population: "b".into()
            })
        );
        assert!(parse_formula("a ÷ b × 10").is_err());
        assert!(parse_formula("(a − b) ÷ c × 100").is_err());
        assert!(parse_formula("").is_err());
    }

    #[test]
    fn levels_take_ids_or_positions() {
        let levels = parse_levels("符合=3；基本符合 = 1.8分；[no] 不符合 ＝ 0").unwrap();
        let ids: Vec<_> = levels.iter().map(|l| l.id.as_str()).collect();
        assert_eq!(ids, ["1", "2", "no"]);
        assert_eq!(levels[1].points, Points::from_tenths(18));
        assert!(matches!(
            parse_levels("符合 3"),
            Err(CellError::Syntax { .. })
        ));
        assert!(matches!(
            parse_levels("符合 = 三"),
            Err(CellError::Number { .. })
        ));
    }

    #[test]
    fn points_refuse_words_and_hundredths() {
        assert_eq!(parse_points("2.5"), Ok(Points::from_tenths(25)));
        assert_eq!(parse_points(" 3分 "), Ok(Points::whole(3)));
        for bad in ["三分", "2.55", "1e3", "inf", "", "-", "."] {
            assert!(parse_points(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn english_lines_may_fall_short_but_not_run_over() {
        assert_eq!(english_lines("a\n\nc", 3).unwrap(), ["a", "", "c"]);
        assert_eq!(english_lines("", 2).unwrap(), ["", ""]);
        assert!(english_lines("a\nb\nc", 2).is_err());
    }
}
