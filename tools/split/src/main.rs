//! The build step Trunk cannot do (trunk-rs/trunk#1022): cutting the app's wasm at its
//! `#[wasm_split]` points before wasm-bindgen sees it, so each capability the first screen does
//! not need becomes a chunk fetched on first use. `scripts/build.py` runs it between cargo and
//! wasm-bindgen.
//!
//! Usage: `fscity-split INPUT.wasm OUT_DIR MAIN_OUT.wasm MAIN_JS LINK_JS`. It writes the main
//! module (for wasm-bindgen) to MAIN_OUT, the chunks and the link module LINK_JS (which loads
//! them, relative to its own URL) into OUT_DIR, and prints the chunk file names, one per line.

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, out_dir, main_out, main_js, link_js] = args.as_slice() else {
        eprintln!("usage: fscity-split INPUT.wasm OUT_DIR MAIN_OUT.wasm MAIN_JS LINK_JS");
        return ExitCode::from(2);
    };
    let wasm = match std::fs::read(input) {
        Ok(wasm) => wasm,
        Err(error) => {
            eprintln!("fscity-split: cannot read {input}: {error}");
            return ExitCode::FAILURE;
        }
    };
    let mut options = wasm_split_cli_support::Options::new(&wasm);
    options.output_dir = Path::new(out_dir);
    options.main_out_path = Path::new(main_out);
    options.main_module = main_js;
    options.link_name = link_js;
    match wasm_split_cli_support::transform(options) {
        Ok(split) => {
            for chunk in split.split_modules {
                if let Some(name) = chunk.file_name() {
                    println!("{}", name.to_string_lossy());
                }
            }
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("fscity-split: {error:?}");
            ExitCode::FAILURE
        }
    }
}
