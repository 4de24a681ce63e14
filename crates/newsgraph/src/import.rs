//! `newsgraph import-dict`: a PETRARCH/TABARI dictionary converted to newsgraph's own format, so
//! users can bring the dictionaries they have (see `crates/events/README.md` for the formats).

use crate::DictKind;
use anyhow::Context as _;
use std::path::Path;

/// Converts `file`, writes the rows to `out` (stdout without it) and dated actors to `leaders`,
/// reports every skipped line as `file:line: reason`, and checks that the rows load. Exit status:
/// 0 every line converted, 1 some lines skipped.
pub fn run(
    kind: DictKind,
    file: &Path,
    out: Option<&Path>,
    leaders: Option<&Path>,
) -> anyhow::Result<u8> {
    let src =
        std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
    let got = match kind {
        DictKind::Verbs => events::import::petrarch_verbs(&src),
        DictKind::Actors => events::import::petrarch_actors(&src),
        DictKind::Agents => events::import::petrarch_agents(&src),
    };
    match out {
        Some(path) => std::fs::write(path, &got.rows)
            .with_context(|| format!("writing {}", path.display()))?,
        None => print!("{}", got.rows),
    }
    if let Some(path) = leaders {
        std::fs::write(path, &got.dated_rows)
            .with_context(|| format!("writing {}", path.display()))?;
    } else if !got.dated_rows.is_empty() {
        eprintln!(
            "newsgraph: {}: dated actors (leaders) left out: give --leaders FILE to keep them",
            file.display()
        );
    }
    for (line, reason) in &got.skipped {
        eprintln!("{}:{line}: {reason}", file.display());
    }
    // The converted rows must load as newsgraph's own files.
    let mut sources = events::Sources::SHIPPED;
    match kind {
        DictKind::Verbs => sources.verbs = &got.rows,
        DictKind::Actors => {
            sources.igos = &got.rows;
            sources.leaders = &got.dated_rows;
        }
        DictKind::Agents => sources.agents = &got.rows,
    }
    if let Err(e) = events::Dictionaries::from_sources(&sources) {
        anyhow::bail!("the converted rows do not load: {e}");
    }
    eprintln!(
        "newsgraph: {}: {} rows converted, {} lines skipped",
        file.display(),
        got.converted,
        got.skipped.len()
    );
    Ok(if got.skipped.is_empty() { 0 } else { 1 })
}
