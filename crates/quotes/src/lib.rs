//! Quotations: direct and indirect speech, with the verb that introduces it and its speaker.
//!
//! [`find`] reads the text once for quotation marks (a byte search) and the tokens of a
//! [`TextView`] once for speech verbs (a const lexicon behind a letter-and-length prefilter:
//! about 3% of words are looked up), and then works only on those few places:
//!
//! 1. **Marks are paired** into quoted spans, paragraph by paragraph: straight, curly and angle
//!    double marks (their direction read from the mark and the characters around it; `''`,
//!    `‘‘ ’’` and ``` `` ``` count as double marks), single marks only outside double ones and
//!    only when both ends are found in the paragraph (so apostrophes never pair). An opening
//!    mark with no close before the paragraph ends is closed there; when the next paragraph
//!    opens with a mark, that quotation *continues* (newspaper style for quotations of several
//!    paragraphs): each paragraph gives one [`Quote`] with [`Quote::continued`] set on the later
//!    ones, all with the same speaker.
//! 2. **Attribution of direct quotes.** A speech verb right after the closing mark (`“…,” she
//!    said`, `“…,” said the minister`, `“…?” X asked`) or right before the opening mark (`X said:
//!    “…”`, `according to X, “…”`), within the clause; a naming verb just before a short
//!    quotation (`called the plan “reckless”`). A quoted span with no speech verb is a quotation
//!    only when it stands as a sentence of its own (it then takes the speaker of the
//!    neighbouring quotations: `“A,” she said. “B.”`, unless someone is named in between) or is
//!    long; a short quoted phrase inside a sentence (`so-called “experts”`, a title) is not a
//!    quotation. A clause that ends in a partial quotation attributed after it (`The plan was,
//!    in her words, “a disaster,” Ruiz said.`) is reported whole.
//! 3. **Indirect speech**: a speech verb with a subject before it and a reported clause after it
//!    (`X said [that] …`, `X said Monday …`, `X told reporters [that] …`, `X warned that …`,
//!    `according to X, …`, `…, and said that …`), or a clause followed by its attribution (`…,
//!    X said.`, `…, according to X.`). The content is the reported clause, to the end of the
//!    sentence or to a following `, adding that …`; quotations inside it are part of it. Not
//!    reported speech: the passive (`was told`), nouns that look like verbs (`expert reports`),
//!    the writer's own `I believe`.
//! 4. **Speakers.** The subject next to the verb is read as a noun phrase (skipping an
//!    apposition, `X, the spokesman, said`, and an organisation it only modifies, `X at the
//!    University of Y says`) and resolved: a mention of a [`Candidate`] is that candidate;
//!    `he`/`she` the recent subject (the first person mentioned in the last sentences, outside
//!    quotations and parentheses) whom the text gives that gender (a title, a role, a pronoun
//!    after a mention), else any recent subject; `they`/`it` the recent organisation; a role
//!    noun (`the spokeswoman`, `the coach`) the candidate holding that role, else the recent
//!    person; an organisation noun (`the ministry`) the organisation whose name has that word,
//!    else the recent organisation. A phrase that names someone new (`a friend`, `one of the
//!    players`, `Trudeau's office`, capitalised words the names stage did not know) is kept as
//!    written in [`Quote::speaker_span`] and given by [`Quote::speaker_name`].
//!
//! ```
//! use quotes::{Candidate, Kind, SpeakerKind, Speakers};
//! use text::ByteSpan;
//!
//! let text = "Mayor Ana Ruiz opened the bridge. “It took ten years,” she said. “We are proud.”\n\
//!             Ruiz said that the toll would end in May.";
//! let view = text::TextView::new(text);
//! let first = text.find("Ana Ruiz").unwrap();
//! let second = text.rfind("Ruiz").unwrap();
//! let speakers = Speakers { entities: vec![Candidate {
//!     name: "Ana Ruiz".into(),
//!     kind: SpeakerKind::Person,
//!     mentions: vec![ByteSpan::new(first, first + 8), ByteSpan::new(second, second + 4)],
//!     roles: vec!["Mayor".into()],
//!     gender: -1,
//! }] };
//! let quotes = quotes::find(text, &view, &speakers);
//! let got: Vec<_> = quotes.iter()
//!     .map(|q| (&text[q.span.range()], q.verb.as_str(), q.speaker, q.kind)).collect();
//! assert_eq!(got, [
//!     ("It took ten years,", "said", Some(0), Kind::Direct),
//!     ("We are proud.", "", Some(0), Kind::Direct),
//!     ("the toll would end in May", "said", Some(0), Kind::Indirect),
//! ]);
//! ```
//!
//! All spans are byte spans of the original text, on char boundaries; the pipeline converts them
//! to char offsets ([`Quote::to_quotation`]). The stage never panics, whatever the text.
//!
//! # Measured
//!
//! On the dev gold sets, with speakers from the names stage (`examples/quotes_score_input.rs`, scored
//! by `../shared/tools/score.py quotes`): GGT quotations content F1 0.892 (P 0.908, R 0.877),
//! speaker accuracy 0.850; GUM (direct quotations only, no speakers) F1 0.60 with `--direct`.
//! Alone over the 10 MB bench corpus (`cargo bench -p quotes`, `examples/quotes_throughput.rs`):
//! 200–214 MB/s on one core of the shared 2-core box (less while other jobs run beside it).

mod verbs;

use text::{ByteSpan, TextView, Token, TokenKind};
use verbs::{Pronoun, VerbInfo};

/// Persons or organisations that may be speakers, as the names stage found them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Speakers {
    pub entities: Vec<Candidate>,
}

/// One person or organisation of the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// The canonical name ("Vladimir Putin").
    pub name: String,
    pub kind: SpeakerKind,
    /// Every mention, as byte spans of the text.
    pub mentions: Vec<ByteSpan>,
    /// Titles and roles stripped from the mentions ("President", "spokesman").
    pub roles: Vec<String>,
    /// What the person's first name suggests of their gender (−1 a woman's name, 1 a man's, 0
    /// either or unknown): a weak prior for he/she, which the text's own evidence outweighs.
    pub gender: i8,
}

/// What kind of speaker a candidate is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SpeakerKind {
    Person,
    Organization,
}

/// Direct (between quotation marks) or indirect (reported) speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Direct,
    Indirect,
}

impl Kind {
    /// `"direct"` or `"indirect"`, as the rich record spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Direct => "direct",
            Kind::Indirect => "indirect",
        }
    }
}

/// One quotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// The quoted or reported content, without the quotation marks.
    pub span: ByteSpan,
    /// The speech verb as written ("said", "according to"); empty when the quotation has no
    /// verb of its own (it continues or follows an attributed one).
    pub verb: String,
    pub verb_span: Option<ByteSpan>,
    /// The speaker: an index into [`Speakers::entities`].
    pub speaker: Option<usize>,
    /// The words that name the speaker next to the verb: a mention, a pronoun or a noun phrase
    /// ("the spokesman"). A quotation that takes its speaker from a neighbouring one has `None`,
    /// or that one's phrase when it names someone who is not a candidate.
    pub speaker_span: Option<ByteSpan>,
    pub kind: Kind,
    /// True when this quotation continues the previous paragraph's (its opening mark starts a
    /// paragraph and the previous paragraph's quotation was not closed).
    pub continued: bool,
}

impl Quote {
    /// The record's form of the quotation: char offsets through `chars` (made from `text`), the
    /// content as written, the verb, and the speaker's name as [`Quote::speaker_name`] gives it.
    pub fn to_quotation(
        &self,
        text: &str,
        speakers: &Speakers,
        chars: &text::CharOffsets,
    ) -> model::Quotation {
        let r = chars.chars_of(self.span);
        model::Quotation {
            start: r.start,
            end: r.end,
            text: self.span.get(text).unwrap_or_default().to_string(),
            verb: self.verb.clone(),
            speaker: self.speaker_name(text, speakers).map(str::to_string),
            kind: match self.kind {
                Kind::Direct => model::QuoteKind::Direct,
                Kind::Indirect => model::QuoteKind::Indirect,
            },
        }
    }

    /// The speaker's name: the candidate's canonical name, else the noun phrase as written
    /// when it is not a pronoun ("one of the players"), else `None`.
    pub fn speaker_name<'a>(&self, text: &'a str, speakers: &'a Speakers) -> Option<&'a str> {
        if let Some(e) = self.speaker.and_then(|i| speakers.entities.get(i)) {
            return Some(e.name.as_str());
        }
        let s = self.speaker_span?.get(text)?;
        (verbs::pronoun(s).is_none() && !s.is_empty()).then_some(s)
    }
}

/// The first token at or after `from` that starts after byte `p` (`toks.len()` if none), with
/// the tokens before `from` known to start at or before it. A galloping search: steps that
/// double from `from` until one lands past `p`, then a binary search within the last step, so
/// that an answer `d` tokens on costs about 2·log₂ d look-ups near `from`.
fn first_starting_after(toks: &[Token], from: usize, p: usize) -> usize {
    let starts_before = |t: &Token| t.span().start <= p;
    let mut lo = from;
    let mut step = 8;
    loop {
        let hi = lo.saturating_add(step).min(toks.len());
        if hi == lo || !starts_before(&toks[hi - 1]) {
            return lo + toks[lo..hi].partition_point(starts_before);
        }
        lo = hi;
        step *= 2;
    }
}

/// The tokens of `toks` that pass the speech verbs' prefilter ([`verbs::scan_bit`]), into
/// `out`. A function of its own, not inlined into [`Finder::scan`]: there the loop kept its
/// state on the stack, and took half as many instructions again per token.
#[inline(never)]
fn verb_prefilter(bytes: &[u8], toks: &[Token], out: &mut Vec<usize>) {
    // (`find` checked that the tokens lie within the text; a byte past it reads as 0,
    // which no listed form has.)
    let byte = |p: usize| bytes.get(p).copied().unwrap_or(0);
    for (i, t) in toks.iter().enumerate() {
        let s = t.span();
        // A token that is not a word is taken as empty: no form has no letters. (Bit 0 of a
        // separate test of the kind, ANDed with the rest, was compiled to a branch.)
        let len = match t.kind {
            TokenKind::Word => s.end.wrapping_sub(s.start),
            _ => 0,
        };
        // (The first and second bytes with one bounds check: the text goes on past every
        // token but the last.)
        let (first, second) = match bytes.get(s.start..s.start.wrapping_add(2)) {
            Some(&[a, b]) => (a, b),
            _ => (byte(s.start), 0),
        };
        let last = byte(s.end.wrapping_sub(1));
        if verbs::scan_bit(first, second, last, len) & 1 != 0 {
            out.push(i);
        }
    }
}

/// Finds the quotations of `text` (the text `view` was made from).
pub fn find(text: &str, view: &TextView, speakers: &Speakers) -> Vec<Quote> {
    if view.tokens.is_empty()
        || view
            .tokens
            .last()
            .is_some_and(|t| t.span().end > text.len())
    {
        return Vec::new();
    }
    let mut f = Finder::new(text, view, speakers);
    f.scan();
    if f.marks.is_empty() && f.verbs.is_empty() {
        return Vec::new();
    }
    f.pair_marks();
    f.attribute_direct();
    f.indirect();
    f.finish()
}

// ------------------------------------------------------------------------------------------
// internals
// ------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dir {
    Open,
    Close,
    Either,
}

/// A quotation mark.
#[derive(Debug, Clone, Copy)]
struct Mark {
    /// Byte range of the mark itself.
    start: usize,
    end: usize,
    double: bool,
    dir: Dir,
}

/// A speech verb (or phrase: "according to", "pointed out") at a token.
#[derive(Debug, Clone, Copy)]
struct Verb {
    tok: usize,
    /// Last token of the phrase.
    last: usize,
    info: VerbInfo,
}

/// How a subject noun phrase names its referent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Res {
    Entity(usize),
    Pronoun(Pronoun),
    /// A role or organisation noun: the token of its head.
    Role(usize),
    /// Capitalised words that no candidate covers.
    Name,
    /// Words that name no one, where the subject stands: a time ("… between May and October,
    /// says"). The clause is reported, by no one the text names.
    Nobody,
}

#[derive(Debug, Clone, Copy)]
struct Subject {
    span: ByteSpan,
    res: Res,
}

/// A quotation being built.
#[derive(Debug, Clone)]
struct Cand {
    span: ByteSpan,
    /// The whole extent including marks (direct) or the content (indirect).
    outer: ByteSpan,
    kind: Kind,
    verb: Option<Verb>,
    subject: Option<Subject>,
    continued: bool,
    /// Direct: the quoted span stands as a sentence (or more) of its own.
    standalone: bool,
    /// Direct: the run of continued paragraphs it belongs to.
    run: usize,
    speaker: Option<usize>,
    keep: bool,
}

struct Finder<'a> {
    text: &'a str,
    bytes: &'a [u8],
    toks: &'a [Token],
    view: &'a TextView,
    speakers: &'a Speakers,
    marks: Vec<Mark>,
    verbs: Vec<Verb>,
    /// Bit `i` set when a speech verb starts at token `i` ([`Finder::verb_at`] is asked of most
    /// tokens near a quotation: the bit answers no without a search of the verbs).
    verb_bits: Vec<u64>,
    /// The first line break between two tokens, wherever there is one (paragraph boundaries).
    breaks: Vec<usize>,
    /// Bit `i` set when a line break lies between token `i` and token `i + 1` (the gaps of
    /// [`Finder::breaks`]): [`Finder::break_after`] is asked often, about gaps of one space or
    /// none as much as of paragraphs, and a branch on the gap's width went either way.
    break_bits: Vec<u64>,
    /// Every mention of every candidate: (span, candidate), by start.
    mentions: Vec<(ByteSpan, usize)>,
    cands: Vec<Cand>,
    /// Outer spans of accepted direct quotations, by start (for "outside quotes" tests).
    direct_outer: Vec<ByteSpan>,
    /// The gender the text gives each candidate person (filled before speakers are resolved).
    genders: Vec<Gender>,
    /// Parenthesised spans (filled before speakers are resolved).
    parens: Vec<ByteSpan>,
    /// Where the named subjects of speech verbs start, in order (filled before speakers are
    /// resolved): the one who speaks in a sentence is its centre.
    reporters: Vec<usize>,
}

/// What the text says about a person's gender: a title ("Ms."), a role ("spokeswoman"), or the
/// pronoun that follows a mention in its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Unknown,
    Male,
    Female,
}

/// How many tokens after a mention the pronoun that tells a person's gender may come.
const GENDER_WINDOW: usize = 16;

/// How many sentences back a pronoun looks for the subject it stands for.
const CENTERING_SENTENCES: usize = 4;

fn is_quote_char(c: char) -> Option<(bool, Dir)> {
    Some(match c {
        '"' | '\u{FF02}' => (true, Dir::Either),
        '\u{201C}' | '\u{201E}' | '\u{00AB}' | '\u{201F}' | '\u{275D}' | '\u{301D}' => {
            (true, Dir::Open)
        }
        '\u{201D}' | '\u{00BB}' | '\u{275E}' | '\u{301E}' => (true, Dir::Close),
        '\'' => (false, Dir::Either),
        '\u{2018}' | '\u{201A}' | '\u{201B}' | '\u{2039}' => (false, Dir::Open),
        '\u{2019}' | '\u{203A}' => (false, Dir::Close),
        _ => return None,
    })
}

fn is_space_like(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '(' | '[' | '{' | '\u{2014}' | '\u{2013}' | '-' | '/' | ':' | ';' | ','
                )
                || is_quote_char(c).is_some()
        }
    }
}

fn is_close_context(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '.' | ','
                        | ';'
                        | ':'
                        | '!'
                        | '?'
                        | ')'
                        | ']'
                        | '}'
                        | '\u{2014}'
                        | '\u{2013}'
                        | '-'
                        | '\u{2026}'
                )
                || is_quote_char(c).is_some()
        }
    }
}

impl<'a> Finder<'a> {
    fn new(text: &'a str, view: &'a TextView, speakers: &'a Speakers) -> Self {
        let mut mentions: Vec<(ByteSpan, usize)> = speakers
            .entities
            .iter()
            .enumerate()
            .flat_map(|(i, e)| e.mentions.iter().map(move |m| (*m, i)))
            .filter(|(m, _)| m.end <= text.len() && !m.is_empty())
            .collect();
        mentions.sort_unstable_by_key(|(m, i)| (m.start, m.end, *i));
        Finder {
            text,
            bytes: text.as_bytes(),
            toks: &view.tokens,
            view,
            speakers,
            marks: Vec::new(),
            verbs: Vec::new(),
            verb_bits: Vec::new(),
            breaks: Vec::new(),
            break_bits: Vec::new(),
            mentions,
            cands: Vec::new(),
            direct_outer: Vec::new(),
            genders: Vec::new(),
            parens: Vec::new(),
            reporters: Vec::new(),
        }
    }

    // ---- token helpers ---------------------------------------------------------------------

    #[inline]
    fn word(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }

    #[inline]
    fn is_wordlike(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| {
            matches!(
                t.kind,
                TokenKind::Word | TokenKind::Abbreviation | TokenKind::Number
            )
        })
    }

    #[inline]
    fn is_punct(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokenKind::Punct)
    }

    /// A punctuation token holding one of `set` (`,` in `,"`).
    fn punct_has(&self, i: usize, set: &[char]) -> bool {
        self.is_punct(i) && self.word(i).chars().any(|c| set.contains(&c))
    }

    fn has_quote(&self, i: usize) -> bool {
        self.is_punct(i) && self.word(i).chars().any(|c| is_quote_char(c).is_some())
    }

    /// A line break between token `i` and token `i + 1` (true past the last token).
    fn break_after(&self, i: usize) -> bool {
        i.saturating_add(1) >= self.toks.len() || self.break_bits[i / 64] >> (i % 64) & 1 != 0
    }

    /// Token ends a clause going forward or backward: sentence punctuation or a quote mark.
    /// (Not an abbreviation's period before a comma: "Lucille Roybal Allard, D-Calif., the
    /// chairwoman …".)
    fn is_boundary(&self, i: usize) -> bool {
        self.is_punct(i)
            && self.word(i).chars().any(|c| {
                matches!(c, '.' | '!' | '?' | ';' | ':' | '\u{2026}') || is_quote_char(c).is_some()
            })
            && !(self.word(i) == "."
                && i + 1 < self.toks.len()
                && self.word(i + 1) == ","
                && self.toks[i + 1].span().start == self.toks[i].span().end)
    }

    fn tok_at(&self, byte: usize) -> usize {
        self.toks.partition_point(|t| t.span().start < byte)
    }

    /// [`Finder::tok_at`], knowing that the tokens before `from` start before `byte`: a galloping
    /// search from `from` ([`first_starting_after`]), for a byte a little way on.
    fn tok_at_from(&self, from: usize, byte: usize) -> usize {
        match byte.checked_sub(1) {
            Some(p) => first_starting_after(self.toks, from, p),
            None => 0,
        }
    }

    /// The token that holds byte `byte` (or the last one before it).
    fn tok_holding(&self, byte: usize) -> usize {
        self.toks
            .partition_point(|t| t.span().start <= byte)
            .saturating_sub(1)
    }

    fn para_of(&self, byte: usize) -> usize {
        self.breaks.partition_point(|&b| b < byte)
    }

    fn mention_at(&self, span: ByteSpan) -> Option<(ByteSpan, usize)> {
        let i = self
            .mentions
            .partition_point(|(m, _)| m.start <= span.start);
        self.mentions[..i]
            .iter()
            .rev()
            .take(4)
            .find(|(m, _)| m.end >= span.end && m.start <= span.start)
            .copied()
    }

    fn inside_direct(&self, byte: usize) -> bool {
        let i = self.direct_outer.partition_point(|s| s.start <= byte);
        i > 0 && self.direct_outer[i - 1].end > byte
    }

    fn verb_at(&self, tok: usize) -> Option<Verb> {
        if self
            .verb_bits
            .get(tok / 64)
            .is_none_or(|b| b >> (tok % 64) & 1 == 0)
        {
            return None;
        }
        let i = self.verbs.partition_point(|v| v.tok < tok);
        self.verbs.get(i).filter(|v| v.tok == tok).copied()
    }

    // ---- pass 1: marks, verbs, paragraph breaks --------------------------------------------

    fn scan(&mut self) {
        self.find_parens();
        // Quotation marks: `"`, `'`, and the lead bytes of the curly (E2) and angle (C2) ones;
        // backticks for the ``…'' of some sources.
        let bytes = self.bytes;
        let mut skip = 0;
        for p in memchr::memchr3_iter(b'"', b'\'', 0xE2, bytes) {
            self.mark_at(p, &mut skip);
        }
        skip = 0;
        for p in memchr::memchr3_iter(0xC2, 0xEF, b'`', bytes) {
            self.mark_at(p, &mut skip);
        }
        self.marks.sort_unstable_by_key(|m| m.start);
        self.find_breaks();
        // One pass over the tokens for speech verbs: a word of a listed length and letters, in
        // lower case ("According to" aside), is looked up. Every token takes the prefilter and
        // the answer is tested once: a branch on the kind or the length of the token followed
        // the text (most tokens are words of three letters or more, at random) and was
        // mispredicted; the bits come from tables and shifts, not comparisons, which the
        // compiler would turn back into one branch each. The letters, the case of the first
        // one and the length are all read from the tables of `verbs::scan_bit`.
        let mut found = Vec::new();
        verb_prefilter(bytes, self.toks, &mut found);
        for i in found {
            self.verb_candidate(i);
        }
        self.verb_bits = vec![0; self.toks.len().div_ceil(64)];
        for v in &self.verbs {
            self.verb_bits[v.tok / 64] |= 1 << (v.tok % 64);
        }
    }

    /// Paragraph breaks: the first line break in each gap between two tokens that holds one.
    /// Found by a byte search for line breaks (few) rather than by a look at every gap; after
    /// one, the search resumes past the token that closes its gap. The token after a line break
    /// is found by [`first_starting_after`] from the last one: it is a paragraph on, not half
    /// the article, so a binary search over all the tokens left would touch cold cache lines.
    fn find_breaks(&mut self) {
        let toks = self.toks;
        let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
            return;
        };
        let last_start = last.span().start.min(self.bytes.len());
        self.break_bits = vec![0; toks.len().div_ceil(64)];
        let mut pos = first.span().end;
        // The token after the current search position.
        let mut next = 1;
        while pos < last_start {
            let Some(off) = memchr::memchr(b'\n', &self.bytes[pos..last_start]) else {
                break;
            };
            let p = pos + off;
            next = first_starting_after(toks, next, p);
            let Some(after) = toks.get(next) else {
                break;
            };
            if toks[next - 1].span().end <= p {
                self.breaks.push(p);
                self.break_bits[(next - 1) / 64] |= 1 << ((next - 1) % 64);
                pos = after.span().end;
            } else {
                // Inside a token: its gap may still hold one.
                pos = toks[next - 1].span().end;
            }
        }
    }

    /// Notes the quotation mark at byte `p`, if there is one (a hit of the byte search). Two
    /// single marks in a row ('' ‘‘ ’’ ``) are one double mark; `skip` steps over the second.
    fn mark_at(&mut self, p: usize, skip: &mut usize) {
        let (text, bytes) = (self.text, self.bytes);
        if p < *skip {
            return;
        }
        // Most hits are apostrophes inside words ("don't", "Putin’s") and dashes: skip them
        // before decoding anything.
        let b = bytes[p];
        let width = match b {
            b'\'' => 1,
            0xE2 if bytes.get(p + 1) == Some(&0x80) => 3,
            _ => 0,
        };
        if width > 0 {
            let alnum = |i: Option<&u8>| i.is_some_and(|c| c.is_ascii_alphanumeric());
            let single = b == b'\'' || matches!(bytes.get(p + 2), Some(0x98 | 0x99));
            if single && p > 0 && alnum(bytes.get(p - 1)) && alnum(bytes.get(p + width)) {
                return;
            }
        }
        let Some(c) = text.get(p..).and_then(|r| r.chars().next()) else {
            return;
        };
        let mut end = p + c.len_utf8();
        let next = text[end..].chars().next();
        let pair = |x: char| matches!(x, '\'' | '\u{2018}' | '\u{2019}' | '`');
        let (double, dir, c) = match (c, next) {
            (a, Some(n)) if pair(a) && (pair(n) && (a == '`') == (n == '`')) => {
                end += n.len_utf8();
                *skip = end;
                let dir = match (a, n) {
                    ('`' | '\u{2018}', '`' | '\u{2018}') => Dir::Open,
                    ('\u{2019}', '\u{2019}') => Dir::Close,
                    _ => Dir::Either,
                };
                (true, dir, '"')
            }
            ('`', _) => return,
            _ => match is_quote_char(c) {
                Some((double, dir)) => (double, dir, c),
                None => return,
            },
        };
        let before = text[..p].chars().next_back();
        let after = text[end..].chars().next();
        if let Some(dir) = mark_dir(c, dir, before, after, double) {
            self.marks.push(Mark {
                start: p,
                end,
                double,
                dir,
            });
        }
    }

    /// Looks up the word at token `i` (which passed the prefilter) and notes it if it is a
    /// speech verb.
    fn verb_candidate(&mut self, i: usize) {
        let t = self.toks[i];
        let s = t.span();
        let Some(info) = verbs::lookup_bytes(&self.bytes[s.start..s.end]) else {
            return;
        };
        let w = t.text(self.text);
        let next = self.word(i + 1);
        let phrase = |first: &str, second: &str| {
            w.eq_ignore_ascii_case(first) && next.eq_ignore_ascii_case(second)
        };
        if phrase("according", "to") || phrase("pointed", "out") {
            self.verbs.push(Verb {
                tok: i,
                last: i + 1,
                info: VerbInfo {
                    flags: verbs::DIRECT | verbs::THAT,
                },
            });
        } else if info.flags != 0
            && t.is_lower_start()
            && !self.after_let(i)
            && !self.after_article(i)
        {
            self.verbs.push(Verb {
                tok: i,
                last: i,
                info,
            });
        }
    }

    /// "an alleged conspiracy", "the reported deal", "its stated aim", "a noted author": a
    /// verb's form after an article or a possessive modifies a noun; nothing is reported.
    fn after_article(&self, i: usize) -> bool {
        i > 0
            && ["a", "an", "the", "its", "his", "their", "our"]
                .iter()
                .any(|a| a.eq_ignore_ascii_case(self.word(i - 1)))
    }

    /// "Let's say you own a site", "let us just say …": a supposition, no report (but "let me
    /// say that …" asserts, in the writer's voice).
    fn after_let(&self, i: usize) -> bool {
        let mut j = i;
        if j > 0 && self.word(j - 1).eq_ignore_ascii_case("just") {
            j -= 1;
        }
        let before = |k: usize| j.checked_sub(k).map_or("", |k| self.word(k));
        // ("let" with its clitic cut off: "let's", "Let’s".)
        let lets = verbs::without_clitic(before(1));
        lets.eq_ignore_ascii_case("let") && lets.len() < before(1).len()
            || before(1) == "us" && before(2).eq_ignore_ascii_case("let")
    }

    // ---- pass 2: pairing -------------------------------------------------------------------

    fn line_end(&self, from: usize) -> usize {
        memchr::memchr(b'\n', &self.bytes[from..]).map_or(self.text.len(), |i| from + i)
    }

    fn push_direct(&mut self, open: &Mark, close: Option<&Mark>, continued: bool) {
        let end = match close {
            Some(c) => c.start,
            None => self.line_end(open.end),
        };
        let raw = &self.text[open.end..end];
        let lead = raw.len() - raw.trim_start().len();
        let span = ByteSpan::new(open.end + lead, open.end + raw.trim_end().len());
        if span.is_empty() {
            return;
        }
        let outer = ByteSpan::new(open.start, close.map_or(span.end, |c| c.end));
        let run = if continued {
            self.cands.last().map_or(0, |c| c.run)
        } else {
            self.cands.last().map_or(0, |c| c.run + 1)
        };
        self.cands.push(Cand {
            span,
            outer,
            kind: Kind::Direct,
            verb: None,
            subject: None,
            continued,
            standalone: false,
            run,
            speaker: None,
            keep: false,
        });
    }

    fn newline_between(&self, a: usize, b: usize) -> bool {
        a < b && memchr::memchr(b'\n', &self.bytes[a..b]).is_some()
    }

    fn pair_marks(&mut self) {
        let marks = std::mem::take(&mut self.marks);
        // Double marks.
        let mut open: Option<Mark> = None;
        // The previous quotation ran to its paragraph's end without a close.
        let mut unclosed = false;
        let mut last_end = 0usize;
        for m in marks.iter().filter(|m| m.double) {
            if let Some(o) = open
                && self.newline_between(o.end, m.start)
            {
                self.push_direct(&o, None, o.start == self.line_start(o.start) && unclosed);
                open = None;
                unclosed = true;
                last_end = self.line_end(o.end);
            } else if open.is_none() && self.newline_between(last_end, m.start) {
                // A paragraph with no mark in between ends a continuation.
                let next_line = self.line_end(last_end);
                if self.newline_between(next_line + 1, m.start) {
                    unclosed = false;
                }
            }
            match (open, m.dir) {
                (None, Dir::Open | Dir::Either) => {
                    let continued = unclosed && m.start == self.line_start(m.start);
                    if !continued {
                        unclosed = false;
                    }
                    open = Some(*m);
                }
                (None, Dir::Close) => {}
                (Some(_), Dir::Open) => open = Some(*m),
                (Some(o), Dir::Close | Dir::Either) => {
                    let continued = unclosed && o.start == self.line_start(o.start);
                    self.push_direct(&o, Some(m), continued);
                    unclosed = false;
                    open = None;
                    last_end = m.end;
                }
            }
        }
        if let Some(o) = open {
            let continued = unclosed && o.start == self.line_start(o.start);
            self.push_direct(&o, None, continued);
        }
        // Single marks, outside double quotations, closed in the same paragraph.
        let doubles: Vec<ByteSpan> = self.cands.iter().map(|c| c.outer).collect();
        let inside = |p: usize| {
            let i = doubles.partition_point(|s| s.start <= p);
            i > 0 && doubles[i - 1].end > p
        };
        let mut open: Option<Mark> = None;
        let mut singles = Vec::new();
        for m in marks.iter().filter(|m| !m.double && !inside(m.start)) {
            if let Some(o) = open
                && self.newline_between(o.end, m.start)
            {
                open = None;
            }
            match (open, m.dir) {
                (None, Dir::Open) => open = Some(*m),
                (Some(o), Dir::Close) => {
                    singles.push((o, *m));
                    open = None;
                }
                _ => {}
            }
        }
        for (o, c) in singles {
            self.push_direct(&o, Some(&c), false);
        }
        self.cands.sort_by_key(|c| c.span.start);
        self.marks = marks;
    }

    fn line_start(&self, at: usize) -> usize {
        let b = &self.bytes[..at];
        let ls = memchr::memrchr(b'\n', b).map_or(0, |i| i + 1);
        ls + (self.text[ls..at].len() - self.text[ls..at].trim_start().len())
    }

    // ---- pass 3: attribution of direct quotations ------------------------------------------

    fn attribute_direct(&mut self) {
        let mut cands = std::mem::take(&mut self.cands);
        for c in cands.iter_mut() {
            let open_tok = self.tok_holding(c.outer.start);
            let close_tok = self.tok_holding(c.outer.end.saturating_sub(1));
            let content = &self.text[c.span.range()];
            let words = self.count_words(c.span);
            let last = content.trim_end().chars().next_back();
            let terminal = matches!(last, Some('.' | '!' | '?' | '\u{2026}'));
            let ends_inside = matches!(last, Some('.' | '!' | '?' | ',' | '\u{2026}' | '-'));

            let starts_clause =
                open_tok == 0 || self.break_after(open_tok - 1) || self.is_boundary(open_tok - 1);
            let after_close = close_tok + 1;
            let ends_clause = after_close >= self.toks.len()
                || self.break_after(close_tok)
                || self.punct_has(after_close, &['.', '!', '?', ';']);

            // After the closing mark.
            let mut found = None;
            if !(terminal && content.trim_end().ends_with('.'))
                || self
                    .toks
                    .get(after_close)
                    .is_some_and(|t| t.is_lower_start())
            {
                found = self.verb_after(close_tok).map(|v| (v, false));
            }
            if found.is_none() {
                found = self.verb_before(open_tok).map(|v| (v, true));
            }
            if let Some((v, before)) = found {
                let (lo, hi) = if before {
                    (0, open_tok.saturating_sub(1))
                } else {
                    (close_tok + 1, self.toks.len().saturating_sub(1))
                };
                c.verb = Some(v);
                c.subject = self.subject(v, lo, hi);
                // "a report found …": a noun-like form with no subject before it is a noun.
                if v.info.has(verbs::NOUNLIKE)
                    && c.subject
                        .is_none_or(|s| s.span.start > self.toks[v.tok].span().start)
                {
                    c.verb = None;
                    c.subject = None;
                }
                // "a process called “journalism”", "a group called “Friends of the Pier”": a
                // naming verb right before the marks, after a noun with "a", names a thing.
                if before
                    && v.info.has(verbs::NAMING)
                    && v.last + 1 == open_tok
                    && c.subject.is_some_and(|s| {
                        matches!(s.res, Res::Role(_))
                            && self.view.tokens_in(s.span).first().is_some_and(|f| {
                                let f = f.text(self.text);
                                f.eq_ignore_ascii_case("a") || f.eq_ignore_ascii_case("an")
                            })
                    })
                {
                    c.verb = None;
                    c.subject = None;
                }
                // "There was a “whiff” of concern over “three-peat,” Shibley said.": the
                // attribution after the marks reports the whole clause, quoted or not.
                if !before && !starts_clause && !c.continued {
                    let mut k = open_tok;
                    while k > 0
                        && !self.break_after(k - 1)
                        && !self.punct_has(k - 1, &['.', '!', '?', ';', ':'])
                    {
                        k -= 1;
                    }
                    let head = ByteSpan::new(self.toks[k].span().start, c.outer.start);
                    if k < open_tok && self.count_words(head) >= 3 {
                        c.span = ByteSpan::new(head.start, c.outer.end);
                        c.outer.start = head.start;
                        c.kind = Kind::Indirect;
                    }
                }
            }
            let starts_clause = starts_clause || c.kind == Kind::Indirect;
            c.standalone = starts_clause && (ends_clause || ends_inside || found.is_some());
            let titleish = self.titleish(c.span);
            // A naming verb right before the marks: "called the plan “reckless”".
            let named = c.verb.is_some_and(|v| v.info.has(verbs::NAMING));
            c.keep = if c.verb.is_some() {
                // (A title is no speech: "wrote the book, “The Power of Positive Thinking”".)
                c.standalone || words >= 4 && !titleish || ends_inside && words >= 1 || named
            } else if c.continued {
                true
            } else if c.standalone {
                words >= 2 && !titleish || words >= 5
            } else {
                words >= 8 && !titleish
            };
        }
        cands.retain(|c| c.keep);
        self.direct_outer = cands.iter().map(|c| c.outer).collect();
        self.direct_outer.sort_by_key(|s| s.start);
        self.cands = cands;
    }

    fn count_words(&self, span: ByteSpan) -> usize {
        self.view
            .tokens_in(span)
            .iter()
            .filter(|t| t.kind != TokenKind::Punct && t.kind != TokenKind::Symbol)
            .count()
    }

    /// Most words capitalised: a title or a name, not speech.
    fn titleish(&self, span: ByteSpan) -> bool {
        let toks = self.view.tokens_in(span);
        let words = toks.iter().filter(|t| t.kind == TokenKind::Word);
        let (n, caps) = words.fold((0, 0), |(n, c), t| {
            (n + 1, c + usize::from(t.is_capitalized()))
        });
        if n == 0 || n > 8 {
            return false;
        }
        let words = n;
        let has_end = self.text[span.range()]
            .trim_end()
            .ends_with(['.', '!', '?', ',']);
        !has_end && caps * 3 >= words * 2
    }

    /// A speech verb within the clause after token `close` (`“…,” she said`).
    fn verb_after(&self, close: usize) -> Option<Verb> {
        let mut j = close + 1;
        let mut steps = 0;
        while j < self.toks.len() && steps < 20 {
            if self.break_after(j - 1) || self.is_boundary(j) {
                return None;
            }
            // A verb after "and" right after the marks is another verb of the clause the
            // quotation is in: "called the declaration “illegal” and urged Yoon to resign".
            if j == close + 1 && matches!(self.word(j), "and" | "but" | "or") {
                return None;
            }
            // Nor, for words quoted inside a sentence (no comma or stop at the marks), is one
            // after a relative pronoun right after the marks or after a comma and "and":
            // "changes in “welfare” that opened up …, and the campaign said …" (but "“…,” Jim
            // Chilton, vice president at Boeing Defense, Space, and Security, said").
            if (j == close + 1 && matches!(self.word(j), "that" | "which" | "who")
                || j > close + 1
                    && matches!(self.word(j), "and" | "but")
                    && self.punct_has(j - 1, &[',']))
                && !(close - 1..=close + 1).any(|k| self.punct_has(k, &[',', '.', '!', '?']))
            {
                return None;
            }
            // (A verb in the passive attributes nothing, "the league’s “Most Valuable Player”
            // (to be announced Thursday)", but after "quoted … as" it does: "“…,” Lebed was
            // quoted as saying.")
            if let Some(v) = self.verb_at(j)
                && (v.info.has(verbs::DIRECT) && !self.passive(v.tok)
                    || v.info.has(verbs::PARTICIPLE) && self.quoted_as(v, close + 1).is_some())
            {
                return Some(v);
            }
            j += 1;
            steps += 1;
        }
        None
    }

    /// A speech verb within the clause before token `open` (`X said: “…”`).
    fn verb_before(&self, open: usize) -> Option<Verb> {
        let mut j = open;
        let mut steps = 0;
        while j > 0 && steps < 25 {
            if self.break_after(j - 1) {
                return None;
            }
            j -= 1;
            // A colon may stand right before the mark ("said in a statement: “…”").
            if self.is_boundary(j) && !(steps <= 1 && self.punct_has(j, &[':'])) {
                return None;
            }
            if let Some(v) = self.verb_at(j)
                && (v.info.has(verbs::DIRECT)
                    || v.info.has(verbs::NAMING) && steps < 5
                    || v.info.has(verbs::PARTICIPLE) && self.quoted_as(v, 0).is_some())
            {
                return Some(v);
            }
            steps += 1;
        }
        None
    }

    // ---- subjects ----------------------------------------------------------------------------

    /// The subject of verb `v`, looked for within tokens `lo..=hi`: before the verb ("X said"),
    /// else after it ("said X", "according to X").
    fn subject(&self, v: Verb, lo: usize, hi: usize) -> Option<Subject> {
        if let Some(quoted) = self.quoted_as(v, lo) {
            return quoted;
        }
        let after_only = self.word(v.tok).eq_ignore_ascii_case("according");
        if !after_only {
            // (A denied verb has no subject after it either.)
            if self.denied(v.tok, lo) {
                return None;
            }
            if let Some(s) = self.undenied_subject_before(v.tok, lo) {
                return Some(s);
            }
        }
        // "She called it “upsetting” and said she would defend herself “vigorously.”": a verb
        // after "and" shares its sentence's subject; the pronoun after it opens what is said.
        if v.tok > lo
            && self.word(v.tok - 1) == "and"
            && let Some(start) = self.sentence_start(v.tok, lo)
            && let Some(s) = self.sentence_subject(start, v.tok - 1)
        {
            return Some(s);
        }
        // "…, calling it a “globalist agenda”": a participle after a comma shares its
        // sentence's subject; what follows it is its object.
        if !after_only
            && v.tok > lo
            && self.word(v.tok).ends_with("ing")
            && self.punct_has(v.tok - 1, &[','])
            && let Some(start) = self.sentence_start(v.tok, lo)
        {
            return self.participle_subject(start, v.tok);
        }
        self.subject_after(v.last, hi)
    }

    /// The first token of the sentence that token `tok` is in, not before `lo`.
    fn sentence_start(&self, tok: usize, lo: usize) -> Option<usize> {
        let si = self.view.sentence_at(self.toks[tok].span().start)?;
        Some(self.view.sentence_token_range(si).start.max(lo))
    }

    /// For a verb after "quoted … as" within tokens `lo..`, the one quoted: "Interfax quoted
    /// Alexander Lebed as saying", "Lebed was quoted as saying" (`Some(None)` when the one
    /// quoted cannot be told; `None` for any other verb).
    fn quoted_as(&self, v: Verb, lo: usize) -> Option<Option<Subject>> {
        if v.tok < lo + 2 || !self.word(v.tok - 1).eq_ignore_ascii_case("as") {
            return None;
        }
        let q = (lo..v.tok - 1)
            .rev()
            .take(8)
            .find(|&k| self.word(k).eq_ignore_ascii_case("quoted"))?;
        if q + 1 < v.tok - 1 {
            return Some(self.np_ending_at(v.tok - 2, q + 1, false));
        }
        // In the passive, the subject before the auxiliary: "Lebed was quoted as saying".
        let mut k = q;
        while k > lo
            && self.toks[k - 1].is_lower_start()
            && !self.break_after(k - 1)
            && (verbs::is_passive_aux(self.word(k - 1))
                || verbs::is_skippable_before_verb(self.word(k - 1)))
        {
            k -= 1;
        }
        Some(if k < q {
            self.subject_before_any(k, lo)
        } else {
            self.subject_before(q, lo)
        })
    }

    /// Verb `verb` is denied or supposed, so no one is reported to say anything by it: "Facebook
    /// did not say whether …", "Singh won't say what …", "Alfredsson doesn't believe there's any
    /// reason …", "Keller never said she would resign", "no one can say", "Having said that, …".
    fn denied(&self, verb: usize, lo: usize) -> bool {
        let mut i = verb;
        while i > lo && self.is_wordlike(i - 1) && !self.break_after(i - 1) {
            i -= 1;
            let w = self.word(i);
            // "Having said all that, …": a participle's clause, whose doer is the sentence's.
            if w.eq_ignore_ascii_case("having") {
                return true;
            }
            if !self.toks[i].is_lower_start() {
                return false;
            }
            if w == "not" || verbs::is_negation(w) || verbs::is_hypothetical_modal(w) {
                return true;
            }
            if !verbs::is_skippable_before_verb(w) {
                return false;
            }
        }
        false
    }

    fn subject_before(&self, verb: usize, lo: usize) -> Option<Subject> {
        if self.denied(verb, lo) {
            return None;
        }
        self.undenied_subject_before(verb, lo)
    }

    /// [`Finder::subject_before`] of a verb known not to be denied.
    fn undenied_subject_before(&self, verb: usize, lo: usize) -> Option<Subject> {
        let mut s = self.subject_before_any(verb, lo)?;
        // "But observers say …", "When Easley told …": the conjunction opens the sentence or
        // the clause, not the subject.
        if let Res::Role(_) = s.res
            && let [first, second, ..] = self.view.tokens_in(s.span)
            && (verbs::is_conjunction(first.text(self.text))
                || matches!(
                    first.text(self.text),
                    "When" | "If" | "After" | "Before" | "Once" | "Until" | "As" | "Since"
                ))
        {
            s.span = ByteSpan::new(second.span().start, s.span.end);
        }
        // "a claim", "expert reports": a noun, not a verb with its subject.
        let nounlike = self
            .verb_at(verb)
            .is_some_and(|v| v.info.has(verbs::NOUNLIKE));
        if nounlike && let Res::Role(_) = s.res {
            let first = self
                .view
                .tokens_in(s.span)
                .first()
                .map(|t| t.text(self.text));
            if !first.is_some_and(|f| verbs::is_determiner(f) && !f.eq_ignore_ascii_case("a")) {
                return None;
            }
        }
        Some(s)
    }

    fn subject_before_any(&self, verb: usize, lo: usize) -> Option<Subject> {
        if verb == 0 || verb <= lo {
            return None;
        }
        // "is saying", "are warning": a form of "be" before -ing is no passive.
        let progressive = self.word(verb).ends_with("ing");
        let mut i = verb - 1;
        let skippable = |i: usize| {
            i > lo
                && self.is_wordlike(i)
                && !self.break_after(i)
                && self.toks[i].is_lower_start()
                && (verbs::is_skippable_before_verb(self.word(i))
                    || progressive && verbs::is_passive_aux(self.word(i)))
        };
        while skippable(i) {
            i -= 1;
        }
        // A time adjunct between the subject and the verb: "UFCW Local 832 late Friday said".
        if i > lo + 1 && self.is_wordlike(i) && verbs::is_time_word(self.word(i)) {
            i -= 1;
            if i > lo && matches!(self.word(i), "late" | "early" | "on" | "last" | "this") {
                i -= 1;
            }
            while skippable(i) {
                i -= 1;
            }
        }
        if self.break_after(i) {
            return None;
        }
        // The passive ("was told", "were reminded"): its subject is the hearer.
        if self.is_passive_aux(i) {
            return None;
        }
        if self.punct_has(i, &[',']) && !self.has_quote(i) {
            // An apposition: "X, the spokesman, said", "X, 45, said", "X, who …, a …, said":
            // the earliest noun phrase before a comma of the clause that names someone.
            let mut commas = [0usize; 8];
            commas[0] = i;
            let mut n_commas = 1;
            let mut k = i;
            let mut n = 0;
            while k > lo && n < 40 {
                k -= 1;
                n += 1;
                if self.break_after(k) || self.is_boundary(k) {
                    break;
                }
                if self.punct_has(k, &[',']) && n_commas < commas.len() {
                    commas[n_commas] = k;
                    n_commas += 1;
                }
            }
            // Earliest first; the clause start counts as a comma before the first phrase.
            // (Not a phrase that opens with a preposition, which is an adjunct: "By Wednesday,
            // New Jersey's largest power provider, PSE&G, said …".)
            let adjunct = |s: &Subject| {
                matches!(s.res, Res::Role(_) | Res::Name)
                    && self
                        .view
                        .tokens_in(s.span)
                        .first()
                        .is_some_and(|f| verbs::is_adjunct_start(f.text(self.text)))
            };
            // (A time names no one: it is the subject only when no phrase before it names
            // someone, "The rebels, who released a video on Sunday, said …".)
            let mut time = None;
            return commas[..n_commas]
                .iter()
                .rev()
                .filter(|&&c| c > lo)
                .find_map(|&c| {
                    let s = self.np_ending_at(c - 1, lo, true).filter(|s| !adjunct(s))?;
                    if s.res == Res::Nobody {
                        time = Some(s);
                        return None;
                    }
                    Some(s)
                })
                .or(time);
        }
        self.np_ending_at(i, lo, false)
    }

    /// The noun phrase that ends at token `i` (going back no further than `lo`). With `strict`,
    /// only a mention, a pronoun or a capitalised name.
    fn np_ending_at(&self, i: usize, lo: usize, strict: bool) -> Option<Subject> {
        if !self.is_wordlike(i) {
            return None;
        }
        let t = self.toks[i];
        if let Some((span, e)) = self.mention_at(t.span()) {
            // "Kent Moore at the University of Toronto says", "the former head of the
            // Ministry said": an organisation after a preposition only modifies the phrase.
            let m = self.tok_at(span.start);
            if self.speakers.entities[e].kind == SpeakerKind::Organization
                && let Some(head) = self.head_before_modifier(m, lo, strict, false)
            {
                return head;
            }
            // (So does a person after a role: "A spokeswoman for Trudeau said", "the lawyer
            // for Keller said", a phrase of its own that names no one else.)
            if self.speakers.entities[e].kind == SpeakerKind::Person
                && let Some(Some(head)) = self.head_before_modifier(m, lo, false, false)
                && matches!(head.res, Res::Role(_))
                && self
                    .view
                    .tokens_in(head.span)
                    .first()
                    .is_some_and(|f| verbs::is_determiner(f.text(self.text)))
            {
                return Some(Subject {
                    span: ByteSpan::new(head.span.start, span.end),
                    res: head.res,
                });
            }
            return Some(Subject {
                span,
                res: Res::Entity(e),
            });
        }
        let w = self.word(i);
        if let Some(p) = verbs::pronoun(verbs::without_clitic(w)) {
            return Some(Subject {
                span: t.span(),
                res: Res::Pronoun(p),
            });
        }
        // Function words, even capitalised at a sentence start ("When told of …").
        if verbs::stops_np_backwards(w) || verbs::is_determiner(w) {
            return None;
        }
        // A time: "… between May and October, says", "have for years been saying".
        if is_calendar_word(w) {
            return Some(Subject {
                span: t.span(),
                res: Res::Nobody,
            });
        }
        // The noun phrase back to a determiner or a word that cannot be in it.
        let mut s = i;
        while s > lo
            && i - s < 6
            && self.is_wordlike(s - 1)
            && !self.break_after(s - 1)
            && !verbs::is_determiner(self.word(s))
            && !(self.toks[s - 1].is_lower_start() && verbs::stops_np_backwards(self.word(s - 1)))
        {
            s -= 1;
        }
        // (A function word opening the sentence is capitalised, and still no part of it:
        // "Then kids believe …", "But analysts say …".)
        if s < i
            && self.toks[s].is_capitalized()
            && verbs::stops_np_backwards(&self.word(s).to_ascii_lowercase())
        {
            s += 1;
        }
        let span = ByteSpan::new(self.toks[s].span().start, t.span().end);
        // A mention that is the phrase's head ("Liberal Leader Justin Trudeau"); one that only
        // modifies it ("Trudeau's office") leaves the phrase as it is.
        // ... and so does the author of a document that speaks ("The RCMP statement said",
        // "the union's Friday release").
        if let Some((m, e)) = self.last_mention_in(span)
            && (m.end + 3 >= t.span().end || verbs::is_document_noun(w))
        {
            return Some(Subject {
                span,
                res: Res::Entity(e),
            });
        }
        // Capitalised words name someone the names stage did not know ("Nova Scotia Health
        // Authority"); a lone capitalised organisation noun ("the Ministry") is a role.
        // (The tokens within `span` are those from `s` to `i`: no search for them.)
        let caps = self.toks[s..=i]
            .iter()
            .filter(|t| t.is_capitalized())
            .count();
        let name = t.is_capitalized() && (caps >= 2 || !verbs::is_org_noun(w));
        if strict && !name {
            return None;
        }
        // A name after a preposition only modifies the phrase before it, as an organisation's
        // does above: "Its chairman at Volvo Cars, Anna-Karin Sundberg, said" (the names stage
        // knew "Volvo" only).
        if name && let Some(head) = self.head_before_modifier(s, lo, strict, true) {
            return head;
        }
        Some(Subject {
            span,
            res: if name { Res::Name } else { Res::Role(i) },
        })
    }

    /// The phrase that a name starting at token `m` modifies, after a preposition ("Kent Moore
    /// at the University of Toronto says", "the former head of the Ministry said"): `None` when
    /// no preposition comes before the name or the name is to speak for itself; else the
    /// subject to give, where `Some(None)` ends the search for this phrase. With `strict` (an
    /// apposition), a phrase naming no one ends it, to look on for a name ("the director of
    /// operations for EHS, Jeff Fraser, says"); with `known_head` too, a head that is no
    /// mention does ("Keeper of the Ruler's Seal, Syed Danial Syed Ahmad, said"). A document's
    /// noun before the name lets the name speak: "a statement from the EU".
    fn head_before_modifier(
        &self,
        m: usize,
        lo: usize,
        strict: bool,
        known_head: bool,
    ) -> Option<Option<Subject>> {
        if m <= lo + 1 {
            return None;
        }
        let mut p = m - 1;
        if verbs::is_determiner(self.word(p)) && p > lo + 1 {
            p -= 1;
        }
        // (A capitalised "Of" or "In" belongs to a name, not a phrase: only one in lower case
        // after a name the names stage did not know.)
        if !verbs::is_postmodifier_preposition(self.word(p))
            || known_head && !self.toks[p].is_lower_start()
        {
            return None;
        }
        match self.np_ending_at(p - 1, lo, strict) {
            Some(head) if known_head && strict && !matches!(head.res, Res::Entity(_)) => Some(None),
            Some(head) if matches!(head.res, Res::Role(h) if verbs::is_document_noun(self.word(h))) => {
                None
            }
            Some(head) => Some(Some(head)),
            None if strict => Some(None),
            None => None,
        }
    }

    fn subject_after(&self, last: usize, hi: usize) -> Option<Subject> {
        let mut i = last + 1;
        if i > hi || self.break_after(last) {
            return None;
        }
        while i < hi && self.word(i).eq_ignore_ascii_case("also") {
            i += 1;
        }
        if !self.is_wordlike(i) {
            return None;
        }
        let t = self.toks[i];
        // "says Wise's dad, Darrin", "said Google's chief executive, Sundar Pichai": someone
        // of the one named speaks, by the name after the noun if one follows, else as written.
        if let Some(k) = (i..(i + 4).min(hi + 1))
            .take_while(|&k| self.toks[k].is_capitalized() && (k == i || !self.break_after(k - 1)))
            .find(|&k| {
                let w = self.word(k);
                w.ends_with("'s") || w.ends_with("’s")
            })
            && self
                .first_mention_in(ByteSpan::new(t.span().start, self.toks[k].span().end))
                .is_some()
        {
            let nouns = (k + 1..(k + 4).min(hi + 1))
                .take_while(|&n| self.is_wordlike(n) && self.toks[n].is_lower_start())
                .last();
            if let Some(noun) = nouns {
                // (A document speaks for its owner: "according to Foster's book".)
                let phrase = ByteSpan::new(t.span().start, self.toks[noun].span().end);
                if verbs::is_document_noun(self.word(noun))
                    && let Some((_, owner)) = self.first_mention_in(phrase)
                {
                    return Some(Subject {
                        span: phrase,
                        res: Res::Entity(owner),
                    });
                }
                if noun + 2 <= hi
                    && self.punct_has(noun + 1, &[','])
                    && let Some((m, named)) = self.mention_at(self.toks[noun + 2].span())
                {
                    return Some(Subject {
                        span: m,
                        res: Res::Entity(named),
                    });
                }
                return Some(Subject {
                    span: phrase,
                    res: Res::Role(noun),
                });
            }
        }
        if let Some((span, e)) = self.mention_at(t.span()) {
            // "said Oilers head coach Ken Hitchcock": the organisation only modifies the role
            // before the person's name.
            if self.speakers.entities[e].kind == SpeakerKind::Organization {
                let mut k = self.tok_at(span.end);
                let start = k;
                while k < hi
                    && k - start < 4
                    && self.is_wordlike(k)
                    && self.toks[k].is_lower_start()
                    && !self.break_after(k)
                {
                    k += 1;
                }
                if k > start
                    && let Some((m, p)) = self.mention_at(self.toks[k].span())
                    && self.speakers.entities[p].kind == SpeakerKind::Person
                {
                    return Some(Subject {
                        span: ByteSpan::new(span.start, m.end),
                        res: Res::Entity(p),
                    });
                }
            }
            return Some(Subject {
                span,
                res: Res::Entity(e),
            });
        }
        let w = self.word(i);
        if let Some(p) = verbs::pronoun(w) {
            return Some(Subject {
                span: t.span(),
                res: Res::Pronoun(p),
            });
        }
        // A time adjunct is no one: "The award, announced Thursday, has …".
        if verbs::ends_np(w)
            || verbs::is_time_word(w) && (t.is_lower_start() || is_calendar_word(w))
        {
            return None;
        }
        let mut j = i;
        let mut head = i;
        // ("of" inside an organisation's name goes on after "according to": "according to
        // former Bank of Canada governor David Dodge". After "said" a name and "of" may open
        // the reported clause: "said the Council of Rulers held a meeting".)
        let according = self.word(last).eq_ignore_ascii_case("to");
        let name_of = |j: usize| {
            according
                && self.word(j) == "of"
                && j > i
                && j < hi
                && self.toks[j - 1].is_capitalized()
                && self.toks[j + 1].is_capitalized()
        };
        while j <= hi
            && j - i < 7
            && self.is_wordlike(j)
            && (j == i || !verbs::ends_np(self.word(j)) || name_of(j))
        {
            if !self.toks[j].is_capitalized() || verbs::is_org_noun(self.word(j)) {
                head = j;
            }
            j += 1;
            if self.break_after(j - 1) {
                break;
            }
        }
        let span = ByteSpan::new(t.span().start, self.toks[j - 1].span().end);
        // "said the IFSD’s Azfar Ali Khan": a person in the phrase before an organisation.
        if let Some(e) = self.person_between(span.start, span.end) {
            return Some(Subject {
                span,
                res: Res::Entity(e),
            });
        }
        // "according to results released by the Election Commission", "according to data
        // from the CDC": whoever the phrase's "by" or "from" names speaks through it (not
        // after a person: "said lead scientist Marco Ajello from the Kavli Institute").
        if j < hi && matches!(self.word(j), "by" | "from") {
            let mut k = j + 1;
            if verbs::is_determiner(self.word(k)) && k < hi {
                k += 1;
            }
            if let Some((m, e)) = self.mention_at(self.toks[k].span()) {
                return Some(Subject {
                    span: ByteSpan::new(t.span().start, m.end),
                    res: Res::Entity(e),
                });
            }
        }
        // (After "according to", a name that starts in the phrase goes on past an "of" or
        // "for" that ended it: "according to the Center for Responsive Politics".)
        if let Some((m, e)) = self
            .mention_starting_in(span)
            .filter(|(m, _)| according || m.end <= span.end)
        {
            return Some(Subject {
                span: ByteSpan::new(span.start, span.end.max(m.end)),
                res: Res::Entity(e),
            });
        }
        // "the Crown", "Surrey staff": capitalised words after a determiner are a name.
        // (The tokens within `span` are those from `i` to `j - 1`: no search for them.)
        let words = &self.toks[i..j];
        let skip = usize::from(
            words
                .first()
                .is_some_and(|t| verbs::is_determiner(t.text(self.text))),
        );
        // Capitalised words after the first name someone ("media buying company GroupM", "the
        // National Institute"); a lone capitalised organisation noun is a role.
        let caps = words[skip.min(words.len())..]
            .iter()
            .filter(|t| t.is_capitalized())
            .count();
        let name = words.len() > skip
            && (caps >= 2
                || words[skip..].iter().all(|t| t.is_capitalized())
                    && !verbs::is_org_noun(self.word(head))
                || words[skip + 1..].iter().any(|t| t.is_capitalized()) && caps >= 1);
        Some(Subject {
            span,
            res: if name { Res::Name } else { Res::Role(head) },
        })
    }

    fn last_mention_in(&self, span: ByteSpan) -> Option<(ByteSpan, usize)> {
        let i = self.mentions.partition_point(|(m, _)| m.start < span.start);
        self.mentions[i..]
            .iter()
            .take_while(|(m, _)| m.start < span.end)
            .filter(|(m, _)| m.end <= span.end)
            .last()
            .copied()
    }

    /// The first mention that starts inside `span`, wherever it ends.
    fn mention_starting_in(&self, span: ByteSpan) -> Option<(ByteSpan, usize)> {
        let i = self.mentions.partition_point(|(m, _)| m.start < span.start);
        self.mentions
            .get(i)
            .filter(|(m, _)| m.start < span.end)
            .copied()
    }

    fn first_mention_in(&self, span: ByteSpan) -> Option<(ByteSpan, usize)> {
        let i = self.mentions.partition_point(|(m, _)| m.start < span.start);
        self.mentions[i..]
            .iter()
            .take_while(|(m, _)| m.start < span.end)
            .find(|(m, _)| m.end <= span.end)
            .copied()
    }

    // ---- pass 4: indirect speech -------------------------------------------------------------

    fn indirect(&mut self) {
        // A copy: the rules below look verbs up by token (a few hundred bytes per article).
        let verbs = self.verbs.clone();
        let attributed: Vec<usize> = self
            .cands
            .iter()
            .filter_map(|c| c.verb.map(|v| v.tok))
            .collect();
        // Verbs that attribute a quotation right before their subject ("“…,” she told …"; not
        // a title further back: "“Dark Knight Rises” was arrested after witnesses said …").
        let attributed_after: Vec<usize> = self
            .cands
            .iter()
            .filter(|c| {
                c.subject.is_some_and(|s| {
                    c.span.end <= s.span.start
                        && self.count_words(ByteSpan::new(c.span.end, s.span.start)) == 0
                })
            })
            .filter_map(|c| c.verb.map(|v| v.tok))
            .collect();
        let mut out = Vec::new();
        for (vi, v) in verbs.iter().enumerate() {
            let vstart = self.toks[v.tok].span().start;
            if self.inside_direct(vstart) {
                continue;
            }
            let Some(si) = self.view.sentence_at(vstart) else {
                continue;
            };
            let srange = self.view.sentence_token_range(si);
            // Clause start: after a line break inside the sentence, or a closing quote.
            let mut lo = srange.start;
            for k in (srange.start..v.tok).rev() {
                // (Or after a dateline's dash: "MALATYA, Turkey (AP) — A quake struck …".)
                let dateline = k > srange.start
                    && self.word(k - 1) == ")"
                    && matches!(self.word(k), "—" | "–" | "-");
                if self.break_after(k)
                    || self.has_quote(k)
                    || self.punct_has(k, &[';', ':'])
                    || dateline
                {
                    lo = k + 1;
                    break;
                }
            }
            let mut hi = srange.end.saturating_sub(1);
            for k in v.last..srange.end {
                if self.break_after(k) {
                    hi = k;
                    break;
                }
            }
            // "X is saying that …" is a finite report; "…, saying that …" reports the subject
            // of the sentence.
            let progressive = v.tok > 0 && verbs::is_passive_aux(self.word(v.tok - 1));
            if v.info.has(verbs::PARTICIPLE) && !progressive {
                // "Interfax quoted Alexander Lebed as saying …", "Lebed was quoted as saying
                // …": the one quoted speaks.
                if v.tok >= lo + 2 && self.word(v.tok - 1).eq_ignore_ascii_case("as") {
                    if let Some(subject) = self.quoted_as(*v, lo)
                        && let Some(start) = self.clause_after(*v, hi)
                    {
                        let end = self.clause_end(start, hi, &verbs[vi + 1..]);
                        out.push(self.indirect_cand(*v, start, end, subject));
                    }
                    continue;
                }
                if v.tok == 0 || !self.punct_has(v.tok - 1, &[',']) {
                    continue;
                }
                if let Some(start) = self.clause_after(*v, hi) {
                    let end = self.clause_end(start, hi, &verbs[vi + 1..]);
                    // "…, Lohmar said, adding that …": the one who said it adds, not the first
                    // name of the clause said ("the charges against Emery …").
                    let said = vi.checked_sub(1).map(|p| verbs[p]).filter(|p| {
                        p.last + 2 == v.tok
                            && !p.info.has(verbs::PARTICIPLE)
                            && !p.info.has(verbs::NOUNLIKE)
                    });
                    let subject = said
                        .and_then(|p| self.subject_before(p.tok, lo))
                        .or_else(|| self.participle_subject(lo, v.tok));
                    out.push(self.indirect_cand(*v, start, end, subject));
                }
                continue;
            }
            let according = self.word(v.tok).eq_ignore_ascii_case("according");
            if according {
                let Some(subj) = self.subject_after(v.last, hi) else {
                    continue;
                };
                let subj_end = self.tok_at(subj.span.end);
                let starts = v.tok == lo || !self.punct_has(v.tok - 1, &[',']);
                if starts
                    && subj_end <= hi
                    && self.punct_has(subj_end, &[','])
                    && !self.has_quote(subj_end)
                {
                    // "According to X, …"
                    let start = subj_end + 1;
                    if start <= hi && !self.has_quote(start) {
                        let end = self.clause_end(start, hi, &verbs[vi + 1..]);
                        out.push(self.indirect_cand(*v, start, end, Some(subj)));
                    }
                } else if v.tok > lo && self.punct_has(v.tok - 1, &[',']) {
                    // "…, according to X." (or inside the sentence, after its subject of six
                    // tokens at most: "The British Navy, according to sources, practiced …"
                    // reports all of it; not after a whole clause, "… rose to 11.6 percent,
                    // according to Eurostat, and in several countries …".)
                    let inside = (subj_end < hi && v.tok - lo <= 6)
                        .then(|| self.parenthetical(lo, subj_end, hi, *v, subj, &verbs[vi + 1..]))
                        .flatten();
                    if let Some(c) =
                        inside.or_else(|| self.clause_before(lo, v.tok - 1, *v, Some(subj)))
                    {
                        out.push(c);
                    }
                }
                continue;
            }
            // ", said X" is an attribution after the clause, not a subject before a clause.
            // (Not after a subject that opens the clause and an apposition or adjunct between
            // commas: "Altman, speaking at a conference, said Microsoft would …" reports what
            // Altman said about Microsoft.)
            let comma_before = v.tok > lo && self.punct_has(v.tok - 1, &[',']);
            let opening_subject = || {
                self.subject_before(v.tok, lo).is_some_and(|s| {
                    let end = self.tok_at(s.span.end);
                    matches!(s.res, Res::Entity(_))
                        && self.tok_at(s.span.start) == lo
                        && end < v.tok - 1
                        && self.punct_has(end, &[','])
                })
            };
            let postposed = comma_before
                && self
                    .subject_after(v.last, hi)
                    .is_some_and(|s| matches!(s.res, Res::Entity(_) | Res::Name))
                && !opening_subject();
            let mut pre = if postposed {
                None
            } else {
                self.subject_before(v.tok, lo)
            };
            // (A time before ", says" leaves the subject to the words after the verb: "iPad
            // Mini to debut in September, says analyst".)
            if pre.is_some_and(|s| s.res == Res::Nobody)
                && comma_before
                && self.subject_after(v.last, hi).is_some_and(|s| {
                    let e = self.tok_at(s.span.end);
                    (e > hi || self.punct_has(e, &['.', ',', '!', '?', ';']))
                        && (matches!(s.res, Res::Entity(_) | Res::Name)
                            || self.count_words(s.span) <= 3)
                })
            {
                pre = None;
            }
            // "X asserted that …, and said that …": the same subject.
            if pre.is_none()
                && v.tok > lo
                && self.word(v.tok - 1).eq_ignore_ascii_case("and")
                && let Some(prev) = out.last()
                && prev.span.end >= self.toks[lo].span().start
            {
                pre = prev.subject;
            }
            // "I believe …", "we hope …" outside quotations: the writer's own view.
            if pre.is_some_and(|s| s.res == Res::Pronoun(Pronoun::Speaker)) {
                continue;
            }
            // (A verb that attributes the quotation right before its subject takes a clause
            // after it only with "that": "“…,” Cindy Dalglish told Surrey’s councillors at
            // Tuesday’s meeting." reports nothing more.)
            if let Some(subj) = pre
                && (v.info.has(verbs::THAT) || v.info.has(verbs::BARE))
                && let Some(start) = self.clause_after(*v, hi)
                && (!attributed_after.contains(&v.tok)
                    || self.word(start - 1).eq_ignore_ascii_case("that"))
            {
                let end = self.clause_end(start, hi, &verbs[vi + 1..]);
                out.push(self.indirect_cand(*v, start, end, Some(subj)));
                continue;
            }
            if attributed.contains(&v.tok) {
                continue;
            }
            // "…, X said." / "…, said X."
            let after_ok = |k: usize| {
                k > hi || self.punct_has(k, &['.', ',', '!', '?', ';']) && !self.has_quote(k)
            };
            if let Some(subj) = pre {
                let mut s = self.tok_at(subj.span.start);
                while s > lo && verbs::is_determiner(self.word(s - 1)) {
                    s -= 1;
                }
                // A title the names left out of the mention: "…, Mr. Marsh said", "…, Secretary
                // of State Ivo Marsh said".
                if s > lo && !self.punct_has(s - 1, &[',']) {
                    let titled = (lo + 1..s).rev().take(6).find(|&k| {
                        self.punct_has(k - 1, &[','])
                            && (k..s).all(|j| {
                                self.toks[j].is_capitalized() && !self.break_after(j)
                                    || self.word(j) == "of"
                            })
                    });
                    if let Some(k) = titled {
                        s = k;
                    }
                }
                let e = self.skip_short_adjunct(v.last + 1, hi);
                if s > lo
                    && self.punct_has(s - 1, &[','])
                    && !self.has_quote(s - 1)
                    && after_ok(e)
                    && let Some(c) = self
                        .clause_before(lo, s - 1, *v, Some(subj))
                        .or_else(|| self.parenthetical(lo, e, hi, *v, subj, &verbs[vi + 1..]))
                {
                    out.push(c);
                }
            } else if v.tok > lo
                && self.punct_has(v.tok - 1, &[','])
                && !self.has_quote(v.tok - 1)
                && let Some(subj) = self.subject_after(v.last, hi)
            {
                let e = self.tok_at(subj.span.end);
                if after_ok(e)
                    && let Some(c) = self
                        .clause_before(lo, v.tok - 1, *v, Some(subj))
                        .or_else(|| self.parenthetical(lo, e, hi, *v, subj, &verbs[vi + 1..]))
                {
                    out.push(c);
                }
            }
        }
        // Direct quotations inside reported clauses are part of them.
        out.retain(|c: &Cand| !c.span.is_empty());
        out.sort_by_key(|c| c.span.start);
        let mut kept: Vec<Cand> = Vec::with_capacity(out.len());
        for c in out {
            if let Some(p) = kept.last_mut()
                && p.span.end > c.span.start
            {
                // A reported clause inside another ("… said that X noted Y") ends the outer one
                // where the inner attribution begins.
                let attribution = c.subject.map_or(c.span.start, |s| s.span.start).min(
                    c.verb
                        .map_or(c.span.start, |v| self.toks[v.tok].span().start),
                );
                if attribution > p.span.start && attribution < c.span.start {
                    p.span.end = p.span.end.min(attribution);
                } else if c.span.end <= p.span.end {
                    continue;
                } else {
                    p.span.end = c.span.start;
                }
            }
            kept.push(c);
        }
        let mut directs = std::mem::take(&mut self.cands);
        for ind in kept.iter_mut() {
            // A direct quotation that starts the clause keeps its own; partial quotations
            // inside the clause go.
            directs.retain(|d| {
                !(ind.span.start < d.outer.start
                    && d.outer.end <= ind.span.end + 4
                    && !d.standalone)
                    || d.continued
            });
            for d in directs.iter() {
                if d.outer.start < ind.span.end && ind.span.start < d.outer.end {
                    if d.outer.start > ind.span.start {
                        ind.span.end = ind.span.end.min(d.outer.start);
                    } else {
                        ind.span.start = ind.span.start.max(d.outer.end);
                    }
                }
            }
            let t = self.trim_span(ind.span);
            ind.span = t;
            ind.outer = t;
        }
        kept.retain(|c| !c.span.is_empty() && self.count_words(c.span) >= 3);
        directs.extend(kept);
        directs.sort_by_key(|c| c.span.start);
        self.cands = directs;
    }

    fn trim_span(&self, span: ByteSpan) -> ByteSpan {
        if span.is_empty() {
            return span;
        }
        let s = &self.text[span.range()];
        let t = s.trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '-' | '\u{2014}')
        });
        let lead = t.len()
            - t.trim_start_matches(|c: char| {
                c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | '-' | '\u{2014}' | ')')
            })
            .len();
        ByteSpan::new(span.start + lead, span.start + t.len())
    }

    fn indirect_cand(&self, v: Verb, start: usize, end: usize, subject: Option<Subject>) -> Cand {
        let span = if start <= end && end < self.toks.len() {
            ByteSpan::new(self.toks[start].span().start, self.toks[end].span().end)
        } else {
            ByteSpan::default()
        };
        Cand {
            span,
            outer: span,
            kind: Kind::Indirect,
            verb: Some(v),
            subject,
            continued: false,
            standalone: false,
            run: usize::MAX,
            speaker: None,
            keep: true,
        }
    }

    /// The first token of the clause reported by `v`, if one follows.
    fn clause_after(&self, v: Verb, hi: usize) -> Option<usize> {
        let mut j = v.last + 1;
        if j > hi || self.break_after(v.last) {
            return None;
        }
        // A short adjunct of time or manner: "said Sunday", "said last week", "said again".
        j = self.skip_short_adjunct(j, hi);
        if j > hi {
            return None;
        }
        let w = self.word(j);
        if w.eq_ignore_ascii_case("that") {
            return self.clause_start_ok(j + 1, hi);
        }
        // "The updates tell of a search that was cut short": what one tells of is a topic, and
        // its "that" a relative pronoun (not "said of the plan that it failed"; nor "told of
        // how he had been contacted", which reports).
        if v.info.has(verbs::HEARER)
            && w.eq_ignore_ascii_case("of")
            && !(j < hi && self.word(j + 1).eq_ignore_ascii_case("how"))
        {
            return None;
        }
        // Look a little further for "that" past a longer adjunct or a hearer.
        let adjunct = verbs::is_adjunct_start(w);
        if adjunct || v.info.has(verbs::HEARER) {
            let mut k = j;
            while k <= hi && k - j < 10 {
                if self.punct_has(k, &['.', '!', '?', ';', ':']) || self.break_after(k) {
                    break;
                }
                if self.word(k).eq_ignore_ascii_case("that") {
                    return self.clause_start_ok(k + 1, hi);
                }
                // "complained about it to him, but he …": another clause.
                if adjunct && (self.punct_has(k, &[',']) || verbs::is_conjunction(self.word(k))) {
                    break;
                }
                // "said in his speech he was ready": a subject pronoun after the adjunct.
                if adjunct && k > j + 1 && self.toks[k].is_lower_start() {
                    let base = verbs::without_clitic(self.word(k));
                    if verbs::pronoun(base).is_some_and(|p| p != Pronoun::Speaker)
                        || base.eq_ignore_ascii_case("there")
                    {
                        return self.clause_start_ok(k, hi);
                    }
                }
                k += 1;
            }
            if adjunct {
                return None;
            }
            // "tells the truth", "told lies": no hearer, no report.
            let told = if verbs::is_determiner(w) { j + 1 } else { j };
            if told <= hi && verbs::is_told_thing(self.word(told)) {
                return None;
            }
            // A hearer without "that": "told reporters the plan …", "told CTV News there …".
            if let Some((m, _)) = self.mention_at(self.toks[j].span()) {
                j = self.tok_at(m.end);
            } else if verbs::is_determiner(w) {
                // "the crowd", "the Mayors Council".
                j += 1;
                if j <= hi && self.toks[j].is_capitalized() {
                    while j <= hi && self.toks[j].is_capitalized() {
                        j += 1;
                    }
                } else {
                    // "the newspaper Dagens Nyheter": an outlet's name after its kind.
                    let outlet = j <= hi && verbs::is_outlet_noun(self.word(j));
                    j += 1;
                    while outlet && j <= hi && self.toks[j].is_capitalized() {
                        j += 1;
                    }
                }
            } else if self.toks[j].is_capitalized() {
                while j <= hi && self.toks[j].is_capitalized() {
                    j += 1;
                }
            } else {
                j += 1;
            }
            if j > hi {
                return None;
            }
            let w = self.word(j);
            let base = verbs::without_clitic(w);
            // "told reporters mass shooters were …": after tell, any clause.
            let bare = verbs::pronoun(base).is_some()
                || base.eq_ignore_ascii_case("there")
                || verbs::is_determiner(w)
                || w.eq_ignore_ascii_case("that")
                || (v.info.has(verbs::BARE)
                    && self.is_wordlike(j)
                    && !verbs::blocks_bare_clause(base)
                    && !verbs::is_adjunct_start(w));
            if !bare {
                return None;
            }
            if w.eq_ignore_ascii_case("that") {
                return self.clause_start_ok(j + 1, hi);
            }
            return self.clause_start_ok(j, hi);
        }
        let t = self.toks[j];
        let base = verbs::without_clitic(w);
        // "adds it to your payment", "explained it to me", "said it in jest": a pronoun and a
        // preposition are the verb's object and an adjunct, no clause.
        if matches!(w, "it" | "them" | "this")
            && matches!(
                self.word(j + 1),
                "to" | "into" | "onto" | "on" | "in" | "for" | "from" | "with" | "at" | "as"
            )
        {
            return None;
        }
        let ok = if v.info.has(verbs::BARE) {
            matches!(t.kind, TokenKind::Word | TokenKind::Number)
                && !verbs::blocks_bare_clause(base)
        } else {
            verbs::pronoun(base)
                .is_some_and(|p| p != Pronoun::Speaker || base == "I" || base == "we")
                || base.eq_ignore_ascii_case("there")
                || self.mention_at(t.span()).is_some()
        };
        if ok {
            self.clause_start_ok(j, hi)
        } else {
            None
        }
    }

    /// The token after a one- or two-word adjunct at `j` ("Sunday", "on Monday", "last week",
    /// "again", "in a statement" is not short), with its comma; `j` when there is none.
    fn skip_short_adjunct(&self, j: usize, hi: usize) -> usize {
        let w = self.word(j);
        let mut k = j;
        let relative = |k: usize| {
            ["last", "this", "next"]
                .iter()
                .any(|x| x.eq_ignore_ascii_case(self.word(k)))
                && verbs::is_time_word(self.word(k + 1))
        };
        // ("said earlier this month that …", "said later this week".)
        if (w.eq_ignore_ascii_case("earlier") || w.eq_ignore_ascii_case("later")) && relative(j + 1)
        {
            k = j + 3;
        } else if verbs::is_time_word(w) || verbs::is_manner_adverb(w) {
            k = j + 1;
        } else if ["last", "this", "next", "on", "early", "late"]
            .iter()
            .any(|x| x.eq_ignore_ascii_case(w))
            && verbs::is_time_word(self.word(j + 1))
        {
            k = j + 2;
        }
        if k > j && k <= hi && self.punct_has(k, &[',']) && !self.has_quote(k) {
            k += 1;
        }
        k
    }

    fn clause_start_ok(&self, j: usize, hi: usize) -> Option<usize> {
        (j <= hi && (self.is_wordlike(j) || self.has_quote(j))).then_some(j)
    }

    /// The last token of a clause that starts at `start`: the sentence's end, or before a
    /// following ", adding …".
    fn clause_end(&self, start: usize, hi: usize, later: &[Verb]) -> usize {
        let mut end = hi;
        for v in later {
            if v.tok > hi {
                break;
            }
            if v.tok > start && v.info.has(verbs::PARTICIPLE) && self.punct_has(v.tok - 1, &[',']) {
                end = v.tok.saturating_sub(2);
                break;
            }
            // "…, its president told The Associated Press on Monday": an attribution after the
            // clause, its subject right after a comma and little after its verb, ends it (not
            // "…, the country had admitted 1.4 million refugees, overwhelming …").
            if v.tok > start + 3
                && hi.saturating_sub(v.last) <= 7
                && !v.info.has(verbs::PARTICIPLE)
                && !v.info.has(verbs::NOUNLIKE)
                && !v.info.has(verbs::NAMING)
                && let Some(s) = self.subject_before(v.tok, start + 1)
                && self.tok_holding(s.span.end - 1) + 1 == v.tok
                && let subject = self.tok_at(s.span.start)
                && subject > start + 3
                && self.punct_has(subject - 1, &[','])
                && !self.has_quote(subject - 1)
            {
                end = subject - 2;
                break;
            }
            // "…, and said that …": a second report by the same speaker.
            if v.tok > start + 1
                && self.word(v.tok - 1).eq_ignore_ascii_case("and")
                && (v.info.has(verbs::THAT) || v.info.has(verbs::BARE))
            {
                end = v.tok.saturating_sub(2);
                break;
            }
        }
        while end > start && self.is_punct(end) && !self.has_quote(end) {
            end -= 1;
        }
        end
    }

    /// The reported clause before an attribution ("…, X said."): from `lo` to before token
    /// `comma`.
    fn clause_before(
        &self,
        lo: usize,
        comma: usize,
        v: Verb,
        subject: Option<Subject>,
    ) -> Option<Cand> {
        if comma <= lo {
            return None;
        }
        let end = comma - 1;
        // A quotation that starts the clause or ends at the comma is attributed as such.
        if self.has_quote(lo) || self.has_quote(end) || self.has_quote(comma) {
            return None;
        }
        let c = self.indirect_cand(v, lo, end, subject);
        (self.count_words(c.span) >= 4).then_some(c)
    }

    /// An attribution inside its sentence ("Too often, he says, they get it."): the whole
    /// sentence is reported, when at least three words follow the attribution's comma at `e`.
    fn parenthetical(
        &self,
        lo: usize,
        e: usize,
        hi: usize,
        v: Verb,
        subject: Subject,
        later: &[Verb],
    ) -> Option<Cand> {
        if e >= hi || !self.punct_has(e, &[',']) || self.has_quote(e) || self.has_quote(lo) {
            return None;
        }
        let rest = ByteSpan::new(self.toks[e + 1].span().start, self.toks[hi].span().end);
        if self.count_words(rest) < 3 || (e + 1..=hi).any(|k| self.has_quote(k)) {
            return None;
        }
        let end = self.clause_end(e + 1, hi, later);
        Some(self.indirect_cand(v, lo, end, Some(subject)))
    }

    /// The one who speaks by the participle at token `tok` after a comma ("…, adding that"),
    /// in the sentence from token `start`: the subject of its main clause; with no one named,
    /// the phrase before a verb in the past ("The ISPs objected, arguing that …").
    fn participle_subject(&self, start: usize, tok: usize) -> Option<Subject> {
        self.sentence_subject(start, tok - 1).or_else(|| {
            let verb = tok
                .checked_sub(2)
                .filter(|&k| k > start && k - start <= 5)?;
            (self.toks[verb].is_lower_start() && self.word(verb).ends_with("ed"))
                .then(|| self.np_ending_at(verb - 1, start, false))
                .flatten()
        })
    }

    /// For a participle ("…, adding that"): the subject of the sentence's main clause.
    fn sentence_subject(&self, lo: usize, upto: usize) -> Option<Subject> {
        for k in lo..upto {
            let t = self.toks[k];
            if self.inside_direct(t.span().start) {
                continue;
            }
            if let Some((span, e)) = self.mention_at(t.span()) {
                return Some(Subject {
                    span,
                    res: Res::Entity(e),
                });
            }
            if let Some(p) = verbs::pronoun(self.word(k)) {
                return Some(Subject {
                    span: t.span(),
                    res: Res::Pronoun(p),
                });
            }
        }
        None
    }

    // ---- pass 5: speakers and output ---------------------------------------------------------

    /// A mention that a pronoun or role can stand for: not inside a quotation (the speaker
    /// talking about someone) nor in parentheses (a photo credit, "(Jane Doe/CBC)").
    fn referable(&self, m: ByteSpan) -> bool {
        if self.inside_direct(m.start) {
            return false;
        }
        let i = self.parens.partition_point(|p| p.start <= m.start);
        !(i > 0 && self.parens[i - 1].end > m.start)
    }

    /// Spans of parentheses, "(" to ")" on one line, by start.
    fn find_parens(&mut self) {
        let mut open = None;
        for p in memchr::memchr2_iter(b'(', b')', self.bytes) {
            match (self.bytes[p], open) {
                (b'(', _) => open = Some(p),
                (b')', Some(o)) => {
                    if memchr::memchr(b'\n', &self.bytes[o..p]).is_none() {
                        self.parens.push(ByteSpan::new(o, p + 1));
                    }
                    open = None;
                }
                _ => {}
            }
        }
    }

    /// (In these searches the candidate is tested before the mention is: [`Finder::referable`]
    /// costs two binary searches, and most mentions are of candidates that are not wanted.)
    fn nearest(&self, before: usize, want: impl Fn(&Candidate) -> bool) -> Option<usize> {
        let i = self.mentions.partition_point(|(m, _)| m.start < before);
        self.mentions[..i]
            .iter()
            .rev()
            .find(|(m, e)| want(&self.speakers.entities[*e]) && self.referable(*m))
            .map(|(_, e)| *e)
    }

    /// The candidate in subject position nearest before `before`: the first wanted mention
    /// (outside quotations) of the sentence, going back sentence by sentence (a few at most);
    /// else the nearest wanted mention.
    fn centered(&self, before: usize, want: impl Fn(&Candidate) -> bool) -> Option<usize> {
        self.centered_by(
            before,
            &|e: usize| want(&self.speakers.entities[e]),
            true,
            None,
        )
    }

    /// [`Finder::centered`] with a test on the candidate's index; without `fallback`, only the
    /// recent sentences are searched. With `chain`, the gender of a "he" or "she" being resolved
    /// (1 or -1), a sentence that opens on such a pronoun is passed over.
    fn centered_by(
        &self,
        before: usize,
        want: &dyn Fn(usize) -> bool,
        fallback: bool,
        chain: Option<i32>,
    ) -> Option<usize> {
        let si = self
            .view
            .sentences
            .partition_point(|s| s.start <= before)
            .saturating_sub(1);
        for k in (0..=si).rev().take(CENTERING_SENTENCES) {
            let Some(sent) = self.view.sentences.get(k) else {
                break;
            };
            let lim = sent.end.min(before);
            let i = self.mentions.partition_point(|(m, _)| m.start < sent.start);
            // The one who speaks in the sentence, else its first name: "Each of the charges
            // against Emery carries …, Lohmar said. “…,” he said." is Lohmar's. (One pass.)
            let mut first = None;
            let mut speaker = None;
            for mention in self.mentions[i..]
                .iter()
                .take_while(|(m, _)| m.start < lim)
                .filter(|(m, e)| want(*e) && self.referable(*m))
            {
                first.get_or_insert(mention);
                if self.reporters.binary_search(&mention.0.start).is_ok() {
                    speaker = Some(mention);
                    break;
                }
            }
            let found = speaker.or(first);
            // A sentence whose subject is already "he" or "she" goes on about someone named
            // before it: "He said the business, with a credit union run by his father's friend,
            // Martin Legere, gave a boost. “…,” he said." is not Legere's.
            if let (Some(g), Some((m, _))) = (chain, found)
                && self
                    .view
                    .tokens_in(ByteSpan::new(sent.start, m.start))
                    .iter()
                    .take(2)
                    .any(|t| {
                        let w = t.text(self.text);
                        matches!(w, "He" | "She" | "he" | "she") && verbs::pronoun_gender(w) == g
                    })
            {
                continue;
            }
            if let Some((_, e)) = found {
                return Some(*e);
            }
        }
        if !fallback {
            return None;
        }
        let i = self.mentions.partition_point(|(m, _)| m.start < before);
        self.mentions[..i]
            .iter()
            .rev()
            .find(|(m, e)| want(*e) && self.referable(*m))
            .map(|(_, e)| *e)
    }

    /// Where the attribution of `c` ends: the end of the sentence holding the later of the
    /// quotation's end and its verb.
    fn attribution_end(&self, c: &Cand) -> usize {
        let mut end = c.outer.end;
        if let Some(v) = c.verb {
            end = end.max(self.toks[v.last].span().end);
        }
        if let Some(s) = c.subject {
            end = end.max(s.span.end);
        }
        match self.view.sentence_at(end.saturating_sub(1)) {
            Some(k) => self.view.sentences[k].end.max(end),
            None => end,
        }
    }

    /// The first person mentioned (outside quotations) in `from..to`.
    fn person_between(&self, from: usize, to: usize) -> Option<usize> {
        let i = self.mentions.partition_point(|(m, _)| m.start < from);
        self.mentions[i..]
            .iter()
            .take_while(|(m, _)| m.start < to)
            .find(|(m, e)| {
                self.speakers.entities[*e].kind == SpeakerKind::Person && self.referable(*m)
            })
            .map(|(_, e)| *e)
    }

    fn resolve(&self, s: &Subject) -> Option<usize> {
        let at = s.span.start;
        let person = |c: &Candidate| c.kind == SpeakerKind::Person;
        let org = |c: &Candidate| c.kind == SpeakerKind::Organization;
        match s.res {
            Res::Entity(e) => Some(e),
            Res::Pronoun(Pronoun::Singular) => {
                let g = verbs::pronoun_gender(&self.text[s.span.range()]);
                let gender = |i: usize| self.genders.get(i).copied().unwrap_or(Gender::Unknown);
                let same = |i: usize| {
                    person(&self.speakers.entities[i])
                        && match gender(i) {
                            Gender::Male => g > 0,
                            Gender::Female => g < 0,
                            Gender::Unknown => false,
                        }
                };
                let fits = |i: usize| {
                    person(&self.speakers.entities[i])
                        && match gender(i) {
                            Gender::Male => g >= 0,
                            Gender::Female => g <= 0,
                            Gender::Unknown => true,
                        }
                };
                // A person the text gives the pronoun's gender first, among the recent
                // subjects; else anyone it fits.
                self.centered_by(at, &same, false, Some(g))
                    .or_else(|| self.centered_by(at, &fits, true, Some(g)))
            }
            Res::Pronoun(Pronoun::Plural) => self.centered(at, org),
            Res::Pronoun(Pronoun::Neuter) => self.centered(at, org),
            Res::Pronoun(Pronoun::Speaker) => None,
            Res::Name | Res::Nobody => None,
            Res::Role(head) => {
                let w = self.word(head);
                let first = self
                    .view
                    .tokens_in(s.span)
                    .first()
                    .map(|t| t.text(self.text));
                // "a friend", "one of the players": someone new, named as written.
                let indefinite = first.is_some_and(|f| {
                    [
                        "a", "an", "one", "another", "some", "many", "several", "most",
                    ]
                    .iter()
                    .any(|d| d.eq_ignore_ascii_case(f))
                });
                // "his office", "her lawyer": someone of the person the pronoun stands for,
                // named as written; but "her statement said" is hers ("their report", theirs).
                if let Some(owner) = self.view.tokens_in(s.span).first().filter(|t| {
                    let f = t.text(self.text);
                    ["his", "her", "their", "its"]
                        .iter()
                        .any(|p| p.eq_ignore_ascii_case(f))
                }) {
                    if !verbs::is_document_noun(w) {
                        return None;
                    }
                    let f = owner.text(self.text);
                    let res = if verbs::pronoun_gender(f) != 0 {
                        Res::Pronoun(Pronoun::Singular)
                    } else {
                        Res::Pronoun(Pronoun::Plural)
                    };
                    return self.resolve(&Subject {
                        span: owner.span(),
                        res,
                    });
                }
                // "Trudeau's office": a phrase of its own.
                let possessive = self.first_mention_in(s.span).is_some();
                if indefinite || possessive {
                    return None;
                }
                // "the presidential office", "the royal palace": an office-holder's own body,
                // named as written (not the party or ministry named nearest).
                let holders = self.view.tokens_in(s.span).iter().any(|t| {
                    let f = t.text(self.text);
                    ["presidential", "royal", "papal", "mayoral"]
                        .iter()
                        .any(|a| a.eq_ignore_ascii_case(f))
                });
                if holders && verbs::is_org_noun(w) {
                    return None;
                }
                if verbs::is_org_noun(w) {
                    let lw = w.to_ascii_lowercase();
                    // (A state's body that no organisation of the article is named after is
                    // none of them: "the army said" after "UNHCR said" is the army.)
                    self.nearest(at, |c| org(c) && c.name.to_ascii_lowercase().contains(&lw))
                        .or_else(|| {
                            if verbs::is_state_body_noun(w) {
                                None
                            } else {
                                self.centered(at, org)
                            }
                        })
                } else {
                    let with_role = |c: &Candidate| {
                        person(c) && c.roles.iter().any(|r| r.eq_ignore_ascii_case(w))
                    };
                    if let Some(e) = self.nearest(at, with_role) {
                        return Some(e);
                    }
                    // (Nor does a document fall to the person named nearest: "the complaint
                    // said" is not the victim's word.)
                    let plural = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
                        || w.ends_with("men")
                        || matches!(w, "people" | "children");
                    if plural || verbs::is_document_noun(w) || verbs::is_third_party(w) {
                        None
                    } else {
                        self.centered(at, person)
                    }
                }
            }
        }
    }

    /// Is token `k` a form of "be" that makes a passive: "was", "been", or the clitic of
    /// "it", "that", "what" or "this" ("It's said that …")?
    fn is_passive_aux(&self, k: usize) -> bool {
        let w = self.word(k);
        self.toks[k].is_lower_start() && verbs::is_passive_aux(w)
            || (w.ends_with("'s") || w.ends_with("’s"))
                && ["it", "that", "what", "this"]
                    .iter()
                    .any(|p| p.eq_ignore_ascii_case(verbs::without_clitic(w)))
    }

    /// Is the verb at token `v` in the passive: a form of "be" before it, or before an adverb
    /// before it ("was described", "was also described")?
    fn passive(&self, v: usize) -> bool {
        v >= 1 && self.is_passive_aux(v - 1)
            || v >= 2
                && verbs::is_skippable_before_verb(self.word(v - 1))
                && self.is_passive_aux(v - 2)
    }

    /// Each candidate's gender from the text (see [`Gender`]).
    fn infer_genders(&self) -> Vec<Gender> {
        let n = self.speakers.entities.len();
        let mut score = vec![0i32; n];
        for (i, c) in self.speakers.entities.iter().enumerate() {
            score[i] += 2 * i32::from(c.gender);
            for r in &c.roles {
                score[i] += 3 * verbs::role_gender(r);
            }
        }
        // The token of the last mention looked at: the mentions come by start, so the next
        // one's token is found by a short search on from there ([`Finder::tok_at_from`]).
        let mut t = 0;
        for (k, &(m, e)) in self.mentions.iter().enumerate() {
            if self.speakers.entities[e].kind != SpeakerKind::Person || self.inside_direct(m.start)
            {
                continue;
            }
            t = self.tok_at_from(t, m.start);
            if t > 0 {
                score[e] += 3 * verbs::title_gender(self.word(t - 1));
            }
            // The first he/she/his/her after the mention in its sentence, before another
            // person is mentioned.
            let Some(si) = self.view.sentence_at(m.start) else {
                continue;
            };
            let end = self.view.sentence_token_range(si).end;
            let next_person = self.mentions[k + 1..]
                .iter()
                .find(|(_, o)| *o != e && self.speakers.entities[*o].kind == SpeakerKind::Person)
                .map_or(usize::MAX, |(o, _)| o.start);
            let mut j = self.tok_at_from(t, m.end);
            let end = end.min(j + GENDER_WINDOW);
            while j < end && self.toks[j].span().start < next_person {
                let g = verbs::pronoun_gender(self.word(j));
                if g != 0 && !self.inside_direct(self.toks[j].span().start) {
                    score[e] += g;
                    break;
                }
                j += 1;
            }
        }
        score
            .into_iter()
            .map(|s| match s.signum() {
                1 => Gender::Male,
                -1 => Gender::Female,
                _ => Gender::Unknown,
            })
            .collect()
    }

    fn finish(mut self) -> Vec<Quote> {
        // A link to another story quotes its headline, not this story's speakers: "READ MORE:
        // Nova Scotia says hospital emergency departments closing more often".
        let bytes = self.bytes;
        self.cands.retain(|c| !on_link_line(bytes, c.outer.start));
        // Genders matter only to he/she.
        if self.cands.iter().any(|c| {
            c.subject
                .is_some_and(|s| s.res == Res::Pronoun(Pronoun::Singular))
        }) {
            self.genders = self.infer_genders();
        }
        self.reporters = self
            .cands
            .iter()
            .filter_map(|c| c.subject.filter(|s| matches!(s.res, Res::Entity(_))))
            .map(|s| s.span.start)
            .collect();
        self.reporters.sort_unstable();
        let mut cands = std::mem::take(&mut self.cands);
        for c in cands.iter_mut() {
            c.speaker = c.subject.as_ref().and_then(|s| self.resolve(s));
        }
        // Quotations without a speaker of their own take one from their run (paragraphs of one
        // quotation); else from the previous attributed quotation of the paragraph, unless
        // someone is named in between ("Durning did not need coaxing. “…”"); else from the
        // next one of the paragraph; else from one in the two paragraphs before (same proviso);
        // else the person in subject position before.
        let n = cands.len();
        let person = |c: &Candidate| c.kind == SpeakerKind::Person;
        for i in 0..n {
            if cands[i].subject.is_some() {
                continue;
            }
            // A verb in the passive ("He was also described as “a danger”") says who is
            // spoken of, not who speaks: no one else's words are borrowed.
            if cands[i].verb.is_some_and(|v| self.passive(v.tok)) {
                continue;
            }
            let para = self.para_of(cands[i].span.start);
            let at = cands[i].outer.start;
            let run = cands[i].run;
            let has = |c: &Cand| c.subject.is_some() || c.speaker.is_some();
            let mut pick: Option<usize> = None;
            let mut named_between: Option<usize> = None;
            if run != usize::MAX {
                pick = (0..n).find(|&j| j != i && cands[j].run == run && has(&cands[j]));
            }
            if pick.is_none() {
                let prev = (0..i).rev().find(|&j| has(&cands[j]));
                let prev_para = prev.map(|j| self.para_of(cands[j].span.start));
                if let Some(j) = prev
                    && prev_para.is_some_and(|p| p + 2 >= para)
                {
                    named_between = self.person_between(self.attribution_end(&cands[j]), at);
                    if named_between.is_none() {
                        pick = Some(j);
                    }
                }
                if pick.is_none() && named_between.is_none() {
                    pick = (i + 1..n)
                        .take_while(|&j| self.para_of(cands[j].span.start) == para)
                        .find(|&j| has(&cands[j]));
                }
            }
            match (named_between, pick) {
                // (Of those named since, the first of the nearest sentence: "Saka scored.
                // Guardiola praised Haaland: “…”" is Guardiola's.)
                (Some(e), _) => {
                    cands[i].speaker = self.centered(at, person).or(Some(e));
                }
                (_, Some(j)) => {
                    cands[i].speaker = cands[j].speaker;
                    if cands[i].speaker.is_none() {
                        cands[i].subject = cands[j].subject.map(|mut s| {
                            s.res = Res::Name;
                            s
                        });
                    }
                }
                _ => cands[i].speaker = self.centered(at, person),
            }
        }
        cands
            .into_iter()
            .filter(|c| !c.span.is_empty() && c.span.get(self.text).is_some())
            .map(|c| {
                let (verb, verb_span) = match c.verb {
                    Some(v) => {
                        let span = ByteSpan::new(
                            self.toks[v.tok].span().start,
                            self.toks[v.last].span().end,
                        );
                        (self.text[span.range()].to_string(), Some(span))
                    }
                    None => (String::new(), None),
                };
                Quote {
                    span: c.span,
                    verb,
                    verb_span,
                    speaker: c.speaker,
                    speaker_span: c.subject.filter(|s| s.res != Res::Nobody).map(|s| s.span),
                    kind: c.kind,
                    continued: c.continued,
                }
            })
            .collect()
    }
}

/// The direction of a mark from the char and its neighbours; `None` for what is not a quotation
/// mark at all (an apostrophe).
fn mark_dir(
    c: char,
    dir: Dir,
    before: Option<char>,
    after: Option<char>,
    double: bool,
) -> Option<Dir> {
    let open_ctx =
        is_space_like(before) && !after.is_some_and(char::is_whitespace) && after.is_some();
    // Text ends before a closing mark: a word or its punctuation ("spring,'", "job.”").
    let close_ctx = before.is_some_and(|b| {
        !b.is_whitespace() && !matches!(b, '(' | '[' | '{' | '\u{2014}' | '\u{2013}')
    }) && is_close_context(after);
    if double {
        return Some(match dir {
            Dir::Either => {
                if open_ctx {
                    Dir::Open
                } else if close_ctx {
                    Dir::Close
                } else {
                    Dir::Either
                }
            }
            Dir::Open if close_ctx && !open_ctx => Dir::Close,
            Dir::Close if open_ctx && !close_ctx && c != '\u{00BB}' => Dir::Open,
            d => d,
        });
    }
    // Single marks: only clear openings and closings count.
    let letter_after = after.is_some_and(char::is_alphabetic);
    if is_space_like(before) && letter_after && dir != Dir::Close {
        return Some(Dir::Open);
    }
    if close_ctx && before.is_some_and(|b| !b.is_whitespace()) && dir != Dir::Open {
        return Some(Dir::Close);
    }
    None
}

/// Does the line holding byte `at` open with a label of a link to another story ("READ MORE:",
/// "RELATED:", "WATCH:")?
fn on_link_line(bytes: &[u8], at: usize) -> bool {
    let start = memchr::memrchr(b'\n', &bytes[..at.min(bytes.len())]).map_or(0, |p| p + 1);
    let line = &bytes[start..];
    let label_end = line.iter().take(16).position(|&b| b == b':');
    label_end.is_some_and(|end| {
        matches!(
            &line[..end],
            b"READ MORE"
                | b"Read more"
                | b"RELATED"
                | b"Related"
                | b"WATCH"
                | b"MORE"
                | b"SEE ALSO"
                | b"ALSO READ"
                | b"READ ALSO"
        )
    })
}

/// A day of the week, a month, or a span of time counted in the plural: never a speaker.
fn is_calendar_word(word: &str) -> bool {
    matches!(
        word,
        "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "January"
            | "February"
            | "March"
            | "April"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
            | "years"
            | "months"
            | "weeks"
            | "days"
            | "decades"
            | "hours"
    )
}

#[cfg(test)]
mod tests;
