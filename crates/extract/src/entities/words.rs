//! Words as the entity recogniser sees them, refined from the shared tokenizer.
//!
//! Three refinements over [`crate::tokens`]: a possessive "'s" is cut off and remembered
//! ("Korea’s" → "Korea"); a capital letter with its period is one initial ("S." in "S.
//! Korea", "W." in "George W. Bush"); and a hyphenated compound of known names is split
//! ("US-South" → "US", "South"; "Seoul-Tokyo"; "Bristol-based"), while "Jean-Claude", "Nam-ki"
//! or a known name with an unknown one ("Rotterdam-Zuid") stay whole.
//! Offsets are absolute byte offsets into the article.

use super::lexicon::Lexicon;
use crate::tokens::{tokenize, Token, TokenKind};

/// One word or punctuation mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Word {
    pub start: usize,
    /// End of the word without its possessive suffix.
    pub end: usize,
    pub kind: TokenKind,
    /// Followed by "'s" or "’s", or a plural's bare apostrophe (not part of `start..end`).
    pub possessive: bool,
    /// A single capital letter with its period.
    pub initial: bool,
}

impl Word {
    pub fn text<'a>(&self, raw: &'a str) -> &'a str {
        &raw[self.start..self.end]
    }

    pub fn is_punct(&self, raw: &str) -> bool {
        self.kind == TokenKind::Punct && !self.text(raw).is_empty()
    }

    /// Starts with a capital letter (or is an initial).
    pub fn is_capitalised(&self, raw: &str) -> bool {
        let t = self.text(raw);
        // "the B-sample", "an X-ray", "a U-turn": a letter before a common noun names nothing.
        let letter_and_noun = |t: &[u8]| t.len() > 3 && t[1] == b'-' && t[2].is_ascii_lowercase();
        self.kind == TokenKind::Word
            && match t.as_bytes().first() {
                Some(b) if b.is_ascii() => {
                    b.is_ascii_uppercase() && !letter_and_noun(t.as_bytes()) || has_arabic_article(t)
                }
                _ => t.starts_with(char::is_uppercase),
            }
    }

    /// A plural's bare apostrophe ("Seafarers' Union"): names a group inside a body's name,
    /// never an owner.
    pub fn plural_possessive(&self, raw: &str) -> bool {
        self.possessive
            && self.full_end(raw) - self.end <= 3
            && !raw[..self.full_end(raw)].ends_with(['s', 'S'])
    }

    /// End including the possessive suffix.
    pub fn full_end(&self, raw: &str) -> usize {
        if !self.possessive {
            return self.end;
        }
        let rest = &raw[self.end..];
        let quote = rest.chars().next().map_or(0, char::len_utf8);
        // "Seafarers' Union" has no "s" after its apostrophe.
        let s = usize::from(rest[quote..].starts_with(['s', 'S']));
        self.end + quote + s
    }
}

/// "Seafarers' Union", "Shipowners’ Association": a capitalised plural, an apostrophe right
/// after it and a capitalised word after that (so a closing single quote after a plural, as in
/// "called them 'heroes' and left", is not taken for a possessive).
fn plural_possessive(text: &str, tokens: &[Token], i: usize) -> bool {
    let (Some(word), Some(quote), Some(next)) = (tokens.get(i), tokens.get(i + 1), tokens.get(i + 2)) else {
        return false;
    };
    let w = &text[word.start..word.end];
    word.kind == TokenKind::Word
        && quote.start == word.end
        && matches!(&text[quote.start..quote.end], "'" | "’")
        && w.ends_with('s')
        && w.starts_with(char::is_uppercase)
        && next.kind == TokenKind::Word
        && text[next.start..next.end].starts_with(char::is_uppercase)
}

/// Titles abbreviated with a period before a name ("Dr. Sandhu", "Lt. Gen. Ahmed"), and the
/// abbreviated words that open a place's name ("St. Lucia Hospital", "Mt. Hood", "Ft. Worth").
const TITLE_ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Sgt", "Capt", "Cmdr", "Adm", "Maj", "Rep", "Gov",
    "Rev", "Supt", "Insp", "Fr", "Cpl", "Det", "St", "Ste", "Sta", "Sto", "Mt", "Ft",
];

/// Military ranks of two words whose first word is no title alone ("Major General Ali
/// Hassan", but "Major League Baseball", "John Major"): read as one word, a title.
pub(crate) const TWO_WORD_RANKS: &[(&str, &str)] = &[
    ("Major", "General"),
    ("Rear", "Admiral"),
    ("Air", "Marshal"),
    ("Air", "Commodore"),
    ("Tan", "Sri"),
    ("Puan", "Sri"),
];

/// Appends the normalised form of one word to `key`: lower case, no periods, ’ as '.
pub(crate) fn push_key(key: &mut String, word: &str) {
    if word.is_ascii() {
        let from = key.len();
        if word.as_bytes().contains(&b'.') {
            word.split('.').for_each(|part| key.push_str(part));
        } else {
            key.push_str(word);
        }
        key[from..].make_ascii_lowercase();
        return;
    }
    for c in word.chars() {
        match c {
            '.' => {}
            '’' => key.push('\''),
            c if c.is_ascii() => key.push(c.to_ascii_lowercase()),
            c => key.extend(c.to_lowercase()),
        }
    }
}

/// "TrendForce", "MarineTraffic", "IndustriALL": a capital inside a word after a lower-case
/// letter, as companies and products coin names; not after the prefixes of family and given
/// names ("McDonald", "MacArthur", "DeShawn", "LeBron", "DiMaggio", "VanDyke", "FitzGerald").
pub(crate) fn is_camel_case(word: &str) -> bool {
    const NAME_PREFIXES: [&str; 12] =
        ["Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz", "Del"];
    let mut prev_lower = false;
    for (i, c) in word.char_indices() {
        if c.is_uppercase() && prev_lower {
            return !NAME_PREFIXES.contains(&&word[..i]);
        }
        prev_lower = c.is_lowercase();
    }
    false
}

/// A quick normalised key of a name for grouping within the recogniser: lower case, no
/// periods or commas, single spaces ("Ministry of Trade, Industry" → "ministry of trade
/// industry"). Unlike the lexicon's keys, initials are not glued.
pub(crate) fn name_key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for part in name.split(|c: char| c.is_whitespace() || c == ',').filter(|p| !p.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        push_key(&mut out, part);
    }
    out
}

/// "al-Sayed", "el-Sisi", "ash-Sharaa", "ur-Rehman": the Arabic article (or its Urdu
/// spellings), a hyphen and a capital open a name's word, printed in lower case.
pub(crate) fn has_arabic_article(word: &str) -> bool {
    // Called for every lower-case word: a byte test for the hyphen turns most away first.
    let bytes = word.as_bytes();
    let hyphen = match bytes {
        [b'a' | b'e' | b'u', _, b'-', ..] => 2,
        [b'a', b's', b'h', b'-', ..] => 3,
        _ => return false,
    };
    matches!(
        &bytes[..hyphen],
        b"al" | b"el" | b"ad" | b"as" | b"at" | b"az" | b"ar" | b"an" | b"ash" | b"ul" | b"ur" | b"ud"
    ) && word[hyphen + 1..].starts_with(|c: char| c.is_uppercase())
}

/// Where the hyphen of a suffix such as "-based", "-owned" or "-led" starts in `word`, if it
/// ends so: the name before it is a word of its own.
fn name_suffix_at(word: &str) -> Option<usize> {
    // Called for every word: most have no hyphen at all.
    if !word.as_bytes().contains(&b'-') {
        return None;
    }
    const SUFFIXES: &[&str] = &[
        "-based",
        "-born",
        "-owned",
        "-listed",
        "-headquartered",
        "-registered",
        "-flagged",
        // "the Fianna Fáil-led government", "Kremlin-backed", "Qatar-brokered".
        "-led",
        "-backed",
        "-run",
        "-controlled",
        "-linked",
        "-funded",
        "-made",
        "-built",
        "-brokered",
        "-sponsored",
        "-allied",
        "-aligned",
    ];
    SUFFIXES.iter().find_map(|suffix| {
        let cut = word.len().checked_sub(suffix.len()).filter(|&c| c > 0)?;
        word.get(cut..).filter(|tail| tail.eq_ignore_ascii_case(suffix)).map(|_| cut)
    })
}

/// Cuts `text` (which starts at byte `base` of the article) into refined words, appended to
/// `out`. With a lexicon, hyphenated compounds of known names are split.
pub(crate) fn split(text: &str, base: usize, lex: Option<&Lexicon>, out: &mut Vec<Word>) {
    split_tokens(text, &tokenize(text), base, lex, out);
}

/// [`split`] for a text already cut into `tokens` by [`tokenize`].
pub(crate) fn split_tokens(
    text: &str,
    tokens: &[Token],
    base: usize,
    lex: Option<&Lexicon>,
    out: &mut Vec<Word>,
) {
    let mut i = 0;
    let mut key = String::new();
    while i < tokens.len() {
        let t = tokens[i];
        let mut w = Word { start: t.start, end: t.end, kind: t.kind, possessive: false, initial: false };
        let s = &text[t.start..t.end];
        if t.kind == TokenKind::Word {
            if let Some(stem) = s.strip_suffix("'s").or_else(|| s.strip_suffix("’s")) {
                if !stem.is_empty() {
                    w.end = t.start + stem.len();
                    w.possessive = true;
                }
            } else if plural_possessive(text, tokens, i) {
                w.possessive = true;
                i += 1;
            }
            let next_is_period = tokens.get(i + 1).is_some_and(|n| {
                n.start == t.end && n.end == n.start + 1 && text.as_bytes()[n.start] == b'.'
            });
            let mut chars = s.chars();
            let single_capital = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
            if single_capital && next_is_period {
                w.end += 1;
                w.initial = true;
                i += 1;
            } else if next_is_period && TITLE_ABBREVIATIONS.contains(&s) {
                // "Dr. Harpreet Sandhu": the title keeps its period, so no break opens
                // between it and the name.
                w.end += 1;
                i += 1;
            }
        }
        // "Major General": a rank of two words is one word.
        let second = || tokens.get(i + 1).map(|n| &text[n.start..n.end]);
        if TWO_WORD_RANKS.iter().any(|&(a, b)| s == a && second() == Some(b)) {
            w.end = tokens[i + 1].end;
            i += 1;
        }
        i += 1;
        // "Batangas-based", "New Jersey-based": the place and "based" are two words, so the
        // place is found and the company's name starts after it.
        if let Some(cut) = name_suffix_at(&text[w.start..w.end]).filter(|_| w.kind == TokenKind::Word) {
            let stem = Word { end: w.start + cut, possessive: false, ..w };
            if stem.is_capitalised(text) {
                out.push(Word { start: stem.start + base, end: stem.end + base, ..stem });
                out.push(Word { start: w.start + cut + 1 + base, end: w.end + base, ..w });
                continue;
            }
        }
        let text_of = |w: &Word| &text[w.start..w.end];
        let compound = || w.kind == TokenKind::Word && w.is_capitalised(text) && text_of(&w).contains('-');
        if let Some(lex) = lex.filter(|_| compound()) {
            // "Rep. Warren Hollis, R-Indiana": a party's letter before a known place is the
            // member's state or district; the letter and the place are two words (the letter
            // keeps "Hollis, Indiana" from reading as a town and its state).
            let party_place =
                ["R-", "D-", "I-"].iter().find_map(|p| text_of(&w).strip_prefix(p)).filter(|place| {
                    key.clear();
                    push_key(&mut key, place);
                    place.starts_with(char::is_uppercase) && lex.phrase(&key).is_some()
                });
            if party_place.is_some() {
                out.push(Word { start: w.start + base, end: w.start + 1 + base, possessive: false, ..w });
                out.push(Word { start: w.start + 2 + base, end: w.end + base, ..w });
                continue;
            }
            if push_compound_parts(text, &w, lex, &mut key, out, base) {
                continue;
            }
        }
        out.push(Word { start: w.start + base, end: w.end + base, ..w });
    }
}

/// Splits "US-South" or "Seoul-Tokyo" when a part is a known name and the whole is not.
fn push_compound_parts(
    text: &str,
    w: &Word,
    lex: &Lexicon,
    key: &mut String,
    out: &mut Vec<Word>,
    base: usize,
) -> bool {
    let whole = &text[w.start..w.end];
    key.clear();
    push_key(key, whole);
    if lex.phrase(key).is_some() || lex.is_prefix(key) || lex.is_hyphenated_inner(key) {
        return false;
    }
    // "Inter-State", "Trans-Pacific": a word's prefix, not a name ("Inter" for Inter Milan).
    const WORD_PREFIXES: [&str; 8] = ["inter", "intra", "trans", "pan", "anti", "non", "post", "pre"];
    let prefixed = whole
        .split_once('-')
        .is_some_and(|(first, _)| WORD_PREFIXES.iter().any(|p| first.eq_ignore_ascii_case(p)));
    if prefixed {
        return false;
    }
    let known_part = whole.split('-').any(|part| {
        key.clear();
        push_key(key, part);
        part.starts_with(char::is_uppercase) && lex.phrase(key).is_some_and(|e| !e.needs_context)
    });
    // "Rotterdam-Zuid", "Rotterdam-Rijnmond": a known name with an unknown capitalised part
    // is one name of its own.
    let unknown_part = whole.split('-').any(|part| {
        key.clear();
        push_key(key, part);
        part.starts_with(char::is_uppercase) && lex.phrase(key).is_none() && !lex.is_prefix(key)
    });
    if !known_part || unknown_part {
        return false;
    }
    let mut offset = w.start;
    let parts: Vec<&str> = whole.split('-').collect();
    for (n, part) in parts.iter().enumerate() {
        if !part.is_empty() {
            let last = n + 1 == parts.len();
            out.push(Word {
                start: base + offset,
                end: base + offset + part.len(),
                kind: TokenKind::Word,
                possessive: last && w.possessive,
                initial: false,
            });
        }
        offset += part.len() + 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::lexicon::lexicon;

    fn texts(s: &str) -> Vec<String> {
        let mut out = Vec::new();
        split(s, 0, Some(lexicon()), &mut out);
        out.iter().map(|w| format!("{}{}", w.text(s), if w.possessive { "+'s" } else { "" })).collect()
    }

    #[test]
    fn the_arabic_article_opens_a_name_only_before_a_capital() {
        for word in ["al-Sayed", "el-Sisi", "ash-Sharaa", "as-Sadr", "an-Nahyan", "ur-Rehman", "ul-Haq"] {
            assert!(has_arabic_article(word), "{word}");
        }
        for word in ["al-qaeda", "ex-President", "also", "ash", "ah-Ha", "a-B", "el-"] {
            assert!(!has_arabic_article(word), "{word}");
        }
    }

    #[test]
    fn possessives_initials_and_compounds() {
        assert_eq!(texts("Korea’s S. Korean"), ["Korea+'s", "S.", "Korean"]);
        assert_eq!(texts("Seafarers' Union"), ["Seafarers+'s", "Union"]);
        assert_eq!(texts("Dr. Sandhu"), ["Dr.", "Sandhu"]);
        assert_eq!(texts("the 'Heroes' and"), ["the", "'", "Heroes", "'", "and"]);
        assert_eq!(texts("George W. Bush"), ["George", "W.", "Bush"]);
        assert_eq!(texts("US-South Korean-Japanese"), ["US", "South", "Korean", "Japanese"]);
        assert_eq!(texts("Jean-Claude Hong Nam-ki's"), ["Jean-Claude", "Hong", "Nam-ki+'s"]);
        assert_eq!(texts("the U.\n\nS. and"), ["the", "U.", "S.", "and"]);
        assert_eq!(texts("Bristol-based Rotterdam-Zuid"), ["Bristol", "based", "Rotterdam-Zuid"]);
    }
}
