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
    /// The check sheets the findings are priced by: the city's own when it loaded them (kept
    /// in the record), else those shipped for the open pack.
    pub sheets: Memo<Arc<SheetPack>>,
    /// The shipped sheets for the open pack.
    pub shipped: StoredValue<Arc<SheetPack>>,
    pack: StoredValue<Arc<Pack>>,
}

impl InspectionRecord {
    /// The record of the store in context.
    pub fn new() -> InspectionRecord {
        let store = use_store();
        let pack = store.pack().pack().clone();
        let part = StowedPart::new(store, |a| &mut a.inspection, |a| &a.inspection);
        let shipped = StoredValue::new(Arc::new(SheetPack::shipped(&pack)));
        let sheets = Memo::new(move |_| {
            part.value
                .with(|v| match v.as_ref().ok().and_then(|i| i.sheets.clone()) {
                    Some(own) => Arc::new(own),
                    None => shipped.get_value(),
                })
        });
        InspectionRecord {
            part,
            sheets,
            shipped,
            pack: StoredValue::new(pack),
        }
    }

    /// The open pack.
    pub fn pack(&self) -> Arc<Pack> {
        self.pack.get_value()
    }

    /// Changes the record and the indicators' roll-up together (priced by the sheets the
    /// changed record holds); `false` when the record cannot be read (nothing is written over
    /// it).
    pub fn change(&self, step: impl FnOnce(&mut Inspection)) -> bool {
        let shipped = self.shipped.get_value();
        let pack = self.pack.get_value();
        self.part
            .apply_and(
                |i| {
                    step(i);
                    Ok::<_, ()>(())
                },
                move |a, i| {
                    let sheets = i.sheets.as_ref().unwrap_or(&shipped);
                    a.set_site_tallies(&roll_up(sheets, &pack, i));
                },
            )
            .is_some()
    }
}
