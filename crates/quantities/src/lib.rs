//! The quantities stage: GDELT **amounts** (V2.1AMOUNTS — every number with the thing it counts)
//! and **counts** (V1COUNTS / V2.1COUNTS — KILL, WOUND, ARREST, … with number and object).
//!
//! One pass over the tokens of each sentence of a [`TextView`]. A number expression is digits
//! (`94,000`, `3.5`, `1.2m`, `€1.1bn`), words (`two`, `twenty-five`, `a dozen`, `half a million`,
//! `three hundred thousand`) or both (`12 thousand`, `$3.5 billion`), with an optional currency
//! (`$`, `US$`, `€`, `£`, `USD`, …) and range (`3,000 to 5,000` is one amount, valued at its
//! lower end). Its object is the head noun of the phrase that follows, skipping modifiers
//! (`94,000 Russian troops along the border` → troops); a currency gives `dollars`, `euros`,
//! `pounds`, …; a unit abbreviation its word (`15km` → kilometres).
//!
//! Not amounts: percentages, years (`in 2014`; a 4-digit number is a year unless a plural noun
//! follows it), dates (`Jan. 1`, `25 June`), times (`10:30`, `9 a.m.`), durations (`three days`,
//! `24 hours`: TIMEX, handled by the dates stage), ordinals (`5th`), decades (`1990s`), phone
//! numbers and other digit groups, identifiers after a capitalised word (`Resolution 2254`,
//! `Flight 17`), "one" as a pronoun (`no one`, `one of`), and number words without an object.
//! Ages are amounts of years: `14-year-old`, `42 years old`, `aged 42` → object `years old`.
//!
//! A count is an amount (a whole number of things, not money or a measure) next to a count word
//! from `data/count-triggers.tsv`: after it (`43 people have been killed`, `40 dead`,
//! `5,000 protesters`) or, for verbs, before it (`killed at least 28 people`). A negation or a
//! hedge between them (`were not killed`, `may have died`, `feared dead`) drops the count.
//! GDELT's CrisisLex count types are given next to its own (KILL → CRISISLEX_T03_DEAD too).
//! The count's span is its number's, so the pipeline can link the nearest geocoded place.
//!
//! Spans are byte spans of the original text, on char boundaries.

mod counts;
mod words;

use text::{ByteSpan, Shape, TextView, Token, TokenKind};
use words::lower;

/// What an amount counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Object {
    /// Nothing found (a bare number: "the toll now totals 6,602.").
    None,
    /// A word of the text: the head noun of the counted phrase.
    Span(ByteSpan),
    /// A canonical word: a currency ("dollars" for `$`) or a unit ("kilometres" for `km`).
    Name(&'static str),
}

impl Object {
    /// The object as text (`text` is the article text the spans index).
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        match *self {
            Object::None => "",
            Object::Span(s) => s.get(text).unwrap_or(""),
            Object::Name(n) => n,
        }
    }
}

/// A number with the thing it counts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Amount {
    /// The number expression, with its currency and magnitude (`$3.5 billion`, `94,000`).
    pub span: ByteSpan,
    pub value: f64,
    pub object: Object,
}

/// A GDELT count: a number of people or things killed, wounded, arrested, …
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count {
    /// GDELT's count type: `KILL`, `WOUND`, `ARREST`, …, `CRISISLEX_T03_DEAD`, …
    pub kind: &'static str,
    pub count: u64,
    pub object: Object,
    /// The number's span (the count's offset in GKG is its start).
    pub span: ByteSpan,
}

/// Everything the stage finds in one article, in text order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Quantities {
    pub amounts: Vec<Amount>,
    pub counts: Vec<Count>,
}

impl Quantities {
    /// The record's `amounts` and `counts`, with char offsets (`chars` must be
    /// `CharOffsets::new(text)`). A count's `location` is left for the pipeline to fill from
    /// the places stage (the nearest geocoded place to its `start`).
    pub fn to_record(
        &self,
        text: &str,
        chars: &text::CharOffsets,
    ) -> (Vec<model::Amount>, Vec<model::Count>) {
        let amounts = self
            .amounts
            .iter()
            .map(|a| {
                let r = chars.chars_of(a.span);
                model::Amount {
                    start: r.start,
                    end: r.end,
                    text: a.span.get(text).unwrap_or("").to_string(),
                    value: a.value,
                    object: a.object.text(text).to_string(),
                }
            })
            .collect();
        let counts = self
            .counts
            .iter()
            .map(|c| model::Count {
                kind: c.kind.to_string(),
                count: c.count,
                object: c.object.text(text).to_string(),
                start: chars.char_of(c.span.start),
                location: None,
            })
            .collect();
        (amounts, counts)
    }
}

/// Finds the amounts and counts of `text`; `view` must be `TextView::new(text)`.
pub fn find(text: &str, view: &TextView) -> Quantities {
    let mut out = Quantities::default();
    for s in 0..view.sentences.len() {
        let toks = view.sentence_tokens(s);
        let mut i = 0;
        // The sentence's last amount that counts things: where it ends, what it counts, and
        // the counts it made (their indices in `out.counts`).
        let mut last: Option<(usize, Object, std::ops::Range<usize>)> = None;
        while let Some(at) = next_start(text, toks, i) {
            i = at;
            let elided = last
                .as_ref()
                .filter(|(end, _, _)| coordinated(text, toks, *end, i))
                .map(|(_, object, _)| *object);
            match amount_at(text, toks, i, elided) {
                Some(found) => {
                    let before = out.counts.len();
                    counts::find(text, toks, &found, &mut out.counts);
                    if found.borrowed && out.counts.len() == before {
                        // "84 people had died in Malatya and 36 in Adiyaman": the same count
                        // (but "killing 120 people, injuring 1,400" says its own).
                        if let Some((_, _, counts)) = &last {
                            for c in counts.clone() {
                                let count = Count {
                                    count: found.amount.value as u64,
                                    span: found.amount.span,
                                    ..out.counts[c]
                                };
                                out.counts.push(count);
                            }
                        }
                    }
                    // (Money lends its currency too, and counts nothing.)
                    let money = matches!(found.amount.object, Object::Name(o) if words::is_currency_name(o));
                    last = (money
                        || !found.measure && matches!(found.amount.object, Object::Span(_)))
                    .then_some((found.last, found.amount.object, before..out.counts.len()));
                    out.amounts.push(found.amount);
                    i = found.next.max(i + 1);
                }
                None => i += 1,
            }
        }
    }
    out
}

/// Are the amounts ending before token `end` and starting at token `start` listed together,
/// a few words apart, the second with its object left out: "killing 120 people, injuring
/// more than 1,400", "84 people had died in Malatya and 36 in Adiyaman"?
fn coordinated(text: &str, toks: &[Token], end: usize, start: usize) -> bool {
    if start <= end || start - end > 8 {
        return false;
    }
    let between = &toks[end..start];
    // (Right before the number: the joint itself, a qualifier or a verb in -ing; not a noun
    // the number names, "method 1 and method 2", nor a bracket's list, "kids (8, 5, 1)".)
    let prev = lower(toks[start - 1].text(text));
    let prev = prev.as_str();
    between
        .iter()
        .any(|t| matches!(t.text(text), "and" | "," | "while" | "from"))
        && !between
            .iter()
            .any(|t| matches!(t.text(text), "(" | ")" | ":" | ";"))
        && (matches!(prev, "and" | "," | "while" | "including" | "from")
            || words::is_count_filler(prev)
            || prev.len() > 4 && prev.ends_with("ing"))
        && !text[..toks[start].span().start].ends_with('.')
}

/// Where a number after "to" or "from" (and a qualifier) is what a plural noun rose or fell
/// to: the noun, the subject of a verb of change a few words before ("Deaths rose 43% to an
/// estimated 136,200", "cases worldwide rose 79% last year to more than 306,000").
fn subject_of_change(text: &str, toks: &[Token], k: usize) -> Option<usize> {
    let word = |i: usize| lw(text, toks, i);
    let mut j = k.checked_sub(1)?;
    // (Back over "more than", "an estimated"; "to" is a qualifier too, "up to", and stops.)
    while j > 0
        && !matches!(word(j).as_str(), "to" | "from")
        && (words::is_count_filler(word(j).as_str()) || word(j).as_str() == "estimated")
    {
        j -= 1;
    }
    if !matches!(word(j).as_str(), "to" | "from") {
        return None;
    }
    // The verb, past a short adjunct ("43%", "last year", "more than 30-fold,").
    let verb = (j.saturating_sub(7)..j).rev().find(|&v| {
        matches!(
            word(v).as_str(),
            "rose"
                | "fell"
                | "climbed"
                | "dropped"
                | "jumped"
                | "grew"
                | "increased"
                | "decreased"
                | "declined"
                | "surged"
                | "soared"
                | "slipped"
                | "plunged"
                | "tumbled"
        )
    })?;
    // Its subject: a plural noun right before it, or before an adverb ("worldwide").
    let mut s = verb.checked_sub(1)?;
    if word(s).as_str().ends_with("ly") || word(s).as_str() == "worldwide" {
        s = s.checked_sub(1)?;
    }
    let t = &toks[s];
    // (Not a preposition's object: "crimes reported to police decreased".)
    let after_preposition = s > 0
        && matches!(
            word(s - 1).as_str(),
            "to" | "by" | "for" | "with" | "against" | "at" | "in" | "on"
        );
    (t.kind == TokenKind::Word
        && !after_preposition
        && looks_plural(t.text(text), t)
        && !t.shape.contains(text::Shape::ALL_CAPS)
        && !words::is_stop_word(word(s).as_str()))
    .then_some(s)
}

/// May the word after a number that counts nothing follow a number whose object is left out
/// ("36 in Adiyaman", "10 of them", "58 is seen", "85 came up", "and 10 made it")? Not a word
/// that may be its own object, which [`head`] did not take: "1 TFL", "1 Green", "8 oz.",
/// "150 burpee"; nor "to", which opens a range ("50 to 44 percent").
fn after_elided_object(next: &str) -> bool {
    matches!(
        next,
        "," | "."
            | ";"
            | ")"
            | "+"
            | "a"
            | "in"
            | "of"
            | "for"
            | "on"
            | "at"
            | "from"
            | "with"
            | "by"
            | "as"
            | "or"
            | "and"
            | "is"
            | "are"
            | "was"
            | "were"
            | "had"
            | "have"
            | "has"
            | "will"
            | "would"
            | "could"
            | "may"
            | "remain"
            | "remained"
            | "this"
            | "last"
            | "today"
            | "came"
            | "made"
            | "tried"
            | "died"
            | "fled"
            | "more"
    )
}

/// The first token at or after `from` where an amount may start ([`may_start`]). A function
/// of its own, not inlined: within [`find`] the scan kept its state on the stack, which cost a
/// dozen more instructions per token (and the stage's scan looks at every token).
#[inline(never)]
fn next_start(text: &str, toks: &[Token], from: usize) -> Option<usize> {
    let rest = toks.get(from..)?;
    rest.iter()
        .position(|t| may_start(text, t))
        .map(|p| from + p)
}

/// Five bits of a byte for [`PREFIXES`]: a letter's place in the alphabet, either case (1–26);
/// space and most punctuation give 0, `$` gives 4 (it shares the slot of `d`).
#[inline]
const fn five_bits(b: u8) -> usize {
    ((b | 0x20) & 0x1F) as usize
}

/// Three letters packed into 15 bits.
#[inline]
const fn key(a: u8, b: u8, c: u8) -> usize {
    (five_bits(a) << 10) | (five_bits(b) << 5) | five_bits(c)
}

/// A bitset over the 15-bit keys of a word's first three bytes: set for the beginnings of the
/// number words (one, two, three, thirty, ten, four, forty, five, fifty, six, seven, eight,
/// eleven, nine, half) and of "a" before a magnitude ("a dozen", "a million", "a lakh", "a
/// crore"). One load per word
/// instead of a chain of branches. (Currency codes are matched exactly by [`may_start`].)
static PREFIXES: [u8; 4096] = {
    let mut t = [0u8; 4096];
    let three: [&[u8; 3]; 21] = [
        b"one", b"thr", b"thi", b"ten", b"fou", b"for", b"fiv", b"fif", b"six", b"sev", b"eig",
        b"ele", b"nin", b"hal", b"a d", b"a h", b"a t", b"a m", b"a b", b"a l", b"a c",
    ];
    let mut i = 0;
    while i < three.len() {
        let k = key(three[i][0], three[i][1], three[i][2]);
        t[k >> 3] |= 1 << (k & 7);
        i += 1;
    }
    // Two letters, any third: "tw…" (two, twelve, twenty).
    let two: [&[u8; 2]; 1] = [b"tw"];
    let mut i = 0;
    while i < two.len() {
        let mut c = 0;
        while c < 32 {
            let k = (five_bits(two[i][0]) << 10) | (five_bits(two[i][1]) << 5) | c;
            t[k >> 3] |= 1 << (k & 7);
            c += 1;
        }
        i += 1;
    }
    t
};

/// For each letter (its [`five_bits`]), the lengths of the number words of
/// `words::small_number` that start with it, as bits, and of "a" and "half" (the words an
/// amount written in letters starts with): "for", "through", "election" share their first
/// three letters with a number word, not their length.
static NUMBER_LENGTHS: [u32; 32] = {
    let words: [&[u8]; 29] = [
        b"one",
        b"two",
        b"three",
        b"four",
        b"five",
        b"six",
        b"seven",
        b"eight",
        b"nine",
        b"ten",
        b"eleven",
        b"twelve",
        b"thirteen",
        b"fourteen",
        b"fifteen",
        b"sixteen",
        b"seventeen",
        b"eighteen",
        b"nineteen",
        b"twenty",
        b"thirty",
        b"forty",
        b"fifty",
        b"sixty",
        b"seventy",
        b"eighty",
        b"ninety",
        b"a",
        b"half",
    ];
    let mut t = [0u32; 32];
    let mut i = 0;
    while i < words.len() {
        t[five_bits(words[i][0])] |= 1 << words[i].len();
        i += 1;
    }
    t
};

/// Per first byte of a token: bit 0 ([`DIGIT`]) for a digit; for an upper-case letter, bits
/// 1–3 (the lengths of a currency code or a dollar's country, "USD", "US", "A"); bit 4
/// ([`CURRENCY_LEAD`]) for the first byte of a currency symbol of [`words::currency_symbol`]
/// (`$`, and the lead bytes of `£ ¥` and of `€ ₹ ₽ ₩`).
static FIRST: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        if b.is_ascii_digit() {
            t[c] = DIGIT;
        } else if b.is_ascii_uppercase() {
            t[c] = 0b1110;
        }
        c += 1;
    }
    t[b'$' as usize] = CURRENCY_LEAD;
    t[0xC2] = CURRENCY_LEAD;
    t[0xE2] = CURRENCY_LEAD;
    t
};
const DIGIT: u8 = 1;
const CURRENCY_LEAD: u8 = 1 << 4;

/// The magnitudes of [`words::magnitude_word`] without a currency ("a dozen", "a million"):
/// "a" starts an amount only before one of them. (Keep in step with that function.)
pub(crate) const MAGNITUDES: [&str; 13] = [
    "hundred", "thousand", "million", "mln", "billion", "bln", "bn", "trillion", "tn", "trn",
    "lakh", "crore", "dozen",
];

/// For each first letter of a word (its [`five_bits`]), the second letters (bits by their
/// [`five_bits`]) of the [`MAGNITUDES`] that start with it.
static MAGNITUDE_STARTS: [u32; 32] = {
    let mut t = [0u32; 32];
    let mut i = 0;
    while i < MAGNITUDES.len() {
        let m = MAGNITUDES[i].as_bytes();
        t[five_bits(m[0])] |= 1 << five_bits(m[1]);
        i += 1;
    }
    t
};

/// A cheap test on the bytes of token `t`: can an amount start there? Most tokens are ordinary
/// words, and this keeps them out of the lower-casing and table look-ups. An amount starts at a
/// number, a symbol, a word that starts with a digit, a currency code or the country of a
/// dollar ("USD", "US$"), or a number word (its first three letters
/// in [`PREFIXES`] and, unless it is hyphenated as "twenty-one", a length in
/// [`NUMBER_LENGTHS`]).
///
/// A first look at the kind, the first byte and the length ([`QUICK`]) turns away about three
/// tokens in four (most that pass are "a", "the" and numbers): the stage took 18% fewer
/// instructions (for a tenth more branch mispredictions in cachegrind's model). The rest take
/// [`full_look`]: table look-ups, shifts and masks, with the answer tested once (a `match` on
/// the kind was a jump table and a branch per condition each followed the text, token kinds
/// alternating at random, and were often mispredicted). Two bytes and the length as the first
/// look (a 4096-entry table) turned away more tokens but cost more than they saved. The kind
/// and the hyphen choose a row of [`QUICK`] (a hyphenated word, a number or a symbol always
/// takes the full look; punctuation and abbreviations never do), so that the first look is
/// two loads, a shift and a test.
#[inline]
fn may_start(text: &str, t: &Token) -> bool {
    let span = t.span();
    let first = text.as_bytes().get(span.start).copied().unwrap_or(b' ');
    let hyphen = usize::from(t.shape.contains(Shape::HAS_HYPHEN));
    let row = usize::from(KIND_ROW[t.kind as usize]) | hyphen;
    // The length modulo 32 (no clamping in the loop over every token): a word of 32 bytes or
    // more may then pass to the full look, which turns it away.
    let len = span.end.wrapping_sub(span.start);
    if QUICK[row][usize::from(first)] >> (len & 31) & 1 == 0 {
        return false;
    }
    full_look(text, t, span.len().min(31), hyphen as u32)
}

/// The row of [`QUICK`] for each [`TokenKind`] (by its discriminant): 0 for a word (1 when it
/// has a hyphen), 1 for a number or a symbol, 2 for punctuation and abbreviations (3 with the
/// hyphen's bit).
static KIND_ROW: [u8; 5] = {
    let mut t = [2u8; 5];
    t[TokenKind::Word as usize] = 0;
    t[TokenKind::Number as usize] = 1;
    t[TokenKind::Symbol as usize] = 1;
    t
};

/// The first look of [`may_start`], by row ([`KIND_ROW`]) and first byte: the lengths (as
/// bits; 31 for longer) at which a token goes on to [`full_look`]. Row 0 (a word without a
/// hyphen) has those of the number words of [`NUMBER_LENGTHS`] that share the byte's
/// [`five_bits`], one to three for a capital (currency codes), any for a digit; row 1 (a
/// hyphenated word, a number, a symbol) any; rows 2 and 3 (punctuation, abbreviations) none.
static QUICK: [[u32; 256]; 4] = {
    let mut t = [[0u32; 256]; 4];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[0][c] = NUMBER_LENGTHS[five_bits(b)] | (FIRST[c] & 0b1110) as u32;
        if b.is_ascii_digit() {
            t[0][c] = u32::MAX;
        }
        t[1][c] = u32::MAX;
        c += 1;
    }
    t
};

/// The rest of [`may_start`], for the tokens that pass its first look (`len` and `hyphen` as
/// it computed them).
#[inline]
fn full_look(text: &str, t: &Token, len: usize, hyphen: u32) -> bool {
    const WORD: u32 = 1;
    const NUMBER_OR_SYMBOL: u32 = 2;
    let kind = match t.kind {
        TokenKind::Word => WORD,
        TokenKind::Number | TokenKind::Symbol => NUMBER_OR_SYMBOL,
        TokenKind::Punct | TokenKind::Abbreviation => 0,
    };
    let b = text.as_bytes();
    let s = t.span().start;
    // The first three bytes from the token on (spaces past the end of the text).
    let [first, second, third] = match b.get(s..s + 3) {
        Some(&[x, y, z]) => [x, y, z],
        _ => {
            let at = |j: usize| b.get(j).copied().unwrap_or(b' ');
            [at(s), at(s + 1), at(s + 2)]
        }
    };
    let k = key(first, second, third);
    // Bit 0 of each of these is the answer.
    let prefix = u32::from(PREFIXES[k >> 3]) >> (k & 7);
    let number_word = prefix & ((NUMBER_LENGTHS[five_bits(first)] >> len) | hyphen);
    let f = u32::from(FIRST[usize::from(first)]);
    if kind & (NUMBER_OR_SYMBOL | ((number_word | f) & WORD)) != 0 {
        return second_look(b, t);
    }
    // An upper-case word of one to three letters, all capitals ("USD", "US", "A"; rare
    // enough for a branch of its own). Currency codes and dollar prefixes have no lower-case
    // letter: testing the shape's flag here keeps "The", "He", "It" out of the string matches,
    // where their branches went either way.
    let all_caps = u32::from(t.shape.contains(Shape::ALL_CAPS));
    let upper_short = (f & 0b1110) >> len;
    kind & upper_short & all_caps & WORD != 0 && {
        let w = t.text(text);
        words::currency_symbol(w).is_some() || words::dollar_prefix(w)
    }
    // The rupee's "Rs" (South Asian news: "Rs 500 crore"), the one code in mixed case.
        || first == b'R' && t.text(text) == "Rs"
}

/// A second look at a token that passed the first test of [`may_start`], at the two kinds of
/// token that pass it often and never start an amount: a symbol that is no currency's ("%",
/// "#", "&", emoji; amount_at reads a symbol only as a currency), and "a" (the one number word of
/// one letter; the first test saw a space after it) before a word that is no magnitude ("a
/// man", "a decision"; not "a dozen", "a million"). Asked of the few tokens that pass, not of
/// every token: a third of them are turned away here, before the work of amount_at.
#[inline]
fn second_look(b: &[u8], t: &Token) -> bool {
    let s = t.span().start;
    let at = |j: usize| b.get(j).copied().unwrap_or(b' ');
    match t.kind {
        TokenKind::Symbol => FIRST[usize::from(at(s))] & (CURRENCY_LEAD | DIGIT) != 0,
        TokenKind::Word if t.span().len() == 1 && at(s) | 0x20 == b'a' => {
            // The next word's first two letters, after the space.
            MAGNITUDE_STARTS[five_bits(at(s + 2))] >> five_bits(at(s + 3)) & 1 != 0
        }
        _ => true,
    }
}

/// An amount with where its parts are among the sentence's tokens.
#[derive(Debug)]
pub(crate) struct Found {
    pub amount: Amount,
    /// First and one-past-last token of the number expression.
    pub first: usize,
    pub last: usize,
    /// The object's token, when the object is a word of the text.
    pub object_tok: Option<usize>,
    /// Money, a unit or an age: never a count.
    pub measure: bool,
    /// The object is that of an amount listed just before ("120 people, … 1,400").
    pub borrowed: bool,
    /// Where scanning resumes.
    pub next: usize,
}

/// The lower-cased text of token `i` (empty when out of range).
fn lw<'t>(text: &'t str, toks: &[Token], i: usize) -> words::Lower<'t> {
    lower(toks.get(i).map_or("", |t| t.text(text)))
}

fn tok_text<'t>(text: &'t str, toks: &[Token], i: usize) -> &'t str {
    toks.get(i).map_or("", |t| t.text(text))
}

/// True when tokens `a` and `b` touch (no space between them).
fn touching(toks: &[Token], a: usize, b: usize) -> bool {
    match (toks.get(a), toks.get(b)) {
        (Some(x), Some(y)) => x.span().end == y.span().start,
        _ => false,
    }
}

/// The value of a digit token and what follows the digits (`"1.2m"` → 1.2, `"m"`).
struct Digits<'t> {
    value: f64,
    suffix: &'t str,
    comma: bool,
    decimal: bool,
    leading_zero: bool,
    len: usize,
    /// Digits after the decimal point.
    frac_len: usize,
}

fn parse_digits(s: &str) -> Option<Digits<'_>> {
    let b = s.as_bytes();
    if !b.first()?.is_ascii_digit() {
        return None;
    }
    let mut value = 0f64;
    let mut i = 0;
    let mut ndigits = 0;
    let mut comma = false;
    let mut decimal = false;
    let mut frac_len = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_digit() {
            value = value * 10.0 + f64::from(c - b'0');
            ndigits += 1;
            i += 1;
        } else if c == b','
            && !decimal
            && b.len() >= i + 4
            && b[i + 1..i + 4].iter().all(u8::is_ascii_digit)
            && b.get(i + 4).is_none_or(|d| !d.is_ascii_digit())
        {
            comma = true;
            i += 1;
        } else if c == b'.' && !decimal && !comma_required(b, i) {
            decimal = true;
            i += 1;
            let mut scale = 0.1;
            while i < b.len() && b[i].is_ascii_digit() {
                value += f64::from(b[i] - b'0') * scale;
                scale /= 10.0;
                ndigits += 1;
                frac_len += 1;
                i += 1;
            }
        } else {
            break;
        }
    }
    if ndigits > 15 {
        return None;
    }
    Some(Digits {
        value,
        suffix: &s[i..],
        comma,
        decimal,
        leading_zero: b[0] == b'0' && b.get(1).is_some_and(u8::is_ascii_digit),
        len: ndigits,
        frac_len,
    })
}

/// A '.' is a decimal point only when a digit follows it.
fn comma_required(b: &[u8], i: usize) -> bool {
    !b.get(i + 1).is_some_and(u8::is_ascii_digit)
}

/// A number expression: where it ends and what it is.
struct Number<'t> {
    value: f64,
    /// One past its last token.
    end: usize,
    digits: bool,
    /// The token held plain digits only (`2014`, not `2,014` or `3.5`).
    plain_int: bool,
    len: usize,
    scaled: bool,
    unit: Option<&'static str>,
    age: bool,
    /// The lower-cased word at `end`, when the reading of magnitudes looked at it (the caller
    /// needs it too: no second lower-casing).
    after: Option<words::Lower<'t>>,
}

/// Reads a number at token `i` (no currency): digits, words, magnitudes.
fn number_at<'t>(text: &'t str, toks: &[Token], i: usize, money: bool) -> Option<Number<'t>> {
    let t = toks.get(i)?;
    let w = t.text(text);
    let mut n = if w.as_bytes().first()?.is_ascii_digit() {
        let d = parse_digits(w)?;
        if d.leading_zero && !d.decimal {
            return None;
        }
        // Three or more decimals: coordinates, frequencies, measurements of science, not counts.
        if d.frac_len >= 3 && !money {
            return None;
        }
        let mut n = Number {
            value: d.value,
            end: i + 1,
            digits: true,
            plain_int: !d.comma && !d.decimal,
            len: d.len,
            scaled: false,
            unit: None,
            age: false,
            after: None,
        };
        let suffix = lower(d.suffix);
        let suffix = suffix.as_str();
        if d.suffix.is_empty() {
        } else if let Some(m) = words::magnitude_suffix(suffix, money || d.decimal) {
            n.value *= m;
            n.scaled = true;
            n.plain_int = false;
        } else if let Some(u) = (!money && !matches!(d.suffix, "G" | "M" | "T"))
            .then(|| words::unit_abbreviation(suffix))
            .flatten()
        {
            // (Not "G", "M" or "T" in capitals: "4G" is a network, "100M" a hundred million,
            // "Radeon Pro 5500M" a model; "3L" is litres.)
            n.unit = Some(u);
            n.plain_int = false;
        } else if matches!(suffix, "-plus" | "-odd" | "+") {
            n.plain_int = false;
        } else if matches!(suffix, "-year-old" | "-years-old" | "-month-old") {
            n.age = true;
            n.plain_int = false;
        } else {
            // ordinals, decades, times ("9am"), ranges and dates with hyphens, codes.
            return None;
        }
        n
    } else {
        let l = lower(w);
        let l = l.as_str();
        let (value, end) = if let Some(v) = words::small_number(l) {
            (v, i + 1)
        } else if l == "a" || l == "half" {
            // "a dozen", "a million", "half a million", "half a dozen"
            let (half, j) = if l == "half" {
                if lw(text, toks, i + 1).as_str() != "a" {
                    return None;
                }
                (0.5, i + 2)
            } else {
                (1.0, i + 1)
            };
            let m = words::magnitude_word(lw(text, toks, j).as_str(), false)?;
            (half * m, j + 1)
        } else {
            return None;
        };
        Number {
            value,
            end,
            digits: false,
            plain_int: false,
            len: 0,
            scaled: false,
            unit: None,
            age: false,
            after: None,
        }
    };
    // Word magnitudes and compound number words: "3.5 billion", "two hundred thousand".
    if n.unit.is_none() && !n.age {
        let mut total = 0.0;
        let mut current = n.value;
        let mut j = n.end;
        loop {
            let lower_j = lw(text, toks, j);
            let l = lower_j.as_str();
            if let Some(m) = words::magnitude_word(l, money && n.digits) {
                if m < 1000.0 {
                    current *= m;
                } else {
                    total += current * m;
                    current = 0.0;
                }
                n.scaled = true;
                j += 1;
            } else if !n.digits
                && (current == 0.0 || whole_hundreds(current))
                && let Some(v) = words::small_number(l)
            {
                current += v;
                j += 1;
            } else if l == "and"
                && !n.digits
                && (current >= 100.0 || total > 0.0)
                && words::small_number(lw(text, toks, j + 1).as_str()).is_some()
            {
                j += 1;
            } else {
                n.after = Some(lower_j);
                break;
            }
        }
        n.value = total + current;
        n.end = j;
        if n.scaled {
            n.plain_int = false;
        }
    }
    Some(n)
}

/// Is `x` a whole number of hundreds ("two hundred" may go on: "two hundred five")? A function
/// of its own, never inlined: inlined, the remainder (a call to the library's `fmod`) was worked
/// out on every turn of the loop over magnitudes in [`number_at`], before the test that the
/// number is in words, which rules it out for most numbers.
#[inline(never)]
fn whole_hundreds(x: f64) -> bool {
    x % 100.0 == 0.0
}

/// The currency before a number at `i`: its name and the first token of the number.
fn currency_before(text: &str, toks: &[Token], i: usize) -> Option<(&'static str, usize)> {
    let w = tok_text(text, toks, i);
    // Every symbol and code of [`words::currency_symbol`] and every country of
    // [`words::dollar_prefix`] starts with `$`, a capital or the lead byte of `£ ¥` or `€ ₹ ₽ ₩`
    // (most numbers start with a digit: no string matches for them).
    if !matches!(w.as_bytes().first(), Some(b'$' | b'A'..=b'Z' | 0xC2 | 0xE2)) {
        return None;
    }
    if let Some(c) = words::currency_symbol(w) {
        return Some((c, i + 1));
    }
    if words::dollar_prefix(w) && tok_text(text, toks, i + 1) == "$" && touching(toks, i, i + 1) {
        return Some(("dollars", i + 2));
    }
    None
}

/// The amount whose number starts at token `i` (or its currency does); with `elided`, the
/// object of an amount listed just before, for a number that counts nothing itself.
fn amount_at(text: &str, toks: &[Token], i: usize, elided: Option<Object>) -> Option<Found> {
    let (currency, k) = match currency_before(text, toks, i) {
        Some((c, k)) => (Some(c), k),
        None => (None, i),
    };
    let mut n = number_at(text, toks, k, currency.is_some())?;
    let mut currency = currency;
    let mut last = n.end;
    // The word at `last` in lower case: lower-cased once, again only when `last` moves.
    let mut at_last = n.after.take().unwrap_or_else(|| lw(text, toks, last));

    // Ranges: "3,000 to 5,000", "$3-5 million", "between 10 and 20".
    let joiner = at_last.as_str();
    if matches!(joiner, "to" | "or" | "-" | "–" | "—")
        || (joiner == "and" && lw(text, toks, k.wrapping_sub(1)).as_str() == "between")
    {
        let k2 = match currency_before(text, toks, last + 1) {
            Some((_, k2)) => k2,
            None => last + 1,
        };
        if let Some(m) = number_at(text, toks, k2, currency.is_some())
            && m.digits == n.digits
            && m.unit.is_none()
            && !m.age
            && m.value >= n.value
        {
            n.unit = n.unit.or(m.unit);
            last = m.end;
            at_last = m.after.unwrap_or_else(|| lw(text, toks, last));
        }
    }

    // A currency code after the number ("500 USD").
    if currency.is_none()
        && toks.get(last).is_some_and(|t| t.kind == TokenKind::Word)
        && let Some(c) = words::currency_symbol(tok_text(text, toks, last))
    {
        currency = Some(c);
        last += 1;
        at_last = lw(text, toks, last);
    }
    // A unit abbreviation as its own token ("8 km", "7,000 m3").
    if currency.is_none() && n.unit.is_none() && n.digits {
        let l = at_last.as_str();
        // (Spaced, one letter may be a word or another thing: "5 in a row", "£5 m"; not "g",
        // which is grams: "454 g of turkey".)
        let glued_or_known = !matches!(l, "in" | "t" | "l" | "m");
        if glued_or_known
            && let Some(u) = words::unit_abbreviation(l)
            && toks[last].kind == TokenKind::Word
        {
            n.unit = Some(u);
            last += 1;
            at_last = lw(text, toks, last);
        }
    }

    let prev = lw(text, toks, k.wrapping_sub(1));
    let prev = prev.as_str();
    let next = at_last.as_str();

    // A year ("in 2014", "March 12, 2024") unless a plural noun follows it (the test at the end
    // of this function, which every year not followed by a lower-case word fails): years are
    // among the most common numbers of news text, so they are turned away before the work on
    // dates, identifiers and objects. (Nothing before that test makes an amount of a
    // four-digit number without a currency, a unit or an age.)
    if currency.is_none()
        && n.unit.is_none()
        && !n.age
        && n.digits
        && n.plain_int
        && n.len == 4
        && (1000.0..=2100.0).contains(&n.value)
        && prev != "aged"
        && !toks.get(last).is_some_and(Token::is_lower_start)
    {
        return None;
    }

    // Percentages, times, dates.
    if words::is_percent_word(next)
        && !(next == "per" && lw(text, toks, last + 1).as_str() != "cent")
    {
        return None;
    }
    if n.digits {
        if words::is_clock_word(next) {
            return None;
        }
        // "10:30", "1/2/2020", "3-1" written with separate tokens.
        let is_sep = |x: usize| matches!(tok_text(text, toks, x), ":" | "/" | "." | "-");
        let is_num = |x: usize| toks.get(x).is_some_and(|t| t.kind == TokenKind::Number);
        if is_sep(last)
            && touching(toks, last - 1, last)
            && is_num(last + 1)
            && touching(toks, last, last + 1)
        {
            return None;
        }
        if k >= 2
            && is_sep(k - 1)
            && touching(toks, k - 1, k)
            && is_num(k - 2)
            && touching(toks, k - 2, k - 1)
        {
            return None;
        }
        // Digit groups: phone numbers, "7946 0958", scores "3 - 1".
        if k > 0 && currency.is_none() && toks[k - 1].kind == TokenKind::Number {
            return None;
        }
        if toks.get(last).is_some_and(|t| t.kind == TokenKind::Number) {
            return None;
        }
        if matches!(
            prev,
            "+" | "#" | "no." | "nos." | "no" | "number" | "p." | "pp." | "page"
        ) {
            return None;
        }
        if prev == "[" && next == "]" {
            return None;
        }
    }
    // "may" is a month only when capitalised ("20 may die" is not a date).
    let month_tok = |j: usize, l: &str| {
        words::is_month(l) && (l != "may" || toks.get(j).is_some_and(Token::is_capitalized))
    };
    if month_tok(k.wrapping_sub(1), prev) || month_tok(last, next) {
        return None;
    }
    // "27. Jun", "June, 27": a month one punctuation mark away (maybe across a sentence break
    // the segmenter put after "27.").
    if n.digits && n.value <= 31.0 && month_after_punct(text, toks[last - 1].span().end) {
        return None;
    }
    let punct = |j: usize| toks.get(j).is_some_and(|t| t.kind == TokenKind::Punct);
    if k >= 2 && punct(k - 1) && words::is_month(lw(text, toks, k - 2).as_str()) {
        return None;
    }
    // Degrees of a coordinate or temperature; years of an era.
    if matches!(tok_text(text, toks, last), "°" | "′" | "″" | "º")
        || matches!(next, "'" | "b.c." | "bc" | "bce" | "a.d." | "ad" | "ce")
    {
        return None;
    }
    // The second half of a range already read ("16 - 17" after a month).
    if k >= 2 && matches!(prev, "-" | "–" | "to" | "and") && toks[k - 2].kind == TokenKind::Number
    {
        return None;
    }
    if matches!(prev, "#" | "no." | "nos." | "p." | "pp.") || words::is_label_word(prev) {
        return None;
    }
    // An identifier after a capitalised word ("Resolution 2254", "CTF 50", "Chapter two"); not
    // a measure, whose unit says what it is ("Add 2 kg of beef").
    if currency.is_none()
        && n.unit.is_none()
        && k > 0
        && toks[k - 1].is_capitalized()
        && !sentence_start(text, toks, k - 1)
    {
        return None;
    }
    // "our two countries", "these three": a reference back to things already counted. (After
    // "the" it still counts: "talks between the two superpowers" names two of them.)
    if n.value <= 10.0
        && !n.scaled
        && matches!(
            prev,
            "our"
                | "their"
                | "these"
                | "those"
                | "its"
                | "his"
                | "her"
                | "both"
                | "all"
                | "your"
                | "my"
        )
    {
        return None;
    }
    // "one" alone is as often a determiner or pronoun as a count ("one man I spoke to"), but
    // not before a unit of money or measure ("one dinar", "one mile").
    if !n.digits && n.value == 1.0 && currency.is_none() && !words::is_unit_noun(next) {
        return None;
    }

    // The object.
    let mut age = n.age;
    let mut object_tok = None;
    let mut skip_to = last;
    let mut borrowed = false;
    let mut object = if let Some(c) = currency {
        Object::Name(c)
    } else if let Some(u) = n.unit {
        Object::Name(u)
    } else if age {
        Object::Name("years old")
    } else if matches!(next, "year" | "years") && lw(text, toks, last + 1).as_str() == "old"
        || prev == "aged"
    {
        age = true;
        Object::Name("years old")
    } else if n.digits
        && n.plain_int
        && (1.0..=120.0).contains(&n.value)
        && prev == ","
        && k >= 2
        && toks[k - 2].is_capitalized()
        && matches!(next, "," | ")")
    {
        // "Scott Dayton, 42, of Woodbridge": an age in apposition to a name.
        age = true;
        Object::Name("years old")
    } else if n.digits
        && n.plain_int
        && (1.0..=120.0).contains(&n.value)
        && !words::is_time_unit(next)
        && {
            let before = |j: usize| k.checked_sub(j).map_or(lower(""), |i| lw(text, toks, i));
            let person = |j: usize| matches!(before(j).as_str(), "he" | "she");
            // "at the age of 61", "died at 31", and "She was 91." ending its clause.
            prev == "of" && before(2).as_str() == "age"
                || prev == "at" && matches!(before(2).as_str(), "died" | "dies" | "dead")
                || matches!(next, "." | "," | ";")
                    && (matches!(prev, "was" | "is" | "turned" | "turns") && person(2)
                        || prev == "now" && matches!(before(2).as_str(), "was" | "is") && person(3))
        }
    {
        age = true;
        Object::Name("years old")
    } else if next == "of" {
        // Partitive: "8,000 of the city's residents", "three of the five bridges".
        if n.value == 1.0 && !n.digits {
            return None;
        }
        let mut j = last + 1;
        while matches!(
            lw(text, toks, j).as_str(),
            "the" | "its" | "their" | "his" | "her" | "our" | "these" | "those" | "whom" | "them"
        ) {
            j += 1;
        }
        // "three of the five bridges": the second number belongs to the phrase.
        if let Some(inner) = number_at(text, toks, j, false) {
            j = inner.end;
            skip_to = j;
        }
        match head(text, toks, j, 2.0) {
            Some(h) => {
                object_tok = Some(h);
                Object::Span(toks[h].span())
            }
            None => Object::None,
        }
    } else {
        match head(text, toks, last, n.value) {
            Some(h) => {
                object_tok = Some(h);
                Object::Span(toks[h].span())
            }
            None => Object::None,
        }
    };

    // Durations are TIMEX, not amounts.
    if let Some(h) = object_tok
        && words::is_time_unit(lw(text, toks, h).as_str())
    {
        return None;
    }
    if words::is_time_unit(next) && !age {
        return None;
    }

    let measured = currency.is_some() || n.unit.is_some() || age;
    if !measured {
        if n.digits && n.plain_int && n.len == 4 && (1000.0..=2100.0).contains(&n.value) {
            // A year unless a plural noun follows and no year word precedes.
            let plural_next = object_tok == Some(last)
                && toks
                    .get(last)
                    .is_some_and(|t| t.is_lower_start() && looks_plural(t.text(text), t));
            let dated_event = (1900.0..=2100.0).contains(&n.value)
                && words::is_dated_event(lw(text, toks, last).as_str());
            if !plural_next || words::is_year_preposition(prev) || dated_event {
                return None;
            }
        }
        if object == Object::None
            && n.digits
            && n.value.fract() == 0.0
            && after_elided_object(lw(text, toks, last).as_str())
            && let Some(elided) = elided
        {
            object = elided;
            borrowed = true;
        }
        // "Deaths rose 43% to an estimated 136,200", "cases worldwide rose 79% last year to
        // more than 306,000": what rose is counted.
        if object == Object::None
            && n.digits
            && let Some(h) = subject_of_change(text, toks, k)
        {
            object = Object::Span(toks[h].span());
            object_tok = Some(h);
        }
        if object == Object::None {
            if !n.digits {
                // "one", "two" with nothing counted: pronouns, lists, idioms.
                return None;
            }
            // A bare number is kept only where the sentence treats it as a quantity: after a
            // qualifier ("about 60", "now totals 6,602"), or as a subject ("80,000 have fled").
            let after = next;
            if !(words::is_count_filler(prev)
                || matches!(
                    prev,
                    "totals" | "total" | "totalled" | "totaled" | "of" | "by" | "to"
                )
                || words::is_count_auxiliary(after)
                || matches!(after, "died" | "fled" | "remain" | "remained" | "of")
                || counts::is_trigger(prev)
                || (prev == "(" && toks.get(last).is_some_and(Token::is_lower_start)))
            {
                return None;
            }
            // Long digit strings with nothing counted are identifiers (user ids, codes).
            if n.plain_int && n.len > 4 {
                return None;
            }
            // An identifier after a capitalised word ("Resolution 2254", "Flight 17").
            if k > 0 && toks[k - 1].is_capitalized() && !sentence_start(text, toks, k - 1) {
                return None;
            }
        }
        if !n.digits && n.value == 1.0 && words::makes_one_a_pronoun(prev) {
            return None;
        }
    }

    // "1.1" times a billion is 1100000000.0000002 in floating point: GDELT prints whole amounts.
    let mut value = n.value;
    let whole = value.round();
    if value.abs() >= 1.0 && (value - whole).abs() <= 1e-9 * value.abs() {
        value = whole;
    }
    let start = toks[i].span().start;
    let end = toks[last - 1].span().end;
    let next_scan = skip_to.max(last);
    Some(Found {
        amount: Amount {
            span: ByteSpan::new(start, end),
            value,
            object,
        },
        first: k,
        last,
        object_tok,
        // (A currency left out is money still: "to 450 million pounds from 320 million".)
        measure: measured || borrowed && matches!(object, Object::Name(_)),
        borrowed,
        next: next_scan,
    })
}

/// True when token `i` opens its sentence and is an ordinary word capitalised for that reason
/// ("About 8,000 …"), not a name or an acronym ("CTF 50 …", "Chapter two …").
fn sentence_start(text: &str, toks: &[Token], i: usize) -> bool {
    if i != 0 || (toks[i].shape.contains(text::Shape::ALL_CAPS) && toks[i].span().len() > 1) {
        return false;
    }
    let l = lw(text, toks, i);
    let l = l.as_str();
    words::is_stop_word(l) || words::is_count_filler(l) || words::is_hedge(l)
}

/// True when the text after byte `end` is one punctuation mark, spaces, and a month name.
fn month_after_punct(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    let rest = rest.as_bytes();
    let mut i = 0;
    if !matches!(rest.first(), Some(b'.' | b',' | b'/' | b'-')) {
        return false;
    }
    i += 1;
    while rest.get(i) == Some(&b' ') {
        i += 1;
    }
    let start = i;
    while rest.get(i).is_some_and(u8::is_ascii_alphabetic) && i - start < 10 {
        i += 1;
    }
    let word = std::str::from_utf8(&rest[start..i]).unwrap_or("");
    words::is_month(lower(word).as_str())
}

/// True when a token looks like a plural noun ("troops", "VBIEDs", "people", "Airmen").
fn looks_plural(w: &str, t: &Token) -> bool {
    let l = lower(w);
    let l = l.as_str();
    if l.is_empty() {
        return false;
    }
    if words::is_irregular_plural(l) {
        return true;
    }
    if l.len() > 4 && l.ends_with("men") {
        return true;
    }
    if t.shape.contains(text::Shape::ALL_CAPS) {
        return false;
    }
    l.len() > 3
        && w.ends_with('s')
        && !(l.ends_with("ss")
            || l.ends_with("us")
            || (l.ends_with("is") && !t.is_capitalized())
            || l.ends_with("'s")
            || l.ends_with("ous"))
}

/// Does the plural at token `idx` (of a phrase from token `j`) modify what follows? A name's
/// word before more of the name, or before a plural noun, does: "600,000 Veterans Affairs
/// users" counts users, "seven Farmers titles" titles, "1,713 Chevrolet Impala Police Sedans"
/// sedans ("5 Blue Jays signed" the Jays; nor "343 Industries wants to …", a verb after a name
/// of one word).
fn modifies_next(text: &str, toks: &[Token], idx: usize, j: usize) -> bool {
    let Some(next) = toks.get(idx + 1).filter(|n| n.kind == TokenKind::Word) else {
        return false;
    };
    if !toks[idx].is_capitalized() {
        return false;
    }
    if next.is_capitalized() {
        return true;
    }
    let in_name = idx > j && toks[idx - 1].is_capitalized();
    let verb_like = || {
        toks.get(idx + 2).is_some_and(|v| {
            matches!(
                v.text(text),
                "to" | "that" | "the" | "a" | "an" | "it" | "its" | "their"
            )
        })
    };
    next.is_lower_start()
        && !words::is_stop_word(lower(next.text(text)).as_str())
        && looks_plural(next.text(text), next)
        && (in_name || !verb_like())
}

/// The head noun of the phrase starting at token `j`: the first plural noun among up to six
/// modifier-like words, else (for one thing, or when no plural is there) the first word that
/// could be a noun.
fn head(text: &str, toks: &[Token], j: usize, value: f64) -> Option<usize> {
    let mut first = None;
    let mut plural_name = None;
    let end = toks.len().min(j + 6);
    for (idx, t) in toks.iter().enumerate().take(end).skip(j) {
        if !matches!(t.kind, TokenKind::Word | TokenKind::Abbreviation) {
            break;
        }
        let w = t.text(text);
        let l = lower(w);
        let l = l.as_str();
        if matches!(
            l,
            "more" | "other" | "additional" | "further" | "extra" | "new"
        ) {
            // "256 more prisoners", "35 more innocent civilians"
            continue;
        }
        // A size before one thing is not the thing: "1 large onion", "one small boat" (several
        // things wait for their plural anyway: "3 large boxes").
        if value <= 1.0
            && matches!(
                l,
                "large" | "small" | "big" | "medium" | "huge" | "tiny" | "little" | "whole"
            )
            && toks.get(idx + 1).is_some_and(Token::is_lower_start)
        {
            continue;
        }
        // "13,000 false or misleading claims": two modifiers in lower case joined (not "15
        // SGD and comes with …", nor verbs: "involved shooting and killing things").
        if matches!(l, "or" | "and")
            && value > 1.0
            && first.is_some_and(|f: usize| toks[f].is_lower_start())
            && !lower(tok_text(text, toks, idx - 1))
                .as_str()
                .ends_with("ing")
            && toks.get(idx + 1).is_some_and(Token::is_lower_start)
        {
            continue;
        }
        if l.is_empty() && !w.is_empty() && w.chars().all(char::is_alphabetic) {
            // A non-ASCII word (no table holds it): a possible modifier or noun.
        } else if l.is_empty()
            || words::is_stop_word(l)
            || words::is_month(l)
            || w == "I"
            || w.as_bytes()[0].is_ascii_digit()
        {
            break;
        }
        if t.kind == TokenKind::Abbreviation {
            continue;
        }
        if value > 1.0 && looks_plural(w, t) {
            if !modifies_next(text, toks, idx, j) {
                return Some(idx);
            }
            plural_name.get_or_insert(idx);
            continue;
        }
        if first.is_none() {
            first = Some(idx);
            if value <= 1.0 {
                break;
            }
        }
    }
    // Several things but no plural noun: the words are not what is counted ("30 pin port",
    // "747 took off"), unless one of a name was ("5 New York Rangers").
    if value > 1.0 {
        return plural_name;
    }
    let f = first?;
    let l = lower(tok_text(text, toks, f));
    let l = l.as_str();
    let verb_like = l.ends_with("ed") && !words::is_irregular_plural(l)
        || l.ends_with("ing")
        || l.ends_with("ly");
    let all_caps = toks[f].shape.contains(text::Shape::ALL_CAPS);
    (!verb_like && !all_caps && l.len() >= 2).then_some(f)
}

#[cfg(test)]
mod tests;
