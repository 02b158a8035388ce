//! Stage 2: find numeric and temporal expressions in text and normalise each to an interval.
//!
//! The scanner is a pure function of the text and a [`DateContext`]. For speed it never runs a
//! parser on ordinary words: it walks word starts, and only digits, currency signs and words in
//! the trigger lexicon start a parse. Every candidate parser runs and the longest reading wins.

pub mod calendar;
pub mod date;
pub mod expr;
pub mod lexicon;
pub mod number;

use std::sync::LazyLock;

use nom::IResult;
use nom::Parser;
use nom::branch::alt;

pub use date::{DateContext, Prefer, Resolved, SeasonModel};
pub use expr::{DateSpan, DurationUnit, Expression, Grain, Hedge, Interval, Kind, Malformed};

use date::date_phrase;
use lexicon::{
    CURRENCY_SYMBOLS, PREFIX_HEDGES, SUFFIX_HEDGES, currency_word, duration_unit, iso_code, period_adverb, period_noun,
    vague_plural,
};
use number::{Num, at_boundary, gap, kw, number, ordinal, phrase, skip_word, space, word};

/// Default tolerance for "about X" when no rule says otherwise (DESIGN §2: ±10 %).
pub const DEFAULT_TOLERANCE: f64 = 0.10;

/// Scans `text` and returns its expressions in order of position.
/// The dates a text has named, as the scan reads it.
#[derive(Default)]
struct DatesNamed {
    /// The last.
    last: Option<DateSpan>,
    /// The four before it, most recent first: "the previous quarter" after "last year" is told
    /// from the quarter named before the year.
    earlier: Vec<DateSpan>,
    /// Whether a sentence has ended since the last (a full stop and a space, or a line break),
    /// read up to `checked_to` once as the scan moves on.
    elsewhere: bool,
    checked_to: usize,
    /// Whether a paragraph has ended since the last (a blank line), read up to
    /// `paragraph_checked_to` the same way.
    paragraph_ended: bool,
    paragraph_checked_to: usize,
}

impl DatesNamed {
    fn named(&mut self, s: DateSpan, end: usize) {
        if let Some(a) = self.last.replace(s) {
            self.earlier.insert(0, a);
            self.earlier.truncate(4);
        }
        (self.checked_to, self.elsewhere) = (end, false);
        (self.paragraph_checked_to, self.paragraph_ended) = (end, false);
    }

    /// Where the last date was named, seen from `i`.
    fn anchor_at(&mut self, text: &str, i: usize) -> date::AnchorAt {
        if !self.sentence_ended_before(text, i) {
            date::AnchorAt::ThisSentence
        } else if self.paragraph_ended_before(text, i) {
            date::AnchorAt::EarlierParagraph
        } else {
            date::AnchorAt::EarlierSentence
        }
    }

    fn paragraph_ended_before(&mut self, text: &str, i: usize) -> bool {
        if !self.paragraph_ended && self.paragraph_checked_to < i {
            // (From a byte back: the blank line may start on the last line's break.)
            let from = self.paragraph_checked_to.saturating_sub(1);
            let gap = text.get(from..i).or_else(|| text.get(self.paragraph_checked_to..i)).unwrap_or("");
            self.paragraph_ended = self.last.is_some() && gap.contains("\n\n");
            self.paragraph_checked_to = i;
        }
        self.paragraph_ended
    }

    fn sentence_ended_before(&mut self, text: &str, i: usize) -> bool {
        if !self.elsewhere && self.checked_to < i {
            // (From a byte back: a full stop may end the date's text.)
            let from = self.checked_to.saturating_sub(1);
            let gap = text.get(from..i).or_else(|| text.get(self.checked_to..i)).unwrap_or("");
            self.elsewhere = gap.contains(". ") || gap.contains('\n');
            self.checked_to = i;
        }
        self.elsewhere
    }
}

pub fn scan(text: &str, ctx: &DateContext) -> Vec<Expression> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    // The dates named so far, which "the next day" and "two days later" count from.
    let mut dates = DatesNamed::default();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let at_word_start = i == 0 || (text.is_char_boundary(i) && !follows_word(text, i));
        if !at_word_start {
            // "R1,500", "B2.5": a figure glued to letters is skipped whole, so its tail after
            // the separator is not read as a figure of its own ("500", "5").
            i = if b.is_ascii_digit() { figure_tail_end(bytes, i, false) } else { i + 1 };
            continue;
        }
        let candidate = if b.is_ascii_alphabetic() {
            let end = i + bytes[i..].iter().take_while(|c| c.is_ascii_alphabetic()).count();
            let w = &text[i..end];
            let triggers = (TRIGGER_CACHE.with_borrow_mut(|cache| cache.is_trigger(w))
                && (!lead_only(w) || next_continues(text, end)
                    // ("half a mile", "half a per cent": a unit the article's test above does
                    // not know.)
                    || w.eq_ignore_ascii_case("half") && number::of_one_unit(&text[end..]).is_some()))
                // "year-to-date sales": a unit word glued to "-to-date".
                || text[end..].starts_with("-to-date")
                // ("Year to date, sales are up 4%".)
                || text.get(end..end + 8).is_some_and(|t| t.eq_ignore_ascii_case(" to date"))
                    && matches!(w.to_ascii_lowercase().as_str(), "year" | "month" | "quarter" | "week")
                // "year-end", "month-end".
                || (text[end..].starts_with("-end") && matches!(w, "year" | "month" | "quarter"));
            if triggers || lexicon::opens_by_next_word(w, || next_word(text, end)) {
                true
            } else {
                i = end;
                continue;
            }
        } else {
            b.is_ascii_digit()
                || matches!(b, b'$' | b'~' | b'<' | b'>' | b'\'')
                || (b == b'=' && matches!(bytes.get(i + 1), Some(b'<' | b'>')))
                || (b >= 0xC0 && text.is_char_boundary(i) && text[i..].chars().next().is_some_and(starts_figure))
                || (matches!(b, b'-' | b'.') && starts_signed(bytes, i) && separated_groups(text, i + 1).is_none())
        };
        // "3:30 p.m.", "0600 GMT": a clock time is no quantity and no day; its digits are
        // skipped so they do not come out as counts. Nor are "24/7" and "9/11".
        if b.is_ascii_digit() {
            // "from 9:40am until 2:30pm": the two times of day give a length.
            if let Some(e) = time_of_day_length(text, i) {
                i = e.span.end;
                out.push(e);
                continue;
            }
            if let Some(e) = race_time(text, i) {
                i = e.span.end;
                out.push(e);
                continue;
            }
            let name = lexicon::SLASH_NAMES
                .iter()
                .find(|n| {
                    text[i..].starts_with(**n)
                        && !text[i + n.len()..].starts_with(|c: char| c.is_ascii_digit() || c == '/')
                })
                .map(|n| n.len());
            if let Some(len) = clock_time(&text[i..])
                .or(name)
                .or_else(|| split_ratio(&text[i..]))
                .or_else(|| hour_told(&text[..i], &text[i..]))
            {
                i += len;
                continue;
            }
        }
        // "192.168.1.2", "650-650-6500", "three-nought-four": figures read out one by one.
        if candidate || b.is_ascii_digit() {
            if let Some(groups) = separated_groups(text, i) {
                let end = groups.last().map_or(i, |g| g.end);
                // A date written with separators is still a date: "2018-05-17", "10-1-2018".
                let date = parse_at(text, i, ctx).filter(|e| e.kind == Kind::Date && e.span.end >= end);
                match date {
                    Some(e) => {
                        if let Some(d) = e.date {
                            dates.named(d, e.span.end);
                        }
                        i = e.span.end;
                        out.push(e);
                    }
                    None => {
                        out.extend(groups.into_iter().filter_map(|g| {
                            let (_, mut e) = quantity(&text[g.clone()], "")?;
                            e.span = g;
                            Some(e)
                        }));
                        i = end;
                    }
                }
                continue;
            }
        }
        // "a margin of error of plus or minus 3 points", "±2%": a tolerance on no figure of its
        // own is no quantity (nor minus three).
        if candidate && free_tolerance(text, i) {
            if let Some((rest, _)) = quantity(text[i..].strip_prefix("minus").map_or(&text[i..], str::trim_start), "") {
                i = text.len() - rest.len();
                continue;
            }
        }
        // "COVID-19", "grade-6.1": the whole figure is part of the name, decimals included
        // (the "1" after the point was read as a figure of its own).
        if candidate && glued_to_word(bytes, i) {
            i = figure_tail_end(bytes, i, true);
            continue;
        }
        if candidate {
            // "at half past nine": a time of day, no half and no count.
            if let Some(n) = past_the_hour(&text[i..]) {
                i += n;
                continue;
            }
            // "The next day", "two days later": counted from the last date the text named.
            let anchor_at = dates.anchor_at(text, i);
            let elsewhere = anchor_at != date::AnchorAt::ThisSentence;
            if let Some((rest, res, bound)) =
                date::hedged_anaphoric_date(&text[i..], &text[..i], dates.last, &dates.earlier, anchor_at, ctx)
            {
                let mut e = Expression::new(i..text.len() - rest.len(), Kind::Date);
                if let Resolved::Span(s) = res {
                    e.date = Some(s);
                    e.date_bound = bound;
                    if bound.is_none() {
                        dates.named(s, e.span.end);
                    }
                }
                i = e.span.end;
                out.push(e);
                continue;
            }
            if let Some((rest, res)) =
                date::anaphoric_date(&text[i..], &text[..i], dates.last, &dates.earlier, anchor_at, ctx)
            {
                let mut e = Expression::new(i..text.len() - rest.len(), Kind::Date);
                if let Resolved::Span(s) = res {
                    e.date = Some(s);
                    dates.named(s, e.span.end);
                }
                i = e.span.end;
                out.push(e);
                continue;
            }
            if let Some(mut e) = parse_at(text, i, ctx) {
                if pronoun_one(text, &e)
                    || ordinal_in_a_compound(text, &e)
                    || ordinal_of_no_rank(text, &e)
                    || day_named_as_a_style(text, &e)
                    || recurring_day(text, &e)
                {
                    i = e.span.end;
                    continue;
                }
                if !elsewhere {
                    part_named_before(text, &mut e, dates.last);
                }
                restated_figure(text, &mut e);
                points_of_a_share(text, &mut e, &out);
                next_in_a_count(text, &mut e, &out);
                percent_of_a_figure(text, &mut e);
                share_set_against_a_share(text, &mut e, &out);
                unit_carried_to(text, &mut e, &out);
                e.label = names_not_counts(text, &e);
                period_named_before(text, &mut e, &out, ctx);
                quarter_named_by_its_month(text, &mut e, ctx);
                period_restated_by_its_name(text, &mut e, &out);
                dated_by_the_year_before(text, &mut e, &out, ctx);
                weekday_of_the_week_named(text, &mut e, &out);
                weekday_after_an_alternative(text, &mut e, &out, ctx);
                later_alternative_in_order(text, &mut e, &out, ctx);
                day_of_a_past_event(text, &mut e, ctx);
                if let (Kind::Date, Some(d), None) = (e.kind, e.date, e.date_bound) {
                    if let Some((rest, both)) = date::night_into_next_day(&text[e.span.end..], d) {
                        e.span.end = text.len() - rest.len();
                        e.date = Some(both);
                    }
                }
                // (From another paragraph too: counted from the day of writing, a window told
                // in the past would lie ahead.)
                window_after_a_past_day(text, &mut e, dates.last, anchor_at == date::AnchorAt::ThisSentence, ctx);
                if let Some((length, window)) = length_and_first_day(text, &e) {
                    i = window.span.end;
                    if let Some(s) = window.date {
                        dates.named(s, window.span.end);
                    }
                    out.push(length);
                    out.push(window);
                    continue;
                }
                if let Some((first, second)) = change_from_to(text, &e) {
                    i = second.span.end;
                    out.push(first);
                    out.push(second);
                    continue;
                }
                // Bounded dates anchor too: "By mid-October ...; in the following weeks".
                // (A "before"/"after"/"from" bound runs open for a century and names no day,
                // and "since September 2021" runs up to now: "… a year earlier" is not told
                // from either.)
                if let (Kind::Date, Some(s)) = (e.kind, e.date) {
                    if !matches!(e.date_bound, Some("before" | "after" | "from" | "since" | "over")) {
                        dates.named(s, e.span.end);
                    } else if let Some(window) = rolling_window(text, &e, ctx) {
                        // "rose 3% in the past 12 months. A year earlier, …": the twelve months
                        // before those, not a year before the last day named.
                        dates.named(window, e.span.end);
                    }
                }
                i = e.span.end;
                out.push(e);
                continue;
            }
        }
        // Advance to the next character boundary.
        i += 1;
        while i < bytes.len() && !text.is_char_boundary(i) {
            i += 1;
        }
    }
    out
}

/// `e`'s days, when it is a window of the last few days, weeks or months up to the day of
/// writing ("in the past six weeks", "over the last 12 months"): what "a year earlier" after
/// it counts back from.
fn rolling_window(text: &str, e: &Expression, ctx: &DateContext) -> Option<DateSpan> {
    let (Some("over"), Some(s), Some(re)) = (e.date_bound, e.date, ctx.reference) else { return None };
    let phrase = &text[e.span.clone()];
    let rolling = phrase.split(' ').any(|w| w.eq_ignore_ascii_case("past") || w.eq_ignore_ascii_case("last"));
    (rolling && s.end == re).then_some(s)
}

/// "will strike for 48 hours from 8pm on 30 April", "for 10 days from 18 December": the date
/// reads the days the length covers, and the length is a claim of its own (a strike's length),
/// so the phrase comes out as both: the duration, and the window from "from" on.
fn length_and_first_day(text: &str, e: &Expression) -> Option<(Expression, Expression)> {
    if e.kind != Kind::Date || e.date_bound.is_some() || !ends_with_words(&text[..e.span.start], "for") {
        return None;
    }
    let phrase = &text[e.span.clone()];
    let (rest, length) = quantity(phrase, &text[..e.span.start])?;
    if length.kind != Kind::Duration {
        return None;
    }
    let at = phrase.len() - rest.len();
    let lead = rest.trim_start_matches([' ', ',']);
    let opens = ["from ", "starting ", "beginning ", "commencing "]
        .iter()
        .any(|w| lead.get(..w.len()).is_some_and(|h| h.eq_ignore_ascii_case(w)));
    if !opens {
        return None;
    }
    let start = e.span.start + at + (rest.len() - lead.len());
    let mut length = length;
    length.span = e.span.start..e.span.start + at;
    let mut window = e.clone();
    window.span = start..e.span.end;
    Some((length, window))
}

/// "rose from 12 to 15 per cent", "fell from $4.1bn to $3.2bn": after a verb of change, "from …
/// to …" gives the level before and the level after, not a range. Each end keeps the kind
/// and unit of the whole.
fn change_from_to(text: &str, e: &Expression) -> Option<(Expression, Expression)> {
    let (lo, hi) = (e.interval.lower?, e.interval.upper?);
    let phrase = &text[e.span.clone()];
    if e.hedge != Hedge::Range
        || e.kind == Kind::Date
        || e.kind == Kind::Duration
        || !phrase.get(..5)?.eq_ignore_ascii_case("from ")
    {
        return None;
    }
    let prev = date::last_word(&text[..e.span.start]);
    // "would lift the retirement age from 65 to 67", "cut the rate from 5% to 4.75%": a verb
    // of change with its object before "from" (an object of up to four words and an adverb:
    // "raise the state pension age gradually from 62 to 64").
    let with_object = || {
        let head = crate::error::last_bytes(&text[..e.span.start], 60);
        let head = head.rsplit([',', ';', ':', '.', '(', ')']).next().unwrap_or("");
        head.split_whitespace().rev().skip(1).take(5).any(|w| {
            let w = w.to_ascii_lowercase();
            lexicon::change_verb(&w) || lexicon::verb_of_change_with_object(&w)
        })
    };
    // ("Its budget has risen by almost half, from 38 billion to 56 billion": the change set
    // off by a comma, its verb in the clause before.)
    let set_off_from_its_verb = || {
        let head = crate::error::last_bytes(&text[..e.span.start], 80).trim_end();
        head.strip_suffix(',').is_some_and(|h| {
            let clause = h.rsplit([',', ';', ':', '.', '(', ')']).next().unwrap_or("");
            clause.split_whitespace().rev().take(6).any(|w| lexicon::change_verb(&w.to_ascii_lowercase()))
        })
    };
    if !(lexicon::change_verb(&prev)
        || matches!(prev.as_str(), "up" | "down" | "went" | "revised" | "revise" | "revises")
        || with_object()
        || set_off_from_its_verb())
    {
        return None;
    }
    let to = phrase.find(" to ")?;
    let end_of = |s: usize, t: &str| s + t.trim_end().len();
    let mut first = e.clone();
    first.span = e.span.start + 5..end_of(e.span.start + 5, &phrase[5..to]);
    first.value = Some(lo);
    first.interval = Interval::closed(lo, lo);
    first.hedge = Hedge::Exact;
    let mut second = e.clone();
    second.span = e.span.start + to + 4..e.span.end;
    second.value = Some(hi);
    second.interval = Interval::closed(hi, hi);
    second.hedge = Hedge::Exact;
    Some((first, second))
}

/// "Turnout was 66%, down almost five points on 2021", "Its share rose 3 points to 41%": a
/// change of "points" beside a share is one of percentage points. Alone, points are as often
/// a score's or an index's ("the FTSE fell 1.2%, or 95 points", a restatement, stays one).
fn points_of_a_share(text: &str, e: &mut Expression, out: &[Expression]) {
    let (Kind::Number, Some(v)) = (e.kind, e.value) else { return };
    if !(0.0..=100.0).contains(&v) || e.label {
        return;
    }
    let after = &text[e.span.end..];
    let Some(len) = [" points", " point"]
        .iter()
        .find(|w| starts_with_ignore_case(after, w) && at_boundary(&after[w.len()..]))
        .map(|w| w.len())
    else {
        return;
    };
    let before = &text[..e.span.start];
    // A change, or a share that is itself a change ("the index rose 1.5%, up 12 points": its
    // points are the index's own): the word before the figure says so.
    let a_change = |before: &str| {
        let w = date::last_word(before);
        matches!(w.as_str(), "up" | "down" | "by") || lexicon::change_verb(&w)
    };
    if !a_change(before) {
        return;
    }
    // The share: a percent in the same sentence, just before or just after ("up 3 points to
    // 41%").
    let sentence_from = before.rfind(". ").map_or(0, |k| k + 2);
    let share_before = out.iter().rev().take_while(|x| x.span.start >= sentence_from).any(|x| {
        x.kind == Kind::Percent && !a_change(&text[..x.span.start]) && !text[x.span.end..e.span.start].contains(" or ")
    });
    // Or a rate named before the change: "inflation rose 0.5 points".
    let rate_named =
        before[sentence_from..].rsplit(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).skip(1).take(5).any(
            |w| {
                let mut buf = [0u8; 24];
                lower(w, &mut buf).is_some_and(|w| {
                    matches!(
                        w,
                        "inflation" | "unemployment" | "jobless" | "turnout" | "rate" | "rates" | "yield" | "yields"
                    )
                })
            },
        );
    let rest = &after[len..];
    let share_after = ["to ", "at "].iter().any(|w| {
        starts_with_ignore_case(rest.trim_start(), w) && {
            let level = rest.trim_start()[w.len()..].trim_start();
            let digits = level.bytes().take_while(|b| b.is_ascii_digit() || *b == b'.').count();
            digits > 0
                && level[digits..].trim_start().starts_with(['%', 'p'])
                && percent_suffix(&level[digits..]).is_some()
        }
    });
    if share_before || share_after || rate_named {
        *e = points(e.clone(), v, e.hedge);
        e.span.end += len;
    }
}

/// The calendar months a span touches, first and last included.
fn months_covered(s: DateSpan) -> i32 {
    i32::from(s.end.year() - s.start.year()) * 12 + i32::from(s.end.month() - s.start.month()) + 1
}

/// "grew 0.6% in the second quarter after 0.9% in the first": an ordinal with no noun after a
/// quarter or a half of a year named earlier in its sentence is another of the same parts,
/// of the same year.
fn part_named_before(text: &str, e: &mut Expression, last: Option<DateSpan>) {
    let (Kind::Ordinal, Some(k), Some(last)) = (e.kind, e.value, last) else { return };
    if last.grain != Grain::Quarter || !(1.0..=4.0).contains(&k) || k.fract() != 0.0 {
        return;
    }
    let before = crate::error::last_bytes(&text[..e.span.start], 8).to_ascii_lowercase();
    let after = &text[e.span.end..];
    let no_noun = after.is_empty()
        || after.starts_with(['.', ',', ';', ':', ')', '—', '–'])
        || [" and ", " or ", " but ", " when ", " while "].iter().any(|w| after.starts_with(w));
    if !(before.ends_with("in the ") || before.ends_with("for the ")) || !no_noun {
        return;
    }
    let parts: i8 = match months_covered(last) {
        3 => 4,
        6 => 2,
        _ => return,
    };
    let k = k as i8;
    if k > parts {
        return;
    }
    let months_each = 12 / parts;
    let Ok(start) = jiff::civil::Date::new(last.start.year(), (k - 1) * months_each + 1, 1) else { return };
    let end = start.saturating_add(jiff::ToSpan::months(months_each - 1)).last_of_month();
    e.kind = Kind::Date;
    e.value = None;
    e.date = Some(DateSpan { start, end, grain: Grain::Quarter });
    // The phrase as a date's: "in the first", "the first".
    e.span.start -= if before.ends_with("in the ") { "in the ".len() } else { "the ".len() };
}

/// "sales in the December quarter", "the June-quarter result", "the March half": a quarter or
/// a half named by the month it ends in, as companies on other year ends write them, is the
/// three or six months up to that month's end.
fn quarter_named_by_its_month(text: &str, e: &mut Expression, ctx: &DateContext) {
    let (Kind::Date, Some(s), None) = (e.kind, e.date, e.date_bound) else { return };
    if s.grain != Grain::Month {
        return;
    }
    let after = &text[e.span.end..];
    let Some((len, months)) = [(" quarter", 3), ("-quarter", 3), (" half", 6), ("-half", 6)]
        .iter()
        .find(|(w, _)| starts_with_ignore_case(after, w) && at_boundary(&after[w.len()..]))
        .map(|(w, m)| (w.len(), *m))
    else {
        return;
    };
    // ("In December half the staff left": the period's name has its article, and nothing of
    // it follows.)
    let determined = ["the ", "its ", "their ", "a "].iter().any(|a| ends_with_ignore_case(&text[..e.span.start], a))
        || starts_with_ignore_case(&text[e.span.clone()], "the ");
    let next = next_word(text, e.span.end + len);
    // ("the June quarter of 2023", "the November quarter of last year": its year named after it.)
    let mut end = s.end;
    let mut year_len = 0;
    if next.eq_ignore_ascii_case("of") {
        let tail = &text[e.span.end + len..];
        let digits =
            tail.strip_prefix(" of ").filter(|t| t.len() >= 4 && t.as_bytes()[..4].iter().all(u8::is_ascii_digit));
        let year = digits.filter(|t| at_boundary(&t[4..])).and_then(|t| t[..4].parse::<i16>().ok()).map(|y| (y, 8));
        let relative = || {
            let t = tail.strip_prefix(" of ")?;
            let (which, delta) = [("last year", -1), ("this year", 0), ("next year", 1)]
                .into_iter()
                .find(|(w, _)| starts_with_ignore_case(t, w) && at_boundary(&t[w.len()..]))?;
            Some((ctx.reference?.year() + delta, " of ".len() + which.len()))
        };
        let Some((y, written)) = year.or_else(relative) else { return };
        let Some(named) = jiff::civil::Date::new(y, s.end.month(), 1).ok() else { return };
        end = named.last_of_month();
        year_len = written;
    }
    if !determined {
        return;
    }
    let start = end.saturating_sub(jiff::ToSpan::months(months - 1)).first_of_month();
    e.date = Some(DateSpan { start, end, grain: Grain::Quarter });
    e.span.end += len + year_len;
}

/// "revenue for the three months to September, its fiscal fourth quarter, …", "the year to
/// March, its fiscal 2024": a quarter, half or year set off after a period of days is that
/// period's name in the company's own calendar, not the calendar quarter of the same name.
fn period_restated_by_its_name(text: &str, e: &mut Expression, out: &[Expression]) {
    let (Kind::Date, Some(s), None) = (e.kind, e.date, e.date_bound) else { return };
    if !matches!(s.grain, Grain::Quarter | Grain::Year) {
        return;
    }
    let Some(prev) = out.last().filter(|p| p.kind == Kind::Date && p.date_bound.is_none()) else { return };
    let Some(p) = prev.date.filter(|p| p.grain == Grain::Day && p.start != p.end) else { return };
    let gap = text.get(prev.span.end..e.span.start).unwrap_or("").to_ascii_lowercase();
    let Some(owner) = gap.strip_prefix(", ") else { return };
    let owner = owner.trim_end();
    let owner = ["fiscal", "financial"].iter().find_map(|w| owner.strip_suffix(w)).unwrap_or(owner).trim_end();
    let owned = owner.is_empty()
        || matches!(owner, "its" | "the" | "their")
        || owner.ends_with("'s") && owner.split(' ').count() <= 3;
    // The name closes the aside.
    let closed = text[e.span.end..].starts_with([',', ')', ';', '.', '—', '–']);
    if !owned || !closed || owner.is_empty() && !text[e.span.clone()].to_ascii_lowercase().contains("fiscal") {
        return;
    }
    // Only a period as long as the name says (a quarter is about three months).
    let days = (p.end - p.start).get_days() + 1;
    let fits = match months_covered(s) {
        3 => (85..=95).contains(&days),
        6 => (175..=190).contains(&days),
        _ => (360..=371).contains(&days),
    };
    if fits {
        e.date = Some(DateSpan { grain: s.grain, ..p });
    }
}

/// "won in 3:57.49", "a 1:02:11.3 finish": minutes and seconds with hundredths (or hours,
/// minutes and seconds with tenths) are a time taken, no clock time: a length in seconds. (Its
/// digits were a stray count of 49.)
fn race_time(text: &str, i: usize) -> Option<Expression> {
    let t = text.as_bytes();
    let digits = |from: usize| t.get(from..).map_or(0, |r| r.iter().take_while(|b| b.is_ascii_digit()).count());
    // (At every figure in the text: a few bytes read in place, nothing allocated.)
    let mut fields = [0.0f64; 3];
    let mut count = 0;
    let mut k = i;
    loop {
        let n = digits(k);
        if n == 0 || n > 2 || count == 3 {
            return None;
        }
        fields[count] = text[k..k + n].parse::<f64>().ok()?;
        count += 1;
        k += n;
        if t.get(k) != Some(&b':') {
            break;
        }
        k += 1;
    }
    let fields = &fields[..count];
    let fraction = digits(k + 1);
    if !(2..=3).contains(&count) || t.get(k) != Some(&b'.') || !(1..=3).contains(&fraction) {
        return None;
    }
    let end = k + 1 + fraction;
    if !at_boundary(&text[end..]) || fields[1..].iter().any(|f| *f >= 60.0) {
        return None;
    }
    let frac: f64 = text[k..end].parse().ok()?;
    let seconds = fields.iter().fold(0.0, |acc, f| acc * 60.0 + f) + frac;
    let seconds = (seconds * 1000.0).round() / 1000.0;
    let mut e = Expression::new(i..end, Kind::Duration);
    e.value = Some(seconds);
    e.duration = Some((seconds, DurationUnit::Second));
    e.precision = 0.5 * 10f64.powi(-(fraction as i32));
    e.interval = hedge_interval(Hedge::Exact, seconds);
    Some(e)
}

/// "Bins are collected every Tuesday", "every other Friday", "every Monday and Thursday", "the
/// first Sunday of every month", "every year in June": a day or month that recurs is no one
/// date (it was the last Tuesday, this year's June).
fn recurring_day(text: &str, e: &Expression) -> bool {
    if e.kind != Kind::Date || e.date_bound.is_some() || date::has_year(&text[e.span.clone()]) {
        return false;
    }
    let after = text[e.span.end..].trim_start_matches(' ');
    if ["of every ", "of each "].iter().any(|p| after.get(..p.len()).is_some_and(|t| t.eq_ignore_ascii_case(p))) {
        return true;
    }
    // Back over the days listed before it ("every Monday and"), to the word that opens them.
    let lo = crate::error::ceil_char_boundary(text, e.span.start.saturating_sub(60));
    let mut buf = [0u8; 24];
    for w in text[lo..e.span.start].rsplit(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty()).take(5) {
        match lower(w, &mut buf) {
            Some("every" | "each") => return true,
            Some("other" | "second" | "third" | "and" | "or") => {}
            Some(w) if lexicon::weekday(w).is_some() => {}
            // ("It runs every year in June", "each summer in July".)
            Some("year" | "month" | "summer" | "winter" | "spring" | "autumn") => {}
            _ => return false,
        }
    }
    false
}

/// The figure and the rest after its "m", where `i` is a figure glued to a lone "m" and a noun
/// of height or depth stands just before it ("Waves of 8m", "a surge of up to 3.5m").
fn metres_after_a_size_noun<'a>(i: &'a str, before: &str) -> Option<(&'a str, Num)> {
    let digits = i.bytes().take_while(|b| b.is_ascii_digit() || *b == b'.').count();
    let rest = i.get(digits..)?.strip_prefix('m')?;
    if digits == 0 || !at_boundary(rest) || rest.starts_with(['-', '²', '³']) {
        return None;
    }
    let mut buf = [0u8; 24];
    let mut words = before.rsplit(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty()).take(5);
    let noun = words.find(|w| {
        !matches!(
            lower(w, &mut [0u8; 24]),
            Some(
                "of" | "up"
                    | "to"
                    | "about"
                    | "around"
                    | "some"
                    | "nearly"
                    | "almost"
                    | "over"
                    | "than"
                    | "more"
                    | "reached"
                    | "reaching"
                    | "were"
                    | "was"
                    | "at"
            )
        )
    })?;
    let size_noun = matches!(
        lower(noun, &mut buf),
        Some(
            "waves"
                | "wave"
                | "swell"
                | "swells"
                | "surge"
                | "surges"
                | "depth"
                | "depths"
                | "height"
                | "heights"
                | "drifts"
                | "snowdrifts"
                | "floodwaters"
                | "floodwater"
                | "tide"
                | "tides"
        )
    );
    if !size_noun {
        return None;
    }
    let (_, num) = number(&i[..digits], false).ok()?;
    Some((rest, num))
}

/// "a Sept. 11-style attack", "a 9/11-type plot": a day without its year before "-style" names
/// the event of that day, in no year the reference gives it.
fn day_named_as_a_style(text: &str, e: &Expression) -> bool {
    e.kind == Kind::Date
        && ["-style", "-type", "-like"].iter().any(|s| text[e.span.end..].starts_with(s))
        && !date::has_year(&text[e.span.clone()])
}

/// "The quake struck on Sunday. Aftershocks followed over the next two days": see
/// `date::window_after_a_past_day`.
fn window_after_a_past_day(
    text: &str,
    e: &mut Expression,
    last: Option<DateSpan>,
    anchor_in_sentence: bool,
    ctx: &DateContext,
) {
    let (Kind::Date, Some(_), Some(anchor)) = (e.kind, e.date, last) else { return };
    let phrase = &text[e.span.clone()];
    let phrase = match phrase.split_once(' ') {
        // (At every date: compared in place, not lower-cased into a new string.)
        Some((head, tail)) if ["over", "for", "in", "during"].iter().any(|p| head.eq_ignore_ascii_case(p)) => tail,
        _ => phrase,
    };
    let before_end = e.span.end - phrase.len();
    let lo = crate::error::ceil_char_boundary(text, before_end.saturating_sub(160));
    let (before, after) = (&text[lo..before_end], &text[e.span.end..]);
    if let Some(s) = date::window_after_a_past_day(phrase, before, after, anchor, anchor_in_sentence, ctx) {
        e.date = Some(s);
    }
}

/// "the Jan. 6 attack", "the 7 October massacre": a day written without a year before a noun of
/// violence or disaster names an event that has happened, so it never lies ahead of the
/// reference (as a day soon to come otherwise may).
fn day_of_a_past_event(text: &str, e: &mut Expression, ctx: &DateContext) {
    let (Kind::Date, Some(s), Some(re)) = (e.kind, e.date, ctx.reference) else { return };
    if s.grain != Grain::Day || s.start <= re || e.date_bound.is_some() {
        return;
    }
    let phrase = &text[e.span.clone()];
    if phrase.as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit)) {
        return;
    }
    let next = next_word(text, e.span.end);
    let mut buf = [0u8; 24];
    let event = lower(next, &mut buf).is_some_and(|w| {
        matches!(
            w,
            "attack"
                | "attacks"
                | "bombing"
                | "bombings"
                | "massacre"
                | "riot"
                | "riots"
                | "shooting"
                | "killings"
                | "raid"
                | "coup"
                | "invasion"
                | "explosion"
                | "blast"
                | "crash"
                | "earthquake"
                | "uprising"
        )
    });
    if event {
        let back = s.start.saturating_sub(jiff::ToSpan::years(1));
        e.date = Some(DateSpan { start: back, end: back, grain: Grain::Day });
    }
}

/// "Waits hit a record in September. … at the end of the month": a part of "the month" or "the
/// year" is of the one just named, when that is not the current one. The phrase was resolved
/// against the reference; its days move to the named period.
fn period_named_before(text: &str, e: &mut Expression, out: &[Expression], ctx: &DateContext) {
    let (Kind::Date, Some(s), Some(re)) = (e.kind, e.date, ctx.reference) else { return };
    let phrase = &text[e.span.clone()];
    let ends = |tails: [&str; 2]| {
        tails.iter().any(|t| {
            phrase.len().checked_sub(t.len()).and_then(|k| phrase.get(k..)).is_some_and(|x| x.eq_ignore_ascii_case(t))
        })
    };
    let (month, year) = (ends(["of the month", "in the month"]), ends(["of the year", "in the year"]));
    if !(month || year) {
        return;
    }
    // "later in the month" was told from the reference day; of a month named, it is somewhere
    // in that month.
    let told_from_now =
        phrase.split_whitespace().any(|w| w.eq_ignore_ascii_case("later") || w.eq_ignore_ascii_case("earlier"));
    // "since the start of the year" runs up to now, so it is of this year, whatever was named.
    if e.date_bound == Some("since") {
        return;
    }
    // The date named last, close before and in the same paragraph; an open bound ("before
    // 2020", a century back) names no period.
    let Some(prev) = out.iter().rev().find(|x| {
        x.kind == Kind::Date && x.date.is_some() && !matches!(x.date_bound, Some("before" | "after" | "from" | "over"))
    }) else {
        return;
    };
    let gap = &text[prev.span.end.min(e.span.start)..e.span.start];
    let Some(p) = prev.date else { return };
    if gap.len() > 240 || gap.contains("\n\n") {
        return;
    }
    let moved = |d: jiff::civil::Date| -> Option<jiff::civil::Date> {
        let (y, m) = if month { (p.start.year(), p.start.month()) } else { (p.start.year(), d.month()) };
        let last = jiff::civil::Date::new(y, m, 1).ok()?.last_of_month().day();
        let day = if d == d.last_of_month() { last } else { d.day().min(last) };
        jiff::civil::Date::new(y, m, day).ok()
    };
    let same_period = |d: jiff::civil::Date| {
        if month { (d.year(), d.month()) == (re.year(), re.month()) } else { d.year() == re.year() }
    };
    let named = if month {
        p.grain == Grain::Month && (p.start.year(), p.start.month()) != (re.year(), re.month())
    } else {
        p.grain == Grain::Year && p.start.year() != re.year()
    };
    if named && told_from_now {
        e.date = Some(p);
    } else if named && same_period(s.start) && same_period(s.end) {
        if let (Some(a), Some(b)) = (moved(s.start), moved(s.end)) {
            e.date = Some(DateSpan { start: a, end: b, grain: s.grain });
        }
    }
}

/// Why a date whose weekday and day disagree is reported (the check names the day's weekday).
pub const WEEKDAY_MISMATCH: &str = "the weekday does not fit the date";

/// "on Thursday, 21 August 2024", when 21 August 2024 was a Wednesday: a day and the one
/// weekday written with it that is not that day's. (Without a year the weekday picks the year
/// first, where one near the reference fits.)
fn weekday_contradicts(phrase: &str, s: DateSpan) -> bool {
    if s.start != s.end {
        return false;
    }
    // Only a weekday beside a calendar day, not one counted from ("two months after next
    // Friday", "a week from Thursday 21 August"; "from" first is a bound, not a count).
    let (mut offset, mut calendar_day, mut weekdays) = (false, phrase.contains('/'), Vec::new());
    for (k, w) in phrase.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty()).enumerate() {
        let mut buf = [0u8; 24];
        let Some(lw) = lower(w, &mut buf) else { continue };
        offset |= matches!(lw, "after" | "before" | "ago" | "later" | "earlier" | "prior" | "hence")
            || (lw == "from" && k > 0);
        calendar_day |= lexicon::month(lw).is_some();
        weekdays.extend(lexicon::weekday(lw));
    }
    match weekdays[..] {
        [wd] if calendar_day && !offset => s.start.weekday().to_monday_zero_offset() != wd,
        _ => false,
    }
}

/// "the peak may come in late January or early February": a month or part of one offered
/// after another, neither with its year, is the next such after it (the past default put
/// early February a year before late January).
fn later_alternative_in_order(text: &str, e: &mut Expression, out: &[Expression], ctx: &DateContext) {
    let (Kind::Date, Some(s), Some(re)) = (e.kind, e.date, ctx.reference) else { return };
    let Some(prev) = out.last().filter(|p| p.kind == Kind::Date && p.date_bound.is_none_or(|b| b == "until")) else {
        return;
    };
    let Some(p) = prev.date else { return };
    let gap = text.get(prev.span.end..e.span.start).unwrap_or("");
    if !matches!(gap, " or " | " or in " | " and " | " and in ") || e.date_bound.is_some() {
        return;
    }
    let says_year = |t: &str| t.split(|c: char| !c.is_ascii_digit()).any(|d| d.len() == 4);
    if says_year(&text[prev.span.clone()]) || says_year(&text[e.span.clone()]) {
        return;
    }
    let month_or_part = |d: DateSpan| d.grain == Grain::Month || (d.grain == Grain::Day && d.start != d.end);
    // Only after a time that runs on past the reference: "in March or February", told in
    // January, are both behind.
    if !month_or_part(s) || !month_or_part(p) || s.start >= p.start || p.end <= re {
        return;
    }
    let year = jiff::ToSpan::years(1);
    let (Ok(a), Ok(b)) = (s.start.checked_add(year), s.end.checked_add(year)) else { return };
    if a > p.end && (a - p.end).get_days() <= 366 {
        e.date = Some(DateSpan { start: a, end: b, grain: s.grain });
    }
}

/// The weekday a bare "on Tuesday" names, if it names one: "Tuesday", "on Tuesday".
fn bare_weekday(phrase: &str) -> Option<i8> {
    let phrase = phrase.trim();
    let phrase = phrase.strip_prefix("on ").unwrap_or(phrase);
    let mut buf = [0u8; 24];
    lower(phrase, &mut buf).and_then(lexicon::weekday)
}

/// "drivers will strike next week, on Tuesday and Thursday", "last week, on Monday, police
/// said": a bare weekday set after a week named in the same clause is that week's day, not
/// the one nearest the reference (which a week away is a different day). Weekdays listed
/// before it in the same run are passed over: "next week, on Tuesday and Thursday".
fn weekday_of_the_week_named(text: &str, e: &mut Expression, out: &[Expression]) {
    let (Kind::Date, Some(_), None) = (e.kind, e.date, e.date_bound) else { return };
    let Some(wd) = bare_weekday(&text[e.span.clone()]) else { return };
    let mut end = e.span.start;
    for prev in out.iter().rev() {
        let gap = text.get(prev.span.end..end).unwrap_or("");
        let Some(p) = prev.date.filter(|_| prev.kind == Kind::Date && prev.date_bound.is_none()) else { return };
        if p.grain == Grain::Week {
            // Only a week set straight before the day: "last week, and on Monday" may be
            // this Monday, told as the next thing that happened.
            if !matches!(gap, ", " | ", on " | " on " | " – " | " — " | " – on " | " — on ") {
                return;
            }
            if let Some(day) = p
                .start
                .series(jiff::ToSpan::days(1))
                .take_while(|d| *d <= p.end)
                .find(|d| d.weekday().to_monday_zero_offset() == wd)
            {
                e.date = Some(DateSpan { start: day, end: day, grain: Grain::Day });
            }
            return;
        }
        let listed = matches!(gap, ", " | " and " | " or " | ", and " | " and on " | " or on " | ", on ");
        if !listed || bare_weekday(&text[prev.span.clone()]).is_none() {
            return;
        }
        end = prev.span.start;
    }
}

/// "rivers will crest on Tuesday or Wednesday": a weekday offered after a day still to come
/// is the one after it (the Wednesday after next Tuesday, not today).
fn weekday_after_an_alternative(text: &str, e: &mut Expression, out: &[Expression], ctx: &DateContext) {
    let (Kind::Date, Some(s), Some(re)) = (e.kind, e.date, ctx.reference) else { return };
    let Some(prev) = out.last().filter(|p| p.kind == Kind::Date) else { return };
    let Some(p) = prev.date.filter(|p| p.grain == Grain::Day && p.start == p.end && p.start > re) else { return };
    let gap = text.get(prev.span.end..e.span.start).unwrap_or("");
    let phrase = text[e.span.clone()].trim();
    let phrase = phrase.strip_prefix("on ").unwrap_or(phrase);
    let mut buf = [0u8; 24];
    let Some(wd) = lower(phrase, &mut buf).and_then(lexicon::weekday) else { return };
    if !matches!(gap, " or " | " and " | ", " | " or on " | " and on ") || s.start >= p.start {
        return;
    }
    if let Some(day) = (1..=7i64)
        .map(|k| p.start.saturating_add(jiff::ToSpan::days(k)))
        .find(|d| d.weekday().to_monday_zero_offset() == wd)
    {
        e.date = Some(DateSpan { start: day, end: day, grain: Grain::Day });
    }
}

/// "In the summer of 2022 the mercury peaked on 19 July", "in 2019 the plant closed in March":
/// a day or month written without its year, in the same sentence as a year, season or quarter
/// named just before, falls in that period, not in the year the reference date puts it in.
fn dated_by_the_year_before(text: &str, e: &mut Expression, out: &[Expression], ctx: &DateContext) {
    let (Kind::Date, Some(s), Some(re)) = (e.kind, e.date, ctx.reference) else { return };
    if !matches!(s.grain, Grain::Day | Grain::Month) {
        return;
    }
    let phrase = &text[e.span.clone()];
    let mut names_month = false;
    for w in phrase.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty()) {
        let mut buf = [0u8; 24];
        let Some(lw) = lower(w, &mut buf) else { continue };
        // "next March", "last June", "two weeks ago" say where they lie themselves.
        if matches!(lw, "last" | "next" | "this" | "coming" | "past" | "previous" | "ago" | "later" | "earlier") {
            return;
        }
        names_month |= lexicon::month(lw).is_some();
    }
    if !names_month || date::has_year(phrase) || phrase.contains('\'') || phrase.contains('’') {
        return;
    }
    // The nearest date before, in the same clause, that names its year; dates between without
    // one are passed over ("in 2019 the plant closed in March, reopened on 4 June").
    let mut period = None;
    for prev in out.iter().rev().filter(|x| x.kind == Kind::Date) {
        let gap = &text[prev.span.end.min(e.span.start)..e.span.start];
        let clause_ends = gap.contains(['\n', ';'])
            || gap
                .as_bytes()
                .windows(3)
                .any(|w| matches!(w[0], b'.' | b'?' | b'!') && w[1] == b' ' && w[2].is_ascii_uppercase())
            // "born in 1960 and died on 3 May": another clause may be another year; "1.1% in
            // 2026, down from 1.3% forecast in May": a comparison another time.
            || [" and ", " but ", " while ", " whereas ", " from ", " than ", " against ", " compared "]
                .iter()
                .any(|c| gap.contains(c))
            // ("fell from £120m in 2021 to £47m at the end of March": the end of a change is a
            // time of its own, after the start's.)
            || gap.contains(" to ") && crate::error::last_bytes(&text[..prev.span.start], 60).contains("from ");
        // ("The plant, which opened in 1990, closes in March": a year in an aside the gap
        // closes is the aside's.)
        let in_closed_aside = gap.contains(',') && {
            let lead = crate::error::last_bytes(&text[..prev.span.start], 80);
            lead.rfind(',').is_some_and(|n| {
                let opener = lead[n + 1..].split_whitespace().next().unwrap_or("");
                matches!(opener, "which" | "who" | "whose" | "where" | "when")
                    || opener.len() > 4 && opener.ends_with("ed")
                    || lexicon::IRREGULAR_PAST.binary_search(&opener).is_ok()
            })
        };
        if gap.len() > 200 || clause_ends || in_closed_aside {
            return;
        }
        if date::has_year(&text[prev.span.clone()]) {
            period = prev.date;
            break;
        }
    }
    // Only a period over by the reference date: one ahead is as often the year a forecast is
    // for, and the day the forecast was made lies elsewhere.
    let Some(p) = period.filter(|p| matches!(p.grain, Grain::Year | Grain::Season | Grain::Quarter) && p.end < re)
    else {
        return;
    };
    if p.start <= s.start && s.end <= p.end {
        return;
    }
    let in_year = |d: jiff::civil::Date, y: i16| -> Option<jiff::civil::Date> {
        let day = if s.grain == Grain::Month && d == d.last_of_month() { 31 } else { d.day() };
        let first = jiff::civil::Date::new(y, d.month(), 1).ok()?;
        jiff::civil::Date::new(y, d.month(), day.min(first.last_of_month().day())).ok()
    };
    let shift = i64::from(s.end.year() - s.start.year());
    let fits: Vec<DateSpan> = (p.start.year()..=p.end.year())
        .filter_map(|y| {
            let start = in_year(s.start, y)?;
            let end = in_year(s.end, y + shift as i16)?;
            (p.start <= start && end <= p.end).then_some(DateSpan { start, end, grain: s.grain })
        })
        .collect();
    if let [only] = fits[..] {
        e.date = Some(only);
    }
}

/// "voted two-to-one in favour", "a three-to-one majority", "odds of 4:1": either side of a
/// ratio to one is a proportion, no count of anything. ("cut from three to one" is a change.)
fn side_of_a_ratio(text: &str, e: &Expression) -> bool {
    const JOINS: [&str; 3] = ["-to-", " to ", ":"];
    let one = |w: &str| w == "1" || w.eq_ignore_ascii_case("one");
    let whole = |v: Option<f64>| v.is_some_and(|v| v.fract() == 0.0 && (2.0..=100.0).contains(&v));
    let before = &text[..e.span.start];
    let after = &text[e.span.end..];
    // The first side: a whole figure, then the join and "one" as a word of its own.
    let first = whole(e.value)
        && JOINS.iter().any(|j| {
            after.strip_prefix(j).is_some_and(|r| {
                let end = r.find(|c: char| !c.is_alphanumeric()).unwrap_or(r.len());
                one(&r[..end]) && !(j == &":" && r[end..].starts_with(|c: char| c.is_ascii_digit()))
            })
        });
    let (head, first_side) = if first {
        (before, true)
    } else {
        // The second: "one" after the join and a whole figure.
        let Some(head) = JOINS.iter().find_map(|j| before.strip_suffix(j)).filter(|_| one(&text[e.span.clone()]))
        else {
            return false;
        };
        let start = head.char_indices().rev().find(|(_, c)| !c.is_alphanumeric()).map_or(0, |(k, c)| k + c.len_utf8());
        let figure = &head[start..];
        let value = figure
            .parse::<f64>()
            .ok()
            .or_else(|| number::word_number(figure).ok().filter(|(r, _)| r.is_empty()).map(|(_, n)| n.value));
        (&head[..start], whole(value))
    };
    first_side && !matches!(date::last_word(head).as_str(), "from" | "between")
}

/// "Resolution 2231", "Flight 17", "day 3 of the trial", "No. 10": an exact figure right after
/// a labelling word names a thing; it counts nothing.
fn names_not_counts(text: &str, e: &Expression) -> bool {
    if e.kind != Kind::Number || e.hedge != Hedge::Exact || e.value.is_none() {
        return false;
    }
    let before = &text[..e.span.start];
    if before.ends_with('#') {
        return true;
    }
    // "a 3-1 win", "passed 52-48": each side of a score or a tally counts no thing of its own.
    let own = &text[e.span.clone()];
    if own.bytes().all(|b| b.is_ascii_digit()) {
        let first_of_pair = is_tally(&text[e.span.start..]);
        let second_of_pair = before.strip_suffix(['-', '–']).is_some_and(|b| {
            let digits = b.bytes().rev().take_while(u8::is_ascii_digit).count();
            digits > 0
                && !b[..b.len() - digits].ends_with(|c: char| c.is_alphanumeric())
                && is_tally(&text[b.len() - digits..])
        });
        if first_of_pair || second_of_pair {
            return true;
        }
    }
    if side_of_a_ratio(text, e) {
        return true;
    }
    // "12 deaths per 1,000 births": the base of a rate counts nothing.
    let v = e.value.unwrap_or(0.0);
    if v >= 100.0 && v.log10().fract().abs() < 1e-9 && date::last_word(before) == "per" {
        return true;
    }
    let Some(head) = before.strip_suffix(' ') else { return false };
    let word_start = head
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_ascii_alphabetic() || *c == '.'))
        .map_or(0, |(k, c)| k + c.len_utf8());
    // "on day 3" names a day; "a day 300 died", "every week 40 more" count within one.
    let previous = date::last_word(&head[..word_start]);
    let determined = matches!(
        previous.as_str(),
        "a" | "an"
            | "the"
            | "every"
            | "each"
            | "per"
            | "that"
            | "this"
            | "one"
            | "single"
            | "same"
            | "next"
            | "last"
            | "final"
            | "opening"
            | "whole"
            | "entire"
            | "previous"
            | "latest"
    ) || lexicon::ordinal_word(&previous).is_some();
    // A capitalised name keeps its article: "the Type 45 destroyer", "the COP 28 summit".
    let name = head[word_start..].starts_with(|c: char| c.is_ascii_uppercase());
    // So does a rating, whose article is the rated thing's: "a category 4 hurricane", "a level 3
    // alert", "a phase 2 trial".
    let rating = matches!(
        head[word_start..].to_ascii_lowercase().as_str(),
        "category" | "level" | "grade" | "class" | "phase" | "stage" | "version" | "model"
    );
    // After a modal the labelling word is a verb: "drivers will stage two strikes" ("raised
    // to level 4" keeps its label: "to" is as often a preposition).
    let verb = matches!(
        previous.as_str(),
        "will" | "would" | "could" | "may" | "might" | "shall" | "should" | "must" | "can" | "cannot"
    );
    lexicon::labels_figure(&head[word_start..]) && !verb && (!determined || name || rating)
        || numbered_name(text, head, word_start, e)
}

/// "Euro 2024", "Vision 2030", "the iPhone 16", "Radio 4", "a Boeing 737 Max 9": a figure
/// straight after a capitalised word inside a sentence numbers a name, unless it counts the
/// plural after it ("Russia Sends 300 Troops" in a title-case headline).
fn numbered_name(text: &str, head: &str, word_start: usize, e: &Expression) -> bool {
    let w = &head[word_start..];
    let figure = &text[e.span.clone()];
    // An acronym names too ("the FTSE 100", "the COP 29 talks"), but in text set in capitals
    // every word is one ("HE IS 5 FT 2 IN").
    let acronym = !w.bytes().any(|b| b.is_ascii_lowercase()) && {
        let lo = crate::error::ceil_char_boundary(head, word_start.saturating_sub(40));
        head[lo..word_start].bytes().any(|b| b.is_ascii_lowercase())
    };
    if w.len() < 2
        || !w.bytes().all(|b| b.is_ascii_alphabetic())
        || !w.bytes().any(|b| b.is_ascii_uppercase())
        || !(w.bytes().any(|b| b.is_ascii_lowercase()) || acronym)
        || !figure.bytes().all(|b| b.is_ascii_digit())
    {
        return false;
    }
    // At a sentence's start the capital says nothing ("Only 300 came").
    let lead = head[..word_start].trim_end_matches(' ');
    if lead.is_empty() || lead.ends_with(['.', '!', '?', ':', ';', '"', '“', '‘', '(', '\n', '—', '–', '-']) {
        return false;
    }
    let mut buf = [0u8; 24];
    let Some(lw) = lower(w, &mut buf) else { return false };
    let ordinary = lexicon::month(lw).is_some()
        || lexicon::weekday(lw).is_some()
        || lexicon::is_trigger(lw)
        || HEDGE_WORDS.binary_search(&lw).is_ok()
        || lexicon::num_word(lw).is_some()
        || lexicon::currency_word(lw).is_some()
        || iso_code(w).is_some()
        || lexicon::duration_unit(lw).is_some()
        || lexicon::measure_word(lw).is_some()
        || matches!(lw, "and" | "or" | "of" | "to" | "in" | "on" | "at" | "by" | "for" | "from" | "with");
    // A year after a name names the edition ("the Paris 2024 Games"), whatever follows.
    let year_like = figure.len() == 4 && e.value.is_some_and(|v| (1900.0..=2100.0).contains(&v));
    !ordinary && (year_like || !number::plural_count_follows(&text[e.span.end..]))
}

/// "first-time buyers", "a second-hand car", "a third-party app", "first-degree murder": an
/// ordinal joined to one of these words makes an adjective of it, and ranks, counts, splits
/// or times nothing (it was a rank, a second of time and a third).
/// "the 41 people first reported", "when it first opened", "was first elected in 2010":
/// "first" before a verb in the past, with no determiner before it, says when, and counts
/// nothing ("the first recorded case" still ranks a case); nor does an ordinal of a half.
fn ordinal_of_no_rank(text: &str, e: &Expression) -> bool {
    if e.kind != Kind::Ordinal {
        return false;
    }
    // ("the second half would be tougher", "a first half of two goals": a half of a year or
    // of a match, no rank.)
    if (space, kw("half")).parse(&text[e.span.end..]).is_ok_and(|(r, _)| at_boundary(r)) {
        return true;
    }
    if !text[e.span.clone()].eq_ignore_ascii_case("first") {
        return false;
    }
    let mut buf = [0u8; 24];
    if last_word_lower(&text[..e.span.start], &mut buf)
        .is_some_and(|w| matches!(w, "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "this" | "that"))
    {
        return false;
    }
    let Ok((after, w)) = space(&text[e.span.end..]).and_then(|(r, _)| word(r)) else { return false };
    let mut buf = [0u8; 24];
    at_boundary(after)
        && lower(w, &mut buf)
            .is_some_and(|w| (w.len() > 4 && w.ends_with("ed")) || lexicon::IRREGULAR_PAST.binary_search(&w).is_ok())
}

fn ordinal_in_a_compound(text: &str, e: &Expression) -> bool {
    let Some(rest) = text[e.span.end..].strip_prefix('-') else { return false };
    let phrase = &text[e.span.clone()];
    let last = phrase.rsplit(' ').next().unwrap_or(phrase);
    let mut buf = [0u8; 24];
    if lower(last, &mut buf).and_then(lexicon::ordinal_word).is_none() {
        return false;
    }
    let head = &rest[..rest.bytes().take_while(u8::is_ascii_alphabetic).count()];
    let mut buf = [0u8; 24];
    lower(head, &mut buf).is_some_and(|w| {
        matches!(
            w,
            "time"
                | "timer"
                | "timers"
                | "hand"
                | "class"
                | "rate"
                | "ever"
                | "party"
                | "parties"
                | "person"
                | "degree"
                | "string"
                | "tier"
                | "born"
                | "guess"
                | "guessing"
                | "line"
                // "second-half margins", "a first-half goal": a half of a year or a match,
                // no place in an order.
                | "half"
        )
    })
}

/// "the final one", "this is the one", "the one who left": "one" after a determiner, with no
/// noun after it, stands for a thing already named and counts nothing.
fn pronoun_one(text: &str, e: &Expression) -> bool {
    if e.kind != Kind::Number || !text[e.span.clone()].eq_ignore_ascii_case("one") {
        return false;
    }
    let before = date::last_word(&text[..e.span.start]);
    let determiner = matches!(
        before.as_str(),
        "the"
            | "this"
            | "that"
            | "which"
            | "every"
            | "another"
            | "each"
            | "any"
            | "final"
            | "last"
            | "only"
            | "same"
            | "other"
            | "right"
            | "wrong"
            | "new"
            | "old"
            | "big"
            | "little"
            | "latest"
            | "first"
            | "next"
            | "previous"
            | "earlier"
            | "later"
            | "current"
            | "original"
            | "second"
            | "third"
            | "larger"
            | "smaller"
            | "bigger"
            | "better"
            | "worse"
            | "recent"
            | "similar"
    );
    // "the 2nd one was late", "the third one never came": right after an ordinal it stands for
    // a noun, whatever follows ("Second, one man died" is a count).
    let after_ordinal = text[..e.span.start].trim_end().ends_with(|c: char| c.is_ascii_alphanumeric()) && {
        let digits = before.bytes().take_while(u8::is_ascii_digit).count();
        lexicon::ordinal_word(&before).is_some() || digits > 0 && matches!(&before[digits..], "st" | "nd" | "rd" | "th")
    };
    let after = text[e.span.end..].trim_start_matches([' ', '\u{a0}']);
    let next = after.split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("").to_ascii_lowercase();
    let no_noun = !after.starts_with(|c: char| c.is_ascii_alphanumeric())
        || matches!(
            next.as_str(),
            "is" | "was"
                | "who"
                | "that"
                | "which"
                | "in"
                | "on"
                | "at"
                | "to"
                | "and"
                | "but"
                | "with"
                | "for"
                | "from"
                | "by"
                | "he"
                | "she"
                | "they"
                | "we"
                | "i"
                | "it"
                | "you"
                | "has"
                | "had"
                | "will"
                | "would"
                | "could"
                | "can"
                | "did"
                | "does"
                | "where"
                | "when"
                | "left"
                | "more"
        );
    // Idioms: "one another", "one by one", "at one point", "number one", "a one-off".
    let idiom = matches!(next.as_str(), "another")
        || (next == "by" && after[2..].trim_start().get(..3).is_some_and(|w| w.eq_ignore_ascii_case("one")))
        || (before == "at" && matches!(next.as_str(), "point" | "stage" | "time"))
        || before == "number"
        || (before == "by" && ends_with_ignore_case(text[..e.span.start].trim_end(), "one by"))
        || (text[e.span.end..].starts_with('-') && {
            let glued = text[e.span.end + 1..].split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
            matches!(glued.to_ascii_lowercase().as_str(), "off" | "sided" | "way" | "time" | "stop" | "size")
        });
    // '"I did nine," said one, now in his seventies': one of those spoken of.
    let speaker = matches!(before.as_str(), "said" | "says" | "added" | "recalled" | "explained" | "told")
        && after.starts_with([',', '.', ':', ';']);
    // "In one, the margin was 47 votes", "at one, queues formed": one of the things just
    // named, heading its clause.
    let one_of_those = matches!(before.as_str(), "in" | "at" | "of" | "for" | "on")
        && after.starts_with(',')
        && text[..e.span.start].trim_end().len() >= before.len()
        && {
            let head = text[..e.span.start].trim_end();
            let head = head[..head.len() - before.len()].trim_end();
            head.is_empty() || head.ends_with(['.', '\n', ';', ':'])
        };
    // "no one" is nobody, whatever follows.
    before == "no" || idiom || speaker || one_of_those || after_ordinal || (determiner && no_noun)
}

/// `s` starts with `prefix`, ignoring ASCII case.
pub(crate) fn starts_with_ignore_case(s: &str, prefix: &str) -> bool {
    s.len() >= prefix.len() && s.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

/// `s` ends with `suffix`, ignoring ASCII case; looks at the tail only, so it costs nothing
/// however long the text before is.
pub(crate) fn ends_with_ignore_case(s: &str, suffix: &str) -> bool {
    s.len() >= suffix.len() && s.as_bytes()[s.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

/// Does `s`, trailing spaces aside, end with the whole words `words` ("… for", "… died at")?
/// (Without lower-casing a copy: asked at every date or figure.)
pub(crate) fn ends_with_words(s: &str, words: &str) -> bool {
    let s = s.trim_end_matches(' ');
    ends_with_ignore_case(s, words) && !s[..s.len() - words.len()].ends_with(|c: char| c.is_alphanumeric())
}

/// "a 60/40 split", "a 70-30 mix", "a 50-50 chance": shares of a whole that add up to a
/// hundred, before a noun that says so, are one name for the split, not two counts. Returns
/// the length of the figures.
fn split_ratio(i: &str) -> Option<usize> {
    let a = i.bytes().take_while(u8::is_ascii_digit).count();
    let sep = i[a..].chars().next().filter(|c| matches!(c, '/' | '-' | '–' | ':'))?;
    let after = &i[a + sep.len_utf8()..];
    let b = after.bytes().take_while(u8::is_ascii_digit).count();
    let (x, y): (u32, u32) = (i[..a].parse().ok()?, after[..b].parse().ok()?);
    let rest = &after[b..];
    if !(1..=2).contains(&a) || !(1..=2).contains(&b) || x + y != 100 || !at_boundary(rest) {
        return None;
    }
    let (_, (_, noun)) = (space, word).parse(rest).ok()?;
    let mut buf = [0u8; 24];
    let shared = matches!(
        number::lower(noun, &mut buf),
        "split"
            | "splits"
            | "mix"
            | "ratio"
            | "division"
            | "share"
            | "chance"
            | "basis"
            | "balance"
            | "blend"
            | "weighting"
            | "allocation"
            | "partnership"
            | "venture"
            | "proposition"
            | "bet"
            | "call"
    );
    shared.then_some(i.len() - rest.len())
}

/// Is the figure at `i` a tolerance standing alone: "plus or minus 3", "± 2"?
fn free_tolerance(text: &str, i: usize) -> bool {
    let before = text[..i].trim_end_matches([' ', '\u{a0}']);
    let at_minus = text[i..].get(..5).is_some_and(|w| w.eq_ignore_ascii_case("minus"));
    (at_minus && ends_with_ignore_case(before, "plus or"))
        || (before.ends_with('±') && text.as_bytes()[i].is_ascii_digit())
        || ends_with_ignore_case(before, "give or take")
}

/// Three or more figures joined by one separator ("192.168.1.2", "+1-222-2222", "3-1-2",
/// "three-nought-four") are an address, a phone number, a code or a score read out: each is
/// a figure of its own, not a decimal or a range. Points between groups of exactly three
/// digits are thousands ("2.500.000") and stay one figure. Returns the groups' spans.
fn separated_groups(text: &str, i: usize) -> Option<Vec<std::ops::Range<usize>>> {
    let b = text.as_bytes();
    let token = |j: usize| -> usize {
        let d = b[j..].iter().take_while(|c| c.is_ascii_digit()).count();
        if d > 0 {
            return d;
        }
        let w = b[j..].iter().take_while(|c| c.is_ascii_alphabetic()).count();
        let digit_word =
            matches!(lexicon::num_word(&text[j..j + w].to_ascii_lowercase()), Some(lexicon::NumWord::Unit(0..=9)));
        if digit_word { w } else { 0 }
    };
    let n = token(i);
    let sep = *b.get(i + n).filter(|_| n > 0)?;
    if !matches!(sep, b'.' | b'-') {
        return None;
    }
    let words = b[i].is_ascii_alphabetic();
    let mut groups = Vec::new();
    groups.push(i..i + n);
    let mut j = i + n;
    while b.get(j) == Some(&sep) && j + 1 < b.len() {
        let m = token(j + 1);
        if m == 0 || b[j + 1].is_ascii_alphabetic() != words {
            break;
        }
        groups.push(j + 1..j + 1 + m);
        j += 1 + m;
    }
    if groups.len() < 3 || b.get(j).is_some_and(|c| c.is_ascii_alphanumeric()) || (words && sep == b'.') {
        return None;
    }
    let thousands = sep == b'.' && groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3);
    (!thousands).then_some(groups)
}

/// The length of a clock time at the start of `t`: "3:30", "15:50:06", "3:30 p.m.", "10 am",
/// "0600 GMT", "1400 hrs".
pub(super) fn clock_time(t: &str) -> Option<usize> {
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let h = digits(t);
    let suffix = |rest: &str| -> Option<usize> {
        let r = rest.trim_start_matches(' ');
        if !r.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return None;
        }
        let gap = rest.len() - r.len();
        ["a.m.", "p.m.", "am", "pm", "gmt", "utc", "hrs", "est", "edt", "cet", "bst"].iter().find_map(|s| {
            let head = r.get(..s.len())?;
            (head.eq_ignore_ascii_case(s) && number::at_boundary(&r[s.len()..])).then_some(gap + s.len())
        })
    };
    let rest = &t[h..];
    // An hour and its minutes after a separator ("15:50", "14.05"), if they are in range.
    let hour_minutes = |sep: char| -> Option<()> {
        if !(1..=2).contains(&h) || !rest.starts_with(sep) || digits(&rest[1..]) != 2 {
            return None;
        }
        let hour: u32 = t[..h].parse().ok()?;
        let minutes: u32 = rest[1..3].parse().ok()?;
        (hour <= 24 && minutes <= 59).then_some(())
    };
    // H:MM and H:MM:SS, with an optional "p.m." or time zone.
    if rest.starts_with(':') && (1..=2).contains(&h) && digits(&rest[1..]) == 2 {
        hour_minutes(':')?;
        let mut len = h + 3;
        if t[len..].starts_with(':') && digits(&t[len + 1..]) == 2 {
            len += 3;
        }
        if !number::at_boundary(&t[len..]) && !t[len..].starts_with(['a', 'p', 'A', 'P']) {
            return None;
        }
        return Some(len + suffix(&t[len..]).unwrap_or(0));
    }
    // "14.05 GMT", "2.30pm": the hour and minutes split by a point need their suffix.
    if rest.starts_with('.') && (1..=2).contains(&h) && digits(&rest[1..]) == 2 {
        hour_minutes('.')?;
        return suffix(&rest[3..]).map(|s| h + 3 + s);
    }
    // "10 am", "10 p.m.", "0600 GMT": a bare figure needs its suffix.
    let hour_like = (1..=2).contains(&h) && t[..h].parse::<u32>().is_ok_and(|v| (1..=12).contains(&v));
    let military =
        h == 4 && t[..2].parse::<u32>().is_ok_and(|v| v < 24) && t[2..4].parse::<u32>().is_ok_and(|v| v < 60);
    let s = suffix(rest)?;
    let am_pm = matches!(rest.trim_start_matches(' ').get(..1), Some("a" | "p" | "A" | "P"));
    // "1400 hrs" is a time of day, "3 hrs" three hours.
    let hours_word = rest.trim_start_matches(' ').get(..3).is_some_and(|w| w.eq_ignore_ascii_case("hrs"));
    ((hour_like && !hours_word) || (military && !am_pm)).then_some(h + s)
}

/// A time of day at the start of `t`: its length, the minutes since midnight as written on a
/// twelve-hour or a 24-hour clock, and whether it says which half of the day ("am", "pm") or
/// is on a 24-hour clock (so needs no guess).
pub(super) fn clock_minutes(t: &str) -> Option<(usize, u32, bool)> {
    if let Some(w) = t.get(..8).map(|w| w.to_ascii_lowercase()).or_else(|| Some(t.to_ascii_lowercase())) {
        for (name, minutes) in [("midnight", 24 * 60), ("midday", 12 * 60), ("noon", 12 * 60)] {
            if w.starts_with(name) && at_boundary(&t[name.len()..]) {
                return Some((name.len(), minutes, true));
            }
        }
    }
    let len = clock_time(t)?;
    let clock = &t[..len];
    let h = clock.bytes().take_while(u8::is_ascii_digit).count();
    let (hour, minutes, rest) = if h == 4 {
        (clock[..2].parse::<u32>().ok()?, clock[2..4].parse::<u32>().ok()?, &clock[4..])
    } else if clock[h..].starts_with([':', '.']) {
        (clock[..h].parse().ok()?, clock[h + 1..h + 3].parse().ok()?, &clock[h + 3..])
    } else {
        (clock[..h].parse().ok()?, 0, &clock[h..])
    };
    let mark = rest.trim_start_matches(|c: char| c == ' ' || c.is_ascii_digit() || c == ':').to_ascii_lowercase();
    let pm = mark.starts_with('p');
    let am = mark.starts_with('a');
    if (am || pm) && !(1..=12).contains(&hour) {
        return None;
    }
    let hour = match (am, pm) {
        (true, _) if hour == 12 => 0,
        (_, true) if hour < 12 => hour + 12,
        _ => hour,
    };
    let day_half_known = am || pm || h == 4 || hour > 12 || hour == 0 || clock.starts_with('0');
    Some((len, hour * 60 + minutes, day_half_known))
}

/// "from 9:40am until 2:30pm", "between 10pm and 3am", "from 0940 GMT to 1430 GMT": the length
/// between two times of day, as a duration. Times of day are no claims, but the length they give
/// is ("the outage lasted five hours" against these two times).
pub(super) fn time_of_day_length(text: &str, i: usize) -> Option<Expression> {
    let before = text[..i].strip_suffix(' ')?;
    let lead = ["from", "between"].into_iter().find(|w| {
        before.len() >= w.len()
            && before.is_char_boundary(before.len() - w.len())
            && before[before.len() - w.len()..].eq_ignore_ascii_case(w)
            && (before.len() == w.len() || !follows_word(before, before.len() - w.len()))
    })?;
    let start = before.len() - lead.len();
    let (len1, m1, known1) = clock_minutes(&text[i..])?;
    let after = &text[i + len1..];
    let connectors: &[&str] = if lead == "between" {
        &[" and "]
    } else {
        &[" until ", " till ", " to ", " through ", "-", "–", " - ", " – "]
    };
    let (_, rest) = connectors.iter().find_map(|c| {
        let head = after.get(..c.len())?;
        head.eq_ignore_ascii_case(c).then(|| (c, &after[c.len()..]))
    })?;
    let (len2, m2, known2) = clock_minutes(rest)?;
    let end = text.len() - rest.len() + len2;
    let (mut m1, mut m2) = (m1, m2);
    // "from 7 until 11pm", "from 9am to 5", "from 9:40 until 2:30": a time with no half of the day
    // is the reading that comes after the first and before the second.
    if !known1 && known2 && m1 + 12 * 60 < m2 {
        m1 += 12 * 60;
    }
    if !known2 && m2 <= m1 && m2 + 12 * 60 > m1 {
        m2 += 12 * 60;
    }
    // "from 10pm until 3am": the night between two days.
    if m2 <= m1 {
        m2 += 24 * 60;
    }
    let minutes = m2 - m1;
    if minutes == 0 || minutes >= 24 * 60 {
        return None;
    }
    let (value, unit) = if minutes % 60 == 0 {
        (f64::from(minutes / 60), DurationUnit::Hour)
    } else {
        (f64::from(minutes), DurationUnit::Minute)
    };
    let mut e = Expression::new(start..end, Kind::Duration);
    e.value = Some(value);
    e.precision = 0.5;
    e.interval = Interval::closed(value - 0.5, value + 0.5);
    e.duration = Some((value, unit));
    Some(e)
}

/// "half past nine", "a quarter past 10", "twenty past three": minutes past an hour. Returns
/// the phrase's length.
fn past_the_hour(i: &str) -> Option<usize> {
    let first = *i.as_bytes().first()?;
    if !(first.is_ascii_digit() || matches!(first, b'h' | b'H' | b'q' | b'Q' | b'a' | b'A' | b't' | b'T' | b'f' | b'F'))
    {
        return None;
    }
    // ("30 minutes past 3 pm": minutes in figures, up to the hour's 59.)
    let in_figures = |x| -> IResult<&str, ()> {
        let (r, d) = nom::character::complete::digit1(x)?;
        let (r, _) = (space, alt((kw("minutes"), kw("mins"), kw("minute")))).parse(r)?;
        if d.len() <= 2 && d.parse::<u32>().is_ok_and(|m| (1..60).contains(&m)) { Ok((r, ())) } else { fail(x) }
    };
    let minutes = alt((
        kw("half").map(|_| ()),
        (nom::combinator::opt((kw("a"), space)), kw("quarter")).map(|_| ()),
        alt((kw("five"), kw("ten"), kw("twenty"), kw("twenty-five"))).map(|_| ()),
        in_figures,
    ));
    let (r, _) = (minutes, space, kw("past"), space).parse(i).ok()?;
    let hour_word = |w: &str| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "one"
                | "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "eleven"
                | "twelve"
                | "noon"
                | "midnight"
        )
    };
    let rest = match word(r) {
        Ok((after, w)) if hour_word(w) => after,
        _ => {
            let h = r.bytes().take_while(u8::is_ascii_digit).count();
            let hour = (1..=2).contains(&h) && r[..h].parse::<u32>().is_ok_and(|v| (1..=12).contains(&v));
            // ("half past 10 people" is no time: after an hour in figures, no noun.)
            let next = r[h..].trim_start_matches(' ').split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
            let noun_after = !next.is_empty()
                && !matches!(
                    next.to_ascii_lowercase().as_str(),
                    "am" | "pm"
                        | "a"
                        | "p"
                        | "gmt"
                        | "utc"
                        | "local"
                        | "in"
                        | "on"
                        | "at"
                        | "tonight"
                        | "this"
                        | "and"
                        | "or"
                        | "when"
                );
            if !hour || noun_after {
                return None;
            }
            &r[h..]
        }
    };
    at_boundary(rest).then_some(i.len() - rest.len())
}

/// An hour that only its context tells: "at 16h" (French and wire style), "at 3 o'clock",
/// "at 10 in the morning", "at 2130 local time". Returns the length of the figure and its
/// marks.
fn hour_told(before: &str, t: &str) -> Option<usize> {
    let h = t.bytes().take_while(u8::is_ascii_digit).count();
    let hour: u32 = t.get(..h)?.parse().ok()?;
    let rest = &t[h..];
    // "3 o'clock", "3 o’clock"
    for mark in [" o'clock", " o’clock", "o'clock"] {
        if rest.get(..mark.len()).is_some_and(|m| m.eq_ignore_ascii_case(mark)) && (1..=12).contains(&hour) && h <= 2 {
            return Some(h + mark.len());
        }
    }
    let after_at = before.len() >= 3 && before.as_bytes()[before.len() - 3..].eq_ignore_ascii_case(b"at ");
    if !after_at {
        return None;
    }
    // "at 16h", "at 9h", but not "at 16h30" (a clock time of its own) or "at 16hrs".
    if h <= 2 && hour <= 24 && rest.starts_with(['h', 'H']) && number::at_boundary(&rest[1..]) {
        return Some(h + 1);
    }
    // "at 10 in the morning", "at 11 at night", "at 2130 local time".
    let military = h == 4 && hour / 100 < 24 && hour % 100 < 60;
    let of_day = ["in the morning", "in the afternoon", "in the evening", "at night", "local time"].iter().find(|p| {
        let r = rest.strip_prefix(' ').unwrap_or("");
        r.get(..p.len()).is_some_and(|x| x.eq_ignore_ascii_case(p)) && number::at_boundary(&r[p.len()..])
    });
    match of_day {
        Some(_) if (h <= 2 && (1..=12).contains(&hour)) || military => Some(h),
        _ => None,
    }
}

/// "Four co-defendants were jailed; a fifth was freed", "three died and a fourth was hurt":
/// "a fifth" after a count of four in the sentence is the next of them, not a fifth part
/// ("rose by a fifth", "a fifth of voters" stay fractions).
fn next_in_a_count(text: &str, e: &mut Expression, out: &[Expression]) {
    if e.kind != Kind::Number {
        return;
    }
    let written = &text[e.span.clone()];
    let Some((article, ord)) = written.split_once(' ') else { return };
    if !matches!(article, "a" | "A" | "an" | "An") {
        return;
    }
    let mut buf = [0u8; 24];
    let Some(n) = lower(ord, &mut buf).and_then(lexicon::ordinal_word) else { return };
    if n < 3.0 || (space, kw("of")).parse(&text[e.span.end..]).is_ok() {
        return;
    }
    let counted_before = out.iter().rev().take(3).any(|p| {
        let between = text.get(p.span.end..e.span.start).unwrap_or("");
        p.kind == Kind::Number && p.value == Some(n - 1.0) && between.len() < 200 && !between.contains(['.', '!', '?'])
    });
    if counted_before {
        e.span.start += article.len() + 1;
        e.kind = Kind::Ordinal;
        e.value = Some(n);
        e.interval = Interval::closed(n, n);
        e.precision = 0.0;
    }
}

/// "per cent of twenty-two", "percentage of 12" with no figure before: the share named after
/// the word, as speech and queries put it ("40 per cent of 22 nations" is 40%, of 22).
fn percent_of_a_figure(text: &str, e: &mut Expression) {
    if e.kind != Kind::Number || e.hedge != Hedge::Exact {
        return;
    }
    let before = text[..e.span.start].trim_end_matches([' ', '\u{a0}']);
    let Some(head) = before.strip_suffix(" of").or_else(|| before.strip_suffix(" OF")) else { return };
    let Some(word_at) = ["per cent", "percent", "percentage", "pct"]
        .iter()
        .find(|w| {
            ends_with_ignore_case(head, w) && !head[..head.len() - w.len()].ends_with(|c: char| c.is_alphanumeric())
        })
        .map(|w| head.len() - w.len())
    else {
        return;
    };
    let prior = text[..word_at].trim_end();
    let mut buf = [0u8; 24];
    let prior_word = prior.rsplit(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
    let figure_before = prior.ends_with(|c: char| c.is_ascii_digit() || c == '%')
        || lower(prior_word, &mut buf).is_some_and(|w| lexicon::num_word(w).is_some());
    // ("the percentage of 12 schools" is a share of the schools.)
    let noun_after = text[e.span.end..].trim_start_matches([' ', '\u{a0}']).starts_with(|c: char| c.is_alphanumeric());
    if figure_before || noun_after || matches!(prior_word, "the" | "The" | "a" | "A") {
        return;
    }
    e.span.start = word_at;
    e.kind = Kind::Percent;
    e.unit = Some("%");
}

/// "won 52.3 per cent against 47.7 for her rival", "61% versus 39 a year ago": a bare figure
/// set against a percentage is one too (the sign is written once). Only where no noun follows
/// it ("40% against 30 others" counts others) and it could be a share.
fn share_set_against_a_share(text: &str, e: &mut Expression, out: &[Expression]) {
    if e.kind != Kind::Number || e.value.is_none_or(|v| !(0.0..=100.0).contains(&v)) {
        return;
    }
    let Some(prev) = out.last().filter(|p| p.kind == Kind::Percent && p.span.end <= e.span.start) else { return };
    let Some(between) = text.get(prev.span.end..e.span.start) else { return };
    let between = between.trim_matches([' ', '\u{a0}', ',']);
    if !["against", "versus", "vs", "vs.", "v", "compared with", "compared to"]
        .iter()
        .any(|w| between.eq_ignore_ascii_case(w))
    {
        return;
    }
    let after = text[e.span.end..].trim_start_matches([' ', '\u{a0}']);
    let next = after.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    let ends_or_relates = !after.starts_with(|c: char| c.is_alphanumeric())
        || ["for", "among", "in", "on", "at", "a", "an", "the", "last", "this", "and", "from", "with", "previously"]
            .iter()
            .any(|w| next.eq_ignore_ascii_case(w));
    if ends_or_relates {
        e.kind = Kind::Percent;
        e.unit = Some("%");
    }
}

/// "cut journey times from 82 minutes to 49", "from 140km to 95": a bare figure after "to"
/// that closes a "from" figure with a unit has that unit too (the unit is written once).
fn unit_carried_to(text: &str, e: &mut Expression, out: &[Expression]) {
    if e.kind != Kind::Number || e.unit.is_some() || !e.per.is_empty() {
        return;
    }
    let Some(prev) = out.last() else { return };
    let Some(between) = text.get(prev.span.end..e.span.start) else { return };
    let opened = text[..prev.span.start].trim_end().rsplit(' ').next().is_some_and(|w| w.eq_ignore_ascii_case("from"))
        || text[prev.span.clone()].get(..5).is_some_and(|w| w.eq_ignore_ascii_case("from "));
    if !between.trim().eq_ignore_ascii_case("to") || !opened {
        return;
    }
    // (A noun after the figure says what it counts: "from 3 hours to 40 people" is no hours.)
    let after = text[e.span.end..].trim_start_matches([' ', '\u{a0}']);
    if after.starts_with(|c: char| c.is_alphanumeric()) && !after.starts_with("and ") && !after.starts_with("in ") {
        return;
    }
    let v = e.value.unwrap_or(0.0);
    match prev.kind {
        Kind::Duration if !prev.age_like => {
            let Some((_, unit)) = prev.duration else { return };
            e.kind = Kind::Duration;
            e.duration = Some((v, unit));
        }
        Kind::Quantity | Kind::Money | Kind::Percent => {
            e.kind = prev.kind;
            e.unit = prev.unit;
        }
        _ => {}
    }
}

/// "45 (forty-five)", "sixteen (16)": a figure restated in brackets is one figure.
fn restated_figure(text: &str, e: &mut Expression) {
    if e.kind != Kind::Number || e.value.is_none() {
        return;
    }
    let after = &text[e.span.end..];
    let Some(inner) = after.trim_start_matches(' ').strip_prefix('(') else { return };
    let Ok((r, n)) = number(inner, false) else { return };
    if Some(n.value) == e.value {
        if let Some(close) = r.strip_prefix(')') {
            e.span.end = text.len() - close.len();
        }
    }
}

/// Non-ASCII characters that can start an expression: currency signs, comparison signs,
/// vulgar fractions, the minus sign, and the apostrophe of "’90s".
fn starts_figure(c: char) -> bool {
    matches!(c, '≈' | '≤' | '≥' | '−' | '’') || lexicon::in_sign(c) || number::VULGAR.iter().any(|(v, _)| *v == c)
}

/// "-5", "- 1,200", ".75": a sign or point before a figure (not a dash between words).
fn starts_signed(bytes: &[u8], i: usize) -> bool {
    let next = bytes.get(i + 1).copied().unwrap_or(0);
    let after_space = if next == b' ' { bytes.get(i + 2).copied().unwrap_or(0) } else { next };
    after_space.is_ascii_digit() && (bytes[i] == b'-' || next.is_ascii_digit()) && !after_digit(bytes, i)
}

/// "5-6": a hyphen straight after a figure joins a range, it is not a minus sign.
fn after_digit(bytes: &[u8], i: usize) -> bool {
    bytes[..i].iter().rev().find(|b| **b != b' ').is_some_and(|b| b.is_ascii_digit())
}

/// Does the character before byte `i` belong to a word? Letters and digits of any script do;
/// punctuation and signs ("±", "«", "—", "’") do not.
fn follows_word(text: &str, i: usize) -> bool {
    let b = text.as_bytes()[i - 1];
    if b < 0x80 {
        return b.is_ascii_alphanumeric();
    }
    text[..i].chars().next_back().is_some_and(char::is_alphanumeric)
}

/// Where the figure at `i` ends: past its digits (and letters, with `letters`: "19a") and any
/// separator a digit follows ("2.5", "1,500").
fn figure_tail_end(bytes: &[u8], mut i: usize, letters: bool) -> usize {
    while i < bytes.len()
        && (if letters { bytes[i].is_ascii_alphanumeric() } else { bytes[i].is_ascii_digit() }
            || (matches!(bytes[i], b'.' | b',') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)))
    {
        i += 1;
    }
    i
}

/// "COVID-19", "F-16": a figure hyphenated onto a word is a name, not a quantity.
fn glued_to_word(bytes: &[u8], i: usize) -> bool {
    // ("minus-3.5" is a sign in words.)
    let minus = i >= 6 && bytes[i - 6..i - 1].eq_ignore_ascii_case(b"minus");
    i >= 2 && bytes[i - 1] == b'-' && bytes[i - 2].is_ascii_alphabetic() && bytes[i].is_ascii_digit() && !minus
}

/// Sorted, deduplicated word lists built once from the hedge table; looked up by binary search,
/// which beats hashing for a few dozen short words.
fn sorted_words(heads_only: bool) -> Vec<&'static str> {
    let mut v: Vec<&'static str> = PREFIX_HEDGES
        .iter()
        .flat_map(|(h, _)| {
            let words: Vec<&'static str> = h.split(' ').collect();
            if heads_only { words.into_iter().take(1).collect::<Vec<_>>() } else { words }
        })
        .map(|w| w.trim_end_matches('.'))
        .filter(|w| w.bytes().all(|b| b.is_ascii_alphabetic()))
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// Every word of a multi-word hedge ("least" in "at least"): these continue a lead word.
static HEDGE_WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| sorted_words(false));

/// First words of hedges: "at", "more", "some".
static TRIGGER_HEADS: LazyLock<Vec<&'static str>> = LazyLock::new(|| sorted_words(true));

thread_local! {
    // One per thread, kept across documents: the test it memoises is a pure function of the
    // word, so reuse changes no output, and a batch of short texts no longer pays for a fresh
    // table each time.
    static TRIGGER_CACHE: std::cell::RefCell<TriggerCache> = std::cell::RefCell::new(TriggerCache::new());
}

/// Remembers the trigger test for recent words: news prose repeats its words, and the full test
/// is a cascade of lexicon lookups. Direct-mapped on a hash of the lower-cased word.
struct TriggerCache {
    slots: Vec<([u8; 24], u8, bool)>,
}

impl TriggerCache {
    const SIZE: usize = 1024;

    fn new() -> Self {
        TriggerCache { slots: vec![([0; 24], 0, false); Self::SIZE] }
    }

    fn is_trigger(&mut self, w: &str) -> bool {
        // Longer words ("approximately", "international") than a key holds are tested uncached.
        if w.len() > 24 {
            return is_trigger(w);
        }
        let mut key = [0u8; 24];
        let mut h: u32 = 0x811c_9dc5;
        for (d, s) in key.iter_mut().zip(w.bytes()) {
            *d = s.to_ascii_lowercase();
            h = (h ^ *d as u32).wrapping_mul(0x0100_0193);
        }
        let slot = &mut self.slots[h as usize % Self::SIZE];
        if slot.1 as usize == w.len() && slot.0 == key {
            return slot.2;
        }
        let hit = is_trigger(w);
        *slot = (key, w.len() as u8, hit);
        hit
    }
}

fn is_trigger(w: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(lw) = lower(w, &mut buf) else { return false };
    lexicon::is_trigger(lw)
        || date::opens_holiday(lw)
        || TRIGGER_HEADS.binary_search(&lw).is_ok()
        || million_code(w).is_some()
        || (w.len() == 3 && lexicon::code_as_written(w).is_some())
        || (w.len() <= 4 && w.starts_with(|c: char| c.is_ascii_uppercase()) && LETTER_SIGNS.binary_search(&w).is_ok())
}

/// The letters of the currency signs written with letters ("Rs" of "Rs.", "R" of "R$", "RM"):
/// such a word may open a money figure.
static LETTER_SIGNS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut v: Vec<&'static str> = CURRENCY_SYMBOLS
        .iter()
        .chain(lexicon::LOCAL_SIGNS)
        .chain(lexicon::GLUED_SIGNS)
        .map(|(sign, _)| &sign[..sign.bytes().take_while(u8::is_ascii_alphabetic).count()])
        .filter(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_alphabetic()))
        .collect();
    v.sort_unstable();
    v.dedup();
    v
});

fn lower<'b, const N: usize>(w: &str, buf: &'b mut [u8; N]) -> Option<&'b str> {
    if w.len() > N {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(w.bytes()) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..w.len()]).ok()
}

fn lead_only(w: &str) -> bool {
    let mut buf = [0u8; 24];
    lower(w, &mut buf).is_some_and(|lw| lexicon::is_lead_only(lw) && !date::names_holiday(lw))
}

/// The ASCII word after `end`, past spaces.
fn next_word(text: &str, end: usize) -> &str {
    let rest = text[end..].trim_start_matches(' ');
    &rest[..rest.bytes().take_while(u8::is_ascii_alphabetic).count()]
}

/// After a lead word ("the", "about", "last"), is there something an expression could continue
/// with? Most "the"s and "about"s in prose are followed by ordinary words: skip those cheaply.
fn next_continues(text: &str, end: usize) -> bool {
    next_continues_at(text, end, 1)
}

fn next_continues_at(text: &str, end: usize, depth: u8) -> bool {
    // An abbreviation's full stop ("Rs. 1,200", "St. Patrick's") does not end the lead.
    let rest = text[end..].strip_prefix('.').unwrap_or(&text[end..]);
    let rest = rest.trim_start_matches([' ', '\t', '\n', '\r', '-', '\u{a0}']);
    let Some(c) = rest.chars().next() else { return false };
    if !c.is_ascii_alphabetic() {
        return c.is_ascii_digit() || matches!(c, '$' | '~' | '\'' | '’') || lexicon::in_sign(c);
    }
    let n = rest.bytes().take_while(|b| b.is_ascii_alphabetic()).count();
    let mut buf = [0u8; 24];
    let Some(w) = lower(&rest[..n], &mut buf) else { return false };
    // "in the …", "at a …": an article continues only if what follows it does.
    if matches!(w, "the" | "a" | "an") && depth > 0 {
        let after = text.len() - rest.len() + n;
        return next_continues_at(text, after, depth - 1);
    }
    lexicon::continues(w)
        // ("a metre and a half": a unit of measure after an article.)
        || (depth == 1 && lexicon::measure_word(w).is_some())
        || date::in_holiday_name(w)
        || HEDGE_WORDS.binary_search(&w).is_ok()
        || (n == 3 && iso_code(&rest[..n]).is_some())
}

/// The word the text before ends in (apostrophes kept: "hasn't"), lower-cased into `buf`.
fn last_word_lower<'b>(before: &str, buf: &'b mut [u8; 24]) -> Option<&'b str> {
    let t = before.trim_end();
    let n = t.bytes().rev().take_while(|b| b.is_ascii_alphabetic() || *b == b'\'').count();
    lower(&t[t.len() - n..], buf)
}

/// Does the text before end in a verb of sharing out ("spread", "split", "divided"), after
/// which "over" means across?
fn shared_out(before: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(w) = last_word_lower(before, &mut buf) else { return false };
    matches!(
        w,
        "spread"
            | "split"
            | "divided"
            | "shared"
            | "spaced"
            | "staggered"
            | "phased"
            | "scattered"
            | "distributed"
            | "stretched"
            | "repaid"
            | "allocated"
    )
}

/// Does "over" before a span of time mean "more than" after these words ("for over a year",
/// "a term of over ten years", "it took over a week")?
fn over_means_more(before: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(w) = last_word_lower(before, &mut buf) else { return false };
    matches!(
        w,
        "for"
            | "of"
            | "in"
            | "after"
            | "than"
            | "with"
            | "has"
            | "had"
            | "have"
            | "having"
            | "is"
            | "was"
            | "are"
            | "were"
            | "be"
            | "been"
            | "it's"
            | "just"
            | "well"
            | "already"
    ) || lexicon::spends_time(w)
}

/// "a man in his 40s", "in her early thirties", "their mid-20s": after a possessive, a decade of
/// life is an age (40..=49 years; early, mid and late thirds of it).
fn age_by_decade(input: &str, before: &str, at: usize) -> Option<Expression> {
    // Only where a possessive ends the look-back ("her ", "their "): a cheap test first, as
    // this runs at every candidate.
    let possessive = ["his ", "her ", "their ", "my ", "your ", "our ", "whose "].iter().any(|p| {
        before.len().checked_sub(p.len()).and_then(|k| before.get(k..)).is_some_and(|t| t.eq_ignore_ascii_case(p))
            && !before[..before.len() - p.len()].ends_with(|c: char| c.is_alphanumeric())
    });
    if !possessive {
        return None;
    }
    let (r, part) =
        match (alt((kw("early"), kw("mid"), kw("late"))), alt((nom::bytes::complete::tag("-"), space))).parse(input) {
            Ok((r, (p, _))) => (r, Some(p.to_ascii_lowercase())),
            Err(_) => (input, None),
        };
    let b = r.as_bytes();
    let (rest, tens) = if b.len() >= 3 && b[0].is_ascii_digit() && b[1] == b'0' && b[2] == b's' {
        (&r[3..], f64::from(b[0] - b'0') * 10.0)
    } else {
        let (rest, w) = word(r).ok()?;
        let lw = w.to_ascii_lowercase();
        let stem = lw.strip_suffix("ies").map(|x| format!("{x}y"))?;
        match lexicon::num_word(&stem)? {
            lexicon::NumWord::Tens(t) => (rest, t as f64),
            _ => return None,
        }
    };
    if !at_boundary(rest) || !(10.0..=90.0).contains(&tens) {
        return None;
    }
    let (lo, hi) = match part.as_deref() {
        Some("early") => (tens, tens + 3.0),
        Some("mid") => (tens + 4.0, tens + 6.0),
        Some("late") => (tens + 7.0, tens + 9.0),
        _ => (tens, tens + 9.0),
    };
    let mut e = Expression::new(at..at + (input.len() - rest.len()), Kind::Duration);
    e.hedge = Hedge::Range;
    e.interval = Interval::closed(lo, hi);
    e.duration = Some((hi, DurationUnit::Year));
    e.age_like = true;
    Some(e)
}

/// "Turnout was in the mid-60s", "temperatures in the high 30s": after a noun of a reading, a
/// decade clipped to two digits is a band of values, not the 1960s. "low", "high", "upper"
/// and "lower" before it make it a band whatever the noun ("the high 30s" names no decade).
fn reading_by_decade(input: &str, before: &str, at: usize) -> Option<Expression> {
    // (A cheap test first, as this runs at every candidate: "60s" within a part word's reach.)
    let head = &input.as_bytes()[..input.len().min(9)];
    if !head.windows(3).any(|w| w[0].is_ascii_digit() && w[1] == b'0' && w[2] == b's') {
        return None;
    }
    let part_word = |w: &str| {
        let w = w.to_ascii_lowercase();
        ["low", "lower", "mid", "high", "upper", "early", "late"].iter().find(|p| **p == w).copied()
    };
    // The part may lead the input ("mid-60s": "mid" opens a date) or stand before a figure the
    // scan reached first ("high 30s": "high" opens nothing).
    let (r, part, back) = match (word, alt((nom::bytes::complete::tag("-"), space))).parse(input) {
        Ok((r, (w, _))) => (r, Some(part_word(w)?), 0),
        Err(_) => {
            let b = before.strip_suffix([' ', '-'])?;
            let w = &b[b.len() - b.bytes().rev().take_while(u8::is_ascii_alphabetic).count()..];
            match part_word(w) {
                Some(p) => (input, Some(p), before.len() - (b.len() - w.len())),
                None => (input, None, 0),
            }
        }
    };
    let b = r.as_bytes();
    if !(b.len() >= 3 && b[0].is_ascii_digit() && b[1] == b'0' && b[2] == b's' && at_boundary(&r[3..])) {
        return None;
    }
    let lead = &before[..before.len() - back];
    if !ends_with_words(lead, "the") {
        return None;
    }
    // The noun of the reading, in the clause before.
    let clause = lead.rsplit([',', ';', ':', '.', '(']).next().unwrap_or(lead);
    let noun =
        clause.split(|c: char| !c.is_ascii_alphabetic()).find_map(|w| lexicon::reading_noun(&w.to_ascii_lowercase()));
    let banded = matches!(part, Some("low" | "lower" | "high" | "upper"));
    // ("Inflation soared in the late 70s", "the band peaked in the mid-60s": after a verb of
    // its own the time of it; a reading is told with a verb of being, or by its noun alone.)
    let told_as_reading = || {
        let mut back = lead.split_whitespace().rev().skip(1);
        let (prep, verb) = (back.next().unwrap_or(""), back.next().unwrap_or("").to_ascii_lowercase());
        // ("bring temperatures down to the mid-20s", "fell to the low 40s", "hit the mid-30s":
        // a reading moved to a band, or reaching it.)
        let moved_to = prep == "to" && (matches!(verb.as_str(), "down" | "up") || lexicon::change_verb(&verb));
        let reached = matches!(prep.to_ascii_lowercase().as_str(), "reached" | "reach" | "hit" | "hitting" | "topped");
        moved_to
            || reached
            || matches!(prep, "in" | "at" | "around" | "into")
                && (matches!(
                    verb.as_str(),
                    "is" | "was"
                        | "are"
                        | "were"
                        | "be"
                        | "been"
                        | "stood"
                        | "stands"
                        | "remained"
                        | "remains"
                        | "stayed"
                        | "stays"
                        | "hovered"
                        | "hovering"
                        | "hovers"
                        | "sat"
                        | "sits"
                        | "now"
                        | "still"
                ) || lexicon::reading_noun(&verb).is_some())
    };
    if !(banded || noun.is_some() && told_as_reading()) {
        return None;
    }
    let tens = f64::from(b[0] - b'0') * 10.0;
    let (lo, hi) = match part {
        Some("low" | "lower" | "early") => (tens, tens + 3.0),
        Some("mid") => (tens + 4.0, tens + 6.0),
        Some("high" | "upper" | "late") => (tens + 7.0, tens + 9.0),
        _ => (tens, tens + 9.0),
    };
    let percent = noun == Some(lexicon::Reading::Share);
    let mut e = Expression::new(
        at - back..at + (input.len() - r.len()) + 3,
        if percent { Kind::Percent } else { Kind::Number },
    );
    e.hedge = Hedge::Range;
    e.interval = Interval::closed(lo, hi);
    if percent {
        e.unit = Some("%");
    }
    Some(e)
}

/// "the under-16s", "over-65s": an age group, below or from an age.
fn age_group(input: &str, before: &str, at: usize) -> Option<Expression> {
    if let Some(e) = people_under_or_over(input, before, at) {
        return Some(e);
    }
    if let Some(e) = age_said(input, before, at) {
        return Some(e);
    }
    let (r, (side, _)) = (alt((kw("under"), kw("over"))), nom::bytes::complete::tag("-")).parse(input).ok()?;
    let n = r.bytes().take_while(u8::is_ascii_digit).count();
    let rest = r.get(n..)?.strip_prefix('s')?;
    if n == 0 || n > 3 || !at_boundary(rest) {
        return None;
    }
    let v: f64 = r[..n].parse().ok()?;
    let hedge = if side.eq_ignore_ascii_case("under") { Hedge::LessThan } else { Hedge::AtLeast };
    Some(age_bound(at..at + (input.len() - rest.len()), hedge, v))
}

/// "by the age of five", "left school at the age of 16", "died at 92 on Sunday": a whole
/// number after "age of", or after "died at" where nothing it counts follows, is an age.
fn age_said(input: &str, before: &str, at: usize) -> Option<Expression> {
    let age_of = ends_with_words(before, "age of");
    let died_at = ["died at", "dies at", "dying at", "death at"].iter().any(|t| ends_with_words(before, t));
    // "He was 58 when he was arrested", "she is now 61": a person's age after a pronoun and a
    // verb of being ("the toll is now 61" counts).
    let said_of_a_person = {
        let b = before.trim_end_matches(' ');
        let b = ["now", "then", "only", "just", "still"]
            .iter()
            .find(|w| ends_with_words(b, w))
            .map_or(b, |w| b[..b.len() - w.len()].trim_end_matches(' '));
        ["he was", "she was", "he is", "she is", "he's", "she's", "he turned", "she turned", "he turns", "she turns"]
            .iter()
            .any(|t| ends_with_words(b, t))
    };
    if !(age_of || died_at || said_of_a_person) || !before.ends_with(' ') {
        return None;
    }
    let (rest, n) = number(input, false).ok()?;
    let written = &input[..input.len() - rest.len()];
    if !(1.0..=125.0).contains(&n.value) || n.value.fract() != 0.0 || written.contains([',', '.']) {
        return None;
    }
    if !at_boundary(rest) || rest.starts_with('%') || number::unit_follows(rest) {
        return None;
    }
    // ("died at 92 Main Street": a word of its own after the figure says what it numbers.)
    let next = rest.trim_start_matches(' ');
    let next_word = &next[..next.bytes().take_while(u8::is_ascii_alphabetic).count()];
    let ends_there = next_word.is_empty()
        || ["in", "on", "after", "following", "and", "at", "of", "from", "when", "while", "last", "this", "next"]
            .iter()
            .any(|w| next_word.eq_ignore_ascii_case(w));
    // ("he was 22-year-old", "she is now one-day…": a compound of its own.)
    let joined = rest.starts_with(['-', '–', '/']);
    if (died_at || said_of_a_person) && (!ends_there || joined) {
        return None;
    }
    Some(age_bound(at..at + written.len(), Hedge::Exact, n.value))
}

/// An age below or above `years`: a bounded duration in years that reads as an age.
fn age_bound(span: std::ops::Range<usize>, hedge: Hedge, years: f64) -> Expression {
    let mut e = Expression::new(span, Kind::Duration);
    e.hedge = hedge;
    e.value = Some(years);
    e.interval = hedge_interval(hedge, years);
    e.duration = Some((years, DurationUnit::Year));
    e.age_like = true;
    e
}

/// "children under five", "people over 65", "drivers over 70": after a noun for people, "under"
/// or "over" a small whole number is an age, not a count of them (which "1,200 children under
/// five" would otherwise contradict).
fn people_under_or_over(input: &str, before: &str, at: usize) -> Option<Expression> {
    if !matches!(input.as_bytes().first(), Some(b'u' | b'U' | b'o' | b'O')) {
        return None;
    }
    let (r, (side, _)) = (alt((kw("under"), kw("over"))), space).parse(input).ok()?;
    if !lexicon::people_noun(&date::last_word(before)) {
        return None;
    }
    let (rest, n) = number(r, false).ok()?;
    let written = &r[..r.len() - rest.len()];
    let unit_next = number::unit_follows(rest);
    if !(1.0..=120.0).contains(&n.value) || n.value.fract() != 0.0 || written.contains([',', '.']) || unit_next {
        return None;
    }
    if !at_boundary(rest) || rest.starts_with('%') {
        return None;
    }
    let hedge = if side.eq_ignore_ascii_case("under") { Hedge::LessThan } else { Hedge::MoreThan };
    Some(age_bound(at..at + (input.len() - rest.len()), hedge, n.value))
}

/// Parses the longest expression starting at byte `i`, if any.
pub fn parse_at(text: &str, i: usize, ctx: &DateContext) -> Option<Expression> {
    let input = &text[i..];
    let lo = crate::error::ceil_char_boundary(text, i.saturating_sub(80));
    let before = &text[lo..i];
    if let Some(e) = age_by_decade(input, before, i)
        .or_else(|| age_group(input, before, i))
        .or_else(|| reading_by_decade(input, before, i))
    {
        return Some(e);
    }
    let date = date_phrase(input, before, ctx).ok().map(|(rest, hit)| (input.len() - rest.len(), hit));
    let qty = quantity(input, before).map(|(rest, e)| (input.len() - rest.len(), e));
    // "about 3rd week of 2018": a hedge word that also reads as the start of a figure must not
    // cut a longer date that starts after it; the date is read from there.
    if let (None, Some((ql, _))) = (&date, &qty) {
        // Only worth a second parse where a date could run on past the figure.
        let next = input[*ql..].trim_start_matches(' ');
        let next = &next[..next.bytes().take_while(u8::is_ascii_alphabetic).count()];
        // ("below 1990 levels": a year before a noun years date.)
        let year_next = input[..*ql].ends_with(|c: char| c.is_ascii_digit())
            && input[..*ql].rsplit(|c: char| !c.is_ascii_digit()).next().is_some_and(|d| d.len() == 4)
            && date::year_dates_next(&input[*ql..]);
        // ("20% above 2021.", "higher than 2019": a bound on a bare year may be the year set
        // against.)
        let bare_year = input[..*ql].len() > 4
            && input[..*ql].rsplit(|c: char| !c.is_ascii_digit()).next().is_some_and(|d| d.len() == 4)
            && input[..*ql - 4].ends_with(' ');
        let runs_on = year_next
            || bare_year
            || duration_unit(&next.to_ascii_lowercase()).is_some()
            || ["of", "ago", "before", "after", "from", "hence", "century"]
                .iter()
                .any(|w| next.eq_ignore_ascii_case(w));
        if let Some((after, _)) = prefix_hedge(input).filter(|_| runs_on) {
            let j = i + (input.len() - after.len());
            // (A year before "levels" ends where the figure does: "below 1990 levels".)
            let longer = date_phrase(after, &text[lo..j], ctx)
                .is_ok_and(|(rest, _)| j + (after.len() - rest.len()) + usize::from(year_next || bare_year) > i + ql);
            if longer {
                return parse_at(text, j, ctx);
            }
        }
    }
    // "burned over a fortnight", "$5bn over 10 years": "over" a span of time after most words
    // says across it, not more than it ("for over a year", "took over a week").
    if let (None, Some((_, e))) = (&date, &qty) {
        if e.kind == Kind::Duration && e.hedge == Hedge::MoreThan && !over_means_more(before) {
            if let Some(r) = (kw("over"), space).parse(input).ok().map(|(r, _)| r) {
                return parse_at(text, i + (input.len() - r.len()), ctx);
            }
        }
    }
    // "£14.5 million spread over two budgets", "split over three sites": after a verb of
    // sharing out, "over" is across, not more than.
    if let (None, Some((_, e))) = (&date, &qty) {
        if e.hedge == Hedge::MoreThan && shared_out(before) {
            if let Some(r) = (kw("over"), space).parse(input).ok().map(|(r, _)| r) {
                return parse_at(text, i + (input.len() - r.len()), ctx);
            }
        }
    }
    // "the 2023 annual report": a year before a rate adjective and an event is the year, not
    // 2,023 a year.
    let year_before_rate = matches!((&date, &qty), (Some((_, hit)), Some((_, e)))
        if e.kind == Kind::Number && !e.per.is_empty()
            && matches!(hit.resolved, Resolved::Span(s) if s.grain == Grain::Year && e.value == Some(s.start.year() as f64)));
    let qty = if year_before_rate { None } else { qty };
    // "half a century ago", "two and a half years ago": a length in a fraction of years (which
    // the date grammars count only in whole units), back from the day of writing.
    let date = match (&date, &qty) {
        (None, Some((ql, e))) if e.kind == Kind::Duration && e.hedge == Hedge::Exact && !e.age_like => {
            let years = match e.duration {
                Some((v, DurationUnit::Year)) => v,
                Some((v, DurationUnit::Decade)) => v * 10.0,
                Some((v, DurationUnit::Century)) => v * 100.0,
                _ => f64::NAN,
            };
            (space, kw("ago"))
                .parse(&input[*ql..])
                .ok()
                .filter(|(r, _)| at_boundary(r) && e.duration.is_some_and(|(v, _)| v.fract() != 0.0))
                .and_then(|(r, _)| date::years_ago(ctx.reference, years).map(|d| (input.len() - r.len(), d)))
                .map(|(len, resolved)| (len, date::DateHit { resolved, bound: None }))
        }
        _ => date,
    };
    match (date, qty) {
        (Some((dl, hit)), q) if q.as_ref().is_none_or(|(ql, _)| dl >= *ql) => {
            // "in June", "on Friday", "during March": the preposition belongs to the phrase.
            // ("will be sworn in next week", "logged in yesterday": news copy does not say "in
            // next week", so that "in" ends the verb; "in this quarter", "in last year's" do.)
            let deictic = ["next ", "yesterday", "today", "tomorrow", "tonight"]
                .iter()
                .any(|w| input.get(..w.len()).is_some_and(|h| h.eq_ignore_ascii_case(w)));
            let lead = ["in ", "on ", "at ", "during "].iter().filter(|p| !(deictic && **p == "in ")).find_map(|p| {
                let b = before.len().checked_sub(p.len())?;
                before
                    .get(b..)
                    .filter(|t| t.eq_ignore_ascii_case(p))
                    .filter(|_| b == 0 || !before.as_bytes()[b - 1].is_ascii_alphanumeric())
                    .map(|_| p.len())
            });
            // "in Sunday's vote": the preposition belongs to the noun the date qualifies.
            let possessive = input[dl..].starts_with("'s") || input[dl..].starts_with("’s");
            // "the toll from Monday's earthquake": "from" the event is its cause, no start of
            // time ("since Monday's vote" is still one); the day alone is the date.
            if possessive && hit.bound.is_some() && input.get(..5).is_some_and(|w| w.eq_ignore_ascii_case("from ")) {
                return parse_at(text, i + 5, ctx);
            }
            let start = i - if possessive { 0 } else { lead.unwrap_or(0) };
            let mut e = Expression::new(start..i + trim_len(input, dl), Kind::Date);
            e.date_bound = hit.bound;
            // A window that ends today ("the past year", "over the last 3 months") bounds a total
            // accumulated up to now, like "since".
            let phrase = &input[..dl];
            let window = phrase
                .split_whitespace()
                .take(3)
                .any(|w| matches!(w.to_ascii_lowercase().as_str(), "past" | "last" | "previous"))
                && matches!(hit.resolved, Resolved::Span(s) if ctx.reference == Some(s.end) && s.grain == Grain::Day);
            if e.date_bound.is_none() && window {
                e.date_bound = Some("over");
            }
            // "Works start w/c 4 March", "week commencing 4 March": the week from that day, as
            // listings write it ("the week commencing" is read by the date grammar).
            let week_from = ["w/c ", "w/b ", "week commencing ", "week beginning ", "week starting "]
                .iter()
                .find(|w| ends_with_ignore_case(before, w))
                .map(|w| w.len())
                .filter(|_| lead.is_none() && hit.bound.is_none());
            let hit = match (week_from, hit.resolved) {
                (Some(n), Resolved::Span(s)) if s.grain == Grain::Day && s.start == s.end => {
                    e.span.start = i - n;
                    date::DateHit {
                        resolved: Resolved::Span(DateSpan {
                            start: s.start,
                            end: s.start.saturating_add(jiff::ToSpan::days(6)),
                            grain: Grain::Week,
                        }),
                        bound: None,
                    }
                }
                _ => hit,
            };
            match hit.resolved {
                Resolved::Span(s) => {
                    e.date = Some(s);
                    if weekday_contradicts(phrase, s) {
                        e.malformed = Some(Malformed { reason: WEEKDAY_MISMATCH, readings: Vec::new() });
                    }
                }
                Resolved::Unresolved => e.unresolved = true,
                Resolved::Invalid => {
                    e.malformed = Some(Malformed { reason: "no such day in the calendar", readings: Vec::new() })
                }
            }
            Some(e)
        }
        (_, Some((ql, mut e))) => {
            e.span = i..i + trim_len(input, ql);
            // "a month's worth of rain", "two weeks' worth of food": a measure of the thing,
            // no span of time.
            let tail = &text[e.span.end..];
            if e.kind == Kind::Duration
                && ["'s worth", "’s worth", "' worth", "’ worth"].iter().any(|w| tail.starts_with(w))
            {
                return None;
            }
            age_after_aged(before, &mut e);
            if let Some(first) = score_first(text, &e, before) {
                return Some(first);
            }
            Some(e)
        }
        _ => None,
    }
}

/// "a third quarter", "a fifth year": an article and an ordinal that also names a fraction,
/// straight before a unit of time, rank the period. Returns the rank.
fn rank_before_unit(figure: &str, rest: &str) -> Option<f64> {
    let (r, _) = (alt((kw("a"), kw("an"))), space).parse(figure).ok()?;
    let (after, k) = ordinal(r).ok()?;
    if !after.is_empty() || !(3.0..=12.0).contains(&k) {
        return None;
    }
    let (_, unit) = word(rest.strip_prefix([' ', '-'])?).ok()?;
    duration_unit(&unit.to_ascii_lowercase()).map(|_| k)
}

/// "lost 0-2", "a 2-3 defeat", "a 5-4 ruling": two small figures joined by a dash after a verb
/// of a contest, or before its noun, are a score or a tally — two counts, not a range. Returns
/// the first alone; the scanner reads the second after it.
fn score_first(text: &str, e: &Expression, before: &str) -> Option<Expression> {
    if e.kind != Kind::Number || e.hedge != Hedge::Range {
        return None;
    }
    let phrase = &text[e.span.clone()];
    let dash = phrase.find(['-', '–'])?;
    let (a, b) = (&phrase[..dash], &phrase[dash + phrase[dash..].chars().next()?.len_utf8()..]);
    let small = |x: &str| (1..=3).contains(&x.len()) && x.bytes().all(|c| c.is_ascii_digit());
    if !small(a) || !small(b) {
        return None;
    }
    let prev = date::last_word(before);
    let next =
        word(text[e.span.end..].trim_start_matches(' ')).map(|(_, w)| w.to_ascii_lowercase()).unwrap_or_default();
    // ("won 10-12 seats" is a range of seats: after a verb only where no noun follows.)
    let nothing_counted = next.is_empty()
        || matches!(
            next.as_str(),
            "on" | "at"
                | "in"
                | "against"
                | "to"
                | "with"
                | "after"
                | "and"
                | "but"
                | "over"
                | "for"
                | "from"
                | "before"
        );
    let contest = (lexicon::contest_verb(&prev) && nothing_counted) || lexicon::score_noun(&next);
    if !contest {
        return None;
    }
    let mut first = e.clone();
    let v: f64 = a.parse().ok()?;
    first.span = e.span.start..e.span.start + dash;
    first.hedge = Hedge::Exact;
    first.value = Some(v);
    first.interval = Interval::closed(v, v);
    Some(first)
}

/// "died aged 81", "adults aged 50 to 75": a bare figure after "aged" is an age in years, as
/// "an 81-year-old" is.
fn age_after_aged(before: &str, e: &mut Expression) {
    let top = e.interval.upper.or(e.value).unwrap_or(f64::MAX);
    if e.kind != Kind::Number || e.unit.is_some() || !(0.0..=130.0).contains(&top) {
        return;
    }
    let prev = before.trim_end();
    let Some(cut) = prev.len().checked_sub(4).filter(|&k| prev.is_char_boundary(k)) else { return };
    if prev[cut..].eq_ignore_ascii_case("aged") && !prev[..cut].ends_with(|c: char| c.is_ascii_alphanumeric()) {
        e.kind = Kind::Duration;
        e.duration = Some((e.value.unwrap_or(top), DurationUnit::Year));
        e.age_like = true;
    }
}

/// Drops trailing spaces or a trailing full stop of an abbreviation from a matched length.
fn trim_len(input: &str, len: usize) -> usize {
    input[..len].trim_end().len()
}

fn fail<T>(i: &str) -> IResult<&str, T> {
    Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify)))
}

/// Prefix hedges grouped by their first word (lower case), sorted for binary search, so a parse
/// tries only the few hedges that can match.
type HedgeGroup = (&'static str, Vec<(&'static str, Hedge)>);

static HEDGES_BY_HEAD: LazyLock<Vec<HedgeGroup>> = LazyLock::new(|| {
    let mut m: Vec<HedgeGroup> = Vec::new();
    for (h, hedge) in PREFIX_HEDGES {
        // Signs are looked up by their first character (">=" with ">").
        let head = match h.chars().next() {
            Some(c) if !c.is_ascii_alphabetic() => &h[..c.len_utf8()],
            _ => h.split(' ').next().unwrap_or(h).trim_end_matches('.'),
        };
        match m.iter_mut().find(|(k, _)| *k == head) {
            Some((_, v)) => v.push((h, *hedge)),
            None => m.push((head, vec![(h, *hedge)])),
        }
    }
    m.sort_by(|a, b| a.0.cmp(b.0));
    m
});

/// The longest prefix hedge at the start of `i`.
fn prefix_hedge(i: &str) -> Option<(&str, Hedge)> {
    let mut best: Option<(&str, Hedge)> = None;
    let mut buf = [0u8; 24];
    let head_len = i.bytes().take_while(|b| b.is_ascii_alphabetic()).count();
    let head: &str = if head_len > 0 {
        lower(&i[..head_len], &mut buf)?
    } else {
        let c = i.chars().next()?;
        &i[..c.len_utf8()]
    };
    let candidates = &HEDGES_BY_HEAD[HEDGES_BY_HEAD.binary_search_by(|(k, _)| (*k).cmp(head)).ok()?].1;
    for (h, hedge) in candidates {
        let symbol = !h.as_bytes()[0].is_ascii_alphabetic();
        let rest = if symbol {
            match i.strip_prefix(h) {
                Some(r) => r.trim_start_matches(' '),
                None => continue,
            }
        } else {
            match (phrase(h), space).parse(i) {
                Ok((r, _)) => r,
                Err(_) => continue,
            }
        };
        if best.is_none_or(|(b, _)| rest.len() < b.len()) {
            best = Some((rest, *hedge));
        }
    }
    best
}

/// "12% year on year", "3% month-on-month": the basis of a change belongs to the percent, so
/// "year" is not read as what it counts.
fn comparison_basis(i: &str) -> &str {
    for unit in ["year", "month", "quarter", "week"] {
        let spaced = (space, kw(unit), space, kw("on"), space, kw(unit)).parse(i).map(|(r, _)| r);
        let hyphened = (space, kw(unit)).parse(i).ok().and_then(|(r, _)| {
            let tail = format!("-on-{unit}");
            r.get(..tail.len()).filter(|t| t.eq_ignore_ascii_case(&tail)).map(|_| &r[tail.len()..])
        });
        if let Some(r) = spaced.ok().or(hyphened).filter(|r| at_boundary(r)) {
            return r;
        }
    }
    i
}

/// A tolerance after a figure: "± 0.1", "+/-5", "plus or minus 3", ", give or take 100".
/// Returns the rest, the tolerance and whether it was written in per cent of the figure.
fn plus_minus(i: &str) -> Option<(&str, f64, bool)> {
    let t = i.trim_start_matches([' ', '\u{a0}']);
    let spelled = t.strip_prefix(',').map_or(t, |y| y.trim_start_matches(' '));
    let after = ["±", "+/-", "+/–", "+-"].iter().find_map(|s| t.strip_prefix(s)).or_else(|| {
        (alt((phrase("plus or minus"), phrase("plus/minus"), phrase("give or take"))), space)
            .parse(spelled)
            .ok()
            .map(|(r, _)| r)
    })?;
    let (r, n) = number(after.trim_start_matches([' ', '\u{a0}']), false).ok()?;
    let (r, relative) = match percent_suffix(r) {
        Some(r2) => (r2, true),
        None => (r, false),
    };
    // "62%, give or take two points": points of the figure's own scale.
    let r = if relative {
        r
    } else {
        (space, nom::combinator::opt((kw("percentage"), space)), alt((kw("points"), kw("point"))))
            .parse(r)
            .map_or(r, |(x, _)| x)
    };
    (n.value > 0.0).then_some((r, n.value, relative))
}

fn suffix_hedge(i: &str) -> Option<(&str, Hedge)> {
    // (The hedges in words all open with "or" or "and": most figures have neither after them.)
    let t = i.trim_start_matches([' ', '\u{a0}']);
    let opens = |w: &str| t.get(..w.len()).is_some_and(|x| x.eq_ignore_ascii_case(w));
    let worded = t.len() < i.len() && (opens("or ") || opens("and "));
    for (h, hedge) in SUFFIX_HEDGES {
        let attached = !h.as_bytes()[0].is_ascii_alphabetic();
        if !attached && !worded {
            continue;
        }
        let rest = if attached {
            match i.strip_prefix(h) {
                Some(r) if at_boundary(r) => r,
                _ => continue,
            }
        } else {
            match (space, phrase(h)).parse(i) {
                Ok((r, _)) if at_boundary(r) => r,
                _ => continue,
            }
        };
        // "aged 2 and over 300 times": a figure after "and over" is one of its own.
        if h.starts_with("and ") && space(rest).is_ok_and(|(r, _)| number(r, false).is_ok()) {
            return None;
        }
        // "200 or greater than 190": the comparison belongs to the next figure; with none
        // after it ("200 or greater than."), it bounds this one.
        if let Ok((after_than, _)) = (space, kw("than")).parse(rest) {
            let next_is_figure = space(after_than).is_ok_and(|(r, _)| number(r, false).is_ok());
            if next_is_figure {
                return None;
            }
            return Some((after_than, *hedge));
        }
        return Some((rest, *hedge));
    }
    None
}

/// A currency sign or code written before the figure.
fn currency_prefix(i: &str) -> Option<(&str, &'static str)> {
    let first = *i.as_bytes().first()?;
    let letters = i.bytes().take_while(|b| b.is_ascii_alphabetic()).count();
    // Signs, or a code of at most four letters stuck to "$" or a figure ("US$", "Mex$", "CAD3").
    if !(first == b'$' || first >= 0x80 || (letters > 0 && letters <= 4)) {
        return None;
    }
    if i.len() > 3 && i.is_char_boundary(3) {
        if let Some(code) = lexicon::code_as_written(&i[..3]) {
            let rest = &i[3..];
            let trimmed = rest.trim_start_matches([' ', '\u{a0}']);
            // "COP28", "COP 29": the UN climate conferences are numbered, and news names them
            // far more often than it prices in Colombian pesos (never below 100 of them).
            let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
            let numbered_conference = code == "COP"
                && (1..=2).contains(&digits)
                && at_boundary(&trimmed[digits..])
                && !(trimmed[digits..].starts_with([',', '.'])
                    && trimmed[digits + 1..].starts_with(|c: char| c.is_ascii_digit()));
            if trimmed.starts_with(|c: char| c.is_ascii_digit()) && !numbered_conference {
                return Some((trimmed, code));
            }
        }
    }
    for (sym, code) in CURRENCY_SYMBOLS.iter().chain(lexicon::LOCAL_SIGNS) {
        // (A first byte compared is cheaper than a prefix, and most signs fail on it.)
        if sym.as_bytes()[0] != first {
            continue;
        }
        if let Some(rest) = i.strip_prefix(sym) {
            // "A $ 2.5 billion" is tokenised copy's Australian dollar; "A $5 million deal" the
            // article and a US dollar sign.
            if *sym == "A $" && !rest.starts_with(' ') {
                continue;
            }
            let rest_trim = rest.trim_start_matches([' ', '\u{a0}']);
            let alpha = sym.as_bytes()[0].is_ascii_alphabetic();
            // "USD 20" needs the space or the digit; "$20" the digit.
            if rest_trim.starts_with(|c: char| c.is_ascii_digit() || c.is_ascii_alphabetic())
                && (!alpha || rest_trim.len() < rest.len() || rest.starts_with(|c: char| c.is_ascii_digit()))
            {
                return Some((rest_trim, code));
            }
        }
    }
    lexicon::GLUED_SIGNS
        .iter()
        .find_map(|(sign, code)| i.strip_prefix(sign).filter(|r| reads_as_a_sum(r)).map(|r| (r, *code)))
}

/// After a one-letter sign: digits whose thousands are grouped ("1,500") or that a scale
/// follows ("20bn", "2.5 million").
fn reads_as_a_sum(r: &str) -> bool {
    if !r.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let fig = r.bytes().take_while(|b| b.is_ascii_digit() || matches!(b, b',' | b'.')).count();
    let (digits, tail) = r.split_at(fig);
    let grouped = digits.split(',').skip(1).any(|g| g.len() >= 3);
    let tail = tail.trim_start_matches(' ');
    let n = tail.bytes().take_while(u8::is_ascii_alphabetic).count();
    let w = &tail[..n];
    let scaled = n > 0
        && at_boundary(&tail[n..])
        && (lexicon::scale_suffix(w).is_some()
            || ["million", "billion", "trillion"].iter().any(|s| w.eq_ignore_ascii_case(s)));
    grouped || scaled
}

/// "MEUR", "MUSD": an ISO code prefixed with M for millions, as finance copy writes it.
fn million_code(i: &str) -> Option<(&str, &'static str)> {
    let n = i.bytes().take_while(|b| b.is_ascii_uppercase()).count();
    if n != 4 || !i.starts_with('M') || !at_boundary(&i[4..]) {
        return None;
    }
    Some((&i[4..], iso_code(&i[1..4])?))
}

/// "ringgit 42", "Malaysian ringgits 42": a currency named before the figure.
fn currency_name_first(i: &str) -> Option<(&str, &'static str)> {
    let mut cur = i;
    let mut adjectives: Vec<String> = Vec::new();
    for _ in 0..3 {
        let (after, w) = word(cur).ok()?;
        let lw = w.to_ascii_lowercase();
        if let Some(code) = currency_word(&lw).filter(|c| c.len() == 3) {
            let (r, _) = space(after).ok()?;
            if !r.starts_with(|c: char| c.is_ascii_digit()) {
                return None;
            }
            let code = lexicon::currency_of(&adjectives, code);
            return Some((r, code));
        }
        if !lexicon::is_currency_adjective(&lw) {
            return None;
        }
        adjectives.push(lw);
        cur = space(after).ok()?.0;
    }
    None
}

/// "1.5 trillion won", "300 billion won": after a scale word, "won" is no verb (a count that
/// won something is written "300 won", with no scale) but Korea's currency.
fn won_after_a_scale<'a>(figure: &str, rest: &'a str) -> Option<&'a str> {
    let last = figure.trim_end().rsplit(' ').next()?;
    if !["million", "billion", "trillion"].iter().any(|s| last.eq_ignore_ascii_case(s)) {
        return None;
    }
    let (r, _) = (space, kw("won")).parse(rest).ok()?;
    at_boundary(r).then_some(r)
}

/// A currency named after the figure: "dollars", "US dollars", "Lebanese pounds", "EUR", "€", "¢".
fn currency_suffix(i: &str) -> Option<(&str, &'static str)> {
    // Attached or spaced symbols: "10$", "20 €", "10¢", "42MYR".
    let t = i.trim_start_matches([' ', '\u{a0}']);
    let first = t.as_bytes().first().copied().unwrap_or(0);
    let symbols =
        CURRENCY_SYMBOLS.iter().filter(|(sym, _)| !sym.starts_with(|c: char| c.is_ascii_alphabetic())).copied();
    for (sym, code) in symbols.chain([("¢", "cent")]).filter(|_| first == b'$' || first >= 0x80) {
        if let Some(r) = t.strip_prefix(sym) {
            if !r.starts_with(|c: char| c.is_ascii_digit()) {
                return Some((r, code));
            }
        }
    }
    let n = t.bytes().take_while(|b| b.is_ascii_uppercase()).count();
    if (2..=3).contains(&n) && at_boundary(&t[n..]) {
        if let Some((_, code)) = lexicon::LOCAL_SIGNS.iter().find(|(sign, _)| *sign == &t[..n]) {
            return Some((&t[n..], code));
        }
    }
    // "42 le", "42 l.e.": the Egyptian pound's sign in lower case, where the clause ends after
    // it (so no French article starts a name there).
    if t.len() < i.len() {
        for sign in ["l.e.", "le"] {
            if let Some(r) = t.strip_prefix(sign) {
                let ends = r.trim_start_matches(' ').chars().next().is_none_or(|c| !c.is_alphanumeric());
                // The dotted form is no word; the bare one needs the clause to end.
                if sign.ends_with('.') || (ends && at_boundary(r)) {
                    return Some((r, "EGP"));
                }
            }
        }
    }
    if !i.starts_with([' ', '\u{a0}']) {
        // "a 50p coin": pence glued to the figure.
        if let Some(r) = i.strip_prefix('p').filter(|r| at_boundary(r)) {
            return Some((r, "penny"));
        }
        // "99c", "64.5c": cents glued to the figure (a temperature is written "30C").
        if let Some(r) = i.strip_prefix('c').filter(|r| at_boundary(r) && !r.starts_with(['\'', '’'])) {
            return Some((r, "cent"));
        }
        let n = i.bytes().take_while(|b| b.is_ascii_uppercase()).count();
        let n = if n == 0 { i.bytes().take_while(u8::is_ascii_lowercase).count() } else { n };
        if n == 3 && at_boundary(&i[3..]) {
            if let Some(code) = lexicon::code_as_written(&i[..3]) {
                return Some((&i[3..], code));
            }
        }
    }
    let (r, _) = space(i)
        .or_else(|_| nom::character::complete::char::<_, nom::error::Error<&str>>('-').parse(i).map(|(r, _)| (r, "")))
        .ok()?;
    // Up to two words of nationality: "US", "Hong Kong", "South Korean", "Lebanese".
    let mut adjectives: Vec<String> = Vec::new();
    let mut cur = r;
    for _ in 0..3 {
        let Ok((after, w)) = word(cur) else { break };
        let lw = w.to_ascii_lowercase();
        let after = after.strip_prefix('.').filter(|_| lw == "u" || lw == "s").unwrap_or(after);
        if let Some(code) = currency_word(&lw).or_else(|| lexicon::code_as_written(w)) {
            if !at_boundary(after) && !after.starts_with('\'') {
                return None;
            }
            let code = lexicon::currency_of(&adjectives, code);
            // Ambiguous nouns ("real", "rand", "won", "p") need a figure-like context: a nationality, or money-only words.
            if matches!(lw.as_str(), "real" | "won" | "p" | "dong" | "sen" | "sens")
                && adjectives.is_empty()
                && !matches!(lw.as_str(), "sen" | "sens")
            {
                return None;
            }
            // A nationality after the name, as Arabic has it: "genihat masriya" (Egyptian pounds).
            let after = match (space, word).parse(after) {
                Ok((r, (_, w))) if lexicon::currency_nationality_after(&w.to_ascii_lowercase()) == Some(code) => r,
                _ => after,
            };
            // "12 euro cents", "50 US cents": the hundredths of the currency named.
            if let Ok((r, (_, w))) = (space, word).parse(after) {
                if code != "cent" && at_boundary(r) && matches!(w.to_ascii_lowercase().as_str(), "cent" | "cents") {
                    return Some((r, "cent"));
                }
            }
            return Some((after, code));
        }
        if !lexicon::is_currency_adjective(&lw) {
            return None;
        }
        adjectives.push(lw);
        match space(after) {
            Ok((next, _)) => cur = next,
            Err(_) => break,
        }
    }
    None
}

/// "50 basis points", "25bp", "12 bps", "a 50-basis-point cut" after a figure.
fn basis_points(i: &str) -> Option<&str> {
    let spaced = i.starts_with([' ', '\u{a0}']);
    let t = i.trim_start_matches([' ', '\u{a0}']);
    if let Some(r) = i.strip_prefix("-basis-point").filter(|r| at_boundary(r)) {
        return Some(r);
    }
    if let Ok((r, _)) = (kw("basis"), space, alt((kw("points"), kw("point")))).parse(t) {
        return Some(r);
    }
    let (r, w) = word(t).ok()?;
    (matches!(w, "bp" | "bps") && at_boundary(r) && (spaced || t.len() == i.len())).then_some(r)
}

/// `e` as a change of `v` percentage points, hedged.
fn points(mut e: Expression, v: f64, hedge: Hedge) -> Expression {
    e.kind = Kind::Percent;
    e.unit = Some("%");
    e.value = Some(v);
    e.hedge = hedge;
    e.interval = hedge_interval(hedge, v);
    e
}

/// "quarter-point", "three-quarter-point", "half-point" (after an article or none): the
/// fraction of a point, and the rest.
fn point_adjective(i: &str) -> Option<(&str, f64)> {
    // (Most figures have no "-point" after them: look for it before parsing.)
    let head = &i.as_bytes()[..i.len().min(28)];
    if !head.windows(6).any(|w| w == b"-point") {
        return None;
    }
    let i = (alt((kw("a"), kw("an"))), space).parse(i).map_or(i, |(r, _)| r);
    let (r, numerator) = match (alt((kw("one"), kw("two"), kw("three"))), nom::bytes::complete::tag("-")).parse(i) {
        Ok((r, (w, _))) => (
            r,
            match w.to_ascii_lowercase().as_str() {
                "one" => 1.0,
                "two" => 2.0,
                _ => 3.0,
            },
        ),
        Err(_) => (i, 1.0),
    };
    let (r, d) = alt((kw("quarter").map(|_| 4.0), kw("half").map(|_| 2.0), kw("third").map(|_| 3.0))).parse(r).ok()?;
    let r = r.strip_prefix("-point").filter(|r| at_boundary(r))?;
    (numerator < d).then_some((r, numerator / d))
}

/// "a quarter-point cut", "three-quarters of a percentage point", "a tenth of a point": a
/// fraction of a percentage point. Returns the rest.
fn point_fraction(i: &str) -> Option<&str> {
    if let Some(r) = i.strip_prefix("-point").filter(|r| at_boundary(r)) {
        return Some(r);
    }
    let (r, _) = (space, kw("of"), space, alt((kw("a"), kw("one"))), space).parse(i).ok()?;
    let (r, _) = alt((phrase("percentage point"), kw("point"))).parse(r).ok()?;
    at_boundary(r).then_some(r)
}

/// "fell by 12,000 to 61,400", "rose 300 to 4,100": after a verb of change, a figure and a
/// much larger one joined by "to" are the change and the level it reached. Ranges written
/// that way keep their ends close ("cut by 10 to 15 per cent").
fn change_then_level(before: &str, joint: &str, low: f64, high: f64) -> bool {
    if (space, kw("to")).parse(joint).is_err() {
        return false;
    }
    let mut words = before.rsplit(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
    let mut buf = [0u8; 24];
    // "the toll rose by 9 to 23": after "by" the change is named, and a level more than twice
    // it is where it went ("cut by 5 to 10 per cent" stays a range of the cut); after the verb
    // alone ("rose 9 to 23") only one more than three times it.
    match words.next().and_then(|w| lower(w, &mut buf)) {
        // ("lifts the defence budget by €4.3bn to €61.5bn": the verb may have its object.)
        Some("by") => {
            // ("Vacancies dropped for the 28th month in a row, by 35,000 to 831,000": the change
            // set off by a comma from its verb, at most ten words back.)
            let set_off = before.trim_end().strip_suffix("by").is_some_and(|t| t.trim_end().ends_with(','));
            high > 2.0 * low
                && words.take(if set_off { 10 } else { 5 }).enumerate().any(|(k, w)| {
                    lower(w, &mut buf).is_some_and(|w| {
                        (k == 0 || set_off) && lexicon::change_verb(w) || lexicon::verb_of_change_with_object(w)
                    })
                })
        }
        Some(w) => high >= 3.0 * low && lexicon::change_verb(w),
        None => false,
    }
}

/// Does the percent sign ahead say percentage points ("2.4 percentage points", "3pp")?
fn says_points(i: &str) -> bool {
    let t = i.trim_start_matches([' ', '\u{a0}', '-']);
    t.get(..16).is_some_and(|h| h.eq_ignore_ascii_case("percentage point"))
        || t.strip_prefix("pp").is_some_and(at_boundary)
}

fn percent_suffix(i: &str) -> Option<&str> {
    if let Some(r) = i.strip_prefix('%') {
        return Some(r);
    }
    // Glued or hyphenated: "15pc", "15pct", "a 5-percent rise", "5-per-cent".
    let glued = i.strip_prefix('-').unwrap_or(i);
    for form in ["per-cent", "percent", "pct", "pc", "pp"] {
        if let Some(r) = glued.get(..form.len()).filter(|h| h.eq_ignore_ascii_case(form)).map(|_| &glued[form.len()..])
        {
            if at_boundary(r) && !glued.starts_with(' ') {
                return Some(r);
            }
        }
    }
    let (r, _) = alt((
        phrase("per cent"),
        phrase("percent"),
        phrase("percentage points"),
        phrase("percentage point"),
        phrase("percentage"),
        phrase("pct"),
        phrase("pp"),
    ))
    .parse(i.trim_start_matches([' ', '\u{a0}']))
    .ok()?;
    if i.starts_with([' ', '\u{a0}']) || i.starts_with("percent") { Some(r) } else { None }
}

/// A rate after a figure: "per soldier every month", "a month", "monthly", "for each soldier";
/// after money also "a barrel", "a share" (a price of one thing).
fn rate(i: &str, money: bool) -> (&str, Vec<String>) {
    let mut per = Vec::new();
    let mut rest = i;
    // "a $300m-a-year contract", "a £10-an-hour wage": a rate hyphenated onto the figure.
    for lead in ["-a-", "-an-", "-per-"] {
        let Some(tail) = rest.get(..lead.len()).filter(|h| h.eq_ignore_ascii_case(lead)).map(|_| &rest[lead.len()..])
        else {
            continue;
        };
        if let Ok((r, w)) = word(tail) {
            if let Some(p) = period_noun(&w.to_ascii_lowercase()).filter(|_| at_boundary(r)) {
                per.push(p.to_string());
                rest = r;
            }
        }
        break;
    }
    while let Ok((r, _)) = space(rest) {
        if let Ok((r2, w)) = word(r) {
            let lw = w.to_ascii_lowercase();
            // ("310 million monthly active users", "5m daily readers": an audience, counted over
            // the period, not so many a month.)
            let active_users = (space, word).parse(r2).is_ok_and(|(_, (_, w))| {
                matches!(
                    w.to_ascii_lowercase().as_str(),
                    "active" | "users" | "visitors" | "readers" | "listeners" | "viewers" | "subscribers" | "players"
                )
            });
            if let Some(p) = period_adverb(&lw).filter(|_| !active_users) {
                if at_boundary(r2) {
                    per.push(p.to_string());
                    rest = r2;
                    continue;
                }
            }
            // "… a month each", "£500 apiece": per person, once a rate has begun.
            if (lw == "each" || lw == "apiece")
                && !per.is_empty()
                && at_boundary(r2)
                && !r2.trim_start().starts_with(|c: char| c.is_ascii_alphabetic())
            {
                per.push("person".into());
                rest = r2;
                continue;
            }
        }
        let Ok((r2, lead)) = alt((
            phrase("for each"),
            phrase("for every"),
            kw("per"),
            kw("a"),
            kw("an"),
            kw("every"),
            kw("each"),
            phrase("a head"),
        ))
        .parse(r) else {
            break;
        };
        if lead.eq_ignore_ascii_case("a head") {
            per.push("person".into());
            rest = r2;
            continue;
        }
        let Ok((r3, _)) = space(r2) else { break };
        // "180 micrograms per cubic metre", "£40 a square foot": per the unit of volume or area.
        if r3.get(..3).is_some_and(|h| ["cub", "squ", "sq "].iter().any(|p| h.eq_ignore_ascii_case(p))) {
            if let Some((r4, unit)) = measure_suffix(r2, 1.0).filter(|(_, u)| u.ends_with(['²', '³'])) {
                per.push(unit.to_string());
                rest = r4;
                continue;
            }
        }
        let Ok((r4, noun)) = word(r3) else { break };
        // "for every current resident", "for each new member", "for each Lintex share": the noun
        // after its adjective or the name that qualifies it.
        let (r4, noun) = match (space, word).parse(r4) {
            Ok((r5, (_, next)))
                if !lead.eq_ignore_ascii_case("a")
                    && !lead.eq_ignore_ascii_case("an")
                    && (lexicon::adjective_of_members(&noun.to_ascii_lowercase())
                        || noun.starts_with(|c: char| c.is_ascii_uppercase())
                            && next.starts_with(|c: char| c.is_ascii_lowercase()))
                    && next.chars().all(|c| c.is_ascii_alphabetic()) =>
            {
                (r5, next)
            }
            _ => (r4, noun),
        };
        // ("two wanted a quarter-point cut": a compound, no rate.)
        if !at_boundary(r4) || r4.starts_with('-') {
            break;
        }
        let n = noun.to_ascii_lowercase();
        let lead = lead.to_ascii_lowercase();
        // "reported a week earlier", "a day later": a date told from another, not a rate.
        // ("£500 a week after tax", "2.5mg a week after 16 weeks": a rate, its object no
        // event.)
        let told_from = word(r4.trim_start_matches(' ')).is_ok_and(|(after, w)| {
            let w = w.to_ascii_lowercase();
            let object = after.trim_start_matches(' ');
            let mut words = object.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty());
            let (o, o2) = (words.next(), words.next());
            let rate_after = matches!(w.as_str(), "before" | "after")
                && o.is_some_and(|o| {
                    o.bytes().all(|b| b.is_ascii_digit())
                        && o2.is_some_and(|u| duration_unit(&u.to_ascii_lowercase()).is_some())
                        || matches!(
                            o.to_ascii_lowercase().as_str(),
                            "tax" | "taxes" | "deductions" | "costs" | "expenses" | "inflation" | "bills" | "rent"
                        )
                });
            matches!(w.as_str(), "earlier" | "later" | "ago" | "before" | "after" | "previously") && !rate_after
        });
        if let (Some(p), false) = (period_noun(&n), told_from) {
            per.push(p.to_string());
        } else if lead != "a"
            && lead != "an"
            && n.len() > 2
            // ("€300 each before Christmas": each person, before a time.)
            && !matches!(
                n.as_str(),
                "the" | "of" | "and" | "before" | "after" | "from" | "for" | "with" | "until" | "since" | "during" | "over" | "this" | "that" | "next" | "last"
            )
        {
            // "per soldier", "for each soldier": a count noun, singular.
            per.push(singular(&n));
        } else if money && per.is_empty() && !told_from && priced_thing(&n, r4) {
            // "$90 a barrel", "£1.25 a share": the price of one.
            per.push(n);
        } else {
            break;
        }
        rest = r4;
    }
    (rest, per)
}

/// After "$90 a", is `noun` the one thing priced? A singular noun (not a number, a date or a
/// word of degree) that ends its phrase: "$90 a barrel on Monday", but not "$5m a senator said".
fn priced_thing(noun: &str, after: &str) -> bool {
    let plural = noun.ends_with('s') && !noun.ends_with("ss");
    let ends_phrase = match (space, word).parse(after) {
        Ok((_, (_, w))) => matches!(
            w.to_ascii_lowercase().as_str(),
            "on" | "in"
                | "at"
                | "for"
                | "and"
                | "or"
                | "but"
                | "from"
                | "to"
                | "with"
                | "by"
                | "after"
                | "before"
                | "last"
                | "this"
                | "since"
                | "while"
                | "when"
                | "as"
                | "than"
                | "compared"
                | "against"
                | "until"
        ),
        Err(_) => !after.trim_start_matches(' ').starts_with(|c: char| c.is_alphanumeric()),
    };
    noun.len() > 2
        && !plural
        && ends_phrase
        && !lexicon::is_trigger(noun)
        && lexicon::month(noun).is_none()
        && !matches!(noun, "record" | "high" | "low" | "year" | "lot" | "bit" | "third" | "quarter" | "half")
}

pub fn singular(w: &str) -> String {
    let w = w.to_ascii_lowercase();
    if let Some(s) = w.strip_suffix("ies") {
        format!("{s}y")
    } else if w.ends_with("ss") {
        w
    } else if let Some(s) = w.strip_suffix('s') {
        s.to_string()
    } else {
        w
    }
}

fn hedge_interval(hedge: Hedge, v: f64) -> Interval {
    let tol = DEFAULT_TOLERANCE;
    match hedge {
        Hedge::Exact => Interval::exact(v),
        Hedge::Approximate => Interval::closed(v * (1.0 - tol), v * (1.0 + tol)),
        Hedge::AtLeast => Interval { lower: Some(v), upper: None, lower_inclusive: true, upper_inclusive: false },
        Hedge::MoreThan => Interval { lower: Some(v), upper: None, lower_inclusive: false, upper_inclusive: false },
        // One-sided: the writer bounded the figure from above only. Counts cannot go below
        // zero, and the check treats a missing lower bound that way.
        Hedge::AtMost => Interval { lower: None, upper: Some(v), lower_inclusive: true, upper_inclusive: true },
        Hedge::LessThan => Interval { lower: None, upper: Some(v), lower_inclusive: true, upper_inclusive: false },
        Hedge::Nearly => Interval::closed(v * (1.0 - tol), v),
        Hedge::Range | Hedge::Vague => {
            Interval { lower: Some(v), upper: None, lower_inclusive: true, upper_inclusive: false }
        }
    }
}

/// "dozens of", "tens of thousands of", "a few hundred", "several thousand".
fn vague(i: &str) -> IResult<&str, (f64, Option<f64>)> {
    if let Ok((r, (_, _, _, _, w))) = (kw("tens"), space, kw("of"), space, word).parse(i) {
        let lw = w.to_ascii_lowercase();
        if let Some(v) = vague_plural(&lw) {
            let r = (space, kw("of")).parse(r).map(|x| x.0).unwrap_or(r);
            return Ok((r, (v * 10.0, None)));
        }
    }
    if let Ok((r, (_, _, _, _, w))) = (kw("hundreds"), space, kw("of"), space, word).parse(i) {
        let lw = w.to_ascii_lowercase();
        if lw == "thousands" || lw == "millions" {
            let v = vague_plural(&lw).unwrap_or(0.0) * 100.0;
            let r = (space, kw("of")).parse(r).map(|x| x.0).unwrap_or(r);
            return Ok((r, (v, None)));
        }
    }
    // "scores of aides": at least two score. Only with "of" and before a bare noun: "the
    // scores were level", "the scores of both sides", "scores of 3-1".
    if let Ok((r, _)) = (kw("scores"), space, kw("of")).parse(i) {
        let noun_follows = (space, word).parse(r).is_ok_and(|(_, (_, w))| {
            let lw = w.to_ascii_lowercase();
            vague_plural(&lw).is_none()
                && !matches!(
                    lw.as_str(),
                    "the"
                        | "a"
                        | "an"
                        | "this"
                        | "that"
                        | "these"
                        | "those"
                        | "both"
                        | "each"
                        | "all"
                        | "their"
                        | "his"
                        | "her"
                        | "its"
                        | "our"
                        | "my"
                        | "your"
                )
        });
        if at_boundary(r) && noun_follows {
            return Ok((r, (40.0, None)));
        }
    }
    if let Ok((r, w)) = word(i) {
        if let Some(v) = vague_plural(&w.to_ascii_lowercase()) {
            if at_boundary(r) {
                // "thousands of" — the "of" belongs to the phrase; "hundreds" alone too.
                let r2 = (space, kw("of")).parse(r).map(|x| x.0).unwrap_or(r);
                return Ok((r2, (v, None)));
            }
        }
    }
    let (r, (lead, _, unit)) =
        (alt((phrase("a few"), kw("several"), phrase("a couple of"), phrase("a couple"), kw("few"))), space, word)
            .parse(i)?;
    let scale_of = |w: &str| match w.to_ascii_lowercase().as_str() {
        "dozen" => Some(12.0),
        "hundred" => Some(100.0),
        "thousand" => Some(1e3),
        "million" => Some(1e6),
        "billion" => Some(1e9),
        _ => None,
    };
    let Some(mut scale) = scale_of(unit) else { return fail(i) };
    let mut r = r;
    // "several hundred thousand", "a few hundred million": a larger scale after the first.
    if let Ok((r2, (_, w))) = (space, word).parse(r) {
        if let Some(more) = scale_of(w).filter(|m| *m > scale && *m >= 1e3) {
            scale *= more;
            r = r2;
        }
    }
    if !at_boundary(r) {
        return fail(i);
    }
    // "a couple of thousand" is two or three of them, "a few"/"several" two to nine.
    let most = if lead.to_ascii_lowercase().contains("couple") { 3.0 } else { 9.0 };
    Ok((r, (2.0 * scale, Some(most * scale))))
}

/// The second half of a range after the first figure: "-12,000", " to 12,000", " and 30".
fn range_tail<'a>(i: &'a str, closer: &'static [&'static str], money: bool) -> Option<(&'a str, Num)> {
    let t = i.trim_start_matches([' ', '\u{a0}']);
    let r = if let Some(r) = t
        .strip_prefix('-')
        .or_else(|| t.strip_prefix('–'))
        .or_else(|| t.strip_prefix('—'))
        .or_else(|| t.strip_prefix('~'))
    {
        // "a 7-Eleven store": a capitalised number word joined to a figure is a name.
        if t.len() == i.len()
            && r.starts_with(|c: char| c.is_ascii_uppercase())
            && r[1..].starts_with(|c: char| c.is_ascii_lowercase())
        {
            return None;
        }
        r.trim_start_matches([' ', '\u{a0}'])
    } else {
        let mut found = None;
        for c in closer {
            if let Ok((r, _)) = (space, kw(c), space).parse(i) {
                found = Some(r);
                break;
            }
        }
        found?
    };
    let r = skip_range_end_hedge(r, ["as many as", "as much as", "as high as"]);
    let r = currency_prefix(r).map(|(x, _)| x).unwrap_or(r);
    let (rest, second) = number(r, money).ok()?;
    Some((rest, second))
}

/// "from as few as 8,000 to as many as 20,000": a hedge on an end of a range says that it is the
/// end, which the range says already.
fn skip_range_end_hedge<'a>(r: &'a str, hedges: [&'static str; 3]) -> &'a str {
    if !r.get(..3).is_some_and(|h| h.eq_ignore_ascii_case("as ")) {
        return r;
    }
    hedges.into_iter().find_map(|h| (phrase(h), space).parse(r).ok()).map_or(r, |(x, _)| x)
}

/// The rest after a unit of measure on the first figure of a range, when the second figure
/// carries the same unit ("1.5C and 2C"); otherwise `r` unchanged.
fn past_shared_measure<'a>(r: &'a str, first: f64, closer: &'static [&'static str]) -> &'a str {
    let Some((after, unit)) = measure_suffix(r, first) else { return r };
    match range_tail(after, closer, false) {
        Some((r3, b)) if measure_suffix(r3, b.value).is_some_and(|(_, u)| u == unit) => after,
        _ => r,
    }
}

/// Can a quantity start with this text's first word? Dates reach the scanner through words
/// like "the" and "in"; most of those never begin a figure.
fn quantity_can_start(i: &str) -> bool {
    let n = i.bytes().take_while(|b| b.is_ascii_alphabetic()).count();
    if n == 0 {
        return true;
    }
    let w = &i[..n];
    let mut buf = [0u8; 24];
    let Some(lw) = lower(w, &mut buf) else { return false };
    TRIGGER_HEADS.binary_search(&lw).is_ok()
        || lexicon::num_word(lw).is_some()
        || lexicon::fold_factor(lw).is_some()
        || lexicon::ordinal_word(lw).is_some()
        || lexicon::vague_plural(lw).is_some()
        || lexicon::currency_word(lw).is_some()
        || lexicon::is_currency_adjective(lw)
        || lexicon::code_as_written(w).is_some()
        || million_code(w).is_some()
        || lw == "magnitude"
        || (n <= 4
            && i[n..].starts_with(['$', ' '])
            && CURRENCY_SYMBOLS
                .iter()
                .any(|(s, _)| s.len() > n && s.get(..n).is_some_and(|h| h.eq_ignore_ascii_case(w))))
        || matches!(
            lw,
            "between"
                | "from"
                | "half"
                | "several"
                | "few"
                | "tens"
                | "scores"
                | "minus"
                | "negative"
                | "point"
                | "single"
                | "usd"
                | "cad"
                | "aud"
                | "mex"
        )
        || lexicon::runs_on_from_tens(lw)
        || (n <= 4 && i.get(..3).and_then(iso_code).is_some())
        || (i.starts_with(|c: char| c.is_ascii_uppercase())
            && CURRENCY_SYMBOLS
                .iter()
                .chain(lexicon::LOCAL_SIGNS)
                .chain(lexicon::GLUED_SIGNS)
                .any(|(sign, _)| sign.starts_with(|c: char| c.is_ascii_alphabetic()) && i.starts_with(sign)))
}

/// Is a figure with a lone "m" ("4.2m") a count in millions, by what stands around it: people
/// after it ("1.8m who have fled") or a count before it in its sentence ("the number
/// displaced has doubled, to 4.2m"). (Before a plural noun it is millions anyway, and before
/// a word of size metres.)
fn millions_counted(body: &str, before: &str) -> bool {
    let Some(after) = number::after_lone_m(body) else { return false };
    let next = after.trim_start_matches(' ');
    let next = &next[..next.bytes().take_while(u8::is_ascii_alphabetic).count()];
    if ["who", "whom"].iter().any(|w| next.eq_ignore_ascii_case(w)) {
        return true;
    }
    let sentence = before.rsplit(['.', '!', '?', ';', '\n']).next().unwrap_or("");
    if next.chars().next().is_some_and(char::is_alphanumeric) {
        return false;
    }
    // A count named in the sentence, and no measure ("The total height of the wall is 4.2m"
    // keeps metres), read in one pass.
    let (mut counted, mut measured) = (false, false);
    for w in sentence.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty()) {
        let mut buf = [0u8; 24];
        match lower(w, &mut buf) {
            Some("number" | "total" | "toll" | "tally" | "population" | "headcount") => counted = true,
            Some(
                "height" | "length" | "depth" | "width" | "distance" | "level" | "elevation" | "altitude" | "tall"
                | "high" | "long" | "deep" | "wide" | "metre" | "metres" | "meter" | "meters",
            ) => measured = true,
            _ => {}
        }
    }
    counted && !measured
}

/// A quantity: hedge, figure (money, percent, range, ordinal, duration or count), suffix, rate.
pub fn quantity<'a>(i: &'a str, before: &str) -> Option<(&'a str, Expression)> {
    if !quantity_can_start(i) {
        return None;
    }
    let (rest, mut e) = quantity_body(i, before)?;
    // "6.7% higher than a year earlier": a comparison with a time told from another, no span
    // of "more than a year" ("more than a year later" is a date, when an anchor gives one).
    // ("around nine hours later" has no date finer than a day to give: the hedged hours stay.)
    let finer_than_a_day =
        matches!(e.duration, Some((_, DurationUnit::Hour | DurationUnit::Minute | DurationUnit::Second)));
    if e.kind == Kind::Duration
        && !matches!(e.hedge, Hedge::Exact | Hedge::Vague)
        && !finer_than_a_day
        && (space, alt((kw("earlier"), kw("later"), kw("previously"), kw("ago"), kw("before")))).parse(rest).is_ok_and(
            |(r, (_, w))| {
                // ("12% more than a year before.": "before" ending the phrase, after the figure
                // compared; "more than a year before the vote" and "More than a year before, a
                // dam had failed" are lengths.)
                let after_figure = {
                    let t = before.trim_end();
                    t.ends_with(|c: char| c.is_ascii_digit() || c == '%') || ends_with_ignore_case(t, "cent")
                };
                let ends = !w.eq_ignore_ascii_case("before")
                    || (after_figure && !r.trim_start_matches(' ').starts_with(|c: char| c.is_ascii_alphanumeric()));
                at_boundary(r) && ends && (space, kw("than")).parse(r).is_err()
            },
        )
    {
        return None;
    }
    // "lost five of their past seven", "in the past three": after a determiner "past" is
    // "last", no bound; the figure is read alone.
    if e.hedge == Hedge::MoreThan
        && e.kind != Kind::Duration
        && i.get(..5).is_some_and(|h| h.eq_ignore_ascii_case("past "))
        && matches!(date::last_word(before).as_str(), "the" | "their" | "its" | "his" | "her" | "our" | "my" | "your")
    {
        return None;
    }
    // "the better part of 2,000", "the best part of a decade": most of it, more than half.
    if e.hedge == Hedge::Nearly
        && (kw("the"), space, alt((kw("better"), kw("best"))), space, kw("part")).parse(i).is_ok()
    {
        if let Some(v) = e.interval.upper {
            e.interval =
                Interval { lower: Some(v / 2.0), upper: Some(v), lower_inclusive: false, upper_inclusive: true };
        }
    }
    // "20-odd", "30-something", "300-odd years": that round figure and some, short of the next.
    let written = &i[..i.len() - rest.len()];
    if e.hedge == Hedge::Approximate && (written.contains("-odd") || written.contains("-something")) {
        let v = e.duration.map(|d| d.0).or(e.value).unwrap_or(0.0);
        if let Some(step) = round_step(v) {
            e.interval =
                Interval { lower: Some(v), upper: Some(v + step), lower_inclusive: true, upper_inclusive: false };
        }
    }
    Some((rest, e))
}

/// Does `before` end in a verb of movement that "up" completes ("revised", "ticked", "went")?
fn moved_up(before: &str) -> bool {
    matches!(
        date::last_word(before).as_str(),
        "revised"
            | "revises"
            | "revise"
            | "ticked"
            | "edged"
            | "crept"
            | "inched"
            | "bumped"
            | "nudged"
            | "ratcheted"
            | "rounded"
            | "marked"
            | "moved"
            | "went"
            | "gone"
            | "goes"
            | "go"
            | "going"
            | "shot"
            | "jumped"
            | "climbed"
            | "pushed"
            // ("Annual growth picked up to 3.9%", "stepped up to": the pace, not a ceiling.)
            | "picked"
            | "picks"
            | "stepped"
            | "ramped"
            | "ticks"
            | "edges"
            | "creeps"
    )
}

/// The place of a round figure's last non-zero digit: 10 for 20, 100 for 300, 1,000 for
/// 1,000; none for 25 or 2.5.
fn round_step(v: f64) -> Option<f64> {
    if v < 10.0 || v.fract() != 0.0 || v % 10.0 != 0.0 {
        return None;
    }
    let mut step = 10.0;
    while v % (step * 10.0) == 0.0 {
        step *= 10.0;
    }
    Some(step)
}

/// A score or a vote's tally: "52-48", "6–4", "3-1", the larger first, each of up to three
/// digits.
fn is_tally(i: &str) -> bool {
    let first = i.bytes().take_while(u8::is_ascii_digit).count();
    let Some(rest) = i.get(first..).and_then(|r| r.strip_prefix('-').or_else(|| r.strip_prefix('–'))) else {
        return false;
    };
    let second = rest.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&first)
        && (1..=3).contains(&second)
        && at_boundary(&rest[second..])
        && !rest[second..].starts_with(['-', '–', '/'])
        && i[..first].parse::<u32>().ok() >= rest[..second].parse::<u32>().ok()
}

/// Does the text before end in a word that takes "about" as its topic ("questions about",
/// "concerns about", "worried about")?
fn about_a_topic(before: &str) -> bool {
    let mut buf = [0u8; 24];
    last_word_lower(before, &mut buf).is_some_and(|w| {
        matches!(
            w,
            "question"
                | "questions"
                | "concern"
                | "concerns"
                | "concerned"
                | "worry"
                | "worries"
                | "worried"
                | "complaints"
                | "complained"
                | "talks"
                | "debate"
                | "dispute"
                | "row"
                | "argument"
                | "arguments"
                | "allegations"
                | "doubts"
                | "warning"
                | "warnings"
                | "care"
                | "cared"
                | "speculation"
                | "rumours"
                | "rumors"
                | "anger"
                | "outcry"
                | "controversy"
                | "confusion"
                | "uncertainty"
                | "queries"
                | "inquiries"
                | "enquiries"
                | "news"
                | "story"
                | "stories"
        )
    })
}

fn quantity_body<'a>(i: &'a str, before: &str) -> Option<(&'a str, Expression)> {
    let (after_hedge, hedge) = match prefix_hedge(i) {
        // "growth was revised up to 0.7%", "the rate ticked up to 5%": "up" goes with the verb
        // and the figure is where it went, not a ceiling.
        Some((r, Hedge::AtMost)) if i.get(..2).is_some_and(|h| h.eq_ignore_ascii_case("up")) && moved_up(before) => {
            (r, None)
        }
        // "The bill passed 52-48", "Smith topped Jones 6-4": a verb before a tally is no bound.
        Some((r, _))
            if is_tally(r)
                && ["passed", "topped", "surpassed", "exceeded"]
                    .iter()
                    .any(|v| i[..i.len() - r.len()].trim_end().eq_ignore_ascii_case(v)) =>
        {
            (i, None)
        }
        // "The law was passed 10 days before the election", "a bill passed 300 to 150": in
        // the passive, "passed" is approved, no bound.
        Some((_, _))
            if i.get(..7).is_some_and(|h| h.eq_ignore_ascii_case("passed "))
                && matches!(
                    date::last_word(before).as_str(),
                    "was" | "were" | "been" | "being" | "be" | "is" | "are"
                ) =>
        {
            (i, None)
        }
        // "questions about $1.2 million in fees", "worried about 300 jobs": after a word of
        // asking, telling or feeling, "about" is what it concerns, not a hedge.
        Some((r, Hedge::Approximate))
            if i.get(..6).is_some_and(|h| h.eq_ignore_ascii_case("about ")) && about_a_topic(before) =>
        {
            (r, None)
        }
        Some((r, h)) => (r, Some(h)),
        None => (i, None),
    };
    // "up to a further 500", "as many as another 2,000": the hedge bounds the figure after the
    // word that adds it.
    let after_hedge = match hedge {
        Some(_) => (alt((phrase("a further"), kw("another"), phrase("an additional"), phrase("an extra"))), space)
            .parse(after_hedge)
            .ok()
            .map(|(r, _)| r)
            .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
            .unwrap_or(after_hedge),
        None => after_hedge,
    };
    // "around 11:45 a.m.", "about 6pm": a time of day, however hedged, is no quantity.
    if hedge.is_some() && after_hedge.starts_with(|c: char| c.is_ascii_digit()) && clock_time(after_hedge).is_some() {
        return None;
    }
    // "Waves of up to 8m", "a storm surge of 3m": a lone "m", which may be metres or millions,
    // after a noun of height or depth is metres (it was unread).
    if let Some((rest, num)) = metres_after_a_size_noun(after_hedge, before) {
        let mut e = Expression::new(0..0, Kind::Quantity);
        let hedge = hedge.unwrap_or(Hedge::Exact);
        e.unit = Some("m");
        e.value = Some(num.value);
        e.precision = num.precision;
        e.hedge = hedge;
        e.interval = hedge_interval(hedge, num.value);
        return Some((rest, e));
    }
    let mut e = Expression::new(0..0, Kind::Number);
    // Vague quantities stand alone: "thousands of", "a few thousand".
    if hedge.is_none() {
        // "for several weeks", "a few days later": a vague duration, two to nine of the unit.
        if let Ok((rest, (_, _, w))) = (alt((phrase("a few"), kw("several"))), space, word).parse(i) {
            if let Some(unit) = duration_unit(&w.to_ascii_lowercase()).filter(|_| at_boundary(rest)) {
                e.kind = Kind::Duration;
                e.hedge = Hedge::Vague;
                e.value = Some(2.0);
                e.duration = Some((2.0, unit));
                e.interval = Interval::closed(2.0, 9.0);
                return Some((rest, e));
            }
        }
        if let Ok((rest, (lo, hi))) = vague(i) {
            e.hedge = Hedge::Vague;
            e.value = Some(lo);
            e.interval = match hi {
                Some(h) => Interval::closed(lo, h),
                None => hedge_interval(Hedge::Vague, lo),
            };
            // "millions of dollars", "thousands of euros": a vague sum of money.
            if let Some((r, code)) = currency_suffix(rest).filter(|(_, c)| c.len() == 3) {
                e.kind = Kind::Money;
                e.unit = Some(code);
                return Some((r, e));
            }
            return Some((rest, e));
        }
        // between X and Y / from X to Y
        if let Ok((r, opener)) = (alt((kw("between"), kw("from"))), space).parse(i).map(|(r, (o, _))| (r, o)) {
            let closer: &'static [&'static str] =
                if opener.eq_ignore_ascii_case("between") { &["and"] } else { &["to"] };
            let r = skip_range_end_hedge(r, ["as few as", "as little as", "as low as"]);
            let (r, cur) = match currency_prefix(r) {
                Some((x, c)) => (x, Some(c)),
                None => (r, None),
            };
            let (r2, a) = number(r, cur.is_some()).ok()?;
            // "from 10 dollars to 20 dollars"
            let (r2, cur) = match (cur, currency_suffix(r2).filter(|(_, c)| c.len() == 3)) {
                (None, Some((x, c))) => (x, Some(c)),
                (c, _) => (r2, c),
            };
            // "between 10% and 20%": the sign on the first figure; the second's makes it a percent.
            let first_percent = cur.is_none().then(|| percent_suffix(r2)).flatten();
            let first_points = says_points(r2);
            let r2 = first_percent.unwrap_or(r2);
            // "between 1.5C and 2C": a unit of measure on both figures.
            let r2 =
                if cur.is_none() && first_percent.is_none() { past_shared_measure(r2, a.value, closer) } else { r2 };
            let (r3, b) = range_tail(r2, closer, cur.is_some())?;
            if first_percent.is_some() && (percent_suffix(r3).is_none() || first_points != says_points(r3)) {
                return None;
            }
            let r3 = if cur.is_some() { currency_suffix(r3).map(|x| x.0).unwrap_or(r3) } else { r3 };
            return finish_range(r3, a, b, cur, e);
        }
    }
    let hedge = hedge.unwrap_or(Hedge::Exact);
    // "a magnitude 7.8 earthquake", "magnitude-6.1": the size of a quake, on its own scale.
    if let Ok((r, _)) = (kw("magnitude"), alt((nom::bytes::complete::tag("-"), space))).parse(after_hedge) {
        let (rest, num) = number(r, false).ok()?;
        e.kind = Kind::Quantity;
        e.unit = Some("magnitude");
        e.value = Some(num.value);
        e.precision = num.precision;
        e.hedge = hedge;
        e.interval = hedge_interval(hedge, num.value);
        return Some((rest, e));
    }
    // "a six-figure sum", "a seven-figure salary": a size in digits, 100,000..=999,999.
    let head = &after_hedge.as_bytes()[..after_hedge.len().min(24)];
    let figure_ahead = head.windows(7).any(|w| w == b"-figure");
    if let Some((r, n)) = figure_ahead.then(|| number(after_hedge, false).ok()).flatten() {
        if let Some(r2) = r.strip_prefix("-figure").filter(|x| at_boundary(x)) {
            if (2.0..=15.0).contains(&n.value) && n.value.fract() == 0.0 {
                let lo = 10f64.powi(n.value as i32 - 1);
                e.hedge = Hedge::Range;
                e.interval = Interval::closed(lo, lo * 10.0 - 1.0);
                return Some((r2, e));
            }
        }
    }
    // Ordinals: "4th", "third", "~4th" (a hedged ordinal only in digits: "about first" is
    // more often "about" the first thing than an approximate rank).
    let ordinal_ok = hedge == Hedge::Exact || after_hedge.starts_with(|c: char| c.is_ascii_digit());
    // "I second that", "they second the motion": after a subject pronoun "second" is a verb.
    let verb = after_hedge.get(..6).is_some_and(|w| w.eq_ignore_ascii_case("second"))
        && matches!(date::last_word(before).as_str(), "i" | "we" | "you" | "they");
    // "at first light", "At first, 30 came", "at first glance": an idiom, no place in an order.
    let at_first = hedge == Hedge::Exact
        && date::last_word(before) == "at"
        && (kw("first"), nom::combinator::opt((space, alt((kw("light"), kw("glance"), kw("sight"), kw("hand"))))))
            .parse(after_hedge)
            .is_ok_and(|(r, (_, idiom))| idiom.is_some() || !r.starts_with(|c: char| c == ' ' || c.is_alphanumeric()));
    let ordinal_ok = ordinal_ok && !verb && !at_first;
    if let Some((rest, v)) = ordinal(after_hedge).ok().filter(|_| ordinal_ok) {
        e.kind = Kind::Ordinal;
        e.hedge = hedge;
        e.value = Some(v);
        e.interval = hedge_interval(hedge, v);
        return Some((rest, e));
    }
    // "a dollar", "a million dollars" is handled by number(); "a dollar and 42 cents" here.
    if let Ok((r, _)) = (alt((kw("a"), kw("an"), kw("one"))), space).parse(after_hedge) {
        if let Ok((r2, w)) = word(r) {
            if let Some(code) = currency_word(&w.to_ascii_lowercase()).filter(|c| c.len() == 3) {
                if at_boundary(r2) {
                    e.kind = Kind::Money;
                    e.unit = Some(code);
                    // ("a dollar and a half": USD 1.5.)
                    let (r3, cents) = cents_tail(r2).or_else(|| fraction_tail(r2)).unwrap_or((r2, 0.0));
                    e.value = Some(1.0 + cents);
                    e.hedge = hedge;
                    e.interval = hedge_interval(hedge, 1.0 + cents);
                    return Some((r3, e));
                }
            }
        }
        // "a metre and a half", "a degree and a half": one unit and its fraction ("a metre"
        // alone is left, as "a mile away" and "a degree in law" are no figures).
        if let Some((r2, unit)) = measure_suffix(&after_hedge[after_hedge.len() - r.len() - 1..], 1.0) {
            if let Some((r3, f)) = fraction_tail(r2) {
                e.kind = Kind::Quantity;
                e.unit = Some(unit);
                e.value = Some(1.0 + f);
                e.hedge = hedge;
                e.interval = hedge_interval(hedge, 1.0 + f);
                return Some((r3, e));
            }
        }
    }
    // "half a percentage point", "a percentage point", "half a point": a change in points.
    let half = (kw("half"), space).parse(after_hedge).map(|(r, _)| r).ok();
    if let Ok((r, (_, _, point))) =
        (kw("a"), space, alt((phrase("percentage point"), kw("point")))).parse(half.unwrap_or(after_hedge))
    {
        // ("a point" alone is any point: "at one point", "a point of order".)
        let bare_point = point.len() == "point".len();
        if at_boundary(r) && (half.is_some() || !bare_point) {
            return Some((r, points(e, if half.is_some() { 0.5 } else { 1.0 }, hedge)));
        }
    }
    // "another quarter-point rise", "a three-quarter-point cut": a fraction of a point as an
    // adjective, its article dropped or its fraction singular (and no quarters of a year).
    if let Some((r, v)) = point_adjective(after_hedge) {
        return Some((r, points(e, v, hedge)));
    }
    // "a couple of", "a pair of": two.
    if let Ok((r, _)) = (kw("a"), space, alt((kw("couple"), kw("pair")))).parse(after_hedge) {
        let r = (space, kw("of")).parse(r).map(|x| x.0).unwrap_or(r);
        e.value = Some(2.0);
        e.hedge = hedge;
        e.interval = hedge_interval(hedge, 2.0);
        // "a couple of bucks" is money, "a couple of days" a duration.
        if let Some((r2, code)) = currency_suffix(r).filter(|(_, c)| c.len() == 3) {
            e.kind = Kind::Money;
            e.unit = Some(code);
            return Some((r2, e));
        }
        if let Some((r2, unit, false, times)) = duration_suffix(r) {
            e.kind = Kind::Duration;
            e.value = Some(2.0 * times);
            e.duration = Some((2.0 * times, unit));
            e.interval = hedge_interval(hedge, 2.0 * times);
            return Some((r2, e));
        }
        return Some((r, e));
    }
    // "a day" after a noun is a rate ("1,000 soldiers a day"); a duration only after a word that
    // takes one ("for a month", "in a week", "roughly a month") or standing alone.
    let prev = date::last_word(before);
    let takes_duration = hedge != Hedge::Exact
        || prev.is_empty()
        || matches!(
            prev.as_str(),
            "for"
                | "in"
                | "within"
                | "over"
                | "after"
                | "than"
                | "not"
                | "about"
                | "nearly"
                | "almost"
                | "roughly"
                | "around"
                | "some"
                | "past"
                | "last"
                | "next"
                | "only"
                | "just"
                | "least"
                | "under"
        )
        || lexicon::spends_time(&prev);
    // "a day and a half", "half a year" are never rates: they stand anywhere.
    let plain = |r: &str| after_hedge[..after_hedge.len() - r.len()].split_whitespace().count() <= 2;
    if let Some((r, value, unit)) = article_duration(after_hedge).filter(|(r, _, _)| takes_duration || !plain(r)) {
        e.kind = Kind::Duration;
        e.duration = Some((value, unit));
        e.value = Some(value);
        e.hedge = hedge;
        e.interval = hedge_interval(hedge, value);
        return Some((r, e));
    }
    let (body, currency) = match currency_prefix(after_hedge).or_else(|| currency_name_first(after_hedge)) {
        Some((r, c)) => (r, Some(c)),
        None => (after_hedge, None),
    };
    // "MAUD 60", "120 MEUR": an ISO code with an M for millions.
    let (body, currency, millions) = match (currency, million_code(body)) {
        (None, Some((r, c))) if r.trim_start().starts_with(|ch: char| ch.is_ascii_digit()) => {
            (r.trim_start(), Some(c), true)
        }
        (c, _) => (body, c, false),
    };
    let counted = currency.is_none() && millions_counted(body, before);
    let (mut rest, mut num) = number(body, currency.is_some() || counted).ok()?;
    // "three grand", "£50 grand": thousands, in speech and tabloid copy ("three grand pianos"
    // are pianos).
    if let Ok((r, _)) = (space, kw("grand")).parse(rest) {
        let noun_next = (space, word).parse(r).is_ok_and(|(_, (_, w))| {
            !matches!(
                w.to_ascii_lowercase().as_str(),
                "a" | "in" | "for" | "per" | "each" | "and" | "or" | "to" | "from" | "on"
            )
        });
        if at_boundary(r) && !noun_next && num.malformed.is_none() && !num.scaled {
            num.value *= 1000.0;
            num.precision *= 1000.0;
            num.scaled = true;
            rest = r;
        }
    }
    let mut currency = currency;
    let mut millions = millions;
    if currency.is_none() {
        if let Some((r, c)) = space(rest).ok().and_then(|(r, _)| million_code(r)) {
            currency = Some(c);
            millions = true;
            rest = r;
        }
    }
    if millions {
        num.value *= 1e6;
        num.scaled = true;
    }
    // "from 10 dollars to 20 dollars": the unit may follow the first figure too.
    let early_currency = if currency.is_none() { currency_suffix(rest).filter(|(_, c)| c.len() == 3) } else { None };
    if let Some((r, c)) = early_currency {
        if let Some((r2, second)) = range_tail(r, &["to"], true) {
            if second.value > num.value {
                let after = currency_suffix(r2).map(|x| x.0).unwrap_or(r2);
                return finish_range(after, num, second, Some(c), e);
            }
        }
    }
    // "10km to 20km", "1.5C-2C": a unit of measure at both ends is one range.
    if currency.is_none() {
        let r = past_shared_measure(rest, num.value, &["to"]);
        if r.len() < rest.len() {
            if let Some((r2, second)) = range_tail(r, &["to"], false) {
                if second.value > num.value {
                    return finish_range(r2, num, second, None, e);
                }
            }
        }
    }
    // "75 percent to 80 percent", "10% - 20%": a percent at both ends is one range.
    if currency.is_none() {
        if let Some((r, second)) = percent_suffix(rest).and_then(|r| range_tail(r, &["to"], false)) {
            // "by 2.4 percentage points to 38.9 per cent" is a change and a level, not a range.
            if second.value > num.value && percent_suffix(r).is_some() && says_points(rest) == says_points(r) {
                return finish_range(r, num, second, None, e);
            }
        }
    }
    // Ranges: "5,000-6,000", "5 to 6 million", "two or three"
    if let Some((r, second)) = range_tail(rest, &["to", "or", "through", "thru"], currency.is_some()) {
        if (second.value > num.value || (!num.scaled && second.scaled))
            && !change_then_level(before, rest, num.value, second.value)
        {
            let (r, mut out) = finish_range(r, num, second, currency, e)?;
            if hedge != Hedge::Exact {
                out.hedge = Hedge::Range;
            }
            return Some((r, out));
        }
    }
    e.value = Some(num.value);
    e.share = num.share;
    e.precision = num.precision;
    e.malformed = num.malformed.clone();
    e.hedge = hedge;
    // "The bag weighs 5 pounds": after a word of weight, pounds are a mass.
    let pounds_of_weight = currency.is_none()
        && rest.trim_start_matches([' ', '\u{a0}']).get(..5).is_some_and(|w| w.eq_ignore_ascii_case("pound"))
        && before.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty()).rev().take(4).any(|w| {
            let w = w.to_ascii_lowercase();
            w.starts_with("weigh") || matches!(w.as_str(), "heavy" | "heavier" | "lighter")
        });
    if currency.is_none() && !pounds_of_weight {
        if let Some((r, c)) = currency_suffix(rest) {
            currency = Some(c);
            rest = r;
        } else if let Some(r) = won_after_a_scale(&i[..i.len() - rest.len()], rest) {
            currency = Some("KRW");
            rest = r;
        }
    }
    // "20-odd years", "a 30-odd-year career": the approximation stands before the unit.
    if let Some(r) = rest
        .strip_prefix("-odd")
        .or_else(|| rest.strip_prefix("-something"))
        .filter(|r| r.starts_with([' ', '-']) && duration_suffix(r).is_some())
    {
        if e.hedge == Hedge::Exact {
            e.hedge = Hedge::Approximate;
        }
        rest = r;
    }
    if let Some(c) = currency {
        e.kind = Kind::Money;
        e.unit = Some(c);
        // "20 dollars 43 cents", "US$3 and 14 cents"
        if c.len() == 3 && num.value.fract() == 0.0 && !num.scaled {
            if let Some((r, cents)) = cents_tail(rest) {
                e.value = Some(num.value + cents);
                rest = r;
            }
        }
    } else if let Some(r) = percent_suffix(rest).or_else(|| point_fraction(rest).filter(|_| num.value < 1.0)) {
        e.kind = Kind::Percent;
        e.unit = Some("%");
        rest = comparison_basis(r);
    } else if let Some(r) = basis_points(rest) {
        // "50 basis points", "12bps": hundredths of a percentage point.
        e.kind = Kind::Percent;
        e.unit = Some("%");
        e.value = e.value.map(|v| v / 100.0);
        e.precision /= 100.0;
        rest = r;
    } else if let Some(r) = pounds_of_weight.then(|| pound_word(rest)).flatten() {
        e.kind = Kind::Quantity;
        e.unit = Some("lb");
        rest = r;
    } else if let Some((r, unit)) = measure_suffix(rest, e.value.unwrap_or(0.0)) {
        e.kind = Kind::Quantity;
        e.unit = Some(unit);
        rest = r;
        // "5ft 10in", "8lb 6oz": the whole in the smaller unit, so that no part is lost.
        if let Some((r, small, n)) = smaller_part(rest, unit) {
            // (12 inches to the foot, not 12.000000000000002.)
            let per = (lexicon::measure(unit).map_or(1.0, |m| m.factor) / small.factor * 1e6).round() / 1e6;
            e.value = Some(e.value.unwrap_or(num.value) * per + n.value);
            e.unit = Some(small.symbol);
            e.precision = n.precision;
            rest = r;
        }
    } else if body.get(..4).is_some_and(|h| h.eq_ignore_ascii_case("half"))
        && num.value == 0.5
        && (space, kw("of")).parse(rest).is_ok()
    {
        // ("the second half of the match", "the first half of the financial year": a period,
        // the one of two in order, and no share of anything.)
        if matches!(
            date::last_word(before).as_str(),
            "first" | "second" | "1st" | "2nd" | "latter" | "back" | "front" | "opening" | "closing"
        ) {
            return None;
        }
        // "half of the troops" is a share: 50 % (DESIGN §2).
        e.kind = Kind::Percent;
        e.unit = Some("%");
        e.value = Some(50.0);
        e.precision = 0.0;
    } else if let Some(k) = rank_before_unit(&body[..body.len() - rest.len()], rest) {
        // "a third quarter of growth", "a third-quarter touchdown": a rank, not a fraction of
        // a quarter ("a third of a quarter" says that).
        e.kind = Kind::Ordinal;
        e.value = Some(k);
        e.interval = Interval::closed(k, k);
        e.precision = 0.0;
    } else if let Some(r) = rest
        .strip_prefix("-quarter")
        .filter(|r| at_boundary(r) && !r.starts_with('-') && matches!(num.value, 1.0 | 3.0) && !num.scaled)
    {
        // "a three-quarter majority", "a one-quarter stake": a fraction as an adjective, not
        // three quarters of a year (those are plural: "three quarters of growth").
        e.value = Some(num.value / 4.0);
        e.precision = 0.0;
        rest = r;
    } else if let Some((r, unit, age, times)) = duration_suffix(rest) {
        e.kind = Kind::Duration;
        let v = num.value * times;
        let (r, value, unit) = if age { (r, v, unit) } else { duration_more(r, v, unit) };
        e.duration = Some((value, unit));
        e.value = Some(value);
        e.age_like = age;
        rest = r;
    }
    // "the past 24 hours" is a window of time, not more than 24 hours.
    if e.kind == Kind::Duration
        && e.hedge == Hedge::MoreThan
        && i.get(..4).is_some_and(|h| h.eq_ignore_ascii_case("past"))
    {
        e.hedge = Hedge::Exact;
    }
    if let Some((r, h)) = suffix_hedge(rest) {
        // "about five hundred or less": the bound is the more specific reading.
        if matches!(e.hedge, Hedge::Exact | Hedge::Approximate) && e.kind != Kind::Duration {
            e.hedge = h;
            // "people 65 and older", "those 18 or younger": the bound says the figure is an age.
            let hedge_words = &rest[..rest.len() - r.len()];
            let of_age = hedge_words.ends_with("older") || hedge_words.ends_with("younger");
            if of_age && e.kind == Kind::Number && e.value.is_some_and(|v| (0.0..130.0).contains(&v)) {
                let v = e.value.unwrap_or(num.value);
                e.kind = Kind::Duration;
                e.duration = Some((v, DurationUnit::Year));
                e.age_like = true;
            }
            rest = r;
        }
    }
    e.interval = hedge_interval(e.hedge, e.value.unwrap_or(num.value));
    // "12.9 ± 0.1", "40 +/- 5", "52 plus or minus 3": the written tolerance is the precision.
    // ("about $37.5bn, plus or minus 2%": the tolerance written replaces the hedge's own.)
    if matches!(e.hedge, Hedge::Exact | Hedge::Approximate) && e.kind != Kind::Duration {
        if let Some((r, t, relative)) = plus_minus(rest) {
            let v = e.value.unwrap_or(num.value);
            // "$37.5bn, plus or minus 2%" is 2 % of the figure; "3.2% ± 0.5%" half a point.
            let d = if relative && e.kind != Kind::Percent { v.abs() * t / 100.0 } else { t };
            if e.hedge == Hedge::Approximate {
                e.hedge = Hedge::Exact;
                e.precision = d;
            } else {
                e.precision = e.precision.max(d);
            }
            e.interval = Interval::closed(v - d, v + d);
            rest = r;
        }
    }
    // "greater than 30 and less than or equal to 40", "less than 30 but more than 20", "more
    // than 20, less than 30": two opposite bounds make a range, in either order.
    let lower_bound = matches!(e.hedge, Hedge::MoreThan | Hedge::AtLeast);
    let upper_bound = matches!(e.hedge, Hedge::LessThan | Hedge::AtMost);
    if (lower_bound || upper_bound) && e.kind != Kind::Duration {
        let after = rest.strip_prefix(',').unwrap_or(rest);
        let after = (space, alt((kw("and"), kw("but")))).parse(after).map(|x| x.0).unwrap_or(after);
        if let Some((r2, h2)) = space(after).ok().and_then(|(r, _)| prefix_hedge(r)) {
            let opposite = if lower_bound {
                matches!(h2, Hedge::LessThan | Hedge::AtMost)
            } else {
                matches!(h2, Hedge::MoreThan | Hedge::AtLeast)
            };
            if let Some((r3, n2)) = number(r2, false).ok().filter(|_| opposite) {
                let ((lo, lo_hedge), (hi, hi_hedge)) = if lower_bound {
                    ((num.value, e.hedge), (n2.value, h2))
                } else {
                    ((n2.value, h2), (num.value, e.hedge))
                };
                if hi > lo {
                    e.interval = Interval {
                        lower: Some(lo),
                        upper: Some(hi),
                        lower_inclusive: lo_hedge == Hedge::AtLeast,
                        upper_inclusive: hi_hedge == Hedge::AtMost,
                    };
                    e.hedge = Hedge::Range;
                    e.value = None;
                    return Some((r3, e));
                }
            }
        }
    }
    if let Some((v, _)) = e.duration {
        e.interval = hedge_interval(e.hedge, v);
    }
    // "$2,000 per soldier", "300 a day", "3% a year", "2 million barrels a day"
    if matches!(e.kind, Kind::Money | Kind::Number | Kind::Percent | Kind::Quantity) {
        let (r, per) = rate(rest, e.kind == Kind::Money);
        if !per.is_empty() {
            e.per = per;
            rest = r;
        } else if e.kind == Kind::Number {
            // "1,000 soldiers each day": a one-word noun, then a time rate.
            if let Ok((after_noun, (_, noun))) = (space, word).parse(rest) {
                let (_, per) = rate(after_noun, false);
                // ("300 people per square kilometre": a density, per a unit of area or volume.)
                let timed = per.iter().all(|p| lexicon::period_noun(p).is_some() || p.ends_with(['²', '³']));
                // The noun stays outside the expression (the claims stage reads it); the rate is
                // recorded on the figure.
                let function_word = matches!(
                    noun.to_ascii_lowercase().as_str(),
                    "and"
                        | "but"
                        | "the"
                        | "for"
                        | "with"
                        | "from"
                        | "into"
                        | "than"
                        | "that"
                        | "this"
                        | "was"
                        | "were"
                        | "are"
                        | "has"
                        | "had"
                        | "have"
                );
                if !per.is_empty()
                    && timed
                    && at_boundary(after_noun)
                    && noun.len() > 2
                    && !function_word
                    && !is_trigger(noun)
                {
                    e.per = per;
                }
            }
        }
    }
    Some((rest, e))
}

/// "and 43 cents" / " 43 cents" after a whole amount.
fn cents_tail(i: &str) -> Option<(&str, f64)> {
    let r = (space, kw("and")).parse(i).map(|x| x.0).unwrap_or(i);
    let (r, _) = space(r).ok()?;
    let (r, n) = number(r, false).ok()?;
    if !(n.value >= 1.0 && n.value < 100.0 && n.value.fract() == 0.0) {
        return None;
    }
    if let Some((r2, w)) = (space, word).parse(r).ok().map(|(x, (_, w))| (x, w)) {
        if let Some("cent" | "penny" | "sen") = currency_word(&w.to_ascii_lowercase()) {
            return at_boundary(r2).then_some((r2, n.value / 100.0));
        }
    }
    // "$20 43", "15 dollars and 50", "two pounds fifty": two digits or a number in words
    // closing the clause are the cents.
    let digits = &i[..i.len() - r.len()].trim();
    let digit_count = digits.bytes().filter(|b| b.is_ascii_digit()).count();
    let two_digits = digit_count == 2 && digits.ends_with(|c: char| c.is_ascii_digit());
    let closes =
        r.trim_start_matches(' ').chars().next().is_none_or(|c| matches!(c, '.' | ',' | ';' | '?' | '!' | ')'));
    ((two_digits || digit_count == 0) && closes).then_some((r, n.value / 100.0))
}

fn finish_range<'a>(
    rest: &'a str,
    a: Num,
    b: Num,
    cur: Option<&'static str>,
    mut e: Expression,
) -> Option<(&'a str, Expression)> {
    let mut lo = a.value;
    let hi = b.value;
    // "5-6 million": the scale written once applies to both ends.
    if !a.scaled && b.scaled && lo < hi {
        let mut s = 1.0;
        while lo * s * 10.0 <= hi && s < 1e12 {
            s *= 10.0;
        }
        if lo * s <= hi && lo * s * 10.0 > hi {
            // Only by a scale a word can write: "in 2024 to 420 million tonnes" was a range
            // from 202.4 million (2024 × 100,000).
            // ("five to six hundred thousand": in words, hundreds of a scale too.)
            let word_scale = !a.digits && [1e2, 1e5, 1e8, 1e11].contains(&s);
            if ![1.0, 1e3, 1e6, 1e9, 1e12].contains(&s) && !word_scale {
                return None;
            }
            lo *= s;
        }
    }
    // "four or five hundred people": in words, the hundreds written once apply to both ends
    // ("from 4 to 500" in figures stays as written).
    if !a.scaled
        && !b.digits
        && !a.digits
        && lo < 10.0
        && lo.fract() == 0.0
        && hi % 100.0 == 0.0
        && hi < 1000.0
        && lo < hi / 100.0
    {
        lo *= 100.0;
    }
    // "2-3,000 troops", "10-15,000": the thousands written once apply to a small first end.
    if !a.scaled && !b.scaled && lo < 100.0 && lo.fract() == 0.0 && hi >= 1000.0 {
        for s in [1e3, 1e6] {
            if hi % s == 0.0 && lo * s < hi && hi < lo * s * 10.0 {
                lo *= s;
                break;
            }
        }
    }
    if lo > hi {
        return None;
    }
    let mut rest = rest;
    e.hedge = Hedge::Range;
    e.interval = Interval::closed(lo, hi);
    e.precision = a.precision.max(b.precision);
    if let Some(c) = cur.or_else(|| {
        currency_suffix(rest).map(|(r, c)| {
            rest = r;
            c
        })
    }) {
        e.kind = Kind::Money;
        e.unit = Some(c);
    } else if let Some(r) = percent_suffix(rest) {
        e.kind = Kind::Percent;
        e.unit = Some("%");
        rest = r;
    } else if let Some(r) = basis_points(rest) {
        // "by 50 to 80 basis points": hundredths of a percentage point, as for one figure.
        e.kind = Kind::Percent;
        e.unit = Some("%");
        e.interval = Interval::closed(lo / 100.0, hi / 100.0);
        e.precision /= 100.0;
        rest = r;
    } else if let Some((r, unit)) = measure_suffix(rest, hi) {
        e.kind = Kind::Quantity;
        e.unit = Some(unit);
        rest = r;
    } else if let Some((r, unit, _, times)) = duration_suffix(rest) {
        e.kind = Kind::Duration;
        e.duration = Some((hi * times, unit));
        rest = r;
    }
    if matches!(e.kind, Kind::Money | Kind::Number | Kind::Quantity) {
        let (r, per) = rate(rest, e.kind == Kind::Money);
        if !per.is_empty() {
            e.per = per;
            rest = r;
        }
    }
    Some((rest, e))
}

/// A unit of measure after a figure: "7.4 metres", "10km", "a 30-metre wall", "41C", "41°C",
/// "12 degrees Celsius", "2 sq km", "100 km/h". Letters that are also words or figures of
/// other kinds stay out: a lone "m" (millions or metres), "in" (a preposition), "g" before a
/// small figure ("5G", "4g" are networks), "C"/"F" unless stuck to the digits.
/// " pound", " pounds": the word, and what follows it.
fn pound_word(i: &str) -> Option<&str> {
    let (r, (_, w)) = (space, word).parse(i).ok()?;
    (w.eq_ignore_ascii_case("pound") || w.eq_ignore_ascii_case("pounds")).then_some(r)
}

fn measure_suffix(i: &str, value: f64) -> Option<(&str, &'static str)> {
    // Signs: "41°C", "41 °F", "30°", "500 m²", "2 km²".
    let t = i.trim_start_matches([' ', '\u{a0}']);
    if let Some(after) = t.strip_prefix('°') {
        return Some(match after.as_bytes().first() {
            Some(b'C') if at_boundary(&after[1..]) => (&after[1..], "°C"),
            Some(b'F') if at_boundary(&after[1..]) => (&after[1..], "°F"),
            _ => (after, "°"),
        });
    }
    let attached = t.len() == i.len();
    let (r, gap_taken) = match gap(i) {
        Ok((r, g)) => (r, g),
        Err(_) => (i, ""),
    };
    let hyphenated = gap_taken.contains('-');
    // "square kilometres", "sq km", "cubic metres"
    let shape = alt((kw("square"), kw("cubic"), |x| kw("sq")(x).map(|(r, w)| (r.strip_prefix('.').unwrap_or(r), w))));
    if let Ok((r2, (shape, _))) = (shape, space).parse(r) {
        let (r3, w) = word(r2).ok()?;
        let unit =
            lexicon::measure_word(&w.to_ascii_lowercase()).or(matches!(w, "km" | "m" | "mi" | "ft").then_some(w))?;
        let symbol = match (shape.to_ascii_lowercase().as_str(), unit) {
            ("cubic", "m") => "m³",
            ("cubic", "ft") => "ft³",
            ("cubic", _) => return None,
            (_, "km") => "km²",
            (_, "m") => "m²",
            (_, "mi") => "mi²",
            (_, "ft") => "ft²",
            _ => return None,
        };
        return at_boundary(r3).then_some((r3, symbol));
    }
    // "200 nautical miles", "420 parts per million"
    if let Ok((r2, _)) = (kw("nautical"), space, alt((kw("miles"), kw("mile")))).parse(r) {
        return at_boundary(r2).then_some((r2, "nmi"));
    }
    if let Ok((r2, (_, _, _, _, scale))) =
        (kw("parts"), space, kw("per"), space, alt((kw("million"), kw("billion")))).parse(r)
    {
        return Some((r2, if scale.eq_ignore_ascii_case("million") { "ppm" } else { "ppb" }));
    }
    let (r2, w) = word(r).ok()?;
    // "km/h", "km/hr", "m/s"
    if let Some(r3) = r2.strip_prefix("/hr").or_else(|| r2.strip_prefix("/h")).filter(|x| at_boundary(x) && w == "km") {
        return Some((r3, "km/h"));
    }
    if let Some(r3) = r2.strip_prefix("/HR").or_else(|| r2.strip_prefix("/H")).filter(|x| at_boundary(x) && w == "KM") {
        return Some((r3, "km/h"));
    }
    if let Some(r3) = r2.strip_prefix("/s").filter(|x| at_boundary(x) && w == "m") {
        return Some((r3, "m/s"));
    }
    // "kilowatt-hours"
    let (r2, w) = match r2.strip_prefix("-hour") {
        Some(x) => {
            let x = x.strip_prefix('s').unwrap_or(x);
            (x, &r[..r.len() - x.len()])
        }
        None => (r2, w),
    };
    if !at_boundary(r2) {
        return None;
    }
    let mut buf = [0u8; 24];
    let lw = number::lower(w, &mut buf);
    if lw == "magnitude" {
        return Some((r2, "magnitude"));
    }
    if lw == "on" {
        if let Ok((r3, _)) = (space, kw("the"), space, kw("richter"), space, kw("scale")).parse(r2) {
            return Some((r3, "magnitude"));
        }
    }
    if lw == "degrees" || lw == "degree" {
        let (r3, scale) = match (space, word).parse(r2) {
            Ok((x, (_, s))) => (x, s.to_ascii_lowercase()),
            Err(_) => (r2, String::new()),
        };
        return Some(match scale.as_str() {
            "celsius" | "centigrade" | "c" => (r3, "°C"),
            "fahrenheit" | "f" => (r3, "°F"),
            _ => (r2, "°"),
        });
    }
    if let Some(symbol) = lexicon::measure_word(lw) {
        return Some(speed_of(r2, symbol));
    }
    let symbol = match w {
        // A capital glued to a figure is a temperature within the range of weather and water;
        // beyond it the letter more often names a model or a form ("Boeing 777F", "a 747F").
        "C" | "F" if attached && value.abs() < 200.0 => {
            if w == "C" {
                "°C"
            } else {
                "°F"
            }
        }
        "g" if attached && value >= 10.0 => "g",
        "m" if attached && size_follows(r2) => "m",
        "lbs" => "lb",
        _ if lexicon::shouted_symbol(w).is_some() => lexicon::shouted_symbol(w)?,
        // ("g" before a small figure is a network; "gal" and "kn" are read only as words.)
        _ => lexicon::written_symbol(w).filter(|m| !matches!(m.symbol, "g" | "gal" | "kn"))?.symbol,
    };
    // "a 10-km walk" is fine; a symbol hyphenated onto a word ("5-MW-scale") is not ours.
    if hyphenated && r2.starts_with('-') {
        return None;
    }
    lexicon::measure(symbol).map(|m| speed_of(r2, m.symbol))
}

/// "5ft 10in", "6 feet 2 inches", "8lb 6oz", "2m 30cm": a figure in a smaller unit of the
/// same kind straight after one in `unit`.
fn smaller_part<'a>(rest: &'a str, unit: &str) -> Option<(&'a str, &'static lexicon::Measure, number::Num)> {
    let big = lexicon::measure(unit)?;
    let r = rest.strip_prefix(' ')?;
    let same_kind = |m: &lexicon::Measure| m.dimension == big.dimension && m.factor < big.factor;
    // "10in": glued to its digits "in" says inches (alone it says too little for number()).
    let digits = r.bytes().take_while(u8::is_ascii_digit).count();
    if let Some(x) = r[digits..].strip_prefix("in").filter(|x| digits > 0 && at_boundary(x)) {
        let (_, n) = number(&r[..digits], false).ok()?;
        let small = lexicon::measure("in")?;
        return same_kind(small).then_some((x, small, n));
    }
    let (r, n) = number(r, false).ok()?;
    let (r, w) = word(r.strip_prefix(' ').unwrap_or(r)).ok()?;
    let mut buf = [0u8; 24];
    let symbol = lexicon::measure_word(number::lower(w, &mut buf)).unwrap_or(w);
    // ("4ft 3 in length": a spaced "in" is the preposition.)
    let small = lexicon::measure(symbol).filter(|_| w != "in")?;
    (at_boundary(r) && same_kind(small)).then_some((r, small, n))
}

/// "120 kilometres per hour", "70 miles an hour", "9 metres per second": a length per unit of
/// time is a speed.
fn speed_of<'a>(rest: &'a str, symbol: &'static str) -> (&'a str, &'static str) {
    let per = |x: &'a str| -> IResult<&'a str, &'a str> {
        let (x, _) = (space, alt((kw("per"), kw("an"), kw("a"))), space).parse(x)?;
        alt((kw("hour"), kw("second"))).parse(x)
    };
    match (symbol, per(rest)) {
        ("km", Ok((r, t))) if t.eq_ignore_ascii_case("hour") => (r, "km/h"),
        ("mi", Ok((r, t))) if t.eq_ignore_ascii_case("hour") => (r, "mph"),
        ("m", Ok((r, t))) if t.eq_ignore_ascii_case("second") => (r, "m/s"),
        _ => (rest, symbol),
    }
}

/// An adjective of size next, after a space or a hyphen: "300m long", "a 2m-high wall".
pub fn size_follows(r: &str) -> bool {
    let r = r.strip_prefix('-').or_else(|| r.strip_prefix(' ')).unwrap_or("");
    let n = r.bytes().take_while(u8::is_ascii_alphabetic).count();
    lexicon::size_adjective(&r[..n].to_ascii_lowercase()) && at_boundary(&r[n..])
}

/// "days", "-day", "years", "-year-long", "years old", "3h"; returns whether it reads as an age.
/// A unit of time after a figure: the rest, the unit, whether it is an age ("three-year-old"),
/// and how many units one word counts (a fortnight is two weeks).
fn duration_suffix(i: &str) -> Option<(&str, DurationUnit, bool, f64)> {
    let r = gap(i).map(|x| x.0).unwrap_or(i);
    // "2 more minutes", "three full years"
    let r = match (
        alt((
            kw("more"),
            kw("additional"),
            kw("extra"),
            kw("fewer"),
            kw("full"),
            kw("whole"),
            kw("straight"),
            kw("consecutive"),
            kw("successive"),
        )),
        space,
    )
        .parse(r)
    {
        Ok((x, _)) => x,
        Err(_) => r,
    };
    // "three quarters of an hour", "a quarter of a century" ("a" only after "of": "3 a year"
    // is a rate)
    let r = match (kw("of"), space).parse(r) {
        Ok((x, _)) => skip_word(skip_word(x, "an"), "a"),
        Err(_) => skip_word(r, "an"),
    };
    let (mut rest, w) = word(r).ok()?;
    let lw = w.to_ascii_lowercase();
    let attached = r.len() == i.len();
    let unit = duration_unit(&lw).or(match lw.as_str() {
        "h" if attached => Some(DurationUnit::Hour),
        "d" if attached => Some(DurationUnit::Day),
        "y" if attached => Some(DurationUnit::Year),
        "w" if attached => Some(DurationUnit::Week),
        "nights" | "night" => Some(DurationUnit::Day),
        // "three weekends": two days each; "the weekend" is a date.
        "weekends" => Some(DurationUnit::Day),
        _ => None,
    })?;
    if !at_boundary(rest) || week_end(unit, rest) {
        return None;
    }
    // "three quarter-point cuts", "two half-percentage-point rises": so many steps of a
    // fraction of a point, no span of time.
    if rest.starts_with("-point") || rest.starts_with("-percentage-point") {
        return None;
    }
    let mut age = false;
    if let Ok((r2, _)) = (gap, alt((kw("long"), kw("old"), kw("olds")))).parse(rest) {
        age = true;
        rest = r2;
    }
    Some((rest, unit, age, lexicon::units_in(&lw)))
}

/// "and a half", "and a quarter", "and half" after a duration.
fn fraction_tail(i: &str) -> Option<(&str, f64)> {
    let (r, _) = (space, kw("and"), space).parse(i).ok()?;
    let r = skip_word(r, "a");
    let (r, w) = word(r).ok()?;
    let f = match w.to_ascii_lowercase().as_str() {
        "half" => 0.5,
        "quarter" => 0.25,
        _ => return None,
    };
    at_boundary(r).then_some((r, f))
}

/// Adds "and 45 minutes" / ", 3 months" / " 15 seconds" to a duration, in the smaller unit.
fn duration_more(mut rest: &str, mut value: f64, mut unit: DurationUnit) -> (&str, f64, DurationUnit) {
    if let Some((r, f)) = fraction_tail(rest) {
        return (r, value + f, unit);
    }
    loop {
        let r = rest.strip_prefix(',').unwrap_or(rest);
        let r = (space, kw("and")).parse(r).map(|x| x.0).unwrap_or(r);
        let Ok((r, _)) = space(r) else { break };
        let Ok((r2, n)) = number(r, false) else { break };
        let Some((r3, u2, _, _)) = duration_suffix(r2).or_else(|| {
            // "1 hour thirty": a bare count after hours is minutes, after minutes seconds.
            let next = match unit {
                DurationUnit::Hour => DurationUnit::Minute,
                DurationUnit::Minute => DurationUnit::Second,
                _ => return None,
            };
            let closes = r2.trim_start_matches(' ').chars().next().is_none_or(|c| !c.is_alphanumeric());
            (n.value > 0.0 && n.value < 60.0 && closes).then_some((r2, next, false, 1.0))
        }) else {
            break;
        };
        // "2 years and 3 months", "an hour and 45 minutes" add up; "18 months and 200 hours
        // of unpaid work" are two things: the second amount must be less than one of the first
        // unit, and months or years do not run on into hours.
        let per = unit.holds(u2);
        let calendar = matches!(
            unit,
            DurationUnit::Month
                | DurationUnit::Quarter
                | DurationUnit::Year
                | DurationUnit::Decade
                | DurationUnit::Century
        );
        if u2.days() >= unit.days() || n.value >= per || (calendar && u2.days() < 1.0) {
            break;
        }
        value = value * per + n.value;
        unit = u2;
        rest = r3;
    }
    (rest, value, unit)
}

/// "a month", "an hour and 45 minutes", "half an hour", "half a day".
/// "a week-end trip": the week of a hyphenated weekend is no week.
fn week_end(unit: DurationUnit, rest: &str) -> bool {
    unit == DurationUnit::Week && lexicon::hyphen_end(rest)
}

fn article_duration(i: &str) -> Option<(&str, f64, DurationUnit)> {
    let (r, v) = if let Ok((r, _)) = (kw("half"), space, alt((kw("a"), kw("an"))), space).parse(i) {
        (r, 0.5)
    } else {
        let (r, _) = (alt((kw("a"), kw("an"))), space).parse(i).ok()?;
        (r, 1.0)
    };
    let (r2, w) = word(r).ok()?;
    let unit = duration_unit(&w.to_ascii_lowercase())?;
    // "a quarter" is a fraction more often than three months.
    if !at_boundary(r2) || w.eq_ignore_ascii_case("sec") || unit == DurationUnit::Quarter || week_end(unit, r2) {
        return None;
    }
    // "a second wave", "a second term": the ordinal before a noun, not one second.
    if unit == DurationUnit::Second && w.eq_ignore_ascii_case("second") {
        let next = r2.trim_start_matches(' ');
        let next_word = next.split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("").to_ascii_lowercase();
        // ("in a second-round match": an ordinal heading a compound.)
        let compound = r2.strip_prefix('-').is_some_and(|x| x.starts_with(|c: char| c.is_ascii_alphabetic()));
        let noun_follows = compound
            || r2.starts_with(' ')
                && !next_word.is_empty()
                && !matches!(
                    next_word.as_str(),
                    "or" | "and"
                        | "of"
                        | "to"
                        | "later"
                        | "ago"
                        | "before"
                        | "after"
                        | "for"
                        | "in"
                        | "on"
                        | "at"
                        | "too"
                );
        if noun_follows {
            return None;
        }
    }
    let v = v * lexicon::units_in(&w.to_ascii_lowercase());
    let (rest, value, unit) = duration_more(r2, v, unit);
    Some((rest, value, unit))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Expression {
        let ctx = DateContext { reference: "2024-10-22".parse().ok(), ..Default::default() };
        let v = scan(text, &ctx);
        assert_eq!(v.len(), 1, "{text:?} gave {v:#?}");
        v.into_iter().next().unwrap()
    }

    #[test]
    fn hedges_set_intervals() {
        let e = one("at least 100 casualties");
        assert_eq!(e.hedge, Hedge::AtLeast);
        assert_eq!(e.interval.to_string(), "≥ 100");
        assert_eq!(one("up to 12,000 soldiers").interval.to_string(), "≤ 12,000");
        assert_eq!(one("fewer than 50").interval.to_string(), "< 50");
        assert_eq!(one("Around 1,500 troops").hedge, Hedge::Approximate);
        assert_eq!(one("some 15-hundred special forces").value, Some(1500.0));
        assert_eq!(one("losses pushed past a half million").hedge, Hedge::MoreThan);
    }

    #[test]
    fn money_with_rates() {
        let e = one("$2,000 per soldier every month");
        assert_eq!((e.kind, e.unit, e.value), (Kind::Money, Some("USD"), Some(2000.0)));
        assert_eq!(e.per, vec!["soldier", "month"]);
        assert_eq!(one("US$4.7 billion").value, Some(4.7e9));
        let e = one("over €6 billion in aid");
        assert_eq!((e.unit, e.hedge), (Some("EUR"), Hedge::MoreThan));
        assert_eq!(one("64.1 billion dollars").unit, Some("USD"));
    }

    #[test]
    fn vague_and_ranges() {
        let e = one("thousands of soldiers");
        assert_eq!((e.hedge, e.interval.to_string().as_str()), (Hedge::Vague, "≥ 2,000"));
        assert_eq!(one("a few thousand soldiers").interval.to_string(), "2,000..=9,000");
        assert_eq!(one("between 20 and 30").interval.to_string(), "20..=30");
        assert_eq!(one("5-6 million").interval.to_string(), "5,000,000..=6,000,000");
    }

    #[test]
    fn percents_ordinals_durations() {
        assert_eq!(one("0.1%").kind, Kind::Percent);
        assert_eq!(one("19 per cent").value, Some(19.0));
        let e = one("the ~4th most sanctioned");
        assert_eq!((e.kind, e.hedge), (Kind::Ordinal, Hedge::Approximate));
        let e = one("an almost three-year-long war");
        assert_eq!((e.kind, e.age_like, e.hedge), (Kind::Duration, true, Hedge::Nearly));
    }

    #[test]
    fn names_with_digits_are_not_figures() {
        assert!(scan("COVID-19 and F-16 jets", &DateContext::default()).is_empty());
    }
}
