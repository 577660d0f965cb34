//! Entry point of the browser bundle.

fn main() {
    fscity::mount();
}
