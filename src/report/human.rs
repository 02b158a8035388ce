//! rustc-style diagnostics, rendered by annotate-snippets (what rustc itself uses): every claim
//! involved is labelled in its own file, then the notes give each claim's normalised value.

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use super::Finding;
use crate::error::line_of;
use crate::load::Document;
use crate::rules::Severity;

pub fn render_human(findings: &[Finding], docs: &[Document], color: bool) -> String {
    let renderer = if color { Renderer::styled() } else { Renderer::plain() };
    let mut out = String::new();
    for f in findings {
        let level = match f.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
            Severity::Note => Level::NOTE,
        };
        // One snippet per document, the primary label's document first.
        let mut order: Vec<usize> = Vec::new();
        for l in &f.labels {
            if !order.contains(&l.doc) {
                order.push(l.doc);
            }
        }
        let mut elements = Vec::new();
        for d in order {
            let doc = &docs[d];
            // Labels a few short lines apart share a snippet; otherwise each gets its own, so that
            // a long paragraph is trimmed around its own label.
            let mut groups: Vec<Vec<&super::Label>> = Vec::new();
            for l in f.labels.iter().filter(|l| l.doc == d) {
                let line = line_of(&doc.text, l.span.start);
                let long = line_len(&doc.text, l.span.start) > 120;
                match groups.last_mut() {
                    Some(g)
                        if !long
                            && g.iter().all(|o| {
                                let ol = line_of(&doc.text, o.span.start);
                                line.abs_diff(ol) <= 3 && line_len(&doc.text, o.span.start) <= 120
                            }) =>
                    {
                        g.push(l)
                    }
                    _ => groups.push(vec![l]),
                }
            }
            for g in groups {
                let snippet = Snippet::source(doc.text.as_str()).path(doc.path.as_str()).fold(true).annotations(
                    g.into_iter().map(|l| {
                        let kind = if l.primary { AnnotationKind::Primary } else { AnnotationKind::Context };
                        kind.span(l.span.clone()).label(l.message.as_str())
                    }),
                );
                elements.push(snippet);
            }
        }
        let mut group: Group = level.primary_title(f.message.as_str()).id(f.rule.as_str()).elements(elements);
        for n in &f.notes {
            group = group.element(Level::NOTE.message(n.as_str()));
        }
        if let Some(h) = &f.help {
            group = group.element(Level::HELP.message(h.as_str()));
        }
        out.push_str(&renderer.render(&[group]));
        out.push_str("\n\n");
    }
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    let (e, w, n) = (count(Severity::Error), count(Severity::Warning), count(Severity::Note));
    if findings.is_empty() {
        out.push_str(&format!("claimcheck: no contradictions in {} {}\n", docs.len(), plural(docs.len(), "document")));
    } else {
        out.push_str(&format!(
            "claimcheck: {e} {}, {w} {}, {n} {} in {} {}\n",
            plural(e, "error"),
            plural(w, "warning"),
            plural(n, "note"),
            docs.len(),
            plural(docs.len(), "document")
        ));
    }
    out
}

/// Length in characters of the line holding byte `offset`.
fn line_len(text: &str, offset: usize) -> usize {
    let start = text[..offset].rfind('\n').map(|n| n + 1).unwrap_or(0);
    let end = text[offset..].find('\n').map(|n| offset + n).unwrap_or(text.len());
    text[start..end].chars().count()
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 { word.to_string() } else { format!("{word}s") }
}
