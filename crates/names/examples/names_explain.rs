//! Prints every candidate name of a text with the class the rules gave it, then the result.
//! usage: cargo run -p names --example names_explain -- "NATO Secretary-General Jens Stoltenberg said …"

fn main() {
    let text = std::env::args().skip(1).collect::<Vec<_>>().join(" ");
    let view = text::TextView::new(&text);
    let lex = lexicon::Lexicon::shared();
    for line in names::explain(&text, &view, lex) {
        println!("{line}");
    }
    let names = names::find(&text, &view, lex);
    let listed = |es: &[names::NamedEntity]| -> Vec<(String, usize)> {
        es.iter()
            .map(|e| (e.name.clone(), e.mentions.len()))
            .collect()
    };
    println!("persons: {:?}", listed(&names.persons));
    println!("organisations: {:?}", listed(&names.organizations));
}
