//! The inspection record as the chunk's views change it: every change to the register, the
//! plan or a point's findings is written together with the roll-up it implies on the
//! indicators, in one edit, so a score never shows findings that are no longer recorded. Shared
//! by the register view and the recording view, which is why it is not in the module that
//! mounts them.

use crate::ui::stowed_part::StowedPart;
use crate::workspace::use_store;
use fscity_core::inspection::{roll_up, Inspection, SheetPack, StowedInspection};
use fscity_core::Pack;
use leptos::prelude::*;
use std::sync::Arc;

/// The open assessment's 现场检查 record and the sheets that price its findings.
#[derive(Clone, Copy)]
pub struct InspectionRecord {
    /// The record, typed.
    pub part: StowedPart<StowedInspection>,
    /// The check sheets for the open pack.
    pub sheets: StoredValue<Arc<SheetPack>>,
    pack: StoredValue<Arc<Pack>>,
}

impl InspectionRecord {
    /// The record of the store in context.
    pub fn new() -> InspectionRecord {
        let store = use_store();
        let pack = store.pack().pack().clone();
        InspectionRecord {
            part: StowedPart::new(store, |a| &mut a.inspection, |a| &a.inspection),
            sheets: StoredValue::new(Arc::new(SheetPack::shipped(&pack))),
            pack: StoredValue::new(pack),
        }
    }

    /// Changes the record and the indicators' roll-up together; `false` when the record cannot
    /// be read (nothing is written over it).
    pub fn change(&self, step: impl FnOnce(&mut Inspection)) -> bool {
        let sheets = self.sheets.get_value();
        let pack = self.pack.get_value();
        self.part
            .apply_and(
                |i| {
                    step(i);
                    Ok::<_, ()>(())
                },
                move |a, i| {
                    a.set_site_tallies(&roll_up(&sheets, &pack, i));
                },
            )
            .is_some()
    }
}
