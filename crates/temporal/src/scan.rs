//! The scanner: one pass over the tokens, each position tried against the date patterns.
//!
//! Most tokens cannot open a date, so [`Scanner::run`] first asks a cheap filter
//! ([`Scanner::may_start`]): numbers, abbreviations and words with a hyphen or apostrophe pass;
//! other words pass when their bit is set in [`OPENERS`], a Bloom filter over the words that
//! open a pattern (one 8-byte load, an OR that folds case and a multiply; about one word in seven
//! of news passes, nearly half of them "the" and "a"). An article passes only when the next
//! word may follow it in a date (a unit, a part of a period, an ordinal, a number: a second
//! filter, [`FOLLOWERS`]). Only there are the patterns tried, and they
//! look up the [`Class`] of the words they read (a look-up in a compile-time table of packed
//! keys) when they read them: no class is computed or stored for the other tokens. The look-up
//! is written with as few data-dependent branches as it can (such branches follow the text and
//! are mispredicted): one load and SWAR arithmetic for the key, a fixed number of table slots
//! compared at once.

use chrono::{Datelike, Duration, Months, NaiveDate};
use text::swar::{ascii_lower_u64, ascii_lower_u128};
use text::{ByteSpan, Shape, TextView, Token, TokenKind};

use crate::{TimexMention, Value};

/// What a word means to the scanner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// 1–12; `abbr` for "Jan", "Sept".
    Month(u32, bool),
    /// 0 = Monday.
    Weekday(u32),
    /// Day offset from the reference: yesterday −1, today 0, tomorrow +1.
    DayWord(i8),
    Rel(Rel),
    /// early / mid / late / end / beginning … (a part of a period; kept in the span).
    Part,
    /// earlier / later (before "this week").
    Aside,
    Unit(Unit),
    Season,
    Ago,
    /// A number word: "two", "a".
    Count(u32),
    /// Words after which a bare year reads as a year: prepositions and determiners.
    Lead,
    /// "of", "the" (skipped inside some patterns; also leads).
    Of,
    The,
    /// Future markers for a bare weekday.
    Future,
    /// The first word of a holiday name ("Christmas", "New Year's Day").
    Holiday,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rel {
    Last,
    Next,
    This,
    /// coming / upcoming: the next one after the reference.
    Coming,
    /// past (as in "this past Monday"): the latest one before the reference.
    Past,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Day,
    Week,
    Weekend,
    Month,
    Year,
    Decade,
}

/// The scanner's words, sorted by bytes (binary search); all lower-case ASCII.
const WORDS: &[(&[u8], Class)] = {
    use Class::*;
    &[
        (b"a", Count(1)),
        (b"after", Lead),
        (b"ago", Ago),
        (b"an", Count(1)),
        (b"and", Lead),
        (b"apr", Month(4, true)),
        (b"april", Month(4, false)),
        (b"at", Lead),
        (b"aug", Month(8, true)),
        (b"august", Month(8, false)),
        (b"autumn", Season),
        (b"before", Lead),
        (b"beginning", Part),
        (b"between", Lead),
        (b"black", Holiday),
        (b"by", Lead),
        (b"christmas", Holiday),
        (b"circa", Lead),
        (b"coming", Rel(self::Rel::Coming)),
        (b"cyber", Holiday),
        (b"day", Unit(self::Unit::Day)),
        (b"days", Unit(self::Unit::Day)),
        (b"dec", Month(12, true)),
        (b"decade", Unit(self::Unit::Decade)),
        (b"decades", Unit(self::Unit::Decade)),
        (b"december", Month(12, false)),
        (b"due", Future),
        (b"during", Lead),
        (b"earlier", Aside),
        (b"early", Part),
        (b"easter", Holiday),
        (b"eight", Count(8)),
        (b"eleven", Count(11)),
        (b"end", Part),
        (b"expected", Future),
        (b"fall", Season),
        (b"feb", Month(2, true)),
        (b"february", Month(2, false)),
        (b"fifteen", Count(15)),
        (b"fifty", Count(50)),
        // "fiscal 1997": a company's or a government's year.
        (b"fiscal", Lead),
        (b"five", Count(5)),
        (b"following", Rel(self::Rel::Next)),
        (b"for", Lead),
        (b"forty", Count(40)),
        (b"four", Count(4)),
        (b"friday", Weekday(4)),
        (b"from", Lead),
        (b"halloween", Holiday),
        (b"her", Lead),
        (b"his", Lead),
        (b"hundred", Count(100)),
        (b"in", Lead),
        (b"its", Lead),
        (b"jan", Month(1, true)),
        (b"january", Month(1, false)),
        (b"jul", Month(7, true)),
        (b"july", Month(7, false)),
        (b"jun", Month(6, true)),
        (b"june", Month(6, false)),
        (b"last", Rel(self::Rel::Last)),
        (b"late", Part),
        (b"later", Aside),
        (b"mar", Month(3, true)),
        (b"march", Month(3, false)),
        (b"may", Month(5, false)),
        (b"mid", Part),
        (b"middle", Part),
        (b"monday", Weekday(0)),
        (b"month", Unit(self::Unit::Month)),
        (b"months", Unit(self::Unit::Month)),
        (b"new", Holiday),
        (b"next", Rel(self::Rel::Next)),
        (b"nine", Count(9)),
        (b"nov", Month(11, true)),
        (b"november", Month(11, false)),
        (b"oct", Month(10, true)),
        (b"october", Month(10, false)),
        (b"of", Of),
        (b"on", Lead),
        (b"one", Count(1)),
        (b"or", Lead),
        (b"our", Lead),
        (b"past", Rel(self::Rel::Past)),
        (b"planned", Future),
        (b"plans", Future),
        (b"previous", Rel(self::Rel::Last)),
        (b"saturday", Weekday(5)),
        (b"scheduled", Future),
        (b"sep", Month(9, true)),
        (b"sept", Month(9, true)),
        (b"september", Month(9, false)),
        (b"seven", Count(7)),
        (b"shall", Future),
        (b"since", Lead),
        (b"six", Count(6)),
        (b"spring", Season),
        (b"start", Part),
        (b"summer", Season),
        (b"sunday", Weekday(6)),
        (b"ten", Count(10)),
        (b"thanksgiving", Holiday),
        (b"that", Lead),
        (b"the", The),
        (b"their", Lead),
        (b"thirty", Count(30)),
        (b"this", Rel(self::Rel::This)),
        (b"three", Count(3)),
        (b"through", Lead),
        (b"thursday", Weekday(3)),
        (b"till", Lead),
        (b"to", Lead),
        (b"today", DayWord(0)),
        (b"tomorrow", DayWord(1)),
        (b"tonight", DayWord(0)),
        (b"tuesday", Weekday(1)),
        (b"twelve", Count(12)),
        (b"twenty", Count(20)),
        (b"two", Count(2)),
        (b"until", Lead),
        (b"upcoming", Rel(self::Rel::Coming)),
        (b"valentine's", Holiday),
        ("valentine’s".as_bytes(), Holiday),
        (b"wednesday", Weekday(2)),
        (b"week", Unit(self::Unit::Week)),
        (b"weekend", Unit(self::Unit::Weekend)),
        (b"weeks", Unit(self::Unit::Week)),
        (b"will", Future),
        (b"winter", Season),
        (b"won't", Future),
        (b"year", Unit(self::Unit::Year)),
        (b"years", Unit(self::Unit::Year)),
        (b"yesterday", DayWord(-1)),
    ]
};

/// Longest word of [`WORDS`].
const MAX_WORD: usize = 13;

/// Bytes in a packed key ([`pack`]); at least [`MAX_WORD`].
const KEY_BYTES: usize = 16;

/// A word packed into an integer, first byte most significant and zero-padded, so that integer
/// order is the byte order of the words.
const fn pack(w: &[u8]) -> u128 {
    let mut key = 0u128;
    let mut i = 0;
    while i < KEY_BYTES {
        key <<= 8;
        if i < w.len() {
            key |= w[i] as u128;
        }
        i += 1;
    }
    key
}

/// Slots of the open-addressing table over [`WORDS`] (a power of two, about four per word).
const SLOTS: usize = 512;

/// The home slot of a packed key (Fibonacci hashing of its two halves).
const fn slot(key: u128) -> usize {
    let h = ((key >> 64) as u64 ^ key as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> (64 - SLOTS.trailing_zeros())) as usize
}

/// The byte of a [`TABLE`] slot that holds its word's index: the last byte of a packed key,
/// always zero as no listed word has [`KEY_BYTES`] bytes.
const INDEX_BYTE: u128 = 0xFF;

const _: () = assert!(MAX_WORD < KEY_BYTES && WORDS.len() < 255);

/// [`WORDS`] by packed key, linear probing: each slot holds a key with the index of its word
/// plus one in its last byte ([`INDEX_BYTE`]; 0 = empty). Built at compile time; a look-up
/// costs about one integer comparison. Key and index in one integer halve the table (16 bytes
/// a slot, not a padded 32: fewer cache misses) and make one load that the comparison and the
/// index both use (with the index a load of its own, the compiler loaded it only after the
/// comparison, behind a branch per slot).
const TABLE: [u128; SLOTS] = {
    let mut table = [0u128; SLOTS];
    let mut i = 0;
    while i < WORDS.len() {
        let key = pack(WORDS[i].0);
        let mut s = slot(key);
        while table[s] != 0 {
            s = (s + 1) & (SLOTS - 1);
        }
        table[s] = key | (i + 1) as u128;
        i += 1;
    }
    table
};

/// Slots a look-up compares, from a key's home: every word of [`TABLE`] sits within them
/// (checked at compile time below).
const PROBE: usize = 3;

/// For the first two letters of a word ([`pair_index`]), the lengths (bits) of the listed
/// words of two bytes or more that start with them: a first test in [`lookup`].
const WORD_PAIRS: [u32; 1024] = {
    let mut t = [0u32; 1024];
    let mut i = 0;
    while i < WORDS.len() {
        let w = WORDS[i].0;
        assert!(w.len() <= MAX_WORD && MAX_WORD < 32);
        if w.len() >= 2 {
            t[pair_index(w[0], w[1])] |= 1 << w.len();
        }
        i += 1;
    }
    t
};

const _: () = {
    // Each word's distance from its home slot, under linear probing.
    let mut i = 0;
    while i < SLOTS {
        let entry = TABLE[i];
        if entry != 0 {
            let home = slot(entry & !INDEX_BYTE);
            assert!((i + SLOTS - home) & (SLOTS - 1) < PROBE);
        }
        i += 1;
    }
};

fn classify(word: &str) -> Class {
    classify_bytes(word.as_bytes(), word.as_bytes())
}

/// [`classify`] of a word's bytes (any case, trailing periods ignored); `rest` is the text from
/// the word's start on (the word is a prefix of it), which lets [`lookup`] read the word with
/// one fixed-size load.
fn classify_bytes(word: &[u8], rest: &[u8]) -> Class {
    debug_assert!(rest.starts_with(word));
    let mut w = word;
    while let [rest @ .., b'.'] = w {
        w = rest;
    }
    // "Friday's ruling", "last year's summit": the possessive names the same date. The last
    // two bytes are compared at once: "'s", or "s" after the last byte of "’" (0x99; then the
    // whole "’s" is checked). A test of the last byte alone would go either way on the many
    // plurals.
    let last_two = match w {
        [.., a, b] => u16::from_be_bytes([*a, *b]),
        _ => 0,
    };
    let bare = if last_two == u16::from_be_bytes(*b"'s") {
        w.strip_suffix(b"'s")
    } else if last_two == u16::from_be_bytes([0x99, b's']) {
        w.strip_suffix("’s".as_bytes())
    } else {
        None
    }
    .filter(|b| !b.is_empty());
    if let Some(b) = bare {
        let c = lookup(b, rest);
        if matches!(
            c,
            Class::Weekday(_)
                | Class::Month(_, false)
                | Class::DayWord(_)
                | Class::Unit(_)
                | Class::Season
        ) {
            return c;
        }
    }
    lookup(w, rest)
}

/// The class of a word (bytes, any case) in [`WORDS`]; `rest` as for [`classify_bytes`].
///
/// Written to branch as little as possible on the word itself (such branches follow the text
/// and are mispredicted): the key is read with one load and lower-cased in a register, and the
/// [`PROBE`] slots from its home are compared all at once.
fn lookup(w: &[u8], rest: &[u8]) -> Class {
    // (The last byte first: few words end in "l", so the branch is predictable.)
    if w.last() == Some(&b'l') && (w.ends_with(b"'ll") || w.ends_with("’ll".as_bytes())) {
        return Class::Future;
    }
    let n = w.len();
    if n == 0 || n > MAX_WORD {
        return Class::Other;
    }
    // Most words asked are not listed ("people", "percent", "million" after a number): their
    // first two letters and length turn them away before the key is made and the slots read.
    if let [a, b, ..] = w
        && WORD_PAIRS[pair_index(*a, *b)] >> n & 1 == 0
    {
        return Class::Other;
    }
    // Most words fit eight bytes: read and lower-case them in 64-bit arithmetic (the same key).
    let key = match rest.first_chunk::<8>() {
        Some(chunk) if n <= 8 => {
            let head = u64::from_be_bytes(*chunk) & (u64::MAX << (8 * (8 - n)));
            u128::from(ascii_lower_u64(head)) << 64
        }
        _ => ascii_lower_u128(raw_key(w, rest)),
    };
    let home = slot(key);
    let mut found = 0u8;
    for k in 0..PROBE {
        let entry = TABLE[(home + k) & (SLOTS - 1)];
        // An empty slot has index 0 and adds nothing; keys are distinct, so one slot at most
        // matches. (Whether one does is the one branch left that follows the text: a quarter
        // of the words of news are listed.)
        found |= (entry & INDEX_BYTE) as u8 * u8::from(entry & !INDEX_BYTE == key);
    }
    match found {
        0 => Class::Other,
        i => WORDS[usize::from(i) - 1].1,
    }
}

/// The word `w` (1 to [`KEY_BYTES`] bytes, a prefix of `rest`) zero-padded and read big-endian,
/// as [`pack`] packs it, but not lower-cased. Away from the end of the text that is one 16-byte
/// load with the bytes after the word masked off: no loop whose length varies with the word.
fn raw_key(w: &[u8], rest: &[u8]) -> u128 {
    let n = w.len();
    match rest.first_chunk::<KEY_BYTES>() {
        Some(chunk) => u128::from_be_bytes(*chunk) & (u128::MAX << (8 * (KEY_BYTES - n))),
        None => {
            let mut buf = [0u8; KEY_BYTES];
            buf[..n].copy_from_slice(w);
            u128::from_be_bytes(buf)
        }
    }
}

/// Digits only, 1 to 4 of them: their value and count.
fn digits(s: &str) -> Option<(u32, usize)> {
    if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok().map(|v| (v, s.len()))
}

/// A day of the month: "10", "04th", "1st"; of a range of days, the first: "10-11", "3–4" (as
/// in "Jan. 10-11").
fn day_number(s: &str) -> Option<u32> {
    if let Some((first, last)) = s.split_once(['-', '\u{2013}']) {
        return (day_number(last).is_some_and(|l| day_number(first).is_some_and(|f| f < l)))
            .then(|| day_number(first))
            .flatten();
    }
    let core = s
        .strip_suffix("st")
        .or_else(|| s.strip_suffix("nd"))
        .or_else(|| s.strip_suffix("rd"))
        .or_else(|| s.strip_suffix("th"))
        .unwrap_or(s);
    let (v, n) = digits(core)?;
    (n <= 2 && (1..=31).contains(&v)).then_some(v)
}

/// Whether a word may be an ordinal of [`day_word`]: every one is 5 ("first") to 14
/// ("twenty-seventh") bytes long and ends in "st", "nd", "rd" or "th". Turns most words away
/// before any copying.
fn maybe_ordinal(b: &[u8]) -> bool {
    let [.., x, y] = b else {
        return false;
    };
    let tail = u16::from_be_bytes([x.to_ascii_lowercase(), y.to_ascii_lowercase()]);
    let [st, nd, rd, th] = [b"st", b"nd", b"rd", b"th"].map(|t| u16::from_be_bytes(*t));
    // `&` and `|`, not `&&` and `||`: one branch-free test (most words fail it, unpredictably).
    (5..=14).contains(&b.len()) & ((tail == st) | (tail == nd) | (tail == rd) | (tail == th))
}

/// An ordinal word for a day ("first" … "thirty-first").
fn day_word(s: &str) -> Option<u32> {
    if !maybe_ordinal(s.as_bytes()) {
        return None;
    }
    let mut buf = [0u8; 16];
    for (b, c) in buf.iter_mut().zip(s.bytes()) {
        *b = c.to_ascii_lowercase();
    }
    let lw = std::str::from_utf8(&buf[..s.len()]).ok()?;
    let (tens, unit) = match lw.split_once('-') {
        Some(("twenty", u)) => (20, u),
        Some(("thirty", u)) => (30, u),
        None => (0, lw),
        _ => return None,
    };
    let u = match unit {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" if tens == 0 => 10,
        "eleventh" if tens == 0 => 11,
        "twelfth" if tens == 0 => 12,
        "thirteenth" if tens == 0 => 13,
        "fourteenth" if tens == 0 => 14,
        "fifteenth" if tens == 0 => 15,
        "sixteenth" if tens == 0 => 16,
        "seventeenth" if tens == 0 => 17,
        "eighteenth" if tens == 0 => 18,
        "nineteenth" if tens == 0 => 19,
        "twentieth" if tens == 0 => 20,
        "thirtieth" if tens == 0 => 30,
        _ => return None,
    };
    let v = tens + u;
    (v <= 31).then_some(v)
}

/// A four-digit year in the range news writes about.
fn year_number(s: &str) -> Option<i32> {
    let (v, n) = digits(s)?;
    (n == 4 && (1000..=2199).contains(&v)).then_some(v as i32)
}

/// A word in lower case that a number before it counts: "year" ("a 2000 year old …"), a plural
/// noun ("1709 schoolchildren", "2000 people"; not a verb in "-s": "2014 was", "2014 marks").
fn counts_a_thing(w: &str) -> bool {
    matches!(w, "year" | "years" | "people" | "men" | "women")
        || w.ends_with("children")
        || w.len() > 4
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("is")
            && !w.ends_with("us")
            && !matches!(
                w,
                "marks" | "makes" | "seems" | "looks" | "remains" | "means" | "brings" | "sees"
            )
}

/// "1990s" → 1990, and as some write it "1990's" or "1990’s".
fn decade_number(s: &str) -> Option<i32> {
    let s = s.strip_suffix('s')?;
    let s = s
        .strip_suffix('\'')
        .or_else(|| s.strip_suffix('\u{2019}'))
        .unwrap_or(s);
    let y = year_number(s)?;
    (y % 10 == 0).then_some(y)
}

fn ymd(y: i32, m: u32, d: u32) -> Option<Value> {
    NaiveDate::from_ymd_opt(y, m, d).map(|_| Value::Ymd(y, m, d))
}

fn day_value(d: NaiveDate) -> Value {
    Value::Ymd(d.year(), d.month(), d.day())
}

/// A holiday with a fixed rule, as news in English names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Holiday {
    /// Month and day.
    Fixed(u32, u32),
    /// Easter Sunday (Western churches).
    Easter,
    /// US Thanksgiving: the fourth Thursday of November, and days after it (Black Friday +1,
    /// Cyber Monday +4).
    Thanksgiving(i64),
}

impl Holiday {
    fn date(self, y: i32) -> Option<NaiveDate> {
        match self {
            Holiday::Fixed(m, d) => NaiveDate::from_ymd_opt(y, m, d),
            Holiday::Easter => easter(y),
            Holiday::Thanksgiving(after) => {
                let first = NaiveDate::from_ymd_opt(y, 11, 1)?;
                let to_thu = (3 + 7 - i64::from(first.weekday().num_days_from_monday())) % 7;
                first.checked_add_signed(Duration::days(to_thu + 21 + after))
            }
        }
    }
}

/// Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus).
fn easter(y: i32) -> Option<NaiveDate> {
    if y < 1583 {
        return None;
    }
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(y, month as u32, day as u32)
}

/// The day of the reference's week, moved a week by "last" / "next".
fn week_of(r: NaiveDate, rel: Rel) -> Option<NaiveDate> {
    let n = match rel {
        Rel::Last => -7,
        Rel::Next | Rel::Coming => 7,
        Rel::This | Rel::Past => 0,
    };
    r.checked_add_signed(Duration::days(n))
}

/// The weekday `wd` (0 = Monday) of the week that holds `d`.
fn day_in_week(d: NaiveDate, wd: u32) -> Option<NaiveDate> {
    let off = i64::from(wd) - i64::from(d.weekday().num_days_from_monday());
    d.checked_add_signed(Duration::days(off))
}

fn add_months(d: NaiveDate, n: i32) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_months(Months::new(n as u32))
    } else {
        d.checked_sub_months(Months::new(n.unsigned_abs()))
    }
}

/// Whether a listed word of this class may open a date pattern.
const fn opens(class: Class) -> bool {
    !matches!(
        class,
        Class::Lead
            | Class::Of
            | Class::Future
            | Class::Unit(_)
            | Class::Season
            | Class::Ago
            | Class::Other
    )
}

/// The bit of [`OPENERS`] for a word of `n` bytes whose first (up to) eight bytes, lower-cased
/// and zero-padded, read big-endian, are `head`.
const fn opener_bit(head: u64, n: usize) -> usize {
    let h = (head ^ n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> (64 - OPENER_BITS.trailing_zeros())) as usize
}

/// Bits of the [`OPENERS`] filter (a power of two): 2 KiB, for about a hundred words. With a
/// quarter of that, common words such as "have" shared a bit with an opener, and each of them
/// went to the patterns.
const OPENER_BITS: usize = 16384;

/// The ordinal words [`day_word`] reads without a hyphen ("twenty-first" has one).
const ORDINALS: [&[u8]; 21] = [
    b"first",
    b"second",
    b"third",
    b"fourth",
    b"fifth",
    b"sixth",
    b"seventh",
    b"eighth",
    b"ninth",
    b"tenth",
    b"eleventh",
    b"twelfth",
    b"thirteenth",
    b"fourteenth",
    b"fifteenth",
    b"sixteenth",
    b"seventeenth",
    b"eighteenth",
    b"nineteenth",
    b"twentieth",
    b"thirtieth",
];

/// How many words [`opener_word`] looks at: the listed words, then the [`ORDINALS`].
const OPENER_CANDIDATES: usize = WORDS.len() + ORDINALS.len();

/// The `i`-th of the listed words and the [`ORDINALS`], when it may open a date (its class
/// [`opens`] one; every ordinal does): what [`OPENER_PAIRS`] and [`OPENERS`] are built from.
const fn opener_word(i: usize) -> Option<&'static [u8]> {
    if i >= WORDS.len() {
        Some(ORDINALS[i - WORDS.len()])
    } else if opens(WORDS[i].1) {
        Some(WORDS[i].0)
    } else {
        None
    }
}

/// The index of [`OPENER_PAIRS`] for a word whose first two bytes are `a` and `b`: five bits
/// of each (a letter's place in the alphabet, either case).
const fn pair_index(a: u8, b: u8) -> usize {
    ((((a | 0x20) & 0x1F) as usize) << 5) | ((b | 0x20) & 0x1F) as usize
}

/// For the first two letters of a word ([`pair_index`]), the lengths (bits; 31 for longer) of
/// the words of [`OPENERS`] that start with them, "a", "an" and "the" included. A cheaper first
/// test than the Bloom filter (one load, a shift), which turns away five words in six of news;
/// a one-letter word sets its length for any second byte (the byte after the word).
const OPENER_PAIRS: [u32; 1024] = {
    let mut t = [0u32; 1024];
    let mut i = 0;
    while i < OPENER_CANDIDATES {
        if let Some(w) = opener_word(i) {
            let len = if w.len() < 31 { w.len() } else { 31 };
            if w.len() >= 2 {
                t[pair_index(w[0], w[1])] |= 1 << len;
            } else {
                let mut b = 0;
                while b < 32 {
                    t[pair_index(w[0], b)] |= 1 << len;
                    b += 1;
                }
            }
        }
        i += 1;
    }
    t
};

/// A one-hash Bloom filter, keyed by their first eight bytes and length, over the words that
/// may open a date without a hyphen or apostrophe: the listed words of a class that [`opens`]
/// one and the [`ORDINALS`]. A word whose bit is clear is none of them. Another word finds its
/// bit set by chance about once in 160.
const OPENERS: [u64; OPENER_BITS / 64] = {
    let mut bits = [0u64; OPENER_BITS / 64];
    let mut i = 0;
    while i < OPENER_CANDIDATES {
        if let Some(w) = opener_word(i) {
            let b = opener_bit(case_folded((pack(w) >> 64) as u64, w.len()), w.len());
            bits[b / 64] |= 1 << (b % 64);
        }
        i += 1;
    }
    bits
};

/// Whether the word of `n` bytes at the start of `rest` (the text from the word on), a word
/// token without hyphen or apostrophe, may open a date: true for every such word that
/// [`Scanner::at`] accepts, and for a few more (the patterns turn those away). One look at the
/// [`OPENERS`] filter, in 64-bit arithmetic, without a table look-up. (The scanner asks
/// [`opener`], which also tells the articles apart.)
#[cfg(test)]
fn listed_opener(n: usize, rest: &[u8]) -> bool {
    opener(n, rest) != Opener::No
}

/// What the [`OPENERS`] filter says of a word, telling the articles apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Opener {
    No,
    /// "a", "an" or "the" (any case): a date starts there only before one of [`FOLLOWERS`].
    Article,
    /// Any other word whose bit is set in [`OPENERS`] (or a word near the end of the text).
    Yes,
}

/// Whether the word of `n` bytes at the start of `rest` (the text from the word on), a word
/// token without hyphen or apostrophe, may open a date, and whether it is an article: every
/// such word that [`Scanner::at`] accepts is `Yes` or `Article`, and so are a few more (the
/// patterns turn those away). One look at the [`OPENERS`] filter, in 64-bit arithmetic, without
/// a table look-up.
fn opener(n: usize, rest: &[u8]) -> Opener {
    // Within eight bytes of the end of the text: let the patterns decide.
    let Some(chunk) = rest.first_chunk::<8>() else {
        return if n > 0 { Opener::Yes } else { Opener::No };
    };
    let key = case_folded(u64::from_be_bytes(*chunk), n);
    if !in_filter(&OPENERS, key, n) {
        Opener::No
    } else if ARTICLES.contains(&key) {
        Opener::Article
    } else {
        Opener::Yes
    }
}

/// Whether the bit of a word (its key as [`case_folded`] gives it, and its length) is set in a
/// filter like [`OPENERS`].
fn in_filter(filter: &[u64; OPENER_BITS / 64], key: u64, n: usize) -> bool {
    let b = opener_bit(key, n);
    filter[b / 64] >> (b % 64) & 1 != 0
}

/// The keys of "a", "an" and "the" in [`OPENERS`] ([`case_folded`] is exact on letters: only
/// these words in some case have them).
const ARTICLES: [u64; 3] = [
    case_folded((pack(b"a") >> 64) as u64, 1),
    case_folded((pack(b"an") >> 64) as u64, 2),
    case_folded((pack(b"the") >> 64) as u64, 3),
];

/// The Bloom filter of [`OPENERS`] over the words that may follow an article that opens a date:
/// the units ("a year ago"), the parts of a period ("the end of May") and the ordinals ("the
/// fifth of May"); see [`Scanner::may_follow_article`].
const FOLLOWERS: [u64; OPENER_BITS / 64] = {
    let mut bits = [0u64; OPENER_BITS / 64];
    let mut i = 0;
    while i < WORDS.len() + ORDINALS.len() {
        let (w, follower) = if i < WORDS.len() {
            (
                WORDS[i].0,
                matches!(WORDS[i].1, Class::Unit(_) | Class::Part),
            )
        } else {
            (ORDINALS[i - WORDS.len()], true)
        };
        if follower {
            let b = opener_bit(case_folded((pack(w) >> 64) as u64, w.len()), w.len());
            bits[b / 64] |= 1 << (b % 64);
        }
        i += 1;
    }
    bits
};

/// The first `n` bytes (up to eight) of `head` with bit 5 (0x20) set in each, the bytes after
/// them zeroed: the key of [`OPENERS`]. Setting the bit lower-cases an ASCII capital and keeps
/// a lower-case letter; other bytes may change too, but a word and its lower-cased form always
/// get the same key, which is all a Bloom filter over lower-case words needs (a word that is
/// not listed may only share a bit more often). One OR, where exact ASCII lower-casing
/// ([`ascii_lower_u64`]) takes ten instructions, for nearly every word of the text.
const fn case_folded(head: u64, n: usize) -> u64 {
    const CASE_BIT: u64 = (u64::MAX / 0xFF) * 0x20;
    (head | CASE_BIT) & (u64::MAX << (8 * 8usize.saturating_sub(n)))
}

pub(crate) struct Scanner<'a> {
    text: &'a str,
    toks: &'a [Token],
    view: &'a TextView,
    reference: Option<NaiveDate>,
}

impl<'a> Scanner<'a> {
    pub(crate) fn new(text: &'a str, view: &'a TextView, reference: Option<NaiveDate>) -> Self {
        Scanner {
            text,
            toks: &view.tokens,
            view,
            reference,
        }
    }

    /// A scanner of `view`'s first `tokens` tokens only, which resolves nothing.
    pub(crate) fn head(text: &'a str, view: &'a TextView, tokens: usize) -> Self {
        Scanner {
            text,
            toks: &view.tokens[..tokens.min(view.tokens.len())],
            view,
            reference: None,
        }
    }

    pub(crate) fn run(&self) -> Vec<TimexMention> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            // Most tokens cannot open a date: skip them after a cheap test of their bytes.
            match (i..self.toks.len()).find(|&j| self.may_start(j)) {
                Some(j) => i = j,
                None => break,
            }
            match self.at(i) {
                Some((end, value)) if end > i => {
                    let span =
                        ByteSpan::new(self.toks[i].span().start, self.toks[end - 1].span().end);
                    out.push(value.mention(span));
                    i = end;
                }
                _ => i += 1,
            }
        }
        out
    }

    /// Whether a date pattern may start at token `t`: a cheap filter in front of
    /// [`Scanner::at`] that never turns away a token where a pattern starts, but lets some
    /// others through (`at` turns those away).
    fn may_start(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        // Hyphenated words ("mid-2020") and words with an apostrophe ("Friday's": the class
        // may be the stem's) go to the patterns; so do abbreviations ("Jan.") and numbers.
        // (The shape bits come from the normalised text, where a hyphen or apostrophe of the
        // text is still one.)
        const JOINED: u8 = Shape::HAS_HYPHEN.union(Shape::HAS_APOSTROPHE).bits();
        match t.kind {
            TokenKind::Word if t.shape.bits() & JOINED == 0 => {
                // (A token lies within the text: the filter reads its length and the text
                // from its start, no slice of the word is made.)
                let span = t.span();
                let rest = self.text.as_bytes().get(span.start..).unwrap_or_default();
                // Most words are turned away by their first two letters and length alone
                // (near the end of the text, [`opener`] lets every word through).
                if let [a, b, _, _, _, _, _, _, ..] = rest
                    && OPENER_PAIRS[pair_index(*a, *b)] >> span.len().min(31) & 1 == 0
                {
                    return false;
                }
                match opener(span.len(), rest) {
                    Opener::No => false,
                    Opener::Yes => true,
                    // Nearly half the words that pass the filter are articles, and nearly
                    // every one of them opens nothing: a look at the next word turns most of
                    // them away before the patterns.
                    Opener::Article => self.may_follow_article(i + 1),
                }
            }
            TokenKind::Word | TokenKind::Abbreviation | TokenKind::Number => true,
            TokenKind::Punct | TokenKind::Symbol => false,
        }
    }

    /// Whether token `i` may follow an article ("a", "an", "the") that opens a date: every
    /// pattern that starts at an article reads the next token as a unit ("a year ago"), a part
    /// of a period ("the end of May"), an ordinal ("the fifth of May") or a decade ("the
    /// 1990s"). True for every such token, and for any token but a plain word (letters only,
    /// no period at its end) whose bit is clear in [`FOLLOWERS`]; false past the last token.
    fn may_follow_article(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        const NOT_PLAIN: u8 = Shape::HAS_DIGIT
            .union(Shape::HAS_HYPHEN)
            .union(Shape::HAS_APOSTROPHE)
            .union(Shape::NON_ASCII)
            .bits();
        let bytes = self.text.as_bytes();
        let span = t.span();
        if t.kind != TokenKind::Word
            || t.shape.bits() & NOT_PLAIN != 0
            || span.end.checked_sub(1).and_then(|e| bytes.get(e)) == Some(&b'.')
        {
            return true;
        }
        let rest = bytes.get(span.start..).unwrap_or_default();
        let Some(chunk) = rest.first_chunk::<8>() else {
            return true;
        };
        let n = span.len();
        in_filter(&FOLLOWERS, case_folded(u64::from_be_bytes(*chunk), n), n)
    }

    fn word(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }

    /// The class of token `i` (`Other` for numbers, punctuation and past the end).
    ///
    /// Looked up when a pattern asks, not stored for every token: patterns only run at the few
    /// tokens that pass [`Scanner::may_start`], and read only the classes of their neighbours.
    fn class(&self, i: usize) -> Class {
        let Some(t) = self.toks.get(i) else {
            return Class::Other;
        };
        match t.kind {
            TokenKind::Word | TokenKind::Abbreviation => {
                let bytes = self.text.as_bytes();
                let span = t.span();
                let w = bytes.get(span.start..span.end).unwrap_or_default();
                classify_bytes(w, &bytes[span.start.min(bytes.len())..])
            }
            _ => Class::Other,
        }
    }

    /// Is the number at token `i` a clock's hour, a colon and minutes glued after it ("10:30";
    /// not "on Monday, Oct. 26: The murder …")?
    fn clock_after(&self, i: usize) -> bool {
        self.is(i + 1, ":")
            && self.adjacent(i)
            && self.adjacent(i + 1)
            && self
                .toks
                .get(i + 2)
                .is_some_and(|t| t.kind == TokenKind::Number)
    }

    fn is(&self, i: usize, s: &str) -> bool {
        self.word(i).eq_ignore_ascii_case(s)
    }

    fn capitalized(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.shape.contains(Shape::CAPITALIZED))
    }

    /// Tokens `i` and `i + 1` touch (no space between them).
    fn adjacent(&self, i: usize) -> bool {
        match (self.toks.get(i), self.toks.get(i + 1)) {
            (Some(a), Some(b)) => a.span().end == b.span().start,
            _ => false,
        }
    }

    /// A date pattern starting at token `i`: the end token (exclusive) and the value.
    fn at(&self, i: usize) -> Option<(usize, Value)> {
        let t = self.toks.get(i)?;
        match t.kind {
            TokenKind::Number => self.number_at(i),
            TokenKind::Word | TokenKind::Abbreviation => self.word_at(i),
            _ => None,
        }
    }

    fn number_at(&self, i: usize) -> Option<(usize, Value)> {
        let w = self.word(i);
        // 2022-01-10, 2018-7-6, 01-10-2022
        if w.contains('-') {
            return self.dashed(w).map(|v| (i + 1, v));
        }
        // 01/10/2022, 2022/01/10
        if self.is(i + 1, "/") && self.adjacent(i) && self.adjacent(i + 1) {
            return self.slashed(i);
        }
        // "2 weeks ago"
        if let Some(n) = count_number(w)
            && let Some(found) = self.ago_at(i, n)
        {
            return Some(found);
        }
        // 10 Jan 2022, 4th of July
        if let Some(d) = day_number(w) {
            let mut j = i + 1;
            if self.class(j) == Class::Of {
                j += 1;
            } else if self.is(j, ".") && self.adjacent(i) {
                // "24. Jul, 2012": the day written as an ordinal with a period.
                j += 1;
            }
            if let Class::Month(m, _) = self.class(j) {
                return Some(self.after_day_month(j + 1, m, d));
            }
        }
        // ("the 1970's": with an apostrophe only after "the"; "2010's earthquake" is of the
        // year, "1000's of" thousands.)
        if let Some(y) = decade_number(w)
            && (w.ends_with("0s") || i > 0 && self.class(i - 1) == Class::The)
        {
            return Some((i + 1, Value::Decade(y)));
        }
        let y = year_number(w)?;
        self.bare_year_ok(i).then_some((i + 1, Value::Y(y)))
    }

    /// Whether a lone four-digit number reads as a year here ("in 2014", not "Room 1990" or
    /// "about 2014 people").
    fn bare_year_ok(&self, i: usize) -> bool {
        let next = self.toks.get(i + 1);
        if next.is_some_and(|n| {
            let s = n.text(self.text);
            s == "%" || s.eq_ignore_ascii_case("percent") || s.eq_ignore_ascii_case("per")
        }) {
            return false;
        }
        // "(1930 GMT)", "at 0600 local": a time of the day's 24 hours, not a year.
        if next.is_some_and(|n| {
            matches!(
                n.text(self.text),
                "GMT"
                    | "UTC"
                    | "ET"
                    | "EST"
                    | "EDT"
                    | "CET"
                    | "CEST"
                    | "BST"
                    | "PST"
                    | "PDT"
                    | "CST"
                    | "CDT"
                    | "MST"
                    | "MDT"
                    | "hrs"
                    | "hours"
                    | "local"
            )
        }) && self.toks[i]
            .text(self.text)
            .get(2..)
            .and_then(|minutes| minutes.parse::<u32>().ok())
            .is_some_and(|minutes| minutes < 60)
        {
            return false;
        }
        let Some(p) = i.checked_sub(1) else {
            return true;
        };
        // "Resolutions 2254 and 2118": a number joined by "and" to one of four digits that is
        // no year is none either.
        if p >= 1
            && matches!(self.toks[p].text(self.text), "and" | "or")
            && self.toks[p - 1].kind == TokenKind::Number
            && self.toks[p - 1].span().len() == 4
            && (year_number(self.toks[p - 1].text(self.text)).is_none()
                || !self.bare_year_ok(p - 1))
        {
            return false;
        }
        let prev = &self.toks[p];
        let pc = self.class(p);
        let leads = matches!(
            pc,
            Class::Lead
                | Class::Of
                | Class::The
                | Class::Part
                | Class::Month(..)
                | Class::Rel(_)
                | Class::Season
                | Class::Count(1)
        );
        // "a 2000 year old tradition", "a survey of 1709 schoolchildren": after "a", or after
        // "of" after a word for many, a number before what it counts is no year ("the spring of
        // 2016 voters", "the election of 2012 looms" keep it).
        let many_of = || {
            p >= 1
                && matches!(
                    self.toks[p - 1].text(self.text),
                    "total" | "survey" | "sample" | "group" | "crowd" | "poll" | "resolution"
                )
        };
        if (pc == Class::Count(1) || pc == Class::Of && many_of())
            && next.is_some_and(|n| {
                n.kind == TokenKind::Word && n.is_lower_start() && counts_a_thing(n.text(self.text))
            })
        {
            return false;
        }
        match prev.kind {
            TokenKind::Symbol | TokenKind::Number => return false,
            // "Room 1990", "Flight 2014": a name with a number, unless the word opens the
            // sentence ("Since 2014", "During 1990").
            TokenKind::Word | TokenKind::Abbreviation
                if !leads
                    && prev.shape.contains(Shape::CAPITALIZED)
                    && self
                        .view
                        .sentence_at(prev.span().start)
                        .is_none_or(|s| self.view.sentences[s].start != prev.span().start) =>
            {
                return false;
            }
            TokenKind::Abbreviation if !leads => return false,
            _ => {}
        }
        // "the company's 1989 results"
        let leads = leads
            || (prev.kind == TokenKind::Word && {
                let w = prev.text(self.text);
                w.ends_with("'s") || w.ends_with("’s")
            });
        let next_leads = matches!(self.class(i + 1), Class::Lead | Class::Of);
        if next.is_some_and(|n| n.kind == TokenKind::Word && n.is_lower_start())
            && !leads
            && !next_leads
        {
            return false;
        }
        true
    }

    fn dashed(&self, w: &str) -> Option<Value> {
        let mut parts = w.split('-');
        let (a, b, c) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() {
            return None;
        }
        self.triple(a, b, c)
    }

    /// Three parts of a written date ("2022", "01", "10" or "05", "Aug", "2016") in any order
    /// that news and forms use: Y-M-D, M/D/Y (D/M/Y when the first part cannot be a month), and
    /// any order when the month is a word.
    fn triple(&self, a: &str, b: &str, c: &str) -> Option<Value> {
        let month_word = |s: &str| match classify(s) {
            Class::Month(m, _) => Some(m),
            _ => None,
        };
        let parts = [a, b, c];
        if let Some(mi) = parts.iter().position(|p| month_word(p).is_some()) {
            let m = month_word(parts[mi])?;
            let mut year = None;
            let mut day = None;
            for (k, p) in parts.iter().enumerate() {
                if k == mi {
                    continue;
                }
                match digits(p)? {
                    (v, 4) => year = Some(v as i32),
                    (v, 1 | 2) => day = Some(v),
                    _ => return None,
                }
            }
            return ymd(year?, m, day?);
        }
        let (a, b, c) = (digits(a)?, digits(b)?, digits(c)?);
        if a.1 == 4 && b.1 <= 2 && c.1 <= 2 {
            ymd(a.0 as i32, b.0, c.0)
        } else if a.1 <= 2 && b.1 <= 2 && (c.1 == 4 || c.1 == 2) {
            let y = if c.1 == 2 {
                self.two_digit_year(c.0)
            } else {
                c.0 as i32
            };
            if a.0 > 12 {
                ymd(y, b.0, a.0)
            } else {
                ymd(y, a.0, b.0)
            }
        } else {
            None
        }
    }

    /// "03/18/40": the century that keeps the year at most ten years past the reference.
    fn two_digit_year(&self, yy: u32) -> i32 {
        let limit = self.reference.map_or(2040, |r| r.year() + 10);
        let y = 2000 + yy as i32;
        if y <= limit { y } else { y - 100 }
    }

    fn slashed(&self, i: usize) -> Option<(usize, Value)> {
        // Exactly three parts joined by slashes, nothing glued on either side.
        if !(self.is(i + 3, "/") && self.adjacent(i + 2) && self.adjacent(i + 3)) {
            return None;
        }
        if self.adjacent(i + 4) && self.is(i + 5, "/") {
            return None;
        }
        let v = self.triple(self.word(i), self.word(i + 2), self.word(i + 4))?;
        Some((i + 5, v))
    }

    /// After "10 Jan" / "4th of July" at `j`: an optional year.
    fn after_day_month(&self, j: usize, m: u32, d: u32) -> (usize, Value) {
        if let Some((end, y)) = self.year_after(j)
            && let Some(v) = ymd(y, m, d)
        {
            return (end, v);
        }
        (j, self.month_day(m, d, j.saturating_sub(1)))
    }

    /// ", 2022" / " 2022" / " of 2022" / " in 2022" at `j`.
    fn year_after(&self, j: usize) -> Option<(usize, i32)> {
        let mut k = j;
        if self.is(k, ",") || self.class(k) == Class::Of || self.is(k, "in") {
            k += 1;
        }
        let t = self.toks.get(k)?;
        if t.kind != TokenKind::Number {
            return None;
        }
        let y = year_number(t.text(self.text))?;
        Some((k + 1, y))
    }

    /// A month and day with no year, written at token `i`: the year that puts it nearest the
    /// reference, news reporting the past far more than it announces ([`Self::distance`]).
    fn month_day(&self, m: u32, d: u32, i: usize) -> Value {
        // "Feb 30" is written, but is no day of any year (2000 had a Feb 29).
        if NaiveDate::from_ymd_opt(2000, m, d).is_none() {
            return Value::Unresolved(3);
        }
        let Some(r) = self.reference else {
            return Value::Md(m, d);
        };
        let future = self.future_context(i);
        let mut best: Option<(i64, NaiveDate)> = None;
        for y in [r.year() - 1, r.year(), r.year() + 1] {
            if let Some(c) = NaiveDate::from_ymd_opt(y, m, d) {
                let dist = Self::distance((c - r).num_days(), future);
                if best.is_none_or(|(b, _)| dist < b) {
                    best = Some((dist, c));
                }
            }
        }
        match best {
            Some((_, c)) => day_value(c),
            None => Value::Md(m, d),
        }
    }

    /// A month with no year, written at token `i`: the one nearest the reference, as for
    /// [`Self::month_day`] (ties go to the past).
    fn month_alone(&self, m: u32, i: usize) -> Value {
        let Some(r) = self.reference else {
            return Value::Unresolved(2);
        };
        let future = self.future_context(i);
        let y = [r.year() - 1, r.year(), r.year() + 1]
            .into_iter()
            .min_by_key(|&y| {
                let months = (y - r.year()) * 12 + m as i32 - r.month() as i32;
                Self::distance(i64::from(months), future)
            })
            .unwrap_or(r.year());
        Value::Ym(y, m)
    }

    /// How far a date `ahead` days or months after the reference (negative: before it) is
    /// taken to be, for picking the year of a date written without one: what lies ahead counts
    /// twice, as news reports the past ("In March, the firm received …", "since the Oct. 23
    /// slaying"), unless the sentence speaks of the future ("will", "is due"); then what lies
    /// behind counts four times, as a plan for a time just past is rare ("will fly a mission
    /// in December", written in March).
    fn distance(ahead: i64, future: bool) -> i64 {
        match (ahead > 0, future) {
            (true, false) => 2 * ahead,
            (false, true) => -4 * ahead,
            _ => ahead.abs(),
        }
    }

    fn word_at(&self, i: usize) -> Option<(usize, Value)> {
        let w = self.word(i);
        let class = self.class(i);
        if class == Class::Holiday
            && let Some((end, h)) = self.holiday_at(i)
        {
            return Some(self.holiday_value(end, h, None));
        }
        // Ordinal words start with one of these letters ("first" … "thirtieth").
        if class == Class::Other
            && matches!(
                w.as_bytes().first().map(u8::to_ascii_lowercase),
                Some(b'e' | b'f' | b'n' | b's' | b't')
            )
            && let Some(n) = day_word(w)
            && let Some(found) = self.ordinal_at(i, n)
        {
            return Some(found);
        }
        match class {
            Class::Month(m, abbr) => self.month_at(i, m, abbr),
            Class::Weekday(wd) => {
                // "every Monday", "each Friday": a recurring set, not a date.
                let set = i
                    .checked_sub(1)
                    .is_some_and(|p| self.is(p, "every") || self.is(p, "each"));
                (!set).then(|| self.weekday_at(i, wd))
            }
            Class::DayWord(off) => {
                if !self.capitalized(i) && w.contains('-') {
                    return None;
                }
                let v = match self.reference {
                    Some(r) => day_value(r.checked_add_signed(Duration::days(off.into()))?),
                    None => Value::Unresolved(3),
                };
                Some((i + 1, v))
            }
            Class::Rel(rel) => self.relative_at(i, rel),
            Class::Part | Class::Aside => {
                // "early 2020", "late January", "the end of 2020", "later this year"
                let mut j = i + 1;
                if self.class(j) == Class::Of {
                    j += 1;
                }
                if self.class(j) == Class::The {
                    j += 1;
                }
                if j == i + 1 && matches!(self.class(i), Class::Part) && self.is(i, "end") {
                    // "end 2020" is not English; "end of 2020" is.
                    return None;
                }
                let (end, v) = self.at(j)?;
                Some((end, v))
            }
            Class::The => {
                // "the 1990s", "the end of the month" (a Part after "the").
                let j = i + 1;
                match self.class(j) {
                    Class::Part => {
                        let (end, v) = self.word_at(j)?;
                        Some((end, v))
                    }
                    _ if day_word(self.word(j)).is_some() => {
                        let (end, v) = self.word_at(j)?;
                        Some((end, v))
                    }
                    _ => {
                        let t = self.toks.get(j)?;
                        let d = decade_number(t.text(self.text))?;
                        Some((j + 1, Value::Decade(d)))
                    }
                }
            }
            Class::Count(n) => self.ago_at(i, n),
            Class::Other if w.bytes().any(|b| b == b'-') => {
                self.hyphenated(w, i).map(|v| (i + 1, v))
            }
            _ => None,
        }
    }

    /// A holiday name at `i`: its end token and rule.
    fn holiday_at(&self, i: usize) -> Option<(usize, Holiday)> {
        if self.class(i) != Class::Holiday {
            return None;
        }
        let eq = |k: usize, s: &str| self.is(k, s);
        // "day" / "eve" may follow; "New Year's" is one token with its 's.
        let (end, h) = if eq(i, "christmas") {
            if eq(i + 1, "eve") {
                (i + 2, Holiday::Fixed(12, 24))
            } else if eq(i + 1, "day") {
                (i + 2, Holiday::Fixed(12, 25))
            } else {
                (i + 1, Holiday::Fixed(12, 25))
            }
        } else if eq(i, "easter") {
            let end = if eq(i + 1, "sunday") { i + 2 } else { i + 1 };
            (end, Holiday::Easter)
        } else if eq(i, "thanksgiving") {
            let end = if eq(i + 1, "day") { i + 2 } else { i + 1 };
            (end, Holiday::Thanksgiving(0))
        } else if eq(i, "black") && eq(i + 1, "friday") {
            (i + 2, Holiday::Thanksgiving(1))
        } else if eq(i, "cyber") && eq(i + 1, "monday") {
            (i + 2, Holiday::Thanksgiving(4))
        } else if eq(i, "halloween") {
            (i + 1, Holiday::Fixed(10, 31))
        } else if (eq(i, "valentine's") || eq(i, "valentine’s")) && eq(i + 1, "day") {
            (i + 2, Holiday::Fixed(2, 14))
        } else if eq(i, "new") {
            let y = self.word(i + 1);
            let year_s = y.eq_ignore_ascii_case("year's") || y.eq_ignore_ascii_case("year’s");
            if year_s && eq(i + 2, "eve") {
                (i + 3, Holiday::Fixed(12, 31))
            } else if (year_s || y.eq_ignore_ascii_case("year")) && eq(i + 2, "day") {
                (i + 3, Holiday::Fixed(1, 1))
            } else {
                return None;
            }
        } else {
            return None;
        };
        // "Christmas trees", "Easter eggs": a thing named after the day, not the day.
        if end == i + 1
            && self
                .toks
                .get(end)
                .is_some_and(|t| t.kind == TokenKind::Word && t.is_lower_start())
            && self.class(end) == Class::Other
            && self.word(end).ends_with('s')
        {
            return None;
        }
        Some((end, h))
    }

    /// The date of a holiday: in the year written after it, else relative to the reference
    /// ("last Easter", or the nearest one).
    fn holiday_value(&self, end: usize, h: Holiday, rel: Option<Rel>) -> (usize, Value) {
        if rel.is_none()
            && let Some((e, y)) = self.year_after(end)
            && let Some(d) = h.date(y)
        {
            return (e, day_value(d));
        }
        let Some(r) = self.reference else {
            return (end, Value::Unresolved(3));
        };
        let cands = [r.year() - 1, r.year(), r.year() + 1].map(|y| h.date(y));
        let pick = match rel {
            Some(Rel::Last | Rel::Past) => cands.iter().flatten().filter(|d| **d < r).max(),
            Some(Rel::Next | Rel::Coming) => cands.iter().flatten().filter(|d| **d > r).min(),
            Some(Rel::This) => cands[1].as_ref(),
            None => cands
                .iter()
                .flatten()
                .min_by_key(|d| (**d - r).num_days().abs()),
        };
        (end, pick.map_or(Value::Unresolved(3), |d| day_value(*d)))
    }

    /// "mid-2020", "end-January", "mid-1990s", "third-quarter", "year-earlier", "05-Aug-2016".
    fn hyphenated(&self, w: &str, i: usize) -> Option<Value> {
        let (head, tail) = w.split_once('-')?;
        if let Some((b, c)) = tail.split_once('-') {
            return self.triple(head, b, c);
        }
        if let Some(q) = day_word(head).filter(|q| (1..=4).contains(q))
            && tail.eq_ignore_ascii_case("quarter")
        {
            return Some(self.quarter(q, i));
        }
        if head.eq_ignore_ascii_case("year")
            && (tail.eq_ignore_ascii_case("earlier") || tail.eq_ignore_ascii_case("ago"))
        {
            return Some(self.ago_value(Unit::Year, 1));
        }
        if classify(head) != Class::Part {
            return None;
        }
        if let Some(y) = year_number(tail) {
            return Some(Value::Y(y));
        }
        if let Some(y) = decade_number(tail) {
            return Some(Value::Decade(y));
        }
        match classify(tail) {
            Class::Month(m, false) => Some(self.month_alone(m, i)),
            _ => None,
        }
    }

    /// A quarter with no year: one that has begun by the reference date, unless the sentence
    /// of token `i` speaks of the future; then the nearest.
    fn quarter(&self, q: u32, i: usize) -> Value {
        match self.reference {
            Some(r) => {
                let first = 3 * q as i32 - 2;
                let mid = 3 * q as i32 - 1;
                let diff = mid - r.month() as i32;
                let y = if (first > r.month() as i32 && !self.future_context(i)) || diff > 6 {
                    r.year() - 1
                } else if diff < -6 {
                    r.year() + 1
                } else {
                    r.year()
                };
                Value::Quarter(y, q)
            }
            None => Value::Unresolved(1),
        }
    }

    /// After an ordinal word at `i`: "third quarter [of 1998]", "fourth of July".
    fn ordinal_at(&self, i: usize, n: u32) -> Option<(usize, Value)> {
        if (1..=4).contains(&n) && self.is(i + 1, "quarter") {
            if let Some((end, y)) = self.year_after(i + 2) {
                return Some((end, Value::Quarter(y, n)));
            }
            return Some((i + 2, self.quarter(n, i)));
        }
        if self.class(i + 1) == Class::Of
            && let Class::Month(m, _) = self.class(i + 2)
        {
            return Some(self.after_day_month(i + 3, m, n));
        }
        None
    }

    fn month_at(&self, i: usize, m: u32, abbr: bool) -> Option<(usize, Value)> {
        let mut j = i + 1;
        // "Jan ." written with a stray period after an unlisted abbreviation.
        if abbr && self.is(j, ".") && self.adjacent(i) {
            j += 1;
        }
        if let Some(t) = self.toks.get(j)
            && t.kind == TokenKind::Number
            && let Some(d) = day_number(t.text(self.text))
            && !self.clock_after(j)
        {
            // "January 10", "Jan. 10, 2022", "July 4th of 1995"
            if let Some((end, y)) = self.year_after(j + 1)
                && let Some(v) = ymd(y, m, d)
            {
                return Some((end, v));
            }
            return Some((j + 1, self.month_day(m, d, i)));
        }
        if let Some(t) = self.toks.get(j)
            && t.kind == TokenKind::Word
            && let Some(d) = day_word(t.text(self.text))
        {
            // "January first", "January first 2000"
            if let Some((end, y)) = self.year_after(j + 1)
                && let Some(v) = ymd(y, m, d)
            {
                return Some((end, v));
            }
            return Some((j + 1, self.month_day(m, d, i)));
        }
        if let Some((end, y)) = self.year_after(j)
            && !self.is(j, "in")
        {
            // "January 1998", "Jan, 2020"
            return Some((end, Value::Ym(y, m)));
        }
        // The month alone: only as a capitalised full name, and "May" / "March" only after a
        // word that asks for a time ("in May", "since March", "early May").
        if abbr || !self.capitalized(i) {
            return None;
        }
        if matches!(m, 3 | 5 | 8) {
            let p = i.checked_sub(1)?;
            if !matches!(
                self.class(p),
                Class::Lead | Class::Of | Class::Part | Class::Rel(_)
            ) {
                return None;
            }
        }
        Some((i + 1, self.month_alone(m, i)))
    }

    /// "Monday July 23", written with no year: of the years beside the one [`Self::month_day`]
    /// chose, the one in which that day is that weekday, if the chosen one's is not (a written
    /// year, in tokens `from..end`, stands).
    fn on_its_weekday(&self, v: Value, wd: u32, from: usize, end: usize) -> Value {
        let Value::Ymd(y, m, d) = v else {
            return v;
        };
        let on = |c: &NaiveDate| c.weekday().num_days_from_monday() == wd;
        let span = self.toks[from].span().start..self.toks[end - 1].span().end;
        let year_written = self.text[span]
            .as_bytes()
            .windows(4)
            .any(|w| w.iter().all(u8::is_ascii_digit));
        if year_written || NaiveDate::from_ymd_opt(y, m, d).is_none_or(|c| on(&c)) {
            return v;
        }
        [y - 1, y + 1]
            .into_iter()
            .filter_map(|y| NaiveDate::from_ymd_opt(y, m, d))
            .find(on)
            .map_or(v, day_value)
    }

    fn weekday_at(&self, i: usize, wd: u32) -> (usize, Value) {
        // "Friday, Aug. 7, 1998": the explicit date decides.
        let mut j = i + 1;
        if self.is(j, ",") {
            j += 1;
        }
        if matches!(self.class(j), Class::Month(..))
            || self
                .toks
                .get(j)
                .is_some_and(|t| t.kind == TokenKind::Number)
        {
            // "Friday 2018-7-6", "Friday, Aug. 7"
            if let Some((end, v)) = self.at(j)
                && matches!(v, Value::Ymd(..) | Value::Md(..))
                && !matches!(self.class(end), Class::Unit(_))
            {
                return (end, self.on_its_weekday(v, wd, j, end));
            }
        }
        // "Monday two weeks from now": that weekday in the week of the offset date.
        let n = match self.class(j) {
            Class::Count(n) => Some(n),
            _ => count_number(self.word(j)),
        };
        if let Some(n) = n
            && let Some((end, Value::Ymd(y, m, d))) = self.ago_at(j, n)
            && let Some(day) = NaiveDate::from_ymd_opt(y, m, d).and_then(|b| day_in_week(b, wd))
        {
            return (end, day_value(day));
        }
        // "Tuesday of next week", "Monday of the following week"
        let mut k = i + 1;
        if self.class(k) == Class::Of {
            k += 1;
            if self.class(k) == Class::The {
                k += 1;
            }
            if let Class::Rel(rel) = self.class(k)
                && self.is(k + 1, "week")
            {
                let Some(r) = self.reference else {
                    return (k + 2, Value::Unresolved(3));
                };
                if let Some(d) = week_of(r, rel).and_then(|b| day_in_week(b, wd)) {
                    return (k + 2, day_value(d));
                }
            }
        }
        // "Monday 21", "Tuesday the eleventh": the day of the month that falls on that weekday.
        let mut k = i + 1;
        if self.class(k) == Class::The {
            k += 1;
        }
        let dom = match self.toks.get(k) {
            _ if matches!(self.class(k + 1), Class::Unit(_)) => None,
            Some(t) if t.kind == TokenKind::Number && !self.clock_after(k) => {
                day_number(t.text(self.text))
            }
            Some(t) if t.kind == TokenKind::Word && k > i + 1 => day_word(t.text(self.text)),
            _ => None,
        };
        if let (Some(dom), Some(r)) = (dom, self.reference) {
            let hit = [-1, 0, 1].into_iter().find_map(|dm| {
                let d = add_months(r, dm)?.with_day(dom)?;
                (d.weekday().num_days_from_monday() == wd).then_some(d)
            });
            if let Some(d) = hit {
                return (k + 1, day_value(d));
            }
        }
        let v = match self.reference {
            Some(r) => {
                let future = self.future_context(i);
                let now = r.weekday().num_days_from_monday() as i64;
                let mut off = wd as i64 - now;
                if future && off < 0 {
                    off += 7;
                } else if !future && off > 0 {
                    off -= 7;
                }
                r.checked_add_signed(Duration::days(off))
                    .map_or(Value::Unresolved(3), day_value)
            }
            None => Value::Unresolved(3),
        };
        (i + 1, v)
    }

    /// Whether the words before token `i` in its sentence speak of the future.
    fn future_context(&self, i: usize) -> bool {
        let start = self
            .view
            .sentence_at(self.toks[i].span().start)
            .map_or(0, |s| self.view.sentence_token_range(s).start);
        let from = start.max(i.saturating_sub(12));
        (from..i).any(|k| self.class(k) == Class::Future)
            // (A deadline or the earliest time of what is still to come, right before the date:
            // "until 9 a.m. Tuesday", "as soon as Tuesday", "set to resume Monday"; not a
            // sentence's opening "Until Thursday, they had not called".)
            || (i.saturating_sub(4).max(start)..i).any(|k| {
                self.word(k) == "until"
                    || self.is(k, "soon") && k > 0 && self.is(k - 1, "as")
                    || self.is(k, "set") && self.is(k + 1, "to")
            })
            // (Or a date ahead earlier in the sentence: "next month, Italy in November, …,
            // Mexico in January"; not "next to".)
            || (start.max(i.saturating_sub(40))..i)
                .any(|k| self.word(k).eq_ignore_ascii_case("next") && !self.is(k + 1, "to"))
    }

    fn relative_at(&self, i: usize, rel: Rel) -> Option<(usize, Value)> {
        let mut j = i + 1;
        let mut rel = rel;
        // "this past Monday", "this coming Friday"
        if rel == Rel::This
            && let Class::Rel(r2 @ (Rel::Past | Rel::Coming)) = self.class(j)
        {
            rel = r2;
            j += 1;
        }
        let r = self.reference;
        match self.class(j) {
            Class::Weekday(wd) => {
                let Some(r) = r else {
                    return Some((j + 1, Value::Unresolved(3)));
                };
                let now = r.weekday().num_days_from_monday() as i64;
                let wd = wd as i64;
                let off = match rel {
                    Rel::Last => wd - now - 7,
                    Rel::Next => wd - now + 7,
                    Rel::This => wd - now,
                    Rel::Coming => {
                        if wd > now {
                            wd - now
                        } else {
                            wd - now + 7
                        }
                    }
                    Rel::Past => {
                        if wd < now {
                            wd - now
                        } else {
                            wd - now - 7
                        }
                    }
                };
                let d = r.checked_add_signed(Duration::days(off))?;
                Some((j + 1, day_value(d)))
            }
            Class::Unit(unit) => {
                // "the past year", "the previous week": durations or anaphora, not dates.
                // ("the previous week - Monday" names a day all the same.)
                let weekday_follows =
                    (j + 1..j + 3).any(|k| matches!(self.class(k), Class::Weekday(_)));
                if matches!(rel, Rel::Past)
                    || (self.word(i).eq_ignore_ascii_case("previous") && !weekday_follows)
                {
                    return None;
                }
                // "This Week", "Next Year" in mid-sentence capitals: a title, not a date.
                let sentence_start = self
                    .view
                    .sentence_at(self.toks[i].span().start)
                    .is_some_and(|k| self.view.sentences[k].start == self.toks[i].span().start);
                if self.capitalized(i) && self.capitalized(j) && !sentence_start {
                    return None;
                }
                let plural = self.word(j).ends_with('s')
                    && !self.word(j).ends_with("'s")
                    && !self.word(j).ends_with("’s");
                if plural && unit != Unit::Day {
                    return None;
                }
                let n: i32 = match rel {
                    Rel::Last => -1,
                    Rel::Next | Rel::Coming => 1,
                    _ => 0,
                };
                let Some(r) = r else {
                    let g = match unit {
                        Unit::Day => 3,
                        Unit::Week | Unit::Weekend => 0,
                        Unit::Month => 2,
                        Unit::Year | Unit::Decade => 1,
                    };
                    return Some((j + 1, Value::Unresolved(g)));
                };
                let v = match unit {
                    Unit::Day => return None,
                    Unit::Week | Unit::Weekend => {
                        let base = r.checked_add_signed(Duration::days(7 * i64::from(n)))?;
                        // "next week Wednesday", "previous week - Monday"
                        let mut k = j + 1;
                        if self.is(k, "-") || self.is(k, ",") {
                            k += 1;
                        }
                        if unit == Unit::Week
                            && let Class::Weekday(wd) = self.class(k)
                            && let Some(d) = day_in_week(base, wd)
                        {
                            return Some((k + 1, day_value(d)));
                        }
                        Value::Week(base)
                    }
                    Unit::Month => {
                        let d = add_months(r, n)?;
                        Value::Ym(d.year(), d.month())
                    }
                    Unit::Year => Value::Y(r.year() + n),
                    Unit::Decade => return None,
                };
                Some((j + 1, v))
            }
            Class::Holiday if self.holiday_at(j).is_some() => {
                let (end, h) = self.holiday_at(j)?;
                Some(self.holiday_value(end, h, Some(rel)))
            }
            // "last October", "this December" (but "this may" is a verb).
            Class::Month(m, false) if self.capitalized(j) => {
                let Some(r) = r else {
                    return Some((j + 1, Value::Unresolved(2)));
                };
                let now = r.month();
                let y = match rel {
                    Rel::Last | Rel::Past => {
                        if m < now {
                            r.year()
                        } else {
                            r.year() - 1
                        }
                    }
                    Rel::Next | Rel::Coming => {
                        if m > now {
                            r.year()
                        } else {
                            r.year() + 1
                        }
                    }
                    Rel::This => r.year(),
                };
                Some((j + 1, Value::Ym(y, m)))
            }
            Class::Season => {
                let Some(r) = r else {
                    return Some((j + 1, Value::Unresolved(1)));
                };
                // (The months a season of the northern year spans, the winter left out as it
                // runs into the next year: "this past spring" in October is this year's, "last
                // spring" the year before's, as TimeML reads it.)
                let months = match self.word(j).to_ascii_lowercase().as_str() {
                    "spring" => Some((3, 5)),
                    "summer" => Some((6, 8)),
                    "autumn" | "fall" => Some((9, 11)),
                    _ => None,
                };
                let now = r.month();
                let y = match (rel, months) {
                    (Rel::Past, Some((_, end))) if end < now => r.year(),
                    (Rel::Last | Rel::Past, _) => r.year() - 1,
                    (Rel::Next | Rel::Coming, Some((start, _))) if start > now => r.year(),
                    (Rel::Next | Rel::Coming, _) => r.year() + 1,
                    (Rel::This, _) => r.year(),
                };
                Some((j + 1, Value::Y(y)))
            }
            _ => None,
        }
    }

    /// "three years ago", "a decade ago", "2 weeks ago", "a year earlier", "two days after
    /// today", "3 weeks from tomorrow", "2 weeks before May 13 1999".
    fn ago_at(&self, i: usize, n: u32) -> Option<(usize, Value)> {
        let Class::Unit(unit) = self.class(i + 1) else {
            return None;
        };
        let k = i + 2;
        if self.class(k) == Class::Ago || self.is(k, "earlier") {
            return Some((k + 1, self.ago_value(unit, n)));
        }
        // "will leave in two weeks": a time ahead by that much, where the sentence speaks of
        // the future and "in" comes right before (not a span, see below).
        // (A span: "the first time in six years", "the first rise in six years", "the
        // highest level in two years", within three words before "in".)
        let span_before = (i.saturating_sub(4)..i.saturating_sub(1)).any(|k| {
            let w = self.word(k).to_ascii_lowercase();
            matches!(w.as_str(), "time" | "times" | "first" | "last") || w.ends_with("est")
        });
        if i > 0
            && self.word(i - 1) == "in"
            && !span_before
            && !matches!(unit, Unit::Decade | Unit::Weekend)
            && !matches!(self.class(k), Class::Unit(_))
            && !(self.is(k, "after") || self.is(k, "from") || self.is(k, "before"))
            && self.future_context(i - 1)
        {
            return Some((k, self.ahead_value(unit, n)));
        }
        let sign = if self.is(k, "after") || self.is(k, "from") {
            1
        } else if self.is(k, "before") {
            -1
        } else {
            return None;
        };
        // The anchor must be a date of its own, resolved to a day ("from now" is the reference).
        let (end, anchor) = if self.is(k + 1, "now") {
            (k + 2, self.reference.map(day_value)?)
        } else {
            self.at(k + 1)?
        };
        let Value::Ymd(y, m, d) = anchor else {
            return None;
        };
        let base = NaiveDate::from_ymd_opt(y, m, d)?;
        let n = i64::from(n.min(10_000)) * sign;
        let v = match unit {
            Unit::Day => day_value(base.checked_add_signed(Duration::days(n))?),
            Unit::Week | Unit::Weekend => {
                day_value(base.checked_add_signed(Duration::days(7 * n))?)
            }
            Unit::Month => day_value(add_months(base, n as i32)?),
            Unit::Year => day_value(add_months(base, 12 * n as i32)?),
            Unit::Decade => return None,
        };
        Some((end, v))
    }

    /// The date `n` units after the reference: a day for days and weeks ("in two weeks"), a
    /// month for months, a year for years.
    fn ahead_value(&self, unit: Unit, n: u32) -> Value {
        let Some(r) = self.reference else {
            return Value::Unresolved(match unit {
                Unit::Day | Unit::Week | Unit::Weekend => 3,
                Unit::Month => 2,
                _ => 1,
            });
        };
        let n = n.min(10_000) as i64;
        let v = match unit {
            Unit::Day => r.checked_add_signed(Duration::days(n)).map(day_value),
            Unit::Week | Unit::Weekend => {
                r.checked_add_signed(Duration::days(7 * n)).map(day_value)
            }
            Unit::Month => add_months(r, n as i32).map(|d| Value::Ym(d.year(), d.month())),
            Unit::Year => Some(Value::Y(r.year() + n as i32)),
            Unit::Decade => Some(Value::Y(r.year() + 10 * n as i32)),
        };
        v.unwrap_or(Value::Unresolved(1))
    }

    fn ago_value(&self, unit: Unit, n: u32) -> Value {
        let Some(r) = self.reference else {
            return Value::Unresolved(match unit {
                Unit::Day => 3,
                Unit::Month => 2,
                Unit::Week | Unit::Weekend => 0,
                _ => 1,
            });
        };
        let n = n.min(10_000) as i64;
        let v = match unit {
            Unit::Day => r.checked_sub_signed(Duration::days(n)).map(day_value),
            Unit::Week | Unit::Weekend => {
                r.checked_sub_signed(Duration::days(7 * n)).map(Value::Week)
            }
            Unit::Month => add_months(r, -(n as i32)).map(|d| Value::Ym(d.year(), d.month())),
            Unit::Year => Some(Value::Y(r.year() - n as i32)),
            Unit::Decade => Some(Value::Y(r.year() - 10 * n as i32)),
        };
        v.unwrap_or(Value::Unresolved(1))
    }
}

/// A count written in digits ("2 weeks ago").
fn count_number(s: &str) -> Option<u32> {
    digits(s).map(|(v, _)| v)
}

#[cfg(test)]
mod word_table {
    use super::*;

    #[test]
    fn sorted_lower_case_and_short() {
        assert!(WORDS.windows(2).all(|p| p[0].0 < p[1].0));
        assert!(WORDS.len() < 255 && WORDS.len() * 2 < SLOTS);
        for (w, c) in WORDS {
            assert_eq!(classify(std::str::from_utf8(w).unwrap()), *c);
            // Read with one load from a longer text, in capitals too.
            let upper = w.to_ascii_uppercase();
            for w in [w.to_vec(), upper] {
                let text = [&w[..], b" and more text"].concat();
                assert_eq!(classify_bytes(&text[..w.len()], &text), *c);
            }
        }
        for (w, _) in WORDS {
            assert!(w.len() <= MAX_WORD && w.iter().all(|b| !b.is_ascii_uppercase()));
        }
        assert_eq!(classify("Sept."), Class::Month(9, true));
        assert_eq!(classify("WEDNESDAY"), Class::Weekday(2));
        assert_eq!(classify("they'll"), Class::Future);
        assert_eq!(classify("Zebra"), Class::Other);
        assert_eq!(classify("Ünter"), Class::Other);
        // A word read with one load from a longer text.
        let text = b"On WEDNESDAY's morning, not Wednesdays";
        assert_eq!(classify_bytes(&text[3..14], &text[3..]), Class::Weekday(2));
        assert_eq!(classify_bytes(&text[3..12], &text[3..]), Class::Weekday(2));
        assert_eq!(classify_bytes(&text[28..38], &text[28..]), Class::Other);
        // The filter in front of the patterns lets every opener through, and turns most
        // other words away.
        let padded = |w: &[u8]| [w, b" and so on"].concat();
        for (w, c) in WORDS {
            let plain = !w.contains(&b'\'') && !w.contains(&0x99);
            assert!(!opens(*c) || !plain || listed_opener(w.len(), &padded(w)));
            // (Case is folded: "FRIDAY", "Friday".)
            let upper = w.to_ascii_uppercase();
            assert!(!opens(*c) || !plain || listed_opener(upper.len(), &padded(&upper)));
        }
        for w in ORDINALS {
            assert!(day_word(std::str::from_utf8(w).unwrap()).is_some());
            assert!(listed_opener(w.len(), &padded(w)));
        }
        for w in ["in", "of", "year", "said", "people", "government"] {
            assert!(!listed_opener(w.len(), &padded(w.as_bytes())), "{w}");
        }
        let text = "On Friday's call, Jan. 10, the fourth of July, mid-2020 and the 1990s, in \
                    Easter WEDNESDAY we'll see; the year's end and an early vote on Thirtieth \
                    street, in a tent";
        let view = TextView::new(text);
        let scanner = Scanner::new(text, &view, None);
        let mut turned_away = 0;
        for (i, t) in view.tokens.iter().enumerate() {
            let listed = match t.kind {
                TokenKind::Word | TokenKind::Abbreviation => opens(scanner.class(i)),
                TokenKind::Number => true,
                _ => false,
            };
            // An article passes only before a word that may follow it in a date.
            let article = matches!(
                t.text(text).to_ascii_lowercase().as_str(),
                "a" | "an" | "the"
            );
            if (listed && !article) || scanner.at(i).is_some() {
                assert!(scanner.may_start(i), "{}", t.text(text));
            } else if !scanner.may_start(i) {
                turned_away += 1;
            }
        }
        assert!(turned_away >= 5);
        let text = "The Monday of a year ago, the end of the game, a tent, an early sign, The \
                    Fifth of May and the";
        let view = TextView::new(text);
        let scanner = Scanner::new(text, &view, None);
        let passes: Vec<&str> = (0..view.tokens.len())
            .filter(|&i| scanner.may_start(i))
            .map(|i| view.tokens[i].text(text))
            .collect();
        // ("and the" is within eight bytes of the end of the text, where every word passes.)
        assert_eq!(
            passes,
            [
                "Monday", "a", "the", "end", "an", "early", "The", "Fifth", "May", "and", "the"
            ]
        );
        for b in 0..=255u8 {
            let x = u128::from_be_bytes([b; 16]);
            assert_eq!(
                ascii_lower_u128(x),
                u128::from_be_bytes([b.to_ascii_lowercase(); 16])
            );
            assert_eq!(
                ascii_lower_u64(x as u64),
                u64::from_be_bytes([b.to_ascii_lowercase(); 8])
            );
        }
    }
}
