//! When a tab may write the open assessment, and what it does when another tab wrote it first.
//!
//! Two tabs of one browser share the records. Each saved record carries a revision counter;
//! a tab remembers the revision and the JSON it last read or wrote ([`TabCopy`]). The rules
//! below are the whole policy, so they are tested here natively and the browser code only
//! wires them to storage and events: nothing written by another tab is ever overwritten
//! without the user's choice, and a tab with nothing unsaved simply follows the other.

/// What this tab last read or wrote for the open assessment.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TabCopy {
    /// The record's revision as this tab last saw it.
    pub revision: u64,
    /// The assessment's JSON as this tab last read or wrote it.
    pub json: String,
    /// The whole record's text as this tab last wrote it: while storage still holds exactly
    /// that, its revision is known without reading it (a record with a register of thousands
    /// of points is slow to read on every save).
    pub record: String,
}

/// What a save attempt should do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveStep {
    /// Nothing changed since the last read or write, or a conflict waits for the user.
    Nothing,
    /// Another tab wrote a newer revision: ask the user before writing over it.
    Conflict,
    /// Write, as this revision.
    Write {
        /// The revision to write.
        revision: u64,
    },
}

/// What to do when another tab wrote the open record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ForeignStep {
    /// Not newer than what this tab has: nothing to do.
    Ignore,
    /// Newer, and this tab has nothing unsaved: load it.
    Adopt,
    /// Newer, and this tab has unsaved edits: ask the user.
    Conflict,
}

impl TabCopy {
    /// Whether `current` (the open assessment's JSON) differs from what this tab last read or
    /// wrote.
    pub fn is_dirty(&self, current: &str) -> bool {
        current != self.json
    }

    /// A save of `current`, given the revision found in storage now (if the record is there)
    /// and whether a conflict is already waiting.
    pub fn save(&self, current: &str, stored: Option<u64>, conflict_open: bool) -> SaveStep {
        if !self.is_dirty(current) || conflict_open {
            return SaveStep::Nothing;
        }
        match stored {
            Some(theirs) if theirs > self.revision => SaveStep::Conflict,
            _ => SaveStep::Write {
                revision: self.revision + 1,
            },
        }
    }

    /// Another tab wrote revision `theirs`; `current` is this tab's open assessment.
    pub fn foreign_write(&self, theirs: u64, current: &str) -> ForeignStep {
        if theirs <= self.revision {
            ForeignStep::Ignore
        } else if self.is_dirty(current) {
            ForeignStep::Conflict
        } else {
            ForeignStep::Adopt
        }
    }

    /// The user keeps this tab's copy over the other tab's revision `theirs`: the next write
    /// follows it.
    pub fn keep_mine(&mut self, theirs: u64) {
        self.revision = self.revision.max(theirs);
        // What this tab holds is now unsaved relative to theirs, whatever it last wrote.
        self.json.clear();
    }

    /// A write of `json` (in the record `record`) as `revision` succeeded.
    pub fn written(&mut self, revision: u64, json: String, record: String) {
        self.revision = revision;
        self.json = json;
        self.record = record;
    }

    /// The revision of the record `stored` (storage's text now) when it is the one this tab
    /// last wrote; `None` when it must be read to tell (another tab wrote since, or this tab
    /// has not written it yet).
    pub fn own_revision(&self, stored: &str) -> Option<u64> {
        (!self.record.is_empty() && stored == self.record).then_some(self.revision)
    }
}

/// The storage name a record that cannot be read is set aside under: `quarantine.<id>.<stamp>`,
/// so two failures of one record at different times never overwrite each other.
pub fn quarantine_name(id: &str, stamp: &str) -> String {
    format!("quarantine.{id}.{stamp}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tab(revision: u64, json: &str) -> TabCopy {
        TabCopy {
            revision,
            json: json.to_owned(),
            record: String::new(),
        }
    }

    #[test]
    fn an_unchanged_assessment_is_not_written_again() {
        assert_eq!(tab(3, "a").save("a", Some(3), false), SaveStep::Nothing);
    }

    #[test]
    fn a_change_is_written_as_the_next_revision() {
        assert_eq!(
            tab(3, "a").save("b", Some(3), false),
            SaveStep::Write { revision: 4 }
        );
        // A record not yet in storage (or removed by another tab) is written too.
        assert_eq!(
            tab(0, "").save("b", None, false),
            SaveStep::Write { revision: 1 }
        );
    }

    #[test]
    fn a_newer_revision_in_storage_is_never_written_over() {
        assert_eq!(tab(3, "a").save("b", Some(4), false), SaveStep::Conflict);
    }

    #[test]
    fn nothing_is_written_while_the_user_has_a_conflict_to_settle() {
        assert_eq!(tab(3, "a").save("b", Some(3), true), SaveStep::Nothing);
    }

    #[test]
    fn another_tabs_write_is_followed_only_when_this_tab_has_nothing_unsaved() {
        let t = tab(3, "a");
        assert_eq!(t.foreign_write(3, "a"), ForeignStep::Ignore);
        assert_eq!(t.foreign_write(2, "b"), ForeignStep::Ignore);
        assert_eq!(t.foreign_write(4, "a"), ForeignStep::Adopt);
        assert_eq!(t.foreign_write(4, "b"), ForeignStep::Conflict);
    }

    #[test]
    fn keeping_mine_writes_over_theirs_with_the_next_revision() {
        let mut t = tab(3, "a");
        t.keep_mine(5);
        assert_eq!(t.save("a", Some(5), false), SaveStep::Write { revision: 6 });
        t.written(6, "a".into(), "{rev 6}".into());
        assert_eq!(t.save("a", Some(6), false), SaveStep::Nothing);
    }

    #[test]
    fn the_record_this_tab_wrote_needs_no_reading_to_know_its_revision() {
        let mut t = tab(3, "a");
        assert_eq!(
            t.own_revision("{rev 3}"),
            None,
            "read, not written: read it"
        );
        t.written(4, "b".into(), "{rev 4}".into());
        assert_eq!(t.own_revision("{rev 4}"), Some(4));
        assert_eq!(t.own_revision("{rev 5, another tab}"), None);
    }

    #[test]
    fn quarantine_names_keep_every_failure_apart() {
        assert_ne!(
            quarantine_name("x", "20261201-0900"),
            quarantine_name("x", "20261201-0901")
        );
        assert!(quarantine_name("x", "t").starts_with("quarantine."));
    }
}
