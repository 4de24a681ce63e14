//! Prints how long parsing the embedded lists takes (the lexicon's share of start-up).
//! usage: cargo run --release -p lexicon --example load_time

fn main() {
    let start = std::time::Instant::now();
    let lex = lexicon::Lexicon::shared();
    let elapsed = start.elapsed();
    assert!(lex.given_name("Mary").is_some());
    println!("lexicon loaded in {:.1} ms", elapsed.as_secs_f64() * 1e3);
}
