//! Throughput of the extraction core over the default corpus repeated to about 10 MB.
//!
//! `dates`: cleaning, metadata, sentences and date expressions (target ≥ 50 MB/s).
//! `pipeline`: the whole of `extract`, entities, events and merging included (target ≥ 20 MB/s).
//! Each copy of an article gets its own file name, so merging sees 10 MB of reports.
//! Run with `cargo bench -p newsline-extract`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsline_extract::dates::{find_dates, DateContext};
use newsline_extract::model::Span;
use newsline_extract::{clean, extract, meta, sentences, Article};

const TARGET_BYTES: usize = 10 * 1024 * 1024;

fn corpus_repeated() -> Vec<Article> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus");
    let mut originals: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .expect("the default corpus folder")
        .filter_map(Result::ok)
        .map(|e| (e.file_name().to_string_lossy().into_owned(), std::fs::read(e.path()).expect("readable")))
        .collect();
    originals.sort();
    let mut articles = Vec::new();
    let mut size = 0;
    'fill: for copy in 0.. {
        for (name, bytes) in &originals {
            articles.push(Article::new(format!("{copy:05}-{name}"), bytes.clone()));
            size += bytes.len();
            if size >= TARGET_BYTES {
                break 'fill;
            }
        }
    }
    articles
}

fn dates_stage(articles: &[Article]) -> usize {
    let mut found = 0;
    for a in articles {
        let raw = String::from_utf8_lossy(&a.bytes);
        let cleaned = clean::clean(&raw);
        let body: Vec<Span> = cleaned.body().collect();
        let sentences = sentences::split(&raw, &body);
        let meta = meta::read(&raw, &cleaned, &sentences);
        let mut ctx = DateContext { published: meta.published.map(|(v, _)| v), previous: None, pinned: None };
        for s in &sentences {
            found += find_dates(&raw[s.start..s.end], &mut ctx).len();
        }
    }
    found
}

fn bench(c: &mut Criterion) {
    let articles = corpus_repeated();
    let bytes: usize = articles.iter().map(|a| a.bytes.len()).sum();
    let mut group = c.benchmark_group("corpus-10MB");
    group.sample_size(10).throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("dates", |b| b.iter(|| dates_stage(&articles)));
    group.bench_function("pipeline", |b| b.iter(|| extract(&articles).events.len()));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
