//! Word classes the date recognisers look up: month and weekday names, time units, number
//! words, and the keywords around dates (prepositions, "last"/"next", tense cues).
//!
//! A word is lowercased into a small stack buffer and matched against byte strings, so no
//! lookup allocates. A possessive "'s" is stripped first ("July's", "year's"), a curly
//! apostrophe counts as a straight one, and "we'll" is a future cue. Non-ASCII words and words
//! longer than the buffer are plain words. English only.

use jiff::civil::Weekday;

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

const BUF: usize = 14;

/// Lowercases `word` into `buf`, curly apostrophes made straight; `None` when it does not fit
/// or is not ASCII.
fn lower(word: &str, buf: &mut [u8; BUF]) -> Option<usize> {
    let mut n = 0;
    for c in word.chars() {
        let b = match c {
            '’' => b'\'',
            c if c.is_ascii() => c.to_ascii_lowercase() as u8,
            _ => return None,
        };
        *buf.get_mut(n)? = b;
        n += 1;
    }
    Some(n)
}

/// Classifies one word token.
pub(crate) fn classify(word: &str) -> Lex {
    let mut buf = [0u8; BUF];
    let Some(n) = lower(word, &mut buf) else { return Lex::Other };
    let mut w = &buf[..n];
    if let Some(stem) = w.strip_suffix(b"'s").or_else(|| w.strip_suffix(b"'")) {
        w = stem;
    }
    if w.ends_with(b"'ll") {
        return Lex::Key(Key::Future);
    }
    if let Some(lex) = month(w).or_else(|| weekday(w)).or_else(|| unit(w)) {
        return lex;
    }
    if let Some(n) = number_word(w) {
        return Lex::Number(n);
    }
    key(w).map_or(Lex::Other, Lex::Key)
}

fn month(w: &[u8]) -> Option<Lex> {
    let (m, abbr) = match w {
        b"january" => (1, false),
        b"jan" => (1, true),
        b"february" => (2, false),
        b"feb" => (2, true),
        b"march" => (3, false),
        b"mar" => (3, true),
        b"april" => (4, false),
        b"apr" => (4, true),
        b"may" => (5, false),
        b"june" => (6, false),
        b"jun" => (6, true),
        b"july" => (7, false),
        b"jul" => (7, true),
        b"august" => (8, false),
        b"aug" => (8, true),
        b"september" => (9, false),
        b"sep" | b"sept" => (9, true),
        b"october" => (10, false),
        b"oct" => (10, true),
        b"november" => (11, false),
        b"nov" => (11, true),
        b"december" => (12, false),
        b"dec" => (12, true),
        _ => return None,
    };
    Some(Lex::Month(m, abbr))
}

fn weekday(w: &[u8]) -> Option<Lex> {
    use Weekday::*;
    let (d, abbr) = match w {
        b"monday" => (Monday, false),
        b"mon" => (Monday, true),
        b"tuesday" => (Tuesday, false),
        b"tue" | b"tues" => (Tuesday, true),
        b"wednesday" => (Wednesday, false),
        b"wed" => (Wednesday, true),
        b"thursday" => (Thursday, false),
        b"thu" | b"thur" | b"thurs" => (Thursday, true),
        b"friday" => (Friday, false),
        b"fri" => (Friday, true),
        b"saturday" => (Saturday, false),
        b"sat" => (Saturday, true),
        b"sunday" => (Sunday, false),
        b"sun" => (Sunday, true),
        _ => return None,
    };
    Some(Lex::Weekday(d, abbr))
}

fn unit(w: &[u8]) -> Option<Lex> {
    use Unit::*;
    let (u, plural) = match w {
        b"second" => (Second, false),
        b"seconds" => (Second, true),
        b"minute" => (Minute, false),
        b"minutes" => (Minute, true),
        b"hour" => (Hour, false),
        b"hours" => (Hour, true),
        b"day" => (Day, false),
        b"days" => (Day, true),
        b"week" => (Week, false),
        b"weeks" => (Week, true),
        b"fortnight" => (Fortnight, false),
        b"fortnights" => (Fortnight, true),
        b"month" => (Month, false),
        b"months" => (Month, true),
        b"year" => (Year, false),
        b"years" => (Year, true),
        b"decade" => (Decade, false),
        b"decades" => (Decade, true),
        b"century" => (Century, false),
        b"centuries" => (Century, true),
        _ => return None,
    };
    Some(Lex::Unit(u, plural))
}

fn small_number(w: &[u8]) -> Option<u32> {
    Some(match w {
        b"one" => 1,
        b"two" => 2,
        b"three" => 3,
        b"four" => 4,
        b"five" => 5,
        b"six" => 6,
        b"seven" => 7,
        b"eight" => 8,
        b"nine" => 9,
        b"ten" => 10,
        b"eleven" => 11,
        b"twelve" => 12,
        b"thirteen" => 13,
        b"fourteen" => 14,
        b"fifteen" => 15,
        b"sixteen" => 16,
        b"seventeen" => 17,
        b"eighteen" => 18,
        b"nineteen" => 19,
        _ => return None,
    })
}

fn tens(w: &[u8]) -> Option<u32> {
    Some(match w {
        b"twenty" => 20,
        b"thirty" => 30,
        b"forty" => 40,
        b"fifty" => 50,
        b"sixty" => 60,
        b"seventy" => 70,
        b"eighty" => 80,
        b"ninety" => 90,
        _ => return None,
    })
}

/// "three" → 3, "twenty-five" → 25.
fn number_word(w: &[u8]) -> Option<u32> {
    if let Some(dash) = w.iter().position(|&b| b == b'-') {
        let (t, u) = (tens(&w[..dash])?, small_number(&w[dash + 1..])?);
        return (u < 10).then_some(t + u);
    }
    small_number(w).or_else(|| tens(w))
}

fn key(w: &[u8]) -> Option<Key> {
    use Key::*;
    Some(match w {
        b"on" => On,
        b"in" => In,
        b"at" => At,
        b"of" => Of,
        b"since" => Since,
        b"until" | b"till" | b"til" | b"untill" => Until,
        b"by" => By,
        b"from" => From,
        b"to" => To,
        b"through" | b"thru" => Through,
        b"between" => Between,
        b"and" => And,
        b"before" => Before,
        b"after" => After,
        b"during" => During,
        b"for" => For,
        b"within" => Within,
        b"over" => Over,
        b"prior" => Prior,
        b"the" => The,
        b"a" | b"an" => A,
        b"last" => Last,
        b"past" => Past,
        b"next" => Next,
        b"this" => This,
        b"coming" => Coming,
        b"previous" | b"preceding" => Previous,
        b"following" => Following,
        b"same" => Same,
        b"that" => That,
        b"earlier" => Earlier,
        b"later" => Later,
        b"early" => Early,
        b"late" => Late,
        b"mid" => Mid,
        b"end" => End,
        b"beginning" => Beginning,
        b"start" => Start,
        b"middle" => Middle,
        b"today" => Today,
        b"yesterday" => Yesterday,
        b"tomorrow" => Tomorrow,
        b"tonight" => Tonight,
        b"ago" => Ago,
        b"weekend" => Weekend,
        b"morning" | b"afternoon" | b"evening" | b"night" => DayPart,
        b"time" => Time,
        b"more" => More,
        b"less" | b"fewer" => Less,
        b"than" => Than,
        b"nearly" | b"almost" | b"about" | b"around" | b"some" | b"roughly" | b"approximately" => About,
        b"least" => Least,
        b"up" => Up,
        b"once" | b"twice" | b"times" | b"per" | b"every" => Rate,
        b"will" | b"shall" | b"won't" | b"upcoming" | b"scheduled" | b"expected" => Future,
        b"plan" | b"plans" | b"planned" | b"planning" | b"set" | b"going" | b"due" | b"aims" | b"intends"
        | b"intend" | b"hopes" => FutureTo,
        b"be" => Be,
        b"said" | b"says" | b"say" | b"told" | b"added" | b"noted" | b"reported" | b"announced"
        | b"stated" | b"according" | b"who" | b"which" | b"whom" | b"but" | b"while" | b"although"
        | b"though" | b"because" => Clause,
        b"million" | b"billion" | b"trillion" | b"thousand" | b"hundred" | b"percent" | b"pct"
        | b"per-cent" | b"people" | b"won" | b"yen" | b"yuan" | b"km" | b"kg" | b"mw" | b"gmt" | b"utc"
        | b"hrs" | b"hr" | b"h" | b"local" | b"et" | b"est" | b"edt" | b"bst" | b"cet" | b"cest" | b"kst"
        | b"jst" | b"am" | b"pm" | b"a.m." | b"p.m." | b"feet" | b"metres" | b"meters" | b"tonnes"
        | b"tons" | b"units" | b"points" | b"bn" | b"mln" | b"m" => NotYear,
        b"no" | b"nos" | b"number" => No,
        b"half" => Half,
        b"quarter" => Quarter,
        _ => return None,
    })
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
    fn long_or_foreign_words_are_plain() {
        assert_eq!(classify("internationalisation"), Lex::Other);
        assert_eq!(classify("피터빈트"), Lex::Other);
        assert_eq!(classify(""), Lex::Other);
    }
}
