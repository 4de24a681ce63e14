//! Precomputes, from the gazetteer tables, what the lexicon needs to know about place names:
//! for every name a place may be written with, the kind and population of the largest place of
//! that name. Doing it here instead of at start-up saves parsing 7 MB of tables per process.
//!
//! Output: `$OUT_DIR/place-hints.tsv`, lines `scope<TAB>key<TAB>kind<TAB>population`, where scope
//! is `w` (one folded word), `m` (folded name of several words) or `x` (a name in capitals,
//! matched as written); kind is `continent`, `country`, `region` or `city`.

#[path = "src/fold.rs"]
#[allow(dead_code)]
mod fold;

use std::collections::HashMap;
use std::fmt::Write as _;

const TABLES: [&str; 3] = [
    "data/gazetteer/places.tsv",
    "data/gazetteer/names.tsv",
    "data/gazetteer/continents-regions.tsv",
];

fn read(path: &str) -> String {
    println!("cargo::rerun-if-changed={path}");
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {path}: {e}"))
}

fn main() {
    println!("cargo::rerun-if-changed=src/fold.rs");
    let [places, names, regions] = TABLES.map(read);

    let mut by_id: HashMap<&str, (&'static str, u64)> = HashMap::new();
    for line in fold::table_lines(&places).skip(1) {
        let mut f = fold::tab_fields(line);
        let (Some(id), Some(kind), Some(population)) = (f.next(), f.next(), f.nth(8)) else {
            continue;
        };
        let kind = match kind {
            "continent" => "continent",
            "country" => "country",
            "adm1" => "region",
            _ => "city",
        };
        by_id.insert(id, (kind, population.parse().unwrap_or(0)));
    }

    // Insertion order is kept so that, between places of equal population, the first listed
    // wins, as it would when the tables are read in order.
    let mut order: Vec<(char, String)> = Vec::new();
    let mut hints: HashMap<(char, String), (&'static str, u64)> = HashMap::new();
    let mut buf = String::new();
    let mut add = |name: &str, hint: (&'static str, u64)| {
        let (scope, key) = if fold::is_acronym(name) {
            ('x', name.to_string())
        } else {
            fold::key_into(name, &mut buf);
            (if buf.contains(' ') { 'm' } else { 'w' }, buf.clone())
        };
        match hints.get_mut(&(scope, key.clone())) {
            Some(best) if hint.1 > best.1 => *best = hint,
            Some(_) => {}
            None => {
                order.push((scope, key.clone()));
                hints.insert((scope, key), hint);
            }
        }
    };
    for line in fold::table_lines(&names).skip(1) {
        let mut f = fold::tab_fields(line).map(str::trim);
        let (Some(name), Some(id)) = (f.next(), f.next()) else {
            continue;
        };
        if let Some(&hint) = by_id.get(id) {
            add(name, hint);
        }
    }
    for line in fold::table_lines(&regions).skip(1) {
        let f: Vec<&str> = fold::tab_fields(line).collect();
        if f.len() < 6 {
            continue;
        }
        let hint = (
            if f[1] == "continent" {
                "continent"
            } else {
                "region"
            },
            0,
        );
        add(f[0], hint);
        for alias in f[5].split('|').filter(|a| !a.is_empty()) {
            add(alias, hint);
        }
    }

    let mut out = String::with_capacity(order.len() * 24);
    for (scope, key) in &order {
        let (kind, population) = hints[&(*scope, key.clone())];
        let _ = writeln!(out, "{scope}\t{key}\t{kind}\t{population}");
    }
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(format!("{dir}/place-hints.tsv"), out).expect("writing place-hints.tsv");
}
