//! Library errors. Each renders as one line a user can act on; the CLI maps them to exit code 2.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}: no such file or directory", .0.display())]
    NotFound(PathBuf),
    #[error("{}: cannot read: {source}", .path.display())]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{}: no articles to check (looked for *.md, *.markdown and *.txt)", .0.display())]
    NoArticles(PathBuf),
    #[error("{}: the file is empty", .0.display())]
    Empty(PathBuf),
    #[error("no articles to check: every input was skipped")]
    NothingLeft,
    /// A TOML file (config or rule pack) that does not parse or validate.
    #[error("{path}:{line}:{col}: {message}")]
    Toml { path: String, line: usize, col: usize, message: String },
    /// Front matter that does not parse.
    #[error("{path}:{line}:{col}: {message}")]
    FrontMatter { path: String, line: usize, col: usize, message: String },
    #[error("unknown rule `{0}` (`claimcheck rules` lists them)")]
    UnknownRule(String),
    #[error("{what}: `{value}` is not a valid date: {reason}")]
    BadDate { what: String, value: String, reason: String },
    #[error("{0}")]
    Usage(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..floor_char_boundary(text, offset)];
    let col = before.rsplit('\n').next().map(|l| l.chars().count()).unwrap_or(0) + 1;
    (line_of(text, offset), col)
}

/// The line (from 1) of byte `offset`: without the column, which on a line of a data dump
/// hundreds of kilobytes long costs more to count than the whole claim table.
pub fn line_of(text: &str, offset: usize) -> usize {
    text[..floor_char_boundary(text, offset.min(text.len()))].matches('\n').count() + 1
}

/// The lines of a text, for asking many offsets' lines: `line_of` counts from the start each
/// time, which for every claim of a tall table was quadratic.
pub struct LineIndex(Vec<usize>);

impl LineIndex {
    pub fn new(text: &str) -> Self {
        LineIndex(text.bytes().enumerate().filter(|(_, b)| *b == b'\n').map(|(i, _)| i).collect())
    }

    /// As `line_of`: the line (from 1) of byte `offset`.
    pub fn line(&self, offset: usize) -> usize {
        self.0.partition_point(|&nl| nl < offset) + 1
    }
}

pub fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// At most the first `n` bytes of `s`, cut at a character boundary: a window read near a
/// position, not to the end of a long run of text.
pub fn first_bytes(s: &str, n: usize) -> &str {
    &s[..floor_char_boundary(s, n)]
}

/// At most the last `n` bytes of `s`, cut at a character boundary.
pub fn last_bytes(s: &str, n: usize) -> &str {
    &s[ceil_char_boundary(s, s.len().saturating_sub(n))..]
}

/// The first character boundary at or after byte `i` (the text's length past its end).
pub fn ceil_char_boundary(text: &str, mut i: usize) -> usize {
    if i >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

impl Error {
    /// A TOML error positioned at the span serde reported, or at the start of the file.
    pub fn toml(path: &str, text: &str, err: &toml::de::Error) -> Self {
        let (line, col) = err.span().map(|s| line_col(text, s.start)).unwrap_or((1, 1));
        let message = err.message().trim().replace('\n', " ");
        Error::Toml { path: path.to_string(), line, col, message }
    }

    pub fn toml_at(path: &str, text: &str, offset: usize, message: impl Into<String>) -> Self {
        let (line, col) = line_col(text, offset);
        Error::Toml { path: path.to_string(), line, col, message: message.into() }
    }
}
