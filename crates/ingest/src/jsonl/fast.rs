//! A one-pass reader for the usual shape of a JSONL line, with serde_json as the authority.
//!
//! Parsing a line with serde_json costs about 17 instructions per byte on news: each string is
//! scanned, copied run by run into a scratch buffer (a new one per line, regrown as it fills)
//! and copied again into its `String`, and each `\uXXXX` escape goes through a general decoder
//! (text read as UTF-16 once has one after every letter). This reader handles the lines that
//! make up nearly every input — one object whose known fields are strings or `null` (and `id`
//! possibly a plain integer), whose other fields are strings, numbers, booleans or `null`, with
//! no raw control character anywhere — and decodes each string straight into its `String`.
//!
//! It never decides anything serde_json would decide otherwise: whenever the line is not of
//! that shape (nested values, a duplicate field, a surrogate escape that is not a valid pair,
//! a key with escapes, a number `id` other than a small non-negative integer, bad syntax of any
//! kind) it gives up and the caller parses the line with serde_json as before, which makes
//! the decision and words any error.

use super::Line;
use memchr::{memchr, memchr2};
use serde_json::Value;

/// The fields of `line` as serde_json would deserialize them into a [`Line`], or `None` when
/// the line is not of the simple shape this reader handles (serde_json must decide then).
pub(super) fn parse(line: &str) -> Option<Line> {
    // Raw control chars are errors inside strings and rare outside them (a tab between tokens):
    // ruling them all out at once keeps the string scan down to `"` and `\`. Written as a fold
    // so that it compiles to a vector loop.
    if line.bytes().fold(false, |any, b| any | (b < 0x20)) {
        return None;
    }
    let mut p = Parser {
        text: line,
        bytes: line.as_bytes(),
        at: 0,
    };
    let mut out = Line::default();
    let mut seen = 0u8; // the known fields met so far, one bit each
    p.skip_space();
    p.expect(b'{')?;
    p.skip_space();
    if !p.eat(b'}') {
        loop {
            let key = p.plain_key()?;
            p.skip_space();
            p.expect(b':')?;
            p.skip_space();
            let field = FIELDS.iter().position(|&f| f == key);
            if let Some(k) = field {
                // serde's derive rejects a field given twice, even after a `null`.
                if seen & (1 << k) != 0 {
                    return None;
                }
                seen |= 1 << k;
            }
            match field {
                Some(ID) => out.id = p.id_value()?,
                Some(TEXT) => {
                    out.text = match p.peek() {
                        b'"' => Value::String(p.string()?),
                        b'n' => p.literal("null").map(|()| Value::Null)?,
                        _ => return None,
                    }
                }
                Some(URL) => out.url = p.optional_string()?,
                Some(TITLE) => out.title = p.optional_string()?,
                Some(PUBLISHED) => out.published = p.optional_string()?,
                Some(SOURCE) => out.source = p.optional_string()?,
                _ => p.skip_scalar()?,
            }
            p.skip_space();
            if p.eat(b',') {
                p.skip_space();
                continue;
            }
            p.expect(b'}')?;
            break;
        }
    }
    p.skip_space();
    (p.at == p.bytes.len()).then_some(out)
}

/// The keys of [`Line`]'s fields, indexed by the constants below.
const FIELDS: [&str; 6] = ["id", "url", "title", "published", "source", "text"];
const ID: usize = 0;
const URL: usize = 1;
const TITLE: usize = 2;
const PUBLISHED: usize = 3;
const SOURCE: usize = 4;
const TEXT: usize = 5;

/// The value of each hex digit, `0xFF` for other bytes.
static HEX: [u8; 256] = {
    let mut t = [0xFF; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = match b {
            b'0'..=b'9' => b - b'0',
            b'a'..=b'f' => b - b'a' + 10,
            b'A'..=b'F' => b - b'A' + 10,
            _ => 0xFF,
        };
        i += 1;
    }
    t
};

/// The lanes (bytes) of `word` equal to `b`, as their 0x80 bits; exact up to the first such
/// lane (a borrow may mark lanes after it, which the callers never look at).
#[inline(always)]
fn lanes_equal(word: u64, b: u8) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let x = word ^ (ONES * u64::from(b));
    x.wrapping_sub(ONES) & !x & HIGHS
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Parser<'a> {
    /// The byte at the cursor (0 at the end).
    #[inline]
    fn peek(&self) -> u8 {
        self.bytes.get(self.at).copied().unwrap_or(0)
    }

    #[inline]
    fn eat(&mut self, b: u8) -> bool {
        let hit = self.peek() == b;
        self.at += usize::from(hit);
        hit
    }

    #[inline]
    fn expect(&mut self, b: u8) -> Option<()> {
        self.eat(b).then_some(())
    }

    /// JSON whitespace (control chars were ruled out, so only spaces are left).
    #[inline]
    fn skip_space(&mut self) {
        while self.peek() == b' ' {
            self.at += 1;
        }
    }

    fn literal(&mut self, word: &str) -> Option<()> {
        let end = self.at + word.len();
        (self.bytes.get(self.at..end)? == word.as_bytes()).then(|| self.at = end)
    }

    /// A key without escapes (a key with escapes is left to serde_json).
    fn plain_key(&mut self) -> Option<&'a str> {
        self.expect(b'"')?;
        let start = self.at;
        let len = memchr2(b'"', b'\\', &self.bytes[start..])?;
        if self.bytes[start + len] != b'"' {
            return None;
        }
        self.at = start + len + 1;
        Some(&self.text[start..start + len])
    }

    /// A string value at the cursor, decoded.
    fn string(&mut self) -> Option<String> {
        self.expect(b'"')?;
        // Most strings but the text have no escapes: one search, one copy.
        let start = self.at;
        let quote = start + memchr(b'"', &self.bytes[start..])?;
        if memchr(b'\\', &self.bytes[start..quote]).is_none() {
            self.at = quote + 1;
            return Some(self.text[start..quote].to_string());
        }
        self.escaped_string()
    }

    /// [`Parser::string`] for a string with escapes, from after its opening quote.
    ///
    /// Runs between escapes are short in news (a `\n` every line, a `\u0000` after every
    /// letter of text once read as UTF-16), and a call to a vectorised search and a `memcpy`
    /// per run would cost more than the run: the string is scanned sixteen bytes at a time for
    /// `"` and `\` (SWAR on two words, which the compiler turns into vector code) and copied
    /// sixteen bytes at a time (a fixed-size copy) into a buffer sized up front, as the decoded
    /// string is never longer than its JSON form.
    fn escaped_string(&mut self) -> Option<String> {
        let bytes = self.bytes;
        let mut at = self.at;
        // Room for all that is left of the line, and for a last sixteen-byte copy past it.
        let mut out = vec![0u8; bytes.len() - at + 16];
        let mut len = 0;
        loop {
            while let (Some(chunk), Some(to)) = (
                bytes[at..].first_chunk::<16>(),
                out[len..].first_chunk_mut::<16>(),
            ) {
                let (lo, hi) = chunk.split_at(8);
                let lo = u64::from_le_bytes(lo.try_into().unwrap_or([0; 8]));
                let hi = u64::from_le_bytes(hi.try_into().unwrap_or([0; 8]));
                *to = *chunk;
                let stops = |w| lanes_equal(w, b'"') | lanes_equal(w, b'\\');
                let (stops_lo, stops_hi) = (stops(lo), stops(hi));
                if stops_lo | stops_hi != 0 {
                    let run = if stops_lo != 0 {
                        stops_lo.trailing_zeros() / 8
                    } else {
                        8 + stops_hi.trailing_zeros() / 8
                    } as usize;
                    len += run;
                    at += run;
                    break;
                }
                len += 16;
                at += 16;
            }
            // Fewer than sixteen bytes left, or at the stop.
            while let Some(&b) = bytes.get(at) {
                if b == b'"' || b == b'\\' {
                    break;
                }
                out[len] = b;
                len += 1;
                at += 1;
            }
            let stop = *bytes.get(at)?;
            at += 1;
            if stop == b'"' {
                self.at = at;
                out.truncate(len);
                // The runs copied are whole chars (`"` and `\` are ASCII, and the line is a
                // `str`) and the escapes were written as UTF-8: this check cannot fail.
                return String::from_utf8(out).ok();
            }
            let escape = *bytes.get(at)?;
            at += 1;
            out[len] = match escape {
                b'"' => b'"',
                b'\\' => b'\\',
                b'/' => b'/',
                b'b' => 8,
                b'f' => 12,
                b'n' => b'\n',
                b'r' => b'\r',
                b't' => b'\t',
                b'u' => {
                    // `\u0000` to `\u007F` make one byte (UTF-16 text read as 8-bit text has a
                    // `\u0000` after every letter).
                    if let Some(&[b'0', b'0', hi, lo]) = bytes[at..].first_chunk::<4>() {
                        let (hi, lo) = (HEX[usize::from(hi)], HEX[usize::from(lo)]);
                        if hi < 8 && lo < 16 {
                            out[len] = hi << 4 | lo;
                            len += 1;
                            at += 4;
                            continue;
                        }
                    }
                    self.at = at;
                    let c = self.unicode_escape()?;
                    at = self.at;
                    // At most four bytes, for six (or twelve) read: within `out`.
                    len += c.encode_utf8(&mut out[len..len + 4]).len();
                    continue;
                }
                _ => return None,
            };
            len += 1;
        }
    }

    /// The char of a `\u` escape (the cursor after the `u`); a surrogate pair makes one char,
    /// any other surrogate is left to serde_json.
    fn unicode_escape(&mut self) -> Option<char> {
        let first = self.hex4()?;
        if !(0xD800..0xDC00).contains(&first) {
            return char::from_u32(first); // `None` for a lone low surrogate
        }
        if self.bytes.get(self.at..self.at + 2)? != b"\\u" {
            return None;
        }
        self.at += 2;
        let second = self.hex4()?;
        if !(0xDC00..0xE000).contains(&second) {
            return None;
        }
        char::from_u32(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
    }

    fn hex4(&mut self) -> Option<u32> {
        let &[a, b, c, d] = self.bytes[self.at..].first_chunk::<4>()?;
        let [a, b, c, d] = [
            HEX[a as usize],
            HEX[b as usize],
            HEX[c as usize],
            HEX[d as usize],
        ];
        if (a | b | c | d) > 0xF {
            return None;
        }
        self.at += 4;
        Some(u32::from(a) << 12 | u32::from(b) << 8 | u32::from(c) << 4 | u32::from(d))
    }

    /// A field read into `Option<String>`: a string or `null`.
    fn optional_string(&mut self) -> Option<Option<String>> {
        match self.peek() {
            b'"' => self.string().map(Some),
            b'n' => self.literal("null").map(|()| None),
            _ => None,
        }
    }

    /// `id`, read into a `Value`: a string, `null`, or an integer that serde_json would read
    /// as a `u64` (at most 19 digits, no leading zero) and print back as the same digits.
    fn id_value(&mut self) -> Option<Value> {
        match self.peek() {
            b'"' => self.string().map(Value::String),
            b'n' => self.literal("null").map(|()| Value::Null),
            b'0'..=b'9' => {
                let start = self.at;
                while self.peek().is_ascii_digit() {
                    self.at += 1;
                }
                let digits = &self.text[start..self.at];
                if digits.len() > 19 || (digits.len() > 1 && digits.starts_with('0')) {
                    return None;
                }
                // A fraction or an exponent is left to serde_json: the caller finds no `,`/`}`.
                digits.parse::<u64>().ok().map(Value::from)
            }
            _ => None,
        }
    }

    /// Skips the value of a field `Line` does not have: a string, number, `true`, `false` or
    /// `null`, checked as serde_json checks it; anything else is left to serde_json.
    fn skip_scalar(&mut self) -> Option<()> {
        match self.peek() {
            b'"' => self.string().map(drop),
            b'n' => self.literal("null"),
            b't' => self.literal("true"),
            b'f' => self.literal("false"),
            b'-' | b'0'..=b'9' => self.number(),
            _ => None,
        }
    }

    /// A number as JSON spells it: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
    fn number(&mut self) -> Option<()> {
        self.eat(b'-');
        if !self.eat(b'0') {
            self.digits()?;
        }
        if self.eat(b'.') {
            self.digits()?;
        }
        if self.eat(b'e') || self.eat(b'E') {
            if !self.eat(b'+') {
                self.eat(b'-');
            }
            self.digits()?;
        }
        Some(())
    }

    /// One or more digits.
    fn digits(&mut self) -> Option<()> {
        let start = self.at;
        while self.peek().is_ascii_digit() {
            self.at += 1;
        }
        (self.at > start).then_some(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// What serde_json makes of the line, as [`parse`] would give it.
    fn reference(line: &str) -> Option<Line> {
        serde_json::from_str::<Line>(line).ok()
    }

    fn check(line: &str) {
        if let Some(fast) = parse(line) {
            assert_eq!(Some(fast), reference(line), "{line:?}");
        }
    }

    const ACCEPTED: &[&str] = &[
        r#"{"id": "a1", "source": "x", "text": "Rain\nfell.\t\"Yes\" \\ \/ \b\f\r"}"#,
        r#"{"id":7,"text":"Numeric id.","published":"last Tuesday"}"#,
        r#"{"id":0,"text":"t"}"#,
        r#"{"id":null,"url":null,"title":null,"published":null,"source":null,"text":null}"#,
        r#"{}"#,
        r#" { "text" : "x" , "extra" : [] } "#,
        r#"{"text":"\u00e9\u201c\ud83d\ude00\u0000x","n":-1.5e+3,"b":true,"c":false,"d":null,"e":"\u0041"}"#,
        r#"{"text":"caf\u00E9","lang":"fr","n":0,"m":12,"f":0.25,"g":1E9}"#,
    ];

    #[test]
    fn agrees_with_serde_json() {
        for line in ACCEPTED {
            check(line);
        }
        // The simple shapes are taken, not left to serde_json.
        for line in &ACCEPTED[..5] {
            assert!(parse(line).is_some(), "{line:?}");
        }
        assert!(parse(ACCEPTED[6]).is_some());
        assert!(parse(ACCEPTED[7]).is_some());
    }

    #[test]
    fn leaves_the_rest_to_serde_json() {
        for line in [
            r#"{"text":"a","text":"b"}"#,
            r#"{"url":null,"url":"b","text":"x"}"#,
            r#"{"t\u0065xt":"a"}"#,
            r#"{"text":"\ud800"}"#,
            r#"{"text":"\udc00x"}"#,
            r#"{"text":"\ud800\u0041"}"#,
            r#"{"text":42}"#,
            r#"{"id":-3,"text":"x"}"#,
            r#"{"id":1.0,"text":"x"}"#,
            r#"{"id":01,"text":"x"}"#,
            r#"{"id":12345678901234567890,"text":"x"}"#,
            r#"{"text":"x","n":01}"#,
            r#"{"text":"x","n":1.}"#,
            r#"{"text":"x","n":-}"#,
            r#"{"text":"x","o":{}}"#,
            r#"{"text":"x",}"#,
            r#"{"text":"x"} y"#,
            "{\"text\":\"tab\there\"}",
            "{\"text\":\"x\"}\t",
            r#"{"text":"\x"}"#,
            r#"{"text":"\u12"}"#,
            r#"{"text":"unterminated}"#,
            r#"["text"]"#,
            r#"{"title":1,"text":"x"}"#,
            r#"{"text":"x","b":tru}"#,
            "",
        ] {
            assert!(parse(line).is_none(), "{line:?}");
        }
    }

    /// Every line of the file named by `JSONL_CHECK` (e.g. the benchmark corpus):
    /// `JSONL_CHECK=FILE cargo test -p ingest -- --ignored every_line_of`.
    #[test]
    #[ignore]
    fn every_line_of_a_file_agrees_with_serde_json() {
        let path = std::env::var("JSONL_CHECK").expect("JSONL_CHECK=FILE");
        let text = std::fs::read_to_string(path).unwrap();
        let (mut taken, mut left) = (0, 0);
        for line in text.lines() {
            match parse(line) {
                Some(fast) => {
                    assert_eq!(Some(fast), reference(line), "{line:?}");
                    taken += 1;
                }
                None => left += 1,
            }
        }
        eprintln!("{taken} lines read here, {left} left to serde_json");
    }

    const PIECES: &[&str] = &[
        "{",
        "}",
        "\"",
        ":",
        ",",
        " ",
        "\\",
        "\\u",
        "\\n",
        "\\\"",
        "0",
        "12",
        "-",
        ".",
        "e",
        "d800",
        "dc00",
        "00e9",
        "\"id\"",
        "\"text\"",
        "\"url\"",
        "\"x\"",
        "null",
        "true",
        "[",
        "]",
        "é",
        "\t",
        "\"text\":\"",
        "abc",
    ];

    proptest! {
        #[test]
        fn never_disagrees_with_serde_json(
            pieces in prop::collection::vec(prop::sample::select(PIECES), 0..24)
        ) {
            check(&pieces.concat());
        }

        #[test]
        fn never_disagrees_on_near_valid_lines(
            text in "[a-z\\\\\"\u{e9} ]{0,12}",
            id in prop::sample::select(&["\"a\"", "7", "007", "null", "1e2", "\"\"", "[]"][..]),
            extra in prop::sample::select(&["", ",\"k\":1", ",\"k\":\"v\"", ",\"text\":\"x\"", ",\"k\":-0.5e-2"][..]),
        ) {
            check(&format!("{{\"id\":{id},\"text\":\"{text}\"{extra}}}"));
        }
    }
}
