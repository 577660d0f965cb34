//! Interface sentences that carry values, each a variant with named fields, so the zh and en
//! texts put `{version}` wherever their own word order wants it and a missing value does not
//! compile. Plain labels stay in `messages.rs`.

use fscity_core::{Lang, Localize};

macro_rules! sentences {
    ($($(#[$doc:meta])* $key:ident { $($field:ident: $ty:ty),* $(,)? } => $zh:literal, $en:literal;)*) => {
        /// An interface sentence with its values.
        #[derive(Clone, Debug, PartialEq, Eq)]
        pub enum Sentence {
            $($(#[$doc])* #[allow(missing_docs)] $key { $($field: $ty),* }),*
        }

        impl Localize for Sentence {
            fn message(&self, lang: Lang) -> String {
                match self {
                    $(Sentence::$key { $($field),* } => match lang {
                        Lang::Zh => format!($zh),
                        Lang::En => format!($en),
                    }),*
                }
            }
        }
    };
}

sentences! {
    /// A deductions indicator counted from recorded 现场检查, in place of the typed count.
    FindingsFromSite { points: u32, findings: u32 } => "发现问题数来自现场检查记录：{points} 个点位，{findings} 处问题。要修改，请在“报告 → 现场检查演练”中改记录。", "The findings come from the recorded inspection: {points} points, {findings} findings. To change them, change the record under Reports → On-site inspection rehearsal.";
    /// A number of points with its unit.
    Points { points: String } => "{points} 分", "{points} points";
    /// The 评分要点 of an all-or-nothing indicator: one box alone scores nothing.
    AllRequired { count: usize, points: String } => "须全部满足：{count} 项要点全部满足得 {points} 分，否则不得分", "All required: {points} points only when all {count} items are met, otherwise none";
    /// A bonus block's cap, beside its bar.
    BonusCap { cap: String } => "加分项 · 上限 {cap} 分", "bonus · at most {cap} points";
    /// A number of indicators.
    Indicators { count: usize } => "{count} 项指标", "{count} indicators";
    /// A major item's size in the criteria tree.
    GroupSize { count: usize, points: String } => "{count} 项指标 · {points} 分", "{count} indicators · {points} points";
    /// The pass rule's total bar.
    PassTotal { min: String, max: String } => "总分不低于 {min} 分 (满分 {max})", "Total at least {min} points (out of {max})";
    /// How many indicators a criteria search finds.
    SearchFound { count: usize } => "{count} 项指标符合条件", "{count} indicators match";
    /// A deduction rule's amount.
    PerFinding { points: String } => "每处扣 {points} 分", "{points} points deducted per finding";
    /// Asked before a pack is taken off the shelf.
    PackRemoveConfirm { id: String, version: u32 } => "从本浏览器移除评价细则 {id} v{version}？没有自评在使用它；需要时可重新导入原文件。", "Remove criteria {id} v{version} from this browser? No assessment uses it; you can import the original file again if needed.";
    /// A pack was taken off the shelf.
    PackRemoved { id: String, version: u32 } => "已移除评价细则 {id} v{version}。", "Removed criteria {id} v{version}.";
    /// A pack that saved assessments answer cannot be removed.
    PackInUse { id: String, version: u32, assessments: usize } => "{id} v{version} 仍有 {assessments} 份自评在使用，未移除。请先删除这些自评或把它们迁移到新版本。", "{id} v{version} is used by {assessments} saved assessment(s) and was not removed. Delete them or move them to a newer version first.";
    /// The status bar after a save, with the local time.
    SavedAt { time: String } => "已保存（{time}）", "Saved ({time})";
    /// An assessment was deleted (with undo).
    Deleted { name: String } => "已删除自评：{name}。", "Deleted: {name}.";
    /// A backup import found assessments that are already here.
    ImportSkipped { count: usize } => "{count} 份已导入过，未重复添加", "{count} already here, not added again";
    /// Characters used in a note.
    CharsUsed { used: usize, max: usize } => "{used} / {max} 字", "{used} / {max} characters";
    /// A paste longer than a field's limit was cut.
    CharsCut { cut: usize, max: usize } => "只保留了前 {max} 字，其余 {cut} 字未保存", "Only the first {max} characters were kept: {cut} were not saved";
    /// How many gaps the filters show.
    GapsShown { count: usize } => "共 {count} 项", "{count} shown";
    /// Veto items still to declare.
    /// Veto items that are triggered: one is enough to fail, so the gap list starts with them.
    TriggeredVetoes { names: String } => "已触发否决项（一票否决）：{names}。无论总分多少，评价结论均为“未通过”，须首先消除。", "Veto items triggered: {names}. Whatever the total, the verdict is “fail”: these come first.";
    UndeclaredVetoes { names: String } => "尚未申报否决项：{names}。未申报前无法得出“通过”的结论，请在“否决项申报与测评数据”中作答。", "Veto items not declared yet: {names}. No pass is possible until they are; answer them under “Veto declarations and survey figures”.";
    /// A presentation slide's linked veto item.
    SlideVeto { id: String, name: String } => "关联否决项 {id} {name}", "Linked veto {id} {name}";
    /// A numbered note in the printed report's appendix.
    AppendixNote { number: usize, indicator: String, field: String } => "附录 {number}　{indicator} · {field}", "Note {number} · {indicator} · {field}";
    /// A department's counts in the action plan.
    PackageCounts { ready: usize, missing: usize, unavailable: usize } => "已备齐 {ready} 份 · 待补充 {missing} 份 · 无法提供 {unavailable} 份", "{ready} ready · {missing} to supply · {unavailable} cannot be supplied";
    ActionsCount { count: usize, planned: usize } => "{count} 项待整改 · {planned} 项已制定措施", "{count} to correct · {planned} with an action";
    /// A newer revision of the assessment's pack is on the shelf.
    MoveOffer { version: u32 } => "本自评所用的评价细则有新版本：第 {version} 版", "This assessment's criteria have a newer version: version {version}";
    /// The assessment was moved to a newer revision.
    MoveDone { version: u32 } => "已迁移到新版本评价细则：第 {version} 版", "Moved to the new criteria version {version}";
    /// A criteria file was imported onto the shelf.
    PackImported { id: String, version: u32, file: String } => "已导入评价细则数据包 {id} 第 {version} 版（{file}）。开始自评时可选用。", "Imported criteria pack {id} version {version} ({file}). You can choose it when starting an assessment.";
    /// The shelf already holds this pack revision.
    PackExists { id: String, version: u32 } => "本浏览器中已有数据包 {id} 第 {version} 版，未做任何更改。如内容不同，请在“数据包”表中提高版本号。", "Pack {id} version {version} is already here; nothing was changed. If its content differs, raise the version in the 数据包 sheet.";
    /// The browser refused to store a pack; `why` is already in the user's language.
    PackNotSaved { why: String } => "浏览器拒绝保存（{why}），未做任何更改。", "The browser refused to save ({why}); nothing was changed.";
    /// When a shelved pack was made in the editor.
    EditedOn { day: String } => "在浏览器中编辑（{day}）", "edited in the browser on {day}";
    /// Where and when a shelved pack came from.
    ImportedFrom { file: String, day: String } => "导入自 {file}（{day}）", "imported from {file} on {day}";
    /// The pack editor saved a new revision.
    EditorSaved { version: u32 } => "已保存为新版本：第 {version} 版", "Saved as a new version: version {version}";
    /// A stored pack whose file no longer parses; `why` is the parser's words.
    StoredPackUnreadable { why: String } => "无法解析存储的数据包：{why}", "The stored pack could not be parsed: {why}";
    /// An answer kept in the archive after a move, with the pack version it was made for.
    Archived { id: String, version: u32, reason: String } => "{id}（第 {version} 版）：{reason}", "{id} (version {version}): {reason}";
    /// A criteria file the reader could not read; `why` is already in the user's language.
    FileUnreadable { why: String } => "无法读取该文件：{why}", "The file could not be read: {why}";
    /// The name a poll gets unless the city names it.
    DefaultPollName { year: String, month: u32 } => "{year}年{month}月自测", "Own poll {month}/{year}";
    /// A figure typed over one applied from a poll.
    PollDetached { name: String } => "已手动修改：此数不再来自“{name}”。", "Changed by hand: this figure no longer comes from “{name}”.";
    /// A review team's counts.
    TeamFacts { experts: usize, groups: usize, returned: usize, scored: usize } => "专家 {experts} 名，分 {groups} 个组，已交回 {returned} 组，已评分指标 {scored} 项", "{experts} experts in {groups} groups, {returned} returned, {scored} indicators scored";
    /// A group's result file's name.
    TeamResultFile { group: String, stamp: String } => "评价组结果-{group}-{stamp}.json", "team-result-{group}-{stamp}.json";
    /// A group's task file's name.
    TeamTaskFile { group: String } => "评价组任务-{group}.json", "team-task-{group}.json";
}
