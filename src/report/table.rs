//! `claimcheck claims`: the normalised claims, grouped by rule, side by side — the editorial
//! review view. Rows are sorted by rule, then as-of date, then document.

use serde_json::json;

use crate::check::{ClaimRef, one_line, value};
use crate::claims::Analysis;
use crate::error::LineIndex;
use crate::load::Document;
use crate::rules::RuleSet;
use crate::scan::Kind;

pub struct Row {
    pub rule: String,
    pub document: String,
    pub line: usize,
    pub outlet: String,
    pub as_of: String,
    pub text: String,
    pub value: String,
    pub hedge: String,
    pub source: String,
    pub modality: String,
    sort_key: (String, String, String, usize),
}

pub fn rows(rules: &RuleSet, selected: &[Vec<ClaimRef>], docs: &[Document], analyses: &[Analysis]) -> Vec<Row> {
    let lines: Vec<LineIndex> = docs.iter().map(|d| LineIndex::new(&d.text)).collect();
    let mut out = Vec::new();
    for (rule, refs) in rules.rules.iter().zip(selected) {
        for &(d, k) in refs {
            out.push(row(&rule.id, Some(rule), &analyses[d].claims[k], &docs[d], &lines[d]));
        }
    }
    out.sort_by(|a, b| a.sort_key.cmp(&b.sort_key));
    out
}

/// The claims no rule selects, grouped as "(no rule)": the debug view for rule writers asking
/// why a figure is not checked.
pub fn unselected_rows(selected: &[Vec<ClaimRef>], docs: &[Document], analyses: &[Analysis]) -> Vec<Row> {
    let taken: std::collections::HashSet<ClaimRef> = selected.iter().flatten().copied().collect();
    let mut out = Vec::new();
    for (d, a) in analyses.iter().enumerate() {
        let lines = LineIndex::new(&docs[d].text);
        for (k, c) in a.claims.iter().enumerate() {
            if !taken.contains(&(d, k)) {
                out.push(row("(no rule)", None, c, &docs[d], &lines));
            }
        }
    }
    out.sort_by(|a, b| (&a.document, a.line).cmp(&(&b.document, b.line)));
    out
}

fn row(
    label: &str,
    rule: Option<&crate::rules::Rule>,
    c: &crate::claims::Claim,
    doc: &Document,
    lines: &LineIndex,
) -> Row {
    let as_of = if c.expr.kind == Kind::Date || c.age.is_some() {
        "-".to_string()
    } else {
        c.as_of.map(|a| a.to_string()).unwrap_or_else(|| "?".into())
    };
    let mut v = nominal(rule, c);
    if let (Some(u), Kind::Quantity) = (c.expr.unit, c.expr.kind) {
        v = format!("{v} {u}");
    } else if let Some(sign) = c.expr.unit.and_then(|u| match u {
        // "140p", "50¢": the hundredths as the copy writes them ("penny 140" read as a currency).
        "penny" => Some('p'),
        "cent" => Some('¢'),
        _ => None,
    }) {
        v.push(sign);
    } else if let Some(u) = c.expr.unit.filter(|u| *u != "%") {
        v = format!("{u} {v}");
    } else if c.expr.unit == Some("%") {
        v.push('%');
    }
    // "24 years", not "24": a span's figure means nothing without its unit.
    if let (Some((n, u)), None) = (c.expr.duration, &c.age) {
        v = format!("{v} {}", if n == 1.0 { u.as_str() } else { u.plural() });
    }
    if !c.per.is_empty() {
        v = format!("{v} per {}", c.per.join(" per "));
    }
    // An age gives the start of what it is the age of; an open one ("aged 65 or over") has no
    // start to give, and shows the age itself.
    if c.age.is_some() {
        v = if v.is_empty() { age_as_written(c) } else { format!("start {v}") };
    }
    let line = lines.line(c.span.start);
    Row {
        rule: label.to_string(),
        document: doc.path.clone(),
        line,
        outlet: doc.outlet.clone().unwrap_or_default(),
        as_of: as_of.clone(),
        text: one_line(&doc.prose[c.span.clone()]),
        value: v,
        hedge: c.expr.hedge.as_str().to_string(),
        source: c.source.clone().unwrap_or_default(),
        modality: c.modality.as_str().to_string(),
        sort_key: (label.to_string(), as_of, doc.path.clone(), c.span.start),
    }
}

/// The value as an editor reads it: `≈10,000`, `≤ 12,000`, `2,000`, `summer 2024 (…)`.
/// "≥ 65 years": an age's interval with its unit.
fn age_as_written(c: &crate::claims::Claim) -> String {
    match c.expr.duration {
        Some((n, u)) => format!("{} {}", c.expr.interval, if n == 1.0 { u.as_str() } else { u.plural() }),
        None => c.expr.interval.to_string(),
    }
}

fn nominal(rule: Option<&crate::rules::Rule>, c: &crate::claims::Claim) -> String {
    use crate::scan::{Grain, Hedge};
    if c.age.is_some() {
        let tol = rule.map(|r| r.tolerance).unwrap_or(crate::scan::DEFAULT_TOLERANCE);
        return match rule {
            Some(r) => value(r, c).map(|v| v.to_string()).unwrap_or_default(),
            None => c.age_start(tol).map(|d| d.to_string()).unwrap_or_default(),
        };
    }
    if let Some(d) = c.expr.date {
        if let Some(open) = super::open_bound_text(c.expr.date_bound, d) {
            return open;
        }
        if d.grain == Grain::Season {
            let mid = d.start.saturating_add(jiff::ToSpan::days(45));
            let name = match mid.month() {
                3..=5 => "spring",
                6..=8 => "summer",
                9..=11 => "autumn",
                _ => "winter",
            };
            return format!("{name} {} ({d})", d.start.year());
        }
        return d.to_string();
    }
    let fmt = crate::scan::expr::fmt_num;
    match (c.expr.hedge, c.expr.value) {
        (Hedge::Exact, Some(v)) => fmt(v),
        (Hedge::Approximate, Some(v)) => format!("≈{}", fmt(v)),
        _ => c.expr.interval.to_string(),
    }
}

pub fn render_table(rows: &[Row]) -> String {
    let headers = ["document", "outlet", "as of", "claim", "value", "hedge", "source", "modality"];
    let mut out = String::new();
    let mut i = 0;
    while i < rows.len() {
        let rule = &rows[i].rule;
        let group: Vec<&Row> = rows[i..].iter().take_while(|r| &r.rule == rule).collect();
        i += group.len();
        let cells: Vec<[String; 8]> = group
            .iter()
            .map(|r| {
                [
                    format!("{}:{}", r.document, r.line),
                    r.outlet.clone(),
                    r.as_of.clone(),
                    format!("\"{}\"", truncate(&r.text, 60)),
                    r.value.clone(),
                    r.hedge.clone(),
                    truncate(&r.source, 30),
                    r.modality.clone(),
                ]
            })
            .collect();
        let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
        for row in &cells {
            for (w, c) in widths.iter_mut().zip(row) {
                *w = (*w).max(c.chars().count());
            }
        }
        out.push_str(&format!("{rule} ({} {})\n", group.len(), if group.len() == 1 { "claim" } else { "claims" }));
        let line = |vals: Vec<&str>| -> String {
            let mut s = String::from(" ");
            for (v, w) in vals.iter().zip(&widths) {
                s.push_str(&format!(" {v:<w$}", w = *w));
                s.push_str(" │");
            }
            s.trim_end_matches(" │").trim_end().to_string() + "\n"
        };
        out.push_str(&line(headers.to_vec()));
        out.push_str(&format!("  {}\n", widths.iter().map(|w| "─".repeat(*w + 1)).collect::<Vec<_>>().join("┼─")));
        for row in &cells {
            out.push_str(&line(row.iter().map(String::as_str).collect()));
        }
        out.push('\n');
    }
    if rows.is_empty() {
        out.push_str("no claims selected by any rule\n");
    }
    out
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n { s.to_string() } else { s.chars().take(n - 1).collect::<String>() + "…" }
}

pub fn render_json(rows: &[Row]) -> String {
    let v: Vec<_> = rows
        .iter()
        .map(|r| {
            json!({
                "rule": r.rule, "document": r.document, "line": r.line, "outlet": r.outlet, "as_of": r.as_of,
                "text": r.text, "value": r.value, "hedge": r.hedge, "source": r.source, "modality": r.modality,
            })
        })
        .collect();
    serde_json::to_string_pretty(&v).unwrap_or_default() + "\n"
}
