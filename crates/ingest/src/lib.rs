//! Sources: everything that turns bytes on disk (or stdin) into [`model::Article`]s.
//!
//! One call, [`read`], opens an [`Input`] and yields [`Item`]s lazily: articles, and for every
//! input that could not become an article a [`Problem`] naming the file, the line (or feed entry,
//! or WARC record) and the reason. Nothing is dropped silently; a bad item never stops the batch.
//!
//! | input | how it is read | one article per |
//! |---|---|---|
//! | plain text (`.txt`, anything unrecognised) | the whole file verbatim, first non-empty line = title | file |
//! | JSONL (`.jsonl`, `.ndjson`, `.json`) | streamed line by line; `text` required, taken verbatim | line |
//! | HTML (`.html`, `.htm`) | charset sniffed, main text and metadata by the `html` crate | file |
//! | RSS / Atom (`.rss`, `.atom`, `.xml`) | each entry's content, else its summary; links are not fetched | entry |
//! | WARC (`.warc`) | streamed; `response` records holding HTML go the HTML path | record |
//! | `.gz` of any of these | decompressed on the fly (multi-member too) | |
//! | directory | walked recursively in name order, files with the extensions above | |
//! | `-` | stdin, format sniffed from its first bytes | |
//!
//! When the extension says nothing, the first bytes decide (`WARC/`, `{`, `<rss`/`<feed`, `<html`).
//!
//! ```
//! let dir = std::env::temp_dir().join("ingest-doc-example");
//! std::fs::create_dir_all(&dir).unwrap();
//! let path = dir.join("a.jsonl");
//! std::fs::write(&path, "{\"id\":\"a1\",\"text\":\"Rain fell.\"}\nnot json\n").unwrap();
//! let items: Vec<ingest::Item> = ingest::read(&ingest::Input::Path(path)).collect();
//! assert!(matches!(&items[0], ingest::Item::Article(a) if a.id == "a1"));
//! assert!(matches!(&items[1], ingest::Item::Rejected(p) if p.reason.code() == "malformed-json"));
//! ```

mod detect;
mod feed;
mod jsonl;
mod page;
mod plain;
mod problem;
mod warc;

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

pub use detect::{Format, sniff};
pub use problem::{Position, Problem, Reason};

use model::Article;

/// Where articles come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Path(PathBuf),
    Stdin,
}

impl Input {
    /// The name used in messages and as the id of whole-file articles: the path as given, or `-`.
    pub fn name(&self) -> String {
        match self {
            Input::Path(p) => p.display().to_string(),
            Input::Stdin => "-".to_string(),
        }
    }
}

/// What a source yields.
#[derive(Debug)]
pub enum Item {
    Article(Box<Article>),
    /// The item could not become an article (malformed, undecodable, empty …): an error.
    Rejected(Problem),
    /// Something that is not an article and is rightly passed over (a WARC `request` record
    /// with no page, an HTTP 404, an image): counted, not an error.
    Skipped(Problem),
    /// The article was read, but part of it was ignored (an unreadable `published` date).
    Warning(Problem),
}

/// The iterator [`read`] returns.
pub type Items = Box<dyn Iterator<Item = Item> + Send>;

/// The read buffer of a file. JSONL lines are parsed where they lie in it, and a line that
/// straddles two fills is copied whole into a buffer of its own first: with news articles of
/// about 7 KB, a 64 KiB buffer had one line in ten straddle (a copy of 1 MB per 10 MB read),
/// a 256 KiB one has one in forty, and still stays in the L2 cache.
const FILE_BUFFER: usize = 1 << 18;

/// Opens one input and yields its items lazily (bounded memory for JSONL and WARC streams).
pub fn read(input: &Input) -> Items {
    let name = input.name();
    let opened: std::io::Result<(Box<dyn BufRead + Send>, String)> = match input {
        Input::Stdin => Ok((
            Box::new(BufReader::with_capacity(1 << 16, std::io::stdin())),
            String::new(),
        )),
        Input::Path(p) => std::fs::File::open(p).map(|f| {
            let r: Box<dyn BufRead + Send> = Box::new(BufReader::with_capacity(FILE_BUFFER, f));
            (r, p.to_string_lossy().into_owned())
        }),
    };
    let (reader, path) = match opened {
        Ok(x) => x,
        Err(e) => {
            return once(Item::Rejected(Problem::whole(
                &name,
                Reason::Unreadable(e.to_string()),
            )));
        }
    };
    read_from(name, &path, reader)
}

/// Reads items from any buffered reader. `path` (possibly empty) only serves to detect the format
/// by extension; `name` is what messages and whole-file ids show.
pub fn read_from(name: String, path: &str, mut reader: Box<dyn BufRead + Send>) -> Items {
    let mut path = path.to_string();
    let head = match reader.fill_buf() {
        Ok(h) => h,
        Err(e) => {
            return once(Item::Rejected(Problem::whole(
                &name,
                Reason::Unreadable(e.to_string()),
            )));
        }
    };
    if detect::is_gzip(head) || path.ends_with(".gz") {
        if let Some(stripped) = path.strip_suffix(".gz") {
            path = stripped.to_string();
        }
        let gz = flate2::bufread::MultiGzDecoder::new(reader);
        reader = Box::new(BufReader::with_capacity(1 << 16, GzipErrors(gz)));
    }
    let format = match Format::from_path(&path) {
        Some(f) => f,
        None => match reader.fill_buf() {
            Ok(head) => sniff(head),
            Err(e) => {
                return once(Item::Rejected(Problem::whole(
                    &name,
                    Reason::Unreadable(e.to_string()),
                )));
            }
        },
    };
    match format {
        Format::Jsonl => Box::new(jsonl::JsonlReader::new(name, reader)),
        Format::Warc => warc::read(name, reader),
        whole => {
            let mut bytes = Vec::new();
            if let Err(e) = reader.read_to_end(&mut bytes) {
                let reason = if e.kind() == std::io::ErrorKind::InvalidData
                    || e.kind() == std::io::ErrorKind::InvalidInput
                {
                    Reason::Undecodable(e.to_string())
                } else {
                    Reason::Unreadable(e.to_string())
                };
                return once(Item::Rejected(Problem::whole(&name, reason)));
            }
            match whole {
                Format::Html => once(page::article(name.clone(), &name, &bytes, None, None, None)),
                Format::Feed => Box::new(feed::read(&name, &bytes).into_iter()),
                _ => once(plain::article(name, &bytes)),
            }
        }
    }
}

/// Marks every error of a gzip stream (truncation included) as bad data, so that a corrupt
/// archive is reported as undecodable rather than as an unreadable file.
struct GzipErrors<R>(R);

impl<R: Read> Read for GzipErrors<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.0.read(buf).map_err(|e| {
            std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!("corrupt or truncated gzip data: {e}"),
            )
        })
    }
}

fn once(item: Item) -> Items {
    Box::new(std::iter::once(item))
}

/// Expands the command line's paths: directories are walked recursively in name order and yield
/// the files whose extension names a known format (hidden files and others are skipped and
/// counted); files and `-` are taken as given, whatever their extension.
pub fn expand(args: &[String]) -> (Vec<Input>, Vec<Problem>) {
    let mut inputs = Vec::new();
    let mut skipped = Vec::new();
    for arg in args {
        if arg == "-" {
            inputs.push(Input::Stdin);
            continue;
        }
        let p = PathBuf::from(arg);
        if p.is_dir() {
            walk(&p, &mut inputs, &mut skipped);
        } else {
            inputs.push(Input::Path(p));
        }
    }
    (inputs, skipped)
}

fn walk(dir: &Path, inputs: &mut Vec<Input>, skipped: &mut Vec<Problem>) {
    let mut entries: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => {
            // Reported through the normal path so it is counted as an unreadable input.
            let _ = e;
            inputs.push(Input::Path(dir.to_path_buf()));
            return;
        }
    };
    entries.sort();
    for p in entries {
        let hidden = p
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if p.is_dir() {
            walk(&p, inputs, skipped);
        } else if Format::from_path(p.to_string_lossy().trim_end_matches(".gz")).is_some() {
            inputs.push(Input::Path(p));
        } else {
            skipped.push(Problem::whole(
                &p.display().to_string(),
                Reason::NotAnArticle("unknown file extension".into()),
            ));
        }
    }
}

#[cfg(test)]
mod tests;
