//! Compiles the shipped rule files (`data/themes.tsv`, `data/crisislex.tsv`) into the matcher's
//! tables and writes them as a Rust expression, `$OUT_DIR/themes_tables.rs`, which
//! `Themes::shared` includes as a static: a run then neither parses the rules nor builds their
//! vocabulary, trie and tables (≈ 22 M instructions per process before).
//!
//! The parser and the compiler are the crate's own (`src/rules.rs`, `src/tables.rs`, included
//! below), the code that `Themes::parse` runs for other rule files; a test checks that both
//! give the same tables. A rule file that does not parse fails the build, with its line.

#![allow(dead_code)]

#[path = "src/rules.rs"]
mod rules;
#[path = "src/tables.rs"]
mod tables;

use std::fmt::{Debug, Write as _};

use tables::{CompiledContext, CompiledRule, Edge, Node, ShortSlot, Themes, WordList};

fn main() {
    for path in ["data", "src/rules.rs", "src/tables.rs"] {
        println!("cargo::rerun-if-changed={path}");
    }
    let mut parsed = Vec::new();
    for (name, src) in [
        ("themes.tsv", include_str!("data/themes.tsv")),
        ("crisislex.tsv", include_str!("data/crisislex.tsv")),
    ] {
        parsed.extend(rules::parse(name, src).unwrap_or_else(|e| panic!("{e}")));
    }
    let themes = Themes::compile(&parsed);
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(format!("{dir}/themes_tables.rs"), rust(&themes))
        .expect("writing themes_tables.rs");
}

/// `themes` as a Rust expression of type `Themes` whose tables are borrowed statics.
fn rust(t: &Themes) -> String {
    let v = &t.vocab;
    let mut s = String::from("{\nuse std::borrow::Cow::Borrowed as B;\nuse crate::tables::*;\n");
    s += "Themes {\n";
    field(&mut s, "labels", &t.labels, |s, l| write!(s, "{l:?}"));
    field(&mut s, "rule_labels", &t.rule_labels, |s, l| {
        write!(s, "{l}")
    });
    field(&mut s, "rules", &t.rules, |s, r| {
        let CompiledRule {
            labels_start,
            labels_len,
            context,
        } = r;
        write!(
            s,
            "CompiledRule{{labels_start:{labels_start},labels_len:{labels_len},context:{context}}}"
        )
    });
    field(&mut s, "contexts", &t.contexts, |s, c| {
        let CompiledContext {
            cap,
            near,
            not,
            prev,
            noprev,
            next,
            nonext,
            window,
        } = c;
        let l = |w: &WordList| format!("WordList{{start:{},end:{}}}", w.start, w.end);
        write!(
            s,
            "CompiledContext{{cap:{cap:?},near:{},not:{},prev:{},noprev:{},next:{},nonext:{},window:{window}}}",
            l(near),
            l(not),
            l(prev),
            l(noprev),
            l(next),
            l(nonext)
        )
    });
    field(&mut s, "context_words", &t.context_words, |s, w| {
        write!(s, "{w}")
    });
    field(&mut s, "nodes", &t.nodes, |s, n| {
        let Node {
            rules_start,
            rules_len,
            has_children,
            blocks,
        } = n;
        write!(
            s,
            "Node{{rules_start:{rules_start},rules_len:{rules_len},has_children:{has_children},blocks:{blocks}}}"
        )
    });
    scalar(&mut s, "starters", t.starters);
    field(&mut s, "edges", &t.edges, |s, e| {
        let Edge { key, node } = e;
        write!(s, "Edge{{key:{key},node:{node}}}")
    });
    scalar(&mut s, "edge_shift", t.edge_shift);
    s += "vocab: Vocab {\n";
    field(&mut s, "slots", &v.slots, |s, (a, b)| {
        write!(s, "({a},{b})")
    });
    scalar(&mut s, "mask", v.mask);
    field(&mut s, "filter", &v.filter, |s, f| write!(s, "{f}"));
    scalar(&mut s, "filter_mask", v.filter_mask);
    field(&mut s, "heads", &v.heads, |s, f| write!(s, "{f}"));
    scalar(&mut s, "head_mask", v.head_mask);
    field(&mut s, "short", &v.short, |s, slot| {
        let ShortSlot {
            chunk,
            id,
            overflow,
        } = slot;
        write!(s, "ShortSlot{{chunk:{chunk},id:{id},overflow:{overflow}}}")
    });
    scalar(&mut s, "short_mask", v.short_mask);
    field(&mut s, "chunks", &v.chunks, |s, c| write!(s, "{c}"));
    field(&mut s, "starts", &v.starts, |s, c| write!(s, "{c}"));
    field(&mut s, "lens", &v.lens, |s, c| write!(s, "{c}"));
    scalar(&mut s, "longest", v.longest);
    s += "},\n}\n}\n";
    s
}

/// `name: B(&[…]),` with one item written by `item` per element, a few per line.
fn field<T>(
    s: &mut String,
    name: &str,
    items: &[T],
    item: impl Fn(&mut String, &T) -> std::fmt::Result,
) {
    let _ = write!(s, "{name}: B(&[");
    for (k, x) in items.iter().enumerate() {
        s.push(if k % 8 == 0 { '\n' } else { ' ' });
        let _ = item(s, x);
        s.push(',');
    }
    s.push_str("\n]),\n");
}

fn scalar(s: &mut String, name: &str, value: impl Debug) {
    let _ = writeln!(s, "{name}: {value:?},");
}
