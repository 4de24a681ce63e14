//! Which language an article is written in: English, or which other.
//!
//! Every stage after the text layer reads English: its name lists, speech verbs, date words and
//! lexicons are English ones. Run over German, where every noun is capitalised, the names stage
//! finds a person or an organisation in most nouns; over Indonesian, Portuguese or Korean it finds
//! junk of other kinds. So the pipeline asks this module first, and an article in another language
//! keeps its text layer only (see the pipeline's `Options::any_language`).
//!
//! Two steps, so that English costs next to nothing:
//! 1. **English function words.** Of the first [`SAMPLE_WORDS`] words, English prose has a
//!    fifth to two fifths among a few dozen function words ("the", "of", "and", "was", …); the
//!    bench's other languages have under a tenth. Text at or above [`ENGLISH_SHARE`] is English
//!    without further work (over 98% of the bench).
//! 2. **Trigram identification** by the `whatlang` crate (MIT), only for the rest: box scores,
//!    lists and captions in English, and real text in other languages. Only a language whatlang
//!    calls reliable, over at least [`MIN_WORDS`] words, overrules English: a text too short
//!    or too mixed to tell is analysed as English, as before this module existed.

use crate::{TextView, TokenKind};

/// How many words of the article's head the function-word count reads.
pub const SAMPLE_WORDS: usize = 300;

/// The share of English function words at and above which a text is English.
pub const ENGLISH_SHARE: f32 = 0.12;

/// Fewer words than this are too few to call a text anything but English.
pub const MIN_WORDS: usize = 12;

/// How much of the article's head, in bytes, trigram identification reads.
const SAMPLE_BYTES: usize = 4096;

/// ISO 639-3 code of English, as [`identify`] returns it.
pub const ENGLISH: &str = "eng";

/// The article's language as an ISO 639-3 code ("eng", "deu", "por", "kor", …). English unless
/// the text is long enough and clearly in another language.
pub fn identify(text: &str, view: &TextView) -> &'static str {
    let mut words = 0usize;
    let mut function = 0usize;
    // (English prose has the share of the whole sample long before its end: stop there.)
    let enough = (ENGLISH_SHARE * SAMPLE_WORDS as f32).ceil() as usize;
    for t in view.tokens.iter().filter(|t| t.kind == TokenKind::Word) {
        words += 1;
        let w = &text.as_bytes()[t.span().range()];
        if w.len() <= 5 && is_function_word(w) {
            function += 1;
            if function == enough {
                return ENGLISH;
            }
        }
        if words == SAMPLE_WORDS {
            break;
        }
    }
    if words < MIN_WORDS || function as f32 >= ENGLISH_SHARE * words as f32 {
        return ENGLISH;
    }
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    match whatlang::detect(&text[..end]) {
        Some(info) if info.is_reliable() => info.lang().code(),
        _ => ENGLISH,
    }
}

/// English function words, the commonest words of English prose. A few are words of other
/// languages too ("a" in Portuguese and Italian, "in" in German and Italian); the threshold allows
/// for them.
fn is_function_word(w: &[u8]) -> bool {
    let mut lower = [0u8; 5];
    for (l, b) in lower.iter_mut().zip(w) {
        *l = b.to_ascii_lowercase();
    }
    matches!(
        &lower[..w.len()],
        b"the"
            | b"of"
            | b"and"
            | b"to"
            | b"a"
            | b"in"
            | b"is"
            | b"that"
            | b"for"
            | b"it"
            | b"on"
            | b"was"
            | b"with"
            | b"as"
            | b"at"
            | b"by"
            | b"be"
            | b"this"
            | b"have"
            | b"from"
            | b"are"
            | b"or"
            | b"not"
            | b"but"
            | b"an"
            | b"i"
            | b"you"
            | b"he"
            | b"she"
            | b"we"
            | b"they"
            | b"his"
            | b"her"
            | b"has"
            | b"had"
            | b"will"
            | b"would"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn language(text: &str) -> &'static str {
        identify(text, &TextView::new(text))
    }

    #[test]
    fn tells_english_from_other_languages() {
        let cases: &[(&str, &str)] = &[
            (
                "The minister said on Tuesday that the talks with the union would resume next \
                 week, and that he had not given up hope of a deal before the holidays.",
                "eng",
            ),
            // English with few function words: a list of results is still English.
            (
                "GIRLS BASKETBALL Palm Bay 70, Rockledge 44. Melbourne 61, Eau Gallie 38. \
                 Viera 55, Cocoa 41. Titusville 48, Astronaut 45. Merritt Island 52, Satellite 50.",
                "eng",
            ),
            (
                "Die Regierung hat am Dienstag angekündigt, dass die Verhandlungen mit der \
                 Gewerkschaft in der kommenden Woche fortgesetzt werden sollen, sagte der Minister.",
                "deu",
            ),
            (
                "O governo anunciou na terça-feira que as negociações com o sindicato serão \
                 retomadas na próxima semana, disse o ministro aos jornalistas em Brasília.",
                "por",
            ),
            (
                "Правительство объявило во вторник, что переговоры с профсоюзом возобновятся \
                 на следующей неделе, сообщил министр журналистам в Москве.",
                "rus",
            ),
            // Too short to tell: analysed as English.
            ("Putin warns Biden", "eng"),
            ("Die Welt", "eng"),
            ("", "eng"),
        ];
        for (text, want) in cases {
            assert_eq!(language(text), *want, "{text}");
        }
    }
}
