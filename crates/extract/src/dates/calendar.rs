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

/// Easter Sunday of `year` in the Gregorian calendar (the anonymous algorithm of 1876).
pub(crate) fn easter(year: i16) -> Option<Date> {
    let y = i32::from(year);
    let (a, b, c) = (y % 19, y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let g = (8 * b + 13) / 25;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 19 * l) / 433;
    let month = (h + l - 7 * m + 90) / 25;
    let day = (h + l - 7 * m + 33 * month + 19) % 32;
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

/// The feast `offset` days after Easter ("Ascension Day", 39) in the year `tense` puts
/// nearest the anchor: the latest not after it for the past, the earliest not before it for
/// the future, else the nearest.
pub(crate) fn feast_from_easter(anchor: Anchor, offset: i64, tense: Tense) -> Result<Date, Note> {
    let feast = |y: i16| easter(y).and_then(|e| e.checked_add(offset.days()).ok());
    let (lo, hi) = match anchor {
        Anchor::Day(p) => (p, p),
        Anchor::Month(y, m) => {
            let first = Date::new(y, m, 1).map_err(|_| OUT_OF_RANGE)?;
            (first, first.last_of_month())
        }
        Anchor::Year(y) => return feast(y).ok_or(OUT_OF_RANGE),
        Anchor::Unknown => return Err(NO_ANCHOR),
    };
    let candidates = (lo.year() - 1..=lo.year() + 1).filter_map(feast);
    let best = match tense {
        Tense::Future => candidates.filter(|c| *c >= lo).min(),
        Tense::Past => candidates.filter(|c| *c <= hi).max(),
        Tense::Unsure => candidates.min_by_key(|c| {
            if (lo..=hi).contains(c) {
                0
            } else {
                lo.duration_until(*c).as_secs().abs().min(hi.duration_until(*c).as_secs().abs())
            }
        }),
    };
    best.ok_or(OUT_OF_RANGE)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn easter_falls_on_its_known_days() {
        assert_eq!(easter(2024), Some(date(2024, 3, 31)));
        assert_eq!(easter(2038), Some(date(2038, 4, 25)));
        assert_eq!(easter(2019), Some(date(2019, 4, 21)));
        // Ascension Day, 39 days on, in the year the tense says.
        let p = Anchor::Day(date(2038, 5, 26));
        assert_eq!(feast_from_easter(p, 39, Tense::Future), Ok(date(2038, 6, 3)));
        assert_eq!(feast_from_easter(p, 39, Tense::Past), Ok(date(2037, 5, 14)));
    }

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
