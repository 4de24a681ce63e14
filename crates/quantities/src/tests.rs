use super::*;

/// (value, surface of the object) of every amount in `text`.
fn amounts(text: &str) -> Vec<(f64, String)> {
    let view = TextView::new(text);
    find(text, &view)
        .amounts
        .iter()
        .map(|a| (a.value, a.object.text(text).to_string()))
        .collect()
}

/// (type, number, object) of every count in `text`.
fn counts(text: &str) -> Vec<(String, u64, String)> {
    let view = TextView::new(text);
    find(text, &view)
        .counts
        .iter()
        .map(|c| (c.kind.to_string(), c.count, c.object.text(text).to_string()))
        .collect()
}

fn one(text: &str) -> (f64, String) {
    let found = amounts(text);
    assert_eq!(found.len(), 1, "{text:?} gave {found:?}");
    found.into_iter().next().unwrap_or_default()
}

#[test]
fn numbers_with_what_they_count() {
    let cases: &[(&str, f64, &str)] = &[
        (
            "The ministry sent 94,000 troops along the river.",
            94000.0,
            "troops",
        ),
        // A plural inside a name modifies the noun after the name.
        (
            "The pair are moving 600,000 Veterans Affairs users to the cloud.",
            600000.0,
            "users",
        ),
        (
            "GM recalled 1,713 Chevrolet Impala Police Sedans in Canada.",
            1713.0,
            "Sedans",
        ),
        ("The town has 5 Blue Jays fans.", 5.0, "fans"),
        ("Woods won seven Farmers titles there.", 7.0, "titles"),
        (
            "Before the game, 12 Dodgers wants to be traded.",
            12.0,
            "Dodgers",
        ),
        (
            "Before the game, 5 Blue Jays signed autographs.",
            5.0,
            "Jays",
        ),
        // Irregular plurals: "men", "women", "youth".
        ("Police arrested two men after the raid.", 2.0, "men"),
        (
            "More than 860,000 youth are out of work.",
            860000.0,
            "youth",
        ),
        // Two modifiers joined by "or", "and".
        (
            "He made 13,000 false or misleading claims.",
            13000.0,
            "claims",
        ),
        ("Some 40 women marched on Sunday.", 40.0, "women"),
        (
            "Only two superpowers remain in the talks.",
            2.0,
            "superpowers",
        ),
        // A size before one thing is not what is counted.
        ("Stir in 1 large onion, chopped.", 1.0, "onion"),
        // After "the" a small number still counts: "the two superpowers".
        (
            "They discussed security between the two superpowers.",
            2.0,
            "superpowers",
        ),
        (
            "The fleet moved 94,000 Russian troops to the coast.",
            94000.0,
            "troops",
        ),
        (
            "About 12 thousand volunteers signed up.",
            12000.0,
            "volunteers",
        ),
        ("She bought a dozen eggs at the market.", 12.0, "eggs"),
        (
            "Half a million residents lost power.",
            500000.0,
            "residents",
        ),
        (
            "Officials counted three hundred thousand ballots.",
            300000.0,
            "ballots",
        ),
        ("The town has twenty-five schools.", 25.0, "schools"),
        (
            "The raid destroyed 14 armoured vehicles near the bridge.",
            14.0,
            "vehicles",
        ),
        (
            "Some 1.2m households were cut off.",
            1200000.0,
            "households",
        ),
        (
            "The hospital employs 300 nurses and doctors.",
            300.0,
            "nurses",
        ),
        ("More than 2,000 people fled the valley.", 2000.0, "people"),
        ("The navy sent 1 frigate to the strait.", 1.0, "frigate"),
        ("Three of the five bridges were closed.", 3.0, "bridges"),
        ("The club signed 4 Brazilian players.", 4.0, "players"),
        (
            "About 40 firefighters and police attended.",
            40.0,
            "firefighters",
        ),
    ];
    for &(text, value, object) in cases {
        let (v, o) = one(text);
        assert_eq!((v, o.as_str()), (value, object), "{text}");
    }
}

#[test]
fn money_takes_its_currency_as_object() {
    let cases: &[(&str, f64, &str)] = &[
        ("The bank lent $3.5 billion to the port.", 3.5e9, "dollars"),
        ("A grant of US$250,000 was approved.", 250000.0, "dollars"),
        ("The fund holds €1.1bn in reserves.", 1.1e9, "euros"),
        ("Tickets cost £20 at the door.", 20.0, "pounds"),
        (
            "The council pledged 9 billion euros for rebuilding.",
            9e9,
            "euros",
        ),
        ("The plant will cost $300m to build.", 3e8, "dollars"),
        ("They paid 500 USD for the permit.", 500.0, "dollars"),
        // "euro" as the EU writes its plural.
        ("Prices start at 71,350 euro in Germany.", 71350.0, "euros"),
        // The Indian numbering and the rupee's "Rs".
        ("The scheme cost Rs 500 crore last year.", 5e9, "rupees"),
        ("Police seized Rs 71 lakh in cash.", 7.1e6, "rupees"),
        // "one" before a unit of money counts.
        ("Workers earn one dinar an hour.", 1.0, "dinar"),
    ];
    for &(text, value, object) in cases {
        let (v, o) = one(text);
        assert!((v - value).abs() < 1e-3 * value, "{text}: {v}");
        assert_eq!(o, object, "{text}");
    }
}

#[test]
fn scaled_values_are_whole_numbers() {
    assert_eq!(one("The fund holds €1.1bn in reserves.").0, 1_100_000_000.0);
    assert_eq!(
        one("Exports reached $4.7 million last week.").0,
        4_700_000.0
    );
    assert_eq!(one("Some 2.3 million voters stayed home.").0, 2_300_000.0);
}

#[test]
fn identifiers_and_verbs_are_not_objects() {
    // a user id, a model number, an aircraft type
    assert_eq!(amounts("Posted by reader (4471935) on the forum."), vec![]);
    assert_eq!(amounts("The 747 took off late."), vec![]);
    assert_eq!(amounts("Adapters have a 30 pin plug."), vec![]);
    assert_eq!(amounts("Call (202) 555 for help."), vec![]);
    // bare numbers that the sentence treats as quantities stay
    assert_eq!(one("The toll now totals 6,602."), (6602.0, String::new()));
    assert_eq!(
        one("Of the town's people, 80,000 have fled."),
        (80000.0, String::new())
    );
    assert_eq!(amounts("Comment posted 27. Jun, 2012 by a reader."), vec![]);
}

#[test]
fn measures_and_ages() {
    for (text, value, object) in [
        ("The camp lies 15km from the border.", 15.0, "kilometres"),
        ("The wall is 8 km long.", 8.0, "kilometres"),
        // A spaced "g" is grams (a spaced "m" may be millions, "in" a preposition).
        ("Mix in 454 g of ground turkey.", 454.0, "grams"),
        // A sentence's first word is no identifier's name before a measure.
        ("Add 2 kg of beef.", 2.0, "kilograms"),
        // A glued capital G is no unit: "4G" is a network; "L" is litres.
        ("Verizon 4G reaches 300 cities.", 300.0, "cities"),
        ("I drink 3L of water a day.", 3.0, "litres"),
        ("They walked 28 miles that night.", 28.0, "miles"),
        // An engine's power and torque.
        (
            "The engine makes 402 hp at full boost.",
            402.0,
            "horsepower",
        ),
        ("It delivers 490 lb-ft at low revs.", 490.0, "pound-feet"),
        ("A 14-year-old boy was found safe.", 14.0, "years old"),
        ("The driver, aged 42, was unhurt.", 42.0, "years old"),
    ] {
        assert_eq!(one(text), (value, object.into()), "{text}");
    }
    // An age said of a person: at an age, at death, or what he or she is or was.
    for text in [
        "She died at the age of 61 in her sleep.",
        "The painter died at 61.",
        "She was 61.",
        "He is now 61, and still paints.",
    ] {
        assert_eq!(one(text), (61.0, "years old".into()), "{text}");
    }
    // Not what a thing was ("It was 61.": a score, a total).
    assert!(amounts("It was 61.").iter().all(|(_, o)| o != "years old"));
}

#[test]
fn ranges_are_one_amount() {
    assert_eq!(
        one("The militia has 3,000 to 5,000 fighters."),
        (3000.0, "fighters".into())
    );
}

/// What rose or fell to a number is what it counts; not a preposition's object.
#[test]
fn what_rose_or_fell_to_a_number_is_counted() {
    for (text, value, object) in [
        (
            "Deaths rose 43% to an estimated 136,200.",
            136200.0,
            "Deaths",
        ),
        (
            "Measles cases worldwide rose 79% last year to more than 306,000.",
            306000.0,
            "cases",
        ),
    ] {
        assert_eq!(one(text), (value, object.into()), "{text}");
    }
    assert_eq!(
        amounts("Crimes reported to police decreased 3.8 percent to 1.2 million."),
        [(1200000.0, String::new())]
    );
}

/// A number listed after an amount, with its object left out, counts the same things; a
/// count it makes is its own or, with no word of its own, the same count.
#[test]
fn a_left_out_object_is_the_one_listed_before() {
    assert_eq!(
        amounts("The quake killed 84 people in Malatya and 36 in Adiyaman."),
        [(84.0, "people".into()), (36.0, "people".into())]
    );
    let text = "Shelling killed at least 120 people, injuring more than 1,400, and 84 people \
                died in Malatya and 36 in Adiyaman.";
    let found = counts(text);
    for want in [
        ("KILL", 120, "people"),
        ("WOUND", 1400, "people"),
        ("KILL", 84, "people"),
        ("KILL", 36, "people"),
    ] {
        assert!(
            found.contains(&(want.0.into(), want.1, want.2.into())),
            "{want:?} not in {found:?}"
        );
    }
    // ... and money its currency, after "from" too (and counts nothing).
    assert_eq!(
        amounts("Profit rose to 450 million pounds from 320 million a year earlier."),
        [(450e6, "pounds".into()), (320e6, "pounds".into())]
    );
    // Not a number a noun names, a list in brackets, a range, nor one with its own word.
    for text in [
        "It offers two ways, method 1 and method 2.",
        "I have 3 small kids (8, 5, 1).",
        "They lead by 6 points, 50 to 44 percent.",
        "Eat 1 cup spinach, 8 oz. water and 1 TFL.",
    ] {
        let found = amounts(text);
        assert!(
            found
                .iter()
                .skip(1)
                .all(|(_, o)| o.is_empty() || o != &found[0].1),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn not_amounts() {
    let cases = [
        "Prices rose 5% last year.",
        "Turnout was 62 percent in the north.",
        "Support fell to 40 per cent.",
        "The treaty was signed in 2014 after long talks.",
        "He won gold at the 2008 Olympics in Beijing.",
        // A year dates the events after it.
        "Raising the 2016 elections was wrong, as the 2011 protests showed.",
        "The vote is on Jan. 10 in the capital.",
        "The vote is on 25 June in the capital.",
        "The meeting starts at 10:30 in the hall.",
        "The train left at 9 a.m. sharp.",
        "He finished 5th in the race.",
        "Music of the 1990s was louder.",
        "The talks lasted three days.",
        "Rain fell for 24 hours.",
        "Call 555-0142 for details.",
        "Dial 020 7946 0958 today.",
        "The council passed Resolution 2254 unanimously.",
        "No one was hurt.",
        "One of the guards opened the gate.",
        // "one" alone is a determiner as often as a count: left out by design.
        "One man I spoke to said the road was shut.",
        // After a possessive, a small number refers back to things already counted.
        "Our two countries signed the accord.",
        "The CTF 50 task force sailed at dawn.",
        "Coordinates: 33°47′N 44°30′E.",
        "Chapter two describes the siege.",
        "The team won 3-1 at home.",
        "It happened two years ago.",
    ];
    for text in cases {
        assert_eq!(amounts(text), vec![], "{text}");
    }
}

#[test]
fn junk_objects_are_never_chosen() {
    // The object is a noun, not a preposition, month, pronoun or verb.
    assert_eq!(
        one("Police arrested 30 along the route."),
        (30.0, String::new())
    );
    assert_eq!(
        one("Aid reached 50,000 in the south."),
        (50000.0, String::new())
    );
    let (_, o) = one("Officials said 700 were evacuated.");
    assert_eq!(o, "");
    // Nor a verb after "and": a currency the lists lack, or verbs joined.
    assert_eq!(
        one("Each poster is 15 SGD and comes with a card."),
        (15.0, String::new())
    );
    assert!(
        amounts("The games were violent. Two of three involved shooting and killing things.")
            .iter()
            .all(|(_, o)| o != "things")
    );
}

#[test]
fn counts_with_types_and_objects() {
    assert_eq!(
        counts("At least 43 people have been killed in the fighting."),
        vec![
            ("KILL".into(), 43, "people".into()),
            ("CRISISLEX_T03_DEAD".into(), 43, "people".into())
        ]
    );
    assert_eq!(
        counts("The bombing killed 12 soldiers and wounded 30 civilians.")
            .into_iter()
            .map(|c| (c.0, c.1))
            .collect::<Vec<_>>(),
        vec![
            ("KILL".into(), 12),
            ("CRISISLEX_T03_DEAD".into(), 12),
            ("WOUND".into(), 30),
            ("CRISISLEX_T02_INJURED".into(), 30)
        ]
    );
    assert_eq!(
        counts("Police arrested 15 protesters outside parliament.")[0],
        ("ARREST".into(), 15, "protesters".into())
    );
    assert_eq!(
        counts("Some 5,000 protesters marched through the capital.")[0],
        ("PROTEST".into(), 5000, "protesters".into())
    );
    // A verb after the object says what happened to it.
    assert_eq!(
        counts("About 40 protesters were detained on Sunday."),
        [("ARREST".into(), 40, "protesters".into())]
    );
    assert_eq!(
        counts("Floods displaced 20,000 residents in the delta.")[0].0,
        "DISPLACED"
    );
    assert_eq!(counts("Gunmen kidnapped three aid workers.")[0].0, "KIDNAP");
    assert_eq!(
        counts("About 200 families were evacuated.")[0].0,
        "EVACUATION"
    );
}

#[test]
fn negation_and_hedges_drop_counts() {
    for text in [
        "No one was killed in the blast.",
        "The 20 guards were not injured.",
        "The strike may have killed 30 fighters.",
        "Six climbers were feared dead on the ridge.",
        "Officials said 40 people could die without aid.",
        "Rescuers said 20 may have died in the mine.",
    ] {
        assert_eq!(counts(text), vec![], "{text}");
    }
}

#[test]
fn counts_do_not_reach_across_prepositions() {
    assert_eq!(
        counts("The chef serves 300 free dinners to homeless families."),
        vec![]
    );
    // the count's span is its number's
    let text = "Officials said 12 people were arrested.";
    let view = TextView::new(text);
    let q = find(text, &view);
    assert_eq!(q.counts[0].span.get(text), Some("12"));
}

#[test]
fn money_and_measures_are_not_counts() {
    assert_eq!(counts("The attack killed $5 million of livestock."), vec![]);
}

#[test]
fn spans_slice_the_text_on_non_ascii_text() {
    let text = "Über 3.000 Menschen? No: “Some 40 people died” in Zürich, and €2m was lost.";
    let view = TextView::new(text);
    let q = find(text, &view);
    assert!(!q.amounts.is_empty());
    for a in &q.amounts {
        assert!(a.span.get(text).is_some());
    }
    for c in &q.counts {
        assert!(c.span.get(text).is_some());
    }
}

#[test]
fn record_offsets_are_chars() {
    let text = "Über 2,000 Menschen — “40 people were killed”, officials said.";
    let view = TextView::new(text);
    let q = find(text, &view);
    let (amounts, counts) = q.to_record(text, &text::CharOffsets::new(text));
    for a in &amounts {
        let surface: String = text.chars().skip(a.start).take(a.end - a.start).collect();
        assert_eq!(surface, a.text);
    }
    assert_eq!(counts[0].kind, "KILL");
    assert_eq!(
        counts[0].start,
        text.chars().position(|c| c == '4').unwrap_or(0)
    );
}

mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn spans_slice_any_text(s in "\\PC{0,200}") {
            let view = TextView::new(&s);
            let q = find(&s, &view);
            for a in &q.amounts {
                prop_assert!(a.span.get(&s).is_some());
                prop_assert!(a.value.is_finite());
                let _ = a.object.text(&s);
            }
            for c in &q.counts {
                prop_assert!(c.span.get(&s).is_some());
            }
        }

        #[test]
        fn newsy_text_never_panics(
            parts in proptest::collection::vec(
                prop::sample::select(vec![
                    "killed", "12", "3.5", "$", "€", "billion", "a", "dozen", "half", "one",
                    "of", "the", "-", ":", "to", "and", "not", "people", "2014", "Jan.", "%",
                    "US", "m", "km", "1,000", "twenty-five", "14-year-old", ",", ".", "\n",
                ]),
                0..40,
            )
        ) {
            let s = parts.join(" ");
            let view = TextView::new(&s);
            let q = find(&s, &view);
            for a in &q.amounts {
                prop_assert!(a.span.get(&s).is_some());
            }
        }
    }
}

/// The filter in front of [`amount_at`] lets every start of an amount through (currency codes,
/// dollar countries, number words of any case, hyphenated or not) and turns ordinary words that
/// share a number word's first letters away.
#[test]
fn may_start_keeps_every_amount() {
    let text = "For Forty-two firms, US$ 5 million and USD 300 went through; I think Twenty \
                people, a dozen trucks, half a million euros, C$ 10 and £3 found one home, \
                and the election cost 1.2bn in 2019.";
    let view = TextView::new(text);
    for s in 0..view.sentences.len() {
        let toks = view.sentence_tokens(s);
        for i in 0..toks.len() {
            let w = toks[i].text(text);
            if amount_at(text, toks, i, None).is_some() || currency_before(text, toks, i).is_some()
            {
                assert!(may_start(text, &toks[i]), "{w}");
            }
            if ["For", "through", "I", "went"].contains(&w) {
                assert!(!may_start(text, &toks[i]), "{w}");
            }
        }
    }
    assert!(amounts(text).len() >= 8, "{:?}", amounts(text));
}

#[test]
fn lower_reads_words_of_every_length() {
    // The capital or non-ASCII byte at every position of words of 1 to 24 bytes, and none.
    for n in 0..=26 {
        for at in 0..=n {
            for odd in ["", "Q", "é", "’"] {
                let mut w = "x".repeat(at);
                if at < n {
                    w.push_str(odd);
                    w.push_str(&"y".repeat(n - at - 1));
                }
                // A curly apostrophe is read as a straight one; the result has 24 bytes at most.
                let lowered = w.replace('’', "'").to_ascii_lowercase();
                let want = if lowered.len() > 24 || !lowered.is_ascii() {
                    String::new()
                } else {
                    lowered
                };
                assert_eq!(words::lower(&w).as_str(), want, "{w:?}");
            }
        }
    }
}

#[test]
fn a_and_symbols_pass_the_filter_before_a_magnitude_or_as_a_currency() {
    let first_passes = |text: &str| {
        let view = TextView::new(text);
        may_start(text, &view.tokens[0])
    };
    for m in MAGNITUDES {
        assert!(words::magnitude_word(m, false).is_some(), "{m}");
        for text in [format!("a {m} eggs"), format!("A {m} eggs")] {
            assert!(first_passes(&text), "{text}");
        }
    }
    for text in ["$5", "€5", "£5", "¥5", "₹5", "₽5", "₩5"] {
        assert!(first_passes(text), "{text}");
    }
    for text in ["a man", "A decision", "a tent", "% of", "# 5", "& co"] {
        assert!(!first_passes(text), "{text}");
    }
    assert_eq!(one("a dozen eggs").0, 12.0);
}
