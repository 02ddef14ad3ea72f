//! One sentence seen by the recognisers: its tokens, each word's class, and small typed
//! accessors that answer `None`/`false` past either end, so a rule can look ahead or behind
//! without bounds checks.
//!
//! The word classes are computed once per sentence (one vector), never per lookup.

use super::lexicon::{classify, Key, Lex, Unit};
use crate::tokens::{Token, TokenKind};
use jiff::civil::Weekday;

pub(crate) struct Scan<'a> {
    pub text: &'a str,
    toks: &'a [Token],
    lex: Vec<Lex>,
}

impl<'a> Scan<'a> {
    pub fn new(text: &'a str, toks: &'a [Token]) -> Self {
        let lex = toks
            .iter()
            .map(|t| match t.kind {
                TokenKind::Word => classify(t.text(text)),
                _ => Lex::Other,
            })
            .collect();
        Scan { text, toks, lex }
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The token's text, or "" past either end.
    pub fn word(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }

    /// Whether token `i` follows the token before it with no space between ("held\"").
    pub fn touches_previous(&self, i: usize) -> bool {
        i > 0 && i < self.toks.len() && self.toks[i - 1].end == self.toks[i].start
    }

    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.toks.get(i).map(|t| t.kind)
    }

    pub fn lex(&self, i: usize) -> Lex {
        self.lex.get(i).copied().unwrap_or(Lex::Other)
    }

    pub fn key(&self, i: usize) -> Option<Key> {
        match self.lex(i) {
            Lex::Key(k) => Some(k),
            _ => None,
        }
    }

    pub fn is(&self, i: usize, k: Key) -> bool {
        self.key(i) == Some(k)
    }

    pub fn month(&self, i: usize) -> Option<(i8, bool)> {
        match self.lex(i) {
            Lex::Month(m, abbr) => Some((m, abbr)),
            _ => None,
        }
    }

    pub fn weekday(&self, i: usize) -> Option<(Weekday, bool)> {
        match self.lex(i) {
            Lex::Weekday(d, abbr) => Some((d, abbr)),
            _ => None,
        }
    }

    pub fn unit(&self, i: usize) -> Option<(Unit, bool)> {
        match self.lex(i) {
            Lex::Unit(u, plural) => Some((u, plural)),
            _ => None,
        }
    }

    /// True when the token is the single punctuation character `c`.
    pub fn punct(&self, i: usize, c: char) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Punct && self.text[t.start..t.end].starts_with(c))
    }

    /// True for a dash of any kind between words ("-", "–", "—").
    pub fn dash(&self, i: usize) -> bool {
        self.punct(i, '-') || self.punct(i, '–') || self.punct(i, '—')
    }

    /// A number token of plain digits (at most nine of them).
    pub fn digits(&self, i: usize) -> Option<u32> {
        (self.kind(i) == Some(TokenKind::Number)).then(|| parse_digits(self.word(i)))?
    }

    /// A day number: plain digits or an ordinal ("11th", "1st"), 1–31.
    pub fn day(&self, i: usize) -> Option<i8> {
        if self.kind(i) != Some(TokenKind::Number) {
            return None;
        }
        let w = self.word(i);
        let w = ["st", "nd", "rd", "th", "ST", "ND", "RD", "TH"]
            .iter()
            .find_map(|s| w.strip_suffix(s))
            .unwrap_or(w);
        let d = parse_digits(w)?;
        (1..=31).contains(&d).then_some(d as i8)
    }

    /// A count for "three months", "60 days", "a year": digits, a number word, "a"/"an".
    pub fn count(&self, i: usize) -> Option<u32> {
        match self.lex(i) {
            Lex::Number(n) => Some(n),
            Lex::Key(Key::A) => Some(1),
            _ => self.digits(i),
        }
    }

    /// First letter upper case ("July", "JULY").
    pub fn capitalised(&self, i: usize) -> bool {
        self.word(i).chars().next().is_some_and(char::is_uppercase)
    }

    pub fn start(&self, i: usize) -> usize {
        self.toks.get(i).map_or(self.text.len(), |t| t.start)
    }

    /// End of the token, a possessive "'s" left out ("last year's" → "last year").
    pub fn end(&self, i: usize) -> usize {
        let Some(t) = self.toks.get(i) else { return self.text.len() };
        let w = &self.text[t.start..t.end];
        let cut = ["'s", "’s", "'S", "’S"].iter().find(|s| w.len() > s.len() && w.ends_with(*s));
        t.end - cut.map_or(0, |s| s.len())
    }

    /// True when tokens `i` and `i + 1` touch, with no space between.
    pub fn touching(&self, i: usize) -> bool {
        match (self.toks.get(i), self.toks.get(i + 1)) {
            (Some(a), Some(b)) => a.end == b.start,
            _ => false,
        }
    }
}

/// Plain ASCII digits, at most nine, as a number.
pub(crate) fn parse_digits(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 9 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}
