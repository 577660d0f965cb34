//! The 评价指标 sheet: one indicator per row, grouped by 大项 in order of first appearance.

use super::super::columns::*;
use super::super::error::{NumberKind, SheetError, SheetErrorKind, Syntax};
use super::super::syntax::{self, RuleCell};
use super::grid::{Row, Table};
use crate::pack::{
    Bonus, CalcSpec, Calculator, Confidence, Group, Indicator, KeyItem, Pack, Provenance, Rule,
    Veto,
};
use crate::{Points, Text};
use std::collections::{BTreeSet, HashMap};

/// ID → the row it is on.
pub(super) type Rows = HashMap<String, u32>;

struct Building {
    group: Group,
    first_row: u32,
}

/// Reads every indicator row. `vetoes`, when given, is what the 否决项 column is checked
/// against. `None` when any row had a problem (all of them are in `errors`).
pub(super) fn read(
    table: &Table<'_>,
    base: &Pack,
    vetoes: Option<&[Veto]>,
    errors: &mut Vec<SheetError>,
) -> Option<(Vec<Group>, Rows, Rows)> {
    let before = errors.len();
    let mut groups: Vec<Building> = Vec::new();
    let mut current = None;
    let mut rows: Rows = HashMap::new();
    for row in &table.rows {
        let group = group_of(table, *row, &mut groups, current, base, errors);
        current = group.or(current);
        let id = table.text(*row, &ID);
        if id.is_empty() {
            let kind = SheetErrorKind::Required { when: None };
            errors.push(table.error(Some(row.number), &ID, kind));
        } else if let Some(first) = rows.get(&id) {
            let kind = SheetErrorKind::DuplicateId {
                id: id.clone(),
                first_row: Some(*first),
            };
            errors.push(table.error(Some(row.number), &ID, kind));
        } else {
            rows.insert(id.clone(), row.number);
        }
        let indicator = indicator(table, *row, id, vetoes, errors);
        if let (Some(group), Some(indicator)) = (group, indicator) {
            let group = &mut groups[group].group;
            group.points += indicator.max_points;
            group.indicators.push(indicator);
        }
    }
    if errors.len() > before {
        return None;
    }
    let group_rows = groups
        .iter()
        .map(|b| (b.group.id.clone(), b.first_row))
        .collect();
    Some((
        groups.into_iter().map(|b| b.group).collect(),
        rows,
        group_rows,
    ))
}

/// The group a row belongs to: by 大项编号 when given, else by 大项 name; both blank means
/// the row above's. A new group without an ID takes the ID of the base pack's group of that
/// name, or a fresh `group-N`.
fn group_of(
    table: &Table<'_>,
    row: Row<'_>,
    groups: &mut Vec<Building>,
    current: Option<usize>,
    base: &Pack,
    errors: &mut Vec<SheetError>,
) -> Option<usize> {
    let name = table.text(row, &GROUP);
    let id = table.text(row, &GROUP_ID);
    let index = if name.is_empty() && id.is_empty() {
        if current.is_none() {
            let kind = SheetErrorKind::Required { when: None };
            errors.push(table.error(Some(row.number), &GROUP, kind));
        }
        current?
    } else if !id.is_empty() {
        match groups.iter().position(|b| b.group.id == id) {
            Some(index) => {
                let first = &groups[index];
                if !name.is_empty() && name != first.group.name.zh {
                    let kind = SheetErrorKind::Inconsistent {
                        found: name,
                        expected: first.group.name.zh.clone(),
                        first_row: first.first_row,
                    };
                    errors.push(table.error(Some(row.number), &GROUP, kind));
                }
                index
            }
            None if name.is_empty() => {
                let kind = SheetErrorKind::Required { when: None };
                errors.push(table.error(Some(row.number), &GROUP, kind));
                return None;
            }
            None => new_group(groups, id, name, row.number),
        }
    } else {
        match groups.iter().position(|b| b.group.name.zh == name) {
            Some(index) => index,
            None => {
                let taken = |id: &str| groups.iter().any(|b| b.group.id == id);
                let id = base
                    .groups
                    .iter()
                    .find(|g| g.name.zh == name && !taken(&g.id))
                    .map(|g| g.id.clone())
                    .unwrap_or_else(|| {
                        (groups.len() + 1..)
                            .map(|n| format!("group-{n}"))
                            .find(|id| !taken(id))
                            .unwrap_or_default()
                    });
                new_group(groups, id, name, row.number)
            }
        }
    };
    bonus_cap(table, row, &mut groups[index], errors);
    let en = table.text(row, &GROUP_EN);
    let building = &mut groups[index];
    if !en.is_empty() {
        if building.group.name.en.is_empty() {
            building.group.name.en = en;
        } else if building.group.name.en != en {
            let kind = SheetErrorKind::Inconsistent {
                found: en,
                expected: building.group.name.en.clone(),
                first_row: building.first_row,
            };
            errors.push(table.error(Some(row.number), &GROUP_EN, kind));
        }
    }
    Some(index)
}

/// A 加分上限 on a row makes its group a bonus block; the group's rows agree on it.
fn bonus_cap(
    table: &Table<'_>,
    row: Row<'_>,
    building: &mut Building,
    errors: &mut Vec<SheetError>,
) {
    if table.text(row, &GROUP_BONUS_CAP).is_empty() {
        return;
    }
    let Some(cap) = table.points(row, &GROUP_BONUS_CAP, errors) else {
        return;
    };
    match building.group.bonus {
        None => building.group.bonus = Some(Bonus { cap }),
        Some(first) if first.cap == cap => {}
        Some(first) => {
            let kind = SheetErrorKind::Inconsistent {
                found: cap.to_string(),
                expected: first.cap.to_string(),
                first_row: building.first_row,
            };
            errors.push(table.error(Some(row.number), &GROUP_BONUS_CAP, kind));
        }
    }
}

fn new_group(groups: &mut Vec<Building>, id: String, name: String, row: u32) -> usize {
    groups.push(Building {
        group: Group {
            id,
            name: Text::new(name, ""),
            points: Points::ZERO,
            bonus: None,
            indicators: Vec::new(),
        },
        first_row: row,
    });
    groups.len() - 1
}

fn indicator(
    table: &Table<'_>,
    row: Row<'_>,
    id: String,
    vetoes: Option<&[Veto]>,
    errors: &mut Vec<SheetError>,
) -> Option<Indicator> {
    let before = errors.len();
    let text = |zh: &Column, en: &Column| Text::new(table.text(row, zh), table.text(row, en));
    let mut cell_error = |column: &Column, e| errors.push(table.cell_error(row, column, e));

    let methods = syntax::parse_methods(&table.text(row, &METHODS))
        .map_err(|e| cell_error(&METHODS, e))
        .ok();
    let evidence = syntax::parse_texts(
        &table.text(row, &EVIDENCE),
        &table.raw_text(row, &EVIDENCE_EN),
    )
    .map_err(|e| cell_error(&EVIDENCE_EN, e))
    .ok();
    let departments = syntax::parse_texts(
        &table.text(row, &DEPARTMENTS),
        &table.raw_text(row, &DEPARTMENTS_EN),
    )
    .map_err(|e| cell_error(&DEPARTMENTS_EN, e))
    .ok();
    let max_points = table.points(row, &POINTS, errors);
    let key_item = key_item(table, row, errors);
    let rule = rule(table, row, errors);
    let na_allowed = table.yes_no(row, &NA_ALLOWED, false, errors);
    let provenance = provenance(table, row, errors);
    if let Some(vetoes) = vetoes {
        check_vetoes(table, row, &id, vetoes, errors);
    }
    let example = text(&EXAMPLE, &EXAMPLE_EN);
    if errors.len() > before {
        return None;
    }
    Some(Indicator {
        id,
        name: text(&NAME, &NAME_EN),
        requirement: text(&REQUIREMENT, &REQUIREMENT_EN),
        scoring: text(&SCORING, &SCORING_EN),
        methods: methods?,
        evidence: evidence?,
        departments: departments?,
        max_points: max_points?,
        key_item: key_item?,
        rule: rule?,
        na_allowed: na_allowed?,
        provenance: provenance?,
        example: (!example.zh.is_empty() || !example.en.is_empty()).then_some(example),
    })
}

/// 关键项 and 关键项下限 together: a floor makes a key item unless 关键项 says 否.
fn key_item(
    table: &Table<'_>,
    row: Row<'_>,
    errors: &mut Vec<SheetError>,
) -> Option<Option<KeyItem>> {
    let answer = table.text(row, &KEY_ITEM);
    let key = match syntax::parse_yes_no(&answer) {
        Ok(key) => key,
        Err(e) => {
            errors.push(table.cell_error(row, &KEY_ITEM, e));
            return None;
        }
    };
    let floor = table
        .whole(row, &KEY_FLOOR, NumberKind::Percent, errors)
        .ok()?;
    match (key, floor) {
        (Some(false), Some(_)) => {
            let kind = SheetErrorKind::BadSyntax {
                found: table.text(row, &KEY_FLOOR),
                expected: Syntax::KeyFloor,
            };
            errors.push(table.error(Some(row.number), &KEY_FLOOR, kind));
            None
        }
        (Some(true), None) => {
            let kind = SheetErrorKind::Required { when: Some(answer) };
            errors.push(table.error(Some(row.number), &KEY_FLOOR, kind));
            None
        }
        (_, Some(floor_percent)) => Some(Some(KeyItem { floor_percent })),
        (_, None) => Some(None),
    }
}

fn rule(table: &Table<'_>, row: Row<'_>, errors: &mut Vec<SheetError>) -> Option<Rule> {
    let label = table.text(row, &RULE);
    if label.is_empty() {
        let kind = SheetErrorKind::Required { when: None };
        errors.push(table.error(Some(row.number), &RULE, kind));
        return None;
    }
    let Some(kind) = syntax::parse_rule(&label) else {
        let kind = SheetErrorKind::UnknownRule { found: label };
        errors.push(table.error(Some(row.number), &RULE, kind));
        return None;
    };
    match kind {
        RuleCell::Levels => {
            let text = table.needed(row, &LEVELS, &label, errors)?;
            let mut levels = syntax::parse_levels(&text)
                .map_err(|e| errors.push(table.cell_error(row, &LEVELS, e)))
                .ok()?;
            let en = syntax::english_lines(&table.raw_text(row, &LEVELS_EN), levels.len())
                .map_err(|e| errors.push(table.cell_error(row, &LEVELS_EN, e)))
                .ok()?;
            for (level, en) in levels.iter_mut().zip(en) {
                level.name.en = en;
            }
            Some(Rule::Levels { levels })
        }
        RuleCell::SubItems(mode) => {
            let text = table.needed(row, &SUB_ITEMS, &label, errors)?;
            let mut items = syntax::parse_sub_items(&text)
                .map_err(|e| errors.push(table.cell_error(row, &SUB_ITEMS, e)))
                .ok()?;
            let en = syntax::english_lines(&table.raw_text(row, &SUB_ITEMS_EN), items.len())
                .map_err(|e| errors.push(table.cell_error(row, &SUB_ITEMS_EN, e)))
                .ok()?;
            for (item, en) in items.iter_mut().zip(en) {
                item.text.en = en;
            }
            Some(Rule::SubItems { mode, items })
        }
        RuleCell::Deductions => {
            let finding = table.needed(row, &FINDING, &label, errors);
            let per_finding = if table.has(&PER_FINDING) {
                table.points(row, &PER_FINDING, errors)
            } else {
                table.needed(row, &PER_FINDING, &label, errors);
                None
            };
            Some(Rule::Deductions {
                per_finding: per_finding?,
                finding: Text::new(finding?, table.text(row, &FINDING_EN)),
            })
        }
        RuleCell::Calculator => {
            let parts = calculator(table, row, &label, errors);
            let thresholds = table
                .needed(row, &THRESHOLDS, &label, errors)
                .and_then(|text| {
                    syntax::parse_thresholds(&text)
                        .map_err(|e| errors.push(table.cell_error(row, &THRESHOLDS, e)))
                        .ok()
                });
            Some(Rule::Calculator(Calculator {
                spec: parts?,
                thresholds: thresholds?,
            }))
        }
    }
}

/// 计算输入, 计算公式 and 结果单位, shared by calculator indicators and veto items.
pub(super) fn calculator(
    table: &Table<'_>,
    row: Row<'_>,
    when: &str,
    errors: &mut Vec<SheetError>,
) -> Option<CalcSpec> {
    let inputs = table.needed(row, &INPUTS, when, errors).and_then(|text| {
        let mut inputs = syntax::parse_inputs(&text)
            .map_err(|e| errors.push(table.cell_error(row, &INPUTS, e)))
            .ok()?;
        syntax::apply_inputs_en(&mut inputs, &table.raw_text(row, &INPUTS_EN))
            .map_err(|e| errors.push(table.cell_error(row, &INPUTS_EN, e)))
            .ok()?;
        Some(inputs)
    });
    let formula = table.needed(row, &FORMULA, when, errors).and_then(|text| {
        syntax::parse_formula(&text)
            .map_err(|e| errors.push(table.cell_error(row, &FORMULA, e)))
            .ok()
    });
    let unit = Text::new(
        table.text(row, &RESULT_UNIT),
        table.text(row, &RESULT_UNIT_EN),
    );
    Some(CalcSpec {
        inputs: inputs?,
        formula: formula?,
        result_unit: unit,
    })
}

/// 可信度 (blank: typed from the official text), 出处 and 出处说明.
pub(super) fn provenance(
    table: &Table<'_>,
    row: Row<'_>,
    errors: &mut Vec<SheetError>,
) -> Option<Provenance> {
    let confidence = match syntax::parse_confidence(&table.text(row, &CONFIDENCE)) {
        Ok(confidence) => confidence.unwrap_or(Confidence::Sourced),
        Err(e) => {
            errors.push(table.cell_error(row, &CONFIDENCE, e));
            return None;
        }
    };
    Some(Provenance {
        confidence,
        sources: syntax::name_list(&table.text(row, &SOURCES))
            .into_iter()
            .map(str::to_owned)
            .collect(),
        note: Text::new(table.text(row, &NOTE), table.text(row, &NOTE_EN)),
    })
}

/// The 否决项 column, when filled, must list exactly the veto items that read this indicator.
fn check_vetoes(
    table: &Table<'_>,
    row: Row<'_>,
    id: &str,
    vetoes: &[Veto],
    errors: &mut Vec<SheetError>,
) {
    let listed_text = table.text(row, &VETOES);
    if listed_text.is_empty() {
        return;
    }
    let listed: BTreeSet<&str> = syntax::name_list(&listed_text).into_iter().collect();
    let expected = reading_vetoes(vetoes, id);
    if listed != expected.iter().map(String::as_str).collect::<BTreeSet<_>>() {
        let kind = SheetErrorKind::VetoMismatch {
            listed: listed_text,
            expected: expected.join("、"),
        };
        errors.push(table.error(Some(row.number), &VETOES, kind));
    }
}
