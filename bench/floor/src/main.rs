//! The floor of the load benchmark: what any Leptos 0.8 CSR app costs before it does anything.
use leptos::prelude::*;

fn main() {
    leptos::mount::mount_to_body(|| view! { <p data-testid="floor">"你好，Leptos"</p> });
}
