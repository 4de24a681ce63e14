//! STUB — to be written (see the helper brief). Public API is fixed below.

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
    pub authors: Vec<String>,
    pub canonical_url: Option<String>,
    pub site_name: Option<String>,
    pub lang: Option<String>,
    pub sharing_image: Option<String>,
    pub related_images: Vec<String>,
    pub social_image_embeds: Vec<String>,
    pub social_video_embeds: Vec<String>,
    pub links: Vec<String>,
}

/// Decodes page bytes to text: BOM, then `Content-Type` charset (if given), then `<meta charset>` /
/// http-equiv in the first bytes, else UTF-8 (windows-1252 if the bytes are not valid UTF-8).
pub fn decode(bytes: &[u8], content_type: Option<&str>) -> String {
    let _ = content_type;
    String::from_utf8_lossy(bytes).into_owned()
}

/// Extracts main text and metadata from an HTML document. `url` resolves relative links.
pub fn extract(html: &str, url: Option<&str>) -> Page {
    let _ = url;
    Page { text: html.to_string(), ..Default::default() }
}
