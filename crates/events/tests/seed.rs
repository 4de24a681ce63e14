//! The founding example (issue 6's "done when"), checked when the workplace's shared material is
//! next to the repository; the article is read from there, never copied.

#[path = "../examples/support/mod.rs"]
mod support;

#[test]
fn seed_article_events() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/articles/seed-putin-biden.txt"
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!("skipped: no {path}");
        return;
    };
    let view = text::TextView::new(&text);
    let date = chrono::NaiveDate::from_ymd_opt(2021, 12, 30);
    let ctx = support::context(&text, &view, date);
    let events = events::code(&text, &view, &ctx);
    let c = |a: &Option<events::EventActor>| {
        a.as_ref()
            .map_or("", |a| &a.code[..a.code.len().min(3)])
            .to_string()
    };
    let has = |src: &str, tgt: &str, roots: &[&str]| {
        events
            .iter()
            .any(|e| c(&e.actor1) == src && c(&e.actor2) == tgt && roots.contains(&e.root.as_str()))
    };
    assert!(has("RUS", "USA", &["03", "04"]), "RUS→USA 03/04");
    assert!(has("RUS", "UKR", &["15"]), "RUS→UKR 15");
    assert!(has("USA", "RUS", &["01", "02", "11"]), "USA→RUS 01/02/11");
    assert!(has("RUS", "IGO", &["10"]), "RUS→NATO 10");
    let meeting = events
        .iter()
        .find(|e| {
            c(&e.actor1) == "RUS" && c(&e.actor2) == "USA" && e.code == "036" && e.place.is_some()
        })
        .expect("the announced meeting");
    assert_eq!(meeting.modality, events::Modality::Future);
    assert!(
        ctx.places[meeting.place.unwrap()]
            .name
            .starts_with("Geneva")
    );
    assert_eq!(meeting.date, chrono::NaiveDate::from_ymd_opt(2022, 1, 10));
    for e in &events {
        if let (Some(a), Some(b)) = (&e.actor1, &e.actor2) {
            assert_ne!(a.code, b.code, "self-event {e:?}");
            assert!(text.get(b.span.range()).is_some());
        }
        if let Some(a) = &e.actor1 {
            assert!(text.get(a.span.range()).is_some());
        }
        assert!(text.get(e.span.range()).is_some());
    }
}
