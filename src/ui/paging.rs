//! Long lists a page at a time. An indicator may hold 5,000 evidence items (the seed's whole
//! package on one indicator): laying out every row took 12 s, so a list shows its first
//! [`PAGE`] rows and a button shows the next page. Printouts and exports hold every row.

use crate::i18n::{use_lang, EvidenceWords};
use leptos::prelude::*;

/// Rows shown at first and added by each press of the button.
pub const PAGE: usize = 100;

/// How many rows of a list are shown.
#[derive(Clone, Copy)]
pub struct Paging(RwSignal<usize>);

impl Paging {
    /// The first page shown.
    pub fn new() -> Paging {
        Paging(RwSignal::new(PAGE))
    }

    /// How many rows to show (tracked).
    pub fn limit(&self) -> usize {
        self.0.get()
    }

    /// Shows at least the first `n` rows (a row just added is never hidden).
    pub fn reveal(&self, n: usize) {
        if self.0.get_untracked() < n {
            self.0.set(n);
        }
    }

    /// The button that shows the next page, while `total` has rows not shown.
    pub fn more(self, total: impl Fn() -> usize + Send + Sync + 'static) -> impl IntoView {
        let lang = use_lang();
        move || {
            let (shown, total) = (self.limit(), total());
            (shown < total).then(|| {
                view! {
                    <p class="paging no-print">
                        <button type="button" data-testid="show-more" on:click=move |_| self.0.update(|n| *n += PAGE)>
                            {EvidenceWords::ShowMore.text(lang.get())}
                        </button>
                        " " <span data-testid="shown-count">{format!("{shown} / {total}")}</span>
                    </p>
                }
            })
        }
    }
}

impl Default for Paging {
    fn default() -> Self {
        Paging::new()
    }
}
