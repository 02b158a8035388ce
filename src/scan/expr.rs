//! The scanner's output: one [`Expression`] per numeric or temporal phrase, normalised to an
//! interval. Nothing here knows about sentences or rules; that is the claims stage's job.

use std::fmt;
use std::ops::Range;

use jiff::civil::Date;

/// A closed, half-open or unbounded interval over the reals. `None` means unbounded.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    pub lower: Option<f64>,
    pub upper: Option<f64>,
    pub lower_inclusive: bool,
    pub upper_inclusive: bool,
}

impl Interval {
    /// The interval under an increasing map of its ends (a change of unit).
    pub fn map(self, f: impl Fn(f64) -> f64) -> Interval {
        Interval { lower: self.lower.map(&f), upper: self.upper.map(&f), ..self }
    }

    pub fn exact(v: f64) -> Self {
        Self::closed(v, v)
    }
    pub fn closed(lo: f64, hi: f64) -> Self {
        Interval { lower: Some(lo), upper: Some(hi), lower_inclusive: true, upper_inclusive: true }
    }

    /// True when no value lies in both intervals.
    pub fn disjoint(&self, other: &Interval) -> bool {
        below(self, other) || below(other, self)
    }
}

/// `a` lies wholly below `b`.
fn below(a: &Interval, b: &Interval) -> bool {
    match (a.upper, b.lower) {
        (Some(hi), Some(lo)) => hi < lo || (hi == lo && !(a.upper_inclusive && b.lower_inclusive)),
        _ => false,
    }
}

impl fmt::Display for Interval {
    /// Rust-range style, with comparison signs for one-sided bounds: `9,000..=11,000`, `≥ 100`,
    /// `≤ 12,000`, `< 50`, `> 500,000`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let floor = |v: Option<f64>| v.is_none() || v == Some(0.0);
        match (self.lower, self.upper) {
            (Some(lo), Some(hi)) if lo == hi => write!(f, "{}", fmt_num(lo)),
            (Some(lo), None) if self.lower_inclusive => write!(f, "≥ {}", fmt_num(lo)),
            (Some(lo), None) => write!(f, "> {}", fmt_num(lo)),
            (lo, Some(hi)) if floor(lo) && self.upper_inclusive => write!(f, "≤ {}", fmt_num(hi)),
            (lo, Some(hi)) if floor(lo) => write!(f, "< {}", fmt_num(hi)),
            (Some(lo), Some(hi)) => {
                let op = if self.upper_inclusive { "..=" } else { ".." };
                write!(f, "{}{op}{}", fmt_num(lo), fmt_num(hi))
            }
            _ => write!(f, "any"),
        }
    }
}

/// Formats a number with thousands separators and no needless decimals: `12000` → `12,000`.
pub fn fmt_num(v: f64) -> String {
    if !v.is_finite() {
        return "∞".into();
    }
    // Below a millionth, powers of ten read best; below one, three significant digits ("12 per
    // 100,000" is 0.00012, "5.2 per 1,000" 0.0052), which three fixed decimals would round away.
    if v != 0.0 && v.abs() < 1e-6 {
        return format!("{v:e}");
    }
    if v != 0.0 && v.abs() < 0.1 {
        let decimals = (2 - v.abs().log10().floor() as i32).clamp(3, 8) as usize;
        let f = format!("{v:.decimals$}");
        return f.trim_end_matches('0').to_string();
    }
    let neg = v < 0.0;
    let v = v.abs();
    // Past a billion, thousandths are below the precision of an f64 product ("around $3.6
    // trillion" is 3,960,000,000,000.0005 at its upper end): whole units only.
    // Below that, the decimals the figure was written with, up to six ("$1.2985", "3.14159"),
    // or three where it has more (a share of two thirds is 0.667).
    let places = if v >= 1e9 {
        0
    } else {
        (0..=6)
            .find(|&k| {
                let scale = 10f64.powi(k);
                ((v * scale).round() / scale - v).abs() < 1e-9 * v.max(1.0)
            })
            .unwrap_or(3)
    };
    let scale = 10f64.powi(places);
    let rounded = (v * scale).round() / scale;
    let int = rounded.trunc() as u128;
    let frac = rounded - rounded.trunc();
    let digits = int.to_string();
    let mut out = String::with_capacity(digits.len() + 4);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if frac > 1e-9 && places > 0 {
        let f = format!("{frac:.*}", places as usize);
        out.push_str(f.trim_start_matches('0').trim_end_matches('0'));
    }
    if neg { format!("-{out}") } else { out }
}

/// How the writer qualified a figure (DESIGN §2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Hedge {
    Exact,
    Approximate,
    AtLeast,
    MoreThan,
    AtMost,
    LessThan,
    Nearly,
    Range,
    Vague,
}

impl Hedge {
    pub fn as_str(self) -> &'static str {
        match self {
            Hedge::Exact => "exact",
            Hedge::Approximate => "approximate",
            Hedge::AtLeast => "at-least",
            Hedge::MoreThan => "more-than",
            Hedge::AtMost => "at-most",
            Hedge::LessThan => "less-than",
            Hedge::Nearly => "nearly",
            Hedge::Range => "range",
            Hedge::Vague => "vague",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Number,
    Ordinal,
    Percent,
    Money,
    Date,
    Duration,
    /// A figure with a unit of measure: "7.4 metres", "12,000 acres", "41C".
    Quantity,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Number => "number",
            Kind::Ordinal => "ordinal",
            Kind::Percent => "percent",
            Kind::Money => "money",
            Kind::Date => "date",
            Kind::Duration => "duration",
            Kind::Quantity => "quantity",
        }
    }
}

/// The calendar granularity a date was written at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Grain {
    Day,
    Week,
    Month,
    Season,
    Quarter,
    Year,
    Decade,
    Century,
}

impl Grain {
    pub fn as_str(self) -> &'static str {
        match self {
            Grain::Day => "day",
            Grain::Week => "week",
            Grain::Month => "month",
            Grain::Season => "season",
            Grain::Quarter => "quarter",
            Grain::Year => "year",
            Grain::Decade => "decade",
            Grain::Century => "century",
        }
    }
}

/// An inclusive range of days. `open_start`/`open_end` mark "since X" / "by X" style bounds
/// whose other end is the reference date or unbounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateSpan {
    pub start: Date,
    pub end: Date,
    pub grain: Grain,
}

impl DateSpan {
    pub fn overlaps(&self, other: &DateSpan) -> bool {
        self.start <= other.end && other.start <= self.end
    }
}

impl fmt::Display for DateSpan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.start == self.end {
            write!(f, "{}", self.start)
        } else if self.grain == Grain::Month && self.start.day() == 1 && self.end == self.start.last_of_month() {
            write!(f, "{}-{:02}", self.start.year(), self.start.month())
        } else if self.grain == Grain::Year
            && self.start == self.start.first_of_year()
            && self.end == self.start.last_of_year()
        {
            // Year 0 of the proleptic calendar is 1 BC.
            match self.start.year() {
                y if y <= 0 => write!(f, "{} BC", 1 - y as i32),
                y => write!(f, "{y}"),
            }
        } else {
            write!(f, "{}..={}", self.start, self.end)
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DurationUnit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

impl DurationUnit {
    pub fn plural(self) -> &'static str {
        match self {
            DurationUnit::Century => "centuries",
            DurationUnit::Second => "seconds",
            DurationUnit::Minute => "minutes",
            DurationUnit::Hour => "hours",
            DurationUnit::Day => "days",
            DurationUnit::Week => "weeks",
            DurationUnit::Month => "months",
            DurationUnit::Quarter => "quarters",
            DurationUnit::Year => "years",
            DurationUnit::Decade => "decades",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            DurationUnit::Second => "second",
            DurationUnit::Minute => "minute",
            DurationUnit::Hour => "hour",
            DurationUnit::Day => "day",
            DurationUnit::Week => "week",
            DurationUnit::Month => "month",
            DurationUnit::Quarter => "quarter",
            DurationUnit::Year => "year",
            DurationUnit::Decade => "decade",
            DurationUnit::Century => "century",
        }
    }
    /// Conventional length in days for adding durations ("1 year, 2 days"): 365-day years,
    /// 30-day months, as calendars-free arithmetic has it.
    pub fn nominal_days(self) -> f64 {
        match self {
            DurationUnit::Month => 30.0,
            DurationUnit::Quarter => 90.0,
            DurationUnit::Year => 365.0,
            DurationUnit::Decade => 3_650.0,
            DurationUnit::Century => 36_500.0,
            other => other.days(),
        }
    }

    /// How many `smaller` units one of these holds when a compound duration is summed in the
    /// smaller unit: exact within the calendar units ("2 years, 3 months" is 27 months) and
    /// within the clock units, by nominal days across the two.
    pub fn holds(self, smaller: DurationUnit) -> f64 {
        let months = |u: DurationUnit| match u {
            DurationUnit::Month => Some(1.0),
            DurationUnit::Quarter => Some(3.0),
            DurationUnit::Year => Some(12.0),
            DurationUnit::Decade => Some(120.0),
            DurationUnit::Century => Some(1_200.0),
            _ => None,
        };
        match (months(self), months(smaller)) {
            (Some(a), Some(b)) => a / b,
            (None, None) => self.days() / smaller.days(),
            _ => self.nominal_days() / smaller.nominal_days(),
        }
    }

    /// Length in days, for comparing durations of different units.
    pub fn days(self) -> f64 {
        match self {
            DurationUnit::Second => 1.0 / 86_400.0,
            DurationUnit::Minute => 1.0 / 1_440.0,
            DurationUnit::Hour => 1.0 / 24.0,
            DurationUnit::Day => 1.0,
            DurationUnit::Week => 7.0,
            DurationUnit::Month => 30.436_875,
            DurationUnit::Quarter => 91.310_625,
            DurationUnit::Year => 365.2425,
            DurationUnit::Decade => 3_652.425,
            DurationUnit::Century => 36_524.25,
        }
    }
}

/// Why a figure could not be normalised to one value.
#[derive(Debug, Clone, PartialEq)]
pub struct Malformed {
    pub reason: &'static str,
    /// The plausible values a reader could take it for.
    pub readings: Vec<f64>,
}

/// One numeric or temporal expression found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Expression {
    /// UTF-8 byte offsets into the scanned text.
    pub span: Range<usize>,
    pub kind: Kind,
    pub hedge: Hedge,
    /// The figure as written (for ranges, `None`).
    pub value: Option<f64>,
    /// The interval the hedge gives at the default tolerance.
    pub interval: Interval,
    /// Half-width implied by how the figure is written (`10,312` → 0.5; `10,000` → 500).
    pub precision: f64,
    /// ISO 4217 code for money, `%` for percents.
    pub unit: Option<&'static str>,
    /// Rate denominators, e.g. `["soldier", "month"]` for "$2,000 per soldier every month".
    pub per: Vec<String>,
    pub date: Option<DateSpan>,
    /// How the date phrase bounds time: "since", "by", "until" or "before"/"after".
    pub date_bound: Option<&'static str>,
    pub duration: Option<(f64, DurationUnit)>,
    /// The duration is an age ("three-year-long", "for 24 years"), not a span somewhere in time.
    pub age_like: bool,
    pub malformed: Option<Malformed>,
    /// A relative date with no reference date to resolve it against.
    pub unresolved: bool,
    /// A proportion stated as a ratio ("one in five") or a factor ("threefold"): it counts no
    /// noun.
    pub share: bool,
    /// A figure that names rather than counts ("Resolution 2231", "Flight 17", "day 3 of the
    /// trial"): it counts no noun either.
    pub label: bool,
}

impl Expression {
    pub fn new(span: Range<usize>, kind: Kind) -> Self {
        Expression {
            span,
            kind,
            hedge: Hedge::Exact,
            value: None,
            interval: Interval { lower: None, upper: None, lower_inclusive: true, upper_inclusive: true },
            precision: 0.0,
            unit: None,
            per: Vec::new(),
            date: None,
            date_bound: None,
            duration: None,
            age_like: false,
            malformed: None,
            unresolved: false,
            share: false,
            label: false,
        }
    }

    /// The interval this expression stands for when claims are compared, at tolerance `tol`
    /// (a fraction: 0.1 = ±10 %). Never tighter than the written precision.
    pub fn interval_at(&self, tol: f64) -> Interval {
        let Some(v) = self.value else { return self.interval };
        let slack = (v.abs() * tol).max(self.precision);
        match self.hedge {
            Hedge::Exact => Interval::closed(v - self.precision, v + self.precision),
            Hedge::Approximate => Interval::closed(v - slack, v + slack),
            Hedge::Nearly => Interval::closed(v - slack, v),
            _ => self.interval,
        }
    }
}
