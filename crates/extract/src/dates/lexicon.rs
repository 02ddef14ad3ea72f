//! Word classes the date recognisers look up: month and weekday names, time units, number
//! words, and the keywords around dates (prepositions, "last"/"next", tense cues).
//!
//! A word is lowercased into a small stack buffer and looked up in one hash table built on
//! first use, so no lookup allocates. A possessive "'s" is stripped first ("July's", "year's"), a curly
//! apostrophe counts as a straight one, and "we'll" is a future cue. Non-ASCII words and words
//! longer than the buffer are plain words. English only.

use jiff::civil::Weekday;
use std::sync::OnceLock;

/// A unit of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Fortnight,
    Month,
    Year,
    Decade,
    Century,
}

/// Keywords the recognisers test for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Key {
    On,
    In,
    At,
    Of,
    Since,
    Until,
    By,
    From,
    To,
    Through,
    Between,
    And,
    Before,
    After,
    During,
    For,
    Within,
    Over,
    Prior,
    The,
    A,
    Last,
    Past,
    Next,
    This,
    Coming,
    Previous,
    Following,
    Same,
    That,
    Earlier,
    Later,
    Early,
    Late,
    Mid,
    End,
    Beginning,
    Start,
    Middle,
    Today,
    Yesterday,
    Tomorrow,
    Tonight,
    Ago,
    Weekend,
    /// "morning", "afternoon", "evening", "night".
    DayPart,
    Time,
    More,
    Less,
    Than,
    /// "nearly", "almost", "about", "around", "some", "roughly", "approximately".
    About,
    Least,
    Up,
    /// "once", "twice", "times", "per", "every": a rate, not a duration.
    Rate,
    /// "will", "shall", "won't", "'ll", "upcoming", "scheduled", "expected".
    Future,
    /// Future when "to" follows: "plans to", "set to", "going to", "due to", "aims to".
    FutureTo,
    Be,
    /// Reporting verbs and conjunctions that end the clause a tense cue may come from.
    Clause,
    /// Words after a number that make it a count, a sum or a clock time, not a year.
    NotYear,
    /// "No", "Number", "Nos": "No. 1965" is not a year.
    No,
    Half,
    Quarter,
}

impl Key {
    /// True for keywords an expression can begin with; the others only join one from before
    /// ("on Friday", "In July"), so the scan need not stop at them.
    pub(crate) fn starts(self) -> bool {
        use Key::*;
        matches!(
            self,
            Between
                | From
                | Today
                | Tonight
                | Yesterday
                | Tomorrow
                | Last
                | This
                | Next
                | Coming
                | End
                | Beginning
                | Start
                | Middle
                | Weekend
                | The
                | That
                | At
                | A
        )
    }
}

/// The class of one word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lex {
    /// Month number and whether the name is abbreviated ("Oct").
    Month(i8, bool),
    /// Weekday and whether the name is abbreviated ("Thu").
    Weekday(Weekday, bool),
    /// Unit and whether it is plural.
    Unit(Unit, bool),
    /// A number word ("three", "twenty-five").
    Number(u32),
    Key(Key),
    Other,
}

/// Every known word, grouped by class; spellings are lower case, separated by spaces.
const GROUPS: &[(&str, Lex)] = &[
    ("january", Lex::Month(1, false)),
    ("jan", Lex::Month(1, true)),
    ("february", Lex::Month(2, false)),
    ("feb", Lex::Month(2, true)),
    ("march", Lex::Month(3, false)),
    ("mar", Lex::Month(3, true)),
    ("april", Lex::Month(4, false)),
    ("apr", Lex::Month(4, true)),
    ("may", Lex::Month(5, false)),
    ("june", Lex::Month(6, false)),
    ("jun", Lex::Month(6, true)),
    ("july", Lex::Month(7, false)),
    ("jul", Lex::Month(7, true)),
    ("august", Lex::Month(8, false)),
    ("aug", Lex::Month(8, true)),
    ("september", Lex::Month(9, false)),
    ("sep sept", Lex::Month(9, true)),
    ("october", Lex::Month(10, false)),
    ("oct", Lex::Month(10, true)),
    ("november", Lex::Month(11, false)),
    ("nov", Lex::Month(11, true)),
    ("december", Lex::Month(12, false)),
    ("dec", Lex::Month(12, true)),
    ("monday", Lex::Weekday(Weekday::Monday, false)),
    ("mon", Lex::Weekday(Weekday::Monday, true)),
    ("tuesday", Lex::Weekday(Weekday::Tuesday, false)),
    ("tue tues", Lex::Weekday(Weekday::Tuesday, true)),
    ("wednesday", Lex::Weekday(Weekday::Wednesday, false)),
    ("wed", Lex::Weekday(Weekday::Wednesday, true)),
    ("thursday", Lex::Weekday(Weekday::Thursday, false)),
    ("thu thur thurs", Lex::Weekday(Weekday::Thursday, true)),
    ("friday", Lex::Weekday(Weekday::Friday, false)),
    ("fri", Lex::Weekday(Weekday::Friday, true)),
    ("saturday", Lex::Weekday(Weekday::Saturday, false)),
    ("sat", Lex::Weekday(Weekday::Saturday, true)),
    ("sunday", Lex::Weekday(Weekday::Sunday, false)),
    ("sun", Lex::Weekday(Weekday::Sunday, true)),
    ("second", Lex::Unit(Unit::Second, false)),
    ("seconds", Lex::Unit(Unit::Second, true)),
    ("minute", Lex::Unit(Unit::Minute, false)),
    ("minutes", Lex::Unit(Unit::Minute, true)),
    ("hour", Lex::Unit(Unit::Hour, false)),
    ("hours", Lex::Unit(Unit::Hour, true)),
    ("day", Lex::Unit(Unit::Day, false)),
    ("days", Lex::Unit(Unit::Day, true)),
    ("week", Lex::Unit(Unit::Week, false)),
    ("weeks", Lex::Unit(Unit::Week, true)),
    ("fortnight", Lex::Unit(Unit::Fortnight, false)),
    ("fortnights", Lex::Unit(Unit::Fortnight, true)),
    ("month", Lex::Unit(Unit::Month, false)),
    ("months", Lex::Unit(Unit::Month, true)),
    ("year", Lex::Unit(Unit::Year, false)),
    ("years", Lex::Unit(Unit::Year, true)),
    ("decade", Lex::Unit(Unit::Decade, false)),
    ("decades", Lex::Unit(Unit::Decade, true)),
    ("century", Lex::Unit(Unit::Century, false)),
    ("centuries", Lex::Unit(Unit::Century, true)),
    ("on", Lex::Key(Key::On)),
    ("in", Lex::Key(Key::In)),
    ("at", Lex::Key(Key::At)),
    ("of", Lex::Key(Key::Of)),
    ("since", Lex::Key(Key::Since)),
    ("until till til untill", Lex::Key(Key::Until)),
    ("by", Lex::Key(Key::By)),
    ("from", Lex::Key(Key::From)),
    ("to", Lex::Key(Key::To)),
    ("through thru", Lex::Key(Key::Through)),
    ("between", Lex::Key(Key::Between)),
    ("and", Lex::Key(Key::And)),
    ("before", Lex::Key(Key::Before)),
    ("after", Lex::Key(Key::After)),
    ("during", Lex::Key(Key::During)),
    ("for", Lex::Key(Key::For)),
    ("within", Lex::Key(Key::Within)),
    ("over", Lex::Key(Key::Over)),
    ("prior", Lex::Key(Key::Prior)),
    ("the", Lex::Key(Key::The)),
    ("a an", Lex::Key(Key::A)),
    ("last", Lex::Key(Key::Last)),
    ("past", Lex::Key(Key::Past)),
    ("next", Lex::Key(Key::Next)),
    ("this", Lex::Key(Key::This)),
    ("coming", Lex::Key(Key::Coming)),
    ("previous preceding", Lex::Key(Key::Previous)),
    ("following", Lex::Key(Key::Following)),
    ("same", Lex::Key(Key::Same)),
    ("that", Lex::Key(Key::That)),
    ("earlier", Lex::Key(Key::Earlier)),
    ("later", Lex::Key(Key::Later)),
    ("early", Lex::Key(Key::Early)),
    ("late", Lex::Key(Key::Late)),
    ("mid", Lex::Key(Key::Mid)),
    ("end", Lex::Key(Key::End)),
    ("beginning", Lex::Key(Key::Beginning)),
    ("start", Lex::Key(Key::Start)),
    ("middle", Lex::Key(Key::Middle)),
    ("today", Lex::Key(Key::Today)),
    ("yesterday", Lex::Key(Key::Yesterday)),
    ("tomorrow", Lex::Key(Key::Tomorrow)),
    ("tonight", Lex::Key(Key::Tonight)),
    ("ago", Lex::Key(Key::Ago)),
    ("weekend", Lex::Key(Key::Weekend)),
    ("morning afternoon evening night", Lex::Key(Key::DayPart)),
    ("time", Lex::Key(Key::Time)),
    ("more", Lex::Key(Key::More)),
    ("less fewer", Lex::Key(Key::Less)),
    ("than", Lex::Key(Key::Than)),
    ("nearly almost about around some roughly approximately", Lex::Key(Key::About)),
    ("least", Lex::Key(Key::Least)),
    ("up", Lex::Key(Key::Up)),
    ("once twice times per every", Lex::Key(Key::Rate)),
    ("will shall won't would could might must should upcoming scheduled expected expect expects forecast forecasts forecasting begins starts ends expires opens closes resumes takes meets", Lex::Key(Key::Future)),
    ("plan plans planned planning set going due aims intends intend hopes likely unlikely prepares preparing poised", Lex::Key(Key::FutureTo)),
    ("be", Lex::Key(Key::Be)),
    ("said says say told added noted reported announced stated according who which whom but while although though because", Lex::Key(Key::Clause)),
    ("million billion trillion thousand hundred percent pct per-cent people won yen yuan km kg mw gmt utc hrs hr h local et est edt bst cet cest kst jst am pm a.m. p.m. feet metres meters tonnes tons units points bn mln m", Lex::Key(Key::NotYear)),
    ("no nos number", Lex::Key(Key::No)),
    ("half", Lex::Key(Key::Half)),
    ("quarter", Lex::Key(Key::Quarter)),
    ("one", Lex::Number(1)),
    ("two", Lex::Number(2)),
    ("three", Lex::Number(3)),
    ("four", Lex::Number(4)),
    ("five", Lex::Number(5)),
    ("six", Lex::Number(6)),
    ("seven", Lex::Number(7)),
    ("eight", Lex::Number(8)),
    ("nine", Lex::Number(9)),
    ("ten", Lex::Number(10)),
    ("eleven", Lex::Number(11)),
    ("twelve", Lex::Number(12)),
    ("thirteen", Lex::Number(13)),
    ("fourteen", Lex::Number(14)),
    ("fifteen", Lex::Number(15)),
    ("sixteen", Lex::Number(16)),
    ("seventeen", Lex::Number(17)),
    ("eighteen", Lex::Number(18)),
    ("nineteen", Lex::Number(19)),
    ("twenty", Lex::Number(20)),
    ("thirty", Lex::Number(30)),
    ("forty", Lex::Number(40)),
    ("fifty", Lex::Number(50)),
    ("sixty", Lex::Number(60)),
    ("seventy", Lex::Number(70)),
    ("eighty", Lex::Number(80)),
    ("ninety", Lex::Number(90)),
];

const SLOTS: usize = 1024;

/// The words of [`GROUPS`] in an open-addressing hash table keyed by the word packed into a
/// `u128`, built on first use: a lookup is one multiply and, almost always, one comparison.
fn table() -> &'static [(u128, Lex)] {
    static TABLE: OnceLock<Vec<(u128, Lex)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = vec![(0u128, Lex::Other); SLOTS];
        for &(words, lex) in GROUPS {
            for key in words.split(' ').filter_map(|w| pack(w.as_bytes())) {
                let mut slot = hash(key);
                while table[slot].0 != 0 {
                    slot = (slot + 1) % SLOTS;
                }
                table[slot] = (key, lex);
            }
        }
        table
    })
}

fn hash(key: u128) -> usize {
    let mixed = ((key as u64) ^ ((key >> 64) as u64).rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (mixed >> 54) as usize % SLOTS
}

/// Up to 16 bytes as one number (zero-padded; words never contain NUL).
fn pack(w: &[u8]) -> Option<u128> {
    let mut b = [0u8; 16];
    b.get_mut(..w.len())?.copy_from_slice(w);
    Some(u128::from_le_bytes(b))
}

fn lookup(key: u128) -> Lex {
    let table = table();
    let mut slot = hash(key);
    loop {
        match table[slot] {
            (0, _) => return Lex::Other,
            (k, lex) if k == key => return lex,
            _ => slot = (slot + 1) % SLOTS,
        }
    }
}

/// `word` lowercased and packed as [`pack`] does, curly apostrophes made straight, with its
/// length; `None` when it is empty, longer than 16 bytes or not ASCII. ASCII words are loaded
/// a word at a time and lowercased by setting bit 5 of every byte, which maps capitals to
/// small letters and leaves digits, "'", "-", ".", "&" and "/" (the only other bytes a word
/// token holds) unchanged.
fn key(word: &str) -> Option<(u128, u32)> {
    let b = word.as_bytes();
    if b.is_empty() || b.len() > 16 {
        return (b.len() > 16 && b.len() <= 24).then(|| slow_key(b)).flatten();
    }
    if !b.is_ascii() {
        return slow_key(b);
    }
    let n = b.len() as u32;
    let (lo, hi) = b.split_at(b.len().min(8));
    let raw = u128::from(load(lo)) | (u128::from(load(hi)) << 64);
    Some((raw | (0x2020_2020_2020_2020_2020_2020_2020_2020 & mask(n)), n))
}

/// Up to eight bytes, little-endian, with overlapping loads instead of a byte loop.
fn load(s: &[u8]) -> u64 {
    let n = s.len();
    let word = |i: usize| u64::from(u32::from_le_bytes([s[i], s[i + 1], s[i + 2], s[i + 3]]));
    match n {
        0 => 0,
        1..=3 => s.iter().rev().fold(0, |acc, &b| (acc << 8) | u64::from(b)),
        _ => word(0) | (word(n - 4) << (8 * (n - 4))),
    }
}

/// The byte-by-byte path for words with a curly apostrophe ("Korea’s").
fn slow_key(bytes: &[u8]) -> Option<(u128, u32)> {
    let (mut key, mut n, mut i) = (0u128, 0u32, 0);
    while i < bytes.len() {
        let b = bytes[i];
        let out = if b.is_ascii() {
            i += 1;
            b.to_ascii_lowercase()
        } else if bytes[i..].starts_with("’".as_bytes()) {
            i += 3;
            b'\''
        } else {
            return None;
        };
        if n == 16 {
            return None;
        }
        key |= u128::from(out) << (8 * n);
        n += 1;
    }
    (n > 0).then_some((key, n))
}

/// The low `n` bytes of a packed word, for `n` up to 16: a table, as shifting a `u128` by a
/// variable amount takes several instructions and branches.
const MASKS: [u128; 17] = {
    let mut masks = [u128::MAX; 17];
    let mut n = 0;
    while n < 16 {
        masks[n] = (1u128 << (8 * n)) - 1;
        n += 1;
    }
    masks
};

fn mask(n: u32) -> u128 {
    MASKS[(n as usize).min(16)]
}

/// Whether the packed word of length `n` is longer than `suffix` and ends with it.
fn ends_with(key: u128, n: u32, suffix: &[u8]) -> bool {
    let bytes = key.to_le_bytes();
    (n as usize) > suffix.len() && bytes.get(..n as usize).is_some_and(|b| b.ends_with(suffix))
}

/// Classifies one word token.
pub(crate) fn classify(word: &str) -> Lex {
    let Some((mut k, mut n)) = key(word) else { return Lex::Other };
    for suffix in [b"'s".as_slice(), b"'"] {
        if ends_with(k, n, suffix) {
            n -= suffix.len() as u32;
            k &= mask(n);
            break;
        }
    }
    if ends_with(k, n, b"'ll") {
        return Lex::Key(Key::Future);
    }
    match lookup(k) {
        Lex::Other if word.bytes().any(|b| b == b'-') => {
            compound_number(word).map_or(Lex::Other, Lex::Number)
        }
        lex => lex,
    }
}

/// Whether `word`, as printed (no possessive), is a month name.
pub(crate) fn is_month(word: &str) -> bool {
    key(word).is_some_and(|(k, _)| matches!(lookup(k), Lex::Month(..)))
}

/// The month a full month name printed as `word` names ("June" → 6); not abbreviations.
pub(crate) fn full_month(word: &str) -> Option<i8> {
    match lookup(key(word)?.0) {
        Lex::Month(m, false) => Some(m),
        _ => None,
    }
}

/// Whether `word`, as printed, names a month or a weekday ("Tue", "October").
pub(crate) fn is_calendar_name(word: &str) -> bool {
    key(word).is_some_and(|(k, _)| matches!(lookup(k), Lex::Month(..) | Lex::Weekday(..)))
}

/// "twenty-five" → 25.
fn compound_number(word: &str) -> Option<u32> {
    let (tens, units) = word.split_once('-')?;
    match (lookup(key(tens)?.0), lookup(key(units)?.0)) {
        (Lex::Number(t), Lex::Number(u)) if t >= 20 && t.is_multiple_of(10) && u < 10 => Some(t + u),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_any_case_and_possessive() {
        assert_eq!(classify("October"), Lex::Month(10, false));
        assert_eq!(classify("SEPT"), Lex::Month(9, true));
        assert_eq!(classify("July’s"), Lex::Month(7, false));
        assert_eq!(classify("Thurs"), Lex::Weekday(Weekday::Thursday, true));
        assert_eq!(classify("year's"), Lex::Unit(Unit::Year, false));
        assert_eq!(classify("months"), Lex::Unit(Unit::Month, true));
    }

    #[test]
    fn number_words_and_cues() {
        assert_eq!(classify("three"), Lex::Number(3));
        assert_eq!(classify("Twenty-five"), Lex::Number(25));
        assert_eq!(classify("twenty-twelve"), Lex::Other);
        assert_eq!(classify("we’ll"), Lex::Key(Key::Future));
        assert_eq!(classify("an"), Lex::Key(Key::A));
    }

    #[test]
    fn every_spelling_is_listed_once_and_found() {
        let mut words: Vec<&str> = GROUPS.iter().flat_map(|(w, _)| w.split(' ')).collect();
        for w in &words {
            assert_ne!(classify(w), Lex::Other, "{w}");
        }
        let n = words.len();
        words.sort_unstable();
        words.dedup();
        assert_eq!(words.len(), n, "a word is listed twice");
    }

    #[test]
    fn long_or_foreign_words_are_plain() {
        assert_eq!(classify("internationalisation"), Lex::Other);
        assert_eq!(classify("피터빈트"), Lex::Other);
        assert_eq!(classify(""), Lex::Other);
    }
}
