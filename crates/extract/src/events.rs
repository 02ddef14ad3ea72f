//! Events: dated sentences, and the same happening reported by several articles merged.
//!
//! Approach: every sentence with a resolved date of year granularity or finer gives one
//! candidate per distinct date (a coarser date in the same sentence that contains a finer
//! one, "in July ... last year", is the same time and gives none). A candidate's features are
//! the corpus entities it mentions (news outlets left out: "Reuters reported" says who told
//! it, not who acted), the stems of its content words, and its figures ("24", "6.8", outside
//! its date expressions); a short sentence that names fewer than two entities borrows the
//! entities of the sentence before it ("The first round happened on October 11" after "talks
//! in Geneva").
//!
//! Merging is greedy and near-linear: exact repeats (same date, same sentence text) join at
//! once; the rest are taken finest date first and join the most similar existing event whose
//! date is compatible (their day ranges overlap) when the IDF-weighted overlap of features
//! passes a threshold, lower for the very same day; reports of the very same date may also
//! match on all their features pooled, so two outlets that name different actors ("Panama",
//! "the Panama Canal") but the same figures and verbs join. A report of the very date of an
//! event already told in several sentences is also compared with all their features pooled
//! (up to `MAX_POOLED`): one outlet's single sentence may share its words with two of
//! another's together and with neither alone. The overlap's denominator is at
//! least one rare feature's weight, so a sentence naming only the story's country does not
//! fully overlap every other. Only events of the same starting year that share one of the
//! candidate's rarest features are compared (an inverted index), so the work per candidate
//! is bounded. Two dates in one sentence never merge with each other. A merged event takes
//! the finest date among its sources.
//!
//! Undated sentences do not become events: they stay readable in the article reader. Dates
//! coarser than a year (centuries, decades such as "the 1990s"), seasons ("this summer"), a
//! quarter that qualifies figures ("third-quarter results") and durations are never placed on
//! the timeline; a span between two years ("1910-45") is. A
//! vague time that only one report gives ("next week", "at the weekend", "last year", "since
//! March", "between January and May") is the story's background, not a point on its timeline,
//! and is dropped after merging; given by two reports or more it stays.
//!
//! Limits: different happenings on the same day that share most actors and words can merge;
//! one happening described with no shared entity or word across articles stays split.

use crate::fxhash::{FastMap, FastSet};
use crate::model::{Entity, EntityId, Event, EventId, Source};
use crate::pipeline::Analysed;
use crate::timevalue::{Granularity, TimeValue};
use crate::tokens::{tokenize, TokenKind};
use jiff::civil::Date;

/// Similarity needed to merge two reports of different but overlapping dates, plus
/// `GRANULARITY_STEP` times the log of how many more days the coarser one covers: a year
/// against a day needs more evidence than a month against a day.
const MERGE_THRESHOLD: f64 = 0.30;
const GRANULARITY_STEP: f64 = 0.02;
/// Similarity needed when both give the very same day.
const SAME_DAY_THRESHOLD: f64 = 0.18;
/// Weight of the pooled overlap of all features for reports of the very same date.
const POOLED_WEIGHT: f64 = 0.8;
/// Similarity needed when both give the same coarser value (the same month, year or span).
const SAME_VALUE_THRESHOLD: f64 = 0.20;
/// Content words each of two reports needs for their wording alone to decide a merge.
const MIN_WORDS_ALONE: usize = 5;

struct Candidate {
    doc: usize,
    sentence: usize,
    mention: usize,
    value: TimeValue,
    bounds: (Date, Date),
    granularity: Granularity,
    /// Sorted, deduplicated feature ids of the entities it names (or borrows).
    entity_features: Vec<u32>,
    /// Sorted, deduplicated feature ids of its content-word stems.
    word_features: Vec<u32>,
    entities: Vec<EntityId>,
    /// Whether its sentence names no entity itself (its entity features are borrowed).
    names_none: bool,
    /// Hash of the sentence's words, lower-cased: equal for verbatim repeats.
    text_hash: u64,
}

/// Builds the corpus's events from the analysed articles, in date order.
pub(crate) fn build(docs: &[Analysed], entities: &[Entity]) -> Vec<Event> {
    let lookup = EntityLookup::new(entities);
    // What each article's dates need is read on every core; only numbering the features,
    // which must follow the corpus order, is left to one.
    let dated = crate::each_article(docs.iter().collect(), |doc| dated_sentences(doc, &lookup));
    let mut interner = Interner::default();
    let mut candidates = Vec::new();
    // Verbatim repeats of a sentence (copies of one article) share their word features.
    let mut words_seen: FastMap<u64, Vec<u32>> = FastMap::default();
    // An outlet named in a sentence ("Reuters reported") says who told it, not who acted: two
    // reports attributed to different agencies are no less the same happening.
    let outlet: Vec<bool> =
        entities.iter().map(|e| crate::entities::known_outlet(&e.name).is_some()).collect();
    for (d, (doc, dated)) in docs.iter().zip(dated).enumerate() {
        collect_candidates(d, doc, dated, &outlet, &mut interner, &mut words_seen, &mut candidates);
    }
    let mut clusters = merge(&candidates, interner.len());
    // One report of a vague time ("next week", "at the weekend", "last year", "since March")
    // is the background of a story, not a point on its timeline; several reports of it are.
    clusters.retain(|members| {
        let c = &candidates[members[0]];
        members.len() > 1 || !is_vague_time(&docs[c.doc].doc.dates[c.mention], c.granularity)
    });
    // Events are independent once clustered: built on every core.
    let mut events: Vec<Event> =
        crate::each_article(clusters, |members| to_event(&members, &candidates, docs, entities));
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
    by_name: FastMap<String, EntityId>,
}

impl EntityLookup {
    fn new(entities: &[Entity]) -> Self {
        let mut by_name = FastMap::default();
        for e in entities {
            for name in std::iter::once(&e.name).chain(&e.aliases) {
                by_name.entry(name.to_lowercase()).or_insert(e.id);
            }
        }
        EntityLookup { by_name }
    }

    /// The entity named `name` (any case); `buffer` is reused for lower-casing it.
    fn get(&self, name: &str, buffer: &mut String) -> Option<EntityId> {
        buffer.clear();
        push_lowercase(buffer, name);
        self.by_name.get(buffer.as_str()).copied()
    }
}

/// Appends `text` lower-cased (as `str::to_lowercase`), without allocating for ASCII.
fn push_lowercase(out: &mut String, text: &str) {
    if text.is_ascii() {
        out.extend(text.bytes().map(|b| char::from(b.to_ascii_lowercase())));
    } else {
        out.push_str(&text.to_lowercase());
    }
}

/// Numbers the features in order of first use: entities, happening classes and word stems,
/// each kind in its own map so that looking one up allocates nothing.
#[derive(Default)]
struct Interner {
    entities: FastMap<u32, u32>,
    classes: FastMap<&'static str, u32>,
    words: FastMap<String, u32>,
}

impl Interner {
    fn len(&self) -> usize {
        self.entities.len() + self.classes.len() + self.words.len()
    }

    fn entity(&mut self, e: EntityId) -> u32 {
        let next = self.len() as u32;
        *self.entities.entry(e.0).or_insert(next)
    }

    fn class(&mut self, class: &'static str) -> u32 {
        let next = self.len() as u32;
        *self.classes.entry(class).or_insert(next)
    }

    fn word(&mut self, stem: &str) -> u32 {
        if let Some(&id) = self.words.get(stem) {
            return id;
        }
        let next = self.len() as u32;
        self.words.insert(stem.to_string(), next);
        next
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
];

/// Words that name the same kind of happening, so "the first round" and "their first talks"
/// share a feature. Each row: the class, then stems (see [`stem`]) of its words.
const HAPPENING_CLASSES: &[(&str, &[&str])] = &[
    (
        "meeting",
        &["talk", "round", "negoti", "meet", "met", "consult", "dialogu", "summit", "confere", "discuss"],
    ),
    ("ruling", &["rul", "verdict", "judgmen", "court", "sentenc", "acquitt", "convict", "guilty"]),
    (
        "restriction",
        &[
            "restric", "regul", "regulat", "curb", "control", "ban", "sanctio", "tariff", "embargo",
            "tighten", "tighter",
        ],
    ),
    ("agreement", &["agreeme", "deal", "accord", "treaty", "pact"]),
    ("visit", &["visit", "trip", "tour"]),
    ("vote", &["electio", "vot", "ballot", "referen", "poll"]),
    ("protest", &["protest", "rally", "demonst", "strik", "march"]),
    ("attack", &["attack", "bomb", "shoot", "assault", "raid", "explosi"]),
    ("call", &["phon", "telepho", "call"]),
    ("inquiry", &["inquir", "enquir", "investi", "probe", "apprais"]),
    ("quake", &["earthqu", "quak", "tremor", "aftersh", "tsunami"]),
    ("storm", &["storm", "hurrica", "typhoon", "cyclon", "tornado"]),
    ("flood", &["flood", "inundat", "deluge"]),
    ("fire", &["fire", "wildfir", "blaz"]),
    ("casualty", &["kill", "dead", "deadly", "death", "died", "fatal", "toll", "injur", "wound"]),
    ("eruption", &["erupt", "eruptio", "volcano", "volcani", "lava", "explod"]),
    ("founding", &["found", "foundin", "establi", "incorpo"]),
    ("recall", &["recall", "replace", "replac", "refund"]),
    ("levy", &["levy", "lev", "fee", "tax", "duty", "dut", "surchar"]),
    ("cancellation", &["cancel", "cancell", "suspend", "suspens", "halt", "ground"]),
    ("reopening", &["reopen", "resum", "resumpt", "restart"]),
    ("collapse", &["collaps", "burst", "cav", "cave-in", "landsli", "mudslid"]),
    ("arrest", &["arrest", "custody", "detain", "detenti"]),
    ("resignation", &["quit", "resign"]),
    ("appointment", &["appoint", "inaugur", "nomin", "nominat", "sworn"]),
    ("approval", &["approv", "approva"]),
    ("launch", &["launch", "liftoff", "unveil"]),
    ("crash", &["collid", "collisi", "crash", "derail", "derailm"]),
    ("outbreak", &["epidemi", "infect", "infecti", "outbrea", "pandemi"]),
    ("cyberattack", &["breach", "cyberat", "hack", "hacker", "leak", "malwar"]),
    ("penalty", &["fin", "penalt", "penalty"]),
    ("lawsuit", &["lawsuit", "sue", "sued", "suing"]),
    ("charge", &["charg", "indict", "indictm", "prosecu"]),
    ("appeal", &["appeal"]),
    ("evacuation", &["evacu", "evacuat", "evacue"]),
    ("rescue", &["rescu", "rescuer"]),
    ("recount", &["recount"]),
    ("vaccination", &["vaccin", "vaccina", "immunis", "immuniz", "inocula", "jab", "dos"]),
    ("merger", &["merger", "merg", "takeove", "acquisi", "acquir", "buyout"]),
];

/// The happening class of a stem, if it has one.
fn happening_class(stem: &str) -> Option<&'static str> {
    HAPPENING_CLASSES.iter().find(|(_, stems)| stems.contains(&stem)).map(|(class, _)| *class)
}

/// A crude stem: lower case, one common suffix off, at most seven letters.
fn stem(word: &str) -> String {
    let lower = word.to_lowercase();
    let lower = lower.trim_end_matches(['\'', '’']).trim_end_matches("'s").trim_end_matches("’s");
    let mut s = lower;
    for suffix in ["ations", "ation", "ings", "ing", "ies", "ed", "es", "s", "e"] {
        // "cross" is not a plural: it stems as "crossings" does.
        if suffix == "s" && s.ends_with("ss") {
            break;
        }
        if let Some(rest) = s.strip_suffix(suffix) {
            if rest.chars().count() >= 3 {
                s = rest;
                break;
            }
        }
    }
    s.chars().take(7).collect()
}

/// Hash of a sentence's words, lower-cased: equal for verbatim repeats. `buffer` is reused
/// scratch space for the lower-cased words, hashed at once.
fn text_hash(text: &str, buffer: &mut String) -> u64 {
    use std::hash::Hasher;
    buffer.clear();
    for w in text.split_whitespace() {
        if w.is_ascii() {
            buffer.push_str(w);
        } else {
            buffer.extend(w.chars().flat_map(char::to_lowercase));
        }
        buffer.push(' ');
    }
    // Lower-casing outside ASCII never yields an ASCII capital: one pass does the rest.
    buffer.make_ascii_lowercase();
    let mut h = std::collections::hash_map::DefaultHasher::new();
    h.write(buffer.as_bytes());
    h.finish()
}

/// Sorted feature ids of a sentence's content-word stems and happening classes.
/// `dates` are the byte ranges of the sentence's date expressions, whose figures are not
/// features.
fn word_features(text: &str, dates: &[(usize, usize)], interner: &mut Interner) -> Vec<u32> {
    let mut features = Vec::new();
    let mut digits = String::new();
    for t in tokenize(text).iter().filter(|t| t.kind != TokenKind::Punct) {
        let word = t.text(text);
        if t.kind == TokenKind::Number {
            if dates.iter().any(|&(start, end)| start <= t.start && t.end <= end) {
                continue;
            }
            if let Some(key) = number_key(word, &mut digits) {
                features.push(interner.word(key));
            }
            continue;
        }
        if word.chars().count() < 3 || STOPWORDS.contains(&word.to_lowercase().as_str()) {
            continue;
        }
        let stem = stem(word);
        if let Some(class) = happening_class(&stem) {
            features.push(interner.class(class));
        }
        features.push(interner.word(&stem));
    }
    features.sort_unstable();
    features.dedup();
    features
}

/// The feature of a figure ("1,090" → "#1090", "6.8" → "#6.8"): the same figure in two
/// reports is strong evidence of one happening. Single digits are too common to count, and
/// years are the date's business, not the happening's.
fn number_key<'a>(number: &str, digits: &'a mut String) -> Option<&'a str> {
    digits.clear();
    digits.push('#');
    // "44-day" and "44" are the same figure; "28.5%" keeps its decimals.
    let figure = number.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',')).next().unwrap_or("");
    digits.extend(figure.trim_end_matches(['.', ',']).chars().filter(|&c| c != ','));
    let figure = &digits[1..];
    let year = figure.len() == 4 && figure.parse::<u16>().is_ok_and(|y| (1800..=2100).contains(&y));
    (figure.len() >= 2 && !year).then_some(digits.as_str())
}

/// A resolved date of an article that may become a candidate, with what it needs from the
/// article: read without the corpus-wide feature numbering, so on any core.
struct DatedSentence {
    mention: usize,
    sentence: usize,
    value: TimeValue,
    bounds: (Date, Date),
    granularity: Granularity,
    /// The sentence's entities, or with fewer than two also the previous sentence's.
    entities: Vec<EntityId>,
    /// Whether the sentence itself names no entity (what it has is borrowed).
    names_none: bool,
    text_hash: u64,
}

/// The article's dates of year granularity or finer, in text order, with their sentences'
/// entities and text hashes.
fn dated_sentences(doc: &Analysed, lookup: &EntityLookup) -> Vec<DatedSentence> {
    let raw = &doc.doc.raw;
    let mut buffer = String::new();
    // Mentions and sentences are both in text order: one walk assigns each to its sentence.
    let mut sentence_entities: Vec<Vec<EntityId>> = vec![Vec::new(); doc.doc.sentences.len()];
    let mut mentions: Vec<&crate::entities::Mention> = doc.mentions.iter().collect();
    mentions.sort_by_key(|m| m.span.start);
    let mut s = 0;
    for m in mentions {
        while s < doc.doc.sentences.len() && doc.doc.sentences[s].end <= m.span.start {
            s += 1;
        }
        let Some(sentence) = doc.doc.sentences.get(s) else { break };
        if m.span.start >= sentence.start && m.span.end <= sentence.end {
            sentence_entities[s].extend(lookup.get(&m.canonical, &mut buffer));
        }
    }
    for ids in &mut sentence_entities {
        ids.sort();
        ids.dedup();
    }
    let mut out = Vec::new();
    for (m, mention) in doc.doc.dates.iter().enumerate() {
        let Some(value) = mention.value.as_deref().and_then(TimeValue::parse_iso) else { continue };
        let (Some(bounds), Some(granularity)) = (value.bounds(), value.granularity()) else { continue };
        // A century, a decade ("since the 1990s") or a season is the background's time, too
        // coarse or vague for a point on the timeline; a span between years ("1910-45") is not.
        // A quarter that qualifies figures ("third-quarter results") says what they cover, not
        // when anything happened.
        if granularity == Granularity::Century
            || matches!(mention.rule.as_str(), "decade" | "season" | "quarter-attribute")
        {
            continue;
        }
        let Some(s) = doc.date_sentence[m] else { continue };
        let span = doc.doc.sentences[s];
        if in_dateline(&raw[span.start..mention.start], &raw[mention.end..span.end])
            || names_a_contract(&raw[mention.end..span.end])
            || is_baseline(&raw[span.start..mention.start], &mention.text)
            || names_a_security(&raw[span.start..mention.start], &mention.text, &raw[mention.end..span.end])
            || is_record_since(&raw[span.start..mention.start], &raw[mention.end..span.end])
        {
            continue;
        }
        let mut entities = sentence_entities[s].clone();
        let names_none = entities.is_empty();
        if entities.len() < 2 && s > 0 {
            entities.extend(&sentence_entities[s - 1]);
            entities.sort();
            entities.dedup();
        }
        let text_hash = text_hash(&raw[span.start..span.end], &mut buffer);
        out.push(DatedSentence {
            mention: m,
            sentence: s,
            value,
            bounds,
            granularity,
            entities,
            names_none,
            text_hash,
        });
    }
    out
}

/// Whether a date mention names a vague time rather than when something happened: a week not
/// gone by ("this week") or a weekend, a span, a part of a year, a holiday, a year counted
/// from the article's ("last year", "next year"; not "at the end of last year"), a time
/// counted back ("two years ago"), a time ahead ("next month", "by the end of the month",
/// "until Friday"), or the edge of a span ("since March", "between January and May").
fn is_vague_time(mention: &crate::model::DateMention, granularity: Granularity) -> bool {
    let text = mention.text.to_lowercase();
    let words: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let ahead = words.iter().any(|w| matches!(*w, "next" | "coming" | "until"))
        || text.contains("later this")
        || text.contains("by the end");
    let edge = matches!(words.first(), Some(&("since" | "until" | "by" | "between" | "from")));
    // "Last week" tells what happened in a week gone by; "this week" and "next week" do not.
    let past = words.iter().any(|w| matches!(*w, "last" | "earlier" | "previous" | "ago"));
    // "Christmas Day 2024": a holiday of a printed year is a day.
    let dated_holiday = mention.rule == "holiday" && text.ends_with(|c: char| c.is_ascii_digit());
    granularity == Granularity::Week && !past
        || mention.value.as_deref().is_some_and(|v| v.contains('/'))
        || mention.rule == "relative-year" && granularity == Granularity::Year
        || matches!(mention.rule.as_str(), "part-of-year" | "weekend" | "holiday" | "ago") && !dated_holiday
        || ahead
        || edge
}

/// Whether a date is a figure's baseline ("stood at 78.4 ft, against 83.1 ft a year earlier",
/// "down from 119 percent last year", "compared with 86 by this point last year"): a
/// comparison word and a figure come before a date a year back, which says when the figure
/// was measured, not that anything happened. `before` is the sentence before the date.
fn is_baseline(before: &str, date: &str) -> bool {
    const COMPARISONS: [&str; 6] = ["against ", "compared with ", "compared to ", "versus ", "vs. ", "from "];
    const YEAR_BACK: [&str; 7] = [
        "year earlier",
        "year ago",
        "year before",
        "previous year",
        "prior year",
        "last year",
        "same period",
    ];
    // The date first: most are no year back, and it is short.
    let date = date.to_lowercase();
    if !YEAR_BACK.iter().any(|w| date.contains(w)) {
        return false;
    }
    let clause = before.rsplit([',', ';']).next().unwrap_or(before).to_lowercase();
    let Some(after) = COMPARISONS.iter().filter_map(|w| clause.rfind(w).map(|i| i + w.len())).max() else {
        return false;
    };
    let between = &clause[after..];
    between.len() <= 60 && between.contains(|c: char| c.is_ascii_digit())
}

/// Whether a year names a bond by when it falls due ("the 2032 Eurobond", "notes due 2047",
/// "a single bond maturing in 2046"): a security's name, not a happening of that year. A day
/// ("payments due on Dec. 15") is a happening. `before` and `after` are the sentence's text on
/// either side of the date.
fn names_a_security(before: &str, date: &str, after: &str) -> bool {
    if !(date.len() == 4 && date.bytes().all(|b| b.is_ascii_digit())) {
        return false;
    }
    const SECURITIES: [&str; 9] =
        ["bond", "bonds", "eurobond", "eurobonds", "note", "notes", "sukuk", "bills", "tranche"];
    let next = after.trim_start().split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    let previous: Vec<&str> = before.split_whitespace().rev().take(2).collect();
    let falls_due = matches!(previous.first(), Some(&"due"))
        || matches!(previous.as_slice(), ["in", "maturing" | "matures"]);
    SECURITIES.iter().any(|w| next.eq_ignore_ascii_case(w))
        || falls_due && {
            let lower = before.to_lowercase();
            SECURITIES.iter().any(|w| lower.contains(w))
        }
}

/// Whether a date is the mark a record is measured from ("the smallest surplus since 2020",
/// "their strongest daily gain since 2030"): the comparison happened when the sentence says, not
/// then. Not when the sentence goes on to say what happened then ("the largest since November
/// 2024, when an eruption killed nine"), nor "the first … since", which says the same thing
/// happened then. `before` and `after` are the sentence's text on either side of the date.
fn is_record_since(before: &str, after: &str) -> bool {
    const RECORDS: [&str; 15] = [
        "highest",
        "lowest",
        "biggest",
        "smallest",
        "strongest",
        "weakest",
        "largest",
        "worst",
        "best",
        "most",
        "least",
        "steepest",
        "sharpest",
        "fastest",
        "slowest",
    ];
    let told = after.trim_start().trim_start_matches(',').trim_start();
    if told.starts_with("when ") || told.starts_with("after ") {
        return false;
    }
    let lower = before.to_lowercase();
    let Some(clause) = lower.trim_end().strip_suffix("since") else { return false };
    clause
        .split_whitespace()
        .rev()
        .take(8)
        .any(|w| RECORDS.contains(&w.trim_matches(|c: char| !c.is_alphabetic())))
}

/// Whether a month names a traded contract ("rose 6.8% for July delivery"): the sentence
/// says what happened when it was written, not in July. `after` is the sentence after it.
fn names_a_contract(after: &str) -> bool {
    let next = after.trim_start().split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    crate::dates::CONTRACT_WORDS.iter().any(|w| next.eq_ignore_ascii_case(w))
}

/// Whether a date sits in a dateline ("MILAN, March 4 (Reuters) - A train derailed ..."): it
/// says when the report was filed, not when anything happened. `before` and `after` are the
/// sentence's text on either side of it.
fn in_dateline(before: &str, after: &str) -> bool {
    let Some(place) = before.trim_end().strip_suffix(',') else { return false };
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    let in_capitals = letters >= 3 && !place.chars().any(char::is_lowercase);
    let after = after.trim_start();
    let after = match after.strip_prefix('(') {
        Some(credit) => credit.split_once(')').map_or("", |(_, rest)| rest.trim_start()),
        None => after,
    };
    in_capitals && ["-", "–", "—"].iter().any(|dash| after.starts_with(dash))
}

fn collect_candidates(
    d: usize,
    doc: &Analysed,
    dated: Vec<DatedSentence>,
    outlet: &[bool],
    interner: &mut Interner,
    words_seen: &mut FastMap<u64, Vec<u32>>,
    out: &mut Vec<Candidate>,
) {
    let raw = &doc.doc.raw;
    let mut by_sentence: FastMap<usize, Vec<Candidate>> = FastMap::default();
    for DatedSentence {
        mention: m,
        sentence: s,
        value,
        bounds,
        granularity,
        entities,
        names_none,
        text_hash,
    } in dated
    {
        let entity_features: Vec<u32> = entities
            .iter()
            .filter(|e| !outlet.get(e.0 as usize).copied().unwrap_or(false))
            .map(|&e| interner.entity(e))
            .collect();
        let span = doc.doc.sentences[s];
        let text = &raw[span.start..span.end];
        let word_features = words_seen
            .entry(text_hash)
            .or_insert_with(|| {
                // Dates are in text order: the sentence's are one run of them.
                let first = doc.date_sentence.partition_point(|&ds| ds < Some(s));
                let last = doc.date_sentence.partition_point(|&ds| ds <= Some(s));
                let dates: Vec<(usize, usize)> = doc.doc.dates[first..last]
                    .iter()
                    .map(|m| (m.start - span.start, m.end - span.start))
                    .collect();
                word_features(text, &dates, interner)
            })
            .clone();
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
                entity_features,
                word_features,
                text_hash,
                entities,
                names_none,
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

/// IDF-weighted overlap of candidates' features: names every sentence shares weigh nothing.
struct Similarity {
    df: Vec<u32>,
    weight: Vec<f64>,
    /// The weight of a feature only two sentences share.
    rare_weight: f64,
}

impl Similarity {
    fn new(candidates: &[Candidate], n_features: usize) -> Self {
        // Counted over sentences, not candidates: a sentence with three dates gives three
        // candidates, and its words are no commoner for that. Its candidates are consecutive.
        let mut df = vec![0u32; n_features];
        let mut sentences = 0usize;
        let mut previous = None;
        for c in candidates {
            if previous == Some((c.doc, c.sentence)) {
                continue;
            }
            previous = Some((c.doc, c.sentence));
            sentences += 1;
            for &f in c.entity_features.iter().chain(&c.word_features) {
                df[f as usize] += 1;
            }
        }
        let n = sentences.max(1) as f64;
        let weight = df.iter().map(|&d| (n / f64::from(d.max(1))).ln().max(0.0)).collect();
        Similarity { df, weight, rare_weight: (n / 2.0).ln().max(0.0) }
    }

    /// The summed weight of the features `a` and `b` (both sorted) have in common.
    fn common_weight(&self, a: &[u32], b: &[u32]) -> f64 {
        let (mut i, mut j, mut shared) = (0, 0, 0.0);
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    shared += self.weight[a[i] as usize];
                    i += 1;
                    j += 1;
                }
            }
        }
        shared
    }

    fn total(&self, v: &[u32]) -> f64 {
        v.iter().map(|&f| self.weight[f as usize]).sum()
    }

    /// Shared weight over the smaller side's weight (an overlap coefficient), 0 when empty.
    /// The denominator is at least one rare feature's weight: two reports that each name only
    /// "Panama", the story's country, do not overlap fully for that.
    fn overlap(&self, shared: f64, total_a: f64, total_b: f64) -> f64 {
        let denominator = total_a.min(total_b).max(self.rare_weight);
        if denominator > 0.0 {
            shared / denominator
        } else {
            0.0
        }
    }

    /// The candidate's features that some other candidate also has, with weight above zero.
    fn shared<'a>(&'a self, c: &'a Candidate) -> impl Iterator<Item = u32> + 'a {
        c.entity_features
            .iter()
            .chain(&c.word_features)
            .copied()
            .filter(|&f| self.df[f as usize] >= 2 && self.weight[f as usize] > 0.0)
    }

    /// The `n` rarest of [`Similarity::shared`]: the features worth looking events up by.
    fn rarest_shared(&self, c: &Candidate, n: usize) -> Vec<u32> {
        let mut features: Vec<u32> = self.shared(c).collect();
        features.sort_by(|a, b| self.weight[*b as usize].total_cmp(&self.weight[*a as usize]).then(a.cmp(b)));
        features.truncate(n);
        features
    }

    /// Entities and words count half each: shared actors and places, and shared wording.
    /// Two reports of the very same date may also match on all their features taken together
    /// (at `POOLED_WEIGHT`): one names "Panama", the other "the Panama Canal", and neither
    /// shares an entity with the other, yet the figures and the verbs agree.
    fn score(&self, a: Features, b: Features) -> f64 {
        let (entities, words) =
            (self.common_weight(a.entities, b.entities), self.common_weight(a.words, b.words));
        let (a_entities, a_words) = (self.total(a.entities), self.total(a.words));
        let (b_entities, b_words) = (self.total(b.entities), self.total(b.words));
        // A report that names no entity itself says nothing about the actors: its wording decides,
        // when both say enough ("Nobody came on Sunday" does not).
        let wordy = a.words.len().min(b.words.len()) >= MIN_WORDS_ALONE;
        let unnamed = |f: &Features, total: f64| f.names_none || total == 0.0;
        let word_overlap = self.overlap(words, a_words, b_words);
        let mut split = 0.5 * self.overlap(entities, a_entities, b_entities) + 0.5 * word_overlap;
        if wordy && (unnamed(&a, a_entities) || unnamed(&b, b_entities)) {
            split = split.max(word_overlap);
        }
        if a.value != b.value {
            return split;
        }
        // Entity and word features are numbered apart, so the pooled overlap is the sums'.
        let pooled = self.overlap(entities + words, a_entities + a_words, b_entities + b_words);
        split.max(POOLED_WEIGHT * pooled)
    }
}

/// What a similarity is computed from: one report's features, or an event's pooled ones.
#[derive(Clone, Copy)]
struct Features<'a> {
    entities: &'a [u32],
    words: &'a [u32],
    names_none: bool,
    value: &'a TimeValue,
}

impl Candidate {
    fn features(&self) -> Features<'_> {
        Features {
            entities: &self.entity_features,
            words: &self.word_features,
            names_none: self.names_none,
            value: &self.value,
        }
    }
}

/// Groups candidate indices into events.
fn merge(candidates: &[Candidate], n_features: usize) -> Vec<Vec<usize>> {
    let similarity = Similarity::new(candidates, n_features);
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(candidates[i].granularity), candidates[i].bounds.0, i));
    let mut clusters: Vec<Cluster> = Vec::new();
    // Which events, by starting year, hold a feature: the only ones a candidate can match.
    let mut postings: FastMap<(i16, u32), Vec<usize>> = FastMap::default();
    let mut exact: FastMap<(TimeValue, u64), usize> = FastMap::default();
    for &i in &order {
        let c = &candidates[i];
        let year = c.bounds.0.year();
        let key = (c.value.clone(), c.text_hash);
        let lookup = similarity.rarest_shared(c, LOOKUP_FEATURES);
        let target = exact.get(&key).copied().or_else(|| {
            let mut nearby: Vec<usize> = lookup
                .iter()
                .filter_map(|f| postings.get(&(year, *f)))
                .flat_map(|list| list.iter().rev().take(MAX_POSTINGS).copied())
                .collect();
            nearby.sort_unstable();
            nearby.dedup();
            let mut best: Option<(f64, usize)> = None;
            for k in nearby {
                let cluster = &clusters[k];
                let finest = &candidates[cluster.finest];
                if !c.value.compatible(&finest.value) || cluster.conflicts_with(c) {
                    continue;
                }
                let Some(threshold) = merge_threshold(c, finest) else { continue };
                let pairwise = cluster
                    .representatives
                    .iter()
                    .map(|&m| similarity.score(c.features(), candidates[m].features()))
                    .fold(0.0, f64::max);
                let score = if cluster.sentences.len() > 1 && c.value == finest.value {
                    let pooled = Features {
                        entities: &cluster.entity_union,
                        words: &cluster.word_union,
                        names_none: false,
                        value: &finest.value,
                    };
                    pairwise.max(similarity.score(c.features(), pooled))
                } else {
                    pairwise
                };
                if score >= threshold && best.is_none_or(|(s, _)| score > s) {
                    best = Some((score, k));
                }
            }
            best.map(|(_, k)| k)
        });
        let k = match target {
            Some(k) => {
                clusters[k].add(i, candidates);
                k
            }
            None => {
                clusters.push(Cluster::new(i, c));
                clusters.len() - 1
            }
        };
        for f in similarity.shared(c) {
            let list = postings.entry((year, f)).or_default();
            if list.last() != Some(&k) {
                list.push(k);
            }
        }
        exact.entry(key).or_insert(k);
    }
    clusters.into_iter().map(|c| c.members).collect()
}

/// How many of a candidate's rarest features are used to find events it may join, and how
/// many of the latest events holding each are looked at: this bounds the work per candidate,
/// keeping merging near-linear however many reports share a date.
const LOOKUP_FEATURES: usize = 16;
const MAX_POSTINGS: usize = 256;

/// Distinct reports compared when a candidate looks for its event; verbatim repeats beyond
/// these add sources but no comparisons.
const MAX_REPRESENTATIVES: usize = 32;

/// An event being built: its candidates, its finest one, and what joining it must respect.
struct Cluster {
    members: Vec<usize>,
    finest: usize,
    representatives: Vec<usize>,
    /// (document, sentence) of each member, and each document's date for this event.
    sentences: FastSet<(usize, usize)>,
    doc_values: FastMap<usize, TimeValue>,
    /// Every member's entity and word features, sorted and deduplicated.
    entity_union: Vec<u32>,
    word_union: Vec<u32>,
}

impl Cluster {
    fn new(i: usize, c: &Candidate) -> Self {
        Cluster {
            members: vec![i],
            finest: i,
            representatives: vec![i],
            sentences: [(c.doc, c.sentence)].into_iter().collect(),
            doc_values: [(c.doc, c.value.clone())].into_iter().collect(),
            entity_union: c.entity_features.clone(),
            word_union: c.word_features.clone(),
        }
    }

    fn add(&mut self, i: usize, candidates: &[Candidate]) {
        let c = &candidates[i];
        self.members.push(i);
        if c.granularity > candidates[self.finest].granularity {
            self.finest = i;
        }
        let repeat = self.representatives.iter().any(|&r| candidates[r].text_hash == c.text_hash);
        if !repeat && self.representatives.len() < MAX_REPRESENTATIVES {
            self.representatives.push(i);
        }
        self.sentences.insert((c.doc, c.sentence));
        if !repeat && self.word_union.len() < MAX_POOLED {
            union_into(&mut self.entity_union, &c.entity_features);
            union_into(&mut self.word_union, &c.word_features);
        }
        self.doc_values.entry(c.doc).or_insert_with(|| c.value.clone());
    }

    /// Two dates of one sentence are never one event, nor two different dates of one article.
    fn conflicts_with(&self, c: &Candidate) -> bool {
        self.sentences.contains(&(c.doc, c.sentence))
            || self.doc_values.get(&c.doc).is_some_and(|v| *v != c.value)
    }
}

/// Features beyond which an event's pool stops growing: a thousand copies of one article add
/// nothing, and a pool of every word in the story would overlap everything.
const MAX_POOLED: usize = 256;

/// Adds `more` (sorted) to `pool` (sorted), keeping it sorted and deduplicated.
fn union_into(pool: &mut Vec<u32>, more: &[u32]) {
    pool.extend_from_slice(more);
    pool.sort_unstable();
    pool.dedup();
}

/// The similarity a candidate needs to join an event whose finest date is `finest`'s: low for
/// the very same day, higher the further apart the two granularities are; a span joins only
/// the same span.
fn merge_threshold(c: &Candidate, finest: &Candidate) -> Option<f64> {
    if c.value == finest.value {
        return Some(if c.granularity == Granularity::Day {
            SAME_DAY_THRESHOLD
        } else {
            SAME_VALUE_THRESHOLD
        });
    }
    if matches!(c.value, TimeValue::Span(..)) || matches!(finest.value, TimeValue::Span(..)) {
        return None;
    }
    let days = |c: &Candidate| (c.bounds.1 - c.bounds.0).get_days().abs() as f64 + 1.0;
    let ratio = days(c).max(days(finest)) / days(c).min(days(finest));
    Some(MERGE_THRESHOLD + GRANULARITY_STEP * ratio.ln())
}

fn to_event(members: &[usize], candidates: &[Candidate], docs: &[Analysed], entities: &[Entity]) -> Event {
    let finest = members
        .iter()
        .copied()
        .max_by_key(|&m| (candidates[m].granularity, std::cmp::Reverse(m)))
        .unwrap_or(members[0]);
    let mut counts: FastMap<EntityId, usize> = FastMap::default();
    for &m in members {
        for &e in &candidates[m].entities {
            *counts.entry(e).or_default() += 1;
        }
    }
    let mut ranked: Vec<(EntityId, usize)> = counts.into_iter().collect();
    ranked.sort_by_key(|&(e, n)| (std::cmp::Reverse(n), e));
    // Sorted and deduplicated before the sentences are copied out: repeats cost nothing.
    let mut kept: Vec<(crate::model::DocId, usize, usize)> = members
        .iter()
        .map(|&m| {
            let c = &candidates[m];
            let doc = &docs[c.doc].doc;
            (doc.id, doc.sentences[c.sentence].start, m)
        })
        .collect();
    kept.sort_by_key(|&(doc, start, _)| (doc, start));
    kept.dedup_by_key(|&mut (doc, start, _)| (doc, start));
    let sources: Vec<Source> = kept
        .into_iter()
        .map(|(_, _, m)| {
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
    fn every_stopword_is_listed_once() {
        let mut words = STOPWORDS.to_vec();
        words.sort_unstable();
        words.dedup();
        assert_eq!(words.len(), STOPWORDS.len());
    }

    #[test]
    fn words_of_one_happening_share_a_class() {
        let class = |w: &str| happening_class(&stem(w));
        for w in [
            "talks",
            "round",
            "negotiations",
            "meeting",
            "met",
            "consultations",
            "dialogue",
            "summit",
            "conference",
            "discussed",
        ] {
            assert_eq!(class(w), Some("meeting"), "{w}");
        }
        for w in ["ruling", "ruled", "verdict", "court"] {
            assert_eq!(class(w), Some("ruling"), "{w}");
        }
        for w in ["restrictions", "regulations", "curbs", "controls", "sanctions", "tariffs", "tightened"] {
            assert_eq!(class(w), Some("restriction"), "{w}");
        }
        for (w, c) in [
            ("agreement", "agreement"),
            ("visited", "visit"),
            ("elections", "vote"),
            ("protests", "protest"),
            ("attacked", "attack"),
            ("telephone", "call"),
        ] {
            assert_eq!(class(w), Some(c), "{w}");
        }
        for w in ["earthquake", "quake", "tremors", "aftershocks"] {
            assert_eq!(class(w), Some("quake"), "{w}");
        }
        for w in ["vaccine", "vaccinating", "vaccination", "vaccinated", "doses", "jab"] {
            assert_eq!(class(w), Some("vaccination"), "{w}");
        }
        for w in ["merger", "merged", "takeover", "acquisition", "acquire"] {
            assert_eq!(class(w), Some("merger"), "{w}");
        }
        for w in
            ["storm", "hurricane", "typhoon", "floods", "flooding", "wildfire", "killed", "deaths", "injured"]
        {
            assert!(class(w).is_some(), "{w}");
        }
        for (words, c) in [
            (&["erupted", "eruption", "volcano", "exploded"][..], "eruption"),
            (&["founded", "founding", "established"][..], "founding"),
            (&["recalled", "replacement", "replaced", "refunds"][..], "recall"),
            (&["levy", "levies", "fees", "taxes", "duties"][..], "levy"),
            (&["cancelled", "cancellation", "suspended", "grounded"][..], "cancellation"),
            (&["reopened", "resumed", "resumption"][..], "reopening"),
            (&["collapsed", "collapse", "burst", "landslide"][..], "collapse"),
            (&["arrested", "detained", "detention"][..], "arrest"),
            (&["resigned", "resignation", "quits"][..], "resignation"),
            (&["appointed", "nominated", "nomination", "inauguration"][..], "appointment"),
            (&["approved", "approval"][..], "approval"),
            (&["launched", "unveiled", "launch"][..], "launch"),
            (&["crashed", "collided", "collision", "derailed"][..], "crash"),
            (&["outbreak", "infections", "pandemic"][..], "outbreak"),
            (&["hacked", "hackers", "breach", "cyberattack", "malware"][..], "cyberattack"),
            (&["fined", "fine", "penalty", "penalties"][..], "penalty"),
            (&["sued", "lawsuit"][..], "lawsuit"),
            (&["charged", "indicted", "prosecution"][..], "charge"),
            (&["convicted", "acquitted", "guilty", "sentenced"][..], "ruling"),
            (&["appealed", "appeal"][..], "appeal"),
            (&["evacuated", "evacuation", "evacuees"][..], "evacuation"),
            (&["rescued", "rescuers"][..], "rescue"),
        ] {
            for w in words {
                assert_eq!(class(w), Some(c), "{w}");
            }
        }
        assert_eq!(class("semiconductors"), None);
    }

    #[test]
    fn a_datelines_date_is_not_a_happening() {
        assert!(in_dateline("MILAN, ", " (Reuters) - A regional train derailed on Monday night."));
        assert!(in_dateline("WASHINGTON, ", " — The Senate voted."));
        assert!(!in_dateline("The train derailed on ", " near Brescia."));
        assert!(!in_dateline("In Milan, ", " - a date the court set - was kept."));
    }

    #[test]
    fn a_figures_baseline_and_a_traded_month_are_no_happenings() {
        assert!(is_baseline("Gatun Lake stood at 78.4 ft on Tuesday, against 83.1 ft ", "a year earlier"));
        assert!(is_baseline("Inflation eased to 9% from a peak of 16% ", "last year"));
        assert!(!is_baseline("More than 30 countries reported outbreaks ", "last year"));
        assert!(!is_baseline("The ban, imposed from 1 May, was lifted ", "a year earlier"));
        assert!(names_a_contract(" delivery rose 6.8% on Thursday."));
        assert!(!names_a_contract(", exports rose."));
    }

    #[test]
    fn figures_are_features_but_not_single_digits_or_years() {
        let mut digits = String::new();
        assert_eq!(number_key("1,090", &mut digits), Some("#1090"));
        assert_eq!(number_key("6.8", &mut digits), Some("#6.8"));
        assert_eq!(number_key("24.", &mut digits), Some("#24"));
        assert_eq!(number_key("3", &mut digits), None);
        assert_eq!(number_key("2024", &mut digits), None);
        assert_eq!(number_key("5000", &mut digits), Some("#5000"));
        assert_eq!(number_key("44-day", &mut digits), Some("#44"));
    }

    #[test]
    fn stems_join_inflections() {
        assert_eq!(stem("rulings"), stem("ruled"));
        assert_eq!(stem("compensate"), stem("compensations"));
        assert_eq!(stem("victims"), stem("victim"));
        assert_eq!(stem("cross"), stem("crossings"));
        assert_eq!(stem("crosses"), stem("cross"));
    }
}
