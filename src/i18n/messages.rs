//! The locale table: one line per interface string, Chinese first.

use fscity_core::Lang;

/// Declares a table of interface strings: `messages! { Name; Key => "中文", "English"; … }`.
/// The app's own table is [`Msg`]; a capability that is a chunk keeps its words in a table of
/// its own (`evidence_words`), which only the chunk's code reads, so they load with it.
macro_rules! messages {
    ($name:ident; $($key:ident => $zh:literal, $en:literal;)*) => {
        /// An interface string key.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $name { $($key),* }

        impl $name {
            /// Every key, for completeness tests.
            pub const ALL: &'static [$name] = &[$($name::$key),*];

            /// The text in `lang`.
            pub fn text(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $(($name::$key, Lang::Zh) => $zh, ($name::$key, Lang::En) => $en,)*
                }
            }

            /// The text in both languages, for data that is shown in either later.
            pub fn both(self) -> fscity_core::Text {
                fscity_core::Text::new(self.text(Lang::Zh), self.text(Lang::En))
            }
        }

        impl $crate::i18n::Words for $name {
            fn text(self, lang: Lang) -> &'static str {
                $name::text(self, lang)
            }
        }
    };
}
pub(crate) use messages;

messages! {
    Msg;
    AppTitle => "食品安全示范城市创建自评", "Food Safety Demonstration City Self-Assessment";
    AppSubtitle => "国家食品安全示范城市评价细则 · 浏览与自评", "Evaluation criteria for National Food Safety Demonstration Cities";
    SwitchLanguage => "English", "中文";
    SwitchLanguageLabel => "切换到英文界面", "Switch the interface to Chinese";
    NoticeHeading => "重要提示：本数据包为非官方重构", "Important: this criteria pack is an unofficial reconstruction";
    NoticePointsIllustrative => "分值仅为示意，并非官方分值。每项指标均标明其出处与可信程度。", "Point values are illustrative, not official. Every indicator shows its source and how far it can be trusted.";
    NoticeMore => "详情", "Details";
    NoticePointsOfficial => "本数据包声明其分值为官方分值。", "This pack states that its point values are official.";
    CriteriaTree => "指标目录", "Indicator list";
    IndicatorsCount => "项指标", "indicators";
    PointsUnit => "分", "points";
    PickIndicator => "请从左侧目录选择一项指标，查看其评价标准、评分方法与出处。", "Choose an indicator from the list to see its requirement, scoring and source.";
    Requirement => "评价标准", "Requirement";
    ScoringText => "评分标准", "Scoring";
    HowScored => "计分方式", "How points are computed";
    Methods => "测评方式", "How it is checked";
    Evidence => "佐证材料", "Evidence a reviewer expects";
    Departments => "责任单位", "Responsible departments";
    MaxPoints => "分值", "Points";
    KeyItem => "关键项", "Key item";
    KeyItemFloor => "关键项：得分率不得低于", "Key item: must score at least";
    NotKeyItem => "非关键项", "Not a key item";
    NaAllowed => "可申请不适用（须说明理由）", "May be marked not applicable (with a reason)";
    NaNotAllowed => "不可申请不适用", "Cannot be marked not applicable";
    Provenance => "出处与可信度", "Source and confidence";
    Sources => "出处", "Sources";
    Reprint => "转载：", "copy at ";
    RuleLevels => "选择一档，得该档分值", "choose one level and earn its points";
    RuleDeductions => "从满分起，每处问题扣分，扣完为止", "start from full points, deduct per finding, never below zero";
    RuleCalculator => "输入数据，按阈值换算得分", "enter figures; thresholds turn the result into points";
    Inputs => "输入项", "Inputs";
    Formula => "公式", "Formula";
    Thresholds => "阈值与得分", "Thresholds and points";
    BelowLowest => "低于最低阈值", "Below the lowest threshold";
    Vetoes => "否决项", "Veto items";
    VetoIntro => "任一否决项触发，无论得分多少均不通过。", "If any veto item is triggered, the city fails whatever its points.";
    VetoThreshold => "阈值", "Threshold";
    VetoUsesIndicator => "取自指标", "Uses the value of indicator";
    PassRules => "通过规则", "Pass rules";
    PassKeyItems => "每个关键项达到其得分率下限", "Every key item reaches its floor";
    PassNoVeto => "未触发任何否决项", "No veto item is triggered";
    PassNaRebase => "不适用的指标从满分中扣除，总分按比例折算", "Not-applicable indicators leave the maximum and the total is rescaled";
    PackBroken => "评价细则数据包有误，无法加载", "The criteria pack has errors and cannot be loaded";
    PackBrokenHelp => "请将以下信息告知维护人员：", "Please pass these details to whoever maintains this site:";
    Edition => "版本", "Edition";
    Issuer => "发布单位", "Issuer";
    PackVersion => "数据包修订", "Pack revision";
    ConfidenceHelp => "有出处原文 = 文字见于公开来源；据出处转述 = 来源有此内容，文字为重述；推断 = 无直接来源，据体系结构或城市实践推断。", "Sourced wording = the words appear in a public source; paraphrased = a source says it, the words are ours; inferred = no direct source, inferred from the scheme or city practice.";
    FormulaPerThousand => "÷ 常住人口 × 1000", "÷ resident population × 1,000";
    FormulaPercentage => "÷", "÷";
    FormulaGrowth => "同比增长率", "year-on-year growth";
    FormulaValue => "直接取值", "the value itself";
    Close => "关闭", "Close";
    GroupList => "大项", "Major items";
    TabBrowse => "指标浏览", "Browse criteria";
    TabAssess => "创建自评", "Self-assessment";
    TabGaps => "差距与整改", "Gaps and actions";
    MainNav => "主导航", "Main navigation";
    StartHeading => "开始一次自评", "Start a self-assessment";
    StartIntro => "填写城市名称和本次自评名称，即可按默认评价细则数据包逐项自评。", "Enter the city and a name for this assessment to work through the default criteria pack.";
    CityName => "城市名称", "City";
    AssessmentName => "自评名称", "Assessment name";
    AssessmentNameHint => "例如：2026年第一次自评", "e.g. First self-check 2026";
    StartButton => "开始自评", "Start";
    CityRequired => "请填写城市名称", "Please enter the city";
    TotalScore => "总分", "Total";
    Progress => "进度", "Progress";
    Answered => "已作答", "answered";
    PossibleRange => "可能得分范围", "Possible range";
    RangeHelp => "下限：未作答指标按 0 分计；上限：未作答指标按满分计。", "Lower bound: unanswered indicators score 0. Upper bound: they score full points.";
    HowComputed => "如何计算？", "How was this computed?";
    GroupScores => "各大项得分", "Scores by major item";
    ScoreRate => "得分率", "score rate";
    Verdict => "评价结论", "Verdict";
    VerdictReasons => "理由", "Reasons";
    VetoLights => "否决项状态", "Veto items";
    VetoClear => "未触发", "Clear";
    VetoTriggered => "已触发", "Triggered";
    VetoUnknown => "待确认", "Not yet known";
    VetoFacts => "否决项申报与测评数据", "Veto declarations and survey figures";
    VetoFactsIntro => "如实申报下列情况，并填写满意度、知晓率等测评数据；这些数据直接决定否决项。", "Declare the facts below and enter the survey figures (satisfaction, awareness); they decide the veto items.";
    Yes => "是", "Yes";
    No => "否", "No";
    NotDeclared => "未申报", "Not declared";
    Navigator => "指标导航", "Indicator navigation";
    JumpTo => "跳转到指标", "Jump to indicator";
    JumpHint => "输入编号或名称的一部分，按回车", "Type an ID or part of a name, then Enter";
    JumpNoMatch => "没有匹配的指标", "No indicator matches";
    Previous => "上一项", "Previous";
    Next => "下一项", "Next";
    YourAnswer => "作答", "Your answer";
    ClearAnswer => "清除作答", "Clear answer";
    NotApplicable => "不适用", "Not applicable";
    NotApplicableReason => "不适用理由", "Reason it does not apply";
    NotApplicableReasonRequired => "请说明不适用的理由", "Please give the reason it does not apply";
    FindingsCount => "发现问题数（处）", "Number of findings";
    Computed => "计算结果", "Result";
    PointsEarned => "得分", "Points";
    CannotComputeYet => "尚无法计算", "Cannot compute yet";
    Notes => "备注", "Notes";
    LostReason => "扣分原因", "Reason for lost points";
    EvidenceConclusion => "自评结论", "Self-assessment conclusion";
    Remove => "删除", "Remove";
    DepartmentsInput => "责任单位（多个用顿号或逗号分隔）", "Responsible departments (separate with commas)";
    PackDepartments => "细则建议：", "Suggested by the pack: ";
    Action => "整改措施", "Corrective action";
    ActionOwner => "责任人", "Owner";
    ActionDue => "完成时限", "Due date";
    Effort => "预计工作量（人日，可选）", "Effort estimate (person-days, optional)";
    Record => "记录与整改", "Records and actions";
    Status => "状态", "Status";
    GapsHeading => "差距清单", "Gap list";
    GapsIntro => "按可挽回分值排序，否决项和关键项风险排在最前。", "Sorted by recoverable points; veto and key-item risks first.";
    FilterStatus => "按状态筛选", "Filter by status";
    FilterAll => "全部", "All";
    FilterNotAnswered => "未作答", "Not answered";
    FilterLostPoints => "已失分", "Lost points";
    FilterVetoRisk => "否决项风险", "Veto risk";
    FilterDepartment => "按责任单位筛选", "Filter by department";
    FilterMethod => "按测评方式筛选", "Filter by method";
    Recoverable => "可挽回", "Recoverable";
    IndicatorColumn => "指标", "Indicator";
    TabLibrary => "我的自评", "My assessments";
    ExportSummary => "导出汇总（CSV）", "Export the summary (CSV)";
    ExportTable => "导出自评表（CSV）", "Export the self-assessment table (CSV)";
    ExportActions => "导出整改清单（CSV）", "Export the action list (CSV)";
    NotApplicableShort => "不适用", "N/A";
    WarningsHeading => "注意", "Please note";
    WarningsIntro => "以下内容已保留，但当前数据包无法计分：", "These are kept but the current pack cannot score them:";
    PrivacyOnce => "数据只保存在本浏览器，不会上传。可在“我的自评”中查看保存了什么、下载备份或全部清除。", "Your data stays in this browser and is never uploaded. See “My assessments” for what is kept, backups, and clearing everything.";
    GotIt => "知道了", "Got it";
    SaveFailedBrowser => "浏览器拒绝写入。当前内容仍在页面中，请下载备份。", "The browser refused the write. Your work is still on this page; download a backup.";
    NotSavedYet => "尚未保存", "Not saved yet";
    SavePending => "有修改，正在保存…", "Edited, saving…";
    SaveFailedQuota => "保存失败：浏览器存储空间已满。当前内容仍在页面中，请立即下载备份。", "Could not save: the browser's storage is full. Your work is still on this page; download a backup now.";
    StorageUnavailable => "本浏览器不允许本工具保存数据（可能是隐私模式或嵌入限制）。关闭页面后，工作内容将不会保留。请及时下载备份。", "This browser does not let the tool keep data (private mode or an embedding restriction). Your work will not be kept after the page closes; download a backup.";
    DownloadBackup => "下载备份", "Download backup";
    DownloadAll => "下载全部备份", "Download all (backup)";
    ConflictText => "此自评已在另一个标签页中修改，而本页也有未保存的修改。请选择保留哪一份：", "This assessment was changed in another tab while this page has unsaved edits. Choose which to keep:";
    TakeTheirs => "载入另一标签页的版本", "Load the other tab's version";
    KeepMine => "保留本页版本（覆盖另一份）", "Keep this page's version (overwrite)";
    DownloadMine => "先下载本页版本", "Download this page's version first";
    QuarantineText => "有一条已保存的记录无法读取，已单独保存，其他自评不受影响：", "A saved record could not be read; it was set aside and the other assessments are unaffected:";
    DownloadRaw => "下载原始数据", "Download the raw data";
    Discard => "丢弃", "Discard";
    Undo => "撤销", "Undo";
    Dismiss => "关闭提示", "Dismiss";
    PrivacyHeading => "数据只保存在本浏览器，不会上传", "Your data stays in this browser and is never uploaded";
    PrivacyText => "本工具没有服务器。自评内容保存在本浏览器的本地存储（localStorage）中，每项自评单独保存；另保存界面语言、上次打开的位置、导入或编辑的评价细则数据包，以及示例市演示区的修改。清除浏览器数据或换一台电脑后，这些内容将不存在，请定期下载备份。", "This tool has no server. Assessments are kept in this browser's local storage (localStorage), each under its own key, together with the interface language, where you left off, criteria packs you imported or edited, and changes made in the demo city. Clearing browser data or using another computer loses them, so download backups regularly.";
    LibraryHeading => "本浏览器中的自评", "Assessments in this browser";
    NoAssessments => "还没有保存的自评。", "No assessments saved yet.";
    NewAssessment => "新建自评", "New assessment";
    Open => "打开", "Open";
    Opened => "当前", "Open now";
    Rename => "重命名", "Rename";
    Save => "保存", "Save";
    Cancel => "取消", "Cancel";
    Duplicate => "复制为新自评", "Start from this one";
    CopySuffix => "（副本）", " (copy)";
    Delete => "删除", "Delete";
    ConfirmDelete => "确定删除这项自评？删除后可立即撤销。", "Delete this assessment? You can undo right after.";
    ConfirmYes => "确定", "Confirm";
    LastChange => "最后修改", "Last change";
    PackColumn => "数据包", "Pack";
    ScoreColumn => "得分", "Score";
    Actions => "操作", "Actions";
    ImportHeading => "导入备份", "Import a backup";
    ImportHelp => "选择本工具下载的备份文件（JSON，最大 5 MB）。默认导入为新的自评，不会覆盖已有内容。", "Choose a backup file downloaded from this tool (JSON, at most 5 MB). It is imported as new assessments; nothing existing is overwritten.";
    ImportFile => "备份文件", "Backup file";
    ImportReplace => "替换当前打开的自评（被替换的自评可撤销恢复）", "Replace the open assessment (the replaced one can be restored)";
    ConfirmReplace => "确定用导入的内容替换当前打开的自评？", "Replace the open assessment with the imported one?";
    Imported => "已导入自评：", "Assessments imported: ";
    AlreadyImported => "此备份已导入过：其中的自评已原样保存在本浏览器中，未重复添加。", "This backup was imported before: its assessments are already kept here unchanged, and nothing was added.";
    ImportAgainAsCopy => "仍然导入（作为副本）", "Import again as a copy";
    NothingToBackUp => "还没有可备份的自评", "There is no assessment to back up yet";
    ImportFailed => "导入失败，未做任何更改：", "Import failed; nothing was changed: ";
    FileTooLarge => "文件过大，上限为 5 MB。", "The file is too large; the limit is 5 MB.";
    FileUnreadable => "无法读取该文件。", "The file could not be read.";
    ClearHeading => "清除全部数据", "Clear everything";
    ClearHelp => "删除本工具在本浏览器中保存的全部内容。此操作无法撤销，建议先下载全部备份。", "Deletes everything this tool keeps in this browser. This cannot be undone; download a full backup first.";
    ConfirmClear => "确定清除全部数据？", "Really clear everything?";
    Cleared => "已清除本工具在本浏览器中的全部数据。", "Everything this tool kept in this browser was cleared.";
    Edit => "编辑", "Edit";
    NoGaps => "没有符合条件的差距项。", "No gaps match these filters.";
    PathToPass => "达标路径", "Path to passing";
    PathAlready => "当前已达到通过条件。", "The assessment already passes.";
    PathCannot => "即使其余全部满分也无法通过：", "Even full marks everywhere else would not pass:";
    PathIntro => "完成以下事项即可通过（所需改进最少）：", "Doing the following would pass (fewest improvements):";
    PathIntroEffort => "完成以下事项即可通过（预计工作量最少）：", "Doing the following would pass (least estimated effort):";
    PathScoreAfter => "完成后总分", "Total afterwards";
    RiskVeto => "否决项风险", "Veto risk";
    RiskKey => "关键项风险", "Key-item risk";
    Unanswered => "未作答", "Unanswered";
    TabReports => "报告与导出", "Reports and export";
    ReportKinds => "报告类型", "Kind of report";
    ReportPrinted => "自评报告", "Self-assessment report";
    ReportActions => "整改清单", "Action list";
    ReportProgress => "进度对比", "Progress";
    ReportPackage => "资料审查材料", "Evidence package";
    OnlyLost => "只列失分指标", "Only indicators that lost points";
    IncludeNotes => "包含备注", "Include notes";
    Print => "打印 / 另存为 PDF", "Print / save as PDF";
    PrintFromReports => "本页不适合打印。要打印自评报告或整改清单，请打开“报告与导出”。", "This page is not meant for printing. To print the self-assessment report or the action list, open “Reports”.";
    PrintHelp => "在打印对话框中选择“另存为 PDF”即可得到 PDF 文件；打印稿为 A4 纵向，不含按钮和链接。", "Choose “Save as PDF” in the print dialog to get a PDF. The printout is A4 portrait, without buttons or links.";
    ReportTitle => "国家食品安全示范城市创建自评报告", "Self-assessment report: National Food Safety Demonstration City";
    ReportDate => "报告日期", "Report date";
    LastChanged => "最后修改", "Last changed";
    Criteria => "评价细则", "Criteria";
    Summary => "总体情况", "Summary";
    GroupColumn => "大项", "Major item";
    ScoreHeader => "得分", "Score";
    MaxHeader => "满分", "Max";
    KeyItems => "关键项", "Key items";
    Floor => "下限", "Floor";
    KeyMet => "已达下限", "At or above floor";
    KeyBelow => "低于下限", "Below floor";
    KeyUnknown => "未作答", "Not answered";
    SelfTable => "自评表", "Self-assessment table";
    SummarySheet => "汇总", "Summary";
    OnlyChanged => "只看有变化的指标", "Only indicators that changed";
    Appendix => "附录：较长的说明", "Appendix: long texts";
    Subtotal => "小计", "Subtotal";
    NoRowsInGroup => "本大项没有失分指标。", "No indicator in this major item lost points.";
    ReportNeedsAssessment => "请先开始或打开一项自评。", "Start or open an assessment first.";
    ActionsIntro => "每个失分或有否决项风险的指标一项整改措施，按责任单位分组；每个单位单独成页打印。逾期未完成的措施以红色标出。", "One action per indicator that lost points or risks a veto, grouped by responsible department; each department prints on its own page. Overdue actions are marked in red.";
    PrintDepartment => "打印本单位", "Print this department";
    PrintAllDepartments => "全部单位", "All departments";
    PrintScope => "打印范围", "What to print";
    NoDepartment => "未指定责任单位", "No department given";
    NoActions => "没有需要整改的指标。", "Nothing needs corrective action.";
    ActionDone => "已完成", "Done";
    OverdueCount => "项逾期", "overdue";
    ExportXlsx => "导出 Excel（汇总、自评表、整改清单、资料目录）", "Export Excel (summary, table, action list, evidence index)";
    ExportPreparing => "正在生成 Excel…", "Preparing the Excel file…";
    ExportFailed => "导出失败：", "Export failed: ";
    ProgressIntro => "选择同一评价细则的两次自评（例如 3 月和 6 月），查看逐项变化、各大项与总分变化、否决项与结论变化，以及新消除和新出现的失分项。", "Pick two assessments of the same criteria (e.g. March and June) to see per-indicator changes, group and total changes, veto and verdict changes, and gaps closed and opened.";
    ProgressBefore => "上次自评", "Earlier assessment";
    ProgressAfter => "本次自评", "Later assessment";
    ProgressNeedTwo => "需要至少两项同一评价细则的自评。可在“我的自评”中用“复制为新自评”开始下一次自评。", "You need at least two assessments of the same criteria. In “My assessments”, “Start from this one” begins the next one.";
    ProgressSame => "请选择两项不同的自评。", "Pick two different assessments.";
    ClosedGaps => "已消除的失分项", "Gaps closed";
    OpenedGaps => "新增的失分项", "Gaps opened";
    NoneWord => "无", "None";
    ExportProgress => "导出对比表（CSV）", "Export the comparison (CSV)";
    ProgressFile => "进度对比", "progress";
    SearchLabel => "搜索指标", "Search indicators";
    SearchHint => "编号、名称或标准中的文字，如 C-02、抽检", "ID or words from a name or requirement, e.g. C-02";
    WorkedExample => "计分示例", "Worked example";
    DemoOpen => "示例市演示", "Demo city";
    DemoHeading => "示例市（虚构）", "示例市 (fictional)";
    DemoFictional => "示例市是虚构的城市，数据仅供演示和培训。在此所做的修改单独保存，不会影响您自己的自评。", "示例市 is a fictional city; its figures are for demonstration and training. Changes made here are kept apart and never touch your own assessments.";
    DemoReset => "重置示例", "Reset the demo";
    DemoCopy => "复制到“我的自评”", "Copy to my assessments";
    DemoCopied => "已复制到“我的自评”。", "Copied to my assessments.";
    DemoExit => "退出示例", "Leave the demo";
    PresentOpen => "演示模式（投影）", "Presentation mode";
    PresentClose => "退出演示（Esc）", "Leave (Esc)";
    PresentKeys => "← → 切换指标", "← → to move";
    ThisIndicator => "本项得分", "This indicator";
    StartPack => "评价细则数据包", "Criteria pack";
    PacksBroken => "以下保存在本浏览器中的数据包已无法通过校验，未被使用（数据仍保留在浏览器中）：", "These packs kept in this browser no longer pass the checks and are not used (their data stays in the browser):";
    PacksHeading => "评价细则数据包", "Criteria packs";
    PacksIntro => "持有正式评价细则的城市或省份，可下载模板（已按当前数据包预填为示例），在 Excel 中按正式细则修改后导入；导入的数据包与内置数据包经过同样的校验，保存在本浏览器中，开始自评时可选用。", "A city or province holding the official criteria can download the template (pre-filled with the pack in use), change it in Excel to match the official text and import it. Imported packs pass the same checks as the built-in one, are kept in this browser and can be chosen when starting an assessment.";
    TemplateXlsx => "下载模板（Excel）", "Download the template (Excel)";
    TemplateCsv => "下载模板（CSV，仅评价指标表）", "Download the template (CSV, indicators only)";
    TemplateFile => "评价细则模板", "criteria-template";
    PackImportFile => "导入评价细则（.xlsx、.csv 或数据包 .json）", "Import criteria (.xlsx, .csv or pack .json)";
    PackImporting => "正在读取…", "Reading…";
    PackImportFailed => "导入失败，未做任何更改。请修改以下问题后重新导入：", "Import failed; nothing was changed. Please fix these and import again:";
    PackEmbedded => "内置（依据公开资料重构）", "Built in (reconstructed from public sources)";
    PackEarlierBuiltIn => "本应用早先内置的版本（已有新版本，供此前保存的自评使用）", "Built into an earlier release (kept for assessments saved on it; a newer version is here)";
    PackOrigin => "来源", "Origin";
    ExportPackJson => "导出 JSON", "Export JSON";
    RemovePack => "移除", "Remove";
    PackEmbeddedStays => "内置细则是应用的一部分，不能移除。", "The built-in criteria are part of the app and cannot be removed.";
    MovePreview => "查看变化并迁移", "See the changes and move";
    MoveHeading => "迁移到新版本评价细则", "Move to the new criteria version";
    MoveArchiveNote => "新版本无法计分的作答将保存在本自评的“归档”中并一直显示，不会丢失。将归档的作答数：", "Answers the new version cannot score are kept in this assessment's archive and shown; nothing is lost. Answers to archive:";
    MoveConfirm => "确认迁移到", "Move to";
    MoveUndo => "撤销迁移", "Undo the move";
    ArchiveHeading => "归档的作答", "Archived answers";
    ArchiveIntro => "以下作答来自旧版本评价细则，当前版本无法计分，已原样保留：", "These answers come from an earlier criteria version the current one cannot score; they are kept as they were:";
    EditorOpen => "编辑为新版本", "Edit as a new version";
    EditorHeading => "编辑评价细则数据包", "Edit the criteria pack";
    EditorIntro => "与模板相同的表格：每次修改都立即按导入时的规则校验，错误的单元格以红框标出。保存时生成新的版本（编号不变、版本号加 1），原有版本和内置数据包不会被改动。", "The same sheets as the template: every change is checked at once by the import's rules and cells in error are outlined in red. Saving makes a new version (same id, version + 1); existing versions and the built-in pack are never changed.";
    EditorTotal => "各指标分值合计：", "Sum of indicator points:";
    EditorAddRow => "添加一行", "Add a row";
    EditorRemoveRow => "删除第", "Remove row";
    EditorValid => "校验通过，可保存为", "Valid; can be saved as";
    EditorSave => "保存为新版本", "Save as a new version";
    EarlierUnreadable => "此前无法读取的记录", "A record that could not be read earlier";
    EditorExists => "该版本已存在，未做任何更改。", "That version already exists; nothing was changed.";
    EditorOrigin => "在浏览器中编辑", "edited in the browser";
    InputProblem => "输入有误", "Input problem";
    ChunkLoading => "正在加载此功能…", "Loading this part of the tool…";
    ChunkFailed => "此功能未能加载（网络中断或服务器出错）。已填写的内容不受影响，仍保存在本浏览器中。请检查网络后重试。", "This part of the tool could not be loaded (no connection, or a server error). Nothing you entered is affected; it is still saved in this browser. Check the connection and try again.";
    ChunkRetry => "重试", "Try again";
}
