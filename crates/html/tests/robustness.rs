//! Hostile and broken input: neither `decode` nor `extract` may panic, whatever the bytes.

use proptest::prelude::*;

fn run(bytes: &[u8]) {
    let text = html::decode(bytes, Some("text/html; charset=bogus"));
    let _ = html::extract(&text, Some("https://example.org/a/b"));
    let _ = html::extract(&html::decode(bytes, None), None);
}

#[test]
fn nasty_inputs_do_not_panic() {
    // Far deeper than any real page (the extractors are skipped past 200 levels); 5,000 keeps
    // the test quick, as the HTML tree builder is quadratic in nesting depth.
    let deep = "<div>".repeat(5_000) + "text" + &"</div>".repeat(100);
    let deep_inline = "<b><i>".repeat(5_000) + "x";
    let cases: Vec<Vec<u8>> = vec![
        Vec::new(),
        b"<".to_vec(),
        b"<html><head><meta charset=".to_vec(),
        b"<p>unterminated <a href=\"http://[::1".to_vec(),
        b"<script>never closed".to_vec(),
        b"<!-- never closed".to_vec(),
        b"\xff\xfe\x00".to_vec(),
        b"\xfe\xff<\x00".to_vec(),
        b"\xef\xbb\xbf<p>bom</p>".to_vec(),
        (0u8..=255).cycle().take(10_000).collect(),
        deep.into_bytes(),
        deep_inline.into_bytes(),
        br#"<script type="application/ld+json">{"@graph":[[[[[[[[[[[[{"author":{"@id":"x"}}]]]]]]]]]]]]}</script>"#.to_vec(),
        br#"<base href="javascript:alert(1)"><a href="//"><img src="http://"></a><iframe src="https://youtube.com/embed/"></iframe>"#.to_vec(),
        br#"<blockquote class="twitter-tweet"><a href="https://twitter.com/status/">x</a></blockquote>"#.to_vec(),
        "<title>\u{0}\u{feff}</title><h1>É | — |</h1>".as_bytes().to_vec(),
    ];
    for case in &cases {
        run(case);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_do_not_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        run(&bytes);
    }

    #[test]
    fn tag_soup_does_not_panic(parts in proptest::collection::vec(
        prop_oneof![
            Just("<p>".to_owned()), Just("</p>".to_owned()), Just("<div class=\"comment\">".to_owned()),
            Just("</div>".to_owned()), Just("<article>".to_owned()), Just("<a href=\"/x\">".to_owned()),
            Just("<img src=\"a.jpg\">".to_owned()), Just("<table><tr><td>".to_owned()),
            Just("<script>".to_owned()), Just("<!--".to_owned()), Just("&amp;&#x1F600;&bogus;".to_owned()),
            "[a-zA-Z ,.]{0,80}",
        ],
        0..120,
    )) {
        run(parts.concat().as_bytes());
    }
}
