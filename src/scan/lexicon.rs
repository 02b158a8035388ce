//! Word lists the scanner recognises. Lexicons, not test phrases: every entry is a word of the
//! language (a number word, a month, a currency), so the parser generalises to unseen text.

use super::expr::{DurationUnit, Hedge};

/// A word that can take part in a number written out in words.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NumWord {
    /// 0–9
    Unit(u32),
    /// 10–19
    Teen(u32),
    /// 20, 30, … 90
    Tens(u32),
    Hundred,
    Dozen,
    /// thousand, million, …
    Scale(f64),
    /// "a" / "an" (as in "a hundred")
    A,
    And,
    Half,
    Quarter,
}

pub fn num_word(w: &str) -> Option<NumWord> {
    use NumWord::*;
    Some(match w {
        "zero" | "nought" | "naught" | "nil" => Unit(0),
        "one" => Unit(1),
        "two" => Unit(2),
        "three" => Unit(3),
        "four" => Unit(4),
        "five" => Unit(5),
        "six" => Unit(6),
        "seven" => Unit(7),
        "eight" => Unit(8),
        "nine" => Unit(9),
        "ten" => Teen(10),
        "eleven" => Teen(11),
        "twelve" => Teen(12),
        "thirteen" => Teen(13),
        "fourteen" => Teen(14),
        "fifteen" => Teen(15),
        "sixteen" => Teen(16),
        "seventeen" => Teen(17),
        "eighteen" => Teen(18),
        "nineteen" => Teen(19),
        "twenty" => Tens(20),
        "thirty" => Tens(30),
        "forty" | "fourty" => Tens(40),
        "fifty" => Tens(50),
        "sixty" => Tens(60),
        "seventy" => Tens(70),
        "eighty" => Tens(80),
        "ninety" => Tens(90),
        "hundred" | "hundreds" => Hundred,
        "dozen" | "dozens" | "doz" | "dozs" => Dozen,
        "thousand" => Scale(1e3),
        "million" => Scale(1e6),
        "billion" => Scale(1e9),
        "trillion" => Scale(1e12),
        "lakh" | "lakhs" | "lac" | "lacs" => Scale(1e5),
        "crore" | "crores" | "cr" | "koti" | "krore" | "krores" => Scale(1e7),
        "a" | "an" => A,
        "and" => And,
        "half" => Half,
        "quarter" => Quarter,
        _ => return None,
    })
}

/// Ordinal words: "first" → 1, "twentieth" → 20, "hundredth" → 100.
pub fn ordinal_word(w: &str) -> Option<f64> {
    Some(match w {
        "first" => 1.0,
        "second" => 2.0,
        "third" => 3.0,
        "fourth" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" | "nineth" => 9.0,
        "tenth" => 10.0,
        "eleventh" => 11.0,
        "twelfth" => 12.0,
        "thirteenth" => 13.0,
        "fourteenth" => 14.0,
        "fifteenth" => 15.0,
        "sixteenth" => 16.0,
        "seventeenth" => 17.0,
        "eighteenth" => 18.0,
        "nineteenth" => 19.0,
        "twentieth" => 20.0,
        "thirtieth" => 30.0,
        "fortieth" => 40.0,
        "fiftieth" => 50.0,
        "sixtieth" => 60.0,
        "seventieth" => 70.0,
        "eightieth" => 80.0,
        "ninetieth" => 90.0,
        "hundredth" => 100.0,
        "thousandth" => 1e3,
        "millionth" => 1e6,
        "billionth" => 1e9,
        "trillionth" => 1e12,
        _ => return None,
    })
}

/// Suffix scales written straight after digits: `10k`, `£3m`, `$4.7bn`. `money_only` ones
/// (m, b) are too ambiguous outside money ("10m" is more often metres).
pub fn scale_suffix(w: &str) -> Option<(f64, bool)> {
    Some(match w {
        // Capital and two-letter forms are unambiguous; lower-case "m" and "b" are often
        // metres and bytes, so they count only as money.
        "k" | "K" => (1e3, false),
        "M" | "MM" | "mn" | "mln" | "Mn" => (1e6, false),
        "m" => (1e6, true),
        "bn" | "B" | "bln" | "Bn" => (1e9, false),
        "b" => (1e9, true),
        "tn" | "trn" | "T" => (1e12, true),
        _ => return None,
    })
}

pub fn month(w: &str) -> Option<i8> {
    Some(match w {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

/// Monday = 0.
pub fn weekday(w: &str) -> Option<i8> {
    Some(match w {
        "monday" | "mon" => 0,
        "tuesday" | "tue" | "tues" => 1,
        "wednesday" | "wed" => 2,
        "thursday" | "thu" | "thur" | "thurs" => 3,
        "friday" | "fri" => 4,
        "saturday" | "sat" => 5,
        "sunday" | "sun" => 6,
        _ => return None,
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Season {
    Spring,
    Summer,
    Autumn,
    Winter,
}

pub fn season(w: &str) -> Option<Season> {
    Some(match w {
        "spring" => Season::Spring,
        "summer" => Season::Summer,
        "autumn" | "fall" => Season::Autumn,
        "winter" => Season::Winter,
        _ => return None,
    })
}

pub fn duration_unit(w: &str) -> Option<DurationUnit> {
    use DurationUnit::*;
    Some(match w {
        "second" | "seconds" | "sec" | "secs" => Second,
        "minute" | "minutes" | "min" | "mins" => Minute,
        "hour" | "hours" | "hr" | "hrs" => Hour,
        "day" | "days" => Day,
        "week" | "weeks" | "wk" | "wks" => Week,
        "fortnight" | "fortnights" => Week,
        "month" | "months" => Month,
        "quarter" | "quarters" => Quarter,
        "year" | "years" | "yr" | "yrs" => Year,
        "decade" | "decades" => Decade,
        "century" | "centuries" => Century,
        _ => return None,
    })
}

/// How many of its unit one word of time counts: a fortnight is two weeks, a weekend two days.
pub fn units_in(w: &str) -> f64 {
    if w.starts_with("fortnight") || w.starts_with("weekend") { 2.0 } else { 1.0 }
}

/// Words after which a figure names a thing rather than counting it: "Resolution 2231",
/// "Flight 17", "Article 5", "day 3 of the trial". Lower case: they label in any case; the
/// capitalised-only ones ("War One", "Force One") only with a capital.
pub fn labels_figure(w: &str) -> bool {
    let lw = w.to_ascii_lowercase();
    let any_case = matches!(
        lw.as_str(),
        "article"
            | "resolution"
            | "chapter"
            | "section"
            | "clause"
            | "paragraph"
            | "flight"
            | "route"
            | "highway"
            | "interstate"
            | "room"
            | "gate"
            | "platform"
            | "terminal"
            | "phase"
            | "stage"
            | "round"
            | "game"
            | "page"
            | "figure"
            | "table"
            | "item"
            | "step"
            | "episode"
            | "season"
            | "volume"
            | "issue"
            | "no"
            | "no."
            | "number"
            | "day"
            | "week"
            | "proposition"
            | "amendment"
            | "exit"
            | "junction"
            | "precinct"
            | "district"
            | "ward"
            | "sector"
            | "camp"
            | "zone"
            | "level"
            | "grade"
            | "category"
            | "class"
            | "version"
            | "model"
            | "boeing"
            | "airbus"
            | "apollo"
            | "windows"
            | "iphone"
    );
    let capitalised = w.starts_with(|c: char| c.is_ascii_uppercase())
        && matches!(
            lw.as_str(),
            "war"
                | "force"
                | "formula"
                | "year"
                | "unit"
                | "block"
                | "line"
                | "bus"
                | "channel"
                | "type"
                | "cop"
                // "Form 1040", "Rule 41", "Act 10", "Bill 96", "Pier 39".
                | "form"
                | "rule"
                | "act"
                | "bill"
                | "pier"
                | "berth"
                | "hangar"
        );
    any_case || capitalised
}

/// Rate denominators for time: "a month", "per day", "every week".
pub fn period_noun(w: &str) -> Option<&'static str> {
    Some(match w {
        "second" => "second",
        "minute" => "minute",
        "hour" => "hour",
        "day" => "day",
        "week" => "week",
        "month" => "month",
        "quarter" => "quarter",
        "year" | "annum" => "year",
        _ => return None,
    })
}

/// Adverbs of rate: "monthly", "daily".
pub fn period_adverb(w: &str) -> Option<&'static str> {
    Some(match w {
        "hourly" => "hour",
        "daily" => "day",
        "weekly" => "week",
        "monthly" => "month",
        "quarterly" => "quarter",
        "yearly" | "annually" | "annual" => "year",
        _ => return None,
    })
}

/// Currency words written after the figure: "64.1 billion dollars", "20 euros", "10 riyals".
/// A name several countries use maps to the most-reported one; a nationality before it
/// ([`currency_of`]) picks the country's own.
pub fn currency_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "dollar" | "dollars" | "bucks" | "buck" => "USD",
        "euro" | "euros" => "EUR",
        "pound" | "pounds" | "quid" | "sterling" => "GBP",
        "yen" => "JPY",
        "yuan" | "renminbi" | "rmb" => "CNY",
        "rouble" | "roubles" | "ruble" | "rubles" => "RUB",
        "won" => "KRW",
        "rupee" | "rupees" => "INR",
        "hryvnia" | "hryvnias" | "hryvnas" | "hryvna" => "UAH",
        "franc" | "francs" => "CHF",
        "ringgit" | "ringgits" => "MYR",
        "riyal" | "riyals" => "SAR",
        "rial" | "rials" => "IRR",
        "dinar" | "dinars" => "KWD",
        "dirham" | "dirhams" => "AED",
        "tugrik" | "tugriks" | "tughrik" => "MNT",
        "lira" | "liras" | "lire" => "TRY",
        "zloty" | "zlotys" | "zlotych" => "PLN",
        "krona" | "kronor" => "SEK",
        "krone" | "kroner" => "NOK",
        "kronur" | "krónur" => "ISK",
        "shekel" | "shekels" | "sheqel" | "sheqels" => "ILS",
        "shilling" | "shillings" => "KES",
        "rand" => "ZAR",
        "peso" | "pesos" => "MXN",
        "real" | "reais" => "BRL",
        "naira" => "NGN",
        "baht" => "THB",
        "dong" => "VND",
        "rupiah" | "rupiahs" => "IDR",
        "afghani" | "afghanis" => "AFN",
        "taka" => "BDT",
        "lev" | "leva" => "BGN",
        "boliviano" | "bolivianos" => "BOB",
        "riel" | "riels" => "KHR",
        "colones" => "CRC",
        "koruna" | "korunas" | "koruny" => "CZK",
        "forint" | "forints" => "HUF",
        "cedi" | "cedis" => "GHS",
        "quetzal" | "quetzales" | "quetzals" => "GTQ",
        "lempira" | "lempiras" => "HNL",
        "tenge" => "KZT",
        "kyat" | "kyats" => "MMK",
        "rufiyaa" => "MVR",
        "metical" | "meticais" => "MZN",
        "cordoba" | "cordobas" | "córdoba" | "córdobas" => "NIO",
        "guarani" | "guaranis" | "guaraní" | "guaraníes" => "PYG",
        "soles" => "PEN",
        "leu" | "lei" => "RON",
        "manat" | "manats" => "AZN",
        "somoni" => "TJS",
        "bolivar" | "bolivars" | "bolívar" | "bolívares" | "bolivares" => "VES",
        "kwacha" | "kwachas" => "ZMW",
        "lari" | "laris" => "GEL",
        "denar" | "denars" | "denari" => "MKD",
        "birr" | "birrs" => "ETB",
        "kwanza" | "kwanzas" => "AOA",
        "ariary" => "MGA",
        "pataca" | "patacas" => "MOP",
        "hryvnya" => "UAH",
        "peseta" | "pesetas" => "ESP",
        "guilder" | "guilders" => "NLG",
        "deutschmark" | "deutschmarks" => "DEM",
        "escudo" | "escudos" => "PTE",
        "drachma" | "drachmas" | "drachmae" => "GRD",
        "bitcoin" | "bitcoins" => "BTC",
        "kip" => "LAK",
        "egyptianpound" | "geneh" | "genih" | "genihat" | "gineih" => "EGP",
        "cent" | "cents" | "¢" => "cent",
        "penny" | "pence" | "p" => "penny",
        "sen" | "sens" => "sen",
        _ => return None,
    })
}

/// Nationalities that pick a currency among those sharing a name: (nationality as written
/// before the name, lower-cased; the code the bare name maps to; the country's code).
/// "5,000 North Korean won" is KPW, "Jordanian dinars" JOD, "Kenyan shillings" KES.
const NATIONAL_CURRENCIES: &[(&str, &str, &str)] = &[
    ("us", "USD", "USD"),
    ("u.s.", "USD", "USD"),
    ("american", "USD", "USD"),
    ("canadian", "USD", "CAD"),
    ("australian", "USD", "AUD"),
    ("singapore", "USD", "SGD"),
    ("singaporean", "USD", "SGD"),
    ("taiwan", "USD", "TWD"),
    ("taiwanese", "USD", "TWD"),
    ("new taiwan", "USD", "TWD"),
    ("new zealand", "USD", "NZD"),
    ("zealand", "USD", "NZD"),
    ("hong kong", "USD", "HKD"),
    ("kong", "USD", "HKD"),
    ("jamaican", "USD", "JMD"),
    ("namibian", "USD", "NAD"),
    ("liberian", "USD", "LRD"),
    ("zimbabwean", "USD", "ZWL"),
    ("fijian", "USD", "FJD"),
    ("bahamian", "USD", "BSD"),
    ("barbadian", "USD", "BBD"),
    ("belize", "USD", "BZD"),
    ("brunei", "USD", "BND"),
    ("guyanese", "USD", "GYD"),
    ("trinidad", "USD", "TTD"),
    ("east caribbean", "USD", "XCD"),
    ("cayman", "USD", "KYD"),
    ("british", "GBP", "GBP"),
    ("lebanese", "GBP", "LBP"),
    ("egyptian", "GBP", "EGP"),
    ("syrian", "GBP", "SYP"),
    ("sudanese", "GBP", "SDG"),
    ("south sudanese", "GBP", "SSP"),
    ("swiss", "CHF", "CHF"),
    ("french", "CHF", "FRF"),
    ("belgian", "CHF", "BEF"),
    ("cfa", "CHF", "XOF"),
    ("rwandan", "CHF", "RWF"),
    ("congolese", "CHF", "CDF"),
    ("guinean", "CHF", "GNF"),
    ("burundian", "CHF", "BIF"),
    ("djiboutian", "CHF", "DJF"),
    ("kuwaiti", "KWD", "KWD"),
    ("jordanian", "KWD", "JOD"),
    ("iraqi", "KWD", "IQD"),
    ("bahraini", "KWD", "BHD"),
    ("algerian", "KWD", "DZD"),
    ("tunisian", "KWD", "TND"),
    ("libyan", "KWD", "LYD"),
    ("serbian", "KWD", "RSD"),
    ("saudi", "SAR", "SAR"),
    ("qatari", "SAR", "QAR"),
    ("qatari", "IRR", "QAR"),
    ("iranian", "IRR", "IRR"),
    ("omani", "IRR", "OMR"),
    ("omani", "SAR", "OMR"),
    ("yemeni", "IRR", "YER"),
    ("yemeni", "SAR", "YER"),
    ("emirati", "AED", "AED"),
    ("uae", "AED", "AED"),
    ("moroccan", "AED", "MAD"),
    ("turkish", "TRY", "TRY"),
    ("italian", "TRY", "ITL"),
    ("malaysia", "MYR", "MYR"),
    ("malaysian", "MYR", "MYR"),
    ("indian", "INR", "INR"),
    ("pakistani", "INR", "PKR"),
    ("sri lankan", "INR", "LKR"),
    ("lankan", "INR", "LKR"),
    ("nepalese", "INR", "NPR"),
    ("nepali", "INR", "NPR"),
    ("mauritian", "INR", "MUR"),
    ("seychellois", "INR", "SCR"),
    ("indonesian", "IDR", "IDR"),
    ("russian", "RUB", "RUB"),
    ("belarusian", "RUB", "BYN"),
    ("japanese", "JPY", "JPY"),
    ("chinese", "CNY", "CNY"),
    ("korean", "KRW", "KRW"),
    ("south korean", "KRW", "KRW"),
    ("north korean", "KRW", "KPW"),
    ("ukrainian", "UAH", "UAH"),
    ("swedish", "SEK", "SEK"),
    ("icelandic", "SEK", "ISK"),
    ("norwegian", "NOK", "NOK"),
    ("danish", "NOK", "DKK"),
    ("kenyan", "KES", "KES"),
    ("ugandan", "KES", "UGX"),
    ("tanzanian", "KES", "TZS"),
    ("somali", "KES", "SOS"),
    ("austrian", "KES", "ATS"),
    ("mexican", "MXN", "MXN"),
    ("argentine", "MXN", "ARS"),
    ("argentinian", "MXN", "ARS"),
    ("chilean", "MXN", "CLP"),
    ("colombian", "MXN", "COP"),
    ("cuban", "MXN", "CUP"),
    ("dominican", "MXN", "DOP"),
    ("philippine", "MXN", "PHP"),
    ("uruguayan", "MXN", "UYU"),
    ("brazilian", "BRL", "BRL"),
    ("south african", "ZAR", "ZAR"),
    ("nigerian", "NGN", "NGN"),
    ("israeli", "ILS", "ILS"),
    ("polish", "PLN", "PLN"),
    ("thai", "THB", "THB"),
    ("vietnamese", "VND", "VND"),
    ("german", "DEM", "DEM"),
    ("dutch", "NLG", "NLG"),
    ("spanish", "ESP", "ESP"),
    ("romanian", "RON", "RON"),
    ("moldovan", "RON", "MDL"),
    ("venezuelan", "VES", "VES"),
    ("zambian", "ZMW", "ZMW"),
    ("malawian", "ZMW", "MWK"),
    ("azerbaijani", "AZN", "AZN"),
    ("turkmen", "AZN", "TMT"),
    ("georgian", "GEL", "GEL"),
    ("ethiopian", "ETB", "ETB"),
    ("ghanaian", "GHS", "GHS"),
    ("hungarian", "HUF", "HUF"),
    ("czech", "CZK", "CZK"),
    ("bulgarian", "BGN", "BGN"),
    ("kazakh", "KZT", "KZT"),
    ("mongolian", "MNT", "MNT"),
];

/// Nationalities written after a currency's name (Arabic order), and the code they confirm.
pub fn currency_nationality_after(w: &str) -> Option<&'static str> {
    Some(match w {
        "masri" | "masriya" | "masry" | "masreya" => "EGP",
        "saudi" => "SAR",
        "kuwaiti" => "KWD",
        _ => return None,
    })
}

/// Words that can stand between a figure and a currency name: "64.1 billion US dollars",
/// "42 Lebanese pounds", "10 Hong Kong dollars". Anything else ends the search.
pub fn is_currency_adjective(w: &str) -> bool {
    static WORDS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
        let mut v: Vec<&'static str> = NATIONAL_CURRENCIES.iter().flat_map(|(p, _, _)| p.split(' ')).collect();
        v.push("u");
        v.sort_unstable();
        v.dedup();
        v
    });
    WORDS.binary_search(&w).is_ok()
}

/// The currency a nationality picks for a name: the last two adjectives read as one phrase
/// first ("north korean"), then the last alone ("korean").
pub fn currency_of(adjectives: &[String], base: &'static str) -> &'static str {
    let find = |phrase: &str| NATIONAL_CURRENCIES.iter().find(|(p, b, _)| *p == phrase && *b == base).map(|e| e.2);
    let n = adjectives.len();
    let pair = (n >= 2).then(|| format!("{} {}", adjectives[n - 2], adjectives[n - 1]));
    pair.as_deref().and_then(find).or_else(|| adjectives.last().and_then(|a| find(a))).unwrap_or(base)
}

/// ISO 4217 codes written as words: "USD 20", "20 EUR", "CAD3.03".
pub fn iso_code(w: &str) -> Option<&'static str> {
    // Active ISO 4217 codes, and a few of the past that news still quotes. Codes that are
    // English words in capitals ("ALL", "TOP", "CUP", "MAD", "PEN", "SOS", "BOB") and the chip maker AMD are left out:
    // "TOP 10" is no sum of money.
    const CODES: &[&str] = &[
        "AED", "AFN", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BBD", "BDT", "BGN", "BHD", "BIF", "BMD", "BND", "BRL",
        "BSD", "BTC", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CLP", "CNY", "COP", "CRC", "CVE", "CZK", "DEM",
        "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ESP", "ETB", "EUR", "FJD", "FKP", "FRF", "GBP", "GEL", "GHS", "GIP",
        "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "ITL", "JMD",
        "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL",
        "LYD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MYR", "MZN", "NAD", "NGN",
        "NIO", "NLG", "NOK", "NPR", "NZD", "OMR", "PAB", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB",
        "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB",
        "TJS", "TMT", "TND", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYU", "UZS", "VES", "VND", "VUV", "WST",
        "XAF", "XCD", "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWL",
    ];
    CODES.binary_search(&w).ok().map(|k| CODES[k])
}

/// An ISO code as written: any active code in capitals, or one of the most traded in lower case.
pub fn code_as_written(w: &str) -> Option<&'static str> {
    iso_code(w).or_else(|| lower_iso(w))
}

/// The most traded ISO codes as chat and some wire copy write them, in lower case ("usd 200",
/// "50 eur"). Only these: in lower case most other codes are words ("try", "all", "top").
fn lower_iso(w: &str) -> Option<&'static str> {
    Some(match w {
        "usd" => "USD",
        "eur" => "EUR",
        "gbp" => "GBP",
        "jpy" => "JPY",
        "cny" => "CNY",
        "inr" => "INR",
        "chf" => "CHF",
        "aud" => "AUD",
        "cad" => "CAD",
        "hkd" => "HKD",
        "sgd" => "SGD",
        "nzd" => "NZD",
        "zar" => "ZAR",
        "rub" => "RUB",
        "krw" => "KRW",
        "brl" => "BRL",
        "mxn" => "MXN",
        "sek" => "SEK",
        "nok" => "NOK",
        "dkk" => "DKK",
        "pln" => "PLN",
        _ => return None,
    })
}

/// Currency symbols written before the figure, longest first so `US$` wins over `$`.
pub const CURRENCY_SYMBOLS: &[(&str, &str)] = &[
    ("USD$", "USD"),
    ("usd$", "USD"),
    ("AUD$", "AUD"),
    ("aud$", "AUD"),
    ("CAD$", "CAD"),
    ("cad$", "CAD"),
    ("Mex$", "MXN"),
    ("US $", "USD"),
    ("us $", "USD"),
    ("HK $", "HKD"),
    ("hk $", "HKD"),
    ("C $", "CAD"),
    ("c $", "CAD"),
    ("A $", "AUD"),
    ("US$", "USD"),
    ("USD", "USD"),
    ("HK$", "HKD"),
    ("AU$", "AUD"),
    ("A$", "AUD"),
    ("C$", "CAD"),
    ("CA$", "CAD"),
    ("NZ$", "NZD"),
    ("S$", "SGD"),
    ("EUR", "EUR"),
    ("GBP", "GBP"),
    ("JPY", "JPY"),
    ("RUB", "RUB"),
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₩", "KRW"),
    ("₽", "RUB"),
    ("₹", "INR"),
    ("₴", "UAH"),
    ("₭", "LAK"),
    ("₦", "NGN"),
    ("₱", "PHP"),
    ("৳", "BDT"),
    ("₺", "TRY"),
    ("₪", "ILS"),
    ("₫", "VND"),
    ("฿", "THB"),
    ("GH₵", "GHS"),
    ("GH¢", "GHS"),
    ("₵", "GHS"),
    ("₸", "KZT"),
    ("₼", "AZN"),
    ("₾", "GEL"),
    ("₮", "MNT"),
    ("₡", "CRC"),
    ("₲", "PYG"),
    ("RMB", "CNY"),
    ("R$", "BRL"),
    ("SFr", "CHF"),
    ("Rs.", "INR"),
    ("Rs", "INR"),
];

/// Local signs, written before or after the figure, capitals only (in lower case they are
/// ordinary words): Malaysia's "RM 42", Egypt's "42 LE", Kuwait's "10 KD", Israel's "NIS 40".
pub const LOCAL_SIGNS: &[(&str, &str)] = &[
    ("RM", "MYR"),
    ("LE", "EGP"),
    ("KD", "KWD"),
    ("NIS", "ILS"),
    // East Africa's shillings, Indonesia's rupiah, Bangladesh's taka.
    ("KSh", "KES"),
    ("Ksh", "KES"),
    ("KShs", "KES"),
    ("Kshs", "KES"),
    ("TSh", "TZS"),
    ("Tsh", "TZS"),
    ("USh", "UGX"),
    ("Ush", "UGX"),
    ("Rp", "IDR"),
    ("Tk", "BDT"),
];

/// One-letter signs glued to a figure: South Africa's "R20bn", Nigeria's "N500bn". A capital
/// before digits is as often a name ("R2", "N95"), so only a sum that reads as one counts: a
/// scale after it or its thousands grouped ("R1,500").
pub const GLUED_SIGNS: &[(&str, &str)] = &[("R", "ZAR"), ("N", "NGN")];

/// Is this a character of a currency sign not written in ASCII ("€", "₦", the "¢" of "GH¢")?
pub fn in_sign(c: char) -> bool {
    !c.is_ascii() && CURRENCY_SYMBOLS.iter().any(|(sign, _)| sign.contains(c))
}

/// Hedges written before a figure, longest first. DESIGN §2.
pub const PREFIX_HEDGES: &[(&str, Hedge)] = &[
    ("less than or equal to", Hedge::AtMost),
    ("less or equal than", Hedge::AtMost),
    ("less or equal to", Hedge::AtMost),
    ("greater or equal than", Hedge::AtLeast),
    ("greater or equal to", Hedge::AtLeast),
    ("more or equal than", Hedge::AtLeast),
    ("fewer than or equal to", Hedge::AtMost),
    ("smaller than or equal to", Hedge::AtMost),
    ("lower than or equal to", Hedge::AtMost),
    ("greater than or equal to", Hedge::AtLeast),
    ("more than or equal to", Hedge::AtLeast),
    ("larger than or equal to", Hedge::AtLeast),
    ("higher than or equal to", Hedge::AtLeast),
    ("at least or equal to", Hedge::AtLeast),
    ("at most or equal to", Hedge::AtMost),
    ("up to and including", Hedge::AtMost),
    ("well in excess of", Hedge::MoreThan),
    ("slightly more than", Hedge::MoreThan),
    ("slightly less than", Hedge::LessThan),
    ("a little more than", Hedge::MoreThan),
    ("a little over", Hedge::MoreThan),
    ("in the vicinity of", Hedge::Approximate),
    // Most of it: quantity() narrows the interval to more than half.
    ("the best part of", Hedge::Nearly),
    ("the better part of", Hedge::Nearly),
    ("getting on for", Hedge::Nearly),
    ("a shade under", Hedge::Nearly),
    ("not quite", Hedge::Nearly),
    ("well over", Hedge::MoreThan),
    ("well above", Hedge::MoreThan),
    ("well under", Hedge::LessThan),
    ("well below", Hedge::LessThan),
    ("just over", Hedge::MoreThan),
    ("just above", Hedge::MoreThan),
    ("in the region of", Hedge::Approximate),
    ("in the order of", Hedge::Approximate),
    ("on the order of", Hedge::Approximate),
    ("in excess of", Hedge::MoreThan),
    ("no fewer than", Hedge::AtLeast),
    ("not fewer than", Hedge::AtLeast),
    ("no less than", Hedge::AtLeast),
    ("not less than", Hedge::AtLeast),
    ("a minimum of", Hedge::AtLeast),
    ("a maximum of", Hedge::AtMost),
    ("no more than", Hedge::AtMost),
    ("not more than", Hedge::AtMost),
    ("an estimated", Hedge::Approximate),
    ("approximately", Hedge::Approximate),
    ("as many as", Hedge::AtMost),
    ("as much as", Hedge::AtMost),
    ("as high as", Hedge::AtMost),
    // The low end of the estimates: "as few as 8,000" says no fewer, the others higher.
    ("as few as", Hedge::AtLeast),
    ("as little as", Hedge::AtLeast),
    ("as low as", Hedge::AtLeast),
    ("just short of", Hedge::Nearly),
    ("a shade over", Hedge::MoreThan),
    ("just shy of", Hedge::Nearly),
    ("shy of", Hedge::Nearly),
    ("upwards of", Hedge::MoreThan),
    ("upward of", Hedge::MoreThan),
    ("greater than", Hedge::MoreThan),
    ("larger than", Hedge::MoreThan),
    ("bigger than", Hedge::MoreThan),
    ("higher than", Hedge::MoreThan),
    // "no one will wait longer than 18 weeks", "children younger than five".
    ("longer than", Hedge::MoreThan),
    ("shorter than", Hedge::LessThan),
    ("older than", Hedge::MoreThan),
    ("younger than", Hedge::LessThan),
    ("fewer than", Hedge::LessThan),
    ("smaller than", Hedge::LessThan),
    ("equal to", Hedge::Exact),
    ("lower than", Hedge::LessThan),
    ("just under", Hedge::Nearly),
    ("just below", Hedge::Nearly),
    ("approaching", Hedge::Nearly),
    ("more than", Hedge::MoreThan),
    ("less than", Hedge::LessThan),
    ("north of", Hedge::MoreThan),
    ("south of", Hedge::LessThan),
    ("exceeding", Hedge::MoreThan),
    ("exceeded", Hedge::MoreThan),
    ("exceed", Hedge::MoreThan),
    ("surpass", Hedge::MoreThan),
    ("surpasses", Hedge::MoreThan),
    ("exceeds", Hedge::MoreThan),
    ("surpassed", Hedge::MoreThan),
    ("surpassing", Hedge::MoreThan),
    ("topped", Hedge::MoreThan),
    ("topping", Hedge::MoreThan),
    ("passed", Hedge::MoreThan),
    ("close to", Hedge::Nearly),
    // "put the figure nearer 30,000": a rival estimate, about that.
    ("nearer to", Hedge::Approximate),
    ("nearer", Hedge::Approximate),
    ("closer to", Hedge::Approximate),
    ("nigh on", Hedge::Nearly),
    ("in the region of", Hedge::Approximate),
    ("on the order of", Hedge::Approximate),
    ("of the order of", Hedge::Approximate),
    ("nearly", Hedge::Nearly),
    ("almost", Hedge::Nearly),
    ("at least", Hedge::AtLeast),
    ("at most", Hedge::AtMost),
    ("roughly", Hedge::Approximate),
    ("around", Hedge::Approximate),
    ("about", Hedge::Approximate),
    ("approx.", Hedge::Approximate),
    ("approx", Hedge::Approximate),
    ("circa", Hedge::Approximate),
    ("more or less", Hedge::Approximate),
    ("ca.", Hedge::Approximate),
    ("c.", Hedge::Approximate),
    ("some", Hedge::Approximate),
    ("estimated", Hedge::Approximate),
    ("up to", Hedge::AtMost),
    ("beyond", Hedge::MoreThan),
    ("above", Hedge::MoreThan),
    ("under", Hedge::LessThan),
    ("below", Hedge::LessThan),
    ("over", Hedge::MoreThan),
    ("past", Hedge::MoreThan),
    ("~", Hedge::Approximate),
    ("≈", Hedge::Approximate),
    (">=", Hedge::AtLeast),
    ("<=", Hedge::AtMost),
    // (Some tables and forms write the sign backwards.)
    ("=>", Hedge::AtLeast),
    ("=<", Hedge::AtMost),
    ("<", Hedge::LessThan),
    (">", Hedge::MoreThan),
    ("≤", Hedge::AtMost),
    ("≥", Hedge::AtLeast),
];

/// Hedges written after a figure: "1,000 or more", "5,000-plus".
pub const SUFFIX_HEDGES: &[(&str, Hedge)] = &[
    ("or more", Hedge::AtLeast),
    ("and more", Hedge::AtLeast),
    ("or above", Hedge::AtLeast),
    ("and above", Hedge::AtLeast),
    ("and up", Hedge::AtLeast),
    ("or higher", Hedge::AtLeast),
    ("or greater", Hedge::AtLeast),
    ("or over", Hedge::AtLeast),
    ("and over", Hedge::AtLeast),
    ("or older", Hedge::AtLeast),
    ("and older", Hedge::AtLeast),
    ("and under", Hedge::AtMost),
    ("and below", Hedge::AtMost),
    ("or younger", Hedge::AtMost),
    ("and younger", Hedge::AtMost),
    ("or fewer", Hedge::AtMost),
    ("or less", Hedge::AtMost),
    ("or lower", Hedge::AtMost),
    ("or below", Hedge::AtMost),
    ("or under", Hedge::AtMost),
    ("or so", Hedge::Approximate),
    ("-plus", Hedge::AtLeast),
    ("-odd", Hedge::Approximate),
    ("-something", Hedge::Approximate),
    ("+", Hedge::AtLeast),
];

/// Vague plurals: "thousands of" means at least two thousand (DESIGN §2).
pub fn vague_plural(w: &str) -> Option<f64> {
    Some(match w {
        "dozens" => 24.0,
        "hundreds" => 200.0,
        "thousands" => 2_000.0,
        "millions" => 2e6,
        "billions" => 2e9,
        _ => return None,
    })
}

/// Tens words, which ordinals run on from ("twentyfifth").
pub const TENS: &[&str] = &["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/// "twentyfifth", "seventythird": a tens word with an ordinal run on.
pub fn runs_on_from_tens(w: &str) -> bool {
    w.len() > 6 && TENS.iter().any(|t| w.starts_with(t))
}

/// Words that are an expression's start on their own: numbers (not "a", "and", "half"),
/// ordinals, months, weekdays, seasons, vague plurals.
/// "threefold", "tenfold", "hundredfold" (lower case): the factor the word names.
pub fn fold_factor(w: &str) -> Option<f64> {
    match num_word(w.strip_suffix("fold")?)? {
        NumWord::Unit(n) | NumWord::Teen(n) | NumWord::Tens(n) if n > 1 => Some(n as f64),
        NumWord::Hundred => Some(100.0),
        NumWord::Scale(s) => Some(s),
        _ => None,
    }
}

fn stands_alone(w: &str) -> bool {
    num_word(w).is_some_and(|n| !matches!(n, NumWord::A | NumWord::And | NumWord::Half))
        || fold_factor(w).is_some()
        || ordinal_word(w).is_some()
        || runs_on_from_tens(w)
        || month(w).is_some()
        || weekday(w).is_some()
        || season(w).is_some()
        || vague_plural(w).is_some()
}

/// Does this lower-case word start something the scanner can read? The scanner skips every
/// other word without trying a parser: most words of news text are not numbers or dates.
/// (Hedge words and ISO codes are looked up by the scanner from tables built once.)
/// "twenties" … "nineties": decades of a century after "the", of a life after a possessive ("a
/// woman in her forties"); either way they may start an expression alone.
pub fn decade_of_life(w: &str) -> bool {
    matches!(w, "twenties" | "thirties" | "forties" | "fifties" | "sixties" | "seventies" | "eighties" | "nineties")
}

/// Verbs that take a span of time as their object ("lasted a week", "took over a year",
/// "served ten years"): a duration, not a rate or a window, after them.
pub fn spends_time(w: &str) -> bool {
    matches!(
        w,
        "lasted"
            | "lasting"
            | "lasts"
            | "last"
            | "took"
            | "takes"
            | "take"
            | "taking"
            | "spent"
            | "spend"
            | "spends"
            | "waited"
            | "wait"
            | "waiting"
            | "served"
            | "serve"
            | "serving"
    )
}

pub fn is_trigger(w: &str) -> bool {
    stands_alone(w)
        || decade_of_life(w)
        || matches!(num_word(w), Some(NumWord::A | NumWord::Half))
        || matches!(
            w,
            "today"
                | "yesterday"
                | "tomorrow"
                | "tonight"
                | "last"
                | "next"
                | "this"
                | "past"
                | "previous"
                | "coming"
                | "earlier"
                | "later"
                | "early"
                | "mid"
                | "late"
                | "end"
                | "beginning"
                | "start"
                | "since"
                | "between"
                | "from"
                | "by"
                | "until"
                | "till"
                | "the"
                | "several"
                | "few"
                | "q"
                | "h"
                | "q1"
                | "q2"
                | "q3"
                | "q4"
                | "us"
                | "usd"
                | "ringgit"
                | "ringgits"
                | "malaysia"
                | "malaysian"
                | "cad"
                | "aud"
                | "mex"
                | "hk"
                | "c"
                | "weekend"
                | "week"
                | "recent"
                | "overnight"
                | "fortnight"
                | "minus"
                | "negative"
                | "point"
                | "couple"
                | "within"
                | "tens"
                | "current"
                | "following"
                | "upcoming"
                | "prior"
                | "no"
                | "after"
                | "before"
                | "through"
                | "eom"
                | "bom"
                | "eoy"
                | "all"
                | "that"
                | "magnitude"
                | "fiscal"
                | "fy"
                | "midyear"
                | "midweek"
                | "midmonth"
        )
}

/// "so far", "thus far", "to date", "to this day", "up to now", "up until now", "this time
/// last year": lead words too common to try a parse after each ("to" above all), so the next
/// word decides.
pub fn opens_by_next_word<'a>(w: &str, next: impl FnOnce() -> &'a str) -> bool {
    let wanted: &[&str] = match w.len() {
        2 if w.eq_ignore_ascii_case("so") => &["far"],
        4 if w.eq_ignore_ascii_case("thus") => &["far"],
        2 if w.eq_ignore_ascii_case("to") => &["date", "this"],
        2 if w.eq_ignore_ascii_case("up") => &["to", "until"],
        4 if w.eq_ignore_ascii_case("this") => &["time"],
        9 if w.eq_ignore_ascii_case("financial") => &["year"],
        6 if w.eq_ignore_ascii_case("scores") => &["of"],
        _ => return false,
    };
    let next = next();
    wanted.iter().any(|x| next.eq_ignore_ascii_case(x))
}

/// Trigger words that only ever lead into an expression ("the", "about", "last", "since"):
/// worth a parse only when the next word could continue one.
pub fn is_lead_only(w: &str) -> bool {
    !(stands_alone(w)
        || decade_of_life(w)
        || matches!(
            w,
            "today"
                | "yesterday"
                | "tomorrow"
                | "tonight"
                | "overnight"
                | "q1"
                | "q2"
                | "q3"
                | "q4"
                | "mid"
                | "several"
                | "tens"
                | "weekend"
                | "fortnight"
                | "eom"
                | "bom"
                | "eoy"
                | "midyear"
                | "midweek"
                | "midmonth"
        ))
}

/// Can a word continue an expression begun by a lead word? Unit and period words count too
/// ("last week", "the past year", "a dozen").
pub fn continues(w: &str) -> bool {
    is_trigger(w)
        || duration_unit(w).is_some()
        || currency_word(w).is_some()
        || matches!(
            w,
            "pair"
                | "period"
                | "ides"
                | "percentage"
                | "financial"
                // "this school year", "last academic year", "last season" (of a sport), "last
                // term" (of one too).
                | "season"
                | "term"
                | "academic"
                | "school"
                | "university"
                | "latter"
                | "back"
                | "tail"
                | "soon"
                | "final"
                | "closing"
                | "opening"
                | "dying"
                | "midday"
                | "noon"
                | "midnight"
                | "dawn"
                | "dusk"
                | "daybreak"
                | "nightfall"
                | "lunchtime"
                | "very"
                | "rest"
                | "remainder"
                | "remaining"
                | "morning"
                | "afternoon"
                | "evening"
                | "night"
                | "same"
                | "working"
                | "work"
                | "business"
                | "couple"
                | "point"
                | "qtr"
                | "tuesday"
                | "later"
                | "earlier"
                | "sooner"
                | "quarter"
                | "turn"
                | "middle"
                | "end"
                | "beginning"
                | "start"
                | "day"
                | "us"
                | "hk"
                | "now"
                | "yet"
                | "noughties"
        )
}

/// Figures with a slash that are names, not dates or fractions: "24/7 coverage", "the 9/11
/// attacks", "a 50/50 split", "the 7/7 bombings".
pub const SLASH_NAMES: &[&str] = &["24/7/365", "24/7", "9/11", "50/50", "7/7"];

/// "-end" after "week": the hyphenated "week-end", a weekend and no week.
pub fn hyphen_end(rest: &str) -> bool {
    rest.get(..4).is_some_and(|h| h.eq_ignore_ascii_case("-end"))
}

/// What a unit of measure measures: figures in one dimension can be compared after conversion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Dimension {
    Length,
    Mass,
    Area,
    Volume,
    Temperature,
    Speed,
    Power,
    Energy,
    Data,
    /// Of a network or a link, in bits per second.
    DataRate,
    Pressure,
    Voltage,
    Frequency,
    /// Of sound, in decibels: a logarithmic scale, nothing to convert.
    Loudness,
    /// Of radiation absorbed, in sieverts.
    Dose,
    /// Parts per million or billion, as air and water quality are reported.
    Concentration,
    /// Of earthquakes: one scale, nothing to convert.
    Magnitude,
}

/// A unit of measure: its symbol, its dimension, and how many base units (metre, kilogram,
/// square metre, litre, degree Celsius, km/h, watt, watt-hour, byte, bit per second,
/// hectopascal, volt, hertz, decibel, sievert, part per million) one is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Measure {
    pub symbol: &'static str,
    pub dimension: Dimension,
    pub factor: f64,
}

impl Measure {
    /// `v` in this unit, in the dimension's base unit. Only temperature has an offset.
    pub fn to_base(&self, v: f64) -> f64 {
        match self.symbol {
            "°F" => (v - 32.0) * 5.0 / 9.0,
            _ => v * self.factor,
        }
    }

    /// `v` in base units, in this unit.
    pub fn from_base(&self, v: f64) -> f64 {
        match self.symbol {
            "°F" => v * 9.0 / 5.0 + 32.0,
            _ => v / self.factor,
        }
    }
}

/// Units of measure as news writes them, by symbol. Symbols are matched as written (case
/// matters: "MW" is megawatts, "mw" nothing); names are matched in lower case by `measure_word`.
pub const MEASURES: &[Measure] = {
    use Dimension::*;
    &[
        Measure { symbol: "mm", dimension: Length, factor: 0.001 },
        Measure { symbol: "cm", dimension: Length, factor: 0.01 },
        Measure { symbol: "m", dimension: Length, factor: 1.0 },
        Measure { symbol: "km", dimension: Length, factor: 1000.0 },
        Measure { symbol: "in", dimension: Length, factor: 0.0254 },
        Measure { symbol: "ft", dimension: Length, factor: 0.3048 },
        Measure { symbol: "yd", dimension: Length, factor: 0.9144 },
        Measure { symbol: "mi", dimension: Length, factor: 1609.344 },
        Measure { symbol: "nmi", dimension: Length, factor: 1852.0 },
        Measure { symbol: "µg", dimension: Mass, factor: 1e-9 },
        Measure { symbol: "mg", dimension: Mass, factor: 1e-6 },
        Measure { symbol: "g", dimension: Mass, factor: 0.001 },
        Measure { symbol: "kg", dimension: Mass, factor: 1.0 },
        Measure { symbol: "t", dimension: Mass, factor: 1000.0 },
        Measure { symbol: "lb", dimension: Mass, factor: 0.453_592_37 },
        Measure { symbol: "oz", dimension: Mass, factor: 0.028_349_523_125 },
        Measure { symbol: "ton", dimension: Mass, factor: 907.184_74 },
        Measure { symbol: "m²", dimension: Area, factor: 1.0 },
        Measure { symbol: "ft²", dimension: Area, factor: 0.092_903_04 },
        Measure { symbol: "km²", dimension: Area, factor: 1e6 },
        Measure { symbol: "ha", dimension: Area, factor: 1e4 },
        Measure { symbol: "acre", dimension: Area, factor: 4_046.856_422_4 },
        Measure { symbol: "mi²", dimension: Area, factor: 2_589_988.110_336 },
        Measure { symbol: "ml", dimension: Volume, factor: 0.001 },
        Measure { symbol: "l", dimension: Volume, factor: 1.0 },
        Measure { symbol: "Ml", dimension: Volume, factor: 1e6 },
        Measure { symbol: "m³", dimension: Volume, factor: 1000.0 },
        Measure { symbol: "gal", dimension: Volume, factor: 3.785_411_784 },
        Measure { symbol: "bbl", dimension: Volume, factor: 158.987_294_928 },
        Measure { symbol: "°C", dimension: Temperature, factor: 1.0 },
        Measure { symbol: "°F", dimension: Temperature, factor: 1.0 },
        Measure { symbol: "km/h", dimension: Speed, factor: 1.0 },
        Measure { symbol: "mph", dimension: Speed, factor: 1.609_344 },
        Measure { symbol: "kn", dimension: Speed, factor: 1.852 },
        Measure { symbol: "m/s", dimension: Speed, factor: 3.6 },
        Measure { symbol: "W", dimension: Power, factor: 1.0 },
        Measure { symbol: "kW", dimension: Power, factor: 1e3 },
        Measure { symbol: "MW", dimension: Power, factor: 1e6 },
        Measure { symbol: "GW", dimension: Power, factor: 1e9 },
        Measure { symbol: "kWh", dimension: Energy, factor: 1e3 },
        Measure { symbol: "MWh", dimension: Energy, factor: 1e6 },
        Measure { symbol: "GWh", dimension: Energy, factor: 1e9 },
        Measure { symbol: "TWh", dimension: Energy, factor: 1e12 },
        Measure { symbol: "magnitude", dimension: Magnitude, factor: 1.0 },
        Measure { symbol: "KB", dimension: Data, factor: 1e3 },
        Measure { symbol: "MB", dimension: Data, factor: 1e6 },
        Measure { symbol: "GB", dimension: Data, factor: 1e9 },
        Measure { symbol: "TB", dimension: Data, factor: 1e12 },
        Measure { symbol: "PB", dimension: Data, factor: 1e15 },
        Measure { symbol: "kbps", dimension: DataRate, factor: 1e3 },
        Measure { symbol: "Mbps", dimension: DataRate, factor: 1e6 },
        Measure { symbol: "Gbps", dimension: DataRate, factor: 1e9 },
        Measure { symbol: "hPa", dimension: Pressure, factor: 1.0 },
        Measure { symbol: "mbar", dimension: Pressure, factor: 1.0 },
        Measure { symbol: "kPa", dimension: Pressure, factor: 10.0 },
        Measure { symbol: "psi", dimension: Pressure, factor: 68.947_572_93 },
        Measure { symbol: "kV", dimension: Voltage, factor: 1e3 },
        Measure { symbol: "Hz", dimension: Frequency, factor: 1.0 },
        Measure { symbol: "kHz", dimension: Frequency, factor: 1e3 },
        Measure { symbol: "MHz", dimension: Frequency, factor: 1e6 },
        Measure { symbol: "GHz", dimension: Frequency, factor: 1e9 },
        Measure { symbol: "dB", dimension: Loudness, factor: 1.0 },
        Measure { symbol: "µSv", dimension: Dose, factor: 1e-6 },
        Measure { symbol: "mSv", dimension: Dose, factor: 1e-3 },
        Measure { symbol: "Sv", dimension: Dose, factor: 1.0 },
        Measure { symbol: "ppm", dimension: Concentration, factor: 1.0 },
        Measure { symbol: "ppb", dimension: Concentration, factor: 1e-3 },
        Measure { symbol: "hp", dimension: Power, factor: 745.699_872 },
        Measure { symbol: "kcal", dimension: Energy, factor: 1.162_222 },
        Measure { symbol: "kJ", dimension: Energy, factor: 1.0 / 3.6 },
        Measure { symbol: "MJ", dimension: Energy, factor: 1e3 / 3.6 },
        Measure { symbol: "ft³", dimension: Volume, factor: 28.316_846_592 },
        Measure { symbol: "bcm", dimension: Volume, factor: 1e12 },
        Measure { symbol: "tcf", dimension: Volume, factor: 2.831_684_659_2e13 },
    ]
};

pub fn measure(symbol: &str) -> Option<&'static Measure> {
    MEASURES.iter().find(|m| m.symbol == symbol)
}

/// The measure a rule names, by its symbol or as the text writes it ("acres", "metres", "C",
/// "Celsius"): rule writers copy the unit from the copy.
pub fn measure_named(name: &str) -> Option<&'static Measure> {
    let lower = name.trim().to_lowercase();
    measure(name.trim()).or_else(|| {
        let symbol = match lower.as_str() {
            "c" | "celsius" | "centigrade" | "degc" => "°C",
            "f" | "fahrenheit" | "degf" => "°F",
            w => measure_word(w).or_else(|| measure_word(w.strip_suffix('s')?))?,
        };
        measure(symbol)
    })
}

/// A symbol that says its unit when written after a figure. A lone "m", "t", "l", "W" or a
/// short word ("in", "mi", "yd") says too little: "a 2m wall" may be metres or millions.
pub fn written_symbol(w: &str) -> Option<&'static Measure> {
    measure(w).filter(|m| !matches!(m.symbol, "m" | "t" | "l" | "in" | "mi" | "yd" | "W"))
}

/// A symbol written in capitals, as headlines, tables and wire copy shout them ("29KM", "5 KG",
/// "70 MPH"). Only the symbols that mean the same in capitals: "MM" is finance's millions,
/// "ML" a megalitre, "MW" a megawatt, "M" a million.
pub fn shouted_symbol(w: &str) -> Option<&'static str> {
    Some(match w {
        "KM" => "km",
        "KG" | "KGS" => "kg",
        "CM" => "cm",
        "MG" => "mg",
        "FT" => "ft",
        "LBS" => "lb",
        "MPH" => "mph",
        "KMH" | "KPH" => "km/h",
        "KW" => "kW",
        "KWH" => "kWh",
        _ => return None,
    })
}

/// What a company reports for a period ("third-quarter revenue", "first-half profit").
pub fn business_noun(w: &str) -> bool {
    matches!(
        w,
        "revenue"
            | "revenues"
            | "profit"
            | "profits"
            | "earnings"
            | "results"
            | "sales"
            | "loss"
            | "losses"
            | "output"
            | "growth"
            | "gdp"
            | "figures"
            | "net"
            | "operating"
            | "deliveries"
            | "shipments"
            | "income"
            | "margin"
            | "margins"
            | "dividend"
            | "turnover"
            | "production"
            | "orders"
            | "bookings"
            | "guidance"
    )
}

/// Verbs of a contest, after which "0-2" is a score ("lost 0-2", "leads 3-1").
pub fn contest_verb(w: &str) -> bool {
    matches!(
        w,
        "won"
            | "win"
            | "wins"
            | "lost"
            | "lose"
            | "loses"
            | "drew"
            | "draw"
            | "beat"
            | "beats"
            | "led"
            | "leads"
            | "lead"
            | "trail"
            | "trails"
            | "trailed"
            | "voted"
            | "vote"
            | "votes"
            | "ruled"
            | "score"
            | "scored"
    )
}

/// Nouns a score or a tally stands before ("a 2-3 defeat", "a 5-4 ruling").
pub fn score_noun(w: &str) -> bool {
    matches!(
        w,
        "win"
            | "victory"
            | "defeat"
            | "loss"
            | "draw"
            | "lead"
            | "deficit"
            | "scoreline"
            | "thrashing"
            | "ruling"
            | "decision"
            | "vote"
            | "verdict"
            | "majority"
            | "split"
            | "aggregate"
            | "home"
            | "away"
    )
}

/// Nouns for people, after which "under five" or "over 65" is an age.
pub fn people_noun(w: &str) -> bool {
    matches!(
        w,
        "children"
            | "kids"
            | "people"
            | "adults"
            | "pupils"
            | "boys"
            | "girls"
            | "those"
            | "anyone"
            | "everyone"
            | "men"
            | "women"
            | "patients"
            | "residents"
            | "infants"
            | "babies"
            | "youngsters"
            | "teenagers"
            | "voters"
            | "drivers"
            | "pensioners"
            | "players"
    )
}

/// Adjectives that pick out members of a group before their noun ("for every current
/// resident", "per new member"), in lower case.
pub fn adjective_of_members(w: &str) -> bool {
    matches!(
        w,
        "current"
            | "new"
            | "single"
            | "extra"
            | "additional"
            | "registered"
            | "eligible"
            | "adult"
            | "young"
            | "local"
            | "foreign"
            | "individual"
            | "remaining"
            | "existing"
            | "former"
            | "active"
            | "average"
            | "typical"
    )
}

/// Verbs of change that a figure follows as the amount of the change ("fell by 12,000",
/// "rose 3%"), in lower case.
/// Verbs that change a figure named as their object: "lift the retirement age from 65 to 67",
/// "lifts the defence budget by €4.3bn to €61.5bn".
pub fn verb_of_change_with_object(w: &str) -> bool {
    matches!(
        w,
        "raise"
            | "raises"
            | "raised"
            | "lift"
            | "lifts"
            | "lifted"
            | "boost"
            | "boosts"
            | "boosted"
            | "cut"
            | "cuts"
            | "lower"
            | "lowers"
            | "lowered"
            | "increase"
            | "reduce"
            | "reduces"
            | "reduced"
            | "trim"
            | "trims"
            | "trimmed"
    )
}

pub fn change_verb(w: &str) -> bool {
    matches!(
        w,
        "rose"
            | "rise"
            | "rises"
            | "risen"
            | "fell"
            | "fall"
            | "falls"
            | "fallen"
            | "dropped"
            | "drop"
            | "drops"
            | "climbed"
            | "climbs"
            | "grew"
            | "grows"
            | "grown"
            | "increased"
            | "increases"
            | "decreased"
            | "decreases"
            | "jumped"
            | "slumped"
            | "declined"
            | "slipped"
            | "gained"
            | "lost"
            | "shrank"
            | "shrunk"
            | "raised"
            | "lowered"
            | "reduced"
            | "soared"
            | "surged"
            | "plunged"
            | "tumbled"
            | "eased"
            | "edged"
            | "narrowed"
            | "widened"
            | "swelled"
            // The base, third-person and -ing forms ("will climb by £38m to £412m").
            | "climb"
            | "grow"
            | "increase"
            | "decrease"
            | "jump"
            | "slump"
            | "decline"
            | "shrink"
            | "soar"
            | "surge"
            | "plunge"
            | "tumble"
            | "widen"
            | "narrow"
            | "swell"
            | "jumps"
            | "slumps"
            | "declines"
            | "slips"
            | "soars"
            | "surges"
            | "plunges"
            | "tumbles"
            | "widens"
            | "narrows"
            | "swells"
            | "shrinks"
            | "rising"
            | "falling"
            | "climbing"
            | "growing"
            | "increasing"
            | "dropping"
    )
}

/// Verbs in the present that are no nouns ("£1.3m gets", "a cool change on Friday brings"):
/// after a figure they end its noun, after a date they tell the time of the clause.
pub const PRESENT_VERBS: &[&str] = &[
    "gets", "goes", "makes", "takes", "seems", "comes", "gives", "puts", "becomes", "wants", "keeps", "tells",
    "brings", "includes", "asks", "knows", "thinks", "adds", "pays", "helps",
];

/// Verbs in the present of what a subject has or does as a standing state ("employs 4,000
/// people", "runs 12 stores"): a predicate of the time of writing, whatever date an earlier one
/// of the same subject names ("was founded in 1998 and employs 4,000 people").
pub const STATE_VERBS_PRESENT: &[&str] = &[
    "attracts", "boasts", "carries", "controls", "earns", "employs", "holds", "hosts", "manages", "operates",
    "oversees", "owns", "produces", "remains", "runs", "serves", "supplies", "teaches", "treats",
];

/// Irregular verbs in the past tense, which tell that a date after them is past ("the ferry
/// sank on 2 December"). Sorted, for binary search.
pub const IRREGULAR_PAST: &[&str] = &[
    "ate",
    "became",
    "began",
    "bit",
    "bled",
    "bought",
    "broke",
    "brought",
    "built",
    "came",
    "caught",
    "chose",
    "dealt",
    "drew",
    "drove",
    "dug",
    "fed",
    "fell",
    "felt",
    "fled",
    "flew",
    "forgot",
    "fought",
    "found",
    "froze",
    "gave",
    "got",
    "grew",
    "heard",
    "held",
    "hid",
    "hung",
    "kept",
    "knew",
    "laid",
    "led",
    "left",
    "lent",
    "lit",
    "lost",
    "made",
    "meant",
    "met",
    "overthrew",
    "overtook",
    "paid",
    "ran",
    "rang",
    "rode",
    "rose",
    "said",
    "sang",
    "sank",
    "sat",
    "saw",
    "sent",
    "shook",
    "shot",
    "slept",
    "slid",
    "sold",
    "sought",
    "spent",
    "spoke",
    "stole",
    "stood",
    "struck",
    "stuck",
    "swam",
    "swept",
    "swore",
    "swung",
    "taught",
    "thought",
    "threw",
    "told",
    "took",
    "tore",
    "understood",
    "undertook",
    "upheld",
    "went",
    "wept",
    "withdrew",
    "woke",
    "won",
    "wore",
    "wrote",
];

/// Adjectives of size that say a lone "m" before them is metres: "300m long", "a 2m-high wall".
pub fn size_adjective(w: &str) -> bool {
    matches!(
        w,
        "long" | "tall" | "high" | "wide" | "deep" | "thick" | "away" | "across" | "below" | "above" | "underground"
    )
}

/// A unit written as a word, lower case: "kilometres", "acres", "tonnes", "degrees".
pub fn measure_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "millimetre" | "millimetres" | "millimeter" | "millimeters" => "mm",
        "centimetre" | "centimetres" | "centimeter" | "centimeters" => "cm",
        "metre" | "metres" | "meter" | "meters" => "m",
        "kilometre" | "kilometres" | "kilometer" | "kilometers" => "km",
        "inch" | "inches" => "in",
        "foot" | "feet" => "ft",
        "yard" | "yards" => "yd",
        "mile" | "miles" => "mi",
        "microgram" | "micrograms" | "microgramme" | "microgrammes" => "µg",
        "milligram" | "milligrams" | "milligramme" | "milligrammes" => "mg",
        "gram" | "grams" | "gramme" | "grammes" => "g",
        "kilogram" | "kilograms" | "kilogramme" | "kilogrammes" | "kilo" | "kilos" => "kg",
        "tonne" | "tonnes" | "metric ton" => "t",
        "ton" | "tons" => "ton",
        "lbs" => "lb",
        "ounce" | "ounces" => "oz",
        "hectare" | "hectares" => "ha",
        "acre" | "acres" => "acre",
        "litre" | "litres" | "liter" | "liters" => "l",
        "millilitre" | "millilitres" | "milliliter" | "milliliters" => "ml",
        "megalitre" | "megalitres" | "megaliter" | "megaliters" => "Ml",
        "gallon" | "gallons" => "gal",
        "barrel" | "barrels" => "bbl",
        "knot" | "knots" => "kn",
        "kph" | "kmh" => "km/h",
        "watt" | "watts" => "W",
        "kilowatt" | "kilowatts" => "kW",
        "megawatt" | "megawatts" => "MW",
        "gigawatt" | "gigawatts" => "GW",
        "kilowatt-hour" | "kilowatt-hours" => "kWh",
        "megawatt-hour" | "megawatt-hours" => "MWh",
        "gigawatt-hour" | "gigawatt-hours" => "GWh",
        "terawatt-hour" | "terawatt-hours" => "TWh",
        "gigabyte" | "gigabytes" => "GB",
        "terabyte" | "terabytes" => "TB",
        "megabyte" | "megabytes" => "MB",
        "petabyte" | "petabytes" => "PB",
        "kilobyte" | "kilobytes" => "KB",
        "kmph" => "km/h",
        "hectopascal" | "hectopascals" => "hPa",
        "millibar" | "millibars" => "mbar",
        "kilopascal" | "kilopascals" => "kPa",
        "kilovolt" | "kilovolts" => "kV",
        "hertz" => "Hz",
        "kilohertz" => "kHz",
        "megahertz" => "MHz",
        "gigahertz" => "GHz",
        "decibel" | "decibels" => "dB",
        "microsievert" | "microsieverts" => "µSv",
        "millisievert" | "millisieverts" => "mSv",
        "sievert" | "sieverts" => "Sv",
        "horsepower" => "hp",
        "calorie" | "calories" | "kilocalorie" | "kilocalories" => "kcal",
        "kilojoule" | "kilojoules" => "kJ",
        "megajoule" | "megajoules" => "MJ",
        _ => return None,
    })
}

/// What a noun of a reading measures: a share of a whole (a band of it is percentages) or a
/// level in some unit (temperatures, speeds).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    Share,
    Level,
}

/// Nouns whose values are read off a scale, so that "in the mid-60s" after them is a band of
/// values ("turnout", "approval", "temperatures"), not a decade.
pub fn reading_noun(w: &str) -> Option<Reading> {
    match w {
        "turnout" | "approval" | "support" | "share" | "inflation" | "unemployment" | "occupancy" | "humidity"
        | "polls" | "polling" => Some(Reading::Share),
        "temperature" | "temperatures" | "highs" | "lows" | "mercury" | "thermometer" | "readings" | "speeds"
        | "winds" | "gusts" | "scores" | "score" | "rating" | "ratings" => Some(Reading::Level),
        _ => None,
    }
}
