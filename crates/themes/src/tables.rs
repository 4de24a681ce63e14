//! The compiled rules: the tables the matcher reads, and [`Themes::compile`], which makes them
//! from parsed rules.
//!
//! This module is shared with the build script (`build.rs`), which compiles the shipped rule
//! files once and writes the tables as Rust statics ([`Themes::shared`] borrows them: a run
//! neither parses nor compiles the shipped rules). [`Themes::parse`] compiles other rule files
//! at run time with the same code; its tables are owned. Hence every table is a
//! `Cow<'static, [T]>`.
//!
//! [`Themes::shared`]: crate::Themes::shared
//! [`Themes::parse`]: crate::Themes::parse

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::rules::{MAX_WORD, Rule};

pub(crate) const NO_WORD: u32 = u32::MAX;
pub(crate) const NO_CONTEXT: u32 = u32::MAX;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CompiledRule {
    pub labels_start: u32,
    pub labels_len: u32,
    pub context: u32,
}

/// A list of words of a context condition: `Themes::context_words[start..end]`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct WordList {
    pub start: u32,
    pub end: u32,
}

impl WordList {
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CompiledContext {
    pub cap: Option<bool>,
    pub near: WordList,
    pub not: WordList,
    pub prev: WordList,
    pub noprev: WordList,
    pub next: WordList,
    pub nonext: WordList,
    pub window: u32,
}

/// A trie node: eight bytes, so that the nodes (read once per phrase start, at random) take
/// half the cache they took with a 32-bit `rules_len`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Node {
    pub rules_start: u32,
    /// Rules that end here (the rules of one phrase: a few).
    pub rules_len: u16,
    pub has_children: bool,
    /// One of the rules is a blocking rule.
    pub blocks: bool,
}

/// A slot of [`Themes::edges`]: the trie edge `key` = `node << 32 | word id` → `node`;
/// [`NO_EDGE`] marks an empty slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Edge {
    pub key: u64,
    pub node: u32,
}

pub(crate) const NO_EDGE: u64 = u64::MAX;

/// The slot where the probe for trie edge `key` starts, in a table of `1 << (64 - shift)`
/// slots (multiplicative hashing: the top bits of the product).
#[inline]
pub(crate) fn edge_home(key: u64, shift: u32) -> usize {
    ((key ^ (key >> 29)).wrapping_mul(K) >> shift) as usize
}

/// Rules compiled for matching: a vocabulary table, a trie of word ids, rules and labels.
#[derive(Debug, PartialEq)]
pub struct Themes {
    pub(crate) labels: Cow<'static, [&'static str]>,
    pub(crate) rule_labels: Cow<'static, [u16]>,
    pub(crate) rules: Cow<'static, [CompiledRule]>,
    pub(crate) contexts: Cow<'static, [CompiledContext]>,
    /// The word ids of the contexts' word lists ([`WordList`]).
    pub(crate) context_words: Cow<'static, [u32]>,
    pub(crate) nodes: Cow<'static, [Node]>,
    /// The words that start a phrase have the ids below this; the trie node of the one-word
    /// phrase of word `id` is node `id + 1` (see [`Themes::compile`]).
    pub(crate) starters: u32,
    /// Trie edges below the root, an open-addressing table (linear probing from
    /// [`edge_home`]), at most half full.
    pub(crate) edges: Cow<'static, [Edge]>,
    pub(crate) edge_shift: u32,
    pub(crate) vocab: Vocab,
}

impl Themes {
    pub(crate) fn compile<'r>(parsed: &'r [Rule]) -> Themes {
        // (Words are borrowed from the parsed rules and the tables sized up front.)
        let n_phrases: usize = parsed.iter().map(|r| r.phrases.len()).sum();
        let mut vocab_ids: HashMap<&'r str, u32, BuildHasherDefault<FxHasher>> =
            HashMap::with_capacity_and_hasher(n_phrases, BuildHasherDefault::default());
        let mut words: Vec<&'r str> = Vec::with_capacity(n_phrases);
        let mut id_of = |w: &'r str| -> u32 {
            if let Some(&id) = vocab_ids.get(w) {
                return id;
            }
            let id = words.len() as u32;
            words.push(w);
            vocab_ids.insert(w, id);
            id
        };
        let mut labels: Vec<&'static str> = Vec::new();
        let mut label_ids: HashMap<&'static str, u16, BuildHasherDefault<FxHasher>> =
            HashMap::default();
        let mut rule_labels = Vec::new();
        let mut rules = Vec::with_capacity(parsed.len());
        let mut contexts = Vec::new();
        let mut context_words = Vec::new();
        let mut edges: HashMap<u64, u32, BuildHasherDefault<FxHasher>> =
            HashMap::with_capacity_and_hasher(n_phrases, BuildHasherDefault::default());
        let mut accepts: Vec<(u32, u32)> = Vec::with_capacity(n_phrases);

        // The words that start a phrase take the first ids, so that "does this word start a
        // phrase?" is `id < starters`, a comparison rather than a branch on a table entry (see
        // `Kept::keep`), and the trie's first nodes after the root are theirs, in id order: the
        // node a word starts is `id + 1`, without a table to read.
        let starters = parsed
            .iter()
            .flat_map(|r| &r.phrases)
            .filter_map(|phrase| phrase.first())
            .map(|w| id_of(w) + 1)
            .max()
            .unwrap_or(0);
        let mut nodes = vec![Node::default(); starters as usize + 1];

        for rule in parsed {
            let labels_start = rule_labels.len() as u32;
            for &l in &rule.labels {
                let next = labels.len() as u16;
                let id = *label_ids.entry(l).or_insert(next);
                if id == next {
                    labels.push(l);
                }
                rule_labels.push(id);
            }
            let context = if rule.context.is_trivial() {
                NO_CONTEXT
            } else {
                let c = &rule.context;
                let mut ids = |ws: &'r [String]| -> WordList {
                    let start = context_words.len() as u32;
                    context_words.extend(ws.iter().map(|w| id_of(w)));
                    WordList {
                        start,
                        end: context_words.len() as u32,
                    }
                };
                contexts.push(CompiledContext {
                    cap: c.cap,
                    near: ids(&c.near),
                    not: ids(&c.not),
                    prev: ids(&c.prev),
                    noprev: ids(&c.noprev),
                    next: ids(&c.next),
                    nonext: ids(&c.nonext),
                    window: u32::from(c.window),
                });
                contexts.len() as u32 - 1
            };
            let rule_id = rules.len() as u32;
            rules.push(CompiledRule {
                labels_start,
                labels_len: rule_labels.len() as u32 - labels_start,
                context,
            });
            for phrase in &rule.phrases {
                let mut node = 0u32;
                for (k, w) in phrase.iter().enumerate() {
                    let id = id_of(w) as usize;
                    if k == 0 {
                        node = id as u32 + 1;
                    } else {
                        let key = (u64::from(node) << 32) | id as u64;
                        nodes[node as usize].has_children = true;
                        node = *edges.entry(key).or_insert_with(|| {
                            nodes.push(Node::default());
                            nodes.len() as u32 - 1
                        });
                    }
                }
                accepts.push((node, rule_id));
            }
        }
        accepts.sort_unstable();
        accepts.dedup();
        let mut node_rules = Vec::with_capacity(accepts.len());
        let mut k = 0;
        while k < accepts.len() {
            let node = accepts[k].0;
            let start = node_rules.len() as u32;
            while k < accepts.len() && accepts[k].0 == node {
                node_rules.push(accepts[k].1);
                k += 1;
            }
            let n = &mut nodes[node as usize];
            n.blocks = node_rules[start as usize..]
                .iter()
                .any(|&r| rules[r as usize].labels_len == 0);
            n.rules_start = start;
            n.rules_len = u16::try_from(node_rules.len() - start as usize)
                .expect("fewer than 65536 rules with the same phrase");
        }
        // Rules in node order so that a node's rules are contiguous: rewrite through node_rules.
        let rules: Vec<CompiledRule> = node_rules.iter().map(|&r| rules[r as usize]).collect();
        let (edges, edge_shift) = edge_table(&edges);
        Themes {
            labels: labels.into(),
            rule_labels: rule_labels.into(),
            rules: rules.into(),
            contexts: contexts.into(),
            context_words: context_words.into(),
            nodes: nodes.into(),
            starters,
            edges: edges.into(),
            edge_shift,
            vocab: Vocab::new(&words),
        }
    }
}

/// The trie edges as an open-addressing table at most half full, and its shift for
/// [`edge_home`]. Filled in key order, so that the table does not depend on the map's order.
fn edge_table(edges: &HashMap<u64, u32, BuildHasherDefault<FxHasher>>) -> (Vec<Edge>, u32) {
    let size = (edges.len() * 2).next_power_of_two().max(16);
    let shift = 64 - size.trailing_zeros();
    let mut table = vec![
        Edge {
            key: NO_EDGE,
            node: 0
        };
        size
    ];
    let mut sorted: Vec<(u64, u32)> = edges.iter().map(|(&k, &v)| (k, v)).collect();
    sorted.sort_unstable();
    for (key, node) in sorted {
        let mut at = edge_home(key, shift);
        while table[at].key != NO_EDGE {
            at = (at + 1) & (size - 1);
        }
        table[at] = Edge { key, node };
    }
    (table, shift)
}

// ---------------------------------------------------------------------------------------------
// Vocabulary: an open-addressing table of lower-cased words.

#[derive(Debug, PartialEq)]
pub(crate) struct Vocab {
    /// (hash tag, id + 1) per slot; id + 1 == 0 marks an empty slot.
    pub slots: Cow<'static, [(u32, u32)]>,
    pub mask: usize,
    /// One bit per hash value modulo its size: most words of a text are not in the vocabulary,
    /// and this small table (in L1 cache) says so without a probe.
    pub filter: Cow<'static, [u64]>,
    pub filter_mask: usize,
    /// One bit per [`hash_one`] of the first chunk and the length of each word of more than
    /// eight bytes (modulo its size, `head_mask + 1`): a longer word of the text whose first
    /// eight bytes and length match none is turned away before the rest of it is read and
    /// hashed.
    pub heads: Cow<'static, [u64]>,
    pub head_mask: usize,
    /// The words of at most eight bytes again, by their one chunk (see `Vocab::lookup_one`),
    /// chunk 0 marking an empty slot, linear probing from the first slot of a pair of slots
    /// given by the same hash. A hit costs one comparison, without the tag, length and chunk
    /// indirections of `slots`.
    pub short: Cow<'static, [ShortSlot]>,
    pub short_mask: usize,
    /// Words as little-endian 8-byte chunks, zero-padded: word `id` is
    /// `chunks[starts[id]..starts[id + 1]]`, `lens[id]` bytes long.
    pub chunks: Cow<'static, [u64]>,
    pub starts: Cow<'static, [u32]>,
    pub lens: Cow<'static, [u8]>,
    /// Longest word, in bytes.
    pub longest: usize,
}

/// A slot of [`Vocab::short`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct ShortSlot {
    /// The word, zero-padded, as a little-endian integer; 0: empty.
    pub chunk: u64,
    pub id: u32,
    /// In the first slot of a pair: all ones when some word whose home is this pair lies
    /// beyond it, else 0 (a mask for [`NO_WORD`]).
    pub overflow: u32,
}

/// A word buffer: lower-cased bytes followed by at least eight zero bytes.
pub(crate) type WordBuf = [u8; MAX_WORD + 8];

impl Vocab {
    fn new(words: &[&str]) -> Vocab {
        let size = (words.len() * 4).next_power_of_two().max(16);
        let mut slots = vec![(0u32, 0u32); size];
        let mask = size - 1;
        let filter_bits = (words.len() * 16).next_power_of_two().max(64);
        let mut filter = vec![0u64; filter_bits / 64];
        let filter_mask = filter_bits - 1;
        let mut heads = vec![0u64; filter_bits / 64];
        let head_mask = filter_mask;
        let mut chunks = Vec::new();
        let mut starts = vec![0u32];
        let mut lens = Vec::with_capacity(words.len());
        let mut longest = 0;
        let short_size = (words.len() * 4).next_power_of_two().max(16);
        let mut short = vec![ShortSlot::default(); short_size];
        let short_mask = short_size - 1;
        for (id, w) in words.iter().enumerate() {
            let mut buf: WordBuf = [0; MAX_WORD + 8];
            let n = w.len().min(MAX_WORD);
            buf[..n].copy_from_slice(&w.as_bytes()[..n]);
            chunks.extend((0..n.div_ceil(8)).map(|k| chunk(&buf, k)));
            starts.push(chunks.len() as u32);
            lens.push(n as u8);
            longest = longest.max(n);
            let mut key = [0u64; KEY_CHUNKS];
            for (k, slot) in key.iter_mut().enumerate().take(n.div_ceil(8)) {
                *slot = chunk(&buf, k);
            }
            let h = hash_key(&key, n);
            let bit = (h >> 40) as usize & filter_mask;
            filter[bit / 64] |= 1 << (bit % 64);
            if n > 8 {
                let bit = hash_one(key[0], n) as usize & head_mask;
                heads[bit / 64] |= 1 << (bit % 64);
            }
            let mut at = (h as usize) & mask;
            while slots[at].1 != 0 {
                at = (at + 1) & mask;
            }
            slots[at] = ((h >> 32) as u32, id as u32 + 1);
        }
        // The short table, shortest words first: the most frequent words of a text are short
        // (function words), and the words placed first sit in their home pair.
        let lens_ref = &lens;
        let by_len = (1..=8)
            .flat_map(|n| (0..words.len()).filter(move |&id| usize::from(lens_ref[id]) == n));
        for id in by_len {
            let n = usize::from(lens[id]);
            let c = chunks[starts[id] as usize];
            let home = (hash_one(c, n) as usize) & short_mask & !1;
            let mut at = home;
            // (A word's first chunk is never 0: words are not empty and hold no zero byte.)
            while short[at].chunk != 0 {
                at = (at + 1) & short_mask;
            }
            short[at].chunk = c;
            short[at].id = id as u32;
            if at != home && at != home + 1 {
                short[home].overflow = NO_WORD;
            }
        }
        Vocab {
            slots: slots.into(),
            mask,
            short: short.into(),
            short_mask,
            filter: filter.into(),
            filter_mask,
            heads: heads.into(),
            head_mask,
            chunks: chunks.into(),
            starts: starts.into(),
            lens: lens.into(),
            longest,
        }
    }
}

/// Chunks of a lookup key: [`MAX_WORD`] bytes.
pub(crate) const KEY_CHUNKS: usize = MAX_WORD.div_ceil(8);

/// The `k`-th 8-byte chunk of a word buffer.
#[inline]
pub(crate) fn chunk(buf: &WordBuf, k: usize) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&buf[k * 8..k * 8 + 8]);
    u64::from_le_bytes(w)
}

const K: u64 = 0xf135_7aea_2e62_a9c5;

/// Hash of a word given as zero-padded 8-byte chunks.
#[inline]
pub(crate) fn hash_key(key: &[u64; KEY_CHUNKS], n: usize) -> u64 {
    let mut h = n as u64;
    for &c in &key[..n.div_ceil(8)] {
        h = (h.rotate_left(26) ^ c).wrapping_mul(K);
    }
    h ^ (h >> 29)
}

/// [`hash_key`] of a word of at most eight bytes (one chunk).
#[inline]
pub(crate) fn hash_one(chunk: u64, n: usize) -> u64 {
    let h = ((n as u64).rotate_left(26) ^ chunk).wrapping_mul(K);
    h ^ (h >> 29)
}

/// A small multiplicative hasher for the compiler's maps.
#[derive(Debug, Default, Clone, Copy)]
struct FxHasher(u64);

impl Hasher for FxHasher {
    fn finish(&self) -> u64 {
        // Fold the high bits, which the multiplications fill best, into the low ones.
        self.0 ^ (self.0 >> 31)
    }
    fn write(&mut self, bytes: &[u8]) {
        // (Eight bytes at a time: the words of the rules are hashed while compiling them.)
        for chunk in bytes.chunks(8) {
            let mut w = [0u8; 8];
            w[..chunk.len()].copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(w));
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(K);
    }
}
