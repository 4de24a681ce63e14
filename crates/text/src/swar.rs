//! ASCII case folding of eight or sixteen bytes at once (SWAR: SIMD within a register).
//!
//! The stages pack a short word into an integer (first byte highest) to look it up in their
//! tables, and fold its case on the way. For each byte, adding `0x80 - b'A'` to its low seven
//! bits sets the high bit when the byte is at least `A`, adding `0x80 - b'Z' - 1` when it is past
//! `Z`; no carry crosses into the next byte, since `0x7F + 0x3F < 0x100`. A byte with its own high
//! bit set (part of a non-ASCII character) is left as it is.

/// Each byte of `x` with its ASCII capitals lower-cased; other bytes, non-ASCII ones too,
/// unchanged.
#[inline]
pub const fn ascii_lower_u64(x: u64) -> u64 {
    const ONES: u64 = u64::MAX / 0xFF; // 0x0101…01
    let low7 = x & (ONES * 0x7F);
    let ge_a = low7 + ONES * (0x80 - b'A') as u64;
    let gt_z = low7 + ONES * (0x80 - b'Z' - 1) as u64;
    let upper = ge_a & !gt_z & !x & (ONES * 0x80);
    x | (upper >> 2)
}

/// [`ascii_lower_u64`] of sixteen bytes.
#[inline]
pub const fn ascii_lower_u128(x: u128) -> u128 {
    const ONES: u128 = u128::MAX / 0xFF;
    let low7 = x & (ONES * 0x7F);
    let ge_a = low7 + ONES * (0x80 - b'A') as u128;
    let gt_z = low7 + ONES * (0x80 - b'Z' - 1) as u128;
    let upper = ge_a & !gt_z & !x & (ONES * 0x80);
    x | (upper >> 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_folds_as_to_ascii_lowercase_does() {
        for b in 0..=255u8 {
            // The byte in every position, between neighbours that could carry into it.
            for fill in [0u8, b'@', b'Z', 0x7F, 0xFF] {
                for pos in 0..16 {
                    let mut bytes = [fill; 16];
                    bytes[pos] = b;
                    let mut want = bytes;
                    want.iter_mut().for_each(|c| *c = c.to_ascii_lowercase());
                    let got = ascii_lower_u128(u128::from_be_bytes(bytes));
                    assert_eq!(got.to_be_bytes(), want, "{b:#x} at {pos} among {fill:#x}");
                    if pos < 8 {
                        let mut b8 = [0u8; 8];
                        b8.copy_from_slice(&bytes[..8]);
                        let got = ascii_lower_u64(u64::from_be_bytes(b8));
                        assert_eq!(got.to_be_bytes(), want[..8], "{b:#x} at {pos}");
                    }
                }
            }
        }
    }
}
