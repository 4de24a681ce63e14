//! Tone over a corpus, for looking at the figures by eye.
//!
//! `cargo run -p tone --release --example tone_report -- FILE [explain] [--source NAME]`: FILE is JSONL with a
//! `text` field (as `../shared/bench/news_texts.jsonl`) or a plain text file. Prints the mean,
//! standard deviation and range of each V1.5TONE value over the texts and the time spent in
//! `tone::score` alone (text views are built outside the timed part). With `explain`, prints
//! every scored word of every text instead. With `--source NAME`, only the JSONL lines whose
//! `source` is NAME. A GKG 2.1 file (`*.gkg.csv`) instead gives the same statistics of its
//! V1.5TONE column, for comparing distributions.

use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: tone_report FILE [explain]");
        std::process::exit(2);
    };
    let body = std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(2)
    });
    if path.ends_with(".gkg.csv") {
        let scores: Vec<tone::ToneScores> = body.lines().filter_map(gkg_tone).collect();
        println!("{} rows with V1.5TONE", scores.len());
        report(&scores);
        return;
    }
    let source = args
        .iter()
        .position(|a| a == "--source")
        .and_then(|i| args.get(i + 1));
    let texts: Vec<String> = if path.ends_with(".jsonl") {
        body.lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter(|v| source.is_none_or(|s| v.get("source").and_then(|x| x.as_str()) == Some(s)))
            .filter_map(|v| v.get("text")?.as_str().map(str::to_string))
            .collect()
    } else {
        vec![body]
    };
    let views: Vec<text::TextView> = texts.iter().map(|t| text::TextView::new(t)).collect();
    if args.iter().any(|a| a == "explain") {
        for (t, v) in texts.iter().zip(&views) {
            for w in tone::explain(t, v) {
                let mark = [
                    (w.positive, "+"),
                    (w.negative, "-"),
                    (w.activity, "act"),
                    (w.self_group, "self"),
                    (w.name_part, "name"),
                ];
                let marks: Vec<&str> = mark.iter().filter(|m| m.0).map(|m| m.1).collect();
                if !marks.is_empty() {
                    println!("{}\t{}", &t[w.span.range()], marks.join(" "));
                }
            }
            let s = tone::score(t, v);
            println!("== {s:?}");
        }
        return;
    }
    let started = Instant::now();
    let lexicon = tone::Lexicon::shipped();
    println!(
        "lexicon: {} words, built in {:.2} ms",
        lexicon.len(),
        started.elapsed().as_secs_f64() * 1e3
    );
    // Best of TONE_ROUNDS runs (default 1): on a shared machine the minimum is the figure least
    // disturbed by other processes.
    let rounds: usize = std::env::var("TONE_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(1);
    let mut elapsed = f64::INFINITY;
    let mut scores = Vec::new();
    for _ in 0..rounds.max(1) {
        let started = Instant::now();
        scores = texts
            .iter()
            .zip(&views)
            .map(|(t, v)| tone::score(t, v))
            .collect::<Vec<_>>();
        elapsed = elapsed.min(started.elapsed().as_secs_f64());
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    println!(
        "{} texts, {:.1} MB, tone::score {:.1} ms = {:.0} MB/s (best of {rounds})",
        texts.len(),
        bytes as f64 / 1e6,
        elapsed * 1e3,
        bytes as f64 / 1e6 / elapsed
    );
    report(&scores);
}

/// V1.5TONE of one GKG 2.1 row (column 16).
fn gkg_tone(row: &str) -> Option<tone::ToneScores> {
    let v: Vec<f64> = row
        .split('\t')
        .nth(15)?
        .split(',')
        .map(|x| x.parse().ok())
        .collect::<Option<_>>()?;
    (v.len() == 7).then(|| tone::ToneScores {
        tone: v[0],
        positive: v[1],
        negative: v[2],
        polarity: v[3],
        activity: v[4],
        self_group: v[5],
        word_count: v[6] as u64,
        gcam: tone::Gcam::default(),
    })
}

/// Mean, standard deviation and range of each value over the texts that have words.
fn report(scores: &[tone::ToneScores]) {
    type Field = (&'static str, fn(&tone::ToneScores) -> f64);
    let fields: [Field; 7] = [
        ("tone", |s| s.tone),
        ("positive", |s| s.positive),
        ("negative", |s| s.negative),
        ("polarity", |s| s.polarity),
        ("activity", |s| s.activity),
        ("self_group", |s| s.self_group),
        ("word_count", |s| s.word_count as f64),
    ];
    let scored: Vec<&tone::ToneScores> = scores.iter().filter(|s| s.word_count > 0).collect();
    for (name, get) in fields {
        let mut v: Vec<f64> = scored.iter().map(|s| get(s)).collect();
        v.sort_by(f64::total_cmp);
        let n = v.len().max(1) as f64;
        let mean = v.iter().sum::<f64>() / n;
        let sd = (v.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1.0).max(1.0)).sqrt();
        let median = v.get(v.len() / 2).copied().unwrap_or(0.0);
        println!(
            "{name:<11} mean {mean:8.3} sd {sd:7.3} min {:8.3} median {median:8.3} max {:8.3}",
            v.first().copied().unwrap_or(0.0),
            v.last().copied().unwrap_or(0.0)
        );
    }
    let negative = scored.iter().filter(|s| s.tone < 0.0).count();
    println!(
        "texts with words: {}; tone < 0: {negative} ({:.1}%)",
        scored.len(),
        100.0 * negative as f64 / scored.len().max(1) as f64
    );
}
