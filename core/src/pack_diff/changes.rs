//! What a pack diff is made of: the changes to indicators, rules, inputs, veto items and the
//! pass rule, matched by stable ID. The data every other part of the diff reads (`compute` fills
//! it, `words` words it, `moving` acts on it), apart from the module that re-exports them all.

use crate::pack::{InputKind, KeyItem, RuleKind, SubItemMode, Threshold, VetoKind};
use crate::report::Id;
use crate::{Decimal, Points};

/// Everything that differs between two revisions of a pack, matched by stable ID.
#[derive(Clone, Debug, PartialEq)]
pub struct PackDiff {
    /// The old pack's revision.
    pub from_version: u32,
    /// The new pack's revision.
    pub to_version: u32,
    /// Indicators only the new pack has, in its order.
    pub added: Vec<Id>,
    /// Indicators only the old pack has, in its order. Their entries go to the archive.
    pub removed: Vec<Id>,
    /// Indicators in both that differ, in the new pack's order.
    pub changed: Vec<IndicatorChange>,
    /// Veto items only the new pack has, in its order.
    pub vetoes_added: Vec<Id>,
    /// Veto items only the old pack has, in its order. Their answers go to the archive.
    pub vetoes_removed: Vec<Id>,
    /// Veto items in both that differ, in the new pack's order.
    pub vetoes_changed: Vec<VetoChange>,
    /// Groups only the new pack has, in its order.
    pub groups_added: Vec<Id>,
    /// Groups only the old pack has, in its order.
    pub groups_removed: Vec<Id>,
    /// Groups in both whose name changed, in the new pack's order.
    pub groups_renamed: Vec<Id>,
    /// Groups in both whose bonus cap changed (or that became or stopped being a bonus
    /// block): the ID with the old and new caps, `None` for an ordinary group.
    pub bonus_caps: Vec<(Id, Option<Points>, Option<Points>)>,
    /// The total points (分值合计), old and new, when they differ.
    pub total: Option<(Points, Points)>,
    /// What it takes to pass, when it differs.
    pub pass_rule: Option<PassRuleChange>,
    /// The pack's title, edition, issuer, provenance, sources or whether its points are
    /// official changed.
    pub details_changed: bool,
}

impl PackDiff {
    /// True when the two packs differ in nothing but their revision number.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.removed.is_empty()
            && self.changed.is_empty()
            && self.vetoes_added.is_empty()
            && self.vetoes_removed.is_empty()
            && self.vetoes_changed.is_empty()
            && self.groups_added.is_empty()
            && self.groups_removed.is_empty()
            && self.groups_renamed.is_empty()
            && self.bonus_caps.is_empty()
            && self.total.is_none()
            && self.pass_rule.is_none()
            && !self.details_changed
    }

    /// True when every answer made for the old pack fits the new one, so a move archives
    /// nothing: no indicator or veto item removed and every change compatible.
    pub fn is_compatible(&self) -> bool {
        self.removed.is_empty()
            && self.vetoes_removed.is_empty()
            && self.changed.iter().all(IndicatorChange::is_compatible)
            && self.vetoes_changed.iter().all(VetoChange::is_compatible)
    }

    /// The change of one indicator in both packs.
    pub fn indicator(&self, id: &str) -> Option<&IndicatorChange> {
        self.changed.iter().find(|c| c.id == id)
    }

    /// The change of one veto item in both packs.
    pub fn veto(&self, id: &str) -> Option<&VetoChange> {
        self.vetoes_changed.iter().find(|c| c.id == id)
    }
}

/// How one indicator differs between the two packs. Fields left `None` (or `false`) are
/// unchanged.
#[derive(Clone, Debug, PartialEq)]
pub struct IndicatorChange {
    /// Indicator ID.
    pub id: Id,
    /// Maximum points (分值), old and new.
    pub points: Option<(Points, Points)>,
    /// The scoring rule.
    pub rule: Option<RuleChange>,
    /// The key-item floor, old and new (`None` inside: not a key item).
    pub key_item: Option<(Option<KeyItem>, Option<KeyItem>)>,
    /// Whether N/A is allowed, old and new.
    pub na_allowed: Option<(bool, bool)>,
    /// The group, old and new.
    pub group_moved: Option<(Id, Id)>,
    /// Name, requirement, scoring words, methods, evidence, departments, provenance or the
    /// worked example changed.
    pub text_changed: bool,
}

impl IndicatorChange {
    /// True when every answer made for the old indicator fits the new one.
    pub fn is_compatible(&self) -> bool {
        self.rule.as_ref().is_none_or(RuleChange::is_compatible)
            && self.na_allowed != Some((true, false))
    }
}

/// How a rule differs, as a list of edits. A change of rule type is the only edit listed then.
#[derive(Clone, Debug, PartialEq)]
pub struct RuleChange {
    /// The edits, in the order of the new rule's parts.
    pub edits: Vec<RuleEdit>,
}

impl RuleChange {
    /// True when every answer made for the old rule means the same under the new one.
    pub fn is_compatible(&self) -> bool {
        !self.edits.iter().any(RuleEdit::breaks_answers)
    }
}

/// One difference between two rules of an indicator.
#[derive(Clone, Debug, PartialEq)]
pub enum RuleEdit {
    /// Another rule kind.
    Type {
        /// The old kind.
        from: RuleKind,
        /// The new kind.
        to: RuleKind,
    },
    /// A level was added.
    LevelAdded {
        /// Level ID.
        level: String,
    },
    /// A level was removed; an answer choosing it no longer fits.
    LevelRemoved {
        /// Level ID.
        level: String,
    },
    /// A level is worth other points.
    LevelPoints {
        /// Level ID.
        level: String,
        /// Old points.
        from: Points,
        /// New points.
        to: Points,
    },
    /// A level's name changed.
    LevelName {
        /// Level ID.
        level: String,
    },
    /// A sub-item was added.
    ItemAdded {
        /// Sub-item ID.
        item: String,
    },
    /// A sub-item was removed; an answer marking it met no longer fits.
    ItemRemoved {
        /// Sub-item ID.
        item: String,
    },
    /// A sub-item is worth other points.
    ItemPoints {
        /// Sub-item ID.
        item: String,
        /// Old points.
        from: Points,
        /// New points.
        to: Points,
    },
    /// A sub-item's wording changed.
    ItemText {
        /// Sub-item ID.
        item: String,
    },
    /// Met sub-items add up another way.
    Mode {
        /// Old mode.
        from: SubItemMode,
        /// New mode.
        to: SubItemMode,
    },
    /// Each finding deducts other points.
    PerFinding {
        /// Old deduction.
        from: Points,
        /// New deduction.
        to: Points,
    },
    /// What counts as one finding was reworded.
    Finding,
    /// A calculator input changed.
    Input(InputEdit),
    /// The calculator's formula changed.
    Formula,
    /// The calculator's result unit changed.
    ResultUnit,
    /// The calculator's thresholds changed.
    Thresholds {
        /// Old thresholds.
        from: Vec<Threshold>,
        /// New thresholds.
        to: Vec<Threshold>,
    },
    /// Only the order of levels, sub-items or inputs changed.
    Order,
}

impl RuleEdit {
    /// True when some answer made for the old rule may not fit the new one.
    pub fn breaks_answers(&self) -> bool {
        match self {
            RuleEdit::Type { .. }
            | RuleEdit::LevelRemoved { .. }
            | RuleEdit::ItemRemoved { .. } => true,
            RuleEdit::Input(edit) => edit.breaks_answers(),
            _ => false,
        }
    }
}

/// One difference between two lists of calculator inputs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputEdit {
    /// An input was added; answers lack its figure until the city types it.
    Added {
        /// Input ID.
        input: String,
    },
    /// An input was removed; an answer with a figure for it no longer fits.
    Removed {
        /// Input ID.
        input: String,
    },
    /// An input accepts another range of values.
    Kind {
        /// Input ID.
        input: String,
        /// Old kind.
        from: InputKind,
        /// New kind.
        to: InputKind,
    },
    /// An input's label or unit changed.
    Label {
        /// Input ID.
        input: String,
    },
}

impl InputEdit {
    /// True when some figure typed for the old input may not fit the new one: the input was
    /// removed, or its kind no longer accepts every value the old kind did.
    pub fn breaks_answers(&self) -> bool {
        match self {
            InputEdit::Removed { .. } => true,
            InputEdit::Kind { from, to, .. } => !widens(*from, *to),
            InputEdit::Added { .. } | InputEdit::Label { .. } => false,
        }
    }
}

/// True when `to` accepts every value `from` does (a population is a count, a count and a
/// percentage are amounts).
fn widens(from: InputKind, to: InputKind) -> bool {
    use InputKind::*;
    from == to
        || matches!(
            (from, to),
            (Population, Count) | (Population, Amount) | (Count, Amount) | (Percent, Amount)
        )
}

/// How one veto item differs between the two packs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VetoChange {
    /// Veto ID.
    pub id: Id,
    /// How its test differs.
    pub edits: Vec<VetoEdit>,
    /// Its name, description or provenance changed.
    pub text_changed: bool,
}

impl VetoChange {
    /// True when every answer made for the old veto item fits the new one.
    pub fn is_compatible(&self) -> bool {
        !self.edits.iter().any(VetoEdit::breaks_answers)
    }
}

/// One difference between two tests of a veto item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VetoEdit {
    /// Decided another way.
    Kind {
        /// The old way.
        from: VetoKind,
        /// The new way.
        to: VetoKind,
    },
    /// The declaration's question was reworded.
    Question,
    /// It now looks at another indicator's value.
    Indicator {
        /// Old indicator ID.
        from: String,
        /// New indicator ID.
        to: String,
    },
    /// The least acceptable value changed.
    AtLeast {
        /// Old value.
        from: Decimal,
        /// New value.
        to: Decimal,
    },
    /// An input of its own calculator changed.
    Input(InputEdit),
    /// Its own calculator's formula changed.
    Formula,
    /// Its own calculator's result unit changed.
    ResultUnit,
    /// Only the order of its inputs changed.
    Order,
}

impl VetoEdit {
    /// True when some answer made for the old test may not fit the new one. A veto that looked
    /// at an indicator's value had no answers of its own.
    pub fn breaks_answers(&self) -> bool {
        match self {
            VetoEdit::Kind { from, .. } => from.has_own_answer(),
            VetoEdit::Input(edit) => edit.breaks_answers(),
            _ => false,
        }
    }
}

/// How the pass rule differs. Fields left `None` (or `false`) are unchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PassRuleChange {
    /// The pass mark, old and new.
    pub min_total: Option<(Points, Points)>,
    /// Whether N/A indicators leave the denominator, old and new.
    pub rebase_not_applicable: Option<(bool, bool)>,
    /// The plain-words statement was reworded.
    pub summary_changed: bool,
}

/// `Some((old, new))` when they differ.
pub(super) fn pair<T: PartialEq>(old: T, new: T) -> Option<(T, T)> {
    (old != new).then_some((old, new))
}
