//! Main text: which part of the page is the article, as plain paragraphs.
//!
//! The primary extractor is the `trafilatura` crate (a port of trafilatura) in its precision
//! mode, which on the benchmark keeps least boilerplate. Precision mode sometimes keeps too
//! little: content in `<div>`s and `<br>` runs rather than `<p>`, or a first pass that stops at
//! a sub-section. trafilatura's own remedy compares against a readability extraction on every
//! page, which doubles the cost. We run the second opinion (`dom_smoothie`, a readability port
//! that is ~2x faster than trafilatura's built-in one) only when the first answer looks short
//! for the page, and take it under trafilatura's own rule: the candidate wins when it is more
//! than twice as long.

use std::panic::{AssertUnwindSafe, catch_unwind};
use trafilatura::dom::Document;
use trafilatura::{ExtractionFocus, HtmlDateMode, Options};

/// The second opinion is asked for when the page has more than this many times the extracted
/// text in visible body text. trafilatura's recall escalation uses the same ratio (0.2).
const PAGE_TO_TEXT_RATIO: usize = 5;

/// The candidate must be more than this many times longer to replace the first answer
/// (trafilatura's `candidate_is_usable` rule).
const CANDIDATE_RATIO: usize = 2;

/// How much text a page has, measured before extraction (see `survey`).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct TextAmounts {
    /// Characters of visible text in `<body>` (whitespace collapsed).
    pub body: usize,
    /// Characters of text inside `<p>` elements.
    pub paragraphs: usize,
    /// Deepest element nesting.
    pub depth: usize,
}

/// Nesting beyond which the page is not handed to the extractors, which recurse over the tree
/// and would overflow the stack on hostile pages. Real pages stay far below (≈ 30–80).
const MAX_DEPTH: usize = 200;

/// Extracts the article's paragraphs from `doc` (a parse of `html`).
pub(crate) fn paragraphs(doc: Document, html: &str, amounts: TextAmounts) -> Vec<String> {
    if amounts.depth > MAX_DEPTH {
        // No page layout worth scoring nests this deep: keep all its text.
        return doc_paragraphs(&doc);
    }
    let opts = Options::default()
        .with_focus(ExtractionFocus::FavorPrecision)
        .with_fallback(false)
        // We read the date ourselves (see `meta`); skipping it saves time.
        .with_html_date_mode(HtmlDateMode::Disabled);
    // The extractors are third-party code run on hostile input: a panic in them must cost one
    // page's text, not the batch.
    let first = catch_unwind(AssertUnwindSafe(|| {
        trafilatura::extract_document(doc, &opts)
    }))
    .ok()
    .and_then(Result::ok)
    .map(|r| html_paragraphs(&r.content_html))
    .unwrap_or_default();
    let len = char_len(&first);
    let looks_short = len == 0
        || amounts.body > PAGE_TO_TEXT_RATIO * len
        || amounts.paragraphs > CANDIDATE_RATIO * len;
    if !looks_short {
        return first;
    }
    let second = readability_paragraphs(html);
    if len == 0 || char_len(&second) > CANDIDATE_RATIO * len {
        second
    } else {
        first
    }
}

fn readability_paragraphs(html: &str) -> Vec<String> {
    catch_unwind(AssertUnwindSafe(|| {
        let mut reader = dom_smoothie::Readability::new(html, None, None).ok()?;
        reader.parse().ok()
    }))
    .ok()
    .flatten()
    .map(|article| html_paragraphs(&article.content))
    .unwrap_or_default()
}

fn char_len(paragraphs: &[String]) -> usize {
    paragraphs.iter().map(|p| p.chars().count()).sum()
}

/// Elements that end the paragraph before and after them.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "thead",
    "tbody",
    "tr",
    "td",
    "th",
    "figure",
    "figcaption",
    "br",
    "hr",
    "body",
    "html",
    "form",
];

/// Elements whose text is never page text.
const SKIPPED: &[&str] = &["script", "style", "noscript", "template", "head", "svg"];

/// Splits an extracted HTML fragment into paragraphs of whitespace-collapsed text.
pub(crate) fn html_paragraphs(fragment: &str) -> Vec<String> {
    doc_paragraphs(&Document::parse(fragment))
}

/// Splits a parsed document into paragraphs of whitespace-collapsed text.
fn doc_paragraphs(doc: &Document) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    // Explicit stack: hostile pages nest deep enough to overflow recursion.
    // `None` marks the end of a block element.
    let mut stack = vec![Some(doc.root())];
    while let Some(item) = stack.pop() {
        let Some(id) = item else {
            flush(&mut current, &mut out);
            continue;
        };
        if doc.is_text(id) {
            push_words(&mut current, &doc.text_content(id));
            continue;
        }
        let tag = doc.tag_name(id);
        if SKIPPED.contains(&tag) {
            continue;
        }
        let block = BLOCKS.contains(&tag);
        if block {
            flush(&mut current, &mut out);
            stack.push(None);
        }
        stack.extend(doc.child_nodes(id).into_iter().rev().map(Some));
    }
    flush(&mut current, &mut out);
    out
}

fn push_words(current: &mut String, text: &str) {
    // A text node that starts with a space joins its neighbour with one; one that starts
    // with a letter continues the word (e.g. "<b>Wash</b>ington").
    if text.starts_with(char::is_whitespace) && !current.ends_with(' ') && !current.is_empty() {
        current.push(' ');
    }
    let mut words = text.split_whitespace().peekable();
    while let Some(word) = words.next() {
        current.push_str(word);
        if words.peek().is_some() {
            current.push(' ');
        }
    }
    if text.ends_with(char::is_whitespace) && !current.is_empty() && !current.ends_with(' ') {
        current.push(' ');
    }
}

fn flush(current: &mut String, out: &mut Vec<String>) {
    let paragraph = current.trim();
    if !paragraph.is_empty() {
        out.push(paragraph.to_owned());
    }
    current.clear();
}

#[cfg(test)]
mod tests {
    use super::html_paragraphs;

    #[test]
    fn blocks_split_and_inline_joins() {
        let got = html_paragraphs(
            "<p>One <b>bold</b>  word,\n and <i>it</i>alic.</p><ul><li>a</li><li>b &amp; c</li></ul>\
             <p>x<br>y</p><script>no</script>",
        );
        assert_eq!(got, ["One bold word, and italic.", "a", "b & c", "x", "y"]);
    }
}
