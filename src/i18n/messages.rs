//! The locale table: one line per interface string, Chinese first.

use fscity_core::Lang;

macro_rules! messages {
    ($($key:ident => $zh:literal, $en:literal;)*) => {
        /// An interface string key.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Msg { $($key),* }

        impl Msg {
            /// Every key, for completeness tests.
            pub const ALL: &'static [Msg] = &[$(Msg::$key),*];

            /// The text in `lang`.
            pub fn text(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $((Msg::$key, Lang::Zh) => $zh, (Msg::$key, Lang::En) => $en,)*
                }
            }
        }
    };
}

messages! {
    AppTitle => "食品安全示范城市创建自评", "Food Safety Demonstration City Self-Assessment";
    AppSubtitle => "国家食品安全示范城市评价细则 · 浏览与自评", "Evaluation criteria for National Food Safety Demonstration Cities";
    SwitchLanguage => "English", "中文";
    SwitchLanguageLabel => "切换到英文界面", "Switch the interface to Chinese";
    NoticeHeading => "重要提示：本数据包为非官方重构", "Important: this criteria pack is an unofficial reconstruction";
    NoticePointsIllustrative => "分值仅为示意，并非官方分值。每项指标均标明其出处与可信程度。", "Point values are illustrative, not official. Every indicator shows its source and how far it can be trusted.";
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
    RuleLevels => "按档次计分：选择一档，得该档分值", "By level: choose one level and earn its points";
    RuleSubItemsSum => "按评分要点计分：所达要点分值相加", "By scoring points: the points of each point met add up";
    RuleSubItemsAll => "按评分要点计分：全部达到得满分，否则不得分", "By scoring points: full points only if every point is met";
    RuleDeductions => "扣分制：从满分起，每处问题扣分，扣完为止", "Deductions: start from full points, deduct per finding, never below zero";
    PerFinding => "每处扣", "Deducted per finding";
    RuleCalculator => "计算型：输入数据，按阈值换算得分", "Calculated: enter figures; thresholds turn the result into points";
    Inputs => "输入项", "Inputs";
    Formula => "公式", "Formula";
    Thresholds => "阈值与得分", "Thresholds and points";
    BelowLowest => "低于最低阈值", "Below the lowest threshold";
    AtLeast => "≥", "≥";
    Vetoes => "否决项", "Veto items";
    VetoIntro => "任一否决项触发，无论得分多少均不通过。", "If any veto item is triggered, the city fails whatever its points.";
    VetoDeclaration => "由城市如实申报", "Declared by the city";
    VetoThreshold => "阈值", "Threshold";
    VetoUsesIndicator => "取自指标", "Uses the value of indicator";
    PassRules => "通过规则", "Pass rules";
    PassMinTotal => "总分不低于", "Total at least";
    OfTotal => "满分", "out of";
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
    TotalHelp => "总分 = 各大项得分之和。", "Total = the sum of the major items' scores.";
    TotalRebasedHelp => "有指标不适用：已从满分中扣除，总分按比例折算到满分。", "Some indicators are not applicable: they leave the maximum, and the total is rescaled to the full scale.";
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
    EvidenceEntries => "佐证材料清单", "Evidence entries";
    EvidenceTitle => "材料名称", "Title";
    EvidenceLocation => "存放位置", "Where it is kept";
    EvidenceReady => "已备齐", "Ready";
    AddEvidence => "添加佐证材料", "Add evidence";
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
    ExportTable => "导出自评表（CSV）", "Export the self-assessment table (CSV)";
    ExportActions => "导出整改清单（CSV）", "Export the action list (CSV)";
    NotApplicableShort => "不适用", "N/A";
    WarningsHeading => "注意", "Please note";
    WarningsIntro => "以下内容已保留，但当前数据包无法计分：", "These are kept but the current pack cannot score them:";
    PrivacyOnce => "数据只保存在本浏览器，不会上传。可在“我的自评”中查看保存了什么、下载备份或全部清除。", "Your data stays in this browser and is never uploaded. See “My assessments” for what is kept, backups, and clearing everything.";
    GotIt => "知道了", "Got it";
    SaveFailedBrowser => "浏览器拒绝写入。当前内容仍在页面中，请下载备份。", "The browser refused the write. Your work is still on this page; download a backup.";
    SavedAt => "已保存", "Saved";
    NotSavedYet => "尚未保存", "Not saved yet";
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
    Deleted => "已删除一项自评。", "An assessment was deleted.";
    Undo => "撤销", "Undo";
    Dismiss => "关闭提示", "Dismiss";
    PrivacyHeading => "数据只保存在本浏览器，不会上传", "Your data stays in this browser and is never uploaded";
    PrivacyText => "本工具没有服务器。自评内容保存在本浏览器的本地存储（localStorage）中，每项自评单独保存；另保存界面语言和上次打开的位置。清除浏览器数据或换一台电脑后，这些内容将不存在，请定期下载备份。", "This tool has no server. Assessments are kept in this browser's local storage (localStorage), each under its own key, together with the interface language and where you left off. Clearing browser data or using another computer loses them, so download backups regularly.";
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
    ImportFailed => "导入失败，未做任何更改：", "Import failed; nothing was changed: ";
    FileTooLarge => "文件过大，上限为 5 MB。", "The file is too large; the limit is 5 MB.";
    FileUnreadable => "无法读取该文件。", "The file could not be read.";
    ClearHeading => "清除全部数据", "Clear everything";
    ClearHelp => "删除本工具在本浏览器中保存的全部内容。此操作无法撤销，建议先下载全部备份。", "Deletes everything this tool keeps in this browser. This cannot be undone; download a full backup first.";
    ConfirmClear => "确定清除全部数据？", "Really clear everything?";
    Cleared => "已清除本工具在本浏览器中的全部数据。", "Everything this tool kept in this browser was cleared.";
    Edit => "编辑", "Edit";
    NoGaps => "没有符合条件的差距。", "No gaps match.";
    PathToPass => "达标路径", "Path to passing";
    PathAlready => "当前已达到通过条件。", "The assessment already passes.";
    PathCannot => "即使其余全部满分也无法通过：", "Even full marks everywhere else would not pass:";
    PathIntro => "完成以下事项即可通过（所需改进最少）：", "Doing the following would pass (fewest improvements):";
    PathIntroEffort => "完成以下事项即可通过（预计工作量最少）：", "Doing the following would pass (least estimated effort):";
    PathScoreAfter => "完成后总分", "Total afterwards";
    RiskVeto => "否决项风险", "Veto risk";
    RiskKey => "关键项风险", "Key-item risk";
    Unanswered => "未作答", "Unanswered";
    InputProblem => "输入有误", "Input problem";
}
