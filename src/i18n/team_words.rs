//! The words of the review team (评价组协作): read only by its chunk.

use super::table::messages;
use fscity_core::Lang;

messages! {
    TeamWords;
    Intro => "像省级初评那样分组评价：组长建立评价、分组并分配指标，把任务文件交给各组；各组在自己的电脑上（可离线）只对本组指标评分，导出带校验码的结果文件；组长导入各组结果文件，汇总为一份评价。不需要服务器，也不上传任何数据。", "Review as a provincial team does: the lead sets up the review, splits the indicators into groups and gives each group a task file; each group scores only its indicators on its own computer (offline is fine) and exports a result file sealed with a checksum; the lead imports the groups' files into one assessment. No server, nothing uploaded.";
    StartLead => "作为组长：建立评价", "As the lead: set up a review";
    ReviewName => "评价名称", "Review name";
    DefaultName => "省级初评", "Provincial pre-evaluation";
    Create => "建立", "Set up";
    StartGroup => "作为评价组：打开组长发来的任务文件", "As a group: open the task file from the lead";
    NotThisPack => "任务文件按另一版本的评价细则评分（", "The task file scores on another criteria version (";
    NotThisPackEnd => "），请用相同版本新建一份评价后再打开。", "); start an assessment on the same version, then open it.";
    AlreadyLead => "本评价已是组长的汇总评价，不能再作为评价组打开任务文件；请另建一份评价。", "This assessment already leads a review; start another assessment to open a task file as a group.";
    Unreadable => "本评价中的评价组数据无法读取（可能被手工修改），为免覆盖，未做任何更改。", "The review-team data in this assessment cannot be read (it may have been edited by hand); nothing was changed so as not to overwrite it.";
    Groups => "评价组", "Groups";
    GroupName => "组名", "Group name";
    Kind => "类别", "Kind";
    Members => "成员（用顿号或逗号分隔）", "Members (separated by commas)";
    MembersOf => "成员", "Members";
    Indicators => "指标", "Indicators";
    AddGroup => "添加评价组", "Add group";
    NewGroup => "新评价组", "New group";
    Assign => "分配指标", "Assign indicators";
    Task => "下载任务文件", "Download task file";
    TaskFile => "任务", "task";
    ResultFile => "结果", "result";
    NoIndicators => "尚未分配指标", "No indicator assigned yet";
    Shared => "两个组都评分的指标", "Indicators two groups score";
    RuleAgree => "须一致，不一致时由组长选定", "Must agree; the lead chooses otherwise";
    RuleSum => "扣分相加（扣完为止）", "Findings add up (down to zero)";
    RuleDecides => "以此组为准：", "This group decides: ";
    Import => "导入各组结果文件", "Import the groups' result files";
    Waiting => "尚未交回结果的组：", "Groups not yet returned: ";
    AllIn => "各组结果均已交回。", "Every group has returned its result.";
    FirstFrom => "首次收到该组结果，将写入以下指标：", "The group's first result; these indicators will be written:";
    Replaces => "比已导入的该组文件更新，只替换该组的部分，变化如下：", "Newer than the group's file in use; only that group's part is replaced, changing:";
    NoChange => "（汇总结果没有变化）", "(the merged result does not change)";
    Older => "该文件早于正在使用的该组文件（导出于 ", "This file is older than the group's file in use (exported ";
    OlderEnd => "），将存入历史但不改变汇总结果。", "); it is kept in the history and changes nothing.";
    Again => "该文件已经导入过，没有任何变化。", "This file was imported before; nothing changes.";
    Accept => "接受", "Accept";
    Discard => "放弃", "Discard";
    Unanswered => "（未作答）", "(not answered)";
    Merged => "汇总", "Merged";
    Indicator => "指标", "Indicator";
    ScoredBy => "评分组", "Scored by";
    Source => "依据", "Source";
    FromGroup => "本组评分", "this group's score";
    Agreed => "各组一致", "groups agree";
    Summed => "扣分相加", "findings added";
    Decided => "按规则以此组为准", "this group decides by rule";
    Chosen => "组长选定", "chosen by the lead";
    Conflict => "各组不一致，待组长选定", "groups disagree; the lead chooses";
    NotYet => "尚无结果", "no result yet";
    Conflicts => "不一致的指标", "Indicators the groups disagree on";
    Choose => "采用", "Take";
    Reason => "理由", "Reason";
    NeedReason => "请写明选定的理由。", "Write why this answer is chosen.";
    History => "已导入的结果文件", "Result files imported";
    Exported => "导出时间", "Exported";
    Imported => "导入时间", "Imported";
    InUse => "使用中", "in use";
    Download => "下载", "Download";
    Facts => "评价组概况", "The team";
    Colon => "：", ": ";
    GroupTask => "本评价组的任务", "This group's task";
    ReviewOf => "评价：", "Review: ";
    OnlyThese => "本组只对以下指标评分；导出的结果文件只含这些指标。", "This group scores only these indicators; the result file holds only them.";
    Export => "导出结果文件", "Export result file";
    Exported2 => "已导出结果文件，请交给组长。", "The result file is exported; give it to the lead.";
}

impl TeamWords {
    /// The name of a group kind.
    pub fn kind(kind: fscity_core::team::GroupKind, lang: Lang) -> &'static str {
        use fscity_core::team::GroupKind as K;
        match (kind, lang) {
            (K::Documents, Lang::Zh) => "资料审查组",
            (K::Documents, Lang::En) => "Documents",
            (K::OpenCheck, Lang::Zh) => "明查组",
            (K::OpenCheck, Lang::En) => "Announced checks",
            (K::Covert, Lang::Zh) => "暗访组",
            (K::Covert, Lang::En) => "Unannounced visits",
            (K::Agriculture, Lang::Zh) => "农业组",
            (K::Agriculture, Lang::En) => "Agriculture",
            (K::Interview, Lang::Zh) => "访谈组",
            (K::Interview, Lang::En) => "Interviews",
        }
    }
}
