//! What one instance of the app (the page or a widget) shares with the views below it: its
//! storage namespace and the user's own workspace. Provided by the root (`ui::app`), read by
//! the demo, the language switch and the notices; it lives apart from the root so that none of
//! them imports the module that mounts them.

use crate::persist::Persistence;
use crate::store::AssessmentStore;
use leptos::prelude::*;

/// The user's own workspace (storage and store), for the demo's "copy to my assessments".
#[derive(Clone, Copy)]
pub struct OwnWorkspace(pub RwSignal<Option<(Persistence, AssessmentStore)>>);

/// This instance's storage namespace, for components that store something of their own.
#[derive(Clone, Debug)]
pub struct StorageNamespace(pub String);
