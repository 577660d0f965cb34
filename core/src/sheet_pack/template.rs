//! The criteria spreadsheet written from a pack: the template a city downloads, pre-filled with
//! the pack in use as the example, in the familiar column layout. Written as export [`Sheet`]s,
//! so the CSV writer and the XLSX writer both produce it.

use super::columns::*;
use super::syntax::{self, RuleCell};
use crate::export::{to_csv, Cell, Sheet};
use crate::pack::{CalcSpec, Group, Indicator, Pack, Provenance, Rule, Veto, VetoTest, VetoValue};
use crate::{Lang, Text};

/// The workbook: 说明 (how to fill it in), 评价指标, 否决项, 数据包 and 出处, each named and
/// titled in `lang`. Text cells hold the Chinese; the "(English)" columns the English.
pub fn template(pack: &Pack, lang: Lang) -> Vec<(String, Sheet)> {
    vec![
        (README_SHEET.get(lang).to_owned(), readme(lang)),
        (
            INDICATOR_SHEET.get(lang).to_owned(),
            indicator_sheet(pack, lang),
        ),
        (VETO_SHEET.get(lang).to_owned(), veto_sheet(pack, lang)),
        (PACK_SHEET.get(lang).to_owned(), header_sheet(pack, lang)),
        (SOURCE_SHEET.get(lang).to_owned(), source_sheet(pack, lang)),
    ]
}

/// The CSV template: the 评价指标 sheet only. A CSV import takes the veto items, the pack
/// fields and the sources from the pack in use.
pub fn csv_template(pack: &Pack, lang: Lang) -> String {
    to_csv(&indicator_sheet(pack, lang))
}

fn headers(columns: &[&Column], lang: Lang) -> Vec<String> {
    columns.iter().map(|c| c.title(lang).to_owned()).collect()
}

/// Lays out `cells` in the order of `columns`; a column not given is empty.
fn in_order(columns: &[&Column], cells: Vec<(&Column, Cell)>) -> Vec<Cell> {
    columns
        .iter()
        .map(|column| {
            cells
                .iter()
                .find(|(c, _)| c == column)
                .map_or(Cell::Empty, |(_, cell)| cell.clone())
        })
        .collect()
}

fn texts<'c>(zh: &'c Column, en: &'c Column, text: &Text) -> [(&'c Column, Cell); 2] {
    [
        (zh, Cell::text(text.zh.clone())),
        (en, Cell::text(text.en.clone())),
    ]
}

fn yes_no(value: bool, lang: Lang) -> Cell {
    Cell::text(syntax::format_yes_no(value, lang))
}

/// The 评价指标 sheet: one row per indicator, the familiar columns first.
pub fn indicator_sheet(pack: &Pack, lang: Lang) -> Sheet {
    let rows = pack
        .groups
        .iter()
        .flat_map(|g| g.indicators.iter().map(move |i| (g, i)))
        .map(|(group, indicator)| {
            in_order(
                &INDICATOR_COLUMNS,
                indicator_cells(group, indicator, &pack.vetoes, lang),
            )
        })
        .collect();
    Sheet {
        headers: headers(&INDICATOR_COLUMNS, lang),
        rows,
    }
}

fn indicator_cells(
    group: &Group,
    ind: &Indicator,
    vetoes: &[Veto],
    lang: Lang,
) -> Vec<(&'static Column, Cell)> {
    let (evidence, evidence_en) = syntax::format_texts(&ind.evidence);
    let (departments, departments_en) = syntax::format_texts(&ind.departments);
    let mut cells = vec![
        (&GROUP, Cell::text(group.name.zh.clone())),
        (&GROUP_ID, Cell::text(group.id.clone())),
        (&GROUP_EN, Cell::text(group.name.en.clone())),
        (
            &GROUP_BONUS_CAP,
            group.bonus.map_or(Cell::Empty, |b| Cell::Points(b.cap)),
        ),
        (&ID, Cell::text(ind.id.clone())),
        (
            &METHODS,
            Cell::text(syntax::format_methods(&ind.methods, lang)),
        ),
        (&POINTS, Cell::Points(ind.max_points)),
        (&KEY_ITEM, yes_no(ind.key_item.is_some(), lang)),
        (
            &KEY_FLOOR,
            ind.key_item
                .map_or(Cell::Empty, |k| Cell::Count(u64::from(k.floor_percent))),
        ),
        (
            &VETOES,
            Cell::text(reading_vetoes(vetoes, &ind.id).join("、")),
        ),
        (&NA_ALLOWED, yes_no(ind.na_allowed, lang)),
        (&EVIDENCE, Cell::text(evidence)),
        (&EVIDENCE_EN, Cell::text(evidence_en)),
        (&DEPARTMENTS, Cell::text(departments)),
        (&DEPARTMENTS_EN, Cell::text(departments_en)),
    ];
    cells.extend(texts(&NAME, &NAME_EN, &ind.name));
    cells.extend(texts(&REQUIREMENT, &REQUIREMENT_EN, &ind.requirement));
    cells.extend(texts(&SCORING, &SCORING_EN, &ind.scoring));
    if let Some(example) = &ind.example {
        cells.extend(texts(&EXAMPLE, &EXAMPLE_EN, example));
    }
    cells.extend(provenance_cells(&ind.provenance, lang));
    cells.extend(rule_cells(&ind.rule, lang));
    cells
}

fn provenance_cells(provenance: &Provenance, lang: Lang) -> Vec<(&'static Column, Cell)> {
    let sep = if lang == Lang::Zh { "、" } else { ", " };
    let mut cells = vec![
        (
            &CONFIDENCE,
            Cell::text(syntax::format_confidence(provenance.confidence, lang)),
        ),
        (&SOURCES, Cell::text(provenance.sources.join(sep))),
    ];
    cells.extend(texts(&NOTE, &NOTE_EN, &provenance.note));
    cells
}

fn rule_cells(rule: &Rule, lang: Lang) -> Vec<(&'static Column, Cell)> {
    let kind = RuleCell::of(rule);
    let mut cells = vec![(&RULE, Cell::text(syntax::format_rule(kind, lang)))];
    match rule {
        Rule::Levels { levels } => {
            let (zh, en) = syntax::format_levels(levels);
            cells.push((&LEVELS, Cell::text(zh)));
            cells.push((&LEVELS_EN, Cell::text(en)));
        }
        Rule::SubItems { items, .. } => {
            let (zh, en) = syntax::format_sub_items(items);
            cells.push((&SUB_ITEMS, Cell::text(zh)));
            cells.push((&SUB_ITEMS_EN, Cell::text(en)));
        }
        Rule::Deductions {
            per_finding,
            finding,
        } => {
            cells.push((&PER_FINDING, Cell::Points(*per_finding)));
            cells.extend(texts(&FINDING, &FINDING_EN, finding));
        }
        Rule::Calculator(calc) => {
            cells.extend(calculator_cells(&calc.spec, lang));
            cells.push((
                &THRESHOLDS,
                Cell::text(syntax::format_thresholds(&calc.thresholds)),
            ));
        }
    }
    cells
}

fn calculator_cells(spec: &CalcSpec, lang: Lang) -> Vec<(&'static Column, Cell)> {
    let CalcSpec {
        inputs,
        formula,
        result_unit: unit,
    } = spec;
    let (zh, en) = syntax::format_inputs(inputs, lang);
    let mut cells = vec![
        (&INPUTS, Cell::text(zh)),
        (&INPUTS_EN, Cell::text(en)),
        (&FORMULA, Cell::text(syntax::format_formula(formula))),
    ];
    cells.extend(texts(&RESULT_UNIT, &RESULT_UNIT_EN, unit));
    cells
}

/// The 否决项 sheet: one row per veto item.
fn veto_sheet(pack: &Pack, lang: Lang) -> Sheet {
    let rows = pack
        .vetoes
        .iter()
        .map(|veto| {
            let mut cells = vec![(&VETO_ID, Cell::text(veto.id.clone()))];
            cells.extend(texts(&VETO_NAME, &VETO_NAME_EN, &veto.name));
            cells.extend(texts(
                &VETO_DESCRIPTION,
                &VETO_DESCRIPTION_EN,
                &veto.description,
            ));
            cells.extend(provenance_cells(&veto.provenance, lang));
            match &veto.test {
                VetoTest::Declaration { question } => {
                    let test = syntax::format_veto_test(true, lang);
                    cells.push((&VETO_TEST, Cell::text(test)));
                    cells.extend(texts(&VETO_QUESTION, &VETO_QUESTION_EN, question));
                }
                VetoTest::Threshold { value, at_least } => {
                    let test = syntax::format_veto_test(false, lang);
                    cells.push((&VETO_TEST, Cell::text(test)));
                    cells.push((&VETO_AT_LEAST, Cell::text(at_least.to_string())));
                    match value {
                        VetoValue::Indicator { indicator } => {
                            cells.push((&VETO_FROM, Cell::text(indicator.clone())));
                        }
                        VetoValue::Calculator(spec) => cells.extend(calculator_cells(spec, lang)),
                    }
                }
            }
            in_order(&VETO_COLUMNS, cells)
        })
        .collect();
    Sheet {
        headers: headers(&VETO_COLUMNS, lang),
        rows,
    }
}

/// The 数据包 sheet: one item per row, value in Chinese and English.
fn header_sheet(pack: &Pack, lang: Lang) -> Sheet {
    let row = |item: &Column, zh: Cell, en: Cell| vec![Cell::text(item.title(lang)), zh, en];
    let text = |item: &Column, text: &Text| {
        row(
            item,
            Cell::text(text.zh.clone()),
            Cell::text(text.en.clone()),
        )
    };
    let rule = &pack.pass_rule;
    Sheet {
        headers: headers(&PACK_COLUMNS, lang),
        rows: vec![
            row(&PACK_ID, Cell::text(pack.id.clone()), Cell::Empty),
            row(
                &PACK_VERSION,
                Cell::Count(u64::from(pack.version)),
                Cell::Empty,
            ),
            text(&PACK_TITLE, &pack.title),
            row(&PACK_EDITION, Cell::text(pack.edition.clone()), Cell::Empty),
            text(&PACK_ISSUER, &pack.issuer),
            text(&PACK_PROVENANCE, &pack.provenance),
            row(
                &PACK_OFFICIAL,
                yes_no(pack.points_official, lang),
                Cell::Empty,
            ),
            row(&PACK_TOTAL, Cell::Points(pack.total_points), Cell::Empty),
            row(&PACK_PASS_MARK, Cell::Points(rule.min_total), Cell::Empty),
            row(
                &PACK_REBASE,
                yes_no(rule.rebase_not_applicable, lang),
                Cell::Empty,
            ),
            text(&PACK_PASS_RULE, &rule.summary),
        ],
    }
}

/// The 出处 sheet: one row per source.
fn source_sheet(pack: &Pack, lang: Lang) -> Sheet {
    Sheet {
        headers: headers(&SOURCE_COLUMNS, lang),
        rows: pack
            .sources
            .iter()
            .map(|s| {
                vec![
                    Cell::text(s.id.clone()),
                    Cell::text(s.title.zh.clone()),
                    Cell::text(s.title.en.clone()),
                    Cell::text(s.issuer.zh.clone()),
                    Cell::text(s.issuer.en.clone()),
                    Cell::text(s.publication.zh.clone()),
                    Cell::text(s.publication.en.clone()),
                    Cell::text(s.url.clone()),
                    Cell::text(s.copy_url.clone()),
                ]
            })
            .collect(),
    }
}

/// General notes, then every sheet's columns, then each 计分方式 with an example.
const NOTES: [(&str, &str); 6] = [
    (
        "第 1 行是列标题，请勿改动；列的顺序可以调整，不认识的列导入时忽略。每行一个条目。",
        "Row 1 holds the column titles; keep them. Columns may be reordered; unknown columns are ignored. One entry per row.",
    ),
    (
        "不要合并单元格，不要使用公式（请复制后“选择性粘贴 → 数值”），中间不要留空行；每张表最多 10000 行。",
        "No merged cells and no formulas (use Paste Special → Values); no empty rows in between; at most 10,000 rows per sheet.",
    ),
    (
        "一个单元格有多项时，每项占一行：在 Excel 单元格内按 Alt+Enter 换行。",
        "Where a cell holds several items, put each on its own line (Alt+Enter inside an Excel cell).",
    ),
    (
        "中文必填；带“（英文）”的列可留空，界面会显示中文。",
        "Chinese is required; the \"(English)\" columns may be empty, and the Chinese is shown instead.",
    ),
    (
        "CSV 文件只包含评价指标表（UTF-8 或 GBK 编码均可）；总分按各指标分值之和计算，否决项、及格线等数据包内容和出处沿用当前使用的数据包。要修改这些内容，请使用 Excel 模板。",
        "A CSV file holds the indicator sheet only (UTF-8 or GBK); the total is the sum of its points, and veto items, the pass mark and other pack fields and sources stay those of the pack in use. Use the Excel template to change them.",
    ),
    (
        "导入时做与内置数据包相同的全部检查；只要有一处错误就不会导入，现有数据保持不变。",
        "An import runs every check the built-in packs pass; if anything is wrong nothing is imported and everything stays as it was.",
    ),
];

const RULES: [(RuleCell, &str, &str); 5] = [
    (
        RuleCell::Levels,
        "从几个档次中选一档，得该档的分值。填“档次”列，每档一行，例如：\n[met] 符合 = 3\n[partly] 基本符合 = 1.8\n[not_met] 不符合 = 0",
        "Pick one level and get its points. Fill \"Levels\", one per line, e.g.:\n[met] 符合 = 3\n[partly] 基本符合 = 1.8\n[not_met] 不符合 = 0",
    ),
    (
        RuleCell::SubItems(crate::pack::SubItemMode::Sum),
        "每满足一条评分要点得该条分值，累加。填“评分要点”列，每条一行，例如：\n[rules] 有工作规则 = 1\n[meetings] 每年至少召开一次全体会议 = 1",
        "Each sub-item met adds its points. Fill \"Sub-items\", one per line, e.g.:\n[rules] 有工作规则 = 1\n[meetings] 每年至少召开一次全体会议 = 1",
    ),
    (
        RuleCell::SubItems(crate::pack::SubItemMode::AllRequired),
        "全部评分要点都满足才得满分，否则不得分。填法同评分要点。",
        "Full points only when every sub-item is met, otherwise none. Filled like sub-items.",
    ),
    (
        RuleCell::Deductions,
        "从满分开始，每发现一处问题扣“每处扣分”，扣完为止。填“每处扣分”（如 0.5）和“扣分情形”（什么算一处）。",
        "Start at full points and take off the deduction per finding, never below zero. Fill \"Deduction per finding\" (e.g. 0.5) and \"Finding\".",
    ),
    (
        RuleCell::Calculator,
        "城市填几个数，按公式算出结果，再按阈值得分。例如：\n计算输入：[batches] 年度抽检批次 | 批次 | 计数\n[residents] 常住人口 | 人 | 人口\n计算公式：batches ÷ residents × 1000\n结果单位：批次/千人\n阈值：≥3 = 2\n≥4 = 4",
        "The city types figures; the formula gives a value and the thresholds give points. E.g.:\nInputs: [batches] 年度抽检批次 | 批次 | count\n[residents] 常住人口 | 人 | population\nFormula: batches ÷ residents × 1000\nResult unit: 批次/千人\nThresholds: ≥3 = 2\n≥4 = 4",
    ),
];

/// The 说明 sheet.
fn readme(lang: Lang) -> Sheet {
    let word = |zh: &str, en: &str| if lang == Lang::Zh { zh } else { en }.to_owned();
    let pick = |zh: &str, en: &str| Cell::text(word(zh, en));
    let mut rows: Vec<Vec<Cell>> = NOTES
        .iter()
        .map(|(zh, en)| vec![pick("全部", "All"), Cell::Empty, pick(zh, en)])
        .collect();
    let sheets: [(SheetName, &[&Column]); 4] = [
        (INDICATOR_SHEET, &INDICATOR_COLUMNS),
        (VETO_SHEET, &VETO_COLUMNS),
        (PACK_SHEET, &PACK_ITEMS),
        (SOURCE_SHEET, &SOURCE_COLUMNS),
    ];
    for (sheet, columns) in sheets {
        for column in columns {
            rows.push(vec![
                Cell::text(sheet.get(lang)),
                Cell::text(column.title(lang)),
                pick(column.help_zh, column.help_en),
            ]);
        }
    }
    for (kind, zh, en) in RULES {
        rows.push(vec![
            pick("计分方式", "Rules"),
            Cell::text(syntax::format_rule(kind, lang)),
            pick(zh, en),
        ]);
    }
    Sheet {
        headers: vec![
            word("表", "Sheet"),
            word("列", "Column"),
            word("填写说明", "How to fill it in"),
        ],
        rows,
    }
}
