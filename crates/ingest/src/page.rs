//! Web pages: charset, main text and metadata come from the `html` crate; this maps them onto an
//! [`Article`].

use crate::{Item, Problem, Reason};
use model::{Article, PageMeta, Timestamp};

/// Builds the article of one HTML page.
///
/// `url` is the page's address when the source knows it (WARC-Target-URI, a feed link); otherwise
/// the page's canonical URL is used. `fallback_date` (WARC-Date) serves when the page states none.
pub(crate) fn article(
    id: String,
    file: &str,
    bytes: &[u8],
    content_type: Option<&str>,
    url: Option<String>,
    fallback_date: Option<Timestamp>,
) -> Item {
    let html = html::decode(bytes, content_type);
    let page = html::extract(&html, url.as_deref());
    if page.text.trim().is_empty() {
        return Item::Rejected(Problem::whole(file, Reason::EmptyText));
    }
    let published = page
        .published
        .as_deref()
        .and_then(model::parse_timestamp)
        .or(fallback_date);
    let url = url.or(page.canonical_url);
    let meta = PageMeta {
        page_title: page.page_title,
        authors: page.authors,
        sharing_image: page.sharing_image,
        related_images: page.related_images,
        social_image_embeds: page.social_image_embeds,
        social_video_embeds: page.social_video_embeds,
        links: page.links,
        lang: page.lang,
    };
    Item::Article(Box::new(Article {
        id,
        url,
        title: page.title,
        published,
        source: page.site_name,
        text: page.text,
        meta,
    }))
}
