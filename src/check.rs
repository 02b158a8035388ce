//! Stage 5: compare the claims each rule selects, by the rule's semantics (DESIGN §5).
//!
//! Precision first: projections are compared only with projections, requests and negations
//! never, and a vague quantity ("thousands of") never takes part in an error.

use std::fmt::Write as _;

use crate::claims::{Analysis, Claim, Modality};
use crate::load::Document;
use crate::report::{Finding, Label};
use crate::rules::{ClaimKind, Operation, Reference, Rule, RuleSet, Semantics, Severity};
use crate::scan::{DateSpan, Grain, Hedge, Interval, Kind};

/// A claim selected by a rule: (document, claim index in that document's analysis).
pub type ClaimRef = (usize, usize);

/// The claims each rule selects, in document and position order.
pub fn select(rules: &RuleSet, analyses: &[Analysis]) -> Vec<Vec<ClaimRef>> {
    // A story's pack reads the documents checked together when one of them is on its story: a
    // draft is checked against the coverage it goes with, and may name the parties only as
    // "Putin and Kim". (Asked once per pack: its rules share the words.)
    let mut on_story: Vec<(&crate::rules::Rule, bool)> = Vec::new();
    rules
        .rules
        .iter()
        .map(|rule| {
            let mut v = Vec::new();
            let read = match on_story.iter().find(|(other, _)| other.same_story(rule)) {
                Some(&(_, read)) => read,
                None => {
                    let read = analyses.iter().any(|a| rule.reads_document(&a.words));
                    on_story.push((rule, read));
                    read
                }
            };
            if !read {
                return v;
            }
            for (d, a) in analyses.iter().enumerate() {
                let mut sentence = None;
                let chosen: Vec<bool> = a.claims.iter().map(|c| rule.selects_in(c, &a.words, &mut sentence)).collect();
                // "Aid totals €20 million, including €5 million from Brussels", "2,000 of the
                // 6,500 people who fled": a part of a whole the rule counts is not another count
                // of it ("…, including 3.8 million who fled abroad" still counts for a rule on
                // those abroad, and a rule on the coalition's seats keeps "148 of the 310 seats").
                for (k, c) in a.claims.iter().enumerate() {
                    if chosen[k] && !c.part_of.is_some_and(|w| chosen[w]) {
                        v.push((d, k));
                    }
                }
            }
            v
        })
        .collect()
}

/// The value a claim stands for under a rule.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value {
    Num(Interval),
    Date(DateSpan),
}

impl Value {
    fn disjoint(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Num(a), Value::Num(b)) => a.disjoint(b),
            (Value::Date(a), Value::Date(b)) => !a.overlaps(b),
            _ => false,
        }
    }
}

impl std::fmt::Display for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Num(i) => write!(f, "{i}"),
            Value::Date(d) => write!(f, "{d}"),
        }
    }
}

/// A figure a percent rule selected that is no percent: a fraction ("roughly a quarter"),
/// read as its percentage.
fn fraction_as_percent(rule: &Rule, c: &Claim) -> bool {
    rule.kind == ClaimKind::Percent && c.expr.kind == Kind::Number
}

pub fn value(rule: &Rule, c: &Claim) -> Option<Value> {
    if c.age.is_some() {
        return c.age_start(rule.tolerance).map(Value::Date);
    }
    match c.expr.kind {
        Kind::Date => c.expr.date.map(|d| {
            // "their first title since 1984": a date since a time names that time, not the span
            // from it to now ("since 1985" overlaps that span, but names another year).
            let d = if c.expr.date_bound == Some("since") { named_since(d) } else { d };
            Value::Date(loose_season(d))
        }),
        // "1,250 feet" under a rule in metres: 381 m.
        Kind::Quantity => {
            let from = c.expr.unit.and_then(crate::scan::lexicon::measure)?;
            let to = rule.selector.measure.unwrap_or(from);
            Some(Value::Num(c.expr.interval_at(rule.tolerance).map(|v| to.from_base(from.to_base(v)))))
        }
        // "two days" and "48 hours" are one length: durations compare in days.
        Kind::Duration => {
            let per_day = c.expr.duration.map_or(1.0, |(_, unit)| unit.days());
            Some(Value::Num(c.expr.interval_at(rule.tolerance).map(|x| x * per_day)))
        }
        // "99p" under a rule in GBP: £0.99.
        Kind::Money if hundredths_currency(rule, c).is_some() => {
            Some(Value::Num(c.expr.interval_at(rule.tolerance).map(|v| v / 100.0)))
        }
        // A fraction under a percent rule is compared as its percentage.
        Kind::Number if fraction_as_percent(rule, c) => {
            Some(Value::Num(c.expr.interval_at(rule.tolerance).map(|v| v * 100.0)))
        }
        _ => Some(Value::Num(c.expr.interval_at(rule.tolerance))),
    }
}

/// The rule's currency, where the claim is written in its hundredths ("99p" under GBP).
fn hundredths_currency<'r>(rule: &'r Rule, c: &Claim) -> Option<&'r str> {
    rule.selector.currency.as_deref().filter(|cur| crate::rules::hundredth_of(c.expr.unit, cur))
}

/// The time a "since" span starts from, at the grain it was named in.
fn named_since(d: DateSpan) -> DateSpan {
    let s = d.start;
    let end = match d.grain {
        Grain::Day => s,
        Grain::Month => s.last_of_month(),
        Grain::Year => s.last_of_year(),
        _ => return d,
    };
    DateSpan { start: s, end: end.min(d.end), grain: d.grain }
}

fn round_significant(x: f64, digits: i32) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let scale = 10f64.powi(digits - 1 - x.abs().log10().floor() as i32);
    (x * scale).round() / scale
}

/// Seasons are fuzzy at their edges: writers use both the astronomical and the meteorological
/// summer, so a season is compared as the whole months it touches.
fn loose_season(d: DateSpan) -> DateSpan {
    if d.grain == Grain::Season {
        DateSpan { start: d.start.first_of_month(), end: d.end.last_of_month(), grain: d.grain }
    } else {
        d
    }
}

fn comparable(a: &Claim, b: &Claim) -> bool {
    a.modality == b.modality && a.expr.hedge != Hedge::Vague && b.expr.hedge != Hedge::Vague
}

fn counts(c: &Claim) -> bool {
    matches!(c.modality, Modality::Asserted | Modality::Projected)
}

/// Runs every rule and returns the findings, unsorted.
pub fn check(rules: &RuleSet, docs: &[Document], analyses: &[Analysis]) -> Vec<Finding> {
    let selected = select(rules, analyses);
    let mut out = Vec::new();
    for (rule, refs) in rules.rules.iter().zip(&selected) {
        let cx = Ctx { rule, docs, analyses };
        let refs: Vec<ClaimRef> = refs.iter().copied().filter(|r| counts(cx.claim(*r))).collect();
        match rule.semantics {
            Semantics::Fixed => cx.fixed(&refs, &mut out),
            Semantics::Cumulative => cx.cumulative(&refs, &mut out),
            Semantics::Snapshot => cx.snapshot(&refs, &mut out),
            Semantics::WellFormed => cx.well_formed(&refs, &mut out),
            Semantics::Resolvable => cx.resolvable(&refs, &mut out),
            Semantics::Derived => cx.derived(rules, &selected, &refs, &mut out),
        }
    }
    for f in &mut out {
        f.compute_fingerprint(docs);
    }
    out
}

struct Ctx<'a> {
    rule: &'a Rule,
    docs: &'a [Document],
    analyses: &'a [Analysis],
}

const MAX_SECONDARY: usize = 4;

/// How the note on claims beyond MAX_SECONDARY reads: (one, several).
const DISAGREE: (&str, &str) = ("claim that disagrees the same way", "claims that disagree the same way");
const AGREE_WITH_REFERENCE: (&str, &str) =
    ("claim that agrees with the reference", "claims that agree with the reference");

impl<'a> Ctx<'a> {
    fn claim(&self, r: ClaimRef) -> &'a Claim {
        &self.analyses[r.0].claims[r.1]
    }

    /// Is one of the two the level a change in the other's sentence started from ("seven had
    /// died, up from four earlier in the day", "rose from four to seven")? Told as before the
    /// other, it is no rival figure for the same date, however coarse the dates.
    fn level_changed_from(&self, a: ClaimRef, b: ClaimRef) -> bool {
        let (ca, cb) = (self.claim(a), self.claim(b));
        if a.0 != b.0 || ca.sentence != cb.sentence {
            return false;
        }
        let prose = &self.docs[a.0].prose;
        let from_level = |c: &Claim| {
            let before = &prose[c.sentence.start.min(c.expr.span.start)..c.expr.span.start];
            let t = before.trim_end();
            let t = t.strip_suffix("the").map_or(t, str::trim_end);
            let n = t.len().saturating_sub(4);
            t.get(n..).is_some_and(|w| w.eq_ignore_ascii_case("from"))
                && (n == 0 || !t.as_bytes()[n - 1].is_ascii_alphanumeric())
                && crate::scan::date::after_a_change(&t[..n])
        };
        from_level(ca) || from_level(cb)
    }

    fn text(&self, r: ClaimRef) -> &'a str {
        let c = self.claim(r);
        &self.docs[r.0].prose[c.span.clone()]
    }

    /// The claims that have an as-of date, oldest first (ties by document, then position).
    fn by_time(&self, refs: &[ClaimRef]) -> Vec<ClaimRef> {
        let mut sorted: Vec<ClaimRef> = refs.iter().copied().filter(|r| self.claim(*r).as_of.is_some()).collect();
        sorted.sort_by_key(|r| {
            let c = self.claim(*r);
            (c.as_of.map(|a| (a.start, a.end)), self.docs[r.0].path.clone(), c.span.start)
        });
        sorted
    }

    fn value(&self, r: ClaimRef) -> Option<Value> {
        value(self.rule, self.claim(r))
    }

    /// Do two claims' values disagree? Two figures each written exactly to their last digit
    /// whose rounding ranges only touch do ("67" is 66.5..=67.5 and "68" is 67.5..=68.5: one
    /// point in common, and no count is both; so are "3.8 million" and "3.9 million"). Round
    /// figures ("10,000" against "11,000") are loose by nature, and figures with hedges that
    /// touch may both hold ("at least 100", "up to 100").
    fn differ(&self, a: ClaimRef, va: &Value, b: ClaimRef, vb: &Value) -> bool {
        if self.revised_away(a, b) || self.revised_away(b, a) {
            return false;
        }
        // "expected to complete by the end of 2026" is a deadline: any time up to its end keeps
        // it, so "in the first half of 2026" agrees and only a time wholly after it does not. Two
        // deadlines are compared as named ("by mid-2026" and "by the end of 2026" differ).
        if let (Value::Date(x), Value::Date(y)) = (va, vb) {
            match (self.deadline(a), self.deadline(b)) {
                (true, false) => return y.start > x.end,
                (false, true) => return x.start > y.end,
                _ => {}
            }
        }
        if va.disjoint(vb) {
            return true;
        }
        let exact = |r: ClaimRef| {
            let e = &self.claim(r).expr;
            let last_digit = e.value.filter(|_| e.precision > 0.0).map(|v| (v / (2.0 * e.precision)).round() % 10.0);
            e.hedge == Hedge::Exact && last_digit.is_some_and(|d| d != 0.0)
        };
        match (va, vb) {
            (Value::Num(x), Value::Num(y)) if exact(a) && exact(b) => {
                // (`lo` ends where `hi` starts, and neither is that one point.)
                let wide = |i: &Interval| match (i.lower, i.upper) {
                    (Some(l), Some(u)) => l < u,
                    _ => true,
                };
                let touch =
                    |lo: &Interval, hi: &Interval| lo.upper.is_some() && lo.upper == hi.lower && wide(lo) && wide(hi);
                touch(x, y) || touch(y, x)
            }
            _ => false,
        }
    }

    /// "Growth in the second quarter was revised down to 0.5%": a revision replaces what a report
    /// published before it gave, which is then no contradiction (a later one that repeats the
    /// old figure is).
    fn revised_away(&self, revision: ClaimRef, other: ClaimRef) -> bool {
        self.claim(revision).revision
            && matches!((self.docs[other.0].date, self.docs[revision.0].date), (Some(o), Some(r)) if o < r)
    }

    /// "\"0.5%\" revises the figure given before 2025-08-29 (2025-08-29-gazette.md)": why an
    /// older report's figure was let be and this one is not.
    fn revision_notes(&self, r: ClaimRef, others: &[ClaimRef]) -> Vec<String> {
        others
            .iter()
            .filter(|o| self.claim(**o).revision && !self.claim(r).revision)
            .map(|o| {
                let d = &self.docs[o.0];
                let when = d.date.map(|x| format!(" before {x}")).unwrap_or_default();
                format!(
                    "\"{}\" revises the figure given{when} ({}): quote the revision",
                    one_line(self.text(*o)),
                    d.path
                )
            })
            .collect()
    }

    /// A deadline keeps any reference date up to its end.
    fn misses_reference(&self, r: ClaimRef, v: &Value, reference: &Value) -> bool {
        match (v, reference) {
            (Value::Date(d), Value::Date(x)) if self.deadline(r) => x.start > d.end,
            _ => v.disjoint(reference),
        }
    }

    fn deadline(&self, r: ClaimRef) -> bool {
        let e = &self.claim(r).expr;
        e.kind == Kind::Date && e.date_bound == Some("by")
    }

    /// The value with what it counts: `USD 2,000 per soldier per month`, `0.85..=1.15 months`.
    fn describe(&self, r: ClaimRef) -> String {
        let c = self.claim(r);
        let value = self.value(r);
        let mut v = match value {
            Some(Value::Date(d)) if self.deadline(r) => format!("no later than {}", d.end),
            Some(v) => v.to_string(),
            None => String::new(),
        };
        if let (Kind::Quantity, Some(Value::Num(iv)), Some(unit)) = (c.expr.kind, value, c.expr.unit) {
            // In the rule's unit; a converted figure is rounded to what the conversion can
            // honestly give and names the unit it was written in.
            let to = self.rule.selector.measure.map_or(unit, |m| m.symbol);
            v = if to == unit {
                format!("{iv} {unit}")
            } else {
                format!("{} {to} (written in {unit})", iv.map(|x| round_significant(x, 4)))
            };
        } else if c.age.is_none() {
            if let Some((_, unit)) = c.expr.duration {
                // As written, and in days where another unit was written ("47.5..=48.5 hours
                // (1.979..=2.021 days)").
                let written = c.expr.interval_at(self.rule.tolerance);
                v = match value {
                    Some(Value::Num(days)) if unit != crate::scan::DurationUnit::Day => {
                        format!("{written} {}s ({} days)", unit.as_str(), days.map(|x| round_significant(x, 4)))
                    }
                    _ => format!("{v} {}s", unit.as_str()),
                };
            }
            match c.expr.unit {
                Some("%") => v.push('%'),
                // ("99p" under a rule in GBP: "GBP 0.985..=0.995 (written in pence)".)
                Some(code @ ("penny" | "cent")) if hundredths_currency(self.rule, c).is_some() => {
                    let cur = hundredths_currency(self.rule, c).unwrap_or(code);
                    let written = if code == "penny" { "pence" } else { "cents" };
                    v = format!("{cur} {v} (written in {written})");
                }
                Some(code) => v = format!("{code} {v}"),
                // (A fraction read by a percent rule: "roughly a quarter" is 22.5..=27.5%.)
                None if fraction_as_percent(self.rule, c) => v.push('%'),
                None => {}
            }
        }
        if !c.per.is_empty() {
            v = format!("{v} per {}", c.per.join(" per "));
        }
        v
    }

    /// `"around 10,000 troops" = 9,000..=11,000, as of 2024-10-28 (002.txt, New Statesman; source: the Pentagon)`
    fn note(&self, r: ClaimRef) -> String {
        let c = self.claim(r);
        let d = &self.docs[r.0];
        let mut s = format!("\"{}\" = {}", one_line(self.text(r)), self.describe(r));
        if c.age.is_some() {
            s.push_str(" (start date implied by the age");
            if let Some(date) = c.reference {
                let _ = write!(s, " on {date}");
            }
            s.push(')');
        } else if c.expr.kind != Kind::Date {
            if let Some(a) = c.as_of {
                let _ = write!(s, ", as of {a}");
                if !c.as_of_explicit {
                    s.push_str(" (publication date)");
                }
            }
        } else if c.expr.date.is_some_and(|x| x.grain == Grain::Season) {
            s.push_str(" (a season, read as the whole months it touches)");
        }
        let _ = write!(s, " — {}", d.path);
        let mut extra = Vec::new();
        if let Some(o) = &d.outlet {
            extra.push(o.clone());
        }
        if let Some(src) = &c.source {
            extra.push(format!("source: {src}"));
        }
        if c.modality != Modality::Asserted {
            extra.push(c.modality.as_str().to_string());
        }
        if !extra.is_empty() {
            let _ = write!(s, " ({})", extra.join("; "));
        }
        s
    }

    fn label(&self, r: ClaimRef, primary: bool) -> Label {
        let c = self.claim(r);
        let v = self.describe(r);
        let message = if c.expr.kind == Kind::Date || c.age.is_some() {
            if c.age.is_some() { format!("implies a start in {v}") } else { v }
        } else {
            match c.as_of {
                Some(a) => format!("{v}, as of {a}"),
                None => v,
            }
        };
        Label { doc: r.0, span: c.span.clone(), message, primary }
    }

    fn finding(
        &self,
        message: String,
        primary: ClaimRef,
        others: &[ClaimRef],
        extra_notes: Vec<String>,
        severity: Option<Severity>,
    ) -> Finding {
        self.finding_with(message, primary, others, extra_notes, severity, DISAGREE)
    }

    fn finding_with(
        &self,
        message: String,
        primary: ClaimRef,
        others: &[ClaimRef],
        extra_notes: Vec<String>,
        severity: Option<Severity>,
        more: (&str, &str),
    ) -> Finding {
        let mut labels = vec![self.label(primary, true)];
        let mut notes = vec![self.note(primary)];
        for &o in others.iter().take(MAX_SECONDARY) {
            labels.push(self.label(o, false));
            notes.push(self.note(o));
        }
        if others.len() > MAX_SECONDARY {
            let n = others.len() - MAX_SECONDARY;
            let more = if n == 1 { more.0 } else { more.1 };
            notes.push(format!("and {n} more {more}"));
        }
        notes.extend(extra_notes);
        // Different attributed sources: say so, so the editor attributes rather than merges.
        let sources: Vec<&str> = std::iter::once(primary)
            .chain(others.iter().copied())
            .filter_map(|r| self.claim(r).source.as_deref())
            .collect();
        let mut distinct: Vec<&str> = Vec::new();
        for src in sources {
            if !distinct.iter().any(|d| same_source(d, src)) {
                distinct.push(src);
            }
        }
        distinct.sort();
        if distinct.len() > 1 && severity.is_none_or(|s| s != Severity::Warning) {
            notes.push(format!(
                "the figures come from different sources ({}): attribute each rather than merge them",
                distinct.join("; ")
            ));
        }
        Finding {
            rule: self.rule.id.clone(),
            severity: severity.unwrap_or(self.rule.severity),
            message,
            labels,
            notes,
            help: self.rule.help.clone(),
            fingerprint: String::new(),
        }
    }

    fn fixed(&self, refs: &[ClaimRef], out: &mut Vec<Finding>) {
        if let Some(reference) = &self.rule.reference {
            let rv = match reference {
                Reference::Number(n) => Value::Num(Interval::exact(*n)),
                Reference::Date(d) => Value::Date(DateSpan { start: *d, end: *d, grain: Grain::Day }),
            };
            let agreeing: Vec<ClaimRef> = refs
                .iter()
                .copied()
                .filter(|&r| {
                    self.value(r).is_some_and(|v| !self.misses_reference(r, &v, &rv))
                        && self.claim(r).modality == Modality::Asserted
                })
                .collect();
            for &r in refs {
                let c = self.claim(r);
                let Some(v) = self.value(r) else { continue };
                if c.modality != Modality::Asserted
                    || c.expr.hedge == Hedge::Vague
                    || !self.misses_reference(r, &v, &rv)
                {
                    continue;
                }
                // Other documents' agreeing claims first: they are what the editor compares against.
                let mut others: Vec<ClaimRef> = agreeing.iter().copied().filter(|o| o.0 != r.0).collect();
                others.extend(agreeing.iter().copied().filter(|o| o.0 == r.0));
                let msg = format!(
                    "{}: \"{}\" gives {}, which does not contain the reference {rv}",
                    self.rule.summary,
                    one_line(self.text(r)),
                    self.describe(r)
                );
                let note = format!("reference for `{}`: {rv} (from the rule pack, {})", self.rule.id, self.rule.origin);
                out.push(self.finding_with(msg, r, &others, vec![note], None, AGREE_WITH_REFERENCE));
            }
            return;
        }
        // No reference: report the claim that disagrees with the most others, then the next.
        let mut pairs: Vec<(ClaimRef, ClaimRef)> = Vec::new();
        for (i, &a) in refs.iter().enumerate() {
            for &b in &refs[i + 1..] {
                let (ca, cb) = (self.claim(a), self.claim(b));
                if !comparable(ca, cb) {
                    continue;
                }
                if let (Some(va), Some(vb)) = (self.value(a), self.value(b)) {
                    if self.differ(a, &va, b, &vb) {
                        pairs.push((a, b));
                    }
                }
            }
        }
        while !pairs.is_empty() {
            let mut tally: Vec<(ClaimRef, usize)> = Vec::new();
            for (a, b) in &pairs {
                for x in [a, b] {
                    match tally.iter_mut().find(|(r, _)| r == x) {
                        Some((_, n)) => *n += 1,
                        None => tally.push((*x, 1)),
                    }
                }
            }
            // Most conflicts first; ties go to the later-published document, then the later position.
            let (worst, _) = *tally
                .iter()
                .max_by(|(ra, na), (rb, nb)| {
                    na.cmp(nb).then(self.docs[ra.0].date.cmp(&self.docs[rb.0].date)).then(ra.cmp(rb))
                })
                .expect("non-empty");
            let others: Vec<ClaimRef> = pairs
                .iter()
                .filter_map(|(a, b)| {
                    if *a == worst {
                        Some(*b)
                    } else if *b == worst {
                        Some(*a)
                    } else {
                        None
                    }
                })
                .collect();
            // With what they count and in the rule's unit: "4,654..=5,059 ha (written in acre)".
            let v = self.describe(worst);
            let ov = others.first().map(|o| self.describe(*o)).unwrap_or_default();
            let msg = format!(
                "{}: \"{}\" gives {v}, but {} {ov}",
                self.rule.summary,
                one_line(self.text(worst)),
                if others.len() == 1 {
                    format!("\"{}\" gives", one_line(self.text(others[0])))
                } else {
                    format!("{} other claims give", others.len())
                }
            );
            let notes = self.revision_notes(worst, &others);
            out.push(self.finding(msg, worst, &others, notes, None));
            pairs.retain(|(a, b)| *a != worst && *b != worst);
        }
        self.hedge_drift(refs, i64::MAX / 4, out);
    }

    fn cumulative(&self, refs: &[ClaimRef], out: &mut Vec<Finding>) {
        let sorted = self.by_time(refs);
        for (j, &later) in sorted.iter().enumerate() {
            let cl = self.claim(later);
            let Some(Value::Num(vl)) = self.value(later) else { continue };
            let tl = cl.as_of.expect("filtered");
            let mut went_down = Vec::new();
            for &earlier in &sorted {
                let ce = self.claim(earlier);
                if earlier == later || !comparable(ce, cl) {
                    continue;
                }
                let te = ce.as_of.expect("filtered");
                let Some(Value::Num(ve)) = self.value(earlier) else { continue };
                if te.end < tl.start {
                    // Later may not be lower than the earlier lower bound.
                    let floor = Interval {
                        lower: ve.lower,
                        upper: None,
                        lower_inclusive: ve.lower_inclusive,
                        upper_inclusive: false,
                    };
                    if ve.lower.is_some_and(|x| x > 0.0)
                        && self.differ(later, &Value::Num(vl), earlier, &Value::Num(floor))
                    {
                        went_down.push(earlier);
                    }
                }
            }
            if !went_down.is_empty() {
                went_down.sort_by(|a, b| {
                    let la =
                        self.value(*a).and_then(|v| if let Value::Num(i) = v { i.lower } else { None }).unwrap_or(0.0);
                    let lb =
                        self.value(*b).and_then(|v| if let Value::Num(i) = v { i.lower } else { None }).unwrap_or(0.0);
                    lb.total_cmp(&la).then(a.cmp(b))
                });
                let top = went_down[0];
                let te = self.claim(top).as_of.expect("filtered");
                let msg = format!(
                    "{} went down: \"{}\" ({vl}, as of {tl}) is lower than \"{}\" ({}, as of {te})",
                    self.rule.summary,
                    one_line(self.text(later)),
                    one_line(self.text(top)),
                    self.value(top).map(|v| v.to_string()).unwrap_or_default()
                );
                let note = "a running total never decreases: a later figure must be at least the earlier lower bound"
                    .to_string();
                out.push(self.finding(msg, later, &went_down, vec![note], None));
            }
            // Same time: the intervals must overlap. Each pair once (earlier index first). Only
            // one time, though: "22 deaths, up from 14 earlier in the week" told on Saturday has
            // the 14 on some day of the week, which may be before the 22 of Saturday (and a
            // figure of a span that lies wholly after another is caught above).
            for &other in &sorted[..j] {
                let co = self.claim(other);
                if !comparable(co, cl) {
                    continue;
                }
                let Some(Value::Num(vo)) = self.value(other) else { continue };
                if co.as_of == Some(tl)
                    && !self.level_changed_from(later, other)
                    && self.differ(other, &Value::Num(vo), later, &Value::Num(vl))
                {
                    out.push(self.same_time(later, other, "the same date"));
                }
            }
        }
        // A figure re-hedged within a week is the same statement told twice.
        self.hedge_drift(refs, 7, out);
    }

    /// Two claims for the same time that cannot both hold. When each names a different source,
    /// the copy may be right to report both: a warning that asks for attribution, not an error.
    fn same_time(&self, a: ClaimRef, b: ClaimRef, when: &str) -> Finding {
        let (ca, cb) = (self.claim(a), self.claim(b));
        let with_source = |r: ClaimRef, c: &Claim| match &c.source {
            Some(src) => format!("\"{}\" ({}, according to {src})", one_line(self.text(r)), self.describe(r)),
            None => format!("\"{}\" ({})", one_line(self.text(r)), self.describe(r)),
        };
        let sources_differ = matches!((&ca.source, &cb.source), (Some(x), Some(y)) if !same_source(x, y));
        // Two forecasts, or two named sources: the copy may rightly report both, so say whose
        // each figure is (a warning); otherwise the figures contradict each other.
        let attributed = if ca.modality == Modality::Projected && cb.modality == Modality::Projected {
            Some(("forecasts differ on", "both are projections, not facts: say whose forecast each is"))
        } else if sources_differ {
            Some((
                "sources disagree on",
                "both figures are attributed: keep the attribution on each rather than merging them, or say which the desk believes",
            ))
        } else {
            None
        };
        if let Some((lead, note)) = attributed {
            let msg =
                format!("{lead} {}: {} and {} for {when}", self.rule.summary, with_source(a, ca), with_source(b, cb));
            self.finding(msg, a, &[b], vec![note.to_string()], Some(Severity::Warning))
        } else {
            let plain = |r: ClaimRef| format!("\"{}\" ({})", one_line(self.text(r)), self.describe(r));
            let msg = format!("{}: {} and {} disagree for {when}", self.rule.summary, plain(a), plain(b));
            self.finding(msg, a, &[b], self.revision_notes(a, &[b]), None)
        }
    }

    /// The same figure given with different hedges ("at least 300" here, "around 300" there)
    /// for the same time: not a contradiction, but the copy should say one thing.
    fn hedge_drift(&self, refs: &[ClaimRef], window: i64, out: &mut Vec<Finding>) {
        for (i, &a) in refs.iter().enumerate() {
            for &b in &refs[i + 1..] {
                let (ca, cb) = (self.claim(a), self.claim(b));
                if ca.modality != cb.modality || ca.expr.kind != cb.expr.kind {
                    continue;
                }
                let (Some(x), Some(y)) = (ca.expr.value, cb.expr.value) else { continue };
                let class = |h: Hedge| match h {
                    Hedge::Exact | Hedge::Approximate => 0,
                    Hedge::AtLeast | Hedge::MoreThan => 1,
                    Hedge::AtMost | Hedge::LessThan | Hedge::Nearly => 2,
                    Hedge::Range | Hedge::Vague => 3,
                };
                let (ha, hb) = (ca.expr.hedge, cb.expr.hedge);
                if x != y || class(ha) == class(hb) || class(ha) == 3 || class(hb) == 3 {
                    continue;
                }
                let near = match (ca.as_of, cb.as_of) {
                    (Some(p), Some(q)) => {
                        p.overlaps(&q)
                            || (q.start - p.end).get_days().abs().min((p.start - q.end).get_days().abs()) as i64
                                <= window
                    }
                    _ => true,
                };
                if !near {
                    continue;
                }
                let (first, second) =
                    if (self.docs[a.0].date, a) <= (self.docs[b.0].date, b) { (a, b) } else { (b, a) };
                let msg = format!(
                    "{}: the same figure is hedged two ways, \"{}\" ({}) and \"{}\" ({})",
                    self.rule.summary,
                    one_line(self.text(second)),
                    self.claim(second).expr.hedge.as_str(),
                    one_line(self.text(first)),
                    self.claim(first).expr.hedge.as_str(),
                );
                let mut f = self.finding(
                    msg,
                    second,
                    &[first],
                    vec!["one figure should carry one hedge: check which the source used".into()],
                    Some(Severity::Note),
                );
                f.help = None;
                out.push(f);
            }
        }
    }

    fn snapshot(&self, refs: &[ClaimRef], out: &mut Vec<Finding>) {
        let window = self.rule.window_days.unwrap_or(0);
        let sorted = self.by_time(refs);
        let gap = |x: &DateSpan, y: &DateSpan| {
            if x.overlaps(y) {
                0
            } else if x.grain == y.grain && x.grain != Grain::Day {
                // "4.4% in June" and "4.6% in July": two periods of one grain are two times,
                // however near their ends.
                i64::MAX
            } else {
                (y.start - x.end).get_days().abs().min((x.start - y.end).get_days().abs()) as i64
            }
        };
        for (j, &b) in sorted.iter().enumerate() {
            let cb = self.claim(b);
            let tb = cb.as_of.expect("filtered");
            let Some(vb) = self.value(b) else { continue };
            let mut stale_from: Option<ClaimRef> = None;
            for &a in &sorted[..j] {
                let ca = self.claim(a);
                if !comparable(ca, cb) {
                    continue;
                }
                let ta = ca.as_of.expect("filtered");
                let Some(va) = self.value(a) else { continue };
                if !self.differ(a, &va, b, &vb) {
                    continue;
                }
                if gap(&ta, &tb) <= window {
                    let days = if window == 1 { "day" } else { "days" };
                    out.push(self.same_time(b, a, &format!("dates within {window} {days}")));
                } else if ta.end < tb.start {
                    stale_from = Some(a); // the newest earlier report that disagrees
                }
            }
            // A stale figure: it repeats an older report while a newer one gives another value.
            if let Some(newer) = stale_from {
                let t_newer = self.claim(newer).as_of.expect("filtered");
                let older = sorted[..j].iter().copied().find(|&o| {
                    let co = self.claim(o);
                    comparable(co, cb)
                        && co.as_of.is_some_and(|to| to.end < t_newer.start)
                        && self.value(o).is_some_and(|vo| !vo.disjoint(&vb))
                });
                if let Some(older) = older {
                    let msg = format!(
                        "{}: \"{}\" ({}, as of {tb}) repeats an older figure; a newer report gives \"{}\" ({}, as of {t_newer})",
                        self.rule.summary,
                        one_line(self.text(b)),
                        self.describe(b),
                        one_line(self.text(newer)),
                        self.describe(newer),
                    );
                    let note = format!(
                        "the value changes over time, so the most recent report ({}) is the one to quote or update",
                        self.docs[newer.0].path
                    );
                    out.push(self.finding(msg, b, &[newer, older], vec![note], Some(Severity::Warning)));
                }
            }
        }
        self.hedge_drift(refs, window, out);
    }

    fn well_formed(&self, refs: &[ClaimRef], out: &mut Vec<Finding>) {
        for &r in refs {
            let c = self.claim(r);
            let Some(m) = &c.expr.malformed else { continue };
            let text = one_line(&self.docs[r.0].prose[c.expr.span.clone()]);
            let msg = if let Some(d) = c.expr.date {
                format!("\"{text}\": {} ({} was a {:?})", m.reason, d.start, d.start.weekday())
            } else if m.readings.is_empty() {
                format!("\"{text}\": {}", m.reason)
            } else {
                let readings: Vec<String> = m.readings.iter().map(|v| crate::scan::expr::fmt_num(*v)).collect();
                format!("\"{text}\" could be {}: {}", readings.join(" or "), m.reason)
            };
            let mut f = self.finding(msg, r, &[], Vec::new(), None);
            f.labels[0].span = c.expr.span.clone();
            f.labels[0].message = "written here".into();
            f.notes.clear();
            out.push(f);
        }
    }

    fn resolvable(&self, refs: &[ClaimRef], out: &mut Vec<Finding>) {
        for &r in refs {
            let c = self.claim(r);
            if !c.expr.unresolved {
                continue;
            }
            let text = one_line(&self.docs[r.0].prose[c.expr.span.clone()]);
            let msg = format!("\"{text}\" is relative, and {} has no date to resolve it against", self.docs[r.0].path);
            let mut f = self.finding(msg, r, &[], Vec::new(), None);
            f.labels[0].message = "relative to what?".into();
            f.notes.clear();
            out.push(f);
        }
    }

    /// Arithmetic between two other rules' claims in the same document, compared with each
    /// claim of the result: "up to 12,000 troops" ÷ "1,000 lost a day" against "a month".
    fn derived(&self, rules: &RuleSet, selected: &[Vec<ClaimRef>], refs: &[ClaimRef], out: &mut Vec<Finding>) {
        let Some(d) = &self.rule.derive else { return };
        let index = |id: &str| rules.rules.iter().position(|r| r.id == id);
        let (Some(ia), Some(ib)) = (index(&d.inputs[0]), index(&d.inputs[1])) else { return };
        let results: Vec<ClaimRef> = match &d.result {
            Some(id) => index(id)
                .map(|i| selected[i].iter().copied().filter(|r| counts(self.claim(*r))).collect())
                .unwrap_or_default(),
            None => refs.to_vec(),
        };
        for &res in &results {
            let cr = self.claim(res);
            if cr.expr.hedge == Hedge::Vague {
                continue;
            }
            // The operand nearest the result in the same document (for sums, at the same time).
            let pick = |i: usize| -> Option<ClaimRef> {
                selected[i]
                    .iter()
                    .copied()
                    .filter(|o| o.0 == res.0 && *o != res)
                    .filter(|o| {
                        let c = self.claim(*o);
                        counts(c)
                            && c.expr.hedge != Hedge::Vague
                            && (d.operation != Operation::Sum
                                || match (c.as_of, cr.as_of) {
                                    (Some(x), Some(y)) => x.overlaps(&y),
                                    _ => true,
                                })
                    })
                    .min_by_key(|o| {
                        let c = self.claim(*o);
                        (c.span.start as i64 - cr.span.start as i64).abs()
                    })
            };
            let (Some(a), Some(b)) = (pick(ia), pick(ib)) else { continue };
            let bounds = |r: ClaimRef, rule: &Rule| -> (f64, f64) {
                let iv = self.claim(r).expr.interval_at(rule.tolerance);
                (iv.lower.unwrap_or(0.0).max(0.0), iv.upper.unwrap_or(f64::INFINITY))
            };
            let (alo, ahi) = bounds(a, &rules.rules[ia]);
            let (blo, bhi) = bounds(b, &rules.rules[ib]);
            let (clo, chi, unit) = match d.operation {
                Operation::Divide => {
                    // A rate per day, week or month: the quotient counts those periods; in days.
                    let period = self
                        .claim(b)
                        .per
                        .iter()
                        .find_map(|p| crate::scan::lexicon::duration_unit(p))
                        .map(|u| u.days())
                        .unwrap_or(1.0);
                    let lo = if bhi.is_finite() && bhi > 0.0 { alo / bhi } else { 0.0 };
                    let hi = if blo > 0.0 { ahi / blo } else { f64::INFINITY };
                    (lo * period, hi * period, " days")
                }
                Operation::Multiply => (alo * blo, ahi * bhi, ""),
                Operation::Sum => (alo + blo, ahi + bhi, ""),
            };
            // The result claim, in days when it is a duration.
            let riv = cr.expr.interval_at(self.rule.tolerance);
            let scale = cr.expr.duration.map(|(_, u)| u.days()).unwrap_or(1.0);
            let (rlo, rhi) = (riv.lower.unwrap_or(0.0) * scale, riv.upper.unwrap_or(f64::INFINITY) * scale);
            let conflict = match d.operation {
                // Parts may fall short of a whole (other categories), never exceed it.
                Operation::Sum => clo > rhi,
                _ => chi < rlo || clo > rhi,
            };
            if !conflict {
                continue;
            }
            let fmt = |lo: f64, hi: f64| -> String {
                let f = |v: f64| {
                    if v.is_finite() { crate::scan::expr::fmt_num((v * 10.0).round() / 10.0) } else { "∞".into() }
                };
                if (hi - lo).abs() < 1e-9 { f(lo) } else { format!("{}..={}", f(lo), f(hi)) }
            };
            let computed = format!("{}{unit}", fmt(clo, chi));
            let said = format!("{}{unit}", fmt(rlo, rhi));
            let msg = format!(
                "{}: \"{}\" {} \"{}\" gives {computed}, but \"{}\" says {said}",
                self.rule.summary,
                one_line(self.text(a)),
                d.operation.symbol(),
                one_line(self.text(b)),
                one_line(self.text(res)),
            );
            let note = format!(
                "{} {} {} = {computed}; the result claim reads {said}{}",
                fmt(alo, ahi),
                d.operation.symbol(),
                fmt(blo, bhi),
                if d.operation == Operation::Sum { " (the parts may not add up to more than the whole)" } else { "" }
            );
            out.push(self.finding(msg, res, &[a, b], vec![note], None));
        }
    }
}

/// Do two attributions name the same source? "Seoul" and "Seoul's spy agency" do, and "the same
/// officials" points back at whichever source came before.
fn same_source(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .filter(|w| !w.is_empty())
            .map(|w| w.to_lowercase().trim_end_matches("'s").trim_end_matches("’s").to_string())
            .filter(|w| !matches!(w.as_str(), "the" | "a" | "an" | "of"))
            .collect()
    };
    let (wa, wb) = (words(a), words(b));
    let anaphora = |w: &[String]| w.iter().any(|x| matches!(x.as_str(), "same" | "they" | "these" | "those" | "it"));
    if anaphora(&wa) || anaphora(&wb) {
        return true;
    }
    // Same head name: the first word that is a name (capitalised in the text).
    let name = |s: &str| {
        s.split_whitespace()
            .find(|w| w.starts_with(|c: char| c.is_uppercase()) && !matches!(*w, "The" | "A"))
            .map(|w| w.trim_end_matches("'s").trim_end_matches("’s").to_lowercase())
    };
    wa == wb || matches!((name(a), name(b)), (Some(x), Some(y)) if x == y)
}

pub fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
