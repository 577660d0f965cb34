//! The words of the evidence package (the 材料提交表 in an indicator's records, the 资料目录 and
//! the per-department list in the reports): read only by those chunks, so they load with them
//! and not with the first visit.

use super::table::messages;
use fscity_core::Lang;

messages! {
    EvidenceWords;
    EvidenceEntries => "材料提交表", "Evidence submission";
    EvidenceTitle => "材料名称", "Title";
    EvidenceLocation => "原件存放位置（盒、文件夹、文件名或路径）", "Where the original is kept (box, folder, file or path)";
    AddEvidence => "添加佐证材料", "Add evidence";
    EvidenceSelfScore => "自评得分（取自本指标的作答）：", "Self-score (from this indicator's answer): ";
    EvidenceAspects => "审查看点：", "What a reviewer looks for: ";
    EvidenceKind => "类型", "Type";
    EvidenceDate => "日期或时段", "Date or period";
    EvidenceDateExample => "如 2025-03-12 或 2025-01 至 2025-06", "e.g. 2025-03-12 or 2025-01 ~ 2025-06";
    EvidenceIssuer => "发文（出具）单位", "Issued by";
    EvidenceDepartment => "责任单位", "Supplied by";
    EvidencePages => "页数", "Pages";
    EvidenceProves => "证明的要求", "What it proves";
    EvidenceRenumber => "重新编号", "Renumber";
    EvidenceRenumberAsk => "重新编号后，已打印的目录和标签上的编号将不再对应。确定重新编号吗？", "After renumbering, numbers on printed indexes and labels no longer match. Renumber?";
    PackEvidence => "细则建议的佐证材料（点击添加）：", "Evidence the pack suggests (click to add): ";
    PackageIndex => "资料目录", "Evidence index";
    PackageLabels => "档案盒标签", "Box labels";
    LabelNoPlace => "未注明存放位置的材料", "Items with no place given";
    LabelRange => "编号", "Numbers";
    LabelItems => "份材料", "items";
    ReviewRounds => "审查轮次", "Review rounds";
    ReviewIntro => "审查方（本市演练组或省级）逐轮审查资料、提出问题；本市整改后标记“已整改”，由后续一轮复核销号或重新打开。问题同时列入整改清单。", "A reviewer (the city's rehearsal group or the province) reviews the package round by round and raises problems; the city marks each corrected, and a later round closes or reopens it. Problems are also lines of the action list.";
    ReviewUnreadable => "本自评文件中的审查记录无法读取（文件可能被手工修改过），已原样保留，此处不能修改。", "The review in this file cannot be read (it may have been edited by hand); it is kept as it is and cannot be changed here.";
    RoundName => "轮次名称", "Round";
    RoundDate => "时间", "When";
    RoundReviewer => "审查方", "Reviewer";
    StartRound => "开始新一轮审查", "Start a review round";
    NoRounds => "还没有审查轮次。", "No review round yet.";
    CurrentRound => "当前轮次", "Round shown";
    RaiseProblem => "提出问题", "Raise the problem";
    ProblemIndicator => "指标", "Indicator";
    ProblemText => "问题", "Problem";
    ProblemDepartment => "责任单位", "Department";
    ProblemDue => "整改时限", "Due";
    ProblemNumber => "问题编号", "No.";
    ProblemRaisedIn => "提出轮次", "Raised in";
    FixNote => "整改说明", "What was done";
    MarkCorrected => "标记已整改", "Mark corrected";
    CloseProblem => "复核销号", "Close";
    ReopenProblem => "重新打开", "Reopen";
    ToRecheck => "本轮待复核的问题", "To recheck in this round";
    RoundProblems => "本轮提出的问题", "Raised in this round";
    PackageDue => "各单位待补材料", "Still to supply, per department";
    PackageEmpty => "尚未登记佐证材料：在“创建自评”中打开指标的“记录与整改”，在材料提交表中添加。", "No evidence yet: open an indicator's records in Assess and add items to its evidence submission.";
    PackageIntro => "材料按大项和指标编号排列，编号与档案盒标签、审查问题中的编号一致。", "Items are listed by major item and number, the numbers that box labels and reviewers' problems cite.";
    ShowMore => "再显示 100 份", "Show 100 more";
    ShowItems => "展开材料", "Show items";
    HideItems => "收起材料", "Hide items";
    FormScore => "自评得分", "Self-score";
    FormConclusion => "自评结论", "Self-assessment conclusion";
    FormCounts => "材料", "Items";
    ItemMarks => "本轮逐项审查", "Items marked in this round";
    ItemVerdict => "审查结论", "Verdict";
    ItemRemark => "审查意见", "Remark";
    NotMarked => "未审查", "Not marked";
    EvidenceState => "状态", "State";
    ExportPackage => "导出资料目录（CSV）", "Export the evidence index (CSV)";
}
