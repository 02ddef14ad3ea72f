//! Events: dated sentences, and the same happening reported by several articles merged.
//!
//! Approach: every sentence with a resolved date of year granularity or finer gives one
//! candidate per distinct date (a coarser date in the same sentence that contains a finer
//! one, "in July ... last year", is the same time and gives none). A candidate's features are
//! the corpus entities it mentions and the stems of its content words; a short sentence that
//! names fewer than two entities borrows the entities of the sentence before it ("The first
//! round happened on October 11" after "talks in Geneva").
//!
//! Merging is greedy and near-linear: exact repeats (same date, same sentence text) join at
//! once; the rest are taken finest date first and join the most similar existing event whose
//! date is compatible (their day ranges overlap) when the IDF-weighted overlap of features
//! passes a threshold, lower for the very same day. Only events of the same starting year
//! are compared. Two dates in one sentence never merge with each other. A merged event takes
//! the finest date among its sources.
//!
//! Undated sentences do not become events: they stay readable in the article reader. Dates
//! coarser than a year (centuries) and durations are never placed on the timeline.
//!
//! Limits: different happenings on the same day that share most actors and words can merge;
//! one happening described with no shared entity or word across articles stays split.

use std::collections::HashMap;

use crate::model::{Entity, EntityId, Event, EventId, Source};
use crate::pipeline::Analysed;
use crate::timevalue::{Granularity, TimeValue};
use crate::tokens::{tokenize, TokenKind};
use jiff::civil::Date;

/// Overlap needed to merge two reports of different (compatible) dates.
const MERGE_THRESHOLD: f64 = 0.34;
/// Overlap needed when both report the very same day.
const SAME_DAY_THRESHOLD: f64 = 0.18;

struct Candidate {
    doc: usize,
    sentence: usize,
    mention: usize,
    value: TimeValue,
    bounds: (Date, Date),
    granularity: Granularity,
    /// Sorted, deduplicated feature ids.
    features: Vec<u32>,
    entities: Vec<EntityId>,
}

/// Builds the corpus's events from the analysed articles, in date order.
pub(crate) fn build(docs: &[Analysed], entities: &[Entity]) -> Vec<Event> {
    let lookup = EntityLookup::new(entities);
    let mut interner = Interner::default();
    let mut candidates = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        collect_candidates(d, doc, &lookup, &mut interner, &mut candidates);
    }
    let clusters = merge(&candidates, interner.len());
    let mut events: Vec<Event> =
        clusters.into_iter().map(|members| to_event(&members, &candidates, docs, entities)).collect();
    events.sort_by(|a, b| {
        let key = |e: &Event| TimeValue::parse_iso(&e.date).and_then(|v| v.bounds());
        key(a).cmp(&key(b)).then_with(|| a.summary.cmp(&b.summary))
    });
    for (i, e) in events.iter_mut().enumerate() {
        e.id = EventId(i as u32);
    }
    events
}

/// Maps an article's entity names and aliases to corpus entities.
struct EntityLookup {
    by_name: HashMap<String, EntityId>,
}

impl EntityLookup {
    fn new(entities: &[Entity]) -> Self {
        let mut by_name = HashMap::new();
        for e in entities {
            for name in std::iter::once(&e.name).chain(&e.aliases) {
                by_name.entry(name.to_lowercase()).or_insert(e.id);
            }
        }
        EntityLookup { by_name }
    }

    fn get(&self, name: &str) -> Option<EntityId> {
        self.by_name.get(&name.to_lowercase()).copied()
    }
}

#[derive(Default)]
struct Interner {
    ids: HashMap<String, u32>,
}

impl Interner {
    fn id(&mut self, key: String) -> u32 {
        let next = self.ids.len() as u32;
        *self.ids.entry(key).or_insert(next)
    }

    fn len(&self) -> usize {
        self.ids.len()
    }
}

const STOPWORDS: &[&str] = &[
    "a",
    "about",
    "after",
    "against",
    "ago",
    "all",
    "also",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "been",
    "before",
    "being",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "during",
    "each",
    "earlier",
    "end",
    "for",
    "from",
    "had",
    "has",
    "have",
    "he",
    "her",
    "his",
    "how",
    "however",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "last",
    "later",
    "latter",
    "more",
    "most",
    "next",
    "not",
    "of",
    "on",
    "one",
    "or",
    "other",
    "our",
    "over",
    "said",
    "say",
    "says",
    "she",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "two",
    "under",
    "until",
    "up",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "will",
    "with",
    "would",
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "time",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "mr",
    "ms",
    "according",
    "reported",
    "media",
    "news",
    "agency",
    "told",
    "added",
    "noted",
    "also",
];

/// A crude stem: lower case, one common suffix off, at most seven letters.
fn stem(word: &str) -> String {
    let lower = word.to_lowercase();
    let lower = lower.trim_end_matches(['\'', '’']).trim_end_matches("'s").trim_end_matches("’s");
    let mut s = lower;
    for suffix in ["ations", "ation", "ings", "ing", "ies", "ed", "es", "s", "e"] {
        if let Some(rest) = s.strip_suffix(suffix) {
            if rest.chars().count() >= 3 {
                s = rest;
                break;
            }
        }
    }
    s.chars().take(7).collect()
}

fn collect_candidates(
    d: usize,
    doc: &Analysed,
    lookup: &EntityLookup,
    interner: &mut Interner,
    out: &mut Vec<Candidate>,
) {
    let raw = &doc.doc.raw;
    let sentence_entities: Vec<Vec<EntityId>> = doc
        .doc
        .sentences
        .iter()
        .map(|s| {
            let mut ids: Vec<EntityId> = doc
                .mentions
                .iter()
                .filter(|m| m.span.start >= s.start && m.span.end <= s.end)
                .filter_map(|m| lookup.get(&m.canonical))
                .collect();
            ids.sort();
            ids.dedup();
            ids
        })
        .collect();
    let mut by_sentence: HashMap<usize, Vec<Candidate>> = HashMap::new();
    for (m, mention) in doc.doc.dates.iter().enumerate() {
        let Some(value) = mention.value.as_deref().and_then(TimeValue::parse_iso) else { continue };
        let (Some(bounds), Some(granularity)) = (value.bounds(), value.granularity()) else { continue };
        if granularity == Granularity::Century {
            continue;
        }
        let s = doc.date_sentence[m];
        let span = doc.doc.sentences[s];
        let mut entities = sentence_entities[s].clone();
        if entities.len() < 2 && s > 0 {
            entities.extend(&sentence_entities[s - 1]);
            entities.sort();
            entities.dedup();
        }
        let mut features: Vec<u32> = entities.iter().map(|e| interner.id(format!("e:{}", e.0))).collect();
        let text = &raw[span.start..span.end];
        for t in tokenize(text).iter().filter(|t| t.kind == TokenKind::Word) {
            let word = t.text(text);
            if word.chars().count() < 3 || STOPWORDS.contains(&word.to_lowercase().as_str()) {
                continue;
            }
            features.push(interner.id(format!("w:{}", stem(word))));
        }
        features.sort_unstable();
        features.dedup();
        let list = by_sentence.entry(s).or_default();
        match list.iter_mut().find(|c| c.value == value) {
            // The same date twice in a sentence ("20th November, 2019 ... on Wednesday"): keep
            // the later mention, which is the one in the running text.
            Some(existing) => existing.mention = m,
            None => list.push(Candidate {
                doc: d,
                sentence: s,
                mention: m,
                value,
                bounds,
                granularity,
                features,
                entities,
            }),
        }
    }
    let mut sentences: Vec<(usize, Vec<Candidate>)> = by_sentence.into_iter().collect();
    sentences.sort_by_key(|(s, _)| *s);
    for (_, list) in sentences {
        let keep: Vec<bool> = list
            .iter()
            .map(|c| {
                !list.iter().any(|o| {
                    o.granularity > c.granularity && c.bounds.0 <= o.bounds.0 && o.bounds.1 <= c.bounds.1
                })
            })
            .collect();
        out.extend(list.into_iter().zip(keep).filter(|(_, k)| *k).map(|(c, _)| c));
    }
}

/// Groups candidate indices into events.
fn merge(candidates: &[Candidate], n_features: usize) -> Vec<Vec<usize>> {
    let mut df = vec![0u32; n_features];
    for c in candidates {
        for &f in &c.features {
            df[f as usize] += 1;
        }
    }
    let n = candidates.len().max(1) as f64;
    let weight: Vec<f64> = df.iter().map(|&d| (n / d.max(1) as f64).ln().max(0.0)).collect();
    let total = |c: &Candidate| c.features.iter().map(|&f| weight[f as usize]).sum::<f64>();
    let totals: Vec<f64> = candidates.iter().map(total).collect();
    let overlap = |a: usize, b: usize| -> f64 {
        let (fa, fb) = (&candidates[a].features, &candidates[b].features);
        let (mut i, mut j, mut shared) = (0, 0, 0.0);
        while i < fa.len() && j < fb.len() {
            match fa[i].cmp(&fb[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    shared += weight[fa[i] as usize];
                    i += 1;
                    j += 1;
                }
            }
        }
        let denominator = totals[a].min(totals[b]);
        if denominator > 0.0 {
            shared / denominator
        } else {
            0.0
        }
    };

    let mut order: Vec<usize> = (0..candidates.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(candidates[i].granularity), candidates[i].bounds.0, i));
    struct Cluster {
        members: Vec<usize>,
        finest: usize,
    }
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut buckets: HashMap<i16, Vec<usize>> = HashMap::new();
    let mut exact: HashMap<(String, String), usize> = HashMap::new();
    for &i in &order {
        let c = &candidates[i];
        let key = (c.value.to_iso(), format!("{}:{}", c.doc, c.sentence));
        let bucket = buckets.entry(c.bounds.0.year()).or_default();
        let mut best: Option<(f64, usize)> = None;
        for &k in bucket.iter() {
            let cluster = &clusters[k];
            let f = &candidates[cluster.finest];
            if !c.value.compatible(&f.value)
                || cluster.members.iter().any(|&m| same_sentence(&candidates[m], c))
            {
                continue;
            }
            let same_day = c.granularity == Granularity::Day && c.value == f.value;
            let threshold = if same_day { SAME_DAY_THRESHOLD } else { MERGE_THRESHOLD };
            let score = cluster.members.iter().map(|&m| overlap(i, m)).fold(0.0, f64::max);
            if score >= threshold && best.is_none_or(|(s, _)| score > s) {
                best = Some((score, k));
            }
        }
        let target = exact.get(&key).copied().or(best.map(|(_, k)| k));
        match target {
            Some(k) => {
                clusters[k].members.push(i);
                if c.granularity > candidates[clusters[k].finest].granularity {
                    clusters[k].finest = i;
                }
            }
            None => {
                clusters.push(Cluster { members: vec![i], finest: i });
                bucket.push(clusters.len() - 1);
                exact.insert(key, clusters.len() - 1);
            }
        }
    }
    clusters.into_iter().map(|c| c.members).collect()
}

fn same_sentence(a: &Candidate, b: &Candidate) -> bool {
    a.doc == b.doc && a.sentence == b.sentence
}

fn to_event(members: &[usize], candidates: &[Candidate], docs: &[Analysed], entities: &[Entity]) -> Event {
    let finest = members
        .iter()
        .copied()
        .max_by_key(|&m| (candidates[m].granularity, std::cmp::Reverse(m)))
        .unwrap_or(members[0]);
    let mut counts: HashMap<EntityId, usize> = HashMap::new();
    for &m in members {
        for &e in &candidates[m].entities {
            *counts.entry(e).or_default() += 1;
        }
    }
    let mut ranked: Vec<(EntityId, usize)> = counts.into_iter().collect();
    ranked.sort_by_key(|&(e, n)| (std::cmp::Reverse(n), e));
    let mut sources: Vec<Source> = members
        .iter()
        .map(|&m| {
            let c = &candidates[m];
            let doc = &docs[c.doc].doc;
            let span = doc.sentences[c.sentence];
            Source {
                file: doc.file.clone(),
                doc: doc.id,
                sentence: crate::meta::collapse_whitespace(&doc.raw[span.start..span.end]),
                start: span.start,
                end: span.end,
                date_mention: c.mention,
            }
        })
        .collect();
    sources.sort_by_key(|s| (s.doc, s.start));
    sources.dedup_by_key(|s| (s.doc, s.start));
    let c = &candidates[finest];
    let doc = &docs[c.doc].doc;
    let mention = &doc.dates[c.mention];
    let span = doc.sentences[c.sentence];
    Event {
        id: EventId(0),
        date: c.value.to_iso(),
        summary: crate::summary::headline(
            &doc.raw[span.start..span.end],
            mention.start - span.start..mention.end - span.start,
        ),
        entities: ranked
            .into_iter()
            .filter_map(|(e, _)| entities.get(e.0 as usize))
            .map(|e| e.name.clone())
            .collect(),
        sources,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_join_inflections() {
        assert_eq!(stem("rulings"), stem("ruled"));
        assert_eq!(stem("compensate"), stem("compensations"));
        assert_eq!(stem("victims"), stem("victim"));
    }
}
