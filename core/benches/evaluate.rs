//! How long one evaluation takes: the UI re-evaluates on every keystroke, so the default pack
//! must take well under a frame (goal ≤ 20 µs natively) and a 5,000-indicator pack a city
//! might build must stay usable (goal ≤ 2 ms).
//!
//! Run with `cargo bench -p fscity-core --bench evaluate`.

#[path = "../tests/common/generate.rs"]
mod generate;

use divan::{black_box, Bencher};
use fscity_core::pack::default_pack;
use fscity_core::{evaluate, Pack};

fn main() {
    divan::main();
}

/// The default pack, half answered as a city would be mid-way through.
#[divan::bench]
fn default_pack_half_answered(bencher: Bencher) {
    let pack = default_pack().expect("default pack loads");
    let assessment = generate::assessment(&pack, 7);
    bencher.bench(|| evaluate(black_box(&pack), black_box(&assessment)));
}

/// The default pack fully answered (the golden test's assessment): no planning is needed
/// beyond the vetoes, so this is the cost of scoring alone.
#[divan::bench]
fn default_pack_fully_answered(bencher: Bencher) {
    let pack = default_pack().expect("default pack loads");
    let mut assessment = generate::assessment(&pack, 7);
    let mut rng = generate::Lcg::new(11);
    for ind in pack.indicators() {
        if assessment.answer(&ind.id).is_none() {
            assessment.set_answer(&ind.id, generate::answer(&ind.rule, &mut rng));
        }
    }
    bencher.bench(|| evaluate(black_box(&pack), black_box(&assessment)));
}

/// A generated pack of 5,000 indicators with every rule type, half answered.
#[divan::bench]
fn generated_5000_half_answered(bencher: Bencher) {
    let pack: Pack = generate::pack(5_000);
    let assessment = generate::assessment(&pack, 7);
    bencher.bench(|| evaluate(black_box(&pack), black_box(&assessment)));
}
