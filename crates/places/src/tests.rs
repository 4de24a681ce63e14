//! Table-driven tests on sentences written for them.

use super::*;

/// (full name, GDELT type, country, ADM1, metonym) of every place found, in order.
fn run(text: &str, persons: &[&str]) -> Vec<(String, u8, String, String, Vec<String>)> {
    let view = TextView::new(text);
    let gaz = Gazetteer::shared();
    let names = NameSpans {
        persons: persons
            .iter()
            .filter_map(|p| text.find(p).map(|s| ByteSpan::new(s, s + p.len())))
            .collect(),
        organizations: Vec::new(),
    };
    find(text, &view, gaz, &names)
        .into_iter()
        .filter_map(|f| f.listed().map(|i| (i, f)))
        .map(|(i, f)| {
            let p = gaz.place(i);
            (
                p.full_name.to_string(),
                p.gdelt_type,
                p.country_fips.to_string(),
                p.adm1_fips.to_string(),
                f.mentions
                    .iter()
                    .map(|m| text[m.span.range()].to_string())
                    .collect(),
            )
        })
        .collect()
}

fn names(text: &str, persons: &[&str]) -> Vec<String> {
    run(text, persons).into_iter().map(|r| r.0).collect()
}

/// The surfaces of every mention, listed or not, in the order of the places found.
fn surfaces(text: &str) -> Vec<String> {
    let view = TextView::new(text);
    find(text, &view, Gazetteer::shared(), &NameSpans::default())
        .iter()
        .flat_map(|f| f.mentions.iter())
        .map(|m| text[m.span.range()].to_string())
        .collect()
}

/// Each text's places, as [`names`] gives them, without persons.
fn check(cases: &[(&str, &[&str])]) {
    for (text, want) in cases {
        assert_eq!(&names(text, &[]), want, "{text}");
    }
}

#[test]
fn recognition() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Troops left the Netherlands for the United Kingdom.",
            &["The Netherlands", "United Kingdom"],
        ),
        (
            "The U.S. and the UK spoke.",
            &["United States", "United Kingdom"],
        ),
        ("Refugees crossed into Latin America.", &["Latin America"]),
        (
            "Floods hit New York City on Monday.",
            &["New York City, New York, United States"],
        ),
        ("He grew up in the Soviet Union.", &["Soviet Union"]),
        // A capital after an elided particle ends a name; a possessive may go on into a longer
        // name; dotted capitals of more than five characters are found.
        ("Cocoa prices rose in Côte d'Ivoire.", &["Ivory Coast"]),
        // A hyphened article inside a name; a name with a qualifier in brackets.
        (
            "Shells fell on Deir ez-Zor. She studied in Halle and Frankfurt.",
            &[
                "Deir ez-Zor, Dayr az Zawr, Syria",
                "Halle (Saale), Sachsen-Anhalt, Germany",
                "Frankfurt am Main, Hessen, Germany",
            ],
        ),
        // ... or with the river it lies on, which a country named in the story can then pick.
        (
            "He moved from London to Newcastle in England.",
            &[
                "London, London, City Of, United Kingdom",
                "Newcastle upon Tyne, Newcastle upon Tyne, United Kingdom",
                "England, England, United Kingdom",
            ],
        ),
        (
            "Envoys of the Democratic People's Republic of Korea and the U.A.E. met.",
            &["North Korea", "United Arab Emirates"],
        ),
        ("Prices rose across Europe and Asia.", &["Europe", "Asia"]),
        // Seas, straits, rivers and mountain ranges are places too.
        (
            "Tankers left the Strait of Hormuz for the Black Sea.",
            &["Strait of Hormuz", "Black Sea"],
        ),
        // "the Channel" written so is the English Channel; the Channel Tunnel is not.
        (
            "Migrants crossed the Channel; the Channel Tunnel was shut.",
            &["English Channel"],
        ),
        (
            "Barges on the Danube stopped; snow closed the Alps.",
            &["Danube", "Alps"],
        ),
        ("We talked about the weather.", &[]),
        // A language's or people's word is no town of another country; a capital inside a
        // word that no place has there is another word; "as of" is no locative.
        ("The menu was written in German.", &[]),
        ("He was 25-0 with 23 KOs.", &[]),
        ("As of Spring 2007, the band was on tour.", &[]),
    ];
    check(cases);
}

#[test]
fn a_place_made_an_adjective_is_mentioned() {
    check(&[
        (
            "A Texas-based insurer and two Los Angeles-based studios merged.",
            &[
                "Texas, United States",
                "Los Angeles, California, United States",
            ],
        ),
        (
            "Moscow-backed fighters crossed into a Kenya-born writer's town.",
            &["Moscow, Moskva, Russia", "Kenya"],
        ),
    ]);
    assert_eq!(
        surfaces("The Cupertino, California-based company sued."),
        ["Cupertino", "California"]
    );
}

#[test]
fn places_joined_in_one_word() {
    check(&[
        (
            "Shelling went on along the Russia-Ukraine border.",
            &["Russia", "Ukraine"],
        ),
        (
            "US-China talks stalled at the Utah-Arizona line.",
            &[
                "United States",
                "China",
                "Utah, United States",
                "Arizona, United States",
            ],
        ),
        // A place named with a hyphen is one place; surnames and firms are none.
        (
            "He moved to Winston-Salem.",
            &["Winston-Salem, North Carolina, United States"],
        ),
        ("Hewlett-Packard hired Jody Wilson-Raybould.", &[]),
        // A known organisation may be the other side.
        ("The Israel-Hamas war went on.", &["Israel"]),
        ("NATO-Hamas", &[]),
    ]);
}

#[test]
fn canadian_provinces_abbreviated_after_a_town() {
    check(&[
        (
            "The fire started near Moose Jaw, Sask., on Monday.",
            &[
                "Moose Jaw, Saskatchewan, Canada",
                "Saskatchewan, Saskatchewan, Canada",
            ],
        ),
        (
            "He grew up in Victoria, B.C., and in Thunder Bay, Ont.",
            &[
                "Victoria, British Columbia, Canada",
                "British Columbia, British Columbia, Canada",
                "Thunder Bay, Ontario, Canada",
                "Ontario, Ontario, Canada",
            ],
        ),
        // Dotted capitals alone are no province: "B.C." after a year is an era.
        ("The city fell in 30 B.C. to Rome.", &["Rome, Lazio, Italy"]),
    ]);
}

#[test]
fn disambiguation_with_evidence() {
    let cases: &[(&str, &[&str], &str)] = &[
        // Georgia alone is the country; with US states around it is the state.
        ("Protests filled the streets of Georgia.", &[], "Georgia"),
        (
            "Voters in Georgia and Alabama went to the polls.",
            &[],
            "Georgia, United States",
        ),
        (
            "She moved to Paris, Texas, in 2001.",
            &[],
            "Paris, Texas, United States",
        ),
        (
            "Ministers met in Paris.",
            &[],
            "Paris, Ile-de-France, France",
        ),
        // A town found only by another name yields to the one that bears the name, even with
        // the town's state named ("Pittsburg, California" lists "Pittsburgh").
        (
            "The company moved from Pittsburgh to San Jose, California.",
            &[],
            "Pittsburgh, Pennsylvania, United States",
        ),
        // ... but not a great city's or a country's other name.
        (
            "Tourists flocked to Holland this spring.",
            &[],
            "The Netherlands",
        ),
        // A state reached only through its great city is weak evidence for its towns.
        (
            "Flights from Amsterdam to New York City were cancelled.",
            &[],
            "Amsterdam, Noord-Holland, The Netherlands",
        ),
        // A word that is only a small town's old or alternate name is no evidence for its
        // country ("Turner" was West Chicago's), but a great city's own name is, among small
        // towns of the name ("London").
        (
            "Photograph: Ann Turner/Reuters\n\nTurbines off the coasts of Kent and Essex light London.",
            &[],
            "Kent, Kent, United Kingdom",
        ),
        ("Jordan Henderson scored twice.", &["Jordan Henderson"], ""),
        // A person's one-word name that is also a region is the region ("Governor of
        // Virginia" read as a given name), but not after an honorific.
        (
            "The case of Mr. Schellenberg was heard.",
            &["Schellenberg"],
            "",
        ),
        // A state's abbreviation that is a title before a name is the title.
        ("Lt. Col. Ann Bose spoke.", &["Ann Bose"], ""),
        (
            "She spoke in Denver, Col., on Monday.",
            &[],
            "Denver, Colorado, United States",
        ),
        ("Aid reached Jordan on Tuesday.", &[], "Jordan"),
        ("That was a nice day.", &[], ""),
        ("Nice is lovely.", &[], ""),
        (
            "The festival opened in Nice.",
            &[],
            "Nice, Provence-Alpes-Cote d'Azur, France",
        ),
    ];
    for (text, persons, want) in cases {
        let got = names(text, persons);
        assert_eq!(
            got.first().map_or("", String::as_str),
            *want,
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_day_before_a_country_is_no_town_of_it() {
    assert_eq!(
        surfaces("MARKETS: On Wednesday, Japan said orders were flat."),
        ["Japan"]
    );
}

#[test]
fn gdelt_fields() {
    let got = run("Talks in Geneva went on.", &[]);
    assert_eq!(got[0].1, 4);
    assert_eq!(got[0].2, "SZ");
    let got = run("Rain fell on Texas.", &[]);
    assert_eq!((got[0].1, got[0].3.as_str()), (2, "USTX"));
    let got = run("Crowds gathered in Chicago.", &[]);
    assert_eq!((got[0].1, got[0].2.as_str()), (3, "US"));
    // A Vietnamese town has no ADM1 rather than another province's (its admin1 code in GeoNames'
    // cities follows the 2025 provinces, which the admin1 table predates).
    let got = run("The summit met in Hanoi.", &[]);
    assert_eq!(
        (got[0].0.as_str(), got[0].2.as_str(), got[0].3.as_str()),
        ("Hanoi, Vietnam", "VM", "")
    );
    let got = run("Russia's army advanced.", &[]);
    assert_eq!(
        (got[0].0.as_str(), got[0].1, got[0].4[0].as_str()),
        ("Russia", 1, "Russia")
    );
    // A place named exactly as written beats one that an old name of a city extends.
    let got = run("Floods hit Rio Grande do Sul.", &[]);
    assert_eq!(
        (got[0].0.as_str(), got[0].1),
        ("Rio Grande do Sul, Rio Grande do Sul, Brazil", 5)
    );
    // FIPS 10-4 countries GeoNames lacks are countries too, as in GDELT's rows.
    let got = run("Strikes hit the Gaza Strip and the West Bank.", &[]);
    let got: Vec<_> = got
        .iter()
        .map(|g| (g.0.as_str(), g.1, g.2.as_str(), g.3.as_str()))
        .collect();
    assert_eq!(
        got,
        [("Gaza Strip", 1, "GZ", "GZ"), ("West Bank", 1, "WE", "WE")]
    );
}

#[test]
fn metonymy_and_offsets_on_non_ascii_text() {
    let text = "“Zürich’s banks,” Moscow said. Kyiv’s mayor agreed.";
    let view = TextView::new(text);
    let gaz = Gazetteer::shared();
    let found = find(text, &view, gaz, &NameSpans::default());
    let surfaces: Vec<(&str, bool)> = found
        .iter()
        .flat_map(|f| f.mentions.iter())
        .map(|m| (&text[m.span.range()], m.metonym))
        .collect();
    assert_eq!(
        surfaces,
        [("Zürich", false), ("Moscow", true), ("Kyiv", false)]
    );
}

#[test]
fn names_of_several_words_with_non_ascii_words_and_wide_gaps() {
    // The scanner folds a name word by word: "São  Paulo" (two spaces) and "SÃO PAULO" must
    // give the key that folding the whole phrase gives.
    for text in [
        "Talks in São Paulo ended.",
        "Talks in São  Paulo ended.",
        "Talks in Rio de Janeiro and SÃO PAULO ended.",
    ] {
        let view = TextView::new(text);
        let gaz = Gazetteer::shared();
        let found = find(text, &view, gaz, &NameSpans::default());
        let names: Vec<&str> = found
            .iter()
            .filter_map(|p| p.listed())
            .map(|i| gaz.place(i).ascii_name)
            .collect();
        assert!(names.contains(&"Sao Paulo"), "{text}: {names:?}");
    }
}

#[test]
fn no_panic_on_odd_input() {
    for text in [
        "",
        ",",
        "Paris,",
        "New",
        "U.S",
        "’s",
        "A, B, C,,,",
        "ŁÓDŹ, Łódź’s",
        // A town and its region, a list, and a part of an area, with the text ending there.
        "Lincolnshire, England",
        "Lincolnshire, England's",
        "Aisby, MA",
        "Scotland and",
        "Scotland and Wales",
        "in southern",
        "Leeds and",
        "Leeds and Grantham",
        "the Rhine",
        "the",
    ] {
        let _ = run(text, &[]);
    }
    // An organisation the names stage found inside a place's name, ending with it ("Korea" of
    // "South Korea's Yoon" in a headline): the place stays, with no panic.
    let text = "South Korea's Yoon lifts martial law";
    let names = NameSpans {
        persons: Vec::new(),
        organizations: vec![ByteSpan::new(6, 11)],
    };
    let found = find(text, &TextView::new(text), Gazetteer::shared(), &names);
    assert_eq!(found.len(), 1);
}

#[test]
fn places_the_gazetteer_lacks() {
    let text = "Boats sailed up the Tigris River. She was born in Atwick, England. Troops left Northern Iraq. \
                The guns went to the Harbourline Museum and Ramstein Air Base. Traffic left the \
                Holland Tunnel for the Fraser Highway. Doesn’t Gale Crater look lovely?";
    let view = TextView::new(text);
    let gaz = Gazetteer::shared();
    let found = find(text, &view, gaz, &NameSpans::default());
    let surfaces: Vec<&str> = found
        .iter()
        .flat_map(|f| f.mentions.iter())
        .map(|m| &text[m.span.range()])
        .collect();
    assert_eq!(
        surfaces,
        [
            "Tigris River",
            "Atwick",
            "England",
            "Northern Iraq",
            "Harbourline Museum",
            "Ramstein Air Base",
            // A country's or a town's name before a road's or a tunnel's word is the road's.
            "Holland Tunnel",
            "Fraser Highway",
            // A landform's word too, after a sentence's first word that is a verb.
            "Gale Crater"
        ]
    );
    assert!(matches!(
        &found[1].place,
        PlaceRef::Unlisted { within: Some(w), .. } if gaz.place(*w).country_fips == "UK"
    ));
}

#[test]
fn another_name_that_is_a_word_of_the_dictionary_names_no_place() {
    for (text, want) in [
        (
            "Education drives Human progress, a vision from the Soul of the world.",
            &[][..],
        ),
        ("Best of Luck on your surgery!", &[]),
        // A proper name of the dictionary still is the place.
        ("Pilgrims travelled to the holy city of Mecca.", &["Mecca"]),
    ] {
        assert_eq!(surfaces(text), want, "{text}");
    }
}

#[test]
fn direct_current_is_no_district_of_columbia() {
    for (text, want) in [
        ("The malware played AC/DC at full volume.", &[][..]),
        (
            "It needs a 12V DC adapter and 150 kW DC fast charging.",
            &[],
        ),
        ("She moved to DC last year.", &["DC"]),
    ] {
        assert_eq!(surfaces(text), want, "{text}");
    }
}

#[test]
fn a_compass_points_district_of_a_place_is_no_region_elsewhere() {
    for (text, want) in [
        (
            "Prosecutors in the Southern District of New York charged him.",
            &["New York"][..],
        ),
        (
            "A judge in the Eastern District of Virginia ruled.",
            &["Virginia"],
        ),
        // Without "of", the region of the name.
        (
            "Rockets hit Israel's Southern District.",
            &["Israel", "Southern District"],
        ),
    ] {
        assert_eq!(surfaces(text), want, "{text}");
    }
}

#[test]
fn a_small_town_a_pattern_places_is_that_town_at_its_other_mentions() {
    // The name index leaves "Astoria" to the larger Astoria in New York; "Astoria, OR" finds
    // the Oregon town, and every "Astoria" of the article is it.
    let text = "Driving to Astoria was fun. We took the road to Astoria, OR. Astoria is lovely.";
    let found = run(text, &[]);
    assert_eq!(found[0].0, "Astoria, Oregon, United States");
    assert_eq!(found[0].4, ["Astoria", "Astoria", "Astoria"]);
}

#[test]
fn a_town_named_before_a_film_or_its_hero_names_the_work() {
    for (text, want) in [
        (
            "Fans saw the new Batman movie in Aurora, Colo. Police chased after Batman.",
            &["Aurora", "Colo."][..],
        ),
        (
            "Police in Aurora, Colorado, closed the Aurora movie theater.",
            &["Aurora", "Colorado"],
        ),
        ("They watched the Olympic games in London.", &["London"]),
    ] {
        assert_eq!(surfaces(text), want, "{text}");
    }
}

#[test]
fn words_before_a_comma_and_a_region_that_name_no_town() {
    for (text, want) in [
        ("Unfortunately, Chile is not included.", &["Chile"][..]),
        (
            "If he wins on Election Day, Virginia's votes are his.",
            &["Virginia"],
        ),
        ("Categories: Food, Essays, Portugal", &["Portugal"]),
        // A region's "Autonomous Region" is the region's own name.
        (
            "Huade lies in Inner Mongolia Autonomous Region.",
            &["Inner Mongolia Autonomous Region"],
        ),
    ] {
        assert_eq!(surfaces(text), want, "{text}");
    }
}

#[test]
fn places_named_by_the_words_before_them() {
    // (sentence, the unlisted place it names, or None)
    let cases: &[(&str, Option<&str>)] = &[
        (
            "Gunmen raided the village of Qaryat Zawr overnight.",
            Some("Qaryat Zawr"),
        ),
        (
            "Shelling hit the outskirts of Marbeck on Monday.",
            Some("Marbeck"),
        ),
        (
            "The family moved to the Welsh town of Llanfrothen.",
            Some("Llanfrothen"),
        ),
        (
            "They met in the hamlet of Oxbury Green.",
            Some("Oxbury Green"),
        ),
        ("Fighters massed near Qaryat Zawr.", Some("Qaryat Zawr")),
        ("The camp lies outside Marbeck.", Some("Marbeck")),
        (
            "The dam is 30 km south of Oxbury Green.",
            Some("Oxbury Green"),
        ),
        // A sentence's first word, a preposition, is no part of the name after it.
        (
            "In Marbeck County, turnout rose by a third.",
            Some("Marbeck County"),
        ),
        // An adjective of a name and a participle is no part of the place after it.
        (
            "Turnout rose in Tory-leaning Marbeck County and Oxbury-based Forest Hills.",
            Some("Marbeck County"),
        ),
        // The noun must touch "of", and "of" the name.
        ("The village, of Qaryat Zawr fame, was quiet.", None),
        // Other nouns name no kind of place.
        ("He spoke of the spirit of Qaryat Zawr.", None),
        ("She is the daughter of Marbeck.", None),
    ];
    for (text, want) in cases {
        let view = TextView::new(text);
        let found = find(text, &view, Gazetteer::shared(), &NameSpans::default());
        let unlisted: Vec<&str> = found
            .iter()
            .filter(|f| f.listed().is_none())
            .flat_map(|f| f.mentions.iter())
            .map(|m| &text[m.span.range()])
            .collect();
        assert_eq!(unlisted, want.iter().copied().collect::<Vec<_>>(), "{text}");
    }
}

#[test]
fn words_codes_and_alternate_names_that_are_no_places() {
    // (sentence, the places it names)
    let cases: &[(&str, &[&str])] = &[
        // A US state's code alone is a word ("OK", "ID"), after a city it is the state.
        ("That is OK, said the ID card holder.", &[]),
        (
            "Protests grew in Jackson, MS on Monday.",
            &[
                "Jackson, Mississippi, United States",
                "Mississippi, United States",
            ],
        ),
        // The Pacific's warm phase is named like a Mexican town.
        ("Impacts from El Nino systems reached Canada.", &["Canada"]),
        // A name of several dictionary words, once, for small towns abroad only, needs a word
        // of place before it: Aleppo's "Old City" is no town of the West Bank.
        (
            "Rebels fought at the gates of the ancient Old City on Tuesday.",
            &[],
        ),
        // (Words the dictionary writes capitalised count: "King Edward", a village of
        // Manitoba.)
        ("His last poem was a villanelle about King Edward IV.", &[]),
        // A planet's name is the planet, though the article names the country of a town
        // so called; after a word of place it is the town.
        (
            "The Jupiter moon Europa, seen from Hawaii, orbits Jupiter. Police in Jupiter \
             searched a car.",
            &["Hawaii, United States", "Jupiter, Florida, United States"],
        ),
        // ... also after "of", and before its moons or rings whatever comes before.
        (
            "Water was found on the surface of Jupiter. Probes flew from Hawaii to Jupiter's \
             icy moon Europa.",
            &["Hawaii, United States"],
        ),
        // A people's word is neither a town nor its region: "German" is also a sheading of the
        // Isle of Man.
        (
            "American, Dutch, German and Swiss tourists were stranded. British, U.S. victims \
             were named.",
            &["United States"],
        ),
        // A word that names only small towns is no place, even after "in".
        ("They put their faith in God.", &[]),
        // A given name that is only an alternate name of a large city.
        ("Sam said he would stay.", &[]),
        // A known organisation whose name is only an alternate name of a city (Casablanca).
        (
            "A former White House Russia adviser testified.",
            &["Russia"],
        ),
        // A small foreign town by its own name needs a locative or its country named.
        ("The Palin site went live.", &[]),
        (
            "The fair was held in Grasse.",
            &["Grasse, Provence-Alpes-Cote d'Azur, France"],
        ),
        // A place's name before a head word names another place: the sea, not China.
        ("Ships sailed in the South China Sea.", &["South China Sea"]),
        ("Ships sailed in the Sulu Sea.", &[]),
        // A country named as written is the country, not the capital that bears its name.
        ("Talks resumed in Mexico.", &["Mexico"]),
        // A country written with the accents the gazetteer's name lacks.
        ("They live in Perú.", &["Peru"]),
        // A day after a place named like a person starts no surname.
        (
            "He ran for Governor of Virginia Saturday, October 19.",
            &["Virginia, United States"],
        ),
        ("Virginia Woolf wrote it.", &[]),
        // An appositive after "capital", "city", "town": a place even when it is also a word.
        (
            "A monument will rise in the nation's capital, Wellington.",
            &["Wellington, Wellington, New Zealand"],
        ),
        // A compass word does not make a place of a people's name or of a word that names
        // only small towns.
        ("East German officials met at 9 p.m. Eastern Time.", &[]),
        // A landmark or nickname GeoNames files among a town's other names is not that town;
        // an exonym that is no common word still is.
        ("They walked across Central Park to the Old Town.", &[]),
        ("The Wildcats lead the West Division by a game.", &[]),
        ("Syrian troops fought in Palmyra.", &["Tadmur, Hims, Syria"]),
    ];
    for (text, want) in cases {
        assert_eq!(names(text, &[]), *want, "{text}");
    }
    // A head word that opens places' names ("Lake", "Camp") right after a capitalised word is
    // that name's second word: "the Meech Lake Accord" names no "Lake Accord", "Training Camp
    // Aug 9" no "Camp Aug".
    for text in [
        "The Meech Lake Accord failed in 1990.",
        "Panthers Training Camp Aug 9 opens today.",
    ] {
        assert!(surfaces(text).is_empty(), "{text}: {:?}", surfaces(text));
    }
    // A headline's capitalised preposition is neither in a place's name nor opens one.
    assert_eq!(
        surfaces("Nations at Impasse Over South China Sea, Group Warns"),
        ["South China Sea"]
    );
    // A town the gazetteer lacks whose first word names another town is found whole before
    // its region ("San Ysidro" is no San in Mali); a list of states is no such town.
    assert_eq!(
        surfaces("They marched to Sandy Hook, Maryland, and on to San Ysidro, California."),
        ["Sandy Hook", "Maryland", "San Ysidro", "California"]
    );
    assert_eq!(
        names("But Florida, Virginia and Colorado voted.", &[]),
        [
            "Florida, United States",
            "Virginia, United States",
            "Colorado, United States"
        ]
    );
    // A town's name after a firm's names the firm's model; a great city stays a place.
    assert_eq!(
        surfaces(
            "The 2013 Hyundai Tucson sold well in Tucson, and she interned at Google Bangalore."
        ),
        ["Tucson", "Bangalore"]
    );
    // A county is no city: a place the gazetteer lacks.
    let text = "Schools in Fairfax County closed.";
    let view = TextView::new(text);
    let found = find(text, &view, Gazetteer::shared(), &NameSpans::default());
    assert_eq!(found.len(), 1);
    assert!(matches!(&found[0].place, PlaceRef::Unlisted { name, .. } if name == "Fairfax County"));
}

#[test]
fn hard_cases() {
    let cases: &[(&str, &[&str], &[&str])] = &[
        // A city famous abroad keeps its reading when the article also names the US.
        (
            "Biden flew to Geneva. The US and America's allies watched.",
            &["Biden"],
            &["Geneva, Geneve, Switzerland", "United States"],
        ),
        (
            "Washington warned Moscow on Monday.",
            &[],
            &[
                "Washington, District of Columbia, United States",
                "Moscow, Moskva, Russia",
            ],
        ),
        // Other states named do not outweigh the capital; a state listed with states of its
        // country, or one of its towns named, makes the state.
        (
            "Trent Lott, a Mississippi Republican, said Washington would not lift sanctions.",
            &["Trent Lott"],
            &[
                "Mississippi, United States",
                "Washington, District of Columbia, United States",
            ],
        ),
        (
            "Fires spread in Oregon and Washington.",
            &[],
            &["Oregon, United States", "Washington, United States"],
        ),
        (
            "Idaho was dry. In Washington, officials in Spokane said fires spread.",
            &[],
            &[
                "Idaho, United States",
                "Washington, United States",
                "Spokane, Washington, United States",
            ],
        ),
        // A capital found by an old name yields to a city that bears the name as its own:
        // "Philadelphia" is not Amman (Philadelphia of antiquity), even with no other place.
        (
            "She lives in Philadelphia.",
            &[],
            &["Philadelphia, Pennsylvania, United States"],
        ),
        // A capital by its own name yields to a namesake city of twice its people: "San
        // Jose" is California's city of a million, not Costa Rica's capital, when no country
        // is named; the country named makes it the capital.
        (
            "The Sharks returned to San Jose on Saturday.",
            &[],
            &["San Jose, California, United States"],
        ),
        (
            "Costa Rica's coffee growers met in San Jose.",
            &[],
            &["Costa Rica", "San José, San Jose, Costa Rica"],
        ),
        // A city named like its region is the city, though the article names cities of other
        // regions; and "Porto said" is not Port Said, whose alternate name it is.
        (
            "Ministers met in Lisbon. Police in Porto said three people were missing.",
            &[],
            &["Lisbon, Lisboa, Portugal", "Porto, Porto, Portugal"],
        ),
        // A province outweighs a mid-size town abroad of its name, by the people of its towns
        // (Ontario, California; Québec City is a twentieth of Quebec); a region's namesake city
        // that holds a tenth of its people is the city, and so is the city whose name the
        // region bears only as another name (the Donetsk oblast).
        (
            "Shops closed in Ontario. Quebec will vote.",
            &[],
            &["Ontario, Ontario, Canada", "Quebec, Quebec, Canada"],
        ),
        // A region weighs as a town of a tenth of its people: "Bari" is the Italian city, not
        // the Somali region of as many people.
        ("She lives in Bari.", &[], &["Bari, Puglia, Italy"]),
        // A saint's name compares in full, however abbreviated.
        (
            "He lives in St Louis; she flew to St. Petersburg.",
            &[],
            &[
                "St. Louis, Missouri, United States",
                "Saint Petersburg, Sankt-Peterburg, Russia",
            ],
        ),
        // A great city's other name yields to a city of 100,000 or more that bears it as its
        // own.
        (
            "We flew to Cancun and then to New Delhi.",
            &[],
            &["Cancún, Quintana Roo, Mexico", "New Delhi, Delhi, India"],
        ),
        (
            "Floods hit São Paulo and Madrid. Shelling went on in Donetsk.",
            &[],
            &[
                "São Paulo, Sao Paulo, Brazil",
                "Madrid, Madrid, Spain",
                "Donetsk, Donets'ka Oblast', Ukraine",
            ],
        ),
        ("Georgia Smith won the race.", &["Georgia Smith"], &[]),
        ("Mobile phones were banned. Reading is fun.", &[], &[]),
        (
            "He grew up in Cambridge, Mass., and moved on.",
            &[],
            &["Cambridge, Massachusetts, United States"],
        ),
    ];
    for (text, persons, want) in cases {
        assert_eq!(names(text, persons), *want, "{text}");
    }
}

#[test]
fn organisations_hide_places_except_an_of_tail_and_a_leading_country() {
    let text = "The New York Times sent a reporter from the University of Helsinki to the \
                US State Department.";
    let view = TextView::new(text);
    let span = |s: &str| {
        let i = text.find(s).unwrap_or(0);
        ByteSpan::new(i, i + s.len())
    };
    let names = NameSpans {
        persons: Vec::new(),
        organizations: vec![
            span("New York Times"),
            span("University of Helsinki"),
            span("US State Department"),
        ],
    };
    let found = find(text, &view, Gazetteer::shared(), &names);
    let surfaces: Vec<&str> = found
        .iter()
        .flat_map(|f| f.mentions.iter())
        .map(|m| &text[m.span.range()])
        .collect();
    assert_eq!(surfaces, ["Helsinki", "US"]);
}

/// A word's first-word answer is kept for the article: a word seen again, alone or opening a
/// longer name, with a possessive or as an abbreviation at a sentence end, reads the same.
#[test]
fn repeated_first_words() {
    let text = "New rules came to Paris. New York grew. Paris's mayor met New York's mayor in \
                New Delhi. Paris agreed. Officials in the US. The US. The US said no.";
    let found = run(text, &[]);
    let mentions: Vec<(&str, Vec<&str>)> = found
        .iter()
        .map(|r| (&*r.0, r.4.iter().map(String::as_str).collect()))
        .collect();
    assert_eq!(
        mentions,
        [
            (
                "Paris, Ile-de-France, France",
                vec!["Paris", "Paris", "Paris"]
            ),
            (
                "New York City, New York, United States",
                vec!["New York", "New York"]
            ),
            ("New Delhi, Delhi, India", vec!["New Delhi"]),
            ("United States", vec!["US", "US", "US"]),
        ]
    );
}

#[test]
fn a_small_town_outside_the_region_after_it_is_a_place_the_gazetteer_lacks() {
    // (sentence, the unlisted places it names, the listed ones)
    let cases: &[(&str, &[&str], &[&str])] = &[
        // The gazetteer's Thornbury is a town in Australia, not in Gloucestershire.
        (
            "She lives in Thornbury, Gloucestershire, now.",
            &["Thornbury"],
            &["Gloucestershire, Gloucestershire, United Kingdom"],
        ),
        // A town of the region that bears the name only as another name is no reading.
        (
            "They live in Colorado City, Ariz., near the border.",
            &["Colorado City"],
            &["Arizona, United States"],
        ),
        // Nor one whose readings all bear the name only as another name, and a dateline's
        // town is all its capitals ("Buena Vista" was a name of Visalia, California).
        (
            "LAKE BUENA VISTA, Fla. – She teed off at nine.",
            &["LAKE BUENA VISTA"],
            &["Florida, United States"],
        ),
        // After a state's abbreviation a town is always of that state (no list has a state's
        // abbreviation), though a first name; the name is that town at its other mentions.
        (
            "Studio Ruiz, in Carmel, Calif., built it. Voters in Carmel approved it.",
            &["Carmel", "Carmel"],
            &["California, United States"],
        ),
        (
            "She moved to Paris, Texas, in 2001, and life in Paris suits her.",
            &[],
            &["Paris, Texas, United States", "Texas, United States"],
        ),
        // A state's abbreviation ends its line: the next line's date is no part of it.
        (
            "Aug. 2 -- Clarkston, MI\nAug. 4 -- Cincinnati, OH",
            &["Clarkston"],
            &[
                "Michigan, United States",
                "Cincinnati, Ohio, United States",
                "Ohio, United States",
            ],
        ),
        // A larger city's own name is no small foreign region of that name.
        (
            "June 19 -- Verity Pavilion, Charlotte, NC",
            &[],
            &[
                "Charlotte, North Carolina, United States",
                "North Carolina, United States",
            ],
        ),
        // A structure named after its town is one place the gazetteer lacks, but not after a
        // region or a possessive.
        (
            "Wales played at Cardiff Arms Park, and then at Norfolk Naval Station near \
             Portugal's Douro Valley.",
            &["Cardiff Arms Park", "Norfolk Naval Station", "Douro Valley"],
            &["Wales, Wales, United Kingdom", "Portugal"],
        ),
        // "State" after a name that a region and a larger city of its country share makes it
        // the region; universities named so are no region of Uruguay or Costa Rica.
        (
            "The New York State Attorney General sued; Florida State and San Jose State played.",
            &[],
            &[
                "New York, United States",
                "San Jose, California, United States",
            ],
        ),
        // A US state's name after "University of" is the state, not the capital.
        (
            "She studied at the University of Washington.",
            &[],
            &["Washington, United States"],
        ),
        // A month or a day before a comma is no town of what follows.
        (
            "On 23 July, Iran issued a statement; by Wednesday, Bolivia had replied.",
            &[],
            &["Iran", "Bolivia"],
        ),
        // A town of the region named after it is pinned there, as before.
        (
            "Floods hit Cambridge, Massachusetts.",
            &[],
            &[
                "Cambridge, Massachusetts, United States",
                "Massachusetts, United States",
            ],
        ),
        // A list of people is no town and its region ("Paul" is a region of Cabo Verde).
        ("The song is by Peter, Paul, Mary and others.", &[], &[]),
        // Nor is a greeting before a small region named like a person ("Paola" is a region of
        // Malta); a large one keeps its towns ("Victoria", a state of Australia).
        (
            "Thanks for the tip.\n\nCiao, Paola, and see you. Wrenfield, Victoria, voted.",
            &["Wrenfield"],
            &["Victoria, Victoria, Australia"],
        ),
        // Nor is a region's possessive after a comma a container.
        (
            "In Lincolnshire, Canada's envoy spoke.",
            &[],
            &["Lincolnshire, Lincolnshire, United Kingdom", "Canada"],
        ),
        // A town "in" its country or region after a preposition of place is one too, named
        // again on its own; not a club one plays "for", nor a word of the dictionary.
        (
            "He moved to Marszew in Poland. Marszew had a mill.",
            &["Marszew", "Marszew"],
            &["Poland"],
        ),
        (
            "He played for Steaua in Romania, then moved to Sales in Spain.",
            &[],
            &["Romania", "Spain"],
        ),
    ];
    for (text, unlisted, listed) in cases {
        let view = TextView::new(text);
        let found = find(text, &view, Gazetteer::shared(), &NameSpans::default());
        let got_unlisted: Vec<&str> = found
            .iter()
            .filter(|f| f.listed().is_none())
            .flat_map(|f| f.mentions.iter())
            .map(|m| &text[m.span.range()])
            .collect();
        assert_eq!(&got_unlisted, unlisted, "{text}");
        assert_eq!(&names(text, &[]), listed, "{text}");
    }
}

#[test]
fn regions_that_are_also_surnames_need_a_cue() {
    let cases: &[(&str, &[&str])] = &[
        // The part of an area named before it.
        (
            "He lives in a caravan in southern England.",
            &["England, England, United Kingdom"],
        ),
        // Listed with a country or region.
        (
            "Scotland and Wales voted.",
            &[
                "Scotland, Scotland, United Kingdom",
                "Wales, Wales, United Kingdom",
            ],
        ),
        (
            "Teams from Portugal, England, Italy and Spain played.",
            &[
                "Portugal",
                "England, England, United Kingdom",
                "Italy",
                "Spain",
            ],
        ),
        // Listed before one, or after a region of the world.
        (
            "They toured Brittany, Bavaria and Tuscany.",
            &[
                "Brittany, Bretagne, France",
                "Bavaria, Bayern, Germany",
                "Tuscany, Toscana, Italy",
            ],
        ),
        (
            "Gascony and Brittany were poor.",
            &["Gascony", "Brittany, Bretagne, France"],
        ),
        // A town and its state is no list.
        (
            "The CIA's Langley, Va., headquarters opened.",
            &["Virginia, United States"],
        ),
        // A comma alone lists nothing: "Sandy" threw the party.
        (
            "We were in Utah, Sandy threw a party.",
            &["Utah, United States"],
        ),
        // The United Kingdom's four countries are named as countries are, cue or none.
        (
            "Wales won on Friday. England coach Eddie Jones named his side.",
            &[
                "Wales, Wales, United Kingdom",
                "England, England, United Kingdom",
            ],
        ),
    ];
    check(cases);
    // A person's surname stays the person's.
    assert_eq!(
        names("Gordon England said it was fine.", &["Gordon England"]),
        Vec::<String>::new()
    );
    // A town's mayor, police or residents after its name are the town's, even as a title.
    assert_eq!(
        names(
            "Former Paterson mayor Tom Dale met Aurora police and Surrey Mayor Ann Bell.",
            &["Tom Dale", "Ann Bell"]
        ),
        [
            "Paterson, New Jersey, United States",
            "Aurora, Colorado, United States",
            "Surrey, British Columbia, Canada"
        ]
    );
}

#[test]
fn towns_that_are_also_surnames_join_a_city_of_their_country() {
    let cases: &[(&str, &[&str])] = &[
        (
            "The village lies between Leeds and Grantham.",
            &[
                "Leeds, Leeds, United Kingdom",
                "Grantham, England, United Kingdom",
            ],
        ),
        // Without a town of the city's country the word stays a name.
        (
            "Flights from Leeds and Gordon were late.",
            &["Leeds, Leeds, United Kingdom"],
        ),
        // Any city of the list counts, not only the last one.
        (
            "She won tournaments in Walsall, Melbourne, Luton and Perth.",
            &[
                "Walsall, Walsall, United Kingdom",
                "Melbourne, Victoria, Australia",
                "Luton, Luton, United Kingdom",
                "Perth, Western Australia, Australia",
            ],
        ),
    ];
    check(cases);
}

#[test]
fn a_region_written_as_is_beats_a_town_abroad_matched_without_accents() {
    let cases: &[(&str, &[&str])] = &[
        ("He is on holiday in Bali.", &["Bali, Bali, Indonesia"]),
        // A city in the region of its name stays the city.
        (
            "He is on holiday in Zurich.",
            &["Zürich, Zurich, Switzerland"],
        ),
    ];
    check(cases);
}

#[test]
fn a_river_sea_or_region_after_the_is_no_surname() {
    let cases: &[(&str, &[&str])] = &[
        ("Barges on the Rhine were stuck.", &["Rhine"]),
        ("Warming in the Arctic is fast.", &["Arctic"]),
        // Alone it may be the surname; before another name it is part of that name.
        ("Rhine said so.", &[]),
        ("He saw the Arctic Tern.", &[]),
    ];
    check(cases);
}

#[test]
fn a_small_town_after_the_is_only_a_modifier() {
    let cases: &[(&str, &[&str])] = &[
        // Part of a longer name, or after "the" before a comma: no town.
        (
            "He played for the Saginaw Spirit; she joined the Olympic Games.",
            &[],
        ),
    ];
    check(cases);
}

#[test]
fn a_small_town_named_again_and_again_is_no_evidence_for_itself() {
    let cases: &[(&str, &[&str])] = &[
        (
            "He set an Olympic record. Olympic officials praised the Olympic final.",
            &[],
        ),
        // Its country named once is enough.
        (
            "Pilgrims in France visit Lourdes. The Lourdes shrine is old.",
            &[
                "France",
                "Lourdes, Languedoc-Roussillon-Midi-Pyrénées, France",
            ],
        ),
    ];
    check(cases);
}

#[test]
fn a_small_town_inside_a_longer_name_is_that_names() {
    let cases: &[(&str, &[&str])] = &[
        // A firm, a cinema: the town's name is a word of theirs, even with the state named.
        (
            "In Ohio, Youngstown Sheet and Tube closed and Ceres Robotics moved.",
            &["Ohio, United States"],
        ),
        (
            "Dallas, TX, has the Landmark Inwood Theatre.",
            &["Dallas, Texas, United States", "Texas, United States"],
        ),
        // Not before a state's abbreviation, nor in a title-case line.
        (
            "Homes in Erie PA are cheap.",
            &["Erie, Pennsylvania, United States"],
        ),
        (
            "Ohio Mill Closes as Youngstown Workers Mourn\nThe mill had stood for a century.",
            &["Ohio, United States", "Youngstown, Ohio, United States"],
        ),
    ];
    check(cases);
}

#[test]
fn a_person_credited_with_the_page_is_no_region() {
    // The names stage takes "Sofia" after "posted by" for a person: not the city, nor Sofia
    // province; elsewhere the name is the city.
    let text = "posted by Sofia on Monday";
    assert_eq!(names(text, &["Sofia"]), Vec::<String>::new());
    assert_eq!(
        names("Troops left Sofia on Monday.", &[]),
        ["Sofia, Sofiya-Grad, Bulgaria"]
    );
}

#[test]
fn a_name_only_other_places_bear_must_stand_alone() {
    let cases: &[(&str, &[&str])] = &[
        ("The column was written by Lim Cheng Soon for readers.", &[]),
        ("Kenneth Turan and Ingrid Lunden wrote reviews.", &[]),
    ];
    check(cases);
}

#[test]
fn what_armies_do_to_places_is_a_locative() {
    check(&[
        (
            "The strikes began the operation to isolate Raqqah.",
            &["Ar Raqqah, Ar Raqqah, Syria"],
        ),
        ("Raqqah said so.", &[]),
    ]);
}

#[test]
fn a_members_seat_is_a_place() {
    check(&[
        (
            "He was elected as the MPP for Kenora in 1902.",
            &["Kenora, Ontario, Canada"],
        ),
        ("He paid for Kenora.", &[]),
    ]);
}

#[test]
fn a_capital_of_a_million_outweighs_a_region_named_elsewhere() {
    check(&[(
        "She lives in California. Next month she flies to Dublin to see friends.",
        &["California, United States", "Dublin, Dublin, Ireland"],
    )]);
}

#[test]
fn saints_names_are_towns_unless_a_saints_institution_or_epithet() {
    check(&[
        // The period of "St." does not end the name.
        (
            "He moved to St. Louis in 1950.",
            &["St. Louis, Missouri, United States"],
        ),
        (
            "Tourists flocked to St. Petersburg.",
            &["Saint Petersburg, Sankt-Peterburg, Russia"],
        ),
        (
            "St. Louis's mayor spoke.",
            &["St. Louis, Missouri, United States"],
        ),
        // A saint's church, hospital or publisher, and a saint with an epithet.
        ("The priest at St Mary's Church in Crosthwaite spoke.", &[]),
        (
            "A researcher with St. Michael’s Hospital in Toronto said so.",
            &["Toronto, Ontario, Canada"],
        ),
        ("Tor had been acquired by St. Martin's, a publisher.", &[]),
        (
            "It reopened the Cathedral of St. John the Divine in Boston.",
            &["Boston, Massachusetts, United States"],
        ),
    ]);
}

#[test]
fn a_town_and_its_region_end_a_run_of_capitals() {
    // "X, Region" with more capitals after the region is a list, not a town in the region;
    // the region stays a place of its own.
    assert_eq!(
        surfaces("Tickets: Swarm Tickets, Minnesota Wild Tickets, parking."),
        ["Minnesota"]
    );
    assert_eq!(
        surfaces("She was born in Atwick, England, in 1850."),
        ["Atwick", "England"]
    );
}

#[test]
fn british_counties_are_adm1_regions_with_fips_codes() {
    let gaz = Gazetteer::shared();
    let text = "Floods hit Grantham, Lincolnshire, and parts of Pembrokeshire. Maria lives in \
                Hertfordshire, England. Somerset County schools in New Jersey closed.";
    let view = TextView::new(text);
    let found = find(text, &view, gaz, &NameSpans::default());
    let rows: Vec<(&str, String, u8)> = found
        .iter()
        .map(|f| {
            let surface = &text[f.mentions[0].span.range()];
            match f.listed() {
                Some(i) => {
                    let p = gaz.place(i);
                    (surface, p.adm1_fips.to_string(), p.gdelt_type)
                }
                None => (surface, String::new(), 0),
            }
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("Grantham", String::new(), 4),
            ("Lincolnshire", "UKH7".to_string(), 5),
            ("Pembrokeshire", "UKY7".to_string(), 5),
            ("Hertfordshire", "UKF8".to_string(), 5),
            ("England", String::new(), 5),
            // "X County" is never a British county.
            ("Somerset County", String::new(), 0),
            ("New Jersey", "USNJ".to_string(), 2),
        ]
    );
}

#[test]
fn a_container_that_names_the_town_itself_is_part_of_its_name() {
    assert_eq!(
        surfaces("She moved to Washington, D.C., from Cambridge, Massachusetts."),
        ["Washington, D.C.", "Cambridge", "Massachusetts"]
    );
}

#[test]
fn a_provinces_south_or_north_joins_its_regions_name() {
    assert_eq!(
        surfaces("He was a priest in Vigan, Ilocos Sur, and fled to Ilocos Norte."),
        ["Vigan", "Ilocos Sur", "Ilocos Norte"]
    );
}

#[test]
fn a_name_the_text_calls_a_village_is_a_place_wherever_it_stands_alone() {
    assert_eq!(
        surfaces(
            "Oxbury Wick is a village and civil parish. Both Fennow and Oxbury Wick grew. \
             Oxbury Wick Road is new."
        ),
        // (The road is a place of its own, by its head word.)
        ["Oxbury Wick", "Oxbury Wick", "Oxbury Wick Road"]
    );
    assert_eq!(
        surfaces("Quarby Tey, a small hamlet in the hills, lies here."),
        ["Quarby Tey"]
    );
    // The noun must end the phrase, and the run must not end a longer name.
    assert!(surfaces("Smith is a small town man.").is_empty());
    assert!(surfaces("The house in Braunau am Quell, a town on the river.").is_empty());
    assert!(surfaces("He met Sergeant Quarby Tey, a small town in name.").is_empty());
    // Nothing after the noun, or nothing at all after the name.
    assert!(surfaces("Tey is a village").is_empty());
    assert!(surfaces("Tey is").is_empty());
}

#[test]
fn a_kind_of_place_in_lower_case_after_an_unknown_name_makes_it_a_place() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Shells fell on the Qasrawi neighbourhood of Baghdad.",
            &["Qasrawi", "Baghdad"],
        ),
        ("Police searched the Al-Tamir district.", &["Al-Tamir"]),
        // Sentence-initial "Near" is the preposition.
        ("Near Tel Hamrun, one strike hit a truck.", &["Tel Hamrun"]),
        // Words the lists know are adjectives, faiths or people here, and the village of
        // "the … village of X" is X.
        ("Fighting spread across the Kurdish region.", &[]),
        ("The Catholic province and the Trump district voted.", &[]),
        ("It is kept in the Yezrani village of Badrin.", &["Badrin"]),
        (
            "Rents rose in the Shiite Muslim-dominated neighborhood.",
            &[],
        ),
        ("The Season Draws Near\nBy Pell Orrin", &[]),
    ];
    for (text, want) in cases {
        assert_eq!(&surfaces(text), want, "{text}");
    }
}

#[test]
fn a_name_ending_in_of_before_a_comma_is_no_town() {
    // The tail of a ministry's name in a list of countries is no town in the next country.
    check(&[(
        "Envoys of the Ministers of Foreign Affairs of Iran, Saudi Arabia and Qatar met.",
        &["Iran", "Saudi Arabia", "Qatar"],
    )]);
}

#[test]
fn a_small_town_named_like_a_larger_place_is_found_by_its_region_after_it() {
    check(&[
        // The name index gives "Amherst" and "Astoria" to the larger towns of New York; the
        // region after the name finds the small town of the name.
        (
            "She lives in Amherst, N.S., with a cat.",
            &[
                "Amherst, Nova Scotia, Canada",
                "Nova Scotia, Nova Scotia, Canada",
            ],
        ),
        (
            "We drove to Astoria, Oregon, last week.",
            &["Astoria, Oregon, United States", "Oregon, United States"],
        ),
        // Not in a list of great places.
        (
            "He won in Boston, New York and Berlin.",
            &[
                "Boston, Massachusetts, United States",
                "New York City, New York, United States",
                "Berlin, Berlin, Germany",
            ],
        ),
    ]);
}

/// A country's name that the names stage took for a person stays the person's after a
/// greeting, as after "Mr".
#[test]
fn a_country_a_greeting_addresses_is_a_person() {
    assert_eq!(
        names("Great post.\n\nHi Chad,\nNope.", &["Chad"]),
        Vec::<String>::new()
    );
    assert_eq!(
        names("Thanks, Chad. It works.", &["Chad"]),
        Vec::<String>::new()
    );
    assert_eq!(
        names("Aid reached Chad on Tuesday.", &["Chad"]),
        vec!["Chad"]
    );
}

#[test]
fn a_comments_signature_is_no_place() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Great post.\n\nby Copenhagen on Aug 8, 2012 10:20 PM PDT\nAgreed.",
            &[],
        ),
        ("Thanks!\n\nSofia October 28, 2012 at 11:57 pm\n\nHmm.", &[]),
        ("It works.\nIsrael\nMar 23rd, 2010 at 10:03 pm\nHeey", &[]),
        // A dash before the date, and a country's name, which a person's name keeps from the
        // places otherwise.
        (
            "Thanks!\n\nChad — July 17th, 2012, 9:02 pm\n\nHa, no worries.",
            &[],
        ),
        // A dateline has no time: the city.
        (
            "PHILADELPHIA July 24, 2012 (AP)\n\nA woman said so.",
            &["Philadelphia, Pennsylvania, United States"],
        ),
    ];
    check(cases);
}

#[test]
fn a_datelines_town_in_capitals_before_its_state() {
    let cases: &[(&str, &[&str])] = &[
        (
            "MESA, Ariz. (AP) — Officials said so.",
            &["Mesa, Arizona, United States", "Arizona, United States"],
        ),
        (
            "ST. LOUIS, Mo. (AP) — Officials said so.",
            &[
                "St. Louis, Missouri, United States",
                "Missouri, United States",
            ],
        ),
        // Two abbreviations that touch: "W.Va.", not Virginia.
        (
            "CHARLESTON, W.Va. (AP) — Officials said so.",
            &[
                "Charleston, West Virginia, United States",
                "West Virginia, United States",
            ],
        ),
        // A dateline names a city, not the state of its name.
        (
            "WASHINGTON (AP) — Lawmakers met.",
            &["Washington, District of Columbia, United States"],
        ),
        // ... whatever else its name is (Geneva is also a first name).
        (
            "GENEVA (Reuters) - The agency met.",
            &["Geneva, Geneve, Switzerland"],
        ),
        (
            "GENEVA, Aug 5 (Reuters) - The agency met.",
            &["Geneva, Geneve, Switzerland"],
        ),
        // Short capitals are an acronym unless a town of the region after them bears the name.
        ("The USI, Texas office said so.", &["Texas, United States"]),
    ];
    check(cases);
}

#[test]
fn an_unlisted_place_is_named_as_written_a_datelines_capitals_in_title_case() {
    for (surface, name) in [
        ("LAKE BUENA VISTA", "Lake Buena Vista"),
        ("Oxbury  Green", "Oxbury Green"),
        ("N.W.", "N.W."),
        ("FORT MCMURRAY", "Fort Mcmurray"),
        ("KÖPENICK", "Köpenick"),
    ] {
        assert_eq!(unlisted_name(surface), name, "{surface}");
    }
}

#[test]
fn a_line_break_ends_a_run_of_capitals() {
    let text = "1:10 PM EDT\nMarbeck Field";
    let view = TextView::new(text);
    let toks = &view.tokens;
    let pm = toks.iter().position(|t| &text[t.span().range()] == "PM");
    let marbeck = toks
        .iter()
        .position(|t| &text[t.span().range()] == "Marbeck");
    let (Some(pm), Some(marbeck)) = (pm, marbeck) else {
        panic!("tokens of {text:?}");
    };
    assert_eq!(super::chain_end(text, toks, pm, toks.len()), marbeck);
}
