//! Names the corpus knows, found again where an article's own reading missed them.
//!
//! One article names "Eskom" as the company it is ("Eskom said …"); another prints it only as
//! "Eskom's customers", with nothing around it to say what it is. Each article is read on its
//! own, so the second one missed it. Here every name an article's entities carry becomes part of
//! the corpus's vocabulary, and every sentence of every article is searched for it once
//! (Aho-Corasick, leftmost longest, so linear in the text and the vocabulary): a printing no
//! mention covers becomes a mention of the entity the other article found, with its kind.
//!
//! What is searched for: names that start with a capital and are at least three bytes long;
//! a person only by a name of two words or more (a family name alone may be anyone's); no name
//! printed wholly in capitals with a space (a dateline's "PANAMA CITY"); a name the corpus gives
//! two kinds equally often is left out. A printing is taken only as a whole name: not inside a
//! longer capitalised run ("Air Zermatt" is not "Zermatt"), and not where the article already
//! gives that name another kind.
//!
//! Limits: a wrong entity in one article is repeated wherever its name is printed; a name two
//! different things share in one story (a town and the football club named after it) takes the
//! kind most articles give it.

use aho_corasick::{AhoCorasick, MatchKind};

use super::lexicon::{key_of, lexicon};
use super::merge::reads_as_person;
use super::resolve::subdivision_short_name;
use super::words::name_key;
use super::Mention;
use crate::fxhash::FastMap;
use crate::model::{DocEntity, EntityKind, Span};

/// One article as propagation sees it: its text and sentences to search, and the mentions and
/// entity list to add to.
pub(crate) struct Reading<'a> {
    pub raw: &'a str,
    pub sentences: &'a [Span],
    pub mentions: &'a mut Vec<Mention>,
    pub entities: &'a mut Vec<DocEntity>,
}

/// A name worth searching for, with the entity it names.
struct Known {
    printed: String,
    /// `printed` as [`name_key`] normalises it, to compare with the article's own names.
    key: String,
    canonical: String,
    kind: EntityKind,
}

/// Adds to each article the mentions of names other articles (or other sentences of its own)
/// recognised. Linear in the corpus's text and names; the articles are searched on every core.
pub(crate) fn propagate(docs: Vec<Reading>) {
    let vocabulary = vocabulary(&docs);
    if vocabulary.is_empty() {
        return;
    }
    let Ok(searcher) = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(vocabulary.iter().map(|k| k.printed.as_str()))
    else {
        return;
    };
    // Each article is searched on its own: on every core.
    crate::each_article(docs, |mut doc| add_printings(&mut doc, &searcher, &vocabulary));
}

/// The names to look for: each printed form once, with the kind most articles give it.
fn vocabulary(docs: &[Reading]) -> Vec<Known> {
    // (printed form) → votes per (kind, canonical name), counted once per article.
    let mut votes: FastMap<&str, Vec<(EntityKind, &str, usize)>> = FastMap::default();
    for doc in docs {
        for e in doc.entities.iter() {
            // A person only when the name reads as one or a role says so: "State House said"
            // made a person of a building somewhere, which should not spread.
            if e.kind == EntityKind::Person && e.roles.is_empty() && !reads_as_person(&e.name) {
                continue;
            }
            for printed in std::iter::once(&e.name).chain(&e.aliases) {
                if !searchable(printed, e.kind) {
                    continue;
                }
                let tally = votes.entry(printed.as_str()).or_default();
                match tally.iter_mut().find(|(kind, _, _)| *kind == e.kind) {
                    Some(t) => t.2 += 1,
                    None => tally.push((e.kind, e.name.as_str(), 1)),
                }
            }
        }
    }
    let mut out: Vec<Known> = votes
        .into_iter()
        .filter_map(|(printed, mut tally)| {
            tally.sort_by_key(|t| std::cmp::Reverse(t.2));
            let clear = tally.len() == 1 || tally[0].2 > tally[1].2;
            clear.then(|| Known {
                printed: printed.to_string(),
                key: name_key(printed),
                canonical: tally[0].1.to_string(),
                kind: tally[0].0,
            })
        })
        .collect();
    // A stable order: the map's is arbitrary.
    out.sort_by(|a, b| a.printed.cmp(&b.printed));
    out
}

/// Whether a printed name is specific enough to be recognised anywhere in the story.
fn searchable(printed: &str, kind: EntityKind) -> bool {
    let words = printed.split_whitespace().count();
    let lex = lexicon();
    printed.len() >= 3
        && printed.starts_with(char::is_uppercase)
        && (words == 1 || printed.chars().any(char::is_lowercase))
        && (kind != EntityKind::Person || words > 1)
        // A one-word name that is also a common opening word or a given name could be anything.
        && (words > 1 || {
            let key = key_of(printed);
            !(lex.is_starter(&key) || lex.is_first_name(&key))
        })
}

fn add_printings(doc: &mut Reading, searcher: &AhoCorasick, vocabulary: &[Known]) {
    let mut covered: Vec<Span> = doc.mentions.iter().flat_map(|m| [m.span, m.surface]).collect();
    covered.sort_by_key(|s| s.start);
    // The entity (and so the kind) this article already gives each name, where it gives one.
    let mut own: FastMap<String, usize> = FastMap::default();
    for (i, e) in doc.entities.iter().enumerate() {
        for n in std::iter::once(&e.name).chain(&e.aliases) {
            own.entry(name_key(n)).or_insert(i);
        }
    }
    let mut found = Vec::new();
    for s in doc.sentences {
        let Some(text) = doc.raw.get(s.start..s.end) else { continue };
        for m in searcher.find_iter(text) {
            let span = Span { start: s.start + m.start(), end: s.start + m.end() };
            let known = &vocabulary[m.pattern().as_usize()];
            if overlaps(&covered, span) || !whole_name(doc.raw, *s, span) {
                continue;
            }
            // The article's own reading of the name wins: another kind leaves it alone, the
            // same kind adds the printing to the article's entity.
            let local = own.get(&known.key).copied();
            if local.is_some_and(|i| doc.entities[i].kind != known.kind) {
                continue;
            }
            found.push((span, known, local));
        }
    }
    for (span, known, local) in found {
        // "Monetary Policy Committee (Copom)": a name in brackets right after a mention is that
        // entity's other name, whatever another article made of it.
        let bracketed = bracketed_after(doc.raw, span)
            .and_then(|end| doc.mentions.iter().find(|m| m.span.end == end || m.surface.end == end))
            .map(|m| (m.canonical.clone(), m.kind));
        let (canonical, kind) = bracketed
            .or_else(|| local.map(|i| (doc.entities[i].name.clone(), doc.entities[i].kind)))
            .unwrap_or_else(|| (known.canonical.clone(), known.kind));
        let same = doc.entities.iter().position(|e| e.kind == kind && e.name == canonical);
        let found = same
            .or_else(|| family_name_alone(doc, &canonical, kind))
            .or_else(|| subdivision_named(doc, &canonical, kind));
        let canonical = found.map_or(canonical, |i| doc.entities[i].name.clone());
        doc.mentions.push(Mention { span, surface: span, canonical: canonical.clone(), kind, role: None });
        let i = match found {
            Some(i) => i,
            None => {
                doc.entities.push(DocEntity {
                    name: canonical,
                    kind,
                    aliases: Vec::new(),
                    roles: Vec::new(),
                    mentions: Vec::new(),
                });
                doc.entities.len() - 1
            }
        };
        let e = &mut doc.entities[i];
        if e.name != known.printed && !e.aliases.contains(&known.printed) {
            e.aliases.push(known.printed.clone());
        }
        let at = e.mentions.partition_point(|m| m.start < span.start);
        e.mentions.insert(at, span);
    }
}

/// "Mr Ekhaguere" read on its own where another article found "Osaro Ekhaguere" and this one
/// prints the full name too without evidence of its own: the person of that family name, renamed
/// to the full name (the family name kept as an alias, its mentions following). Returns its
/// index.
fn family_name_alone(doc: &mut Reading, full: &str, kind: EntityKind) -> Option<usize> {
    let family = full.rsplit_once(' ')?.1;
    if kind != EntityKind::Person {
        return None;
    }
    let i = doc.entities.iter().position(|e| e.kind == kind && e.name == family)?;
    let e = &mut doc.entities[i];
    e.aliases.push(std::mem::replace(&mut e.name, full.to_string()));
    for m in doc.mentions.iter_mut().filter(|m| m.kind == kind && m.canonical == family) {
        m.canonical = full.to_string();
    }
    Some(i)
}

/// "Edo" found where the article names "Edo State": that state's entity.
fn subdivision_named(doc: &Reading, short: &str, kind: EntityKind) -> Option<usize> {
    (kind == EntityKind::Place).then_some(())?;
    doc.entities.iter().position(|e| e.kind == kind && subdivision_short_name(&e.name) == Some(short))
}

/// Where the name before "(" ends, when `span` is printed in brackets: "Committee (Copom)".
fn bracketed_after(raw: &str, span: Span) -> Option<usize> {
    let before = raw[..span.start].strip_suffix('(')?;
    raw[span.end..].starts_with(')').then(|| before.trim_end_matches([' ', '\u{a0}']).len())
}

/// Whether `span` meets a span of `covered` (sorted by start).
fn overlaps(covered: &[Span], span: Span) -> bool {
    let i = covered.partition_point(|c| c.start < span.end);
    covered[..i].iter().rev().take(64).any(|c| c.end > span.start)
}

/// Whether the printing at `span` is a name on its own: bounded by non-letters, with no
/// capitalised word joined to it that would make it part of a longer name (a possessive
/// before it, "Nigeria's Blessing Okafor", or a sentence's opening word do not).
fn whole_name(raw: &str, sentence: Span, span: Span) -> bool {
    let before = &raw[sentence.start..span.start];
    let after = &raw[span.end..sentence.end];
    let joined = |c: char| c.is_alphanumeric() || c == '-' || c == '&';
    if before.chars().next_back().is_some_and(joined) || after.chars().next().is_some_and(joined) {
        return false;
    }
    let next = after.trim_start_matches([' ', '\u{a0}']);
    if after.len() > next.len() && next.starts_with(char::is_uppercase) {
        return false;
    }
    let previous = before.trim_end_matches([' ', '\u{a0}']);
    if before.len() > previous.len() {
        let word =
            previous.rsplit(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’').next().unwrap_or("");
        let possessive = word.ends_with("'s") || word.ends_with("’s");
        let opens_sentence = previous.len() == word.len();
        if word.starts_with(char::is_uppercase)
            && !possessive
            && !(opens_sentence && lexicon().is_starter(&key_of(word)))
        {
            return false;
        }
    }
    true
}
