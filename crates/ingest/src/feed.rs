//! RSS 2.0 / Atom / JSON Feed: one article per entry, from its content or else its summary.
//! Links are never fetched: the feed's own text is the article.

use crate::{Item, Position, Problem, Reason};
use model::{Article, PageMeta};

pub(crate) fn read(name: &str, bytes: &[u8]) -> Vec<Item> {
    // An entry without an id of its own is known by its link (else by its place in the feed),
    // not by a hash the parser would invent.
    let parser = feed_rs::parser::Builder::new()
        .id_generator(|links, _, _| links.first().map(|l| l.href.clone()).unwrap_or_default())
        .build();
    let feed = match parser.parse(bytes) {
        Ok(f) => f,
        Err(e) => {
            return vec![Item::Rejected(Problem::whole(
                name,
                Reason::MalformedFeed(e.to_string()),
            ))];
        }
    };
    let source = feed
        .title
        .as_ref()
        .map(|t| t.content.trim().to_string())
        .filter(|s| !s.is_empty());
    feed.entries
        .into_iter()
        .enumerate()
        .map(|(i, entry)| {
            let at = Position::Entry(i as u64 + 1);
            let url = entry.links.first().map(|l| l.href.clone());
            let body = entry
                .content
                .as_ref()
                .and_then(|c| c.body.clone())
                .filter(|b| !b.trim().is_empty())
                .or_else(|| entry.summary.as_ref().map(|s| s.content.clone()));
            let text = body.map(|b| fragment_text(&b)).unwrap_or_default();
            if text.trim().is_empty() {
                return Item::Rejected(Problem::at(name, at, Reason::EmptyText));
            }
            let title = entry
                .title
                .as_ref()
                .map(|t| t.content.trim().to_string())
                .filter(|t| !t.is_empty());
            let meta = PageMeta {
                page_title: title.clone(),
                authors: entry
                    .authors
                    .iter()
                    .filter_map(|p| p.name.as_deref())
                    .map(|n| n.trim().to_string())
                    .filter(|n| !n.is_empty())
                    .collect(),
                ..Default::default()
            };
            let id = if entry.id.is_empty() {
                url.clone().unwrap_or_else(|| format!("{name}#{}", i + 1))
            } else {
                entry.id
            };
            Item::Article(Box::new(Article {
                id,
                url,
                title,
                published: entry.published.or(entry.updated).map(|t| t.naive_utc()),
                source: source.clone(),
                text,
                meta,
            }))
        })
        .collect()
}

/// The text of an HTML fragment (an entry's content): the fragment is read as a page whose whole
/// body is the article, so boilerplate rules have nothing to remove.
fn fragment_text(fragment: &str) -> String {
    if !fragment.contains('<') && !fragment.contains('&') {
        return fragment.trim().to_string();
    }
    let page = format!("<!DOCTYPE html><html><body><article>{fragment}</article></body></html>");
    html::extract(&page, None).text
}
