//! STUB — being written. Public API is fixed below.

mod normalize;
mod offsets;

pub use normalize::{Alignment, Normalized, replacement};
pub use offsets::{ByteSpan, CharOffsets};

/// The text layer's view of one article, computed in one pass.
#[derive(Debug, Clone)]
pub struct TextView {
    pub sentences: Vec<ByteSpan>,
}

impl TextView {
    pub fn new(text: &str) -> Self {
        TextView {
            sentences: vec![ByteSpan {
                start: 0,
                end: text.len(),
            }],
        }
    }
}
