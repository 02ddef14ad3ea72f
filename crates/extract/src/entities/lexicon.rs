//! Curated knowledge for the entity recogniser, parsed once from the plain-text files in
//! `crates/extract/data/` (compiled in with `include_str!`).
//!
//! Approach: every name and alias is normalised to a key ([`key_of`]: lower case, periods
//! dropped, consecutive initials glued, so "U. S.", "U.S." and "US" share the key `us`) and
//! stored in one `HashMap`; a set of the proper prefixes of multi-word keys lets the scanner
//! stop a longest-match walk as soon as no key can follow. Word lists (titles, head words,
//! given names, verbs) are sets of keys.
//!
//! Limits: one entry per key (the first file wins: events, outlets, organisations, places,
//! cities, products); no fuzzy matching; plurals are generated only for products and demonyms.

use std::sync::OnceLock;

use super::words::{self, Word};
use crate::fxhash::{FastMap, FastSet};
use crate::model::EntityKind;

/// What a name in the data files stands for.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Entry {
    pub canonical: &'static str,
    pub kind: EntityKind,
    /// Written in capitals in the data ("WTO", "US"): matches only text in capitals.
    pub acronym: bool,
    /// An adjective of a place ("Japanese"): names after it keep it only as an alias.
    pub demonym: bool,
    /// An ordinary word ("resist") that names a product only next to other products.
    pub needs_context: bool,
    /// A news outlet: also recognised in mastheads and datelines outside the body text.
    pub outlet: bool,
    /// A town from the long list of cities.txt: a place only where no other capitalised word
    /// touches it ("Pleven" alone, but not "Iida" in "Yoichi Iida").
    pub minor: bool,
    /// An organisation with a body in each country ("Red Cross"): a country or demonym right
    /// before it names that country's body ("Bulgarian Red Cross").
    pub national: bool,
    /// Listed only with periods ("S.D." for South Dakota): "SD" (a selective default) is not it.
    pub dotted: bool,
}

/// Word classes, as bits of one lookup per word.
pub(crate) mod class {
    pub const TITLE: u32 = 1;
    pub const FIRST_NAME: u32 = 1 << 1;
    pub const SURNAME: u32 = 1 << 2;
    pub const CALENDAR: u32 = 1 << 3;
    pub const STARTER: u32 = 1 << 4;
    pub const VERB: u32 = 1 << 5;
    pub const HEAD_ORG: u32 = 1 << 6;
    pub const HEAD_EVENT: u32 = 1 << 7;
    pub const HEAD_PLACE: u32 = 1 << 8;
    pub const CONNECTOR: u32 = 1 << 9;
    /// Starts a lexicon phrase (or is one).
    pub const PHRASE: u32 = 1 << 10;
    /// A plural noun for goods that may introduce a list of products ("materials:").
    pub const GOODS: u32 = 1 << 11;
    /// Opens an event's name: "Hurricane Milton", "Storm Bert".
    pub const LEAD_EVENT: u32 = 1 << 12;
    /// Opens a place's name: "Lake Geneva", "Mount Kenya".
    pub const LEAD_PLACE: u32 = 1 << 13;
    /// A lower-case noun after which a capitalised name is an organisation ("firm Kpler").
    pub const ORG_BEFORE: u32 = 1 << 14;
    /// What a lower-case ministry is in charge of ("the interior ministry").
    pub const PORTFOLIO: u32 = 1 << 15;
    /// A word that makes a capitalised name of several words a body's wherever it stands
    /// ("Emergency Management Victoria", "Rotterdam-Rijnmond Safety Region").
    pub const ORG_WORD: u32 = 1 << 16;
    /// A word that opens an organisation's name in languages that put the noun first
    /// ("Universidad Mayor de San Andrés", "Partido Socialista", "Banco do Brasil").
    pub const ORG_FIRST: u32 = 1 << 17;
    /// A lower-case noun for a made thing, after which a name of two words or more is a
    /// product ("the Veloxa Urban e-bike", "the Falcon 9 rocket").
    pub const PRODUCT_AFTER: u32 = 1 << 18;
    pub const HEAD: u32 = HEAD_ORG | HEAD_EVENT | HEAD_PLACE;
    /// A word that opens a vessel's name ("MV Amihan Voyager", "HMS Victory"): a product.
    pub const LEAD_PRODUCT: u32 = 1 << 19;
    pub const LEAD: u32 = LEAD_EVENT | LEAD_PLACE | LEAD_PRODUCT;
}

/// Words that may join the capitalised words of one name ("Bank of England", "Ludwig van
/// Beethoven", "Special Representative for ...", "Nurul Ain binti Mohd Yusof", "Lazaro ole
/// Nkoitoi").
const CONNECTORS: &[&str] = &[
    "of", "and", "for", "the", "de", "del", "van", "von", "der", "bin", "al", "da", "di", "du", "la", "le",
    "do", "dos", "das", "des", "y", "e", "binti", "bint", "ibn", "ole", "los", "las", "della", "delle",
    "dei", "degli", "ng", "por", "para",
];

/// Nouns after which a list names products ("three materials -- resist, etching gas and
/// fluorinated polyimide").
const GOODS: &[&str] = &[
    "materials",
    "chemicals",
    "products",
    "goods",
    "items",
    "commodities",
    "components",
    "substances",
    "parts",
];

/// The parsed data files.
pub(crate) struct Lexicon {
    phrases: FastMap<String, Entry>,
    prefixes: FastSet<String>,
    /// Hyphenated words inside a longer name ("france-klm" of "Air France-KLM"): kept whole.
    hyphenated_inner: FastSet<String>,
    pub max_words: usize,
    classes: FastMap<String, u32>,
}

/// The lexicon, parsed on first use.
pub(crate) fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::parse)
}

impl Lexicon {
    fn parse() -> Lexicon {
        let mut lex = Lexicon {
            phrases: FastMap::default(),
            prefixes: FastSet::default(),
            hyphenated_inner: FastSet::default(),
            max_words: 1,
            classes: FastMap::default(),
        };
        lex.add_class(include_str!("../../data/titles.txt"), class::TITLE);
        for (first, second) in words::TWO_WORD_RANKS {
            *lex.classes.entry(key_of(&format!("{first} {second}"))).or_default() |= class::TITLE;
        }
        lex.add_class(include_str!("../../data/first_names.txt"), class::FIRST_NAME);
        lex.add_class(include_str!("../../data/surnames.txt"), class::SURNAME);
        lex.add_class(include_str!("../../data/verbs.txt"), class::VERB);
        lex.add_class(&CONNECTORS.join(" "), class::CONNECTOR);
        lex.add_class(&GOODS.join(" "), class::GOODS);
        for (section, words) in sections(include_str!("../../data/heads.txt")) {
            let bit = match section {
                "event" => class::HEAD_EVENT,
                "event-first" => class::LEAD_EVENT,
                "place-first" => class::LEAD_PLACE,
                "product-first" => class::LEAD_PRODUCT,
                "org-before" => class::ORG_BEFORE,
                "portfolio" => class::PORTFOLIO,
                "org-word" => class::ORG_WORD,
                "org-first" => class::ORG_FIRST,
                "product-after" => class::PRODUCT_AFTER,
                "place" => class::HEAD_PLACE,
                _ => class::HEAD_ORG,
            };
            lex.add_class(&words, bit);
        }
        for (section, words) in sections(include_str!("../../data/common_words.txt")) {
            lex.add_class(&words, if section == "calendar" { class::CALENDAR } else { class::STARTER });
        }
        lex.add_names(include_str!("../../data/events.txt"), EntityKind::Event);
        lex.add_names(include_str!("../../data/outlets.txt"), EntityKind::Organization);
        lex.phrases.values_mut().for_each(|e| e.outlet = e.kind == EntityKind::Organization);
        lex.add_names(include_str!("../../data/organizations.txt"), EntityKind::Organization);
        lex.add_names(include_str!("../../data/places.txt"), EntityKind::Place);
        lex.add_towns(include_str!("../../data/cities.txt"));
        lex.add_names(include_str!("../../data/products.txt"), EntityKind::Product);
        let starts: Vec<String> = lex
            .phrases
            .keys()
            .chain(&lex.prefixes)
            .map(|k| k.split(' ').next().unwrap_or_default().to_string())
            .collect();
        for k in starts {
            *lex.classes.entry(k).or_default() |= class::PHRASE;
        }
        lex
    }

    fn add_class(&mut self, words: &str, bit: u32) {
        for w in data_lines(words).flat_map(str::split_whitespace) {
            *self.classes.entry(key_of(w)).or_default() |= bit;
        }
    }

    /// Reads `Canonical | alias; alias | demonym; demonym` lines.
    fn add_names(&mut self, text: &'static str, kind: EntityKind) {
        self.add_entries(text, kind, false);
    }

    /// Reads the towns of cities.txt, in the format of [`Lexicon::add_names`], as minor places.
    fn add_towns(&mut self, text: &'static str) {
        self.add_entries(text, EntityKind::Place, true);
    }

    fn add_entries(&mut self, text: &'static str, kind: EntityKind, minor: bool) {
        for line in data_lines(text) {
            let mut fields = line.split('|').map(str::trim);
            let canonical = fields.next().unwrap_or_default();
            if canonical.is_empty() {
                continue;
            }
            let aliases = fields.next().unwrap_or_default();
            // Places list their demonyms third; organisations may say "national" there.
            let third = fields.next().unwrap_or_default();
            let national = kind == EntityKind::Organization && third == "national";
            let demonyms = if kind == EntityKind::Place { third } else { "" };
            let entry = |name: &str, demonym: bool| Entry {
                canonical,
                kind,
                acronym: is_acronym(name),
                demonym,
                needs_context: false,
                outlet: false,
                minor,
                national,
                dotted: false,
            };
            self.insert(canonical, entry(canonical, false));
            for alias in aliases.split(';').map(str::trim).filter(|a| !a.is_empty()) {
                let (alias, needs_context) = match alias.strip_suffix('?') {
                    Some(a) => (a.trim(), true),
                    None => (alias, false),
                };
                let dotted = alias.contains('.')
                    && !aliases.split(';').any(|other| other.trim() == alias.replace('.', ""));
                self.insert(alias, Entry { needs_context, dotted, ..entry(alias, false) });
                if kind == EntityKind::Product && !needs_context {
                    self.insert_plural(alias, entry(alias, false));
                }
            }
            if kind == EntityKind::Product {
                self.insert_plural(canonical, entry(canonical, false));
            }
            for demonym in demonyms.split(';').map(str::trim).filter(|d| !d.is_empty()) {
                self.insert(demonym, entry(demonym, true));
                if demonym.ends_with('n') || demonym.ends_with('i') {
                    self.insert(&format!("{demonym}s"), entry(demonym, true));
                }
            }
        }
    }

    fn insert_plural(&mut self, name: &str, entry: Entry) {
        let plural = match name.strip_suffix('y') {
            Some(stem) if !stem.ends_with(['a', 'e', 'o', 'u']) => format!("{stem}ies"),
            _ if name.ends_with(['s', 'x', 'h']) => format!("{name}es"),
            _ => format!("{name}s"),
        };
        self.insert(&plural, entry);
    }

    fn insert(&mut self, name: &str, entry: Entry) {
        let mut ws = Vec::new();
        words::split(name, 0, None, &mut ws);
        let mut key = String::new();
        let mut count = 0;
        for (i, w) in ws.iter().enumerate() {
            if w.is_punct(name) {
                continue;
            }
            if !key.is_empty() {
                self.prefixes.insert(key.clone());
                if !(w.initial && ws[..i].last().is_some_and(|p| p.initial)) {
                    key.push(' ');
                }
            }
            let from = key.len();
            words::push_key(&mut key, w.text(name));
            if count > 0 && w.text(name).contains('-') {
                self.hyphenated_inner.insert(key[from..].to_string());
            }
            count += 1;
        }
        self.max_words = self.max_words.max(count);
        let kept = self.phrases.entry(key).or_insert(entry);
        // "UNESCO | Unesco": a name also listed as a word may be printed either way.
        if kept.acronym && !entry.acronym && kept.canonical == entry.canonical {
            kept.acronym = false;
        }
    }

    /// Whether a hyphenated word's key is a later word of a known name ("france-klm"), so a
    /// compound of known parts is not cut there.
    pub fn is_hyphenated_inner(&self, key: &str) -> bool {
        self.hyphenated_inner.contains(key)
    }

    /// The entry for a normalised phrase.
    pub fn phrase(&self, key: &str) -> Option<&Entry> {
        self.phrases.get(key)
    }

    /// Whether some longer phrase starts with `key` followed by a space or an initial.
    pub fn is_prefix(&self, key: &str) -> bool {
        self.prefixes.contains(key)
    }

    /// The classes of a word's key (bits of [`class`]).
    pub fn classes(&self, key: &str) -> u32 {
        match self.classes.get(key) {
            Some(&c) => c,
            // "co-owner", "co-founder", "ex-minister": a title with a prefix is a title.
            None => ["co-", "ex-"]
                .iter()
                .find_map(|p| key.strip_prefix(p))
                .map_or(0, |rest| self.classes.get(rest).copied().unwrap_or(0) & class::TITLE),
        }
    }

    pub fn head(&self, key: &str) -> Option<EntityKind> {
        head_kind(self.classes(key))
    }

    pub fn is_first_name(&self, key: &str) -> bool {
        self.classes(key) & class::FIRST_NAME != 0
    }

    pub fn is_surname(&self, key: &str) -> bool {
        self.classes(key) & class::SURNAME != 0
    }

    /// Function words and other words that open sentences.
    pub fn is_starter(&self, key: &str) -> bool {
        self.classes(key) & class::STARTER != 0
    }
}

/// The kind of name a leading word opens ("Hurricane Milton", "Lake Geneva").
pub(crate) fn lead_kind(classes: u32) -> Option<EntityKind> {
    if classes & class::LEAD_EVENT != 0 {
        Some(EntityKind::Event)
    } else if classes & class::LEAD_PLACE != 0 {
        Some(EntityKind::Place)
    } else if classes & class::LEAD_PRODUCT != 0 {
        Some(EntityKind::Product)
    } else {
        None
    }
}

/// The kind of entity a head word closes, from its classes.
pub(crate) fn head_kind(classes: u32) -> Option<EntityKind> {
    if classes & class::HEAD_ORG != 0 {
        Some(EntityKind::Organization)
    } else if classes & class::HEAD_EVENT != 0 {
        Some(EntityKind::Event)
    } else if classes & class::HEAD_PLACE != 0 {
        Some(EntityKind::Place)
    } else {
        None
    }
}

/// The normalised key of one word or phrase.
pub(crate) fn key_of(text: &str) -> String {
    let mut ws: Vec<Word> = Vec::new();
    words::split(text, 0, None, &mut ws);
    let mut key = String::new();
    for (i, w) in ws.iter().enumerate().filter(|(_, w)| !w.is_punct(text)) {
        let glued = w.initial && i > 0 && ws[i - 1].initial;
        if !key.is_empty() && !glued {
            key.push(' ');
        }
        words::push_key(&mut key, w.text(text));
    }
    key
}

/// "WTO", "U.S.": at least two letters, all capitals.
pub(crate) fn is_acronym(name: &str) -> bool {
    let letters = name.chars().filter(|c| c.is_alphabetic());
    letters.clone().count() >= 2 && letters.clone().all(char::is_uppercase)
}

fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Splits a word-list file into `[section]` parts; words before any header are in section "".
fn sections(text: &str) -> Vec<(&str, String)> {
    let mut out: Vec<(&str, String)> = vec![("", String::new())];
    for line in data_lines(text) {
        match line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            Some(name) => out.push((name, String::new())),
            None => {
                let last = out.last_mut().expect("starts with one section");
                last.1.push_str(line);
                last.1.push('\n');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_periods_case_and_spacing_of_initials() {
        assert_eq!(key_of("U.S."), "us");
        assert_eq!(key_of("U. S."), "us");
        assert_eq!(key_of("S. Korean"), "s korean");
        assert_eq!(key_of("Washington, D.C."), "washington dc");
        assert_eq!(key_of("Korea’s"), "korea");
    }

    #[test]
    fn data_files_parse_into_the_expected_entries() {
        let lex = lexicon();
        let e = |k: &str| lex.phrase(k).map(|e| (e.canonical, e.kind));
        assert_eq!(e("s korean"), Some(("South Korea", EntityKind::Place)));
        assert_eq!(e("dprk"), Some(("North Korea", EntityKind::Place)));
        assert_eq!(e("wto"), Some(("World Trade Organization", EntityKind::Organization)));
        assert_eq!(e("photoresists"), Some(("photoresist", EntityKind::Product)));
        assert_eq!(e("etching gas"), Some(("hydrogen fluoride", EntityKind::Product)));
        assert_eq!(e("second world war"), Some(("World War II", EntityKind::Event)));
        assert_eq!(e("koreans"), Some(("South Korea", EntityKind::Place)));
        assert!(lex.phrase("resist").is_some_and(|e| e.needs_context));
        assert!(lex.phrase("us").is_some_and(|e| e.acronym));
        assert!(lex.is_prefix("world trade"));
        assert!(lex.classes("director-general") & lex.classes("mr") & class::TITLE != 0);
        assert_eq!(lex.head("bureau"), Some(EntityKind::Organization));
        assert!(lex.classes("wednesday") & class::CALENDAR != 0 && lex.is_starter("according"));
        assert!(lex.classes("world") & class::PHRASE != 0);
    }
}
