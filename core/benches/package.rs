//! How long the evidence package's views take at the seed's scale (more than 5,000 documents):
//! the 资料目录 and the per-department list are rebuilt whenever the view is opened or the
//! language changes, so each must stay well under the 100 ms issue 17 allows for opening and
//! filtering in the browser.
//!
//! Run with `cargo bench -p fscity-core --bench package`.

#[path = "../tests/common/generate.rs"]
mod generate;

use divan::{black_box, Bencher};
use fscity_core::export::{box_labels, due_by_department, package_index};
use fscity_core::pack::default_pack;
use fscity_core::Lang;

fn main() {
    divan::main();
}

/// The 资料目录 of 5,000 items over the default pack.
#[divan::bench]
fn index_of_5000_items(bencher: Bencher) {
    let pack = default_pack().expect("default pack loads");
    let a = generate::package(&pack, 5_000);
    bencher.bench(|| package_index(black_box(&pack), black_box(&a), Lang::Zh));
}

/// What each of ten departments must still supply, out of 5,000 items.
#[divan::bench]
fn due_by_department_of_5000_items(bencher: Bencher) {
    let pack = default_pack().expect("default pack loads");
    let a = generate::package(&pack, 5_000);
    bencher.bench(|| due_by_department(black_box(&pack), black_box(&a), Lang::Zh));
}

/// The box labels of 5,000 items in 125 boxes.
#[divan::bench]
fn box_labels_of_5000_items(bencher: Bencher) {
    let pack = default_pack().expect("default pack loads");
    let a = generate::package(&pack, 5_000);
    bencher.bench(|| box_labels(black_box(&pack), black_box(&a), Lang::Zh));
}
