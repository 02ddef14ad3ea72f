//! Where the search terms occur in a text, so the UI can mark them (`<mark>`).
//!
//! Approach: the text is lower-cased one character at a time, remembering which original
//! character each lower-case character came from, and every term is looked for in that folded
//! sequence. A match is kept only when it starts at the first and ends at the last folded
//! character of original characters, so the byte range it maps back to always lies on char
//! boundaries of the original text, even where lower-casing changes the length ("İ" → "i̇").
//! Overlapping and touching matches of several terms merge into one range.
//!
//! Limits: this is simple case folding (`char::to_lowercase`), as the core's search uses, not
//! Unicode's full case-insensitive matching: "ß" does not match "ss", and a Greek final sigma
//! folds like any sigma. Finding is quadratic in the worst case (text × term length), which is
//! fine for sentences and articles.

use std::ops::Range;
use std::rc::Rc;

/// The terms of the search that is applied, shared with the components that mark them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchTerms(pub Rc<[String]>);

impl SearchTerms {
    /// The terms of `search`: its whitespace-separated words, as the core's search reads them.
    pub fn new(search: &str) -> Self {
        SearchTerms(terms(search).into())
    }
}

/// The whitespace-separated words of `search`, lower-cased, without repeats.
pub fn terms(search: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for word in search.split_whitespace().map(str::to_lowercase) {
        if !out.contains(&word) {
            out.push(word);
        }
    }
    out
}

/// A piece of text, marked when it matches a term.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece<'a> {
    pub text: &'a str,
    pub matched: bool,
}

/// Byte ranges of `text` where any of `terms` occurs, case-insensitively: sorted, merged,
/// on char boundaries.
pub fn find(text: &str, terms: &[String]) -> Vec<Range<usize>> {
    // Each folded character with the byte range of the original character it came from, and
    // whether it is the first / last character that original character folds to.
    let mut folded: Vec<(char, usize, usize, bool, bool)> = Vec::with_capacity(text.len());
    for (start, c) in text.char_indices() {
        let end = start + c.len_utf8();
        let first = folded.len();
        folded.extend(c.to_lowercase().map(|l| (l, start, end, false, false)));
        // Every character folds to at least one, so both exist.
        if folded.len() > first {
            folded[first].3 = true;
            let last = folded.len() - 1;
            folded[last].4 = true;
        }
    }
    let mut ranges: Vec<Range<usize>> = Vec::new();
    for term in terms {
        let needle: Vec<char> = term.chars().flat_map(char::to_lowercase).collect();
        if needle.is_empty() || needle.len() > folded.len() {
            continue;
        }
        for i in 0..=folded.len() - needle.len() {
            let window = &folded[i..i + needle.len()];
            if window[0].3 && window[needle.len() - 1].4 && window.iter().zip(&needle).all(|(f, n)| f.0 == *n)
            {
                ranges.push(window[0].1..window[needle.len() - 1].2);
            }
        }
    }
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

/// True when `text` contains `term`, case-insensitively (see [`find`]).
pub fn contains(text: &str, term: &str) -> bool {
    !find(text, &[term.to_string()]).is_empty()
}

/// `text` cut into pieces, alternately unmatched and matched, that concatenate to `text`.
/// No empty pieces; no terms gives one unmatched piece (none for an empty text).
pub fn split<'a>(text: &'a str, terms: &[String]) -> Vec<Piece<'a>> {
    let mut pieces = Vec::new();
    let mut at = 0;
    for r in find(text, terms) {
        if r.start > at {
            pieces.push(Piece { text: &text[at..r.start], matched: false });
        }
        pieces.push(Piece { text: &text[r.clone()], matched: true });
        at = r.end;
    }
    if at < text.len() {
        pieces.push(Piece { text: &text[at..], matched: false });
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text with matches in brackets.
    fn marked(text: &str, search: &str) -> String {
        split(text, &terms(search))
            .iter()
            .map(|p| if p.matched { format!("[{}]", p.text) } else { p.text.to_string() })
            .collect()
    }

    #[test]
    fn matches_are_case_insensitive_and_every_occurrence_is_marked() {
        assert_eq!(marked("WTO talks; the wto said", "Wto"), "[WTO] talks; the [wto] said");
        assert_eq!(marked("Trade talks", "TALKS trade"), "[Trade] [talks]");
    }

    #[test]
    fn no_terms_or_no_match_leaves_the_text_whole() {
        assert_eq!(split("Seoul", &[]), [Piece { text: "Seoul", matched: false }]);
        assert_eq!(marked("Seoul", "tokyo"), "Seoul");
        assert_eq!(marked("Seoul", "   "), "Seoul");
        assert!(split("", &terms("x")).is_empty());
    }

    #[test]
    fn overlapping_and_touching_matches_merge() {
        assert_eq!(marked("Geneva", "gene neva"), "[Geneva]");
        assert_eq!(marked("abab", "ab"), "[abab]");
        assert_eq!(marked("aaa", "aa"), "[aaa]");
    }

    #[test]
    fn multi_byte_text_is_cut_on_char_boundaries() {
        assert_eq!(marked("Moon Jae-in 문재인 met Abe", "문재"), "Moon Jae-in [문재]인 met Abe");
        assert_eq!(marked("ÜBER über", "über"), "[ÜBER] [über]");
        assert_eq!(marked("café — CAFÉ", "é"), "caf[é] — CAF[É]");
    }

    #[test]
    fn a_character_that_lower_cases_to_two_is_matched_whole_or_not_at_all() {
        // "İ" lower-cases to "i" + a combining dot: "i" alone would end inside it.
        assert_eq!(marked("İstanbul", "i̇stanbul"), "[İstanbul]");
        assert_eq!(marked("İstanbul", "stanbul"), "İ[stanbul]");
        assert_eq!(marked("İx", "i"), "İx");
    }

    #[test]
    fn terms_are_lower_cased_words_without_repeats() {
        assert_eq!(terms("  WTO  talks wto "), ["wto", "talks"]);
        assert!(terms("").is_empty());
        assert!(contains("World Trade Organization", "TRADE"));
        assert!(!contains("World", "trade"));
    }
}
