//! The words of a pack diff and of archive reasons, in zh and en. Names of indicators, levels,
//! sub-items, inputs, groups and veto items are looked up in the two packs, so the diff itself
//! holds only IDs.

use super::changes::{
    IndicatorChange, InputEdit, PackDiff, PassRuleChange, RuleEdit, VetoChange, VetoEdit,
};
use crate::assessment::{ArchiveReason, Incompatibility};
use crate::message::{pick, Localize};
use crate::pack::{CalcInput, Pack, Rule, Threshold, Vocabulary};
use crate::report::Id;
use crate::{Lang, Text};

/// What a line of a diff is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Subject {
    /// The pack as a whole: its details, total or pass rule.
    Pack,
    /// A group (大项).
    Group(Id),
    /// An indicator.
    Indicator(Id),
    /// A veto item.
    Veto(Id),
}

/// One change, worded for a list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiffLine {
    /// What it is about.
    pub subject: Subject,
    /// The change, naming its subject, e.g. "B-02 党政领导访谈：分值 1.5 → 1 分".
    pub text: Text,
    /// True when answers made for the old pack may go to the archive because of it.
    pub breaks_answers: bool,
}

impl PackDiff {
    /// Every change as a line, in this order: the pack, groups, indicators added, removed and
    /// changed, then veto items. `old` and `new` are the packs this diff was made from; they
    /// give the names.
    pub fn lines(&self, old: &Pack, new: &Pack) -> Vec<DiffLine> {
        let names = Names { old, new };
        let mut out = Vec::new();
        let mut push = |subject: Subject, text: Text, breaks_answers: bool| {
            out.push(DiffLine {
                subject,
                text,
                breaks_answers,
            })
        };
        if self.details_changed {
            push(
                Subject::Pack,
                Text::new(
                    "数据包的标题、版本说明、发布单位、出处或分值性质有修改",
                    "The pack's title, edition, issuer, sources or point status changed",
                ),
                false,
            );
        }
        if let Some((a, b)) = self.total {
            push(
                Subject::Pack,
                Text::new(
                    format!("总分值 {a} → {b} 分"),
                    format!("Total points {a} → {b}"),
                ),
                false,
            );
        }
        if let Some(change) = &self.pass_rule {
            for text in pass_rule_texts(change) {
                push(Subject::Pack, text, false);
            }
        }
        for id in &self.groups_added {
            let name = names.group(id);
            let text = Text::new(
                format!("新增大项“{}”", name.zh),
                format!("Group “{}” added", name.get(Lang::En)),
            );
            push(Subject::Group(id.clone()), text, false);
        }
        for id in &self.groups_removed {
            let name = names.group(id);
            let text = Text::new(
                format!("删除大项“{}”", name.zh),
                format!("Group “{}” removed", name.get(Lang::En)),
            );
            push(Subject::Group(id.clone()), text, false);
        }
        for id in &self.groups_renamed {
            let (a, b) = (names.old_group(id), names.group(id));
            let text = Text::new(
                format!("大项“{}”更名为“{}”", a.zh, b.zh),
                format!("Group “{}” renamed “{}”", a.get(Lang::En), b.get(Lang::En)),
            );
            push(Subject::Group(id.clone()), text, false);
        }
        for (id, was, now) in &self.bonus_caps {
            let name = names.group(id);
            let text = match (was, now) {
                (Some(a), Some(b)) => Text::new(
                    format!("大项“{}”加分上限 {a} → {b}", name.zh),
                    format!("Group “{}”: bonus cap {a} → {b}", name.get(Lang::En)),
                ),
                (None, Some(b)) => Text::new(
                    format!("大项“{}”改为加分项，上限 {b} 分，不再计入基础总分", name.zh),
                    format!(
                        "Group “{}” becomes a bonus block, at most {b}, outside the base total",
                        name.get(Lang::En)
                    ),
                ),
                (Some(_), None) => Text::new(
                    format!("大项“{}”不再是加分项，计入基础总分", name.zh),
                    format!(
                        "Group “{}” is no longer a bonus block and counts in the base total",
                        name.get(Lang::En)
                    ),
                ),
                (None, None) => continue,
            };
            push(Subject::Group(id.clone()), text, false);
        }
        for id in &self.added {
            let text = prefixed(&names.indicator(id), Text::new("新增指标", "new indicator"));
            push(Subject::Indicator(id.clone()), text, false);
        }
        for id in &self.removed {
            let text = prefixed(
                &names.indicator(id),
                Text::new(
                    "指标已删除，已填内容将移入存档",
                    "indicator removed; what was recorded for it goes to the archive",
                ),
            );
            push(Subject::Indicator(id.clone()), text, true);
        }
        for change in &self.changed {
            let heading = names.indicator(&change.id);
            for (text, breaks) in indicator_texts(change, &names) {
                push(
                    Subject::Indicator(change.id.clone()),
                    prefixed(&heading, text),
                    breaks,
                );
            }
        }
        for id in &self.vetoes_added {
            let text = prefixed(&names.veto(id), Text::new("新增否决项", "new veto item"));
            push(Subject::Veto(id.clone()), text, false);
        }
        for id in &self.vetoes_removed {
            let text = prefixed(
                &names.veto(id),
                Text::new(
                    "否决项已删除，已填答案将移入存档",
                    "veto item removed; its answer goes to the archive",
                ),
            );
            push(Subject::Veto(id.clone()), text, true);
        }
        for change in &self.vetoes_changed {
            let heading = names.veto(&change.id);
            for (text, breaks) in veto_texts(change, &names) {
                push(
                    Subject::Veto(change.id.clone()),
                    prefixed(&heading, text),
                    breaks,
                );
            }
        }
        out
    }

    /// One sentence counting the changes, e.g. "第 1 版 → 第 2 版。指标：新增 1 项，删除 1 项，…".
    pub fn summary(&self) -> Text {
        if self.is_empty() {
            return Text::new(
                "两个版本内容相同",
                "The two revisions have the same content",
            );
        }
        let (from, to) = (self.from_version, self.to_version);
        let (a, r, c) = (self.added.len(), self.removed.len(), self.changed.len());
        let (va, vr, vc) = (
            self.vetoes_added.len(),
            self.vetoes_removed.len(),
            self.vetoes_changed.len(),
        );
        let mut zh = format!(
            "第 {from} 版 → 第 {to} 版。指标：新增 {a} 项，删除 {r} 项，修改 {c} 项；\
             否决项：新增 {va} 项，删除 {vr} 项，修改 {vc} 项"
        );
        let mut en = format!(
            "Revision {from} → {to}. Indicators: {a} added, {r} removed, {c} changed; \
             veto items: {va} added, {vr} removed, {vc} changed"
        );
        if self.total.is_some() || self.pass_rule.is_some() {
            zh.push_str("；总分值或通过规则有变化");
            en.push_str("; the total or the pass rule changed");
        }
        Text::new(zh + "。", en + ".")
    }
}

/// "B-02 党政领导访谈：…" / "B-02 Interviews…: …".
fn prefixed(heading: &Text, text: Text) -> Text {
    Text::new(
        format!("{}：{}", heading.zh, text.zh),
        format!("{}: {}", heading.get(Lang::En), text.get(Lang::En)),
    )
}

/// Looks names up in the new pack, then the old one; an ID nothing names stands for itself.
struct Names<'p> {
    old: &'p Pack,
    new: &'p Pack,
}

impl Names<'_> {
    fn packs(&self) -> [&Pack; 2] {
        [self.new, self.old]
    }

    /// "B-02 党政领导访谈".
    fn indicator(&self, id: &str) -> Text {
        let name = self
            .packs()
            .into_iter()
            .find_map(|p| p.indicator(id))
            .map(|i| i.name.clone());
        headed(id, name)
    }

    fn veto(&self, id: &str) -> Text {
        let name = self
            .packs()
            .into_iter()
            .find_map(|p| p.vetoes.iter().find(|v| v.id == id))
            .map(|v| v.name.clone());
        headed(id, name)
    }

    fn group(&self, id: &str) -> Text {
        self.packs()
            .into_iter()
            .find_map(|p| p.groups.iter().find(|g| g.id == id))
            .map_or_else(|| Text::new(id, id), |g| g.name.clone())
    }

    fn old_group(&self, id: &str) -> Text {
        self.old
            .groups
            .iter()
            .find(|g| g.id == id)
            .map_or_else(|| Text::new(id, id), |g| g.name.clone())
    }

    fn rules(&self, indicator: &str) -> Vec<&Rule> {
        self.packs()
            .into_iter()
            .filter_map(|p| p.indicator(indicator))
            .map(|i| &i.rule)
            .collect()
    }

    fn level(&self, indicator: &str, level: &str) -> Text {
        self.rules(indicator)
            .into_iter()
            .find_map(|r| match r {
                Rule::Levels { levels } => levels.iter().find(|l| l.id == level),
                _ => None,
            })
            .map_or_else(|| Text::new(level, level), |l| l.name.clone())
    }

    fn item(&self, indicator: &str, item: &str) -> Text {
        self.rules(indicator)
            .into_iter()
            .find_map(|r| match r {
                Rule::SubItems { items, .. } => items.iter().find(|i| i.id == item),
                _ => None,
            })
            .map_or_else(|| Text::new(item, item), |i| i.text.clone())
    }

    fn input(inputs: &[&[CalcInput]], input: &str) -> Text {
        inputs
            .iter()
            .find_map(|list| list.iter().find(|i| i.id == input))
            .map_or_else(|| Text::new(input, input), |i| i.label.clone())
    }

    fn indicator_inputs(&self, indicator: &str) -> Vec<&[CalcInput]> {
        self.rules(indicator)
            .into_iter()
            .filter_map(|r| match r {
                Rule::Calculator(c) => Some(c.spec.inputs.as_slice()),
                _ => None,
            })
            .collect()
    }

    fn veto_inputs(&self, veto: &str) -> Vec<&[CalcInput]> {
        self.packs()
            .into_iter()
            .filter_map(|p| p.vetoes.iter().find(|v| v.id == veto))
            .filter_map(|v| v.test.calc())
            .map(|spec| spec.inputs.as_slice())
            .collect()
    }
}

fn headed(id: &str, name: Option<Text>) -> Text {
    match name {
        Some(name) => Text::new(
            format!("{id} {}", name.zh),
            format!("{id} {}", name.get(Lang::En)),
        ),
        None => Text::new(id, id),
    }
}

/// Each aspect of an indicator's change, with whether it may archive answers.
fn indicator_texts(change: &IndicatorChange, names: &Names) -> Vec<(Text, bool)> {
    let mut out = Vec::new();
    if let Some((a, b)) = change.points {
        out.push((
            Text::new(format!("分值 {a} → {b} 分"), format!("points {a} → {b}")),
            false,
        ));
    }
    if let Some(rule) = &change.rule {
        for edit in &rule.edits {
            out.push((
                rule_edit_text(edit, &change.id, names),
                edit.breaks_answers(),
            ));
        }
    }
    if let Some((a, b)) = change.key_item {
        let text = match (a, b) {
            (None, Some(k)) => Text::new(
                format!("改为关键项（得分率不低于 {}%）", k.floor_percent),
                format!(
                    "now a key item (at least {}% of its points)",
                    k.floor_percent
                ),
            ),
            (Some(_), None) => Text::new("不再是关键项", "no longer a key item"),
            (Some(a), Some(b)) => Text::new(
                format!(
                    "关键项得分率下限 {}% → {}%",
                    a.floor_percent, b.floor_percent
                ),
                format!("key-item floor {}% → {}%", a.floor_percent, b.floor_percent),
            ),
            (None, None) => Text::default(),
        };
        out.push((text, false));
    }
    if let Some((_, allowed)) = change.na_allowed {
        let text = if allowed {
            Text::new("现可申请不适用", "may now be marked not applicable")
        } else {
            Text::new(
                "不再可申请不适用，标为不适用的答案将移入存档",
                "may no longer be marked not applicable; such an answer goes to the archive",
            )
        };
        out.push((text, !allowed));
    }
    if let Some((a, b)) = &change.group_moved {
        let (a, b) = (names.group(a), names.group(b));
        out.push((
            Text::new(
                format!("由大项“{}”移至“{}”", a.zh, b.zh),
                format!(
                    "moved from group “{}” to “{}”",
                    a.get(Lang::En),
                    b.get(Lang::En)
                ),
            ),
            false,
        ));
    }
    if change.text_changed {
        out.push((
            Text::new(
                "名称、评价标准、评分标准、测评方式、佐证材料、责任单位或出处有修改",
                "name, requirement, scoring words, methods, evidence, departments or sources changed",
            ),
            false,
        ));
    }
    out
}

fn rule_edit_text(edit: &RuleEdit, indicator: &str, names: &Names) -> Text {
    let level = |id: &str| names.level(indicator, id);
    let item = |id: &str| names.item(indicator, id);
    match edit {
        RuleEdit::Type { from, to } => {
            let (a, b) = (from.label(), to.label());
            Text::new(
                format!(
                    "计分方式由“{}”改为“{}”，按原方式填写的答案将移入存档",
                    a.zh, b.zh
                ),
                format!(
                    "scoring changed from “{}” to “{}”; an answer made the old way goes to the archive",
                    a.en, b.en
                ),
            )
        }
        RuleEdit::LevelAdded { level: id } => {
            let name = level(id);
            Text::new(
                format!("新增档次“{}”", name.zh),
                format!("level “{}” added", name.get(Lang::En)),
            )
        }
        RuleEdit::LevelRemoved { level: id } => {
            let name = level(id);
            Text::new(
                format!("删除档次“{}”，选此档的答案将移入存档", name.zh),
                format!(
                    "level “{}” removed; an answer choosing it goes to the archive",
                    name.get(Lang::En)
                ),
            )
        }
        RuleEdit::LevelPoints {
            level: id,
            from,
            to,
        } => {
            let name = level(id);
            Text::new(
                format!("档次“{}”分值 {from} → {to} 分", name.zh),
                format!("level “{}”: {from} → {to} points", name.get(Lang::En)),
            )
        }
        RuleEdit::LevelName { level: id } => {
            let name = level(id);
            Text::new(
                format!("档次“{}”名称有修改", name.zh),
                format!("level “{}” renamed", name.get(Lang::En)),
            )
        }
        RuleEdit::ItemAdded { item: id } => {
            let text = item(id);
            Text::new(
                format!("新增评分要点“{}”", text.zh),
                format!("scoring point “{}” added", text.get(Lang::En)),
            )
        }
        RuleEdit::ItemRemoved { item: id } => {
            let text = item(id);
            Text::new(
                format!("删除评分要点“{}”，勾选了该要点的答案将移入存档", text.zh),
                format!(
                    "scoring point “{}” removed; an answer marking it met goes to the archive",
                    text.get(Lang::En)
                ),
            )
        }
        RuleEdit::ItemPoints { item: id, from, to } => {
            let text = item(id);
            Text::new(
                format!("评分要点“{}”分值 {from} → {to} 分", text.zh),
                format!(
                    "scoring point “{}”: {from} → {to} points",
                    text.get(Lang::En)
                ),
            )
        }
        RuleEdit::ItemText { item: id } => {
            let text = item(id);
            Text::new(
                format!("评分要点“{}”措辞有修改", text.zh),
                format!("scoring point “{}” reworded", text.get(Lang::En)),
            )
        }
        RuleEdit::Mode { from, to } => {
            let (a, b) = (from.label(), to.label());
            Text::new(
                format!("要点计分由“{}”改为“{}”", a.zh, b.zh),
                format!("scoring points now {} (was {})", b.en, a.en),
            )
        }
        RuleEdit::PerFinding { from, to } => Text::new(
            format!("每处问题扣分 {from} → {to} 分"),
            format!("deduction per finding {from} → {to} points"),
        ),
        RuleEdit::Finding => Text::new(
            "“一处问题”的界定有修改",
            "what counts as one finding was reworded",
        ),
        RuleEdit::Input(edit) => input_edit_text(edit, &names.indicator_inputs(indicator)),
        RuleEdit::Formula => Text::new("计算公式有修改", "the formula changed"),
        RuleEdit::ResultUnit => Text::new("结果单位有修改", "the result unit changed"),
        RuleEdit::Thresholds { from, to } => Text::new(
            format!(
                "阈值与得分由 {} 改为 {}",
                thresholds(from, "分"),
                thresholds(to, "分")
            ),
            format!(
                "thresholds changed from {} to {}",
                thresholds(from, " pts"),
                thresholds(to, " pts")
            ),
        ),
        RuleEdit::Order => Text::new("顺序有调整", "order changed"),
    }
}

/// "≥2 → 1分、≥3 → 2分".
fn thresholds(list: &[Threshold], unit: &str) -> String {
    let parts: Vec<String> = list
        .iter()
        .map(|t| {
            let (op, at) = crate::explain::numbers::reached(t.at_least);
            format!("{op}{at} → {}{unit}", t.points)
        })
        .collect();
    if parts.is_empty() {
        "—".to_owned()
    } else {
        parts.join(if unit == "分" { "、" } else { ", " })
    }
}

fn input_edit_text(edit: &InputEdit, inputs: &[&[CalcInput]]) -> Text {
    let label = |id: &str| Names::input(inputs, id);
    match edit {
        InputEdit::Added { input } => {
            let l = label(input);
            Text::new(
                format!("新增输入项“{}”", l.zh),
                format!("input “{}” added", l.get(Lang::En)),
            )
        }
        InputEdit::Removed { input } => {
            let l = label(input);
            Text::new(
                format!("删除输入项“{}”，填了该项的答案将移入存档", l.zh),
                format!(
                    "input “{}” removed; an answer with a figure for it goes to the archive",
                    l.get(Lang::En)
                ),
            )
        }
        InputEdit::Kind { input, from, to } => {
            let (l, a, b) = (label(input), from.label(), to.label());
            Text::new(
                format!("输入项“{}”的取值由“{}”改为“{}”", l.zh, a.zh, b.zh),
                format!(
                    "input “{}” now takes {} (was {})",
                    l.get(Lang::En),
                    b.en,
                    a.en
                ),
            )
        }
        InputEdit::Label { input } => {
            let l = label(input);
            Text::new(
                format!("输入项“{}”的名称或单位有修改", l.zh),
                format!("input “{}”: label or unit changed", l.get(Lang::En)),
            )
        }
    }
}

fn veto_texts(change: &VetoChange, names: &Names) -> Vec<(Text, bool)> {
    let mut out: Vec<(Text, bool)> = change
        .edits
        .iter()
        .map(|edit| {
            (
                veto_edit_text(edit, &change.id, names),
                edit.breaks_answers(),
            )
        })
        .collect();
    if change.text_changed {
        out.push((
            Text::new(
                "名称、说明或出处有修改",
                "name, description or sources changed",
            ),
            false,
        ));
    }
    out
}

fn veto_edit_text(edit: &VetoEdit, veto: &str, names: &Names) -> Text {
    match edit {
        VetoEdit::Kind { from, to } => {
            let (a, b) = (from.label(), to.label());
            let (zh_tail, en_tail) = if edit.breaks_answers() {
                ("，原答案将移入存档", "; its answer goes to the archive")
            } else {
                ("", "")
            };
            Text::new(
                format!("判定方式由“{}”改为“{}”{zh_tail}", a.zh, b.zh),
                format!("now decided by “{}” (was “{}”){en_tail}", b.en, a.en),
            )
        }
        VetoEdit::Question => Text::new("申报问题措辞有修改", "the question was reworded"),
        VetoEdit::Indicator { from, to } => Text::new(
            format!("所取指标由 {from} 改为 {to}"),
            format!("now uses indicator {to} (was {from})"),
        ),
        VetoEdit::AtLeast { from, to } => Text::new(
            format!("判定线 {} → {}", from.format(6), to.format(6)),
            format!(
                "least acceptable value {} → {}",
                from.format(6),
                to.format(6)
            ),
        ),
        VetoEdit::Input(edit) => input_edit_text(edit, &names.veto_inputs(veto)),
        VetoEdit::Formula => Text::new("计算公式有修改", "the formula changed"),
        VetoEdit::ResultUnit => Text::new("结果单位有修改", "the result unit changed"),
        VetoEdit::Order => Text::new("顺序有调整", "order changed"),
    }
}

fn pass_rule_texts(change: &PassRuleChange) -> Vec<Text> {
    let mut out = Vec::new();
    if let Some((a, b)) = change.min_total {
        out.push(Text::new(
            format!("通过分数线 {a} → {b} 分"),
            format!("pass mark {a} → {b}"),
        ));
    }
    if let Some((_, rebase)) = change.rebase_not_applicable {
        out.push(if rebase {
            Text::new(
                "不适用指标现不计入总分，总分按满分折算",
                "not-applicable indicators now leave the total, which is rescaled",
            )
        } else {
            Text::new(
                "不适用指标的总分不再折算",
                "the total is no longer rescaled for not-applicable indicators",
            )
        });
    }
    if change.summary_changed {
        out.push(Text::new(
            "通过规则说明有修改",
            "the pass rule's statement was reworded",
        ));
    }
    out
}

impl Localize for ArchiveReason {
    fn message(&self, lang: Lang) -> String {
        match self {
            ArchiveReason::IndicatorRemoved => pick(
                lang,
                "新版数据包删除了该指标".to_owned(),
                "The new revision of the pack removed this indicator".to_owned(),
            ),
            ArchiveReason::RuleIncompatible { detail } => pick(
                lang,
                format!("计分方式已改变：{}", detail.message(Lang::Zh)),
                format!("The scoring rule changed: {}", detail.message(Lang::En)),
            ),
            ArchiveReason::VetoRemoved => pick(
                lang,
                "新版数据包删除了该否决项".to_owned(),
                "The new revision of the pack removed this veto item".to_owned(),
            ),
            ArchiveReason::VetoIncompatible { detail } => pick(
                lang,
                format!("否决项判定方式已改变：{}", detail.message(Lang::Zh)),
                format!(
                    "The veto item is decided differently: {}",
                    detail.message(Lang::En)
                ),
            ),
        }
    }
}

impl<K: Vocabulary> Localize for Incompatibility<K> {
    fn message(&self, lang: Lang) -> String {
        let list = |ids: &[String]| ids.join("、");
        let list_en = |ids: &[String]| ids.join(", ");
        match self {
            Incompatibility::Kind { from, to } => {
                let (a, b) = (from.label(), to.label());
                pick(
                    lang,
                    format!("答案按“{}”填写，现为“{}”", a.zh, b.zh),
                    format!("the answer was made for “{}”, it is now “{}”", a.en, b.en),
                )
            }
            Incompatibility::LevelRemoved { level } => pick(
                lang,
                format!("所选档次“{level}”已不存在"),
                format!("the chosen level “{level}” no longer exists"),
            ),
            Incompatibility::SubItemsRemoved { items } => pick(
                lang,
                format!("已勾选的评分要点 {} 已不存在", list(items)),
                format!(
                    "scoring points marked met no longer exist: {}",
                    list_en(items)
                ),
            ),
            Incompatibility::InputsRemoved { inputs } => pick(
                lang,
                format!("已填写的输入项 {} 已不存在", list(inputs)),
                format!("inputs with figures no longer exist: {}", list_en(inputs)),
            ),
            Incompatibility::FiguresRefused { inputs } => pick(
                lang,
                format!("输入项 {} 的数值不符合其新的取值范围", list(inputs)),
                format!("figures outside the inputs' new range: {}", list_en(inputs)),
            ),
            Incompatibility::NotApplicableNotAllowed => pick(
                lang,
                "该指标不再可申请不适用".to_owned(),
                "the indicator may no longer be marked not applicable".to_owned(),
            ),
        }
    }
}
