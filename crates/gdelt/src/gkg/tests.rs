//! Reader/writer tests on rows written here in the syntax of real GKG 2.1 files.

use super::*;

/// Rows invented for these tests, spelled the way real GKG 2.1 files spell every column.
const ROWS: &str = include_str!("../../tests/fixtures/handwritten.gkg.csv");

#[test]
fn handwritten_rows_round_trip_byte_for_byte() {
    for (n, line) in ROWS.lines().enumerate() {
        let row = GkgRow::parse(line).unwrap_or_else(|e| panic!("row {}: {e}", n + 1));
        assert_eq!(
            row.to_line(),
            line,
            "row {} changed in the round trip",
            n + 1
        );
    }
}

#[test]
fn reader_types_every_list() {
    let row = GkgRow::parse(ROWS.lines().next().unwrap()).unwrap();
    assert_eq!(row.record_id, "20240312101500-0");
    assert_eq!(row.counts[0].kind, "KILL");
    assert_eq!(row.counts[0].count, 3);
    assert_eq!(row.counts[0].place.kind, 4);
    assert_eq!(row.counts[1].place.kind, 0, "a count without a place");
    assert_eq!(row.locations[0].place.adm2, "");
    assert_eq!(row.locations[0].offset, Some(61));
    assert_eq!(
        row.persons[0],
        Named {
            name: "Ana Silva".into(),
            offset: 17
        }
    );
    assert_eq!(row.tone.unwrap().word_count, 212);
    assert_eq!(
        row.dates[0],
        GkgDate {
            resolution: 3,
            month: 3,
            day: 11,
            year: 2024,
            offset: 59
        }
    );
    assert_eq!(row.quotations[1].verb, "said");
    assert_eq!(row.amounts[0].amount, 3500000000.0);
    assert_eq!(row.amounts[0].object, "dollars in aid");
    assert_eq!(row.social_video_embeds.len(), 2);
}

#[test]
fn reader_rejects_what_is_not_a_row() {
    assert_eq!(GkgRow::parse("a\tb"), Err(GkgError::Columns(2)));
    let mut cols = vec![""; 27];
    cols[2] = "1";
    cols[12] = "Ana Silva";
    let err = GkgRow::parse(&cols.join("\t")).unwrap_err();
    assert!(err.to_string().contains("V2ENHANCEDPERSONS"), "{err}");
    cols[12] = "";
    cols[15] = "1,2,3";
    assert!(GkgRow::parse(&cols.join("\t")).is_err());
}

#[test]
fn writer_keeps_delimiters_out_of_items() {
    let row = GkgRow {
        collection: 1,
        persons: vec![Named {
            name: "Bad;Name\twith#tab".into(),
            offset: 3,
        }],
        quotations: vec![GkgQuote {
            offset: 0,
            length: 9,
            verb: "said".into(),
            quote: "a|b#c\nd".into(),
        }],
        ..Default::default()
    };
    let line = row.to_line();
    assert_eq!(line.split('\t').count(), 27);
    let back = GkgRow::parse(&line).unwrap();
    assert_eq!(back.persons[0].name, "Bad Name with tab");
    assert_eq!(back.quotations[0].quote, "a b c d");
}

#[test]
fn tone_has_fifteen_significant_digits() {
    let cases = [
        (-1.550387596899225, "-1.55038759689922"),
        (28.217054263565893, "28.2170542635659"),
        (-0.5089058524173021, "-0.508905852417302"),
        (0.0, "0"),
        (-0.0, "0"),
        (2.5, "2.5"),
        (100.0, "100"),
    ];
    for (v, want) in cases {
        assert_eq!(fmt_sig15(v), want, "{v}");
    }
}

/// The shortcut through the shortest digits gives what rounding to 15 digits gives.
#[test]
fn sig15_shortcut_matches_rounding() {
    let mut values = vec![
        1e-4,
        1e-5,
        9.99e13,
        1e14,
        0.1,
        0.3,
        1.0,
        10.0,
        100.0,
        1000.0,
        99.99,
        0.000123,
        12.5,
        -7.25,
        1.0 / 3.0,
        2.0 / 3.0,
        100.0 / 7.0,
        999.9999999999999,
        1e-4 * 0.999,
    ];
    let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
    for _ in 0..50_000 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        // Tone-like ratios (percentages of word counts), and values of every magnitude.
        let (a, b) = ((seed >> 40) % 5000, (seed >> 20) % 4000 + 1);
        values.push(100.0 * a as f64 / b as f64);
        values.push(-(a as f64) / b as f64);
        let x = (seed >> 11) as f64 / (1u64 << 53) as f64;
        values.push(x * 10f64.powi((seed % 40) as i32 - 20));
        let digits = (seed % 16) as i32;
        values.push((x * 10f64.powi(digits)).round() / 10f64.powi(digits - 2));
    }
    let (mut all, mut short_cuts) = (0, 0);
    for v in values.into_iter().filter(|&v| v != 0.0) {
        all += 1;
        if let Some(short) = short_sig15(v) {
            short_cuts += 1;
            assert_eq!(short, rounded_sig15(v), "{v:?}");
        }
        assert_eq!(fmt_sig15(v), rounded_sig15(v), "{v:?}");
    }
    assert!(short_cuts * 10 > all * 7, "{short_cuts} of {all}");
    // Ties past the 15th digit are left to exact rounding.
    assert_eq!(short_sig15(0.1000000000000005), None);
    assert_eq!(short_sig15(-2.5e-5), None);
    assert_eq!(fmt_sig15(99.99999999999999), "100");
}

#[test]
fn extras_xml_is_seven_bit() {
    let mut s = String::new();
    xml_escape("Kyiv – “talks” & <more>", &mut s);
    assert_eq!(s, "Kyiv &#x2013; &#x201C;talks&#x201D; &amp; &lt;more&gt;");
}

/// Coordinates print exactly as `Display` prints them.
#[test]
fn coordinates_print_as_display() {
    let mut values = vec![
        0.0,
        -0.0,
        1.0,
        -1.0,
        10.0,
        180.0,
        -180.0,
        90.0,
        0.1,
        0.5,
        1e-5,
        1e-7,
        123.456,
        1e16,
        1e21,
        1e300,
        5e-324,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
    ];
    // Coordinates of every precision, by a simple generator (no random crate needed).
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    for _ in 0..20_000 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let x = (seed >> 11) as f64 / (1u64 << 53) as f64 * 360.0 - 180.0;
        let digits = (seed % 9) as i32;
        let scale = 10f64.powi(digits);
        values.push(x);
        values.push((x * scale).round() / scale);
    }
    for x in values {
        let mut out = String::new();
        push_f64(&mut out, x);
        assert_eq!(out, x.to_string(), "{x:?}");
    }
}
