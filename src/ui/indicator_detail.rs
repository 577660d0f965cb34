//! Everything the pack knows about one indicator.

use crate::i18n::{tr, tr_sentence, tr_text, use_lang, Msg, Sentence};
use crate::pack_ref::PackRef;
use crate::ui::{provenance::ProvenanceView, rule_view::RuleView};
use crate::workspace::use_workspace;
use fscity_core::pack::Indicator;
use fscity_core::Text;
use leptos::prelude::*;

/// The detail pane for the indicator with this ID.
#[component]
pub fn IndicatorDetail(id: String) -> impl IntoView {
    let pack = use_workspace().pack();
    let Some(indicator) = pack.indicator(&id) else {
        return view! { <p class="placeholder">{tr(Msg::PickIndicator)}</p> }.into_any();
    };
    let group = pack.group_of(&id).map(|g| g.name.clone());
    view! {
        <article class="indicator" data-testid="indicator-detail" data-indicator-id=id.clone()>
            <p class="crumb">{group.map(tr_text)}</p>
            <h2><span class="leaf-id">{id.clone()}</span> " " {tr_text(indicator.map(|i| &i.name))}</h2>
            <Facts indicator=indicator.clone()/>
            <TextBlock heading=Msg::Requirement text=indicator.map(|i| &i.requirement)/>
            <TextBlock heading=Msg::ScoringText text=indicator.map(|i| &i.scoring)/>
            <section>
                <h3>{tr(Msg::HowScored)}</h3>
                <RuleView indicator=indicator.clone()/>
            </section>
            <WorkedExample indicator=indicator.clone()/>
            <TextList heading=Msg::Evidence items=indicator.map(|i| i.evidence.as_slice()) testid="evidence"/>
            <TextList heading=Msg::Departments items=indicator.map(|i| i.departments.as_slice()) testid="departments"/>
            <ProvenanceView provenance=indicator.map(|i| &i.provenance)/>
        </article>
    }
    .into_any()
}

/// Points, key-item floor, methods and N/A in a definition list.
#[component]
fn Facts(indicator: PackRef<Indicator>) -> impl IntoView {
    let lang = use_lang();
    let key = match indicator.key_item {
        Some(key) => view! {
            <span class="badge key">{tr(Msg::KeyItemFloor)} " " {key.floor_percent} "%"</span>
        }
        .into_any(),
        None => view! { <span>{tr(Msg::NotKeyItem)}</span> }.into_any(),
    };
    let na = if indicator.na_allowed {
        Msg::NaAllowed
    } else {
        Msg::NaNotAllowed
    };
    view! {
        <dl class="facts">
            <dt>{tr(Msg::MaxPoints)}</dt>
            <dd data-testid="max-points">{tr_sentence(Sentence::Points { points: indicator.max_points.to_string() })}</dd>
            <dt>{tr(Msg::KeyItem)}</dt>
            <dd data-testid="key-item">{key}</dd>
            <dt>{tr(Msg::Methods)}</dt>
            <dd data-testid="methods">
                {indicator.methods.iter().map(|m| {
                    let label = m.label();
                    view! { <span class="badge method">{move || label.get(lang.get()).to_owned()}</span> }
                }).collect_view()}
            </dd>
            <dt>{tr(Msg::NotApplicableShort)}</dt>
            <dd>{tr(na)}</dd>
        </dl>
    }
}

/// A heading and one paragraph of pack text.
#[component]
fn TextBlock(heading: Msg, text: PackRef<Text>) -> impl IntoView {
    view! {
        <section>
            <h3>{tr(heading)}</h3>
            <p class="pack-text">{tr_text(text)}</p>
        </section>
    }
}

/// A heading and a bullet list of pack texts.
#[component]
fn TextList(heading: Msg, items: PackRef<[Text]>, testid: &'static str) -> impl IntoView {
    view! {
        <section data-testid=testid>
            <h3>{tr(heading)}</h3>
            <ul>{items.iter().map(|t| view! { <li>{tr_text(t.clone())}</li> }).collect_view()}</ul>
        </section>
    }
}

/// How the rule turns one answer into points: the pack's own example when it has one, else one
/// computed by the core from the rule (so it can never disagree with the scoring).
#[component]
fn WorkedExample(indicator: PackRef<Indicator>) -> impl IntoView {
    let pack = use_workspace().pack();
    let text = indicator
        .example
        .clone()
        .unwrap_or_else(|| fscity_core::example::worked_example(&pack, &indicator).text);
    view! {
        <section data-testid="worked-example">
            <h3>{tr(Msg::WorkedExample)}</h3>
            <p class="example">{tr_text(text)}</p>
        </section>
    }
}
