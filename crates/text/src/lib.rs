//! STUB — to be written (see the helper brief). Public API is fixed below.

/// A byte range into the original article text (end exclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ByteSpan {
    pub start: usize,
    pub end: usize,
}

/// Converts byte offsets of one text into char (Unicode scalar) offsets.
#[derive(Debug, Clone)]
pub struct CharOffsets {
    ascii: bool,
    starts: Vec<u32>,
}

impl CharOffsets {
    pub fn new(text: &str) -> Self {
        if text.is_ascii() {
            return CharOffsets { ascii: true, starts: Vec::new() };
        }
        CharOffsets { ascii: false, starts: text.char_indices().map(|(b, _)| b as u32).collect() }
    }
    /// Char offset of a byte offset that lies on a char boundary (or at the end of the text).
    pub fn char_of(&self, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        self.starts.partition_point(|&b| (b as usize) < byte)
    }
}

/// The text layer's view of one article, computed in one pass.
#[derive(Debug, Clone)]
pub struct TextView {
    pub sentences: Vec<ByteSpan>,
}

impl TextView {
    pub fn new(text: &str) -> Self {
        TextView { sentences: vec![ByteSpan { start: 0, end: text.len() }] }
    }
}
