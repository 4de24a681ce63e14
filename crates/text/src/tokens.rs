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
    Some(match word {
        "Mr" | "Mrs" | "Ms" | "Mx" | "Messrs" | "Mme" | "Mlle" | "Dr" | "Prof" | "Gen" | "Lt"
        | "Col" | "Sgt" | "Capt" | "Cpt" | "Maj" | "Adm" | "Cmdr" | "Cdr" | "Brig" | "Pvt"
        | "Cpl" | "Rep" | "Reps" | "Sen" | "Sens" | "Gov" | "Govs" | "Pres" | "Rev" | "Hon"
        | "Fr" | "Msgr" | "Supt" | "Det" | "Insp" | "Atty" | "St" | "Ste" | "Mt" | "Ft" | "No"
        | "Nos" | "Nr" | "Vol" | "Art" | "Sec" | "Fig" => Title,
        "vs" | "v" | "cf" | "viz" | "e.g" | "i.e" | "E.g" | "I.e" => Continuation,
        "Jan" | "Feb" | "Mar" | "Apr" | "Jun" | "Jul" | "Aug" | "Sep" | "Sept" | "Oct" | "Nov"
        | "Dec" => Month,
        "Inc" | "Corp" | "Ltd" | "Co" | "Cos" | "Bros" | "Jr" | "Sr" | "Esq" | "Plc" | "etc"
        | "al" | "approx" | "est" | "Ave" | "Blvd" | "Rd" | "Dept" | "Univ" | "Assn" | "Mon"
        | "Tue" | "Tues" | "Wed" | "Thu" | "Thurs" | "Fri" | "Sat" | "Sun" | "Ala" | "Ariz"
        | "Ark" | "Calif" | "Colo" | "Conn" | "Del" | "Fla" | "Ga" | "Ill" | "Ind" | "Kan"
        | "Kans" | "Ky" | "La" | "Md" | "Mich" | "Minn" | "Miss" | "Mo" | "Mont" | "Neb"
        | "Nev" | "Okla" | "Ore" | "Pa" | "Tenn" | "Tex" | "Va" | "Vt" | "Wash" | "Wis" | "Wyo" => {
            Other
        }
        _ => return None,
    })
}

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
        let b = self.text.as_bytes()[i];
        let class = CLASS[b as usize];
        if class != HIGH {
            return (class, 1);
        }
        let c = self.char_at(i);
        let len = c.len_utf8();
        let class = if c.is_alphabetic() {
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
            HIGH // marks extend words; alone they are symbols
        } else if is_unicode_punct(c) {
            PUNCT
        } else {
            SYMBOL
        };
        (class, len)
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
        let bytes = self.text.as_bytes();
        let end = self.end;
        let mut seen = 0u8; // union of the classes of the word's chars
        let mut shape = Shape::empty();
        let mut joined = false;
        let mut i = start;
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
                b',' if prev_digit && self.thousands_group(i + 1) => 1,
                b'.' if !joined && seen & DIGIT == 0 => {
                    // Abbreviations keep their period.
                    let abbrev_end = self.dotted_letters(start, i).or_else(|| {
                        let single_capital = i - start == 1 && first_class == UPPER;
                        (!self.is_alnum_at(i + 1)
                            && (single_capital
                                || abbreviation_class(&self.text[start..i]).is_some()))
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

    /// `,` joins digits when exactly three digits follow (`94,000`), not in lists (`3,4`).
    #[inline]
    fn thousands_group(&self, i: usize) -> bool {
        (0..3).all(|k| self.byte(i + k).is_ascii_digit()) && !self.byte(i + 3).is_ascii_digit()
    }

    /// `U.S.`, `e.g.`, `U.S.A.`: single letters each followed by a period, two or more.
    /// `start..dot` is the first letter, `dot` its period. Returns the end of the last period.
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
        (n >= 2 && !self.is_alnum_at(k + 1)).then_some(k + 1)
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

    // Inlined into the caller's loop so the token stays in registers (returning it through
    // memory cost a store-forwarding stall per token).
    #[inline(always)]
    fn next(&mut self) -> Option<Token> {
        let bytes = self.text.as_bytes();
        while self.pos < self.end {
            let b = bytes[self.pos];
            let class = CLASS[b as usize];
            if class == SPACE {
                self.pos += 1;
                continue;
            }
            let (class, len) = if class == HIGH {
                self.class_at(self.pos)
            } else {
                (class, 1)
            };
            let token = match class {
                SPACE => {
                    self.pos += len;
                    continue;
                }
                c if c & ALNUM != 0 => self.word(self.pos, c),
                HIGH => self.other(self.pos, SYMBOL, len), // a lone mark
                _ => self.other(self.pos, class, len),
            };
            self.pos = token.end as usize;
            return Some(token);
        }
        None
    }
}

/// All tokens of `text`, collected.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    out.extend(Tokenizer::new(text));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::check_spans;
    use TokenKind::*;

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
        ("e.g. this, i.e. that", "e.g./A this/W ,/P i.e./A that/W"),
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
