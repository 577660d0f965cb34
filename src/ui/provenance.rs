//! Where a piece of content comes from: confidence, the note, the cited sources.

use crate::i18n::{tr, tr_text, use_lang, Msg};
use crate::pack_ref::PackRef;
use crate::workspace::use_workspace;
use fscity_core::pack::{Confidence, Provenance};
use leptos::prelude::*;

/// The provenance block of an indicator or veto item.
#[component]
pub fn ProvenanceView(provenance: PackRef<Provenance>) -> impl IntoView {
    let pack = use_workspace().pack();
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
        view! { <li>{tr_text(source.title.clone())} {url}</li> }
    }).collect_view();
    view! {
        <section class="provenance" data-testid="provenance">
            <h3>{tr(Msg::Provenance)}</h3>
            <p><span class=class data-testid="confidence">{move || confidence.get(lang.get()).to_owned()}</span></p>
            <p class="pack-text">{tr_text(provenance.map(|p| &p.note))}</p>
            <h4>{tr(Msg::Sources)}</h4>
            <ul class="sources">{sources}</ul>
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
