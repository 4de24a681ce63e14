//! Throughput of the themes stage, and how its label distribution compares with GDELT's.
//!
//! Reads a JSONL file with a `text` per line (default: the shared bench corpus), builds the
//! text views outside the timed loop, then times `themes::find` over all texts (best of
//! `--runs N`, default 5). With `--lookup PATH` (GDELT's `LOOKUP-GKGTHEMES.TXT`) it also counts
//! in how many texts each V1THEMES label occurs, prints the top 30, the overlap of the top-50
//! sets, and the Spearman rank correlation between the two frequency lists over the labels the
//! rules can emit.
//!
//! `--surfaces N` lists the N most frequent (surface, label) pairs; `--sample N` prints N
//! mentions spread over the corpus with their context, to judge precision by hand.
//!
//! `cargo run --release -p themes --example themes_throughput -- [FILE.jsonl] [--runs N] [--lookup PATH]
//! [--surfaces N] [--sample N]`

use std::collections::HashMap;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let mut file = String::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/bench/news_texts.jsonl"
    ));
    let mut runs = 5usize;
    let mut lookup: Option<String> = None;
    let mut surfaces = 0usize;
    let mut sample = 0usize;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--runs" => runs = args.next().and_then(|n| n.parse().ok()).unwrap_or(5),
            "--lookup" => lookup = args.next(),
            "--sample" => sample = args.next().and_then(|n| n.parse().ok()).unwrap_or(100),
            "--surfaces" => surfaces = args.next().and_then(|n| n.parse().ok()).unwrap_or(100),
            _ => file = a,
        }
    }
    let texts = benchdata::texts_of(file.as_ref()).unwrap_or_else(|e| {
        eprintln!("{file}: {e}");
        std::process::exit(2);
    });
    let bytes: usize = texts.iter().map(String::len).sum();

    let t0 = Instant::now();
    let shared = themes::Themes::shared();
    let load = t0.elapsed();
    let views: Vec<text::TextView> = texts.iter().map(|t| text::TextView::new(t)).collect();

    let mut best = f64::INFINITY;
    let mut mentions = 0usize;
    for _ in 0..runs.max(1) {
        let t = Instant::now();
        mentions = texts
            .iter()
            .zip(&views)
            .map(|(t, v)| shared.find(t, v).len())
            .sum();
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "{} texts, {:.1} MB; rules load {:.1} ms; find: {:.1} ms = {:.0} MB/s (best of {runs}); \
         {mentions} mentions, {:.1} per text",
        texts.len(),
        bytes as f64 / 1e6,
        load.as_secs_f64() * 1e3,
        best * 1e3,
        bytes as f64 / 1e6 / best,
        mentions as f64 / texts.len().max(1) as f64
    );

    if surfaces > 0 {
        // The most frequent (surface, labels) pairs: where to look for rules that misfire.
        let mut by_surface: HashMap<(String, &str), usize> = HashMap::new();
        for (t, v) in texts.iter().zip(&views) {
            for m in shared.find(t, v) {
                let surface = t[m.span.range()].to_lowercase();
                *by_surface.entry((surface, m.theme)).or_default() += 1;
            }
        }
        let mut rows: Vec<_> = by_surface.into_iter().collect();
        rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        for ((surface, label), n) in rows.iter().take(surfaces) {
            println!("  {n:>6}  {surface:<24} {label}");
        }
    }

    if sample > 0 {
        // Every k-th mention with some context, to judge precision by hand.
        let all: Vec<(usize, themes::ThemeMention)> = texts
            .iter()
            .zip(&views)
            .enumerate()
            .flat_map(|(i, (t, v))| shared.find(t, v).into_iter().map(move |m| (i, m)))
            .collect();
        let step = all.len().checked_div(sample).unwrap_or(1).max(1);
        for (i, m) in all.iter().step_by(step).take(sample) {
            let t = &texts[*i];
            let mut lo = m.span.start.saturating_sub(50);
            while !t.is_char_boundary(lo) {
                lo -= 1;
            }
            let mut hi = (m.span.end + 50).min(t.len());
            while !t.is_char_boundary(hi) {
                hi += 1;
            }
            let ctx = format!(
                "{}[{}]{}",
                &t[lo..m.span.start],
                &t[m.span.range()],
                &t[m.span.end..hi]
            )
            .replace(['\n', '\t'], " ");
            println!("{:<40} {ctx}", m.theme);
        }
    }

    let Some(lookup) = lookup else { return };
    let list = std::fs::read_to_string(&lookup).unwrap_or_else(|e| {
        eprintln!("{lookup}: {e}");
        std::process::exit(2);
    });
    let gdelt: Vec<(&str, f64)> = list
        .lines()
        .filter_map(|l| {
            let (name, n) = l.split_once('\t')?;
            Some((name, n.trim().parse().ok()?))
        })
        .collect();
    let gdelt_count: HashMap<&str, f64> = gdelt.iter().copied().collect();

    // Document frequency of each V1THEMES label over the corpus.
    let mut df: HashMap<&'static str, usize> = HashMap::new();
    for (t, v) in texts.iter().zip(&views) {
        for l in gdelt::v1_themes(shared.find(t, v).iter().map(|m| m.theme)) {
            *df.entry(l).or_default() += 1;
        }
    }
    let mut ours: Vec<(&str, usize)> = df.iter().map(|(k, v)| (*k, *v)).collect();
    ours.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    println!(
        "\n{} labels fired on this corpus. Top 30 (texts, GDELT rank):",
        ours.len()
    );
    let gdelt_rank: HashMap<&str, usize> = gdelt
        .iter()
        .enumerate()
        .map(|(i, (n, _))| (*n, i + 1))
        .collect();
    for (l, n) in ours.iter().take(30) {
        let r = gdelt_rank.get(l).map_or("-".into(), |r| r.to_string());
        println!("  {n:>5}  {l:<50} {r}");
    }
    let top_ours: Vec<&str> = ours.iter().take(50).map(|x| x.0).collect();
    let top_gdelt: Vec<&str> = gdelt.iter().take(50).map(|x| x.0).collect();
    let overlap = top_ours.iter().filter(|l| top_gdelt.contains(l)).count();
    println!("\ntop-50 overlap with GDELT's top 50: {overlap}/50");
    let our_rank: HashMap<&str, usize> = ours
        .iter()
        .enumerate()
        .map(|(i, (l, _))| (*l, i + 1))
        .collect();
    let missed: Vec<String> = top_gdelt
        .iter()
        .filter(|l| !top_ours.contains(l))
        .map(|l| {
            format!(
                "{l} ({})",
                our_rank.get(l).map_or("-".into(), |r| r.to_string())
            )
        })
        .collect();
    println!(
        "GDELT's top 50 not in ours (our rank): {}",
        missed.join(", ")
    );

    // V1 label universe: what the rules can emit, plus the taxonomy names v1_themes adds.
    let mut universe: Vec<&str> = shared.labels().to_vec();
    for l in shared.labels() {
        if let Some(p) = gdelt::v1_parent(l)
            && !universe.contains(&p)
        {
            universe.push(p);
        }
    }
    // (Corpus document frequency, GDELT count) of each label.
    let pairs_of = |labels: &[&str]| -> Vec<(f64, f64)> {
        labels
            .iter()
            .map(|l| {
                (
                    df.get(l).copied().unwrap_or(0) as f64,
                    gdelt_count.get(l).copied().unwrap_or(0.0),
                )
            })
            .collect()
    };
    let pairs = pairs_of(&universe);
    println!(
        "Spearman rho, corpus document frequency vs GDELT count, over the {} labels the rules \
         can emit: {:.3}",
        pairs.len(),
        spearman(&pairs)
    );
    // Without the many labels that are rare on both sides: the union of both top-100 lists,
    // among the labels the rules can emit.
    let mut head: Vec<&str> = ours.iter().take(100).map(|x| x.0).collect();
    for (l, _) in gdelt.iter().filter(|(l, _)| universe.contains(l)).take(100) {
        if !head.contains(l) {
            head.push(l);
        }
    }
    let head_pairs = pairs_of(&head);
    println!(
        "Spearman rho over the union of both top-100 lists ({} labels): {:.3}",
        head_pairs.len(),
        spearman(&head_pairs)
    );
    let top: Vec<(f64, f64)> = ours
        .iter()
        .take(30)
        .map(|(l, n)| (*n as f64, gdelt_count.get(l).copied().unwrap_or(0.0)))
        .collect();
    println!("Spearman rho over our top 30: {:.3}", spearman(&top));
}

/// Spearman's rank correlation with average ranks for ties.
fn spearman(pairs: &[(f64, f64)]) -> f64 {
    let rx = ranks(&pairs.iter().map(|p| p.0).collect::<Vec<_>>());
    let ry = ranks(&pairs.iter().map(|p| p.1).collect::<Vec<_>>());
    let n = rx.len() as f64;
    let mx = rx.iter().sum::<f64>() / n;
    let my = ry.iter().sum::<f64>() / n;
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for (x, y) in rx.iter().zip(&ry) {
        sxy += (x - mx) * (y - my);
        sxx += (x - mx) * (x - mx);
        syy += (y - my) * (y - my);
    }
    if sxx == 0.0 || syy == 0.0 {
        return 0.0;
    }
    sxy / (sxx * syy).sqrt()
}

fn ranks(v: &[f64]) -> Vec<f64> {
    let mut idx: Vec<usize> = (0..v.len()).collect();
    idx.sort_by(|&a, &b| v[a].total_cmp(&v[b]));
    let mut r = vec![0.0; v.len()];
    let mut i = 0;
    while i < idx.len() {
        let mut j = i;
        while j + 1 < idx.len() && v[idx[j + 1]] == v[idx[i]] {
            j += 1;
        }
        let avg = (i + j) as f64 / 2.0 + 1.0;
        for &k in &idx[i..=j] {
            r[k] = avg;
        }
        i = j + 1;
    }
    r
}
