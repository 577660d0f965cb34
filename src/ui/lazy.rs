//! Capabilities the first screen does not need (reports, the criteria-pack shelf, the demo city,
//! presentation mode, …) live in chunks of their own, so the first visit carries only what
//! answering and scoring need and each later capability adds nothing to it. `scripts/build.py`
//! cuts a chunk out at each function `chunk!` declares; the page fetches it the first time the
//! capability is shown. Builds without the split (browser tests) call the same function directly.
//!
//! A fetch can fail (offline before the service worker cached this release, a server error);
//! then the place where the capability would be says so with a retry button, and everything
//! else, with everything typed, stays as it was.

use crate::i18n::{tr, Msg};
use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;

/// Builds a chunk's view from its props once the chunk is loaded.
pub type Render<P> = fn(P) -> AnyView;

/// A chunk that could not be fetched or instantiated (the browser console has the cause).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChunkFailed;

#[cfg(feature = "split")]
impl From<wasm_split_helpers::SplitLoaderError> for ChunkFailed {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        ChunkFailed
    }
}

/// What loading a chunk gives: the function that builds its view.
pub type Loading<P> = Pin<Box<dyn Future<Output = Result<Render<P>, ChunkFailed>>>>;

/// Declares a chunk: `chunk!(pub mod reports: () = |()| view! { <ReportsView/> }.into_any());`
/// makes `reports::load`, which `<Lazy load=reports::load props=()/>` shows. Everything only the
/// render function reaches goes into the chunk.
macro_rules! chunk {
    ($(#[$doc:meta])* $vis:vis mod $name:ident: $props:ty = $render:expr) => {
        $(#[$doc])*
        $vis mod $name {
            #[allow(unused_imports)]
            use super::*;
            use $crate::ui::lazy::{ChunkFailed, Loading, Render};

            #[cfg_attr(feature = "split", wasm_split_helpers::wasm_split($name, fallible))]
            fn split() -> Result<Render<$props>, ChunkFailed> {
                Ok($render)
            }

            /// Fetches the chunk (once; a failure is retried on the next call).
            pub fn load() -> Loading<$props> {
                #[cfg(feature = "split")]
                return Box::pin(split());
                #[cfg(not(feature = "split"))]
                Box::pin(std::future::ready(split()))
            }
        }
    };
}
pub(crate) use chunk;

/// A chunk's view: a loading line while it is fetched, the view once it is there, or a message
/// with a retry button when it cannot be fetched.
#[component]
pub fn Lazy<P>(load: fn() -> Loading<P>, props: P) -> impl IntoView
where
    P: Clone + Send + Sync + 'static,
{
    let attempt = RwSignal::new(0u32);
    let chunk = LocalResource::new(move || {
        attempt.track();
        load()
    });
    move || {
        match chunk.get() {
        None => view! {
            <p class="chunk-loading" role="status" data-testid="chunk-loading">{tr(Msg::ChunkLoading)}</p>
        }
        .into_any(),
        Some(Ok(render)) => render(props.clone()),
        Some(Err(ChunkFailed)) => view! {
            <div class="banner chunk-failed" role="alert" data-testid="chunk-failed">
                <p>{tr(Msg::ChunkFailed)}</p>
                <button type="button" data-testid="chunk-retry"
                    on:click=move |_| attempt.update(|n| *n += 1)>{tr(Msg::ChunkRetry)}</button>
            </div>
        }
        .into_any(),
    }
    }
}
