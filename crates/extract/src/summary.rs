//! Event headlines: a dated sentence trimmed to who did what.
//!
//! Approach: from the sentence, drop a leading dateline ("MOSCOW (Agency - date)"), the date
//! expression itself when it opens the sentence ("Last week, ", "The following day, "), and a
//! leading attribution ("According to the outlet, "); then cut trailing attributions (", media
//! reported", ", according to ...") and stop at a clause break or about 110 characters on a
//! word boundary. The first letter is capitalised. A date used inside a noun phrase ("Japan's
//! 1910-45 colonial rule of ...", "the 1965 agreement between ...", "last year's rulings
//! ordering ...") gives that phrase instead, so two dates of one sentence get two headlines.
//!
//! Limits: no parsing; a sentence whose actor comes after a long subordinate clause keeps the
//! clause.

use std::ops::Range;

const MAX_CHARS: usize = 110;

/// A short headline for `sentence`, whose date expression is at byte range `date`.
pub fn headline(sentence: &str, date: Range<usize>) -> String {
    if let Some(phrase) = attributive_phrase(sentence, date.clone()) {
        return finish(&phrase);
    }
    let mut text = sentence.trim();
    let mut date = date;
    // A dateline: capitals, then a parenthesis closed before the story starts.
    if let Some((_, close)) = crate::meta::dateline_parenthesis(text) {
        let cut = close + 1;
        text = &text[cut..];
        date = date.start.saturating_sub(cut)..date.end.saturating_sub(cut);
    }
    // "BERLIN — German Chancellor ...", or what a dateline's parenthesis left: "- The ...".
    if let Some(dash) = text.find(['—', '–', '-']).filter(|&d| d < 40) {
        let head = text[..dash].trim();
        let place = head.chars().all(|c| c.is_uppercase() || c.is_whitespace() || c == ',' || c == '.');
        if place && text[dash..].chars().nth(1).is_some_and(char::is_whitespace) {
            let cut = dash + text[dash..].chars().next().map_or(1, char::len_utf8);
            text = &text[cut..];
            date = date.start.saturating_sub(cut)..date.end.saturating_sub(cut);
        }
    }
    let lead = text.len() - text.trim_start().len();
    text = text.trim_start();
    let date = date.start.saturating_sub(lead)..date.end.saturating_sub(lead);
    if date.start == 0 && date.end <= text.len() {
        text = text[date.end..].trim_start_matches([',', ' ']);
    }
    for opener in ["according to "] {
        if text.len() > opener.len()
            && text.get(..opener.len()).is_some_and(|h| h.eq_ignore_ascii_case(opener))
        {
            if let Some(comma) = text.find(", ") {
                text = &text[comma + 2..];
            }
        }
    }
    for tail in [", media reported", ", according to", ", the ministry said", " -- ", " — ", "; "] {
        if let Some(i) = text.find(tail) {
            if i > 20 {
                text = &text[..i];
            }
        }
    }
    finish(text)
}

/// Trims, shortens and capitalises a headline.
fn finish(text: &str) -> String {
    let text = text.trim().trim_end_matches(['.', ',', ' ', ';', ':']);
    let mut out: String = crate::meta::collapse_whitespace(&shorten(text));
    if let Some(first) = out.chars().next() {
        let upper: String = first.to_uppercase().collect();
        out.replace_range(..first.len_utf8(), &upper);
    }
    out
}

/// A date used inside a noun phrase names that phrase's happening: "Japan's 1910-45 colonial
/// rule of the Korean Peninsula", "the 1965 agreement between the two countries", "last year's
/// Supreme Court rulings ordering ...". The phrase runs from its determiner or possessor to
/// the end of the clause, without the date.
fn attributive_phrase(sentence: &str, date: Range<usize>) -> Option<String> {
    let (before, after) = (sentence.get(..date.start)?, sentence.get(date.end..)?);
    let clause_end = |text: &str| {
        let bytes = text.as_bytes();
        let digit = |i: Option<usize>| i.and_then(|i| bytes.get(i)).is_some_and(u8::is_ascii_digit);
        // "28.5%" and "1,090" hold no clause break.
        text.char_indices()
            .find(|&(i, c)| match c {
                ';' | '(' | '—' => true,
                ',' | '.' => !(digit(i.checked_sub(1)) && digit(Some(i + 1))),
                _ => false,
            })
            .map_or(text.len(), |(i, _)| i)
    };
    if let Some(rest) = after.strip_prefix("'s ").or_else(|| after.strip_prefix("’s ")) {
        let phrase = &rest[..clause_end(rest)];
        return (phrase.split_whitespace().count() >= 3).then(|| phrase.to_string());
    }
    let next_is_lowercase = after.trim_start().chars().next().is_some_and(char::is_lowercase);
    let previous = before.trim_end().rsplit(char::is_whitespace).next()?;
    let determiner =
        previous.eq_ignore_ascii_case("the") || previous.ends_with("'s") || previous.ends_with("’s");
    if !(next_is_lowercase && determiner && after.starts_with(' ')) {
        return None;
    }
    let tail = &after[..clause_end(after)];
    (tail.split_whitespace().count() >= 2).then(|| format!("{previous}{tail}"))
}

fn shorten(text: &str) -> String {
    if text.chars().count() <= MAX_CHARS {
        return text.to_string();
    }
    let mut end = 0;
    for (i, c) in text.char_indices() {
        if i > MAX_CHARS {
            break;
        }
        if c == ' ' {
            end = i;
        }
    }
    format!("{}…", text[..end].trim_end_matches([',', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(sentence: &str, date: &str) -> String {
        let start = sentence.find(date).unwrap();
        headline(sentence, start..start + date.len())
    }

    #[test]
    fn drops_a_leading_date_and_dateline() {
        assert_eq!(
            h("Last week, the government canceled the deal.", "Last week"),
            "The government canceled the deal"
        );
        assert_eq!(
            h("LONDON (Reuters - 3 May, 2020) The minister on Monday resigned, media reported.", "on Monday"),
            "The minister on Monday resigned"
        );
        assert_eq!(
            h("BRUSSELS, June 12 (Reuters) - The ministers met on Wednesday.", "on Wednesday"),
            "The ministers met on Wednesday"
        );
        assert_eq!(
            h("BERLIN — The chancellor on Tuesday called for talks.", "on Tuesday"),
            "The chancellor on Tuesday called for talks"
        );
    }

    #[test]
    fn a_date_inside_a_noun_phrase_gives_that_phrase() {
        let s = "Seoul views the moves as retaliation against last year's court rulings ordering firms to pay victims of Japan's 1910-45 colonial rule of the peninsula.";
        assert_eq!(h(s, "1910-45"), "Japan's colonial rule of the peninsula");
        assert_eq!(
            h(s, "last year"),
            "Court rulings ordering firms to pay victims of Japan's 1910-45 colonial rule of the peninsula"
        );
        assert_eq!(
            h("Japan says the 1965 agreement between the two countries settled the issue.", "1965"),
            "The agreement between the two countries settled the issue"
        );
        assert_eq!(h("The talks on Tuesday failed.", "on Tuesday"), "The talks on Tuesday failed");
        // A figure's decimal point or thousands comma does not end the phrase.
        assert_eq!(
            h("The CDU won Sunday's federal election with 28.5% of 1,090 seats, results showed.", "Sunday"),
            "Federal election with 28.5% of 1,090 seats"
        );
    }

    #[test]
    fn long_sentences_are_cut_on_a_word_boundary() {
        let s = "The ministers of both countries met in the capital on Tuesday to discuss a very long list of pending issues including trade and security and more";
        let out = h(s, "on Tuesday");
        assert!(out.chars().count() <= MAX_CHARS + 1 && out.ends_with('…'), "{out}");
    }
}
