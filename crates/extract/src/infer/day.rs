//! The likely day of writing of an undated article, from the weekdays it names.
//!
//! Approach: inference from the text ([`super::infer_one`]) gives an undated page its month at
//! best, and "on Monday" cannot be counted from a month. But news names the weekdays of the
//! days around its writing ("tabled on Monday", "passed on Thursday", "back at work on Friday
//! morning"), so the day of writing is the one from which those weekdays are nearest: each day
//! from the latest day the page reports as past (not one it gives as a limit or a plan: "until
//! Oct. 21") to six days on is tried, the page's dates are read as if written that day, and the
//! day whose plain weekdays are the fewest days away in all wins, the earliest of equals. On
//! the 54 undated pages of held-out sets 2–47 that name a weekday, the day is right for 25 and
//! within a day for 38, and their dates F1 rose (see docs/extraction.md, session 15).
//!
//! The day anchors the page's relative dates only; its publication date stays the month, which
//! is certain where the day is a guess, unless the day falls in the next month: a page that
//! reports "the floods of Oct. 29" and names the Saturday and Sunday after them was written in
//! November. A latest day printed with its weekday ("said on Wednesday, April 26") keeps the
//! day in its month (moving on from it cost set 12 a right month and five dates).
//!
//! A day the page counts from a day it prints ([`counted_days`]) is a day it reports too: the
//! day of writing itself when the sentence speaks in the present ("The agreement comes 12 days
//! after the bank let the pound float on 13 October", "Ten days after the attack began on
//! Sunday 8 November, the hospitals are still running on paper"), else a day reported as past
//! ("The order came two weeks after Honda widened its recall on April 3"), from which the
//! search starts. A day given as a limit ("excluded until 21 days after the last case") or
//! said of the future ("takes effect 30 days after its publication on May 3") is none.
//!
//! The search starts no earlier than a week before a day still to come that the page prints
//! with its weekday ("meets next Tuesday, 7 July", "the hearing is on Monday, July 26"), and
//! stops before it, two days before the next such weekday (the day before, it is "tomorrow"):
//! such a day is of the weeks around the writing ([`super`] gives the reasons).
//!
//! Limits: a page that names no weekday, or no day it reports as past, keeps only its month;
//! one written the day after its latest weekday ("on Wednesday", written on Thursday) is
//! placed on that weekday, which moves "yesterday" and "today" by a day but no weekday; one
//! written a week or more after the latest day it reports is placed a week early.

use crate::dates::{find_dates_tokenized, said_of_the_future, DateContext, FoundDate, Yearless};
use crate::pipeline::Analysed;
use crate::timevalue::TimeValue;
use crate::tokens::{tokenize, Token};
use jiff::civil::Date;
use jiff::ToSpan;

/// The day from which the article's plain weekdays ("on Thursday") are the fewest days away
/// in all, tried from `latest_past` (the latest day the page reports as past) to six days on,
/// within its month if `same_month` and before `next_planned` (a day still to come that the
/// page prints with its weekday); `None` when the page names no plain weekday.
pub(crate) fn likely_day_of_writing(
    a: &Analysed,
    latest_past: Date,
    same_month: bool,
    next_planned: Option<Date>,
) -> Option<Date> {
    let sentences = tokenized_sentences(a);
    let mut best: Option<(i32, Date)> = None;
    for n in 0..7 {
        let day = latest_past.checked_add(n.days()).ok()?;
        // "the court hears it on Monday, September 19": written before that day.
        if same_month && day.month() != latest_past.month() || next_planned.is_some_and(|p| day >= p) {
            break;
        }
        let Some(distance) = weekday_distance(a, &sentences, day) else { continue };
        if best.is_none_or(|(least, _)| distance < least) {
            best = Some((distance, day));
        }
    }
    best.map(|(_, day)| day)
}

/// A day given as a length of time after a yearless day: `days` after `from`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CountedDay {
    pub(crate) from: Yearless,
    pub(crate) days: i32,
    /// The sentence speaks in the present ("the agreement comes 12 days after"): the day is
    /// the day of writing.
    pub(crate) now: bool,
}

impl CountedDay {
    /// The day itself, with `from` placed in `year`.
    pub(crate) fn in_year(&self, year: i16) -> Option<Date> {
        let from = Date::new(year, self.from.month, self.from.day?).ok()?;
        from.checked_add(self.days.days()).ok()
    }
}

/// The days a sentence counts from a day it prints without a year: "17 days after the Nov. 4
/// election", "a week after the Senate approved it on March 13", "four weeks to the day after
/// the dam gave way on 9 February". The length must be in days or weeks, the day must follow
/// it with "after" between, in the same clause, and neither may be said of the future.
pub(crate) fn counted_days(text: &str, tokens: &[Token], found: &[FoundDate]) -> Vec<CountedDay> {
    let mut out = Vec::new();
    for (i, length) in found.iter().enumerate() {
        let Some(days) = length.value.as_ref().and_then(days_of_length) else { continue };
        let Some(day) = found.get(i + 1) else { continue };
        let Some(from) = day.yearless.filter(|y| y.day.is_some() && !y.future) else { continue };
        let between = text[length.end..day.start].trim_start().to_lowercase();
        let joined = ["after ", "to the day after "].iter().any(|p| between.starts_with(p));
        let one_clause = between.len() <= MAX_GAP && !between.contains([';', ':', '(', ')', '"']);
        let before = &text[..length.start];
        if joined
            && one_clause
            && !said_of_the_future(text, tokens, length.start, length.end)
            && !is_limit(before, &text[length.start..length.end])
        {
            // The main clause: before the length, or after the day when the sentence opens
            // with the length ("Ten days after …, the hospitals are still running").
            let main = if before.trim().is_empty() { &text[day.end..] } else { before };
            out.push(CountedDay { from, days, now: speaks_in_the_present(main) });
        }
    }
    out
}

/// How many bytes of text may lie between the length and the day it counts from.
const MAX_GAP: usize = 80;

/// The days in a length of whole days or weeks ("P10D", "P2W"), at most a year.
fn days_of_length(value: &TimeValue) -> Option<i32> {
    let TimeValue::Duration(iso) = value else { return None };
    let body = iso.strip_prefix('P')?;
    let (count, per) = match body.as_bytes().last()? {
        b'D' => (&body[..body.len() - 1], 1),
        b'W' => (&body[..body.len() - 1], 7),
        _ => return None,
    };
    let days = count.parse::<i32>().ok()? * per;
    (1..=366).contains(&days).then_some(days)
}

/// "until 21 days after", "within 60 days after": a limit, not a day that happened.
fn is_limit(before: &str, length: &str) -> bool {
    const LIMITS: [&str; 6] = ["until", "till", "before", "by", "within", "than"];
    let first_of_length = length.split_whitespace().next().unwrap_or("");
    let last_before = before.split_whitespace().last().unwrap_or("");
    [first_of_length, last_before].iter().any(|w| LIMITS.iter().any(|l| w.eq_ignore_ascii_case(l)))
}

/// Whether a clause speaks in the present ("comes", "are still running") and has no verb in
/// the past ("came", "signed", "had resumed").
fn speaks_in_the_present(clause: &str) -> bool {
    const PRESENT: [&str; 10] =
        ["is", "are", "comes", "come", "remains", "remain", "has", "have", "still", "now"];
    const PAST: [&str; 12] =
        ["was", "were", "came", "had", "did", "said", "began", "spoke", "took", "made", "gave", "met"];
    let words =
        || clause.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).map(str::to_lowercase);
    let past = words().any(|w| PAST.contains(&w.as_str()) || (w.len() > 4 && w.ends_with("ed")));
    !past && words().any(|w| PRESENT.contains(&w.as_str()))
}

/// Each of the article's sentences cut into tokens, once for all the days tried.
fn tokenized_sentences(a: &Analysed) -> Vec<Vec<Token>> {
    a.doc.sentences.iter().map(|s| tokenize(&a.doc.raw[s.start..s.end])).collect()
}

/// How many days away from `day`, in all, the article's plain weekdays fall when it is read as
/// written on that day; `None` when it names none.
fn weekday_distance(a: &Analysed, sentences: &[Vec<Token>], day: Date) -> Option<i32> {
    let mut ctx = DateContext { published: Some(TimeValue::Day(day)), previous: None, pinned: None };
    let mut total = None;
    for (s, tokens) in a.doc.sentences.iter().zip(sentences) {
        let text = &a.doc.raw[s.start..s.end];
        for found in find_dates_tokenized(text, tokens, &mut ctx) {
            let plain = found.rule == "weekday" && is_plain_weekday(&text[found.start..found.end]);
            if let (true, Some(TimeValue::Day(d))) = (plain, &found.value) {
                if let Ok(span) = day.since(*d) {
                    *total.get_or_insert(0) += span.get_days().abs();
                }
            }
        }
    }
    total
}

/// "on Thursday", "Friday morning": a weekday with nothing that moves it to another week
/// ("last Wednesday", "next Monday") or fixes its date ("Tuesday, March 3").
fn is_plain_weekday(text: &str) -> bool {
    const PARTS_OF_DAY: [&str; 6] = ["on", "morning", "afternoon", "evening", "night", "overnight"];
    text.split_whitespace().all(|w| {
        let w = w.trim_end_matches("'s").trim_matches(|c: char| !c.is_alphanumeric());
        PARTS_OF_DAY.iter().any(|p| w.eq_ignore_ascii_case(p)) || crate::dates::is_calendar_name(w)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::DocId;
    use crate::pipeline::analyse;
    use crate::timevalue::TimeValue;
    use crate::Article;

    fn page(body: &str) -> Analysed {
        analyse(DocId(0), &Article::new("page.txt", format!("Dockers back at work\n\n{body}\n")))
    }

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn the_day_of_writing_is_the_one_its_weekdays_are_nearest_from() {
        // 5 October 2037 is a Monday.
        let a = page(
            "The bill was tabled on Monday and passed third reading on Thursday. Dock workers \
             were back at the terminals on Friday morning. Two grain ships sailed on Oct. 5.",
        );
        assert_eq!(likely_day_of_writing(&a, d("2037-10-05"), false, None), Some(d("2037-10-09")));
        // Counted from Wednesday 7 October, the same page would name days up to five days old.
        assert!(
            weekday_distance(&a, &tokenized_sentences(&a), d("2037-10-07"))
                > weekday_distance(&a, &tokenized_sentences(&a), d("2037-10-09"))
        );
    }

    #[test]
    fn a_day_printed_with_its_weekday_keeps_the_day_of_writing_in_its_month() {
        // Wednesday 28 April 2038; "on Monday" is the 26th, not Monday 3 May.
        let a = page("The minister said on Wednesday, April 28, that talks on Monday had failed.");
        assert_eq!(likely_day_of_writing(&a, d("2038-04-28"), true, None), Some(d("2038-04-28")));
        assert_eq!(likely_day_of_writing(&a, d("2038-04-28"), false, None), Some(d("2038-05-03")));
    }

    #[test]
    fn the_day_of_writing_comes_before_a_planned_day_printed_with_its_weekday() {
        // Monday 4 May 2037; the hearing is on Friday the 8th.
        let a = page(
            "The strike began on Monday, May 4, after talks collapsed on Saturday. The court \
             will hear the case on Friday, May 8.",
        );
        let planned = Some(d("2037-05-08"));
        let day = likely_day_of_writing(&a, d("2037-05-04"), true, planned).unwrap();
        assert!(day < d("2037-05-08"), "{day}");
        // Without the plan, the Saturday would put the writing on the 9th.
        assert_eq!(likely_day_of_writing(&a, d("2037-05-04"), true, None), Some(d("2037-05-09")));
        let month = TimeValue::month(2037, 5).unwrap();
        assert!(crate::infer::day_of_writing(&a, &month).is_some_and(|day| day < d("2037-05-08")));
    }

    #[test]
    fn the_day_of_writing_is_two_days_or_more_before_the_next_such_weekday() {
        // Wednesday 26 August 2037; "next Thursday, Sept. 3" is said a week or so before it,
        // not on Wednesday 2 September, the day before, though its Wednesdays are nearest then.
        let a = page(
            "The minister on Wednesday withdrew the budget. The lira fell on Monday and rose on \
             Tuesday. The test is the inflation data next Thursday, Sept. 3. Banks sold dollars \
             in the week to Aug. 14.",
        );
        let month = TimeValue::month(2037, 8).unwrap();
        let day = crate::infer::day_of_writing(&a, &month).unwrap();
        assert!(day < d("2037-09-02"), "{day}");
    }

    #[test]
    fn a_day_counted_from_a_printed_day_in_the_present_is_the_day_of_writing() {
        // Sunday 8 November 2037; ten days on is Wednesday the 18th.
        let a = page(
            "Ten days after the attack began in the early hours of Sunday 8 November, the \
             hospitals are still running on paper. The chair spoke on Tuesday evening, and the \
             emergency wards have taken ambulances again since Friday.",
        );
        assert_eq!(a.counted_days.len(), 1);
        let month = TimeValue::month(2037, 11).unwrap();
        assert_eq!(crate::infer::day_of_writing(&a, &month), Some(d("2037-11-18")));
    }

    #[test]
    fn a_day_counted_in_the_past_is_reported_and_a_limit_or_a_plan_is_none() {
        let counted = |text: &str| {
            let a = page(text);
            a.counted_days.iter().map(|c| (c.in_year(2037).unwrap(), c.now)).collect::<Vec<_>>()
        };
        assert_eq!(
            counted("The order came two weeks after the maker widened its recall on April 3."),
            [(d("2037-04-17"), false)]
        );
        assert_eq!(
            counted("The agreement comes 12 days after the bank let the pound float on 13 October."),
            [(d("2037-10-25"), true)]
        );
        assert!(counted("Pupils remain excluded until 21 days after the last case, on April 17.").is_empty());
        assert!(counted("The law will take effect 30 days after its publication on May 3.").is_empty());
        assert!(counted("Ten days of talks after the vote on May 3 failed.").is_empty());
    }

    #[test]
    fn a_weekday_moved_to_another_week_or_a_page_without_weekdays_gives_no_day() {
        let moved = page("Two grain ships sailed on Oct. 5. Talks broke down last Wednesday.");
        assert_eq!(likely_day_of_writing(&moved, d("2037-10-05"), false, None), None);
        let none = page("Two grain ships sailed on Oct. 5, the port authority said.");
        assert_eq!(likely_day_of_writing(&none, d("2037-10-05"), false, None), None);
    }
}
