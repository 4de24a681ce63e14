//! The command line as a user meets it: real processes, real files, exit statuses, messages.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn newsgraph(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn newsgraph_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/articles/iberian-floods.txt")
}

/// Runs `extract` on the shipped example with `--out DIR` and any further flags.
fn extract_example_into(out_dir: &Path, flags: &[&str]) -> Output {
    let ex = example();
    let mut args = vec![
        "extract",
        ex.to_str().unwrap(),
        "--out",
        out_dir.to_str().unwrap(),
    ];
    args.extend_from_slice(flags);
    newsgraph(&args)
}

#[test]
fn shipped_example_prints_one_gkg_row() {
    let path = example();
    let out = newsgraph(&["extract", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let rows: Vec<&str> = text.lines().collect();
    assert_eq!(rows.len(), 1);
    let cols: Vec<&str> = rows[0].split('\t').collect();
    assert_eq!(cols.len(), 27);
    assert_eq!(
        cols[4],
        path.to_str().unwrap(),
        "V2DOCUMENTIDENTIFIER is the id when there is no url"
    );
    assert_eq!(
        cols[26],
        "<PAGE_TITLE>Portugal and Spain agree joint flood defences after storm kills 12</PAGE_TITLE>"
    );
    assert!(
        stderr(&out).contains("1 read · 1 written · 0 rejected"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn bad_lines_are_reported_counted_and_the_batch_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("batch.jsonl");
    std::fs::write(
        &p,
        "{\"id\":\"a\",\"url\":\"https://example.org/a\",\"text\":\"First story.\"}\n\
         {\"id\":\"b\",\"text\":\n\
         {\"id\":\"c\",\"text\":\"\"}\n\
         {\"id\":\"d\",\"text\":\"Fourth story.\"}\n",
    )
    .unwrap();
    let out = newsgraph(&["extract", p.to_str().unwrap(), "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "some items rejected → 1");
    let ids: Vec<String> = stdout(&out)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(
        ids,
        ["a", "d"],
        "the rest of the batch is written, in order"
    );
    let err = stderr(&out);
    assert!(
        err.contains(&format!("{}:2: malformed JSON", p.display())),
        "{err}"
    );
    assert!(
        err.contains(&format!("{}:3: empty text", p.display())),
        "{err}"
    );
    assert!(
        err.contains("4 read · 2 written · 2 rejected (empty-text 1, malformed-json 1)"),
        "{err}"
    );
}

#[test]
fn exit_status_two_for_usage_errors_and_nothing_readable() {
    let ex = example();
    let ex = ex.to_str().unwrap();
    for args in [
        vec!["extract", ex, "--date", "next week"],
        vec!["extract", ex, "--format", "both"],
        vec!["extract", ex, "--threads", "0"],
        vec!["extract", "/nonexistent/a.txt", "/nonexistent/b.jsonl"],
        vec!["extract", ex, "--format", "xml"],
    ] {
        let out = newsgraph(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
    }
    let out = newsgraph(&["extract", ex, "/nonexistent/b.jsonl"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "one unreadable input among readable ones → 1"
    );
    assert!(stderr(&out).contains("/nonexistent/b.jsonl: cannot read"));
    assert_eq!(stdout(&out).lines().count(), 1);
}

#[test]
fn batch_date_and_determinism_across_threads() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("many.jsonl");
    let mut body = String::new();
    for i in 0..300 {
        let published = if i % 3 == 0 {
            ",\"published\":\"2023-11-02T08:00:00Z\""
        } else {
            ""
        };
        body += &format!(
            "{{\"id\":\"n{i}\",\"url\":\"https://www.example.org/{i}\"{published},\"text\":\"Story {i}. The council met on Monday in Lisbon.\"}}\n"
        );
    }
    std::fs::write(&p, body).unwrap();
    let run = |threads: &str| {
        newsgraph(&[
            "extract",
            p.to_str().unwrap(),
            "--date",
            "2024-03-12T10:15:00",
            "--threads",
            threads,
        ])
    };
    let one = run("1");
    let two = run("2");
    assert_eq!(one.status.code(), Some(0));
    assert_eq!(
        stdout(&one),
        stdout(&two),
        "same input, same bytes, whatever the threads"
    );
    let rows: Vec<Vec<String>> = stdout(&one)
        .lines()
        .map(|l| l.split('\t').map(String::from).collect())
        .collect();
    assert_eq!(rows.len(), 300);
    assert_eq!(rows[0][0], "20240312101500-0");
    assert_eq!(rows[299][0], "20240312101500-299");
    assert_eq!(rows[5][1], "20240312101500", "V2.1DATE is the batch date");
    assert_eq!(rows[5][3], "example.org");
    assert_eq!(rows[5][4], "https://www.example.org/5", "in input order");
    assert!(
        rows[3][26].contains("<PAGE_PRECISEPUBTIMESTAMP>20231102080000</PAGE_PRECISEPUBTIMESTAMP>")
    );
}

#[test]
fn out_dir_gets_both_files() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("out");
    let out = extract_example_into(&out_dir, &["--format", "both", "--date", "2024-03-05"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).is_empty());
    let gkg = std::fs::read_to_string(out_dir.join("20240305000000.gkg.csv")).unwrap();
    let json = std::fs::read_to_string(out_dir.join("20240305000000.records.jsonl")).unwrap();
    // GDELT's events and mentions files beside the GKG file.
    let events = std::fs::read_to_string(out_dir.join("20240305000000.export.CSV")).unwrap();
    let mentions = std::fs::read_to_string(out_dir.join("20240305000000.mentions.CSV")).unwrap();
    assert!(events.lines().count() >= 1 && mentions.lines().count() >= events.lines().count());
    assert_eq!(gkg.lines().count(), 1);
    let record: serde_json::Value = serde_json::from_str(json.trim()).unwrap();
    assert_eq!(
        record["title"],
        "Portugal and Spain agree joint flood defences after storm kills 12"
    );
    for key in [
        "persons",
        "organizations",
        "locations",
        "dates",
        "amounts",
        "counts",
        "quotations",
        "themes",
        "events",
    ] {
        assert!(record[key].is_array(), "{key}");
    }
}

#[test]
fn stdin_and_gzip() {
    let out = newsgraph_stdin(
        &["extract", "-", "--format", "json"],
        b"{\"id\":\"p1\",\"text\":\"Piped in.\"}\n",
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("\"id\":\"p1\""));

    let out = newsgraph_stdin(
        &["extract", "--format", "json"],
        b"Headline here\n\nBody text.",
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "stdin is the default input when piped"
    );
    assert!(stdout(&out).contains("\"title\":\"Headline here\""));

    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("b.jsonl.gz");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(b"{\"id\":\"g1\",\"text\":\"Zipped.\"}\n")
        .unwrap();
    std::fs::write(&p, gz.finish().unwrap()).unwrap();
    let out = newsgraph(&["extract", p.to_str().unwrap(), "--format", "json"]);
    assert!(stdout(&out).contains("\"id\":\"g1\""));
}

#[test]
fn articles_in_other_languages_are_counted_and_analysed_only_when_asked() {
    let german = "Bundeskanzler Olaf Scholz hat am Dienstag in Berlin angekündigt, dass die \
                  Regierung die Hilfen für die Ukraine verdoppeln werde. Die Opposition \
                  kritisierte den Plan, sagte Friedrich Merz der Zeitung.";
    let lines = format!(
        "{}\n{}\n",
        serde_json::json!({"id": "de1", "text": german}),
        serde_json::json!({"id": "en1", "text": "Olaf Scholz met Joe Biden in Berlin on Tuesday."})
    );
    let records = |flags: &[&str]| -> (Vec<serde_json::Value>, String) {
        let mut args = vec!["extract", "-", "--format", "json"];
        args.extend_from_slice(flags);
        let out = newsgraph_stdin(&args, lines.as_bytes());
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let records = stdout(&out)
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        (records, stderr(&out))
    };
    let (plain, summary) = records(&[]);
    assert_eq!(plain[0]["language"], "deu");
    assert_eq!(plain[0]["persons"], serde_json::json!([]));
    assert_eq!(plain[1]["language"], "eng");
    assert!(!plain[1]["persons"].as_array().unwrap().is_empty());
    assert!(
        summary.contains("1 not in English (deu 1), text layer only"),
        "{summary}"
    );
    let (anyway, summary) = records(&["--any-language"]);
    assert!(!anyway[0]["persons"].as_array().unwrap().is_empty());
    assert!(summary.contains("analysed anyway"), "{summary}");
}

#[test]
fn json_offsets_index_the_text_in_chars() {
    let text = "Zürich’s mayor met “Kyiv” officials.\n\nTalks resume in 2025.";
    let line = serde_json::json!({"id": "u1", "text": text}).to_string();
    let out = newsgraph_stdin(&["extract", "-", "--format", "json"], line.as_bytes());
    let record: serde_json::Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    let chars: Vec<char> = record["text"].as_str().unwrap().chars().collect();
    let sentences: Vec<String> = record["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            chars[s["start"].as_u64().unwrap() as usize..s["end"].as_u64().unwrap() as usize]
                .iter()
                .collect()
        })
        .collect();
    assert_eq!(
        sentences,
        [
            "Zürich’s mayor met “Kyiv” officials.",
            "Talks resume in 2025."
        ]
    );
}

#[test]
fn help_shows_examples() {
    let out = newsgraph(&["extract", "--help"]);
    let help = stdout(&out);
    assert!(
        help.contains("Examples:") && help.contains("--format") && help.contains("Exit status"),
        "{help}"
    );
}

#[test]
fn check_gkg_reads_back_what_extract_writes() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("out");
    let out = extract_example_into(&out_dir, &[]);
    assert_eq!(out.status.code(), Some(0));
    let gkg = out_dir.join("newsgraph.gkg.csv");
    let out = newsgraph(&["check-gkg", gkg.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("1 rows, 1 well-formed, 0 malformed"));

    let broken = dir.path().join("broken.gkg.csv");
    let row = std::fs::read_to_string(&gkg).unwrap();
    std::fs::write(&broken, format!("{row}only\tthree\tcolumns\n")).unwrap();
    let out = newsgraph(&["check-gkg", broken.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(":2: expected 27 tab-separated columns, found 3"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn events_and_mentions_rows_counted_over_the_window() {
    let example = example();
    let path = example.to_str().unwrap();
    let run = |flags: &[&str]| {
        let mut args = vec!["extract", path, path, "--date", "2024-03-05", "--quiet"];
        args.extend(flags);
        let out = newsgraph(&args);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        stdout(&out)
    };
    let events = run(&["--format", "events"]);
    let rows: Vec<Vec<&str>> = events.lines().map(|l| l.split('\t').collect()).collect();
    assert!(!rows.is_empty());
    for (i, row) in rows.iter().enumerate() {
        assert_eq!(row.len(), 61, "Events 2.0 has 61 columns");
        assert_eq!(row[0], (i + 1).to_string(), "GLOBALEVENTIDs count up");
        assert!(
            (2..=4).contains(&row[26].len()) && row[26].bytes().all(|b| b.is_ascii_digit()),
            "EventCode {:?}",
            row[26]
        );
        // The same article twice in one window: every event has two mentions.
        assert_eq!(row[31], "2", "NumMentions of {row:?}");
        assert_eq!(row[59], "20240305000000", "DATEADDED");
    }
    let mentions = run(&["--format", "mentions"]);
    assert_eq!(mentions.lines().count(), 2 * rows.len());
    assert!(mentions.lines().all(|l| l.split('\t').count() == 16));
    // A window per article: each article's events are counted on their own.
    let windowed = run(&["--format", "events", "--window", "1"]);
    assert_eq!(windowed.lines().count(), 2 * rows.len());
    assert!(windowed.lines().all(|l| l.split('\t').nth(31) == Some("1")));
    // Events need their stage.
    let out = newsgraph(&["extract", path, "--format", "events", "--stages", "names"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn import_dict_converts_petrarch_agents_and_reports_what_it_skips() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("agents.txt");
    std::fs::write(
        &src,
        "# agents written for this test\nFIREFIGHTER [~CVL]\nHARBOUR_PILOT [~BUS]\nA LINE WITHOUT A CODE\n",
    )
    .unwrap();
    let out = newsgraph(&["import-dict", "agents", src.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "one line was skipped");
    assert_eq!(stdout(&out), "CVL\tfirefighter\nBUS\tharbour pilot\n");
    assert!(
        stderr(&out).contains("agents.txt:4: no code"),
        "{}",
        stderr(&out)
    );
    let missing = newsgraph(&["import-dict", "verbs", "/nonexistent/verbs.txt"]);
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn user_event_dictionaries_replace_the_shipped_files_of_the_same_name() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(
        &article,
        "The Harbourline Council accused Norway of spying.",
    )
    .unwrap();
    let dicts = dir.path().join("dicts");
    std::fs::create_dir(&dicts).unwrap();
    let actor1 = |flags: &[&str]| {
        let mut args = vec![
            "extract",
            article.to_str().unwrap(),
            "--format",
            "events",
            "-q",
        ];
        args.extend(flags);
        let out = newsgraph(&args);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        stdout(&out)
            .lines()
            .map(|l| l.split('\t').nth(5).unwrap_or("").to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        actor1(&[]),
        [""],
        "the shipped dictionaries do not know the council"
    );
    std::fs::write(dicts.join("igos.tsv"), "IGOHBL\tHarbourline Council\n").unwrap();
    assert_eq!(
        actor1(&["--event-dicts", dicts.to_str().unwrap()]),
        ["IGOHBL"]
    );
    // A bad file is a usage error naming the file and line.
    std::fs::write(
        dicts.join("cameo.tsv"),
        "010\tnot a number\tMake statement\n",
    )
    .unwrap();
    let out = newsgraph(&[
        "extract",
        article.to_str().unwrap(),
        "--event-dicts",
        dicts.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("cameo.tsv:1"), "{}", stderr(&out));
}
