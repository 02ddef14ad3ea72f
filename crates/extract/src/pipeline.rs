//! The per-article stages glued together, and the corpus assembled from their results.
//!
//! [`analyse`] reads one article, tokenizing each sentence once for dates and entities, and
//! resolves its dates when the publication date is printed; [`resolve_dates`] resolves the
//! others once inference has given them a date, or found none; [`assemble`] builds the
//! entity list and the events over the whole corpus.

use crate::clean::clean;
use crate::dates::{find_dates, find_dates_tokenized, DateContext, FoundDate};
use crate::entities::{self, Mention};
use crate::model::{Corpus, DateMention, DocId, Document, Span};
use crate::timevalue::TimeValue;
use crate::tokens::{tokenize, Token};
use crate::{events, meta, Article};

/// One article between the stages.
pub(crate) struct Analysed {
    pub doc: Document,
    /// The publication date as a value (printed, or inferred by [`crate::infer`]).
    pub published: Option<TimeValue>,
    /// Days and months printed without a year, for inferring a missing publication date.
    pub yearless: Vec<crate::dates::Yearless>,
    /// Days the page counts from a yearless day it prints ("ten days after the attack began
    /// on Sunday 8 November"), for its likely day of writing.
    pub counted_days: Vec<crate::infer::CountedDay>,
    /// The page's own date printed without its year ("Last updated: Sat 18 Aug") and its text.
    pub printed_yearless: Option<(crate::dates::Yearless, String)>,
    /// Whether the text says "this month", which ties an inferred date to a month.
    pub speaks_of_this_month: bool,
    pub mentions: Vec<Mention>,
    /// For each entry of `doc.dates`: the index of its sentence in `doc.sentences`, or `None`
    /// for the headline's dates, which come first (they are shown and scored, but a headline
    /// repeats the story's news, so they make no events).
    pub date_sentence: Vec<Option<usize>>,
    /// The headline line, if the page has one.
    pub title: Option<Span>,
    /// Whether `doc.dates` is final (the publication date was printed).
    pub dates_resolved: bool,
    /// For an article whose publication date is inferred to a month: the likely day it was
    /// written, which its relative dates are counted from (see [`crate::infer`]).
    pub day_of_writing: Option<jiff::civil::Date>,
}

/// Bytes that mark a file as binary rather than text.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(4096)];
    let controls = sample.iter().filter(|&&b| b < 9 || (14..32).contains(&b) && b != 27).count();
    !sample.is_empty() && controls * 10 > sample.len()
}

pub(crate) fn analyse(id: DocId, article: &Article) -> Analysed {
    let mut warnings = Vec::new();
    let raw = match std::str::from_utf8(&article.bytes) {
        Ok(text) => text.to_string(),
        Err(_) => {
            warnings.push("the file is not valid UTF-8: it was read with invalid bytes replaced".to_string());
            String::from_utf8_lossy(&article.bytes).into_owned()
        }
    };
    if looks_binary(&article.bytes) {
        warnings.push("the file looks like binary data, not an article".to_string());
    }
    let cleaned = clean(&raw);
    let body: Vec<Span> = cleaned.body().collect();
    let sentences = crate::sentences::split(&raw, &body);
    let meta = meta::read(&raw, &cleaned, &sentences);
    if raw.trim().is_empty() {
        warnings.push("the file is empty".to_string());
    } else if sentences.is_empty() {
        warnings.push("no article text found: the page holds only boilerplate".to_string());
    }
    // Each sentence is tokenized once, for its dates and its entities.
    let tokens: Vec<Vec<Token>> = sentences.iter().map(|s| tokenize(&raw[s.start..s.end])).collect();
    let mut yearless = Vec::new();
    let mut counted_days = Vec::new();
    let mut speaks_of_this_month = false;
    let (mut dates, mut date_sentence) = (Vec::new(), Vec::new());
    let title = cleaned.title();
    match &meta.published {
        // A printed date is final: the dates are resolved now, not after inference.
        Some((published, _)) => {
            let published = Some(published.clone());
            headline_dates(&raw, title, &published, &mut dates, &mut date_sentence);
            let mut ctx = DateContext { published, previous: None, pinned: None };
            for (i, (s, tokens)) in sentences.iter().zip(&tokens).enumerate() {
                for found in find_dates_tokenized(&raw[s.start..s.end], tokens, &mut ctx) {
                    dates.push(to_mention(&raw, s.start, found));
                    date_sentence.push(Some(i));
                }
            }
        }
        None => {
            for (s, tokens) in sentences.iter().zip(&tokens) {
                let text = &raw[s.start..s.end];
                let found = find_dates_tokenized(text, tokens, &mut DateContext::default());
                yearless.extend(found.iter().filter_map(|f| f.yearless));
                counted_days.extend(crate::infer::counted_days(text, tokens, &found));
                speaks_of_this_month |= text.to_lowercase().contains("this month");
            }
        }
    }
    let mentions = entities::find_mentions_tokenized(&raw, &sentences, Some(&tokens), cleaned.title());
    drop(tokens);
    let dates_resolved = meta.published.is_some();
    // Grouped here rather than in `assemble`, so that it runs on every core.
    let doc_entities = entities::doc_entities(&raw, &mentions);
    let (published, evidence) = match meta.published {
        Some((value, line)) => (Some(value), Some(format!("printed: ‘{line}’"))),
        None => (None, None),
    };
    let doc = Document {
        id,
        file: article.file.clone(),
        title: meta.title.unwrap_or_else(|| article.file.clone()),
        source: meta.source,
        author: meta.author,
        published: published.as_ref().map(TimeValue::to_iso),
        published_inferred: false,
        published_evidence: evidence,
        kept: cleaned
            .lines
            .iter()
            .filter(|l| l.role == crate::clean::LineRole::Body)
            .map(|l| l.span)
            .collect(),
        sentences,
        dates,
        entities: doc_entities,
        warnings,
        raw,
    };
    Analysed {
        doc,
        published,
        printed_yearless: meta.published_yearless,
        yearless,
        counted_days,
        speaks_of_this_month,
        mentions,
        date_sentence,
        title,
        dates_resolved,
        day_of_writing: None,
    }
}

/// The headline's dates ("SBI to pass on cut from Feb 15"), resolved against `published` on
/// their own: a headline is no context for the body's "the following day".
fn headline_dates(
    raw: &str,
    title: Option<Span>,
    published: &Option<TimeValue>,
    dates: &mut Vec<DateMention>,
    date_sentence: &mut Vec<Option<usize>>,
) {
    let Some(t) = title else { return };
    let mut ctx = DateContext { published: published.clone(), previous: None, pinned: None };
    for found in find_dates(&raw[t.start..t.end], &mut ctx) {
        dates.push(to_mention(raw, t.start, found));
        date_sentence.push(None);
    }
}

/// Resolves the dates of an article whose publication date was not printed, once inference
/// has run (the others were resolved by [`analyse`]).
pub(crate) fn resolve_dates(a: &mut Analysed) {
    if a.dates_resolved {
        return;
    }
    if a.published.is_none() && !a.doc.sentences.is_empty() {
        a.doc
            .warnings
            .push("no publication date printed or inferable: relative dates are left unresolved".into());
    }
    headline_dates(&a.doc.raw, a.title, &a.published, &mut a.doc.dates, &mut a.date_sentence);
    let pinned = a.published.as_ref().and_then(|p| crate::infer::latest_pinned_day(&a.yearless, p));
    // A month-dated page's weekdays count from its likely day of writing, when one was found.
    let from = a.day_of_writing.map(TimeValue::Day).or_else(|| a.published.clone());
    let mut ctx = DateContext { published: from, previous: None, pinned };
    for (i, s) in a.doc.sentences.iter().enumerate() {
        for mut found in find_dates(&a.doc.raw[s.start..s.end], &mut ctx) {
            if let (Some(day), Some(anchor)) = (a.day_of_writing, &mut found.anchor) {
                *anchor = anchor
                    .replace(&format!("article published {day}"), &format!("likely day of writing {day}"));
            }
            a.doc.dates.push(to_mention(&a.doc.raw, s.start, found));
            a.date_sentence.push(Some(i));
        }
    }
}

fn to_mention(raw: &str, offset: usize, found: FoundDate) -> DateMention {
    let (start, end) = (offset + found.start, offset + found.end);
    DateMention {
        text: meta::collapse_whitespace(&raw[start..end]),
        value: found.value.as_ref().map(TimeValue::to_iso),
        start,
        end,
        rule: found.rule.to_string(),
        anchor: found.anchor,
        note: found.note,
    }
}

pub(crate) fn assemble(mut analysed: Vec<Analysed>) -> Corpus {
    entities::settle_kinds(&mut analysed.iter_mut().map(|a| &mut a.doc.entities).collect::<Vec<_>>());
    let readings: Vec<entities::Reading> = analysed
        .iter_mut()
        .map(|a| entities::Reading {
            raw: &a.doc.raw,
            sentences: &a.doc.sentences,
            mentions: &mut a.mentions,
            entities: &mut a.doc.entities,
        })
        .collect();
    entities::propagate(readings);
    let lists: Vec<(&str, &[crate::model::DocEntity])> =
        analysed.iter().map(|a| (a.doc.file.as_str(), a.doc.entities.as_slice())).collect();
    let entities = entities::corpus_entities(&lists);
    let events = events::build(&analysed, &entities);
    Corpus { documents: analysed.into_iter().map(|a| a.doc).collect(), entities, events }
}
