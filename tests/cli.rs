//! End-to-end tests of the `claimcheck` binary on fixtures written for this project.
//! Snapshots live in `snapshots/`, named after the fixture situation and the output format.

mod common;

use std::process::Command;

use common::{Out, fixtures, run_in};

fn story(args: &[&str]) -> Out {
    run_in(&fixtures().join("story"), args)
}

/// Human and JSON output for one draft checked against the coverage folder.
fn check_draft(draft: &str, expected_code: i32) {
    let path = format!("drafts/{draft}.md");
    let human = story(&["check", "coverage", &path]);
    assert_eq!(human.code, expected_code, "{}{}", human.stdout, human.stderr);
    snap!(format!("{draft}__human"), human.stdout);
    let json = story(&["check", "coverage", &path, "--format", "json"]);
    assert_eq!(json.code, expected_code);
    let parsed: serde_json::Value = serde_json::from_str(&json.stdout).expect("valid JSON");
    if expected_code == 1 {
        // Every error labels claims in the draft and, unless it is a self-contradiction, in the coverage.
        let errors: Vec<_> = parsed.as_array().unwrap().iter().filter(|f| f["severity"] == "error").collect();
        assert!(!errors.is_empty());
        for e in &errors {
            let paths: Vec<&str> =
                e["labels"].as_array().unwrap().iter().map(|l| l["path"].as_str().unwrap()).collect();
            assert!(paths.contains(&path.as_str()), "{paths:?}");
        }
    }
    snap!(format!("{draft}__json"), json.stdout);
}

#[test]
fn coverage_alone_is_clean() {
    let out = story(&["check", "coverage"]);
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert_eq!(out.stdout, "claimcheck: no contradictions in 4 documents\n");
}

#[test]
fn consistent_coverage_in_varied_forms_raises_nothing() {
    // Three reports that agree, told with a table, a "since" clause, "some"/"around" hedges and
    // a combined toll after its parts: a false alarm on any of these would be one on real copy.
    let out = run_in(&fixtures().join("consistent"), &["check", "."]);
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert_eq!(out.stdout, "claimcheck: no contradictions in 3 documents\n");
    // The combined toll is read as casualties, not as wounded.
    let claims = run_in(&fixtures().join("consistent"), &["claims", ".", "--rule", "nk-casualties"]);
    assert!(claims.stdout.contains("roughly 3,000"), "{}", claims.stdout);
}

#[test]
fn figures_for_a_stretch_of_the_story_are_no_running_totals() {
    // "200 in the past week alone", "150 on Friday alone", "90 in the last 24 hours" after a
    // total of 3,000 were three false alarms of a total that went down.
    let out = run_in(&fixtures().join("periods"), &["check", "."]);
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert_eq!(out.stdout, "claimcheck: no contradictions in 4 documents\n");
}

#[test]
fn clean_draft_gives_nothing() {
    check_draft("clean", 0);
}

#[test]
fn treaty_month_contradicts_signing_date() {
    check_draft("treaty-july", 1);
}

#[test]
fn running_total_that_goes_down_is_an_error() {
    check_draft("troops-regression", 1);
}

#[test]
fn casualties_that_go_down_are_an_error() {
    check_draft("casualties-regression", 1);
}

#[test]
fn a_table_cell_counts_what_its_column_names() {
    // A figure in a Markdown table had no counted noun, so no rule selected it.
    check_draft("table-regression", 1);
}

#[test]
fn one_document_contradicting_itself() {
    check_draft("self-contradiction", 1);
}

#[test]
fn last_summer_a_year_later_is_the_wrong_summer() {
    check_draft("last-summer", 1);
}

#[test]
fn typo_and_impossible_date_are_reported_not_guessed() {
    check_draft("typo", 1);
}

#[test]
fn claims_table_groups_by_rule() {
    let out = story(&["claims", "coverage"]);
    assert_eq!(out.code, 0);
    snap!("coverage__claims", out.stdout);
}

#[test]
fn machine_formats() {
    for format in ["concise", "jsonl", "sarif", "github", "rdjson"] {
        let out = story(&["check", "coverage", "drafts/troops-regression.md", "--format", format]);
        assert_eq!(out.code, 1);
        snap!(format!("troops-regression__{format}"), out.stdout);
    }
}

#[test]
fn output_does_not_depend_on_argument_order_or_threads() {
    let a = story(&["check", "coverage", "drafts/self-contradiction.md", "drafts/treaty-july.md", "--format", "json"]);
    let b = story(&["check", "drafts/treaty-july.md", "drafts/self-contradiction.md", "coverage", "--format", "json"]);
    assert_eq!(a.stdout, b.stdout);
    let single = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(["check", "coverage", "drafts/self-contradiction.md", "drafts/treaty-july.md", "--format", "json"])
        .current_dir(fixtures().join("story"))
        .env("RAYON_NUM_THREADS", "1")
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(single.stdout).unwrap(), a.stdout);
}

#[test]
fn files_are_never_modified() {
    let dir = fixtures().join("story");
    let before: Vec<Vec<u8>> = ["coverage/2024-10-21-first-reports.md", "drafts/typo.md"]
        .iter()
        .map(|p| std::fs::read(dir.join(p)).unwrap())
        .collect();
    story(&["check", "coverage", "drafts/typo.md"]);
    let after: Vec<Vec<u8>> = ["coverage/2024-10-21-first-reports.md", "drafts/typo.md"]
        .iter()
        .map(|p| std::fs::read(dir.join(p)).unwrap())
        .collect();
    assert_eq!(before, after);
}

#[test]
fn fail_on_threshold() {
    let out = story(&["check", "drafts/typo.md", "coverage", "--fail-on", "never"]);
    assert_eq!(out.code, 0);
}

/// Runs claimcheck in `dir` with `input` on stdin; the exit code and stdout.
fn with_stdin(dir: &std::path::Path, args: &[&str], input: &str) -> (Option<i32>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(args)
        .current_dir(dir)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    (out.status.code(), String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn stdin_is_a_document() {
    let (code, out) = with_stdin(
        &fixtures().join("story"),
        &["check", "-", "--date", "2024-11-05", "--format", "concise"],
        "Putin and Kim signed the pact in August.\n",
    );
    assert_eq!(code, Some(1));
    assert!(out.starts_with("-:1:31: error[treaty-signing-date]"), "{out}");
}

#[test]
fn open_ages_and_bounds_show_their_closed_ends_in_the_claims_table() {
    // "aged 65 or over" showed the value "start " (an open age has no start to give), and
    // "before 31 December" the century it runs open over.
    let (code, out) = with_stdin(
        &fixtures().join("story"),
        &["claims", "--all", "-", "--date", "2024-11-05", "--format", "json"],
        "One in six residents was aged 65 or over, and the oldest, aged 101, was honoured. \
         The firm aims for 100 launches before 31 December.\n",
    );
    assert_eq!(code, Some(0));
    assert!(out.contains("\"value\": \"≥ 65 years\""), "{out}");
    assert!(out.contains("\"value\": \"start 1922-11-06..=1923-11-05\""), "{out}");
    assert!(out.contains("\"value\": \"..=2024-12-30\""), "{out}");
}

#[test]
fn a_story_pack_reads_no_other_story() {
    // A trade deal "signed on Thursday" by two other countries was flagged by the shipped
    // pack's treaty rule against 19 June 2024.
    let (code, out) = with_stdin(
        &fixtures().join("story"),
        &["check", "-", "--date", "2023-12-08", "--format", "concise"],
        "The two countries signed a trade agreement on Thursday.\n",
    );
    assert_eq!((code, out.as_str()), (Some(0), ""));
    // Naming a party of the story is enough for the pack to read it.
    let (code, out) = with_stdin(
        &fixtures().join("story"),
        &["check", "-", "--date", "2023-12-08", "--format", "concise"],
        "Kim and his guest signed a trade agreement on Thursday.\n",
    );
    assert_eq!(code, Some(1), "{out}");
}

// ---- bad input: exit 2, one clear line, never a panic ----

fn bad(args: &[&str]) -> Out {
    let out = run_in(&fixtures().join("bad"), args);
    assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
    out
}

#[test]
fn missing_file() {
    let out = bad(&["check", "no-such-file.md"]);
    assert_eq!((out.code, out.stderr.as_str()), (2, "error: no-such-file.md: no such file or directory\n"));
}

#[test]
fn folder_without_articles() {
    let out = bad(&["check", "nothing-here"]);
    assert_eq!(out.code, 2);
    assert_eq!(out.stderr, "error: nothing-here: no articles to check (looked for *.md, *.markdown and *.txt)\n");
}

#[test]
fn binary_and_non_utf8_files_are_skipped_with_a_warning() {
    let out = bad(&["check", "binary.txt", "latin1.txt", "../story/coverage"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        out.stderr,
        "warning: binary.txt: skipped: binary file\nwarning: latin1.txt:1:4: skipped: not valid UTF-8\n"
    );
    let only = bad(&["check", "binary.txt"]);
    assert_eq!(only.code, 2);
    assert!(only.stderr.ends_with("error: no articles to check: every input was skipped\n"), "{}", only.stderr);
}

#[test]
fn empty_file() {
    let out = bad(&["check", "empty.md"]);
    assert_eq!((out.code, out.stderr.as_str()), (2, "error: empty.md: the file is empty\n"));
}

#[test]
fn rule_file_with_syntax_error_points_at_line_and_column() {
    let out = bad(&["rules", "--rules", "broken-rules.toml"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.starts_with("error: broken-rules.toml:6:11: invalid basic string"), "{}", out.stderr);
    assert_eq!(out.stderr.lines().count(), 1);
}

#[test]
fn rule_file_with_unknown_key() {
    let out = bad(&["rules", "--rules", "unknown-key.toml"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.starts_with("error: unknown-key.toml:11:1: unknown field `severty`"), "{}", out.stderr);
}

#[test]
fn explain_unknown_rule() {
    let out = bad(&["explain", "no-such-rule"]);
    assert_eq!(
        (out.code, out.stderr.as_str()),
        (2, "error: unknown rule `no-such-rule` (`claimcheck rules` lists them)\n")
    );
}

#[test]
fn dates_that_do_not_exist() {
    let out = bad(&["check", "../story/coverage", "--date", "2024-06-31"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.starts_with("error: --date: `2024-06-31` is not a valid date"), "{}", out.stderr);
    let out = bad(&["check", "bad-date.md"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.starts_with("error: bad-date.md:2:7: "), "{}", out.stderr);
}

// ---- explain, rules, parse ----

#[test]
fn explain_documents_the_rule() {
    let out = bad(&["explain", "treaty-signing-date"]);
    assert_eq!(out.code, 0);
    snap!("explain__treaty-signing-date", out.stdout);
}

#[test]
fn rules_lists_the_shipped_packs() {
    let out = bad(&["rules"]);
    assert_eq!(out.code, 0);
    snap!("rules__list", out.stdout);
}

#[test]
fn parse_shows_an_open_bound_by_its_closed_end() {
    // "before 2020" showed "before 1919-12-31..=2019-12-31", the century it runs open over.
    let out = bad(&["parse", "It was built before 2020 and reopened after 3 June.", "--reference", "2024-10-30"]);
    assert_eq!(out.code, 0);
    assert!(out.stdout.contains("→ before ..=2019-12-31 (year grain)"), "{}", out.stdout);
    assert!(out.stdout.contains("→ after 2024-06-04.. (day grain)"), "{}", out.stdout);
}

#[test]
fn parse_shows_expressions_readably() {
    let out = bad(&[
        "parse",
        "Some 15-hundred special forces arrived on Wednesday; as many as 8,000 may follow by 1 November, at a cost of over €6 billion, or $2,000 a month per soldier.",
        "--reference",
        "2024-10-30",
    ]);
    assert_eq!(out.code, 0);
    snap!("parse__news_sentence", out.stdout);
}

#[test]
fn parse_batch_speaks_json_lines() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(["parse", "--batch"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"{\"id\":\"a\",\"input\":\"up to 12,000 troops in June\",\"reference\":\"2024-10-22T00:00:00\"}\n{\"id\":\"b\",\"input\":\"a total of 10,0000\",\"reference\":null}\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let lines: Vec<serde_json::Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    let a = &lines[0]["expressions"];
    assert_eq!(
        (a[0]["kind"].as_str(), a[0]["upper"].as_f64(), a[0]["hedge"].as_str()),
        (Some("number"), Some(12000.0), Some("at-most"))
    );
    assert_eq!(
        (a[1]["date"]["start"].as_str(), a[1]["date"]["end"].as_str()),
        (Some("2024-06-01"), Some("2024-06-30"))
    );
    let b = &lines[1]["expressions"][0];
    assert!(b["value"].is_null());
    assert_eq!(b["malformed"]["readings"], serde_json::json!([10000.0, 100000.0]));
}

#[test]
fn config_beside_the_articles_is_found_from_elsewhere() {
    // Run from tests/fixtures: the story's claimcheck.toml dates its plain-text article.
    let out = run_in(&fixtures(), &["claims", "story/coverage", "--format", "json"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("\"outlet\": \"Frontline Wire\""), "{}", out.stdout);
}

#[test]
fn claims_all_lists_what_no_rule_selects() {
    let out = story(&["claims", "drafts/clean.md", "--all"]);
    assert_eq!(out.code, 0);
    let no_rule = out.stdout.split("(no rule)").nth(1).expect("a (no rule) group");
    assert!(no_rule.contains("\"two countries\""), "{}", out.stdout);
}

/// A fresh folder under the temp dir for a test's own project files.
fn scratch_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("claimcheck-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn house_rules_and_disabled_rules_from_config() {
    let dir = scratch_dir("config-test");
    std::fs::create_dir_all(dir.join("house")).unwrap();
    std::fs::write(
        dir.join("claimcheck.toml"),
        "rules = [\"house\"]\ndisable = [\"treaty-signing-date\"]\n[defaults]\nfail_on = \"warning\"\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("house/bridge.toml"),
        r#"[pack]
name = "city"
summary = "Local facts."

[[rule]]
id = "bridge-length"
summary = "length of the new bridge in metres"
explanation = "The bridge is one length."
kind = "quantity"
semantics = "fixed"
reference = 420
severity = "warning"
[rule.match]
measure = "m"
context = ["bridge"]
"#,
    )
    .unwrap();
    std::fs::write(
        dir.join("story.md"),
        "---\ndate: 2024-11-05\n---\nThe new bridge is 380 metres long. The pact Putin and Kim signed in July still stands.\n",
    )
    .unwrap();
    // In other units of length the same rule applies after conversion: 0.42 km is right,
    // 1,150 feet (351 m) is not.
    std::fs::write(
        dir.join("later.md"),
        "---\ndate: 2024-11-06\n---\nThe 0.42 km bridge opened. A second report put the bridge at 1,150 feet.\n",
    )
    .unwrap();
    let out = run_in(&dir, &["check", ".", "--format", "concise"]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    assert_eq!(out.stdout.matches("warning[bridge-length]").count(), 2, "{}", out.stdout);
    assert!(out.stdout.contains("1,150 feet"), "{}", out.stdout);
    assert!(!out.stdout.contains("0.42 km"), "{}", out.stdout);
    assert!(!out.stdout.contains("treaty-signing-date"), "{}", out.stdout);
}

#[test]
fn claims_are_quoted_without_their_markup() {
    // Was `"300** troops"`: the quote came from the file, not from the text with markup blanked.
    let out = run_in(&fixtures().join("markup"), &["claims", "--all", "emphasis.md", "--format", "json"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("\"300 troops\""), "{}", out.stdout);
    assert!(!out.stdout.contains("**"), "{}", out.stdout);
}

#[test]
fn the_claims_table_gives_a_span_its_unit() {
    // Was `24`: a duration's figure came out without the unit it counts.
    let (_, out) = with_stdin(
        &fixtures().join("markup"),
        &["claims", "-", "--all", "--date", "2024-11-05"],
        "The blockade lasted 14 months and the talks less than a week.\n",
    );
    assert!(out.contains("14 months "), "{out}");
    assert!(out.contains("< 1 week "), "{out}");
}

#[test]
fn quantities_in_different_units_are_compared_after_conversion() {
    // 12,000 acres is about 4,860 ha: "about 4,900 hectares" agrees, "9,000 hectares" does not.
    let dir = scratch_dir("quantity-test");
    std::fs::write(
        dir.join("fire.toml"),
        r#"[pack]
name = "fire"
summary = "The hill fire."

[[rule]]
id = "fire-area"
summary = "area the hill fire burned"
explanation = "One fire, one area."
kind = "quantity"
semantics = "fixed"
[rule.match]
measure = "ha"
context = ["fire"]
"#,
    )
    .unwrap();
    let write = |name: &str, date: &str, text: &str| {
        std::fs::write(dir.join(name), format!("---\ndate: {date}\n---\n{text}\n")).unwrap();
    };
    write("a.md", "2025-08-01", "The hill fire burned 12,000 acres before it was contained.");
    write("b.md", "2025-08-02", "Firefighters said the fire covered about 4,900 hectares.");
    let agree = run_in(&dir, &["check", "a.md", "b.md", "--rules", "fire.toml", "--format", "concise"]);
    write("c.md", "2025-08-03", "A later estimate put the fire at 9,000 hectares.");
    let disagree = run_in(&dir, &["check", "a.md", "c.md", "--rules", "fire.toml", "--format", "concise"]);
    let explain = run_in(&dir, &["explain", "fire-area", "--rules", "fire.toml"]);
    let _ = std::fs::remove_dir_all(&dir);
    assert!(explain.stdout.contains("kind: quantity in ha"), "{}", explain.stdout);
    assert_eq!(agree.code, 0, "{}{}", agree.stdout, agree.stderr);
    assert_eq!(disagree.code, 1, "{}{}", disagree.stdout, disagree.stderr);
    assert!(disagree.stdout.contains("error[fire-area]"), "{}", disagree.stdout);
}

#[test]
fn counts_one_apart_contradict() {
    // "41 dead" after "42 dead", and a pension age of 68 against 67, were silent: each exact
    // figure is its rounding range (40.5..=41.5, 41.5..=42.5), and the two touched at one point.
    let dir = scratch_dir("one-apart");
    let pack = "[pack]\nname = \"t\"\nsummary = \"t\"\n\n[[rule]]\nid = \"toll\"\nsummary = \"toll\"\nkind = \"count\"\nsemantics = \"cumulative\"\nexplanation = \"x\"\n[rule.match]\ncontext = [\"toll\"]\n\n[[rule]]\nid = \"age\"\nsummary = \"pension age\"\nkind = \"count\"\nsemantics = \"fixed\"\nexplanation = \"x\"\n[rule.match]\ncontext = [\"pension age\"]\n";
    std::fs::write(dir.join("rules.toml"), pack).unwrap();
    std::fs::write(
        dir.join("a.md"),
        "---\ndate: 2025-04-09\n---\nThe toll rose to 42 dead. The pension age rises to 67.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("b.md"),
        "---\ndate: 2025-04-10\n---\nThe toll stands at 41 dead. The pension age rises to 68.\n",
    )
    .unwrap();
    let out = run_in(
        &dir,
        &["check", "a.md", "b.md", "--rules", "rules.toml", "--config", "/dev/null", "--format", "concise"],
    );
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    assert!(out.stdout.contains("error[toll]") && out.stdout.contains("error[age]"), "{}", out.stdout);
    // Hedged figures that meet at a point may both hold.
    std::fs::write(dir.join("a.md"), "---\ndate: 2025-04-09\n---\nThe pension age rises to at least 67.\n").unwrap();
    std::fs::write(dir.join("b.md"), "---\ndate: 2025-04-10\n---\nThe pension age rises to no more than 67.\n")
        .unwrap();
    let out = run_in(&dir, &["check", "a.md", "b.md", "--rules", "rules.toml", "--config", "/dev/null"]);
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_fraction_in_words_is_compared_as_a_percentage() {
    // "roughly a quarter of container imports" was a number no percent rule selected, so it
    // never met "about 40%".
    let dir = scratch_dir("fraction-share");
    let pack = "[pack]\nname = \"t\"\nsummary = \"t\"\n\n[[rule]]\nid = \"share\"\nsummary = \"share of imports\"\nkind = \"percent\"\nsemantics = \"fixed\"\nexplanation = \"x\"\n[rule.match]\ncontext = [\"imports\"]\n";
    std::fs::write(dir.join("rules.toml"), pack).unwrap();
    let write = |name: &str, date: &str, text: &str| {
        std::fs::write(dir.join(name), format!("---\ndate: {date}\n---\n{text}\n")).unwrap();
    };
    write("a.md", "2026-09-02", "The port handles about 40% of container imports.");
    write("b.md", "2026-09-03", "The port handles roughly a quarter of container imports.");
    write("c.md", "2026-09-04", "The port handles two-fifths of container imports.");
    let run = |b: &str| {
        run_in(&dir, &["check", "a.md", b, "--rules", "rules.toml", "--config", "/dev/null", "--format", "concise"])
    };
    let (disagree, agree) = (run("b.md"), run("c.md"));
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(disagree.code, 1, "{}{}", disagree.stdout, disagree.stderr);
    assert!(disagree.stdout.contains("\"roughly a quarter\" gives 22.5..=27.5%"), "{}", disagree.stdout);
    assert_eq!(agree.code, 0, "{}{}", agree.stdout, agree.stderr);
}

#[test]
fn a_rule_written_into_the_config_says_where_rules_go() {
    // "unknown field `rule`, expected one of `document`, `rules`, …" left the writer to guess
    // that a rule belongs in a pack file the config names.
    let out = bad(&["check", "--config", "rules-in-config.toml", "../story/coverage"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.starts_with("error: rules-in-config.toml:2:3: unknown field `rule`"), "{}", out.stderr);
    assert!(out.stderr.contains("rules live in a pack file"), "{}", out.stderr);
}

#[test]
fn parse_shows_pence_and_cents_as_hundredths() {
    // "99p" was shown as "penny 99", a currency of its own name.
    let out = bad(&["parse", "A loaf costs 99p and a stamp 50 cents."]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("→ 99 pence") && out.stdout.contains("→ 50 cents"), "{}", out.stdout);
    assert!(!out.stdout.contains("penny"), "{}", out.stdout);
}

#[test]
fn an_age_older_than_the_calendar_is_no_panic() {
    // "in his trillionth year" asked jiff for a span of more days than it holds, and
    // `claims --all` panicked.
    let dir = scratch_dir("old-age");
    std::fs::write(dir.join("a.md"), "---\ndate: 0001-01-02\n---\nHe was in his trillionth year.\n").unwrap();
    let out = run_in(&dir, &["claims", "--all", "a.md"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("his trillionth year"), "{}", out.stdout);
}

#[test]
fn a_toll_of_another_event_is_not_the_storms() {
    // "In 2019, a similar storm killed 23 people" was taken as the storm's toll, and the later
    // 17 read as the toll going down.
    let dir = scratch_dir("other-event");
    std::fs::write(dir.join("claimcheck.toml"), "rules = [\"storm.toml\"]\n").unwrap();
    std::fs::write(
        dir.join("storm.toml"),
        r#"[pack]
name = "storm"
summary = "A storm's toll."

[[rule]]
id = "storm-dead"
summary = "people killed by the storm"
kind = "count"
semantics = "cumulative"
severity = "error"
explanation = "The toll never goes down."
[rule.match]
units = ["people"]
context = ["killed|died"]
"#,
    )
    .unwrap();
    std::fs::write(
        dir.join("a.md"),
        "---\ndate: 2025-09-04\n---\nSeventeen people have died, officials said. In 2019, a similar storm killed 23 people.\n",
    )
    .unwrap();
    let out = run_in(&dir, &["check", "a.md"]);
    assert_eq!(out.code, 0, "{}", out.stdout);
}
