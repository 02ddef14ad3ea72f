//! Date expressions: recognition and resolution (placeholder until implemented).

use crate::timevalue::TimeValue;

/// What relative expressions in one article are resolved against.
#[derive(Debug, Clone, Default)]
pub struct DateContext {
    /// The article's publication date (a day, or a month when only that is known).
    pub published: Option<TimeValue>,
    /// The last point in time the article mentioned, for "the following day", "at the time".
    pub previous: Option<TimeValue>,
}

/// A date expression found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundDate {
    /// Byte range in the text given to [`find_dates`].
    pub start: usize,
    pub end: usize,
    /// The resolved value; `None` when it cannot be resolved (see `note`).
    pub value: Option<TimeValue>,
    /// The recognising rule, e.g. "weekday".
    pub rule: &'static str,
    /// What it was resolved against, for the UI.
    pub anchor: Option<String>,
    /// Why the value is missing or uncertain.
    pub note: Option<String>,
    /// For a day or month printed without a year ("Nov. 19"): month and optional day, so the
    /// publication date of an undated article can be inferred from the rest of the corpus.
    pub yearless: Option<(i8, Option<i8>)>,
}

/// Finds and resolves every date expression in `text` (one sentence or a line).
pub fn find_dates(_text: &str, _ctx: &mut DateContext) -> Vec<FoundDate> {
    Vec::new()
}
