//! Made things named by their designation: a maker's name and a model ("Airbus A321neo",
//! "ATR 72-600s", "Boeing 737 MAX 8") and a name given as a trade name ("sold as Tensogrout
//! HP", "sold under the name OWW Strand 1860").
//!
//! Limits: a designation needs a digit ("Airbus Beluga" is not read as a model); a four-digit
//! number that could be a year is never one; a trade name needs one of a few verbs before it.

use super::Sentence;
use crate::model::Span;
use crate::tokens::TokenKind;

impl Sentence<'_> {
    /// "Airbus A321neo", "ATR 72-600s", "Boeing 737 MAX 8": the end (exclusive) of a model's
    /// designation starting at word `w`: tokens of digits with letters or a hyphen, a number, or
    /// a short word in capitals after one of those. Not a year ("Airbus 2026 deliveries").
    pub(super) fn model_end(&self, w: usize) -> Option<usize> {
        let is_model = |v: usize| {
            let Some(word) = self.words.get(v) else { return false };
            let t = self.text(v);
            let digits = t.bytes().filter(u8::is_ascii_digit).count();
            let year =
                t.len() == 4 && digits == 4 && t.parse::<u16>().is_ok_and(|y| (1900..=2100).contains(&y));
            matches!(word.kind, TokenKind::Word | TokenKind::Number)
                && digits > 0
                && !year
                && t.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit())
                && t.chars().all(|c| c.is_alphanumeric() || c == '-')
        };
        let capitals = |v: usize| {
            let t = self.text(v.min(self.words.len().saturating_sub(1)));
            v < self.words.len() && (2..=4).contains(&t.len()) && t.chars().all(|c| c.is_ascii_uppercase())
        };
        if !(is_model(w) || capitals(w) && is_model(w + 1)) {
            return None;
        }
        let mut end = w + 1;
        while end < self.words.len() && end < w + 3 {
            if is_model(end) || capitals(end) && is_model(end + 1) {
                end += 1;
            } else {
                break;
            }
        }
        Some(end)
    }

    /// The span of words `lo..end`, without a plural "s" after a model's designation
    /// ("E195-E2s" → "E195-E2").
    pub(super) fn model_span(&self, lo: usize, end: usize) -> Span {
        let mut span = self.span(lo, end);
        let last = self.text(end - 1);
        let before_s = last.strip_suffix('s').and_then(|t| t.chars().last());
        if before_s.is_some_and(|c| c.is_ascii_digit() || c.is_ascii_uppercase()) {
            span.end -= 1;
        }
        span
    }

    /// "sold as Tensogrout HP", "supplied as", "sold under the name", "under the brand": words
    /// before `lo` that introduce a trade name.
    pub(super) fn trade_name_before(&self, lo: usize) -> bool {
        let key = |back: usize| lo.checked_sub(back).filter(|&w| self.is_lower(w)).map(|w| self.key(w));
        let sold =
            |k: Option<&str>| matches!(k, Some("sold" | "marketed" | "branded" | "trademarked" | "supplied"));
        (key(1) == Some("as") && sold(key(2)))
            || (matches!(key(1), Some("name" | "brand")) && key(2) == Some("the") && key(3) == Some("under"))
            || (key(1) == Some("name")
                && matches!(key(2), Some("brand" | "trade"))
                && key(3) == Some("the")
                && key(4) == Some("under"))
    }
}
