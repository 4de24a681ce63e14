//! The projection of a rich [`Record`] onto a GKG 2.1 row.

use crate::gkg::*;
use model::{Record, Timestamp};
use std::borrow::Cow;

/// What a row needs beyond its record: the run's date and the row's place in the run.
#[derive(Debug, Clone, Copy, Default)]
pub struct RowContext {
    /// The batch date-time (`--date`); falls back to the article's own date, else `0`.
    pub date: Option<Timestamp>,
    /// The row's sequence number in the output, for GKGRECORDID.
    pub seq: u64,
}

/// Projects a record onto the 27 GKG columns. Fields whose stage found nothing stay empty.
pub fn gkg_row<'r>(r: &'r Record, ctx: &RowContext) -> GkgRow<'r> {
    let date = ctx
        .date
        .or_else(|| r.published.as_deref().and_then(model::parse_timestamp))
        .map(|t| model::gdelt_timestamp(&t))
        .unwrap_or_else(|| "0".to_string());
    let doc = r.document_identifier();
    let is_web = doc.starts_with("http://") || doc.starts_with("https://");
    let source_common_name = if is_web {
        url_domain(doc)
    } else {
        r.source.as_deref().unwrap_or_default()
    };

    let place = |i: Option<usize>| -> GkgPlace<'r> {
        i.and_then(|i| r.locations.get(i))
            .map(place_of)
            .unwrap_or_default()
    };
    let mut counts: Vec<GkgCount> = r
        .counts
        .iter()
        .map(|c| GkgCount {
            kind: Cow::Borrowed(&c.kind),
            count: c.count,
            object: Cow::Borrowed(&c.object),
            place: place(c.location),
            offset: Some(c.start),
        })
        .collect();
    counts.sort_by_key(|c| c.offset);
    let counts_v1 = counts
        .iter()
        .map(|c| GkgCount {
            offset: None,
            ..c.clone()
        })
        .collect();

    let themes_v1 = crate::v1_themes(r.themes.iter().map(|t| t.theme.as_str()))
        .into_iter()
        .map(Cow::Borrowed)
        .collect();
    let themes = r
        .themes
        .iter()
        .map(|t| Named {
            name: Cow::Borrowed(&t.theme),
            offset: t.start,
        })
        .collect();

    // Continents and world regions (type 0) stay in the rich record only: GDELT has no
    // location type for them.
    let mut locations: Vec<GkgLocation> = r
        .locations
        .iter()
        .filter(|l| l.kind != 0)
        .flat_map(|l| {
            l.mentions.iter().map(move |m| {
                let mut place = place_of(l);
                // Real V2ENHANCEDLOCATIONS rows name a country as the text did ("America",
                // "Australian"); other types keep the full name.
                if l.kind == 1 && !m.text.is_empty() {
                    place.name = Cow::Borrowed(&m.text);
                }
                GkgLocation {
                    place,
                    offset: Some(m.start),
                }
            })
        })
        .collect();
    locations.sort_by_key(|l| l.offset);
    let locations_v1 = r
        .locations
        .iter()
        .filter(|l| l.kind != 0)
        .map(|l| GkgLocation {
            place: GkgPlace {
                adm2: Cow::Borrowed(""),
                ..place_of(l)
            },
            offset: None,
        })
        .collect();

    let entities = |es: &'r [model::Entity]| -> (Vec<Text<'r>>, Vec<Named<'r>>) {
        let mut v1: Vec<Text<'r>> = Vec::new();
        for e in es {
            let lower = Cow::Owned(e.name.to_lowercase());
            if !v1.contains(&lower) {
                v1.push(lower);
            }
        }
        let mut v2: Vec<Named<'r>> = es
            .iter()
            .flat_map(|e| {
                e.mentions.iter().map(|m| Named {
                    name: Cow::Borrowed(&e.name),
                    offset: m.start,
                })
            })
            .collect();
        v2.sort_by_key(|n| n.offset);
        (v1, v2)
    };
    let (persons_v1, persons) = entities(&r.persons);
    let (organizations_v1, organizations) = entities(&r.organizations);

    let tone = r.tone.map(|t| GkgTone {
        tone: t.tone,
        positive: t.positive,
        negative: t.negative,
        polarity: t.polarity,
        activity: t.activity,
        self_group: t.self_group,
        word_count: t.word_count,
    });
    // GCAM: the word count, and dictionary 26 (VADER) — the one GCAM dictionary newsgraph has.
    let gcam = r
        .tone
        .map(|t| match t.vader_mean {
            Some(mean) if t.vader_words > 0 => format!(
                "wc:{},c26.1:{},v26.1:{}",
                t.word_count,
                t.vader_words,
                crate::gkg::fmt_sig15(mean)
            ),
            _ => format!("wc:{}", t.word_count),
        })
        .unwrap_or_default();

    // Only dates with every field their resolution names: an unresolved "Monday" (no date to
    // resolve it against) stays in the rich record but has no GKG form.
    let dates = r
        .dates
        .iter()
        .filter(|d| match d.resolution {
            1 => d.year.is_some(),
            2 => d.year.is_some() && d.month.is_some(),
            3 => d.year.is_some() && d.month.is_some() && d.day.is_some(),
            4 => d.month.is_some() && d.day.is_some(),
            _ => false,
        })
        .map(|d| GkgDate {
            resolution: d.resolution,
            month: d.month.unwrap_or(0),
            day: d.day.unwrap_or(0),
            year: d.year.unwrap_or(0),
            offset: d.start,
        })
        .collect();
    let quotations = r
        .quotations
        .iter()
        .map(|q| GkgQuote {
            offset: q.start,
            length: q.end - q.start,
            verb: Cow::Borrowed(&q.verb),
            quote: Cow::Borrowed(&q.text),
        })
        .collect();
    let all_names = r
        .all_names
        .iter()
        .map(|n| Named {
            name: Cow::Borrowed(&n.name),
            offset: n.start,
        })
        .collect();
    let amounts = r
        .amounts
        .iter()
        .map(|a| GkgAmount {
            amount: a.value,
            object: Cow::Borrowed(&a.object),
            offset: a.start,
        })
        .collect();

    GkgRow {
        record_id: Cow::Owned(format!("{date}-{}", ctx.seq)),
        date: Cow::Owned(date),
        collection: if is_web { 1 } else { 2 },
        source_common_name: Cow::Borrowed(source_common_name),
        document_identifier: Cow::Borrowed(doc),
        counts_v1,
        counts,
        themes_v1,
        themes,
        locations_v1,
        locations,
        persons_v1,
        persons,
        organizations_v1,
        organizations,
        tone,
        dates,
        gcam: Cow::Owned(gcam),
        sharing_image: Cow::Borrowed(r.meta.sharing_image.as_deref().unwrap_or_default()),
        related_images: borrowed(&r.meta.related_images),
        social_image_embeds: borrowed(&r.meta.social_image_embeds),
        social_video_embeds: borrowed(&r.meta.social_video_embeds),
        quotations,
        all_names,
        amounts,
        translation_info: Cow::Borrowed(""),
        extras_xml: Cow::Owned(extras_xml(r)),
    }
}

/// The strings of `list`, borrowed.
fn borrowed(list: &[String]) -> Vec<Text<'_>> {
    list.iter().map(|s| Cow::Borrowed(s.as_str())).collect()
}

/// GDELT's feature id: the FIPS code for a country ("AS"), the postal code for a US state
/// ("KS"), the gazetteer's id for the rest.
fn place_of(l: &model::Location) -> GkgPlace<'_> {
    let feature_id = match l.kind {
        1 if !l.country_fips.is_empty() => &l.country_fips,
        2 if l.adm1.len() > 2 && l.adm1.starts_with("US") => &l.adm1[2..],
        _ => &l.feature_id,
    };
    GkgPlace {
        kind: l.kind,
        name: Cow::Borrowed(&l.name),
        country: Cow::Borrowed(&l.country_fips),
        adm1: Cow::Borrowed(&l.adm1),
        adm2: Cow::Borrowed(&l.adm2),
        lat: l.lat,
        lon: l.lon,
        feature_id: Cow::Borrowed(feature_id),
    }
}

/// The host of a URL without a leading `www.`, as V2SOURCECOMMONNAME shows it.
fn url_domain(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next().unwrap_or(host);
    host.strip_prefix("www.").unwrap_or(host)
}

/// V2EXTRASXML in the element order of real files: links, authors, precise timestamp, title.
fn extras_xml(r: &Record) -> String {
    let mut x = String::new();
    let mut element = |tag: &str, value: &str| {
        if value.is_empty() {
            return;
        }
        x.push('<');
        x.push_str(tag);
        x.push('>');
        xml_escape(value, &mut x);
        x.push_str("</");
        x.push_str(tag);
        x.push('>');
    };
    element("PAGE_LINKS", &r.meta.links.join(";"));
    element("PAGE_AUTHORS", &r.meta.authors.join(";"));
    let stamp = r
        .published
        .as_deref()
        .and_then(model::parse_timestamp)
        .map(|t| model::gdelt_timestamp(&t));
    element("PAGE_PRECISEPUBTIMESTAMP", stamp.as_deref().unwrap_or(""));
    let title = r
        .meta
        .page_title
        .as_deref()
        .or(r.title.as_deref())
        .unwrap_or("");
    element("PAGE_TITLE", title);
    x
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::{Entity, Mention};

    fn mention(start: usize, text: &str) -> Mention {
        Mention {
            start,
            end: start + text.chars().count(),
            text: text.into(),
        }
    }

    #[test]
    fn worked_example_columns() {
        let r = Record {
            id: "ex1".into(),
            url: Some("https://www.example.org/a".into()),
            title: Some(
                "Finance Minister Ana Silva met NATO officials in Lisbon on Monday.".into(),
            ),
            published: Some("2024-03-12T00:00:00Z".into()),
            persons: vec![Entity {
                name: "Ana Silva".into(),
                mentions: vec![mention(17, "Ana Silva")],
                roles: vec!["Finance Minister".into()],
            }],
            ..Default::default()
        };
        let row = gkg_row(&r, &RowContext { date: None, seq: 7 });
        let line = row.to_line();
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 27);
        assert_eq!(cols[0], "20240312000000-7");
        assert_eq!(
            cols[1], "20240312000000",
            "no --date: the article's own date"
        );
        assert_eq!(cols[2], "1");
        assert_eq!(cols[3], "example.org");
        assert_eq!(cols[4], "https://www.example.org/a");
        assert_eq!(cols[11], "ana silva");
        assert_eq!(cols[12], "Ana Silva,17");
        assert!(cols[26].ends_with("<PAGE_TITLE>Finance Minister Ana Silva met NATO officials in Lisbon on Monday.</PAGE_TITLE>"));
        assert!(
            cols[26]
                .starts_with("<PAGE_PRECISEPUBTIMESTAMP>20240312000000</PAGE_PRECISEPUBTIMESTAMP>")
        );
    }

    #[test]
    fn tone_and_gcam_columns() {
        let tone = |vader_words, vader_mean| model::Tone {
            tone: -1.5,
            positive: 2.0,
            negative: 3.5,
            polarity: 5.5,
            activity: 9.25,
            self_group: 0.0,
            word_count: 400,
            vader_words,
            vader_mean,
        };
        let cols = |t| {
            let r = Record {
                id: "t".into(),
                tone: Some(t),
                ..Default::default()
            };
            let line = gkg_row(&r, &RowContext { date: None, seq: 0 }).to_line();
            let cols: Vec<String> = line.split('\t').map(String::from).collect();
            (cols[15].clone(), cols[17].clone())
        };
        assert_eq!(
            cols(tone(21, Some(0.75))),
            (
                "-1.5,2,3.5,5.5,9.25,0,400".to_string(),
                "wc:400,c26.1:21,v26.1:0.75".to_string()
            )
        );
        assert_eq!(cols(tone(0, None)).1, "wc:400");
    }

    #[test]
    fn dates_without_the_fields_of_their_resolution_have_no_gkg_form() {
        let date = |resolution, year, month, day, start| model::DateMention {
            start,
            end: start + 6,
            text: "Monday".into(),
            resolution,
            year,
            month,
            day,
        };
        let r = Record {
            id: "d".into(),
            dates: vec![
                date(3, Some(2024), Some(3), Some(11), 59),
                date(3, None, None, None, 70), // "Monday" with no reference date
                date(4, None, Some(1), Some(10), 80),
                date(1, Some(1990), None, None, 90),
            ],
            ..Default::default()
        };
        let line = gkg_row(&r, &RowContext { date: None, seq: 0 }).to_line();
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols[16], "3#3#11#2024#59;4#1#10#0#80;1#0#0#1990#90");
    }

    #[test]
    fn batch_date_wins_and_ids_without_url_are_citations() {
        let r = Record {
            id: "gazette-118".into(),
            source: Some("Local Gazette".into()),
            ..Default::default()
        };
        let row = gkg_row(
            &r,
            &RowContext {
                date: model::parse_timestamp("2021-12-30T07:00:00"),
                seq: 0,
            },
        );
        assert_eq!(row.date, "20211230070000");
        assert_eq!(row.collection, 2);
        assert_eq!(row.source_common_name, "Local Gazette");
        let undated = gkg_row(&r, &RowContext::default());
        assert_eq!(undated.date, "0");
        assert_eq!(undated.record_id, "0-0");
    }

    #[test]
    fn domains() {
        for (url, want) in [
            ("https://www.bbc.co.uk/news/1", "bbc.co.uk"),
            ("http://example.org", "example.org"),
            (
                "https://user@news.example.com:8080/x?y#z",
                "news.example.com",
            ),
        ] {
            assert_eq!(url_domain(url), want);
        }
    }
}
