//! A small word tokenizer shared by the recognisers.
//!
//! Splits a text into words (letters, digits, apostrophes and inner hyphens or periods, so
//! "Hong Nam-ki", "U.S.", "1910-45" and "Korea's" stay whole) and single punctuation marks,
//! each with its byte range. Whitespace, including line breaks, only separates tokens. No
//! allocation per token; no Unicode segmentation beyond `char::is_alphanumeric`.

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Starts with a letter.
    Word,
    /// Starts with a digit.
    Number,
    /// One punctuation or symbol character.
    Punct,
}

/// A token: its kind and byte range in the text it was cut from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub start: usize,
    pub end: usize,
}

impl Token {
    /// The token's text in `source`, the string it was cut from.
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        &source[self.start..self.end]
    }
}

/// Characters that stay inside a word when a letter or digit follows them.
fn joins_inside_word(c: char) -> bool {
    matches!(c, '-' | '.' | '\'' | '’' | '&' | '/')
}

/// The character at byte `i` of `text` (a char boundary) and its length; ASCII without
/// decoding.
#[inline]
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b.is_ascii() {
        return Some((char::from(b), 1));
    }
    text[i..].chars().next().map(|c| (c, c.len_utf8()))
}

/// Cuts `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut next_start = 0;
    while let Some((c, len)) = char_at(text, next_start) {
        let start = next_start;
        next_start += len;
        if c.is_whitespace() {
            continue;
        }
        if !c.is_alphanumeric() {
            tokens.push(Token { kind: TokenKind::Punct, start, end: start + len });
            continue;
        }
        let kind = if c.is_ascii_digit() { TokenKind::Number } else { TokenKind::Word };
        let mut end = start + len;
        loop {
            // Most words are ASCII letters only: skipped a byte at a time, nothing decoded.
            end += bytes[end..].iter().position(|b| !b.is_ascii_alphanumeric()).unwrap_or(bytes.len() - end);
            let Some((next, next_len)) = char_at(text, end) else { break };
            if next.is_alphanumeric() {
                end += next_len;
                continue;
            }
            if joins_inside_word(next) {
                let i = end;
                if char_at(text, i + next_len).is_some_and(|(a, _)| a.is_alphanumeric()) {
                    end += next_len;
                    continue;
                }
                // "U.S." keeps its final period: a period after a single letter that
                // follows another period belongs to the abbreviation.
                let abbreviation_end = next == '.'
                    && text[start..i].contains('.')
                    && text[start..i].rsplit('.').next().is_some_and(|last| last.chars().count() == 1);
                if abbreviation_end {
                    end = i + 1;
                }
            }
            break;
        }
        next_start = end;
        tokens.push(Token { kind, start, end });
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn keeps_hyphenated_names_abbreviations_and_spans_whole() {
        assert_eq!(
            words("Hong Nam-ki met U.S. envoys in 1910-45, Korea's \"rule\"."),
            [
                "Hong", "Nam-ki", "met", "U.S.", "envoys", "in", "1910-45", ",", "Korea's", "\"", "rule",
                "\"", "."
            ]
        );
    }

    #[test]
    fn sentence_final_period_is_punctuation() {
        assert_eq!(words("on Nov. 19 in Geneva."), ["on", "Nov", ".", "19", "in", "Geneva", "."]);
    }

    #[test]
    fn line_breaks_only_separate() {
        assert_eq!(words("the U.\n\nS. and"), ["the", "U", ".", "S", ".", "and"]);
    }
}
