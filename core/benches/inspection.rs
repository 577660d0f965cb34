//! 现场检查 at scale (issue 18: a 5,000-point register imports in under 2 s and a 100-point plan
//! draws in under 50 ms at 1× CPU): reading a 5,000-row register sheet, drawing the seed's plan
//! from it, and rolling 100 checked points up into the indicators. Native figures; the browser's
//! (import to screen, draw to screen) are in `scripts/bench-browser.mjs`.
//!
//! Run with `cargo bench -p fscity-core --bench inspection`.

use divan::{black_box, Bencher};
use fscity_core::inspection::{
    draw, read_register, roll_up, Finding, Inspection, PlanRule, SheetPack, Visit,
};
use fscity_core::pack::default_pack;
use fscity_core::sheet_pack::csv::parse_csv;

fn main() {
    divan::main();
}

/// A register of `size` points in 5 areas of 4 streets each, every 业态 in turn.
fn register_csv(size: usize) -> String {
    let types = SheetPack::shipped(&default_pack().expect("default pack loads")).unit_types;
    let areas = ["东区", "西区", "仁和区", "米易县", "盐边县"];
    let mut csv = String::from("区县,街道/乡镇,业态,单位名称,地址,负责人/联系电话,包保单位\n");
    for n in 0..size {
        let area = areas[n % 5];
        let street = (n >> 3) % 4 + 1;
        let kind = &types[n % types.len()].name.zh;
        csv.push_str(&format!(
            "{area},{area}第{street}街道,{kind},单位{n},{area}人民路{n}号,张 13800000000,{area}市场监管局\n"
        ));
    }
    csv
}

/// The file's cells to the points, 5,000 rows.
#[divan::bench]
fn read_a_register_of_5000(bencher: Bencher) {
    let types = SheetPack::shipped(&default_pack().expect("default pack loads")).types();
    let csv = register_csv(5_000);
    bencher.bench(|| {
        let sheet = parse_csv(black_box(&csv), "点位").expect("a table");
        read_register(&sheet, &types).expect("reads")
    });
}

/// The seed's 100-point plan from 5,000 points.
#[divan::bench]
fn draw_100_from_5000(bencher: Bencher) {
    let types = SheetPack::shipped(&default_pack().expect("default pack loads")).types();
    let sheet = parse_csv(&register_csv(5_000), "点位").expect("a table");
    let points = read_register(&sheet, &types).expect("reads").points;
    let rule = PlanRule::seed_shape();
    bencher.bench(|| draw(black_box(&points), &rule, 2023));
}

/// 100 points checked, each with a finding on its sheet's first item, rolled up.
#[divan::bench]
fn roll_up_100_points(bencher: Bencher) {
    let pack = default_pack().expect("default pack loads");
    let sheets = SheetPack::shipped(&pack);
    let sheet = parse_csv(&register_csv(5_000), "点位").expect("a table");
    let points = read_register(&sheet, &sheets.types())
        .expect("reads")
        .points;
    let plan = draw(&points, &PlanRule::seed_shape(), 2023);
    let visits = plan
        .open
        .points
        .iter()
        .chain(&plan.covert.points)
        .filter_map(|n| {
            let point = &points[*n as usize - 1];
            let sheet = sheets.sheet_for(&point.unit_type)?;
            Some(Visit {
                point: *n,
                sheet: sheet.id.clone(),
                findings: vec![Finding {
                    item: sheet.items.first()?.id.clone(),
                    option: None,
                    count: 1,
                    note: String::new(),
                    photos: Vec::new(),
                }],
                note: String::new(),
            })
        })
        .collect();
    let inspection = Inspection {
        register: points.into(),
        plan: Some(plan),
        visits,
        ..Inspection::default()
    };
    bencher.bench(|| roll_up(black_box(&sheets), &pack, black_box(&inspection)));
}
