use super::*;
use proptest::prelude::*;

fn scores(text: &str) -> ToneScores {
    score(text, &TextView::new(text))
}

/// The words of `text` that counted as `which`, in order.
fn words(text: &str, which: fn(&WordMatch) -> bool) -> Vec<String> {
    let view = TextView::new(text);
    explain(text, &view)
        .iter()
        .filter(|w| which(w))
        .map(|w| text[w.span.range()].to_string())
        .collect()
}

#[test]
fn static_shipped_tables_equal_the_tables_built_now() {
    // `Lexicon::shipped` is the build script's output (`build.rs`); it must be what
    // `Lexicon::build` makes of the same lists.
    let (built, _) = Lexicon::build(&Sources::SHIPPED);
    assert!(*Lexicon::shipped() == built);
}

#[test]
fn shipped_lists_load_without_problems() {
    let (lex, problems) = Lexicon::build(&Sources::SHIPPED);
    assert!(problems.is_empty(), "{problems:#?}");
    assert!(lex.len() > 8_000, "{}", lex.len());
}

#[test]
fn word_counts() {
    // (text, words): numbers, punctuation and symbols are not words; contractions,
    // possessives, hyphenated compounds and abbreviations are one word each.
    let cases: &[(&str, u64)] = &[
        ("", 0),
        ("   \n\t ", 0),
        ("1,200 3.5% 2024-03-12 $40", 0),
        ("Rain fell.", 2),
        ("The mayor's long-awaited plan didn't pass.", 6),
        ("Mr. Okafor met U.S. envoys on 5 May.", 7),
        ("She won 3 medals - all gold!", 5),
        ("Café owners in Zürich say “no”.", 6),
    ];
    for &(text, n) in cases {
        assert_eq!(scores(text).word_count, n, "{text:?}");
    }
}

#[test]
fn positive_and_negative_words() {
    // (sentence, positive words, negative words)
    let cases: &[(&str, &[&str], &[&str])] = &[
        (
            "The ceasefire brought relief to villagers after weeks of shelling.",
            &["ceasefire", "relief"],
            &["shelling"],
        ),
        (
            "Investors cheered the strong recovery while critics warned of inflation.",
            &["cheered", "strong", "recovery"],
            &["critics", "warned", "inflation"],
        ),
        (
            "Two people died and dozens were injured when the bridge collapsed.",
            &[],
            &["died", "injured", "collapsed"],
        ),
        // Possessives are looked up by their stem.
        ("The region's drought deepened.", &[], &["drought"]),
        // Curly apostrophes and Unicode hyphens read like ASCII ones.
        (
            "The army’s build\u{2011}up alarmed them.",
            &[],
            &["build\u{2011}up", "alarmed"],
        ),
        (
            "The country’s victory was celebrated.",
            &["victory", "celebrated"],
            &[],
        ),
        // Headline capitals are scored.
        (
            "Floods Kill Dozens As Rescuers Search For Survivors",
            &["Rescuers"],
            &["Floods", "Kill", "Survivors"],
        ),
    ];
    for &(text, pos, neg) in cases {
        assert_eq!(words(text, |w| w.positive), pos, "positive in {text:?}");
        assert_eq!(words(text, |w| w.negative), neg, "negative in {text:?}");
    }
}

#[test]
fn neutral_senses_and_names_are_not_scored() {
    let cases: &[&str] = &[
        // "like", "well", "no", "party", "interest", "shares": not feelings in news prose.
        "Cities like Porto, as well as smaller towns, saw no change.",
        "The party raised interest rates and sold shares.",
        // Capitalised words inside a sentence are names.
        "She addressed the United Nations Security Council in Geneva.",
        "They moved to Hope Street near Liberty Park.",
    ];
    for text in cases {
        let t = scores(text);
        assert_eq!((t.positive, t.negative), (0.0, 0.0), "{text:?}");
    }
    // The same words in lower case, mid-sentence, are scored.
    assert_eq!(
        words("Delegates hoped for a united and free vote.", |w| w
            .positive),
        ["hoped", "united", "free"]
    );
    // A sentence's first word is not a name.
    assert_eq!(
        words("Hope faded as the storm grew.", |w| w.negative),
        ["storm"]
    );
    assert_eq!(
        words("Hope faded as the storm grew.", |w| w.positive),
        ["Hope", "grew"]
    );
}

#[test]
fn no_negation_handling() {
    // The codebook counts words with a connotation, whatever their context.
    assert_eq!(
        words("The talks were not successful.", |w| w.positive),
        ["successful"]
    );
}

#[test]
fn activity_and_self_group() {
    let text = "We marched to the square and our leaders promised to rebuild it. I stayed.";
    assert_eq!(words(text, |w| w.self_group), ["We", "our", "I"]);
    assert_eq!(
        words(text, |w| w.activity),
        ["marched", "leaders", "promised", "rebuild"]
    );
    // "US" in capitals is the country.
    assert!(words("The US told us to leave.", |w| w.self_group) == ["us"]);
    let t = scores(text);
    assert_eq!(t.word_count, 14);
    assert!((t.self_group - 300.0 / 14.0).abs() < 1e-9);
    assert!((t.activity - 400.0 / 14.0).abs() < 1e-9);
}

#[test]
fn codebook_arithmetic() {
    let text = "Rescuers saved three families, but the deadly flood destroyed their homes.";
    let t = scores(text);
    // positive: Rescuers, saved; negative: deadly, flood, destroyed.
    assert_eq!(t.word_count, 11);
    assert!((t.positive - 200.0 / 11.0).abs() < 1e-9);
    assert!((t.negative - 300.0 / 11.0).abs() < 1e-9);
    assert_eq!(t.tone, t.positive - t.negative);
    assert_eq!(t.polarity, t.positive + t.negative);
    let m = model::Tone::from(&t);
    assert_eq!(m.word_count, 11);
    assert_eq!(m.tone, t.tone);
}

#[test]
fn gcam_is_the_vader_bag_of_words() {
    // VADER: "good" 1.9, "bad" -2.5, "reached" 0.4, "United" (any case) 1.8; "Putin's" is not a
    // VADER word.
    let text = "Good news and bad news reached the United Nations and Putin's office.";
    let t = scores(text);
    assert_eq!(t.gcam.word_count, t.word_count);
    assert_eq!(t.gcam.vader_count, 4);
    assert_eq!(t.gcam.vader_tenths, 19 - 25 + 4 + 18);
    assert_eq!(
        t.gcam.to_field(|v| format!("{v:.4}")),
        format!("wc:{},c26.1:4,v26.1:0.4000", t.word_count)
    );
    assert_eq!(
        scores("Nothing here.").gcam.to_field(|v| v.to_string()),
        "wc:2"
    );
}

#[test]
fn lexicon_lookup_and_morphology() {
    let lex = Lexicon::shipped();
    for w in [
        "attack",
        "attacks",
        "attacked",
        "attacking",
        "casualties",
        "dying",
        "fled",
    ] {
        assert!(lex.lookup(w).is_some_and(Entry::is_negative), "{w}");
    }
    assert!(lex.lookup("Peaceful").is_some_and(Entry::is_positive));
    assert!(
        lex.lookup("like")
            .is_some_and(|e| !e.is_positive() && e.in_vader())
    );
    assert_eq!(lex.lookup("the"), None);
    // A VADER word longer than a packed key.
    assert!(
        lex.lookup("disadvantageously")
            .is_some_and(Entry::is_negative)
    );
    assert_eq!(lexicon::plural(b"crash"), b"crashes");
    assert_eq!(lexicon::past(b"worry"), b"worried");
    assert_eq!(lexicon::gerund(b"flee"), b"fleeing");
    assert_eq!(lexicon::gerund(b"invade"), b"invading");
}

#[test]
fn user_lists_replace_the_shipped_ones() {
    let src = Sources {
        vader: "calm\t1.5\nstorm\t-0.4\n",
        positive: "",
        negative: "storm/s",
        neutral: "",
        activity: "row/v",
        self_group: "we",
    };
    let (lex, problems) = Lexicon::build(&src);
    assert!(problems.is_empty());
    let text = "We rowed through calm water before the storms.";
    let t = score_with(&lex, text, &TextView::new(text));
    assert_eq!(t.word_count, 8);
    assert_eq!(t.positive, 12.5);
    assert_eq!(t.negative, 12.5);
    assert_eq!(t.activity, 12.5);
    assert_eq!(t.self_group, 12.5);
    // Bad lines are reported, the rest loads.
    let (lex, problems) = Lexicon::build(&Sources {
        vader: "calm\tvery\nCalm\t1\nfine\t1.0\n",
        positive: "ok/x good",
        ..src
    });
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert!(lex.lookup("good").is_some_and(Entry::is_positive));
}

#[test]
fn paragraphs_have_the_sign_of_their_news() {
    // (paragraph written for this test, expected sign of Tone: -1, 0 or +1)
    let cases: &[(&str, i8)] = &[
        (
            "Storm Leaves Thousands Without Power\n\nA powerful storm tore through the coast on \
             Tuesday, killing four people and leaving thousands of homes without electricity. \
             Emergency crews worked through the night to clear fallen trees, and officials warned \
             that flooding could worsen. \"We lost everything,\" said one resident, whose house \
             was damaged.",
            -1,
        ),
        (
            "Police arrested two men after a robbery at a jewellery shop left a guard injured. \
             Prosecutors said the suspects face charges of assault and theft.",
            -1,
        ),
        (
            "The village library reopened on Saturday after volunteers raised enough money to \
             restore it. Children celebrated with music, and the mayor praised the generous \
             donors for their support.",
            1,
        ),
        (
            "The two countries signed a peace agreement, ending years of hostility. Leaders \
             welcomed the breakthrough and promised closer cooperation on trade.",
            1,
        ),
        (
            "The committee will meet on Thursday at the town hall. The agenda lists the budget \
             for 2025 and the schedule of road works.",
            0,
        ),
    ];
    for &(text, sign) in cases {
        let t = scores(text);
        assert_eq!(
            t.tone.signum() as i8 * i8::from(t.tone != 0.0),
            sign,
            "{text:?}: {t:?}"
        );
    }
    // The storm article also has activity and a self reference ("We").
    let t = scores(cases[0].0);
    assert!(
        t.tone < -3.0 && t.activity > 0.0 && t.self_group > 0.0,
        "{t:?}"
    );
}

proptest! {
    #[test]
    fn any_text_scores_finite_and_consistent(text in "\\PC{0,300}") {
        let t = scores(&text);
        for v in [t.tone, t.positive, t.negative, t.polarity, t.activity, t.self_group] {
            prop_assert!(v.is_finite());
        }
        for v in [t.positive, t.negative, t.polarity, t.activity, t.self_group] {
            prop_assert!((0.0..=100.0).contains(&v));
        }
        prop_assert_eq!(t.tone, t.positive - t.negative);
        prop_assert_eq!(t.polarity, t.positive + t.negative);
        prop_assert_eq!(t.gcam.word_count, t.word_count);
        prop_assert!(t.gcam.vader_count <= t.word_count);
        if let Some(mean) = t.gcam.vader_mean() {
            prop_assert!((-4.0..=4.0).contains(&mean));
        }
    }

    #[test]
    fn wordy_text_scores_consistently(
        words in proptest::collection::vec(
            prop_oneof![
                Just("war"), Just("peace"), Just("We"), Just("attacked"), Just("the"),
                Just("Nation’s"), Just("US"), Just("no"), Just("1,000"), Just("."),
                Just("\u{201c}"), Just("disadvantageously"), Just("É"), Just("-"),
            ],
            0..60,
        )
    ) {
        let text = words.join(" ");
        let t = scores(&text);
        let view = TextView::new(&text);
        let matches = explain(&text, &view);
        prop_assert_eq!(matches.len() as u64, t.word_count);
        let pos = matches.iter().filter(|m| m.positive).count() as f64;
        if t.word_count > 0 {
            prop_assert!((t.positive - pos * 100.0 / t.word_count as f64).abs() < 1e-9);
        }
        for m in &matches {
            prop_assert!(text.get(m.span.range()).is_some());
            prop_assert!(!(m.positive && m.negative));
        }
    }
}

/// [`lexicon::fold`] as it was written first: the word decoded as chars.
fn fold_by_chars(w: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    for c in std::str::from_utf8(w).ok()?.chars() {
        out.push(match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' => b'\'',
            '\u{2010}' | '\u{2011}' => b'-',
            c if c.is_ascii() => (c as u8).to_ascii_lowercase(),
            _ => return None,
        });
    }
    (out.len() <= lexicon::MAX_WORD).then_some(out)
}

proptest! {
    #[test]
    fn fold_reads_bytes_as_the_chars_would(
        w in proptest::collection::vec(
            prop_oneof![
                Just(0xE2u8), Just(0x80), Just(0x98), Just(0x99), Just(0x90), Just(0x91),
                Just(0xCA), Just(0xBC), Just(b'A'), Just(b's'), Just(b'\''), any::<u8>()
            ],
            0..30,
        ),
        s in "[a-zA-Z’‘ʼ‐‑é'-]{0,30}",
    ) {
        for w in [&w[..], s.as_bytes()] {
            let mut buf = [0u8; lexicon::MAX_WORD];
            let got = lexicon::fold(w, &mut buf).map(|n| buf[..n].to_vec());
            prop_assert_eq!(got, fold_by_chars(w));
        }
    }
}
