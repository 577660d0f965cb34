//! The words of the 领导访谈 drill (the interviewee list, the cards and briefs, the hint beside
//! the interview indicators): read only by those chunks, so they load with them.

use super::table::messages;
use fscity_core::Lang;

messages! {
    InterviewWords;
    Intro => "列出评审组可能访谈的领导和成员单位负责人，按职务生成访谈卡；演练后逐题标记熟悉程度，访谈指标（B-01、B-02）旁会显示据此建议的得分档次（只作参考，不会自动采用）。", "List the leaders and heads of member units the review team may interview; each gets a card of questions for the role. Mark each answer after a rehearsal: the interview indicators (B-01, B-02) then show the level it suggests (a suggestion only, never applied by itself).";
    Unreadable => "本自评文件中的访谈演练记录无法读取（文件可能被手工修改过），已原样保留，此处不能修改。", "The interview drill in this file cannot be read (it may have been edited by hand); it is kept as it is and cannot be changed here.";
    Name => "姓名", "Name";
    Role => "职务类别（决定访谈问题）", "Role (decides the questions)";
    ChooseRole => "请选择", "Choose";
    Tier => "层级", "Level";
    Post => "职务或单位", "Post or unit";
    Add => "添加受访者", "Add interviewee";
    Nobody => "还没有受访者。", "No interviewee yet.";
    Number => "编号", "No.";
    Rehearsed => "已演练", "Rehearsed";
    Open => "访谈卡", "Card";
    Remove => "移除", "Remove";
    RemoveAsk => "移除该受访者及其演练记录？", "Remove this interviewee and their rehearsal marks?";
    CardOf => "访谈卡", "Interview card";
    Indicators => "关联指标：", "Indicators: ";
    Evidence => "佐证材料：", "Evidence: ";
    Lacking => "尚无佐证：", "No evidence yet: ";
    Basis => "依据：", "Basis: ";
    Readiness => "演练情况", "Rehearsal";
    NotRehearsed => "未演练", "Not rehearsed";
    Notes => "备注（准备要点）", "Notes (points to prepare)";
    PrintBrief => "打印访谈提纲", "Print the brief";
    Suggestions => "据演练建议的访谈指标得分档次", "Levels the rehearsal suggests for the interview indicators";
    NoSuggestion => "尚未演练：标记访谈卡上的问题后，这里会给出建议。", "Nothing rehearsed yet: mark questions on the cards to see a suggestion.";
    Current => "当前作答：", "Current answer: ";
    NoAnswer => "未作答", "not answered";
    Apply => "采用建议", "Use the suggestion";
    NotOfficial => "题库为推断，不是官方访谈提纲", "The bank is inferred, not the official interview outline";
}
