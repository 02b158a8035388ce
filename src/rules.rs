//! Stage 4: rule packs. A rule picks one of a closed set of claim kinds and semantics
//! (implemented in `check`), and the words that select its claims. Packs are TOML, validated on
//! load with errors at file:line:col; the packs in `rules/` are built into the binary.

use std::collections::HashSet;
use std::path::Path;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::claims::{Claim, Word};
use crate::error::{Error, Result};
use crate::scan::lexicon::{Measure, measure, measure_named};
use crate::scan::{Kind, singular};

/// The packs shipped in `rules/`, compiled in so the binary works from any folder.
pub const BUILTIN_PACKS: &[(&str, &str)] = &[
    ("rules/generic.toml", include_str!("../rules/generic.toml")),
    ("rules/north-korea-russia.toml", include_str!("../rules/north-korea-russia.toml")),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Note,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ClaimKind {
    Count,
    Money,
    Percent,
    Date,
    Age,
    Duration,
    /// A figure with a unit of measure, compared in the rule's `measure` unit.
    Quantity,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Semantics {
    /// One true value; any two claims must overlap, and match `reference` if given.
    Fixed,
    /// A running total that never decreases.
    Cumulative,
    /// A value at a time: claims within `window` of each other must overlap.
    Snapshot,
    /// Arithmetic between other rules, compared with claims of the result.
    Derived,
    /// Every figure must be written so it reads one way (no `10,0000`, no 31 June).
    WellFormed,
    /// Every relative date must have a reference date to resolve against.
    Resolvable,
}

impl Semantics {
    pub fn as_str(self) -> &'static str {
        match self {
            Semantics::Fixed => "fixed",
            Semantics::Cumulative => "cumulative",
            Semantics::Snapshot => "snapshot",
            Semantics::Derived => "derived",
            Semantics::WellFormed => "well-formed",
            Semantics::Resolvable => "resolvable",
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PackFile {
    pack: PackMeta,
    #[serde(default)]
    rule: Vec<RuleFile>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackMeta {
    pub name: String,
    pub summary: String,
    /// Words that say a document is on the pack's story ("north korea*", "pyongyang"); its
    /// rules read the documents checked together only when one of them names one. Empty:
    /// always (a pack of checks that hold for any story).
    #[serde(default)]
    pub mentions: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    id: Spanned<String>,
    summary: String,
    explanation: String,
    kind: ClaimKind,
    semantics: Semantics,
    #[serde(default)]
    severity: Option<Severity>,
    #[serde(default)]
    tolerance: Option<Spanned<f64>>,
    #[serde(default)]
    reference: Option<Spanned<toml::Value>>,
    #[serde(default)]
    window: Option<Spanned<String>>,
    #[serde(default)]
    help: Option<String>,
    #[serde(default, rename = "match")]
    selector: SelectorFile,
    #[serde(default)]
    derive: Option<Spanned<DeriveFile>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct SelectorFile {
    #[serde(default)]
    units: Vec<String>,
    #[serde(default)]
    not_units: Vec<String>,
    #[serde(default)]
    subject: Vec<String>,
    #[serde(default)]
    not_subject: Vec<String>,
    /// Who the figure is attributed to ("according to the unions", "police said"): one of these.
    #[serde(default)]
    source: Vec<String>,
    #[serde(default)]
    not_source: Vec<String>,
    #[serde(default)]
    context: Vec<String>,
    #[serde(default)]
    exclude: Vec<String>,
    /// Like `context`, but only in the figure's own part of the sentence (between the figures
    /// before and after it): "10,000 in Russia, 8,000 of them in Kursk".
    #[serde(default)]
    near: Vec<String>,
    /// Like `exclude`, in the figure's own part of the sentence.
    #[serde(default)]
    not_near: Vec<String>,
    #[serde(default)]
    per: Vec<String>,
    #[serde(default)]
    currency: Option<String>,
    /// Quantity rules: the unit claims are compared in ("m", "km", "ha", "°C"); claims in other
    /// units of the same dimension are converted.
    #[serde(default)]
    measure: Option<Spanned<String>>,
    /// Keep figures told as a change or an addition ("pensions will rise by 4.2%", "another 400
    /// soldiers"): for a rule on the change itself. Left out otherwise.
    #[serde(default)]
    changes: bool,
}

/// `derived` rules: arithmetic between the claims of other rules in one document, compared with
/// a claim of the result.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeriveFile {
    /// Two rule ids whose claims are the operands, in order.
    pub inputs: Vec<String>,
    pub operation: Operation,
    /// Rule id whose claims are the result; if absent, the derived rule's own `[rule.match]`
    /// selects them.
    #[serde(default)]
    pub result: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Operation {
    /// `inputs[0] / inputs[1]`: "12,000 troops at 1,000 lost a day last 12 days".
    Divide,
    /// `inputs[0] × inputs[1]`: "$2,000 per soldier a month for 11,000 soldiers is $22 million".
    Multiply,
    /// `inputs[0] + inputs[1]` may not exceed the result: killed + wounded ≤ casualties.
    Sum,
}

impl Operation {
    pub fn symbol(self) -> &'static str {
        match self {
            Operation::Divide => "÷",
            Operation::Multiply => "×",
            Operation::Sum => "+",
        }
    }
}

/// Does the phrase `alt` start at word `i` and end by `end`?
fn alt_at(alt: &[PatWord], words: &[Word], i: usize, end: usize) -> bool {
    i + alt.len() <= end
        && alt.iter().enumerate().all(|(j, p)| {
            let w = &words[i + j].text;
            match p {
                PatWord::Exact(e) => singular_is(w, e) || w == e,
                PatWord::Prefix(pre) => w.starts_with(pre.as_str()),
            }
        })
}

/// What one rule has read of one sentence, kept while its figures are read in turn: whether
/// its `context` and `exclude` words allow it, and where parties are named in it.
#[derive(Debug, Default)]
pub struct SentenceCache {
    words: std::ops::Range<usize>,
    allowed: bool,
    /// Word index, and the shortest subject and excluded-party phrase starting there
    /// (`usize::MAX` for none), in order; only words where one starts.
    parties: Option<Vec<(usize, usize, usize)>>,
}

/// Is `singular(w) == e`, for a word already in lower case, without building the singular?
fn singular_is(w: &str, e: &str) -> bool {
    if let Some(stem) = w.strip_suffix("ies") {
        e.len() == stem.len() + 1 && e.starts_with(stem) && e.ends_with('y')
    } else if w.ends_with("ss") {
        w == e
    } else if let Some(stem) = w.strip_suffix('s') {
        stem == e
    } else {
        w == e
    }
}

/// One word of a selector phrase: exact (compared in singular form) or a `prefix*`.
#[derive(Debug, Clone, PartialEq)]
enum PatWord {
    Exact(String),
    Prefix(String),
}

/// A selector entry: alternatives separated by `|`, each a phrase of words.
#[derive(Debug, Clone, Default)]
pub struct Pattern {
    alternatives: Vec<Vec<PatWord>>,
    source: String,
}

impl Pattern {
    fn parse(s: &str) -> Pattern {
        let alternatives = s
            .split('|')
            .map(|alt| {
                alt.split_whitespace()
                    .map(|w| {
                        let w = w.to_lowercase().replace('’', "'");
                        match w.strip_suffix('*') {
                            Some(p) => PatWord::Prefix(p.to_string()),
                            None => PatWord::Exact(singular(&w)),
                        }
                    })
                    .collect::<Vec<_>>()
            })
            .filter(|a| !a.is_empty())
            .collect();
        Pattern { alternatives, source: s.to_string() }
    }

    /// Does some alternative start in `range`? (Stops at the first: a table is one sentence of
    /// thousands of words, read once for each of its figures.)
    fn occurs(&self, words: &[Word], range: std::ops::Range<usize>) -> bool {
        range.clone().any(|i| self.starts_at(words, i, range.end))
    }

    /// The length of the shortest alternative that starts at word `i` and ends by `end`.
    fn shortest_at(&self, words: &[Word], i: usize, end: usize) -> Option<usize> {
        self.alternatives.iter().filter(|alt| alt_at(alt, words, i, end)).map(|alt| alt.len()).min()
    }

    fn starts_at(&self, words: &[Word], i: usize, end: usize) -> bool {
        self.alternatives.iter().any(|alt| alt_at(alt, words, i, end))
    }

    pub fn text(&self) -> &str {
        &self.source
    }

    /// Does some alternative occur in `text`, a phrase such as a claim's source ("Seoul's spy
    /// agency")?
    fn in_phrase(&self, text: &str) -> bool {
        let words: Vec<String> = text
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .filter(|w| !w.is_empty())
            .map(|w| w.to_lowercase().replace('’', "'"))
            .collect();
        let matches = |p: &PatWord, w: &str| match p {
            PatWord::Exact(e) => singular_is(w, e) || w == e || w.strip_suffix("'s").is_some_and(|b| b == e),
            PatWord::Prefix(pre) => w.starts_with(pre.as_str()),
        };
        self.alternatives.iter().any(|alt| {
            (0..words.len())
                .any(|i| i + alt.len() <= words.len() && alt.iter().enumerate().all(|(j, p)| matches(p, &words[i + j])))
        })
    }
}

#[derive(Debug, Clone, Default)]
pub struct Selector {
    pub units: Vec<Pattern>,
    pub not_units: Vec<Pattern>,
    pub subject: Vec<Pattern>,
    pub not_subject: Vec<Pattern>,
    pub source: Vec<Pattern>,
    pub not_source: Vec<Pattern>,
    pub context: Vec<Pattern>,
    pub exclude: Vec<Pattern>,
    pub near: Vec<Pattern>,
    pub not_near: Vec<Pattern>,
    pub per: Vec<String>,
    pub currency: Option<String>,
    pub measure: Option<&'static Measure>,
    pub changes: bool,
}

#[derive(Debug, Clone)]
pub enum Reference {
    Number(f64),
    Date(Date),
}

#[derive(Debug, Clone)]
pub struct Rule {
    pub id: String,
    pub pack: String,
    pub summary: String,
    pub explanation: String,
    pub kind: ClaimKind,
    pub semantics: Semantics,
    pub severity: Severity,
    pub tolerance: f64,
    pub reference: Option<Reference>,
    /// Snapshot window in days.
    pub window_days: Option<i64>,
    pub help: Option<String>,
    pub selector: Selector,
    pub derive: Option<DeriveFile>,
    /// Where the rule is defined, for messages: `rules/x.toml:12`.
    pub origin: String,
    /// The pack's `mentions`: documents checked together, none of which names one, are not on
    /// the rule's story.
    pub mentions: Vec<Pattern>,
}

#[derive(Debug, Clone, Default)]
pub struct RuleSet {
    pub packs: Vec<PackMeta>,
    pub rules: Vec<Rule>,
}

fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

/// "14 days", "2 weeks", "1 month", "1 year"; also written short, "30d", "2w", "6m", "1y".
fn parse_window(s: &str) -> Option<i64> {
    let s = s.trim();
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let n: i64 = s[..digits].parse().ok()?;
    let unit = s[digits..].trim_start();
    if unit.contains(char::is_whitespace) {
        return None;
    }
    let days = match unit.trim_end_matches('s') {
        "day" | "d" => 1,
        "week" | "w" => 7,
        "month" | "m" => 30,
        "year" | "y" => 365,
        _ => return None,
    };
    // (A window of more than a century is no snapshot, and day arithmetic stays in range.)
    n.checked_mul(days).filter(|d| *d <= 36_525)
}

impl RuleSet {
    /// Parses and validates one pack, adding its rules.
    pub fn add_pack(&mut self, path: &str, text: &str, default_tolerance: f64) -> Result<()> {
        let file: PackFile = toml::from_str(text).map_err(|e| Error::toml(path, text, &e))?;
        let mut seen: HashSet<String> = self.rules.iter().map(|r| r.id.clone()).collect();
        let at = |offset: usize, msg: String| Error::toml_at(path, text, offset, msg);
        for r in file.rule {
            let id = r.id.get_ref().clone();
            let id_at = r.id.span().start;
            if !is_kebab(&id) {
                return Err(at(id_at, format!("rule id `{id}` must be kebab-case (lower-case words joined by `-`)")));
            }
            if !seen.insert(id.clone()) {
                return Err(at(id_at, format!("rule id `{id}` is defined twice")));
            }
            let tolerance = match &r.tolerance {
                Some(t) if !(0.0..1.0).contains(t.get_ref()) => {
                    return Err(at(t.span().start, "tolerance must be a fraction from 0 up to 1 (0.1 = ±10 %)".into()));
                }
                Some(t) => *t.get_ref(),
                None => default_tolerance,
            };
            let reference = match &r.reference {
                None => None,
                Some(v) => {
                    let off = v.span().start;
                    Some(match (r.kind, v.get_ref()) {
                        (ClaimKind::Date | ClaimKind::Age, toml::Value::Datetime(d)) => Reference::Date(
                            d.to_string()
                                .parse()
                                .map_err(|e| at(off, format!("reference is not a valid date: {e}")))?,
                        ),
                        (ClaimKind::Date | ClaimKind::Age, toml::Value::String(s)) => Reference::Date(
                            s.parse().map_err(|e| at(off, format!("reference is not a valid date: {e}")))?,
                        ),
                        (ClaimKind::Date | ClaimKind::Age, _) => {
                            return Err(at(off, "reference of a date rule must be a date such as 2024-06-19".into()));
                        }
                        (_, toml::Value::Integer(n)) => Reference::Number(*n as f64),
                        (_, toml::Value::Float(f)) => Reference::Number(*f),
                        _ => return Err(at(off, "reference of a numeric rule must be a number".into())),
                    })
                }
            };
            let window_days = match &r.window {
                None if r.semantics == Semantics::Snapshot => {
                    return Err(at(id_at, format!("snapshot rule `{id}` needs a `window` such as \"14 days\"")));
                }
                None => None,
                Some(w) => Some(parse_window(w.get_ref()).ok_or_else(|| {
                    at(
                        w.span().start,
                        format!(
                            "window `{}` is not a duration such as \"14 days\", \"2 weeks\" or \"30d\"",
                            w.get_ref()
                        ),
                    )
                })?),
            };
            let derive = match (&r.derive, r.semantics) {
                (None, Semantics::Derived) => {
                    return Err(at(id_at, format!("derived rule `{id}` needs a [rule.derive] table")));
                }
                (Some(d), s) if s != Semantics::Derived => {
                    return Err(at(
                        d.span().start,
                        "[rule.derive] belongs only to rules with semantics = \"derived\"".into(),
                    ));
                }
                (Some(d), _) => {
                    if d.get_ref().inputs.len() != 2 {
                        return Err(at(d.span().start, "[rule.derive] inputs must name exactly two rules".into()));
                    }
                    Some(d.get_ref().clone())
                }
                (None, _) => None,
            };
            if !r.selector.per.is_empty()
                && !matches!(r.kind, ClaimKind::Count | ClaimKind::Money | ClaimKind::Quantity)
            {
                return Err(at(id_at, format!("rule `{id}`: `per` applies only to count, money and quantity rules")));
            }
            let measure = match (&r.selector.measure, r.kind) {
                (None, ClaimKind::Quantity) => {
                    return Err(at(
                        id_at,
                        format!(
                            "quantity rule `{id}` needs `measure` in its `[rule.match]`, the unit to compare in (\"m\", \"ha\", \"°C\")"
                        ),
                    ));
                }
                (Some(m), ClaimKind::Quantity) => Some(measure_named(m.get_ref()).ok_or_else(|| {
                    let known: Vec<&str> = crate::scan::lexicon::MEASURES.iter().map(|m| m.symbol).collect();
                    at(m.span().start, format!("unknown measure `{}`; one of {}", m.get_ref(), known.join(", ")))
                })?),
                (Some(m), _) => return Err(at(m.span().start, "`measure` applies only to quantity rules".into())),
                (None, _) => None,
            };
            let pats = |v: &[String]| v.iter().map(|s| Pattern::parse(s)).collect::<Vec<_>>();
            let s = &r.selector;
            let (line, _) = crate::error::line_col(text, id_at);
            self.rules.push(Rule {
                mentions: pats(&file.pack.mentions),
                id,
                pack: file.pack.name.clone(),
                summary: r.summary.trim().to_string(),
                explanation: r.explanation.trim().to_string(),
                kind: r.kind,
                semantics: r.semantics,
                severity: r.severity.unwrap_or(Severity::Error),
                tolerance,
                reference,
                window_days,
                help: r.help.map(|h| h.trim().to_string()),
                selector: Selector {
                    units: pats(&s.units),
                    not_units: pats(&s.not_units),
                    subject: pats(&s.subject),
                    not_subject: pats(&s.not_subject),
                    source: pats(&s.source),
                    not_source: pats(&s.not_source),
                    context: pats(&s.context),
                    exclude: pats(&s.exclude),
                    near: pats(&s.near),
                    not_near: pats(&s.not_near),
                    per: s.per.iter().map(|x| x.split('|').map(singular).collect::<Vec<_>>().join("|")).collect(),
                    currency: s.currency.clone(),
                    measure,
                    changes: s.changes,
                },
                derive,
                origin: format!("{path}:{line}"),
            });
        }
        // Derived rules must name rules that exist (in this pack or one loaded before).
        for r in &self.rules {
            if let Some(d) = &r.derive {
                for dep in d.inputs.iter().chain(d.result.iter()) {
                    if !self.rules.iter().any(|x| &x.id == dep) {
                        let off = text.find(dep.as_str()).unwrap_or(0);
                        return Err(at(off, format!("derived rule `{}` names unknown rule `{dep}`", r.id)));
                    }
                }
            }
        }
        self.packs.push(file.pack);
        Ok(())
    }

    pub fn with_builtin(default_tolerance: f64) -> Result<RuleSet> {
        let mut set = RuleSet::default();
        for (path, text) in BUILTIN_PACKS {
            set.add_pack(path, text, default_tolerance)?;
        }
        Ok(set)
    }

    /// Adds a pack file, or every `*.toml` in a folder (sorted).
    pub fn add_path(&mut self, path: &Path, default_tolerance: f64) -> Result<()> {
        if !path.exists() {
            return Err(Error::NotFound(path.to_path_buf()));
        }
        let mut files = Vec::new();
        if path.is_dir() {
            let rd = std::fs::read_dir(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
            for e in rd.flatten() {
                let p = e.path();
                if p.extension().is_some_and(|x| x == "toml")
                    && p.file_name().is_some_and(|n| n != crate::config::FILE_NAME)
                {
                    files.push(p);
                }
            }
            files.sort();
        } else {
            files.push(path.to_path_buf());
        }
        for f in files {
            let text = std::fs::read_to_string(&f).map_err(|source| Error::Io { path: f.clone(), source })?;
            self.add_pack(&f.display().to_string(), &text, default_tolerance)?;
        }
        Ok(())
    }

    pub fn get(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }

    pub fn disable(&mut self, ids: &[String]) -> Result<()> {
        for id in ids {
            if self.get(id).is_none() {
                return Err(Error::UnknownRule(id.clone()));
            }
        }
        self.rules.retain(|r| !ids.contains(&r.id));
        Ok(())
    }
}

impl Rule {
    /// Does this rule select `claim`? `words` is the claim's document's word index.
    /// Is a document with these words on the rule's story (its pack's `mentions`)? ("The two
    /// countries signed a trade agreement on Thursday" is no claim of the date of a treaty
    /// another story's pack knows.)
    pub fn reads_document(&self, words: &[Word]) -> bool {
        self.mentions.is_empty() || self.mentions.iter().any(|p| p.occurs(words, 0..words.len()))
    }

    /// Do the two rules name the same story (the same pack's `mentions`)?
    pub fn same_story(&self, other: &Rule) -> bool {
        self.pack == other.pack
            && self.mentions.len() == other.mentions.len()
            && self.mentions.iter().zip(&other.mentions).all(|(a, b)| a.source == b.source)
    }

    pub fn selects(&self, claim: &Claim, words: &[Word]) -> bool {
        self.selects_in(claim, words, &mut None)
    }

    /// As `selects`, keeping the verdict of the sentence-wide `context` and `exclude` words for
    /// the sentence last asked about: a table is one sentence of thousands of words, and its
    /// figures were reading it once each. Pass a fresh cache for each rule and document.
    pub fn selects_in(&self, claim: &Claim, words: &[Word], sentence_cache: &mut Option<SentenceCache>) -> bool {
        let e = &claim.expr;
        // Checks on how things are written look at the expression alone.
        match self.semantics {
            Semantics::WellFormed => {
                let kind = if self.kind == ClaimKind::Date { Kind::Date } else { Kind::Number };
                return e.malformed.is_some() && (e.kind == kind || (kind == Kind::Number && e.kind != Kind::Date));
            }
            Semantics::Resolvable => return e.unresolved,
            _ => {}
        }
        // A figure for a stretch of the story ("200 in the past week alone") is no running total.
        if self.semantics == Semantics::Cumulative && claim.period_figure {
            return false;
        }
        // "another 400 soldiers", "added €5 million", "including €5 million from Brussels": an
        // addition or a part is not the total (nor the level, nor the one true value) a rule on
        // the figure compares.
        if claim.not_the_total && self.kind != ClaimKind::Date && !self.selector.changes {
            return false;
        }
        if claim.other_event {
            return false;
        }
        // A derived rule that names its result rule selects nothing of its own.
        if self.derive.as_ref().is_some_and(|d| d.result.is_some()) {
            return false;
        }
        let kind_ok = match self.kind {
            ClaimKind::Count => e.kind == Kind::Number && !claim.ratio_base && !claim.gap && claim.age.is_none(),
            ClaimKind::Money => e.kind == Kind::Money,
            // ("roughly a quarter of container imports" against "about 40%": a fraction in
            // words, or a ratio, is a share too; a decimal in digits is left alone.)
            ClaimKind::Percent => {
                e.kind == Kind::Percent
                    || e.kind == Kind::Number
                        && e.precision == 0.0
                        && !e.label
                        && e.value.is_some_and(|v| v > 0.0 && v < 1.0)
            }
            ClaimKind::Date => e.kind == Kind::Date && e.date.is_some(),
            ClaimKind::Age => claim.age.is_some() && claim.reference.is_some(),
            ClaimKind::Duration => e.kind == Kind::Duration && claim.age.is_none(),
            ClaimKind::Quantity => {
                e.kind == Kind::Quantity
                    && self
                        .selector
                        .measure
                        .zip(e.unit.and_then(measure))
                        .is_some_and(|(a, b)| a.dimension == b.dimension)
            }
        };
        if !kind_ok {
            return false;
        }
        if e.malformed.is_some() && e.kind != Kind::Date {
            return false;
        }
        if let Some(cur) = &self.selector.currency {
            if e.unit != Some(cur.as_str()) && !hundredth_of(e.unit, cur) {
                return false;
            }
        }
        let s = &self.selector;
        if matches!(self.kind, ClaimKind::Count | ClaimKind::Money | ClaimKind::Quantity) {
            // Each rule entry may list alternatives: "soldier|person|troop".
            let mut per: Vec<String> = claim.per.iter().map(|p| singular(p)).collect();
            per.dedup();
            if per.len() != s.per.len() {
                return false;
            }
            let mut free = per.clone();
            for want in &s.per {
                let Some(k) = free.iter().position(|p| want.split('|').any(|alt| alt == p)) else { return false };
                free.remove(k);
            }
        }
        // "the police estimate was 42,000" and "150,000, according to the unions": a rule may
        // keep to one source's count.
        let source = claim.source.as_deref().unwrap_or("");
        if !s.source.is_empty() && !s.source.iter().any(|p| p.in_phrase(source)) {
            return false;
        }
        if s.not_source.iter().any(|p| p.in_phrase(source)) {
            return false;
        }
        let noun = claim.noun_words.clone();
        if !s.units.is_empty() && !s.units.iter().any(|p| p.occurs(words, noun.clone())) {
            return false;
        }
        if s.not_units.iter().any(|p| p.occurs(words, noun.clone())) {
            return false;
        }
        let sent = claim.sentence_words.clone();
        if sentence_cache.as_ref().is_none_or(|c| c.words != sent) {
            let allowed = s.context.iter().all(|p| p.occurs(words, sent.clone()))
                && !s.exclude.iter().any(|p| p.occurs(words, sent.clone()));
            *sentence_cache = Some(SentenceCache { words: sent.clone(), allowed, parties: None });
        }
        let Some(cache) = sentence_cache.as_mut() else { return false };
        if !cache.allowed {
            return false;
        }
        let seg = claim.scope_words.clone();
        if !s.near.iter().all(|p| p.occurs(words, seg.clone())) {
            return false;
        }
        if s.not_near.iter().any(|p| p.occurs(words, seg.clone())) {
            return false;
        }
        // ("The coalition won 148 of the 310 seats": the 310 are parliament's, not the coalition's.)
        if !s.subject.is_empty() && (claim.whole || !self.subject_matches(claim, words, cache)) {
            return false;
        }
        true
    }

    /// The subject is whichever named party stands nearest the figure: inside its noun phrase
    /// first ("30 North Korean troops"), then before it in the sentence, then after it, then in
    /// the sentence before. "North Korea has suffered 100 casualties fighting alongside Russian
    /// troops" is about North Korea although Russia is named too.
    fn subject_matches(&self, claim: &Claim, words: &[Word], cache: &mut SentenceCache) -> bool {
        let s = &self.selector;
        let first_in = words.partition_point(|w| w.span.start < claim.anchor.start);
        let after_anchor = words.partition_point(|w| w.span.start < claim.anchor.end);
        let noun = claim.noun_words.clone();
        let sent = claim.sentence_words.clone();
        // "the contingent in Russia": after a preposition of place the word names where, not who.
        let place = |i: usize| {
            i > 0
                && matches!(
                    words[i - 1].text.as_str(),
                    "in" | "to"
                        | "into"
                        | "inside"
                        | "across"
                        | "from"
                        | "near"
                        | "within"
                        | "throughout"
                        | "toward"
                        | "towards"
                )
        };
        // Where parties are named: the shortest subject and excluded-party phrase at word `i`
        // that end by `end`.
        let parties_at = |i: usize, end: usize| -> (usize, usize) {
            let shortest = |ps: &[Pattern]| ps.iter().filter_map(|p| p.shortest_at(words, i, end)).min();
            let other = if place(i) { None } else { shortest(&s.not_subject) };
            (shortest(&s.subject).unwrap_or(usize::MAX), other.unwrap_or(usize::MAX))
        };
        // The party named nearest in `range`: from its end when `from_end`, else from its start.
        // At one word, a party excluded wins from the end and a subject from the start.
        let nearest = |range: std::ops::Range<usize>,
                       from_end: bool,
                       parties: Option<&[(usize, usize, usize)]>|
         -> Option<bool> {
            let decide = |subject: bool, other: bool| match (subject, other) {
                (_, true) if from_end => Some(false),
                (true, _) => Some(true),
                (false, true) => Some(false),
                _ => None,
            };
            let end = range.end;
            match parties {
                // Within the sentence, from the parties read once for it.
                Some(p) => {
                    let lo = p.partition_point(|h| h.0 < range.start);
                    let hi = p.partition_point(|h| h.0 < range.end);
                    let fits = |h: &(usize, usize, usize)| decide(h.1 <= end - h.0, h.2 <= end - h.0);
                    if from_end { p[lo..hi].iter().rev().find_map(fits) } else { p[lo..hi].iter().find_map(fits) }
                }
                None => {
                    let at = |i: usize| {
                        let (subject, other) = parties_at(i, end);
                        decide(subject != usize::MAX, other != usize::MAX)
                    };
                    if from_end { range.clone().rev().find_map(at) } else { range.clone().find_map(at) }
                }
            }
        };
        // "his casualties", "their troops": a possessive pronoun points at the party named in the
        // sentence before, past anything named in between ("… took more of the enemy's land,
        // while his losses rose above 400,000").
        let owner = [noun.start, first_in]
            .into_iter()
            .filter(|&i| i > 0)
            .any(|i| matches!(words[i - 1].text.as_str(), "his" | "her" | "its" | "their"));
        let here = if owner { 0..0 } else { sent.start..first_in.max(sent.start) };
        // (Only in the figure's own sentence: a table cell's noun is its column's header, rows
        // above it, and reading every row between them for each cell was quadratic.)
        let after = if owner { 0..0 } else { noun.end.max(after_anchor).max(sent.start).min(sent.end)..sent.end };
        // (The parties of the figure's own sentence are read once, for all its figures.)
        let parties = cache.parties.get_or_insert_with(|| {
            sent.clone()
                .map(|i| {
                    let (subject, other) = parties_at(i, sent.end);
                    (i, subject, other)
                })
                .filter(|h| h.1 != usize::MAX || h.2 != usize::MAX)
                .collect()
        });
        let tiers: [(std::ops::Range<usize>, bool, bool); 4] = [
            (noun.clone(), false, false),
            (here, true, true),
            (after, false, true),
            (claim.prev_sentence_words.clone(), true, false),
        ];
        for (range, from_end, in_sentence) in tiers {
            if range.is_empty() {
                continue;
            }
            // (A noun carried over from the sentence before may start the range there.)
            let within = in_sentence && range.start >= sent.start && range.end <= sent.end;
            if let Some(is_subject) = nearest(range, from_end, within.then_some(parties.as_slice())) {
                return is_subject;
            }
        }
        false
    }
}

/// Is `unit` the hundredth of the currency `code` ("99p" of a rule in GBP, "50 cents" of one in
/// dollars or euros)? Such a claim is compared in the rule's currency, a hundredth apiece.
pub fn hundredth_of(unit: Option<&str>, code: &str) -> bool {
    match unit {
        Some("penny") => code == "GBP",
        Some("cent") => matches!(code, "USD" | "EUR" | "AUD" | "CAD" | "NZD" | "HKD" | "SGD"),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_are_written_long_or_short() {
        // `window = "30d"` was refused as no duration.
        for (w, days) in [("14 days", 14), ("2 weeks", 14), ("1 month", 30), ("30d", 30), ("2w", 14), ("1y", 365)] {
            assert_eq!(parse_window(w), Some(days), "{w}");
        }
        for bad in ["days", "3 fortnights", "2 weeks 3 days", "-1 day", "999 years"] {
            assert_eq!(parse_window(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_measure_may_be_named_as_the_copy_writes_it() {
        // `measure = "C"` was refused: the copy writes "41.2C".
        for (name, symbol) in
            [("C", "°C"), ("celsius", "°C"), ("°F", "°F"), ("acres", "acre"), ("metres", "m"), ("km", "km")]
        {
            assert_eq!(measure_named(name).map(|m| m.symbol), Some(symbol), "{name}");
        }
        for bad in ["", "degrees", "troops", "Cs"] {
            assert!(measure_named(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn a_source_pattern_matches_the_words_of_a_source() {
        let p = Pattern::parse("union*|police");
        assert!(p.in_phrase("the organising unions") && p.in_phrase("Police") && p.in_phrase("police's press office"));
        assert!(!p.in_phrase("the interior ministry") && !p.in_phrase(""));
        assert!(Pattern::parse("spy agency").in_phrase("Seoul's spy agency"));
    }

    #[test]
    fn builtin_packs_validate() {
        let set = RuleSet::with_builtin(0.1).unwrap();
        assert!(set.get("treaty-signing-date").is_some());
        assert!(set.rules.iter().all(|r| is_kebab(&r.id)));
    }

    #[test]
    fn unknown_key_points_at_line_and_column() {
        let text = "[pack]\nname = \"x\"\nsummary = \"y\"\n\n[[rule]]\nid = \"a\"\nsumary = \"typo\"\n";
        let err = RuleSet::default().add_pack("x.toml", text, 0.1).unwrap_err().to_string();
        assert!(err.starts_with("x.toml:7:1: unknown field `sumary`"), "{err}");
    }

    #[test]
    fn bad_ids_and_windows_are_rejected() {
        let base =
            "[pack]\nname = \"x\"\nsummary = \"y\"\n[[rule]]\nsummary = \"s\"\nexplanation = \"e\"\nkind = \"count\"\n";
        let err = RuleSet::default()
            .add_pack("x.toml", &format!("{base}id = \"Bad_Id\"\nsemantics = \"fixed\"\n"), 0.1)
            .unwrap_err();
        assert!(err.to_string().contains("kebab-case"), "{err}");
        let err = RuleSet::default()
            .add_pack("x.toml", &format!("{base}id = \"a\"\nsemantics = \"snapshot\"\n"), 0.1)
            .unwrap_err();
        assert!(err.to_string().contains("needs a `window`"), "{err}");
    }
}
