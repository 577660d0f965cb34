//! Fuzz target: reading saved data must never panic, whatever the bytes.
//!
//! Every input is read as a localStorage record and as an import (with the default pack
//! known). When it is JSON, every migration chain is also run on it from each version, so the
//! steps meet shapes the readers would refuse earlier.

#![no_main]

use fscity_core::pack::default_pack;
use fscity_core::saved::migrate::migrate;
use fscity_core::saved::{read_import, read_record};
use fscity_core::{Lang, Localize, Pack};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn pack() -> &'static Pack {
    static PACK: OnceLock<Pack> = OnceLock::new();
    PACK.get_or_init(|| default_pack().expect("the default pack loads"))
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    // Writing back what was read is exercised too, but not compared: figures above 2^53
    // millionths do not survive `Decimal`'s float conversion (a known FIXME in decimal.rs).
    match read_record(&text) {
        Ok(saved) => {
            let _ = read_record(&saved.to_json());
        }
        Err(error) => {
            let _ = error.message(Lang::Zh);
            let _ = error.message(Lang::En);
        }
    }
    match read_import(&text, &[pack()]) {
        Ok(import) => {
            for note in &import.notes {
                let _ = note.message(Lang::Zh);
                let _ = note.message(Lang::En);
            }
        }
        Err(error) => {
            let _ = error.message(Lang::Zh);
            let _ = error.message(Lang::En);
        }
    }
    if let Ok(doc) = serde_json::from_str::<serde_json::Value>(&text) {
        for from in 0..=3 {
            if let Err(error) = migrate(doc.clone(), from) {
                let _ = error.message(Lang::En);
            }
        }
    }
});
