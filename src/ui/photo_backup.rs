//! A backup whose 现场检查 findings have photos is downloaded as a .zip — the JSON backup, the
//! photos read back from the photo store and a manifest — packed by the writer worker. A chunk
//! of its own, so the photo store and the packing reach no first visit. When a photo is not on
//! this device or the packing fails, the plain JSON backup is downloaded instead and the person
//! is told: a backup is never withheld.

use crate::i18n::{use_lang, InspectionWords as W};
use crate::io::{download::download_bytes, photos, xlsx::photo_bundle};
use crate::persist::BackupFile;
use fscity_core::{Localize, Text};
use leptos::prelude::*;

crate::ui::lazy::chunk!(
    /// Packing a backup with photos: fetched the first time one is downloaded.
    pub mod photo_backup_chunk: BackupFile = |file| view! { <PhotoBackup file/> }.into_any()
);

#[derive(Clone, Debug, PartialEq)]
enum Packing {
    Working,
    Done(usize),
    Missing(usize),
    Failed(Text),
}

/// Packs `file` with its photos and downloads it, saying how it went.
#[component]
pub fn PhotoBackup(file: BackupFile) -> impl IntoView {
    let lang = use_lang();
    let state = RwSignal::new(Packing::Working);
    leptos::task::spawn_local(async move {
        let value: serde_json::Value = serde_json::from_str(&file.json).unwrap_or_default();
        let mut kept = Vec::new();
        let mut missing = 0;
        for id in fscity_xlsx::bundle::photo_ids(&value) {
            match photos::bytes(&id).await {
                Some(bytes) => kept.push((id, bytes)),
                None => missing += 1,
            }
        }
        if missing > 0 {
            file.offer();
            state.try_set(Packing::Missing(missing));
            return;
        }
        match photo_bundle(&file.json, &kept).await {
            Ok(bytes) => {
                let name = file.name.trim_end_matches(".json").to_owned() + ".zip";
                download_bytes(&name, "application/zip", &bytes);
                state.try_set(Packing::Done(kept.len()));
            }
            Err(why) => {
                file.offer();
                state.try_set(Packing::Failed(why.text()));
            }
        }
    });
    move || {
        let lang = lang.get();
        let (alert, text) = match state.get() {
            Packing::Working => (false, W::ZipWorking.text(lang).to_owned()),
            Packing::Done(n) => (false, format!("{}{n}", W::ZipDone.text(lang))),
            Packing::Missing(n) => (true, format!("{}{n}", W::ZipMissing.text(lang))),
            Packing::Failed(why) => (
                true,
                format!("{}{}", W::ZipFailed.text(lang), why.get(lang)),
            ),
        };
        view! {
            <p role=if alert { "alert" } else { "status" } class:warning=alert data-testid="zip-status">{text}</p>
        }
    }
}
