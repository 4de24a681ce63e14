//! Parsing the embedded lists. Every file is UTF-8 text, `#` lines are comments, fields are
//! tab-separated; a malformed line is a build-time bug, caught by the tests that load everything.

use crate::*;
use std::borrow::Cow;

fn lines(data: &str) -> impl Iterator<Item = &str> {
    crate::table_lines(data)
}

fn fields(line: &str) -> impl Iterator<Item = &str> {
    crate::tab_fields(line).map(str::trim)
}

type Words = FxHashMap<Cow<'static, str>, WordInfo>;

/// The entry of key `k`, made if new (the key is copied then).
fn info<'a>(words: &'a mut Words, k: &str) -> &'a mut WordInfo {
    if words.contains_key(k) {
        return words.get_mut(k).expect("present");
    }
    words.entry(Cow::Owned(k.to_string())).or_default()
}

/// The same for a key that is already folded text of an embedded table: no copy.
fn info_static<'a>(words: &'a mut Words, k: &'static str) -> &'a mut WordInfo {
    words.entry(Cow::Borrowed(k)).or_default()
}

/// Builds the lexicon from the files compiled into the binary. Single words go straight into
/// one table ([`WordInfo`] per word); only names of several words get tables of their own.
pub(crate) fn embedded() -> Lexicon {
    use crate::word::*;
    let mut lex = Lexicon {
        words: FxHashMap::with_capacity_and_hasher(280_000, Default::default()),
        ..Default::default()
    };
    let mut buf = String::new();
    for line in lines(include_str!("../data/given-names.tsv")) {
        let mut f = fields(line);
        let name = f.next().unwrap_or_default();
        let female: f32 = f.next().and_then(|x| x.parse().ok()).unwrap_or(0.0);
        let male: f32 = f.next().and_then(|x| x.parse().ok()).unwrap_or(0.0);
        key_into(name, &mut buf);
        info(&mut lex.words, &buf).given = Some(female.max(male));
    }
    for name in lines(include_str!("../data/given-names-intl.txt")) {
        key_into(name, &mut buf);
        let i = info(&mut lex.words, &buf);
        i.given = i.given.or(Some(10.0));
    }
    for line in lines(include_str!("../data/surnames.tsv")) {
        let mut f = fields(line);
        let name = f.next().unwrap_or_default();
        let freq: f32 = f.next().and_then(|x| x.parse().ok()).unwrap_or(0.0);
        key_into(name, &mut buf);
        info(&mut lex.words, &buf).surname = Some(freq);
    }
    for name in lines(include_str!("../data/surnames-intl.txt")) {
        key_into(name, &mut buf);
        let i = info(&mut lex.words, &buf);
        i.surname = i.surname.or(Some(10.0));
    }
    for word in lines(include_str!("../data/english-words.txt")) {
        info_static(&mut lex.words, word).flags |= ENGLISH;
    }
    for word in
        lines(include_str!("../data/english-capitalized.txt")).filter(|w| !crate::is_caps(w))
    {
        key_into(word, &mut buf);
        info(&mut lex.words, &buf).flags |= PROPER;
    }
    for line in lines(include_str!("../data/person-titles.tsv")) {
        let mut f = fields(line);
        let title = key(f.next().unwrap_or_default());
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
        info(&mut lex.words, first).flags |= TITLE_START;
        if !title.contains(' ') {
            info(&mut lex.words, &title).flags |= TITLE;
        }
        lex.titles.insert(title, kind);
    }
    for line in lines(include_str!("../data/org-keywords.tsv")) {
        let mut f = fields(line);
        let word = key(f.next().unwrap_or_default())
            .trim_end_matches('.')
            .to_string();
        let entry = lex.org_keywords.entry(word).or_default();
        match f.next().unwrap_or_default() {
            "suffix" => entry.suffix = true,
            "prefix" => entry.prefix = true,
            _ => entry.head = true,
        }
    }
    // Particles that are also English words ("in", "do") would glue names to prose; only the
    // ones news prose uses inside names survive.
    const ENGLISH_BUT_PARTICLE: [&str; 8] = ["de", "van", "von", "da", "do", "di", "bin", "al"];
    lex.particles = lines(include_str!("../data/name-particles.txt"))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|p| p.chars().all(char::is_alphabetic) && p.chars().count() >= 2)
        .filter(|p| {
            !lex.words.get(*p).is_some_and(|i| i.is(ENGLISH)) || ENGLISH_BUT_PARTICLE.contains(p)
        })
        .filter(|p| !matches!(*p, "st" | "san" | "santa"))
        .map(str::to_string)
        .collect();
    for word in lines(include_str!("../data/not-names.txt")) {
        if is_acronym(word) {
            lex.not_names_caps.insert(word.to_string());
        } else {
            lex.not_names.insert(key(word));
        }
    }
    load_places(&mut lex);
    load_known_entities(&mut lex);
    index_words(&mut lex);
    lex
}

/// Gathers what every list says about each single word into one table, so that a recogniser
/// pays one lookup per word instead of one per list.
fn index_words(lex: &mut Lexicon) {
    use crate::word::*;
    let mut words = std::mem::take(&mut lex.words);
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
    for k in lex.orgs_folded.keys().filter(|k| !k.contains(' ')) {
        info(&mut words, k).flags |= KNOWN_ORG;
    }
    for k in lex.persons_folded.keys().filter(|k| !k.contains(' ')) {
        info(&mut words, k).flags |= KNOWN_PERSON;
    }
    let mut exact: Words = FxHashMap::default();
    for k in lex.orgs_exact.keys().filter(|k| !k.contains(' ')) {
        info(&mut exact, k).flags |= KNOWN_ORG;
    }
    for k in &lex.not_names_caps {
        info(&mut exact, k).flags |= NOT_NAME;
    }
    for (k, &hint) in lex.places_exact.iter().filter(|(k, _)| !k.contains(' ')) {
        info(&mut exact, k).place = Some(hint);
    }
    lex.words = words;
    lex.words_exact = exact;
}

/// `canonical<TAB>aliases (;-separated)<TAB>note` lines: each entity with all its names.
fn known(data: &str) -> impl Iterator<Item = (KnownEntity, Vec<&str>)> {
    lines(data).map(|line| {
        let mut f = fields(line);
        let canonical = f.next().unwrap_or_default();
        let mut names: Vec<&str> = vec![canonical];
        names.extend(f.next().unwrap_or_default().split(';').map(str::trim));
        names.retain(|n| !n.is_empty());
        let note = f.next().unwrap_or_default().to_string();
        (
            KnownEntity {
                canonical: canonical.to_string(),
                note,
            },
            names,
        )
    })
}

/// The project's known organisations and persons. A one-word alias that is also a place
/// ("Liverpool" for the football club) is left out: the place reading is the safer one.
fn load_known_entities(lex: &mut Lexicon) {
    for (entity, names) in known(include_str!("../data/known-organizations.tsv")) {
        let i = lex.orgs.len();
        for name in names {
            if is_acronym(name) {
                lex.orgs_exact.entry(name.to_string()).or_insert(i);
                continue;
            }
            let k = key(name);
            let place =
                !k.contains(' ') && lex.words.get(k.as_str()).is_some_and(|w| w.place.is_some());
            if !place {
                lex.orgs_folded.entry(k).or_insert(i);
            }
        }
        lex.orgs.push(entity);
    }
    for (entity, names) in known(include_str!("../data/known-persons.tsv")) {
        let i = lex.persons.len();
        for name in names {
            lex.persons_folded.entry(key(name)).or_insert(i);
        }
        lex.persons.push(entity);
    }
}

/// Place names from the gazetteer: every name a place may be written with, with the kind and
/// population of the largest place of that name (computed by `build.rs`).
fn load_places(lex: &mut Lexicon) {
    let hints: &'static str = include_str!(concat!(env!("OUT_DIR"), "/place-hints.tsv"));
    for line in lines(hints) {
        let mut f = crate::tab_fields(line);
        let (Some(scope), Some(key), Some(kind), Some(population)) =
            (f.next(), f.next(), f.next(), f.next())
        else {
            continue;
        };
        let kind = match kind {
            "continent" => PlaceKind::Continent,
            "country" => PlaceKind::Country,
            "region" => PlaceKind::Region,
            _ => PlaceKind::City,
        };
        let hint = PlaceHint {
            kind,
            population: population.parse().unwrap_or(0),
        };
        match scope {
            "x" => {
                lex.places_exact.insert(key.to_string(), hint);
            }
            "m" => {
                lex.places.insert(key.to_string(), hint);
            }
            _ => info_static(&mut lex.words, key).place = Some(hint),
        }
    }
    for line in lines(include_str!("../data/gazetteer/demonyms.tsv")).skip(1) {
        let mut f = fields(line);
        let (Some(demonym), Some(country)) = (f.next(), f.next()) else {
            continue;
        };
        lex.demonyms
            .entry(key(demonym))
            .or_insert_with(|| country.to_string());
    }
}
