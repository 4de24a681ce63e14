//! Typing a candidate name from evidence that generalises: the project's lists, the name's
//! shape and its context. Single words that only the rest of the article can type stay
//! `Unresolved` for [`crate::resolve`].

use crate::runs::{ORG_WORD, Tokens, is_common_word, is_major_place};
use crate::{Class, Segment};
use lexicon::word;
use text::{Shape, TokenKind};

/// Verbs of saying right after a name: people say things far more often than they are places.
/// (A `matches!` rather than a list: it compiles to a switch on the length, asked after
/// every candidate name.)
fn is_speech_verb(word: &[u8]) -> bool {
    matches!(
        word,
        b"said"
            | b"says"
            | b"told"
            | b"added"
            | b"stated"
            | b"explained"
            | b"wrote"
            | b"argued"
            | b"warned"
            | b"noted"
            | b"insisted"
            | b"recalled"
            | b"tweeted"
            | b"admitted"
            | b"observed"
            | b"replied"
            | b"responded"
            | b"asked"
            | b"answered"
            | b"recounted"
            | b"believes"
            | b"thinks"
            | b"thought"
            | b"joked"
            | b"laughed"
            | b"smiled"
            | b"shrugged"
            | b"testified"
            | b"acknowledged"
            | b"conceded"
            | b"remarked"
            | b"continued"
    )
}

pub(crate) fn classify<'a>(t: &Tokens<'a>, seg: &Segment<'a>) -> Class {
    match class_of(t, seg) {
        // A person's name holds no pronoun or preposition, though a sentence in title case
        // does: "Thank You Brother Andrew For Sharing Your Knowledge With The World"; nor a
        // number, though a product's may: "the Xbox One X.".
        Class::Person
            if seg.tokens.len() >= 3
                && (seg.tokens.start + 1..seg.tokens.end)
                    .any(|i| is_title_case_function_word(t.bytes(i))) =>
        {
            Class::Other
        }
        // A question in title case is a heading or a title: "How It Works", "WHAT WORKS".
        Class::Organization
            if seg.tokens.len() >= 2
                && matches!(
                    t.bytes(seg.tokens.start),
                    b"How" | b"HOW" | b"What" | b"WHAT" | b"Why" | b"WHY"
                ) =>
        {
            Class::Other
        }
        // A city before its region is the town, not a club: "Chesapeake City, MD".
        Class::Organization
            if seg.tokens.len() >= 2
                && t.bytes(seg.tokens.end - 1) == b"City"
                && before_a_place(t, seg.tokens.end) =>
        {
            Class::Other
        }
        // A legislator's seat is a place: "Liberal MLA for Miramichi Bay-Neguac", "the MP for
        // Hackney North".
        Class::Person
            if crate::runs::title_to_before(t, seg.tokens.start).is_some_and(|title| {
                t.bytes(title + 1) == b"for"
                    && t.lex.title(t.str(title)) == Some(lexicon::TitleKind::Political)
            }) =>
        {
            Class::Other
        }
        // A name listed before a kind of division is a place: "Kalamazoo and Van Buren
        // counties", "Van Buren county".
        Class::Person if before_division(t, seg.tokens.end) => Class::Other,
        // A name that fills a quotation is a title: "“Long Train Running,” “China Grove”".
        Class::Person if fills_quotation(t, seg.tokens.clone()) => Class::Other,
        // Two persons' names joined by a hyphen are no one's ("the Peyton Manning-Brandon
        // Stokley connection"), nor a name with a lower-case compound ("Day-by-day Schiff").
        Class::Person if joins_by_hyphen(t, seg.tokens.clone()) => Class::Other,
        // No person's name holds a possessive: "St. Patrick's Day", "New Year's Eve", "the
        // Queen's English".
        Class::Person
            if (seg.tokens.start..seg.tokens.end - 1).any(|i| t.possessive_len(i) > 0) =>
        {
            Class::Other
        }
        class => class,
    }
}

/// Does a token of `toks` before the last join a surname to a first name by a hyphen
/// ("Manning-Brandon"), or hold a lower-case word or a participle after a hyphen that is no
/// particle nor first name ("Day-by-day", "Pan-Fried"; not "al-Sistani", "Marie-christine",
/// "El-Hassan")?
fn joins_by_hyphen(t: &Tokens, toks: std::ops::Range<usize>) -> bool {
    let lex = t.lex;
    (toks.start..toks.end - 1).any(|i| {
        let word = t.word(i);
        let Some((head, tail)) = word.split_once('-') else {
            return false;
        };
        // (Nor a participle of the dictionary, capitalised in a title: "Pan-Fried Polenta".)
        let lower_part = word.split('-').skip(1).any(|p| {
            let info = lex.word(p);
            (p.starts_with(|c: char| c.is_lowercase())
                || p.len() > 3 && p.ends_with("ed") && info.is(word::ENGLISH))
                && !info.is(word::PARTICLE)
                && info.given.is_none()
        });
        let two_names = i > toks.start
            && !tail.contains('-')
            && lex.word(tail).given.is_some()
            && lex.word(head).given.is_none()
            && !lex.word(head).is(word::PARTICLE)
            && head.starts_with(|c: char| c.is_uppercase());
        lower_part || two_names
    })
}

/// Do tokens `toks` fill a quotation, with only a comma or a full stop before its closing
/// mark: "“China Grove,”"?
fn fills_quotation(t: &Tokens, toks: std::ops::Range<usize>) -> bool {
    let touching = |a: usize, b: usize| t.toks[a].span().end == t.toks[b].span().start;
    let (first, last) = (toks.start, toks.end - 1);
    let opened = first > 0 && matches!(t.str(first - 1), "“" | "\"") && touching(first - 1, first);
    let closes =
        |k: usize| k < t.toks.len() && matches!(t.str(k), "”" | "\"") && touching(k - 1, k);
    opened
        && (closes(last + 1)
            || last + 2 < t.toks.len()
                && matches!(t.str(last + 1), "," | ".")
                && touching(last, last + 1)
                && closes(last + 2))
}

/// Do the tokens from `end` on list more capitalised names (with commas, "and", "or") up to a
/// lower-case kind of division: "… and Van Buren counties"?
fn before_division(t: &Tokens, end: usize) -> bool {
    for k in end..t.toks.len().min(end + 24) {
        if k > end && !t.same_line(k - 1) {
            return false;
        }
        match t.bytes(k) {
            b"," | b"and" | b"or" => continue,
            b"county" | b"counties" | b"province" | b"provinces" | b"district" | b"districts"
            | b"township" | b"townships" | b"parish" | b"parishes" => return true,
            _ if t.is_cap(k) => continue,
            _ => return false,
        }
    }
    false
}

/// Pronouns, prepositions and numbers as a title-case sentence or a product's name writes
/// them.
fn is_title_case_function_word(word: &[u8]) -> bool {
    matches!(
        word,
        b"For"
            | b"With"
            | b"From"
            | b"Into"
            | b"About"
            | b"You"
            | b"Your"
            | b"My"
            | b"Our"
            | b"One"
            | b"Two"
            | b"Three"
    )
}

fn class_of<'a>(t: &Tokens<'a>, seg: &Segment<'a>) -> Class {
    let lex = t.lex;
    let toks = seg.tokens.clone();
    let n = toks.len();
    let (first, last) = (toks.start, toks.end - 1);
    // The surname before a generation: "Keating" in "Charles H. Keating IV".
    let generation = n > 2 && is_generation(t.str(last));
    let last = if generation { last - 1 } else { last };
    let phrase = &*seg.surface;

    // What the lists say about the whole name: one word from the token's info, several from
    // the phrase tables.
    let (known_person, known_org, place) = if n == 1 {
        let info = t.info(first);
        (
            info.is(word::KNOWN_PERSON),
            info.is(word::KNOWN_ORG),
            info.place,
        )
    } else {
        // A surface as written shares the lookup its run made ([`Tokens::phrase`]).
        let p = match seg.surface {
            std::borrow::Cow::Borrowed(written) => t.phrase(toks.clone(), written),
            std::borrow::Cow::Owned(_) => lex.phrase(phrase),
        };
        (p.known_person.is_some(), p.known_org.is_some(), p.place)
    };
    // A title the lists know with its article: "at The New Yorker", "The Hill's request" (a
    // capital inside a sentence), and after "the" a name of several words that is no place or
    // people: "the New Yorker review" (not a New Yorker; not "across the Atlantic", "the Left",
    // "the Hindu festival").
    let after_the = !known_org
        && !known_person
        && first > 0
        && match t.bytes(first - 1) {
            b"The" => t.same_line(first - 1) && mid_sentence(t, first - 1),
            b"the" => {
                n > 1 && t.same_line(first - 1) && place.is_none() && lex.demonym(phrase).is_none()
            }
            _ => false,
        };
    let known_org =
        known_org || after_the && lex.phrase(&format!("the {phrase}")).known_org.is_some();
    // "Mr Key", "Mrs May", "Ms Bishop": an honorific before a word names a person, whatever
    // else the word may be.
    if n == 1 && seg.role.as_deref().is_some_and(is_honorific) && looks_like_surname(t, first) {
        return Class::Person;
    }
    if n == 1 && t.is(first, word::NOT_NAME) {
        return Class::Drop;
    }
    // A broadcaster's call sign with its band: "KCCI-TV", "WTOP-FM", "2GB-AM".
    if n == 1 && is_call_sign(t.word_bytes(first)) {
        return Class::Organization;
    }
    // Places named together in one word, "Russia-Ukraine", "US-China": the places stage
    // finds each.
    if n == 1 && places_joined(t, first) {
        return Class::Place;
    }
    // A town before its state or province: "in Prescott, Arizona", "GARY, Ind. (AP)", "Lee's
    // Summit, Missouri" — whatever else its words may be (a surname, a first name).
    if n <= 2
        && seg.role.is_none()
        && before_its_region(t, toks.end)
        && may_name_a_town(t, toks.clone())
    {
        return Class::Place;
    }
    // A region's code in capitals after its town is the region, whatever else it abbreviates:
    // "Coatesville, PA" is Pennsylvania, not the Palestinian Authority.
    if n == 1
        && t.toks[first].shape.contains(Shape::ALL_CAPS)
        && place.is_some_and(|p| p.kind == lexicon::PlaceKind::Region)
        && after_its_town(t, first)
    {
        return Class::Place;
    }
    // A wire story's slug, words of the dictionary in capitals opening a line before a dash:
    // "RUGBY UNION - WALES NAME …", "SOCCER - RESULTS" (a name the lists know stays one: "NATO
    // - …").
    if is_slug(t, toks.clone()) && !known_org && !known_person {
        return Class::Drop;
    }
    // An acronym the lists do not know, counted as a thing at the end of its phrase after "a"
    // or "an", names a kind, not a body: "destroyed a VBIED, a bulldozer", "a VBIED and a UAV",
    // "I'm not an XXL." (not "a UN agency", a modifier; nor "a FBI Agent").
    if n == 1
        && !known_org
        && t.toks[first].shape.contains(Shape::ALL_CAPS)
        && first > 0
        && matches!(t.bytes(first - 1), b"a" | b"an")
        && (toks.end >= t.toks.len()
            || matches!(t.bytes(toks.end), b"," | b"." | b";" | b":" | b")")
            || t.bytes(toks.end) == b"and"
                && toks.end + 1 < t.toks.len()
                && matches!(t.bytes(toks.end + 1), b"a" | b"an"))
    {
        return Class::Other;
    }
    // A month or weekday in capitals ("JULY", "MONDAY") names nothing either.
    if n == 1
        && t.toks[first].shape.contains(Shape::ALL_CAPS)
        && is_date_in_capitals(t.bytes(first))
    {
        return Class::Drop;
    }
    // A month's abbreviation ("Nov.", "Sept."), and times of day and their zones ("AM EDT",
    // "PM GMT"), name nothing.
    let month_abbreviation = || {
        n == 1
            && t.toks[first].kind == TokenKind::Abbreviation
            && crate::runs::is_month_abbreviation(t.bytes(first))
    };
    if month_abbreviation() || toks.clone().all(|i| is_time_word(t.bytes(i))) {
        return Class::Drop;
    }
    // Another language's rendering of the name before it, "(Arabic: … Jabāl Hamrīn, Kurdish:
    // Çiyayê Hemrîn or Çiyayên Hemrîn)", "(Kitêba Cilwe in Kurdish)", is no one's name of its
    // own.
    if is_rendering(t, first, last) {
        return Class::Other;
    }
    // Dictionary words shouted in capitals: "READ MORE", "MINIMUM FARE" (not what the lists
    // know, "WHITE HOUSE", "UNITED NATIONS", nor what ends like an organisation, "THE
    // ASSOCIATED PRESS"; a first name or a place keeps it).
    if n >= 2
        && !known_org
        && !known_person
        && place.is_none()
        && !t.is(last, word::ORG_SUFFIX)
        && !known_after_the(t, toks.clone())
        && toks.clone().all(|i| {
            let info = t.info(i);
            // (A word of the dictionary that only small towns bear counts as a word: "READ
            // MORE", "SO MUCH FUN", "OUT OF THIS WORLD".)
            t.toks[i].shape.contains(Shape::ALL_CAPS)
                && info.is(word::ENGLISH)
                && info.given.is_none_or(|per_100k| per_100k < 20.0)
                && !crate::runs::is_major_place(info.place)
        })
    {
        return Class::Drop;
    }
    // A people of several words: "Puerto Ricans", "New Zealanders" — and "Sri Lankans", whose
    // first word the runs took for an honorific.
    if n <= 2
        && !known_org
        && (n == 2 && lex.demonym(phrase).is_some()
            || seg
                .role
                .as_deref()
                .is_some_and(|r| lex.demonym(&format!("{r} {phrase}")).is_some()))
    {
        return Class::Nationality;
    }
    // A people qualified by a word before it: "Asian American", "African Americans", "Cherokee
    // Indian", "Transgender American" (not a first name and a surname that is also one: "Bill
    // English").
    let people_last = |i: usize| {
        is_group_word(t, i)
            || t.word(i)
                .strip_suffix('s')
                .is_some_and(|one| lex.word(one).is(word::DEMONYM))
    };
    if (2..=3).contains(&n)
        && !known_person
        && !known_org
        && t.info(first).given.is_none()
        && people_last(last)
    {
        return Class::Nationality;
    }
    // A place's name of several words with "-ers" is its people: "Hong Kongers", "New
    // Zealanders".
    if (2..=4).contains(&n)
        && !known_person
        && !known_org
        && crate::runs::raw(t, toks.clone())
            .strip_suffix("ers")
            .is_some_and(|place| t.phrase(toks.clone(), place).place.is_some())
    {
        return Class::Nationality;
    }
    // A first name, a middle initial and a surname are a person's even when the surname is
    // also an organisation's word: "Robert K. Steel", "Mary J. Church" (not "John F. Kennedy
    // Center", a longer name).
    if n == 3
        && !known_org
        && t.info(first).given.is_some()
        && t.toks[first + 1].kind == TokenKind::Abbreviation
        && t.bytes(first + 1).len() == 2
        && t.info(last).surname.is_some()
    {
        return Class::Person;
    }
    // A comment's byline names its writer: "Bobby Says:", "Mary Jane Wrote:" (a first name
    // first).
    if n <= 3
        && !known_org
        && t.info(first).given.is_some()
        && (crate::runs::signs_comment(t, toks.end) || heads_comment(t, first, toks.end))
    {
        return Class::Person;
    }
    // A faith's name: "Islam's holiest site" (also a given name: "Islam Makhachev").
    // A stock market's index is no person or body: "Hong Kong's Hang Seng rose 0.3 per cent".
    if is_market_index(phrase) {
        return Class::Other;
    }
    if n == 1 && is_religion(t, first) {
        return Class::Other;
    }
    // (A known person's one-word short form that is also a dictionary word, "Moon", "Park",
    // "Rice", is doubtful after "the" or a possessive ("the Moon", "Queen's Park") and at a
    // sentence's start ("Cook the onions"), and so is one of two capitals ("MA"): there it
    // must say something.)
    let doubtful_short_form = || {
        let shape = t.toks[first].shape;
        // ("the Trump administration", "the Moon government": a person's name before what
        // a person leads or has; not "the Moon quickly", "the Moon rose".)
        let before_noun = toks.end < t.toks.len()
            && t.same_line(toks.end - 1)
            && is_personal_noun(t.bytes(toks.end));
        // (Or the last word of a title-case phrase: "Coastal Credit Union Music Park".)
        let after_the_or_possessive = first > 0
            && (matches!(t.bytes(first - 1), b"the" | b"The" | b"a" | b"an") && !before_noun
                || t.possessive_len(first - 1) > 0
                || t.same_line(first - 1)
                    && t.is_cap(first - 1)
                    && t.toks[first - 1].span().len() > 1
                    && crate::runs::is_common_word(t, first - 1));
        let common_first_name = t.info(first).given.is_some_and(|per_100k| per_100k >= 20.0);
        shape.contains(Shape::ALL_CAPS) && t.bytes(first).len() <= 2
            || t.is(first, word::ENGLISH)
                && !common_first_name
                && (after_the_or_possessive || seg.sentence_initial)
    };
    if known_person
        && (n > 1
            || !doubtful_short_form()
            || said_after(t, toks.end)
            || said_before(t, first)
            || person_context(t, toks.end))
    {
        return Class::Person;
    }
    // A known organisation's one word that is a dictionary word the dictionary does not write
    // with a capital ("Time", "Total", "Target"; not "Google", "Democrats") is doubtful
    // opening a sentence ("Time will tell": the article must name it elsewhere mid-sentence, or
    // it speaks), and inside a title's capitals or as a label, unless it speaks, a body's
    // context surrounds it or it is listed with organisations: "Any Time You Visit", "Prep
    // Time: 2 Hours", "One Duck at a Time", "Total Indexed Pages".
    let lone_opening_word = || {
        let common_word = n == 1
            && t.is(first, word::ENGLISH)
            && !t.is(first, word::PROPER)
            && !t.toks[first].shape.contains(Shape::ALL_CAPS);
        if !common_word {
            return false;
        }
        if said_after(t, toks.end) || said_before(t, first) {
            return false;
        }
        // (Before an office and its holder it is the body: "Labour lawmaker Margaret Hodge".)
        if seg.sentence_initial {
            let office_after = toks.end + 1 < t.toks.len()
                && lower_case_title_before(t, toks.end + 1)
                && t.is_cap(toks.end + 1);
            return !elsewhere_mid_sentence(t, first) && !office_after;
        }
        let next = toks.end < t.toks.len() && t.same_line(toks.end - 1);
        let lower_after = next && t.toks[toks.end].shape.contains(Shape::LOWER_START);
        // (Not "The Liberals won", "May's Greens"; "an Adobe document" is the firm's.)
        let title_before = first > 0
            && t.same_line(first - 1)
            && (t.toks[first - 1].shape.contains(Shape::CAPITALIZED)
                && t.is(first - 1, word::ENGLISH)
                && !matches!(t.bytes(first - 1), b"The")
                && t.possessive_len(first - 1) == 0
                || matches!(t.bytes(first - 1), b"a" | b"an") && !lower_after);
        let title_after = next
            && (t.bytes(toks.end) == b":"
                || t.toks[toks.end].shape.contains(Shape::CAPITALIZED)
                    && t.is(toks.end, word::ENGLISH)
                    && !t.is(toks.end, word::ORG_SUFFIX));
        (title_before || title_after)
            && !org_context(t, toks.clone())
            && !listed_with_organisation(t, first)
    };
    if known_org && !lone_opening_word() {
        return Class::Organization;
    }
    // The kind of the longest title that ends the role ("Foreign Minister" of "Russian Foreign
    // Minister"). A role is a surface, its words one space apart: the title after each word
    // start is a slice of it, no copy.
    let role_kind = seg.role.as_deref().and_then(|r| {
        if crate::runs::is_plain(r) && !r.starts_with(' ') && !r.ends_with(' ') {
            let starts = r.match_indices(' ').map(|(at, _)| at + 1);
            return std::iter::once(0)
                .filter(|_| !r.is_empty())
                .chain(starts)
                .find_map(|at| lex.title(&r[at..]));
        }
        let words: Vec<&str> = r.split_whitespace().collect();
        (0..words.len()).find_map(|i| lex.title(&words[i..].join(" ")))
    });
    // A campus the gazetteer lists as a populated place is still the institution's name:
    // "University of Texas", "College of William and Mary" ("Port of Spain" is a city).
    if n >= 3
        && place.is_some_and(|p| p.kind == lexicon::PlaceKind::City)
        && t.is(first, word::ORG_PREFIX)
        && t.bytes(first + 1) == b"of"
        && t.bytes(first) != b"Port"
    {
        return Class::Organization;
    }
    // "brothers Luis and Marco Ferreira", "Bill and Hillary Clinton": a first name before
    // "and" and a full name shares its surname (not a country or a big city: "Georgia and
    // John Smith").
    if n == 1
        && t.info(first).given.is_some()
        && !is_major_place(place)
        && shares_surname_after(t, toks.end)
    {
        return Class::Person;
    }
    // "Sweden defeated South Korea 1 – 0", "North Melbourne beat Footscray": in a story about
    // sport, a place that plays is its team.
    // (Not a person's name that is also a town: "beat Lopez", "beat Hamilton"; a surname
    // only of a few, "Liverpool", "Watford", is the town's.)
    // (Not after a word of the dictionary that is no first name: "Bowling Green".)
    let person_named = || {
        t.info(first).given.is_some()
            || t.info(last).surname.is_some_and(|per_100k| per_100k >= 5.0)
                && (n == 1 || !is_common_word(t, first))
    };
    // (In a line of results, a side is a team whoever bears its name: "CLEVELAND 5 Boston 3",
    // "Chelsea 1 Leeds 1".)
    if place.is_some()
        && plays_as_team(t, toks.clone())
        && (is_major_place(place)
            || in_results_line(t, toks.clone())
            || !person_named() && !his_or_her_after(t, first, seg.sentence_initial))
        && sports_story(t)
    {
        return Class::Organization;
    }
    // A short word in capitals that the lists know only as a town is no place for the places
    // stage (no town below a million is one in capitals): where a body is meant, it is the
    // body ("Ann Chiang of DAB", "DAB's Horace Cheung").
    let caps_town = place.is_some_and(|p| {
        n == 1
            && p.kind == lexicon::PlaceKind::City
            && p.population < 1_000_000
            && t.word(first).len() <= 4
            && t.word(first).bytes().all(|b| b.is_ascii_uppercase())
    });
    // (So is a town's name after the kind of body it names: "the broadcaster Tolo", "news
    // agency Sana".)
    let after_kind = first > 0
        && (is_org_kind_noun(t.bytes(first - 1))
            || t.bytes(first - 1) == b"agency" && first > 1 && t.bytes(first - 2) == b"news");
    if caps_town && org_context(t, toks.clone())
        || !is_major_place(place) && (professionals_at(t, first) || place.is_some() && after_kind)
    {
        return Class::Organization;
    }
    if place.is_some() {
        // "Jordan Henderson", "Coach Jordan": a person's name that is also a place.
        // "Patterson observed": a town's name that is also a common name, doing what people do.
        let named_like_a_person = t.info(first).given.is_some() || t.info(last).surname.is_some();
        // ("Miss Argentina", "Miss Universe": a pageant's title, not a person called so.)
        let pageant = seg.role.as_deref() == Some("Miss") && is_major_place(place);
        let personal = named_like_a_person
            && (role_kind.is_some() && !pageant
                || n == 1 && comment_signature(t, first, toks.end)
                || n == 1 && addressed_or_named(t, first, toks.end)
                || credited(t, first)
                || n == 1
                    && !is_major_place(place)
                    && !after_place_word(t, first)
                    && !in_title_domain(t, first)
                    && (person_context(t, toks.end)
                        || kin_before(t, first)
                        || his_or_her_after(t, first, seg.sentence_initial)))
            // A small town's name in an apposition only a person has: "Yuni, a resident of
            // Lampung, was watching television".
            || n == 1
                && !is_major_place(place)
                && !t.is(first, word::ENGLISH)
                && !after_place_word(t, first)
                && person_apposition(t, toks.end);
        return if personal {
            Class::Person
        } else {
            Class::Place
        };
    }
    if n == 1 && t.is(first, word::DEMONYM) {
        return Class::Nationality;
    }
    // A faith's adjective before a noun: "evangelical Christian values", "a Christian doctor"
    // ("Christian" is a given name too: "Christian said", "Posted by Christian at 3 pm").
    if n == 1 && is_faith(t.bytes(first)) && (before_noun(t, toks.end) || after_modifier(t, first))
    {
        return Class::Nationality;
    }
    // A common first name and a surname that is also an organisation's word: "Samantha Power",
    // "John Temple", "Trent Franks" (the lists know the firms that are named so: "Morgan
    // Stanley").
    let first_and_surname = n == 2
        && t.info(first).given.is_some_and(|per_100k| per_100k >= 20.0)
        && t.info(last).surname.is_some_and(|per_100k| per_100k >= 1.0)
        && t.info(first).place.is_none()
        && !is_place_head(t.bytes(last))
        && !between_the_and_its_kind(t, toks.clone())
        // (In capitals only with the surname: "SIMON JOHNSON" is a byline, "TED Books" no one.)
        && (!t.toks[first].shape.contains(Shape::ALL_CAPS)
            || t.toks[last].shape.contains(Shape::ALL_CAPS));
    if first_and_surname {
        return Class::Person;
    }
    // A byline's names, in capitals as many papers print them: "By ROD NORDLAND and MAYY EL
    // SHEIKH", "BY NICK TIMIRAOS" (a first name first; not "By THE ASSOCIATED PRESS", which the
    // lists know).
    // In mixed case, a name of two or three words none of which an organisation's, its last a
    // surname or no word of the dictionary: "By Morgen Peck" (not "By Us Weekly", "By Electronista
    // Staff", "By Bethany Rickwald Google").
    let byline_name = || {
        if t.toks[first].shape.contains(Shape::ALL_CAPS) {
            t.info(first).given.is_some()
        } else {
            n <= 3
                && (t.info(first).given.is_some() || !t.is(first, word::ENGLISH))
                && (t.info(last).surname.is_some() || !t.is(last, word::ENGLISH))
                && t.toks[last].kind == TokenKind::Word
                && !matches!(
                    t.bytes(last),
                    b"Staff"
                        | b"Reporter"
                        | b"Reporters"
                        | b"Editor"
                        | b"Editors"
                        | b"Desk"
                        | b"Team"
                )
                && place.is_none()
                && toks
                    .clone()
                    .all(|i| t.info(i).flags & (ORG_WORD | word::KNOWN_ORG) == 0)
        }
    };
    if (2..=4).contains(&n) && !known_org && in_byline(t, first) && byline_name() {
        return Class::Person;
    }
    if is_org_shaped(t, toks.clone()) || org_context(t, toks.clone()) || is_team(t, toks.clone()) {
        return Class::Organization;
    }
    if n == 1 && seg.sentence_initial && is_common_word(t, first) {
        return Class::Drop;
    }
    // A people or faith before another word names a group, not a person: "Shia Muslim
    // worshippers", "Kurdish Peshmerga fighters", "Sunni Arab tribesmen".
    if n >= 2 && role_kind.is_none() && is_group_word(t, first) {
        return Class::Other;
    }
    // (A closure: a single word without a title never needs it.)
    // (No person's name holds a digit: "Nikon D300s", "Power98FM".)
    let looks_personal = || {
        toks.clone().all(|i| {
            (t.toks[i].kind == TokenKind::Abbreviation // initials
                || t.is(i, word::PARTICLE)
                || t.is_particle_compound(i)
                || !t.toks[i].shape.contains(Shape::ALL_CAPS)
                || t.bytes(i).len() == 1
                || generation && i + 1 == toks.end) // "Charles H. Keating IV"
                && !t.bytes(i).iter().any(u8::is_ascii_digit)
                && !(acronym_glued(t.bytes(i))
                    // (but a nickname: 'John "JRock" Nelson')
                    && !(i > first && matches!(t.str(i - 1), "\"" | "“")))
        })
    };
    // An Arabic kunya, "father/mother of": "Abu Ghadiya", "Umm Kulthum" (places such as "Abu
    // Dhabi" were decided above).
    if n >= 2 && matches!(t.bytes(first), b"Abu" | b"Umm") && role_kind.is_none() {
        return Class::Person;
    }
    // A title of a person before the name: "President Joe Biden", "Mr Putin", "Gen. Ruiz" (but
    // not a common word: a song called "Miss Murder").
    let common_single = n == 1 && t.is(first, word::ENGLISH) && t.info(first).surname.is_none();
    if (role_kind.is_some() || lower_case_title_before(t, first))
        && !common_single
        && looks_personal()
    {
        return Class::Person;
    }
    // "the head of NATO, Hoop Scheffer, said": two or three words, the last no common word,
    // none a place's or an organisation's.
    if (2..=3).contains(&n)
        && looks_personal()
        && !t.is(last, word::ENGLISH)
        && toks
            .clone()
            .all(|i| t.info(i).place.is_none() && t.info(i).flags & ORG_WORD == 0)
        && role_apposition_before(t, first, toks.end)
    {
        return Class::Person;
    }
    if n == 1 {
        if is_acronym(t, first) {
            return Class::Organization;
        }
        // Two capitals the lists do not know are no one's name by themselves either ("TU said"
        // is not Mr Tu); the article may still type them ("Tenants Union (TU)").
        if t.toks[first].shape.contains(Shape::ALL_CAPS) && t.bytes(first).len() == 2 {
            return Class::Unresolved;
        }
        let info = t.info(first);
        // "CEO of Honeywell, who …": a word no dictionary knows after a title and "of" is what
        // the title is of (a firm, a town, a field), not the person the clause goes on about;
        // the rest of the article may still type it.
        if in_title_domain(t, first) && !info.is(word::ENGLISH) && info.given.is_none() {
            return Class::Unresolved;
        }
        if person_context(t, toks.end) && info.surname.is_some() && !info.is(word::ENGLISH) {
            return Class::Person;
        }
        if lone_org_word(t, first, seg.sentence_initial)
            || lone_team(t, first, seg.sentence_initial)
            // A word no list knows as a name in a line of results: "Arsenal 2 Everton 0".
            || info.given.is_none()
                && info.surname.is_none_or(|per_100k| per_100k < 5.0)
                && in_results_line(t, toks.clone())
                && sports_story(t)
        {
            return Class::Organization;
        }
        // "his brother Toby", "Cowley finished his career", "Budjana's wife".
        if kin_before(t, first) || his_or_her_after(t, first, seg.sentence_initial) {
            return Class::Person;
        }
        // A word no list knows, saying something or described as only a person is: "Jafari
        // said she …", "…, said Mauer.", "Abshero, who led early," — a surname the article did
        // not give in full (a known organisation says things too, but the lists typed it
        // above; an unknown firm is often written in camel case, "VirnetX says", "PeepOpen").
        if !info.is(word::ENGLISH)
            && !info.is(word::PROPER)
            && info.place.is_none()
            && !t.toks[first].shape.contains(Shape::ALL_CAPS)
            && !inner_capital(t.word(first))
            && info.given.is_none()
            && (said_after(t, toks.end)
                || said_before(t, first)
                || person_apposition(t, toks.end))
            // (Not the firm of a name before it, who is the one saying: "Nirav Patel of
            // Quillbury said".)
            && !(first >= 2 && t.bytes(first - 1) == b"of" && t.is_cap(first - 2))
        {
            return Class::Person;
        }
        // A surname the lists know and no dictionary does, as the subject of a verb in the
        // past: "Krug didn’t work out", "Medlock made two" (a town or a first name so used is
        // left to the article).
        if info.surname.is_some()
            && !info.is(word::ENGLISH)
            && !info.is(word::PROPER)
            && info.place.is_none()
            && info.given.is_none()
            && !t.toks[first].shape.contains(Shape::ALL_CAPS)
            && !inner_capital(t.word(first))
            && subject_of_a_verb(t, first, seg.sentence_initial)
        {
            return Class::Person;
        }
        // A first name that is no common word: "Karen", "Stan", "Joseph" alone. (Not before an
        // ending that makes it an adjective: an award's name, "Oscar-winning", "Tony-nominated";
        // a person so written goes by the surname, "Putin-led".)
        if info
            .given
            .is_some_and(|per_100k| per_100k >= LONE_GIVEN_NAME)
            && !info.is(word::ENGLISH)
            && !t.toks[first].shape.contains(Shape::ALL_CAPS)
            && t.descriptive_len(first) == 0
        {
            return Class::Person;
        }
        return Class::Unresolved;
    }
    // East Asian order, family name first and a hyphenated given name: "Kim Jong-un", "Wong
    // Pik-wan", "Moon Jae-in".
    if n == 2 && t.info(first).surname.is_some() && is_hyphenated_given(t.word(last)) {
        return Class::Person;
    }
    // Initials before a name: "J. R. R. Tolkien", "E. Jean Carroll".
    let initials = toks
        .clone()
        .filter(|&i| t.toks[i].kind == TokenKind::Abbreviation && t.bytes(i).len() <= 2)
        .count();
    let looks_personal = looks_personal();
    if looks_personal && initials > 0 && initials < n && !t.is(last, word::ENGLISH) {
        return Class::Person;
    }
    // A name that ends like a structure or a road ("Golden Gate Bridge", "Abbey Road", "Bobby
    // Morris Playfield", "Alfred Phillips House") or opens
    // with a known organisation's name ("Volkswagen Touareg", "Google Analytics") is no person's.
    // (Not a first name that a known organisation also bears: "Dawn", "Leonardo".)
    let not_a_person = is_place_head(t.word_bytes(last))
        || n >= 3 && is_named_building_head(t.word_bytes(last))
        || is_event_head(t.word_bytes(last))
        // An adjective made of a name: "Frank Lloyd Wrightesque", "Kafkaesque".
        || t.word_bytes(last).ends_with(b"esque")
        // "Nelson Mandela International Day", "Memorial Day" (not "Jason Day").
        // "Martin Luther King Jr. Day".
        || t.bytes(last) == b"Day"
            && n >= 2
            && (is_common_word(t, last - 1) || is_generation(t.str(last - 1)))
        || t.is(first, word::KNOWN_ORG) && t.info(first).given.is_none()
        // A place and a point of the compass, as ridings, constituencies and districts are
        // named: "Burnaby South", "Dublin West", "Belfast North" (not a first name before the
        // surname "West": "Kanye West").
        || n == 2
            && matches!(t.bytes(last), b"North" | b"South" | b"East" | b"West" | b"Central")
            && t.info(first).place.is_some()
            && t.info(first).given.is_none();
    if looks_personal && n <= 5 && !not_a_person {
        let place_before = after_place_word(t, first);
        // An Arabic article after "near", "in", "at": "near Al Huwayjah", "in Al Salem" (the
        // given name "Al" of "Al Gore" aside).
        if place_before && is_arabic_article(t.bytes(first)) {
            return Class::Other;
        }
        let given = t.info(first).given.is_some();
        let surname = t.info(last).surname.is_some();
        let common_inside = toks.clone().filter(|&i| is_common_word(t, i)).count();
        let unknown_words = toks
            .clone()
            .filter(|&i| t.toks[i].kind == TokenKind::Word && !t.is(i, word::ENGLISH))
            .count();
        // A known first name and a last word that is a surname or no common word, and not a
        // large place ("West Africa", "South Sudan").
        // (A region abroad that the dictionary does not know by name is a surname first:
        // "Robert Schellenberg", though a municipality of Liechtenstein is Schellenberg.)
        let major_place_last = is_major_place(t.info(last).place)
            && !(t
                .info(last)
                .place
                .is_some_and(|p| p.kind == lexicon::PlaceKind::Region && p.population == 0)
                && !t.is(last, word::PROPER)
                && t.info(last).given.is_none());
        // (Nor after a large place of two words: "Hong Kong Disneyland", though "Hong" is a
        // first name.)
        let place_pair_first = n >= 3 && is_major_place(t.phrase_of(first..first + 2).place);
        if given
            && (surname || !t.is(last, word::ENGLISH))
            && !major_place_last
            && !place_pair_first
        {
            return Class::Person;
        }
        // A common first name and one more word, even a word of the dictionary: "George
        // Shearing", "Harry Turtledove", "Steve Jobs" (not an organisation's word, nor a large
        // place last). A first name that is also a place must be one of the very commonest
        // ("George", not "Virginia Democrat", "Stanley Cup").
        let given_per_100k = t.info(first).given.unwrap_or(0.0);
        if n == 2
            && given_per_100k >= COMMON_GIVEN_NAME
            && (t.info(first).place.is_none() || given_per_100k >= 5.0 * COMMON_GIVEN_NAME)
            && !major_place_last
            && t.info(last).flags & (word::ORG_SUFFIX | word::ORG_HEAD) == 0
        {
            return Class::Person;
        }
        // Words no dictionary knows, with a person's context: "Oleksiy Danilov said". (Not
        // after a region or a large place that is no first name: "Indiana Hyatt", a hotel.)
        let place_first = !given && (is_major_place(t.info(first).place) || place_pair_first);
        // (A country's name is a surname only when a common one: "Tom England", "Michael
        // Jordan", not "Nazi Germany", "Weimar Germany".)
        let country_last = t
            .info(last)
            .place
            .is_some_and(|p| p.kind == lexicon::PlaceKind::Country);
        let surname = surname
            && !(country_last && t.info(last).surname.is_some_and(|per_100k| per_100k < 10.0));
        if common_inside == 0
            && (surname || unknown_words == n)
            && (person_context(t, toks.end) || surname && unknown_words > 0 && !place_before)
            && !place_first
        {
            return Class::Person;
        }
        if given && common_inside <= 1 && n <= 3 && person_context(t, toks.end) {
            return Class::Person;
        }
        // Two or three words that no list knows as words, organisations or places, the last a
        // surname or unknown: "Romelu Lukaku", "Nunzio Galantino", "Aner Shalev". News names
        // people far more often than anything else this way.
        // (Not after a word that introduces places: "near Ayn Isa", "the village of Tuloul".)
        let no_place =
            toks.clone().all(|i| t.info(i).place.is_none()) && !place_before && !place_pair_first;
        if (2..=3).contains(&n) && common_inside == 0 && unknown_words == n && no_place {
            return Class::Person;
        }
    }
    Class::Other
}

/// Capitals glued to a word in lower case, as brands are written: "SEOmoz", "CNNMoney",
/// "JPMorgan" (not "McDonald", "LaToya", "DeShawn"; nor a plural of capitals, "DJs").
fn acronym_glued(word: &[u8]) -> bool {
    matches!(word, [a, b, ..] if a.is_ascii_uppercase() && b.is_ascii_uppercase())
        && word.iter().filter(|b| b.is_ascii_lowercase()).count() >= 2
}

/// Ends like an organisation ("… Party", "… Ministry", "… Inc."), starts like one ("Ministry of
/// …", "University of …"), or holds an organisation word ("… Council …").
fn is_org_shaped(t: &Tokens, toks: std::ops::Range<usize>) -> bool {
    if toks.len() < 2 {
        return false;
    }
    if t.is(toks.end - 1, word::ORG_SUFFIX) {
        return true;
    }
    // The suffix after a hyphen, a capitalised word: "Fort Worth Star-Telegram", "Austin
    // American-Statesman" (not an "All-Star", nor a licence's "BY-SA").
    let last = t.word(toks.end - 1);
    if let Some((head, tail)) = last.rsplit_once('-')
        && head != "All"
        && matches!(tail.as_bytes(), [b'A'..=b'Z', b'a'..=b'z', ..])
        && t.lex.word(tail).is(word::ORG_SUFFIX)
    {
        return true;
    }
    // Arabic and Urdu words for a movement, a front or an army open only bodies' names, whatever
    // follows: "Ansar al-Sharia", "Jabhat Fateh al-Sham", "Jaish al-Islam" (an Arabic name with
    // "al-" is otherwise a person's: "Abu Bakr al-Baghdadi").
    if toks.len() >= 2
        && matches!(
            t.bytes(toks.start),
            b"Ansar"
                | b"Harakat"
                | b"Hezb"
                | b"Jabhat"
                | b"Jaish"
                | b"Jamaat"
                | b"Kata'ib"
                | b"Kataib"
                | b"Lashkar"
                | b"Tehreek"
        )
    {
        return true;
    }
    // "Ministry of …", and abbreviations that open a club's name before its town ("FC Basel",
    // "SS Lazio"; before other names they may be initials: "AS Heagle").
    if t.is(toks.start, word::ORG_PREFIX)
        && (toks.clone().any(|i| t.bytes(i) == b"of")
            || t.toks[toks.start].shape.contains(Shape::ALL_CAPS)
                && (t.info(toks.start + 1).place.is_some() || hyphenated_place(t, toks.start + 1)))
    {
        return true;
    }
    // An organisation word joined to what follows: "Centre for Social Evolution", "Council on
    // Foreign Relations", "Bank of England".
    if (toks.start..toks.end - 1).any(|i| {
        t.info(i).flags & ORG_WORD != 0 && matches!(t.bytes(i + 1), b"of" | b"for" | b"on")
    }) {
        return true;
    }
    if toks.clone().any(|i| t.is(i, word::ORG_HEAD)) {
        return true;
    }
    // The keywords of two or three words: "… Coast Guard", "High Court of …", "158th Fighter
    // Wing", "Chamber of Commerce".
    (toks.start..toks.end - 1).any(|i| {
        may_open_org_phrase(t, i)
            && (i + 2..=(i + 3).min(toks.end)).any(|j| {
                t.lex
                    .org_keyword(crate::runs::raw(t, i..j))
                    .is_some_and(|k| {
                        k.head || (k.suffix && j == toks.end) || (k.prefix && i == toks.start)
                    })
            })
    })
}

/// A hyphenated word of two or three large places: "Russia-Ukraine", "US-China",
/// "India-Pakistan-China" (not a surname or a firm, "Wilson-Raybould", "Hewlett-Packard").
fn places_joined(t: &Tokens, i: usize) -> bool {
    if !t.toks[i].shape.contains(Shape::HAS_HYPHEN) {
        return false;
    }
    let word = t.word(i);
    (2..=3).contains(&word.split('-').count())
        && word.split('-').all(|part| {
            part.len() >= 2
                && part.starts_with(|c: char| c.is_uppercase())
                && crate::runs::is_major_place(t.lex.word(part).place)
        })
}

/// A hyphenated word whose first part is a place: "Lausanne-Sport", "Saint-Étienne".
fn hyphenated_place(t: &Tokens, i: usize) -> bool {
    t.str(i)
        .split_once('-')
        .is_some_and(|(first, _)| t.lex.word(first).place.is_some())
}

/// May an organisation keyword of several words start at token `i` ([`is_org_shaped`])? Only
/// at a word that opens one ([`word::ORG_PHRASE_START`]): the phrase's key then starts with the
/// token's key and a space. Where it may not (a possessive, which the token's key leaves out,
/// or no space after the token), the phrase itself is asked.
fn may_open_org_phrase(t: &Tokens, i: usize) -> bool {
    t.is(i, word::ORG_PHRASE_START)
        || t.possessive_len(i) > 0
        || t.text.as_bytes().get(t.toks[i].span().end) != Some(&b' ')
}

/// "the Giants", "the Canucks", "the Mets": a capitalised plural after "the" in the middle of a
/// sentence names a team, a band or a party — not a people ("the Kenyans"), a family ("the
/// Bidens"), an event or a thing of [`NOT_TEAMS`], nor a word in "-ss", "-us", "-is", "-as"
/// ("the Atlas", "the Nexus").
fn lone_team(t: &Tokens, i: usize, sentence_initial: bool) -> bool {
    let w = t.bytes(i);
    let mut buf = [0u8; 16];
    // (The cheap tests first: most single names are not after "the". One capital, no digit
    // or hyphen: not "APIs", "F-117s".)
    if sentence_initial
        || i == 0
        || t.bytes(i - 1) != b"the"
        || !w[1..].iter().all(u8::is_ascii_lowercase)
        || t.possessive_len(i) > 0
        || w.len() < 4
        || !w.ends_with(b"s")
        || matches!(w[w.len() - 2], b's' | b'u' | b'i' | b'a')
        || w.ends_with(b"ans")
        || w.ends_with(b"ists")
        || w.ends_with(b"ics")
        || NOT_TEAMS.contains(&ascii_lower(w, &mut buf))
        || !sports_story(t)
    {
        return false;
    }
    let info = t.info(i);
    let lex = t.lex;
    let singular = std::str::from_utf8(&w[..w.len() - 1]).unwrap_or_default();
    let one = lex.word(singular);
    info.place.is_none()
        && info.flags & (word::DEMONYM | word::KNOWN_PERSON) == 0
        && one.flags & (word::DEMONYM | word::KNOWN_PERSON) == 0
        && one.surname.is_none_or(|per_100k| per_100k < 1.0)
        && !is_people(singular.as_bytes())
}

/// Does the article speak of sport (two of "season", "coach", "playoff", "league", "NFL" …)?
/// Only then is "the Giants" a team rather than, say, "the Badges" or "the Reviews". (Asked
/// only of a capitalised plural after "the", and answered once per article.)
pub(crate) fn sports_story(t: &Tokens) -> bool {
    if let Some(known) = t.sports.get() {
        return known;
    }
    let sports = count_sports_cues(t);
    t.sports.set(Some(sports));
    sports
}

/// The words that say an article speaks of sport ([`count_sports_cues`]), sorted by bytes.
const SPORTS_CUES: [&[u8]; 53] = [
    b"FIFA",
    b"MLB",
    b"NBA",
    b"NFL",
    b"NHL",
    b"UEFA",
    b"baseball",
    b"basketball",
    b"batsman",
    b"coach",
    b"cricket",
    b"defender",
    b"equaliser",
    b"equalizer",
    b"fixture",
    b"fixtures",
    b"football",
    b"footballer",
    b"goalie",
    b"goalkeeper",
    b"half-time",
    b"halftime",
    b"hockey",
    b"inning",
    b"innings",
    b"league",
    b"midfielder",
    b"offside",
    b"penalty",
    b"pitcher",
    b"playoff",
    b"playoffs",
    b"postseason",
    b"quarter-final",
    b"quarterback",
    b"quarterfinal",
    b"referee",
    b"roster",
    b"rugby",
    b"scored",
    b"season",
    b"semi-final",
    b"semifinal",
    b"soccer",
    b"stadium",
    b"striker",
    b"teammate",
    b"teammates",
    b"tennis",
    b"touchdown",
    b"tournament",
    b"wicket",
    b"winger",
];

/// Per first byte (ASCII), the lengths (bits) of the sports cues that start with it: a token
/// is compared with the cues only when its first byte and length fit one. (A test per token
/// that rejects almost all of them, where a `matches!` on the word jumps on its length and
/// mispredicts from token to token.) A cue of 16 bytes or more would not compile.
static SPORTS_CUE_SHAPES: [u16; 128] = {
    let mut shapes = [0u16; 128];
    let mut i = 0;
    while i < SPORTS_CUES.len() {
        let cue = SPORTS_CUES[i];
        shapes[cue[0] as usize] |= 1 << cue.len();
        i += 1;
    }
    shapes
};

/// Is `word` one of [`SPORTS_CUES`]? (A binary search of the sorted list: a scan compared
/// every cue whose first byte and length let a word through [`SPORTS_CUE_SHAPES`], and was a
/// twentieth of the names stage.)
fn is_sports_cue(word: &[u8]) -> bool {
    SPORTS_CUES.binary_search(&word).is_ok()
}

fn count_sports_cues(t: &Tokens) -> bool {
    let mut cues = 0;
    let text = t.text.as_bytes();
    for tok in t.toks {
        let span = tok.span();
        let first = text.get(span.start).copied().unwrap_or(0);
        let fits = SPORTS_CUE_SHAPES[usize::from(first & 0x7F)] >> (span.len() & 15)
            & u16::from(span.len() < 16)
            != 0;
        if fits && is_sports_cue(&text[span.start..span.end]) {
            cues += 1;
            if cues == 2 {
                return true;
            }
        }
    }
    false
}

/// Do the words around the name make it a side in a game: a result after it ("Sweden
/// defeated", "Perth 3 – 1"), an opponent's word before it ("against Panama", "beat Tunisia",
/// "1 – 0 Korea"), or a player of it ("Belgium's striker")? (Asked of places in sports
/// stories only.)
fn plays_as_team(t: &Tokens, toks: std::ops::Range<usize>) -> bool {
    let n = t.toks.len();
    let score = |i: usize| i < n && t.toks[i].kind == TokenKind::Number && t.bytes(i).len() <= 2;
    // (A hyphen, an en dash or an em dash.)
    let dash = |i: usize| i < n && matches!(t.bytes(i), b"-" | [0xE2, 0x80, 0x93 | 0x94]);
    // A result in one token, "2-1" (the tokenizer keeps a hyphen between digits).
    let result = |i: usize| {
        i < n
            && t.toks[i].kind == TokenKind::Number
            && t.bytes(i).split(|&b| b == b'-').map(<[u8]>::len).eq([1, 1])
    };
    // The first token of a result that ends right before token `i` ("2-1", "2 – 1").
    let result_from = |i: usize| {
        if i >= 1 && result(i - 1) {
            Some(i - 1)
        } else {
            (i >= 3 && score(i - 1) && dash(i - 2) && score(i - 3)).then(|| i - 3)
        }
    };
    // A result that ends right before token `i`, or starts at it.
    let result_before = |i: usize| result_from(i).is_some();
    let result_at = |i: usize| result(i) || score(i) && dash(i + 1) && score(i + 2);
    let end = toks.end;
    let possessive = t.possessive_len(end - 1) > 0;
    let after = if possessive {
        end < n
            && matches!(
                t.bytes(end),
                b"coach"
                    | b"captain"
                    | b"goalkeeper"
                    | b"keeper"
                    | b"striker"
                    | b"midfielder"
                    | b"defender"
                    | b"squad"
                    | b"players"
                    | b"goal"
                    | b"victory"
                    | b"defeat"
            )
    } else {
        end < n
            && (matches!(
                t.bytes(end),
                b"beat"
                    | b"beats"
                    | b"defeated"
                    | b"defeats"
                    | b"drew"
                    | b"edged"
                    | b"thrashed"
                    | b"routed"
                    | b"faced"
                    | b"faces"
                    | b"eliminated"
                    | b"equalised"
                    | b"equalized"
                    | b"scored"
                    | b"won"
                    | b"lost"
                    | b"finished"
                    | b"led"
                    | b"trailed"
            ) || result_at(end))
            // (Not a player's country: "Uchiyama of Japan 6-7, 6-4", "Pella of Argentina won".)
            && !(toks.start >= 1 && t.bytes(toks.start - 1) == b"of")
            || end < n && matches!(t.bytes(end), b"player" | b"players" | b"fan" | b"fans")
    };
    let start = toks.start;
    if in_results_line(t, toks.clone()) {
        return true;
    }
    let before = start > 0
        && (matches!(
            t.bytes(start - 1),
            b"against"
                | b"vs"
                | b"vs."
                | b"versus"
                | b"beat"
                | b"beating"
                | b"defeated"
                | b"defeating"
                | b"edged"
                | b"thrashed"
                | b"routed"
                | b"hammered"
                | b"faced"
                | b"faces"
                | b"played"
                | b"coached"
        ) || result_before(start)
            // "played with Footscray", "signed for Coburg", "losing to Tulsa".
            || start >= 2
                && match t.bytes(start - 1) {
                    // ("drew with Everton", "drew 1-1 with Everton".)
                    b"with" | b"for" => {
                        matches!(
                            t.bytes(start - 2),
                            b"played" | b"plays" | b"playing" | b"signed" | b"signing" | b"drew"
                        ) || result_before(start - 1)
                    }
                    // ("lost to Tulsa", "lost 1-0 to Tulsa".)
                    b"to" => {
                        let lost = |k: usize| matches!(t.bytes(k), b"lost" | b"losing" | b"loses");
                        lost(start - 2)
                            || result_from(start - 1).is_some_and(|r| r >= 1 && lost(r - 1))
                    }
                    _ => false,
                });
    after || before
}

/// Does the run open its line, in capitals, with words that are all words of the dictionary,
/// before a dash and a space: a wire story's slug ("RUGBY UNION - WALES NAME UNCHANGED SIDE")?
fn is_slug(t: &Tokens, toks: std::ops::Range<usize>) -> bool {
    let end = toks.end;
    (toks.start == 0 || !t.same_line(toks.start - 1))
        && end + 1 < t.toks.len()
        && t.same_line(end - 1)
        && matches!(t.bytes(end), b"-" | [0xE2, 0x80, 0x93 | 0x94])
        && t.toks[end].span().start > t.toks[end - 1].span().end
        && t.toks[end + 1].span().start > t.toks[end].span().end
        && toks.into_iter().all(|k| {
            t.toks[k].shape.contains(Shape::ALL_CAPS)
                && t.toks[k].kind == TokenKind::Word
                && t.is(k, word::ENGLISH)
        })
}

/// Is the name a side in a line of results or standings: "Arsenal 2 Everton 0" (either side),
/// "Liverpool 29 16 7 6 51 28 55"? The first side opens its line, a score after it, then the
/// other side's name or more scores to the line's end; the second side follows the first's
/// score, and its own ends the line.
fn in_results_line(t: &Tokens, toks: std::ops::Range<usize>) -> bool {
    let n = t.toks.len();
    let score = |i: usize| {
        i < n && t.toks[i].kind == TokenKind::Number && t.bytes(i).iter().all(u8::is_ascii_digit)
    };
    // (Only spaces between tokens `i` and `i + 1`, both there.)
    let joined = |i: usize| i + 1 < n && t.same_line(i);
    let (start, end) = (toks.start, toks.end);
    if !score(end) || !t.same_line(end - 1) {
        return false;
    }
    if start == 0 || !t.same_line(start - 1) {
        if joined(end) && t.is_cap(end + 1) {
            return true;
        }
        let mut k = end;
        while joined(k) && score(k + 1) {
            k += 1;
        }
        return k - end >= 2 && !joined(k);
    }
    start >= 2 && score(start - 1) && joined(start - 2) && t.is_cap(start - 2) && !joined(end)
}

/// Plurals after a place or "the" that name events, peoples, parties and things, not teams.
const NOT_TEAMS: [&[u8]; 26] = [
    b"games",
    b"olympics",
    b"paralympics",
    b"awards",
    b"oscars",
    b"talks",
    b"elections",
    b"protests",
    b"riots",
    b"attacks",
    b"accords",
    b"agreements",
    b"hearings",
    b"trials",
    b"crusades",
    b"republicans",
    b"democrats",
    b"libertarians",
    b"allies",
    b"states",
    b"windows",
    b"veterans",
    b"masters",
    b"majors",
    b"highlands",
    b"islands",
];

/// A place and a plural noun: the way sports teams are named ("Montreal Canadiens" aside):
/// "Chicago Bulls", "West Coast Eagles", "Bowling Green Falcons", "Vancouver Canucks". Not
/// events ("Tokyo Olympics", "Paris Games") nor peoples ("Texas Republicans").
fn is_team(t: &Tokens, toks: std::ops::Range<usize>) -> bool {
    let last = toks.end - 1;
    let w = t.word_bytes(last);
    if toks.len() < 2 || toks.len() > 4 || !w.ends_with(b"s") || w.ends_with(b"ss") {
        return false;
    }
    let info = t.info(last);
    let mut buf = [0u8; 16];
    // A plural of the dictionary, or a word no list knows ("Canucks"), after a state or a
    // town of some size that is no common first name ("David Sims", "Google Analytics": towns
    // of those names exist; "Arizona Cardinals", "Denver Broncos"). (The phrase lookup last:
    // the word's own evidence rules out most names.)
    let plural = info.is(word::ENGLISH) || info.given.is_none() && info.surname.is_none();
    plural
        && info.place.is_none()
        && info.flags & (word::DEMONYM | word::ORG_SUFFIX | word::ORG_HEAD) == 0
        && !NOT_TEAMS.contains(&ascii_lower(w, &mut buf))
        && t.phrase_of(toks.start..last).place.is_some_and(|p| {
            // (Before a word no list knows, any first name is a person's: "Michael
            // Dukakis", "Mila Kunis"; before a common surname, a first name not rare: "Trent
            // Franks", not "Forest Mills".)
            let first_name = last == toks.start + 1
                && t.info(toks.start).given.is_some_and(|per_100k| {
                    per_100k >= 20.0
                        || !info.is(word::ENGLISH)
                        || per_100k >= 10.0 && info.surname.is_some_and(|s| s >= 10.0)
                });
            let town = p.kind == lexicon::PlaceKind::City;
            !first_name && (!town || p.population >= 50_000)
        })
}

/// The last words of events' names, none of them a common surname: "Summer Paralympics",
/// "Davis Cup", "Monaco Grand Prix".
fn is_event_head(word: &[u8]) -> bool {
    matches!(
        word,
        b"Show"
            | b"Fundraiser"
            | b"Gala"
            | b"Olympics"
            | b"Paralympics"
            | b"Games"
            | b"Championship"
            | b"Championships"
            | b"Cup"
            | b"Prix"
            | b"Festival"
            | b"Awards"
            | b"Award"
            | b"Prize"
            | b"Medal"
            | b"Expo"
            | b"Summit"
            | b"Marathon"
            | b"Tournament"
            | b"Trophy"
            | b"Rising"
            | b"Uprising"
            | b"Rebellion"
            | b"Revolution"
            | b"Massacre"
    )
}

/// The last words of structures, roads and landforms, none of them a common surname. (Roads
/// in the abbreviations of addresses too: "3103 E Olive St", "Grace Ave.", "Ruth Rd"; "St"
/// last is a street, not a saint.)
pub(crate) fn is_place_head(word: &[u8]) -> bool {
    matches!(
        word,
        b"Bridge"
            | b"Street"
            | b"St"
            | b"St."
            | b"Avenue"
            | b"Ave"
            | b"Ave."
            | b"Road"
            | b"Rd"
            | b"Rd."
            | b"Boulevard"
            | b"Blvd"
            | b"Blvd."
            | b"Hwy"
            | b"Hwy."
            | b"Airport"
            | b"Station"
            | b"Stadium"
            | b"Square"
            | b"Canyon"
            | b"Harbor"
            | b"Harbour"
            | b"Building"
            | b"Mountains"
            | b"Valley"
            | b"Island"
            | b"Islands"
            | b"Peninsula"
            | b"Desert"
            | b"Highway"
            | b"Freeway"
            | b"Tunnel"
            | b"Canal"
            | b"Dam"
            | b"Plaza"
            | b"Mall"
            | b"Arena"
            | b"County"
            | b"Township"
            | b"Province"
            | b"Creek"
            | b"Hollow"
            | b"Reservoir"
            | b"Playfield"
            | b"Rink"
            | b"Dock"
            | b"Docks"
            | b"Pier"
            | b"Wharf"
            | b"Pavilion"
            | b"Gardens"
            | b"Cemetery"
            | b"Monument"
            | b"Lighthouse"
            | b"Racecourse"
            | b"Speedway"
            | b"Ballpark"
            | b"Parkway"
            | b"Expressway"
            | b"Turnpike"
            | b"Motorway"
            | b"Crater"
            | b"Gorge"
            | b"Volcano"
            | b"Reef"
            | b"Lagoon"
            | b"Glacier"
            | b"Fjord"
    )
}

/// The last words of buildings and grounds named after a person, which are also surnames, but
/// rarely after two names: "Cal Anderson Park", "Alfred Phillips House" (not "Ji-sung Park").
fn is_named_building_head(word: &[u8]) -> bool {
    matches!(
        word,
        b"Park"
            | b"House"
            | b"Tower"
            | b"Center"
            | b"Centre"
            | b"Memorial"
            | b"Library"
            | b"Museum"
            | b"Theatre"
            | b"Theater"
            | b"Lodge"
            | b"Manor"
            | b"Palace"
            | b"Chapel"
            | b"Cathedral"
    )
}

/// "Jong-un", "Pik-wan", "Hee-Chan": a capitalised syllable, a hyphen, a syllable.
fn is_hyphenated_given(word: &str) -> bool {
    let Some((a, b)) = word.split_once('-') else {
        return false;
    };
    let syllable =
        |s: &str| (1..=6).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphabetic());
    syllable(a)
        && syllable(b)
        && a.starts_with(|c: char| c.is_ascii_uppercase())
        && a[1..].chars().all(|c| c.is_ascii_lowercase())
        && b[1..].chars().all(|c| c.is_ascii_lowercase())
}

/// "NATO", "IPMA", "FBI": two to six capitals that spell no English word. A word of the
/// dictionary in capitals is emphasis or a shouted headline ("I LOVE this", "WATCH", "THE
/// END"); the organisations that spell a word ("WHO", "CARE") are in the known lists, asked
/// before this.
fn is_acronym(t: &Tokens, i: usize) -> bool {
    // (The shape first: most names are not in capitals.)
    if !t.toks[i].shape.contains(Shape::ALL_CAPS) || t.is(i, word::ENGLISH) {
        return false;
    }
    let s = t.str(i);
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    // Not a company's legal form alone ("LLC", "L.P."), nor two dotted initials, which are a
    // person's, a degree or a place more often ("J.D.", "A.C.", "B.C.").
    let initials = letters == 2 && s.contains('.');
    // Two capitals alone are a person's initials ("MJ", "JP"), an abbreviation ("PE", "OT")
    // or a state's code far more often than an organisation the lists do not know ("UN",
    // "EU", "BP" they do).
    // (Unless it is defined in brackets after a name: "Parti Québécois (PQ)".)
    let defined = i > 0 && i + 1 < t.toks.len() && t.bytes(i - 1) == b"(" && t.bytes(i + 1) == b")";
    let unknown_pair = letters == 2 && !t.is(i, word::KNOWN_ORG) && !defined;
    (2..=6).contains(&letters)
        && s.chars().all(|c| c.is_alphabetic() || c == '.' || c == '&')
        && !initials
        && !unknown_pair
        && !t.is(i, word::ORG_SUFFIX)
}

/// A word that names organisations of a kind ("Coalition", "Church", "Army", "Party"),
/// capitalised mid-sentence after "the" or a possessive: "the Coalition", "our Coalition
/// partners", "the Church" refer to one organisation the article knows; written lower case they
/// are common nouns, and at the start of a sentence the capital says nothing. An institution
/// needs no determiner before a word in lower case: "Coalition aircraft", "Parliament voted".
fn lone_org_word(t: &Tokens, i: usize, sentence_initial: bool) -> bool {
    const DETERMINERS: [&[u8]; 7] = [b"the", b"The", b"our", b"their", b"its", b"his", b"her"];
    // (Or capitalised before a word in lower case, as a modifier: "Coalition military forces",
    // "Parliament voted"; in title case the next word has a capital too.)
    let before_lower_case = || {
        i + 1 < t.toks.len()
            && t.same_line(i)
            && t.bytes(i + 1).first().is_some_and(u8::is_ascii_lowercase)
    };
    // (Only the institutions an article names by their kind alone; a firm's or a paper's
    // word so written is a menu's, a heading's or a product's: "hit Post", "Power updates".)
    let institution = || {
        matches!(
            t.bytes(i),
            b"Coalition"
                | b"Parliament"
                | b"Government"
                | b"Cabinet"
                | b"Senate"
                | b"Congress"
                | b"Army"
                | b"Navy"
                | b"Council"
                | b"Commission"
                | b"Ministry"
                | b"Assembly"
                | b"Alliance"
        )
    };
    // (An adjective before a noun describes it: "the European team", "the Islamic faith", "the
    // Republican party", "the Arab states".)
    let adjective = || {
        let w = t.bytes(i);
        (t.is(i, word::DEMONYM)
            || is_people(w)
            || w.ends_with(b"an")
            || w.ends_with(b"ic")
            || w.ends_with(b"ive")
            || w.ends_with(b"ist"))
            && before_lower_case()
    };
    // (Nor a place the gazetteer names with its article: "crossing the Channel".)
    let place_with_article = || {
        matches!(t.bytes(i - 1), b"the" | b"The")
            && t.lex.place(&format!("the {}", t.str(i))).is_some()
    };
    !sentence_initial
        && !t.toks[i].shape.contains(Shape::ALL_CAPS)
        && t.info(i).flags & (word::ORG_SUFFIX | word::ORG_PREFIX) != 0
        && i > 0
        && (DETERMINERS.contains(&t.bytes(i - 1)) && !adjective()
            || institution() && before_lower_case())
        && !place_with_article()
}

/// "THE WHITE HOUSE": a name the lists know after a leading "THE" in capitals.
fn known_after_the(t: &Tokens, toks: std::ops::Range<usize>) -> bool {
    toks.len() >= 3 && t.bytes(toks.start) == b"THE" && {
        let p = t.lex.phrase(crate::runs::raw(t, toks.start + 1..toks.end));
        p.known_org.is_some() || p.known_person.is_some() || p.place.is_some()
    }
}

/// Does the word of token `first` come again inside a sentence, in the article or, in a very
/// long text, within [`EVIDENCE_WINDOW`] tokens? (The length first: most tokens differ in it.)
fn elsewhere_mid_sentence(t: &Tokens, first: usize) -> bool {
    let word = t.bytes(first);
    let Some(&initial) = word.first() else {
        return false;
    };
    let text = t.text.as_bytes();
    let window = first.saturating_sub(EVIDENCE_WINDOW)..(first + EVIDENCE_WINDOW).min(t.toks.len());
    // (The length and the first byte first: most tokens differ in one, and neither needs a
    // call to compare.)
    window.into_iter().any(|i| {
        let span = t.toks[i].span();
        span.len() == word.len()
            && text[span.start] == initial
            && i != first
            && t.bytes(i) == word
            && mid_sentence(t, i)
    })
}

/// Is the name at token `i` one of a list of known organisations: "retailers include Target,
/// Best Buy", "Slate | Time | The Washington Examiner"?
fn listed_with_organisation(t: &Tokens, i: usize) -> bool {
    let separator = |k: usize| matches!(t.bytes(k), b"," | b"|" | b"and" | b"/");
    let known = |k: usize| t.is(k, word::KNOWN_ORG) && t.toks[k].shape.contains(Shape::CAPITALIZED);
    i >= 2 && separator(i - 1) && known(i - 2)
        || i + 2 < t.toks.len() && separator(i + 1) && known(i + 2)
}

/// How far, in tokens, [`elsewhere_mid_sentence`] looks either way (a long article has ≈ 2,000).
const EVIDENCE_WINDOW: usize = 3_000;

/// Is token `i` inside a sentence: after a word or a comma on its line, not after the end of
/// a sentence?
fn mid_sentence(t: &Tokens, i: usize) -> bool {
    i > 0
        && t.same_line(i - 1)
        && !matches!(
            t.bytes(i - 1),
            b"." | b"!" | b"?" | b":" | b";" | b"\"" | b"(" | b"-"
        )
}

/// "AM", "PM" and the time zones news gives with a time ("EDT", "GMT").
fn is_time_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"AM"
            | b"PM"
            | b"A.M."
            | b"P.M."
            | b"EDT"
            | b"EST"
            | b"CDT"
            | b"CST"
            | b"MDT"
            | b"MST"
            | b"PDT"
            | b"PST"
            | b"GMT"
            | b"UTC"
            | b"BST"
            | b"CET"
            | b"CEST"
            | b"AEST"
            | b"AEDT"
    )
}

/// A generation after a name: "II", "III", "IV", "Jr.".
pub(crate) fn is_generation(w: &str) -> bool {
    matches!(w, "II" | "III" | "IV" | "Jr" | "Jr." | "Sr" | "Sr.")
}

/// Words after a name that make it an organisation's ("Environment Canada spokeswoman",
/// "Gazprom officials"), or before it ("a spokesman for Harbourline").
fn is_org_follower(word: &[u8]) -> bool {
    matches!(
        word,
        b"spokesman"
            | b"spokeswoman"
            | b"spokesperson"
            | b"officials"
            | b"executives"
            | b"employees"
            | b"headquarters"
            | b"reporters"
            | b"journalists"
            | b"staffers"
            | b"shareholders"
            | b"subscribers"
            | b"volunteers"
    )
}

/// Is token `i` a role only a firm or a movement has: "founder", "CEO", "chief executive",
/// "chairman", "owner"?
fn is_company_role(t: &Tokens, i: usize) -> bool {
    match t.bytes(i) {
        b"founder" | b"co-founder" | b"cofounder" | b"CEO" | b"chairman" | b"chairwoman"
        | b"owner" | b"co-owner" => true,
        b"executive" => i > 0 && t.bytes(i - 1) == b"chief",
        b"officer" => i > 0 && t.bytes(i - 1) == b"executive",
        _ => false,
    }
}

/// After a possessive, what only a firm has: "VMware's chief executive", "Tesla's shares".
fn company_possession_at(t: &Tokens, i: usize) -> bool {
    i < t.toks.len()
        && (matches!(
            t.bytes(i),
            b"CEO"
                | b"shares"
                | b"stock"
                | b"shareholders"
                | b"headquarters"
                | b"subsidiary"
                | b"subsidiaries"
                | b"founder"
                | b"co-founder"
                | b"cofounder"
        ) || i + 1 < t.toks.len() && t.bytes(i) == b"chief" && t.bytes(i + 1) == b"executive")
}

fn org_context(t: &Tokens, toks: std::ops::Range<usize>) -> bool {
    // (Not after a possessive: "Putin’s spokesman" speaks for a person.)
    let after = toks.end < t.toks.len()
        && (t.possessive_len(toks.end - 1) == 0
            && (is_org_follower(t.bytes(toks.end)) || kind_in_apposition(t, toks.end))
            || between_the_and_its_kind(t, toks.clone())
            // "Demosisto's Nathan Law", "Digium's Joshua Colp": whom a person works for (not
            // a person's, "Len Deighton's Harry Palmer").
            || t.possessive_len(toks.end - 1) > 0
                && t.info(toks.start).given.is_none()
                && (full_name_at(t, toks.end) || company_possession_at(t, toks.end))
            // "LibriVox founder Hugh McGuire", "Quantcast co-founder Konrad Feldman", "Wikinews
            // reporter William Saturn", "Ansar spokesman Abu Ali".
            || t.possessive_len(toks.end - 1) == 0
                && matches!(
                    t.bytes(toks.end),
                    b"founder"
                        | b"co-founder"
                        | b"cofounder"
                        | b"CEO"
                        | b"chairman"
                        | b"chairwoman"
                        | b"reporter"
                        | b"correspondent"
                        | b"columnist"
                        | b"spokesman"
                        | b"spokeswoman"
                        | b"spokesperson"
                )
                && full_name_at(t, toks.end + 1));
    let before = toks.start >= 2
        && match t.bytes(toks.start - 1) {
            // Whom a person is with: "Ann Chiang of DAB", "Isabel Ruiz of Heaven Sent Gaming"
            // (a place was typed before this is asked: "Thomas Green of Ottawa"; nor a town
            // the lists lack before its state, "Tequila Cronk of Herington, Kansas", nor a
            // county, "Bill DeWeese of Greene County"). Only
            // bodies are bought and owned in shares: "the acquisition of Motorola".
            b"of" => {
                toks.start >= 3
                    && full_name_ending_at(t, toks.start - 2)
                    && !before_a_place(t, toks.end)
                    && !is_place_head(t.bytes(toks.end - 1))
                    || matches!(
                        t.bytes(toks.start - 2),
                        b"acquisition" | b"shares" | b"subsidiary" | b"shareholders"
                    )
                    // Only firms and movements have founders and chief executives: "the
                    // founder of SEOmoz", "chief executive of Honeywell" (places were typed
                    // before; not a first name: "the founder of Paul's ministry").
                    || is_company_role(t, toks.start - 2)
                        && t.info(toks.start).given.is_none()
                        && t.bytes(toks.start).len() > 1
            }
            // Who speaks, plays or works for it: "a spokesman for Gazprom", "he played for
            // Perth Glory", "she works for Halliburton" (not for a first name: "it has worked
            // for Seth").
            b"for" => match t.bytes(toks.start - 2) {
                b"spokesman" | b"spokeswoman" | b"spokesperson" => true,
                b"played" | b"plays" | b"playing" | b"signed" | b"works" | b"worked"
                | b"working" => t.info(toks.start).given.is_none(),
                _ => false,
            },
            // A contract with a club or a label: "signed with Decca".
            b"with" => matches!(t.bytes(toks.start - 2), b"signed" | b"signing"),
            // Only bodies are founded, bought and owned in shares: "co-founded Quantcast",
            // "agreed to acquire Mortech", "a stake in Burisma".
            // (Not a player a team acquires, nor a person whose firm it is: "a stake in
            // Kylie Jenner's company".)
            b"founded" | b"co-founded" | b"cofounded" | b"acquire" | b"acquired" | b"acquiring" => {
                t.info(toks.start).given.is_none()
                    && t.possessive_len(toks.end - 1) == 0
                    && !sports_story(t)
            }
            b"in" => {
                matches!(t.bytes(toks.start - 2), b"stake" | b"stakes")
                    && t.possessive_len(toks.end - 1) == 0
            }
            b"at" => professionals_at(t, toks.start),
            // The same before a name that opens on its article: "the band The Newlydeads".
            b"The" => is_org_kind_noun(t.bytes(toks.start - 2)),
            // ... or after "called" or "named": "a company called Young Indian", "a charity
            // named Hope for Paws" (not "a man named Young").
            b"called" | b"named" => {
                toks.start >= 3
                    && is_org_kind_noun(t.bytes(toks.start - 2))
                    && t.possessive_len(toks.end - 1) == 0
            }
            // "a group called the Sea Org", "the elite group within Scientology called the Sea
            // Org": the kind of body a few words before, with no punctuation between.
            b"the" => {
                toks.start >= 4
                    && matches!(t.bytes(toks.start - 2), b"called" | b"named")
                    && (toks.start.saturating_sub(7)..toks.start - 2)
                        .rev()
                        .take_while(|&k| t.toks[k].kind == TokenKind::Word)
                        .any(|k| {
                            is_org_kind_noun(t.bytes(k))
                                || matches!(
                                    t.bytes(k),
                                    b"group" | b"organization" | b"organisation" | b"movement"
                                )
                        })
                    && t.possessive_len(toks.end - 1) == 0
            }
            // What kind of body it is, right before its name: "the band Deadsy", "the Swedish
            // retailer Ikea", "the website Politics1".
            // (Not a word of the dictionary alone, "the company Web"; nor the first part of a
            // name that goes on after a possessive, "firm Steve's Auto Restoration".)
            kind => {
                is_org_kind_noun(kind)
                    && !(toks.len() == 1 && t.is(toks.start, word::ENGLISH))
                    // (Nor a person a kind that is also a trade describes: "pollster Joel
                    // Benenson", "Wiley publisher Joe Wikert".)
                    && !(toks.len() >= 2
                        && t.info(toks.start).given.is_some()
                        && !t.is(toks.end - 1, word::ENGLISH))
                    && t.word(toks.start).len() >= 2
                    && !(t.possessive_len(toks.end - 1) > 0
                        && toks.end < t.toks.len()
                        && t.toks[toks.end].shape.contains(Shape::CAPITALIZED))
                    && !is_acronym_plural(t.word(toks.end - 1))
            }
        };
    after || before
}

/// A name between "the" and the kind of body it is, a word in lower case between or not: "the
/// Thomas Nelson publishing company", "the Quorvane company".
/// (Only kinds of firm: "the Xbox Live network", "the Ingredient label", "the Google Earth
/// website" name other things; and not one word of the dictionary, "the Internet security
/// company".)
fn between_the_and_its_kind(t: &Tokens, toks: std::ops::Range<usize>) -> bool {
    let firm = |i: usize| {
        matches!(
            t.bytes(i),
            b"company"
                | b"firm"
                | b"group"
                | b"chain"
                | b"publisher"
                | b"conglomerate"
                | b"carmaker"
                | b"automaker"
                | b"airline"
                | b"retailer"
                | b"manufacturer"
        )
    };
    toks.start >= 1
        && matches!(t.bytes(toks.start - 1), b"the" | b"The")
        && toks.end < t.toks.len()
        && t.possessive_len(toks.end - 1) == 0
        && t.same_line(toks.end - 1)
        // (Not "the Braun-owned company".)
        && !t
            .bytes(toks.end - 1)
            .rsplit(|&b| b == b'-')
            .next()
            .is_some_and(|w| w.first().is_some_and(u8::is_ascii_lowercase))
        && !(toks.len() == 1 && t.is(toks.start, word::ENGLISH))
        && (firm(toks.end)
            || toks.end + 1 < t.toks.len()
                && t.toks[toks.end].shape.contains(Shape::LOWER_START)
                && firm(toks.end + 1))
}

/// Where professionals work, the name at token `i`: "analysts at Jefferies", "economists at
/// Nomura" (not "officials at Heathrow": a major place is typed a place before this is asked).
fn professionals_at(t: &Tokens, i: usize) -> bool {
    const WHO: [&[u8]; 11] = [
        b"analysts",
        b"analyst",
        b"economists",
        b"economist",
        b"strategists",
        b"strategist",
        b"researchers",
        b"executives",
        b"traders",
        b"bankers",
        b"employees",
    ];
    // (Opening the sentence too: "Analysts at Jefferies said".)
    i >= 2 && t.bytes(i - 1) == b"at" && WHO.iter().any(|w| t.bytes(i - 2).eq_ignore_ascii_case(w))
}

/// A station's call sign and band in capitals: three to five letters or digits, two or more
/// of them letters, then "-TV", "-FM", "-AM", "-DT" or "-LP" ("KCCI-TV", "WTOP-FM").
fn is_call_sign(word: &[u8]) -> bool {
    let Some((sign, band)) = word.split_last_chunk::<3>() else {
        return false;
    };
    matches!(band, b"-TV" | b"-FM" | b"-AM" | b"-DT" | b"-LP")
        && (3..=5).contains(&sign.len())
        && sign
            .iter()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && sign.iter().filter(|b| b.is_ascii_uppercase()).count() >= 2
}

/// Nouns that only a person is, as an apposition after a name says: ", a resident of Lampung",
/// ", a mother of two".
fn is_person_only_noun(word: &[u8]) -> bool {
    matches!(
        word,
        b"resident"
            | b"native"
            | b"student"
            | b"mother"
            | b"father"
            | b"widow"
            | b"widower"
            | b"grandmother"
            | b"grandfather"
            | b"survivor"
            | b"witness"
            | b"farmer"
            | b"teenager"
            | b"man"
            | b"woman"
            | b"retiree"
            | b"pensioner"
            | b"neighbour"
            | b"neighbor"
    )
}

/// What a person's name stands before as a modifier: "the Trump administration", "the Moon
/// government", "a Gore lead".
fn is_personal_noun(word: &[u8]) -> bool {
    matches!(
        word,
        b"administration"
            | b"administration's"
            | b"government"
            | b"presidency"
            | b"campaign"
            | b"cabinet"
            | b"regime"
            | b"era"
            | b"years"
            | b"family"
            | b"camp"
            | b"team"
            | b"aides"
            | b"allies"
            | b"supporters"
            | b"loyalists"
            | b"doctrine"
            | b"policy"
            | b"policies"
            | b"lead"
            | b"victory"
            | b"win"
            | b"speech"
            | b"visit"
            | b"interview"
    )
}

/// A noun in lower case that names a kind of organisation, and that news puts right before
/// the name of one ("the band Deadsy", "the carmaker Fisker", "the charity Oxfam").
fn is_org_kind_noun(word: &[u8]) -> bool {
    matches!(
        word,
        b"band"
            | b"company"
            | b"firm"
            | b"startup"
            | b"start-up"
            | b"carmaker"
            | b"automaker"
            | b"airline"
            | b"retailer"
            | b"insurer"
            | b"lender"
            | b"bank"
            | b"broadcaster"
            | b"newspaper"
            | b"magazine"
            | b"journal"
            | b"brewery"
            | b"supermarket"
            | b"tabloid"
            | b"website"
            | b"charity"
            | b"nonprofit"
            | b"non-profit"
            | b"label"
            | b"conglomerate"
            | b"manufacturer"
            | b"studio"
            | b"network"
            | b"club"
            | b"militia"
            | b"outfit"
            | b"union"
            | b"pollster"
            | b"publisher"
            | b"watchdog"
            | b"regulator"
            | b"miner"
            | b"operator"
            | b"chain"
            | b"think-tank"
            | b"thinktank"
    )
}

/// Prepositions, conjunctions and articles: words that open a phrase rather than qualify a
/// noun or follow a subject as its verb.
const FUNCTION_WORDS: [&[u8]; 16] = [
    b"all", b"of", b"in", b"for", b"to", b"with", b"at", b"on", b"by", b"from", b"as", b"and",
    b"or", b"the", b"a", b"an",
];

/// Kinds of body that also qualify other words before a name ("translation team Jared",
/// "brand Armstrong"), so that only a definition or an apposition after the name tells.
fn is_body_kind_after_name(word: &[u8]) -> bool {
    is_org_kind_noun(word)
        || matches!(
            word,
            b"organisation"
                | b"organization"
                | b"agency"
                | b"party"
                | b"team"
                | b"channel"
                | b"corporation"
                | b"union"
                | b"association"
                | b"foundation"
                | b"brand"
        )
}

/// ", a Danish security firm,", ", the British band that …", "is a Brazilian manufacturer
/// of": an apposition or a definition after the name that says what kind of body it is — an
/// article, at most three words in lower case or
/// capitalised adjectives, then the kind ([`is_body_kind_after_name`]) ending the phrase (not ", a
/// company director").
fn kind_in_apposition(t: &Tokens, after: usize) -> bool {
    let at = |i: usize| if i < t.toks.len() { t.bytes(i) } else { b"" };
    // (Or a definition: "Caloi is a Brazilian manufacturer of bicycles", "Velvet Revolver was
    // an American rock band".)
    if !matches!(at(after), b"," | b"is" | b"was")
        || !matches!(at(after + 1), b"a" | b"an" | b"the")
    {
        return false;
    }
    (after + 2..(after + 6).min(t.toks.len())).any(|k| {
        let next = at(k + 1);
        let phrase_ends = !next.first().is_some_and(u8::is_ascii_lowercase)
            || matches!(
                next,
                b"that" | b"which" | b"based" | b"founded" | b"in" | b"from" | b"whose" | b"of"
            );
        is_body_kind_after_name(t.bytes(k))
            && t.possessive_len(k) == 0
            // (Words that qualify the kind, not a phrase of their own: not ", the
            // participation of this team".)
            && (after + 2..k).all(|j| {
                t.toks[j].kind == TokenKind::Word
                    && !FUNCTION_WORDS.contains(&t.bytes(j))
                    && !matches!(t.bytes(j), b"this" | b"that" | b"its" | b"their")
            })
            && phrase_ends
    })
}

/// ", Kansas", ", Germany": a comma and a place after the name.
/// Is the name ending before token `end` followed by a comma and a US state, a province or a
/// country (or a state's abbreviation, "Ariz.", "N.Y."), not in the possessive, then the end of
/// the phrase: a town and its region ("Prescott, Arizona, and", "MESA, Ariz. (AP)")?
fn before_its_region(t: &Tokens, end: usize) -> bool {
    use lexicon::PlaceKind;
    let word = |k: usize| if k < t.toks.len() { t.bytes(k) } else { b"" };
    end + 1 < t.toks.len()
        && word(end) == b","
        && t.same_line(end)
        && t.info(end + 1)
            .place
            .is_some_and(|p| matches!(p.kind, PlaceKind::Region | PlaceKind::Country))
        // (Not an apposition: "Reza Taqipur, Iran's minister of oil".)
        && t.possessive_len(end + 1) == 0
        && (end + 2 >= t.toks.len() || !t.is_cap(end + 2))
}

/// Does the name at token `first` stand in a byline: a line opening with "By", then only
/// names and the "and"s and commas between them?
fn in_byline(t: &Tokens, first: usize) -> bool {
    let mut k = first;
    while k > 0 && t.same_line(k - 1) {
        k -= 1;
        let ok = matches!(t.bytes(k), b"and" | b"AND" | b"," | b"&")
            || t.toks[k].shape.contains(Shape::CAPITALIZED)
                && matches!(t.toks[k].kind, TokenKind::Word | TokenKind::Abbreviation);
        if !ok {
            return false;
        }
    }
    matches!(t.bytes(k), b"By" | b"BY") && k < first
}

/// Do tokens `first..end` open a line as a comment's heading does, the writer's name before
/// the date: "Chad — July 17th, 2012, 6:49 pm", or alone on the line above "09/06/2012"?
fn heads_comment(t: &Tokens, first: usize, end: usize) -> bool {
    // (A month's name, or a date in figures: "09/06/2012", "2012-09-06"; not "1/2 head
    // cabbage" after a recipe's "Cole Slaw".)
    let date = |k: usize| {
        k < t.toks.len()
            && (crate::runs::is_month_name(t.bytes(k))
                || t.toks[k].kind == TokenKind::Number
                    && numeric_date(&t.text.as_bytes()[t.toks[k].span().start..]))
    };
    (first == 0 || !t.same_line(first - 1))
        && end < t.toks.len()
        && if t.same_line(end - 1) {
            matches!(t.str(end), "—" | "–" | "-" | "--" | "|")
                && end + 1 < t.toks.len()
                && t.same_line(end)
                && date(end + 1)
        } else {
            date(end)
        }
}

/// Does `text` open with a date in figures, three numbers joined by two slashes or two
/// hyphens ("09/06/2012", "2012-09-06")?
fn numeric_date(text: &[u8]) -> bool {
    let mut parts = 0;
    let mut digits = 0;
    let mut joiner = None;
    for &b in text {
        if b.is_ascii_digit() {
            digits += 1;
            continue;
        }
        if digits == 0 || digits > 4 {
            return false;
        }
        parts += 1;
        digits = 0;
        if parts == 3 || !matches!(b, b'/' | b'-') || joiner.is_some_and(|j| j != b) {
            return parts == 3;
        }
        joiner = Some(b);
    }
    parts + usize::from(digits > 0) == 3
}

/// Does token `first` follow a town and a comma on its line ("Erie, PA")?
fn after_its_town(t: &Tokens, first: usize) -> bool {
    first >= 2
        && t.bytes(first - 1) == b","
        && t.same_line(first - 2)
        && t.same_line(first - 1)
        && t.is_cap(first - 2)
        && t.info(first - 2).place.is_some()
}

/// Could the words of `toks` name a town: one of them a place's name, none an organisation's
/// word or a title? ("Prescott", even beside John Prescott; "Gary", "Lee's Summit"; not "Smith"
/// of "Smith, Texas' attorney general", a surname no town of the lists bears.) A known
/// organisation's name that is also a town's may ("Toyota, Aichi").
fn may_name_a_town(t: &Tokens, toks: std::ops::Range<usize>) -> bool {
    toks.clone().any(|i| t.info(i).place.is_some())
        && toks.clone().all(|i| {
            let info = t.info(i);
            let org = if info.place.is_some() {
                ORG_WORD
            } else {
                word::KNOWN_ORG | ORG_WORD
            };
            info.flags & (word::TITLE | org) == 0
        })
}

pub(crate) fn before_a_place(t: &Tokens, end: usize) -> bool {
    end + 1 < t.toks.len() && t.bytes(end) == b"," && t.info(end + 1).place.is_some()
}

/// A person's full name starts at token `i`: a first name, then a capitalised word on the
/// same line ("DAB's Starry Lee" is not it, "Demosisto's Nathan Law" is).
fn full_name_at(t: &Tokens, i: usize) -> bool {
    i + 1 < t.toks.len()
        && t.info(i).given.is_some()
        && t.toks[i].shape.contains(Shape::CAPITALIZED)
        && t.is_cap(i + 1)
        && t.same_line(i)
}

/// "and" at token `i`, then a first name and a surname ending the name: "(Luis) and Marco
/// Ferreira" (not a firm's name: "Marks and Spencer", "Procter and Gamble Co").
fn shares_surname_after(t: &Tokens, i: usize) -> bool {
    i + 2 < t.toks.len()
        && t.bytes(i) == b"and"
        && t.same_line(i - 1)
        && full_name_at(t, i + 1)
        && t.info(i + 2).surname.is_some()
        && t.info(i + 2).flags & crate::runs::ORG_WORD == 0
        && !(i + 3 < t.toks.len() && t.same_line(i + 2) && t.is_cap(i + 3))
}

/// Is the name at tokens `first..end` one someone is addressed by, after a greeting and
/// before a comma or the sentence's end ("Hey Frank,", "Thanks, Maria."), or called by ("my
/// name is John")? (Asked by [`crate::resolve`] of a first name alone that no person of the
/// article holds: "Thanks, David" in a comment is mostly the author's.)
pub(crate) fn addressed_or_named(t: &Tokens, first: usize, end: usize) -> bool {
    let before = |k: usize| first.checked_sub(k).map_or(&b""[..], |i| t.bytes(i));
    let greeting = |w: &[u8]| lexicon::is_greeting(w) || matches!(w, b"thanks" | b"hey" | b"hi");
    let addressed = (greeting(before(1)) || before(1) == b"," && greeting(before(2)))
        && end < t.toks.len()
        && matches!(t.bytes(end), b"," | b"!" | b"." | b"?" | b":");
    addressed || before(1) == b"is" && before(2) == b"name"
}

/// A person's full name ends at token `last`: a capitalised word after a first name that is
/// no common word, not itself after "of" ("Church of Jesus Christ of …").
fn full_name_ending_at(t: &Tokens, last: usize) -> bool {
    last >= 1
        && t.info(last - 1).given.is_some()
        && !is_common_word(t, last - 1)
        && (last < 2 || t.bytes(last - 2) != b"of")
        && t.toks[last - 1].shape.contains(Shape::CAPITALIZED)
        && t.is_cap(last)
        && t.possessive_len(last) == 0
        && t.same_line(last - 1)
}

/// "CEOs", "NGOs": the plural of an acronym is a kind of thing, not a name.
fn is_acronym_plural(w: &str) -> bool {
    w.len() >= 3
        && w.strip_suffix('s')
            .is_some_and(|stem| stem.bytes().all(|b| b.is_ascii_uppercase()))
}

/// A nationality, a people or a faith: "Syrian", "Kurdish", "Sunni", "Catholic".
fn is_group_word(t: &Tokens, i: usize) -> bool {
    let w = t.bytes(i);
    t.is(i, word::DEMONYM) || is_faith(w) || is_people(w)
}

/// `word` lower-cased into `buf` when it is ASCII and fits (every word of the case-blind lists
/// below does): the lists are then one `matches!` each, a switch on the length rather than a
/// comparison with every entry. A longer or non-ASCII word gives an empty slice, which no list
/// holds.
fn ascii_lower<'b>(word: &[u8], buf: &'b mut [u8; 16]) -> &'b [u8] {
    if word.len() > buf.len() || !word.is_ascii() {
        return &[];
    }
    // (Byte by byte: a copy of a length known only at run time is a call to `memcpy`.)
    for (lower, &b) in buf.iter_mut().zip(word) {
        *lower = b.to_ascii_lowercase();
    }
    &buf[..word.len()]
}

/// Is the token at `i` a word in lower case that a noun phrase goes on with, rather than a
/// verb, a preposition or a conjunction after a name ("values", "doctor", not "said", "at")?
fn before_noun(t: &Tokens, i: usize) -> bool {
    i < t.toks.len()
        && t.same_line(i - 1)
        && t.bytes(i).first().is_some_and(u8::is_ascii_lowercase)
        && !matches!(
            t.bytes(i),
            b"at"
                | b"on"
                | b"in"
                | b"of"
                | b"and"
                | b"or"
                | b"but"
                | b"said"
                | b"says"
                | b"wrote"
                | b"writes"
                | b"is"
                | b"was"
                | b"has"
                | b"had"
                | b"who"
                | b"from"
                | b"to"
                | b"for"
                | b"with"
                | b"will"
                | b"would"
                | b"can"
                | b"could"
        )
}

/// Is the word before `i` a determiner or an adjective in lower case ("an evangelical
/// Christian", "a Sunni"), rather than a word that goes before a person's name ("by", "to",
/// "thanks", "told")?
fn after_modifier(t: &Tokens, i: usize) -> bool {
    i > 0
        && t.same_line(i - 1)
        && t.bytes(i - 1).first().is_some_and(u8::is_ascii_lowercase)
        && !matches!(
            t.bytes(i - 1),
            b"by"
                | b"to"
                | b"with"
                | b"from"
                | b"and"
                | b"or"
                | b"thanks"
                | b"thank"
                | b"dear"
                | b"hi"
                | b"hey"
                | b"said"
                | b"told"
                | b"asked"
                | b"for"
                | b"as"
                | b"like"
        )
}

/// The religions by name (their adjectives and followers are [`is_faith`]).
fn is_religion(t: &Tokens, i: usize) -> bool {
    matches!(
        t.word_bytes(i),
        b"Islam"
            | b"Christianity"
            | b"Judaism"
            | b"Hinduism"
            | b"Buddhism"
            | b"Sikhism"
            | b"Catholicism"
            | b"Protestantism"
            | b"Taoism"
            | b"Jainism"
            | b"Zoroastrianism"
    )
}

/// Peoples without a state of their own, whose adjectives the demonym list lacks.
fn is_people(word: &[u8]) -> bool {
    let mut buf = [0u8; 16];
    matches!(
        ascii_lower(word, &mut buf),
        b"kurdish"
            | b"arab"
            | b"pashtun"
            | b"tamil"
            | b"berber"
            | b"uyghur"
            | b"uighur"
            | b"rohingya"
            | b"hazara"
            | b"baloch"
            | b"tuareg"
            | b"roma"
    )
}

/// Faiths and their branches, as adjectives or group nouns.
pub(crate) fn is_faith(word: &[u8]) -> bool {
    let mut buf = [0u8; 16];
    matches!(
        ascii_lower(word, &mut buf),
        b"muslim"
            | b"sunni"
            | b"shia"
            | b"shiite"
            | b"shi'ite"
            | b"alawite"
            | b"druze"
            | b"yazidi"
            | b"christian"
            | b"catholic"
            | b"protestant"
            | b"orthodox"
            | b"evangelical"
            | b"anglican"
            | b"coptic"
            | b"maronite"
            | b"jewish"
            | b"hindu"
            | b"sikh"
            | b"buddhist"
            | b"ismaili"
            | b"salafi"
            | b"mormon"
            | b"scientologist"
    )
}

/// After "near", "in", "the village of": a place's name more often than a person's.
fn after_place_word(t: &Tokens, first: usize) -> bool {
    let is_place_word = |i: usize| is_place_word(t.bytes(i));
    (first > 0 && is_place_word(first - 1))
        || (first > 1 && t.bytes(first - 1) == b"of" && is_place_word(first - 2))
}

/// The Arabic article as place names write it in English: "Al", "El", and before the sun
/// letters "Ar", "As", "Ash", "Ad", "An", "At", "Az".
fn is_arabic_article(word: &[u8]) -> bool {
    matches!(
        word,
        b"Al" | b"El" | b"Ar" | b"As" | b"Ash" | b"Ad" | b"An" | b"At" | b"Az"
    )
}

/// After a title and "of" or "for", a name is the title's domain, not its holder: "the Governor
/// of Virginia said", "Minister for Victoria".
fn in_title_domain(t: &Tokens, first: usize) -> bool {
    first > 1 && matches!(t.bytes(first - 1), b"of" | b"for") && t.is(first - 2, word::TITLE)
}

/// Words after which an unknown name is a place's more often than a person's ("near Ayn Isa",
/// "in the vicinity of Ayn Issa"), in any case.
fn is_place_word(word: &[u8]) -> bool {
    let mut buf = [0u8; 16];
    matches!(
        ascii_lower(word, &mut buf),
        b"near"
            | b"in"
            | b"at"
            | b"outside"
            | b"around"
            | b"across"
            | b"towards"
            | b"toward"
            | b"from"
            | b"into"
            | b"village"
            | b"town"
            | b"city"
            | b"province"
            | b"district"
            | b"region"
            | b"county"
            | b"vicinity"
            | b"outskirts"
            | b"suburb"
            | b"neighbourhood"
            | b"neighborhood"
    )
}
/// How common (per 100,000 people of the US census) a first name must be to name a person on
/// its own, without a surname or any context: common enough that the word is a first name
/// first ("Karen", "Stan"), rare names being too often something else.
const LONE_GIVEN_NAME: f32 = 10.0;

/// How common a first name must be for it and any one word after it to name a person ("George
/// Shearing"): among the commonest few hundred first names, which rarely open anything else.
pub(crate) const COMMON_GIVEN_NAME: f32 = 100.0;

/// Family and partners: a word before a name that only people have.
fn is_kin(word: &str) -> bool {
    matches!(
        word,
        "child"
            | "baby"
            | "grandchild"
            | "stepfather"
            | "stepmother"
            | "widower"
            | "fiance"
            | "fiancee"
            | "brother"
            | "sister"
            | "son"
            | "daughter"
            | "wife"
            | "husband"
            | "father"
            | "mother"
            | "uncle"
            | "aunt"
            | "cousin"
            | "nephew"
            | "niece"
            | "grandson"
            | "granddaughter"
            | "grandfather"
            | "grandmother"
            | "boyfriend"
            | "girlfriend"
            | "fiancé"
            | "fiancée"
            | "widow"
            | "stepson"
            | "stepdaughter"
    )
}

/// "his brother Toby", "her son, Michael": a relative named right after the kinship word.
pub(crate) fn kin_before(t: &Tokens, i: usize) -> bool {
    let mut k = i;
    if k > 0 && t.bytes(k - 1) == b"," {
        k -= 1;
    }
    k > 0 && is_kin(t.str(k - 1))
}

/// "Cowley finished his career", "Budjana's wife": the name's own life, in words that only
/// persons have (organisations have "its").
fn his_or_her_after(t: &Tokens, i: usize, sentence_initial: bool) -> bool {
    const OWN: [&[u8]; 10] = [
        b"wife",
        b"husband",
        b"son",
        b"daughter",
        b"father",
        b"mother",
        b"brother",
        b"sister",
        b"career",
        b"childhood",
    ];
    if t.possessive_len(i) > 0 {
        return i + 1 < t.toks.len() && OWN.contains(&t.bytes(i + 1));
    }
    // The name as the subject (first in its clause), a verb, then "his" or "her".
    first_in_clause(t, i, sentence_initial)
        && i + 2 < t.toks.len()
        && t.toks[i + 1].shape.contains(Shape::LOWER_START)
        && t.toks[i + 1].kind == TokenKind::Word
        && !FUNCTION_WORDS.contains(&t.bytes(i + 1))
        && matches!(t.bytes(i + 2), b"his" | b"her")
        && t.same_line(i)
}

/// Is the single word at token `i` the subject of a verb of saying, a verb in the past or an
/// auxiliary: first in its clause ("In 2007, Paris left the ship", "they claimed Paris was a
/// volunteer", "Jordan scored 40", "Paris also claims")? A place is rarely the subject of such
/// a sentence, so a person of the article who bears the word as a surname may claim it there
/// ([`crate::resolve`]).
pub(crate) fn subject_of_a_verb(t: &Tokens, i: usize, sentence_initial: bool) -> bool {
    // (Also after a clause's opening word or a verb of saying: "that", "while", "claimed".)
    let subject = sentence_initial
        || i > 0
            && t.same_line(i - 1)
            && (first_in_clause(t, i, false)
                || matches!(
                    t.bytes(i - 1),
                    b"that" | b"while" | b"because" | b"said" | b"says" | b"claimed" | b"claims"
                ));
    if !subject || i + 1 >= t.toks.len() || !t.same_line(i) || t.possessive_len(i) > 0 {
        return false;
    }
    // (An adverb may come between: "Paris also claims", "Paris later left".)
    let mut v = i + 1;
    if v + 1 < t.toks.len()
        && matches!(
            t.bytes(v),
            b"also" | b"later" | b"then" | b"still" | b"never" | b"first" | b"once"
        )
    {
        v += 1;
    }
    let verb = t.bytes(v);
    t.toks[v].kind == TokenKind::Word
        && t.toks[v].shape.contains(Shape::LOWER_START)
        && (is_speech_verb(verb)
            || matches!(
                verb,
                b"claims"
                    | b"claimed"
                    | b"was"
                    | b"had"
                    | b"did"
                    | b"would"
                    | b"could"
                    | b"left"
                    | b"won"
                    | b"lost"
                    | b"took"
                    | b"went"
                    | b"came"
                    | b"made"
                    | b"gave"
                    | b"got"
                    | b"met"
                    | b"became"
                    | b"began"
                    | b"spent"
                    | b"found"
                    | b"wrote"
                    | b"sent"
                    | b"felt"
                    | b"knew"
            )
            || matches!(
                t.str(v),
                "didn't" | "didn’t" | "wasn't" | "wasn’t" | "hadn't" | "hadn’t"
            )
            || verb.len() >= 5 && verb.ends_with(b"ed") && !verb.ends_with(b"eed"))
}

/// Is token `i` first in its sentence or clause: after a comma, "and", "but", "when", "after"
/// or "then"?
fn first_in_clause(t: &Tokens, i: usize, sentence_initial: bool) -> bool {
    sentence_initial
        || i > 0
            && matches!(
                t.bytes(i - 1),
                b"," | b"and" | b"but" | b"when" | b"after" | b"then"
            )
}

/// Words around the single-word name at token `i` that only a person has: a verb of saying
/// after it, a kinship word before it, or its own family, career or "his"/"her" after it.
pub(crate) fn personal_context(t: &Tokens, i: usize, sentence_initial: bool) -> bool {
    person_context(t, i + 1) || kin_before(t, i) || his_or_her_after(t, i, sentence_initial)
}

/// An occupation or office written in lower case right before the name: "guitarist Chick
/// Corea", "the philosopher Immanuel Kant", "spokesman Peskov" (a title in capitals is already
/// the segment's role). Not the honorifics and ranks that are also common words ("I miss
/// Suzuki", "major CMSes", "private Fall Funnel"), nor abbreviations ("3:27 pm Mike").
fn lower_case_title_before(t: &Tokens, first: usize) -> bool {
    use lexicon::TitleKind::{Political, Professional, Role};
    if first == 0 || !t.same_line(first - 1) {
        return false;
    }
    let w = t.bytes(first - 1);
    w.len() >= 4
        && w[0].is_ascii_lowercase()
        && t.is(first - 1, word::TITLE)
        && matches!(
            t.lex.title(t.str(first - 1)),
            Some(Political | Professional | Role)
        )
}

/// "guitarists such as", "leaders including", "artists like" right before token `first`: a
/// plural occupation or office the lists know, which the names after it are examples of.
pub(crate) fn after_people_of_a_kind(t: &Tokens, first: usize) -> bool {
    kind_before_examples(t, first).is_some_and(|k| is_plural_of_a_role(t, k))
}

/// Does the name at token `first` open the examples of a plural kind of body: "bands like
/// The Ramones", "retailers such as John Lewis", "companies including IBM"?
pub(crate) fn after_bodies_of_a_kind(t: &Tokens, first: usize) -> bool {
    kind_before_examples(t, first).is_some_and(|k| {
        let w = t.bytes(k);
        // (A plural: "bands", "companies", not "Pacific Bancshares" nor "class".)
        let singular = |stem: &[u8]| is_body_kind_after_name(stem) || is_plural_only_body(stem);
        match w.strip_suffix(b"ies") {
            Some(stem) => singular(&[stem, b"y"].concat()),
            None => w
                .strip_suffix(b"s")
                .is_some_and(|stem| !stem.ends_with(b"s") && singular(stem)),
        }
    })
}

/// Kinds of body that news names by a plural before examples, beside those of
/// [`is_body_kind_after_name`]: "universities such as …", "outlets like …".
fn is_plural_only_body(stem: &[u8]) -> bool {
    matches!(
        stem,
        b"university" | b"college" | b"outlet" | b"publication" | b"station" | b"chain" | b"group"
    )
}

/// The plural noun before "such as", "including" or "like" that the name at `first` opens
/// the examples of, on the same line.
fn kind_before_examples(t: &Tokens, mut first: usize) -> Option<usize> {
    // (A name may open on its article: "bands like The Ramones".)
    if first >= 1 && t.bytes(first - 1) == b"The" {
        first -= 1;
    }
    let k = match first.checked_sub(1).map(|i| t.bytes(i)) {
        Some(b"including" | b"like") => first - 1,
        Some(b"as") if first >= 2 && t.bytes(first - 2) == b"such" => first - 2,
        _ => return None,
    };
    (k >= 1 && (k - 1..first).all(|i| t.same_line(i))).then(|| k - 1)
}

/// A plural in lower case of an occupation or office: "guitarists", "ministers", "secretaries",
/// "chairmen" (not of honorifics).
fn is_plural_of_a_role(t: &Tokens, i: usize) -> bool {
    let w = t.str(i);
    if w.len() < 5 || !w.starts_with(|c: char| c.is_ascii_lowercase()) {
        return false;
    }
    let role = |singular: &str| {
        t.lex
            .title(singular)
            .is_some_and(|kind| kind != lexicon::TitleKind::Honorific)
    };
    let mut buf = String::new();
    if let Some(stem) = w.strip_suffix("men") {
        buf.push_str(stem);
        buf.push_str("man");
        return role(&buf);
    }
    if let Some(stem) = w.strip_suffix("ies") {
        buf.push_str(stem);
        buf.push('y');
        return role(&buf);
    }
    w.strip_suffix('s').is_some_and(|stem| {
        !stem.ends_with('s') && (role(stem) || stem.strip_suffix('e').is_some_and(role))
    })
}

/// A role and a comma before the name, the role in lower case and of a body or a country: "the
/// head of NATO, Hoop Scheffer,", "the leader of the Saxony Party, …", "Russia's foreign
/// minister, …", "its spokesman, …". The name must close the apposition with a comma, so that
/// a list ("the leader of Hamas, Fatah and Islamic Jihad") is not read as one.
fn role_apposition_before(t: &Tokens, first: usize, end: usize) -> bool {
    if first < 2
        || t.bytes(first - 1) != b","
        || end >= t.toks.len()
        || t.bytes(end) != b","
        || !t.same_line(first - 2)
    {
        return false;
    }
    // (A role word is a title in lower case before what follows it.)
    let role = |i: usize| lower_case_title_before(t, i + 1);
    let mut i = first - 2;
    if role(i) {
        return true;
    }
    // "… of [the] Name Name,": back over at most four capitalised words to "of".
    let mut words = 0;
    while words < 4 && i > 0 && t.is_cap(i) && t.same_line(i - 1) {
        i -= 1;
        words += 1;
    }
    if words > 0 && t.bytes(i) == b"the" && i > 0 {
        i -= 1;
    }
    words > 0 && i > 0 && t.bytes(i) == b"of" && role(i - 1)
}

/// "Mr", "Mrs", "Ms", "Mx" (with or without the period): only a person is called so. ("Miss"
/// also titles pageants and songs: "Miss Universe", "Miss Murder".)
fn is_honorific(role: &str) -> bool {
    matches!(
        role.trim_end_matches('.'),
        "Mr" | "Mrs" | "Ms" | "Mx" | "MR" | "MRS"
    )
}

/// A single capitalised word without digits that could be a surname after an honorific ("Mr
/// Key", not "Mr T-1000"); in capitals only after a title in capitals ("MR KIRBY:", not "Mr.
/// SGCC").
fn looks_like_surname(t: &Tokens, i: usize) -> bool {
    let shape = t.toks[i].shape;
    t.toks[i].kind == TokenKind::Word
        && t.word(i).len() >= 2
        && shape.contains(Shape::CAPITALIZED)
        && !shape.contains(Shape::HAS_DIGIT)
        && (!shape.contains(Shape::ALL_CAPS)
            || i > 0 && t.toks[i - 1].shape.contains(Shape::ALL_CAPS))
}

/// A capital after the first letter: "VirnetX", "PeepOpen" (not "McCain", "O'Neill", "MacLeod").
fn inner_capital(w: &str) -> bool {
    let rest = w
        .strip_prefix("Mc")
        .or_else(|| w.strip_prefix("Mac"))
        .unwrap_or(w);
    rest.bytes().skip(1).any(|b| b.is_ascii_uppercase()) && !w.contains('\'')
}

/// "Jafari said", "Lopez told": the commonest verbs of saying right after the name (not
/// "added": "Kospi added 0.4 per cent").
fn said_after(t: &Tokens, i: usize) -> bool {
    i < t.toks.len() && matches!(t.bytes(i), b"said" | b"says" | b"told")
}

/// "…, said Mauer." / "said Mauer, …": the name as the subject after its verb of saying.
fn said_before(t: &Tokens, i: usize) -> bool {
    i > 0
        && matches!(t.bytes(i - 1), b"said" | b"says" | b"added" | b"wrote")
        && (i + 1 == t.toks.len() || matches!(t.bytes(i + 1), b"," | b"." | b";"))
}

/// A month's or weekday's name written in capitals: "JULY", "MONDAY".
fn is_date_in_capitals(word: &[u8]) -> bool {
    let mut title = [0u8; 9];
    if !(3..=title.len()).contains(&word.len()) {
        return false;
    }
    for (i, &b) in word.iter().enumerate() {
        title[i] = if i == 0 { b } else { b.to_ascii_lowercase() };
    }
    crate::runs::is_date_word(&title[..word.len()])
}

/// The names of stock market indices that are no one's name and no body's (those named after
/// a body, "Nikkei", "FTSE", are the body's).
fn is_market_index(phrase: &str) -> bool {
    matches!(
        phrase,
        "Hang Seng"
            | "Kospi"
            | "KOSPI"
            | "Sensex"
            | "Nifty"
            | "Topix"
            | "TOPIX"
            | "Bovespa"
            | "Merval"
    )
}

/// A comment's signature: a name opening its line, then the date it was posted ("Victoria on
/// October 23rd, 2012 9:43 pm", "Sofia October 28, 2012 at 11:57 pm"), or a name before
/// "says:" anywhere ("27. Jun, 2012 / Leon says:", "Bobby Says:").
fn comment_signature(t: &Tokens, first: usize, after: usize) -> bool {
    let line_start = first == 0 || !t.same_line(first - 1);
    let word = |k: usize| if k < t.toks.len() { t.bytes(k) } else { b"" };
    let mut k = after;
    if word(k) == b"on" {
        k += 1;
    }
    let dated =
        crate::runs::is_month_name(word(k)) && word(k + 1).first().is_some_and(u8::is_ascii_digit);
    let says =
        word(after) == b"says" && word(after + 1) == b":" || crate::runs::signs_comment(t, after);
    after < t.toks.len() && t.same_line(after - 1) && (line_start && dated || says)
}

/// A verb of saying, a person's apposition ([`person_apposition`]), "was born", "(born" or
/// "claims" right after the name.
pub(crate) fn person_context(t: &Tokens, after: usize) -> bool {
    if person_apposition(t, after) {
        return true;
    }
    let mut i = after;
    if i < t.toks.len() && t.bytes(i) == b"," {
        i += 1;
    }
    // "… was born", "… (born 12 May 1970)", "… claims": only people are born, and claims are
    // said.
    let born = i + 1 < t.toks.len()
        && matches!(t.bytes(i), b"was" | b"is" | b"(")
        && t.bytes(i + 1) == b"born";
    born || i < t.toks.len()
        && (is_speech_verb(t.bytes(i)) || matches!(t.bytes(i), b"claims" | b"claimed"))
}

/// An apposition after the name that only a person has: ", who …", ", the founder of …", ", a
/// spokesman for …", ", a resident of …".
fn person_apposition(t: &Tokens, after: usize) -> bool {
    let mut i = after;
    if i >= t.toks.len() || t.bytes(i) != b"," {
        return false;
    }
    i += 1;
    if i < t.toks.len() && matches!(t.bytes(i), b"who" | b"whose") {
        return true;
    }
    // A person's role: ", the founder of …", ", a spokesman for …". (The role has a word after
    // it: the text may end with the role.)
    if i + 2 < t.toks.len()
        && matches!(t.bytes(i), b"the" | b"a" | b"an")
        && lower_case_title_before(t, i + 2)
    {
        return true;
    }
    // ... or a noun only a person is: ", a resident of …", ", a 45-year-old mother of two".
    i + 2 < t.toks.len()
        && matches!(t.bytes(i), b"a" | b"an")
        && (i + 1..(i + 4).min(t.toks.len() - 1))
            .find(|&k| {
                is_person_only_noun(t.bytes(k))
                    && (i + 1..k).all(|j| t.toks[j].shape.contains(Shape::LOWER_START))
            })
            .is_some_and(|k| t.same_line(k - 1))
}

/// Is the name at token `first` credited with a piece of the page: "posted by Sofia", "Photo by
/// Jordan", "written by Paris"? Only a person posts, writes or takes a photograph.
fn credited(t: &Tokens, first: usize) -> bool {
    first >= 2
        && matches!(t.bytes(first - 1), b"by" | b"By" | b"BY")
        && t.same_line(first - 2)
        && t.same_line(first - 1)
        && {
            let w = t.bytes(first - 2).to_ascii_lowercase();
            matches!(
                &w[..],
                b"posted"
                    | b"written"
                    | b"photo"
                    | b"photos"
                    | b"photograph"
                    | b"photographs"
                    | b"reported"
                    | b"edited"
                    | b"illustration"
                    | b"compiled"
                    | b"story"
                    | b"video"
            )
        }
}

/// Is the run of tokens `first..=last` a rendering of a name in another language, in brackets
/// after the name: after "Arabic:" (with any words in other scripts between) or before "in
/// Kurdish"?
fn is_rendering(t: &Tokens, first: usize, last: usize) -> bool {
    let after_in = last + 2 < t.toks.len()
        && t.bytes(last + 1) == b"in"
        && is_language(t.bytes(last + 2))
        && (first.saturating_sub(4)..first).any(|p| t.bytes(p) == b"(");
    if after_in {
        return true;
    }
    // Back from the run: other renderings and words in other scripts, then "Language:".
    let mut k = first;
    for _ in 0..12 {
        let Some(p) = k.checked_sub(1) else {
            return false;
        };
        let w = t.bytes(p);
        if w == b":" {
            return p >= 1 && is_language(t.bytes(p - 1));
        }
        let other_script = !w.is_empty() && !w.iter().any(u8::is_ascii_alphabetic);
        let joiner = matches!(w, b"or" | b"," | b"/" | b"also");
        if !(other_script || joiner || t.toks[p].is_capitalized()) || w == b"(" || w == b")" {
            return false;
        }
        k = p;
    }
    false
}

/// Names of languages and scripts that introduce a rendering: "Arabic:", "in Kurdish".
fn is_language(word: &[u8]) -> bool {
    matches!(
        word,
        b"Arabic"
            | b"Kurdish"
            | b"Persian"
            | b"Farsi"
            | b"Hebrew"
            | b"Turkish"
            | b"Russian"
            | b"Ukrainian"
            | b"Belarusian"
            | b"Serbian"
            | b"Croatian"
            | b"Bosnian"
            | b"Macedonian"
            | b"Bulgarian"
            | b"Greek"
            | b"Armenian"
            | b"Georgian"
            | b"Syriac"
            | b"Aramaic"
            | b"Urdu"
            | b"Pashto"
            | b"Dari"
            | b"Hindi"
            | b"Bengali"
            | b"Punjabi"
            | b"Tamil"
            | b"Amharic"
            | b"Chinese"
            | b"Mandarin"
            | b"Cantonese"
            | b"Japanese"
            | b"Korean"
            | b"Thai"
            | b"Burmese"
            | b"Cyrillic"
            | b"Latin"
    )
}

#[cfg(test)]
mod tests {
    use super::{SPORTS_CUE_SHAPES, SPORTS_CUES, is_sports_cue};

    /// The sports cues are sorted, as their binary search needs, and every cue passes both the
    /// table that lets words through and the search; a word of another length does not.
    #[test]
    fn sports_cues_are_matched_as_listed() {
        assert!(SPORTS_CUES.is_sorted());
        for cue in SPORTS_CUES {
            assert!(is_sports_cue(cue), "{}", String::from_utf8_lossy(cue));
            assert!(
                SPORTS_CUE_SHAPES[usize::from(cue[0])] >> cue.len() & 1 != 0,
                "{}",
                String::from_utf8_lossy(cue)
            );
        }
        assert!(!is_sports_cue(b"seasons") && !is_sports_cue(b"Season"));
    }
}
