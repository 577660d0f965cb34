//! The standalone page's address: the view, the open indicator and presentation mode live in
//! the URL's fragment (`#/criteria/C-02`, `#/assess/B-01`, `#/gaps`, `#/present/C-02`), so Back
//! and Forward move between them, a phone's back gesture leaves presentation mode, and a link in
//! a trainer's handout opens one indicator. Only the fragment is used: the page works from any
//! folder of any static server, and nothing is ever requested. A widget embedded in a host page
//! never installs this: the host's URL and history are the host's.
//!
//! The demo city is a second workspace on the same page with an address of its own under
//! `#/demo/…` (`#/demo/present/C-04`): both workspaces install this, each follows only its own
//! addresses and writes the address only while it is the one shown, so Back inside the demo
//! moves through the demo's own tabs, indicators and slides, and then back out of it.

use crate::ui::tabs::View;
use crate::workspace::use_store;
use crate::workspace::{use_workspace, Selection};
use leptos::prelude::*;

/// Whether presentation mode is on, shared by the criteria browser and the address.
#[derive(Clone, Copy)]
pub struct Presenting(pub RwSignal<bool>);

/// Whose address it is: the user's own workspace, or the demo city's sandbox.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// The user's own assessments.
    Own,
    /// The demo city, under `#/demo/…`.
    Demo,
}

impl Scope {
    fn prefix(self) -> &'static str {
        match self {
            Scope::Own => "#",
            Scope::Demo => "#/demo",
        }
    }

    fn index(self) -> usize {
        match self {
            Scope::Own => 0,
            Scope::Demo => 1,
        }
    }
}

/// Whether the demo city is the one shown, for a page that has both (the standalone page).
#[derive(Clone, Copy)]
pub struct DemoShown(pub RwSignal<bool>);

/// One place in the app, as the address says it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The criteria browser and what it shows.
    Browse(Selection),
    /// The workspace with this indicator open.
    Assess(String),
    /// The gap list.
    Gaps,
    /// Reports and exports.
    Reports,
    /// My assessments.
    Library,
    /// Presentation mode, starting at this indicator.
    Present(String),
}

impl Route {
    /// The fragment for this place in `scope`, e.g. `#/criteria/C-02` or `#/demo/gaps`.
    pub fn fragment(&self, scope: Scope) -> String {
        let path = match self {
            Route::Browse(Selection::Nothing) => "/criteria".into(),
            Route::Browse(Selection::Indicator(id)) => format!("/criteria/{id}"),
            Route::Browse(Selection::Veto(id)) => format!("/criteria/veto/{id}"),
            Route::Browse(Selection::PassRules) => "/criteria/pass".into(),
            Route::Assess(id) => format!("/assess/{id}"),
            Route::Gaps => "/gaps".into(),
            Route::Reports => "/reports".into(),
            Route::Library => "/library".into(),
            Route::Present(id) => format!("/present/{id}"),
        };
        format!("{}{path}", scope.prefix())
    }

    /// Reads a fragment: whose it is and the place; `None` for anything that is not one of
    /// ours. `#/demo` alone is the demo where it was. IDs are checked against the pack when
    /// applied, so a stale link opens the view without an indicator.
    pub fn parse(fragment: &str) -> Option<(Scope, Option<Route>)> {
        let path = fragment.strip_prefix('#').unwrap_or(fragment);
        let path = path.strip_prefix('/').unwrap_or(path);
        let decoded = js_sys::decode_uri_component(path)
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_else(|| path.to_owned());
        let parts: Vec<&str> = decoded.split('/').filter(|p| !p.is_empty()).collect();
        let (scope, parts) = match parts.split_first() {
            Some((&"demo", [])) => return Some((Scope::Demo, None)),
            Some((&"demo", rest)) => (Scope::Demo, rest),
            _ => (Scope::Own, parts.as_slice()),
        };
        Route::parse_place(parts).map(|route| (scope, Some(route)))
    }

    fn parse_place(parts: &[&str]) -> Option<Route> {
        Some(match parts {
            ["criteria"] => Route::Browse(Selection::Nothing),
            ["criteria", "pass"] => Route::Browse(Selection::PassRules),
            ["criteria", "veto", id] => Route::Browse(Selection::Veto(normalise(id))),
            ["criteria", id] => Route::Browse(Selection::Indicator(normalise(id))),
            ["assess", id] => Route::Assess(normalise(id)),
            ["gaps"] => Route::Gaps,
            ["reports"] => Route::Reports,
            ["library"] => Route::Library,
            ["present", id] => Route::Present(normalise(id)),
            _ => return None,
        })
    }
}

/// IDs are written in capitals (`c-02` in a hand-typed link is `C-02`).
fn normalise(id: &str) -> String {
    id.trim().to_uppercase()
}

/// Whether the page's address was read already, per scope: only the first workspace of each
/// scope follows it (a workspace rebuilt for another pack starts where the user now is).
static ADDRESS_READ: [std::sync::atomic::AtomicBool; 2] = [
    std::sync::atomic::AtomicBool::new(false),
    std::sync::atomic::AtomicBool::new(false),
];

fn location_fragment() -> String {
    window().location().hash().unwrap_or_default()
}

/// The scope the page's address belongs to now, if it is one of ours.
pub fn address_scope() -> Option<Scope> {
    Route::parse(&location_fragment()).map(|(scope, _)| scope)
}

/// Keeps the address and the app in step, for one workspace of `scope`, which writes the
/// address only while `shown`; everything is removed when the workspace goes (a switch to
/// another pack builds a new one, which installs it again).
pub fn install(
    view: RwSignal<View>,
    presenting: RwSignal<bool>,
    scope: Scope,
    shown: Signal<bool>,
) {
    let criteria = use_workspace();
    let store = use_store();
    let apply = move |route: Route| {
        let pack = criteria.pack();
        let known = |id: &str| pack.indicator(id).is_some();
        match route {
            Route::Browse(selection) => {
                let selection = match selection {
                    Selection::Indicator(id) if !known(&id) => Selection::Nothing,
                    Selection::Veto(id) if !pack.vetoes.iter().any(|v| v.id == id) => {
                        Selection::Nothing
                    }
                    other => other,
                };
                presenting.set(false);
                criteria.selection.set(selection);
                view.set(View::Browse);
            }
            Route::Present(id) => {
                if known(&id) {
                    criteria.selection.set(Selection::Indicator(id));
                }
                view.set(View::Browse);
                presenting.set(true);
            }
            other => {
                presenting.set(false);
                if let Route::Assess(id) = &other {
                    if known(id) {
                        store.current.set(id.clone());
                    }
                }
                view.set(match other {
                    Route::Gaps => View::Gaps,
                    Route::Reports => View::Reports,
                    Route::Library => View::Library,
                    _ => View::Assess,
                });
            }
        }
    };
    let here = Memo::new(move |_| match view.get() {
        View::Browse if presenting.get() => match criteria.selection.get() {
            Selection::Indicator(id) => Route::Present(id),
            _ => Route::Present(
                criteria
                    .pack()
                    .groups
                    .iter()
                    .flat_map(|g| &g.indicators)
                    .next()
                    .map(|i| i.id.clone())
                    .unwrap_or_default(),
            ),
        },
        View::Browse => Route::Browse(criteria.selection.get()),
        View::Assess => Route::Assess(store.current.get()),
        View::Gaps => Route::Gaps,
        View::Reports => Route::Reports,
        View::Library => Route::Library,
    });
    // A link such as index.html#/criteria/C-02 opens that place when the page loads; otherwise
    // (and for a workspace rebuilt for another pack, which starts where the user now is) the
    // place the workspace starts at becomes the current entry.
    // The demo's first place is a new entry, so Back leaves the demo.
    let first = !ADDRESS_READ[scope.index()].swap(true, std::sync::atomic::Ordering::Relaxed);
    match Route::parse(&location_fragment()) {
        Some((found, Some(route))) if found == scope && first => apply(route),
        Some((found, None)) if found == scope && first => {}
        _ if shown.get_untracked() && scope == Scope::Own => replace(scope, &here.get_untracked()),
        _ => {}
    }
    // The app moved (or this workspace was just shown): the address follows, as a new entry.
    // The address moved (Back, Forward, a link) while this place stayed: the listeners below
    // make the app follow instead, and nothing is pushed, or a stale entry would be.
    Effect::new(move |last: Option<Route>| {
        let route = here.get();
        if shown.get() {
            let address = Route::parse(&location_fragment());
            let ours = matches!(address, Some((found, _)) if found == scope);
            let moved = last.as_ref() != Some(&route);
            if address != Some((scope, Some(route.clone()))) && (moved || !ours) {
                push(scope, &route);
            }
        }
        route
    });
    let on_move = move || {
        if let Some((found, Some(route))) = Route::parse(&location_fragment()) {
            if found == scope && route != here.get_untracked() {
                apply(route);
            }
        }
    };
    let popstate = window_event_listener(leptos::ev::popstate, move |_| on_move());
    let hashchange = window_event_listener(leptos::ev::hashchange, move |_| on_move());
    on_cleanup(move || {
        popstate.remove();
        hashchange.remove();
    });
}

fn push(scope: Scope, route: &Route) {
    if let Ok(history) = window().history() {
        let _ = history.push_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&route.fragment(scope)),
        );
    }
}

fn replace(scope: Scope, route: &Route) {
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&route.fragment(scope)),
        );
    }
}

/// Follows Back and Forward across the demo's border: `demo` is set from the address (left
/// alone for an address that is not ours). Removed when the caller's owner goes.
pub fn follow_demo_border(demo: RwSignal<bool>) {
    let on_move = move || {
        if let Some(scope) = address_scope() {
            let wanted = scope == Scope::Demo;
            if demo.get_untracked() != wanted {
                demo.set(wanted);
            }
        }
    };
    let popstate = window_event_listener(leptos::ev::popstate, move |_| on_move());
    let hashchange = window_event_listener(leptos::ev::hashchange, move |_| on_move());
    on_cleanup(move || {
        popstate.remove();
        hashchange.remove();
    });
}
