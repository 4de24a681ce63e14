//! Checks that every label the shipped rules emit is a GDELT theme name: reads GDELT's theme
//! list (`LOOKUP-GKGTHEMES.TXT`, default `../shared/reference/gdelt/gdelt_lookups/` next to
//! the repository) and lists the labels it does not know. Exit status 1 when there are any.
//!
//! `cargo run -p themes --example check_labels [-- PATH/TO/LOOKUP-GKGTHEMES.TXT]`

use std::collections::HashSet;
use std::path::PathBuf;

fn main() {
    let path = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("../../../shared/reference/gdelt/gdelt_lookups/LOOKUP-GKGTHEMES.TXT")
        });
    let Ok(list) = std::fs::read_to_string(&path) else {
        eprintln!("no theme list at {} (pass its path)", path.display());
        std::process::exit(2);
    };
    let known: HashSet<&str> = list
        .lines()
        .filter_map(|l| l.split('\t').next())
        .filter(|l| !l.is_empty())
        .collect();
    let themes = match themes::Themes::parse(&[
        ("themes.tsv", themes::THEMES_TSV),
        ("crisislex.tsv", themes::CRISISLEX_TSV),
    ]) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("rules do not parse: {e}");
            std::process::exit(1);
        }
    };
    let unknown: Vec<&str> = themes
        .labels()
        .iter()
        .copied()
        .filter(|l| !known.contains(l))
        .collect();
    for l in &unknown {
        println!("unknown label: {l}");
    }
    println!(
        "{} distinct labels, {} unknown to {}",
        themes.labels().len(),
        unknown.len(),
        path.display()
    );
    if !unknown.is_empty() {
        std::process::exit(1);
    }
}
