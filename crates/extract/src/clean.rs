//! Boilerplate removal: which lines of a scraped page are the article.
//!
//! Approach: the page is cut into lines and each line gets one [`LineRole`] by general rules
//! of page layout, never by a list of known lines. Site furniture is short, lacks sentence
//! punctuation and is set in capitals, bullets or navigation words ("Back To Top", "MOST
//! POPULAR", "• Link copied"), or a menu on one line (three or more short labels set apart by
//! bars or runs of spaces: "World | Business | Markets"); stray fragments in another script than the article's are
//! dropped; a line repeated (the headline twice, a lead paragraph repeated under the
//! dateline, a caption printed twice in one line) is kept once. The first title-like line
//! after the header's last menu is the headline (a tagline or "Outlet - Back to home" above
//! the menus is not); short lines around it that carry a date or a "By" are the byline and
//! date line, read by [`crate::meta`], and so is a line that is a date and nothing else
//! ("12/01/2024"), or a place, a bullet and a date ("Palu ● Thu, August 13, 2037"), wherever
//! it stands. A numbered list of headlines under furniture ("Most
//! read", then "1. Oil steadies as …") is furniture. Everything else is body text.
//!
//! Limits: a page whose body paragraphs are all short and unpunctuated (a list of bullet
//! points) loses them as furniture; furniture longer than a dozen words with sentence
//! punctuation is kept as body.

use crate::fxhash::FastSet;
use crate::model::Span;

/// What a line of the raw page is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineRole {
    /// Article text.
    Body,
    /// The headline (the first one when printed twice).
    Title,
    /// A line near the top or bottom that carries a date, an author or an outlet.
    Meta,
    /// Navigation, share links, section lists, credits: dropped.
    Furniture,
    /// A repeat of an earlier line (or of the text before it in the same line): dropped.
    Duplicate,
    /// Text in another script than the article's: dropped.
    ForeignScript,
}

/// One non-empty line of the raw page, trimmed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    pub span: Span,
    pub role: LineRole,
}

/// The page split into classified lines.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cleaned {
    pub lines: Vec<Line>,
}

impl Cleaned {
    /// Byte ranges of the body text, in order.
    pub fn body(&self) -> impl Iterator<Item = Span> + '_ {
        self.lines.iter().filter(|l| l.role == LineRole::Body).map(|l| l.span)
    }

    /// The headline's byte range, if one was found.
    pub fn title(&self) -> Option<Span> {
        self.lines.iter().find(|l| l.role == LineRole::Title).map(|l| l.span)
    }

    /// Lines that are not body, not dropped: headline and metadata lines.
    pub fn meta_lines(&self) -> impl Iterator<Item = Span> + '_ {
        self.lines.iter().filter(|l| l.role == LineRole::Meta).map(|l| l.span)
    }
}

/// Words that, alone or in a short line, are site navigation or share widgets.
const FURNITURE_WORDS: &[&str] = &[
    "advertisement",
    "back",
    "bookmark",
    "comments",
    "contact",
    "cookie",
    "cookies",
    "copied",
    "copy",
    "copyright",
    "email",
    "e-mail",
    "facebook",
    "follow",
    "font",
    "home",
    "instagram",
    "latest",
    "link",
    "linkedin",
    "login",
    "menu",
    "more",
    "most",
    "newsletter",
    "next",
    "popular",
    "previous",
    "print",
    "privacy",
    "read",
    "related",
    "reserved",
    "rights",
    "search",
    "section",
    "share",
    "sign",
    "stories",
    "subscribe",
    "tags",
    "terms",
    "top",
    "trending",
    "twitter",
    "viewed",
    "whatsapp",
    "news",
    "to",
    "the",
    "on",
    "in",
    "and",
    "all",
    "up",
    "see",
    "also",
    "video",
    "videos",
    "photos",
    "reddit",
    "x",
    "telegram",
    "kakaotalk",
    "text",
    "size",
    "a",
    "of",
    "recommended",
    "click",
    "here",
    "more:",
    "from",
];

/// Cuts `raw` into classified lines.
pub fn clean(raw: &str) -> Cleaned {
    let mut lines: Vec<Line> = line_spans(raw).map(|span| Line { span, role: LineRole::Body }).collect();
    let script = dominant_script(raw);
    let keys = Keys::new(raw, &lines);
    let mut seen: FastSet<&str> = FastSet::default();
    let mut previous = None;
    for (i, line) in lines.iter_mut().enumerate() {
        let text = &raw[line.span.start..line.span.end];
        let key = keys.get(i);
        line.role = if is_foreign_script(text, script) {
            LineRole::ForeignScript
        } else if key.is_empty() {
            LineRole::Furniture
        } else if !seen.insert(key) {
            LineRole::Duplicate
        } else if is_furniture(text, key)
            || previous == Some(LineRole::Furniture) && (is_numbered_link(text) || is_bulleted_link(text))
        {
            LineRole::Furniture
        } else if is_meta_line(text) {
            LineRole::Meta
        } else {
            LineRole::Body
        };
        previous = Some(line.role);
    }
    drop_below_footer(raw, &mut lines);
    mark_headline(raw, &mut lines);
    drop_repeated_leads(&keys, &mut lines);
    for line in &mut lines {
        if line.role == LineRole::Body {
            line.span = first_half_if_doubled(raw, line.span);
        }
    }
    Cleaned { lines }
}

/// The [`normalise`]d key of every line, held in one string rather than one per line.
struct Keys {
    text: String,
    ends: Vec<usize>,
}

impl Keys {
    fn new(raw: &str, lines: &[Line]) -> Keys {
        let mut keys = Keys { text: String::with_capacity(raw.len()), ends: Vec::with_capacity(lines.len()) };
        for l in lines {
            normalise(&raw[l.span.start..l.span.end], &mut keys.text);
            keys.ends.push(keys.text.len());
        }
        keys
    }

    fn get(&self, i: usize) -> &str {
        let start = i.checked_sub(1).map_or(0, |p| self.ends[p]);
        &self.text[start..self.ends[i]]
    }
}

/// Byte ranges of the non-blank lines of `raw`, trimmed of surrounding whitespace.
fn line_spans(raw: &str) -> impl Iterator<Item = Span> + '_ {
    let mut offset = 0;
    raw.split_inclusive('\n').filter_map(move |line| {
        let start = offset;
        offset += line.len();
        let leading = line.len() - line.trim_start().len();
        let trimmed = line.trim();
        (!trimmed.is_empty()).then(|| Span { start: start + leading, end: start + leading + trimmed.len() })
    })
}

/// Lower-case letters and digits only, single spaces: the key for spotting repeats, appended
/// to `out`.
fn normalise(text: &str, out: &mut String) {
    let bytes = text.as_bytes();
    let from = out.len();
    let mut gap = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // Runs of ASCII letters and digits are copied whole, and lower-cased at the end.
        if b.is_ascii_alphanumeric() {
            let end =
                bytes[i..].iter().position(|b| !b.is_ascii_alphanumeric()).map_or(bytes.len(), |n| i + n);
            if gap && out.len() > from {
                out.push(' ');
            }
            gap = false;
            out.push_str(&text[i..end]);
            i = end;
            continue;
        }
        if b.is_ascii() {
            i += 1;
            gap = true;
            continue;
        }
        let Some(c) = text[i..].chars().next() else { break };
        i += c.len_utf8();
        if c.is_alphanumeric() {
            if gap && out.len() > from {
                out.push(' ');
            }
            gap = false;
            out.extend(c.to_lowercase());
        } else {
            gap = true;
        }
    }
    // Lower-casing outside ASCII never yields an ASCII capital, so this only touches the runs.
    out[from..].make_ascii_lowercase();
}

/// Whether most letters of the page are Latin.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Other,
}

fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c)
}

fn dominant_script(text: &str) -> Script {
    let bytes = text.as_bytes();
    // A character outside ASCII takes two bytes or more: when the ASCII letters alone reach
    // half the number of other bytes, they outnumber the other letters, and nothing needs
    // decoding. Counted in byte-sized lanes over short chunks, which the compiler vectorises.
    let (mut ascii_letters, mut non_ascii) = (0usize, 0usize);
    for chunk in bytes.chunks(255) {
        let (letters, other) = chunk.iter().fold((0u8, 0u8), |(l, o), b| {
            (l + u8::from(b.is_ascii_alphabetic()), o + u8::from(!b.is_ascii()))
        });
        ascii_letters += usize::from(letters);
        non_ascii += usize::from(other);
    }
    if ascii_letters >= non_ascii / 2 {
        return Script::Latin;
    }
    let (mut latin, mut other) = (0usize, 0usize);
    let mut i = 0;
    while i < bytes.len() {
        // ASCII letters are counted bytewise; only the other characters are decoded.
        if bytes[i].is_ascii() {
            latin += usize::from(bytes[i].is_ascii_alphabetic());
            i += 1;
            continue;
        }
        let Some(c) = text[i..].chars().next() else { break };
        i += c.len_utf8();
        if !c.is_alphabetic() {
            continue;
        }
        if is_latin(c) {
            latin += 1;
        } else {
            other += 1;
        }
    }
    if latin >= other {
        Script::Latin
    } else {
        Script::Other
    }
}

fn is_foreign_script(line: &str, page: Script) -> bool {
    page == Script::Latin && !line.is_ascii() && dominant_script(line) == Script::Other
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric))
}

/// `words(text).take(limit).count()` without the iterator machinery: this runs on every line.
/// Runs of ASCII bytes between spaces are skipped whole; other characters are decoded.
fn count_words(text: &str, limit: usize) -> usize {
    // The ASCII characters `char::is_whitespace` accepts.
    let space = |b: u8| matches!(b, b' ' | b'\t'..=b'\r');
    let bytes = text.as_bytes();
    let (mut n, mut i, mut alphanumeric) = (0, 0, false);
    while i < bytes.len() && n < limit {
        let b = bytes[i];
        let (is_space, alnum) = if space(b) {
            i += 1;
            (true, false)
        } else if b.is_ascii() {
            let end =
                bytes[i..].iter().position(|&b| space(b) || !b.is_ascii()).map_or(bytes.len(), |k| i + k);
            let alnum = bytes[i..end].iter().any(u8::is_ascii_alphanumeric);
            i = end;
            (false, alnum)
        } else {
            let Some(c) = text[i..].chars().next() else { break };
            i += c.len_utf8();
            (c.is_whitespace(), c.is_alphanumeric())
        };
        if is_space {
            n += usize::from(alphanumeric);
            alphanumeric = false;
        } else {
            alphanumeric |= alnum;
        }
    }
    (n + usize::from(alphanumeric)).min(limit)
}

/// Whether `needle` occurs in `haystack`: the standard library's vectorised search, except in
/// short haystacks, where setting that search up costs more than a plain scan.
fn contains(haystack: &str, needle: &str) -> bool {
    if needle.is_empty() || haystack.len() >= 64 {
        return haystack.contains(needle);
    }
    haystack.as_bytes().windows(needle.len()).any(|w| w == needle.as_bytes())
}

fn ends_like_sentence(text: &str) -> bool {
    let mut t = text.trim_end();
    // A trailing credit such as "(Yonhap)" or "(AP Photo)" does not end the sentence.
    if let Some(open) = t.strip_suffix(')').and_then(|rest| rest.rfind('(')) {
        if t.len() - open < 30 {
            t = t[..open].trim_end();
        }
    }
    let t = t.trim_end_matches(['"', '\'', '”', '’', ')', ']']);
    t.ends_with(['.', '!', '?', ':'])
}

/// Navigation, share widgets, section lists and credits. `key` is the line's [`normalise`]d key.
/// "1. Oil steadies as Middle East tensions ease": an item of a numbered list of headlines,
/// furniture when it follows furniture ("Most read").
fn is_numbered_link(text: &str) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &text[digits..];
    (1..=2).contains(&digits)
        && (rest.starts_with(". ") || rest.starts_with(") "))
        && !ends_like_sentence(text)
        && count_words(text, 20) < 20
}

/// "- Rice growers plant smallest crop in a decade": an item of a bulleted list of headlines,
/// furniture when it follows furniture ("Related stories"). A bulleted sentence ending in a
/// period is the article's own list.
fn is_bulleted_link(text: &str) -> bool {
    let bulleted = ["- ", "– ", "— ", "• "].iter().any(|b| text.starts_with(b));
    bulleted && !text.trim_end().ends_with('.') && count_words(text, 20) < 20
}

/// "Topics: Drought, Water, Fishing", "Tags: Nigeria, Elections": a page's subject labels.
fn is_label_list(text: &str) -> bool {
    const LABELS: &[&str] = &["topics:", "tags:", "filed under:", "related topics:", "more on:", "keywords:"];
    LABELS.iter().any(|l| starts_with_ignore_ascii_case(text.trim_start(), l))
        && !text.trim_end().ends_with('.')
        && count_words(text, 40) < 40
}

/// A footer's menu ("Contact | Privacy Policy | Terms of Use") in the lower half of a page that
/// has body text above it: every line after it is the footer too (notices, acknowledgements,
/// copyright), however it reads.
fn drop_below_footer(raw: &str, lines: &mut [Line]) {
    let text = |l: &Line| &raw[l.span.start..l.span.end];
    let footer_menu = |l: &Line| {
        l.role == LineRole::Furniture
            && is_menu(text(l))
            && ["privacy", "terms of use", "terms of service", "terms and conditions", "cookie policy"]
                .iter()
                .any(|w| contains_ignore_ascii_case(text(l), w))
    };
    let half = lines.len() / 2;
    let Some(footer) = (half..lines.len()).find(|&i| footer_menu(&lines[i])) else { return };
    if !lines[..footer].iter().any(|l| l.role == LineRole::Body) {
        return;
    }
    for line in &mut lines[footer + 1..] {
        if line.role == LineRole::Body {
            line.role = LineRole::Furniture;
        }
    }
}

fn is_furniture(text: &str, key: &str) -> bool {
    let n = count_words(text, 7);
    if n == 0 {
        return true;
    }
    let bulleted = text.starts_with(['•', '·', '*', '|', '►', '»', '>']);
    if bulleted && n <= 6 {
        return true;
    }
    // Copyright and rights notices, however long. Compared ignoring ASCII case, which for
    // these ASCII words is the same as comparing the lower-cased line.
    let trimmed = text.trim_start();
    if starts_with_ignore_ascii_case(trimmed, "copyright")
        || trimmed.starts_with('©')
        // The key holds the words of any printing of the notice: a vectorised search there
        // spares the exact one on almost every line.
        || contains(key, "all rights reserved") && contains_ignore_ascii_case(trimmed, "all rights reserved")
    {
        return true;
    }
    // An accessibility link ("Skip to main content") or a breadcrumb trail ("Business News >
    // India Business News > RBI rate cut"), however long.
    if starts_with_ignore_ascii_case(trimmed, "skip to ") && n <= 6 || is_breadcrumb(text) {
        return true;
    }
    // An outlet's pledge under the article: "Our Standards: The Thomson Reuters Trust
    // Principles.", "Editorial standards".
    if ["our standards", "editorial standards", "editorial guidelines"]
        .iter()
        .any(|p| starts_with_ignore_ascii_case(trimmed, p))
        && trimmed.len() < 80
    {
        return true;
    }
    // An appeal under the article: "Support PREMIUM TIMES' journalism of integrity".
    if starts_with_ignore_ascii_case(trimmed, "support ")
        && !ends_like_sentence(text)
        && count_words(text, 12) <= 10
    {
        return true;
    }
    // A credit alone on its line: "(Yonhap)", "(AP Photo)".
    if text.starts_with('(') && text.ends_with(')') && n <= 3 {
        return true;
    }
    if is_menu(text) || is_dated_link(text) || is_label_list(text) {
        return true;
    }
    if n > 5 || ends_like_sentence(text) && n > 3 {
        return false;
    }
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    let all_caps = letters.len() > 3 && letters.iter().all(|c| !c.is_lowercase());
    let furniture_word = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        FURNITURE_WORDS.contains(&w.as_str())
    };
    let navigation = words(text).all(furniture_word);
    // "Most viewed in World news", "Read more Morocco": a widget's label naming one section.
    let labelled_section = n >= 3
        && !ends_like_sentence(text)
        && words(text).next().is_some_and(|w| furniture_word(w) && !w.eq_ignore_ascii_case("the"))
        && words(text).filter(|w| !furniture_word(w)).count() <= 1;
    all_caps && !has_date_word(text) || navigation || labelled_section
}

/// "Business | 01/28/2026: Why are dealers sitting on stock?": a related article's link, a
/// section label, a bar, a numeric date and a colon before its headline.
fn is_dated_link(text: &str) -> bool {
    let Some((label, rest)) = text.split_once('|') else { return false };
    let rest = rest.trim_start();
    let date_len = rest.bytes().take_while(|b| b.is_ascii_digit() || matches!(b, b'/' | b'.' | b'-')).count();
    let digits = rest[..date_len].bytes().filter(u8::is_ascii_digit).count();
    (1..=3).contains(&count_words(label, 4))
        && !ends_like_sentence(label)
        && (4..=8).contains(&digits)
        && rest[date_len..].starts_with(':')
}

/// "Home > World > Asia": two or more arrow separators between labels.
fn is_breadcrumb(text: &str) -> bool {
    [" > ", " › ", " » "].iter().map(|sep| text.matches(sep).count()).sum::<usize>() >= 2
}

/// A site menu printed on one line: three or more short labels set apart by bars or runs of
/// spaces ("World | Business | Markets", "Home  News  Sport  Weather"), not a headline.
pub(crate) fn is_menu(text: &str) -> bool {
    if !(text.contains('|') || text.contains("  ") || text.contains('\t')) || ends_like_sentence(text) {
        return false;
    }
    // "By Hoang Phong   March 11, 2027 | 05:12 pm": a byline or a dated time line, not a menu.
    if starts_with_ignore_ascii_case(text, "by ") || has_date_word(text) && has_clock_time(text) {
        return false;
    }
    let mut labels = 0;
    for part in text.split(['|', '\t']).flat_map(|p| p.split("  ")) {
        match count_words(part, 5) {
            0 => {}
            1..=4 => labels += 1,
            _ => return false,
        }
    }
    labels >= 3
}

pub(crate) fn starts_with_ignore_ascii_case(text: &str, prefix: &str) -> bool {
    text.as_bytes().get(..prefix.len()).is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// Whether `needle`, which starts with a lower-case ASCII letter, occurs ignoring ASCII case.
fn contains_ignore_ascii_case(text: &str, needle: &str) -> bool {
    let (hay, needle) = (text.as_bytes(), needle.as_bytes());
    // Setting bit 5 lower-cases an ASCII letter and maps no other byte onto one.
    let first = needle[0];
    let mut from = 0;
    while let Some(i) = hay[from..].iter().position(|&b| b | 0x20 == first) {
        let at = from + i;
        // Compared with an early exit: this runs at every "a" of every line.
        let rest = &hay[at..];
        if rest.len() >= needle.len() && rest.iter().zip(needle).all(|(h, n)| h.to_ascii_lowercase() == *n) {
            return true;
        }
        from = at + 1;
    }
    false
}

/// True when the line mentions a month (a name the date lexicon knows) or a run of four digits
/// that looks like a year.
fn has_date_word(text: &str) -> bool {
    let month = |run: &str| crate::dates::is_month_name(run);
    let has_month = if text.is_ascii() {
        text.split(|c: char| !c.is_ascii_alphabetic()).any(month)
    } else {
        // Lower-casing first, as case mapping may split or join letters outside ASCII.
        text.to_lowercase().split(|c: char| !c.is_alphabetic()).any(month)
    };
    has_month || text.split(|c: char| !c.is_ascii_digit()).any(|d| d.len() == 4)
}

/// A short line with a date, a time, a "By" or "ago": byline and publication line.
fn is_meta_line(text: &str) -> bool {
    let n = count_words(text, 15);
    if n > 14 || ends_like_sentence(text) && !text.contains(':') && n > 6 {
        return false;
    }
    let lower = text.to_lowercase();
    let byline = lower.starts_with("by ") && n <= 8;
    let published = ["published", "updated", "posted", "date", "ago"]
        .iter()
        .any(|w| lower.split(|c: char| !c.is_alphabetic()).any(|x| x == *w));
    let email = text.contains('@');
    byline
        || email
        || published && has_date_word(text)
        || has_date_word(text)
            && (has_clock_time(text)
                || is_date_alone(text, n)
                || name_after_date(text).is_some()
                || place_then_date(text))
}

/// "Palu ● Thu, August 13, 2037", "Jakarta | Mon, 3 March 2037": a place of one to three
/// capitalised words, a separator, and a date alone.
fn place_then_date(text: &str) -> bool {
    let Some((place, date)) = text.split_once(['●', '•', '·', '|']) else { return false };
    let words: Vec<&str> = place.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
        && is_date_alone(date, count_words(date, 15))
}

/// Words that may follow a date line's clock time ("17.20 Uhr", "7:30 PM EST").
const CLOCK_WORDS: &[&str] = &[
    "uhr", "h", "am", "pm", "a.m.", "p.m.", "gmt", "utc", "bst", "cet", "cest", "est", "edt", "cst", "cdt",
    "pst", "pdt", "ist", "jst", "kst", "sgt", "hkt", "aest", "aedt", "wib",
];

/// A line that is a date and nothing else ("12/01/2024", "Tue 9 January 2024", "09.03.2037,
/// 17.20 Uhr"): a page's date line, wherever the layout puts it, even under the standfirst.
fn is_date_alone(text: &str, words: usize) -> bool {
    words <= 6 && text.split_whitespace().all(is_date_token)
}

/// A word of a printed date or time: figures, a month's or weekday's name, an ordinal, a
/// clock word.
fn is_date_token(word: &str) -> bool {
    let w = word.trim_matches([',', '|', '-', '–', '—']);
    w.is_empty()
        || w.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'/' | b'.' | b'-' | b':'))
        || CLOCK_WORDS.iter().any(|c| w.eq_ignore_ascii_case(c))
        || crate::dates::is_calendar_name(w.trim_end_matches('.'))
        || ["st", "nd", "rd", "th"].iter().any(|s| {
            w.strip_suffix(s).is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
        })
}

/// "February 7, 2039 Jonas Reichelt": a date line with the writer's name run on after it;
/// the name, as printed.
pub(crate) fn name_after_date(text: &str) -> Option<&str> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let date_words = words.iter().take_while(|w| is_date_token(w)).count();
    let name = &words[date_words..];
    let ok = date_words >= 3
        && (2..=4).contains(&name.len())
        && name.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
        });
    if !ok {
        return None;
    }
    let start = text.find(name[0])?;
    Some(text[start..].trim_end())
}

fn has_clock_time(text: &str) -> bool {
    let b = text.as_bytes();
    (1..b.len().saturating_sub(2))
        .any(|i| b[i] == b':' && b[i - 1].is_ascii_digit() && b[i + 1].is_ascii_digit())
}

/// The first paragraph of running text: long, or a punctuated sentence of some length.
fn is_running_text(text: &str) -> bool {
    let n = count_words(text, 31);
    n > 30 || n >= 4 && ends_like_sentence(text)
}

/// "Share: Facebook | X | Viber | Email": the buttons under a headline, not a site's menu.
fn is_share_bar(text: &str) -> bool {
    let t = text.trim_start();
    let networks = ["facebook", "email", "whatsapp", "linkedin", "reddit", "viber", "copy link", "tweet"];
    starts_with_ignore_ascii_case(t, "share")
        || networks.iter().filter(|n| contains_ignore_ascii_case(t, n)).count() >= 2
}

/// A consent or subscription banner ("We use cookies to … Accept all | Reject"), a photo's
/// caption ("Rescuers at the site … Photo: PAP"), or a bullet of a summary ("- The first
/// doses arrived on Tuesday"): above the running text, but never its headline.
fn is_banner_or_caption(text: &str) -> bool {
    let t = text.trim();
    let has = |needle: &str| contains_ignore_ascii_case(t, needle);
    let consent = has("uses cookies")
        || has("we and our partners")
        || (has("cookie") || has("your privacy") || has("privacy policy") || has("personal data"))
            && (has("we use")
                || has("accept")
                || has("agree")
                || has("consent")
                || has("partners")
                || has("this site")
                || has("our site")
                || has("website")
                || has("personalis")
                || has("personaliz"));
    let appeal = [
        "subscribe",
        "support the ",
        "support us",
        "support independent",
        "become a member",
        "sign in",
        "log in",
        "sign up",
        "create your free",
        "gift this article",
        "read the article in",
        "skip links",
    ]
    .iter()
    .any(|p| starts_with_ignore_ascii_case(t, p));
    let caption = has("photo:")
        || has("photograph:")
        || has("image:")
        || has("credit:")
        || has("(photo")
        || has("photo in gallery")
        || has("photo |")
        || has("| photo")
        || has("image caption")
        || has("image source")
        || has("getty images")
        || has("filepic")
        || has("(submitted by")
        || t.ends_with(']')
        || t.starts_with("[Photo");
    let bullet = t.starts_with(['-', '•', '·', '*', '–']);
    // "Wed, Oct 22, 2031 - Page 1": the page's date line, read for the publication date.
    let date_line =
        has_date_word(t) && t.bytes().filter(u8::is_ascii_digit).count() >= 4 && count_words(t, 9) <= 8;
    consent || appeal || caption || bullet || date_line
}

/// Picks the headline among the lines above the running text: the first of five words or
/// more (a shorter first line is usually the masthead) after the last menu of the page's
/// header (taglines and "Outlet - Back to home" lines come before it), else the first of
/// three or more.
/// The other short lines up there are mastheads, kickers and section labels.
fn mark_headline(raw: &str, lines: &mut [Line]) {
    let text = |l: &Line| &raw[l.span.start..l.span.end];
    // A consent banner is written in sentences, but the article has not begun.
    let top = lines
        .iter()
        .position(|l| l.role == LineRole::Body && is_running_text(text(l)) && !is_banner_or_caption(text(l)))
        .unwrap_or(lines.len());
    let candidates: Vec<usize> = (0..top)
        .filter(|&i| {
            let t = text(&lines[i]);
            lines[i].role == LineRole::Body && !t.trim_end().ends_with('.') && !is_banner_or_caption(t)
        })
        .collect();
    let count = |i: usize| count_words(text(&lines[i]), usize::MAX);
    let long: Vec<usize> = candidates.iter().copied().filter(|&i| count(i) >= 5).collect();
    // A long line followed by a menu (three or more short lines) before the next long one is a
    // site's tagline or masthead above its navigation: the headline comes after the last menu.
    // A byline under it says it is the headline, whatever share bar follows ("Share | Copy link
    // | Email" is no site menu).
    let menu_after = |k: usize| {
        let end = long.get(k + 1).copied().unwrap_or(top);
        let short = (long[k] + 1..end).filter(|&i| count_words(text(&lines[i]), 4) <= 3).count();
        let one_line_menu =
            (long[k] + 1..end).any(|i| is_menu(text(&lines[i])) && !is_share_bar(text(&lines[i])));
        let bylined =
            (long[k] + 1..end).any(|i| starts_with_ignore_ascii_case(text(&lines[i]).trim_start(), "by "));
        k + 1 < long.len() && (short >= 3 || one_line_menu) && !bylined
    };
    let after_last_menu = (0..long.len()).rev().find(|&k| menu_after(k)).map_or(0, |k| k + 1);
    let title =
        long.get(after_last_menu).copied().or_else(|| candidates.iter().copied().find(|&i| count(i) >= 3));
    for (i, line) in lines.iter_mut().enumerate().take(top) {
        if line.role == LineRole::Body {
            line.role = if Some(i) == title { LineRole::Title } else { LineRole::Meta };
        }
    }
}

/// How many following paragraphs are searched for a repeat of a lead.
const LEAD_REPEAT_WINDOW: usize = 3;

/// A lead paragraph printed before a dateline and again after it (within a few paragraphs):
/// keep the later, fuller one.
fn drop_repeated_leads(keys: &Keys, lines: &mut [Line]) {
    let body: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].role == LineRole::Body).collect();
    for (k, &i) in body.iter().enumerate() {
        let short = keys.get(i);
        if short.split(' ').take(6).count() < 6 {
            continue;
        }
        // The first 32 bytes are looked for first: a search the standard library vectorises
        // for needles that short, and that rules out almost every pair.
        let opening = &short[..short.floor_char_boundary(32)];
        let repeated = body[k + 1..].iter().take(LEAD_REPEAT_WINDOW).any(|&j| {
            let long = keys.get(j);
            long.len() > short.len() && contains(long, opening) && long.contains(short)
        });
        if repeated {
            lines[i].role = LineRole::Duplicate;
        }
    }
}

/// A caption printed twice in one line ("A man waits. (AP) A man waits. (AP)"): its first half.
fn first_half_if_doubled(raw: &str, span: Span) -> Span {
    let text = &raw[span.start..span.end];
    let opening = &text[..text.floor_char_boundary(24.min(text.len()))];
    let after_first_char = text.chars().next().map_or(0, char::len_utf8);
    if opening.is_empty() || !contains(&text[after_first_char..], opening) {
        return span;
    }
    let words: Vec<(usize, &str)> =
        text.split_whitespace().map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w)).collect();
    let n = words.len();
    if n < 8 || !n.is_multiple_of(2) {
        return span;
    }
    let half = n / 2;
    if (0..half).all(|i| words[i].1 == words[i + half].1) {
        let (last_start, last) = words[half - 1];
        return Span { start: span.start, end: span.start + last_start + last.len() };
    }
    span
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(raw: &str) -> Vec<(&str, LineRole)> {
        clean(raw).lines.iter().map(|l| (&raw[l.span.start..l.span.end], l.role)).collect()
    }

    fn titles(raw: &str) -> Vec<&str> {
        roles(raw).into_iter().filter(|(_, role)| *role == LineRole::Title).map(|(t, _)| t).collect()
    }

    fn body(raw: &str) -> Vec<&str> {
        clean(raw).body().map(|s| &raw[s.start..s.end]).collect()
    }

    const PAGE: &str = "Back To Top\n\nMinisters Meet Over Trade Row In Geneva\n\nMinisters meet over trade row in Geneva\n\nBy Jane Doe\n\nPublished : March 10, 2020 - 13:59\n\n    • Link copied\n\nThe ministers met on Tuesday to discuss the row, officials said.\n\nThey agreed to meet again next month.\n\nCopyright 2020 The Example Press. All rights reserved.\n\nMOST POPULAR\nLATEST NEWS\nsubscribe\n피터빈트";

    #[test]
    fn appeals_and_more_from_lists_under_the_article_are_furniture() {
        let page = "Naira slides after rate decision\n\nThe naira fell on Monday, traders said.\n\n\
                    Support PREMIUM TIMES' journalism of integrity and credibility\n\
                    More From Bloomberg\n- Kenya Taps Eurobond Market for $1.5 Billion Buyback\n\
                    Support for the plan fell to 40% in March, a poll showed.";
        assert_eq!(
            body(page),
            [
                "The naira fell on Monday, traders said.",
                "Support for the plan fell to 40% in March, a poll showed."
            ]
        );
    }

    #[test]
    fn a_masthead_line_before_the_menus_is_not_the_headline() {
        let page = "The Daily Planet - Back to home\nSupport the Daily Planet\nFund independent journalism with $5 per month\n\
                    Support us\nNews\nOpinion\nSport\nFloods: death toll rises as rescuers search for the missing\n\
                    Fri 1 Nov 2024 14.05 GMT\nThe death toll from the floods has risen to 205, the government said on Friday.";
        assert_eq!(titles(page), ["Floods: death toll rises as rescuers search for the missing"]);
    }

    #[test]
    fn consent_banners_captions_and_summary_bullets_are_not_the_headline() {
        let page = "Post-Courier\nHome | National | Business | Sport | Letters\n\
                    This website uses cookies to ensure you get the best experience on our website. Got it!\n\
                    Rescuers at the site on Friday morning. Photo: PAP/Jan Kowalski\n\
                    State of emergency declared as measles spreads in Highlands\nBy Miriam Tokunai\n\
                    - The first doses arrived on Tuesday\n\
                    The council declared a state of emergency in three provinces as the outbreak spread, officials said.";
        assert_eq!(titles(page), ["State of emergency declared as measles spreads in Highlands"]);
        // The banner, though written in sentences, is not where the article begins.
        assert!(!body(page).iter().any(|l| l.contains("cookies")));
        let page = "We use cookies to personalise content and to analyse our traffic. Accept all | Reject\n\
                    Axle counter reset behind collision, investigators say\n\
                    The interim report was published on Wednesday, the commission said in a statement.";
        assert_eq!(titles(page), ["Axle counter reset behind collision, investigators say"]);
        // A share bar under the headline is no site menu, and a caption after it no headline.
        let page = "The Philippine Star\nHeadlines | Nation | Opinion | Business | Metro | World\n\
                    NTC orders Lakbay to explain nationwide network outage\nBella Cristobal - The Philippine Star\n\
                    Share: Facebook | X | Viber | Email\n\
                    Commuters check their phones at the station on Tuesday as the network went down. STAR/Ryan\n\
                    The regulator ordered the operator to explain the outage, officials said on Wednesday.";
        assert_eq!(titles(page), ["NTC orders Lakbay to explain nationwide network outage"]);
    }

    #[test]
    fn a_tagline_above_a_one_line_menu_is_not_the_headline() {
        let page = "VALLEY COURIER\nYour local voice from the hills to the coast\nNEWS | SPORT | COMMUNITY | CONTACT US\n\
                    Fire contained, but long road ahead for the valley\nBy Jane Doe\n\
                    The fire was declared contained on Tuesday, January 13, after sixteen days of work by crews.";
        assert_eq!(titles(page), ["Fire contained, but long road ahead for the valley"]);
    }

    #[test]
    fn a_byline_with_its_date_and_time_set_apart_by_bars_is_no_menu() {
        let raw = "Airline merger faces an in-depth review by the watchdog\n\
                   By Hoang Phong   March 11, 2027 | 05:12 pm GMT+7\n\nThe watchdog said so on Wednesday.";
        assert!(roles(raw).contains(&("By Hoang Phong   March 11, 2027 | 05:12 pm GMT+7", LineRole::Meta)));
    }

    #[test]
    fn a_menu_on_one_line_is_furniture_and_not_the_headline() {
        for page in [
            "Reuters\nWorld | Business | Markets | Sustainability | Legal\nShare  X  Facebook  LinkedIn  Email\n\
             Canal deepens cuts to daily crossings as drought bites\nBy Jane Doe\n\
             PANAMA CITY, Nov 1 (Reuters) - The canal will cut crossings again, its operator said on Wednesday.",
            "DW\nSkip to content\nGermany   World   Business   Science   Culture\nBusiness\n\
             Canal deepens cuts to daily crossings as drought bites\n\
             The canal will cut crossings again, its operator said on Wednesday, as the lake runs dry.",
        ] {
            assert_eq!(titles(page), ["Canal deepens cuts to daily crossings as drought bites"], "{page}");
        }
        assert!(is_menu("Share this story: Facebook | X | Email"));
        assert!(is_furniture("Skip to more DW sites", "skip to more dw sites"));
        assert!(is_furniture("Business News > India Business News > Rate cut: loans set to get cheaper", ""));
        assert!(!is_furniture("Skip to the end: talks fail again", "skip to the end talks fail again"));
        assert!(is_furniture("Most viewed in World news", "most viewed in world news"));
        assert!(!is_furniture("Most people fled", "most people fled"));
        assert!(!is_menu("Talks resumed | officials said."));
        assert!(!is_menu("The minister, who  spoke on Monday, said talks would resume | soon"));
    }

    #[test]
    fn related_headlines_topics_and_everything_below_the_footers_menu_are_furniture() {
        let page = "Water buyback announced\n\
                    The minister announced a buyback on Wednesday, saying towns would get help to adjust.\n\
                    Irrigators said the plan came too late for them and asked for more support now.\n\
                    Related stories\n\
                    - Rice growers plant smallest crop in a decade\n\
                    - What is a water buyback and how does it work?\n\
                    Topics: Drought, Water, Fishing, Federal Government\n\
                    ABC News | Contact the ABC | Editorial Policies | Privacy Policy | Terms of Use\n\
                    The ABC acknowledges the Traditional Custodians of the lands where we live and work.\n";
        let r = roles(page);
        for line in [
            "- Rice growers plant smallest crop in a decade",
            "- What is a water buyback and how does it work?",
            "Topics: Drought, Water, Fishing, Federal Government",
            "The ABC acknowledges the Traditional Custodians of the lands where we live and work.",
        ] {
            assert!(r.contains(&(line, LineRole::Furniture)), "{line}: {r:?}");
        }
        assert!(r.iter().filter(|(_, role)| *role == LineRole::Body).count() == 2, "{r:?}");
    }

    #[test]
    fn a_date_alone_on_its_line_is_the_date_line_even_under_the_standfirst() {
        let page = "Canal drought: shipping lines count the cost of a smaller waterway\n\
                    Trade is feeling the squeeze as the canal limits crossings. Relief may not last.\n\
                    12/01/2024\n\
                    The canal authority said on Monday it would allow more ships to cross from 16 January.";
        let r = roles(page);
        assert!(r.contains(&("12/01/2024", LineRole::Meta)), "{r:?}");
        for line in [
            "Tue 9 January 2024",
            "9 September 2023",
            "Sept. 3, 2024",
            "3rd March 2024",
            "09.03.2037, 17.20 Uhr",
            "Palu   ●   Thu, August 13, 2037",
            "Jakarta | Mon, 3 March 2037",
        ] {
            assert!(is_meta_line(line), "{line}");
        }
        assert!(!is_meta_line("2024 in review"));
        assert!(!is_meta_line("the mayor said | Mon, 3 March 2037"));
    }

    #[test]
    fn a_tagline_over_the_site_menu_is_not_the_headline() {
        let page = "Skip to main content\nTrusted news and analysis for busy market professionals\nWorld\nBusiness\nMarkets\n\
                    Autos & Transportation\nCity council approves the new budget plan\nBy Jane Doe\nJune 12, 2024 3:16 PM\n\
                    The city council voted on Wednesday to approve the budget, officials said, after weeks of debate.";
        assert_eq!(titles(page), ["City council approves the new budget plan"]);
    }

    #[test]
    fn headline_is_the_first_title_like_line_and_its_repeat_is_dropped() {
        let r = roles(PAGE);
        assert_eq!(r[1], ("Ministers Meet Over Trade Row In Geneva", LineRole::Title));
        assert_eq!(r[2].1, LineRole::Duplicate);
    }

    #[test]
    fn furniture_byline_and_foreign_script_are_not_body() {
        assert_eq!(
            body(PAGE),
            [
                "The ministers met on Tuesday to discuss the row, officials said.",
                "They agreed to meet again next month."
            ]
        );
        let r = roles(PAGE);
        assert!(r.contains(&("By Jane Doe", LineRole::Meta)));
        assert!(r.contains(&("Published : March 10, 2020 - 13:59", LineRole::Meta)));
        assert!(r.contains(&("피터빈트", LineRole::ForeignScript)));
        assert!(r.contains(&("MOST POPULAR", LineRole::Furniture)));
    }

    #[test]
    fn a_lead_repeated_under_the_dateline_is_kept_once() {
        let raw = "Big News Happens Today Here\n\nThe minister on Monday urged calm after the talks failed, media reported\n\nLONDON (AP) — The minister on Monday urged calm after the talks failed, media reported.";
        assert_eq!(
            body(raw),
            ["LONDON (AP) — The minister on Monday urged calm after the talks failed, media reported."]
        );
    }

    #[test]
    fn a_caption_printed_twice_in_one_line_is_kept_once() {
        let raw = "Headline of the day here\n\nDelegates wait for the start of talks in Seoul. (AP) Delegates wait for the start of talks in Seoul. (AP)";
        assert_eq!(body(raw), ["Delegates wait for the start of talks in Seoul. (AP)"]);
    }

    #[test]
    fn a_related_link_with_its_section_and_date_is_furniture() {
        let raw = "Bikes recalled across Europe after fires\n\nThe maker recalled 40,000 bikes on Monday, \
                   the regulator said in a statement.\nBusiness | 01/28/2026: Why are dealers sitting on stock?\n\
                   Science | 11.12.2025: How safe are batteries?\nVoters | 2024 was a year of elections.\n";
        assert_eq!(
            body(raw),
            [
                "The maker recalled 40,000 bikes on Monday, the regulator said in a statement.",
                "Voters | 2024 was a year of elections."
            ]
        );
    }

    #[test]
    fn a_numbered_list_of_headlines_under_furniture_is_furniture() {
        let raw = "Headline of the day here\n\nThe vote passed on Friday, officials said.\n\nMost read\n1. Oil steadies as Middle East tensions ease\n2) Fed officials weigh pace of cuts";
        assert_eq!(body(raw), ["The vote passed on Friday, officials said."]);
        // A numbered point of the article itself is text.
        let raw = "Headline of the day here\n\nThe plan has two parts.\n1. Ports reopen on Monday\n2. Tolls fall in May";
        assert_eq!(
            body(raw),
            ["The plan has two parts.", "1. Ports reopen on Monday", "2. Tolls fall in May"]
        );
    }

    #[test]
    fn word_counts_match_the_whitespace_split() {
        for t in ["", "  a  b\u{a0}c\u{2003}d\x0be ", "— • 12 ab-cd é", "x\ty\r\nz  ", "피터 빈트"] {
            for limit in [0, 1, 2, 3, 7, usize::MAX] {
                assert_eq!(count_words(t, limit), words(t).take(limit).count(), "{t:?} {limit}");
            }
        }
    }

    #[test]
    fn nothing_panics_on_empty_binary_or_boilerplate_only_pages() {
        assert!(clean("").lines.is_empty());
        assert_eq!(body("MOST POPULAR\nsubscribe\nBack To Top"), Vec::<&str>::new());
        let binary = String::from_utf8_lossy(&[0u8, 159, 146, 150, 255, 10, 1, 2, 3]).into_owned();
        let _ = clean(&binary);
    }
}
