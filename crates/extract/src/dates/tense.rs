//! Whether a date expression speaks of the future ("will meet on Friday", "is expected to
//! sign in July"), which decides between the last and the next occurrence of a weekday, a
//! month or a yearless day.
//!
//! Approach: look for a future cue ("will", "'ll", "shall", "must", "would", "could", "might",
//! "expect", "scheduled", "expected", "upcoming", "plans/set/going/due to <verb>", "due by/in/on", "to be") in
//! the same clause, up to sixteen tokens back, stopping at punctuation, a reporting verb ("said")
//! or a conjunction; and, when the expression opens its clause ("On Friday, ministers will
//! ..."), up to sixteen tokens on. "Would" is news's reported future ("the union said the walkout
//! would last until Saturday", said on the day of publication, looks ahead), "could" and
//! "might" its forecasts ("the bank could cut rates in April"), and the present of a schedule
//! ("his term ends in December", "the session opens on Monday") its timetable.
//! A past perfect before the expression in its clause ("had been due to expire on 17
//! October") cancels the cue.
//! Limits: no parsing, so a cue in an embedded clause without punctuation can leak in; a past
//! habit ("he would visit on Sundays") or ability ("could not attend on Monday") reads as the
//! future.

use super::lexicon::Key;
use super::scan::Scan;

const WINDOW: usize = 16;

/// True when the expression at tokens `first..last` is in a future-tense clause.
pub(crate) fn is_future(s: &Scan, first: usize, last: usize) -> bool {
    // "had been due to expire on 17 October": a past perfect puts the cue in the past.
    if has_past_perfect_before(s, first) {
        return false;
    }
    if clause_before(s, first).take_while(|&j| !is_time_conjunction(s, j)).any(|j| cue(s, j))
        || in_time_clause_of_future(s, first)
        || adjourned_to(s, first)
        || is_open_condition(s, first)
        || names_the_next(s, first)
    {
        return true;
    }
    // A leading "on"/"in" belongs to the expression; a reporting verb before it does not make
    // it open a clause ("said on Monday he will resign" is about Monday's saying).
    let lead =
        if first > 0 && (s.is(first - 1, Key::On) || s.is(first - 1, Key::In)) { first - 1 } else { first };
    if lead == 0 || (is_boundary_punct(s, lead - 1) && !closes_quote(s, lead - 1)) {
        let mut j = last;
        // "On Friday, ministers will ...": one comma may follow the expression.
        if s.punct(j, ',') {
            j += 1;
        }
        for j in j..(j + WINDOW).min(s.len()) {
            if ends_clause(s, j) {
                break;
            }
            if cue(s, j) {
                return true;
            }
        }
    }
    false
}

/// What a clause says of its date: to come, gone by, or either.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    Future,
    Past,
    Unsure,
}

/// The tense of the clause of the expression at `first..last`: [`is_future`], else past when a
/// verb in the simple past stands right before its "on" ("was detained on Sept. 11", "died on
/// March 3", "began on Monday").
pub(crate) fn tense_of(s: &Scan, first: usize, last: usize) -> Tense {
    if is_future(s, first, last) {
        Tense::Future
    } else if first >= 2 && s.is(first - 1, Key::On) && is_simple_past(s, first - 2)
        || opens_past_clause(s, first, last)
    {
        Tense::Past
    } else {
        Tense::Unsure
    }
}

/// "On Sept. 15, the SBV placed SDBank under special control": an expression that opens its
/// clause, then a comma and a verb in the simple past within a few words.
fn opens_past_clause(s: &Scan, first: usize, last: usize) -> bool {
    let lead = if first > 0 && s.is(first - 1, Key::On) { first - 1 } else { first };
    let opens = lead == 0 || is_boundary_punct(s, lead - 1) && !closes_quote(s, lead - 1);
    if !opens || !s.punct(last, ',') {
        return false;
    }
    (last + 1..(last + 7).min(s.len())).take_while(|&j| !ends_clause(s, j)).any(|j| is_simple_past(s, j))
}

/// Irregular verbs of the simple past that news tells happenings with.
const IRREGULAR_PAST: [&str; 25] = [
    "began", "died", "fell", "rose", "won", "lost", "met", "held", "took", "came", "went", "left", "struck",
    "broke", "hit", "sank", "ran", "made", "gave", "told", "said", "spoke", "flew", "was", "were",
];

/// Participles ending in "-ed" that put a day ahead ("scheduled on", "planned on").
const AHEAD_PARTICIPLES: [&str; 5] = ["scheduled", "planned", "slated", "expected", "timed"];

/// A lower-case verb in the simple past, or a passive's participle, at `i`.
fn is_simple_past(s: &Scan, i: usize) -> bool {
    let w = s.word(i);
    let ed = w.len() >= 5 && w.is_char_boundary(w.len() - 2) && w[w.len() - 2..].eq_ignore_ascii_case("ed");
    let irregular = IRREGULAR_PAST.iter().any(|v| w.eq_ignore_ascii_case(v));
    !s.capitalised(i)
        && s.key(i).is_none()
        && (ed && !AHEAD_PARTICIPLES.iter().any(|v| w.eq_ignore_ascii_case(v)) || irregular)
}

/// True when a past perfect ("had collected", "had been") comes before the expression at
/// `first` in its clause: "had raised 1.4 million by Sunday night" is about a past Sunday.
pub(crate) fn has_past_perfect_before(s: &Scan, first: usize) -> bool {
    clause_before(s, first).any(|j| s.word(j).eq_ignore_ascii_case("had"))
}

/// "By 10 p.m. on Monday, 243 people had been rescued", "By Wednesday afternoon more than 120
/// ships were anchored": an expression that opens its clause, followed in it by a verb in the
/// past, tells what was done by then, not what is due.
pub(crate) fn has_past_after(s: &Scan, last: usize) -> bool {
    let from = if s.punct(last, ',') { last + 1 } else { last };
    (from..(from + WINDOW).min(s.len()))
        .take_while(|&j| !ends_clause(s, j))
        .any(|j| ["had", "was", "were"].iter().any(|w| s.word(j).eq_ignore_ascii_case(w)))
}

/// "If the commission certifies the results on Friday, he will be sworn in": a condition
/// with no verb in the past before the expression looks ahead.
fn is_open_condition(s: &Scan, first: usize) -> bool {
    // Read back from the expression: a verb in the past before the "if" is reached says no.
    for j in clause_before(s, first) {
        if ["if", "unless"].iter().any(|w| s.word(j).eq_ignore_ascii_case(w)) {
            return true;
        }
        if is_simple_past(s, j) || ["was", "were", "did"].iter().any(|w| s.word(j).eq_ignore_ascii_case(w)) {
            return false;
        }
    }
    false
}

/// "at its next regular meeting, on 18 November": a day set off by a comma after a noun
/// phrase that says "next" or "upcoming" is that next one.
fn names_the_next(s: &Scan, first: usize) -> bool {
    let lead = if first > 0 && s.is(first - 1, Key::On) { first - 1 } else { first };
    lead > 1
        && s.punct(lead - 1, ',')
        && clause_before(s, lead - 1)
            .take(5)
            .any(|j| ["next", "upcoming", "coming"].iter().any(|w| s.word(j).eq_ignore_ascii_case(w)))
}

/// "set the next hearing for April 8", "adjourned the case until June 9": a court or a body
/// fixing a later day for something, which is to come.
fn adjourned_to(s: &Scan, first: usize) -> bool {
    const FIXING: [&str; 7] = ["set", "adjourned", "postponed", "deferred", "fixed", "moved", "pushed"];
    let lead = if first > 0 && s.is(first - 1, Key::On) { first - 1 } else { first };
    lead > 0
        && ["for", "until", "till", "to"].iter().any(|w| s.word(lead - 1).eq_ignore_ascii_case(w))
        && clause_before(s, lead - 1).any(|j| FIXING.iter().any(|w| s.word(j).eq_ignore_ascii_case(w)))
}

/// "had planned to lift the zone on 9 January", "was due on March 3": a day named as planned
/// in the clause before it, whatever the tense, which may still lie after the writing.
pub(crate) fn is_planned(s: &Scan, first: usize) -> bool {
    clause_before(s, first).any(|j| {
        let w = s.word(j);
        w.eq_ignore_ascii_case("due") || AHEAD_PARTICIPLES.iter().any(|v| w.eq_ignore_ascii_case(v))
    })
}

/// The tokens before `first` in its clause, nearest first, at most [`WINDOW`] of them.
fn clause_before<'s>(s: &'s Scan, first: usize) -> impl Iterator<Item = usize> + 's {
    (first.saturating_sub(WINDOW)..first)
        .rev()
        .take_while(move |&j| !ends_clause(s, j) || closes_a_year(s, j))
}

/// "its results for the year ended December 31, 2037, on March 25": the commas around a
/// date's year are the date's, not the clause's.
fn closes_a_year(s: &Scan, i: usize) -> bool {
    let year = |j: usize| s.digits(j).is_some_and(|y| (1000..=2999).contains(&y));
    let day = |j: usize| s.digits(j).is_some_and(|d| (1..=31).contains(&d));
    s.punct(i, ',') && i >= 2 && (year(i - 1) && s.punct(i - 2, ',') || day(i - 1) && year(i + 1))
}

/// "would give a full account when it reports its results on Thursday, 20 August": a clause
/// of time ("when", "once", "until") takes the present for what is to come, so its date is of
/// the future when the clause it hangs on is.
fn in_time_clause_of_future(s: &Scan, first: usize) -> bool {
    let Some(conjunction) = clause_before(s, first).find(|&j| is_time_conjunction(s, j)) else {
        return false;
    };
    // "the people killed when a helicopter crashed on Tuesday": a clause in the past is past.
    let past = (conjunction + 1..first).any(|j| is_simple_past(s, j) || ["was", "were"].contains(&s.word(j)));
    !past && clause_before(s, conjunction).any(|j| cue(s, j))
}

/// Whether token `i` opens a clause of time: "when", "once", "until".
fn is_time_conjunction(s: &Scan, i: usize) -> bool {
    ["when", "once", "until"].iter().any(|w| s.word(i).eq_ignore_ascii_case(w))
}

/// A closing quotation mark or bracket ("classified the fire as \"being held\" on May 28"): what
/// follows it goes on the clause before, it does not open one.
fn closes_quote(s: &Scan, i: usize) -> bool {
    s.punct(i, '”') || s.punct(i, ')') || (s.punct(i, '"') && s.touches_previous(i))
}

fn ends_clause(s: &Scan, i: usize) -> bool {
    s.is(i, Key::Clause) || is_boundary_punct(s, i)
}

fn is_boundary_punct(s: &Scan, i: usize) -> bool {
    [',', ';', ':', '.', '!', '?', '(', ')', '"', '“', '”', '—'].iter().any(|&c| s.punct(i, c))
}

fn cue(s: &Scan, i: usize) -> bool {
    match s.key(i) {
        // "a wetter than expected December", "as expected": a comparison, not the future.
        Some(Key::Future) => !(i > 0 && ["than", "as"].iter().any(|w| s.word(i - 1).eq_ignore_ascii_case(w))),
        // "due to end", "set to start" (but not "due to the storm"); "due by the end of April",
        // "due in May".
        Some(Key::FutureTo) => {
            (s.is(i + 1, Key::To)
                && !s.capitalised(i + 2)
                && matches!(s.key(i + 2), None | Some(Key::End | Key::Start | Key::Future)))
                || (s.word(i).eq_ignore_ascii_case("due")
                    && matches!(s.key(i + 1), Some(Key::By | Key::In | Key::On)))
                // "groups plan a larger rally on May 3".
                || (["plan", "plans", "planned", "planning"].iter().any(|w| s.word(i).eq_ignore_ascii_case(w))
                    && ["a", "an", "the", "another", "more"].iter().any(|w| s.word(i + 1).eq_ignore_ascii_case(w)))
        }
        Some(Key::Be) => i > 0 && s.is(i - 1, Key::To),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn future(text: &str, expr: &str) -> bool {
        let toks = tokenize(text);
        let s = Scan::new(text, &toks);
        let at = toks.iter().position(|t| t.text(text) == expr).unwrap();
        is_future(&s, at, at + 1)
    }

    #[test]
    fn a_day_set_off_after_the_next_meeting_is_to_come() {
        assert!(future("she expected rates on hold at its next regular meeting, on 18 November.", "18"));
        assert!(!future("The bank raised rates at its meeting, on 13 October.", "13"));
    }

    #[test]
    fn a_day_in_a_clause_of_time_hung_on_the_future_is_to_come() {
        let t = "The company would give a full account of the costs when it reports its results on Thursday, 20 August.";
        assert!(future(t, "Thursday"));
        assert!(!future("The company gave a full account when it reported its results on 20 August.", "20"));
        let t = "They will gather to remember the four killed when a helicopter crashed on Tuesday.";
        assert!(!future(t, "Tuesday"));
    }

    #[test]
    fn a_date_inside_the_clause_does_not_end_it() {
        let t = "It will release its results for the year ended December 31, 2037, on March 25.";
        assert!(future(t, "March"));
    }

    #[test]
    fn future_cues_in_the_same_clause() {
        assert!(future("The ministers will meet on Friday in Geneva.", "Friday"));
        assert!(future("Talks are scheduled for Friday.", "Friday"));
        assert!(future("Friday, the two sides plan to sign the deal.", "Friday"));
        assert!(future("Anti-nuclear groups plan a larger rally in Yonago on Friday.", "Friday"));
        assert!(future("The magistrate set the next mention of the case for April.", "April"));
        assert!(future("The judge adjourned the trial until Friday.", "Friday"));
        assert!(future("The deal is to be signed in July.", "July"));
        assert!(future("We'll meet them on Friday.", "Friday"));
        assert!(future("The investigation must conclude by November.", "November"));
        assert!(future("Traders expect prices to stay high until March.", "March"));
        assert!(future("The union said the walkout would last until Saturday.", "Saturday"));
        assert!(future("Economists said the bank could cut rates in April.", "April"));
        assert!(future("His term ends in December.", "December"));
        assert!(future("The strike began on Wednesday and is due to end early on Friday.", "Friday"));
        assert!(future("The commission prepares to begin public sittings on Monday.", "Monday"));
        assert!(future(
            "The weather bureau is forecasting temperatures above 40 degrees and winds on Friday.",
            "Friday"
        ));
    }

    #[test]
    fn past_or_reported_clauses_are_not_future() {
        assert!(!future("South Korea said Friday it has agreed to hold talks.", "Friday"));
        assert!(!future("He said on Monday he will resign.", "Monday"));
        assert!(!future("Ministers, who will meet next month, agreed on Friday to talk.", "Friday"));
        assert!(!future("Due to the storm, flights on Friday were cancelled.", "Friday"));
        assert!(!future("The ministers met on Friday.", "Friday"));
        assert!(!future("Ships crossed after a wetter than expected December.", "December"));
    }
}
