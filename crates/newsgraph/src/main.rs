//! The `newsgraph` command line: `newsgraph extract [PATH|-]... --format gkg|json|both|events|mentions`,
//! `check-gkg`, `import-dict`.
//!
//! All IO of a run lives here: inputs are read in order by `ingest`, analysed in parallel batches
//! by `pipeline`, and written in input order by the sinks. Problems go to stderr as
//! `file:line: reason` and are counted; the run ends with a summary and an exit status of 0 (all
//! good), 1 (some items rejected or an input unreadable) or 2 (usage error, or nothing readable).

/// mimalloc: the stages allocate many small, short-lived vectors and strings per article; it
/// makes the whole run ≈ 10% faster than the system allocator (BENCHMARKS.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod check;
mod extract;
mod import;

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

const EXAMPLES: &str = "\
Examples:
  newsgraph extract examples/articles/iberian-floods.txt
      GKG 2.1 row of one article (27 tab-separated columns) on stdout
  newsgraph extract news.jsonl --format json --date 2024-03-12
      one rich JSON record per article; articles without a date of their own are dated 2024-03-12
  newsgraph extract crawl.warc.gz feeds/ pages/ --format both --out out/
      writes out/newsgraph.gkg.csv, .records.jsonl, .export.CSV (events) and .mentions.CSV
  newsgraph extract news.jsonl --format events --window 1000
      GDELT Events 2.0 rows, counted over windows of 1,000 articles
  cat story.html | newsgraph extract - --threads 1

Inputs: plain text (.txt), JSON lines (.jsonl: \"text\" required; id, url, title, published,
source optional), HTML pages, RSS/Atom feeds, WARC crawls, any of them gzipped (.gz), directories
(walked recursively) and - for stdin.

Exit status: 0 all good, 1 some items rejected or an input unreadable, 2 usage error or no
readable input at all.";

#[derive(Debug, Parser)]
#[command(name = "newsgraph", version, about = "News articles in, GDELT GKG 2.1 rows and rich JSON records out.", after_help = EXAMPLES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Analyse articles and write GKG 2.1 rows and/or rich JSON records.
    #[command(after_help = EXAMPLES)]
    Extract(ExtractArgs),
    /// Check that files are well-formed GKG 2.1 (27 columns, every sub-field parses).
    CheckGkg {
        /// GKG files (`.gz` is read transparently), or - for stdin.
        #[arg(value_name = "FILE|-", required = true)]
        files: Vec<String>,
    },
    /// Convert a PETRARCH/TABARI dictionary (verbs, actors or agents) to newsgraph's event
    /// dictionary format.
    ImportDict {
        #[arg(value_enum)]
        kind: DictKind,
        /// The PETRARCH/TABARI dictionary file.
        file: PathBuf,
        /// Write the rows here instead of stdout.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Write dated actors (leaders with date ranges) here, in `leaders.tsv` format.
        #[arg(long, value_name = "FILE")]
        leaders: Option<PathBuf>,
    },
}

/// The kinds of PETRARCH/TABARI dictionaries `import-dict` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DictKind {
    /// Verb dictionary (CAMEO.2.0.txt style) → `verbs.tsv` rows.
    Verbs,
    /// Actor dictionary (countries, organisations, dated persons) → `igos.tsv` (+ `--leaders`).
    Actors,
    /// Agent dictionary (roles and sectors) → `agents.tsv` rows.
    Agents,
}

/// What `extract` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// GDELT GKG 2.1 rows: 27 tab-separated columns, no header.
    Gkg,
    /// One rich JSON record per line, every fact with its evidence span.
    Json,
    /// GKG rows and JSON records (needs --out: NAME.gkg.csv and NAME.records.jsonl, with the
    /// events in NAME.export.CSV and NAME.mentions.CSV).
    Both,
    /// GDELT Events 2.0 rows (61 columns), written when the event window closes.
    Events,
    /// GDELT Mentions rows (16 columns), written when the event window closes.
    Mentions,
}

#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// Files, directories, or - for stdin (the default when stdin is a pipe).
    #[arg(value_name = "PATH|-")]
    pub inputs: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Gkg)]
    pub format: Format,
    /// Write files into DIR instead of printing rows to stdout.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Batch date-time (YYYY-MM-DD[THH:MM:SS]): V2.1DATE, and the reference date of undated articles.
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// Analysis stages to run: all (default), none (text layer only), or a comma-separated list of
    /// names, places, dates, quantities, quotes, themes, tone, events. A stage the output does
    /// not hold is not run: GKG rows on stdout hold no events, Events and Mentions rows no
    /// quotations, themes or amounts.
    #[arg(long, value_name = "LIST", default_value = "all")]
    pub stages: String,
    /// Worker threads (default: all cores).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// Count and write events every N articles (default: one window, the whole run).
    #[arg(long, value_name = "N")]
    pub window: Option<usize>,
    /// Event dictionaries: files of DIR named like the shipped ones (countries.tsv, leaders.tsv,
    /// agents.tsv, igos.tsv, verbs.tsv, cameo.tsv) replace them; see `import-dict`.
    #[arg(long, value_name = "DIR")]
    pub event_dicts: Option<PathBuf>,
    /// Write negated, hypothetical, reported and planned events to the Events and Mentions rows
    /// too (they are always in the JSON record, with their modality).
    #[arg(long)]
    pub all_modalities: bool,
    /// Analyse articles in other languages than English too. Every stage reads English, so by
    /// default such an article (the record's `language` says which) keeps its text layer only,
    /// and the summary counts it.
    #[arg(long)]
    pub any_language: bool,
    /// Print nothing on stderr but problems and errors.
    #[arg(long, short)]
    pub quiet: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Extract(args) => match extract::run(&args) {
            Ok(status) => ExitCode::from(status),
            Err(e) => {
                eprintln!("newsgraph: error: {e:#}");
                ExitCode::from(2)
            }
        },
        Command::CheckGkg { files } => ExitCode::from(check::run(&files)),
        Command::ImportDict {
            kind,
            file,
            out,
            leaders,
        } => match import::run(kind, &file, out.as_deref(), leaders.as_deref()) {
            Ok(status) => ExitCode::from(status),
            Err(e) => {
                eprintln!("newsgraph: error: {e:#}");
                ExitCode::from(2)
            }
        },
    }
}
