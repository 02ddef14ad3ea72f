//! How a page or a host configures Newsline beyond the view itself: embed mode, theme, hidden
//! parts, another corpus, and what a host hears when the open event changes.
//!
//! Two inputs, one result ([`Chrome`] plus a [`CorpusSource`]):
//! - the page's query string ([`PageOptions::parse`]): `?embed&theme=dark&hide=header,facets
//!   &corpus=story.json` next to the view's own parameters, which [`crate::url`] reads;
//! - the options object a host passes to `mount()` in `newsline.js`, as JSON
//!   ([`MountOptions::parse`]). Its `state` is turned into a query string
//!   ([`MountOptions::view_query`]) so that the one parser in [`crate::url`] reads both.
//!
//! Pure text in, data out, natively tested. A page URL is forgiving like [`crate::url`] (an
//! unknown theme or part is ignored, a stale link still opens); the options of `mount()` are
//! code a developer is writing, so a mistake there is an error naming the option.

use newsline_extract::{Corpus, EventId};
use serde::{Deserialize, Serialize};

use crate::corpus::CorpusSource;
use crate::url::{decode, encode};

/// Light, dark, or whatever the reader's system prefers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    /// The value of the root's `data-theme` attribute; `None` leaves it to the system.
    pub fn attr(self) -> Option<&'static str> {
        match self {
            Theme::Auto => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        }
    }

    fn parse(text: &str) -> Option<Theme> {
        match text {
            "auto" => Some(Theme::Auto),
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }
}

/// A part of the explorer a host may hide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Part {
    Header,
    Search,
    Facets,
    Timeline,
    List,
}

impl Part {
    fn parse(text: &str) -> Option<Part> {
        match text {
            "header" => Some(Part::Header),
            "search" => Some(Part::Search),
            "facets" => Some(Part::Facets),
            "timeline" => Some(Part::Timeline),
            "list" => Some(Part::List),
            _ => None,
        }
    }
}

/// The parts to leave out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Hidden {
    pub header: bool,
    pub search: bool,
    pub facets: bool,
    pub timeline: bool,
    pub list: bool,
}

impl FromIterator<Part> for Hidden {
    fn from_iter<I: IntoIterator<Item = Part>>(parts: I) -> Self {
        let mut hidden = Hidden::default();
        for part in parts {
            match part {
                Part::Header => hidden.header = true,
                Part::Search => hidden.search = true,
                Part::Facets => hidden.facets = true,
                Part::Timeline => hidden.timeline = true,
                Part::List => hidden.list = true,
            }
        }
        hidden
    }
}

/// How the explorer is framed: what it shows around the view and where "open full view" leads.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Chrome {
    /// The compact layout for an iframe or a host's element: filters and the open event in
    /// panels over the list, the whole widget sized by its container.
    pub embedded: bool,
    pub theme: Theme,
    pub hidden: Hidden,
    /// The full page's address (path or URL, no query) for an "Open full view" link; `None`
    /// shows no link (the full page itself, or a corpus passed inline, which a URL cannot carry).
    pub full_view: Option<String>,
    /// A corpus loaded from a URL, carried into the full view so it shows the same story.
    pub corpus_url: Option<String>,
}

impl Chrome {
    /// The root element's classes: `nl-app`, `is-embed` for the compact layout, and
    /// `nl-hide-<part>` for each hidden part (the stylesheet hides it).
    pub fn classes(&self) -> Vec<&'static str> {
        let h = self.hidden;
        let parts = [
            (h.header, "nl-hide-header"),
            (h.search, "nl-hide-search"),
            (h.facets, "nl-hide-facets"),
            (h.timeline, "nl-hide-timeline"),
            (h.list, "nl-hide-list"),
        ];
        let mut classes = vec!["nl-app"];
        if self.embedded {
            classes.push("is-embed");
        }
        classes.extend(parts.into_iter().filter_map(|(hidden, class)| hidden.then_some(class)));
        classes
    }

    /// The "Open full view" link for the view whose own query string is `view_query` (as
    /// [`crate::url::format`] writes it): the same view, corpus and theme, without embed mode.
    pub fn full_view_href(&self, view_query: &str) -> Option<String> {
        let base = self.full_view.as_deref()?;
        let mut pairs = Vec::new();
        if let Some(url) = &self.corpus_url {
            pairs.push(format!("corpus={}", encode(url)));
        }
        if let Some(theme) = self.theme.attr() {
            pairs.push(format!("theme={theme}"));
        }
        let view = view_query.trim_start_matches('?');
        if !view.is_empty() {
            pairs.push(view.to_string());
        }
        Some(if pairs.is_empty() { base.to_string() } else { format!("{base}?{}", pairs.join("&")) })
    }
}

/// What a page's query string says beyond the view.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageOptions {
    pub embed: bool,
    pub theme: Theme,
    pub hidden: Hidden,
    pub corpus_url: Option<String>,
}

/// The keys of a page's query string that are options rather than view: kept when the view
/// is written back to the URL.
const PAGE_KEYS: [&str; 4] = ["corpus", "embed", "theme", "hide"];

impl PageOptions {
    /// Reads `?embed` (any value but `0` or `false`), `theme=light|dark|auto`,
    /// `hide=header,search,facets,timeline,list` (or `hide` repeated) and `corpus=URL`.
    pub fn parse(query: &str) -> PageOptions {
        let mut options = PageOptions::default();
        let mut hidden = Vec::new();
        for (key, value) in pairs(query) {
            match key {
                "embed" => options.embed = !matches!(value.as_str(), "0" | "false"),
                "theme" => options.theme = Theme::parse(&value).unwrap_or(options.theme),
                "hide" => hidden.extend(value.split(',').filter_map(|p| Part::parse(p.trim()))),
                "corpus" if !value.trim().is_empty() => options.corpus_url = Some(value.trim().to_string()),
                _ => {}
            }
        }
        options.hidden = hidden.into_iter().collect();
        options
    }

    /// What the page shows: the embedded corpus, or the one its `corpus=` names.
    pub fn source(&self) -> CorpusSource {
        match &self.corpus_url {
            Some(url) => CorpusSource::Url(url.clone().into()),
            None => CorpusSource::Embedded,
        }
    }

    /// The frame of a page at `path`: an embedded page links to its full view there.
    pub fn chrome(&self, path: &str) -> Chrome {
        Chrome {
            embedded: self.embed,
            theme: self.theme,
            hidden: if self.embed { self.hidden } else { Hidden::default() },
            full_view: self.embed.then(|| path.to_string()),
            corpus_url: self.corpus_url.clone(),
        }
    }
}

/// `view_query` (as [`crate::url::format`] writes it) with the option pairs of `page_query`
/// in front, so writing the view to the URL keeps `?embed`, the theme, the hidden parts and
/// the corpus.
pub fn with_page_options(page_query: &str, view_query: &str) -> String {
    let kept = page_query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| PAGE_KEYS.contains(&pair.split_once('=').map_or(*pair, |(k, _)| k)));
    let view = view_query.trim_start_matches('?').split('&');
    let all: Vec<&str> = kept.chain(view).filter(|p| !p.is_empty()).collect();
    if all.is_empty() {
        String::new()
    } else {
        format!("?{}", all.join("&"))
    }
}

fn pairs(query: &str) -> impl Iterator<Item = (&str, String)> {
    query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()).map(|pair| {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        (key, decode(value))
    })
}

/// The options object of `mount(element, options)` as `newsline.js` passes it: JSON without
/// the functions (`onSelect` stays in JavaScript) and without `corpus`, which comes separately.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MountOptions {
    /// Where to fetch a corpus written by `newsline extract` (made absolute by `newsline.js`).
    pub corpus_url: Option<String>,
    /// The title shown for a corpus passed inline or by URL.
    pub name: Option<String>,
    #[serde(default)]
    pub state: InitialState,
    #[serde(default)]
    pub theme: Theme,
    #[serde(default)]
    pub hide: Vec<Part>,
    /// The full page's address, set by `newsline.js` (the folder it was loaded from).
    pub full_view_url: Option<String>,
}

/// The view a mounted explorer starts with.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct InitialState {
    /// Entity names to filter by.
    #[serde(default)]
    pub entities: Vec<String>,
    /// `"all"` (the default) or `"any"` of the entities.
    #[serde(rename = "match")]
    pub combine: Option<String>,
    pub search: Option<String>,
    /// The date range, as ISO dates (`"2019-07"` is read as 1 July, `to: "2019"` as 31 December).
    pub from: Option<String>,
    pub to: Option<String>,
    /// The event to open, by id.
    pub event: Option<u32>,
}

impl MountOptions {
    /// Reads the options' JSON.
    ///
    /// # Errors
    /// A message naming the option that is unknown or of the wrong type, e.g.
    /// ``The options of mount() are not valid: unknown field `corpusURL`, expected one of …``.
    pub fn parse(json: &str) -> Result<MountOptions, String> {
        serde_json::from_str(json).map_err(|e| format!("The options of mount() are not valid: {e}"))
    }

    /// The initial state as a query string for [`crate::url::parse`].
    pub fn view_query(&self) -> String {
        let state = &self.state;
        let mut pairs: Vec<String> = state.entities.iter().map(|e| format!("e={}", encode(e))).collect();
        if let Some(combine) = &state.combine {
            pairs.push(format!("m={}", encode(combine)));
        }
        if let Some(search) = &state.search {
            pairs.push(format!("q={}", encode(search)));
        }
        for (key, value) in [("from", &state.from), ("to", &state.to)] {
            if let Some(value) = value {
                pairs.push(format!("{key}={}", encode(value)));
            }
        }
        if let Some(event) = state.event {
            pairs.push(format!("ev={event}"));
        }
        pairs.join("&")
    }

    /// What the mount shows; `inline` is the `corpus` option's JSON, when given.
    pub fn source(&self, inline: Option<String>) -> CorpusSource {
        match (inline, &self.corpus_url) {
            (Some(json), _) => CorpusSource::Inline(json.into()),
            (None, Some(url)) => CorpusSource::Url(url.clone().into()),
            (None, None) => CorpusSource::Embedded,
        }
    }

    /// Mounted explorers are always compact; only a corpus a URL can name gets a full view.
    pub fn chrome(&self, inline: bool) -> Chrome {
        Chrome {
            embedded: true,
            theme: self.theme,
            hidden: self.hide.iter().copied().collect(),
            full_view: self.full_view_url.clone().filter(|_| !inline),
            corpus_url: self.corpus_url.clone(),
        }
    }
}

/// What a host hears when the open event changes: the event as plain data.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Selection {
    pub id: u32,
    /// ISO value, as in the corpus.
    pub date: String,
    pub summary: String,
    pub entities: Vec<String>,
    pub sources: Vec<SelectedSource>,
}

/// One sentence reporting the selected event, with its article's title and outlet.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SelectedSource {
    pub file: String,
    pub title: String,
    pub outlet: Option<String>,
    pub sentence: String,
}

impl Selection {
    /// The event `id` of `corpus`, or `None` when it has no such event.
    pub fn of(corpus: &Corpus, id: EventId) -> Option<Selection> {
        let event = corpus.events.get(id.0 as usize)?;
        let sources = event
            .sources
            .iter()
            .map(|s| {
                let doc = corpus.documents.get(s.doc.0 as usize);
                SelectedSource {
                    file: s.file.clone(),
                    title: doc.map(|d| d.title.clone()).unwrap_or_default(),
                    outlet: doc.and_then(|d| d.source.clone()),
                    sentence: s.sentence.clone(),
                }
            })
            .collect();
        Some(Selection {
            id: id.0,
            date: event.date.clone(),
            summary: event.summary.clone(),
            entities: event.entities.clone(),
            sources,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsline_extract::{DocId, Document, Event, Source};

    #[test]
    fn a_plain_page_is_the_full_view_with_the_embedded_corpus() {
        let page = PageOptions::parse("?e=Japan&q=talks");
        assert_eq!(page, PageOptions::default());
        assert_eq!(page.source(), CorpusSource::Embedded);
        assert_eq!(page.chrome("/"), Chrome::default());
    }

    #[test]
    fn embed_theme_hide_and_corpus_are_read_from_the_query() {
        let page =
            PageOptions::parse("?embed&theme=dark&hide=header,%20facets&hide=list&corpus=%2Fs%20.json&e=x");
        assert!(page.embed);
        assert_eq!(page.theme, Theme::Dark);
        assert_eq!(page.hidden, Hidden { header: true, facets: true, list: true, ..Hidden::default() });
        assert_eq!(page.source(), CorpusSource::Url("/s .json".into()));
        let chrome = page.chrome("/news/");
        assert_eq!(chrome.full_view.as_deref(), Some("/news/"));
        assert_eq!(chrome.theme.attr(), Some("dark"));
    }

    #[test]
    fn a_stale_or_odd_page_option_is_ignored() {
        let page = PageOptions::parse("embed=0&theme=purple&hide=footer,,timeline&corpus=");
        assert_eq!(
            page,
            PageOptions { hidden: Hidden { timeline: true, ..Hidden::default() }, ..PageOptions::default() }
        );
        assert!(PageOptions::parse("embed=1").embed);
        // Hiding is an embed option: the full page always shows everything.
        assert_eq!(page.chrome("/").hidden, Hidden::default());
    }

    #[test]
    fn the_root_classes_name_the_layout_and_the_hidden_parts() {
        assert_eq!(Chrome::default().classes(), ["nl-app"]);
        let chrome = PageOptions::parse("?embed&hide=timeline,header").chrome("/");
        assert_eq!(chrome.classes(), ["nl-app", "is-embed", "nl-hide-header", "nl-hide-timeline"]);
    }

    #[test]
    fn writing_the_view_keeps_the_page_options() {
        let page = "?embed&e=Old&theme=light&q=old&hide=header";
        assert_eq!(with_page_options(page, "?e=Japan&ev=3"), "?embed&theme=light&hide=header&e=Japan&ev=3");
        assert_eq!(with_page_options(page, ""), "?embed&theme=light&hide=header");
        assert_eq!(with_page_options("?e=Old", ""), "");
        assert_eq!(with_page_options("", "?q=a"), "?q=a");
    }

    #[test]
    fn the_full_view_link_carries_view_corpus_and_theme_but_not_embed() {
        let chrome =
            PageOptions::parse("?embed&hide=list&theme=dark&corpus=https://x.org/a.json").chrome("/");
        assert_eq!(
            chrome.full_view_href("?e=Japan&ev=2").as_deref(),
            Some("/?corpus=https%3A%2F%2Fx.org%2Fa.json&theme=dark&e=Japan&ev=2")
        );
        let plain = PageOptions::parse("?embed").chrome("/app/index.html");
        assert_eq!(plain.full_view_href("").as_deref(), Some("/app/index.html"));
        assert_eq!(Chrome::default().full_view_href("?q=a"), None);
    }

    #[test]
    fn mount_options_read_every_field() {
        let options = MountOptions::parse(
            r#"{"corpusUrl":"https://h/c.json","name":"Story","theme":"light","hide":["search","timeline"],
                "state":{"entities":["Japan","Moon Jae-in"],"match":"any","search":"trade war","event":4,"from":"2019-07"},
                "fullViewUrl":"https://h/newsline/"}"#,
        )
        .unwrap();
        assert_eq!(options.view_query(), "e=Japan&e=Moon%20Jae-in&m=any&q=trade%20war&from=2019-07&ev=4");
        assert_eq!(options.source(None), CorpusSource::Url("https://h/c.json".into()));
        let chrome = options.chrome(false);
        assert!(chrome.embedded);
        assert_eq!(chrome.hidden, Hidden { search: true, timeline: true, ..Hidden::default() });
        assert_eq!(
            chrome.full_view_href("").as_deref(),
            Some("https://h/newsline/?corpus=https%3A%2F%2Fh%2Fc.json&theme=light")
        );
    }

    #[test]
    fn an_inline_corpus_wins_and_has_no_full_view() {
        let options = MountOptions::parse(r#"{"fullViewUrl":"/"}"#).unwrap();
        assert_eq!(options.source(Some("{}".into())), CorpusSource::Inline("{}".into()));
        assert_eq!(options.chrome(true).full_view, None);
        assert_eq!(options.source(None), CorpusSource::Embedded);
        assert_eq!(MountOptions::parse("{}").unwrap().view_query(), "");
    }

    #[test]
    fn a_mistake_in_the_mount_options_names_the_option() {
        let err = |json| MountOptions::parse(json).unwrap_err();
        assert!(
            err(r#"{"corpusURL":"x"}"#).contains("unknown field `corpusURL`"),
            "{}",
            err(r#"{"corpusURL":"x"}"#)
        );
        assert!(err(r#"{"theme":"blue"}"#).contains("unknown variant `blue`"));
        assert!(err(r#"{"hide":"header"}"#).contains("expected a sequence"));
        assert!(err(r#"{"state":{"event":"x"}}"#).contains("expected u32"));
        assert!(err("[]").starts_with("The options of mount() are not valid:"));
    }

    #[test]
    fn a_selection_is_the_event_with_its_articles() {
        let corpus = Corpus {
            documents: vec![Document {
                title: "Talks resume".into(),
                source: Some("Wire".into()),
                file: "a.txt".into(),
                ..Document::default()
            }],
            events: vec![Event {
                id: EventId(0),
                date: "2019-07-01".into(),
                summary: "Talks resume".into(),
                entities: vec!["Japan".into()],
                sources: vec![Source {
                    file: "a.txt".into(),
                    doc: DocId(0),
                    sentence: "Talks resumed on Monday.".into(),
                    start: 0,
                    end: 1,
                    date_mention: 0,
                }],
            }],
            ..Corpus::default()
        };
        let selection = Selection::of(&corpus, EventId(0)).unwrap();
        assert_eq!(
            serde_json::to_string(&selection).unwrap(),
            r#"{"id":0,"date":"2019-07-01","summary":"Talks resume","entities":["Japan"],"sources":[{"file":"a.txt","title":"Talks resume","outlet":"Wire","sentence":"Talks resumed on Monday."}]}"#
        );
        assert_eq!(Selection::of(&corpus, EventId(1)), None);
    }
}
