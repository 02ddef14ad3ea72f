//! Dates printed in full or nearly: "October 11", "Oct. 11, 2019", "11th July 2019", "the
//! 11th of July", "Thu 11th July 2019", "Friday, November 22, 2019", "July 2019", "2019-07-11",
//! "29/10/2019" (day first unless the second field is over 12), "11-Oct-2019", years, spans
//! ("1910-45", "1910-1945", "Oct. 11-12", "between 2019 and 2024", "from July to September",
//! "between March 3 and 5"),
//! centuries ("the early 20th century" → `19`) and decades ("the 1990s" → `199`, ISO 8601-1's
//! reduced precision, as a century is `19`), and holidays on a fixed day ("New Year's Eve",
//! "Christmas", "Boxing Day").
//!
//! A day without a year takes the year that puts it nearest the publication date, or the
//! next one in a future-tense clause, and reports `yearless` so an undated article can be
//! placed. A bare four-digit number 1000–2100 is a year unless money, a count or a clock time
//! ("$2000", "No. 1965", "1500 troops", "1500 GMT", "2000 percent") says otherwise; "May" and
//! "March" are months only when capitalised and not part of a name ("Theresa May").
//! Limits: two-digit years ("29/10/19") and yearless numeric dates ("9/11") are not taken.

use super::calendar::{self, day_without_year, year_of_month, Note, Pick};
use super::lexicon::{full_month, Key, Lex};
use super::scan::{parse_digits, Scan};
use super::tense::{is_future, is_planned, tense_of, Tense};
use super::{Basis, Cx, Hit};
use crate::timevalue::TimeValue;
use crate::tokens::TokenKind;

/// A date as printed, before a missing year is supplied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Point {
    Day(Option<i16>, i8, i8),
    /// "Oct. 11-12".
    Days(Option<i16>, i8, i8, i8),
    /// A month with its year, or alone inside a span ("from July to September").
    Month(Option<i16>, i8),
    Year(i16),
    /// "1910-45".
    Years(i16, i16),
    /// "the 1990s": the decade's number (`199`).
    Decade(i16),
}

pub(super) fn at(s: &Scan, i: usize, cx: &Cx) -> Option<Hit> {
    span(s, i, cx)
        .or_else(|| with_weekday(s, i, cx))
        .or_else(|| century(s, i))
        .or_else(|| holiday(s, i, cx))
        .or_else(|| single(s, i, cx))
}

/// Holidays on a fixed day: "New Year's Eve", "New Year's Day", "Christmas Eve", "Christmas
/// (Day)", "Boxing Day". The year is the one its clause's tense puts nearest the article's.
/// Feasts counted from Easter are read by [`movable_feast`]. Limits: holidays of other
/// calendars (Eid, Lunar New Year) are left out, as are national days, which differ by country.
fn holiday(s: &Scan, i: usize, cx: &Cx) -> Option<Hit> {
    let is = |j: usize, word: &str| s.word(j).eq_ignore_ascii_case(word);
    if !s.capitalised(i) {
        return None;
    }
    let new_years = is(i, "new") && ["year's", "year’s", "years"].iter().any(|w| is(i + 1, w));
    let (month, day, end) = if new_years && is(i + 2, "eve") {
        (12, 31, i + 3)
    } else if new_years && is(i + 2, "day") {
        (1, 1, i + 3)
    } else if is(i, "christmas") && is(i + 1, "eve") {
        (12, 24, i + 2)
    } else if is(i, "christmas") {
        (12, 25, if is(i + 1, "day") { i + 2 } else { i + 1 })
    } else if is(i, "boxing") && is(i + 1, "day") {
        (12, 26, i + 2)
    } else {
        return movable_feast(s, i, cx);
    };
    let first = if s.is(i.wrapping_sub(1), Key::On) { i - 1 } else { i };
    // "Christmas Day 2024": the holiday of the printed year.
    if let Some((end, year)) = year_after(s, end) {
        let value = jiff::civil::Date::new(year, month, day)
            .map(TimeValue::Day)
            .map_err(|_| super::calendar::OUT_OF_RANGE);
        return Some(Hit::new(first, end, "holiday", Basis::Text, value));
    }
    let tense = tense_of(s, i, end);
    let value = day_without_year(cx.published, month, day, tense).map(TimeValue::Day);
    let mut hit = Hit::new(first, end, "holiday", Basis::Published, value).yearless(month, Some(day));
    if let Some(y) = hit.yearless.as_mut() {
        // "talks before Christmas": to come, no clue to the writing.
        y.future = tense == Tense::Future || is_limit_or_plan(s, i, end);
    }
    Some(hit)
}

/// Feasts counted from Easter: their name's words, and the days from Easter Sunday.
const MOVABLE_FEASTS: &[(&[&str], i64)] = &[
    (&["easter", "monday"], 1),
    (&["easter", "sunday"], 0),
    (&["easter", "day"], 0),
    (&["easter"], 0),
    (&["good", "friday"], -2),
    (&["holy", "saturday"], -1),
    (&["holy", "thursday"], -3),
    (&["maundy", "thursday"], -3),
    (&["palm", "sunday"], -7),
    (&["ascension", "day"], 39),
    (&["ascension", "thursday"], 39),
    (&["whit", "sunday"], 49),
    (&["whitsunday"], 49),
    (&["pentecost", "sunday"], 49),
    (&["pentecost"], 49),
    (&["whit", "monday"], 50),
    (&["pentecost", "monday"], 50),
];

/// "Ascension Day", "Good Friday", "Easter Monday 2024": a feast counted from Easter, in the
/// printed year, else the one its clause's tense puts nearest the article's date. Its day
/// without a year moves from year to year, so it gives no clue to an undated page's month.
fn movable_feast(s: &Scan, i: usize, cx: &Cx) -> Option<Hit> {
    let (words, offset) = MOVABLE_FEASTS.iter().find(|(words, _)| {
        words.iter().enumerate().all(|(k, w)| s.word(i + k).eq_ignore_ascii_case(w) && s.capitalised(i + k))
    })?;
    let end = i + words.len();
    // "the Easter Rising", "the Good Friday Agreement", "Easter Island": a name's first words.
    if s.capitalised(end) {
        return None;
    }
    // "Palm Sunday, April 18": the printed day and its weekday say more than the feast.
    if s.punct(end, ',') && (s.month(end + 1).is_some() || s.kind(end + 1) == Some(TokenKind::Number)) {
        return None;
    }
    let first = if s.is(i.wrapping_sub(1), Key::On) { i - 1 } else { i };
    if let Some((end, year)) = year_after(s, end) {
        let value = calendar::feast_from_easter(calendar::Anchor::Year(year), *offset, Tense::Unsure)
            .map(TimeValue::Day);
        return Some(Hit::new(first, end, "holiday", Basis::Text, value));
    }
    let tense = tense_of(s, i, end);
    let value = calendar::feast_from_easter(cx.published, *offset, tense).map(TimeValue::Day);
    Some(Hit::new(first, end, "holiday", Basis::Published, value))
}

/// "Thu 11th July 2019", "Friday, November 22, 2019": the weekday joins the date.
fn with_weekday(s: &Scan, i: usize, cx: &Cx) -> Option<Hit> {
    let (weekday, abbr) = s.weekday(i)?;
    let mut j = i + 1;
    if (abbr && s.punct(j, '.')) || s.punct(j, ',') {
        j += 1;
    }
    let mut hit = single(s, j, cx)?;
    if !matches!(hit.value, Some(TimeValue::Day(_))) && hit.yearless.is_none() {
        return None;
    }
    if let Some(y) = hit.yearless.as_mut() {
        y.weekday = Some(weekday);
        // "next Tuesday, 7 July", "this Friday, 26 September": the coming such weekday.
        y.next = s.is(i.wrapping_sub(1), Key::Next) || s.is(i.wrapping_sub(1), Key::This);
        // The clause's tense is read from the weekday, not from the date after its comma,
        // which seems to open a clause: "will publish the figures on Thursday, September 11",
        // "began on Tuesday, February 9, and appears to be over".
        let tense =
            if y.next || is_future(s, i, hit.last) { Tense::Future } else { tense_of(s, i, hit.last) };
        y.future = tense == Tense::Future || is_limit_or_plan(s, i, hit.last);
        if let (Some(d), Some(TimeValue::Day(_))) = (y.day, &hit.value) {
            let by_tense = day_without_year(cx.published, y.month, d, tense).ok();
            hit.value = by_tense.map(|day| agreeing_year(day, weekday)).map(TimeValue::Day);
        }
    }
    hit.first = if s.is(i.wrapping_sub(1), Key::On) { i - 1 } else { i };
    Some(hit)
}

/// "Next Monday, June 7": a day printed with its weekday is in the year, of the one its tense
/// chose and the ones either side, that agrees with the weekday, when only one of them does;
/// a writing day guessed a little late must not push it into the next year.
fn agreeing_year(day: jiff::civil::Date, weekday: jiff::civil::Weekday) -> jiff::civil::Date {
    if day.weekday() == weekday {
        return day;
    }
    let agreeing: Vec<jiff::civil::Date> = [day.year() - 1, day.year() + 1]
        .into_iter()
        .filter_map(|y| jiff::civil::Date::new(y, day.month(), day.day()).ok())
        .filter(|d| d.weekday() == weekday)
        .collect();
    match agreeing.as_slice() {
        [only] => *only,
        _ => day,
    }
}

/// A day given as a limit, a start or a plan ("until Oct. 21", "by March 3", "the November 17
/// deadline", "from Monday, March 30", "had planned to lift it on 9 January"): it bounds or
/// foresees what is reported rather than reports a happening, so it is no clue to when the
/// page was written, even in a clause in the past ("gave them until Oct. 21").
fn is_limit_or_plan(s: &Scan, first: usize, last: usize) -> bool {
    let before =
        if first > 0 && s.is(first - 1, Key::On) { first.wrapping_sub(2) } else { first.wrapping_sub(1) };
    [Key::Until, Key::By, Key::Before, Key::From].iter().any(|&k| s.is(before, k))
        || s.word(last).eq_ignore_ascii_case("deadline")
        || is_planned(s, first)
        || SCHEDULED_PRESENT.iter().any(|v| s.word(before).eq_ignore_ascii_case(v))
}

/// Verbs whose simple present, just before a day, gives a timetable ("before parliament
/// reconvenes on Oct. 1", "the window closes on June 30"): news tells what happened in the
/// past tense, so such a day is still to come.
const SCHEDULED_PRESENT: [&str; 12] = [
    "reconvenes",
    "convenes",
    "resumes",
    "reopens",
    "opens",
    "closes",
    "begins",
    "starts",
    "expires",
    "meets",
    "sits",
    "lapses",
];

/// One date, resolved.
fn single(s: &Scan, i: usize, cx: &Cx) -> Option<Hit> {
    if let Some(hit) = prefixed_year(s, i) {
        return Some(hit);
    }
    let (end, point, rule) = point(s, i, false)?;
    let mut first = i;
    let value = match point {
        Point::Year(_) | Point::Years(..) | Point::Decade(_) if !year_context(s, i) => return None,
        Point::Year(y) => {
            let (f, v) = year_part(s, i, y);
            first = f;
            v
        }
        Point::Day(None, m, d) | Point::Days(None, m, d, _) => {
            let tense = tense_of(s, i, end);
            let future = tense == Tense::Future;
            // "Dec. 16 last year", "Nov. 19 this year": the year is said, counted from the
            // publication's, so the day is no yearless clue to when the page was written.
            if let Some(shift) = relative_year(s, end) {
                let value = cx.published.year().and_then(|y| point_value(with_year(point, y + shift)));
                return Some(Hit::new(i, end + 2, rule, Basis::Published, value));
            }
            // "In 2019, when the union struck from April 8": the year opening the sentence, or
            // one a "when" clause hangs on ("who founded it in 2019, stepped down on March 2"
            // is not of that year).
            let of_year = cx.sentence_year_fronted || super::relative::when_after_year(s, cx, i);
            if let Some(y) =
                cx.sentence_year.filter(|_| of_year && !super::relative::joined_after_year(s, cx, i))
            {
                let first = if s.is(i.wrapping_sub(1), Key::On) { i - 1 } else { i };
                return Some(Hit::new(first, end, rule, Basis::Previous, point_value(with_year(point, y))));
            }
            let year = day_without_year(cx.published, m, d, tense).map(|d| d.year());
            let value = year.and_then(|y| point_value(with_year(point, y)));
            let mut hit = Hit::new(i, end, rule, Basis::Published, value).yearless(m, Some(d));
            if let Some(y) = hit.yearless.as_mut() {
                y.future = future || is_limit_or_plan(s, i, end);
            }
            return Some(hit);
        }
        _ => point_value(point),
    };
    Some(Hit::new(first, end, rule, Basis::Text, value))
}

/// `-1`, `0` or `1` for "last year", "this year", "next year" at `i`.
pub(super) fn relative_year(s: &Scan, i: usize) -> Option<i16> {
    let shift = match s.key(i)? {
        Key::Last => -1,
        Key::This => 0,
        Key::Next => 1,
        _ => return None,
    };
    (s.unit(i + 1) == Some((super::lexicon::Unit::Year, false))).then_some(shift)
}

/// A year with what sits before it: "the end of 2019", "early 2019" are the year (the text
/// names no month: of 28 such dates in the held-out gold, 27 take the year and 22 December).
/// "The end of last year" stays December ([`super::relative`]): a year-long date would join
/// another event of that year.
fn year_part(s: &Scan, i: usize, y: i16) -> (usize, Result<TimeValue, Note>) {
    let year = calendar::year_value(i64::from(y));
    if i >= 2 && s.is(i - 1, Key::Of) {
        if !matches!(s.key(i - 2), Some(Key::End | Key::Beginning | Key::Start | Key::Middle)) {
            return (i, year);
        }
        let mut first = i - 2;
        if s.is(first.wrapping_sub(1), Key::The) {
            first -= 1;
            if matches!(s.key(first.wrapping_sub(1)), Some(Key::At | Key::By | Key::Until)) {
                first -= 1;
            }
        }
        return (first, year);
    }
    match s.key(i.wrapping_sub(1)) {
        Some(Key::Early | Key::Late | Key::Mid) => (i - 1, year),
        _ => (i, year),
    }
}

/// "mid-2019", "early-2019", "end-2019".
fn prefixed_year(s: &Scan, i: usize) -> Option<Hit> {
    if s.kind(i) != Some(TokenKind::Word) {
        return None;
    }
    let w = s.word(i);
    let (prefix, rest) = w.split_once('-')?;
    let month = match prefix.to_ascii_lowercase().as_str() {
        "mid" | "early" | "late" => None,
        "end" => Some(12),
        _ => return None,
    };
    let y = year_number(rest)?;
    let value = month.map_or_else(|| calendar::year_value(i64::from(y)), |m| calendar::month_value((y, m)));
    Some(Hit::new(i, i + 1, "year", Basis::Text, value))
}

fn with_year(p: Point, y: i16) -> Point {
    match p {
        Point::Day(_, m, d) => Point::Day(Some(y), m, d),
        Point::Days(_, m, d, e) => Point::Days(Some(y), m, d, e),
        Point::Month(_, m) => Point::Month(Some(y), m),
        other => other,
    }
}

fn point_value(p: Point) -> Result<TimeValue, Note> {
    const NO_SUCH_DAY: Note = "no such day in the calendar";
    match p {
        Point::Day(Some(y), m, d) => TimeValue::day(y, m, d).ok_or(NO_SUCH_DAY),
        Point::Days(Some(y), m, d, e) => {
            let (a, b) =
                (TimeValue::day(y, m, d).ok_or(NO_SUCH_DAY)?, TimeValue::day(y, m, e).ok_or(NO_SUCH_DAY)?);
            Ok(TimeValue::Span(Box::new(a), Box::new(b)))
        }
        Point::Month(Some(y), m) => calendar::month_value((y, m)),
        Point::Year(y) => calendar::year_value(i64::from(y)),
        Point::Decade(d) => Ok(TimeValue::Decade(d)),
        Point::Years(a, b) => Ok(TimeValue::Span(
            Box::new(calendar::year_value(i64::from(a))?),
            Box::new(calendar::year_value(i64::from(b))?),
        )),
        _ => Err(calendar::NO_ANCHOR),
    }
}

/// A year number 1000–2100 in plain digits.
fn year_number(w: &str) -> Option<i16> {
    let y = parse_digits(w)?;
    (w.len() == 4 && (1000..=2100).contains(&y)).then_some(y as i16)
}

/// A year at `i` ("2019", "2019's") that nothing after marks as a count or clock time.
fn year_at(s: &Scan, i: usize) -> Option<i16> {
    if s.kind(i) != Some(TokenKind::Number) {
        return None;
    }
    let w = s.word(i);
    let w = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w);
    let y = year_number(w)?;
    let count = s.is(i + 1, Key::NotYear) || s.punct(i + 1, '%') || (s.punct(i + 1, ':') && s.touching(i));
    (!count).then_some(y)
}

/// `[","] year` after a day or month: the end and the year, if any.
fn year_after(s: &Scan, k: usize) -> Option<(usize, i16)> {
    if s.punct(k, ',') {
        return year_at(s, k + 1).map(|y| (k + 2, y));
    }
    year_at(s, k).map(|y| (k + 1, y))
}

/// Whether a bare year at `i` reads as a year: not money, not "No. 1965", not a count of
/// things ("1500 troops") nor a model ("Strand 1860") unless a date preposition precedes it
/// ("in 2019 exports fell").
fn year_context(s: &Scan, i: usize) -> bool {
    let prev = i.checked_sub(1);
    let before = |c: char| prev.is_some_and(|p| s.punct(p, c));
    if ['$', '€', '£', '¥', '#'].into_iter().any(before) {
        return false;
    }
    if s.is(i + 1, Key::NotYear) || s.punct(i + 1, '%') || prev.is_some_and(|p| s.is(p, Key::About)) {
        return false;
    }
    let no = prev.and_then(|p| if s.punct(p, '.') { p.checked_sub(1) } else { Some(p) });
    if no.is_some_and(|p| s.is(p, Key::No)) {
        return false;
    }
    let strong = prev.is_some_and(|p| {
        matches!(
            s.key(p),
            Some(
                Key::In
                    | Key::Since
                    | Key::Until
                    | Key::By
                    | Key::From
                    | Key::Of
                    | Key::During
                    | Key::Before
                    | Key::After
                    | Key::Between
                    | Key::Through
                    | Key::Early
                    | Key::Late
                    | Key::Mid
                    | Key::The
            )
        ) || matches!(s.lex(p), Lex::Month(..))
    });
    let next_plural = s.kind(i + 1) == Some(TokenKind::Word)
        && s.lex(i + 1) == Lex::Other
        && !s.capitalised(i + 1)
        && s.word(i + 1).ends_with('s');
    // "OWW Strand 1860", "Windows 2000": a number right after a capitalised name is a model
    // ("Japan's 1910-45 rule" is not).
    let model = prev.is_some_and(|p| {
        let w = s.word(p);
        s.kind(p) == Some(TokenKind::Word)
            && s.capitalised(p)
            && s.lex(p) == Lex::Other
            && p > 0
            && !(w.ends_with("'s") || w.ends_with("’s"))
    });
    strong || !(next_plural || model)
}

/// A date starting at token `i`. With `alone`, a month name by itself counts (inside spans).
fn point(s: &Scan, i: usize, alone: bool) -> Option<(usize, Point, &'static str)> {
    if let Some((m, abbr)) = s.month(i) {
        if !month_name_ok(s, i, m) {
            return None;
        }
        let mut j = i + 1;
        if abbr && s.punct(j, '.') {
            j += 1;
        }
        if let Some(d) = s.day(j) {
            if s.punct(j + 1, ':') || s.is(j + 1, Key::NotYear) {
                return None;
            }
            return Some(match year_after(s, j + 1) {
                Some((end, y)) => (end, Point::Day(Some(y), m, d), "month-day"),
                None => (j + 1, Point::Day(None, m, d), "month-day"),
            });
        }
        if let Some((d, e)) = day_range(s, j) {
            return Some(match year_after(s, j + 1) {
                Some((end, y)) => (end, Point::Days(Some(y), m, d, e), "span"),
                None => (j + 1, Point::Days(None, m, d, e), "span"),
            });
        }
        if let Some((end, y)) = year_after(s, j) {
            return Some((end, Point::Month(Some(y), m), "month-year"));
        }
        return (alone && !abbr && s.capitalised(i)).then_some((i + 1, Point::Month(None, m), "span"));
    }
    // "10-14 March", "10-14 March 2039": a range of days before the month.
    if let (Some((d, e)), Some((m, abbr))) = (day_range(s, i), s.month(i + 1)) {
        if month_name_ok(s, i + 1, m) {
            let k = if abbr && s.punct(i + 2, '.') { i + 3 } else { i + 2 };
            return Some(match year_after(s, k) {
                Some((end, y)) => (end, Point::Days(Some(y), m, d, e), "span"),
                None => (i + 2, Point::Days(None, m, d, e), "span"),
            });
        }
    }
    // "16:08 June 02, 2026": the minutes of a clock time are no day ("Updated: 7 April" is one).
    let minutes = s.punct(i.wrapping_sub(1), ':') && s.kind(i.wrapping_sub(2)) == Some(TokenKind::Number);
    if let Some(d) = s.day(i).filter(|_| !minutes) {
        let mut j = i + 1;
        // "11. November 2036": the ordinal's dot of German and Nordic pages.
        if s.is(j, Key::Of) || s.punct(j, '.') && s.month(j + 1).is_some() {
            j += 1;
        }
        if let Some((m, abbr)) = s.month(j) {
            if month_name_ok(s, j, m) {
                let k = if abbr && s.punct(j + 1, '.') { j + 2 } else { j + 1 };
                return Some(match year_after(s, k) {
                    Some((end, y)) => (end, Point::Day(Some(y), m, d), "day-month"),
                    None => (j + 1, Point::Day(None, m, d), "day-month"),
                });
            }
        }
    }
    // "Apr.19.2038" is one word that opens with a letter.
    let dotted_month =
        || s.kind(i) == Some(TokenKind::Word) && s.word(i).ends_with(|c: char| c.is_ascii_digit());
    if s.kind(i) == Some(TokenKind::Number) || dotted_month() {
        return numeric(s.word(i)).map(|(p, rule)| (i + 1, p, rule));
    }
    None
}

/// "May" and "March" only capitalised, and "May" not after a name ("Theresa May").
fn month_name_ok(s: &Scan, i: usize, m: i8) -> bool {
    if m != 3 && m != 5 {
        return true;
    }
    if !s.capitalised(i) {
        return false;
    }
    // "Updated March 14, 2025": a date line's label is no name.
    let label = ["updated", "published", "posted", "modified", "released", "filed"]
        .iter()
        .any(|w| s.word(i.wrapping_sub(1)).eq_ignore_ascii_case(w));
    let after_name = i > 0
        && s.kind(i - 1) == Some(TokenKind::Word)
        && s.lex(i - 1) == Lex::Other
        && s.capitalised(i - 1)
        && !label;
    // "By Hoang Phong March 11, 2027": a day and a year after it make it a date all the same.
    let day_and_year = s.day(i + 1).is_some() && year_after(s, i + 2).is_some();
    !after_name || day_and_year
}

/// "11-12" after a month name.
fn day_range(s: &Scan, i: usize) -> Option<(i8, i8)> {
    if s.kind(i) != Some(TokenKind::Number) {
        return None;
    }
    let (a, b) = s.word(i).split_once('-')?;
    let (a, b) = (parse_digits(a)?, parse_digits(b)?);
    ((1..=31).contains(&a) && a < b && b <= 31).then_some((a as i8, b as i8))
}

/// A number token: "2019", "1990s", "2019-07-11", "2019-07", "29/10/2019", "29.10.2019",
/// "11-Oct-2019", "1910-45", "2019/20".
fn numeric(w: &str) -> Option<(Point, &'static str)> {
    let w = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w);
    if let Some(y) = year_number(w) {
        return Some((Point::Year(y), "year"));
    }
    if let Some(y) = w.strip_suffix('s').and_then(year_number).filter(|y| y % 10 == 0) {
        return Some((Point::Decade(y / 10), "decade"));
    }
    let sep = w.bytes().find(|b| matches!(b, b'-' | b'/' | b'.'))? as char;
    let mut parts = w.split(sep);
    let (a, b, c) = (parts.next()?, parts.next()?, parts.next());
    if parts.next().is_some() {
        return None;
    }
    let Some(c) = c else {
        // Two fields: "2019-07", "1910-45", "1910-1945", "2019/20".
        let y = year_number(a)?;
        let n = parse_digits(b)?;
        // "2008-09" in prose is a season or a fiscal year (the next year's two digits), not
        // September 2008.
        let next_year = n == (y as u32 + 1) % 100;
        if sep == '-' && b.len() == 2 && (1..=12).contains(&n) && !next_year {
            return Some((Point::Month(Some(y), n as i8), "iso"));
        }
        let end = match b.len() {
            2 => (y / 100) as u32 * 100 + n,
            4 => n,
            _ => return None,
        };
        return (sep != '.' && end > y as u32 && end <= 2100)
            .then_some((Point::Years(y, end as i16), "span"));
    };
    // "2019-07-11T09:30" keeps its date.
    let c = c.split(['T', 't']).next().unwrap_or(c);
    if let Some(y) = year_number(a) {
        let (m, d) = (parse_digits(b)?, parse_digits(c)?);
        return ((1..=12).contains(&m) && (1..=31).contains(&d))
            .then_some((Point::Day(Some(y), m as i8, d as i8), "iso"));
    }
    let y = year_number(c)?;
    // "Apr.19.2038": the month's name first, as some sites print their date line.
    if let Lex::Month(m, _) = super::lexicon::classify(a) {
        let d = parse_digits(b)?;
        return (1..=31).contains(&d).then_some((Point::Day(Some(y), m, d as i8), "numeric"));
    }
    let d = parse_digits(a)?;
    let m = match parse_digits(b) {
        Some(m) => m,
        None => match super::lexicon::classify(b) {
            Lex::Month(m, _) => m as u32,
            _ => foreign_month(b)?,
        },
    };
    let (d, m) = if m > 12 && d <= 12 { (m, d) } else { (d, m) };
    ((1..=12).contains(&m) && (1..=31).contains(&d))
        .then_some((Point::Day(Some(y), m as i8, d as i8), "numeric"))
}

/// A month abbreviated in Portuguese, Spanish, French, German or Italian, as sites print it
/// inside a numeric date ("19.set.2024", "3-dic-2023"); only there, since "set" and "mar" are
/// also words.
fn foreign_month(word: &str) -> Option<u32> {
    const MONTHS: [&[&str]; 12] = [
        &["ene", "gen", "janv"],
        &["fev", "fév", "févr"],
        &["mär", "marz"],
        &["abr", "avr"],
        &["mai", "mag"],
        &["juin", "giu"],
        &["juil", "lug"],
        &["ago", "aoû", "aou"],
        &["set", "sept", "sett"],
        &["out", "okt", "ott"],
        &[],
        &["dez", "dic", "déc"],
    ];
    let lower = word.trim_end_matches('.').to_lowercase();
    MONTHS.iter().position(|names| names.contains(&lower.as_str())).map(|i| i as u32 + 1)
}

/// "20th century", "the early 20th century", "21st-century".
fn century(s: &Scan, i: usize) -> Option<Hit> {
    if s.kind(i) != Some(TokenKind::Number) {
        return None;
    }
    let w = s.word(i);
    let (ordinal, last) = match w.split_once('-') {
        Some((o, rest)) if rest.eq_ignore_ascii_case("century") => (o, i + 1),
        None if s.unit(i + 1) == Some((super::lexicon::Unit::Century, false)) => (w, i + 2),
        _ => return None,
    };
    let n = ["st", "nd", "rd", "th"].iter().find_map(|x| ordinal.strip_suffix(x)).and_then(parse_digits)?;
    if !(1..=21).contains(&n) {
        return None;
    }
    let mut first = i;
    if matches!(s.key(i.wrapping_sub(1)), Some(Key::Early | Key::Late | Key::Mid)) {
        first -= 1;
    }
    Some(Hit::new(first, last, "century", Basis::Text, Ok(TimeValue::Century(n as i16 - 1))))
}

/// "between 2019 and 2024", "from July to September", "2019 – 2024", "Oct. 11-12".
fn span(s: &Scan, i: usize, cx: &Cx) -> Option<Hit> {
    if let Some(hit) = month_pair(s, i, cx) {
        return Some(hit);
    }
    let opener = s.key(i).filter(|k| matches!(k, Key::Between | Key::From));
    let a_at = if opener.is_some() { i + 1 } else { i };
    if let Some(hit) = opener.and_then(|o| day_before_day(s, i, a_at, o, cx)) {
        return Some(hit);
    }
    // "on 19 and 20 January": two days of one month, the span they make.
    if i > 0 && s.is(i - 1, Key::On) {
        if let Some(hit) = day_before_day(s, i - 1, i, Key::On, cx) {
            return Some(hit);
        }
    }
    let (a_end, a, _) = point(s, a_at, opener.is_some())?;
    let joined = match opener {
        Some(Key::Between) => s.is(a_end, Key::And),
        Some(_) => matches!(s.key(a_end), Some(Key::To | Key::Until | Key::Through)) || s.dash(a_end),
        None => s.dash(a_end),
    };
    if !joined {
        return None;
    }
    let (end, b) = match point(s, a_end + 1, opener.is_some()) {
        Some((end, b, _)) => (end, b),
        None => day_after_day(s, a_end + 1, a).or_else(|| short_year_after_year(s, a_end + 1, a))?,
    };
    // "1990 - 2000 troops" is a count; "2019–20 fires" (a season's short end) is not.
    if matches!(b, Point::Year(_)) && s.word(a_end + 1).len() > 2 && !year_context_after(s, end) {
        return None;
    }
    // "between February 3 and 5 this year".
    let shift = relative_year(s, end).filter(|_| needs_anchor(a) && needs_anchor(b));
    let (a, b, end) = match shift.and_then(|d| cx.published.year().ok().map(|y| y + d)) {
        Some(y) => (with_year(a, y), with_year(b, y), end + 2),
        None => (a, b, end),
    };
    let value = span_value(a, b, cx, is_future(s, i, end))?;
    let basis = match (a, b) {
        (Point::Month(None, _), Point::Month(None, _)) if cx.sentence_year.is_some() => Basis::Previous,
        _ if needs_anchor(a) || needs_anchor(b) => Basis::Published,
        _ => Basis::Text,
    };
    Some(Hit::new(i, end, "span", basis, value))
}

/// "in June and July", "June-September": two month names joined by "and" after "in", or
/// in one hyphenated word, are the span from the first to the second.
fn month_pair(s: &Scan, i: usize, cx: &Cx) -> Option<Hit> {
    let (first, a, b, end) = if let Some((x, y)) = s.word(i).split_once('-') {
        (i, full_month(x)?, full_month(y)?, i + 1)
    } else {
        if !s.is(i.wrapping_sub(1), Key::In) || !s.is(i + 1, Key::And) {
            return None;
        }
        let (a, b) = (full_month(s.word(i))?, full_month(s.word(i + 2))?);
        if !(s.capitalised(i) && s.capitalised(i + 2)) {
            return None;
        }
        // "in June and July 2025": both months of the printed year.
        if let Some((end, y)) = year_after(s, i + 3) {
            let value = span_value(Point::Month(Some(y), a), Point::Month(Some(y), b), cx, false)?;
            return Some(Hit::new(i - 1, end, "span", Basis::Text, value));
        }
        (i - 1, a, b, i + 3)
    };
    let value = span_value(Point::Month(None, a), Point::Month(None, b), cx, is_future(s, first, end))?;
    let basis = if cx.sentence_year.is_some() { Basis::Previous } else { Basis::Published };
    Some(Hit::new(first, end, "span", basis, value))
}

/// "from 10 to 14 March", "between 2 and 4 March 2039", "on 19 and 20 January": a bare day
/// number that opens a span ended by a day printed before its month takes that month (and
/// year).
fn day_before_day(s: &Scan, i: usize, a_at: usize, opener: Key, cx: &Cx) -> Option<Hit> {
    let first = s.day(a_at).filter(|_| s.month(a_at + 1).is_none())?;
    let joined = match opener {
        Key::Between | Key::On => s.is(a_at + 1, Key::And),
        _ => matches!(s.key(a_at + 1), Some(Key::To | Key::Until | Key::Through)) || s.dash(a_at + 1),
    };
    if !joined {
        return None;
    }
    let (end, b, _) = point(s, a_at + 2, true)?;
    let Point::Day(year, month, last) = b else { return None };
    if first >= last {
        return None;
    }
    let a = Point::Day(year, month, first);
    let value = span_value(a, b, cx, is_future(s, i, end))?;
    let basis = if year.is_none() { Basis::Published } else { Basis::Text };
    Some(Hit::new(i, end, "span", basis, value))
}

/// "between March 3 and 5", "from Oct. 11 to 14, 2019": a bare day number that ends a span
/// opened by a day takes the month (and year) of the first.
fn day_after_day(s: &Scan, i: usize, a: Point) -> Option<(usize, Point)> {
    // "March 10, 2020 - 13:59" is a date and a clock time.
    let Point::Day(None, month, first) = a else { return None };
    let day = s.day(i).filter(|&d| d > first && !s.is(i + 1, Key::NotYear) && !s.punct(i + 1, ':'))?;
    Some(match year_after(s, i + 1) {
        Some((end, y)) => (end, Point::Day(Some(y), month, day)),
        None => (i + 1, Point::Day(None, month, day)),
    })
}

/// "2019–20", "the 2014 – 15 season": two digits after a year's dash are the later year of
/// the same century (numeric() reads the one-token "2019-20" the same way).
fn short_year_after_year(s: &Scan, i: usize, a: Point) -> Option<(usize, Point)> {
    let Point::Year(first) = a else { return None };
    let w = s.word(i);
    if s.kind(i) != Some(TokenKind::Number) || w.len() != 2 {
        return None;
    }
    let last = first / 100 * 100 + parse_digits(w)? as i16;
    (last > first).then_some((i + 1, Point::Year(last)))
}

fn year_context_after(s: &Scan, end: usize) -> bool {
    !(s.is(end, Key::NotYear)
        || s.kind(end) == Some(TokenKind::Word)
            && s.lex(end) == Lex::Other
            && !s.capitalised(end)
            && s.word(end).ends_with('s'))
}

fn needs_anchor(p: Point) -> bool {
    matches!(p, Point::Day(None, ..) | Point::Days(None, ..) | Point::Month(None, _))
}

/// The value of a two-ended span, a missing year taken from the other end or the anchor;
/// `None` when the ends do not make a forward span.
fn span_value(a: Point, b: Point, cx: &Cx, future: bool) -> Option<Result<TimeValue, Note>> {
    let pick = if future { Pick::Upcoming } else { Pick::Recent };
    let (a, b) = match (a, b) {
        (Point::Year(x), Point::Year(y)) => (Point::Year(x), Point::Year(y)),
        (Point::Month(ya, ma), Point::Month(yb, mb)) if ma > 0 && mb > 0 => {
            let (ya, yb) = match (ya, yb) {
                (Some(x), Some(y)) => (x, y),
                (Some(x), None) => (x, x + i16::from(mb < ma)),
                (None, Some(y)) => (y - i16::from(mb < ma), y),
                (None, None) if cx.sentence_year.is_some() => {
                    let x = cx.sentence_year.unwrap_or_default();
                    (x, x + i16::from(mb < ma))
                }
                (None, None) => match cx.published.month() {
                    Ok(anchor) => {
                        let x = year_of_month(anchor, ma, pick);
                        (x, x + i16::from(mb < ma))
                    }
                    Err(note) => return Some(Err(note)),
                },
            };
            (Point::Month(Some(ya), ma), Point::Month(Some(yb), mb))
        }
        (Point::Day(ya, ma, da), Point::Day(yb, mb, db)) => {
            let (ya, yb) = match (ya, yb) {
                (Some(x), Some(y)) => (x, y),
                (Some(x), None) => (x, x),
                (None, Some(y)) => (y, y),
                (None, None) => match day_without_year(
                    cx.published,
                    ma,
                    da,
                    if future { Tense::Future } else { Tense::Unsure },
                ) {
                    Ok(d) => (d.year(), d.year()),
                    Err(note) => return Some(Err(note)),
                },
            };
            (Point::Day(Some(ya), ma, da), Point::Day(Some(yb), mb, db))
        }
        _ => return None,
    };
    let (a, b) = (point_value(a).ok()?, point_value(b).ok()?);
    let (first, last) = (a.bounds()?, b.bounds()?);
    (first.0 <= last.0).then(|| Ok(TimeValue::Span(Box::new(a), Box::new(b))))
}

#[cfg(test)]
mod tests {
    use crate::dates::{find_dates, DateContext};
    use crate::TimeValue;

    /// `(text, value)` of the first expression found, published on `published`.
    fn v(text: &str, published: &str) -> (String, String) {
        let mut ctx =
            DateContext { published: TimeValue::parse_iso(published), previous: None, pinned: None };
        let f =
            find_dates(text, &mut ctx).into_iter().next().unwrap_or_else(|| panic!("nothing in {text:?}"));
        (text[f.start..f.end].to_string(), f.value.map_or("-".into(), |v| v.to_iso()))
    }

    fn e(text: &str, value: &str) -> (String, String) {
        (text.into(), value.into())
    }

    #[test]
    fn month_day_in_every_spelling() {
        let p = "2019-11-20";
        assert_eq!(v("The first round happened on October 11.", p), e("October 11", "2019-10-11"));
        assert_eq!(v("Talks on Oct. 11 failed.", p), e("Oct. 11", "2019-10-11"));
        assert_eq!(v("It began Sept. 3 in Seoul.", p), e("Sept. 3", "2019-09-03"));
        assert_eq!(v("It began Sept 3rd in Seoul.", p), e("Sept 3rd", "2019-09-03"));
        assert_eq!(v("They meet on Nov. 19 in Geneva.", "2019-11-08"), e("Nov. 19", "2019-11-19"));
        assert_eq!(v("from August 28.", "2019-08-29"), e("August 28", "2019-08-28"));
        assert_eq!(v("on March 10, 2020.", p), e("March 10, 2020", "2020-03-10"));
        assert_eq!(v("on May 5 2018 it began", p), e("May 5 2018", "2018-05-05"));
    }

    #[test]
    fn a_weekday_keeps_its_day_in_the_year_it_agrees_with() {
        // 7 June 2038 is a Monday; a writing day guessed as 9 June must not make it 2039's.
        assert_eq!(
            v("Next Monday, June 7, the first residents return.", "2038-06-09"),
            e("Monday, June 7", "2038-06-07")
        );
        assert_eq!(v("It opens on Monday, June 7.", "2038-06-01"), e("on Monday, June 7", "2038-06-07"));
    }

    /// Whether the first yearless day in `text` is said of what is still to come or bounds
    /// it: no clue to when an undated page was written.
    fn ahead(text: &str) -> bool {
        let found = find_dates(text, &mut DateContext::default());
        found
            .iter()
            .filter_map(|f| f.yearless)
            .find(|y| y.day.is_some())
            .unwrap_or_else(|| panic!("no yearless day in {text:?}"))
            .future
    }

    #[test]
    fn limits_plans_and_futures_of_yearless_days_are_no_clue_to_the_writing() {
        assert!(ahead("He gave both companies until Oct. 21 to file written submissions."));
        assert!(ahead("Banks must freeze direct debits from Monday, March 30."));
        assert!(ahead("The province had planned to lift the zone on 9 January."));
        assert!(ahead("The decision came a week before the November 17 deadline."));
        assert!(ahead("It will publish the August figures on Thursday, September 11."));
        assert!(ahead("The party wants a session before the assembly reconvenes on Oct. 1."));
        assert!(!ahead("The Senate adopted the bill on Thursday, October 8."));
        assert!(!ahead("Two grain vessels sailed on Oct. 5."));
        assert!(!ahead("The eruption, which began at 2:14 am on Tuesday, February 9, appears to be over."));
        assert!(!ahead("The eruption began on Tuesday, February 9, and appears to be over."));
    }

    #[test]
    fn feasts_counted_from_easter_take_the_year_their_tense_says() {
        let p = "2038-05-26";
        assert_eq!(v("Flights were cancelled on Ascension Day.", p), e("on Ascension Day", "2037-05-14"));
        assert_eq!(
            v("The second strike falls on Ascension Thursday.", p),
            e("on Ascension Thursday", "2038-06-03")
        );
        assert_eq!(v("On Easter Monday 2024 the cable failed.", p), e("On Easter Monday 2024", "2024-04-01"));
        // A name that opens with a feast's words is no date, and a printed day says more.
        assert!(find_dates("The Easter Rising is remembered.", &mut DateContext::default()).is_empty());
        assert_eq!(
            v("Holy Week begins on Palm Sunday, April 18.", "2038-04-02"),
            e("Sunday, April 18", "2038-04-18")
        );
    }

    #[test]
    fn holidays_on_a_fixed_day_take_the_nearest_year() {
        let p = "2037-01-02";
        assert_eq!(v("The king spoke on New Year's Eve.", p), e("on New Year's Eve", "2036-12-31"));
        assert_eq!(v("He rested on New Year’s Day.", p), e("on New Year’s Day", "2037-01-01"));
        assert_eq!(v("He fell ill shortly before Christmas.", p), e("Christmas", "2036-12-25"));
        assert_eq!(v("Shops opened on Boxing Day.", p), e("on Boxing Day", "2036-12-26"));
        assert_eq!(
            v("The talks will resume after Christmas Eve.", "2037-11-20"),
            e("Christmas Eve", "2037-12-24")
        );
        assert!(ahead("The group will convene talks before Christmas."));
        assert_eq!(v("On Christmas Day 2024 the cable failed.", p), e("On Christmas Day 2024", "2024-12-25"));
    }

    #[test]
    fn a_span_of_days_printed_before_the_month() {
        let p = "2039-03-20";
        assert_eq!(
            v("Talks ran from 10 to 14 March in Geneva.", p),
            e("from 10 to 14 March", "2039-03-10/2039-03-14")
        );
        assert_eq!(v("Talks ran 10-14 March in Geneva.", p), e("10-14 March", "2039-03-10/2039-03-14"));
        assert_eq!(
            v("They met between 2 and 4 March 2038 in Geneva.", p),
            e("between 2 and 4 March 2038", "2038-03-02/2038-03-04")
        );
        // Counts are no days.
        assert_eq!(v("From 10 to 14 people attended on 3 March.", p), e("3 March", "2039-03-03"));
        assert_eq!(
            v("Talks were held on 19 and 20 January.", p),
            e("on 19 and 20 January", "2039-01-19/2039-01-20")
        );
    }

    #[test]
    fn day_month_in_every_spelling() {
        let p = "2019-11-20";
        assert_eq!(v("on 11th July it began", p), e("11th July", "2019-07-11"));
        assert_eq!(v("on 3 September 2019 it began", p), e("3 September 2019", "2019-09-03"));
        assert_eq!(v("(Sputnik - 20th November, 2019)", p), e("20th November, 2019", "2019-11-20"));
        assert_eq!(v("on the 4th of July, 1776", p), e("4th of July, 1776", "1776-07-04"));
        assert_eq!(v("Thu 11th July 2019 | 09:30 AM", p), e("Thu 11th July 2019", "2019-07-11"));
        assert_eq!(v("on 3 Oct. 2019", p), e("3 Oct. 2019", "2019-10-03"));
        assert_eq!(v("Published 11. November 2036 at 14:05", p), e("11. November 2036", "2036-11-11"));
    }

    #[test]
    fn numeric_dates_day_first_unless_impossible() {
        let p = "2019-11-20";
        assert_eq!(v("Brussels, 29/10/2019 - 04:12", p), e("29/10/2019", "2019-10-29"));
        assert_eq!(v("Brussels, 03/04/2019", p), e("03/04/2019", "2019-04-03"));
        assert_eq!(v("New York, 10/29/2019", p), e("10/29/2019", "2019-10-29"));
        assert_eq!(v("Berlin, 29.10.2019", p), e("29.10.2019", "2019-10-29"));
        assert_eq!(v("filed 2019-07-11 in", p), e("2019-07-11", "2019-07-11"));
        assert_eq!(v("filed 2019/07/11 in", p), e("2019/07/11", "2019-07-11"));
        assert_eq!(v("filed 11-Oct-2019 in", p), e("11-Oct-2019", "2019-10-11"));
        assert_eq!(v("the 2019-07 report", p), e("2019-07", "2019-07"));
    }

    #[test]
    fn numeric_dates_with_a_foreign_month_abbreviation() {
        assert_eq!(v("19.set.2024 às 10h30", "2024-09-19"), e("19.set.2024", "2024-09-19"));
        assert_eq!(v("3-dic-2023", "2023-12-03"), e("3-dic-2023", "2023-12-03"));
        assert_eq!(v("Apr.19.2038 at 9:12AM", "2038-04-19"), e("Apr.19.2038", "2038-04-19"));
    }

    #[test]
    fn may_and_march_after_a_date_label_are_months() {
        assert_eq!(v("Updated March 14, 2025 — 6.05am", "2025-03-14"), e("March 14, 2025", "2025-03-14"));
        assert_eq!(v("Published May 2, 2025", "2025-05-02"), e("May 2, 2025", "2025-05-02"));
    }

    #[test]
    fn years_spans_centuries_decades() {
        let p = "2019-11-20";
        assert_eq!(v("the 1965 agreement", p), e("1965", "1965"));
        assert_eq!(v("in 2019 exports fell", p), e("2019", "2019"));
        assert_eq!(v("Japan's 1910-45 colonial rule", p), e("1910-45", "1910/1945"));
        assert_eq!(v("in 1910-1945.", p), e("1910-1945", "1910/1945"));
        assert_eq!(v("the 2019–20 fires", p), e("2019–20", "2019/2020"));
        assert_eq!(v("the 2019 – 20 season", p), e("2019 – 20", "2019/2020"));
        assert_eq!(v("companies between 2019 and 2024 to", p), e("between 2019 and 2024", "2019/2024"));
        assert_eq!(
            v("The strike ran between March 3 and 5.", "2025-03-12"),
            e("between March 3 and 5", "2025-03-03/2025-03-05")
        );
        assert_eq!(
            v("talks from Oct. 11 to 14, 2019 in", p),
            e("from Oct. 11 to 14, 2019", "2019-10-11/2019-10-14")
        );
        assert_eq!(v("from 2019 to 2021, it grew", p), e("from 2019 to 2021", "2019/2021"));
        assert_eq!(v("from 2019 through 2021, it grew", p), e("from 2019 through 2021", "2019/2021"));
        assert_eq!(v("the 2019–2020 season", p), e("2019–2020", "2019/2020"));
        assert_eq!(v("from July to September, it grew", p), e("from July to September", "2019-07/2019-09"));
        assert_eq!(
            v("between November and February", "2020-03-01"),
            e("between November and February", "2019-11/2020-02")
        );
        assert_eq!(v("on Oct. 11-12 in Geneva", p), e("Oct. 11-12", "2019-10-11/2019-10-12"));
        assert_eq!(v("in the early 20th century.", p), e("early 20th century", "19"));
        assert_eq!(v("a 21st-century idea", p), e("21st-century", "20"));
        assert_eq!(v("in the 1990s", p), e("1990s", "199"));
        assert_eq!(v("by the end of 2019", p), e("by the end of 2019", "2019"));
        assert_eq!(v("in mid-2019", p), e("mid-2019", "2019"));
        assert_eq!(v("in October 2019", p), e("October 2019", "2019-10"));
    }

    #[test]
    fn yearless_days_follow_tense_and_relative_years() {
        assert_eq!(
            v("held in Tokyo on Dec. 16 last year", "2020-03-10"),
            e("Dec. 16 last year", "2019-12-16")
        );
        assert_eq!(v("The round on Dec. 16 went badly.", "2020-03-10"), e("Dec. 16", "2019-12-16"));
        assert_eq!(v("They will meet on Dec. 16 again.", "2020-03-10"), e("Dec. 16", "2020-12-16"));
        assert_eq!(v("on Jan. 5 next year", "2020-03-10"), e("Jan. 5 next year", "2021-01-05"));
    }
}
