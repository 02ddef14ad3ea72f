//! Article metadata: headline, outlet, author and printed publication date.
//!
//! Approach: [`crate::clean`] has already told the headline and the short metadata lines
//! (mastheads, bylines, date lines) from the body. The outlet comes, in order of trust, from a
//! web domain in a metadata line ("UrduPoint.com"), a masthead line above the headline ("The
//! Korea Herald"), the dateline that opens the body ("MOSCOW (UrduPoint News / Sputnik -
//! ...)", "SEOUL, Nov. 8 (Yonhap) --"), a credit printed alone ("(Yonhap)"), or a "Source:"
//! line naming a known outlet ("Source: Al Jazeera and news agencies"). The author
//! comes from "By Name" or "Name 13 seconds ago". The publication date is the first full date
//! in a "Published"/"date" line, else in any metadata line, else in an "Updated" line, else
//! in the dateline;
//! dates are read by [`crate::dates`], so every printed form it knows counts.
//!
//! When no line prints a full date, the day in the page's own address is taken
//! ("Permalink: https://…/2027/03/25/…", or an address alone on the first or last line). A
//! day without a year on a date line ("Last updated: Sat 18 Aug") or in the dateline
//! ("ISLAMABAD, July 29 (Reuters) -") is kept for [`crate::infer`] to place in a year. A
//! numeric date whose two fields could both be months ("03/09/2038") is read day first unless
//! the days the page prints in words say it is month first.
//!
//! Limits: an outlet named only in a logo image is not seen; an address among related links
//! is not read; an article that prints no date is dated later by [`crate::infer`].

use crate::clean::{Cleaned, LineRole};
use crate::dates::{find_dates, DateContext, Yearless};
use crate::model::Span;
use crate::timevalue::{Granularity, TimeValue};

/// What the page says about itself.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Meta {
    pub title: Option<String>,
    pub source: Option<String>,
    pub author: Option<String>,
    /// The printed publication date and the line it was read from.
    pub published: Option<(TimeValue, String)>,
    /// When no full date is printed: a day printed without its year on a dated line ("Last
    /// updated: Sat 18 Aug"), for [`crate::infer`] to place in a year.
    pub published_yearless: Option<(Yearless, String)>,
}

/// Reads the metadata of a cleaned page.
pub fn read(raw: &str, cleaned: &Cleaned, sentences: &[Span]) -> Meta {
    let text = |s: Span| raw[s.start..s.end].trim();
    let meta_lines: Vec<&str> = cleaned.meta_lines().map(text).collect();
    let first_sentence = sentences.first().map(|s| text(*s)).unwrap_or("");
    let title = cleaned.title().map(|s| collapse_whitespace(text(s)));
    // Lines at the top of the article that were not taken as its metadata (a byline run
    // together with the outlet, the place and the date by pipes reads as navigation; a
    // standfirst may come before it).
    let body_start = sentences.get(2).map_or(raw.len(), |s| s.start);
    let furniture_above: Vec<&str> = cleaned
        .lines
        .iter()
        .filter(|l| l.role == LineRole::Furniture && l.span.end <= body_start)
        .map(|l| text(l.span))
        .collect();
    // The lines just under the headline, where a byline without "By" stands.
    let title_end = cleaned.title().map(|s| s.end);
    let under_headline: Vec<&str> = cleaned
        .lines
        .iter()
        .filter(|l| matches!(l.role, LineRole::Meta | LineRole::Furniture))
        .filter(|l| title_end.is_some_and(|end| l.span.start >= end) && l.span.end <= body_start)
        .take(4)
        .map(|l| text(l.span))
        .collect();
    let is_day = |d: &(TimeValue, String)| d.0.granularity() == Some(Granularity::Day);
    let published = match publication_date(&meta_lines, first_sentence) {
        Some(day) if is_day(&day) => Some(day),
        printed => url_date(raw)
            .or_else(|| print_edition_date(raw, cleaned))
            .or_else(|| publication_date(&furniture_above, "").filter(is_day))
            .or(printed),
    };
    // "03/09/2038" over a caption "CNA photo March 9, 2038": the page's words say which
    // field of an ambiguous numeric date is the month.
    let top_end = sentences.get(5).map_or(raw.len(), |s| s.start);
    let published =
        published.map(|(value, printed)| (month_first_if_worded(raw, top_end, value, &printed), printed));
    let title_start = cleaned.title().map_or(0, |s| s.start);
    let mastheads = cleaned
        .lines
        .iter()
        .filter(|l| l.role == LineRole::Meta && l.span.end <= title_start)
        .map(|l| text(l.span));
    let credits = cleaned
        .lines
        .iter()
        .filter(|l| matches!(l.role, LineRole::Furniture | LineRole::Duplicate))
        .map(|l| text(l.span))
        .chain(sentences.iter().map(|s| text(*s)));
    let known = |name: String| crate::entities::known_outlet(&name).map_or(name, str::to_string);
    let source = meta_lines
        .iter()
        .find_map(|l| domain_name(l))
        .or_else(|| mastheads.clone().find_map(known_masthead))
        .or_else(|| dateline_outlet(first_sentence))
        .or_else(|| credits.clone().find_map(trailing_credit))
        .or_else(|| cleaned.lines.iter().find_map(|l| source_line(text(l.span))))
        .or_else(|| mastheads.clone().find_map(masthead))
        .or_else(|| top_line_masthead(raw))
        .map(known);
    Meta {
        title,
        source,
        author: meta_lines
            .iter()
            .find_map(|l| author(l))
            .or_else(|| under_headline.iter().find_map(|l| bare_byline(l))),
        published_yearless: published
            .is_none()
            .then(|| yearless_publication_day(&meta_lines, first_sentence))
            .flatten(),
        published,
    }
}

/// A publication date read day first from a numeric date whose two fields could both be
/// months ("03/09/2038": 3 September) is read month first (9 March) when the top of the page
/// prints that day in words and not the other ("Hsinchu, March 9 (CNA)"), or when the days the
/// page prints in words lie within [`NEAR_WORDED_DAYS`] of the month-first day and none within
/// [`FAR_WORDED_DAYS`] of the day-first one ("06/09/2037" over a story of "June 2" and "May
/// 28").
fn month_first_if_worded(raw: &str, top_end: usize, value: TimeValue, printed: &str) -> TimeValue {
    let TimeValue::Day(date) = value else { return value };
    let fields: Vec<&str> = printed.split_whitespace().next().unwrap_or("").split(['/', '.', '-']).collect();
    let day_first_numeric = fields.len() == 3
        && fields.iter().all(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
        && fields[0].len() <= 2
        && fields[1].len() <= 2;
    if !day_first_numeric || date.day() > 12 || date.day() == date.month() {
        return value;
    }
    let Some(swapped) = TimeValue::day(date.year(), date.day(), date.month()) else { return value };
    let TimeValue::Day(swapped_date) = swapped else { return value };
    // The days the page prints in words, read once: (where, month, day).
    let in_page: Vec<(usize, i8, i8)> = find_dates(raw, &mut DateContext::default())
        .iter()
        .filter(|f| matches!(f.rule, "month-day" | "day-month"))
        .filter_map(|f| match (&f.value, f.yearless) {
            (Some(TimeValue::Day(d)), _) => Some((f.start, d.month(), d.day())),
            (_, Some(y)) => Some((f.start, y.month, y.day?)),
            _ => None,
        })
        .collect();
    let on = |d: jiff::civil::Date| {
        in_page.iter().any(|&(at, m, day)| at < top_end && (m, day) == (d.month(), d.day()))
    };
    if on(swapped_date) && !on(date) {
        return swapped;
    }
    let nearest = |d: jiff::civil::Date| {
        in_page
            .iter()
            .filter_map(|&(_, m, day)| jiff::civil::Date::new(d.year(), m, day).ok())
            .filter_map(|w| (w - d).get_days().checked_abs())
            .min()
    };
    let near = |d| nearest(d).is_some_and(|n| n <= NEAR_WORDED_DAYS);
    let far = |d| nearest(d).is_none_or(|n| n > FAR_WORDED_DAYS);
    if !on(date) && near(swapped_date) && far(date) {
        swapped
    } else {
        value
    }
}

/// How many days from a reading of an ambiguous numeric date the page's worded days may lie
/// and still say which reading is right.
const NEAR_WORDED_DAYS: i32 = 10;

/// How far from the other reading all of them must lie.
const FAR_WORDED_DAYS: i32 = 30;

/// "Last updated: Sat 18 Aug": a day and month without a year on a line labelled as the
/// page's date; else the dateline's ("ISLAMABAD, July 29 (Reuters) -").
fn yearless_publication_day(meta_lines: &[&str], first_sentence: &str) -> Option<(Yearless, String)> {
    let day_in = |line: &str, dateline: bool| {
        find_dates(line, &mut DateContext::default()).into_iter().find_map(|f| {
            f.yearless
                .filter(|y| y.day.is_some() && (!dateline || opens_dateline(&line[..f.start])))
                .map(|y| (y, collapse_whitespace(&line[f.start..f.end])))
        })
    };
    let dateline = &first_sentence[..first_sentence.floor_char_boundary(160)];
    meta_lines
        .iter()
        .filter(|l| is_date_labelled(l))
        .find_map(|line| day_in(line, false))
        .or_else(|| dateline_parenthesis(dateline).and_then(|_| day_in(dateline, true)))
}

/// Whether a line says it holds the page's date ("Published", "Last updated: ..."): a label
/// among its first three words, on a short line ("first court date set for March 15", a
/// standfirst, is no date line).
fn is_date_labelled(line: &str) -> bool {
    date_label(line).is_some()
}

/// The label of a date line among its first three words ("published", "updated", ...), on a
/// short line; the first such label when there are several.
fn date_label(line: &str) -> Option<&'static str> {
    const LABELS: [&str; 5] = ["published", "posted", "date", "dated", "updated"];
    let lower = line.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().take(13).collect();
    if words.len() > 12 {
        return None;
    }
    words.iter().take(3).find_map(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        LABELS.into_iter().find(|&label| label == w)
    })
}

/// "A version of this article appears in print on February 21, 2030": the day of the print
/// edition, for a page that prints no other full date.
fn print_edition_date(raw: &str, cleaned: &Cleaned) -> Option<(TimeValue, String)> {
    cleaned.lines.iter().map(|l| raw[l.span.start..l.span.end].trim()).find_map(|line| {
        let lower = line.to_lowercase();
        if !["in print", "in the print", "print edition"].iter().any(|w| lower.contains(w)) {
            return None;
        }
        find_dates(line, &mut DateContext::default()).into_iter().find_map(|f| {
            let value = f.value.filter(|v| v.granularity() == Some(Granularity::Day))?;
            Some((value, collapse_whitespace(&line[f.start..f.end])))
        })
    })
}

/// Labels of a line that holds the page's own address.
const OWN_URL_LABELS: &[&str] = &["permalink", "canonical", "url", "link to this", "source", "original"];

/// The day in the page's own address, "https://example.com/news/2027/03/25/slug" or
/// ".../2027-03-25-slug": only from a line that holds one address and either says it is the
/// page's (a "Permalink:" or "URL:" label) or is the first or last line of the page, so the
/// addresses of related articles are not read.
fn url_date(raw: &str) -> Option<(TimeValue, String)> {
    let lines: Vec<&str> = raw.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let last = lines.len().checked_sub(1)?;
    lines.iter().enumerate().find_map(|(i, line)| {
        let lower = line.to_ascii_lowercase();
        let labelled = OWN_URL_LABELS.iter().any(|l| lower.starts_with(l));
        let mut urls = line.split_whitespace().filter(|w| w.contains("://") || w.starts_with("www."));
        let url = urls.next()?;
        if urls.next().is_some() || !(labelled || i == 0 || i == last) {
            return None;
        }
        day_in_path(url).map(|v| (v, url.to_string()))
    })
}

/// "/2027/03/25/", "/2027-03-25", "/20270325": the first plausible day in an address's path.
fn day_in_path(url: &str) -> Option<TimeValue> {
    let path = url.split("://").nth(1).unwrap_or(url);
    let path = &path[path.find('/')?..];
    let digits: Vec<&str> = path.split(|c: char| !c.is_ascii_digit()).filter(|s| !s.is_empty()).collect();
    let plausible = |y: &str, m: &str, d: &str| -> Option<TimeValue> {
        let (y, m, d) = (y.parse::<i16>().ok()?, m.parse::<i8>().ok()?, d.parse::<i8>().ok()?);
        ((1990..=2100).contains(&y)).then(|| TimeValue::day(y, m, d)).flatten()
    };
    digits
        .windows(3)
        .find_map(|w| {
            (w[0].len() == 4 && w[1].len() <= 2 && w[2].len() <= 2)
                .then(|| plausible(w[0], w[1], w[2]))
                .flatten()
        })
        .or_else(|| {
            digits
                .iter()
                .find_map(|s| (s.len() == 8).then(|| plausible(&s[..4], &s[4..6], &s[6..])).flatten())
        })
}

/// Whitespace runs, including line breaks, become one space.
pub(crate) fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// "UrduPoint.com" → "UrduPoint": the name part of a web domain in the line.
fn domain_name(line: &str) -> Option<String> {
    const TLDS: &[&str] = &["com", "net", "org", "co", "news", "info", "tv"];
    line.split_whitespace().find_map(|word| {
        if word.contains('@') {
            return None;
        }
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        let (name, tld) = word.split_once('.')?;
        let tld = tld.split('.').next()?;
        let plausible = name.len() >= 3 && name.chars().all(|c| c.is_alphanumeric() || c == '-');
        (plausible && TLDS.contains(&tld.to_lowercase().as_str())).then(|| name.to_string())
    })
}

/// Words that name a newspaper or broadcaster in a masthead ("The Daily Planet").
const MASTHEAD_WORDS: &[&str] = &[
    "times",
    "herald",
    "post",
    "news",
    "daily",
    "journal",
    "tribune",
    "guardian",
    "gazette",
    "telegraph",
    "observer",
    "chronicle",
    "independent",
    "express",
    "mail",
    "star",
    "sun",
    "globe",
    "press",
    "review",
    "today",
    "standard",
    "courier",
    "monitor",
    "planet",
    "weekly",
    "radio",
    "tv",
    "television",
    "agency",
];

/// Words of a site's section labels ("World News", "U.S. News", "Latest News").
const SECTION_WORDS: &[&str] = &[
    "world",
    "u.s.",
    "us",
    "uk",
    "local",
    "national",
    "international",
    "business",
    "sports",
    "sport",
    "politics",
    "latest",
    "breaking",
    "top",
    "more",
    "all",
    "other",
    "tech",
    "science",
    "health",
    "opinion",
];

/// A masthead above the headline: a short capitalised line with no digits and a word that
/// names a paper or broadcaster, not only section words with it (navigation labels such as
/// "World" or "U.S. News").
fn masthead(line: &str) -> Option<String> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    if !lower.iter().any(|w| MASTHEAD_WORDS.contains(&w.as_str())) {
        return None;
    }
    let section = |w: &String| SECTION_WORDS.contains(&w.as_str());
    if lower.iter().any(section) && lower.iter().all(|w| section(w) || MASTHEAD_WORDS.contains(&w.as_str())) {
        return None;
    }
    let capitalised = words.iter().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()));
    let plain = !line.chars().any(|c| c.is_ascii_digit() || c == '@' || c == ':');
    let by = line.to_lowercase().starts_with("by ");
    ((1..=5).contains(&words.len()) && capitalised && plain && !by).then(|| line.to_string())
}

/// "FRANCE 24", "Lloyd's List", "El País": the page's first line, when it is a short name
/// in capitals right above the site's menu, is the outlet's masthead.
fn top_line_masthead(raw: &str) -> Option<String> {
    let mut lines = raw.lines().map(str::trim).filter(|l| !l.is_empty());
    let first = lines.next()?;
    let next = lines.next()?;
    let words: Vec<&str> = first.split_whitespace().collect();
    let name_like = (1..=4).contains(&words.len())
        && words.iter().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()))
        && !first.contains([':', '@', '|', '/'])
        && !words.iter().all(|w| SECTION_WORDS.contains(&w.to_lowercase().as_str()));
    let menu_below = crate::clean::is_menu(next) || next.matches('|').count() >= 2;
    (name_like && menu_below).then(|| first.to_string())
}

/// The outlet in a dateline: "MOSCOW (UrduPoint News / Sputnik - 20th ...)" → "UrduPoint",
/// "SEOUL, Nov. 8 (Yonhap) --" → "Yonhap", "LONDON (Reuters) -" → "Reuters".
fn dateline_outlet(sentence: &str) -> Option<String> {
    let (open, close) = dateline_parenthesis(sentence)?;
    let inside = &sentence[open + 1..close];
    let end = inside.find(['/', '-', '–', '—', ',']).unwrap_or(inside.len());
    let name = inside[..end].trim();
    let name = name.strip_suffix(" News").unwrap_or(name).trim();
    (!name.is_empty() && name.chars().next()?.is_uppercase()).then(|| name.to_string())
}

/// The byte offsets of the parentheses of a dateline that opens `text`: a place in capitals,
/// maybe a date, then "(Agency ...)" closed early in the sentence.
pub(crate) fn dateline_parenthesis(text: &str) -> Option<(usize, usize)> {
    let first = text.split(|c: char| c == ',' || c.is_whitespace()).next()?;
    let place_in_capitals =
        first.len() >= 3 && first.chars().all(|c| c.is_uppercase() || c == '-' || c == '.');
    if !place_in_capitals {
        return None;
    }
    let open = text.find('(')?;
    let close = open + text[open..].find(')')?;
    (close < 160).then_some((open, close))
}

/// A credit printed alone or at the end of a paragraph: "(Yonhap)".
fn trailing_credit(text: &str) -> Option<String> {
    let inner = text.trim().strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let name = inner[open + 1..].trim();
    let words = name.split_whitespace().count();
    let capitalised = name.chars().next().is_some_and(char::is_uppercase);
    let photo = name.to_lowercase().contains("photo");
    ((1..=3).contains(&words) && capitalised && !photo && !name.chars().any(|c| c.is_ascii_digit()))
        .then(|| name.to_string())
}

/// A masthead line naming a known outlet, alone or before a link label or a wire credit ("The
/// Guardian - Back to home", "BBC | Home", "Le Monde with AFP").
fn known_masthead(line: &str) -> Option<String> {
    let name = [" - ", " | ", " – ", " — ", " with "]
        .iter()
        .fold(line, |name, sep| name.split(sep).next().unwrap_or(name))
        .trim();
    crate::entities::known_outlet(name).map(|_| name.to_string())
}

/// "Source: Al Jazeera and news agencies" → "Al Jazeera", for an outlet the data files know.
fn source_line(text: &str) -> Option<String> {
    let rest = text.strip_prefix("Source:").or_else(|| text.strip_prefix("SOURCE:"))?;
    let first = rest.split([',', '/', ';', '(']).next()?.split(" and ").next()?.trim();
    crate::entities::known_outlet(first).map(str::to_string)
}

/// The author credited on a line: "By Jane Roe and John Doe", "By: Jerome P. Galang -
/// Correspondent", "Author: Emily Hartmann", "Posted on January 12th, 2032 by Ben Hollis",
/// "By Pacific affairs reporter Bethany Cole and Liam Parere in Port Moresby", or "Jane Roe,
/// 5 hours ago".
fn author(line: &str) -> Option<String> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let label = |w: &str| w.trim_end_matches(':').eq_ignore_ascii_case("by");
    // "by" opens the line, or follows "Text", "Written", a date or a slash: "run by Tanzania
    // Red Cross Society" in a caption credits no one.
    let credits_at = |p: usize| {
        p == 0
            || ["text", "written", "words", "reporting", "story", "/"]
                .iter()
                .any(|w| words[p - 1].eq_ignore_ascii_case(w))
            || words[..p].iter().any(|w| w.chars().any(|c| c.is_ascii_digit()))
    };
    if let Some(by) = words.iter().take(8).position(|w| label(w)).filter(|&p| credits_at(p)) {
        return credited_names(after_words(line, by + 1), true);
    }
    if words.first().is_some_and(|w| w.trim_end_matches(':').eq_ignore_ascii_case("author")) {
        let skip =
            if crate::clean::starts_with_ignore_ascii_case(line, "author of the article") { 4 } else { 1 };
        return credited_names(after_words(line, skip).trim_start_matches(':').trim_start(), true);
    }
    if let Some(name) = crate::clean::name_after_date(line) {
        return credited_names(name, false);
    }
    let ago = words.iter().position(|w| w.eq_ignore_ascii_case("ago"))?;
    let number = ago.checked_sub(2)?;
    words[number].parse::<u32>().ok()?;
    credited_names(&words[..number].join(" "), false)
}

/// `line` after its first `n` words, as printed (the spaces between the rest kept: two of them
/// part a byline from its outlet).
fn after_words(line: &str, n: usize) -> &str {
    let mut rest = line.trim_start();
    for _ in 0..n {
        rest = rest.find(char::is_whitespace).map_or("", |i| rest[i..].trim_start());
    }
    rest
}

/// The persons a credit names, joined by "and". The credit ends at what is no name: a
/// bracket, an address, a separator ("|", "/", "·", " - "), a figure, "on" before a date, or
/// a part that is an outlet or a job ("Kieran Doyle, ESPN FC", "Rachel Ahn, Seoul
/// correspondent"). Names are parted by commas, "and", "&" and "with"; a place after "in"
/// and a paper after "for" belong to the name before them. With `after_role`, a name is the
/// capitalised words that end its part ("Pacific affairs reporter Bethany Cole").
fn credited_names(credit: &str, after_role: bool) -> Option<String> {
    let cut = credit
        .char_indices()
        .find(|&(i, c)| {
            matches!(c, '(' | '[' | '@' | '|' | '/' | '·' | '—' | '–' | ';')
                || c.is_ascii_digit()
                || credit[i..].starts_with(" - ")
                || credit[i..].starts_with("  ")
                || credit[i..].starts_with(" on ")
        })
        .map_or(credit.len(), |(i, _)| i);
    let credit = &credit[..cut];
    let all_caps = credit
        .split_whitespace()
        .filter(|w| !["and", "with", "in", "for"].contains(w))
        .all(|w| !w.chars().any(char::is_lowercase));
    let mut names = Vec::new();
    for part in credit.replace(" and ", ",").replace(" & ", ",").replace(" with ", ",").split(',') {
        let part = part.split(" in ").next().unwrap_or("");
        let part = part.split(" for ").next().unwrap_or("");
        // "Hoang Phong March 11", "Posted: Jul 28": a month or a label ends the name.
        let words: Vec<&str> = part
            .split_whitespace()
            .take_while(|w| !w.ends_with(':') && !crate::dates::is_month_name(w.trim_end_matches(['.', ','])))
            .collect();
        if words.is_empty() {
            break;
        }
        let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
        let start = if after_role {
            words.len() - words.iter().rev().take_while(|w| capitalised(w)).count()
        } else {
            0
        };
        let name = &words[start..];
        // An acronym in mixed-case print is an outlet or a desk ("ESPN FC"), not a person.
        let acronym = |w: &&str| {
            !all_caps
                && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !w.chars().any(char::is_lowercase)
        };
        // "Privacy Policy and Use.": a sentence's end is no part of a name.
        let name_word = |w: &&str| capitalised(w) && !(w.ends_with('.') && w.chars().count() > 2);
        let ok = (2..=4).contains(&name.len())
            && name.iter().all(name_word)
            && !name.iter().any(|w| is_byline_role(w) || acronym(w))
            && name.first() != Some(&"The")
            && crate::entities::known_outlet(&name.join(" ")).is_none();
        if !ok {
            break;
        }
        names.push(name.iter().map(|w| as_printed_name(w)).collect::<Vec<_>>().join(" "));
    }
    (!names.is_empty()).then(|| names.join(" and "))
}

/// Words of a credit that name a job, not a person ("Senior Editor", "Staff Writer").
fn is_byline_role(word: &str) -> bool {
    const ROLES: &[&str] = &[
        "editor",
        "correspondent",
        "reporter",
        "writer",
        "staff",
        "senior",
        "chief",
        "desk",
        "contributor",
        "columnist",
        "producer",
        "news",
        "team",
        "bureau",
    ];
    ROLES.iter().any(|r| word.trim_end_matches(',').eq_ignore_ascii_case(r))
}

/// "ROBERTO SANCHEZ" as "Roberto Sanchez": a credit printed in capitals, named as running
/// text would print it.
fn as_printed_name(word: &str) -> String {
    let word = word.trim_end_matches(',');
    if word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.chars().any(char::is_lowercase) {
        let mut out = String::new();
        for (i, c) in word.chars().enumerate() {
            let after_letter = i > 0 && word.chars().nth(i - 1).is_some_and(char::is_alphabetic);
            if after_letter {
                out.extend(c.to_lowercase());
            } else {
                out.push(c);
            }
        }
        out
    } else {
        word.to_string()
    }
}

/// "Marta Kowalczyk", "Tessa Arnakak · CBC News · Posted: …", "Kenji Morrow 24/03/2038",
/// "Sizwe Mabaso and Annelie du Plessis", "Anisha Karki in Kathmandu": a line under the
/// headline that opens with persons' names. Its first word must be a known given name, or an
/// outlet must follow the names.
fn bare_byline(line: &str) -> Option<String> {
    let first = line.split_whitespace().next()?;
    let known_given = crate::entities::is_given_name(first);
    let outlet_after = line
        .split(['·', '|', '—', '–', '/', '-', ','])
        .skip(1)
        .any(|part| crate::entities::known_outlet(part.trim()).is_some());
    // "Hannah Bradbury Education correspondent": the beat after the name is no part of it.
    let words: Vec<&str> = line.split_whitespace().collect();
    let beat = words.iter().position(|w| w.chars().all(char::is_lowercase) && is_byline_role(w));
    let line = match beat {
        Some(b) if b >= 3 => words[..b - 1].join(" "),
        _ => line.to_string(),
    };
    (known_given || outlet_after).then(|| credited_names(&line, false)).flatten()
}

/// The first day-level (else month-level) date with a year in the preferred lines: those
/// labelled as the page's date, then the other metadata lines, then those that give only the
/// last update ("Updated on November 14, 2034": a plain date line above it, "November 13, 2034
/// at 9:41 PM EST", is the day the page was first published), then the dateline.
fn publication_date(meta_lines: &[&str], first_sentence: &str) -> Option<(TimeValue, String)> {
    let dateline = &first_sentence[..first_sentence.floor_char_boundary(160)];
    let mut ranked: Vec<(u8, &str)> = meta_lines
        .iter()
        .map(|&l| {
            let rank = match date_label(l) {
                Some("updated") => 2,
                Some(_) => 0,
                None => 1,
            };
            (rank, l)
        })
        .collect();
    ranked.sort_by_key(|&(rank, _)| rank);
    let ordered = ranked.into_iter().map(|(_, l)| (l, false)).chain(std::iter::once((dateline, true)));
    let mut month_level = None;
    for (line, is_dateline) in ordered {
        for found in find_dates(line, &mut DateContext::default()) {
            // The body's first sentence gives only a dateline's day ("SEOUL, Nov. 8 (Yonhap)"),
            // never a date of its prose ("will race again in March 2039").
            if is_dateline && !opens_dateline(&line[..found.start]) {
                continue;
            }
            match found.value.as_ref().and_then(TimeValue::granularity) {
                Some(Granularity::Day) => {
                    return found.value.map(|v| (v, collapse_whitespace(&line[found.start..found.end])));
                }
                Some(Granularity::Month) if month_level.is_none() => {
                    month_level =
                        found.value.map(|v| (v, collapse_whitespace(&line[found.start..found.end])));
                }
                _ => {}
            }
        }
    }
    month_level
}

/// Whether the words before a date are those of a dateline: place names and punctuation, no
/// word of prose ("SEOUL, ", "MILAN, ", not "Gudeta will race again in ").
fn opens_dateline(before: &str) -> bool {
    before.split_whitespace().all(|w| !w.starts_with(|c: char| c.is_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(raw: &str) -> Meta {
        let cleaned = crate::clean::clean(raw);
        let body: Vec<Span> = cleaned.body().collect();
        read(raw, &cleaned, &crate::sentences::split(raw, &body))
    }

    #[test]
    fn a_date_in_the_first_sentences_prose_is_no_publication_date() {
        let raw = "Headline here\n\nThe champion will be allowed to race again in March 2039 after the \
                   court cut her ban.\n\nShe said so on Monday.\n";
        assert_eq!(meta(raw).published, None);
        let raw = "Headline here\n\nSEOUL, Nov. 8, 2019 (Yonhap) -- South Korea said on Friday it would \
                   act.\n";
        assert_eq!(meta(raw).published.map(|(v, _)| v.to_string()).as_deref(), Some("2019-11-08"));
    }

    #[test]
    fn a_page_is_dated_to_its_first_publication_not_its_last_update() {
        let raw = "Airlines\n\nBudget airline seeks bankruptcy protection\n\nBy Ana Ruiz\nNovember 13, \
                   2034 at 9:41 PM EST\nUpdated on November 14, 2034 at 8:05 AM EST\n\nThe airline filed \
                   for protection on Monday, it said.\n";
        assert_eq!(meta(raw).published.map(|(v, _)| v.to_string()).as_deref(), Some("2034-11-13"));
        // With no other date line, the update's day is the best there is.
        let raw = "Budget airline seeks bankruptcy protection\n\nUpdated on November 14, 2034\n\nThe \
                   airline filed for protection on Monday, it said.\n";
        assert_eq!(meta(raw).published.map(|(v, _)| v.to_string()).as_deref(), Some("2034-11-14"));
    }

    #[test]
    fn a_date_line_with_the_writers_name_run_on_dates_and_signs_the_page() {
        let raw = "pv magazine\n\nOderwatt files for insolvency\n\nFebruary 7, 2039 Jonas Reichelt\n\n\
                   Oderwatt Solar AG filed for insolvency at the local court on Friday, the company said.\n";
        let m = meta(raw);
        assert_eq!(m.published.map(|(v, _)| v.to_string()).as_deref(), Some("2039-02-07"));
        assert_eq!(m.author.as_deref(), Some("Jonas Reichelt"));
    }

    #[test]
    fn a_page_dated_only_by_its_print_edition() {
        let m = meta(
            "The Daily Planet\nPosted: 2 days ago\nCrash inquiry opens as families wait\n\nThe inquiry \
             opened on Tuesday, officials said.\n\nA version of this article appears in print on February \
             21, 2030, of The Daily Planet.",
        );
        assert_eq!(m.published.map(|p| p.0.to_iso()).as_deref(), Some("2030-02-21"));
    }

    #[test]
    fn a_datelines_day_without_a_year_is_kept_for_inference() {
        let m = meta(
            "Army airlifts engineers after flood\n\nISLAMABAD, July 29 (Reuters) - Army helicopters \
                      evacuated 43 engineers on Wednesday.\n",
        );
        assert_eq!(m.published, None);
        assert_eq!(m.published_yearless.map(|(_, text)| text).as_deref(), Some("July 29"));
        // A day in the first sentence's prose is no dateline's.
        let m = meta("Flood relief\n\nThe army said on July 29 that it had evacuated 43 engineers.\n");
        assert_eq!(m.published_yearless, None);
    }

    #[test]
    fn a_yearless_day_is_the_pages_only_on_a_short_line_labelled_as_its_date() {
        let m = meta("Last updated: Sat 18 Aug\nFloods close the valley road\n\nThe road closed on Friday, police said.");
        assert_eq!(m.published_yearless.map(|(_, text)| text).as_deref(), Some("Sat 18 Aug"));
        // A standfirst that speaks of a date is not the page's date line.
        let m = meta(
            "Canada charges shipping firm over tanker spill\nOwner faces five counts; first court date set for \
             March 15\n\nProsecutors have charged the company, officials said on Tuesday.",
        );
        assert_eq!(m.published_yearless, None);
    }

    #[test]
    fn a_date_in_a_byline_run_together_by_pipes_under_a_standfirst() {
        let m = meta(
            "News\nRomania launches mass measles vaccination drive\nMobile clinics are touring villages in the \
             south, while MPs prepare to vote.\nMarian Chiriac | BIRN | Bucharest | 19.03.2037\nShare: Facebook | \
             Twitter\nThe first units set off on Monday from Craiova, the ministry said.",
        );
        assert_eq!(m.published.map(|p| p.0.to_iso()).as_deref(), Some("2037-03-19"));
    }

    #[test]
    fn outlet_from_domain_masthead_dateline_or_credit() {
        let cases = [
            ("date 2019-07-11 Example.com\nBig Headline About Things Here\n\nSome body text goes here in a sentence.", "Example"),
            ("The Daily Planet\n\nCity council approves the new budget plan\n\nThe council voted on Monday to approve it.", "The Daily Planet"),
            ("World\nBusiness\nTalks resume over the trade row\n\nLONDON (Reuters) - Talks resumed on Monday between the two sides.", "Reuters"),
            ("Talks resume over the trade row\n\nTalks resumed on Monday between the two sides, they said.\n\n(Yonhap)", "Yonhap"),
            // A section label is not a masthead; the dateline's credit names the outlet.
            ("U.S. News\nWorld News\nStorm makes landfall on the coast tonight\n\nSIESTA KEY, Fla. (AP) — The storm made landfall on Wednesday.", "Associated Press"),
            ("Talks resume over the trade row\n\nTalks resumed on Monday between the two sides, they said.\n\nSource: Al Jazeera and news agencies", "Al Jazeera"),
            ("The Guardian - Back to home\nNews\nOpinion\nSport\nFloods: death toll rises as rescuers search\n\nThe toll rose on Friday, officials said in a statement.", "The Guardian"),
            ("Daily News\nStorm makes landfall on the coast tonight\n\nThe storm made landfall on Wednesday, officials said.", "Daily News"),
            ("Le Monde with AFP\nPublished on March 14, 2025\nFrance to raise defense spending, Macron says\n\nPresident Emmanuel Macron said on Friday that France would spend more.", "Le Monde"),
        ];
        for (page, source) in cases {
            assert_eq!(meta(page).source.as_deref(), Some(source), "{page}");
        }
        let m = meta("The Daily Planet\n\nCity council approves the new budget plan\n\nThe council voted on Monday to approve it.");
        assert_eq!(m.title.as_deref(), Some("City council approves the new budget plan"));
    }

    #[test]
    fn author_from_by_line_or_time_ago_line() {
        assert_eq!(author("By Shin Ji-hye (shinjh@example.com)").as_deref(), Some("Shin Ji-hye"));
        assert_eq!(
            author("Jane Q Public 4 minutes ago Thu 29th August 2019 | 06:47 PM").as_deref(),
            Some("Jane Q Public")
        );
        assert_eq!(author("Published : March 10, 2020 - 13:59"), None);
        assert_eq!(author("By Jane Roe and John Doe").as_deref(), Some("Jane Roe and John Doe"));
        assert_eq!(author("By Aisha Rahman, BBC News, Tampa").as_deref(), Some("Aisha Rahman"));
        assert_eq!(
            author("By Jane Roe, John Doe and Ann Lee").as_deref(),
            Some("Jane Roe and John Doe and Ann Lee")
        );
        for (line, name) in [
            (
                "By Pacific affairs reporter Bethany Cole and Liam Parere in Port Moresby",
                Some("Bethany Cole and Liam Parere"),
            ),
            ("By: Jerome P. Galang - Correspondent / @InquirerNorLuzon", Some("Jerome P. Galang")),
            ("Author: Emily Hartmann", Some("Emily Hartmann")),
            ("Posted on January 12th, 2032 by Ben Hollis", Some("Ben Hollis")),
            ("By ROBERTO SANCHEZ and EMILY HART", Some("Roberto Sanchez and Emily Hart")),
            ("By Martin Keogh and Senior Editor", Some("Martin Keogh")),
            ("By Hoang Phong   March 11, 2027 | 05:12 pm GMT+7", Some("Hoang Phong")),
            ("By Sasha Lindqvist  Global News", Some("Sasha Lindqvist")),
            // A caption's "by" credits no one.
            ("Tents run by Tanzania Red Cross Society at the camp", None),
        ] {
            assert_eq!(author(line).as_deref(), name, "{line}");
        }
    }

    #[test]
    fn a_short_first_line_above_the_menu_is_the_masthead() {
        let m = meta("FRANCE 24\nLive | Africa | Americas | Asia-Pacific | Europe\nDockers strike in Valencia\n\nThe port was closed on Monday, officials said.");
        assert_eq!(m.source.as_deref(), Some("France 24"));
        // A section label above a menu is no outlet.
        let m = meta("World\nLive | Africa | Americas | Asia-Pacific | Europe\nDockers strike in Valencia\n\nThe port was closed on Monday, officials said.");
        assert_eq!(m.source, None);
    }

    #[test]
    fn a_byline_without_by_under_the_headline() {
        let m = meta("News\nTrain crash kills eleven near the capital\nMarta Kowalczyk\n\nThe train hit a freight train on Thursday, officials said.");
        assert_eq!(m.author.as_deref(), Some("Marta Kowalczyk"));
        let m = meta("Train crash kills eleven near the capital\nKenji Morrow 24/03/2038\n\nThe train hit a freight train on Thursday, officials said.");
        assert_eq!(m.author.as_deref(), Some("Kenji Morrow"));
        // A line of capitalised words that is no one's name is no byline.
        let m = meta("Train crash kills eleven near the capital\nRegional News Desk\n\nThe train hit a freight train on Thursday, officials said.");
        assert_eq!(m.author, None);
    }

    #[test]
    fn the_day_in_the_pages_own_address_dates_a_page_that_prints_none() {
        let page = "Site\nBridge panel blames corroded tendons\nPosted 6 hours ago\n\nThe panel met on \
                    Tuesday to hear the engineers.\nRelated: https://example.com/2020/01/02/old-story/\n\
                    Permalink: https://example.com/latest/2027/03/25/bridge-panel/\n";
        let published = meta(page).published.map(|(v, _)| v.to_iso());
        assert_eq!(published.as_deref(), Some("2027-03-25"));
        let related_only = "Site\nBridge panel blames corroded tendons\n\nThe panel met on Tuesday.\n\
                            Related: https://example.com/2020/01/02/old-story/\nMore text here.\n";
        assert_eq!(meta(related_only).published, None, "a related article's address is not the page's");
        let printed = "Site\nHeadline of the story here\nPublished 14 March 2027\n\nText.\n\
                       https://example.com/2027/03/25/x/\n";
        assert_eq!(meta(printed).published.map(|(v, _)| v.to_iso()).as_deref(), Some("2027-03-14"));
    }

    #[test]
    fn an_ambiguous_numeric_date_is_read_as_the_page_words_it() {
        let page = |caption: &str| {
            format!(
                "Focus Taiwan\nFire guts clean room at chip plant in science park\n03/09/2038 08:15 PM\n\
                 {caption}\nHsinchu, Taiwan - A fire broke out at the plant early on Tuesday.\n\
                 Firefighters fought it for six hours, officials said.\n"
            )
        };
        let published = |caption: &str| meta(&page(caption)).published.map(|(v, _)| v.to_iso());
        assert_eq!(
            published("Firefighters at the plant. CNA photo March 9, 2038").as_deref(),
            Some("2038-03-09")
        );
        // With no day in words, or the day-first day in words, day first stands.
        assert_eq!(published("Firefighters at the plant.").as_deref(), Some("2038-09-03"));
        assert_eq!(
            published("Firefighters at the plant. Photo 3 September 2038").as_deref(),
            Some("2038-09-03")
        );
    }

    #[test]
    fn an_ambiguous_numeric_date_is_read_as_the_days_the_story_prints() {
        let page = |days: &str| {
            format!(
                "DW\nOwners take carmaker to court over battery recall\n06/09/2037\n\nOwners filed suit in \
                 Dusseldorf on Tuesday. {days}\nThe company said it would fight the case, officials said.\n"
            )
        };
        let published = |days: &str| meta(&page(days)).published.map(|(v, _)| v.to_iso());
        let june = "The regulator widened the recall on June 2, after an update was paused on May 28.";
        assert_eq!(published(june).as_deref(), Some("2037-06-09"));
        let september = "The regulator widened the recall on September 1.";
        assert_eq!(published(september).as_deref(), Some("2037-09-06"));
    }
}
