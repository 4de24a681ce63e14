//! From typed mentions to entities: one canonical name per person or organisation of the
//! article, with every mention, including short forms ("Putin"), acronyms defined in the text
//! ("North Atlantic Treaty Organization (NATO)") and case variants ("vladimir putin").

use crate::runs::{Tokens, is_major_place, short_key, short_key_at};
use crate::{Class, NameMention, NamedEntity, Names, Segment};
use lexicon::{Lexicon, word};
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use text::{ByteSpan, Shape, Token, TokenKind};

/// The article's key words (lower case, see [`lexicon::key`]), each folded once and numbered
/// densely: a name's key is a short list of numbers, compared and hashed without touching
/// strings, and the index from words to entities is a vector, not a hash map. (Folding and
/// allocating a string per word of every mention was a third of this module's time.) A key of
/// up to 15 bytes, most, is itself a number ([`short_key`]): no copy of it is kept, and the
/// few keys the case-variant search needs are spelled again from a token ([`Keys::spell`]).
struct Keys {
    /// Per distinct word of the article ([`Tokens::word_index`]): its key's number + 1, or 0
    /// before its first use.
    of_word: Vec<u32>,
    /// Key of up to 15 bytes → number.
    short: FxHashMap<u128, u32>,
    /// Longer key → number.
    long: FxHashMap<String, u32>,
    /// Per key number, a token with that key.
    tokens: Vec<u32>,
    /// The fold buffer.
    buf: String,
}

impl Keys {
    /// The number of the key of token `i`'s word (a possessive is not part of it: a name's
    /// possessive can only be on its last word, where a run ends).
    fn id(&mut self, t: &Tokens, i: usize) -> u32 {
        let w = t.word_index(i);
        if w >= self.of_word.len() {
            self.of_word.resize(w + 1, 0);
        }
        if self.of_word[w] > 0 {
            return self.of_word[w] - 1;
        }
        let next = self.tokens.len() as u32;
        // (Most words are short and printable ASCII: their key is their short key lower-cased,
        // with no fold into a string.)
        let id = match folded_short_key(t, i, t.word_bytes(i).len()) {
            Some(key) => *self.short.entry(key).or_insert(next),
            None => {
                lexicon::key_into(t.word(i), &mut self.buf);
                match short_key(&self.buf) {
                    Some(key) => *self.short.entry(key).or_insert(next),
                    None => *self.long.entry(self.buf.clone()).or_insert(next),
                }
            }
        };
        if id == next {
            self.tokens.push(i as u32);
        }
        self.of_word[w] = id + 1;
        id
    }

    /// How many keys there are.
    fn len(&self) -> usize {
        self.tokens.len()
    }

    /// Key number `id` as the case-variant search reads it.
    fn spell<'t>(&self, t: &Tokens<'t>, id: u32) -> Spelling<'t> {
        let i = self.tokens[id as usize] as usize;
        let word = t.word(i);
        if word.bytes().all(|b| b.is_ascii_graphic()) {
            Spelling::Written(word, i)
        } else {
            Spelling::Folded(lexicon::key(word))
        }
    }
}

/// A key word as the case-variant search reads it ([`rescan_case_variants`]).
enum Spelling<'t> {
    /// A word of printable ASCII as written, and a token of it: its key is the word lower-cased
    /// ([`lexicon::key_into`]), which the search only compares ignoring ASCII case, so no
    /// folded copy is made (most words of names are such words).
    Written(&'t str, usize),
    /// Any other word's key, folded.
    Folded(String),
}

impl Spelling<'_> {
    /// The key, or the word as written where its key is the word lower-cased: the same bytes
    /// but for ASCII case.
    fn text(&self) -> &str {
        match self {
            Spelling::Written(word, _) => word,
            Spelling::Folded(key) => key,
        }
    }
}

/// The short key of the key of token `i`'s word of `len` bytes (possessive trimmed) when the
/// word is printable ASCII: its short key lower-cased, which is what [`lexicon::key_into`]
/// makes of such a word. (`None` for other words, which are folded.)
///
/// The key's bytes are tested and lower-cased all at once, as one number: adding `0x80 - c` to
/// a byte below `0x80` sets its high bit exactly when the byte is `c` or more, and carries into
/// no other byte.
fn folded_short_key(t: &Tokens, i: usize, len: usize) -> Option<u128> {
    /// Each byte's high bit.
    const HIGH: u128 = 0x8080_8080_8080_8080_8080_8080_8080_8080;
    let key = short_key_at(t.text, t.toks[i].span().start, len)?;
    let word = (1u128 << (8 * len)) - 1;
    let bytes = key & word;
    if bytes & HIGH != 0 {
        return None; // not ASCII
    }
    let at_least = |c: u8| bytes.wrapping_add((HIGH >> 7) * u128::from(0x80 - c)) & HIGH & word;
    let printable = at_least(b'!') & !at_least(0x7F) == HIGH & word;
    let upper = at_least(b'A') & !at_least(b'Z' + 1);
    // (A capital's high bit, shifted to 0x20, makes it lower case.)
    printable.then_some(key | upper >> 2)
}

/// An entity being built: its name as key words (the matching key) and its mentions.
struct Ent {
    words: Vec<u32>,
    name: String,
    mentions: Vec<ByteSpan>,
    roles: Vec<String>,
    /// First named as someone's relative ("her son, Anders Olsson"): a surname alone that
    /// another person of the article bears is that person's ([`Entities::holding`]).
    relative: bool,
}

impl Ent {
    fn new(words: Vec<u32>, seg: &Segment) -> Ent {
        Ent {
            words,
            name: seg.surface.to_string(),
            mentions: vec![seg.span],
            roles: seg.role.iter().cloned().collect(),
            relative: false,
        }
    }

    fn add(&mut self, seg: &Segment) {
        self.mentions.push(seg.span);
        if let Some(r) = &seg.role
            && !self.roles.contains(r)
        {
            self.roles.push(r.clone());
        }
    }
}

/// Appends to `out` the words a name is matched by: initials ("W.") and particles are kept out
/// of the key.
fn key_words(t: &Tokens, seg: &Segment, keys: &mut Keys, out: &mut Vec<u32>) {
    for i in seg.tokens.clone() {
        let initial = t.toks[i].kind == TokenKind::Abbreviation && t.bytes(i).len() <= 2;
        let particle = t.toks[i].shape.contains(Shape::LOWER_START) && t.is(i, word::PARTICLE);
        if !initial && !particle {
            out.push(keys.id(t, i));
        }
    }
}

/// Is `short` a contiguous run of the words of `long`?
fn within(short: &[u32], long: &[u32]) -> bool {
    !short.is_empty() && short.len() <= long.len() && long.windows(short.len()).any(|w| w == short)
}

/// Is `short` the first and last words of `long` without its middle names ("Maria Duron" of
/// "Maria Elena Duron", whose name as written is `long_name`)? Not when a middle name is
/// written as initials: "George W. Bush" is not "George H.W. Bush".
fn without_middle(short: &[u32], long: &[u32], long_name: &str) -> bool {
    matches!((short, long), ([first, last], [head, _, .., tail]) if first == head && last == tail)
        && !long_name.contains('.')
}

/// Entities with an index from each of their words to them, so that finding the entities a
/// name could belong to costs a lookup, not a scan of every entity (long articles name
/// hundreds of people).
struct Entities {
    ents: Vec<Ent>,
    /// Per key word ([`Keys`]): the entities whose name has it.
    by_word: Vec<Vec<usize>>,
}

impl Entities {
    fn new(words: usize) -> Entities {
        Entities {
            ents: Vec::new(),
            by_word: vec![Vec::new(); words],
        }
    }

    fn index(&mut self, e: usize) {
        for &w in &self.ents[e].words {
            let list = &mut self.by_word[w as usize];
            if !list.contains(&e) {
                list.push(e);
            }
        }
    }

    fn push(&mut self, words: Vec<u32>, seg: &Segment) {
        self.ents.push(Ent::new(words, seg));
        self.index(self.ents.len() - 1);
    }

    /// Entities that have the first word of `words`.
    fn candidates(&self, words: &[u32]) -> &[usize] {
        words
            .first()
            .map_or(&[], |&w| self.by_word[w as usize].as_slice())
    }

    /// The entity whose name holds `words` as a contiguous run, for a mention at byte `at`.
    /// When several do ("Bond" after "James Bond" and "Sean Bond"), one not first named as a
    /// relative of someone ("Dr. Olsson" after "Margarethe Olsson … her son, Anders Olsson":
    /// news calls a relative by the first name), then the one named last before `at`, or, if
    /// none is named before it, the one named first after it. Only entities `fits` accepts
    /// are asked.
    fn holding_such(&self, words: &[u32], at: usize, fits: impl Fn(&Ent) -> bool) -> Option<usize> {
        let mut holders = self.candidates(words).iter().copied().filter(|&e| {
            let ent = &self.ents[e];
            (within(words, &ent.words) || without_middle(words, &ent.words, &ent.name)) && fits(ent)
        });
        let first = holders.next()?;
        let Some(second) = holders.next() else {
            return Some(first);
        };
        // (Rare: a name two entities share.) By the latest mention before `at`, then by the
        // earliest after it.
        let before = |e: usize| {
            let ment = &self.ents[e].mentions;
            ment.iter().map(|m| m.start).filter(|&s| s < at).max()
        };
        let after = |e: usize| self.ents[e].mentions.iter().map(|m| m.start).min();
        [first, second].into_iter().chain(holders).max_by_key(|&e| {
            (
                !self.ents[e].relative,
                before(e),
                std::cmp::Reverse(after(e)),
            )
        })
    }

    fn exact(&self, words: &[u32]) -> Option<usize> {
        self.candidates(words)
            .iter()
            .copied()
            .find(|&e| self.ents[e].words == words)
    }

    /// An entity whose whole name is a contiguous run of `words`, or `words` without their
    /// middle names (a shorter form seen first; `name` is `words` as written).
    fn held_by(&self, words: &[u32], name: &str) -> Option<usize> {
        words
            .iter()
            .flat_map(|&w| &self.by_word[w as usize])
            .copied()
            .find(|&e| {
                let short = &self.ents[e].words;
                within(short, words) || without_middle(short, words, name)
            })
    }
}

pub(crate) fn resolve(t: &Tokens, mut segs: Vec<Segment>) -> Names {
    let storms = storms(t, &mut segs);
    let bracketed = define_acronyms(t, &mut segs);
    acronyms_of_terms(t, &mut segs);
    acronyms_of_organizations(t, &mut segs);
    common_phrases(t, &mut segs);
    let firms_short = short_forms_of_firms(t, &mut segs);
    // Which segments a person of the article may claim: untyped single words and short forms.
    // (A storm's name alone is nobody's short form.)
    // (So may a firm the lists know by a word that is a surname, "Ford" after "Premier Doug
    // Ford", unless the article names the firm in more words: "Ford Motor".)
    let firm_named_longer = |word: &[u8]| {
        segs.iter().any(|o| {
            o.class == Class::Organization && o.tokens.len() >= 2 && t.bytes(o.tokens.start) == word
        })
    };
    let claimable: Vec<bool> = segs
        .iter()
        .map(|s| {
            let surname_firm = || {
                let first = s.tokens.start;
                s.class == Class::Organization
                    && s.tokens.len() == 1
                    && t.is(first, word::KNOWN_ORG)
                    && t.info(first).surname.is_some()
                    && !firm_named_longer(t.bytes(first))
            };
            (s.class == Class::Unresolved || may_be_short_form(t, s) || surname_firm())
                && !storms.contains(&s.span)
        })
        .collect();
    // The key words of each segment that may join an entity, one after another in `flat`.
    let mut word_keys = Keys {
        of_word: vec![0; t.words_looked_up()],
        short: FxHashMap::with_capacity_and_hasher(segs.len(), Default::default()),
        long: FxHashMap::default(),
        tokens: Vec::with_capacity(segs.len()),
        buf: String::new(),
    };
    let mut flat: Vec<u32> = Vec::with_capacity(segs.len() * 2);
    let mut ranges: Vec<std::ops::Range<usize>> = Vec::with_capacity(segs.len());
    // In a story about sport a place may be the team the article names elsewhere (see the
    // joins below). The story is read for sport only when a place is named as an organisation
    // is somewhere else, which few articles do.
    let org_names: Vec<&str> = segs
        .iter()
        .filter(|o| o.class == Class::Organization)
        .map(|o| o.surface.as_ref())
        .collect();
    let sports = segs.iter().any(|p| {
        p.class == Class::Place && org_names.contains(&p.surface.as_ref()) && may_be_the_team(t, p)
    }) && crate::classify::sports_story(t);
    for (s, &claimable) in segs.iter().zip(&claimable) {
        let start = flat.len();
        if claimable
            || matches!(s.class, Class::Person | Class::Organization)
            || two_word_other(s)
            || sports && s.class == Class::Place
        {
            key_words(t, s, &mut word_keys, &mut flat);
        }
        ranges.push(start..flat.len());
    }
    let keys: Vec<&[u32]> = ranges.into_iter().map(|r| &flat[r]).collect();
    let n_words = word_keys.len();

    // Persons: full names first, so that short forms anywhere in the text find them.
    let mut persons = Entities::new(n_words);
    // (A full name with a first name the lists know before one without: "Andy Warhol" is
    // named before "Warhol Polaroids", wherever the latter stands. Each rank is worked out once,
    // not at every comparison of the sort.)
    let mut order: Vec<(u8, usize)> = (0..segs.len())
        .filter(|&i| segs[i].class == Class::Person && !keys[i].is_empty())
        .map(|i| {
            let full = keys[i].len() >= 2;
            let given = t.info(segs[i].tokens.start).given.is_some();
            (u8::from(!full) * 2 + u8::from(!given), i)
        })
        .collect();
    order.sort_by_key(|&(rank, _)| rank);
    let mut things_of_persons = Vec::new();
    for &(_, i) in &order {
        if let Some(e) = thing_of_a_person(t, &persons, keys[i], &segs[i]) {
            // (The person is mentioned by the first word.)
            persons.ents[e]
                .mentions
                .push(t.toks[segs[i].tokens.start].span());
            things_of_persons.push(i);
            continue;
        }
        // (A first name alone is another person than one of the full names that start with
        // it, unless someone is addressed by it: "Thanks, David" under David Meerman Scott's
        // post is his.)
        let seg = &segs[i];
        let given = t.info(seg.tokens.start).given.is_some()
            && !(seg.tokens.len() == 1
                && crate::classify::addressed_or_named(t, seg.tokens.start, seg.tokens.end));
        let n = persons.ents.len();
        add_person(t.lex, &mut persons, keys[i], &segs[i], given);
        if persons.ents.len() > n
            && keys[i].len() >= 2
            && crate::classify::kin_before(t, segs[i].tokens.start)
        {
            persons.ents[n].relative = true;
        }
    }
    for i in things_of_persons {
        segs[i].class = Class::Other;
    }
    // Single words typed by the article: a surname or first name of a person seen in full
    // ("Savage" after "Dan Savage", even though a small town is called Savage).
    let mut end_of_last = 0;
    for ((seg, words), &claimable) in segs.iter_mut().zip(&keys).zip(&claimable) {
        if claimable
            && let Some(e) = persons.holding_such(words, seg.span.start, |ent| {
                !thing_opening(t.lex, seg, words, ent)
                    // (A firm's word is only the surname of one named with a first name:
                    // "Stanford" is not "Stanford Thompsen", nor "Apple" "GigaOM Apple".)
                    && (seg.class != Class::Organization
                        || ent.words.len() >= 2
                            && ent.words.last() == words.first()
                            && ent
                                .name
                                .split(' ')
                                .next()
                                .is_some_and(|w| t.lex.word(w).given.is_some()))
            })
        {
            // "Dries Mertens's attempt …" opening a sentence: the first name, a common word
            // the run lost there, is the person's too.
            if let [first, last] = persons.ents[e].words[..]
                && **words == [last]
                && let Some(before) = seg.tokens.start.checked_sub(1)
                && before >= end_of_last
                && t.is_cap(before)
                && t.same_line(before)
                && word_keys.id(t, before) == first
            {
                seg.span = ByteSpan::new(t.toks[before].span().start, seg.span.end);
                seg.tokens.start = before;
            }
            persons.ents[e].add(seg);
            seg.class = Class::Person;
        } else if seg.class == Class::Unresolved
            && seg.tokens.len() == 1
            && !words.is_empty()
            && t.info(seg.tokens.start).given.is_some()
            && t.info(seg.tokens.start).place.is_none()
            && crate::classify::addressed_or_named(t, seg.tokens.start, seg.tokens.end)
        {
            // A first name someone is addressed or called by, of no one named in full: "Hey
            // Frank,", "Thanks, Maria.", "my name is John".
            add_person(t.lex, &mut persons, words, seg, true);
            seg.class = Class::Person;
        }
        end_of_last = seg.tokens.end;
    }

    // Two words the rules left untyped, a first name or a word no dictionary knows before a
    // word the article calls a person on its own: "Karl Rove … Rove told", "Nate Silver …
    // Silver said" (a surname that is also a word). The person takes the longer name. (Not
    // "Thanks Joe", "Blue Moon".)
    for (seg, words) in segs.iter_mut().zip(&keys) {
        if !two_word_other(seg) {
            continue;
        }
        // (The very name of a person typed in another sentence is theirs: "Romelu Lukaku,
        // Yannick Carrasco, and Dries Mertens …", then "Dries Mertens scored", a first name
        // that is also a word; but not before its country, "Miram Shah, Pakistan".)
        if words.len() == 2
            && persons.exact(words).is_some()
            && !crate::classify::before_a_place(t, seg.tokens.end)
        {
            add_person(t.lex, &mut persons, words, seg, true);
            seg.class = Class::Person;
            continue;
        }
        let first = t.info(seg.tokens.start);
        if words.len() == 2
            && !seg.sentence_initial
            && (first.given.is_some() || !first.is(word::ENGLISH))
            && first.place.is_none()
            && first.flags & (word::DEMONYM | word::NOT_NAME | crate::runs::ORG_WORD) == 0
            && !t.toks[seg.tokens.start].shape.contains(Shape::ALL_CAPS)
            && persons.exact(&words[1..]).is_some()
        {
            add_person(t.lex, &mut persons, words, seg, true);
            seg.class = Class::Person;
        }
    }

    // An organisation named after a person of the article mentions that person: "Andy Warhol"
    // in "the Andy Warhol Foundation" (the organisation keeps its whole name).
    for (seg, words) in segs.iter().zip(&keys) {
        let n = seg.tokens.len();
        if seg.class != Class::Organization || n < 3 || words.len() != n {
            continue;
        }
        if let Some((k, e)) = (2..n)
            .rev()
            .find_map(|k| persons.exact(&words[..k]).map(|e| (k, e)))
        {
            let first = &t.toks[seg.tokens.start];
            let last = &t.toks[seg.tokens.start + k - 1];
            let span = ByteSpan::new(first.span().start, last.span().end);
            persons.ents[e].mentions.push(span);
        }
    }

    // Organisations, by their words less a legal form ("Boeing Co" is "Boeing"); acronyms
    // join the organisation they abbreviate. The name is the fullest: with the legal form.
    // (A firm's first word that was untyped or a person is the firm named with the words
    // firms end in: "Suncor" of "Suncor Energy", see [`short_forms_of_firms`].)
    let mut full_of_head: FxHashMap<u32, &[u32]> = FxHashMap::default();
    if !firms_short.is_empty() {
        for (seg, words) in segs.iter().zip(&keys) {
            if seg.class == Class::Organization && firm_with_suffixes(t, seg) && words.len() >= 2 {
                full_of_head.entry(words[0]).or_insert(words);
            }
        }
    }
    let mut orgs = Entities::new(n_words);
    for (i, (seg, words)) in segs.iter().zip(&keys).enumerate() {
        let words: &[u32] = match **words {
            [w] if firms_short.binary_search(&i).is_ok() => {
                full_of_head.get(&w).copied().unwrap_or(words)
            }
            _ => words,
        };
        if seg.class == Class::Organization {
            // (Not a dictionary word's, a model's trim rather than a firm: "Escape SE".)
            let mut form = legal_form_len(t, seg.tokens.clone()).min(words.len() - 1);
            if form > 0
                && seg.tokens.len() - form == 1
                && crate::runs::is_common_word(t, seg.tokens.start)
            {
                form = 0;
            }
            let core = &words[..words.len() - form];
            match orgs.exact(core) {
                Some(e) => {
                    let ent = &mut orgs.ents[e];
                    ent.add(seg);
                    let fuller = form > 0 || seg.tokens.len() > 1 && !ent.name.contains(' ');
                    if fuller && seg.surface.len() > ent.name.len() {
                        ent.name = seg.surface.to_string();
                    }
                }
                None => orgs.push(core.to_vec(), seg),
            }
        }
    }
    // Two words the rules left untyped that an organisation of the article is named by are
    // that organisation: "the elite group called the Sea Org … after he left the Sea Org" (not
    // one of a kind: "the New Yorker … A New Yorker left").
    for (seg, words) in segs.iter_mut().zip(&keys) {
        if two_word_other(seg)
            && !(seg.tokens.start > 0
                && matches!(t.bytes(seg.tokens.start - 1), b"a" | b"A" | b"an" | b"An"))
            && let Some(e) = orgs.exact(words)
        {
            orgs.ents[e].add(seg);
            seg.class = Class::Organization;
        }
    }
    let mut orgs = orgs.ents;
    merge_acronyms(&mut orgs);
    merge_bracketed_acronyms(&mut orgs, &bracketed);
    merge_known_aliases(t.lex, &mut orgs);
    let by_words: FxHashMap<&[u32], usize> = orgs
        .iter()
        .enumerate()
        .rev()
        .map(|(e, ent)| (ent.words.as_slice(), e))
        .collect();
    let joins: Vec<(usize, usize)> = segs
        .iter()
        .zip(&keys)
        .enumerate()
        .filter_map(|(i, (seg, words))| {
            let e = *by_words.get(words)?;
            // (A name the rules typed as another kind only joins a firm named with its legal
            // form: "Castellan Chase" of "Castellan Chase & Co", not "a New Yorker" of the
            // magazine.)
            let joins = seg.class == Class::Unresolved
                || seg.class == Class::Other
                    && crate::without_legal_form(&orgs[e].name).len() < orgs[e].name.len()
                // One sense per story: in a story about sport, a town that plays somewhere in
                // it ("Liverpool beat Brighton") is the team wherever it is named ("Liverpool
                // manager Arne Slot", "Liverpool host Southampton").
                || sports && seg.class == Class::Place && may_be_the_team(t, seg);
            joins.then_some((i, e))
        })
        .collect();
    for (i, e) in joins {
        orgs[e].add(&segs[i]);
        segs[i].class = Class::Organization;
    }
    let mut persons = persons.ents;

    // The keys of the words of full names, the only ones the case-variant search reads.
    if persons.iter().any(|e| e.words.len() >= 2) {
        let mut keys: Vec<Option<Spelling>> = Vec::new();
        keys.resize_with(word_keys.len(), || None);
        for e in persons.iter().filter(|e| e.words.len() >= 2) {
            for &w in &e.words {
                if keys[w as usize].is_none() {
                    keys[w as usize] = Some(word_keys.spell(t, w));
                }
            }
        }
        rescan_case_variants(t, &mut persons, &keys);
    }
    merge_forms_of_first_names(t.lex, &mut persons);
    merge_spellings_of_surnames(t.lex, &mut persons);

    // Every mention's place with where its name comes from (an entity, or a segment of another
    // kind), ordered and rid of repeated places before any name is copied: sorting pairs of
    // numbers is cheaper than sorting the mentions, and a repeated place costs no copy.
    let n_persons = persons.len();
    let n_entities = n_persons + orgs.len();
    let mut places: Vec<(ByteSpan, usize)> = Vec::with_capacity(segs.len());
    for (e, ent) in persons.iter().chain(&orgs).enumerate() {
        places.extend(ent.mentions.iter().map(|&span| (span, e)));
    }
    for (i, seg) in segs.iter().enumerate() {
        let other = match seg.class {
            Class::Other => true,
            // A capitalised word inside a sentence that no dictionary knows as a word.
            // (Words the dictionary lists as proper, "European", "Christmas", are left out.)
            Class::Unresolved => {
                let info = t.info(seg.tokens.start);
                !seg.sentence_initial && !info.is(word::ENGLISH) && !info.is(word::PROPER)
            }
            _ => false,
        };
        if other {
            places.push((seg.span, n_entities + i));
        }
    }
    // By place; of the mentions of one place the first found (entities first) is kept.
    places.sort_by_key(|&(span, _)| span);
    places.dedup_by_key(|&mut (span, _)| span);
    // (The segments are done with: their surfaces move into the mentions.)
    let all_names = places
        .into_iter()
        .map(|(span, from)| NameMention {
            name: if from < n_persons {
                persons[from].name.clone()
            } else if from < n_entities {
                orgs[from - n_persons].name.clone()
            } else {
                std::mem::take(&mut segs[from - n_entities].surface).into_owned()
            },
            span,
        })
        .collect();

    Names {
        persons: finish(persons),
        organizations: finish(orgs),
        all_names,
        storms,
    }
}

/// How many tokens at the end of `toks` spell a firm's legal form: "Inc.", "Co", "& Co",
/// "SE", "Pty Ltd" (none when nothing comes before them).
fn legal_form_len(t: &Tokens, toks: std::ops::Range<usize>) -> usize {
    let mut end = toks.end;
    while end > toks.start + 1 && is_legal_form(t.bytes(end - 1)) {
        end -= 1;
    }
    // ("JPMorgan Chase & Co": the ampersand goes with the form.)
    if end < toks.end && end > toks.start + 1 && matches!(t.bytes(end - 1), b"&" | b"and") {
        end -= 1;
    }
    toks.end - end
}

/// A firm's legal form, as written after its name.
pub(crate) fn is_legal_form(word: &[u8]) -> bool {
    matches!(
        word,
        b"Inc"
            | b"Inc."
            | b"Incorporated"
            | b"Corp"
            | b"Corp."
            | b"Co"
            | b"Co."
            | b"Ltd"
            | b"Ltd."
            | b"Limited"
            | b"LLC"
            | b"L.L.C."
            | b"LLP"
            | b"PLC"
            | b"Plc"
            | b"plc"
            | b"Pty"
            | b"SE"
            | b"AG"
            | b"SA"
            | b"S.A."
            | b"NV"
            | b"N.V."
            | b"BV"
            | b"GmbH"
            | b"AB"
            | b"ASA"
            | b"A/S"
            | b"Oyj"
            | b"SpA"
            | b"S.p.A."
            | b"PJSC"
            | b"JSC"
            | b"Bhd"
            | b"Tbk"
            | b"KK"
    )
}

/// The named storms of the article ("Hurricane Sandy", "Superstorm Sandy") and every mention
/// of their names alone ("in Sandy's path"), which become untyped names: no person, no place.
fn storms(t: &Tokens, segs: &mut [Segment]) -> Vec<ByteSpan> {
    let name_of = |seg: &Segment| {
        let last = seg.tokens.end - 1;
        t.word_bytes(last)
    };
    let storm = |seg: &Segment| {
        seg.tokens.len() == 2 && crate::runs::is_storm_word(t.bytes(seg.tokens.start))
    };
    // (Almost every article names no storm: one pass over the segments says so.)
    let names: Vec<&[u8]> = segs.iter().filter(|s| storm(s)).map(name_of).collect();
    if names.is_empty() {
        return Vec::new();
    }
    let mut spans = Vec::new();
    for seg in segs.iter_mut() {
        if storm(seg) || seg.tokens.len() == 1 && names.contains(&name_of(seg)) {
            seg.class = Class::Other;
            spans.push(seg.span);
        }
    }
    spans
}

/// A single word the rules typed as a minor place or an untyped name, which a person of the
/// article may still claim as the short form of their name; a major place only where the words
/// around it speak of a person ("Paris said", "Paris's father", "Paris lost her passport") or
/// make it the subject of a verb ("In 2007, Paris left the ship").
fn may_be_short_form(t: &Tokens, seg: &Segment) -> bool {
    seg.tokens.len() == 1
        && match seg.class {
            Class::Other => true,
            Class::Place => {
                !is_major_place(t.info(seg.tokens.start).place)
                    || crate::classify::personal_context(t, seg.tokens.start, seg.sentence_initial)
                    || crate::classify::subject_of_a_verb(t, seg.tokens.start, seg.sentence_initial)
            }
            // A sentence's first word, a common word too ("Savage said").
            Class::Drop => seg.sentence_initial && !t.is(seg.tokens.start, word::NOT_NAME),
            _ => false,
        }
}

/// Is `seg` a firm's name of a word no list knows and the words organisations end in, no
/// legal form ("Suncor Energy", "Wanxiang Group")?
fn firm_with_suffixes(t: &Tokens, seg: &Segment) -> bool {
    let first = seg.tokens.start;
    let info = t.info(first);
    seg.tokens.len() >= 2
        && (first + 1..seg.tokens.end).all(|k| t.is(k, word::ORG_SUFFIX))
        && legal_form_len(t, seg.tokens.clone()) == 0
        && !t.is(first, word::ENGLISH)
        && !t.is(first, word::PROPER)
        && !t.is(first, word::DEMONYM)
        && !t.toks[first].shape.contains(Shape::ALL_CAPS)
        // (Nor a product's: "MacBook Air".)
        && !t.word(first).chars().skip(1).any(char::is_uppercase)
        && info.given.is_none()
        && info.surname.is_none()
        && info.place.is_none()
        && t.toks[first].kind == TokenKind::Word
}

/// "Suncor disclosed …" after "Suncor Energy": a firm's first word alone, untyped or typed a
/// person, is the firm (it joins the firm in [`resolve`]). Returns the segments so retyped, in
/// order.
fn short_forms_of_firms(t: &Tokens, segs: &mut [Segment]) -> Vec<usize> {
    // (Not where the first word alone is already an organisation of its own: "Vittana" and
    // "Vittana Program" stay two.)
    let alone = |w: &str| {
        segs.iter().any(|s| {
            s.class == Class::Organization
                && s.tokens.len() == 1
                && t.word(s.tokens.start).eq_ignore_ascii_case(w)
        })
    };
    let heads: Vec<&str> = segs
        .iter()
        .filter(|s| s.class == Class::Organization && firm_with_suffixes(t, s))
        .map(|s| t.word(s.tokens.start))
        .filter(|w| !alone(w))
        .collect();
    let mut retyped = Vec::new();
    if heads.is_empty() {
        return retyped;
    }
    for (n, s) in segs.iter_mut().enumerate() {
        let i = s.tokens.start;
        // (Not where a word of place comes first: "the attack in Brandbergen" is the suburb,
        // not the Brandbergen Mosque.)
        let placed = i > 0
            && matches!(
                t.bytes(i - 1),
                b"in" | b"near" | b"at" | b"from" | b"outside"
            );
        if s.tokens.len() == 1
            && matches!(s.class, Class::Unresolved | Class::Person)
            && !placed
            && !t.is(i, word::KNOWN_PERSON)
            && heads.iter().any(|h| h.eq_ignore_ascii_case(t.word(i)))
        {
            s.class = Class::Organization;
            retyped.push(n);
        }
    }
    retyped
}

/// "Warhol Polaroids" after "Andy Warhol": two words typed a person whose first is the family
/// name (no name the lists know) of a person already named in full, and whose second no list knows
/// as a name, are something of that person's, not another person. Returns the person.
fn thing_of_a_person(
    t: &Tokens,
    persons: &Entities,
    words: &[u32],
    seg: &Segment,
) -> Option<usize> {
    let [first, _] = words else { return None };
    let last = t.info(seg.tokens.end - 1);
    // (Not a first name: "Tim Ferriss" after "Ryan & Tim", "Will Polly" after "Polly Toynbee";
    // nor a family name the lists know, which may come first: "Wong Kwok-hing" after "Raymond
    // Wong".)
    let first_word = t.info(seg.tokens.start);
    if seg.tokens.len() != 2
        || first_word.given.is_some()
        || first_word.surname.is_some()
        || last.surname.is_some()
        || last.given.is_some()
    {
        return None;
    }
    persons
        .ents
        .iter()
        .position(|e| e.words.len() >= 2 && e.words.last() == Some(first))
}

/// Could a place named in a story about sport be the team of its name that the story names
/// elsewhere? A town or a region, not a country (the news names countries for a player's
/// nationality and for where things happen: "Warren Weir, also of Jamaica"), and not where
/// something is: "in Minnesota", "Houston residents".
fn may_be_the_team(t: &Tokens, seg: &Segment) -> bool {
    let place = t.phrase_of(seg.tokens.clone()).place;
    place.is_some_and(|p| p.kind != lexicon::PlaceKind::Country)
        && (seg.tokens.start == 0
            || !matches!(
                t.bytes(seg.tokens.start - 1),
                b"in" | b"of" | b"at" | b"near" | b"In" | b"At" | b"Near"
            ))
        && (seg.tokens.end >= t.toks.len() || t.bytes(seg.tokens.end) != b"residents")
}

/// A name of two words that the rules typed as no person, organisation or place.
fn two_word_other(seg: &Segment) -> bool {
    seg.class == Class::Other && seg.tokens.len() == 2
}

/// Adds a person's mention; `first_name` when its first word is a known first name.
fn add_person(
    lex: &Lexicon,
    persons: &mut Entities,
    words: &[u32],
    seg: &Segment,
    first_name: bool,
) {
    if let Some(e) = persons.exact(words) {
        // The name as written in a sentence beats a byline's capitals: "JANE E. BRODY" then
        // "Jane E. Brody" is Jane E. Brody.
        let shouted = |name: &str| !name.chars().any(char::is_lowercase);
        if shouted(&persons.ents[e].name) && !shouted(&seg.surface) {
            persons.ents[e].name = seg.surface.to_string();
        }
        persons.ents[e].add(seg);
        return;
    }
    // A shorter form of a known name joins it; a longer form makes the name longer. A first
    // name alone is another person ("Police Chief Joseph Boinnet … his father, Joseph, says"):
    // news calls people by their surnames. A first word that is no first name is a family
    // name written first: "Meng" of "Meng Wanzhou".
    // (Among the holders, one the title does not say is someone else: "Miss Lawson" is
    // Nigella Lawson, not her father Nigel Lawson named since.)
    let fits = |ent: &Ent| {
        !(words.len() == 1 && (someone_else(lex, seg, ent) || thing_opening(lex, seg, words, ent)))
    };
    if let Some(e) = persons.holding_such(words, seg.span.start, fits)
        && !(words.len() == 1
            && first_name
            && persons.ents[e].words.len() > 1
            && persons.ents[e].words[0] == words[0]
            && !family_name_first(&persons.ents[e].name))
    {
        persons.ents[e].add(seg);
        return;
    }
    if let Some(e) = persons.held_by(words, &seg.surface) {
        persons.ents[e].words = words.to_vec();
        persons.ents[e].name = seg.surface.to_string();
        persons.ents[e].add(seg);
        persons.index(e);
        return;
    }
    persons.push(words.to_vec(), seg);
}

/// Is the one word of `seg` a proper name of the dictionary that is no one's name, opening the
/// name of person `ent` whose last word is no surname either? Then it is the thing, not that
/// person: "Linux" is not "Linux Jedi", as a reader calls himself, nor "Firefox" a "Firefox
/// Add-on" (but "Galileo" is Galileo Galilei, whom the lists know, and "Orion" Orion Jones).
fn thing_opening(lex: &Lexicon, seg: &Segment, words: &[u32], ent: &Ent) -> bool {
    ent.words.len() > 1 && words.len() == 1 && ent.words[0] == words[0] && {
        let info = lex.word(&seg.surface);
        info.is(word::PROPER)
            && !info.is(word::ENGLISH)
            && info.given.is_none()
            && info.surname.is_none()
            && ent
                .name
                .rsplit(' ')
                .next()
                .is_none_or(|last| lex.word(last).surname.is_none())
            && lex.known_person(&ent.name).is_none()
    }
}

/// Is a full name written family name first, as Korean and Chinese names are with a given
/// name in two hyphenated syllables ("Lee Jae-myung", "Wong Kwok-hing")? Then its first word
/// alone is that person ("Lee told reporters"), though it is a first name elsewhere.
fn family_name_first(name: &str) -> bool {
    let mut words = name.split_whitespace();
    let (Some(_), Some(given), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    given
        .split_once('-')
        .is_some_and(|(a, b)| a.len() <= 4 && b.starts_with(|c: char| c.is_lowercase()))
}

/// Does the title before a surname say it is not the person of the article's full name `ent`
/// whose last word it is? An honorific of the other gender than that person's first name ("Mr.
/// Trump" after "Melania Trump", "Mrs. Clinton" after "Bill Clinton"), or an office that the
/// lists give the famous bearer of the surname and not that person ("President Biden" after
/// "Hunter Biden", "President Clinton" after "Hillary Clinton"; Joe Biden's and Bill Clinton's).
fn someone_else(lex: &Lexicon, seg: &Segment, ent: &Ent) -> bool {
    let Some(role) = seg.role.as_deref() else {
        return false;
    };
    if ent.words.len() < 2 {
        return false;
    }
    let honorific = match role.trim_end_matches('.') {
        "Mr" | "MR" | "Sir" => 1,
        "Mrs" | "Ms" | "Miss" | "MRS" | "MS" | "MISS" | "Dame" => -1,
        _ => 0,
    };
    if honorific != 0 {
        return honorific * i32::from(lex.first_name_gender(&ent.name)) < 0;
    }
    let holds = |note: &str| {
        let (note, role) = (note.to_lowercase(), role.to_lowercase());
        note.split(|c: char| !c.is_alphanumeric())
            .any(|w| w == role)
            || role.contains(' ') && note.contains(&role)
    };
    lex.known_person(&seg.surface).is_some_and(|famous| {
        holds(famous.note)
            && !lexicon::key(famous.canonical).eq(&lexicon::key(&ent.name))
            && !lex.known_person(&ent.name).is_some_and(|k| holds(k.note))
    })
}

/// "North Atlantic Treaty Organization (NATO)": the bracketed acronym names the same
/// organisation, and both are organisations whatever else they looked like. After an
/// organisation, an acronym in capitals in brackets names it even where its letters follow
/// another language's words: "Social Democratic Party (SPD)", "Kurdistan Workers' Party
/// (PKK)". Returns those pairs of mentions (the name's, the acronym's), which
/// [`merge_bracketed_acronyms`] makes one organisation.
fn define_acronyms(t: &Tokens, segs: &mut [Segment]) -> Vec<(ByteSpan, ByteSpan)> {
    let mut foreign = Vec::new();
    for i in 0..segs.len().saturating_sub(1) {
        let (long, acr) = (&segs[i], &segs[i + 1]);
        let end = long.tokens.end;
        let bracketed = acr.tokens.len() == 1
            && acr.tokens.start == end + 1
            && end + 2 < t.toks.len()
            && t.bytes(end) == b"("
            && t.bytes(end + 2) == b")"
            && long.tokens.len() >= 2;
        if !bracketed {
            continue;
        }
        let defines = initials_match(&long.surface, &acr.surface);
        if !defines {
            let a = acr.tokens.start;
            if long.class == Class::Organization
                && t.toks[a].shape.contains(Shape::ALL_CAPS)
                && !t.toks[a].shape.contains(Shape::HAS_HYPHEN)
                && t.toks[a].kind == TokenKind::Word
                && (2..=6).contains(&t.bytes(a).len())
                && t.info(a).place.is_none()
                && letters_among_initials(&long.surface, t.bytes(a))
            {
                segs[i + 1].class = Class::Organization;
                foreign.push((segs[i].span, segs[i + 1].span));
            }
            continue;
        }
        // (A name the rules left untyped that ends in a common word, no organisation's, is a
        // thing with an acronym: "Tech Support Internship (TSI)", "Individual Retirement
        // Arrangement (IRA)".)
        let last = long.tokens.end - 1;
        let thing = long.class != Class::Organization
            && crate::runs::is_common_word(t, last)
            && t.info(last).flags & crate::runs::ORG_WORD == 0;
        if !thing
            && matches!(
                long.class,
                Class::Organization | Class::Other | Class::Unresolved
            )
        {
            segs[i].class = Class::Organization;
            segs[i + 1].class = Class::Organization;
        }
    }
    foreign
}

/// Do an acronym's letters come from the words of the name, in any order: its first letter
/// and at least half of them initials of words ("SPD" of "Social Democratic Party", "PKK" of
/// "Kurdistan Workers' Party"; not "WHA" of "Philadelphia Blazers", a league)?
fn letters_among_initials(name: &str, acronym: &[u8]) -> bool {
    let initials: Vec<u8> = name
        .split([' ', '-'])
        .filter_map(|w| w.bytes().next())
        .map(|b| b.to_ascii_uppercase())
        .collect();
    let among = |b: &u8| initials.contains(&b.to_ascii_uppercase());
    acronym.first().is_some_and(among)
        && 2 * acronym.iter().filter(|b| among(b)).count() >= acronym.len()
}

/// Organisations the lists know as one under names written alike are one: "al Qaeda",
/// "Al-Qaeda" and "Qaeda" are al-Qaeda, and "Packers" the Green Bay Packers. (Not names in other
/// words, which the article may mean apart: "GOP" and "Republican Party", "Tories" and
/// "Conservative Party" stay two.) The name is the lists' canonical one where the article
/// writes it so, else the longest the article writes.
fn merge_known_aliases(lex: &Lexicon, orgs: &mut Vec<Ent>) {
    // Lower case, a hyphen as a space, with spaces around: "al-Qaeda" is " al qaeda ".
    let folded = |name: &str| {
        let mut f = String::with_capacity(name.len() + 2);
        f.push(' ');
        f.extend(
            name.chars()
                .map(|c| if c == '-' { ' ' } else { c })
                .flat_map(char::to_lowercase),
        );
        f.push(' ');
        f
    };
    let alike = |a: &str, b: &str| {
        let (a, b) = (folded(a), folded(b));
        a.contains(&b) || b.contains(&a)
    };
    let mut canonical: Vec<Option<&'static str>> = orgs
        .iter()
        .map(|e| lex.known_org(&e.name).map(|k| k.canonical))
        .collect();
    let mut i = 0;
    while i < orgs.len() {
        let Some(c) = canonical[i] else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        while j < orgs.len() {
            if canonical[j] != Some(c) || !alike(&orgs[i].name, &orgs[j].name) {
                j += 1;
                continue;
            }
            let other = orgs.remove(j);
            canonical.remove(j);
            let keep = &mut orgs[i];
            if other.name == c
                || keep.name != c && other.name.chars().count() > keep.name.chars().count()
            {
                keep.name = other.name;
            }
            keep.mentions.extend(other.mentions);
            keep.roles.extend(other.roles);
        }
        i += 1;
    }
}

/// Makes each organisation named with an acronym in brackets ([`define_acronyms`]) and the
/// acronym's organisation one.
fn merge_bracketed_acronyms(orgs: &mut Vec<Ent>, pairs: &[(ByteSpan, ByteSpan)]) {
    for &(long, acr) in pairs {
        let of = |span: ByteSpan| orgs.iter().position(|e| e.mentions.contains(&span));
        let (Some(l), Some(a)) = (of(long), of(acr)) else {
            continue;
        };
        if l == a || orgs[a].words.len() != 1 {
            continue;
        }
        let acr = orgs.remove(a);
        let l = if l > a { l - 1 } else { l };
        orgs[l].mentions.extend(acr.mentions);
        orgs[l].roles.extend(acr.roles);
    }
}

/// "cost per click (CPC)", "weapons of mass destruction (WMD)": an acronym the article defines
/// by words in lower case abbreviates a term, not a name, and is no name wherever the article
/// uses it ("your CPC rose").
fn acronyms_of_terms(t: &Tokens, segs: &mut [Segment]) {
    let defined_by_words = |s: &Segment| {
        let a = s.tokens.start;
        if s.tokens.len() != 1
            || a < 2
            || a + 1 >= t.toks.len()
            || t.bytes(a - 1) != b"("
            || t.bytes(a + 1) != b")"
            || !t.toks[a].shape.contains(Shape::ALL_CAPS)
        {
            return false;
        }
        let Some(letters) = acronym_letters(&s.surface) else {
            return false;
        };
        // The lower-case words right before the bracket, one line, at most two function words
        // more than the acronym has letters; some last stretch of them must spell it.
        let mut phrase = String::new();
        let mut k = a - 1;
        for _ in 0..letters.len() + 2 {
            if k == 0 {
                break;
            }
            k -= 1;
            let tok = &t.toks[k];
            if tok.kind != TokenKind::Word
                || !tok.shape.contains(Shape::LOWER_START)
                || !t.same_line(k)
            {
                break;
            }
            phrase.insert(0, ' ');
            phrase.insert_str(0, t.str(k));
            if initials_match(phrase.trim_end(), &s.surface) {
                return true;
            }
        }
        false
    };
    let terms: Vec<String> = segs
        .iter()
        .filter(|s| defined_by_words(s))
        .map(|s| s.surface.to_string())
        .collect();
    if terms.is_empty() {
        return;
    }
    for seg in segs.iter_mut() {
        if seg.tokens.len() == 1 && terms.iter().any(|term| *term == seg.surface) {
            seg.class = Class::Drop;
        }
    }
}

/// "Social Media is great advertising … utilizing social media", "Advantages of Solar Energy
/// … solar energy": words of the dictionary, capitalised as a heading's or for emphasis, that the
/// article also writes in lower case name no organisation (unless the lists know the name: "the
/// Secret Service" is one, however a commenter writes it; nor one that an owner's possessive,
/// a bracket or a number makes one body, which the lower case then calls back: "Syria's Secret
/// Library … a secret library", "Task Force (CTF) 50 … the task force").
fn common_phrases(t: &Tokens, segs: &mut [Segment]) {
    let bytes = t.text.as_bytes();
    let is_word_byte = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
    let mut lower = String::new();
    for seg in segs.iter_mut() {
        if seg.class != Class::Organization
            || seg.tokens.len() < 2
            || !seg
                .tokens
                .clone()
                .all(|k| t.toks[k].kind == TokenKind::Word && crate::runs::is_common_word(t, k))
            || seg.tokens.start > 0 && t.possessive_len(seg.tokens.start - 1) > 0
            || t.toks
                .get(seg.tokens.end)
                .is_some_and(|n| n.kind == TokenKind::Number || t.bytes(seg.tokens.end) == b"(")
            || t.phrase_of(seg.tokens.clone()).known_org.is_some()
        {
            continue;
        }
        lower.clear();
        lower.extend(seg.surface.chars().flat_map(char::to_lowercase));
        // (memchr's search: the standard library's two-way search of every article's text
        // was 1.6 % of the whole pipeline's instructions.)
        let written_lower = memchr::memmem::find_iter(bytes, lower.as_bytes()).any(|at| {
            (at == 0 || !is_word_byte(bytes[at - 1]))
                && bytes
                    .get(at + lower.len())
                    .is_none_or(|&b| !is_word_byte(b))
        });
        if written_lower {
            seg.class = Class::Drop;
        }
    }
}

/// An acronym that spells the initials of an organisation the article names is that
/// organisation's, even where the rules took it for a place or left it untyped ("USI" after
/// "the University of Southern Indiana"), unless it names a country or a region ("US", "NY").
fn acronyms_of_organizations(t: &Tokens, segs: &mut [Segment]) {
    let retypable = |s: &Segment| {
        s.tokens.len() == 1
            && matches!(s.class, Class::Place | Class::Other | Class::Unresolved)
            // (In capitals but for a possessive: "USI's gallery".)
            && (t.toks[s.tokens.start].shape.contains(Shape::ALL_CAPS)
                || t.possessive_len(s.tokens.start) > 0
                    && !t.word(s.tokens.start).chars().any(char::is_lowercase))
            // "US" stays the country even beside the University of Sheffield.
            // (Cities are not written in capitals: "USI" is not Wuxi's "Usi".)
            && t.info(s.tokens.start).place.is_none_or(|p| p.kind > lexicon::PlaceKind::Region)
    };
    if !segs.iter().any(retypable) {
        return;
    }
    let initials: Vec<Initials> = segs
        .iter()
        .filter(|s| s.class == Class::Organization && s.tokens.len() >= 2)
        .map(|s| Initials::of(&s.surface))
        .collect();
    // (No organisation of several words, nothing to spell: the acronyms need no letters.)
    if initials.is_empty() {
        return;
    }
    for seg in segs.iter_mut().filter(|s| retypable(s)) {
        if let Some(letters) = acronym_letters(&seg.surface)
            && initials.iter().any(|x| x.spell(&letters))
        {
            seg.class = Class::Organization;
        }
    }
}

/// Do the capitals of `acronym` spell the initials of `name`'s words (function words optional)?
fn initials_match(name: &str, acronym: &str) -> bool {
    acronym_letters(acronym).is_some_and(|letters| Initials::of(name).spell(&letters))
}

/// The letters of an acronym, lower case ("U.N." → "un"); `None` when fewer than two.
fn acronym_letters(acronym: &str) -> Option<String> {
    // (Most acronyms are ASCII: their letters are their ASCII letters lower-cased, one byte
    // each, with no case mapping of chars to go through.)
    if acronym.is_ascii() {
        let letters: String = acronym
            .bytes()
            .filter(u8::is_ascii_alphabetic)
            .map(|b| char::from(b.to_ascii_lowercase()))
            .collect();
        return (letters.len() >= 2).then_some(letters);
    }
    let letters: String = acronym
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    (letters.chars().count() >= 2).then_some(letters)
}

/// The initials of a name's words: of the content words only, and of all of them.
struct Initials {
    content: String,
    all: String,
}

impl Initials {
    fn of(name: &str) -> Initials {
        let mut content = String::new();
        let mut all = String::new();
        const FUNCTION_WORDS: [&str; 7] = ["of", "the", "and", "&", "for", "on", "in"];
        for word in name.split([' ', '-']).filter(|w| !w.is_empty()) {
            // A printable ASCII word's key is the word lower-cased: its initial and whether it
            // is a function word need no folded copy.
            let (first, function) = if word.bytes().all(|b| b.is_ascii_graphic()) {
                let first = char::from(word.as_bytes()[0].to_ascii_lowercase());
                (
                    first,
                    FUNCTION_WORDS.iter().any(|f| word.eq_ignore_ascii_case(f)),
                )
            } else {
                let word = lexicon::key(word);
                let Some(first) = word.chars().next() else {
                    continue;
                };
                (first, FUNCTION_WORDS.contains(&word.as_str()))
            };
            all.push(first);
            if !function {
                content.push(first);
            }
        }
        Initials { content, all }
    }

    /// Do `letters` (from [`acronym_letters`]) spell these initials?
    fn spell(&self, letters: &str) -> bool {
        letters == self.content || letters == self.all
    }
}

/// Acronyms join the organisation they abbreviate. The initials of each longer name are
/// computed once (an article may name dozens of organisations and acronyms).
fn merge_acronyms(orgs: &mut Vec<Ent>) {
    let is_acronym = |e: &Ent| {
        e.words.len() == 1
            && e.name
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
    };
    if !orgs.iter().any(is_acronym) {
        return;
    }
    // Merging only moves mentions: names, and so initials, never change.
    let mut initials: Vec<Option<Initials>> = orgs
        .iter()
        .map(|e| (e.words.len() >= 2).then(|| Initials::of(&e.name)))
        .collect();
    let mut i = 0;
    while i < orgs.len() {
        let target = if is_acronym(&orgs[i]) {
            acronym_letters(&orgs[i].name).and_then(|letters| {
                (0..orgs.len())
                    .find(|&j| j != i && initials[j].as_ref().is_some_and(|x| x.spell(&letters)))
            })
        } else {
            None
        };
        match target {
            Some(j) => {
                let acr = orgs.remove(i);
                initials.remove(i);
                let j = if j > i { j - 1 } else { j };
                orgs[j].mentions.extend(acr.mentions);
                orgs[j].roles.extend(acr.roles);
            }
            None => i += 1,
        }
    }
}

/// Full names of persons found again in another case ("vladimir putin" in a tag line, "VLADIMIR
/// PUTIN" in a shouting headline): the runs only saw capitalised words, so only words that are
/// not capitalised-then-lower need a second look, and only in the lines where such case is the
/// style (short lines: tags, captions, headlines; lines mostly in capitals). A first-word table
/// rules out most tokens by their length and first letter. (`keys` spells the keys by number,
/// those of the words of full names at least.)
// (Not inlined into `resolve`, called once per article: its token loop then keeps its state
// in registers.)
#[inline(never)]
fn rescan_case_variants(t: &Tokens, persons: &mut [Ent], keys: &[Option<Spelling>]) {
    let spelled = |w: u32| {
        keys[w as usize]
            .as_ref()
            .expect("a full name's word is spelled")
    };
    // By their short keys when they are printable ASCII of up to 15 bytes, as most are: a
    // token's is read in place, lower-cased, with no copy to hash ([`folded_short_key`]).
    let mut first_words: FxHashMap<u128, Vec<usize>> = FxHashMap::default();
    // The others by their keys.
    let mut other_first_words: FxHashMap<Cow<str>, Vec<usize>> = FxHashMap::default();
    // Most tokens are ruled out by their length and first letter before any hashing: per
    // first letter, the lengths (bits) of the first words that start with it, under the
    // letter in either case (a key is lower case; the token, as written, may not be).
    let mut lengths = [0u64; 256];
    for (i, e) in persons.iter().enumerate() {
        if e.words.len() < 2 {
            continue;
        }
        let first = spelled(e.words[0]);
        let len = first.text().len();
        if e.words.iter().all(|&w| spelled(w).text().is_ascii()) && len < 64 {
            let short = match first {
                Spelling::Written(word, tok) => folded_short_key(t, *tok, word.len()),
                Spelling::Folded(key) => {
                    short_key(key).filter(|_| key.bytes().all(|b| b.is_ascii_graphic()))
                }
            };
            match short {
                Some(key) => first_words.entry(key).or_default().push(i),
                None => {
                    let key = match first {
                        Spelling::Written(word, _) => Cow::Owned(word.to_ascii_lowercase()),
                        Spelling::Folded(key) => Cow::Borrowed(key.as_str()),
                    };
                    other_first_words.entry(key).or_default().push(i);
                }
            }
            // (A key's ASCII letters are lower case already.)
            let letter = first.text().as_bytes()[0].to_ascii_lowercase();
            lengths[usize::from(letter)] |= 1 << len;
            lengths[usize::from(letter.to_ascii_uppercase())] |= 1 << len;
        }
    }
    if first_words.is_empty() && other_first_words.is_empty() {
        return;
    }
    let mut found: Vec<(usize, ByteSpan)> = Vec::new();
    let mut buf = String::new();
    let lines = (0..t.view.sentences.len())
        .map(|s| t.view.sentence_token_range(s))
        .filter(|r| {
            // (Short lines need no count of their capitals; a long line is done with as soon
            // as more than half its tokens are not in capitals.)
            r.len() <= 16
                || t.toks[r.clone()]
                    .iter()
                    .filter(|tok| !tok.shape.contains(Shape::ALL_CAPS))
                    .nth(r.len() / 2)
                    .is_none()
        });
    let text = t.text.as_bytes();
    for line in lines {
        let mut next = line.start;
        // Most tokens are ruled out by their first letter and length alone, in a loop that
        // asks nothing else ([`length_may_fit`]); their kind and shape are asked after.
        while let Some(skip) = length_may_fit(&t.toks[next..line.end], text, &lengths) {
            let i = next + skip;
            next = i + 1;
            let tok = &t.toks[i];
            let mixed_case =
                tok.shape.contains(Shape::CAPITALIZED) & !tok.shape.contains(Shape::ALL_CAPS);
            if tok.kind != TokenKind::Word || mixed_case {
                continue;
            }
            let span = tok.span();
            let candidates = match folded_short_key(t, i, span.len()) {
                Some(key) => first_words.get(&key),
                None if other_first_words.is_empty() => None,
                None => {
                    buf.clear();
                    buf.push_str(t.str(i));
                    buf.make_ascii_lowercase();
                    other_first_words.get(buf.as_str())
                }
            };
            let Some(candidates) = candidates else {
                continue;
            };
            for &e in candidates {
                let words = &persons[e].words;
                let end = i + words.len();
                let matches = end <= t.toks.len()
                    && (1..words.len()).all(|k| {
                        t.same_line(i + k - 1)
                            && t.str(i + k).eq_ignore_ascii_case(spelled(words[k]).text())
                    });
                if matches {
                    found.push((
                        e,
                        ByteSpan::new(tok.span().start, t.toks[end - 1].span().end),
                    ));
                }
            }
        }
    }
    for (e, span) in found {
        let e = &mut persons[e];
        if !e
            .mentions
            .iter()
            .any(|m| m.start < span.end && span.start < m.end)
        {
            e.mentions.push(span);
        }
    }
}

/// The first of `toks` whose length is one a first word of its first letter has (`lengths`:
/// per first byte, the lengths as bits; a length of 64 or more fits none). (Not inlined: on
/// its own the loop reads two numbers and a byte per token.)
#[inline(never)]
fn length_may_fit(toks: &[Token], text: &[u8], lengths: &[u64; 256]) -> Option<usize> {
    toks.iter().position(|tok| {
        let span = tok.span();
        let first = text.get(span.start).copied().unwrap_or(0);
        lengths[usize::from(first)] >> (span.len() & 63) & u64::from(span.len() < 64) != 0
    })
}

/// One person named with two forms of a first name and the same surname ("Pat Carlineo" and
/// "Patrick Carlineo Jr.", "Mike Bloomberg" and "Michael Bloomberg", "Ron Moore" and "Ronald D.
/// Moore", [`crate::given::same_person`]) is one entity, named by the fuller name (more words,
/// then more mentions, then the longer). Only when the surname's other bearers leave one such partner, and not
/// across genders ("Mario" and "Maria").
// (Out of line: called once per article, and inlined it slowed `resolve`'s loops.)
#[inline(never)]
fn merge_forms_of_first_names(lex: &Lexicon, persons: &mut Vec<Ent>) {
    // (First name, middle words, surname) of a full name, without its generation.
    fn parts(name: &str) -> Option<(&str, Vec<&str>, &str)> {
        let mut words: Vec<&str> = name.split(' ').collect();
        if words
            .last()
            .is_some_and(|w| crate::classify::is_generation(w))
        {
            words.pop();
        }
        let (&first, rest) = words.split_first()?;
        let (&last, middle) = rest.split_last()?;
        let name_like = |w: &str| {
            let mut chars = w.chars();
            chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_alphabetic)
        };
        (name_like(first) && name_like(last) && last.chars().count() >= 2)
            .then(|| (first, middle.to_vec(), last))
    }
    // (Most articles name no two persons of one surname: the numbers of the last two words of
    // the full names say so, before any name is split; a generation may end one.)
    let mut last_words: Vec<u32> = persons
        .iter()
        .filter(|e| e.words.len() >= 2)
        .flat_map(|e| {
            let n = e.words.len();
            let before = (n >= 3).then(|| e.words[n - 2]);
            std::iter::once(e.words[n - 1]).chain(before)
        })
        .collect();
    last_words.sort_unstable();
    if !last_words.windows(2).any(|w| w[0] == w[1]) {
        return;
    }
    let mut by_surname: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    let all: Vec<_> = persons.iter().map(|e| parts(&e.name)).collect();
    for (i, p) in all.iter().enumerate() {
        if let Some((_, _, last)) = p {
            by_surname.entry(last).or_default().push(i);
        }
    }
    let partners = |i: usize, namesakes: &[usize]| -> Vec<usize> {
        let Some((first, middle, _)) = &all[i] else {
            return Vec::new();
        };
        namesakes
            .iter()
            .copied()
            .filter(|&j| {
                j != i
                    && all[j].as_ref().is_some_and(|(f, m, _)| {
                        f != first
                            && (m == middle || m.is_empty() || middle.is_empty())
                            && crate::given::same_person(first, f, |w| lex.given_gender(w))
                    })
            })
            .collect()
    };
    // (Which entity goes into which.)
    let mut moves: Vec<(usize, usize)> = Vec::new();
    for namesakes in by_surname.values().filter(|n| n.len() >= 2) {
        for &i in namesakes {
            let [j] = partners(i, namesakes)[..] else {
                continue;
            };
            if i > j || partners(j, namesakes).len() != 1 {
                continue;
            }
            let rank = |e: &Ent| (e.name.split(' ').count(), e.mentions.len(), e.name.len());
            moves.push(if rank(&persons[j]) > rank(&persons[i]) {
                (i, j)
            } else {
                (j, i)
            });
        }
    }
    drop(all);
    join_persons(persons, &moves);
}

/// A surname written alone in another spelling of one person's surname is that person
/// ("Zelensky" after "Volodymyr Zelenskiy", [`crate::given::same_surname`]), unless it is a
/// first name ("Jacob" is no "Jacobs") or more than one person's surname is so close.
#[inline(never)]
fn merge_spellings_of_surnames(lex: &Lexicon, persons: &mut Vec<Ent>) {
    let single = |e: &Ent| e.words.len() == 1 && !e.name.contains(' ');
    if !persons.iter().any(single) {
        return;
    }
    // The surnames of the full names, with their entities, by first byte and length: a
    // surname alone is compared with those of its first letter and a length one apart only
    // (pages of comments name hundreds of people).
    let shape = |w: &str| (w.as_bytes().first().copied(), w.len());
    let mut surnames: Vec<(&str, usize)> = persons
        .iter()
        .enumerate()
        .filter_map(|(j, f)| f.name.rsplit_once(' ').map(|(_, last)| (last, j)))
        .collect();
    surnames.sort_unstable_by_key(|&(last, _)| shape(last));
    let mut moves: Vec<(usize, usize)> = Vec::new();
    for (i, e) in persons.iter().enumerate() {
        if !single(e) {
            continue;
        }
        let (first, len) = shape(&e.name);
        let from =
            surnames.partition_point(|&(last, _)| shape(last) < (first, len.saturating_sub(1)));
        let to = surnames.partition_point(|&(last, _)| shape(last) <= (first, len + 1));
        let mut holders = surnames[from..to.max(from)]
            .iter()
            .filter(|(last, _)| crate::given::same_surname(&e.name, last));
        if let (Some(&(_, j)), None) = (holders.next(), holders.next())
            && lex.given_name(&e.name).is_none()
        {
            moves.push((i, j));
        }
    }
    join_persons(persons, &moves);
}

/// Moves each `(from, to)` pair's mentions and roles from the first person to the second (no
/// person is both), and drops the persons left without mentions.
fn join_persons(persons: &mut Vec<Ent>, moves: &[(usize, usize)]) {
    if moves.is_empty() {
        return;
    }
    for &(from, to) in moves {
        let gone = std::mem::take(&mut persons[from].mentions);
        persons[to].mentions.extend(gone);
        for r in std::mem::take(&mut persons[from].roles) {
            if !persons[to].roles.contains(&r) {
                persons[to].roles.push(r);
            }
        }
    }
    persons.retain(|e| !e.mentions.is_empty());
}

fn finish(ents: Vec<Ent>) -> Vec<NamedEntity> {
    let mut out: Vec<NamedEntity> = ents
        .into_iter()
        .map(|mut e| {
            e.mentions.sort();
            e.mentions.dedup();
            NamedEntity {
                name: e.name,
                mentions: e.mentions,
                roles: e.roles,
            }
        })
        .collect();
    out.sort_by_key(|e| e.mentions.first().copied());
    out
}

#[cfg(test)]
mod tests {
    use crate::runs::{Tokens, short_key};
    use lexicon::Lexicon;
    use text::TextView;

    /// A name's initials are those of its words' keys, ASCII or not.
    #[test]
    fn initials_are_those_of_the_keys() {
        for name in [
            "North Atlantic Treaty Organization",
            "Bank of England",
            "The Food and Drug Administration",
            "Procter & Gamble",
            "Université de Montréal",
            "Église Saint-Étienne of The Hague",
            "AT&T Corp",
            "ÖVP-Klub IN Wien",
        ] {
            let (mut content, mut all) = (String::new(), String::new());
            for word in name.split([' ', '-']).filter(|w| !w.is_empty()) {
                let key = lexicon::key(word);
                let first = key.chars().next().expect("a letter");
                all.push(first);
                if !["of", "the", "and", "&", "for", "on", "in"].contains(&key.as_str()) {
                    content.push(first);
                }
            }
            let initials = super::Initials::of(name);
            assert_eq!((initials.content, initials.all), (content, all), "{name}");
        }
    }

    /// A word's key made from its short key is the key the lexicon folds, for every printable
    /// ASCII word of up to 15 bytes, and there is none for other words.
    #[test]
    fn folded_short_keys_are_the_lexicon_keys() {
        let text = "Putin MET al-Assad, O'Brien & AT&T [Zz] @NATO ~x Zürich \
                    ABCDEFGHIJKLMNO ABCDEFGHIJKLMNOP Kyiv’s É.U. U.S. 4G x^y {A}|";
        let view = TextView::new(text);
        let t = Tokens::new(text, &view, Lexicon::shared());
        for i in 0..view.tokens.len() {
            let word = t.str(i);
            let folded = super::folded_short_key(&t, i, word.len());
            let printable = word.len() < 16 && word.bytes().all(|b| b.is_ascii_graphic());
            assert_eq!(folded.is_some(), printable, "{word:?}");
            if printable {
                assert_eq!(folded, short_key(&lexicon::key(word)), "{word:?}");
            }
        }
    }
}
