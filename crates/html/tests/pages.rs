//! Behaviour on whole pages: fixtures under tests/fixtures/ are invented articles in the
//! shapes real news sites use (navigation, share bars, embeds, related lists, comments,
//! cookie banners, JSON-LD graphs, legacy encodings). Each row says what the page must yield.

use html::{Page, decode, extract};

struct Case {
    file: &'static str,
    url: Option<&'static str>,
    content_type: Option<&'static str>,
    /// Substrings the main text must contain.
    keeps: &'static [&'static str],
    /// Substrings the main text must not contain (boilerplate).
    drops: &'static [&'static str],
    check: fn(&Page),
}

fn load(case: &Case) -> Page {
    let path = format!(
        "{}/tests/fixtures/{}",
        env!("CARGO_MANIFEST_DIR"),
        case.file
    );
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    extract(&decode(&bytes, case.content_type), case.url)
}

const CASES: &[Case] = &[
    Case {
        file: "full_article.html",
        url: Some("https://ledger.example/news/2023/sea-wall-vote?utm_source=feed"),
        content_type: Some("text/html; charset=utf-8"),
        keeps: &[
            "Councillors in Kelmouth voted on Thursday evening to rebuild the town’s Victorian sea wall",
            "The £14 million scheme, approved by nine votes to four",
            "“This is the day many of us thought would never come,” said Elin Varga",
            "Engineers from the regional flood authority",
            "Opponents argued that the town should instead manage a gradual retreat",
            "Construction is expected to begin in March",
            "The national government has promised to cover half of the cost",
        ],
        drops: &[
            "We use cookies",
            "Subscribe today",
            "Share on Facebook",
            "Related stories",
            "Ferry timetable changes",
            "About time too",
            "Madness",
            "All rights reserved",
            "Terms and conditions",
        ],
        check: |p| {
            assert_eq!(
                p.title.as_deref(),
                Some("Harbour town votes to rebuild sea wall after winter floods")
            );
            assert_eq!(
                p.page_title.as_deref(),
                Some(
                    "Harbour town votes to rebuild sea wall after winter floods | The Coastal Ledger"
                )
            );
            assert_eq!(p.published.as_deref(), Some("2023-11-04T09:30:00+00:00"));
            assert_eq!(p.authors, ["Maren Holt"]);
            assert_eq!(
                p.canonical_url.as_deref(),
                Some("https://ledger.example/news/2023/sea-wall-vote")
            );
            assert_eq!(p.site_name.as_deref(), Some("The Coastal Ledger"));
            assert_eq!(p.lang.as_deref(), Some("en-GB"));
            assert_eq!(
                p.sharing_image.as_deref(),
                Some("https://ledger.example/media/seawall-share.jpg")
            );
            assert_eq!(
                p.related_images,
                [
                    "https://ledger.example/media/2023/seawall-main.jpg",
                    "https://ledger.example/media/2023/flood-map.png"
                ]
            );
            assert_eq!(
                p.social_image_embeds,
                [
                    "https://pic.twitter.com/Xy12Ab34Cd",
                    "https://twitter.com/KelmouthCouncil/status/1720812345678901234",
                    "https://www.instagram.com/p/CzAbC123dEf/"
                ]
            );
            assert_eq!(
                p.social_video_embeds,
                ["https://youtube.com/embed/Kx9bQ2cT7sE"]
            );
            assert!(
                p.links
                    .contains(&"https://ledger.example/news/2022/retreat-report".to_owned()),
                "{:?}",
                p.links
            );
            for furniture in [
                "/news/2023/ferry-timetable",
                "/about",
                "/privacy",
                "sharer.php",
                "/topics/flooding",
            ] {
                assert!(
                    !p.links.iter().any(|l| l.contains(furniture)),
                    "{furniture} in {:?}",
                    p.links
                );
            }
        },
    },
    Case {
        file: "jsonld_graph.html",
        url: None,
        content_type: None,
        keeps: &[
            "Dans les vallées de l'Hérault, les vignerons commencent les vendanges",
            "« Nous n'avons pas vu une goutte de pluie depuis la fin avril »",
            "La préfecture doit rendre sa décision avant la fin du mois",
        ],
        drops: &["Accueil", "Inscrivez-vous", "Mentions légales"],
        check: |p| {
            assert_eq!(
                p.title.as_deref(),
                Some("Les vignerons face à la sécheresse")
            );
            assert_eq!(p.published.as_deref(), Some("2024-07-18T06:15:00+02:00"));
            assert_eq!(p.authors, ["Claire Dubois", "Louis Mercier"]);
            assert_eq!(p.site_name.as_deref(), Some("Le Journal du Midi"));
            assert_eq!(p.lang.as_deref(), Some("fr"));
            assert_eq!(
                p.sharing_image.as_deref(),
                Some("https://journal.example/img/vignes.jpg")
            );
            // Relative URLs resolve against <base href> when no page URL is given.
            assert_eq!(
                p.related_images,
                ["https://journal.example/regions/images/vendanges.jpg"]
            );
            assert_eq!(p.links, ["https://journal.example/dossiers/eau.html"]);
        },
    },
    Case {
        file: "plain_markup.html",
        url: Some("https://gazette.example/local/library-hours"),
        content_type: None,
        keeps: &[
            "The central library on Mill Street will stay open until nine o'clock",
            "Residents can comment on the new timetable",
        ],
        drops: &["Letters to the editor", "Events"],
        check: |p| {
            assert_eq!(
                p.title.as_deref(),
                Some("City library extends opening hours")
            );
            assert_eq!(
                p.page_title.as_deref(),
                Some("City library extends opening hours – Riverside Gazette")
            );
            assert_eq!(p.published.as_deref(), Some("2022-02-10T12:00:00Z"));
            assert_eq!(p.authors, ["Dana Whitfield"]);
            assert_eq!(p.canonical_url, None);
            assert!(p.social_video_embeds.is_empty() && p.social_image_embeds.is_empty());
        },
    },
    Case {
        file: "windows1252.html",
        url: None,
        content_type: None,
        keeps: &["The café market in the old square reopened on Saturday"],
        drops: &["Home"],
        check: |p| assert_eq!(p.title.as_deref(), Some("Café owners welcome “naïve” plan")),
    },
    Case {
        file: "utf16le_bom.html",
        url: None,
        // The BOM wins over a wrong transport label.
        content_type: Some("text/html; charset=iso-8859-1"),
        keeps: &["The Łódź market in the old square reopened on Saturday"],
        drops: &[],
        check: |p| assert_eq!(p.title.as_deref(), Some("Łódź market reopens")),
    },
    Case {
        file: "http_equiv_latin2.html",
        url: None,
        content_type: None,
        keeps: &["The Łódź market in the old square", "with very long queues"],
        drops: &[],
        check: |p| assert_eq!(p.title.as_deref(), Some("Zakład w Łodzi")),
    },
];

#[test]
fn fixtures_yield_text_and_metadata() {
    for case in CASES {
        let page = load(case);
        for want in case.keeps {
            assert!(
                page.text.contains(want),
                "{}: missing {want:?} in\n{}",
                case.file,
                page.text
            );
        }
        for unwanted in case.drops {
            assert!(
                !page.text.contains(unwanted),
                "{}: kept {unwanted:?} in\n{}",
                case.file,
                page.text
            );
        }
        (case.check)(&page);
    }
}

#[test]
fn text_is_paragraphs_with_collapsed_whitespace() {
    let page = load(&CASES[0]);
    let paragraphs: Vec<&str> = page.text.split("\n\n").collect();
    assert!(paragraphs.len() >= 7, "{paragraphs:#?}");
    for p in paragraphs {
        assert!(
            !p.is_empty() && p == p.trim() && !p.contains('\n') && !p.contains("  "),
            "{p:?}"
        );
    }
}

#[test]
fn the_content_type_charset_is_used() {
    let latin1 = b"<html><body><p>na\xefve</p></body></html>";
    assert!(decode(latin1, Some("text/html; charset=ISO-8859-1")).contains("naïve"));
    // Undeclared and not UTF-8: windows-1252.
    assert!(decode(b"<p>\x93quoted\x94</p>", None).contains("“quoted”"));
    // Undeclared and valid UTF-8.
    assert!(decode("<p>Łódź</p>".as_bytes(), None).contains("Łódź"));
}
