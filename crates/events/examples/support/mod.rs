//! What the examples share: a `Context` built from the names, places and dates stages (as the
//! pipeline will build it), and events as rich-record JSON with char offsets.

#![allow(dead_code)] // each example uses a part

use events::{CodedEvent, Context, DateRef, EntityRef, PlaceRef};
use lexicon::Lexicon;
use lexicon::gazetteer::Gazetteer;
use text::{ByteSpan, CharOffsets, TextView};

pub fn context(text: &str, view: &TextView, date: Option<chrono::NaiveDate>) -> Context {
    context_listed(text, view, date).0
}

/// The context, and for each of its places the gazetteer index when it is a listed place.
pub fn context_listed(
    text: &str,
    view: &TextView,
    date: Option<chrono::NaiveDate>,
) -> (Context, Vec<Option<u32>>) {
    let names = names::find(text, view, Lexicon::shared());
    let spans = |es: &[names::NamedEntity]| -> Vec<ByteSpan> {
        es.iter().flat_map(|e| e.mentions.iter().copied()).collect()
    };
    let name_spans = places::NameSpans {
        persons: spans(&names.persons),
        organizations: spans(&names.organizations),
    };
    let found = places::find(text, view, Gazetteer::shared(), &name_spans);
    let entity = |e: &names::NamedEntity| EntityRef {
        name: e.name.clone(),
        mentions: e.mentions.clone(),
        roles: e.roles.clone(),
        gender: 0,
        category: "",
    };
    let organization = |e: &names::NamedEntity| EntityRef {
        category: Lexicon::shared().known_org(&e.name).map_or("", |k| k.note),
        ..entity(e)
    };
    let places = found
        .iter()
        .map(|f| {
            let (name, fips, kind) = match &f.place {
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
            PlaceRef {
                name,
                country_fips: fips,
                cameo: None,
                kind,
                mentions: f.mentions.iter().map(|m| m.span).collect(),
                metonym: f.mentions.iter().any(|m| m.metonym),
            }
        })
        .collect();
    let timexes = temporal::find(text, view, date);
    let date_spans = timexes.iter().map(|t| t.span).collect();
    let dates = timexes
        .iter()
        .filter_map(|t| {
            let d = chrono::NaiveDate::from_ymd_opt(t.year?, t.month?, t.day?)?;
            Some(DateRef {
                span: t.span,
                date: d,
            })
        })
        .collect();
    let listed = found
        .iter()
        .map(|f| match f.place {
            places::PlaceRef::Listed(i) => Some(i),
            places::PlaceRef::Unlisted { .. } => None,
        })
        .collect();
    let ctx = Context {
        date,
        persons: names.persons.iter().map(entity).collect(),
        organizations: names.organizations.iter().map(organization).collect(),
        places,
        dates,
        date_spans,
    };
    (ctx, listed)
}

pub fn to_json(text: &str, ctx: &Context, events: &[CodedEvent]) -> Vec<serde_json::Value> {
    let chars = CharOffsets::new(text);
    let actor = |a: &Option<events::EventActor>| {
        a.as_ref().map(|a| {
            let r = chars.chars_of(a.span);
            serde_json::json!({"code": a.code, "name": a.name, "start": r.start, "end": r.end,
                               "country": a.country, "roles": a.roles})
        })
    };
    events
        .iter()
        .map(|e| {
            let r = chars.chars_of(e.span);
            serde_json::json!({
                "actor1": actor(&e.actor1), "actor2": actor(&e.actor2),
                "code": e.code, "root": e.root, "quad": e.quad, "goldstein": e.goldstein,
                "sentence": e.sentence, "start": r.start, "end": r.end,
                "text": &text[e.span.range()],
                "geo": e.place.map(|p| &ctx.places[p].name),
                "date": e.date.map(|d| d.to_string()),
                "modality": e.modality.as_str(), "rule": e.rule,
            })
        })
        .collect()
}

/// The events as the rich record's `model::Event`s (char offsets), as the pipeline will convert
/// them, and the context's places as `model::Location`s (same indices).
pub fn to_record(
    id: &str,
    url: Option<&str>,
    text: &str,
    ctx: &Context,
    listed: &[Option<u32>],
    events: &[CodedEvent],
) -> model::Record {
    let chars = CharOffsets::new(text);
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
    let locations = ctx
        .places
        .iter()
        .zip(listed)
        .map(|(p, l)| {
            let listed = l.map(|i| Gazetteer::shared().place(i));
            model::Location {
                name: p.name.clone(),
                kind: p.kind,
                country_fips: p.country_fips.clone(),
                adm1: listed.map_or(String::new(), |g| g.adm1_fips.to_string()),
                adm2: String::new(),
                lat: listed.map(|g| g.lat),
                lon: listed.map(|g| g.lon),
                feature_id: listed.map_or(String::new(), |g| g.geonameid.to_string()),
                mentions: Vec::new(),
                metonym: p.metonym,
            }
        })
        .collect();
    model::Record {
        id: id.to_string(),
        url: url.map(str::to_string),
        text: text.to_string(),
        locations,
        events: events
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
            .collect(),
        ..Default::default()
    }
}
