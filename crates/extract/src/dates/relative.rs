//! Dates relative to the publication date: weekdays ("on Wednesday", "Tuesday morning",
//! "last Friday", "Friday next week"), month names alone ("In July", "mid-July", "July last
//! year", "the end of March"), "today"/"yesterday"/"tomorrow"/"last night", "last week",
//! "earlier this week", "later this month", "next year", "the end of last year", "the
//! weekend", and "two days ago".
//!
//! Choices: a bare weekday is the most recent such day on or before publication (the day
//! itself when it matches), the next one on or after it in a future-tense clause or after
//! "from"/"by" ("cut to 25 from Friday", a start or a deadline); "last
//! Friday" is strictly before, "next Friday" strictly after, "this Friday" in the publication's
//! ISO week. A month alone is the most recent such month up to the publication month
//! (inclusive), the next one in a future clause, the nearest after "by" ("would fall to 18
//! by February", a deadline either side of publication). Weeks are ISO weeks. "The weekend" is the
//! Saturday–Sunday span of the publication week when published on a weekend or spoken of in
//! the future, else the one before; "this weekend" is always the publication week's, "last
//! weekend" the previous week's, "next weekend" the following week's. "The end of last year"
//! is its December, "the beginning of this year" its January.
//! "The second quarter of 2024" is April–June, "the first half of the year" January–June of
//! the publication year; "in the third quarter" alone is the calendar quarter nearest in the
//! clause's tense. "Until at least Tuesday" looks ahead. In an article dated only to its
//! month or year, a bare weekday is the first of that name on or after the latest day printed
//! with its weekday ("Tuesday, September 15"), else after the day last named, and "last week"
//! counts from that printed day. "This winter", "last summer", "next spring" are meteorological
//! seasons of the northern hemisphere (winter December–February): "this" the one the article
//! is in or the nearest, "last" the last one over, "next" the first to begin. "On the 9th" is
//! that day of the month last spoken of.
//! Limits: seasons are the northern hemisphere's and need "this", "last" or "next"; holidays
//! other than those [`super::absolute`] reads (fixed days, feasts counted from Easter) are not
//! recognised; "May" and "March" alone need a preposition ("in May"), and other
//! months alone need a capital letter.

use super::absolute::relative_year;
use super::calendar::{add_days, add_months, month_value, week_value, year_of_month, year_value, Note, Pick};
use super::calendar::{Anchor, OUT_OF_RANGE};
use super::lexicon::{classify, Key, Lex, Unit};
use super::scan::Scan;
use super::tense::{has_past_after, has_past_perfect_before, is_future, is_planned};
use super::{Basis, Cx, Hit};
use crate::timevalue::TimeValue;
use crate::tokens::TokenKind;
use jiff::civil::{Date, Weekday};

pub(super) fn at(s: &Scan, i: usize, cx: &Cx) -> Option<Hit> {
    match s.lex(i) {
        Lex::Weekday(d, false) => weekday(s, i, d, cx),
        Lex::Month(m, false) => month_name(s, i, m, false, cx),
        Lex::Key(Key::Today | Key::Tonight | Key::Yesterday | Key::Tomorrow) => day_word(s, i, cx),
        Lex::Key(Key::Last | Key::This | Key::Next | Key::Coming) => this_last_next(s, i, cx),
        Lex::Key(Key::End | Key::Beginning | Key::Start | Key::Middle) => part_of(s, i, cx),
        Lex::Key(Key::Weekend) if s.is(i.wrapping_sub(1), Key::The) => weekend(s, i - 1, i, 0, cx),
        Lex::Key(Key::The) => part_of_year(s, i, cx).or_else(|| ordinal_day(s, i, cx)),
        Lex::Other if s.kind(i) == Some(TokenKind::Word) => {
            prefixed_month(s, i, cx).or_else(|| hyphenated_quarter(s, i, cx))
        }
        _ => ago(s, i, cx),
    }
}

fn before(s: &Scan, i: usize) -> Option<Key> {
    i.checked_sub(1).and_then(|p| s.key(p))
}

/// "on Wednesday", "Tuesday morning", "last Friday", "this coming Monday", "Friday last week".
fn weekday(s: &Scan, i: usize, d: Weekday, cx: &Cx) -> Option<Hit> {
    let mut first = i;
    let modifier = before(s, i).filter(|k| matches!(k, Key::Last | Key::Next | Key::This | Key::Coming));
    if modifier.is_some() {
        first -= 1;
        if modifier == Some(Key::Coming) && before(s, first) == Some(Key::This) {
            first -= 1;
        }
    }
    if before(s, first) == Some(Key::On) {
        first -= 1;
    }
    let mut last = i + 1;
    if s.is(last, Key::DayPart) {
        last += 1;
    }
    let week = match s.unit(last + 1) {
        Some((Unit::Week, false)) => match s.key(last) {
            Some(Key::Last) => Some(-1),
            Some(Key::This) => Some(0),
            Some(Key::Next) => Some(1),
            _ => None,
        },
        _ => None,
    };
    if week.is_some() {
        last += 2;
    }
    // "cut to 25 from Friday", "must decide by Monday": a bare weekday after "from" or "by"
    // (a clock time may sit between: "from 2 a.m. on Wednesday") is when something starts or
    // is due, which news reports ahead of time.
    // "until at least Tuesday": a lower bound looks ahead.
    let at_least = first >= 2 && s.word(first - 1).eq_ignore_ascii_case("least") && s.is(first - 2, Key::At);
    let lead_at = before_clock_time(s, if at_least { first - 2 } else { first });
    let lead = before(s, lead_at);
    // "The counties have until noon on Sunday": a time given to do something is still to come.
    let given_until = lead == Some(Key::Until)
        && ["have", "has"].iter().any(|w| s.word(lead_at.wrapping_sub(2)).eq_ignore_ascii_case(w));
    let bare = modifier.is_none() && week.is_none();
    // "from 2 a.m. on Wednesday until 2 a.m. on Friday": the end of a span is the first such
    // day after the day the sentence just named, whatever the tense.
    if let Some(start) =
        cx.sentence_day.filter(|_| bare && matches!(lead, Some(Key::Until | Key::To | Key::Through)))
    {
        let value = start.nth_weekday(1, d).map(TimeValue::Day).map_err(|_| OUT_OF_RANGE);
        return Some(Hit::new(first, last, "weekday", Basis::Previous, value));
    }
    // An article dated only to its month or year reads "on Wednesday" after "Tuesday, October
    // 20" as the Wednesday after it (the latest day printed with its weekday, else the day
    // last named): a narrative's next day of that name. Said of the past, a day one or two
    // before it ("said on Monday" beside "Wednesday, November 4") is that day: news names the
    // days of the week around its writing.
    let coarse = matches!(cx.published, Anchor::Month(..) | Anchor::Year(_));
    let previous_day = match cx.previous {
        Some(TimeValue::Day(p)) => Some(p),
        _ => None,
    };
    if let Some(from) = cx.pinned_day().or(previous_day).filter(|_| bare && coarse) {
        let basis = if cx.pinned_day().is_some() { Basis::Pinned } else { Basis::Previous };
        let value = if from.weekday() == d {
            Ok(from)
        } else if is_future(s, i, last) {
            from.nth_weekday(1, d).map_err(|_| OUT_OF_RANGE)
        } else {
            nearest_weekday(from, d)
        };
        return Some(Hit::new(
            first,
            last,
            "weekday",
            basis,
            value.map(TimeValue::Day).map_err(|_| OUT_OF_RANGE),
        ));
    }
    let deadline = lead == Some(Key::By) && !has_past_perfect_before(s, i) && !has_past_after(s, last);
    let onset = lead == Some(Key::From) || deadline || (at_least || given_until) && lead == Some(Key::Until);
    let future = bare && (onset || is_future(s, i, last));
    // "last Wednesday" in an article dated to its month counts from the day it pins.
    let (anchor, basis) = match (cx.published.day(), cx.pinned_day()) {
        (Err(_), Some(pinned)) if modifier.is_some() || week.is_some() => (Ok(pinned), Basis::Pinned),
        (day, _) => (day, Basis::Published),
    };
    let value = anchor.and_then(|p| resolve_weekday(p, d, modifier, week, future));
    Some(Hit::new(first, last, "weekday", basis, value))
}

/// The day named `d` at most two days before `from`, else the next after it: "on Monday"
/// beside "Wednesday, November 4" is the 2nd, "on Saturday" the 7th (a day three or more
/// before is as often the next week's).
fn nearest_weekday(from: Date, d: Weekday) -> Result<Date, Note> {
    let back = (i64::from(from.weekday().to_monday_zero_offset()) - i64::from(d.to_monday_zero_offset()))
        .rem_euclid(7);
    let shift = if back <= 2 { -back } else { 7 - back };
    add_days(from, shift)
}

/// The token index where a clock time ending just before `i` starts ("2 a.m.", "at 7pm",
/// "2:30 p.m."), or `i` when none does.
fn before_clock_time(s: &Scan, i: usize) -> usize {
    let is_meridiem = |w: &str| ["am", "pm", "a.m.", "p.m."].iter().any(|m| w.eq_ignore_ascii_case(m));
    let Some(j) = i.checked_sub(1) else { return i };
    let w = s.word(j);
    let start = if is_meridiem(w) && j > 0 && s.kind(j - 1) == Some(TokenKind::Number) {
        j - 1
    } else if ["noon", "midnight", "midday"].iter().any(|m| w.eq_ignore_ascii_case(m))
        || s.kind(j) == Some(TokenKind::Number) && w.len() > 2 && is_meridiem(&w[w.len() - 2..])
    {
        j
    } else {
        return i;
    };
    if s.is(start.wrapping_sub(1), Key::At) {
        start - 1
    } else {
        start
    }
}

fn resolve_weekday(
    p: Date,
    d: Weekday,
    modifier: Option<Key>,
    week: Option<i64>,
    future: bool,
) -> Result<TimeValue, Note> {
    let monday = add_days(p, -i64::from(p.weekday().to_monday_zero_offset()))?;
    let in_week = |shift: i64| add_days(monday, shift * 7 + i64::from(d.to_monday_zero_offset()));
    let nth = |n: i32| p.nth_weekday(n, d).map_err(|_| OUT_OF_RANGE);
    let day = match (modifier, week) {
        (_, Some(w)) => in_week(w)?,
        (Some(Key::This), _) => in_week(0)?,
        (Some(Key::Last), _) => nth(-1)?,
        (Some(Key::Next), _) => nth(1)?,
        _ if p.weekday() == d => p,
        (Some(Key::Coming), _) => nth(1)?,
        _ if future => nth(1)?,
        _ => nth(-1)?,
    };
    Ok(TimeValue::Day(day))
}

/// "mid-July", "early-July", "late-July".
fn prefixed_month(s: &Scan, i: usize, cx: &Cx) -> Option<Hit> {
    let (prefix, rest) = s.word(i).split_once('-')?;
    if !["mid", "early", "late"].iter().any(|p| prefix.eq_ignore_ascii_case(p)) {
        return None;
    }
    match classify(rest) {
        Lex::Month(m, false) if rest.starts_with(char::is_uppercase) => month_name(s, i, m, true, cx),
        _ => None,
    }
}

/// A month name without a day: "In July", "last July", "July last year", "the end of March".
fn month_name(s: &Scan, i: usize, m: i8, prefixed: bool, cx: &Cx) -> Option<Hit> {
    if !prefixed && !s.capitalised(i) {
        return None;
    }
    let prev = before(s, i);
    let part_of = prev == Some(Key::Of)
        && matches!(before(s, i - 1), Some(Key::End | Key::Beginning | Key::Start | Key::Middle));
    let strong = prefixed
        || part_of
        || matches!(
            prev,
            Some(
                Key::In | Key::Since | Key::Until | Key::Last | Key::Next | Key::Early | Key::Late | Key::Mid
            )
        )
        || (prev == Some(Key::By) && i >= 2 && !s.word(i - 2).ends_with("ed"));
    let cued = strong
        || matches!(
            prev,
            Some(
                Key::By
                    | Key::From
                    | Key::Through
                    | Key::During
                    | Key::Before
                    | Key::After
                    | Key::This
                    | Key::Between
                    | Key::To
                    | Key::The
            )
        );
    let name_like =
        |j: usize| s.kind(j) == Some(TokenKind::Word) && s.lex(j) == Lex::Other && s.capitalised(j);
    let ok = match m {
        3 | 5 => strong,
        4 | 6 | 8 => cued || !(name_like(i + 1) || i.checked_sub(1).is_some_and(name_like)),
        _ => true,
    };
    if !ok {
        return None;
    }
    let mut first = i;
    if part_of {
        first -= 2;
        if before(s, first) == Some(Key::The) {
            first -= 1;
        }
        if matches!(before(s, first), Some(Key::At | Key::By | Key::Until)) {
            first -= 1;
        }
    } else if matches!(
        prev,
        Some(
            Key::Early
                | Key::Late
                | Key::Mid
                | Key::Last
                | Key::Next
                | Key::This
                | Key::In
                | Key::During
                | Key::Since
                | Key::Until
        )
    ) {
        first -= 1;
        if matches!(prev, Some(Key::Early | Key::Late | Key::Mid)) && before(s, first) == Some(Key::In) {
            first -= 1;
        }
    }
    if prefixed && before(s, first) == Some(Key::In) {
        first -= 1;
    }
    let mut last = i + 1;
    // "July last year", "July of last year".
    let shift = relative_year(s, last)
        .map(|d| (d, 2))
        .or_else(|| s.is(last, Key::Of).then(|| relative_year(s, last + 1)).flatten().map(|d| (d, 3)));
    let mut basis = Basis::Published;
    // Whether the month is read as still to come, so no clue to when the page was written.
    let mut ahead = false;
    let value = if let Some((d, n)) = shift {
        last += n;
        cx.published.year().and_then(|y| month_value((y + d, m)))
    } else if let Some(y) = cx.sentence_year.filter(|_| {
        !matches!(prev, Some(Key::Last | Key::Next | Key::This)) && !joined_after_year(s, cx, first)
    }) {
        // "in 2025, when ash closed airports in June": the sentence's year.
        basis = Basis::Previous;
        month_value((y, m))
    } else {
        // "by February", "by the end of June"; "until the end of September".
        // "by early March", "until late June": a part of the month may stand between.
        let part = matches!(prev, Some(Key::Early | Key::Late | Key::Mid));
        let deadline =
            prev == Some(Key::By) || s.is(first, Key::By) || part && before(s, first) == Some(Key::By);
        let until = prev == Some(Key::Until)
            || s.is(first, Key::Until)
            || part && before(s, first) == Some(Key::Until);
        let planned = is_planned(s, first);
        let pick = match prev {
            Some(Key::Last) => Pick::Before,
            Some(Key::Next) => Pick::After,
            Some(Key::This) => Pick::Same,
            _ if is_future(s, i, last) || names_a_contract(s, last) => Pick::Upcoming,
            // "had forecast rain until the end of September": how long something lasts is as
            // often ahead as behind, past perfect or not.
            _ if until => Pick::Nearest,
            // "had been scheduled to launch in June": a plan, whatever came of it, is as often
            // still ahead as gone by.
            _ if planned => Pick::Nearest,
            // A deadline ("fall to 18 by February") is as often ahead as behind, unless a past
            // perfect says it has passed ("had fallen by February").
            _ if deadline && has_past_perfect_before(s, first) => Pick::Recent,
            _ if deadline => Pick::Nearest,
            _ => Pick::Recent,
        };
        ahead = matches!(pick, Pick::After | Pick::Upcoming) || planned || deadline || until;
        cx.published.month().and_then(|a| month_value((year_of_month(a, m, pick), m)))
    };
    let hit = Hit::new(first, last, "month-name", basis, value);
    // "last September" is said against the writing, so it places nothing by itself.
    if matches!(prev, Some(Key::Last | Key::Next | Key::This)) {
        return Some(hit);
    }
    let mut hit = hit.yearless(m, None);
    if let Some(y) = hit.yearless.as_mut() {
        y.future = ahead;
    }
    Some(hit)
}

/// "today", "tonight", "yesterday morning", "tomorrow", "the day before yesterday".
fn day_word(s: &Scan, i: usize, cx: &Cx) -> Option<Hit> {
    let mut first = i;
    let mut offset = match s.key(i)? {
        Key::Yesterday => -1,
        Key::Tomorrow => 1,
        _ => 0,
    };
    let around = i >= 3 && s.unit(i - 2) == Some((Unit::Day, false)) && s.is(i - 3, Key::The);
    if around && ((offset == -1 && s.is(i - 1, Key::Before)) || (offset == 1 && s.is(i - 1, Key::After))) {
        offset *= 2;
        first = i - 3;
    }
    let last = if s.is(i + 1, Key::DayPart) { i + 2 } else { i + 1 };
    let value = cx.published.day().and_then(|p| add_days(p, offset)).map(TimeValue::Day);
    Some(Hit::new(first, last, "relative-day", Basis::Published, value))
}

/// "July delivery", "the March contract", "December futures": a traded contract is named by
/// the month it delivers in, which is still to come.
fn names_a_contract(s: &Scan, next: usize) -> bool {
    CONTRACT_WORDS.iter().any(|w| s.word(next).eq_ignore_ascii_case(w))
}

/// Words after a month that make it the name of a traded contract.
pub(crate) const CONTRACT_WORDS: [&str; 5] = ["delivery", "futures", "contract", "contracts", "loading"];

/// `-1`, `0`, `1` for "last", "this"/"the", "next"/"coming".
fn shift_of(k: Option<Key>) -> Option<i64> {
    match k? {
        Key::Last => Some(-1),
        Key::This | Key::The => Some(0),
        Key::Next | Key::Coming => Some(1),
        _ => None,
    }
}

/// "last week", "earlier this week", "later this month", "next year", "last night".
fn this_last_next(s: &Scan, i: usize, cx: &Cx) -> Option<Hit> {
    // "the last week", "the next day" are durations or anaphora.
    if before(s, i) == Some(Key::The) {
        return None;
    }
    let shift = shift_of(s.key(i))?;
    let mut first = i;
    if matches!(before(s, i), Some(Key::Earlier | Key::Later | Key::Early | Key::Late)) {
        first -= 1;
    }
    match s.lex(i + 1) {
        // "last week" in an article dated only to its month: the week of its latest day
        // printed with its weekday.
        Lex::Unit(Unit::Week, false) if cx.pinned_day().is_some() => {
            let value = cx.pinned_day().ok_or(OUT_OF_RANGE).and_then(|p| week_value(p, shift));
            Some(Hit::new(first, i + 2, "relative-week", Basis::Pinned, value))
        }
        Lex::Unit(u @ (Unit::Week | Unit::Month | Unit::Year), false) => {
            let (rule, value) = unit_value(u, shift, cx.published);
            Some(Hit::new(first, i + 2, rule, Basis::Published, value))
        }
        Lex::Key(Key::Weekend) => weekend(s, i, i + 1, shift, cx),
        Lex::Key(Key::DayPart) if shift <= 0 => {
            let offset = if s.word(i + 1).eq_ignore_ascii_case("night") { shift } else { 0 };
            let value = cx.published.day().and_then(|p| add_days(p, offset)).map(TimeValue::Day);
            Some(Hit::new(first, i + 2, "relative-day", Basis::Published, value))
        }
        _ => season(s.word(i + 1), shift, cx)
            .map(|value| Hit::new(first, i + 2, "season", Basis::Published, value)),
    }
}

/// "this winter", "last summer", "next spring": a meteorological season of the northern
/// hemisphere (winter is December to February) as a span of months. "This" is the season the
/// article is in, else the nearest one; "last" the last one over, "next" the first to begin.
fn season(word: &str, shift: i64, cx: &Cx) -> Option<Result<TimeValue, Note>> {
    let start: i64 = match word.to_ascii_lowercase().as_str() {
        "spring" => 3,
        "summer" => 6,
        "autumn" | "fall" => 9,
        "winter" => 12,
        _ => return None,
    };
    Some(cx.published.month().and_then(|(y, m)| {
        // Months counted from year 0: the anchor, and each year's season from its first month.
        let anchor = i64::from(y) * 12 + i64::from(m) - 1;
        let first = |year: i64| year * 12 + start - 1;
        let years = i64::from(y) - 2..=i64::from(y) + 1;
        let year = match shift {
            -1 => years.filter(|&year| first(year) + 2 < anchor).max(),
            1 => years.filter(|&year| first(year) > anchor).min(),
            _ => years.min_by_key(|&year| (first(year) + 1 - anchor).abs()),
        };
        let year = year.and_then(|year| i16::try_from(year).ok()).ok_or(OUT_OF_RANGE)?;
        months_of((year, start as i8), add_months((year, start as i8), 2)?)
    }))
}

fn unit_value(u: Unit, shift: i64, a: Anchor) -> (&'static str, Result<TimeValue, Note>) {
    match u {
        Unit::Week => ("relative-week", a.day().and_then(|p| week_value(p, shift))),
        Unit::Month => ("relative-month", a.month().and_then(|m| add_months(m, shift)).and_then(month_value)),
        _ => ("relative-year", a.year().and_then(|y| year_value(i64::from(y) + shift))),
    }
}

/// "the end of last year" (its December), "the beginning of this year" (January), "the end
/// of the month", "by the end of next week".
fn part_of(s: &Scan, i: usize, cx: &Cx) -> Option<Hit> {
    if !s.is(i + 1, Key::Of) {
        return None;
    }
    let shift = shift_of(s.key(i + 2))?;
    let (u, _) =
        s.unit(i + 3).filter(|&(u, plural)| !plural && matches!(u, Unit::Week | Unit::Month | Unit::Year))?;
    let (rule, mut value) = unit_value(u, shift, cx.published);
    if let (Unit::Year, Ok(TimeValue::Year(y))) = (u, &value) {
        match s.key(i) {
            Some(Key::End) => value = month_value((*y, 12)),
            Some(Key::Beginning | Key::Start) => value = month_value((*y, 1)),
            _ => {}
        }
    }
    let mut first = i;
    if before(s, first) == Some(Key::The) {
        first -= 1;
    }
    if matches!(before(s, first), Some(Key::At | Key::By | Key::Until)) {
        first -= 1;
    }
    Some(Hit::new(first, i + 4, rule, Basis::Published, value))
}

/// "the second quarter of 2024", "the first half of the year", "the last quarter of next
/// year": a span of months. "The year" is the publication year; a quarter with no year after
/// it is read by [`quarter_without_year`], a half is left alone (a match's second half).
/// "on the 9th", "from the 10th": a day of the month the article was last speaking of (the
/// month of the last date mentioned, else the publication's month). Not before a month or
/// "of" ("the 9th of May" is read whole) nor before a noun ("the 9th floor").
fn ordinal_day(s: &Scan, the: usize, cx: &Cx) -> Option<Hit> {
    let word = s.word(the + 1).as_bytes();
    let ordinal = word.len() > 2 && word[0].is_ascii_digit() && {
        let suffix = [word[word.len() - 2].to_ascii_lowercase(), word[word.len() - 1].to_ascii_lowercase()];
        matches!(&suffix, b"st" | b"nd" | b"rd" | b"th")
    };
    if !ordinal {
        return None;
    }
    let day = s.day(the + 1)?;
    let next_is_free = the + 2 >= s.len()
        || s.kind(the + 2) == Some(TokenKind::Punct)
        || matches!(s.key(the + 2), Some(Key::Clause | Key::And | Key::After | Key::Before));
    if !next_is_free {
        return None;
    }
    let first = match before(s, the) {
        Some(Key::On | Key::From | Key::Since | Key::Until | Key::By) => the - 1,
        _ => return None,
    };
    let (month, basis) = match cx.previous.as_ref() {
        Some(TimeValue::Day(d)) => ((d.year(), d.month()), Basis::Previous),
        Some(TimeValue::Month(y, m)) => ((*y, *m), Basis::Previous),
        _ => (cx.published.month().ok()?, Basis::Published),
    };
    let value = Date::new(month.0, month.1, day).map(TimeValue::Day).map_err(|_| OUT_OF_RANGE);
    Some(Hit::new(first, the + 2, "ordinal-day", basis, value))
}

fn part_of_year(s: &Scan, the: usize, cx: &Cx) -> Option<Hit> {
    let ordinal = s.word(the + 1);
    let nth = ["first", "second", "third", "fourth"]
        .iter()
        .position(|w| ordinal.eq_ignore_ascii_case(w))
        .or_else(|| ["1st", "2nd", "3rd", "4th"].iter().position(|w| ordinal.eq_ignore_ascii_case(w)))
        .map(|n| n as i8 + 1)
        .or_else(|| (s.is(the + 1, Key::Last) || ordinal.eq_ignore_ascii_case("final")).then_some(0))?;
    let months = match s.key(the + 2) {
        Some(Key::Quarter) if nth <= 4 => 3,
        Some(Key::Half) if nth <= 2 => 6,
        _ => return None,
    };
    if !s.is(the + 3, Key::Of) {
        return quarter_without_year(s, the, nth, months, cx);
    }
    let y = the + 4;
    let (year, last) = if let Some(n) = s.digits(y).filter(|n| (1000..=2999).contains(n)) {
        (Ok(n as i16), y + 1)
    } else if let Some(shift) = relative_year(s, y) {
        (cx.published.year().map(|p| p + shift), y + 2)
    } else if s.is(y, Key::The) && s.unit(y + 1) == Some((Unit::Year, false)) {
        (cx.published.year(), y + 2)
    } else {
        return None;
    };
    // The last quarter is the fourth, the last half the second.
    let nth = if nth == 0 { 12 / months } else { nth };
    let value = year.and_then(|y| months_of((y, (nth - 1) * months + 1), (y, nth * months)));
    let basis = if s.kind(y) == Some(TokenKind::Number) { Basis::Text } else { Basis::Published };
    Some(Hit::new(the, last, "part-of-year", basis, value))
}

/// "in the third quarter" with no year: the quarter of the publication year, or of the year
/// before when the clause looks back at a quarter that has not begun, or of the year after when
/// it looks ahead to one already over. Halves alone ("in the second half") are left to the
/// reader: they are as often a match's as a year's.
fn quarter_without_year(s: &Scan, the: usize, nth: i8, months: i8, cx: &Cx) -> Option<Hit> {
    if months != 3 || !matches!(before(s, the), Some(Key::In | Key::During | Key::By)) {
        return None;
    }
    let nth = if nth == 0 { 4 } else { nth };
    Some(quarter_of_the_year(nth, is_future(s, the, the + 3), the - 1, the + 3, "part-of-year", cx))
}

/// "second-quarter profit", "fourth-quarter 2038 results": a quarter named as an adjective,
/// of the printed year, else the latest of that name to have begun.
fn hyphenated_quarter(s: &Scan, i: usize, cx: &Cx) -> Option<Hit> {
    let (ordinal, noun) = s.word(i).split_once('-')?;
    if !noun.eq_ignore_ascii_case("quarter") {
        return None;
    }
    let nth = ["first", "second", "third", "fourth"].iter().position(|w| ordinal.eq_ignore_ascii_case(w))?
        as i8
        + 1;
    if let Some(year) = s.digits(i + 1).filter(|n| (1000..=2999).contains(n)) {
        let year = year as i16;
        let value = months_of((year, (nth - 1) * 3 + 1), (year, nth * 3));
        return Some(Hit::new(i, i + 2, "quarter-attribute", Basis::Text, value));
    }
    // "will report third-quarter results on October 23": a quarter's figures come after it, so
    // the quarter is the latest begun, whatever the tense.
    Some(quarter_of_the_year(nth, false, i, i + 1, "quarter-attribute", cx))
}

/// The `nth` quarter of the publication year, or of the year before when the clause looks
/// back (not `future`) at a quarter that has not begun, or of the year after when it looks
/// ahead to one already over.
fn quarter_of_the_year(nth: i8, future: bool, first: usize, last: usize, rule: &'static str, cx: &Cx) -> Hit {
    let (first_month, last_month) = ((nth - 1) * 3 + 1, nth * 3);
    let value = cx.published.month().and_then(|(y, m)| {
        let year = match future {
            true if last_month < m => y + 1,
            false if first_month > m => y - 1,
            _ => y,
        };
        months_of((year, first_month), (year, last_month))
    });
    Hit::new(first, last, rule, Basis::Published, value)
}

/// The span of months from `from` to `to`, both included.
fn months_of(from: (i16, i8), to: (i16, i8)) -> Result<TimeValue, Note> {
    Ok(TimeValue::Span(Box::new(month_value(from)?), Box::new(month_value(to)?)))
}

/// "the weekend", "over the weekend", "this weekend", "last weekend", "next weekend".
fn weekend(s: &Scan, det: usize, w: usize, shift: i64, cx: &Cx) -> Option<Hit> {
    let mut first = det;
    if s.is(det, Key::The) && matches!(before(s, det), Some(Key::Over | Key::At | Key::On | Key::During)) {
        first -= 1;
    }
    let generic = s.is(det, Key::The);
    let future = generic && is_future(s, det, w + 1);
    let value = cx.published.day().and_then(|p| {
        let monday = add_days(p, -i64::from(p.weekday().to_monday_zero_offset()))?;
        let on_weekend = p.weekday().to_monday_zero_offset() >= 5;
        let week = if generic && !future && !on_weekend { -1 } else { shift };
        let saturday = add_days(monday, week * 7 + 5)?;
        let sunday = add_days(saturday, 1)?;
        Ok(TimeValue::Span(Box::new(TimeValue::Day(saturday)), Box::new(TimeValue::Day(sunday))))
    });
    Some(Hit::new(first, w + 1, "weekend", Basis::Published, value))
}

/// "two days ago", "a year ago", "some three weeks ago".
fn ago(s: &Scan, i: usize, cx: &Cx) -> Option<Hit> {
    let n = i64::from(s.count(i)?);
    let (u, _) = s.unit(i + 1)?;
    if !s.is(i + 2, Key::Ago) {
        return None;
    }
    let a = cx.published;
    let value = match u {
        Unit::Second | Unit::Minute | Unit::Hour => return None,
        Unit::Day => a.day().and_then(|p| add_days(p, -n)).map(TimeValue::Day),
        Unit::Week => a.day().and_then(|p| week_value(p, -n)),
        Unit::Fortnight => a.day().and_then(|p| week_value(p, -2 * n)),
        Unit::Month => a.month().and_then(|m| add_months(m, -n)).and_then(month_value),
        Unit::Year => a.year().and_then(|y| year_value(i64::from(y) - n)),
        Unit::Decade => a.year().and_then(|y| year_value(i64::from(y) - 10 * n)),
        Unit::Century => a.year().and_then(|y| year_value(i64::from(y) - 100 * n)),
    };
    let first = if before(s, i) == Some(Key::About) { i - 1 } else { i };
    Some(Hit::new(first, i + 3, "ago", Basis::Published, value))
}

/// "who founded the company in 2014 and testified in March": a month in another predicate joined
/// by "and" after the sentence's "in 2014" is not of that year ("in 2025, when ash closed
/// airports in June and July" is, and so is every month after an opening "In 2023,").
pub(super) fn joined_after_year(s: &Scan, cx: &Cx, first: usize) -> bool {
    if cx.sentence_year_fronted {
        return false;
    }
    (cx.sentence_year_end..first).any(|j| s.is(j, Key::And)) && !when_after_year(s, cx, first)
}

/// Whether a "when" stands between the sentence's year and the date at `first` ("in 2025,
/// when ash closed airports in June"): the date is of that year.
pub(super) fn when_after_year(s: &Scan, cx: &Cx, first: usize) -> bool {
    (cx.sentence_year_end..first).any(|j| s.word(j).eq_ignore_ascii_case("when"))
}

#[cfg(test)]
mod tests {
    use crate::dates::{find_dates, DateContext};
    use crate::TimeValue;

    /// `(text, value)` of every expression found, published on `published`.
    fn v(text: &str, published: &str) -> Vec<(String, String)> {
        let mut ctx =
            DateContext { published: TimeValue::parse_iso(published), previous: None, pinned: None };
        let found = find_dates(text, &mut ctx);
        found
            .into_iter()
            .map(|f| (text[f.start..f.end].to_string(), f.value.map_or("-".into(), |v| v.to_iso())))
            .collect()
    }

    fn e(text: &str, value: &str) -> Vec<(String, String)> {
        vec![(text.into(), value.into())]
    }

    // 2019-11-20 is a Wednesday.
    const WED: &str = "2019-11-20";

    #[test]
    fn weekdays_look_back_unless_the_clause_looks_ahead() {
        assert_eq!(v("Hong on Wednesday urged Japan", WED), e("on Wednesday", "2019-11-20"));
        assert_eq!(v("The talks were held on Tuesday.", WED), e("on Tuesday", "2019-11-19"));
        assert_eq!(v("South Korea said Friday it agreed", WED), e("Friday", "2019-11-15"));
        assert_eq!(v("They met on Tuesday morning.", WED), e("on Tuesday morning", "2019-11-19"));
        assert_eq!(v("held a video conference Tuesday to discuss", WED), e("Tuesday", "2019-11-19"));
        assert_eq!(v("The leaders will meet on Friday.", WED), e("on Friday", "2019-11-22"));
        assert_eq!(v("The leaders will meet on Wednesday.", WED), e("on Wednesday", "2019-11-20"));
        assert_eq!(v("They met last Wednesday.", WED), e("last Wednesday", "2019-11-13"));
        assert_eq!(v("They meet next Monday.", WED), e("next Monday", "2019-11-25"));
        assert_eq!(v("They meet this Friday.", WED), e("this Friday", "2019-11-22"));
        assert_eq!(v("They met on Friday last week.", WED), e("on Friday last week", "2019-11-15"));
        assert_eq!(v("It rained Sunday night.", WED), e("Sunday night", "2019-11-17"));
        // A start or a deadline is ahead, even when the clause's "will" is far back.
        assert_eq!(
            v("The canal will cut the number of ships allowed to cross each day to 25 from Friday.", WED),
            e("Friday", "2019-11-22")
        );
        assert_eq!(v("Parties must register by Monday.", WED), e("Monday", "2019-11-25"));
        // What had been done by then is past.
        assert_eq!(
            v("By 10 p.m. on Monday, 243 people had been rescued.", WED),
            e("on Monday", "2019-11-18")
        );
        assert_eq!(v("Trains stop from 2 a.m. on Friday.", WED), e("on Friday", "2019-11-22"));
        // The end of a span follows its start, even a start the clause's tense put ahead.
        let both = v("Drivers would stop work on passenger and freight trains from 2 a.m. on Tuesday until 2 a.m. on Thursday.", WED);
        assert_eq!(both, [e("on Tuesday", "2019-11-26"), e("on Thursday", "2019-11-28")].concat());
    }

    #[test]
    fn weeks_months_and_years() {
        assert_eq!(v("Last week, Japan acted.", "2019-07-11"), e("Last week", "2019-W27"));
        assert_eq!(v("Earlier this week, they met.", "2019-11-08"), e("Earlier this week", "2019-W45"));
        assert_eq!(v("They meet next week.", WED), e("next week", "2019-W48"));
        assert_eq!(v("talks later this month in", "2019-11-08"), e("later this month", "2019-11"));
        assert_eq!(v("Last month, talks failed.", "2019-11-08"), e("Last month", "2019-10"));
        assert_eq!(v("They meet next month.", WED), e("next month", "2019-12"));
        assert_eq!(v("rulings last year.", WED), e("last year", "2018"));
        assert_eq!(v("after last year's rulings", WED), e("last year", "2018"));
        assert_eq!(v("growth this year", WED), e("this year", "2019"));
        assert_eq!(v("growth next year", WED), e("next year", "2020"));
        assert_eq!(v("the decision earlier last year to", "2020-03-10"), e("earlier last year", "2019"));
        assert_eq!(
            v("At the end of last year, Japan eased", "2020-03-10"),
            e("At the end of last year", "2019-12")
        );
        assert_eq!(v("by the beginning of next year", WED), e("by the beginning of next year", "2020-01"));
        assert_eq!(v("by the end of the month", WED), e("by the end of the month", "2019-11"));
    }

    #[test]
    fn months_alone() {
        assert_eq!(v("In July, Tokyo imposed curbs.", "2019-11-08"), e("In July", "2019-07"));
        // A deadline across the year boundary, in reported speech ("would" is no cue).
        assert_eq!(v("Slots would fall to 18 by February.", "2023-11-01"), e("February", "2024-02"));
        assert_eq!(v("By February, sales had halved.", "2024-05-02"), e("February", "2024-02"));
        assert_eq!(v("tense in July, when", "2019-07-11"), e("in July", "2019-07"));
        assert_eq!(v("In August, Tokyo decided", "2019-08-29"), e("In August", "2019-08"));
        assert_eq!(v("In December, exports fell.", "2020-01-15"), e("In December", "2019-12"));
        assert_eq!(v("Talks will resume in February.", WED), e("in February", "2020-02"));
        assert_eq!(v("Elections are expected in July.", "2019-07-11"), e("in July", "2019-07"));
        assert_eq!(v("prior to July last year.", "2020-03-10"), e("July last year", "2019-07"));
        assert_eq!(v("imposed in July on three materials", "2020-03-10"), e("in July", "2019-07"));
        assert_eq!(v("Prices peaked in mid-July.", WED), e("in mid-July", "2019-07"));
        assert_eq!(v("Prices peaked in early July.", WED), e("in early July", "2019-07"));
        assert_eq!(v("They met last July.", "2019-07-11"), e("last July", "2018-07"));
        assert_eq!(v("They meet next July.", "2019-06-11"), e("next July", "2019-07"));
        // A deadline is the nearest such month: in November, the coming March.
        assert_eq!(v("by the end of March", WED), e("by the end of March", "2020-03"));
        assert_eq!(v("Since May, prices rose.", WED), e("Since May", "2019-05"));
        assert_eq!(v("July saw record exports.", WED), e("July", "2019-07"));
    }

    #[test]
    fn days_and_ago() {
        assert_eq!(v("He spoke yesterday.", WED), e("yesterday", "2019-11-19"));
        assert_eq!(
            v("He speaks today and tomorrow.", WED),
            [e("today", "2019-11-20"), e("tomorrow", "2019-11-21")].concat()
        );
        assert_eq!(v("He spoke tonight.", WED), e("tonight", "2019-11-20"));
        assert_eq!(v("He spoke last night.", WED), e("last night", "2019-11-19"));
        assert_eq!(v("the day before yesterday", WED), e("the day before yesterday", "2019-11-18"));
        assert_eq!(v("two days ago", WED), e("two days ago", "2019-11-18"));
        assert_eq!(v("three weeks ago", WED), e("three weeks ago", "2019-W44"));
        assert_eq!(v("a year ago", WED), e("a year ago", "2018"));
        assert_eq!(v("six months ago", "2020-01-15"), e("six months ago", "2019-07"));
    }

    #[test]
    fn weekends() {
        // Wednesday: the weekend just past; Saturday: this one; future: the coming one.
        assert_eq!(v("Protests over the weekend.", WED), e("over the weekend", "2019-11-16/2019-11-17"));
        assert_eq!(
            v("Protests over the weekend.", "2019-11-23"),
            e("over the weekend", "2019-11-23/2019-11-24")
        );
        assert_eq!(
            v("Protests will continue over the weekend.", WED),
            e("over the weekend", "2019-11-23/2019-11-24")
        );
        assert_eq!(v("Protests last weekend.", WED), e("last weekend", "2019-11-16/2019-11-17"));
        assert_eq!(v("Protests next weekend.", WED), e("next weekend", "2019-11-30/2019-12-01"));
    }

    #[test]
    fn month_anchor_leaves_weekdays_and_weeks_unresolved() {
        assert_eq!(v("on Friday", "2019-11"), e("on Friday", "-"));
        assert_eq!(v("last week", "2019-11"), e("last week", "-"));
        assert_eq!(v("last month", "2019-11"), e("last month", "2019-10"));
        assert_eq!(v("In July", "2019-11"), e("In July", "2019-07"));
        assert_eq!(v("last year", "2019-11"), e("last year", "2018"));
    }
}
