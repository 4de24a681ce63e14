use super::*;

fn run(text: &str, reference: Option<(i32, u32, u32)>) -> Vec<(String, String)> {
    let view = TextView::new(text);
    let r = reference.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d));
    find(text, &view, r)
        .into_iter()
        .map(|m| (m.span.get(text).unwrap_or("?").to_string(), m.value))
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn absolute_dates() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "Talks resume on January 10.",
            &[("January 10", "2022-01-10")],
        ),
        // A range of days: its first day ("10-11" is no day of its own).
        (
            "Talks are set for Jan. 10-11 and March 3–4.",
            &[("Jan. 10-11", "2022-01-10"), ("March 3–4", "2022-03-03")],
        ),
        (
            "It opened 10 Jan 2022 in Oslo.",
            &[("10 Jan 2022", "2022-01-10")],
        ),
        (
            "Filed Jan. 10, 2022, in court.",
            &[("Jan. 10, 2022", "2022-01-10")],
        ),
        (
            "Data as of 2022-01-10 show it.",
            &[("2022-01-10", "2022-01-10")],
        ),
        (
            "Signed 01/10/2022 by both.",
            &[("01/10/2022", "2022-01-10")],
        ),
        (
            "Signed 25/12/2021 by both.",
            &[("25/12/2021", "2021-12-25")],
        ),
        (
            "Born July 4th of 1995 here.",
            &[("July 4th of 1995", "1995-07-04")],
        ),
        (
            "Since January 1998 nothing.",
            &[("January 1998", "1998-01")],
        ),
        ("The law passed in 2014.", &[("2014", "2014")]),
        // A year after "fiscal" is one, whatever follows it.
        ("It said fiscal 1997 would be hard.", &[("1997", "1997")]),
        ("Music of the 1990s returned.", &[("the 1990s", "199X")]),
        // As some write it, with an apostrophe, after "the" ("2010's earthquake" is of 2010).
        ("Music of the 1990’s returned.", &[("the 1990’s", "199X")]),
        (
            "In the wake of 2010's earthquake, the spring of 2016 voters moved.",
            &[("2016", "2016")],
        ),
        ("Growth stalled by mid-2020.", &[("mid-2020", "2020")]),
        ("Prices rose at end-January.", &[("end-January", "2022-01")]),
        (
            "Friday, Aug. 7, 1998 was hot.",
            &[("Friday, Aug. 7, 1998", "1998-08-07")],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(run(text, Some((2021, 12, 30))), pairs(want), "{text}");
    }
}

#[test]
fn a_date_without_a_year_lies_behind_unless_the_sentence_looks_ahead() {
    let cases: &[(&str, (i32, u32, u32), &str)] = &[
        // Five months ahead or seven behind: behind, as news reports the past.
        (
            "In March, the firm received an offer.",
            (1989, 10, 27),
            "1989-03",
        ),
        (
            "He was shot on Oct. 23 at home.",
            (1999, 5, 6),
            "1998-10-23",
        ),
        // Ahead when the sentence speaks of the future, even three months behind.
        (
            "The crew will fly a mission in December.",
            (1998, 3, 4),
            "1998-12",
        ),
        // ... or an earlier date of the sentence lies ahead (not "next to").
        (
            "I am in Oslo next month, then Rome in January.",
            (2013, 10, 9),
            "2014-01",
        ),
        // A weekday with the date picks the year in which the date falls on it; a written
        // year stands.
        (
            "Shares rose on Friday, Sept. 9.",
            (2022, 1, 20),
            "2022-09-09",
        ),
        (
            "Shares rose on Friday, Sept. 9, 2021.",
            (2022, 1, 20),
            "2021-09-09",
        ),
        // A colon after the day opens what follows; only minutes glued to it make a clock.
        (
            "The Times said in an editorial on Monday, Oct. 26: the murder was wrong.",
            (1998, 10, 25),
            "1998-10-26",
        ),
        // "This past spring" is the latest spring; "next summer" in March is this year's.
        (
            "The firm closed the unit this past spring.",
            (1989, 10, 30),
            "1989",
        ),
        ("Talks resume next summer.", (1998, 3, 22), "1998"),
        // Still the nearest by far: eleven days ahead.
        (
            "The talks open on January 10.",
            (2021, 12, 30),
            "2022-01-10",
        ),
    ];
    for &(text, reference, want) in cases {
        let got = run(text, Some(reference));
        assert_eq!(
            got.last().map(|g| g.1.as_str()),
            Some(want),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn relative_dates() {
    // 2024-03-12 is a Tuesday.
    let r = Some((2024, 3, 12));
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "Ministers met in Lisbon on Monday.",
            &[("Monday", "2024-03-11")],
        ),
        (
            "The vote will be held on Friday.",
            &[("Friday", "2024-03-15")],
        ),
        // "in" a span of time, in a sentence that speaks of the future: that much ahead; not
        // a span ("the first rise in three years").
        (
            "She will leave in two weeks, and sales will double in two years.",
            &[("two weeks", "2024-03-26"), ("two years", "2026")],
        ),
        (
            "It will be the first rise in six years, the highest in two years.",
            &[],
        ),
        // A deadline or the earliest time of what is to come; not an opening "Until".
        (
            "They have until Monday to sign; he may come as soon as Friday.",
            &[("Monday", "2024-03-18"), ("Friday", "2024-03-15")],
        ),
        (
            "Until Monday, they had not called him.",
            &[("Monday", "2024-03-11")],
        ),
        ("He spoke last Tuesday.", &[("last Tuesday", "2024-03-05")]),
        (
            "He spoke this past Monday.",
            &[("this past Monday", "2024-03-11")],
        ),
        (
            "Rain fell yesterday; sun today.",
            &[("yesterday", "2024-03-11"), ("today", "2024-03-12")],
        ),
        ("Prices rise next month.", &[("next month", "2024-04")]),
        ("Output fell last year.", &[("last year", "2023")]),
        ("Talks go on this week.", &[("this week", "2024-W11")]),
        (
            "The plant closed three years ago.",
            &[("three years ago", "2021")],
        ),
        ("It happened last October.", &[("last October", "2023-10")]),
        ("Sales fell in December.", &[("December", "2023-12")]),
        (
            "Profit rose in the third quarter.",
            &[("the third quarter", "2023-Q3")],
        ),
        (
            "Fourth-quarter sales of 2,000 cars.",
            &[("Fourth-quarter", "2023-Q4")],
        ),
        (
            "Sales rose from a year earlier.",
            &[("a year earlier", "2023")],
        ),
        (
            "We meet two days after tomorrow.",
            &[("two days after tomorrow", "2024-03-15")],
        ),
        (
            "We meet Tuesday of next week.",
            &[("Tuesday of next week", "2024-03-19")],
        ),
        (
            "We met last week, Monday.",
            &[("last week, Monday", "2024-03-04")],
        ),
        (
            "We meet Friday the fifteenth.",
            &[("Friday the fifteenth", "2024-03-15")],
        ),
        (
            "Born on the fourth of July, 1995.",
            &[("the fourth of July, 1995", "1995-07-04")],
        ),
        (
            "Filed 05-Aug-2016 and 2019/aug/01.",
            &[("05-Aug-2016", "2016-08-05"), ("2019/aug/01", "2019-08-01")],
        ),
        ("Dated 03/18/40 in ink.", &[("03/18/40", "1940-03-18")]),
        (
            "See you Monday two weeks from now.",
            &[("Monday two weeks from now", "2024-03-25")],
        ),
        (
            "Queues formed on Black Friday.",
            &[("Black Friday", "2023-11-24")],
        ),
        ("Shops close at Christmas.", &[("Christmas", "2023-12-25")]),
        ("It began last Easter.", &[("last Easter", "2023-04-09")]),
        (
            "Turkeys sell before Thanksgiving 2024.",
            &[("Thanksgiving 2024", "2024-11-28")],
        ),
        (
            "We met Friday 2024-03-08 there.",
            &[("Friday 2024-03-08", "2024-03-08")],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(run(text, r), pairs(want), "{text}");
    }
}

#[test]
fn not_dates() {
    let r = Some((2024, 3, 12));
    for text in [
        "Some 2,014 people fled.",
        "Meet me in Room 1990.",
        "About 2014 people signed.",
        "The war lasted three years.",
        "It starts at 3 p.m. sharp.",
        "We meet every Monday.",
        "Over the past year prices rose.",
        "She may say so.",
        "Troops march on.",
        "Scores rose 2024 percent.",
        "Christmas trees were sold.",
        "This may be true.",
        "He told ABC's This Week program.",
        "He spoke at 4:30 a.m. (1930 GMT) again.",
        "The curfew starts at 1800 hrs sharp.",
        "The festival continues a 2000 year old tradition.",
        "A survey of 1709 schoolchildren found gaps.",
        "The council passed Resolutions 2254 and 2118.",
    ] {
        let found = run(text, r);
        let wrong: Vec<_> = found.iter().filter(|(s, _)| s != "Monday").collect();
        if text.contains("every") {
            // "every Monday" is a set; the weekday alone must not be kept.
            assert!(found.is_empty(), "{text}: {found:?}");
        }
        assert!(wrong.is_empty(), "{text}: {found:?}");
    }
}

#[test]
fn unresolved_without_reference() {
    let text = "On Monday, a day after January 10, prices fell.";
    let view = TextView::new(text);
    let found = find(text, &view, None);
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].value, "XXXX-XX-XX");
    assert!(!found[0].resolved);
    let dm = found[0].to_date_mention(3, 9, "Monday".into()).unwrap();
    assert_eq!(
        (dm.resolution, dm.year, dm.month, dm.day),
        (3, None, None, None)
    );
    assert_eq!(found[1].value, "XXXX-01-10");
    let dm = found[1]
        .to_date_mention(24, 34, "January 10".into())
        .unwrap();
    assert_eq!(
        (dm.resolution, dm.month, dm.day, dm.year),
        (4, Some(1), Some(10), None)
    );
}

#[test]
fn design_worked_example() {
    let text = "Finance Minister Ana Silva met NATO officials in Lisbon on Monday.";
    let view = TextView::new(text);
    let found = find(text, &view, NaiveDate::from_ymd_opt(2024, 3, 12));
    assert_eq!(found.len(), 1);
    let chars = text::CharOffsets::new(text);
    let r = chars.chars_of(found[0].span);
    let dm = found[0]
        .to_date_mention(r.start, r.end, "Monday".into())
        .unwrap();
    assert_eq!((dm.start, dm.end), (59, 65));
    assert_eq!(
        (dm.resolution, dm.year, dm.month, dm.day),
        (3, Some(2024), Some(3), Some(11))
    );
}

#[test]
fn a_dateline_at_the_head_dates_the_article() {
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
    let cases: &[(&str, Option<NaiveDate>)] = &[
        (
            "Storm Hits Coast\nPublished: July 23, 2012\nThe storm hit yesterday.",
            day(2012, 7, 23),
        ),
        (
            "By Max Fisher on October 31, 2012 at 4:14 pm\nText.",
            day(2012, 10, 31),
        ),
        ("Tuesday, 13 November 2012\nText.", day(2012, 11, 13)),
        (
            "July 24, 2012 7:07 AM — By Long Zheng\nText.",
            day(2012, 7, 24),
        ),
        // A date inside a sentence dates an event; a month without a day, or a date past the
        // batch date, dates nothing; nor does a date below the head.
        ("On March 3, 1990, troops crossed the border.", None),
        ("Published: July 2012\nText.", None),
        ("Published: July 23, 2031\nText.", None),
        ("a\nb\nc\nd\ne\nf\nPublished: July 23, 2012", None),
    ];
    for (text, want) in cases {
        let view = TextView::new(text);
        assert_eq!(head_date(text, &view, day(2024, 3, 12)), *want, "{text:?}");
    }
    // Never a panic on a head cut inside a char.
    let long = format!("{}é\nJuly 23, 2012", "x".repeat(HEAD_BYTES - 1));
    assert_eq!(head_date(&long, &TextView::new(&long), None), None);
}

#[test]
fn non_ascii_around_dates() {
    let text = "«Le sommet» — São Paulo, 10 janvier… no: on 10 Jan 2022 “Zürich” voted; 東京 March 5, 2021.";
    let found = run(text, None);
    assert_eq!(
        found,
        pairs(&[
            ("10 Jan 2022", "2022-01-10"),
            ("March 5, 2021", "2021-03-05")
        ])
    );
}

proptest::proptest! {
    #[test]
    fn spans_slice_the_text(s in "\\PC{0,80}", n in 0u32..40, y in 1990i32..2030) {
        let text = format!("{s} on Monday {n} Jan {y}, last week 2/{n}/{y} mid-{y} {s}");
        let view = TextView::new(&text);
        for r in [None, NaiveDate::from_ymd_opt(y, 1, 1)] {
            for m in find(&text, &view, r) {
                proptest::prop_assert!(m.span.get(&text).is_some());
                proptest::prop_assert!(!m.span.is_empty());
            }
        }
    }

    #[test]
    fn never_panics(s in "[0-9a-zA-Z /.,'-]{0,60}") {
        let view = TextView::new(&s);
        let _ = find(&s, &view, NaiveDate::from_ymd_opt(1, 1, 1));
        let _ = find(&s, &view, NaiveDate::MAX.checked_sub_days(chrono::Days::new(3)));
    }
}
