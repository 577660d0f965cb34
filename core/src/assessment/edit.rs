//! Small, pure edits the UI makes in response to one click or keystroke. Each keeps the file
//! tidy (an entry left with nothing in it is removed) so saves stay minimal and diffable.

use super::site::SiteTally;
use super::{Answer, Assessment, Entry, ASSESSMENT_SCHEMA_VERSION};
use crate::{Decimal, Pack};
use std::collections::{BTreeMap, BTreeSet};

impl Assessment {
    /// A new, empty assessment of `pack`, created at `now` (formatted by the caller).
    pub fn new(pack: &Pack, city: &str, name: &str, now: &str) -> Assessment {
        Assessment {
            schema_version: ASSESSMENT_SCHEMA_VERSION,
            pack_id: pack.id.clone(),
            pack_version: pack.version,
            city: city.to_owned(),
            name: name.to_owned(),
            created: now.to_owned(),
            updated: now.to_owned(),
            ..Assessment::default()
        }
    }

    /// Records the time of the latest change.
    pub fn touch(&mut self, now: &str) {
        self.updated = now.to_owned();
    }

    /// The entry for an indicator, if anything is recorded.
    pub fn entry(&self, indicator: &str) -> Option<&Entry> {
        self.entries.get(indicator)
    }

    /// The entry for an indicator, created empty if needed.
    pub fn entry_mut(&mut self, indicator: &str) -> &mut Entry {
        self.entries.entry(indicator.to_owned()).or_default()
    }

    /// The answer for an indicator, if any.
    pub fn answer(&self, indicator: &str) -> Option<&Answer> {
        self.entry(indicator)?.answer.as_ref()
    }

    /// Sets the answer, keeping notes and the rest of the entry.
    pub fn set_answer(&mut self, indicator: &str, answer: Answer) {
        self.entry_mut(indicator).answer = Some(answer);
    }

    /// Removes the answer (back to "not answered"), keeping notes and the rest.
    pub fn clear_answer(&mut self, indicator: &str) {
        if let Some(entry) = self.entries.get_mut(indicator) {
            entry.answer = None;
        }
        self.drop_if_empty(indicator);
    }

    /// Takes what recorded 现场检查 found, per indicator: each named indicator carries its tally,
    /// every other one loses the tally it had. Whether anything changed, so an unchanged roll-up
    /// writes nothing.
    pub fn set_site_tallies(&mut self, tallies: &BTreeMap<String, SiteTally>) -> bool {
        let stale: Vec<String> = self
            .entries
            .iter()
            .filter(|(id, e)| e.site.is_some() && !tallies.contains_key(*id))
            .map(|(id, _)| id.clone())
            .collect();
        let mut changed = !stale.is_empty();
        for id in stale {
            self.entry_mut(&id).site = None;
            self.drop_if_empty(&id);
        }
        for (id, tally) in tallies {
            let entry = self.entry_mut(id);
            changed |= entry.site != Some(*tally);
            entry.site = Some(*tally);
        }
        changed
    }

    /// Marks an indicator not applicable, with the city's reason.
    pub fn mark_not_applicable(&mut self, indicator: &str, reason: &str) {
        let reason = reason.to_owned();
        self.set_answer(indicator, Answer::NotApplicable { reason });
    }

    /// Marks one sub-item met or not; other answer kinds are replaced by a sub-item answer.
    pub fn set_sub_item(&mut self, indicator: &str, item: &str, met: bool) {
        let entry = self.entry_mut(indicator);
        let mut set = match entry.answer.take() {
            Some(Answer::SubItems { met }) => met,
            _ => BTreeSet::new(),
        };
        if met {
            set.insert(item.to_owned());
        } else {
            set.remove(item);
        }
        entry.answer = Some(Answer::SubItems { met: set });
    }

    /// Sets one calculator figure by hand; other answer kinds are replaced by an inputs
    /// answer. A figure taken from a poll is no longer the poll's.
    pub fn set_input(&mut self, indicator: &str, input: &str, value: Decimal) {
        let entry = self.entry_mut(indicator);
        entry.poll = None;
        let mut values = match entry.answer.take() {
            Some(Answer::Inputs { values }) => values,
            _ => Default::default(),
        };
        values.insert(input.to_owned(), value);
        entry.answer = Some(Answer::Inputs { values });
    }

    /// Removes one calculator figure (the field was emptied), and with it a poll's link.
    pub fn remove_input(&mut self, indicator: &str, input: &str) {
        if let Some(entry) = self.entries.get_mut(indicator) {
            entry.poll = None;
        }
        if let Some(Answer::Inputs { values }) = self
            .entries
            .get_mut(indicator)
            .and_then(|e| e.answer.as_mut())
        {
            values.remove(input);
            if values.is_empty() {
                self.clear_answer(indicator);
            }
        }
    }

    /// Answers a declaration veto: `true` means the bad thing happened.
    pub fn declare_veto(&mut self, veto: &str, happened: bool) {
        self.veto_declarations.insert(veto.to_owned(), happened);
    }

    /// Withdraws a veto declaration (back to "not yet known").
    pub fn clear_veto(&mut self, veto: &str) {
        self.veto_declarations.remove(veto);
    }

    /// Sets one figure of a veto's own calculator.
    pub fn set_veto_input(&mut self, veto: &str, input: &str, value: Decimal) {
        self.veto_inputs
            .entry(veto.to_owned())
            .or_default()
            .insert(input.to_owned(), value);
    }

    /// Removes one figure of a veto's own calculator.
    pub fn remove_veto_input(&mut self, veto: &str, input: &str) {
        if let Some(values) = self.veto_inputs.get_mut(veto) {
            values.remove(input);
            if values.is_empty() {
                self.veto_inputs.remove(veto);
            }
        }
    }

    fn drop_if_empty(&mut self, indicator: &str) {
        if self.entries.get(indicator).is_some_and(Entry::is_empty) {
            self.entries.remove(indicator);
        }
    }
}
