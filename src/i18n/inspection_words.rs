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
    ReplaceAsk => "导入将替换现有点位库，并作废已抽取的方案。继续吗？", "Importing replaces the register here and discards the plan drawn from it. Continue?";
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
    BadSeed => "种子应为 0 至 18446744073709551615 的整数", "The seed is a whole number from 0 to 18446744073709551615";
}
