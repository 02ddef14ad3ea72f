//! Whole-sentence tests of [`find_dates`]: other outlets' datelines, year boundaries,
//! anaphora across sentences, robustness, and a check against the seed corpus's gold file.

use super::*;

/// `(text, ISO value)` of every expression found, published on `published`.
fn v(text: &str, published: &str) -> Vec<(String, Option<String>)> {
    let mut ctx = DateContext { published: TimeValue::parse_iso(published), previous: None, pinned: None };
    all(text, &mut ctx)
}

fn all(text: &str, ctx: &mut DateContext) -> Vec<(String, Option<String>)> {
    find_dates(text, ctx)
        .into_iter()
        .map(|f| (text[f.start..f.end].to_string(), f.value.map(|v| v.to_iso())))
        .collect()
}

/// An expected expression and value.
fn e(expr: &str, value: &str) -> (String, Option<String>) {
    (expr.to_string(), Some(value.to_string()))
}

#[test]
fn other_outlets_datelines() {
    let t = "WASHINGTON, Oct 3 (Reuters) - The Senate voted on Thursday.";
    assert_eq!(v(t, "2019-10-03"), [e("Oct 3", "2019-10-03"), e("on Thursday", "2019-10-03")]);
    assert_eq!(v("LONDON (AP) — Britain's Parliament met.", "2019-10-03"), []);
    assert_eq!(v("Brussels, 29/10/2019 - 04:12", "2019-10-29"), [e("29/10/2019", "2019-10-29")]);
    assert_eq!(v("Published : March 10, 2020 - 13:59", "2020-03-10"), [e("March 10, 2020", "2020-03-10")]);
    assert_eq!(v("All News | 16:08 June 02, 2026", "2026-06-02"), [e("June 02, 2026", "2026-06-02")]);
    assert_eq!(
        v("Friday, November 22, 2019, 6:14 p.m.", "2019-11-22"),
        [e("Friday, November 22, 2019", "2019-11-22")]
    );
    assert_eq!(
        v("Faizan Hashmi 13 seconds ago Thu 11th July 2019 | 09:30 AM", "2019-07-11"),
        [e("Thu 11th July 2019", "2019-07-11")]
    );
    assert_eq!(
        v("MOSCOW (UrduPoint News / Sputnik - 20th November, 2019) Hong said", "2019-11-20"),
        [e("20th November, 2019", "2019-11-20")]
    );
    assert_eq!(v(" date 2019-07-11 UrduPoint.com", "2019-07-11"), [e("2019-07-11", "2019-07-11")]);
    assert_eq!(v("Updated 2019-07-11T09:30:00Z", "2019-07-11"), [e("2019-07-11T09", "2019-07-11")]);
}

#[test]
fn by_a_day_is_a_deadline_unless_the_clause_tells_what_was_done_by_then() {
    // Thursday 12 March 2037.
    let done = "By Wednesday afternoon more than 120 ships were anchored at the two entrances.";
    assert_eq!(v(done, "2037-03-12"), [e("Wednesday afternoon", "2037-03-11")]);
    let due = "The consortium must file its plan by Wednesday.";
    assert_eq!(v(due, "2037-03-12"), [e("Wednesday", "2037-03-18")]);
}

#[test]
fn year_boundaries() {
    assert_eq!(v("Last month, exports fell.", "2020-01-15"), [e("Last month", "2019-12")]);
    assert_eq!(v("In December, exports fell.", "2020-01-15"), [e("In December", "2019-12")]);
    assert_eq!(v("Talks stalled last week.", "2021-01-06"), [e("last week", "2020-W53")]);
    assert_eq!(v("Talks resume next week.", "2019-12-30"), [e("next week", "2020-W02")]);
    assert_eq!(v("They will meet next month.", "2019-12-30"), [e("next month", "2020-01")]);
    assert_eq!(v("It happened yesterday.", "2020-01-01"), [e("yesterday", "2019-12-31")]);
    assert_eq!(v("The deal signed on Dec. 30 held.", "2020-01-03"), [e("Dec. 30", "2019-12-30")]);
    assert_eq!(v("It was signed on Feb. 29.", "2020-03-10"), [e("Feb. 29", "2020-02-29")]);
    assert_eq!(v("Shops shut on 29 February 2019.", "2020-03-10"), [("29 February 2019".into(), None)]);
}

#[test]
fn anaphora_follows_the_article() {
    let mut ctx = DateContext { published: TimeValue::parse_iso("2020-03-10"), previous: None, pinned: None };
    assert_eq!(all("Japan announced a quarantine on Thursday.", &mut ctx), [e("on Thursday", "2020-03-05")]);
    assert_eq!(
        all("The following day, the ministry said so.", &mut ctx),
        [e("The following day", "2020-03-06")]
    );
    assert_eq!(all("Two days later it agreed.", &mut ctx), [e("Two days later", "2020-03-08")]);
    assert_eq!(all("That year, exports fell.", &mut ctx), [e("That year", "2020")]);
    let found = find_dates("At the time, the two agreed.", &mut ctx);
    assert_eq!((found[0].rule, found[0].anchor.as_deref()), ("anaphora-time", Some("previous date 2020")));
    let mut fresh =
        DateContext { published: TimeValue::parse_iso("2020-03-10"), previous: None, pinned: None };
    let found = find_dates("The previous day, it rained.", &mut fresh);
    assert_eq!(found[0].value, TimeValue::parse_iso("2020-03-09"));
    assert!(found[0].note.is_some());
    assert_eq!(fresh.previous, TimeValue::parse_iso("2020-03-09"));
    // "that September" is in the year of the last date mentioned, not the latest September.
    let mut ctx = DateContext { published: TimeValue::parse_iso("2024-02-26"), previous: None, pinned: None };
    assert_eq!(
        all("A court blocked one law in May 2022 and upheld the other that September.", &mut ctx),
        [e("May 2022", "2022-05"), e("that September", "2022-09")]
    );
    assert_eq!(
        all("He told reporters that October had been the driest month.", &mut ctx),
        [e("October", "2023-10")]
    );
}

#[test]
fn month_anchor_resolves_what_it_can() {
    let t =
        "South Korea said Friday it will hold talks later this month, on Nov. 19. Last month they failed; \
             In July, Tokyo acted, last year's rulings. Earlier this week, they met.";
    let found = find_dates(
        t,
        &mut DateContext { published: TimeValue::parse_iso("2019-11"), previous: None, pinned: None },
    );
    let got: Vec<_> =
        found.iter().map(|f| (&t[f.start..f.end], f.value.as_ref().map(TimeValue::to_iso))).collect();
    assert_eq!(
        got,
        [
            ("Friday", None),
            ("later this month", Some("2019-11".into())),
            ("Nov. 19", Some("2019-11-19".into())),
            ("Last month", Some("2019-10".into())),
            ("In July", Some("2019-07".into())),
            ("last year", Some("2018".into())),
            ("Earlier this week", None),
        ]
    );
    assert!(found[0].note.is_some());
}

#[test]
fn unknown_publication_keeps_absolute_dates_and_reports_yearless_ones() {
    let mut ctx = DateContext::default();
    let found = find_dates("Talks on Nov. 19 follow the 1965 treaty and those of October 2019.", &mut ctx);
    assert_eq!(found[0].value, None);
    assert_eq!(
        found[0].yearless,
        Some(Yearless { month: 11, day: Some(19), weekday: None, future: false, next: false })
    );
    assert_eq!(found[1].value, TimeValue::parse_iso("1965"));
    assert_eq!(found[2].value, TimeValue::parse_iso("2019-10"));
    let found = find_dates("In July, Tokyo acted.", &mut DateContext::default());
    assert_eq!(
        (found[0].value.as_ref(), found[0].yearless),
        (None, Some(Yearless { month: 7, day: None, weekday: None, future: false, next: false }))
    );
}

#[test]
fn no_false_positives_on_money_counts_times_and_names() {
    for t in [
        "Investments worth 180 billion won ($154 million) are expected.",
        "The plane left at 09:30 and landed at 13:59.",
        "About 1500 troops and some 2000 police were deployed; No. 1965 was retired.",
        "Prices rose 2019 percent at 1500 GMT.",
        "Theresa May said they may march on.",
        "Britain's Prime Minister Theresa May met the Sun's editor on the 2nd round.",
        "He was criticised by May over the plan.",
        "Our April Ryan reported it.",
        "The ministry issued No. 3 in the series of World War II papers.",
        "They scored 3-2 at the 1-0 mark with 24/7 coverage and 1,500 fans.",
        "The talks were held in the South, the U.S. and Japan.",
    ] {
        assert_eq!(
            find_dates(t, &mut DateContext::default()).iter().filter(|f| f.rule != "duration").count(),
            0,
            "{t}"
        );
    }
}

#[test]
fn a_count_range_is_not_a_year_span() {
    let found = v("Between 1000 and 2000 people marched.", "2019-11-20");
    assert!(found.iter().all(|(_, value)| value.as_deref() != Some("1000/2000")), "{found:?}");
}

#[test]
fn never_panics_on_weird_input() {
    let digits = "9".repeat(1 << 20);
    let mixed: String =
        (0..20_000).map(|i| ["Nov.", " ", "19", "-", "2019/", "last", "年", "..."][i % 8]).collect();
    for t in [
        "",
        ".,;:!?()--—",
        "99999999999 days ago, on 99999999999/12/2019",
        "9999-12-31 and 10000 years later, next year",
        "Москва, 3 мая 2019 года; 東京 2019年7月11日",
        digits.as_str(),
        mixed.as_str(),
        "the following day the previous day that day at the time",
        "Dec. 16 last year",
        "31/02/2019 2019-02-30 Feb. 30",
    ] {
        for published in [
            None,
            TimeValue::parse_iso("9999-12-31"),
            TimeValue::parse_iso("-9999-01-01"),
            TimeValue::parse_iso("2020-02"),
        ] {
            let mut ctx =
                DateContext { published, previous: TimeValue::parse_iso("9999-12-31"), pinned: None };
            for f in find_dates(t, &mut ctx) {
                assert!(f.start < f.end && t.is_char_boundary(f.start) && t.is_char_boundary(f.end));
            }
        }
    }
}

/// Scores the five seed articles against the shared gold file the way `score.py` does
/// (text overlap after normalising, value equal or accepted). Needs `../shared/eval`, so it
/// is ignored by default: `cargo test -p newsline-extract -- --ignored seed`.
#[test]
#[ignore]
fn seed_corpus_date_f1() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let gold: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{root}/../shared/eval/gold-seeds.json")).unwrap(),
    )
    .unwrap();
    let norm = |s: &str| {
        let s: String =
            s.to_lowercase().replace('’', "'").chars().filter(|c| !".,'\"()".contains(*c)).collect();
        let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
        s.strip_prefix("the ").map(str::to_string).unwrap_or(s)
    };
    let (mut tp, mut fp, mut fn_) = (0, 0, 0);
    for doc in gold["documents"].as_array().unwrap() {
        let file = doc["file"].as_str().unwrap();
        let text = std::fs::read_to_string(format!("{root}/corpus/{file}")).unwrap();
        let mut ctx = DateContext {
            published: TimeValue::parse_iso(doc["published"].as_str().unwrap()),
            previous: None,
            pinned: None,
        };
        let mut preds: Vec<(String, String)> = Vec::new();
        for para in text.split("\n\n") {
            for f in find_dates(para, &mut ctx) {
                let Some(value) = f.value.filter(|v| !v.is_duration()) else { continue };
                let key = (norm(&para[f.start..f.end]), value.to_iso());
                if !preds.contains(&key) {
                    preds.push(key);
                }
            }
        }
        let golds = doc["dates"].as_array().unwrap();
        let values = |g: &serde_json::Value| {
            let mut v = vec![g["value"].as_str().unwrap().to_string()];
            v.extend(g["accept"].as_array().into_iter().flatten().map(|a| a.as_str().unwrap().to_string()));
            v
        };
        let overlaps = |g: &serde_json::Value, t: &str| {
            let gt = norm(g["text"].as_str().unwrap());
            gt.contains(t) || t.contains(&gt)
        };
        let mut used = vec![false; golds.len()];
        for (t, v) in &preds {
            let hit = golds
                .iter()
                .enumerate()
                .position(|(i, g)| !used[i] && values(g).contains(v) && overlaps(g, t));
            match hit {
                Some(i) => {
                    used[i] = true;
                    tp += usize::from(golds[i]["optional"].as_bool() != Some(true));
                }
                None if golds.iter().any(|g| values(g).contains(v) && overlaps(g, t)) => {}
                None => {
                    fp += 1;
                    eprintln!("{file}: extra {t:?} = {v}");
                }
            }
        }
        for (i, g) in golds.iter().enumerate() {
            if !used[i] && g["optional"].as_bool() != Some(true) {
                fn_ += 1;
                eprintln!("{file}: missed {} = {}", g["text"], g["value"]);
            }
        }
    }
    let f1 = 2.0 * tp as f64 / (2 * tp + fp + fn_) as f64;
    eprintln!("date F1 {f1:.3} (tp {tp}, fp {fp}, fn {fn_})");
    assert!(f1 >= 0.97, "date F1 {f1:.3}");
}

#[test]
fn quarters_and_halves_of_a_year_are_spans_of_months() {
    let t =
        "Rain stays low until the second quarter of 2024, and traffic fell in the first half of the year.";
    assert_eq!(
        v(t, "2023-11-01"),
        [
            e("the second quarter of 2024", "2024-04/2024-06"),
            e("the first half of the year", "2023-01/2023-06")
        ]
    );
    assert_eq!(
        v("in the last quarter of next year", "2023-11-01"),
        [e("the last quarter of next year", "2024-10/2024-12")]
    );
    // Without a year a quarter is the calendar's nearest one ("the fiscal third quarter" is not
    // read); a half may be a match's: not a date.
    assert_eq!(
        v("Profits rose in the second quarter.", "2023-11-01"),
        [e("in the second quarter", "2023-04/2023-06")]
    );
    assert_eq!(v("Profits rose in the fiscal third quarter.", "2023-11-01"), []);
    // A quarter that qualifies figures is the latest of its name to have begun, whatever the
    // tense: results come after their quarter.
    assert_eq!(
        v("It will report fourth-quarter results on 4 February.", "2024-01-20"),
        [e("fourth-quarter", "2023-10/2023-12"), e("4 February", "2024-02-04")]
    );
    assert_eq!(
        v("Its second-quarter 2022 profit fell.", "2024-01-20"),
        [e("second-quarter 2022", "2022-04/2022-06")]
    );
    assert_eq!(v("He scored in the second half of the match.", "2023-11-01"), []);
}

#[test]
fn days_take_the_year_opening_their_sentence_or_a_when_clause() {
    let t = "In 2019, when the union struck from April 8, the law was changed.";
    assert_eq!(v(t, "2038-03-08"), [e("2019", "2019"), e("April 8", "2019-04-08")]);
    let t = "It is the first strike since the spring of 2019, when schools shut from 8 April.";
    assert_eq!(v(t, "2038-03-17").last(), Some(&e("8 April", "2019-04-08")));
    let t = "In 2019, the strike ended on April 27.";
    assert_eq!(v(t, "2038-03-08")[1], e("on April 27", "2019-04-27"));
    // A year inside another predicate is not the day's.
    let t = "Verhoeven, who co-founded the company in 2019, stepped down on Monday, March 2.";
    assert_eq!(v(t, "2026-03-04")[1], e("on Monday, March 2", "2026-03-02"));
}

#[test]
fn months_take_the_year_their_sentence_set_and_pairs_of_months_are_spans() {
    let t = "The volcano also erupted in 2025, when ash grounded flights in June and July.";
    assert_eq!(v(t, "2026-08-04"), [e("2025", "2025"), e("in June and July", "2025-06/2025-07")]);
    let t = "In 2023, exports between January and June rose, and they fell in March.";
    assert_eq!(
        v(t, "2026-08-04"),
        [e("2023", "2023"), e("between January and June", "2023-01/2023-06"), e("in March", "2023-03")]
    );
    // Another predicate joined by "and" after a year inside the sentence is of its own time.
    let t = "Vanterpool, who founded Streamvale in 2014 and testified for two days in March, spoke.";
    assert_eq!(v(t, "2037-03-20").last(), Some(&e("in March", "2037-03")));
    // A year after the months, or one opened by "since", sets nothing.
    assert_eq!(v("Output fell in March after the 2023 drought.", "2026-08-04")[0], e("in March", "2026-03"));
    assert_eq!(
        v("Since 2019, prices rose, and in March they fell.", "2026-08-04")[1],
        e("in March", "2026-03")
    );
    assert_eq!(
        v("Sales rose in June and July 2025.", "2026-08-04"),
        [e("in June and July 2025", "2025-06/2025-07")]
    );
    assert_eq!(
        v("Rates will hold until the monsoon rains of June-September.", "2026-02-10"),
        [e("June-September", "2026-06/2026-09")]
    );
    assert_eq!(
        v("The bank is likely to wait until the rains of June-September.", "2026-02-10"),
        [e("June-September", "2026-06/2026-09")]
    );
    // Two days joined by "and" are two dates, not a span.
    assert_eq!(v("They met on March 3 and April 9.", "2026-08-04").len(), 2);
}

#[test]
fn yearless_quarters_lower_bounds_and_spans_with_this_year() {
    let t = "Veloxa expects to ship replacement packs in the third quarter.";
    assert_eq!(v(t, "2026-05-12"), [e("in the third quarter", "2026-07/2026-09")]);
    let t = "Profits fell in the fourth quarter.";
    assert_eq!(v(t, "2026-05-12"), [e("in the fourth quarter", "2025-10/2025-12")]);
    // "the second half" alone may be a match's.
    assert_eq!(v("They scored in the second half.", "2026-05-12"), []);
    let t = "Airlines had suspended flights to Bali until at least Tuesday.";
    assert_eq!(v(t, "2026-08-03"), [e("Tuesday", "2026-08-04")]);
    let t = "The volcano erupted between February 3 and 5 this year.";
    assert_eq!(v(t, "2026-08-05"), [e("between February 3 and 5 this year", "2026-02-03/2026-02-05")]);
}

#[test]
fn a_weekday_in_an_article_dated_to_its_month_follows_the_day_before_it() {
    let mut ctx = DateContext { published: TimeValue::parse_iso("2026-10"), previous: None, pinned: None };
    let found = all("Ministers met on Tuesday, October 20.", &mut ctx);
    assert_eq!(found, [e("on Tuesday, October 20", "2026-10-20")]);
    let found =
        all("Drivers lifted the blockade on Wednesday, and by Thursday the queue had cleared.", &mut ctx);
    assert_eq!(found, [e("on Wednesday", "2026-10-21"), e("Thursday", "2026-10-22")]);
    // With no day before it, a weekday in a month-dated article stays unresolved.
    let mut ctx = DateContext { published: TimeValue::parse_iso("2026-10"), previous: None, pinned: None };
    assert_eq!(all("Drivers left on Wednesday.", &mut ctx), [("on Wednesday".to_string(), None)]);
}

#[test]
fn a_day_printed_with_its_weekday_anchors_weeks_and_weekdays_of_a_month_dated_article() {
    let sep15 = jiff::civil::date(2026, 9, 15);
    let mut ctx =
        DateContext { published: TimeValue::parse_iso("2026-09"), previous: None, pinned: Some(sep15) };
    assert_eq!(all("Last week's collapse shocked the town.", &mut ctx), [e("Last week", "2026-W37")]);
    let found = all("The dam burst on September 9. Rescuers found two more bodies on Wednesday.", &mut ctx);
    assert_eq!(found, [e("September 9", "2026-09-09"), e("on Wednesday", "2026-09-16")]);
    let found = find_dates("They met on Thursday.", &mut ctx);
    assert_eq!(found[0].anchor.as_deref(), Some("2026-09-15 printed with its weekday"));
    // Said of the past, a day one or two before the pinned one is that day; further back, the
    // next week's.
    let found = all("Prosecutors said on Sunday they had charged two engineers.", &mut ctx);
    assert_eq!(found, [e("on Sunday", "2026-09-13")]);
    let found = all("The pumps were restarted on Saturday.", &mut ctx);
    assert_eq!(found, [e("on Saturday", "2026-09-19")]);
    // Said of what is to come, it is the next such day.
    let found = all("The council will meet on Monday.", &mut ctx);
    assert_eq!(found, [e("on Monday", "2026-09-21")]);
    // An article printed with its day keeps counting from it.
    let mut ctx =
        DateContext { published: TimeValue::parse_iso("2026-09-20"), previous: None, pinned: Some(sep15) };
    assert_eq!(all("They met on Wednesday.", &mut ctx), [e("on Wednesday", "2026-09-16")]);
}

#[test]
fn a_yearless_day_told_of_as_gone_by_is_before_the_article() {
    // Published 8 June 2037: September 11 is three months on, but these are past.
    let t = "Ngoc was detained on Sept. 11 after the ministry said so.";
    assert_eq!(v(t, "2037-06-08"), [e("Sept. 11", "2036-09-11")]);
    let t = "On Sept. 15, the central bank placed the lender under special control.";
    assert_eq!(v(t, "2037-06-08"), [e("Sept. 15", "2036-09-15")]);
    // Said of what is to come, or neither, it is the nearest or the next.
    let t = "The court will rule on Sept. 15.";
    assert_eq!(v(t, "2037-06-08"), [e("Sept. 15", "2037-09-15")]);
}

#[test]
fn deadlines_point_ahead_unless_already_reached_and_models_are_not_years() {
    // Published Monday 15 March 2027.
    let t = "The appeal had collected 1.4 million leva by Sunday night.";
    assert_eq!(v(t, "2027-03-15"), [e("Sunday night", "2027-03-14")]);
    let t = "Donors must give by Sunday night.";
    assert_eq!(v(t, "2027-03-15"), [e("Sunday night", "2027-03-21")]);
    let t = "The commission's final report is due by the end of April.";
    assert_eq!(v(t, "2027-03-25"), [e("by the end of April", "2027-04")]);
    let t = "The strand was sold as OWW Strand 1860 by the maker.";
    assert_eq!(v(t, "2027-03-25"), []);
    let t = "Victims of Japan's 1910-45 colonial rule sued.";
    assert_eq!(v(t, "2019-07-01"), [e("1910-45", "1910/1945")]);
}

#[test]
fn a_colon_after_a_label_is_no_clock_and_a_full_date_follows_a_name() {
    assert_eq!(v("Updated: 7 April 2027 14:05 EAT", "2027-04-07"), [e("7 April 2027", "2027-04-07")]);
    assert_eq!(v("By Hoang Phong March 11, 2027", "2027-03-11"), [e("March 11, 2027", "2027-03-11")]);
    // A name followed by "March" alone stays a name.
    assert_eq!(v("Sgt. Pepper March was played.", "2027-03-11"), []);
}

#[test]
fn a_deadline_month_after_the_end_of_is_the_nearest_and_should_looks_ahead() {
    let t = "The utility will replace 14 km of pipe in Mkuyuni and Igogo by the end of June.";
    assert_eq!(v(t, "2027-04-27"), [e("by the end of June", "2027-06")]);
    let t = "Sales had fallen by the end of June.";
    assert_eq!(v(t, "2027-04-27"), [e("by the end of June", "2026-06")]);
    let t = "The deal should close in the third quarter.";
    assert_eq!(v(t, "2027-06-08"), [e("in the third quarter", "2027-07/2027-09")]);
}

#[test]
fn last_wednesday_in_a_month_dated_article_counts_from_its_pinned_day() {
    let pinned = jiff::civil::date(2027, 8, 2);
    let mut ctx =
        DateContext { published: TimeValue::parse_iso("2027-08"), previous: None, pinned: Some(pinned) };
    assert_eq!(all("The fire started last Wednesday.", &mut ctx), [e("last Wednesday", "2027-07-28")]);
}

#[test]
fn a_week_later_the_year_before_lapsed_schedules_and_how_long() {
    let t = "The office had forecast rain until the end of September. Chile exported 284,000t in 2028, \
             up from 251,000t the year before. The group first approached it on July 14; the board \
             turned it down a week later. The period, which had been due to expire on 17 July, was \
             extended. Sales rose in the months after.";
    assert_eq!(
        v(t, "2029-08-03"),
        [
            e("until the end of September", "2029-09"),
            e("2028", "2028"),
            e("the year before", "2027"),
            e("July 14", "2029-07-14"),
            e("a week later", "2029-07-21"),
            e("17 July", "2029-07-17"),
        ]
    );
}

#[test]
fn an_ordinal_day_is_of_the_month_last_spoken_of() {
    let t = "The assembly approved the issue in May, on the 9th, after a debate. She lives on the 9th \
             floor.";
    assert_eq!(v(t, "2030-06-14"), [e("in May", "2030-05"), e("on the 9th", "2030-05-09")]);
    assert_eq!(v("The offer closes on the 31st.", "2028-10-24"), [e("on the 31st", "2028-10-31")]);
}

#[test]
fn seasons_season_years_and_the_following_morning() {
    let t = "They last played in Europe in 2008-09. Avalanches were frequent this winter, unlike last \
             winter; next summer the club plays abroad.";
    assert_eq!(
        v(t, "2032-01-09"),
        [
            e("2008-09", "2008/2009"),
            e("this winter", "2031-12/2032-02"),
            e("last winter", "2030-12/2031-02"),
            e("next summer", "2032-06/2032-08"),
        ]
    );
    assert_eq!(v("This summer was hot.", "2031-10-20"), [e("This summer", "2031-06/2031-08")]);
    assert_eq!(v("The report of 2019-10 stands.", "2031-10-20"), [e("2019-10", "2019-10")]);
    let t = "Fans protested on Saturday and rescuers returned the following morning.";
    assert_eq!(
        v(t, "2032-01-09"),
        [e("on Saturday", "2032-01-03"), e("the following morning", "2032-01-04")]
    );
}

#[test]
fn a_traded_month_is_still_to_come() {
    let t = "The benchmark contract for July delivery rose 6.8% on Thursday.";
    assert_eq!(v(t, "2036-04-17"), [e("July", "2036-07"), e("on Thursday", "2036-04-17")]);
    assert_eq!(v("December futures fell.", "2036-04-17"), [e("December", "2036-12")]);
}

#[test]
fn a_month_once_planned_is_the_nearest_one() {
    let t = "The next launch, which had been planned for June, is likely to be delayed.";
    assert_eq!(v(t, "2037-03-17"), [e("June", "2037-06")]);
    let t = "The last launch had been scheduled to fly in October.";
    assert_eq!(v(t, "2037-03-17"), [e("in October", "2036-10")]);
}

#[test]
fn a_condition_and_a_time_given_look_ahead() {
    // Thursday 13 November 2036.
    let t = "If the commission certifies the results on Friday, Halvorsen will be sworn in.";
    assert_eq!(v(t, "2036-11-13"), [e("on Friday", "2036-11-14")]);
    assert_eq!(v("He asked if she resigned on Monday.", "2036-11-13"), [e("on Monday", "2036-11-10")]);
    let t = "The counties have until noon on Sunday to report their results.";
    assert_eq!(v(t, "2036-11-13"), [e("on Sunday", "2036-11-16")]);
    let t = "The counties had until noon on Sunday to report their results.";
    assert_eq!(v(t, "2036-11-13"), [e("on Sunday", "2036-11-09")]);
}

#[test]
fn a_closing_quote_does_not_open_a_clause() {
    let t = "The agency classified the fire as \"being held\" on May 28, meaning it is not expected to grow.";
    assert_eq!(v(t, "2037-06-02"), [e("May 28", "2037-05-28")]);
    let t = "\"On Friday, we will reopen the road,\" he said.";
    assert_eq!(v(t, "2037-06-02"), [e("On Friday", "2037-06-05")]);
}

#[test]
fn a_deadline_with_part_of_a_month_is_the_nearest_one() {
    let t = "The mediators hope to present a recommendation by early March.";
    assert_eq!(v(t, "2037-02-13"), [e("early March", "2037-03")]);
}

#[test]
fn this_weekday_with_its_date_is_the_coming_one() {
    let found =
        find_dates("The committee meets this Friday, 26 September, to vote.", &mut DateContext::default());
    let y = found.iter().find_map(|f| f.yearless).expect("a yearless day");
    assert!(y.next && y.weekday.is_some(), "{y:?}");
    let found =
        find_dates("The committee met on Friday, 19 September, to vote.", &mut DateContext::default());
    assert!(!found.iter().find_map(|f| f.yearless).expect("a yearless day").next);
}
