//! `newsline`: the command line over the extraction core.
//!
//! `newsline extract PATH... [--pretty]` reads the `.txt` articles in the given files and
//! folders (folders are not walked recursively; files are sorted by name) and prints one JSON
//! document on stdout. A path that cannot be read is reported on stderr and skipped; the exit
//! status is non-zero only when no article could be read at all.
//!
//! `newsline synth --events N [--seed S]` prints a synthetic corpus of N events as the same
//! JSON ([`synth`]), for scale tests: `NEWSLINE_CORPUS=/tmp/synth.json trunk build` embeds it.

mod synth;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use newsline_extract::{extract, Article};

const USAGE: &str = "usage: newsline extract PATH... [--pretty]\n       \
newsline synth --events N [--seed S]\n\n\
extract: reads the .txt articles in the given files and folders and prints the timeline as JSON.\n\
  --pretty   indent the JSON\n\
synth: prints a synthetic corpus of N events (the same for the same seed, default 1).";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("extract") => run_extract(&args[1..]),
        Some("synth") => run_synth(&args[1..]),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run_extract(args: &[String]) -> ExitCode {
    let pretty = args.iter().any(|a| a == "--pretty");
    if let Some(unknown) = args.iter().find(|a| a.starts_with("--") && *a != "--pretty") {
        eprintln!("newsline: unknown option {unknown}\n\n{USAGE}");
        return ExitCode::from(2);
    }
    let paths: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    if paths.is_empty() {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let mut articles = Vec::new();
    for path in paths {
        for file in article_files(Path::new(path)) {
            match file.and_then(|f| std::fs::read(&f).map(|bytes| (f, bytes))) {
                Ok((f, bytes)) => {
                    if std::str::from_utf8(&bytes).is_err() {
                        eprintln!(
                            "newsline: {}: not valid UTF-8, read with invalid bytes replaced",
                            f.display()
                        );
                    }
                    let name = f
                        .file_name()
                        .map_or_else(|| f.display().to_string(), |n| n.to_string_lossy().into_owned());
                    articles.push(Article::new(name, bytes));
                }
                Err(e) => eprintln!("newsline: {e}"),
            }
        }
    }
    if articles.is_empty() {
        eprintln!("newsline: no article could be read");
        return ExitCode::FAILURE;
    }
    let corpus = extract(&articles);
    print_json(if pretty { serde_json::to_string_pretty(&corpus) } else { serde_json::to_string(&corpus) })
}

fn run_synth(args: &[String]) -> ExitCode {
    let (mut events, mut seed) = (None, 1u64);
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        let value = rest.next().map(String::as_str);
        match (flag.as_str(), value.map(str::parse::<u64>)) {
            ("--events", Some(Ok(n))) => events = usize::try_from(n).ok(),
            ("--seed", Some(Ok(s))) => seed = s,
            _ => {
                eprintln!(
                    "newsline: synth expects --events N and optionally --seed S, got {flag} {}\n\n{USAGE}",
                    value.unwrap_or("")
                );
                return ExitCode::from(2);
            }
        }
    }
    let Some(events) = events else {
        eprintln!("newsline: synth needs --events N\n\n{USAGE}");
        return ExitCode::from(2);
    };
    print_json(serde_json::to_string(&synth::synth(events, seed)))
}

/// Prints a corpus serialised to JSON on stdout, or says why it could not be.
fn print_json(json: serde_json::Result<String>) -> ExitCode {
    match json {
        Ok(text) => {
            println!("{text}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("newsline: could not write JSON: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The article files a path names: the path itself, or the `.txt` files of a folder, sorted.
fn article_files(path: &Path) -> Vec<std::io::Result<PathBuf>> {
    let with_path = |e: std::io::Error| std::io::Error::new(e.kind(), format!("{}: {e}", path.display()));
    if !path.is_dir() {
        return vec![if path.exists() {
            Ok(path.to_path_buf())
        } else {
            Err(with_path(std::io::Error::from(std::io::ErrorKind::NotFound)))
        }];
    }
    match std::fs::read_dir(path) {
        Ok(entries) => {
            let mut files: Vec<PathBuf> = entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_file() && p.extension().is_some_and(|x| x.eq_ignore_ascii_case("txt")))
                .collect();
            files.sort();
            files.into_iter().map(Ok).collect()
        }
        Err(e) => vec![Err(with_path(e))],
    }
}
