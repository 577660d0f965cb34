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
}
