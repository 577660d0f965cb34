//! What the lead sets up: the city under review, the groups (name, kind, members) and the
//! indicators each scores; for an indicator two groups score (documents and site), how their
//! answers combine; the lead's choice where they disagree; and every result file received.

use super::files::{FileRefused, ResultFile, TaskFile, TASK_FORMAT};
pub use super::group::{Group, GroupKind};
use super::seal::seal;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// A review on one pack.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TeamReview {
    /// Its ID, unique to this review (the caller makes it: a time and a random part); a file
    /// for another review carries another.
    pub id: String,
    /// The city under review, e.g. 某某市.
    pub city: String,
    /// Its name, e.g. 2026年省级初评.
    pub name: String,
    /// The pack scored.
    pub pack_id: String,
    /// The pack's revision; a file for another is refused.
    pub pack_version: u32,
    /// When it was set up.
    pub created: String,
    /// The groups.
    #[serde(default)]
    pub groups: Vec<Group>,
    /// How the answers of an indicator scored by several groups combine, by indicator ID
    /// (none: they must agree, or the lead chooses).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub rules: BTreeMap<String, CombineRule>,
    /// The lead's choice where groups disagree, by indicator ID.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub choices: BTreeMap<String, Choice>,
    /// Every result file received, in the order imported (none is ever dropped).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub received: Vec<Received>,
    /// The next group's number (numbers are never reused).
    #[serde(default)]
    pub next_group: u32,
}

/// How the answers of an indicator scored by several groups combine.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum CombineRule {
    /// The findings of each group add up (a deductions indicator: documents and site each
    /// deduct, and the score stops at zero — 扣完为止).
    SumFindings,
    /// One group's answer is the indicator's.
    Decides {
        /// That group.
        group: u32,
    },
}

/// The lead's choice between disagreeing groups, with why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    /// The group whose answer is taken.
    pub group: u32,
    /// Why, in the lead's words.
    pub reason: String,
}

/// A result file as received.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Received {
    /// When it was imported.
    pub imported: String,
    /// The file, as it was (written back, it is the same file).
    pub file: ResultFile,
}

impl TeamReview {
    /// A review with no group yet.
    pub fn new(id: &str, city: &str, name: &str, pack: &crate::Pack, now: &str) -> TeamReview {
        TeamReview {
            id: id.to_owned(),
            city: city.trim().to_owned(),
            name: name.trim().to_owned(),
            pack_id: pack.id.clone(),
            pack_version: pack.version,
            created: now.to_owned(),
            groups: Vec::new(),
            rules: BTreeMap::new(),
            choices: BTreeMap::new(),
            received: Vec::new(),
            next_group: 0,
        }
    }

    /// Adds a group; its number.
    pub fn add_group(&mut self, name: &str, kind: GroupKind) -> u32 {
        let id = self
            .next_group
            .max(self.groups.iter().map(|g| g.id + 1).max().unwrap_or(0));
        self.next_group = id + 1;
        self.groups.push(Group {
            id,
            name: name.trim().to_owned(),
            kind,
            members: Vec::new(),
            indicators: BTreeSet::new(),
        });
        id
    }

    /// Group `id`.
    pub fn group(&self, id: u32) -> Option<&Group> {
        self.groups.iter().find(|g| g.id == id)
    }

    /// Group `id`, to change.
    pub fn group_mut(&mut self, id: u32) -> Option<&mut Group> {
        self.groups.iter_mut().find(|g| g.id == id)
    }

    /// The groups that score `indicator`, in the review's order.
    pub fn groups_of(&self, indicator: &str) -> Vec<&Group> {
        self.groups
            .iter()
            .filter(|g| g.indicators.contains(indicator))
            .collect()
    }

    /// The file in effect for group `id`: of those received, the one exported last (ties go
    /// to the greater seal, so the order of import never decides).
    pub fn current(&self, id: u32) -> Option<&ResultFile> {
        self.received
            .iter()
            .map(|r| &r.file)
            .filter(|f| f.group == id)
            .max_by(|a, b| (&a.exported, &a.seal).cmp(&(&b.exported, &b.seal)))
    }

    /// Every indicator some group scores, once each.
    pub fn scored(&self) -> BTreeSet<&String> {
        self.groups.iter().flat_map(|g| &g.indicators).collect()
    }

    /// The groups that have sent no result yet.
    pub fn waiting(&self) -> Vec<&Group> {
        self.groups
            .iter()
            .filter(|g| self.current(g.id).is_none())
            .collect()
    }
}

impl TeamReview {
    /// Group `id`'s task file.
    pub fn task(&self, id: u32) -> Option<TaskFile> {
        let mut task = TaskFile {
            format: TASK_FORMAT.to_owned(),
            review: self.id.clone(),
            review_name: self.name.clone(),
            city: self.city.clone(),
            pack_id: self.pack_id.clone(),
            pack_version: self.pack_version,
            group: self.group(id)?.clone(),
            seal: String::new(),
        };
        task.seal = seal(&task.content());
        Some(task)
    }

    /// Whether `file` answers this review as it now stands: its review, pack, group, the
    /// group's current task, and only the group's indicators.
    pub fn check(&self, file: &ResultFile) -> Result<(), FileRefused> {
        if file.review != self.id {
            return Err(FileRefused::OtherReview);
        }
        if (file.pack_id.as_str(), file.pack_version) != (self.pack_id.as_str(), self.pack_version)
        {
            return Err(FileRefused::OtherPack {
                found: (file.pack_id.clone(), file.pack_version),
                expected: (self.pack_id.clone(), self.pack_version),
            });
        }
        let group = self
            .group(file.group)
            .ok_or(FileRefused::UnknownGroup(file.group))?;
        if self.task(file.group).is_none_or(|t| t.seal != file.task) {
            return Err(FileRefused::EarlierTask {
                group: group.name.clone(),
            });
        }
        let strays: Vec<String> = file
            .entries
            .keys()
            .filter(|id| !group.indicators.contains(*id))
            .cloned()
            .collect();
        if !strays.is_empty() {
            return Err(FileRefused::NotAssigned(strays));
        }
        Ok(())
    }
}
