//! Checks on what a file holds, beyond its shape: string lengths and figures on the JSON value
//! (so every finding has a path, and a negative count is named as such rather than as a type
//! error), and figures against their pack's input kinds once the pack is known.

use super::error::{NumberProblem, ReadError};
use super::format::SavedAssessment;
use super::limits::{MAX_COUNT, MAX_TEXT_CHARS};
use crate::decimal::DecimalError;
use crate::input::{check_value, InputError, MAX_INPUT};
use crate::pack::{InputKind, Pack, Rule};
use crate::{Assessment, Decimal};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// The largest calculator figure, as a whole number for messages.
const MAX_FIGURE: u64 = 1_000_000_000_000;
const _: () = assert!(MAX_INPUT.micros() == MAX_FIGURE as i128 * 1_000_000);

/// One step of a path inside a JSON document.
#[derive(Clone, Copy)]
enum Segment<'a> {
    Key(&'a str),
    Index(usize),
}

/// Renders a path as serde_path_to_error does: `a.b[2].c`.
fn render(segments: &[Segment<'_>]) -> String {
    let mut path = String::new();
    for segment in segments {
        match segment {
            Segment::Key(key) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(&shortened(key, 40));
            }
            Segment::Index(index) => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

/// Every string and every object key in `doc` is at most [`MAX_TEXT_CHARS`] characters.
pub(super) fn check_texts(doc: &Value) -> Result<(), ReadError> {
    let mut path = Vec::new();
    walk_texts(doc, &mut path)
}

fn walk_texts<'a>(value: &'a Value, path: &mut Vec<Segment<'a>>) -> Result<(), ReadError> {
    match value {
        Value::String(text) => check_length(text, path),
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                path.push(Segment::Index(index));
                walk_texts(item, path)?;
                path.pop();
            }
            Ok(())
        }
        Value::Object(fields) => {
            for (key, item) in fields {
                path.push(Segment::Key(key));
                check_length(key, path)?;
                walk_texts(item, path)?;
                path.pop();
            }
            Ok(())
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => Ok(()),
    }
}

fn check_length(text: &str, path: &[Segment<'_>]) -> Result<(), ReadError> {
    // A character takes at least one byte, so short byte lengths need no counting.
    if text.len() <= MAX_TEXT_CHARS {
        return Ok(());
    }
    let chars = text.chars().count();
    if chars <= MAX_TEXT_CHARS {
        return Ok(());
    }
    Err(ReadError::TextTooLong {
        path: render(path),
        chars,
    })
}

/// Checks every figure of a current-version record document where the format puts one:
/// calculator inputs, veto inputs, findings counts and effort, in the entries and in the archive
/// alike. Anything that is not where the format expects it is left for deserialization to
/// report.
pub(super) fn check_figures(record: &Value) -> Result<(), ReadError> {
    let assessment = &record["assessment"];
    let mut at = vec![Segment::Key("assessment")];
    if let Some(entries) = assessment["entries"].as_object() {
        at.push(Segment::Key("entries"));
        for (id, entry) in entries {
            at.push(Segment::Key(id));
            check_entry(entry, &mut at)?;
            at.pop();
        }
        at.pop();
    }
    if let Some(vetoes) = assessment["veto_inputs"].as_object() {
        at.push(Segment::Key("veto_inputs"));
        for (veto, inputs) in vetoes {
            at.push(Segment::Key(veto));
            check_inputs(inputs, &mut at)?;
            at.pop();
        }
        at.pop();
    }
    if let Some(archived) = assessment["archive"].as_array() {
        at.push(Segment::Key("archive"));
        for (index, archived) in archived.iter().enumerate() {
            at.extend([Segment::Index(index), Segment::Key("entry")]);
            check_entry(&archived["entry"], &mut at)?;
            at.truncate(at.len() - 2);
        }
        at.pop();
    }
    if let Some(archived) = assessment["veto_archive"].as_array() {
        at.push(Segment::Key("veto_archive"));
        for (index, archived) in archived.iter().enumerate() {
            let answer = &archived["answer"];
            if answer["type"].as_str() == Some("inputs") {
                at.extend([
                    Segment::Index(index),
                    Segment::Key("answer"),
                    Segment::Key("values"),
                ]);
                check_inputs(&answer["values"], &mut at)?;
                at.truncate(at.len() - 3);
            }
        }
        at.pop();
    }
    Ok(())
}

/// The figures of one entry (`at` is where the entry is): its calculator inputs or number of
/// findings, and its effort.
fn check_entry<'a>(entry: &'a Value, at: &mut Vec<Segment<'a>>) -> Result<(), ReadError> {
    let answer = &entry["answer"];
    match answer["type"].as_str() {
        Some("inputs") => {
            at.extend([Segment::Key("answer"), Segment::Key("values")]);
            check_inputs(&answer["values"], at)?;
            at.truncate(at.len() - 2);
        }
        Some("findings") => {
            if let Some(count) = answer.get("count") {
                at.extend([Segment::Key("answer"), Segment::Key("count")]);
                whole_count(count).map_err(|p| bad_number(at, count, p))?;
                at.truncate(at.len() - 2);
            }
        }
        _ => {}
    }
    if let Some(effort) = entry.get("effort").filter(|e| !e.is_null()) {
        at.push(Segment::Key("effort"));
        whole_count(effort).map_err(|p| bad_number(at, effort, p))?;
        at.pop();
    }
    Ok(())
}

/// Calculator figures by input ID (`at` is where the map is), when `values` is a map.
fn check_inputs<'a>(values: &'a Value, at: &mut Vec<Segment<'a>>) -> Result<(), ReadError> {
    if let Some(values) = values.as_object() {
        for (input, value) in values {
            at.push(Segment::Key(input));
            figure(value).map_err(|p| bad_number(at, value, p))?;
            at.pop();
        }
    }
    Ok(())
}

fn bad_number(at: &[Segment<'_>], value: &Value, problem: NumberProblem) -> ReadError {
    ReadError::BadNumber {
        path: render(at),
        found: shortened(&value.to_string(), 40),
        problem,
    }
}

/// A calculator figure: a number, at least 0, at most a trillion, at most six decimals. The
/// decimals are counted on the number as written (its shortest decimal form), not on a float
/// product, so 33554433.3 has one decimal.
fn figure(value: &Value) -> Result<(), NumberProblem> {
    let Some(number) = value.as_f64() else {
        return Err(NumberProblem::NotANumber);
    };
    if number < 0.0 {
        return Err(NumberProblem::Negative);
    }
    // `{}` writes a float in full (never with an exponent) and as the shortest text that reads
    // back as the same float.
    let decimal = Decimal::parse(&format!("{number}")).map_err(|e| match e {
        DecimalError::TooPrecise => NumberProblem::TooPrecise,
        DecimalError::OutOfRange => NumberProblem::AboveMax { max: MAX_FIGURE },
        DecimalError::Empty | DecimalError::NotANumber => NumberProblem::NotANumber,
    })?;
    if decimal > MAX_INPUT {
        return Err(NumberProblem::AboveMax { max: MAX_FIGURE });
    }
    Ok(())
}

/// A number of findings or an effort: a whole number from 0 to [`MAX_COUNT`]. A whole number
/// written with a decimal point (`3.0`) is left for deserialization to refuse by type.
fn whole_count(value: &Value) -> Result<(), NumberProblem> {
    let Value::Number(number) = value else {
        return Err(NumberProblem::NotANumber);
    };
    if let Some(count) = number.as_u64() {
        return if count > MAX_COUNT {
            Err(NumberProblem::AboveMax { max: MAX_COUNT })
        } else {
            Ok(())
        };
    }
    if number.is_i64() {
        return Err(NumberProblem::Negative);
    }
    let float = number.as_f64().unwrap_or(0.0);
    if float < 0.0 {
        Err(NumberProblem::Negative)
    } else if float > MAX_COUNT as f64 {
        Err(NumberProblem::AboveMax { max: MAX_COUNT })
    } else if float.fract() != 0.0 {
        Err(NumberProblem::NotWhole)
    } else {
        Ok(())
    }
}

/// Checks calculator and veto figures against the kinds of input `pack` gives them (a count
/// must be whole, a population above 0, a percentage at most 100). Figures for inputs the pack
/// does not name were already range-checked and are kept.
pub(super) fn check_against_pack(
    saved: &SavedAssessment,
    pack: &Pack,
    prefix: &str,
) -> Result<(), ReadError> {
    let assessment = &saved.assessment;
    for (id, entry) in &assessment.entries {
        let Some(crate::Answer::Inputs { values }) = &entry.answer else {
            continue;
        };
        let Some(Rule::Calculator(calculator)) = pack.indicator(id).map(|i| &i.rule) else {
            continue;
        };
        let kinds = calculator
            .spec
            .inputs
            .iter()
            .map(|i| (i.id.as_str(), i.kind));
        let at = |input: &str| {
            let segments = [
                Segment::Key("assessment"),
                Segment::Key("entries"),
                Segment::Key(id),
                Segment::Key("answer"),
                Segment::Key("values"),
                Segment::Key(input),
            ];
            format!("{prefix}{}", render(&segments))
        };
        check_kinds(values, kinds, at)?;
    }
    for (veto_id, values) in &assessment.veto_inputs {
        let Some(veto) = pack.vetoes.iter().find(|v| &v.id == veto_id) else {
            continue;
        };
        let Some(spec) = veto.test.calc() else {
            continue;
        };
        let kinds = spec.inputs.iter().map(|i| (i.id.as_str(), i.kind));
        let at = |input: &str| {
            let segments = [
                Segment::Key("assessment"),
                Segment::Key("veto_inputs"),
                Segment::Key(veto_id),
                Segment::Key(input),
            ];
            format!("{prefix}{}", render(&segments))
        };
        check_kinds(values, kinds, at)?;
    }
    Ok(())
}

fn check_kinds<'p>(
    values: &BTreeMap<String, Decimal>,
    kinds: impl Iterator<Item = (&'p str, InputKind)>,
    at: impl Fn(&str) -> String,
) -> Result<(), ReadError> {
    for (input, kind) in kinds {
        let Some(&value) = values.get(input) else {
            continue;
        };
        check_value(kind, value).map_err(|e| ReadError::BadNumber {
            path: at(input),
            found: value.to_string(),
            problem: number_problem(e),
        })?;
    }
    Ok(())
}

fn number_problem(error: InputError) -> NumberProblem {
    match error {
        // The last three concern typed text; a stored figure is already a number.
        InputError::Empty
        | InputError::NotANumber
        | InputError::PercentNotAllowed
        | InputError::MisplacedPercent
        | InputError::MisplacedMultiplier => NumberProblem::NotANumber,
        InputError::TooPrecise => NumberProblem::TooPrecise,
        InputError::TooLarge => NumberProblem::AboveMax { max: MAX_FIGURE },
        InputError::Negative => NumberProblem::Negative,
        InputError::NotWhole => NumberProblem::NotWhole,
        InputError::ZeroPopulation => NumberProblem::Zero,
        InputError::PercentAbove100 => NumberProblem::PercentAbove100,
    }
}

/// IDs the assessment answers that `pack` does not have: indicators, then veto items.
pub(super) fn not_in_pack(assessment: &Assessment, pack: &Pack) -> Vec<String> {
    let vetoes: BTreeSet<&str> = pack.vetoes.iter().map(|v| v.id.as_str()).collect();
    let indicators = assessment
        .entries
        .keys()
        .filter(|id| pack.indicator(id).is_none());
    let veto_ids: BTreeSet<&String> = assessment
        .veto_declarations
        .keys()
        .chain(assessment.veto_inputs.keys())
        .filter(|id| !vetoes.contains(id.as_str()))
        .collect();
    indicators.chain(veto_ids).cloned().collect()
}

/// The first `max` characters, with `…` when cut.
fn shortened(text: &str, max: usize) -> String {
    let mut chars = text.chars();
    let mut short: String = chars.by_ref().take(max).collect();
    if chars.next().is_some() {
        short.push('…');
    }
    short
}
