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
//! Limits: a page that names no weekday, or no day it reports as past, keeps only its month;
//! one written the day after its latest weekday ("on Wednesday", written on Thursday) is
//! placed on that weekday, which moves "yesterday" and "today" by a day but no weekday; one
//! written a week or more after the latest day it reports is placed a week early.

use crate::dates::{find_dates_tokenized, DateContext};
use crate::pipeline::Analysed;
use crate::timevalue::TimeValue;
use crate::tokens::{tokenize, Token};
use jiff::civil::Date;
use jiff::ToSpan;

/// The day from which the article's plain weekdays ("on Thursday") are the fewest days away
/// in all, tried from `latest_past` (the latest day the page reports as past) to six days on,
/// within its month if `same_month`; `None` when the page names no plain weekday.
pub(crate) fn likely_day_of_writing(a: &Analysed, latest_past: Date, same_month: bool) -> Option<Date> {
    let sentences = tokenized_sentences(a);
    let mut best: Option<(i32, Date)> = None;
    for n in 0..7 {
        let day = latest_past.checked_add(n.days()).ok()?;
        if same_month && day.month() != latest_past.month() {
            break;
        }
        let Some(distance) = weekday_distance(a, &sentences, day) else { continue };
        if best.is_none_or(|(least, _)| distance < least) {
            best = Some((distance, day));
        }
    }
    best.map(|(_, day)| day)
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
        assert_eq!(likely_day_of_writing(&a, d("2037-10-05"), false), Some(d("2037-10-09")));
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
        assert_eq!(likely_day_of_writing(&a, d("2038-04-28"), true), Some(d("2038-04-28")));
        assert_eq!(likely_day_of_writing(&a, d("2038-04-28"), false), Some(d("2038-05-03")));
    }

    #[test]
    fn a_weekday_moved_to_another_week_or_a_page_without_weekdays_gives_no_day() {
        let moved = page("Two grain ships sailed on Oct. 5. Talks broke down last Wednesday.");
        assert_eq!(likely_day_of_writing(&moved, d("2037-10-05"), false), None);
        let none = page("Two grain ships sailed on Oct. 5, the port authority said.");
        assert_eq!(likely_day_of_writing(&none, d("2037-10-05"), false), None);
    }
}
