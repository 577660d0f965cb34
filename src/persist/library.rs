//! The list of assessments kept in this browser and what can be done with them: open, create,
//! rename, duplicate, delete (with undo), import, export, clear.

use super::listing::{Listed, Quarantined};
use super::persistence::{Persistence, APP_VERSION};
use super::save_status::SaveStatus;
use crate::storage::Fault;
use crate::store::{now, AssessmentStore};
use fscity_core::saved::sync::{quarantine_name, TabCopy};
use fscity_core::saved::{assessment_json, read_import, read_record, Backup, SavedAssessment};
use fscity_core::{evaluate, Assessment, Lang, Localize, Pack, Text};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// What opening a record found.
#[derive(Clone, Debug, PartialEq)]
pub enum Opened {
    /// It answers this workspace's pack and is open.
    Here,
    /// It answers another pack (or another revision); nothing was changed.
    OtherPack(Box<SavedAssessment>),
    /// It is gone or unreadable.
    Gone,
}

/// A backup ready to download: a file name and its JSON.
#[derive(Clone, Debug, PartialEq)]
pub struct BackupFile {
    /// File name, e.g. `fscity-示例市-20261128-143205.json`.
    pub name: String,
    /// The self-describing JSON.
    pub json: String,
}

impl BackupFile {
    fn of_record(saved: &SavedAssessment) -> BackupFile {
        BackupFile {
            name: format!(
                "fscity-{}-{}.json",
                file_safe(&saved.assessment.city),
                crate::io::download::stamp(&now())
            ),
            json: saved.to_json(),
        }
    }

    /// Offers the file as a download.
    pub fn offer(&self) {
        crate::io::download::download(&self.name, "application/json", &self.json);
    }

    /// Whether a finding in it has photos, so the backup must be a .zip to carry them. The
    /// 现场检查 record is written compactly inside the indented file (an empty list is not
    /// written), and only a finding's list is called `photos` (checked by
    /// `tests/e2e/inspection.spec.ts`, which downloads one).
    pub fn names_photos(&self) -> bool {
        self.json.contains("\"photos\":[")
    }
}

/// What reopens the page where the user left it.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
struct PageState {
    open: Option<String>,
    indicator: Option<String>,
}

const RECORD: &str = "a.";
const STATE: &str = "state";

fn record_name(id: &str) -> String {
    format!("{RECORD}{id}")
}

/// A fresh storage id: time and randomness in base 36.
fn new_id() -> String {
    let time = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 1_679_616.0) as u64; // 36^4
    format!("{}{}", base36(time), base36(random))
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

pub(super) fn listed(id: &str, saved: &SavedAssessment, pack: &Pack) -> Listed {
    let a = &saved.assessment;
    let same_pack = a.pack_id == pack.id;
    let report = same_pack.then(|| evaluate(pack, a));
    Listed {
        id: id.to_owned(),
        city: a.city.clone(),
        name: a.name.clone(),
        pack: format!("{} v{}", a.pack_id, a.pack_version),
        pack_id: a.pack_id.clone(),
        pack_version: a.pack_version,
        updated: a.updated.clone(),
        answered: report
            .as_ref()
            .map(|r| r.total.counts.answered + r.total.counts.not_applicable)
            .unwrap_or(0),
        total: pack.indicator_count(),
        score: report.as_ref().map(|r| (r.total.score, r.total.scale)),
        outcome: report.map(|r| r.verdict.outcome),
    }
}

impl Persistence {
    /// Reads every record; a record that cannot be read is moved to a quarantine key.
    pub fn reload_list(&self, assessments: AssessmentStore) {
        let store = self.store.get_value();
        let mut list = Vec::new();
        let mut quarantined = Vec::new();
        for name in store.names_with_prefix(RECORD) {
            let Some(raw) = store.get(&name) else {
                continue;
            };
            let id = &name[RECORD.len()..];
            match read_record(&raw) {
                Ok(saved) => {
                    let pack = self.pack_for(&saved, assessments.pack().pack());
                    list.push(listed(id, &saved, &pack))
                }
                Err(error) => {
                    let reason = Text::new(error.message(Lang::Zh), error.message(Lang::En));
                    let aside = quarantine_name(id, &crate::io::download::stamp(&now()));
                    // Only drop the original once its text is safe elsewhere.
                    if store.set(&aside, &raw).is_ok() {
                        store.remove(&name);
                        quarantined.push(Quarantined {
                            name: aside,
                            raw,
                            reason,
                        });
                    } else {
                        quarantined.push(Quarantined { name, raw, reason });
                    }
                }
            }
        }
        for name in store.names_with_prefix("quarantine.") {
            if !quarantined.iter().any(|q| q.name == name) {
                if let Some(raw) = store.get(&name) {
                    let reason = crate::i18n::Msg::EarlierUnreadable.both();
                    quarantined.push(Quarantined { name, raw, reason });
                }
            }
        }
        list.sort_by(|a, b| b.updated.cmp(&a.updated));
        self.list.set(list);
        self.quarantined.set(quarantined);
    }

    /// The pack a record answers, from the shelf; `fallback` (the workspace's) otherwise.
    fn pack_for(&self, saved: &SavedAssessment, fallback: &Arc<Pack>) -> Arc<Pack> {
        let a = &saved.assessment;
        self.shelf
            .and_then(|shelf| shelf.find(&a.pack_id, a.pack_version))
            .unwrap_or_else(|| fallback.clone())
    }

    pub(super) fn refresh_listing(&self, id: &str, saved: &SavedAssessment, pack: &Arc<Pack>) {
        let entry = listed(id, saved, &self.pack_for(saved, pack));
        self.list
            .update(|list| match list.iter_mut().find(|l| l.id == id) {
                Some(slot) => *slot = entry,
                None => list.insert(0, entry),
            });
    }

    /// Reopens the assessment and indicator open when the page was last closed.
    pub fn restore_state(&self, assessments: AssessmentStore) {
        let store = self.store.get_value();
        let state: PageState = store
            .get(STATE)
            .and_then(|s| serde_json::from_str(&s).ok())
            .unwrap_or_default();
        if let Some(id) = state.open {
            // A workspace starts on the pack its last record answers (see
            // `last_open_pack`); a record of a pack no longer here opens against this one.
            let opened = match self.open(&id, assessments) {
                Opened::OtherPack(saved) => {
                    self.adopt(&id, *saved, assessments);
                    true
                }
                Opened::Here => true,
                Opened::Gone => false,
            };
            if opened {
                if let Some(ind) = state
                    .indicator
                    .filter(|i| assessments.pack().indicator(i).is_some())
                {
                    assessments.current.set(ind);
                }
            }
        }
    }

    /// Remembers which assessment and indicator are open.
    pub fn save_state(&self, indicator: &str) {
        let state = PageState {
            open: self.open_id.get_untracked(),
            indicator: Some(indicator.to_owned()),
        };
        if let Ok(json) = serde_json::to_string(&state) {
            let _ = self.store.get_value().set(STATE, &json);
        }
    }

    /// Opens the record `id`: loaded here when it answers this workspace's pack; a record of
    /// another pack is handed back for the workspace to decide (switch to that pack, or open it
    /// here against this one), see `ui::pack_switch::PackSwitch`.
    pub fn open(&self, id: &str, assessments: AssessmentStore) -> Opened {
        if self.open_id.get_untracked().as_deref() != Some(id) {
            self.save_now(assessments);
        }
        let Some(saved) = self
            .store
            .get_value()
            .get(&record_name(id))
            .and_then(|raw| read_record(&raw).ok())
        else {
            return Opened::Gone;
        };
        let a = &saved.assessment;
        let other_pack = (a.pack_id.as_str(), a.pack_version)
            != (assessments.pack().id.as_str(), assessments.pack().version);
        if other_pack {
            return Opened::OtherPack(Box::new(saved));
        }
        self.adopt(id, saved, assessments);
        Opened::Here
    }

    /// Writes `id` as the open assessment, for the workspace that starts next.
    pub fn remember_open(&self, id: &str) {
        let state = PageState {
            open: Some(id.to_owned()),
            indicator: None,
        };
        if let Ok(json) = serde_json::to_string(&state) {
            let _ = self.store.get_value().set(STATE, &json);
        }
    }

    /// The pack (id, version) of the assessment that was open last, to start the page with.
    pub fn last_open_pack(store: &crate::storage::Store) -> Option<(String, u32)> {
        let state: PageState = serde_json::from_str(&store.get(STATE)?).ok()?;
        let saved = read_record(&store.get(&record_name(&state.open?))?).ok()?;
        Some((saved.assessment.pack_id, saved.assessment.pack_version))
    }

    /// The packs (id, version) the records in `store` answer, each once: what the shelf must
    /// hold before a workspace opens one of them.
    pub fn packs_answered(store: &crate::storage::Store) -> Vec<(String, u32)> {
        let mut packs: Vec<(String, u32)> = store
            .names_with_prefix(RECORD)
            .iter()
            .filter_map(|name| read_record(&store.get(name)?).ok())
            .map(|saved| (saved.assessment.pack_id, saved.assessment.pack_version))
            .collect();
        packs.sort_unstable();
        packs.dedup();
        packs
    }

    /// Makes `saved` the open assessment without treating it as an edit.
    pub fn adopt(&self, id: &str, saved: SavedAssessment, assessments: AssessmentStore) {
        self.copy.set_value(TabCopy {
            revision: saved.revision,
            json: assessment_json(&saved.assessment),
            record: String::new(),
        });
        self.open_id.set(Some(id.to_owned()));
        self.conflict.set(None);
        // What is open is what is stored: say so, with the time it was stored.
        if !matches!(self.status.get_untracked(), SaveStatus::Unavailable) {
            self.status.set(SaveStatus::Saved(saved.saved_at.clone()));
        }
        assessments.replace(Some(saved.assessment));
    }

    /// Writes a new record and opens it. If the browser cannot keep it, it is still opened
    /// (the work lives on the page) and the status says the save failed.
    pub fn add(&self, assessment: Assessment, assessments: AssessmentStore) -> String {
        self.save_now(assessments);
        let id = new_id();
        let saved = SavedAssessment::new(assessment, APP_VERSION, &now(), 1);
        let written = self.write_record(&id, &saved);
        let failed = written.is_err();
        self.refresh_listing(&id, &saved, assessments.pack().pack());
        self.adopt(&id, saved, assessments);
        if failed {
            self.status.set(super::save_status::status_after(written));
        }
        id
    }

    fn write_record(&self, id: &str, saved: &SavedAssessment) -> Result<(), Fault> {
        self.store
            .get_value()
            .set(&record_name(id), &saved.to_json())
    }

    /// Starts a new assessment of the loaded pack.
    pub fn create(&self, city: &str, name: &str, assessments: AssessmentStore) {
        let assessment = Assessment::new(&assessments.pack(), city.trim(), name.trim(), &now());
        self.add(assessment, assessments);
        // A new assessment starts at the beginning, not where the last one was left.
        if let Some(first) = assessments.pack().indicators().next() {
            assessments.current.set(first.id.clone());
        }
    }

    /// Reads one saved record (not the open assessment's unsaved edits).
    pub fn read(&self, id: &str) -> Option<SavedAssessment> {
        read_record(&self.store.get_value().get(&record_name(id))?).ok()
    }

    /// Copies an assessment into a new one ("start from this one").
    pub fn duplicate(&self, id: &str, copy_suffix: &str, assessments: AssessmentStore) {
        self.save_now(assessments);
        if let Some(saved) = self.read(id) {
            let mut copy = saved.assessment;
            copy.name = format!("{}{copy_suffix}", copy.name);
            copy.created = now();
            copy.touch(&now());
            self.add(copy, assessments);
        }
    }

    /// Renames an assessment (city and name).
    pub fn rename(&self, id: &str, city: &str, name: &str, assessments: AssessmentStore) {
        if self.open_id.get_untracked().as_deref() == Some(id) {
            assessments.edit(|a| {
                a.city = city.trim().to_owned();
                a.name = name.trim().to_owned();
            });
            self.save_now(assessments);
        } else if let Some(mut saved) = self.read(id) {
            saved.assessment.city = city.trim().to_owned();
            saved.assessment.name = name.trim().to_owned();
            saved.assessment.touch(&now());
            saved.revision += 1;
            if self
                .store
                .get_value()
                .set(&record_name(id), &saved.to_json())
                .is_ok()
            {
                self.refresh_listing(id, &saved, assessments.pack().pack());
            }
        }
    }

    /// Deletes an assessment; it stays restorable until the next deletion.
    pub fn delete(&self, id: &str, assessments: AssessmentStore) {
        if self.open_id.get_untracked().as_deref() == Some(id) {
            self.save_now(assessments);
        }
        let Some(saved) = self.read(id) else { return };
        self.store.get_value().remove(&record_name(id));
        self.list.update(|l| l.retain(|x| x.id != id));
        self.trash.set(Some(saved));
        if self.open_id.get_untracked().as_deref() == Some(id) {
            self.open_id.set(None);
            assessments.replace(None);
            // The record is gone: nothing of it is "saved" any more.
            if matches!(
                self.status.get_untracked(),
                SaveStatus::Saved(_) | SaveStatus::Pending
            ) {
                self.status.set(SaveStatus::Idle);
            }
        }
    }

    /// Restores the last deleted or replaced assessment as a new record.
    pub fn restore_trash(&self, assessments: AssessmentStore) {
        if let Some(saved) = self.trash.get_untracked() {
            self.trash.set(None);
            self.add(saved.assessment, assessments);
        }
    }

    /// The open assessment as a backup file.
    pub fn export_open(&self, assessments: AssessmentStore) -> Option<BackupFile> {
        let assessment = assessments.assessment.get_untracked()?;
        let saved = SavedAssessment::new(
            assessment,
            APP_VERSION,
            &now(),
            self.copy.with_value(|c| c.revision),
        );
        Some(BackupFile::of_record(&saved))
    }

    /// One stored assessment as a backup file, with the open one's latest edits (the autosave
    /// waits a moment after each; a download must not).
    pub fn export_one(&self, id: &str, assessments: AssessmentStore) -> Option<BackupFile> {
        self.save_now(assessments);
        self.read(id).map(|saved| BackupFile::of_record(&saved))
    }

    /// Every stored assessment as one backup file (the open one alone if none is stored).
    pub fn export_all(&self, assessments: AssessmentStore) -> BackupFile {
        self.save_now(assessments);
        let ids: Vec<String> = self
            .list
            .get_untracked()
            .into_iter()
            .map(|l| l.id)
            .collect();
        let mut saved: Vec<SavedAssessment> = ids.iter().filter_map(|id| self.read(id)).collect();
        if saved.is_empty() {
            if let Some(a) = assessments.assessment.get_untracked() {
                saved.push(SavedAssessment::new(
                    a,
                    APP_VERSION,
                    &now(),
                    self.copy.with_value(|c| c.revision),
                ));
            }
        }
        BackupFile {
            name: format!("fscity-backup-{}.json", crate::io::download::stamp(&now())),
            json: Backup::new(saved, APP_VERSION, &now()).to_json(),
        }
    }

    /// Imports a backup file as new assessments; with `replace`, the first one replaces the
    /// open assessment (which goes to the trash, restorable). An assessment already kept here
    /// unchanged is not added twice: when every one is, nothing changes and the answer is
    /// [`Imported::AlreadyThere`]; `as_copy` (a name suffix) imports them again as copies.
    pub fn import(
        &self,
        text: &str,
        replace: bool,
        as_copy: Option<&str>,
        assessments: AssessmentStore,
    ) -> Result<Imported, Text> {
        let pack = assessments.pack();
        let import = read_import(text, &[&pack])
            .map_err(|e| Text::new(e.message(Lang::Zh), e.message(Lang::En)))?;
        let notes = import
            .notes
            .iter()
            .map(|n| Text::new(n.message(Lang::Zh), n.message(Lang::En)))
            .collect();
        let kept = self.kept_assessments();
        let (fresh, repeated): (Vec<_>, Vec<_>) = import
            .assessments
            .into_iter()
            .partition(|saved| !kept.contains(&assessment_json(&saved.assessment)));
        let skipped = if as_copy.is_some() { 0 } else { repeated.len() };
        let to_add = match as_copy {
            Some(suffix) => fresh
                .into_iter()
                .chain(repeated.into_iter().map(|mut saved| {
                    saved.assessment.name.push_str(suffix);
                    saved
                }))
                .collect(),
            None if fresh.is_empty() => return Ok(Imported::AlreadyThere),
            None => fresh,
        };
        // Every record is written first; only when all are kept does anything else change
        // (the replaced assessment goes, the list grows, the last one opens). If the browser
        // cannot keep one, the ones just written are taken back and the reason is returned.
        self.save_now(assessments);
        let mut written: Vec<(String, SavedAssessment)> = Vec::new();
        for saved in to_add {
            let id = new_id();
            let saved = SavedAssessment::new(saved.assessment, APP_VERSION, &now(), 1);
            if let Err(fault) = self.write_record(&id, &saved) {
                for (id, _) in &written {
                    self.store.get_value().remove(&record_name(id));
                }
                return Err(crate::i18n::NotKept(&fault).text());
            }
            written.push((id, saved));
        }
        if replace {
            if let Some(open) = self.open_id.get_untracked() {
                self.delete(&open, assessments);
            }
        }
        let count = written.len();
        for (id, saved) in written {
            self.refresh_listing(&id, &saved, assessments.pack().pack());
            self.adopt(&id, saved, assessments);
        }
        Ok(Imported::Added {
            count,
            skipped,
            notes,
        })
    }

    /// The assessments stored here, as JSON, to recognise a backup imported before.
    fn kept_assessments(&self) -> std::collections::HashSet<String> {
        let store = self.store.get_value();
        store
            .names_with_prefix(RECORD)
            .iter()
            .filter_map(|name| read_record(&store.get(name)?).ok())
            .map(|saved| assessment_json(&saved.assessment))
            .collect()
    }

    /// Removes everything fscity keeps in this browser under its namespace.
    pub fn clear_all(&self, assessments: AssessmentStore) {
        self.store.get_value().clear_namespace();
        self.list.set(Vec::new());
        self.quarantined.set(Vec::new());
        self.trash.set(None);
        self.open_id.set(None);
        self.conflict.set(None);
        self.copy.set_value(TabCopy::default());
        assessments.replace(None);
    }

    /// Drops a quarantined record.
    pub fn discard_quarantined(&self, name: &str) {
        self.store.get_value().remove(name);
        self.quarantined.update(|q| q.retain(|x| x.name != name));
    }
}

/// What an import did.
#[derive(Clone, Debug, PartialEq)]
pub enum Imported {
    /// `count` assessments were added; `skipped` were already kept here unchanged.
    Added {
        /// How many were added.
        count: usize,
        /// How many were left out because they are already here.
        skipped: usize,
        /// What the import noticed (migrated, other pack revision, IDs kept).
        notes: Vec<Text>,
    },
    /// Every assessment in the file is already kept here unchanged: nothing was added.
    AlreadyThere,
}

fn file_safe(text: &str) -> String {
    let cleaned: String = text
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == '-' || *c == '_')
        .take(24)
        .collect();
    if cleaned.is_empty() {
        "assessment".into()
    } else {
        cleaned
    }
}
