//! What the examples share: a `Context` built from the names, places and dates stages (as the
//! pipeline will build it), and events as rich-record JSON with char offsets.

use events::{CodedEvent, Context, DateRef, EntityRef, PlaceRef};
use lexicon::Lexicon;
use lexicon::gazetteer::Gazetteer;
use text::{ByteSpan, CharOffsets, TextView};

pub fn context(text: &str, view: &TextView, date: Option<chrono::NaiveDate>) -> Context {
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
    let dates = temporal::find(text, view, date)
        .iter()
        .filter_map(|t| {
            let d = chrono::NaiveDate::from_ymd_opt(t.year?, t.month?, t.day?)?;
            Some(DateRef {
                span: t.span,
                date: d,
            })
        })
        .collect();
    Context {
        date,
        persons: names.persons.iter().map(entity).collect(),
        organizations: names.organizations.iter().map(entity).collect(),
        places,
        dates,
    }
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
