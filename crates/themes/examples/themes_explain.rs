//! Prints the themes of a text file (the whole file is the text): one line per mention with
//! its byte offset, label and surface, then the V1THEMES list.
//!
//! `cargo run -p themes --example themes_explain -- FILE`

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: explain FILE");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };
    let view = text::TextView::new(&text);
    let found = themes::find(&text, &view);
    for m in &found {
        println!(
            "{:>6}  {:<45} {}",
            m.span.start,
            m.theme,
            &text[m.span.range()]
        );
    }
    println!(
        "V1THEMES {}",
        gdelt::v1_themes(found.iter().map(|m| m.theme)).join(";")
    );
}
