//! Where a piece of content comes from: confidence, the note, the cited sources.

use crate::i18n::{tr, use_lang, Msg};
use crate::state::use_criteria;
use fscity_core::pack::{Confidence, Provenance};
use leptos::prelude::*;

/// The provenance block of an indicator or veto item.
#[component]
pub fn ProvenanceView(provenance: &'static Provenance) -> impl IntoView {
    let pack = use_criteria().pack;
    let lang = use_lang();
    let confidence = provenance.confidence.label();
    let class = match provenance.confidence {
        Confidence::Sourced => "badge confidence sourced",
        Confidence::Paraphrased => "badge confidence paraphrased",
        Confidence::Inferred => "badge confidence inferred",
    };
    let sources = provenance.sources.iter().filter_map(|key| pack.source(key)).map(|source| {
        let url = (!source.url.is_empty()).then(|| {
            view! { " · " <a href=source.url.clone() rel="noopener noreferrer" target="_blank">{source.url.clone()}</a> }
        });
        view! { <li>{move || source.title.get(lang.get())} {url}</li> }
    });
    view! {
        <section class="provenance" data-testid="provenance">
            <h3>{tr(Msg::Provenance)}</h3>
            <p><span class=class data-testid="confidence">{move || confidence.get(lang.get()).to_owned()}</span></p>
            <p class="pack-text">{move || provenance.note.get(lang.get())}</p>
            <h4>{tr(Msg::Sources)}</h4>
            <ul class="sources">{sources.collect_view()}</ul>
            <p class="help">{tr(Msg::ConfidenceHelp)}</p>
        </section>
    }
}
