//! Compiles the lists under `data/` into the lexicon's table: the same code that the crate's
//! tests run (`src/load.rs`) builds a `Lexicon` here, and `src/dump.rs` writes it to
//! `$OUT_DIR/lexicon.tsv`, which the crate embeds and loads with one hash insert per entry.
//! Building here instead of at every start-up saves folding, merging and de-duplicating
//! ≈500,000 list entries (7 MB of gazetteer tables among them) per process.

#![allow(dead_code)]

#[path = "src/data.rs"]
mod data;
#[path = "src/dump.rs"]
mod dump;
#[path = "src/fold.rs"]
mod fold;
#[path = "src/gazetteer.rs"]
mod gazetteer;
#[path = "src/load.rs"]
mod load;
#[path = "src/table.rs"]
mod table;

pub use data::*;
pub use fold::*;

fn main() {
    for path in [
        "data",
        "src/data.rs",
        "src/dump.rs",
        "src/fold.rs",
        "src/gazetteer.rs",
        "src/load.rs",
        "src/table.rs",
    ] {
        println!("cargo::rerun-if-changed={path}");
    }
    let lexicon = load::embedded();
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(format!("{dir}/lexicon.tsv"), dump::write(&lexicon))
        .expect("writing lexicon.tsv");
    for (file, bytes) in dump::compiled_files(&lexicon) {
        std::fs::write(format!("{dir}/{file}"), bytes).unwrap_or_else(|e| panic!("{file}: {e}"));
    }
    let gazetteer = gazetteer::Gazetteer::load().compile();
    for (file, bytes) in gazetteer.files() {
        std::fs::write(format!("{dir}/{file}"), bytes).unwrap_or_else(|e| panic!("{file}: {e}"));
    }
}
