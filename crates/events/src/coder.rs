//! The coding itself: tokens → actor pieces → chunks; tokens → pattern matches (triggers); then, per
//! trigger, source, target, modality, place and date, and the control rules that fold "urged X to
//! withdraw" into one event. Everything is per sentence except pronoun resolution, which remembers the
//! last person coded.
//!
//! Cost: a first pass ([`Coder::prescan`]) hashes each word of a sentence cheaply, straight from the
//! text (`dict::sketch`: length, first and last four bytes), and asks Bloom filters whether a
//! pattern match can start there (a pattern's first word, or its first two words), then which
//! patterns start so and whether the sentence has words of each of their later segments. Most
//! sentences cannot hold an event and stop there, their tokens never read. The others' tokens are
//! read (`Tok::read`: one dictionary lookup each, which says which actor phrases and patterns can
//! start at it); the pattern matches are found next, before any actor (only the patterns the first
//! pass allows are tried), and a
//! sentence without one stops there too (its actors are built later only if a "he"/"she" needs the
//! last person). The context's mentions are located in the tokens once per article.

use rustc_hash::FxHashSet;
use std::cell::OnceCell;
use std::ops::Range;

use text::{ByteSpan, TextView, TokenKind};

use crate::dict::{
    Class, Dictionaries, Pattern, PieceKind, SentenceBits, Word, case_bits, fold_packed, key_hash,
    long_hash, packed, pair_hash, sentence_bit, short_hash, sketch, sketch_packed,
};
use crate::{CodedEvent, Context, EventActor, Modality, quad_class};

/// A token as the coder sees it.
#[derive(Debug, Clone, Copy)]
struct Tok {
    /// Lower-case form without a possessive ending (byte offsets): in the text itself when the
    /// token is already lower-case ASCII, else in `Coder::buf`.
    key: (u32, u32),
    in_text: bool,
    /// Id of the word in the patterns' vocabulary, `u32::MAX` when no pattern has it.
    word: u32,
    /// Index into `Dictionaries::phrase_lists` of the actor phrases that start with this word,
    /// `u32::MAX` for none.
    phr: u32,
    /// Index into `Dictionaries::pattern_lists` of the patterns that start with it, `u32::MAX` for none.
    pat: u32,
    /// Which of the coder's word lists hold it (`dict::LIST_*` bits).
    lists: u8,
    hyphen: bool,
    poss: bool,
    cap: bool,
    allcaps: bool,
    /// Punctuation or symbol.
    punct: bool,
    /// Read from the text (else `Tok::UNREAD`).
    read: bool,
}

/// The first pass's buffers, reused from sentence to sentence.
#[derive(Debug, Default)]
struct Scan {
    /// Where a pattern match may start: keys of `Dictionaries::match_starts` (the sketch of a
    /// word, the `pair_hash` of two).
    starts: Vec<u64>,
    /// Positions (in the sentence) of the words that may start a pattern.
    pattern_words: Vec<u32>,
    /// The words of the sentence (by `dict::sentence_bit`).
    bits: SentenceBits,
    /// For lowering a word that is not ASCII.
    scratch: String,
}

/// What the first pass says of a sentence (see `Coder::prescan`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Prescan {
    Match,
    PatternWord,
    Nothing,
}

impl Tok {
    /// What a token not read yet holds (see `Coder::read`).
    const UNREAD: Tok = Tok {
        key: (0, 0),
        in_text: true,
        word: u32::MAX,
        phr: u32::MAX,
        pat: u32::MAX,
        lists: 0,
        hyphen: false,
        poss: false,
        cap: false,
        allcaps: false,
        punct: false,
        read: false,
    };

    /// Reads token `t` of `text`: its key (lower-cased into `buf` unless the text already has it)
    /// and, from one dictionary lookup, its word id, lists, phrases and patterns. An ASCII word
    /// (most) is read in one pass over its bytes, which folds its case and hashes it at once.
    // Inlined into the per-token loop of `Coder::read`: the call and the copy of the result cost
    // as much as the work.
    #[inline(always)]
    fn read(t: &text::Token, text: &str, d: &Dictionaries, buf: &mut String) -> Tok {
        let span = t.span();
        // (A token is always inside the text: a branch is cheaper than a select of an empty
        // slice. One that is not, with a view of another text, reads as no word.)
        let Some(s) = text.as_bytes().get(span.range()) else {
            return Tok {
                read: true,
                ..Tok::UNREAD
            };
        };
        // The key drops a possessive "'s" (of a key longer than two bytes).
        let poss = possessive_len(s) == 2;
        let len = if poss { s.len() - 2 } else { s.len() };
        // A short key is hashed from its packed bytes (all its bytes), a longer one byte by byte.
        // `lower`: the packed bytes of a short key, lower-cased (the whole key, for the lookup).
        let (ascii, upper, h, lower) = if len <= 8 {
            let x = packed(&s[..len]);
            let (lower, upper) = fold_packed(x);
            (
                x & 0x8080_8080_8080_8080 == 0,
                upper,
                short_hash(lower, len),
                Some(lower),
            )
        } else {
            let (h, upper, ascii) = long_hash(&s[..len]);
            (ascii, upper, h, None)
        };
        let (in_text, start, end, h, poss) = if !ascii {
            // Typographic apostrophes and letters that are not ASCII: lowered into `buf` first.
            let start = buf.len();
            lower_into(buf, text.get(span.range()).unwrap_or(""));
            let mut end = buf.len();
            let poss = end - start > 2 && buf[start..end].ends_with("'s");
            if poss {
                end -= 2;
            }
            (
                false,
                start,
                end,
                key_hash(&buf.as_bytes()[start..end]),
                poss,
            )
        } else if !upper {
            (true, span.start, span.start + len, h, poss)
        } else {
            let start = buf.len();
            buf.push_str(text.get(span.start..span.start + len).unwrap_or(""));
            buf[start..].make_ascii_lowercase();
            (false, start, buf.len(), h, poss)
        };
        let punct = matches!(t.kind, TokenKind::Punct | TokenKind::Symbol);
        let none = (u32::MAX, u32::MAX, u32::MAX, 0);
        let (phr, pat, word, lists) = if punct || t.kind == TokenKind::Number {
            none
        } else if let Some(x) = lower
            && ascii
        {
            d.word_packed(h, x, len).unwrap_or(none)
        } else {
            let src = if in_text { text } else { buf.as_str() };
            d.word_hashed(h, &src.as_bytes()[start..end])
                .unwrap_or(none)
        };
        Tok {
            key: (start as u32, end as u32),
            in_text,
            word,
            phr,
            pat,
            lists,
            hyphen: t.shape.contains(text::Shape::HAS_HYPHEN),
            poss,
            cap: t.is_capitalized(),
            allcaps: t.shape.contains(text::Shape::ALL_CAPS),
            punct,
            read: true,
        }
    }
}

/// How many bytes of a possessive end a token's bytes have, when a key is left before it: 2 for
/// "'s", 4 for "’s" (U+2019, as `lower_into` straightens it), else 0; "S" as "s". The byte before
/// the last is tested first: it is rarely an apostrophe, where the last byte is often an "s", so
/// that most words take one well-predicted branch.
#[inline]
fn possessive_len(s: &[u8]) -> usize {
    let [.., before, last] = s else { return 0 };
    if *before != b'\'' && *before != 0x99 || *last | 0x20 != b's' {
        return 0;
    }
    match s {
        [_, .., b'\'', _] => 2,
        [_, .., 0xe2, 0x80, 0x99, _] => 4,
        _ => 0,
    }
}

/// Whether a key of more than eight bytes is all ASCII: one test of its first and last eight
/// bytes (all of them) up to sixteen, where `is_ascii` would loop over so short a slice byte by
/// byte.
#[inline]
fn is_ascii_long(key: &[u8]) -> bool {
    match (key.first_chunk::<8>(), key.last_chunk::<8>()) {
        (Some(a), Some(b)) if key.len() <= 16 => {
            (u64::from_le_bytes(*a) | u64::from_le_bytes(*b)) & 0x8080_8080_8080_8080 == 0
        }
        _ => key.is_ascii(),
    }
}

/// Appends the key form of `word` to `buf`: lower case, typographic apostrophes and dashes
/// straightened (as `dict::normalize_word`).
fn lower_into(buf: &mut String, word: &str) {
    if word.is_ascii() {
        let start = buf.len();
        buf.push_str(word);
        buf[start..].make_ascii_lowercase();
        return;
    }
    for c in word.chars() {
        match c {
            '\u{2019}' | '\u{2018}' | '`' => buf.push('\''),
            '\u{2010}'..='\u{2015}' => buf.push('-'),
            c if c.is_ascii() => buf.push(c.to_ascii_lowercase()),
            c => buf.extend(c.to_lowercase()),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Dict(PieceKind),
    Person,
    Org,
    Place,
    Pronoun,
}

/// An actor word or phrase. Its code and name are borrowed from the dictionaries, the context or
/// the text: making pieces allocates nothing.
#[derive(Debug, Clone)]
struct Piece<'a> {
    t: Range<usize>,
    span: ByteSpan,
    kind: Kind,
    code: &'a str,
    name: &'a str,
    /// Context place index, for pieces that are places.
    place: Option<usize>,
    is_leader: bool,
}

/// A noun phrase naming one actor.
#[derive(Debug, Clone)]
/// Its name, country and roles are borrowed (from the dictionaries, the context or the text, as a
/// piece's): a chunk allocates only its code and its list of roles.
struct Chunk<'a> {
    t: Range<usize>,
    span: ByteSpan,
    code: String,
    name: &'a str,
    country: Option<&'a str>,
    roles: Vec<&'a str>,
    state: bool,
    person: bool,
    pronoun: bool,
    /// Holds a person or organisation the names stage found (kept even when it has no code).
    named: bool,
    /// Only a place, after "in"/"at"/"near": where, not who.
    locative: bool,
    place: Option<usize>,
    /// After a preposition.
    prep_obj: bool,
    /// Holds a place joined by "in" ("police in Lagos"): its place is where the event is.
    place_in: bool,
    /// The next chunk is coordinated with this one ("X and Y").
    coord_next: bool,
}

/// A pattern match.
#[derive(Debug, Clone)]
struct Trigger {
    pat: u32,
    head: usize,
    end: usize,
    /// Tokens matched by pattern words (not gaps).
    lits: Vec<usize>,
}

/// An event before it becomes a `CodedEvent`: chunk indices and the code.
#[derive(Debug, Clone)]
struct Draft {
    src: Option<usize>,
    tgt: Option<usize>,
    /// The CAMEO code (borrowed from the dictionaries, as `rule`).
    code: crate::dict::Str,
    class: Class,
    /// The pattern's text (borrowed from the dictionaries: most drafts are dropped), or the
    /// rules that made it.
    rule: crate::dict::Str,
    head: usize,
    end: usize,
    modality: Modality,
    /// A noun whose source is only the clause's subject: it does not silence a statement verb.
    weak: bool,
}

/// A mention of a context person, organisation or place.
#[derive(Debug, Clone)]
struct Mention {
    span: ByteSpan,
    /// The tokens wholly inside `span`: found only for the mentions of the sentences coded (see
    /// `Coder::mentions_in`), empty until then.
    t: Range<usize>,
    /// Index of the entity in its context list.
    of: usize,
    /// Rank in context order (entity by entity, each one's mentions in order): the order in which
    /// the mentions of a sentence are read, since it decides overlaps.
    rank: usize,
}

/// How a context person is coded: (code, is a dated leader, canonical name).
type PersonCode<'a> = (&'a str, bool, &'a str);

pub(crate) struct Coder<'a> {
    text: &'a str,
    view: &'a TextView,
    ctx: &'a Context,
    d: &'a Dictionaries,
    buf: String,
    /// One per token of the view; only the tokens of the sentences that may hold an event (and a
    /// few around them) are read, the others stay `Tok::UNREAD` (see `Coder::read`).
    toks: Vec<Tok>,
    /// The context's mentions with their tokens, sorted by position.
    persons: Vec<Mention>,
    orgs: Vec<Mention>,
    places: Vec<Mention>,
    /// Per context person / organisation, its code once asked for (a dictionary lookup by name).
    person_codes: Vec<OnceCell<PersonCode<'a>>>,
    igo_codes: Vec<OnceCell<Option<(&'a str, &'a str)>>>,
    /// The patterns that may match in the sentence being coded, from the first pass, as an
    /// index into `allowed` (none: every pattern): the others are not tried.
    bits: usize,
    /// Per sentence that may hold an event, the patterns that may match there, as a bit set of
    /// `stride` words (see `Coder::prescan`).
    allowed: Vec<u64>,
    stride: usize,
    /// Per token, the `sketch` of its key (0 for a token that is no word), from the first pass.
    sketches: Vec<u64>,
    /// The last person coded, as of the last sentence whose actors were built …
    last_person: Option<Chunk<'a>>,
    /// … and the sentences since then that had pattern words but no match: their actors are built
    /// only if a later "he"/"she" needs the last person (see `resolve_last_person`).
    unread: Vec<Range<usize>>,
}

/// The previous action of the sentence: its end, source, target and class.
type Prev = (usize, Option<usize>, Option<usize>, Class);

/// How good a pattern match is: weight, words matched, shorter, earlier line.
type Score = (u32, usize, std::cmp::Reverse<usize>, std::cmp::Reverse<u32>);

/// How many tokens before and after a sentence the rules may look at ("a three-hour meeting" looks
/// four words back from the pattern's first word; "talks with … between" two words past its last):
/// they are read with the sentence.
const READ_BEFORE: usize = 4;
const READ_AFTER: usize = 2;

/// The longest stretch of tokens coded as one sentence.
const MAX_SENTENCE_TOKENS: usize = 200;

/// Words of force that a game report uses for play ("beat", "shot on goal", "struck out").
const PLAY_WORDS: &[&str] = &[
    "beat",
    "beats",
    "beating",
    "beaten",
    "shot",
    "shots",
    "struck",
    "attacking",
    "crushed",
    "routed",
    "thrashed",
    "hammered",
];

/// Natural hazards, illnesses and accidents, whose harm no actor did ("Floods killed 12
/// people", "plague has killed millions", "the crash killed nine"). (Not "outbreak", which
/// violence may have too.)
const HARM_WITHOUT_ACTOR: &[&str] = &[
    "flood",
    "floods",
    "flooding",
    "floodwaters",
    "earthquake",
    "earthquakes",
    "quake",
    "tremor",
    "aftershock",
    "tsunami",
    "storm",
    "storms",
    "hurricane",
    "typhoon",
    "cyclone",
    "tornado",
    "tornadoes",
    "landslide",
    "landslides",
    "mudslide",
    "mudslides",
    "avalanche",
    "wildfire",
    "wildfires",
    "bushfire",
    "bushfires",
    "eruption",
    "volcano",
    "heatwave",
    "lightning",
    "blizzard",
    "monsoon",
    "plague",
    "pandemic",
    "epidemic",
    "disease",
    "diseases",
    "virus",
    "cholera",
    "malaria",
    "ebola",
    "flu",
    "influenza",
    "measles",
    "cancer",
    "overdose",
    "overdoses",
    "crash",
    "crashes",
    "accident",
    "accidents",
    "collision",
    "derailment",
    "stampede",
];

/// Verb patterns of one segment (by its first alternative) whose event needs a target: someone
/// released or received. (A pattern that names who, "release+ ~ prisoners", needs none.)
const NEEDS_TARGET: &[&str] = &["release+", "receive+"];

/// Lower-case words that a verb's base form follows ("will meet", "to attack", "they say", "also
/// urge", "let them talk", "people say"): before any other word not ending in "s" it is a noun.
/// (Words ending in "s" or "ly", and determiners and prepositions, are tested apart.)
const BEFORE_BASE_FORM: &[&str] = &[
    // modals, auxiliaries and the infinitive's "to"
    "to",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "must",
    "shall",
    "should",
    "cannot",
    "do",
    "did",
    "not",
    "never",
    "ought",
    "need",
    "dare",
    "am",
    "are",
    "were",
    "be",
    // verbs taking a bare infinitive
    "let",
    "help",
    "make",
    "made",
    "see",
    "saw",
    "hear",
    "heard",
    "watch",
    "please",
    // conjunctions and relatives
    "and",
    "or",
    "but",
    "nor",
    "then",
    "so",
    "yet",
    "than",
    "who",
    "which",
    "that",
    "whom",
    "where",
    "when",
    "why",
    "how",
    "what",
    "whoever",
    "whether",
    "if",
    "once",
    "because",
    "until",
    "before",
    "after",
    "while",
    "unless",
    "though",
    "although",
    // pronouns
    "i",
    "you",
    "we",
    "they",
    "he",
    "she",
    "it",
    "me",
    "him",
    "them",
    "one",
    // adverbs
    "also",
    "only",
    "just",
    "still",
    "even",
    "ever",
    "often",
    "seldom",
    "soon",
    "now",
    "again",
    "already",
    "together",
    "first",
    "rather",
    "instead",
    "further",
    "hereby",
    "all",
    "both",
    "each",
    "either",
    "neither",
    "too",
    // what is left of "didn’t" when a stray byte splits it
    "t",
    // plurals without an "s"
    "people",
    "police",
    "children",
    "staff",
    "personnel",
    "clergy",
    "folk",
    "cattle",
    "youth",
];

/// Words that only sport uses (or nearly), two of which in a sentence make it a game report.
const SPORT_WORDS: &[&str] = &[
    "innings",
    "goal",
    "goals",
    "assist",
    "assists",
    "rebounds",
    "playoff",
    "playoffs",
    "semifinal",
    "semifinals",
    "quarterfinal",
    "quarterfinals",
    "tournament",
    "league",
    "championship",
    "goalkeeper",
    "striker",
    "midfielder",
    "defenceman",
    "defenseman",
    "pitcher",
    "quarterback",
    "touchdown",
    "scored",
    "match",
    "game",
    "season",
    "coach",
];

/// Words of a pattern after its gap that leave what stands before them an actor ("accused
/// Russia of", "sent troops to Mali").
const GAP_PREPOSITIONS: &[&str] = &[
    "of", "to", "for", "with", "on", "against", "from", "that", "into", "in", "at", "about",
    "over", "by", "as",
];

/// Verbs of saying whose object is the one spoken to: what follows them after a comma is the
/// listener, not the speaker ("…, told reporters", "…, telling lawmakers").
const ADDRESSEE_VERBS: [&str; 5] = ["tell+", "inform+", "brief+", "issue+", "testify+"];

/// Verbs whose direct object is what is talked about, not an actor acted on.
const TOPIC_VERBS: &[&str] = &["discuss+", "consider+", "study+", "investigate+", "debate+"];

const SKIP_HYPHEN_TAILS: &[&str] = &[
    "backed",
    "led",
    "based",
    "born",
    "controlled",
    "held",
    "allied",
    "friendly",
    "occupied",
    "annexed",
    "made",
    "owned",
    "funded",
    "supported",
    "run",
    "style",
    "speaking",
];

impl<'a> Coder<'a> {
    pub(crate) fn new(
        text: &'a str,
        view: &'a TextView,
        ctx: &'a Context,
        d: &'a Dictionaries,
    ) -> Self {
        let mut coder = Coder {
            text,
            view,
            ctx,
            d,
            buf: String::new(),
            toks: vec![Tok::UNREAD; view.tokens.len()],
            sketches: Vec::new(),
            persons: Vec::new(),
            orgs: Vec::new(),
            places: Vec::new(),
            person_codes: vec![OnceCell::new(); ctx.persons.len()],
            igo_codes: vec![OnceCell::new(); ctx.organizations.len()],
            bits: usize::MAX,
            allowed: Vec::new(),
            stride: d.patterns.len().div_ceil(64),
            last_person: None,
            unread: Vec::new(),
        };
        coder.persons = coder.mentions(ctx.persons.iter().map(|p| &p.mentions));
        coder.orgs = coder.mentions(ctx.organizations.iter().map(|o| &o.mentions));
        coder.places = coder.mentions(ctx.places.iter().map(|p| &p.mentions));
        coder
    }

    /// Every mention of the given entities, sorted by position.
    fn mentions<'m>(
        &self,
        entities: impl Iterator<Item = &'m Vec<ByteSpan>> + Clone,
    ) -> Vec<Mention> {
        let mut out = Vec::with_capacity(entities.clone().map(Vec::len).sum());
        for (of, mentions) in entities.enumerate() {
            for &span in mentions {
                let rank = out.len();
                out.push(Mention {
                    span,
                    t: 0..0,
                    of,
                    rank,
                });
            }
        }
        // (A stable sort by position keeps the rank order of mentions at one position; each
        // entity's mentions come in order, runs that it merges.)
        out.sort_by_key(|m| m.span.start);
        out
    }

    /// The mentions of `list` (sorted by position) wholly inside `sent` that cover at least one
    /// token, with their tokens, in context order.
    fn mentions_in(&self, list: &[Mention], sent: ByteSpan) -> Vec<Mention> {
        let mut out: Vec<Mention> = self.mentions_within(list, sent).collect();
        out.sort_unstable_by_key(|m| m.rank);
        out
    }

    /// `mentions_in`, in position order.
    fn mentions_within<'m>(
        &'m self,
        list: &'m [Mention],
        sent: ByteSpan,
    ) -> impl Iterator<Item = Mention> + 'm {
        let from = list.partition_point(|m| m.span.start < sent.start);
        list[from..]
            .iter()
            .take_while(move |m| m.span.start <= sent.end)
            .filter(move |m| m.span.end <= sent.end)
            .filter_map(|m| {
                let t = self.token_range(m.span);
                (!t.is_empty()).then(|| Mention { t, ..m.clone() })
            })
    }

    /// Reads tokens `r` into `toks` (those not read yet).
    fn read(&mut self, r: Range<usize>) {
        let (text, d, view) = (self.text, self.d, self.view);
        // (Both slices taken once: indexing them token by token checks and reloads both.)
        let (Some(toks), Some(tokens)) = (self.toks.get_mut(r.clone()), view.tokens.get(r)) else {
            return;
        };
        for (tok, t) in toks.iter_mut().zip(tokens) {
            if !tok.read {
                *tok = Tok::read(t, text, d, &mut self.buf);
            }
        }
    }

    /// The [`sketch`] of token `t`'s key, from its text alone: its key as `Tok::read` makes it
    /// (lower case, without "'s"); none for punctuation, symbols and numbers, which are no
    /// pattern's words. `scratch` is for the rare word that is not ASCII.
    // Inlined into the first pass's loop, as `Tok::read` into `Coder::read`.
    #[inline(always)]
    fn sketch_of(&self, t: &text::Token, scratch: &mut String) -> Option<u64> {
        if matches!(
            t.kind,
            TokenKind::Punct | TokenKind::Symbol | TokenKind::Number
        ) {
            return None;
        }
        // (A token is always inside the text: a branch is cheaper than a select of an empty
        // slice.)
        let Some(s) = self.text.as_bytes().get(t.span().range()) else {
            return Some(sketch(&[]));
        };
        // The possessive, with a straight or a typographic apostrophe.
        let key = &s[..s.len() - possessive_len(s)];
        // The packed bytes are all the bytes of a key of up to eight.
        let x = packed(key);
        if x & 0x8080_8080_8080_8080 != 0 || key.len() > 8 && !is_ascii_long(key) {
            return Some(self.sketch_slow(t, scratch));
        }
        Some(sketch_packed(x, key.len()))
    }

    /// `sketch_of` a word that is not ASCII: lowered into `scratch` first.
    #[cold]
    fn sketch_slow(&self, t: &text::Token, scratch: &mut String) -> u64 {
        scratch.clear();
        lower_into(scratch, t.text(self.text));
        let k = scratch.as_bytes();
        let k = match k {
            [head @ .., b'\'', b's'] if k.len() > 2 => head,
            _ => k,
        };
        sketch(k)
    }

    /// What the first pass says of tokens `r`: whether a pattern may match there (the sentence
    /// must be coded), else whether a word there starts a pattern (the sentence may be needed for
    /// the last person). No false negatives: a match needs a word that starts a pattern, the word
    /// after it when the pattern starts with two words, and words of each later segment.
    /// The sentence's words are added to `bits` (empty).
    /// The sketches of its words are written to `sketches` (the sentence's slots; 0 for a token
    /// that is no word); on a match, the patterns that may match there are set in `allowed`
    /// (cleared, `stride` words).
    fn prescan(
        &self,
        r: Range<usize>,
        sketches: &mut [u64],
        scan: &mut Scan,
        allowed: &mut [u64],
    ) -> Prescan {
        scan.starts.clear();
        scan.pattern_words.clear();
        let bits = &mut scan.bits;
        bits.clear();
        for (j, (t, out)) in self.view.tokens[r]
            .iter()
            .zip(sketches.iter_mut())
            .enumerate()
        {
            let Some(h) = self.sketch_of(t, &mut scan.scratch) else {
                continue;
            };
            *out = h;
            bits.insert(sentence_bit(h));
            if self.d.may_start_pattern(h) {
                scan.pattern_words.push(j as u32);
            }
        }
        if scan.pattern_words.is_empty() {
            return Prescan::Nothing;
        }
        // Where a match can start: a word that starts a pattern, alone or with the word after it.
        for &j in &scan.pattern_words {
            let h = sketches[j as usize];
            if self.d.may_start_match(h) {
                scan.starts.push(h);
            }
            if let Some(&n) = sketches.get(j as usize + 1)
                && n != 0
                && self.d.may_start_match_pair(h, n)
            {
                scan.starts.push(pair_hash(h, n));
            }
        }
        // A pattern can match only at a word where its match can start, and only if the sentence
        // has words of each of its later segments.
        let bits = &scan.bits;
        let mut any = false;
        // (A word met again starts the same patterns: they are asked once.)
        scan.starts.sort_unstable();
        scan.starts.dedup();
        for &h in &scan.starts {
            for &p in self.d.patterns_starting(h) {
                if self.d.may_match_in(p, bits)
                    && let Some(w) = allowed.get_mut(p as usize / 64)
                {
                    *w |= 1 << (p % 64);
                    any = true;
                }
            }
        }
        if any {
            Prescan::Match
        } else {
            Prescan::PatternWord
        }
    }

    /// The byte span of token `i`.
    #[inline]
    fn span(&self, i: usize) -> ByteSpan {
        self.view.tokens[i].span()
    }

    #[inline]
    fn key(&self, i: usize) -> &str {
        let Some(t) = self.toks.get(i) else {
            return "";
        };
        let src = if t.in_text { self.text } else { &self.buf };
        src.get(t.key.0 as usize..t.key.1 as usize).unwrap_or("")
    }

    /// The actor phrases that can start at token `i`.
    #[inline]
    fn phrases_at(&self, i: usize) -> Option<&'a [u32]> {
        let d: &'a Dictionaries = self.d;
        let t = self.toks.get(i)?;
        d.phrase_lists.get(t.phr as usize).map(|l| &**l)
    }

    /// The patterns that can start at token `i`.
    #[inline]
    fn patterns_at(&self, i: usize) -> Option<&'a [u32]> {
        let d: &'a Dictionaries = self.d;
        let t = self.toks.get(i)?;
        d.pattern_lists.get(t.pat as usize).map(|l| &**l)
    }

    /// Whether token `i` is in any of the coder's word lists `bits`.
    #[inline]
    fn in_list(&self, i: usize, bits: u8) -> bool {
        self.toks.get(i).is_some_and(|t| t.lists & bits != 0)
    }

    /// Is the draft's action a word of force that games use too ("beat", "shot", "attacking")?
    fn play_word(&self, d: &Draft) -> bool {
        matches!(d.code.get(..2), Some("17" | "18" | "19" | "20"))
            && PLAY_WORDS.contains(&self.key(d.head))
    }

    /// Does sentence `r` report a game: a score ("3-1", "7-6") or two words only sport uses?
    fn sporting(&self, r: &Range<usize>) -> bool {
        let score = |k: &str| {
            k.split_once(['-', '\u{2013}']).is_some_and(|(a, b)| {
                [a, b]
                    .iter()
                    .all(|x| (1..=2).contains(&x.len()) && x.bytes().all(|c| c.is_ascii_digit()))
            })
        };
        let mut cues = 0;
        for i in r.clone() {
            let k = self.key(i);
            if score(k)
                || self.toks[i].punct
                    && matches!(k, "-" | "\u{2013}")
                    && i > r.start
                    && score(&format!("{}-{}", self.key(i - 1), self.key(i + 1)))
            {
                return true;
            }
            if SPORT_WORDS.contains(&k) && !(r.start..i).any(|j| self.key(j) == k) {
                cues += 1;
                if cues == 2 {
                    return true;
                }
            }
        }
        false
    }

    fn is(&self, i: usize, words: &[&str]) -> bool {
        words.contains(&self.key(i))
    }

    fn is_boundary(&self, i: usize) -> bool {
        let k = self.key(i);
        if self.toks.get(i).is_some_and(|t| t.punct) {
            return !matches!(k, "-" | "'" | "%" | "$");
        }
        self.toks[i].lists & crate::dict::LIST_BOUNDARY != 0
    }

    /// The byte span from the first to the last token of a (non-empty) token range.
    fn tokens_span(&self, t: &Range<usize>) -> ByteSpan {
        ByteSpan::new(self.span(t.start).start, self.span(t.end - 1).end)
    }

    /// Token index range covering a byte span (tokens wholly inside it).
    fn token_range(&self, span: ByteSpan) -> Range<usize> {
        let toks = &self.view.tokens;
        let a = toks.partition_point(|t| t.span().start < span.start);
        let b = toks.partition_point(|t| t.span().end <= span.end).max(a);
        a..b
    }

    /// Codes the article in three passes, each a tight loop over the whole article (its code and
    /// tables stay in cache, where one sentence after the other would evict them): the first pass
    /// over every sentence, the reading of the sentences it keeps, then their coding.
    pub(crate) fn run(mut self) -> Vec<CodedEvent> {
        // The sentences that may hold an event, with the patterns that may match there, and those
        // that have pattern words but no match. The patterns are written in place: the last
        // slot of `allowed` is the next sentence's, kept when it may hold an event.
        let mut plan: Vec<(usize, Prescan)> = Vec::new();
        let stride = self.stride;
        let mut allowed: Vec<u64> = Vec::new();
        let mut matches = 0;
        let mut scan = Scan::default();
        // (Filled sentence by sentence: zeroing it all at once costs more.)
        let mut sketches: Vec<u64> = Vec::with_capacity(self.view.tokens.len());
        for s in 0..self.view.sentences.len() {
            let r = self.view.sentence_token_range(s);
            if r.is_empty() {
                continue;
            }
            // A cleared slot for this sentence (the first pass sets bits only on a match).
            if allowed.len() == matches * stride {
                allowed.resize((matches + 1) * stride, 0);
            }
            let Some(slot) = allowed.get_mut(matches * stride..) else {
                continue;
            };
            if sketches.len() < r.end {
                sketches.resize(r.end, 0);
            }
            let Some(sk) = sketches.get_mut(r.clone()) else {
                continue;
            };
            match self.prescan(r.clone(), sk, &mut scan, slot) {
                // (A sentence that can have no actor has no event: `sentence` would stop there.)
                Prescan::Match if self.may_have_actors_unread(&r, sk) => {
                    plan.push((s, Prescan::Match));
                    matches += 1;
                }
                Prescan::Match => {
                    if let Some(slot) = slot.get_mut(..stride) {
                        slot.fill(0);
                    }
                }
                Prescan::PatternWord => plan.push((s, Prescan::PatternWord)),
                Prescan::Nothing => {}
            }
        }
        sketches.resize(self.view.tokens.len(), 0);
        self.sketches = sketches;
        // Most sentences cannot hold an event: their tokens are not even read. The others are
        // read with the few tokens around them that the rules look at.
        for &(s, p) in &plan {
            if p == Prescan::Match {
                self.read(self.around(&self.view.sentence_token_range(s)));
            }
        }
        let mut out = Vec::new();
        allowed.truncate(matches * stride);
        self.allowed = allowed;
        let mut matches = 0..;
        for (s, p) in plan {
            let r = self.view.sentence_token_range(s);
            match p {
                Prescan::Match => {
                    self.bits = matches.next().unwrap_or(usize::MAX);
                    self.sentence(s, r, &mut out);
                }
                // As `sentence` does with a sentence that has pattern words but no match, in the
                // same pieces.
                Prescan::PatternWord => {
                    let mut start = r.start;
                    while start < r.end {
                        let end = (start + MAX_SENTENCE_TOKENS).min(r.end);
                        self.unread.push(start..end);
                        start = end;
                    }
                }
                Prescan::Nothing => {}
            }
        }
        out
    }

    /// `run` without the first pass: every token read, every sentence coded (what `run` must
    /// give, for the tests).
    #[cfg(test)]
    pub(crate) fn run_eager(mut self) -> Vec<CodedEvent> {
        self.read(0..self.toks.len());
        let mut scratch = String::new();
        self.sketches = (self.view.tokens.iter())
            .map(|t| self.sketch_of(t, &mut scratch).unwrap_or(0))
            .collect();
        let mut out = Vec::new();
        for s in 0..self.view.sentences.len() {
            let r = self.view.sentence_token_range(s);
            if !r.is_empty() {
                self.sentence(s, r, &mut out);
            }
        }
        out
    }

    /// Tokens `r` with those around them that the rules may look at.
    fn around(&self, r: &Range<usize>) -> Range<usize> {
        r.start.saturating_sub(READ_BEFORE)..(r.end + READ_AFTER).min(self.toks.len())
    }

    // ---------------------------------------------------------------- actors

    fn pieces(&self, r: Range<usize>) -> Vec<Piece<'a>> {
        let d: &'a Dictionaries = self.d;
        let mut pieces: Vec<Piece<'a>> = Vec::new();
        let mut owner = vec![false; r.len()];
        let sent = ByteSpan::new(self.span(r.start).start, self.span(r.end - 1).end);
        // Persons of the context: leaders by canonical name, else a person with roles.
        for m in self.mentions_in(&self.persons, sent) {
            let (code, is_leader, name) = self.person_code(m.of);
            for i in m.t.clone() {
                owner[i - r.start] = true;
            }
            let mut t = m.t.clone();
            // Spans are re-derived from the tokens, so that they are always on char boundaries.
            let mut span = self.tokens_span(&t);
            if !is_leader {
                // "Iraqi Kurds", "Syrian President X": a nationality before the name is the
                // actor's country.
                if let Some((n, pi)) = self.phrase_at(t.start, t.end, &[], r.start)
                    && n < t.len()
                    && matches!(
                        d.phrases[pi].kind,
                        PieceKind::Country | PieceKind::Adjective
                    )
                {
                    let ph = &d.phrases[pi];
                    let end = self.span(t.start + n - 1).end;
                    pieces.push(Piece {
                        t: t.start..t.start + n,
                        span: ByteSpan::new(span.start, end),
                        kind: Kind::Dict(ph.kind),
                        code: &ph.code,
                        name: &ph.name,
                        place: None,
                        is_leader: false,
                    });
                    t = t.start + n..t.end;
                    span = ByteSpan::new(self.span(t.start).start, span.end);
                }
            }
            pieces.push(Piece {
                t,
                span,
                kind: Kind::Person,
                code,
                name,
                place: None,
                is_leader,
            });
        }
        // Organisations: an IGO by name, else the dictionary pieces inside them code them.
        for m in self.mentions_in(&self.orgs, sent) {
            let t = m.t.clone();
            if owner[t.start - r.start] {
                continue;
            }
            if let Some((code, name)) = self.igo_code(m.of) {
                for i in t.clone() {
                    owner[i - r.start] = true;
                }
                pieces.push(Piece {
                    t: t.clone(),
                    span: self.tokens_span(&t),
                    kind: Kind::Dict(PieceKind::Igo),
                    code,
                    name,
                    place: None,
                    is_leader: false,
                });
            } else {
                let inner = self.dict_pieces(t.clone(), &owner, r.start);
                if inner.is_empty() {
                    pieces.push(Piece {
                        t: t.clone(),
                        span: self.tokens_span(&t),
                        kind: Kind::Org,
                        code: "",
                        name: &self.ctx.organizations[m.of].name,
                        place: None,
                        is_leader: false,
                    });
                } else {
                    pieces.extend(inner);
                }
                for i in t {
                    owner[i - r.start] = true;
                }
            }
        }
        // A date is no actor: "received in May" names no Theresa May.
        // (The dates come in text order: the sentence's are found by a binary search.)
        let dates = &self.ctx.date_spans;
        let from = dates.partition_point(|d| d.start < sent.start);
        let in_sentence = dates[from..].iter().take_while(|d| d.start <= sent.end);
        for &d in in_sentence.filter(|d| d.start >= sent.start && d.end <= sent.end) {
            for i in self.token_range(d) {
                if let Some(o) = i.checked_sub(r.start).and_then(|k| owner.get_mut(k)) {
                    *o = true;
                }
            }
        }
        // Places of the context: countries and metonyms are actors; other places are where.
        pieces.extend(self.dict_pieces(r.clone(), &owner, r.start));
        for m in self.mentions_in(&self.places, sent) {
            let (t, pi) = (m.t.clone(), m.of);
            let place = &self.ctx.places[pi];
            // A place whose name holds a dictionary word is that place: "Inner Mongolia" is in
            // China, "West Philadelphia" no "West".
            if let Some(k) = pieces.iter().position(|p| {
                t.start <= p.t.start
                    && p.t.end <= t.end
                    && t.len() > p.t.len()
                    && matches!(p.kind, Kind::Dict(_))
            }) {
                pieces.remove(k);
            }
            if let Some(p) = pieces
                .iter_mut()
                .find(|p| p.t.start < t.end && t.start < p.t.end)
            {
                if matches!(
                    p.kind,
                    Kind::Dict(PieceKind::Country | PieceKind::Metonym | PieceKind::Adjective)
                ) {
                    p.place = Some(pi);
                }
                continue;
            }
            let cameo: Option<&'a str> = place
                .cameo
                .as_deref()
                .or_else(|| d.fips(&place.country_fips));
            let span = self.tokens_span(&t);
            let (kind, code) = match (place.kind, place.metonym, cameo) {
                (1, _, Some(c)) => (Kind::Dict(PieceKind::Country), c),
                (_, true, Some(c)) => (Kind::Dict(PieceKind::Metonym), c),
                // Other places keep their country's code: "police in Lagos" = NGACOP.
                (_, _, c) => (Kind::Place, c.unwrap_or_default()),
            };
            let name = d.country_name(code).unwrap_or(&place.name);
            pieces.push(Piece {
                t,
                span,
                kind,
                code,
                name,
                place: Some(pi),
                is_leader: false,
            });
        }
        // "the country", "the nation": the country named before; and pronouns that can be subjects.
        for i in r.clone() {
            if !self.in_list(i, crate::dict::LIST_PRONOUN) {
                continue;
            }
            let t = match self.key(i) {
                "country" | "nation" if i > r.start && self.key(i - 1) == "the" => i - 1..i + 1,
                "he" | "she" | "it" | "they" | "we" => i..i + 1,
                _ => continue,
            };
            if !pieces.iter().any(|p| t.clone().any(|j| p.t.contains(&j))) {
                pieces.push(Piece {
                    span: self.tokens_span(&t),
                    t,
                    kind: Kind::Pronoun,
                    code: "",
                    name: "",
                    place: None,
                    is_leader: false,
                });
            }
        }
        pieces.sort_by_key(|p| (p.t.start, p.t.end));
        // Overlaps: keep the first (longest at a start, since context pieces came first on ties).
        // Parts of one hyphenated word ("US-China") are separate pieces of the same token.
        pieces.dedup_by(|p, k| p.t.start < k.t.end && !(k.t == p.t && k.span.end <= p.span.start));
        pieces
    }

    /// Code, leader flag and name of context person `i`: a dated leader by canonical name, else
    /// the code of its roles.
    fn person_code(&self, i: usize) -> PersonCode<'a> {
        *self.person_codes[i].get_or_init(|| {
            let p = &self.ctx.persons[i];
            match self.leader_code(&p.name) {
                Some((c, n)) => (c, true, n),
                None => (self.person_role_code(&p.roles), false, &p.name),
            }
        })
    }

    /// Code and canonical name of context organisation `i` if it is an IGO of the dictionaries.
    fn igo_code(&self, i: usize) -> Option<(&'a str, &'a str)> {
        *self.igo_codes[i].get_or_init(|| self.igo_by_name(&self.ctx.organizations[i].name))
    }

    /// The actor phrases that start with the first word of `name`, if one of them is of kind
    /// `kind`: most names of the context start no phrase of the kind asked for, and their words
    /// are then not all normalised.
    fn phrases_of_kind(&self, name: &str, kind: PieceKind) -> Option<&'a [u32]> {
        let d: &'a Dictionaries = self.d;
        let first = crate::dict::normalize_word(name.split_whitespace().next()?);
        let ids = d.phrases_starting(&first)?;
        ids.iter()
            .any(|&pi| d.phrases[pi as usize].kind == kind)
            .then_some(ids)
    }

    fn leader_code(&self, name: &str) -> Option<(&'a str, &'a str)> {
        let d: &'a Dictionaries = self.d;
        let ids = self.phrases_of_kind(name, PieceKind::Leader)?;
        let words: Vec<String> = name
            .split_whitespace()
            .map(crate::dict::normalize_word)
            .collect();
        for &pi in ids {
            let ph = &d.phrases[pi as usize];
            if ph.kind == PieceKind::Leader
                && ph
                    .words
                    .iter()
                    .map(|w| &**w)
                    .eq(words.iter().map(String::as_str))
            {
                let l = &d.leaders[ph.leader as usize];
                return Some((l.code_on(self.ctx.date)?, &l.name));
            }
        }
        None
    }

    fn igo_by_name(&self, name: &str) -> Option<(&'a str, &'a str)> {
        let d: &'a Dictionaries = self.d;
        let ids = self.phrases_of_kind(name, PieceKind::Igo)?;
        let words: Vec<String> = name
            .split_whitespace()
            .map(crate::dict::normalize_word)
            .collect();
        ids.iter().find_map(|&pi| {
            let ph = &d.phrases[pi as usize];
            (ph.kind == PieceKind::Igo
                && ph
                    .words
                    .iter()
                    .map(|w| &**w)
                    .eq(words.iter().map(String::as_str)))
            .then_some((&*ph.code, &*ph.name))
        })
    }

    fn person_role_code(&self, roles: &[String]) -> &'a str {
        let d: &'a Dictionaries = self.d;
        for role in roles {
            let words: Vec<String> = role
                .split_whitespace()
                .map(crate::dict::normalize_word)
                .collect();
            // The role's last word is its head ("Secretary-General", "Foreign Minister").
            for start in 0..words.len() {
                let tail = &words[start..];
                if let Some(ids) = d.phrases_starting(&tail[0]) {
                    for &pi in ids {
                        let ph = &d.phrases[pi as usize];
                        if ph.kind == PieceKind::Agent
                            && ph
                                .words
                                .iter()
                                .map(|w| &**w)
                                .eq(tail.iter().map(String::as_str))
                        {
                            return &ph.code;
                        }
                    }
                }
            }
        }
        ""
    }

    /// Dictionary pieces in `r`, skipping tokens owned by context entities.
    fn dict_pieces(&self, r: Range<usize>, owner: &[bool], base: usize) -> Vec<Piece<'a>> {
        let d: &'a Dictionaries = self.d;
        let mut out = Vec::new();
        let mut i = r.start;
        while i < r.end {
            // (Most tokens start no phrase: the token is asked first, its owner only then.)
            let t = &self.toks[i];
            if t.punct
                || t.phr == u32::MAX && !t.hyphen
                || owner.get(i - base).copied().unwrap_or(false)
            {
                i += 1;
                continue;
            }
            if let Some((n, pi)) = self.phrase_at(i, r.end, owner, base)
                // A leader's one-word name opening a sentence where the names stage found no
                // person (whose tokens are owned by then) is a word there ("May I suggest",
                // "May be"; not a possessive, "Trudeau's office said"); nor is a saint a leader
                // of the name ("St. Francis").
                && !(d.phrases[pi].kind == PieceKind::Leader
                    && n == 1
                    && (i == base && !t.poss
                        || i > 0
                            && matches!(self.key(i - 1), "st." | "st" | "saint" | "san" | "santa")
                        // Nor before another capitalised word the names stage made no person
                        // of, unless a role: "Brown Rice", "Neuroscience May Cure Videogames"
                        // (not "the Obama Administration").
                        || i + 1 < r.end
                            && self.toks[i + 1].cap
                            && !self.toks[i + 1].punct
                            && !t.poss
                            && !self
                                .phrase_at(i + 1, r.end, owner, base)
                                .is_some_and(|(_, pj)| d.phrases[pj].kind == PieceKind::Agent)))
            {
                let ph = &d.phrases[pi];
                if ph.kind == PieceKind::Agent
                    && n == 1
                    && (self.official_as_adjective(i, r.end)
                        || self.hospital_general(i, base, r.end))
                {
                    i += 1;
                    continue;
                }
                let (code, name): (&'a str, &'a str) = match ph.kind {
                    PieceKind::Leader => {
                        let l = &d.leaders[ph.leader as usize];
                        (l.code_on(self.ctx.date).unwrap_or(""), &l.name)
                    }
                    _ => (&ph.code, &ph.name),
                };
                out.push(Piece {
                    t: i..i + n,
                    span: ByteSpan::new(self.span(i).start, self.span(i + n - 1).end),
                    kind: Kind::Dict(ph.kind),
                    code,
                    name,
                    place: None,
                    is_leader: ph.kind == PieceKind::Leader,
                });
                i += n;
                continue;
            }
            // "US-Russia talks": the parts of a hyphenated word may be countries.
            let k = self.key(i);
            if k.contains('-') && !SKIP_HYPHEN_TAILS.iter().any(|t| k.ends_with(t)) {
                let tok_span = self.span(i);
                let surface = &self.text[tok_span.range()];
                let mut off = 0;
                for part in surface.split(['-', '\u{2013}', '\u{2014}']) {
                    // Only a capitalised part can be a country (most parts are not: they are
                    // not looked up).
                    if part.chars().next().is_some_and(char::is_uppercase)
                        && let Some(ids) =
                            self.d.phrases_starting(&crate::dict::normalize_word(part))
                        && let Some(&pi) = ids.iter().find(|&&pi| {
                            let ph = &self.d.phrases[pi as usize];
                            ph.words.len() == 1
                                && matches!(ph.kind, PieceKind::Country | PieceKind::Adjective)
                                && !matches!(
                                    &*ph.code,
                                    "EUR" | "AFR" | "ASA" | "MEA" | "WST" | "LAM" | "ARB"
                                )
                                && (!ph.caps_only || part.chars().all(|c| !c.is_lowercase()))
                                && part.chars().next().is_some_and(char::is_uppercase)
                        })
                    {
                        let ph = &d.phrases[pi as usize];
                        let s = tok_span.start + off;
                        out.push(Piece {
                            t: i..i + 1,
                            span: ByteSpan::new(s, s + part.len()),
                            kind: Kind::Dict(ph.kind),
                            code: &ph.code,
                            name: &ph.name,
                            place: None,
                            is_leader: false,
                        });
                    }
                    off += part.len()
                        + surface[off + part.len()..]
                            .chars()
                            .next()
                            .map_or(0, char::len_utf8);
                }
            }
            i += 1;
        }
        out
    }

    /// The longest actor phrase starting at token `i`: (token count, phrase index).
    fn phrase_at(
        &self,
        i: usize,
        end: usize,
        owner: &[bool],
        base: usize,
    ) -> Option<(usize, usize)> {
        let ids = self.phrases_at(i)?;
        for &pi in ids {
            let ph = &self.d.phrases[pi as usize];
            let n = ph.words.len();
            if i + n > end {
                continue;
            }
            let ok = (0..n).all(|j| {
                let t = i + j;
                self.key(t) == &*ph.words[j]
                    && !owner.get(t - base).copied().unwrap_or(false)
                    && (j + 1 == n || !self.toks[t].poss)
            });
            if !ok {
                continue;
            }
            let first = &self.toks[i];
            if ph.caps_only && !first.allcaps {
                continue;
            }
            if ph.capitalized && !first.cap {
                continue;
            }
            return Some((n, pi as usize));
        }
        None
    }

    fn chunks(&self, pieces: Vec<Piece<'a>>, r: &Range<usize>) -> Vec<Chunk<'a>> {
        // Each chunk is made of a run of consecutive pieces (a slice of `pieces`: no vector per
        // group).
        let mut chunks: Vec<Chunk<'a>> = Vec::new();
        let mut start = 0;
        for end in 1..=pieces.len() {
            let g = &pieces[start..end];
            if pieces.get(end).is_none_or(|p| !self.joins(g, p)) {
                chunks.push(self.make_chunk(g, r));
                start = end;
            }
        }
        // Links: 1 = "and"/"or", 2 = a comma (a list only if it ends with "and").
        let mut link = vec![0u8; chunks.len()];
        for k in 0..chunks.len().saturating_sub(1) {
            let (a, b) = (chunks[k].t.end, chunks[k + 1].t.start);
            // At most three words link two chunks.
            link[k] = match b.saturating_sub(a) {
                1 => match self.key(a) {
                    "and" | "or" => 1,
                    "," => 2,
                    _ => 0,
                },
                2 => u8::from(matches!(
                    (self.key(a), self.key(a + 1)),
                    (",", "and") | ("and", "the")
                )),
                3 => {
                    u8::from((self.key(a), self.key(a + 1), self.key(a + 2)) == (",", "and", "the"))
                }
                _ => 0,
            };
        }
        for k in 0..chunks.len() {
            chunks[k].coord_next = match link[k] {
                1 => true,
                2 => link[k + 1..]
                    .iter()
                    .take_while(|&&l| l != 0)
                    .any(|&l| l == 1),
                _ => false,
            };
        }
        // "Ethiopian and Eritrean leaders": the role is shared by the coordinated nationalities.
        for k in (0..chunks.len().saturating_sub(1)).rev() {
            let (a, b) = (&chunks[k], &chunks[k + 1]);
            if link[k] == 1
                && a.roles.is_empty()
                && !a.person
                && a.country.is_some()
                && a.code.len() == 3
                && b.country.is_some()
                && !b.roles.is_empty()
                && !b.person
            {
                let roles = b.roles.clone();
                let a = &mut chunks[k];
                for r in &roles {
                    a.code.push_str(r);
                }
                a.roles = roles;
            }
        }
        chunks
    }

    /// Whether piece `p` continues the chunk made of `g`.
    fn joins(&self, g: &[Piece<'a>], p: &Piece<'a>) -> bool {
        let Some(last) = g.last() else { return false };
        if p.kind == Kind::Pronoun || last.kind == Kind::Pronoun {
            return false;
        }
        let has = |f: &dyn Fn(&Piece) -> bool| g.iter().any(f);
        let is_country = |q: &Piece| {
            matches!(
                q.kind,
                Kind::Dict(PieceKind::Country | PieceKind::Adjective | PieceKind::Metonym)
            )
        };
        let is_person = |q: &Piece| q.is_leader || q.kind == Kind::Person;
        // Two different countries or two persons are two actors.
        if is_country(p) && has(&|q| is_country(q) && q.code != p.code) {
            return false;
        }
        if is_person(p) && has(&is_person) {
            return false;
        }
        // The tokens between the chunk and the piece.
        let between = last.t.end..p.t.start;
        if last.kind == Kind::Place {
            // "Lagos police", "Texas officials", "Donetsk separatists": a place right before a
            // role gives it its country.
            return g.len() == 1
                && !last.code.is_empty()
                && matches!(p.kind, Kind::Dict(PieceKind::Agent))
                && last.t.end == p.t.start
                && last.span.end <= p.span.start;
        }
        if p.kind == Kind::Place {
            // Only "ROLE in PLACE" joins a place: it gives the role its country.
            return !p.code.is_empty()
                && matches!(last.kind, Kind::Dict(PieceKind::Agent))
                && !has(&is_country)
                && !has(&|q| q.kind == Kind::Dict(PieceKind::Igo))
                && between.map(|i| self.key(i)).eq(["in"]);
        }
        if last.t.end == p.t.start && last.span.end <= p.span.start {
            // Adjacent: "Russian officials", "French President Emmanuel Macron", "Ukraine's defence minister".
            return true;
        }
        if last.t.start == p.t.start {
            // Parts of one hyphenated word are separate actors.
            return false;
        }
        if between.len() > 3 {
            return false;
        }
        // "Defence Minister Ana Costa": capitalised words between a role and a name the names
        // stage did not find are the name.
        if between.len() <= 2
            && matches!(last.kind, Kind::Dict(PieceKind::Agent))
            && between.clone().all(|i| {
                self.toks[i].cap
                    && !self.toks[i].punct
                    && self.toks[i].lists == 0
                    && !matches!(self.key(i), "to" | "and" | "or" | "for" | "as")
            })
            && self.toks[p.t.start].cap
        {
            return true;
        }
        // "King Hassan of Morocco", "President Askar Akayev of Kyrgyzstan": a person the
        // dictionaries give no country takes the country named right after "of".
        if is_country(p)
            && has(&is_person)
            && !has(&is_country)
            && between.clone().map(|i| self.key(i)).eq(["of"])
        {
            return true;
        }
        // "the Secretary-General of NATO", "officials from Russia", "senior Hungarian officials".
        let all_mod = between
            .clone()
            .all(|i| self.in_list(i, crate::dict::LIST_MODIFIER) || self.is(i, &["from", "in"]));
        // "officials from Russia", "police in Lagos": the place gives a role its country (and
        // stays the place of the event); an organisation or a national actor keeps its own
        // ("NATO officials in Lisbon", "Russian officials in Geneva").
        let agent_of = between.clone().any(|i| self.is(i, &["of", "from", "in"]));
        let via_in = between.clone().any(|i| self.is(i, &["in"]));
        if via_in
            && (has(&|q| q.kind == Kind::Dict(PieceKind::Igo))
                || has(&is_country)
                || !is_country(p))
        {
            return false;
        }
        if all_mod
            && (!agent_of || matches!(last.kind, Kind::Dict(PieceKind::Agent)))
            && !(agent_of && is_person(p))
        {
            return !agent_of || !has(&is_country) || !is_country(p);
        }
        // Apposition: "Ana Costa, the Secretary-General of the OSCE," / "Li Wei, Beijing's envoy".
        if has(&is_person)
            && !is_person(p) | (p.kind == Kind::Person && !p.is_leader)
            && self.is(between.start, &[","])
            && (between.start + 1..between.end).all(|i| self.in_list(i, crate::dict::LIST_MODIFIER))
            && matches!(
                p.kind,
                Kind::Dict(
                    PieceKind::Agent | PieceKind::Adjective | PieceKind::Country | PieceKind::Igo
                ) | Kind::Person
            )
        {
            // Only when the apposition is a role: the next piece or the one after is an agent.
            return matches!(p.kind, Kind::Dict(PieceKind::Agent)) || self.toks[p.t.end - 1].poss;
        }
        false
    }

    /// Is piece `p` an organisation the lists know as a firm, a medium, a club, a school, a
    /// charity or a church?
    fn civil_body(&self, p: &Piece) -> bool {
        p.kind == Kind::Org
            && self.ctx.organizations.iter().any(|o| {
                o.name == p.name
                    && matches!(
                        o.category,
                        "company" | "media" | "ngo" | "sport" | "education" | "religious"
                    )
            })
    }

    fn make_chunk(&self, g: &[Piece<'a>], r: &Range<usize>) -> Chunk<'a> {
        let t = g[0].t.start..g[g.len() - 1].t.end;
        let span = ByteSpan::new(g[0].span.start, g[g.len() - 1].span.end);
        let leader = g.iter().find(|p| p.is_leader && !p.code.is_empty());
        let person = g.iter().find(|p| p.kind == Kind::Person);
        let country = g.iter().find(|p| {
            matches!(
                p.kind,
                Kind::Dict(PieceKind::Country | PieceKind::Adjective | PieceKind::Metonym)
            ) || p.kind == Kind::Place && g.len() > 1 && !p.code.is_empty()
        });
        let igo = g.iter().find(|p| p.kind == Kind::Dict(PieceKind::Igo));
        let mut roles: Vec<&'a str> = Vec::new();
        for p in g {
            let agent_code = match p.kind {
                Kind::Dict(PieceKind::Agent) => Some(p.code),
                Kind::Person if !p.is_leader && !p.code.is_empty() => Some(p.code),
                _ => None,
            };
            if let Some(c) = agent_code
                && !roles.contains(&c)
                && roles.len() < 2
            {
                roles.push(c);
            }
        }
        let metonym_only =
            country.is_some_and(|c| c.kind == Kind::Dict(PieceKind::Metonym)) && roles.is_empty();
        if metonym_only {
            roles.push("GOV");
        }
        let code;
        let name;
        let mut country_code = None;
        if let Some(l) = leader {
            code = l.code.to_string();
            name = l.name;
            country_code = (!l.code.starts_with("IGO"))
                .then(|| l.code.get(..3))
                .flatten();
        } else {
            let base: &str = match (country, igo) {
                (Some(c), Some(i)) if i.t.start < c.t.start => i.code,
                (Some(c), _) => {
                    country_code = Some(c.code);
                    c.code
                }
                (None, Some(i)) => i.code,
                (None, None) => "",
            };
            // "Hezbollah guerrillas", "rights group Amnesty International": a group's code
            // already says its role.
            roles.retain(|r| !(base.len() > 3 && (base.ends_with(r) || base.starts_with(r))));
            // "government forces", "state police": the force, not the government.
            if roles.iter().any(|&r| r == "MIL" || r == "COP") {
                roles.retain(|&r| r != "GOV");
            }
            // "NATO officials" are NATO: an organisation's code is whole without GOV.
            if base.starts_with("IGO") || base.starts_with("NGO") {
                roles.retain(|&r| r != "GOV");
            }
            // "a Google spokesman", "Apple vice president Tom Smith": the role is a firm's, a
            // paper's or a club's, which the lists know as no government body.
            if base.is_empty() && roles.contains(&"GOV") && g.iter().any(|p| self.civil_body(p)) {
                roles.retain(|&r| r != "GOV");
            }
            code = if base.is_empty() && person.is_some() && roles.is_empty() {
                String::new()
            } else {
                let mut code = String::with_capacity(base.len() + 3 * roles.len());
                code.push_str(base);
                for r in &roles {
                    code.push_str(r);
                }
                code
            };
            name = if let Some(p) = person {
                p.name
            } else if let Some(i) = igo {
                i.name
            } else if let Some(c) = country {
                // GDELT names an actor by its country ("Romanian officials" = ROMANIA).
                c.name
            } else {
                self.text.get(span.range()).unwrap_or("")
            };
        }
        // Intergovernmental organisations act as states; ethnic, religious and armed groups do not.
        let state = leader.is_some()
            || igo.is_some_and(|i| i.code.starts_with("IGO"))
            || (country.is_some() && roles.is_empty())
            || roles
                .iter()
                .any(|r| matches!(*r, "GOV" | "MIL" | "COP" | "SPY" | "JUD" | "LEG" | "PKO"));
        let before = t.start.checked_sub(1).filter(|&b| b >= r.start);
        let only_place = g.iter().all(|p| {
            matches!(
                p.kind,
                Kind::Place | Kind::Dict(PieceKind::Country | PieceKind::Metonym)
            )
        });
        // "in northwestern Nigeria", "in the south of Lebanon": skip direction words back to the
        // preposition. A capital after most prepositions is the city, not its government
        // ("the streets of Santiago", "flew to Moscow"; but "talks with Moscow").
        let mut b = before;
        while let Some(x) = b.filter(|&x| {
            self.is(
                x,
                &[
                    "the",
                    "northern",
                    "southern",
                    "eastern",
                    "western",
                    "central",
                    "northeastern",
                    "northwestern",
                    "southeastern",
                    "southwestern",
                    "north",
                    "south",
                    "east",
                    "west",
                    "occupied",
                    "besieged",
                    "embattled",
                    "war-torn",
                    "neighbouring",
                    "neighboring",
                    "rebel-held",
                    "capital",
                ],
            )
        }) {
            b = x.checked_sub(1).filter(|&y| y >= r.start);
        }
        let capital_only = g.iter().all(|p| p.kind == Kind::Dict(PieceKind::Metonym))
            && !g
                .iter()
                .any(|p| p.place.is_some_and(|i| self.ctx.places[i].metonym));
        let locative = only_place
            && b.is_some_and(|b| {
                self.in_list(b, crate::dict::LIST_LOCATIVE)
                    || capital_only
                        && self.is(
                            b,
                            &[
                                "of", "to", "from", "into", "through", "via", "toward", "towards",
                            ],
                        )
            });
        // Where the action happened: a place after "in"/"at"/"near" (not "on Wednesday").
        let place_in = g.len() > 1
            && g.last().is_some_and(|p| {
                p.place.is_some() && p.t.start > 0 && self.key(p.t.start - 1) == "in"
            });
        let place = if place_in {
            g.last().and_then(|p| p.place)
        } else {
            g.iter()
                .find_map(|p| p.place)
                .filter(|_| b.is_some_and(|b| self.in_list(b, crate::dict::LIST_LOCATIVE)))
        };
        Chunk {
            t,
            span,
            code,
            name,
            country: country_code,
            roles,
            state,
            person: leader.is_some() || person.is_some(),
            pronoun: g[0].kind == Kind::Pronoun,
            named: g.iter().any(|p| matches!(p.kind, Kind::Person | Kind::Org)),
            locative: locative || g.iter().all(|p| p.kind == Kind::Place),
            place,
            place_in,
            prep_obj: {
                let mut b = before;
                while let Some(x) =
                    b.filter(|&x| self.is(x, &["the", "a", "an", "its", "their", "his", "her"]))
                {
                    b = x.checked_sub(1).filter(|&y| y >= r.start);
                }
                b.is_some_and(|b| self.in_list(b, crate::dict::LIST_PREPOSITION))
            },
            coord_next: false,
        }
    }

    // ---------------------------------------------------------------- actions

    fn triggers(&self, r: &Range<usize>, chunks: &[Chunk<'a>]) -> Vec<Trigger> {
        // A capitalised word is a name, not an action, unless it starts the sentence or the
        // sentence is in title case (a headline); counted only when a capitalised word asks.
        let title_case = OnceCell::new();
        let title_case = || {
            *title_case.get_or_init(|| {
                let words = r.clone().filter(|&i| !self.toks[i].punct).count().max(1);
                let caps = r
                    .clone()
                    .filter(|&i| !self.toks[i].punct && self.toks[i].cap)
                    .count();
                caps * 10 > words * 6
            })
        };
        let mut out = Vec::new();
        let mut i = r.start;
        while i < r.end {
            let tok = &self.toks[i];
            let Some(ids) = self.patterns_at(i) else {
                i += 1;
                continue;
            };
            if tok.punct || (tok.cap && i != r.start && !title_case()) || self.in_entity(i, chunks)
            {
                i += 1;
                continue;
            }
            let mut best: Option<(Trigger, Score)> = None;
            for &pid in ids {
                if !self.may_match(pid) {
                    continue;
                }
                let pat = &self.d.patterns[pid as usize];
                if let Some((end, lits)) = self.match_pattern(pat, i, r.end) {
                    let score = (
                        pat.weight,
                        lits.len(),
                        std::cmp::Reverse(end),
                        std::cmp::Reverse(pid),
                    );
                    if best.as_ref().is_none_or(|(_, s)| score > *s) {
                        best = Some((
                            Trigger {
                                pat: pid,
                                head: i,
                                end,
                                lits,
                            },
                            score,
                        ));
                    }
                }
            }
            match best {
                Some((t, _)) => {
                    i = t.end.max(i + 1);
                    if self.d.patterns[t.pat as usize].code != crate::dict::NO_EVENT
                        && !self.imperative(&t, r)
                    {
                        out.push(t);
                    }
                }
                None => i += 1,
            }
        }
        out
    }

    /// "Consider the people who…", "Please allow innovation", "Tim, thank you": a verb pattern
    /// whose verb opens its sentence in the base form (after "please", or a name and a comma
    /// that say whom it is addressed to, at most) is an imperative, whose subject is the reader
    /// or the one addressed: no event.
    fn imperative(&self, t: &Trigger, r: &Range<usize>) -> bool {
        let pat = &self.d.patterns[t.pat as usize];
        let word = self.toks[t.head].word;
        // (A vocative: one to three capitalised words and a comma open the sentence.)
        let mut start = r.start;
        while start < r.end && self.toks[start].punct {
            start += 1;
        }
        let names = (start..t.head).take_while(|&j| self.toks[j].cap).count();
        if (1..=3).contains(&names) && t.head == start + names + 1 && self.key(t.head - 1) == "," {
            start = t.head;
        }
        !pat.nominal
            && (start..t.head).all(|j| self.toks[j].punct || self.key(j) == "please")
            && pat.segments.first().is_some_and(|alternatives| {
                alternatives.iter().any(|words| {
                    matches!(words.first(), Some(Word::Verb(v))
                        if self.d.verb_ids[*v as usize].first() == Some(&word))
                })
            })
    }

    /// "taken to Toronto General", "at Massachusetts General on Monday": "General" after a
    /// town's name that no actor phrase starts, and before no name, is the town's general
    /// hospital, not an army's general ("Canadian General Tom Lawson", "a US General said").
    fn hospital_general(&self, i: usize, start: usize, end: usize) -> bool {
        if i <= start || self.key(i) != "general" || !self.toks[i].cap {
            return false;
        }
        let before = &self.toks[i - 1];
        let name_after = i + 1 < end && self.toks[i + 1].cap && !self.toks[i + 1].punct;
        before.cap && !before.punct && before.phr == u32::MAX && before.lists == 0 && !name_after
    }

    /// "the official results", "its official website": "official" right before a lower-case
    /// word that no pattern, actor or word list knows is an adjective, not an official. (Not
    /// before a verb, a name, or what follows an official: "the official said", "official Tang
    /// Yigan", "an official familiar with the talks", "an official speaking on condition".)
    fn official_as_adjective(&self, i: usize, end: usize) -> bool {
        if self.key(i) != "official" || i + 1 >= end {
            return false;
        }
        let next = &self.toks[i + 1];
        let k = self.key(i + 1);
        next.read
            && !next.punct
            && !next.cap
            && next.word == u32::MAX
            && next.phr == u32::MAX
            && next.lists == 0
            && k.len() >= 3
            && !k.ends_with("ing")
            && !k.ends_with("ed")
            && !k.ends_with("ly")
            && !matches!(
                k,
                "familiar" | "close" | "responsible" | "who" | "whose" | "and" | "but" | "nor"
            )
    }

    /// Whether pattern `p` may match in the sentence being coded (as the first pass says).
    #[inline]
    fn may_match(&self, p: u32) -> bool {
        if self.bits == usize::MAX {
            return true;
        }
        let at = self.bits * self.stride + p as usize / 64;
        self.allowed.get(at).is_none_or(|w| w & 1 << (p % 64) != 0)
    }

    /// Whether token `i` is inside a multi-word actor's name (not its last word): "Peace" in
    /// "the Peace Council" is no action.
    fn in_entity(&self, i: usize, chunks: &[Chunk<'a>]) -> bool {
        chunks.iter().any(|c| {
            c.t.contains(&i)
                && (c.person || !c.code.is_empty() && c.t.len() > 1 && !c.roles.is_empty())
                && !self.toks[i].poss
                && c.t.len() > 1
                && i + 1 < c.t.end
        })
    }

    fn word_matches(&self, w: &Word, i: usize) -> bool {
        let Some(tok) = self.toks.get(i) else {
            return false;
        };
        match w {
            Word::Lit(l) => tok.word == *l,
            Word::Verb(v) => {
                let Some(f) = self.d.verb_ids[*v as usize]
                    .iter()
                    .position(|&f| f == tok.word)
                else {
                    return false;
                };
                // "the state", "the meeting", "for support", "a series of bombs": after a
                // determiner or a possessive the base and -ing forms are nouns or adjectives; after
                // a preposition (not "to") the base and -s forms are. (Cheapest tests first: most
                // forms are past tenses.)
                let base = f == 0;
                let prev_lists = i.checked_sub(1).map_or(0, |p| self.toks[p].lists);
                let noun_after_determiner = (base || self.key(i).ends_with("ing"))
                    && (prev_lists & crate::dict::LIST_DETERMINER != 0 || self.after_possessive(i));
                let noun_after_preposition = (base || f == 1)
                    && prev_lists & crate::dict::LIST_PREPOSITION != 0
                    && self.key(i - 1) != "to";
                // Right after an article or a possessive determiner every form is: "a shot", "the
                // attacks", "their hits", "the released hostages".
                let noun_after_article = !base
                    && prev_lists & crate::dict::LIST_DETERMINER != 0
                    // (Not "that" and "this", which may be subjects: "a law that bans", "this
                    // shows"; nor "her", an object: "saw her shot".)
                    && !matches!(self.key(i - 1), "that" | "this" | "her");
                !(noun_after_determiner
                    || noun_after_preposition
                    || noun_after_article
                    || base && self.after_modifier(i))
            }
        }
    }

    /// "cell phone", "blood pressure", "a press release", "a cross-border attack": the base form
    /// of a verb right after a lower-case word that can be neither its subject nor a word that
    /// comes before a verb's base form (a modal, "to", an adverb, a conjunction, a pronoun) is a
    /// noun that word modifies. A present tense's subject is plural ("officials meet", "gunmen
    /// attack", "people say"): a word ending in "s" or "men", or one of the plurals without.
    fn after_modifier(&self, i: usize) -> bool {
        let Some(p) = i.checked_sub(1) else {
            return false;
        };
        let t = &self.toks[p];
        if t.cap || t.punct || t.poss || !t.read {
            return false;
        }
        let w = self.key(p);
        !w.is_empty()
            && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            && !w.ends_with('s')
            && !w.ends_with("ly")
            && !w.ends_with("men")
            && !BEFORE_BASE_FORM.contains(&w)
    }

    /// "a Russian assault", "a three-hour meeting", "Iran's demand": token `i` follows a
    /// nationality adjective, a possessive, or a determiner before adjective-like words.
    fn after_possessive(&self, i: usize) -> bool {
        let nationality = |p: usize| {
            self.phrases_at(p).is_some_and(|ids| {
                ids.iter().any(|&x| {
                    let ph = &self.d.phrases[x as usize];
                    ph.kind == PieceKind::Adjective && ph.words.len() == 1
                })
            }) && self.toks[p].cap
        };
        let mut j = i;
        let mut det_before = false;
        while j > 0 && i - j < 4 {
            j -= 1;
            let t = &self.toks[j];
            if t.lists & crate::dict::LIST_DETERMINER != 0 || t.poss {
                det_before = true;
                break;
            }
            let adjective_like =
                t.hyphen || nationality(j) || matches!(self.view.tokens[j].kind, TokenKind::Number);
            if !adjective_like {
                break;
            }
        }
        i > 0 && (self.toks[i - 1].poss || nationality(i - 1) || det_before)
    }

    /// Matches `pat` at token `i`; returns the end and the tokens matched by words.
    fn match_pattern(&self, pat: &Pattern, i: usize, end: usize) -> Option<(usize, Vec<usize>)> {
        let mut lits = Vec::new();
        let e = self.match_segments(pat, 0, i, end, &mut lits)?;
        Some((e, lits))
    }

    fn match_segments(
        &self,
        pat: &Pattern,
        k: usize,
        at: usize,
        end: usize,
        lits: &mut Vec<usize>,
    ) -> Option<usize> {
        let Some(seg) = pat.segments.get(k) else {
            return Some(at);
        };
        let gaps = if k == 0 { 0 } else { 4 };
        for gap in 0..=gaps {
            let start = at + gap;
            if gap > 0 && (start > end || self.is_boundary(start - 1)) {
                break;
            }
            // Only the alternatives that start with this word, in order (none for a word of no
            // pattern, most words).
            let w = self.toks.get(start).map_or(u32::MAX, |t| t.word);
            if w == u32::MAX {
                continue;
            }
            let starts = &pat.starts[k];
            let from = starts.partition_point(|&(x, _)| x < w);
            let alts = starts[from..]
                .iter()
                .take_while(|&&(x, _)| x == w)
                .map(|&(_, a)| &seg[a as usize]);
            // The best alternative: most words, then shortest.
            let mut best: Option<(usize, Vec<usize>)> = None;
            for alt in alts {
                let n = alt.len();
                if start + n > end {
                    continue;
                }
                if alt
                    .iter()
                    .enumerate()
                    .all(|(j, w)| self.word_matches(w, start + j))
                {
                    let mut l = lits.clone();
                    l.extend(start..start + n);
                    if let Some(e) = self.match_segments(pat, k + 1, start + n, end, &mut l)
                        && best.as_ref().is_none_or(|(be, bl)| {
                            l.len() > bl.len() || (l.len() == bl.len() && e < *be)
                        })
                    {
                        best = Some((e, l));
                    }
                }
            }
            if let Some((e, l)) = best {
                *lits = l;
                return Some(e);
            }
        }
        None
    }

    /// Lines describing each sentence's actors and pattern matches, for `events::explain`.
    pub(crate) fn explain(mut self) -> Vec<String> {
        self.read(0..self.toks.len());
        let mut out = Vec::new();
        for s in 0..self.view.sentences.len() {
            let r = self.view.sentence_token_range(s);
            if r.is_empty() {
                continue;
            }
            let chunks = self.chunks(self.pieces(r.clone()), &r);
            let triggers = self.triggers(&r, &chunks);
            out.push(format!("sentence {s}"));
            for c in &chunks {
                out.push(format!(
                    "  actor {:?} code={} name={:?}{}{}{}{}",
                    c.span.get(self.text).unwrap_or(""),
                    c.code,
                    c.name,
                    if c.locative { " locative" } else { "" },
                    if c.prep_obj { " prep-object" } else { "" },
                    if c.coord_next { " and-next" } else { "" },
                    if c.state { " state" } else { "" },
                ));
            }
            for t in &triggers {
                let p = &self.d.patterns[t.pat as usize];
                let words: Vec<&str> = t
                    .lits
                    .iter()
                    .map(|&i| &self.text[self.span(i).range()])
                    .collect();
                out.push(format!(
                    "  action {} {:?} rule: {}",
                    p.code,
                    words.join(" "),
                    p.text
                ));
            }
        }
        out
    }

    // ---------------------------------------------------------------- events

    fn sentence(&mut self, s: usize, r: Range<usize>, out: &mut Vec<CodedEvent>) {
        // No pattern word, no event: most sentences stop here. A "sentence" of more than
        // MAX_SENTENCE_TOKENS tokens is a table or a list, not prose: its words are searched in
        // pieces of that length, so that the cost stays linear.
        if !self.toks[r.clone()].iter().any(|t| t.pat != u32::MAX) {
            return;
        }
        if r.len() > MAX_SENTENCE_TOKENS {
            let mut start = r.start;
            while start < r.end {
                let end = (start + MAX_SENTENCE_TOKENS).min(r.end);
                self.sentence(s, start..end, out);
                start = end;
            }
            return;
        }
        // A sentence that can have no coded or named actor has no event (nor a person for a later
        // "he"/"she"): about a third of those with a match.
        if !self.may_have_actors(&r) {
            return;
        }
        // Most sentences with a pattern word still match no pattern: the matches are found first,
        // as if no word were inside an actor's name, and the actors are built only when there is
        // one.
        let candidates = self.triggers(&r, &[]);
        if candidates.is_empty() {
            self.unread.push(r);
            return;
        }
        let pieces = self.pieces(r.clone());
        // Without a piece that can make a coded or named actor (a code, a person or organisation
        // of the context, a capital standing for its government, "he"/"she" for the last person)
        // every chunk is uncoded and unnamed, "it"/"they" find no coded actor, and `finish` drops
        // every event: about one sentence in six with a match stops here.
        if !pieces.iter().any(|p| self.may_code(p)) {
            return;
        }
        let chunks = self.chunks(pieces, &r);
        // A pattern word inside an actor's name is no trigger; when there is none, the matches
        // stand as found.
        let triggers = if r
            .clone()
            .any(|i| self.toks[i].pat != u32::MAX && self.in_entity(i, &chunks))
        {
            self.triggers(&r, &chunks)
        } else {
            candidates
        };
        let mut drafts: Vec<Draft> = Vec::new();
        let mut prev: Option<Prev> = None;
        for (ti, t) in triggers.iter().enumerate() {
            let pat = &self.d.patterns[t.pat as usize];
            // A noun of action after a verb is its object; only the next verb ends its clause.
            let next_head = triggers[ti + 1..]
                .iter()
                .find(|n| !self.d.patterns[n.pat as usize].nominal)
                .map_or(r.end, |n| n.head);
            let mut made = if pat.nominal {
                self.nominal(t, pat, &chunks, &r, next_head)
            } else {
                self.verbal(t, pat, &chunks, &r, next_head, prev)
            };
            // Only a verb's event is the previous clause of the next verb: in "China condemned
            // the visit by US lawmakers and warned …" China warns, not the visitors.
            if let Some(d) = made.first()
                && !pat.nominal
            {
                prev = Some((t.end, d.src, d.tgt, pat.class));
            }
            drafts.append(&mut made);
        }
        // Reported speech: "said they would blockade" announces, it does not suppose.
        if let Some(h) = drafts
            .iter()
            .find(|d| d.class == Class::Say)
            .map(|d| d.head)
        {
            for d in drafts.iter_mut() {
                if d.head > h && d.modality == Modality::Hypothetical {
                    d.modality = Modality::Future;
                }
            }
        }
        let mut drafts = self.control(drafts, &chunks);
        // A game report uses the words of violence for play: "Austria beat North Macedonia 3-1".
        if drafts.iter().any(|d| self.play_word(d)) && self.sporting(&r) {
            drafts.retain(|d| !self.play_word(d));
        }
        // "X said Y must …" with no coded action after "must": a demand of X on Y.
        if let Some(say) = drafts.iter().find(|d| d.class == Class::Say).cloned() {
            for m in (say.end..r.end).filter(|&i| self.key(i) == "must") {
                let acted = drafts.iter().any(|d| d.head > m && d.head <= m + 4);
                let tgt = chunks.iter().rposition(|c| {
                    c.t.end <= m && c.t.start >= say.end && !c.locative && !c.pronoun
                });
                if !acted && tgt.is_some() && tgt != say.src {
                    drafts.push(Draft {
                        src: say.src,
                        tgt,
                        code: "100".into(),
                        class: Class::None,
                        rule: format!("{} + must", say.rule).into(),
                        head: say.head,
                        end: say.end,
                        modality: Modality::Asserted,
                        weak: false,
                    });
                }
            }
        }
        // "X said Y must do Z": a demand of X on Y.
        if let Some(say) = drafts.iter().position(|d| d.class == Class::Say) {
            let (ssrc, shead, srule) =
                (drafts[say].src, drafts[say].head, drafts[say].rule.clone());
            for d in drafts.iter_mut() {
                if d.head > shead && self.obliged(d.head, &r, &chunks) && d.src != ssrc {
                    d.tgt = d.src.filter(|&i| !chunks[i].pronoun).or_else(|| {
                        chunks.iter().rposition(|c| {
                            c.t.end <= d.head && c.t.start > shead && !c.pronoun && !c.locative
                        })
                    });
                    d.src = ssrc;
                    d.code = map_class(Class::Demand, &d.code).into();
                    d.rule = format!("{srule} + must + {}", d.rule).into();
                    d.modality = Modality::Asserted;
                }
            }
        }
        // A noun of action that only repeats a verb's event ("pledged $40 million in economic
        // aid") is dropped.
        // (Only a sentence with a weak draft has anything to drop: most have none.)
        if drafts.iter().any(|d| d.weak) {
            let verbal: Vec<(Option<usize>, String, usize)> = drafts
                .iter()
                .filter(|d| !d.weak)
                .map(|d| (d.src, d.code.get(..2).unwrap_or("").to_string(), d.end))
                .collect();
            drafts.retain(|d| {
                !(d.weak
                    && verbal.iter().any(|(s, r, end)| {
                        *s == d.src && d.code.starts_with(r.as_str()) && d.head <= end + 8
                    }))
            });
        }
        // Statements are coded only when nothing else in the sentence is.
        let has_other = drafts
            .iter()
            .any(|d| d.class != Class::Say && !d.code.starts_with("01") && !d.weak);
        // "he"/"she" with no other person in the sentence is the last person coded (see `finish`).
        let needs_last_person = |d: &Draft| {
            d.src.is_some_and(|c| self.personal(&chunks[c]))
                && !chunks
                    .iter()
                    .enumerate()
                    .any(|(i, c)| c.person && !c.code.is_empty() && Some(i) != d.tgt)
        };
        if drafts.iter().any(needs_last_person) {
            self.resolve_last_person();
        }
        let mut seen: FxHashSet<(String, String, String)> = FxHashSet::default();
        for d in drafts {
            if has_other && d.class == Class::Say {
                continue;
            }
            if let Some(e) = self.finish(s, &r, d, &chunks, &mut seen) {
                out.push(e);
            }
        }
        if let Some(c) = last_person_of(chunks) {
            self.last_person = Some(c);
            self.unread.clear();
        }
    }

    /// Whether piece `p` may make a chunk with a code or a name, or stand for the last person.
    fn may_code(&self, p: &Piece<'a>) -> bool {
        !p.code.is_empty()
            || matches!(
                p.kind,
                Kind::Person | Kind::Org | Kind::Dict(PieceKind::Metonym)
            )
            || p.kind == Kind::Pronoun && self.is(p.t.start, crate::lists::PERSONAL_PRONOUNS)
    }

    /// Whether `pieces` may find in tokens `r` an actor that `may_code` keeps: a context mention
    /// is there, or a token that may start an actor phrase, a hyphenated word with a capital (whose
    /// parts may be countries) or "he"/"she" ("it", "they", "the country" alone find no coded actor). No false
    /// negatives.
    fn may_have_actors(&self, r: &Range<usize>) -> bool {
        let sent = self.tokens_span(r);
        r.clone().any(|i| {
            let t = &self.toks[i];
            t.phr != u32::MAX
                || t.hyphen && self.may_have_country_part(i)
                || t.lists & crate::dict::LIST_PRONOUN != 0
                    && self.is(i, crate::lists::PERSONAL_PRONOUNS)
        }) || [&self.persons, &self.orgs, &self.places]
            .into_iter()
            .any(|list| self.mentions_within(list, sent).next().is_some())
    }

    /// `may_have_actors` from the text alone, without reading the tokens: a context mention is
    /// there, or a word where an actor phrase may match (its sketch, `sketches` of the tokens
    /// `r`, starts one that its case allows, of one word or followed by the sketch of its second
    /// word: "great" alone is no "Great Britain", "us" no "US"), or "he"/"she", or a hyphenated
    /// word with a capital. No false negatives.
    fn may_have_actors_unread(&self, r: &Range<usize>, sketches: &[u64]) -> bool {
        let sent = self.tokens_span(r);
        // (The mentions first: a news sentence often has one, found in a few steps.)
        [&self.persons, &self.orgs, &self.places]
            .into_iter()
            .any(|list| self.mentions_within(list, sent).next().is_some())
            || (self.view.tokens[r.clone()].iter())
                .zip(sketches.iter().enumerate())
                .zip(r.clone())
                .any(|((t, (j, &h)), i)| {
                    h != 0
                        && self.d.may_match_actor(
                            h,
                            case_bits(t.is_capitalized(), t.shape.contains(text::Shape::ALL_CAPS)),
                            sketches.get(j + 1).copied(),
                        )
                        || t.shape.contains(text::Shape::HAS_HYPHEN)
                            && self.may_have_country_part(i)
                })
    }

    /// Whether hyphenated token `i` may have a part that `dict_pieces` looks up ("US-China"):
    /// only a part that starts with a capital is, so a word without one ("long-term", "so-called",
    /// most) has none. No false negatives: any capital or letter that is not ASCII says yes.
    fn may_have_country_part(&self, i: usize) -> bool {
        self.text
            .as_bytes()
            .get(self.span(i).range())
            .is_some_and(|s| s.iter().any(|&b| b.is_ascii_uppercase() || !b.is_ascii()))
    }

    /// Whether the tokens `r` may hold a person chunk: a person of the context or a leader of the
    /// dictionaries is mentioned there.
    fn may_name_a_person(&self, r: &Range<usize>) -> bool {
        let d: &'a Dictionaries = self.d;
        let sent = self.tokens_span(r);
        self.mentions_within(&self.persons, sent).next().is_some()
            || r.clone().any(|i| {
                self.phrases_at(i).is_some_and(|ids| {
                    ids.iter()
                        .any(|&p| d.phrases[p as usize].kind == PieceKind::Leader)
                })
            })
    }

    /// The gender the context gives the person a chunk names (see [`crate::EntityRef::gender`]).
    fn gender(&self, c: &Chunk<'a>) -> i8 {
        (self.ctx.persons.iter())
            .find(|p| p.name == c.name)
            .map_or(0, |p| p.gender)
    }

    /// Whether chunk `c` is "he" or "she".
    fn personal(&self, c: &Chunk<'a>) -> bool {
        c.pronoun && matches!(&self.text[c.span.range()], "he" | "she" | "He" | "She")
    }

    /// `may_name_a_person` from the text alone, without reading the tokens: a person of the
    /// context is mentioned there, or a word's sketch may start a leader phrase. No false
    /// negatives.
    fn may_name_a_person_unread(&self, r: &Range<usize>) -> bool {
        let sent = self.tokens_span(r);
        self.mentions_within(&self.persons, sent).next().is_some()
            || self.sketches[r.clone()]
                .iter()
                .any(|&h| h != 0 && self.d.may_start_leader(h))
    }

    /// Brings `last_person` up to date: the sentences skipped since it was set, latest first,
    /// until one has a person.
    fn resolve_last_person(&mut self) {
        while let Some(r) = self.unread.pop() {
            // Most of these sentences can name no person, which their text alone says: they are
            // not read.
            if !self.may_name_a_person_unread(&r) {
                continue;
            }
            // Only a sentence with a pattern word counts (the first pass keeps some without).
            self.read(self.around(&r));
            if !self.toks[r.clone()].iter().any(|t| t.pat != u32::MAX)
                || !self.may_name_a_person(&r)
            {
                continue;
            }
            if let Some(c) = last_person_of(self.chunks(self.pieces(r.clone()), &r)) {
                self.last_person = Some(c);
                self.unread.clear();
            }
        }
    }

    /// Events of a verb pattern.
    fn verbal(
        &self,
        t: &Trigger,
        pat: &Pattern,
        chunks: &[Chunk<'a>],
        r: &Range<usize>,
        next_head: usize,
        prev: Option<Prev>,
    ) -> Vec<Draft> {
        let verb_first = pat.segments[0]
            .iter()
            .any(|alt| matches!(alt.first(), Some(Word::Verb(_))));
        // "expelled two diplomats accused of spying": a participle right after the previous
        // verb's object says what was done to it. (Not after a statement's "target", which is
        // the subject of what it reports: "said Iraq attacked Kuwait".)
        let reduced = verb_first
            && self.key(t.head).ends_with("ed")
            && prev.is_some_and(|(_, _, ptgt, pclass)| {
                pclass != Class::Say && ptgt.is_some_and(|p| chunks[p].t.end == t.head)
            });
        let passive = verb_first && (reduced || self.is_passive(t.head, r.start));
        let mut src;
        let mut tgt;
        if passive {
            // "Y was attacked by X": X after "by", Y the subject.
            tgt = if reduced {
                prev.and_then(|p| p.2)
            } else {
                self.subject(t.head, chunks, r, prev, true)
            };
            src = chunks.iter().position(|c| {
                c.t.start > t.head
                    && c.t.start <= t.end + 6
                    && c.t.start >= 1
                    && self.key(c.t.start - 1) == "by"
                    && !c.locative
            });
        } else if verb_first
            && matches!(pat.code.get(..2), Some("17" | "18" | "19" | "20"))
            && self.key(t.head).ends_with("ed")
            && t.head
                .checked_sub(1)
                .is_some_and(|p| self.view.tokens.get(p).map(|x| x.kind) == Some(TokenKind::Number))
        {
            // "with about 850 injured", "28 killed as floods hit": a participle of force after a
            // number counts victims; the sentence's subject (a disaster agency, the army that
            // reports it) did not do it, and the one who did is not named. ("9 backed McCain":
            // a number may be a subject, of other verbs.)
            src = None;
            tgt = None;
        } else if let Some(speaker) = (pat.class == Class::Say
            && !ADDRESSEE_VERBS.iter().any(|v| pat.text.starts_with(v)))
        .then(|| self.speaker_after(t, chunks))
        .flatten()
        {
            // "…, said Telford": the speaker follows the verb, and no one is spoken to.
            src = Some(speaker);
            tgt = None;
        } else {
            src = self.subject(t.head, chunks, r, prev, true);
            tgt = self.object(t, pat, chunks, next_head, r);
            // "discussed Taiwan", "debated the budget": the object is the topic; the partner
            // comes with "with".
            if TOPIC_VERBS.iter().any(|v| pat.text.starts_with(v))
                && tgt.is_some_and(|c| !chunks[c].prep_obj)
            {
                tgt = None;
            }
        }
        // The same actor on both sides ("Egypt … the deaths of two Egyptians", "Amazon praised
        // the new Amazon store") is no target.
        if src == tgt
            || src.zip(tgt).is_some_and(|(a, b)| {
                let (a, b) = (&chunks[a], &chunks[b]);
                if a.code.is_empty() {
                    a.named && b.named && a.name == b.name
                } else {
                    a.code == b.code
                }
            })
        {
            tgt = None;
        }
        if src.is_none() && tgt.is_none() {
            src = None;
        }
        // "Apple released a new iPad", "she received a message": a release (0841) or a reception
        // (043) is one of someone; with no one released or received there is no event.
        if tgt.is_none()
            && pat.segments.len() == 1
            && NEEDS_TARGET
                .iter()
                .any(|v| pat.text.split('|').next() == Some(v))
        {
            return Vec::new();
        }
        // "Floods killed 12 people", "were killed in the earthquake", "Hurricane Sandy killed
        // 40", "the crash killed nine": deaths and damage that no one caused, in a sentence
        // naming a natural hazard, an illness or an accident, are no assault or attack (roots
        // 18–20).
        if src.is_none()
            && matches!(pat.code.get(..2), Some("18" | "19" | "20"))
            && r.clone().any(|k| HARM_WITHOUT_ACTOR.contains(&self.key(k)))
        {
            return Vec::new();
        }
        let modality = self.modality(t.head, r, chunks);
        let mut out = Vec::new();
        let code = self.pick_code(pat, src.map(|i| &chunks[i]));
        // Coordinated subjects: each is a source; reciprocal actions with no target go both ways.
        let subjects = self.group(src, chunks);
        let targets = self.group(tgt, chunks);
        // "X and Y met" is a meeting of each with the other; "X and Y agreed" is two agreements.
        let reciprocal = code.starts_with("04")
            || code == "036"
            || ["clash+", "fight+", "negotiate+", "exchange+"]
                .iter()
                .any(|v| pat.text.starts_with(v));
        if subjects.len() > 1 && targets.is_empty() && reciprocal {
            for &a in &subjects {
                for &b in &subjects {
                    if a != b {
                        out.push(self.draft(Some(a), Some(b), &code, pat, t, modality));
                    }
                }
            }
            return out;
        }
        let subj: Vec<Option<usize>> = if subjects.is_empty() {
            vec![None]
        } else {
            subjects.into_iter().map(Some).collect()
        };
        let objs: Vec<Option<usize>> = if targets.is_empty() {
            vec![None]
        } else {
            targets.into_iter().map(Some).collect()
        };
        for a in &subj {
            for b in &objs {
                out.push(self.draft(*a, *b, &code, pat, t, modality));
            }
        }
        out
    }

    /// The speaker of a verb of saying (not one of [`ADDRESSEE_VERBS`]) put after it, behind a
    /// comma or a closing quotation mark: "…, said Telford", "“…,” said the Kremlin spokesman
    /// Dmitry Peskov", "…, says a report".
    fn speaker_after(&self, t: &Trigger, chunks: &[Chunk<'a>]) -> Option<usize> {
        let before = self.key(t.head.checked_sub(1)?);
        if !matches!(before, "," | "\"" | "\u{201D}" | "'" | "\u{2019}") {
            return None;
        }
        let mut k = t.end;
        if matches!(self.key(k), "the" | "a" | "an") {
            k += 1;
        }
        chunks
            .iter()
            .position(|c| c.t.start == k && !c.locative && !c.pronoun && !c.prep_obj)
    }

    fn draft(
        &self,
        src: Option<usize>,
        tgt: Option<usize>,
        code: &crate::dict::Str,
        pat: &Pattern,
        t: &Trigger,
        modality: Modality,
    ) -> Draft {
        Draft {
            src,
            tgt,
            code: code.clone(),
            class: pat.class,
            rule: pat.text.clone(),
            head: t.head,
            end: t.end,
            modality,
            weak: false,
        }
    }

    fn pick_code(&self, pat: &Pattern, src: Option<&Chunk<'a>>) -> crate::dict::Str {
        match (&pat.code_nonstate, src) {
            (Some(ns), Some(c)) if !c.state && !c.pronoun => ns.clone(),
            (Some(ns), None) => ns.clone(),
            _ => pat.code.clone(),
        }
    }

    /// The chunk and the chunks coordinated with it.
    fn group(&self, c: Option<usize>, chunks: &[Chunk<'a>]) -> Vec<usize> {
        let Some(c) = c else { return Vec::new() };
        let mut start = c;
        while start > 0 && chunks[start - 1].coord_next && !chunks[start - 1].locative {
            start -= 1;
        }
        let mut end = c;
        while chunks[end].coord_next && end + 1 < chunks.len() && !chunks[end + 1].locative {
            end += 1;
        }
        (start..=end)
            .filter(|&i| !chunks[i].code.is_empty() || i == c)
            .collect()
    }

    fn is_passive(&self, head: usize, start: usize) -> bool {
        let k = self.key(head);
        if !(k.ends_with("ed")
            || k.ends_with("en")
            || matches!(
                k,
                "met"
                    | "held"
                    | "told"
                    | "shot"
                    | "hit"
                    | "struck"
                    | "fought"
                    | "beaten"
                    | "sent"
                    | "built"
                    | "seized"
            ))
        {
            return false;
        }
        let mut i = head;
        while i > start {
            i -= 1;
            let w = self.key(i);
            if matches!(
                w,
                "was" | "were" | "been" | "being" | "is" | "are" | "be" | "got" | "get" | "gets"
            ) {
                return true;
            }
            // A participle right before "by" ("a truce brokered by Egypt").
            if self.key(head + 1) == "by" && k.ends_with("ed") {
                return true;
            }
            // A reduced clause: "when asked whether …", "once attacked".
            if i + 1 == head
                && matches!(
                    w,
                    "when" | "if" | "once" | "unless" | "until" | "as" | "after" | "before"
                )
            {
                return true;
            }
            if !matches!(
                w,
                "reportedly"
                    | "allegedly"
                    | "also"
                    | "not"
                    | "never"
                    | "later"
                    | "then"
                    | "repeatedly"
                    | "badly"
                    | "fatally"
                    | "seriously"
                    | "brutally"
                    | "just"
                    | "recently"
            ) {
                return false;
            }
        }
        false
    }

    /// The subject of the verb at `head`: the nearest actor before it in its clause that is not a place
    /// after "in" nor (when another is available) the object of a preposition.
    fn subject(
        &self,
        head: usize,
        chunks: &[Chunk<'a>],
        r: &Range<usize>,
        prev: Option<Prev>,
        verb: bool,
    ) -> Option<usize> {
        let mut fallback = None;
        let mut i = head;
        while i > r.start {
            i -= 1;
            if let Some(ci) = chunks.iter().position(|c| c.t.end == i + 1) {
                let c = &chunks[ci];
                if c.pronoun {
                    return Some(ci);
                }
                if !c.locative {
                    // The object of the previous verb is not this verb's subject ("X attacked Y and
                    // killed Z"), unless "to" makes it so ("urged Y to withdraw").
                    // A statement's "target" is the subject of what it reports ("said Russian
                    // forces attacked"); after "of"/"for" the object acts ("accused Y of
                    // launching"); after "to" only when the verb controls its object ("urged Y
                    // to withdraw", but "visited Y to discuss").
                    if let Some((pend, psrc, ptgt, pclass)) = prev
                        && ptgt == Some(ci)
                        && pend <= c.t.start + 6
                        && pclass != Class::Say
                    {
                        let between = |w: &str| (c.t.end..head).any(|j| self.key(j) == w);
                        // "detained farmers protesting": an -ing form right after its noun.
                        let object_acts = between("of")
                            || between("for")
                            || between("against")
                            || c.t.end == head && self.key(head).ends_with("ing")
                            || between("to")
                                && matches!(pclass, Class::Appeal | Class::Demand | Class::Threat);
                        return if object_acts { Some(ci) } else { psrc };
                    }
                    if !c.prep_obj {
                        return Some(ci);
                    }
                    fallback.get_or_insert(ci);
                }
                i = c.t.start;
                continue;
            }
            let k = self.key(i);
            if k == ")" {
                // Skip a parenthesis: "The Gulf Cooperation Council (GCC) has agreed".
                let mut j = i;
                while j > r.start && self.key(j) != "(" {
                    j -= 1;
                }
                if self.key(j) == "(" {
                    i = j;
                    continue;
                }
                break;
            }
            if matches!(k, ";" | ":" | "(" | "\"") {
                break;
            }
            // An adverbial clause has its own subject: in "X and Y agreed after a storm killed
            // 12", the storm killed, not X. (A noun, an -ing form or an infinitive after "after"
            // has none of its own: "X and Y agreed to a ceasefire after two days of fighting".)
            if verb
                && !self.key(head).ends_with("ing")
                && !(head > 0 && self.key(head - 1) == "to")
                && matches!(
                    k,
                    "after"
                        | "before"
                        | "because"
                        | "when"
                        | "while"
                        | "since"
                        | "although"
                        | "though"
                        | "until"
                        | "unless"
                        | "whereas"
                )
            {
                break;
            }
            if matches!(k, "who" | "which") {
                // The relative's antecedent.
                if let Some(ci) = chunks.iter().position(|c| c.t.end == i || c.t.end + 1 == i) {
                    return Some(ci);
                }
                break;
            }
            if k == "that" && fallback.is_none() {
                break;
            }
            if let Some((pend, psrc, _, pclass)) = prev
                && i + 1 == pend
                && psrc.is_some()
            {
                // Reached the previous verb: the subjects are shared ("X attacked Y and killed Z",
                // "visited Y to discuss"), unless it hands the action to its object.
                let control = matches!(pclass, Class::Appeal | Class::Demand | Class::Threat);
                if !(control && (i + 1..head).any(|j| self.key(j) == "to")) {
                    return psrc;
                }
            }
        }
        fallback
    }

    /// The target: the first actor after the verb within its clause.
    fn object(
        &self,
        t: &Trigger,
        pat: &Pattern,
        chunks: &[Chunk<'a>],
        next_head: usize,
        r: &Range<usize>,
    ) -> Option<usize> {
        let crosses_that = matches!(pat.class, Class::Appeal | Class::Demand | Class::Threat)
            || matches!(&pat.code[..2], "02" | "10" | "13");
        if pat.class == Class::Say {
            // "told Ukraine", "informed NATO": only an actor right after the verb.
            let mut i = t.end;
            while self.is(i, &["the", "a", "an", "its", "their", "his", "her"]) {
                i += 1;
            }
            return chunks
                .iter()
                .position(|c| c.t.start == i && !c.locative && !c.pronoun);
        }
        let limit = next_head.max(t.end);
        let mut i = t.head + 1;
        while i < r.end {
            if let Some(ci) = chunks.iter().position(|c| c.t.start == i) {
                let c = &chunks[ci];
                // "offered its soldiers to Niger", "sent 4,000 soldiers to Mali": the actor's own
                // forces are what it acts with, not on.
                let own = c.country.is_none()
                    && matches!(c.code.as_str(), "MIL" | "COP" | "PKO" | "SPY")
                    && !c.person
                    && c.t.start > 0
                    && (self.is(c.t.start - 1, &["its", "their", "his", "her", "our"])
                        || self.span(c.t.start - 1).end <= c.span.start
                            && matches!(
                                self.view.tokens.get(c.t.start - 1).map(|t| t.kind),
                                Some(TokenKind::Number)
                            ));
                // A chunk the pattern's words make up is the action's object ("troops" in
                // "deployed troops"), unless it names whose ("the French ambassador").
                let in_pattern = t.lits.iter().any(|&l| c.t.contains(&l))
                    && (c.country.is_none() || c.t.clone().all(|i| t.lits.contains(&i)));
                // A role word in the pattern's gap, right before its noun, is that noun's
                // modifier, not an actor: "open an official investigation", "sent military
                // equipment" (but "accused Russia of": a preposition follows).
                let modifier = c.country.is_none()
                    && !c.person
                    && c.t.end < t.end
                    && t.lits.contains(&c.t.end)
                    && !self.is(c.t.end, GAP_PREPOSITIONS);
                if !c.locative && !c.pronoun && !own && !in_pattern && !modifier {
                    return Some(ci);
                }
                i = c.t.end;
                continue;
            }
            if i >= limit && i > t.end {
                break;
            }
            let k = self.key(i);
            if matches!(k, "." | ";" | ":" | "(" | "\"" | "!" | "?") {
                break;
            }
            if k == "that" && !crosses_that {
                break;
            }
            if matches!(
                k,
                "which"
                    | "who"
                    | "while"
                    | "but"
                    | "because"
                    | "although"
                    | "though"
                    | "after"
                    | "before"
                    | "when"
                    | "since"
                    | "as"
                    | "following"
                    | "amid"
                    | "despite"
                    | "during"
            ) && i >= t.end
            {
                break;
            }
            if k == "," && i >= t.end {
                break;
            }
            i += 1;
        }
        None
    }

    /// Events of a noun pattern: "talks between X and Y", "Russia's demand", "the Chinese build-up",
    /// "sanctions on Iran", "talks with Y".
    fn nominal(
        &self,
        t: &Trigger,
        pat: &Pattern,
        chunks: &[Chunk<'a>],
        r: &Range<usize>,
        next_head: usize,
    ) -> Vec<Draft> {
        let modality = self.modality(t.head, r, chunks);
        let mut out = Vec::new();
        // "between X and Y"
        if self.key(t.end) == "between" || self.key(t.end + 1) == "between" {
            let at = if self.key(t.end) == "between" {
                t.end + 1
            } else {
                t.end + 2
            };
            if let Some(a) = chunks
                .iter()
                .position(|c| c.t.start == at || c.t.start == at + 1)
            {
                let g = self.group(Some(a), chunks);
                if g.len() > 1 {
                    let code = self.pick_code(pat, Some(&chunks[g[0]]));
                    for &x in &g {
                        for &y in &g {
                            if x != y {
                                out.push(self.draft(Some(x), Some(y), &code, pat, t, modality));
                            }
                        }
                    }
                    return out;
                }
            }
        }
        // Modifiers right before the noun: "Russia's", "Russian", "US-Russia".
        let mut mods: Vec<usize> = Vec::new();
        for (ci, c) in chunks.iter().enumerate() {
            if c.t.end <= t.head && c.t.end + 2 >= t.head && !c.locative {
                let gap_ok = (c.t.end..t.head).all(|i| {
                    self.is(
                        i,
                        &[
                            "military",
                            "new",
                            "planned",
                            "proposed",
                            "recent",
                            "latest",
                            "massive",
                            "alleged",
                            "renewed",
                            "fresh",
                            "possible",
                            "full-scale",
                            "large-scale",
                            "troop",
                            "border",
                        ],
                    )
                });
                if gap_ok && c.t.end <= t.head {
                    mods.push(ci);
                }
            }
        }
        // "by X"
        let by = chunks.iter().position(|c| {
            c.t.start > t.end && c.t.start <= t.end + 3 && self.key(c.t.start - 1) == "by"
        });
        let mut weak = false;
        let src = by.or_else(|| mods.first().copied()).or_else(|| {
            // The clause's subject is the noun's source only when a verb of doing introduces it
            // ("launched an offensive", "went on hunger strike", "killed a judge in a car bomb
            // attack"), not after any verb ("welcomed the buildup", "might end in an offensive").
            let mut j = t.head;
            let mut carried = false;
            let mut by_preposition = false;
            while j > r.start && t.head - j < 8 {
                j -= 1;
                let k = self.key(j);
                if self.in_list(j, crate::dict::LIST_LIGHT) {
                    carried = true;
                    by_preposition = matches!(k, "in" | "during" | "with" | "on" | "under");
                    break;
                }
                let adjective_like = self
                    .in_list(j, crate::dict::LIST_MODIFIER | crate::dict::LIST_DETERMINER)
                    || self.toks[j].cap
                    || matches!(
                        self.view.tokens.get(j).map(|t| t.kind),
                        Some(TokenKind::Number | TokenKind::Symbol)
                    )
                    || matches!(k, "million" | "billion" | "thousand" | "trillion")
                    || k.contains('-')
                    || matches!(
                        k,
                        "out"
                            | "up"
                            | "fresh"
                            | "major"
                            | "large"
                            | "deadly"
                            | "massive"
                            | "brutal"
                            | "joint"
                    );
                if !adjective_like {
                    break;
                }
            }
            weak = true;
            if !carried {
                None
            } else if by_preposition {
                // "Guerrillas killed a judge in a car bomb attack": the clause's first actor.
                chunks
                    .iter()
                    .position(|c| c.t.end <= j && !c.locative && !c.prep_obj && !c.pronoun)
            } else {
                self.subject(t.head, chunks, r, None, false)
            }
        });
        let tgt_prep = chunks.iter().position(|c| {
            c.t.start >= t.end
                && c.t.start <= t.end + 3
                && c.t.start < next_head.max(t.end + 1)
                && !c.locative
                && self.is(
                    c.t.start - 1,
                    &[
                        "with", "on", "against", "to", "toward", "towards", "from", "of", "over",
                        "for",
                    ],
                )
                && Some(
                    chunks
                        .iter()
                        .position(|x| std::ptr::eq(x, c))
                        .unwrap_or(usize::MAX),
                ) != by
        });
        let tgt = tgt_prep.or_else(|| {
            if mods.len() > 1 {
                mods.get(1).copied()
            } else {
                None
            }
        });
        if src.is_none() && tgt.is_none() {
            return out;
        }
        let code = self.pick_code(pat, src.map(|i| &chunks[i]));
        if mods.len() > 1
            && tgt_prep.is_none()
            && by.is_none()
            && (code.starts_with("04") || code == "036")
        {
            // "US-Russia talks": both ways.
            out.push(self.draft(Some(mods[0]), Some(mods[1]), &code, pat, t, modality));
            out.push(self.draft(Some(mods[1]), Some(mods[0]), &code, pat, t, modality));
            return out;
        }
        let mut d = self.draft(src, tgt, &code, pat, t, modality);
        d.weak = weak && src.is_some();
        out.push(d);
        out
    }

    /// "must" between the subject and the verb.
    fn obliged(&self, head: usize, r: &Range<usize>, chunks: &[Chunk<'a>]) -> bool {
        let mut i = head;
        while i > r.start.max(head.saturating_sub(5)) {
            i -= 1;
            if chunks.iter().any(|c| c.t.contains(&i)) || self.toks[i].punct {
                return false;
            }
            if self.key(i) == "must" {
                return true;
            }
        }
        false
    }

    /// Whether the negation before the verb at `head` speaks of the past ("never met", "did not
    /// meet", "has not agreed"): a lower-case "never" or a past or perfect auxiliary among the
    /// few words before it, in its clause.
    fn negated_in_the_past(&self, head: usize) -> bool {
        (head.saturating_sub(5)..head)
            .rev()
            .take_while(|&i| !self.toks[i].punct)
            .any(|i| {
                matches!(
                    self.key(i),
                    "never"
                        | "did"
                        | "didn't"
                        | "had"
                        | "hadn't"
                        | "has"
                        | "hasn't"
                        | "have"
                        | "haven't"
                        | "was"
                        | "wasn't"
                        | "were"
                        | "weren't"
                )
            })
    }

    /// Modality from the words between the subject and the verb.
    fn modality(&self, head: usize, r: &Range<usize>, chunks: &[Chunk<'a>]) -> Modality {
        let mut m = Modality::Asserted;
        let mut rank = 0;
        let set = |new: Modality, rk: u8, m: &mut Modality, rank: &mut u8| {
            if rk > *rank {
                *m = new;
                *rank = rk;
            }
        };
        let mut i = head;
        let floor = head.saturating_sub(8).max(r.start);
        while i > floor {
            i -= 1;
            if chunks.iter().any(|c| c.t.end == i + 1 && !c.pronoun) && i + 1 < head {
                break;
            }
            let k = self.key(i);
            // Most words are none of those looked for.
            let tok = &self.toks[i];
            if tok.lists & crate::dict::LIST_MODAL == 0 && !tok.punct && !k.ends_with("n't") {
                continue;
            }
            if matches!(k, "." | ";" | ":" | "," | "\"") {
                break;
            }
            if k == "not"
                || k == "never"
                || k.ends_with("n't")
                || k == "cannot"
                || k == "no"
                || (self.key(i + 1) == "to" && matches!(k, "failed" | "fails" | "fail"))
            {
                set(Modality::Negated, 4, &mut m, &mut rank);
            } else if matches!(
                k,
                "would"
                    | "could"
                    | "may"
                    | "might"
                    | "should"
                    | "if"
                    | "whether"
                    | "unless"
                    | "possibly"
                    | "perhaps"
            ) {
                set(Modality::Hypothetical, 3, &mut m, &mut rank);
            } else if matches!(k, "will" | "'ll" | "shall" | "wo")
                || k == "to"
                    && i >= 1
                    && self.is(
                        i - 1,
                        &[
                            "set",
                            "slated",
                            "scheduled",
                            "due",
                            "expected",
                            "going",
                            "planning",
                            "plans",
                            "plan",
                            "planned",
                            "intends",
                            "intend",
                            "poised",
                            "likely",
                        ],
                    )
            {
                set(Modality::Future, 2, &mut m, &mut rank);
            } else if matches!(k, "reportedly" | "allegedly" | "purportedly" | "apparently") {
                set(Modality::Reported, 1, &mut m, &mut rank);
            }
        }
        // A pattern that itself says "set to" / "slated to" marks the future.
        if m == Modality::Asserted
            && self.is(head, &["set", "slated", "scheduled", "due"])
            && self.key(head + 1) == "to"
        {
            m = Modality::Future;
        }
        m
    }

    /// Folds a control verb into the action it introduces ("urged X to withdraw" → 0256 X as target),
    /// and turns future actions of roots 04–08 into the intent codes of root 03.
    fn control(&self, drafts: Vec<Draft>, chunks: &[Chunk<'a>]) -> Vec<Draft> {
        let mut out: Vec<Draft> = Vec::with_capacity(drafts.len());
        let mut skip = vec![false; drafts.len()];
        for i in 0..drafts.len() {
            if skip[i] {
                continue;
            }
            let d = &drafts[i];
            if matches!(
                d.class,
                Class::Intent | Class::Appeal | Class::Demand | Class::Refuse | Class::Threat
            ) {
                // The next trigger, introduced by "to"/"that"/"for" within a few words.
                if let Some(j) = (i + 1..drafts.len()).find(|&j| drafts[j].head > d.head) {
                    let e = &drafts[j];
                    let between: Vec<&str> = (d.end..e.head)
                        .filter(|&k| !chunks.iter().any(|c| c.t.contains(&k)))
                        .map(|k| self.key(k))
                        .collect();
                    let modal = |w: &str| matches!(w, "should" | "must" | "would" | "will");
                    let linked = match between.as_slice() {
                        [w] => matches!(*w, "to" | "that" | "for"),
                        [w, m] => matches!(*w, "that" | "for") && (modal(m) || *m == "to"),
                        _ => false,
                    };
                    if linked {
                        let mapped = map_class(d.class, &e.code);
                        // Target: an actor between the two verbs ("urged Russia to"), else the action's.
                        let mid = chunks.iter().position(|c| {
                            c.t.start >= d.end && c.t.end <= e.head && !c.locative && !c.pronoun
                        });
                        let tgt = mid.or(e.tgt).filter(|&t| Some(t) != d.src);
                        let modality = if d.modality != Modality::Asserted {
                            d.modality
                        } else if d.class == Class::Intent && matches!(&mapped[..2], "03") {
                            Modality::Asserted
                        } else {
                            e.modality
                        };
                        let mut k = j;
                        while k < drafts.len() && drafts[k].head == e.head {
                            skip[k] = true;
                            k += 1;
                        }
                        out.push(Draft {
                            src: d.src,
                            tgt,
                            code: mapped.into(),
                            class: Class::None,
                            rule: format!("{} + {}", d.rule, e.rule).into(),
                            head: d.head,
                            end: e.end,
                            modality,
                            weak: false,
                        });
                        continue;
                    }
                }
            }
            let mut d = d.clone();
            let cooperative = matches!(
                d.code.get(..2),
                Some("03" | "04" | "05" | "06" | "07" | "08")
            );
            if d.modality == Modality::Negated && cooperative && !self.negated_in_the_past(d.head) {
                // CAMEO codes a refusal, not a non-event: "will not meet" = 125. (Not what did not
                // happen: "did not meet", "people I never met".)
                d.code = map_class(Class::Refuse, &d.code).into();
                d.modality = Modality::Asserted;
            } else if d.modality == Modality::Future {
                d.code = map_class(Class::Intent, &d.code).into();
            }
            out.push(d);
        }
        out
    }

    fn finish(
        &self,
        s: usize,
        r: &Range<usize>,
        d: Draft,
        chunks: &[Chunk<'a>],
        seen: &mut FxHashSet<(String, String, String)>,
    ) -> Option<CodedEvent> {
        // The actors are borrowed until the event is kept (most drafts are not): only then cloned.
        let mut a1: Option<&Chunk<'a>> = d.src.map(|i| &chunks[i]);
        let a2: Option<&Chunk<'a>> = d.tgt.map(|i| &chunks[i]);
        let personal = a1.is_some_and(|c| self.personal(c));
        if a1.is_some_and(|c| c.pronoun) && !personal {
            // "it"/"they"/"we": the nearest coded actor before it in the sentence that is not a place
            // or the object of a preposition ("Chile says it will not sign …").
            let at = a1.map_or(0, |c| c.t.start);
            let country_only = a1.is_some_and(|c| {
                self.key(c.t.end - 1) == "country" || self.key(c.t.end - 1) == "nation"
            });
            a1 = chunks
                .iter()
                .enumerate()
                .filter(|(i, c)| {
                    c.t.end <= at
                        && !c.pronoun
                        && !c.code.is_empty()
                        && !c.locative
                        && (!c.prep_obj || country_only)
                        && (!country_only || c.country.is_some())
                        && Some(*i) != d.tgt
                })
                .max_by_key(|(_, c)| c.t.start)
                .map(|(_, c)| c);
        } else if personal {
            // "he"/"she": a person of this sentence other than the target, else the last person
            // coded — not one whose first name says the other gender ("Robert Austin … she").
            let pronoun = a1.map_or(0, |c| pronoun_gender(&self.text[c.span.range()]));
            let fits = |c: &Chunk<'a>| i32::from(self.gender(c)) * pronoun >= 0;
            let at = a1.map_or(0, |c| c.t.start);
            // The nearest person named before it in the sentence, coded or not ("When Carlineo
            // was approached, he told police …"), not after a preposition ("meeting with
            // Giuliani … and he had") nor inside a quotation that ends before it; else the
            // nearest coded one.
            let quoted =
                |c: &Chunk<'a>| (c.t.end..at).any(|k| matches!(self.key(k), "\"" | "\u{201D}"));
            let before = chunks
                .iter()
                .enumerate()
                .filter(|(i, c)| {
                    c.person
                        && (c.named || !c.code.is_empty())
                        && !c.pronoun
                        && !c.prep_obj
                        && c.t.end <= at
                        && Some(*i) != d.tgt
                        && fits(c)
                        && !quoted(c)
                })
                .max_by_key(|(_, c)| c.t.start)
                .map(|(_, c)| c);
            a1 = before.or_else(|| {
                chunks
                    .iter()
                    .enumerate()
                    .filter(|(i, c)| c.person && !c.code.is_empty() && Some(*i) != d.tgt && fits(c))
                    .min_by_key(|(_, c)| c.t.start.abs_diff(d.head))
                    .map(|(_, c)| c)
                    .or(self.last_person.as_ref().filter(|c| fits(c)))
            });
        }
        let c1 = a1.map_or("", |c| c.code.as_str());
        let c2 = a2.map_or("", |c| c.code.as_str());
        let named = |a: &Option<&Chunk<'a>>| a.is_some_and(|c| c.named && !c.pronoun);
        if c1.is_empty() && c2.is_empty() && !named(&a1) && !named(&a2) {
            return None;
        }
        if !c1.is_empty() && c1 == c2 {
            return None;
        }
        if let (Some(x), Some(y)) = (a1, a2)
            && x.span == y.span
        {
            return None;
        }
        let key = |a: &Option<&Chunk<'a>>, c: &str| match a {
            Some(x) if c.is_empty() => x.name.to_string(),
            _ => c.to_string(),
        };
        if !seen.insert((key(&a1, c1), key(&a2, c2), d.code.to_string())) {
            return None;
        }
        let (goldstein, _) = self.d.cameo(&d.code)?;
        let root = d.code.get(..2).unwrap_or("").to_string();
        let base = d.code.get(..3.min(d.code.len())).unwrap_or("").to_string();
        let span = ByteSpan::new(
            self.span(d.head).start,
            self.span(d.end.max(d.head + 1).min(r.end) - 1).end,
        );
        let span = if d.end > d.head + 4 {
            self.span(d.head)
        } else {
            span
        };
        // Where: a place after "in"/"at"/"near" in the sentence, the nearest after the action first.
        let place = chunks
            .iter()
            .filter(|c| c.place.is_some() && (c.locative || c.place_in))
            .min_by_key(|c| (c.t.start < d.head, c.t.start.abs_diff(d.head)))
            .and_then(|c| c.place);
        let sent = self.view.sentences[s];
        let date = self
            .ctx
            .dates
            .iter()
            .filter(|x| x.span.start >= sent.start && x.span.end <= sent.end)
            .min_by_key(|x| (x.span.start < span.start, x.span.start.abs_diff(span.start)))
            .map(|x| x.date);
        let actor = |c: &Chunk<'a>| EventActor {
            code: c.code.clone(),
            name: c.name.to_string(),
            span: c.span,
            country: c.country.map(str::to_string),
            roles: c.roles.iter().map(|r| r.to_string()).collect(),
        };
        Some(CodedEvent {
            actor1: a1.map(actor),
            actor2: a2.map(actor),
            quad: quad_class(&root),
            code: d.code.into_owned(),
            base,
            root,
            goldstein,
            sentence: s,
            span,
            modality: d.modality,
            rule: d.rule.into_owned(),
            place,
            date,
        })
    }
}

/// 1 for "he", −1 for "she" (the pronouns [`Coder::personal`] resolves).
fn pronoun_gender(word: &str) -> i32 {
    match word {
        "he" | "He" => 1,
        "she" | "She" => -1,
        _ => 0,
    }
}

/// The last person with a code among a sentence's actors.
fn last_person_of<'a>(chunks: Vec<Chunk<'a>>) -> Option<Chunk<'a>> {
    chunks
        .into_iter()
        .rev()
        .find(|c| c.person && !c.code.is_empty())
}

/// The code of an action introduced by a control verb of class `class` (see `verbs.tsv`).
pub(crate) fn map_class(class: Class, code: &str) -> String {
    let root = code.get(..2).unwrap_or("");
    let c3 = code.get(..3).unwrap_or(code);
    let pick = |s: &str| s.to_string();
    match class {
        Class::Intent => match (root, c3, code) {
            (_, _, "045") => pick("039"),
            (_, _, "046") => pick("036"),
            ("04", _, _) => pick("036"),
            ("05", _, _) => pick("032"),
            (_, _, "061") => pick("0311"),
            (_, _, "062") => pick("0312"),
            (_, _, "063") => pick("0313"),
            (_, _, "064") => pick("0314"),
            ("06", _, _) => pick("031"),
            (_, _, "071") => pick("0331"),
            (_, _, "072") => pick("0332"),
            (_, _, "073") => pick("0333"),
            (_, _, "074") => pick("0334"),
            ("07", _, _) => pick("033"),
            (_, "081", _) => pick("0351"),
            (_, "082", _) => pick("0352"),
            (_, "083", _) => pick("034"),
            (_, "084", _) => pick("0353"),
            (_, "085", _) => pick("0354"),
            (_, "086", _) => pick("0355"),
            (_, "087", _) => pick("0356"),
            ("08", _, _) => pick("035"),
            // A planned deployment (15) is not a threat; force, sanctions and coercion are.
            ("14" | "16" | "17" | "18" | "19" | "20", _, _) => map_class(Class::Threat, code),
            _ => pick(code),
        },
        Class::Appeal => match (root, c3, code) {
            (_, _, "045") | (_, _, "039") => pick("028"),
            ("04", _, _) | (_, _, "036") => pick("026"),
            ("05", _, _) => pick("022"),
            (_, _, "061") => pick("0211"),
            (_, _, "062") => pick("0212"),
            (_, _, "063") => pick("0213"),
            (_, _, "064") => pick("0214"),
            ("06", _, _) => pick("021"),
            (_, _, "071") => pick("0231"),
            (_, _, "072") => pick("0232"),
            (_, _, "073") => pick("0233"),
            (_, _, "074") => pick("0234"),
            ("07", _, _) => pick("023"),
            (_, "081", _) => pick("0251"),
            (_, "082", _) => pick("0252"),
            (_, _, "0831") => pick("0241"),
            (_, "083", _) => pick("024"),
            (_, "084", _) => pick("0253"),
            (_, "085", _) => pick("0254"),
            (_, "086", _) => pick("0255"),
            (_, "087", _) => pick("0256"),
            ("08", _, _) => pick("025"),
            _ => pick("020"),
        },
        Class::Demand => match (root, c3, code) {
            (_, _, "045") | (_, _, "039") => pick("105"),
            ("04", _, _) | (_, _, "036") => pick("108"),
            ("05", _, _) => pick("102"),
            (_, _, "061") => pick("1011"),
            (_, _, "062") => pick("1012"),
            (_, _, "063") => pick("1013"),
            (_, _, "064") => pick("1014"),
            (_, _, "071") => pick("1031"),
            (_, _, "072") => pick("1032"),
            (_, _, "073") => pick("1033"),
            (_, _, "074") => pick("1034"),
            ("07", _, _) => pick("103"),
            (_, "081", _) => pick("1051"),
            (_, "082", _) => pick("1052"),
            (_, _, "0831") => pick("1041"),
            (_, "083", _) => pick("104"),
            (_, "084", _) => pick("1053"),
            (_, "085", _) => pick("1054"),
            (_, "086", _) => pick("1055"),
            (_, _, "0871") => pick("107"),
            (_, "087", _) => pick("106"),
            ("08", _, _) => pick("1056"),
            ("09", _, _) => pick("101"),
            _ => pick("100"),
        },
        Class::Refuse => match (root, c3, code) {
            (_, _, "045") | (_, _, "039") | (_, _, "038") => pick("126"),
            ("04", _, _) | (_, _, "036") => pick("125"),
            (_, _, "057") => pick("127"),
            (_, _, "061") => pick("1211"),
            (_, _, "062") => pick("1212"),
            ("06", _, _) => pick("121"),
            (_, _, "071") => pick("1221"),
            (_, _, "072") => pick("1222"),
            (_, _, "073") => pick("1223"),
            (_, _, "074") => pick("1224"),
            ("07", _, _) => pick("122"),
            (_, "081", _) => pick("1241"),
            (_, "082", _) => pick("1242"),
            (_, _, "0831") => pick("1231"),
            (_, "083", _) => pick("123"),
            (_, "084", _) => pick("1243"),
            (_, "085", _) => pick("1244"),
            (_, "086", _) => pick("1245"),
            (_, "087", _) => pick("1246"),
            ("08", _, _) => pick("124"),
            ("01", _, _) => pick("011"),
            _ => pick("120"),
        },
        Class::Threat => match (root, c3, code) {
            (_, "160", _) | (_, "161", _) => pick("1313"),
            (_, "162", _) => pick("1311"),
            (_, "163", _) => pick("1312"),
            (_, "164", _) => pick("134"),
            (_, "165", _) => pick("135"),
            (_, "166", _) => pick("136"),
            (_, _, "1723") => pick("1323"),
            (_, _, "1724") => pick("1324"),
            (_, "172", _) => pick("132"),
            (_, "173", _) | (_, "175", _) => pick("137"),
            (_, "191", _) => pick("1381"),
            (_, "192", _) => pick("1382"),
            (_, "183", _) | (_, "180", _) | (_, "181", _) | (_, "182", _) => pick("1383"),
            ("20", _, _) => pick("1385"),
            ("18" | "19", _, _) => pick("1384"),
            ("14", _, _) => pick("133"),
            ("15", _, _) => pick("138"),
            _ => pick("130"),
        },
        Class::None | Class::Say => pick(code),
    }
}
