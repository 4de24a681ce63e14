//! Builds the shipped dictionaries (`data/`) into the coder's tables and writes them as a Rust
//! expression, `$OUT_DIR/events_dictionaries.rs`, which `Dictionaries::shared` includes as a
//! static: a run then neither parses the files nor builds the tables (≈ 29 M instructions per
//! process before).
//!
//! The builder is the crate's own (`src/dict.rs`, with the coder's word lists `src/lists.rs`,
//! included below), the code that `Dictionaries::from_sources` runs for other files; a test
//! checks that both give the same tables. A line of the shipped files that cannot be read fails
//! the build, naming its file and line.

#![allow(dead_code)]

#[path = "src/dict.rs"]
mod dict;
#[path = "src/lists.rs"]
mod lists;

use std::fmt::Write as _;

use chrono::Datelike;
use dict::{
    ActorPhrase, Bloom, Class, Dictionaries, Leader, List, Pattern, PieceKind, Sources, Str, Term,
    Word,
};

fn main() {
    for path in ["data", "src/dict.rs", "src/lists.rs"] {
        println!("cargo::rerun-if-changed={path}");
    }
    let d = Dictionaries::from_sources(&Sources::SHIPPED).unwrap_or_else(|e| {
        panic!("the shipped event dictionaries have a bad line: crates/events/data/{e}")
    });
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(format!("{dir}/events_dictionaries.rs"), rust(&d))
        .expect("writing events_dictionaries.rs");
}

/// `d` as a Rust expression of type `Dictionaries` whose tables are borrowed statics.
fn rust(d: &Dictionaries) -> String {
    let mut s = String::from("{\nuse std::borrow::Cow::Borrowed as B;\nuse crate::dict::*;\n");
    s += "Dictionaries {\n";
    field(&mut s, "phrases", &d.phrases);
    field(&mut s, "leaders", &d.leaders);
    field(&mut s, "fips", &d.fips);
    field(&mut s, "country_names", &d.country_names);
    field(&mut s, "patterns", &d.patterns);
    field(&mut s, "verbs", &d.verbs);
    field(&mut s, "verb_ids", &d.verb_ids);
    field(&mut s, "vocab", &d.vocab);
    field(&mut s, "cameo", &d.cameo);
    field(&mut s, "phrase_lists", &d.phrase_lists);
    field(&mut s, "pattern_lists", &d.pattern_lists);
    field(&mut s, "bloom", &d.bloom);
    field(&mut s, "word_slots", &d.word_slots);
    field(&mut s, "word_entries", &d.word_entries);
    field(&mut s, "pattern_bloom", &d.pattern_bloom);
    field(&mut s, "match_bloom", &d.match_bloom);
    field(&mut s, "pattern_needs", &d.pattern_needs);
    field(&mut s, "match_slots", &d.match_slots);
    field(&mut s, "match_lists", &d.match_lists);
    field(&mut s, "leader_bloom", &d.leader_bloom);
    field(&mut s, "actor_bloom", &d.actor_bloom);
    field(&mut s, "leader_starts", &d.leader_starts);
    field(&mut s, "actor_starts", &d.actor_starts);
    field(&mut s, "actor_pairs", &d.actor_pairs);
    s += "}\n}\n";
    s
}

fn field(s: &mut String, name: &str, x: &impl Emit) {
    s.push_str(name);
    s.push_str(": ");
    x.emit(s);
    s.push_str(",\n");
}

/// A value written as a Rust expression (of the type of the field it is written for).
trait Emit {
    fn emit(&self, s: &mut String);
}

macro_rules! emit_display {
    ($($t:ty),*) => {$(
        impl Emit for $t {
            fn emit(&self, s: &mut String) {
                let _ = write!(s, "{self}");
            }
        }
    )*};
}
emit_display!(u8, u16, u32, u64, bool);

impl Emit for f64 {
    fn emit(&self, s: &mut String) {
        // `{:?}` always writes a decimal point or an exponent: a float literal.
        assert!(self.is_finite(), "Goldstein values are finite");
        let _ = write!(s, "{self:?}");
    }
}

impl Emit for Str {
    fn emit(&self, s: &mut String) {
        let _ = write!(s, "B({:?})", &**self);
    }
}

impl<T: Emit + Clone> Emit for List<T> {
    fn emit(&self, s: &mut String) {
        s.push_str("B(&[");
        for (i, x) in self.iter().enumerate() {
            if i > 0 {
                s.push_str(if i % 8 == 0 { ",\n" } else { ", " });
            }
            x.emit(s);
        }
        s.push_str("])");
    }
}

impl<T: Emit> Emit for Option<T> {
    fn emit(&self, s: &mut String) {
        match self {
            None => s.push_str("None"),
            Some(x) => {
                s.push_str("Some(");
                x.emit(s);
                s.push(')');
            }
        }
    }
}

/// One element of a tuple, after a comma unless it is the first.
fn emit_element(s: &mut String, index: usize, x: &impl Emit) {
    if index > 0 {
        s.push_str(", ");
    }
    x.emit(s);
}

/// `Emit` for tuples: "(a, b, …)".
macro_rules! emit_tuple {
    ($($T:ident $i:tt),+) => {
        impl<$($T: Emit),+> Emit for ($($T,)+) {
            fn emit(&self, s: &mut String) {
                s.push('(');
                $(emit_element(s, $i, &self.$i);)+
                s.push(')');
            }
        }
    };
}

emit_tuple!(A 0, B 1);
emit_tuple!(A 0, B 1, C 2);
emit_tuple!(A 0, B 1, C 2, D 3);

impl Emit for chrono::NaiveDate {
    fn emit(&self, s: &mut String) {
        let _ = write!(s, "ymd({}, {}, {})", self.year(), self.month(), self.day());
    }
}

impl Emit for PieceKind {
    fn emit(&self, s: &mut String) {
        let _ = write!(s, "PieceKind::{self:?}");
    }
}

impl Emit for Class {
    fn emit(&self, s: &mut String) {
        let _ = write!(s, "Class::{self:?}");
    }
}

impl Emit for Word {
    fn emit(&self, s: &mut String) {
        let _ = match self {
            Word::Lit(w) => write!(s, "Word::Lit({w})"),
            Word::Verb(v) => write!(s, "Word::Verb({v})"),
        };
    }
}

impl Emit for Bloom {
    fn emit(&self, s: &mut String) {
        s.push_str("Bloom([");
        for (i, x) in self.0.iter().enumerate() {
            s.push_str(if i % 8 == 0 { "\n" } else { " " });
            let _ = write!(s, "{x:#x},");
        }
        s.push_str("])");
    }
}

/// `Name { field: value, … }` of a struct, every field written (a struct literal must name them
/// all, so that a field added to a table and not here fails the build).
macro_rules! emit_struct {
    ($t:ident { $($f:ident),* }) => {
        impl Emit for $t {
            fn emit(&self, s: &mut String) {
                let $t { $($f),* } = self;
                s.push_str(concat!(stringify!($t), " {"));
                $(
                    s.push_str(concat!(stringify!($f), ": "));
                    $f.emit(s);
                    s.push_str(", ");
                )*
                s.push('}');
            }
        }
    };
}
emit_struct!(ActorPhrase {
    words,
    kind,
    code,
    name,
    caps_only,
    capitalized,
    leader
});
emit_struct!(Term {
    code,
    from,
    until,
    office
});
emit_struct!(Leader { name, terms });
emit_struct!(Pattern {
    code,
    code_nonstate,
    class,
    nominal,
    segments,
    text,
    weight,
    starts
});
