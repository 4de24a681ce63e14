//! The rule files: their syntax, and the parser that turns them into phrases, labels and
//! context conditions.
//!
//! # Format
//!
//! UTF-8 text, one rule per line; `#` starts a comment line; blank lines are ignored. Fields are
//! separated by one TAB:
//!
//! ```text
//! LABELS <TAB> PHRASES [<TAB> CONTEXT]
//! @GROUP= <TAB> LABELS
//! ```
//!
//! - **LABELS**: GDELT theme names separated by spaces (`LEADER TAX_FNCACT_PRESIDENT`), and/or
//!   groups defined earlier in the same file (`@SAFETY`, defined by a line `@SAFETY=<TAB>LABELS`). A lone `-` makes a *blocking* rule: its
//!   phrases match and emit nothing, so the shorter phrases inside them do not fire (`fire sale`
//!   keeps `fire` quiet).
//! - **PHRASES**: `|`-separated phrases of lower-case words separated by single spaces. A word
//!   may contain groups of alternatives: `protest(|s|ed|ers)` stands for `protest`, `protests`,
//!   `protested`, `protesters` (an empty alternative adds nothing), `organi(z|s)(e|ed)` for four
//!   spellings. That is the whole morphology: every inflected form is spelled out or generated
//!   by such groups. A hyphen in a
//!   phrase word separates words, as it does in the text (`cease-fire` = `cease fire`).
//! - **CONTEXT** (optional): space-separated conditions, all of which must hold:
//!   - `cap` — the first word of the match is capitalised in the text; `nocap` — it is not;
//!   - `near=w|w…` — one of these words occurs within `win` tokens (punctuation counts) of the
//!     match in the same sentence; `not=w|w…` — none of them does (words take groups too);
//!   - `prev=w|w…` / `noprev=w|w…` — the word right before the match is / is not one of these;
//!   - `next=w|w…` / `nonext=w|w…` — the same for the word right after the match;
//!   - `win=N` — the window of `near` and `not` (default 8 tokens, at most 40).
//!
//! Matching is case-insensitive on words: tokens of the text, split at internal hyphens, with
//! a possessive `'s` dropped. Phrases never cross punctuation or a sentence end. Every phrase
//! that occurs fires, overlapping or not (`prime minister` and `minister` both do), and each of
//! its rules whose context holds emits its labels at the phrase's span; a label is emitted once
//! per start word. A blocking phrase that holds silences every shorter phrase starting at its
//! first word and every phrase starting inside it.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;

/// Longest word (in bytes, lower-cased) that a rule may contain; longer words of the text are
/// never looked up.
pub(crate) const MAX_WORD: usize = 40;
/// Longest phrase, in words.
pub(crate) const MAX_PHRASE: usize = 8;
const MAX_EXPANSIONS: usize = 256;
const DEFAULT_WINDOW: u8 = 8;
const MAX_WINDOW: u8 = 40;

/// A problem in a rule file, with its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleError {
    /// The name the file was given to the parser.
    pub file: String,
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub reason: String,
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.reason)
    }
}

impl std::error::Error for RuleError {}

/// Context conditions of one rule; word lists hold lower-cased words.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Context {
    pub cap: Option<bool>,
    pub near: Vec<String>,
    pub not: Vec<String>,
    pub prev: Vec<String>,
    pub noprev: Vec<String>,
    pub next: Vec<String>,
    pub nonext: Vec<String>,
    pub window: u8,
}

impl Context {
    /// True when the context asks nothing.
    pub fn is_trivial(&self) -> bool {
        self.cap.is_none()
            && self.near.is_empty()
            && self.not.is_empty()
            && self.prev.is_empty()
            && self.noprev.is_empty()
            && self.next.is_empty()
            && self.nonext.is_empty()
    }
}

/// One parsed rule: the labels it emits (empty for a blocking rule), its expanded phrases
/// (each a list of words) and its context.
///
/// A word without a suffix group is borrowed from the rule file (most words): the rules are
/// parsed once per process, and a string per word was a good part of that.
#[derive(Debug, Clone)]
pub(crate) struct Rule {
    pub labels: Vec<&'static str>,
    pub phrases: Vec<Vec<Cow<'static, str>>>,
    pub context: Context,
}

/// Parses one rule file. `name` only labels errors.
pub(crate) fn parse(name: &str, src: &'static str) -> Result<Vec<Rule>, RuleError> {
    let mut groups: HashMap<&'static str, Vec<&'static str>> = HashMap::new();
    let mut rules = Vec::new();
    for (n, raw) in src.lines().enumerate() {
        let err = |reason: String| RuleError {
            file: name.to_string(),
            line: n + 1,
            reason,
        };
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let mut fields = line.split('\t');
        let head = fields.next().unwrap_or("").trim();
        let body = fields
            .next()
            .ok_or_else(|| err("expected LABELS<TAB>PHRASES".into()))?
            .trim();
        let ctx = fields.next().map(str::trim).unwrap_or("");
        if fields.next().is_some() {
            return Err(err("more than three fields".into()));
        }
        if let Some(group) = head.strip_prefix('@').and_then(|g| g.strip_suffix('=')) {
            if group.is_empty() || !ctx.is_empty() {
                return Err(err("a group line is @NAME=<TAB>LABELS".into()));
            }
            let labels = labels(body, &groups).map_err(err)?;
            groups.insert(group, labels);
            continue;
        }
        let labels = if head == "-" {
            Vec::new()
        } else {
            let l = labels(head, &groups).map_err(err)?;
            if l.is_empty() {
                return Err(err("no labels".into()));
            }
            l
        };
        let mut phrases = Vec::new();
        for phrase in split_top(body) {
            let words = expand_phrase(phrase).map_err(err)?;
            phrases.extend(words);
        }
        if phrases.is_empty() {
            return Err(err("no phrases".into()));
        }
        let context = parse_context(ctx).map_err(err)?;
        rules.push(Rule {
            labels,
            phrases,
            context,
        });
    }
    Ok(rules)
}

fn labels(
    field: &'static str,
    groups: &HashMap<&'static str, Vec<&'static str>>,
) -> Result<Vec<&'static str>, String> {
    let mut out: Vec<&'static str> = Vec::new();
    for item in field.split(' ').filter(|s| !s.is_empty()) {
        if let Some(g) = item.strip_prefix('@') {
            let members = groups.get(g).ok_or_else(|| format!("unknown group @{g}"))?;
            for m in members {
                if !out.contains(m) {
                    out.push(m);
                }
            }
        } else if is_label(item) {
            if !out.contains(&item) {
                out.push(item);
            }
        } else {
            return Err(format!("not a theme label: {item:?}"));
        }
    }
    Ok(out)
}

/// GDELT theme names are upper-case ASCII letters, digits, `_` and `-`.
fn is_label(s: &str) -> bool {
    !s.is_empty()
        && s.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
        && s.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
}

/// Splits on `|` outside parentheses.
fn split_top(s: &str) -> impl Iterator<Item = &str> {
    let mut depth = 0u32;
    let mut start = 0;
    let mut parts = Vec::new();
    for (i, b) in s.bytes().enumerate() {
        match b {
            b'(' => depth += 1,
            b')' => depth = depth.saturating_sub(1),
            b'|' if depth == 0 => {
                parts.push(&s[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&s[start..]);
    parts.into_iter().map(str::trim).filter(|p| !p.is_empty())
}

/// The forms of one word with alternative groups: `talk(|s|ed)`, `organi(z|s)(e|ed)`.
fn expand_word(w: &'static str) -> Result<Vec<Cow<'static, str>>, String> {
    // Most words have no group: one form, borrowed (parsing the rules was a third of the
    // stage's cost on a few hundred articles, mostly small allocations).
    if !w.contains(['(', ')']) {
        check_word(w)?;
        return Ok(vec![Cow::Borrowed(w)]);
    }
    let mut forms = vec![String::new()];
    let mut rest = w;
    while !rest.is_empty() {
        let (lit, alts, tail) = match rest.find('(') {
            Some(open) => {
                let close = rest[open..]
                    .find(')')
                    .map(|c| open + c)
                    .ok_or_else(|| format!("unclosed group: {w:?}"))?;
                let inner = &rest[open + 1..close];
                if inner.contains('(') {
                    return Err(format!("nested group: {w:?}"));
                }
                (
                    &rest[..open],
                    inner.split('|').collect(),
                    &rest[close + 1..],
                )
            }
            None => (rest, vec![""], ""),
        };
        if lit.contains(')') {
            return Err(format!("stray ')': {w:?}"));
        }
        let mut next = Vec::with_capacity(forms.len() * alts.len());
        for f in &forms {
            for a in &alts {
                let mut form = String::with_capacity(f.len() + lit.len() + a.len());
                form.push_str(f);
                form.push_str(lit);
                form.push_str(a);
                if !next.contains(&form) {
                    next.push(form);
                }
            }
        }
        if next.len() > MAX_EXPANSIONS {
            return Err(format!("word expands to too many forms: {w:?}"));
        }
        forms = next;
        rest = tail;
    }
    for f in &forms {
        check_word(f)?;
    }
    Ok(forms.into_iter().map(Cow::Owned).collect())
}

fn check_word(form: &str) -> Result<(), String> {
    if form.is_empty() {
        return Err("empty word".into());
    }
    if form.len() > MAX_WORD {
        return Err(format!("word longer than {MAX_WORD} bytes: {form:?}"));
    }
    // (A word of lower-case ASCII letters, the common case, passes both tests below: checked
    // byte by byte first, without decoding chars.)
    if form.bytes().all(|b| b.is_ascii_lowercase()) {
        return Ok(());
    }
    let plain = |c: char| c.is_ascii_lowercase();
    if form
        .chars()
        .any(|c| !plain(c) && (c.is_uppercase() || c.is_whitespace()))
    {
        return Err(format!("words are lower case: {form:?}"));
    }
    if form
        .chars()
        .any(|c| !plain(c) && matches!(c, '(' | ')' | '|' | '\t' | '-'))
    {
        return Err(format!("stray syntax in word: {form:?}"));
    }
    Ok(())
}

/// All word sequences one phrase stands for.
fn expand_phrase(phrase: &'static str) -> Result<Vec<Vec<Cow<'static, str>>>, String> {
    let mut out: Vec<Vec<Cow<'static, str>>> = vec![Vec::new()];
    // A hyphen outside a suffix group separates words, as the matcher splits text tokens there.
    let mut words = Vec::new();
    for w in phrase.split(' ').filter(|w| !w.is_empty()) {
        let mut depth = 0;
        let mut start = 0;
        for (i, b) in w.bytes().enumerate() {
            match b {
                b'(' => depth += 1,
                b')' => depth -= 1,
                b'-' if depth == 0 => {
                    words.push(&w[start..i]);
                    start = i + 1;
                }
                _ => {}
            }
        }
        words.push(&w[start..]);
    }
    if words.len() > MAX_PHRASE {
        return Err(format!("phrase longer than {MAX_PHRASE} words: {phrase:?}"));
    }
    for w in words {
        let mut forms = expand_word(w)?;
        if let ([prefix], 1) = (&mut out[..], forms.len()) {
            // One phrase so far and one form: no copies.
            prefix.extend(forms.pop());
            continue;
        }
        let mut next = Vec::with_capacity(out.len() * forms.len());
        for prefix in &out {
            for f in &forms {
                let mut p = prefix.clone();
                p.push(f.clone());
                next.push(p);
            }
        }
        if next.len() > MAX_EXPANSIONS {
            return Err(format!("phrase expands to too many forms: {phrase:?}"));
        }
        out = next;
    }
    Ok(out)
}

fn word_list(v: &'static str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for w in split_top(v) {
        for f in expand_word(w)? {
            let f = f.into_owned();
            if !out.contains(&f) {
                out.push(f);
            }
        }
    }
    if out.is_empty() {
        return Err("empty word list".into());
    }
    Ok(out)
}

fn parse_context(s: &'static str) -> Result<Context, String> {
    let mut c = Context {
        window: DEFAULT_WINDOW,
        ..Context::default()
    };
    for clause in s.split(' ').filter(|c| !c.is_empty()) {
        match clause.split_once('=') {
            None if clause == "cap" => c.cap = Some(true),
            None if clause == "nocap" => c.cap = Some(false),
            Some(("near", v)) => c.near = word_list(v)?,
            Some(("not", v)) => c.not = word_list(v)?,
            Some(("prev", v)) => c.prev = word_list(v)?,
            Some(("noprev", v)) => c.noprev = word_list(v)?,
            Some(("next", v)) => c.next = word_list(v)?,
            Some(("nonext", v)) => c.nonext = word_list(v)?,
            Some(("win", v)) => {
                let n: u8 = v.parse().map_err(|_| format!("bad window {v:?}"))?;
                if n == 0 || n > MAX_WINDOW {
                    return Err(format!("window must be 1..={MAX_WINDOW}"));
                }
                c.window = n;
            }
            _ => return Err(format!("unknown context condition {clause:?}")),
        }
    }
    Ok(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suffix_groups_expand() {
        assert_eq!(
            expand_word("protest(|s|ed)").unwrap(),
            ["protest", "protests", "protested"]
        );
        let p = expand_phrase("peace talk(|s)").unwrap();
        assert_eq!(p, [vec!["peace", "talk"], vec!["peace", "talks"]]);
        assert_eq!(
            expand_word("organi(z|s)(e|ed)").unwrap(),
            ["organize", "organized", "organise", "organised"]
        );
        assert_eq!(
            expand_phrase("cease-fire").unwrap(),
            [vec!["cease", "fire"]]
        );
    }

    #[test]
    fn groups_blockers_and_context() {
        let src = "@G=\tA_B C\n# c\nLEADER @G\tpresident(|s)\tcap not=vice\n-\tfire sale\n";
        let rules = parse("t", src).unwrap();
        assert_eq!(rules.len(), 2);
        assert_eq!(rules[0].labels, ["LEADER", "A_B", "C"]);
        assert_eq!(rules[0].phrases.len(), 2);
        assert_eq!(rules[0].context.cap, Some(true));
        assert_eq!(rules[0].context.not, ["vice"]);
        assert!(rules[1].labels.is_empty());
    }

    #[test]
    fn errors_have_places() {
        let e = parse("t", "LEADER\n").unwrap_err();
        assert_eq!(e.line, 1);
        assert!(parse("t", "leader\tx\n").is_err());
        assert!(parse("t", "LEADER\tX\n").is_err());
        assert!(parse("t", "LEADER\tx\tfoo=1\n").is_err());
        assert!(parse("t", "LEADER\tx(a\n").is_err());
        assert!(parse("t", "LEADER\tx(a(b))\n").is_err());
        assert!(parse("t", "@G=\t@H\n").is_err());
    }
}
