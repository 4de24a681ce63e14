//! Building the lexicon from the lists under `data/`. Every file is UTF-8 text, `#` lines are
//! comments, fields are tab-separated. This runs in the build script (`build.rs` includes this
//! file), whose output the crate loads; the crate's tests run it too, to check that what is
//! loaded is what the lists say.

use crate::*;
use rustc_hash::{FxHashMap, FxHashSet};

fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    crate::table_lines(data)
}

fn fields(line: &'static str) -> impl Iterator<Item = &'static str> {
    crate::tab_fields(line).map(str::trim)
}

/// A key that lives as long as the lexicon (built once per build script or test process).
fn leak(s: &str) -> &'static str {
    Box::leak(s.into())
}

fn info<'a>(words: &'a mut FxHashMap<&'static str, WordInfo>, k: &str) -> &'a mut WordInfo {
    if words.contains_key(k) {
        return words.get_mut(k).expect("present");
    }
    words.entry(leak(k)).or_default()
}

/// Builds the lexicon from the files compiled into the binary. Single words go straight into
/// one table ([`WordInfo`] per word); only names of several words get tables of their own.
/// The highest frequency per 100k that a name of `given-names-ssa.tsv` counts with: below every
/// threshold at which a first name alone makes a person (the names stage's lowest is 10).
const SSA_GIVEN_CAP: f32 = 5.0;

/// -1 for a name women bear four times as often as men, 1 for the reverse, else 0.
fn gender_of(female: f32, male: f32) -> i8 {
    if female >= 4.0 * male {
        -1
    } else if male >= 4.0 * female {
        1
    } else {
        0
    }
}

pub(crate) fn embedded() -> Lexicon {
    use crate::word::*;
    let mut lex = Lexicon {
        words: crate::table::WordTable::Map(FxHashMap::with_capacity_and_hasher(
            280_000,
            Default::default(),
        )),
        ..Default::default()
    };
    let mut buf = String::new();
    // The census's first names at their frequency, then the names of people born since 1940
    // that the 1990 census lacks ("Jayden", "Nevaeh"), counted as rare whatever their births:
    // that list is recent and open-ended (any name given to a few hundred babies a year), so a
    // word in it is evidence for a name beside a surname, not for a person on its own.
    let given_lists = [
        (include_str!("../data/given-names.tsv"), f32::INFINITY),
        (include_str!("../data/given-names-ssa.tsv"), SSA_GIVEN_CAP),
    ];
    for (list, cap) in given_lists {
        for line in lines(list) {
            let mut f = fields(line);
            let name = f.next().unwrap_or_default();
            let female: f32 = f.next().and_then(|x| x.parse().ok()).unwrap_or(0.0);
            let male: f32 = f.next().and_then(|x| x.parse().ok()).unwrap_or(0.0);
            key_into(name, &mut buf);
            let i = info(lex.words.map_mut(), &buf);
            if i.given.is_none() {
                i.given = Some(female.max(male).min(cap));
                i.gender = gender_of(female, male);
            }
        }
    }
    // (With the name's usual gender, where it has one: "f", "m", or nothing.)
    for line in lines(include_str!("../data/given-names-intl.txt")) {
        let mut f = fields(line);
        let name = f.next().unwrap_or_default();
        key_into(name, &mut buf);
        let i = info(lex.words.map_mut(), &buf);
        if i.given.is_none() {
            i.given = Some(10.0);
            i.gender = match f.next() {
                Some("f") => -1,
                Some("m") => 1,
                _ => 0,
            };
        }
    }
    for line in lines(include_str!("../data/surnames.tsv")) {
        let mut f = fields(line);
        let name = f.next().unwrap_or_default();
        let freq: f32 = f.next().and_then(|x| x.parse().ok()).unwrap_or(0.0);
        key_into(name, &mut buf);
        info(lex.words.map_mut(), &buf).surname = Some(freq);
    }
    for name in lines(include_str!("../data/surnames-intl.txt")) {
        key_into(name, &mut buf);
        let i = info(lex.words.map_mut(), &buf);
        i.surname = i.surname.or(Some(10.0));
    }
    // (British spellings too: "neighbour", "organisation", "defence".)
    for word in lines(include_str!("../data/english-words.txt"))
        .chain(lines(include_str!("../data/english-words-british.txt")))
    {
        info(lex.words.map_mut(), word).flags |= ENGLISH;
    }
    for word in
        lines(include_str!("../data/english-capitalized.txt")).filter(|w| !crate::is_caps(w))
    {
        key_into(word, &mut buf);
        info(lex.words.map_mut(), &buf).flags |= PROPER;
    }
    // Titles in capitals ("DA", "MP", "PM", "CEO") are titles only as written: "Maria da
    // Silva" holds no district attorney.
    let mut caps_titles: Vec<&'static str> = Vec::new();
    for line in lines(include_str!("../data/person-titles.tsv")) {
        let mut f = fields(line);
        let written = f.next().unwrap_or_default();
        let title = key(written);
        let kind = match f.next().unwrap_or_default() {
            "honorific" => TitleKind::Honorific,
            "political" => TitleKind::Political,
            "military" => TitleKind::Military,
            "religious" => TitleKind::Religious,
            "royal" => TitleKind::Royal,
            "judicial" => TitleKind::Judicial,
            "professional" => TitleKind::Professional,
            _ => TitleKind::Role,
        };
        let title = title.trim_end_matches('.').to_string();
        lex.max_title_words = lex.max_title_words.max(title.split([' ', '-']).count());
        let first = title
            .split(' ')
            .next()
            .unwrap_or_default()
            .trim_end_matches('.');
        if is_acronym(written) && !written.contains(' ') {
            // (With its period and without: "D.A." and "D.A".)
            caps_titles.push(written);
            caps_titles.extend(written.strip_suffix('.'));
        } else {
            info(lex.words.map_mut(), first).flags |= TITLE_START;
            if !title.contains(' ') {
                info(lex.words.map_mut(), &title).flags |= TITLE;
            }
        }
        lex.titles.insert(leak(&title), kind);
    }
    for line in lines(include_str!("../data/org-keywords.tsv")) {
        let mut f = fields(line);
        let word = key(f.next().unwrap_or_default());
        let entry = lex
            .org_keywords
            .entry(leak(word.trim_end_matches('.')))
            .or_default();
        match f.next().unwrap_or_default() {
            "suffix" => entry.suffix = true,
            "prefix" => entry.prefix = true,
            _ => entry.head = true,
        }
    }
    // Particles that are also English words ("in", "do") would glue names to prose; only the
    // ones news prose uses inside names survive.
    // ("dos Santos", "ten Hag", "den Uyl", "de la Fuente": the lower-case word between two
    // capitalised ones, or after another particle.)
    const ENGLISH_BUT_PARTICLE: [&str; 12] = [
        "de", "van", "von", "da", "do", "dos", "di", "bin", "al", "ten", "den", "la",
    ];
    lex.particles = lines(include_str!("../data/name-particles.txt"))
        .filter_map(|l| l.split_whitespace().next())
        // (Elided ones keep their apostrophe: "d'", "dell'".)
        .filter(|p| match p.strip_suffix('\'') {
            Some(head) => !head.is_empty() && head.chars().all(char::is_alphabetic),
            None => p.chars().all(char::is_alphabetic) && p.chars().count() >= 2,
        })
        .filter(|p| {
            !lex.words.get(p).is_some_and(|i| i.is(ENGLISH)) || ENGLISH_BUT_PARTICLE.contains(p)
        })
        .filter(|p| !matches!(*p, "st" | "san" | "santa"))
        .collect();
    lex.particle_pairs = crate::particle_pairs(&lex.particles);
    for word in lines(include_str!("../data/not-names.txt")) {
        if is_acronym(word) {
            lex.not_names_caps.insert(word);
        } else {
            lex.not_names.insert(leak(&key(word)));
        }
    }
    let major_places = load_places(&mut lex);
    load_known_entities(&mut lex, &major_places);
    index_words(&mut lex, &caps_titles);
    lex
}

/// Gathers what every list says about each single word into one table, so that a recogniser
/// pays one lookup per word instead of one per list.
fn index_words(lex: &mut Lexicon, caps_titles: &[&'static str]) {
    use crate::word::*;
    let mut words = std::mem::take(lex.words.map_mut());
    for (k, kw) in &lex.org_keywords {
        let mut f = 0;
        if kw.suffix {
            f |= ORG_SUFFIX;
        }
        if kw.prefix {
            f |= ORG_PREFIX;
        }
        if kw.head {
            f |= ORG_HEAD;
        }
        info(&mut words, k).flags |= f;
        if let Some((first, _)) = k.split_once(' ') {
            info(&mut words, first).flags |= ORG_PHRASE_START;
        }
    }
    for k in &lex.particles {
        info(&mut words, k).flags |= PARTICLE;
    }
    for k in &lex.not_names {
        info(&mut words, k).flags |= NOT_NAME;
    }
    for k in lex.demonyms.keys() {
        info(&mut words, k).flags |= DEMONYM;
    }
    for (k, _) in lex.orgs_folded.iter().filter(|(k, _)| !k.contains(' ')) {
        info(&mut words, k).flags |= KNOWN_ORG;
    }
    // A known person's one-word name is theirs wherever it stands, unless it also names a
    // people ("Turk"), a country, a region or a large city ("Montenegro", "Austin", "Sadr
    // City"): those stay what the text makes of them, and join the person when the article
    // names them in full. (Words such as "Trump", "Moon" or "Cook" stay the person's: capitalised
    // in the middle of a sentence they are the name.)
    for (k, _) in lex.persons_folded.iter().filter(|(k, _)| !k.contains(' ')) {
        let info = info(&mut words, k);
        let major_place = info
            .place
            .is_some_and(|p| p.kind != PlaceKind::City || p.population >= 500_000);
        if info.flags & DEMONYM == 0 && !major_place {
            info.flags |= KNOWN_PERSON;
        }
    }
    let mut exact: FxHashMap<&'static str, WordInfo> = FxHashMap::default();
    for (k, _) in lex.orgs_exact.iter().filter(|(k, _)| !k.contains(' ')) {
        info(&mut exact, k).flags |= KNOWN_ORG;
        if k.bytes().any(|b| b.is_ascii_lowercase()) {
            info(&mut words, leak(&key(k))).flags |= MIXED_CASE_ALIAS;
        }
    }
    for k in &lex.not_names_caps {
        info(&mut exact, k).flags |= NOT_NAME;
    }
    for k in caps_titles {
        info(&mut exact, k).flags |= TITLE | TITLE_START;
    }
    for (k, &hint) in lex.places_exact.iter().filter(|(k, _)| !k.contains(' ')) {
        info(&mut exact, k).place = Some(hint);
    }
    // The first and last words (keys) of the names of several words that `Lexicon::phrase`
    // looks up, in every table it asks; every other word the table holds starts, or ends, none
    // of them.
    let mut starts: FxHashSet<String> = FxHashSet::default();
    let mut ends: FxHashSet<String> = FxHashSet::default();
    let mut first_word = |name: &str| {
        if let Some((first, _)) = name.split_once(char::is_whitespace) {
            starts.insert(key(first));
        }
        if let Some((_, last)) = name.rsplit_once(char::is_whitespace) {
            ends.insert(key(last));
        }
    };
    lex.orgs_exact.iter().for_each(|(k, _)| first_word(k));
    lex.orgs_folded.iter().for_each(|(k, _)| first_word(k));
    lex.persons_folded.iter().for_each(|(k, _)| first_word(k));
    lex.places.iter().for_each(|(k, _)| first_word(k));
    lex.places_exact.keys().for_each(|k| first_word(k));
    for (k, info) in &mut words {
        if k.contains(char::is_whitespace) {
            continue;
        }
        if !starts.contains(*k) {
            info.flags |= STARTS_NO_NAME;
        }
        if !ends.contains(*k) {
            info.flags |= ENDS_NO_NAME;
        }
    }
    lex.words = crate::table::WordTable::Map(words);
    lex.words_exact = exact;
}

/// `canonical<TAB>aliases (;-separated)<TAB>note` lines: each entity with all its names.
fn known(data: &'static str) -> impl Iterator<Item = (KnownEntity, Vec<&'static str>)> {
    lines(data).map(|line| {
        let mut f = fields(line);
        let canonical = f.next().unwrap_or_default();
        let mut names: Vec<&str> = vec![canonical];
        names.extend(f.next().unwrap_or_default().split(';').map(str::trim));
        names.retain(|n| !n.is_empty());
        let note = f.next().unwrap_or_default();
        (KnownEntity { canonical, note }, names)
    })
}

/// The project's known organisations and persons. A one-word alias that is the name of a
/// country, a region or a city of 50,000 people or more ("Liverpool" for the football club) is
/// left out: there the place reading is the safer one. An alternate name does not count ("Google"
/// is one of Topeka's), nor does a village. A firm's or a newspaper's name that only cities bear
/// stays the firm's: the news names "Toyota", "Hitachi" and "Carrefour" for the companies far
/// more often than for the towns (which the places stage still finds before their region:
/// "Toyota, Aichi").
fn load_known_entities(lex: &mut Lexicon, major_places: &FxHashMap<String, bool>) {
    for (entity, names) in known(include_str!("../data/known-organizations.tsv")) {
        let i = lex.orgs.len() as u32;
        for name in names {
            if is_acronym(name) {
                lex.orgs_exact.map_mut().entry(name.into()).or_insert(i);
                // An acronym read as a word is often written as one: "Nasa", "Unesco", "Fifa"
                // (not when that word is a word, a name, a place or never a name: "Care", "Rand",
                // "Woah").
                if name.len() >= 4 && name.bytes().all(|b| b.is_ascii_uppercase()) {
                    let k = name.to_ascii_lowercase();
                    let taken = lex.words.map_mut().get(k.as_str()).is_some_and(|w| {
                        w.flags & crate::word::ENGLISH != 0
                            || w.surname.is_some()
                            || w.given.is_some()
                            || w.place.is_some()
                    }) || lex.not_names.contains(k.as_str());
                    if !taken {
                        lex.orgs_folded.map_mut().entry(k.into()).or_insert(i);
                    }
                }
                continue;
            }
            let k = key(name);
            let firm = matches!(entity.note, "company" | "media");
            let place = !k.contains(' ')
                && major_places
                    .get(&k)
                    .is_some_and(|&region_or_country| region_or_country || !firm);
            // An abbreviation in mixed case is itself only as written: "LeT", "MoD" are not the
            // words "let", "mod" (folded lookups would take every "Let …" for the group), nor is
            // "CoE" (the Council of Europe) the surname "Coe".
            let mixed_case = !k.contains(' ')
                && name.chars().skip(1).any(char::is_uppercase)
                && lex.words.map_mut().get(k.as_str()).is_some_and(|w| {
                    w.flags & crate::word::ENGLISH != 0 || w.surname.is_some() || w.given.is_some()
                });
            if mixed_case {
                lex.orgs_exact.map_mut().entry(name.into()).or_insert(i);
            } else if !place {
                // A name that goes on past a word in lower case, a bracket, a comma or a plural's
                // apostrophe ("Centers for Disease Control and Prevention", "University of
                // California, Berkeley", "Kurdistan Workers' Party"): the words before each such
                // break are noted as an opening, for a name finder that stops there
                // ([`Lexicon::opens_known_org`]).
                let words: Vec<&str> = name.split(' ').collect();
                for n in 1..words.len() {
                    let before = words[n - 1];
                    // (A bracket too: "Janata Dal (United)".)
                    let opening =
                        if words[n].starts_with(char::is_lowercase) || words[n].starts_with('(') {
                            Some(words[..n].join(" "))
                        } else {
                            before
                                .strip_suffix([',', '\'', '\u{2019}'])
                                .filter(|w| !w.is_empty())
                                .map(|w| {
                                    let mut opening = words[..n - 1].to_vec();
                                    opening.push(w);
                                    opening.join(" ")
                                })
                        };
                    if let Some(opening) = opening {
                        let opening = format!("{}{}", key(&opening), crate::OPENING);
                        lex.orgs_folded.map_mut().entry(opening.into()).or_insert(i);
                    }
                }
                lex.orgs_folded.map_mut().entry(k.into()).or_insert(i);
            }
        }
        lex.orgs.push(entity);
    }
    for (entity, names) in known(include_str!("../data/known-persons.tsv")) {
        let i = lex.persons.len() as u32;
        for name in names {
            lex.persons_folded
                .map_mut()
                .entry(key(name).into())
                .or_insert(i);
        }
        lex.persons.push(entity);
    }
}

/// Place names from the gazetteer: every name a place may be written with, with the kind and
/// population of the largest place of that name (a US state counts as 999,999 people).
///
/// Returns the folded main names (not alternate names) of the countries, regions and cities of
/// 50,000 people or more, each with whether a country, a region or a continent bears it.
fn load_places(lex: &mut Lexicon) -> FxHashMap<String, bool> {
    let mut by_id: FxHashMap<&str, (PlaceHint, &str, &str)> = FxHashMap::default();
    // The US states, whose names win over any town's but a great city's ("Virginia", not the
    // South African town of 120,000; "Arizona"): GeoNames gives regions no population, so the
    // largest place of a name would otherwise always be a town.
    let mut us_states: FxHashSet<&str> = FxHashSet::default();
    let mut major: FxHashMap<String, bool> = FxHashMap::default();
    for line in lines(include_str!("../data/gazetteer/places.tsv")).skip(1) {
        let mut f = crate::tab_fields(line);
        let (Some(id), Some(kind), Some(name), Some(ascii_name), Some(country)) =
            (f.next(), f.next(), f.next(), f.next(), f.next())
        else {
            continue;
        };
        let Some(population) = f.nth(5) else {
            continue;
        };
        let kind = match kind {
            "continent" => PlaceKind::Continent,
            "country" => PlaceKind::Country,
            "adm1" => PlaceKind::Region,
            _ => PlaceKind::City,
        };
        if kind == PlaceKind::Region && country == "US" {
            us_states.insert(id);
        }
        let population = population.parse().unwrap_or(0);
        by_id.insert(id, (PlaceHint { kind, population }, name, ascii_name));
        if kind != PlaceKind::City || population >= 50_000 {
            for name in [name, ascii_name] {
                *major.entry(key(name)).or_default() |= kind != PlaceKind::City;
            }
        }
    }
    let mut buf = String::new();
    let mut add = |name: &str, hint: PlaceHint| {
        let entry = if is_acronym(name) {
            lex.places_exact.entry(leak(name)).or_insert(hint)
        } else {
            key_into(name, &mut buf);
            if buf.contains(' ') {
                info(lex.places.map_mut(), &buf).place.get_or_insert(hint)
            } else {
                info(lex.words.map_mut(), &buf).place.get_or_insert(hint)
            }
        };
        if hint.population > entry.population {
            *entry = hint;
        }
    };
    for line in lines(include_str!("../data/gazetteer/names.tsv")).skip(1) {
        let mut f = fields(line);
        let (Some(name), Some(id)) = (f.next(), f.next()) else {
            continue;
        };
        if let Some(&(hint, own, own_ascii)) = by_id.get(id) {
            // (A great city's other names make no great city: "Cham", Damascus in French, is
            // the surname of "Jorge Cham".)
            let other_name = hint.kind == PlaceKind::City && name != own && name != own_ascii;
            let hint = if us_states.contains(id) {
                PlaceHint {
                    population: 999_999,
                    ..hint
                }
            } else if other_name {
                PlaceHint {
                    population: hint.population.min(999_999),
                    ..hint
                }
            } else {
                hint
            };
            add(name, hint);
        }
    }
    for line in lines(include_str!("../data/gazetteer/continents-regions.tsv")).skip(1) {
        let f: Vec<&str> = crate::tab_fields(line).collect();
        // (Lines end at their last non-empty field: a row without country, aliases and note
        // has four.)
        if f.len() < 4 {
            continue;
        }
        let kind = if f[1] == "continent" {
            PlaceKind::Continent
        } else {
            PlaceKind::Region
        };
        let hint = PlaceHint {
            kind,
            population: 0,
        };
        add(f[0], hint);
        for alias in f.get(5).unwrap_or(&"").split('|').filter(|a| !a.is_empty()) {
            add(alias, hint);
        }
    }
    for line in lines(include_str!("../data/gazetteer/demonyms.tsv")).skip(1) {
        let mut f = fields(line);
        let (Some(demonym), Some(country)) = (f.next(), f.next()) else {
            continue;
        };
        lex.demonyms.entry(leak(&key(demonym))).or_insert(country);
    }
    major
}
