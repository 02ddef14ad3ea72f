//! Date expressions: recognition and resolution, with provenance.
//!
//! Approach: one sentence is tokenized once ([`crate::tokens`]) and every word classified once
//! ([`lexicon`]); then a left-to-right scan asks four recognisers what starts at each token and
//! keeps the longest match, so "Dec. 16 last year" wins over "Dec. 16" and "last year":
//! - [`absolute`]: "October 11", "11th July 2019", "2019-07-11", "29/10/2019", years, spans
//!   ("1910-45", "between 2019 and 2024"), centuries and decades;
//! - [`relative`]: weekdays, "last week", "later this month", "In July", "July last year",
//!   "the end of last year", "yesterday", "two days ago", "the weekend", against the
//!   publication date;
//! - [`anaphora`]: "the following day", "that year", "at the time", against the last date the
//!   article mentioned (`DateContext::previous`, kept up to date here);
//! - [`duration`]: "three months", "more than a year", resolved to `P…` and never placed.
//!
//! Values keep the granularity the text supports and the anchor has ([`calendar`]): with only
//! a publication month, "on Friday" has no value but a note saying why. The future tense
//! ([`tense`]) turns "on Friday" and "in July" forward.
//!
//! Limits: English only; a handful of hand-written patterns, not a grammar. Seasons, quarters
//! without a year, holidays and clock times are not recognised. Nothing allocates per token.

mod absolute;
mod anaphora;
mod calendar;
mod duration;
mod lexicon;
mod relative;
pub(crate) use relative::CONTRACT_WORDS;
mod scan;
mod tense;

use crate::timevalue::TimeValue;
use crate::tokens::{tokenize, Token, TokenKind};
use calendar::{Anchor, Note};
use lexicon::Lex;
use scan::Scan;

/// What relative expressions in one article are resolved against.
#[derive(Debug, Clone, Default)]
pub struct DateContext {
    /// The article's publication date (a day, or a month when only that is known).
    pub published: Option<TimeValue>,
    /// The last point in time the article mentioned, for "the following day", "at the time".
    /// [`find_dates`] updates it.
    pub previous: Option<TimeValue>,
    /// The latest day printed with its weekday ("Tuesday, September 15"), which anchors "on
    /// Wednesday" and "last week" in an article dated only to its month. [`find_dates`]
    /// updates it.
    pub pinned: Option<jiff::civil::Date>,
}

/// A date expression found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundDate {
    /// Byte range in the text given to [`find_dates`].
    pub start: usize,
    pub end: usize,
    /// The resolved value; `None` when it cannot be resolved (see `note`).
    pub value: Option<TimeValue>,
    /// The recognising rule: "weekday", "month-day", "day-month", "month-year", "month-name",
    /// "iso", "numeric", "year", "span", "century", "decade", "holiday", "relative-day", "relative-week",
    /// "relative-month", "relative-year", "part-of-year", "quarter-attribute" ("third-quarter
    /// results"), "weekend", "ago", "anaphora", "anaphora-time"
    /// ("at the time", which gold annotations often leave out) or "duration".
    pub rule: &'static str,
    /// What it was resolved against, for the UI: "article published 2019-11-20" or
    /// "previous date 2020-03-05".
    pub anchor: Option<String>,
    /// Why the value is missing or uncertain.
    pub note: Option<String>,
    /// For a day or month printed without a year ("Nov. 19"), so the publication date of an
    /// undated article can be inferred from the rest of the corpus.
    pub yearless: Option<Yearless>,
}

/// A day or month printed without its year: "Nov. 19", "Tuesday, January 13", "in July".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Yearless {
    pub month: i8,
    pub day: Option<i8>,
    /// The weekday printed with the day, which only some years agree with.
    pub weekday: Option<jiff::civil::Weekday>,
    /// Said of what is to come ("will meet on June 5"): no clue to when the page was written.
    pub future: bool,
    /// Named as the next such weekday ("from next Monday, March 1"): after the writing even
    /// though its weekday is printed.
    pub next: bool,
}

/// What a match was resolved against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Basis {
    /// The text alone ("3 September 2019").
    Text,
    Published,
    Previous,
    /// The latest day printed with its weekday ([`DateContext::pinned`]).
    Pinned,
}

/// A recogniser's match: tokens `first..last` and what they mean.
#[derive(Debug)]
struct Hit {
    first: usize,
    last: usize,
    value: Option<TimeValue>,
    rule: &'static str,
    basis: Basis,
    note: Option<Note>,
    yearless: Option<Yearless>,
}

impl Hit {
    fn new(
        first: usize,
        last: usize,
        rule: &'static str,
        basis: Basis,
        value: Result<TimeValue, Note>,
    ) -> Hit {
        let (value, note) = match value {
            Ok(v) => (Some(v), None),
            Err(n) => (None, Some(n)),
        };
        Hit { first, last, value, rule, basis, note, yearless: None }
    }

    fn yearless(mut self, month: i8, day: Option<i8>) -> Hit {
        self.yearless = Some(Yearless { month, day, weekday: None, future: false, next: false });
        self
    }
}

/// What the recognisers resolve against while scanning one sentence.
struct Cx {
    published: Anchor,
    previous: Option<TimeValue>,
    /// The last day this sentence named, for "from Wednesday until Friday".
    sentence_day: Option<jiff::civil::Date>,
    /// The year this sentence set with "in 2025", for its yearless months ("in 2025, when
    /// ash closed airports in June and July").
    sentence_year: Option<i16>,
    /// The token after that "in 2025", and whether it opened the sentence ("In 2023, …"),
    /// where it holds for every clause.
    sentence_year_end: usize,
    sentence_year_fronted: bool,
    /// See [`DateContext::pinned`].
    pinned: Option<jiff::civil::Date>,
}

impl Cx {
    /// The day a week or a weekday is counted from when the article is dated only to its
    /// month or year: the latest day printed with its weekday.
    fn pinned_day(&self) -> Option<jiff::civil::Date> {
        self.pinned.filter(|_| matches!(self.published, Anchor::Month(..) | Anchor::Year(_)))
    }
}

type Recogniser = fn(&Scan, usize, &Cx) -> Option<Hit>;

/// Finds and resolves every date expression in `text` (one sentence or a line), in text
/// order, and sets `ctx.previous` to the last point in time mentioned.
///
/// # Example
/// ```
/// use newsline_extract::dates::{find_dates, DateContext};
/// use newsline_extract::TimeValue;
///
/// let mut ctx = DateContext { published: TimeValue::parse_iso("2019-11-20"), previous: None, pinned: None };
/// let found = find_dates("The talks were held in Geneva on Tuesday.", &mut ctx);
/// assert_eq!(found[0].value, TimeValue::parse_iso("2019-11-19"));
/// assert_eq!(found[0].anchor.as_deref(), Some("article published 2019-11-20"));
/// ```
pub fn find_dates(text: &str, ctx: &mut DateContext) -> Vec<FoundDate> {
    find_dates_tokenized(text, &tokenize(text), ctx)
}

/// [`find_dates`] for a text already cut into `tokens` by [`tokenize`].
pub(crate) fn find_dates_tokenized(text: &str, tokens: &[Token], ctx: &mut DateContext) -> Vec<FoundDate> {
    const RECOGNISERS: [Recogniser; 4] = [absolute::at, relative::at, anaphora::at, duration::at];
    let s = Scan::new(text, tokens);
    let mut cx = Cx {
        published: Anchor::new(ctx.published.as_ref()),
        previous: ctx.previous.clone(),
        sentence_day: None,
        sentence_year: None,
        sentence_year_end: 0,
        sentence_year_fronted: false,
        pinned: ctx.pinned,
    };
    let mut found = Vec::new();
    let (mut i, mut floor) = (0, 0);
    while i < s.len() {
        if !may_start(&s, i) {
            i += 1;
            continue;
        }
        let mut best: Option<Hit> = None;
        for recognise in RECOGNISERS {
            if let Some(hit) = recognise(&s, i, &cx) {
                if best.as_ref().is_none_or(|b| hit.last > b.last) {
                    best = Some(hit);
                }
            }
        }
        let Some(mut hit) = best else {
            i += 1;
            continue;
        };
        hit.first = hit.first.max(floor);
        found.push(describe(&s, &hit, ctx.published.as_ref(), &cx));
        if let Some(v) = &hit.value {
            if matches!(
                v,
                TimeValue::Day(_) | TimeValue::Week(..) | TimeValue::Month(..) | TimeValue::Year(_)
            ) {
                cx.previous = Some(v.clone());
            }
            if let (TimeValue::Day(d), Some(Yearless { weekday: Some(_), .. })) = (v, hit.yearless) {
                cx.pinned = cx.pinned.max(Some(*d));
            }
            match v {
                TimeValue::Day(d) => cx.sentence_day = Some(*d),
                // "in 2019", "the spring of 2019".
                TimeValue::Year(y)
                    if s.is(hit.first.wrapping_sub(1), lexicon::Key::In)
                        || s.is(hit.first.wrapping_sub(1), lexicon::Key::Of) =>
                {
                    cx.sentence_year = Some(*y);
                    cx.sentence_year_end = hit.last;
                    cx.sentence_year_fronted = hit.first <= 1;
                }
                _ => {}
            }
        }
        floor = hit.last.max(i + 1);
        i = floor;
    }
    ctx.previous = cx.previous;
    ctx.pinned = cx.pinned;
    found
}

/// Whether the words at bytes `start..end` of `text` (cut into `tokens`) are said of the
/// future ("the law will take effect 30 days after …"), read as a date expression's tense is
/// ([`tense::is_future`]).
pub(crate) fn said_of_the_future(text: &str, tokens: &[Token], start: usize, end: usize) -> bool {
    let first = tokens.partition_point(|t| t.end <= start);
    let last = tokens.partition_point(|t| t.start < end);
    first < last && tense::is_future(&Scan::new(text, tokens), first, last)
}

/// Whether `word` is a month name or its abbreviation ("July", "sept"), in any case.
pub(crate) fn is_month_name(word: &str) -> bool {
    lexicon::is_month(word)
}

/// Whether `word` is a month or weekday name or abbreviation ("Tue", "Sept"), in any case.
pub(crate) fn is_calendar_name(word: &str) -> bool {
    lexicon::is_calendar_name(word)
}

/// First words of the holidays [`absolute`] reads, as printed.
const HOLIDAY_FIRST_WORDS: &[&str] = &[
    "New",
    "Christmas",
    "Boxing",
    "Easter",
    "Good",
    "Holy",
    "Maundy",
    "Palm",
    "Ascension",
    "Whit",
    "Whitsunday",
    "Pentecost",
];

/// Whether any recogniser can match from token `i`: a number, a date word, a keyword that can
/// open an expression, or a hyphenated word ("mid-July", "60-day").
fn may_start(s: &Scan, i: usize) -> bool {
    match s.kind(i) {
        Some(TokenKind::Number) => true,
        Some(TokenKind::Word) => match s.lex(i) {
            // A byte loop: a word is too short for `str::contains`' search to pay off.
            // "mid-July", "60-day"; "Apr.19.2038".
            Lex::Other => {
                let w = s.word(i);
                w.bytes().any(|b| b == b'-')
                    || w.ends_with(|c: char| c.is_ascii_digit())
                    // A holiday's first word ("New Year's Eve", "Christmas", "Boxing Day").
                    || w.starts_with(|c: char| c.is_ascii_uppercase()) && HOLIDAY_FIRST_WORDS.contains(&w)
            }
            Lex::Key(k) => k.starts(),
            Lex::Unit(..) => false,
            Lex::Month(..) | Lex::Weekday(..) | Lex::Number(_) => true,
        },
        _ => false,
    }
}

fn describe(s: &Scan, hit: &Hit, published: Option<&TimeValue>, cx: &Cx) -> FoundDate {
    let anchor = match hit.basis {
        Basis::Text => None,
        Basis::Published => published.map(|p| format!("article published {p}")),
        Basis::Previous => cx.previous.as_ref().map(|p| format!("previous date {p}")),
        Basis::Pinned => cx.pinned.map(|p| format!("{p} printed with its weekday")),
    };
    FoundDate {
        start: s.start(hit.first),
        end: s.end(hit.last - 1),
        value: hit.value.clone(),
        rule: hit.rule,
        anchor,
        note: hit.note.map(str::to_string),
        yearless: hit.yearless,
    }
}

#[cfg(test)]
mod tests;
