//! End-to-end behaviour of `extract`: the default corpus, made-up pages in other outlets'
//! layouts (`tests/fixtures/other-outlets/`), two held-out sets of made-up stories
//! (`tests/heldout/`, `tests/heldout-2/`), and bad input.
//!
//! One integration-test binary (see the house style); each test names what a user would
//! notice if it broke.

use newsline_extract::model::EntityKind;
use newsline_extract::{extract, Article, Corpus, Document};

/// The `.txt` files of `dir`, sorted by name, as articles.
fn articles_in(dir: &str) -> Vec<Article> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| Article::new(p.file_name().unwrap().to_string_lossy(), std::fs::read(p).unwrap()))
        .collect()
}

fn default_corpus() -> Vec<Article> {
    articles_in(concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus"))
}

fn doc<'a>(corpus: &'a Corpus, file: &str) -> &'a Document {
    corpus.documents.iter().find(|d| d.file == file).unwrap()
}

const GOOD: &str = "Council Approves Budget After Long Debate\n\nBy Jane Roe\n\nPublished : March 10, 2020 - 13:59\n\nThe city council approved the budget on Tuesday after a long debate, officials said.\n\nThe mayor had proposed it in January.";

fn with_good(bad: Article) -> Corpus {
    extract(&[bad, Article::new("good.txt", GOOD)])
}

fn assert_good_unaffected(corpus: &Corpus) {
    let good = doc(corpus, "good.txt");
    assert_eq!(good.published.as_deref(), Some("2020-03-10"));
    assert!(good.warnings.is_empty(), "{:?}", good.warnings);
    assert!(corpus.events.iter().any(|e| e.sources.iter().any(|s| s.file == "good.txt")));
}

/// The made-up pages of `tests/fixtures/other-outlets/`, in other outlets' layouts.
fn other_outlets() -> Corpus {
    extract(&articles_in(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/other-outlets")))
}

/// The value of the first date expression in `file` whose text contains `text`.
fn date_containing<'a>(corpus: &'a Corpus, file: &str, text: &str) -> Option<&'a str> {
    doc(corpus, file).dates.iter().find(|m| m.text.contains(text)).and_then(|m| m.value.as_deref())
}

/// The value of the date expression printed as `text` in `file`.
fn date_value<'a>(corpus: &'a Corpus, file: &str, text: &str) -> Option<&'a str> {
    let d = doc(corpus, file);
    d.dates.iter().find(|m| m.text == text).and_then(|m| m.value.as_deref())
}

/// Whether `file` names an entity `name` of `kind` ("place", "person", …).
fn has_entity(corpus: &Corpus, file: &str, name: &str, kind: &str) -> bool {
    doc(corpus, file).entities.iter().any(|e| e.name == name && e.kind.as_str() == kind)
}

#[test]
fn other_outlets_pages_get_their_headline_outlet_and_date() {
    let corpus = other_outlets();
    let expected = [
        (
            "aljazeera-style.txt",
            "Gaza ceasefire talks resume in Cairo as aid trucks wait at Rafah",
            "Al Jazeera",
            "2024-03-12",
        ),
        (
            "ap-style.txt",
            "Hurricane Milton makes landfall in Florida as a Category 3 storm",
            "Associated Press",
            "2024-10-09",
        ),
        (
            "bbc-style.txt",
            "Storm Bert: Thousands without power as flood warnings remain",
            "BBC",
            "2024-11-24",
        ),
        (
            "dw-style.txt",
            "EU, China hold fresh talks on electric car tariffs",
            "Deutsche Welle",
            "2024-07-10",
        ),
        (
            "euronews-style.txt",
            "Europe's gas storage falls below half as winter bites",
            "Euronews",
            "2025-01-15",
        ),
        (
            "guardian-style.txt",
            "Valencia floods: death toll rises to 205 as rescuers search for missing",
            "The Guardian",
            "2024-11-01",
        ),
        (
            "reuters-style.txt",
            "EU slaps tariffs of up to 38% on Chinese electric vehicles",
            "Reuters",
            "2024-06-12",
        ),
    ];
    for (file, title, source, published) in expected {
        let d = doc(&corpus, file);
        assert_eq!(
            (d.title.as_str(), d.source.as_deref(), d.published.as_deref()),
            (title, Some(source), Some(published))
        );
        assert!(!d.published_inferred, "{file}");
    }
    // No date printed: the month its text and the other pages support, flagged as inferred.
    // Its weekdays after the floods of Oct. 29 ("on Saturday", "on Sunday") put its writing
    // in the next month.
    let undated = doc(&corpus, "undated.txt");
    assert_eq!((undated.published.as_deref(), undated.published_inferred), (Some("2024-11"), true));
}

#[test]
fn other_outlets_dates_follow_tense_and_year_boundaries() {
    let corpus = other_outlets();
    // A day-first date line ("10/07/2024") anchors the weekday before it.
    assert_eq!(date_value(&corpus, "dw-style.txt", "on Friday"), Some("2024-07-05"));
    // "must conclude by November" and "expected to visit ... on Sunday" point ahead.
    assert_eq!(date_value(&corpus, "reuters-style.txt", "November"), Some("2024-11"));
    assert_eq!(date_value(&corpus, "guardian-style.txt", "on Sunday"), Some("2024-11-03"));
    // In January: last month and December are the year before.
    assert_eq!(date_value(&corpus, "euronews-style.txt", "Last month"), Some("2024-12"));
    assert_eq!(date_value(&corpus, "euronews-style.txt", "in December"), Some("2024-12"));
    assert_eq!(date_value(&corpus, "euronews-style.txt", "until March"), Some("2025-03"));
    // A dateline's state abbreviation does not cut the lead: its weekday is read.
    assert_eq!(date_value(&corpus, "ap-style.txt", "Wednesday night"), Some("2024-10-09"));
    // An undated page's weekdays are counted from its likely day of writing: the day from
    // which they are nearest, after the latest day it reports (Oct. 29).
    assert_eq!(date_value(&corpus, "undated.txt", "on Saturday"), Some("2024-11-02"));
    assert_eq!(date_value(&corpus, "undated.txt", "on Sunday"), Some("2024-11-03"));
}

#[test]
fn other_outlets_entities_include_companies_agencies_and_storms() {
    let corpus = other_outlets();
    let kinds = |file: &str| -> Vec<(String, &'static str)> {
        doc(&corpus, file).entities.iter().map(|e| (e.name.clone(), e.kind.as_str())).collect()
    };
    let reuters = kinds("reuters-style.txt");
    for company in ["BYD", "Volkswagen", "BMW", "Mercedes-Benz"] {
        assert!(reuters.contains(&(company.to_string(), "organization")), "{company} in {reuters:?}");
    }
    let ap = kinds("ap-style.txt");
    assert!(ap.contains(&("Hurricane Milton".to_string(), "event")), "{ap:?}");
    assert!(ap.contains(&("Federal Emergency Management Agency".to_string(), "organization")), "{ap:?}");
    assert!(ap.contains(&("Gulf of Mexico".to_string(), "place")) && !ap.iter().any(|(n, _)| n == "Mexico"));
    assert!(kinds("bbc-style.txt").contains(&("Storm Bert".to_string(), "event")));
}

#[test]
fn every_default_article_is_read_with_a_title_and_sentences() {
    let corpus = extract(&default_corpus());
    assert_eq!(corpus.documents.len(), 5);
    for d in &corpus.documents {
        assert!(!d.sentences.is_empty(), "{}", d.file);
        assert_ne!(d.title, d.file, "no headline found in {}", d.file);
    }
}

#[test]
fn empty_file_gets_a_warning_and_others_are_unaffected() {
    let corpus = with_good(Article::new("empty.txt", ""));
    assert!(doc(&corpus, "empty.txt").warnings.iter().any(|w| w.contains("empty")));
    assert_good_unaffected(&corpus);
}

#[test]
fn boilerplate_only_page_gets_a_warning() {
    let corpus = with_good(Article::new(
        "menu.txt",
        "Back To Top\n\nMOST POPULAR\nLATEST NEWS\nsubscribe\n• Link copied",
    ));
    let menu = doc(&corpus, "menu.txt");
    assert!(menu.sentences.is_empty());
    assert!(menu.warnings.iter().any(|w| w.contains("boilerplate")), "{:?}", menu.warnings);
    assert_good_unaffected(&corpus);
}

#[test]
fn text_without_any_date_gets_a_warning_and_no_events() {
    let corpus = with_good(Article::new(
        "undated.txt",
        "A Story With No Date At All\n\nSomething happened somewhere, people said.\n\nNobody knows when it happened.",
    ));
    let undated = doc(&corpus, "undated.txt");
    assert_eq!(undated.published, None);
    assert!(undated.warnings.iter().any(|w| w.contains("publication date")));
    assert!(corpus.events.iter().all(|e| e.sources.iter().all(|s| s.file != "undated.txt")));
    assert_good_unaffected(&corpus);
}

#[test]
fn non_utf8_is_read_lossily_with_a_warning() {
    let mut bytes = GOOD.replace("Jane Roe", "Jane Ro\u{e9}").into_bytes();
    bytes.extend_from_slice(&[0xff, 0xfe, b'\n']);
    let corpus = with_good(Article::new("latin1.txt", bytes));
    let latin1 = doc(&corpus, "latin1.txt");
    assert!(latin1.warnings.iter().any(|w| w.contains("UTF-8")));
    assert_eq!(latin1.published.as_deref(), Some("2020-03-10"));
    assert_good_unaffected(&corpus);
}

#[test]
fn binary_data_gets_a_warning_and_no_panic() {
    let bytes: Vec<u8> = (0..200_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    let corpus = with_good(Article::new("image.png", bytes));
    assert!(doc(&corpus, "image.png").warnings.iter().any(|w| w.contains("binary")));
    assert_good_unaffected(&corpus);
}

#[test]
fn a_ten_megabyte_article_is_extracted() {
    let mut big = String::from("Huge Page Of Council Reports\n\nPublished : March 10, 2020\n\n");
    for i in 0.. {
        big.push_str(&format!(
            "Council session {i} met on Tuesday in Springfield and approved item {i}.\n\n"
        ));
        if big.len() > 10 * 1024 * 1024 {
            break;
        }
    }
    let corpus = with_good(Article::new("big.txt", big));
    assert!(doc(&corpus, "big.txt").sentences.len() > 100_000);
    assert_good_unaffected(&corpus);
}

#[test]
fn thousands_of_capitalised_words_and_one_enormous_sentence_do_not_panic() {
    let caps = format!(
        "Title Of A Strange Page Here\n\n{} met on Tuesday.",
        "Alpha Beta Gamma Delta ".repeat(5_000)
    );
    let long = format!(
        "Another Strange Page Title Here\n\nOn Tuesday {}",
        "the talks went on and on, ".repeat(40_000)
    );
    // One list of 20,000 places: each name of a list is read over a bounded stretch of it.
    let names: Vec<String> = (0..20_000).map(|i| format!("Ka{}", to_letters(i))).collect();
    let list = format!("A Page Of Many Towns\n\nDesks opened in {} and Zomba on Tuesday.", names.join(", "));
    let corpus = extract(&[
        Article::new("caps.txt", caps),
        Article::new("long.txt", long),
        Article::new("list.txt", list),
        Article::new("good.txt", GOOD),
    ]);
    assert_good_unaffected(&corpus);
}

/// 0 → "aaaa", 1 → "aaab": a name made of letters only.
fn to_letters(mut i: usize) -> String {
    let mut out = [b'a'; 4];
    for slot in out.iter_mut().rev() {
        *slot = b'a' + (i % 26) as u8;
        i /= 26;
    }
    String::from_utf8(out.to_vec()).unwrap_or_default()
}

/// Shapes that once made a rule read past a sentence's last word or cut inside a character.
#[test]
fn odd_fragments_are_extracted_without_a_panic() {
    let fragments = [
        "Corbin,",
        "1,000 Delphine surge News Press. the millions Hurricane crews Corbin, to late Daniel said and \
         coast two 2024 Center Associated 3 October Rights Thursday. World Thu | — 12 landfall Delphine",
        "Australian made force January Gippsland first year, records fire of coastal seasons should \
         Management to Victoria government 5,000 the Helen giving and travel © injured.",
        "According to Ünal Çelik, the Ülker board met on March 3, 2020.",
    ];
    for (i, text) in fragments.iter().enumerate() {
        let corpus = with_good(Article::new(format!("odd{i}.txt"), *text));
        assert!(doc(&corpus, &format!("odd{i}.txt")).warnings.iter().all(|w| !w.contains("internal error")));
        assert_good_unaffected(&corpus);
    }
}

/// Pieces of every held-out page, cut at arbitrary places and with their words shuffled, each
/// read as an article of its own: whatever the rules meet, none of them fails.
#[test]
fn pieces_of_real_pages_are_extracted_without_a_panic() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/tests");
    let mut pieces = Vec::new();
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = move |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n.max(1) as u64) as usize
    };
    let mut sets: Vec<_> =
        std::fs::read_dir(root).unwrap().filter_map(Result::ok).map(|e| e.path()).collect();
    sets.sort();
    for set in sets.iter().filter(|p| p.join("articles").is_dir()) {
        for article in articles_in(set.join("articles").to_str().unwrap()) {
            let text = String::from_utf8_lossy(&article.bytes).into_owned();
            let mut start = 0;
            while start < text.len() {
                let from = text.floor_char_boundary(start);
                let to = text.floor_char_boundary(from + 40 + next(400));
                pieces.push(text[from..to].to_string());
                start += 97 + next(300);
            }
            let mut words: Vec<&str> = text.split(' ').collect();
            for _ in 0..4 {
                for i in (1..words.len()).rev() {
                    words.swap(i, next(i + 1));
                }
                pieces.push(words[..next(words.len()) + 1].join(" "));
            }
        }
    }
    assert!(pieces.len() > 500, "{} pieces", pieces.len());
    for (i, piece) in pieces.iter().enumerate() {
        let corpus = extract(&[Article::new(format!("piece{i}.txt"), piece.as_str())]);
        let warnings = &corpus.documents[0].warnings;
        assert!(warnings.iter().all(|w| !w.contains("internal error")), "piece {i} {piece:?}: {warnings:?}");
    }
}

#[test]
fn copies_of_one_article_merge_into_the_same_events() {
    let copies: Vec<Article> = (0..300).map(|i| Article::new(format!("copy{i}.txt"), GOOD)).collect();
    let single = extract(&copies[..1]);
    let corpus = extract(&copies);
    assert_eq!(corpus.events.len(), single.events.len());
    assert!(corpus.events.iter().all(|e| e.sources.len() == 300));
}

#[test]
fn one_report_of_a_vague_time_is_no_timeline_event_but_two_reports_are() {
    let page = |outlet: &str, day: &str| {
        format!(
            "Port Strike Spreads to Second Terminal\n\nBy {outlet} staff\n\nPublished: March {day}, 2036\n\n\
             Dockworkers walked out at the Nordhavn terminal on Monday, the union said.\n\n\
             The harbour authority expects talks to resume next week.\n\n\
             Exports rose 4% last year, customs figures show."
        )
    };
    let one = extract(&[Article::new("a.txt", page("Harbour Post", "12"))]);
    let dates: Vec<&str> = one.events.iter().map(|e| e.date.as_str()).collect();
    assert_eq!(dates, ["2036-03-10"], "only the walk-out is a point on the timeline");
    let two = extract(&[
        Article::new("a.txt", page("Harbour Post", "12")),
        Article::new("b.txt", page("Dock Daily", "12")),
    ]);
    assert!(two.events.iter().any(|e| e.date == "2035" && e.sources.len() == 2), "{:?}", two.events);
    // A holiday of a printed year is a day, not a vague time.
    let cable = "Cable Cut in the Baltic\n\nBy Harbour Post staff\n\nPublished: March 12, 2036\n\n\
                 A ship's anchor cut the data cable on Monday, the operator said.\n\n\
                 On Christmas Day 2024 a power cable in the same waters failed.";
    let one = extract(&[Article::new("a.txt", cable.to_string())]);
    assert!(one.events.iter().any(|e| e.date == "2024-12-25"), "{:?}", one.events);
}

/// The held-out pages of `tests/heldout/articles/` (two stories, six outlets); their
/// annotation is `tests/heldout/gold.json`, scored by `shared/eval/score.py`.
fn heldout() -> Corpus {
    extract(&articles_in(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/heldout/articles")))
}

#[test]
fn heldout_publication_dates_in_every_printed_form() {
    let corpus = heldout();
    for (file, published) in [
        ("101_reuters_ev.txt", "2024-10-04"),
        ("102_dw_ev.txt", "2024-10-04"),
        ("103_aljazeera_ev.txt", "2024-11-05"),
        ("104_ap_storm.txt", "2024-10-10"),
        ("105_bbc_storm.txt", "2024-10-13"),
        ("106_guardian_storm.txt", "2025-01-14"),
    ] {
        assert_eq!(doc(&corpus, file).published.as_deref(), Some(published), "{file}");
    }
}

#[test]
fn heldout_relative_dates_resolve_against_their_article() {
    let corpus = heldout();
    let value = |file: &str, text: &str| date_containing(&corpus, file, text);
    assert_eq!(value("101_reuters_ev.txt", "last week"), Some("2024-W39"));
    assert_eq!(value("102_dw_ev.txt", "Friday"), Some("2024-10-04"));
    assert_eq!(value("103_aljazeera_ev.txt", "Oct. 30"), Some("2024-10-30"));
    assert_eq!(value("104_ap_storm.txt", "Wednesday"), Some("2024-10-09"));
    assert_eq!(value("105_bbc_storm.txt", "3 September"), Some("2024-09-03"));
    // A January article's "last month" and "in December" are the previous year.
    assert_eq!(value("106_guardian_storm.txt", "last month"), Some("2024-12"));
    assert_eq!(value("106_guardian_storm.txt", "December"), Some("2024-12"));
}

#[test]
fn heldout_events_reported_by_several_outlets_merge() {
    let corpus = heldout();
    let sources = |date: &str| corpus.events.iter().filter(|e| e.date == date).map(|e| e.sources.len()).max();
    assert!(sources("2024-10-04") >= Some(2), "the EU vote is one event");
    assert!(sources("2024-10-09") >= Some(2), "the landfall is one event");
}

/// A second held-out set, `tests/heldout-2/` (the Panama Canal drought of 2023–24 and the
/// 2023 Morocco earthquake, eight outlets), written before the rules it led to; its
/// annotation is `tests/heldout-2/gold.json`, scored by `shared/eval/score.py`.
fn heldout_2() -> Corpus {
    extract(&articles_in(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/heldout-2/articles")))
}

#[test]
fn heldout_2_publication_dates_day_first_and_unprinted() {
    let corpus = heldout_2();
    for (file, published) in [
        ("201_reuters_panama.txt", Some("2023-11-01")),
        ("202_ap_panama.txt", Some("2024-01-09")),
        // "12/01/2024" alone on a line under the standfirst, day first on a German site.
        ("203_dw_panama.txt", Some("2024-01-12")),
        // No date printed; "starting Jan. 16" lies within a week of the AP and DW reports.
        ("204_ledger_panama.txt", Some("2024-01")),
        ("205_bbc_quake.txt", Some("2023-09-09")),
        ("206_france24_quake.txt", Some("2023-09-10")),
        ("207_aljazeera_quake.txt", Some("2023-09-12")),
        ("208_guardian_quake.txt", Some("2023-10-06")),
    ] {
        assert_eq!(doc(&corpus, file).published.as_deref(), published, "{file}");
    }
    let titles: Vec<&str> = corpus.documents.iter().map(|d| d.title.as_str()).collect();
    assert!(
        titles.iter().all(|t| !t.contains('|') && !t.contains("  ")),
        "a menu is no headline: {titles:?}"
    );
}

#[test]
fn heldout_2_relative_dates_resolve_across_the_year_boundary() {
    let corpus = heldout_2();
    let value = |file: &str, text: &str| date_containing(&corpus, file, text);
    // "will cut ... to 25 from Friday" and "would fall to 18 by February" look ahead.
    assert_eq!(value("201_reuters_panama.txt", "Friday"), Some("2023-11-03"));
    assert_eq!(value("201_reuters_panama.txt", "February"), Some("2024-02"));
    // A January article's "Last month" and "In November" are the previous year.
    assert_eq!(value("202_ap_panama.txt", "Last month"), Some("2023-12"));
    assert_eq!(value("202_ap_panama.txt", "In November"), Some("2023-11"));
    assert_eq!(value("203_dw_panama.txt", "16 January"), Some("2024-01-16"));
    assert_eq!(value("203_dw_panama.txt", "1 June last year"), Some("2023-06-01"));
    // "a wetter than expected December" is the one just gone.
    assert_eq!(value("203_dw_panama.txt", "December"), Some("2023-12"));
    assert_eq!(value("207_aljazeera_quake.txt", "the following day"), Some("2023-09-11"));
    assert_eq!(value("208_guardian_quake.txt", "between 2024 and 2028"), Some("2024/2028"));
    assert_eq!(value("202_ap_panama.txt", "the first half of the year"), Some("2024-01/2024-06"));
    assert_eq!(value("201_reuters_panama.txt", "the second quarter of 2024"), Some("2024-04/2024-06"));
    // The undated page's months, once it is placed in January 2024.
    assert_eq!(value("204_ledger_panama.txt", "Jan. 16"), Some("2024-01-16"));
    assert_eq!(value("204_ledger_panama.txt", "in November"), Some("2023-11"));
}

#[test]
fn heldout_2_entities_of_other_names_and_shapes() {
    let corpus = heldout_2();
    let has = |file: &str, name: &str, kind: &str| has_entity(&corpus, file, name, kind);
    for (file, name, kind) in [
        ("201_reuters_panama.txt", "Maersk", "organization"),
        ("201_reuters_panama.txt", "COSCO Shipping", "organization"),
        ("201_reuters_panama.txt", "Cape of Good Hope", "place"),
        ("202_ap_panama.txt", "Fermín Castillo", "person"),
        ("203_dw_panama.txt", "Río Indio", "place"),
        ("205_bbc_quake.txt", "Interior Ministry", "organization"),
        ("205_bbc_quake.txt", "United States Geological Survey", "organization"),
        ("206_france24_quake.txt", "Lahcen Amzil", "person"),
        ("206_france24_quake.txt", "Moulay Brahim", "place"),
        ("208_guardian_quake.txt", "Taroudant", "place"),
    ] {
        assert!(has(file, name, kind), "{file}: {name} ({kind})");
    }
    // The dateline's "PANAMA CITY" is the Panama City of the text, and "Vásquez" is the
    // administrator named in full before.
    let d = doc(&corpus, "201_reuters_panama.txt");
    assert_eq!(d.entities.iter().filter(|e| e.name.eq_ignore_ascii_case("panama city")).count(), 1);
    let d = doc(&corpus, "202_ap_panama.txt");
    assert!(!d.entities.iter().any(|e| e.name == "Vásquez"));
}

#[test]
fn heldout_2_events_reported_by_several_outlets_merge() {
    let corpus = heldout_2();
    let files = |date: &str| -> Vec<usize> {
        corpus.events.iter().filter(|e| e.date == date).map(|e| e.sources.len()).collect()
    };
    assert!(files("2023-10-30").iter().any(|&n| n >= 2), "the October cut is one event");
    assert!(files("2023-09-08").iter().any(|&n| n >= 2), "the earthquake is one event");
    assert!(files("1960").iter().any(|&n| n >= 2), "the Agadir earthquake is one event");
    assert!(files("2004").iter().any(|&n| n >= 2), "the Al Hoceima earthquake is one event");
    // Same-day reports that share no actor ("Panama's canal authority" citing Reuters, "The
    // Panama Canal" under an AP dateline) but the figure 24 and their wording.
    assert!(files("2024-01-16").iter().any(|&n| n >= 3), "the rise to 24 crossings is one event");
    assert!(files("2024-01-08").iter().any(|&n| n >= 2), "the announcement is one event");
    assert!(files("2023-09-08").iter().any(|&n| n >= 3), "three outlets report the quake");
}

/// A third held-out set, `tests/heldout-3/` (a strike at a Chilean copper mine, Brazil's rate
/// hikes of 2024; six pages), written in session 4 before the extractor was run on it; its
/// annotation is `tests/heldout-3/gold.json`.
fn heldout_3() -> Corpus {
    extract(&articles_in(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/heldout-3/articles")))
}

#[test]
fn heldout_3_dates_and_merges_of_two_more_stories() {
    let corpus = heldout_3();
    // "19.set.2024 às 10h30": a Portuguese month inside a numeric date.
    assert_eq!(doc(&corpus, "305_folha_brazil.txt").published.as_deref(), Some("2024-09-19"));
    let value = |file: &str, text: &str| date_containing(&corpus, file, text);
    assert_eq!(value("302_ft_mine.txt", "on Monday"), Some("2024-08-19"), "talks 'would open … on Monday'");
    assert_eq!(value("303_mercopress_mine.txt", "the previous day"), Some("2024-08-12"));
    assert_eq!(value("305_folha_brazil.txt", "in January"), Some("2025-01"));
    let sources = |date: &str| corpus.events.iter().filter(|e| e.date == date).map(|e| e.sources.len()).max();
    assert!(sources("2024-08-13") >= Some(3), "three outlets report the walkout");
    assert!(sources("2024-09-18") >= Some(2), "the September hike is one event");
    let has = |file: &str, name: &str, kind: &str| has_entity(&corpus, file, name, kind);
    assert!(has("301_reuters_mine.txt", "Andes Copper", "organization"));
    assert!(has("303_mercopress_mine.txt", "Antofagasta", "place"));
    assert!(has("301_reuters_mine.txt", "Cerro Blanco copper mine", "place"), "the mine, with its noun");
}

/// The fourth and fifth held-out sets (`tests/heldout-4/`: a bushfire, a rate cut, a rail
/// strike; `tests/heldout-5/`: an e-bike battery recall, a volcano, a border levy), each
/// scored first as unseen and only then used for rules.
fn heldout_set(name: &str) -> Corpus {
    extract(&articles_in(&format!("{}/tests/{name}/articles", env!("CARGO_MANIFEST_DIR"))))
}

#[test]
fn heldout_4_an_undated_page_is_placed_by_its_weekday_dates() {
    let corpus = heldout_set("heldout-4");
    // No date printed; "Tuesday, January 13" is a Tuesday only in 2026 near the other reports.
    let local = doc(&corpus, "303_courier_fire.txt");
    assert_eq!(local.published.as_deref(), Some("2026-01"));
    assert!(local.published_inferred);
    assert_eq!(date_containing(&corpus, "303_courier_fire.txt", "December 28"), Some("2025-12-28"));
    // "until the monsoon rains of June-September are known", published in February.
    assert_eq!(date_containing(&corpus, "306_mint_rbi.txt", "June-September"), Some("2026-06/2026-09"));
}

#[test]
fn heldout_86_and_87_undated_pages_are_placed_by_days_still_to_come_and_a_storm_is_one() {
    // "The board meets next Tuesday, 7 July": written in the week before it, not in May with
    // the latest day the page reports as past.
    let corpus = heldout_set("heldout-86");
    assert_eq!(doc(&corpus, "8605.txt").published.as_deref(), Some("2037-07"));
    assert_eq!(date_containing(&corpus, "8605.txt", "on Monday"), Some("2037-06-29"));
    // "Tropical Cyclone Fenosoa" and "Cyclone Fenosoa" are one storm: its grade changes.
    let storms = corpus.entities.iter().filter(|e| e.name.contains("Fenosoa")).count();
    assert_eq!(storms, 1, "one storm under its names");
    // "The status conference is set for Monday, July 26": "late Thursday" is the 22nd, not a
    // Thursday a fortnight earlier.
    let corpus = heldout_set("heldout-87");
    assert_eq!(date_containing(&corpus, "8705.txt", "Thursday"), Some("2038-07-22"));
}

#[test]
fn heldout_5_entities_and_merges_of_three_more_stories() {
    let corpus = heldout_set("heldout-5");
    let has = |file: &str, name: &str, kind: &str| has_entity(&corpus, file, name, kind);
    assert!(has("502_nltimes_recall.txt", "BOVAG", "organization"), "an acronym with a possessive");
    assert!(has("502_nltimes_recall.txt", "Veloxa", "organization"), "a company in the other reports");
    assert!(has("504_ap_volcano.txt", "Mount Lewotobi Laki-laki", "place"));
    assert!(has("505_aljazeera_volcano.txt", "Yohanes Kelen", "person"), "said Yohanes Kelen, a 38-year-old");
    assert!(has("501_reuters_recall.txt", "An Phat Energy", "organization"));
    assert_eq!(
        date_containing(&corpus, "505_aljazeera_volcano.txt", "June and July"),
        Some("2025-06/2025-07")
    );
    let sources = |date: &str| corpus.events.iter().filter(|e| e.date == date).map(|e| e.sources.len()).max();
    assert!(sources("2026-05-18") >= Some(3), "three outlets report when owners can book a replacement");
}

#[test]
fn heldout_7_roles_acronyms_and_model_names() {
    let corpus = heldout_set("heldout-7");
    let has = |file: &str, name: &str, kind: &str| has_entity(&corpus, file, name, kind);
    let hindu = "707_thehindu_cendana.txt";
    assert!(
        has(hindu, "Indian Space Research Organisation", "organization"),
        "the demonym is in the acronym"
    );
    assert!(has(hindu, "NewSpace India Limited", "organization"));
    assert!(has(hindu, "Cendana-1", "product") && has(hindu, "PSLV-C66", "product"));
    let trial = "704_premiumtimes_yelwa.txt";
    assert!(has(trial, "Festus Oyelaran", "person"), "a businessman, Festus Oyelaran,");
    let yelwa = doc(&corpus, trial).entities.iter().find(|e| e.name == "Bashir Yelwa").expect("Bashir Yelwa");
    assert!(yelwa.roles.iter().any(|r| r.contains("Minister of Power")), "{:?}", yelwa.roles);
    assert!(!doc(&corpus, trial).entities.iter().any(|e| e.name == "Power"), "the portfolio is no person");
    assert!(has("706_guardian_yelwa.txt", "Democratic Unity Party", "organization"));
    // The related articles under the DW page are links, not news of their dates.
    assert!(corpus.events.iter().all(|e| e.date != "2025-12-11"));
}

/// Held-out set 9 (a road-bridge collapse told by three outlets): towns from the long list,
/// bodies with a possessive, trade names, and a page dated only by its permalink.
#[test]
fn heldout_9_towns_bodies_trade_names_and_a_permalink_date() {
    let corpus = heldout_set("heldout-9");
    let has = |file: &str, name: &str, kind: &str| has_entity(&corpus, file, name, kind);
    assert!(has("901.txt", "Craiova", "place") && has("901.txt", "Stara Zagora", "place"));
    assert!(has("901.txt", "Zverino bridge", "place"));
    assert!(has("903.txt", "European Public Prosecutor's Office", "organization"));
    assert!(has("902.txt", "Borsa Istanbul", "organization"));
    assert!(has("903.txt", "Tensogrout HP", "product") && has("903.txt", "OWW Strand 1860", "product"));
    assert!(has("903.txt", "Radostina Haralampieva", "person"), "a professor of the University …");
    let nce = doc(&corpus, "903.txt");
    assert_eq!(nce.published.as_deref(), Some("2027-03-25"), "the permalink's day");
    assert!(nce.dates.iter().all(|d| d.value.as_deref() != Some("1860")), "a model number is no year");
}

/// Held-out set 10 (a cholera outbreak and an airline merger, three pages each): date lines
/// with a label's colon or a byline before them, names with particles, aircraft models.
#[test]
fn heldout_10_date_lines_particles_and_aircraft() {
    let corpus = heldout_set("heldout-10");
    assert_eq!(doc(&corpus, "1001.txt").published.as_deref(), Some("2027-04-07"), "Updated: 7 April 2027");
    assert_eq!(
        doc(&corpus, "1004.txt").published.as_deref(),
        Some("2027-03-11"),
        "By …   March 11, 2027 | …"
    );
    let has = |file: &str, name: &str, kind: &str| has_entity(&corpus, file, name, kind);
    assert!(has("1004.txt", "Nguyen Thi Thu Ha", "person"));
    assert!(has("1004.txt", "Airbus A321neo", "product") && has("1004.txt", "Embraer E195-E2", "product"));
    assert!(has("1001.txt", "Energy and Water Utilities Regulatory Authority", "organization"));
}

/// The background every page of a story recalls is one event: three outlets each mention the
/// year the ship was grounded on the shoal, in different words.
#[test]
fn heldout_31_a_year_three_outlets_recall_is_one_event() {
    let corpus = heldout_set("heldout-31");
    let files = |e: &newsline_extract::Event| {
        e.sources.iter().map(|s| s.file.as_str()).collect::<std::collections::BTreeSet<_>>().len()
    };
    let most = corpus.events.iter().filter(|e| e.date == "1999").map(files).max();
    assert_eq!(most, Some(3));
}

/// An article that tells one happening in two sentences is compared as a whole: the third
/// outlet's report of the consultation shares words with the two together, with neither alone.
#[test]
fn heldout_10_a_happening_told_in_several_sentences_merges_as_a_whole() {
    let corpus = heldout_set("heldout-10");
    let consultation = corpus.events.iter().find(|e| {
        e.date == "2027-03-16"
            && e.sources.iter().any(|s| s.sentence.contains("public consultation on March 16"))
    });
    let files: std::collections::BTreeSet<&str> =
        consultation.into_iter().flat_map(|e| e.sources.iter().map(|s| s.file.as_str())).collect();
    assert_eq!(files.len(), 3, "{files:?}");
}

/// Held-out set 11 (a wildfire in Attica, a rate cut in Egypt): names with the Arabic article,
/// a country's exchange, and relative weekdays of the undated page counted from its pinned day.
#[test]
fn heldout_11_arabic_names_exchanges_and_a_pinned_undated_page() {
    let corpus = heldout_set("heldout-11");
    let has = |file: &str, name: &str, kind: &str| has_entity(&corpus, file, name, kind);
    assert!(has("1104.txt", "Hisham al-Sayed", "person"));
    assert!(has("1105.txt", "Egyptian Exchange", "organization"));
    let undated = doc(&corpus, "1103.txt");
    let last_wednesday = undated.dates.iter().find(|d| d.text == "last Wednesday").expect("last Wednesday");
    assert_eq!(last_wednesday.value.as_deref(), Some("2027-07-28"));
}

/// Held-out set 12 (an infant-formula recall in Canada, a hostile bid for a Danish ferry
/// group): one body printed with and without its demonym, a company called by its short name,
/// a class of ships, titles abbreviated with a period.
#[test]
fn heldout_12_bodies_short_company_names_and_abbreviated_titles() {
    let corpus = heldout_set("heldout-12");
    let has = |file: &str, name: &str, kind: &str| has_entity(&corpus, file, name, kind);
    let recall = doc(&corpus, "1201.txt");
    let inspection: Vec<&str> =
        recall.entities.iter().map(|e| e.name.as_str()).filter(|n| n.contains("Inspection Agency")).collect();
    assert_eq!(inspection, ["Canadian Food Inspection Agency"], "one agency, with and without “Canadian”");
    assert!(has("1201.txt", "Harpreet Sandhu", "person"), "Dr. Harpreet Sandhu, a pediatric …");
    assert!(has("1204.txt", "Kattegat Future", "product"), "Kattegat Future-class ro-ro freighters");
    let bid = doc(&corpus, "1204.txt");
    let kattegat = bid.entities.iter().find(|e| e.name == "Kattegat Logistics").expect("Kattegat Logistics");
    assert!(kattegat.aliases.iter().any(|a| a == "Kattegat"), "{:?}", kattegat.aliases);
    assert!(has("1204.txt", "Nasdaq Copenhagen", "organization") && has("1204.txt", "Aarhus", "place"));
}

/// Held-out set 13 (floods in Sindh, a lithium royalty in Chile): a page dated "Sat 18 Aug"
/// with no year, names of four words and with Urdu particles, barrages and rivers.
#[test]
fn heldout_13_a_yearless_page_date_long_names_and_river_works() {
    let corpus = heldout_set("heldout-13");
    let guardian = doc(&corpus, "1303.txt");
    assert_eq!(guardian.published.as_deref(), Some("2029-08-18"), "Last updated: Sat 18 Aug");
    let has = |file: &str, name: &str, kind: &str| has_entity(&corpus, file, name, kind);
    assert!(has("1301.txt", "Mian Zahid Mehmood Wattoo", "person"));
    assert!(has("1302.txt", "Asim ur-Rehman Khattak", "person"));
    assert!(has("1301.txt", "Bhakra dam", "place") && has("1301.txt", "Indus", "place"));
}

/// Held-out set 14 (an air crash in Nepal, Zambia's debt deal): a page dated only by its print
/// edition, an airline named "… Air", a company's arm in a country, a rating that is no state.
#[test]
fn heldout_14_print_edition_airlines_and_arms_of_companies() {
    let corpus = heldout_set("heldout-14");
    assert_eq!(doc(&corpus, "1402.txt").published.as_deref(), Some("2030-02-21"), "appears in print on …");
    let has = |file: &str, name: &str, kind: &str| has_entity(&corpus, file, name, kind);
    assert!(has("1401.txt", "Kanchan Air", "organization"));
    assert!(has("1404.txt", "Stanbic Bank Zambia", "organization"));
    assert!(!has("1404.txt", "South Dakota", "place"), "“cut Zambia to SD” is a rating");
}

/// Held-out set 15 (a typhoon, an Indian drug patent): medicines by their international names
/// and after "drug", a body's long name with a comma before its acronym.
#[test]
fn heldout_15_medicines_and_a_long_name_with_a_comma() {
    let corpus = heldout_set("heldout-15");
    let has = |file: &str, name: &str, kind: &str| has_entity(&corpus, file, name, kind);
    assert!(has("1504.txt", "velanitinib", "product") && has("1504.txt", "Ovantra", "product"));
    assert!(has("1504.txt", "Cancer Patients' Access Forum", "organization"));
    let long = "Philippine Atmospheric, Geophysical and Astronomical Services Administration";
    assert!(has("1501.txt", long, "organization"), "… Administration (Pagasa)");
}

/// Held-out sets 16 to 19 (an Alpine avalanche, a football takeover, Peru's impeachment vote,
/// an oil spill, a landslide in Colombia, an EU fine, a blackout, a doping ban): seasons, a
/// vessel, a law, a sprinter.
#[test]
fn heldout_16_to_19_seasons_vessels_laws_and_athletes() {
    let sets = ["heldout-16", "heldout-17", "heldout-18", "heldout-19"].map(heldout_set);
    let [avalanche, spill, fine, doping] = &sets;
    let dates = &doc(avalanche, "1601.txt").dates;
    let winter = dates.iter().find(|d| d.text == "this winter").expect("this winter");
    assert_eq!(winter.value.as_deref(), Some("2031-12/2032-02"));
    assert!(has_entity(spill, "1704.txt", "Kalliopi Spirit", "product"), "the tanker Kalliopi Spirit");
    assert!(has_entity(fine, "1804.txt", "Digital Markets Act", "product"));
    assert!(has_entity(doping, "1904.txt", "Shavonne Ellington-Grant", "person"));
}

/// Held-out sets 20 to 26 (palm oil, a wildfire, a finance bill, a rail strike, a canal drought,
/// a factory fire, a rate rise, illegal mining, a salmon escape, a judicial election, a debt
/// deal, a listing, a measles outbreak), each holding two stories years apart: an undated page
/// dated by its own story, a date in a byline, a known name found where it is printed bare (set
/// 19's blackout), a place's name as a family name.
#[test]
fn heldout_20_to_26_undated_pages_bylines_known_names_and_family_names() {
    let sets = [
        "heldout-19",
        "heldout-20",
        "heldout-21",
        "heldout-22",
        "heldout-23",
        "heldout-24",
        "heldout-25",
        "heldout-26",
    ]
    .map(heldout_set);
    let [blackout, wildfire, finance_bill, canal, rates, salmon, debt, measles] = &sets;
    assert_eq!(
        doc(rates, "2303.txt").published.as_deref(),
        Some("2036-04"),
        "April 2036 (gold: 18 April): its story's year, and the month of its latest day said as past, not of a meeting to come"
    );
    assert_eq!(doc(finance_bill, "2103.txt").published.as_deref(), Some("2036-06"));
    assert_eq!(doc(debt, "2503.txt").published.as_deref(), Some("2037-06"));
    assert_eq!(doc(measles, "2602.txt").published.as_deref(), Some("2037-03-19"), "| Bucharest | 19.03.2037");
    let held = doc(wildfire, "2006.txt").dates.iter().find(|d| d.text == "May 28").expect("May 28");
    assert_eq!(held.value.as_deref(), Some("2037-05-28"), "classified as \"being held\" on May 28");
    assert!(has_entity(blackout, "1902.txt", "Eskom", "organization"), "only 'Eskom's customers' there");
    assert!(has_entity(canal, "2201.txt", "Ernesto Córdoba Quintero", "person"));
    assert!(has_entity(salmon, "2401.txt", "Vestsjø Seafood", "organization"));
}

/// A page dated 4 May 2036 with `body` under a headline and a byline.
fn page(file: &str, body: &str) -> Article {
    Article::new(file, format!("Power cut latest\nBy Jane Doe\nMay 4, 2036\n\n{body}\n"))
}

#[test]
fn a_name_one_article_recognises_is_found_where_another_prints_it_bare() {
    let corpus = extract(&[
        page("a.txt", "The utility Korvanta said on Monday that the Lindqvist substation had tripped."),
        page("b.txt", "By Tuesday about 80% of Korvanta's customers had power again, officials said."),
    ]);
    assert!(has_entity(&corpus, "a.txt", "Korvanta", "organization"));
    assert!(has_entity(&corpus, "b.txt", "Korvanta", "organization"), "{:?}", doc(&corpus, "b.txt").entities);
    let korvanta = corpus.entities.iter().find(|e| e.name == "Korvanta").expect("one corpus entity");
    assert_eq!(korvanta.files.len(), 2);
}

#[test]
fn a_known_name_in_brackets_after_a_body_joins_that_body() {
    let corpus = extract(&[
        page(
            "a.txt",
            "Officials at Bravel said on Monday that prices would rise. The firm Bravel employs 300 people.",
        ),
        page(
            "b.txt",
            "The Central Bank of Lorvania's Monetary Policy Committee (Bravel) raised rates on Tuesday.",
        ),
    ]);
    let b = doc(&corpus, "b.txt");
    let committee = b.entities.iter().find(|e| e.name.contains("Monetary Policy Committee"));
    assert!(committee.is_some_and(|e| e.aliases.iter().any(|a| a == "Bravel")), "{:?}", b.entities);
    assert!(!b.entities.iter().any(|e| e.name == "Bravel"), "{:?}", b.entities);
}

#[test]
fn a_known_name_inside_a_longer_name_is_not_taken_out_of_it() {
    let corpus = extract(&[
        page("a.txt", "Rescuers flew from Zermont on Monday, the police in the town of Zermont said."),
        page("b.txt", "A helicopter of Air Zermont Rescue landed on Tuesday near the hut."),
    ]);
    assert!(has_entity(&corpus, "a.txt", "Zermont", "place"));
    assert!(!has_entity(&corpus, "b.txt", "Zermont", "place"), "{:?}", doc(&corpus, "b.txt").entities);
}

#[test]
fn an_undated_page_is_dated_by_its_own_story_and_not_by_what_is_still_to_come() {
    let dated = |file: &str, date: &str, body: &str| {
        Article::new(file, format!("Rates latest\nBy Jane Doe\n{date}\n\n{body}\n"))
    };
    let bank =
        "Governor Selin Aydemir of the Central Bank of Lorvania said the lira had fallen on Borsa Kelvan.";
    let corpus = extract(&[
        dated("a1.txt", "March 6, 2036", &format!("{bank} The bank raised rates on Thursday.")),
        dated("a2.txt", "March 8, 2036", &format!("{bank} Traders sold the lira on Friday.")),
        dated("b1.txt", "July 1, 2037", "Miners left the Tavares river valley on Monday, Ibama said in Belém."),
        Article::new(
            "a3.txt",
            format!(
                "Lorvania raises rates again\n\n{bank} Inflation data released on April 3 showed prices rising, \
                 and reserves fell in the week to April 11. Officials said earlier this month that more was needed. \
                 The bank will hold its next meeting on June 5.\n"
            ),
        ),
    ]);
    let a3 = doc(&corpus, "a3.txt");
    assert_eq!(a3.published.as_deref(), Some("2036-04"), "{:?}", a3.published_evidence);
    assert!(a3.published_inferred);
}

#[test]
fn an_undated_page_is_not_dated_by_next_weeks_day_nor_by_a_day_of_last_year() {
    let dated = |file: &str, date: &str, body: &str| {
        Article::new(file, format!("Water latest\nBy Jane Doe\n{date}\n\n{body}\n"))
    };
    let story = "The Senate committee on water held hearings in Narrungal about the Kelvan weir.";
    let corpus = extract(&[
        dated("a1.txt", "February 3, 2038", &format!("{story} Farmers met on Tuesday.")),
        dated("a2.txt", "February 5, 2038", &format!("{story} The buyback opened on Wednesday.")),
        Article::new(
            "a3.txt",
            format!(
                "Irrigators vent anger at water inquiry\n\n{story} The committee held its first hearing on \
                 Tuesday, February 23. Prices peaked earlier this month. The tender will open as planned from \
                 next Monday, March 1. The weir last failed on Dec. 16 last year.\n"
            ),
        ),
    ]);
    let a3 = doc(&corpus, "a3.txt");
    assert_eq!(a3.published.as_deref(), Some("2038-02"), "{:?}", a3.published_evidence);
}

#[test]
fn a_european_date_line_with_its_clock_time_dates_the_page() {
    let corpus = extract(&[Article::new(
        "a.txt",
        "The Hospital Held Hostage\nHackers demand a ransom as prosecutors examine a death\n\
         A week after the attack, a group has claimed it. Investigators are looking into a death.\n\
         By Jonas Pfeiffer\n09.03.2037, 17.20 Uhr\n\n\
         The message appeared on Thursday evening. The group wants 85 bitcoin.\n",
    )]);
    assert_eq!(doc(&corpus, "a.txt").published.as_deref(), Some("2037-03-09"));
}

#[test]
fn a_family_name_alone_joins_the_full_name_another_article_recognised() {
    let corpus = extract(&[
        page("a.txt", "Governor Osaro Ekhaguere thanked voters in Benin City on Monday."),
        page(
            "b.txt",
            "The commission on Monday declared Osaro Ekhaguere of the Progressive Alliance Party the winner. \
             Mr Ekhaguere thanked voters.",
        ),
    ]);
    let b = doc(&corpus, "b.txt");
    let people: Vec<_> = b.entities.iter().filter(|e| e.kind == EntityKind::Person).collect();
    assert_eq!(people.len(), 1, "{people:?}");
    assert_eq!(people[0].name, "Osaro Ekhaguere");
    assert!(people[0].aliases.iter().any(|a| a == "Ekhaguere"), "{people:?}");
}

#[test]
fn decades_bond_maturities_and_records_since_a_date_are_not_events() {
    let corpus = extract(&[page(
        "a.txt",
        "The treasury sold a new 2047 bond on Monday. Holders of the notes due 2046 will be paid. \
         Shares posted their strongest daily gain since 2030 on Tuesday. \
         Farmers have been promised help since the 1990s. \
         It was the largest quake since November 2024, when an eruption killed nine people. \
         The company opened its first plant in 2009.",
    )]);
    let dates: Vec<&str> = corpus.events.iter().map(|e| e.date.as_str()).collect();
    for not_events in ["2047", "2046", "2030", "199"] {
        assert!(!dates.contains(&not_events), "{not_events} in {dates:?}");
    }
    // The sale on Monday and the gain on Tuesday are events, as is what happened "when".
    assert_eq!(dates.iter().filter(|d| d.starts_with("2036-04-")).count(), 2, "{dates:?}");
    for events in ["2024-11", "2009"] {
        assert!(dates.contains(&events), "{events} not in {dates:?}");
    }
}
