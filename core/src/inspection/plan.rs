//! The sampled plan (模拟抽点). The seed's team checked 明查 65 points in 2 districts and 1
//! county (6 街道) over 15 unit types, and 暗访 35 points in 1 district and 1 county (4 街道)
//! over 4 types; the draw went by area first, then street, then unit type
//! (evaluation-workflow §2). A rule says how many of each; the draw is seeded, so the seed
//! shown with a plan draws it again, and no point is drawn twice. Where the register has fewer
//! points of a type than asked, the plan takes what there is and says so.

use super::point::Point;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// 明查 or 暗访.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// 明查: announced, from the register.
    Open,
    /// 暗访: unannounced; reviewers may add points outside the register.
    Covert,
}

/// How much of each to draw for one mode.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModeRule {
    /// Districts (区) to draw.
    pub districts: u32,
    /// Counties (县, county-level 市, 旗) to draw.
    pub counties: u32,
    /// Streets (街道/乡镇) within them, at least one in each area drawn.
    pub streets: u32,
    /// Points per unit type (ID, count), in the order drawn.
    pub per_type: Vec<(String, u32)>,
}

/// The whole rule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanRule {
    /// 明查.
    pub open: ModeRule,
    /// 暗访.
    pub covert: ModeRule,
}

impl PlanRule {
    /// The seed's shape: 明查 65 points, 2 区 1 县, 6 街道, 15 types; 暗访 35 points, 1 区 1 县,
    /// 4 街道, 4 types. The totals, areas, streets and type counts are the seed's; how the
    /// points split among the types is not published and is fscity's guess, weighted to the
    /// kinds there are most of.
    pub fn seed_shape() -> PlanRule {
        let types =
            |list: &[(&str, u32)]| list.iter().map(|(t, n)| ((*t).to_owned(), *n)).collect();
        PlanRule {
            open: ModeRule {
                districts: 2,
                counties: 1,
                streets: 6,
                per_type: types(&[
                    ("supermarket", 6),
                    ("wholesale_market", 3),
                    ("farmers_market", 6),
                    ("stall", 4),
                    ("school_canteen", 6),
                    ("workshop", 4),
                    ("manufacturer", 5),
                    ("related_products", 3),
                    ("large_restaurant", 6),
                    ("small_restaurant", 8),
                    ("health_food_store", 3),
                    ("slaughterhouse", 3),
                    ("farm", 3),
                    ("farm_supplies", 3),
                    ("granary", 2),
                ]),
            },
            covert: ModeRule {
                districts: 1,
                counties: 1,
                streets: 4,
                per_type: types(&[
                    ("small_restaurant", 12),
                    ("stall", 8),
                    ("farmers_market", 8),
                    ("supermarket", 7),
                ]),
            },
        }
    }
}

/// What is wrong with a rule a city edited.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RuleProblem {
    /// Fewer streets than areas: every area drawn needs a street.
    FewerStreetsThanAreas {
        /// 明查 or 暗访.
        mode: Mode,
    },
    /// No points at all for a mode that draws areas.
    NoPoints {
        /// 明查 or 暗访.
        mode: Mode,
    },
}

impl crate::Localize for RuleProblem {
    fn message(&self, lang: crate::Lang) -> String {
        match self {
            RuleProblem::FewerStreetsThanAreas { mode } => crate::message::pick(
                lang,
                format!("{}：街道数不能少于区县数（每个抽中的区县至少抽一个街道）", mode.label().zh),
                format!("{}: fewer streets than districts and counties (each area drawn needs a street)", mode.label().en),
            ),
            RuleProblem::NoPoints { mode } => crate::message::pick(
                lang,
                format!("{}：抽了区县和街道，但各业态的点位数都是 0", mode.label().zh),
                format!("{}: areas and streets are drawn, but every type asks for 0 points", mode.label().en),
            ),
        }
    }
}

impl PlanRule {
    /// What is wrong with the rule; empty when it can be drawn by.
    pub fn problems(&self) -> Vec<RuleProblem> {
        let mut problems = Vec::new();
        for (mode, rule) in [(Mode::Open, &self.open), (Mode::Covert, &self.covert)] {
            let areas = rule.districts + rule.counties;
            if rule.streets < areas {
                problems.push(RuleProblem::FewerStreetsThanAreas { mode });
            }
            if areas > 0 && rule.per_type.iter().all(|(_, n)| *n == 0) {
                problems.push(RuleProblem::NoPoints { mode });
            }
        }
        problems
    }

    /// The points asked of `unit_type` in `mode`.
    pub fn count(&self, mode: Mode, unit_type: &str) -> u32 {
        self.mode(mode)
            .per_type
            .iter()
            .find(|(t, _)| t == unit_type)
            .map_or(0, |(_, n)| *n)
    }

    /// Sets the points asked of `unit_type` in `mode` (0 takes the type out).
    pub fn set_count(&mut self, mode: Mode, unit_type: &str, n: u32) {
        let per_type = &mut self.mode_mut(mode).per_type;
        match per_type.iter().position(|(t, _)| t == unit_type) {
            Some(at) if n == 0 => {
                per_type.remove(at);
            }
            Some(at) => per_type[at].1 = n,
            None if n == 0 => {}
            None => per_type.push((unit_type.to_owned(), n)),
        }
    }

    /// One mode's rule.
    pub fn mode(&self, mode: Mode) -> &ModeRule {
        match mode {
            Mode::Open => &self.open,
            Mode::Covert => &self.covert,
        }
    }

    /// One mode's rule, to change.
    pub fn mode_mut(&mut self, mode: Mode) -> &mut ModeRule {
        match mode {
            Mode::Open => &mut self.open,
            Mode::Covert => &mut self.covert,
        }
    }
}

/// Fewer than the rule asks, and how many were found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Shortfall {
    /// Not enough districts or counties with points.
    Areas {
        /// 明查 or 暗访.
        mode: Mode,
        /// Districts (true) or counties (false).
        districts: bool,
        /// Asked for.
        wanted: u32,
        /// Found.
        got: u32,
    },
    /// Not enough streets in the areas drawn.
    Streets {
        /// 明查 or 暗访.
        mode: Mode,
        /// Asked for.
        wanted: u32,
        /// Found.
        got: u32,
    },
    /// Not enough points of a type in the streets drawn.
    Points {
        /// 明查 or 暗访.
        mode: Mode,
        /// The unit type's ID.
        unit_type: String,
        /// Asked for.
        wanted: u32,
        /// Found.
        got: u32,
    },
}

/// A drawn plan: the seed that draws it again, the areas and streets, the points by number.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    /// The seed.
    pub seed: u64,
    /// The rule drawn by.
    pub rule: PlanRule,
    /// 明查: areas, streets (area, street) and point numbers, in drawing order.
    pub open: Drawn,
    /// 暗访.
    pub covert: Drawn,
    /// Where the register fell short.
    pub shortfalls: Vec<Shortfall>,
}

/// What one mode drew.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Drawn {
    /// Areas drawn.
    pub areas: Vec<String>,
    /// Streets drawn, each with its area.
    pub streets: Vec<(String, String)>,
    /// Register numbers of the points drawn.
    pub points: Vec<u32>,
}

/// A small seeded generator (SplitMix64): the same seed gives the same plan on every machine.
struct Draws(u64);

impl Draws {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Puts `items` in a random order (Fisher–Yates).
    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}

/// Whether an area is a district (区) rather than a county (县, county-level 市, 旗).
fn is_district(area: &str) -> bool {
    area.trim_end().ends_with('区')
}

/// Draws a plan from `register` by `rule` with `seed`.
pub fn draw(register: &[Point], rule: &PlanRule, seed: u64) -> Plan {
    let mut draws = Draws(seed);
    let mut taken: BTreeSet<u32> = BTreeSet::new();
    let mut shortfalls = Vec::new();
    let open = draw_mode(
        register,
        Mode::Open,
        &rule.open,
        &mut draws,
        &mut taken,
        &mut shortfalls,
    );
    let covert = draw_mode(
        register,
        Mode::Covert,
        &rule.covert,
        &mut draws,
        &mut taken,
        &mut shortfalls,
    );
    Plan {
        seed,
        rule: rule.clone(),
        open,
        covert,
        shortfalls,
    }
}

fn draw_mode(
    register: &[Point],
    mode: Mode,
    rule: &ModeRule,
    draws: &mut Draws,
    taken: &mut BTreeSet<u32>,
    shortfalls: &mut Vec<Shortfall>,
) -> Drawn {
    let areas: BTreeSet<&str> = register.iter().map(|p| p.area.as_str()).collect();
    let mut areas_drawn: Vec<String> = Vec::new();
    for (districts, wanted) in [(true, rule.districts), (false, rule.counties)] {
        let mut pool: Vec<&str> = areas
            .iter()
            .copied()
            .filter(|a| is_district(a) == districts)
            .collect();
        draws.shuffle(&mut pool);
        let got = pool.len().min(wanted as usize);
        if got < wanted as usize {
            shortfalls.push(Shortfall::Areas {
                mode,
                districts,
                wanted,
                got: got as u32,
            });
        }
        areas_drawn.extend(pool[..got].iter().map(|a| (*a).to_owned()));
    }
    // One street in each area drawn first, then the rest from all their streets.
    let mut streets_drawn: Vec<(String, String)> = Vec::new();
    let mut rest: Vec<(String, String)> = Vec::new();
    for area in &areas_drawn {
        let mut pool: Vec<(String, String)> = register
            .iter()
            .filter(|p| &p.area == area)
            .map(|p| p.street.as_str())
            .collect::<BTreeSet<&str>>()
            .into_iter()
            .map(|street| (area.clone(), street.to_owned()))
            .collect();
        draws.shuffle(&mut pool);
        if (streets_drawn.len() as u32) < rule.streets && !pool.is_empty() {
            streets_drawn.push(pool.remove(0));
        }
        rest.extend(pool);
    }
    draws.shuffle(&mut rest);
    let room = (rule.streets as usize).saturating_sub(streets_drawn.len());
    let more = rest.len().min(room);
    streets_drawn.extend(rest.drain(..more));
    if streets_drawn.len() < rule.streets as usize {
        shortfalls.push(Shortfall::Streets {
            mode,
            wanted: rule.streets,
            got: streets_drawn.len() as u32,
        });
    }
    // The points of the streets drawn by type, in register order, in one pass: a register of
    // thousands of points is not walked again for every type.
    let on_streets: BTreeSet<(&str, &str)> = streets_drawn
        .iter()
        .map(|(a, s)| (a.as_str(), s.as_str()))
        .collect();
    let mut by_type: BTreeMap<&str, Vec<u32>> = BTreeMap::new();
    for p in register {
        if on_streets.contains(&(p.area.as_str(), p.street.as_str())) {
            by_type.entry(&p.unit_type).or_default().push(p.number);
        }
    }
    let mut points = Vec::new();
    for (unit_type, wanted) in &rule.per_type {
        let mut pool: Vec<u32> = by_type
            .get(unit_type.as_str())
            .into_iter()
            .flatten()
            .copied()
            .filter(|n| !taken.contains(n))
            .collect();
        draws.shuffle(&mut pool);
        let got = pool.len().min(*wanted as usize);
        if got < *wanted as usize {
            shortfalls.push(Shortfall::Points {
                mode,
                unit_type: unit_type.clone(),
                wanted: *wanted,
                got: got as u32,
            });
        }
        for number in &pool[..got] {
            taken.insert(*number);
            points.push(*number);
        }
    }
    Drawn {
        areas: areas_drawn,
        streets: streets_drawn,
        points,
    }
}

/// What one mode of a plan covers, for a report's sentence.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Coverage {
    /// Points drawn.
    pub points: usize,
    /// Districts drawn.
    pub districts: usize,
    /// Counties drawn.
    pub counties: usize,
    /// Streets drawn.
    pub streets: usize,
    /// Unit types among the points.
    pub types: usize,
}

impl Drawn {
    /// What this mode covers, its points looked up in `register`.
    pub fn coverage(&self, register: &[Point]) -> Coverage {
        let types: BTreeSet<&str> = self
            .points
            .iter()
            .filter_map(|n| register.iter().find(|p| p.number == *n))
            .map(|p| p.unit_type.as_str())
            .collect();
        Coverage {
            points: self.points.len(),
            districts: self.areas.iter().filter(|a| is_district(a)).count(),
            counties: self.areas.iter().filter(|a| !is_district(a)).count(),
            streets: self.streets.len(),
            types: types.len(),
        }
    }
}

impl Plan {
    /// "明查 65 个点位（2 区 1 县，6 个街道，15 类单位）；暗访 35 个点位（1 区 1 县，4 个街道，4 类单位）".
    pub fn summary(&self, register: &[Point], lang: crate::Lang) -> String {
        let part = |mode: Mode, c: Coverage| {
            let Coverage {
                points,
                districts,
                counties,
                streets,
                types,
            } = c;
            match lang {
                crate::Lang::Zh => format!(
                    "{} {points} 个点位（{districts} 区 {counties} 县，{streets} 个街道，{types} 类单位）",
                    mode.label().zh
                ),
                crate::Lang::En => format!(
                    "{} {points} points ({districts} districts, {counties} counties, {streets} streets, {types} unit types)",
                    mode.label().en
                ),
            }
        };
        let separator = if lang == crate::Lang::Zh { "；" } else { "; " };
        [Mode::Open, Mode::Covert]
            .map(|m| part(m, self.drawn(m).coverage(register)))
            .join(separator)
    }
}

impl Plan {
    /// The 初评报告's sentence on the plan, worded as the seed's report words it: "现场检查共抽查
    /// 100 个点位，其中明查 2 区 1 县 6 个街道，覆盖 15 类单位 65 个点位；暗访 1 区 1 县 4 个街道，
    /// 覆盖 4 类单位 35 个点位。" (a mode with no area drawn is left out).
    pub fn report_sentence(&self, register: &[Point], lang: crate::Lang) -> String {
        let modes = [Mode::Open, Mode::Covert].map(|m| (m, self.drawn(m).coverage(register)));
        let total: usize = modes.iter().map(|(_, c)| c.points).sum();
        let parts: Vec<String> = modes
            .iter()
            .filter(|(_, c)| c.points > 0)
            .map(|(mode, c)| match lang {
                crate::Lang::Zh => format!(
                    "{} {} 区 {} 县 {} 个街道，覆盖 {} 类单位 {} 个点位",
                    mode.label().zh,
                    c.districts,
                    c.counties,
                    c.streets,
                    c.types,
                    c.points
                ),
                crate::Lang::En => format!(
                    "{} {} of {} in {} of {} and {}",
                    mode.label().en.to_lowercase(),
                    counted(c.points, "point", "points"),
                    counted(c.types, "unit type", "unit types"),
                    counted(c.streets, "street", "streets"),
                    counted(c.districts, "district", "districts"),
                    counted(c.counties, "county", "counties"),
                ),
            })
            .collect();
        match lang {
            crate::Lang::Zh => format!("现场检查共抽查 {total} 个点位，其中{}。", parts.join("；")),
            crate::Lang::En => format!(
                "The on-site inspection checked {total} points: {}.",
                parts.join("; ")
            ),
        }
    }

    /// The points drawn for `mode`.
    pub fn drawn(&self, mode: Mode) -> &Drawn {
        match mode {
            Mode::Open => &self.open,
            Mode::Covert => &self.covert,
        }
    }
}

/// "1 county", "2 counties".
fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl Mode {
    /// Display name.
    pub fn label(self) -> crate::Text {
        match self {
            Mode::Open => crate::Text::new("明查", "Announced"),
            Mode::Covert => crate::Text::new("暗访", "Unannounced"),
        }
    }
}

impl Shortfall {
    /// What fell short, with unit types named from `types`.
    pub fn message(&self, types: &super::unit_types::UnitTypes, lang: crate::Lang) -> String {
        let zh = lang == crate::Lang::Zh;
        match self {
            Shortfall::Areas {
                mode,
                districts,
                wanted,
                got,
            } => {
                let m = mode.label();
                match (zh, districts) {
                    (true, true) => format!(
                        "{}：点位库中有点位的区只有 {got} 个（规则要求 {wanted} 个）",
                        m.zh
                    ),
                    (true, false) => format!(
                        "{}：点位库中有点位的县只有 {got} 个（规则要求 {wanted} 个）",
                        m.zh
                    ),
                    (false, true) => format!(
                        "{}: the register has points in {got} districts ({wanted} asked)",
                        m.en
                    ),
                    (false, false) => format!(
                        "{}: the register has points in {got} counties ({wanted} asked)",
                        m.en
                    ),
                }
            }
            Shortfall::Streets { mode, wanted, got } => {
                let m = mode.label();
                if zh {
                    format!(
                        "{}：所抽区县只有 {got} 个街道（规则要求 {wanted} 个）",
                        m.zh
                    )
                } else {
                    format!(
                        "{}: the areas drawn have {got} streets ({wanted} asked)",
                        m.en
                    )
                }
            }
            Shortfall::Points {
                mode,
                unit_type,
                wanted,
                got,
            } => {
                let m = mode.label();
                let name = types.get(unit_type).map_or(unit_type.as_str(), |t| {
                    if zh {
                        t.name.zh.as_str()
                    } else {
                        t.name.en.as_str()
                    }
                });
                if zh {
                    format!(
                        "{}：所抽街道的{name}只有 {got} 个（规则要求 {wanted} 个），已全部抽取",
                        m.zh
                    )
                } else {
                    format!("{}: the streets drawn have {got} of type {name} ({wanted} asked); all are in the plan", m.en)
                }
            }
        }
    }
}
