//! GDELT counts: an amount next to a count word of `data/count-triggers.tsv`.

use std::collections::HashMap;
use std::sync::OnceLock;

use text::{Token, TokenKind};

use crate::words::{self, lower};
use crate::{Count, Found, Object};

/// A count word: which GDELT count types it gives, and whether it may precede the number.
#[derive(Debug)]
struct Trigger {
    before_ok: bool,
    kinds: Vec<&'static str>,
}

const TRIGGERS_TSV: &str = include_str!("../data/count-triggers.tsv");

/// The count words, with a cheap test before the hash look-up.
struct Triggers {
    map: HashMap<&'static str, Trigger>,
    /// Bit `b & 31` of entry `len` set for each count word of `len` bytes whose first byte is
    /// `b`: most words near a number are turned away by one load, without hashing them.
    by_length: [u32; 32],
}

impl Triggers {
    fn get(&self, word: &str) -> Option<&Trigger> {
        let b = word.as_bytes();
        let may = match (b.first(), self.by_length.get(b.len())) {
            (Some(&first), Some(&letters)) => letters >> (first & 31) & 1 != 0,
            // The empty word and long words: ask the map.
            _ => true,
        };
        if may { self.map.get(word) } else { None }
    }
}

fn triggers() -> &'static Triggers {
    static TABLE: OnceLock<Triggers> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = HashMap::new();
        for line in TRIGGERS_TSV.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(word), Some(side), Some(kinds)) = (cols.next(), cols.next(), cols.next())
            else {
                continue;
            };
            map.insert(
                word,
                Trigger {
                    before_ok: side == "B",
                    kinds: kinds.split(',').collect(),
                },
            );
        }
        let mut by_length = [0u32; 32];
        for w in map.keys() {
            if let (Some(&first), Some(letters)) =
                (w.as_bytes().first(), by_length.get_mut(w.len()))
            {
                *letters |= 1 << (first & 31);
            }
        }
        Triggers { map, by_length }
    })
}

/// True when `word` (lower case) is a count word.
pub(crate) fn is_trigger(word: &str) -> bool {
    triggers().get(word).is_some()
}

/// How far from the number a count word may be.
const WINDOW_AFTER: usize = 7;
const WINDOW_BEFORE: usize = 5;

/// Adds the counts that `found` supports to `out`.
pub(crate) fn find(text: &str, toks: &[Token], found: &Found, out: &mut Vec<Count>) {
    let a = &found.amount;
    if found.measure || a.value < 1.0 || a.value.fract() != 0.0 || a.value >= 1e10 {
        return;
    }
    let table = triggers();
    let word = |i: usize| lower(toks.get(i).map_or("", |t| t.text(text)));

    // Before the number: "killed at least 28 people", "arrested 12".
    let mut hit: Option<(usize, &Trigger)> = None;
    let mut i = found.first;
    while i > 0 && found.first - i < WINDOW_BEFORE {
        i -= 1;
        if toks[i].kind != TokenKind::Word {
            break;
        }
        let w = word(i);
        let w = w.as_str();
        if let Some(t) = table.get(w) {
            if t.before_ok {
                hit = Some((i, t));
            }
            break;
        }
        if !words::is_count_filler(w) {
            break;
        }
    }
    if let Some((t_at, _)) = hit {
        // "did not kill", "may have killed": look at the words before the count word.
        let from = t_at.saturating_sub(3);
        if (from..t_at).any(|j| {
            let w = word(j);
            words::is_negation(w.as_str()) || words::is_hedge(w.as_str())
        }) {
            return;
        }
    } else {
        // After the number: the object itself ("40 protesters", "20 dead"), or a word a few
        // tokens on ("43 people have been killed"). A verb further on says what happened to
        // the object and wins over it: "40 protesters were arrested" is an arrest.
        let mut object_hit = None;
        let mut blocked = false;
        let mut j = found.last;
        let end = toks.len().min(found.last + WINDOW_AFTER);
        while j < end {
            let t = &toks[j];
            if t.kind != TokenKind::Word {
                break;
            }
            let w = word(j);
            let w = w.as_str();
            if let Some(tr) = table.get(w) {
                if found.object_tok == Some(j) && object_hit.is_none() {
                    object_hit = Some((j, tr));
                    j += 1;
                    continue;
                }
                hit = Some((j, tr));
                break;
            }
            if words::is_negation(w) || words::is_hedge(w) {
                blocked = true;
            }
            if words::is_stop_word(w) && !words::is_count_auxiliary(w) {
                break;
            }
            if matches!(
                w,
                "and" | "but" | "while" | "after" | "before" | "when" | "than" | "or"
            ) {
                break;
            }
            j += 1;
        }
        if blocked {
            return;
        }
        hit = hit.or(object_hit);
        if hit.is_none() {
            return;
        }
    }
    let Some((_, trigger)) = hit else {
        return;
    };
    // (Or the object of the amount listed before, that this one leaves out.)
    let object = match found.object_tok {
        Some(_) => a.object,
        None if found.borrowed => a.object,
        None => Object::None,
    };
    for kind in &trigger.kinds {
        out.push(Count {
            kind,
            count: a.value as u64,
            object,
            span: a.span,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_trigger_table_parses_and_uses_gdelt_types() {
        let t = &triggers().map;
        assert!(t.len() > 50);
        assert_eq!(t["killed"].kinds, ["KILL", "CRISISLEX_T03_DEAD"]);
        assert!(t["killed"].before_ok);
        assert!(!t["dead"].before_ok);
        for tr in t.values() {
            for k in &tr.kinds {
                assert!(
                    k.chars()
                        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
                );
            }
        }
    }
}
