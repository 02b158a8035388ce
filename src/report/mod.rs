//! Stage 6: the finding model and its renderers. A [`Finding`] is plain data (rule, severity,
//! message, labelled spans in any document, notes, help); each renderer turns a list of them into
//! one output format and knows nothing about how they were found.

pub mod expressions;
mod human;
mod machine;
pub mod table;

pub use human::render_human;
pub use machine::{render_concise, render_github, render_json, render_jsonl, render_rdjson, render_sarif};

use std::ops::Range;

use crate::error::line_col;
use crate::load::Document;
use crate::rules::Severity;

#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub doc: usize,
    pub span: Range<usize>,
    pub message: String,
    pub primary: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub rule: String,
    pub severity: Severity,
    pub message: String,
    /// The primary label first.
    pub labels: Vec<Label>,
    pub notes: Vec<String>,
    pub help: Option<String>,
    pub fingerprint: String,
}

impl Finding {
    pub fn primary(&self) -> &Label {
        &self.labels[0]
    }

    /// A stable id from the rule and the claims involved (path and text), not their positions,
    /// so that editing elsewhere in a file does not change it.
    pub fn compute_fingerprint(&mut self, docs: &[Document]) {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        let mut feed = |s: &str| {
            for b in s.bytes().chain([0xff]) {
                h ^= b as u64;
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
        };
        feed(&self.rule);
        for l in &self.labels {
            let d = &docs[l.doc];
            feed(&d.path);
            feed(&d.text[l.span.clone()]);
        }
        self.fingerprint = format!("{h:016x}");
    }
}

/// Where a label points, for the machine formats.
#[derive(Debug, Clone)]
pub struct Position {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub text: String,
}

/// An open bound's closed end ("before 2020" → "..=2019-12-31", "after 2016" →
/// "2017-01-01.."): the span is stored with a century on its open side, which means nothing
/// shown. `None` for a date that is no open bound.
pub fn open_bound_text(bound: Option<&str>, d: crate::scan::DateSpan) -> Option<String> {
    match bound {
        Some("before") => Some(format!("..={}", d.end)),
        Some("after" | "from") => Some(format!("{}..", d.start)),
        _ => None,
    }
}

pub fn position(docs: &[Document], l: &Label) -> Position {
    let d = &docs[l.doc];
    let (line, column) = line_col(&d.text, l.span.start);
    let (end_line, end_column) = line_col(&d.text, l.span.end);
    Position { path: d.path.clone(), line, column, end_line, end_column, text: d.text[l.span.clone()].to_string() }
}

/// Deterministic order: by primary file, then position, then rule.
pub fn sort_findings(findings: &mut [Finding], docs: &[Document]) {
    findings.sort_by(|a, b| {
        let (pa, pb) = (a.primary(), b.primary());
        docs[pa.doc]
            .path
            .cmp(&docs[pb.doc].path)
            .then(pa.span.start.cmp(&pb.span.start))
            .then(a.rule.cmp(&b.rule))
            .then(a.fingerprint.cmp(&b.fingerprint))
    });
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Human,
    Concise,
    Json,
    Jsonl,
    Sarif,
    Github,
    Rdjson,
}

pub fn render(format: Format, findings: &[Finding], docs: &[Document], color: bool) -> String {
    match format {
        Format::Human => render_human(findings, docs, color),
        Format::Concise => render_concise(findings, docs),
        Format::Json => render_json(findings, docs),
        Format::Jsonl => render_jsonl(findings, docs),
        Format::Sarif => render_sarif(findings, docs),
        Format::Github => render_github(findings, docs),
        Format::Rdjson => render_rdjson(findings, docs),
    }
}
