//! Builds the shipped lexicon (`data/`) into its word tables and writes them as a Rust
//! expression, `$OUT_DIR/tone_lexicon.rs`, which `Lexicon::shipped` includes as a static: a run
//! then neither reads the lists nor builds the tables (≈ 11 M instructions per process before).
//!
//! The builder is the crate's own (`src/lexicon.rs`, included below), the code that
//! `Lexicon::build` runs for other lists; a test checks that both give the same tables. A line
//! of the shipped lists that cannot be read fails the build, naming its file and line.

#![allow(dead_code)]

#[path = "src/lexicon.rs"]
mod lexicon;

use std::fmt::{Display, Write as _};

use lexicon::{Entry, Lexicon, Slot, Sources, Table};

fn main() {
    for path in ["data", "src/lexicon.rs"] {
        println!("cargo::rerun-if-changed={path}");
    }
    let (lexicon, problems) = Lexicon::build(&Sources::SHIPPED);
    if !problems.is_empty() {
        let mut msg = String::from("the shipped tone lexicon has bad lines:\n");
        for p in &problems {
            let file = match p.source {
                "vader" => "vader-words.tsv",
                "positive" => "positive.txt",
                "negative" => "negative.txt",
                "neutral" => "neutral.txt",
                "activity" => "activity.txt",
                "self_group" => "self-group.txt",
                other => other,
            };
            let _ = writeln!(msg, "crates/tone/data/{file}:{}: {}", p.line, p.reason);
        }
        panic!("{msg}");
    }
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(format!("{dir}/tone_lexicon.rs"), rust(&lexicon))
        .expect("writing tone_lexicon.rs");
}

/// `lex` as a Rust expression of type `Lexicon` whose tables are borrowed statics.
fn rust(lex: &Lexicon) -> String {
    let mut s = String::from("{\nuse std::borrow::Cow::Borrowed as B;\nuse crate::lexicon::*;\n");
    s += "Lexicon {\n";
    table(&mut s, "short", &lex.short);
    table(&mut s, "mid", &lex.mid);
    s += "mid_filter: Filter {\n";
    list(&mut s, "bits", &lex.mid_filter.bits, |s, b| {
        write!(s, "{b:#x}")
    });
    let _ = writeln!(s, "log: {},\n}},", lex.mid_filter.log);
    list(&mut s, "long", &lex.long, |s, (w, e)| {
        write!(s, "(B(b{:?} as &[u8]), {})", bstr(w), entry(*e))
    });
    let _ = writeln!(s, "len: {},\n}}\n}}", lex.len);
    s
}

/// `name: Table { pairs: B(&[…]), bits: … },`
fn table<K: Copy + Display + PartialEq + Default>(s: &mut String, name: &str, t: &Table<K>) {
    let _ = writeln!(s, "{name}: Table {{");
    list(s, "pairs", &t.pairs, |s, [a, b]| {
        write!(s, "[{}, {}]", slot(a), slot(b))
    });
    let _ = writeln!(s, "bits: {},\n}},", t.bits);
}

fn slot<K: Display + PartialEq + Default>(x: &Slot<K>) -> String {
    let Slot {
        key,
        entry: e,
        spilled,
    } = x;
    format!("Slot{{key:{key},entry:{},spilled:{spilled}}}", entry(*e))
}

fn entry(e: Entry) -> String {
    let Entry { flags, valence } = e;
    format!("Entry{{flags:{flags},valence:{valence}}}")
}

/// A word as the body of a byte-string literal (lexicon words are ASCII).
fn bstr(w: &[u8]) -> String {
    String::from_utf8(w.to_vec()).expect("lexicon words are ASCII")
}

/// `name: B(&[…]),` with one item written by `item` per element, a few per line.
fn list<T>(
    s: &mut String,
    name: &str,
    items: &[T],
    item: impl Fn(&mut String, &T) -> std::fmt::Result,
) {
    let _ = write!(s, "{name}: B(&[");
    for (k, x) in items.iter().enumerate() {
        s.push(if k % 4 == 0 { '\n' } else { ' ' });
        let _ = item(s, x);
        s.push(',');
    }
    s.push_str("\n]),\n");
}
