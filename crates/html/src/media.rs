//! What the article body points at: links, images, embedded posts and videos
//! (GKG's V2.1RELATEDIMAGES, V2.1SOCIALIMAGEEMBEDS, V2.1SOCIALVIDEOEMBEDS).
//!
//! The extractors return text, not a place in the page, so the body is located back in the
//! original tree: the deepest element that holds most (by length) of the page's text nodes
//! that also occur in the extracted text.

use crate::survey::{Found, Survey};
use std::collections::HashMap;
use trafilatura::dom::{Document, NodeId};
use url::Url;

/// Text nodes shorter than this are too common ("Share", "Read more") to locate the body.
pub(crate) const MIN_MATCH_CHARS: usize = 25;
/// Share of matched text the article root must contain; the rest may be teasers elsewhere.
const ROOT_SHARE: f64 = 0.8;

/// Finds the element that contains the article body, if the extracted text occurs in the page.
pub(crate) fn article_root(
    doc: &Document,
    survey: &Survey,
    paragraphs: &[String],
) -> Option<NodeId> {
    let text = paragraphs.join(" ");
    let finder_text = text.as_bytes();
    let mut weights: HashMap<NodeId, usize> = HashMap::new();
    let mut depths: HashMap<NodeId, usize> = HashMap::new();
    let mut total = 0;
    for (id, node_text) in &survey.texts {
        let len = node_text.len();
        if len < MIN_MATCH_CHARS
            || memchr::memmem::find(finder_text, node_text.as_bytes()).is_none()
        {
            continue;
        }
        total += len;
        let chain: Vec<NodeId> =
            std::iter::successors(doc.parent(*id), |&n| doc.parent(n)).collect();
        let depth = chain.len();
        for (i, ancestor) in chain.into_iter().enumerate() {
            *weights.entry(ancestor).or_default() += len;
            depths.entry(ancestor).or_insert(depth - i);
        }
    }
    if total == 0 {
        return None;
    }
    let text_root = weights
        .into_iter()
        .filter(|&(_, w)| w as f64 >= ROOT_SHARE * total as f64)
        .max_by_key(|(id, _)| depths.get(id).copied().unwrap_or(0))
        .map(|(id, _)| id)?;
    // The lead image and the article's header sit beside the text container, inside the
    // enclosing <article> when the page marks one up.
    std::iter::successors(Some(text_root), |&n| doc.parent(n))
        .find(|&n| doc.tag_name(n) == "article")
        .or(Some(text_root))
}

fn inside(doc: &Document, id: NodeId, root: NodeId) -> bool {
    std::iter::successors(Some(id), |&n| doc.parent(n)).any(|n| n == root)
}

/// Resolves page URLs against the document's base.
#[derive(Debug)]
pub(crate) struct Resolver {
    base: Option<Url>,
}

impl Resolver {
    pub(crate) fn new(candidates: &[Option<&str>]) -> Resolver {
        let mut base: Option<Url> = None;
        for c in candidates.iter().flatten() {
            let parsed = match &base {
                Some(b) => b.join(c.trim()).ok(),
                None => Url::parse(c.trim()).ok(),
            };
            if let Some(p) = parsed.filter(|u| matches!(u.scheme(), "http" | "https")) {
                base = Some(p);
            }
        }
        Resolver { base }
    }

    /// An absolute http(s) URL for `href`, without its fragment; `None` for `javascript:`,
    /// `mailto:`, `data:` and unresolvable references.
    pub(crate) fn resolve(&self, href: &str) -> Option<String> {
        let href = href.trim();
        if href.is_empty() || href.starts_with('#') {
            return None;
        }
        let mut url = match &self.base {
            Some(base) => base.join(href).ok()?,
            None => Url::parse(href).ok()?,
        };
        if !matches!(url.scheme(), "http" | "https") {
            return None;
        }
        url.set_fragment(None);
        Some(url.into())
    }
}

/// Links and images of the article body.
pub(crate) fn body_links_and_images(
    doc: &Document,
    survey: &Survey,
    root: Option<NodeId>,
    resolver: &Resolver,
) -> (Vec<String>, Vec<String>) {
    let Some(root) = root else {
        return (Vec::new(), Vec::new());
    };
    let in_body = |f: &&Found| !f.hard_noise && !f.soft_noise && inside(doc, f.id, root);
    let mut links = Vec::new();
    for a in survey.anchors.iter().filter(in_body) {
        if let Some(url) = doc
            .get_attribute(a.id, "href")
            .and_then(|h| resolver.resolve(&h))
        {
            push_unique(&mut links, url);
        }
    }
    let mut images = Vec::new();
    for img in survey.images.iter().filter(in_body) {
        if is_decoration(doc, img.id) {
            continue;
        }
        if let Some(url) = image_source(doc, img.id).and_then(|s| resolver.resolve(&s))
            && !looks_like_furniture(&url)
        {
            push_unique(&mut images, url);
        }
    }
    (links, images)
}

/// The real image address: lazy-loading pages keep it in `data-*` and put a placeholder in `src`.
fn image_source(doc: &Document, id: NodeId) -> Option<String> {
    let attr = |n: &str| {
        doc.get_attribute(id, n)
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
    };
    let first_of_srcset = |v: String| {
        v.split(',')
            .next()
            .and_then(|c| c.split_whitespace().next())
            .map(str::to_owned)
    };
    let src = attr("src").filter(|s| !s.starts_with("data:") && !looks_like_furniture(s));
    src.or_else(|| attr("data-src"))
        .or_else(|| attr("data-lazy-src"))
        .or_else(|| attr("data-original"))
        .or_else(|| attr("srcset").and_then(first_of_srcset))
        .or_else(|| attr("data-srcset").and_then(first_of_srcset))
        .filter(|s| !s.starts_with("data:"))
}

/// Tracking pixels and icons declare their tiny size.
fn is_decoration(doc: &Document, id: NodeId) -> bool {
    let size = |n: &str| {
        doc.get_attribute(id, n)
            .and_then(|v| v.trim().trim_end_matches("px").parse::<u32>().ok())
    };
    matches!(size("width"), Some(w) if w < 50) || matches!(size("height"), Some(h) if h < 50)
}

fn looks_like_furniture(url: &str) -> bool {
    let u = url.to_ascii_lowercase();
    const MARKERS: &[&str] = &[
        "pixel",
        "spacer",
        "blank.gif",
        "1x1",
        "transparent.gif",
        "/ads/",
        "doubleclick",
        "beacon",
        "tracking",
        "gravatar",
        "avatar",
        "/logo",
        "favicon",
        "sprite",
        "placeholder",
    ];
    u.ends_with(".svg") || MARKERS.iter().any(|m| u.contains(m))
}

fn push_unique(list: &mut Vec<String>, item: String) {
    if !list.contains(&item) {
        list.push(item);
    }
}

/// Embedded tweets and Instagram posts, and embedded videos, outside page furniture.
pub(crate) fn embeds(
    doc: &Document,
    survey: &Survey,
    resolver: &Resolver,
) -> (Vec<String>, Vec<String>) {
    let mut posts = Vec::new();
    for q in survey.social_quotes.iter().filter(|f| !f.hard_noise) {
        let class = doc
            .get_attribute(q.id, "class")
            .unwrap_or_default()
            .to_ascii_lowercase();
        if let Some(permalink) = doc.get_attribute(q.id, "data-instgrm-permalink") {
            if let Some(url) = resolver
                .resolve(&permalink)
                .and_then(|u| instagram_post(&u))
            {
                push_unique(&mut posts, url);
            }
        } else if class.contains("twitter-tweet") || class.contains("twitter-video") {
            // The status link is the tweet itself; pic.twitter.com links name its images
            // (usually as the text of a t.co link).
            let mut status = None;
            for a in doc.iter_descendants(q.id, &["a"]) {
                let href = doc.get_attribute(a, "href").unwrap_or_default();
                if let Some(s) = tweet_status(&href) {
                    status = Some(s);
                    continue;
                }
                let text = doc.text_content(a);
                let pic = [href.trim(), text.trim()].into_iter().find_map(|t| {
                    let t = t
                        .trim_start_matches("https://")
                        .trim_start_matches("http://");
                    t.starts_with("pic.twitter.com/")
                        .then(|| format!("https://{t}"))
                });
                if let Some(pic) = pic {
                    push_unique(&mut posts, pic);
                }
            }
            if let Some(s) = status {
                push_unique(&mut posts, s);
            }
        }
    }
    let mut videos = Vec::new();
    for f in survey.frames.iter().filter(|f| !f.hard_noise) {
        let src = ["src", "data-src", "data-lazy-src", "data"]
            .iter()
            .find_map(|a| doc.get_attribute(f.id, a).filter(|v| !v.trim().is_empty()));
        let Some(url) = src.and_then(|s| resolver.resolve(&s)) else {
            continue;
        };
        if let Some(v) = video_embed(&url) {
            push_unique(&mut videos, v);
        } else if let Some(p) = instagram_post(&url) {
            push_unique(&mut posts, p);
        } else if let Some(t) = twitter_frame(&url) {
            push_unique(&mut posts, t);
        }
    }
    (posts, videos)
}

/// `https://twitter.com/user/status/123?ref=x` → `https://twitter.com/user/status/123`.
pub(crate) fn tweet_status(href: &str) -> Option<String> {
    let url = Url::parse(href.trim()).ok()?;
    let host = url
        .host_str()?
        .trim_start_matches("www.")
        .trim_start_matches("mobile.");
    if host != "twitter.com" && host != "x.com" {
        return None;
    }
    let segs: Vec<&str> = url.path_segments()?.collect();
    let pos = segs
        .iter()
        .position(|s| *s == "status" || *s == "statuses")?;
    let user = if pos > 0 { segs[pos - 1] } else { "i" };
    let id = segs
        .get(pos + 1)
        .filter(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()))?;
    Some(format!("https://twitter.com/{user}/status/{id}"))
}

/// Twitter's own embed iframe: `platform.twitter.com/embed/Tweet.html?id=123`.
fn twitter_frame(url: &str) -> Option<String> {
    let u = Url::parse(url).ok()?;
    if !u.host_str()?.ends_with("twitter.com") || !u.path().contains("/embed") {
        return None;
    }
    let id = u.query_pairs().find(|(k, _)| k == "id")?.1.into_owned();
    id.bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| format!("https://twitter.com/i/status/{id}"))
}

/// An Instagram post (`/p/ID`, `/reel/ID`, `/tv/ID`) → `https://www.instagram.com/p/ID/`.
pub(crate) fn instagram_post(url: &str) -> Option<String> {
    let u = Url::parse(url).ok()?;
    if u.host_str()?.trim_start_matches("www.") != "instagram.com" {
        return None;
    }
    let segs: Vec<&str> = u.path_segments()?.filter(|s| !s.is_empty()).collect();
    let pos = segs
        .iter()
        .position(|s| matches!(*s, "p" | "reel" | "tv"))?;
    let id = segs.get(pos + 1)?;
    Some(format!("https://www.instagram.com/{}/{id}/", segs[pos]))
}

/// A YouTube, Vimeo or Dailymotion player or page address → the provider's canonical embed URL.
pub(crate) fn video_embed(url: &str) -> Option<String> {
    let u = Url::parse(url).ok()?;
    let host = u
        .host_str()?
        .trim_start_matches("www.")
        .trim_start_matches("m.");
    let segs: Vec<&str> = u
        .path_segments()
        .map(|s| s.filter(|x| !x.is_empty()).collect())
        .unwrap_or_default();
    let valid = |id: &str| {
        !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    };
    match host {
        "youtube.com" | "youtube-nocookie.com" => {
            let id = match segs.as_slice() {
                ["embed", id, ..] | ["v", id, ..] | ["shorts", id, ..] | ["live", id, ..] => {
                    Some(id.to_string())
                }
                ["watch", ..] => u
                    .query_pairs()
                    .find(|(k, _)| k == "v")
                    .map(|(_, v)| v.into_owned()),
                _ => None,
            }?;
            valid(id.as_str()).then(|| format!("https://youtube.com/embed/{id}"))
        }
        "youtu.be" => segs
            .first()
            .filter(|id| valid(id))
            .map(|id| format!("https://youtube.com/embed/{id}")),
        "player.vimeo.com" | "vimeo.com" => {
            let id = segs
                .iter()
                .rev()
                .find(|s| s.bytes().all(|b| b.is_ascii_digit()))?;
            Some(format!("https://player.vimeo.com/video/{id}"))
        }
        "dailymotion.com" => {
            let pos = segs.iter().position(|s| *s == "video")?;
            segs.get(pos + 1)
                .filter(|id| valid(id))
                .map(|id| format!("https://www.dailymotion.com/embed/video/{id}"))
        }
        "dai.ly" => segs
            .first()
            .filter(|id| valid(id))
            .map(|id| format!("https://www.dailymotion.com/embed/video/{id}")),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn video_urls() {
        let cases = [
            (
                "https://www.youtube.com/embed/dQw4w9WgXcQ?rel=0",
                Some("https://youtube.com/embed/dQw4w9WgXcQ"),
            ),
            (
                "https://www.youtube-nocookie.com/embed/abc_DEF-12",
                Some("https://youtube.com/embed/abc_DEF-12"),
            ),
            (
                "https://youtube.com/watch?v=dQw4w9WgXcQ&t=1",
                Some("https://youtube.com/embed/dQw4w9WgXcQ"),
            ),
            (
                "https://youtu.be/dQw4w9WgXcQ",
                Some("https://youtube.com/embed/dQw4w9WgXcQ"),
            ),
            (
                "https://player.vimeo.com/video/76979871?h=1",
                Some("https://player.vimeo.com/video/76979871"),
            ),
            (
                "https://www.dailymotion.com/embed/video/x7tgad0",
                Some("https://www.dailymotion.com/embed/video/x7tgad0"),
            ),
            ("https://example.com/embed/xyz", None),
            ("https://www.youtube.com/channel/UC123", None),
        ];
        for (input, want) in cases {
            assert_eq!(video_embed(input).as_deref(), want, "{input}");
        }
    }

    #[test]
    fn social_urls() {
        assert_eq!(
            tweet_status("https://twitter.com/someone/status/1234567890?ref_src=twsrc").as_deref(),
            Some("https://twitter.com/someone/status/1234567890")
        );
        assert_eq!(tweet_status("https://twitter.com/someone"), None);
        assert_eq!(
            instagram_post("https://www.instagram.com/p/B1a2C3d4E5/?utm_source=ig_embed")
                .as_deref(),
            Some("https://www.instagram.com/p/B1a2C3d4E5/")
        );
        assert_eq!(
            twitter_frame("https://platform.twitter.com/embed/Tweet.html?id=42").as_deref(),
            Some("https://twitter.com/i/status/42")
        );
    }

    #[test]
    fn resolver_prefers_base_and_drops_non_web() {
        let r = Resolver::new(&[Some("https://news.example/a/b.html"), Some("/static/")]);
        assert_eq!(
            r.resolve("img/x.jpg").as_deref(),
            Some("https://news.example/static/img/x.jpg")
        );
        assert_eq!(r.resolve("mailto:a@b.c"), None);
        assert_eq!(r.resolve("javascript:void(0)"), None);
        assert_eq!(r.resolve("#top"), None);
        assert_eq!(Resolver::new(&[]).resolve("/rel"), None);
    }
}
