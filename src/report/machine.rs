//! Formats for machines: JSON, JSON Lines, SARIF 2.1.0, GitHub workflow commands, reviewdog's
//! rdjson, and one line per finding.

use serde_json::{Value, json};

use super::{Finding, Label, position};
use crate::load::Document;
use crate::rules::Severity;

fn label_json(docs: &[Document], l: &Label) -> Value {
    let p = position(docs, l);
    json!({
        "path": p.path,
        "start": l.span.start,
        "end": l.span.end,
        "line": p.line,
        "column": p.column,
        "end_line": p.end_line,
        "end_column": p.end_column,
        "text": p.text,
        "message": l.message,
        "primary": l.primary,
    })
}

fn finding_json(docs: &[Document], f: &Finding) -> Value {
    json!({
        "rule": f.rule,
        "severity": f.severity.as_str(),
        "message": f.message,
        "labels": f.labels.iter().map(|l| label_json(docs, l)).collect::<Vec<_>>(),
        "notes": f.notes,
        "help": f.help,
        "fingerprint": f.fingerprint,
    })
}

pub fn render_json(findings: &[Finding], docs: &[Document]) -> String {
    let v: Vec<Value> = findings.iter().map(|f| finding_json(docs, f)).collect();
    serde_json::to_string_pretty(&v).unwrap_or_default() + "\n"
}

pub fn render_jsonl(findings: &[Finding], docs: &[Document]) -> String {
    findings.iter().map(|f| finding_json(docs, f).to_string() + "\n").collect()
}

pub fn render_concise(findings: &[Finding], docs: &[Document]) -> String {
    findings
        .iter()
        .map(|f| {
            let p = position(docs, f.primary());
            // The other claims' places, so that a draft contradicting two reports that give the
            // same figure reads as two findings, not one printed twice.
            let mut others: Vec<String> = Vec::new();
            for l in f.labels.iter().filter(|l| !l.primary) {
                let o = position(docs, l);
                let at = format!("{}:{}:{}", o.path, o.line, o.column);
                if !others.contains(&at) {
                    others.push(at);
                }
            }
            let see = if others.is_empty() { String::new() } else { format!(" (see {})", others.join(", ")) };
            format!("{}:{}:{}: {}[{}] {}{see}\n", p.path, p.line, p.column, f.severity.as_str(), f.rule, f.message)
        })
        .collect()
}

fn gh_escape_data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

fn gh_escape_prop(s: &str) -> String {
    gh_escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// GitHub Actions workflow commands: one annotation per label, so every file involved shows it.
pub fn render_github(findings: &[Finding], docs: &[Document]) -> String {
    let mut out = String::new();
    for f in findings {
        let cmd = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "notice",
        };
        for l in &f.labels {
            let p = position(docs, l);
            let msg = if l.primary { f.message.clone() } else { format!("{} (related: {})", f.message, l.message) };
            out.push_str(&format!(
                "::{cmd} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
                gh_escape_prop(&p.path),
                p.line,
                p.column,
                p.end_line,
                p.end_column,
                gh_escape_prop(&format!("claimcheck {}", f.rule)),
                gh_escape_data(&msg)
            ));
        }
    }
    out
}

fn sarif_location(docs: &[Document], l: &Label) -> Value {
    let p = position(docs, l);
    json!({
        "physicalLocation": {
            "artifactLocation": { "uri": p.path },
            "region": {
                "startLine": p.line,
                "startColumn": p.column,
                "endLine": p.end_line,
                "endColumn": p.end_column,
                "byteOffset": l.span.start,
                "byteLength": l.span.len(),
                "snippet": { "text": p.text },
            }
        },
        "message": { "text": l.message },
    })
}

pub fn render_sarif(findings: &[Finding], docs: &[Document]) -> String {
    let mut rule_ids: Vec<&str> = findings.iter().map(|f| f.rule.as_str()).collect();
    rule_ids.sort();
    rule_ids.dedup();
    let results: Vec<Value> = findings
        .iter()
        .map(|f| {
            let related: Vec<Value> = f.labels[1..]
                .iter()
                .enumerate()
                .map(|(i, l)| {
                    let mut v = sarif_location(docs, l);
                    v["id"] = json!(i + 1);
                    v
                })
                .collect();
            let mut text = f.message.clone();
            for n in &f.notes {
                text.push_str("\nnote: ");
                text.push_str(n);
            }
            json!({
                "ruleId": f.rule,
                "ruleIndex": rule_ids.iter().position(|r| *r == f.rule).unwrap_or(0),
                "level": f.severity.as_str(),
                "message": { "text": text },
                "locations": [sarif_location(docs, f.primary())],
                "relatedLocations": related,
                "partialFingerprints": { "claimcheck/v1": f.fingerprint },
            })
        })
        .collect();
    let v = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "claimcheck",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rule_ids.iter().map(|r| json!({ "id": r, "help": { "text": format!("run `claimcheck explain {r}` for what the rule checks and why") } })).collect::<Vec<_>>(),
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    });
    serde_json::to_string_pretty(&v).unwrap_or_default() + "\n"
}

/// reviewdog's Diagnostic Format (rdjson).
pub fn render_rdjson(findings: &[Finding], docs: &[Document]) -> String {
    let loc = |l: &Label| {
        let p = position(docs, l);
        json!({ "path": p.path, "range": { "start": { "line": p.line, "column": p.column }, "end": { "line": p.end_line, "column": p.end_column } } })
    };
    let diags: Vec<Value> = findings
        .iter()
        .map(|f| {
            json!({
                "message": f.message,
                "location": loc(f.primary()),
                "severity": match f.severity { Severity::Error => "ERROR", Severity::Warning => "WARNING", Severity::Note => "INFO" },
                "code": { "value": f.rule },
                "related_locations": f.labels[1..].iter().map(|l| json!({ "message": l.message, "location": loc(l) })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let v = json!({ "source": { "name": "claimcheck" }, "diagnostics": diags });
    serde_json::to_string_pretty(&v).unwrap_or_default() + "\n"
}
