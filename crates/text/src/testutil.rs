//! Test helpers shared by the unit tests of every module.

use crate::{ByteSpan, validate_spans};

/// Panics (with the text) unless the spans pass [`validate_spans`].
#[track_caller]
pub(crate) fn check_spans(text: &str, spans: impl IntoIterator<Item = ByteSpan>) {
    if let Err(e) = validate_spans(text, spans) {
        panic!("{e} in {text:?}");
    }
}
