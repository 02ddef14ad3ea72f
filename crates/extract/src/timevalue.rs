//! ISO 8601 time values at the granularity the text supports.
//!
//! A [`TimeValue`] is what a date expression resolves to: a year, a month, an ISO week, a
//! day, a decade, a century, a span between two of those, or a duration (never placed on a timeline).
//! [`TimeValue::bounds`] turns any placeable value into the first and last day it covers,
//! which is how the timeline positions events and how merging decides two dates are
//! compatible. Calendar arithmetic is jiff's.

use jiff::civil::{Date, ISOWeekDate, Weekday};

/// A resolved time value.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TimeValue {
    /// A century, numbered as in ISO 8601 (`19` covers 1900–1999).
    Century(i16),
    /// A decade, in ISO 8601-1's reduced precision (`199` covers 1990–1999).
    Decade(i16),
    Year(i16),
    Month(i16, i8),
    /// ISO week-numbering year and week.
    Week(i16, i8),
    Day(Date),
    /// From the start of one value to the end of another.
    Span(Box<TimeValue>, Box<TimeValue>),
    /// A length of time in ISO 8601 form (`P3M`, `P60D`), not a point in time.
    Duration(String),
}

/// How fine a value is, coarse to fine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Granularity {
    Century,
    Decade,
    Year,
    Month,
    Week,
    Day,
}

impl TimeValue {
    /// The month `(year, month)` if it exists in the calendar.
    pub fn month(year: i16, month: i8) -> Option<TimeValue> {
        Date::new(year, month, 1).ok().map(|_| TimeValue::Month(year, month))
    }

    /// The day if it exists in the calendar.
    pub fn day(year: i16, month: i8, day: i8) -> Option<TimeValue> {
        Date::new(year, month, day).ok().map(TimeValue::Day)
    }

    /// The ISO week containing `date`.
    pub fn week_of(date: Date) -> TimeValue {
        let w = date.iso_week_date();
        TimeValue::Week(w.year(), w.week())
    }

    pub fn is_duration(&self) -> bool {
        matches!(self, TimeValue::Duration(_))
    }

    /// The granularity of a placeable value; a span reports its coarser end.
    pub fn granularity(&self) -> Option<Granularity> {
        Some(match self {
            TimeValue::Century(_) => Granularity::Century,
            TimeValue::Decade(_) => Granularity::Decade,
            TimeValue::Year(_) => Granularity::Year,
            TimeValue::Month(..) => Granularity::Month,
            TimeValue::Week(..) => Granularity::Week,
            TimeValue::Day(_) => Granularity::Day,
            TimeValue::Span(a, b) => a.granularity()?.min(b.granularity()?),
            TimeValue::Duration(_) => return None,
        })
    }

    /// First and last day covered, or `None` for a duration or an impossible value.
    pub fn bounds(&self) -> Option<(Date, Date)> {
        match self {
            TimeValue::Century(c) => {
                let first = c.checked_mul(100)?;
                Some((Date::new(first, 1, 1).ok()?, Date::new(first.checked_add(99)?, 12, 31).ok()?))
            }
            TimeValue::Decade(d) => {
                let first = d.checked_mul(10)?;
                Some((Date::new(first, 1, 1).ok()?, Date::new(first.checked_add(9)?, 12, 31).ok()?))
            }
            TimeValue::Year(y) => Some((Date::new(*y, 1, 1).ok()?, Date::new(*y, 12, 31).ok()?)),
            TimeValue::Month(y, m) => {
                let first = Date::new(*y, *m, 1).ok()?;
                Some((first, first.last_of_month()))
            }
            TimeValue::Week(y, w) => {
                let monday = ISOWeekDate::new(*y, *w, Weekday::Monday).ok()?.date();
                let sunday = ISOWeekDate::new(*y, *w, Weekday::Sunday).ok()?.date();
                Some((monday, sunday))
            }
            TimeValue::Day(d) => Some((*d, *d)),
            TimeValue::Span(a, b) => Some((a.bounds()?.0, b.bounds()?.1)),
            TimeValue::Duration(_) => None,
        }
    }

    /// True when the two values can denote the same happening: their day ranges overlap.
    pub fn compatible(&self, other: &TimeValue) -> bool {
        match (self.bounds(), other.bounds()) {
            (Some((a0, a1)), Some((b0, b1))) => a0 <= b1 && b0 <= a1,
            _ => false,
        }
    }

    /// The ISO 8601 text of the value.
    pub fn to_iso(&self) -> String {
        match self {
            TimeValue::Century(c) => format!("{c:02}"),
            TimeValue::Decade(d) => format!("{d:03}"),
            TimeValue::Year(y) => format!("{y:04}"),
            TimeValue::Month(y, m) => format!("{y:04}-{m:02}"),
            TimeValue::Week(y, w) => format!("{y:04}-W{w:02}"),
            TimeValue::Day(d) => format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
            TimeValue::Span(a, b) => format!("{}/{}", a.to_iso(), b.to_iso()),
            TimeValue::Duration(p) => p.clone(),
        }
    }

    /// Parses the ISO text written by [`TimeValue::to_iso`].
    pub fn parse_iso(text: &str) -> Option<TimeValue> {
        if let Some((a, b)) = text.split_once('/') {
            return Some(TimeValue::Span(Box::new(Self::parse_iso(a)?), Box::new(Self::parse_iso(b)?)));
        }
        if text.starts_with('P') {
            return Some(TimeValue::Duration(text.to_string()));
        }
        let num = |s: &str| -> Option<i16> {
            (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok())?
        };
        // Split without collecting: the explorer parses every event's date when it opens.
        let mut parts = text.split('-');
        match [parts.next(), parts.next(), parts.next(), parts.next()] {
            [Some(c), None, ..] if c.len() == 2 => Some(TimeValue::Century(num(c)?)),
            [Some(d), None, ..] if d.len() == 3 => Some(TimeValue::Decade(num(d)?)),
            [Some(y), None, ..] if y.len() == 4 => Some(TimeValue::Year(num(y)?)),
            [Some(y), Some(w), None, _] if w.starts_with('W') => {
                let week = i8::try_from(num(&w[1..])?).ok()?;
                let v = TimeValue::Week(num(y)?, week);
                v.bounds().map(|_| v)
            }
            [Some(y), Some(m), None, _] => TimeValue::month(num(y)?, i8::try_from(num(m)?).ok()?),
            [Some(y), Some(m), Some(d), None] => {
                TimeValue::day(num(y)?, i8::try_from(num(m)?).ok()?, i8::try_from(num(d)?).ok()?)
            }
            _ => None,
        }
    }
}

impl std::fmt::Display for TimeValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.to_iso())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_round_trips_every_granularity() {
        for text in ["19", "199", "2019", "2019-07", "2019-W27", "2019-07-04", "1910/1945", "P3M"] {
            assert_eq!(TimeValue::parse_iso(text).unwrap().to_iso(), text);
        }
    }

    #[test]
    fn impossible_values_do_not_parse() {
        for text in ["2019-13", "2019-02-30", "2019-W60", "abc", "2019-07-04-01"] {
            assert_eq!(TimeValue::parse_iso(text), None, "{text}");
        }
    }

    #[test]
    fn a_decade_covers_its_ten_years() {
        let (a, b) = TimeValue::parse_iso("199").unwrap().bounds().unwrap();
        assert_eq!((a.to_string(), b.to_string()), ("1990-01-01".into(), "1999-12-31".into()));
        assert!(TimeValue::parse_iso("199").unwrap().compatible(&TimeValue::parse_iso("1995").unwrap()));
    }

    #[test]
    fn week_bounds_are_monday_to_sunday() {
        let (a, b) = TimeValue::parse_iso("2019-W27").unwrap().bounds().unwrap();
        assert_eq!((a.to_string(), b.to_string()), ("2019-07-01".into(), "2019-07-07".into()));
    }

    #[test]
    fn month_day_and_week_are_compatible_when_they_overlap() {
        let v = |s| TimeValue::parse_iso(s).unwrap();
        assert!(v("2019-07").compatible(&v("2019-07-04")));
        assert!(v("2019-07").compatible(&v("2019-W27")));
        assert!(!v("2019-07").compatible(&v("2019-08-01")));
        assert!(v("1910/1945").compatible(&v("1930")));
        assert!(!v("P3M").compatible(&v("2019")));
    }
}
