//! Every input kind, read from fixtures written for newsgraph, and every way an input can be bad.

use super::*;
use std::io::Write;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn items_of(path: &Path) -> Vec<Item> {
    read(&Input::Path(path.to_path_buf())).collect()
}

fn articles(items: &[Item]) -> Vec<&Article> {
    items
        .iter()
        .filter_map(|i| {
            if let Item::Article(a) = i {
                Some(&**a)
            } else {
                None
            }
        })
        .collect()
}

fn codes(items: &[Item]) -> Vec<String> {
    items
        .iter()
        .map(|i| match i {
            Item::Article(a) => format!("article {}", a.id),
            Item::Rejected(p) => format!("rejected {}", p.reason.code()),
            Item::Skipped(p) => format!("skipped {}", p.reason.code()),
            Item::Warning(p) => format!("warning {}", p.reason.code()),
        })
        .collect()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&p, bytes).unwrap();
    p
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

#[test]
fn plain_text_is_taken_verbatim_with_its_first_line_as_title() {
    let dir = tempfile::tempdir().unwrap();
    let text = "\n  Storm closes\u{a0} harbour  \n\nThe harbour closed on Monday.\r\nCrews worked through the night.";
    let p = write(dir.path(), "story.txt", text.as_bytes());
    let items = items_of(&p);
    let a = articles(&items);
    assert_eq!(a.len(), 1);
    assert_eq!(
        a[0].id,
        p.display().to_string(),
        "a whole-file input's id is its path as given"
    );
    assert_eq!(a[0].text, text, "verbatim, no trimming");
    assert_eq!(
        a[0].title.as_deref(),
        Some("Storm closes harbour"),
        "whitespace collapsed"
    );
}

#[test]
fn text_encodings() {
    let dir = tempfile::tempdir().unwrap();
    let bom = write(
        dir.path(),
        "bom.txt",
        "\u{feff}Zürich council votes".as_bytes(),
    );
    assert_eq!(articles(&items_of(&bom))[0].text, "Zürich council votes");

    let mut utf16 = vec![0xFF, 0xFE];
    for u in "Kraków mayor".encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    let p = write(dir.path(), "utf16.txt", &utf16);
    assert_eq!(articles(&items_of(&p))[0].text, "Kraków mayor");

    let latin1 = write(dir.path(), "latin1.txt", b"Caf\xe9 owners protest");
    let items = items_of(&latin1);
    assert_eq!(codes(&items), ["rejected undecodable"]);
    let Item::Rejected(p) = &items[0] else {
        unreachable!()
    };
    assert!(
        p.to_string().contains("latin1.txt") && p.to_string().contains("byte 3"),
        "{p}"
    );

    let binary = write(dir.path(), "x.txt", b"ab\0\x01\x02");
    assert_eq!(codes(&items_of(&binary)), ["rejected undecodable"]);
    let empty = write(dir.path(), "empty.txt", b" \n\t\n");
    assert_eq!(codes(&items_of(&empty)), ["rejected empty-text"]);
}

#[test]
fn jsonl_lines_and_every_bad_line() {
    let dir = tempfile::tempdir().unwrap();
    let lines = [
        r#"{"id":"a1","url":"https://example.org/a","title":"T","published":"2024-03-12","source":"Ex","text":"  Rain fell. "}"#,
        r#"{"url":"https://example.org/b","text":"No id, so the url is the id."}"#,
        r#"{"text":"Neither id nor url."}"#,
        "",
        r#"{"id":"bad-json","text":"unterminated}"#,
        r#"{"id":"no-text"}"#,
        r#"{"id":"num-text","text":42}"#,
        r#"{"id":"empty","text":"   "}"#,
        r#"{"id":7,"text":"Numeric id.","published":"last Tuesday"}"#,
        "[1,2]",
    ];
    let mut body = lines.join("\n").into_bytes();
    body.extend_from_slice(b"\n{\"id\":\"latin\",\"text\":\"caf\xe9\"}\r\n{\"id\":\"crlf\",\"text\":\"Windows line.\"}\r\n");
    let p = write(dir.path(), "batch.jsonl", &body);
    let items = items_of(&p);
    let name = p.display().to_string();
    assert_eq!(
        codes(&items),
        [
            "article a1".to_string(),
            "article https://example.org/b".into(),
            format!("article {name}:3"),
            "rejected malformed-json".into(),
            "rejected missing-text".into(),
            "rejected malformed-json".into(),
            "rejected empty-text".into(),
            "warning unreadable-date".into(),
            "article 7".into(),
            "rejected malformed-json".into(),
            "rejected undecodable".into(),
            "article crlf".into(),
        ]
    );
    let a = articles(&items);
    assert_eq!(a[0].text, "  Rain fell. ", "text is never trimmed");
    assert_eq!(a[0].url.as_deref(), Some("https://example.org/a"));
    assert_eq!(a[0].title.as_deref(), Some("T"));
    assert_eq!(a[0].source.as_deref(), Some("Ex"));
    assert_eq!(
        a[0].published.map(|t| model::iso_timestamp(&t)).as_deref(),
        Some("2024-03-12T00:00:00Z")
    );
    assert_eq!(a[3].published, None);
    // Messages name the file and the line.
    let Item::Rejected(bad) = &items[3] else {
        unreachable!()
    };
    assert!(
        bad.to_string()
            .starts_with(&format!("{name}:5: malformed JSON")),
        "{bad}"
    );
}

#[test]
fn jsonl_text_of_utf16_read_as_8_bit_is_repaired_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let body = concat!(
        r#"{"id":"u16","text":"\ufffd\ufffdH\u0000i\u0000 \u0000t\u0000h\u0000e\u0000r\u0000e\u0000.\u0000"}"#,
        "\n",
        r#"{"id":"one-nul","text":"A stray \u0000 stays."}"#,
        "\n"
    );
    let p = write(dir.path(), "u16.jsonl", body.as_bytes());
    let items = items_of(&p);
    assert_eq!(
        codes(&items),
        [
            "warning nul-characters".to_string(),
            "article u16".into(),
            "article one-nul".into()
        ]
    );
    let a = articles(&items);
    assert_eq!(a[0].text, "Hi there.");
    assert_eq!(a[1].text, "A stray \u{0} stays.");
    let Item::Warning(w) = &items[0] else {
        unreachable!()
    };
    assert!(w.to_string().contains(":1: 9 NUL characters"), "{w}");
}

#[test]
fn jsonl_lines_straddling_the_read_buffer() {
    // Lines are parsed in the reader's buffer when they fit and gathered when they do not: every
    // buffer size must give what a large one gives (BOM, blank line, CRLF, a bad line, a date
    // warning, no final line end).
    let body = "\u{feff}{\"id\":\"a\",\"text\":\"Caf\u{e9} \\u201cquoted\\u201d.\"}\n\n  \n\
                {\"id\":\"b\",\"text\":\"Second line.\",\"published\":\"soon\"}\r\n\
                not json\n\
                {\"id\":\"c\",\"text\":\"No line end.\"}";
    let items_with = |capacity: usize| -> Vec<(String, String)> {
        let reader = BufReader::with_capacity(capacity, std::io::Cursor::new(body.as_bytes()));
        let items: Vec<Item> = read_from("mem".into(), "x.jsonl", Box::new(reader)).collect();
        let texts = items.iter().map(|i| match i {
            Item::Article(a) => a.text.clone(),
            Item::Rejected(p) | Item::Skipped(p) | Item::Warning(p) => p.to_string(),
        });
        codes(&items).into_iter().zip(texts).collect()
    };
    let expected = items_with(1 << 16);
    assert_eq!(
        expected.iter().map(|(c, _)| c.as_str()).collect::<Vec<_>>(),
        [
            "article a",
            "warning unreadable-date",
            "article b",
            "rejected malformed-json",
            "article c"
        ]
    );
    assert_eq!(expected[0].1, "Café “quoted”.");
    assert!(expected[3].1.starts_with("mem:5: "), "{}", expected[3].1);
    for capacity in 1..=40 {
        assert_eq!(items_with(capacity), expected, "buffer of {capacity} bytes");
    }
}

#[test]
fn gzip_is_transparent_by_extension_or_magic() {
    let dir = tempfile::tempdir().unwrap();
    let jsonl = b"{\"id\":\"z1\",\"text\":\"Compressed.\"}\n{\"id\":\"z2\",\"text\":\"Twice.\"}\n";
    let p = write(dir.path(), "batch.jsonl.gz", &gzip(jsonl));
    assert_eq!(codes(&items_of(&p)), ["article z1", "article z2"]);
    let p = write(dir.path(), "noext", &gzip(jsonl));
    assert_eq!(
        codes(&items_of(&p)),
        ["article z1", "article z2"],
        "sniffed after decompression"
    );
    let p = write(dir.path(), "story.txt.gz", &gzip(b"Headline\n\nBody."));
    assert_eq!(
        articles(&items_of(&p))[0].title.as_deref(),
        Some("Headline")
    );
    let mut broken = gzip(b"Headline\n\nBody that will be cut short by a truncated stream.");
    broken.truncate(broken.len() / 2);
    let p = write(dir.path(), "broken.txt.gz", &broken);
    assert_eq!(codes(&items_of(&p)), ["rejected undecodable"]);
}

#[test]
fn directories_are_walked_in_order_by_extension() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "b.txt", b"Second");
    write(
        dir.path(),
        "a.jsonl",
        b"{\"id\":\"first\",\"text\":\"First\"}\n",
    );
    write(dir.path(), "sub/c.txt.gz", &gzip(b"Third"));
    write(dir.path(), "sub/notes.pdf", b"%PDF");
    write(dir.path(), ".hidden.txt", b"hidden");
    let (inputs, skipped) = expand(&[dir.path().display().to_string()]);
    let names: Vec<String> = inputs
        .iter()
        .map(|i| i.name().rsplit('/').next().unwrap().to_string())
        .collect();
    assert_eq!(names, ["a.jsonl", "b.txt", "c.txt.gz"]);
    assert_eq!(skipped.len(), 1);
    assert!(skipped[0].file.ends_with("notes.pdf"));
}

#[test]
fn missing_files_are_unreadable_not_fatal() {
    let items: Vec<Item> = read(&Input::Path("/nonexistent/newsgraph/x.txt".into())).collect();
    assert_eq!(codes(&items), ["rejected unreadable"]);
}

#[test]
fn sniffing() {
    for (head, want) in [
        (&b"WARC/1.1\r\n"[..], Format::Warc),
        (b"  {\"text\":\"x\"}", Format::Jsonl),
        (
            b"<?xml version=\"1.0\"?><rss version=\"2.0\">",
            Format::Feed,
        ),
        (
            b"<feed xmlns=\"http://www.w3.org/2005/Atom\">",
            Format::Feed,
        ),
        (b"\xEF\xBB\xBF<!DOCTYPE html><html>", Format::Html),
        (b"<div>fragment</div>", Format::Html),
        (b"Plain words.", Format::Text),
        (b"", Format::Text),
    ] {
        assert_eq!(sniff(head), want, "{:?}", String::from_utf8_lossy(head));
    }
}

#[test]
fn html_page_becomes_an_article_with_its_metadata() {
    let items = items_of(&fixture("harbour.html"));
    let a = articles(&items);
    assert_eq!(a.len(), 1, "{:?}", codes(&items));
    assert!(
        a[0].text
            .contains("Harbour master Tomas Reyes said crews had cleared debris")
    );
    assert_eq!(
        a[0].published.map(|t| model::iso_timestamp(&t)).as_deref(),
        Some("2024-02-05T08:30:00Z")
    );
}

#[test]
fn feeds_give_one_article_per_entry() {
    let items = items_of(&fixture("feed.rss"));
    assert_eq!(
        codes(&items),
        [
            "article courier-bridge-2024",
            "rejected empty-text",
            "article https://courier.example/library"
        ]
    );
    let a = articles(&items);
    assert_eq!(a[0].url.as_deref(), Some("https://courier.example/bridge"));
    assert_eq!(a[0].title.as_deref(), Some("Bridge repairs finished early"));
    assert_eq!(a[0].source.as_deref(), Some("Valley Courier"));
    assert_eq!(
        a[0].published.map(|t| model::iso_timestamp(&t)).as_deref(),
        Some("2024-03-12T10:05:09Z")
    );
    assert!(a[0].text.contains("finished two weeks early"));
    assert!(a[0].text.contains("Traffic will return"));
    let Item::Rejected(p) = &items[1] else {
        unreachable!()
    };
    assert!(
        p.to_string().contains("feed.rss: entry 2: empty text"),
        "{p}"
    );

    let items = items_of(&fixture("feed.atom"));
    let a = articles(&items);
    assert_eq!(a[0].id, "urn:northern-wire:ice-road");
    assert_eq!(a[0].meta.authors, ["Aino Virtanen"]);
    assert_eq!(
        a[0].published.map(|t| model::iso_timestamp(&t)).as_deref(),
        Some("2024-03-01T07:00:00Z")
    );

    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "broken.rss",
        b"<rss><channel><item><title>x</ti",
    );
    assert_eq!(codes(&items_of(&p)), ["rejected malformed-feed"]);
}

#[test]
fn feed_markup_is_removed() {
    let items = items_of(&fixture("feed.rss"));
    let a = articles(&items);
    assert!(
        !a[0].text.contains("<p>"),
        "markup removed: {:?}",
        a[0].text
    );
    assert!(
        a[0].text.contains("on Tuesday.\n\nTraffic"),
        "paragraphs kept apart: {:?}",
        a[0].text
    );
}

/// A WARC record with a correct Content-Length.
fn warc_record(kind: &str, uri: &str, date: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{:08}-0000-0000-0000-000000000000>\r\n\
         WARC-Date: {date}\r\nWARC-Target-URI: {uri}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        block.len() % 99_999_999,
        block.len()
    )
    .into_bytes();
    r.extend_from_slice(block);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

fn warc_fixture() -> Vec<u8> {
    let page = std::fs::read(fixture("harbour.html")).unwrap();
    let undated = b"<html><head><title>Quay works</title></head><body><article><p>Work on the new quay began on Wednesday, the harbour board said in a statement.</p><p>It is expected to take two years and employ forty people.</p></article></body></html>";
    let http = |body: &[u8], status: &str| {
        let mut v = format!("HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\n\r\n")
            .into_bytes();
        v.extend_from_slice(body);
        v
    };
    let mut w = Vec::new();
    w.extend(warc_record(
        "warcinfo",
        "",
        "2024-02-06T00:00:00Z",
        "application/warc-fields",
        b"software: test\r\n",
    ));
    w.extend(warc_record(
        "request",
        "https://ledger.example/news/harbour-reopens",
        "2024-02-06T01:00:00Z",
        "application/http; msgtype=request",
        b"GET / HTTP/1.1\r\n\r\n",
    ));
    w.extend(warc_record(
        "response",
        "https://ledger.example/news/harbour-reopens",
        "2024-02-06T01:00:00Z",
        "application/http; msgtype=response",
        &http(&page, "200 OK"),
    ));
    w.extend(warc_record(
        "response",
        "https://ledger.example/missing",
        "2024-02-06T01:00:01Z",
        "application/http; msgtype=response",
        &http(b"gone", "404 Not Found"),
    ));
    w.extend(warc_record(
        "response",
        "https://ledger.example/quay",
        "2024-02-06T01:00:02Z",
        "application/http; msgtype=response",
        &http(undated, "200 OK"),
    ));
    w
}

#[test]
fn warc_responses_become_articles() {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in [
        ("crawl.warc", warc_fixture()),
        ("crawl.warc.gz", gzip(&warc_fixture())),
    ] {
        let p = write(dir.path(), name, &bytes);
        let items = items_of(&p);
        assert_eq!(
            codes(&items),
            [
                "article https://ledger.example/news/harbour-reopens",
                "skipped not-an-article",
                "article https://ledger.example/quay"
            ],
            "{name}"
        );
        let a = articles(&items);
        assert_eq!(
            a[0].url.as_deref(),
            Some("https://ledger.example/news/harbour-reopens")
        );
        assert_eq!(
            a[0].published.map(|t| model::iso_timestamp(&t)).as_deref(),
            Some("2024-02-05T08:30:00Z"),
            "the page's own date wins"
        );
        assert_eq!(
            a[1].published.map(|t| model::iso_timestamp(&t)).as_deref(),
            Some("2024-02-06T01:00:02Z"),
            "else WARC-Date"
        );
        assert!(a[1].text.contains("new quay began on Wednesday"));
    }
    let mut broken = warc_fixture();
    broken.truncate(broken.len() - 300);
    broken.extend_from_slice(b"garbage that is not a header");
    let p = write(dir.path(), "broken.warc", &broken);
    let items = items_of(&p);
    assert!(
        matches!(items.last(), Some(Item::Rejected(p)) if p.reason.code() == "malformed-warc"),
        "{:?}",
        codes(&items)
    );
}

#[test]
fn stdin_like_readers_are_sniffed() {
    let jsonl = b"{\"id\":\"s1\",\"text\":\"From a pipe.\"}\n".to_vec();
    let items: Vec<Item> =
        read_from("-".into(), "", Box::new(std::io::Cursor::new(jsonl))).collect();
    assert_eq!(codes(&items), ["article s1"]);
    let text = b"A headline\n\nA body.".to_vec();
    let items: Vec<Item> =
        read_from("-".into(), "", Box::new(std::io::Cursor::new(text))).collect();
    assert_eq!(codes(&items), ["article -"]);
}

mod any_bytes {
    use super::*;
    use proptest::prelude::*;

    /// Prefixes that steer the bytes into each reader.
    const PREFIXES: [&[u8]; 7] = [
        b"",
        b"{\"text\":\"",
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 40\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<html>",
        b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><description>",
        b"<!DOCTYPE html><html><body><article><p>",
        b"\x1f\x8b\x08\x00",
        b"\xFF\xFE",
    ];

    proptest! {
        #[test]
        fn no_input_bytes_make_a_reader_panic(prefix in 0..PREFIXES.len(), tail in proptest::collection::vec(any::<u8>(), 0..400)) {
            let mut bytes = PREFIXES[prefix].to_vec();
            bytes.extend_from_slice(&tail);
            let items: Vec<Item> = read_from("fuzz".into(), "", Box::new(std::io::Cursor::new(bytes))).collect();
            for item in items {
                if let Item::Article(a) = item {
                    prop_assert!(!a.text.trim().is_empty());
                }
            }
        }
    }
}

#[test]
fn warc_reader_resynchronises_after_a_broken_record() {
    let page = b"<html><body><article><p>The ferry service to the islands resumed on Thursday after repairs to the pier were completed ahead of schedule.</p></article></body></html>";
    let mut http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n".to_vec();
    http.extend_from_slice(page);
    let good = warc_record(
        "response",
        "https://ferry.example/a",
        "2024-04-01T00:00:00Z",
        "application/http; msgtype=response",
        &http,
    );
    let mut bytes = b"stray bytes before any record\r\n".to_vec();
    bytes.extend(&good);
    // A record whose Content-Length promises more than it holds, followed by a good one.
    bytes.extend_from_slice(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: oops\r\n\r\n");
    bytes.extend(&good);
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "resync.warc", &bytes);
    let items = items_of(&p);
    assert_eq!(
        codes(&items),
        [
            "rejected malformed-warc",
            "article https://ferry.example/a",
            "rejected malformed-warc",
            "article https://ferry.example/a"
        ]
    );
    let Item::Rejected(first) = &items[0] else {
        unreachable!()
    };
    assert!(
        first
            .to_string()
            .contains("resync.warc: record 1: malformed WARC: expected a WARC/1.x line"),
        "{first}"
    );
}
