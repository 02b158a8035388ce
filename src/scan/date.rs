//! Dates, absolute and relative, resolved against a reference date (DESIGN §3).
//!
//! News speaks mostly of the past, so an unqualified month or weekday resolves to the most recent
//! one not after the reference date; `Prefer::Future` (and words like "next") flip that.

use std::sync::LazyLock;

use jiff::ToSpan;
use jiff::civil::Date;
use nom::IResult;
use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::character::complete::space0;
use nom::character::complete::{char, digit1};
use nom::combinator::opt;

use super::calendar;
use super::expr::{DateSpan, Grain};
use super::lexicon::{Season, month, season, weekday};
use super::number::{at_boundary, gap, kw, lower, phrase, skip_word, space, word, word_number};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Prefer {
    #[default]
    Past,
    Future,
    /// The occurrence closest to the reference date, either side: deadlines ("by 1 November").
    Nearest,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SeasonModel {
    #[default]
    Astronomical,
    Meteorological,
}

#[derive(Debug, Clone, Copy, Default)]
pub struct DateContext {
    pub reference: Option<Date>,
    pub prefer: Prefer,
    pub seasons: SeasonModel,
    pub southern: bool,
    /// The words before the date are in the past tense ("began on 2 December"): a day written
    /// without a year is not read as one soon to come.
    pub past_tense: bool,
    /// The words around the date look ahead (the preference is Future for that reason, not by
    /// the caller's choice): a weekday may then be the day of writing.
    pub told_ahead: bool,
}

/// How far ahead of the reference a day written without a year may lie and still be read in
/// the reference year, under the past preference: "meets on 2 December", written on 30 October,
/// is this December (DESIGN §3: "On 28 October" on the 22nd is 2024-10-28), not last year's.
const SOON_DAYS: i32 = 61;

/// What a date phrase resolved to.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Resolved {
    Span(DateSpan),
    /// Relative, and there is no reference date to resolve it against.
    Unresolved,
    /// Names a day that does not exist ("31 June").
    Invalid,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DateHit {
    pub resolved: Resolved,
    pub bound: Option<&'static str>,
}

type R<'a> = IResult<&'a str, Resolved>;

fn fail<T>(i: &str) -> IResult<&str, T> {
    Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify)))
}

fn span(start: Date, end: Date, grain: Grain) -> Resolved {
    Resolved::Span(DateSpan { start, end, grain })
}

fn day(d: Date) -> Resolved {
    span(d, d, Grain::Day)
}

fn ymd(y: i16, m: i8, d: i8) -> Option<Date> {
    Date::new(y, m, d).ok()
}

fn month_span(y: i16, m: i8) -> Resolved {
    match ymd(y, m, 1) {
        Some(s) => span(s, s.last_of_month(), Grain::Month),
        None => Resolved::Invalid,
    }
}

fn year_span(y: i16) -> Resolved {
    match ymd(y, 1, 1) {
        Some(s) => span(s, s.last_of_year(), Grain::Year),
        None => Resolved::Invalid,
    }
}

fn add_days(d: Date, n: i64) -> Date {
    d.saturating_add(days_span(n))
}

fn add_months(d: Date, n: i64) -> Date {
    d.saturating_add(months_span(n))
}

/// `n` days as a span, held within what a span can hold (beyond the calendar's ends either
/// way, so a date moved by it saturates): `n.days()` panics outside it, and a figure read as a
/// length of years ("in his 99999th year") can ask for more.
pub fn days_span(n: i64) -> jiff::Span {
    const MAX: i64 = 7_304_484;
    n.clamp(-MAX, MAX).days()
}

/// `n` months as a span, held within what a span can hold (see `days_span`).
pub fn months_span(n: i64) -> jiff::Span {
    const MAX: i64 = 239_976;
    n.clamp(-MAX, MAX).months()
}

/// Monday of the week containing `d`.
fn week_start(d: Date) -> Date {
    add_days(d, -(d.weekday().to_monday_zero_offset() as i64))
}

fn week_span(monday: Date) -> Resolved {
    span(monday, add_days(monday, 6), Grain::Week)
}

fn month_word(i: &str) -> IResult<&str, i8> {
    let (rest, w) = word(i)?;
    let mut buf = [0u8; 24];
    let lw = lower(w, &mut buf);
    let Some(m) = month(lw) else { return fail(i) };
    // "Sept." / "Oct." abbreviations may carry a full stop; after a full name ("May.") the
    // stop is the sentence's.
    let abbreviated = lw.len() <= 4 && !matches!(lw, "june" | "july" | "may");
    let rest = if abbreviated { rest.strip_prefix('.').unwrap_or(rest) } else { rest };
    if !at_boundary(rest) {
        return fail(i);
    }
    Ok((rest, m))
}

fn weekday_word(i: &str) -> IResult<&str, i8> {
    let (rest, w) = word(i)?;
    let mut buf = [0u8; 24];
    let lw = lower(w, &mut buf);
    let Some(d) = weekday(lw) else { return fail(i) };
    // Three-letter forms ("sat", "sun", "wed") are ordinary words too; they need a capital,
    // but for those that are no word ("fri", "thu") or carry an abbreviation's full stop ("mon.").
    let dotted = rest.starts_with('.') && !rest[1..].starts_with(|c: char| c.is_ascii_alphanumeric());
    let no_word = matches!(lw, "tue" | "tues" | "thu" | "thur" | "thurs" | "fri") || (lw == "mon" && dotted);
    if lw.len() <= 4 && !w.starts_with(|c: char| c.is_ascii_uppercase()) && !no_word && !month_day_follows(rest) {
        return fail(i);
    }
    let rest = if lw.len() <= 5 { rest.strip_prefix('.').unwrap_or(rest) } else { rest };
    Ok((rest, d))
}

/// Does a month and day follow ("wed, feb 13", "sat 16 march")? Then a lower-case clipped
/// weekday before them is the day's name, not the verb or the noun.
fn month_day_follows(rest: &str) -> bool {
    let rest = rest.strip_prefix('.').unwrap_or(rest);
    let rest = rest.strip_prefix(',').unwrap_or(rest);
    let month_then_day = (space, month_word, space, day_number).parse(rest).is_ok();
    month_then_day || (space, day_number, space, month_word).parse(rest).is_ok()
}

/// Day of month: `19`, `19th`, `nineteenth`.
fn day_number(i: &str) -> IResult<&str, i8> {
    if let Ok((rest, d)) = digit1::<_, nom::error::Error<&str>>(i) {
        if d.len() > 2 {
            return fail(i);
        }
        let rest = match word(rest) {
            Ok((r, s)) if matches!(s.to_ascii_lowercase().as_str(), "st" | "nd" | "rd" | "th") => r,
            Ok(_) => return fail(i),
            Err(_) => rest,
        };
        if rest.starts_with(|c: char| c.is_ascii_digit()) {
            return fail(i);
        }
        let v: i8 = d.parse().unwrap_or(0);
        return if (1..=31).contains(&v) { Ok((rest, v)) } else { fail(i) };
    }
    // Day numbers in words are ordinals ("twenty-second"): only those words are worth a parse.
    let n = i.bytes().take_while(|b| b.is_ascii_alphabetic()).count();
    let mut buf = [0u8; 24];
    let w = lower(&i[..n], &mut buf);
    if super::lexicon::ordinal_word(w).is_none()
        && !matches!(w, "twenty" | "thirty")
        && !w.starts_with("twenty")
        && !w.starts_with("thirty")
    {
        return fail(i);
    }
    let (rest, v) = super::number::ordinal(i)?;
    if (1.0..=31.0).contains(&v) && v.fract() == 0.0 { Ok((rest, v as i8)) } else { fail(i) }
}

/// A four-digit year followed by anything (for "2018Q4", "2017 q1").
fn year_number_loose(i: &str) -> IResult<&str, i16> {
    let (rest, d) = digit1(i)?;
    if d.len() != 4 {
        return fail(i);
    }
    Ok((rest, d.parse().unwrap_or(0)))
}

/// A four-digit year in a plausible range, or one clipped to two digits ("the summer of '69").
fn year_number(i: &str) -> IResult<&str, i16> {
    if let Some(clipped) = i.strip_prefix('\'').or_else(|| i.strip_prefix('’')) {
        let (rest, d) = digit1(clipped)?;
        if d.len() != 2 || !at_boundary(rest) {
            return fail(i);
        }
        return Ok((rest, century_of_clipped(d.parse().unwrap_or(0))));
    }
    let (rest, d) = digit1(i)?;
    if d.len() != 4 || !at_boundary(rest) {
        return fail(i);
    }
    let y: i16 = d.parse().unwrap_or(0);
    if (1000..=2199).contains(&y) { Ok((rest, y)) } else { fail(i) }
}

/// The year a clipped "'69" or "'22" stands for: one fixed pivot, so the same text always
/// reads the same, whatever the reference date ("'29" is 2029, "'30" is 1930).
fn century_of_clipped(v: i16) -> i16 {
    if v >= 30 { 1900 + v } else { 2000 + v }
}

fn comma_gap(i: &str) -> IResult<&str, ()> {
    let t = i.trim_start_matches(' ');
    let i2 = t.strip_prefix(',').unwrap_or(i);
    let (rest, _) = space(i2)?;
    Ok((rest, ()))
}

/// `, 2024` / ` 2024` / ` of 2024` / ` nineteen seventy-two`
fn year_tail(i: &str) -> IResult<&str, i16> {
    let (rest, _) = comma_gap(i)?;
    let rest = match (alt((kw("of"), kw("in"))), space).parse(rest) {
        Ok((r, _)) => r,
        Err(_) => rest,
    };
    alt((year_number, word_year)).parse(rest)
}

/// A year in words: "nineteen seventy-two" (hundreds, then the rest), or a whole number in
/// words in the range of years that ends the phrase ("two thousand ten", "seventeen hundred
/// thirty three"), so that "two thousand protesters" stays a count.
fn word_year(i: &str) -> IResult<&str, i16> {
    if let Ok((r, hundreds)) = word_number(i) {
        if (10.0..=21.0).contains(&hundreds.value) && hundreds.value.fract() == 0.0 {
            if let Ok((r2, rest_of)) = gap(r).and_then(|(x, _)| word_number(x)) {
                if (10.0..=99.0).contains(&rest_of.value) && rest_of.value.fract() == 0.0 {
                    return Ok((r2, (hundreds.value * 100.0 + rest_of.value) as i16));
                }
            }
        }
    }
    let (r, n) = word_number(i)?;
    let ends = r.trim_start_matches(' ').chars().next().is_none_or(|c| !c.is_ascii_alphanumeric());
    if (1000.0..=2199.0).contains(&n.value) && n.value.fract() == 0.0 && ends && i[..i.len() - r.len()].contains(' ') {
        return Ok((r, n.value as i16));
    }
    fail(i)
}

/// Four digits of a year, straight after a separator, that end a token ("-2020" in "Sept 23-2020").
fn glued_year(t: &str) -> Option<(&str, i16)> {
    let n = t.bytes().take_while(u8::is_ascii_digit).count();
    let y: i16 = t.get(..n).filter(|_| n == 4)?.parse().ok()?;
    let rest = &t[n..];
    ((1000..=2199).contains(&y) && at_boundary(rest) && !rest.starts_with(['-', '/'])).then_some((rest, y))
}

/// "last year" / "this year" / "next year" after a month: "November of last year".
fn relative_year_tail(i: &str) -> IResult<&str, i64> {
    let (rest, _) = comma_gap(i)?;
    let rest = skip_word(rest, "of");
    let (rest, which) = alt((kw("last"), kw("this"), kw("next"), kw("previous"))).parse(rest)?;
    let (rest, _) = (space, kw("year")).parse(rest)?;
    Ok((rest, step_of(which).into()))
}

/// How many periods back or on a word of relative time says: "last", "past", "previous" one
/// back; "next", "coming", "following", "upcoming" one on; "this", "current" none.
fn step_of(which: &str) -> i16 {
    let mut buf = [0u8; 24];
    match lower(which, &mut buf) {
        "last" | "past" | "previous" => -1,
        "next" | "coming" | "following" | "upcoming" => 1,
        _ => 0,
    }
}

impl DateContext {
    /// This context, preferring the future where the words before a date look forward.
    fn looking_ahead(&self, future_hint: bool) -> DateContext {
        if future_hint && self.prefer != Prefer::Future {
            DateContext { prefer: Prefer::Future, told_ahead: true, ..*self }
        } else {
            *self
        }
    }

    /// Year for a month (and optional day) written without one.
    fn year_for(&self, m: i8, d: Option<i8>) -> Option<i16> {
        let r = self.reference?;
        let key = |y: i16| (y, m, d.unwrap_or(1));
        let now = (r.year(), r.month(), if d.is_some() { r.day() } else { 1 });
        let soon = |y: i16| {
            d.is_some_and(|d| ymd(y, m, d).is_some_and(|x| (1..=SOON_DAYS).contains(&(x - r).get_days())))
                && !self.past_tense
        };
        Some(match self.prefer {
            Prefer::Past => {
                if soon(r.year() + 1) {
                    r.year() + 1
                } else if key(r.year()) <= now || soon(r.year()) {
                    r.year()
                } else {
                    r.year() - 1
                }
            }
            Prefer::Future => {
                if key(r.year()) >= now {
                    r.year()
                } else {
                    r.year() + 1
                }
            }
            Prefer::Nearest => {
                let dist = |y: i16| ymd(y, m, d.unwrap_or(1)).map(|x| (x - r).get_days().abs()).unwrap_or(i32::MAX);
                [r.year(), r.year() - 1, r.year() + 1].into_iter().min_by_key(|&y| dist(y)).unwrap_or(r.year())
            }
        })
    }

    fn season_span(&self, s: Season, year: i16) -> Resolved {
        let s = if self.southern {
            match s {
                Season::Spring => Season::Autumn,
                Season::Summer => Season::Winter,
                Season::Autumn => Season::Spring,
                Season::Winter => Season::Summer,
            }
        } else {
            s
        };
        let (a, b) = match (self.seasons, s) {
            (SeasonModel::Astronomical, Season::Spring) => ((year, 3, 20), (year, 6, 20)),
            (SeasonModel::Astronomical, Season::Summer) => ((year, 6, 21), (year, 9, 22)),
            (SeasonModel::Astronomical, Season::Autumn) => ((year, 9, 23), (year, 12, 20)),
            (SeasonModel::Astronomical, Season::Winter) => ((year, 12, 21), (year + 1, 3, 19)),
            (SeasonModel::Meteorological, Season::Spring) => ((year, 3, 1), (year, 5, 31)),
            (SeasonModel::Meteorological, Season::Summer) => ((year, 6, 1), (year, 8, 31)),
            (SeasonModel::Meteorological, Season::Autumn) => ((year, 9, 1), (year, 11, 30)),
            (SeasonModel::Meteorological, Season::Winter) => {
                let end = ymd(year + 1, 3, 1).map(|d| add_days(d, -1));
                return match (ymd(year, 12, 1), end) {
                    (Some(s), Some(e)) => span(s, e, Grain::Season),
                    _ => Resolved::Invalid,
                };
            }
        };
        match (ymd(a.0, a.1, a.2), ymd(b.0, b.1, b.2)) {
            (Some(s), Some(e)) => span(s, e, Grain::Season),
            _ => Resolved::Invalid,
        }
    }

    fn season_bounds(&self, s: Season, year: i16) -> Option<(Date, Date)> {
        match self.season_span(s, year) {
            Resolved::Span(d) => Some((d.start, d.end)),
            _ => None,
        }
    }

    /// The year the most recent season `s` ended before `r` began in ("last summer").
    fn last_completed_season(&self, s: Season, r: Date) -> Option<i16> {
        [r.year(), r.year() - 1, r.year() - 2]
            .into_iter()
            .find(|&y| self.season_bounds(s, y).is_some_and(|(_, b)| b < r))
    }
}

// ---------------------------------------------------------------------------------------------
// Absolute dates

/// `2024-06-19`
fn iso_date(i: &str) -> R<'_> {
    let (rest, (y, _, m, _, d)) = (digit1, char('-'), digit1, char('-'), digit1).parse(i)?;
    if y.len() != 4 || m.len() > 2 || d.len() > 2 || !at_boundary(rest) {
        return fail(i);
    }
    let (y, m, d) = (y.parse().unwrap_or(0), m.parse().unwrap_or(0), d.parse().unwrap_or(0));
    Ok((rest, ymd(y, m, d).map(day).unwrap_or(Resolved::Invalid)))
}

/// `10/28/2024` (month first, as US wire copy writes it, unless the first field exceeds 12).
fn numeric_date<'a>(i: &'a str, before: &str, ctx: &DateContext) -> R<'a> {
    // "since 9/11", "after 24/7": names, after a bound word as anywhere else.
    if super::lexicon::SLASH_NAMES
        .iter()
        .any(|n| i.starts_with(n) && !i[n.len()..].starts_with(|c: char| c.is_ascii_digit() || c == '/'))
    {
        return fail(i);
    }
    let date_context = matches!(
        last_word(before).as_str(),
        "on" | "from"
            | "to"
            | "by"
            | "until"
            | "till"
            | "since"
            | "this"
            | "next"
            | "last"
            | "and"
            | "or"
            | "between"
            | "before"
            | "after"
            | "date"
            | "dated"
    ) || weekday(&last_word(before)).is_some()
        || before.trim_end().ends_with(',')
            && before.trim_end().trim_end_matches(',').rsplit(' ').next().is_some_and(|w| w.contains('/'));
    let (rest, (a, sep, b)) = (digit1, alt((char('/'), char('.'), char('-'))), digit1).parse(i)?;
    let (rest, y) = match (char(sep), digit1::<_, nom::error::Error<&str>>).parse(rest) {
        Ok((r, (_, y))) if y.len() == 4 || y.len() == 2 => (r, Some(y)),
        _ => (rest, None),
    };
    // "2-15" is a score or a range far more often than a date; with a year it is a date.
    if sep == '-' && y.is_none_or(|y| y.len() != 4) {
        return fail(i);
    }
    // "5/1-5/7": the first end of a range of numeric dates.
    let date_context = date_context || {
        let t = rest.trim_start_matches(' ');
        t.strip_prefix(['-', '–']).is_some_and(|x| {
            let x = x.trim_start_matches(' ');
            let n = x.bytes().take_while(u8::is_ascii_digit).count();
            (1..=2).contains(&n) && x[n..].starts_with('/')
        })
    };
    if !at_boundary(rest) || rest.starts_with('.') && rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return fail(i);
    }
    if a.len() > 2 || b.len() > 2 || (sep == '.' && y.is_none()) {
        return fail(i);
    }
    let (a, b): (i8, i8) = (a.parse().unwrap_or(0), b.parse().unwrap_or(0));
    let (m, d) = if a > 12 { (b, a) } else { (a, b) };
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return fail(i);
    }
    let year = match y {
        Some(y) if y.len() == 4 => y.parse().unwrap_or(0),
        Some(y) => two_digit_year(y.parse().unwrap_or(0), ctx),
        None => {
            // "3/4" is more often a fraction than a date: without a year, only a day above 12,
            // a date word before it ("on 11/20", "from 10/1") or a clock time after a day no
            // fraction is written over ("4/25 at 16h00") makes it a date. ("went 4/19 from
            // the field" is a score.)
            let timed = b > 16 && a != 1 && clock_follows(rest);
            if sep != '/' || !(a > 12 || date_context || timed) {
                return fail(i);
            }
            // "5/7, 2020": the year after a comma.
            if let Ok((r, y)) = (|x| comma_gap(x).and_then(|(r, _)| year_number(r))).parse(rest) {
                return Ok((r, ymd(y, m, d).map(day).unwrap_or(Resolved::Invalid)));
            }
            return Ok((
                rest,
                match ctx.year_for(m, Some(d)) {
                    Some(y) => ymd(y, m, d).map(day).unwrap_or(Resolved::Invalid),
                    None => Resolved::Unresolved,
                },
            ));
        }
    };
    Ok((rest, ymd(year, m, d).map(day).unwrap_or(Resolved::Invalid)))
}

/// " at 4pm", " at 16h00", " at 10:30": a clock time straight after.
fn clock_follows(rest: &str) -> bool {
    let Ok((t, _)) = (space, kw("at"), space).parse(rest) else { return false };
    let h = t.bytes().take_while(u8::is_ascii_digit).count();
    let french = (1..=2).contains(&h) && t[h..].starts_with('h') && {
        let m = t[h + 1..].bytes().take_while(u8::is_ascii_digit).count();
        (m == 0 || m == 2) && at_boundary(&t[h + 1 + m..])
    };
    french || super::clock_time(t).is_some()
}

/// `Oct/2`, `jun-15`, `Dec-2018`, `2015-3`, `2018-7-6`
fn compact_date<'a>(i: &'a str, ctx: &DateContext) -> R<'a> {
    if let Ok((rest, (m, _, n))) = (month_word, alt((char('/'), char('-'))), digit1).parse(i) {
        if !at_boundary(rest) {
            return fail(i);
        }
        let v: i32 = n.parse().unwrap_or(0);
        if n.len() == 4 {
            // "September-2020-23": month, year, day, as some forms fill them in.
            if let Ok((r2, (_, d))) = (char('-'), digit1::<_, nom::error::Error<&str>>).parse(rest) {
                if d.len() <= 2 && at_boundary(r2) && !r2.starts_with(['-', '/']) {
                    return Ok((r2, ymd(v as i16, m, d.parse().unwrap_or(0)).map(day).unwrap_or(Resolved::Invalid)));
                }
            }
            return Ok((rest, month_span(v as i16, m)));
        }
        if (1..=31).contains(&v) {
            return resolve_day_month(rest, m, v as i8, ctx);
        }
        return fail(i);
    }
    // "2/2013": month and year.
    if let Ok((rest, (m, _, y))) = (digit1::<_, nom::error::Error<&str>>, char('/'), digit1).parse(i) {
        if m.len() <= 2 && y.len() == 4 && at_boundary(rest) && !rest.starts_with('/') {
            let m: i8 = m.parse().unwrap_or(0);
            if (1..=12).contains(&m) {
                return Ok((rest, month_span(y.parse().unwrap_or(0), m)));
            }
        }
    }
    // "2023-24", "2023/24": a season or fiscal year spanning two calendar years.
    if let Ok((rest, (y, _, y2))) =
        (digit1::<_, nom::error::Error<&str>>, alt((char('-'), char('/'), char('–'))), digit1).parse(i)
    {
        if y.len() == 4 && y2.len() == 2 && at_boundary(rest) {
            let (y, y2): (i16, i16) = (y.parse().unwrap_or(0), y2.parse().unwrap_or(0));
            if (y + 1) % 100 == y2 {
                return Ok((rest, split_year(y, rest)));
            }
        }
    }
    let (rest, (y, _, m)) = (digit1, char('-'), digit1).parse(i)?;
    if y.len() != 4 || m.len() > 2 {
        return fail(i);
    }
    let (y, m): (i16, i8) = (y.parse().unwrap_or(0), m.parse().unwrap_or(0));
    if let Ok((r2, (_, d))) = (char('-'), digit1::<_, nom::error::Error<&str>>).parse(rest) {
        // "2024-10-29T14:05:00Z": the time of a timestamp is finer than our grain.
        let r2 = iso_time_tail(r2);
        if d.len() <= 2 && at_boundary(r2) {
            return Ok((r2, ymd(y, m, d.parse().unwrap_or(0)).map(day).unwrap_or(Resolved::Invalid)));
        }
    }
    if !at_boundary(rest) || !(1..=12).contains(&m) || rest.starts_with('-') {
        return fail(i);
    }
    Ok((rest, month_span(y, m)))
}

/// The years `first` and the next as one span: "the 2023-24 season" runs from the summer of
/// the first to the summer of the second, "the 2023-24 academic year" from August to July; a
/// split year of nothing said may be any twelve months across the two.
fn split_year(first: i16, rest: &str) -> Resolved {
    let ((m1, d1), (m2, d2)) = match split_year_noun(rest) {
        Some(SplitYear::Season) => ((7, 1), (6, 30)),
        Some(SplitYear::Academic) => ((8, 1), (7, 31)),
        None => ((1, 1), (12, 31)),
    };
    match (ymd(first, m1, d1), ymd(first + 1, m2, d2)) {
        (Some(a), Some(b)) => span(a, b, Grain::Year),
        _ => Resolved::Invalid,
    }
}

/// "the 2024/25 winter", "the 2022-23 winter": the winter across the two years ("winter"
/// alone was the last one, whichever that was).
fn split_year_winter<'a>(i: &'a str, ctx: &DateContext) -> R<'a> {
    let (r, (y, _, _)) = (split_year_figures, space, kw("winter")).parse(i)?;
    if !at_boundary(r) {
        return fail(i);
    }
    Ok((r, ctx.season_span(Season::Winter, y)))
}

/// "2023-24", "2023/24", "2023-2024": a year and the next, as one; the first year.
fn split_year_figures(i: &str) -> IResult<&str, i16> {
    let (r, (y, _, y2)) = (year_number, nom::character::complete::one_of("-/–"), digit1).parse(i)?;
    let next = match y2.len() {
        2 => (y + 1) % 100,
        4 => y + 1,
        _ => return fail(i),
    };
    if y2.parse::<i16>().ok() != Some(next) || !at_boundary(r) {
        return fail(i);
    }
    Ok((r, y))
}

enum SplitYear {
    Season,
    Academic,
}

/// The noun a split year ("2023-24") stands before, past up to two capitalised words ("the
/// 2023-24 Premier League season").
fn split_year_noun(rest: &str) -> Option<SplitYear> {
    let mut r = rest;
    for _ in 0..3 {
        let (after, w) = (space, word).parse(r).ok().map(|(a, (_, w))| (a, w))?;
        let mut buf = [0u8; 24];
        match lower(w, &mut buf) {
            "season" | "seasons" => return Some(SplitYear::Season),
            "academic" | "school" | "university" => {
                return (space, kw("year")).parse(after).is_ok().then_some(SplitYear::Academic);
            }
            _ if w.starts_with(|c: char| c.is_ascii_uppercase()) || w.eq_ignore_ascii_case("football") => r = after,
            _ => return None,
        }
    }
    None
}

/// After an ISO date, the rest of a timestamp: "T14:05", "T14:05:00Z", "T14:05:00.123+02:00".
fn iso_time_tail(r: &str) -> &str {
    let b = r.as_bytes();
    let two = |k: usize| b.get(k..k + 2).is_some_and(|x| x.iter().all(u8::is_ascii_digit));
    if !(b.first() == Some(&b'T') && two(1) && b.get(3) == Some(&b':') && two(4)) {
        return r;
    }
    let mut k = 6;
    if b.get(k) == Some(&b':') && two(k + 1) {
        k += 3;
        if b.get(k) == Some(&b'.') {
            k += 1 + b[k + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
        }
    }
    match b.get(k) {
        Some(b'Z') => k += 1,
        Some(b'+' | b'-') if two(k + 1) && b.get(k + 3) == Some(&b':') && two(k + 4) => k += 6,
        _ => {}
    }
    &r[k..]
}

/// `05-Aug-2016`, `31-Oct-74`, `23/Sep/2020`, `2019-aug-01`, `14april 2015`: figures around a
/// month's name, as forms, logs and datelines write them.
fn numeric_with_month_name<'a>(i: &'a str, ctx: &DateContext) -> R<'a> {
    let sep = |x: &'a str| x.strip_prefix(['-', '/', '.']);
    let (r, a) = digit1(i)?;
    if a.len() == 4 {
        let (Some(r), y) = (sep(r), a.parse::<i16>().unwrap_or(0)) else { return fail(i) };
        let (r, m) = month_word(r)?;
        let Some(r) = sep(r) else { return fail(i) };
        let (rest, d) = digit1(r)?;
        if d.len() > 2 || !at_boundary(rest) {
            return fail(i);
        }
        return Ok((rest, ymd(y, m, d.parse().unwrap_or(0)).map(day).unwrap_or(Resolved::Invalid)));
    }
    if a.len() > 2 {
        return fail(i);
    }
    let d: i8 = a.parse().unwrap_or(0);
    // "23-2020-September": day, year, month, as some forms fill them in.
    if let Some((r2, y)) = r.strip_prefix('-').and_then(|x| {
        let n = x.bytes().take_while(u8::is_ascii_digit).count();
        let y: i16 = x.get(..n).filter(|_| n == 4)?.parse().ok()?;
        Some((x[n..].strip_prefix('-')?, y))
    }) {
        if let Ok((rest, m)) = month_word(r2) {
            return Ok((rest, ymd(y, m, d).map(day).unwrap_or(Resolved::Invalid)));
        }
    }
    // "14april": glued straight on; "05-Aug": joined by a separator.
    let (r, glued) = match sep(r) {
        Some(x) => (x, false),
        None if r.starts_with(|c: char| c.is_ascii_alphabetic()) => (r, true),
        None => return fail(i),
    };
    let (r, m) = month_word(r)?;
    if let Some(x) = sep(r).filter(|_| !glued) {
        let (rest, y) = digit1(x)?;
        if !at_boundary(rest) {
            return fail(i);
        }
        let y = match y.len() {
            4 => y.parse().unwrap_or(0),
            2 => two_digit_year(y.parse().unwrap_or(0), ctx),
            _ => return fail(i),
        };
        return Ok((rest, ymd(y, m, d).map(day).unwrap_or(Resolved::Invalid)));
    }
    resolve_day_month(r, m, d, ctx)
}

/// A two-digit year: this century unless that lands more than ten years after the reference
/// date ("31-Oct-74" in a 2013 article is 1974).
fn two_digit_year(yy: i16, ctx: &DateContext) -> i16 {
    let now = ctx.reference.map(|r| r.year()).unwrap_or(2000);
    if 2000 + yy > now + 10 { 1900 + yy } else { 2000 + yy }
}

fn optional_weekday_prefix(i: &str) -> (&str, Option<i8>) {
    match (weekday_word, opt_comma_space).parse(i) {
        Ok((r, (wd, _))) => (r, Some(wd)),
        Err(_) => (i, None),
    }
}

fn opt_comma_space(i: &str) -> IResult<&str, ()> {
    let i2 = i.strip_prefix(',').unwrap_or(i);
    let (r, _) = space(i2)?;
    let r = match (kw("the"), space).parse(r) {
        Ok((r2, _)) => r2,
        Err(_) => r,
    };
    Ok((r, ()))
}

fn resolve_day_month<'a>(rest: &'a str, m: i8, d: i8, ctx: &DateContext) -> R<'a> {
    // "Sept 23-2020", "jun-15-2019": a year joined on by a hyphen is the day's year, not the
    // far end of a range (no range runs from a day to a bare year).
    if let Some((r, y)) = rest.strip_prefix('-').and_then(glued_year) {
        return Ok((r, ymd(y, m, d).map(day).unwrap_or(Resolved::Invalid)));
    }
    if let Ok((r, y)) = year_tail(rest) {
        return Ok((r, ymd(y, m, d).map(day).unwrap_or(Resolved::Invalid)));
    }
    if let Ok((r, delta)) = relative_year_tail(rest) {
        return Ok((
            r,
            match ctx.reference {
                Some(re) => ymd(re.year() + delta as i16, m, d).map(day).unwrap_or(Resolved::Invalid),
                None => Resolved::Unresolved,
            },
        ));
    }
    // No year: the day must exist in some year (29 February does, 31 June never).
    if ymd(2024, m, d).is_none() {
        return Ok((rest, Resolved::Invalid));
    }
    let res = match ctx.year_for(m, Some(d)) {
        Some(y) => ymd(y, m, d).or_else(|| ymd(y - 1, m, d)).map(day).unwrap_or(Resolved::Invalid),
        None => Resolved::Unresolved,
    };
    Ok((rest, res))
}

/// `Tuesday 19th`: the nearest 19th that falls on a Tuesday.
fn weekday_day<'a>(i: &'a str, ctx: &DateContext) -> R<'a> {
    let (r, (wd, _)) = (weekday_word, opt_comma_space).parse(i)?;
    let (rest, d) = day_number(r)?;
    let decimal = rest.starts_with('.') && rest[1..].starts_with(|c: char| c.is_ascii_digit());
    // "By Tuesday, 12 people were held": bare digits before a word are a count, not the 12th,
    // and before "am"/"pm" an hour ("Mon 9 am"); "Tuesday 12th", "Tuesday the 12th", "Monday
    // 21 between 9:30 and 3" say a day.
    let bare = r[..r.len() - rest.len()].bytes().all(|b| b.is_ascii_digit());
    let word_follows = (space, word).parse(rest).is_ok_and(|(_, (_, w))| {
        !matches!(
            w.to_ascii_lowercase().as_str(),
            "and"
                | "or"
                | "to"
                | "through"
                | "until"
                | "till"
                | "at"
                | "between"
                | "from"
                | "in"
                | "on"
                | "for"
                | "before"
                | "after"
                | "by"
                | "during"
                | "when"
                | "while"
                | "as"
                | "is"
                | "was"
        )
    });
    // "on Thursday, the first talks since", "on Friday, the third day of protests": an ordinal
    // before a noun counts the noun.
    let noun_follows = word_follows && (space, kw("of")).parse(rest).is_err();
    if !at_boundary(rest)
        || rest.starts_with(['/', '-', ':'])
        || decimal
        || month_word(space(rest).map(|x| x.0).unwrap_or(rest)).is_ok()
        || (bare && word_follows)
        || (!bare && noun_follows)
    {
        return fail(i);
    }
    let Some(re) = ctx.reference else { return Ok((rest, Resolved::Unresolved)) };
    // A weekday and a day of the month together pin a date to within months. Looking
    // forward, the next match; otherwise the nearest either side of the reference date ("on
    // Tuesday the 11th", written on Monday the 10th, is tomorrow), the past winning a tie.
    let matches = |k: i64| {
        let m = add_months(re.first_of_month(), k);
        ymd(m.year(), m.month(), d).filter(|c| c.weekday().to_monday_zero_offset() == wd)
    };
    let found = if ctx.prefer == Prefer::Future {
        (0..=28).filter_map(matches).find(|c| *c >= re)
    } else {
        (-28..=28).filter_map(matches).min_by_key(|c| ((*c - re).get_days().abs(), *c > re))
    };
    Ok((rest, found.map(day).unwrap_or(Resolved::Invalid)))
}

/// "on the 15th", "by the 4th", "on 29th": a day of the month named alone, after a word that
/// dates things, resolved to the nearest such day in the preferred direction. A word after it
/// ("on the 4th floor") makes it an ordinal instead.
fn day_of_month_alone<'a>(i: &'a str, before: &str, ctx: &DateContext) -> R<'a> {
    let dating = ["on", "by", "until", "till", "since", "before", "after", "from", "between", "and", "through"];
    let lead = last_word(before);
    if !dating.contains(&lead.as_str()) {
        return fail(i);
    }
    // After "and" only as the second of two days ("on the 3rd and the 5th"): "the fourth storm
    // of the season and the second to bring a red warning" ranks.
    if lead == "and" {
        let t = before.trim_end();
        let first = last_word(&t[..t.len() - 3]);
        let day_like = super::lexicon::ordinal_word(&first).is_some()
            || first.starts_with(|c: char| c.is_ascii_digit())
                && ["st", "nd", "rd", "th"].iter().any(|s| first.ends_with(s));
        if !day_like {
            return fail(i);
        }
    }
    let with_the = (kw("the"), space).parse(i).map(|x| x.0).ok();
    let i2 = with_the.unwrap_or(i);
    // Bare digits are a count ("on 29 counts"): a suffix or "the" marks a day.
    if i2.starts_with(|c: char| c.is_ascii_digit())
        && with_the.is_none()
        && !i2.trim_start_matches(|c: char| c.is_ascii_digit()).starts_with(|c: char| c.is_ascii_alphabetic())
    {
        return fail(i);
    }
    let (rest, d) = day_number(i2)?;
    let next = rest.trim_start_matches(' ');
    let next_word: String =
        next.chars().take_while(|c| c.is_ascii_alphabetic()).collect::<String>().to_ascii_lowercase();
    let clause_goes_on = matches!(
        next_word.as_str(),
        "" | "at"
            | "and"
            | "or"
            | "to"
            | "until"
            | "till"
            | "through"
            | "when"
            | "but"
            | "as"
            | "in"
            | "for"
            | "after"
            | "before"
    );
    if !clause_goes_on
        || rest.starts_with(['-', '/'])
        || (next_word.is_empty() && next.starts_with(|c: char| c.is_ascii_digit()))
    {
        return fail(i);
    }
    let Some(re) = ctx.reference else { return Ok((rest, Resolved::Unresolved)) };
    let step = if ctx.prefer == Prefer::Future { 1 } else { -1 };
    let found = (0..13).map(|k| add_months(re.first_of_month(), step * k)).find_map(|m| {
        let c = ymd(m.year(), m.month(), d)?;
        let ok_side = if step > 0 { c >= re } else { c <= re };
        ok_side.then_some(c)
    });
    Ok((rest, found.map(day).unwrap_or(Resolved::Invalid)))
}

/// `20th of next month`, `the 20th day of this month`
fn day_of_period<'a>(i: &'a str, ctx: &DateContext) -> R<'a> {
    let i2 = skip_word(i, "the");
    let (r, d) = day_number(i2)?;
    let r = (space, kw("day")).parse(r).map(|x| x.0).unwrap_or(r);
    // "the 22nd of this month", or without "of" after "the": "on the 22nd this month", "the
    // 3rd next month" ("his 3rd this month" counts goals).
    let has_the = i2.len() < i.len();
    let (r, _) =
        alt(((space, kw("of"), space).map(|_| ()), |x| if has_the { space(x).map(|(r, _)| (r, ())) } else { fail(x) }))
            .parse(r)?;
    let (rest, p) = relative_period(r, ctx)?;
    let Resolved::Span(p) = p else { return Ok((rest, p)) };
    if p.grain != Grain::Month {
        return fail(i);
    }
    Ok((rest, ymd(p.start.year(), p.start.month(), d).map(day).unwrap_or(Resolved::Invalid)))
}

/// `19 June 2024`, `19th of June`, `Friday, 18 October`
fn day_month<'a>(i: &'a str, ctx: &DateContext) -> R<'a> {
    let (i2, wd) = optional_weekday_prefix(i);
    let i2 = skip_word(i2, "the");
    let (rest, d) = day_number(i2)?;
    let (rest, _) = space(rest)?;
    let rest = skip_word(rest, "of");
    let (rest, m) = month_word(rest)?;
    let (rest2, res) = resolve_day_month(rest, m, d, ctx)?;
    Ok((rest2, leading_weekday(res, wd, rest.len() != rest2.len(), ctx)))
}

/// `the Ides of March`: the 15th in March, May, July and October, the 13th in other months,
/// as the Roman calendar counts them.
fn ides<'a>(i: &'a str, ctx: &DateContext) -> R<'a> {
    let (r, _) = (kw("ides"), space, kw("of"), space).parse(skip_word(i, "the"))?;
    let (rest, m) = month_word(r)?;
    let d = if matches!(m, 3 | 5 | 7 | 10) { 15 } else { 13 };
    resolve_day_month(rest, m, d, ctx)
}

/// `June 19, 2024`, `Dec 19`, `Oct. 18th`
fn month_day<'a>(i: &'a str, ctx: &DateContext) -> R<'a> {
    let (i2, wd) = optional_weekday_prefix(i);
    // "Feb13", as compact listings write it: the day glued to the month.
    let glued = |x: &'a str| -> IResult<&'a str, i8> {
        let (r, w) = word(x)?;
        let mut buf = [0u8; 24];
        match month(lower(w, &mut buf)) {
            Some(m) if w.len() >= 3 && r.starts_with(|c: char| c.is_ascii_digit()) => Ok((r, m)),
            _ => fail(x),
        }
    };
    let (rest, m) = alt((month_word, glued)).parse(i2)?;
    let rest = match space(rest) {
        Ok((r, _)) => skip_word(r, "the"),
        Err(_) if rest.starts_with(|c: char| c.is_ascii_digit()) => rest,
        Err(e) => return Err(e),
    };
    let (rest, d) = day_number(rest)?;
    if !at_boundary(rest) {
        return fail(i);
    }
    // "Wed Oct 26 15:50:06 2016", as logs and wire stamps write it: the year after the time.
    if let Some(clock) = rest.strip_prefix(' ').and_then(|t| super::clock_time(t).map(|n| &t[n..])) {
        if let Ok((rest2, res @ Resolved::Span(_))) = resolve_day_month(clock, m, d, ctx) {
            if rest2.len() < clock.len() && has_year(&clock[..clock.len() - rest2.len()]) {
                return Ok((rest2, res));
            }
        }
    }
    let (rest2, res) = resolve_day_month(rest, m, d, ctx)?;
    Ok((rest2, leading_weekday(res, wd, rest.len() != rest2.len(), ctx)))
}

/// A weekday written before a date without a year picks the year ("Monday, Feb 18").
fn leading_weekday(res: Resolved, wd: Option<i8>, year_written: bool, ctx: &DateContext) -> Resolved {
    match (res, wd) {
        (Resolved::Span(s), Some(wd)) if !year_written && s.start.weekday().to_monday_zero_offset() != wd => {
            year_of_weekday(s.start, wd, ctx).map(day).unwrap_or(res)
        }
        _ => res,
    }
}

/// Where a month word stands, which decides whether an ambiguous one is the month.
#[derive(Clone, Copy)]
enum MonthSlot<'a> {
    /// The grammar asks for a month here ("the end of …", "the third Tuesday of …").
    Expected,
    /// Running text: the words before it.
    After(&'a str),
}

/// Is this month word meant as a month here? "May" and "March" are more often the modal and
/// the verb, "august" the adjective, and a three-letter form in lower case may be a word or a
/// name ("mar", "dec", "jan"); those need a year after them or a word before them that
/// introduces a date. Other full names count in any case: queries, headlines run through
/// lower-casing and some wire feeds write "in june".
fn month_word_is_month(w: &str, slot: MonthSlot, rest: &str) -> bool {
    let MonthSlot::After(before) = slot else { return true };
    let capital = w.starts_with(|c: char| c.is_ascii_uppercase());
    let mut buf = [0u8; 24];
    let lw = lower(w, &mut buf);
    let verb_too = matches!(lw, "may" | "march" | "mar");
    let clipped = lw.len() <= 4 && month(lw).is_some() && !matches!(lw, "june" | "july");
    let adjective_too = lw == "august";
    if year_tail(rest).is_ok() {
        return true;
    }
    let prev = last_word(before);
    // "June Carter said", "the October Revolution": before a capitalised word, a month's name
    // is a person's or part of a name, unless a date word stands before it ("in June Carter").
    let name_follows = capital && name_next(rest);
    let needs_company = verb_too || (!capital && (clipped || adjective_too)) || name_follows;
    if !needs_company {
        return true;
    }
    // ("for May's successor", "over march routes": not after these two.)
    let opens_a_date = opens_a_date(&prev) && !(verb_too && matches!(prev.as_str(), "for" | "over"));
    // "between march and may", "from march to may"; but "and may well", "to march on".
    let joins_a_date =
        matches!(prev.as_str(), "and" | "to" | "or") && (capital || !verb_too || !at_word(rest.trim_start()));
    // ("the March quarter", "the May-half result": a period named by the month it ends in.)
    let names_a_period = capital && {
        let r = rest.strip_prefix([' ', '-']).unwrap_or("");
        ["quarter", "half"].iter().any(|p| super::starts_with_ignore_case(r, p) && at_boundary(&r[p.len()..]))
    };
    opens_a_date
        || joins_a_date
        || names_a_period
        || (capital && matches!(prev.as_str(), "last" | "next" | "this"))
        || (capital && runs_to_a_month(rest))
}

/// Does a range to a month follow ("May to July", "March-April", "May through September")?
/// Then a capitalised "May" or "March" opens the range: the modal and the verb take no
/// month after "to".
fn runs_to_a_month(rest: &str) -> bool {
    let dash = alt((tag("-"), tag("–"), tag("—")));
    let to = alt((kw("to"), kw("through"), kw("until"), kw("till"), kw("thru")));
    let connector = alt(((space, to, space).map(|_| ()), dash.map(|_| ())));
    (connector, month_word).parse(rest).is_ok()
}

/// Is the next word capitalised, and no month or weekday (nor "I" or a sentence's "The")? Then
/// a capitalised month, season or clipped weekday before it is part of a name ("June Carter",
/// "the Winter Olympics", "Sat Nav").
fn name_next(rest: &str) -> bool {
    (space, word).parse(rest).is_ok_and(|(_, (_, n))| {
        let mut buf = [0u8; 24];
        let ln = lower(n, &mut buf);
        n.starts_with(|c: char| c.is_ascii_uppercase())
            && month(ln).is_none()
            && weekday(ln).is_none()
            && !matches!(ln, "i" | "the")
    })
}

/// Words that introduce a date, after which a word that is also a verb or a name ("may",
/// "march", "fall", "spring") is the month or the season.
fn opens_a_date(w: &str) -> bool {
    matches!(
        w,
        "in" | "since"
            | "by"
            | "until"
            | "till"
            | "of"
            | "from"
            | "early"
            | "late"
            | "mid"
            | "during"
            | "before"
            | "after"
            | "through"
            | "throughout"
            | "between"
            | "over"
            | "for"
    )
}

/// Does a word start here (rather than punctuation or the end of the text)?
fn at_word(s: &str) -> bool {
    s.starts_with(|c: char| c.is_alphanumeric())
}

/// `June 2024`, `June`, `November of last year`, `last October`, `the June treaty`
fn month_phrase<'a>(i: &'a str, slot: MonthSlot, ctx: &DateContext) -> R<'a> {
    // "last/this/next October"
    if let Ok((rest, (which, sp, m))) = (alt((kw("last"), kw("this"), kw("next"))), space, month_word).parse(i) {
        let written = &i[which.len() + sp.len()..];
        if matches!(m, 3 | 5) && !written.starts_with(|c: char| c.is_ascii_uppercase()) {
            return fail(i); // "this may", "next march" are verbs more often than months
        }
        let Some(r) = ctx.reference else { return Ok((rest, Resolved::Unresolved)) };
        let which = which.to_ascii_lowercase();
        let y = match which.as_str() {
            "last" => {
                if m < r.month() {
                    r.year()
                } else {
                    r.year() - 1
                }
            }
            "next" => {
                if m > r.month() {
                    r.year()
                } else {
                    r.year() + 1
                }
            }
            _ => r.year(),
        };
        return Ok((rest, month_span(y, m)));
    }
    let (rest, w) = word(i)?;
    let (rest, m) = month_word(i).or_else(|_| fail::<i8>(rest))?;
    if !month_word_is_month(w, slot, rest) {
        return fail(i);
    }
    if let Ok((r, y)) = year_tail(rest) {
        return Ok((r, month_span(y, m)));
    }
    if let Ok((r, delta)) = relative_year_tail(rest) {
        return Ok((
            r,
            match ctx.reference {
                Some(re) => month_span(re.year() + delta as i16, m),
                None => Resolved::Unresolved,
            },
        ));
    }
    let res = match ctx.year_for(m, None) {
        Some(y) => month_span(y, m),
        None => Resolved::Unresolved,
    };
    Ok((rest, res))
}

/// `in 2017`, `by 2017`; a bare four-digit number is a year only beside a word that says so.
fn year_phrase<'a>(i: &'a str, before: &str) -> R<'a> {
    let (rest, y) = year_number(i)?;
    let prev = last_word(before);
    let dateish = matches!(
        prev.as_str(),
        "in" | "since"
            | "by"
            | "until"
            | "till"
            | "from"
            | "of"
            | "during"
            | "before"
            | "after"
            | "year"
            | "circa"
            | "through"
            | "throughout"
            | "to"
            | "and"
            | "early"
            | "late"
            | "mid"
            | "summer"
            | "winter"
            | "spring"
            | "autumn"
            | "fall"
            | "between"
    );
    // "the 2022 invasion", "Russia's 2017 sanctions", "the 1998 Good Friday Agreement": a year
    // used as an adjective of an event or a name. Before other nouns a bare figure stays a
    // count ("the 2000 soldiers").
    let event_after =
        matches!(prev.as_str(), "the" | "its" | "their" | "his" | "her" | "our" | "a" | "s" | "this" | "that")
            && (1900..=2100).contains(&y)
            && space(rest).ok().and_then(|(r, _)| word(r).ok()).is_some_and(|(after, w)| {
                at_boundary(after)
                    && (w.starts_with(|c: char| c.is_ascii_uppercase())
                        || dated_by_year(&w.to_ascii_lowercase())
                        // "the 2019 general election", "the 2008 financial crisis": one word
                        // between the year and its event.
                        || w.bytes().all(|b| b.is_ascii_lowercase())
                            && space(after).ok().and_then(|(r, _)| word(r).ok()).is_some_and(|(after2, w2)| {
                                at_boundary(after2) && dated_by_year(&w2.to_ascii_lowercase())
                            }))
            });
    // "a smaller 2021 study", "the disputed 2020 election": an adjective between the article
    // and the year, before a noun that years date ("the first 2000 troops" counts them).
    let event_after = event_after
        || (1900..=2100).contains(&y) && {
            // (`prev` is the last word of `before`, lower-cased; as written, "the Paris 2024
            // Games" is a name, numbered.)
            let bt = before.trim_end();
            let split = bt.len().saturating_sub(prev.len());
            let (t, written) = (bt.get(..split).unwrap_or("").trim_end(), bt.get(split..).unwrap_or(""));
            let adjective = written.bytes().all(|b| b.is_ascii_lowercase())
            && prev.len() > 2
            && super::lexicon::num_word(&prev).is_none()
            && super::lexicon::ordinal_word(&prev).is_none()
            // ("a further 2000 strikes", "the remaining 1500 troops": adjectives of a count.)
            && !matches!(
                prev.as_str(),
                "further" | "additional" | "extra" | "other" | "remaining" | "estimated" | "more" | "last" | "next"
                    | "final" | "total" | "only" | "nearly" | "almost" | "around" | "about" | "roughly" | "over"
                    | "under" | "mere" | "whole" | "entire" | "reported" | "new"
            );
            adjective
                && matches!(
                    last_word(t).as_str(),
                    "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "this"
                )
                && space(rest)
                    .ok()
                    .and_then(|(r, _)| word(r).ok())
                    .is_some_and(|(after, w)| at_boundary(after) && dated_by_year(&w.to_ascii_lowercase()))
        };
    // "as late as 1990, the town had no road": still so then ("as recently as 2019", "as
    // long ago as 1998", "as far back as 1990" name the year too).
    let as_late_as = prev == "as" && {
        let t = before.trim_end();
        ["late as", "recently as", "ago as", "back as"]
            .iter()
            .any(|w| t.len() >= w.len() && t.get(t.len() - w.len()..).is_some_and(|x| x.eq_ignore_ascii_case(w)))
    };
    // "revenue of $17bn for 2025", "a plant planned for 2028;": after "for", a year where no
    // noun follows it, which would make it a count ("for 2025 troops", "for 2000 and 3000 more").
    let for_year = prev == "for" && (1950..=2100).contains(&y) && {
        let after = rest.trim_start_matches([' ', '\u{a0}']);
        let next = after.split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
        let round = y % 100 == 0;
        next.is_empty() && !after.starts_with(|c: char| c.is_ascii_digit())
            || (!round && matches!(next, "and" | "or" | "to"))
            || matches!(
                next,
                "was"
                    | "were"
                    | "is"
                    | "are"
                    | "will"
                    | "would"
                    | "could"
                    | "as"
                    | "but"
                    | "than"
                    | "from"
                    | "against"
                    | "when"
                    | "after"
                    | "before"
                    | "while"
                    | "has"
                    | "had"
                    | "have"
                    | "at"
                    | "in"
                    | "on"
                    | "of"
                    // "Net profit for 2024 came to €412 million": a verb of reaching a figure.
                    | "came"
                    | "stood"
                    | "amounted"
                    | "totalled"
                    | "totaled"
                    | "reached"
                    | "topped"
                    // "a 55% target for 2030 agreed in April": a verb of setting it.
                    | "agreed"
                    | "set"
                    | "announced"
                    | "approved"
                    | "adopted"
                    | "signed"
                    | "unveiled"
                    | "proposed"
                    | "published"
                    | "pledged"
            )
            || super::lexicon::change_verb(next)
    };
    // "compared with 1990 levels", "against 2019 figures", "below 2008 highs": a year before a
    // noun years date, after a word of comparison ("with 2000 troops" stays a count).
    let compared_with =
        matches!(prev.as_str(), "with" | "against" | "on" | "below" | "above" | "versus" | "vs" | "than" | "at")
            && (1900..=2100).contains(&y)
            && year_dates_next(rest);
    // "up almost four points on 2019", "down 3% on 2023, and flat on 2022", "20% above 2021",
    // "compares with 2019": a year ending its clause after a change or a figure of one, set
    // against it ("with 2000." after no word of comparison stays a count).
    let basis_of_a_change = (1950..=2100).contains(&y)
        && matches!(prev.as_str(), "on" | "against" | "versus" | "vs" | "above" | "below" | "with" | "than")
        && {
            let after = rest.trim_start_matches([' ', '\u{a0}']);
            let next = after.split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
            after.starts_with(['.', ',', ';', ':', ')', '!', '?', '\n'])
                || after.is_empty()
                || matches!(next, "and" | "but" | "when" | "while" | "as" | "despite")
        }
        && {
            let t = before.trim_end();
            let head = t[..t.len() - prev.len()].trim_end();
            let word_before = last_word(head);
            if prev == "with" {
                matches!(word_before.as_str(), "compared" | "compares" | "compare" | "comparison")
            } else {
                head.ends_with(['%', '%'])
                    || matches!(
                        word_before.as_str(),
                        "points"
                            | "point"
                            | "percent"
                            | "cent"
                            | "pc"
                            | "up"
                            | "down"
                            | "flat"
                            | "higher"
                            | "lower"
                            | "unchanged"
                            | "steady"
                            | "ahead"
                            | "behind"
                    )
                    || super::lexicon::change_verb(&word_before)
            }
        };
    // "The last time was 2019", "the year was 1989": a year said of a time.
    let time_was = (1900..=2100).contains(&y) && matches!(prev.as_str(), "was" | "is" | "being") && {
        let t = before.trim_end();
        let subject = last_word(&t[..t.len() - prev.len()]);
        matches!(subject.as_str(), "time" | "occasion" | "year" | "date")
    };
    // "a 2008-style crash", "1990s-era rules": a year named as a style or an era.
    let styled = (1900..=2100).contains(&y) && ["-style", "-era"].iter().any(|s| rest.starts_with(s));
    let dateish = dateish || as_late_as || for_year || compared_with || basis_of_a_change || styled || time_was;
    // "1,500" never reaches here (commas), but "2,017" would not be a year either.
    if !(dateish || event_after) || rest.starts_with('%') || rest.starts_with(|c: char| c.is_ascii_digit()) {
        return fail(i);
    }
    // "in 2017 dollars" and "in 2024 troops" are rare; "2017 troops" (no preposition) is excluded above.
    Ok((rest, year_span(y)))
}

/// "2014 to 2018", "2014-2018", "1990 through 2000": two years a range apart, read as years
/// unless a count of things or a unit follows ("1990 to 2000 troops", "2000-2020 dollars").
fn year_range(i: &str) -> R<'_> {
    let (r, y1) = year_number_loose(i)?;
    let (r, dashed) = match r.strip_prefix(['-', '–']) {
        Some(x) => (x, true),
        None => ((space, alt((kw("to"), kw("through"), kw("until"), kw("till"))), space).parse(r)?.0, false),
    };
    let (rest, y2) = match year_number_loose(r) {
        Ok(hit) => hit,
        // "the 1939-45 war", "the 2014–18 campaign": the second year clipped to its last two
        // digits, in the first one's century and at most a decade on (wars, terms, seasons;
        // "2015-32" is more likely a code). Two digits that could be a month ("2001-03") are
        // left to the ISO reading, and "2023-24" to the split years.
        Err(_) if dashed => {
            let (rest, d) = digit1(r)?;
            let yy: i16 = d.parse().unwrap_or(0);
            let y2 = y1 - y1.rem_euclid(100) + yy;
            if d.len() != 2 || yy <= 12 || y2 - y1 > 10 {
                return fail(i);
            }
            (rest, y2)
        }
        Err(e) => return Err(e),
    };
    // ("the 1850-1900 average": a century back, where a noun of dates follows.)
    let dated_noun_next = || {
        space(rest).ok().and_then(|(r, _)| word(r).ok()).is_some_and(|(after, w)| {
            let lw = w.to_ascii_lowercase();
            at_boundary(after) && (dated_by_year(&lw) || matches!(lw.as_str(), "period" | "baseline" | "era"))
        })
    };
    let plausible =
        ((1900..=2100).contains(&y1) || (1800..1900).contains(&y1) && dated_noun_next()) && y1 < y2 && y2 - y1 <= 100;
    if !plausible || !at_boundary(rest) || rest.starts_with('%') {
        return fail(i);
    }
    if super::number::plural_count_follows(rest) || super::number::unit_follows(rest) {
        return fail(i);
    }
    if y2 == y1 + 1 {
        return Ok((rest, split_year(y1, rest)));
    }
    match (ymd(y1, 1, 1), ymd(y2, 12, 31)) {
        (Some(a), Some(b)) => Ok((rest, span(a, b, Grain::Year))),
        _ => fail(i),
    }
}

/// `2014 AD`, `14 a.d.`, `300 BC`, `70 CE`: a year with its era, of any length.
fn era_year(i: &str) -> R<'_> {
    let (r, y) = digit1(i)?;
    let (r, _) = space(r)?;
    let n = r.bytes().take_while(|b| b.is_ascii_alphabetic() || *b == b'.').count();
    let era: String = r[..n].chars().filter(|c| *c != '.').collect::<String>().to_ascii_lowercase();
    let rest = &r[n..];
    let y: i32 = y.parse().unwrap_or(0);
    if y == 0 || y > 9999 || !at_boundary(rest) {
        return fail(i);
    }
    // 1 BC is year 0 of the proleptic calendar, 2 BC year -1.
    let year = match era.as_str() {
        "ad" | "ce" => y,
        "bc" | "bce" => 1 - y,
        _ => return fail(i),
    };
    match (i16::try_from(year).ok().and_then(|y| ymd(y, 1, 1)), i16::try_from(year).ok().and_then(|y| ymd(y, 12, 31))) {
        (Some(a), Some(b)) => Ok((rest, span(a, b, Grain::Year))),
        _ => Ok((rest, Resolved::Invalid)),
    }
}

/// "nineties", "noughties": the latest decade of that name begun by the reference date.
fn decade_name<'a>(i: &'a str, ctx: &DateContext) -> R<'a> {
    let (rest, w) = word(i)?;
    const NAMES: [&str; 8] =
        ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];
    let y = if w.eq_ignore_ascii_case("noughties") {
        2000
    } else {
        let Some(k) = NAMES.iter().position(|n| w.eq_ignore_ascii_case(n)) else { return fail(i) };
        let tens = 20 + 10 * k as i16;
        let now = ctx.reference.map(|r| r.year()).unwrap_or(2000);
        [2000 + tens, 1900 + tens].into_iter().find(|y| *y <= now).unwrap_or(1900 + tens)
    };
    match (ymd(y, 1, 1), ymd(y + 9, 12, 31)) {
        (Some(s), Some(e)) => Ok((rest, span(s, e, Grain::Decade))),
        _ => fail(i),
    }
}

/// Does `i` read "30s", "mid-30s", "early 40s": a decade in two digits, with no apostrophe?
fn two_digit_decade_ahead(i: &str) -> bool {
    let i = ["mid-", "mid ", "early ", "late "]
        .iter()
        .find_map(|p| i.get(..p.len()).filter(|h| h.eq_ignore_ascii_case(p)).map(|_| &i[p.len()..]))
        .unwrap_or(i);
    let b = i.as_bytes();
    b.len() >= 3 && b[0].is_ascii_digit() && b[1].is_ascii_digit() && b[2] == b's' && at_boundary(&i[3..])
}

/// `the 1990s`, `1990s`, `the '90s`
fn decade_phrase<'a>(i: &'a str, ctx: &DateContext) -> R<'a> {
    let i2 = skip_word(i, "the");
    // "the nineties": the latest decade of that name begun by the reference date. Only after
    // "the": "in her nineties" is an age.
    if i2.len() < i.len() {
        if let Ok(hit) = decade_name(i2, ctx) {
            return Ok(hit);
        }
    }
    let (rest, d) = alt((digit1, nom::sequence::preceded(alt((char('\''), char('’'))), digit1))).parse(i2)?;
    let rest = rest.strip_prefix('\'').or_else(|| rest.strip_prefix('’')).unwrap_or(rest);
    let Some(rest) = rest.strip_prefix('s') else { return fail(i) };
    if !at_boundary(rest) {
        return fail(i);
    }
    let y: i16 = match d.len() {
        4 => d.parse().unwrap_or(0),
        2 => century_of_clipped(d.parse().unwrap_or(0)),
        _ => return fail(i),
    };
    if y % 10 != 0 {
        return fail(i);
    }
    // "the 1800s" is the hundred years, not a decade; "the 2000s" in news is the decade.
    let (last, grain) =
        if y % 100 == 0 && y < 2000 && d.len() == 4 { (y + 99, Grain::Century) } else { (y + 9, Grain::Decade) };
    match (ymd(y, 1, 1), ymd(last, 12, 31)) {
        (Some(s), Some(e)) => Ok((rest, span(s, e, grain))),
        _ => fail(i),
    }
}

// ---------------------------------------------------------------------------------------------
// Relative dates

fn deictic<'a>(i: &'a str, ctx: &DateContext) -> R<'a> {
    let (rest, which) = alt((
        phrase("the day before yesterday"),
        phrase("the day after tomorrow"),
        // ("The night before last, two houses burned": the night two days back.)
        phrase("the night before last"),
        kw("today"),
        kw("tonight"),
        kw("yesterday"),
        kw("tomorrow"),
        phrase("this morning"),
        phrase("this afternoon"),
        phrase("this evening"),
        phrase("last night"),
        kw("overnight"),
    ))
    .parse(i)?;
    if !at_boundary(rest) {
        return fail(i);
    }
    // "overnight on Tuesday", "overnight into Sunday", "overnight Saturday": the night of the
    // day named after it.
    if which.eq_ignore_ascii_case("overnight")
        && (space, alt((kw("on"), kw("into"), kw("to"), |x| weekday_word(x).map(|(r, _)| (r, ""))))).parse(rest).is_ok()
    {
        return fail(i);
    }
    // "overnight lows above 30C", "an overnight curfew": an adjective of a kind of thing,
    // which names no night (a plural noun after it, or a noun of what nights have).
    if which.eq_ignore_ascii_case("overnight") {
        if let Ok((_, (_, next))) = (space, word).parse(rest) {
            let plural_noun = next.len() > 3
                && next.ends_with('s')
                && !next.ends_with("ss")
                && !next.ends_with("us")
                && next.starts_with(|c: char| c.is_ascii_lowercase());
            let of_nights = matches!(
                next,
                "curfew" | "stay" | "shift" | "low" | "high" | "temperature" | "minimum" | "frost" | "parking"
            );
            if plural_noun || of_nights {
                return fail(i);
            }
        }
    }
    // "yesterday morning", "tomorrow night": the part of the day stays within the day.
    let rest = match (space, alt((kw("morning"), kw("afternoon"), kw("evening"), kw("night")))).parse(rest) {
        Ok((r, _)) if !which.contains(' ') && !which.eq_ignore_ascii_case("overnight") => r,
        _ => rest,
    };
    let Some(r) = ctx.reference else { return Ok((rest, Resolved::Unresolved)) };
    let w = which.to_ascii_lowercase();
    let off = if w.contains("before yesterday") || w.contains("before last") {
        -2
    } else if w.contains("after tomorrow") {
        2
    } else if w == "overnight" {
        // "Power was restored overnight": the night just gone, across two days.
        return Ok((rest, span(add_days(r, -1), r, Grain::Day)));
    } else if w.starts_with("yesterday") || w == "last night" {
        -1
    } else if w.starts_with("tomorrow") {
        1
    } else {
        0
    };
    Ok((rest, day(add_days(r, off))))
}

/// The first such weekday after `re` (a week on if `re` is one).
fn coming_weekday(re: Date, wd: i64) -> Date {
    let fwd = (wd - re.weekday().to_monday_zero_offset() as i64).rem_euclid(7);
    add_days(re, if fwd == 0 { 7 } else { fwd })
}

/// "a week on Monday", "a week tomorrow", "a week today" (British): seven days after the day.
fn a_week_on<'a>(i: &'a str, ctx: &DateContext) -> R<'a> {
    enum From {
        Weekday(i64),
        Today,
        Tomorrow,
    }
    // "a fortnight on Tuesday": two weeks after it.
    let (r, (_, _, unit, _)) =
        (alt((kw("a"), kw("one"))), space, alt((kw("week"), kw("fortnight"))), space).parse(i)?;
    let weeks = if unit.eq_ignore_ascii_case("fortnight") { 2 } else { 1 };
    let (rest, from) = alt((
        |x| (kw("on"), space, weekday_word).parse(x).map(|(r, (_, _, wd))| (r, From::Weekday(wd as i64))),
        |x| kw("today")(x).map(|(r, _)| (r, From::Today)),
        |x| kw("tomorrow")(x).map(|(r, _)| (r, From::Tomorrow)),
    ))
    .parse(r)?;
    if !at_boundary(rest) {
        return fail(i);
    }
    let Some(re) = ctx.reference else { return Ok((rest, Resolved::Unresolved)) };
    let d = match from {
        From::Weekday(wd) => coming_weekday(re, wd),
        From::Today => re,
        From::Tomorrow => add_days(re, 1),
    };
    Ok((rest, day(add_days(d, 7 * weeks))))
}

/// `Friday`, `last Friday`, `next Friday`, `this Friday`, `Friday last week`
fn weekday_phrase<'a>(i: &'a str, future_hint: bool, ctx: &DateContext) -> R<'a> {
    // "next week Monday": the day of that week.
    if let Ok((r, (rel, _, _, _, wd))) =
        (alt((kw("last"), kw("this"), kw("next"), kw("past"), kw("previous"))), space, kw("week"), space, weekday_word)
            .parse(i)
    {
        if at_boundary(r) {
            let Some(re) = ctx.reference else { return Ok((r, Resolved::Unresolved)) };
            let off = match rel.to_ascii_lowercase().as_str() {
                "last" | "past" | "previous" => -7,
                "next" => 7,
                _ => 0,
            };
            return Ok((r, day(add_days(week_start(re), off + wd as i64))));
        }
    }
    // "this coming Friday": the coming one.
    let i = match (kw("this"), space).parse(i) {
        Ok((r, _)) if (kw("coming"), space).parse(r).is_ok() => r,
        _ => i,
    };
    let (rest, which) = match (
        alt((kw("last"), kw("next"), kw("this"), kw("past"), kw("previous"), kw("coming"), kw("following"))),
        space,
    )
        .parse(i)
    {
        Ok((r, (w, _))) => (r, Some(w.to_ascii_lowercase())),
        Err(_) => (i, None),
    };
    let (rest, wd) = weekday_word(rest)?;
    if !at_boundary(rest) {
        return fail(i);
    }
    // "the Good Friday Agreement": an accord's name, no day ("Friday attacks" are Friday's).
    let accord = |w: &str| matches!(w.to_ascii_lowercase().as_str(), "agreement" | "accord" | "accords" | "protocol");
    if (space, word).parse(rest).is_ok_and(|(_, (_, w))| accord(w)) {
        return fail(i);
    }
    // "Friday next" (British, formal): the coming Friday.
    if which.is_none() {
        if let Ok((r, _)) = (space, kw("next")).parse(rest) {
            let period_follows = (space, unit_word).parse(r).is_ok();
            if at_boundary(r) && !period_follows {
                let Some(re) = ctx.reference else { return Ok((r, Resolved::Unresolved)) };
                return Ok((r, day(coming_weekday(re, wd as i64))));
            }
        }
    }
    // "Monday week" (British): a week after the coming Monday.
    if which.is_none() {
        if let Ok((r, _)) = (space, kw("week")).parse(rest) {
            if at_boundary(r) && (space, digit1::<_, nom::error::Error<&str>>).parse(r).is_err() {
                let Some(re) = ctx.reference else { return Ok((r, Resolved::Unresolved)) };
                return Ok((r, day(add_days(coming_weekday(re, wd as i64), 7))));
            }
        }
    }
    // "Friday last week" / "Tuesday of next week"
    if let Ok((r, (_, _, _, rel, _, _))) = (
        space,
        nom::combinator::opt((alt((kw("of"), kw("from"))), space)),
        nom::combinator::opt((kw("the"), space)),
        alt((kw("last"), kw("this"), kw("next"), kw("past"), kw("previous"), kw("following"))),
        space,
        kw("week"),
    )
        .parse(rest)
    {
        let Some(re) = ctx.reference else { return Ok((r, Resolved::Unresolved)) };
        let off = match rel.to_ascii_lowercase().as_str() {
            "last" | "past" | "previous" => -7,
            "next" | "following" => 7,
            _ => 0,
        };
        return Ok((r, day(add_days(week_start(re), off + wd as i64))));
    }
    let Some(r) = ctx.reference else { return Ok((rest, Resolved::Unresolved)) };
    let today = r.weekday().to_monday_zero_offset() as i64;
    let wd = wd as i64;
    let back = (today - wd).rem_euclid(7); // days since the most recent such weekday (0 = today)
    let fwd = (wd - today).rem_euclid(7);
    let d = match which.as_deref() {
        // "last Wednesday" is the Wednesday of last week, "next Wednesday" that of next week.
        Some("last") | Some("previous") => add_days(week_start(r), wd - 7),
        Some("past") => add_days(r, -(if back == 0 { 7 } else { back })),
        Some("next") | Some("following") => add_days(week_start(r), wd + 7),
        Some("coming") => add_days(r, if fwd == 0 { 7 } else { fwd }),
        // "this Monday": in the week of writing; looking forward, the coming one.
        Some("this") if ctx.prefer == Prefer::Future || future_hint => add_days(r, fwd),
        Some("this") => add_days(week_start(r), wd),
        _ => {
            if ctx.prefer == Prefer::Future || future_hint {
                // "The council will meet on Wednesday", written on a Wednesday, meets that day:
                // wire copy names the day of writing by its weekday (a week on is "next
                // Wednesday"). Duckling's convention, the week after, holds under --prefer future.
                let today_counts = ctx.told_ahead || ctx.prefer != Prefer::Future;
                add_days(r, if fwd == 0 && !today_counts { 7 } else { fwd })
            } else if ctx.prefer == Prefer::Nearest && fwd < back {
                // A deadline ("by Friday") is the nearer Friday, as a deadline date is.
                add_days(r, fwd)
            } else {
                add_days(r, -back)
            }
        }
    };
    Ok((rest, day(d)))
}

fn unit_word(i: &str) -> IResult<&str, &'static str> {
    let (rest, w) = word(i)?;
    let mut buf = [0u8; 24];
    let u = match lower(w, &mut buf) {
        "day" | "days" => "day",
        "week" | "weeks" => "week",
        "weekend" | "weekends" => "weekend",
        "month" | "months" => "month",
        "quarter" | "quarters" | "qtr" | "qtrs" => "quarter",
        "year" | "years" => "year",
        "decade" | "decades" => "decade",
        "fortnight" => "fortnight",
        _ => return fail(i),
    };
    // "week-end", as British copy once wrote it.
    if let Some(r) = rest.get(4..).filter(|_| u == "week" && super::lexicon::hyphen_end(rest)) {
        if at_boundary(r) {
            return Ok((r, "weekend"));
        }
    }
    if !at_boundary(rest) {
        return fail(i);
    }
    Ok((rest, u))
}

/// "morning", "evening", "night": a part of a day, told from a date as the day itself.
fn day_part_word(i: &str) -> IResult<&str, &'static str> {
    let (rest, w) = word(i)?;
    let mut buf = [0u8; 24];
    match lower(w, &mut buf) {
        "morning" | "afternoon" | "evening" | "night" if at_boundary(rest) => Ok((rest, "day")),
        _ => fail(i),
    }
}

/// `r` past a part of the day ("evening", "night") after `d`, when `d` is one day.
fn day_part_of_a_day(r: &str, d: Resolved) -> &str {
    match (d, (space, day_part_word).parse(r)) {
        (Resolved::Span(s), Ok((rest, _))) if s.start == s.end && s.grain == Grain::Day => rest,
        _ => r,
    }
}

fn unit_or_day_part(i: &str) -> IResult<&str, &'static str> {
    alt((unit_word, day_part_word)).parse(i)
}

/// Can a phrase of time start after `before`: at the start of a sentence or after a comma,
/// a conjunction, a preposition, or "later"/"earlier"?
fn time_phrase_can_stand(before: &str) -> bool {
    let t = before.trim_end();
    if t.is_empty() || t.ends_with(['.', ',', ';', ':', '!', '?', '(', '"', '\u{201c}']) {
        return true;
    }
    matches!(
        last_word(t).as_str(),
        "and"
            | "but"
            | "then"
            | "later"
            | "earlier"
            | "by"
            | "on"
            | "in"
            | "until"
            | "till"
            | "from"
            | "since"
            | "during"
            | "for"
            | "of"
            | "late"
            | "early"
            | "at"
    )
}

fn period_containing(r: Date, unit: &str, offset: i64) -> Resolved {
    match unit {
        "day" => day(add_days(r, offset)),
        "week" => week_span(add_days(week_start(r), 7 * offset)),
        "fortnight" => {
            span(add_days(week_start(r), 14 * offset), add_days(week_start(r), 14 * offset + 13), Grain::Week)
        }
        "weekend" => {
            let sat = add_days(week_start(r), 5 + 7 * offset);
            span(sat, add_days(sat, 1), Grain::Week)
        }
        "month" => {
            let m = add_months(r.first_of_month(), offset);
            span(m, m.last_of_month(), Grain::Month)
        }
        "quarter" => {
            let q0 = ymd(r.year(), ((r.month() - 1) / 3) * 3 + 1, 1).unwrap_or(r);
            let s = add_months(q0, 3 * offset);
            span(s, add_days(add_months(s, 3), -1), Grain::Quarter)
        }
        "year" => year_span(r.year() + offset as i16),
        "decade" => {
            let y = (r.year() / 10) * 10 + 10 * offset as i16;
            match (ymd(y, 1, 1), ymd(y + 9, 12, 31)) {
                (Some(s), Some(e)) => span(s, e, Grain::Decade),
                _ => Resolved::Invalid,
            }
        }
        _ => Resolved::Invalid,
    }
}

/// "the next decade" as the ten calendar years after this one.
fn the_next_decade_as_years<'a>(i: &'a str, ctx: &DateContext) -> R<'a> {
    let (rest, _) = (kw("the"), space, alt((kw("next"), kw("coming"))), space, kw("decade")).parse(i)?;
    if !at_boundary(rest) {
        return fail(i);
    }
    let Some(r) = ctx.reference else { return Ok((rest, Resolved::Unresolved)) };
    match (ymd(r.year() + 1, 1, 1), ymd(r.year() + 10, 12, 31)) {
        (Some(s), Some(e)) => Ok((rest, span(s, e, Grain::Year))),
        _ => Ok((rest, Resolved::Invalid)),
    }
}

/// `last week`, `this month`, `next year`, `over the weekend`, `the past week`, `earlier this month`
fn relative_period<'a>(i: &'a str, ctx: &DateContext) -> R<'a> {
    // "this time last year", "at this time next week": the same day a period away.
    if let Ok((rest, (_, _, _, rel, _, unit))) = (
        kw("this"),
        space,
        kw("time"),
        |x| (space, alt((kw("last"), kw("next")))).parse(x).map(|(r, (_, w))| (r, w)),
        space,
        unit_word,
    )
        .parse(i)
    {
        let Some(r) = ctx.reference else { return Ok((rest, Resolved::Unresolved)) };
        let dir = if rel.eq_ignore_ascii_case("last") { -1 } else { 1 };
        return Ok((rest, day(shift(r, unit, dir))));
    }
    // earlier/later this week|month|year
    if let Ok((rest, (el, _, _, _, unit))) =
        (alt((kw("earlier"), kw("later"))), space, alt((kw("this"), phrase("in the"))), space, unit_word).parse(i)
    {
        let Some(r) = ctx.reference else { return Ok((rest, Resolved::Unresolved)) };
        let Resolved::Span(p) = period_containing(r, unit, 0) else { return fail(i) };
        let res = if el.eq_ignore_ascii_case("earlier") { span(p.start, r, p.grain) } else { span(r, p.end, p.grain) };
        return Ok((rest, res));
    }
    // the past/last N days (a rolling window ending today)
    if let Ok((rest, (_, _, _, _, n, _, unit))) =
        (kw("the"), space, alt((kw("past"), kw("last"), kw("previous"))), space, count_word, space, unit_word).parse(i)
    {
        // "the past two years and three months": each further part reaches further back.
        let (rest, parts) = further_parts(rest, true);
        if parts.iter().any(|(_, u)| *u == "weekend") {
            return fail(i);
        }
        let Some(r) = ctx.reference else { return Ok((rest, Resolved::Unresolved)) };
        if unit == "weekend" {
            return Ok((rest, weekends(r, n as i64, -1)));
        }
        // From the same date N units back, both ends counted: a day wider is a safer claim.
        let start = parts.iter().fold(shift(r, unit, -(n as i64)), |d, (n, u)| shift(d, u, -(*n as i64)));
        return Ok((rest, span(start, r, Grain::Day)));
    }
    // "the rest of the week", "the remainder of the year": from today to the period's end.
    if let Ok((rest, (_, _, _, _, _, _, unit))) = (
        nom::combinator::opt((kw("the"), space)),
        alt((kw("rest"), kw("remainder"), kw("remaining"), kw("balance"))),
        space,
        kw("of"),
        space,
        alt((kw("the"), kw("this"))),
        |x| (space, unit_word).parse(x).map(|(r, (_, u))| (r, u)),
    )
        .parse(i)
    {
        let Some(r) = ctx.reference else { return Ok((rest, Resolved::Unresolved)) };
        let Resolved::Span(p) = period_containing(r, unit, 0) else { return fail(i) };
        return Ok((rest, span(r, p.end, Grain::Day)));
    }
    // "the past few days", "the next few weeks": a few of them on that side of today.
    if let Ok((rest, (_, which, _, _, _, unit))) = (
        nom::combinator::opt((kw("the"), space)),
        alt((kw("past"), kw("last"), kw("previous"), kw("next"), kw("coming"))),
        space,
        kw("few"),
        space,
        unit_word,
    )
        .parse(i)
    {
        let Some(r) = ctx.reference else { return Ok((rest, Resolved::Unresolved)) };
        let back = matches!(which.to_ascii_lowercase().as_str(), "past" | "last" | "previous");
        return Ok((rest, a_few(r, unit, if back { -1 } else { 1 })));
    }
    // "in recent weeks": a few of them up to now.
    if let Ok((rest, (_, _, unit))) = (kw("recent"), space, unit_word).parse(i) {
        if !i[..i.len() - rest.len()].ends_with(['s', 'S']) {
            return fail(i);
        }
        let Some(r) = ctx.reference else { return Ok((rest, Resolved::Unresolved)) };
        return Ok((rest, a_few(r, unit, -1)));
    }
    // (over) the weekend
    if let Ok((rest, _)) = phrase("the weekend")(i) {
        let Some(r) = ctx.reference else { return Ok((rest, Resolved::Unresolved)) };
        // On a weekend it is this one; in the week, the one just past (or the coming one).
        let off = if ctx.prefer == Prefer::Future || r.weekday().to_monday_zero_offset() >= 5 { 0 } else { -1 };
        return Ok((rest, period_containing(r, "weekend", off)));
    }
    // "in the weeks ahead", "over the months to come": a few of them after the reference;
    // "the week ahead", "the year to come": the one that follows it.
    if let Ok((rest, (_, _, unit, _, _))) =
        (kw("the"), space, unit_word, space, alt((kw("ahead"), phrase("to come")))).parse(i)
    {
        // ("the days ahead of the vote" lie before the vote.)
        if unit != "weekend" && at_boundary(rest) && (space, kw("of")).parse(rest).is_err() {
            let Some(r) = ctx.reference else { return Ok((rest, Resolved::Unresolved)) };
            let plural = i[..i.len() - rest.len()].split(' ').nth(1).is_some_and(|w| w.ends_with(['s', 'S']));
            return Ok((
                rest,
                if plural { a_few(r, unit, 1) } else { span(add_days(r, 1), shift(r, unit, 1), Grain::Day) },
            ));
        }
    }
    let (rest, (the, which, _, unit)) = (
        nom::combinator::opt((kw("the"), space)),
        alt((
            kw("last"),
            kw("this"),
            kw("next"),
            kw("past"),
            kw("previous"),
            kw("coming"),
            kw("current"),
            kw("following"),
        )),
        space,
        |x| {
            // "this working week": Monday to Friday.
            let (x, working) = match (alt((kw("working"), kw("work"), kw("business"))), space).parse(x) {
                Ok((r, _)) => (r, true),
                Err(_) => (x, false),
            };
            let (r, unit) = unit_word(x)?;
            if working && unit != "week" {
                return fail(x);
            }
            Ok((r, if working { "working week" } else { unit }))
        },
    )
        .parse(i)?;
    let Some(r) = ctx.reference else { return Ok((rest, Resolved::Unresolved)) };
    let which = which.to_ascii_lowercase();
    let off = i64::from(step_of(&which));
    if unit == "working week" {
        let monday = add_days(week_start(r), 7 * off);
        return Ok((rest, span(monday, add_days(monday, 4), Grain::Week)));
    }
    // "in the coming weeks", "over the past months": a plural with no count is a few of them,
    // up to nine (DESIGN §2's "a few"), on that side of the reference date.
    let plural = i[..i.len() - rest.len()].ends_with(['s', 'S']);
    // "talks could last weeks" is the verb; "the last weeks of the war" end the war, not now.
    if plural && ((which == "last" && the.is_none()) || (space, kw("of")).parse(rest).is_ok()) {
        return fail(i);
    }
    if plural {
        return Ok((
            rest,
            match which.as_str() {
                "last" | "past" | "previous" => a_few(r, unit, -1),
                "next" | "coming" | "following" => a_few(r, unit, 1),
                _ => return fail(i),
            },
        ));
    }
    // "the past year" / "the last year" is a rolling window; "last year" is the calendar year.
    // ("the past weekend" is last weekend.)
    // ("2019, the last year before the pandemic", "the last day of term", "the last month
    // for which figures exist": the final one of something else, not the one up to now.)
    if the.is_some()
        && which == "last"
        && (space, alt((kw("before"), kw("of"), kw("when"), kw("that"), kw("which"), kw("for"), kw("prior"))))
            .parse(rest)
            .is_ok()
    {
        return fail(i);
    }
    if the.is_some() && matches!(which.as_str(), "past" | "last") && unit != "weekend" {
        return Ok((rest, span(shift(r, unit, -1), r, Grain::Day)));
    }
    // "the coming weekend", told on a Wednesday, is the one three days off.
    if unit == "weekend" && which == "coming" {
        return Ok((rest, weekends(r, 1, 1)));
    }
    if unit == "weekend" && off == -1 {
        // "last weekend": the most recent completed weekend; on a Sunday, the one ending today.
        let back = if r.weekday().to_monday_zero_offset() == 6 { 0 } else { -1 };
        return Ok((rest, period_containing(r, "weekend", back)));
    }
    Ok((rest, period_containing(r, unit, off)))
}

/// "in recent weeks", "in the coming months": up to nine of the unit (DESIGN §2's "a few")
/// before the reference date (`dir` -1, the date included) or after it (`dir` 1).
fn a_few(r: Date, unit: &str, dir: i64) -> Resolved {
    if dir < 0 {
        span(add_days(shift(r, unit, -9), 1), r, Grain::Day)
    } else {
        span(add_days(r, 1), shift(r, unit, 9), Grain::Day)
    }
}

/// The `n` weekends before the reference date (`dir` -1; on a weekend the one under way is
/// the last of them) or after it (`dir` 1; the coming one first), first Saturday to last Sunday.
fn weekends(r: Date, n: i64, dir: i64) -> Resolved {
    let on_weekend = r.weekday().to_monday_zero_offset() >= 5;
    let nearest = match (dir < 0, on_weekend) {
        (true, true) | (false, false) => 0,
        (true, false) => -1,
        (false, true) => 1,
    };
    let far = nearest + dir * (n - 1);
    match (period_containing(r, "weekend", nearest.min(far)), period_containing(r, "weekend", nearest.max(far))) {
        (Resolved::Span(a), Resolved::Span(b)) => span(a.start, b.end, Grain::Week),
        _ => Resolved::Invalid,
    }
}

fn shift(d: Date, unit: &str, n: i64) -> Date {
    match unit {
        "day" => add_days(d, n),
        "week" => add_days(d, 7 * n),
        "fortnight" => add_days(d, 14 * n),
        "weekend" => add_days(d, 7 * n),
        "month" => add_months(d, n),
        "quarter" => add_months(d, 3 * n),
        // A span of years has bounds of its own ("the last 2014 decades" is 20,140 years):
        // past them the date saturates like any other shift.
        "year" | "decade" => {
            let years = if unit == "decade" { n.saturating_mul(10) } else { n };
            match jiff::Span::new().try_years(years) {
                Ok(s) => d.saturating_add(s),
                Err(_) if years < 0 => Date::MIN,
                Err(_) => Date::MAX,
            }
        }
        _ => d,
    }
}

/// "two weeks and three days ago", "a year, two months from now": an offset of several
/// units lands on a day, each unit counted in turn from the reference.
fn compound_offset<'a>(i: &'a str, ctx: &DateContext) -> R<'a> {
    let (rest, first) = (count_word, gap, unit_word).parse(i).map(|(r, (n, _, u))| (r, (n, u)))?;
    let (rest, mut parts) = further_parts(rest, false);
    parts.insert(0, first);
    if parts.len() < 2 || parts.iter().any(|(_, u)| *u == "weekend") {
        return fail(i);
    }
    let (rest, (_, dir)) = (
        space,
        alt((
            |x| kw("ago")(x).map(|(r, _)| (r, -1)),
            |x| kw("hence")(x).map(|(r, _)| (r, 1)),
            |x| phrase("from now")(x).map(|(r, _)| (r, 1)),
        )),
    )
        .parse(rest)?;
    let Some(r) = ctx.reference else { return Ok((rest, Resolved::Unresolved)) };
    Ok((rest, day(parts.iter().fold(r, |d, (n, u)| shift(d, u, dir * *n as i64)))))
}

/// The ", two months and three days" after a first count of units, each part in turn. In a
/// window (`in_window`), a last part that a word of offset follows starts a phrase of its own:
/// in "for the last 3 months and 2 days ago they…", "2 days ago" is another date.
fn further_parts(rest: &str, in_window: bool) -> (&str, Vec<(u32, &'static str)>) {
    let mut walked = vec![(rest, (0, ""))];
    while let Ok((r, (_, _, n, _, u))) = (
        alt((|x| (space, kw("and"), space).parse(x), |x| (tag(","), space, alt((kw("and"), tag("")))).parse(x))),
        space0,
        count_word,
        gap,
        unit_word,
    )
        .parse(walked[walked.len() - 1].0)
    {
        walked.push((r, (n, u)));
    }
    let offset_next =
        (space, alt((kw("ago"), kw("hence"), kw("later"), kw("earlier"), kw("before"), kw("after"), kw("from"))))
            .parse(walked[walked.len() - 1].0)
            .is_ok_and(|(r, _)| at_boundary(r));
    if in_window && offset_next && walked.len() > 1 {
        walked.pop();
    }
    let after = walked[walked.len() - 1].0;
    (after, walked.into_iter().skip(1).map(|(_, p)| p).collect())
}

/// Small counts in digits or words for "three days ago", "a week ago".
fn count_word(i: &str) -> IResult<&str, u32> {
    if let Ok((rest, d)) = digit1::<_, nom::error::Error<&str>>(i) {
        if d.len() <= 4 && at_boundary(rest) {
            return Ok((rest, d.parse().unwrap_or(0)));
        }
        return fail(i);
    }
    // "a couple of days ago", "in a couple of weeks", "the past couple of days".
    if matches!(i.as_bytes().first(), Some(b'a' | b'A' | b'c' | b'C' | b'p' | b'P')) {
        let article = (kw("a"), space).parse(i).map_or(i, |(r, _)| r);
        if let Ok((rest, _)) = (alt((kw("couple"), kw("pair"))), space, kw("of")).parse(article) {
            return Ok((rest, 2));
        }
    }
    if let Ok((rest, _)) = alt((kw("a"), kw("an"), kw("one"))).parse(i) {
        return Ok((rest, 1));
    }
    let (rest, n) = word_number(i)?;
    if n.value.fract() == 0.0 && n.value >= 1.0 && n.value < 10_000.0 { Ok((rest, n.value as u32)) } else { fail(i) }
}

/// `three days ago`, `a year ago`; `in two weeks` when the text looks forward.
fn ago<'a>(i: &'a str, ctx: &DateContext) -> R<'a> {
    // "two summers ago": the one before last summer ("a summer ago" is last summer).
    if let Ok((rest, (n, _, w, _, _))) = (count_word, space, word, space, kw("ago")).parse(i) {
        let mut buf = [0u8; 24];
        let lw = lower(w, &mut buf);
        // The plural after a count above one, the singular after "a" or "one".
        let named = if n == 1 { Some(lw) } else { lw.strip_suffix('s') };
        if let Some(s) = named.and_then(super::lexicon::season) {
            let Some(r) = ctx.reference else { return Ok((rest, Resolved::Unresolved)) };
            return match ctx.last_completed_season(s, r) {
                Some(y) if (1..=100).contains(&n) => Ok((rest, ctx.season_span(s, y - (n as i16 - 1)))),
                _ => fail(i),
            };
        }
    }
    // "a century ago", "two centuries ago": the year that many hundreds back, as "a decade
    // ago" is the year ten back. (A century is no unit the other grammars count in.)
    if let Ok((rest, (n, _, _, _, _))) =
        (count_word, gap, alt((kw("century"), kw("centuries"))), space, kw("ago")).parse(i)
    {
        let Some(r) = ctx.reference else { return Ok((rest, Resolved::Unresolved)) };
        return match i16::try_from(n).ok().and_then(|n| n.checked_mul(100)).and_then(|b| r.year().checked_sub(b)) {
            Some(y) if y >= -9999 => Ok((rest, year_span(y))),
            _ => fail(i),
        };
    }
    let (rest, (n, _, unit, _, _)) = (count_word, gap, unit_word, space, kw("ago")).parse(i)?;
    let Some(r) = ctx.reference else { return Ok((rest, Resolved::Unresolved)) };
    let d = shift(r, unit, -(n as i64));
    // "a year ago today", "this time last year": the same day back then.
    if let Ok((r2, _)) = (space, kw("today")).parse(rest) {
        return Ok((r2, day(d)));
    }
    let res = match unit {
        "day" => day(d),
        "week" | "fortnight" => day(d),
        // "three weekends ago": that weekend, last weekend counting as one.
        "weekend" => period_containing(r, "weekend", -(n as i64)),
        "month" => span(d.first_of_month(), d.last_of_month(), Grain::Month),
        "quarter" => period_containing(d, "quarter", 0),
        _ => year_span(d.year()),
    };
    Ok((rest, res))
}

/// `years` (in whole months: "a year and a half", "half a century") before the reference: the
/// month it lands in, or the year where it is whole years.
pub fn years_ago(reference: Option<Date>, years: f64) -> Option<Resolved> {
    let months = (years * 12.0).round();
    if (years * 12.0 - months).abs() > 1e-6 || !(1.0..=12_000.0).contains(&months) {
        return None;
    }
    let Some(r) = reference else { return Some(Resolved::Unresolved) };
    let d = add_months(r, -(months as i64));
    Some(if months % 12.0 == 0.0 { year_span(d.year()) } else { month_span(d.year(), d.month()) })
}

fn in_future<'a>(i: &'a str, before: &str, ctx: &DateContext) -> R<'a> {
    let (rest, (which, _, n, _, unit)) = (alt((kw("in"), kw("within"))), space, count_word, gap, unit_word).parse(i)?;
    if !at_boundary(rest) {
        return fail(i);
    }
    // "will rise, the first increase in eight years", "set to be the hottest day in 70 years":
    // after a first or a superlative the years are those looked back over, whatever the tense.
    if which.eq_ignore_ascii_case("in") && measured_against_the_past(before) {
        return fail(i);
    }
    // "must meet within 30 days of the vote": told from the event, as in `rolling`.
    // ("57.8% were seen within 18 weeks": in the past, a time taken, no window from today.)
    if which.eq_ignore_ascii_case("within") && ((space, kw("of")).parse(rest).is_ok() || ctx.past_tense) {
        return fail(i);
    }
    // "in two days from today" says the same twice; "in a week's time" once, in British.
    let rest = (space, kw("from"), space, alt((kw("now"), kw("today")))).parse(rest).map_or(rest, |(r, _)| r);
    let rest =
        (alt((tag("'s"), tag("’s"), tag("'"), tag("’"))), space, kw("time")).parse(rest).map_or(rest, |(r, _)| r);
    let Some(r) = ctx.reference else { return Ok((rest, Resolved::Unresolved)) };
    let d = shift(r, unit, n as i64);
    let res = match unit {
        "month" => span(d.first_of_month(), d.last_of_month(), Grain::Month),
        "year" => year_span(d.year()),
        _ => day(d),
    };
    Ok((rest, res))
}

/// `summer`, `last summer`, `summer 2024`, `the summer of 2023`, `this winter`
fn season_phrase<'a>(i: &'a str, before: &str, ctx: &DateContext) -> R<'a> {
    // "the summer of 2023", "since the autumn"
    let i = skip_word(i, "the");
    let relative = alt((kw("last"), kw("this"), kw("next"), kw("past"), kw("previous"), kw("coming")));
    let (rest, which) = match (relative, space).parse(i) {
        Ok((r, (w, _))) => (r, Some(w.to_ascii_lowercase().replace("previous", "last"))),
        Err(_) => (i, None),
    };
    let (rest, w) = word(rest)?;
    let mut buf = [0u8; 24];
    let lw = lower(w, &mut buf);
    let Some(s) = season(lw) else { return fail(i) };
    if !at_boundary(rest) {
        return fail(i);
    }
    // "the Winter Olympics", "the Autumn Budget", "Mark Summer": a capitalised season between
    // capitalised words is part of a name (a date word before it still says the season).
    if w.starts_with(|c: char| c.is_ascii_uppercase()) && which.is_none() && year_tail(rest).is_err() {
        let prev_word = before.trim_end().rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        let prev = last_word(before);
        let given_name_before = prev_word.starts_with(|c: char| c.is_ascii_uppercase())
            && !(opens_a_date(&prev) || matches!(prev.as_str(), "the" | "this" | "last" | "next"));
        if name_next(rest) || given_name_before {
            return fail(i);
        }
    }
    // "before the autumn statement on 22 November", "until the summer recess": a bound to an
    // event the season names, whose day the season does not give ("in the spring elections"
    // is still the spring).
    // (The scan tries the season again after "the": the bound is the word before that.)
    let bound_before = || {
        let t = before.trim_end();
        let t = if last_word(t) == "the" { t[..t.len() - 3].trim_end() } else { t };
        matches!(last_word(t).as_str(), "before" | "after" | "until" | "till" | "by" | "since")
    };
    if bound_before()
        && word(rest.trim_start_matches(' ')).is_ok_and(|(_, n)| {
            let mut buf = [0u8; 24];
            is_seasonal_event(lower(n, &mut buf))
        })
    {
        return fail(i);
    }
    if which.is_none() {
        if let Ok((r, y)) = year_tail(rest) {
            // "the winter of 2022-23", "winter 2022/23": the winter that begins in the first year.
            let next = format!("{:02}", (y + 1).rem_euclid(100));
            let r = r
                .strip_prefix(['-', '/', '–'])
                .and_then(|t| t.strip_prefix(next.as_str()).or_else(|| t.strip_prefix(&*(y + 1).to_string())))
                .filter(|t| at_boundary(t))
                .unwrap_or(r);
            return Ok((r, ctx.season_span(s, y)));
        }
        // "the autumn of last year": that year's season (a winter begins in it).
        if let Ok((r2, delta)) = relative_year_tail(rest) {
            let Some(re) = ctx.reference else { return Ok((r2, Resolved::Unresolved)) };
            return Ok((r2, ctx.season_span(s, re.year() + delta as i16)));
        }
        // "a fall in prices", "shares fall", "spring into action", "the fall of Kabul": alone,
        // "fall" and "spring" are a season only after a word that introduces a date ("in the
        // fall", "by early spring"), and not before "of" or "in".
        if matches!(lw, "fall" | "spring") {
            let prev = last_word(before);
            // "from spring to fall", "spring and fall"; but "expected to fall", "rise and fall".
            let joins_a_season = matches!(prev.as_str(), "and" | "or" | "to") && {
                let t = before.trim_end();
                let t = t[..t.len() - prev.len()].trim_end();
                season(&last_word(t)).is_some() || month(&last_word(t)).is_some()
            };
            let opens = opens_a_date(&prev) || joins_a_season;
            // ("from spring to autumn" is a range; "spring to life" is not.)
            let to_a_thing = |x| kw("to")(x).ok().filter(|_| !matches!(prev.as_str(), "from" | "between"));
            let of_a_thing = (space, alt((kw("of"), kw("in")))).parse(rest).is_ok()
                || space(rest).ok().and_then(|(x, _)| to_a_thing(x)).is_some();
            if !opens || of_a_thing {
                return fail(i);
            }
        }
    }
    let Some(r) = ctx.reference else { return Ok((rest, Resolved::Unresolved)) };
    let y0 = r.year();
    // "a long winter ahead": the coming one.
    let ahead = (space, kw("ahead")).parse(rest).is_ok();
    // "Bookings for the winter are up 8%", "the outlook for the summer is poor": what is said
    // now of a season "for" which something is planned or booked is of the coming one.
    let for_the_season = which.is_none() && {
        let t = before.trim_end();
        let t = if last_word(t) == "the" { t[..t.len() - 3].trim_end() } else { t };
        last_word(t) == "for" && present_verb_first(rest)
    };
    let which = if (ahead || for_the_season) && which.is_none() { Some("coming".to_string()) } else { which };
    let pick = |pred: &dyn Fn(Date, Date) -> bool, years: &[i16]| -> Resolved {
        for &y in years {
            if let Some((a, b)) = ctx.season_bounds(s, y) {
                if pred(a, b) {
                    return ctx.season_span(s, y);
                }
            }
        }
        Resolved::Invalid
    };
    let back = [y0, y0 - 1, y0 - 2];
    let fwd = [y0 - 1, y0, y0 + 1];
    // "the summer before last": the one before the last completed one.
    if which.is_none() {
        if let Ok((r2, _)) = (space, kw("before"), space, kw("last")).parse(rest) {
            if let Some(y) = ctx.last_completed_season(s, r) {
                return Ok((r2, ctx.season_span(s, y - 1)));
            }
        }
    }
    let res = match which.as_deref() {
        // The most recent completed season.
        Some("last") | Some("past") => {
            ctx.last_completed_season(s, r).map_or(Resolved::Invalid, |y| ctx.season_span(s, y))
        }
        Some("next") | Some("coming") => pick(&|a, _| a > r, &fwd),
        // The one in progress, else this calendar year's.
        Some("this") => pick(&|a, b| a <= r && r <= b, &fwd).or(ctx.season_span(s, y0)),
        _ => match ctx.prefer {
            Prefer::Past => pick(&|a, _| a <= r, &back),
            Prefer::Future => pick(&|_, b| b >= r, &fwd),
            // A deadline ("by the spring"): the season nearer the reference, past or coming.
            Prefer::Nearest => {
                let (past, next) = (pick(&|a, _| a <= r, &back), pick(&|_, b| b >= r, &fwd));
                match (past, next) {
                    (Resolved::Span(p), Resolved::Span(n)) => {
                        let behind = (r - p.end).get_days().max(0);
                        let ahead = (n.start - r).get_days().max(0);
                        if ahead < behind { next } else { past }
                    }
                    (p, n) => p.or(n),
                }
            }
        },
    };
    Ok((rest, res))
}

/// Is the first verb of the clause after a phrase in the present or the future ("… are up
/// 8%", "… will be busy", "… looks strong")? A past form first, or none in six words, says no.
fn present_verb_first(r: &str) -> bool {
    let clause = crate::error::first_bytes(r, 120).split(['.', ';', ':', '?', '!', '\n']).next().unwrap_or("");
    for w in clause.split(|c: char| !c.is_ascii_alphabetic() && c != '\'').filter(|w| !w.is_empty()).take(6) {
        let mut buf = [0u8; 24];
        let lw = lower(w, &mut buf);
        if matches!(
            lw,
            "is" | "are"
                | "will"
                | "has"
                | "have"
                | "looks"
                | "look"
                | "remain"
                | "remains"
                | "seems"
                | "appear"
                | "appears"
        ) {
            return true;
        }
        if matches!(lw, "was" | "were" | "had" | "did" | "would")
            || lw.len() > 4 && lw.ends_with("ed")
            || super::lexicon::IRREGULAR_PAST.binary_search(&lw).is_ok()
        {
            return false;
        }
    }
    false
}

impl Resolved {
    fn or(self, other: Resolved) -> Resolved {
        if self == Resolved::Invalid { other } else { self }
    }
}

/// `Q3 2024`, `the third quarter of 2024`, `the first quarter`
fn quarter_phrase<'a>(i: &'a str, ctx: &DateContext) -> R<'a> {
    let q_short = |i: &'a str| match part_code(i)? {
        (rest, (4, q)) => Ok((rest, q)),
        _ => fail(i),
    };
    let q_long = |i: &'a str| -> IResult<&'a str, i8> {
        let i2 = skip_word(i, "the");
        let (rest, (v, _, _)) = (
            |x: &'a str| -> IResult<&'a str, f64> {
                if let Ok((r, _)) = alt((kw("final"), kw("last"))).parse(x) {
                    return Ok((r, 4.0));
                }
                super::number::ordinal(x)
            },
            alt((space, tag("-"))),
            alt((kw("quarter"), kw("qtr"))),
        )
            .parse(i2)?;
        // "third-quarter revenue" is a quarter of business; "a third-quarter touchdown" one of a
        // game.
        let hyphened = i2[..i2.len() - rest.len()].contains('-');
        let of_business = || {
            space(rest)
                .ok()
                .and_then(|(x, _)| word(x).ok())
                .is_some_and(|(_, w)| super::lexicon::business_noun(&w.to_ascii_lowercase()))
        };
        if hyphened && !of_business() {
            return fail(i);
        }
        if (1.0..=4.0).contains(&v) { Ok((rest, v as i8)) } else { fail(i) }
    };
    // "H1", "h2": half-years as business copy writes them.
    let h_short = |i: &'a str| match part_code(i)? {
        (rest, (2, h)) => Ok((rest, h)),
        _ => fail(i),
    };
    let half_span = |y: i16, h: i8| {
        let (a, b) = if h == 1 { ((1, 1), (6, 30)) } else { ((7, 1), (12, 31)) };
        match (ymd(y, a.0, a.1), ymd(y, b.0, b.1)) {
            (Some(s0), Some(e0)) => span(s0, e0, Grain::Quarter),
            _ => Resolved::Invalid,
        }
    };
    // "2017 q1", "2019-Q4", "2018Q4", "2019-H2"
    let sep = |x: &'a str| -> IResult<&'a str, ()> { Ok((x.strip_prefix([' ', '-']).unwrap_or(x), ())) };
    if let Ok((rest, (y, _, q))) = (year_number_loose, sep, q_short).parse(i) {
        return Ok((rest, quarter_span(y, q)));
    }
    if let Ok((rest, (y, _, h))) = (year_number_loose, sep, h_short).parse(i) {
        return Ok((rest, half_span(y, h)));
    }
    // "H2 2019", "H1 of 2024"
    if let Ok((rest, (h, y))) = (h_short, year_tail).parse(i) {
        return Ok((rest, half_span(y, h)));
    }
    // "Q4'23", "H1’24": the year clipped, glued on by its apostrophe; "1H24", "3Q2023", "4Q
    // 2023": the part first, as brokers' notes write it.
    let coded = (part_code, year_number).parse(i).or_else(|_| (part_code_reversed, clipped_or_full_year).parse(i));
    if let Ok((rest, ((parts, k), y))) = coded {
        return Ok((rest, if parts == 4 { quarter_span(y, k) } else { half_span(y, k) }));
    }
    let (rest, q) = alt((q_short, q_long)).parse(i)?;
    let y = if let Ok((r, y)) = year_tail(rest) {
        return Ok((r, quarter_span(y, q)));
    } else if let (Ok((r, delta)), Some(re)) = (relative_year_tail(rest), ctx.reference) {
        // "the fourth quarter of last year"
        return Ok((r, quarter_span(re.year() + delta as i16, q)));
    } else {
        match ctx.reference {
            Some(r) => {
                let cur = (r.month() - 1) / 3 + 1;
                // ("Profits will rise in the first quarter", told in November: next year's;
                // told looking back, a quarter not yet reached is last year's.)
                match ctx.prefer {
                    Prefer::Past if q > cur => r.year() - 1,
                    Prefer::Future if q < cur => r.year() + 1,
                    _ => r.year(),
                }
            }
            None => return Ok((rest, Resolved::Unresolved)),
        }
    };
    Ok((rest, quarter_span(y, q)))
}

/// "Q3", "h1": a quarter or a half of a year as business copy writes them, as (parts in the
/// year, which part).
fn part_code(i: &str) -> IResult<&str, (i8, i8)> {
    let (rest, w) = nom::bytes::complete::take_while1(|c: char| c.is_ascii_alphanumeric())(i)?;
    match w.as_bytes() {
        [b'q' | b'Q', d @ b'1'..=b'4'] => Ok((rest, (4, (d - b'0') as i8))),
        [b'h' | b'H', d @ b'1'..=b'2'] => Ok((rest, (2, (d - b'0') as i8))),
        _ => fail(i),
    }
}

/// "3Q", "1H": a part of a year with its number first, as (parts in the year, which part).
fn part_code_reversed(i: &str) -> IResult<&str, (i8, i8)> {
    match i.as_bytes() {
        [d @ b'1'..=b'4', b'q' | b'Q', ..] => Ok((&i[2..], (4, (d - b'0') as i8))),
        [d @ b'1'..=b'2', b'h' | b'H', ..] => Ok((&i[2..], (2, (d - b'0') as i8))),
        _ => fail(i),
    }
}

/// The year after a reversed part code: two digits glued on ("1H24"), or four glued or after
/// a space ("3Q2023", "4Q 2023").
fn clipped_or_full_year(i: &str) -> IResult<&str, i16> {
    let glued = i.starts_with(|c: char| c.is_ascii_digit());
    let (rest, d) = digit1(i.strip_prefix(' ').unwrap_or(i))?;
    if !at_boundary(rest) {
        return fail(i);
    }
    match d.len() {
        2 if glued => Ok((rest, century_of_clipped(d.parse().unwrap_or(0)))),
        4 => Ok((rest, d.parse().unwrap_or(0))),
        _ => fail(i),
    }
}

/// A fiscal year, named by the calendar year it ends in: "fiscal 2024", "FY24" and "the 2024
/// financial year" end in 2024, as do the split years "FY2023-24" and "the 2023/24 financial
/// year" (which, unlike the others, cannot be the calendar year).
#[derive(Clone, Copy)]
struct FiscalYear {
    ends_in: i16,
    straddles: bool,
}

/// The figures of a fiscal year: "2024", "2023-24", "2023/2024", and after "FY" or an
/// apostrophe two digits ("FY24", "FY23/24", "fiscal '24").
fn fiscal_figures(i: &str, two_digits: bool) -> IResult<&str, FiscalYear> {
    let (i, clipped) = match i.strip_prefix('\'').or_else(|| i.strip_prefix('’')) {
        Some(r) => (r, true),
        None => (i, false),
    };
    let (rest, d) = digit1(i)?;
    let first: i16 = match d.len() {
        4 if !clipped => d.parse().unwrap_or(0),
        2 if two_digits || clipped => century_of_clipped(d.parse().unwrap_or(0)),
        _ => return fail(i),
    };
    if !(1900..=2199).contains(&first) {
        return fail(i);
    }
    // "2023-24", "2023/2024", "23–24": the second year must be the next one.
    let second = rest.strip_prefix(['-', '/', '–']).and_then(|r| digit1::<_, nom::error::Error<&str>>(r).ok()).filter(
        |(r, d2)| {
            at_boundary(r)
                && match d2.len() {
                    2 => d2.parse::<i16>().ok() == Some((first + 1) % 100),
                    4 => d2.parse::<i16>().ok() == Some(first + 1),
                    _ => false,
                }
        },
    );
    match second {
        Some((r, _)) => Ok((r, FiscalYear { ends_in: first + 1, straddles: true })),
        None if at_boundary(rest) && !rest.starts_with(['-', '/']) => {
            Ok((rest, FiscalYear { ends_in: first, straddles: false }))
        }
        None => fail(i),
    }
}

/// "FY2024", "FY 23-24", "fiscal 2024", "fiscal year 2024", "financial year 2023/24", "the
/// 2024 fiscal year", "2023-24 financial year".
fn fiscal_year<'a>(i: &'a str) -> IResult<&'a str, FiscalYear> {
    let fiscal_word = |x: &'a str| alt((kw("fiscal"), kw("financial"))).parse(x);
    let year_word = |x: &'a str| {
        let x = x.strip_prefix('-').unwrap_or(x);
        kw("year")(x)
    };
    if let Some(r) = i.get(..2).filter(|h| h.eq_ignore_ascii_case("fy")).map(|_| &i[2..]) {
        let r = r.strip_prefix([' ', '-']).unwrap_or(r);
        return fiscal_figures(r, true);
    }
    if let Ok((r, w)) = fiscal_word(i) {
        let r = match (space0::<_, nom::error::Error<&str>>, year_word).parse(r) {
            Ok((r2, _)) => r2,
            // "financial 2024" is no way to name a year.
            Err(_) if w.eq_ignore_ascii_case("financial") => return fail(i),
            Err(_) => r,
        };
        let (r, _) = space(r)?;
        return fiscal_figures(r, false);
    }
    let (r, fy) = fiscal_figures(i, false)?;
    let (r, _) = (alt((space, tag("-"))), fiscal_word, alt((space, tag("-"))), kw("year")).parse(r)?;
    Ok((r, fy))
}

/// Where a fiscal year's start is not said (and no rule of ours can know it: companies and
/// governments close their books in any month), a fiscal year ending in `Y` started on the
/// first of some month from February of `Y - 1` to January of `Y`, or to December of `Y - 1`
/// for a split year. Part `k` of `parts` (quarters, halves) covers every day it could fall on.
fn fiscal_cover(fy: FiscalYear, parts: i8, k: i8) -> Resolved {
    let (latest_year, latest_month) = if fy.straddles { (fy.ends_in - 1, 12) } else { (fy.ends_in, 1) };
    let (Some(earliest), Some(latest)) = (ymd(fy.ends_in - 1, 2, 1), ymd(latest_year, latest_month, 1)) else {
        return Resolved::Invalid;
    };
    let months = i64::from(12 / parts);
    let grain = if parts == 1 { Grain::Year } else { Grain::Quarter };
    span(
        add_months(earliest, months * i64::from(k - 1)),
        add_days(add_months(latest, months * i64::from(k)), -1),
        grain,
    )
}

/// Fiscal years and their quarters and halves: "FY24", "in fiscal 2025", "Q3 FY2024", "the
/// first half of fiscal 2024", "FY2024 Q3", "last fiscal year".
fn fiscal_phrase<'a>(i: &'a str, ctx: &DateContext) -> R<'a> {
    // It runs at every "the" and ordinal: only where "fiscal", "financial" or "FY" is near.
    let window = &i.as_bytes()[..i.len().min(48)];
    let near = window.windows(2).any(|w| w.eq_ignore_ascii_case(b"fy"))
        || window.windows(5).any(|w| w.eq_ignore_ascii_case(b"fisca") || w.eq_ignore_ascii_case(b"finan"));
    if !near {
        return fail(i);
    }
    let i2 = skip_word(i, "the");
    let of_gap = |x: &'a str| {
        let (x, _) = space(x)?;
        Ok::<_, nom::Err<nom::error::Error<&str>>>(skip_word(skip_word(x, "of"), "the"))
    };
    // "Q3 FY24", "Q3 of fiscal 2024"
    if let Ok((r, (parts, k))) = part_code(i2) {
        let (rest, fy) = fiscal_year(of_gap(r)?)?;
        return Ok((rest, fiscal_cover(fy, parts, k)));
    }
    // "the third quarter of fiscal 2024", "the first half of the 2024 fiscal year"
    let named_part = |x: &'a str| -> IResult<&'a str, (i8, i8)> {
        let (r, k) = alt((
            |y| alt((kw("final"), kw("last"), kw("latter"))).parse(y).map(|(r, _)| (r, 0.0)),
            super::number::ordinal,
        ))
        .parse(x)?;
        let (r, _) = alt((space, tag("-"))).parse(r)?;
        let (r, parts) = alt((kw("quarter").map(|_| 4i8), kw("half").map(|_| 2i8))).parse(r)?;
        let k = if k == 0.0 { f64::from(parts) } else { k };
        if (1.0..=f64::from(parts)).contains(&k) && k.fract() == 0.0 { Ok((r, (parts, k as i8))) } else { fail(x) }
    };
    // "the first half of the financial year", "the first six months of the fiscal year": of
    // the current one, which may have begun in any of the last twelve months.
    let current_fiscal_year = |x: &'a str| {
        let x = skip_word(skip_word(x, "the"), "current");
        (alt((kw("fiscal"), kw("financial"))), alt((space, tag("-"))), kw("year")).parse(x).map(|(r, _)| r)
    };
    let months_of_current = |rest: &'a str, from: i64, to: i64| -> R<'a> {
        if !at_boundary(rest) {
            return fail(rest);
        }
        let Some(re) = ctx.reference else { return Ok((rest, Resolved::Unresolved)) };
        let first = re.first_of_month();
        let grain = if to - from == 12 { Grain::Year } else { Grain::Quarter };
        Ok((rest, span(add_months(first, from - 11), add_days(add_months(first, to), -1), grain)))
    };
    if let Ok((r, (parts, k))) = named_part(i2) {
        let (r, _) = (space, kw("of"), space).parse(r)?;
        if let Ok(rest) = current_fiscal_year(r) {
            let months = i64::from(12 / parts);
            return months_of_current(rest, months * i64::from(k - 1), months * i64::from(k));
        }
        let (rest, fy) = fiscal_year(skip_word(r, "the"))?;
        return Ok((rest, fiscal_cover(fy, parts, k)));
    }
    if let Ok((r, (which, _, n, _, _, _, _, _))) = (
        alt((kw("first"), kw("opening"), kw("last"), kw("final"))),
        space,
        count_word,
        space,
        kw("months"),
        space,
        kw("of"),
        space,
    )
        .parse(i2)
    {
        let rest = current_fiscal_year(r)?;
        let n = i64::from(n);
        if !(1..12).contains(&n) {
            return fail(i);
        }
        let opening = matches!(which.to_ascii_lowercase().as_str(), "first" | "opening");
        return if opening { months_of_current(rest, 0, n) } else { months_of_current(rest, 12 - n, 12) };
    }
    // "last fiscal year", "the current financial year": some twelve months around the
    // reference, starting on the first of a month.
    if let Ok((r, which)) =
        alt((kw("last"), kw("this"), kw("next"), kw("previous"), kw("current"), kw("coming"))).parse(i2)
    {
        let (rest, _) = (space, alt((kw("fiscal"), kw("financial"))), alt((space, tag("-"))), kw("year")).parse(r)?;
        let Some(re) = ctx.reference else { return Ok((rest, Resolved::Unresolved)) };
        let first = re.first_of_month();
        let shift = 12 * i64::from(step_of(which));
        return Ok((
            rest,
            span(add_months(first, shift - 11), add_days(add_months(first, shift + 12), -1), Grain::Year),
        ));
    }
    let (r, fy) = fiscal_year(i2)?;
    // "FY2024 Q3", "fiscal 2024 H1"
    if let Ok((rest, (parts, k))) = space(r).and_then(|(x, _)| part_code(x)) {
        if at_boundary(rest) {
            return Ok((rest, fiscal_cover(fy, parts, k)));
        }
    }
    Ok((r, fiscal_cover(fy, 1, 1)))
}

fn quarter_span(y: i16, q: i8) -> Resolved {
    match ymd(y, (q - 1) * 3 + 1, 1) {
        Some(s) => span(s, add_days(add_months(s, 3), -1), Grain::Quarter),
        None => Resolved::Invalid,
    }
}

/// `the first half of 2024`, `the second half of last year`, `the back half of the year`,
/// `the second half of October`: halves of a year run January–June and July–December, of a
/// month 1–15 and 16 to its end, of other periods by days.
fn half_of<'a>(i: &'a str, ctx: &DateContext) -> R<'a> {
    let i2 = skip_word(i, "the");
    // ("the 1st half", "the 2nd half" in digits: the ordinal's value says which.)
    let digits = super::number::ordinal(i2).ok().filter(|(_, n)| *n == 1.0 || *n == 2.0);
    let (r, which) = match digits {
        Some((r, n)) => (r, if n == 1.0 { "first" } else { "second" }),
        None => alt((kw("first"), kw("front"), kw("second"), kw("latter"), kw("last"), kw("back"))).parse(i2)?,
    };
    let first = matches!(which.to_ascii_lowercase().as_str(), "first" | "front");
    let (r, _) = (space, kw("half"), space, kw("of"), space).parse(r)?;
    let inner_from = r;
    let (rest, p) = alt((
        |x| year_only(skip_word(x, "the")),
        |x| decade_phrase(x, ctx),
        |x| century(x, ctx),
        |x| the_century(x, ctx),
        |x| relative_period(skip_word(x, "the"), ctx),
        |x| month_phrase(skip_word(x, "the"), MonthSlot::Expected, ctx),
        // "the second half of the year": the current one.
        |x| {
            let (r, (_, _, u)) = (kw("the"), space, unit_word).parse(x)?;
            if !matches!(u, "year" | "month" | "decade") {
                return fail(x);
            }
            match ctx.reference {
                Some(re) => Ok((r, period_containing(re, u, 0))),
                None => Ok((r, Resolved::Unresolved)),
            }
        },
    ))
    .parse(r)?;
    let Resolved::Span(mut p) = p else { return Ok((rest, p)) };
    let half = |p: DateSpan| -> Resolved {
        match p.grain {
            Grain::Year => {
                let y = p.start.year();
                let (a, b) = if first { ((1, 1), (6, 30)) } else { ((7, 1), (12, 31)) };
                match (ymd(y, a.0, a.1), ymd(y, b.0, b.1)) {
                    (Some(a), Some(b)) => span(a, b, Grain::Quarter),
                    _ => Resolved::Invalid,
                }
            }
            Grain::Month => {
                let mid = add_days(p.start, 14);
                if first { span(p.start, mid, Grain::Day) } else { span(add_days(mid, 1), p.end, Grain::Day) }
            }
            Grain::Decade | Grain::Century => {
                let (y, n) = (p.start.year(), if p.grain == Grain::Decade { 5 } else { 50 });
                let (a, b) = if first { (y, y + n - 1) } else { (y + n, y + 2 * n - 1) };
                match (ymd(a, 1, 1), ymd(b, 12, 31)) {
                    (Some(a), Some(b)) => span(a, b, Grain::Year),
                    _ => Resolved::Invalid,
                }
            }
            _ => {
                let days = p.start.until(p.end).map(|s| i64::from(s.get_days())).unwrap_or(0) + 1;
                let mid = add_days(p.start, days / 2 - 1);
                if first { span(p.start, mid, Grain::Day) } else { span(add_days(mid, 1), p.end, Grain::Day) }
            }
        }
    };
    // "profits fell in the second half of the year", told in March: last year's second half.
    let inner_text = inner_from[..inner_from.len() - rest.len()].trim();
    let bare_current = inner_text.eq_ignore_ascii_case("the year") || inner_text.eq_ignore_ascii_case("the month");
    if let (true, true, Some(re), Resolved::Span(h)) = (ctx.past_tense, bare_current, ctx.reference, half(p)) {
        if h.start > re {
            let unit = if p.grain == Grain::Year { "year" } else { "month" };
            if let Resolved::Span(last) = period_containing(re, unit, -1) {
                p = last;
            }
        }
    }
    Ok((rest, half(p)))
}

/// `early October`, `mid-2023`, `late last year`, `the end of June`, `the beginning of 2024`
fn part_of<'a>(i: &'a str, ctx: &DateContext) -> R<'a> {
    let n = i.bytes().take_while(|b| b.is_ascii_alphabetic()).count();
    let mut buf = [0u8; 24];
    // "by midyear", "a midweek vote": the middle of the current one, in one word.
    if let Some(unit) = match lower(&i[..n], &mut buf) {
        "midyear" => Some("year"),
        "midweek" => Some("week"),
        "midmonth" => Some("month"),
        _ => None,
    } {
        let Some(r) = ctx.reference else { return Ok((&i[n..], Resolved::Unresolved)) };
        let Resolved::Span(p) = period_containing(r, unit, 0) else { return fail(i) };
        return Ok((&i[n..], part_span("mid", p)));
    }
    if !matches!(
        lower(&i[..n], &mut buf),
        "the"
            | "early"
            | "mid"
            | "late"
            | "end"
            | "beginning"
            | "start"
            | "middle"
            | "eom"
            | "bom"
            | "eoy"
            | "boy"
            | "year"
            | "month"
            | "quarter"
    ) {
        return fail(i);
    }
    // "by year-end", "at the month end", "quarter-end figures": the end of the current one.
    let head = &i.as_bytes()[..i.len().min(20)];
    let says_end = head.windows(3).any(|w| w.eq_ignore_ascii_case(b"end"));
    let period_end = |x| {
        if !says_end {
            return fail(x);
        }
        (
            nom::combinator::opt((kw("the"), space)),
            alt((kw("year"), kw("month"), kw("quarter"))),
            alt((tag("-end"), |y| (space, kw("end")).parse(y).map(|(r, _)| (r, "")))),
        )
            .parse(x)
    };
    if let Ok((rest, (_, unit, _))) = period_end(i) {
        if at_boundary(rest) {
            let Some(r) = ctx.reference else { return Ok((rest, Resolved::Unresolved)) };
            let Resolved::Span(p) = period_containing(r, &unit.to_ascii_lowercase(), 0) else { return fail(i) };
            return Ok((rest, part_span("end", p)));
        }
    }
    if matches!(lower(&i[..n], &mut buf), "year" | "month" | "quarter") {
        return fail(i);
    }
    // Abbreviations used in business copy: EOM, BOM, EOY, BOY.
    if let Ok((rest, w)) = (nom::combinator::opt((kw("the"), space)), alt((kw("EOM"), kw("BOM"), kw("EOY"), kw("BOY"))))
        .parse(i)
        .map(|(r, (_, w))| (r, w))
    {
        let Some(r) = ctx.reference else { return Ok((rest, Resolved::Unresolved)) };
        let w = w.to_ascii_uppercase();
        let p = if w.ends_with('M') { period_containing(r, "month", 0) } else { period_containing(r, "year", 0) };
        let Resolved::Span(p) = p else { return fail(i) };
        let part = if w.starts_with('E') { "end" } else { "beginning" };
        return Ok((rest, part_span(part, p)));
    }
    // "the late nineties": a decade in words needs its article, as in decade_phrase.
    // ("by the mid-2030s", "since the late 1990s": the article, so that "by" bounds it; a
    // clipped "the mid-60s" may be a band of values, read elsewhere.)
    let full_decade = |x: &'a str| {
        if x.bytes().take_while(u8::is_ascii_digit).count() == 4 { decade_phrase(x, ctx) } else { fail(x) }
    };
    if let Ok((rest, (_, _, part, _, Resolved::Span(p)))) =
        (kw("the"), space, alt((kw("early"), kw("mid"), kw("late"))), gap, alt((|x| decade_name(x, ctx), full_decade)))
            .parse(i)
    {
        return Ok((rest, part_span(&part.to_ascii_lowercase(), p)));
    }
    // "the last days of August", "the final weeks of 2023", "the first few days of March": the
    // end or the beginning of the period.
    let few_of = |x: &'a str| -> IResult<&'a str, &'a str> {
        // Only "the last/final/closing/dying/first/opening …" is worth the parse.
        if !matches!(x.as_bytes().get(4), Some(b'l' | b'L' | b'f' | b'F' | b'c' | b'C' | b'd' | b'D' | b'o' | b'O')) {
            return fail(x);
        }
        let (r, (_, _, which, _)) = (
            kw("the"),
            space,
            alt((kw("last"), kw("final"), kw("closing"), kw("dying"), kw("first"), kw("opening"))),
            space,
        )
            .parse(x)?;
        let r = (kw("few"), space).parse(r).map(|(r2, _)| r2).unwrap_or(r);
        let (r, (unit, _, _)) = (alt((kw("days"), kw("weeks"), kw("months"))), space, kw("of")).parse(r)?;
        let first = matches!(which.to_ascii_lowercase().as_str(), "first" | "opening");
        // Days or weeks of a year lie in its first or last month.
        let part = match (first, unit.eq_ignore_ascii_case("months")) {
            (true, true) => "beginning",
            (false, true) => "end",
            (true, false) => "beginning-days",
            (false, false) => "end-days",
        };
        Ok((r, part))
    };
    let (rest, part) = alt((
        few_of,
        kw("early"),
        kw("mid"),
        kw("late"),
        phrase("the end of"),
        phrase("the beginning of"),
        phrase("the start of"),
        phrase("the middle of"),
        phrase("the turn of"),
        // "by the close of 2025", "the tail end of last year", "the early part of next year"
        phrase("the close of").map(|_| "the end of"),
        alt((phrase("the back end of"), phrase("the tail end of"))).map(|_| "the end of"),
        phrase("the early part of").map(|_| "early"),
        alt((phrase("the latter part of"), phrase("the later part of"))).map(|_| "late"),
        // "end-2025", "end-March": finance copy's hyphen ("to end the year" is a verb).
        |x| kw("end")(x).and_then(|(r, w)| if r.starts_with('-') { Ok((r, w)) } else { fail(x) }),
        phrase("end of"),
        phrase("beginning of"),
        phrase("start of"),
        phrase("middle of"),
    ))
    .parse(i)?;
    // "mid-to-late October", "early to mid 2024", "mid- to late March": from the first part to
    // the second.
    let (rest, second_part) =
        match (alt((tag("-to-"), tag(" to "), tag("- to "), tag("-to "))), alt((kw("early"), kw("mid"), kw("late"))))
            .parse(rest)
        {
            Ok((r, (_, p2))) if matches!(part.to_ascii_lowercase().as_str(), "early" | "mid") => (r, Some(p2)),
            _ => (rest, None),
        };
    let (rest, _) = gap(rest)?;
    let rest = rest.strip_prefix("in ").unwrap_or(rest);
    let inner_from = rest;
    let (rest, inner) = alt((
        |x| decade_phrase(x, ctx),
        |x| century(x, ctx),
        // "the end of Q2 2025"
        |x| quarter_phrase(x, ctx),
        // "the turn of the century": the one we are in.
        |x| {
            let (r, _) = (kw("the"), space, alt((kw("century"), kw("millennium")))).parse(x)?;
            Ok((r, century_of(ctx.reference, 0)))
        },
        // "by the end of the 2023-24 season", "the start of the 2024/25 school year": a split
        // year, twelve months across two.
        |x| {
            let (r, (_, y)) = (nom::combinator::opt((kw("the"), space)), split_year_figures).parse(x)?;
            Ok((r, split_year(y, r)))
        },
        |x| academic_year(x, ctx, true),
        |x| year_only(x),
        |x| month_phrase(x, MonthSlot::Expected, ctx),
        |x| relative_period(x, ctx),
        |x| season_phrase(x, "of", ctx),
        // "by the end of the financial year", "the start of fiscal 2025": a fiscal year whose
        // first month is not said (its part is read below).
        |x| fiscal_phrase(x, ctx),
        |x| {
            let (r, _) = (kw("the"), space, alt((kw("fiscal"), kw("financial"))), alt((space, tag("-"))), kw("year"))
                .parse(x)?;
            // "the financial year to March", "the fiscal year ending in June": its last month.
            let to_month =
                (space, alt((kw("to"), kw("ending"))), space, nom::combinator::opt((kw("in"), space)), month_word)
                    .parse(r)
                    .ok();
            let Some(re) = ctx.reference else { return Ok((to_month.map_or(r, |(r2, _)| r2), Resolved::Unresolved)) };
            let this_month = re.first_of_month();
            match to_month {
                Some((r, (_, _, _, _, m))) => {
                    let ahead = i64::from((m - re.month()).rem_euclid(12));
                    let last = add_months(this_month, ahead);
                    Ok((r, span(add_months(last, -11), add_days(add_months(last, 1), -1), Grain::Year)))
                }
                None => {
                    Ok((r, span(add_months(this_month, -11), add_days(add_months(this_month, 12), -1), Grain::Year)))
                }
            }
        },
        // "the end of the month", "beginning of year": the current one.
        |x| {
            let (r, (_, u)) = (nom::combinator::opt((kw("the"), space)), unit_word).parse(x)?;
            match ctx.reference {
                Some(re) => Ok((r, period_containing(re, u, 0))),
                None => Ok((r, Resolved::Unresolved)),
            }
        },
    ))
    .parse(rest)?;
    let Resolved::Span(p) = inner else { return Ok((rest, inner)) };
    let inner_text = &inner_from[..inner_from.len() - rest.len()];
    if inner_text.contains("fiscal") || inner_text.contains("financial") {
        return fiscal_part(&part.to_ascii_lowercase(), p).map_or_else(|| fail(i), |s| Ok((rest, s)));
    }
    // "were awaiting a decision at the end of the quarter": told in the past, the current
    // period's part still ahead is the last period's.
    if let (true, Some(re)) = (ctx.past_tense, ctx.reference) {
        let current = (nom::combinator::opt((kw("the"), space)), unit_word)
            .parse(inner_text)
            .ok()
            .filter(|(r, _)| r.is_empty())
            .map(|(_, (_, u))| u);
        if let (Some(u), Resolved::Span(now)) = (current, part_span(&part.to_ascii_lowercase(), p)) {
            if now.start > re {
                if let Resolved::Span(last) = period_containing(re, u, -1) {
                    return Ok((rest, part_span(&part.to_ascii_lowercase(), last)));
                }
            }
        }
    }
    let month_of = |d: Date| match month_span(d.year(), d.month()) {
        Resolved::Span(m) => m,
        _ => p,
    };
    let p = match (part, p.grain) {
        ("beginning-days", Grain::Year) => month_of(p.start),
        ("end-days", Grain::Year) => month_of(p.end),
        _ => p,
    };
    let first = part_span(&part.to_ascii_lowercase(), p);
    match (second_part, first) {
        (Some(p2), Resolved::Span(a)) => match part_span(&p2.to_ascii_lowercase(), p) {
            Resolved::Span(b) if b.end >= a.start => Ok((rest, span(a.start, b.end, a.grain))),
            _ => fail(i),
        },
        _ => Ok((rest, first)),
    }
}

/// "He has scored 17 goals this season", "Last season the club finished fourth": where the
/// words around it are of sport, a season is the one holding the day of writing (or the one
/// before or after); elsewhere ("this season's collection") it stays unread. Winter sports run
/// July to June, summer ones March to October of one year: the span covers both, so no sport's
/// season is read as another's.
fn sports_season<'a>(i: &'a str, before: &str, ctx: &DateContext) -> R<'a> {
    let (rest, (_, which, _, _)) = (
        nom::combinator::opt((kw("the"), space)),
        alt((kw("this"), kw("last"), kw("next"), kw("previous"), kw("current"), kw("coming"))),
        space,
        // ("He scored 19 goals last term": sport's other word for it.)
        alt((kw("season"), kw("term"))),
    )
        .parse(i)?;
    if !at_boundary(rest) || rest.starts_with(['\'', '’']) {
        return fail(i);
    }
    // "in his last season at the club", "their last term in charge": someone's final one, of
    // no date.
    let owner = last_word(before);
    if matches!(owner.as_str(), "his" | "her" | "their" | "its" | "my" | "our" | "your")
        || before.trim_end().ends_with("'s")
        || before.trim_end().ends_with("’s")
    {
        return fail(i);
    }
    // (In its own sentence: "Last season was wet; next season the league …" is of two.)
    let stops = ['.', ';', '!', '?', '\n'];
    let head = crate::error::last_bytes(before, 120).rsplit(stops).next().unwrap_or("");
    let tail = crate::error::first_bytes(rest, 160).split(stops).next().unwrap_or("");
    let around = [head, tail];
    let sport = around.iter().any(|t| {
        t.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
            let mut buf = [0u8; 24];
            matches!(
                lower(w, &mut buf),
                "goal"
                    | "goals"
                    | "league"
                    | "club"
                    | "match"
                    | "matches"
                    | "games"
                    | "points"
                    | "table"
                    | "cup"
                    | "squad"
                    | "manager"
                    | "striker"
                    | "relegation"
                    | "promotion"
                    | "title"
                    | "wickets"
                    | "innings"
                    | "tries"
                    | "touchdowns"
                    | "appearances"
                    | "fixtures"
            )
        })
    });
    if !sport {
        return fail(i);
    }
    let Some(re) = ctx.reference else { return Ok((rest, Resolved::Unresolved)) };
    let shift = step_of(which);
    // The winter season holding the day of writing, and the summer one of its year (the coming
    // one before March, as the winter one is then half run).
    let winter = if re.month() >= 7 { re.year() } else { re.year() - 1 } + shift;
    let summer = re.year() + shift;
    match (ymd(winter, 7, 1), ymd(winter + 1, 6, 30), ymd(summer, 3, 1), ymd(summer, 10, 31)) {
        (Some(a), Some(b), Some(c), Some(d)) => Ok((rest, span(a.min(c), b.max(d), Grain::Year))),
        _ => fail(i),
    }
}

/// "this academic year", "last school year", "the coming university year": August to July
/// (as the split years "2023/24 academic year" are), the one holding the day of writing or one
/// either side of it.
/// ("the end of the school year" says the current one: `of_a_part` takes it with no word
/// before it.)
fn academic_year<'a>(i: &'a str, ctx: &DateContext, of_a_part: bool) -> R<'a> {
    let which_word = alt((kw("this"), kw("last"), kw("next"), kw("previous"), kw("past"), kw("current"), kw("coming")));
    let (rest, (_, which, _, _, _)) = (
        nom::combinator::opt((kw("the"), space)),
        alt(((which_word, space).map(|(w, _)| w), |x| {
            if of_a_part && i.get(..4).is_some_and(|t| t.eq_ignore_ascii_case("the ")) { Ok((x, "")) } else { fail(x) }
        })),
        alt((kw("academic"), kw("school"), kw("university"))),
        space,
        kw("year"),
    )
        .parse(i)?;
    if !at_boundary(rest) {
        return fail(i);
    }
    let Some(re) = ctx.reference else { return Ok((rest, Resolved::Unresolved)) };
    let shift = step_of(which);
    let first = if re.month() >= 8 { re.year() } else { re.year() - 1 };
    match (ymd(first + shift, 8, 1), ymd(first + shift + 1, 7, 31)) {
        (Some(a), Some(b)) => Ok((rest, span(a, b, Grain::Year))),
        _ => fail(i),
    }
}

/// The start or end of a fiscal year, as of a calendar year its first or last four months (its
/// first or last days, in its first or last month):
/// `fy` holds every twelve months it could be (where its first month is not said), so its end
/// is from the ninth month of the earliest to the last of the latest, and its middle the fifth
/// to the eighth months.
fn fiscal_part(part: &str, fy: DateSpan) -> Option<Resolved> {
    let twelve_months = add_days(add_months(fy.start, 12), -1);
    if fy.grain != Grain::Year || twelve_months > fy.end {
        return None;
    }
    // ("the last weeks of the financial year": of its last month.)
    let months = if part.ends_with("-days") { 11 } else { 8 };
    if part == "early" || part.contains("beginning") || part.contains("start") {
        Some(span(fy.start, add_days(add_months(add_days(fy.end, 1), -months), -1), Grain::Month))
    } else if part == "late" || part.contains("end") {
        Some(span(add_months(fy.start, months), fy.end, Grain::Month))
    } else if part == "mid" || part.contains("middle") {
        // Its fifth to eighth months, of whichever year it is.
        Some(span(add_months(fy.start, 4), add_days(add_months(add_days(fy.end, 1), -4), -1), Grain::Month))
    } else {
        None
    }
}

/// "a hearing in the new year", "since the new year": told late in a year, the early part of
/// the next (as "early 2024" is January–April); told early in one, the same part of it. Told
/// in the middle of a year it could mean either, and is left unread. ("New Year's Day" and
/// "New Year's Eve" are holidays.)
fn the_new_year<'a>(i: &'a str, ctx: &DateContext) -> R<'a> {
    let (rest, _) = (kw("the"), space, kw("new"), space, kw("year")).parse(i)?;
    // ("the New Year holiday", "new year celebrations": the holiday itself.)
    let holiday = (space, word).parse(rest).is_ok_and(|(_, (_, w))| {
        let mut buf = [0u8; 24];
        matches!(
            lower(w, &mut buf),
            "day"
                | "eve"
                | "holiday"
                | "holidays"
                | "break"
                | "period"
                | "celebration"
                | "celebrations"
                | "festivities"
                | "honours"
                | "message"
                | "address"
                | "party"
                | "parties"
                | "resolution"
                | "resolutions"
                | "sales"
        )
    });
    if !at_boundary(rest) || rest.starts_with(['\'', '’']) || holiday {
        return fail(i);
    }
    let Some(re) = ctx.reference else { return Ok((rest, Resolved::Unresolved)) };
    let year = match re.month() {
        9..=12 => re.year() + 1,
        1..=3 => re.year(),
        _ => return fail(i),
    };
    let Resolved::Span(whole) = year_span(year) else { return fail(i) };
    Ok((rest, part_span("early", whole)))
}

/// The part of a period a word names. Months split 1–10 / 11–20 / 21–end; weeks Monday–
/// Wednesday and Friday–Sunday; years January–April ("early") or –March ("beginning"),
/// May–August, September–December; other periods in thirds.
fn part_span(part: &str, p: DateSpan) -> Resolved {
    if part.contains("turn") {
        return turn_of(p);
    }
    let early = part == "early" || part.contains("beginning") || part.contains("start");
    let late = part == "late" || part.contains("end");
    let (s, e) = match p.grain {
        Grain::Month => {
            let (y, m) = (p.start.year(), p.start.month());
            if early {
                (p.start, ymd(y, m, 10).unwrap_or(p.end))
            } else if late {
                (ymd(y, m, 21).unwrap_or(p.start), p.end)
            } else {
                (ymd(y, m, 11).unwrap_or(p.start), ymd(y, m, 20).unwrap_or(p.end))
            }
        }
        Grain::Week => {
            if early {
                (p.start, add_days(p.start, 2))
            } else if late {
                (add_days(p.start, 4), p.end)
            } else {
                (add_days(p.start, 2), add_days(p.start, 3))
            }
        }
        // In months from its first, as a season or an academic year need not start in January.
        Grain::Year => {
            let (first, last) = if part == "early" {
                (0, 3)
            } else if early {
                (0, 2)
            } else if late {
                (8, 11)
            } else {
                (4, 7)
            };
            (add_months(p.start, first), add_days(add_months(p.start, last + 1), -1))
        }
        // "the early 2000s" 2000–2003, "the mid-1990s" 1994–1996, "the late 1980s" 1987–1989;
        // "the early 1900s" 1900–1932, "the late 19th century" 1867–1900: in whole years.
        Grain::Decade | Grain::Century => {
            let y = p.start.year();
            let (early_end, mid_end, last) = if p.grain == Grain::Decade { (3, 6, 9) } else { (32, 65, 99) };
            let (a, b) = if early {
                (0, early_end)
            } else if late {
                (mid_end + 1, last)
            } else {
                (early_end + 1, mid_end)
            };
            let end = ymd(y + b, 12, 31).unwrap_or(p.end);
            return span(ymd(y + a, 1, 1).unwrap_or(p.start), end, Grain::Year);
        }
        _ => {
            let total = p.start.until(p.end).map(|s| s.get_days() as i64).unwrap_or(0) + 1;
            let third = (total / 3).max(1);
            if early {
                (p.start, add_days(p.start, third - 1))
            } else if late {
                (add_days(p.end, -(third - 1)), p.end)
            } else {
                (add_days(p.start, third), add_days(p.end, -third))
            }
        }
    };
    span(s, e, if p.grain == Grain::Year { Grain::Month } else { Grain::Day })
}

/// "the turn of" a period straddles its start: of a year, December to January; of a decade, a
/// year either side; of a century, the three years either side of its round year (the turn
/// of the 20th century is about 1900, though that century began in 1901).
fn turn_of(p: DateSpan) -> Resolved {
    let y = p.start.year();
    let (a, b, grain) = match p.grain {
        Grain::Year => (ymd(y - 1, 12, 1), ymd(y, 1, 31), Grain::Month),
        Grain::Decade => (ymd(y - 1, 1, 1), ymd(y + 1, 12, 31), Grain::Year),
        Grain::Century => {
            let round = (y - 1).div_euclid(100) * 100 + 100 * i16::from(y % 100 == 0);
            (ymd(round - 3, 1, 1), ymd(round + 3, 12, 31), Grain::Year)
        }
        Grain::Month => (Some(add_days(p.start, -5)), Some(add_days(p.start, 4)), Grain::Day),
        _ => (Some(p.start), Some(p.start), Grain::Day),
    };
    match (a, b) {
        (Some(a), Some(b)) => span(a, b, grain),
        _ => Resolved::Span(p),
    }
}

fn year_only(i: &str) -> R<'_> {
    let (rest, y) = year_number(i)?;
    Ok((rest, year_span(y)))
}

// ---------------------------------------------------------------------------------------------
// Holidays, nth weekdays, rolling windows, offsets

/// The nth (1-based; -1 = last, -2 = second last) weekday (Monday = 0) of a month.
fn nth_weekday(y: i16, m: i8, wd: i8, n: i8) -> Option<Date> {
    let first = ymd(y, m, 1)?;
    let d = if n > 0 {
        let off = (wd as i64 - first.weekday().to_monday_zero_offset() as i64).rem_euclid(7);
        add_days(first, off + 7 * (n as i64 - 1))
    } else {
        let last = first.last_of_month();
        let off = (last.weekday().to_monday_zero_offset() as i64 - wd as i64).rem_euclid(7);
        add_days(last, -off - 7 * (-(n as i64) - 1))
    };
    (d.month() == m).then_some(d)
}

/// How a holiday's day is found in a given year.
#[derive(Clone, Copy)]
enum Feast {
    Fixed(i8, i8),
    /// The nth weekday (Monday = 0; n = -1 the last) of a month.
    NthWeekday(i8, i8, i8),
    /// The last given weekday (Monday = 0) on or before a day of a month: Victoria Day is the
    /// Monday on or before 24 May.
    WeekdayOnOrBefore(i8, i8, i8),
    /// Some days after another feast: Black Friday follows Thanksgiving.
    After(&'static Feast, i64),
    /// Days after Western Easter Sunday.
    Easter(i64),
    /// Days after Orthodox Easter Sunday.
    Orthodox(i64),
    /// A day of a Hebrew month. Jewish days begin at sundown, so the span starts on the civil
    /// day whose evening opens the holiday: a report dated by the eve is still on the holiday.
    Hebrew(u8, u8, HebrewShift),
    /// A day of an Islamic month; day 0 is the whole month.
    Islamic(u8, u8),
    /// The last Friday of an Islamic month.
    IslamicLastFriday(u8),
    ChineseNewYear,
    /// A lunar day (tithi, 1–30) of an amanta Hindu month (1 = Chaitra), kept on the civil day
    /// when it is in progress at the given moment.
    Hindu(u8, u8, calendar::Moment),
    /// The sun's entry into a sidereal sign (0 = Mesha, 9 = Makara), kept on its day if before
    /// the moment given.
    Sankranti(u8, calendar::Moment),
    /// The day of the moon's Thiruvonam asterism in the solar month Chingam.
    Onam,
    ParsiNewYear,
    Nowruz,
    Qingming,
    /// A day of a Chinese lunar month (1–12).
    ChineseLunar(u8, u8),
    /// Dutch King's Day: 27 April, or the 26th when the 27th is a Sunday.
    KingsDay,
}

/// Israeli memorial days move off the days around the Sabbath.
#[derive(Clone, Copy, PartialEq)]
enum HebrewShift {
    None,
    /// Yom HaShoah: Friday → Thursday, Sunday → Monday.
    Shoah,
    /// Yom HaAtzmaut: Friday or Saturday → Thursday, Monday → Tuesday.
    Atzmaut,
    /// Tisha B'Av: a fast on the Sabbath moves to Sunday.
    Sabbath,
    /// Yom HaZikaron, the eve of Yom HaAtzmaut: Thursday or Friday → Wednesday, Sunday → Monday.
    Zikaron,
}

/// A holiday: its names (lower case, words separated by single spaces, hyphens read as
/// spaces), how its first day is found, and how many days it lasts.
struct Holiday {
    names: &'static [&'static str],
    feast: Feast,
    days: i64,
}

const fn h(names: &'static [&'static str], feast: Feast, days: i64) -> Holiday {
    Holiday { names, feast, days }
}

use super::calendar::Moment;
use super::calendar::hebrew_month as hm;
use Feast::*;

/// Israel's independence day, 5 Iyar, moved off the days around the Sabbath.
const YOM_HAATZMAUT: Feast = Hebrew(hm::IYAR, 5, HebrewShift::Atzmaut);

/// Holidays that news dates things by.
static HOLIDAYS: &[Holiday] = &[
    h(&["christmas", "christmas day", "xmas", "xmas day"], Fixed(12, 25), 1),
    h(&["christmas eve", "xmas eve"], Fixed(12, 24), 1),
    h(&["boxing day"], Fixed(12, 26), 1),
    h(&["new year's day", "new years day", "new year day"], Fixed(1, 1), 1),
    h(&["new year's eve", "new years eve", "new year eve"], Fixed(12, 31), 1),
    h(&["epiphany"], Fixed(1, 6), 1),
    h(&["valentine's day", "valentines day", "valentine day", "st valentine's day"], Fixed(2, 14), 1),
    h(&["groundhog day"], Fixed(2, 2), 1),
    h(&["international women's day", "women's day", "womens day"], Fixed(3, 8), 1),
    h(
        &["st patrick's day", "saint patrick's day", "st patricks day", "saint patricks day", "st paddy's day"],
        Fixed(3, 17),
        1,
    ),
    h(&["april fools' day", "april fool's day", "april fools day"], Fixed(4, 1), 1),
    h(&["earth day"], Fixed(4, 22), 1),
    h(&["st george's day", "saint george's day"], Fixed(4, 23), 1),
    h(&["anzac day"], Fixed(4, 25), 1),
    h(&["may day"], Fixed(5, 1), 1),
    h(&["cinco de mayo"], Fixed(5, 5), 1),
    h(&["victory day"], Fixed(5, 9), 1),
    h(&["flag day"], Fixed(6, 14), 1),
    h(&["juneteenth"], Fixed(6, 19), 1),
    h(&["canada day"], Fixed(7, 1), 1),
    h(&["independence day"], Fixed(7, 4), 1),
    h(&["bastille day"], Fixed(7, 14), 1),
    h(&["halloween"], Fixed(10, 31), 1),
    h(&["all saints' day", "all saints day"], Fixed(11, 1), 1),
    h(&["all souls' day", "all souls day"], Fixed(11, 2), 1),
    h(&["guy fawkes night", "guy fawkes day", "bonfire night"], Fixed(11, 5), 1),
    h(&["veterans day", "veterans' day", "remembrance day", "armistice day"], Fixed(11, 11), 1),
    h(&["australia day"], Fixed(1, 26), 1),
    h(&["inauguration day"], Fixed(1, 20), 1),
    h(&["international holocaust remembrance day", "holocaust remembrance day"], Fixed(1, 27), 1),
    h(&["international workers' day", "international workers day", "workers' day", "workers day"], Fixed(5, 1), 1),
    h(&["patriot day"], Fixed(9, 11), 1),
    h(&["siblings day", "national siblings day"], Fixed(4, 10), 1),
    h(&["hogmanay"], Fixed(12, 31), 1),
    h(&["burns night", "burns supper"], Fixed(1, 25), 1),
    h(&["waitangi day"], Fixed(2, 6), 1),
    h(&["reformation day"], Fixed(10, 31), 1),
    h(&["kwanzaa"], Fixed(12, 26), 7),
    h(&["songkran"], Fixed(4, 13), 3),
    h(&["orthodox christmas", "orthodox christmas day"], Fixed(1, 7), 1),
    h(&["pi day"], Fixed(3, 14), 1),
    h(&["tax day"], Fixed(4, 15), 1),
    h(&["world environment day"], Fixed(6, 5), 1),
    h(&["assumption day", "assumption of mary", "feast of the assumption"], Fixed(8, 15), 1),
    h(&["gandhi jayanti"], Fixed(10, 2), 1),
    h(&["boss's day", "bosses day", "boss day", "national boss day"], Fixed(10, 16), 1),
    h(&["world aids day"], Fixed(12, 1), 1),
    h(&["feast of the immaculate conception", "immaculate conception"], Fixed(12, 8), 1),
    h(&["human rights day"], Fixed(12, 10), 1),
    h(&["election day"], After(&NthWeekday(11, 0, 1), 1), 1),
    h(&["arbor day"], NthWeekday(4, 4, -1), 1),
    h(&["grandparents day", "grandparents' day", "national grandparents day"], After(&NthWeekday(9, 0, 1), 6), 1),
    h(&["king's day", "kings day", "koningsdag"], KingsDay, 1),
    h(&["thanksgiving", "thanksgiving day"], NthWeekday(11, 3, 4), 1),
    h(&["black friday"], After(&NthWeekday(11, 3, 4), 1), 1),
    h(&["cyber monday"], After(&NthWeekday(11, 3, 4), 4), 1),
    h(&["giving tuesday", "givingtuesday"], After(&NthWeekday(11, 3, 4), 5), 1),
    // The Wednesday of the last full week (Sunday to Saturday) of April.
    h(
        &["administrative professionals day", "administrative professionals' day", "secretaries day", "admin day"],
        After(&NthWeekday(4, 5, -1), -3),
        1,
    ),
    h(&["victoria day"], WeekdayOnOrBefore(5, 24, 0), 1),
    h(&["advent sunday", "first sunday of advent", "first sunday in advent"], WeekdayOnOrBefore(12, 3, 6), 1),
    h(&["remembrance sunday"], NthWeekday(11, 6, 2), 1),
    h(
        &[
            "mlk day",
            "martin luther king day",
            "martin luther king jr day",
            "martin luther kings day",
            "civil rights day",
        ],
        NthWeekday(1, 0, 3),
        1,
    ),
    h(&["presidents' day", "presidents day", "president's day", "washington's birthday"], NthWeekday(2, 0, 3), 1),
    h(&["patriots' day", "patriots day"], NthWeekday(4, 0, 3), 1),
    h(&["memorial day"], NthWeekday(5, 0, -1), 1),
    h(&["labor day", "labour day"], NthWeekday(9, 0, 1), 1),
    h(&["columbus day", "indigenous peoples' day", "indigenous peoples day"], NthWeekday(10, 0, 2), 1),
    h(&["mother's day", "mothers day"], NthWeekday(5, 6, 2), 1),
    h(&["father's day", "fathers day"], NthWeekday(6, 6, 3), 1),
    h(&["easter", "easter sunday", "easter day"], Easter(0), 1),
    h(&["easter monday", "easter mon"], Easter(1), 1),
    h(&["holy saturday", "easter saturday"], Easter(-1), 1),
    h(&["good friday", "holy friday"], Easter(-2), 1),
    h(&["maundy thursday", "holy thursday", "covenant thursday", "covenant thu"], Easter(-3), 1),
    h(&["palm sunday"], Easter(-7), 1),
    h(&["ash wednesday"], Easter(-46), 1),
    h(&["lent"], Easter(-46), 46),
    h(&["mardi gras", "shrove tuesday", "pancake day"], Easter(-47), 1),
    h(&["ascension day", "ascension thursday"], Easter(39), 1),
    h(&["pentecost", "whit sunday", "whitsunday"], Easter(49), 1),
    h(&["whit monday"], Easter(50), 1),
    h(&["trinity sunday"], Easter(56), 1),
    h(&["corpus christi"], Easter(60), 1),
    h(&["orthodox easter", "orthodox easter sunday", "orthodox pascha"], Orthodox(0), 1),
    h(&["orthodox easter monday"], Orthodox(1), 1),
    h(&["orthodox good friday", "orthodox great friday"], Orthodox(-2), 1),
    h(&["orthodox holy saturday", "orthodox great saturday"], Orthodox(-1), 1),
    h(&["orthodox palm sunday"], Orthodox(-7), 1),
    h(&["lazarus saturday"], Orthodox(-8), 1),
    h(&["clean monday", "orthodox shrove monday", "orthodox ash monday"], Orthodox(-48), 1),
    h(&["great lent", "great fast"], Orthodox(-48), 40),
    h(
        &["rosh hashanah", "rosh hashana", "rosh hashanna", "rosh ha shana", "rosh hashonah"],
        Hebrew(hm::TISHREI, 1, HebrewShift::None),
        2,
    ),
    h(&["yom kippur"], Hebrew(hm::TISHREI, 10, HebrewShift::None), 1),
    // Sukkot with Shemini Atzeret, the eight days most calendars list.
    h(&["sukkot", "succot", "succos", "sukkos", "feast of tabernacles"], Hebrew(hm::TISHREI, 15, HebrewShift::None), 8),
    h(&["hoshana rabbah", "hoshana raba"], Hebrew(hm::TISHREI, 21, HebrewShift::None), 1),
    h(&["shemini atzeret", "shmini atzeret"], Hebrew(hm::TISHREI, 22, HebrewShift::None), 1),
    h(&["simchat torah", "simchas torah", "simhat torah"], Hebrew(hm::TISHREI, 23, HebrewShift::None), 1),
    h(
        &["hanukkah", "hanukah", "hannukah", "hannukkah", "chanukah", "chanukkah", "hanuka", "chanuka"],
        Hebrew(hm::KISLEV, 25, HebrewShift::None),
        8,
    ),
    h(&["tu bishvat", "tu b'shvat", "tu bshvat", "tu b'shevat"], Hebrew(hm::SHEVAT, 15, HebrewShift::None), 1),
    h(&["purim"], Hebrew(hm::LAST_ADAR, 14, HebrewShift::None), 1),
    h(&["passover", "pesach", "pesah"], Hebrew(hm::NISAN, 15, HebrewShift::None), 8),
    h(&["yom hashoah", "yom ha shoah"], Hebrew(hm::NISAN, 27, HebrewShift::Shoah), 1),
    h(&["yom haatzmaut", "yom ha'atzmaut", "yom ha atzmaut"], YOM_HAATZMAUT, 1),
    h(&["yom hazikaron", "yom ha zikaron"], Hebrew(hm::IYAR, 4, HebrewShift::Zikaron), 1),
    h(&["lag baomer", "lag b'omer", "lag bomer", "lag ba'omer"], Hebrew(hm::IYAR, 18, HebrewShift::None), 1),
    h(&["yom yerushalayim", "jerusalem day"], Hebrew(hm::IYAR, 28, HebrewShift::None), 1),
    h(&["shavuot", "shavuos", "shavuoth"], Hebrew(hm::SIVAN, 6, HebrewShift::None), 2),
    h(&["tisha b'av", "tisha bav", "tisha beav"], Hebrew(hm::AV, 9, HebrewShift::Sabbath), 1),
    h(&["ramadan", "ramadhan", "ramzan"], Islamic(9, 0), 0),
    h(&["day of arafah", "day of arafat", "arafat day", "arafah day"], Islamic(12, 9), 1),
    h(&["eid al fitr", "eid ul fitr", "id al fitr", "id ul fitr", "eid el fitr", "eid al fitar"], Islamic(10, 1), 1),
    h(
        &[
            "eid al adha",
            "eid ul adha",
            "id al adha",
            "id ul adha",
            "eid el adha",
            "bakr id",
            "bakrid",
            "bakra eid",
            "sacrifice feast",
            "feast of the sacrifice",
            "feast of sacrifice",
            "kurban bayram",
            "qurban bayram",
        ],
        Islamic(12, 10),
        1,
    ),
    h(&["islamic new year", "hijri new year", "arabic new year", "amun jadid", "ras as sana"], Islamic(1, 1), 1),
    h(&["ashura", "day of ashura"], Islamic(1, 10), 1),
    h(&["shab e barat", "shab-e-barat", "laylat al bara'at", "laylat al baraat", "mid sha'ban"], Islamic(8, 15), 1),
    h(
        &["mawlid", "mawlid al nabi", "mawlid al nabawi", "mawlid an nabi", "milad un nabi", "prophet's birthday"],
        Islamic(3, 12),
        1,
    ),
    h(
        &[
            "isra and mi'raj",
            "isra and miraj",
            "isra mi'raj",
            "lailat al miraj",
            "night journey",
            "ascension to heaven",
        ],
        Islamic(7, 27),
        1,
    ),
    h(
        &[
            "laylat al qadr",
            "laylat al kadr",
            "lailat al qadr",
            "night of power",
            "night of decree",
            "night of measures",
        ],
        Islamic(9, 27),
        1,
    ),
    h(&["jumu'atul wida", "jumuatul wida", "jamat ul vida", "jumat ul vida", "alvida jumma"], IslamicLastFriday(9), 1),
    h(
        &[
            "chinese new year",
            "lunar new year",
            "chinese lunar new year",
            "spring festival",
            "chinese lunar new year's day",
            "lunar new year's day",
            "chinese new year's day",
        ],
        ChineseNewYear,
        1,
    ),
    // Hindu and Sikh festivals by their lunar day (amanta months: 1 Chaitra … 7 Ashvin,
    // 8 Kartika … 12 Phalguna) and the sun's entries into signs.
    h(&["ugadi", "yugadi", "gudi padwa", "hindu new year"], Hindu(1, 1, Moment::Sunrise), 1),
    h(&["ram navami", "rama navami"], Hindu(1, 9, Moment::Sunrise), 1),
    h(&["mahavir jayanti", "mahavir janma kalyanak"], Hindu(1, 13, Moment::Sunrise), 1),
    h(&["hanuman jayanti"], Hindu(1, 15, Moment::Sunrise), 1),
    h(&["akshaya tritiya", "akha teej"], Hindu(2, 3, Moment::Sunrise), 1),
    h(&["rath yatra", "ratha yatra", "ratha-yatra"], Hindu(4, 2, Moment::Sunrise), 1),
    h(&["guru purnima"], Hindu(4, 15, Moment::Sunrise), 1),
    h(&["nag panchami"], Hindu(5, 5, Moment::Sunrise), 1),
    h(&["buddha purnima", "buddha jayanti", "vesak", "vaisakha", "wesak"], Hindu(2, 15, Moment::Sunrise), 1),
    h(&["raksha bandhan", "rakhi", "rakshabandhan"], Hindu(5, 15, Moment::Sunrise), 1),
    h(&["krishna janmashtami", "janmashtami", "gokulashtami", "krishna jayanti"], Hindu(5, 23, Moment::Midnight), 1),
    h(&["ganesh chaturthi", "vinayaka chaturthi"], Hindu(6, 4, Moment::Sunrise), 1),
    h(&["navaratri", "navratri", "sharad navratri", "durga puja"], Hindu(7, 1, Moment::Sunrise), 10),
    h(&["maha saptami", "durga saptami"], Hindu(7, 7, Moment::Sunrise), 1),
    h(&["durga ashtami", "maha ashtami"], Hindu(7, 8, Moment::Sunrise), 1),
    h(&["maha navami"], Hindu(7, 9, Moment::Sunrise), 1),
    h(&["dussehra", "dasara", "vijayadashami", "vijaya dashami"], Hindu(7, 10, Moment::Sunrise), 1),
    h(
        &["valmiki jayanti", "pargat diwas", "maharishi valmiki jayanti", "sharad purnima"],
        Hindu(7, 15, Moment::Sunrise),
        1,
    ),
    h(&["karva chauth", "karwa chauth"], Hindu(7, 19, Moment::Sunset), 1),
    h(&["dhanteras"], Hindu(7, 28, Moment::Sunset), 1),
    h(
        &["naraka chaturdashi", "choti diwali", "chhoti diwali", "kali chaudas"],
        After(&Hindu(7, 30, Moment::Sunset), -1),
        1,
    ),
    h(&["diwali", "deepavali", "divali", "lakshmi puja", "laxmi puja"], Hindu(7, 30, Moment::Sunset), 1),
    h(&["govardhan puja"], Hindu(8, 1, Moment::Sunrise), 1),
    h(&["bhai dooj", "bhaiya dooj", "bhau beej"], Hindu(8, 2, Moment::Sunrise), 1),
    h(&["chhath", "chhath puja", "dala puja", "dala chhath"], Hindu(8, 6, Moment::Sunrise), 1),
    h(&["guru nanak jayanti", "guru nanak's birthday", "gurpurab"], Hindu(8, 15, Moment::Sunrise), 1),
    h(
        &[
            "guru gobind singh jayanti",
            "guru govind singh jayanti",
            "guru gobind singh birthday",
            "guru govind singh birthday",
        ],
        Hindu(10, 7, Moment::Sunrise),
        1,
    ),
    h(&["vasant panchami", "basant panchami", "saraswati puja"], Hindu(11, 5, Moment::Sunrise), 1),
    h(
        &["dayananda saraswati jayanti", "dayanand saraswati jayanti", "saraswati jayanti"],
        Hindu(11, 25, Moment::Sunrise),
        1,
    ),
    h(
        &["guru ravidass jayanti", "guru ravidas jayanti", "guru ravidass birthday", "guru ravidas birthday"],
        Hindu(11, 15, Moment::Sunrise),
        1,
    ),
    h(&["maha shivaratri", "mahashivratri", "maha shivratri", "shivaratri"], Hindu(11, 29, Moment::Midnight), 1),
    h(&["holika dahan", "choti holi", "chhoti holi", "kamudu pyre"], Hindu(12, 15, Moment::Sunset), 1),
    h(&["holi", "dhulandi", "phagwah", "rangwali holi", "dhuleti"], After(&Hindu(12, 15, Moment::Sunset), 1), 1),
    h(&["makar sankranti", "makara sankranti", "maghi", "thai pongal", "pongal"], Sankranti(9, Moment::Sunset), 1),
    h(&["bhogi", "bogi", "bogi pandigai", "bhogi pandigai", "lohri"], After(&Sankranti(9, Moment::Sunset), -1), 1),
    h(&["mattu pongal"], After(&Sankranti(9, Moment::Sunset), 1), 1),
    h(&["kaanum pongal", "kanni pongal", "kanum pongal"], After(&Sankranti(9, Moment::Sunset), 2), 1),
    h(&["vaisakhi", "baisakhi", "vaishakhi", "mesha sankranti"], Sankranti(0, Moment::Midnight), 1),
    // The Bengali solar year starts the day after the sun enters Mesha (as West Bengal keeps
    // it); Tagore's birthday is its 25th of Boishakh.
    h(
        &["pohela boishakh", "poila baisakh", "pahela baishakh", "bengali new year"],
        After(&Sankranti(0, Moment::Midnight), 1),
        1,
    ),
    h(
        &["rabindra jayanti", "rabindranath jayanti", "pochishe boishakh", "tagore jayanti"],
        After(&Sankranti(0, Moment::Midnight), 25),
        1,
    ),
    h(&["onam", "thiru onam", "thiruvonam"], Onam, 1),
    h(&["parsi new year", "navroz", "jamshedi navroz"], ParsiNewYear, 1),
    h(&["nowruz", "norooz", "nauruz", "persian new year", "iranian new year"], Nowruz, 1),
    h(&["lantern festival", "yuanxiao festival"], After(&ChineseNewYear, 14), 1),
    h(&["chinese new year's eve", "lunar new year's eve"], After(&ChineseNewYear, -1), 1),
    h(&["dragon boat festival", "duanwu festival", "tuen ng"], ChineseLunar(5, 5), 1),
    h(&["qixi festival", "qixi", "double seventh festival"], ChineseLunar(7, 7), 1),
    h(
        &["mid autumn festival", "mid-autumn festival", "moon festival", "mooncake festival", "chuseok"],
        ChineseLunar(8, 15),
        1,
    ),
    h(&["double ninth festival", "chongyang festival"], ChineseLunar(9, 9), 1),
    h(&["qingming", "qingming festival", "tomb sweeping day", "tomb-sweeping day"], Qingming, 1),
];

/// FNV-1a: the words looked up are a few bytes long, where it beats the default hasher.
#[derive(Default)]
struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for b in bytes {
            h = (h ^ *b as u64).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type FnvMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;

/// Every word of every holiday name (its letters only: "patrick" of "st patrick's day"), with
/// whether it opens a name and whether it is a whole name on its own ("ramadan"). The scanner
/// asks about every trigger word, and tries a parse only where an opener stands.
static HOLIDAY_WORDS: LazyLock<FnvMap<&'static str, (bool, bool)>> = LazyLock::new(|| {
    let mut words: FnvMap<&'static str, (bool, bool)> = FnvMap::default();
    for name in HOLIDAYS.iter().flat_map(|h| h.names.iter()) {
        let whole = !name.contains(|c: char| !c.is_ascii_alphabetic());
        for (k, w) in name.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty()).enumerate() {
            let flags = words.entry(w).or_default();
            flags.0 |= k == 0;
            flags.1 |= whole;
        }
    }
    words
});

/// Independence days of countries whose news often names them, by the country or nationality
/// written before "Independence Day" (an American one, or none, keeps the Fourth of July).
static NATIONAL_DAYS: &[(&[&str], Holiday)] = &[
    (&["ukraine", "ukrainian"], h(&[], Fixed(8, 24), 1)),
    (&["india", "indian"], h(&[], Fixed(8, 15), 1)),
    (&["pakistan", "pakistani"], h(&[], Fixed(8, 14), 1)),
    (&["indonesia", "indonesian"], h(&[], Fixed(8, 17), 1)),
    (&["bangladesh", "bangladeshi"], h(&[], Fixed(3, 26), 1)),
    (&["mexico", "mexican"], h(&[], Fixed(9, 16), 1)),
    (&["brazil", "brazilian"], h(&[], Fixed(9, 7), 1)),
    (&["philippine", "philippines", "filipino"], h(&[], Fixed(6, 12), 1)),
    (&["nigeria", "nigerian"], h(&[], Fixed(10, 1), 1)),
    (&["ghana", "ghanaian"], h(&[], Fixed(3, 6), 1)),
    (&["kenya", "kenyan"], h(&[], Fixed(12, 12), 1)),
    (&["finland", "finnish"], h(&[], Fixed(12, 6), 1)),
    (&["poland", "polish"], h(&[], Fixed(11, 11), 1)),
    (&["belarus", "belarusian"], h(&[], Fixed(7, 3), 1)),
    (&["kazakhstan", "kazakh"], h(&[], Fixed(12, 16), 1)),
    (&["israel", "israeli"], h(&[], YOM_HAATZMAUT, 1)),
];

/// The independence day of the country named by `w`: `None` when `w` names no country,
/// `Some(None)` for a country or nationality whose day is not known here.
fn national_day(w: &str) -> Option<Option<&'static Holiday>> {
    if let Some((_, day)) = NATIONAL_DAYS.iter().find(|(names, _)| names.contains(&w)) {
        return Some(Some(day));
    }
    // A possessive or nationality we do not know ("Chad's", "Algerian") is still a country.
    let capital_word = w.len() > 2 && (w.ends_with("ian") || w.ends_with("ese") || w.ends_with("ish"));
    capital_word.then_some(None)
}

/// Names that are also ordinary words or phrases count only when capitalised: "the bank lent
/// $5bn", "a spring festival of music", "they may day-trade".
const CAPITALISED_ONLY: &[&str] =
    &["lent", "spring festival", "moon festival", "may day", "workers day", "workers' day"];

/// Every holiday name, for lookup while a name is read word by word.
static HOLIDAY_BY_NAME: LazyLock<FnvMap<&'static str, &'static Holiday>> =
    LazyLock::new(|| HOLIDAYS.iter().flat_map(|h| h.names.iter().map(move |n| (*n, h))).collect());

fn holiday_word(w: &str) -> Option<(bool, bool)> {
    HOLIDAY_WORDS.get(w).copied()
}

/// Does this lower-case word open a holiday's name?
pub fn opens_holiday(w: &str) -> bool {
    holiday_word(w).is_some_and(|(opens, _)| opens)
}

/// Is this lower-case word a holiday's whole name ("ramadan", "easter")?
pub fn names_holiday(w: &str) -> bool {
    holiday_word(w).is_some_and(|(_, whole)| whole)
}

/// Is this lower-case word part of some holiday's name?
pub fn in_holiday_name(w: &str) -> bool {
    holiday_word(w).is_some()
}

fn find_holiday(name: &str) -> Option<&'static Holiday> {
    HOLIDAY_BY_NAME.get(name).copied()
}

/// A holiday's weekend: the holiday joined to the nearest Saturday and Sunday, before it for a
/// Monday or Tuesday holiday (Memorial Day weekend runs Saturday to Monday), after it otherwise
/// (Thanksgiving weekend runs Thursday to Sunday).
fn long_weekend(s: DateSpan) -> DateSpan {
    let wd = s.start.weekday().to_monday_zero_offset() as i64;
    let (start, end) = match wd {
        0 | 1 => (add_days(s.start, -wd - 2), s.end),
        5 => (s.start, add_days(s.start, 1)),
        6 => (add_days(s.start, -1), s.end),
        _ => (s.start, add_days(s.start, 6 - wd)),
    };
    DateSpan { start, end: end.max(s.end), grain: Grain::Day }
}

/// The span of a holiday in Gregorian year `y`.
fn holiday_span(hol: &Holiday, y: i16) -> Option<DateSpan> {
    if let After(feast, days) = hol.feast {
        let first = holiday_span(&Holiday { names: hol.names, feast: *feast, days: 1 }, y)?;
        let start = add_days(first.start, days);
        return Some(DateSpan { start, end: add_days(start, hol.days.max(1) - 1), grain: Grain::Day });
    }
    let (start, end) = match hol.feast {
        Fixed(m, d) => (ymd(y, m, d)?, None),
        NthWeekday(m, wd, n) => (nth_weekday(y, m, wd, n)?, None),
        WeekdayOnOrBefore(m, d, wd) => {
            let day = ymd(y, m, d)?;
            let back = (day.weekday().to_monday_zero_offset() as i64 - wd as i64).rem_euclid(7);
            (add_days(day, -back), None)
        }
        After(..) => return None,
        Easter(off) => (add_days(calendar::easter(y)?, off), None),
        Orthodox(off) => (add_days(calendar::orthodox_easter(y)?, off), None),
        KingsDay => {
            let d = ymd(y, 4, 27)?;
            (if d.weekday() == jiff::civil::Weekday::Sunday { add_days(d, -1) } else { d }, None)
        }
        Hebrew(month, d, shift) => {
            let mut first = calendar::hebrew_date(calendar::hebrew_year_for(y, month), month, d)?;
            use jiff::civil::Weekday::*;
            let wd = first.weekday();
            let moved = match (shift, wd) {
                (HebrewShift::Shoah, Friday) | (HebrewShift::Atzmaut, Friday) => -1,
                (HebrewShift::Atzmaut, Saturday) => -2,
                (HebrewShift::Zikaron, Thursday) => -1,
                (HebrewShift::Zikaron, Friday) => -2,
                (HebrewShift::Zikaron, Sunday) => 1,
                (HebrewShift::Shoah, Sunday) | (HebrewShift::Atzmaut, Monday) | (HebrewShift::Sabbath, Saturday) => 1,
                _ => 0,
            };
            first = add_days(first, moved);
            (add_days(first, -1), Some(add_days(first, hol.days - 1)))
        }
        // The first occurrence whose day falls in the year asked for.
        Islamic(month, 0) => {
            let months = calendar::islamic_months_around(y, month);
            let &(s, e) = months.iter().find(|(s, _)| s.year() == y)?;
            (s, Some(e))
        }
        Islamic(month, d) => {
            let months = calendar::islamic_months_around(y, month);
            (months.iter().map(|(s, _)| add_days(*s, d as i64 - 1)).find(|day| day.year() == y)?, None)
        }
        IslamicLastFriday(month) => {
            let months = calendar::islamic_months_around(y, month);
            let last_friday =
                |last: Date| add_days(last, -(last.weekday().to_monday_zero_offset() as i64 - 4).rem_euclid(7));
            (months.iter().map(|(_, e)| last_friday(*e)).find(|day| day.year() == y)?, None)
        }
        ChineseNewYear => (calendar::chinese_new_year(y)?, None),
        Hindu(month, tithi, moment) => (calendar::hindu_festival(y, month, tithi, moment)?, None),
        Sankranti(sign, cutoff) => (calendar::sankranti(y, sign, cutoff)?, None),
        Onam => (calendar::onam(y)?, None),
        ParsiNewYear => (calendar::parsi_new_year(y)?, None),
        Nowruz => (calendar::nowruz(y)?, None),
        Qingming => (calendar::qingming(y)?, None),
        ChineseLunar(month, d) => (add_days(calendar::chinese_month_start(y, month)?, d as i64 - 1), None),
    };
    let end = end.unwrap_or_else(|| add_days(start, hol.days.max(1) - 1));
    Some(DateSpan { start, end, grain: Grain::Day })
}

/// A holiday's name, optionally after "last" / "next" / "this" and before a year
/// ("Eid al-Fitr 2018", "Hanukkah of last year").
fn holiday<'a>(i: &'a str, before: &str, ctx: &DateContext) -> R<'a> {
    let relative = alt((kw("last"), kw("next"), kw("this"), kw("following"), kw("previous")));
    let (rest, which) = match (relative, space).parse(i) {
        Ok((r, (w, _))) => (r, Some(w.to_ascii_lowercase())),
        Err(_) => (i, None),
    };
    let rest = (kw("the"), space).parse(rest).map(|x| x.0).unwrap_or(rest);
    // "the weekend of Thanksgiving 2023" is "Thanksgiving weekend 2023".
    let (rest, weekend_first) = match (kw("weekend"), space, kw("of"), space).parse(rest) {
        Ok((r, _)) => (r, true),
        Err(_) => (rest, false),
    };
    // Only words that can open a holiday's name are worth reading further.
    let opens = |t: &str| {
        let n = t.bytes().take_while(|c| c.is_ascii_alphabetic()).count();
        let mut buf = [0u8; 24];
        opens_holiday(lower(&t[..n], &mut buf))
    };
    if !opens(rest) {
        return fail(i);
    }
    // Read up to six words (a hyphen separates words too) and keep the longest name.
    let name_start = rest;
    let mut name = String::new();
    let mut found = None;
    let mut cur = rest;
    for _ in 0..6 {
        let n = cur.find(|c: char| !(c.is_ascii_alphabetic() || c == '\'' || c == '’')).unwrap_or(cur.len());
        if n == 0 {
            break;
        }
        // "mon." / "St." abbreviations keep their full stop; a sentence's own stays out.
        let r = &cur[n..];
        let r = if n <= 3 { r.strip_prefix('.').unwrap_or(r) } else { r };
        if !name.is_empty() {
            name.push(' ');
        }
        name.extend(cur[..n].chars().map(|c| if c == '’' { '\'' } else { c.to_ascii_lowercase() }));
        if let Some(h) = find_holiday(&name) {
            // A name ends at its last word: a full stop there is the sentence's ("on Christmas Eve.").
            found = Some((h, &cur[n..], CAPITALISED_ONLY.contains(&name.as_str())));
        }
        cur = match r.strip_prefix('-') {
            Some(x) if x.starts_with(|c: char| c.is_ascii_alphabetic()) => x,
            _ => match space(r) {
                Ok((next, _)) => next,
                Err(_) => break,
            },
        };
    }
    let Some((hol, rest, needs_capital)) = found else { return fail(i) };
    // "a Christmas tree", "an Easter egg": after an article of its own, a holiday's name is an
    // adjective of the thing, not a day.
    if which.is_none() && matches!(last_word(before).as_str(), "a" | "an") && year_tail(rest).is_err() {
        return fail(i);
    }
    // "the Good Friday Agreement", "the Yom Kippur War", "the Easter Rising", "the Boxing Day
    // tsunami": a holiday's name before an event's noun names that event, not this year's day.
    if let Ok((_, (_, next))) = (space, word).parse(rest) {
        if is_event_noun(&next.to_ascii_lowercase()) {
            return fail(i);
        }
    }
    // "lent", "may day" in lower case are ordinary words, unless a year follows ("lent 2018").
    let year_closes = year_tail(rest).is_ok_and(|(r, _)| !r.trim_start().starts_with(|c: char| c.is_alphanumeric()));
    if needs_capital && !name_start.starts_with(|c: char| c.is_ascii_uppercase()) && !year_closes {
        return fail(i);
    }
    // "Ukraine's Independence Day" is not the Fourth of July: a country named before it picks
    // its own day, and one we do not know leaves the phrase unread rather than guessed.
    let hol = if hol.names.contains(&"independence day") && i.len() == name_start.len() {
        let owner = before.split_whitespace().next_back().unwrap_or("").to_ascii_lowercase().replace('’', "'");
        match national_day(owner.trim_end_matches("'s").trim_matches(|c: char| !c.is_ascii_alphabetic())) {
            Some(Some(own)) => own,
            Some(None) => return fail(i),
            None => hol,
        }
    } else {
        hol
    };
    // "Thanksgiving weekend", "Memorial Day weekend": the holiday and the weekend beside it.
    let (rest, weekend) = match (space, kw("weekend")).parse(rest) {
        Ok((r, _)) => (r, true),
        Err(_) => (rest, weekend_first),
    };
    let span_in = |y: i16| holiday_span(hol, y).map(|s| if weekend { long_weekend(s) } else { s });
    let resolved = |y: i16| span_in(y).map(Resolved::Span).unwrap_or(Resolved::Invalid);
    if which.is_none() {
        if let Ok((r2, y)) = year_tail(rest) {
            return Ok((r2, resolved(y)));
        }
    }
    let Some(re) = ctx.reference else { return Ok((rest, Resolved::Unresolved)) };
    // "Christmas of last year", "Thanksgiving this year".
    if which.is_none() {
        if let Ok((r2, delta)) = relative_year_tail(rest) {
            return Ok((r2, resolved(re.year() + delta as i16)));
        }
        // "Christmas two years ago", "Diwali six years hence": the holiday of the year the
        // offset lands in.
        if let Ok((r2, (_, n, _, unit, _, dir))) =
            (space, count_word, gap, unit_word, space, alt((kw("ago"), kw("hence")))).parse(rest)
        {
            let sign = if dir.eq_ignore_ascii_case("ago") { -1 } else { 1 };
            return Ok((r2, resolved(shift(re, unit, sign * n as i64).year())));
        }
    }
    let cands: Vec<DateSpan> = (-1..=1).filter_map(|k| span_in(re.year() + k)).collect();
    let pick = match which.as_deref() {
        Some("last" | "previous") => cands.iter().rev().find(|d| d.end < re).copied(),
        Some("next" | "following") => cands.iter().find(|d| d.start > re).copied(),
        Some(_) => span_in(re.year()),
        None => match ctx.prefer {
            Prefer::Future => cands.iter().find(|d| d.end >= re).copied(),
            Prefer::Past => cands.iter().rev().find(|d| d.start <= re).copied(),
            Prefer::Nearest => cands.iter().min_by_key(|d| (d.start - re).get_days().abs()).copied(),
        },
    };
    Ok((rest, pick.map(Resolved::Span).unwrap_or(Resolved::Invalid)))
}

/// "the first Tuesday of October", "last Monday in May", "first week of October 2014",
/// "the third day of October", "the second last week of 2018", "the third month of 2021".
fn nth_weekday_of<'a>(i: &'a str, ctx: &DateContext) -> R<'a> {
    let i2 = skip_word(i, "the");
    // n counts from the start; -n from the end ("last" = -1, "third last" = -3).
    let (r, (n, _)) = (
        |x: &'a str| -> IResult<&'a str, i8> {
            // ("the final day of March", "the final week of the year".)
            if let Ok((r, _)) = alt((kw("last"), kw("final"))).parse(x) {
                return Ok((r, -1));
            }
            let (r, v) = super::number::ordinal(x)?;
            // Up to 31 for days; the other units check their own range.
            if !(1.0..=31.0).contains(&v) {
                return fail(x);
            }
            match (space, kw("last")).parse(r) {
                Ok((r2, _)) => Ok((r2, -(v as i8))),
                Err(_) => Ok((r, v as i8)),
            }
        },
        space,
    )
        .parse(i2)?;
    const WEEK: i8 = 7;
    const DAY: i8 = 8;
    const MONTH: i8 = 9;
    const WEEKEND: i8 = 10;
    let (r, what) = alt((
        |x| weekday_word(x),
        |x| kw("weekend")(x).map(|(r, _)| (r, WEEKEND)),
        |x| kw("week")(x).map(|(r, _)| (r, WEEK)),
        |x| kw("day")(x).map(|(r, _)| (r, DAY)),
        |x| kw("month")(x).map(|(r, _)| (r, MONTH)),
    ))
    .parse(r)?;
    if what != DAY && n.abs() > 12 {
        return fail(i);
    }
    let (rest, within) = period_within(r, ctx)?;
    let Resolved::Span(p) = within else { return Ok((rest, within)) };
    let back = -(n as i64) - 1;
    let res = match what {
        DAY => {
            let d = if n > 0 { add_days(p.start, n as i64 - 1) } else { add_days(p.end, -back) };
            if d < p.start || d > p.end {
                return Ok((rest, Resolved::Invalid));
            }
            day(d)
        }
        WEEK => {
            let start =
                if n > 0 { add_days(first_week(p), 7 * (n as i64 - 1)) } else { add_days(last_week(p), -7 * back) };
            week_span(start)
        }
        MONTH if p.grain == Grain::Year && n > 0 => month_span(p.start.year(), n),
        MONTH if p.grain == Grain::Year => month_span(p.start.year(), 13 + n),
        MONTH => return fail(i),
        // A month's weekends are counted by their Saturdays.
        WEEKEND if p.grain == Grain::Month => match nth_weekday(p.start.year(), p.start.month(), 5, n) {
            Some(sat) => span(sat, add_days(sat, 1), Grain::Week),
            None => Resolved::Invalid,
        },
        WEEKEND => return fail(i),
        wd if p.grain == Grain::Month => {
            nth_weekday(p.start.year(), p.start.month(), wd, n).map(day).unwrap_or(Resolved::Invalid)
        }
        _ => return fail(i),
    };
    Ok((rest, res))
}

/// " of October", " in 2018", " of the year": the period an ordinal counts within.
fn period_within<'a>(r: &'a str, ctx: &DateContext) -> R<'a> {
    let (r, _) = (space, alt((kw("of"), kw("in")))).parse(r)?;
    let (r, _) = space(r)?;
    let r = skip_word(r, "the");
    // "in the month", "of the year": the one the reference date is in.
    let current = |x: &'a str| -> R<'a> {
        let (rest, unit) = alt((kw("month"), kw("year"))).parse(x)?;
        match ctx.reference {
            Some(re) if unit.eq_ignore_ascii_case("month") => Ok((rest, month_span(re.year(), re.month()))),
            Some(re) => Ok((rest, year_span(re.year()))),
            None => Ok((rest, Resolved::Unresolved)),
        }
    };
    alt((|x| month_phrase(x, MonthSlot::Expected, ctx), year_only, |x| relative_period(x, ctx), current)).parse(r)
}

/// Weeks run Monday to Sunday and belong to the period holding most of their days (ISO
/// 8601's rule for the weeks of a year, applied to months too): the first week of a period
/// is the one holding its first Thursday, the last the one holding its last Thursday.
fn first_week(p: DateSpan) -> Date {
    let thursday = (0..7).map(|k| add_days(p.start, k)).find(|d| d.weekday().to_monday_zero_offset() == 3);
    week_start(thursday.unwrap_or(p.start))
}

fn last_week(p: DateSpan) -> Date {
    let thursday = (0..7).map(|k| add_days(p.end, -k)).find(|d| d.weekday().to_monday_zero_offset() == 3);
    week_start(thursday.unwrap_or(p.end))
}

/// "the first six months of 2024", "the last 3 weeks of this year", "the final two days of
/// May": a run of whole units at one end of a period.
fn first_or_last_units_of<'a>(i: &'a str, ctx: &DateContext) -> R<'a> {
    let i2 = skip_word(i, "the");
    let (r, (end, _, n, _, unit)) =
        (alt((kw("first"), kw("last"), kw("final"), kw("opening"))), space, count_word, gap, unit_word).parse(i2)?;
    let (rest, within) = period_within(r, ctx)?;
    let Resolved::Span(p) = within else { return Ok((rest, within)) };
    let n = n as i64;
    let first = end.eq_ignore_ascii_case("first") || end.eq_ignore_ascii_case("opening");
    let (start, stop, grain) = match unit {
        "day" if first => (p.start, add_days(p.start, n - 1), Grain::Day),
        "day" => (add_days(p.end, 1 - n), p.end, Grain::Day),
        "week" if first => (first_week(p), add_days(first_week(p), 7 * n - 1), Grain::Week),
        "week" => (add_days(last_week(p), -7 * (n - 1)), add_days(last_week(p), 6), Grain::Week),
        "month" | "quarter" | "year" => {
            let months = match unit {
                "month" => n,
                "quarter" => 3 * n,
                _ => 12 * n,
            };
            if first {
                (p.start, add_days(add_months(p.start, months), -1), Grain::Month)
            } else {
                (add_months(add_days(p.end, 1), -months), p.end, Grain::Month)
            }
        }
        _ => return fail(i),
    };
    if start < p.start || stop > p.end || start > stop {
        return fail(i);
    }
    Ok((rest, span(start, stop, grain)))
}

/// "week 31 of 2018", "week 27 of last year", "the week 12", "ISO week 5": ISO 8601 week
/// numbers. A bare "week 3" is left alone: in reporting it counts weeks of a story ("week
/// three of the trial"), not of the calendar.
fn week_number<'a>(i: &'a str, ctx: &DateContext) -> R<'a> {
    let (r, lead) = match alt((kw("the"), kw("iso"), kw("calendar"))).parse(i) {
        Ok((r, w)) => (space(r)?.0, Some(w)),
        Err(_) => (i, None),
    };
    let (r, _) = (kw("week"), space).parse(r)?;
    let (r, n) = digit1(r)?;
    let n: i64 = n.parse().unwrap_or(0);
    if !(1..=53).contains(&n) || !at_boundary(r) {
        return fail(i);
    }
    let of_year = match (space, kw("of"), space, year_number).parse(r) {
        Ok((r2, (_, _, _, y))) => Some((r2, Some(y))),
        Err(_) => relative_year_tail(r).ok().map(|(r2, delta)| (r2, ctx.reference.map(|re| re.year() + delta as i16))),
    };
    // Without a year, the week of the reference's year ("sales in week 10"); "week 3 of the
    // trial", "week 3 in the league" count from some other start and are no calendar week.
    let counts_from_else = (space, alt((kw("of"), kw("in"), kw("since"), kw("after"), kw("before")))).parse(r).is_ok();
    let (rest, year) = match of_year {
        Some((r2, y)) => (r2, y),
        None if !counts_from_else || lead.is_some_and(|w| !w.eq_ignore_ascii_case("the")) => {
            (r, ctx.reference.map(|re| re.year()))
        }
        _ => return fail(i),
    };
    let Some(year) = year else { return Ok((rest, Resolved::Unresolved)) };
    // Week 1 is the week holding 4 January.
    let Some(jan4) = ymd(year, 1, 4) else { return Ok((rest, Resolved::Invalid)) };
    Ok((rest, week_span(add_days(week_start(jan4), 7 * (n - 1)))))
}

/// "the week of 7 October": the Monday-to-Sunday week containing that day; "the weekend of
/// 5-6 October" the weekend the days name.
fn week_of<'a>(i: &'a str, ctx: &DateContext) -> R<'a> {
    if let Ok((r, _)) = (kw("the"), space, kw("weekend"), space, kw("of"), space).parse(i) {
        let (rest, d) =
            alt((|x| day_range(x, ctx), |x| day_month(skip_word(x, "the"), ctx), |x| month_day(x, ctx))).parse(r)?;
        let Resolved::Span(s) = d else { return Ok((rest, d)) };
        // The Saturday and Sunday of the week the (first) day named falls in.
        let wd = s.start.weekday().to_monday_zero_offset() as i64;
        let sat = add_days(s.start, if wd == 6 { -1 } else { 5 - wd });
        return Ok((rest, span(sat, add_days(sat, 1), Grain::Week)));
    }
    let (r, _) = (kw("the"), space, kw("week"), space).parse(i)?;
    // "the week starting (on) 4 February": seven days from that day.
    if let Ok((r2, _)) = (alt((kw("starting"), kw("beginning"), kw("commencing"))), space).parse(r) {
        let r2 = (kw("on"), space).parse(r2).map(|x| x.0).unwrap_or(r2);
        let (rest, d) = date_core(r2, "on", ctx, false)?;
        return match d {
            Resolved::Span(s) if s.grain == Grain::Day => Ok((rest, span(s.start, add_days(s.start, 6), Grain::Week))),
            _ => fail(i),
        };
    }
    let (r, _) = (kw("of"), space).parse(r)?;
    let (rest, d) = alt((
        |x| day_month(skip_word(x, "the"), ctx),
        |x| month_day(x, ctx),
        |x| day_of_period(skip_word(x, "the"), ctx),
        |x| day_of_month_alone(x, "on", ctx),
    ))
    .parse(r)?;
    match d {
        Resolved::Span(s) if s.grain == Grain::Day => Ok((rest, week_span(week_start(s.start)))),
        other => Ok((rest, other)),
    }
}

/// "so far", "to date", "until now": a total told as of the time of writing, so the reference
/// day; "so far this year" runs from the period's start. The same words also measure distance
/// ("so far from home") and make verbs ("to date a find", "up to date"): those are no date.
fn up_to_now<'a>(i: &'a str, before: &str, ctx: &DateContext) -> R<'a> {
    let (rest, which) = alt((
        phrase("so far"),
        phrase("thus far"),
        phrase("to date"),
        phrase("up to now"),
        phrase("up until now"),
        phrase("until now"),
        phrase("till now"),
        phrase("as yet"),
        phrase("to this day"),
        phrase("as of now"),
    ))
    .parse(i)?;
    if !at_boundary(rest) || rest.starts_with('-') {
        return fail(i);
    }
    let tail = before.trim_end_matches(' ').as_bytes();
    let to_date = which.len() >= 7 && which.as_bytes()[which.len() - 4..].eq_ignore_ascii_case(b"date");
    if to_date && (tail.ends_with(b"-") || tail.len() >= 2 && tail[tail.len() - 2..].eq_ignore_ascii_case(b"up")) {
        return fail(i);
    }
    let period = (space, kw("this"), space, unit_word).parse(rest).ok();
    // "so far in 2024", "so far in October": from the start of the period named, when the
    // reference lies in it.
    if let (None, Some(re), Ok((r, (_, _, _, Resolved::Span(p))))) = (
        &period,
        ctx.reference,
        (space, kw("in"), space, |x| alt((year_only, |y| month_phrase(y, MonthSlot::Expected, ctx))).parse(x))
            .parse(rest),
    ) {
        if p.start <= re && re <= p.end {
            return Ok((r, span(p.start, re, Grain::Day)));
        }
    }
    if period.is_none() {
        let next = (space, word).parse(rest).map(|(_, (_, w))| w.to_ascii_lowercase()).unwrap_or_default();
        let distance = [
            "as", "from", "away", "ahead", "behind", "apart", "off", "out", "beyond", "above", "below", "removed",
            "north", "south", "east", "west", "gone", "down", "up", "afield", "short",
        ];
        let verb_object = ["the", "a", "an", "him", "her", "them", "it", "his", "their", "its", "this", "that"];
        let first = which.split(' ').next().unwrap_or("").to_ascii_lowercase();
        if (first == "so" && distance.contains(&next.as_str())) || (to_date && verb_object.contains(&next.as_str())) {
            return fail(i);
        }
    }
    let Some(re) = ctx.reference else { return Ok((rest, Resolved::Unresolved)) };
    match period {
        Some((r, (_, _, _, unit))) => match period_containing(re, unit, 0) {
            Resolved::Span(p) => Ok((r, span(p.start, re, Grain::Day))),
            _ => fail(i),
        },
        None => Ok((rest, day(re))),
    }
}

/// "in the 12 months to June", "the week to Friday", "the seven days to 27 October", "the
/// year to March": a window of so many units that ends with the date named (British and
/// business usage: inflation "in the 12 months to June" is July to June).
fn units_to<'a>(i: &'a str, ctx: &DateContext) -> R<'a> {
    let i2 = skip_word(i, "the");
    let (r, n) = match count_word(i2) {
        Ok((r, n)) => (gap(r)?.0, n as i64),
        Err(_) => (i2, 1),
    };
    // "the fiscal year ended 30 June", "the financial year to March"
    let r = skip_word(skip_word(r, "fiscal"), "financial");
    let (r, unit) = unit_word(r)?;
    // "the year to date", "month-to-date": from the period's start to the reference.
    // ("the worst week of the year so far": the same.)
    if let Ok((rest, _)) = alt((
        |x| (space, kw("to"), space, kw("date")).parse(x).map(|(r, _)| (r, ())),
        |x| phrase("-to-date")(x).map(|(r, _)| (r, ())),
        |x| (space, alt((kw("so"), kw("thus"))), space, kw("far")).parse(x).map(|(r, _)| (r, ())),
    ))
    .parse(r)
    {
        if !at_boundary(rest) || n != 1 {
            return fail(i);
        }
        let Some(re) = ctx.reference else { return Ok((rest, Resolved::Unresolved)) };
        let Resolved::Span(p) = period_containing(re, unit, 0) else { return fail(i) };
        return Ok((rest, span(p.start, re, Grain::Day)));
    }
    // ("the 12 months through October" is American for "to October".)
    let (r, _) = (space, alt((kw("to"), kw("ending"), kw("ended"), kw("through"), kw("thru"))), space).parse(r)?;
    let (rest, end) = date_core(r, "to", ctx, false)?;
    let Resolved::Span(e) = end else { return Ok((rest, end)) };
    if unit == "weekend" {
        return fail(i);
    }
    // "the decade to 2021": ten years to it.
    let (unit, n) = if unit == "decade" { ("year", 10 * n) } else { (unit, n) };
    // A month or a coarser end closes on its last day and counts whole months back from its
    // first, as does a day that closes its month ("the quarter ended 30 June" began 1 April).
    let closes_month = e.end == e.end.last_of_month() && unit != "day" && unit != "week";
    // (A season ends inside its month: "the year to the autumn" counts back from its last day;
    // "the week ended Oct" names no day to end on.)
    let start = if !closes_month && (e.grain == Grain::Day || !matches!(unit, "day" | "week")) {
        add_days(shift(e.end, unit, -n), 1)
    } else {
        let months = match unit {
            "month" => n,
            "quarter" => 3 * n,
            "year" => 12 * n,
            _ => return fail(i),
        };
        add_months(e.end.first_of_month(), 1 - months)
    };
    Ok((rest, span(start, e.end, Grain::Day)))
}

/// "the day after Christmas", "the day before the 4th": one day off a named date.
fn day_beside<'a>(i: &'a str, ctx: &DateContext) -> R<'a> {
    let (r, (_, _, unit, _, dir, _)) = (
        kw("the"),
        space,
        alt((kw("day"), kw("week"), kw("month"), kw("year"))),
        space,
        alt((kw("before"), kw("after"))),
        space,
    )
        .parse(i)?;
    // (A bare year reads as one after "in", not after "on".)
    let (rest, d) = date_core(r, if unit.eq_ignore_ascii_case("day") { "on" } else { "in" }, ctx, false)?;
    let Resolved::Span(s) = d else { return Ok((rest, d)) };
    let before = dir.eq_ignore_ascii_case("before");
    let unit = unit.to_ascii_lowercase();
    if unit == "day" {
        if s.grain != Grain::Day {
            return fail(i);
        }
        return Ok((rest, day(if before { add_days(s.start, -1) } else { add_days(s.end, 1) })));
    }
    // "the year before 2015" is 2014, "the month after June" July; "the week before
    // Christmas" the seven days up to it, "the year after the 2 May vote" the year from it.
    let same_grain =
        matches!((unit.as_str(), s.grain), ("week", Grain::Week) | ("month", Grain::Month) | ("year", Grain::Year));
    if same_grain {
        let from = if before { add_days(s.start, -1) } else { add_days(s.end, 1) };
        return Ok((rest, period_containing(from, &unit, 0)));
    }
    if s.grain != Grain::Day && !(unit == "year" && s.grain == Grain::Month) {
        return fail(i);
    }
    Ok((
        rest,
        if before {
            span(shift(s.start, &unit, -1), add_days(s.start, -1), Grain::Day)
        } else {
            span(add_days(s.end, 1), shift(s.end, &unit, 1), Grain::Day)
        },
    ))
}

/// "all week", "all month", "all year": the whole current period ("the talks ran all week").
fn all_period<'a>(i: &'a str, ctx: &DateContext) -> R<'a> {
    let (rest, (_, _, w)) = (kw("all"), space, word).parse(i)?;
    let unit = match w.to_ascii_lowercase().as_str() {
        "week" => "week",
        "month" => "month",
        "year" => "year",
        _ => return fail(i),
    };
    if !at_boundary(rest) {
        return fail(i);
    }
    let Some(r) = ctx.reference else { return Ok((rest, Resolved::Unresolved)) };
    Ok((rest, period_containing(r, unit, 0)))
}

/// "2 weeks starting May 20th", "for 10 days from 18 December": so many units counted from a
/// first day (inclusive).
fn units_starting<'a>(i: &'a str, before: &str, ctx: &DateContext) -> R<'a> {
    // "for 10 days from 1 March" is a span; "10 days from 1 March" alone, a day.
    let from = |x: &'a str| if last_word(before) == "for" { kw("from")(x) } else { fail(x) };
    // ("strike for 48 hours from 8pm on 30 April": hours run over the days they reach.)
    let hours = |x| alt((kw("hours"), kw("hour"), kw("hrs"))).map(|_| "hour").parse(x);
    let (r, (n, _, unit, comma, _, word, _)) = (
        count_word,
        gap,
        alt((unit_word, hours)),
        opt(char(',')),
        space,
        alt((kw("starting"), kw("beginning"), kw("commencing"), from)),
        space,
    )
        .parse(i)?;
    let set_off = comma.is_some() && word.eq_ignore_ascii_case("from");
    // ("from 8pm on 30 April": the hour of the first day, from which the hours run.)
    let (r, first_hour) = if unit == "hour" {
        let after = past_time_of_day(r);
        // (The scanner's clock reads midnight as a length's end, 24:00; as a start it is 0:00.)
        let hour = super::clock_minutes(r.trim_start()).map_or(0, |(_, m, _)| i64::from(m % (24 * 60) / 60));
        (after, hour)
    } else {
        (r, 0)
    };
    let r = (kw("on"), space).parse(r).map(|x| x.0).unwrap_or(r);
    let (rest, d) = date_core(r, "on", ctx, false)?;
    let Resolved::Span(s) = d else { return Ok((rest, d)) };
    // ("ran for seven days, from 3 March to 9 March": set off before dates that give both ends,
    // the length stays a length of its own beside them.)
    let second_end = || {
        let t = rest.trim_start_matches(' ');
        t.starts_with(['-', '–']) || (alt((kw("to"), kw("until"), kw("till"), kw("through"))), space).parse(t).is_ok()
    };
    if s.grain != Grain::Day || set_off && (s.start != s.end || second_end()) {
        return fail(i);
    }
    if unit == "hour" {
        // (Only "for": "48 hours starting Monday" is rarer than "48 hours from Monday", a day.)
        if !word.eq_ignore_ascii_case("from") {
            return fail(i);
        }
        // (The last of the hours is the one that names the last day: "24 hours from Monday",
        // from its start, end with Monday.)
        let last_hour = first_hour + (n as i64).max(1) - 1;
        return Ok((rest, span(s.start, add_days(s.start, last_hour / 24), Grain::Day)));
    }
    Ok((rest, span(s.start, add_days(shift(s.start, unit, n as i64), -1), Grain::Day)))
}

/// "past 2 days", "next 3 weeks", "last two years", "the coming 4 months", "within 9 months".
/// "the past 12 months" with its article is a window ending today, read by `relative_period`.
fn rolling<'a>(i: &'a str, ctx: &DateContext) -> R<'a> {
    // (Days stay the whole days before today: "over the past 3 days".)
    // "The previous eleven quarters" are whole ones.
    if let Ok((r, _)) = (kw("the"), space, alt((kw("past"), kw("last"))), space, count_word, gap).parse(i) {
        if unit_word(r).is_ok_and(|(_, u)| u != "day") {
            return fail(i);
        }
    }
    let i2 = skip_word(i, "the");
    // "the 2 upcoming months", "the three past weeks": count first.
    if let Ok((r, (n, _, which, _))) = (
        count_word,
        space,
        alt((kw("upcoming"), kw("coming"), kw("next"), kw("past"), kw("previous"), kw("last"))),
        space,
    )
        .parse(i2)
    {
        // ("He turns 27 next month": a count before a unit in the singular counts something else.)
        let singular = unit_word(r).is_ok_and(|(after, _)| !r[..r.len() - after.len()].ends_with(['s', 'S']));
        if singular && n != 1 && !matches!(which.to_ascii_lowercase().as_str(), "upcoming" | "coming") {
            return fail(i);
        }
        let reordered = format!("{} {n} {}", which, r);
        if let Ok((tail, res)) = rolling(&reordered, ctx) {
            let used = reordered.len() - tail.len() - (which.len() + 1 + n.to_string().len() + 1);
            return Ok((&r[used..], res));
        }
    }
    let (r, which) = alt((
        kw("past"),
        kw("last"),
        kw("previous"),
        kw("next"),
        kw("coming"),
        kw("following"),
        kw("upcoming"),
        kw("within"),
    ))
    .parse(i2)?;
    let which = which.to_ascii_lowercase();
    let (r, _) = space(r)?;
    // "within the next two weeks", "within the coming month": the window from today, its
    // count one where none is written.
    let mut looks_ahead = false;
    let (r, n) = if which == "within" {
        let r = skip_word(r, "the");
        let r = match (alt((kw("next"), kw("coming"), kw("following"))), space).parse(r) {
            Ok((r, _)) => {
                looks_ahead = true;
                r
            }
            Err(_) => r,
        };
        match count_word(r) {
            Ok((r, n)) => (gap(r)?.0, n),
            // ("within days", "within weeks" are vague: no count of one.)
            Err(_) if unit_word(r).is_ok_and(|(after, _)| !r[..r.len() - after.len()].ends_with(['s', 'S'])) => (r, 1),
            Err(e) => return Err(e),
        }
    } else {
        let (r, n) = count_word(r)?;
        (gap(r)?.0, n)
    };
    let (r, qualifier) = match (alt((kw("business"), kw("working"), kw("calendar"), kw("full"))), space).parse(r) {
        Ok((r2, (q, _))) => (r2, q.to_ascii_lowercase()),
        Err(_) => (r, String::new()),
    };
    // "in the past 24 hours, 300 died", "over the next 48 hours": a window of the days the
    // hours reach, up to or from the time of writing (not a span of 24 hours that a rule on
    // lengths would read).
    if let Ok((rest, _)) = alt((kw("hours"), kw("hour"), kw("hrs"))).parse(r) {
        if !at_boundary(rest) || which == "within" || i.len() == i2.len() {
            return fail(i);
        }
        let Some(re) = ctx.reference else { return Ok((rest, Resolved::Unresolved)) };
        let days = (n as i64 + 23) / 24;
        return Ok((
            rest,
            match which.as_str() {
                "past" | "last" | "previous" => span(add_days(re, -days), re, Grain::Day),
                _ => span(re, add_days(re, days), Grain::Day),
            },
        ));
    }
    let (rest, unit) = unit_word(r)?;
    // "died within 28 days of a positive test": told from the event, not from today; and told
    // in the past, a time taken ("were seen within 18 weeks"), unless its words look ahead
    // ("were told to leave within the next two weeks").
    if which == "within" && ((space, kw("of")).parse(rest).is_ok() || ctx.past_tense && !looks_ahead) {
        return fail(i);
    }
    let Some(re) = ctx.reference else { return Ok((rest, Resolved::Unresolved)) };
    let n = n as i64;
    // "the previous 4 business days": only Monday to Friday count.
    let weekdays_only = unit == "day" && matches!(qualifier.as_str(), "business" | "working");
    let step_weekdays = |from: Date, dir: i64| {
        let mut d = from;
        let mut left = n;
        while left > 0 {
            d = add_days(d, dir);
            if d.weekday().to_monday_zero_offset() < 5 {
                left -= 1;
            }
        }
        d
    };
    let res = match which.as_str() {
        // "the past three weekends", "the next two weekends": whole weekends, Saturday first.
        "past" | "last" | "previous" if unit == "weekend" => weekends(re, n, -1),
        "next" | "coming" | "following" | "upcoming" if unit == "weekend" => weekends(re, n, 1),
        "within" if weekdays_only => span(re, step_weekdays(re, 1), Grain::Day),
        "within" => span(re, shift(re, unit, n), Grain::Day),
        "past" | "last" | "previous" if weekdays_only => span(step_weekdays(re, -1), add_days(re, -1), Grain::Day),
        _ if weekdays_only => span(add_days(re, 1), step_weekdays(re, 1), Grain::Day),
        "past" | "last" | "previous" => match unit {
            "day" => span(add_days(re, -n), add_days(re, -1), Grain::Day),
            _ => {
                let Resolved::Span(cur) = period_containing(re, unit, 0) else { return fail(i) };
                span(shift(cur.start, unit, -n), add_days(cur.start, -1), cur.grain)
            }
        },
        _ => match unit {
            "day" => span(add_days(re, 1), add_days(re, n), Grain::Day),
            _ => {
                let Resolved::Span(cur) = period_containing(re, unit, 0) else { return fail(i) };
                let start = add_days(cur.end, 1);
                span(start, add_days(shift(start, unit, n), -1), cur.grain)
            }
        },
    };
    Ok((rest, res))
}

/// "three weeks from tomorrow", "two days after today", "2 weeks before today", "a week hence",
/// "3 fridays from now", "2 thursdays ago".
fn offset_from<'a>(i: &'a str, ctx: &DateContext) -> R<'a> {
    let (rest, parts) = offset_parts(i, ctx)?;
    Ok((rest, parts.map(|(_, target)| day(target)).unwrap_or(Resolved::Unresolved)))
}

/// The day an offset counts from and the day it lands on; `None` without a reference date.
fn offset_parts<'a>(i: &'a str, ctx: &DateContext) -> IResult<&'a str, Option<(Date, Date)>> {
    let (r, n) = count_word(i)?;
    let (r, _) = gap(r)?;
    let (r, unit_or_day) = alt((
        |x| unit_word(x).map(|(r, u)| (r, (Some(u), None))),
        |x: &'a str| {
            let (r, w) = word(x)?;
            let lw = w.to_ascii_lowercase();
            let d = weekday(lw.strip_suffix('s').unwrap_or(&lw))
                .ok_or_else(|| nom::Err::Error(nom::error::Error::new(x, nom::error::ErrorKind::Verify)))?;
            Ok((r, (None, Some(d))))
        },
    ))
    .parse(r)?;
    let (r, _) = space(r)?;
    let (rest, dir, anchor) = if let Ok((r2, _)) = kw("hence")(r) {
        (r2, 1, 0)
    } else if let Ok((r2, _)) = alt((kw("ago"), kw("back"))).parse(r) {
        (r2, -1, 0)
    } else {
        // ("The vote is two weeks on Friday": British for two weeks from the coming Friday;
        // only a count of weeks before a weekday.)
        let weeks_on = |x: &'a str| {
            let (r2, on) = phrase("on")(x)?;
            // (Not a possessive: "lasts three weeks on Friday's vote".)
            let weekday_next = space(r2).and_then(|(r3, _)| word(r3)).is_ok_and(|(after, w)| {
                let mut buf = [0u8; 24];
                weekday(lower(w, &mut buf)).is_some() && !after.starts_with(['\'', '’'])
            });
            if weekday_next && matches!(unit_or_day.0, Some("week" | "fortnight")) { Ok((r2, on)) } else { fail(x) }
        };
        let (r2, d) =
            alt((phrase("from"), phrase("after"), phrase("before"), phrase("prior to"), weeks_on)).parse(r)?;
        let dir = if d.eq_ignore_ascii_case("before") || d.to_ascii_lowercase().starts_with("prior") { -1 } else { 1 };
        let (r3, _) = space(r2)?;
        if let Ok((r4, a)) = alt((kw("now"), kw("today"), kw("tomorrow"), kw("yesterday"))).parse(r3) {
            let anchor = match a.to_ascii_lowercase().as_str() {
                "tomorrow" => 1,
                "yesterday" => -1,
                _ => 0,
            };
            (r4, dir, anchor)
        } else {
            // "two weeks before Christmas", "16 days from 01/02/2018", "a month after 1 May":
            // counted from a named day.
            // ("The deal closes a week from Friday": a bare weekday counted forward from is
            // the coming one, as "in a week from Friday" is never a day gone.)
            let weekday_anchor = dir > 0
                && word(r3).is_ok_and(|(_, w)| {
                    let mut buf = [0u8; 24];
                    weekday(lower(w, &mut buf)).is_some()
                });
            let (r4, anchor) = date_core(r3, "from", ctx, weekday_anchor)?;
            let a = match anchor {
                Resolved::Span(a) if a.grain == Grain::Day && a.start == a.end => a,
                Resolved::Unresolved => return Ok((r4, None)),
                _ => return fail(i),
            };
            let Some(d) = offset_day(a.start, unit_or_day, dir * n as i64) else { return fail(i) };
            return Ok((r4, Some((a.start, d))));
        }
    };
    let Some(re) = ctx.reference else { return Ok((rest, None)) };
    let base = add_days(re, anchor);
    let Some(d) = offset_day(base, unit_or_day, dir * n as i64) else { return fail(i) };
    Ok((rest, Some((base, d))))
}

/// "more than 2 weeks before today", "less than a month after the 1 May vote": an offset with a
/// bound on its length is an open or a closed span rather than a day.
fn hedged_offset<'a>(i: &'a str, ctx: &DateContext) -> IResult<&'a str, DateHit> {
    let (r, (w, _)) =
        (alt((phrase("more than"), kw("over"), phrase("less than"), kw("under"), kw("within"))), space).parse(i)?;
    let (rest, parts) = offset_parts(r, ctx)?;
    let Some((base, target)) = parts else {
        return Ok((rest, DateHit { resolved: Resolved::Unresolved, bound: None }));
    };
    let further = matches!(w.to_ascii_lowercase().as_str(), "more than" | "over");
    let hit = match (further, target < base) {
        (true, true) => DateHit {
            resolved: span(target.saturating_sub(100.years()), add_days(target, -1), Grain::Day),
            bound: Some("before"),
        },
        (true, false) => DateHit {
            resolved: span(add_days(target, 1), target.saturating_add(100.years()), Grain::Day),
            bound: Some("after"),
        },
        (false, true) => DateHit { resolved: span(add_days(target, 1), base, Grain::Day), bound: None },
        (false, false) => DateHit { resolved: span(base, add_days(target, -1), Grain::Day), bound: None },
    };
    Ok((rest, hit))
}

/// `n` units (or weekdays) after `base`, before it when `n` is negative.
fn offset_day(base: Date, unit_or_day: (Option<&str>, Option<i8>), n: i64) -> Option<Date> {
    let (dir, n) = (n.signum(), n.abs());
    Some(match unit_or_day {
        (Some(u), _) => shift(base, u, dir * n),
        (None, Some(wd)) => {
            let today = base.weekday().to_monday_zero_offset() as i64;
            if dir > 0 {
                let fwd = (wd as i64 - today).rem_euclid(7);
                add_days(base, if fwd == 0 { 7 } else { fwd } + 7 * (n - 1))
            } else {
                let back = (today - wd as i64).rem_euclid(7);
                add_days(base, -(if back == 0 { 7 } else { back }) - 7 * (n - 1))
            }
        }
        _ => return None,
    })
}

/// "the 21st century", "19th century", "this century", "last century", "the past century"
fn century<'a>(i: &'a str, ctx: &DateContext) -> R<'a> {
    let i2 = skip_word(i, "the");
    let (rest, n) = match super::number::ordinal(i2) {
        Ok((r, n)) => {
            let (rest, _) = (space, kw("century")).parse(r)?;
            (rest, n as i16)
        }
        Err(_) => {
            let (rest, (which, _, _)) = (
                alt((kw("this"), kw("current"), kw("last"), kw("past"), kw("previous"), kw("next"), kw("coming"))),
                space,
                kw("century"),
            )
                .parse(i2)?;
            let Some(re) = ctx.reference else { return Ok((rest, Resolved::Unresolved)) };
            let which = which.to_ascii_lowercase();
            // "the worst drought in the past century" is the hundred years to now, as "the past
            // year" is twelve months; "last century" is the one before this.
            if i2.len() < i.len() && matches!(which.as_str(), "past" | "last") {
                return Ok((rest, span(shift(re, "year", -100), re, Grain::Day)));
            }
            return Ok((rest, century_of(Some(re), step_of(&which))));
        }
    };
    match century_span(n) {
        Resolved::Span(c) => Ok((rest, Resolved::Span(c))),
        _ => fail(i),
    }
}

/// The `n`th century: the 21st is 2001–2100.
fn century_span(n: i16) -> Resolved {
    let start = (n - 1) * 100 + 1;
    match (ymd(start, 1, 1), ymd(start + 99, 12, 31)) {
        (Some(a), Some(b)) => span(a, b, Grain::Century),
        _ => Resolved::Invalid,
    }
}

/// "the century" of "the last decade of the century", "the first half of the century": the one
/// we are in.
fn the_century<'a>(i: &'a str, ctx: &DateContext) -> R<'a> {
    (kw("the"), space, kw("century")).parse(i).map(|(r, _)| (r, century_of(ctx.reference, 0)))
}

/// The century holding the reference date, `off` centuries on (2000 still lies in the 20th).
fn century_of(reference: Option<Date>, off: i16) -> Resolved {
    match reference {
        Some(re) => century_span((re.year() - 1).div_euclid(100) + 1 + off),
        None => Resolved::Unresolved,
    }
}

/// "the first decade of this century", "the last decade of the 1900s": the tenths of a
/// century counted from its own first year (the 21st's first decade is 2001–2010).
fn decade_of<'a>(i: &'a str, ctx: &DateContext) -> R<'a> {
    let i2 = skip_word(i, "the");
    let (r, k) =
        alt((|x| alt((kw("last"), kw("final"))).parse(x).map(|(r, _)| (r, 10.0)), super::number::ordinal)).parse(i2)?;
    let (r, _) = (space, kw("decade"), space, kw("of"), space).parse(r)?;
    if !(1.0..=10.0).contains(&k) || k.fract() != 0.0 {
        return fail(i);
    }
    let (rest, c) = alt((|x| century(x, ctx), |x| decade_phrase(x, ctx), |x| the_century(x, ctx))).parse(r)?;
    let Resolved::Span(c) = c else { return Ok((rest, c)) };
    if c.grain != Grain::Century {
        return fail(i);
    }
    let first = c.start.year() + 10 * (k as i16 - 1);
    match (ymd(first, 1, 1), ymd(first + 9, 12, 31)) {
        (Some(a), Some(b)) => Ok((rest, span(a, b, Grain::Decade))),
        _ => fail(i),
    }
}

// ---------------------------------------------------------------------------------------------
// Entry points

/// One date with no bound word: the longest reading wins.
fn date_core<'a>(i: &'a str, before: &str, ctx: &DateContext, future_hint: bool) -> IResult<&'a str, Resolved> {
    // "elections will be held on 4 November": where the words before look forward, a bare
    // day, month or holiday is the next one, as a weekday already was.
    let ahead = ctx.looking_ahead(future_hint);
    let ctx = &ahead;
    // "the strike could last two months", "expected to last five days": after a modal or
    // "to", "last" before a count is the verb and what follows a duration ("compared to last
    // year", "due to last week's storm" are dates).
    let verb_last = (kw("last"), space, alt((count_word.map(|_| ""), kw("a"), kw("an"), kw("several"), kw("for"))))
        .parse(i)
        .is_ok();
    if verb_last
        && matches!(
            last_word(before).as_str(),
            "will" | "would" | "could" | "can" | "may" | "might" | "should" | "must" | "to" | "t" | "ll" | "d"
        )
    {
        return fail(i);
    }
    // "in her mid-30s", "their 40s", "the high 30s": a two-digit decade after a possessive or a
    // word of degree is an age or a reading, not the 1930s.
    if two_digit_decade_ahead(i) {
        let before_part = ["early", "mid-", "mid", "late"]
            .iter()
            .find_map(|p| {
                let t = before.trim_end();
                let cut = t.len().checked_sub(p.len())?;
                t.get(cut..).filter(|h| h.eq_ignore_ascii_case(p)).map(|_| &t[..cut])
            })
            .unwrap_or(before);
        if matches!(
            last_word(before_part).as_str(),
            "her" | "his" | "their" | "my" | "your" | "our" | "whose" | "its" | "high" | "low" | "upper" | "lower"
        ) {
            return fail(i);
        }
    }
    let mut best: Option<(&'a str, Resolved)> = None;
    let mut consider = |r: R<'a>| {
        if let Ok((rest, res)) = r {
            if best.as_ref().is_none_or(|(b, _)| rest.len() < b.len()) {
                best = Some((rest, res));
            }
        }
    };
    let Some(&c) = i.as_bytes().first() else { return fail(i) };
    if c.is_ascii_digit() || c == b'\'' || i.starts_with('’') {
        consider(iso_date(i));
        consider(era_year(i));
        consider(year_range(i));
        consider(numeric_date(i, before, ctx));
        consider(compact_date(i, ctx));
        consider(split_year_winter(i, ctx));
        consider(numeric_with_month_name(i, ctx));
        consider(day_month(i, ctx));
        consider(year_phrase(i, before));
        consider(decade_phrase(i, ctx));
        // A span "for 10 days from 1 March" before the day "10 days from 1 March".
        consider(units_starting(i, before, ctx));
        consider(units_to(i, ctx));
        consider(ago(i, ctx));
        consider(offset_from(i, ctx));
        consider(compound_offset(i, ctx));
        consider(quarter_phrase(i, ctx));
        consider(fiscal_phrase(i, ctx));
        consider(century(i, ctx));
        consider(day_of_period(i, ctx));
        consider(day_of_month_alone(i, before, ctx));
        consider(nth_weekday_of(i, ctx));
        consider(rolling(i, ctx));
    } else {
        // Dispatch on the first word: each grammar runs only where its first word can start it.
        let n = i.bytes().take_while(|b| b.is_ascii_alphabetic()).count();
        let mut buf = [0u8; 24];
        let fw = lower(&i[..n], &mut buf);
        let is_month = month(fw).is_some();
        let is_weekday = weekday(fw).is_some();
        let is_ordinal =
            super::lexicon::ordinal_word(fw).is_some() || fw.starts_with("twenty") || fw.starts_with("thirty");
        let is_count = super::lexicon::num_word(fw).is_some();
        let is_the = fw == "the";
        let is_rel = matches!(
            fw,
            "last" | "this" | "next" | "past" | "previous" | "coming" | "following" | "current" | "upcoming"
        );
        if is_ordinal || is_the || is_weekday {
            consider(day_month(i, ctx));
        }
        if is_the || fw == "ides" {
            consider(ides(i, ctx));
        }
        if is_month || is_weekday {
            consider(month_day(i, ctx));
        }
        if is_month || is_rel {
            consider(month_phrase(i, MonthSlot::After(before), ctx));
        }
        if is_rel {
            consider(relative_day_of_year(i, ctx));
        }
        if is_the || is_weekday || is_month {
            consider(after_next(i, ctx));
        }
        if is_month {
            consider(compact_date(i, ctx));
        }
        if matches!(fw, "a" | "one") {
            consider(a_week_on(i, ctx));
        }
        if is_weekday {
            consider(weekday_day(i, ctx));
            consider(weekday_and_date(i, ctx));
        }
        if is_the || is_ordinal || matches!(fw, "latter" | "last" | "back" | "front") {
            consider(half_of(i, ctx));
        }
        if is_the || is_ordinal {
            consider(day_of_period(i, ctx));
            consider(day_of_month_alone(i, before, ctx));
            consider(nth_weekday_of(i, ctx));
            consider(century(i, ctx));
            consider(decade_of(i, ctx));
        }
        if is_rel {
            consider(century(i, ctx));
        }
        // "year-to-date sales", "month-to-date", "Year to date, sales are up".
        if !is_the
            && (i[n..].starts_with("-to-date") || i.get(n..n + 8).is_some_and(|t| t.eq_ignore_ascii_case(" to date")))
        {
            consider(units_to(i, ctx));
        }
        if is_the {
            consider(the_new_year(i, ctx));
            consider(day_beside(i, ctx));
            consider(units_to(i, ctx));
            consider((kw("the"), space, kw("year"), space, year_only).parse(i).map(|(r, (_, _, _, _, y))| (r, y)));
            consider(week_of(i, ctx));
            consider(week_number(i, ctx));
            consider(decade_phrase(i, ctx));
        }
        if is_the || matches!(fw, "today" | "tonight" | "yesterday" | "tomorrow" | "this" | "overnight" | "last") {
            consider(deictic(i, ctx));
        }
        consider(holiday(i, before, ctx)); // gated inside on its own lexicon
        if fw == "last" {
            consider(nth_weekday_of(i, ctx));
        }
        if fw == "all" {
            consider(all_period(i, ctx));
        }
        if is_the || matches!(fw, "first" | "last" | "final" | "opening") {
            consider(first_or_last_units_of(i, ctx));
        }
        if matches!(fw, "week" | "iso" | "calendar") {
            consider(week_number(i, ctx));
        }
        if is_the || is_rel || fw == "within" {
            consider(rolling(i, ctx));
        }
        if is_count {
            consider(units_starting(i, before, ctx));
            consider(rolling(i, ctx));
            // "three months ago" is the month it names (docs/accuracy.md), as in digits.
            consider(ago(i, ctx));
            // "rise by three months a year from 1 September", "two days a week from Monday": after
            // a length, "a year" is its rate, and the date is what follows "from".
            let rate_of_a_length = matches!(fw, "a" | "an")
                && (unit_word(&last_word(before)).is_ok()
                    || matches!(last_word(before).as_str(), "hours" | "minutes" | "hour" | "minute"));
            if !rate_of_a_length {
                consider(offset_from(i, ctx));
            }
            consider(compound_offset(i, ctx));
        }
        // "Bloody Sunday", "Black Monday", "Super Tuesday": named days of history and politics.
        let named_day = is_weekday && matches!(last_word(before).as_str(), "bloody" | "black" | "super");
        // "The Sun reported", "Sat Nav sales", "the Wed team": clipped weekdays that are words
        // or names in capitals are days only where no article stands before them and no
        // capitalised word after.
        let clipped_word =
            matches!(fw, "sun" | "sat" | "wed" | "mon") && (last_word(before) == "the" || name_next(&i[n..]));
        let named_day = named_day || clipped_word;
        if (is_weekday || is_rel) && !named_day {
            consider(weekday_phrase(i, future_hint, ctx));
        }
        // "will spend €2.4bn over the next decade": ten years from now, as "over the next ten
        // years" is ("in the next decade" is the 2030s, as Recognizers reads it).
        if is_the && matches!(last_word(before).as_str(), "over" | "for") {
            consider(the_next_decade_as_years(i, ctx));
        }
        if is_the || is_rel || matches!(fw, "earlier" | "later" | "recent") {
            consider(relative_period(i, ctx));
        }
        if is_the || is_rel || season(fw).is_some() {
            consider(season_phrase(i, before, ctx));
        }
        let quarter_code = matches!(i.as_bytes(), [b'q' | b'Q', b'1'..=b'4', ..] | [b'h' | b'H', b'1' | b'2', ..]);
        if is_the || is_ordinal || quarter_code || matches!(fw, "final" | "last") {
            consider(quarter_phrase(i, ctx));
        }
        let fiscal_word = matches!(fw, "fy" | "fiscal" | "financial");
        if is_the || is_rel || is_ordinal || quarter_code || fiscal_word || matches!(fw, "final" | "latter") {
            consider(fiscal_phrase(i, ctx));
        }
        if is_the || is_rel {
            consider(academic_year(i, ctx, false));
            consider(sports_season(i, before, ctx));
        }
        // "fiscal year ended June 30, 2024"
        if fiscal_word {
            consider(units_to(i, ctx));
        }
        consider(part_of(i, ctx)); // gated inside on its opening words
        if ctx.prefer == Prefer::Future || future_hint {
            consider(in_future(i, before, ctx));
        } else if fw == "in" {
            // "in three weeks' time" looks ahead whatever the tense around it.
            let says_time = |r: &str| i[..i.len() - r.len()].to_ascii_lowercase().ends_with("time");
            consider(in_future(i, before, ctx).and_then(|(r, res)| if says_time(r) { Ok((r, res)) } else { fail(i) }));
        }
    }
    let Some((rest, res)) = best else { return fail(i) };
    // "after the 10% rise": a figure with a percent sign is no day or year, nor is one whose
    // decimals or groups run on ("up from the 1.2 million", "from the 3,500").
    let group = |r: &str| r.len() >= 3 && r.as_bytes()[..3].iter().all(u8::is_ascii_digit) && at_boundary(&r[3..]);
    let runs_on = rest.strip_prefix('.').is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        || rest.strip_prefix(',').is_some_and(group);
    if (rest.starts_with(['%', '‰']) || runs_on) && i[..i.len() - rest.len()].ends_with(|c: char| c.is_ascii_digit())
    {
        return fail(i);
    }
    let (rest, res) = trailing_weekday(&i[..i.len() - rest.len()], rest, res, ctx);
    Ok(parenthetical_date(rest, res, ctx))
}

/// "this Friday (June 15)": a date written out in brackets after a day names that day.
fn parenthetical_date<'a>(rest: &'a str, res: Resolved, ctx: &DateContext) -> (&'a str, Resolved) {
    let Some(inner) = rest.trim_start_matches(' ').strip_prefix('(') else { return (rest, res) };
    match date_core(inner, "on", ctx, false) {
        Ok((after, d @ Resolved::Span(s))) if s.grain == Grain::Day => match after.strip_prefix(')') {
            Some(after) => (after, d),
            None => (rest, res),
        },
        _ => (rest, res),
    }
}

/// "the week after next", "Friday after next", "March after next": the occurrence after the
/// next one; "the week before last", "the Friday before last": the one before the last.
fn after_next<'a>(i: &'a str, ctx: &DateContext) -> R<'a> {
    let i2 = skip_word(i, "the");
    enum What {
        Unit(&'static str),
        Weekday(i8),
        Month(i8),
    }
    let (r, what) = if let Ok((r, u)) = unit_word(i2) {
        (r, What::Unit(u))
    } else if let Ok((r, wd)) = weekday_word(i2) {
        (r, What::Weekday(wd))
    } else {
        let (r, m) = month_word(i2)?;
        (r, What::Month(m))
    };
    let (rest, (_, which)) = (space, alt((phrase("after next"), phrase("before last")))).parse(r)?;
    let later = which.to_ascii_lowercase().starts_with("after");
    let Some(re) = ctx.reference else { return Ok((rest, Resolved::Unresolved)) };
    let today = re.weekday().to_monday_zero_offset() as i64;
    let res = match (what, later) {
        (What::Unit(u), true) => period_containing(re, u, 2),
        // "the week before last": the one before last week.
        (What::Unit("weekend"), false) => {
            let back = if today == 6 { -1 } else { -2 };
            period_containing(re, "weekend", back)
        }
        (What::Unit(u), false) => period_containing(re, u, -2),
        (What::Weekday(wd), true) => {
            let ahead = (wd as i64 - today).rem_euclid(7);
            day(add_days(re, if ahead == 0 { 7 } else { ahead } + 7))
        }
        (What::Weekday(wd), false) => {
            let back = (today - wd as i64).rem_euclid(7);
            day(add_days(re, -(if back == 0 { 7 } else { back }) - 7))
        }
        (What::Month(m), true) => {
            let next_year = if m > re.month() { re.year() } else { re.year() + 1 };
            month_span(next_year + 1, m)
        }
        (What::Month(m), false) => {
            let last_year = if m < re.month() { re.year() } else { re.year() - 1 };
            month_span(last_year - 1, m)
        }
    };
    Ok((rest, res))
}

/// "next 6th of April", "this 5/12", "last May 3": a day of the year without a year, with
/// the word that picks its year: the first after the reference date, the reference year's,
/// the last before.
fn relative_day_of_year<'a>(i: &'a str, ctx: &DateContext) -> R<'a> {
    let (r, (which, _)) = (alt((kw("next"), kw("this"), kw("last"), kw("coming"))), space).parse(i)?;
    let (rest, d) = alt((|x| numeric_date(x, "on", ctx), |x| day_month(x, ctx), |x| month_day(x, ctx))).parse(r)?;
    let text = &r[..r.len() - rest.len()];
    let Resolved::Span(s) = d else { return Ok((rest, d)) };
    if s.grain != Grain::Day || has_year(text) {
        return fail(i);
    }
    let Some(re) = ctx.reference else { return Ok((rest, Resolved::Unresolved)) };
    let in_year = |y: i16| s.start.with().year(y).build().ok();
    let pick = match which.to_ascii_lowercase().as_str() {
        "this" => in_year(re.year()),
        "last" => [re.year(), re.year() - 1].into_iter().filter_map(in_year).find(|c| *c < re),
        _ => [re.year(), re.year() + 1].into_iter().filter_map(in_year).find(|c| *c > re),
    };
    Ok((rest, pick.map(day).unwrap_or(Resolved::Invalid)))
}

/// "Friday 7/6", "Fri, 2018-7-6", "Friday (jun-15)": a weekday written before the numeric date
/// it names. The date decides.
fn weekday_and_date<'a>(i: &'a str, ctx: &DateContext) -> R<'a> {
    let (r, wd) = weekday_word(i)?;
    let r = r.strip_prefix(',').unwrap_or(r);
    let (r, _) = space(r)?;
    // "Monday two weeks from now": that weekday in the week the offset lands in.
    if let Ok((rest, Resolved::Span(s))) = offset_from(r, ctx) {
        return Ok((rest, day(add_days(week_start(s.start), wd as i64))));
    }
    let (r, paren) = match r.strip_prefix('(') {
        Some(x) => (x, true),
        None => (r, false),
    };
    let (r, d) = alt((iso_date, |x| numeric_date(x, "on", ctx), |x| compact_date(x, ctx))).parse(r)?;
    match (paren, r.strip_prefix(')')) {
        (false, _) => Ok((r, d)),
        (true, Some(r)) => Ok((r, d)),
        (true, None) => fail(i),
    }
}

/// "Jul 18, Fri", "18 July (Thursday)": a weekday after a date is part of it, and where the
/// date has no year of its own the weekday picks it: the nearest year, in the preferred
/// direction, whose date falls on that weekday.
fn trailing_weekday<'a>(text: &str, rest: &'a str, res: Resolved, ctx: &DateContext) -> (&'a str, Resolved) {
    let Resolved::Span(s) = res else { return (rest, res) };
    // Only a written date takes a weekday after it: "Wednesday, Thursday or Friday" is a list.
    let written = text.bytes().any(|b| b.is_ascii_digit())
        || text.split(|c: char| !c.is_ascii_alphabetic()).any(|w| month(&w.to_ascii_lowercase()).is_some());
    if s.grain != Grain::Day || s.start != s.end || !written {
        return (rest, res);
    }
    let t = rest.trim_start_matches(' ');
    let (t, paren) = match t.strip_prefix(',') {
        Some(x) => (x.trim_start_matches(' '), false),
        None => match t.strip_prefix('(') {
            Some(x) => (x, true),
            None => return (rest, res),
        },
    };
    // "on 21 August 2024, a Wednesday"
    let t = if paren { t } else { skip_word(t, "a") };
    let Ok((after, wd)) = weekday_word(t) else { return (rest, res) };
    let after = if paren {
        match after.strip_prefix(')') {
            Some(x) => x,
            None => return (rest, res),
        }
    } else {
        after
    };
    if s.start.weekday().to_monday_zero_offset() == wd || has_year(text) {
        return (after, res);
    }
    (after, year_of_weekday(s.start, wd, ctx).map(day).unwrap_or(res))
}

/// The same day of the year, moved to the year nearest the reference date in which it falls
/// on weekday `wd` (the preferred direction winning a tie): "Monday, Feb 18" written on 12
/// February 2013 is six days ahead, not a Saturday of 2012.
fn year_of_weekday(d: Date, wd: i8, ctx: &DateContext) -> Option<Date> {
    let anchor = ctx.reference.unwrap_or(d);
    let forward = ctx.prefer == Prefer::Future;
    // Told in the past ("was held on Thursday 21 August"), not a year still to come. And in
    // news (the past preference) within two years of the reference: a weekday that fits only
    // a day further off is a slip of the writer's, reported rather than followed; looking
    // ahead, as a diary does, "Jul 18, Fri" is the next such Friday however far.
    (-11i16..=11)
        .filter_map(|k| d.with().year(d.year() + k).build().ok())
        .filter(|c| c.weekday().to_monday_zero_offset() == wd && c.month() == d.month())
        .filter(|c| !ctx.past_tense || *c <= anchor)
        .filter(|c| forward || (*c - anchor).get_days().abs() <= 731)
        .min_by_key(|c| ((*c - anchor).get_days().abs(), (*c >= anchor) != forward))
}

fn join(a: Resolved, b: Resolved) -> Resolved {
    match (a, b) {
        (Resolved::Span(x), Resolved::Span(y)) if x.start <= y.end => {
            span(x.start, y.end, if x.grain == y.grain { x.grain } else { Grain::Day })
        }
        (Resolved::Span(_), Resolved::Span(_)) => Resolved::Invalid,
        (Resolved::Invalid, _) | (_, Resolved::Invalid) => Resolved::Invalid,
        _ => Resolved::Unresolved,
    }
}

/// Ranges where the month is written once: `3-5 June`, `June 3-5, 2024`, `between 3 and 5 June`.
fn day_range<'a>(i: &'a str, ctx: &DateContext) -> R<'a> {
    // D1 (-|–|to|and) D2 Month [Year]
    let sep = |x: &'a str| -> IResult<&'a str, ()> {
        let x = x.trim_start_matches([' ', '\u{a0}']);
        if let Some(r) = x.strip_prefix('-').or_else(|| x.strip_prefix('–')).or_else(|| x.strip_prefix('—')) {
            return Ok((r.trim_start_matches([' ', '\u{a0}']), ()));
        }
        let (r, _) = alt((kw("to"), kw("and"), kw("through"), kw("thru"), kw("until"), kw("till"))).parse(x)?;
        let (r, _) = space(r)?;
        Ok((r, ()))
    };
    let the = |x: &'a str| -> &'a str { (kw("the"), space).parse(x).map(|y| y.0).unwrap_or(x) };
    let of = |x: &'a str| -> IResult<&'a str, ()> {
        let (r, _) = space(x)?;
        Ok(((kw("of"), space).parse(r).map(|y| y.0).unwrap_or(r), ()))
    };
    if let Ok((rest, (d1, _, d2, _, m))) =
        (|x| day_number(the(x)), sep, |x| day_number(the(x)), of, month_word).parse(i)
    {
        let (rest, a) = resolve_day_month(rest, m, d1, ctx)?;
        let b = match (a, ymd(2024, m, d2)) {
            (Resolved::Span(s), Some(_)) => ymd(s.start.year(), m, d2).map(day).unwrap_or(Resolved::Invalid),
            (other, _) => other,
        };
        return Ok((rest, join(a, b)));
    }
    // "Sept 4 to 22", "Sept 4th through the 22nd"
    let (rest, (m, _, d1, _, d2)) = (month_word, space, day_number, sep, |x| day_number(the(x))).parse(i)?;
    let (rest, b) = resolve_day_month(rest, m, d2, ctx)?;
    let a = match b {
        Resolved::Span(s) => ymd(s.start.year(), m, d1).map(day).unwrap_or(Resolved::Invalid),
        other => other,
    };
    Ok((rest, join(a, b)))
}

/// A date phrase, with its bound word and range forms. `before` is the text just before `i`
/// (for "in 2017"-style cues and for tense).
pub fn date_phrase<'a>(i: &'a str, before: &str, ctx: &DateContext) -> IResult<&'a str, DateHit> {
    // "the last year before the pandemic": where "the last …" read as no date, "last year" in
    // it is not the calendar's either.
    // ("When was the last Easter?" still asks for one.)
    if i.get(..5).is_some_and(|w| w.eq_ignore_ascii_case("last "))
        && unit_word(&i[5..]).is_ok()
        && last_word(before) == "the"
    {
        return fail(i);
    }
    // "The offer expires at the end of the day on Friday", "at close of business on 3 May": a
    // time of the working day before its day is that day (not today's end, then a day).
    if let Ok((r, _)) = (kw("at"), space).parse(i) {
        if let Some(n) = business_hours(r) {
            let after = r[n..].trim_start_matches(' ');
            let after = (kw("on"), space).parse(after).map_or(after, |(x, _)| x);
            // (The day is told as if it stood straight after the verb: "expires on Friday".)
            return date_phrase(after, &format!("{before}on "), ctx);
        }
    }
    let (rest, hit) = date_phrase_told(i, before, ctx, false)?;
    if let Some(bounded) = bounded_after(rest, hit) {
        return Ok(bounded);
    }
    // "In March, the council will vote on the plan": a date heading its clause takes the tense
    // of the verb after it, as one after the verb takes the tense before it.
    // ("The Senate on Tuesday will vote", "The Fed on Wednesday is expected to raise rates": a
    // day set between the subject and its verb, when the verb looks ahead straight after it.)
    // (future_verb_follows then reads the verb; here it must stand straight after the day.)
    let day_before_verb = || {
        let first = rest.split(' ').find(|w| !w.is_empty()).unwrap_or("");
        // (Not after a participle: "the figures published on Friday will show …".)
        let subject = last_word(before.trim_end().trim_end_matches(|c: char| c.is_ascii_alphabetic()));
        last_word(before) == "on"
            && !(subject.len() > 3 && (subject.ends_with("ed") || subject.ends_with("en")))
            && ["will", "shall", "is", "are"].iter().any(|v| first.eq_ignore_ascii_case(v))
    };
    // "before a cool change late on Friday brings winds": in a clause of time English tells
    // what is to come in the present, and the verb may stand after the date.
    let time_clause_present = || present_verb_next(rest) && within_a_clause_of_time(before);
    // ("From April the fee is £30": a state that starts at a date heading its clause, told in
    // the present, is one to come; one gone is told "was" or "has been".)
    if ctx.prefer != Prefer::Past {
        return Ok((rest, hit));
    }
    let heads = heads_a_clause(before);
    let starts_a_state = heads && i.get(..5).is_some_and(|w| w.eq_ignore_ascii_case("from "));
    if (heads || day_before_verb()) && future_verb_follows(rest, starts_a_state) || time_clause_present() {
        if let Ok(ahead) = date_phrase_told(i, before, ctx, true) {
            return Ok(ahead);
        }
    }
    Ok((rest, hit))
}

/// "a first crewed flight in 2026 at the earliest", "a ruling by Friday at the latest": words
/// after the date that make it a bound, as "from" or "by" before it would.
fn bounded_after(rest: &str, hit: DateHit) -> Option<(&str, DateHit)> {
    let (r, (_, _, _, _, _, which)) =
        (space, kw("at"), space, kw("the"), space, alt((kw("earliest"), kw("latest")))).parse(rest).ok()?;
    if !at_boundary(r) {
        return None;
    }
    let Resolved::Span(s) = hit.resolved else { return None };
    let bound = match (which.eq_ignore_ascii_case("earliest"), hit.bound) {
        (true, None) => {
            let open = span(s.start, s.start.saturating_add(100.years()), s.grain);
            return Some((r, DateHit { resolved: open, bound: Some("from") }));
        }
        (false, None) => Some("by"),
        // "by Friday at the latest" says the bound twice.
        (false, Some(b @ ("by" | "until"))) | (true, Some(b @ ("from" | "since"))) => Some(b),
        _ => return None,
    };
    Some((r, DateHit { resolved: hit.resolved, bound }))
}

/// Do the words of the date's own clause open with a conjunction of time ("… before a cool
/// change late on ", "once the bill on ")? The clause starts after its last stop or comma.
fn within_a_clause_of_time(before: &str) -> bool {
    let tail = crate::error::last_bytes(before, 80);
    let clause = tail.rsplit(['.', ',', ';', ':', '?', '!', '(', '\n', '—']).next().unwrap_or("");
    clause
        .split(' ')
        .filter(|w| !w.is_empty())
        .any(|w| ["before", "until", "till", "once", "when", "unless"].iter().any(|c| w.eq_ignore_ascii_case(c)))
}

/// Is the word straight after a date a verb in the present ("… on Friday brings", "… on
/// Sunday arrives", "… in March rises")?
fn present_verb_next(rest: &str) -> bool {
    let first = rest.trim_start_matches(' ');
    let first = &first[..first.bytes().take_while(u8::is_ascii_alphabetic).count()];
    let mut buf = [0u8; 24];
    let w = lower(first, &mut buf);
    super::lexicon::PRESENT_VERBS.contains(&w)
        || ARRIVES.contains(&w)
        || TIMETABLE.contains(&w)
        || w.ends_with('s') && !w.ends_with("ss") && super::lexicon::change_verb(w)
}

/// "The strikes, on Tuesday, Wednesday and Thursday, will close …": the rest of a list of
/// weekdays after the first, passed over so that the verb after the list is read.
fn past_listed_weekdays(r: &str) -> &str {
    let mut rest = r;
    loop {
        let t = rest.trim_start_matches([' ', ',']);
        let t = (alt((kw("and"), kw("or"))), space).parse(t).map_or(t, |(x, _)| x);
        let t = (kw("on"), space).parse(t).map_or(t, |(x, _)| x);
        let Ok((after, w)) = word(t) else { return rest };
        let mut buf = [0u8; 24];
        if weekday(lower(w, &mut buf)).is_none() || !at_boundary(after) {
            return rest;
        }
        rest = after;
    }
}

/// After "is" / "are", words that make the verb look ahead: "is due to", "are expected to".
const LOOKS_AHEAD_AFTER_BE: [&str; 9] =
    ["due", "set", "expected", "scheduled", "poised", "slated", "to", "listed", "likely"];

/// Is the first verb of the clause after a date one that looks ahead ("…, the council will
/// vote", "… the court sits", "… the law comes into force")? The clause runs to its next
/// comma or stop; a past form or another verb first says no.
fn future_verb_follows(r: &str, starts_a_state: bool) -> bool {
    let r = crate::error::first_bytes(past_listed_weekdays(r).trim_start_matches([' ', ',']), 200);
    let clause = r.split([',', '.', ';', ':', '?', '!', '(', '\n', '—']).next().unwrap_or("");
    let mut words = clause.split(' ').filter(|w| !w.is_empty()).take(8).peekable();
    let is = |w: &str, list: &[&str]| list.iter().any(|x| w.eq_ignore_ascii_case(x));
    let mut prev: Option<&str> = None;
    while let Some(w) = words.next() {
        let next = words.peek().copied().unwrap_or("");
        // "On Sunday voters elect a new mayor", "In May talks resume": a plural subject and a
        // verb of a timetable or a vote, in the present (not "the head of …": a noun after
        // its determiner).
        let subject_before =
            prev.is_some_and(|p| !is(p, &["the", "a", "an", "its", "their", "his", "her", "this", "that"]));
        // ("From Monday, households face a hosepipe ban", "… drivers pay £15 a day": what a
        // rule or a charge imposes from a day is to come.)
        // (Not after a preposition: "in can", "for pay".)
        // ("In March, nurses' pay rose 5%": "pay" is a verb only before what is paid.)
        let imposed = ["face", "receive", "get", "qualify", "lose", "must", "can"];
        let pays = is(w, &["pay"])
            && (next.starts_with(|c: char| c.is_ascii_digit() || "£$€".contains(c))
                || is(next, &["a", "an", "the", "more", "less", "up", "extra", "nothing", "their", "tax", "fees"]));
        let after_preposition =
            prev.is_some_and(|p| is(p, &["in", "on", "at", "of", "for", "to", "by", "with", "from"]));
        if subject_before
            && (is(w, &TIMETABLE_BASE)
                || is(w, &["vote", "elect", "choose", "go", "head"])
                || (is(w, &imposed) || pays) && !after_preposition)
        {
            return true;
        }
        prev = Some(w);
        if is(w, &["will", "shall", "won't", "won’t"]) || w.ends_with("'ll") || w.ends_with("’ll") {
            return true;
        }
        if is(w, &["is", "are"]) {
            return starts_a_state || is(next, &LOOKS_AHEAD_AFTER_BE);
        }
        if is(w, &TIMETABLE) || is(w, &["comes", "come", "takes", "take"]) && is(next, &["effect", "into"]) {
            return true;
        }
        let lw = w.to_ascii_lowercase();
        // "In April the tax rises to 20%", "From January the fare goes up": a change told in
        // the present after its date is one to come (one gone is told in the past).
        if lw.ends_with('s') && !lw.ends_with("ss") && super::lexicon::change_verb(&lw)
            || lw == "goes" && is(next, &["up", "down"])
        {
            return true;
        }
        if is(w, &["was", "were", "had", "has", "have", "did", "would", "could", "might", "may", "should", "said"])
            || lw.len() > 4 && lw.ends_with("ed")
        {
            return false;
        }
    }
    false
}

fn date_phrase_told<'a>(i: &'a str, before: &str, ctx: &DateContext, ahead_after: bool) -> IResult<&'a str, DateHit> {
    let tense = tense_of(before);
    // "prices were set to fall in March", "the deal was expected on 3 October": a plan told in
    // the past, whose time may have come or not. The nearest such time.
    let planned_then = tense.forward && tense.past_auxiliary && !tense.scheduled;
    // "The deadline is Friday": a weekday named as what is, still to come ("was Friday" is past).
    // ("The match is on Saturday": the same with the day's preposition, which `before` holds.)
    // ("The hearing is on the 14th", "The vote is on the last Friday of November": a day of
    // the month or a weekday of one, so told, is as much to come.)
    let copula_day = || {
        let copula = {
            let t = before.trim_end();
            let t = match t.rsplit_once(' ') {
                Some((head, "on" | "On")) => head,
                _ => t,
            };
            matches!(last_word(t).as_str(), "is" | "are")
        };
        let the_day = skip_word(i, "the");
        copula
            && (word(i).is_ok_and(|(_, w)| {
                let mut buf = [0u8; 24];
                weekday(lower(w, &mut buf)).is_some()
            }) || the_day.len() < i.len()
                && (day_number(the_day).is_ok()
                    || (alt((kw("last"), kw("final"))), space, word).parse(the_day).is_ok()
                    || super::number::ordinal(the_day).is_ok_and(|(r, _)| (space, weekday_word).parse(r).is_ok())))
    };
    // "The strike runs from Friday to Monday", "The fair opens from 2 May": a timetable verb
    // in the present before a range or a bound the phrase opens with (its preposition is then
    // part of the phrase, not of `before`).
    let timetable_range = || {
        let head = i.bytes().take_while(u8::is_ascii_alphabetic).count();
        if !["from", "between", "until", "till"].iter().any(|w| i[..head].eq_ignore_ascii_case(w)) {
            return false;
        }
        let verb = last_word(before);
        let base_form = || {
            let t = before.trim_end();
            let ahead_of_verb = last_word(&t[..t.len() - verb.len()]);
            (TIMETABLE_BASE.contains(&verb.as_str()) || matches!(verb.as_str(), "run" | "last" | "apply"))
                && !matches!(
                    ahead_of_verb.as_str(),
                    "to" | "did" | "didn" | "not" | "never" | "would" | "could" | "might" | "should"
                )
        };
        // ("The strike runs from Friday to Monday", "the fair lasts from 2 to 4 May", "The new
        // rules apply from 1 April".)
        TIMETABLE.contains(&verb.as_str()) || matches!(verb.as_str(), "runs" | "lasts" | "applies") || base_form()
    };
    let future_hint =
        (tense.forward || tense.scheduled || copula_day() || ahead_after || timetable_range()) && !planned_then;
    let nearest = DateContext { prefer: Prefer::Nearest, ..*ctx };
    let told_before = DateContext { past_tense: true, ..*ctx };
    let ctx = if !future_hint && ctx.prefer == Prefer::Past && (tense.prospect || planned_then) {
        &nearest
    } else if ctx.prefer == Prefer::Past && tense.past && !future_hint {
        // ("were expected to arrive by the end of the month": a plan told in the past may
        // still lie ahead.)
        &told_before
    } else {
        ctx
    };
    // Day ranges ("17-18 March") heed forward-looking words as single days do in date_core.
    let hinted = ctx.looking_ahead(future_hint);
    if let Ok(hit) = hedged_offset(i, ctx) {
        if !compares_a_figure(before) {
            return Ok(hit);
        }
    }
    let opens_up_to_now = matches!(i.as_bytes().first(), Some(b's' | b'S' | b't' | b'T' | b'u' | b'U' | b'a' | b'A'));
    if let Some(Ok((r, res))) = opens_up_to_now.then(|| up_to_now(i, before, ctx)) {
        // "so far this year" bounds a total up to now, as "over the past year" does.
        let bound = matches!(res, Resolved::Span(s) if s.start != s.end).then_some("over");
        return Ok((r, DateHit { resolved: res, bound }));
    }
    // "around Christmas", "roughly three weeks ago": a hedge on a date in words keeps the
    // date (a figure after it, "around 2020", is left to the number reading).
    if let Ok((r, _)) = (alt((kw("around"), kw("circa"), kw("approximately"), kw("roughly"))), space).parse(i) {
        if !r.starts_with(|c: char| c.is_ascii_digit()) {
            if let Ok((r2, res)) = date_core(r, before, ctx, future_hint) {
                return Ok((r2, DateHit { resolved: res, bound: None }));
            }
        }
    }
    // between X and Y / from X to Y
    if let Ok((rest, (opener, _))) = (alt((kw("between"), kw("from"))), space).parse(i) {
        let closer = if opener.eq_ignore_ascii_case("between") { "and" } else { "to" };
        if let Ok((r, res)) = day_range(rest, &hinted) {
            return Ok((r, DateHit { resolved: res, bound: None }));
        }
        if let (Ok((r, _)), Some(re)) = ((kw("now"), space, kw(closer), space).parse(rest), ctx.reference) {
            // What lies between now and a date lies ahead.
            let ahead = DateContext { prefer: Prefer::Future, ..*ctx };
            if let Ok((r2, Resolved::Span(b))) = date_core(r, closer, &ahead, true) {
                return Ok((r2, DateHit { resolved: span(re, b.end.max(re), Grain::Day), bound: None }));
            }
        }
        // "from midday Friday until 9pm on Sunday": the hours are finer than our grain.
        let rest = past_time_of_day(rest);
        if let Ok((r, a)) = date_core(rest, opener, ctx, future_hint) {
            // "from Friday evening to Sunday", "between Friday night and Sunday morning": the
            // part of a day named is finer than our grain.
            let r = day_part_of_a_day(r, a);
            let r2 = r.trim_start_matches([' ', '\u{a0}']);
            // "from 5/1-5/7", "between 2014–2018": a dash closes the range too.
            let second = match r2.strip_prefix(['-', '–', '—', '~']) {
                Some(x) => Some(x.trim_start_matches([' ', '\u{a0}'])),
                None => (alt((kw(closer), kw("until"), kw("through"), kw("till"))), space).parse(r2).ok().map(|x| x.0),
            };
            // The second end of a range is dated by its opener: "to the 17th" there is a day.
            let second_end = if closer == "to" { "until" } else { closer };
            if let Some(r4) = second.map(past_time_of_day) {
                // "between Jan 2019 and now": the range runs up to the reference date.
                let now = match (kw("now")(r4), ctx.reference) {
                    (Ok((r5, _)), Some(re)) => Some((r5, day(re))),
                    _ => None,
                };
                let second_day =
                    || date_core(r4, second_end, ctx, future_hint).ok().map(|(r, b)| (day_part_of_a_day(r, b), b));
                if let Some((r5, b)) = now.or_else(second_day) {
                    let a_text = &rest[..rest.len() - r.len()];
                    // "will be away between August and October", written in September: the
                    // range around now, not one starting next August.
                    let a = match (a, b) {
                        (Resolved::Span(sa), Resolved::Span(sb)) if sa.start > sb.end && !has_year(a_text) => {
                            let past = DateContext { prefer: Prefer::Past, ..*ctx };
                            match date_core(rest, opener, &past, false) {
                                Ok((_, p @ Resolved::Span(sp))) if sp.start <= sb.end => p,
                                _ => a,
                            }
                        }
                        _ => a,
                    };
                    let b_written = &r4[..r4.len() - r5.len()];
                    let (a, b) = told_before_now(
                        (a, a_text, (rest, opener)),
                        (b, b_written, (r4, second_end)),
                        ctx,
                        future_hint,
                    );
                    // "between Tuesday and Sunday of last week": the tail anchors both ends.
                    // (A bare weekday at the end is anchored by the start instead.)
                    let (r5, a, b) =
                        if weekday_alone(b_written).is_some() { (r5, a, b) } else { anchor_week(r5, a, b, rest) };
                    let b_text = &r4[..r4.len() - r5.len()];
                    let b = anchor_to_first_end(a, b, b_text);
                    let joined = join_years(a, a_text, b, b_text).unwrap_or_else(|| join(a, b));
                    return Ok((r5, DateHit { resolved: joined, bound: None }));
                }
            }
            // "between 2014-2018": the first end was the whole range (year_range).
            let first_end = &rest[..rest.len() - r.len()];
            if second.is_none() && year_range(first_end).is_ok_and(|(left, _)| left.is_empty()) {
                return Ok((r, DateHit { resolved: a, bound: None }));
            }
            if opener.eq_ignore_ascii_case("from") {
                // "from 18 December for 10 days": so many units from the first day (inclusive).
                if let (Resolved::Span(s), Ok((r6, (_, _, _, n, _, unit)))) =
                    (a, (space, kw("for"), space, count_word, gap, unit_word).parse(r))
                {
                    if s.grain == Grain::Day && unit != "weekend" && at_boundary(r6) {
                        let last = add_days(shift(s.start, unit, n as i64), -1);
                        return Ok((r6, DateHit { resolved: span(s.start, last, Grain::Day), bound: None }));
                    }
                }
                // "up 17% from the previous quarter": the basis of a change, not a start.
                // (also "down nine points from four years ago", "up 3,000 jobs from last year")
                // ("offered to children aged 12 from January": an age is no figure changed.)
                // ("aged nine to 16 from January": the age may be a range.)
                let age_before = || {
                    let t = crate::error::last_bytes(before, 40);
                    t.split_whitespace()
                        .rev()
                        .take(4)
                        .any(|w| matches!(w.to_ascii_lowercase().as_str(), "aged" | "ages"))
                };
                // ("The fee rises to £30 from April": from a date, a level after "to" in the
                // present holds; "rose 5% from April" and "up 3% from March" are still bases.)
                let level_from = !tense.past && !tense.changed_in_past && !tense.past_auxiliary && {
                    let back: Vec<&str> = before.split_whitespace().rev().take(4).collect();
                    // ("rises to £30 a month from April": past the level's rate.)
                    let at = if back.len() >= 3 && matches!(back[1], "a" | "an" | "per") { 2 } else { 0 };
                    let level =
                        back.get(at).is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit() || "£$€".contains(c)));
                    level && back.get(at + 1).is_some_and(|w| w.eq_ignore_ascii_case("to"))
                };
                if level_from {
                    let ahead = if ctx.prefer == Prefer::Past { &nearest } else { ctx };
                    let (r, a) = date_core(rest, opener, ahead, future_hint).unwrap_or((r, a));
                    return Ok((r, DateHit { resolved: a, bound: Some("since") }));
                }
                let basis = compares_a_figure(before) && !age_before() || after_a_change(before);
                return Ok((r, DateHit { resolved: a, bound: (!basis).then_some("since") }));
            }
        }
        return fail(i);
    }
    // "from" is a bound that starts with the period named ("no earlier than 2026" includes
    // 2026), where "after" starts once it is over.
    let bounds: [(&str, &'static str); 20] = [
        ("no later than", "by"),
        // "could open as early as 2026": not before it.
        ("as early as", "from"),
        ("as soon as", "from"),
        ("not later than", "by"),
        ("no earlier than", "from"),
        ("not earlier than", "from"),
        ("no sooner than", "from"),
        ("not before", "from"),
        ("not after", "by"),
        ("later than", "after"),
        ("earlier than", "before"),
        ("since", "since"),
        ("by", "by"),
        ("until", "until"),
        ("till", "until"),
        ("before", "before"),
        ("prior to", "before"),
        ("after", "after"),
        ("through", "until"),
        ("as of", "as-of"),
    ];
    let head_len = i.bytes().take_while(|c| c.is_ascii_alphabetic()).count();
    let head = &i[..head_len];
    for (w, b) in bounds {
        if !w.split(' ').next().is_some_and(|f| f.eq_ignore_ascii_case(head)) {
            continue;
        }
        if let Ok((rest, _)) = (phrase(w), space).parse(i) {
            // "since at least 2010", "until at least 2026", "since as early as March": the
            // hedge widens the bound, whose date is still the one named.
            let rest = (
                alt((phrase("at least"), phrase("as early as"), phrase("as far back as"), kw("about"), kw("around"))),
                space,
            )
                .parse(rest)
                .map(|(r, _)| r)
                .unwrap_or(rest);
            let hour_skipped = past_time_of_day(rest);
            // "before dawn on Sunday", "after midnight on Friday": an hour of that very day.
            if hour_skipped.len() < rest.len() && matches!(b, "before" | "after") {
                let (r, res) = date_core(hour_skipped, "on", ctx, future_hint)?;
                return Ok((r, DateHit { resolved: res, bound: None }));
            }
            let rest = hour_skipped;
            // "before the end of the year" is a deadline at its last day, like "by".
            let b = if b == "before" && phrase("the end of")(rest).is_ok() { "by" } else { b };
            // "after the new year" is once the year has turned, not once its early months are over.
            let b = if b == "after" && phrase("the new year")(rest).is_ok() { "from" } else { b };
            // A deadline is usually near, on either side of the reference date, unless the
            // words before tell of the past ("were identified by Friday"); one given to do
            // something ("has until Friday to lodge", "by Monday to reply") lies ahead.
            // ("aftershocks continued through Wednesday", "stayed shut until Monday": a past verb
            // before the bound closes it in the past.)
            let open_deadline = matches!(b, "by" | "until")
                && ctx.prefer == Prefer::Past
                && !tense.past_auxiliary
                && !tense.changed_in_past
                // ("Crews restored power by Saturday".)
                && !tense.past;
            // "has until Friday to lodge"; and a state told in the present lasts until a time to
            // come ("warnings are in place until Monday night", "the curfew lasts until Monday").
            let given =
                matches!(last_word(before).as_str(), "has" | "have" | "given" | "gets" | "get" | "got") || !tense.past;
            // ("The warning runs until midnight on Wednesday", written on a Wednesday: that day,
            // as "will meet on Wednesday" is; `told_ahead` lets the day of writing count.)
            let lasts_until = open_deadline && given && b == "until";
            let deadline = DateContext {
                prefer: match (open_deadline, lasts_until) {
                    (true, true) => Prefer::Future,
                    (true, false) => Prefer::Nearest,
                    _ => ctx.prefer,
                },
                told_ahead: ctx.told_ahead || lasts_until,
                ..*ctx
            };
            let to_do = |r: &str| {
                (space, kw("to"), space, word)
                    .parse(r)
                    .is_ok_and(|(_, (_, _, _, w))| w.starts_with(|c: char| c.is_ascii_lowercase()) && w != "the")
            };
            let ahead = DateContext { prefer: Prefer::Future, ..*ctx };
            // The bound word tells date_core a year may follow ("later than 2018").
            // "the first talks since March", "will have risen 5% since January": what runs up
            // to now began before it, whatever the words before look forward to.
            let future_hint = future_hint && b != "since";
            let parsed = match date_core(rest, b, &deadline, future_hint) {
                Ok((r, _)) if open_deadline && deadline.prefer == Prefer::Nearest && to_do(r) => {
                    date_core(rest, b, &ahead, future_hint)
                }
                // "By June it had 47,500 staff", "By the end of May, 300 had died": a deadline
                // at the head of its clause, whose verb after it is past, is behind.
                Ok((r, _))
                    if open_deadline
                        && deadline.prefer == Prefer::Nearest
                        && heads_a_clause(before)
                        && past_verb_follows(r) =>
                {
                    // ("By the end of the week, 40 had died", told on a Tuesday: the week gone.)
                    date_core(rest, b, &DateContext { past_tense: true, ..*ctx }, future_hint)
                }
                other => other,
            };
            if let Ok((r, res)) = parsed {
                let res = match (b, res, ctx.reference) {
                    // "since the start of the year" told in March runs to the day of writing, not to the
                    // end of the period named.
                    // "since the turn of the year" starts once the year has turned, not in the
                    // December before.
                    ("since", Resolved::Span(s), Some(re)) if s.start <= re && phrase("the turn of")(rest).is_ok() => {
                        let mid = add_days(s.start, ((s.end - s.start).get_days() as i64 + 1) / 2);
                        let turned = if s.grain == Grain::Day { mid } else { mid.first_of_year() };
                        span(turned.min(re), re, s.grain)
                    }
                    ("since", Resolved::Span(s), Some(re)) if s.start <= re => span(s.start, re, s.grain),
                    // Open-ended: "after 2016" starts on 2017-01-01; "before 2018" ends on 2017-12-31.
                    // The open side is a generous century, shown with the bound word.
                    ("after", Resolved::Span(s), _) => {
                        let start = add_days(s.end, 1);
                        span(start, start.saturating_add(100.years()), s.grain)
                    }
                    ("from", Resolved::Span(s), _) => span(s.start, s.start.saturating_add(100.years()), s.grain),
                    ("before", Resolved::Span(s), _) => {
                        let end = add_days(s.start, -1);
                        span(end.saturating_sub(100.years()), end, s.grain)
                    }
                    _ => res,
                };
                let bound = if b == "as-of" { None } else { Some(b) };
                return Ok((r, DateHit { resolved: res, bound }));
            }
            return fail(i);
        }
    }
    if let Ok((r, res)) = day_range(i, &hinted) {
        return Ok((r, DateHit { resolved: res, bound: None }));
    }
    let (rest, res) = date_core(i, before, ctx, future_hint)?;
    // "October 2023 to June 2024", "Jan-Feb 2017", "Aug 8 - Aug 12", "2014~2018".
    if let Some((r2, joined)) = range_of(res, &i[..i.len() - rest.len()], rest, ctx, future_hint) {
        return Ok((r2, DateHit { resolved: joined, bound: None }));
    }
    // "in June and July 2022": a year written once, on the second of two, dates both; the
    // phrase covers them and what lies between.
    if let Ok((r, _)) = (space, kw("and"), space).parse(rest) {
        if let Ok((r2, second)) = date_core(r, "and", ctx, future_hint) {
            let (first_text, second_text) = (&i[..i.len() - rest.len()], &r[..r.len() - r2.len()]);
            if !has_year(first_text) && has_year(second_text) {
                if let Some(joined) = join_years(res, first_text, second, second_text) {
                    return Ok((r2, DateHit { resolved: joined, bound: None }));
                }
            }
        }
    }
    Ok((rest, DateHit { resolved: res, bound: None }))
}

/// The second half of a date range and the joined span. A year written only on the second
/// end applies to the first ("from May to Oct 2020", "Nov 18-Dec 19, 2015").
fn range_of<'a>(
    first: Resolved,
    first_text: &str,
    rest: &'a str,
    ctx: &DateContext,
    future_hint: bool,
) -> Option<(&'a str, Resolved)> {
    let t = rest.trim_start_matches([' ', '\u{a0}']);
    let r = if let Some(x) = t.strip_prefix(['-', '–', '—', '~']) {
        x.trim_start_matches([' ', '\u{a0}'])
    } else {
        (space, alt((kw("to"), kw("until"), kw("through"), kw("thru"), kw("till"))), space).parse(rest).ok()?.0
    };
    let (r2, second) = date_core(r, "to", ctx, future_hint).ok()?;
    let second_text = &r[..r.len() - r2.len()];
    // ("Monday to Friday", told on a Wednesday: the Friday after that Monday, not the one
    // before it, which carried the range a year on.)
    let second =
        if weekday_alone(second_text).is_some() { anchor_to_first_end(first, second, second_text) } else { second };
    Some((r2, join_years(first, first_text, second, second_text)?))
}

/// Joins two ends of a range. A year written only on the second end applies to the first
/// ("from May to Oct 2020", or the year before: "Nov–Feb 5th, 2017"); two ends written without
/// years that come out in the wrong order move the second end a year on ("from 10/1 to 11/7").
fn join_years(first: Resolved, first_text: &str, second: Resolved, second_text: &str) -> Option<Resolved> {
    let (Resolved::Span(x), Resolved::Span(y)) = (first, second) else { return None };
    // Only like with like: two months, two days, two years; or two ends that both name their
    // year ("2014 through May 2nd 2018").
    let compatible = x.grain == y.grain
        || matches!((x.grain, y.grain), (Grain::Day, Grain::Month) | (Grain::Month, Grain::Day))
        || (has_year(first_text) && has_year(second_text))
        // "from June to autumn 2023": the second end's year dates the first.
        || (matches!(x.grain, Grain::Day | Grain::Month) && !has_year(first_text) && has_year(second_text));
    if !compatible {
        return None;
    }
    let in_year = |d: DateSpan, year: i16| -> Option<DateSpan> {
        let start = d.start.with().year(year).build().ok()?;
        let len = d.start.until(d.end).map(|s| s.get_days() as i64).unwrap_or(0);
        let end = if d.grain == Grain::Month { start.last_of_month() } else { add_days(start, len) };
        Some(DateSpan { start, end, grain: d.grain })
    };
    let (mut x, mut y) = (x, y);
    let small = matches!(x.grain, Grain::Day | Grain::Month);
    if small && !has_year(first_text) && has_year(second_text) {
        if let Some(moved) = in_year(x, y.start.year()) {
            x = if moved.start <= y.end { moved } else { in_year(x, y.start.year() - 1).unwrap_or(moved) };
        }
    } else if small && x.start > y.end && !has_year(second_text) {
        if let Some(moved) = in_year(y, y.start.year() + 1) {
            y = moved;
        }
    }
    if x.start > y.end {
        return None;
    }
    Some(join(Resolved::Span(x), Resolved::Span(y)))
}

/// "from next Monday to Friday", "from April the ninth till the seventeenth": a bare weekday
/// or day of the month at the end of a range counts on from the first end, not from the
/// reference date.
fn anchor_to_first_end(a: Resolved, b: Resolved, b_text: &str) -> Resolved {
    let Resolved::Span(first) = a else { return b };
    if first.grain != Grain::Day {
        return b;
    }
    if let Some(wd) = weekday_alone(b_text) {
        let ahead = (wd as i64 - first.end.weekday().to_monday_zero_offset() as i64).rem_euclid(7);
        return day(add_days(first.end, ahead));
    }
    let bare = skip_word(b_text.trim_end(), "the");
    if let Ok(("", d)) = day_number(bare) {
        let same_month = ymd(first.end.year(), first.end.month(), d).filter(|x| *x >= first.end);
        let next_month = add_months(first.end.first_of_month(), 1);
        return same_month.or_else(|| ymd(next_month.year(), next_month.month(), d)).map(day).unwrap_or(b);
    }
    b
}

/// "Saturday into Sunday", "Saturday night into Sunday morning": after `d`, a day, the night
/// into the next one named. The rest after it and the two days.
pub fn night_into_next_day(r: &str, d: DateSpan) -> Option<(&str, DateSpan)> {
    if d.start != d.end || d.grain != Grain::Day {
        return None;
    }
    let r = (space, day_part_word).parse(r).map_or(r, |(x, _)| x);
    let (rest, (_, _, _, wd)) = (space, kw("into"), space, weekday_word).parse(r).ok()?;
    let rest = (space, day_part_word).parse(rest).map_or(rest, |(x, _)| x);
    let next = add_days(d.end, 1);
    (at_boundary(rest) && next.weekday().to_monday_zero_offset() == wd)
        .then_some((rest, DateSpan { start: d.start, end: next, grain: Grain::Day }))
}

/// The weekday `text` is, alone or with a part of the day ("until Monday morning").
fn weekday_alone(text: &str) -> Option<i8> {
    weekday_word(text.trim_end()).ok().and_then(|(r, wd)| {
        let r = (space, day_part_word).parse(r).map_or(r, |(x, _)| x);
        r.is_empty().then_some(wd)
    })
}

/// "between Tuesday and Sunday of last week": the week named at the end anchors both days, so
/// a bare weekday at the start moves to the last such day up to the second one ("from Friday
/// to Monday" told in the past was moved into Monday's week, a Friday after it).
fn anchor_week<'a>(rest: &'a str, a: Resolved, b: Resolved, a_text: &'a str) -> (&'a str, Resolved, Resolved) {
    let (Ok((_, wd)), Resolved::Span(bs)) = (weekday_word(a_text), b) else { return (rest, a, b) };
    if bs.grain != Grain::Day {
        return (rest, a, b);
    }
    let back = (bs.start.weekday().to_monday_zero_offset() as i64 - wd as i64).rem_euclid(7);
    (rest, day(add_days(bs.start, -back)), b)
}

/// "the toll rose from May to March", told in October: a range told in the past has ended by
/// the reference, so where its end was read ahead, the end is read back and the start before
/// it (May 2023 to March 2024, not May 2024 to March 2025). `first` and `second` are the text
/// of each end with the word it was read after.
fn told_before_now(
    (a, a_text, first): (Resolved, &str, (&str, &str)),
    (b, b_text, second): (Resolved, &str, (&str, &str)),
    ctx: &DateContext,
    future_hint: bool,
) -> (Resolved, Resolved) {
    let (Resolved::Span(sa), Resolved::Span(sb), Some(re)) = (a, b, ctx.reference) else { return (a, b) };
    // The end is ahead, or before the start and so about to be carried a year on.
    let ends_ahead = sb.end > re || sa.start > sb.end;
    if !ctx.past_tense || future_hint || !ends_ahead || sa.start > re || has_year(a_text) || has_year(b_text) {
        return (a, b);
    }
    let past = DateContext { prefer: Prefer::Past, past_tense: true, ..*ctx };
    let pb = if sb.end <= re {
        sb
    } else {
        match date_core(second.0, second.1, &past, false) {
            Ok((_, Resolved::Span(pb))) if pb.end <= re => pb,
            _ => return (a, b),
        }
    };
    let before_end = DateContext { reference: Some(pb.end), ..past };
    match date_core(first.0, first.1, &before_end, false) {
        Ok((_, pa @ Resolved::Span(spa))) if spa.start <= pb.start => (pa, Resolved::Span(pb)),
        _ => (a, b),
    }
}

/// "The quake struck on Sunday. … Aftershocks followed over the next two days", "Crews worked
/// for the next 48 hours": a window told in the past after a day named counts from that day,
/// not from the day of writing (which `rolling` counts from, as a window told now or ahead
/// does). `phrase` is the window as read ("the next two days", without its preposition),
/// `before` and `after` the words around it; `anchor` the date named last.
/// `None` where the phrase is no such window, the anchor no day gone, or the clause not past.
pub fn window_after_a_past_day(
    phrase: &str,
    before: &str,
    after: &str,
    anchor: DateSpan,
    anchor_in_sentence: bool,
    ctx: &DateContext,
) -> Option<DateSpan> {
    let re = ctx.reference?;
    let days_named = (anchor.end - anchor.start).get_days();
    if anchor.grain != Grain::Day || days_named > 6 || anchor.end > re {
        return None;
    }
    let (rest, (_, _, _, _, n, _)) =
        (kw("the"), space, alt((kw("next"), kw("following"))), space, count_word, gap).parse(phrase).ok()?;
    // ("worked for the next 48 hours": the verb before a preposition of length.)
    let trimmed = before.trim_end_matches(' ');
    let before = match trimmed.rsplit_once(' ') {
        Some((head, p))
            if ["for", "over", "across", "throughout", "during"].iter().any(|w| p.eq_ignore_ascii_case(w)) =>
        {
            &before[..head.len() + 1]
        }
        _ => before,
    };
    let tense = tense_of(before);
    // "Officials said on Monday that the next three days would be critical": reported after a
    // saying dated in the sentence, the window counts from the day it was said.
    let reported = anchor_in_sentence && said_that(before);
    if !reported && (tense.forward || tense.prospect || !(tense.past || past_verb_follows(after))) {
        return None;
    }
    let n = n as i64;
    // ("for the next 48 hours" from a day: the days those hours reach, from that day.)
    if let Ok((tail, _)) = alt((kw("hours"), kw("hour"), kw("hrs"))).parse(rest) {
        return tail.is_empty().then(|| span_days(anchor.end, add_days(anchor.end, (n + 23) / 24)));
    }
    let (tail, unit) = unit_word(rest).ok()?;
    if !tail.is_empty() || matches!(unit, "weekend" | "decade" | "century" | "fortnight") {
        return None;
    }
    Some(span_days(add_days(anchor.end, 1), shift(anchor.end, unit, n)))
}

/// Does the sentence before end in a saying in the past and its "that" ("said on Monday that",
/// "warned on Tuesday that")?
fn said_that(before: &str) -> bool {
    let sentence = before.rsplit(['.', ';', '!', '?', '\n']).next().unwrap_or(before);
    let t = sentence.trim_end();
    if last_word(t) != "that" {
        return false;
    }
    sentence.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
        matches!(w, "said" | "warned" | "told" | "announced" | "predicted" | "forecast" | "estimated" | "expected")
    })
}

fn span_days(start: Date, end: Date) -> DateSpan {
    DateSpan { start, end, grain: Grain::Day }
}

/// Does a date's text write its year (four digits in a row)?
pub fn has_year(text: &str) -> bool {
    text.as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit))
}

/// "Less than a week later", "More than a year before, …", "Nearly two years earlier": a
/// date told from the last one named, by a length with a bound or a hedge on it. Under a
/// bound the span runs from the day named to the date the length reaches (less than) or on
/// from it (more than, shown with its bound word); a hedge keeps the date. (The hedge was
/// dropped, or the phrase read as a length.)
pub fn hedged_anaphoric_date<'a>(
    i: &'a str,
    before: &str,
    anchor: Option<DateSpan>,
    earlier: &[DateSpan],
    anchor_at: AnchorAt,
    ctx: &DateContext,
) -> Option<(&'a str, Resolved, Option<&'static str>)> {
    let a = anchor?;
    // (It runs at every word a figure or a date may start at: look at the first word first.)
    let letters = i.bytes().take_while(u8::is_ascii_alphabetic).count();
    let mut buf = [0u8; 24];
    if !matches!(
        lower(&i[..letters], &mut buf),
        "more" | "just" | "over" | "less" | "under" | "nearly" | "almost" | "about" | "around" | "roughly" | "some"
    ) {
        return None;
    }
    let (r, (w, _)) = (
        alt((
            phrase("more than"),
            phrase("just over"),
            kw("over"),
            phrase("less than"),
            phrase("just under"),
            kw("under"),
            kw("nearly"),
            kw("almost"),
            kw("about"),
            kw("around"),
            kw("roughly"),
            kw("some"),
        )),
        space,
    )
        .parse(i)
        .ok()?;
    if !r.starts_with(|c: char| c.is_ascii_alphanumeric()) || r.get(..4).is_some_and(|t| t.eq_ignore_ascii_case("the "))
    {
        return None;
    }
    if compares_a_figure(before) {
        return None;
    }
    let (rest, res) = anaphoric_date(r, before, anchor, earlier, anchor_at, ctx)?;
    let Resolved::Span(s) = res else { return None };
    let told = &r[..r.len() - rest.len()];
    let dir = last_word(told);
    let later = matches!(dir.as_str(), "later" | "after");
    if !later && !matches!(dir.as_str(), "earlier" | "before" | "previously" | "prior") {
        return None;
    }
    let w = w.to_ascii_lowercase();
    let further = matches!(w.as_str(), "more than" | "just over" | "over");
    let within = matches!(w.as_str(), "less than" | "just under" | "under");
    // ("Just over a month later" from 3 May: "a month later" is June, which the bound may
    // reach into.)
    let one_day = s.start == s.end;
    let (res, bound) = match (further, within, later) {
        (true, _, true) => {
            let from = if one_day { add_days(s.end, 1) } else { s.start };
            (span(from, from.saturating_add(100.years()), Grain::Day), Some("after"))
        }
        (true, _, false) => {
            let to = if one_day { add_days(s.start, -1) } else { s.end };
            (span(to.saturating_sub(100.years()), to, Grain::Day), Some("before"))
        }
        (_, true, true) if s.end > a.end => (span(a.end, add_days(s.end, -1), Grain::Day), None),
        (_, true, false) if s.start < a.start => (span(add_days(s.start, 1), a.start, Grain::Day), None),
        (_, true, _) => return None,
        _ => (Resolved::Span(s), None),
    };
    Some((rest, res, bound))
}

/// "a third more than two years ago", "50% more than a year ago", "12% more than a year
/// before": does the text before end in a figure or a word of amount, so that "more than" after
/// it compares that figure (the date is then the offset alone)?
fn compares_a_figure(before: &str) -> bool {
    before.trim_end().ends_with(|c: char| c.is_ascii_digit() || c == '%')
        || matches!(
            last_word(before).as_str(),
            "third"
                | "thirds"
                | "half"
                | "quarter"
                | "quarters"
                | "fifth"
                | "tenth"
                | "twice"
                | "times"
                | "percent"
                | "cent"
                | "points"
                | "much"
                | "many"
                | "far"
                | "lot"
                | "no"
                | "even"
                | "slightly"
                | "bit"
                | "rather"
        )
}

/// Where the date a phrase is told from was named: "the next day" reads one from another
/// paragraph, "the same period a year earlier" does not.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AnchorAt {
    ThisSentence,
    EarlierSentence,
    EarlierParagraph,
}

/// A date told from the last one the text named: "the next day", "the day before", "two
/// days later", "a week earlier", "the following month", "that weekend", "the same day".
/// `anchor` is that last date, if any; without one only the phrases that news also uses of the
/// publication day ("the day before", "the next day") are read, counted from the reference.
/// `anchor_at`: where the anchor was named, as far as the phrase is concerned.
/// Returns the rest and the date; `None` where the phrase is not one of these.
pub fn anaphoric_date<'a>(
    i: &'a str,
    before: &str,
    anchor: Option<DateSpan>,
    earlier: &[DateSpan],
    anchor_at: AnchorAt,
    ctx: &DateContext,
) -> Option<(&'a str, Resolved)> {
    let anchor_elsewhere = anchor_at != AnchorAt::ThisSentence;
    // (offset, unit, how): Shift moves a day by whole units; Period takes the period around it.
    #[derive(PartialEq)]
    enum How {
        Shift,
        Period,
    }
    let letters = i.bytes().take_while(u8::is_ascii_alphabetic).count();
    let mut buf = [0u8; 24];
    let first = lower(&i[..letters], &mut buf);
    let mut named_period = false;
    // "By late afternoon, 40 homes had flooded", "In the evening, …", "By mid-morning": a part
    // of the day heading its clause, after a day named, is of that day ("the night before" is
    // read below).
    if matches!(first, "by" | "in" | "during" | "early" | "late" | "mid") {
        let preposition = (alt((kw("by"), kw("in"), kw("during"))), space).parse(i).ok().map(|(r, _)| r);
        let qualifier = alt((kw("early"), kw("late"), kw("mid"), kw("the")));
        let part = (qualifier, alt((space, tag("-"))), day_part_word).parse(preposition.unwrap_or(i)).ok();
        let told_alone = part.as_ref().is_some_and(|(r, (q, _, _))| {
            let next = r.trim_start_matches(' ');
            let next = &next[..next.bytes().take_while(u8::is_ascii_alphabetic).count()];
            at_boundary(r)
                && (preposition.is_some() || !q.eq_ignore_ascii_case("the"))
                && !["before", "after", "of", "that", "when", "shift", "shifts"]
                    .iter()
                    .any(|w| next.eq_ignore_ascii_case(w))
        });
        if let (Some((rest, _)), true) = (part, told_alone) {
            let a =
                anchor.filter(|a| a.start == a.end && a.grain == Grain::Day && anchor_at != AnchorAt::EarlierParagraph);
            return match a {
                Some(a) if heads_a_clause(before) => Some((rest, Resolved::Span(a))),
                _ => None,
            };
        }
    }
    // "up 17% from the previous quarter": a preposition that a date phrase would take reads
    // the phrase after it the same way.
    if matches!(first, "from" | "in" | "on" | "during") {
        let (r, _) = (word, space).parse(i).ok()?;
        return anaphoric_date(r, &i[..letters], anchor, earlier, anchor_at, ctx);
    }
    // "Early the next day", "late that night", "later that evening": a part of the day told
    // from the date named last is that day ("Early the next day" was read from the day of
    // writing); of a longer period, its early or late part.
    if matches!(first, "early" | "late" | "later" | "earlier") {
        let (r, _) = (word, space).parse(i).ok()?;
        // "up from four earlier in the day", "later in the week": of the period around the
        // date named last, up to it or from it ("later in the day" was the day of writing).
        if first.starts_with("earl") || first == "later" {
            if let Ok((rest, (_, _, u))) = (phrase("in the"), space, unit_word).parse(r) {
                let a = anchor.filter(|_| anchor_at != AnchorAt::EarlierParagraph && at_boundary(rest))?;
                let Resolved::Span(p) = period_containing(a.start, u, 0) else { return None };
                if a.end > p.end || matches!(u, "weekend" | "fortnight") {
                    return None;
                }
                let res = if first == "later" { span(a.start, p.end, p.grain) } else { span(p.start, a.end, p.grain) };
                return Some((rest, res));
            }
        }
        if first == "earlier" || !matches!(r.as_bytes().first(), Some(b't' | b'T')) {
            return None;
        }
        let (rest, res) = anaphoric_date(r, &i[..letters], anchor, earlier, anchor_at, ctx)?;
        return match res {
            Resolved::Span(s) if s.start != s.end && first != "later" => Some((rest, part_span(first, s))),
            other => Some((rest, other)),
        };
    }
    // "is sworn in on 12 January and must name a cabinet within 30 days", "was arrested on
    // Monday and charged within 24 hours": a window told in the sentence of a day named is
    // counted from that day (with none, or a longer period, it is counted from today).
    // ("pledged in 2010 to double the count within 12 years": a year named counts a window of
    // years, a month one of months or years, from the period named to as many after its end.)
    if first == "within" {
        let a = anchor.filter(|_| !anchor_elsewhere)?;
        let (r, (_, _, n, _, u)) = (kw("within"), space, count_word, gap, unit_word).parse(i).ok()?;
        if !at_boundary(r) || (space, kw("of")).parse(r).is_ok() || matches!(u, "weekend" | "decade") {
            return None;
        }
        let whole_period = match a.grain {
            Grain::Year => u == "year" && a.start == a.start.first_of_year() && a.end == a.start.last_of_year(),
            Grain::Month => matches!(u, "month" | "year") && a.start.day() == 1 && a.end == a.start.last_of_month(),
            _ => false,
        };
        if whole_period {
            return Some((r, span(a.start, shift(a.end, u, n as i64), Grain::Day)));
        }
        if a.start != a.end {
            return None;
        }
        return Some((r, span(a.start, shift(a.start, u, n as i64), Grain::Day)));
    }
    let (rest, n, unit, how) = match first {
        "the" | "that" => {
            let (r, _) = (alt((kw("the"), kw("that"))), space).parse(i).ok()?;
            let demonstrative = first == "that";
            let r = if demonstrative { r } else { skip_word(r, "very") };
            // "in the same month a year ago", "the same period last year": what was named,
            // a year back.
            // (Most phrases here start with none of these words: look at the letter first.)
            let next_letter = r.as_bytes().first().map(u8::to_ascii_lowercase);
            // "Revenue rose 4% in the 13 weeks to 20 July. Total sales for the period reached
            // £6.1bn": the span named last, in this sentence or the one before.
            if next_letter == Some(b'p') && !demonstrative {
                if let Ok((r2, _)) = kw("period").parse(r) {
                    let qualified = (
                        space,
                        alt((
                            kw("of"),
                            kw("when"),
                            kw("in"),
                            kw("between"),
                            kw("since"),
                            kw("from"),
                            kw("to"),
                            kw("before"),
                            kw("after"),
                        )),
                    )
                        .parse(r2)
                        .is_ok();
                    let a = anchor.filter(|a| a.start != a.end && anchor_at != AnchorAt::EarlierParagraph);
                    return match a {
                        Some(a) if at_boundary(r2) && !qualified => Some((r2, Resolved::Span(a))),
                        _ => None,
                    };
                }
            }
            let same = (next_letter == Some(b's')).then_some(()).and_then(|_| {
                (
                    kw("same"),
                    space,
                    alt((
                        |x| unit_word(x).map(|(r, u)| (r, Some(u))),
                        |x| {
                            alt((kw("period"), kw("time"), kw("point"), kw("stage")))
                                .parse(x)
                                .map(|(r, w)| (r, Some(w)))
                        },
                    )),
                )
                    .parse(r)
                    .ok()
                    .map(|(r, (_, _, u))| (r, u.filter(|w| !matches!(*w, "time" | "point" | "stage"))))
            });
            // The date named last, or else the publication day.
            // ("The work ends by 2027.\n\nThe ward saw 4,100 patients in the first months of
            // the financial year, against 3,800 in the same period a year earlier": a period
            // named in another paragraph is not the one compared with.)
            let same_anchor = anchor.filter(|_| same.is_none() || anchor_at != AnchorAt::EarlierParagraph);
            let told_from =
                same_anchor.or_else(|| ctx.reference.map(|d| DateSpan { start: d, end: d, grain: Grain::Day }));
            if let (Some((r2, same_unit)), Some(a)) = (same, told_from) {
                if let Ok((r3, _)) = (
                    space,
                    alt((
                        phrase("a year ago"),
                        phrase("last year"),
                        phrase("a year earlier"),
                        phrase("a year before"),
                        phrase("the year before"),
                        phrase("the previous year"),
                        phrase("the prior year"),
                    )),
                )
                    .parse(r2)
                {
                    if at_boundary(r3)
                        && a.grain != Grain::Year
                        && a.grain != Grain::Decade
                        && a.grain != Grain::Century
                    {
                        // "the same week last year" told from a day (or a weekend) is that day's
                        // week, 52 weeks back (the same weekdays); "the same month" from a day,
                        // its month.
                        // "up from 38,000 in the same period a year earlier" with no period
                        // named: some period of up to a year, ending a year before the day of
                        // writing at the latest.
                        if same_anchor.is_none() && same_unit == Some("period") {
                            return Some((
                                r3,
                                span(add_days(shift(a.start, "year", -2), 1), shift(a.end, "year", -1), Grain::Day),
                            ));
                        }
                        let within_a_week = (a.end - a.start).get_days() < 6;
                        match same_unit {
                            Some("week") if within_a_week => {
                                return Some((r3, week_span(add_days(week_start(a.start), -364))));
                            }
                            Some("month") if (a.start.year(), a.start.month()) == (a.end.year(), a.end.month()) => {
                                let first = shift(a.start.first_of_month(), "year", -1);
                                return Some((r3, span(first, first.last_of_month(), Grain::Month)));
                            }
                            _ => {}
                        }
                        return Some((r3, span(shift(a.start, "year", -1), shift(a.end, "year", -1), a.grain)));
                    }
                }
                // "a 20% rise compared with the same days last week", "the same time a week
                // earlier": the day (or days) named, or the day of writing, seven days back.
                if let Ok((r3, _)) = (
                    space,
                    alt((
                        phrase("last week"),
                        phrase("a week earlier"),
                        phrase("a week ago"),
                        phrase("a week before"),
                        phrase("the week before"),
                        phrase("the previous week"),
                    )),
                )
                    .parse(r2)
                {
                    if at_boundary(r3) && matches!(same_unit, None | Some("day")) && (a.end - a.start).get_days() < 7 {
                        return Some((r3, span(add_days(a.start, -7), add_days(a.end, -7), Grain::Day)));
                    }
                }
                // "Sales rose 4% between January and March; costs rose 6% over the same
                // period": the span named last, itself.
                let ends_there = || {
                    let next = r2.trim_start_matches(' ');
                    next.chars().next().is_none_or(|c| matches!(c, '.' | ',' | ';' | ':' | ')' | '!' | '?'))
                        || ["and ", "but ", "while "]
                            .iter()
                            .any(|w| next.get(..w.len()).is_some_and(|t| t.eq_ignore_ascii_case(w)))
                };
                if same_unit == Some("period") && same_anchor.is_some() && a.start != a.end && ends_there() {
                    return Some((r2, Resolved::Span(a)));
                }
                // "41 days in the first half of the year, against 29 in the same months of
                // 2024": the span named last, in the year written.
                if let Ok((r3, (_, _, _, y))) = (space, alt((kw("of"), kw("in"))), space, year_number).parse(r2) {
                    let within_a_year = (a.end - a.start).get_days() < 366;
                    if at_boundary(r3)
                        && within_a_year
                        && !matches!(a.grain, Grain::Year | Grain::Decade | Grain::Century)
                    {
                        let years = (y - a.start.year()) as i64;
                        return Some((r3, span(shift(a.start, "year", years), shift(a.end, "year", years), a.grain)));
                    }
                }
            }
            // "the previous June", "the following March": the month of that name before or
            // after the date named last (or the publication date).
            let month_after = |x| {
                if !matches!(next_letter, Some(b'p' | b'f')) {
                    return fail(x);
                }
                (alt((kw("previous"), kw("preceding"), kw("prior"), kw("following"))), space, month_word).parse(x)
            };
            if let Ok((r2, (which, _, m))) = month_after(r) {
                if !at_boundary(r2) || demonstrative {
                    return None;
                }
                let from = told_from?;
                let back = !which.eq_ignore_ascii_case("following");
                let y0 = if back { from.start.year() } else { from.end.year() };
                let found = (0..3).find_map(|k| {
                    let y = if back { y0 - k } else { y0 + k };
                    let Resolved::Span(ms) = month_span(y, m) else { return None };
                    (if back { ms.end < from.start } else { ms.start > from.end }).then_some(ms)
                })?;
                return Some((r2, Resolved::Span(found)));
            }
            // "the same day", "that same week", "that day", "that weekend", "that evening"
            if let Ok((r2, (_, _, u))) = (kw("same"), space, unit_or_day_part).parse(r) {
                (r2, 0, u, How::Period)
            } else if let (true, Ok((r2, u))) = (demonstrative, unit_word(r)) {
                (r2, 0, u, How::Period)
            } else if let (true, Some(_), Ok((r2, u))) = (demonstrative, anchor, day_part_word(r)) {
                // "said that night shifts would end": after a verb, "that" opens a clause; the
                // part of a day is that day's only where a time phrase can stand.
                if !time_phrase_can_stand(before) {
                    return None;
                }
                (r2, 0, u, How::Period)
            } else if let (false, Some(a), Ok((r2, (_, _, wd)))) =
                (demonstrative, anchor, (alt((kw("next"), kw("following"))), space, weekday_word).parse(r))
            {
                // "On Friday 8 November they met. The following Monday ...": the first such
                // weekday after the day named.
                if !at_boundary(r2) || a.start != a.end {
                    return None;
                }
                let ahead = (wd as i64 - a.end.weekday().to_monday_zero_offset() as i64).rem_euclid(7);
                return Some((r2, day(add_days(a.end, if ahead == 0 { 7 } else { ahead }))));
            } else if let Ok((r2, (which, _, u))) = (
                alt((kw("next"), kw("following"), kw("previous"), kw("preceding"), kw("prior"))),
                space,
                unit_or_day_part,
            )
                .parse(r)
            {
                let back = matches!(which.to_ascii_lowercase().as_str(), "previous" | "preceding" | "prior");
                // "in the following weeks": a few of them after the day named.
                if r[..r.len() - r2.len()].ends_with(['s', 'S']) && u != "weekend" {
                    let from = anchor.map(|a| if back { a.start } else { a.end }).or(ctx.reference)?;
                    let few = a_few(from, u, if back { -1 } else { 1 });
                    // ("The dam broke on Sunday. In the following days, 60 bodies were found":
                    // told in the past, the days after it end by the day of writing.)
                    let few = match (few, ctx.reference) {
                        (Resolved::Span(f), Some(re))
                            if !back && f.start <= re && f.end > re && past_verb_follows(r2) =>
                        {
                            span(f.start, re, f.grain)
                        }
                        (f, _) => f,
                    };
                    return Some((r2, few));
                }
                named_period = true;
                (r2, if back { -1 } else { 1 }, u, if u == "day" { How::Shift } else { How::Period })
            } else if let Ok((r2, (u, _, dir))) = (unit_or_day_part, space, alt((kw("before"), kw("after")))).parse(r) {
                // "the day before", "the week after", only where the phrase ends there (before
                // punctuation or a subject pronoun): "the day before the vote" names its own day.
                // ("up from 512 the week before and 389 in the week to 31 August": a list of
                // figures goes on after it.)
                let ends_at = |r: &str| {
                    let next = r.trim_start_matches(' ');
                    !next.starts_with(|c: char| c.is_alphanumeric())
                        || word(next).is_ok_and(|(after, w)| {
                            let w = w.to_ascii_lowercase();
                            matches!(w.as_str(), "it" | "they" | "he" | "she" | "we" | "i")
                                || (matches!(w.as_str(), "and" | "but" | "or")
                                    && after.trim_start_matches(' ').starts_with(|c: char| c.is_ascii_digit()))
                        })
                };
                // ("The day after that, roads reopened": "that" is the date named last; "the day
                // after that vote" names its own.)
                let r2 = match (space, alt((kw("that"), kw("this")))).parse(r2) {
                    Ok((r3, _)) if ends_at(r3) => r3,
                    _ => r2,
                };
                let ends = ends_at(r2);
                if !ends || u == "weekend" || u == "decade" {
                    return None;
                }
                // "On Thursday … 602 the year before": the calendar year before that day's (or
                // week). A month or a window named last moves as itself ("In June it was 5,
                // against 4 the year before"; "the year to June").
                let day_anchor = anchor
                    .is_none_or(|a| matches!(a.grain, Grain::Day | Grain::Week) && (a.end - a.start).get_days() < 7);
                let how = match u {
                    "year" if day_anchor => How::Period,
                    "week" => How::Period,
                    _ => How::Shift,
                };
                (r2, if dir.eq_ignore_ascii_case("before") { -1 } else { 1 }, u, how)
            } else {
                return None;
            }
        }
        _ => {
            // "two days later", "a week earlier", "three months after that", "a year before",
            // "a month prior", "a year previously"
            let (r, (n, _, u, _, dir)) = (
                count_word,
                gap,
                unit_word,
                space,
                alt((
                    kw("later"),
                    kw("earlier"),
                    kw("previously"),
                    kw("ago"),
                    phrase("after that"),
                    phrase("before that"),
                    // These take an object ("a year before the vote" names its own date), so
                    // they stand alone only before punctuation or the end.
                    |x| {
                        // ("four years on" is told from an event the text may not name.)
                        let (r, w) = alt((kw("before"), kw("prior"), kw("after"))).parse(x)?;
                        let ends = r
                            .trim_start_matches(' ')
                            .chars()
                            .next()
                            .is_none_or(|c| matches!(c, '.' | ',' | ';' | ':' | ')'));
                        if ends { Ok((r, w)) } else { fail(x) }
                    },
                )),
            )
                .parse(i)
                .ok()?;
            let dir = dir.to_ascii_lowercase();
            // "two years later than planned", "a month earlier than expected": a delay or an
            // advance, no date.
            if matches!(dir.as_str(), "later" | "earlier") && (space, kw("than")).parse(r).is_ok() {
                return None;
            }
            // "prices hit a record in September, up 3.2% on a year ago": the basis of a figure
            // dated in its sentence is that date a year back, as "a year earlier" is; told of
            // anything else, "ago" counts from the day of writing (`ago`).
            // ("Prices were up 3.2% on a year ago": with no date named in its sentence, the basis
            // is the day of writing a year back, as "on a year earlier" is; it was the whole
            // year before; "down from 52.8% four years ago", the last election's share, stays
            // that year.)
            let years_back = u == "year" && n > 1 && (anchor.is_none() || anchor_elsewhere);
            if dir == "ago" && (!comparison_basis(before) || years_back) {
                return None;
            }
            let back = ["earlier", "before", "prior", "previously", "ago"].iter().any(|w| dir.starts_with(w));
            // "3% higher than a year earlier", "up 5% from a year earlier", "2.1% a year
            // earlier": with no date named before, the basis of a figure told today is told
            // from today.
            // ("In June it rose to 4.7%. Average earnings were up 5.0% on a year earlier": a
            // basis told in a sentence of its own is told from today too.)
            if (anchor.is_none() || anchor_elsewhere) && back && comparison_basis(before) {
                let re = ctx.reference?;
                let today = DateSpan { start: re, end: re, grain: Grain::Day };
                return anaphoric_date(i, before, Some(today), &[], AnchorAt::ThisSentence, ctx);
            }
            anchor?;
            (r, if back { -(n as i64) } else { n as i64 }, u, How::Shift)
        }
    };
    if !at_boundary(rest) || unit == "decade" || unit == "fortnight" && how == How::Period {
        return None;
    }
    // The anchor must be as fine as the step: "two days later" counts from a day, not a year.
    let fine_enough = |a: &DateSpan| match unit {
        // ("in mid-August … 23 days later": a span of days moves as a whole, within a month.)
        "day" => a.grain == Grain::Day && (a.end - a.start).get_days() <= 30,
        "week" | "weekend" | "fortnight" => matches!(a.grain, Grain::Day | Grain::Week),
        "month" => matches!(a.grain, Grain::Day | Grain::Week | Grain::Month),
        "quarter" => !matches!(a.grain, Grain::Year | Grain::Decade | Grain::Century),
        _ => a.grain != Grain::Decade && a.grain != Grain::Century,
    };
    // ("third-quarter profit of £1.48 billion was up 22% on last year, … up from £265 million in
    // the previous quarter": the quarter named before the year.)
    let anchor = match anchor {
        Some(a) if named_period && !fine_enough(&a) => earlier.iter().copied().find(fine_enough).or(Some(a)),
        other => other,
    };
    let from = match anchor.filter(fine_enough) {
        Some(a) => {
            if n < 0 {
                a.start
            } else {
                a.end
            }
        }
        // Without a date named before, "the day before", "the next day", "that weekend" are
        // told from the publication day; "two days later" counts from an event and stays unread.
        // ("the next morning in March they left": a part of a day is told only from a day named.)
        None if first == "the" || first == "that" => {
            let phrase = &i[..i.len() - rest.len()];
            if phrase.split(' ').any(|w| day_part_word(w).is_ok()) {
                return None;
            }
            ctx.reference?
        }
        None => return None,
    };
    let seven_days = anchor.filter(|a| (a.end - a.start).get_days() == 6);
    let res = match (how, seven_days) {
        // "In the week to Saturday 14 September … the week before": the seven days before
        // those seven, whichever day they end on.
        (How::Period, Some(a)) if unit == "week" => span(add_days(a.start, 7 * n), add_days(a.end, 7 * n), a.grain),
        // "in the 13 weeks to June 28 … the previous quarter": a window as long as the unit
        // moves as itself (the quarter containing its first day was the one before that).
        (How::Period, _) if anchor.is_some_and(|a| as_long_as(&a, unit)) => {
            let a = anchor.expect("checked");
            span(shift(a.start, unit, n), shift(a.end, unit, n), Grain::Day)
        }
        (How::Period, _) => period_containing(from, unit, n),
        (How::Shift, _) => match unit {
            // "imposed in mid-August and lifted three weeks later": any day of the span named,
            // three weeks on (not three weeks from its last day alone).
            // ("Two more followed over the next three days. The ferry was cancelled the next
            // day": one day on from a span is the day after it, not the span a day on.)
            "day" | "week" | "fortnight" => {
                match anchor.filter(|a| a.grain == Grain::Day && a.start != a.end && !(unit == "day" && n.abs() == 1)) {
                    Some(a) => span(shift(a.start, unit, n), shift(a.end, unit, n), Grain::Day),
                    None => day(shift(from, unit, n)),
                }
            }
            "weekend" => day(shift(from, unit, n)),
            // "in the year to August … a month earlier": the window a month back (the year to
            // July), not the month before it began.
            "month" => match anchor.filter(|a| (a.end - a.start).get_days() > 31) {
                Some(a) => {
                    span(shift(a.start, "month", n).first_of_month(), shift(a.end, "month", n).last_of_month(), a.grain)
                }
                None => {
                    let d = shift(from, "month", n);
                    span(d.first_of_month(), d.last_of_month(), Grain::Month)
                }
            },
            "quarter" => period_containing(shift(from, "quarter", n), "quarter", 0),
            // "At the end of July … a year earlier": the same part of the year before, not the
            // whole year; a year named alone moves as a year.
            "year" => match anchor.filter(|a| a.grain != Grain::Year) {
                Some(a) => span(shift(a.start, "year", n), shift(a.end, "year", n), a.grain),
                None => year_span(shift(from, unit, n).year()),
            },
            _ => year_span(shift(from, unit, n).year()),
        },
    };
    Some((rest, res))
}

/// Is `a` a window of about one `unit` (a month, a quarter, a year) that is not that unit of
/// the calendar ("the 13 weeks to June 28", "the four weeks to 12 October")?
fn as_long_as(a: &DateSpan, unit: &str) -> bool {
    let days = (a.end - a.start).get_days() + 1;
    let about = match unit {
        "month" => 28..=31,
        "quarter" => 84..=92,
        "year" => 364..=366,
        _ => return false,
    };
    let calendar = a.start.day() == 1 && a.end == a.end.last_of_month();
    a.grain == Grain::Day && about.contains(&days) && !calendar
}

/// Does `before` end where a date is the basis a figure is compared with: after the figure
/// itself, or after "than", "from", "on", "against", "with" ("compared with")?
fn comparison_basis(before: &str) -> bool {
    let t = before.trim_end();
    // ("up from 4.5 million two years earlier", "from 3 per cent a year earlier": a figure with
    // its scale or its unit of share.)
    let scaled_figure = || {
        let w = last_word(t);
        matches!(
            w.as_str(),
            "million" | "billion" | "trillion" | "thousand" | "bn" | "m" | "cent" | "percent" | "points"
        ) && crate::error::last_bytes(t, 16).bytes().any(|b| b.is_ascii_digit())
    };
    t.ends_with(|c: char| c.is_ascii_digit() || c == '%')
        || matches!(last_word(t).as_str(), "than" | "from" | "on" | "against" | "versus" | "vs" | "with")
        || scaled_figure()
}

/// Nouns that make a holiday's name part of an event's: "the Yom Kippur War".
/// Nouns a year stands before as an adjective: events, documents, figures of a year. Sorted,
/// for binary search.
const DATED_BY_YEAR: &[&str] = &[
    "academic",
    "accord",
    "accounts",
    "act",
    "agreement",
    "armistice",
    "assessment",
    "attack",
    "attacks",
    "average",
    "bailout",
    "bombing",
    "bombings",
    "boom",
    "budget",
    "campaign",
    "ceasefire",
    "census",
    "championship",
    "collapse",
    "constitution",
    "coup",
    "crash",
    "crisis",
    "cup",
    "data",
    "deal",
    "deficit",
    "downturn",
    "drought",
    "earthquake",
    "edition",
    "election",
    "elections",
    "estimate",
    "famine",
    "figure",
    "figures",
    "final",
    "fire",
    "fires",
    "flood",
    "floods",
    "forecast",
    "games",
    "harvest",
    "heatwave",
    "high",
    "highs",
    "hurricane",
    "invasion",
    "law",
    "level",
    "levels",
    "lockdown",
    "low",
    "lows",
    "massacre",
    "merger",
    "midterms",
    "model",
    "offensive",
    "olympics",
    "outbreak",
    "pandemic",
    "peak",
    "peaks",
    "plan",
    "poll",
    "protests",
    "quake",
    "rally",
    "recession",
    "record",
    "referendum",
    "report",
    "resolution",
    "results",
    "review",
    "revolution",
    "riots",
    "sanctions",
    "scandal",
    "school",
    "season",
    "shortfall",
    "slump",
    "storm",
    "strategy",
    "strike",
    "strikes",
    "study",
    "summit",
    "surge",
    "survey",
    "talks",
    "target",
    "targets",
    "tax",
    "total",
    "tournament",
    "treaty",
    "truce",
    "uprising",
    "visit",
    "vote",
    "war",
    "wildfire",
    "wildfires",
];

/// Does a noun that years date ("levels", "figures", "census") come next, ending its phrase?
pub fn year_dates_next(rest: &str) -> bool {
    space(rest).ok().and_then(|(r, _)| word(r).ok()).is_some_and(|(after, w)| {
        let mut buf = [0u8; 24];
        at_boundary(after) && !after.starts_with('-') && dated_by_year(lower(w, &mut buf))
    })
}

fn dated_by_year(w: &str) -> bool {
    DATED_BY_YEAR.binary_search(&w).is_ok()
}

/// Nouns of events named by their season ("the autumn statement", "the summer recess").
fn is_seasonal_event(w: &str) -> bool {
    matches!(
        w,
        "statement"
            | "budget"
            | "recess"
            | "session"
            | "sitting"
            | "term"
            | "semester"
            | "holidays"
            | "holiday"
            | "break"
            | "offensive"
            | "campaign"
            | "election"
            | "elections"
            | "games"
            | "olympics"
            | "conference"
            | "meeting"
            | "meetings"
            | "summit"
            | "review"
            | "sales"
            | "transfer"
            | "exams"
            | "harvest"
            | "festival"
            | "tour"
    )
}

fn is_event_noun(w: &str) -> bool {
    // (Not "attacks" or "bombing": "the Christmas attacks" in late December are this year's.)
    matches!(
        w,
        "war"
            | "rising"
            | "uprising"
            | "offensive"
            | "agreement"
            | "accord"
            | "accords"
            | "massacre"
            | "revolution"
            | "truce"
            | "treaty"
            | "tsunami"
            | "earthquake"
            | "protocol"
    )
}

/// Does a phrase after these words open its clause (the text's start, a stop or comma, "that")?
fn heads_a_clause(before: &str) -> bool {
    let t = before.trim_end();
    // ("In March, …": the preposition is the date's own.)
    let t = match last_word(t).as_str() {
        "in" | "on" | "at" | "during" | "by" | "from" | "until" | "till" => {
            t.trim_end_matches(|c: char| c.is_ascii_alphabetic()).trim_end()
        }
        _ => t,
    };
    // ("Starting in April, …", "Effective from 1 July …": a word of starting heads the clause
    // with its date.)
    // (Read without allocating: this runs at every date phrase.)
    let w = t.rsplit(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
    let t = if ["starting", "beginning", "effective", "commencing"].iter().any(|s| w.eq_ignore_ascii_case(s)) {
        t[..t.len() - w.len()].trim_end()
    } else {
        t
    };
    t.is_empty() || t.ends_with(['.', ',', ';', ':', '!', '?', '"', '“', '\n']) || last_word(t) == "that"
}

/// Is the first finite verb of the clause after a date past ("… it had 47,500 staff", "…, 300
/// had died")? A few words are looked at, up to the clause's end; a modal or a present form
/// first says no.
fn past_verb_follows(r: &str) -> bool {
    let clause = crate::error::first_bytes(r, 200).split(['.', ';', ':', '?', '!', '\n']).next().unwrap_or("");
    for w in clause.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty()).take(8) {
        let mut buf = [0u8; 24];
        match lower(w, &mut buf) {
            "had" | "was" | "were" | "did" => return true,
            "will" | "would" | "should" | "must" | "could" | "can" | "may" | "might" | "is" | "are" | "has"
            | "have" | "shall" => return false,
            _ => {}
        }
    }
    false
}

/// "until midday on Friday", "by 5pm on Thursday": the hour of a deadline is skipped so the
/// bound reaches its day (there is no grammar of clock times; the day is what claims compare).
fn past_time_of_day(r: &str) -> &str {
    let hour_len = match word(r) {
        Ok((_, w))
            if matches!(
                w.to_ascii_lowercase().as_str(),
                "midday" | "noon" | "midnight" | "dawn" | "dusk" | "daybreak" | "nightfall" | "lunchtime"
            ) =>
        {
            Some(w.len())
        }
        _ => super::clock_time(r).or_else(|| business_hours(r)),
    };
    match hour_len.map(|n| r[n..].trim_start_matches(' ')) {
        Some(after) => match (kw("on"), space).parse(after) {
            Ok((x, _)) => x,
            // "midday Friday", "6pm Sunday", "9am 3 March".
            Err(_)
                if weekday_word(after).is_ok()
                    || month_word(after).is_ok()
                    || after.starts_with(|c: char| c.is_ascii_digit()) =>
            {
                after
            }
            Err(_) => r,
        },
        None => r,
    }
}

/// "close of business", "the close of trading", "the end of play", "the start of the working
/// day": a time of a working day, told before the day it is of ("by close of business on
/// Friday"). Its length, if `r` opens with one.
fn business_hours(r: &str) -> Option<usize> {
    let (rest, _) = (
        opt((kw("the"), space)),
        alt((kw("close"), kw("end"), kw("start"), kw("opening"), kw("beginning"))),
        space,
        kw("of"),
        space,
        opt((kw("the"), space)),
        alt((
            kw("business"),
            kw("play"),
            kw("trading"),
            kw("polls"),
            (kw("working"), space, kw("day")).map(|_| ""),
            kw("day"),
            kw("session"),
        )),
    )
        .parse(r)
        .ok()?;
    // Only told of a day after it: "at the end of the day" alone is today's (`part_of`).
    let after = rest.trim_start_matches(' ');
    let of_a_day = (kw("on"), space).parse(after).is_ok() || weekday_word(after).is_ok();
    (at_boundary(rest) && of_a_day).then(|| r.len() - rest.len())
}

/// Is there a change ("up", "down", "rose", "fell") among the last four words, so that a
/// "from" date after them is the basis of the change rather than a start?
pub fn after_a_change(before: &str) -> bool {
    before
        .rsplit(|c: char| !c.is_ascii_alphanumeric() && c != ',' && c != '.' && c != '%')
        .filter(|w| !w.is_empty())
        .take(4)
        .any(|w| {
            let mut buf = [0u8; 24];
            let lw = lower(w, &mut buf);
            matches!(lw, "up" | "down") || super::lexicon::change_verb(lw)
        })
}

/// What the words just before a date say of its time, read once from the last six words
/// (`before` runs long) without allocating.
#[derive(Clone, Copy)]
struct Tense {
    /// "will", "expected", "'ll", a verb of planning: the date lies ahead.
    forward: bool,
    /// A verb of a timetable in the present just before the date's preposition ("the cabinet
    /// meets on 12 February", "the trial resumes on Monday"): a day to come.
    scheduled: bool,
    /// "would", "could", "might" ("said the next move would come in November"): the date may
    /// lie on either side of the time of writing, so the nearest reading is the likelier one;
    /// "would have" is a past again.
    prospect: bool,
    /// A past form of "be", "have" or "do" among the words ("had crossed by", "were identified
    /// by").
    past_auxiliary: bool,
    /// That, or a past-tense verb just before the date's preposition ("began on", "sank on"):
    /// a day written without a year is not read as one soon to come.
    past: bool,
    /// A verb of change in the past among the words ("rose by 3,500 to 147,000 by March"):
    /// what it reached was reached by then.
    changed_in_past: bool,
}

/// Verbs of a timetable, told in the present: "the court sits on Monday".
const TIMETABLE: [&str; 17] = [
    "arrives",
    "launches",
    "restarts",
    "debuts",
    "ends",
    "meets",
    "resumes",
    "begins",
    "opens",
    "closes",
    "convenes",
    "reconvenes",
    "expires",
    "sits",
    "starts",
    "reopens",
    "concludes",
];
/// Verbs of going somewhere at a set time, told in the present with their object ("appears in
/// court on Monday", "returns from recess on Monday", "goes to the polls on Sunday").
const TIMETABLE_OF_PLACES: [&str; 4] = ["appears", "appear", "returns", "goes"];
pub(crate) const TIMETABLE_BASE: [&str; 14] = [
    // "The first doses arrive in the spring".
    "arrive",
    "meet",
    "restart",
    "resume",
    "begin",
    "open",
    "close",
    "convene",
    "reconvene",
    "expire",
    "sit",
    "start",
    "reopen",
    "conclude",
];

/// Verbs in the past whose object is yet to come ("wanted no change until the spring").
const WISHES_AND_ORDERS: [&str; 16] = [
    "wanted",
    "hoped",
    "asked",
    "demanded",
    "urged",
    "promised",
    "pledged",
    "vowed",
    "proposed",
    "offered",
    "ordered",
    "requested",
    "sought",
    "planned",
    "agreed",
    "called",
];

fn tense_of(before: &str) -> Tense {
    // "The bridge reopens from 6am to 10pm on Saturday": the hours between the verb and the day
    // are no words of tense.
    let without_hours = before_hours(before);
    let before = without_hours.as_deref().unwrap_or(before);
    const FORWARD: [&str; 20] = [
        "will",
        // "Forecasters predict 30cm of snow by Sunday".
        "predict",
        "predicts",
        // "the dividend is payable on 3 October".
        "payable",
        "shall",
        "upcoming",
        "forthcoming",
        // "a hearing is listed for 12 September" (British courts' word for scheduled).
        "listed",
        "scheduled",
        "must",
        "due",
        "expected",
        "expects",
        "expect",
        "projected",
        "intends",
        "aims",
        "planned",
        "won't",
        "won’t",
    ];
    // Words that are verbs looking ahead or nouns ("cut its profit forecast on Thursday", "the
    // peace plan, agreed on Monday"): a noun is followed by a preposition, a verb of being or
    // punctuation.
    const NOUN_OR_VERB: [&str; 6] = ["forecast", "forecasts", "plan", "plans", "projects", "schedule"];
    const AFTER_A_NOUN: [&str; 21] = [
        "on", "in", "at", "for", "by", "of", "from", "with", "was", "is", "were", "are", "had", "has", "and", "or",
        "until", "till", "before", "after", "since",
    ];
    const PAST_AUXILIARY: [&str; 7] = ["was", "were", "had", "did", "wasn't", "weren't", "hadn't"];
    let is = |w: &str, list: &[&str]| list.iter().any(|x| w.eq_ignore_ascii_case(x));
    // The last sixteen words, in order: six for most cues, sixteen for a modal far back ("will
    // pay farmers up to 150 euros per hectare, with the first payments arriving before …").
    const WIDE: usize = 16;
    let mut last = [""; WIDE];
    let mut n = 0;
    // A figure is one word ("3,500", "2.5"), its commas and points inside it.
    for w in before
        .rsplit(|c: char| !c.is_alphanumeric() && !matches!(c, '\'' | '’' | ',' | '.'))
        .map(|w| w.trim_matches([',', '.']))
        .filter(|w| !w.is_empty())
        .take(WIDE)
    {
        last[WIDE - 1 - n] = w;
        n += 1;
    }
    let wide = &last[WIDE - n..];
    // Only words of the date's own sentence ("It will, officials said. Talks began in March").
    let gap_between = |a: &str, b: &str| -> &str {
        let base = before.as_ptr() as usize;
        let (a_end, b_start) = (a.as_ptr() as usize + a.len() - base, b.as_ptr() as usize - base);
        before.get(a_end..b_start).unwrap_or("")
    };
    let breaks = |g: &str| g.contains(['.', ';', ':', '!', '?']) && g.contains(char::is_whitespace);
    let cut = (1..wide.len()).rev().find(|&k| breaks(gap_between(wide[k - 1], wide[k])));
    let wide = &wide[cut.unwrap_or(0)..];
    let words = &wide[wide.len().saturating_sub(6)..];
    // ("The plant, due to close, cut 300 jobs in March": an aside between commas looks ahead
    // for its noun, not for the verb after it.)
    // (The first comma of the sentence and the last before the date, found once, and only for
    // a word that looks ahead.)
    let commas = std::cell::OnceCell::new();
    let in_aside = |w: &str| {
        let (first, last) = *commas.get_or_init(|| {
            let sentence_from = wide.first().map_or(0, |w| w.as_ptr() as usize - before.as_ptr() as usize);
            let first = before.get(sentence_from..).and_then(|t| t.find(',')).map(|n| sentence_from + n);
            (first, first.and_then(|_| before.rfind(',')))
        });
        let start = w.as_ptr() as usize - before.as_ptr() as usize;
        matches!((first, last), (Some(f), Some(l)) if f < start && start + w.len() <= l)
    };
    let looks_ahead = |k: usize, w: &str| {
        if w.ends_with("'ll") || w.ends_with("’ll") {
            return true;
        }
        // ("40% more than planned, its operator said on Sunday", "as expected": a plan or a
        // forecast a figure is compared with was made before.)
        if k > 0 && matches!(words[k - 1].len(), 2 | 4) && is(words[k - 1], &["than", "as"]) {
            return false;
        }
        if is(w, &NOUN_OR_VERB) {
            // Punctuation right after the word (the words are slices of `before`) ends a noun.
            let end = w.as_ptr() as usize - before.as_ptr() as usize + w.len();
            let punct_after = before[end..].starts_with([',', ';', ':', '.', ')', '—', '–']);
            // ("the plan unveiled on Tuesday", "the forecast published on Monday": a participle
            // after it describes the noun.)
            let noun_next = words.get(k + 1).is_some_and(|next| {
                is(next, &AFTER_A_NOUN) || next.len() > 4 && next.to_ascii_lowercase().ends_with("ed")
            });
            return !(noun_next || punct_after);
        }
        // "is set to rule on Friday", "is poised to", "is slated to": bound to come.
        // ("households are to receive €300 in December", "the plant is to close in June".)
        let bound_to = is(w, &["set", "poised", "slated"]) && words.get(k + 1).is_some_and(|n| is(n, &["to", "for"]))
            || is(w, &["is", "are"]) && words.get(k + 1).is_some_and(|n| is(n, &["to"]));
        // "The companies hope to complete the deal between July and September": a hope, an aim
        // or a bid to do something is of what is to come ("hopes faded in March" is not).
        let hope_to =
            is(w, &["hope", "hopes", "hoping", "aim", "aiming", "intend", "intending", "seek", "seeks", "seeking"])
                && words.get(k + 1).is_some_and(|n| is(n, &["to"]));
        is(w, &FORWARD) || bound_to || hope_to
    };
    let forward = words.iter().enumerate().any(|(k, w)| looks_ahead(k, w) && !in_aside(w));
    let mut perfect = false;
    let mut prospect = false;
    for w in words.iter().rev() {
        if w.eq_ignore_ascii_case("have") {
            perfect = true;
        } else if is(w, &["would", "could", "might"]) || *w == "may" {
            // (Only a small "may" is the modal: "in May" is the month.)
            prospect = !perfect;
            break;
        }
    }
    let past_auxiliary = words.iter().any(|w| is(w, &PAST_AUXILIARY));
    // "most likely in late January", "probably in March": a guess, on either side of now
    // ("was likely in March" is told of the past).
    let guessed = words.iter().any(|w| is(w, &["likely", "unlikely", "probably", "possibly", "perhaps"]))
        && !past_auxiliary
        && !perfect;
    // "supply would rise by up to 400,000 barrels a day from December", "will hire some 3,500
    // extra nurses across the country in March": a modal further back, in the same sentence,
    // with no past form between it and the date.
    // (Within the clause: "will meet on Thursday, the first talks since Sept. 20".)
    let far = &wide[..wide.len() - words.len()];
    // ("… will pay farmers, with the first payments arriving before Christmas": a clause of
    // "with" and a participle takes the tense of the clause it hangs on.)
    let clause_from = (1..wide.len()).rev().find(|&k| {
        gap_between(wide[k - 1], wide[k]).contains([',', '(', ')', '—']) && !wide[k].eq_ignore_ascii_case("with")
    });
    let far_modal =
        far.iter().enumerate().rev().take_while(|(k, _)| clause_from.is_none_or(|c| *k >= c)).find_map(|(k, w)| {
            // ("Forecasters expect the winds to ease after 8pm but pick up on Friday".)
            // ("plans to open 30 stores before the end of its financial year in February".)
            let plans_to = || {
                far.get(k + 1).is_some_and(|n| is(n, &["to"]))
                    && is(w, &["plans", "plan", "intends", "aims", "set", "due", "poised", "slated", "expected"])
            };
            (is(w, &["will", "shall", "would", "could", "might", "expect", "expects"])
                || *w == "may"
                || w.ends_with("'ll")
                || w.ends_with("’ll")
                || plans_to())
            .then(|| (k, w.to_ascii_lowercase()))
        });
    // The verb just before the date's preposition, if the last word is one.
    let prepositions = ["on", "in", "by", "at", "since", "until", "till", "from", "during", "into"];
    let verb = match words {
        [.., v, p] if is(p, &prepositions) => Some(*v),
        [.., v] => Some(*v),
        [] => None,
    };
    let mut buf = [0u8; 24];
    let verb = verb.map(|v| lower(v, &mut buf));
    let at_a_time = matches!(words.last(), Some(p) if is(p, &["on", "in", "at", "from", "until", "till"]));
    // "Talks resume on Friday", "polls close on Sunday", "the match kicks off on Saturday": a
    // timetable in the present, plural or phrasal (not "agreed to meet on Friday", "did not
    // open on Monday").
    let base_timetable = match words {
        [.., b, v, p] | [.., b, v, _, p] if is(p, &["on", "in", "at", "from"]) && is(v, &TIMETABLE_BASE) => {
            !is(b, &["to", "did", "didn't", "didn’t", "not", "never", "would", "could", "might", "should"])
        }
        [.., v, o, p] if is(p, &["on", "at"]) && is(o, &["off"]) => is(v, &["kicks", "kick", "gets", "get"]),
        // "Nurses strike on Friday", "Doctors walk out on Monday": industrial action after a
        // plural subject ("the strike on Friday" is a noun's).
        [.., n, v, p] | [.., n, v, "out", p]
            if is(p, &["on", "in", "at", "from"])
                && is(v, &["strike", "walk"])
                && (is(v, &["strike"]) || words.ends_with(&["out", p])) =>
        {
            n.len() > 3 && n.ends_with('s') && !is(n, &["was", "has", "this", "its", "does", "plans", "threats"])
        }
        // "The vote takes place on the second Sunday of March", "The ban takes effect in May",
        // "The law comes into force on 1 January".
        [.., b, v, o, p] if is(p, &["on", "in", "at", "from"]) && is(o, &["place", "effect"]) => {
            is(v, &["takes", "take"])
                && !is(b, &["to", "did", "didn't", "didn’t", "not", "never", "would", "could", "might"])
        }
        [.., v, _, o, p] if is(p, &["on", "in", "at", "from"]) && is(o, &["force", "effect"]) => {
            is(v, &["comes", "come", "goes", "go"])
        }
        // "The vote closes at 16h on Friday", "The search resumes at first light on Tuesday": a
        // time of day between the verb and the day.
        [.., v, a, _, p] | [.., v, a, _, _, p] if is(a, &["at", "by"]) && is(p, &["on"]) => {
            is(v, &TIMETABLE) || is(v, &TIMETABLE_BASE)
        }
        _ => false,
    };
    // "Dorn begins her second four-year term on 6 January": the timetable's object between the
    // verb and the day (with no past form or auxiliary among the words).
    let near8 = &wide[wide.len().saturating_sub(8)..];
    // ("The fund closes to new applicants on Friday", "appears in court on Monday": a "to"
    // after the verb is its object's; one before it makes an infinitive, "agreed to meet".)
    let timetable_at = near8
        .split_last()
        .and_then(|(_, before_it)| before_it.iter().rposition(|w| is(w, &TIMETABLE) || is(w, &TIMETABLE_OF_PLACES)));
    // ("Voters go to the polls on Sunday": the plain form after a plural subject.)
    let timetable_at = timetable_at.or_else(|| {
        near8.split_last().and_then(|(_, before_it)| {
            before_it.iter().enumerate().rposition(|(k, w)| {
                is(w, &["go", "return", "appear"])
                    && k > 0
                    && before_it[k - 1].len() > 3
                    && before_it[k - 1].ends_with('s')
                    && !is(before_it[k - 1], &["was", "has", "this", "its"])
            })
        })
    });
    let timetable_with_object = at_a_time
        && timetable_at.is_some_and(|k| {
            !near8[..=k].iter().any(|w| is(w, &["to", "did", "not", "never", "would", "could"]))
                && !near8.iter().any(|w| is(w, &PAST_AUXILIARY))
        });
    let scheduled = (at_a_time && verb.is_some_and(|v| TIMETABLE.contains(&v))) || base_timetable;
    // A past form: "-ed" (not "expected", "scheduled", "planned", "slated", which look ahead)
    // or an irregular past.
    // ("died", "used", "owed": four letters will do, but not "need" or "seed".)
    let is_past_form = |w: &str| {
        let mut buf = [0u8; 24];
        let w = lower(w, &mut buf);
        let short_ed = w.len() == 4 && w.ends_with("ed") && !w[1..].starts_with('e');
        ((w.len() > 4 || short_ed) && w.ends_with("ed") && !FORWARD.contains(&w) && w != "slated")
            || super::lexicon::IRREGULAR_PAST.binary_search(&w).is_ok()
    };
    // ("Engineers had restored supplies to all but 18,000 by Saturday night": a pluperfect
    // further back in the clause, with nothing looking ahead after it.)
    let own_clause_words = &wide[clause_from.unwrap_or(0)..];
    let pluperfect = own_clause_words.windows(2).enumerate().any(|(k, w)| {
        is(w[0], &["had", "hadn't"])
            && is_past_form(w[1])
            && !own_clause_words[k + 2..].iter().any(|x| is(x, &FORWARD) || is(x, &["would", "could", "might"]))
    });
    let past_auxiliary = past_auxiliary || pluperfect;
    // "the storm hit on 15 March": a verb whose past is its present form is past unless a
    // modal, "to" or "do" stands before it ("is expected to hit on 15 March").
    let same_form_past = match words {
        [.., b, v, p] if is(p, &prepositions) => is(v, &SAME_FORM_PAST) && !is(b, &BEFORE_A_BARE_VERB),
        _ => false,
    };
    // "took office on 12 January", "sold 300 homes in May", "won re-election on 2 November": a
    // past verb and its bare object before the date's preposition (not an adjective after its
    // article, "a delayed vote on", nor a plan, "agreed to hold talks on"). An object with an
    // article may be an event the date belongs to ("confirmed a nationwide strike on 24 April"
    // is a strike to come).
    // ("wanted no change until the spring", "ordered schools shut until Monday": a wish or an
    // order in the past is of what is to come.)
    let done_with_object = |w: &str| is_past_form(w) && !is(w, &WISHES_AND_ORDERS);
    // ("Crews restored power by Saturday": the date's own bound word is its preposition.)
    let past_with_object = match words {
        [.., p] if is(p, &prepositions) || words.len() >= 2 => {
            let n = if is(p, &prepositions) { words.len() } else { words.len() + 1 };
            (n.saturating_sub(5)..n.saturating_sub(2)).any(|k| {
                done_with_object(words[k])
                    && !(k > 0 && is(words[k - 1], &["a", "an", "the", "its", "their", "this", "that"]))
                    && !words[k + 1..n - 1].iter().any(|w| {
                        is(w, &BEFORE_A_BARE_VERB)
                            || is(w, &FORWARD)
                            || is(w, &["a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these"])
                    })
            })
        }
        _ => false,
    };
    // ("The road is closed until Thursday", "the border remains shut until Monday": a
    // participle after a copula in the present is a state now, no past.)
    let copula = |b: &str| is(b, &["is", "are", "remains", "remain", "stays", "stay"]);
    let present_state = match words {
        [.., b, _, p] if is(p, &prepositions) => copula(b),
        [.., b, _] => copula(b),
        _ => false,
    };
    let past_verb = verb.is_some_and(is_past_form) && !present_state || same_form_past || past_with_object;
    // The words of the date's own clause ("the man, who was arrested on Saturday, appears in
    // court on Monday": the relative clause's past is not the verb's).
    let own_clause = &wide[clause_from.unwrap_or(0)..];
    let own8 = &own_clause[own_clause.len().saturating_sub(8)..];
    let timetable_with_object = timetable_with_object
        || at_a_time
            && timetable_at.is_some()
            && own8.len() < near8.len()
            && own8.iter().any(|w| is(w, &TIMETABLE) || is(w, &TIMETABLE_OF_PLACES))
            && !own8.iter().any(|w| is(w, &PAST_AUXILIARY) || is(w, &["to", "did", "not", "never", "would", "could"]));
    // "The company holds its annual meeting on Thursday", "The president travels to Paris on
    // Thursday": a verb in the present with its object before a day is a day to come (a noun
    // in "-s" takes no article or "to" after it: "Protests on Monday drew thousands").
    let present_with_object = at_a_time
        && own_clause.len() >= 2
        // (The first word of a clause set off by a comma may be the verb: its subject is before
        // the relative clause.)
        && (usize::from(clause_from.is_none())..own_clause.len() - 1).any(|k| {
            let (w, next) = (own_clause[k], own_clause[k + 1]);
            let prev = if k == 0 { "" } else { own_clause[k - 1] };
            let mut buf = [0u8; 24];
            let lw = lower(w, &mut buf);
            lw.len() > 3
                && lw.ends_with('s')
                && !lw.ends_with("ss")
                && !lw.ends_with("ous")
                // (A change in the present is a headline's, either side of now: above.)
                && !super::lexicon::change_verb(lw)
                && !matches!(lw, "this" | "thus" | "plus" | "news" | "series" | "always" | "perhaps" | "whereas" | "besides")
                && is(next, &["its", "the", "a", "an", "his", "her", "their", "to", "before"])
                && !is(prev, &["the", "a", "an", "of", "in", "on", "for", "with", "its", "their", "his", "her", "this", "that", "these", "those", "and", "or"])
                && !prev.starts_with(|c: char| c.is_ascii_digit())
                // (No past form anywhere: "ordered the rail crossings to the north to be torn
                // down in September" has a noun in "-s".)
                && !own_clause.iter().any(|x| is_past_form(x))
        })
        && !own_clause.iter().any(|w| is(w, &PAST_AUXILIARY) || is(w, &["did", "not", "never", "would", "could"]))
        // (The clause may run back past the twelve words.)
        && !crate::error::last_bytes(before, 160)
            .rsplit(['.', ',', ';', ':', '!', '?', '\n'])
            .next()
            .unwrap_or("")
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| !w.is_empty() && is_past_form(w));
    let scheduled = scheduled || timetable_with_object && !own8.iter().any(|w| is_past_form(w)) || present_with_object;
    // "the number rose by 3,500 to 147,000 by March": a change told in the past, its figures
    // between the verb and the date.
    let changed_in_past = words.iter().any(|w| {
        let mut buf = [0u8; 24];
        let lw = lower(w, &mut buf);
        super::lexicon::change_verb(lw) && is_past_form(lw)
    });
    // "Pensions rise 4.2% in January", "Inflation rises to 3.8% in September": a change told
    // in the present before its date is a headline's, of the month just gone or of one to
    // come; the nearer reading is the likelier (with no past form among the words).
    // (The flags first, and only before a preposition of time: the words are lower-cased one
    // by one.)
    let changed_in_present = at_a_time
        && !past_auxiliary
        && !perfect
        && words.iter().enumerate().any(|(k, w)| {
            let mut buf = [0u8; 24];
            let lw = lower(w, &mut buf);
            if !super::lexicon::change_verb(lw) || is_past_form(lw) || lw.ends_with("en") {
                return false;
            }
            // ("Pensions rise": the plain form after a plural subject; "a rise" is a noun.)
            // ("water bills, which rise 7% on July 1": a relative pronoun standing for them.)
            let plural_subject = k > 0 && {
                let p = words[k - 1];
                p.len() > 3 && p.ends_with('s') && !p.ends_with("ss") && !is(p, &["this", "thus", "its", "was", "has"])
                    || is(p, &["which", "that"]) && k > 1 && gap_between(words[k - 2], p).contains(',')
            };
            lw.ends_with('s') && !lw.ends_with("ss") || plural_subject
        })
        && !words.iter().any(|w| is_past_form(w));
    // "a 60% chance of a cut in December", "hopes of a deal by March": what has a chance
    // lies ahead, unless the words are of the past ("missed a chance in December").
    let of_a_prospect =
        words.iter().any(|w| is(w, &PROSPECT_NOUNS)) && !past_auxiliary && !words.iter().any(|w| is_past_form(w));
    // "if the walkout continues into mid-November": going on into a time, told in the
    // present, goes into one to come ("the strike dragged into November" is past, as is
    // "overnight into Tuesday").
    let going_on_into = matches!(words, [.., v, p] if p.eq_ignore_ascii_case("into") && is(v, &GOING_ON));
    // "Fares to rise 4.6% from March", "Plant to close in June": "to" and a bare verb of change
    // or timetable, with no past before it, is a plan (as headlines write one); "began to rise
    // in March" is past.
    let to_come = words.windows(2).any(|p| {
        is(p[0], &["to"])
            && (is(p[1], &TIMETABLE_BASE)
                || is(
                    p[1],
                    &[
                        "rise", "fall", "increase", "climb", "drop", "double", "grow", "cut", "end", "return", "shut",
                        "strike",
                    ],
                ))
            && !in_aside(p[0])
    }) && !past_auxiliary
        && !words.iter().any(|w| is_past_form(w));
    // "three days of mourning starting on Wednesday": a period announced to start, with no
    // past form before it, starts ahead.
    // ("The strike, starting on Monday, lasted three days": set off, it may lead a past.)
    let starting = matches!(words, [.., n, v, p] if is(p, &["on", "from"])
            && is(v, &["starting", "beginning", "effective", "commencing"])
            && !gap_between(n, v).contains([',', '(', '—', '–']))
        && !past_auxiliary
        && !words.iter().any(|w| is_past_form(w));
    // "before a cooler air mass arrives at the weekend", "once the bill passes in March": in a
    // clause of time, English tells what is to come in the present.
    let in_a_clause_of_time = matches!(words, [.., v, p] if is(p, &prepositions)
            && (is(v, &TIMETABLE) || is(v, &ARRIVES)))
        && wide[wide.len().saturating_sub(9)..]
            .iter()
            .any(|w| is(w, &["before", "until", "till", "once", "when", "unless"]))
        && !past_auxiliary
        && !words.iter().any(|w| is_past_form(w));
    // "a cut at the next meeting in August": the next of some event is still to come ("the
    // next day in March" counts days in a story told).
    // ("The next match is at home to City on Saturday": up to ten words of the date's own
    // clause, none of them a past form.)
    let clause10 = &own_clause_words[own_clause_words.len().saturating_sub(10)..];
    let next_event = clause10.windows(2).any(|p| {
        let mut buf = [0u8; 24];
        is(p[0], &["next"])
            && unit_word(p[1]).is_err()
            && super::lexicon::period_noun(lower(p[1], &mut buf)).is_none()
            && !is(p[1], &["morning", "afternoon", "evening", "night", "time", "moment", "few", "two", "three"])
    }) && !past_auxiliary
        && !clause10.iter().any(|w| is_past_form(w) || is(w, &PAST_AUXILIARY));
    // (A participle after "be" is passive, no past: "will be held on 2.5 acres in March"; nor
    // is "aged" before an age: "will be offered to children aged nine to 16 from January".)
    let far_modal = far_modal.filter(|(k, _)| {
        let after = &wide[k + 1..];
        !after.iter().enumerate().any(|(j, w)| {
            let passive = j > 0 && is(after[j - 1], &["be", "been", "being"]) || w.eq_ignore_ascii_case("aged");
            (is_past_form(w) && !passive) || is(w, &PAST_AUXILIARY) || w.eq_ignore_ascii_case("have")
        }) && !forward
            && !prospect
    });
    let far_forward =
        far_modal.as_ref().is_some_and(|(_, m)| !matches!(m.as_str(), "would" | "could" | "might" | "may"));
    let prospect = prospect
        || (far_modal.is_some() && !far_forward)
        || guessed && !words.iter().any(|w| is_past_form(w))
        || changed_in_present;
    Tense {
        forward: forward
            || of_a_prospect
            || going_on_into
            || next_event
            || starting
            || far_forward
            || to_come
            || in_a_clause_of_time,
        scheduled,
        prospect,
        past_auxiliary,
        changed_in_past,
        past: past_auxiliary || past_verb || changed_in_past,
    }
}

/// `before` without the hours it ends in, if it does: "reopens from 6am to 10pm on " →
/// "reopens on ", "between 9:40am and 2:30pm " → "".
fn before_hours(before: &str) -> Option<String> {
    let trimmed = before.trim_end_matches(' ');
    // (The date's preposition may stand after the hours.)
    let (hours, preposition) = match trimmed.rsplit_once(' ') {
        Some((h, "on" | "at" | "in" | "On" | "At" | "In")) => (h, &before[h.len()..]),
        _ => (trimmed, &before[trimmed.len()..]),
    };
    // (Most text ends in no time of day: only a figure, "am"/"pm", "noon" or a zone ends one.)
    let end = hours.as_bytes();
    let clock_end = end.last().is_some_and(u8::is_ascii_digit)
        || [
            b"am".as_slice(),
            b"pm",
            b"a.m.",
            b"p.m.",
            b"noon",
            b"night",
            b"midday",
            b"gmt",
            b"utc",
            b"bst",
            b"est",
            b"edt",
            b"cet",
        ]
        .iter()
        .any(|t| end.len() >= t.len() && end[end.len() - t.len()..].eq_ignore_ascii_case(t));
    if !clock_end {
        return None;
    }
    let tail = hours.len().saturating_sub(40);
    for lead in [" from ", " between "] {
        let Some(at) = hours.get(tail..).and_then(|t| t.rfind(lead)).map(|n| tail + n) else { continue };
        if super::time_of_day_length(hours, at + lead.len()).is_some_and(|e| e.span.end == hours.len()) {
            return Some(format!("{}{preposition}", &before[..at]));
        }
    }
    None
}

/// Verbs of something reaching its time, in the present: "until the team returns in May".
const ARRIVES: [&str; 9] = ["arrives", "reaches", "returns", "leaves", "lands", "hits", "passes", "comes", "expires"];

/// Verbs whose past is written as their present, told as past after a subject.
const SAME_FORM_PAST: [&str; 7] = ["hit", "cut", "quit", "shut", "spread", "burst", "split"];

/// Words after which a verb is bare, not past: modals, "to", "do".
const BEFORE_A_BARE_VERB: [&str; 15] = [
    "to", "will", "would", "could", "might", "may", "can", "shall", "should", "must", "did", "does", "do", "not",
    "cannot",
];

/// Verbs of going on, in the present, and "well": "into" a time after them goes into one to come.
const GOING_ON: [&str; 24] = [
    "continue",
    "continues",
    "continuing",
    "run",
    "runs",
    "running",
    "stretch",
    "stretches",
    "extend",
    "extends",
    "last",
    "lasts",
    "drag",
    "drags",
    "go",
    "goes",
    "spill",
    "spills",
    "carry",
    "carries",
    "push",
    "pushes",
    "well",
    "persist",
];

/// Nouns of what may come: a date after them lies ahead.
const PROSPECT_NOUNS: [&str; 11] = [
    "chance",
    "chances",
    "odds",
    "likelihood",
    "probability",
    "prospect",
    "prospects",
    "hopes",
    "bets",
    "risk",
    "fears",
];

/// Words that set what follows against all that came before: "the first rise", "the highest level".
/// ("most" and "least" are left out: "most people will leave in two weeks".)
const FIRSTS_AND_SUPERLATIVES: [&str; 39] = [
    "best",
    "biggest",
    "busiest",
    "cheapest",
    "coldest",
    "deadliest",
    "deepest",
    "driest",
    "fastest",
    "fewest",
    "first",
    "greatest",
    "hardest",
    "heaviest",
    "highest",
    "hottest",
    "largest",
    "longest",
    "loudest",
    "lowest",
    "mildest",
    "quickest",
    "quietest",
    "sharpest",
    "shortest",
    "slowest",
    "smallest",
    "softest",
    "steepest",
    "strongest",
    "sunniest",
    "tightest",
    "warmest",
    "weakest",
    "wettest",
    "widest",
    "windiest",
    "worst",
    "youngest",
];

/// Whether a first or a superlative stands at most two words before the phrase in its own
/// clause ("the first increase", "the lowest in", "their highest level"), with no verb of
/// its own between ("the biggest airport will open in five years" is still ahead).
fn measured_against_the_past(before: &str) -> bool {
    // rsplit walks from the end and stops after three words: no look further back.
    for (k, w) in before.trim_end().rsplit(' ').enumerate() {
        if k > 2 || w.is_empty() || w.ends_with([',', ';', ':', '.', '(', ')']) {
            return false;
        }
        let mut buf = [0u8; 24];
        let w = lower(w, &mut buf);
        if FIRSTS_AND_SUPERLATIVES.binary_search(&w).is_ok() {
            return true;
        }
        if matches!(
            w,
            "will"
                | "would"
                | "is"
                | "are"
                | "be"
                | "to"
                | "could"
                | "can"
                | "may"
                | "might"
                | "must"
                | "expected"
                | "due"
                | "set"
                | "scheduled"
                | "planned"
                | "likely"
        ) {
            return false;
        }
    }
    false
}

pub fn last_word(before: &str) -> String {
    before.trim_end().rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("").to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_tables_are_sorted_for_binary_search() {
        assert!(DATED_BY_YEAR.is_sorted());
        assert!(FIRSTS_AND_SUPERLATIVES.is_sorted());
        assert!(super::super::lexicon::IRREGULAR_PAST.is_sorted());
    }

    fn ctx(r: &str) -> DateContext {
        DateContext { reference: Some(r.parse().unwrap()), ..Default::default() }
    }

    fn resolve(text: &str, r: &str) -> String {
        let (rest, hit) = date_phrase(text, "", &ctx(r)).unwrap();
        assert!(rest.is_empty(), "{text:?} left {rest:?}");
        match hit.resolved {
            Resolved::Span(s) => format!("{}..={}", s.start, s.end),
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn design_examples_resolve_against_tuesday_22_october_2024() {
        let r = "2024-10-22";
        assert_eq!(resolve("Friday", r), "2024-10-18..=2024-10-18");
        assert_eq!(resolve("June", r), "2024-06-01..=2024-06-30");
        assert_eq!(resolve("last summer", r), "2024-06-21..=2024-09-22");
        assert_eq!(resolve("earlier this month", r), "2024-10-01..=2024-10-22");
        assert_eq!(resolve("last week", r), "2024-10-14..=2024-10-20");
        assert_eq!(resolve("next week", r), "2024-10-28..=2024-11-03");
        assert_eq!(resolve("since August", r), "2024-08-01..=2024-10-22");
        assert_eq!(resolve("18 October", r), "2024-10-18..=2024-10-18");
        // A day written without a year and soon to come is this year's, as DESIGN §3 has it;
        // told in the past tense, or further ahead, it is last year's.
        assert_eq!(resolve("28 October", r), "2024-10-28..=2024-10-28");
        assert_eq!(resolve("15 January", r), "2024-01-15..=2024-01-15");
        assert_eq!(resolve("30 December", r), "2023-12-30..=2023-12-30");
        assert_eq!(resolve("Dec 19, 2024", r), "2024-12-19..=2024-12-19");
        assert_eq!(resolve("19 June 2024", r), "2024-06-19..=2024-06-19");
        assert_eq!(resolve("2024-06-19", r), "2024-06-19..=2024-06-19");
        assert_eq!(resolve("the 1990s", r), "1990-01-01..=1999-12-31");
    }

    #[test]
    fn relative_forms_from_real_reporting() {
        let r = "2024-10-30"; // a Wednesday
        assert_eq!(resolve("between Tuesday and Sunday of last week", r), "2024-10-22..=2024-10-27");
        assert_eq!(resolve("November of last year", r), "2023-11-01..=2023-11-30");
        assert_eq!(resolve("since October last year", r), "2023-10-01..=2024-10-30");
        assert_eq!(resolve("on Wednesday".trim_start_matches("on "), r), "2024-10-30..=2024-10-30");
        assert_eq!(resolve("by 1 November", r), "2024-11-01..=2024-11-01");
    }

    #[test]
    fn impossible_day_is_invalid() {
        let (_, hit) = date_phrase("31 June", "", &ctx("2024-10-22")).unwrap();
        assert_eq!(hit.resolved, Resolved::Invalid);
    }

    #[test]
    fn last_summer_a_year_on_is_the_new_summer() {
        assert_eq!(resolve("last summer", "2025-10-02"), "2025-06-21..=2025-09-22");
        assert_eq!(resolve("last summer", "2025-07-02"), "2024-06-21..=2024-09-22");
    }
}
