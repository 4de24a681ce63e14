//! One walk over the parsed page that records everything the metadata and media passes need,
//! so that neither has to query the tree again.

use crate::body::TextAmounts;
use trafilatura::dom::{Document, NodeId};

/// Class/id fragments of containers that are not the article even when inside it.
/// "Hard" noise hides embeds too; "soft" noise only hides links and images.
const HARD_NOISE: &[&str] = &[
    "comment",
    "related",
    "sidebar",
    "footer",
    "navbar",
    "menu",
    "recommend",
    "promo",
    "outbrain",
    "taboola",
    "popular",
    "trending",
    "cookie",
    "newsletter",
    "more-stories",
    "read-more",
    "readmore",
    "consent",
    "paywall",
];
const SOFT_NOISE: &[&str] = &[
    "share",
    "social",
    "advert",
    "subscribe",
    "breadcrumb",
    "author",
    "byline",
    "avatar",
    "logo",
    "icon",
    "tags",
    "topics",
];
const HARD_NOISE_TAGS: &[&str] = &["nav", "aside", "footer", "form", "menu", "dialog"];

/// An element of interest and whether it sits in page furniture.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Found {
    pub id: NodeId,
    /// Inside navigation, comments, related-article lists and the like.
    pub hard_noise: bool,
    /// Inside share bars, bylines, tag lists and the like.
    pub soft_noise: bool,
}

/// What [`survey`] records.
#[derive(Debug, Default)]
pub(crate) struct Survey {
    pub html_lang: Option<String>,
    pub title: Option<String>,
    pub first_h1: Option<String>,
    /// `(name|property|itemprop, content)` of every `<meta>`, names lower-cased.
    pub metas: Vec<(String, String)>,
    /// `(rel, href)` of every `<link>`, rel lower-cased.
    pub links: Vec<(String, String)>,
    pub base_href: Option<String>,
    pub json_ld: Vec<String>,
    /// `datetime` of `<time>` elements inside `<article>`, then elsewhere.
    pub article_times: Vec<String>,
    pub other_times: Vec<String>,
    /// Values of `itemprop=datePublished` on elements other than `<meta>`.
    pub itemprop_dates: Vec<String>,
    /// Texts of `rel=author` links and `itemprop=author` elements.
    pub author_elements: Vec<String>,
    pub bylines: Vec<String>,
    pub anchors: Vec<Found>,
    pub images: Vec<Found>,
    pub frames: Vec<Found>,
    pub social_quotes: Vec<Found>,
    /// Text nodes of the body with their whitespace-collapsed text.
    pub texts: Vec<(NodeId, String)>,
    pub amounts: TextAmounts,
}

#[derive(Clone, Copy, Default)]
struct Context {
    in_body: bool,
    in_article: bool,
    in_p: bool,
    skipped: bool,
    hard_noise: bool,
    soft_noise: bool,
}

/// Walks `doc` once, depth first, with an explicit stack (hostile pages nest deeply).
pub(crate) fn survey(doc: &Document) -> Survey {
    let mut s = Survey::default();
    let mut stack = vec![(doc.root(), Context::default(), 0usize)];
    while let Some((id, ctx, depth)) = stack.pop() {
        s.amounts.depth = s.amounts.depth.max(depth);
        if doc.is_text(id) {
            if ctx.in_body && !ctx.skipped {
                let raw = doc.text_content(id);
                let chars: usize = raw.split_whitespace().map(|w| w.chars().count() + 1).sum();
                s.amounts.body += chars;
                if ctx.in_p {
                    s.amounts.paragraphs += chars;
                }
                // Only longer texts can locate the article body (see `media::article_root`).
                if chars > crate::media::MIN_MATCH_CHARS {
                    s.texts.push((id, collapse(&raw)));
                }
            }
            continue;
        }
        let tag = doc.tag_name(id);
        let mut ctx = ctx;
        if !tag.is_empty() {
            visit_element(doc, id, tag, &mut ctx, &mut s);
        }
        if matches!(tag, "script" | "style" | "title" | "template" | "noscript") {
            continue;
        }
        stack.extend(
            doc.child_nodes(id)
                .into_iter()
                .rev()
                .map(|c| (c, ctx, depth + 1)),
        );
    }
    s
}

fn visit_element(doc: &Document, id: NodeId, tag: &str, ctx: &mut Context, s: &mut Survey) {
    // Most elements have no or few attributes: listing them once is far cheaper than looking
    // each name up (every lookup interns the name).
    let names = doc.attribute_names(id);
    let attr = |name: &str| {
        if names.iter().any(|n| n == name) {
            doc.get_attribute(id, name)
        } else {
            None
        }
    };
    let found = |ctx: &Context| Found {
        id,
        hard_noise: ctx.hard_noise,
        soft_noise: ctx.soft_noise,
    };
    match tag {
        "html" => s.html_lang = s.html_lang.take().or_else(|| non_empty(attr("lang"))),
        "body" => ctx.in_body = true,
        "article" => ctx.in_article = true,
        "p" => ctx.in_p = true,
        "title" if s.title.is_none() && !ctx.in_body => {
            s.title = non_empty(Some(collapse(&doc.text_content(id))))
        }
        "h1" if s.first_h1.is_none() => {
            s.first_h1 = non_empty(Some(collapse(&doc.text_content(id))))
        }
        "base" if s.base_href.is_none() => s.base_href = non_empty(attr("href")),
        "meta" => {
            let key = attr("property")
                .or_else(|| attr("name"))
                .or_else(|| attr("itemprop"));
            if let (Some(key), Some(content)) = (key, attr("content")) {
                s.metas
                    .push((key.trim().to_ascii_lowercase(), content.trim().to_owned()));
            }
        }
        "link" => {
            if let (Some(rel), Some(href)) = (attr("rel"), attr("href")) {
                s.links
                    .push((rel.to_ascii_lowercase(), href.trim().to_owned()));
            }
        }
        "script" if attr("type").is_some_and(|t| t.to_ascii_lowercase().contains("ld+json")) => {
            s.json_ld.push(doc.text_content(id));
        }
        "time" => {
            if let Some(dt) = non_empty(attr("datetime")) {
                if ctx.in_article {
                    s.article_times.push(dt)
                } else {
                    s.other_times.push(dt)
                }
            }
        }
        "a" => s.anchors.push(found(ctx)),
        "img" => s.images.push(found(ctx)),
        "iframe" | "embed" | "object" | "video" => s.frames.push(found(ctx)),
        _ => {}
    }
    if tag == "blockquote" || attr("data-instgrm-permalink").is_some() {
        s.social_quotes.push(found(ctx));
    }
    let itemprop = attr("itemprop")
        .map(|p| p.to_ascii_lowercase())
        .unwrap_or_default();
    if tag != "meta"
        && itemprop == "datepublished"
        && let Some(v) = non_empty(attr("datetime").or_else(|| attr("content")))
            .or_else(|| non_empty(Some(collapse(&doc.text_content(id)))))
    {
        s.itemprop_dates.push(v);
    }
    let rel = attr("rel")
        .map(|r| r.to_ascii_lowercase())
        .unwrap_or_default();
    if tag != "meta"
        && tag != "link"
        && (itemprop == "author" || rel.split_whitespace().any(|r| r == "author"))
    {
        let text = attr("content").unwrap_or_else(|| {
            let name = doc.query_selector(id, "[itemprop=name]").unwrap_or(id);
            doc.text_content(name)
        });
        if let Some(text) = non_empty(Some(collapse(&text))) {
            s.author_elements.push(text);
        }
    }
    if matches!(
        tag,
        "script" | "style" | "template" | "noscript" | "select" | "button"
    ) {
        ctx.skipped = true;
    }
    if HARD_NOISE_TAGS.contains(&tag) {
        ctx.hard_noise = true;
    }
    let (class, id_attr) = (attr("class"), attr("id"));
    if class.is_none() && id_attr.is_none() {
        return;
    }
    let class_id = format!(
        "{} {}",
        class.unwrap_or_default(),
        id_attr.unwrap_or_default()
    )
    .to_ascii_lowercase();
    if class_id.contains("byline") && s.bylines.len() < 4 {
        s.bylines.push(collapse(&doc.text_content(id)));
    }
    // Once inside furniture, everything below is furniture: skip the substring tests.
    if !ctx.hard_noise && HARD_NOISE.iter().any(|n| class_id.contains(n)) {
        ctx.hard_noise = true;
    }
    if !ctx.soft_noise && SOFT_NOISE.iter().any(|n| class_id.contains(n)) {
        ctx.soft_noise = true;
    }
}

/// Collapses runs of whitespace to one space and trims.
pub(crate) fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn non_empty(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}
