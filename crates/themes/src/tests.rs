//! Table-driven tests on sentences written for these tests.

use super::*;

fn labels_of(text: &str) -> Vec<&'static str> {
    let view = TextView::new(text);
    find(text, &view).iter().map(|m| m.theme).collect()
}

fn has(text: &str, label: &str) -> bool {
    labels_of(text).contains(&label)
}

#[test]
fn shipped_rules_parse_with_enough_labels() {
    let t = Themes::parse(&[("themes.tsv", THEMES_TSV), ("crisislex.tsv", CRISISLEX_TSV)])
        .expect("shipped rules parse");
    assert!(t.labels().len() >= 500, "{} labels", t.labels().len());
    assert_eq!(t.labels().len(), Themes::shared().labels().len());
    for l in t.labels() {
        assert!(
            l.bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_' || b == b'-'),
            "{l}"
        );
    }
}

#[test]
fn static_tables_are_the_rules_compiled() {
    // `Themes::shared` is what the build script compiled; compiling the files now must give
    // the same tables (the build script and `Themes::parse` share their code, and a stale or
    // mis-written table would show here).
    let t = Themes::parse(&[("themes.tsv", THEMES_TSV), ("crisislex.tsv", CRISISLEX_TSV)])
        .expect("shipped rules parse");
    assert!(&t == Themes::shared());
}

#[test]
fn labels_fire_in_context() {
    // (sentence, label expected, true = present / false = absent)
    let table: &[(&str, &str, bool)] = &[
        ("The president met farmers on Tuesday.", "LEADER", true),
        (
            "The president met farmers on Tuesday.",
            "TAX_FNCACT_PRESIDENT",
            true,
        ),
        (
            "The president met farmers on Tuesday.",
            "TAX_FNCACT_FARMERS",
            true,
        ),
        (
            "The vice president spoke first.",
            "TAX_FNCACT_VICE_PRESIDENT",
            true,
        ),
        ("The vice president spoke first.", "LEADER", false),
        (
            "Thousands of troops crossed the river at dawn.",
            "MILITARY",
            true,
        ),
        (
            "Thousands of troops crossed the river at dawn.",
            "UNGP_FORESTS_RIVERS_OCEANS",
            true,
        ),
        (
            "The two envoys will hold talks in Oslo next week.",
            "NEGOTIATIONS",
            true,
        ),
        (
            "Talks between the unions and the airline broke down.",
            "NEGOTIATIONS",
            true,
        ),
        (
            "She talks about her garden every morning.",
            "NEGOTIATIONS",
            false,
        ),
        (
            "The ministers agreed to negotiate a new treaty.",
            "NEGOTIATIONS",
            true,
        ),
        ("Police arrested two men after the robbery.", "ARREST", true),
        (
            "Police arrested two men after the robbery.",
            "TAX_FNCACT_POLICE",
            true,
        ),
        (
            "Police arrested two men after the robbery.",
            "SECURITY_SERVICES",
            true,
        ),
        (
            "Police arrested two men after the robbery.",
            "CRIME_COMMON_ROBBERY",
            true,
        ),
        (
            "Three people were killed and nine injured in the blast.",
            "KILL",
            true,
        ),
        (
            "Three people were killed and nine injured in the blast.",
            "CRISISLEX_T03_DEAD",
            true,
        ),
        (
            "Three people were killed and nine injured in the blast.",
            "CRISISLEX_T02_INJURED",
            true,
        ),
        (
            "Three people were killed and nine injured in the blast.",
            "CRISISLEX_CRISISLEXREC",
            true,
        ),
        (
            "The store held a fire sale of old stock.",
            "DISASTER_FIRE",
            false,
        ),
        (
            "Firefighters fought the fire for six hours.",
            "DISASTER_FIRE",
            true,
        ),
        (
            "The German chancellor spoke in French.",
            "TAX_ETHNICITY_GERMAN",
            true,
        ),
        (
            "The German chancellor spoke in French.",
            "TAX_WORLDLANGUAGES_FRENCH",
            true,
        ),
        (
            "Please polish the silver spoons.",
            "TAX_WORLDLANGUAGES_POLISH",
            false,
        ),
        (
            "Polish farmers blocked the road.",
            "TAX_WORLDLANGUAGES_POLISH",
            true,
        ),
        (
            "Voters went to the polls in a tense election.",
            "ELECTION",
            true,
        ),
        (
            "Inflation rose as the central bank held interest rates.",
            "ECON_INFLATION",
            true,
        ),
        (
            "Inflation rose as the central bank held interest rates.",
            "ECON_CENTRALBANK",
            true,
        ),
        (
            "Inflation rose as the central bank held interest rates.",
            "ECON_INTEREST_RATES",
            true,
        ),
        (
            "Heavy rains caused flooding in the valley.",
            "NATURAL_DISASTER_FLOODING",
            true,
        ),
        (
            "Heavy rains caused flooding in the valley.",
            "NATURAL_DISASTER_HEAVY_RAINS",
            true,
        ),
        ("His son-in-law runs a bakery.", "LEGISLATION", false),
        ("The new law bans smoking in bars.", "LEGISLATION", true),
        ("The new law bans smoking in bars.", "BAN", true),
        ("Protesters marched through the capital.", "PROTEST", true),
        (
            "The Prime Minister's spokesman declined to comment.",
            "TAX_FNCACT_PRIME_MINISTER",
            true,
        ),
        (
            "The Prime Minister's spokesman declined to comment.",
            "TAX_FNCACT_MINISTER",
            true,
        ),
        (
            "The Prime Minister's spokesman declined to comment.",
            "TAX_FNCACT_SPOKESMAN",
            true,
        ),
        (
            "Rebels seized the town after heavy shelling.",
            "REBELS",
            true,
        ),
        (
            "Rebels seized the town after heavy shelling.",
            "ARMEDCONFLICT",
            true,
        ),
        (
            "Rebels seized the town after heavy shelling.",
            "SEIZE",
            true,
        ),
        ("Gold medal winners met the mayor.", "WB_2936_GOLD", false),
        ("The price of gold rose.", "ECON_GOLDPRICE", true),
        ("Senators vowed to kill the bill.", "KILL", false),
        ("Gunmen tried to kill the guard.", "KILL", true),
        ("It is hard to judge the mood.", "TAX_FNCACT_JUDGE", false),
        ("The judge adjourned the hearing.", "TAX_FNCACT_JUDGE", true),
        ("The pilot program ends in May.", "TAX_FNCACT_PILOT", false),
        ("The pilot landed safely.", "TAX_FNCACT_PILOT", true),
        ("The King opened parliament.", "TAX_FNCACT_KING", true),
        (
            "Stephen King wrote another novel.",
            "TAX_FNCACT_KING",
            false,
        ),
        ("The Premier League resumed.", "LEADER", false),
        ("The vice-president resigned.", "LEADER", false),
        ("The vice-president resigned.", "RESIGNATION", true),
        (
            "She ate ice cream in the park.",
            "NATURAL_DISASTER_ICE",
            false,
        ),
        ("Ban Ki-moon addressed the assembly.", "BAN", false),
        ("The city will ban cars from the centre.", "BAN", true),
        (
            "Analysts fear a bear market.",
            "TAX_WORLDMAMMALS_BEAR",
            false,
        ),
        (
            "She could not bear the noise.",
            "TAX_WORLDMAMMALS_BEAR",
            false,
        ),
        (
            "A bear wandered into the campsite.",
            "TAX_WORLDMAMMALS_BEAR",
            true,
        ),
        (
            "The pupils learn Arabic and English.",
            "TAX_WORLDLANGUAGES_ARABIC",
            true,
        ),
        (
            "Worshippers left the mosque at noon.",
            "TAX_RELIGION_MOSQUE",
            true,
        ),
        ("He bought a gun last year.", "TAX_WEAPONS_GUN", true),
        (
            "Malaria cases rose after the rains.",
            "TAX_DISEASE_MALARIA",
            true,
        ),
        (
            "A strong earthquake shook the island.",
            "NATURAL_DISASTER_EARTHQUAKE",
            true,
        ),
        (
            "The euro fell against the yen.",
            "ECON_WORLDCURRENCIES_EURO",
            true,
        ),
        (
            "The Taliban took the district.",
            "TAX_TERROR_GROUP_TALIBAN",
            true,
        ),
        (
            "Democrats blocked the nomination.",
            "TAX_POLITICAL_PARTY_DEMOCRATS",
            true,
        ),
        (
            "She was taken to hospital.",
            "SOC_POINTSOFINTEREST_HOSPITAL",
            true,
        ),
        (
            "She was taken to hospital.",
            "CRISISLEX_C03_WELLBEING_HEALTH",
            true,
        ),
        (
            "Thousands were evacuated from the coast.",
            "CRISISLEX_T09_DISPLACEDRELOCATEDEVACUATED",
            true,
        ),
        (
            "The mayor sent condolences to the families.",
            "CRISISLEX_T11_UPDATESSYMPATHY",
            true,
        ),
        ("Shops were busy before Christmas.", "GEN_HOLIDAY", true),
        (
            "An explosion tore through the factory.",
            "MANMADE_DISASTER_IMPLIED",
            true,
        ),
        (
            "A colonel led the unit.",
            "TAX_MILITARY_TITLE_COLONEL",
            true,
        ),
        (
            "Both allies sought a diplomatic solution.",
            "WB_2473_DIPLOMACY_AND_NEGOTIATIONS",
            true,
        ),
        (
            "Both allies sought a diplomatic solution.",
            "ALLIANCE",
            true,
        ),
        (
            "Black Friday sales began early.",
            "TAX_ETHNICITY_BLACK",
            false,
        ),
        (
            "Black voters turned out in large numbers.",
            "TAX_ETHNICITY_BLACK",
            true,
        ),
        (
            "The White House denied the report.",
            "TAX_ETHNICITY_WHITE",
            false,
        ),
        (
            "The White House denied the report.",
            "EPU_POLICY_WHITE_HOUSE",
            true,
        ),
        ("The new laptop fits the bill.", "LEGISLATION", false),
        ("A clinical trial tested the drug.", "TRIAL", false),
        ("The trial opened in the high court.", "TRIAL", true),
        (
            "We had a blast at the fair.",
            "CRISISLEX_CRISISLEXREC",
            false,
        ),
        ("A blast shook the market.", "CRISISLEX_CRISISLEXREC", true),
        (
            "A nap gives me more energy.",
            "WB_507_ENERGY_AND_EXTRACTIVES",
            false,
        ),
        (
            "Energy prices doubled this winter.",
            "WB_507_ENERGY_AND_EXTRACTIVES",
            true,
        ),
        ("The mass shooting left five dead.", "ARMEDCONFLICT", true),
        ("He spent the day shooting video.", "ARMEDCONFLICT", false),
        ("Ten tips to boost web traffic.", "TRAFFIC", false),
        ("Traffic backed up for miles.", "TRAFFIC", true),
        (
            "She shares recipes with friends.",
            "ECON_STOCKMARKET",
            false,
        ),
        (
            "Shares fell 4 percent in early trading.",
            "ECON_STOCKMARKET",
            true,
        ),
        ("The new Star Wars film opened.", "ARMEDCONFLICT", false),
    ];
    let mut failures = Vec::new();
    for &(text, label, want) in table {
        if has(text, label) != want {
            failures.push(format!(
                "{text:?}: {label} expected {want}: {:?}",
                labels_of(text)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn spans_point_at_the_evoking_words() {
    let text = "Officials said the “ceasefire” held; Russia’s troops stayed.";
    let view = TextView::new(text);
    let found = find(text, &view);
    let surface = |label: &str| {
        found
            .iter()
            .find(|m| m.theme == label)
            .map(|m| &text[m.span.range()])
    };
    assert_eq!(surface("CEASEFIRE"), Some("ceasefire"));
    assert_eq!(surface("MILITARY"), Some("troops"));
    assert_eq!(surface("TAX_FNCACT_OFFICIALS"), Some("Officials"));
    assert!(found.windows(2).all(|w| w[0].span.start <= w[1].span.start));
}

#[test]
fn possessives_hyphens_and_case() {
    assert!(has("The PRESIDENT'S plan failed.", "LEADER"));
    assert!(has("The president’s plan failed.", "LEADER"));
    assert!(has(
        "A Russian-backed militia attacked.",
        "TAX_ETHNICITY_RUSSIAN"
    ));
    assert!(has(
        "A Russian-backed militia attacked.",
        "WB_2445_NON_STATE_SECURITY_ACTORS"
    ));
    assert!(has("They agreed a cease-fire.", "CEASEFIRE"));
    assert!(has("Café owners joined the protest.", "PROTEST"));
}

#[test]
fn phrases_do_not_cross_punctuation_or_sentences() {
    assert!(!has(
        "They met the prime. Minister Ruiz left.",
        "TAX_FNCACT_PRIME_MINISTER"
    ));
    assert!(!has("It was prime, minister.", "TAX_FNCACT_PRIME_MINISTER"));
}

#[test]
fn custom_rules_and_blockers() {
    let t = Themes::parse(&[(
        "t",
        "KILL\tkill(|s|ed)\tnonext=switch\n-\tkill the bill\nTRIAL\tjury|grand jury\n",
    )])
    .unwrap();
    let run = |text: &'static str| -> Vec<(&'static str, &'static str)> {
        let view = TextView::new(text);
        t.find(text, &view)
            .iter()
            .map(|m| (m.theme, &text[m.span.range()]))
            .collect()
    };
    assert_eq!(run("Gunmen killed two."), [("KILL", "killed")]);
    assert!(run("They vowed to kill the bill.").is_empty());
    assert!(run("A kill switch stopped it.").is_empty());
    assert_eq!(
        run("A grand jury met."),
        [("TRIAL", "grand jury"), ("TRIAL", "jury")],
        "every phrase fires, each label once per start word"
    );
}

#[test]
fn odd_text_is_harmless() {
    for text in [
        "",
        " ",
        "\u{0}",
        "-",
        "'s",
        "’s",
        "a-",
        "-a",
        "ÄÖÜ-’s",
        "x’",
        "s’s",
    ] {
        let view = TextView::new(text);
        for m in find(text, &view) {
            assert!(text.get(m.span.range()).is_some(), "{text:?}");
        }
    }
}

mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn never_panics_and_spans_slice(text in "\\PC{0,300}") {
            let view = TextView::new(&text);
            let found = find(&text, &view);
            for m in &found {
                prop_assert!(m.span.start < m.span.end);
                prop_assert!(text.get(m.span.range()).is_some());
            }
            prop_assert!(found.windows(2).all(|w| w[0].span.start <= w[1].span.start));
        }

        #[test]
        fn wordy_text_spans_slice(words in proptest::collection::vec(
            prop_oneof![
                Just("president"), Just("Russian’s"), Just("talks"), Just("with"), Just("-"),
                Just("cease-fire"), Just("fire"), Just("."), Just("É"), Just("prime"),
                Just("minister"), Just("’s"), Just("killed"), Just(","), Just("Café"),
            ], 0..40)) {
            let text = words.join(" ");
            let view = TextView::new(&text);
            for m in find(&text, &view) {
                prop_assert!(text.get(m.span.range()).is_some());
            }
        }
    }
}
