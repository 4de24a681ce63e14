//! Prints how long loading the embedded resources takes (their share of start-up): the lexicon
//! and the gazetteer, each on first use.
//! usage: cargo run --release -p lexicon --example load_time

fn main() {
    let start = std::time::Instant::now();
    let lex = lexicon::Lexicon::shared();
    let lexicon_ms = start.elapsed().as_secs_f64() * 1e3;
    assert!(lex.given_name("Mary").is_some());
    let start = std::time::Instant::now();
    let gaz = lexicon::gazetteer::Gazetteer::shared();
    let gazetteer_ms = start.elapsed().as_secs_f64() * 1e3;
    assert!(!gaz.is_empty());
    println!("lexicon loaded in {lexicon_ms:.1} ms, gazetteer in {gazetteer_ms:.1} ms");
}
