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
    ("notes", DT | PRESENT),
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
    ("remarked", DT),
    ("commented", D),
    ("continued", D),
    ("concluded", DT),
    ("recalled", DT),
    ("recalls", DT | PRESENT),
    // Warning, arguing, claiming.
    ("warned", DTH),
    ("warns", DTH | PRESENT),
    ("warning", P),
    ("cautioned", DTH),
    ("argued", DTB),
    ("argues", DTB | PRESENT),
    ("arguing", P),
    ("insisted", DTB),
    ("insists", DTB | PRESENT),
    ("insisting", P),
    ("claimed", DT),
    ("claims", DT | PRESENT),
    ("claiming", P),
    ("contended", DT),
    ("maintained", DT),
    ("maintains", DT | PRESENT),
    ("asserted", DT),
    ("alleged", DT),
    ("alleges", DT | PRESENT),
    ("charged", DT),
    ("countered", DT),
    ("retorted", D),
    ("replied", DT),
    ("responded", D),
    ("answered", D),
    ("declared", DT),
    ("proclaimed", DT),
    ("vowed", DT),
    ("promised", DT),
    ("pledged", DT),
    ("predicted", DT),
    ("estimated", DT),
    ("suggested", DT),
    ("suggests", DT | PRESENT),
    ("conceded", DT),
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
    ("reports", DT | PRESENT),
    ("stated", DT),
    ("states", DT | PRESENT),
    ("mentioned", DT),
    ("indicated", DT),
    ("agreed", D),
    ("complained", DT),
    ("lamented", DT),
    ("boasted", DT),
    ("joked", DT),
    ("quipped", DT),
    ("laughed", D),
    ("cried", D),
    ("shouted", DT),
    ("screamed", D),
    ("yelled", D),
    ("whispered", DT),
    ("sighed", D),
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
    ("claim", DT | PRESENT),
    ("believe", THAT | PRESENT),
    ("explain", DT | PRESENT),
    ("note", DT | PRESENT),
    ("add", DT | PRESENT),
    ("report", DT | PRESENT),
    ("confirm", DT | PRESENT),
    ("suggest", DT | PRESENT),
    ("admit", DT | PRESENT),
    ("acknowledge", DT | PRESENT),
    ("stress", DT | PRESENT),
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

/// For each first letter, then each last letter (a–z, indexed by `(byte | 0x20) - b'a'`
/// modulo 32; the six slots past `z` stay empty): a bit per length that some listed form has.
/// Two loads and a test reject almost every word before it is hashed.
pub static FIRST_LAST: ([u16; 32], [u16; 32]) = {
    let mut first = [0u16; 32];
    let mut last = [0u16; 32];
    let mut i = 0;
    while i < VERBS.len() {
        let w = VERBS[i].0.as_bytes();
        first[(w[0] - b'a') as usize] |= 1 << w.len();
        last[(w[w.len() - 1] - b'a') as usize] |= 1 << w.len();
        i += 1;
    }
    (first, last)
};

/// The letter-and-length prefilter of [`lookup_bytes`], without branches: true when a word of
/// `len` bytes from `first` to `last` may be listed.
#[inline(always)]
pub fn may_be_verb(first: u8, last: u8, len: usize) -> bool {
    let f = ((first | 0x20).wrapping_sub(b'a') & 31) as usize;
    let l = ((last | 0x20).wrapping_sub(b'a') & 31) as usize;
    FIRST_LAST.0[f] & FIRST_LAST.1[l] & (1u16 << (len & 15)) != 0
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
    if !may_be_verb(w[0], w[w.len() - 1], w.len()) {
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
    lower_eq(
        word,
        &[
            "ministry",
            "department",
            "government",
            "company",
            "firm",
            "agency",
            "police",
            "office",
            "party",
            "army",
            "military",
            "court",
            "committee",
            "council",
            "board",
            "team",
            "club",
            "league",
            "commission",
            "bank",
            "university",
            "group",
            "union",
            "organization",
            "organisation",
            "association",
            "service",
            "authority",
            "embassy",
            "campaign",
            "administration",
            "district",
            "school",
            "hospital",
            "force",
            "corporation",
            "network",
            "newspaper",
            "statement",
            "website",
            "report",
            "study",
            "federation",
            "foundation",
            "institute",
            "cabinet",
            "parliament",
            "senate",
            "kremlin",
            "pentagon",
            "regulator",
            "operator",
            "airline",
            "family",
            "city",
            "province",
            "state",
            "county",
            "country",
            "region",
        ],
    )
}

/// Words that may stand between a subject and its verb ("he also said", "she has said").
pub fn is_skippable_before_verb(word: &str) -> bool {
    lower_eq(
        word,
        &[
            "also",
            "later",
            "then",
            "has",
            "had",
            "have",
            "previously",
            "recently",
            "earlier",
            "once",
            "simply",
            "repeatedly",
            "reportedly",
            "again",
            "further",
            "would",
            "will",
            "could",
            "may",
            "might",
            "often",
            "always",
            "publicly",
            "privately",
            "quickly",
            "flatly",
            "bluntly",
            "frankly",
            "firmly",
            "finally",
            "separately",
            "subsequently",
            "initially",
            "originally",
            "now",
            "still",
            "even",
            "only",
            "just",
            "already",
            "has",
            "did",
            "does",
            "do",
            "was",
            "is",
            "were",
            "are",
            "had",
        ],
    )
}

/// Words of time that make a short adjunct ("said Monday", "said last week").
pub fn is_time_word(word: &str) -> bool {
    lower_eq(
        word,
        &[
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "yesterday",
            "today",
            "tonight",
            "week",
            "month",
            "year",
            "weekend",
            "morning",
            "afternoon",
            "evening",
            "night",
            "earlier",
            "later",
            "recently",
            "previously",
            "spring",
            "summer",
            "fall",
            "autumn",
            "winter",
            "time",
        ],
    )
}

/// Adverbs of manner or sequence that may stand between a verb and its clause.
pub fn is_manner_adverb(word: &str) -> bool {
    lower_eq(
        word,
        &[
            "again",
            "also",
            "then",
            "publicly",
            "privately",
            "repeatedly",
            "separately",
            "frankly",
            "bluntly",
            "candidly",
            "flatly",
            "firmly",
            "simply",
            "however",
            "too",
            "previously",
            "recently",
            "afterwards",
            "afterward",
            "once",
            "twice",
            "further",
            "matter-of-factly",
            "proudly",
            "quietly",
            "openly",
            "angrily",
            "calmly",
            "often",
            "emphatically",
            "confidently",
            "cautiously",
            "optimistically",
            "plainly",
        ],
    )
}

/// Words that stop a reported clause from starting right after the verb ("said in a
/// statement", "said on Monday", "told of").
pub fn is_adjunct_start(word: &str) -> bool {
    lower_eq(
        word,
        &[
            "in",
            "on",
            "at",
            "during",
            "after",
            "before",
            "through",
            "via",
            "by",
            "from",
            "over",
            "to",
            "when",
            "while",
            "as",
            "of",
            "about",
            "for",
            "instead",
            "back",
            "out",
            "up",
            "under",
            "outside",
            "inside",
            "with",
            "following",
            "ahead",
            "upon",
        ],
    )
}

/// Words that end a subject noun phrase read forward from the verb ("said Jane Doe in …").
pub fn ends_np(word: &str) -> bool {
    lower_eq(
        word,
        &[
            "in",
            "on",
            "at",
            "during",
            "after",
            "before",
            "of",
            "to",
            "when",
            "while",
            "as",
            "who",
            "which",
            "that",
            "about",
            "adding",
            "and",
            "but",
            "from",
            "with",
            "by",
            "for",
            "said",
            "says",
            "told",
            "last",
            "this",
            "on",
            "yesterday",
            "today",
            "referring",
            "speaking",
            "noting",
            "explaining",
            "saying",
            "according",
            "than",
            "since",
        ],
    )
}

/// Words that cannot be part of a subject noun phrase read backwards from the verb.
pub fn stops_np_backwards(word: &str) -> bool {
    lower_eq(
        word,
        &[
            "and", "but", "or", "that", "which", "who", "whom", "when", "while", "as", "because",
            "if", "though", "although", "where", "so", "than", "said", "says", "told", "is", "was",
            "are", "were", "be", "been", "has", "have", "had", "to", "in", "on", "at", "by", "for",
            "with", "from", "after", "before", "since", "also", "then", "not", "into", "about",
            "over", "under", "yet", "what", "how", "why",
        ],
    )
}

/// Determiners that start a noun phrase.
pub fn is_determiner(word: &str) -> bool {
    lower_eq(
        word,
        &[
            "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its",
            "our", "one", "another", "some", "several", "many", "two", "three",
        ],
    )
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

/// Words after "said"/"says" that do not begin a reported clause ("said goodbye", "said so").
pub fn blocks_bare_clause(word: &str) -> bool {
    lower_eq(
        word,
        &[
            "so",
            "yes",
            "goodbye",
            "hello",
            "thanks",
            "thank",
            "sorry",
            "nothing",
            "little",
            "much",
            "hi",
            "grace",
            "otherwise",
            "something",
            "anything",
            "enough",
            "what",
            "whether",
            "if",
            "why",
            "how",
            "where",
            "who",
            "which",
            "not",
            "and",
            "or",
            "but",
            "to",
            "amen",
            "okay",
            "ok",
        ],
    )
}

/// +1 for he/his/him/himself, -1 for she/her/hers/herself, 0 otherwise.
pub fn pronoun_gender(word: &str) -> i32 {
    if word.len() > 7 {
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

#[cfg(test)]
mod tests {
    use super::*;

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
