//! Numbers written in digits (`1,500`, `1.5 million`, `10k`) or words (`ten thousand`,
//! `15-hundred`, `half a million`, `a half dozen`), built from nom primitives.

use nom::IResult;
use nom::Parser;
use nom::branch::alt;
use nom::character::complete::{char, digit1};
use nom::error::{Error, ErrorKind};

use super::expr::Malformed;
use super::lexicon::{NumWord, num_word, ordinal_word, scale_suffix};

/// A number as read, before any hedge or unit.
#[derive(Debug, Clone, PartialEq)]
pub struct Num {
    pub value: f64,
    /// Half-width implied by the way it is written.
    pub precision: f64,
    pub malformed: Option<Malformed>,
    /// A scale word or suffix was part of it ("million", "k").
    pub scaled: bool,
    /// Written in digits (as opposed to words).
    pub digits: bool,
    /// A proportion stated as a ratio ("one in five", "4 out of 10"): a share of a whole, not
    /// a count of it; or a factor ("threefold", "a 2.5-fold rise"), which counts nothing.
    pub share: bool,
}

impl Num {
    /// A figure as written (not a ratio).
    fn new(value: f64, precision: f64, malformed: Option<Malformed>, scaled: bool, digits: bool) -> Num {
        Num { value, precision, malformed, scaled, digits, share: false }
    }
}

fn fail<T>(i: &str) -> IResult<&str, T> {
    Err(nom::Err::Error(Error::new(i, ErrorKind::Verify)))
}

/// Characters that glue the words of a number: spaces (incl. no-break) and hyphens.
pub fn gap(i: &str) -> IResult<&str, &str> {
    let n = i
        .char_indices()
        .take_while(|(_, c)| matches!(c, ' ' | '\t' | '\u{a0}' | '\u{202f}' | '-' | '\n' | '\r'))
        .map(|(k, c)| k + c.len_utf8())
        .last()
        .unwrap_or(0);
    // At most one line break: a blank line ends a paragraph, and numbers never span those.
    let taken = &i[..n];
    if n == 0 || taken.matches('\n').count() > 1 {
        return fail(i);
    }
    Ok((&i[n..], taken))
}

/// Whitespace only (no hyphen).
pub fn space(i: &str) -> IResult<&str, &str> {
    let (rest, g) = gap(i)?;
    if g.contains('-') { fail(i) } else { Ok((rest, g)) }
}

/// One ASCII word, returned as written.
pub fn word(i: &str) -> IResult<&str, &str> {
    let n = i.bytes().take_while(|b| b.is_ascii_alphabetic()).count();
    if n == 0 {
        return fail(i);
    }
    Ok((&i[n..], &i[..n]))
}

/// A case-insensitive keyword that ends at a word boundary.
pub fn kw<'a>(w: &'static str) -> impl Fn(&'a str) -> IResult<&'a str, &'a str> {
    move |i: &'a str| {
        let (rest, got) = word(i)?;
        if got.eq_ignore_ascii_case(w) { Ok((rest, got)) } else { fail(i) }
    }
}

/// A case-insensitive phrase of words separated by single spaces in `phrase`, any whitespace in text.
pub fn phrase<'a>(p: &'static str) -> impl Fn(&'a str) -> IResult<&'a str, &'a str> {
    move |i: &'a str| {
        let mut rest = i;
        for (k, w) in p.split(' ').enumerate() {
            if k > 0 {
                rest = space(rest)?.0;
            }
            if w.bytes().all(|b| b.is_ascii_alphabetic()) {
                rest = kw(w)(rest)?.0;
            } else {
                let head = rest.get(..w.len()).filter(|h| h.eq_ignore_ascii_case(w));
                if head.is_none() {
                    return fail(i);
                }
                rest = &rest[w.len()..];
            }
        }
        Ok((rest, &i[..i.len() - rest.len()]))
    }
}

/// Lower-cases a short word into a stack buffer: the hot paths look words up without
/// allocating. Words longer than the buffer come back empty (no lexicon word is that long).
pub fn lower<'b>(w: &str, buf: &'b mut [u8; 24]) -> &'b str {
    if w.len() > buf.len() {
        return "";
    }
    for (d, s) in buf.iter_mut().zip(w.bytes()) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..w.len()]).unwrap_or("")
}

/// Skips an optional word and the space after it: `skip_word("the 15th", "the")` → `"15th"`.
pub fn skip_word<'a>(i: &'a str, w: &'static str) -> &'a str {
    (kw(w), space).parse(i).map(|x| x.0).unwrap_or(i)
}

/// Whether a plural noun — a count of things — comes next: "1.5m people", "2m barrels". A length
/// is followed by an adjective or a preposition ("2m tall", "10m across", "3m of cable"), and
/// the one plural that follows metres in news copy is a race ("the 400m hurdles").
pub fn plural_count_follows(rest: &str) -> bool {
    let Ok((r, _)) = space(rest) else { return false };
    let Ok((after, w)) = word(r) else { return false };
    if !at_boundary(after) || after.starts_with('-') {
        return false;
    }
    let mut buf = [0u8; 24];
    plural_noun(lower(w, &mut buf))
}

/// Whether a lower-cased word looks like a plural noun: "troops", "people", "theatres".
pub fn plural_noun(w: &str) -> bool {
    const IRREGULAR: [&str; 9] =
        ["people", "men", "women", "children", "police", "personnel", "staff", "cattle", "sheep"];
    const NOT_PLURAL: [&str; 16] = [
        "across",
        "as",
        "is",
        "was",
        "has",
        "this",
        "thus",
        "plus",
        "less",
        "its",
        "us",
        "hurdles",
        "relays",
        "towards",
        "upwards",
        "downwards",
    ];
    IRREGULAR.contains(&w)
        || (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !NOT_PLURAL.contains(&w))
}

/// Whether a unit of time, of measure or of money comes next: "under 5kg", "2000-2020 dollars".
pub fn unit_follows(rest: &str) -> bool {
    space(rest).ok().and_then(|(x, _)| word(x).ok()).is_some_and(|(_, w)| {
        let lw = w.to_ascii_lowercase();
        super::lexicon::duration_unit(&lw).is_some()
            || super::lexicon::measure_word(&lw).is_some()
            || super::lexicon::currency_word(&lw).is_some()
    })
}

pub fn at_boundary(rest: &str) -> bool {
    rest.chars().next().is_none_or(|c| !c.is_alphanumeric())
}

/// Half the place value of the last written digit, but never more than 5 % of the value: a round
/// figure like `10,000` is rounded, yet nobody means ±5,000 by it.
pub fn written_precision(value: f64, decimals: u32, scale: f64) -> f64 {
    let unit = if decimals > 0 {
        10f64.powi(-(decimals as i32)) * scale
    } else {
        let mut int = value.abs().round() as u128;
        let mut u = 1.0;
        if int == 0 {
            return 0.0;
        }
        while int % 10 == 0 {
            int /= 10;
            u *= 10.0;
        }
        u
    };
    (unit / 2.0).min(value.abs() * 0.05)
}

/// Digits with optional thousands separators and decimals: `1,500`, `10000`, `0.1`, `10,0000`.
fn digit_figure(i: &str) -> IResult<&str, (f64, u32, Option<Malformed>)> {
    let (mut rest, first) = digit1(i)?;
    let mut groups = vec![first];
    while let Some(after) = rest.strip_prefix(',') {
        match digit1::<_, Error<&str>>(after) {
            Ok((r, g)) => {
                groups.push(g);
                rest = r;
            }
            Err(_) => break,
        }
    }
    // "1'000'000", "CHF 12’500": thousands grouped by apostrophes, as Swiss usage writes them
    // (a height "5'11" has two digits after its mark).
    if groups.len() == 1 && first.len() <= 3 {
        let mut cur = rest;
        let mut marked = Vec::new();
        while let Some(after) = cur.strip_prefix('\'').or_else(|| cur.strip_prefix('’')) {
            let n = after.bytes().take_while(u8::is_ascii_digit).count();
            if n != 3 {
                break;
            }
            marked.push(&after[..n]);
            cur = &after[n..];
        }
        if !marked.is_empty() && number_ends(cur) && !cur.starts_with(['\'', '’']) {
            groups.extend(marked);
            rest = cur;
        }
    }
    // "12 000", "1 000 000": thousands grouped by (no-break or thin) spaces, as SI style and
    // much of the world writes them. A no-break space is grouping on purpose; an ordinary one
    // only when two groups follow or the group starts with 0 (no figure is written "000" on
    // its own), since "rooms 2 100" may be two numbers.
    if groups.len() == 1 && first.len() <= 3 {
        let mut spaced = Vec::new();
        let mut cur = rest;
        let mut deliberate = true;
        while let Some((sep, after)) =
            ['\u{a0}', '\u{202f}', '\u{2009}', ' '].iter().find_map(|c| cur.strip_prefix(*c).map(|a| (*c, a)))
        {
            let n = after.bytes().take_while(u8::is_ascii_digit).count();
            if n != 3 || after[n..].starts_with(|c: char| c.is_ascii_digit()) {
                break;
            }
            deliberate &= sep != ' ';
            spaced.push(&after[..n]);
            cur = &after[n..];
        }
        let zero_led = spaced.first().is_some_and(|g| g.starts_with('0'));
        if !spaced.is_empty() && (deliberate || spaced.len() >= 2 || zero_led) && number_ends(cur) {
            groups.extend(spaced);
            rest = cur;
        }
    }
    let mut decimals = 0u32;
    let mut frac = "";
    // "2.500.000", "1.111,11": thousands grouped by points and a decimal comma, as much of
    // Europe writes them. Only when the reading is unambiguous: two point groups, or a point
    // group followed by a comma and one or two decimals ("1.111" alone is a decimal).
    if groups.len() == 1 && first.len() <= 3 {
        fn three(s: &str) -> Option<(&str, &str)> {
            s.strip_prefix('.')
                .filter(|t| t.bytes().take_while(u8::is_ascii_digit).count() == 3)
                .map(|t| (&t[..3], &t[3..]))
        }
        let mut point_groups = Vec::new();
        let mut cur = rest;
        while let Some((g, after)) = three(cur) {
            point_groups.push(g);
            cur = after;
        }
        let comma_decimals = cur
            .strip_prefix(',')
            .map(|t| (t, t.bytes().take_while(u8::is_ascii_digit).count()))
            .filter(|(t, n)| (1..=2).contains(n) && !t[*n..].starts_with(|c: char| c.is_ascii_alphanumeric()));
        if !point_groups.is_empty() && (point_groups.len() >= 2 || comma_decimals.is_some()) && !cur.starts_with('.') {
            let mut digits: String = std::iter::once(first).chain(point_groups).collect();
            let mut decimals = 0;
            if let Some((t, n)) = comma_decimals {
                digits.push('.');
                digits.push_str(&t[..n]);
                decimals = n as u32;
                cur = &t[n..];
            }
            return Ok((cur, (digits.parse().unwrap_or(0.0), decimals, None)));
        }
    }
    if let Some(after) = rest.strip_prefix('.') {
        if let Ok((r, f)) = digit1::<_, Error<&str>>(after) {
            // "192.168.1.2" is four numbers, not a decimal.
            let dotted_on = r.strip_prefix('.').is_some_and(|x| x.starts_with(|c: char| c.is_ascii_digit()));
            if !dotted_on {
                frac = f;
                decimals = f.len() as u32;
                rest = r;
            }
        }
    }
    let all: String = groups.concat();
    let whole: f64 = all.parse().unwrap_or(0.0);
    let value = if frac.is_empty() { whole } else { format!("{all}.{frac}").parse().unwrap_or(whole) };
    let mut malformed = None;
    if groups.len() > 1 {
        let good_head = (1..=3).contains(&groups[0].len());
        let bad_tail = groups[1..].iter().any(|g| g.len() != 3);
        // Indian grouping: 12,34,567.
        let indian = groups.len() >= 3
            && groups[0].len() <= 2
            && groups[1..groups.len() - 1].iter().all(|g| g.len() == 2)
            && groups.last().is_some_and(|g| g.len() == 3);
        // "€2,5 million", "a 3,4% rise": a decimal comma, where a scale or a percent sign
        // after it leaves no other reading.
        if groups.len() == 2 && groups[1].len() <= 2 && decimal_comma_closes(rest) {
            let decimal = format!("{}.{}", groups[0], groups[1]);
            return Ok((rest, (decimal.parse().unwrap_or(whole), groups[1].len() as u32, None)));
        }
        // "22,24,26" is a list of numbers, not one: read only the first.
        if groups[1..].iter().all(|g| g.len() < 3) && !indian {
            let first = groups[0];
            let rest_after = &i[first.len()..];
            let v: f64 = first.parse().unwrap_or(0.0);
            return Ok((rest_after, (v, 0, None)));
        }
        if (!good_head || bad_tail) && !indian {
            // Two readings: the digits as typed, and each group cut back to three digits.
            let trimmed: String = groups
                .iter()
                .enumerate()
                .map(|(k, g)| if k > 0 && g.len() > 3 { &g[..3] } else { g })
                .collect::<Vec<_>>()
                .concat();
            let mut readings = vec![trimmed.parse().unwrap_or(whole), whole];
            readings.sort_by(f64::total_cmp);
            readings.dedup();
            malformed = Some(Malformed { reason: "digit grouping is not in threes", readings });
        }
    }
    Ok((rest, (value, decimals, malformed)))
}

/// "2m-3m people", "between 2m and 3m people": the first end of a range whose second end is a
/// count in millions is one too.
fn millions_range_ends(r: &str) -> bool {
    let Some(second) =
        r.strip_prefix(['-', '–']).or_else(|| (space, alt((kw("to"), kw("and"))), space).parse(r).ok().map(|(x, _)| x))
    else {
        return false;
    };
    let Some(after) = after_lone_m(second) else { return false };
    plural_count_follows(after) || modified_count_follows(after)
}

/// "4.2m", "2m": a figure in digits with a lone "m" glued to it; the text after the "m".
pub(super) fn after_lone_m(s: &str) -> Option<&str> {
    let digits = s.bytes().take_while(|b| b.is_ascii_digit() || matches!(b, b'.' | b',')).count();
    if digits == 0 || !s.as_bytes()[digits - 1].is_ascii_digit() {
        return None;
    }
    s[digits..].strip_prefix('m').filter(|r| at_boundary(r))
}

/// " vaccine doses", " new homes": one word, not a measure's adjective, then a plural count.
/// "16.96m sq km", "2m square metres": a lone "m" before a unit of area is millions (a
/// metre is no count of square kilometres).
fn area_follows(r: &str) -> bool {
    let Ok((after, (_, w))) = (space, word).parse(r) else { return false };
    let after = if w == "sq" { after.strip_prefix('.').unwrap_or(after) } else { after };
    let Ok((_, (_, unit))) = (space, word).parse(after) else { return false };
    matches!(w.to_ascii_lowercase().as_str(), "sq" | "square" | "cubic")
        && (matches!(unit, "km" | "mi" | "m" | "ft")
            || super::lexicon::measure_word(&unit.to_ascii_lowercase())
                .is_some_and(|u| matches!(u, "km" | "mi" | "m" | "ft")))
}

fn modified_count_follows(r: &str) -> bool {
    let Ok((after, (_, w))) = (space, word).parse(r) else { return false };
    let lw = w.to_ascii_lowercase();
    let measure_adjective = matches!(
        lw.as_str(),
        "tall"
            | "high"
            | "wide"
            | "long"
            | "deep"
            | "thick"
            | "square"
            | "cubic"
            | "across"
            | "away"
            | "above"
            | "below"
    );
    w.bytes().all(|b| b.is_ascii_alphabetic()) && !measure_adjective && plural_count_follows(after)
}

/// Does what follows a figure like "2,5" make its comma a decimal one: a scale word ("2,5
/// million", "1,2bn") or a percent sign?
fn decimal_comma_closes(rest: &str) -> bool {
    if rest.starts_with('%') {
        return true;
    }
    let w = rest.strip_prefix(' ').unwrap_or(rest);
    let n = w.bytes().take_while(u8::is_ascii_alphabetic).count();
    let (head, after) = w.split_at(n);
    n > 0
        && at_boundary(after)
        && (matches!(head.to_ascii_lowercase().as_str(), "million" | "billion" | "trillion")
            || super::lexicon::scale_suffix(head).is_some_and(|(scale, _)| scale >= 1e6))
}

/// Nothing runs on from a spaced group ("1 000 000 people", not "1 000 000x" or "1 000.").
fn number_ends(rest: &str) -> bool {
    !rest.starts_with(|c: char| c.is_ascii_alphanumeric() || c == ',' || c == '/')
}

/// A number in digits, optionally scaled: `1.5 million`, `15-hundred`, `10k`, `$4.7bn`.
pub fn digit_number(i: &str, money: bool) -> IResult<&str, Num> {
    // A leading decimal point: ".77"
    let (rest, (value, decimals, malformed)) = if let Some(frac) = i.strip_prefix('.') {
        let (r, d) = digit1(frac)?;
        (r, (format!("0.{d}").parse().unwrap_or(0.0), d.len() as u32, None))
    } else {
        digit_figure(i)?
    };
    // "1 point 5"
    let (rest, value, decimals) = match (space, kw("point"), space, digit1::<_, Error<&str>>).parse(rest) {
        Ok((r, (_, _, _, d))) if malformed.is_none() && value.fract() == 0.0 => {
            (r, format!("{value}.{d}").parse().unwrap_or(value), d.len() as u32)
        }
        _ => (rest, value, decimals),
    };
    // Scientific notation: "1.3e6", "12.32e+14", "6.23x10^-4", "1.1^23".
    if malformed.is_none() {
        if let Some((r, v)) = exponent(rest, value) {
            return Ok((r, Num::new(v, 0.0, None, true, true)));
        }
    }
    // Attached suffix: 10k, 3m, 4.7bn.
    if let Ok((r, w)) = word(rest) {
        if let Some((scale, money_only)) = scale_suffix(w) {
            // "1.2b": bytes come in whole numbers and capitals; a decimal before "b" is billions.
            let decimal_billions = w == "b" && decimals > 0;
            // "1.5m people", "2.5m vaccine doses": a count of things is millions; "a 2m wall"
            // and "3m tall trees" stay metres (unread).
            // ("a 2.5m-strong diaspora", "a 1.2m-member union": a count of people.)
            let strength = r.strip_prefix('-').is_some_and(|x| {
                ["strong", "member"].iter().any(|p| {
                    x.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p))
                        && !x[p.len()..].starts_with(|c: char| c.is_ascii_alphabetic())
                })
            });
            let millions_of_things = w == "m"
                && (plural_count_follows(r)
                    || modified_count_follows(r)
                    || area_follows(r)
                    || millions_range_ends(r)
                    || strength);
            if (!money_only || money || decimal_billions || millions_of_things) && at_boundary(r) {
                let v = scaled(value, decimals, scale);
                return Ok((r, Num::new(v, written_precision(v, decimals, scale), malformed, true, true)));
            }
        }
        let lw = w.to_ascii_lowercase();
        let attached_unit = super::lexicon::duration_unit(&lw).is_some()
            || super::lexicon::written_symbol(w).is_some()
            || super::lexicon::shouted_symbol(w).is_some()
            || super::lexicon::measure_word(&lw).is_some()
            || matches!(w, "C" | "F" | "kph" | "kmh" | "lbs")
            || (w == "m" && super::size_follows(r))
            || matches!(lw.as_str(), "h" | "d" | "y" | "w" | "pc" | "pct" | "percent" | "pp" | "bp" | "bps")
            || w == "p"
            // ("99c": cents.)
            || w == "c"
            // ("a 1.5x rise", "trades at 20x earnings": a factor, read as "1.5 times".)
            || w == "x"
            || super::lexicon::code_as_written(w).is_some()
            || super::lexicon::LOCAL_SIGNS.iter().any(|(sign, _)| *sign == w);
        if at_boundary(r) && word_ends_number(w) && !attached_unit {
            // "3rd" etc. are ordinals; a letter stuck to digits ("5G", "F16") is not a number.
            return fail(i);
        }
        if attached_unit && at_boundary(r) {
            return Ok((rest, Num::new(value, written_precision(value, decimals, 1.0), malformed, false, true)));
        }
        if !at_boundary(rest) {
            return fail(i);
        }
    }
    // Separate scale word: "1.5 million", "15 hundred", "15-hundred", "2 dozen".
    if let Ok((r, _)) = gap(rest) {
        if let Ok((r2, w)) = word(r) {
            let lw = w.to_ascii_lowercase();
            let scale = match num_word(&lw).or_else(|| lw.strip_suffix('s').and_then(num_word)) {
                Some(NumWord::Scale(s)) => Some(s),
                Some(NumWord::Hundred) if !lw.ends_with('s') => Some(100.0),
                Some(NumWord::Dozen) => Some(12.0),
                // A scale abbreviation after a space: "2.33 k", "1,674,200.5 M", "1.2 bn".
                _ => scale_suffix(w).filter(|(_, money_only)| money || !*money_only).map(|(s, _)| s),
            };
            // A lone letter must stand alone ("2.33 k." but not "K-pop" or "M&A").
            let lone_ok = w.len() > 1 || r2.chars().next().is_none_or(|c| c.is_whitespace() || ".,;:)!?".contains(c));
            if let Some(mut scale) = scale.filter(|_| lone_ok) {
                if at_boundary(r2) {
                    let mut v = scaled(value, decimals, scale);
                    let mut r2 = r2;
                    // "1.5 lakh crore", "50 thousand crore", "a thousand million": a larger
                    // scale after the first multiplies it, as Indian budgets are written.
                    if let Ok((r3, (_, w2))) = (space, word).parse(r2) {
                        let big = match num_word(&w2.to_ascii_lowercase()) {
                            Some(NumWord::Scale(s2)) if s2 > scale && at_boundary(r3) => Some(s2),
                            _ => None,
                        };
                        if let Some(s2) = big {
                            v *= s2;
                            scale *= s2;
                            r2 = r3;
                        }
                    }
                    if let Ok((r3, _)) = (space, kw("and"), space).parse(r2) {
                        // ("3 hundred and 21 yuan" is one figure; "sales of $14 billion and
                        // 31,000 employees" two: figures in digits join only below a thousand.)
                        let in_digits = r3.starts_with(|c: char| c.is_ascii_digit());
                        if let Some((r4, n)) = number(r3, false).ok().filter(|_| !in_digits || scale <= 1e3) {
                            if n.value >= 1.0 && n.value < scale && n.value.fract() == 0.0 {
                                v += n.value;
                                r2 = r4;
                            } else if n.value < 1.0 && n.value > 0.0 && scale >= 1e3 {
                                // "3 million and a quarter"
                                v += n.value * scale;
                                r2 = r4;
                            }
                        }
                    }
                    return Ok((r2, Num::new(v, written_precision(v, decimals, scale), malformed, true, true)));
                }
            }
        }
    }
    Ok((rest, Num::new(value, written_precision(value, decimals, 1.0), malformed, false, true)))
}

/// The exponent part of a figure written in scientific or power notation: "1.3e6", "10^6",
/// "6.23x10^-4", "2.3 × 10^4", "6×10⁹", "10⁻³".
fn exponent(rest: &str, value: f64) -> Option<(&str, f64)> {
    fn power(r: &str) -> Option<(&str, i32)> {
        let (sign, r) = match r.chars().next()? {
            '+' => (1, &r[1..]),
            '-' => (-1, &r[1..]),
            '−' => (-1, &r['−'.len_utf8()..]),
            _ => (1, r),
        };
        let n = r.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 || n > 3 || !at_boundary(&r[n..]) {
            return None;
        }
        Some((&r[n..], sign * r[..n].parse::<i32>().ok()?))
    }
    /// "⁹", "⁻³": an exponent in superscript digits.
    fn superscript_power(r: &str) -> Option<(&str, i32)> {
        let (sign, r) = match r.strip_prefix('⁻') {
            Some(x) => (-1, x),
            None => (1, r.strip_prefix('⁺').unwrap_or(r)),
        };
        let mut p = 0i32;
        let mut len = 0;
        for c in r.chars().take(3) {
            let d = match c {
                '⁰' => 0,
                '¹' => 1,
                '²' => 2,
                '³' => 3,
                '⁴'..='⁹' => c as i32 - '⁴' as i32 + 4,
                _ => break,
            };
            p = p * 10 + d;
            len += c.len_utf8();
        }
        (len > 0 && at_boundary(&r[len..])).then(|| (&r[len..], sign * p))
    }
    if let Some(r) = rest.strip_prefix(['e', 'E']) {
        let (r, p) = power(r)?;
        return Some((r, value * 10f64.powi(p)));
    }
    if let Some(r) = rest.strip_prefix('^') {
        let (r, p) = power(r)?;
        return Some((r, value.powi(p)));
    }
    if value == 10.0 {
        if let Some((r, p)) = superscript_power(rest) {
            return Some((r, 10f64.powi(p)));
        }
    }
    // "× 10^4": the sign of multiplication, spaced or not, then ten to a power.
    let r = rest.trim_start_matches(' ');
    let r = r.strip_prefix(['x', 'X', '*']).or_else(|| r.strip_prefix(['×', '·', '⋅']))?;
    let r = r.trim_start_matches(' ').strip_prefix("10")?;
    let (r, p) = match r.strip_prefix('^') {
        Some(x) => power(x)?,
        None => superscript_power(r)?,
    };
    Some((r, value * 10f64.powi(p)))
}

/// `value × scale` without binary noise: 16.4 million is 16,400,000, not 16,399,999.999….
fn scaled(value: f64, decimals: u32, scale: f64) -> f64 {
    let unit = scale / 10f64.powi(decimals as i32);
    if unit >= 1.0 { (value * scale / unit).round() * unit } else { value * scale }
}

fn word_ends_number(w: &str) -> bool {
    !matches!(w.to_ascii_lowercase().as_str(), "st" | "nd" | "rd" | "th")
}

/// Reads a run of number words into tokens with the input left after each.
fn word_tokens(i: &str) -> Vec<(NumWord, &str)> {
    let mut out = Vec::new();
    let mut rest = i;
    loop {
        let start = if out.is_empty() {
            rest
        } else {
            match gap(rest) {
                Ok((r, _)) => r,
                Err(_) => break,
            }
        };
        let Ok((r, w)) = word(start) else { break };
        if !at_boundary(r) && !r.starts_with('-') {
            break;
        }
        let mut buf = [0u8; 24];
        let lw = lower(w, &mut buf);
        // "three billions", "200 dozens": a plural scale after a figure is still a scale.
        let plural_scale = if out.is_empty() {
            None
        } else {
            lw.strip_suffix('s')
                .and_then(num_word)
                .filter(|t| matches!(t, NumWord::Scale(_) | NumWord::Dozen | NumWord::Hundred))
        };
        let Some(t) = num_word(lw)
            .filter(|t| !(matches!(t, NumWord::Hundred | NumWord::Dozen) && lw.ends_with('s')))
            .or(plural_scale)
        else {
            break;
        };
        out.push((t, r));
        rest = r;
        if out.len() > 12 {
            break;
        }
    }
    out
}

/// Does the number text `i[..i.len()-rest.len()]` end in a scale word ("million")?
fn ends_with_scale(i: &str, rest: &str) -> bool {
    let text = &i[..i.len() - rest.len()];
    let last = text.rsplit(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
    matches!(num_word(&last.to_ascii_lowercase()), Some(NumWord::Scale(_)))
}

/// Digits after "point", in words: "nought four" → "04", "seventy-one" → "71".
fn decimal_words(i: &str) -> Option<(&str, String)> {
    let toks = word_tokens(i);
    let mut digits = String::new();
    let mut end = i;
    for (t, r) in &toks {
        match t {
            NumWord::Unit(d) => {
                digits.push_str(&d.to_string());
                end = r;
            }
            NumWord::Teen(_) | NumWord::Tens(_) if digits.is_empty() => {
                let (r2, whole) = word_number(i).ok()?;
                return Some((r2, (whole.value as u64).to_string()));
            }
            _ => break,
        }
    }
    (!digits.is_empty()).then_some((end, digits))
}

/// A number written in words. Returns the longest prefix of number words that reads as a number.
pub fn word_number(i: &str) -> IResult<&str, Num> {
    use NumWord::*;
    let toks = word_tokens(i);
    let mut total = 0.0f64;
    let mut current = 0.0f64;
    let mut last_scale = f64::INFINITY;
    let mut best: Option<(f64, &str)> = None;
    let mut prev: Option<NumWord> = None;
    let mut half_pending = false; // "half a million"
    let mut k = 0;
    while k < toks.len() {
        let (t, rest) = toks[k];
        let next = toks.get(k + 1).map(|x| x.0);
        let ok = match t {
            Unit(n) => {
                let fits = matches!(prev, None | Some(Hundred | Scale(_) | And | Tens(_)))
                    && (current % 10.0 == 0.0)
                    && !(matches!(prev, Some(Tens(_))) && n == 0);
                if fits {
                    current += n as f64;
                }
                fits
            }
            Teen(n) | Tens(n) => {
                let fits = matches!(prev, None | Some(Hundred | Scale(_) | And)) && current % 100.0 == 0.0;
                if fits {
                    current += n as f64;
                }
                fits
            }
            Hundred => {
                let fits = matches!(prev, Some(Unit(_) | Teen(_) | Tens(_) | A)) && current > 0.0 && current < 100.0;
                if fits {
                    current *= 100.0;
                }
                fits
            }
            Dozen => {
                let fits = matches!(prev, Some(Unit(_) | Teen(_) | Tens(_) | A | Half)) && current > 0.0;
                if fits {
                    current *= 12.0;
                }
                fits
            }
            Scale(s) => {
                let fits = matches!(prev, Some(Unit(_) | Teen(_) | Tens(_) | Hundred | A | Half | Dozen))
                    && current > 0.0
                    && s < last_scale;
                if fits {
                    let mult = if half_pending { 0.5 } else { 1.0 };
                    half_pending = false;
                    total += current * s * mult;
                    current = 0.0;
                    last_scale = s;
                }
                fits
            }
            A => {
                // "a hundred", "a million", "a half dozen", "and a half"; never a number alone.
                let fits = matches!(next, Some(Hundred | Scale(_) | Dozen | Half))
                    && (matches!(prev, None | Some(And)) || (half_pending && matches!(prev, Some(Half))));
                if fits && !half_pending {
                    if matches!(prev, Some(And)) {
                        // "two and a half": handled by Half
                    } else {
                        current = 1.0;
                    }
                }
                fits
            }
            And => {
                matches!(prev, Some(Hundred | Scale(_) | Unit(_) | Teen(_) | Tens(_)))
                    && matches!(next, Some(Unit(_) | Teen(_) | Tens(_) | A))
            }
            Half => {
                if prev.is_none() && matches!(next, Some(A)) {
                    half_pending = true; // "half a million", "half a dozen"
                    current = 0.0;
                    true
                } else if prev.is_none() && matches!(next, Some(Scale(_))) {
                    current = 0.5; // "half million"
                    true
                } else if matches!(prev, Some(A)) && k >= 2 && matches!(toks[k - 2].0, And) {
                    // "two and a half"; after a scale word, half of that scale: "one million
                    // and a half" is 1,500,000.
                    current += match k.checked_sub(3).map(|j| &toks[j].0) {
                        Some(Scale(sc)) => 0.5 * sc,
                        _ => 0.5,
                    };
                    true
                } else if matches!(prev, Some(A)) && k == 1 {
                    current = 0.5; // "a half dozen"
                    matches!(next, Some(Dozen | Hundred | Scale(_)))
                } else {
                    false
                }
            }
            Quarter => false,
        };
        if !ok {
            break;
        }
        if half_pending && matches!(t, A) && matches!(prev, Some(Half)) {
            current = 1.0;
        }
        if half_pending && matches!(t, Dozen) {
            current *= 0.5;
            half_pending = false;
        }
        prev = Some(t);
        // A prefix is a number when it does not end in a connector.
        if !matches!(t, A | And) && !(matches!(t, Half) && (half_pending || k == 1)) {
            best = Some((total + current, rest));
        }
        k += 1;
    }
    match best {
        Some((v, rest)) => {
            // "one point three", "nine point nought four", "two hundred point seventy-one"
            if let Ok((r, _)) = (space, kw("point"), space).parse(rest) {
                if let Some((r2, digits)) = decimal_words(r) {
                    if v.fract() == 0.0 {
                        let val: f64 = format!("{}.{digits}", v as u128).parse().unwrap_or(v);
                        let decimals = digits.len() as u32;
                        // "two point five million": a scale word after the decimal.
                        if let Ok((r3, (_, w))) = (gap, word).parse(r2) {
                            if let Some(NumWord::Scale(sc)) = num_word(&w.to_ascii_lowercase()) {
                                if at_boundary(r3) {
                                    let v = scaled(val, decimals, sc);
                                    return Ok((
                                        r3,
                                        Num::new(v, written_precision(v, decimals, sc), None, true, false),
                                    ));
                                }
                            }
                        }
                        return Ok((r2, Num::new(val, 0.5 * 10f64.powi(-(decimals as i32)), None, false, false)));
                    }
                }
            }
            // "forty two and a third", "three and one fourth"; after a scale word the fraction is
            // of that scale: "one million and a half" is 1,500,000.
            if v.fract() == 0.0 {
                if let Ok((r, _)) = (space, kw("and"), space).parse(rest) {
                    // ("five and a quarter miles": after "and" a singular fraction word before a
                    // noun is still a fraction, not "a third country".)
                    let one_part = || -> IResult<&str, Num> {
                        let (r2, (_, _, w)) = (alt((kw("a"), kw("an"), kw("one"))), space, word).parse(r)?;
                        match denominator(w) {
                            Some(d) if !w.ends_with('s') && at_boundary(r2) => {
                                Ok((r2, Num::new(1.0 / d, 0.0, None, false, false)))
                            }
                            _ => fail(r),
                        }
                    };
                    if let Ok((r2, f)) = fraction(r).or_else(|_| one_part()) {
                        if f.value < 1.0 {
                            let scale = [1e12, 1e9, 1e6, 1e3]
                                .into_iter()
                                .find(|s| v >= *s && v % s == 0.0)
                                .filter(|_| ends_with_scale(i, rest))
                                .unwrap_or(1.0);
                            // "one and a quarter million": a scale after the fraction scales the sum.
                            if scale == 1.0 && v < 1000.0 {
                                if let Ok((r3, (_, w))) = (space, word).parse(r2) {
                                    if let Some(NumWord::Scale(big)) = num_word(&w.to_ascii_lowercase()) {
                                        if at_boundary(r3) {
                                            return Ok((r3, Num::new((v + f.value) * big, 0.0, None, true, false)));
                                        }
                                    }
                                }
                            }
                            return Ok((r2, Num::new(v + f.value * scale, 0.0, None, scale > 1.0, false)));
                        }
                    }
                }
            }
            Ok((rest, Num::new(v, written_precision(v, 0, 1.0), None, v >= 1000.0, false)))
        }
        None => fail(i),
    }
}

/// Vulgar fraction characters and their values.
pub const VULGAR: &[(char, f64)] = &[
    ('½', 0.5),
    ('⅓', 1.0 / 3.0),
    ('⅔', 2.0 / 3.0),
    ('¼', 0.25),
    ('¾', 0.75),
    ('⅕', 0.2),
    ('⅖', 0.4),
    ('⅗', 0.6),
    ('⅘', 0.8),
    ('⅙', 1.0 / 6.0),
    ('⅚', 5.0 / 6.0),
    ('⅛', 0.125),
    ('⅜', 0.375),
    ('⅝', 0.625),
    ('⅞', 0.875),
];

/// The denominator word of a fraction: "third(s)" → 3, "quarter(s)" → 4, "halves" → 2.
fn denominator(w: &str) -> Option<f64> {
    let lw = w.to_ascii_lowercase();
    let single = match lw.as_str() {
        "halves" | "half" => return Some(2.0),
        "quarters" | "quarter" => return Some(4.0),
        "seconds" | "second" | "firsts" | "first" => return None,
        _ => lw.strip_suffix('s').unwrap_or(&lw).to_string(),
    };
    ordinal_word(&single).filter(|d| *d >= 3.0)
}

/// A denominator of several words: "twenty-fifth", "twenty firsts", "hundred thousandths".
/// Returns the rest, the value and the last word (whose plural the caller checks).
fn compound_denominator(i: &str) -> Option<(&str, f64, &str)> {
    let mut cur = i;
    let mut best = None;
    for _ in 0..4 {
        let (r, w) = word(cur).ok()?;
        let lw = w.to_ascii_lowercase();
        let single = lw.strip_suffix('s').unwrap_or(&lw);
        if ordinal_word(single).is_some() {
            let text = &i[..i.len() - r.len()];
            let singular = format!("{}{}", &text[..text.len() - w.len()], single);
            if let Ok(("", v)) = ordinal(&singular) {
                if v >= 3.0 {
                    best = Some((r, v, w));
                }
            }
            break;
        }
        num_word(&lw)?;
        cur = gap(r).ok()?.0;
    }
    best
}

/// " a dollar", " a per cent", " a mile" after a fraction ("half a dollar", "a quarter of a
/// cent"): one unit of money, a percent or a measure. Returns the rest from the space before
/// the unit's word, for the unit to be read as it is after any figure (it was "a dollar", USD
/// 1, and the half lost).
pub(crate) fn of_one_unit(i: &str) -> Option<&str> {
    let (r, _) = (space, alt((kw("a"), kw("an")))).parse(i).ok()?;
    let (after, w) = (space, word).parse(r).ok().map(|(a, (_, w))| (a, w))?;
    let lw = w.to_ascii_lowercase();
    let unit = super::lexicon::currency_word(&lw).is_some()
        || super::lexicon::measure_word(&lw).is_some()
        || lw == "percent"
        || lw == "per" && (space, kw("cent")).parse(after).is_ok();
    (unit && at_boundary(after)).then_some(r)
}

/// Fractions: "⅔", "2½", "3/4", "2 1/4", "two thirds", "a third", "one fifth", "three quarters".
fn fraction(i: &str) -> IResult<&str, Num> {
    let mk = |v: f64| Num::new(v, 0.0, None, false, true);
    // Whole part in digits, then a vulgar fraction or " N/D".
    let (after_whole, whole) = match digit1::<_, Error<&str>>(i) {
        Ok((r, d)) => (r, Some(d.parse::<f64>().unwrap_or(0.0))),
        Err(_) => (i, None),
    };
    if let Some(c) = after_whole.chars().next() {
        if let Some((_, f)) = VULGAR.iter().find(|(v, _)| *v == c) {
            return Ok((&after_whole[c.len_utf8()..], mk(whole.unwrap_or(0.0) + f)));
        }
    }
    if let Some(w) = whole {
        // "3/4" or "2 1/4" (the date parser claims 10/28/2024 first).
        let (num_part, base) = match (space, digit1::<_, Error<&str>>, char('/')).parse(after_whole) {
            Ok((_, (_, _, _))) => (space(after_whole).map(|x| x.0).unwrap_or(after_whole), w),
            Err(_) => (i, 0.0),
        };
        let (r, (n, _, d)) = (digit1, char('/'), digit1).parse(num_part)?;
        let (n, d): (f64, f64) = (n.parse().unwrap_or(0.0), d.parse().unwrap_or(0.0));
        // "1/2h": a unit of time may follow straight on.
        let letters = r.bytes().take_while(u8::is_ascii_alphabetic).count();
        let unit_glued = letters > 0
            && at_boundary(&r[letters..])
            && (matches!(&r[..letters], "h" | "d") || super::lexicon::duration_unit(&r[..letters]).is_some());
        // A fraction standing alone is a proper one with a denominator that fractions use:
        // "60/40" is a split and "15/20" a score, not 1.5 and 0.75.
        let fraction_like = n < d && (d <= 16.0 || n == 1.0 || [32.0, 64.0, 100.0, 1000.0].contains(&d));
        if (2.0..=1000.0).contains(&d) && (at_boundary(r) || unit_glued) && !r.starts_with('/') && fraction_like {
            return Ok((r, mk(base + n / d)));
        }
        return fail(i);
    }
    // A lone "half" ("more than half"), not "half a million" or "half an hour".
    if let Ok((rest, _)) = kw("half")(i) {
        // "half a dollar", "half a per cent": half of one unit, read on from the unit.
        if let Some(r) = of_one_unit(rest) {
            return Ok((r, mk(0.5)));
        }
        let next = (gap, word).parse(rest).map(|(_, (_, w))| w.to_ascii_lowercase()).unwrap_or_default();
        if !matches!(num_word(&next), Some(NumWord::A | NumWord::Scale(_) | NumWord::Dozen | NumWord::Hundred))
            && super::lexicon::duration_unit(&next).is_none()
        {
            return Ok((rest, mk(0.5)));
        }
    }
    // Words: numerator then denominator. "twenty and three fifths" is 20 + 3/5.
    // "a third" is one third, but "a hundred trillionths" a hundred of them.
    let whole = word_number(i);
    let a_scale = whole.as_ref().is_ok_and(|(_, n)| n.value > 1.0);
    let (r, numerator) = if let (Ok((r, _)), false) = (alt((kw("a"), kw("an"))).parse(i), a_scale) {
        (r, 1.0)
    } else {
        let (r, n) = whole?;
        let text = &i[..i.len() - r.len()];
        let and_at = text.to_ascii_lowercase().rfind(" and ");
        // "one hundred and thirty fifths" is 130 fifths: a mixed number's fraction is proper,
        // so an improper part after "and" belongs to the numerator.
        let improper = and_at.is_some_and(|k| fraction(&i[k + 5..]).is_ok_and(|(_, f)| f.value >= 1.0));
        if let Some(k) = and_at.filter(|_| !improper) {
            let (_, whole) = word_number(&i[..k])?;
            // The part may carry its own scale: "one billion and a quarter million".
            let (rest_after, part) = number(&i[k + 5..], false)?;
            if part.value >= whole.value {
                return fail(i);
            }
            // "one million and a half" is a million and a half million.
            let scale = if part.value < 1.0 && ends_with_scale(&i[..k], "") {
                [1e12, 1e9, 1e6, 1e3].into_iter().find(|s| whole.value >= *s && whole.value % s == 0.0).unwrap_or(1.0)
            } else {
                1.0
            };
            return Ok((rest_after, mk(whole.value + part.value * scale)));
        }
        // "one hundred thirty-fifths" is a hundred 35ths: with no "and" tying it to the whole,
        // a tens word binds to the ordinal after it.
        if and_at.is_none() {
            if let Some(k) = text.rfind([' ', '-']) {
                let tens = match num_word(&text[k + 1..].to_ascii_lowercase()) {
                    Some(NumWord::Tens(t)) => t as f64,
                    _ => 0.0,
                };
                let unit = (gap, word).parse(r).ok().and_then(|(rest, (_, w))| {
                    let lw = w.to_ascii_lowercase();
                    let u = lw.strip_suffix('s').and_then(ordinal_word).filter(|u| *u < 10.0)?;
                    Some((rest, u))
                });
                if let (true, Some((rest, u)), Ok(("", head))) = (tens > 0.0, unit, word_number(&i[..k])) {
                    if at_boundary(rest) {
                        return Ok((rest, mk(head.value / (tens + u))));
                    }
                }
            }
        }
        (r, n.value)
    };
    // "two and quarter hours", "one and three quarter of an hour": quarters of a unit of time
    // added to a whole, as speech has it (the plural and the article dropped).
    if let Ok((r2, _)) = (space, kw("and"), space).parse(r) {
        let (r3, quarters) = match word_number(r2) {
            Ok((r3, q)) if q.value.fract() == 0.0 && q.value < 4.0 => (gap(r3).map(|x| x.0).unwrap_or(r3), q.value),
            _ => (r2, 1.0),
        };
        if let Ok((r4, _)) = alt((kw("quarter"), kw("quarters"))).parse(r3) {
            let unit_at = skip_word(skip_word(skip_word(gap(r4).map(|x| x.0).unwrap_or(r4), "of"), "an"), "a");
            let unit = word(unit_at).map(|(_, w)| w.to_ascii_lowercase()).unwrap_or_default();
            if super::lexicon::duration_unit(&unit).is_some() {
                return Ok((r4, mk(numerator + quarters / 4.0)));
            }
        }
    }
    let (r2, _) = gap(r)?;
    let single = word(r2).ok().and_then(|(rest, w)| denominator(w).map(|d| (rest, d, w)));
    // "a 10th of the budget": a denominator in digits, before "of".
    let in_digits = || {
        let n = r2.bytes().take_while(u8::is_ascii_digit).count();
        let suffix = r2.get(n..n + 2).filter(|x| matches!(x.to_ascii_lowercase().as_str(), "th" | "rd" | "nd"))?;
        let rest = &r2[n + suffix.len()..];
        (numerator == 1.0 && n > 0 && (space, kw("of")).parse(rest).is_ok())
            .then(|| r2[..n].parse::<f64>().ok().filter(|d| *d >= 3.0).map(|d| (rest, d, suffix)))
            .flatten()
    };
    let Some((rest, d, w)) = single.or_else(|| compound_denominator(r2)).or_else(in_digits) else { return fail(i) };
    let plural = w.to_ascii_lowercase().ends_with('s');
    // "a third", "one fifth" (singular) or "two thirds" (plural); not "two third".
    if !at_boundary(rest) || (numerator > 1.0 && !plural) || (numerator == 1.0 && plural && d != 2.0) {
        return fail(i);
    }
    // "its first increase in five quarters": quarters past a whole, and not "of" something,
    // are periods ("five quarters of the vote" cannot be).
    if d == 4.0
        && numerator >= 4.0
        && (space, kw("of")).parse(rest).is_err()
        && w.to_ascii_lowercase().starts_with("quarter")
    {
        return fail(i);
    }
    // "a fourth-place finish", "a fifth-generation jet": a singular ordinal at the head of a
    // compound is an ordinal ("a quarter-century" is a length).
    let lw = w.to_ascii_lowercase();
    // ("a tenth-of-a-second lead" is still a tenth.)
    let compound_next = rest
        .strip_prefix('-')
        .is_some_and(|x| x.starts_with(|c: char| c.is_ascii_alphabetic()) && !x.starts_with("of-"));
    if !plural && compound_next && !lw.starts_with("quarter") && !lw.starts_with("half") {
        return fail(i);
    }
    // "a third country", "one second term": a singular fraction word before a noun is an ordinal.
    if !plural {
        if let Ok((_, (_, next))) = (space, word).parse(rest) {
            let lnext = next.to_ascii_lowercase();
            // ("a third to energy", "a third went home", "a third more": no noun follows, so a
            // fraction.)
            let no_noun = matches!(
                lnext.as_str(),
                "to" | "for"
                    | "in"
                    | "on"
                    | "at"
                    | "by"
                    | "with"
                    | "from"
                    | "and"
                    | "or"
                    | "but"
                    | "is"
                    | "was"
                    | "were"
                    | "are"
                    | "will"
                    | "would"
                    | "went"
                    | "goes"
                    | "go"
                    | "remain"
                    | "remains"
                    | "stay"
                    | "stays"
                    | "have"
                    | "has"
                    | "had"
                    | "more"
                    | "less"
                    | "fewer"
                    | "higher"
                    | "lower"
                    | "larger"
                    | "smaller"
                    | "bigger"
                    | "below"
                    | "above"
                    | "short"
                    | "up"
                    | "down"
                    | "off"
                    // ("fallen by a fifth since May", "a third the size", "a quarter this
                    // year": a preposition, an article or a deictic is no noun either.)
                    | "since"
                    | "over"
                    | "during"
                    | "after"
                    | "before"
                    | "than"
                    | "as"
                    | "across"
                    | "among"
                    | "between"
                    | "against"
                    | "under"
                    | "until"
                    | "compared"
                    | "the"
                    | "this"
                    | "last"
                    | "its"
                    | "their"
            );
            // ("Roughly a third lost weight", "a third voted against": a verb in the past.)
            // ("a third shot", "a fourth bit" are nouns.)
            let past_verb = super::lexicon::IRREGULAR_PAST.binary_search(&lnext.as_str()).is_ok()
                && !matches!(lnext.as_str(), "shot" | "bit" | "lit" | "sat")
                || matches!(
                    lnext.as_str(),
                    "voted"
                        | "died"
                        | "backed"
                        | "supported"
                        | "opposed"
                        | "agreed"
                        | "reported"
                        | "received"
                        | "failed"
                        | "showed"
                        | "lived"
                        | "worked"
                        | "wanted"
                        | "remained"
                        | "stayed"
                );
            if lnext != "of"
                && !no_noun
                && !past_verb
                && num_word(&lnext).is_none()
                && super::lexicon::duration_unit(&lnext).is_none()
            {
                return fail(i);
            }
        }
    }
    // "a half dozen", "half a million" are whole numbers, read by word_number.
    if let Ok((_, (_, next))) = (gap, word).parse(rest) {
        let nw = num_word(&next.to_ascii_lowercase());
        if matches!(nw, Some(NumWord::Dozen | NumWord::Hundred)) || (d == 2.0 && matches!(nw, Some(NumWord::Scale(_))))
        {
            return fail(i);
        }
    }
    Ok((rest, mk(numerator / d)))
}

/// "threefold", "tenfold", "a hundredfold": a factor in one word, the number before "fold".
fn fold_word(i: &str) -> Option<(&str, Num)> {
    let (rest, w) = word(i).ok()?;
    // (Most words end otherwise: look before lowering the case.)
    if w.len() < 7 || !w[w.len() - 4..].eq_ignore_ascii_case("fold") {
        return None;
    }
    let value = super::lexicon::fold_factor(&w.to_ascii_lowercase())?;
    at_boundary(rest).then(|| (rest, Num { share: true, ..Num::new(value, 0.0, None, false, false) }))
}

/// Any cardinal number, in digits or words; outside money, a ratio of two ("one in five",
/// "two out of five hundred", "one over three") is read as the fraction it states.
pub fn number(i: &str, money: bool) -> IResult<&str, Num> {
    if !money {
        if let Some(factor) = fold_word(i) {
            return Ok(factor);
        }
    }
    let (rest, n) = plain_number(i, money)?;
    if money {
        return Ok((rest, n));
    }
    // "a 3-fold rise", "a ten-fold jump": the factor is the figure; the suffix is part of it.
    // (A factor, like a ratio, counts nothing: "deaths rose threefold" is no toll of three.)
    if let Some(r) = rest.strip_prefix("-fold").or_else(|| rest.strip_prefix("fold")).filter(|r| at_boundary(r)) {
        return Ok((r, Num { share: true, ..n }));
    }
    match ratio_tail(rest, &n) {
        Some((r, v)) => {
            Ok((r, Num { value: v, precision: 0.0, malformed: None, scaled: false, digits: n.digits, share: true }))
        }
        None => Ok((rest, n)),
    }
}

/// " in twenty-one", " out of 500", " over 20" after a numerator. "in" and "over" are also
/// a date's and a hedge's words, so they make a ratio only where nothing else can follow:
/// not before a unit of time ("3 in 10 days"), not with a year ("won 3 in 2019"), and "over"
/// only at the end of a clause.
fn ratio_tail<'a>(rest: &'a str, numerator: &Num) -> Option<(&'a str, f64)> {
    if numerator.malformed.is_some() || numerator.value <= 0.0 {
        return None;
    }
    // "a one-in-three chance", "a 1-in-5 risk": the ratio hyphenated as an adjective.
    let hyphened =
        rest.strip_prefix("-in-").map(|r| (r, "in")).or_else(|| rest.strip_prefix("-out-of-").map(|r| (r, "out of")));
    let (r, w) = match hyphened {
        Some(hit) => hit,
        None => {
            let (r, (_, w)) = (space, alt((phrase("out of"), phrase("in every"), kw("in"), kw("over"), kw("per"))))
                .parse(rest)
                .ok()?;
            (space(r).ok()?.0, w)
        }
    };
    // "12 per 100,000 people", "5.2 per 1,000 births": a rate per a round number, as health
    // and crime figures are given (the round number is no count of its own).
    let per = w.eq_ignore_ascii_case("per");
    if numerator.value.fract() != 0.0 && !per {
        return None;
    }
    if r.starts_with(['-', '.']) {
        return None;
    }
    let (after, d) = plain_number(r, false).ok()?;
    let d_text = &r[..r.len() - after.len()];
    let year_like = d_text.len() == 4 && d_text.bytes().all(|b| b.is_ascii_digit());
    let round = d.value >= 100.0 && (d.value.log10().fract()).abs() < 1e-9;
    if d.malformed.is_some() || d.value <= numerator.value || d.value.fract() != 0.0 || year_like || (per && !round) {
        return None;
    }
    let next = (gap, word).parse(after).map(|(_, (_, w))| w.to_ascii_lowercase()).unwrap_or_default();
    if super::lexicon::duration_unit(&next).is_some() || super::lexicon::month(&next).is_some() {
        return None;
    }
    let clause_ends = after.trim_start_matches(' ').chars().next().is_none_or(|c| !c.is_alphanumeric());
    if w.eq_ignore_ascii_case("over") && !clause_ends {
        return None;
    }
    Some((after, numerator.value / d.value))
}

fn plain_number(i: &str, money: bool) -> IResult<&str, Num> {
    if let Ok((rest, mut f)) = fraction(i) {
        // "a quarter million", "two thirds of a million"
        let scale_at = if f.value < 1.0 {
            (space, kw("of"), space, kw("a"), space).parse(rest).map(|x| x.0).unwrap_or(rest)
        } else {
            ""
        };
        let scale_at = gap(scale_at).map(|x| x.0).unwrap_or(scale_at);
        if let Ok((r, w)) = word(scale_at) {
            if let Some(NumWord::Scale(sc)) = num_word(&w.to_ascii_lowercase()) {
                if at_boundary(r) {
                    f.value = (f.value * sc).round();
                    f.scaled = true;
                    return Ok((r, f));
                }
            }
        }
        // "a quarter of a cent", "three quarters of a mile": the fraction of one unit.
        if let Some(r) =
            (f.value < 1.0).then(|| (space, kw("of")).parse(rest).ok()).flatten().and_then(|(r, _)| of_one_unit(r))
        {
            return Ok((r, f));
        }
        return Ok((rest, f));
    }
    // Signs: "-1200K", "- 1,200,000", "minus 5".
    let signed = i
        .strip_prefix('-')
        .or_else(|| i.strip_prefix('−'))
        .map(|r| r.trim_start_matches(' '))
        .or_else(|| (alt((kw("minus"), kw("negative"))), space).parse(i).ok().map(|(r, _)| r))
        // "minus-3.5", as some copy hyphenates it
        .or_else(|| (alt((kw("minus"), kw("negative"))), nom::bytes::complete::tag("-")).parse(i).ok().map(|(r, _)| r));
    if let Some(r) = signed {
        if r.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
            let (rest, mut n) = digit_number(r, money)?;
            n.value = -n.value;
            return Ok((rest, n));
        }
        if !i.starts_with(['-', '−']) {
            if let Ok((rest, mut n)) = number(r, money) {
                n.value = -n.value;
                return Ok((rest, n));
            }
        }
    }
    if i.starts_with(|c: char| c.is_ascii_digit())
        || (i.starts_with('.') && i[1..].starts_with(|c: char| c.is_ascii_digit()))
    {
        return digit_number(i, money);
    }
    if let Ok((r, _)) = (kw("point"), space).parse(i) {
        if let Ok((rest, d)) = digit1::<_, Error<&str>>(r) {
            let v: f64 = format!("0.{d}").parse().unwrap_or(0.0);
            return Ok((rest, Num::new(v, 0.5 * 10f64.powi(-(d.len() as i32)), None, false, true)));
        }
    }
    // "a half million" / "one and a half billion" come out of word_number; digits+words mixes
    // ("1.5 million") come out of digit_number.
    word_number(i)
}

/// An ordinal: `4th`, `21st`, `third`, `twenty-first`, `one hundredth`.
pub fn ordinal(i: &str) -> IResult<&str, f64> {
    if i.starts_with(|c: char| c.is_ascii_digit()) {
        // "21st", "1,000th": digits, grouped in threes or not, then the suffix.
        let (mut rest, d) = digit1(i)?;
        let mut digits = d.to_string();
        while let Some(g) = rest.strip_prefix(',').filter(|g| g.bytes().take_while(u8::is_ascii_digit).count() == 3) {
            digits.push_str(&g[..3]);
            rest = &g[3..];
        }
        let (rest, suf) = word(rest)?;
        let ok = matches!(suf.to_ascii_lowercase().as_str(), "st" | "nd" | "rd" | "th");
        let v: f64 = digits.parse().unwrap_or(0.0);
        if !ok || !at_boundary(rest) || v == 0.0 {
            return fail(i);
        }
        return Ok((rest, v));
    }
    // Plain ordinal word.
    if let Ok((rest, w)) = word(i) {
        if let Some(v) = ordinal_word(&w.to_ascii_lowercase()) {
            if at_boundary(rest) {
                return Ok((rest, v));
            }
        }
    }
    // Run together or joined by a dash: "twentyfifth", "thirty—first".
    if let Ok((rest, w)) = word(i) {
        let lw = w.to_ascii_lowercase();
        for &tens in super::lexicon::TENS {
            if let Some(tail) = lw.strip_prefix(tens) {
                if let (Some(o), Some(NumWord::Tens(t))) = (ordinal_word(tail), num_word(tens)) {
                    if o < 10.0 && at_boundary(rest) {
                        return Ok((rest, t as f64 + o));
                    }
                }
                if let Some(after) = rest.strip_prefix('—').or_else(|| rest.strip_prefix('–')) {
                    if tail.is_empty() {
                        if let Ok((r2, w2)) = word(after) {
                            if let (Some(o), Some(NumWord::Tens(t))) =
                                (ordinal_word(&w2.to_ascii_lowercase()), num_word(tens))
                            {
                                if o < 10.0 && at_boundary(r2) {
                                    return Ok((r2, t as f64 + o));
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    // Compound: cardinal words then an ordinal word ("twenty-first", "one hundred and first").
    let toks = word_tokens(i);
    for k in (1..=toks.len()).rev() {
        let head_end = toks[k - 1].1;
        let head = &i[..i.len() - head_end.len()];
        let Ok((_, n)) = word_number(head) else { continue };
        let after = gap(head_end).map(|x| x.0).unwrap_or(head_end);
        if !head_end.starts_with('-') && !head_end.starts_with(' ') {
            continue;
        }
        let after = and_skip(after);
        if let Ok((rest, w)) = word(after) {
            if let Some(o) = ordinal_word(&w.to_ascii_lowercase()) {
                // "twenty-first" adds; "two hundredth", "three millionth" multiply.
                if at_boundary(rest) && (o >= 100.0 || n.value % 10.0 == 0.0) {
                    let v = if o >= 100.0 { n.value * o } else { n.value + o };
                    return Ok((rest, v));
                }
            }
        }
    }
    fail(i)
}

fn and_skip(i: &str) -> &str {
    match (kw("and"), gap).parse(i) {
        Ok((r, _)) => r,
        Err(_) => i,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> f64 {
        number(s, false).unwrap().1.value
    }

    #[test]
    fn words_compose() {
        assert_eq!(v("ten thousand"), 10_000.0);
        assert_eq!(v("ten-thousand troops"), 10_000.0);
        assert_eq!(v("fifteen hundred"), 1_500.0);
        assert_eq!(v("half a million"), 500_000.0);
        assert_eq!(v("a half dozen officers"), 6.0);
        assert_eq!(v("half a dozen"), 6.0);
        assert_eq!(v("a dozen"), 12.0);
        assert_eq!(v("one hundred and twenty-three"), 123.0);
        assert_eq!(v("two and a half million"), 2_500_000.0);
        assert_eq!(v("a hundred"), 100.0);
        assert_eq!(v("twenty one"), 21.0);
        assert!(number("a troop", false).is_err());
    }

    #[test]
    fn digits_scale() {
        assert_eq!(v("15-hundred"), 1_500.0);
        assert_eq!(v("1.5 million"), 1_500_000.0);
        assert_eq!(v("10k"), 10_000.0);
        assert_eq!(number("3m", true).unwrap().1.value, 3e6);
        assert!(number("3m", false).is_err(), "3m outside money is more often metres");
        assert_eq!(v("12,000"), 12_000.0);
    }

    #[test]
    fn malformed_grouping_keeps_both_readings() {
        let n = number("10,0000", false).unwrap().1;
        assert_eq!(n.malformed.unwrap().readings, vec![10_000.0, 100_000.0]);
    }

    #[test]
    fn precision_follows_writing() {
        assert_eq!(number("10,312", false).unwrap().1.precision, 0.5);
        assert_eq!(number("10,000", false).unwrap().1.precision, 500.0);
        assert_eq!(number("1,500", false).unwrap().1.precision, 50.0);
    }

    #[test]
    fn ordinals() {
        assert_eq!(ordinal("4th").unwrap().1, 4.0);
        assert_eq!(ordinal("third").unwrap().1, 3.0);
        assert_eq!(ordinal("twenty-first").unwrap().1, 21.0);
        assert!(ordinal("4x").is_err());
    }
}
