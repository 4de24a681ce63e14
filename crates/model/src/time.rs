//! Parsing the many ways sources write a publication date, and writing GDELT's.

use crate::Timestamp;
use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime};

/// Parses a publication date or date-time as sources write them and returns it in UTC.
///
/// Accepted: ISO 8601 / RFC 3339 (`2024-03-12`, `2024-03-12T10:00`, `2024-03-12 10:00:00`,
/// `2024-03-12T10:00:00.5+02:00`, `…Z`, `…+0200`), RFC 2822 (`Tue, 12 Mar 2024 10:00:00 GMT`, as
/// feeds and HTTP use), and GDELT's compact `20240312100000` / `20240312`. Anything else is `None`:
/// a date we cannot read is treated as absent, never guessed.
pub fn parse_timestamp(s: &str) -> Option<Timestamp> {
    let s = s.trim();
    if s.is_empty() || s.len() > 64 {
        return None;
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Some(dt.naive_utc());
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(s) {
        return Some(dt.naive_utc());
    }
    // ISO 8601 with a numeric offset lacking the colon, or a space instead of `T`.
    for fmt in [
        "%Y-%m-%dT%H:%M:%S%.f%z",
        "%Y-%m-%d %H:%M:%S%.f%z",
        "%Y-%m-%dT%H:%M%z",
    ] {
        if let Ok(dt) = DateTime::parse_from_str(s, fmt) {
            return Some(dt.naive_utc());
        }
    }
    let naive = s.strip_suffix('Z').unwrap_or(s);
    for fmt in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
        "%Y%m%d%H%M%S",
    ] {
        if let Ok(dt) = NaiveDateTime::parse_from_str(naive, fmt) {
            return Some(dt);
        }
    }
    for fmt in ["%Y-%m-%d", "%Y%m%d", "%Y/%m/%d"] {
        if let Ok(d) = NaiveDate::parse_from_str(naive, fmt) {
            return Some(d.and_time(NaiveTime::MIN));
        }
    }
    None
}

/// GDELT's `YYYYMMDDHHMMSS` (V2.1DATE, DATEADDED).
pub fn gdelt_timestamp(t: &Timestamp) -> String {
    t.format("%Y%m%d%H%M%S").to_string()
}

/// ISO 8601 in UTC with a `Z`, as the rich record writes `published`.
pub fn iso_timestamp(t: &Timestamp) -> String {
    t.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_the_forms_sources_use() {
        let cases = [
            ("2024-03-12", "2024-03-12T00:00:00Z"),
            ("2024-03-12T10:05", "2024-03-12T10:05:00Z"),
            ("2024-03-12T10:05:09Z", "2024-03-12T10:05:09Z"),
            ("2024-03-12 10:05:09", "2024-03-12T10:05:09Z"),
            ("2024-03-12T10:05:09.123+02:00", "2024-03-12T08:05:09Z"),
            ("2024-03-12T10:05:09+0200", "2024-03-12T08:05:09Z"),
            ("Tue, 12 Mar 2024 10:05:09 GMT", "2024-03-12T10:05:09Z"),
            ("Tue, 12 Mar 2024 10:05:09 -0500", "2024-03-12T15:05:09Z"),
            ("20240312100509", "2024-03-12T10:05:09Z"),
            ("20240312", "2024-03-12T00:00:00Z"),
            ("  2024-03-12  ", "2024-03-12T00:00:00Z"),
        ];
        for (input, want) in cases {
            let got = parse_timestamp(input).map(|t| iso_timestamp(&t));
            assert_eq!(got.as_deref(), Some(want), "input {input:?}");
        }
    }

    #[test]
    fn rejects_what_is_not_a_date() {
        for input in [
            "",
            "yesterday",
            "2024-13-01",
            "2024-02-30",
            "12/03/2024",
            "not a date at all",
        ] {
            assert_eq!(parse_timestamp(input), None, "input {input:?}");
        }
    }

    #[test]
    fn gdelt_form() {
        let t = parse_timestamp("2021-12-30T07:08:09Z").unwrap();
        assert_eq!(gdelt_timestamp(&t), "20211230070809");
    }
}
