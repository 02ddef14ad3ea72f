//! Publication dates that are not printed, inferred from the text and the rest of the corpus.
//!
//! Approach: an undated article still names days and months without a year ("talks on Nov.
//! 19"). The dated articles of its story say which years the story covers (a corpus may hold
//! two stories years apart: the story is the publication dates whose articles share the most
//! entity names with it); each yearless mention is placed in the year that puts it nearest to
//! those publication dates. A day said of the future ("its next meeting, on June 5") does not
//! set the month the page was written in, unless nothing else does. When the
//! article also speaks of "this month" ("later this month", "earlier this month"), it was
//! published in the month of those mentions, so the date is that month (`YYYY-MM`); with only
//! the year evidence, the year (`YYYY`). With no evidence the date stays unknown: nothing is
//! invented. Without that cue, a day mentioned within a week of another article's date
//! ("crossings rise to 24 from Jan. 16" beside reports of Jan. 9 and 12) puts the article in
//! that article's month: the story was being reported then. The day tried is the latest said
//! as past, and one still to come only when none is: a planned day is often the day a later
//! report was written ("scheduled to discuss it on 8 December", reported on 9 December). Failing that, news is written
//! within days of the latest day it reports as past (not one still to come: "next Monday,
//! March 1", "set the hearing for April 8"), so that day's month is taken, or a later month it
//! reports as past ("has examined the bid since early February"; not "last September", said
//! against the writing, nor a month still to come). The result is flagged
//! `published_inferred`, with its evidence.
//!
//! A day printed with its weekday ("Tuesday, January 13") is placed in the nearby year whose
//! calendar agrees, and the latest such day gives the month: papers print the weekday for
//! days in the weeks around their writing. One printed as the next such weekday ("the board
//! meets next Tuesday, 7 July") comes first, unless the page reports a later day as past: the
//! page was written in the week before it, so the month is the one holding most of that week.
//! The search for the day of writing starts no earlier than a week before any day still to
//! come that the page prints with its weekday ("the status conference is for Monday, July
//! 26"): over sets 20–93 that raised date F1 on six sets and lowered it on three. A day after
//! the first such day is still to come as well, whatever its verb ("the inflation data next
//! Thursday, Sept. 3, and whether the committee holds its nerve on Sept. 17"), so it neither
//! counts as reported nor gives the month.
//!
//! A page that prints its own date without the year ("Last updated: Sat 18 Aug") is dated to
//! that day, in the year its weekday agrees with (else the year nearest the other reports).
//!
//! An article dated to a month this way is also given its likely day of writing, the day from
//! which the weekdays it names are nearest ([`day`]); its relative dates count from that day.
//!
//! Limits: a corpus where no article is dated gives no years to infer from; an article that
//! reports only months gives only a year; an article looking back (an anniversary piece) is
//! dated to the last day it recalls.

use crate::dates::Yearless;
use crate::fxhash::{FastMap, FastSet};
use crate::pipeline::Analysed;
use crate::timevalue::TimeValue;
use jiff::civil::Date;
use jiff::ToSpan;

mod day;

pub(crate) use day::{counted_days, CountedDay};

/// Fills in `published` for articles that print no date, where the evidence allows.
pub(crate) fn infer_missing_publication_dates(docs: &mut [Analysed]) {
    let undated: Vec<usize> = (0..docs.len()).filter(|&i| docs[i].published.is_none()).collect();
    if undated.is_empty() || undated.len() == docs.len() {
        return;
    }
    let index = dates_by_name(docs);
    let mut all: Vec<Date> = docs
        .iter()
        .filter_map(|d| d.published.as_ref().and_then(TimeValue::bounds).map(|(first, _)| first))
        .collect();
    all.sort_unstable();
    all.dedup();
    let stories: Vec<Vec<Date>> = undated.iter().map(|&i| same_story_dates(&docs[i], &index, &all)).collect();
    for (i, dated) in undated.into_iter().zip(stories) {
        let dated = dated.as_slice();
        let doc = &mut docs[i];
        let printed = doc.printed_yearless.as_ref().and_then(|(y, text)| printed_day(y, text, dated));
        if let Some((mut value, mut evidence)) =
            printed.or_else(|| infer_one(&doc.yearless, doc.speaks_of_this_month, dated))
        {
            doc.day_of_writing = day_of_writing(doc, &value);
            if let Some(day) = doc.day_of_writing {
                evidence
                    .push_str(&format!("; its weekdays are counted from {day}, the likely day of writing"));
                // Days reported at a month's end, weekdays after it: written the next month.
                value = TimeValue::month(day.year(), day.month()).unwrap_or(value);
            }
            doc.doc.published = Some(value.to_iso());
            doc.doc.published_inferred = true;
            doc.doc.published_evidence = Some(evidence);
            doc.published = Some(value);
        }
    }
}

/// The likely day of writing of an article inferred to `month` (see [`day`]), counted from the
/// latest day it reports as past.
fn day_of_writing(a: &Analysed, month: &TimeValue) -> Option<Date> {
    let TimeValue::Month(year, _) = *month else { return None };
    let (first, last) = month.bounds()?;
    let printed: Vec<(Date, bool)> = a
        .yearless
        .iter()
        .filter(|y| !y.future && !y.next)
        .filter_map(|y| Some((Date::new(year, y.month, y.day?).ok()?, y.weekday.is_some())))
        .filter(|(d, _)| (first..=last).contains(d))
        .collect();
    // "meets next Tuesday, 7 July", "the status conference is for Monday, July 26": a day still
    // to come that the page prints with its weekday is of the weeks around the writing, so the
    // week before it is the earliest the writing is sought from.
    let planned: Vec<(Date, bool)> = a
        .yearless
        .iter()
        .filter(|y| (y.next || y.future) && y.weekday.is_some())
        .filter_map(|y| Some((Date::new(year, y.month, y.day?).ok()?, y.next)))
        .collect();
    let week_before_planned = planned
        .iter()
        .filter_map(|(d, _)| d.checked_sub(7.days()).ok())
        .filter(|d| d.since(first).is_ok_and(|s| s.get_days() >= -7) && *d <= last)
        .min();
    // "Ten days after the attack began on Sunday 8 November": a day reported, in this month
    // or the next; the day of writing itself when said in the present.
    let counted: Vec<(Date, bool)> = a
        .counted_days
        .iter()
        .filter_map(|c| Some((c.in_year(year)?, c.now)))
        .filter(|(d, _)| first <= *d && d.since(last).is_ok_and(|s| s.get_days() <= 31))
        .collect();
    let today = counted.iter().filter(|(_, now)| *now).map(|&(d, _)| d).max();
    if let Some(today) = today.filter(|t| printed.iter().all(|(d, _)| d <= t)) {
        return Some(today);
    }
    let (latest_past, printed_weekday) = printed
        .into_iter()
        .chain(counted.iter().map(|&(d, _)| (d, false)))
        .chain(week_before_planned.map(|d| (d, false)))
        .max()?;
    // "The court hears it on Monday, September 19": the writing comes before such a day, and
    // two days or more before "next Thursday, Sept. 3" (the day before, it is "tomorrow").
    let next_planned = planned
        .into_iter()
        .filter(|(d, _)| *d > latest_past)
        .filter_map(|(d, next)| if next { d.checked_sub(1.days()).ok() } else { Some(d) })
        .min();
    // A day printed with its weekday ("said on Wednesday, April 26") is of the writing's week,
    // and its month the page's; a plain one ("the floods of Oct. 29") may be the month before.
    day::likely_day_of_writing(a, latest_past, printed_weekday, next_planned)
}

/// For each entity name (lower case), the publication dates (sorted, without repeats) of the
/// dated articles that name it.
fn dates_by_name(docs: &[Analysed]) -> FastMap<String, Vec<Date>> {
    let mut index: FastMap<String, Vec<Date>> = FastMap::default();
    for d in docs {
        let Some((first, _)) = d.published.as_ref().and_then(TimeValue::bounds) else { continue };
        for e in &d.doc.entities {
            index.entry(e.name.to_lowercase()).or_default().push(first);
        }
    }
    for dates in index.values_mut() {
        dates.sort_unstable();
        dates.dedup();
    }
    index
}

/// The publication dates (sorted, without repeats) of the dated articles that tell the same
/// story as `doc`: a corpus may hold several stories years apart. Each date scores the names
/// `doc` shares with the articles of that date; the story is the dates that score at least
/// half as much as the best, when the best shares three names or more; otherwise every date.
/// Names printed on more than [`COMMON_NAME_DATES`] dates say nothing of the story and are
/// skipped, which also bounds the work per article.
fn same_story_dates(doc: &Analysed, index: &FastMap<String, Vec<Date>>, all: &[Date]) -> Vec<Date> {
    let mut score: FastMap<Date, usize> = FastMap::default();
    let mut seen: FastSet<String> = FastSet::default();
    for e in &doc.doc.entities {
        let name = e.name.to_lowercase();
        let Some(dates) = index.get(&name).filter(|d| d.len() <= COMMON_NAME_DATES) else { continue };
        if seen.insert(name) {
            for &date in dates {
                *score.entry(date).or_default() += 1;
            }
        }
    }
    let closest = score.values().copied().max().unwrap_or(0);
    if closest < STORY_NAMES {
        return all.to_vec();
    }
    let mut out: Vec<Date> =
        score.into_iter().filter(|&(_, s)| s * 2 >= closest).map(|(date, _)| date).collect();
    out.sort_unstable();
    out
}

/// A name printed on more dates than this is too common to tell one story from another.
const COMMON_NAME_DATES: usize = 64;

/// How many entity names an article must share with an undated one to count as its story.
const STORY_NAMES: usize = 3;

/// The page's own date printed without its year ("Last updated: Sat 18 Aug"), placed in the
/// year its weekday agrees with, else the year nearest the corpus's other reports.
fn printed_day(y: &Yearless, text: &str, dated: &[Date]) -> Option<(TimeValue, String)> {
    let day = y.day?;
    let (year, why) = match weekday_year(y, dated) {
        Some(year) => (year, "its weekday"),
        None if y.weekday.is_none() => (nearest_year(y.month, day, dated)?, "the corpus's other reports"),
        None => return None,
    };
    let value = TimeValue::Day(Date::new(year, y.month, day).ok()?);
    Some((value, format!("inferred: the page prints ‘{text}’ without a year; {year} agrees with {why}")))
}

/// The year that puts `month`/`day` nearest to one of the corpus's publication dates
/// (`dated`: sorted, without repeats), searched from a year before the first to a year after
/// the last.
fn nearest_year(month: i8, day: i8, dated: &[Date]) -> Option<i16> {
    let (lo, hi) = (dated.first()?.year() - 1, dated.last()?.year() + 1);
    (lo..=hi)
        .filter_map(|y| Date::new(y, month, day).ok().map(|d| (y, d)))
        .min_by_key(|&(_, d)| nearest_report(d, dated).map(|(_, days)| days))
        .map(|(y, _)| y)
}

/// The report date (`dated`: sorted) nearest to `day`, with its distance in days.
fn nearest_report(day: Date, dated: &[Date]) -> Option<(Date, i32)> {
    let i = dated.partition_point(|p| *p < day);
    let days = |p: &Date| p.since(day).map_or(i32::MAX, |s| s.get_days().abs());
    [i.checked_sub(1).and_then(|j| dated.get(j)), dated.get(i)]
        .into_iter()
        .flatten()
        .map(|p| (*p, days(p)))
        .min_by_key(|&(_, d)| d)
}

/// The year, from a year before the corpus's first report to a year after its last, in which
/// a day printed with its weekday ("Tuesday, January 13") falls on that weekday, nearest to
/// a report; `None` when no year there agrees.
fn weekday_year(y: &Yearless, dated: &[Date]) -> Option<i16> {
    let (weekday, day) = (y.weekday?, y.day?);
    let (lo, hi) = (dated.first()?.year() - 1, dated.last()?.year() + 1);
    (lo..=hi)
        .filter_map(|year| Date::new(year, y.month, day).ok().map(|d| (year, d)))
        .filter(|(_, d)| d.weekday() == weekday)
        .min_by_key(|&(_, d)| nearest_report(d, dated).map(|(_, days)| days))
        .map(|(year, _)| year)
}

/// The latest day printed with its weekday in an article dated only to `published` (a month
/// or a year), placed in the year near it whose calendar agrees: what "on Wednesday" and
/// "last week" are counted from (see [`crate::dates::DateContext::pinned`]).
pub(crate) fn latest_pinned_day(yearless: &[Yearless], published: &TimeValue) -> Option<Date> {
    let (first, last) = published.bounds()?;
    yearless
        .iter()
        .filter_map(|y| {
            weekday_year(y, &[first, last]).and_then(|year| Date::new(year, y.month, y.day?).ok())
        })
        .max()
}

/// A yearless mention placed in a year.
#[derive(Clone, Copy)]
struct Placed {
    year: i16,
    month: i8,
    day: Option<i8>,
    /// Its printed weekday fixed the year, and it is not named as the next such weekday: a day
    /// of the weeks around the writing.
    pinned: bool,
    /// Its printed weekday fixed the year, and it is named as the next such weekday ("next
    /// Tuesday, 7 July"): a day in the week after the writing.
    next: bool,
    /// Said of what is to come.
    future: bool,
}

impl Placed {
    fn date(&self) -> Option<(i16, i8, i8)> {
        Some((self.year, self.month, self.day?))
    }

    /// A day said as past, or printed with its weekday (not as the next such weekday): a clue
    /// to the month of the writing.
    fn said(&self) -> bool {
        self.day.is_some() && !self.next && (self.pinned || !self.future)
    }
}

fn infer_one(yearless: &[Yearless], this_month: bool, dated: &[Date]) -> Option<(TimeValue, String)> {
    // Each mention placed once. "next Monday, March 1" is to come, weekday or not.
    let placed: Vec<Placed> = yearless
        .iter()
        .filter_map(|y| {
            let (year, pinned, next) = match weekday_year(y, dated) {
                Some(year) => (year, !y.next, y.next),
                None => (nearest_year(y.month, y.day.unwrap_or(15), dated)?, false, false),
            };
            Some(Placed { year, month: y.month, day: y.day, pinned, next, future: y.future })
        })
        .collect();
    let year = placed.first()?.year;
    let basis = format!("{} undated mention(s) placed by the corpus's other articles", placed.len());
    // "later this month" next to "on Nov. 19": the article is of the month of its latest day.
    let latest_day = placed.iter().filter_map(Placed::date).max();
    // What is still to come ("its next meeting, on June 5") says nothing of the month the page
    // was written in, unless nothing else does; a day printed with its weekday does. The first
    // day still to come that the page prints with its weekday bounds both: a day after it is
    // still to come as well, whatever its verb ("next Thursday, Sept. 3, and whether the
    // committee holds on Sept. 17"; "will open on Monday, 26 January, and close on Monday,
    // 9 February").
    let first_ahead = placed.iter().filter(|p| p.next || p.pinned && p.future).filter_map(Placed::date).min();
    let latest_past = placed
        .iter()
        .filter(|p| p.said())
        .filter_map(Placed::date)
        .filter(|d| first_ahead.is_none_or(|n| *d < n))
        .max();
    let latest_said = latest_past.or(latest_day);
    // "the board meets next Tuesday, 7 July": the page was written in the week before that
    // day; the month that holds most of that week.
    if let Some((y, m, d)) = placed.iter().filter(|p| p.next).filter_map(Placed::date).min() {
        let written = Date::new(y, m, d).ok()?.checked_sub(NEXT_WEEK_MIDDLE.days()).ok()?;
        let value = TimeValue::month(written.year(), written.month())?;
        return Some((
            value,
            format!("inferred: {basis}; {y}-{m:02}-{d:02} is printed as the next such weekday"),
        ));
    }
    // "on Tuesday, October 20": days printed with their weekday are of the weeks around the
    // writing; the latest of them gives the month.
    let pinned = placed
        .iter()
        .filter(|p| p.pinned)
        .filter_map(Placed::date)
        .filter(|d| first_ahead.is_none_or(|n| *d <= n))
        .max();
    // A day printed with its weekday says which month "this month" is better than a day with
    // no verb to say it is still to come ("Q3 results on November 4").
    if let (true, Some((y, m, _))) = (this_month, pinned.or(latest_said)) {
        let value = TimeValue::month(y, m)?;
        return Some((value, format!("inferred: {basis}, and “this month” in the text")));
    }
    if let Some((y, m, d)) = pinned {
        let value = TimeValue::month(y, m)?;
        return Some((value, format!("inferred: {basis}; {y}-{m:02}-{d:02} is printed with its weekday")));
    }
    // "lift crossings starting Jan. 16" in a corpus with reports of Jan. 9 and Jan. 12: a
    // day within a week of another report's date places this one in that report's month.
    // The latest day said of the past; only when none is, the latest of all: a day still to
    // come is often the day a later report of the story was written ("the board is scheduled
    // to discuss it on 8 December", reported on 9 December).
    if let Some((y, m, d)) = latest_said {
        let near = Date::new(y, m, d).ok().and_then(|day| nearest_report(day, dated));
        if let Some((nearest, _)) = near.filter(|&(_, days)| days <= NEAR_REPORT_DAYS) {
            let value = TimeValue::month(nearest.year(), nearest.month())?;
            let evidence =
                format!("inferred: {basis}; {m:02}-{d:02} is within a week of a report of {nearest}");
            return Some((value, evidence));
        }
    }
    // Otherwise news is written within days of the latest day it reports as past: its month,
    // unless it reports a later month as past ("has examined the bid since early February"
    // beside "agreed on January 19").
    if let Some((y, m, d)) = latest_said.filter(|_| placed.iter().any(|p| p.day.is_some() && !p.future)) {
        let later_month = placed
            .iter()
            .filter(|p| p.day.is_none() && !p.future)
            .map(|p| (p.year, p.month))
            .max()
            // A month long after it ("in August" beside "June 12") is as likely the year before.
            .filter(|&later| later > (y, m) && months_between((y, m), later) <= LATER_MONTH_REACH);
        if let Some((y, m)) = later_month {
            let value = TimeValue::month(y, m)?;
            return Some((value, format!("inferred: {basis}; {y}-{m:02} is the latest month it reports")));
        }
        let value = TimeValue::month(y, m)?;
        return Some((value, format!("inferred: {basis}; {y}-{m:02}-{d:02} is the latest day it reports")));
    }
    placed.iter().all(|p| p.year == year).then(|| (TimeValue::Year(year), format!("inferred: {basis}")))
}

/// "next Tuesday" is written one to seven days before it: the fourth day before is the middle
/// of that week, in the month that holds most of it.
const NEXT_WEEK_MIDDLE: i64 = 4;

/// How many months after the latest day reported a month reported as past may lie and still
/// date the page.
const LATER_MONTH_REACH: i32 = 1;

fn months_between((y0, m0): (i16, i8), (y1, m1): (i16, i8)) -> i32 {
    (i32::from(y1) - i32::from(y0)) * 12 + i32::from(m1) - i32::from(m0)
}

/// How near another report's date a day mention must be to date an article by that report.
const NEAR_REPORT_DAYS: i32 = 7;

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::Weekday;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn y(month: i8, day: Option<i8>) -> Yearless {
        Yearless { month, day, weekday: None, future: false, next: false }
    }

    /// A day printed with its weekday and no year: "Tuesday, January 13".
    fn on_weekday(month: i8, day: i8, weekday: Weekday) -> Yearless {
        Yearless { weekday: Some(weekday), ..y(month, Some(day)) }
    }

    #[test]
    fn a_day_printed_as_the_next_such_weekday_dates_the_page_to_the_week_before_it() {
        let dated = [d("2037-06-26"), d("2037-07-08")];
        // "reported on 14 May ... the board meets next Tuesday, 7 July".
        let next = Yearless { next: true, ..on_weekday(7, 7, Weekday::Tuesday) };
        let (v, evidence) = infer_one(&[y(5, Some(14)), next], false, &dated).unwrap();
        assert_eq!(v.to_iso(), "2037-07");
        assert!(evidence.contains("next such weekday"), "{evidence}");
        // The week before "next Tuesday, 2 June" lies mostly in May.
        let next = Yearless { next: true, ..on_weekday(6, 2, Weekday::Tuesday) };
        let (v, evidence) = infer_one(&[next], false, &dated).unwrap();
        assert_eq!(v.to_iso(), "2037-05", "{evidence}");
        // A day after it is still to come too, whatever its verb ("next Thursday, Sept. 3, and
        // whether the committee holds on Sept. 17"): it cannot date the page later.
        let next = Yearless { next: true, ..on_weekday(7, 7, Weekday::Tuesday) };
        let (v, evidence) = infer_one(&[y(7, Some(19)), next], false, &dated).unwrap();
        assert_eq!(v.to_iso(), "2037-07");
        assert!(evidence.contains("next such weekday"), "{evidence}");
        let next = Yearless { next: true, ..on_weekday(6, 2, Weekday::Tuesday) };
        let (v, evidence) = infer_one(&[y(6, Some(19)), next], false, &dated).unwrap();
        assert_eq!(v.to_iso(), "2037-05", "{evidence}");
    }

    #[test]
    fn a_month_mention_with_this_month_gives_the_month() {
        let dated = [d("2019-07-11"), d("2019-08-29"), d("2019-11-20"), d("2020-03-10")];
        let (v, _) = infer_one(&[y(11, Some(19))], true, &dated).unwrap();
        assert_eq!(v.to_iso(), "2019-11");
    }

    #[test]
    fn without_a_this_month_cue_the_latest_day_reported_gives_the_month() {
        let dated = [d("2019-07-11"), d("2019-12-20")];
        let (v, evidence) = infer_one(&[y(11, Some(19)), y(7, Some(2))], false, &dated).unwrap();
        assert_eq!(v.to_iso(), "2019-11");
        assert!(evidence.contains("latest day"), "{evidence}");
        // Months without a day give only the year.
        assert_eq!(infer_one(&[y(11, None), y(7, None)], false, &dated).unwrap().0.to_iso(), "2019");
        // A day still to come is no day reported.
        let ahead = Yearless { future: true, ..y(11, Some(19)) };
        assert_eq!(infer_one(&[ahead], false, &dated).unwrap().0.to_iso(), "2019");
    }

    #[test]
    fn a_later_month_reported_as_past_gives_the_month() {
        let dated = [d("2038-03-17"), d("2038-03-22")];
        // "agreed on January 19", "has examined the bid since early February".
        let (v, evidence) = infer_one(&[y(1, Some(19)), y(2, None)], false, &dated).unwrap();
        assert_eq!(v.to_iso(), "2038-02");
        assert!(evidence.contains("latest month"), "{evidence}");
        // "will rule in April" is still to come.
        let ahead = Yearless { future: true, ..y(4, None) };
        assert_eq!(infer_one(&[y(1, Some(19)), ahead], false, &dated).unwrap().0.to_iso(), "2038-01");
        // "in August" beside "June 12" is as likely last year's August: the day's month stays.
        let dated = [d("2036-06-12"), d("2036-06-13")];
        assert_eq!(infer_one(&[y(6, Some(12)), y(8, None)], false, &dated).unwrap().0.to_iso(), "2036-06");
    }

    #[test]
    fn january_mentions_near_a_december_corpus_go_to_the_next_year() {
        let dated = [d("2020-12-20"), d("2020-12-28")];
        assert_eq!(infer_one(&[y(1, Some(3))], true, &dated).unwrap().0.to_iso(), "2021-01");
    }

    #[test]
    fn a_day_near_another_report_gives_that_reports_month() {
        let dated = [d("2023-11-01"), d("2024-01-09"), d("2024-01-12")];
        let mentions = [y(1, Some(16)), y(5, None), y(8, None), y(11, None)];
        assert_eq!(infer_one(&mentions, false, &dated).unwrap().0.to_iso(), "2024-01");
        // Months apart from every report: the month of the latest day reported.
        let far = infer_one(&[y(4, Some(2)), y(8, None)], false, &[d("2024-01-09"), d("2023-11-01")]);
        assert_eq!(far.unwrap().0.to_iso(), "2024-04");
    }

    #[test]
    fn a_day_printed_with_its_weekday_fixes_the_year_and_the_month() {
        let dated = [d("2025-02-10"), d("2026-02-20")];
        // 13 January is a Tuesday in 2026, not in 2025 or 2027.
        let tuesday = on_weekday(1, 13, Weekday::Tuesday);
        let (v, evidence) = infer_one(&[y(12, Some(28)), tuesday], false, &dated).unwrap();
        assert_eq!(v.to_iso(), "2026-01");
        assert!(evidence.contains("weekday"), "{evidence}");
        // A weekday no nearby year agrees with is no evidence.
        let friday = Yearless { weekday: Some(Weekday::Friday), ..tuesday };
        assert_ne!(infer_one(&[friday], false, &dated).map(|v| v.0.to_iso()), Some("2026-01".into()));
    }

    #[test]
    fn a_day_printed_with_its_weekday_after_one_still_to_come_is_still_to_come() {
        let dated = [d("2037-01-19"), d("2037-02-17")];
        // "will open on Monday, 26 January, and close on Monday, 9 February": the page was
        // written before the 26th, so the 9th, whatever its verb, says nothing of its month.
        let planned = Yearless { future: true, ..on_weekday(1, 26, Weekday::Monday) };
        let later = on_weekday(2, 9, Weekday::Monday);
        let (v, evidence) = infer_one(&[y(1, Some(17)), planned, later], false, &dated).unwrap();
        assert_eq!(v.to_iso(), "2037-01", "{evidence}");
        let (v, evidence) =
            infer_one(&[y(1, Some(17)), on_weekday(1, 26, Weekday::Monday), later], false, &dated).unwrap();
        assert_eq!(v.to_iso(), "2037-02", "{evidence}");
    }

    #[test]
    fn this_month_is_the_month_of_a_day_printed_with_its_weekday() {
        let dated = [d("2038-09-10"), d("2038-09-14")];
        // "opened on Monday, September 20 ... this month's walkouts ... results on November 4".
        let monday = on_weekday(9, 20, Weekday::Monday);
        let (v, _) = infer_one(&[monday, y(10, Some(29)), y(11, Some(4))], true, &dated).unwrap();
        assert_eq!(v.to_iso(), "2038-09");
    }

    #[test]
    fn the_latest_day_printed_with_its_weekday_in_a_month() {
        let tuesday = on_weekday(9, 15, Weekday::Tuesday);
        let monday = on_weekday(9, 7, Weekday::Monday);
        let month = TimeValue::month(2026, 9).unwrap();
        assert_eq!(latest_pinned_day(&[monday, tuesday, y(9, Some(20))], &month), Some(d("2026-09-15")));
        assert_eq!(latest_pinned_day(&[y(9, Some(20))], &month), None);
    }

    #[test]
    fn a_page_date_printed_without_its_year_takes_the_year_its_weekday_agrees_with() {
        let dated = [d("2029-08-03"), d("2029-08-06")];
        // 18 August is a Saturday in 2029 and in 2018, not in 2028 or 2030.
        let saturday = on_weekday(8, 18, Weekday::Saturday);
        let (v, evidence) = printed_day(&saturday, "Sat 18 Aug", &dated).unwrap();
        assert_eq!(v.to_iso(), "2029-08-18");
        assert!(evidence.contains("Sat 18 Aug"), "{evidence}");
        let monday = Yearless { weekday: Some(Weekday::Monday), ..saturday };
        assert_eq!(printed_day(&monday, "Mon 18 Aug", &dated), None, "no year from 2028 to 2030 agrees");
        assert_eq!(printed_day(&y(8, Some(18)), "18 Aug", &dated).unwrap().0.to_iso(), "2029-08-18");
    }

    #[test]
    fn no_evidence_invents_nothing() {
        assert_eq!(infer_one(&[], true, &[d("2019-07-11")]), None);
    }
}
