//! Page metadata: headline, dates, authors, canonical URL, site, language, sharing image.
//! Each field tries the sources publishers fill most reliably first (Open Graph and other
//! `<meta>` tags, then JSON-LD, then visible markup).

use crate::survey::{Survey, collapse};
use serde_json::Value;

/// Metadata read from `<head>` and JSON-LD, before URLs are resolved.
#[derive(Debug, Default)]
pub(crate) struct Meta {
    pub title: Option<String>,
    pub published: Option<String>,
    pub authors: Vec<String>,
    pub canonical: Option<String>,
    pub site_name: Option<String>,
    pub lang: Option<String>,
    pub image: Option<String>,
}

/// `<meta>` keys that carry the publication date, most specific first.
const DATE_KEYS: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
];
/// Date keys read after JSON-LD and `<time>`: less specific, sometimes a modification date.
const LATE_DATE_KEYS: &[&str] = &[
    "parsely-pub-date",
    "dc.date.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "sailthru.date",
    "article.published",
    "published-date",
    "publish-date",
    "publishdate",
    "pubdate",
    "date",
];
const AUTHOR_KEYS: &[&str] = &[
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "byl",
];
const IMAGE_KEYS: &[&str] = &[
    "og:image",
    "og:image:url",
    "og:image:secure_url",
    "twitter:image",
    "twitter:image:src",
    "image",
    "thumbnailurl",
];

pub(crate) fn read(s: &Survey) -> Meta {
    let meta = |key: &str| {
        s.metas
            .iter()
            .find(|(k, v)| k == key && !v.is_empty())
            .map(|(_, v)| collapse(v))
    };
    let first_meta = |keys: &[&str]| keys.iter().find_map(|k| meta(k));
    let ld = JsonLd::parse(&s.json_ld);
    let site_name = meta("og:site_name").or_else(|| ld.publisher.clone());

    let title = meta("og:title")
        .or_else(|| meta("twitter:title"))
        .or_else(|| ld.headline.clone())
        .or_else(|| s.first_h1.clone())
        .or_else(|| s.title.as_deref().map(strip_site_suffix))
        .map(|t| strip_named_suffix(&t, site_name.as_deref()));

    let published = first_meta(DATE_KEYS)
        .or_else(|| s.itemprop_dates.first().cloned())
        .or_else(|| ld.published.clone())
        .or_else(|| s.article_times.first().cloned())
        .or_else(|| first_meta(LATE_DATE_KEYS))
        .or_else(|| s.other_times.first().cloned());

    let mut authors = Vec::new();
    for key in AUTHOR_KEYS {
        for (_, v) in s.metas.iter().filter(|(k, _)| k == key) {
            add_authors(&mut authors, v);
        }
    }
    for name in ld.authors.iter().chain(&s.author_elements) {
        add_authors(&mut authors, name);
    }
    if authors.is_empty() {
        for byline in &s.bylines {
            add_authors(&mut authors, byline);
        }
    }

    let link = |rel: &str| {
        s.links
            .iter()
            .find(|(r, h)| r.split_whitespace().any(|x| x == rel) && !h.is_empty())
            .map(|(_, h)| h.clone())
    };
    Meta {
        title,
        published,
        authors,
        canonical: link("canonical").or_else(|| meta("og:url")),
        site_name,
        lang: s.html_lang.clone().or_else(|| meta("content-language")),
        image: first_meta(IMAGE_KEYS)
            .or_else(|| link("image_src"))
            .or_else(|| ld.image.clone()),
    }
}

/// Separators between a headline and the site or section name in `<title>`.
const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " // "];

/// "Storm hits coast | Section | The Daily" → "Storm hits coast": drops trailing segments
/// short enough to be a site or section name while a real headline remains.
pub(crate) fn strip_site_suffix(title: &str) -> String {
    let mut t = title.trim();
    while let Some((pos, sep)) = TITLE_SEPARATORS
        .iter()
        .filter_map(|sep| t.rfind(sep).map(|p| (p, sep)))
        .max_by_key(|(p, _)| *p)
    {
        let (head, tail) = (&t[..pos], &t[pos + sep.len()..]);
        if tail.split_whitespace().count() > 4 || head.split_whitespace().count() < 2 {
            break;
        }
        t = head.trim();
    }
    t.to_owned()
}

/// Drops a " | Site" suffix from `title` when it names the site.
fn strip_named_suffix(title: &str, site: Option<&str>) -> String {
    let Some(site) = site.filter(|s| !s.is_empty()) else {
        return title.to_owned();
    };
    for sep in TITLE_SEPARATORS {
        if let Some(head) = title.strip_suffix(site).and_then(|h| h.strip_suffix(sep))
            && !head.trim().is_empty()
        {
            return head.trim().to_owned();
        }
    }
    title.to_owned()
}

/// Adds the people named in `value` ("By Ann Lee and Bo Wu", "Ann Lee, Bo Wu") to `authors`,
/// skipping URLs (Facebook profile links in `article:author`) and duplicates.
fn add_authors(authors: &mut Vec<String>, value: &str) {
    let value = collapse(value);
    let value = value
        .strip_prefix("By ")
        .or_else(|| value.strip_prefix("by "))
        .or_else(|| value.strip_prefix("BY "))
        .unwrap_or(&value);
    for part in value
        .split([',', ';', '|', '\n'])
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(" & "))
    {
        let name = part.trim().trim_end_matches(['.', ':']).trim();
        let plausible = !name.is_empty()
            && name.chars().count() <= 60
            && name.split_whitespace().count() <= 6
            && !name.contains("://")
            && !name.starts_with("www.")
            && !name.contains('@')
            && name.chars().any(char::is_alphabetic);
        if plausible && !authors.iter().any(|a| a.eq_ignore_ascii_case(name)) {
            authors.push(name.to_owned());
        }
    }
}

/// What the page's JSON-LD blocks say about the article.
#[derive(Debug, Default)]
struct JsonLd {
    headline: Option<String>,
    published: Option<String>,
    authors: Vec<String>,
    publisher: Option<String>,
    image: Option<String>,
}

/// Schema.org types whose fields describe the page's article.
fn is_article_type(value: &Value) -> bool {
    let is = |t: &str| {
        t.ends_with("Article")
            || matches!(
                t,
                "BlogPosting" | "Report" | "LiveBlogPosting" | "WebPage" | "Posting"
            )
    };
    match value.get("@type") {
        Some(Value::String(t)) => is(t),
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).any(is),
        _ => false,
    }
}

impl JsonLd {
    fn parse(blocks: &[String]) -> JsonLd {
        let mut nodes = Vec::new();
        for block in blocks {
            // Invalid JSON-LD is common (trailing commas, raw newlines); such blocks are skipped.
            if let Ok(value) = serde_json::from_str::<Value>(block.trim()) {
                flatten(value, &mut nodes, 0);
            }
        }
        let mut out = JsonLd::default();
        // Articles first, a WebPage only when no article says it.
        let mut ordered: Vec<&Value> = nodes
            .iter()
            .filter(|n| is_article_type(n) && !is_web_page(n))
            .collect();
        ordered.extend(nodes.iter().filter(|n| is_web_page(n)));
        for node in ordered {
            let text = |key: &str| {
                node.get(key)
                    .and_then(Value::as_str)
                    .map(ld_text)
                    .filter(|s| !s.is_empty())
            };
            out.headline = out
                .headline
                .take()
                .or_else(|| text("headline"))
                .or_else(|| text("name").filter(|_| !is_web_page(node)));
            out.published = out.published.take().or_else(|| text("datePublished"));
            if out.authors.is_empty()
                && let Some(author) = node.get("author")
            {
                people(author, &nodes, &mut out.authors);
            }
            if out.publisher.is_none() {
                out.publisher = node
                    .get("publisher")
                    .and_then(|p| resolve(p, &nodes))
                    .and_then(|p| p.get("name"))
                    .and_then(Value::as_str)
                    .map(ld_text);
            }
            if out.image.is_none() {
                out.image = node.get("image").and_then(image_url);
            }
        }
        out
    }
}

/// JSON-LD is script text, so the HTML parser leaves character references in it; many CMSs
/// escape headlines as if they were markup.
fn ld_text(value: &str) -> String {
    collapse(&html_escape::decode_html_entities(value))
}

fn is_web_page(node: &Value) -> bool {
    node.get("@type").and_then(Value::as_str) == Some("WebPage")
}

/// Collects every object of a JSON-LD value: top-level arrays, `@graph` lists.
fn flatten(value: Value, out: &mut Vec<Value>, depth: usize) {
    if depth > 8 {
        return;
    }
    match value {
        Value::Array(items) => items.into_iter().for_each(|v| flatten(v, out, depth + 1)),
        Value::Object(mut map) => {
            if let Some(graph) = map.remove("@graph") {
                flatten(graph, out, depth + 1);
            }
            out.push(Value::Object(map));
        }
        _ => {}
    }
}

/// Follows a `{"@id": …}` reference to the node in the same page that carries it.
fn resolve<'a>(value: &'a Value, nodes: &'a [Value]) -> Option<&'a Value> {
    let obj = value.as_object()?;
    if obj.len() == 1
        && let Some(id) = obj.get("@id").and_then(Value::as_str)
    {
        return nodes
            .iter()
            .find(|n| n.get("@id").and_then(Value::as_str) == Some(id));
    }
    Some(value)
}

fn people(value: &Value, nodes: &[Value], out: &mut Vec<String>) {
    match value {
        Value::String(name) => add_authors(out, &ld_text(name)),
        Value::Array(items) => items.iter().for_each(|v| people(v, nodes, out)),
        Value::Object(_) => {
            if let Some(name) = resolve(value, nodes)
                .and_then(|p| p.get("name"))
                .and_then(Value::as_str)
            {
                add_authors(out, &ld_text(name));
            }
        }
        _ => {}
    }
}

fn image_url(value: &Value) -> Option<String> {
    match value {
        Value::String(url) => Some(url.trim().to_owned()).filter(|u| !u.is_empty()),
        Value::Array(items) => items.iter().find_map(image_url),
        Value::Object(obj) => obj
            .get("url")
            .or_else(|| obj.get("contentUrl"))
            .and_then(image_url),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_suffixes() {
        assert_eq!(
            strip_site_suffix("Storm hits coast | News | The Daily"),
            "Storm hits coast"
        );
        assert_eq!(
            strip_site_suffix("Storm hits coast - The Daily Planet"),
            "Storm hits coast"
        );
        assert_eq!(strip_site_suffix("Home | The Daily"), "Home | The Daily");
        assert_eq!(
            strip_named_suffix("Storm hits — The Daily", Some("The Daily")),
            "Storm hits"
        );
    }

    #[test]
    fn author_lists() {
        let mut a = Vec::new();
        add_authors(&mut a, "By Ann Lee and Bo Wu");
        add_authors(&mut a, "https://www.facebook.com/annlee");
        add_authors(&mut a, "ann lee, Cy Dee");
        assert_eq!(a, ["Ann Lee", "Bo Wu", "Cy Dee"]);
    }

    #[test]
    fn json_ld_graph_with_references() {
        let block = r##"{"@context":"https://schema.org","@graph":[
            {"@type":"WebPage","@id":"#page","name":"Page","datePublished":"2020-01-01"},
            {"@type":"NewsArticle","headline":"Real headline","datePublished":"2024-05-06T07:08:09Z",
             "author":[{"@id":"#p1"},{"@type":"Person","name":"Bo Wu"}],"publisher":{"@id":"#org"}},
            {"@type":"Person","@id":"#p1","name":"Ann Lee"},
            {"@type":"Organization","@id":"#org","name":"The Daily"}]}"##;
        let ld = JsonLd::parse(&[block.to_owned(), "{not json".to_owned()]);
        assert_eq!(ld.headline.as_deref(), Some("Real headline"));
        assert_eq!(ld.published.as_deref(), Some("2024-05-06T07:08:09Z"));
        assert_eq!(ld.authors, ["Ann Lee", "Bo Wu"]);
        assert_eq!(ld.publisher.as_deref(), Some("The Daily"));
    }
}
