//! Named entities: persons, organisations, places, products and events, with aliases merged
//! per article and across the corpus.
//!
//! Approach, in three stages:
//! 1. [`scan`](self::scan) reads each clean sentence once: names from the curated data files
//!    in `crates/extract/data/` (gazetteer with demonyms, organisations, outlets, products,
//!    events; longest match on lower-case keys), capitalised runs read by a small state
//!    machine (titles open roles, head words close organisations), and name candidates with
//!    their evidence (a dateline's city in capitals, "south of X", "X, Fla.", "the X union",
//!    "Shares of X Motors"). Lines outside the sentences (masthead, dateline, "(Yonhap)") are
//!    only searched for news outlets, and the headline for names the data files know.
//! 2. [`resolve`](self::resolve) settles each article: persons by evidence, family names
//!    alone joined to the full name, a storm's bare name to the storm, organisation short
//!    forms and lower-case forms joined to the long form. The result is a list of
//!    [`Mention`]s.
//! 3. [`merge`](self::merge) groups mentions into [`DocEntity`]s and merges those across
//!    articles into [`Entity`]s, flagging likely conflicting namesakes.
//!
//! Limits: English text; names must be capitalised; knowledge beyond the data files comes
//! only from context (a town never named with "in" or "the town of" is missed); no
//! coreference beyond family names and organisation short forms.

mod lexicon;
mod merge;
mod propagate;
mod resolve;
mod scan;
mod words;

use crate::model::{DocEntity, Entity, EntityKind, Span};
use crate::tokens::Token;

/// One mention of an entity in an article.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Byte range in the article's raw text.
    pub span: Span,
    /// The form recorded as an alias, which may reach beyond `span`: "South Korean Foreign
    /// Ministry" around the mention "Foreign Ministry" (the place is a mention of its own).
    pub surface: Span,
    /// Canonical name within the article ("South Korea" for "S. Korean").
    pub canonical: String,
    pub kind: EntityKind,
    /// A title or role printed before a person's name ("Finance Minister") or in an
    /// apposition after it ("the Trade Ministry’s trade policy division chief").
    pub role: Option<String>,
}

/// Finds entity mentions in the sentences (byte ranges of `raw`) of one article, in text
/// order. Lines of `raw` outside every sentence are searched for news outlets only.
///
/// # Example
/// ```
/// use newsline_extract::entities::find_mentions;
/// use newsline_extract::Span;
/// let raw = "Finance Minister Hong Nam-ki met Japanese officials in Geneva. Hong said so.";
/// let names: Vec<_> = find_mentions(raw, &[Span { start: 0, end: raw.len() }])
///     .into_iter()
///     .map(|m| m.canonical)
///     .collect();
/// assert_eq!(names, ["Hong Nam-ki", "Japan", "Geneva", "Hong Nam-ki"]);
/// ```
pub fn find_mentions(raw: &str, sentences: &[Span]) -> Vec<Mention> {
    find_mentions_tokenized(raw, sentences, None, None)
}

/// [`find_mentions`] with each sentence already cut by [`crate::tokens::tokenize`]
/// (`tokens[i]` for `sentences[i]`), so the pipeline tokenizes a sentence once. The
/// headline (`title`) gives the names the data files know ("Florida" in "Hurricane slams
/// Florida's Gulf Coast"): its capitals are no evidence of a name.
pub(crate) fn find_mentions_tokenized(
    raw: &str,
    sentences: &[Span],
    tokens: Option<&[Vec<Token>]>,
    title: Option<Span>,
) -> Vec<Mention> {
    thread_local! {
        static SCANNER: std::cell::RefCell<scan::Scanner> = Default::default();
    }
    SCANNER.with(|s| {
        s.try_borrow_mut().map_or_else(
            |_| mentions(raw, sentences, tokens, title, &mut Default::default()),
            |mut s| mentions(raw, sentences, tokens, title, &mut s),
        )
    })
}

fn mentions(
    raw: &str,
    sentences: &[Span],
    tokens: Option<&[Vec<Token>]>,
    title: Option<Span>,
    scanner: &mut scan::Scanner,
) -> Vec<Mention> {
    let lex = lexicon::lexicon();
    let mut cands = Vec::new();
    let mut order: Vec<usize> = (0..sentences.len())
        .filter(|&i| {
            sentences[i].start < sentences[i].end && raw.get(sentences[i].start..sentences[i].end).is_some()
        })
        .collect();
    order.sort_by_key(|&i| sentences[i]);
    let sorted: Vec<Span> = order.iter().map(|&i| sentences[i]).collect();
    for (&i, &s) in order.iter().zip(&sorted) {
        let tokens = tokens.and_then(|t| t.get(i)).map(Vec::as_slice);
        scanner.sentence(raw, s, tokens, lex, &mut cands);
    }
    let mut outlets = Vec::new();
    for line in lines_outside(raw, &sorted) {
        scanner.sentence(raw, line, None, lex, &mut outlets);
    }
    cands.extend(outlets.into_iter().filter(|c| is_outlet(c, lex)));
    if let Some(title) = title.filter(|t| {
        raw.get(t.start..t.end).is_some() && !sorted.iter().any(|s| s.start < t.end && t.start < s.end)
    }) {
        let mut headline = Vec::new();
        scanner.sentence(raw, title, None, lex, &mut headline);
        cands.extend(headline.into_iter().filter(|c| matches!(c, scan::Cand::Known { .. })));
    }
    resolve::resolve(raw, &cands)
}

/// Groups one article's mentions into its entity list, with the aliases used there.
pub fn doc_entities(raw: &str, mentions: &[Mention]) -> Vec<DocEntity> {
    merge::doc_entities(raw, mentions)
}

/// Gives a one-word "person" the kind other articles give its name (see [`merge::settle_kinds`]).
pub(crate) fn settle_kinds(docs: &mut [&mut Vec<DocEntity>]) {
    merge::settle_kinds(docs)
}

pub(crate) use propagate::Reading;

/// Adds the printings of names other articles recognised (see [`propagate`](self::propagate)).
pub(crate) fn propagate(docs: Vec<Reading>) {
    propagate::propagate(docs)
}

/// Merges the articles' entity lists (file name, entities) into one corpus-level list.
pub fn corpus_entities(docs: &[(&str, &[DocEntity])]) -> Vec<Entity> {
    merge::corpus_entities(docs)
}

fn is_outlet(c: &scan::Cand, lex: &lexicon::Lexicon) -> bool {
    match c {
        scan::Cand::Known { canonical, kind: EntityKind::Organization, .. } => {
            lex.phrase(&lexicon::key_of(canonical)).is_some_and(|e| e.outlet)
        }
        _ => false,
    }
}

/// Short lines (mastheads, datelines, credits) that no sentence overlaps.
fn lines_outside<'a>(raw: &'a str, sorted: &'a [Span]) -> impl Iterator<Item = Span> + 'a {
    let mut offset = 0;
    let mut next_sentence = 0;
    raw.split_inclusive('\n').filter_map(move |line| {
        let span = Span { start: offset, end: offset + line.trim_end().len() };
        offset += line.len();
        while next_sentence < sorted.len() && sorted[next_sentence].end <= span.start {
            next_sentence += 1;
        }
        let overlaps = sorted.get(next_sentence).is_some_and(|s| s.start < span.end);
        (!overlaps && span.end > span.start && span.end - span.start <= 80).then_some(span)
    })
}

/// Whether `word` is a given name of `data/first_names.txt` ("Marta", "Kenji").
pub(crate) fn is_given_name(word: &str) -> bool {
    lexicon::lexicon().is_first_name(&words::name_key(word))
}

/// The canonical name of the news outlet written `text` ("Yonhap News Agency" → "Yonhap"),
/// from `data/outlets.txt`.
pub fn known_outlet(text: &str) -> Option<&'static str> {
    let entry = lexicon::lexicon().phrase(&lexicon::key_of(text))?;
    entry.outlet.then_some(entry.canonical)
}

#[cfg(test)]
mod tests;
