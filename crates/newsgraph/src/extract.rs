//! `newsgraph extract`: read → analyse in parallel batches → write in input order → summary.

use crate::{ExtractArgs, Format};
use anyhow::Context as _;
use gdelt::events::{EventMention, EventRowContext, EventWindow, event_mentions};
use gdelt::{RowContext, gkg_row};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use ingest::Item;
use model::{Article, Record, Timestamp};
use pipeline::{Engine, Failure, Options, guarded};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufWriter, IsTerminal, Write};
use std::time::Instant;

/// Articles analysed together: enough to keep every core busy, few enough to bound memory.
const BATCH_ARTICLES: usize = 2048;
const BATCH_BYTES: usize = 16 << 20;
/// Articles that go through the stages together, at most (`Engine::analyze_batch`), and their
/// text at most, so that a chunk of long articles does not hold much memory.
const STAGE_CHUNK: usize = 128;
const STAGE_CHUNK_BYTES: usize = 2 << 20;

/// Runs `extract` and returns the exit status.
pub fn run(args: &ExtractArgs) -> anyhow::Result<u8> {
    let batch_date = match args.date.as_deref() {
        None => None,
        Some(d) => match model::parse_timestamp(d) {
            Some(t) => Some(t),
            None => {
                return usage(&format!(
                    "--date {d:?} is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS)"
                ));
            }
        },
    };
    if args.format == Format::Both && args.out.is_none() {
        return usage(
            "--format both writes two files: give --out DIR (or pick gkg or json for stdout)",
        );
    }
    let stages = match pipeline::Stages::parse(&args.stages) {
        Ok(s) => s,
        Err(e) => return usage(&format!("--stages: {e}")),
    };
    if args.threads == Some(0) {
        return usage("--threads must be at least 1");
    }
    if args.window == Some(0) {
        return usage("--window must be at least 1");
    }
    if matches!(args.format, Format::Events | Format::Mentions) && !stages.events {
        return usage("--format events and mentions need the events stage (see --stages)");
    }
    let stages = stages.within(stages_written(args.format, args.out.is_some()));
    let mut raw_inputs = args.inputs.clone();
    if raw_inputs.is_empty() {
        if std::io::stdin().is_terminal() {
            return usage(
                "no input: give files, directories, or - for stdin (see newsgraph extract --help)",
            );
        }
        raw_inputs.push("-".to_string());
    }
    let (inputs, skipped_files) = ingest::expand(&raw_inputs);
    let mut stats = Stats {
        any_language: args.any_language,
        ..Stats::default()
    };
    for p in &skipped_files {
        eprintln!("newsgraph: skipped {p}");
        *stats.skipped.entry(p.reason.code()).or_default() += 1;
    }
    if inputs.is_empty() {
        eprintln!(
            "newsgraph: no input files found in {}",
            raw_inputs.join(", ")
        );
        return Ok(2);
    }

    let mut pool = rayon::ThreadPoolBuilder::new();
    if let Some(n) = args.threads {
        pool = pool.num_threads(n);
    }
    // Resources load in the background while the first batch is read.
    std::thread::spawn(move || Engine::warm_up(stages));
    let pool = pool.build().context("starting worker threads")?;
    let mut sinks = Sinks::open(args, batch_date, stages.events)?;
    let engine = match &args.event_dicts {
        None => Engine::new(),
        Some(dir) => match event_dictionaries(dir) {
            Ok(d) => Engine::with_event_dictionaries(d),
            Err(e) => return usage(&format!("--event-dicts: {e:#}")),
        },
    };
    let options = Options {
        batch_date,
        stages,
        any_language: args.any_language,
    };
    let progress = progress_bar(args.quiet);
    let started = Instant::now();

    let mut batch: Vec<Article> = Vec::new();
    let mut batch_bytes = 0usize;
    let mut unreadable_inputs = 0usize;
    'inputs: for input in &inputs {
        for item in ingest::read(input) {
            match item {
                Item::Article(a) => {
                    stats.read += 1;
                    batch_bytes += a.text.len();
                    batch.push(*a);
                    if batch.len() >= BATCH_ARTICLES || batch_bytes >= BATCH_BYTES {
                        let n = batch.len() as u64;
                        let full = std::mem::take(&mut batch);
                        let flushed = sinks.write_batch(&pool, &engine, &options, full, &mut stats);
                        progress.inc(n);
                        batch_bytes = 0;
                        if !flushed? {
                            break 'inputs;
                        }
                    }
                }
                Item::Rejected(p) => {
                    if p.reason.code() == "unreadable" && p.position == ingest::Position::Whole {
                        unreadable_inputs += 1;
                    } else {
                        stats.read += 1;
                    }
                    progress.suspend(|| eprintln!("newsgraph: {p}"));
                    *stats.rejected.entry(p.reason.code()).or_default() += 1;
                }
                Item::Skipped(p) => {
                    if !args.quiet {
                        progress.suspend(|| eprintln!("newsgraph: skipped {p}"));
                    }
                    *stats.skipped.entry(p.reason.code()).or_default() += 1;
                }
                Item::Warning(p) => {
                    progress.suspend(|| eprintln!("newsgraph: warning: {p}"));
                    *stats.warnings.entry(p.reason.code()).or_default() += 1;
                }
            }
        }
    }
    if !batch.is_empty() {
        let n = batch.len() as u64;
        sinks.write_batch(&pool, &engine, &options, batch, &mut stats)?;
        progress.inc(n);
    }
    sinks.finish()?;
    progress.finish_and_clear();

    if !args.quiet {
        eprintln!(
            "{}",
            stats.summary(inputs.len(), started.elapsed().as_secs_f64())
        );
        for path in &sinks.paths {
            eprintln!("newsgraph: wrote {}", path.display());
        }
    }
    Ok(if unreadable_inputs == inputs.len() {
        2
    } else if unreadable_inputs > 0 || !stats.rejected.is_empty() {
        1
    } else {
        0
    })
}

/// The shipped event dictionaries, with each file that `dir` holds under the same name in place
/// of the shipped one.
fn event_dictionaries(dir: &std::path::Path) -> anyhow::Result<events::Dictionaries> {
    let read = |name: &str, shipped: &'static str| -> anyhow::Result<String> {
        let path = dir.join(name);
        if path.exists() {
            std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))
        } else {
            Ok(shipped.to_string())
        }
    };
    let s = events::Sources::SHIPPED;
    let files = [
        read("countries.tsv", s.countries)?,
        read("leaders.tsv", s.leaders)?,
        read("agents.tsv", s.agents)?,
        read("igos.tsv", s.igos)?,
        read("verbs.tsv", s.verbs)?,
        read("cameo.tsv", s.cameo)?,
    ];
    let sources = events::Sources {
        countries: &files[0],
        leaders: &files[1],
        agents: &files[2],
        igos: &files[3],
        verbs: &files[4],
        cameo: &files[5],
    };
    events::Dictionaries::from_sources(&sources)
        .map_err(|e| anyhow::anyhow!("{} in {}", e, dir.display()))
}

fn usage(message: &str) -> anyhow::Result<u8> {
    eprintln!("newsgraph: usage error: {message}");
    Ok(2)
}

fn progress_bar(quiet: bool) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template("{spinner} {human_pos} articles · {per_sec} · {elapsed}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar
}

/// Where rows go: stdout, or files under `--out`.
struct Sinks {
    gkg: Option<Box<dyn Write>>,
    json: Option<Box<dyn Write>>,
    events: Option<Box<dyn Write>>,
    mentions: Option<Box<dyn Write>>,
    batch_date: Option<Timestamp>,
    /// Rows written so far: the sequence number of GKGRECORDID.
    rows: u64,
    /// The event window: events counted and merged until it closes.
    window: EventWindow,
    window_articles: usize,
    window_size: Option<usize>,
    event_rows: EventRowContext,
    paths: Vec<std::path::PathBuf>,
}

impl Sinks {
    fn open(
        args: &ExtractArgs,
        batch_date: Option<Timestamp>,
        events_stage: bool,
    ) -> anyhow::Result<Sinks> {
        let want_gkg = matches!(args.format, Format::Gkg | Format::Both);
        let want_json = matches!(args.format, Format::Json | Format::Both);
        let mut sinks = Sinks {
            gkg: None,
            json: None,
            events: None,
            mentions: None,
            batch_date,
            rows: 0,
            window: EventWindow::new(1),
            window_articles: 0,
            window_size: args.window,
            event_rows: EventRowContext {
                date_added: batch_date,
                include_non_asserted: args.all_modalities,
            },
            paths: Vec::new(),
        };
        let Some(dir) = &args.out else {
            let stdout: Box<dyn Write> =
                Box::new(BufWriter::with_capacity(1 << 20, std::io::stdout()));
            match args.format {
                Format::Gkg | Format::Both => sinks.gkg = Some(stdout),
                Format::Json => sinks.json = Some(stdout),
                Format::Events => sinks.events = Some(stdout),
                Format::Mentions => sinks.mentions = Some(stdout),
            }
            return Ok(sinks);
        };
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        // Files are named like GDELT's, after the batch date when there is one; the GKG file
        // has GDELT's events and mentions files beside it.
        let stem = batch_date
            .map(|t| model::gdelt_timestamp(&t))
            .unwrap_or_else(|| "newsgraph".to_string());
        let want_events =
            events_stage && matches!(args.format, Format::Gkg | Format::Both | Format::Events);
        let want_mentions =
            events_stage && matches!(args.format, Format::Gkg | Format::Both | Format::Mentions);
        let mut create = |wanted: bool, name: String| -> anyhow::Result<Option<Box<dyn Write>>> {
            if !wanted {
                return Ok(None);
            }
            let path = dir.join(name);
            let file =
                File::create(&path).with_context(|| format!("creating {}", path.display()))?;
            sinks.paths.push(path);
            Ok(Some(Box::new(BufWriter::with_capacity(1 << 20, file))))
        };
        let gkg = create(want_gkg, format!("{stem}.gkg.csv"))?;
        let json = create(want_json, format!("{stem}.records.jsonl"))?;
        let events = create(want_events, format!("{stem}.export.CSV"))?;
        let mentions = create(want_mentions, format!("{stem}.mentions.CSV"))?;
        (sinks.gkg, sinks.json, sinks.events, sinks.mentions) = (gkg, json, events, mentions);
        Ok(sinks)
    }

    /// Analyses a batch in parallel and writes it in input order. `Ok(false)` when the reader of
    /// stdout has gone away (`| head`): the run stops quietly.
    fn write_batch(
        &mut self,
        pool: &rayon::ThreadPool,
        engine: &Engine,
        options: &Options,
        batch: Vec<Article>,
        stats: &mut Stats,
    ) -> anyhow::Result<bool> {
        let want_gkg = self.gkg.is_some();
        let want_json = self.json.is_some();
        let want_events = self.events.is_some() || self.mentions.is_some();
        let event_rows = self.event_rows;
        let first = self.rows;
        let date = self.batch_date;
        // Chunks of articles go through the stages together (see `Engine::analyze_batch`),
        // four or more chunks per thread so that the threads share the batch evenly.
        let chunk = batch
            .len()
            .div_ceil(4 * pool.current_num_threads())
            .clamp(1, STAGE_CHUNK);
        // The rows of an analysed article, the `i`th of the batch.
        let render = |i: usize, record: Record| {
            let text_bytes = record.text.len();
            let language = record.language.clone().unwrap_or_default();
            let mut gkg = String::new();
            if want_gkg {
                gkg_row(
                    &record,
                    &RowContext {
                        date,
                        seq: first + i as u64,
                    },
                )
                .write(&mut gkg);
                gkg.push('\n');
            }
            let mut json = String::new();
            if want_json {
                // A Record holds only strings, numbers and lists: serialising it cannot fail.
                json = serde_json::to_string(&record).unwrap_or_default();
                json.push('\n');
            }
            let events = if want_events {
                event_mentions(&record, &event_rows)
            } else {
                Vec::new()
            };
            (gkg, json, text_bytes, language, events)
        };
        let chunks = stage_chunks(batch, chunk);
        let rendered: Vec<Vec<Rendered>> = pool.install(|| {
            chunks
                .into_par_iter()
                .map(|(indexes, articles)| {
                    engine
                        .analyze_batch(articles, options)
                        .into_iter()
                        .zip(indexes)
                        .map(|(record, i)| {
                            let record = record?;
                            let id = record.id.clone();
                            guarded(&id, || render(i, record))
                        })
                        .collect()
                })
                .collect()
        });
        for rendered in rendered.into_iter().flatten() {
            // An article the engine failed on is reported and counted; the batch goes on.
            let (gkg, json, text_bytes, language, events) = match rendered {
                Ok(r) => r,
                Err(failure) => {
                    eprintln!("newsgraph: {failure}");
                    *stats.rejected.entry("internal-error").or_default() += 1;
                    continue;
                }
            };
            let result = (|| -> std::io::Result<()> {
                if let Some(w) = self.gkg.as_mut() {
                    w.write_all(gkg.as_bytes())?;
                }
                if let Some(w) = self.json.as_mut() {
                    w.write_all(json.as_bytes())?;
                }
                Ok(())
            })();
            match result {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return Ok(false),
                Err(e) => return Err(e).context("writing output"),
            }
            stats.written += 1;
            stats.bytes += text_bytes as u64;
            if language != text::language::ENGLISH {
                *stats.other_languages.entry(language).or_default() += 1;
            }
            self.rows += 1;
            for m in events {
                self.window.add_mention(m);
            }
            self.window_articles += 1;
            if self.window_size.is_some_and(|n| self.window_articles >= n) {
                match self.close_window() {
                    Ok(()) => {}
                    Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return Ok(false),
                    Err(e) => return Err(e).context("writing output"),
                }
            }
        }
        Ok(true)
    }

    /// Writes the window's Events and Mentions rows and opens the next window.
    fn close_window(&mut self) -> std::io::Result<()> {
        let next = EventWindow::new(self.window.next_id());
        let (events, mentions) = std::mem::replace(&mut self.window, next).close();
        self.window_articles = 0;
        let mut line = String::new();
        if let Some(w) = self.events.as_mut() {
            for row in &events {
                line.clear();
                row.write(&mut line);
                line.push('\n');
                w.write_all(line.as_bytes())?;
            }
        }
        if let Some(w) = self.mentions.as_mut() {
            for row in &mentions {
                line.clear();
                row.write(&mut line);
                line.push('\n');
                w.write_all(line.as_bytes())?;
            }
        }
        Ok(())
    }

    fn finish(&mut self) -> anyhow::Result<()> {
        match self.close_window() {
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                return Err(e).context("writing output");
            }
            _ => {}
        }
        for w in [
            self.gkg.as_mut(),
            self.json.as_mut(),
            self.events.as_mut(),
            self.mentions.as_mut(),
        ]
        .into_iter()
        .flatten()
        {
            match w.flush() {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    return Err(e).context("writing output");
                }
                _ => {}
            }
        }
        Ok(())
    }
}

/// The batch in chunks of at most `count` articles and at most [`STAGE_CHUNK_BYTES`] of text
/// (a chunk's stage results are alive together), each article with its index in the batch.
fn stage_chunks(batch: Vec<Article>, count: usize) -> Vec<(Vec<usize>, Vec<Article>)> {
    let mut chunks: Vec<(Vec<usize>, Vec<Article>)> = Vec::new();
    let mut bytes = 0;
    for (i, article) in batch.into_iter().enumerate() {
        let full = chunks.last().is_none_or(|(_, c)| {
            c.len() >= count || bytes + article.text.len() > STAGE_CHUNK_BYTES
        });
        if full {
            chunks.push((Vec::new(), Vec::new()));
            bytes = 0;
        }
        bytes += article.text.len();
        if let Some((indexes, articles)) = chunks.last_mut() {
            indexes.push(i);
            articles.push(article);
        }
    }
    chunks
}

/// One analysed article as the writers need it: its GKG row, its JSON record, its text size, its
/// language, and its event mentions for the window; or the article whose analysis failed.
type Rendered = Result<(String, String, usize, String, Vec<EventMention>), Failure>;

/// What a run did, by reason.
#[derive(Debug, Default)]
struct Stats {
    read: u64,
    written: u64,
    bytes: u64,
    rejected: BTreeMap<&'static str, u64>,
    skipped: BTreeMap<&'static str, u64>,
    warnings: BTreeMap<&'static str, u64>,
    /// Articles in other languages than English, by ISO 639-3 code.
    other_languages: BTreeMap<String, u64>,
    /// Whether the stages ran over them anyway (`--any-language`).
    any_language: bool,
}

impl Stats {
    fn summary(&self, inputs: usize, secs: f64) -> String {
        fn total<K>(m: &BTreeMap<K, u64>) -> u64 {
            m.values().sum()
        }
        fn detail<K: std::fmt::Display>(m: &BTreeMap<K, u64>) -> String {
            if m.is_empty() {
                String::new()
            } else {
                let parts: Vec<String> = m.iter().map(|(k, v)| format!("{k} {v}")).collect();
                format!(" ({})", parts.join(", "))
            }
        }
        let mb = self.bytes as f64 / 1e6;
        let secs = secs.max(1e-9);
        let mut s = format!(
            "newsgraph: {inputs} input{} · {} read · {} written · {} rejected{}",
            if inputs == 1 { "" } else { "s" },
            self.read,
            self.written,
            total(&self.rejected),
            detail(&self.rejected),
        );
        if !self.skipped.is_empty() {
            s += &format!(
                " · {} skipped{}",
                total(&self.skipped),
                detail(&self.skipped)
            );
        }
        if !self.warnings.is_empty() {
            s += &format!(
                " · {} warnings{}",
                total(&self.warnings),
                detail(&self.warnings)
            );
        }
        if !self.other_languages.is_empty() {
            s += &format!(
                " · {} not in English{}, {}",
                total(&self.other_languages),
                detail(&self.other_languages),
                if self.any_language {
                    "analysed anyway"
                } else {
                    "text layer only (--any-language analyses them)"
                }
            );
        }
        s += &format!(
            " · {mb:.2} MB of text in {secs:.2} s ({:.1} MB/s, {:.0} articles/s)",
            mb / secs,
            self.written as f64 / secs
        );
        s
    }
}

/// The stages whose results `format` writes (to files in a directory when `to_dir`): a stage
/// no output holds is not run. GKG rows hold no events, but written to a directory they have
/// GDELT's events and mentions files beside them; Events and Mentions rows hold no quotations,
/// themes or amounts.
fn stages_written(format: Format, to_dir: bool) -> pipeline::Stages {
    use pipeline::Stages;
    match format {
        Format::Gkg if !to_dir => Stages::GKG,
        Format::Events | Format::Mentions => Stages::EVENT_ROWS,
        Format::Gkg | Format::Json | Format::Both => Stages::ALL,
    }
}

#[cfg(test)]
mod tests {
    use super::{Format, STAGE_CHUNK_BYTES, stage_chunks, stages_written};
    use model::Article;
    use pipeline::Stages;

    #[test]
    fn only_the_stages_an_output_holds_are_run() {
        // GKG rows on stdout hold no events; in a directory the events files come beside them.
        assert_eq!(stages_written(Format::Gkg, false), Stages::GKG);
        assert!(
            !Stages::ALL
                .within(stages_written(Format::Gkg, false))
                .events
        );
        assert_eq!(stages_written(Format::Gkg, true), Stages::ALL);
        assert_eq!(stages_written(Format::Json, false), Stages::ALL);
        assert_eq!(stages_written(Format::Both, true), Stages::ALL);
        // Event rows take their actors, places, dates and tone from those stages, nothing else.
        let events = Stages::ALL.within(stages_written(Format::Events, false));
        assert!(events.names && events.places && events.dates && events.tone && events.events);
        assert!(!events.quotes && !events.themes && !events.quantities);
        assert_eq!(stages_written(Format::Mentions, true), Stages::EVENT_ROWS);
        // A stage the user left out stays out.
        let chosen = Stages::parse("names,themes").unwrap_or(Stages::NONE);
        assert_eq!(chosen.within(stages_written(Format::Json, false)), chosen);
    }

    #[test]
    fn chunks_keep_the_batch_order_and_bound_count_and_text() {
        let long = "x".repeat(STAGE_CHUNK_BYTES - 10);
        let texts = [
            "a",
            "b",
            long.as_str(),
            long.as_str(),
            "c",
            "d",
            "e",
            "f",
            "g",
        ];
        let batch: Vec<Article> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Article::new(format!("{i}"), *t))
            .collect();
        let chunks = stage_chunks(batch, 4);
        let shape: Vec<Vec<usize>> = chunks.iter().map(|(i, _)| i.clone()).collect();
        // Four articles at most, and the second long text does not fit beside the first.
        assert_eq!(shape, [vec![0, 1, 2], vec![3, 4, 5, 6], vec![7, 8]]);
        for (indexes, articles) in &chunks {
            for (i, a) in indexes.iter().zip(articles) {
                assert_eq!(a.id, i.to_string());
            }
        }
        assert!(stage_chunks(Vec::new(), 8).is_empty());
    }
}
