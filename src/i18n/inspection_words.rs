//! The words of 现场检查 rehearsal (the register and the sampled plan): read only by its chunk.

use super::table::messages;
use fscity_core::Lang;

messages! {
    InspectionWords;
    Title => "现场检查演练", "On-site inspection rehearsal";
    Intro => "导入本市的点位库（Excel 或 CSV：区县、街道/乡镇、业态、单位名称、地址、负责人/联系电话、包保单位，可选经度、纬度），按省级评审的方式模拟抽点：先抽区县，再抽街道，再按业态抽点位。默认规则按攀枝花省级初评：明查 2 区 1 县 6 个街道 65 个点位、暗访 1 区 1 县 4 个街道 35 个点位；各业态的点位数为推断。", "Import the city's register of points (Excel or CSV: 区县, 街道/乡镇, 业态, 单位名称, 地址, 负责人/联系电话, 包保单位, optional 经度, 纬度) and draw a plan as the provincial team does: areas, then streets, then points per type. The default rule follows the Panzhihua review: announced, 65 points in 2 districts and 1 county (6 streets); unannounced, 35 points in 1 district and 1 county (4 streets); the split among types is inferred.";
    ImportRegister => "导入点位库", "Import the register";
    Reading => "正在读取…", "Reading…";
    Imported => "已导入点位：", "Points imported: ";
    NothingChanged => "点位库有以下问题，未导入，原有点位未改动：", "The register has these problems; nothing was imported and the points already here are unchanged:";
    UnknownType => "以下业态不在业态表中，已按原文保留：", "These types are not on the type list and are kept as written: ";
    ReplaceAsk => "导入将替换现有点位库，并作废已抽取的方案和已记录的检查结果。继续吗？", "Importing replaces the register here and discards the plan drawn from it and the checks recorded on it. Continue?";
    NoRegister => "还没有点位库。", "No register yet.";
    RegisterSize => "点位库：", "Register: ";
    Points => "个点位", "points";
    Seed => "抽取种子", "Draw seed";
    SeedHelp => "同一种子、同一点位库总能抽出同一方案；换一个种子即重新抽取。", "The same seed and register always draw the same plan; another seed draws anew.";
    Draw => "抽取点位", "Draw the plan";
    RedrawAsk => "重新抽取将替换当前方案（已打印的路线单将不再对应）。继续吗？", "Drawing again replaces the current plan (printed route sheets will no longer match). Continue?";
    Shortfalls => "点位库不足之处：", "Where the register falls short: ";
    Area => "区县", "District";
    Street => "街道/乡镇", "Street";
    Type => "业态", "Type";
    Name => "单位名称", "Name";
    Address => "地址", "Address";
    Contact => "负责人/联系电话", "Contact";
    Assigned => "包保单位", "Assigned unit";
    RouteSheet => "检查路线单", "Route sheet";
    SeedUsed => "种子", "seed";
    Recording => "现场记录", "Recording on site";
    RecordingHelp => "按方案顺序逐个点位检查：点开点位，按检查表逐项选择“符合”或发现的问题（可记次数和说明）。发现的问题按各检查项对应的指标扣分，指标得分随之更新。离线也可记录，内容保存在本机。", "Check the plan's points in order: open a point and, item by item, choose 符合 or the finding (with a count and a note). Findings deduct from the indicator each item is keyed to, and its score updates. Works offline; everything stays on this device.";
    NoPlan => "先抽取点位，再逐个记录。", "Draw a plan first, then record each point.";
    NotChecked => "未检查", "Not checked";
    CheckedClean => "已检查，未发现问题", "Checked, no findings";
    FindingsAt => "发现问题：", "Findings: ";
    OutsidePlan => "不在当前方案中（已记录的检查保留）", "Not in the current plan (its recorded check is kept)";
    BackToPoints => "返回点位列表", "Back to the points";
    Compliant => "符合", "Compliant";
    NotCompliant => "不符合", "Not compliant";
    KeyItem => "关键项", "key item";
    ItemPoints => "分", "points";
    Scores => "计入指标", "Scores";
    Times => "次数", "Times";
    Fewer => "减少一次", "One fewer";
    More => "增加一次", "One more";
    FindingNote => "问题说明", "What was found";
    PointNote => "其他问题", "Other problems";
    Done => "完成本点位", "Done with this point";
    NoSheet => "此业态没有检查表，不能记录。可在点位库中改正业态。", "There is no check sheet for this type, so it cannot be recorded. Correct the type in the register.";
    SheetProvenance => "检查表来源：", "Sheet basis: ";
    BadSheets => "现场检查表与当前评价细则不匹配，无法记录：", "The check sheets do not match the criteria in use, so nothing can be recorded: ";
    Unreadable => "本评价中的现场检查记录无法读取（可能被手工修改），为免覆盖，此处不作改动。", "The inspection record in this assessment cannot be read (perhaps edited by hand); nothing is changed here so it is not overwritten.";
    BadSeed => "种子应为 0 至 18446744073709551615 的整数", "The seed is a whole number from 0 to 18446744073709551615";
}
