//! Calendars that news dates things by besides the Gregorian one: the Easter computus (Western
//! and Orthodox), the Hebrew calendar, and lunar months (Islamic months, Chinese New Year)
//! from computed new moons.
//!
//! Why compute rather than tabulate: a table of feast days covers the years someone typed in,
//! and an article about 1975 or 2046 falls outside it. The Hebrew calendar is fixed arithmetic
//! and comes out exact. Lunar months depend on the new moon, computed here to within minutes
//! (Meeus, *Astronomical Algorithms*, ch. 49); the day a month starts then follows a stated
//! rule (see [`islamic_month_start`]) that matches the published calendars on most months and
//! can differ from local moon sighting by a day, which is why holiday spans are never tighter
//! than a day.

use jiff::ToSpan;
use jiff::civil::Date;

fn ymd(y: i32, m: i32, d: i32) -> Option<Date> {
    Date::new(i16::try_from(y).ok()?, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()
}

/// Western Easter Sunday (Gregorian computus, the anonymous Gregorian algorithm).
pub fn easter(y: i16) -> Option<Date> {
    let y = y as i32;
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    ymd(y, month, day)
}

/// Orthodox Easter Sunday: the Julian computus (Meeus), moved onto the Gregorian calendar.
pub fn orthodox_easter(y: i16) -> Option<Date> {
    let y = y as i32;
    let a = y % 4;
    let b = y % 7;
    let c = y % 19;
    let d = (19 * c + 15) % 30;
    let e = (2 * a + 4 * b - d + 34) % 7;
    let month = (d + e + 114) / 31;
    let day = (d + e + 114) % 31 + 1;
    // The Julian calendar runs behind the Gregorian by 13 days in 1900–2099, one more or less
    // for each century year that is a Gregorian common year.
    let julian_lag = y / 100 - y / 400 - 2;
    let julian = ymd(y, month, day)?;
    Some(julian.saturating_add((julian_lag as i64).days()))
}

// ---------------------------------------------------------------------------------------------
// The Hebrew calendar (Reingold & Dershowitz, *Calendrical Calculations*, ch. 8)

/// Months are numbered from Nisan (1) as the calendar's own reckoning does; Tishrei (7) starts
/// the year, and a leap year has Adar II (13).
pub mod hebrew_month {
    pub const NISAN: u8 = 1;
    pub const IYAR: u8 = 2;
    pub const SIVAN: u8 = 3;
    pub const AV: u8 = 5;
    pub const TISHREI: u8 = 7;
    pub const KISLEV: u8 = 9;
    pub const SHEVAT: u8 = 11;
    /// Adar in a common year, Adar II in a leap year: the month of Purim.
    pub const LAST_ADAR: u8 = 12;
}

/// Day 1 of the proleptic Gregorian calendar, the epoch that "rata die" day counts start from.
fn rata_die(rd: i64) -> Option<Date> {
    ymd(1, 1, 1)?.checked_add((rd - 1).days()).ok()
}

const HEBREW_EPOCH: i64 = -1_373_427;

fn hebrew_leap(y: i64) -> bool {
    (7 * y + 1).rem_euclid(19) < 7
}

fn hebrew_elapsed_days(y: i64) -> i64 {
    let months = (235 * y - 234).div_euclid(19);
    let parts = 12084 + 13753 * months;
    let days = 29 * months + parts.div_euclid(25920);
    if (3 * (days + 1)).rem_euclid(7) < 3 { days + 1 } else { days }
}

fn hebrew_year_delay(y: i64) -> i64 {
    let (a, b, c) = (hebrew_elapsed_days(y - 1), hebrew_elapsed_days(y), hebrew_elapsed_days(y + 1));
    if c - b == 356 {
        2
    } else if b - a == 382 {
        1
    } else {
        0
    }
}

fn hebrew_new_year(y: i64) -> i64 {
    HEBREW_EPOCH + hebrew_elapsed_days(y) + hebrew_year_delay(y)
}

fn hebrew_month_length(y: i64, m: u8) -> i64 {
    let year_days = hebrew_new_year(y + 1) - hebrew_new_year(y);
    match m {
        2 | 4 | 6 | 10 | 13 => 29,
        12 if !hebrew_leap(y) => 29,
        8 if year_days % 10 != 5 => 29,
        9 if year_days % 10 == 3 => 29,
        _ => 30,
    }
}

/// The Gregorian day of `day` `month` in Hebrew year `y` (Anno Mundi). `LAST_ADAR` resolves to
/// Adar II in a leap year.
pub fn hebrew_date(y: i64, month: u8, day: u8) -> Option<Date> {
    let last = if hebrew_leap(y) { 13 } else { 12 };
    let month = if month == hebrew_month::LAST_ADAR { last } else { month };
    if !(1..=last).contains(&month) || day == 0 || day as i64 > hebrew_month_length(y, month) {
        return None;
    }
    // Count months from Tishrei, the first month of the year.
    let order: Vec<u8> = (7..=last).chain(1..7).collect();
    let before: i64 = order.iter().take_while(|&&m| m != month).map(|&m| hebrew_month_length(y, m)).sum();
    rata_die(hebrew_new_year(y) + before + day as i64 - 1)
}

/// The Hebrew year in which a month of the given Gregorian year falls: the autumn months from
/// Tishrei to Shevat-ish run a year ahead of Nisan to Elul.
pub fn hebrew_year_for(gregorian: i16, month: u8) -> i64 {
    let base = gregorian as i64 + 3760;
    // Tishrei through Kislev fall in the autumn of the Gregorian year; Tevet onwards mostly
    // in the new Gregorian year, which belongs to the Hebrew year that began the autumn before.
    if (7..=9).contains(&month) { base + 1 } else { base }
}

// ---------------------------------------------------------------------------------------------
// New moons and lunar months

/// Julian Ephemeris Day of the new moon of lunation `k` (k = 0: 2000-01-06), Meeus ch. 49,
/// with the periodic terms down to 0.00002 day. Accurate to a few minutes.
pub fn new_moon_jde(k: f64) -> f64 {
    let t = k / 1236.85;
    let (t2, t3, t4) = (t * t, t * t * t, t * t * t * t);
    let jde = 2_451_550.097_66 + 29.530_588_861 * k + 0.000_154_37 * t2 - 0.000_000_150 * t3 + 0.000_000_000_73 * t4;
    let e = 1.0 - 0.002_516 * t - 0.000_007_4 * t2;
    let rad = |x: f64| x.rem_euclid(360.0).to_radians();
    let m = rad(2.5534 + 29.105_356_70 * k - 0.000_001_4 * t2 - 0.000_000_11 * t3);
    let mp = rad(201.5643 + 385.816_935_28 * k + 0.010_758_2 * t2 + 0.000_012_38 * t3 - 0.000_000_058 * t4);
    let f = rad(160.7108 + 390.670_502_84 * k - 0.001_611_8 * t2 - 0.000_002_27 * t3 + 0.000_000_011 * t4);
    let om = rad(124.7746 - 1.563_755_88 * k + 0.002_067_2 * t2 + 0.000_002_15 * t3);
    let s = f64::sin;
    let corr =
        -0.40720 * s(mp) + 0.17241 * e * s(m) + 0.01608 * s(2.0 * mp) + 0.01039 * s(2.0 * f) + 0.00739 * e * s(mp - m)
            - 0.00514 * e * s(mp + m)
            + 0.00208 * e * e * s(2.0 * m)
            - 0.00111 * s(mp - 2.0 * f)
            - 0.00057 * s(mp + 2.0 * f)
            + 0.00056 * e * s(2.0 * mp + m)
            - 0.00042 * s(3.0 * mp)
            + 0.00042 * e * s(m + 2.0 * f)
            + 0.00038 * e * s(m - 2.0 * f)
            - 0.00024 * e * s(2.0 * mp - m)
            - 0.00017 * s(om)
            - 0.00007 * s(mp + 2.0 * m)
            + 0.00004 * s(2.0 * mp - 2.0 * f)
            + 0.00004 * s(3.0 * m)
            + 0.00003 * s(mp + m - 2.0 * f)
            + 0.00003 * s(2.0 * mp + 2.0 * f)
            - 0.00003 * s(mp + m + 2.0 * f)
            + 0.00003 * s(mp - m + 2.0 * f)
            - 0.00002 * s(mp - m - 2.0 * f)
            - 0.00002 * s(3.0 * mp + m)
            + 0.00002 * s(4.0 * mp);
    jde + corr
}

/// The civil date and the hour (0–24) of a Julian Day, in a time zone `utc_offset` hours east.
fn civil_from_jd(jd: f64, utc_offset: f64) -> Option<(Date, f64)> {
    let local = jd + 0.5 + utc_offset / 24.0;
    let day_number = local.floor();
    let hour = (local - day_number) * 24.0;
    // JD 1721425.5 is 0001-01-01 00:00 UTC, rata die 1.
    let rd = day_number as i64 - 1_721_425;
    Some((rata_die(rd)?, hour))
}

/// Lunation number of the first new moon on or after `d` (approximately; callers scan nearby).
fn lunation_near(d: Date) -> i64 {
    ((d.year() as f64 - 2000.0 + (d.day_of_year() as f64 - 6.0) / 365.25) * 12.3685).floor() as i64
}

/// Index of the Islamic month that lunation 0 (new moon of 2000-01-06) begins: Shawwal 1420,
/// counted as (year − 1) × 12 + (month − 1).
const ISLAMIC_MONTH_AT_LUNATION_0: i64 = 1419 * 12 + 9;

/// Mecca's time zone, where the Umm al-Qura calendar fixes its months.
const MECCA_UTC_OFFSET: f64 = 3.0;
/// Local hour of sunset in Mecca, taken as constant: it moves by about an hour over the year,
/// which shifts a month's start only when the new moon falls inside that hour.
const MECCA_SUNSET_HOUR: f64 = 18.5;

/// The first day of an Islamic month: the day after the evening of the new moon when the
/// conjunction happens before sunset in Mecca, otherwise the day after that (the rule of the
/// Umm al-Qura calendar, without its moonset test). `month` is 1 (Muharram) to 12.
fn islamic_month_start_of_lunation(k: i64) -> Option<Date> {
    let (d, hour) = civil_from_jd(new_moon_jde(k as f64), MECCA_UTC_OFFSET)?;
    let extra = if hour < MECCA_SUNSET_HOUR { 1 } else { 2 };
    d.checked_add((extra as i64).days()).ok()
}

fn islamic_month_of_lunation(k: i64) -> (i64, u8) {
    let index = k + ISLAMIC_MONTH_AT_LUNATION_0;
    (index.div_euclid(12) + 1, (index.rem_euclid(12) + 1) as u8)
}

/// The Islamic months numbered `month` (1–12) that begin from mid-November of the year before
/// Gregorian year `y` to its end, in order, each as its first and last day. A lunar year is
/// eleven days short of a solar one, so a Gregorian year can hold a feast twice (1974 had two
/// Eid al-Adha) or start with one whose month began the December before.
pub fn islamic_months_around(y: i16, month: u8) -> Vec<(Date, Date)> {
    let Some(start) = ymd(y as i32 - 1, 11, 15) else { return Vec::new() };
    let first = lunation_near(start) - 1;
    (first..first + 15)
        .filter(|&k| islamic_month_of_lunation(k).1 == month)
        .filter_map(|k| {
            let begin = islamic_month_start_of_lunation(k)?;
            let next = islamic_month_start_of_lunation(k + 1)?;
            Some((begin, next.checked_sub(1.days()).ok()?))
        })
        .filter(|(begin, _)| *begin >= start && begin.year() <= y)
        .collect()
}

/// Chinese New Year: the day (China Standard Time) of the first new moon on or after 21
/// January, which is the second new moon after the winter solstice in all but rare years.
pub fn chinese_new_year(y: i16) -> Option<Date> {
    let floor = ymd(y as i32, 1, 21)?;
    let k0 = lunation_near(floor) - 2;
    (k0..k0 + 4).filter_map(|k| civil_from_jd(new_moon_jde(k as f64), 8.0).map(|(d, _)| d)).find(|d| *d >= floor)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn easter_both_churches() {
        assert_eq!(easter(2024), Some(d("2024-03-31")));
        assert_eq!(orthodox_easter(2024), Some(d("2024-05-05")));
        assert_eq!(orthodox_easter(2018), Some(d("2018-04-08")));
        assert_eq!(orthodox_easter(2023), Some(d("2023-04-16")));
    }

    #[test]
    fn hebrew_new_years_and_feasts() {
        // Rosh Hashanah 5785 was 3 October 2024; 5779, 10 September 2018.
        assert_eq!(hebrew_date(5785, hebrew_month::TISHREI, 1), Some(d("2024-10-03")));
        assert_eq!(hebrew_date(5779, hebrew_month::TISHREI, 1), Some(d("2018-09-10")));
        // Passover 5784 began 23 April 2024; Hanukkah 5785 on 26 December 2024.
        assert_eq!(hebrew_date(5784, hebrew_month::NISAN, 15), Some(d("2024-04-23")));
        assert_eq!(hebrew_date(5785, hebrew_month::KISLEV, 25), Some(d("2024-12-26")));
        // Purim falls in Adar II in a leap year (5784): 24 March 2024.
        assert_eq!(hebrew_date(5784, hebrew_month::LAST_ADAR, 14), Some(d("2024-03-24")));
        assert_eq!(hebrew_date(5784, hebrew_month::TISHREI, 31), None);
    }

    #[test]
    fn new_moons_within_minutes() {
        // Meeus example 49.a: the new moon of 1977 February 18, 3h37m TD. The planetary terms
        // left out move it by about a minute.
        let jde = new_moon_jde(-283.0);
        assert!((jde - 2_443_192.651_18).abs() < 0.002, "{jde}");
    }

    #[test]
    fn islamic_months_and_chinese_new_year() {
        // Ramadan 1445 began 11 March 2024 and Eid al-Fitr (1 Shawwal) was 10 April 2024.
        assert_eq!(islamic_months_around(2024, 9), vec![(d("2024-03-11"), d("2024-04-09"))]);
        assert_eq!(chinese_new_year(2024), Some(d("2024-02-10")));
        assert_eq!(chinese_new_year(2023), Some(d("2023-01-22")));
    }
}
