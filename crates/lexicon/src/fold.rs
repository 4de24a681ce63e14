//! Folding and table parsing shared by the crate and its build script (`build.rs` includes this
//! file), so that keys computed at build time are exactly the keys looked up at run time.

/// The lines of an embedded table, without `#` comments, blank lines and trailing whitespace.
/// Splits on `\n` bytes with memchr: `str::lines` compares each match again and was a tenth of
/// start-up time.
pub fn table_lines(data: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    let ends = memchr::memchr_iter(b'\n', data.as_bytes()).chain(std::iter::once(data.len()));
    ends.filter_map(move |end| {
        // A `\n` byte is always a char boundary.
        let line = data.get(start..end).unwrap_or_default().trim_end();
        start = end + 1;
        (!line.is_empty() && !line.starts_with('#')).then_some(line)
    })
}

/// The tab-separated fields of a table line. Lines are short, so a plain byte scan beats
/// setting up memchr (or `str::split`'s char searcher) for every line.
pub fn tab_fields(line: &str) -> impl Iterator<Item = &str> {
    let bytes = line.as_bytes();
    let mut start = Some(0);
    std::iter::from_fn(move || {
        let from = start?;
        let rest = bytes.get(from..).unwrap_or_default();
        let end = rest.iter().position(|&b| b == b'\t').map(|p| from + p);
        start = end.map(|e| e + 1);
        // A tab byte is always a char boundary.
        line.get(from..end.unwrap_or(bytes.len()))
    })
}

/// The normalised lookup key of a surface: lower case, typographic apostrophes and dashes made
/// ASCII, runs of whitespace one space. Written into `buf` to avoid an allocation per lookup.
pub fn key_into(surface: &str, buf: &mut String) {
    buf.clear();
    // Most surfaces are ASCII words or phrases with single inner spaces: lower-case them whole.
    if is_plain_ascii(surface.as_bytes()) {
        buf.push_str(surface);
        buf.make_ascii_lowercase();
        return;
    }
    let mut space = false;
    for c in surface.chars() {
        let c = match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' => '\'',
            '\u{2010}' | '\u{2011}' | '\u{2013}' | '\u{2014}' => '-',
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if c == ' ' {
            space = !buf.is_empty();
            continue;
        }
        if space {
            buf.push(' ');
            space = false;
        }
        if c.is_ascii() {
            buf.push(c.to_ascii_lowercase());
        } else {
            buf.extend(c.to_lowercase());
        }
    }
}

/// Printable ASCII with single inner spaces ("prime minister"): its key is itself lower-cased.
/// Eight bytes at a time (see [`plain_chunk`]).
pub(crate) fn is_plain_ascii(bytes: &[u8]) -> bool {
    // No leading or trailing space.
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    let mut chunks = bytes.chunks_exact(8);
    let mut after_space = false;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        if !plain_chunk(u64::from_le_bytes(word), &mut after_space) {
            return false;
        }
    }
    // The rest padded with a letter, which changes nothing.
    let mut word = [b'a'; 8];
    let rest = chunks.remainder();
    word[..rest.len()].copy_from_slice(rest);
    plain_chunk(u64::from_le_bytes(word), &mut after_space)
}

/// Are the eight bytes of `w` (little-endian) printable ASCII or spaces, with no two spaces in
/// a row (`after_space`: the byte before them was one; updated for the next eight)? Each test
/// is exact for bytes below `0x80`, which the first one makes sure of: no carry crosses a byte.
fn plain_chunk(w: u64, after_space: &mut bool) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    const LOW: u64 = ONES * 0x7F;
    if w & HIGH != 0 {
        return false; // not ASCII
    }
    // The high bit of each byte of `x` that is zero.
    let zero = |x: u64| !(((x & LOW) + LOW) | x | LOW);
    let control = w.wrapping_sub(ONES * 0x20) & !w & HIGH != 0;
    let delete = zero(w ^ (ONES * 0x7F)) != 0;
    let spaces = zero(w ^ (ONES * 0x20));
    let double = spaces & (spaces >> 8) != 0 || *after_space && spaces & 0x80 != 0;
    *after_space = spaces >> 63 != 0;
    !(control || delete || double)
}

/// "NATO", "U.N.", "WHO": matched case-sensitively so that common words are not taken for them.
pub fn is_acronym(name: &str) -> bool {
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && name.chars().all(|c| !c.is_lowercase())
}

/// The normalised lookup key of a surface, as a new string (see [`key_into`]).
pub fn key(surface: &str) -> String {
    let mut s = String::with_capacity(surface.len());
    key_into(surface, &mut s);
    s
}

/// Two or more letters, none lower case: "NATO", "U.S.", "WHO".
pub fn is_caps(word: &str) -> bool {
    // ASCII, the bytes tell: no lower-case letter, two letters or more.
    if word.is_ascii() {
        let bytes = word.as_bytes();
        return !bytes.iter().any(u8::is_ascii_lowercase)
            && bytes
                .iter()
                .filter(|b| b.is_ascii_alphabetic())
                .nth(1)
                .is_some();
    }
    // One pass that stops at the first lower-case letter: most words are ruled out by their
    // second character.
    let mut letters = 0;
    for c in word.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters >= 2
}
