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
        // A link only for an http(s) address, as the core and then the browser's own URL parser
        // both read it; anything else (a file from elsewhere may hold `javascript:`) is text.
        let url = (!source.url.trim().is_empty()).then(|| match browser_web_link(&source.url) {
            Some(href) => view! { " · " <a href=href rel="noopener noreferrer" target="_blank">{source.url.clone()}</a> }.into_any(),
            None => view! { " · " <span class="unlinked-url" data-testid="unlinked-url">{source.url.clone()}</span> }.into_any(),
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

/// `url` as an href, when the core calls it a web address and the browser's URL parser agrees
/// that its protocol is `http:` or `https:`.
fn browser_web_link(url: &str) -> Option<String> {
    let candidate = fscity_core::pack::web_link(url)?;
    let parsed = web_sys::Url::new(&candidate).ok()?;
    matches!(parsed.protocol().as_str(), "http:" | "https:").then(|| parsed.href())
}
