//! Converts a PETRARCH/TABARI dictionary to newsgraph's format: rows on stdout, a summary and
//! the skipped lines on stderr. Dated actors go to the file given by `--leaders FILE`.
//!
//! ```sh
//! cargo run -p events --example import -- verbs  CAMEO.2.0.txt > my-verbs.tsv
//! cargo run -p events --example import -- actors Phoenix.International.actors.txt --leaders my-leaders.tsv > my-igos.tsv
//! cargo run -p events --example import -- agents Phoenix.agents.txt > my-agents.tsv
//! ```

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(kind), Some(path)) = (args.first(), args.get(1)) else {
        eprintln!("usage: import verbs|actors|agents FILE [--leaders FILE]");
        std::process::exit(2);
    };
    let src = std::fs::read_to_string(path)?;
    let got = match kind.as_str() {
        "verbs" => events::import::petrarch_verbs(&src),
        "actors" => events::import::petrarch_actors(&src),
        "agents" => events::import::petrarch_agents(&src),
        other => {
            eprintln!("unknown kind {other:?}: verbs, actors or agents");
            std::process::exit(2);
        }
    };
    print!("{}", got.rows);
    if let Some(i) = args.iter().position(|a| a == "--leaders")
        && let Some(out) = args.get(i + 1)
    {
        std::fs::write(out, &got.dated_rows)?;
    }
    eprintln!(
        "{path}: {} rows converted, {} lines skipped",
        got.converted,
        got.skipped.len()
    );
    if kind != "verbs" {
        let mut sources = events::Sources::SHIPPED;
        if kind == "actors" {
            sources.igos = &got.rows;
            sources.leaders = &got.dated_rows;
        } else {
            sources.agents = &got.rows;
        }
        match events::Dictionaries::from_sources(&sources) {
            Ok(d) => eprintln!("  the rows load: {} actor phrases", d.phrases.len()),
            Err(e) => eprintln!("  the rows do not load: {e}"),
        }
    } else {
        let mut sources = events::Sources::SHIPPED;
        sources.verbs = &got.rows;
        match events::Dictionaries::from_sources(&sources) {
            Ok(d) => eprintln!(
                "  the rows load as a verb file: {} patterns",
                d.patterns.len()
            ),
            Err(e) => eprintln!("  the rows do not load: {e}"),
        }
    }
    for (line, reason) in got.skipped.iter().take(20) {
        eprintln!("  {path}:{line}: {reason}");
    }
    Ok(())
}
