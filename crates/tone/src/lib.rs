//! Tone: the seven values of GKG V1.5TONE from a word lexicon, and the GCAM counts that the
//! shipped lexicon can honestly give.
//!
//! [`score`] walks the tokens of a [`TextView`] once, looks every word up in one table
//! ([`Lexicon`]) and counts. The values are those of the GKG 2.1 codebook:
//!
//! | value | here |
//! |---|---|
//! | Tone | Positive Score − Negative Score |
//! | Positive Score | 100 × positive words / words |
//! | Negative Score | 100 × negative words / words (a positive number) |
//! | Polarity | 100 × words that matched the tonal dictionary / words = Positive + Negative |
//! | Activity Reference Density | 100 × activity words / words |
//! | Self/Group Reference Density | 100 × first-person pronouns / words |
//! | Word Count | words |
//!
//! **Words.** A word is a token of kind [`TokenKind::Word`] or [`TokenKind::Abbreviation`] of the
//! text layer: a run of letters (and digits) with inner apostrophes or hyphens (`don't`,
//! `Putin’s`, `full-blown` are one word each), or a dotted abbreviation (`U.S.`, `Mr.`).
//! Numbers (`94,000`, `5th`, `2022-01-10`), punctuation and symbols are not words. The title and
//! any tag lines are part of the text and count like the body.
//!
//! **Which words are positive or negative.** The tonal dictionary is VADER's lexicon (MIT) plus
//! two lists written here for news prose, with one sign per word (no weights, no context): see
//! [`Lexicon::build`] for the precedence and the threshold (|valence| ≥ 1.0). The codebook counts
//! *words with a positive (negative) connotation*, so there is **no negation handling**: "not
//! good" counts one positive word, as a bag of words does. A possessive is looked up as its stem
//! when the whole token is not in the lexicon (`nation's` → `nation`).
//!
//! **Names are not feelings.** A capitalised word inside a sentence — not its first word, not
//! right after an opening quote, bracket, colon or dash — is part of a name ("United Nations",
//! "Security Council", "Hope Street") and is counted as a word but scored for neither tone nor
//! activity. A sentence whose words are mostly capitalised (a title-case headline of four words
//! or more) is scored in full. Pronouns are always counted; `US` in capitals is the country.
//!
//! **GCAM.** The shipped lexicon contains VADER's word entries unchanged, which is GCAM
//! dictionary 26 ("VADER Sentiment Lexicon (Bag of Words Mode)"), so [`Gcam`] gives `wc`,
//! `c26.1` (words of the text found in VADER) and `v26.1` (their mean valence). Every word token
//! counts there, names included: that is the bag of words. No other GCAM dimension is emitted:
//! newsgraph ships no other of the dictionaries the GCAM codebook lists.
//!
//! ```
//! let text = "Rescuers saved three families after the deadly flood destroyed their homes.";
//! let view = text::TextView::new(text);
//! let t = tone::score(text, &view);
//! assert_eq!(t.word_count, 11);
//! assert!(t.negative > t.positive);
//! assert_eq!(t.tone, t.positive - t.negative);
//! assert_eq!(t.polarity, t.positive + t.negative);
//! assert!(t.gcam.to_field(|v| v.to_string()).starts_with("wc:11,c26.1:"));
//! ```

mod lexicon;
#[cfg(test)]
mod tests;

pub use lexicon::{Entry, Lexicon, Problem, Sources, VADER_THRESHOLD_TENTHS};
use text::{ByteSpan, Shape, TextView, Token, TokenKind};

impl Lexicon {
    /// The lexicon of the shipped lists ([`Sources::SHIPPED`]), built by the build script
    /// (`build.rs`) with [`Lexicon::build`] and included as static tables: a run does not
    /// build it. (Here rather than in `lexicon.rs`, which the build script compiles too.)
    pub fn shipped() -> &'static Lexicon {
        static SHIPPED: Lexicon = include!(concat!(env!("OUT_DIR"), "/tone_lexicon.rs"));
        &SHIPPED
    }
}

/// GKG V1.5TONE's seven values and the GCAM counts of one text.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct ToneScores {
    /// Positive Score − Negative Score.
    pub tone: f64,
    /// Percentage of words that are positive (0–100).
    pub positive: f64,
    /// Percentage of words that are negative (0–100).
    pub negative: f64,
    /// Percentage of words in the tonal dictionary: Positive + Negative.
    pub polarity: f64,
    /// Activity Reference Density: percentage of words that are activity words.
    pub activity: f64,
    /// Self/Group Reference Density: percentage of words that are first-person pronouns.
    pub self_group: f64,
    /// Words in the text.
    pub word_count: u64,
    /// The GCAM values of the shipped dictionaries.
    pub gcam: Gcam,
}

/// The GCAM values newsgraph can compute: the word count and VADER (dictionary 26).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Gcam {
    /// `wc`: words in the text (the same count as V1.5TONE's).
    pub word_count: u64,
    /// `c26.1`: words found in the VADER lexicon.
    pub vader_count: u64,
    /// The sum of their VADER valences, in tenths (exact; VADER valences have one decimal).
    pub vader_tenths: i64,
}

impl Gcam {
    /// `v26.1`: the mean VADER valence of the words found, when there are any.
    pub fn vader_mean(&self) -> Option<f64> {
        (self.vader_count > 0).then(|| self.vader_tenths as f64 / (10.0 * self.vader_count as f64))
    }

    /// The V2GCAM field: `wc:N`, then `c26.1:M,v26.1:X` when some word matched VADER (GCAM
    /// reports only dimensions with matches). `float` formats X (GDELT prints 15 significant
    /// digits; `gdelt::fmt_sig15` does that).
    pub fn to_field(&self, float: impl Fn(f64) -> String) -> String {
        let mut out = format!("wc:{}", self.word_count);
        if let Some(mean) = self.vader_mean() {
            out.push_str(&format!(
                ",c26.1:{},v26.1:{}",
                self.vader_count,
                float(mean)
            ));
        }
        out
    }
}

/// The raw counts behind [`ToneScores`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    pub words: u64,
    pub positive: u64,
    pub negative: u64,
    pub activity: u64,
    pub self_group: u64,
    pub vader: u64,
    pub vader_tenths: i64,
}

impl Counts {
    /// The percentages of the codebook (all 0 for a text without words).
    pub fn scores(&self) -> ToneScores {
        let pct = |n: u64| {
            if self.words == 0 {
                0.0
            } else {
                n as f64 * 100.0 / self.words as f64
            }
        };
        let positive = pct(self.positive);
        let negative = pct(self.negative);
        ToneScores {
            tone: positive - negative,
            positive,
            negative,
            polarity: positive + negative,
            activity: pct(self.activity),
            self_group: pct(self.self_group),
            word_count: self.words,
            gcam: Gcam {
                word_count: self.words,
                vader_count: self.vader,
                vader_tenths: self.vader_tenths,
            },
        }
    }
}

impl From<&ToneScores> for model::Tone {
    fn from(t: &ToneScores) -> model::Tone {
        model::Tone {
            tone: t.tone,
            positive: t.positive,
            negative: t.negative,
            polarity: t.polarity,
            activity: t.activity,
            self_group: t.self_group,
            word_count: t.word_count,
            vader_words: t.gcam.vader_count,
            vader_mean: t.gcam.vader_mean(),
        }
    }
}

/// Scores `text` (the text `view` was made from) with the shipped lexicon. Pure; never panics.
pub fn score(text: &str, view: &TextView) -> ToneScores {
    count_with(Lexicon::shipped(), text, view).scores()
}

/// Scores `text` with another lexicon (a user's lists, see [`Lexicon::build`]).
pub fn score_with(lexicon: &Lexicon, text: &str, view: &TextView) -> ToneScores {
    count_with(lexicon, text, view).scores()
}

/// The counts behind the scores.
pub fn count_with(lexicon: &Lexicon, text: &str, view: &TextView) -> Counts {
    let mut c = Counts::default();
    walk(lexicon, text, view, |w| {
        c.words += 1;
        // Most words match nothing: only the word count changes.
        if !(w.positive | w.negative | w.activity | w.self_group | w.vader_tenths.is_some()) {
            return;
        }
        if let Some(v) = w.vader_tenths {
            c.vader += 1;
            c.vader_tenths += i64::from(v);
        }
        c.positive += u64::from(w.positive);
        c.negative += u64::from(w.negative);
        c.activity += u64::from(w.activity);
        c.self_group += u64::from(w.self_group);
    });
    c
}

/// How one word of the text was counted (see [`explain`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WordMatch {
    /// The word (byte offsets of the original text).
    pub span: ByteSpan,
    pub positive: bool,
    pub negative: bool,
    pub activity: bool,
    pub self_group: bool,
    /// Taken for part of a name: counted as a word, not scored for tone or activity.
    pub name_part: bool,
    /// The VADER valence in tenths when the whole word is a VADER entry (GCAM 26).
    pub vader_tenths: Option<i8>,
}

/// Every word of the text and how it counted, in text order (for tests and debugging).
pub fn explain(text: &str, view: &TextView) -> Vec<WordMatch> {
    let mut out = Vec::new();
    walk(Lexicon::shipped(), text, view, |w| out.push(w));
    out
}

/// Calls `f` for every word of the text, in order.
///
/// The sentences' token ranges are gathered first, so that [`sentence`] has one call site and
/// is inlined into the caller's loop (the counts of [`count_with`] then stay in registers).
#[inline]
fn walk(lexicon: &Lexicon, text: &str, view: &TextView, mut f: impl FnMut(WordMatch)) {
    let tokens = &view.tokens;
    let mut ranges = Vec::with_capacity(view.sentences.len() + 1);
    let mut next = 0;
    for i in 0..view.sentences.len() {
        let range = view.sentence_token_range(i);
        if range.start < next || range.end > tokens.len() {
            continue;
        }
        // Tokens between sentences (none, normally) are read as sentences of their own.
        if next < range.start {
            ranges.push(next..range.start);
        }
        next = range.end;
        ranges.push(range);
    }
    if next < tokens.len() {
        ranges.push(next..tokens.len());
    }
    for range in ranges {
        sentence(lexicon, text, &tokens[range], &mut f);
    }
}

/// A title-case headline: four words or more, at least 60% of them capitalised, and either all
/// of them or a function word past the first ("Rebels Seize Town **In** North"). Sentences full
/// of names ("She met the United Nations Security Council in Geneva") have capitals too, but
/// their function words stay in lower case.
fn is_headline(text: &[u8], tokens: &[Token]) -> bool {
    let (mut words, mut caps) = (0u32, 0u32);
    for t in tokens {
        if t.kind == TokenKind::Word {
            words += 1;
            caps += u32::from(t.is_capitalized());
        }
    }
    if words < 4 || caps * 5 < words * 3 {
        return false;
    }
    caps == words
        || tokens
            .iter()
            .filter(|t| t.kind == TokenKind::Word)
            .skip(1)
            .filter(|t| t.is_capitalized())
            .any(|t| {
                let s = t.span();
                text.get(s.start..s.end)
                    .is_some_and(|w| FUNCTION_WORDS.iter().any(|f| f.eq_ignore_ascii_case(w)))
            })
}

/// Words that only a title-case headline capitalises inside a sentence.
const FUNCTION_WORDS: [&[u8]; 30] = [
    b"a", b"about", b"after", b"against", b"amid", b"an", b"and", b"are", b"as", b"at", b"by",
    b"for", b"from", b"has", b"have", b"her", b"his", b"in", b"into", b"is", b"its", b"of", b"on",
    b"over", b"than", b"the", b"their", b"to", b"up", b"with",
];

#[inline(always)]
fn sentence(lexicon: &Lexicon, text: &str, tokens: &[Token], f: &mut impl FnMut(WordMatch)) {
    let bytes = text.as_bytes();
    // Whether the sentence is a headline only matters for a capitalised lexicon word inside it:
    // decided the first time one is met (most sentences never need the extra pass).
    let mut headline = None;
    let mut prev: Option<&Token> = None;
    for t in tokens {
        let before = prev.replace(t);
        let kind = t.kind;
        if kind != TokenKind::Word && kind != TokenKind::Abbreviation {
            continue;
        }
        let span = t.span();
        let mut m = WordMatch {
            span,
            positive: false,
            negative: false,
            activity: false,
            self_group: false,
            name_part: false,
            vader_tenths: None,
        };
        // (One branch on whether the word is listed, here: the look-up has none.)
        let (e, stem) = if kind == TokenKind::Word {
            lexicon.word_at(bytes, span.start, span.end)
        } else {
            (Entry::default(), false)
        };
        if !e.is_listed() {
            // (Its own call of `f`, with nothing set: inlined, `f` reduces to what it does
            // with an unlisted word, most words, without the tests of the general case.)
            f(m);
            continue;
        }
        if !stem {
            m.vader_tenths = e.vader_tenths();
        }
        let caps = t.shape.contains(Shape::ALL_CAPS);
        m.name_part = t.is_capitalized()
            && !caps
            && before.is_some_and(|p| continues_clause(p, bytes))
            && !*headline.get_or_insert_with(|| is_headline(bytes, tokens));
        if !m.name_part {
            m.positive = e.is_positive();
            m.negative = e.is_negative();
            m.activity = e.is_activity();
        }
        // "US" is the country; "I" is the pronoun.
        m.self_group = e.is_self_group() && !(caps && span.end - span.start >= 2);
        f(m);
    }
}

/// True when the token before a word continues its clause, so that a capital there marks a
/// name: a word, number or abbreviation, or a comma. After an opening quote, bracket, colon or
/// dash a new clause may start with a capital.
fn continues_clause(prev: &Token, bytes: &[u8]) -> bool {
    match prev.kind {
        TokenKind::Word | TokenKind::Number | TokenKind::Abbreviation => true,
        TokenKind::Punct => bytes.get(prev.span().start) == Some(&b','),
        TokenKind::Symbol => false,
    }
}
