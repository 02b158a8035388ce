//! The command line: argument parsing and the glue between stages. Everything that decides
//! anything lives in the library stages; this file only wires them to files and streams.

use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};
use rayon::prelude::*;

use crate::check;
use crate::claims::{self, Analysis, ClaimOptions};
use crate::config::{Config, Hemisphere, parse_date};
use crate::error::{Error, Result};
use crate::load::{self, Document};
use crate::report::{self, Format, expressions, table};
use crate::rules::{RuleSet, Severity};
use crate::scan::{self, DEFAULT_TOLERANCE, DateContext, Prefer};

#[derive(Parser)]
#[command(
    name = "claimcheck",
    version,
    about = "Catch contradictory numbers and dates across news articles before they are published"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check articles for contradictory claims (exit 0 clean, 1 findings, 2 bad input).
    Check(CheckArgs),
    /// Show the normalised claims each rule selects, side by side.
    Claims(ClaimsArgs),
    /// Explain what a rule checks and why.
    Explain {
        rule: String,
        #[command(flatten)]
        rules: RuleArgs,
        #[arg(long, value_enum, default_value = "human")]
        format: ListFormat,
    },
    /// List (and validate) the active rules.
    Rules {
        #[command(flatten)]
        rules: RuleArgs,
        #[arg(long, value_enum, default_value = "human")]
        format: ListFormat,
    },
    /// Show the numeric and temporal expressions in a text (or JSON Lines with --batch).
    Parse(ParseArgs),
}

#[derive(Args, Clone)]
struct RuleArgs {
    /// Config file (default: claimcheck.toml in this folder or a parent).
    #[arg(long, global = true)]
    config: Option<PathBuf>,
    /// Extra rule pack file or folder; may be repeated.
    #[arg(long = "rules", value_name = "PATH")]
    rules: Vec<PathBuf>,
    /// Do not load the rule packs built into claimcheck.
    #[arg(long)]
    no_builtin_rules: bool,
}

#[derive(Args)]
struct InputArgs {
    /// Files or folders (searched for *.md, *.markdown, *.txt); `-` reads stdin.
    #[arg(default_value = ".")]
    paths: Vec<String>,
    /// Publication date for every input (YYYY-MM-DD), overriding config and front matter.
    #[arg(long)]
    date: Option<String>,
    #[command(flatten)]
    rules: RuleArgs,
}

#[derive(Args)]
struct CheckArgs {
    #[command(flatten)]
    input: InputArgs,
    #[arg(long, value_enum, default_value = "human")]
    format: Format,
    /// Lowest severity that makes the exit code 1.
    #[arg(long, value_enum)]
    fail_on: Option<FailOn>,
    #[arg(long, value_enum, default_value = "auto")]
    color: Color,
}

#[derive(Args)]
struct ClaimsArgs {
    #[command(flatten)]
    input: InputArgs,
    #[arg(long, value_enum, default_value = "human")]
    format: ListFormat,
    /// Only this rule's claims.
    #[arg(long)]
    rule: Option<String>,
    /// Also list the claims no rule selects, to see why a figure is not checked.
    #[arg(long)]
    all: bool,
}

#[derive(Args)]
struct ParseArgs {
    /// The text to parse (omit with --batch).
    text: Option<String>,
    /// Reference date for relative dates (YYYY-MM-DD).
    #[arg(long)]
    reference: Option<String>,
    /// Read JSON Lines {"id","input","reference"} on stdin, write one line per input.
    #[arg(long)]
    batch: bool,
    /// How to resolve a bare month or weekday: the most recent (past) or the next (future).
    #[arg(long, value_enum, default_value = "past")]
    prefer: PreferArg,
    #[arg(long, value_enum, default_value = "human")]
    format: ListFormat,
}

#[derive(Clone, Copy, ValueEnum)]
enum ListFormat {
    Human,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum PreferArg {
    Past,
    Future,
}

#[derive(Clone, Copy, ValueEnum)]
enum FailOn {
    Error,
    Warning,
    Note,
    Never,
}

#[derive(Clone, Copy, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match dispatch(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

fn dispatch(cli: Cli) -> Result<u8> {
    match cli.command {
        Command::Check(a) => cmd_check(a),
        Command::Claims(a) => cmd_claims(a),
        Command::Explain { rule, rules, format } => cmd_explain(&rule, &rules, format),
        Command::Rules { rules, format } => cmd_rules(&rules, format),
        Command::Parse(a) => cmd_parse(a),
    }
}

/// Everything a check needs: config, rules, documents and their claims.
struct Session {
    config: Config,
    rules: RuleSet,
    docs: Vec<Document>,
    analyses: Vec<Analysis>,
}

fn load_rules(args: &RuleArgs, config: &Config) -> Result<RuleSet> {
    let tol = config.file.defaults.tolerance.unwrap_or(DEFAULT_TOLERANCE);
    let builtin = !args.no_builtin_rules && config.file.builtin_rules.unwrap_or(true);
    let mut set = if builtin { RuleSet::with_builtin(tol)? } else { RuleSet::default() };
    let base = config.dir.clone().unwrap_or_else(|| PathBuf::from("."));
    for p in &config.file.rules {
        set.add_path(&base.join(p), tol)?;
    }
    for p in &args.rules {
        set.add_path(p, tol)?;
    }
    set.disable(&config.file.disable)?;
    Ok(set)
}

fn discover_config(explicit: Option<&Path>) -> Result<Config> {
    let cwd = std::env::current_dir().map_err(|source| Error::Io { path: ".".into(), source })?;
    Config::discover(explicit, &cwd)
}

fn open_session(input: &InputArgs) -> Result<Session> {
    let mut config = discover_config(input.rules.config.as_deref())?;
    // No config around the working directory: look beside the articles instead, so that
    // `claimcheck check ../coverage` finds `../coverage/claimcheck.toml`.
    if config.path.is_none() && input.rules.config.is_none() {
        if let Some(first) = input.paths.iter().find(|p| p.as_str() != "-") {
            let p = Path::new(first);
            let start =
                if p.is_dir() { p.to_path_buf() } else { p.parent().map(Path::to_path_buf).unwrap_or_default() };
            let start = if start.as_os_str().is_empty() { PathBuf::from(".") } else { start };
            if let Ok(abs) = start.canonicalize() {
                config = Config::discover(None, &abs)?;
            }
        }
    }
    let rules = load_rules(&input.rules, &config)?;
    let date = input.date.as_deref().map(|d| parse_date("--date", d)).transpose()?;
    let loaded = load::load(&input.paths, &config, date)?;
    for w in &loaded.warnings {
        eprintln!("warning: {w}");
    }
    let opts = ClaimOptions {
        seasons: config.season_model,
        southern: config.file.defaults.hemisphere == Some(Hemisphere::South),
        prefer: Prefer::Past,
    };
    let docs = loaded.documents;
    // Documents are independent until the check: analyse them in parallel, keeping their order.
    let analyses: Vec<Analysis> = docs.par_iter().enumerate().map(|(i, d)| claims::analyse(i, d, &opts)).collect();
    Ok(Session { config, rules, docs, analyses })
}

fn cmd_check(a: CheckArgs) -> Result<u8> {
    let s = open_session(&a.input)?;
    let mut findings = check::check(&s.rules, &s.docs, &s.analyses);
    report::sort_findings(&mut findings, &s.docs);
    let color = match a.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    let text = report::render(a.format, &findings, &s.docs, color);
    write_stdout(&text)?;
    let fail_on = match a.fail_on {
        Some(FailOn::Never) => None,
        Some(FailOn::Error) => Some(Severity::Error),
        Some(FailOn::Warning) => Some(Severity::Warning),
        Some(FailOn::Note) => Some(Severity::Note),
        None => Some(s.config.file.defaults.fail_on.unwrap_or(Severity::Error)),
    };
    let failed = fail_on.is_some_and(|t| findings.iter().any(|f| f.severity >= t));
    Ok(if failed { 1 } else { 0 })
}

fn cmd_claims(a: ClaimsArgs) -> Result<u8> {
    let mut s = open_session(&a.input)?;
    if let Some(id) = &a.rule {
        if s.rules.get(id).is_none() {
            return Err(Error::UnknownRule(id.clone()));
        }
        s.rules.rules.retain(|r| &r.id == id);
    }
    let selected = check::select(&s.rules, &s.analyses);
    let mut rows = table::rows(&s.rules, &selected, &s.docs, &s.analyses);
    if a.all {
        rows.extend(table::unselected_rows(&selected, &s.docs, &s.analyses));
    }
    let text = match a.format {
        ListFormat::Human => table::render_table(&rows),
        ListFormat::Json => table::render_json(&rows),
    };
    write_stdout(&text)?;
    Ok(0)
}

fn cmd_explain(id: &str, args: &RuleArgs, format: ListFormat) -> Result<u8> {
    let config = discover_config(args.config.as_deref())?;
    let rules = load_rules(args, &config)?;
    let r = rules.get(id).ok_or_else(|| Error::UnknownRule(id.to_string()))?;
    let kind = serde_json::to_value(r.kind).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default();
    // A quantity rule compares in one unit: say which.
    let measure = r.selector.measure.map(|m| m.symbol);
    let out = match format {
        ListFormat::Json => {
            let v = serde_json::json!({
                "id": r.id, "pack": r.pack, "summary": r.summary, "kind": kind, "measure": measure, "semantics": r.semantics.as_str(),
                "severity": r.severity.as_str(), "tolerance": r.tolerance, "window_days": r.window_days,
                "origin": r.origin, "explanation": r.explanation, "help": r.help,
            });
            serde_json::to_string_pretty(&v).unwrap_or_default() + "\n"
        }
        ListFormat::Human => {
            let mut out = format!("# {} ({})\n\n{}\n\n", r.id, r.pack, r.summary);
            out.push_str(&format!(
                "kind: {kind}{}   semantics: {}   severity: {}   tolerance: ±{}%{}\n",
                measure.map(|m| format!(" in {m}")).unwrap_or_default(),
                r.semantics.as_str(),
                r.severity.as_str(),
                (r.tolerance * 100.0).round(),
                r.window_days.map(|w| format!("   window: {w} days")).unwrap_or_default()
            ));
            out.push_str(&format!("defined at: {}\n\n{}\n", r.origin, r.explanation));
            if let Some(h) = &r.help {
                out.push_str(&format!("\n## Help\n{h}\n"));
            }
            out
        }
    };
    write_stdout(&out)?;
    Ok(0)
}

fn cmd_rules(args: &RuleArgs, format: ListFormat) -> Result<u8> {
    let config = discover_config(args.config.as_deref())?;
    let rules = load_rules(args, &config)?;
    let text = match format {
        ListFormat::Json => {
            let v: Vec<_> = rules
                .rules
                .iter()
                .map(|r| serde_json::json!({"id": r.id, "pack": r.pack, "summary": r.summary, "kind": r.kind, "semantics": r.semantics.as_str(), "severity": r.severity.as_str(), "origin": r.origin}))
                .collect();
            serde_json::to_string_pretty(&v).unwrap_or_default() + "\n"
        }
        ListFormat::Human => {
            let w = rules.rules.iter().map(|r| r.id.len()).max().unwrap_or(0);
            let mut out = String::new();
            for r in &rules.rules {
                out.push_str(&format!(
                    "{:<w$}  {:<11} {:<7} {}\n",
                    r.id,
                    r.semantics.as_str(),
                    r.severity.as_str(),
                    r.summary,
                    w = w
                ));
            }
            out.push_str(&format!("{} rules in {} packs, all valid\n", rules.rules.len(), rules.packs.len()));
            out
        }
    };
    write_stdout(&text)?;
    Ok(0)
}

fn cmd_parse(a: ParseArgs) -> Result<u8> {
    let prefer = match a.prefer {
        PreferArg::Past => Prefer::Past,
        PreferArg::Future => Prefer::Future,
    };
    let config = discover_config(None).unwrap_or_default();
    let base = DateContext {
        reference: None,
        prefer,
        seasons: config.season_model,
        southern: config.file.defaults.hemisphere == Some(Hemisphere::South),
        past_tense: false,
        told_ahead: false,
    };
    if a.batch {
        let stdin = std::io::stdin();
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        for (n, line) in stdin.lock().lines().enumerate() {
            let line = line.map_err(|source| Error::Io { path: "-".into(), source })?;
            if line.trim().is_empty() {
                continue;
            }
            let v: serde_json::Value =
                serde_json::from_str(&line).map_err(|e| Error::Usage(format!("stdin:{}: not JSON: {e}", n + 1)))?;
            let input = v["input"].as_str().unwrap_or("");
            let reference = v["reference"].as_str().and_then(|r| r.get(..10)).and_then(|r| r.parse().ok());
            let ctx = DateContext { reference, ..base };
            let exprs: Vec<_> =
                scan::scan(input, &ctx).iter().map(|e| expressions::expression_json(input, e)).collect();
            let line = serde_json::json!({ "id": v["id"], "expressions": exprs });
            writeln!(out, "{line}").map_err(|source| Error::Io { path: "-".into(), source })?;
        }
        out.flush().map_err(|source| Error::Io { path: "-".into(), source })?;
        return Ok(0);
    }
    let text = a.text.ok_or_else(|| Error::Usage("parse needs a TEXT argument, or --batch".into()))?;
    let reference = a.reference.as_deref().map(|r| parse_date("--reference", r)).transpose()?;
    let ctx = DateContext { reference, ..base };
    let exprs = scan::scan(&text, &ctx);
    let out = match a.format {
        ListFormat::Json => {
            let v: Vec<_> = exprs.iter().map(|e| expressions::expression_json(&text, e)).collect();
            serde_json::to_string_pretty(&v).unwrap_or_default() + "\n"
        }
        ListFormat::Human => {
            let mut s = String::new();
            for e in &exprs {
                s.push_str(&expressions::expression_line(&text, e));
                s.push('\n');
            }
            if exprs.is_empty() {
                s.push_str("no numeric or temporal expressions found\n");
            }
            s
        }
    };
    write_stdout(&out)?;
    Ok(0)
}

fn write_stdout(s: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(s.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => Ok(()),
        // A closed pipe (`| head`) is not an error worth reporting.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(source) => Err(Error::Io { path: "stdout".into(), source }),
    }
}
