//! Packs are shared, not leaked. A page may import, edit and discard many packs in one sitting
//! (a trainer trying every province's sheet); each one is an `Arc<Pack>` that is freed when the
//! shelf, the workspace and the last component showing it let go. Components still want to hold
//! "this indicator" or "these levels" the way they held a `&'static` before, so a [`PackRef`]
//! is a pack plus the way to one of its parts: cheap to clone, and it keeps the pack alive for
//! exactly as long as the component does.

use fscity_core::pack::{Group, Indicator, Veto};
use fscity_core::Pack;
use std::ops::Deref;
use std::sync::Arc;

/// How to reach one part of a pack.
type Locate<T> = Arc<dyn for<'p> Fn(&'p Pack) -> &'p T + Send + Sync>;

/// A part of a shared pack (the pack itself, an indicator, a veto, a list of levels …).
pub struct PackRef<T: ?Sized + 'static = Pack> {
    pack: Arc<Pack>,
    locate: Locate<T>,
}

impl PackRef<Pack> {
    /// The whole pack.
    pub fn new(pack: Arc<Pack>) -> PackRef<Pack> {
        PackRef {
            pack,
            locate: Arc::new(|p| p),
        }
    }
}

impl<T: ?Sized + 'static> PackRef<T> {
    /// A part of this part, e.g. `indicator.map(|i| &i.provenance)`.
    pub fn map<U: ?Sized + 'static>(
        &self,
        part: impl for<'p> Fn(&'p T) -> &'p U + Send + Sync + 'static,
    ) -> PackRef<U> {
        let outer = self.locate.clone();
        PackRef {
            pack: self.pack.clone(),
            locate: Arc::new(move |p| part(outer(p))),
        }
    }

    /// A part of this part that may be absent, e.g. `indicator.try_map(|i| i.rule.calc())`. A
    /// pack never changes once shared, so a part found now is there on every later look.
    pub fn try_map<U: ?Sized + 'static>(
        &self,
        part: impl for<'p> Fn(&'p T) -> Option<&'p U> + Send + Sync + 'static,
    ) -> Option<PackRef<U>> {
        part(self)?;
        Some(self.map(move |t| part(t).expect("a shared pack does not change")))
    }

    /// The pack this part belongs to.
    pub fn pack(&self) -> &Arc<Pack> {
        &self.pack
    }
}

impl<T: ?Sized + 'static> Deref for PackRef<T> {
    type Target = T;
    fn deref(&self) -> &T {
        (self.locate)(&self.pack)
    }
}

impl<T: ?Sized + 'static> std::borrow::Borrow<T> for PackRef<T> {
    fn borrow(&self) -> &T {
        self
    }
}

impl<T: ?Sized + 'static> Clone for PackRef<T> {
    fn clone(&self) -> Self {
        PackRef {
            pack: self.pack.clone(),
            locate: self.locate.clone(),
        }
    }
}

impl<T: ?Sized + 'static> PartialEq for PackRef<T> {
    /// The same part of the same pack (not merely equal content).
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(
            self.deref() as *const T as *const u8,
            other.deref() as *const T as *const u8,
        )
    }
}

impl PackRef<Pack> {
    /// The indicators in pack order, each as its own part.
    pub fn indicators(&self) -> impl Iterator<Item = PackRef<Indicator>> + '_ {
        self.pack
            .groups
            .iter()
            .enumerate()
            .flat_map(move |(g, group)| {
                (0..group.indicators.len())
                    .map(move |i| self.map(move |p| &p.groups[g].indicators[i]))
            })
    }

    /// The indicator with this ID.
    pub fn indicator(&self, id: &str) -> Option<PackRef<Indicator>> {
        let (g, i) = self.pack.groups.iter().enumerate().find_map(|(g, group)| {
            let i = group.indicators.iter().position(|i| i.id == id)?;
            Some((g, i))
        })?;
        Some(self.map(move |p| &p.groups[g].indicators[i]))
    }

    /// The major items in display order.
    pub fn groups(&self) -> impl Iterator<Item = PackRef<Group>> + '_ {
        (0..self.pack.groups.len()).map(move |g| self.map(move |p| &p.groups[g]))
    }

    /// The veto items.
    pub fn vetoes(&self) -> impl Iterator<Item = PackRef<Veto>> + '_ {
        (0..self.pack.vetoes.len()).map(move |v| self.map(move |p| &p.vetoes[v]))
    }
}

impl PackRef<Group> {
    /// The group's indicators, each as its own part.
    pub fn indicators(&self) -> impl Iterator<Item = PackRef<Indicator>> + '_ {
        (0..self.indicators.len()).map(move |i| self.map(move |g| &g.indicators[i]))
    }
}
