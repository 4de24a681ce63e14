//! The speech-verb lexicon and the small word classes the attribution rules need.
//!
//! Every form is listed as written (no stemming at run time), with flags saying how it can
//! introduce speech. Look-ups go through an open-addressing table built once per process from
//! the const list, keyed by the ASCII-lower-cased word (one hash and one compare per token).

use std::sync::OnceLock;

/// The verb can attribute a direct quotation (`“…,” she said`).
pub const DIRECT: u8 = 1;
/// The verb can take a `that`-clause of reported speech (`warned that …`).
pub const THAT: u8 = 1 << 1;
/// The verb can take a bare clause of reported speech (`said the plan failed`).
pub const BARE: u8 = 1 << 2;
/// The verb takes a hearer before the clause (`told reporters that …`).
pub const HEARER: u8 = 1 << 3;
/// A participle that reports speech of the clause's subject (`…, adding that …`).
pub const PARTICIPLE: u8 = 1 << 4;
/// A present-tense form: `says`, `tells` (only matters for readers of [`VerbInfo`]).
pub const PRESENT: u8 = 1 << 5;
/// A verb that names something in the speaker's words, attributing a short quotation right
/// after it (`called the plan “reckless”`, `described it as “chaos”`).
pub const NAMING: u8 = 1 << 6;
/// A form that is also a common noun ("reports", "claims", "states"): it needs a subject that
/// is a name, a pronoun or a noun phrase with its determiner.
pub const NOUNLIKE: u8 = 1 << 7;

const D: u8 = DIRECT;
const DT: u8 = DIRECT | THAT;
const DTB: u8 = DIRECT | THAT | BARE;
const DTH: u8 = DIRECT | THAT | HEARER;
const DTBH: u8 = DIRECT | THAT | BARE | HEARER;
const P: u8 = PARTICIPLE | THAT;

/// The speech verbs, as written, with their flags. Lower case, ASCII.
const VERBS: &[(&str, u8)] = &[
    // say / tell: the core of news attribution.
    ("said", DTB),
    ("says", DTB | PRESENT),
    ("say", DTB | PRESENT),
    ("saying", P | BARE),
    ("told", DTBH),
    ("tells", DTBH | PRESENT),
    ("tell", DTBH),
    ("telling", P | HEARER),
    // Adding, explaining, stressing.
    ("added", DT),
    ("adds", DT | PRESENT),
    ("adding", P | BARE),
    ("explained", DT),
    ("explains", DT | PRESENT),
    ("explaining", P),
    ("noted", DT),
    ("notes", DT | PRESENT | NOUNLIKE),
    ("noting", P),
    ("stressed", DT),
    ("stresses", DT | PRESENT),
    ("stressing", P),
    ("emphasized", DT),
    ("emphasised", DT),
    ("emphasizes", DT | PRESENT),
    ("emphasises", DT | PRESENT),
    ("underlined", DT),
    ("pointed", 0), // "pointed out" is handled as a phrase
    ("observed", DT),
    ("observes", DT | PRESENT),
    ("remarked", DT),
    ("remarks", DT | PRESENT | NOUNLIKE),
    ("commented", D),
    ("continued", D),
    ("concluded", DT),
    ("concludes", DT | PRESENT),
    ("recalled", DT),
    ("recalls", DT | PRESENT),
    // Warning, arguing, claiming.
    ("warned", DTH),
    ("warns", DTH | PRESENT),
    ("warning", P),
    ("cautioned", DTH),
    ("cautions", DTH | PRESENT | NOUNLIKE),
    ("argued", DTB),
    ("argues", DTB | PRESENT),
    ("arguing", P),
    ("insisted", DTB),
    ("insists", DTB | PRESENT),
    ("insisting", P),
    ("claimed", DT),
    ("claims", DT | PRESENT | NOUNLIKE),
    ("claiming", P),
    ("contended", DT),
    ("maintained", DT),
    ("maintains", DT | PRESENT),
    ("asserted", DT),
    ("alleged", DT),
    ("alleges", DT | PRESENT),
    ("charged", DT),
    ("countered", DT),
    ("counters", DT | PRESENT | NOUNLIKE),
    ("retorted", D),
    ("replied", DT),
    ("replies", DT | PRESENT | NOUNLIKE),
    ("responded", D),
    ("responds", D | PRESENT),
    ("answered", D),
    ("declared", DT),
    ("proclaimed", DT),
    ("vowed", DT),
    ("promised", DT),
    ("pledged", DT),
    ("predicted", DT),
    ("predicts", DT | PRESENT),
    ("estimated", DT),
    ("suggested", DT),
    ("suggests", DT | PRESENT),
    ("conceded", DT),
    ("concedes", DT | PRESENT),
    ("admitted", DT),
    ("admits", DT | PRESENT),
    ("acknowledged", DT),
    ("acknowledges", DT | PRESENT),
    ("confirmed", DT),
    ("confirms", DT | PRESENT),
    ("denied", 0),
    ("revealed", DT),
    ("disclosed", DT),
    ("announced", DT),
    ("announces", DT | PRESENT),
    ("reported", DT),
    ("reports", DT | PRESENT | NOUNLIKE),
    ("stated", DT),
    ("states", DT | PRESENT | NOUNLIKE),
    ("mentioned", DT),
    ("indicated", DT),
    ("agreed", D),
    ("complained", DT),
    ("lamented", DT),
    ("boasted", DT),
    ("joked", DT),
    ("quipped", DT),
    ("quips", DT | PRESENT),
    ("laughed", D),
    ("laughs", D | PRESENT | NOUNLIKE),
    ("cried", D),
    ("shouted", DT),
    ("screamed", D),
    ("yelled", D),
    ("whispered", DT),
    ("sighed", D),
    ("sighs", D | PRESENT | NOUNLIKE),
    ("exclaimed", D),
    ("blurted", D),
    ("repeated", D),
    ("muttered", D),
    ("mumbled", D),
    ("murmured", D),
    ("mused", DT),
    ("muses", DT | PRESENT),
    ("snapped", D),
    ("scoffed", D),
    ("crowed", D),
    ("gushed", D),
    ("echoed", D),
    ("echoes", D | PRESENT),
    ("chimed", D),
    ("recounted", DT),
    ("remembered", DT),
    ("conceding", P),
    ("echoing", P),
    ("wondered", D),
    ("asked", D),
    ("asks", D | PRESENT),
    ("demanded", DT),
    ("urged", D),
    ("pleaded", D),
    ("begged", D),
    ("wrote", DT),
    ("writes", DT | PRESENT),
    ("tweeted", DT),
    ("posted", D),
    ("testified", DT),
    ("assured", DTH),
    ("informed", DTH),
    ("reminded", DTH),
    ("advised", DTH),
    ("believes", DTB | PRESENT),
    ("believed", THAT),
    ("thinks", DTB | PRESENT),
    ("hopes", THAT | PRESENT),
    ("feels", THAT | PRESENT),
    ("felt", THAT),
    ("figured", THAT),
    ("reckons", DTB | PRESENT),
    ("affirmed", DT),
    ("reiterated", DT),
    ("signalled", THAT),
    ("signaled", THAT),
    ("hinted", THAT),
    ("speculated", DT),
    ("guessed", D),
    ("acknowledging", P),
    ("suggesting", P),
    ("stating", P),
    ("declaring", P),
    ("insist", DTB | PRESENT),
    ("argue", DTB | PRESENT),
    ("warn", DTH | PRESENT),
    ("claim", DT | PRESENT | NOUNLIKE),
    ("believe", THAT | PRESENT),
    ("explain", DT | PRESENT),
    ("note", DT | PRESENT | NOUNLIKE),
    ("add", DT | PRESENT),
    ("report", DT | PRESENT | NOUNLIKE),
    ("confirm", DT | PRESENT),
    ("suggest", DT | PRESENT),
    ("admit", DT | PRESENT),
    ("acknowledge", DT | PRESENT),
    ("stress", DT | PRESENT | NOUNLIKE),
    ("advises", DTH | PRESENT),
    ("advise", DTH | PRESENT),
    ("called", NAMING),
    ("calling", NAMING),
    ("calls", NAMING),
    ("described", NAMING),
    ("describing", NAMING),
    ("describes", NAMING),
    ("dubbed", NAMING),
    ("labelled", NAMING),
    ("labeled", NAMING),
    ("branded", NAMING),
    ("termed", NAMING),
    ("chanted", D),
    ("according", 0), // "according to": handled as a phrase
];

/// What the lexicon knows about a speech-verb form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VerbInfo {
    pub flags: u8,
}

impl VerbInfo {
    #[inline]
    pub fn has(self, flag: u8) -> bool {
        self.flags & flag != 0
    }
}

const SLOTS: usize = 512;

struct Table {
    slots: Vec<(&'static [u8], u8)>,
}

fn hash(w: &[u8]) -> usize {
    let mut h: u32 = 0x811c_9dc5;
    for &b in w {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h as usize
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut slots: Vec<(&'static [u8], u8)> = vec![(b"", 0); SLOTS];
        for &(w, f) in VERBS {
            let mut i = hash(w.as_bytes()) % SLOTS;
            while !slots[i].0.is_empty() && slots[i].0 != w.as_bytes() {
                i = (i + 1) % SLOTS;
            }
            slots[i] = (w.as_bytes(), f);
        }
        Table { slots }
    })
}

/// The longest listed form, in bytes.
pub const MAX_LEN: usize = 14;

/// Letter index of a byte: `(byte | 0x20) - b'a'` modulo 32 (a–z are 0–25; other bytes land
/// in slots no listed form uses, or in a letter's slot and are then rejected by the table).
#[inline(always)]
const fn slot(b: u8) -> usize {
    ((b | 0x20).wrapping_sub(b'a') & 31) as usize
}

/// Column of a byte in [`PREFILTER`]: its low six bits (one operation on every token's second
/// and last bytes; a letter's capital and small forms have columns of their own, both set,
/// and other bytes that share a letter's column are rejected by the table's look-up).
#[inline(always)]
const fn col(b: u8) -> usize {
    (b & 63) as usize
}

/// Bit `len` is set in `[first][last]` (and in `[first][second]` of the second table) when
/// some listed form of that length has those letters (rows by [`slot`], columns by [`col`], in
/// either case). Three loads and a test reject 97% of the words of news text before any
/// hashing.
static PREFILTER: ([[u16; 64]; 32], [[u16; 64]; 32]) = {
    let mut fl = [[0u16; 64]; 32];
    let mut fs = [[0u16; 64]; 32];
    let mut i = 0;
    while i < VERBS.len() {
        let w = VERBS[i].0.as_bytes();
        let (second, last) = (w[1], w[w.len() - 1]);
        let row = slot(w[0]);
        fl[row][col(last.to_ascii_lowercase())] |= 1 << w.len();
        fl[row][col(last.to_ascii_uppercase())] |= 1 << w.len();
        fs[row][col(second.to_ascii_lowercase())] |= 1 << w.len();
        fs[row][col(second.to_ascii_uppercase())] |= 1 << w.len();
        i += 1;
    }
    (fl, fs)
};

/// The prefilter of [`lookup_bytes`], without branches: true when a word of `len` bytes
/// (at least 2) with these first, second and last bytes may be listed.
#[inline(always)]
pub fn may_be_verb(first: u8, second: u8, last: u8, len: usize) -> bool {
    let f = slot(first);
    PREFILTER.0[f][col(last)] & PREFILTER.1[f][col(second)] & (1u16 << (len & 15)) != 0
}

/// A row of [`PREFILTER`] that no listed form uses (all its bits are clear): every form starts
/// with a lower-case letter, whose rows are 0 to 25.
const NO_ROW: u8 = 31;

/// The row of [`PREFILTER`] for the first byte of a token as the scan of the text takes it: a
/// lower-case letter's own, `A`'s that of `a` ("According to"), [`NO_ROW`] for any other byte.
static SCAN_ROW: [u8; 256] = {
    let mut t = [NO_ROW; 256];
    let mut c = b'a';
    while c <= b'z' {
        t[c as usize] = slot(c) as u8;
        c += 1;
    }
    t[b'A' as usize] = slot(b'a') as u8;
    t
};

// Bit 15 of [`PREFILTER`] is never set (nor, as a `u16`, any above), so a token of 15 to 31
// bytes shifts to a clear bit.
const _: () = assert!(MAX_LEN < 15);

/// The prefilter as the scan of the text applies it to every token, as bit 0 of a number (the
/// caller combines it with other bits and tests once: a `bool` is a comparison, which the
/// compiler may turn into a branch of its own): set when a token of `len` bytes (any number)
/// with these first, second and last bytes may be a listed form, written in lower case or as
/// "According". Three table loads and a shift; the case of the first letter and the length
/// come from the tables.
#[inline(always)]
pub fn scan_bit(first: u8, second: u8, last: u8, len: usize) -> u32 {
    let f = usize::from(SCAN_ROW[usize::from(first)]);
    // (The length modulo 32, not clamped: bits 15 and up of the tables are clear, and a token
    // of 32 bytes or more that passes is turned away by [`lookup_bytes`].)
    u32::from(PREFILTER.0[f][col(last)] & PREFILTER.1[f][col(second)]) >> (len & 31)
}

/// Looks up a word (any case). `None` when it is not a speech verb.
#[cfg(test)]
pub fn lookup(word: &str) -> Option<VerbInfo> {
    lookup_bytes(word.as_bytes())
}

/// [`lookup`] on the word's bytes.
#[inline]
pub fn lookup_bytes(w: &[u8]) -> Option<VerbInfo> {
    if w.len() < 3 || w.len() > MAX_LEN {
        return None;
    }
    if w.len() < 2 || !may_be_verb(w[0], w[1], w[w.len() - 1], w.len()) {
        return None;
    }
    let mut buf = [0u8; MAX_LEN];
    for (d, s) in buf.iter_mut().zip(w) {
        *d = s.to_ascii_lowercase();
    }
    let key = &buf[..w.len()];
    let t = table();
    let mut i = hash(key) % SLOTS;
    loop {
        let (k, f) = t.slots[i];
        if k.is_empty() {
            return None;
        }
        if k == key {
            return Some(VerbInfo { flags: f });
        }
        i = (i + 1) % SLOTS;
    }
}

/// Personal pronouns that can name a speaker outside a quotation, with what they can refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pronoun {
    /// he / she: a person.
    Singular,
    /// they: an organisation, a group, or a person.
    Plural,
    /// it: an organisation.
    Neuter,
    /// I / we / you: the writer or someone in a quotation; not resolved.
    Speaker,
}

pub fn pronoun(word: &str) -> Option<Pronoun> {
    let w = word.as_bytes();
    if w.len() > 4 {
        return None;
    }
    let mut buf = [0u8; 4];
    for (d, s) in buf.iter_mut().zip(w) {
        *d = s.to_ascii_lowercase();
    }
    Some(match &buf[..w.len()] {
        b"he" | b"she" => Pronoun::Singular,
        b"they" => Pronoun::Plural,
        b"it" => Pronoun::Neuter,
        b"i" | b"we" | b"you" => Pronoun::Speaker,
        _ => return None,
    })
}

/// Nouns that name an organisation a speaker may stand for, beside [`STATE_BODY_NOUNS`].
static ORG_NOUNS: WordList<50> = packed([
    "agency",
    "airline",
    "association",
    "authority",
    "automaker",
    "bank",
    "board",
    "broadcaster",
    "campaign",
    "charity",
    "club",
    "commission",
    "committee",
    "company",
    "corporation",
    "council",
    "family",
    "federation",
    "firm",
    "foundation",
    "group",
    "hospital",
    "institute",
    "insurer",
    "league",
    "manufacturer",
    "network",
    "newspaper",
    "office",
    "operator",
    "organisation",
    "organization",
    "party",
    "railroad",
    "railway",
    "regulator",
    "report",
    "retailer",
    "school",
    "senate",
    "service",
    "state",
    "statement",
    "study",
    "team",
    "union",
    "university",
    "utility",
    "watchdog",
    "website",
]);

/// Nouns of a state's own bodies and places ([`is_state_body_noun`]).
static STATE_BODY_NOUNS: WordList<20> = packed([
    "administration",
    "army",
    "cabinet",
    "city",
    "country",
    "county",
    "court",
    "department",
    "district",
    "embassy",
    "force",
    "government",
    "kremlin",
    "military",
    "ministry",
    "parliament",
    "pentagon",
    "police",
    "province",
    "region",
]);

static SKIPPABLE_BEFORE_VERB: WordList<44> = packed([
    "again",
    "already",
    "also",
    "always",
    "bluntly",
    "could",
    "did",
    "do",
    "does",
    "earlier",
    "even",
    "finally",
    "firmly",
    "first",
    "flatly",
    "frankly",
    "further",
    "had",
    "has",
    "have",
    "initially",
    "just",
    "later",
    "may",
    "might",
    "now",
    "often",
    "once",
    "only",
    "originally",
    "previously",
    "privately",
    "publicly",
    "quickly",
    "recently",
    "repeatedly",
    "reportedly",
    "separately",
    "simply",
    "still",
    "subsequently",
    "then",
    "will",
    "would",
]);

static TIME_WORDS: WordList<28> = packed([
    "afternoon",
    "autumn",
    "earlier",
    "evening",
    "fall",
    "friday",
    "later",
    "monday",
    "month",
    "morning",
    "night",
    "previously",
    "recently",
    "saturday",
    "spring",
    "summer",
    "sunday",
    "thursday",
    "time",
    "today",
    "tonight",
    "tuesday",
    "wednesday",
    "week",
    "weekend",
    "winter",
    "year",
    "yesterday",
]);

static MANNER_ADVERBS: WordList<34> = packed([
    "afterward",
    "afterwards",
    "again",
    "also",
    "angrily",
    "bluntly",
    "calmly",
    "candidly",
    "cautiously",
    "confidently",
    "emphatically",
    "firmly",
    "flatly",
    "frankly",
    "further",
    "however",
    "matter-of-factly",
    "often",
    "once",
    "openly",
    "optimistically",
    "plainly",
    "previously",
    "privately",
    "proudly",
    "publicly",
    "quietly",
    "recently",
    "repeatedly",
    "separately",
    "simply",
    "then",
    "too",
    "twice",
]);

static ADJUNCT_STARTS: WordList<29> = packed([
    "about",
    "after",
    "ahead",
    "as",
    "at",
    "back",
    "before",
    "by",
    "during",
    "following",
    "for",
    "from",
    "in",
    "inside",
    "instead",
    "of",
    "on",
    "out",
    "outside",
    "over",
    "through",
    "to",
    "under",
    "up",
    "upon",
    "via",
    "when",
    "while",
    "with",
]);

static NP_ENDS: WordList<36> = packed([
    "about",
    "according",
    "adding",
    "after",
    "as",
    "at",
    "before",
    "but",
    "by",
    "during",
    "explaining",
    "for",
    "from",
    "in",
    "last",
    "noting",
    "of",
    "on",
    "referring",
    "said",
    "saying",
    "says",
    "since",
    "speaking",
    "than",
    "that",
    "this",
    "to",
    "today",
    "told",
    "when",
    "which",
    "while",
    "who",
    "with",
    "yesterday",
]);

static NOT_IN_NP: WordList<51> = packed([
    "about", "after", "also", "although", "and", "are", "as", "at", "be", "because", "been",
    "before", "but", "by", "for", "from", "had", "has", "have", "how", "if", "in", "into", "is",
    "not", "on", "or", "over", "said", "says", "since", "so", "than", "that", "then", "though",
    "to", "told", "under", "was", "were", "what", "when", "where", "which", "while", "who", "whom",
    "why", "with", "yet",
]);

static DETERMINERS: WordList<19> = packed([
    "a", "an", "another", "her", "his", "its", "many", "one", "our", "several", "some", "that",
    "the", "their", "these", "this", "those", "three", "two",
]);

static NO_BARE_CLAUSE: WordList<32> = packed([
    "amen",
    "and",
    "anything",
    "but",
    "enough",
    "goodbye",
    "grace",
    "hello",
    "hi",
    "how",
    "if",
    "little",
    "much",
    "not",
    "nothing",
    "ok",
    "okay",
    "or",
    "otherwise",
    "so",
    "something",
    "sorry",
    "thank",
    "thanks",
    "to",
    "what",
    "where",
    "whether",
    "which",
    "who",
    "why",
    "yes",
]);

/// A word of at most 16 bytes as one integer (its bytes in base 256): distinct words without
/// NUL bytes give distinct keys, so a set of words is a sorted array of integers.
const fn key(w: &[u8]) -> u128 {
    let mut k: u128 = 0;
    let mut i = 0;
    while i < w.len() {
        k = (k << 8) | w[i].to_ascii_lowercase() as u128;
        i += 1;
    }
    k
}

/// A list of words: their keys ([`key`]), sorted, and which first letters each length has.
struct WordList<const N: usize> {
    /// Bit [`slot`] of a word's first letter in entry `len` for each listed word of `len`
    /// bytes: most words asked about are turned away by one load and a shift, before the
    /// binary search.
    by_length: [u32; 17],
    keys: [u128; N],
}

/// The word list of `words`, made at compile time.
const fn packed<const N: usize>(words: [&str; N]) -> WordList<N> {
    let mut keys = [0u128; N];
    let mut i = 0;
    while i < N {
        assert!(words[i].len() <= 16, "listed words have at most 16 bytes");
        keys[i] = key(words[i].as_bytes());
        i += 1;
    }
    let mut by_length = [0u32; 17];
    let mut i = 0;
    while i < N {
        let w = words[i].as_bytes();
        // (The key's first byte: the word's first, in lower case.)
        by_length[w.len()] |= 1 << slot(w[0].to_ascii_lowercase());
        i += 1;
    }
    // Insertion sort: the lists are short.
    let mut i = 1;
    while i < N {
        let mut j = i;
        while j > 0 && keys[j - 1] > keys[j] {
            let t = keys[j - 1];
            keys[j - 1] = keys[j];
            keys[j] = t;
            j -= 1;
        }
        i += 1;
    }
    WordList { by_length, keys }
}

/// True when `word` (any case) is in `list`. (A capital and its small letter have the same
/// [`slot`]; so has any other byte in both tests.)
#[inline]
fn in_list<const N: usize>(word: &str, list: &WordList<N>) -> bool {
    let w = word.as_bytes();
    let (Some(&first), Some(&letters)) = (w.first(), list.by_length.get(w.len())) else {
        return false;
    };
    letters >> slot(first) & 1 != 0 && list.keys.binary_search(&key_at_run_time(w)).is_ok()
}

/// [`key`] of a word of at most 16 bytes, without a loop over its bytes (whose exit, at a length
/// that varies from word to word, was often mispredicted): the word is read in two overlapping
/// windows of eight, four or one bytes, each shifted to its place (the bytes they share land on
/// themselves), and lower-cased sixteen bytes at once.
fn key_at_run_time(w: &[u8]) -> u128 {
    let n = w.len();
    // Bytes `i..i + width` of the word as a big-endian number.
    let window = |i: usize, width: usize| {
        let mut x = [0u8; 8];
        x[8 - width..].copy_from_slice(&w[i..i + width]);
        u128::from(u64::from_be_bytes(x))
    };
    let raw = if n >= 8 {
        (window(0, 8) << (8 * (n - 8))) | window(n - 8, 8)
    } else if n >= 4 {
        (window(0, 4) << (8 * (n - 4))) | window(n - 4, 4)
    } else if n > 0 {
        (window(0, 1) << (8 * (n - 1)))
            | (window(n / 2, 1) << (8 * (n - 1 - n / 2)))
            | window(n - 1, 1)
    } else {
        0
    };
    text::swar::ascii_lower_u128(raw)
}

/// Every word list, for the test that no word is listed twice.
#[cfg(test)]
const LISTS: &[&[u128]] = &[
    &PASSIVE_AUX.keys,
    &DOCUMENT_NOUNS.keys,
    &ORG_NOUNS.keys,
    &SKIPPABLE_BEFORE_VERB.keys,
    &TIME_WORDS.keys,
    &MANNER_ADVERBS.keys,
    &ADJUNCT_STARTS.keys,
    &NP_ENDS.keys,
    &NOT_IN_NP.keys,
    &DETERMINERS.keys,
    &NO_BARE_CLAUSE.keys,
];

fn lower_eq(word: &str, list: &[&str]) -> bool {
    let Some(&first) = word.as_bytes().first() else {
        return false;
    };
    let first = first.to_ascii_lowercase();
    list.iter()
        .any(|w| w.len() == word.len() && w.as_bytes()[0] == first && w.eq_ignore_ascii_case(word))
}

/// Head nouns that name an organisation ("the ministry said").
pub fn is_org_noun(word: &str) -> bool {
    in_list(word, &ORG_NOUNS) || is_state_body_noun(word)
}

/// Nouns of a state's own bodies and places ("the army", "police", "the ministry", "the
/// city"), which speak for a state, not for whatever firm or agency was named last.
pub fn is_state_body_noun(word: &str) -> bool {
    in_list(word, &STATE_BODY_NOUNS)
}

/// Prepositions that attach an organisation to a person's noun phrase ("X at the University of
/// Y", "a spokeswoman for Z").
pub fn is_postmodifier_preposition(word: &str) -> bool {
    ["at", "with", "of", "for", "from", "in"]
        .iter()
        .any(|p| p.eq_ignore_ascii_case(word))
}

/// Nouns of documents through which an organisation speaks ("a statement from the EU").
pub fn is_document_noun(word: &str) -> bool {
    in_list(word, &DOCUMENT_NOUNS)
}

static DOCUMENT_NOUNS: WordList<18> = packed([
    "statement",
    "book",
    "database",
    "report",
    "release",
    "letter",
    "memo",
    "document",
    "study",
    "survey",
    "filing",
    "complaint",
    "lawsuit",
    "suit",
    "website",
    "post",
    "email",
    "notice",
]);

/// Conjunctions that start another clause.
pub fn is_conjunction(word: &str) -> bool {
    [
        "but", "and", "or", "so", "because", "while", "although", "though", "yet",
    ]
    .iter()
    .any(|c| c.eq_ignore_ascii_case(word))
}

/// A form of "be" before a participle: the passive ("was told", "were reminded"), whose subject
/// is not the speaker.
pub fn is_passive_aux(word: &str) -> bool {
    in_list(word, &PASSIVE_AUX)
}

static PASSIVE_AUX: WordList<8> = packed(["am", "are", "be", "been", "being", "is", "was", "were"]);

/// Words that may stand between a subject and its verb ("he also said", "she has said").
pub fn is_skippable_before_verb(word: &str) -> bool {
    in_list(word, &SKIPPABLE_BEFORE_VERB)
}

/// "never", and a verb with "n't" ("doesn't", "won’t"), that deny the verb after them.
pub fn is_negation(word: &str) -> bool {
    word == "never" || word.ends_with("n't") || word.ends_with("n\u{2019}t")
}

/// Modal verbs that make what follows a supposition, not a report: "no one can say", "anyone in
/// their right mind would say", "one could argue" ("will" says what someone is to say, and
/// "I must admit" what the writer does say: both stay).
pub fn is_hypothetical_modal(word: &str) -> bool {
    matches!(
        word,
        "can" | "could" | "would" | "might" | "may" | "should" | "cannot"
    )
}

/// Words of time that make a short adjunct ("said Monday", "said last week").
pub fn is_time_word(word: &str) -> bool {
    in_list(word, &TIME_WORDS)
}

/// Adverbs of manner or sequence that may stand between a verb and its clause.
pub fn is_manner_adverb(word: &str) -> bool {
    in_list(word, &MANNER_ADVERBS)
}

/// Words that stop a reported clause from starting right after the verb ("said in a
/// statement", "said on Monday", "told of").
pub fn is_adjunct_start(word: &str) -> bool {
    in_list(word, &ADJUNCT_STARTS)
}

/// Words that end a subject noun phrase read forward from the verb ("said Jane Doe in …").
pub fn ends_np(word: &str) -> bool {
    in_list(word, &NP_ENDS)
}

/// Words that cannot be part of a subject noun phrase read backwards from the verb.
pub fn stops_np_backwards(word: &str) -> bool {
    in_list(word, &NOT_IN_NP)
}

/// Roles of someone other than the people a story is about, who speak of them: "the judge
/// said" in a trial is not the accused, unless the article gives someone that role.
pub fn is_third_party(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "judge"
            | "justice"
            | "magistrate"
            | "prosecutor"
            | "coroner"
            | "witness"
            | "neighbour"
            | "neighbor"
            | "bystander"
            | "juror"
            | "person"
    )
}

/// Determiners that start a noun phrase.
pub fn is_determiner(word: &str) -> bool {
    in_list(word, &DETERMINERS)
}

/// The word without a clitic: "she's" → "she", "they’re" → "they", "it'll" → "it".
pub fn without_clitic(word: &str) -> &str {
    for sep in ['\'', '\u{2019}'] {
        if let Some(i) = word.find(sep) {
            let tail = &word[i + sep.len_utf8()..];
            if matches!(
                tail.to_ascii_lowercase().as_str(),
                "s" | "re" | "ll" | "ve" | "d" | "m"
            ) {
                return &word[..i];
            }
        }
    }
    word
}

/// What one tells that is no hearer: "tells the truth", "told a joke", "tell the difference".
pub fn is_told_thing(word: &str) -> bool {
    lower_eq(
        word,
        &[
            "truth",
            "lie",
            "lies",
            "story",
            "stories",
            "joke",
            "jokes",
            "tale",
            "tales",
            "difference",
            "time",
        ],
    )
}

/// Words after "said"/"says" that do not begin a reported clause ("said goodbye", "said so").
pub fn blocks_bare_clause(word: &str) -> bool {
    in_list(word, &NO_BARE_CLAUSE)
}

/// +1 for he/his/him/himself, -1 for she/her/hers/herself, 0 otherwise.
pub fn pronoun_gender(word: &str) -> i32 {
    if !(2..=7).contains(&word.len()) || !matches!(word.as_bytes()[0] | 0x20, b'h' | b's') {
        return 0;
    }
    if lower_eq(word, &["he", "his", "him", "himself"]) {
        1
    } else if lower_eq(word, &["she", "her", "hers", "herself"]) {
        -1
    } else {
        0
    }
}

/// +1 for a man's title ("Mr."), -1 for a woman's ("Ms.", "Mrs."), 0 otherwise.
pub fn title_gender(word: &str) -> i32 {
    if lower_eq(
        word,
        &["mr.", "mr", "sir", "lord", "king", "prince", "father"],
    ) {
        1
    } else if lower_eq(
        word,
        &[
            "ms.", "ms", "mrs.", "mrs", "miss", "dame", "lady", "queen", "princess", "sister",
        ],
    ) {
        -1
    } else {
        0
    }
}

/// +1 for a role that names a man ("spokesman"), -1 for a woman's ("spokeswoman").
pub fn role_gender(role: &str) -> i32 {
    let r = role.to_ascii_lowercase();
    if r.ends_with("woman") || r.ends_with("women") || r.ends_with("ess") || title_gender(&r) < 0 {
        -1
    } else if r.ends_with("man") || r.ends_with("men") || title_gender(&r) > 0 {
        1
    } else {
        0
    }
}

/// A noun for a kind of news outlet, which the outlet's name may follow: "told the newspaper
/// Dagens Nyheter", "told the broadcaster NHK".
pub fn is_outlet_noun(word: &str) -> bool {
    matches!(
        word,
        "newspaper"
            | "paper"
            | "daily"
            | "weekly"
            | "magazine"
            | "journal"
            | "broadcaster"
            | "channel"
            | "network"
            | "station"
            | "website"
            | "site"
            | "outlet"
            | "agency"
            | "programme"
            | "program"
            | "show"
            | "podcast"
            | "tabloid"
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn keys_at_run_time_are_the_listed_keys() {
        for n in 0..=16 {
            for at in 0..n.max(1) {
                for odd in [b'Q', b'q', b'Z', b'@', b'[', b'`', b'{', 0xC3, 0x99, 0x80] {
                    let mut w: Vec<u8> = (0..n).map(|i| b"aBcDeFgHiJkLmNoP"[i]).collect();
                    if at < n {
                        w[at] = odd;
                    }
                    assert_eq!(super::key_at_run_time(&w), super::key(&w), "{w:?}");
                }
            }
        }
    }

    use super::*;

    #[test]
    fn word_lists_have_no_duplicates() {
        for list in LISTS {
            assert!(list.windows(2).all(|w| w[0] < w[1]));
        }
        assert!(in_list("Monday", &TIME_WORDS) && !in_list("Mondays", &TIME_WORDS));
        assert!(!in_list("an-extremely-long-word", &TIME_WORDS));
    }

    /// The first letters by length let every listed word through, in any case.
    #[test]
    fn every_listed_word_is_found_in_any_case() {
        fn check<const N: usize>(list: &WordList<N>) {
            for &k in &list.keys {
                let w: Vec<u8> = k
                    .to_be_bytes()
                    .into_iter()
                    .skip_while(|&b| b == 0)
                    .collect();
                let w = String::from_utf8(w).unwrap();
                let mut title = w.clone();
                title[..1].make_ascii_uppercase();
                for v in [&w, &w.to_ascii_uppercase(), &title] {
                    assert!(in_list(v, list), "{v}");
                }
            }
        }
        check(&PASSIVE_AUX);
        check(&DOCUMENT_NOUNS);
        check(&ORG_NOUNS);
        check(&SKIPPABLE_BEFORE_VERB);
        check(&TIME_WORDS);
        check(&MANNER_ADVERBS);
        check(&ADJUNCT_STARTS);
        check(&NP_ENDS);
        check(&NOT_IN_NP);
        check(&DETERMINERS);
        check(&NO_BARE_CLAUSE);
    }

    #[test]
    fn forms_are_listed_once() {
        let mut forms: Vec<&str> = VERBS.iter().map(|(w, _)| *w).collect();
        forms.sort_unstable();
        let n = forms.len();
        forms.dedup();
        assert_eq!(forms.len(), n);
    }

    #[test]
    fn every_form_is_found_in_any_case() {
        for &(w, f) in VERBS {
            assert_eq!(lookup(w).map(|v| v.flags), Some(f), "{w}");
            assert!(lookup(&w.to_uppercase()).is_some(), "{w}");
            assert!(w.len() <= MAX_LEN, "{w}");
        }
        for w in [
            "sad",
            "sai",
            "",
            "x",
            "saidd",
            "tolerance",
            "superlongwordnotverb",
        ] {
            assert!(lookup(w).is_none(), "{w}");
        }
    }
}
