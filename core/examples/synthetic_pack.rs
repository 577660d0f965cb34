//! Writes the generated pack used by the benchmarks as JSON, for the browser benchmark build:
//! `cargo run -p fscity-core --example synthetic_pack -- 5000 > pack.json`.

#[path = "../tests/common/generate.rs"]
mod generate;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(5000);
    let pack = generate::pack(n);
    println!(
        "{}",
        serde_json::to_string(&pack).expect("a pack serialises")
    );
}
