//! Embeds the corpus: runs the extraction core over a folder of articles at build time and
//! writes the result into `OUT_DIR/corpus.bin`, which `src/corpus.rs` includes. The format is
//! bincode, not JSON: with 100,000 events the first render fell from about 1.2 s to 0.8 s
//! (docs/performance.md). JSON stays the format of `newsline extract` and of corpora loaded at
//! run time.
//!
//! The folder is `corpus/` beside this file, or the one named by the `NEWSLINE_CORPUS`
//! environment variable (a relative path is taken from this folder). Every `*.txt` file in it
//! (not its subfolders, not hidden files) is an article, read in file-name order. Adding,
//! removing or editing an article, or changing the variable, rebuilds the app. A folder that
//! cannot be read fails the build with its path; an empty folder embeds an empty corpus, which
//! the page explains.
//!
//! `NEWSLINE_CORPUS` may also name a `.json` file written by `newsline extract`: it is checked
//! against the core's types and embedded without extracting again.

use std::path::{Path, PathBuf};
use std::{env, fs};

use newsline_extract::{extract, Article, Corpus};

fn main() {
    println!("cargo:rerun-if-env-changed=NEWSLINE_CORPUS");
    let manifest = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let folder = match env::var_os("NEWSLINE_CORPUS") {
        Some(dir) if !dir.is_empty() => manifest.join(dir),
        _ => manifest.join("corpus"),
    };
    println!("cargo:rerun-if-changed={}", folder.display());

    let corpus = if folder.extension().is_some_and(|x| x == "json") {
        read_json(&folder)
    } else {
        let articles = read_articles(&folder).unwrap_or_else(|e| {
            panic!(
                "newsline: cannot read the corpus folder {}: {e} (set NEWSLINE_CORPUS to another folder)",
                folder.display()
            )
        });
        extract(&articles)
    };
    let bytes = bincode::serialize(&corpus).expect("a Corpus always serialises");
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("corpus.bin");
    fs::write(&out, bytes).unwrap_or_else(|e| panic!("newsline: cannot write {}: {e}", out.display()));

    let name =
        folder.canonicalize().ok().and_then(|p| p.file_stem().map(|n| n.to_string_lossy().into_owned()));
    println!("cargo:rustc-env=NEWSLINE_CORPUS_NAME={}", name.unwrap_or_else(|| "corpus".into()));
}

fn read_articles(folder: &Path) -> std::io::Result<Vec<Article>> {
    let mut paths: Vec<PathBuf> =
        fs::read_dir(folder)?.map(|entry| entry.map(|e| e.path())).collect::<Result<_, _>>()?;
    paths.retain(|p| {
        let hidden = p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.'));
        p.is_file() && !hidden && p.extension().is_some_and(|x| x == "txt")
    });
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            println!("cargo:rerun-if-changed={}", path.display());
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            Ok(Article::new(name, fs::read(&path)?))
        })
        .collect()
}

fn read_json(path: &Path) -> Corpus {
    let text = fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("newsline: cannot read the corpus file {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| {
        panic!("newsline: {} is not a corpus as `newsline extract` writes it: {e}", path.display())
    })
}
