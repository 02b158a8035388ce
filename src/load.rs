//! Stage 1: read articles. Files, folders (recursively), stdin as `-`; Markdown with `---` YAML
//! or `+++` TOML front matter, or plain text. Reading never modifies a file.
//!
//! Markdown markup is blanked out with spaces in [`Document::prose`] rather than removed, so
//! every byte offset the later stages produce points into the original file.

use std::io::Read;
use std::path::{Path, PathBuf};

use jiff::civil::Date;

use crate::config::{Config, parse_date};
use crate::error::{Error, Result, line_col};
use crate::scan::{self, DateContext, Grain, Kind};

/// Where a document's reference (publication) date came from, in order of precedence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateSource {
    CommandLine,
    Config,
    FrontMatter,
    Dateline,
    None,
}

#[derive(Debug, Clone)]
pub struct Document {
    /// The path as the user wrote it (or found under a folder they named); `-` for stdin.
    pub path: String,
    /// The original text.
    pub text: String,
    /// The text with markup and front matter blanked out; same length as `text`.
    pub prose: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub date: Option<Date>,
    pub date_source: DateSource,
    /// Markdown wraps sentences across lines; plain text puts a paragraph on each line.
    pub markdown: bool,
}

#[derive(Debug, Default)]
pub struct Loaded {
    pub documents: Vec<Document>,
    /// Inputs skipped with a reason (binary, not UTF-8, empty inside a folder).
    pub warnings: Vec<String>,
}

const EXTENSIONS: &[&str] = &["md", "markdown", "txt"];

/// Loads every input. Documents come out sorted by path and without duplicates, so the
/// order of arguments never changes the output.
pub fn load(inputs: &[String], config: &Config, date_override: Option<Date>) -> Result<Loaded> {
    let mut loaded = Loaded::default();
    let mut files: Vec<(String, PathBuf, bool)> = Vec::new(); // (shown, path, named explicitly)
    for input in inputs {
        if input == "-" {
            let mut bytes = Vec::new();
            std::io::stdin().read_to_end(&mut bytes).map_err(|source| Error::Io { path: "-".into(), source })?;
            if let Some(doc) = document_from_bytes("-", None, bytes, true, config, date_override, &mut loaded.warnings)?
            {
                loaded.documents.push(doc);
            }
            continue;
        }
        let path = PathBuf::from(input);
        if !path.exists() {
            return Err(Error::NotFound(path));
        }
        if path.is_dir() {
            let before = files.len();
            walk(&path, &mut files)?;
            if files.len() == before {
                return Err(Error::NoArticles(path));
            }
        } else {
            files.push((clean_path(input), path, true));
        }
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    let mut seen = std::collections::HashSet::new();
    for (shown, path, explicit) in files {
        let key = path.canonicalize().unwrap_or_else(|_| path.clone());
        if !seen.insert(key) {
            continue;
        }
        let bytes = std::fs::read(&path).map_err(|source| Error::Io { path: path.clone(), source })?;
        if let Some(doc) =
            document_from_bytes(&shown, Some(&path), bytes, explicit, config, date_override, &mut loaded.warnings)?
        {
            loaded.documents.push(doc);
        }
    }
    if loaded.documents.is_empty() {
        return Err(Error::NothingLeft);
    }
    Ok(loaded)
}

fn clean_path(p: &str) -> String {
    let p = p.strip_prefix("./").unwrap_or(p);
    p.replace('\\', "/")
}

fn walk(dir: &Path, out: &mut Vec<(String, PathBuf, bool)>) -> Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(|source| Error::Io { path: dir.to_path_buf(), source })?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .collect();
    entries.sort();
    for p in entries {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        // Hidden folders (.git) and build output are never articles.
        if name.starts_with('.') || name == "target" || name == "node_modules" {
            continue;
        }
        if p.is_dir() {
            walk(&p, out)?;
        } else if p
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
        {
            out.push((clean_path(&p.display().to_string()), p, false));
        }
    }
    Ok(())
}

fn document_from_bytes(
    shown: &str,
    path: Option<&Path>,
    bytes: Vec<u8>,
    explicit: bool,
    config: &Config,
    date_override: Option<Date>,
    warnings: &mut Vec<String>,
) -> Result<Option<Document>> {
    if bytes.contains(&0) {
        warnings.push(format!("{shown}: skipped: binary file"));
        return Ok(None);
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let (line, col) = line_col(&String::from_utf8_lossy(e.as_bytes()), e.utf8_error().valid_up_to());
            warnings.push(format!("{shown}:{line}:{col}: skipped: not valid UTF-8"));
            return Ok(None);
        }
    };
    if text.trim().is_empty() {
        if explicit {
            return Err(Error::Empty(PathBuf::from(shown)));
        }
        warnings.push(format!("{shown}: skipped: empty file"));
        return Ok(None);
    }
    let entry = path.and_then(|p| config.entry_for(p));
    let mut doc = parse_document(shown, text)?;
    if let Some(e) = entry {
        if let Some(d) = &e.date {
            let what = format!(
                "{}: date of {}",
                config.path.as_ref().map(|p| p.display().to_string()).unwrap_or_default(),
                e.path
            );
            doc.date = Some(d.parse(&what)?);
            doc.date_source = DateSource::Config;
        }
        if e.outlet.is_some() {
            doc.outlet = e.outlet.clone();
        }
        if e.title.is_some() {
            doc.title = e.title.clone();
        }
    }
    if let Some(d) = date_override {
        doc.date = Some(d);
        doc.date_source = DateSource::CommandLine;
    }
    Ok(Some(doc))
}

/// Splits front matter off and blanks markup. Front-matter dates come before datelines.
pub fn parse_document(shown: &str, text: String) -> Result<Document> {
    let mut prose = text.clone().into_bytes();
    let mut title = None;
    let mut outlet = None;
    let mut date = None;
    let mut date_source = DateSource::None;
    if let Some((fm_end, fields)) = front_matter(shown, &text)? {
        blank(&mut prose, 0..fm_end);
        for (key, value, offset) in fields {
            match key.as_str() {
                "title" => title = Some(value),
                "outlet" | "publication" | "source" => outlet = Some(value),
                "date" | "published" | "pubdate" => {
                    date = Some(parse_date(&format!("{shown}: front matter date"), &value).map_err(|e| {
                        let (line, col) = line_col(&text, offset);
                        Error::FrontMatter { path: shown.to_string(), line, col, message: e.to_string() }
                    })?);
                    date_source = DateSource::FrontMatter;
                }
                _ => {}
            }
        }
    }
    let markdown = shown.ends_with(".md") || shown.ends_with(".markdown") || date_source == DateSource::FrontMatter;
    if markdown {
        blank_markdown(&text, &mut prose);
    }
    // Blanking only ever writes ASCII spaces over whole characters, so this cannot fail.
    let prose = String::from_utf8(prose).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    if date.is_none() {
        if let Some(d) = dateline(&prose) {
            date = Some(d);
            date_source = DateSource::Dateline;
        }
    }
    Ok(Document { path: shown.to_string(), text, prose, title, outlet, date, date_source, markdown })
}

fn blank(bytes: &mut [u8], range: std::ops::Range<usize>) {
    for b in &mut bytes[range] {
        if *b != b'\n' && *b != b'\r' {
            *b = b' ';
        }
    }
}

/// A front-matter field: key, value, and the byte offset of the value in the file.
type Field = (String, String, usize);

/// Returns the end of the front matter and its fields.
fn front_matter(shown: &str, text: &str) -> Result<Option<(usize, Vec<Field>)>> {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let bom = text.len() - body.len();
    let fence = if body.starts_with("---") {
        "---"
    } else if body.starts_with("+++") {
        "+++"
    } else {
        return Ok(None);
    };
    let first_nl = match body.find('\n') {
        Some(n) if body[..n].trim_end() == fence => n + 1,
        _ => return Ok(None),
    };
    let mut pos = first_nl;
    let mut close = None;
    for line in body[first_nl..].split_inclusive('\n') {
        if line.trim_end() == fence {
            close = Some((pos, pos + line.len()));
            break;
        }
        pos += line.len();
    }
    let Some((inner_end, end)) = close else {
        let (line, col) = line_col(text, bom);
        return Err(Error::FrontMatter {
            path: shown.into(),
            line,
            col,
            message: format!("front matter opened with `{fence}` is never closed"),
        });
    };
    let inner = &body[first_nl..inner_end];
    let base = bom + first_nl;
    let mut fields = Vec::new();
    if fence == "+++" {
        let table: toml::Table = toml::from_str(inner).map_err(|e| {
            let (line, col) = e.span().map(|s| line_col(text, base + s.start)).unwrap_or((1, 1));
            Error::FrontMatter { path: shown.into(), line, col, message: e.message().trim().to_string() }
        })?;
        for (k, v) in table {
            let value = match v {
                toml::Value::String(s) => s,
                toml::Value::Datetime(d) => d.to_string(),
                other => other.to_string(),
            };
            let offset = inner.find(k.as_str()).map(|o| base + o).unwrap_or(base);
            fields.push((k.to_ascii_lowercase(), value, offset));
        }
    } else {
        // Flat YAML `key: value` lines are all claimcheck reads; nested keys are ignored.
        let mut off = base;
        for line in inner.split_inclusive('\n') {
            let l = line.trim_end();
            if !l.starts_with([' ', '\t', '#', '-']) {
                if let Some((k, v)) = l.split_once(':') {
                    let v_off = off + k.len() + 1 + (v.len() - v.trim_start().len());
                    let v = v.trim();
                    let v = v.split(" #").next().unwrap_or(v).trim();
                    let v = v.trim_matches('"').trim_matches('\'').to_string();
                    fields.push((k.trim().to_ascii_lowercase(), v, v_off));
                }
            }
            off += line.len();
        }
    }
    Ok(Some((bom + end, fields)))
}

/// Blanks Markdown syntax that is not prose: headings' `#`, emphasis, list and quote markers,
/// link targets, HTML tags and code blocks.
fn blank_markdown(text: &str, prose: &mut [u8]) {
    let bytes = text.as_bytes();
    let mut in_fence = false;
    let mut line_start = 0;
    while line_start < bytes.len() {
        let line_end = text[line_start..].find('\n').map(|n| line_start + n).unwrap_or(bytes.len());
        let line = &text[line_start..line_end];
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            in_fence = !in_fence;
            blank(prose, line_start..line_end);
        } else if in_fence {
            blank(prose, line_start..line_end);
        } else {
            let marker = trimmed.bytes().take_while(|b| *b == b'#' || *b == b'>').count();
            if marker > 0 {
                blank(prose, line_start + indent..line_start + indent + marker);
            } else if trimmed.starts_with("- ") || trimmed.starts_with("* ") || trimmed.starts_with("+ ") {
                blank(prose, line_start + indent..line_start + indent + 1);
            }
        }
        line_start = line_end + 1;
    }
    // Inline: emphasis markers, backticks, links `[text](target)`, images, HTML tags.
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'*' | b'`' => prose[i] = b' ',
            b'_' if (i == 0 || !bytes[i - 1].is_ascii_alphanumeric())
                || (i + 1 >= bytes.len() || !bytes[i + 1].is_ascii_alphanumeric()) =>
            {
                prose[i] = b' '
            }
            b'[' => prose[i] = b' ',
            b'!' if bytes.get(i + 1) == Some(&b'[') => prose[i] = b' ',
            b']' if bytes.get(i + 1) == Some(&b'(') => {
                if let Some(close) = text[i..].find(')') {
                    blank(prose, i..i + close + 1);
                    i += close + 1;
                    continue;
                }
            }
            b'<' if bytes.get(i + 1).is_some_and(|b| b.is_ascii_alphabetic() || *b == b'/' || *b == b'!') => {
                if let Some(close) = text[i..].find('>').filter(|c| *c < 200 && !text[i..i + c].contains('\n')) {
                    blank(prose, i..i + close + 1);
                    i += close + 1;
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
}

/// A dateline near the top: "Updated Dec 19, 2024", "Published 3 November 2024".
fn dateline(prose: &str) -> Option<Date> {
    let mut head_end = prose.len().min(800);
    while !prose.is_char_boundary(head_end) {
        head_end -= 1;
    }
    let head = &prose[..head_end];
    for e in scan::scan(head, &DateContext::default()) {
        let Some(span) = e.date else { continue };
        if e.kind != Kind::Date || span.grain != Grain::Day {
            continue;
        }
        let line_start = head[..e.span.start].rfind('\n').map(|n| n + 1).unwrap_or(0);
        let lead = head[line_start..e.span.start].to_ascii_lowercase();
        if ["updated", "published", "posted", "dated", "first published"].iter().any(|w| lead.contains(w)) {
            return Some(span.start);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_front_matter_is_read_and_blanked() {
        let text =
            "---\ntitle: \"A title\"\ndate: 2024-11-04\noutlet: Desk\n---\nSome **bold** 1,500 troops.\n".to_string();
        let doc = parse_document("a.md", text.clone()).unwrap();
        assert_eq!(doc.date, Some("2024-11-04".parse().unwrap()));
        assert_eq!(doc.outlet.as_deref(), Some("Desk"));
        assert_eq!(doc.prose.len(), text.len());
        assert!(!doc.prose.contains("title"));
        assert!(!doc.prose.contains('*'));
        assert_eq!(&doc.prose[doc.prose.find("1,500").unwrap()..][..5], "1,500");
    }

    #[test]
    fn toml_front_matter_and_impossible_date() {
        let doc = parse_document("a.md", "+++\ndate = 2024-06-19\n+++\nText.\n".into()).unwrap();
        assert_eq!(doc.date, Some("2024-06-19".parse().unwrap()));
        let err = parse_document("b.md", "---\ndate: 2024-06-31\n---\nText.\n".into()).unwrap_err();
        assert!(err.to_string().starts_with("b.md:2:7:"), "{err}");
    }

    #[test]
    fn dateline_gives_a_date() {
        let doc =
            parse_document("a.txt", "Headline\nBy someone\nUpdated Dec 19, 2024, 8:50am EST\nBody.".into()).unwrap();
        assert_eq!((doc.date, doc.date_source), (Some("2024-12-19".parse().unwrap()), DateSource::Dateline));
    }
}
