//! Converters from PETRARCH/TABARI dictionaries to newsgraph's formats, so users can bring theirs.
//!
//! - [`petrarch_verbs`]: a verb dictionary (`--- VERB [code] ---` blocks of verbs and `- * words
//!   [code]` patterns) → `verbs.tsv` rows. Verb lines become `code v verb+`; patterns whose words
//!   are plain (no synsets `&X`, no `{…}` / `(…)` groups, no words before the verb) become
//!   `code v verb+ ~ words` for every verb of the block; the rest are skipped and counted.
//! - [`petrarch_actors`]: an actor dictionary (`NAME_ [CODE]`, `+ALIAS_` lines, dated codes
//!   `[CODE 950701-991006]`) → `igos.tsv` rows (undated) and `leaders.tsv` rows (dated).
//! - [`petrarch_agents`]: an agent dictionary (`FARMER [~AGR]`, `!PERSON!` macros) → `agents.tsv`.
//!
//! Every converter returns the rows and the lines it could not convert, with the reason.

use std::fmt::Write as _;

/// What a conversion produced.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Imported {
    /// Rows in the target format (no header), one per line.
    pub rows: String,
    /// Rows of a second file, when the source holds two kinds (dated actors → `leaders.tsv`).
    pub dated_rows: String,
    pub converted: usize,
    /// (line number, reason) of the lines left out.
    pub skipped: Vec<(usize, String)>,
}

fn words(name: &str) -> String {
    name.trim()
        .trim_end_matches('_')
        .trim_start_matches('+')
        .split(|c: char| c == '_' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn strip_comment(line: &str) -> &str {
    line.split('#').next().unwrap_or("").trim_end()
}

/// The first code of a bracket: "[040:040]" → "040", "[:110]" → "110", "[---]" → None.
fn bracket_code(s: &str) -> Option<&str> {
    let inner = s.split_once('[')?.1.split_once(']')?.0;
    inner
        .split([':', ' '])
        .map(str::trim)
        .find(|c| !c.is_empty() && c.chars().all(|c| c.is_ascii_digit()))
}

/// Whether the shipped CAMEO table has the code.
fn known(code: &str) -> bool {
    crate::Dictionaries::shared().cameo(code).is_some()
}

/// Converts a PETRARCH verb dictionary (rows whose code is not in the CAMEO table are skipped).
pub fn petrarch_verbs(src: &str) -> Imported {
    let mut out = Imported::default();
    let mut block_code: Option<String> = None;
    let mut verbs: Vec<String> = Vec::new();
    for (n, raw) in src.lines().enumerate() {
        let n = n + 1;
        let line = strip_comment(raw).trim();
        if line.is_empty() {
            continue;
        }
        if let Some(rest) = line.strip_prefix("---") {
            // A new block: "---  ACCUSE   [112]  ---".
            // The block's verbs are listed on the lines that follow it.
            block_code = bracket_code(rest).map(str::to_string);
            verbs.clear();
            continue;
        }
        if let Some(pat) = line.strip_prefix('-') {
            let Some(code) = bracket_code(pat).map(str::to_string).or(block_code.clone()) else {
                out.skipped.push((n, "pattern without a code".into()));
                continue;
            };
            let body = pat.split('[').next().unwrap_or("").trim();
            let Some((pre, post)) = body.split_once('*') else {
                out.skipped.push((n, "pattern without '*'".into()));
                continue;
            };
            let post = post.trim();
            if !pre.trim().is_empty()
                || post.contains(['&', '{', '}', '(', ')', '$', '%', '+', '^', '='])
                || post.is_empty()
            {
                out.skipped.push((
                    n,
                    "pattern needs a parser (words before the verb, synsets or groups)".into(),
                ));
                continue;
            }
            if !known(&code) {
                out.skipped.push((n, format!("{code} is not a CAMEO code")));
                continue;
            }
            let tail = words(&post.replace(' ', "_")).to_lowercase();
            for v in &verbs {
                let _ = writeln!(out.rows, "{code}\tv\t{} ~ {tail}", verb_form(v));
                out.converted += 1;
            }
            continue;
        }
        // A verb of the block, with its own code or the block's: "AFFIRM [051]", "+CALL_UP {…}".
        let name = line.split(['[', '{']).next().unwrap_or("").trim();
        if name.is_empty() {
            continue;
        }
        let v = words(name).to_lowercase();
        if let Some(code) = bracket_code(line)
            .map(str::to_string)
            .or(block_code.clone())
            .filter(|c| known(c))
        {
            let _ = writeln!(out.rows, "{code}\tv\t{}", verb_form(&v));
            out.converted += 1;
        }
        verbs.push(v);
    }
    out
}

/// "call up" → "call+ up"; "accuse" → "accuse+".
fn verb_form(v: &str) -> String {
    match v.split_once(' ') {
        Some((head, rest)) => format!("{head}+ {rest}"),
        None => format!("{v}+"),
    }
}

/// PETRARCH dates are YYMMDD (50–99 are 1950–1999) or YYYYMMDD.
fn petrarch_date(s: &str) -> Option<String> {
    let s = s.trim();
    if !s.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    match s.len() {
        6 => {
            let yy: u32 = s[..2].parse().ok()?;
            let century = if yy >= 50 { 1900 } else { 2000 };
            Some(format!("{}-{}-{}", century + yy, &s[2..4], &s[4..6]))
        }
        8 => Some(format!("{}-{}-{}", &s[..4], &s[4..6], &s[6..8])),
        _ => None,
    }
}

/// One actor entry: its name, aliases and codes (code, from, until).
type ActorEntry = (
    String,
    Vec<String>,
    Vec<(String, Option<String>, Option<String>)>,
    usize,
);

/// Converts a PETRARCH actor dictionary: a name line, `+alias` lines, and codes in brackets on
/// the name line or on lines of their own; dated codes (`[CODE 950701-991006]`, `[CODE
/// >20070101]`) make leader rows, the others IGO-style rows. Entries without a code are skipped.
pub fn petrarch_actors(src: &str) -> Imported {
    let mut out = Imported::default();
    let mut current: Option<ActorEntry> = None;
    fn flush(cur: &mut Option<ActorEntry>, out: &mut Imported) {
        let Some((name, aliases, codes, line)) = cur.take() else {
            return;
        };
        let codes: Vec<_> = codes
            .into_iter()
            .filter(|c| c.0 != "---" && !c.0.is_empty())
            .collect();
        if codes.is_empty() {
            out.skipped.push((line, "actor without a code".into()));
            return;
        }
        let dated = codes.iter().any(|c| c.1.is_some() || c.2.is_some());
        if dated {
            // Dated terms first: an undated code is the default when no term covers the date.
            let mut sorted = codes;
            sorted.sort_by_key(|c| c.1.is_none() && c.2.is_none());
            for (code, from, until) in &sorted {
                let _ = writeln!(
                    out.dated_rows,
                    "{name}\t{}\t{code}\t{}\t{}\t",
                    aliases.join(";"),
                    from.as_deref().unwrap_or(""),
                    until.as_deref().unwrap_or("")
                );
                out.converted += 1;
            }
        } else {
            let mut names = vec![name];
            names.extend(aliases);
            for (code, ..) in &codes {
                let _ = writeln!(out.rows, "{code}\t{}", names.join(";"));
                out.converted += 1;
            }
        }
    }
    let parse_codes = |line: &str| {
        let mut codes = Vec::new();
        for b in line.split('[').skip(1) {
            let inner = b.split(']').next().unwrap_or("").trim();
            let mut parts = inner.split_whitespace();
            let Some(code) = parts.next() else { continue };
            let code = code.trim_start_matches('~').to_string();
            let (mut from, mut until) = (None, None);
            if let Some(range) = parts.next() {
                if let Some(d) = range.strip_prefix('>') {
                    from = petrarch_date(d);
                } else if let Some(d) = range.strip_prefix('<') {
                    until = petrarch_date(d);
                } else if let Some((a, b)) = range.split_once('-') {
                    from = petrarch_date(a);
                    until = petrarch_date(b);
                }
            }
            codes.push((code, from, until));
        }
        codes
    };
    for (n, raw) in src.lines().enumerate() {
        let n = n + 1;
        let line = strip_comment(raw).trim();
        if line.is_empty() || line.starts_with("<!--") {
            continue;
        }
        if line.starts_with('[') {
            match current.as_mut() {
                Some(c) => c.2.extend(parse_codes(line)),
                None => out.skipped.push((n, "code before any actor".into())),
            }
            continue;
        }
        if let Some(alias) = line.strip_prefix('+') {
            match current.as_mut() {
                Some(c) => {
                    c.1.push(title_case(&words(alias.split('[').next().unwrap_or(""))));
                    c.2.extend(parse_codes(alias));
                }
                None => out.skipped.push((n, "alias before any actor".into())),
            }
            continue;
        }
        flush(&mut current, &mut out);
        let name = title_case(&words(line.split('[').next().unwrap_or("")));
        if name.is_empty() {
            out.skipped.push((n, "no name".into()));
            continue;
        }
        current = Some((name, Vec::new(), parse_codes(line), n));
    }
    flush(&mut current, &mut out);
    out
}

/// PETRARCH writes names in capitals: "KOFI_ANNAN" → "Kofi Annan"; short words and dotted ones
/// two-letter, dotted and vowel-less words stay capitals, as acronyms ("UN", "U.N.", "UNHCR" does not).
fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            let vowel = w.chars().any(|c| "AEIOUYaeiouy".contains(c));
            if (letters == 2 || w.contains('.') || !vowel) && letters > 0 && w.len() > 1 {
                return w.to_uppercase();
            }
            let lower = w.to_lowercase();
            let mut cs = lower.chars();
            match cs.next() {
                Some(f) => f.to_uppercase().chain(cs).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Converts a PETRARCH agent dictionary.
pub fn petrarch_agents(src: &str) -> Imported {
    let mut out = Imported::default();
    let mut macros: Vec<(String, Vec<String>)> = Vec::new();
    let mut by_code: Vec<(String, Vec<String>)> = Vec::new();
    for (n, raw) in src.lines().enumerate() {
        let n = n + 1;
        let line = strip_comment(raw).trim();
        if line.is_empty() || line.starts_with("<!--") {
            continue;
        }
        if line.starts_with('!')
            && let Some((name, list)) = line.split_once('=')
        {
            let forms = list.split(',').map(|w| w.trim().to_lowercase()).collect();
            macros.push((name.trim().to_string(), forms));
            continue;
        }
        let Some((name, rest)) = line.split_once('[') else {
            out.skipped.push((n, "no code".into()));
            continue;
        };
        let code = rest
            .split(']')
            .next()
            .unwrap_or("")
            .trim()
            .trim_start_matches('~')
            .to_string();
        if code.is_empty() {
            out.skipped.push((n, "empty code".into()));
            continue;
        }
        let name = name.trim().trim_end_matches('_');
        let mut phrases = vec![name.to_string()];
        for (m, forms) in &macros {
            if phrases.iter().any(|p| p.contains(m.as_str())) {
                phrases = phrases
                    .iter()
                    .flat_map(|p| forms.iter().map(move |f| p.replace(m.as_str(), f)))
                    .collect();
            }
        }
        let phrases: Vec<String> = phrases.iter().map(|p| words(p).to_lowercase()).collect();
        match by_code.iter_mut().find(|(c, _)| *c == code) {
            Some((_, v)) => v.extend(phrases),
            None => by_code.push((code, phrases)),
        }
        out.converted += 1;
    }
    for (code, phrases) in by_code {
        let _ = writeln!(out.rows, "{code}\t{}", phrases.join(";"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs_blocks_and_plain_patterns() {
        let src = "# comment\n---  CONDEMN   [111]  ---\nCONDEMN\nDECRY [111]\n- * HOSTAGE_TAKING [1121] # note\n- &AGENT * {A B} [110]\n\n---  RECEIVE   [---]  ---\nRECEIVE\n- * VISIT [043]\n";
        let got = petrarch_verbs(src);
        assert_eq!(
            got.rows,
            "111\tv\tcondemn+\n111\tv\tdecry+\n1121\tv\tcondemn+ ~ hostage taking\n1121\tv\tdecry+ ~ hostage taking\n043\tv\treceive+ ~ visit\n"
        );
        assert_eq!(got.skipped.len(), 1);
        // The rows load as a user verb file.
        let mut sources = crate::Sources::SHIPPED;
        sources.verbs = &got.rows;
        assert!(crate::Dictionaries::from_sources(&sources).is_ok());
    }

    #[test]
    fn actors_dated_and_undated() {
        let src = "ATLANTIS_  [ATL]\n+ATLANTEAN_REPUBLIC_\nJANE_Q._DOE_ [ATLGOV 950701-991006] [ATL >991007]\nNOBODY_\nJOHN_ROE\n+J._ROE\n\t[ATLMIL >20070101]\n\t[ELI]\n";
        let got = petrarch_actors(src);
        assert_eq!(got.rows, "ATL\tAtlantis;Atlantean Republic\n");
        assert_eq!(
            got.dated_rows,
            "Jane Q. Doe\t\tATLGOV\t1995-07-01\t1999-10-06\t\nJane Q. Doe\t\tATL\t1999-10-07\t\t\n\
             John Roe\tJ. Roe\tATLMIL\t2007-01-01\t\t\nJohn Roe\tJ. Roe\tELI\t\t\t\n"
        );
        assert_eq!(got.skipped, vec![(4, "actor without a code".to_string())]);
    }

    #[test]
    fn agents_with_macros() {
        let src = "!PERSON! = MAN, WOMAN\nFARM!PERSON! [~AGR]\nFARMER [~AGR]\n";
        let got = petrarch_agents(src);
        assert_eq!(got.rows, "AGR\tfarmman;farmwoman;farmer\n");
    }
}
