//! newsgraph's web-page reader: from the bytes of a news page to its main text and the
//! metadata a GKG 2.1 record carries.
//!
//! Two calls do the work:
//!
//! * [`decode`] turns bytes into text. The character encoding comes from a byte-order mark,
//!   else the HTTP `Content-Type` charset, else a `<meta charset>` / `http-equiv` declaration
//!   near the top of the page, else UTF-8 — or windows-1252 when the bytes are not UTF-8.
//! * [`extract`] finds the article in the page and reads its metadata into a [`Page`].
//!
//! The main text comes from the `trafilatura` crate (precision mode), checked against a
//! `dom_smoothie` (readability) extraction when the result looks short for the page; see the
//! `body` module for the rule and `examples/scrapinghub.rs` for the benchmark that chose it.
//! The text is plain: paragraphs separated by a blank line, whitespace inside a paragraph
//! collapsed, character references decoded. Navigation, share bars, comments, related-article
//! lists and cookie banners are left out.
//!
//! Metadata comes from `<meta>` tags (Open Graph, Twitter, Dublin Core, Parse.ly, Sailthru),
//! JSON-LD (including `@graph` arrays and `@id` references) and visible markup (`<h1>`,
//! `<time datetime>`, `rel=author`, bylines). Dates are returned as written, unparsed. Links,
//! images and embeds are read from the part of the page that holds the extracted text, and
//! resolved against `url`, else `<base href>`, else the canonical URL.
//!
//! Neither call panics or fails: a page with nothing to find yields an empty [`Page`].
//!
//! ```
//! let bytes = br#"<html lang="en"><head><meta charset="utf-8">
//!   <title>Harbour reopens after storm | The Coast Times</title>
//!   <meta property="article:published_time" content="2024-03-12T08:00:00Z">
//!   <meta name="author" content="Ana Silva"></head>
//!   <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
//!   <article><h1>Harbour reopens after storm</h1>
//!   <p>The harbour at Porto Novo reopened on Monday, three days after the storm closed it to all
//!   shipping and left two cranes toppled on the quay.</p>
//!   <p>Port officials said the first ferries would sail on Tuesday morning once divers had
//!   checked the channel for debris washed in by the high tide.</p></article>
//!   <footer>Copyright The Coast Times. All rights reserved.</footer></body></html>"#;
//! let html = html::decode(bytes, None);
//! let page = html::extract(&html, Some("https://coast.example/news/harbour"));
//! assert_eq!(page.title.as_deref(), Some("Harbour reopens after storm"));
//! assert_eq!(page.published.as_deref(), Some("2024-03-12T08:00:00Z"));
//! assert_eq!(page.authors, ["Ana Silva"]);
//! assert!(page.text.contains("The harbour at Porto Novo reopened on Monday"));
//! assert!(!page.text.contains("Copyright"));
//! ```

mod body;
mod charset;
mod media;
mod meta;
mod prune;
mod survey;

use trafilatura::dom::Document;

/// What one news page yields: its main text and the metadata GKG carries.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    /// Main article text, paragraphs separated by a blank line ("\n\n"), boilerplate removed.
    pub text: String,
    /// Headline (og:title / JSON-LD headline / h1 / <title> with the site name stripped).
    pub title: Option<String>,
    /// The raw `<title>` element, for GKG's `<PAGE_TITLE>`.
    pub page_title: Option<String>,
    /// Publication date-time as written in the page (ISO 8601 preferred), unparsed.
    pub published: Option<String>,
    /// People credited with the article, in page order, without duplicates.
    pub authors: Vec<String>,
    /// `<link rel=canonical>`, else `og:url`, made absolute.
    pub canonical_url: Option<String>,
    /// `og:site_name`, else the JSON-LD publisher's name.
    pub site_name: Option<String>,
    /// `<html lang>`, as written (e.g. "en-GB").
    pub lang: Option<String>,
    /// The image the page asks social sites to show (og:image, twitter:image, image_src, …).
    pub sharing_image: Option<String>,
    /// Images inside the article body, absolute, deduplicated, without pixels and icons.
    pub related_images: Vec<String>,
    /// Embedded tweets (status URLs, pic.twitter.com links) and Instagram posts.
    pub social_image_embeds: Vec<String>,
    /// Embedded YouTube, Vimeo and Dailymotion videos as canonical embed URLs.
    pub social_video_embeds: Vec<String>,
    /// Links inside the article body, absolute, deduplicated, in page order.
    pub links: Vec<String>,
}

/// Decodes page bytes to text: BOM, then `Content-Type` charset (if given), then `<meta charset>` /
/// http-equiv in the first bytes, else UTF-8 (windows-1252 if the bytes are not valid UTF-8).
pub fn decode(bytes: &[u8], content_type: Option<&str>) -> String {
    charset::decode(bytes, content_type)
}

/// Extracts main text and metadata from an HTML document. `url` resolves relative links.
pub fn extract(html: &str, url: Option<&str>) -> Page {
    // Scripts, styles and inline SVG are half of a typical page's bytes and no extractor reads
    // them; dropping them first makes every later pass cheaper.
    let html = prune::strip_inert(html);
    let doc = Document::parse(&html);
    let survey = survey::survey(&doc);
    let meta = meta::read(&survey);

    let paragraphs = body::paragraphs(doc.clone_document(), &html, survey.amounts);

    let resolver = media::Resolver::new(&[
        meta.canonical.as_deref().filter(|_| url.is_none()),
        url,
        survey.base_href.as_deref(),
    ]);
    let root = media::article_root(&doc, &survey, &paragraphs);
    let (links, related_images) = media::body_links_and_images(&doc, &survey, root, &resolver);
    let (social_image_embeds, social_video_embeds) = media::embeds(&doc, &survey, &resolver);

    Page {
        text: paragraphs.join("\n\n"),
        title: meta.title,
        page_title: survey.title.clone(),
        published: meta.published,
        authors: meta.authors,
        canonical_url: meta.canonical.as_deref().and_then(|c| resolver.resolve(c)),
        site_name: meta.site_name,
        lang: meta.lang,
        sharing_image: meta.image.as_deref().and_then(|i| resolver.resolve(i)),
        related_images,
        social_image_embeds,
        social_video_embeds,
        links,
    }
}
