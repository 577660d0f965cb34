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
    // The original issuer and publication come first: what a government reader trusts. A copy on
    // another site is labelled 转载 with that site's name, never shown as if it were the source.
    let sources = provenance.sources.iter().filter_map(|key| pack.source(key)).map(|source| {
        let issuer = (!source.issuer.is_blank()).then(|| view! {
            <span class="source-issuer" data-testid="source-issuer">{tr_text(source.issuer.clone())}</span> " · "
        });
        let publication = (!source.publication.is_blank())
            .then(|| view! { " · " {tr_text(source.publication.clone())} });
        let original = link(&source.url, None);
        let copy = link(&source.copy_url, Some(Msg::Reprint));
        view! { <li>{issuer} {tr_text(source.title.clone())} {publication} {original} {copy}</li> }
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

/// " · <a>address</a>", or for a copy " · 转载：<a>site</a>". A link only for an http(s)
/// address, as the core and then the browser's own URL parser both read it; anything else (a
/// file from elsewhere may hold `javascript:`) is text.
fn link(url: &str, copy: Option<Msg>) -> Option<AnyView> {
    if url.trim().is_empty() {
        return None;
    }
    let label = copy.map(|label| view! { {tr(label)} });
    Some(match browser_web_link(url) {
        Some(href) => {
            // A copy is named by its site, so the mirror's domain never passes for the source.
            let shown = match copy {
                Some(_) => web_sys::Url::new(&href).map(|u| u.host()).unwrap_or_else(|_| href.clone()),
                None => url.to_owned(),
            };
            view! { " · " {label} <a href=href rel="noopener noreferrer" target="_blank">{shown}</a> }.into_any()
        }
        None => view! { " · " {label} <span class="unlinked-url" data-testid="unlinked-url">{url.to_owned()}</span> }.into_any(),
    })
}

/// `url` as an href, when the core calls it a web address and the browser's URL parser agrees
/// that its protocol is `http:` or `https:`.
fn browser_web_link(url: &str) -> Option<String> {
    let candidate = fscity_core::pack::web_link(url)?;
    let parsed = web_sys::Url::new(&candidate).ok()?;
    matches!(parsed.protocol().as_str(), "http:" | "https:").then(|| parsed.href())
}
