//! How an indicator's rule turns answers into points, shown from the pack's data.

use crate::i18n::{tr, tr_sentence, tr_text, use_lang, Msg, Sentence};
use crate::pack_ref::PackRef;
use fscity_core::pack::{CalcInput, CalcSpec, Formula, Indicator, Rule, RuleKind};
use fscity_core::Text;
use leptos::prelude::*;

/// The rule of one indicator.
#[component]
pub fn RuleView(indicator: PackRef<Indicator>) -> impl IntoView {
    match &indicator.rule {
        Rule::Levels { levels } => view! {
            <KindLine kind=RuleKind::Levels how=Msg::RuleLevels.into()/>
            <table class="rule-table">
                <tbody>
                    {levels.iter().map(|l| view! {
                        <tr><td>{tr_text(l.name.clone())}</td><td class="num">{l.points.to_string()}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        }
        .into_any(),
        Rule::SubItems { mode, items } => {
            view! {
                <KindLine kind=RuleKind::SubItems how=mode.label().into()/>
                <table class="rule-table">
                    <tbody>
                        {items.iter().map(|i| view! {
                            <tr><td>{tr_text(i.text.clone())}</td><td class="num">{i.points.to_string()}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            }
            .into_any()
        }
        Rule::Deductions { per_finding, finding } => view! {
            <KindLine kind=RuleKind::Deductions how=Msg::RuleDeductions.into()/>
            <p>
                {tr_sentence(Sentence::PerFinding { points: per_finding.to_string() })}
                " · " {tr_text(finding.clone())}
            </p>
        }
        .into_any(),
        Rule::Calculator(calc) => view! {
            <KindLine kind=RuleKind::Calculator how=Msg::RuleCalculator.into()/>
            {indicator.try_map(|i| i.rule.calc()).map(|spec| view! { <CalcSpecView spec/> })}
            <h4>{tr(Msg::Thresholds)}</h4>
            <table class="rule-table" data-testid="thresholds">
                <tbody>
                    <tr><td>{tr(Msg::BelowLowest)}</td><td class="num">"0"</td></tr>
                    {calc.thresholds.iter().map(|t| view! {
                        <tr>
                            <td>{tr_text(t.text(&calc.spec.result_unit))}</td>
                            <td class="num">{t.points.to_string()}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        }
        .into_any(),
    }
}

/// How the rule is explained in words: where it is said, what the rest of the page says.
enum How {
    /// A sentence of the app's own.
    Msg(Msg),
    /// A label the core owns.
    Text(Text),
}

impl From<Msg> for How {
    fn from(msg: Msg) -> How {
        How::Msg(msg)
    }
}

impl From<Text> for How {
    fn from(text: Text) -> How {
        How::Text(text)
    }
}

/// The rule kind's one label, then how it scores.
#[component]
fn KindLine(kind: RuleKind, how: How) -> impl IntoView {
    let lang = use_lang();
    let label = kind.label();
    let line = move || {
        let lang = lang.get();
        let how = match &how {
            How::Msg(msg) => msg.text(lang).to_owned(),
            How::Text(text) => text.get(lang).to_owned(),
        };
        format!("{}{}{how}", label.get(lang), lang.colon())
    };
    view! { <p data-testid="rule-kind">{line}</p> }
}

/// A calculation's inputs and formula, the same under an indicator and a veto item.
#[component]
pub fn CalcSpecView(spec: PackRef<CalcSpec>) -> impl IntoView {
    view! {
        <CalculatorInputs inputs=spec.map(|s| s.inputs.as_slice())/>
        <FormulaLine formula=spec.map(|s| &s.formula) inputs=spec.map(|s| s.inputs.as_slice())/>
    }
}

/// The inputs a calculator asks for, with units.
#[component]
fn CalculatorInputs(inputs: PackRef<[CalcInput]>) -> impl IntoView {
    view! {
        <h4>{tr(Msg::Inputs)}</h4>
        <ul>
            {inputs.iter().map(|i| view! {
                <li>{tr_text(i.label.clone())} " (" {tr_text(i.unit.clone())} ")"</li>
            }).collect_view()}
        </ul>
    }
}

/// The formula in words, naming the inputs by their labels.
#[component]
fn FormulaLine(formula: PackRef<Formula>, inputs: PackRef<[CalcInput]>) -> impl IntoView {
    let lang = use_lang();
    let label = move |id: &str| {
        inputs
            .iter()
            .find(|i| i.id == id)
            .map(|i| i.label.get(lang.get()).to_owned())
            .unwrap_or_else(|| id.to_owned())
    };
    let text = move || match &*formula {
        Formula::PerThousand { count, .. } => format!(
            "{} {}",
            label(count),
            Msg::FormulaPerThousand.text(lang.get())
        ),
        Formula::Percentage { part, whole } => format!("{} ÷ {} × 100%", label(part), label(whole)),
        Formula::Growth { current, previous } => format!(
            "{}: ({} − {}) ÷ {} × 100%",
            Msg::FormulaGrowth.text(lang.get()),
            label(current),
            label(previous),
            label(previous)
        ),
        Formula::Value { input } => {
            format!("{}: {}", Msg::FormulaValue.text(lang.get()), label(input))
        }
    };
    view! { <p><strong>{tr(Msg::Formula)}</strong> " " {text}</p> }
}
