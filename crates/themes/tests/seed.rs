//! Issue 5's seed requirement, checked when the shared material is next to the repository
//! (`../shared/articles/seed-putin-biden.txt`); skipped otherwise, so that the tests need
//! nothing outside the repository.

#[test]
fn seed_article_has_leader_military_and_negotiations() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/articles/seed-putin-biden.txt"
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!("skipped: no seed article at {path}");
        return;
    };
    let view = text::TextView::new(&text);
    let found = themes::find(&text, &view);
    let v1 = gdelt::v1_themes(found.iter().map(|m| m.theme));
    for label in ["LEADER", "MILITARY", "NEGOTIATIONS"] {
        assert!(v1.contains(&label), "{label} missing from {v1:?}");
    }
    for m in &found {
        assert!(text.get(m.span.range()).is_some());
    }
}
