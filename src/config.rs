//! `claimcheck.toml`: document metadata, which rule packs to load, and defaults (DESIGN §6).
//! Found in the current directory or a parent, or given with `--config`.

use std::path::{Path, PathBuf};

use jiff::civil::Date;
use serde::Deserialize;

use crate::error::{Error, Result};
use crate::rules::Severity;
use crate::scan::SeasonModel;

pub const FILE_NAME: &str = "claimcheck.toml";

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    #[serde(default)]
    pub document: Vec<DocumentEntry>,
    /// Extra rule packs (files or folders), relative to the config file.
    #[serde(default)]
    pub rules: Vec<String>,
    /// Load the packs built into the binary (default true).
    #[serde(default)]
    pub builtin_rules: Option<bool>,
    /// Rule ids to switch off.
    #[serde(default)]
    pub disable: Vec<String>,
    #[serde(default)]
    pub defaults: Defaults,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentEntry {
    pub path: String,
    #[serde(default)]
    pub date: Option<DateValue>,
    #[serde(default)]
    pub outlet: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
}

/// A date written as a TOML date (`2024-12-19`) or a string (`"2024-12-19"`).
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum DateValue {
    Toml(toml::value::Datetime),
    Text(String),
}

impl DateValue {
    pub fn parse(&self, what: &str) -> Result<Date> {
        let text = match self {
            DateValue::Toml(d) => d.to_string(),
            DateValue::Text(s) => s.clone(),
        };
        parse_date(what, &text)
    }
}

/// Parses `YYYY-MM-DD`, with a readable error for days that do not exist.
pub fn parse_date(what: &str, text: &str) -> Result<Date> {
    let t = text.trim();
    let head = t.get(..10).unwrap_or(t);
    head.parse::<Date>().map_err(|e| Error::BadDate {
        what: what.to_string(),
        value: t.to_string(),
        reason: e.to_string().replace("failed to parse ", "").trim().to_string(),
    })
}

#[derive(Debug, Default, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Hemisphere {
    #[default]
    North,
    South,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Defaults {
    #[serde(default)]
    pub hemisphere: Option<Hemisphere>,
    /// "astronomical" (default) or "meteorological".
    #[serde(default)]
    pub seasons: Option<String>,
    /// Default tolerance for approximate figures, as a fraction (0.1 = ±10 %).
    #[serde(default)]
    pub tolerance: Option<f64>,
    #[serde(default)]
    pub fail_on: Option<Severity>,
}

/// A loaded config: the file's contents plus where it was found.
#[derive(Debug, Default)]
pub struct Config {
    pub file: ConfigFile,
    /// The folder the config file is in; document and rule paths are relative to it.
    pub dir: Option<PathBuf>,
    pub path: Option<PathBuf>,
    pub season_model: SeasonModel,
}

impl Config {
    /// `--config PATH` if given, else the nearest `claimcheck.toml` in `start` or its parents.
    pub fn discover(explicit: Option<&Path>, start: &Path) -> Result<Config> {
        let path = match explicit {
            Some(p) if !p.exists() => return Err(Error::NotFound(p.to_path_buf())),
            Some(p) => Some(p.to_path_buf()),
            None => start.ancestors().map(|d| d.join(FILE_NAME)).find(|p| p.is_file()),
        };
        let Some(path) = path else { return Ok(Config::default()) };
        let text = std::fs::read_to_string(&path).map_err(|source| Error::Io { path: path.clone(), source })?;
        let shown = path.display().to_string();
        let file: ConfigFile = toml::from_str(&text).map_err(|e| {
            let mut err = Error::toml(&shown, &text, &e);
            // Rules written straight into the config are the likeliest slip: say where they go.
            if let Error::Toml { message, .. } = &mut err {
                if message.starts_with("unknown field `rule`") || message.starts_with("unknown field `pack`") {
                    message.push_str(
                        "; rules live in a pack file (`[pack]` and `[[rule]]` tables) that the config names with `rules = [\"rules/story.toml\"]`",
                    );
                }
            }
            err
        })?;
        let season_model = match file.defaults.seasons.as_deref() {
            None | Some("astronomical") => SeasonModel::Astronomical,
            Some("meteorological") => SeasonModel::Meteorological,
            Some(other) => {
                let at = text.find(other).unwrap_or(0);
                return Err(Error::toml_at(
                    &shown,
                    &text,
                    at,
                    format!("seasons must be \"astronomical\" or \"meteorological\", not \"{other}\""),
                ));
            }
        };
        if let Some(t) = file.defaults.tolerance {
            if !(0.0..1.0).contains(&t) {
                let at = text.find("tolerance").unwrap_or(0);
                return Err(Error::toml_at(
                    &shown,
                    &text,
                    at,
                    "tolerance must be a fraction from 0 up to 1 (0.1 = ±10 %)",
                ));
            }
        }
        for entry in &file.document {
            if let Some(d) = &entry.date {
                d.parse(&format!("{shown}: date of {}", entry.path))?;
            }
        }
        let dir = path.parent().map(|p| if p.as_os_str().is_empty() { PathBuf::from(".") } else { p.to_path_buf() });
        Ok(Config { file, dir, path: Some(path), season_model })
    }

    /// The config entry for a document, matched on the canonical path.
    pub fn entry_for(&self, path: &Path) -> Option<&DocumentEntry> {
        let dir = self.dir.as_ref()?;
        let want = path.canonicalize().ok()?;
        self.file.document.iter().find(|e| dir.join(&e.path).canonicalize().ok().as_ref() == Some(&want))
    }
}
