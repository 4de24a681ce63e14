//! The analysis pipeline: one article in, one [`Record`] out, no IO.
//!
//! [`Engine`] holds the shared read-only resources (dictionaries, gazetteer, lexicons as later
//! stages add them) and is `Sync`, so one engine serves every thread. [`Engine::analyze`] runs the
//! text layer and then each stage in order over a single [`TextView`], and converts the stages'
//! byte spans to the record's char offsets at the very end, in one place ([`CharOffsets`]).
//!
//! ```
//! use model::Article;
//! let engine = pipeline::Engine::new();
//! let article = Article::new("ex1", "Ministers met in Lisbon. Talks resume on Monday.");
//! let record = engine.analyze(article, &pipeline::Options::default());
//! assert_eq!(record.sentences.len(), 2);
//! assert_eq!(record.sentences[1].start, 25);
//! ```
//!
//! Architecture invariant: stages never see each other's internals, only the `TextView` and
//! what earlier stages put into the record; nothing here reads a file, a clock or a random source.

use lexicon::Lexicon;
use lexicon::gazetteer::Gazetteer;
use model::{Article, Entity, Location, Mention, Name, Record, SentenceSpan, Timestamp};
use text::{ByteSpan, CharOffsets, TextView};

/// Per-run settings that shape a record.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// The batch date-time (`--date`): the reference date of articles without one of their own.
    pub batch_date: Option<Timestamp>,
    /// Which analysis stages run (the text layer always does).
    pub stages: Stages,
    /// Run the stages over articles in other languages than English too. Off by default: the
    /// stages read English, and find junk in other languages (a person in every German noun).
    pub any_language: bool,
}

/// The analysis stages a run asks for. Leaving stages out makes a run faster and its records
/// thinner (their lists stay empty); it also lets each stage's cost be measured end to end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stages {
    pub names: bool,
    pub places: bool,
    /// Calendar dates (the `temporal` crate).
    pub dates: bool,
    /// Amounts and counts (the `quantities` crate).
    pub quantities: bool,
    /// Quotations with their speakers (the `quotes` crate; speakers come from `names`).
    pub quotes: bool,
    /// GKG themes (the `themes` crate).
    pub themes: bool,
    /// V1.5TONE and GCAM (the `tone` crate).
    pub tone: bool,
    /// CAMEO events (the `events` crate; actors also from `names` and `places`).
    pub events: bool,
}

impl Stages {
    /// The names `--stages` accepts, in pipeline order.
    pub const NAMES: [&str; 8] = [
        "names",
        "places",
        "dates",
        "quantities",
        "quotes",
        "themes",
        "tone",
        "events",
    ];

    pub const ALL: Stages = Stages {
        names: true,
        places: true,
        dates: true,
        quantities: true,
        quotes: true,
        themes: true,
        tone: true,
        events: true,
    };
    pub const NONE: Stages = Stages {
        names: false,
        places: false,
        dates: false,
        quantities: false,
        quotes: false,
        themes: false,
        tone: false,
        events: false,
    };

    /// What GKG rows hold: every stage but events.
    pub const GKG: Stages = Stages {
        events: false,
        ..Stages::ALL
    };
    /// What Events and Mentions rows hold: events, the names and places their actors and
    /// places come from, the dates that date them and the tone of their articles.
    pub const EVENT_ROWS: Stages = Stages {
        names: true,
        places: true,
        dates: true,
        tone: true,
        events: true,
        ..Stages::NONE
    };

    /// The stages of `self` that are also in `other`.
    pub fn within(self, other: Stages) -> Stages {
        Stages {
            names: self.names && other.names,
            places: self.places && other.places,
            dates: self.dates && other.dates,
            quantities: self.quantities && other.quantities,
            quotes: self.quotes && other.quotes,
            themes: self.themes && other.themes,
            tone: self.tone && other.tone,
            events: self.events && other.events,
        }
    }

    /// Parses `all`, `none`, or a comma-separated list of stage names ([`Stages::NAMES`]).
    pub fn parse(list: &str) -> Result<Stages, String> {
        match list.trim() {
            "all" => return Ok(Stages::ALL),
            "none" | "" => return Ok(Stages::NONE),
            _ => {}
        }
        let mut stages = Stages::NONE;
        for name in list.split(',').map(str::trim) {
            let flag = match name {
                "names" => &mut stages.names,
                "places" => &mut stages.places,
                "dates" => &mut stages.dates,
                "quantities" => &mut stages.quantities,
                "quotes" => &mut stages.quotes,
                "themes" => &mut stages.themes,
                "tone" => &mut stages.tone,
                "events" => &mut stages.events,
                other => {
                    return Err(format!(
                        "unknown stage {other:?} (known: {}; or all, none)",
                        Stages::NAMES.join(", ")
                    ));
                }
            };
            *flag = true;
        }
        Ok(stages)
    }
}

impl Default for Stages {
    fn default() -> Self {
        Stages::ALL
    }
}

/// The shared, read-only state of the pipeline. Build once, use from every thread.
///
/// Resources (the lexicon) are loaded on first use, once per process, so a run that leaves
/// their stages out never pays for them.
#[derive(Debug, Default)]
pub struct Engine {
    /// The user's event dictionaries, when they replace the shipped ones.
    event_dictionaries: Option<events::Dictionaries>,
}

impl Engine {
    pub fn new() -> Self {
        Engine::default()
    }

    /// An engine whose event coder uses `dictionaries` instead of the shipped ones.
    pub fn with_event_dictionaries(dictionaries: events::Dictionaries) -> Self {
        Engine {
            event_dictionaries: Some(dictionaries),
        }
    }

    /// Loads the resources that `stages` need, the lexicon and the gazetteer side by side on two
    /// threads (they are independent), and returns when both are ready. Optional: the stages
    /// load what they need on first use anyway; calling this on a thread of its own at start-up
    /// lets loading overlap with reading the input.
    pub fn warm_up(stages: Stages) {
        std::thread::scope(|s| {
            if stages.places {
                s.spawn(Gazetteer::shared);
            }
            if stages.names || stages.places {
                Lexicon::shared();
            }
            if stages.themes {
                s.spawn(themes::Themes::shared);
            }
            if stages.tone {
                tone::Lexicon::shipped();
            }
            if stages.events {
                s.spawn(events::Dictionaries::shared);
            }
        });
    }

    fn lexicon(&self) -> &'static Lexicon {
        Lexicon::shared()
    }

    /// Analyses one article, which becomes its record (the text moves, it is not copied).
    /// Never panics, whatever the text.
    pub fn analyze(&self, article: Article, options: &Options) -> Record {
        let view = TextView::new(&article.text);
        let mut work = [Work::new((article, view))];
        self.run_stages(&mut work, options);
        let [work] = work;
        work.into_record()
    }

    /// Analyses several articles, which become their records in the same order: the records
    /// [`Engine::analyze`] gives one by one, faster. Each stage runs over every article before
    /// the next stage starts, so that its code and tables stay in the caches from one article to
    /// the next, where one article after the other each stage evicts the others' (a hundred
    /// articles at a time take a sixth less time than one by one on the bench corpus).
    ///
    /// An analysis that panics — a bug, which no input should cause — costs only the article it
    /// panicked on: the batch is then analysed again one article at a time, and that article
    /// becomes a [`Failure`] naming it.
    pub fn analyze_batch(
        &self,
        articles: Vec<Article>,
        options: &Options,
    ) -> Vec<Result<Record, Failure>> {
        let views = guarded("", || {
            articles
                .iter()
                .map(|a| TextView::new(&a.text))
                .collect::<Vec<_>>()
        });
        let Ok(views) = views else {
            return articles
                .into_iter()
                .map(|a| self.analyze_guarded(a, options))
                .collect();
        };
        let mut works: Vec<Work> = articles.into_iter().zip(views).map(Work::new).collect();
        if guarded("", || self.run_stages(&mut works, options)).is_err() {
            return works
                .into_iter()
                .map(|w| self.analyze_guarded(w.article, options))
                .collect();
        }
        works
            .into_iter()
            .map(|w| {
                let id = w.article.id.clone();
                guarded(&id, move || w.into_record())
            })
            .collect()
    }

    /// [`Engine::analyze`], with a panic caught and turned into a [`Failure`].
    fn analyze_guarded(&self, article: Article, options: &Options) -> Result<Record, Failure> {
        let id = article.id.clone();
        let view = guarded(&id, || TextView::new(&article.text))?;
        let mut work = [Work::new((article, view))];
        guarded(&id, || self.run_stages(&mut work, options))?;
        let [work] = work;
        guarded(&id, move || work.into_record())
    }

    /// Runs each stage that `options` asks for over every article of `works`, stage by stage.
    fn run_stages(&self, works: &mut [Work], options: &Options) {
        let stages = options.stages;
        for w in works.iter_mut() {
            w.language = text::language::identify(&w.article.text, &w.view);
        }
        // Every stage reads English: an article in another language keeps its text layer only,
        // unless the run asks for every article to be analysed.
        let mut works: Vec<&mut Work> = works
            .iter_mut()
            .filter(|w| options.any_language || w.language == text::language::ENGLISH)
            .collect();
        if stages.names {
            for w in works.iter_mut() {
                w.names = names::find(&w.article.text, &w.view, self.lexicon());
            }
        }
        // Places get the names stage's person and organisation spans, so that "Jordan
        // Henderson" is not Jordan; a storm's name counts as a person's ("in Sandy's path" is
        // not Sandy, Utah).
        if stages.places {
            for w in works.iter_mut() {
                let spans = |es: &[names::NamedEntity]| -> Vec<ByteSpan> {
                    es.iter().flat_map(|e| e.mentions.iter().copied()).collect()
                };
                let mut persons = spans(&w.names.persons);
                persons.extend_from_slice(&w.names.storms);
                let name_spans = places::NameSpans {
                    persons,
                    organizations: spans(&w.names.organizations),
                };
                w.places = places::find(&w.article.text, &w.view, Gazetteer::shared(), &name_spans);
            }
        }
        // Relative dates resolve against the article's own date — its metadata's, else the
        // dateline at its head — and else the batch date.
        let batch_date = options.batch_date.map(|t| t.date());
        for w in works.iter_mut() {
            w.reference = match w.article.published {
                Some(published) => Some(published.date()),
                None if stages.dates || stages.events => {
                    temporal::head_date(&w.article.text, &w.view, batch_date).or(batch_date)
                }
                None => batch_date,
            };
        }
        if stages.dates {
            for w in works.iter_mut() {
                w.timexes = temporal::find(&w.article.text, &w.view, w.reference);
            }
        }
        if stages.quantities {
            for w in works.iter_mut() {
                w.quantities = quantities::find(&w.article.text, &w.view);
            }
        }
        // Quotations get the names stage's persons and organisations as candidate speakers.
        if stages.quotes {
            for w in works.iter_mut() {
                w.speakers = quotes::Speakers {
                    entities: speaker_candidates(&w.names.persons, quotes::SpeakerKind::Person)
                        .chain(speaker_candidates(
                            &w.names.organizations,
                            quotes::SpeakerKind::Organization,
                        ))
                        .collect(),
                };
                w.quotes = quotes::find(&w.article.text, &w.view, &w.speakers);
            }
        }
        if stages.themes {
            for w in works.iter_mut() {
                w.themes = themes::find(&w.article.text, &w.view);
            }
        }
        if stages.tone {
            for w in works.iter_mut() {
                w.tone = Some(model::Tone::from(&tone::score(&w.article.text, &w.view)));
            }
        }
        // Events see the article's persons, organisations, places (in the order of the record's
        // locations, so that an event's place is a location index) and dated expressions.
        if stages.events {
            for w in works.iter_mut() {
                let context = event_context(w.reference, &w.names, &w.places, &w.timexes);
                let (text, view) = (&w.article.text, &w.view);
                w.events = match &self.event_dictionaries {
                    Some(d) => events::code_with(text, view, &context, d),
                    None => events::code(text, view, &context),
                };
            }
        }
    }
}

/// One article on its way through the stages, with what they have found so far.
struct Work {
    article: Article,
    view: TextView,
    /// ISO 639-3 code of the article's language.
    language: &'static str,
    names: names::Names,
    places: Vec<places::FoundPlace>,
    /// The date that relative dates resolve against.
    reference: Option<chrono::NaiveDate>,
    timexes: Vec<temporal::TimexMention>,
    quantities: quantities::Quantities,
    speakers: quotes::Speakers,
    quotes: Vec<quotes::Quote>,
    themes: Vec<themes::ThemeMention>,
    tone: Option<model::Tone>,
    events: Vec<events::CodedEvent>,
}

impl Work {
    /// The article with its text layer, before any stage.
    fn new((article, view): (Article, TextView)) -> Work {
        Work {
            article,
            view,
            language: text::language::ENGLISH,
            names: names::Names::default(),
            places: Vec::new(),
            reference: None,
            timexes: Vec::new(),
            quantities: quantities::Quantities::default(),
            speakers: quotes::Speakers {
                entities: Vec::new(),
            },
            quotes: Vec::new(),
            themes: Vec::new(),
            tone: None,
            events: Vec::new(),
        }
    }

    /// The record of the article: byte spans become char offsets here, and only here.
    fn into_record(self) -> Record {
        let Work {
            article,
            view,
            language,
            names,
            places: found_places,
            timexes,
            quantities,
            speakers,
            quotes: found_quotes,
            themes: found_themes,
            tone,
            events: coded_events,
            ..
        } = self;
        let text = article.text.as_str();
        let chars = CharOffsets::new(text);
        let mention = |span: ByteSpan| {
            let r = chars.chars_of(span);
            Mention {
                start: r.start,
                end: r.end,
                text: text[span.range()].to_string(),
            }
        };
        let entities = |es: Vec<names::NamedEntity>| -> Vec<Entity> {
            es.into_iter()
                .map(|e| Entity {
                    name: e.name,
                    mentions: e.mentions.into_iter().map(mention).collect(),
                    roles: e.roles,
                })
                .collect()
        };
        let locations: Vec<Location> = found_places
            .into_iter()
            .map(|f| {
                let mentions = f.mentions.iter().map(|m| mention(m.span)).collect();
                let metonym = f.mentions.iter().any(|m| m.metonym);
                match f.place {
                    places::PlaceRef::Listed(i) => {
                        let p = Gazetteer::shared().place(i);
                        Location {
                            name: p.full_name.to_string(),
                            kind: p.gdelt_type,
                            country_fips: p.country_fips.to_string(),
                            adm1: p.adm1_fips.to_string(),
                            adm2: String::new(),
                            lat: Some(p.lat),
                            lon: Some(p.lon),
                            feature_id: p.geonameid.to_string(),
                            metonym,
                            mentions,
                        }
                    }
                    // Not in the gazetteer: type 0, placed in its region or country if known.
                    places::PlaceRef::Unlisted { name, within } => {
                        let w = within.map(|i| Gazetteer::shared().place(i));
                        Location {
                            name: match w {
                                // (A world region's full name repeats the region, as GDELT
                                // writes type 5, "Ontario, Ontario, Canada"; a town in it is
                                // "Dundas, Ontario, Canada".)
                                Some(w) if w.gdelt_type == 5 => {
                                    let region = w.full_name.split_once(", ").map(|(_, r)| r);
                                    format!("{name}, {}", region.unwrap_or(w.full_name))
                                }
                                Some(w) => format!("{name}, {}", w.full_name),
                                None => name,
                            },
                            kind: 0,
                            country_fips: w.map_or(String::new(), |w| w.country_fips.to_string()),
                            adm1: w.map_or(String::new(), |w| w.adm1_fips.to_string()),
                            adm2: String::new(),
                            lat: None,
                            lon: None,
                            feature_id: String::new(),
                            metonym,
                            mentions,
                        }
                    }
                }
            })
            .collect();
        let persons = entities(names.persons);
        let organizations = entities(names.organizations);
        let all_names = names
            .all_names
            .into_iter()
            .map(|n| Name {
                name: n.name,
                start: chars.char_of(n.span.start),
            })
            .collect();
        let dates = timexes
            .iter()
            .filter_map(|t| {
                let r = chars.chars_of(t.span);
                t.to_date_mention(r.start, r.end, text[t.span.range()].to_string())
            })
            .collect();
        let (amounts, mut counts) = quantities.to_record(text, &chars);
        // Sentences are sorted: a cursor converts them in one walk over the char table.
        let mut sentence_chars = chars.cursor();
        let sentences: Vec<SentenceSpan> = view
            .sentences
            .iter()
            .map(|s| {
                let r = sentence_chars.chars_of(*s);
                SentenceSpan {
                    start: r.start,
                    end: r.end,
                }
            })
            .collect();
        for c in &mut counts {
            c.location = nearest_geocoded(&locations, c.start, text, &chars, &sentences);
        }
        let actor = |a: &Option<events::EventActor>| {
            a.as_ref().map(|a| {
                let r = chars.chars_of(a.span);
                model::Actor {
                    code: a.code.clone(),
                    name: a.name.clone(),
                    start: r.start,
                    end: r.end,
                }
            })
        };
        let events = coded_events
            .iter()
            .map(|e| {
                let r = chars.chars_of(e.span);
                model::Event {
                    actor1: actor(&e.actor1),
                    actor2: actor(&e.actor2),
                    code: e.code.clone(),
                    root: e.root.clone(),
                    quad: e.quad,
                    goldstein: e.goldstein,
                    sentence: e.sentence,
                    start: r.start,
                    end: r.end,
                    geo: e.place,
                    modality: e.modality.as_str().to_string(),
                    rule: e.rule.clone(),
                    date: e.date.map(|d| d.to_string()),
                }
            })
            .collect();
        let quotations = found_quotes
            .iter()
            .map(|q| q.to_quotation(text, &speakers, &chars))
            .collect();
        Record {
            published: article.published.as_ref().map(model::iso_timestamp),
            id: article.id,
            url: article.url,
            title: article.title,
            source: article.source,
            text: article.text,
            meta: article.meta,
            language: Some(language.to_string()),
            sentences,
            persons,
            organizations,
            all_names,
            locations,
            dates,
            amounts,
            counts,
            quotations,
            themes: found_themes
                .iter()
                .map(|m| model::Theme {
                    theme: m.theme.to_string(),
                    start: chars.char_of(m.span.start),
                })
                .collect(),
            tone,
            events,
        }
    }
}

/// An article whose analysis panicked: a bug of the engine, which no input should cause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// The article's id.
    pub id: String,
    /// The panic's message.
    pub why: String,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: internal error, article skipped (please report it): {}",
            self.id, self.why
        )
    }
}

impl std::error::Error for Failure {}

/// Runs `f`, work on article `id`; a panic becomes a [`Failure`] naming the article, so that
/// one bad article costs one record, not the run.
pub fn guarded<T>(id: &str, f: impl FnOnce() -> T) -> Result<T, Failure> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|payload| {
        let why = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown cause".to_string());
        Failure {
            id: id.to_string(),
            why,
        }
    })
}

/// What the event coder is told about the article: its date, persons, organisations, places
/// (index i is location i of the record) and the dates its text gives in full.
fn event_context(
    date: Option<chrono::NaiveDate>,
    names: &names::Names,
    places: &[places::FoundPlace],
    timexes: &[temporal::TimexMention],
) -> events::Context {
    let entity = |e: &names::NamedEntity| events::EntityRef {
        name: e.name.clone(),
        mentions: e.mentions.clone(),
        roles: e.roles.clone(),
        gender: Lexicon::shared().first_name_gender(&e.name),
        category: "",
    };
    let organization = |e: &names::NamedEntity| events::EntityRef {
        category: {
            let lex = Lexicon::shared();
            lex.known_org(&e.name)
                .or_else(|| lex.known_org(names::without_legal_form(&e.name)))
                .map_or("", |k| k.note)
        },
        ..entity(e)
    };
    let place = |f: &places::FoundPlace| {
        let (name, country_fips, kind) = match &f.place {
            places::PlaceRef::Listed(i) => {
                let p = Gazetteer::shared().place(*i);
                (
                    p.full_name.to_string(),
                    p.country_fips.to_string(),
                    p.gdelt_type,
                )
            }
            places::PlaceRef::Unlisted { name, .. } => (name.clone(), String::new(), 0),
        };
        events::PlaceRef {
            name,
            country_fips,
            cameo: None,
            kind,
            mentions: f.mentions.iter().map(|m| m.span).collect(),
            metonym: f.mentions.iter().any(|m| m.metonym),
        }
    };
    let dates = timexes
        .iter()
        .filter_map(|t| {
            let date = chrono::NaiveDate::from_ymd_opt(t.year?, t.month?, t.day?)?;
            Some(events::DateRef { span: t.span, date })
        })
        .collect();
    events::Context {
        date,
        persons: names.persons.iter().map(entity).collect(),
        organizations: names.organizations.iter().map(organization).collect(),
        places: places.iter().map(place).collect(),
        dates,
        date_spans: timexes.iter().map(|t| t.span).collect(),
    }
}

/// The names stage's entities as candidate speakers of quotations.
fn speaker_candidates(
    entities: &[names::NamedEntity],
    kind: quotes::SpeakerKind,
) -> impl Iterator<Item = quotes::Candidate> + '_ {
    let lex = Lexicon::shared();
    entities.iter().map(move |e| quotes::Candidate {
        name: e.name.clone(),
        kind,
        mentions: e.mentions.clone(),
        roles: e.roles.clone(),
        // A first name's gender: a prior for "he" and "she".
        gender: match kind {
            quotes::SpeakerKind::Person => e
                .name
                .split_whitespace()
                .next()
                .map_or(0, |w| lex.given_gender(w)),
            quotes::SpeakerKind::Organization => 0,
        },
    })
}

/// Where GDELT places a count: the geocoded location (index into `locations`) mentioned nearest
/// to char offset `at`, preferring one in the same clause ("12 were killed in Donetsk"), then
/// the same sentence, then anywhere; the one before wins a tie.
fn nearest_geocoded(
    locations: &[Location],
    at: usize,
    text: &str,
    chars: &CharOffsets,
    sentences: &[SentenceSpan],
) -> Option<usize> {
    let sentence_of = |c: usize| sentences.partition_point(|s| s.end <= c);
    let clause_break = |a: usize, b: usize| {
        let (lo, hi) = (a.min(b), a.max(b));
        text[chars.byte_of(lo)..chars.byte_of(hi)].contains([',', ';', ':', '(', ')'])
    };
    locations
        .iter()
        .enumerate()
        .filter(|(_, l)| l.lat.is_some())
        .flat_map(|(i, l)| l.mentions.iter().map(move |m| (i, m.start)))
        .min_by_key(|&(_, start)| {
            let other_sentence = sentence_of(start) != sentence_of(at);
            let other_clause = other_sentence || clause_break(start, at);
            (other_sentence, other_clause, start.abs_diff(at), start > at)
        })
        .map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_offsets_are_chars_of_the_original_text() {
        let text = "Kyiv’s mayor spoke. “We rebuild,” she said. Zürich agreed.";
        let record = Engine::new().analyze(Article::new("x", text), &Options::default());
        let surfaces: Vec<String> = record
            .sentences
            .iter()
            .map(|s| text.chars().skip(s.start).take(s.end - s.start).collect())
            .collect();
        assert_eq!(
            surfaces,
            [
                "Kyiv’s mayor spoke.",
                "“We rebuild,” she said.",
                "Zürich agreed."
            ]
        );
    }

    #[test]
    fn a_storms_name_is_no_place_nor_person() {
        let text = "Hurricane Sandy hit New Jersey. Homes in Sandy’s path in Utah flooded.";
        let record = Engine::new().analyze(Article::new("x", text), &Options::default());
        let places: Vec<&str> = record.locations.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(places, ["New Jersey, United States", "Utah, United States"]);
        assert!(record.persons.is_empty());
    }

    #[test]
    fn a_town_the_gazetteer_lacks_is_named_in_its_region() {
        let text = "She grew up in Oxbury Green, Ont., and later in Marbeck, Texas.";
        let record = Engine::new().analyze(Article::new("x", text), &Options::default());
        let unlisted: Vec<(&str, &str)> = record
            .locations
            .iter()
            .filter(|l| l.kind == 0)
            .map(|l| (l.name.as_str(), l.adm1.as_str()))
            .collect();
        assert_eq!(
            unlisted,
            [
                ("Oxbury Green, Ontario, Canada", "CA08"),
                ("Marbeck, Texas, United States", "USTX")
            ]
        );
    }

    #[test]
    fn stages_can_be_left_out() {
        let text = "President Joe Biden met Olaf Scholz.";
        let all = Engine::new().analyze(Article::new("x", text), &Options::default());
        assert_eq!(all.persons.len(), 2);
        let none = Options {
            stages: Stages::parse("none").unwrap(),
            ..Default::default()
        };
        let bare = Engine::new().analyze(Article::new("x", text), &none);
        assert!(bare.persons.is_empty() && bare.sentences.len() == 1);
        assert!(bare.tone.is_none() && all.tone.is_some_and(|t| t.word_count == 6));
        assert_eq!(
            Stages::parse("names,places"),
            Ok(Stages {
                names: true,
                places: true,
                ..Stages::NONE
            })
        );
        assert!(Stages::parse("tone,sentiment").is_err());
    }

    #[test]
    fn dates_resolve_against_the_article_then_the_batch_date() {
        let text = "Ministers met in Lisbon on Monday. Talks resume on 10 January 2022.";
        let mut article = Article::new("x", text);
        type Day = (u8, Option<i32>, Option<u32>, Option<u32>);
        let days = |r: &Record| -> Vec<Day> {
            r.dates
                .iter()
                .map(|d| (d.resolution, d.year, d.month, d.day))
                .collect()
        };
        let bare = Engine::new().analyze(article.clone(), &Options::default());
        assert_eq!(
            days(&bare),
            [(3, None, None, None), (3, Some(2022), Some(1), Some(10))],
            "no date to resolve 'Monday' against"
        );
        let batch = Options {
            batch_date: model::parse_timestamp("2024-03-14"),
            ..Default::default()
        };
        assert_eq!(
            days(&Engine::new().analyze(article.clone(), &batch))[0],
            (3, Some(2024), Some(3), Some(11))
        );
        article.published = model::parse_timestamp("2024-03-12");
        let own = Engine::new().analyze(article, &batch);
        assert_eq!(days(&own)[0], (3, Some(2024), Some(3), Some(11)));
        assert_eq!(own.dates[0].text, "Monday");
    }

    #[test]
    fn a_dateline_dates_an_article_without_metadata() {
        let text = "Storm Hits Coast\nPublished: July 23, 2012\nThe storm hit the coast yesterday.";
        let batch = Options {
            batch_date: model::parse_timestamp("2024-03-14"),
            ..Default::default()
        };
        let yesterday = |a: Article| {
            let r = Engine::new().analyze(a, &batch);
            let d = r.dates.last().cloned().expect("a date");
            (d.text, d.year, d.month, d.day)
        };
        let mut article = Article::new("x", text);
        assert_eq!(
            yesterday(article.clone()),
            ("yesterday".to_string(), Some(2012), Some(7), Some(22))
        );
        // The metadata's date wins.
        article.published = model::parse_timestamp("2024-03-12");
        assert_eq!(yesterday(article).3, Some(11));
    }

    #[test]
    fn counts_are_placed_at_the_nearest_place_of_their_clause() {
        let text = "Troops gathered near Kharkiv, and 12 people were killed in Donetsk. \
                    In Lviv, 40 protesters were arrested.";
        let r = Engine::new().analyze(Article::new("x", text), &Options::default());
        let place_of = |kind: &str| -> Option<String> {
            let c = r.counts.iter().find(|c| c.kind == kind)?;
            let l = &r.locations[c.location?];
            Some(l.mentions[0].text.clone())
        };
        assert_eq!(place_of("KILL").as_deref(), Some("Donetsk"));
        assert_eq!(place_of("ARREST").as_deref(), Some("Lviv"));
        let amounts: Vec<(f64, &str)> = r
            .amounts
            .iter()
            .map(|a| (a.value, a.object.as_str()))
            .collect();
        assert_eq!(amounts, [(12.0, "people"), (40.0, "protesters")]);
    }

    #[test]
    fn quotations_name_their_speakers_from_the_names_stage() {
        let text = "“We will rebuild every bridge,” Mayor Ana Costa said on Monday. \
                    The ministry said that repairs would take a year.";
        let r = Engine::new().analyze(Article::new("x", text), &Options::default());
        let q: Vec<(&str, Option<&str>, model::QuoteKind)> = r
            .quotations
            .iter()
            .map(|q| (q.text.as_str(), q.speaker.as_deref(), q.kind))
            .collect();
        assert_eq!(
            q[0],
            (
                "We will rebuild every bridge,",
                Some("Ana Costa"),
                model::QuoteKind::Direct
            )
        );
        assert!(
            q.iter()
                .any(|(t, _, k)| *t == "repairs would take a year"
                    && *k == model::QuoteKind::Indirect)
        );
        let chars: Vec<char> = text.chars().collect();
        for q in &r.quotations {
            assert_eq!(chars[q.start..q.end].iter().collect::<String>(), q.text);
        }
    }

    #[test]
    fn events_are_coded_with_places_and_dates_of_the_record() {
        let mut article = Article::new(
            "x",
            "Turkish diplomats will meet Greek officials in Athens on Monday.",
        );
        article.published = model::parse_timestamp("2024-03-12");
        let r = Engine::new().analyze(article, &Options::default());
        let e = r
            .events
            .iter()
            .find(|e| e.code == "036")
            .expect("an intent to meet");
        let code = |a: &Option<model::Actor>| a.as_ref().map(|a| a.code.clone());
        assert_eq!(code(&e.actor1).as_deref(), Some("TURGOV"));
        assert_eq!(code(&e.actor2).as_deref(), Some("GRCGOV"));
        assert_eq!(e.modality, "future");
        assert_eq!(e.date.as_deref(), Some("2024-03-18"));
        let geo = &r.locations[e.geo.expect("a place")];
        assert_eq!(geo.mentions[0].text, "Athens");
        let chars: Vec<char> = r.text.chars().collect();
        let surface = |a: &model::Actor| chars[a.start..a.end].iter().collect::<String>();
        let actors: Vec<String> = [&e.actor1, &e.actor2]
            .into_iter()
            .flatten()
            .map(surface)
            .collect();
        assert_eq!(actors, ["Turkish diplomats", "Greek officials"]);
    }

    #[test]
    fn he_and_she_follow_the_gender_of_first_names() {
        for (text, speaker) in [
            (
                "John Smith thanked Maria Lopez on Monday. She said the plan would work.",
                "Maria Lopez",
            ),
            (
                "Maria Lopez thanked John Smith on Monday. He said the plan would work.",
                "John Smith",
            ),
        ] {
            let r = Engine::new().analyze(Article::new("x", text), &Options::default());
            let got: Vec<Option<&str>> =
                r.quotations.iter().map(|q| q.speaker.as_deref()).collect();
            assert_eq!(got, [Some(speaker)], "{text}");
        }
    }

    #[test]
    fn a_batch_gives_the_records_its_articles_give_one_by_one() {
        // Articles that differ in every stage's findings, so that a stage that mixed up the
        // articles of a batch, or skipped one, would show.
        let texts = [
            "President Joe Biden met Olaf Scholz in Berlin on Monday. “We agree,” Biden said.",
            "Floods killed 12 people in Valencia, Spain. Officials evacuated 3,000 residents.",
            "",
            "Russian troops massed near the Ukrainian border, Kyiv said on 10 January 2022.",
            "Shares of Acme Corp. fell 4% after the company cut 200 jobs in Ohio.",
        ];
        let articles: Vec<Article> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let mut a = Article::new(format!("a{i}"), *t);
                if i == 3 {
                    a.published = model::parse_timestamp("2021-12-30T12:00:00Z");
                }
                a
            })
            .collect();
        let engine = Engine::new();
        for stages in ["all", "names,events", "dates,tone"] {
            let options = Options {
                stages: Stages::parse(stages).unwrap_or(Stages::NONE),
                batch_date: model::parse_timestamp("2024-03-12T00:00:00Z"),
                ..Options::default()
            };
            let one_by_one: Vec<Record> = articles
                .iter()
                .map(|a| engine.analyze(a.clone(), &options))
                .collect();
            let batch: Vec<Record> = engine
                .analyze_batch(articles.clone(), &options)
                .into_iter()
                .map(|r| r.unwrap_or_default())
                .collect();
            assert_eq!(batch, one_by_one, "{stages}");
        }
        assert!(
            engine
                .analyze_batch(Vec::new(), &Options::default())
                .is_empty()
        );
    }

    #[test]
    fn an_article_in_another_language_keeps_its_text_layer_only() {
        let german = "Bundeskanzler Olaf Scholz hat am Dienstag in Berlin angekündigt, dass die \
                      Regierung die Hilfen für die Ukraine verdoppeln werde. Die Opposition \
                      kritisierte den Plan, sagte Friedrich Merz der Zeitung.";
        let engine = Engine::new();
        let record = engine.analyze(Article::new("de", german), &Options::default());
        assert_eq!(record.language.as_deref(), Some("deu"));
        assert_eq!(record.sentences.len(), 2);
        assert!(record.persons.is_empty() && record.locations.is_empty());
        assert!(record.tone.is_none() && record.themes.is_empty());
        // Asked to, the stages run over it all the same.
        let anyway = Options {
            any_language: true,
            ..Options::default()
        };
        let record = engine.analyze(Article::new("de", german), &anyway);
        assert_eq!(record.language.as_deref(), Some("deu"));
        assert!(!record.persons.is_empty());
        // English is English, and so is a text too short to tell.
        for text in [
            "Olaf Scholz met Joe Biden in Berlin on Tuesday, and the two leaders talked \
                      about the war in Ukraine for an hour.",
            "Scholz in Berlin",
        ] {
            let record = engine.analyze(Article::new("en", text), &Options::default());
            assert_eq!(record.language.as_deref(), Some("eng"), "{text}");
            assert!(!record.persons.is_empty(), "{text}");
        }
    }

    #[test]
    fn a_panic_becomes_a_failure_naming_the_article() {
        assert_eq!(guarded("a1", || 7), Ok(7));
        let err = guarded("news.jsonl:12", || -> u8 {
            panic!("byte index 6 is not a char boundary")
        })
        .unwrap_err();
        assert_eq!(err.id, "news.jsonl:12");
        assert_eq!(err.why, "byte index 6 is not a char boundary");
        assert!(
            err.to_string().starts_with("news.jsonl:12: internal error"),
            "{err}"
        );
        let n = 3;
        let err = guarded("a2", || -> u8 { panic!("{n} spans") }).unwrap_err();
        assert_eq!(err.why, "3 spans");
    }

    #[test]
    fn record_carries_the_article() {
        let mut a = Article::new("id-1", "Text.");
        a.url = Some("https://example.org/x".into());
        a.published = model::parse_timestamp("2024-03-12T10:00:00+01:00");
        let r = Engine::new().analyze(a, &Options::default());
        assert_eq!(r.published.as_deref(), Some("2024-03-12T09:00:00Z"));
        assert_eq!(r.document_identifier(), "https://example.org/x");
        assert_eq!(r.text, "Text.");
    }
}

#[cfg(test)]
mod any_text {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Whatever the text, analysis does not panic and every span of the record slices it.
        #[test]
        fn every_record_span_slices_the_text(bytes in proptest::collection::vec(any::<u8>(), 0..600), s in "\\PC{0,200}") {
            for text in [String::from_utf8_lossy(&bytes).into_owned(), s] {
                let record = Engine::new().analyze(Article::new("p", text.clone()), &Options::default());
                let n = text.chars().count();
                let chars: Vec<char> = text.chars().collect();
                for e in record.persons.iter().chain(&record.organizations) {
                    for m in &e.mentions {
                        prop_assert!(m.start < m.end && m.end <= n);
                        prop_assert_eq!(chars[m.start..m.end].iter().collect::<String>(), m.text.clone());
                    }
                }
                for l in &record.locations {
                    for m in &l.mentions {
                        prop_assert!(m.start < m.end && m.end <= n);
                        prop_assert_eq!(chars[m.start..m.end].iter().collect::<String>(), m.text.clone());
                    }
                }
                let spans = record.dates.iter().map(|d| (d.start, d.end, &d.text))
                    .chain(record.amounts.iter().map(|a| (a.start, a.end, &a.text)))
                    .chain(record.quotations.iter().map(|q| (q.start, q.end, &q.text)));
                for (start, end, surface) in spans {
                    prop_assert!(start <= end && end <= n);
                    prop_assert_eq!(&chars[start..end].iter().collect::<String>(), surface);
                }
                for e in &record.events {
                    prop_assert!(e.start <= e.end && e.end <= n);
                    for a in [&e.actor1, &e.actor2].into_iter().flatten() {
                        prop_assert!(a.start <= a.end && a.end <= n);
                    }
                    prop_assert!(e.geo.is_none_or(|g| g < record.locations.len()));
                }
                for at in record.themes.iter().map(|t| t.start).chain(record.counts.iter().map(|c| c.start)) {
                    prop_assert!(at <= n);
                }
                let mut last_end = 0;
                for sentence in &record.sentences {
                    prop_assert!(sentence.start <= sentence.end && sentence.end <= n);
                    prop_assert!(sentence.start >= last_end, "sorted, non-overlapping");
                    last_end = sentence.end;
                }
            }
        }
    }

    /// Words that the stages look for, and some that join them.
    const NEWS_WORDS: &[&str] = &[
        "President",
        "Joe",
        "Biden",
        "met",
        "Olaf",
        "Scholz",
        "in",
        "Berlin",
        "on",
        "Monday",
        ".",
        ",",
        "Floods",
        "killed",
        "12",
        "people",
        "Valencia",
        "Spain",
        "said",
        "\u{201c}We",
        "agree,\u{201d}",
        "Russian",
        "troops",
        "attacked",
        "Ukraine",
        "$3.5",
        "billion",
        "10",
        "January",
        "2022",
        "protesters",
        "the",
        "election",
        "war",
        "NATO",
        "Reuters",
        "and",
        "will",
        "meet",
        "Geneva",
        "angry",
        "good",
        "Ms",
        "Ortelia",
        "Kenya",
        "police",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]
        /// Whatever the texts, a batch gives the records its articles give one by one. (Texts
        /// made of news words, so that every stage finds something in most of them.)
        #[test]
        fn a_batch_gives_what_its_articles_give_alone(
            texts in proptest::collection::vec(
                proptest::collection::vec(proptest::sample::select(NEWS_WORDS), 0..40)
                    .prop_map(|words| words.join(" ")),
                1..5,
            )
        ) {
            let engine = Engine::new();
            let options = Options::default();
            let articles: Vec<Article> = texts
                .iter()
                .enumerate()
                .map(|(i, t)| Article::new(format!("p{i}"), t.as_str()))
                .collect();
            let alone: Vec<Record> = articles.iter().map(|a| engine.analyze(a.clone(), &options)).collect();
            let batch: Vec<Record> = engine
                .analyze_batch(articles, &options)
                .into_iter()
                .map(|r| r.unwrap_or_default())
                .collect();
            prop_assert_eq!(batch, alone);
        }
    }
}
