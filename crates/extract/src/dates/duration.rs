//! Lengths of time: "three months", "60 days", "1.5 years", "a 60-day deadline", "for two
//! weeks", "within 60 days", "more than a year", "in more than a year", "the past three
//! months", "the past year". Each becomes `TimeValue::Duration` in ISO 8601 (`P3M`, `P60D`,
//! `P1Y`, `PT24H`) with rule "duration", never a point on the timeline.
//!
//! A count followed by "ago", "later" or "earlier" is a date, not a length, and is left to the
//! other recognisers; so is a rate ("twice a year"). Limits: vague counts ("several weeks",
//! "months") have no ISO length and are not taken.

use super::lexicon::{Key, Lex, Unit};
use super::scan::{parse_digits, Scan};
use super::{Basis, Cx, Hit};
use crate::timevalue::TimeValue;
use crate::tokens::TokenKind;

pub(super) fn at(s: &Scan, i: usize, _cx: &Cx) -> Option<Hit> {
    let (count, u, last) = length(s, i).or_else(|| the_past_unit(s, i))?;
    if matches!(s.key(last), Some(Key::Ago | Key::Later | Key::Earlier)) || s.is(i.wrapping_sub(1), Key::Rate)
    {
        return None;
    }
    let first = if s.is(i, Key::The) { i } else { modifiers(s, i) };
    Some(Hit::new(first, last, "duration", Basis::Text, Ok(TimeValue::Duration(iso(count, u)))))
}

/// `count unit` at `i`, or a hyphenated "60-day", "three-month": the count's text, the unit
/// and the end.
fn length<'a>(s: &Scan<'a>, i: usize) -> Option<(Count<'a>, Unit, usize)> {
    if let (Some(count), Some((u, _))) = (count(s, i), s.unit(i + 1)) {
        return Some((count, u, i + 2));
    }
    let w = s.word(i);
    let (left, rest) = w.split_once('-')?;
    let unit_word = rest.split('-').next()?;
    let count = match super::lexicon::classify(left) {
        Lex::Number(n) => Count::Number(n),
        _ => Count::Text(decimal(left)?),
    };
    match super::lexicon::classify(unit_word) {
        Lex::Unit(u, _) => Some((count, u, i + 1)),
        _ => None,
    }
}

/// "the past year", "the last month": one unit.
fn the_past_unit<'a>(s: &Scan<'a>, i: usize) -> Option<(Count<'a>, Unit, usize)> {
    if !s.is(i, Key::The) || !matches!(s.key(i + 1), Some(Key::Past | Key::Last)) {
        return None;
    }
    match s.unit(i + 2) {
        Some((u, false)) if !s.is(i + 3, Key::Of) => Some((Count::Number(1), u, i + 3)),
        _ => None,
    }
}

#[derive(Debug, Clone, Copy)]
enum Count<'a> {
    Number(u32),
    /// Digits as printed, possibly with a decimal point ("1.5").
    Text(&'a str),
}

fn count<'a>(s: &Scan<'a>, i: usize) -> Option<Count<'a>> {
    if s.kind(i) == Some(TokenKind::Number) {
        return decimal(s.word(i)).map(Count::Text);
    }
    s.count(i).map(Count::Number)
}

/// "60", "1.5": digits with at most one decimal point.
fn decimal(w: &str) -> Option<&str> {
    let (int, frac) = w.split_once('.').unwrap_or((w, "0"));
    (parse_digits(int).is_some() && parse_digits(frac).is_some()).then_some(w)
}

/// Extends back over "for", "within", "in", "over", "the past", "more than", "at least",
/// "up to", "nearly".
fn modifiers(s: &Scan, i: usize) -> usize {
    let mut first = i;
    loop {
        let Some(p) = first.checked_sub(1) else { return first };
        first = match s.key(p) {
            Some(Key::About | Key::Over) => p,
            Some(Key::Than) if matches!(s.key(p.wrapping_sub(1)), Some(Key::More | Key::Less)) => p - 1,
            Some(Key::Least) if s.is(p.wrapping_sub(1), Key::At) => p - 1,
            Some(Key::To) if s.is(p.wrapping_sub(1), Key::Up) => p - 1,
            Some(Key::Past | Key::Last | Key::Next | Key::Following) if s.is(p.wrapping_sub(1), Key::The) => {
                p - 1
            }
            Some(Key::For | Key::Within | Key::In | Key::During) => return p,
            _ => return first,
        };
    }
}

fn iso(count: Count, u: Unit) -> String {
    let scaled = |k: u32| match count {
        Count::Number(n) => (u64::from(n) * u64::from(k)).to_string(),
        Count::Text(t) => match parse_digits(t) {
            Some(n) => (u64::from(n) * u64::from(k)).to_string(),
            None => (t.parse::<f64>().unwrap_or(0.0) * f64::from(k)).to_string(),
        },
    };
    let (prefix, n, designator) = match u {
        Unit::Second => ("PT", scaled(1), 'S'),
        Unit::Minute => ("PT", scaled(1), 'M'),
        Unit::Hour => ("PT", scaled(1), 'H'),
        Unit::Day => ("P", scaled(1), 'D'),
        Unit::Week => ("P", scaled(1), 'W'),
        Unit::Fortnight => ("P", scaled(2), 'W'),
        Unit::Month => ("P", scaled(1), 'M'),
        Unit::Year => ("P", scaled(1), 'Y'),
        Unit::Decade => ("P", scaled(10), 'Y'),
        Unit::Century => ("P", scaled(100), 'Y'),
    };
    format!("{prefix}{n}{designator}")
}

#[cfg(test)]
mod tests {
    use crate::dates::{find_dates, DateContext};

    fn d(text: &str) -> Vec<(String, String)> {
        find_dates(text, &mut DateContext::default())
            .into_iter()
            .filter(|f| f.rule == "duration")
            .map(|f| (text[f.start..f.end].to_string(), f.value.unwrap().to_iso()))
            .collect()
    }

    #[test]
    fn counts_and_units() {
        assert_eq!(d("the first in three months"), [("in three months".into(), "P3M".into())]);
        assert_eq!(d("If they fail within 60 days, a panel"), [("within 60 days".into(), "P60D".into())]);
        assert_eq!(
            d("their first talks in more than a year"),
            [("in more than a year".into(), "P1Y".into())]
        );
        assert_eq!(d("a 60-day deadline"), [("60-day".into(), "P60D".into())]);
        assert_eq!(d("for 1.5 years"), [("for 1.5 years".into(), "P1.5Y".into())]);
        assert_eq!(d("over the past two decades"), [("over the past two decades".into(), "P20Y".into())]);
        assert_eq!(d("in the past year"), [("the past year".into(), "P1Y".into())]);
        assert_eq!(d("24 hours"), [("24 hours".into(), "PT24H".into())]);
    }

    #[test]
    fn dates_and_rates_are_not_lengths() {
        assert!(d("two days ago").is_empty());
        assert!(d("a year later").is_empty());
        assert!(d("twice a year").is_empty());
        assert!(d("several weeks").is_empty());
    }
}
