//! Dates relative to the last date the article mentioned: "the following day", "the next
//! day", "the previous day", "the day before", "that day", "the same day", "later that day",
//! "the following week/month/year", "that year", "that September" (in the last date's year),
//! "two days later", "a year earlier", and "at
//! the time" (rule "anaphora-time", kept apart because annotators often leave it out).
//!
//! The previous date is `DateContext::previous`; without one the publication date stands in,
//! with a note. A step finer than the previous date's granularity ("the following day" after
//! "in July") has no value, only a note. Limits: "the day after the vote" (an event, not a
//! date) is left alone; "at the same time" (meaning "meanwhile") is not a date.

use super::calendar::{add_days, add_months, month_value, week_value, year_value, Anchor, Note};
use super::lexicon::{Key, Unit};
use super::scan::Scan;
use super::{Basis, Cx, Hit};
use crate::timevalue::TimeValue;

const NO_PREVIOUS: Note = "no earlier date in the article; counted from the publication date";
const TOO_COARSE: Note = "the date it refers to is not precise enough";

pub(super) fn at(s: &Scan, i: usize, cx: &Cx) -> Option<Hit> {
    if s.is(i, Key::That) {
        if let Some(hit) = that_month(s, i, cx) {
            return Some(hit);
        }
    }
    let (first, last, unit, shift, rule) = match s.key(i) {
        Some(Key::The) => the(s, i)?,
        Some(Key::That) => that(s, i)?,
        Some(Key::At) => at_the_time(s, i)?,
        _ => later(s, i)?,
    };
    let (base, basis, note) = match (&cx.previous, cx.published) {
        (Some(p), _) => (p.clone(), Basis::Previous, None),
        (None, Anchor::Day(d)) => (TimeValue::Day(d), Basis::Published, Some(NO_PREVIOUS)),
        (None, Anchor::Month(y, m)) => (TimeValue::Month(y, m), Basis::Published, Some(NO_PREVIOUS)),
        (None, Anchor::Year(y)) => (TimeValue::Year(y), Basis::Published, Some(NO_PREVIOUS)),
        (None, Anchor::Unknown) => {
            return Some(Hit::new(first, last, rule, Basis::Previous, Err(super::calendar::NO_ANCHOR)))
        }
    };
    let mut hit = Hit::new(first, last, rule, basis, step(&base, unit, shift));
    hit.note = hit.note.or(note);
    Some(hit)
}

/// "that September" after "in May 2022": the month in the year of the last date mentioned
/// (the publication year when there is none, with a note).
fn that_month(s: &Scan, i: usize, cx: &Cx) -> Option<Hit> {
    let (m, abbr) = s.month(i + 1)?;
    // "told reporters that October had been the driest": after a verb of saying, "that" opens
    // a clause and the month is the publication's, read by the other recognisers.
    let reported = (1..=3).any(|k| i.checked_sub(k).is_some_and(|j| s.is(j, Key::Clause)));
    if abbr || !s.capitalised(i + 1) || reported {
        return None;
    }
    let previous = cx.previous.as_ref().and_then(TimeValue::bounds).map(|(first, _)| first.year());
    let (year, basis, note) = match (previous, cx.published.year()) {
        (Some(y), _) => (Ok(y), Basis::Previous, None),
        (None, Ok(y)) => (Ok(y), Basis::Published, Some(NO_PREVIOUS)),
        (None, Err(e)) => (Err(e), Basis::Previous, None),
    };
    let mut hit = Hit::new(i, i + 2, "anaphora", basis, year.and_then(|y| month_value((y, m))));
    hit.note = hit.note.or(note);
    Some(hit)
}

/// The unit stepped and how far; `None` unit for "at the time" (the previous date itself).
type Match = (usize, usize, Option<Unit>, i64, &'static str);

fn the(s: &Scan, i: usize) -> Option<Match> {
    // "the following morning", "the previous night": the next or the last day.
    if s.is(i + 2, Key::DayPart) {
        let shift = match s.key(i + 1)? {
            Key::Following | Key::Next => 1,
            Key::Previous => -1,
            Key::Same => 0,
            _ => return None,
        };
        return Some((i, i + 3, Some(Unit::Day), shift, "anaphora"));
    }
    let Some((u, plural)) = s.unit(i + 2) else { return the_unit_before(s, i) };
    if plural {
        return None;
    }
    let shift = match s.key(i + 1)? {
        Key::Following => 1,
        Key::Next if u == Unit::Day => 1,
        Key::Previous => -1,
        Key::Same => 0,
        _ => return the_unit_before(s, i),
    };
    let first =
        if matches!(s.key(i.wrapping_sub(1)), Some(Key::On | Key::By | Key::Until)) { i - 1 } else { i };
    Some((first, i + 3, Some(u), shift, "anaphora"))
}

/// "the day before", "the week after", only when nothing follows ("the day after the vote"
/// counts from the vote).
fn the_unit_before(s: &Scan, i: usize) -> Option<Match> {
    let (u, false) = s.unit(i + 1)? else { return None };
    let shift = match s.key(i + 2)? {
        Key::Before => -1,
        Key::After => 1,
        _ => return None,
    };
    let ends = i + 3 >= s.len() || s.kind(i + 3) == Some(crate::tokens::TokenKind::Punct);
    ends.then_some((i, i + 3, Some(u), shift, "anaphora"))
}

/// "that day", "that same day", "later that day", "that year".
fn that(s: &Scan, i: usize) -> Option<Match> {
    let j = if s.is(i + 1, Key::Same) { i + 2 } else { i + 1 };
    let (u, plural) = s.unit(j)?;
    if plural {
        return None;
    }
    let mut first = i;
    if matches!(s.key(i.wrapping_sub(1)), Some(Key::Later | Key::Earlier | Key::On | Key::In | Key::By)) {
        first -= 1;
    }
    Some((first, j + 1, Some(u), 0, "anaphora"))
}

/// "at the time", "at that time"; not "at the time of …" nor "at the same time".
fn at_the_time(s: &Scan, i: usize) -> Option<Match> {
    if !(s.is(i + 1, Key::The) || s.is(i + 1, Key::That)) || !s.is(i + 2, Key::Time) || s.is(i + 3, Key::Of) {
        return None;
    }
    Some((i, i + 3, None, 0, "anaphora-time"))
}

/// "two days later", "a year earlier"; "a week later" counts seven days, so after a day it is
/// a day ("approached on Aug. 14 ... turned it down a week later": Aug. 21).
fn later(s: &Scan, i: usize) -> Option<Match> {
    let n = i64::from(s.count(i)?);
    let (u, _) = s.unit(i + 1)?;
    let shift = match s.key(i + 2)? {
        Key::Later => n,
        Key::Earlier => -n,
        _ => return None,
    };
    let (u, shift) = match u {
        Unit::Week => (Unit::Day, 7 * shift),
        Unit::Fortnight => (Unit::Day, 14 * shift),
        u => (u, shift),
    };
    Some((i, i + 3, Some(u), shift, "anaphora"))
}

/// The previous date stepped by `shift` units, at that unit's granularity.
fn step(base: &TimeValue, unit: Option<Unit>, shift: i64) -> Result<TimeValue, Note> {
    let Some(unit) = unit else { return Ok(base.clone()) };
    let first_day = || base.bounds().map(|(a, _)| a).ok_or(TOO_COARSE);
    match unit {
        Unit::Day => match base {
            TimeValue::Day(d) => add_days(*d, shift).map(TimeValue::Day),
            _ => Err(TOO_COARSE),
        },
        Unit::Week | Unit::Fortnight => {
            let weeks = if unit == Unit::Fortnight { 2 * shift } else { shift };
            match base {
                TimeValue::Day(_) | TimeValue::Week(..) => week_value(first_day()?, weeks),
                _ => Err(TOO_COARSE),
            }
        }
        Unit::Month => match base {
            TimeValue::Day(_) | TimeValue::Week(..) | TimeValue::Month(..) => {
                let d = first_day()?;
                add_months((d.year(), d.month()), shift).and_then(month_value)
            }
            _ => Err(TOO_COARSE),
        },
        Unit::Year | Unit::Decade | Unit::Century => {
            let per = match unit {
                Unit::Decade => 10,
                Unit::Century => 100,
                _ => 1,
            };
            match base {
                TimeValue::Span(..)
                | TimeValue::Century(_)
                | TimeValue::Decade(_)
                | TimeValue::Duration(_) => Err(TOO_COARSE),
                _ => year_value(i64::from(first_day()?.year()) + per * shift),
            }
        }
        Unit::Second | Unit::Minute | Unit::Hour => Err(TOO_COARSE),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn steps_keep_the_unit_granularity() {
        let day = TimeValue::Day(date(2020, 3, 5));
        assert_eq!(step(&day, Some(Unit::Day), 1), Ok(TimeValue::Day(date(2020, 3, 6))));
        assert_eq!(step(&day, Some(Unit::Week), 1), Ok(TimeValue::Week(2020, 11)));
        assert_eq!(step(&day, Some(Unit::Month), -3), Ok(TimeValue::Month(2019, 12)));
        assert_eq!(step(&day, Some(Unit::Year), 0), Ok(TimeValue::Year(2020)));
        assert_eq!(step(&TimeValue::Month(2019, 7), Some(Unit::Day), 1), Err(TOO_COARSE));
        assert_eq!(step(&TimeValue::Year(2019), None, 0), Ok(TimeValue::Year(2019)));
    }
}
