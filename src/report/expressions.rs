//! `claimcheck parse`: the scanner's expressions, as JSON (DESIGN §6, what the evaluation
//! scorer reads) or as readable lines for editors and rule writers.

use serde_json::{Value, json};

use crate::scan::expr::fmt_num;
use crate::scan::{Expression, Hedge, Kind};

pub fn expression_json(text: &str, e: &Expression) -> Value {
    let iv = e.interval;
    let mut v = json!({
        "text": &text[e.span.clone()],
        "start": e.span.start,
        "end": e.span.end,
        "kind": e.kind.as_str(),
        "value": e.value,
        "lower": iv.lower,
        "upper": iv.upper,
        "lower_inclusive": iv.lower_inclusive,
        "upper_inclusive": iv.upper_inclusive,
        "hedge": e.hedge.as_str(),
        "unit": e.unit,
        "per": e.per,
    });
    if e.kind == Kind::Date {
        v["lower"] = Value::Null;
        v["upper"] = Value::Null;
    }
    if e.hedge == Hedge::Range {
        v["value"] = Value::Null;
    }
    if let Some(d) = e.date {
        v["date"] = json!({ "start": d.start.to_string(), "end": d.end.to_string(), "grain": d.grain.as_str() });
    }
    if let Some(b) = e.date_bound {
        v["bound"] = json!(b);
    }
    if let Some((n, u)) = e.duration {
        v["duration"] = json!({ "value": n, "unit": u.as_str() });
        if e.age_like {
            v["age"] = json!(true);
        }
    }
    if let Some(m) = &e.malformed {
        v["value"] = Value::Null;
        v["malformed"] = json!({ "reason": m.reason, "readings": m.readings });
    }
    if e.unresolved {
        v["unresolved"] = json!(true);
    }
    if e.label {
        v["label"] = json!(true);
    }
    v
}

/// One readable line per expression: `"about 3,000" → number ≈ 3,000 (2,700..=3,300)`.
pub fn expression_line(text: &str, e: &Expression) -> String {
    let shown = &text[e.span.clone()];
    let mut s = format!("{:>4}..{:<4} {:<9} \"{}\"", e.span.start, e.span.end, e.kind.as_str(), shown);
    let body = if let Some(m) = &e.malformed {
        if let Some(d) = e.date {
            // A date read, whose writing disagrees with itself (its weekday).
            let b = e.date_bound.map(|b| format!("{b} ")).unwrap_or_default();
            format!("{b}{d} (day grain), malformed: {} ({} is a {:?})", m.reason, d.start, d.start.weekday())
        } else if m.readings.is_empty() {
            format!("malformed: {}", m.reason)
        } else {
            format!(
                "malformed ({}): {}",
                m.reason,
                m.readings.iter().map(|r| fmt_num(*r)).collect::<Vec<_>>().join(" or ")
            )
        }
    } else if e.unresolved {
        "relative date, no reference date to resolve it".to_string()
    } else if let Some(d) = e.date {
        let shown = match (e.date_bound, super::open_bound_text(e.date_bound, d)) {
            (Some(b), Some(open)) => format!("{b} {open}"),
            (Some(b), None) => format!("{b} {d}"),
            (None, _) => d.to_string(),
        };
        format!("{shown} ({} grain)", d.grain.as_str())
    } else {
        let mut b = String::new();
        match e.unit {
            Some("%") => b.push_str(&format!("{}%", e.interval)),
            Some(u) if e.kind == Kind::Quantity => b.push_str(&format!("{} {u}", e.interval)),
            // ("99p" → "99 pence": the hundredths, not a currency called "penny".)
            Some("penny") => b.push_str(&format!("{} pence", e.interval)),
            Some("cent") => b.push_str(&format!("{} cents", e.interval)),
            Some(u) => b.push_str(&format!("{u} {}", e.interval)),
            None => b.push_str(&e.interval.to_string()),
        }
        if let Some((n, u)) = e.duration {
            b = format!("{} {}", fmt_num(n), if n == 1.0 { u.as_str() } else { u.plural() });
            if e.hedge != Hedge::Exact {
                b.push_str(&format!(" ({})", e.interval));
            }
            if e.age_like {
                b.push_str(", an age");
            }
        }
        if !e.per.is_empty() {
            b.push_str(&format!(" per {}", e.per.join(" per ")));
        }
        if e.hedge != Hedge::Exact {
            b.push_str(&format!("  [{}]", e.hedge.as_str()));
        }
        if e.label {
            b.push_str("  [names, counts nothing]");
        }
        b
    };
    s.push_str(" → ");
    s.push_str(&body);
    s
}
