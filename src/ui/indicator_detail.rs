//! Everything the pack knows about one indicator.

use crate::i18n::{tr, use_lang, Msg};
use crate::state::use_criteria;
use crate::ui::{provenance::ProvenanceView, rule_view::RuleView};
use fscity_core::pack::Indicator;
use fscity_core::Text;
use leptos::prelude::*;

/// The detail pane for the indicator with this ID.
#[component]
pub fn IndicatorDetail(id: String) -> impl IntoView {
    let pack = use_criteria().pack;
    let Some(indicator) = pack.indicator(&id) else {
        return view! { <p class="placeholder">{tr(Msg::PickIndicator)}</p> }.into_any();
    };
    let lang = use_lang();
    let group = pack.group_of(&id).map(|g| &g.name);
    view! {
        <article class="indicator" data-testid="indicator-detail" data-indicator-id=id.clone()>
            <p class="crumb">{move || group.map(|g| g.get(lang.get()).to_owned())}</p>
            <h2><span class="leaf-id">{id.clone()}</span> " " {move || indicator.name.get(lang.get())}</h2>
            <Facts indicator/>
            <TextBlock heading=Msg::Requirement text=&indicator.requirement/>
            <TextBlock heading=Msg::ScoringText text=&indicator.scoring/>
            <section>
                <h3>{tr(Msg::HowScored)}</h3>
                <RuleView indicator/>
            </section>
            <WorkedExample indicator/>
            <TextList heading=Msg::Evidence items=&indicator.evidence testid="evidence"/>
            <TextList heading=Msg::Departments items=&indicator.departments testid="departments"/>
            <ProvenanceView provenance=&indicator.provenance/>
        </article>
    }
    .into_any()
}

/// Points, key-item floor, methods and N/A in a definition list.
#[component]
fn Facts(indicator: &'static Indicator) -> impl IntoView {
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
            <dd data-testid="max-points">{indicator.max_points.to_string()} " " {tr(Msg::PointsUnit)}</dd>
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
fn TextBlock(heading: Msg, text: &'static Text) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section>
            <h3>{tr(heading)}</h3>
            <p class="pack-text">{move || text.get(lang.get())}</p>
        </section>
    }
}

/// A heading and a bullet list of pack texts.
#[component]
fn TextList(heading: Msg, items: &'static [Text], testid: &'static str) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section data-testid=testid>
            <h3>{tr(heading)}</h3>
            <ul>{items.iter().map(|t| view! { <li>{move || t.get(lang.get())}</li> }).collect_view()}</ul>
        </section>
    }
}

/// How the rule turns one answer into points: the pack's own example when it has one, else one
/// computed by the core from the rule (so it can never disagree with the scoring).
#[component]
fn WorkedExample(indicator: &'static Indicator) -> impl IntoView {
    let pack = use_criteria().pack;
    let lang = use_lang();
    let text = indicator
        .example
        .clone()
        .unwrap_or_else(|| fscity_core::example::worked_example(pack, indicator).text);
    view! {
        <section data-testid="worked-example">
            <h3>{tr(Msg::WorkedExample)}</h3>
            <p class="example">{move || text.get(lang.get()).to_owned()}</p>
        </section>
    }
}
