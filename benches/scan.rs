//! Throughput of the scanner and the whole claims stage, measured side by side in one run
//! against a baseline pass that only splits the same text into words. Run with
//! `cargo bench --bench scan`; report the ratios, not the absolute figures, which vary by machine.

use std::hint::black_box;
use std::time::{Duration, Instant};

use claimcheck::check;
use claimcheck::claims::{self, ClaimOptions};
use claimcheck::load::parse_document;
use claimcheck::rules::RuleSet;
use claimcheck::scan::{self, DateContext};

/// A corpus of our own fixture and example articles, repeated to about 16 MiB.
fn corpus() -> String {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut seed = String::new();
    for dir in ["tests/fixtures/story/coverage", "tests/fixtures/story/drafts", "examples/newsroom/coverage"] {
        let mut files: Vec<_> =
            std::fs::read_dir(format!("{root}/{dir}")).unwrap().flatten().map(|e| e.path()).collect();
        files.sort();
        for f in files {
            seed.push_str(&std::fs::read_to_string(f).unwrap());
            seed.push_str("\n\n");
        }
    }
    let mut out = String::with_capacity(16 << 20);
    while out.len() < 16 << 20 {
        out.push_str(&seed);
    }
    out
}

/// The published seed articles beside the repository (`../shared/seeds`), when present: prose of
/// ordinary density, read in place and never copied into the repository.
fn seed_corpus() -> Option<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let seed: String = files.iter().filter_map(|f| std::fs::read_to_string(f).ok()).collect::<Vec<_>>().join("\n\n");
    if seed.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(16 << 20);
    while out.len() < 16 << 20 {
        out.push_str(&seed);
        out.push_str("\n\n");
    }
    Some(out)
}

/// A data dump pasted into a draft: a table whose rows run to thousands of cells, each row one
/// "sentence". Claims must stay linear here (a 20,000-cell row once took 25 s).
fn table_dump() -> String {
    let cells = 5_000;
    let header: Vec<String> = (0..cells).map(|k| format!("h{k}")).collect();
    let mut out = String::from("Totals so far.\n\n");
    out.push_str(&format!("| {} |\n|{}|\n", header.join(" | "), vec!["---"; cells].join("|")));
    for row in 0..8 {
        let figures: Vec<String> = (0..cells).map(|k| (100 + row * cells + k).to_string()).collect();
        out.push_str(&format!("| {} |\n", figures.join(" | ")));
    }
    out
}

/// A tall table: a thousand rows under a header that names what each column counts, each row
/// a sentence. Rule selection must stay linear here (each cell's noun is its column header, and
/// reading the rows between the two for each cell was quadratic).
fn tall_table() -> String {
    let mut out = String::from(
        "Losses by district so far.\n\n| District | Killed | Wounded | Missing | Displaced |\n|---|---|---|---|---|\n",
    );
    for row in 0..1_000 {
        out.push_str(&format!("| D{row} | {} | {} | {} | {} |\n", 10 + row, 200 + row, 30 + row, 4_000 + row));
    }
    out
}

fn measure(name: &str, bytes: usize, mut f: impl FnMut() -> usize) -> f64 {
    let mut best = Duration::MAX;
    let mut sink = 0;
    for _ in 0..5 {
        let t = Instant::now();
        sink += f();
        best = best.min(t.elapsed());
    }
    black_box(sink);
    let mbs = bytes as f64 / best.as_secs_f64() / 1e6;
    println!("{name:<28} {:>9.1} MB/s  (best of 5: {:?})", mbs, best);
    mbs
}

/// Times the scanner and the claims stage on `text`, beside a plain word split of it.
fn compare(label: &str, text: &str, ctx: &DateContext) {
    let n = text.len();
    println!("{label}, {:.1} MiB:", n as f64 / (1 << 20) as f64);
    let words = measure("baseline: split into words", n, || text.split_whitespace().count());
    let scan_mbs = measure("scan (expressions)", n, || scan::scan(text, ctx).len());
    let mut doc = parse_document("bench.md", text.to_string()).unwrap();
    doc.date = ctx.reference;
    let claims_mbs =
        measure("scan + claims (one core)", n, || claims::analyse(0, &doc, &ClaimOptions::default()).claims.len());
    let rules = RuleSet::with_builtin(0.1).unwrap();
    let rules_mbs = measure("scan + claims + rules", n, || {
        let a = claims::analyse(0, &doc, &ClaimOptions::default());
        check::select(&rules, &[a]).iter().map(Vec::len).sum()
    });
    println!("scan / baseline:          {:.3}", scan_mbs / words);
    println!("scan+claims / baseline:   {:.3}", claims_mbs / words);
    println!("+rules / baseline:        {:.3}\n", rules_mbs / words);
}

fn main() {
    let ctx = DateContext { reference: "2024-11-01".parse().ok(), ..Default::default() };
    compare("fixture articles (dense: every sentence has figures)", &corpus(), &ctx);
    if let Some(news) = seed_corpus() {
        compare("seed articles (ordinary news density), read in place", &news, &ctx);
    }
    compare("a table dump (rows of 5,000 cells)", &table_dump(), &ctx);
    compare("a tall table (1,000 rows under a header)", &tall_table(), &ctx);
}
