//! What relative expressions are resolved against, and the calendar steps they need.
//!
//! The publication anchor keeps the granularity it was given: a day supports everything, a
//! month supports months and years ("last month", "In July", "Nov. 19") but not weekdays or
//! weeks, a year supports only years. A rule that needs more than the anchor has gets a
//! note instead of a value. All arithmetic is jiff's; a step that leaves the calendar is a
//! note too, never a panic.

use super::tense::Tense;
use crate::timevalue::TimeValue;
use jiff::civil::Date;
use jiff::ToSpan;

/// Why a value is missing.
pub(crate) type Note = &'static str;

pub(crate) const NO_ANCHOR: Note = "relative to the publication date, which is unknown";
pub(crate) const NEED_DAY: Note = "needs the publication day; only a coarser publication date is known";
pub(crate) const NEED_MONTH: Note = "needs the publication month; only the publication year is known";
pub(crate) const OUT_OF_RANGE: Note = "falls outside the calendar";

/// The publication date at the granularity known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Anchor {
    Day(Date),
    Month(i16, i8),
    Year(i16),
    Unknown,
}

impl Anchor {
    pub fn new(published: Option<&TimeValue>) -> Anchor {
        match published {
            Some(TimeValue::Day(d)) => Anchor::Day(*d),
            Some(TimeValue::Month(y, m)) if TimeValue::month(*y, *m).is_some() => Anchor::Month(*y, *m),
            Some(TimeValue::Week(..)) => {
                // A week anchor is as good as its Thursday for months and years.
                let thursday = published.and_then(TimeValue::bounds).and_then(|(a, _)| add_days(a, 3).ok());
                thursday.map_or(Anchor::Unknown, |d| Anchor::Month(d.year(), d.month()))
            }
            Some(TimeValue::Year(y)) => Anchor::Year(*y),
            _ => Anchor::Unknown,
        }
    }

    pub fn day(self) -> Result<Date, Note> {
        match self {
            Anchor::Day(d) => Ok(d),
            Anchor::Unknown => Err(NO_ANCHOR),
            _ => Err(NEED_DAY),
        }
    }

    pub fn month(self) -> Result<(i16, i8), Note> {
        match self {
            Anchor::Day(d) => Ok((d.year(), d.month())),
            Anchor::Month(y, m) => Ok((y, m)),
            Anchor::Year(_) => Err(NEED_MONTH),
            Anchor::Unknown => Err(NO_ANCHOR),
        }
    }

    pub fn year(self) -> Result<i16, Note> {
        match self {
            Anchor::Day(d) => Ok(d.year()),
            Anchor::Month(y, _) | Anchor::Year(y) => Ok(y),
            Anchor::Unknown => Err(NO_ANCHOR),
        }
    }
}

pub(crate) fn add_days(d: Date, n: i64) -> Result<Date, Note> {
    d.checked_add(n.days()).map_err(|_| OUT_OF_RANGE)
}

/// The month `n` months after `(year, month)`.
pub(crate) fn add_months((y, m): (i16, i8), n: i64) -> Result<(i16, i8), Note> {
    let first = Date::new(y, m, 1).map_err(|_| OUT_OF_RANGE)?;
    let d = first.checked_add(n.months()).map_err(|_| OUT_OF_RANGE)?;
    Ok((d.year(), d.month()))
}

pub(crate) fn month_value((y, m): (i16, i8)) -> Result<TimeValue, Note> {
    TimeValue::month(y, m).ok_or(OUT_OF_RANGE)
}

pub(crate) fn year_value(y: i64) -> Result<TimeValue, Note> {
    let y = i16::try_from(y).map_err(|_| OUT_OF_RANGE)?;
    Date::new(y, 1, 1).map(|_| TimeValue::Year(y)).map_err(|_| OUT_OF_RANGE)
}

/// The ISO week `n` weeks after the one containing `d`.
pub(crate) fn week_value(d: Date, n: i64) -> Result<TimeValue, Note> {
    Ok(TimeValue::week_of(add_days(d, n * 7)?))
}

/// Which occurrence of a yearless month or day is meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pick {
    /// The one nearest the anchor.
    Nearest,
    /// The most recent one, the anchor's own included ("In July", said in July).
    Recent,
    /// The most recent one before the anchor's ("last July").
    Before,
    /// The next one, the anchor's own included ("will meet in July").
    Upcoming,
    /// The first after the anchor's ("next July").
    After,
    /// The one in the anchor's year ("this July").
    Same,
}

/// The year of month `m` picked relative to the anchor month.
pub(crate) fn year_of_month(anchor: (i16, i8), m: i8, pick: Pick) -> i16 {
    let (y, am) = anchor;
    match pick {
        Pick::Recent => y - i16::from(m > am),
        Pick::Before => y - i16::from(m >= am),
        Pick::Upcoming => y + i16::from(m < am),
        Pick::After => y + i16::from(m <= am),
        Pick::Same => y,
        Pick::Nearest => match m - am {
            d if d > 6 => y - 1,
            d if d < -6 => y + 1,
            _ => y,
        },
    }
}

/// A yearless day ("Nov. 19") placed relative to the publication anchor: nearest to it; the
/// first on or after it when the sentence speaks of the future; the last on or before it when
/// it tells of a day gone by.
pub(crate) fn day_without_year(anchor: Anchor, m: i8, d: i8, tense: Tense) -> Result<Date, Note> {
    match anchor {
        Anchor::Day(p) => {
            let candidates = [p.year() - 1, p.year(), p.year() + 1];
            let dates = candidates.iter().filter_map(|&y| Date::new(y, m, d).ok());
            let best = match tense {
                Tense::Future => dates.filter(|c| *c >= p).min(),
                Tense::Past => dates.filter(|c| *c <= p).max(),
                Tense::Unsure => dates.min_by_key(|c| p.duration_until(*c).as_secs().abs()),
            };
            best.ok_or(OUT_OF_RANGE)
        }
        Anchor::Month(y, am) => {
            let pick = match tense {
                Tense::Future => Pick::Upcoming,
                Tense::Past => Pick::Recent,
                Tense::Unsure => Pick::Nearest,
            };
            Date::new(year_of_month((y, am), m, pick), m, d).map_err(|_| OUT_OF_RANGE)
        }
        Anchor::Year(y) => Date::new(y, m, d).map_err(|_| OUT_OF_RANGE),
        Anchor::Unknown => Err(NO_ANCHOR),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn months_step_across_years() {
        assert_eq!(add_months((2020, 1), -1), Ok((2019, 12)));
        assert_eq!(add_months((2019, 12), 1), Ok((2020, 1)));
        assert_eq!(add_months((9999, 12), 1), Err(OUT_OF_RANGE));
    }

    #[test]
    fn month_picks_around_the_anchor() {
        assert_eq!(year_of_month((2019, 7), 7, Pick::Recent), 2019);
        assert_eq!(year_of_month((2019, 7), 7, Pick::Before), 2018);
        assert_eq!(year_of_month((2020, 1), 12, Pick::Recent), 2019);
        assert_eq!(year_of_month((2019, 11), 2, Pick::Upcoming), 2020);
        assert_eq!(year_of_month((2019, 12), 12, Pick::After), 2020);
        assert_eq!(year_of_month((2020, 1), 12, Pick::Nearest), 2019);
    }

    #[test]
    fn yearless_days_take_the_nearest_year_or_the_next_one() {
        let a = Anchor::Day(date(2020, 1, 5));
        assert_eq!(day_without_year(a, 12, 16, Tense::Unsure), Ok(date(2019, 12, 16)));
        assert_eq!(day_without_year(a, 12, 16, Tense::Future), Ok(date(2020, 12, 16)));
        assert_eq!(day_without_year(a, 2, 29, Tense::Unsure), Ok(date(2020, 2, 29)));
        assert_eq!(
            day_without_year(Anchor::Day(date(2019, 3, 1)), 2, 29, Tense::Unsure),
            Ok(date(2020, 2, 29))
        );
        assert_eq!(day_without_year(Anchor::Month(2019, 11), 11, 19, Tense::Unsure), Ok(date(2019, 11, 19)));
        assert_eq!(day_without_year(Anchor::Unknown, 11, 19, Tense::Unsure), Err(NO_ANCHOR));
        // Told of as gone by, a day three months on from June is last year's.
        let june = Anchor::Day(date(2037, 6, 8));
        assert_eq!(day_without_year(june, 9, 11, Tense::Unsure), Ok(date(2037, 9, 11)));
        assert_eq!(day_without_year(june, 9, 11, Tense::Past), Ok(date(2036, 9, 11)));
        assert_eq!(day_without_year(Anchor::Month(2037, 6), 9, 11, Tense::Past), Ok(date(2036, 9, 11)));
    }
}
