//! The words of the 满意度、知晓率 rehearsal: read only by its chunk.

use super::table::messages;
use fscity_core::Lang;

messages! {
    PollWords;
    Intro => "用本市自己的问卷测评演练群众满意度、创建知晓率和支持率：看清样本能说明什么，离 80 分、85 % 还差多少把握。国家测评的题目和计分方法没有正式公布，以下问卷按公开报道整理，可信度逐题标明。", "Rehearse satisfaction, awareness and support with the city's own poll: see what the sample can say and how sure it is to reach 80 points and 85 %. The national survey's questions and formula are not formally published; this questionnaire is arranged from public reports, each question's confidence stated.";
    Questionnaire => "问卷", "Questionnaire";
    Score => "分值", "score";
    NoScore => "不计分", "not scored";
    Feeds => "计入：", "Feeds: ";
    HeaderCsv => "下载问卷星表头（CSV）", "Download a header for 问卷星 (CSV)";
    HeaderFile => "fscity-问卷表头", "fscity-poll-header";
    Planner => "样本量", "Sample size";
    Margin => "允许误差（±百分点）", "Margin (± points)";
    Level => "置信水平", "Confidence";
    Population => "常住人口（可不填）", "Resident population (optional)";
    Expected => "预计比例（%）", "Expected share (%)";
    Needed => "需要答卷：", "Answers needed: ";
    Answers => "份", "";
    HaveAnswers => "已有答卷份数", "Answers you have";
    MarginIs => "误差约 ±", "Margin about ±";
    Points => " 个百分点", " points";
    BadMargin => "误差应为 0.1 至 50 之间的数", "The margin is a number from 0.1 to 50";
    BadShare => "预计比例应为 0 至 100 之间的数", "The expected share is a number from 0 to 100";
    BadCount => "请输入正整数", "Enter a whole number above 0";
    Import => "导入答卷（Excel 或 CSV）", "Import responses (Excel or CSV)";
    Reading => "正在读取…", "Reading…";
    Preview => "预览：答卷只在本页计算，不保存；保存、多次测评对比和计入 B-16、B-17 将在后续版本提供。", "Preview: the responses are computed on this page and not kept; keeping polls, comparing them and applying them to B-16 and B-17 come in a later version.";
    Read => "已读取答卷：", "Responses read: ";
    NotCounted => "未计入的行：", "Rows not counted: ";
    Blank => "空行：", "Blank rows: ";
    Dropped => "以下列像是个人信息，未读取、未保存：", "These columns look like personal data and were neither read nor kept: ";
    Unanswered => "没有找到对应列的题目：", "Questions no column answers: ";
    Mapped => "列的对应：", "Columns used: ";
    District => "区县", "District";
    Count => "答卷数", "Responses";
    NoDistrict => "（未填区县）", "(no district)";
    MoreProblems => "另有问题未列出：", "Further problems not listed: ";
    NotATable => "文件中没有可读取的表格。", "The file holds no table to read.";
}
