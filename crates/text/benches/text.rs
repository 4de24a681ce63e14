//! Criterion bench for the text layer (placeholder until the segmenter lands).
fn main() {}
