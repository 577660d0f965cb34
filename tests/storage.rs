//! Browser tests of the storage adapter and the persistence layer against the real
//! localStorage of headless Chromium: namespaces, quota, corrupt records.

use fscity::persist::Persistence;
use fscity::storage::{Fault, Store};
use fscity::store::AssessmentStore;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Fills localStorage until it refuses, with keys outside any fscity namespace.
fn fill_storage() {
    let storage = local_storage();
    let big = "x".repeat(512 * 1024);
    let mut i = 0;
    while storage.set_item(&format!("filler.big.{i}"), &big).is_ok() {
        i += 1;
    }
    let small = "x".repeat(1024);
    let mut j = 0;
    while storage
        .set_item(&format!("filler.small.{j}"), &small)
        .is_ok()
    {
        j += 1;
    }
}

/// Runs `body` with an assessment store and persistence over the default pack under
/// `namespace`, inside a reactive owner, on a clean localStorage.
fn with_persistence(
    namespace: &str,
    body: impl FnOnce(Arc<fscity_core::Pack>, AssessmentStore, Persistence),
) {
    local_storage().clear().unwrap();
    let _ = any_spawner::Executor::init_wasm_bindgen(); // effects need an executor outside a mounted app
    Owner::new().with(|| {
        let pack = Arc::new(fscity_core::pack::default_pack().unwrap());
        let assessments = AssessmentStore::new(pack.clone());
        let persistence = Persistence::start(namespace, assessments);
        body(pack, assessments, persistence);
    });
}

#[wasm_bindgen_test]
fn namespaces_keep_their_keys_apart() {
    local_storage().clear().unwrap();
    let a = Store::open("site-a");
    let b = Store::open("site-b");
    assert!(a.is_available());
    a.set("x", "from a").unwrap();
    b.set("x", "from b").unwrap();
    assert_eq!(a.get("x").as_deref(), Some("from a"));
    assert_eq!(b.get("x").as_deref(), Some("from b"));
    a.clear_namespace();
    assert_eq!(a.get("x"), None);
    assert_eq!(
        b.get("x").as_deref(),
        Some("from b"),
        "clearing one namespace leaves the other"
    );
    assert_eq!(b.names_with_prefix(""), ["x"]);
}

#[wasm_bindgen_test]
fn a_full_quota_is_reported_and_the_old_value_stays_whole() {
    local_storage().clear().unwrap();
    let store = Store::open("fscity-test");
    store.set("record", "the saved copy").unwrap();
    fill_storage();
    let bigger = "y".repeat(256 * 1024);
    assert_eq!(store.set("record", &bigger), Err(Fault::QuotaExceeded));
    assert_eq!(store.get("record").as_deref(), Some("the saved copy"));
    local_storage().clear().unwrap();
}

#[wasm_bindgen_test]
fn an_unavailable_store_refuses_politely() {
    let store = Store::unavailable("fscity-test");
    assert!(!store.is_available());
    assert_eq!(store.set("x", "y"), Err(Fault::Unavailable));
    assert_eq!(store.get("x"), None);
    assert!(store.names_with_prefix("").is_empty());
}

#[wasm_bindgen_test]
fn corrupt_records_are_quarantined_and_the_others_load() {
    with_persistence("ns1", |pack, assessments, first| {
        first.create("好市", "一", assessments);
        local_storage()
            .set_item("ns1.a.broken", "{ not json")
            .unwrap();
        local_storage()
            .set_item("ns1.a.alien", r#"{"rows":[1,2,3]}"#)
            .unwrap();

        let again = Persistence::start("ns1", AssessmentStore::new(pack));
        let listed: Vec<String> = again
            .list
            .get_untracked()
            .into_iter()
            .map(|l| l.city)
            .collect();
        assert_eq!(listed, ["好市"]);
        let quarantined = again.quarantined.get_untracked();
        assert_eq!(quarantined.len(), 2);
        assert!(quarantined.iter().any(|q| q.raw == "{ not json"));
        assert_eq!(
            local_storage().get_item("ns1.a.broken").unwrap(),
            None,
            "moved aside, not left in the list"
        );
        let kept = (0..local_storage().length().unwrap())
            .filter_map(|i| local_storage().key(i).unwrap())
            .filter(|k| k.starts_with("ns1.quarantine."))
            .count();
        assert_eq!(kept, 2, "the raw text is kept under quarantine keys");
    });
}

#[wasm_bindgen_test]
fn a_save_that_hits_the_quota_keeps_the_previous_copy() {
    with_persistence("ns2", |_pack, assessments, p| {
        p.create("好市", "一", assessments);
        let id = p.open_id.get_untracked().unwrap();
        let before = local_storage()
            .get_item(&format!("ns2.a.{id}"))
            .unwrap()
            .unwrap();
        fill_storage();
        assessments.edit_entry("B-01", |e| e.notes = "很长".repeat(100_000));
        p.save_now(assessments);
        assert!(matches!(
            p.status.get_untracked(),
            fscity::persist::SaveStatus::Failed(Fault::QuotaExceeded)
        ));
        assert_eq!(
            local_storage()
                .get_item(&format!("ns2.a.{id}"))
                .unwrap()
                .unwrap(),
            before
        );
        assert!(
            assessments.assessment.get_untracked().unwrap().entries["B-01"]
                .notes
                .len()
                > 100_000,
            "the work stays in memory"
        );
    });
}

/// The page's linear memory in bytes (it grows in 64 KiB pages and never shrinks).
fn memory_bytes() -> u32 {
    use wasm_bindgen::JsCast;
    wasm_bindgen::memory()
        .unchecked_into::<js_sys::WebAssembly::Memory>()
        .buffer()
        .unchecked_into::<js_sys::ArrayBuffer>()
        .byte_length()
}

#[wasm_bindgen_test]
fn importing_and_discarding_twenty_packs_frees_them() {
    use fscity::packs::{Origin, PackShelf, RemoveError};
    local_storage().clear().unwrap();
    Owner::new().with(|| {
        let default = Arc::new(fscity_core::pack::default_pack().unwrap());
        let json_len = serde_json::to_string(&*default).unwrap().len() as u32;
        let shelf = PackShelf::open("mem", default.clone());
        let cycle = |n: usize| {
            let mut pack = (*default).clone();
            pack.id = format!("imported-{n}");
            let origin = Origin::imported(format!("细则-{n}.xlsx"), "2026-12-02T10:00:00Z".into());
            let version = pack.version;
            let added = shelf.add(pack, origin).unwrap();
            let kept = Arc::downgrade(&added);
            drop(added);
            // A pack that an assessment answers stays; an unused one goes.
            assert!(matches!(
                shelf.remove(&format!("imported-{n}"), version, 2),
                Err(RemoveError::InUse { assessments: 2 })
            ));
            shelf.remove(&format!("imported-{n}"), version, 0).unwrap();
            kept
        };
        for n in 0..3 {
            cycle(n);
        }
        let before = memory_bytes();
        for n in 3..23 {
            let pack = cycle(n);
            assert!(
                pack.upgrade().is_none(),
                "pack {n} is still alive after discarding"
            );
        }
        let grown = memory_bytes() - before;
        // Twenty kept packs would take several times their JSON text; freed ones leave the
        // memory where the first few cycles put it.
        assert!(
            grown < 3 * json_len,
            "memory grew {grown} bytes over 20 packs of {json_len}"
        );
        assert_eq!(
            shelf.packs.get_untracked().len(),
            1,
            "only the embedded pack is left"
        );
        assert!(local_storage()
            .get_item("mem.pack.imported-5@1")
            .unwrap()
            .is_none());
        assert!(matches!(
            shelf.remove(&default.id, default.version, 0),
            Err(RemoveError::Embedded)
        ));
    });
}
