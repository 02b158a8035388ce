//! Stage 3: turn expressions into claims by reading the sentence around them (DESIGN §4): the
//! counted noun, rates, the attributed source, modality, the as-of date, and ages of things.

use std::ops::Range;

use jiff::ToSpan;
use jiff::civil::Date;

use crate::error::ceil_char_boundary;
use crate::load::Document;
use crate::scan::{self, DateContext, DateSpan, DurationUnit, Expression, Grain, Hedge, Kind, Prefer, SeasonModel};

/// A word of the text, lower-cased, possessive `'s` dropped, apostrophes straightened.
#[derive(Debug, Clone)]
pub struct Word {
    pub text: String,
    pub span: Range<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Modality {
    Asserted,
    Projected,
    Requested,
    Negated,
    /// A figure the copy says a revision replaced: "revised down to 0.5% from an initial
    /// estimate of 0.6%".
    Superseded,
}

impl Modality {
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Projected => "projection",
            Modality::Requested => "request",
            Modality::Negated => "negated",
            Modality::Superseded => "superseded",
        }
    }
}

/// Where in its life a thing is said to be: "in its third year", "heading into", "towards".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgePhase {
    In,
    Entering,
    Approaching,
}

/// A claim about how old something is, which implies when it started.
#[derive(Debug, Clone, PartialEq)]
pub enum Age {
    /// "its third year": ordinal period.
    Ordinal { n: u32, unit: DurationUnit, phase: AgePhase },
    /// "an almost three-year-long war": the expression's duration.
    Duration,
    /// "Peter Vance, 61, was jailed", "the driver (44)": a person's age in whole years, set off
    /// after the name.
    Years,
}

#[derive(Debug, Clone)]
pub struct Claim {
    /// Index of the document in the run.
    pub doc: usize,
    pub expr: Expression,
    /// The claim as written, e.g. "Around 1,500 troops" (byte range in the document).
    pub span: Range<usize>,
    pub sentence: Range<usize>,
    /// Word indices of the sentence and the one before it, for context matching.
    pub sentence_words: Range<usize>,
    pub prev_sentence_words: Range<usize>,
    /// Word indices of the counted noun phrase ("North Korean soldiers").
    pub noun_words: Range<usize>,
    /// The part of the sentence that belongs to this figure: from the previous figure (not date)
    /// in the sentence to the next one. Its dates are the candidates for the as-of date.
    pub segment: Range<usize>,
    /// Word indices of the segment, cut after the figure at the end of its clause: where
    /// `near`/`not_near` look ("10,000 are in Russia, and most of them moved to Kursk").
    pub scope_words: Range<usize>,
    /// The noun was carried over from an earlier figure in the sentence ("a number that could rise to 10,000").
    pub noun_inherited: bool,
    /// Where the subject of the figure is looked for: its own position, or for an inherited
    /// noun the position of the figure it was inherited from.
    pub anchor: Range<usize>,
    /// Rate denominators: "soldier", "month", "day".
    pub per: Vec<String>,
    /// The figure is the base of a ratio ("one interpreter for every 30 troops").
    pub ratio_base: bool,
    /// The figure is the whole a part is counted from ("148 of the 310 seats"): its noun is
    /// counted, but not for the subject of the part.
    pub whole: bool,
    /// The figure is a gap to another, not a count of its noun ("eight seats short of a
    /// majority").
    pub gap: bool,
    pub modality: Modality,
    pub source: Option<String>,
    /// The time the figure describes.
    pub as_of: Option<DateSpan>,
    pub as_of_explicit: bool,
    /// The figure counts within a stretch of the story, not all of it: "in the past week
    /// alone", "over the last 24 hours", "on Friday alone". No running total.
    pub period_figure: bool,
    /// The figure is told as an addition to a total or a change in it, not the total: "another
    /// 400 soldiers", "400 more", "added €5 million", "rose by 9 to 23".
    pub not_the_total: bool,
    /// The figure is of another event than the story's ("In 2019, a similar storm killed 23
    /// people"): no rule on the story's figures selects it.
    pub other_event: bool,
    /// The figure is a part of another in the sentence ("20 million euros, including €5 million
    /// from Brussels", "2,000 of the 6,500 people"): the index of that whole. A rule that counts
    /// the whole leaves the part out; one that counts only the part keeps it.
    pub part_of: Option<usize>,
    pub age: Option<Age>,
    /// When the age was told of, if the sentence dates it ("arrested in 2005, aged 24"): what
    /// it counts back from instead of the day of writing.
    pub age_told_at: Option<DateSpan>,
    pub reference: Option<Date>,
    /// The figure is a revision of an earlier one ("revised down to 0.5%"): it replaces what
    /// earlier reports gave for the same time.
    pub revision: bool,
}

/// A document's claims with the word index the rules match against.
#[derive(Debug, Clone)]
pub struct Analysis {
    pub words: Vec<Word>,
    pub claims: Vec<Claim>,
}

#[derive(Debug, Clone, Copy, Default)]
pub struct ClaimOptions {
    pub seasons: SeasonModel,
    pub southern: bool,
    pub prefer: Prefer,
}

pub fn analyse(doc_index: usize, doc: &Document, opts: &ClaimOptions) -> Analysis {
    let ctx = DateContext {
        reference: doc.date,
        prefer: opts.prefer,
        seasons: opts.seasons,
        southern: opts.southern,
        past_tense: false,
        told_ahead: false,
    };
    let prose = &doc.prose;
    let exprs = scan::scan(prose, &ctx);
    let sentences = joined_around(sentences(prose, doc.markdown), &exprs);
    // Only sentences with a figure, and the sentence before each (for subjects), need words.
    let mut needed = vec![false; sentences.len()];
    let mut si = 0;
    for e in &exprs {
        while si + 1 < sentences.len() && sentences[si].end <= e.span.start {
            si += 1;
        }
        if let Some(n) = needed.get_mut(si) {
            *n = true;
        }
        if si > 0 {
            needed[si - 1] = true;
        }
    }
    // Table rows too: a cell's header row may lie several rows up (column_header), and the
    // sentence before the table is every row's lead-in (its subject: "estimates of North
    // Korean forces").
    let table_row: Vec<bool> = sentences.iter().map(|r| prose[r.clone()].trim_start().starts_with('|')).collect();
    // The lead-in is the caption's paragraph, up to three sentences ("North Korean troops sent
    // to Russia, by source. Figures are the latest each gave."), as `first..=last` sentence.
    let mut lead_in: Vec<Option<(usize, usize)>> = vec![None; sentences.len()];
    let mut last_prose = None;
    for k in 0..sentences.len() {
        if !table_row[k] {
            last_prose = Some(k);
            continue;
        }
        let Some(l) = last_prose else {
            needed[k] = true;
            continue;
        };
        let mut first = l;
        while first > 0
            && l - first < 2
            && !table_row[first - 1]
            && !prose[sentences[first - 1].end..sentences[first].start].contains("\n\n")
        {
            first -= 1;
        }
        lead_in[k] = Some((first, l));
        needed[k] = true;
        needed[first..=l].iter_mut().for_each(|n| *n = true);
    }
    let mut words = Vec::new();
    for (r, _) in sentences.iter().zip(&needed).filter(|(_, n)| **n) {
        tokenize_into(prose, r.clone(), &mut words);
    }
    let mut claims: Vec<Claim> = Vec::with_capacity(exprs.len());
    let mut sent_idx = 0;
    for expr in exprs {
        while sent_idx + 1 < sentences.len() && sentences[sent_idx].end <= expr.span.start {
            sent_idx += 1;
        }
        let sentence = sentences.get(sent_idx).cloned().unwrap_or(0..prose.len());
        let sentence_words = word_range(&words, &sentence);
        let prev = if table_row[sent_idx] { lead_in[sent_idx] } else { sent_idx.checked_sub(1).map(|p| (p, p)) };
        let prev_sentence_words =
            prev.map_or(0..0, |(first, last)| word_range(&words, &(sentences[first].start..sentences[last].end)));
        claims.push(Claim {
            doc: doc_index,
            span: expr.span.clone(),
            anchor: expr.span.clone(),
            expr,
            sentence,
            sentence_words,
            prev_sentence_words,
            noun_words: 0..0,
            segment: 0..0,
            scope_words: 0..0,
            noun_inherited: false,
            per: Vec::new(),
            ratio_base: false,
            whole: false,
            gap: false,
            modality: Modality::Asserted,
            source: None,
            as_of: None,
            as_of_explicit: false,
            period_figure: false,
            not_the_total: false,
            other_event: false,
            part_of: None,
            age: None,
            age_told_at: None,
            reference: doc.date,
            revision: false,
        });
    }
    // The figures that bound each claim's clause, found in one pass each way: for a figure the
    // nearest other figure (no date, ordinal, duration or label), for a date the nearest date
    // (no year that names a noun's period) — in its sentence. (Searched per claim, a row of
    // thousands of labels was read back to its start for each.)
    let bounds_clause = |m: usize, dates: bool| {
        let e = &claims[m].expr;
        !e.label
            && if dates {
                e.kind == Kind::Date && year_of_a_noun(prose, e).is_none()
            } else {
                !matches!(e.kind, Kind::Date | Kind::Ordinal | Kind::Duration)
            }
    };
    let nearest = |order: &mut dyn Iterator<Item = usize>| {
        let mut out = vec![[None::<usize>; 2]; claims.len()];
        let mut last: [Option<usize>; 2] = [None, None];
        let mut sentence = None;
        for m in order {
            if sentence != Some(claims[m].sentence.clone()) {
                last = [None, None];
                sentence = Some(claims[m].sentence.clone());
            }
            out[m] = last;
            for (class, dates) in [(0, false), (1, true)] {
                if bounds_clause(m, dates) {
                    last[class] = Some(m);
                }
            }
        }
        out
    };
    let prev_bound = nearest(&mut (0..claims.len()));
    let next_bound = nearest(&mut (0..claims.len()).rev());
    for k in 0..claims.len() {
        let c = &claims[k];
        // (An ordinal or a span is no figure of its own here: "410,000 were vaccinated in a first
        // round in August" is August's, "78mm in 24 hours on the 19th" the 19th's.)
        // (Nor is a label: "as a Category 4 storm with winds of 140 mph" is one clause.)
        // A date's own clause is cut at the dates beside it instead: "touched down on Sunday, 23
        // days after its launch on 8 November" names the landing's day and the launch's, and in
        // "reached 41.2C on Tuesday" the figure and its day share the verb.
        let is_date = c.expr.kind == Kind::Date;
        // ("unveiled a €412 billion budget for 2026 on Tuesday": a year that names a noun's
        // period is no date of the sentence's, and cuts no date's clause.)
        let class = usize::from(is_date);
        let prev = prev_bound[k][class];
        let prev_end = prev.map(|m| claims[m].expr.span.end).unwrap_or(c.sentence.start);
        // "The capital grew by 11% to 1.93 million": a level after its change shares the
        // change's clause (and subject).
        // ("Shares jumped 24% on Monday to $40.10": a day between them is no clause.)
        let level_after_change = prev.filter(|&m| {
            let gap = prose[prev_end..c.expr.span.start].trim();
            if !(gap == "to" || gap.ends_with(" to")) {
                return false;
            }
            // The gap without the dates in it is "to" alone.
            let to = claims[m + 1..k]
                .iter()
                .filter(|d| d.expr.kind == Kind::Date)
                .map(|d| d.expr.span.clone())
                .chain(std::iter::once(c.expr.span.start..c.expr.span.start))
                .scan(prev_end, |at, d| {
                    let piece = prose.get(*at..d.start).unwrap_or("|");
                    *at = d.end;
                    Some(piece)
                })
                .flat_map(str::split_whitespace)
                .eq(["to"]);
            let verb = scan::date::last_word(&prose[c.sentence.start..claims[m].expr.span.start]);
            to && (verb == "by" || scan::lexicon::change_verb(&verb))
        });
        let next = next_bound[k][class];
        let next_start = next.map(|m| claims[m].expr.span.start).unwrap_or(c.sentence.end);
        // "Investigators on Tuesday recovered the recorders from the jet that ran off the runway
        // on February 2": between two dates, a relative clause is the second date's.
        let date_beside = |m: Option<usize>| is_date && m.is_some();
        let relative_at = |gap: &str, last: bool| {
            let hits =
                [" that ", " which ", " who "].into_iter().filter_map(|p| gap.find(p).map(|n| (n, gap.rfind(p))));
            if last { hits.filter_map(|(_, r)| r).max() } else { hits.map(|(n, _)| n).min() }
        };
        let clause_end = prose[c.expr.span.end..next_start]
            .find([',', ';', ':', '(', '—', '–'])
            .map(|n| c.expr.span.end + n)
            .unwrap_or(next_start);
        // ("which launched on November 8 and landed on Sunday": a date's verb stands before it,
        // and after "and" comes the next date's.)
        // ("collected 88 points and lost four of 38 games": after "and", a verb in the past
        // opens a predicate of its own, for any figure.)
        let clause_end = if is_date {
            prose[c.expr.span.end..clause_end].find(" and ").map_or(clause_end, |n| c.expr.span.end + n)
        } else {
            match prose[c.expr.span.end..clause_end].find(" and ") {
                Some(n) if past_verb_opens(&prose[c.expr.span.end + n + 5..clause_end]) => c.expr.span.end + n,
                _ => clause_end,
            }
        };
        // ("The €421 billion budget raises defence spending to €65.1 billion", "sets spending at
        // about €412bn and lifts the defence budget by €4.3bn": what a verb of change changes
        // is the next figure's, not this one's.)
        let clause_end = if is_date || next.is_none() {
            clause_end
        } else {
            changed_object_at(&prose[c.expr.span.end..clause_end]).map_or(clause_end, |n| c.expr.span.end + n)
        };
        let clause_end = if date_beside(next) {
            relative_at(&prose[c.expr.span.end..clause_end], false).map_or(clause_end, |n| c.expr.span.end + n)
        } else {
            clause_end
        };
        // After an earlier figure, this one's clause starts at the last boundary before it (the
        // earlier figure's predicate is not this one's); the first figure keeps any lead-in
        // ("In Kursk, some 11,000 …").
        let clause_start = if let Some(m) = level_after_change {
            claims[m].segment.start
        } else if prev_end > c.sentence.start {
            prose[prev_end..c.expr.span.start]
                .rfind([',', ';', ':', ')', '—', '–'])
                .map(|n| prev_end + n + prose[prev_end + n..].chars().next().map_or(1, char::len_utf8))
                .or_else(|| {
                    // ("said it had carried 1.2 million passengers last year and that its six
                    // ships passed inspection in May": a second reported clause.)
                    let gap = &prose[prev_end..c.expr.span.start];
                    [" and that ", " but that "].iter().find_map(|j| gap.rfind(j).map(|n| prev_end + n + j.len()))
                })
                .unwrap_or_else(|| prev_end + noun_then_and(&prose[prev_end..c.expr.span.start]))
        } else {
            // (Not across a semicolon: "a plant planned for 2028; the first phase, costing
            // €410m, …".)
            prose[prev_end..c.expr.span.start].rfind(';').map_or(prev_end, |n| prev_end + n + 1)
        };
        // "21 people still missing out of the 224 on board": the whole's clause starts at its
        // "of" (the part's words are not the whole's).
        let clause_start = match prev.map(|m| &claims[m].expr) {
            Some(p) if p.kind == Kind::Number && c.expr.kind == Kind::Number && clause_start < c.expr.span.start => {
                // (Only a part's "of" or "out of": not "68,350, a margin of just over 20,000".)
                let gap = &prose[clause_start..c.expr.span.start];
                let of_at = if gap.contains([',', ';', ':', '(', ')', '—', '–']) {
                    None
                } else if gap.trim_start().starts_with("of ") {
                    gap.find("of ")
                } else {
                    gap.rfind(" out of ").map(|n| n + 5)
                };
                match of_at {
                    Some(n) if whole_follows_of(&gap[n..]) => clause_start + n,
                    _ => clause_start,
                }
            }
            _ => clause_start,
        };
        // "Unemployment rose to 4.7% in June from 4.6% in May": the figure a change came from
        // starts its clause at "from" (June is the 4.7%'s).
        let clause_start = match prev {
            Some(_) if !is_date && clause_start < c.expr.span.start => {
                let gap = &prose[clause_start..c.expr.span.start];
                match gap.trim_end().rfind(' ').map_or(0, |n| n + 1) {
                    n if gap.trim_end()[n..].eq_ignore_ascii_case("from") && n > 0 => clause_start + n,
                    _ => clause_start,
                }
            }
            _ => clause_start,
        };
        let clause_start = if date_beside(prev) && clause_start < c.expr.span.start {
            relative_at(&prose[clause_start..c.expr.span.start], true).map_or(clause_start, |n| clause_start + n + 1)
        } else {
            clause_start
        };
        let scope = match is_date.then(|| year_of_a_noun(prose, &c.expr)).flatten() {
            Some(noun_and_year) => noun_and_year,
            None => clause_start..clause_end,
        };
        claims[k].scope_words = word_range(&words, &scope);
        // Dates before the figure count only inside its clause; after it, up to the next figure
        // ("…, officials said on Thursday").
        claims[k].segment = clause_start..next_start;
    }
    let mut sentence_sources: Option<(Range<usize>, SentenceSources)> = None;
    let mut table = TableMemo::default();
    for k in 0..claims.len() {
        let sw = claims[k].sentence_words.clone();
        if sentence_sources.as_ref().is_none_or(|(r, _)| *r != sw) {
            sentence_sources = Some((sw.clone(), SentenceSources::new(&words, sw, prose)));
        }
        if let Some((_, sources)) = &sentence_sources {
            enrich(k, &mut claims, &words, prose, sources, &ctx, &mut table);
        }
    }
    for k in 0..claims.len().saturating_sub(1) {
        subset_of_next(k, &mut claims, &words, prose);
    }
    for k in 1..claims.len() {
        superseded_by_the_next_sentence(k, &mut claims, &words);
    }
    Analysis { words, claims }
}

/// "Officials said 200 homes were damaged. The figure was later revised to 180": a revision
/// whose sentence opens on the figure before it ("the figure", "the toll", "it") replaces the
/// last figure of the same kind and unit in the sentence before, which the copy itself no
/// longer stands by (it was one report's two figures for one fact).
fn superseded_by_the_next_sentence(k: usize, claims: &mut [Claim], words: &[Word]) {
    let c = &claims[k];
    if !c.revision || c.expr.kind == Kind::Date || c.prev_sentence_words.is_empty() {
        return;
    }
    let opening: Vec<&str> = words[c.sentence_words.clone()].iter().take(3).map(|w| w.text.as_str()).collect();
    let refers_back = match opening.as_slice() {
        ["the" | "that" | "this", next, ..] => {
            matches!(*next, "figure" | "toll" | "count" | "number" | "total" | "tally" | "estimate")
                || opening[0] != "the" && matches!(*next, "was" | "has" | "had")
        }
        ["it", verb, ..] => matches!(*verb, "was" | "has" | "had"),
        _ => false,
    };
    if !refers_back {
        return;
    }
    let (kind, unit, sentence_start) = (c.expr.kind, c.expr.unit, c.sentence.start);
    let before = claims[..k]
        .iter()
        .rposition(|p| p.sentence.end <= sentence_start && p.expr.kind == kind && p.expr.unit == unit);
    if let Some(m) = before {
        let p = &claims[m];
        // (Only the sentence right before: its words are the revision's previous sentence.)
        let in_previous = words.get(p.sentence_words.start).is_some_and(|_| {
            p.sentence_words.start >= c.prev_sentence_words.start && p.sentence_words.end <= c.prev_sentence_words.end
        });
        if in_previous && p.modality == Modality::Asserted {
            claims[m].modality = Modality::Superseded;
        }
    }
}

/// "Around 4,000 of the roughly 11,000 soldiers sent were killed": a figure that is a part of
/// the next one counts what the clause's casualty verb says about that next figure's noun.
fn subset_of_next(k: usize, claims: &mut [Claim], words: &[Word], prose: &str) {
    let (c, next) = (&claims[k], &claims[k + 1]);
    if !c.noun_words.is_empty()
        || c.expr.kind != Kind::Number
        || next.sentence != c.sentence
        || next.noun_words.is_empty()
    {
        return;
    }
    let between = prose[c.expr.span.end..next.expr.span.start].trim().to_ascii_lowercase();
    if !matches!(
        between.as_str(),
        "of" | "of the" | "of those" | "of its" | "of their" | "of some" | "out of" | "out of the"
    ) {
        return;
    }
    let sw = &c.sentence_words;
    let mut j = next.noun_words.end;
    while j < sw.end && j - next.noun_words.end < 4 && !CASUALTY_WORDS.contains(&words[j].text.as_str()) {
        if prose[words[j - 1].span.end..words[j].span.start].contains([',', ';', '.', '(', ')', ':']) {
            return;
        }
        j += 1;
    }
    let Some(end) = casualty_predicate(words, j, sw.end) else { return };
    let noun = next.noun_words.start..end;
    let c = &mut claims[k];
    c.noun_words = noun;
    c.noun_inherited = true;
}

/// Do the words from `j` read "of them" or "of whom" (a figure counting a noun named before it)?
fn of_them_at(words: &[Word], j: usize) -> bool {
    words.get(j).is_some_and(|w| w.text == "of")
        && words.get(j + 1).is_some_and(|w| matches!(w.text.as_str(), "them" | "whom"))
}

/// The plural noun nearest before word `end` (from `start`) that is not inside an aside opened
/// by ", which", ", who" or ", where" ("Workers at the plant, which builds cars, …" → "workers").
fn referent_before(prose: &str, words: &[Word], start: usize, end: usize) -> Option<usize> {
    let comma_before = |m: usize| m > start && prose[words[m - 1].span.end..words[m].span.start].contains(',');
    let mut aside = vec![false; end - start];
    let mut open = false;
    for m in start..end {
        if comma_before(m) {
            open = matches!(words[m].text.as_str(), "which" | "who" | "where");
        }
        aside[m - start] = open;
    }
    (start..end).rev().find(|&m| {
        let lw = words[m].text.to_ascii_lowercase();
        !aside[m - start]
            && scan::number::plural_noun(&lw)
            && scan::lexicon::duration_unit(&lw).is_none()
            && !matches!(lw.as_str(), "them" | "others" | "those" | "these" | "figures" | "numbers")
    })
}

fn word_range(words: &[Word], r: &Range<usize>) -> Range<usize> {
    let a = words.partition_point(|w| w.span.start < r.start);
    let b = words.partition_point(|w| w.span.start < r.end);
    a..b
}

/// Splits prose into words with byte spans; `’s`/`'s` possessives are dropped.
pub fn tokenize(prose: &str) -> Vec<Word> {
    let mut out = Vec::new();
    tokenize_into(prose, 0..prose.len(), &mut out);
    out
}

/// Appends the words of `prose[range]` to `out`, one allocation per word.
fn tokenize_into(prose: &str, range: Range<usize>, out: &mut Vec<Word>) {
    let push = |out: &mut Vec<Word>, s: usize, e: usize| {
        let raw = &prose[s..e];
        let mut t = if raw.is_ascii() { raw.to_ascii_lowercase() } else { raw.replace('’', "'").to_lowercase() };
        if t.ends_with("'s") {
            t.truncate(t.len() - 2);
        }
        let trimmed = t.trim_matches('\'');
        if trimmed.len() != t.len() {
            t = trimmed.to_string();
        }
        if !t.is_empty() {
            out.push(Word { text: t, span: s..e });
        }
    };
    let base = range.start;
    let mut start = None;
    for (i, c) in prose[range.clone()].char_indices() {
        let i = base + i;
        // ("2,015 adults", "4.5%": a figure's separators between digits are inside its word,
        // so the comma of a thousand ends no clause and no source.)
        let grouping = matches!(c, ',' | '.')
            && start.is_some()
            && prose.as_bytes()[..i].last().is_some_and(u8::is_ascii_digit)
            && prose.as_bytes().get(i + 1).is_some_and(u8::is_ascii_digit)
            && i + 1 < range.end;
        let inside = c.is_alphanumeric() || grouping || ((c == '\'' || c == '’') && start.is_some());
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                push(out, s, i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        push(out, s, range.end);
    }
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "capt", "rep", "sen", "gov", "prof", "no", "vs", "etc",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "e.g", "i.e", "u.s",
    "u.k", "u.n",
];

/// Does this date phrase scope a figure to a stretch of the story rather than all of it so far?
/// A short window back from now ("in the past week", "over the last few days") or any date
/// followed by "alone" ("on Friday alone", "in December alone"). A longer window may be the
/// whole story ("sent some 15,000 troops over the past year" is the running total of a
/// deployment under a year old); "so far", "to date" and "since" phrases are totals up to now.
fn is_window(prose: &str, date: &scan::Expression) -> bool {
    let after = prose[date.span.end..].trim_start_matches([' ', ',']);
    let alone = after.get(..5).is_some_and(|w| w.eq_ignore_ascii_case("alone"));
    let text = &prose[date.span.clone()];
    let short = date.date.is_some_and(|d| (d.end - d.start).get_days() <= 31);
    let rolling = date.date_bound == Some("over")
        && short
        && text.split_whitespace().any(|w| matches!(w.to_ascii_lowercase().as_str(), "past" | "last" | "previous"));
    alone || rolling
}

/// Sentences merged where an expression runs across a boundary ("since\n  Monday" in a list
/// item wrapped onto an indented line): every claim lies within one sentence.
fn joined_around(sentences: Vec<Range<usize>>, exprs: &[scan::Expression]) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::with_capacity(sentences.len());
    let mut e = 0;
    for s in sentences {
        while e < exprs.len() && exprs[e].span.end <= s.start {
            e += 1;
        }
        let crosses = out.last().is_some_and(|last| {
            exprs[e..].iter().take_while(|x| x.span.start < s.start).any(|x| x.span.end > last.end.min(s.start))
        });
        match out.last_mut() {
            Some(last) if crosses => last.end = s.end,
            _ => out.push(s),
        }
    }
    out
}

/// Sentence boundaries. A line break ends a sentence when the line ends in terminal punctuation
/// or the next starts a list item; a blank line always does. Markdown wraps lines mid-sentence.
pub fn sentences(prose: &str, soft_wrap: bool) -> Vec<Range<usize>> {
    let b = prose.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let mut cut = None;
        if matches!(c, b'.' | b'!' | b'?') {
            let mut j = i + 1;
            while j < b.len() && matches!(b[j], b'"' | b'\'' | b')') {
                j += 1;
            }
            if prose[j..].starts_with('”') || prose[j..].starts_with('’') {
                j += 3;
            }
            let next_is_space = j >= b.len() || b[j].is_ascii_whitespace();
            if next_is_space && !(c == b'.' && is_abbreviation(&prose[start..i])) {
                let after = prose[j..].trim_start();
                let starts_new = after.is_empty()
                    || after.starts_with(|ch: char| {
                        ch.is_uppercase() || ch.is_ascii_digit() || "\"“‘'([-–—*#".contains(ch)
                    });
                if starts_new {
                    cut = Some(j);
                }
            }
        } else if c == b'\n' {
            let line_before = prose[start..i].trim_end();
            let after = prose[i + 1..].trim_start_matches([' ', '\t', '\r']);
            let blank_line = after.starts_with('\n') || after.is_empty();
            // A list item, quote or heading (its marker blanked to spaces in Markdown, so the line
            // starts indented) or a table row starts a sentence of its own.
            let list_next = after.starts_with(['-', '*', '#', '•', '>', '|'])
                || (soft_wrap && prose[i + 1..].starts_with([' ', '\t']) && !after.is_empty());
            let ends_terminal = line_before.ends_with(['.', '!', '?', ':', '"', '”', '’', ')']);
            // Plain text puts one paragraph on a line; Markdown wraps sentences across lines.
            if !soft_wrap || blank_line || list_next || ends_terminal || line_before.is_empty() {
                cut = Some(i + 1);
            }
        }
        if let Some(end) = cut {
            if !prose[start..end].trim().is_empty() {
                out.push(start..end);
            }
            start = end;
            i = end;
            continue;
        }
        i += 1;
    }
    if start < b.len() && !prose[start..].trim().is_empty() {
        out.push(start..b.len());
    }
    out
}

fn is_abbreviation(before: &str) -> bool {
    let w = before.rsplit(|c: char| c.is_whitespace() || c == '(').next().unwrap_or("").to_ascii_lowercase();
    let w = w.trim_end_matches('.');
    (w.len() == 1 && w.chars().all(|c| c.is_alphabetic())) || ABBREVIATIONS.contains(&w)
}

const STOP: &[&str] = &[
    "of",
    "in",
    "to",
    "from",
    "for",
    "at",
    "on",
    "by",
    "with",
    "into",
    "across",
    "since",
    "during",
    "over",
    "under",
    "than",
    "as",
    "per",
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "have",
    "has",
    "had",
    "will",
    "would",
    "could",
    "may",
    "might",
    "should",
    "can",
    "who",
    "which",
    "that",
    "whom",
    "whose",
    "this",
    "these",
    "those",
    "it",
    "its",
    "their",
    "his",
    "her",
    "they",
    "he",
    "she",
    "we",
    "i",
    "you",
    "not",
    "no",
    "so",
    "if",
    "while",
    "when",
    "where",
    "after",
    "before",
    "because",
    "each",
    "every",
    "daily",
    "said",
    "says",
    "according",
    "more",
    "less",
    "now",
    "already",
    "also",
    "only",
    "still",
    "just",
    "there",
    "here",
    "about",
    "around",
    "some",
    "ago",
    "earlier",
    "later",
    "alongside",
    "along",
    "against",
    "among",
    "near",
    "toward",
    "towards",
    "through",
    "without",
    "within",
    "inside",
    "outside",
    "beyond",
    "behind",
    "amid",
    "despite",
    "like",
    "including",
    "via",
    "onto",
    "upon",
    "off",
    "out",
    "up",
    "down",
    "do",
    "did",
    "does",
    "than",
    "then",
    "yet",
    "all",
    "both",
    "either",
    "whether",
    "what",
    "how",
    "why",
    "say",
    "told",
    "though",
    "although",
    "unless",
    "whereas",
];

/// Auxiliaries and adverbs between a noun and its verb: "have been", "were reportedly".
const AUXILIARIES: &[&str] = &[
    "have",
    "has",
    "had",
    "been",
    "were",
    "was",
    "are",
    "is",
    "reportedly",
    "now",
    "already",
    // "31 still unaccounted for", "12 remain missing".
    "still",
    "remain",
    "remained",
    "remains",
    // "205 have been confirmed dead", "12 are feared killed", "40 were presumed dead": the
    // words of reporting a toll stand between the figure and its casualty word.
    "confirmed",
    "reported",
    "feared",
    "believed",
    "presumed",
    "officially",
    // "300 are believed to have died"
    "to",
];

/// Skips up to four auxiliaries (and the given extra words) from word `j`.
/// Verbs in the present after a plural subject that no noun spells the same way.
const PLURAL_PRESENT_VERBS: [&str; 9] =
    ["remain", "stay", "live", "continue", "seem", "appear", "await", "belong", "lack"];

/// Words before a figure that say what it counts is already known to the reader. ("That"
/// is left out: "denied that 12 soldiers were killed" opens a clause; "her" too: "did not pay
/// her £500" is an object of its own.)
const DEFINITE_DETERMINERS: [&str; 7] = ["the", "its", "their", "his", "our", "these", "those"];

/// Nouns of a line to be reached, not of a thing counted: "did not reach the 1,000 mark".
const THRESHOLD_NOUNS: [&str; 8] = ["mark", "threshold", "level", "milestone", "barrier", "target", "ceiling", "limit"];

fn skip_auxiliaries(words: &[Word], mut j: usize, end: usize, extra: &[&str]) -> usize {
    let start = j;
    while j < end
        && j - start < 4
        && (AUXILIARIES.contains(&words[j].text.as_str()) || extra.contains(&words[j].text.as_str()))
    {
        j += 1;
    }
    j
}

/// A casualty verb at word `k` ("killed", or "killed or wounded"): the end of the predicate.
fn casualty_predicate(words: &[Word], k: usize, end: usize) -> Option<usize> {
    if k >= end || !CASUALTY_WORDS.contains(&words[k].text.as_str()) {
        return None;
    }
    let pair = k + 2 < end
        && matches!(words[k + 1].text.as_str(), "or" | "and")
        && CASUALTY_WORDS.contains(&words[k + 2].text.as_str());
    let end_at = if pair { k + 3 } else { k + 1 };
    // ("unaccounted for".)
    Some(if end_at < end && words[end_at - 1].text == "unaccounted" && words[end_at].text == "for" {
        end_at + 1
    } else {
        end_at
    })
}

/// How many words before a figure, and how many figures, are read for what it counts (normal
/// sentences are far shorter; a table row of thousands of cells is one sentence).
const LEAD_IN_WORDS: usize = 200;

/// Past participles that do not end in -ed: "the 11,000 soldiers sent", "troops held back".
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "sent", "held", "brought", "taken", "seen", "given", "kept", "lost", "left", "made", "put", "found", "shown",
    "known", "thought", "said", "told", "paid", "built", "spent", "led", "fought", "hit", "flown", "drawn", "sworn",
    "thrown", "set", "sold", "bought", "won", "cut", "grown", "chosen", "begun",
];

const CASUALTY_WORDS: &[&str] =
    &["killed", "wounded", "injured", "dead", "missing", "captured", "died", "hurt", "unaccounted"];

fn enrich(
    k: usize,
    claims: &mut [Claim],
    words: &[Word],
    prose: &str,
    sources: &SentenceSources,
    ctx: &DateContext,
    table: &mut TableMemo,
) {
    let c = &claims[k];
    let sw = c.sentence_words.clone();
    let first_after = words.partition_point(|w| w.span.start < c.expr.span.end);
    let first_in = words.partition_point(|w| w.span.start < c.expr.span.start);
    let kind = c.expr.kind;

    // Counted noun phrase.
    let mut noun = first_after..first_after;
    // A share ("one in five soldiers") or a label ("Flight 17") counts no noun: neither the one
    // after it nor one inherited.
    // (Nor a fraction: "two-thirds of the cuts" is a part of something, no count of anything.)
    let fraction = kind == Kind::Number && c.expr.value.is_some_and(|v| v > 0.0 && v < 1.0);
    let counts = !c.expr.share && !c.expr.label && !fraction;
    // The noun ends where the next expression begins ("300 two days later").
    let next_expr = claims.get(k + 1).map_or(usize::MAX, |n| n.expr.span.start);
    if counts && matches!(kind, Kind::Number | Kind::Money | Kind::Percent | Kind::Quantity) && first_after < sw.end {
        let mut j = first_after;
        let mut prev_end = c.expr.span.end;
        while j < sw.end && j - first_after < 6 && words[j].span.start < next_expr {
            let w = &words[j];
            let gap = &prose[prev_end..w.span.start];
            if !gap.chars().all(|ch| ch.is_whitespace() || ch == '-') || gap.contains("\n\n") {
                break;
            }
            let t = w.text.as_str();
            let n = j - first_after;
            let conj_ok = (t == "or" || t == "and")
                && n > 0
                && CASUALTY_WORDS.contains(&words[j - 1].text.as_str())
                && words.get(j + 1).is_some_and(|x| CASUALTY_WORDS.contains(&x.text.as_str()));
            // ("400 more soldiers", "5 fewer buses": the noun after the comparative.)
            let comparative = n == 0 && matches!(t, "more" | "fewer");
            if (STOP.contains(&t) || t.contains('\'')) && !conj_ok && !comparative {
                break;
            }
            // ("Treasurer who took £1.3m gets eight years": a verb in the present ends it.)
            // ("Some 2,300 residents remain": or one after a plural.)
            if scan::lexicon::PRESENT_VERBS.contains(&t) || PLURAL_PRESENT_VERBS.contains(&t) {
                break;
            }
            // ("Around 54,000 nurses began a strike": a verb in the past ends the noun too.)
            let participle = t.ends_with("ing")
                || (t.ends_with("ed") && !CASUALTY_WORDS.contains(&t))
                || IRREGULAR_PARTICIPLES.contains(&t)
                || scan::lexicon::IRREGULAR_PAST.binary_search(&t).is_ok();
            // ("9 water-bombing aircraft": a participle glued by a hyphen is part of a modifier.)
            // ("12 deaths initially reported": an adverb after the noun ends it; "12 heavily
            // armed men" has none before.)
            if n > 0 && t.len() > 4 && t.ends_with("ly") && scan::number::plural_noun(&words[j - 1].text) {
                break;
            }
            // ("two new operating theatres": an -ing word between a modifier and a plural
            // noun is a modifier too; after a plural it starts a clause, "300 troops fighting".)
            // ("12 heavily armed men", "3 newly built homes": so is one after an adverb.)
            let modifier = n > 0
                && (t.ends_with("ing")
                    && !scan::number::plural_noun(&words[j - 1].text)
                    && scan::number::plural_count_follows(&prose[w.span.end..])
                    || words[j - 1].text.len() > 4 && words[j - 1].text.ends_with("ly"));
            if n > 0 && participle && !conj_ok && gap != "-" && !modifier {
                break;
            }
            if t.chars().all(|ch| ch.is_ascii_digit()) {
                break;
            }
            j += 1;
            prev_end = w.span.end;
        }
        // ("It needs 30 more.": the comparative alone counts nothing.)
        if j == first_after + 1 && matches!(words[first_after].text.as_str(), "more" | "fewer") {
            j = first_after;
        }
        noun = first_after..j;
        // "300 North Korean soldiers have been killed": a casualty verb right after the noun
        // says what the figure counts, so it joins the noun phrase.
        if j > first_after {
            let k = skip_auxiliaries(words, j, sw.end, &["all"]);
            let clause_ok = k < sw.end
                && !prose[words[j - 1].span.end..words[k].span.start].contains([',', ';', '.', '(', ')', ':']);
            if let Some(end) = casualty_predicate(words, k, sw.end).filter(|_| clause_ok) {
                noun = first_after..end;
            }
        }
    }
    let mut inherited = false;
    let mut anchor = c.expr.span.clone();
    // "about 300 have died", "600 of them were killed": the predicate says what is counted.
    if counts && noun.is_empty() && kind == Kind::Number {
        let mut j = first_after;
        if j + 1 < sw.end
            && words[j].text == "of"
            && matches!(words[j + 1].text.as_str(), "them" | "whom" | "those" | "these")
        {
            j += 2;
        }
        let start = j;
        let j = skip_auxiliaries(words, j, sw.end, &["since"]);
        let clause_ok =
            j < sw.end && !prose[c.expr.span.end..words[j].span.start].contains([',', ';', '.', '(', ')', ':']);
        if let Some(end) = casualty_predicate(words, j, sw.end).filter(|_| clause_ok && j > start) {
            noun = j..end;
        }
    }
    // "Workers at the plant, which builds cars, learned that 1,500 of them would lose their
    // jobs": with no figure before it in the sentence, "of them" counts the plural noun the
    // sentence named last outside an aside.
    if counts && noun.is_empty() && kind == Kind::Number && first_after + 1 < sw.end {
        let of_them = of_them_at(words, first_after);
        let figure_before =
            (0..k).rev().take_while(|&m| claims[m].sentence == c.sentence).any(|m| claims[m].expr.kind == Kind::Number);
        if of_them && !figure_before {
            if let Some(m) = referent_before(prose, words, sw.start, first_in) {
                noun = m..m + 1;
                inherited = true;
            }
        }
    }
    // "the US had put their casualties at a few hundred", "officials estimate the toll at
    // 300": the noun before "at" is what the figure counts, vague or not.
    if counts && noun.is_empty() && kind == Kind::Number {
        let lead_in = sw.start.max(first_in.saturating_sub(10))..first_in;
        if let Some(np) = put_at(words, lead_in, prose) {
            anchor = words[np.start].span.start..words[np.end - 1].span.end;
            noun = np;
            inherited = true;
        }
    }
    if counts && noun.is_empty() && kind == Kind::Number && c.expr.hedge != Hedge::Vague {
        // "| North | 120 | 340 |" under "| Region | Killed | Wounded |": a table cell counts what
        // its column's header names; "Troops deployed: about 1,500" what the label says.
        // The words before the figure that say what it counts; in a sentence of thousands of
        // figures (a table row, a data dump) only the last few hundred, so that reading each
        // figure does not read the whole row again.
        let lead_in = sw.start.max(first_in.saturating_sub(LEAD_IN_WORDS))..first_in;
        let labelled = column_header(words, prose, c.expr.span.start, table)
            .or_else(|| label_before_colon(words, lead_in.clone(), prose, c.expr.span.start))
            .or_else(|| toll_of(words, lead_in.clone()));
        // ("collected 88 points and lost four of 38 games": a part with its whole after it
        // counts what the whole counts, below, not what a figure before it counted.)
        let whole_after = whole_named_after(claims, k, words, first_after, sw.end).is_some();
        if let Some(np) = labelled {
            anchor = words[np.start].span.start..words[np.end - 1].span.end;
            noun = np;
            inherited = true;
        } else if !whole_after
            && let Some(prev) = claims[..k]
                .iter()
                .rev()
                .take(LEAD_IN_WORDS)
                .take_while(|p| p.sentence == c.sentence)
                .find(|p| p.expr.kind == Kind::Number && !p.noun_words.is_empty())
        {
            noun = prev.noun_words.clone();
            // "Egypt hosts 1.5 million refugees and Chad 900,000": the name right before the
            // second figure is its own subject; else the first figure's subject is.
            let gapped = first_in >= sw.start + 2
                && matches!(words[first_in - 2].text.as_str(), "and" | "while" | "but")
                && prose[words[first_in - 1].span.start..].starts_with(|ch: char| ch.is_uppercase())
                && prose[words[first_in - 1].span.end..c.expr.span.start].trim().is_empty();
            if !gapped {
                anchor = prev.expr.span.clone();
            }
            inherited = true;
        } else if let Some(np) = counted_before(words, lead_in.clone(), prose) {
            // "put the number of North Korean troops sent to Russia at roughly 10,000"
            anchor = words[np.start].span.start..words[np.end - 1].span.end;
            noun = np;
            inherited = true;
        } else if let Some(prev) = refers_back(k, claims, words, lead_in.clone()) {
            // "… 10,000 North Korean troops are in Russia. Kyiv put the figure at 11,000."
            noun = claims[prev].noun_words.clone();
            anchor = claims[prev].anchor.clone();
            inherited = true;
        } else if let Some(np) = subject_of_rise(
            words,
            lead_in.clone(),
            words.get(first_in).is_some_and(|w| RISE_VERBS.contains(&w.text.as_str())),
        ) {
            // "his losses climbed past 400,000", "the death toll rose to 300"
            noun = np;
            inherited = true;
        }
    }

    // "312 of the 598 seats": a part counts what its whole counts, where nothing else said
    // what it counts ("4,000 of the 11,000 soldiers sent were killed" counts the dead).
    if counts && noun.is_empty() && kind == Kind::Number {
        if let Some((whole, j)) = whole_named_after(claims, k, words, first_after, sw.end) {
            let after = (j..sw.end).find(|&m| words[m].span.start >= whole.expr.span.end);
            let gap_ok =
                after.is_some_and(|m| prose[whole.expr.span.end..words[m].span.start].chars().all(|ch| ch == ' '));
            // A casualty word later in the sentence says what the part is: leave it to that.
            let casualties_follow =
                after.is_some_and(|m| words[m..sw.end].iter().any(|w| CASUALTY_WORDS.contains(&w.text.as_str())));
            if let Some(m) = after.filter(|&m| gap_ok && words[m].text.chars().all(|ch| ch.is_ascii_lowercase())) {
                if !STOP.contains(&words[m].text.as_str()) && !casualties_follow {
                    noun = m..m + 1;
                }
            }
        }
    }
    // Rates written after the noun: "1,000 soldiers a day", "soldiers in Ukraine each day".
    let mut per = c.expr.per.clone();
    if kind == Kind::Number && !noun.is_empty() && !inherited {
        let tail_end = (noun.end + 6).min(sw.end);
        let mut j = noun.end;
        let mut prev_end = words.get(noun.end.saturating_sub(1)).map(|w| w.span.end).unwrap_or(c.expr.span.end);
        while j < tail_end {
            if prose[prev_end..words[j].span.start].contains([',', ';', '.', '(', ')', ':']) {
                break;
            }
            let t = words[j].text.as_str();
            if t.starts_with(|c: char| c.is_ascii_digit()) {
                break; // another figure: its rate is its own
            }
            // "a week earlier", "a day later" tell a date, not a rate; "in under a month",
            // "twice a year" are spans and frequencies of something else.
            let told_from = words.get(j + 2).is_some_and(|x| {
                matches!(x.text.as_str(), "earlier" | "later" | "ago" | "before" | "after" | "previously")
            }) || words[j.saturating_sub(1)..j].iter().any(|x| {
                matches!(
                    x.text.as_str(),
                    "than"
                        | "in"
                        | "within"
                        | "for"
                        | "over"
                        | "under"
                        | "after"
                        | "before"
                        | "once"
                        | "twice"
                        | "least"
                )
            });
            let found = scan::lexicon::period_adverb(t).or_else(|| {
                matches!(t, "a" | "an" | "each" | "every" | "per")
                    .then(|| words.get(j + 1).and_then(|x| scan::lexicon::period_noun(&x.text)))
                    .flatten()
                    .filter(|_| !told_from)
            });
            if let Some(p) = found {
                // The scanner may have read the same rate already.
                if !per.iter().any(|q| q == p) {
                    per.push(p.to_string());
                }
                break;
            }
            prev_end = words[j].span.end;
            j += 1;
        }
    }

    // "for every 30 troops", "one per 30 soldiers"
    let before_words: Vec<&str> = words[sw.start..first_in].iter().rev().take(2).map(|w| w.text.as_str()).collect();
    let ratio_base =
        matches!(before_words.first(), Some(&"every") | Some(&"per") | Some(&"each")) && kind == Kind::Number;
    // "148 of the 310 seats": the second figure is the whole the first is counted from.
    // ("1,800 of Halvern's 25,600 employees", "40 of its 300 stores", "21 people still missing
    // out of the 224 on board".)
    let whole = kind == Kind::Number
        && k > 0
        && claims[k - 1].sentence == c.sentence
        && claims[k - 1].expr.kind == Kind::Number
        && prose.get(claims[k - 1].expr.span.end..c.expr.span.start).is_some_and(|g| {
            let g = g.trim();
            let out_of = g.rfind(" out of ").map(|n| &g[n + 5..]).filter(|t| t.len() < 20);
            whole_follows_of(out_of.unwrap_or(g))
        });
    // "eight seats short of a majority", "two votes shy of": the gap to a figure.
    // (The noun phrase may have run on over "short": "eight seats short".)
    let gap = kind == Kind::Number
        && (first_after..noun.end.max(first_after) + 1).any(|j| {
            words.get(j).is_some_and(|w| matches!(w.text.as_str(), "short" | "shy"))
                && words.get(j + 1).is_some_and(|w| w.text == "of")
        });

    // Modality from the clause before the figure.
    let clause_start = clause_start(prose, &c.sentence, c.expr.span.start);
    let clause_words = word_range(words, &(clause_start..c.expr.span.start));
    let mut modality = Modality::Asserted;
    let mut modal_at = None;
    for j in clause_words.clone().rev() {
        let t = words[j].text.as_str();
        // (A figure is no cue and no verb: a table row is all figures, read back from each.)
        if t.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        // "raised its forecast on Thursday after sales rose 38%", "will walk out after talks
        // broke down on Sunday": a verb told in the past between the cue and the figure has
        // happened ("would be increased by 40%" has not).
        if told_in_past(t, j.checked_sub(1).map(|k| words[k].text.as_str())) {
            break;
        }
        // "will serve six years after his conviction on four charges", "will rise by 5% after
        // the 10% rise last year": a noun of an event after "after" is that event's, told as it
        // was.
        // ("will walk out after rejecting a pay offer of 4.2%", "set to stop work over a 4.2 per
        // cent pay offer": the offer was made.)
        let event_after = |w: &Word| {
            determiner(&w.text) || matches!(w.text.as_str(), "a" | "an") || w.text.len() > 4 && w.text.ends_with("ing")
        };
        if (matches!(t, "after" | "following" | "since")
            || t == "over" && words.get(j + 1).is_some_and(|w| w.text != "the"))
            && words.get(j + 1).is_some_and(event_after)
        {
            break;
        }
        // "the decision last week to shed 1,900 jobs", "agreed to buy 40 jets": a plan or a
        // promise to do something, not yet done.
        // ("agreed on Monday to buy Lintex for $8.2bn", "has agreed to be sold for about $8.2
        // billion": the price is a term of a deal already made, a fact.)
        if t == "to" && j > sw.start && kind == Kind::Money && priced_by_deal(words, sw.start, j, first_in) {
            break;
        }
        if t == "to" && j > sw.start && plan_word_before(words, sw.start, j) {
            modality = Modality::Projected;
            modal_at = Some(j);
            break;
        }
        // "The government pledged on Monday to cut …": the day of a pledge right after its verb
        // is when it was made, a fact.
        if kind == Kind::Date
            && j + 1 == clause_words.end
            && matches!(t, "pledged" | "promised" | "vowed" | "predicted" | "forecast")
        {
            break;
        }
        // "eased to 3.4% in May from 3.5%": a capital "May" inside a sentence is the month.
        let month_may = t == "may" && j > sw.start && prose[words[j].span.clone()].starts_with('M');
        // "Markets price in two cuts": the verb after its plural subject, not "the price in 2023".
        let priced_in = t == "price"
            && words.get(j + 1).is_some_and(|w| w.text == "in")
            && j.checked_sub(1).is_some_and(|k| {
                let w = words[k].text.as_str();
                w.len() > 3 && w.ends_with('s') || matches!(w, "now" | "already" | "fully" | "also")
            });
        // "a target of 70 medals", "the goal was 1,200 homes": what is aimed at, not what is.
        // (Only the figure that names it: "missed its target of 5,000 homes by 300".)
        // "The plant is due to close in 2028 with 300 jobs lost": a timetable's verb after "due
        // to" ("due to the council", "due to rising costs" say what is owed or why). (A date
        // it sets is the timetable's, asserted as "set for November 27" is, so the two compare.)
        let due_to = t == "due"
            && kind != Kind::Date
            && words.get(j + 1).is_some_and(|w| w.text == "to")
            && words.get(j + 2).is_some_and(|w| {
                let v = w.text.as_str();
                !(determiner(v)
                    || matches!(v, "a" | "an" | "this" | "that")
                    || v.ends_with("ing")
                    || v.starts_with(|c: char| c.is_ascii_digit()))
            });
        // ("The target for the games was at least 70 medals": the copula right before it.)
        let aimed_at = matches!(t, "target" | "targets" | "goal" | "goals" | "ambition")
            && (words.get(j + 1).is_some_and(|w| matches!(w.text.as_str(), "of" | "is" | "was" | "remains"))
                && first_in <= j + 3
                || first_in <= j + 7
                    && first_in.checked_sub(1).is_some_and(|p| {
                        p > j && matches!(words[p].text.as_str(), "is" | "was" | "remains" | "stood" | "stands")
                    }));
        if (is_projection(t, words.get(j + 1).map(|w| w.text.as_str())) || priced_in || aimed_at || due_to)
            && !month_may
        {
            modality = Modality::Projected;
            modal_at = Some(j);
            break;
        }
        // ("Unions want a 9% pay rise", "seeks £2m in damages".)
        if matches!(
            t,
            "asked"
                | "requested"
                | "demanded"
                | "sought"
                | "wants"
                | "want"
                | "wanted"
                | "requesting"
                | "seeks"
                | "seek"
                | "seeking"
        ) {
            modality = Modality::Requested;
            modal_at = Some(j);
            break;
        }
    }
    // "said she would start her new term on 1 July", "the talks will resume on Monday": the day
    // a timetable sets is told as the timetable's, asserted as "begins her term on 1 June" is,
    // so the two compare.
    if kind == Kind::Date && modality == Modality::Projected {
        let timetable = modal_at.is_some_and(|j| {
            let at = |n: usize| words.get(j + n).map(|w| w.text.as_str()).unwrap_or("");
            matches!(at(0), "will" | "would" | "shall" | "ll")
                && (scan::date::TIMETABLE_BASE.contains(&at(1))
                    || at(1) == "be" && matches!(at(2), "held" | "staged" | "sworn"))
        });
        if timetable {
            modality = Modality::Asserted;
        }
    }
    // "11,000 soldiers would cost Moscow $22 million": a conditional right after the noun
    // ("1,500 of them would lose their jobs": after the figure's "of them", its noun being
    // carried from before it).
    if modality == Modality::Asserted && !noun.is_empty() {
        let of_them = noun.end <= first_after && of_them_at(words, first_after);
        let at = if of_them { first_after + 2 } else { noun.end };
        let after: Vec<&str> = words[at.min(sw.end)..sw.end.min(at + 2)].iter().map(|w| w.text.as_str()).collect();
        if after.first().is_some_and(|t| matches!(*t, "would" | "could" | "might")) {
            modality = Modality::Projected;
        }
    }
    // "Another 30cm is forecast by Sunday", "about 5,000 people are expected to attend": a
    // figure that is the subject of a forecast.
    if modality == Modality::Asserted && kind != Kind::Date {
        // (A noun carried over from an earlier figure lies before this one.)
        let at = if noun.is_empty() || noun.end <= first_after { first_after } else { noun.end };
        let after = |n: usize| words.get(at + n).filter(|_| at + n < sw.end).map(|w| w.text.as_str());
        let forecast = matches!(after(0), Some("is" | "are" | "was" | "were"))
            && match after(1) {
                Some("forecast" | "expected" | "predicted" | "projected" | "forecasted") => true,
                Some("set" | "likely" | "poised") => after(2) == Some("to"),
                _ => false,
            };
        // ("well short of the 40,000 the company is aiming for", "the 500 homes it hopes to
        // build": the object of an aim in a relative clause after it.)
        let subject_opens = matches!(
            after(0),
            Some("the" | "it" | "they" | "we" | "he" | "she" | "its" | "their" | "ministers" | "officials")
        );
        // (Not a part's: "built 200 of the 500 homes it hopes to build" is the 500's clause.)
        let own = words[first_after.min(at)..at].iter().all(|w| !w.text.starts_with(|c: char| c.is_ascii_digit()));
        let aimed_for = subject_opens
            && own
            && (1..5).map(after).map_while(|w| w).collect::<Vec<_>>().windows(2).any(|p| {
                matches!(p[0], "aiming" | "aims" | "aim" | "hoping" | "hopes" | "hope") && matches!(p[1], "for" | "to")
                    || matches!(p[0], "targeting" | "targets" | "expects" | "forecasts" | "predicts")
            });
        if forecast || aimed_for {
            modality = Modality::Projected;
        }
    }
    let near: Vec<&str> = words[clause_words.clone()].iter().rev().take(3).map(|w| w.text.as_str()).collect();
    // ("He denied 40 charges": a figure that is what is denied, with no verb of its own after
    // it, is the charges', which stand; "denied 300 people had died" denies the deaths.)
    // (The figure's noun and the word after it, where a verb of its own would stand.)
    let noun_and_next = (noun.end + 1).max(first_after + 1).min(sw.end);
    let denied_object = near.first().is_some_and(|t| matches!(*t, "denied" | "deny" | "denies" | "denying"))
        && words[first_after.min(noun_and_next)..noun_and_next].iter().all(|w| {
            let t = w.text.as_str();
            !(matches!(t, "is" | "are" | "was" | "were" | "had" | "have" | "has" | "would" | "will" | "could")
                || past_verb_opens(t))
        });
    // ("did not accept the 3.5% rise", "has not paid its 40 staff": a figure the negated
    // verb's object presupposes stands; "not the 40 people" and "did not reach the 1,000
    // mark" are still negated.)
    let presupposed = near.first().is_some_and(|t| DEFINITE_DETERMINERS.contains(t))
        && near.get(1).is_some_and(|t| !matches!(*t, "not" | "never" | "nor" | "neither") && !t.ends_with("n't"))
        && !words[noun.clone()].iter().any(|w| THRESHOLD_NOUNS.contains(&w.text.as_str()));
    // ("will not be ready until mid-September", "cannot open before March": a time not
    // before which is the time it happens.)
    let not_until = kind == Kind::Date && matches!(c.expr.date_bound, Some("until" | "before"));
    if !denied_object
        && !presupposed
        && !not_until
        && near.iter().any(|t| {
            matches!(*t, "not" | "never" | "denied" | "deny" | "denies" | "neither" | "nor") || t.ends_with("n't")
        })
    {
        modality = Modality::Negated;
    }
    // "denying reports that a ransom of $5m had been paid", "denied claims that it would close
    // 12 libraries": what a denial's report or claim says.
    let clause = &words[clause_words.clone()];
    // "In 2019, a similar storm killed 23 people", "another quake left 300 dead": the figure is
    // of some other event than the story's, and no rule on the story's figures takes it (the
    // 2019 toll read as the storm's, higher than its later one). (Only before a noun of an event
    // within two words: "another notable interpretation of the treaty", "a similar number".)
    let other_event = {
        let tail = &clause[clause.len().saturating_sub(8)..];
        let event = |w: &str| {
            matches!(
                w,
                "storm"
                    | "storms"
                    | "hurricane"
                    | "typhoon"
                    | "cyclone"
                    | "tornado"
                    | "quake"
                    | "earthquake"
                    | "flood"
                    | "floods"
                    | "fire"
                    | "wildfire"
                    | "blaze"
                    | "attack"
                    | "bombing"
                    | "blast"
                    | "explosion"
                    | "crash"
                    | "collapse"
                    | "disaster"
                    | "outbreak"
                    | "epidemic"
                    | "pandemic"
                    | "war"
                    | "conflict"
                    | "riot"
                    | "shooting"
                    | "raid"
                    | "strike"
                    | "eruption"
                    | "tsunami"
                    | "drought"
                    | "heatwave"
                    | "famine"
                    | "election"
                    | "recession"
                    | "crisis"
                    | "accident"
                    | "incident"
                    | "derailment"
                    | "sinking"
            )
        };
        (0..tail.len()).any(|k| {
            matches!(tail[k].text.as_str(), "similar" | "comparable" | "another" | "previous")
                && tail[k + 1..].iter().take(2).any(|w| event(w.text.as_str()))
        })
    };
    let denied_report = clause[clause.len().saturating_sub(10)..].windows(2).any(|p| {
        matches!(p[0].text.as_str(), "denied" | "denying" | "denies" | "deny" | "rejected" | "rejecting" | "dismissed")
            && matches!(
                p[1].text.as_str(),
                "reports" | "claims" | "suggestions" | "rumours" | "rumors" | "allegations" | "speculation"
            )
    });
    // "Reports that 50 soldiers were captured were dismissed by the army", "Claims that 300
    // died are false": a report heading its sentence, denied after the figure.
    let report_denied_after = || {
        // (The report opens the sentence, within its first four words; the denial follows within
        // 25 words: a table row is one sentence of thousands of figures.)
        let before = &words[sw.start..first_in.min(sw.start + 5)];
        let reported = before.windows(2).any(|p| {
            matches!(p[0].text.as_str(), "reports" | "claims" | "suggestions" | "rumours" | "rumors" | "allegations")
                && p[1].text == "that"
        });
        let after = &words[first_in.min(sw.end)..(first_in + 25).min(sw.end)];
        reported
            && after.windows(2).any(|p| {
                matches!(p[0].text.as_str(), "was" | "were" | "is" | "are" | "been")
                    && matches!(
                        p[1].text.as_str(),
                        "dismissed"
                            | "denied"
                            | "rejected"
                            | "refuted"
                            | "false"
                            | "untrue"
                            | "unfounded"
                            | "baseless"
                            | "debunked"
                    )
            })
    };
    if denied_report || report_denied_after() {
        modality = Modality::Negated;
    }
    let (revision, superseded) = revised(words, sw.start, first_in);
    // (Within 30 words either side: a table row is one sentence of thousands of figures.)
    let near = first_in.saturating_sub(30).max(sw.start)..(first_in + 30).min(sw.end);
    let revision = revision || (!superseded && count_revised(&words[near]));
    if superseded {
        modality = Modality::Superseded;
    }

    // As-of date: the nearest date phrase in the sentence, else the publication date.
    let mut as_of = c.reference.map(|d| DateSpan { start: d, end: d, grain: Grain::Day });
    let mut as_of_explicit = false;
    let mut period_figure = false;
    if kind != Kind::Date {
        let mut best: Option<(usize, DateSpan, usize)> = None;
        // ("From April the charge is £30 a month, the firm said on Monday": the day of the
        // saying dates the figure only when no date leads up to it in its clause.)
        let mut best_unsaid: Option<(usize, DateSpan, usize, bool)> = None;
        let mut best_said = false;
        let mut leading_date = false;
        let mut best_window = false;
        // Only the claims of this sentence: walk out from k both ways.
        // (At most 32 figures either way: a table of thousands of cells is one "sentence", and
        // no date that far off is the nearest.)
        let lo = (k.saturating_sub(32)..k).rev().take_while(|&m| claims[m].sentence == c.sentence).last().unwrap_or(k);
        let hi =
            (k + 1..claims.len().min(k + 33)).take_while(|&m| claims[m].sentence == c.sentence).last().unwrap_or(k);
        // "The storm killed three people and injured five others on Thursday": a date after the
        // second of two past predicates joined by "and" dates the first too.
        // ("By Saturday evening coastguards had pulled 168 survivors from the water and
        // recovered 19 bodies": so does a date of the first for the second.)
        let joined = |first: &Claim, second: &Claim| {
            first.sentence == second.sentence
                && first.expr.kind != Kind::Date
                && second.expr.kind != Kind::Date
                && joins_past_predicate(prose.get(first.expr.span.end..second.expr.span.start).unwrap_or(""))
                && past_predicate_before(lead_up(prose, first.sentence.start, first.expr.span.start))
        };
        let shared_segment = claims.get(k + 1).filter(|n| joined(c, n)).map(|n| n.expr.span.end..n.segment.end);
        let shared_segment_before =
            k.checked_sub(1).map(|p| &claims[p]).filter(|p| joined(p, c)).map(|p| p.segment.start..p.expr.span.start);
        for (m, other) in claims.iter().enumerate().take(hi + 1).skip(lo) {
            if m == k || other.sentence != c.sentence || other.expr.kind != Kind::Date {
                continue;
            }
            // The dates in this figure's own part of the sentence: "…about 2,000 have been killed,
            // and some 15,000 sent over the past year" dates only the 15,000.
            let within = other.expr.span.start >= c.segment.start && other.expr.span.end <= c.segment.end
                || [&shared_segment, &shared_segment_before]
                    .iter()
                    .filter_map(|r| r.as_ref())
                    .any(|r| other.expr.span.start >= r.start && other.expr.span.end <= r.end);
            // "…since the summer of 2019, when about 20,000 hectares burned": a "when" clause
            // is the time before it, whatever figures come first.
            let when_clause = other.expr.span.end <= c.expr.span.start && {
                let between = prose[other.expr.span.end..c.expr.span.start].trim_start();
                between.strip_prefix(',').is_some_and(|b| {
                    b.split_whitespace().next() == Some("when") && !b.contains([',', ';', ':', '(', ')'])
                })
            };
            if !(within || when_clause) {
                continue;
            }
            // "1,800 of its 25,600 employees will go by the end of 2026": the whole is counted now;
            // what follows dates the part.
            // ("the 310 seats in Sunday's election" is the whole's own date.)
            if whole
                && other.expr.span.start >= c.expr.span.end
                && prose[c.expr.span.end..other.expr.span.start].split_whitespace().any(|w| {
                    matches!(
                        w,
                        "will" | "would" | "could" | "are" | "is" | "were" | "was" | "have" | "has" | "had" | "to"
                    )
                })
            {
                continue;
            }
            let Some(mut d) = other.expr.date else { continue };
            // "recovered about £900,000, and a hearing is listed for 12 September": a date in a
            // clause of its own after the figure dates it only as the report's date ("…, and
            // most have moved, the department said on Monday").
            if other.expr.span.start >= c.expr.span.end {
                let between = &prose[c.expr.span.end..other.expr.span.start];
                let own_clause = || {
                    next_clause(between) < between.len()
                        || second_predicate(between)
                        || opens_relative_clause(&prose[c.expr.span.start..other.expr.span.start])
                };
                // ("… more than 5,500 injured, the ministry said; on Saturday it had stood at
                // 2,012": past a semicolon the date is the next clause's, said or not.)
                if between.contains(';') || !said_before(between) && own_clause() {
                    continue;
                }
                // "needs a deposit of about £62,000, more than twice what was needed in 2004":
                // after "than" and no figure, the date is of what the figure is compared with
                // ("rose 5% to more than 300 in March" dates both).
                // ("five times as many as at launch in March 2024" likewise.)
                if between.len() <= 200 && names_what_is_compared(between) {
                    continue;
                }
                // "Seventeen people are now known to have died after the storm struck the coast
                // on Monday": a date in a clause of "after" or "since" after a predicate told now
                // dates that clause's event, not the figure ("17 died after the storm struck on
                // Monday", told in the past, keeps it).
                if between.len() <= 200 && event_clause_after_a_present_predicate(between) {
                    continue;
                }
                // "a new plant, which cost about $7bn, would open in the first half of next
                // year": a figure in an aside is the aside's, not of the date after it.
                if in_aside_of_value(lead_up(prose, c.sentence.start, c.expr.span.start), between) {
                    continue;
                }
            } else if before_the_figure_elsewhere(prose, c.sentence.start, &other.expr.span, c.expr.span.start) {
                continue;
            } else if now_in_own_clause(&prose[other.expr.span.end..c.expr.span.start])
                || in_a_leading_clause_told_now(prose, c.sentence.start, &other.expr.span, c.expr.span.start)
            {
                // "talks broke down late on Sunday, …, in a dispute that has now run for nine
                // months": the figure's own clause says it is of the time of writing.
                continue;
            } else if in_aside(
                lead_up(prose, c.sentence.start, other.expr.span.start),
                prose.get(other.expr.span.end..c.expr.span.start).unwrap_or(""),
            ) {
                // "The blaze, which began on Sunday near a campsite, was 15% contained": the
                // aside dates the blaze, not the figure.
                continue;
            }
            // "fewer top grades than last year: 27.8% of entries", "up 14% on a year earlier,
            // ahead of the $8.7bn forecast": a date compared against dates no figure, neither
            // the change before it nor the figures after it.
            // (Within the sentence: "From April, the fee will be £30" after a sentence ending
            // "… rises to £28." read as a date compared against that change.)
            let before_date = &prose[c.sentence.start.min(other.expr.span.start)..other.expr.span.start];
            let date_text = prose[other.expr.span.clone()].to_ascii_lowercase();
            // ("rose to 23 on Tuesday", "fell 3% on 4 March": a day named after "on" is when,
            // not what against.)
            let on_a_day = date_text.strip_prefix("on ").is_some_and(|d| {
                let w = d.split(|c: char| !c.is_ascii_alphanumeric()).next().unwrap_or("");
                w.starts_with(|c: char| c.is_ascii_digit())
                    || scan::lexicon::weekday(w).is_some()
                    || scan::lexicon::month(w).is_some()
            });
            // (A "from" the scanner read as a start, "rises to £30 from April", is none.)
            let start_named = other.expr.date_bound == Some("since") && date_text.starts_with("from ");
            let against = !on_a_day
                && !start_named
                && (["on ", "from ", "against ", "versus ", "vs "].iter().any(|p| date_text.starts_with(p))
                    || matches!(
                        word_before_determiner(before_date).as_str(),
                        "on" | "from" | "against" | "versus" | "vs"
                    ));
            // ("35% below their 2021 peak", "above the 2019 level": a comparison's own word, a
            // determiner between.)
            let compared = {
                let t = before_date.trim_end();
                let w = word_before_determiner(t);
                // ("up a fifth on the same period of 2024".)
                let same_span =
                    ["same period of", "same period in", "same months of", "same month of", "same quarter of"]
                        .iter()
                        .any(|p| scan::ends_with_ignore_case(t, p));
                // ("compared with last year", "more than double the figure for the same day last
                // year": the basis named by its phrase; "the figure for the first quarter was
                // 0.9%" is the figure's own time.)
                let basis_phrase = ["compared with", "compared to"].iter().any(|p| scan::ends_with_ignore_case(t, p));
                let same_time_back = date_text.starts_with("the same ")
                    && ["last year", "a year", "year earlier", "ago", "previous year", "year before"]
                        .iter()
                        .any(|p| date_text.contains(p));
                // ("cost £6.7bn, nearly double the 2017 estimate": a multiple of the thing dated.)
                let multiple = matches!(w.as_str(), "double" | "twice" | "treble" | "triple" | "quadruple" | "half");
                matches!(w.as_str(), "than" | "below" | "above")
                    || multiple
                    || same_span
                    || basis_phrase
                    || same_time_back
            };
            // "92% of their 2019 level", "35% below the 2021 peak": after the figure, a year
            // before a word for the level it is compared with ("the 2021 peak of $200" is the
            // peak's own figure).
            let level_after = other.expr.span.start >= c.expr.span.end
                && prose.get(other.expr.span.end..).is_some_and(|r| {
                    let next = r.trim_start().split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
                    matches!(next, "level" | "levels" | "peak" | "high" | "low" | "average")
                });
            let compared = compared || level_after;
            // (The change is read before the preposition and its determiner: "up nearly four
            // points on the 2022 vote".)
            let change_before = || {
                let t = without_determiner(before_date);
                let w = scan::date::last_word(t);
                if matches!(w.as_str(), "on" | "from" | "against" | "versus" | "vs") {
                    &t[..t.len() - w.len()]
                } else {
                    t
                }
            };
            let basis = compared || (against && scan::date::after_a_change(change_before()));
            if basis || dates_another_noun(prose, &c.expr.span, &other.expr.span) {
                continue;
            }
            // "since the deployment began in October": the date starts a period that runs up to
            // now, as "since October" does.
            let since_clause = {
                let lo = ceil_char_boundary(
                    prose,
                    c.sentence.start.max(other.expr.span.start.saturating_sub(60)).min(other.expr.span.start),
                );
                let head = &prose[lo..other.expr.span.start];
                let head = head.rsplit([',', ';', ':', '(', ')']).next().unwrap_or(head);
                head.split_whitespace().any(|w| w.eq_ignore_ascii_case("since"))
            };
            // "the largest since the summer of 2019, when about 20,000 hectares burned": the
            // figures of a "when" clause are the named time's own.
            if when_clause && other.expr.date_bound == Some("since") {
                if let Some(named) = named_time(&prose[other.expr.span.clone()], ctx) {
                    d = named;
                }
            } else if (matches!(other.expr.date_bound, Some("since") | Some("over")) || since_clause)
                // ("From April the fee rises to £30", told in March: a start still to come is no
                // period up to the time of writing.)
                && c.reference.is_none_or(|r| d.start <= r)
            {
                // "since August", "over the past year" describe a total up to the time of writing.
                if let Some(r) = c.reference {
                    d = DateSpan { start: r, end: r, grain: Grain::Day };
                }
            } else if matches!(other.expr.date_bound, Some("from" | "after" | "since")) {
                // "a first flight in 2026 at the earliest": an open bound's century is no time
                // of the figure; its first day is.
                d = DateSpan { start: d.start, end: d.start, grain: Grain::Day };
            } else if matches!(other.expr.date_bound, Some("by" | "before"))
                || at_the_end_of(&prose[other.expr.span.clone()])
                || end_counted_back(prose, claims, m)
            {
                // "10,000 were in Russia by late October": the state at its end, not any day of
                // it (a total as of 21 October is earlier, not the same date). ("100 launches
                // before 31 December" likewise, whose span runs open a century back.) "25,600 people at
                // the end of last year" is a headcount on its last day, not over its last third.
                d = DateSpan { start: d.end, end: d.end, grain: Grain::Day };
            }
            let dist = if other.expr.span.start >= c.expr.span.end {
                other.expr.span.start - c.expr.span.end
            } else {
                c.expr.span.start.saturating_sub(other.expr.span.end)
            };
            let said_then = other.expr.span.start >= c.expr.span.end && {
                let between = &prose[c.expr.span.end..other.expr.span.start];
                between.len() <= 300 && between.contains(',') && said_before(between)
            };
            // (Not across a clause of another time: "walk out from 7am on Thursday after
            // rejecting a pay offer of 4.2%".)
            let leads = m < k
                && claims[m + 1..k].iter().all(|x| x.expr.kind == Kind::Date)
                && !prose[other.expr.span.end..c.expr.span.start]
                    .split_whitespace()
                    .any(|w| matches!(w, "after" | "before" | "following" | "since" | "when" | "while"));
            leading_date |= leads;
            if !said_then && best_unsaid.as_ref().is_none_or(|(bd, ..)| dist < *bd) {
                best_unsaid = Some((dist, d, m, is_window(prose, &other.expr)));
            }
            if best.as_ref().is_none_or(|(bd, _, _)| dist < *bd) {
                best_said = said_then;
                best = Some((dist, d, m));
                best_window = is_window(prose, &other.expr);
            }
        }
        // "The toll has risen to 27, with 11 still unaccounted for, officials said on Monday":
        // with no date of its own, a figure is of the day its sentence's saying names, past the
        // figures between.
        if best.is_none() {
            best = (k + 1..=hi)
                .filter(|&m| claims[m].expr.kind == Kind::Date && claims[m].sentence == c.sentence)
                .find_map(|m| {
                    let between = prose.get(c.expr.span.end..claims[m].expr.span.start)?;
                    // (The saying's own clause after the last comma holds no figure: "up from
                    // the eleven reported on Monday" is the eleven's.)
                    let clause_from = c.expr.span.end + between.rfind(',')?;
                    let own_clause = !claims[k + 1..m].iter().any(|x| x.expr.span.start >= clause_from);
                    let said = between.len() <= 300 && !between.contains(';') && own_clause && said_before(between);
                    let d =
                        claims[m].expr.date.filter(|d| d.grain == Grain::Day && claims[m].expr.date_bound.is_none())?;
                    said.then_some((between.len(), d, m))
                });
        }
        if let (true, true, Some((dist, d, m, window))) = (best_said, leading_date, best_unsaid) {
            best = Some((dist, d, m));
            best_window = window;
        }
        if let Some((_, mut d, m)) = best {
            // "burned a combined 9,400 acres in June and July": two dates joined by "and" are
            // one time, from the first to the second.
            let joined_by_and = |a: &Claim, b: &Claim| {
                a.sentence == b.sentence
                    && b.expr.kind == Kind::Date
                    && a.expr.date_bound.is_none()
                    && b.expr.date_bound.is_none()
                    && prose.get(a.expr.span.end..b.expr.span.start).is_some_and(|g| g.trim() == "and")
            };
            let pair = match claims.get(m + 1).filter(|n| joined_by_and(&claims[m], n)) {
                Some(n) => Some((&claims[m], n)),
                None => m
                    .checked_sub(1)
                    .map(|p| &claims[p])
                    .filter(|p| joined_by_and(p, &claims[m]))
                    .map(|p| (p, &claims[m])),
            };
            if let Some((Some(a), Some(b))) = pair.map(|(a, b)| (a.expr.date, b.expr.date)) {
                let named = claims[m].expr.date;
                if a.end < b.start && a.grain == b.grain && named == Some(d) {
                    d = DateSpan { start: a.start, end: b.end, grain: a.grain };
                }
            }
            // "455 confirmed cases this year", told in October: what is told of the period now
            // running is told up to the time of writing ("412 cases since January" already
            // was), not of the months to come. (A period named, "in 2025", "for FY25", may be a
            // forecast's, and keeps its span.)
            let current = || {
                let t = prose[claims[m].expr.span.clone()].to_ascii_lowercase();
                t.split(|ch: char| !ch.is_ascii_alphabetic()).any(|w| w == "this")
            };
            if let Some(r) =
                c.reference.filter(|r| modality != Modality::Projected && d.start <= *r && *r < d.end && current())
            {
                d = DateSpan { start: r, end: r, grain: Grain::Day };
            }
            as_of = Some(d);
            as_of_explicit = true;
            period_figure = best_window;
        }
        // "in the last 24 hours", "over the past 48 hours": spans shorter than a day are
        // durations, not dates, but scope the figure the same way.
        // In the figure's clause, or leading the sentence up to it with no other figure between.
        period_figure |= (lo..=hi).any(|m| {
            let other = &claims[m];
            let in_clause = other.expr.span.start >= c.segment.start && other.expr.span.end <= c.segment.end;
            let leads = m < k && claims[m + 1..k].iter().all(|x| x.expr.kind != Kind::Number);
            other.expr.kind == Kind::Duration
                && (in_clause || leads)
                && matches!(
                    scan::date::last_word(&prose[..other.expr.span.start]).as_str(),
                    "past" | "last" | "previous" | "first"
                )
        });
    }

    // Ages: "heading into its third year", "an almost three-year-long war".
    let mut age = None;
    let mut span = c.expr.span.clone();
    if kind == Kind::Ordinal {
        let after = words.get(first_after).map(|w| w.text.as_str());
        let unit = after.and_then(scan::lexicon::duration_unit);
        let possessive =
            first_in > sw.start && matches!(words[first_in - 1].text.as_str(), "its" | "their" | "his" | "her");
        if let (Some(unit), true, Some(v)) = (unit, possessive, c.expr.value) {
            let lead: Vec<&str> = words[sw.start..first_in - 1].iter().rev().take(3).map(|w| w.text.as_str()).collect();
            let phase = if lead.iter().any(|t| matches!(*t, "towards" | "toward" | "approaching" | "nearing" | "near"))
            {
                AgePhase::Approaching
            } else if lead.iter().any(|t| {
                matches!(
                    *t,
                    "heading"
                        | "entering"
                        | "enters"
                        | "entered"
                        | "going"
                        | "head"
                        | "begins"
                        | "beginning"
                        | "starts"
                )
            }) {
                AgePhase::Entering
            } else {
                AgePhase::In
            };
            age = Some(Age::Ordinal { n: v as u32, unit, phase });
            let lead_start = words[sw.start..first_in - 1]
                .iter()
                .rev()
                .take(3)
                .take_while(|w| {
                    !STOP.contains(&w.text.as_str()) || matches!(w.text.as_str(), "into" | "towards" | "toward")
                })
                .last()
                .map(|w| w.span.start)
                .unwrap_or(words[first_in - 1].span.start);
            span = lead_start..words[first_after].span.end;
        }
    } else if kind == Kind::Number && appositive_age(prose, words, sw.start, first_in, &c.expr) {
        age = Some(Age::Years);
    } else if kind == Kind::Duration
        && c.expr.age_like
        // ("coverage among five-year-olds", "the over-65s": an age group, no one thing's age.)
        && !prose[c.expr.span.end..].starts_with('s')
        && !prose[c.expr.span.clone()].ends_with("olds")
        && !{
            let t = prose[c.expr.span.clone()].as_bytes();
            // ("in his 40s", "in their early 30s" are a person's age.)
            let possessed = matches!(
                scan::date::last_word(&prose[c.sentence.start..c.expr.span.start]).as_str(),
                "his" | "her" | "their" | "its" | "my" | "our" | "your"
            );
            t.ends_with(b"s") && t.len() > 1 && t[t.len() - 2].is_ascii_digit() && !possessed
        }
    {
        age = Some(Age::Duration);
        // "a 52-year-old man": the noun aged; "died aged 81, …": none after the comma, nor the
        // verb after an age group ("children under five make up …").
        let joined = |w: &Word| prose[span.end..w.span.start].bytes().all(|b| b == b' ' || b == b'-');
        let adjective = prose[span.clone()].ends_with("old") || prose[span.clone()].ends_with("long");
        // ("The 61-year-old accepted payments": a verb in the past after the age is no noun.)
        // ("The 19-year-old making her debut": a verb in "-ing" with its object after it is
        // none either; "a 30-year-old building" is the noun.)
        let verb_with_object = words[first_after..sw.end].first().is_some_and(|w| w.text.ends_with("ing"))
            && words[first_after + 1..sw.end].first().is_some_and(|w| {
                determiner(&w.text) || matches!(w.text.as_str(), "a" | "an" | "him" | "them" | "it" | "this" | "that")
            });
        if adjective
            && first_after < sw.end
            && !STOP.contains(&words[first_after].text.as_str())
            && !words[first_after].text.ends_with("ed")
            && !verb_with_object
            && joined(&words[first_after])
        {
            span.end = words[first_after].span.end;
        }
        let aged = first_in.checked_sub(1).map(|j| &words[j]).filter(|w| w.text == "aged");
        if let Some(aged) = aged {
            span.start = aged.span.start;
        }
        // "the 61-year-old", "aged 81": a person's (or a thing's) age is counted in whole years
        // gone by, not rounded: 61 until the 62nd birthday.
        let whole_years = matches!(c.expr.duration, Some((n, DurationUnit::Year)) if n.fract() == 0.0)
            && c.expr.hedge == Hedge::Exact
            // ("he is now 61", "died at 92": a bare figure told as a person's age.)
            && (aged.is_some()
                || prose[c.expr.span.clone()].ends_with("old")
                || !prose[c.expr.span.clone()].to_ascii_lowercase().contains("year"));
        if whole_years && c.expr.value.is_some() {
            age = Some(Age::Years);
        }
    }

    // Attribution.
    let source = sources.for_word(first_in);

    // "about 11 million displaced, including 3.8 million who fled abroad": a part of the figure
    // before it.
    let including = first_in > sw.start
        && matches!(words[first_in - 1].text.as_str(), "including" | "includes" | "include")
        && prose[words[first_in - 1].span.end..c.expr.span.start].trim().is_empty();
    // "Eleven people were taken to hospital, two of them with serious injuries", "carrying 76
    // people, 72 of them passengers": a part of the figure before it, too.
    let of_them = kind == Kind::Number
        && words.get(first_after).is_some_and(|w| w.text == "of")
        && words.get(first_after + 1).is_some_and(|w| matches!(w.text.as_str(), "them" | "whom" | "those" | "which"))
        && prose[c.expr.span.end..words[first_after].span.start].trim().is_empty();
    let before = (0..k).rev().take_while(|&m| claims[m].sentence == c.sentence).find(|&m| claims[m].expr.kind == kind);
    // "The plane had 72 people on board: 68 passengers and a crew of four": figures listed after
    // a colon that follows a figure break it down, and so does each one listed after such a part
    // ("including €5 million from Brussels and €3 million from Paris").
    let part_of = before.and_then(|m| {
        let gap = prose.get(claims[m].expr.span.end..c.expr.span.start).unwrap_or("");
        if including || of_them || kind == Kind::Number && gap.contains(": ") && !gap.contains([';', '(', ')']) {
            Some(m)
        } else {
            let listed = gap.len() < 60
                && !gap.contains([':', ';', '(', ')', '—', '–'])
                && (gap.contains(" and ") || gap.trim_end().ends_with(','));
            claims[m].part_of.filter(|_| listed)
        }
    });

    // (The quote takes in the cue of a projection, but not over another figure: "would go up
    // by 4.2% from January" is the 4.2%'s.)
    let prev_end = k.checked_sub(1).map_or(0, |p| claims[p].expr.span.end);
    let c = &mut claims[k];
    c.part_of = part_of;
    if !noun.is_empty() && !inherited {
        span.end = words[noun.end - 1].span.end;
    }
    if modality == Modality::Projected {
        if let Some(m) = modal_at {
            if first_in - m <= 5 && words[m].span.start >= prev_end {
                span.start = words[m].span.start;
            }
        }
    }
    c.noun_words = noun;
    c.noun_inherited = inherited;
    c.anchor = anchor;
    c.per = per;
    c.ratio_base = ratio_base;
    c.whole = whole;
    c.gap = gap;
    c.modality = modality;
    c.as_of = as_of;
    c.as_of_explicit = as_of_explicit;
    c.period_figure = period_figure;
    c.not_the_total = kind != Kind::Date && told_as_addition(&prose[..c.expr.span.start], &prose[c.expr.span.end..]);
    c.other_event = other_event;
    // ("was arrested in 2005, aged 24", "He was 58 when he was jailed in March 2023", "died at
    // 92 in 1999": an age told of a time gone. "the 22-year-old striker, who joined in 2021" and
    // "Jones, 45, was convicted of a killing in 1990" describe the person now.)
    let told_then = {
        let before = prose[..c.expr.span.start].trim_end();
        let said_then =
            ["was", "were", "died at", "dying at", "died aged"].iter().any(|w| scan::ends_with_words(before, w));
        let after_a_date = scan::ends_with_ignore_case(before, "aged")
            && before[..before.len() - 4].trim_end().strip_suffix(',').is_some_and(|b| {
                let w = scan::date::last_word(b);
                w.len() == 4 && w.bytes().all(|x| x.is_ascii_digit()) || scan::lexicon::month(&w).is_some()
            });
        said_then || after_a_date
    };
    // "made her debut at the age of 19", "taught until her early eighties": an age at an
    // event gone with no date is no age now, nor one to count a birth back from.
    let at_an_undated_event = matches!(age, Some(Age::Years | Age::Duration)) && !as_of_explicit && {
        let lead = &words[sw.start.max(first_in.saturating_sub(4))..first_in];
        let at_an_age = lead.iter().any(|w| matches!(w.text.as_str(), "at" | "aged" | "until" | "till"));
        let clause = &words[clause_words.clone()];
        let event_gone = clause.iter().any(|w| {
            let t = w.text.as_str();
            !matches!(t, "died" | "aged" | "born" | "named" | "called")
                && (scan::lexicon::IRREGULAR_PAST.binary_search(&t).is_ok() || t.len() > 4 && t.ends_with("ed"))
        });
        at_an_age && event_gone
    };
    // ("Only two players have reached 100 goals before the age of 28", "free for children
    // under the age of five": an age as a threshold is nobody's age.)
    let before_age = age.as_ref().map(|_| lead_up(prose, c.sentence.start, c.expr.span.start).trim_end());
    let threshold = before_age.and_then(|b| b.strip_suffix("the age of")).is_some_and(|b| {
        matches!(
            scan::date::last_word(b).as_str(),
            "before" | "by" | "under" | "over" | "after" | "from" | "below" | "above"
        )
    });
    let age = if at_an_undated_event || threshold { None } else { age };
    // ("He turns 27 next month", "she turned 40 on Friday": the age is reached at the date
    // named, before or after the time of writing.)
    let turning = before_age
        .is_some_and(|b| matches!(scan::date::last_word(b).as_str(), "turns" | "turned" | "turning" | "turn"));
    c.age_told_at = as_of.filter(|d| {
        matches!(age, Some(Age::Years | Age::Duration))
            && as_of_explicit
            && (told_then && c.reference.is_some_and(|r| d.end < r) || turning)
    });
    c.age = age;
    c.source = source;
    c.span = span;
    c.revision = revision;
    if whole {
        claims[k - 1].part_of = Some(k);
    }
    // "will cut about 1,200 jobs, or roughly 8% of its workforce, by the end of June": a figure
    // that restates the one before is told as that one is, and of its time.
    if let Some(prev) = k.checked_sub(1).map(|p| &claims[p]) {
        let between = prose.get(prev.expr.span.end..claims[k].expr.span.start).unwrap_or("");
        let restates = prev.sentence == claims[k].sentence
            && prev.expr.kind != Kind::Date
            && between.len() < 60
            && between
                .trim_end()
                .strip_suffix(", or")
                .is_some_and(|noun| !noun.contains([',', ';', '.', '(', ')', ':']));
        if restates {
            let (modality, as_of, explicit) = (prev.modality, prev.as_of, prev.as_of_explicit);
            let c = &mut claims[k];
            c.modality = modality;
            c.as_of = as_of;
            c.as_of_explicit = explicit;
        }
    }
    // "is forecast to reach £127bn this year, before falling to £71bn", "will rise to 15%,
    // raising £25bn a year": a participle that goes on from a projection is one too. ("after
    // falling 3% last year" tells what came before, as it was.)
    if claims[k].modality == Modality::Asserted && claims[k].expr.kind != Kind::Date {
        let c = &claims[k];
        let from = ceil_char_boundary(prose, c.sentence.start.max(c.expr.span.start.saturating_sub(120)));
        let lead = &prose[from..c.expr.span.start];
        let participle = |w: &str| w.len() > 5 && w.ends_with("ing") && w.bytes().all(|b| b.is_ascii_lowercase());
        let goes_on = lead.rfind([',', ';']).is_some_and(|n| {
            let mut words = lead[n + 1..].split_whitespace();
            let first = words.next().unwrap_or("");
            lead[n..].starts_with(',')
                && (participle(first) || first == "before" && words.next().is_some_and(participle))
        });
        let projected_before = goes_on
            && (0..k)
                .rev()
                .take_while(|&m| claims[m].sentence == c.sentence)
                .any(|m| claims[m].modality == Modality::Projected && claims[m].expr.kind != Kind::Date);
        if projected_before {
            claims[k].modality = Modality::Projected;
        }
    }
}

/// Words that name a count whose figure comes later: "the number of X … at 10,000".
const COUNT_HEADS: &[&str] = &["number", "total", "tally", "count", "figure", "contingent", "toll", "strength"];

/// The words of the header cell above a figure in a Markdown table, if the figure stands in one.
/// Where the table last read began: its header row and the row after it, as walked up to from
/// `last_row`. Cells are read in order, so the rows below reuse the walk (which, repeated for
/// each cell of a tall table, was quadratic).
#[derive(Default)]
struct TableMemo {
    last_row: Option<usize>,
    header: usize,
    below: usize,
}

fn column_header(words: &[Word], prose: &str, at: usize, memo: &mut TableMemo) -> Option<Range<usize>> {
    // (A row of over 2,000 bytes is a data dump, not a table in an article; reading each of
    // its cells' headers, or even finding the row's ends, would cost the row's length every
    // time. So the ends are looked for only that far.)
    const LONGEST_ROW: usize = 2_000;
    let from = ceil_char_boundary(prose, at.saturating_sub(LONGEST_ROW + 1));
    let line_start = match prose[from..at].rfind('\n') {
        Some(n) => from + n + 1,
        None if from == 0 => 0,
        None => return None,
    };
    let to = ceil_char_boundary(prose, line_start + LONGEST_ROW + 1);
    let row = &prose[line_start..to];
    let row = &row[..row.find('\n').unwrap_or(row.len())];
    if !row.trim_start().starts_with('|') || row.len() > LONGEST_ROW {
        return None;
    }
    let column = prose[line_start..at].matches('|').count();
    // Up the table to its first row, which a separator row ("|---|---|") must follow; from a row
    // below the one last read, through table rows only, the walk ends where that one's did.
    let rows_down_to =
        |from: usize| prose[from..line_start].split_terminator('\n').all(|l| l.trim_start().starts_with('|'));
    let (header, below) = match memo.last_row {
        Some(r) if r <= line_start && rows_down_to(r) => (memo.header, memo.below),
        _ => {
            let mut header = line_start;
            let mut below = None;
            while header > 0 {
                let prev_start = prose[..header - 1].rfind('\n').map_or(0, |n| n + 1);
                if !prose[prev_start..header - 1].trim_start().starts_with('|') {
                    break;
                }
                below = Some(header);
                header = prev_start;
            }
            let below = below?;
            *memo = TableMemo { last_row: Some(line_start), header, below };
            (header, below)
        }
    };
    memo.last_row = Some(line_start);
    let separator = &prose[below..below + prose[below..].find('\n').unwrap_or(prose.len() - below)];
    if !separator.trim().chars().all(|ch| matches!(ch, '|' | '-' | ':' | ' ')) || header == line_start {
        return None;
    }
    let mut cells = prose[header..below].match_indices('|').map(|(k, _)| header + k);
    let open = cells.nth(column.checked_sub(1)?)?;
    let close = cells.next()?;
    let cell = words.partition_point(|w| w.span.start <= open)..words.partition_point(|w| w.span.start < close);
    (!cell.is_empty() && words[cell.clone()].iter().any(|w| w.text.chars().all(char::is_alphabetic))).then_some(cell)
}

/// "Troops deployed: about 1,500", "Death toll: 205": a short label and a colon straight before
/// the figure say what it counts.
fn label_before_colon(words: &[Word], range: Range<usize>, prose: &str, at: usize) -> Option<Range<usize>> {
    let last = range.end.checked_sub(1).filter(|&l| l >= range.start)?;
    // (A word may run into the figure in noisy text: "M’one in five".)
    if prose.get(words[last].span.end..at)?.trim() != ":" {
        return None;
    }
    // Back to the start of the clause, at most four words.
    let mut first = last;
    while first > range.start && last - first < 3 {
        let gap = &prose[words[first - 1].span.end..words[first].span.start];
        if gap.contains([',', ';', '.', '(', ')', ':', '\n']) {
            break;
        }
        first -= 1;
    }
    let start = (first..=last).find(|&m| !STOP.contains(&words[m].text.as_str()))?;
    words[start..=last].iter().all(|w| w.text.chars().all(char::is_alphabetic)).then_some(start..last + 1)
}

/// "a combined toll of roughly 3,000", "a death toll of 205", "losses of 40,000": a toll named
/// straight before the figure says what it counts (and a figure before it in the sentence does
/// not: "300 killed and 2,700 wounded, a combined toll of roughly 3,000" counts no wounded).
fn toll_of(words: &[Word], range: Range<usize>) -> Option<Range<usize>> {
    let of = range.end.checked_sub(1).filter(|&k| k > range.start && words[k].text == "of")?;
    let head = of - 1;
    if !matches!(words[head].text.as_str(), "toll" | "losses" | "casualties" | "deaths" | "dead") {
        return None;
    }
    // One modifier before the head ("combined", "death", "overall"), not an article.
    let start = if head > range.start && !STOP.contains(&words[head - 1].text.as_str()) { head - 1 } else { head };
    words[start..=head].iter().all(|w| w.text.chars().all(char::is_alphabetic)).then_some(start..head + 1)
}

/// The noun phrase of "put … at", "estimated … at", "pegged … at" just before a figure: "put
/// their casualties at", "estimate the death toll at".
fn put_at(words: &[Word], range: Range<usize>, prose: &str) -> Option<Range<usize>> {
    let at = range.end.checked_sub(1).filter(|&k| k > range.start && words[k].text == "at")?;
    let verb = (range.start..at).rev().take(8).find(|&k| {
        matches!(
            words[k].text.as_str(),
            "put"
                | "puts"
                | "putting"
                | "estimated"
                | "estimates"
                | "estimate"
                | "pegged"
                | "pegs"
                | "placed"
                | "places"
        )
    })?;
    // ("put Russian casualties, killed and wounded, at over 600,000": the noun before the aside.)
    let comma_before =
        |k: usize| prose.get(words[k - 1].span.end..words[k].span.start).is_some_and(|g| g.contains(','));
    let aside = (verb + 2..at).find(|&k| comma_before(k)).filter(|_| comma_before(at));
    let np = verb + 1..aside.unwrap_or(at);
    if np.is_empty() {
        return None;
    }
    let start =
        (np.start..np.end).find(|&k| !(determiner(&words[k].text) || matches!(words[k].text.as_str(), "a" | "an")))?;
    let clean = words[start..np.end]
        .iter()
        .all(|w| w.text.chars().all(char::is_alphabetic) && !STOP.contains(&w.text.as_str()));
    // ("put the figure at about 10,000": a word for a figure names nothing counted; the
    // figure's noun comes from before.)
    let generic = matches!(
        words[np.end - 1].text.as_str(),
        "figure" | "figures" | "number" | "total" | "tally" | "count" | "estimate" | "it" | "them"
    );
    (clean && !generic).then_some(start..np.end)
}

/// Participles that say which people a count is of ("people killed", "residents evacuated").
const CASUALTY_PARTICIPLES: &[&str] = &[
    "killed",
    "injured",
    "wounded",
    "hurt",
    "dead",
    "missing",
    "displaced",
    "evacuated",
    "arrested",
    "detained",
    "infected",
    "rescued",
    "affected",
    "hospitalised",
    "hospitalized",
];

/// The noun phrase after the last "number of" / "total of" in `range`, if any.
fn counted_before(words: &[Word], range: Range<usize>, prose: &str) -> Option<Range<usize>> {
    let mut j = range.end;
    while j > range.start + 1 {
        j -= 1;
        if words[j].text == "of" && COUNT_HEADS.contains(&words[j - 1].text.as_str()) {
            let start = j + 1;
            let mut end = start;
            while end < range.end && end - start < 5 {
                let t = words[end].text.as_str();
                // "the number of people killed": the participle says what is counted, and ends it.
                if end > start && CASUALTY_PARTICIPLES.contains(&t) {
                    end += 1;
                    break;
                }
                if STOP.contains(&t) || (end > start && (t.ends_with("ed") || t.ends_with("ing"))) {
                    break;
                }
                if end > start && prose[words[end - 1].span.end..words[end].span.start].contains([',', ';', '.']) {
                    break;
                }
                end += 1;
            }
            return (end > start).then_some(start..end);
        }
    }
    None
}

/// "the figure", "that number", "the estimate" before a bare figure point back at the last
/// counted figure of the sentence before.
fn refers_back(k: usize, claims: &[Claim], words: &[Word], range: Range<usize>) -> Option<usize> {
    // ("the daily toll has topped 1,200": a rate, another quantity than the count before.)
    let names_count =
        range.clone().any(|j| {
            matches!(words[j].text.as_str(), "figure" | "number" | "total" | "tally" | "estimate" | "count" | "toll")
                && !(j > range.start
                    && matches!(words[j - 1].text.as_str(), "daily" | "weekly" | "monthly" | "annual" | "yearly"))
        }) && range.clone().any(|j| matches!(words[j].text.as_str(), "the" | "that" | "this" | "its" | "their"));
    if !names_count {
        return None;
    }
    let here = &claims[k].sentence;
    let prev_sentence = claims[..k].iter().rev().find(|c| c.sentence.end <= here.start)?.sentence.clone();
    (0..k).rev().take_while(|&m| claims[m].sentence == prev_sentence || claims[m].sentence == *here).find(|&m| {
        claims[m].sentence == prev_sentence && claims[m].expr.kind == Kind::Number && !claims[m].noun_words.is_empty()
    })
}

/// Verbs that bring a figure after its noun: "losses climbed past", "the toll rose to".
const RISE_VERBS: &[&str] = &[
    "push",
    "pushed",
    "pushes",
    "rise",
    "rose",
    "risen",
    "rises",
    "climb",
    "climbed",
    "climbs",
    "reach",
    "reached",
    "reaches",
    "top",
    "topped",
    "tops",
    "pass",
    "passed",
    "passes",
    "exceed",
    "exceeded",
    "exceeds",
    "surpass",
    "surpassed",
    "hit",
    "hits",
    "stand",
    "stands",
    "stood",
    "total",
    "totalled",
    "totaled",
    "totals",
    "number",
    "numbered",
    "grew",
    "grow",
    "grown",
    "doubled",
    "doubles",
    "tripled",
    "trebled",
    "increased",
    "jumped",
    "fell",
    "dropped",
    "is",
    "are",
    "was",
    "were",
];

/// The noun right before a rising verb just before the figure, in its clause.
fn subject_of_rise(words: &[Word], range: Range<usize>, verb_in_figure: bool) -> Option<Range<usize>> {
    let mut j = range.end;
    // Skip the prepositions and hedge words between verb and figure ("push past", "rose to").
    while j > range.start
        && matches!(
            words[j - 1].text.as_str(),
            "to" | "past"
                | "over"
                | "above"
                | "beyond"
                | "at"
                | "nearly"
                | "almost"
                | "about"
                | "around"
                | "some"
                | "more"
                | "than"
        )
    {
        j -= 1;
    }
    // "Cases have doubled in a week to 480", "rose on Tuesday to 23": a time between the verb
    // and its "to".
    if !verb_in_figure
        && j < range.end
        && words[j].text == "to"
        && j > range.start + 1
        && !RISE_VERBS.contains(&words[j - 1].text.as_str())
    {
        let time = (j.saturating_sub(5).max(range.start + 1)..j)
            .rev()
            .find(|&p| matches!(words[p].text.as_str(), "in" | "on" | "over" | "during" | "since" | "within"));
        if let Some(p) = time.filter(|&p| RISE_VERBS.contains(&words[p - 1].text.as_str())) {
            j = p;
        }
    }
    // The verb is either just before the figure or its hedge ("have passed 400,000").
    let n = if verb_in_figure {
        j.checked_sub(1)?
    } else {
        if j <= range.start + 1 || !RISE_VERBS.contains(&words[j - 1].text.as_str()) {
            return None;
        }
        j - 2
    };
    if n < range.start {
        return None;
    }
    let mut n = n;
    // "casualties have now passed 400,000"
    while n > range.start
        && matches!(words[n].text.as_str(), "have" | "has" | "had" | "now" | "already" | "just" | "reportedly")
    {
        n -= 1;
    }
    // "The toll in the port city alone rose to seven", "the number of dead in the north rose
    // to 40": the head noun stands before the place the subject is narrowed to.
    while n > range.start && matches!(words[n].text.as_str(), "alone" | "itself" | "overall") {
        n -= 1;
    }
    let place = (n.saturating_sub(4).max(range.start + 1)..=n)
        .rev()
        .find(|&p| matches!(words[p].text.as_str(), "in" | "at" | "across" | "among" | "from" | "on"));
    if let Some(p) = place {
        let head = words[p - 1].text.as_str();
        if !STOP.contains(&head) && head.chars().all(char::is_alphabetic) {
            return Some(p - 1..p);
        }
    }
    let t = words[n].text.as_str();
    (!STOP.contains(&t) && t.chars().all(char::is_alphabetic)).then_some(n..n + 1)
}

/// "a £50,000 fine and £18,500 in costs", "300 killed and 500 wounded": between two figures, a
/// single word after the first and then "and" / "or" is the first one's noun; the length of it,
/// so that the second figure's clause starts after it.
fn noun_then_and(between: &str) -> usize {
    let t = between.trim_start_matches(' ');
    let n = t.bytes().take_while(u8::is_ascii_alphabetic).count();
    let rest = &t[n..];
    let joined = rest.strip_prefix(' ').is_some_and(|r| {
        let w = &r[..r.bytes().take_while(u8::is_ascii_alphabetic).count()];
        matches!(w, "and" | "or")
    });
    if n > 0 && joined { between.len() - rest.len() } else { 0 }
}

/// People named by what they are, whose age may follow in commas ("the mayor, 44,").
const PERSON_NOUNS: &[&str] = &[
    "&str] = &[",
    "actor",
    "actress",
    "boss",
    "boy",
    "brother",
    "captain",
    "chairman",
    "chairwoman",
    "coach",
    "daughter",
    "defendant",
    "director",
    "doctor",
    "driver",
    "executive",
    "farmer",
    "father",
    "founder",
    "girl",
    "goalkeeper",
    "governor",
    "grandfather",
    "grandmother",
    "husband",
    "journalist",
    "lawyer",
    "leader",
    "man",
    "manager",
    "mayor",
    "midfielder",
    "minister",
    "mother",
    "nurse",
    "officer",
    "owner",
    "pensioner",
    "pilot",
    "player",
    "president",
    "priest",
    "referee",
    "singer",
    "sister",
    "soldier",
    "son",
    "striker",
    "student",
    "survivor",
    "suspect",
    "teacher",
    "victim",
    "widow",
    "wife",
    "woman",
    "worker",
    "writer",
];

/// Is the figure a person's age set off after the name: "Peter Vance, 61, took", "the mayor,
/// 44, said", "Jo Reid (29) was"? A whole number of at most three digits, written in figures,
/// between commas or in brackets, after a capitalised name or a word for a person.
fn appositive_age(prose: &str, words: &[Word], sentence_start: usize, first_in: usize, e: &Expression) -> bool {
    let text = &prose[e.span.clone()];
    if e.hedge != Hedge::Exact
        || !text.bytes().all(|b| b.is_ascii_digit())
        || text.len() > 3
        || !e.value.is_some_and(|v| (1.0..=120.0).contains(&v))
        || first_in <= sentence_start
    {
        return false;
    }
    let before = prose[..e.span.start].trim_end_matches(' ');
    let after = prose[e.span.end..].trim_start_matches(' ');
    let (open, close): (char, &[char]) = if before.ends_with(',') { (',', &[',', ';']) } else { ('(', &[')']) };
    if !before.ends_with(open) || !after.starts_with(close) {
        return false;
    }
    let name = &words[first_in - 1];
    // (The first word of a sentence is capitalised whatever it is: "Dorn, 58, begins" names a
    // person, "Overall, 58, …" does not.)
    let opener = matches!(
        name.text.as_str(),
        "overall"
            | "however"
            | "meanwhile"
            | "today"
            | "yesterday"
            | "still"
            | "now"
            | "then"
            | "instead"
            | "also"
            | "so"
            | "but"
            | "and"
            | "in"
            | "of"
            | "by"
            | "since"
            | "until"
            | "total"
            | "altogether"
            | "combined"
            | "including"
    );
    let capitalised = prose[name.span.start..].starts_with(|c: char| c.is_ascii_uppercase())
        && (first_in - 1 > sentence_start || !opener && word_after_is_lowercase(after[1..].trim_start()));
    capitalised || PERSON_NOUNS.contains(&name.text.as_str())
}

/// The whole a figure is counted from, named right after its "of" ("312 of the 598 seats",
/// "four of 38 games"): that claim, and the word it starts at.
fn whole_named_after<'c>(
    claims: &'c [Claim],
    k: usize,
    words: &[Word],
    first_after: usize,
    sentence_end: usize,
) -> Option<(&'c Claim, usize)> {
    if first_after + 1 >= sentence_end || words[first_after].text != "of" {
        return None;
    }
    let j = if determiner(&words[first_after + 1].text) { first_after + 2 } else { first_after + 1 };
    let whole = claims.get(k + 1).filter(|n| {
        n.sentence == claims[k].sentence
            && n.expr.kind == Kind::Number
            && words.get(j).is_some_and(|w| w.span.start == n.expr.span.start)
    })?;
    Some((whole, j))
}

/// A past participle: "founded", "made", "diverted".
fn participle(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ed") || IRREGULAR_PARTICIPLES.contains(&w)
}

/// Does `text` open with a verb in the past ("lost four", "wounded 100", "was")?
fn past_verb_opens(text: &str) -> bool {
    let w = text.trim_start().split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
    let past = participle(w) && !w.ends_with("eed") || scan::lexicon::IRREGULAR_PAST.binary_search(&w).is_ok();
    past && w.starts_with(|c: char| c.is_ascii_lowercase())
}

fn word_after_is_lowercase(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_lowercase())
}

/// "A week after the dam burst on Saturday, the toll stands at 19 dead": a date in a clause
/// that leads the sentence ("after …", "when …", "a week after …") dates that clause's event;
/// a figure after it told in the present is of the time of writing.
fn in_a_leading_clause_told_now(prose: &str, sentence_start: usize, date: &Range<usize>, figure_start: usize) -> bool {
    // (A leading clause is short; a table row of thousands of cells is one sentence, and its
    // figures must not each read the row from its start.)
    if date.start - sentence_start > 200 {
        return false;
    }
    let (Some(head), Some(between)) = (prose.get(sentence_start..date.start), prose.get(date.end..figure_start)) else {
        return false;
    };
    if head.contains([',', ';', ':']) {
        return false;
    }
    let Some(k) = between.find(',') else { return false };
    let mut words = [""; 4];
    head.split_whitespace().zip(words.iter_mut()).for_each(|(w, slot)| *slot = w);
    let one_of = |w: &str, list: &[&str]| list.iter().any(|x| w.eq_ignore_ascii_case(x));
    let subordinate = |w: &str| one_of(w, &["after", "since", "when", "before", "as", "while", "following"]);
    // ("Days after …", "A week after …", "Two months since …".)
    let unit = |u: &str| one_of(u.trim_end_matches(['s', 'S']), &["day", "week", "month", "year", "hour", "minute"]);
    // ("A week after Amara hit the coast on May 11, officials put the toll at 58": a span counted
    // on from the date moves the main clause off it, whatever its tense.)
    let counted_on = (1..3).any(|p| one_of(words[p], &["after", "since"]) && unit(words[p - 1]));
    if counted_on {
        return true;
    }
    let leads = subordinate(words[0]) || (1..3).any(|p| subordinate(words[p]) && unit(words[p - 1]));
    // "Founded nine years ago, the firm was last valued at $28 billion": a participle's clause
    // dates the participle, whatever the tense after it.
    let participle =
        words[0].len() > 4 && scan::ends_with_ignore_case(words[0], "ed") || one_of(words[0], IRREGULAR_PARTICIPLES);
    participle
        || leads
            && between[k + 1..].split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
                matches!(w, "is" | "are" | "stands" | "stand" | "remains" | "remain" | "now" | "currently" | "totals")
            })
}

/// Between a figure and a date after it: a predicate told now, then "after", "since" or
/// "following" opening a clause with words of its own before the date.
fn event_clause_after_a_present_predicate(between: &str) -> bool {
    let words: Vec<&str> = between.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty()).collect();
    let Some(k) = words.iter().position(|w| matches!(*w, "after" | "since" | "following")) else { return false };
    let (predicate, clause) = (&words[..k], &words[k + 1..]);
    let now =
        predicate.iter().any(|w| matches!(*w, "are" | "is" | "have" | "has" | "now" | "stands" | "remains" | "totals"))
            && !predicate.iter().any(|w| matches!(*w, "was" | "were" | "had" | "did"));
    now && clause.len() >= 2
}

/// "25,600 at the end of last year, against 26,900 a year earlier": a date counted back from an
/// end of a period named before it in the sentence is that end, a period earlier.
fn end_counted_back(prose: &str, claims: &[Claim], m: usize) -> bool {
    let text = &prose[claims[m].expr.span.clone()];
    if !(scan::ends_with_ignore_case(text, " earlier") || scan::ends_with_ignore_case(text, " before")) {
        return false;
    }
    let sentence = &claims[m].sentence;
    claims[..m]
        .iter()
        .rev()
        .take_while(|c| c.sentence == *sentence)
        .find(|c| c.expr.kind == Kind::Date)
        .is_some_and(|c| at_the_end_of(&prose[c.expr.span.clone()]))
}

/// "at the end of last year", "the end of 2023", "at year-end": a date phrase naming the end of
/// a period, a point in time.
fn at_the_end_of(date_text: &str) -> bool {
    let t = if scan::starts_with_ignore_case(date_text, "at ") { &date_text[3..] } else { date_text };
    ["the end of", "end of", "year-end", "the year-end"].iter().any(|p| scan::starts_with_ignore_case(t, p))
}

/// Between a date and the figure after it, does the figure's own clause (after the last comma)
/// say "now" or "currently"?
fn now_in_own_clause(between: &str) -> bool {
    // (The figure's clause is in the last few hundred bytes before it.)
    let between = crate::error::last_bytes(between, 300);
    let Some(k) = between.rfind([',', ';']) else { return false };
    between[k + 1..]
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| w.eq_ignore_ascii_case("now") || w.eq_ignore_ascii_case("currently"))
}

/// Is the figure between `before` and `after` told as an addition or a change rather than a
/// total: "another 400", "a further 300", "400 more soldiers", "added €5 million", "rose by 9"?
/// Whether the figure at word `figure` is a revision ("was revised down to 0.5%", "revised
/// from 0.6% to 0.5%") and whether it is the figure a revision replaced ("from an initial
/// estimate of 0.6%", "previously estimated at 0.6%", "revised down to 0.5% from 0.6%").
fn revised(words: &[Word], start: usize, figure: usize) -> (bool, bool) {
    // (Eight words back at most, without allocating: a table row has thousands of figures.)
    let mut back = [""; 8];
    let mut n = 0;
    for w in words[start.max(figure.saturating_sub(8))..figure].iter().rev() {
        back[n] = w.text.as_str();
        n += 1;
    }
    let lead = &back[..n];
    let revise = |w: &&str| matches!(*w, "revised" | "revises" | "revise" | "revising" | "revision");
    let earlier = |w: &str| {
        matches!(
            w,
            "initial" | "first" | "earlier" | "previous" | "preliminary" | "original" | "flash" | "advance" | "prior"
        )
    };
    let superseded = match lead {
        ["of", "estimate" | "estimates" | "reading" | "figure" | "print", adjective, ..] => earlier(adjective),
        ["at" | "as", "estimated" | "reported" | "put" | "given", adverb, ..] => {
            matches!(*adverb, "previously" | "initially" | "first" | "originally")
        }
        // ("revised down to 0.5% from 0.6%", "revised from 0.6% to 0.5%".)
        ["from", rest @ ..] => rest.iter().take(6).any(revise),
        _ => false,
    };
    let revision = matches!(lead.first(), Some(&"to")) && lead[1..].iter().take(6).any(revise);
    (revision, superseded)
}

/// Does the sentence say a count was revised ("the agency said, after it revised its count",
/// "officials corrected the toll")? Its figure is then the revision, as "revised down to 5"'s is.
fn count_revised(sentence: &[Word]) -> bool {
    sentence.windows(3).any(|w| {
        matches!(w[0].text.as_str(), "revised" | "revising" | "corrected" | "correcting" | "downgraded" | "lowered")
            && w[1..].iter().any(|x| {
                matches!(x.text.as_str(), "count" | "toll" | "tally" | "estimate" | "figure" | "figures" | "total")
            })
    })
}

fn told_as_addition(before: &str, after: &str) -> bool {
    // (Two words back are in the last few dozen bytes; a table row of figures must not be read
    // back to its start for each.)
    let before = crate::error::last_bytes(before, 48);
    let mut back = before.rsplit(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty());
    let mut buf = [0u8; 24];
    let last = scan::number::lower(back.next().unwrap_or(""), &mut buf);
    // Only a word right before the figure: "another" further back belongs to another noun.
    let adjacent = before.trim_end_matches([' ', '\u{a0}']).ends_with(|c: char| c.is_ascii_alphabetic());
    let before_says = adjacent
        && match last {
            "another" | "additional" | "extra" | "further" | "fresh" | "added" | "adds" | "add" | "adding" => true,
            // ("rose by 9", "lifts the defence budget by €4.3bn": the verb may have its object.)
            "by" => back.take(4).enumerate().any(|(k, w)| {
                let mut buf = [0u8; 24];
                let w = scan::number::lower(w, &mut buf);
                k == 0 && (scan::lexicon::change_verb(w) || matches!(w, "up" | "down"))
                    || scan::lexicon::verb_of_change_with_object(w)
            }),
            _ => false,
        };
    let next = after.trim_start_matches([' ', '\u{a0}']);
    let next = &next[..next.bytes().take_while(u8::is_ascii_alphabetic).count()];
    before_says
        || after.starts_with([' ', '\u{a0}'])
            && ["more", "additional", "extra"].iter().any(|w| next.eq_ignore_ascii_case(w))
}

/// Is `t` a verb in the past tense: an irregular past ("broke", "fell") or a verb of change in
/// "-ed" ("jumped"), not a participle after "be" or "have"? (Other "-ed" words are as often
/// participles and adjectives: "an estimated £45m", "the planned cut".)
fn told_in_past(t: &str, prev: Option<&str>) -> bool {
    // (A verb of saying or thinking reports a plan as readily as an event: "it was thought the
    // cut would …".)
    let reports = matches!(t, "said" | "told" | "thought" | "knew" | "felt" | "meant");
    let irregular = !reports && scan::lexicon::IRREGULAR_PAST.binary_search(&t).is_ok();
    let past = irregular || (t.ends_with("ed") && scan::lexicon::change_verb(t));
    // ("will launch a paid tier": after an article or a possessive it is an adjective.)
    past && !prev.is_some_and(|p| {
        matches!(p, "be" | "been" | "being" | "have" | "has" | "had" | "to" | "a" | "an") || determiner(p)
    })
}

/// A noun or verb of deciding or offering up to four words before "to" at `to`: "decision
/// (last week) to", "agreed to", "a bid to"; or "is" / "are" right before it ("emissions are to
/// fall 65%").
fn plan_word_before(words: &[Word], start: usize, to: usize) -> bool {
    if to > start && matches!(words[to - 1].text.as_str(), "is" | "are") {
        return true;
    }
    words[start.max(to.saturating_sub(4))..to].iter().any(|w| {
        matches!(
            w.text.as_str(),
            "decision"
                | "decided"
                | "decides"
                | "proposal"
                | "proposed"
                | "proposes"
                | "bid"
                | "offer"
                | "offered"
                | "offers"
                | "agreed"
                | "agrees"
                | "intention"
                | "threatened"
                | "threatens"
                | "announced"
                | "announces"
                | "approved"
                | "voted"
        )
    })
}

/// In the words between two figures, where a verb of change starts whose object the second
/// figure gives: "… raises defence spending to", " and lifts the defence budget by" (at the
/// "and").
fn changed_object_at(gap: &str) -> Option<usize> {
    let tail = gap.trim_end();
    if !(tail.ends_with(" to") || tail.ends_with(" by")) || gap.len() > 80 {
        return None;
    }
    let mut at = 0;
    for w in gap.split(' ') {
        let lw = w.to_ascii_lowercase();
        if at > 0
            && (scan::lexicon::verb_of_change_with_object(&lw) || lw.ends_with('s') && scan::lexicon::change_verb(&lw))
        {
            // The object: one to four words between the verb and "to"/"by".
            let object = gap[at + w.len()..].split_whitespace().count();
            if (2..=5).contains(&object) {
                return Some(gap[..at].strip_suffix(" and ").map_or(at, str::len));
            }
        }
        at += w.len() + 1;
    }
    None
}

/// "a budget for 2026", "the 2026 budget": a year that names the period of a noun. Its scope,
/// the noun and the year, if it is one.
fn year_of_a_noun(prose: &str, e: &scan::Expression) -> Option<Range<usize>> {
    if e.date.is_none_or(|d| d.grain != Grain::Year) || e.date_bound.is_some() {
        return None;
    }
    let before = crate::error::last_bytes(&prose[..e.span.start], 24);
    let text = &prose[e.span.clone()];
    if let Some(head) = before.strip_suffix(" for ").filter(|_| text.starts_with(|c: char| c.is_ascii_digit())) {
        let noun = scan::date::last_word(head);
        if noun.len() > 3 && !participle(&noun) && !noun.ends_with("ing") {
            let start = e.span.start.checked_sub(" for ".len() + noun.len())?;
            return Some(start..e.span.end);
        }
    }
    let after = prose[e.span.end..].strip_prefix(' ').unwrap_or("");
    let noun_len = after.bytes().take_while(u8::is_ascii_lowercase).count();
    let determiner = matches!(scan::date::last_word(before).as_str(), "the" | "its" | "their" | "this" | "next" | "a");
    (determiner && noun_len > 2).then(|| e.span.start..e.span.end + 1 + noun_len)
}

/// Is the money at `figure` the price of a deal made before the "to" at `to`: "agreed to buy
/// Lintex for $8.2bn", "voted to sell the site for about £40m"?
fn priced_by_deal(words: &[Word], start: usize, to: usize, figure: usize) -> bool {
    let agreed = words[start.max(to.saturating_sub(4))..to].iter().any(|w| {
        matches!(w.text.as_str(), "agreed" | "agrees" | "approved" | "voted" | "decided" | "offered" | "offers")
    });
    // ("in a deal valuing Tarn at $2bn", "a deal worth $2bn": the deal's value is its price.)
    let for_price = words[to..figure].iter().rev().take(3).any(|w| w.text == "for")
        || words[to..figure].iter().rev().take(5).any(|w| matches!(w.text.as_str(), "valuing" | "valued" | "worth"));
    agreed && for_price && figure - to <= 14
}

fn is_projection(t: &str, next: Option<&str>) -> bool {
    let modal = matches!(
        t,
        "could"
            | "may"
            | "might"
            | "would"
            | "will"
            | "shall"
            | "expected"
            | "expects"
            | "expect"
            | "plans"
            | "plan"
            | "planned"
            | "planning"
            | "aims"
            | "aim"
            | "aiming"
            | "intends"
            | "intend"
            | "likely"
            | "forecast"
            | "projected"
            | "predicted"
            | "predicts"
            | "predict"
            | "preparing"
            | "prepared"
            | "poised"
            | "hopes"
            | "hope"
            | "pledged"
            | "pledges"
            | "pledge"
            | "promised"
            | "promises"
            | "vowed"
            | "vows"
            | "wo"
            | "ll"
    ) || (t == "set" && next == Some("to"))
        || (t == "going" && next == Some("to"))
        // "traders are pricing a peak of 5.75%": what a market expects.
        || t == "pricing";
    if !modal {
        return false;
    }
    // "aid pledges have passed $85m", "the plans were approved": the noun, and what it says
    // has happened.
    let noun_before_verb = matches!(t, "pledges" | "pledge" | "plans" | "plan" | "hopes" | "promises" | "forecast")
        && next.is_some_and(|n| {
            matches!(
                n,
                "have"
                    | "has"
                    | "had"
                    | "were"
                    | "was"
                    | "now"
                    | "total"
                    | "totalled"
                    | "totaled"
                    | "reached"
                    | "passed"
                    | "topped"
                    | "exceeded"
                    | "stood"
                    | "stand"
                    | "amounted"
                    | "came"
            )
            // ("the plan unveiled on Tuesday", "the forecast published in May".)
            || n.len() > 4 && n.ends_with("ed")
        });
    // "raised its forecast on Thursday", "unveiled the plan on Monday": the day it was told.
    let noun_before_day = matches!(t, "forecast" | "forecasts" | "plan" | "plans") && next == Some("on");
    let noun_before_verb = noun_before_verb || noun_before_day;
    !noun_before_verb
}

/// Where a clause of its own begins in `text`: at a semicolon, or at a comma before "and",
/// "but", "while" and the like (the splits of `report_segments`); its length if none does.
fn next_clause(text: &str) -> usize {
    let mut at = 0;
    while let Some(n) = text[at..].find([',', ';']) {
        let pos = at + n;
        if text[pos..].starts_with(';') {
            return pos;
        }
        let mut after = text[pos + 1..].split_whitespace();
        let next = after.next().unwrap_or("");
        if CLAUSE_JOINERS.contains(&next) {
            return pos;
        }
        // "1.2 million bottles of Coravan, made between March 2023 and January 2025": a
        // participle and its preposition open an aside on the noun, whose date is the aside's.
        // (The date after it starts with its own preposition, so the text may end at it.)
        if participle(next)
            && after
                .clone()
                .next()
                .is_none_or(|p| matches!(p, "in" | "on" | "at" | "between" | "from" | "during" | "since" | "by"))
        {
            return pos;
        }
        // "expects to pass three million for the year, a target it had earlier set for 2027": a
        // noun set off after the figure with a clause of its own (its pronoun left out) has its
        // own time.
        if matches!(next, "a" | "an" | "the")
            && after.next().is_some()
            && after.next().is_some_and(|s| matches!(s, "it" | "they" | "he" | "she" | "we" | "i" | "you"))
        {
            return pos;
        }
        at = pos + 1;
    }
    text.len()
}

/// Words that may stand between a verb and the figure it governs ("killed at least 12",
/// "injured an estimated 40").
fn between_verb_and_figure(w: &str) -> bool {
    matches!(
        w,
        "at" | "least"
            | "about"
            | "around"
            | "some"
            | "nearly"
            | "almost"
            | "more"
            | "than"
            | "over"
            | "an"
            | "a"
            | "estimated"
            | "another"
            | "further"
            | "the"
            | "roughly"
            | "up"
            | "to"
    )
}

/// Does the clause before a figure end in a verb in the past that governs it ("The storm
/// killed three", "Police arrested at least 12")?
fn past_predicate_before(lead: &str) -> bool {
    let tail = lead.rsplit([',', ';', ':', '(', ')', '—']).next().unwrap_or(lead);
    let verb = tail.split_whitespace().rev().take(4).find(|w| !between_verb_and_figure(w)).unwrap_or("");
    past_verb_opens(verb)
}

/// Does the gap between two figures join a second past predicate to the first with "and", and
/// nothing else ("people and injured five", "men and charged another")?
fn joins_past_predicate(gap: &str) -> bool {
    // (At most "people from the water and recovered an estimated": a short gap with an "and".)
    if gap.len() > 80
        || !gap.as_bytes().windows(5).any(|w| w == b" and ")
        || gap.contains([',', ';', ':', '(', ')', '—', '–'])
    {
        return false;
    }
    let words: Vec<&str> = gap.split_whitespace().collect();
    let Some(and) = words.iter().position(|w| *w == "and") else { return false };
    and <= 4
        && words.get(and + 1).is_some_and(|v| past_verb_opens(v))
        && words[and + 2..].len() <= 3
        && words[and + 2..].iter().all(|w| between_verb_and_figure(w))
}

/// Does `text` hold "and" before an auxiliary, which opens a second predicate of the subject
/// ("counting in three districts was delayed and is not expected to finish before Wednesday"),
/// or before a verb of a standing state ("was founded in 1998 and employs 4,000 people")?
fn second_predicate(text: &str) -> bool {
    let auxiliary = |n: &str| {
        matches!(
            n,
            "is" | "are"
                | "was"
                | "were"
                | "will"
                | "would"
                | "has"
                | "have"
                | "had"
                | "could"
                | "may"
                | "can"
                | "cannot"
                | "must"
                | "should"
                | "might"
        )
    };
    // ("has around 1.5 billion users and expects growth in the December quarter": a verb of
    // looking ahead or of saying opens a predicate of its own.)
    let own_verb = |n: &str| {
        matches!(
            n,
            "expects"
                | "expected"
                | "plans"
                | "planned"
                | "hopes"
                | "aims"
                | "forecasts"
                | "predicts"
                | "says"
                | "said"
                | "warns"
                | "warned"
                | "intends"
                | "sees"
        )
    };
    let mut words = text.split_whitespace();
    while let Some(w) = words.next() {
        if w != "and" {
            continue;
        }
        let mut n = words.clone().next().unwrap_or("");
        if auxiliary(n) || own_verb(n) {
            return true;
        }
        // ("… and now runs 14 of them".)
        if matches!(n, "now" | "still" | "currently" | "also") {
            n = words.clone().nth(1).unwrap_or("");
        }
        if scan::lexicon::STATE_VERBS_PRESENT.contains(&n) {
            return true;
        }
    }
    false
}

/// The time a "since" phrase names ("since the summer of 2019" names that summer), read again
/// without its bound word.
fn named_time(since_phrase: &str, ctx: &DateContext) -> Option<DateSpan> {
    let (bound, named) = since_phrase.split_once(' ')?;
    if !bound.eq_ignore_ascii_case("since") {
        return None;
    }
    // Read as "in …": a bare "1987" is a number, "in 1987" the year.
    let text = format!("in {named}");
    match scan::scan(&text, ctx).as_slice() {
        [e] if e.kind == Kind::Date && e.span.start <= 3 && e.span.end == text.len() => e.date,
        _ => None,
    }
}

/// Is a date between `before` and `after` inside an aside that a relative pronoun opens
/// after a comma and a comma closes ("…, which began on Sunday, was …")?
fn in_aside(before: &str, after: &str) -> bool {
    // ("The plant, due to close next year, cut 300 jobs in March": an aside of what is to come
    // of the noun dates the noun too.)
    let to_come = |aside: &str| {
        let mut w = aside.split_whitespace();
        matches!(w.next(), Some("due" | "set" | "expected" | "scheduled" | "slated" | "poised" | "likely"))
            && w.next() == Some("to")
    };
    aside_text(before).is_some_and(|a| relative_pronoun(first_word(a)) || to_come(a)) && after.contains([',', ')', '—'])
}

/// Is a date before a figure kept from it by what comes between: a relative clause opened
/// after the date ("rain forecast for late September floods the camps, which house an
/// estimated 240,000 people"), or a contrast after a date inside the sentence ("below the 2.4%
/// seen in 2019 but above the 1% threshold"; a date that leads the sentence covers it all)?
fn before_the_figure_elsewhere(prose: &str, sentence_start: usize, date: &Range<usize>, figure_start: usize) -> bool {
    let between = prose.get(date.end..figure_start).unwrap_or("");
    if aside_opener(between).is_some_and(relative_pronoun) {
        return true;
    }
    // "Ostmark, founded in 1962, employs about 12,500 people": a participle's aside dates the
    // participle (a comma closes it before the figure).
    if between.contains(',') && aside_opener(lead_up(prose, sentence_start, date.start)).is_some_and(participle) {
        return true;
    }
    let contrast = between.split_whitespace().any(|w| matches!(w, "but" | "whereas" | "yet"));
    let leads = prose.get(sentence_start..date.start).is_some_and(|h| h.split_whitespace().count() <= 1);
    // ("600 redundancies announced in January and will leave it with around 13,800 staff".)
    (contrast || second_predicate(between)) && !leads
}

/// Is a figure between `before` and `after` inside an aside that a relative pronoun or a word
/// of cost or worth opens after a comma and a comma closes ("…, costing an estimated €410m, is
/// due to open …")?
fn in_aside_of_value(before: &str, after: &str) -> bool {
    let of_value = |w: &str| matches!(w, "costing" | "worth" | "valued" | "totalling" | "totaling");
    // ("Eleven schools, most with fewer than 60 pupils, will be reviewed in June": what each or
    // most of the noun have is told of now. A bare "with" is left out: "…, with 11 still
    // missing, officials said on Monday" is of the saying's day.)
    let described = |aside: &str| {
        let mut w = aside.split_whitespace();
        matches!(w.next(), Some("most" | "each" | "many" | "all" | "some" | "both" | "several" | "one"))
            && w.next() == Some("with")
    };
    aside_text(before).is_some_and(|a| {
        let w = first_word(a);
        relative_pronoun(w) || of_value(w) || described(a)
    }) && after.contains([',', ')', '—'])
}

/// The sentence's text before `at`, at most 300 bytes of it: where an aside around `at` opens.
/// (An aside is short: 300 bytes back is plenty, and a table row stays linear.)
fn lead_up(prose: &str, sentence_start: usize, at: usize) -> &str {
    crate::error::last_bytes(prose.get(sentence_start..at).unwrap_or(""), 300)
}

/// Does `gap` (from an "of" to the figure after it) name the figure as a whole: "of", "of the",
/// "of its", "of Halvern's"?
fn whole_follows_of(gap: &str) -> bool {
    gap.trim().strip_prefix("of").is_some_and(|r| {
        let r = r.trim();
        r.is_empty()
            || determiner(r)
            || !r.contains(' ') && (r.ends_with("'s") || r.ends_with("’s")) && r.starts_with(|c: char| c.is_uppercase())
    })
}

/// "A wildfire that started on Monday grew to roughly 18,000 acres", "The vaccine that was
/// approved in May has been given to 200,000 children": is a date, whose clause up to it is
/// `clause`, in a relative clause on a noun, with the figure's own verb after it in
/// `between`? Not on a period's noun ("in the year that ended in March, sales rose 5%" is the
/// figure's time), nor after a "that" of saying ("said that on Monday 40 were rescued").
fn in_relative_clause_before_its_verb(clause: &str, between: &str) -> bool {
    if between.len() > 120 || between.contains([',', ';', ':', '(', ')', '—']) {
        return false;
    }
    // (The pronoun, up to three words before the date: "that started", "which was approved",
    // "who had arrived early".)
    let back: Vec<&str> = clause.split_whitespace().rev().take(5).collect();
    let Some(k) = back.iter().take(4).position(|w| matches!(*w, "that" | "which" | "who")) else { return false };
    let verb = back[..k].iter().any(|w| participle(w) || scan::lexicon::IRREGULAR_PAST.binary_search(w).is_ok());
    let noun = back.get(k + 1).map(|w| w.to_ascii_lowercase()).unwrap_or_default();
    let of_a_period = scan::lexicon::period_noun(noun.strip_suffix('s').unwrap_or(&noun)).is_some()
        || matches!(noun.as_str(), "period" | "season" | "fortnight");
    let said = SAY_VERBS.contains(&noun.as_str()) || matches!(noun.as_str(), "says" | "say" | "told" | "reported");
    let finite = between.split_whitespace().any(|w| {
        matches!(w, "has" | "have" | "had" | "is" | "are" | "was" | "were" | "will" | "would" | "can" | "could")
            || past_verb_opens(w)
            || scan::lexicon::change_verb(w)
    });
    verb && !of_a_period && !said && finite
}

/// "the", or a possessive before a noun ("its", "their", …).
/// Is the date set on another noun by a participle ("above the pre-pandemic high set in 2019",
/// "A vaccine approved in May will be offered to 200,000 children"), not on the figure? Only
/// where a determiner opens that noun's phrase, a figure before it is some words off (a figure
/// right before, "£5m reported in March", is the noun's own), and a figure after it is in
/// the main clause, past a finite verb.
fn dates_another_noun(prose: &str, figure: &Range<usize>, date: &Range<usize>) -> bool {
    // (The word before the date is read first: a table row is read back from each cell, and
    // most dates follow no participle.)
    let before_date = crate::error::last_bytes(&prose[..date.start], 80);
    let clause = before_date.rsplit([',', ';', ':', '(', ')', '.']).next().unwrap_or("");
    let mut words = clause.split_whitespace().rev();
    // "The death toll from Friday's ferry disaster has risen to 27": a date owning a noun
    // dates the noun; a finite verb after it before the figure is of another time.
    let owns_noun = prose[date.end..].starts_with("'s ") || prose[date.end..].starts_with("’s ");
    if owns_noun && date.end <= figure.start {
        let between = prose.get(date.end..figure.start).unwrap_or("");
        return between.len() <= 200
            && between.split_whitespace().any(|w| {
                matches!(
                    w,
                    "has" | "have" | "had" | "is" | "are" | "was" | "were" | "stands" | "stood" | "rose" | "climbed"
                )
            });
    }
    if date.end <= figure.start && in_relative_clause_before_its_verb(clause, &prose[date.end..figure.start]) {
        return true;
    }
    let Some(last) = words.next() else { return false };
    let p = last.to_ascii_lowercase();
    if !participle(&p) {
        return false;
    }
    // (Figure and date a few words apart, no boundary between.)
    let (from, to) = if date.start >= figure.end { (figure.end, date.start) } else { (date.end, figure.start) };
    let Some(between) = prose.get(from..to).filter(|b| b.len() <= 200 && !b.contains([',', ';', ':', '(', ')'])) else {
        return false;
    };
    let head: Vec<&str> = words.take(3).collect();
    let auxiliary = |w: &&str| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "was" | "were" | "is" | "are" | "been" | "be" | "has" | "have" | "had"
        )
    };
    let opener = head.iter().take_while(|w| !auxiliary(w)).position(|w| {
        let w = w.to_ascii_lowercase();
        determiner(&w) || matches!(w.as_str(), "a" | "an")
    });
    // ("At least 150,000 may have died, a US envoy estimated last year": a clause of saying,
    // whose verb is finite.)
    if opener.is_none() || head.iter().any(auxiliary) || SAY_VERBS.contains(&p.as_str()) {
        return false;
    }
    if date.start >= figure.end {
        // ("38 seconds outside the course record set six years ago": the noun's determiner
        // after the figure opens another noun phrase; counted from the date back, the
        // participle is the first word and the determiner its position in `head` plus two.)
        let n = between.split_whitespace().count();
        n >= 6 || opener.is_some_and(|d| n >= d + 2)
    } else {
        between.split_whitespace().any(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "will" | "would" | "is" | "are" | "was" | "were" | "has" | "have" | "had" | "can" | "could"
            )
        })
    }
}

/// Does the gap between a figure and a date after it name, with no figure of its own, what the
/// figure is compared with: "more than twice what was needed in", "as many users as at launch
/// in", "as many as in"?
fn names_what_is_compared(between: &str) -> bool {
    let no_figure = |t: &str| !t.bytes().any(|b| b.is_ascii_digit());
    if between.split(" than ").nth(1).is_some_and(no_figure) {
        return true;
    }
    ["as many ", "as much "].iter().any(|p| {
        // ("as many users as at launch": the second "as" after the noun.)
        between.split(p).nth(1).is_some_and(|t| match t.strip_prefix("as ") {
            Some(t) => no_figure(t),
            None => t.split_once(" as ").is_some_and(|(noun, t)| noun.split_whitespace().count() <= 3 && no_figure(t)),
        })
    })
}

/// The last word of `text`, or the one before it when the last is a determiner ("on the",
/// "double the").
fn word_before_determiner(text: &str) -> String {
    scan::date::last_word(without_determiner(text))
}

/// `text` without a determiner at its end ("up four points on the" → "up four points on").
fn without_determiner(text: &str) -> &str {
    let t = text.trim_end();
    let w = scan::date::last_word(t);
    if determiner(&w) { t[..t.len() - w.len()].trim_end() } else { t }
}

fn determiner(w: &str) -> bool {
    matches!(w, "the" | "its" | "their" | "his" | "her" | "our")
}

/// The text after the last comma, parenthesis or dash in `before`.
fn aside_text(before: &str) -> Option<&str> {
    let (open, mark) = before.char_indices().rev().find(|(_, c)| matches!(c, ',' | '(' | '—'))?;
    Some(&before[open + mark.len_utf8()..])
}

fn first_word(text: &str) -> &str {
    text.split_whitespace().next().unwrap_or("")
}

/// The first word after the last comma, parenthesis or dash in `before`.
fn aside_opener(before: &str) -> Option<&str> {
    aside_text(before).map(first_word)
}

fn relative_pronoun(w: &str) -> bool {
    matches!(w, "which" | "who" | "whose" | "whom" | "where")
}

/// Does a relative pronoun open a clause in `text` ("298 people died in the earthquake that
/// hit the coast on Sunday": the clause dates the quake; the toll is the report's)? Not after
/// a period's noun: "in the year that ended in March" is the figure's own time.
fn opens_relative_clause(text: &str) -> bool {
    let mut prev = "";
    for w in text.split_whitespace().map(|w| w.trim_end_matches(',')) {
        if matches!(w, "that" | "which" | "who" | "whom" | "where") {
            let mut buf = [0u8; 24];
            let p = scan::number::lower(prev, &mut buf);
            let p = p.strip_suffix('s').unwrap_or(p);
            let of_a_period = scan::lexicon::period_noun(p).is_some() || matches!(p, "period" | "season" | "fortnight");
            if !of_a_period {
                return true;
            }
        }
        prev = w;
    }
    false
}

/// Does `text` end in a verb of saying, up to three words back ("said", "told reporters")?
fn said_before(text: &str) -> bool {
    text.split_whitespace().rev().take(3).any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase();
        SAY_VERBS.contains(&w.as_str())
    })
}

/// Start of the clause containing `pos`: after the last comma, semicolon, colon, dash or
/// parenthesis in the sentence before it.
fn clause_start(prose: &str, sentence: &Range<usize>, pos: usize) -> usize {
    // The last boundary, looked for from the end, and at most 2,000 bytes back: a table row
    // has no commas, and reading it back to its start for each of its cells was quadratic.
    let from = ceil_char_boundary(prose, sentence.start.max(pos.saturating_sub(2_000)));
    let seg = &prose[from..pos];
    // ("will fall from £9,100 to £5,000": a comma between digits groups thousands.)
    let bytes = seg.as_bytes();
    let grouping = |i: usize| {
        bytes[i] == b','
            && i > 0
            && bytes[i - 1].is_ascii_digit()
            && prose.as_bytes().get(from + i + 1).is_some_and(u8::is_ascii_digit)
    };
    // ("will rise by 3.1%, to a maximum of £10,544": the level after a change set off by a
    // comma is still the change's clause.)
    // (Only a figure in the last three words before the comma: "3.1%", "3.1 per cent".)
    let level_after_change = |i: usize| {
        bytes[i] == b','
            && seg[i + 1..].starts_with(" to ")
            && seg[..i].rsplit(' ').take(3).any(|w| w.bytes().any(|b| b.is_ascii_digit()))
    };
    // (Read by bytes: a dash is known by its last byte, and a reverse walk over chars with this
    // test cost a 5,000-cell row twice what the walk itself does.)
    let dash_ends =
        |i: usize| matches!(bytes[i], 0x93 | 0x94) && i >= 2 && bytes[i - 2] == 0xE2 && bytes[i - 1] == 0x80;
    let boundary = (0..bytes.len()).rev().find(|&i| {
        (matches!(bytes[i], b',' | b';' | b':' | b'(' | b')') || dash_ends(i)) && !grouping(i) && !level_after_change(i)
    });
    match boundary {
        Some(i) => from + i + 1,
        None if from > sentence.start => from,
        None => sentence.start,
    }
}

const SAY_VERBS: &[&str] = &[
    "put",
    "puts",
    "said",
    "says",
    "say",
    "confirmed",
    "confirms",
    "estimated",
    "estimates",
    "estimate",
    "reported",
    "reports",
    "told",
    "claimed",
    "claims",
    "announced",
    "announces",
    "warned",
    "believes",
    "believe",
    "stated",
    "added",
    "noted",
    "wrote",
    "assessed",
    "assesses",
    "suggested",
    "suggests",
    "revealed",
    "disclosed",
    "indicated",
];

/// Nouns of those who give figures, said in the singular ("the union says", "the firm said").
const SOURCE_NOUNS: &[&str] = &[
    "police",
    "union",
    "firm",
    "company",
    "club",
    "carrier",
    "airline",
    "agency",
    "ministry",
    "government",
    "army",
    "military",
    "court",
    "council",
    "board",
    "bank",
    "regulator",
    "report",
    "survey",
    "study",
    "data",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "source",
    "group",
    "operator",
    "insurer",
    "hospital",
    "coroner",
    "statement",
    "census",
    "watchdog",
    "charity",
    "broker",
    "minister",
    "president",
    "governor",
    "mayor",
];

/// Does "put" take a figure ("put the figure nearer", "put it at", "puts Moscow's payment at")?
fn puts_a_figure(next: &[Word]) -> bool {
    if next.iter().any(|w| w.text == "at") {
        return true;
    }
    match next {
        [a, ..] if matches!(a.text.as_str(), "it" | "them") => true,
        [a, b, ..] if matches!(a.text.as_str(), "the" | "its" | "their" | "his" | "her") => matches!(
            b.text.as_str(),
            "figure" | "number" | "toll" | "total" | "cost" | "count" | "tally" | "estimate" | "losses" | "death"
        ),
        _ => false,
    }
}

/// The sources of one sentence, read once for all its figures (a table row or a list of
/// thousands of figures is one sentence): "according to X", "X said", "said X".
/// A sentence may report several: "The union says 45,000 took part; operators put it nearer
/// 30,000." Each segment of it (split at a semicolon, or at a comma before "and", "but",
/// "while", "though" and the like) keeps its own; one without takes the source of the
/// nearest earlier segment ("Officials said 300 were killed, and 2,700 were wounded";
/// "10,000 are in Russia, the Pentagon said, and 8,000 are at the front") or one that trails
/// a later segment ("300 were killed, and 2,700 were wounded, officials said"), but not one
/// that leads a later segment ("… 85 a day earlier, and analysts estimate the cost at $540m").
struct SentenceSources {
    segments: Vec<Range<usize>>,
    /// Each segment's source, and whether it leads what follows it.
    sources: Vec<Option<(String, bool)>>,
    /// For each segment, the nearest earlier and later segments that have a source.
    earlier: Vec<Option<usize>>,
    later: Vec<Option<usize>>,
}

impl SentenceSources {
    fn new(words: &[Word], sw: Range<usize>, prose: &str) -> Self {
        let segments = report_segments(words, sw, prose);
        let sources: Vec<Option<(String, bool)>> = segments
            .iter()
            .map(|seg| source_in(words, seg.clone(), prose).map(|(src, end)| (src, leads(words, end..seg.end))))
            .collect();
        let mut earlier = vec![None; sources.len()];
        let mut later = vec![None; sources.len()];
        for k in 1..sources.len() {
            earlier[k] = if sources[k - 1].is_some() { Some(k - 1) } else { earlier[k - 1] };
        }
        for k in (0..sources.len().saturating_sub(1)).rev() {
            later[k] = if sources[k + 1].is_some() { Some(k + 1) } else { later[k + 1] };
        }
        SentenceSources { segments, sources, earlier, later }
    }

    /// The source of the figure at word `at`.
    fn for_word(&self, at: usize) -> Option<String> {
        let k = self.segments.partition_point(|s| s.end <= at).min(self.segments.len().saturating_sub(1));
        let source = |m: usize| self.sources[m].as_ref().map(|(src, _)| src.clone());
        if self.sources[k].is_some() {
            return source(k);
        }
        if let Some(m) = self.earlier[k] {
            return source(m);
        }
        match self.later[k].and_then(|m| self.sources[m].as_ref()) {
            Some((src, false)) => Some(src.clone()),
            _ => None,
        }
    }
}

/// Conjunctions that open a clause of its own after a comma.
const CLAUSE_JOINERS: &[&str] = &["and", "but", "while", "whereas", "though", "although", "yet"];

/// The sentence's words split at a semicolon, or at a comma before a conjunction.
fn report_segments(words: &[Word], sw: Range<usize>, prose: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = sw.start;
    for m in sw.start + 1..sw.end {
        let gap = &prose[words[m - 1].span.end..words[m].span.start];
        let splits = gap.contains(';') || (gap.contains(',') && CLAUSE_JOINERS.contains(&words[m].text.as_str()));
        if splits {
            out.push(start..m);
            start = m;
        }
    }
    out.push(start..sw.end);
    out
}

/// Does a source whose phrase ends before `rest` lead what follows it ("officials said 300
/// were killed") rather than trail what came before ("…, officials said on Thursday")? It
/// trails when only words of time and occasion follow.
fn leads(words: &[Word], rest: Range<usize>) -> bool {
    words[rest].iter().any(|w| {
        let t = w.text.as_str();
        let date_figure = t.len() <= 4 && t.bytes().all(|b| b.is_ascii_digit());
        !(date_figure
            || scan::lexicon::month(t).is_some()
            || scan::lexicon::weekday(t).is_some()
            || matches!(
                t,
                "on" | "in"
                    | "at"
                    | "late"
                    | "early"
                    | "last"
                    | "this"
                    | "a"
                    | "an"
                    | "the"
                    | "its"
                    | "their"
                    | "his"
                    | "her"
                    | "statement"
                    | "told"
                    | "reporters"
                    | "briefing"
                    | "interview"
                    | "news"
                    | "conference"
                    | "website"
                    | "report"
                    | "week"
                    | "night"
                    | "morning"
                    | "afternoon"
                    | "evening"
                    | "yesterday"
                    | "today"
                    | "overnight"
                    | "also"
            ))
    })
}

/// "two-thirds", "half", "a quarter"'s "quarter": a word that names a part of a whole.
fn is_fraction_word(t: &str) -> bool {
    let last = t.rsplit('-').next().unwrap_or(t);
    matches!(last, "half" | "halves" | "quarter" | "quarters" | "thirds" | "fifths" | "tenths")
        || t.contains('-') && matches!(last, "third" | "fifth" | "tenth")
}

/// "according to X", "X said", "said X" in the words `sw`: the source and the index of the
/// word after its phrase.
fn source_in(words: &[Word], sw: Range<usize>, prose: &str) -> Option<(String, usize)> {
    let text_of = |a: usize, b: usize| -> Option<String> {
        if a >= b {
            return None;
        }
        let s = prose[words[a].span.start..words[b - 1].span.end].trim().to_string();
        let s = s.trim_start_matches("the ").trim_start_matches("The ").to_string();
        // ("Nobody believes the figure of 90,000": no one is no source.)
        let no_one = matches!(
            s.to_ascii_lowercase().as_str(),
            "nobody" | "no one" | "no-one" | "none" | "few" | "everyone" | "everybody" | "anyone" | "someone" | "many"
        );
        if s.is_empty() || no_one { None } else { Some(s) }
    };
    for j in sw.clone() {
        if words[j].text == "according" && words.get(j + 1).is_some_and(|w| w.text == "to") {
            let start = j + 2;
            let mut end = start;
            while end < sw.end && end - start < 8 {
                if end > start
                    && prose[words[end - 1].span.end..words[end].span.start].contains([',', '.', ';', '(', ':'])
                {
                    break;
                }
                // "according to a study published on Wednesday": the source ends at a participle
                // or a relative pronoun after its noun ("results released by the electoral
                // commission" names its agent, and goes on).
                let t = words[end].text.as_str();
                let participle = (t.len() > 4 && t.ends_with("ed")
                    || matches!(
                        t,
                        "taken" | "given" | "written" | "drawn" | "shown" | "done" | "made" | "held" | "run"
                    ))
                    && words.get(end + 1).is_none_or(|w| w.text != "by");
                if end > start + 1 && (participle || matches!(t, "which" | "who" | "that")) {
                    break;
                }
                end += 1;
            }
            // ("according to a database kept by a news agency and a university": cut at
            // eight words, the source does not end on a word that joins.)
            while end > start + 1
                && matches!(
                    words[end - 1].text.as_str(),
                    "and"
                        | "or"
                        | "but"
                        | "of"
                        | "by"
                        | "a"
                        | "an"
                        | "the"
                        | "with"
                        | "to"
                        | "for"
                        | "in"
                        | "on"
                        | "at"
                )
            {
                end -= 1;
            }
            return text_of(start, end).map(|s| (s, end));
        }
    }
    for j in sw.clone() {
        if !SAY_VERBS.contains(&words[j].text.as_str()) {
            continue;
        }
        // "damage estimated at €1.1bn", "losses put at $2bn": a participle after its noun, no
        // source ("officials estimated at least 300" still is one).
        let participle = matches!(words[j].text.as_str(), "estimated" | "put" | "reported" | "assessed")
            && words.get(j + 1).is_some_and(|w| w.text == "at")
            && !words.get(j + 2).is_some_and(|w| matches!(w.text.as_str(), "least" | "most"));
        // "the number of new cases reported each week": a participle of what is reported.
        let reported_as_counted = matches!(words[j].text.as_str(), "reported" | "recorded")
            && words
                .get(j + 1)
                .is_some_and(|w| matches!(w.text.as_str(), "each" | "every" | "daily" | "weekly" | "per" | "since"));
        // "600 redundancies announced in January": the participle of what a figure counts.
        // ("the 41 people first reported", "12 deaths initially reported": an adverb between.)
        let noun_at = if j >= 3
            && matches!(
                words[j - 1].text.as_str(),
                "first" | "initially" | "originally" | "previously" | "earlier" | "officially"
            ) {
            j - 1
        } else {
            j
        };
        let of_a_figure = noun_at >= 2
            && words[j].text.ends_with("ed")
            && words[noun_at - 2].text.starts_with(|c: char| c.is_ascii_digit())
            && words[noun_at - 2].text.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.');
        // "the number of confirmed deaths", "all reported cases": a participle after a
        // determiner or preposition describes a noun; no one speaks.
        let adjective = j > sw.start
            && matches!(
                words[j - 1].text.as_str(),
                "of" | "the" | "a" | "an" | "all" | "its" | "their" | "in" | "for" | "with" | "and" | "or"
            );
        // ("Damage estimates will not be ready until …, a spokesman said": a plural noun
        // before a modal or an auxiliary is the subject, not its verb.)
        let plural_noun = words[j].text.ends_with('s')
            && words.get(j + 1).filter(|_| j + 1 < sw.end).is_some_and(|w| {
                matches!(
                    w.text.as_str(),
                    "will" | "would" | "could" | "may" | "might" | "should" | "are" | "were" | "have" | "had"
                )
            });
        if participle || reported_as_counted || of_a_figure || adjective || plural_noun {
            continue;
        }
        // "operators put the figure at 30,000", not "the blast put 300 people in hospital".
        // ("Insurers put early estimates of the damage at …": "at" may come seven words on.)
        if matches!(words[j].text.as_str(), "put" | "puts") && !puts_a_figure(&words[j + 1..(j + 8).min(sw.end)]) {
            continue;
        }
        // Subject before the verb, back to a clause boundary, a function word or a date.
        // "Washington also said": adverbs between subject and verb are not part of the source.
        let mut verb = j;
        while verb > sw.start
            && matches!(
                words[verb - 1].text.as_str(),
                "also" | "now" | "still" | "already" | "again" | "previously" | "later"
            )
        {
            verb -= 1;
        }
        let walk_back = |verb: usize| {
            let mut a = verb;
            while a > sw.start && verb - a < 6 {
                let gap = &prose[words[a - 1].span.end..words[a].span.start];
                if gap.contains([',', ';', ':', '(', '—', '–', '"', '“', '”']) {
                    break;
                }
                let t = words[a - 1].text.as_str();
                let capitalised = |k: usize| prose[words[k].span.start..].starts_with(char::is_uppercase);
                let joins_names = t == "and" && a >= 2 && capitalised(a) && capitalised(a - 2);
                // "Last month the World Food Programme said": a time word in lower case ends the
                // subject ("The Week said" names an outlet).
                let time_word = !capitalised(a - 1)
                    && (scan::lexicon::period_noun(t).is_some()
                        || matches!(
                            t,
                            "yesterday" | "today" | "tonight" | "weekend" | "morning" | "afternoon" | "evening"
                        ));
                if (STOP.contains(&t) && !matches!(t, "the" | "of") && !joins_names)
                || t.starts_with(|c: char| c.is_ascii_digit()) && t.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.')
                // ("About one in five voters said": the figure's own words are no source, while
                // "the two companies said" names them.)
                || a >= 2
                    && matches!(words[a - 2].text.as_str(), "in" | "of")
                    && scan::lexicon::num_word(&t.to_ascii_lowercase()).is_some_and(|_| t != "and")
                // ("Just under two-thirds of voters said", "Half of the voters said": so is a
                // fraction's.)
                || is_fraction_word(t)
                || scan::lexicon::month(t).is_some()
                || scan::lexicon::weekday(t).is_some()
                || time_word
                {
                    break;
                }
                a -= 1;
            }
            a
        };
        let mut a = walk_back(verb);
        // "No deaths reported": what was not reported, no one who reported it.
        if a > sw.start && words[a - 1].text == "no" {
            continue;
        }
        // ("two-thirds of voters said": the whole, after the fraction's "of".)
        while a < verb && matches!(words[a].text.as_str(), "of" | "the") {
            a += 1;
        }
        // "Officials who visited the site said", "Four in ten of those who backed the party at
        // the last election said": the subject is the head before the relative pronoun, not
        // the words of the clause.
        // ("The company that owns the plant said": "that" with a verb in -s or -ed straight
        // after it; otherwise it is as often a conjunction or a determiner.)
        let relative = (sw.start.max(a.saturating_sub(8))..verb).rev().find(|&r| {
            // (After a noun of those who give figures: "It is clear that officials said" is a
            // conjunction.)
            let that_relative = words[r].text == "that"
                && r > sw.start
                && SOURCE_NOUNS.contains(&words[r - 1].text.as_str())
                && prose[words[r].span.clone()].len() == 4
                && words.get(r + 1).is_some_and(|w| {
                    r + 1 < verb && w.text.len() > 3 && (w.text.ends_with('s') || w.text.ends_with("ed"))
                });
            (words[r].text == "who" || that_relative)
                && !prose[words[r].span.end..words[verb].span.start].contains([',', ';', '(', '—'])
        });
        let verb = match relative {
            Some(r) => {
                a = walk_back(r);
                if a >= r {
                    continue;
                }
                r
            }
            None => verb,
        };
        // "Most reports put …": a noun that is also a verb of saying, before one, is its subject;
        // before "of" it is a noun too ("beating Wall Street estimates of $54.5bn").
        if words.get(j + 1).is_some_and(|w| SAY_VERBS.contains(&w.text.as_str()) || w.text == "of") {
            continue;
        }
        // A verb of saying in the subject makes this word its object ("Insurers put early
        // estimates of the damage at …": "estimates" is the noun). (Only verbs that are no
        // nouns: in "most reports put the figure at" the subject has its noun.)
        if words[a..verb].iter().any(|w| matches!(w.text.as_str(), "put" | "puts" | "said" | "says" | "told")) {
            continue;
        }
        // Drop time words: "US officials said on Thursday" keeps "US officials".
        let subject = text_of(a, verb);
        // A name, a phrase, or a noun of those who give figures ("the union says", "analysts
        // estimate"); not a pronoun.
        let head = if words[a].text == "the" { a + 1 } else { a };
        let one_word_source = verb == head + 1 && {
            let t = words[head].text.as_str();
            (t.len() > 3 && t.ends_with('s') && !matches!(t, "this" | "was" | "has" | "its" | "his" | "hers" | "ours"))
                || SOURCE_NOUNS.contains(&t)
        };
        if let Some(s) = subject.filter(|s| {
            s.chars().next().is_some_and(|c| c.is_uppercase()) || s.split_whitespace().count() >= 2 || one_word_source
        }) {
            return Some((s, j + 1));
        }
        // "said The Guardian": a name that ends the clause.
        let mut b = j + 1;
        while b < sw.end && b - j <= 5 && prose[words[b].span.start..].starts_with(|c: char| c.is_uppercase()) {
            b += 1;
        }
        let ends_clause =
            b >= sw.end || prose[words[b - 1].span.end..words[b].span.start].contains([',', '.', ';', ':', '(']);
        if b > j + 1 && ends_clause {
            return text_of(j + 1, b).map(|s| (s, b));
        }
    }
    None
}

impl Claim {
    /// The implied start date of the thing whose age this claim states, at tolerance `tol`;
    /// `None` for an age older than the calendar ("in his trillionth year", whose start
    /// saturated past its end).
    pub fn age_start(&self, tol: f64) -> Option<DateSpan> {
        self.age_start_saturating(tol).filter(|s| s.start <= s.end)
    }

    fn age_start_saturating(&self, tol: f64) -> Option<DateSpan> {
        let r = self.reference?;
        // Counted back from the time the age was told of: its first day for the earliest start,
        // its last for the latest.
        let (first, last) = self.age_told_at.map_or((r, r), |d| (d.start, d.end));
        let back_from = |from: Date, years: f64| -> Date {
            let days = (years * 365.2425).round() as i64;
            from.saturating_sub(crate::scan::date::days_span(days))
        };
        match self.age.as_ref()? {
            Age::Ordinal { n, unit, phase } => {
                let u = unit.days() / 365.2425;
                let n = *n as f64;
                // In its Nth year: started between N and N-1 units ago.
                let (far, near) = match phase {
                    AgePhase::In => (n * u, (n - 1.0) * u),
                    AgePhase::Approaching => ((n - 1.0) * u, (n - 2.0).max(0.0) * u),
                    AgePhase::Entering => (n * u, (n - 2.0).max(0.0) * u),
                };
                Some(DateSpan {
                    start: back_from(first, far).saturating_add(1.day()),
                    end: back_from(last, near),
                    grain: Grain::Day,
                })
            }
            Age::Years => {
                // N years old on the reference day: born after the day N + 1 years back, and on
                // or before the day N years back.
                let n = self.expr.value?;
                let year_back =
                    |from: Date, k: f64| from.saturating_sub(crate::scan::date::months_span((k * 12.0) as i64));
                Some(DateSpan {
                    start: year_back(first, n + 1.0).saturating_add(1.day()),
                    end: year_back(last, n),
                    grain: Grain::Day,
                })
            }
            Age::Duration => {
                let (_, unit) = self.expr.duration?;
                let iv = self.expr.interval_at(tol);
                let u = unit.days() / 365.2425;
                let (upper, lower) = (iv.upper?, iv.lower.unwrap_or(0.0));
                // "in their thirties", "aged 18 to 24": a range of ages in whole years runs to
                // the last day before the birthday after its upper end (39 until 40).
                let whole_years = unit == DurationUnit::Year
                    && self.expr.hedge == Hedge::Range
                    && upper.fract() == 0.0
                    && lower.fract() == 0.0;
                if whole_years {
                    let year_back =
                        |from: Date, k: f64| from.saturating_sub(crate::scan::date::months_span((k * 12.0) as i64));
                    return Some(DateSpan {
                        start: year_back(first, upper + 1.0).saturating_add(1.day()),
                        end: year_back(last, lower),
                        grain: Grain::Day,
                    });
                }
                Some(DateSpan {
                    start: back_from(first, upper * u),
                    end: back_from(last, lower * u),
                    grain: Grain::Day,
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::parse_document;

    fn claims_of(text: &str, date: &str) -> (Document, Analysis) {
        let mut doc = parse_document("t.md", text.to_string()).unwrap();
        doc.date = date.parse().ok();
        let a = analyse(0, &doc, &ClaimOptions::default());
        (doc, a)
    }

    fn noun(_doc: &Document, a: &Analysis, c: &Claim) -> String {
        a.words[c.noun_words.clone()].iter().map(|w| w.text.as_str()).collect::<Vec<_>>().join(" ")
    }

    /// The first claim whose expression's text contains `figure`.
    fn claim_with<'a>(doc: &Document, a: &'a Analysis, figure: &str) -> &'a Claim {
        a.claims.iter().find(|c| doc.text[c.expr.span.clone()].contains(figure)).unwrap_or_else(|| panic!("{figure}"))
    }

    /// The as-of date of the claim of `figure` in `text` written on `date`.
    fn as_of_at(text: &str, date: &str, figure: &str) -> String {
        let (doc, a) = claims_of(text, date);
        claim_with(&doc, &a, figure).as_of.unwrap().to_string()
    }

    /// The words of a claim's own part of the sentence, which `near` reads.
    fn scope_words<'a>(a: &'a Analysis, c: &Claim) -> Vec<&'a str> {
        a.words[c.scope_words.clone()].iter().map(|w| w.text.as_str()).collect()
    }

    #[test]
    fn table_cells_count_what_their_column_header_names() {
        let text = "Figures so far.\n\n| Region | Killed | Wounded |\n|---|---|---|\n| North | 120 | 340 |\n| South | 85 | 210 |\n";
        let (doc, a) = claims_of(text, "2024-11-20");
        let nouns: Vec<String> =
            a.claims.iter().filter(|c| c.expr.kind == Kind::Number).map(|c| noun(&doc, &a, c)).collect();
        assert_eq!(nouns, ["killed", "wounded", "killed", "wounded"]);
    }

    #[test]
    fn list_items_are_sentences_and_a_label_names_the_count() {
        // "Troops deployed: about 1,500" took "Drones" from the next item as its noun.
        let (doc, a) = claims_of("- Troops deployed: about 1,500\n- Drones launched: 188\n", "2024-11-20");
        let nouns: Vec<String> = a.claims.iter().map(|c| noun(&doc, &a, c)).collect();
        assert_eq!(nouns, ["troops deployed", "drones launched"]);
    }

    #[test]
    fn an_expression_across_an_indented_line_stays_in_one_sentence() {
        // Splitting at indented lines cut "since\n  Monday" in two, and the claim's clause
        // ran past its sentence (a panic).
        let (_, a) = claims_of("- Drones launched since\n  Monday: 188\n", "2024-11-20");
        assert!(a.claims.iter().all(|c| c.sentence.start <= c.expr.span.start && c.expr.span.end <= c.sentence.end));
    }

    #[test]
    fn the_words_of_reporting_a_toll_lead_to_its_casualty_word() {
        // "205 have been confirmed dead" counted nothing.
        for (text, dead) in [
            ("Officials said 205 have been confirmed dead.", "dead"),
            ("At sea, 12 are feared dead.", "dead"),
            ("Police said 300 are believed to have died.", "died"),
        ] {
            let (doc, a) = claims_of(text, "2024-11-20");
            assert_eq!(noun(&doc, &a, &a.claims[0]), dead, "{text}");
        }
    }

    #[test]
    fn a_date_in_a_since_clause_dates_a_total_up_to_now() {
        // "2,700 wounded since the deployment began in October" was dated October, so a later,
        // smaller total of that October would have looked like a fall.
        let (_, a) = claims_of("They said 2,700 were wounded since the deployment began in October.", "2025-01-15");
        let c = a.claims.iter().find(|c| c.expr.kind == Kind::Number).unwrap();
        assert_eq!(c.as_of.unwrap().to_string(), "2025-01-15");
    }

    #[test]
    fn of_them_with_no_figure_before_counts_the_noun_named_last() {
        // "Workers at the plant, which builds cars, learned that 1,500 of them would lose their
        // jobs" counted nothing a rule on workers or jobs could select.
        let text =
            "Workers at the plant, which has built cars since 1989, learned that 1,500 of them would lose their jobs.";
        let (doc, a) = claims_of(text, "2025-03-06");
        let c = a.claims.iter().find(|c| c.expr.kind == Kind::Number).unwrap();
        assert_eq!(noun(&doc, &a, c), "workers");
        assert!(c.noun_inherited);
        // ("would lose", after "of them": a conditional, as after a noun of its own.)
        assert_eq!(c.modality, Modality::Projected);
        // After a figure, "of them" is a part of that figure, as before.
        let (doc, a) = claims_of("Eleven people were hurt, two of them badly.", "2025-03-06");
        let two = a.claims.iter().rev().find(|c| c.expr.kind == Kind::Number).unwrap();
        assert!(two.part_of.is_some() && noun(&doc, &a, two) != "people");
    }

    #[test]
    fn a_toll_named_before_a_figure_is_what_it_counts() {
        // "a combined toll of roughly 3,000" counted the wounded of the figure before it.
        let (doc, a) =
            claims_of("They said 300 were killed and 2,700 wounded, a combined toll of roughly 3,000.", "2025-01-15");
        let last = a.claims.iter().rev().find(|c| c.expr.kind == Kind::Number).unwrap();
        assert_eq!(noun(&doc, &a, last), "combined toll");
    }

    #[test]
    fn a_figure_for_a_short_window_or_a_day_alone_is_a_period_figure() {
        for (text, period) in [
            ("Losses in the past week alone were 200 killed or wounded.", true),
            ("They lost 150 killed or wounded on Friday alone.", true),
            ("In the last 24 hours, 90 soldiers were killed.", true),
            ("So far 3,000 soldiers have been killed.", false),
            ("Some 15,000 troops have been sent over the past year.", false),
        ] {
            let (_, a) = claims_of(text, "2024-12-27");
            let c = a.claims.iter().find(|c| c.expr.kind == Kind::Number).unwrap();
            assert_eq!(c.period_figure, period, "{text}");
        }
    }

    #[test]
    fn sentences_split_on_terminal_punctuation_not_abbreviations() {
        let s = sentences("Mr. Kim met Gen. Lee in the U.S. today. Then he left.\nNew line here", false);
        assert_eq!(s.len(), 3, "{s:?}");
    }

    #[test]
    fn counted_noun_modality_and_inheritance() {
        let (doc, a) = claims_of(
            "Around 1,500 troops from the north have arrived, a total the generals say may later climb to 10,000, according to the defence ministry.",
            "2024-10-21",
        );
        let c = &a.claims;
        assert_eq!(noun(&doc, &a, &c[0]), "troops");
        assert_eq!(c[0].modality, Modality::Asserted);
        assert_eq!(c[1].modality, Modality::Projected);
        assert!(c[1].noun_inherited);
        assert_eq!(&doc.text[c[1].span.clone()], "may later climb to 10,000");
        assert_eq!(c[0].source.as_deref(), Some("defence ministry"));
    }

    #[test]
    fn as_of_is_the_nearest_date_phrase() {
        let (_, a) =
            claims_of("On Friday officials said ships carried up to 12,000 soldiers earlier this month.", "2024-10-22");
        let n = a.claims.iter().find(|c| c.expr.kind == Kind::Number).unwrap();
        assert_eq!(n.as_of.unwrap().to_string(), "2024-10-01..=2024-10-22");
    }

    #[test]
    fn a_date_compared_against_does_not_date_the_figures_after_it() {
        // "27.8%" was dated last year, the year it was compared with.
        let (_, a) =
            claims_of("This summer pupils got fewer top grades than last year: 27.8% of entries.", "2024-10-30");
        let p = a.claims.iter().find(|c| c.expr.kind == Kind::Percent).unwrap();
        assert_eq!(p.as_of.unwrap().to_string(), "2024-06-21..=2024-09-22");
    }

    #[test]
    fn the_same_time_a_year_back_and_what_is_compared_with_date_no_figure() {
        // "47 minutes" was dated a year back, the day it was compared with.
        let at = |t: &str| as_of_of(t, "47");
        assert_eq!(
            at("Delays reached 47 minutes, double the figure for the same day last year.").as_deref(),
            Some("2025-07-24")
        );
        assert_eq!(
            at("On Tuesday delays averaged 47 minutes, compared with last year.").as_deref(),
            Some("2025-07-22")
        );
        // The figure for a period is still of that period.
        assert_eq!(at("The figure for the first quarter was 47 minutes.").as_deref(), Some("2025-01-01..=2025-03-31"));
    }

    #[test]
    fn a_verb_of_looking_ahead_after_and_opens_a_predicate_of_its_own() {
        // "1.5 billion users" was dated the quarter the firm expects growth in.
        let at = |t: &str| as_of_of(t, "billion");
        assert_eq!(
            at("It has about 1.5 billion users and expects growth in the December quarter.").as_deref(),
            Some("2025-07-24")
        );
        assert_eq!(
            at("It had about 1.5 billion users in the June quarter.").as_deref(),
            Some("2025-04-01..=2025-06-30")
        );
    }

    #[test]
    fn an_age_told_of_a_time_gone_counts_back_from_that_time() {
        // "arrested in 2005, aged 24" counted the 24 years back from the day of writing.
        let start = |t: &str| {
            let (_, a) = claims_of(t, "2025-07-24");
            a.claims.iter().find(|c| c.age.is_some()).and_then(|c| c.age_start(0.0)).map(|d| d.to_string())
        };
        assert_eq!(start("He was arrested in 2005, aged 24.").as_deref(), Some("1980-01-02..=1981-12-31"));
        // A bare age after a pronoun is in whole years, like "aged 24".
        assert_eq!(start("She is now 61.").as_deref(), Some("1963-07-25..=1964-07-24"));
        // An age set off after a name is the person's now, whatever the sentence dates.
        assert_eq!(start("Jones, 45, was convicted of a killing in 1990.").as_deref(), Some("1979-07-25..=1980-07-24"));
    }

    #[test]
    fn a_range_of_ages_in_whole_years_runs_to_the_birthday_after_its_upper_end() {
        // "in their thirties" let the earliest birth be 39 years back, so a man of 39 was
        // outside it; and "in his 40s" was no age at all.
        let start = |t: &str| {
            let (_, a) = claims_of(t, "2026-03-12");
            a.claims.iter().find(|c| c.age.is_some()).and_then(|c| c.age_start(0.0)).map(|d| d.to_string())
        };
        assert_eq!(start("Two men in their thirties were held.").as_deref(), Some("1986-03-13..=1996-03-12"));
        assert_eq!(start("Children aged 12 to 15 qualify.").as_deref(), Some("2010-03-13..=2014-03-12"));
        assert_eq!(start("A woman in her early 30s was held.").as_deref(), Some("1992-03-13..=1996-03-12"));
        // An age group is still no one person's age.
        assert_eq!(start("The over-65s pay less."), None);
    }

    #[test]
    fn a_figure_that_is_the_subject_of_a_forecast_is_projected() {
        let text = "Another 30cm is forecast by Sunday. About 5,000 people are expected to attend. \
                    A further 200 jobs are set to go. The rate is set at 5%. Some 40 staff were there.";
        let (doc, a) = claims_of(text, "2026-03-12");
        for figure in ["30cm", "5,000", "200"] {
            assert_eq!(claim_with(&doc, &a, figure).modality, Modality::Projected, "{figure}");
        }
        assert_eq!(claim_with(&doc, &a, "5%").modality, Modality::Asserted);
        assert_eq!(claim_with(&doc, &a, "40").modality, Modality::Asserted);
    }

    #[test]
    fn a_target_names_what_is_aimed_at() {
        let text = "The government has a target of 70 medals. The goal was 1,200 new homes. \
                    It missed its target of 5,000 homes by 300. The targets of the raids were 12 depots.";
        let (doc, a) = claims_of(text, "2026-03-12");
        assert_eq!(claim_with(&doc, &a, "70").modality, Modality::Projected);
        assert_eq!(claim_with(&doc, &a, "1,200").modality, Modality::Projected);
        assert_eq!(claim_with(&doc, &a, "5,000").modality, Modality::Projected);
        // The shortfall and the targets of a raid are facts.
        assert_eq!(claim_with(&doc, &a, "300").modality, Modality::Asserted);
        assert_eq!(claim_with(&doc, &a, "12").modality, Modality::Asserted);
    }

    #[test]
    fn a_target_before_its_copula_and_a_figure_due_to_come_are_projected() {
        let text = "The target for the games was at least 70 medals. \
                    The plant is due to close in 2028 with 300 jobs lost. \
                    The rent due to the council was £5,000. Prices rose due to rising costs of 5%.";
        let (doc, a) = claims_of(text, "2026-03-12");
        assert_eq!(claim_with(&doc, &a, "70").modality, Modality::Projected);
        assert_eq!(claim_with(&doc, &a, "300").modality, Modality::Projected);
        // What is owed, or why, is no timetable; nor is the day a timetable sets (it compares
        // with "set for November 27").
        assert_eq!(claim_with(&doc, &a, "£5,000").modality, Modality::Asserted);
        assert_eq!(claim_with(&doc, &a, "5%").modality, Modality::Asserted);
        assert_eq!(claim_with(&doc, &a, "2028").modality, Modality::Asserted);
    }

    #[test]
    fn a_determiner_after_the_figure_opens_the_noun_a_participle_dates() {
        // "38 seconds outside the course record set six years ago" was as of six years ago.
        let as_of = |text: &str, figure: &str| as_of_at(text, "2026-03-12", figure);
        assert_eq!(as_of("The winner was 38 seconds outside the course record set six years ago.", "38"), "2026-03-12");
        assert_eq!(as_of("Prices are 4% above a peak reached in 2022.", "4%"), "2026-03-12");
        // The figure's own noun keeps the date.
        assert_eq!(as_of("The 38 seconds recorded in 2019 stood.", "38"), "2019");
        assert_eq!(as_of("Sales of £5m reported in March beat forecasts.", "£5m"), "2026-03");
    }

    #[test]
    fn a_year_of_a_compared_noun_or_a_time_after_as_many_as_dates_no_figure() {
        // Each of these figures was dated by the year of the thing it is compared with.
        let as_of = |text: &str, figure: &str| as_of_at(text, "2026-05-09", figure);
        assert_eq!(as_of("Turnout was 64.2%, up nearly four points on the 2022 vote.", "four"), "2026-05-09");
        assert_eq!(as_of("The route cost £6.7bn, nearly double the 2017 estimate.", "£6.7bn"), "2026-05-09");
        assert_eq!(as_of("The app has five times as many users as at launch in March 2024.", "five"), "2026-05-09");
        assert_eq!(as_of("It has 300 staff, as many as in 2019.", "300"), "2026-05-09");
        // The year of the figure's own noun still dates it.
        assert_eq!(as_of("Spending on the 2024 games rose to $5bn.", "$5bn"), "2024");
        assert_eq!(as_of("As many as 300 people died in 2019.", "300"), "2019");
    }

    #[test]
    fn the_day_of_a_saying_yields_to_a_date_leading_up_to_the_figure() {
        let as_of = |text: &str, figure: &str| as_of_at(text, "2026-03-02", figure);
        // "From April the standing charge is £30 a month, the firm said on Monday" was as of the
        // Monday.
        assert_eq!(as_of("From April the charge is £30 a month, the firm said on Monday.", "£30"), "2026-04-01");
        // With no date of its own, or one across a clause of another time, the saying dates it.
        assert_eq!(as_of("The charge is £30 a month, the firm said on Monday.", "£30"), "2026-03-02");
        let text = "Nurses will walk out on Thursday after rejecting an offer of 4.2%, their union said on Monday.";
        assert_eq!(as_of(text, "4.2%"), "2026-03-02");
        // A participle right after the figure is the figure's own: "the 1.2 million announced on
        // May 12".
        let text =
            "It recalled 1.5 million, up from the 1.2 million announced on February 12, after pills made in 2022.";
        assert_eq!(as_of(text, "1.2 million"), "2026-02-12");
    }

    #[test]
    fn the_object_of_an_aim_in_a_relative_clause_is_projected() {
        let text = "Only 11,800 meters were fitted, well short of the 40,000 the company is aiming for. \
                    It has built 200 of the 500 homes it hopes to build. The 300 staff the firm hired left.";
        let (doc, a) = claims_of(text, "2026-03-12");
        assert_eq!(claim_with(&doc, &a, "40,000").modality, Modality::Projected);
        assert_eq!(claim_with(&doc, &a, "500").modality, Modality::Projected);
        assert_eq!(claim_with(&doc, &a, "11,800").modality, Modality::Asserted);
        assert_eq!(claim_with(&doc, &a, "200").modality, Modality::Asserted);
        assert_eq!(claim_with(&doc, &a, "300").modality, Modality::Asserted);
    }

    #[test]
    fn what_a_denied_report_says_is_negated() {
        let text = "A spokesman said on Wednesday, denying reports that a ransom of $5m had been paid. \
                    The council denied claims that it would close 12 libraries. \
                    Officials confirmed reports that 40 people had died.";
        let (doc, a) = claims_of(text, "2026-06-18");
        assert_eq!(claim_with(&doc, &a, "$5m").modality, Modality::Negated);
        assert_eq!(claim_with(&doc, &a, "12").modality, Modality::Negated);
        // A report confirmed is asserted.
        assert_eq!(claim_with(&doc, &a, "40").modality, Modality::Asserted);
    }

    #[test]
    fn what_is_denied_stands_but_a_clause_denied_does_not() {
        // "He denied 40 charges" was negated: the charges were brought, whatever he pleads.
        let text = "He denied 40 charges at the hearing. She denies two counts of fraud. \
                    The ministry denied 300 people had died. The army denied that 12 soldiers were killed.";
        let (doc, a) = claims_of(text, "2026-06-18");
        assert_eq!(claim_with(&doc, &a, "40").modality, Modality::Asserted);
        assert_eq!(claim_with(&doc, &a, "two").modality, Modality::Asserted);
        assert_eq!(claim_with(&doc, &a, "300").modality, Modality::Negated);
        assert_eq!(claim_with(&doc, &a, "12").modality, Modality::Negated);
    }

    #[test]
    fn a_figure_a_negated_verb_presupposes_stands() {
        // "did not accept the 3.5% rise" was negated: the rise was offered all the same.
        let text = "Members did not accept the 3.5% rise. The firm has not paid its 40 staff. \
                    They never received the £5,000 grant. It was not the 41 people but 30. \
                    The toll has not reached the 1,000 mark. He did not pay 12 invoices.";
        let (doc, a) = claims_of(text, "2025-03-14");
        assert_eq!(claim_with(&doc, &a, "3.5%").modality, Modality::Asserted);
        assert_eq!(claim_with(&doc, &a, "40").modality, Modality::Asserted);
        assert_eq!(claim_with(&doc, &a, "£5,000").modality, Modality::Asserted);
        // A figure negated itself, a line not reached and an object with no article are not.
        assert_eq!(claim_with(&doc, &a, "41").modality, Modality::Negated);
        assert_eq!(claim_with(&doc, &a, "1,000").modality, Modality::Negated);
        assert_eq!(claim_with(&doc, &a, "12").modality, Modality::Negated);
    }

    #[test]
    fn the_day_a_timetable_sets_is_asserted_whatever_the_modal() {
        // "said she would start her new term on 1 July" was a projection, never compared with
        // "begins her second term on 1 June".
        let text = "She said she would start her new term on 1 July. She will be sworn in on 6 January. \
                    The firm expects to close the deal on 3 March.";
        let (doc, a) = claims_of(text, "2025-11-05");
        assert_eq!(claim_with(&doc, &a, "1 July").modality, Modality::Asserted);
        assert_eq!(claim_with(&doc, &a, "6 January").modality, Modality::Asserted);
        // An expectation is still one.
        assert_eq!(claim_with(&doc, &a, "3 March").modality, Modality::Projected);
    }

    #[test]
    fn a_span_counted_on_from_a_date_moves_the_main_clause_off_it() {
        // "A week after Amara hit the coast on May 11, officials put the toll at 58" was as of
        // May 11, so a later report's 71 did not show the toll falling.
        let text = "A week after the storm hit the coast on May 11, officials put the death toll at 58.";
        assert_eq!(as_of_at(text, "2026-05-18", "58"), "2026-05-18");
        // Without the span the clause is the date's: "After the storm hit on May 11, 40 died".
        assert_eq!(as_of_at("After the storm hit on May 11, 40 people died.", "2026-05-18", "40"), "2026-05-11");
    }

    #[test]
    fn a_date_after_two_past_predicates_dates_both() {
        // "killed three skiers and injured five … on Thursday" dated only the five: the three
        // stood as of the day of writing.
        let text = "The storm killed three people and injured five others on Thursday.";
        assert_eq!(as_of_at(text, "2024-10-30", "three"), "2024-10-24");
        assert_eq!(as_of_at("Police arrested 12 men and charged five on Friday.", "2024-10-30", "12"), "2024-10-25");
        // A present first predicate is of now, not of the second's date.
        let text = "The company employs 5,000 people and hired 300 staff in 2019.";
        assert_eq!(as_of_at(text, "2024-10-30", "5,000"), "2024-10-30");
        // Two figures of one predicate keep their own dates.
        let text = "The firm cut 300 jobs last year and hired 200 in March.";
        assert_eq!(as_of_at(text, "2024-10-30", "300"), "2023");
        // A date of the first dates the second: "19 bodies" was of the day of writing.
        let text = "By Saturday evening coastguards had pulled 168 survivors from the water and recovered 19 bodies.";
        assert_eq!(as_of_at(text, "2025-09-14", "19"), "2025-09-13");
    }

    #[test]
    fn a_standing_state_after_a_dated_past_predicate_is_of_now() {
        // "was founded in 1998 and employs 4,000 people" dated the staff 1998.
        let text = "The bakery chain was founded in 1998 and employs 4,000 people.";
        assert_eq!(as_of_at(text, "2025-03-18", "4,000"), "2025-03-18");
        let text = "The trust opened its first clinic in 2010 and now runs 14 of them.";
        assert_eq!(as_of_at(text, "2025-03-18", "14"), "2025-03-18");
        // A second past predicate still shares the date: the same event.
        let text = "The company listed its shares in 2015 and raised $2 billion.";
        assert_eq!(as_of_at(text, "2025-03-18", "$2 billion"), "2015");
    }

    #[test]
    fn a_date_in_a_clause_of_after_a_predicate_told_now_dates_that_event() {
        // "Seventeen people are now known to have died after the storm struck on Monday,
        // officials said on Thursday" dated the toll Monday.
        let text = "Seventeen people are now known to have died after the storm struck the coast on Monday, officials said on Thursday.";
        assert_eq!(as_of_at(text, "2025-09-04", "Seventeen"), "2025-09-04");
        let text = "The toll stands at 17 after the storm hit on Monday.";
        assert_eq!(as_of_at(text, "2025-09-04", "17"), "2025-09-04");
        // Told in the past, the deaths are of that time.
        let text = "Seventeen people died after the storm struck the coast on Monday.";
        assert_eq!(as_of_at(text, "2025-09-04", "Seventeen"), "2025-09-01");
    }

    #[test]
    fn a_date_in_a_relative_clause_before_the_verb_dates_the_noun() {
        // "a wildfire that started on Monday grew to roughly 18,000 acres" was Monday's size.
        let text = "A bush fire that started on Monday grew to roughly 18,000 acres.";
        assert_eq!(as_of_at(text, "2026-08-21", "18,000"), "2026-08-21");
        let text = "The vaccine that was approved in May has been given to 200,000 children.";
        assert_eq!(as_of_at(text, "2026-08-21", "200,000"), "2026-08-21");
        // A period's own clause is the figure's time; a "that" of saying opens no relative clause.
        let text = "The quarter that ended in June saw sales of 4,000 cars.";
        assert_eq!(as_of_at(text, "2026-08-21", "4,000"), "2026-06");
        let text = "Officials said that on Monday 40 people were rescued.";
        assert_eq!(as_of_at(text, "2026-08-21", "40"), "2026-08-17");
    }

    #[test]
    fn a_noun_set_off_with_a_clause_of_its_own_keeps_its_date_from_the_figure() {
        // "…three million for the full year, a target it had earlier set for 2027" was dated 2027.
        let text = "The port expects to handle three million boxes, a goal it had once set for 2027.";
        assert_eq!(as_of_at(text, "2025-09-02", "three million"), "2025-09-02");
        // A modal after "and" opens a predicate of its own: the berth's reach is of now.
        let text = "A new berth, costing about £210m, opened in March and can take ships up to 400 metres long.";
        assert_eq!(as_of_at(text, "2025-09-02", "400 metres"), "2025-09-02");
    }

    #[test]
    fn two_dates_joined_by_and_are_one_time_of_the_figure() {
        // "burned a combined 9,400 acres in June and July" was June's.
        let text = "The two earlier fires burned a combined 9,400 acres in June and July.";
        assert_eq!(as_of_at(text, "2026-08-21", "9,400"), "2026-06-01..=2026-07-31");
        let text = "In June and July, fires burned 9,400 acres.";
        assert_eq!(as_of_at(text, "2026-08-21", "9,400"), "2026-06-01..=2026-07-31");
        // Each figure of two predicates keeps its own date.
        let text = "Fires burned 400 acres in June and 900 acres in July.";
        assert_eq!(as_of_at(text, "2026-08-21", "400"), "2026-06");
    }

    #[test]
    fn what_most_of_a_noun_have_in_an_aside_is_of_now() {
        // "most with fewer than 60 pupils" was dated the review to come.
        let text = "Eleven schools, most with fewer than 60 pupils, will be reviewed in June.";
        assert_eq!(as_of_at(text, "2026-02-10", "fewer than 60"), "2026-02-10");
        // An aside opened by a bare "with" is of the saying's day.
        let text = "The toll rose to 27, with 11 still missing, officials said on Monday.";
        assert_eq!(as_of_at(text, "2026-02-10", "11"), "2026-02-09");
    }

    #[test]
    fn a_date_owning_the_subject_dates_no_figure_after_its_verb() {
        // "The death toll from Friday's ferry disaster has risen to 27" was Friday's toll.
        let text = "The death toll from Friday's ferry disaster has risen to 27.";
        assert_eq!(as_of_at(text, "2025-09-16", "27"), "2025-09-16");
        // The saying's day dates it, past the figure between.
        let text = "The death toll from Friday's ferry disaster has risen to 27, with 11 still unaccounted for, \
                    officials said on Monday.";
        assert_eq!(as_of_at(text, "2025-09-16", "27"), "2025-09-15");
        // Not a figure's own verb of telling: "up from the eleven reported on Monday".
        let text = "Thirteen people were treated, the authority said, up from the eleven reported on Monday.";
        assert_eq!(as_of_at(text, "2025-02-05", "Thirteen"), "2025-02-05");
        // A second reported clause is read apart ("six ships" was dated last year).
        let text =
            "It said it had carried 1.2 million passengers last year and that its six ships passed inspection in May.";
        assert_eq!(as_of_at(text, "2025-09-14", "six"), "2025-05");
    }

    #[test]
    fn an_aside_of_what_is_to_come_dates_the_noun_not_the_figure() {
        // "The plant, due to close next year, cut 300 jobs in March" dated the cut next year.
        let text = "The plant, due to close next year, cut 300 jobs in March.";
        assert_eq!(as_of_at(text, "2024-10-30", "300"), "2024-03");
        let text = "The bridge, set to reopen in March, carries 40,000 cars a day.";
        assert_eq!(as_of_at(text, "2024-10-30", "40,000"), "2024-10-30");
    }

    #[test]
    fn an_age_turned_at_a_date_counts_back_from_it_and_a_threshold_is_nobodys() {
        let birth = |text: &str| {
            let (_, a) = claims_of(text, "2026-05-20");
            a.claims.iter().find(|c| c.age.is_some()).and_then(|c| c.age_start(0.0)).map(|d| d.to_string())
        };
        // "He turns 27 next month" counted from the day of writing: a birth in June 1999 lay
        // outside it.
        let turns = birth("He turns 27 next month.").unwrap();
        assert!(turns.contains("1999-06-30"), "{turns}");
        // "before the age of 28" is an age for everybody and nobody.
        assert_eq!(birth("Only two players have reached 100 goals before the age of 28."), None);
    }

    #[test]
    fn a_verb_and_its_object_after_an_age_are_no_noun_of_it() {
        // "The 19-year-old making her debut" named "19-year-old making" as what was aged.
        let text = "The 19-year-old making her debut scored twice. A 30-year-old building collapsed.";
        let (doc, a) = claims_of(text, "2026-05-20");
        let labels: Vec<&str> = a.claims.iter().map(|c| &doc.text[c.span.clone()]).collect();
        assert_eq!(labels, ["19-year-old", "30-year-old building"]);
    }

    #[test]
    fn an_age_at_an_undated_event_gone_is_no_age_now() {
        // "made her debut at the age of 19", in the obituary of a woman born in 1939, counted a
        // birth 19 years before the day of writing.
        let age_of = |text: &str, figure: &str| {
            let (doc, a) = claims_of(text, "2026-10-28");
            claim_with(&doc, &a, figure).age.is_some()
        };
        assert!(!age_of("She made her debut at the age of 19.", "19"));
        assert!(!age_of("She taught until her early eighties.", "eighties"));
        assert!(!age_of("She joined the firm aged 24.", "24"));
        // Death, a dated event and a present age are ages still.
        assert!(age_of("She has died aged 87.", "87"));
        assert!(age_of("He was arrested in 2005, aged 24.", "24"));
        assert!(age_of("Jones, 45, was convicted in 1990.", "45"));
        assert!(age_of("Children aged 12 to 15 qualify.", "12"));
    }

    #[test]
    fn a_date_in_a_clause_of_its_own_or_an_aside_dates_no_figure_outside_it() {
        let as_of = |text: &str, figure: &str| -> String {
            let (doc, a) = claims_of(text, "2025-03-21");
            let c = claim_with(&doc, &a, figure);
            c.as_of.unwrap().to_string()
        };
        // "£900,000" was dated by the hearing in September.
        let text = "The charity has recovered about £900,000, and a hearing is listed for 12 September.";
        assert_eq!(as_of(text, "900,000"), "2025-03-21");
        // A period's own relative clause does: "in the year that ended in March".
        let text = "Sales rose in the 12 months that ended in March.";
        assert_eq!(as_of(text, "12 months"), "2025-03");
        // A date the source gave after such a clause still dates it.
        let text = "More than 10,000 troops are there, and most have moved, officials said on Monday.";
        assert_eq!(as_of(text, "10,000"), "2025-03-17");
        // "The blaze, which began on Sunday near a camp, was 15% contained": not Sunday's.
        let text = "The blaze, which began on Sunday near a camp, was 15% contained.";
        assert_eq!(as_of(text, "15%"), "2025-03-21");
        // "…since the summer of 2019, when about 20,000 hectares burned": that summer's.
        let text = "It is the worst fire since the summer of 2019, when about 20,000 hectares burned.";
        assert_eq!(as_of(text, "20,000"), "2019-06-21..=2019-09-22");
    }

    #[test]
    fn a_relative_clause_after_the_toll_dates_the_event_not_the_toll() {
        // "298 people died in the earthquake that hit the coast on Sunday" was Sunday's toll,
        // so a lower toll reported later looked like an earlier figure.
        let (doc, a) =
            claims_of("Officials now say 298 people died in the quake that hit the coast on Sunday.", "2025-02-06");
        let c = claim_with(&doc, &a, "298");
        assert_eq!(c.as_of.unwrap().to_string(), "2025-02-06");
        // A "when" clause after other figures: "since 1987, when a tremor killed about 1,000".
        let text = "The 7.1 quake was the strongest since 1987, when a tremor killed about 1,000 people.";
        let (doc, a) = claims_of(text, "2025-02-06");
        let c = claim_with(&doc, &a, "1,000");
        assert_eq!(c.as_of.unwrap().to_string(), "1987");
        // "Aid pledges have passed $85m" is no projection.
        let (_, a) = claims_of("Aid pledges have passed $85m.", "2025-02-06");
        assert_eq!(a.claims[0].modality, Modality::Asserted);
    }

    #[test]
    fn the_number_of_people_killed_counts_the_killed() {
        // "The number of people killed … has risen to 312" counted "people", which no toll
        // rule selects.
        let (doc, a) = claims_of("The number of people killed in the quake has risen to 312.", "2025-02-04");
        let c = a.claims.iter().find(|c| c.expr.value == Some(312.0)).unwrap();
        assert_eq!(noun(&doc, &a, c), "people killed");
    }

    #[test]
    fn a_capital_may_inside_a_sentence_is_the_month() {
        // "eased to 3.4% in May from 3.5% in April": the 3.5% was a projection.
        let (_, a) = claims_of("Inflation eased to 3.4% in May from 3.5% in April.", "2025-06-19");
        assert!(a.claims.iter().all(|c| c.modality == Modality::Asserted));
        let (_, a) = claims_of("Prices may rise 3% next year.", "2025-06-19");
        assert_eq!(a.claims[0].modality, Modality::Projected);
    }

    #[test]
    fn pledges_and_promises_are_projections() {
        let (_, a) = claims_of("Ministers have pledged to cut the total to 300,000.", "2024-10-30");
        assert_eq!(a.claims[0].modality, Modality::Projected);
    }

    #[test]
    fn shares_count_no_noun() {
        // A regression: "one in five" read as 0.2 soldiers wounded would contradict any total.
        let (_, a) =
            claims_of("About 11,000 soldiers went; one in five North Korean soldiers was wounded.", "2024-12-01");
        let share = a.claims.iter().find(|c| c.expr.value == Some(0.2)).unwrap();
        assert!(share.noun_words.is_empty() && !share.noun_inherited);
    }

    #[test]
    fn factors_count_no_noun() {
        // "North Korean deaths rose eightfold" would be a toll of eight, lower than any before.
        let (_, a) = claims_of("North Korean deaths rose eightfold after the offensive.", "2024-12-01");
        let factor = a.claims.iter().find(|c| c.expr.value == Some(8.0)).unwrap();
        assert!(factor.noun_words.is_empty() && !factor.noun_inherited);
    }

    #[test]
    fn a_noun_ends_where_the_next_expression_begins() {
        // A regression: "300 two days later" counted "two days".
        let (doc, a) = claims_of("They met on 4 November. Then 300 two days later were gone.", "2024-11-20");
        let figure = a.claims.iter().find(|c| c.expr.value == Some(300.0)).unwrap();
        assert!(!noun(&doc, &a, figure).contains("days"), "{}", noun(&doc, &a, figure));
        assert_eq!(&doc.text[figure.span.clone()], "300");
    }

    #[test]
    fn a_span_after_the_noun_is_no_rate() {
        // A regression: "two envoys ... in under a month" gave two envoys per month.
        let (_, a) = claims_of("The two envoys were sent home in under a month.", "2024-11-20");
        let leaders = a.claims.iter().find(|c| c.expr.value == Some(2.0)).unwrap();
        assert!(leaders.per.is_empty(), "{:?}", leaders.per);
        let (_, a) = claims_of("About 1,000 soldiers a day were lost.", "2024-11-20");
        assert_eq!(a.claims[0].per, vec!["day".to_string()]);
    }

    #[test]
    fn labels_count_no_noun() {
        // A regression: "Flight 17 passengers" was a claim of 17 passengers.
        let (_, a) = claims_of("Flight 17 passengers were missing; 298 passengers had boarded.", "2024-12-01");
        let label = a.claims.iter().find(|c| c.expr.value == Some(17.0)).unwrap();
        assert!(label.noun_words.is_empty() && !label.noun_inherited);
        let count = a.claims.iter().find(|c| c.expr.value == Some(298.0)).unwrap();
        assert!(!count.noun_words.is_empty());
    }

    #[test]
    fn ratio_bases_and_rates() {
        let (_, a) = claims_of(
            "One translator serves every 30 soldiers. The army loses 1,000 soldiers in the east each day.",
            "2024-10-22",
        );
        let thirty = a.claims.iter().find(|c| c.expr.value == Some(30.0)).unwrap();
        assert!(thirty.ratio_base);
        let thousand = a.claims.iter().find(|c| c.expr.value == Some(1000.0)).unwrap();
        assert_eq!(thousand.per, vec!["day"]);
    }

    #[test]
    fn ordinal_year_implies_a_start_date() {
        let (_, a) = claims_of("The war, now heading into its third year, goes on.", "2024-10-22");
        let c = a.claims.iter().find(|c| c.age.is_some()).unwrap();
        let s = c.age_start(0.1).unwrap();
        assert!(s.start <= "2022-02-24".parse().unwrap() && "2022-02-24".parse::<Date>().unwrap() <= s.end, "{s}");
    }

    #[test]
    fn a_part_counts_what_its_whole_counts() {
        // "won 312 of the 598 seats" gave 312 no noun.
        let (doc, a) = claims_of("The bloc won 312 of the 598 seats on Sunday.", "2025-06-09");
        let part = a.claims.iter().find(|c| c.expr.value == Some(312.0)).unwrap();
        assert_eq!(noun(&doc, &a, part), "seats");
        // A casualty word later says what the part is: not a count of soldiers.
        let (doc, a) = claims_of("About 900 of the 4,000 soldiers sent were killed or wounded.", "2025-06-09");
        let part = a.claims.iter().find(|c| c.expr.value == Some(900.0)).unwrap();
        assert_ne!(noun(&doc, &a, part), "soldiers");
    }

    #[test]
    fn the_subject_of_a_rise_is_the_noun_before_its_place() {
        // "The toll in the port city alone rose to seven" counted "city".
        let (doc, a) = claims_of("The toll in the port city alone rose to seven.", "2025-03-18");
        assert_eq!(noun(&doc, &a, &a.claims[0]), "toll");
        let (doc, a) = claims_of("The number of dead in the north rose to 40.", "2025-03-18");
        assert_eq!(noun(&doc, &a, &a.claims[0]), "dead");
        let (doc, a) = claims_of("The death toll rose to 300.", "2025-03-18");
        assert_eq!(noun(&doc, &a, &a.claims[0]), "toll");
        // "Confirmed cases in the district have doubled in a week to 480" counted nothing: a
        // time may stand between the verb and its "to".
        let text = "Confirmed cases in the district have doubled in a week to 480.";
        let (doc, a) = claims_of(text, "2025-05-20");
        assert_eq!(noun(&doc, &a, claim_with(&doc, &a, "480")), "cases");
        let (doc, a) = claims_of("The toll rose on Tuesday to 23.", "2025-05-20");
        assert_eq!(noun(&doc, &a, claim_with(&doc, &a, "23")), "toll");
    }

    #[test]
    fn each_source_keeps_to_its_part_of_the_sentence() {
        let source_of = |text: &str, figure: &str| -> Option<String> {
            let (doc, a) = claims_of(text, "2024-10-30");
            let c = claim_with(&doc, &a, figure);
            c.source.clone()
        };
        // The first figure was the operators', the source named later in the sentence.
        let two = "The union says about 45,000 members walked out; port operators put the figure nearer 30,000.";
        assert_eq!(source_of(two, "45,000").as_deref(), Some("union"));
        assert_eq!(source_of(two, "30,000").as_deref(), Some("port operators"));
        // A source leading a later part speaks for that part only.
        let later = "Some 120 ships were waiting by Tuesday, and analysts estimate the cost at $540m a day.";
        assert_eq!(source_of(later, "120"), None);
        assert_eq!(source_of(later, "$540m").as_deref(), Some("analysts"));
        // One that trails the last part, or speaks before, covers the parts without one.
        let trailing = "Some 300 were killed, and 2,700 were wounded, officials said on Thursday.";
        assert_eq!(source_of(trailing, "300").as_deref(), Some("officials"));
        let leading = "Around 10,000 are in Russia, the Pentagon said, and about 8,000 are at the front.";
        assert_eq!(source_of(leading, "8,000").as_deref(), Some("Pentagon"));
    }

    #[test]
    fn a_date_a_change_is_measured_against_dates_no_figure() {
        // "up 14% on a year earlier" dated the rise, and the forecast after it, a year back.
        let (doc, a) = claims_of("Sales rose 14% on a year earlier, ahead of the $8.7bn forecast.", "2024-10-30");
        for c in a.claims.iter().filter(|c| c.expr.kind != Kind::Date) {
            assert_eq!(c.as_of.map(|d| d.to_string()).as_deref(), Some("2024-10-30"), "{}", &doc.text[c.span.clone()]);
        }
        let (_, a) = claims_of("Sales were 20% higher than last year.", "2024-10-30");
        assert_eq!(a.claims[0].as_of.map(|d| d.to_string()).as_deref(), Some("2024-10-30"));
    }

    #[test]
    fn a_participle_of_estimating_names_no_source() {
        // "caused damage estimated at €1.1bn" gave the source "caused damage".
        let (_, a) = claims_of("A similar storm killed 23 people and caused damage estimated at €1.1bn.", "2024-10-30");
        assert!(a.claims.iter().all(|c| c.source.is_none()));
        let (_, a) = claims_of("Officials estimated at least 300 were killed.", "2024-10-30");
        assert_eq!(a.claims[0].source.as_deref(), Some("Officials"));
    }

    #[test]
    fn the_whole_of_a_ratio_is_no_source() {
        // "About one in five voters said" gave the source "five voters".
        let (_, a) = claims_of("About one in five voters said they decided late.", "2025-11-17");
        assert_eq!(a.claims[0].source.as_deref(), Some("voters"));
        let (_, a) = claims_of("The two companies said the deal was worth $8bn.", "2025-11-17");
        assert!(a.claims.iter().any(|c| c.source.as_deref() == Some("two companies")));
    }

    #[test]
    fn a_fraction_or_a_relative_clause_in_the_subject_is_no_source() {
        // "Just under two-thirds of voters said" named "two-thirds of voters"; "Four in ten of
        // those who backed the party at the last election said" named "last election"; and
        // "a poll of 2,015 adults" was cut at the comma of the thousand.
        let source = |text: &str| claims_of(text, "2025-11-17").1.claims[0].source.clone();
        assert_eq!(source("Just under two-thirds of voters said the country was adrift.").as_deref(), Some("voters"));
        assert_eq!(source("Half of the voters said they would switch.").as_deref(), Some("voters"));
        assert_eq!(source("Four in ten of those who backed the party at the last vote said they would switch."), None);
        assert_eq!(source("Officials who visited the site said 300 had died.").as_deref(), Some("Officials"));
        assert_eq!(source("The company that owns the plant said 300 jobs would go.").as_deref(), Some("company"));
        assert_eq!(source("It is clear that officials said 300 died.").as_deref(), Some("officials"));
        assert_eq!(
            source("Support fell to 24%, according to a poll of 2,015 adults taken last week.").as_deref(),
            Some("a poll of 2,015 adults")
        );
    }

    #[test]
    fn a_source_cut_short_ends_on_no_joining_word_and_a_noun_before_of_is_no_verb() {
        // "according to a database kept by a news agency and a university" named "… a news
        // agency and"; "beating Wall Street estimates of $54.5bn" named "beating Wall Street".
        let source = |text: &str| claims_of(text, "2025-11-17").1.claims[0].source.clone();
        assert_eq!(
            source("It was the 36th this year, according to a database kept by a news agency and a university.")
                .as_deref(),
            Some("a database kept by a news agency")
        );
        assert_eq!(source("Revenue rose 13%, beating Wall Street estimates of 11%."), None);
        assert_eq!(source("Analysts estimate 300 jobs will go.").as_deref(), Some("Analysts"));
    }

    #[test]
    fn a_participle_after_a_determiner_names_no_source() {
        // "The number of confirmed deaths … rose to 15, the ministry said" gave the source
        // "number of".
        let (_, a) = claims_of("The number of confirmed deaths rose to 15, the ministry said.", "2025-10-08");
        assert_eq!(a.claims[0].source.as_deref(), Some("ministry"));
        let (_, a) = claims_of("We gathered the reported figures in one place.", "2025-10-08");
        assert_eq!(a.claims[0].source, None);
    }

    #[test]
    fn a_date_past_a_semicolon_dates_only_its_own_clause() {
        // "… more than 5,500 injured, the ministry said; on Saturday it had stood at 2,012" dated
        // the 5,500 by the Saturday.
        let text = "More than 5,500 were injured, the ministry said; on Saturday the toll had stood at 2,012.";
        assert_eq!(as_of_of(text, "5,500").as_deref(), Some("2025-07-24"));
        assert_eq!(as_of_of(text, "2,012").as_deref(), Some("2025-07-19"));
        // A day straight after the saying still dates it.
        assert_eq!(as_of_of("About 300 were hurt, the ministry said on Monday.", "300").as_deref(), Some("2025-07-21"));
    }

    #[test]
    fn a_figure_by_an_open_bound_is_as_of_its_closed_end() {
        // "100 launches before 31 December" and "a payment of €300 before Christmas" were as of
        // the century the bound runs open over ("1925-12-24..=2025-12-24").
        assert_eq!(
            as_of_of("The firm aims for 100 launches before 31 December.", "100").as_deref(),
            Some("2025-12-30")
        );
        assert_eq!(as_of_of("It plans 40 flights in 2027 at the earliest.", "40").as_deref(), Some("2027-01-01"));
    }

    #[test]
    fn a_noun_after_the_verb_of_saying_is_no_verb_of_its_own() {
        // "Insurers put early estimates of the damage at …" named "Insurers put early" (the
        // noun "estimates" read as the verb; "at" came too far after "put").
        let (_, a) = claims_of("Insurers put early estimates of the damage at between $35bn and $55bn.", "2025-07-24");
        assert_eq!(a.claims[0].source.as_deref(), Some("Insurers"));
        let (_, a) = claims_of("Most reports put the figure at about 10,000.", "2025-07-24");
        assert_eq!(a.claims[0].source.as_deref(), Some("Most reports"));
    }

    /// The as-of date of the first claim whose text holds `figure`.
    fn as_of_of(text: &str, figure: &str) -> Option<String> {
        let (doc, a) = claims_of(text, "2025-07-24");
        let c = a.claims.iter().find(|c| doc.text[c.span.clone()].contains(figure)).unwrap();
        c.as_of.map(|d| d.to_string())
    }

    #[test]
    fn the_figure_a_change_came_from_starts_its_clause_at_from() {
        // "Unemployment rose to 4.7% in June from 4.6% in May": a rule `near` "June" took the
        // May figure too.
        let (doc, a) = claims_of("Unemployment rose to 4.7% in June from 4.6% in May.", "2025-08-14");
        let from = claim_with(&doc, &a, "4.6%");
        let scope = scope_words(&a, from);
        assert!(!scope.contains(&"june") && scope.contains(&"may"), "{scope:?}");
        assert_eq!(as_of_of("Unemployment rose to 4.7% in June from 4.6% in May.", "4.6%").as_deref(), Some("2025-05"));
    }

    #[test]
    fn a_source_ends_at_a_participle_or_a_relative_pronoun() {
        // "according to a study published on Wednesday" named the whole phrase, date and all.
        let source = |text: &str| {
            let (_, a) = claims_of(text, "2025-02-20");
            a.claims[0].source.clone().unwrap_or_default()
        };
        assert_eq!(source("Risk fell 31%, according to a study published on Wednesday."), "a study");
        assert_eq!(
            source("Some 300 died, according to a Western official who spoke on condition of anonymity."),
            "a Western official"
        );
        // (A participle with its agent names the agent.)
        assert_eq!(
            source("The bloc won 148 seats, according to results released by the electoral commission."),
            "results released by the electoral commission"
        );
    }

    #[test]
    fn a_part_counts_its_wholes_noun_and_a_past_verb_after_and_opens_a_clause() {
        // "City collected 88 points and lost four of 38 games": the four counted points, and a
        // rule `near` "lost" took the 88.
        let (doc, a) = claims_of("City collected 88 points and lost four of 38 games.", "2025-05-30");
        let four = claim_with(&doc, &a, "four");
        assert_eq!(noun(&doc, &a, four), "games");
        let points = claim_with(&doc, &a, "88");
        let scope = scope_words(&a, points);
        assert!(!scope.contains(&"lost"), "{scope:?}");
        // ("rose to 23 and officials fear more": no past verb after "and".)
        let (doc, a) = claims_of("The toll rose to 23 and officials fear more.", "2025-05-30");
        let toll = claim_with(&doc, &a, "23");
        let scope = scope_words(&a, toll);
        assert!(scope.contains(&"fear"), "{scope:?}");
    }

    #[test]
    fn a_figure_after_a_noun_and_of_is_no_whole() {
        // "Dorn received 88,410 votes to Reyl's 68,350, a margin of just over 20,000": the
        // margin's clause was cut at its "of", so a rule `near` "margin" missed it.
        let (doc, a) =
            claims_of("Dorn received 88,410 votes to Reyl's 68,350, a margin of just over 20,000.", "2025-11-03");
        let margin = claim_with(&doc, &a, "20,000");
        let scope = scope_words(&a, margin);
        assert!(scope.contains(&"margin") && !margin.whole, "{scope:?}");
    }

    #[test]
    fn a_whole_out_of_which_a_part_is_counted_has_its_own_clause() {
        // "21 people still missing out of the 224 on board": the 224 was no whole, and a rule
        // `not_near` "missing" lost it.
        let (doc, a) = claims_of("The toll is 11, with 21 people still missing out of the 224 on board.", "2025-10-12");
        let whole = claim_with(&doc, &a, "224");
        assert!(whole.whole);
        let scope = scope_words(&a, whole);
        assert!(!scope.contains(&"missing") && scope.contains(&"board"), "{scope:?}");
        assert_eq!(claim_with(&doc, &a, "21").part_of.map(|w| a.claims[w].expr.value), Some(Some(224.0)));
    }

    #[test]
    fn a_participles_aside_after_a_figure_dates_the_participle() {
        // "recalled 1.2 million bottles of Coravan, made between March 2023 and January 2025"
        // counted the bottles as of the making, so the stale count in a later draft went unseen.
        let text = "Palvex has recalled 1.2 million bottles of Coravan, made between March 2023 and January 2025.";
        assert_eq!(as_of_of(text, "1.2 million").as_deref(), Some("2025-07-24"));
        // (A verb with its own object is a second predicate, dated as before.)
        assert_eq!(
            as_of_of("The storm killed 40 people, injured 100 on Monday.", "100").as_deref(),
            Some("2025-07-21")
        );
    }

    #[test]
    fn a_participles_aside_dates_the_participle() {
        // "Ostmark, founded in 1962, employs about 12,500 people" counted the staff as of 1962.
        assert_eq!(
            as_of_of("Ostmark, founded in 1962, employs about 12,500 people.", "12,500").as_deref(),
            Some("2025-07-24")
        );
        assert_eq!(
            as_of_of("The plant, rebuilt in 2019, now makes 400 cars a day.", "400").as_deref(),
            Some("2025-07-24")
        );
        // (Not a date in the figure's own clause.)
        assert_eq!(as_of_of("The firm employed 900 people in 2019.", "900").as_deref(), Some("2019"));
    }

    #[test]
    fn a_level_after_its_change_and_a_day_shares_the_changes_clause() {
        // "Shares in Ostmark jumped 24% on Monday to $40.10": a rule `not_near` "share*" took the
        // $40.10 for the deal's price, its clause cut at the 24%.
        let (doc, a) = claims_of("Shares in Ostmark jumped 24% on Monday to $40.10 after the offer.", "2025-03-18");
        let level = claim_with(&doc, &a, "$40.10");
        let scope = scope_words(&a, level);
        assert!(scope.contains(&"shares"), "{scope:?}");
        // (A figure after another verb keeps its own clause.)
        let (doc, a) = claims_of("Shares in Ostmark jumped 24% and the bid went to $40.10.", "2025-03-18");
        let level = claim_with(&doc, &a, "$40.10");
        let scope = scope_words(&a, level);
        assert!(!scope.contains(&"shares"), "{scope:?}");
    }

    #[test]
    fn a_change_told_in_the_past_after_a_forecast_has_happened() {
        // "raised its forecast on Thursday after sales rose 38%": the rise and the day were
        // projections.
        let (doc, a) =
            claims_of("The firm raised its forecast on Thursday after sales rose 38% to $4.2bn.", "2025-07-24");
        for c in &a.claims {
            assert_eq!(c.modality, Modality::Asserted, "{}", &doc.text[c.span.clone()]);
        }
        // A forecast told as one, and a change still to be made, stay projections.
        let (_, a) = claims_of("Analysts forecast sales of $4.5bn.", "2025-07-24");
        assert_eq!(a.claims[0].modality, Modality::Projected);
        let (_, a) = claims_of("Fees would be increased by 40%.", "2025-07-24");
        assert_eq!(a.claims[0].modality, Modality::Projected);
        // A verb of saying between them reports the plan, it tells no event.
        let (_, a) = claims_of("The ministry expects the figure it told parliament about to reach 300.", "2025-07-24");
        assert_eq!(a.claims[0].modality, Modality::Projected);
    }

    #[test]
    fn a_figure_of_another_event_is_marked() {
        let (_, a) = claims_of("Seventeen people died. In 2019, a similar storm killed 23 people.", "2024-10-30");
        assert_eq!(a.claims.iter().map(|c| c.other_event).collect::<Vec<_>>(), [false, false, true]);
        let (_, a) = claims_of("Another quake left 300 dead.", "2024-10-30");
        assert!(a.claims[0].other_event);
        // An amount, an addition or an interpretation is no other event.
        let (_, a) = claims_of("A similar number, 40, fled. Another 400 soldiers arrived.", "2024-10-30");
        assert!(a.claims.iter().all(|c| !c.other_event));
        let (_, a) = claims_of("Another notable reading of the treaty signed in June is new.", "2024-10-30");
        assert!(a.claims.iter().all(|c| !c.other_event));
    }

    #[test]
    fn a_figure_revised_in_the_next_sentence_is_superseded() {
        // "200 homes were damaged. The figure was later revised to 180" was two figures for one
        // fact, and a fixed rule flagged the article against itself.
        let (_, a) = claims_of(
            "Officials said 200 homes were damaged. The figure was later revised to 180 homes.",
            "2024-10-30",
        );
        assert_eq!((a.claims[0].modality, a.claims[1].modality), (Modality::Superseded, Modality::Asserted));
        assert!(a.claims[1].revision);
        // A revision of something else, or no revision, leaves it.
        let (_, a) =
            claims_of("Officials said 200 homes were damaged. Insurers revised their estimate to 180.", "2024-10-30");
        assert_eq!(a.claims[0].modality, Modality::Asserted);
        let (_, a) = claims_of("Officials said 200 homes were damaged. The figure for roads was 180.", "2024-10-30");
        assert_eq!(a.claims[0].modality, Modality::Asserted);
    }

    #[test]
    fn a_report_denied_after_its_figure_is_negated() {
        let (_, a) = claims_of("Reports that 50 soldiers were captured were dismissed by the army.", "2024-10-30");
        assert_eq!(a.claims[0].modality, Modality::Negated);
        let (_, a) = claims_of("Claims that 300 people died are false, officials said.", "2024-10-30");
        assert_eq!(a.claims[0].modality, Modality::Negated);
        // A report not denied stands.
        let (_, a) = claims_of("Reports that 50 soldiers were captured were confirmed by the army.", "2024-10-30");
        assert_eq!(a.claims[0].modality, Modality::Asserted);
    }

    #[test]
    fn a_prediction_a_demand_and_no_one_as_a_source() {
        // "Forecasters predict 30cm", "Unions want a 9% pay rise" were asserted; "Nobody
        // believes the figure" made "Nobody" its source.
        let (_, a) = claims_of("Forecasters predict 30cm of snow by Sunday.", "2024-10-30");
        assert!(a.claims.iter().all(|c| c.modality == Modality::Projected));
        let (_, a) = claims_of("Unions want a 9% pay rise.", "2024-10-30");
        assert_eq!(a.claims[0].modality, Modality::Requested);
        let (_, a) = claims_of("Nobody believes the figure of 90,000.", "2024-10-30");
        assert_eq!(a.claims[0].source, None);
        // Demand as a noun asks for nothing.
        let (_, a) = claims_of("Demand for oil rose 3%.", "2024-10-30");
        assert_eq!(a.claims[0].modality, Modality::Asserted);
    }

    #[test]
    fn a_figure_in_an_aside_or_a_first_predicate_is_not_dated_after_it() {
        // The cost of a plant "which cost about $7bn" was dated by its opening next year.
        let plant = "A new plant, which cost about $7bn, would open in the first half of next year.";
        assert_eq!(as_of_of(plant, "$7bn").as_deref(), Some("2025-07-24"));
        let phase = "The first phase, costing an estimated €410m, is due to open in the autumn of 2026.";
        assert_eq!(as_of_of(phase, "€410m").as_deref(), Some("2025-07-24"));
        // "… was delayed and is not expected to finish before Wednesday": the count is today's.
        let count = "Counting in three districts was delayed and is not expected to finish before Wednesday.";
        assert_eq!(as_of_of(count, "three").as_deref(), Some("2025-07-24"));
        // Outside an aside, a date after the figure still dates it.
        let toll = "The plant will employ 1,800 people in the first half of next year.";
        assert_eq!(as_of_of(toll, "1,800").as_deref(), Some("2026-01-01..=2026-06-30"));
    }

    #[test]
    fn a_date_before_a_relative_clause_or_a_contrast_does_not_date_its_figure() {
        let camps = "Rain forecast for late September could flood the camps, which house an estimated 240,000 people.";
        assert_eq!(as_of_of(camps, "240,000").as_deref(), Some("2025-07-24"));
        let rate = "The rate is below the 2.4% seen in 2019 but above the 1% threshold.";
        assert_eq!(as_of_of(rate, "2.4%").as_deref(), Some("2019"));
        assert_eq!(as_of_of(rate, "1%").as_deref(), Some("2025-07-24"));
        // A date leading the sentence covers both sides of the contrast.
        let lead = "In 2019, sales fell but profits rose 5%.";
        assert_eq!(as_of_of(lead, "5%").as_deref(), Some("2019"));
    }

    #[test]
    fn a_past_verb_between_a_modal_and_a_date_tells_the_date_as_past() {
        // "will walk out … after talks broke down on Sunday" made Sunday a projection.
        let (doc, a) = claims_of("Drivers will walk out for 48 hours after talks broke down on Sunday.", "2026-01-19");
        let sunday = a.claims.iter().find(|c| doc.text[c.span.clone()].contains("Sunday")).unwrap();
        assert_eq!(sunday.modality, Modality::Asserted);
        assert_eq!(a.claims[0].modality, Modality::Projected);
    }

    #[test]
    fn a_time_word_before_a_source_is_not_part_of_it() {
        // "Last month the World Food Programme said" gave the source "Last month the World …".
        let (_, a) =
            claims_of("Last month the World Food Programme said it could feed only 40% of them.", "2025-11-04");
        assert!(a.claims.iter().all(|c| c.source.as_deref() == Some("World Food Programme")));
        let (_, a) = claims_of("The Week said 300 had arrived.", "2025-11-04");
        assert_eq!(a.claims[0].source.as_deref(), Some("Week"));
    }

    #[test]
    fn an_age_group_label_stops_before_its_verb() {
        // "Children under five make up a fifth" labelled the age "under five make".
        let (doc, a) = claims_of("Children under five make up a fifth of patients.", "2025-09-16");
        assert_eq!(&doc.text[a.claims[0].span.clone()], "under five");
        let (doc, a) = claims_of("A 52-year-old man was arrested.", "2025-09-16");
        assert_eq!(&doc.text[a.claims[0].span.clone()], "52-year-old man");
    }

    #[test]
    fn a_time_not_before_which_is_when_and_a_plural_subject_is_no_source() {
        // "Damage estimates will not be ready until mid-September, a spokesman said" named
        // the source "Damage" and negated the date.
        let text = "Damage estimates will not be ready until mid-September, a spokesman said.";
        let (doc, a) = claims_of(text, "2025-08-06");
        let until = claim_with(&doc, &a, "mid-September");
        assert_eq!(until.source.as_deref(), Some("spokesman"));
        assert_ne!(until.modality, Modality::Negated);
        // "Some 2,300 residents remain" counted "residents remain".
        let (doc, a) = claims_of("Some 2,300 residents remain under orders.", "2025-08-06");
        assert_eq!(noun(&doc, &a, &a.claims[0]), "residents");
        // A verb of estimating is still one: "the agency estimates 300 homes were lost".
        let (doc, a) = claims_of("The agency estimates 300 homes were lost.", "2025-08-06");
        assert_eq!(claim_with(&doc, &a, "300").source.as_deref(), Some("agency"));
    }

    #[test]
    fn a_count_told_as_more_counts_the_noun_after_it() {
        // "sent 400 more soldiers" counted no noun at all.
        let (doc, a) = claims_of("It sent 400 more soldiers. Some 5 fewer buses ran. It needs 30 more.", "2025-03-14");
        assert_eq!(noun(&doc, &a, &a.claims[0]), "more soldiers");
        assert!(a.claims[0].not_the_total);
        assert_eq!(noun(&doc, &a, &a.claims[1]), "fewer buses");
        // The comparative alone counts nothing.
        assert_eq!(noun(&doc, &a, &a.claims[2]), "");
    }

    #[test]
    fn a_participle_after_a_figure_and_an_adverb_names_no_source() {
        // "the 41 people first reported" named the source "people first", and "12 deaths
        // initially reported" the source "deaths initially" and that noun.
        let (doc, a) = claims_of("It was not the 41 people first reported but 30.", "2025-03-14");
        assert_eq!(a.claims[0].source, None);
        let (doc2, b) = claims_of("The 12 deaths initially reported were revised to 9.", "2025-03-14");
        assert_eq!(b.claims[0].source, None);
        assert_eq!(noun(&doc2, &b, &b.claims[0]), "deaths");
        // "12 heavily armed men" keeps its adverb and the participle after it (it was
        // "12 heavily").
        let (doc3, c) = claims_of("Police met 12 heavily armed men.", "2025-03-14");
        assert_eq!(noun(&doc3, &c, &c.claims[0]), "heavily armed men");
        let _ = doc;
    }

    #[test]
    fn what_was_not_reported_names_no_source() {
        // "No deaths reported; 3 firefighters treated" gave the source "deaths".
        let (_, a) = claims_of("No deaths reported; 3 firefighters treated for smoke.", "2025-08-21");
        assert_eq!(a.claims[0].source, None);
    }

    #[test]
    fn a_hyphened_participle_is_part_of_the_counted_noun() {
        // "9 water-bombing aircraft" counted "water".
        let (doc, a) = claims_of("Crews have 9 water-bombing aircraft and 70 vehicles.", "2025-08-21");
        assert_eq!(noun(&doc, &a, &a.claims[0]), "water bombing aircraft");
        // A participle after a space still ends it: "300 killed".
        let (doc, a) = claims_of("About 300 troops fighting in the east.", "2025-08-21");
        assert_eq!(noun(&doc, &a, &a.claims[0]), "troops");
    }

    #[test]
    fn an_ing_modifier_before_a_plural_is_part_of_the_counted_noun() {
        // "two new operating theatres would open" counted "new", and so was asserted.
        let (doc, a) = claims_of("Two new operating theatres would open in May.", "2025-08-21");
        assert_eq!(noun(&doc, &a, &a.claims[0]), "new operating theatres");
        assert_eq!(a.claims[0].modality, Modality::Projected);
        let (doc, a) = claims_of("The board backed 2 large shopping centres.", "2025-08-21");
        assert_eq!(noun(&doc, &a, &a.claims[0]), "large shopping centres");
        // After a plural, or before no plural, the -ing word starts a clause.
        let (doc, a) = claims_of("Police held 4 young men carrying knives.", "2025-08-21");
        assert_eq!(noun(&doc, &a, &a.claims[0]), "young men");
        let (doc, a) = claims_of("It hired 20 extra nurses working nights.", "2025-08-21");
        assert_eq!(noun(&doc, &a, &a.claims[0]), "extra nurses");
    }

    #[test]
    fn a_year_a_figure_is_compared_with_does_not_date_it() {
        // "35% below their 2021 peak" dated the fall 2021.
        assert_eq!(as_of_of("Shares remain 35% below their 2021 peak.", "35%").as_deref(), Some("2025-07-24"));
        assert_eq!(as_of_of("Output is 4% above the 2019 level.", "4%").as_deref(), Some("2025-07-24"));
    }

    #[test]
    fn the_whole_of_a_part_and_a_gap_are_marked() {
        let (_, a) = claims_of("The coalition won 148 of the 310 seats, eight short of a majority.", "2025-03-10");
        let flags: Vec<(bool, bool)> = a.claims.iter().map(|c| (c.whole, c.gap)).collect();
        assert_eq!(flags, [(false, false), (true, false), (false, true)]);
        let (_, a) = claims_of("It has 148 seats, eight seats shy of the 156 needed.", "2025-03-10");
        assert!(a.claims[1].gap && !a.claims[0].gap && !a.claims[2].gap);
    }

    #[test]
    fn cases_reported_each_week_name_no_source() {
        // "The number of new cases reported each week has climbed …" gave the source "number of
        // new cases".
        let (_, a) = claims_of("The number of new cases reported each week has climbed to 644.", "2025-09-17");
        assert_eq!(a.claims[0].source, None);
        let (_, a) = claims_of("Officials reported 644 new cases on Monday.", "2025-09-17");
        assert_eq!(a.claims[0].source.as_deref(), Some("Officials"));
    }

    #[test]
    fn an_ordinal_does_not_cut_a_figure_from_its_date() {
        // "About 410,000 were vaccinated in a first round in August" was dated by the report.
        assert_eq!(
            as_of_of("About 410,000 people were vaccinated in a first round in August.", "410,000").as_deref(),
            Some("2024-08")
        );
        // Nor does a date across a semicolon lead a figure's clause.
        let semi = "A plant is planned for 2028; the first phase, costing €410m, opens later.";
        assert_eq!(as_of_of(semi, "€410m").as_deref(), Some("2025-07-24"));
    }

    #[test]
    fn put_at_names_what_the_figure_counts() {
        // "the US had put their casualties at a few hundred" counted nothing.
        let (doc, a) = claims_of("In December the US had put their casualties at a few hundred.", "2025-01-10");
        let c = a.claims.iter().find(|c| c.expr.kind == Kind::Number).unwrap();
        assert_eq!(noun(&doc, &a, c), "casualties");
        let (doc, a) = claims_of("Analysts estimate total Russian casualties at over 790,000.", "2025-01-10");
        assert_eq!(noun(&doc, &a, &a.claims[0]), "total russian casualties");
        // An aside between the noun and "at" is left out of it.
        let (doc, a) =
            claims_of("Estimates put Russian casualties, killed and wounded, at over 600,000.", "2025-01-10");
        assert_eq!(noun(&doc, &a, &a.claims[0]), "russian casualties");
        // "put the figure at" names no noun of its own.
        let (doc, a) = claims_of("Some 12,000 troops went; others put the figure at 10,000.", "2025-01-10");
        assert_ne!(noun(&doc, &a, &a.claims[1]), "figure");
    }

    #[test]
    fn a_span_does_not_cut_a_figure_from_its_day_and_a_same_period_is_a_basis() {
        // "78mm in 24 hours on the 19th" was dated by the report.
        let rain = "The county received 78mm in 24 hours on the 19th.";
        assert_eq!(as_of_of(rain, "78mm").as_deref(), Some("2025-07-19"));
        // "up a fifth on the same period of 2024": the fifth is this year's rise.
        let up = "Arrivals were up a fifth on the same period of 2024.";
        assert_eq!(as_of_of(up, "a fifth").as_deref(), Some("2025-07-24"));
    }

    #[test]
    fn a_restated_figure_a_second_predicate_and_a_participle_after_a_count() {
        // ", or roughly 8% of its workforce, by the end of June" was asserted and June's while
        // the 1,200 it restates was a projection of today.
        let (doc, a) =
            claims_of("It will cut about 1,200 jobs, or roughly 8% of its staff, by the end of June.", "2025-04-23");
        let eight = a.claims.iter().find(|c| doc.text[c.span.clone()].contains("8%")).unwrap();
        assert_eq!(
            (eight.modality, eight.as_of.map(|d| d.to_string())),
            (Modality::Projected, Some("2025-04-23".into()))
        );
        // "… announced in January and will leave it with around 13,800 staff": not January's,
        // and "600 redundancies announced" names no source.
        let text = "The cuts follow 600 redundancies announced in January and will leave it with around 13,800 staff.";
        assert_eq!(as_of_of(text, "13,800").as_deref(), Some("2025-07-24"));
        let (_, a) = claims_of(text, "2025-07-24");
        assert!(a.claims.iter().all(|c| c.source.is_none()));
        // "92% of their 2019 level": the level compared with dates nothing.
        assert_eq!(
            as_of_of("Numbers are back to about 92% of their 2019 level.", "92%").as_deref(),
            Some("2025-07-24")
        );
    }

    #[test]
    fn a_figure_by_a_time_is_as_of_its_end_and_a_daily_toll_is_no_figure_before() {
        // "some 10,000 were in Russia by late October" was as of every day of late October, so a
        // smaller total from 21 October contradicted it "for the same date".
        let late = "Some 10,000 soldiers were in Russia by late October.";
        assert_eq!(as_of_of(late, "10,000").as_deref(), Some("2024-10-31"));
        // "the daily toll has topped 1,200" took the soldiers counted a sentence before.
        let (doc, a) = claims_of(
            "Some 10,000 North Korean soldiers are in Russia. Losses are high, and the daily toll has topped 1,200.",
            "2024-11-04",
        );
        let toll = a.claims.iter().find(|c| doc.text[c.span.clone()].contains("1,200")).unwrap();
        assert!(!noun(&doc, &a, toll).contains("soldiers"));
    }
    #[test]
    fn additions_and_changes_are_not_totals() {
        // "The Commission added €5 million to the €15 million already pledged": the €5 million
        // was a pledged total that went down.
        let cases = [
            ("The Commission added €5 million to the €15 million already pledged.", "€5 million", true),
            ("The Commission added €5 million to the €15 million already pledged.", "€15 million", false),
            ("The army will send another 400 soldiers.", "400", true),
            ("The army will send 400 more soldiers.", "400", true),
            ("A further 300 troops arrived on Friday.", "300", true),
            ("The toll rose by 9 to 23.", "9", true),
            ("The toll rose by 9 to 23.", "23", false),
            // (A part is a total of its own: `part_of`, below.)
            ("Aid totals 20 million euros, including €5 million from Brussels.", "€5 million", false),
            ("Aid totals 20 million euros, including €5 million from Brussels.", "20 million", false),
            ("Another report put the toll at 300.", "300", false),
        ];
        for (text, figure, expected) in cases {
            let (doc, a) = claims_of(text, "2025-09-09");
            let c = claim_with(&doc, &a, figure);
            assert_eq!(c.not_the_total, expected, "{figure} in {text}");
        }
    }

    #[test]
    fn a_figure_of_the_period_now_running_is_of_the_time_of_writing() {
        // "455 confirmed cases this year" was as of the whole year, so that a lower count a
        // week later was "the same date" as a higher one and went unreported as a fall.
        assert_eq!(as_of_of("There have been 455 confirmed cases this year.", "455").as_deref(), Some("2025-07-24"));
        assert_eq!(
            as_of_of("Shares have lost a fifth of their value this month.", "a fifth").as_deref(),
            Some("2025-07-24")
        );
        // A named year keeps its span (it may be a forecast's), as does a forecast.
        assert_eq!(as_of_of("Revenue of $17bn in 2025 is the target.", "$17bn").as_deref(), Some("2025"));
        assert_eq!(as_of_of("Cases will reach 900 this year.", "900").as_deref(), Some("2025"));
    }

    #[test]
    fn a_participles_clause_and_an_adjective_in_the_past_form() {
        // "Founded nine years ago, the firm was last valued at $28 billion" was a valuation of
        // 2016; "it will launch a paid tier in October" was asserted ("paid" read as a verb in
        // the past after the modal).
        let text = "Founded nine years ago, the firm was last valued at $28 billion.";
        assert_eq!(as_of_of(text, "$28 billion").as_deref(), Some("2025-07-24"));
        let (doc, a) = claims_of("It will launch a paid tier in October.", "2025-07-24");
        let d = claim_with(&doc, &a, "October");
        assert_eq!(d.modality, Modality::Projected);
    }

    #[test]
    fn a_label_does_not_cut_the_clause_of_the_figure_after_it() {
        // "came ashore as a Category 4 storm with winds of 140 mph": the 4 cut "ashore" off the
        // 140 mph, so a rule `near` "ashore" missed it.
        let (doc, a) = claims_of("Lena came ashore as a Category 4 storm with winds of 140 mph.", "2025-09-21");
        let wind = claim_with(&doc, &a, "140");
        let scope = scope_words(&a, wind);
        assert!(scope.contains(&"ashore"), "{scope:?}");
    }

    #[test]
    fn a_tables_caption_of_two_sentences_names_its_subject() {
        // The subject of "North Korean troops sent to Russia, by source. Figures are the latest
        // each gave." was looked for in the second sentence only.
        let text = "North Korean troops sent to Russia, by source. Figures are the latest each gave.\n\n| Source | Troops |\n|---|---|\n| Spy agency | 11,000 |\n";
        let (doc, a) = claims_of(text, "2025-03-01");
        let cell = claim_with(&doc, &a, "11,000");
        let lead: Vec<&str> = a.words[cell.prev_sentence_words.clone()].iter().map(|w| w.text.as_str()).collect();
        assert_eq!(&lead[..3], ["north", "korean", "troops"]);
        // A paragraph further up is not the caption.
        let text = "North Korean troops are in Russia.\n\nFigures by source.\n\n| Source | Troops |\n|---|---|\n| Spy agency | 11,000 |\n";
        let (doc, a) = claims_of(text, "2025-03-01");
        let cell = claim_with(&doc, &a, "11,000");
        let lead: Vec<&str> = a.words[cell.prev_sentence_words.clone()].iter().map(|w| w.text.as_str()).collect();
        assert_eq!(lead, ["figures", "by", "source"]);
    }

    #[test]
    fn a_level_after_its_change_shares_the_changes_clause() {
        // "The capital grew by 11% to 1.93 million": a rule `near` "capital" missed the 1.93
        // million, whose clause started after the 11%.
        let (doc, a) = claims_of("The capital grew by 11% to 1.93 million.", "2025-06-03");
        let level = claim_with(&doc, &a, "1.93");
        let scope = scope_words(&a, level);
        assert!(scope.contains(&"capital"), "{scope:?}");
    }

    #[test]
    fn a_dates_clause_ends_at_the_dates_beside_it() {
        // "touched down on Sunday, 23 days after its launch on 8 November": a rule `near`
        // "touched down" took the launch's day too, and "launched on November 8 and landed on
        // Sunday" gave the launch's day the landing's verb.
        let scope = |text: &str, figure: &str| -> Vec<String> {
            let (doc, a) = claims_of(text, "2025-12-02");
            let c = claim_with(&doc, &a, figure);
            scope_words(&a, c).into_iter().map(String::from).collect()
        };
        let text = "The lander touched down on Sunday, 23 days after its launch on 8 November.";
        assert!(!scope(text, "8 November").contains(&"touched".to_string()));
        assert!(scope(text, "Sunday").contains(&"touched".to_string()));
        let text = "Aster-2, which launched on November 8 and landed on Sunday, sent images.";
        assert!(!scope(text, "November 8").contains(&"landed".to_string()));
        assert!(scope(text, "Sunday").contains(&"landed".to_string()));
        // "reached 41.2C on Tuesday afternoon": a figure before a date is no clause of its own
        // (a rule `near` "reached" missed the day).
        assert!(scope("Temperatures reached 41.2C on Tuesday afternoon.", "Tuesday").contains(&"reached".to_string()));
        // "Investigators on Tuesday recovered the recorders from the jet that ran off the runway
        // on February 2": a rule `near` "ran off" took the recovery's Tuesday.
        let text = "Divers on Tuesday raised the hull of the ferry that sank in the bay on 2 May.";
        assert!(!scope(text, "Tuesday").contains(&"sank".to_string()));
        assert!(scope(text, "Tuesday").contains(&"raised".to_string()));
        assert!(scope(text, "2 May").contains(&"sank".to_string()));
        assert!(!scope(text, "2 May").contains(&"raised".to_string()));
    }

    #[test]
    fn a_part_names_its_whole() {
        let (doc, a) = claims_of("Aid totals 20 million euros, including €5 million from Brussels.", "2025-09-14");
        let k = a.claims.iter().position(|c| doc.text[c.expr.span.clone()].contains("€5 million")).unwrap();
        let whole = a.claims[k].part_of.map(|w| &doc.text[a.claims[w].expr.span.clone()]);
        assert_eq!(whole, Some("20 million euros"));
        // The whole may come after its part: "2,000 of the 6,500 people".
        let (doc, a) = claims_of("It let about 2,000 of the 6,500 people who fled go home.", "2025-08-16");
        let whole = a.claims[0].part_of.map(|w| &doc.text[a.claims[w].expr.span.clone()]);
        assert_eq!(whole, Some("6,500"));
        assert_eq!(a.claims[1].part_of, None);
        // "Eleven people were taken to hospital, two of them with serious injuries" compared the
        // two with the eleven; so did a breakdown after a colon.
        let whole_of = |text: &str| -> Vec<Option<String>> {
            let (doc, a) = claims_of(text, "2025-02-05");
            a.claims.iter().map(|c| c.part_of.map(|w| doc.text[a.claims[w].expr.span.clone()].to_string())).collect()
        };
        assert_eq!(whole_of("Nine miners were rescued, four of them unhurt."), [None, Some("Nine".into())]);
        let parts = whole_of("The bus held 40 people: 36 pupils, three teachers and a driver of 61.");
        assert_eq!(parts[..3], [None, Some("40".into()), Some("40".into())]);
        // (Not a figure after a semicolon.)
        assert_eq!(whole_of("The bus held 40 people; 36 got off."), [None, None]);
    }

    #[test]
    fn a_day_after_a_figure_told_as_a_change_dates_it() {
        // "rose to 23 on Tuesday" was dated by "early on Sunday" before it: "on Tuesday" was
        // taken for a comparison basis ("up 14% on a year earlier").
        let text = "The number killed when the dam failed early on Sunday rose to 23 on Tuesday.";
        assert_eq!(as_of_of(text, "23").as_deref(), Some("2025-07-22"));
        // A clause of the time of writing is not dated by a day before it.
        let text = "Talks broke down late on Sunday, the union said, in a dispute that has now run for nine months.";
        assert_eq!(as_of_of(text, "nine months").as_deref(), Some("2025-07-24"));
    }

    #[test]
    fn a_leading_clause_dates_its_own_event() {
        // "A week after the dam burst on Saturday, the toll stands at 19 dead" was as of the
        // Saturday.
        let text = "A week after the dam burst on Tuesday, the toll stands at 19 dead.";
        assert_eq!(as_of_of(text, "19 dead").as_deref(), Some("2025-07-24"));
        let text = "Days after the vote on Tuesday, the party is at 31% in the polls.";
        assert_eq!(as_of_of(text, "31%").as_deref(), Some("2025-07-24"));
        // Told in the past, the figure is of that time.
        let text = "After the storm on Tuesday, 300 homes were without power.";
        assert_eq!(as_of_of(text, "300").as_deref(), Some("2025-07-22"));
    }

    #[test]
    fn an_age_set_off_after_a_name_is_an_age() {
        // "Peter Vance, 61, took" and "A man, 32, was killed" were counts of nothing; a
        // "61-year-old" was 60.5 to 61.5 years back.
        let (doc, a) = claims_of(
            "Peter Vance, 61, took the money. A man, 32, was killed. The 61-year-old denied it. Earlier, 14 people died.",
            "2025-05-21",
        );
        let start = |figure: &str| {
            let c = claim_with(&doc, &a, figure);
            c.age_start(0.05).map(|d| d.to_string())
        };
        assert_eq!(start("61").as_deref(), Some("1963-05-22..=1964-05-21"));
        assert_eq!(start("32").as_deref(), Some("1992-05-22..=1993-05-21"));
        assert_eq!(start("61-year-old").as_deref(), Some("1963-05-22..=1964-05-21"));
        assert_eq!(start("14").as_deref(), None);
        let old = claim_with(&doc, &a, "61-year-old");
        assert_eq!(&doc.text[old.span.clone()], "61-year-old");
        // A name that opens the sentence: "Dorn, 58, begins her second term" (not "Overall,
        // 58, …" nor "Thus, 58, …").
        let (doc, a) =
            claims_of("Dorn, 58, begins her second term. Overall, 58, were hurt. Thus, 40, Kids.", "2025-05-21");
        assert!(claim_with(&doc, &a, "58").age.is_some());
        assert!(
            a.claims.iter().skip(1).all(|c| c.age.is_none()),
            "{:?}",
            a.claims.iter().map(|c| c.age.is_some()).collect::<Vec<_>>()
        );
        // An age group is no one's age.
        let (_, a) = claims_of("Coverage among five-year-olds fell, and the over-65s voted.", "2025-05-21");
        assert!(a.claims.iter().all(|c| c.age.is_none()));
    }

    #[test]
    fn a_verb_in_the_present_is_no_noun() {
        // "Treasurer who took £1.3m gets eight and a half years" counted "gets".
        let (doc, a) = claims_of(
            "Treasurer who took £1.3m gets eight and a half years. The 300 leaves were cancelled.",
            "2025-03-15",
        );
        assert_eq!(noun(&doc, &a, claim_with(&doc, &a, "£1.3m")), "");
        assert_eq!(noun(&doc, &a, claim_with(&doc, &a, "300")), "leaves");
    }

    #[test]
    fn the_price_of_a_deal_made_is_a_fact() {
        // "agreed on Monday to buy Lintex for $8.2bn" was a projection, so a draft's asserted
        // "$7.8bn purchase" had nothing to be compared with; what is yet to be bought is still one.
        let text = "Harwell agreed on Monday to buy Lintex for $8.2bn. Lintex has agreed to be sold for about $8.2 billion. \
                    Avra agreed to buy 40 jets. Harwell plans to buy Tarn for $2bn. It agreed to spend $3bn on plants.";
        let (doc, a) = claims_of(text, "2025-07-22");
        let modality = |figure: &str| claim_with(&doc, &a, figure).modality;
        assert_eq!(modality("$8.2bn"), Modality::Asserted);
        assert_eq!(modality("$8.2 billion"), Modality::Asserted);
        assert_eq!(modality("40"), Modality::Projected);
        assert_eq!(modality("$2bn"), Modality::Projected);
        assert_eq!(modality("$3bn"), Modality::Projected);
    }

    #[test]
    fn what_a_verb_of_change_changes_is_the_next_figures() {
        // "The €421 billion budget raises defence spending to €65.1 billion" put "defence" in
        // the budget's scope, so a rule `near` "defence" took the budget for defence spending.
        let text = "The €421 billion budget raises defence spending to €65.1 billion. \
                    It sets spending at about €412bn and lifts the defence budget by €4.3bn to €61.5bn.";
        let (doc, a) = claims_of(text, "2025-10-20");
        for (figure, left_out) in [("€421 billion", "defence"), ("€412bn", "defence")] {
            let words = scope_words(&a, claim_with(&doc, &a, figure));
            assert!(!words.contains(&left_out), "{figure}: {words:?}");
        }
        assert!(scope_words(&a, claim_with(&doc, &a, "€65.1 billion")).contains(&"defence"));
        // The change by a figure is no total.
        assert!(claim_with(&doc, &a, "€4.3bn").not_the_total);
    }

    #[test]
    fn a_comma_that_groups_thousands_ends_no_clause() {
        // "will fall from £9,100 to £5,000": the comma of "9,100" cut the clause, so £5,000 lost
        // the "will" before it and was asserted.
        let (doc, a) = claims_of("The threshold will fall from £9,100 to £5,000.", "2024-10-30");
        assert_eq!(claim_with(&doc, &a, "£5,000").modality, Modality::Projected);
        let (doc, a) = claims_of("Analysts expect 2,000 more troops to arrive by December.", "2024-10-30");
        assert_eq!(claim_with(&doc, &a, "by December").modality, Modality::Projected);
        // A comma with a space after it still ends the clause.
        let (doc, a) = claims_of("Officials will meet on Monday, 300 were hurt.", "2024-10-30");
        assert_eq!(claim_with(&doc, &a, "300").modality, Modality::Asserted);
        // The quote of a projection takes in its cue, but not over another figure.
        let (doc, a) = claims_of("Pensions would go up by 4.2% from January.", "2024-10-30");
        let date = a.claims.iter().find(|c| c.expr.kind == Kind::Date).unwrap();
        assert_eq!(&doc.text[date.span.clone()], "from January");
    }

    #[test]
    fn a_participle_going_on_from_a_projection_is_one() {
        // "forecast to reach £127bn this year, before falling to £71bn" and "would go up by 4.2%,
        // costing an extra €6bn a year" asserted the figure after the comma.
        let text = "Borrowing is forecast to reach £127bn this year, before falling to £71bn by 2030. \
                    Pensions would go up by 4.2%, costing an extra €6bn a year. \
                    Sales will rise 5% this year, after falling 3% last year. \
                    Sales rose 5%, bringing the total to 300.";
        let (doc, a) = claims_of(text, "2024-10-30");
        let modality = |figure: &str| claim_with(&doc, &a, figure).modality;
        assert_eq!(modality("£71bn"), Modality::Projected);
        assert_eq!(modality("€6bn"), Modality::Projected);
        // "after" tells what came before; and a participle after a fact is a fact.
        assert_eq!(modality("3%"), Modality::Asserted);
        assert_eq!(modality("300"), Modality::Asserted);
    }

    #[test]
    fn a_year_that_names_a_nouns_period_is_no_date_of_the_sentence() {
        // "unveiled a €412 billion budget for 2026 on Tuesday": "2026" cut Tuesday's clause, so a
        // rule `near` "unveiled" took the year for the day the budget was presented.
        let (doc, a) = claims_of("The minister unveiled a €412 billion budget for 2026 on Tuesday.", "2025-10-15");
        let words = |figure: &str| scope_words(&a, claim_with(&doc, &a, figure));
        assert!(words("on Tuesday").contains(&"unveiled"), "{:?}", words("on Tuesday"));
        assert!(!words("2026").contains(&"unveiled") && words("2026").contains(&"budget"), "{:?}", words("2026"));
    }

    #[test]
    fn a_revision_and_the_figure_it_replaced() {
        let text = "Growth was revised down to 0.5% from an initial estimate of 0.6%. Output, previously estimated at 1.2%, \
                    was revised from 1.2% to 1.4%. Prices rose to 3% from 2%.";
        let (doc, a) = claims_of(text, "2025-08-29");
        let find = |figure: &str, nth: usize| {
            a.claims.iter().filter(|c| &doc.text[c.expr.span.clone()] == figure).nth(nth).expect(figure)
        };
        assert!(find("0.5%", 0).revision && find("0.5%", 0).modality == Modality::Asserted);
        assert_eq!(find("0.6%", 0).modality, Modality::Superseded);
        assert_eq!(find("1.2%", 0).modality, Modality::Superseded);
        assert_eq!(find("1.2%", 1).modality, Modality::Superseded);
        assert!(find("1.4%", 0).revision);
        // A change is no revision.
        assert!(!find("3%", 0).revision && find("2%", 0).modality == Modality::Asserted);
    }

    #[test]
    fn an_event_after_after_is_told_as_it_was() {
        // "will serve six years after his conviction on four charges": the four were a projection.
        let text = "He will serve six years after his conviction on four charges, and prices will rise 5% after the 10% rise of last year.";
        let (doc, a) = claims_of(text, "2025-05-22");
        let modality = |figure: &str| claim_with(&doc, &a, figure).modality;
        assert_eq!(modality("six years"), Modality::Projected);
        assert_eq!(modality("four"), Modality::Asserted);
        assert_eq!(modality("5%"), Modality::Projected);
        assert_eq!(modality("10%"), Modality::Asserted);
    }

    #[test]
    fn the_noun_of_the_figure_before_and_is_not_in_the_next_ones_clause() {
        // "a £50,000 fine and £18,500 in costs": a rule `near` "fine" took the costs for a fine.
        let (doc, a) = claims_of("He must pay a £50,000 fine and £18,500 in costs.", "2025-05-22");
        let costs = claim_with(&doc, &a, "18,500");
        let scope = scope_words(&a, costs);
        assert!(!scope.contains(&"fine"), "{scope:?}");
        assert!(scope.contains(&"costs"), "{scope:?}");
    }

    #[test]
    fn a_whole_is_counted_now_and_a_fraction_counts_nothing() {
        // "About 1,800 of Halvern's 25,600 employees will lose their jobs by the end of 2026":
        // the 25,600 were as of the end of 2026, and "two-thirds of the cuts" counted employees.
        let text = "About 1,800 of Halvern's 25,600 employees will lose their jobs by the end of 2026, with two-thirds of the cuts in the Netherlands.";
        let (doc, a) = claims_of(text, "2025-02-13");
        let find = |f: &str| claim_with(&doc, &a, f);
        assert!(find("25,600").whole);
        assert_eq!(find("25,600").as_of.map(|d| d.to_string()).as_deref(), Some("2025-02-13"));
        assert_eq!(noun(&doc, &a, find("two-thirds")), "");
        // The whole's own date stays its own.
        let (doc, a) = claims_of("The coalition won 148 of the 310 seats in the election on Sunday.", "2025-07-24");
        let seats = a.claims.iter().find(|c| &doc.text[c.expr.span.clone()] == "310").unwrap();
        assert_eq!(seats.as_of.map(|d| d.to_string()).as_deref(), Some("2025-07-20"));
    }

    #[test]
    fn a_decision_to_do_something_is_a_projection() {
        // "Halvern's decision last week to shed 1,900 jobs" was asserted, and not compared with
        // "would cut 1,800 jobs".
        let (doc, a) =
            claims_of("Its decision last week to shed 1,900 jobs surprised staff. It cut 300 jobs.", "2025-02-20");
        let find = |f: &str| claim_with(&doc, &a, f);
        assert_eq!(find("1,900").modality, Modality::Projected);
        assert_eq!(find("300").modality, Modality::Asserted);
    }

    #[test]
    fn the_end_of_a_period_is_its_last_day() {
        // "25,600 people at the end of last year" was as of September to December.
        let text = "The group employed 25,600 people at the end of last year.";
        assert_eq!(as_of_of(text, "25,600").as_deref(), Some("2024-12-31"));
        let text = "It employed 25,600 people at the end of last year, against 26,900 a year earlier.";
        assert_eq!(as_of_of(text, "26,900").as_deref(), Some("2023-12-31"));
        let text = "At the end of June it had 700 staff.";
        assert_eq!(as_of_of(text, "700").as_deref(), Some("2025-06-30"));
    }

    #[test]
    fn is_to_is_a_plan_and_the_day_of_a_pledge_a_fact() {
        // "emissions are to fall 65% by 2035" was asserted (and not compared with the 62% target
        // told as a projection); "pledged on Monday" made the day a projection.
        let (doc, a) =
            claims_of("Emissions are to fall 65% by 2035. The government pledged on Monday to act.", "2025-11-14");
        let find = |f: &str| claim_with(&doc, &a, f);
        assert_eq!(find("65%").modality, Modality::Projected);
        assert_eq!(find("on Monday").modality, Modality::Asserted);
    }

    #[test]
    fn still_unaccounted_for_is_what_the_figure_counts() {
        // "rose to 23, with 31 still unaccounted for": the 31 counted the dead of the figure before.
        let (doc, a) = claims_of("The toll rose to 23 on Tuesday, with 31 still unaccounted for.", "2025-09-09");
        let c = claim_with(&doc, &a, "31");
        assert_eq!(noun(&doc, &a, c), "unaccounted for");
    }

    #[test]
    fn a_deal_valuing_its_target_is_priced() {
        // "agreed on Tuesday to buy its rival in a deal valuing it at A$4.9 billion" was a
        // projection: only "for" named the price.
        let text = "Corvo agreed on Tuesday to buy its rival in an all-share deal valuing it at A$4.9 billion. \
                    Tarn plans to buy a rival in a deal worth $2bn.";
        let (doc, a) = claims_of(text, "2024-11-20");
        assert_eq!(claim_with(&doc, &a, "A$4.9 billion").modality, Modality::Asserted);
        assert_eq!(claim_with(&doc, &a, "$2bn").modality, Modality::Projected);
    }

    #[test]
    fn the_level_after_a_change_set_off_by_a_comma_keeps_its_modality() {
        // "will rise by 3.1%, to a maximum of £10,544": the comma cut the clause, so the level
        // was asserted while the change was a projection.
        let text = "Loans will rise by 3.1%, to a maximum of £10,544. Fees rose by 2%, to £9,250.";
        let (doc, a) = claims_of(text, "2024-11-20");
        assert_eq!(claim_with(&doc, &a, "£10,544").modality, Modality::Projected);
        assert_eq!(claim_with(&doc, &a, "£9,250").modality, Modality::Asserted);
    }

    #[test]
    fn a_persons_role_before_an_age_in_commas() {
        // "Their manager, 48, who took charge" was a count of 48: only a few words for people
        // were known.
        let (doc, a) = claims_of("Their manager, 48, took charge in 2023. The coach, 52, left.", "2024-11-20");
        assert!(claim_with(&doc, &a, "48").age.is_some());
        assert!(claim_with(&doc, &a, "52").age.is_some());
    }

    #[test]
    fn a_start_still_to_come_dates_the_figure_from_its_first_day() {
        // "From April the fee rises to £30", told in March, was as of the time of writing: a
        // start read as "since", a period up to now.
        let (doc, a) = claims_of("From April the fee rises to £30. The fee rises to £40 from May.", "2026-03-12");
        assert_eq!(claim_with(&doc, &a, "£30").as_of.unwrap().to_string(), "2026-04-01");
        assert_eq!(claim_with(&doc, &a, "£40").as_of.unwrap().to_string(), "2026-05-01");
        // A start gone is still a period up to now.
        let (doc, a) = claims_of("Since February the fee has been £30.", "2026-03-12");
        assert_eq!(claim_with(&doc, &a, "£30").as_of.unwrap().to_string(), "2026-03-12");
    }

    #[test]
    fn a_change_ending_the_sentence_before_is_no_basis_for_the_next_sentences_date() {
        // "From 2019 to 2023, the fee was £30" after a sentence ending in a change was not
        // dated: the words before the date were read back into the sentence before.
        let (doc, a) = claims_of("The fee rose to £28.\n\nFrom 2019 to 2023, the fee was £30.", "2026-03-12");
        assert_eq!(claim_with(&doc, &a, "£30").as_of.unwrap().to_string(), "2019-01-01..=2023-12-31");
    }

    #[test]
    fn what_markets_price_in_is_a_projection() {
        // "Markets price in two cuts by the end of next June" was asserted; "the price in 2023"
        // is no verb.
        let (doc, a) = claims_of(
            "Markets price in two cuts by June. Traders are pricing a peak of 5.75%. The price in 2023 was £4.",
            "2024-11-20",
        );
        assert_eq!(claim_with(&doc, &a, "two").modality, Modality::Projected);
        assert_eq!(claim_with(&doc, &a, "5.75%").modality, Modality::Projected);
        assert_eq!(claim_with(&doc, &a, "£4").modality, Modality::Asserted);
    }

    #[test]
    fn a_date_a_participle_sets_on_another_noun_dates_no_figure() {
        // "11% more than a year earlier and above the pre-pandemic high set in 2019" was as of
        // 2019; "A vaccine approved in May will be offered to about 200,000 children" as of May.
        let text = "Traffic was 11% more than a year earlier and above the pre-pandemic high set in 2019. \
                    A vaccine approved in May will be offered to about 200,000 children. \
                    She bought a house in 2016 for £640,000. The firm reported a profit of £5m in March. \
                    At least 150,000 people may have died, a US envoy estimated last year.";
        let at = |figure: &str| as_of_of(text, figure);
        assert_eq!(at("11%").as_deref(), Some("2025-07-24"));
        assert_eq!(at("200,000").as_deref(), Some("2025-07-24"));
        // The figure of the participle's own clause, or right beside the date, keeps it.
        assert_eq!(at("£640,000").as_deref(), Some("2016"));
        assert_eq!(at("£5m").as_deref(), Some("2025-03"));
        assert_eq!(at("150,000").as_deref(), Some("2024"));
    }

    #[test]
    fn a_date_of_what_a_figure_is_compared_with_dates_no_figure() {
        // "needs a deposit of about £62,000, more than twice what was needed in 2004" was as of
        // 2004.
        let text = "A buyer now needs a deposit of about £62,000, more than twice what was needed in 2004. \
                    Sales rose 5% to more than 300 in March.";
        assert_eq!(as_of_of(text, "£62,000").as_deref(), Some("2025-07-24"));
        // A figure after "than" is the compared one, dated as before.
        assert_eq!(as_of_of(text, "300").as_deref(), Some("2025-03"));
    }
}
