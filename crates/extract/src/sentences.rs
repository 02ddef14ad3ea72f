//! Sentence boundaries in the body text.
//!
//! Approach: a sentence ends at `.`, `!` or `?` (with any closing quotes or brackets after it)
//! when white space and a capital, digit or opening quote follow, unless the word before the
//! period is an abbreviation: an initial ("S. Korea", "George W. Bush"), a title or month
//! ("Mr.", "Nov. 19", "No. 3") or an initialism ("U.S.", "D.C.") that is not followed by a
//! typical sentence opener. Body lines are joined when a sentence runs across a line break
//! ("the U.\n\nS. and Japan", or a line ending without punctuation before a lower-case line);
//! otherwise a line break ends the sentence. A credit such as "(Yonhap)" left alone after a
//! sentence joins that sentence.
//!
//! Limits: an abbreviation that really ends a sentence before a capitalised name ("... with
//! Smith Co. Jones said") is read as no boundary; there is no statistical model.

use crate::model::Span;

/// Abbreviations after which a period never ends a sentence when a name or number follows.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "sen", "rep", "gov",
    "pres", "st", "jr", "sr", "no", "nos", "vol", "fig", "inc", "corp", "ltd", "co", "vs", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "approx", "dept",
    "est", "univ", "rev", "hon", "sta", "sto", "pte", "pty", "sdn", "bhd", "gov't", "messrs", "mme", "mlle",
    "op", "ed", "atty", "supt", "ave", "blvd",
    // US states as datelines abbreviate them ("SIESTA KEY, Fla. (AP)"), leaving out those
    // that are also words ending sentences ("ill", "mass", "wash", "miss").
    "ala", "ariz", "ark", "calif", "colo", "conn", "fla", "ga", "kan", "kans", "ky", "md", "mich", "minn",
    "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "vt", "va", "wis", "wyo",
];

/// Capitalised words that typically open a sentence, so a period before them after an
/// initialism such as "U.S." ends the sentence.
const SENTENCE_OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "this",
    "that",
    "these",
    "those",
    "there",
    "his",
    "her",
    "their",
    "its",
    "our",
    "in",
    "on",
    "at",
    "but",
    "and",
    "or",
    "so",
    "yet",
    "however",
    "meanwhile",
    "according",
    "after",
    "before",
    "when",
    "while",
    "if",
    "as",
    "for",
    "last",
    "earlier",
    "later",
    "also",
    "some",
    "many",
    "most",
    "both",
    "officials",
    "experts",
];

/// Splits the body lines (byte ranges of `raw`, in order) into sentence byte ranges.
pub fn split(raw: &str, body: &[Span]) -> Vec<Span> {
    let mut sentences: Vec<Span> = Vec::new();
    let mut start: Option<usize> = None;
    for (k, line) in body.iter().enumerate() {
        let text = &raw[line.start..line.end];
        let mut cursor = 0;
        for end in boundaries(text) {
            let s = start.take().unwrap_or(line.start + cursor);
            push(raw, &mut sentences, Span { start: s, end: line.start + end });
            cursor = skip_space(text, end);
        }
        if cursor < text.len() {
            let s = start.take().unwrap_or(line.start + cursor);
            let next = body.get(k + 1).map(|n| &raw[n.start..n.end]);
            if next.is_some_and(|next| continues_on_next_line(&text[cursor..], next)) {
                start = Some(s);
            } else {
                push(raw, &mut sentences, Span { start: s, end: line.end });
            }
        }
    }
    if let (Some(s), Some(last)) = (start, body.last()) {
        push(raw, &mut sentences, Span { start: s, end: last.end });
    }
    sentences
}

/// Adds a sentence, or joins a lone credit such as "(Yonhap)" to the sentence before it.
fn push(raw: &str, sentences: &mut Vec<Span>, span: Span) {
    let text = raw[span.start..span.end].trim();
    if text.is_empty() {
        return;
    }
    let credit = text.starts_with('(') && text.ends_with(')') && text.split_whitespace().count() <= 3;
    match sentences.last_mut() {
        Some(prev) if credit && span.start >= prev.end => prev.end = span.end,
        _ => sentences.push(span),
    }
}

fn skip_space(text: &str, from: usize) -> usize {
    from + text[from..].len() - text[from..].trim_start().len()
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']')
}

fn is_opening(c: char) -> bool {
    c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '\'' | '“' | '‘' | '(' | '[')
}

/// Byte offsets (in `text`, one line) just after each sentence end inside the line.
fn boundaries(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    // The three marks are ASCII: a byte scan finds them without decoding characters.
    for (i, &b) in bytes.iter().enumerate() {
        if !matches!(b, b'.' | b'!' | b'?') {
            continue;
        }
        let c = char::from(b);
        let mut end = i + 1;
        while let Some(next) = text[end..].chars().next().filter(|&n| is_closing(n) || n == '.') {
            end += next.len_utf8();
        }
        let after = skip_space(text, end);
        if after == end || after >= bytes.len() {
            continue;
        }
        let next_char = text[after..].chars().next().unwrap_or(' ');
        if !is_opening(next_char) {
            continue;
        }
        if c == '.' && !period_ends_sentence(&text[..i], &text[after..]) {
            continue;
        }
        if out.last().is_none_or(|&last| end > last) {
            out.push(end);
        }
    }
    out
}

/// The word just before a period, e.g. "U.S" in "the U.S." or "Nov" in "Nov.".
fn word_before(before: &str) -> &str {
    let start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '.' || c == '\''))
        .map(|i| i + before[i..].chars().next().map_or(1, char::len_utf8))
        .unwrap_or(0);
    &before[start..]
}

fn first_word(after: &str) -> &str {
    let after = after.trim_start_matches(|c: char| !c.is_alphanumeric());
    let end = after.find(|c: char| !c.is_alphanumeric()).unwrap_or(after.len());
    &after[..end]
}

/// Whether a period after `before` ends the sentence, given the text that follows.
fn period_ends_sentence(before: &str, after: &str) -> bool {
    let word = word_before(before);
    if word.is_empty() {
        return true;
    }
    let is_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    if is_initial {
        return false;
    }
    // "11. November 2036": a day's ordinal dot, as German and Nordic pages print it.
    let next = first_word(after);
    if word.len() <= 2
        && word.bytes().all(|b| b.is_ascii_digit())
        && next.len() > 3
        && next.starts_with(char::is_uppercase)
        && crate::dates::is_month_name(next)
    {
        return false;
    }
    let lower = word.to_lowercase();
    if ABBREVIATIONS.contains(&lower.as_str()) {
        return false;
    }
    let initialism = word.contains('.') && word.split('.').all(|p| p.chars().count() <= 1);
    if initialism {
        let next = first_word(after).to_lowercase();
        return SENTENCE_OPENERS.contains(&next.as_str());
    }
    true
}

/// Whether the unfinished tail of a line continues on the next body line.
fn continues_on_next_line(tail: &str, next: &str) -> bool {
    let tail = tail.trim_end();
    let next_start = next.chars().next().unwrap_or(' ');
    if let Some(before_period) = tail.strip_suffix('.') {
        // "the U.\n\nS. and Japan": an initial at the end of the line.
        let word = word_before(before_period);
        let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
        return initial && next_start.is_uppercase();
    }
    let finished = tail.trim_end_matches(is_closing).ends_with(['!', '?', ':']);
    !finished && (next_start.is_lowercase() || tail.ends_with([',', ';']))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let body: Vec<Span> = crate::clean::clean(text).lines.iter().map(|l| l.span).collect();
        split(text, &body).into_iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn a_state_abbreviation_in_a_dateline_does_not_end_the_sentence() {
        assert_eq!(
            sentences(
                "SIESTA KEY, Fla. (AP) — The storm came ashore. Crews reached Ocala, Fla. on Thursday."
            ),
            ["SIESTA KEY, Fla. (AP) — The storm came ashore.", "Crews reached Ocala, Fla. on Thursday."]
        );
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        assert_eq!(
            sentences(
                "Mr. Kim met U.S. envoys on Nov. 19 in Washington D.C. and S. Korea agreed. No. 2 spoke."
            ),
            ["Mr. Kim met U.S. envoys on Nov. 19 in Washington D.C. and S. Korea agreed.", "No. 2 spoke."]
        );
        assert_eq!(
            sentences("It erupted on 11. November 2036 near the town."),
            ["It erupted on 11. November 2036 near the town."]
        );
    }

    #[test]
    fn an_initialism_before_a_sentence_opener_ends_the_sentence() {
        assert_eq!(
            sentences("He flew to the U.S. The talks began."),
            ["He flew to the U.S.", "The talks began."]
        );
    }

    #[test]
    fn quotes_close_the_sentence_they_end() {
        assert_eq!(
            sentences("\"We will try,\" he said. \"It is hard.\" She agreed."),
            ["\"We will try,\" he said.", "\"It is hard.\"", "She agreed."]
        );
    }

    #[test]
    fn a_line_broken_after_an_initial_is_joined() {
        assert_eq!(
            sentences("among the South, the U.\n\nS. and Japan,\" the ministry said.\n\nNext one."),
            ["among the South, the U.\n\nS. and Japan,\" the ministry said.", "Next one."]
        );
    }

    #[test]
    fn a_lone_credit_joins_the_sentence_before_it() {
        assert_eq!(sentences("It ended. (Yonhap)"), ["It ended. (Yonhap)"]);
    }

    #[test]
    fn an_unpunctuated_paragraph_is_its_own_sentence() {
        assert_eq!(
            sentences("A lead without a period, media reported\n\nThe next paragraph."),
            ["A lead without a period, media reported", "The next paragraph."]
        );
    }

    #[test]
    fn empty_and_odd_input_do_not_panic() {
        assert!(sentences("").is_empty());
        let _ = sentences("....!!!???\n\n. . .\n\n\"");
        let _ = sentences("é. É. 한국. 日本.");
    }
}
