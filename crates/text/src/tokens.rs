//! Tokens with offsets: words, numbers, abbreviations, punctuation and symbols.
//!
//! The tokenizer is a hand-written scanner over bytes with a 256-entry class table for ASCII and
//! `char` properties for everything else; it allocates nothing per token (a [`Token`] is a span,
//! a kind and a few shape bits). It runs on any text; newsgraph runs it on the normalised view,
//! where quotes, dashes and spaces are already canonical, and maps the spans back.
//!
//! The rules, in the order the scanner applies them:
//! - whitespace and control chars separate tokens and belong to none;
//! - a **word** is a run of letters, digits and combining marks; an apostrophe (`'` or `’`) or a
//!   hyphen joins two such runs (`don't`, `Putin’s`, `full-blown`, `al-Assad`, `COVID-19`);
//!   a trailing apostrophe (`students'`) is punctuation;
//! - a **number** is the same kind of run starting with a digit, where `.` between digits
//!   (`3.5`, `10.30am`) and `,` before exactly three digits (`94,000`, `1,234.56`) join too.
//!   A run with no letters is a number (`2022-01-10` is *one* number token: stages that want the
//!   parts split it themselves); a run starting with a digit and with letters but no hyphen is a
//!   number too, with the `HAS_ALPHA` shape bit (`5th`, `1.2m`, `10.30am`); `10-year-old` is a word;
//! - an **abbreviation** keeps its period: dotted letters (`U.S.`, `e.g.`, `a.m.`), a single
//!   capital initial (`W.`), or a known abbreviation (`Mr.`, `Sept.`, `Inc.`, see
//!   [`abbreviation_class`]) directly followed by `.` and then not by a letter or digit;
//! - runs of `.` (`...`), of `?`/`!` (`?!`) and of `-` (`--`) are one punctuation token; any other
//!   ASCII punctuation char is a token of its own; `$ % & + < = > ^ ` | ~ # @` and non-ASCII
//!   non-letters (currency, emoji with their modifiers) are symbols.
//!
//! CJK text has no spaces, so a run of CJK ideographs is one word: good enough for offsets,
//! not for segmentation of Chinese or Japanese.

use std::fmt;

use crate::offsets::{ByteSpan, utf8_len};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters, digits, marks, internal apostrophes and hyphens.
    Word,
    /// Starts with a digit (or has no letters): `94,000`, `3.5`, `5th`, `2022-01-10`.
    Number,
    /// A word with its period: `U.S.`, `Mr.`, `Sept.`, `W.`.
    Abbreviation,
    /// Punctuation: `.` `...` `,` `"` `(` `-` `?!` …
    Punct,
    /// Anything else visible: `$`, `%`, `€`, emoji.
    Symbol,
}

/// Cheap orthographic features of a token, as bit flags.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Shape(u8);

impl Shape {
    /// First char is upper case (`Putin`, `U.S.`, `NATO`).
    pub const CAPITALIZED: Shape = Shape(1);
    /// Has letters and none of them is lower case (`NATO`, `U.S.`, `I`).
    pub const ALL_CAPS: Shape = Shape(1 << 1);
    /// First char is lower case (`said`, `iPhone`).
    pub const LOWER_START: Shape = Shape(1 << 2);
    /// Contains a letter.
    pub const HAS_ALPHA: Shape = Shape(1 << 3);
    /// Contains a digit.
    pub const HAS_DIGIT: Shape = Shape(1 << 4);
    /// Contains an internal hyphen.
    pub const HAS_HYPHEN: Shape = Shape(1 << 5);
    /// Contains an internal apostrophe.
    pub const HAS_APOSTROPHE: Shape = Shape(1 << 6);
    /// Contains a non-ASCII char.
    pub const NON_ASCII: Shape = Shape(1 << 7);

    const NAMES: [&'static str; 8] = [
        "CAPITALIZED",
        "ALL_CAPS",
        "LOWER_START",
        "HAS_ALPHA",
        "HAS_DIGIT",
        "HAS_HYPHEN",
        "HAS_APOSTROPHE",
        "NON_ASCII",
    ];

    /// No flag set.
    pub const fn empty() -> Shape {
        Shape(0)
    }

    /// True when every flag of `other` is set in `self`.
    #[inline]
    pub const fn contains(self, other: Shape) -> bool {
        self.0 & other.0 == other.0
    }

    /// The union of two sets of flags.
    #[inline]
    pub const fn union(self, other: Shape) -> Shape {
        Shape(self.0 | other.0)
    }

    /// The raw bits.
    pub const fn bits(self) -> u8 {
        self.0
    }
}

impl std::ops::BitOr for Shape {
    type Output = Shape;
    fn bitor(self, rhs: Shape) -> Shape {
        self.union(rhs)
    }
}

impl fmt::Debug for Shape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        for (bit, name) in Self::NAMES.iter().enumerate() {
            if self.0 & (1 << bit) != 0 {
                if !first {
                    f.write_str(" | ")?;
                }
                f.write_str(name)?;
                first = false;
            }
        }
        if first {
            f.write_str("(empty)")?;
        }
        Ok(())
    }
}

/// A token: where it is, what it is, what it looks like.
///
/// Twelve bytes: offsets are stored as `u32` (texts of 4 GiB or more are not supported), which
/// halves the memory a token list writes compared with two `usize`s; [`Token::span`] gives the
/// usual [`ByteSpan`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Token {
    start: u32,
    end: u32,
    pub kind: TokenKind,
    pub shape: Shape,
}

impl Token {
    /// A token over `span`.
    #[inline]
    pub fn new(span: ByteSpan, kind: TokenKind, shape: Shape) -> Self {
        debug_assert!(
            span.end <= u32::MAX as usize,
            "texts of 4 GiB or more are not supported"
        );
        Token {
            start: span.start as u32,
            end: span.end as u32,
            kind,
            shape,
        }
    }

    /// Where the token is (byte offsets into the text it was made from).
    #[inline]
    pub fn span(&self) -> ByteSpan {
        ByteSpan::new(self.start as usize, self.end as usize)
    }

    /// Moves the token to `span` (used when mapping offsets between texts).
    #[inline]
    pub fn set_span(&mut self, span: ByteSpan) {
        self.start = span.start as u32;
        self.end = span.end as u32;
    }

    /// The token's text in `text` (the text its span indexes); empty if the span does not fit.
    #[inline]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span().get(text).unwrap_or("")
    }

    /// True when the first char is upper case.
    #[inline]
    pub fn is_capitalized(&self) -> bool {
        self.shape.contains(Shape::CAPITALIZED)
    }

    /// True when the first char is lower case.
    #[inline]
    pub fn is_lower_start(&self) -> bool {
        self.shape.contains(Shape::LOWER_START)
    }
}

/// How an abbreviation behaves at a possible sentence end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AbbreviationClass {
    /// Comes before a name or number and never ends a sentence: `Mr.`, `Gen.`, `St.`, `No.`.
    Title,
    /// Never ends a sentence: `vs.`, `e.g.`, `i.e.`, `cf.`.
    Continuation,
    /// A month: ends a sentence only before a sentence starter, never before a number.
    Month,
    /// May end a sentence (`Inc.`, `etc.`, `U.S.`, `a.m.`, initials): does so before a common
    /// sentence starter.
    Other,
}

/// The class of a known abbreviation (without its final period), case-sensitive.
pub fn abbreviation_class(word: &str) -> Option<AbbreviationClass> {
    use AbbreviationClass::*;
    // Every word ending a sentence is looked up here: reject the long ones (most of them)
    // before the string comparisons. Keep this at the length of the longest entry.
    if word.len() > MAX_ABBREVIATION_LEN {
        return None;
    }
    Some(match word {
        "Mr" | "Mrs" | "Ms" | "Mx" | "Messrs" | "Mme" | "Mlle" | "Dr" | "Prof" | "Gen" | "Lt"
        | "Col" | "Sgt" | "Capt" | "Cpt" | "Maj" | "Adm" | "Cmdr" | "Cdr" | "Brig" | "Pvt"
        | "Cpl" | "Rep" | "Reps" | "Sen" | "Sens" | "Gov" | "Govs" | "Pres" | "Rev" | "Hon"
        | "Fr" | "Msgr" | "Supt" | "Det" | "Insp" | "Atty" | "St" | "Ste" | "Mt" | "Ft" | "ST"
        | "MT" | "FT" | "No" | "Nos" | "Nr" | "Vol" | "Art" | "Sec" | "Fig" => Title,
        "vs" | "v" | "cf" | "viz" | "e.g" | "i.e" | "E.g" | "I.e" => Continuation,
        "Jan" | "Feb" | "Mar" | "Apr" | "Jun" | "Jul" | "Aug" | "Sep" | "Sept" | "Oct" | "Nov"
        | "Dec" => Month,
        "Inc" | "Corp" | "Ltd" | "Co" | "Cos" | "Bros" | "Jr" | "Sr" | "Esq" | "Plc" | "etc"
        | "al" | "approx" | "est" | "Ave" | "Blvd" | "Rd" | "Dept" | "Univ" | "Assn" | "Mon"
        | "Tue" | "Tues" | "Wed" | "Thu" | "Thurs" | "Fri" | "Sat" | "Sun" | "Ala" | "Ariz"
        | "Ark" | "Calif" | "Colo" | "Conn" | "Del" | "Fla" | "Ga" | "Ill" | "Ind" | "Kan"
        | "Kans" | "Ky" | "La" | "Md" | "Mich" | "Minn" | "Miss" | "Mo" | "Mont" | "Neb"
        | "Nev" | "Okla" | "Ore" | "Pa" | "Tenn" | "Tex" | "Va" | "Vt" | "Wash" | "Wis" | "Wyo"
        | "Alta" | "Nfld" | "Ont" | "Que" | "Sask" => Other,
        _ => return None,
    })
}

/// The length of the ending that makes a name an adjective, "-based" of "Texas-based",
/// "-led" of "Putin-led", "-style" of "Soviet-style", or 0: a hyphen and a participle or
/// suffix in lower case after at least one byte. The name before it is a mention of its own
/// (of Texas, of Putin), which stages that look for names read without the ending.
pub fn descriptive_ending_len(word: &[u8]) -> usize {
    let Some(hyphen) = word.iter().rposition(|&b| b == b'-') else {
        return 0;
    };
    if hyphen == 0 || word[hyphen - 1] == b'-' {
        return 0;
    }
    let ending = &word[hyphen + 1..];
    let known = matches!(
        ending,
        b"affiliated"
            | b"aligned"
            | b"allied"
            | b"appointed"
            | b"backed"
            | b"based"
            | b"born"
            | b"bound"
            | b"brokered"
            | b"centric"
            | b"controlled"
            | b"dominated"
            | b"educated"
            | b"era"
            | b"esque"
            | b"flagged"
            | b"focused"
            | b"friendly"
            | b"funded"
            | b"headquartered"
            | b"held"
            | b"imposed"
            | b"inspired"
            | b"leaning"
            | b"led"
            | b"like"
            | b"linked"
            | b"listed"
            | b"made"
            | b"nominated"
            | b"nominee"
            | b"occupied"
            | b"owned"
            | b"related"
            | b"ruled"
            | b"run"
            | b"shaped"
            | b"size"
            | b"sized"
            | b"specific"
            | b"sponsored"
            | b"style"
            | b"supported"
            | b"themed"
            | b"trained"
            | b"wide"
            | b"winner"
            | b"winning"
    );
    if known { word.len() - hyphen } else { 0 }
}

/// Length of the longest known abbreviation (`Messrs`, `approx`).
const MAX_ABBREVIATION_LEN: usize = 6;

/// The class of an abbreviation token's text (with its final period).
pub fn abbreviation_token_class(token_text: &str) -> AbbreviationClass {
    let word = token_text.strip_suffix('.').unwrap_or(token_text);
    abbreviation_class(word).unwrap_or(AbbreviationClass::Other)
}

// ASCII byte classes.
const UPPER: u8 = 1;
const LOWER: u8 = 1 << 1;
const DIGIT: u8 = 1 << 2;
const SPACE: u8 = 1 << 3;
const PUNCT: u8 = 1 << 4;
const SYMBOL: u8 = 1 << 5;
const HIGH: u8 = 1 << 6;
/// A letter without case (CJK, Arabic, Hebrew …): neither capitalised nor lower case.
const CASELESS: u8 = 1 << 7;
const ALNUM: u8 = UPPER | LOWER | DIGIT | CASELESS;

static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = if b >= 0x80 {
            HIGH
        } else if b.is_ascii_uppercase() {
            UPPER
        } else if b.is_ascii_lowercase() {
            LOWER
        } else if b.is_ascii_digit() {
            DIGIT
        } else if b <= b' ' || b == 0x7F {
            SPACE
        } else if matches!(
            b,
            b'$' | b'%'
                | b'&'
                | b'+'
                | b'<'
                | b'='
                | b'>'
                | b'^'
                | b'`'
                | b'|'
                | b'~'
                | b'#'
                | b'@'
        ) {
            SYMBOL
        } else {
            PUNCT
        };
        i += 1;
    }
    t
};

/// ASCII letters and digits.
const ASCII_ALNUM: u8 = UPPER | LOWER | DIGIT;

/// The 0x80 bit of every lane (byte) of a `u64`, and 0x01 of every lane.
const LANE_HIGH: u64 = 0x8080_8080_8080_8080;
const LANE_ONE: u64 = 0x0101_0101_0101_0101;

/// The lanes of `word` that hold an ASCII byte in `lo..=hi`, as their 0x80 bits (`hi < 0x7F`).
///
/// SWAR: with every lane's high bit forced on, subtracting `lo` cannot borrow from the next
/// lane, and the high bit survives exactly when the low seven bits are `>= lo`.
#[inline(always)]
fn lanes_in(word: u64, lo: u8, hi: u8) -> u64 {
    let forced = word | LANE_HIGH;
    let ge_lo = forced - LANE_ONE * lo as u64;
    let gt_hi = forced - LANE_ONE * (hi as u64 + 1);
    ge_lo & !gt_hi & !word & LANE_HIGH
}

/// The end of the run of ASCII letters and digits that starts at `start`, and the union of
/// their classes (`UPPER`, `LOWER`, `DIGIT`).
///
/// Eight bytes at a time with [`lanes_in`]: most words fit in one or two loads, so the loop
/// exit is well predicted, unlike a byte loop whose exit depends on each word's length.
#[inline(always)]
fn ascii_alnum_run(bytes: &[u8], start: usize) -> (usize, u8) {
    // Letters are found case-folded (`| 0x20` maps `A-Z` onto `a-z` and no other ASCII byte
    // into it); the case bit, moved up to the lane's top by `<< 2`, then tells lower case.
    const CASE_BIT: u64 = 0x2020_2020_2020_2020;
    let (mut letters, mut lower, mut digits) = (0u64, 0u64, 0u64);
    let mut i = start;
    loop {
        let word = match bytes.get(i..i + 8) {
            Some(chunk) => u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8])),
            None => {
                // Near the end: pad with NULs, which end the run.
                let mut buf = [0u8; 8];
                let rest = bytes.get(i..).unwrap_or(&[]);
                buf[..rest.len()].copy_from_slice(rest);
                u64::from_le_bytes(buf)
            }
        };
        let l = lanes_in(word | CASE_BIT, b'a', b'z');
        let d = lanes_in(word, b'0', b'9');
        let lc = l & (word << 2);
        let stop = !(l | d) & LANE_HIGH;
        if stop != 0 {
            // Keep the lanes before the first stop (little-endian: lane k is bits 8k..8k+8).
            let bit = stop.trailing_zeros();
            let before = (1u64 << bit) - 1;
            letters |= l & before;
            lower |= lc & before;
            digits |= d & before;
            i += (bit / 8) as usize;
            break;
        }
        letters |= l;
        lower |= lc;
        digits |= d;
        i += 8;
    }
    let seen = (u8::from(letters != lower) * UPPER)
        | (u8::from(lower != 0) * LOWER)
        | (u8::from(digits != 0) * DIGIT);
    (i, seen)
}

/// Combining marks, variation selectors, ZWJ and skin-tone modifiers: they extend the token
/// before them instead of starting one.
#[inline]
fn is_extender(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0483}'..='\u{0489}'
        | '\u{0591}'..='\u{05BD}'
        | '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0900}'..='\u{0903}'
        | '\u{093A}'..='\u{094F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{200D}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{FE20}'..='\u{FE2F}'
        | '\u{1F3FB}'..='\u{1F3FF}'
        | '\u{E0020}'..='\u{E007F}'
        | '\u{E0100}'..='\u{E01EF}')
}

/// The class of a non-ASCII char, from its properties: `HIGH` for a mark (marks extend words;
/// alone they are symbols).
fn char_class(c: char) -> u8 {
    if c.is_alphabetic() {
        if c.is_uppercase() {
            UPPER
        } else if c.is_lowercase() {
            LOWER
        } else {
            CASELESS
        }
    } else if c.is_numeric() {
        DIGIT
    } else if c.is_whitespace() || c.is_control() {
        SPACE
    } else if is_extender(c) {
        HIGH
    } else if is_unicode_punct(c) {
        PUNCT
    } else {
        SYMBOL
    }
}

/// [`char_class`] of U+0080..U+07FF (the two-byte UTF-8 chars), indexed by code point − 0x80.
/// The Unicode property lookups behind `char::is_alphabetic` and friends are binary searches;
/// this table is built from them once.
static TWO_BYTE_CLASS: std::sync::LazyLock<[u8; 0x780]> = std::sync::LazyLock::new(|| {
    let mut table = [SYMBOL; 0x780];
    for (k, class) in table.iter_mut().enumerate() {
        if let Some(c) = char::from_u32(k as u32 + 0x80) {
            *class = char_class(c);
        }
    }
    table
});

/// [`char_class`] of U+2000..U+206F (general punctuation), indexed by code point − 0x2000.
static GENERAL_PUNCTUATION_CLASS: std::sync::LazyLock<[u8; 0x70]> =
    std::sync::LazyLock::new(|| {
        let mut table = [SYMBOL; 0x70];
        for (k, class) in table.iter_mut().enumerate() {
            if let Some(c) = char::from_u32(k as u32 + 0x2000) {
                *class = char_class(c);
            }
        }
        table
    });

/// Non-ASCII chars that count as punctuation (the rest that are not letters are symbols).
#[inline]
fn is_unicode_punct(c: char) -> bool {
    matches!(c,
        '¡' | '§' | '¶' | '·' | '¿' | '«' | '»'
        | '\u{2010}'..='\u{2027}'
        | '\u{2030}'..='\u{205E}'
        | '\u{3001}'..='\u{3003}'
        | '\u{3008}'..='\u{3011}'
        | '\u{FF01}' | '\u{FF0C}' | '\u{FF0E}' | '\u{FF1A}' | '\u{FF1B}' | '\u{FF1F}')
}

/// Shape bits of a word from the union of its char classes and its first char's class: two
/// table lookups instead of five branches per token.
#[inline]
fn word_shape(shape: Shape, seen: u8, first_class: u8) -> Shape {
    Shape(shape.0 | SEEN_SHAPE[seen as usize] | FIRST_SHAPE[first_class as usize])
}

/// Shape bits implied by the union of a word's char classes.
static SEEN_SHAPE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut seen = 0;
    while seen < 256 {
        let s = seen as u8;
        let mut bits = 0;
        if s & (UPPER | LOWER | CASELESS) != 0 {
            bits |= Shape::HAS_ALPHA.0;
        }
        if s & UPPER != 0 && s & LOWER == 0 {
            bits |= Shape::ALL_CAPS.0;
        }
        if s & DIGIT != 0 {
            bits |= Shape::HAS_DIGIT.0;
        }
        t[seen] = bits;
        seen += 1;
    }
    t
};

/// Shape bits implied by the class of a word's first char.
static FIRST_SHAPE: [u8; 256] = {
    let mut t = [0u8; 256];
    t[UPPER as usize] = Shape::CAPITALIZED.0;
    t[LOWER as usize] = Shape::LOWER_START.0;
    t
};

/// A streaming tokenizer over a text (or a span of it). Yields spans into that text.
///
/// ```
/// use text::{Tokenizer, TokenKind};
/// let text = "The U.S. paid $94,000 for Putin’s full-blown 3.5m plan.";
/// let toks: Vec<(&str, TokenKind)> =
///     Tokenizer::new(text).map(|t| (t.text(text), t.kind)).collect();
/// assert_eq!(toks[1], ("U.S.", TokenKind::Abbreviation));
/// assert_eq!(toks[4], ("94,000", TokenKind::Number));
/// assert_eq!(toks[6], ("Putin’s", TokenKind::Word));
/// assert_eq!(toks[8], ("3.5m", TokenKind::Number));
/// assert_eq!(toks.last().unwrap(), &(".", TokenKind::Punct));
/// ```
#[derive(Debug, Clone)]
pub struct Tokenizer<'t> {
    text: &'t str,
    end: usize,
    pos: usize,
}

impl<'t> Tokenizer<'t> {
    /// Tokenizes the whole text.
    pub fn new(text: &'t str) -> Self {
        Tokenizer {
            text,
            end: text.len(),
            pos: 0,
        }
    }

    /// Tokenizes `span` of `text` (clamped to the text and to char boundaries); spans are
    /// still offsets into `text`. Lookahead never crosses the span's end.
    pub fn in_span(text: &'t str, span: ByteSpan) -> Self {
        let mut end = span.end.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let mut pos = span.start.min(end);
        while !text.is_char_boundary(pos) {
            pos += 1;
        }
        Tokenizer {
            text: &text[..end],
            end,
            pos,
        }
    }

    #[inline]
    fn char_at(&self, i: usize) -> char {
        self.text[i..].chars().next().unwrap_or('\0')
    }

    /// Char class at `i` (for ASCII, the table; for others, from char properties): returns
    /// (class bits, byte length).
    #[inline]
    fn class_at(&self, i: usize) -> (u8, usize) {
        let bytes = self.text.as_bytes();
        let b = bytes[i];
        let class = CLASS[b as usize];
        if class != HIGH {
            return (class, 1);
        }
        // Two-byte chars (Latin-1 and Latin Extended letters, Greek, Cyrillic, Hebrew, Arabic:
        // most non-ASCII letters in news) from a table, without `char` property lookups.
        if let (0xC2..=0xDF, Some(&cont)) = (b, bytes.get(i + 1)) {
            let code = (usize::from(b & 0x1F) << 6) | usize::from(cont & 0x3F);
            return (TWO_BYTE_CLASS[code - 0x80], 2);
        }
        // General punctuation (U+2000..U+206F: `•` `′` `″` and the spaces, dashes and quotes
        // that normalisation did not map) and the replacement char U+FFFD (common in badly
        // decoded text) from a table too: each `char` property lookup is a binary search.
        match (b, bytes.get(i + 1..i + 3)) {
            (0xE2, Some(&[lead @ (0x80 | 0x81), cont])) => {
                let code = (usize::from(lead & 0x3F) << 6) | usize::from(cont & 0x3F);
                if code < 0x70 {
                    return (GENERAL_PUNCTUATION_CLASS[code], 3);
                }
            }
            (0xEF, Some(&[0xBF, 0xBD])) => return (SYMBOL, 3),
            _ => {}
        }
        let c = self.char_at(i);
        (char_class(c), c.len_utf8())
    }

    #[inline]
    fn is_alnum_at(&self, i: usize) -> bool {
        i < self.end && self.class_at(i).0 & ALNUM != 0
    }

    #[inline]
    fn byte(&self, i: usize) -> u8 {
        if i < self.end {
            self.text.as_bytes()[i]
        } else {
            0
        }
    }

    /// Scans a word or number starting at `start`, an alphanumeric char of class `first_class`.
    #[inline(always)]
    fn word(&self, start: usize, first_class: u8) -> Token {
        self.word_from(start, first_class, start, 0)
    }

    /// [`Tokenizer::word`], resumed at `i` with `seen` the union of the classes of the ASCII
    /// letters and digits `start..i` (what the fast path has already scanned).
    #[inline(always)]
    fn word_from(&self, start: usize, first_class: u8, i: usize, seen: u8) -> Token {
        let bytes = self.text.as_bytes();
        let end = self.end;
        let mut seen = seen; // union of the classes of the word's chars
        let mut shape = Shape::empty();
        let mut joined = false;
        let mut i = i;
        loop {
            // The run of letters, digits and marks; ASCII through the table, the rest decoded.
            while i < end {
                let class = CLASS[bytes[i] as usize];
                if class & ALNUM != 0 {
                    seen |= class;
                    i += 1;
                    continue;
                }
                if class != HIGH {
                    break;
                }
                let (class, len) = self.class_at(i);
                if class & ALNUM != 0 {
                    seen |= class;
                } else if class != HIGH {
                    break; // HIGH here means a mark, which extends the word
                }
                shape = shape | Shape::NON_ASCII;
                i += len;
            }
            // Most words end at a space: skip the joiner and abbreviation rules then.
            if i >= end || CLASS[bytes[i] as usize] == SPACE {
                break;
            }
            let b = bytes[i];
            let prev_digit = bytes[i - 1].is_ascii_digit();
            let joiner_len = match b {
                b'\'' | b'-' if self.is_alnum_at(i + 1) => {
                    shape = shape
                        | if b == b'-' {
                            Shape::HAS_HYPHEN
                        } else {
                            Shape::HAS_APOSTROPHE
                        };
                    1
                }
                0xE2 if bytes.get(i..i + 3) == Some("’".as_bytes()) && self.is_alnum_at(i + 3) => {
                    shape = shape | Shape::HAS_APOSTROPHE | Shape::NON_ASCII;
                    3
                }
                b'.' if prev_digit && self.byte(i + 1).is_ascii_digit() => 1,
                // "AT&T", "R&D", "M&S": an ampersand between capitals, no space around it.
                b'&' if bytes[i - 1].is_ascii_uppercase()
                    && self.byte(i + 1).is_ascii_uppercase() =>
                {
                    1
                }
                b',' if prev_digit && self.thousands_group(i + 1) => 1,
                b'.' if !joined && seen & DIGIT == 0 => {
                    // Abbreviations keep their period.
                    let abbrev_end = self.dotted_letters(start, i).or_else(|| {
                        let single_capital = i - start == 1 && first_class == UPPER;
                        // (An initial may touch the capitalised word after it: "W.Va." is "W."
                        // and "Va.", "J.Smith" "J." and "Smith", "E.ON" "E." and "ON"; not a
                        // degree's two letters, "M.Sc.", which are no abbreviation of their own.)
                        let touching_capital =
                            single_capital && self.byte(i + 1).is_ascii_uppercase() && {
                                let word = &self.text.as_bytes()[i + 1..self.end];
                                let n = word.iter().take_while(|b| b.is_ascii_alphabetic()).count();
                                n >= 3
                                    || word[..n].iter().all(u8::is_ascii_uppercase)
                                    || word.get(n) == Some(&b'.')
                                        && std::str::from_utf8(&word[..n])
                                            .is_ok_and(|w| abbreviation_class(w).is_some())
                            };
                        ((!self.is_alnum_at(i + 1)
                            && (single_capital
                                || abbreviation_class(&self.text[start..i]).is_some()))
                            || touching_capital)
                            .then_some(i + 1)
                    });
                    if let Some(abbrev_end) = abbrev_end {
                        return Token::new(
                            ByteSpan::new(start, abbrev_end),
                            TokenKind::Abbreviation,
                            word_shape(shape, seen, first_class),
                        );
                    }
                    0
                }
                _ => 0,
            };
            if joiner_len == 0 {
                break;
            }
            joined = true;
            i += joiner_len;
        }
        let shape = word_shape(shape, seen, first_class);
        let has_alpha = shape.contains(Shape::HAS_ALPHA);
        let kind = if !has_alpha || (first_class == DIGIT && !shape.contains(Shape::HAS_HYPHEN)) {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        Token::new(ByteSpan::new(start, i), kind, shape)
    }

    /// The common case of [`Tokenizer::word`]: a word or number starting with an ASCII letter or
    /// digit. The run of ASCII letters and digits is scanned eight bytes at a time (see
    /// [`ascii_alnum_run`]); when it ends at a space, the end of the text or punctuation that
    /// joins nothing, the token is complete. Otherwise (`'` `-` `.` `,` or a non-ASCII char
    /// follows) the full rules take over where the run ended: that is rarer than one token in ten.
    #[inline(always)]
    fn ascii_word(&self, start: usize, first_class: u8) -> Token {
        let (end, kind, shape) = self.ascii_word_fields(start, first_class);
        Token {
            start: start as u32,
            end,
            kind,
            shape,
        }
    }

    /// [`Tokenizer::ascii_word`] as the token's end, kind and shape.
    #[inline(always)]
    fn ascii_word_fields(&self, start: usize, first_class: u8) -> (u32, TokenKind, Shape) {
        let bytes = self.text.as_bytes();
        let (end, seen) = ascii_alnum_run(bytes, start);
        let done = match bytes.get(end) {
            None => true,
            Some(b'\'' | b'-' | 0x80..) => false,
            // `,` only joins digits (`94,000`); `&` only capitals (`AT&T`, `R&D`).
            Some(b',') => !bytes[end - 1].is_ascii_digit(),
            Some(b'&') => {
                !(bytes[end - 1].is_ascii_uppercase()
                    && bytes.get(end + 1).is_some_and(u8::is_ascii_uppercase))
            }
            // The end of most sentences: decide here unless the period may join a decimal
            // (`3.5`) or make dotted letters or an initial (`U.S.`, `W.`).
            Some(b'.') => {
                let next = bytes.get(end + 1).copied().unwrap_or(0);
                if seen & DIGIT != 0 {
                    !(bytes[end - 1].is_ascii_digit() && next.is_ascii_digit())
                } else if end - start == 1 || next >= 0x80 {
                    false
                } else if next.is_ascii_alphanumeric() {
                    true // `example.com`: an abbreviation's period is never followed by one
                } else {
                    if abbreviation_class(&self.text[start..end]).is_some() {
                        let shape = word_shape(Shape::empty(), seen, first_class);
                        return (end as u32 + 1, TokenKind::Abbreviation, shape);
                    }
                    true
                }
            }
            Some(_) => true,
        };
        if !done {
            let token = self.word_cold(start, first_class, end, seen);
            return (token.end, token.kind, token.shape);
        }
        // No joiner was taken, so a run starting with a digit is a number (with or without
        // letters: `5th`) and one starting with a letter a word.
        let kind = if first_class == DIGIT {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        let shape = word_shape(Shape::empty(), seen, first_class);
        (end as u32, kind, shape)
    }

    /// [`Tokenizer::other`] for an ASCII punctuation or symbol char at `start` (of class
    /// `class`), as the token's end, kind and shape; `None` for a symbol followed by a
    /// non-ASCII char, which may be a modifier that extends it.
    #[inline(always)]
    fn ascii_punct_fields(&self, start: usize, class: u8) -> Option<(u32, TokenKind, Shape)> {
        let bytes = self.text.as_bytes();
        let b = bytes[start];
        let mut end = start + 1;
        match b {
            b'.' | b'-' => {
                while bytes.get(end) == Some(&b) {
                    end += 1;
                }
            }
            b'?' | b'!' => {
                while matches!(bytes.get(end), Some(b'?' | b'!')) {
                    end += 1;
                }
            }
            _ if class != PUNCT && bytes.get(end).is_some_and(|&n| n >= 0x80) => return None,
            _ => {}
        }
        let kind = if class == PUNCT {
            TokenKind::Punct
        } else {
            TokenKind::Symbol
        };
        Some((end as u32, kind, Shape::empty()))
    }

    /// [`Tokenizer::word_from`] out of line, for the fast path's rare exits: keeps the hot loop
    /// small. The full rules resume where the fast path stopped (`end`, with the classes `seen`
    /// so far) rather than scanning the word again.
    #[inline(never)]
    fn word_cold(&self, start: usize, first_class: u8, end: usize, seen: u8) -> Token {
        self.word_from(start, first_class, end, seen)
    }

    /// `,` joins digits when exactly three digits follow (`94,000`), not in lists (`3,4`).
    #[inline]
    fn thousands_group(&self, i: usize) -> bool {
        (0..3).all(|k| self.byte(i + k).is_ascii_digit()) && !self.byte(i + 3).is_ascii_digit()
    }

    /// `U.S.`, `e.g.`, `U.S.A.`: single letters each followed by a period, two or more.
    /// `start..dot` is the first letter, `dot` its period. Returns the end of the last period.
    /// Two capitals may drop the last period: `the U.S, but`, `U.S-China` (not before a letter
    /// or a period, `A.Bc`, `A.B.C`, nor as the tail of more: `R.I.P`).
    fn dotted_letters(&self, start: usize, dot: usize) -> Option<usize> {
        if dot - start != 1 || !self.byte(start).is_ascii_alphabetic() {
            return None;
        }
        let mut k = dot; // at a '.'
        let mut n = 1;
        while self.byte(k + 1).is_ascii_alphabetic() && self.byte(k + 2) == b'.' {
            k += 2;
            n += 1;
        }
        if n >= 2 && !self.is_alnum_at(k + 1) {
            return Some(k + 1);
        }
        let capitals = n == 1
            && (start == 0 || self.byte(start - 1) != b'.')
            && self.byte(start).is_ascii_uppercase()
            && self.byte(k + 1).is_ascii_uppercase();
        (capitals && !self.is_alnum_at(k + 2) && self.byte(k + 2) != b'.').then_some(k + 2)
    }

    /// Scans punctuation or a symbol at `start`.
    fn other(&self, start: usize, class: u8, len: usize) -> Token {
        let b = self.byte(start);
        let mut end = start + len;
        let kind = if class == PUNCT {
            TokenKind::Punct
        } else {
            TokenKind::Symbol
        };
        match b {
            b'.' | b'-' => {
                while self.byte(end) == b {
                    end += 1;
                }
            }
            b'?' | b'!' => {
                while matches!(self.byte(end), b'?' | b'!') {
                    end += 1;
                }
            }
            _ if class != PUNCT => {
                // Emoji sequences: modifiers, selectors, ZWJ + next char stay in one token.
                while end < self.end {
                    let c = self.char_at(end);
                    if !is_extender(c) {
                        break;
                    }
                    end += c.len_utf8();
                    // ZWJ glues the next char on, unless that is a space (a stray ZWJ).
                    if c == '\u{200D}' && end < self.end && self.class_at(end).0 != SPACE {
                        end += utf8_len(self.byte(end));
                    }
                }
            }
            _ => {}
        }
        let shape = if b >= 0x80 {
            Shape::NON_ASCII
        } else {
            Shape::empty()
        };
        Token::new(ByteSpan::new(start, end), kind, shape)
    }
}

impl Iterator for Tokenizer<'_> {
    type Item = Token;

    #[inline]
    fn next(&mut self) -> Option<Token> {
        let bytes = self.text.as_bytes();
        while let Some(&b) = bytes.get(self.pos) {
            let class = CLASS[b as usize];
            if class == SPACE {
                self.pos += 1;
                continue;
            }
            let token = if class & ASCII_ALNUM != 0 {
                self.ascii_word(self.pos, class)
            } else {
                match self.token_at(self.pos, class) {
                    Ok(token) => token,
                    Err(next) => {
                        self.pos = next;
                        continue;
                    }
                }
            };
            self.pos = token.end as usize;
            return Some(token);
        }
        None
    }
}

impl Tokenizer<'_> {
    /// The token starting at `pos`, whose first byte has ASCII class `class` and is neither an
    /// ASCII space nor an ASCII letter or digit (those are handled inline by the callers); or,
    /// when `pos` is a non-ASCII space, `Err` with the offset after it.
    #[inline(never)]
    fn token_at(&self, pos: usize, class: u8) -> Result<Token, usize> {
        let (class, len) = if class == HIGH {
            self.class_at(pos)
        } else {
            (class, 1)
        };
        Ok(match class {
            SPACE => return Err(pos + len),
            c if c & ALNUM != 0 => self.word(pos, c),
            HIGH => self.other(pos, SYMBOL, len), // a lone mark
            _ => self.other(pos, class, len),
        })
    }
}

/// Whether a token of this kind, starting with byte `first`, may end a sentence: an
/// abbreviation, or punctuation starting with `. ? !` (or the lead byte of `。！？`).
#[inline]
pub(crate) fn may_end_sentence(kind: TokenKind, first: u8) -> bool {
    // Without branches: the mix of words and punctuation is irregular.
    (kind == TokenKind::Abbreviation)
        | ((kind == TokenKind::Punct) & TERMINATOR_LEAD[first as usize])
}

/// First bytes of the punctuation tokens that may end a sentence: `.` `...` `?` `!` and the
/// lead bytes of `。` (E3) and `！` `？` (EF).
static TERMINATOR_LEAD: [bool; 256] = {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'?' as usize] = true;
    t[b'!' as usize] = true;
    t[0xE3] = true;
    t[0xEF] = true;
    t
};

/// Receives, as the tokenizer makes them, the tokens that sentence segmentation looks at.
pub(crate) trait Marks {
    /// Token `index` has a line break in the gap before it.
    fn line_break(&mut self, index: usize);
    /// Token `index` may end a sentence ([`may_end_sentence`]).
    fn candidate(&mut self, index: usize);
}

/// No marks: plain tokenization (the calls compile away).
impl Marks for () {
    #[inline(always)]
    fn line_break(&mut self, _: usize) {}
    #[inline(always)]
    fn candidate(&mut self, _: usize) {}
}

/// All tokens of `text`, collected.
///
/// The same scan as the [`Tokenizer`] iterator, written as one loop that pushes each token
/// where it is made.
pub fn tokenize(text: &str) -> Vec<Token> {
    tokenize_marked(text, &mut ())
}

/// [`tokenize`], telling `marks` about line breaks and possible sentence ends on the way.
#[inline(always)]
pub(crate) fn tokenize_marked(text: &str, marks: &mut impl Marks) -> Vec<Token> {
    let scanner = Tokenizer::new(text);
    let bytes = text.as_bytes();
    // News prose has about one token per five bytes; a little more room avoids regrowing the
    // vector (a copy of everything so far) for about half of the articles.
    let mut out = Vec::with_capacity(text.len() / 4 + 16);
    let mut pos = 0;
    let mut line_break = false; // since the last token
    while let Some(&b) = bytes.get(pos) {
        let class = CLASS[b as usize];
        if class == SPACE {
            line_break |= b == b'\n';
            pos += 1;
            continue;
        }
        // Each path yields the token's fields rather than a `Token`: merging whole tokens made
        // the compiler assemble them on the stack byte by byte and read them back at once, a
        // store-forwarding stall per token; fields stay in registers.
        let fast = if class & ASCII_ALNUM != 0 {
            Some(scanner.ascii_word_fields(pos, class))
        } else if class & (PUNCT | SYMBOL) != 0 {
            scanner.ascii_punct_fields(pos, class)
        } else {
            None
        };
        let (end, kind, shape) = match fast {
            Some(fields) => fields,
            None => match scanner.token_at(pos, class) {
                Ok(token) => (token.end, token.kind, token.shape),
                Err(next) => {
                    pos = next;
                    continue;
                }
            },
        };
        let index = out.len();
        out.push(Token {
            start: pos as u32,
            end,
            kind,
            shape,
        });
        if line_break {
            marks.line_break(index);
            line_break = false;
        }
        if may_end_sentence(kind, b) {
            marks.candidate(index);
        }
        pos = end as usize;
        // Most tokens are followed by one space: step over it here rather than through the
        // class lookup and line-break bookkeeping of the loop's head.
        pos += usize::from(bytes.get(pos) == Some(&b' '));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::check_spans;
    use TokenKind::*;
    use proptest::prelude::*;

    /// (text, expected tokens as `text/Kind` joined by spaces; `W` word, `N` number,
    /// `A` abbreviation, `P` punct, `S` symbol).
    const TABLE: &[(&str, &str)] = &[
        ("don't stop", "don't/W stop/W"),
        ("Putin’s war", "Putin’s/W war/W"),
        ("full-blown al-Assad", "full-blown/W al-Assad/W"),
        ("the students' union", "the/W students/W '/P union/W"),
        ("'quoted'", "'/P quoted/W '/P"),
        (
            "U.S. and U.K. and U.S.A.",
            "U.S./A and/W U.K./A and/W U.S.A./A",
        ),
        // Two capitals without their last period; not more, nor before a letter; an initial
        // touching the capitalised word after it.
        (
            "the U.S, the U.S-China talks, A.Bc R.I.P W.Va. M.Sc.",
            "the/W U.S/A ,/P the/W U.S/A -/P China/W talks/W ,/P A/W ./P Bc/W R./A I./A P/W W./A Va./A M/W ./P Sc/W ./P",
        ),
        ("e.g. this, i.e. that", "e.g./A this/W ,/P i.e./A that/W"),
        // An ampersand joins capitals it touches, not words or spaced names.
        (
            "AT&T, Texas A&M. R&D; rock&roll, Marks & Spencer",
            "AT&T/W ,/P Texas/W A&M/W ./P R&D/W ;/P rock/W &/S roll/W ,/P Marks/W &/S Spencer/W",
        ),
        ("at 10 a.m. today", "at/W 10/N a.m./A today/W"),
        (
            "Mr. Smith met Dr. Jones",
            "Mr./A Smith/W met/W Dr./A Jones/W",
        ),
        ("George W. Bush", "George/W W./A Bush/W"),
        ("Sept. 11 and Jan. 6", "Sept./A 11/N and/W Jan./A 6/N"),
        ("Acme Inc.", "Acme/W Inc./A"),
        ("94,000 people", "94,000/N people/W"),
        ("1,234.56 and 3.5", "1,234.56/N and/W 3.5/N"),
        (
            "items 3,4 and 12,5000",
            "items/W 3/N ,/P 4/N and/W 12/N ,/P 5000/N",
        ),
        ("2022-01-10", "2022-01-10/N"),
        (
            "1.2m and 10.30am and 5th",
            "1.2m/N and/W 10.30am/N and/W 5th/N",
        ),
        ("a 10-year-old", "a/W 10-year-old/W"),
        ("COVID-19 cases", "COVID-19/W cases/W"),
        ("$5 or 5% or €5", "$/S 5/N or/W 5/N %/S or/W €/S 5/N"),
        ("wait... what?!", "wait/W .../P what/W ?!/P"),
        ("a -- b - c", "a/W --/P b/W -/P c/W"),
        ("end.Next", "end/W ./P Next/W"),
        ("example.com", "example/W ./P com/W"),
        ("(See above.)", "(/P See/W above/W ./P )/P"),
        ("\"No.\"", "\"/P No./A \"/P"),
        ("said no.", "said/W no/W ./P"),
        ("café naïve Zürich", "café/W naïve/W Zürich/W"),
        ("e\u{301}te\u{301}", "e\u{301}te\u{301}/W"),
        ("北京 东京", "北京/W 东京/W"),
        (
            "hi 👍🏽 there 👨\u{200d}👩\u{200d}👧",
            "hi/W 👍🏽/S there/W 👨\u{200d}👩\u{200d}👧/S",
        ),
        ("I. II. A.", "I./A II/W ./P A./A"),
        ("tab\there\u{0}nul", "tab/W here/W nul/W"),
        ("Gov't", "Gov't/W"),
        ("🎉\u{200d} x", "🎉\u{200d}/S x/W"),
        ("Co.'s", "Co./A '/P s/W"),
        ("U.S.-led", "U.S./A -/P led/W"),
    ];

    fn short(kind: TokenKind) -> &'static str {
        match kind {
            Word => "W",
            Number => "N",
            Abbreviation => "A",
            Punct => "P",
            Symbol => "S",
        }
    }

    #[test]
    fn descriptive_endings() {
        for (word, len) in [
            ("Texas-based", "-based".len()),
            ("Putin-led", "-led".len()),
            ("U.S.-backed", "-backed".len()),
            ("Soviet-era", "-era".len()),
            ("Al-Qaeda-linked", "-linked".len()),
            ("Prize-winner", "-winner".len()),
            ("Harvard-educated", "-educated".len()),
            ("Vancouver-bound", "-bound".len()),
            // Not an ending of the list, nor one in capitals or with nothing before it.
            ("Texas-Mexico", 0),
            ("Coca-Cola", 0),
            ("Wi-Fi", 0),
            ("Home-Run", 0),
            ("-based", 0),
            ("Texas--based", 0),
            ("based", 0),
        ] {
            assert_eq!(descriptive_ending_len(word.as_bytes()), len, "{word}");
        }
    }

    #[test]
    fn tokenizer_table() {
        for &(text, expected) in TABLE {
            let tokens = tokenize(text);
            check_spans(text, tokens.iter().map(|t| t.span()));
            let got: Vec<String> = tokens
                .iter()
                .map(|t| format!("{}/{}", t.text(text), short(t.kind)))
                .collect();
            assert_eq!(got.join(" "), expected, "{text:?}");
        }
    }

    /// (token, flags that must be set, flags that must not be set).
    const SHAPES: &[(&str, Shape, Shape)] = &[
        (
            "Putin",
            Shape::CAPITALIZED.union(Shape::HAS_ALPHA),
            Shape::ALL_CAPS,
        ),
        (
            "NATO",
            Shape::CAPITALIZED.union(Shape::ALL_CAPS),
            Shape::LOWER_START,
        ),
        (
            "U.S.",
            Shape::CAPITALIZED.union(Shape::ALL_CAPS),
            Shape::HAS_DIGIT,
        ),
        ("iPhone", Shape::LOWER_START, Shape::CAPITALIZED),
        (
            "COVID-19",
            Shape::ALL_CAPS
                .union(Shape::HAS_DIGIT)
                .union(Shape::HAS_HYPHEN),
            Shape::empty(),
        ),
        (
            "don't",
            Shape::HAS_APOSTROPHE.union(Shape::LOWER_START),
            Shape::HAS_HYPHEN,
        ),
        (
            "Élysée",
            Shape::CAPITALIZED.union(Shape::NON_ASCII),
            Shape::ALL_CAPS,
        ),
        (
            "ÉLYSÉE",
            Shape::ALL_CAPS.union(Shape::NON_ASCII),
            Shape::LOWER_START,
        ),
        ("94,000", Shape::HAS_DIGIT, Shape::HAS_ALPHA),
        (
            "北京",
            Shape::HAS_ALPHA,
            Shape::CAPITALIZED
                .union(Shape::LOWER_START)
                .union(Shape::ALL_CAPS),
        ),
    ];

    #[test]
    fn shape_table() {
        for &(text, yes, no) in SHAPES {
            let tokens = tokenize(text);
            assert_eq!(tokens.len(), 1, "{text:?}: {tokens:?}");
            let shape = tokens[0].shape;
            assert!(shape.contains(yes), "{text:?}: {shape:?} lacks {yes:?}");
            assert_eq!(
                shape.bits() & no.bits(),
                0,
                "{text:?}: {shape:?} has some of {no:?}"
            );
        }
    }

    /// The scan without the fast paths: every token through [`Tokenizer::word`] /
    /// [`Tokenizer::other`] and every char class from [`char_class`].
    fn tokenize_reference(text: &str) -> Vec<Token> {
        let t = Tokenizer::new(text);
        let mut out = Vec::new();
        let mut pos = 0;
        while pos < text.len() {
            let c = t.char_at(pos);
            let (class, len) = if c.is_ascii() {
                (CLASS[c as usize], 1)
            } else {
                (char_class(c), c.len_utf8())
            };
            let token = match class {
                SPACE => {
                    pos += len;
                    continue;
                }
                c if c & ALNUM != 0 => t.word(pos, c),
                HIGH => t.other(pos, SYMBOL, len),
                _ => t.other(pos, class, len),
            };
            pos = token.end as usize;
            out.push(token);
        }
        out
    }

    const PIECES: &[&str] = &[
        "a",
        "Ab",
        "NATO",
        "x1",
        "5th",
        "12",
        "3",
        " ",
        " ",
        "\n",
        ".",
        ".",
        ",",
        "-",
        "'",
        "’",
        "U.S.",
        "Mr.",
        "Inc",
        "e.g.",
        "94,000",
        "1,2",
        "é",
        "Ж",
        "ß",
        "İ",
        "北",
        "e\u{301}",
        "\u{200d}",
        "🎉",
        "\u{a0}",
        "$",
        "?",
        "!",
        "\u{0}",
        "Sept",
        "W",
        "vs",
        "7.",
        "abcdefghij",
        "ABCDEFGHIJKLMNOP",
    ];

    fn any_text() -> impl Strategy<Value = String> {
        prop_oneof![
            any::<String>(),
            prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|p| p.concat()),
        ]
    }

    proptest! {
        #[test]
        fn fast_paths_match_the_reference(text in any_text()) {
            let expected = tokenize_reference(&text);
            prop_assert_eq!(&tokenize(&text), &expected);
            prop_assert_eq!(&Tokenizer::new(&text).collect::<Vec<_>>(), &expected);
        }
    }

    #[test]
    fn longest_abbreviations_are_known() {
        for word in ["Messrs", "approx", "Thurs", "Calif"] {
            assert!(word.len() <= MAX_ABBREVIATION_LEN);
            assert!(abbreviation_class(word).is_some(), "{word}");
        }
    }

    #[test]
    fn two_byte_table_matches_char_properties() {
        for code in 0x80..0x800u32 {
            let c = char::from_u32(code).unwrap();
            let text = c.to_string();
            let got = Tokenizer::new(&text).class_at(0);
            assert_eq!(got, (char_class(c), 2), "U+{code:04X}");
        }
    }

    #[test]
    fn three_byte_tables_match_char_properties() {
        for c in ('\u{2000}'..='\u{206F}').chain(['\u{FFFD}', '\u{2070}', '\u{20AC}', '\u{FFFC}']) {
            let text = c.to_string();
            let got = Tokenizer::new(&text).class_at(0);
            assert_eq!(got, (char_class(c), 3), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn in_span_stays_inside() {
        let text = "Alpha beta. Gamma delta.";
        let span = ByteSpan::new(6, 11);
        let got: Vec<&str> = Tokenizer::in_span(text, span)
            .map(|t| t.text(text))
            .collect();
        assert_eq!(got, ["beta", "."]);
    }
}
