//! One pass over a sentence's words: gazetteer names, capitalised runs, roles, products.
//!
//! Approach: each word is looked up once (longest match in the lexicon, keyed on lower-case
//! text); the remaining capitalised words are grouped into runs ("chunks") that may contain
//! "of", "and", "for", "the" and, after "Ministry of", a list with commas. A small state
//! machine reads each chunk left to right: a title word opens a role ("Finance Minister"), a
//! head word closes an organisation ("... Affairs Bureau"), a known place is its own entity,
//! and the capitalised words left over become name candidates with their evidence (role,
//! hyphenated given name, known given name, speech verb, apposition with a role or an age,
//! "in the town of", a place noun after the name: "Al Haouz province", "Koutoubia mosque", or
//! an apposition: ", a village of ..."; "south of X", "near X and Y", "X, Fla.", a dateline's
//! "TAMPA," in capitals). Organisations are also named by a company noun before the name
//! ("shipping group Maersk", "operator Andes Copper", "Hamburg-based Hapag-Lloyd"), a noun after
//! it ("the Verdi union"), an apposition (", a trade group for ..."), "economists at X", ",
//! known as X" after a body, "-bank" compounds, "the Senate" alone and an unknown acronym that
//! owns, speaks or has staff ("BOVAG's", "NVWA spokeswoman"). A leading event or place word
//! names one with the word after it ("Hurricane Milton", "Lake Geneva"; a place up to three:
//! "Mount Lewotobi Laki-laki"); a compass word before a known place names a region ("East
//! Flores") or after it in languages that put it last ("Valencia Norte"); "X airport", "the X
//! bridge" are places. A name right after "said" or "met" is a person. A town from the long
//! list of cities.txt counts only where no other capitalised word touches it.
//! Whether a candidate is a person, a place or nothing is decided per article in `resolve`.
//!
//! Limits: English word order; a name needs capitals; one role per name; nested
//! organisations other than "X's Y" are read as one. The predicates that read a name's
//! surroundings live in [`evidence`], organisations closed by a head word in [`orgs`], goods and
//! their enumerations in [`goods`], models and trade names in [`models`], roles in [`roles`];
//! what stays here (the chunk state machine, names) is still about 2,000 lines.

use super::lexicon::{class, head_kind, is_acronym, lead_kind, Entry, Lexicon};
use super::resolve::LEGAL_FORMS;
use super::words::{self, push_key, Word};
use crate::model::{EntityKind, Span};
use crate::tokens::{Token, TokenKind};
use models::ModelInName;

mod compounds;
mod evidence;
mod goods;
mod models;
mod orgs;
mod roles;

/// What the scanner found; settled into mentions per article.
#[derive(Debug, Clone)]
pub(crate) enum Cand {
    /// A name whose canonical form is known (data files, head words).
    Known { span: Span, surface: Span, canonical: String, kind: EntityKind },
    /// An organisation found by its head word: its canonical name is settled per article.
    Org { span: Span, surface: Span, name: String },
    /// Capitalised words that may name a person or a place.
    Name(NameCand),
    /// Lower-case words ending in an organisation head word ("the trade ministry"), longest
    /// first; they count only when the article names that organisation in capitals, or when
    /// they are a portfolio and "ministry" (`portfolio`: "interior ministry"), which names a
    /// government body on its own.
    LowerOrg { spans: Vec<Span>, portfolio: Option<Span> },
}

impl Cand {
    /// Where it was printed; a lower-case body has several spans and gives none.
    pub(crate) fn span(&self) -> Option<Span> {
        match self {
            Cand::Known { span, .. } | Cand::Org { span, .. } => Some(*span),
            Cand::Name(n) => Some(n.span),
            Cand::LowerOrg { .. } => None,
        }
    }
}

/// A run of capitalised words with the evidence about it.
#[derive(Debug, Clone)]
pub(crate) struct NameCand {
    pub span: Span,
    /// The form recorded as an alias: the name, or with a monarch's title printed right before
    /// it ("King Sverre II", "Crown Princess Maren"), which is how such names are cited.
    pub surface: Span,
    /// The name with the lower-case noun printed after it that makes it a place ("Reykjanes
    /// peninsula", "Hwaseong battery plant"), recorded as an alias if it is read as one.
    pub with_noun: Option<Span>,
    /// The words, as printed.
    pub parts: Vec<String>,
    pub role: Option<String>,
    /// A role, title or organisation before it, or a role in an apposition.
    pub titled: bool,
    /// A person's name by its shape (hyphenated given name, known given or family name).
    pub name_like: bool,
    pub verb_after: bool,
    /// "in X", "the town of X".
    pub place_context: bool,
    /// "at X", "to X", "from X": a place unless the article names a body or a person so.
    pub weak_place: bool,
    pub sentence_initial: bool,
    pub headline: bool,
}

/// Reusable buffers, so scanning allocates little per sentence.
#[derive(Default)]
pub(crate) struct Scanner {
    words: Vec<Word>,
    arena: String,
    keys: Vec<(usize, usize)>,
    classes: Vec<u32>,
    items: Vec<Item>,
    chunks: Vec<(usize, usize)>,
    inside: Vec<bool>,
    key: String,
}

#[derive(Debug, Clone, Copy)]
enum ItemKind {
    Gaz(Entry),
    Cap,
    Conn,
    Comma,
    Other,
}

/// A word, or a gazetteer match over several words (`lo..hi`).
#[derive(Debug, Clone, Copy)]
struct Item {
    kind: ItemKind,
    lo: usize,
    hi: usize,
}

/// Whether a word reads as the adjective of a place the data does not list as a demonym
/// ("European", "Asian", "Nordic"): "the European market" is no market named European.
fn is_adjective_of_place(key: &str) -> bool {
    ["an", "ese", "ish", "ic", "i"].iter().any(|suffix| key.ends_with(suffix))
}

/// Words for a storm's grade before "Storm", "Cyclone" or "Typhoon" in its name.
pub(crate) const STORM_GRADES: &[&str] =
    &["tropical", "subtropical", "post-tropical", "extratropical", "severe", "super", "winter"];

/// Words that name a place with a number after them.
const NUMBERED_PLACES: &[&str] = &[
    "route",
    "highway",
    "interstate",
    "motorway",
    "expressway",
    "line",
    "terminal",
    "pier",
    "berth",
    "platform",
    "kiosk",
    "gate",
    "area",
    "zone",
    "block",
    "sector",
    "ward",
    "road",
    "runway",
    "plant",
    "reactor",
    "dock",
    "exit",
    "room",
    "courtroom",
    "junction",
    "shaft",
    "werk",
    "pavilion",
    "hangar",
    "tower",
    "fab",
];

/// Words that name a place with "No." and a number after them, besides [`NUMBERED_PLACES`]
/// ("Entrance No. 3", "Unit No. 2").
const NUMBERED_NAMES: &[&str] =
    &["entrance", "unit", "building", "well", "pit", "section", "school", "tank", "lyceum", "kindergarten"];

/// Place head words that are also common family names.
const FAMILY_NAME_HEADS: &[&str] =
    &["hall", "marsh", "weir", "moss", "field", "banks", "plant", "mine", "farm", "quarry"];

/// Lower-case nouns for a country's subdivisions, printed after a known place's name ("Jilin
/// province"). Unlike `resolve::SUBDIVISIONS`, words that make a name of their own ("Edo
/// State"), these only cite the place: no "state" ("Texas state troopers"), but "district"
/// and "county".
const SUBDIVISION_NOUNS: &[&str] =
    &["province", "region", "district", "county", "prefecture", "governorate", "oblast"];

/// Lower-case nouns after a name that make it a place ("Al Haouz province", "Koutoubia
/// mosque", "High Atlas mountains"); a plural covers every name of the list before it ("Al
/// Haouz and Taroudant provinces").
const PLACE_NOUNS_AFTER: &[&str] = &[
    "province",
    "region",
    "district",
    "county",
    "prefecture",
    "governorate",
    "state",
    "village",
    "city",
    "port",
    "airport",
    "mosque",
    "cathedral",
    "church",
    "temple",
    "shrine",
    "mountains",
    "mountain",
    "valley",
    "river",
    "island",
    "desert",
    "coast",
    "mine",
    "refinery",
    "plant",
    "dam",
    "terminal",
    "oilfield",
    "farm",
    "site",
    "fjord",
    "lighthouse",
    "camp",
    "ward",
    "neighborhood",
    "neighbourhood",
    "suburb",
    "area",
    "municipality",
    "volcano",
    "peninsula",
    "pipeline",
    "station",
    "bridge",
    "tunnel",
    "canal",
    "reservoir",
    "stadium",
    "glacier",
    "lake",
    "creek",
    "stream",
    "basin",
    "delta",
    "lagoon",
    "estuary",
    "plateau",
    "forest",
    "gorge",
    "ridge",
    "hills",
    "hill",
    "beach",
    "harbour",
    "harbor",
    "gasfield",
    "facility",
];

/// Words of data/heads.txt's [place-first] that open a place's name only before "of": "Gulf of
/// Finland", "Isle of Wight" ("Gulf Air", "Sea Shepherd" are no places).
const LEADS_BEFORE_OF: &[&str] = &["gulf", "bay", "sea", "isle", "strait", "straits", "firth"];

/// What a company is to another, after "its": "its Estonian counterpart Elering AS", "its
/// rival Coles" name companies, where "his counterpart" names a person.
const COMPANY_PEERS: [&str; 6] = ["counterpart", "rival", "competitor", "peer", "partner", "parent"];

/// Whether a known name may follow "Royal" in a body's name: a demonym or a place's name, not
/// an acronym ("the Royal Thai Navy", "the Royal New Zealand Air Force").
pub(super) fn follows_royal(e: Entry) -> bool {
    e.demonym || e.kind == EntityKind::Place && !e.acronym
}

/// Titles that are cited with a monarch's name ("King Sverre II", "Crown Princess Maren").
const ROYAL_TITLES: [&str; 12] = [
    "king", "queen", "prince", "princess", "crown", "emperor", "empress", "sultan", "emir", "grand", "duke",
    "duchess",
];

/// Compass words that follow a place's name in Spanish, Portuguese, Italian, French, German
/// and Dutch ("Valencia Norte", "Berlin Süd").
const TRAILING_COMPASS: &[&str] = &[
    "norte",
    "sur",
    "este",
    "oeste",
    "nord",
    "sud",
    "süd",
    "est",
    "ouest",
    "ost",
    "noord",
    "zuid",
    "oost",
    // Constituencies: "Cork North-West", "Dublin Mid-West".
    "north-west",
    "south-west",
    "north-east",
    "south-east",
    "mid-west",
];

/// Titles of address that say a person follows, never a portfolio ("Mr", "Dr", "Maître").
const HONORIFICS: &[&str] =
    &["mr", "mrs", "ms", "mx", "dr", "prof", "sir", "dame", "maître", "maitre", "lawyer"];

/// Words that qualify a role printed after them ("Deputy minister", "Acting director").
const ROLE_MODIFIERS: &[&str] = &["deputy", "vice", "acting", "former", "senior", "assistant", "interim"];

/// Lower-case nouns that a place owns: "Mezdra's mayor", "the city's outskirts".
const PLACE_OWNED: &[&str] =
    &["mayor", "mayoral", "governor", "residents", "outskirts", "suburbs", "streets"];

/// Lower-case nouns for the people of a place: "the people of Grindavík".
const PLACE_PEOPLE: &[&str] = &["people", "inhabitants", "villagers", "townspeople", "citizens", "residents"];

/// Lower-case nouns for someone said to come from a place: "a woman from Wiedtal". Not a trade
/// ("an analyst from Jefferies" is from a firm).
const PERSON_FROM: &[&str] = &[
    "man",
    "woman",
    "boy",
    "girl",
    "men",
    "women",
    "children",
    "child",
    "family",
    "families",
    "couple",
    "resident",
    "residents",
    "driver",
    "farmer",
    "farmers",
    "fisherman",
    "fishermen",
    "villager",
    "villagers",
    "pensioner",
    "retiree",
    "teenager",
    "student",
    "students",
    "mother",
    "father",
    "grandmother",
    "grandfather",
    "survivor",
    "survivors",
    "passenger",
    "passengers",
    "pilgrims",
];

/// Compass words that open a region's name before a known place ("East Flores").
const REGION_COMPASS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "central",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "northern",
    "southern",
    "eastern",
    "western",
];

/// Head words that name one body alone after "the" ("the Senate"); "the Ministry" or "the
/// Bank" alone could be any.
const LONE_BODIES: &[&str] = &["senate", "parliament", "congress", "cabinet", "assembly"];

/// Plural nouns for a firm's staff: "analysts at X" names the firm.
const STAFF: &[&str] = &["analysts", "economists", "strategists", "researchers", "executives", "traders"];

/// Lower-case nouns after a name that make it an organisation ("the Verdi union").
const ORG_NOUNS_AFTER: &[&str] = &[
    "union",
    "party",
    "group",
    "militia",
    "movement",
    "alliance",
    "cooperative",
    "co-operative",
    "gang",
    "cartel",
    "faction",
];

const DETERMINERS: &[&str] = &["the", "a", "an", "his", "her", "its", "their", "our", "my", "your"];
const PLACE_NOUNS: &[&str] = &[
    "canton",
    "valley",
    "resort",
    "town",
    "township",
    "hamlet",
    "settlement",
    "city",
    "village",
    "province",
    "county",
    "district",
    "region",
    "capital",
    "port",
    "island",
    "prefecture",
    "municipality",
    "suburb",
    "state",
    "department",
    "road",
    "street",
    "highway",
    "motorway",
    "river",
    "lake",
    "fjord",
    "bay",
    "peninsula",
    "neighbourhood",
    "neighborhood",
    "hill",
    "mountain",
    "volcano",
];

/// Lower-case nouns after a name that make it a named undertaking, an event ("the Baltic
/// Sentry mission", "the Artemis programme", "the Belt and Road initiative").
const EVENT_NOUNS_AFTER: &[&str] = &["mission", "programme", "program", "initiative", "project"];

/// Happenings of the earth named by where they struck: "the Heimaey eruption", "the Noto
/// earthquake".
/// (A fire's name is the fire's: "the Crooked Horse Creek wildfire" is an event.)
const DISASTERS_AT: &[&str] =
    &["eruption", "eruptions", "earthquake", "earthquakes", "quake", "tsunami", "landslide", "mudslide"];

impl Scanner {
    /// Scans the sentence `raw[span]`, cut into `tokens` when given, appending candidates to
    /// `out`.
    pub fn sentence(
        &mut self,
        raw: &str,
        span: Span,
        tokens: Option<&[Token]>,
        lex: &Lexicon,
        out: &mut Vec<Cand>,
    ) {
        self.words.clear();
        let text = &raw[span.start..span.end];
        match tokens {
            Some(tokens) => words::split_tokens(text, tokens, span.start, Some(lex), &mut self.words),
            None => words::split(text, span.start, Some(lex), &mut self.words),
        }
        self.arena.clear();
        self.keys.clear();
        self.classes.clear();
        for w in &self.words {
            let start = self.arena.len();
            push_key(&mut self.arena, w.text(raw));
            self.keys.push((start, self.arena.len()));
            self.classes.push(if w.kind == TokenKind::Word { lex.classes(&self.arena[start..]) } else { 0 });
        }
        let first_word = self.words.iter().position(|w| w.kind != TokenKind::Punct).unwrap_or(0);
        let s = Sentence {
            raw,
            lex,
            words: &self.words,
            arena: &self.arena,
            keys: &self.keys,
            classes: &self.classes,
            first_word,
        };
        s.items(&mut self.items, &mut self.key);
        let headline = s.is_headline();
        let mut products = Vec::new();
        let mut lower_orgs = Vec::new();
        for (n, item) in self.items.iter().enumerate() {
            match item.kind {
                ItemKind::Gaz(e) if e.kind == EntityKind::Product => products.push((n, e)),
                // "velanitinib", "tivoplatin": a medicine's international name.
                ItemKind::Other if item.hi - item.lo == 1 && models::is_drug_name(s.text(item.lo)) => {
                    out.push(s.known(s.span(item.lo, item.hi), EntityKind::Product))
                }
                ItemKind::Other if s.is_lower_org_head(item.lo) => match s.lower_org_with_acronym(item.lo) {
                    Some(found) => out.extend(found),
                    None => lower_orgs.push(s.lower_org(item.lo)),
                },
                _ => {}
            }
        }
        s.products(&self.items, &products, out);
        out.extend(
            lower_orgs
                .into_iter()
                .filter(|(l, _)| !l.is_empty())
                .map(|(spans, portfolio)| Cand::LowerOrg { spans, portfolio }),
        );
        chunks(&self.items, &s, &mut self.chunks);
        // Commas inside a name ("Ministry of Trade, Industry and Energy") do not end an
        // apposition.
        self.inside.clear();
        self.inside.resize(self.words.len(), false);
        for it in &self.items {
            if matches!(it.kind, ItemKind::Gaz(_)) {
                self.inside[it.lo..it.hi].iter_mut().for_each(|x| *x = true);
            }
        }
        for &(lo, hi) in &self.chunks {
            for it in self.items[lo..hi].iter().filter(|it| matches!(it.kind, ItemKind::Comma)) {
                self.inside[it.lo] = true;
            }
        }
        let ctx = ChunkCtx { items: &self.items, inside: &self.inside, headline };
        let first_cand = out.len();
        for &(lo, hi) in &self.chunks {
            s.chunk(&ctx, lo, hi, out);
        }
        s.bracketed_legal_forms(first_cand, out);
        s.second_legal_forms(first_cand, out);
    }
}

struct Sentence<'a> {
    raw: &'a str,
    lex: &'a Lexicon,
    words: &'a [Word],
    arena: &'a str,
    keys: &'a [(usize, usize)],
    classes: &'a [u32],
    first_word: usize,
}

struct ChunkCtx<'a> {
    items: &'a [Item],
    /// Words inside a known name or a chunk's list.
    inside: &'a [bool],
    headline: bool,
}

/// Maximal runs of capitalised items and known names, joined by connectors.
fn chunks(items: &[Item], s: &Sentence, out: &mut Vec<(usize, usize)>) {
    let named = |k: usize| {
        items.get(k).is_some_and(|i| match i.kind {
            ItemKind::Gaz(e) => e.kind != EntityKind::Product,
            ItemKind::Cap => true,
            _ => false,
        })
    };
    let conn = |k: usize| items.get(k).is_some_and(|i| matches!(i.kind, ItemKind::Conn));
    // "the General Directorate of Civil Protection and the Royal Gendarmerie": two bodies.
    let and_the = |k: usize| s.key(items[k].lo) == "and" && s.key(items[k + 1].lo) == "the";
    out.clear();
    let mut k = 0;
    while k < items.len() {
        if !named(k) {
            k += 1;
            continue;
        }
        let start = k;
        let mut end = k + 1;
        loop {
            if named(end) {
                end += 1;
            } else if conn(end) && named(end + 1) {
                end += 2;
            } else if conn(end)
                && conn(end + 1)
                && named(end + 2)
                // "the Minister for International Development and the Pacific": a portfolio
                // runs on.
                && (!and_the(end) || (start..end).any(|j| s.is(items[j].lo, class::TITLE)))
            {
                end += 3;
            } else if let Some(next) = s.list_end(items, start, end) {
                end = next;
            } else {
                break;
            }
        }
        // "New Year's Eve", "Lunar New Year": capitalised words before "Year" name a holiday.
        let mut last = end;
        if s.words.get(items[end - 1].hi).is_some_and(|_| s.key(items[end - 1].hi) == "year") {
            while last > start
                && matches!(items[last - 1].kind, ItemKind::Cap)
                && (last == end || !s.words[items[last - 1].lo].possessive)
            {
                last -= 1;
            }
        }
        if last > start {
            out.push((start, last));
        }
        k = end;
    }
}

impl<'a> Sentence<'a> {
    /// A name of `kind` printed as `span`, named as printed.
    fn known(&self, span: Span, kind: EntityKind) -> Cand {
        Cand::Known { span, surface: span, canonical: collapse(&self.raw[span.start..span.end]), kind }
    }

    fn key(&self, w: usize) -> &'a str {
        let (a, b) = self.keys[w];
        &self.arena[a..b]
    }

    /// Whether word `w` has any of the class bits in `bits`.
    fn is(&self, w: usize, bits: u32) -> bool {
        self.classes.get(w).is_some_and(|c| c & bits != 0)
    }

    /// The number after "No.", "No", "Nº" or "N°" at word `w` ("Entrance No. 3"), if any.
    fn number_after_no(&self, w: usize) -> Option<usize> {
        if w >= self.words.len() || !matches!(self.text(w), "No" | "Nº" | "N°" | "NO") {
            return None;
        }
        let n = if self.is_punct(w + 1, ".") { w + 2 } else { w + 1 };
        self.words.get(n).is_some_and(|t| t.kind == TokenKind::Number).then_some(n)
    }

    /// Whether word `w` is a capitalised word no list gives a class (no name, head or title).
    fn lexicon_silent(&self, w: usize) -> bool {
        self.classes.get(w) == Some(&0)
            && self.is_capitalised(w)
            && !crate::entities::lexicon::is_acronym(self.text(w))
    }

    fn head(&self, w: usize) -> Option<EntityKind> {
        head_kind(self.classes[w])
    }

    fn text(&self, w: usize) -> &'a str {
        self.words[w].text(self.raw)
    }

    fn is_word(&self, w: usize) -> bool {
        self.words.get(w).is_some_and(|w| w.kind == TokenKind::Word)
    }

    /// Whether word `w` exists and starts with a capital letter.
    fn is_capitalised(&self, w: usize) -> bool {
        self.words.get(w).is_some_and(|word| word.is_capitalised(self.raw))
    }

    fn is_lower(&self, w: usize) -> bool {
        self.is_word(w) && {
            let t = self.text(w);
            match t.as_bytes()[0] {
                b if b.is_ascii() => b.is_ascii_lowercase() && !words::has_arabic_article(t),
                _ => t.starts_with(char::is_lowercase),
            }
        }
    }

    fn is_punct(&self, w: usize, p: &str) -> bool {
        self.words.get(w).is_some_and(|x| x.kind == TokenKind::Punct && x.text(self.raw) == p)
    }

    fn span(&self, lo: usize, hi: usize) -> Span {
        Span { start: self.words[lo].start, end: self.words[hi - 1].end }
    }

    /// Whether `item` is the connector `word` ("and", "of", "for") inside a run of names.
    fn is_conn(&self, item: &Item, word: &str) -> bool {
        matches!(item.kind, ItemKind::Conn) && self.key(item.lo) == word
    }

    /// Whether word `w` opens the sentence, a quotation or a parenthesis.
    fn sentence_initial(&self, w: usize) -> bool {
        let Some(prev) = w.checked_sub(1) else { return true };
        if w <= self.first_word {
            return true;
        }
        ["“", "\"", "‘", "(", ":", "'"].iter().any(|p| self.is_punct(prev, p))
    }

    /// "Karoo Solar (Pty) Ltd", "Gwenhure Mining Company (Private) Limited": a legal form
    /// printed in two parts, the first in brackets, closes the company's name read before it
    /// (from `out[first..]`, this sentence's candidates), or the capitalised words before it;
    /// what was read inside the form goes.
    fn bracketed_legal_forms(&self, first: usize, out: &mut Vec<Cand>) {
        for w in 1..self.words.len().saturating_sub(3) {
            if !(self.is_punct(w, "(")
                && matches!(self.key(w + 1), "pty" | "pvt" | "private" | "proprietary")
                && self.is_punct(w + 2, ")")
                && matches!(self.key(w + 3), "ltd" | "limited")
                && self.is_capitalised(w - 1))
            {
                continue;
            }
            let (name_end, form_end) = (self.words[w - 1].end, self.words[w + 3].end);
            let inside =
                |c: &Cand| c.span().is_some_and(|s| s.start >= self.words[w].start && s.end <= form_end);
            let before = out[first..].iter().position(|c| c.span().is_some_and(|s| s.end == name_end));
            let start = match before {
                Some(k) => out[first + k].span().map_or(name_end, |s| s.start),
                None => {
                    let lo = (w.saturating_sub(4)..w).rev().take_while(|&j| self.is_capitalised(j)).last();
                    match lo.filter(|&lo| !self.sentence_initial(lo) || w - lo >= 2) {
                        Some(lo) => self.words[lo].start,
                        None => continue,
                    }
                }
            };
            let span = Span { start, end: form_end };
            let org = Cand::Org { span, surface: span, name: collapse(&self.raw[start..form_end]) };
            let keep: Vec<Cand> = out
                .drain(first..)
                .filter(|c| !inside(c) && !c.span().is_some_and(|s| s.end == name_end && s.start >= start))
                .collect();
            out.extend(keep);
            out.push(org);
        }
    }

    /// "Kestrel Tankers Pte. Ltd.", "Harukaze Motor Co., Ltd.", "Tren Maya S.A. de C.V.": a
    /// legal form printed in two parts after a period or a comma. A company's name read up to
    /// its first part (in `out[first..]`) takes the second; what was read inside it goes.
    fn second_legal_forms(&self, first: usize, out: &mut Vec<Cand>) {
        const SECOND_PARTS: &[&str] =
            &["Ltd", "Limited", "Bhd", "Tbk", "de C.V.", "de CV", "de R.L. de C.V."];
        let mut k = first;
        while k < out.len() {
            let Cand::Org { span, surface, ref name } = out[k] else {
                k += 1;
                continue;
            };
            let tail = &self.raw[span.end..];
            let gap = tail.len() - tail.trim_start_matches(['.', ',']).trim_start_matches(' ').len();
            let after = &tail[gap..];
            let second = SECOND_PARTS.iter().find(|p| {
                after.starts_with(*p) && !after[p.len()..].starts_with(|c: char| c.is_alphanumeric())
            });
            let first_part = || {
                let last_word = name.rsplit(' ').next().unwrap_or_default();
                LEGAL_FORMS.contains(&words::name_key(last_word).as_str())
                    || matches!(last_word.trim_end_matches('.'), "S.A" | "SA" | "S.A.B" | "SAB")
            };
            let Some(second) = second.filter(|_| (1..=3).contains(&gap) && first_part()) else {
                k += 1;
                continue;
            };
            let (old_end, end) = (span.end, span.end + gap + second.len());
            let grown = Span { start: span.start, end };
            out[k] = Cand::Org {
                span: grown,
                surface: Span { start: surface.start, end },
                name: collapse(&self.raw[grown.start..end]),
            };
            // "de C.V." was read as a name of its own.
            let read_inside = |c: &Cand| c.span().is_some_and(|s| s.start >= old_end && s.end <= end);
            out.retain(|c| !read_inside(c));
            k += 1;
        }
    }

    /// Headline case: hardly any longer word in lower case.
    fn is_headline(&self) -> bool {
        let (mut lower, mut all) = (0, 0);
        for (i, w) in self.words.iter().enumerate() {
            if w.kind == TokenKind::Word && self.text(i).len() >= 4 && !self.is(i, class::STARTER) {
                all += 1;
                lower += usize::from(!w.is_capitalised(self.raw));
            }
        }
        let last = self.words.iter().rposition(|w| {
            !matches!(w.kind, TokenKind::Punct) || {
                let t = w.text(self.raw);
                !matches!(t, "\"" | "”" | "’" | "'" | ")")
            }
        });
        let ends_like_prose = last.is_some_and(|l| [".", "!", "?", ":"].iter().any(|p| self.is_punct(l, p)));
        all >= 3 && lower * 8 <= all && !ends_like_prose
    }

    /// Classifies every word: gazetteer matches, capitalised words, connectors.
    fn items(&self, items: &mut Vec<Item>, key: &mut String) {
        items.clear();
        let mut i = 0;
        while i < self.words.len() {
            let w = self.words[i];
            let item = |kind| Item { kind, lo: i, hi: i + 1 };
            if w.kind == TokenKind::Punct {
                // "Pratt & Whitney", "Procter & Gamble": an ampersand joins one name's words.
                let ampersand =
                    self.text(i) == "&" && i > 0 && self.is_capitalised(i - 1) && self.is_capitalised(i + 1);
                items.push(item(match self.text(i) {
                    "," => ItemKind::Comma,
                    _ if ampersand => ItemKind::Conn,
                    _ => ItemKind::Other,
                }));
            } else if let Some((hi, e)) = (self.is(i, class::PHRASE) || w.initial)
                .then(|| self.gazetteer(i, key))
                .flatten()
                // "the Cobalt Meridian painting": a material's name (lower case in the data)
                // between capitalised words is a word of another name.
                .filter(|&(hi, e)| {
                    let material = e.kind == EntityKind::Product
                        && e.canonical.starts_with(char::is_lowercase)
                        && self.is_capitalised(i);
                    !((e.minor || material && !self.sentence_initial(i)) && self.touches_capitalised(i, hi))
                })
                // "Trade Union Congress": a known body named by its head word alone ("Congress")
                // is another body's head word after capitalised words.
                .filter(|&(hi, e)| {
                    !(e.kind == EntityKind::Organization
                        && hi == i + 1
                        && self.is(i, class::HEAD_ORG)
                        && (i.checked_sub(1).is_some_and(|p| {
                            self.is_word(p)
                                && self.is_capitalised(p)
                                && !self.words[p].possessive
                                && !self.is(p, class::STARTER | class::CALENDAR)
                        }) || self.of_a_name_after(hi)))
                })
            {
                items.push(Item { kind: ItemKind::Gaz(e), lo: i, hi });
                i = hi;
                continue;
            } else if w.kind == TokenKind::Word
                && (w.is_capitalised(self.raw) || w.initial)
                && (!self.is(i, class::CALENDAR) || self.calendar_word_in_name(i))
                && !self.unit_after_number(i)
                || self.ordinal_street(i)
                || self.lower_case_legal_form(i)
                // "Haidar Sabah al-Jubouri": an Arabic family name with its article, printed in
                // lower case after the capitalised words of the name.
                || i > 0 && self.is_capitalised(i - 1) && words::has_arabic_article(self.text(i))
            {
                items.push(item(ItemKind::Cap));
            } else if self.is(i, class::CONNECTOR) && self.is_lower(i) {
                items.push(item(ItemKind::Conn));
            } else {
                items.push(item(ItemKind::Other));
            }
            i += 1;
        }
    }

    /// "Congress of the Republic", "Senate of Canada": "of" and a capitalised name after word
    /// `w - 1`, so a body known by its head word alone is named by more.
    fn of_a_name_after(&self, w: usize) -> bool {
        let name =
            if self.words.get(w + 1).is_some_and(|_| self.key(w + 1) == "the") { w + 2 } else { w + 1 };
        self.words.get(w).is_some_and(|_| self.key(w) == "of" && self.is_lower(w))
            && self.words.get(name).is_some_and(|_| self.is_capitalised(name))
    }

    /// "Hraunorka hf", "Grjótverk ehf.": Iceland's legal forms are printed in lower case after
    /// the firm's capitalised name, and close it like "Ltd" or "SA".
    fn lower_case_legal_form(&self, w: usize) -> bool {
        w > 0 && self.is_capitalised(w - 1) && matches!(self.text(w), "hf" | "ehf" | "ohf")
    }

    /// "the 75 MW Hrólfsvellir Power Station": a unit after a number opens no name.
    fn unit_after_number(&self, w: usize) -> bool {
        w > 0
            && self.words[w - 1].kind == TokenKind::Number
            && matches!(
                self.text(w),
                "MW" | "GW"
                    | "TW"
                    | "KW"
                    | "MWh"
                    | "GWh"
                    | "TWh"
                    | "MWe"
                    | "GWe"
                    | "MWp"
                    | "MVA"
                    | "GB"
                    | "TB"
            )
    }

    /// "East 57th Street", "42nd Avenue": an ordinal before a street's head word is a word of
    /// the street's name.
    fn ordinal_street(&self, w: usize) -> bool {
        let ordinal = |t: &str| {
            let digits = t.bytes().take_while(u8::is_ascii_digit).count();
            digits > 0 && matches!(&t[digits..], "st" | "nd" | "rd" | "th")
        };
        self.words[w].kind == TokenKind::Number
            && ordinal(self.text(w))
            && self.is_capitalised(w + 1)
            && matches!(
                self.key(w + 1),
                "street" | "avenue" | "st" | "ave" | "boulevard" | "road" | "parallel"
            )
    }

    /// "Nguyen Thi Thu Ha": a short weekday or month abbreviation without a period between two
    /// capitalised words, or after a preposition of place and before one, is a word of a name.
    fn calendar_word_in_name(&self, w: usize) -> bool {
        let name_word = |v: usize| self.is_capitalised(v) && !self.is(v, class::CALENDAR | class::STARTER);
        // "in Thu Thiem", "near Mon Repos": after a preposition of place, too.
        let place_preposition =
            |p: usize| self.is_lower(p) && matches!(self.key(p), "in" | "at" | "near" | "from" | "to");
        let inside = self.text(w).len() <= 3
            && !self.is_punct(w + 1, ".")
            && w.checked_sub(1).is_some_and(|p| self.is_word(p) && (name_word(p) || place_preposition(p)))
            && self.is_word(w + 1)
            && name_word(w + 1);
        // "spokesman Jan Matoušek": the month's short form is a given name before a family name;
        // "Theresa May": the month is a family name after a given name.
        let given_jan = self.text(w) == "Jan" && self.is_word(w + 1) && name_word(w + 1);
        let family_may = self.text(w) == "May"
            && w.checked_sub(1).is_some_and(|p| self.is(p, class::FIRST_NAME) && self.is_capitalised(p))
            && !self.words.get(w + 1).is_some_and(|n| n.kind == TokenKind::Number);
        inside || given_jan || family_may
    }

    /// "president Mercedes Llorens": after a title, a known one-word name (item `k`) followed
    /// by a capitalised word opens a person's name; "Angela Moody", "Henry Ford": after a given
    /// name, a known company's one-word name is a family name.
    fn known_name_in_person(&self, st: &ChunkState, items: &[Item], k: usize, hi: usize, e: Entry) -> bool {
        let it = items[k];
        let single = it.hi - it.lo == 1 && !e.acronym && !(e.kind == EntityKind::Place && e.demonym);
        let is_cap = |j: usize| matches!(items[j].kind, ItemKind::Cap);
        let caps_pending = st.pending.iter().filter(|&&p| is_cap(p)).count();
        // A capitalised word waits right before the known name, and it ends the run.
        let cap_just_before = k > 0 && st.pending.last() == Some(&(k - 1)) && is_cap(k - 1);
        let ends_run = k + 1 == hi || !matches!(items[k + 1].kind, ItemKind::Cap | ItemKind::Gaz(_));
        let after_title = st.role.is_some()
            && caps_pending == 0
            && k + 1 < hi
            && is_cap(k + 1)
            && !self.is(items[k + 1].lo, class::TITLE | class::HEAD | class::CALENDAR);
        // "Sarah Jordan", "Ernesto Córdoba Quintero": a place's name is many a family name.
        let after_given_name = cap_just_before && self.is(items[k - 1].lo, class::FIRST_NAME);
        // "Defense Secretary Gilberto Asuncion": after a title, one unknown word and a place's
        // name that ends the run are the person's given and family names.
        // "Commission chair Yesenia Cahuana Flores": after two words, a second family name.
        let titled_two_words = st.role.is_some()
            && (1..=2).contains(&caps_pending)
            && cap_just_before
            && items[k - 1].hi == it.lo
            && !self.words[items[k - 1].hi - 1].possessive
            && ends_run;
        // "Jordan Kaur, president of the union", "Sofia Marchetti, a competition lawyer": a
        // place's name, one more word and a title or a trade after a comma are a person's
        // given and family names.
        let before_titled_apposition = e.kind == EntityKind::Place
            && caps_pending == 0
            && k + 2 == hi
            && is_cap(k + 1)
            && it.hi == items[k + 1].lo
            && !self.words[it.hi - 1].possessive
            && !self.is(items[k + 1].lo, class::HEAD | class::TITLE | class::CALENDAR)
            && self.is_punct(items[k + 1].hi, ",")
            && (self.is_lower(items[k + 1].hi + 1) && self.is(items[k + 1].hi + 1, class::TITLE)
                // "Sofia Marchetti, a competition lawyer at …": a trade in apposition.
                || self.person_apposition(items[k + 1].hi));
        // "Maria do Socorro Lima": a name with a particle goes on to its last word, a city's
        // name or not.
        let after_particle = cap_just_before
            && st.pending.first().is_some_and(|&p| is_cap(p))
            && st.pending.iter().any(|&p| {
                matches!(items[p].kind, ItemKind::Conn)
                    && matches!(
                        self.text(items[p].lo),
                        "do" | "da" | "dos" | "das" | "de" | "del" | "van" | "von" | "bin"
                    )
            })
            && ends_run;
        // "Nusrat Jahan Lima, an assistant superintendent", "Cristián Andrés Pizarro Lagos": a
        // given name and one or two more words, then a place's name that ends the run.
        let after_full_name = cap_just_before
            && (2..=3).contains(&caps_pending)
            && caps_pending == st.pending.len()
            && self.is(items[st.pending[0]].lo, class::FIRST_NAME)
            && st.pending.windows(2).all(|w| items[w[0]].hi == items[w[1]].lo)
            && st.pending.iter().all(|&p| !self.words[items[p].hi - 1].possessive)
            && items[k - 1].hi == it.lo
            && !self.words[it.hi - 1].possessive
            && ends_run;
        // "Georgia O'Keeffe", "Victoria Beckham": a place's name that is also a given name,
        // before one more capitalised word that no list knows and that ends the run, opens a
        // person's name.
        let given_name_first = e.kind == EntityKind::Place
            && self.is(it.lo, class::FIRST_NAME)
            && caps_pending == 0
            && k + 2 == hi
            && is_cap(k + 1)
            && it.hi == items[k + 1].lo
            && !self.words[it.hi - 1].possessive
            && self.classes[items[k + 1].lo] == 0;
        single
            && (after_title
                || after_given_name
                || titled_two_words
                || before_titled_apposition
                || after_particle
                || after_full_name
                || given_name_first)
    }

    /// "Sanuki Asahi Bank": a known company's one word ("Asahi") between capitalised words and
    /// a body's head word is part of another body's name.
    fn known_org_inside_name(&self, st: &ChunkState, items: &[Item], k: usize, hi: usize, e: Entry) -> bool {
        let it = items[k];
        e.kind == EntityKind::Organization
            && !e.acronym
            && it.hi - it.lo == 1
            && k > 0
            && st.pending.last() == Some(&(k - 1))
            && matches!(items[k - 1].kind, ItemKind::Cap)
            && items[k - 1].hi == it.lo
            && !self.words[items[k - 1].hi - 1].possessive
            && !self.words[it.hi - 1].possessive
            && k + 1 < hi
            && matches!(items[k + 1].kind, ItemKind::Cap)
            && items[k + 1].lo == it.hi
            && self.is(items[k + 1].lo, class::HEAD_ORG)
    }

    /// "the Energy and Water Utilities Regulatory Authority": a head word (item `k`) that opens
    /// the run and is joined by "and" to a capitalised word that is no head word itself does not
    /// close the name ("the Army and Navy" are two bodies).
    fn opens_coordinated_name(&self, st: &ChunkState, items: &[Item], k: usize, hi: usize) -> bool {
        !st.pending.iter().any(|&p| matches!(items[p].kind, ItemKind::Cap))
            && st.last_gaz.is_none_or(|(g, _, _)| g + 1 != k)
            && k + 2 < hi
            && matches!(items[k + 1].kind, ItemKind::Conn)
            && self.key(items[k + 1].lo) == "and"
            && matches!(items[k + 2].kind, ItemKind::Cap)
            && !self.is(items[k + 2].lo, class::HEAD)
    }

    /// "Minister for Climate Crisis and Civil Protection Christos Dimitriou", "Climate Crisis
    /// and Civil Protection Minister …": a head word (item `k`) inside a role's portfolio, with
    /// the role's title before it in the run or after it followed by a name, closes nothing.
    fn inside_portfolio(&self, st: &ChunkState, items: &[Item], k: usize, hi: usize) -> bool {
        let is_cap = |j: usize| matches!(items[j].kind, ItemKind::Cap);
        let joins = |j: usize| self.is_conn(&items[j], "and");
        let title_opened = st.role.is_some_and(|r| r < items[k].lo)
            && st.pending.iter().any(|&p| self.is_conn(&items[p], "for"));
        let mut j = k + 1;
        while j < hi && (is_cap(j) || joins(j)) {
            if is_cap(j) && self.is(items[j].lo, class::TITLE) {
                return j + 1 < hi && is_cap(j + 1) && !self.is(items[j + 1].lo, class::HEAD);
            }
            j += 1;
        }
        // After "Minister for …", the run must still hold a name after the head: two more words.
        title_opened && (k + 1..hi).filter(|&j| is_cap(j)).count() >= 2
    }

    /// Whether a capitalised word (not one that opens sentences, nor a month or weekday) stands
    /// right before or after words `lo..hi`, or a model number after them: "Yoichi Iida",
    /// "Cerro Blanco", "the Orion 7 rocket".
    fn touches_capitalised(&self, lo: usize, hi: usize) -> bool {
        let name_word = |w: usize| self.is_capitalised(w) && !self.is(w, class::STARTER | class::CALENDAR);
        let number_after = self.words.get(hi).is_some_and(|w| w.kind == TokenKind::Number);
        lo.checked_sub(1).is_some_and(|p| self.is_word(p) && name_word(p))
            || self.is_word(hi) && name_word(hi)
            || number_after
    }

    /// The longest lexicon phrase starting at word `i` that is printed acceptably.
    fn gazetteer(&self, i: usize, key: &mut String) -> Option<(usize, Entry)> {
        key.clear();
        let mut best = None;
        let mut count = 0;
        let mut j = i;
        while j < self.words.len() && count < self.lex.max_words {
            let w = self.words[j];
            if w.kind == TokenKind::Punct {
                // "Ministry of Trade, Industry and Energy"; not "Sunbridge Capital, a fund".
                let capitalised = |k: usize| self.words.get(k).is_some_and(|n| n.is_capitalised(self.raw));
                // "Gavi, the Vaccine Alliance" too.
                let goes_on = capitalised(j + 1) || capitalised(j + 2) && self.key(j + 1) == "the";
                if count > 0 && self.text(j) == "," && goes_on {
                    j += 1;
                    continue;
                }
                break;
            }
            if count > 0 && !(w.initial && self.words[j - 1].initial) {
                key.push(' ');
            }
            key.push_str(self.key(j));
            count += 1;
            if let Some(e) = self.lex.phrase(key).filter(|e| self.printed_as(e, i, j + 1)) {
                best = Some((j + 1, *e));
            }
            let gluing = w.initial && self.words.get(j + 1).is_some_and(|n| n.initial);
            if w.possessive || !(gluing || self.lex.is_prefix(key)) {
                break;
            }
            j += 1;
        }
        best
    }

    /// Acronyms must be in capitals; names (but not products) must start with one.
    fn printed_as(&self, e: &Entry, lo: usize, hi: usize) -> bool {
        let surface = &self.raw[self.words[lo].start..self.words[hi - 1].end];
        let end = self.words[hi - 1].end;
        if e.dotted && !surface.contains('.') {
            // "Calgary, Alta." or "in Fla." but not "campaign on Maré Alta.": an abbreviation
            // whose full stop follows it stands after a comma or alone, not inside a name.
            let inside_name =
                lo > 0 && self.words[lo - 1].kind == TokenKind::Word && self.is_capitalised(lo - 1);
            // "founded in 753 BC.": after a number it is an era, not "B.C.".
            let after_number = lo > 0 && self.words[lo - 1].kind == TokenKind::Number;
            if !self.raw[end..].starts_with('.') || inside_name || after_number {
                return false;
            }
        }
        if e.acronym {
            surface.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
        } else {
            // "The independent Teachers' Union" opens with no outlet ("The Independent"): a
            // name led by "The" is printed with its next word capitalised.
            let the_lowercase = hi - lo >= 2
                && self.key(lo) == "the"
                && self.raw[self.words[lo + 1].start..].starts_with(char::is_lowercase);
            // "easyJet", "eBay": a name the data writes in lower case first is printed so.
            let lower_first = e.canonical.starts_with(char::is_lowercase) && surface == e.canonical;
            e.kind == EntityKind::Product
                || surface.starts_with(char::is_uppercase) && !the_lowercase
                || lower_first
        }
    }

    /// "Veloxa Urban and Veloxa Trek bikes": after "and" or a comma, more capitalised names
    /// (and model numbers) run up to a noun for a made thing, so the name before is one of them.
    fn product_list_follows(&self, w: usize) -> bool {
        if w >= self.words.len() || !(self.is_punct(w, ",") || self.key(w) == "and" && self.is_lower(w)) {
            return false;
        }
        for j in w + 1..self.words.len().min(w + 10) {
            if self.is_lower(j) {
                return j > w + 1 && self.is(j, class::PRODUCT_AFTER) && self.key(j - 1) != "and";
            }
            if !(self.is_capitalised(j) || self.words[j].kind == TokenKind::Number || self.is_punct(j, ",")) {
                return false;
            }
        }
        false
    }

    /// Whether item `j` is a capitalised "For", "Against" or "On" between a body's head word
    /// and another capitalised word: "Coalition Against Galamsey".
    fn preposition_in_name(&self, items: &[Item], j: usize) -> bool {
        let name_item =
            |k: usize| items.get(k).is_some_and(|i| matches!(i.kind, ItemKind::Cap | ItemKind::Gaz(_)));
        name_item(j - 1)
            && matches!(items[j].kind, ItemKind::Cap)
            && matches!(self.key(items[j].lo), "for" | "against" | "on")
            && self.head(items[j - 1].hi - 1) == Some(EntityKind::Organization)
            && name_item(j + 1)
    }

    fn is_function_word(&self, w: usize) -> bool {
        self.is(w, class::STARTER | class::CONNECTOR | class::VERB)
    }

    /// Reads the items of the chunk opened at `lo` (its names from item `k`) that come before
    /// item `start`, past any "and" or comma between, when a name read at `start` leaves some.
    fn chunk_before(&self, ctx: &ChunkCtx, lo: usize, k: usize, start: usize, out: &mut Vec<Cand>) {
        let items = ctx.items;
        let mut before = start;
        while before > k && matches!(items[before - 1].kind, ItemKind::Conn | ItemKind::Comma) {
            before -= 1;
        }
        if before > k {
            self.chunk(ctx, lo, before, out);
        }
    }

    /// Reads one chunk of items `lo..hi`.
    fn chunk(&self, ctx: &ChunkCtx, lo: usize, hi: usize, out: &mut Vec<Cand>) {
        let items = ctx.items;
        let mut k = lo;
        if matches!(items[k].kind, ItemKind::Cap)
            && self.is(items[k].lo, class::STARTER)
            // "The" may open a sentence or a name; a capitalised "An" inside a sentence is a
            // name's word ("supplier An Phat Energy"), except in a headline's capitals.
            && (self.sentence_initial(items[k].lo)
                || self.key(items[k].lo) == "the"
                || (ctx.headline && matches!(self.key(items[k].lo), "a" | "an")))
        {
            k += 1;
            while k < hi && matches!(items[k].kind, ItemKind::Conn) {
                k += 1;
            }
        }
        let Some(first) = items.get(k).filter(|_| k < hi) else { return };
        // "the Coalition Against Galamsey", "the Centre For Policy Studies": a body's head word,
        // a capitalised preposition and more capitalised words make one body's name.
        if let Some(j) =
            (k + 1..hi.saturating_sub(1)).find(|&j| !ctx.headline && self.preposition_in_name(items, j))
        {
            // The name starts at the capitalised words right before the head word ("Members
            // of the Campaign Against Arms Trade" is the Campaign's members).
            let mut start = j - 1;
            while start > k && matches!(items[start - 1].kind, ItemKind::Cap | ItemKind::Gaz(_)) {
                start -= 1;
            }
            self.chunk_before(ctx, lo, k, start, out);
            let span = self.span(items[start].lo, items[hi - 1].hi);
            out.push(Cand::Org { span, surface: span, name: collapse(&self.raw[span.start..span.end]) });
            return;
        }
        if !ctx.headline {
            if let Some((mut j, acronym)) = self.name_spelled_with_connectors(items, k, hi) {
                // "the Qaumajuaq Hunters and Trappers Organization (HTO)": a body's name closed
                // by its head word keeps the capitalised words right before what the acronym
                // spells.
                if self.head(items[hi - 1].hi - 1) == Some(EntityKind::Organization) {
                    while j > k
                        && matches!(items[j - 1].kind, ItemKind::Cap | ItemKind::Gaz(_))
                        && !self.is(items[j - 1].lo, class::TITLE | class::STARTER)
                    {
                        j -= 1;
                    }
                }
                self.chunk_before(ctx, lo, k, j, out);
                self.push_spelled_name(items[j].lo, items[hi - 1].hi, acronym, out);
                return;
            }
        }
        // "operator Andes Copper", "firm China Mobile": after a noun for a company, a known
        // place and the words after it are the company's name.
        let end_word = items[hi - 1].hi;
        // "Developer Jurema Energia said": the noun opening the sentence counts too.
        let org_before =
            first.lo.checked_sub(1).is_some_and(|p| {
                (self.is_lower(p) || self.sentence_initial(p)) && self.is(p, class::ORG_BEFORE)
            }) || self.org_noun_then_comma(first.lo, end_word, true);
        // The name runs to the first "and" or comma: "contractor Ardac Yapi and the Italian firm".
        let name_end = self.noun_first_end(items, k, hi);
        let mixed = (k..name_end)
            .any(|j| matches!(items[j].kind, ItemKind::Gaz(e) if e.kind == EntityKind::Place && !e.demonym))
            && (k..name_end).any(|j| matches!(items[j].kind, ItemKind::Cap));
        // "Emergency Management Victoria", "Transport for London": a body's word before a
        // place that ends the chunk names one body.
        let body_of_place = hi - k >= 2
            && matches!(items[hi - 1].kind, ItemKind::Gaz(e) if e.kind == EntityKind::Place && !e.demonym)
            && (k..hi - 1).all(|j| matches!(items[j].kind, ItemKind::Cap | ItemKind::Conn))
            // "Bellweather & Crane's New York headquarters": an owner's place, not its name.
            && !(k..hi - 1).any(|j| self.words[items[j].hi - 1].possessive)
            && (k..hi - 1)
                .any(|j| matches!(items[j].kind, ItemKind::Cap) && self.is(items[j].lo, class::ORG_WORD));
        if ((org_before && mixed) || body_of_place) && !ctx.headline {
            let last = if body_of_place { hi } else { name_end };
            let span = self.span(first.lo, items[last - 1].hi);
            out.push(Cand::Org { span, surface: span, name: collapse(&self.raw[span.start..span.end]) });
            return;
        }
        let mut st = ChunkState {
            pending: Vec::new(),
            role: self.title_before(first.lo),
            after_org: false,
            last_gaz: None,
            end_word: items[hi - 1].hi,
        };
        while k < hi {
            let it = items[k];
            match it.kind {
                ItemKind::Gaz(e) if self.known_name_in_person(&st, items, k, hi, e) => st.pending.push(k),
                ItemKind::Gaz(e) if self.known_org_inside_name(&st, items, k, hi, e) => st.pending.push(k),
                // "US$386 million", "one US dollar": a currency; "held in English": a language.
                ItemKind::Gaz(e)
                    if e.kind == EntityKind::Place
                        && (self.names_currency(it.hi) || self.names_language(it.lo, it.hi, e)) =>
                {
                    self.flush(ctx, &mut st, out);
                }
                ItemKind::Gaz(e) => {
                    // "East Flores", "Central Java": a compass word right before a known place
                    // names a region of it; "Valencia Norte", "Berlin Süd": one after it, in
                    // languages that put it last.
                    let compass_after = (e.kind == EntityKind::Place && !e.demonym && !ctx.headline)
                        && k + 1 < hi
                        && matches!(items[k + 1].kind, ItemKind::Cap)
                        && TRAILING_COMPASS.contains(&self.key(items[k + 1].lo));
                    let region = (e.kind == EntityKind::Place && !e.demonym && !ctx.headline)
                        .then(|| st.pending.last().copied())
                        .flatten()
                        .filter(|&p| {
                            p + 1 == k
                                && matches!(items[p].kind, ItemKind::Cap)
                                && REGION_COMPASS.contains(&self.key(items[p].lo))
                        });
                    // "the Royal Danish Defence College", "the Royal New Zealand Air Force":
                    // "Royal" before a demonym or a place waits for the body's head word (see
                    // `head_phrase`), it names nothing alone.
                    let royal = follows_royal(e)
                        && !ctx.headline
                        && st.pending.last().is_some_and(|&p| {
                            p + 1 == k
                                && matches!(items[p].kind, ItemKind::Cap)
                                && self.key(items[p].lo) == "royal"
                        });
                    if region.is_some() || royal {
                        st.pending.pop();
                    }
                    if region.is_none() {
                        if let Some(taken) = self.named_before_known_body(ctx, &mut st, k, e, out) {
                            k += taken;
                            continue;
                        }
                    }
                    let nothing_pending = st.pending.is_empty();
                    self.flush(ctx, &mut st, out);
                    let plain = region.is_none() && !compass_after;
                    if let Some(taken) = self.known_compound(
                        ctx,
                        &mut st,
                        k,
                        hi,
                        compounds::Around { plain, nothing_pending },
                        out,
                    ) {
                        k += taken;
                        continue;
                    }
                    // "Alberta Wildfire said", "Queensland Health": a place, then a body's word
                    // that ends the run, names the place's body.
                    let body_after = plain
                        && nothing_pending
                        && e.kind == EntityKind::Place
                        && !e.demonym
                        && !ctx.headline
                        && k + 2 == hi
                        && matches!(items[k + 1].kind, ItemKind::Cap)
                        && self.is(items[k + 1].lo, class::ORG_WORD);
                    if body_after {
                        let span = self.span(it.lo, items[k + 1].hi);
                        out.push(Cand::Org {
                            span,
                            surface: span,
                            name: collapse(&self.raw[span.start..span.end]),
                        });
                        k += 2;
                        continue;
                    }
                    if e.kind == EntityKind::Place && !e.demonym && !ctx.headline && k + 1 == hi {
                        out.extend(self.named_disaster(it.lo, it.hi));
                    }
                    let end = if compass_after { items[k + 1].hi } else { it.hi };
                    let span = self.span(region.map_or(it.lo, |p| items[p].lo), end);
                    let canonical = if region.is_some() || compass_after {
                        collapse(&self.raw[span.start..span.end])
                    } else {
                        e.canonical.into()
                    };
                    // "the Socialist Party (PS)": an acronym in brackets after a known body's
                    // name is that body's.
                    let acronym = (e.kind == EntityKind::Organization && !e.acronym && !compass_after)
                        .then(|| self.acronym_after(it.hi))
                        .flatten();
                    if let Some(acronym) = acronym {
                        out.push(Cand::Known {
                            span: acronym,
                            surface: acronym,
                            canonical: canonical.clone(),
                            kind: e.kind,
                        });
                    }
                    // "Atyrau region", "Jilin province": printed with its subdivision's noun,
                    // a known place is cited by that form too.
                    let mut surface = span;
                    if e.kind == EntityKind::Place
                        && !e.demonym
                        && self.is_word(it.hi)
                        && self.is_lower(it.hi)
                        && SUBDIVISION_NOUNS.contains(&self.key(it.hi))
                    {
                        surface.end = self.words[it.hi].end;
                    }
                    out.push(Cand::Known { span, surface, canonical, kind: e.kind });
                    st.last_gaz = Some((k, out.len() - 1, e));
                    // "Airbus A321neo": a maker's name and a model's designation name a product.
                    if let Some(span) = self.maker_and_model(it.lo, it.hi, e) {
                        out.push(self.known(span, EntityKind::Product));
                    }
                    if compass_after {
                        k += 2;
                        continue;
                    }
                }
                ItemKind::Conn | ItemKind::Comma => st.pending.push(k),
                // "Universidad Mayor de San Andrés", "Movimiento Tierra Nueva": a noun that
                // opens a body's name in languages that put it first, up to "and" or a comma.
                // Only where it opens the name: "Supreme Electoral Tribunal" ends with one.
                ItemKind::Cap
                    if !ctx.headline
                        && (self.is(it.lo, class::ORG_FIRST)
                            || evidence::is_german_body_word(self.text(it.lo)))
                        && st.pending.last().is_none_or(|&p| !matches!(items[p].kind, ItemKind::Cap))
                        && self.noun_first_end(items, k, hi) > k + 1 =>
                {
                    let end = self.noun_first_end(items, k, hi);
                    // "former senator Mariela Quispe of the Movimiento …": the person first.
                    self.flush_person_before_of(ctx, &mut st, out);
                    self.flush(ctx, &mut st, out);
                    let mut span = self.span(it.lo, items[end - 1].hi);
                    // "Sindicato No. 1": a body numbered with "No." is named with its number.
                    let last = items[end - 1].hi - 1;
                    if let Some(number) = self.number_after_no(last) {
                        span.end = self.words[number].end;
                    }
                    out.push(Cand::Org {
                        span,
                        surface: span,
                        name: collapse(&self.raw[span.start..span.end]),
                    });
                    k = end;
                    continue;
                }
                // "Hurricane Milton", "Lake Geneva": the first word says what the name is. Not
                // in a headline, where every word is capitalised ("Storm Damage Spreads"), nor
                // after a name the word closes ("Gatun Lake").
                ItemKind::Cap
                    if !ctx.headline
                        && self.is(it.lo, class::LEAD)
                        // "Gulf of Finland", but not "Gulf Air" or "Sea Shepherd".
                        && (!LEADS_BEFORE_OF.contains(&self.key(it.lo))
                            || items.get(k + 1).is_some_and(|n| self.key(n.lo) == "of"))
                        && !(self.is(it.lo, class::LEAD_PLACE)
                            && st.pending.iter().any(|&p| matches!(items[p].kind, ItemKind::Cap)))
                        && items.get(k + 1).is_some_and(|n| {
                            k + 1 < hi
                                && match n.kind {
                                    // "Central Emergency Operation Center": inside a run, before
                                    // a head word, it is part of a body's name.
                                    // "Port Authority": before an organisation's head word,
                                    // never.
                                    ItemKind::Cap => {
                                        !(self.is(n.lo, class::HEAD_ORG)
                                            || self.is(n.lo, class::HEAD)
                                                && st
                                                    .pending
                                                    .iter()
                                                    .any(|&p| matches!(items[p].kind, ItemKind::Cap)))
                                    }
                                    // "Salar de Atacama".
                                    ItemKind::Conn => self.lead_name_end(items, k, hi) > k + 1,
                                    // "Mount Kenya" is not Kenya; "Operation Vanguard" is no
                                    // fund manager; "HMAS Adelaide" is a ship, not the city.
                                    ItemKind::Gaz(e) => {
                                        e.kind == EntityKind::Place && self.is(it.lo, class::LEAD_PLACE)
                                            || self.key(it.lo) == "operation"
                                            || self.is(it.lo, class::LEAD_PRODUCT)
                                                && !e.acronym
                                                && !e.demonym
                                    }
                                    _ => false,
                                }
                        }) =>
                {
                    // "Tropical Storm Agatha", "Severe Tropical Cyclone Ilsa": a storm's grade
                    // before its word is part of its name.
                    let mut opens = it.lo;
                    while self.is(it.lo, class::LEAD_EVENT)
                        && st.pending.last().is_some_and(|&p| {
                            items[p].hi == opens
                                && matches!(items[p].kind, ItemKind::Cap)
                                && STORM_GRADES.contains(&self.key(items[p].lo))
                        })
                    {
                        opens = st.pending.pop().map_or(opens, |p| items[p].lo);
                    }
                    self.flush(ctx, &mut st, out);
                    let last = self.lead_name_end(items, k, hi);
                    // "MV Lady Mary Joy 3": a vessel's number is part of its name.
                    let numbered = self.is(it.lo, class::LEAD_PRODUCT)
                        && self.words.get(items[last].hi).is_some_and(|w| w.kind == TokenKind::Number)
                        && self.text(items[last].hi).len() <= 3;
                    let span = self.span(opens, items[last].hi + usize::from(numbered));
                    // "the Port of Rotterdam Authority": a body's head word after a place so
                    // named names the body that runs it.
                    let body = last + 1 < hi
                        && matches!(items[last + 1].kind, ItemKind::Cap)
                        && items[last + 1].lo == items[last].hi
                        && self.is(it.lo, class::LEAD_PLACE)
                        && self.head(items[last + 1].lo) == Some(EntityKind::Organization);
                    if body {
                        let span = self.span(opens, items[last + 1].hi);
                        out.push(Cand::Org {
                            span,
                            surface: span,
                            name: collapse(&self.raw[span.start..span.end]),
                        });
                        k = last + 2;
                        continue;
                    }
                    let canonical = collapse(&self.raw[span.start..span.end]);
                    let kind = lead_kind(self.classes[it.lo]).unwrap_or(EntityKind::Event);
                    // "the Port Operations Resumption Act": a law's name, whatever opens it.
                    let kind = if orgs::is_law_word(self.key(items[last].hi - 1)) {
                        EntityKind::Product
                    } else {
                        kind
                    };
                    out.push(Cand::Known { span, surface: span, canonical, kind });
                    k = last + 1;
                    continue;
                }
                // "Brigadier General L.Battsengel": a rank's second word goes on the role.
                ItemKind::Cap
                    if st.role.is_some()
                        && st.pending.is_empty()
                        && k > 0
                        && items[k - 1].hi == it.lo
                        && self.is(items[k - 1].lo, class::TITLE)
                        && matches!(self.key(it.lo), "general" | "major") =>
                {
                    k += 1;
                    continue;
                }
                ItemKind::Cap
                    if self.is(it.lo, class::TITLE)
                        && !self.possessive_in_body_name(items, k, hi)
                        && !self.title_opens_body(items, k, hi)
                        && !self.title_is_family_name(items, k, hi) =>
                {
                    // "Chief Risk and Compliance Officer": what stands between a title that
                    // qualifies another ("Chief", "Deputy") and that title is the role's; so is
                    // a title right after another ("Deputy Minister").
                    let after_title = st.role.is_some()
                        && st.pending.is_empty()
                        && k > 0
                        && items[k - 1].hi == it.lo
                        && self.is(items[k - 1].lo, class::TITLE);
                    if after_title || self.role_goes_on(&st, items) {
                        st.pending.clear();
                        k += 1;
                        continue;
                    }
                    let split = st
                        .pending
                        .iter()
                        .rposition(|&p| !matches!(items[p].kind, ItemKind::Cap))
                        .map_or(0, |x| x + 1);
                    let modifiers = st.pending.split_off(split);
                    self.flush(ctx, &mut st, out);
                    st.role = Some(modifiers.first().map_or(it.lo, |&m| items[m].lo));
                    st.after_org = false;
                }
                ItemKind::Cap
                    if self.closes_head(items, k, hi)
                        && !self.qualifies_title(&st, items, k, hi)
                        && !self.opens_coordinated_name(&st, items, k, hi)
                        && !self.inside_portfolio(&st, items, k, hi)
                        && !self.given_name_and_family_name(&st, items, k) =>
                {
                    k = self.head_phrase(ctx, &mut st, k, hi, out);
                    continue;
                }
                ItemKind::Cap => {
                    st.pending.push(k);
                    if self.words[it.lo].possessive && !self.possessive_in_body_name(items, k, hi) {
                        self.flush(ctx, &mut st, out);
                    }
                }
                ItemKind::Other => {}
            }
            k += 1;
        }
        self.flush(ctx, &mut st, out);
    }

    /// Words `lo..hi` whose initials the acronym at `acronym` spells, and the acronym: one
    /// body's two names, or one made thing's when its last word names one ("Small Satellite
    /// Launch Vehicle (SSLV)").
    fn push_spelled_name(&self, lo: usize, hi: usize, acronym: Span, out: &mut Vec<Cand>) {
        let span = self.span(lo, hi);
        let name = collapse(&self.raw[span.start..span.end]);
        if self.is(hi - 1, class::PRODUCT_AFTER) {
            let kind = EntityKind::Product;
            out.push(Cand::Known { span: acronym, surface: acronym, canonical: name.clone(), kind });
            out.push(Cand::Known { span, surface: span, canonical: name, kind });
        } else {
            out.push(Cand::Org { span: acronym, surface: acronym, name: name.clone() });
            out.push(Cand::Org { span, surface: span, name });
        }
    }

    /// The end (exclusive) of a body's name opened at item `k` by a noun that comes first: the
    /// chunk's end or its first "and" or comma, without connectors left trailing.
    fn noun_first_end(&self, items: &[Item], k: usize, hi: usize) -> usize {
        let mut end = k + 1;
        while end < hi && !matches!(items[end].kind, ItemKind::Comma) && self.key(items[end].lo) != "and" {
            end += 1;
        }
        while end > k + 1 && matches!(items[end - 1].kind, ItemKind::Conn | ItemKind::Comma) {
            end -= 1;
        }
        end
    }

    /// The last item of a name opened by a lead word at item `k`: the word after it, and for
    /// a place up to two more plain capitalised words ("Mount Lewotobi Laki-laki").
    fn lead_name_end(&self, items: &[Item], k: usize, hi: usize) -> usize {
        let mut last = k + 1;
        // A storm has a one-word name ("Hurricane Milton Tuesday" is not a longer one); an
        // operation often more ("Operation Desert Storm").
        if !self.is(items[k].lo, class::LEAD_PLACE | class::LEAD_PRODUCT)
            && self.key(items[k].lo) != "operation"
        {
            return last;
        }
        // "Salar de Atacama", "Río de la Plata", "Port of Montreal": a particle and the name
        // after it.
        let particles = (k + 1..hi.min(k + 3))
            .take_while(|&j| {
                matches!(items[j].kind, ItemKind::Conn)
                    && matches!(
                        self.key(items[j].lo),
                        "de" | "del"
                            | "la"
                            | "los"
                            | "las"
                            | "do"
                            | "da"
                            | "dos"
                            | "das"
                            | "of"
                            | "di"
                            | "della"
                            | "delle"
                            | "dei"
                            | "degli"
                            | "des"
                            | "du"
                    )
            })
            .count();
        if particles > 0 {
            if k + 1 + particles < hi
                && matches!(items[k + 1 + particles].kind, ItemKind::Cap | ItemKind::Gaz(_))
            {
                last = k + 1 + particles;
            } else {
                return last;
            }
        }
        // "Cape of Good Hope", "Mount Lewotobi Laki-laki": up to two more plain words.
        let longest = last + 2;
        let plain = class::TITLE | class::HEAD | class::STARTER | class::CALENDAR | class::LEAD;
        while last + 1 < hi
            && last < longest
            && matches!(items[last].kind, ItemKind::Cap)
            && matches!(items[last + 1].kind, ItemKind::Cap)
            && !self.words[items[last].hi - 1].possessive
            && !self.is(items[last + 1].lo, plain)
        {
            last += 1;
        }
        // "MV Perla del Sur": a vessel's name goes on past a particle.
        if self.is(items[k].lo, class::LEAD_PRODUCT) {
            while last + 2 < hi
                && matches!(items[last + 1].kind, ItemKind::Conn)
                && matches!(self.key(items[last + 1].lo), "de" | "del" | "la" | "di" | "do" | "da" | "of")
                && matches!(items[last + 2].kind, ItemKind::Cap)
            {
                last += 2;
            }
        }
        last
    }

    /// Whether the Cap item `j` begins a title or a person's name rather than continuing an
    /// organisation's "of" tail ("Ministry of Foreign Affairs Spokesman Geng Shuang").
    fn starts_name(&self, items: &[Item], j: usize, hi: usize) -> bool {
        let next_cap = j + 1 < hi && matches!(items[j + 1].kind, ItemKind::Cap);
        // "the Court of King's Bench": a title's possessive is part of a body's name.
        let title = self.is(items[j].lo, class::TITLE) && next_cap && !self.words[items[j].hi - 1].possessive;
        title || (next_cap && is_hyphenated_given_name(self.text(items[j + 1].lo)))
    }

    /// Emits the pending capitalised words as name candidates.
    fn flush(&self, ctx: &ChunkCtx, st: &mut ChunkState, out: &mut Vec<Cand>) {
        let items = ctx.items;
        // Name particles ("von der", "bin", "de") stay inside a name; "and", "of", "for" and
        // "the" separate names or a role's qualifier from the name.
        let is_cap = |p: &usize| match items[*p].kind {
            // A known name read as a given name after a title ("president Mercedes Llorens").
            ItemKind::Cap | ItemKind::Gaz(_) => true,
            ItemKind::Conn => !matches!(self.key(items[*p].lo), "and" | "of" | "for" | "the"),
            _ => false,
        };
        let mut pending = std::mem::take(&mut st.pending);
        // "... and Deputy minister Nguyen Minh Duc": a modifier of the role that follows the
        // chunk is no name.
        if let Some(&last) = pending.last() {
            let next = items[last].hi;
            if next == st.end_word
                && ROLE_MODIFIERS.contains(&self.key(items[last].lo))
                && self.is_word(next)
                && self.is_lower(next)
                && self.is(next, class::TITLE)
            {
                pending.pop();
            }
        }
        let Some(a) = pending.iter().position(is_cap) else { return };
        let b = pending.iter().rposition(is_cap).map_or(a, |x| x + 1);
        let pending = &pending[a..b];
        let titled = st.role.is_some() || st.after_org;
        // "the National Security and Investment Act", "the Health and Safety Act": a law's
        // name runs across its "and".
        let law = pending.len() >= 3
            && orgs::is_law_word(self.key(items[pending[pending.len() - 1]].hi - 1))
            && pending.iter().all(|&p| match items[p].kind {
                ItemKind::Cap => true,
                ItemKind::Conn => matches!(self.key(items[p].lo), "and" | "of" | "for" | "the"),
                _ => false,
            });
        if !titled && law {
            let (lo, hi) = (items[pending[0]].lo, items[pending[pending.len() - 1]].hi);
            self.name(ctx, st, lo, hi, None, out);
            return;
        }
        if !titled {
            for group in pending.split(|p| !is_cap(p)).filter(|g| !g.is_empty()) {
                let (lo, hi) = (items[group[0]].lo, items[group[group.len() - 1]].hi);
                let start = self.name_start(lo, hi, false);
                if start > lo {
                    self.name(ctx, st, lo, start, None, out);
                }
                self.name(ctx, st, start, hi, None, out);
            }
            return;
        }
        // "Mr Olivier Praz of Sion", "Maître Jean Dupont of Lyon": after an honorific, or
        // when a known given name opens them, the words before "of" are the name and what
        // follows is where the person is from.
        let of_at = pending.iter().position(|&p| self.is_conn(&items[p], "of"));
        let honorific = st.role.is_some_and(|r| HONORIFICS.contains(&self.key(r)));
        if let Some(o) = of_at.filter(|&o| {
            (2..=4).contains(&o)
                && pending[..o].iter().all(|&p| matches!(items[p].kind, ItemKind::Cap))
                && (honorific || self.is(items[pending[0]].lo, class::FIRST_NAME))
        }) {
            let role = st.role.take();
            let (lo, hi) = (items[pending[0]].lo, items[pending[o - 1]].hi);
            self.name(ctx, st, lo, hi, role, out);
            st.after_org = false;
            return;
        }
        let tail = pending.iter().rposition(|p| !is_cap(p)).map_or(0, |x| x + 1);
        let qualified = tail > 0;
        let (lo, hi) = (items[pending[tail]].lo, items[pending[pending.len() - 1]].hi);
        let start = self.name_start(lo, hi, qualified);
        let role = st.role.take();
        // "The Minister of Finance said": one word right after the role's "of" is what the
        // role is of, not who holds it.
        // "The Minister for Foreign Affairs said": nor are portfolio words alone.
        // "the President of the Republic", "the Speaker of the House": nor one after "of the".
        let of_at = |w: usize| matches!(self.key(w), "of" | "for") && self.is_lower(w);
        let role_of = start > 0
            && (of_at(start - 1)
                || start > 1 && self.key(start - 1) == "the" && self.is_lower(start - 1) && of_at(start - 2));
        if role.is_some() && role_of && (hi - start == 1 || (start..hi).all(|w| self.is(w, class::PORTFOLIO)))
        {
            // "Detective Superintendent Flemming Krogh of NSK": two or three capitalised words
            // between the title and the "of" are the person's name; the "of" says where from.
            let before_of = &pending[..tail.saturating_sub(1)];
            if (2..=3).contains(&before_of.len())
                && before_of.iter().all(|&p| matches!(items[p].kind, ItemKind::Cap))
                && self.is_conn(&items[pending[tail - 1]], "of")
            {
                let (lo, hi) = (items[before_of[0]].lo, items[before_of[before_of.len() - 1]].hi);
                self.name(ctx, st, lo, hi, role, out);
            }
            st.after_org = false;
            return;
        }
        // "the Minister for International Development and the Pacific, Hannah Corbett": what
        // follows the role's "for" or "of" up to a comma and a name is its portfolio; the name
        // after the comma holds it.
        let portfolio = role.is_some_and(|r| {
            (r + 1..lo).any(|w| matches!(self.key(w), "for" | "of") && self.is_lower(w))
                && self.is_punct(hi, ",")
                && self.is_capitalised(hi + 1)
        });
        if portfolio {
            st.after_org = false;
            return;
        }
        self.name(ctx, st, start, hi, role, out);
        st.after_org = false;
    }

    /// "Kenya's Cabinet Secretary", "the Council President": a head word alone right before a
    /// title says whose title it is, and is part of the role.
    fn qualifies_title(&self, st: &ChunkState, items: &[Item], k: usize, hi: usize) -> bool {
        st.pending.is_empty()
            && k + 1 < hi
            && matches!(items[k + 1].kind, ItemKind::Cap)
            && self.is(items[k + 1].lo, class::TITLE)
            && !self.words[items[k].lo].possessive
    }

    /// Whether the capitalised words (and "and"s) pending since a qualifying title ("Chief",
    /// "Deputy", "Executive") name what the next title is of: "Chief Ethics and Compliance
    /// Officer" is one role, where "Minister Hong and Defence Minister Lee" are two people.
    fn role_goes_on(&self, st: &ChunkState, items: &[Item]) -> bool {
        let Some(&last) = st.pending.last() else { return false };
        st.role.is_some_and(|r| {
            let opener = (r..items[st.pending[0]].lo).rev().find(|&w| self.is(w, class::TITLE));
            // "Chief Risk Officer", "Executive Vice President", "Deputy ... Minister".
            opener.is_some_and(|t| {
                ROLE_MODIFIERS.contains(&self.key(t)) || matches!(self.key(t), "chief" | "executive")
            })
        }) && matches!(items[last].kind, ItemKind::Cap)
            && st.pending.iter().all(|&p| {
                matches!(items[p].kind, ItemKind::Cap) && !self.is(items[p].lo, class::FIRST_NAME)
                    || self.is_conn(&items[p], "and")
            })
    }

    /// "Stuart Hall", "Jerry Hall": a place's head word that is also a common family name, right
    /// after a lone given name, is that family name ("Sabine Pass" stays a place).
    /// Also after another name and "and" ("Beatriz Accioly and Jonathan Marsh").
    fn given_name_and_family_name(&self, st: &ChunkState, items: &[Item], k: usize) -> bool {
        let given = |p: usize| {
            p + 1 == k
                && matches!(items[p].kind, ItemKind::Cap)
                && self.is(items[p].lo, class::FIRST_NAME)
                && !self.is(items[p].lo, class::TITLE)
        };
        let lone_or_after_and = match st.pending.as_slice() {
            [p] => given(*p),
            [.., and, p] => given(*p) && self.is_conn(&items[*and], "and"),
            [] => false,
        };
        lone_or_after_and
            && FAMILY_NAME_HEADS.contains(&self.key(items[k].lo))
            && !self.words[items[k].lo].possessive
    }

    /// "Farida Sheikh of the …", "Stephen King said": a title word right after a known given
    /// name, with no name after it, is the family name.
    fn title_is_family_name(&self, items: &[Item], k: usize, hi: usize) -> bool {
        k > 0
            && matches!(items[k - 1].kind, ItemKind::Cap)
            && items[k - 1].hi == items[k].lo
            && self.is(items[k - 1].lo, class::FIRST_NAME)
            && !(k + 1 < hi && matches!(items[k + 1].kind, ItemKind::Cap | ItemKind::Gaz(_)))
            // "a San Antonio Democrat": a party's label is nobody's family name.
            && !matches!(self.key(items[k].lo), "democrat" | "republican")
    }

    /// Where a person's name starts in the capitalised words `lo..hi`: at the family name
    /// before a hyphenated given name, at a known given name, or the last two words when a
    /// role's qualifier precedes.
    fn name_start(&self, lo: usize, hi: usize, qualified: bool) -> usize {
        // "Pratt & Whitney" is one name.
        if (lo..hi).any(|w| self.is_punct(w, "&")) {
            return lo;
        }
        // "Deputy Minister of Finance Ashan Liyanage": the portfolio after a title's "of" is
        // the role's, not the name's.
        // "Head of State Bauyrzhan Sadykov", "Minister for Foreign Affairs Wang Yi": all of it.
        let after_role_of = lo >= 2
            && matches!(self.key(lo - 1), "of" | "for")
            && self.is_lower(lo - 1)
            && self.is(lo - 2, class::TITLE);
        // "Minister for Youth and Sports Ama Serwaa Benneh": a portfolio's second word.
        let portfolio_and = lo >= 2
            && self.key(lo - 1) == "and"
            && self.is_lower(lo - 1)
            && self.is(lo - 2, class::PORTFOLIO);
        if (after_role_of || portfolio_and) && self.is(lo, class::PORTFOLIO) {
            let name = (lo..hi).find(|&w| !self.is(w, class::PORTFOLIO)).unwrap_or(hi);
            if name < hi {
                return name;
            }
        }
        // "L.Battsengel", "D.Ganzorig": a Mongolian name, its father's initial joined to it,
        // opens the name whatever stands before it.
        if let Some(w) = (lo..hi).find(|&w| is_initial_joined_name(self.text(w))) {
            return w;
        }
        // "Supervisor of Elections Marguerite Oyelaran": after a role's "of", a known given
        // name opens the name; else its last two words are the name.
        if after_role_of && hi - lo >= 3 {
            return (lo + 1..hi.saturating_sub(1)).find(|&w| self.is(w, class::FIRST_NAME)).unwrap_or(hi - 2);
        }
        if let Some(h) = (lo..hi).find(|&w| is_hyphenated_given_name(self.text(w))) {
            let family = h.saturating_sub(1).max(lo);
            // "Paul Chan Mo-po": an English given name before a Chinese name.
            return if family > lo && self.is(family - 1, class::FIRST_NAME) { family - 1 } else { family };
        }
        // A name particle ("Lula da Silva", "von der Leyen", "Hamzah bin Abdul Rahman") marks
        // the whole run as one name, even with a known given name after it.
        if hi - lo <= 5
            && (lo + 1..hi.saturating_sub(1)).any(|w| self.is(w, class::CONNECTOR) && self.is_lower(w))
        {
            return lo;
        }
        if let Some(f) = (lo..hi.saturating_sub(1)).find(|&w| self.is(w, class::FIRST_NAME)) {
            // "Nguyen Minh Duc": an East Asian family name stays before its given name.
            let family_first = f == lo + 1 && hi - lo <= 4 && self.is(lo, class::SURNAME);
            // "Syed Murad Ali Shah", "Mian Zahid Mehmood Wattoo": words no list knows before a
            // known given name, in a run of four, are given names too.
            // "A. Lakshmi Narayanan": initials before it are the name's too.
            let unknown_before = !qualified
                && hi - lo <= 4
                && ((lo..f)
                    .all(|w| self.classes[w] == 0 && !is_acronym(self.text(w)) && !self.words[w].initial)
                    || (lo..f).all(|w| self.words[w].initial));
            return if family_first || unknown_before { lo } else { f };
        }
        // "Nguyen Thi Thu Ha": a known family name opens an East Asian name of up to four words.
        if !qualified && hi - lo <= 4 && self.is(lo, class::SURNAME) {
            return lo;
        }
        let initials = (lo..hi).filter(|&w| self.words[w].initial).count();
        let keep = 2 + initials;
        // Four unknown words may all be one name ("Mian Zahid Mehmood Wattoo"); more are not.
        if (qualified || hi - lo > 4) && hi - lo > keep {
            hi - keep
        } else {
            lo
        }
    }

    fn name(
        &self,
        ctx: &ChunkCtx,
        st: &ChunkState,
        lo: usize,
        hi: usize,
        role: Option<usize>,
        out: &mut Vec<Cand>,
    ) {
        // "Kattegat's B shares": a lone letter names nothing.
        if lo >= hi || hi - lo == 1 && self.text(lo).chars().count() == 1 {
            return;
        }
        // "the Bundesnetzagentur", "Stadtwerke": one German word built on a body's noun; not
        // the German word for an English name, in brackets after it ("district court
        // (Amtsgericht)").
        let gloss = lo > 0 && self.is_punct(lo - 1, "(");
        if hi - lo == 1 && role.is_none() && !gloss && evidence::is_german_body_word(self.text(lo)) {
            let span = self.span(lo, hi);
            out.push(Cand::Org { span, surface: span, name: collapse(&self.raw[span.start..span.end]) });
            return;
        }
        if self.is_portfolio_before_name(lo, hi) {
            return;
        }
        // "Entrance No. 3", "Sindicato No. 1": a name numbered with "No." is named with its
        // number; it is what its head word says, a numbered place's word says place, and a
        // body's opening word says organisation.
        if hi - lo >= 2 {
            if let Some(number) = self.number_after_no(hi - 1) {
                let kind = self.head(hi - 2).or_else(|| {
                    if NUMBERED_PLACES.contains(&self.key(hi - 2))
                        || NUMBERED_NAMES.contains(&self.key(hi - 2))
                    {
                        Some(EntityKind::Place)
                    } else {
                        (lo..hi - 1).any(|w| self.is(w, class::ORG_FIRST)).then_some(EntityKind::Organization)
                    }
                });
                if let Some(kind) = kind.filter(|_| role.is_none() && !ctx.headline) {
                    out.push(self.known(self.span(lo, number + 1), kind));
                    return;
                }
            }
        }
        // "the Senate Committee on Power", "the Commission on Human Rights": a body's name goes
        // on after its head word with "on" and what it is on.
        if lo >= 2
            && hi - lo <= 3
            && self.key(lo - 1) == "on"
            && self.is_lower(lo - 1)
            && self.is(lo - 2, class::HEAD_ORG)
        {
            let head_end = self.words[lo - 2].end;
            if let Some(Cand::Org { span, surface, name }) =
                out.last_mut().filter(|c| c.span().is_some_and(|s| s.end == head_end))
            {
                span.end = self.words[hi - 1].end;
                surface.end = span.end;
                *name = collapse(&self.raw[span.start..span.end]);
                return;
            }
            // "The Commission on Audit said": a head word alone after "the", which named
            // nothing by itself, opens the body's name.
            let the_head = lo >= 3
                && self.key(lo - 3) == "the"
                && self.is_capitalised(lo - 2)
                && !self.words[lo - 2].possessive
                && out.last().is_none_or(|c| c.span().is_none_or(|s| s.end != head_end));
            if the_head && role.is_none() {
                let span = self.span(lo - 2, hi);
                out.push(Cand::Org { span, surface: span, name: collapse(&self.raw[span.start..span.end]) });
                return;
            }
        }
        // "Ernesto Vilca/Reuters": a photo credit names the photographer before the slash; the
        // agency after it may run on ("Joseph Owuor/Al Jazeera").
        let hi = (lo + 1..hi).find(|&w| self.text(w).contains('/')).map_or(hi, |w| w + 1);
        let parts: Vec<String> = (lo..hi)
            .map(|w| {
                let t = self.text(w);
                let credit = w + 1 == hi && hi - lo >= 2;
                t.split_once('/')
                    .filter(|(name, _)| credit && !name.is_empty())
                    .map_or(t, |(name, _)| name)
                    .to_string()
            })
            .collect();
        let name_like = (lo..hi).any(|w| is_hyphenated_given_name(self.text(w)))
            || (hi - lo >= 2 && self.is(lo, class::FIRST_NAME))
            || self.spokesperson_named(lo, hi)
            || self.citizen_named(lo)
            || (hi - lo == 2 && self.is(lo, class::SURNAME) && !self.words[lo + 1].initial);
        let role_end = (0..lo).rev().find(|&w| self.words[w].kind != TokenKind::Punct);
        // "its Estonian counterpart Elering AS", "market researcher TrendForce": a role a
        // company holds; the name is the company's.
        let company_role = role.zip(role_end).is_some_and(|(r, e)| {
            let its = (r.saturating_sub(2)..r).any(|w| self.key(w) == "its" && self.is_lower(w));
            its && COMPANY_PEERS.contains(&self.key(e))
                || e > 0 && self.key(e - 1) == "market" && self.key(e) == "researcher"
        });
        let role = role.filter(|_| !company_role);
        let royal_from = role.filter(|&r| r < lo && (r..lo).all(|w| ROYAL_TITLES.contains(&self.key(w))));
        let mut role = role
            .zip(role_end)
            .filter(|&(r, e)| r <= e)
            .map(|(r, e)| collapse(&self.raw[self.words[r].start..self.words[e].full_end(self.raw)]));
        let at_end = hi == st.end_word;
        if role.is_none() && at_end {
            role = self.apposition(ctx, hi);
        }
        let prev = lo.checked_sub(1);
        // "shipping group Maersk", "ship-tracking firm Kpler", "Hamburg-based Hapag-Lloyd".
        let org_before = prev.is_some_and(|p| {
            // "Developer Jurema Energia said": the noun opening the sentence counts too.
            (self.is_lower(p) || self.sentence_initial(p))
                && (self.is(p, class::ORG_BEFORE)
                    || self.key(p) == "based"
                    || self.key(p).ends_with("-based")
                    // "state-owned PKP Intercity", "family-owned Bodega Piedra Alta".
                    || self.key(p).ends_with("-owned")
                    || self.is_shipping_line(p))
        }) || self.org_noun_then_comma(lo, hi, at_end)
            || self.group_calling_itself(lo)
            || company_role;
        // "the Verdi union", "the Wagner group"; "the Bundesbank", "Commerzbank".
        // Also past one lower-case word that says what it does, after a name of two words or
        // more ("the Tres Acequias wine cooperative"; "the Sakaiura fisheries cooperative" is
        // a town's).
        let org_noun_at = |w: usize| self.is_lower(w) && ORG_NOUNS_AFTER.contains(&self.key(w));
        let org_after = at_end
            && (org_noun_at(hi)
                || hi - lo >= 2
                    && self.is_lower(hi)
                    && !self.is(hi, class::STARTER | class::CONNECTOR | class::VERB)
                    && org_noun_at(hi + 1));
        // "the bank's monetary policy committee, known as Copom": the body's name.
        let known_as = prev.is_some_and(|p| {
            p >= 3
                && self.key(p) == "as"
                && self.key(p - 1) == "known"
                && self.is_punct(p - 2, ",")
                && self.is_lower(p - 3)
                && self.is(p - 3, class::HEAD_ORG)
        });
        // "shares in Ardac Yapi", "a stake in Iskar Most": what is owned is a company.
        let owned = prev.is_some_and(|p| {
            p > 0
                && matches!(self.key(p), "in" | "of")
                && (self.is_lower(p - 1) || self.sentence_initial(p - 1))
                && matches!(self.key(p - 1), "shares" | "stake" | "stakes" | "stock" | "bonds")
        });
        // "Finland's Traficom said": one word after a place's possessive that speaks is its
        // body or company (a person there has a title or a full name; a region or a suburb
        // does not speak).
        let country_owned = hi - lo == 1
            && prev.is_some_and(|p| self.words[p].possessive && self.is_known_place(p))
            && self.verb_after(hi)
            && !self.is(lo, class::FIRST_NAME | class::SURNAME);
        // "economists at Itaú Unibanco": the staff's employer.
        let employer = prev.is_some_and(|p| {
            p > 0
                && self.key(p) == "at"
                && (self.is_lower(p - 1) || self.sentence_initial(p - 1))
                && STAFF.contains(&self.key(p - 1))
        });
        // "Cendana-1", "PSLV-C66", "MiG-29": a name with a model number after a hyphen is a
        // product (a satellite, a rocket, an aircraft). "the PowerCell 500 battery",
        // "PlayStation 5": a word with a capital inside and a model number is one too.
        let model_number = self.words.get(hi).is_some_and(|w| w.kind == TokenKind::Number);
        // "the Digital Markets Act": a law is a product.
        if hi - lo >= 2 && orgs::is_law_word(self.key(hi - 1)) && !ctx.headline {
            // "the Canada Shipping Act", "the Arctic Waters Pollution Prevention Act": a place
            // just before a law's name is part of it.
            let mut span = self.span(lo, hi);
            let place_before = |c: &Cand| match c {
                Cand::Known { kind: EntityKind::Place, span: p, .. } => p.end + 1 == span.start,
                _ => false,
            };
            if out.last().is_some_and(place_before) && lo > 0 && !self.words[lo - 1].possessive {
                if let Some(Cand::Known { span: p, .. }) = out.pop() {
                    span.start = p.start;
                }
            }
            out.push(self.known(span, EntityKind::Product));
            return;
        }
        // "Route 23", "Highway 401", "Federal Highway 40", "National Route 51": a numbered road
        // is a place; so are a numbered line, terminal, pier, kiosk or zone ("Line 10",
        // "Terminal 2", "Wuse Zone 4", "Area 43").
        if model_number && hi - lo <= 3 && NUMBERED_PLACES.contains(&self.key(hi - 1)) {
            out.push(self.known(self.span(lo, hi + 1), EntityKind::Place));
            return;
        }
        // "the Kattegat Future-class freighters": a class of ships or vehicles is a product,
        // named without "-class".
        if let Some(stem) = self.text(hi - 1).strip_suffix("-class").filter(|s| !s.is_empty()) {
            let end = self.words[hi - 1].start + stem.len();
            out.push(self.known(Span { start: self.words[lo].start, end }, EntityKind::Product));
            return;
        }
        if hi - lo == 1 && evidence::is_model_designation(self.text(lo)) {
            let span = self.span(lo, hi);
            out.push(self.known(span, EntityKind::Product));
            return;
        }
        match self.model_in_name(lo, hi) {
            ModelInName::NamedBefore => return,
            ModelInName::Product(span) if !ctx.headline && role.is_none() => {
                out.push(self.known(span, EntityKind::Product));
                return;
            }
            _ => {}
        }
        // "Pratt & Whitney": a name with an ampersand is a firm's.
        if (lo..hi).any(|w| self.is_punct(w, "&")) {
            let span = self.span(lo, hi);
            out.push(Cand::Org { span, surface: span, name: collapse(&self.raw[span.start..span.end]) });
            return;
        }
        // "the infrastructure manager, Polskie Linie Kolejowe (PLK)": a name of two words or
        // more whose initials an acronym in brackets spells is a body's, whatever role it has;
        // one that ends in a made thing is that thing ("Small Satellite Launch Vehicle (SSLV)").
        if let Some(acronym) = self.initials_spelled_after(lo, hi) {
            self.push_spelled_name(lo, hi, acronym, out);
            return;
        }
        if hi - lo == 1 && model_number && evidence::is_camel_case(self.text(lo)) {
            let span = self.span(lo, hi + 1);
            out.push(self.known(span, EntityKind::Product));
            return;
        }
        // "the Veloxa Urban e-bikes", "the Falcon 9 rocket": a name of two words or more, or
        // one with a model number, before a noun for a made thing is a product.
        let model_end = if model_number { hi + 1 } else { hi };
        // "the Wirtgen W 200 milling machine": with a model number, one more word may say what
        // sort of thing it is.
        let made_thing = |w: usize| self.is_lower(w) && self.is(w, class::PRODUCT_AFTER);
        // Or a name of two words or more: "NouriStart Gentle infant formula".
        let sort_then_thing = (model_number || model_end - lo >= 2)
            && self.is_lower(model_end)
            && !self.is(model_end, class::VERB | class::STARTER | class::CONNECTOR)
            && made_thing(model_end + 1);
        if !ctx.headline
            && role.is_none()
            && !name_like
            && (model_end - lo >= 2
                || self.text(lo).bytes().any(|b| b.is_ascii_digit())
                || evidence::is_camel_case(self.text(lo))
                // "the Lumo minivehicle": one word after "the", right before the thing.
                || lo > 0
                    && self.key(lo - 1) == "the"
                    && made_thing(model_end)
                    && !is_acronym(self.text(lo))
                    && !self.is(lo, class::FIRST_NAME | class::SURNAME))
            && (made_thing(model_end) || sort_then_thing || self.product_list_follows(model_end))
        {
            let span = self.span(lo, model_end);
            out.push(self.known(span, EntityKind::Product));
            return;
        }
        // "under its Kvalbiff label", "its GreenCu low-carbon brand": a brand's name.
        if !ctx.headline && role.is_none() && at_end && self.brand_after(lo, hi) {
            out.push(self.known(self.span(lo, hi), EntityKind::Product));
            return;
        }
        // "the Baltic Sentry mission", "the Artemis programme": a named undertaking is an
        // event, printed with its noun or without.
        if !ctx.headline
            && role.is_none()
            && !name_like
            && at_end
            && self.is_lower(hi)
            && EVENT_NOUNS_AFTER.contains(&self.key(hi))
        {
            let span = self.span(lo, hi);
            let canonical = collapse(&self.raw[span.start..span.end]);
            out.push(Cand::Known {
                span: self.span(lo, hi + 1),
                surface: span,
                canonical,
                kind: EntityKind::Event,
            });
            return;
        }
        // "sold as Tensogrout HP", "sold under the name OWW Strand 1860": a trade name.
        if !ctx.headline && role.is_none() && self.trade_name_before(lo) {
            let span = self.span(lo, model_end);
            out.push(self.known(span, EntityKind::Product));
            return;
        }
        // "the Frans Seda airport", "the Zverino bridge", "the Viau terminal": a structure named
        // after a person or a place is a place, and its noun is part of its name.
        // A facility's name alone is its other name ("Viau" for "the Viau terminal"); a capital
        // that only opens the sentence names none ("Emerging market stocks fell").
        let named = hi - lo >= 2 || !self.sentence_initial(lo) && !is_adjective_of_place(self.key(lo));
        if let Some(end) = self.facility_after(hi).filter(|_| at_end && named && !ctx.headline) {
            let span = self.span(lo, end);
            let canonical = collapse(&self.raw[span.start..span.end]);
            out.push(Cand::Known { span, surface: self.span(lo, hi), canonical, kind: EntityKind::Place });
            return;
        }
        let structure = self.structure_after(hi).filter(|_| at_end && !ctx.headline);
        if let Some((end, kind)) = structure {
            let mut span = self.span(lo, end);
            span.start = self.take_dash_joined(span.start, out).unwrap_or(span.start);
            out.push(self.known(span, kind));
            return;
        }
        let bank = hi - lo == 1 && self.key(lo).len() > 5 && self.key(lo).ends_with("bank");
        // "BOVAG's", "NVWA said", "NVWA spokeswoman": an unknown acronym that owns, speaks or
        // has staff is a body.
        // Two letters speak too ("CN said it had stopped accepting containers").
        let acronym_body = hi - lo == 1
            && is_acronym(self.text(lo))
            && (self.text(lo).len() >= 3
                && (self.words[lo].possessive || self.is_lower(hi) && self.is(hi, class::TITLE))
                || self.text(lo).len() >= 2 && self.verb_after(hi));
        // "PKP Intercity said": a name that opens with an acronym is a company's or a body's;
        // no person's given name is printed in capitals.
        let acronym_led = hi - lo >= 2
            && is_acronym(self.text(lo))
            && self.text(lo).len() >= 3
            && role.is_none()
            && !self.is(lo, class::TITLE)
            && (self.verb_after(hi) || self.words[hi - 1].possessive);
        // "the Water Resources department", "the Disaster Management authority": a body's name
        // printed with its noun in lower case; both printings name it.
        // Not an owner's ("Sorin's board"), nor a capital that only opens the sentence ("Port
        // authority officials").
        let lower_body = at_end
            && role.is_none()
            && !name_like
            && self.is_lower_body_noun(hi)
            && !self.words[hi - 1].possessive
            && (hi - lo >= 2 || !self.sentence_initial(lo))
            && (lo..hi).all(|w| !self.is(w, class::FIRST_NAME | class::TITLE));
        if lower_body && !ctx.headline {
            let surface = self.span(lo, hi);
            let span = self.span(lo, hi + 1);
            out.push(Cand::Org { span, surface, name: collapse(&self.raw[span.start..span.end]) });
            return;
        }
        // "Echoform, an internal voice-cloning tool", "the Saliera, a gold salt cellar": a
        // made thing's name.
        if at_end
            && role.is_none()
            && !ctx.headline
            && (!name_like && self.product_apposition(hi) || self.sister_after(hi))
        {
            out.push(self.known(self.span(lo, hi), EntityKind::Product));
            return;
        }
        // "NetChoice, a trade group for the companies,".
        let org_apposition = at_end && self.org_apposition(hi);
        // "Rotterdam-Rijnmond Safety Region said": a body's word inside a name of several.
        let body_word = hi - lo >= 2 && (lo..hi).any(|w| self.is(w, class::ORG_WORD));
        if (org_before
            || org_after
            || bank
            || org_apposition
            || employer
            || known_as
            || owned
            || country_owned
            || acronym_body
            || acronym_led
            || body_word)
            && role.is_none()
            && !name_like
        {
            let span = self.span(lo, hi);
            // "the opposition Democratic Unity party" is the Democratic Unity Party: a party's
            // name holds the word, however the page prints it.
            let name = if org_after && self.key(hi) == "party" {
                format!("{} Party", collapse(&self.raw[span.start..span.end]))
            } else {
                collapse(&self.raw[span.start..span.end])
            };
            out.push(Cand::Org { span, surface: span, name });
            return;
        }
        let place_noun = |w: usize, plural: bool| {
            self.is_lower(w) && {
                let k = self.key(w);
                match plural {
                    true => is_plural_of(k, PLACE_NOUNS_AFTER),
                    false => PLACE_NOUNS_AFTER.contains(&k),
                }
            }
        };
        // "Pumped-storage stations", "Production plant", "IPO terminal", "PowerDock stations":
        // one word that is capitalised only because it opens the sentence, an acronym or a
        // brand's word with a capital inside says what sort of site it is, not where
        // ("Kashiwazaki-Kariwa nuclear plant" is capitalised throughout).
        let names_a_sort = hi - lo == 1 && {
            let t = self.text(lo);
            let capitalised_throughout =
                t.contains('-') && t.split('-').all(|p| p.starts_with(char::is_uppercase));
            self.sentence_initial(lo) && !capitalised_throughout
                || crate::entities::lexicon::is_acronym(t)
                || evidence::is_camel_case(t)
        };
        // "According to INPE, Brazil's space research institute": an acronym with a country's
        // possessive after the comma is that country's body, not a town in it ("Koeberg,
        // Africa's only nuclear power station" is one).
        let acronym_owned_by_place = hi - lo == 1
            && crate::entities::lexicon::is_acronym(self.text(lo))
            && self.words.get(hi + 1).is_some_and(|w| w.possessive);
        // "a fish farm in the Hardangerfjord": one unknown word after "in the" is a place.
        let in_the = hi - lo == 1
            && at_end
            // Not an attribute ("in the October-December quarter", "in the Neopanamax locks").
            && (self.is_punct(hi, ".")
                || self.is_punct(hi, ",")
                || self.is_lower(hi) && self.is(hi, class::STARTER | class::CONNECTOR | class::VERB))
            && prev.is_some_and(|p| {
                self.key(p) == "the"
                    && p > 0
                    && self.is_lower(p - 1)
                    && matches!(self.key(p - 1), "in" | "near" | "across" | "throughout")
            });
        // "the Reykjanes peninsula", "the Hwaseong battery plant": the end of the noun after.
        let noun_end = match at_end && !names_a_sort {
            true if place_noun(hi, false) => Some(hi + 1),
            true if self.is_lower(hi) && place_noun(hi + 1, false) => Some(hi + 2),
            _ => None,
        };
        // "confidence in the H3": a designation with digits names a thing, not a place.
        let designation = (lo..hi).any(|w| self.text(w).bytes().any(|b| b.is_ascii_digit()));
        // "the Heimaey eruption": a place, and the happening it names.
        let struck = at_end && !designation && !self.sentence_initial(lo) && self.disaster_after(hi);
        if struck {
            out.extend(self.named_disaster(lo, hi));
        }
        // "South Uist", "North Ronaldsay": a compass word that opens a name of two words whose
        // second no list knows as a name or a body's word is a land's name.
        let compass_led = hi - lo == 2
            && evidence::is_compass_point(self.key(lo))
            && self.lexicon_silent(lo + 1)
            && !self.words[lo + 1].possessive
            // "North Face sold": a name that acts is more likely a body's.
            && !self.verb_after(hi);
        let place_context = !designation
            && (in_the
                || compass_led
                || prev.is_some_and(|p| {
                    matches!(self.key(p), "in" | "near" | "nearby" | "outside" | "along") && self.is_lower(p)
                    || (self.key(p) == "of" && p > 0 && {
                        let k = self.key(p - 1);
                        PLACE_NOUNS.contains(&k)
                            || is_plural_of(k, PLACE_NOUNS)
                            || evidence::is_compass_point(k)
                            // "downstream of Pooncarie", "the outskirts of Tarija".
                            || matches!(k, "downstream" | "upstream" | "outskirts")
                            // "the mayor of Kohora", "the people of Grindavík".
                            || PLACE_OWNED.contains(&k)
                            || PLACE_PEOPLE.contains(&k)
                    })
                    // "a woman from Wiedtal", "a retired bus driver from Trenton".
                    || (self.key(p) == "from"
                        && self.is_lower(p)
                        && p > 0
                        && self.is_lower(p - 1)
                        && PERSON_FROM.contains(&self.key(p - 1)))
                }))
            || struck
            || noun_end.is_some()
            || place_noun(st.end_word, true) && !names_a_sort
            || at_end && (self.place_apposition(hi) || self.place_after_comma(hi) && !acronym_owned_by_place)
            || self.dateline(lo, hi)
            || (at_end
                && self.words[hi - 1].possessive
                && self.is_lower(hi)
                && PLACE_OWNED.contains(&self.key(hi)))
            || self.coordinated_place(lo, hi)
            || self.listed_place(lo, hi)
            || at_end && self.place_noun_then_comma(lo, hi)
            || at_end && self.at_place_in_place(lo, hi);
        // "Lahcen Amzil, 52, whose house ...": an age in an apposition.
        let aged = at_end
            && self.is_punct(hi, ",")
            && self.words.get(hi + 1).is_some_and(|w| {
                w.kind == TokenKind::Number
                    && self.text(hi + 1).parse::<u8>().is_ok_and(|n| (1..=120).contains(&n))
            })
            && (hi + 2 == self.words.len() || self.words[hi + 2].kind == TokenKind::Punct);
        let aged = aged || (at_end && (self.aged_apposition(hi) || self.person_apposition(hi)));
        let name_like = name_like
            || (aged && hi - lo >= 2)
            || (hi - lo >= 2 && self.shares_plural_title(lo))
            || ((2..=3).contains(&(hi - lo))
                && (self.speech_before(lo)
                    || at_end && self.speaker_between_commas(lo, hi)
                    || self.personal_pronoun_after(hi)
                    || at_end && self.who_after(hi)));
        let weak_place = at_end && self.after_preposition_of_place(lo, hi);
        // "GENEVA/PORT MORESBY (Reuters) –": a dateline of two cities names each.
        let span = self.span(lo, hi);
        if self.raw[span.start..span.end].contains('/') && self.dateline(lo, hi) {
            let mut start = span.start;
            for piece in self.raw[span.start..span.end].split('/') {
                let end = start + piece.len();
                if piece.chars().any(char::is_alphabetic) {
                    let span = Span { start, end };
                    let canonical = crate::entities::merge::title_case(piece.trim());
                    out.push(Cand::Known { span, surface: span, canonical, kind: EntityKind::Place });
                }
                start = end + 1;
            }
            return;
        }
        out.push(Cand::Name(NameCand {
            span: self.span(lo, hi),
            surface: self.span(royal_from.unwrap_or(lo), hi),
            with_noun: noun_end.map(|end| self.span(lo, end)),
            weak_place,
            parts,
            titled: role.is_some() || st.after_org,
            role,
            name_like,
            verb_after: self.verb_after(hi),
            place_context,
            sentence_initial: self.sentence_initial(lo),
            headline: ctx.headline,
        }));
    }

    /// Whether the name at words `lo..hi` follows "its" or "their" and comes before "brand" or
    /// "label", with at most one word between ("its GreenCu low-carbon brand").
    fn brand_after(&self, lo: usize, hi: usize) -> bool {
        let owned =
            lo.checked_sub(1).is_some_and(|p| self.is_lower(p) && matches!(self.key(p), "its" | "their"));
        let brand = |w: usize| {
            self.words.get(w).is_some() && self.is_lower(w) && matches!(self.key(w), "brand" | "label")
        };
        owned && (brand(hi) || self.is_lower(hi) && brand(hi + 1))
    }

    /// Whether word `hi` is a lower-case noun for a happening of the earth ("earthquake",
    /// "eruption"), which names it by the place before it.
    fn disaster_after(&self, hi: usize) -> bool {
        self.words.get(hi).is_some() && self.is_lower(hi) && DISASTERS_AT.contains(&self.key(hi))
    }

    /// "the Tohoku earthquake", "the Heimaey eruption": the happening named by the place at
    /// words `lo..hi` and the noun after it, as an event (the place is read as itself too).
    /// Not an owner's ("Morocco's earthquake"), nor the short word of a headline's style ("the
    /// Morocco quake").
    fn named_disaster(&self, lo: usize, hi: usize) -> Option<Cand> {
        (self.disaster_after(hi) && !self.words[hi - 1].possessive && self.key(hi) != "quake")
            .then(|| self.known(self.span(lo, hi + 1), EntityKind::Event))
    }

    /// "shipping line", "cruise line": word `p` is "line" after a word for what the company runs.
    fn is_shipping_line(&self, p: usize) -> bool {
        self.key(p) == "line"
            && p > 0
            && self.is_lower(p - 1)
            && matches!(self.key(p - 1), "shipping" | "cruise" | "ferry" | "container" | "bus" | "rail")
    }

    /// "the state capital, Birnin Kebbi,": a noun for a place, a comma, then a name that ends
    /// its clause.
    fn place_noun_then_comma(&self, lo: usize, hi: usize) -> bool {
        lo >= 2
            && self.is_punct(lo - 1, ",")
            && self.is_lower(lo - 2)
            && PLACE_NOUNS.contains(&self.key(lo - 2))
            && self.words.get(hi).is_none_or(|w| w.kind == TokenKind::Punct)
    }

    /// "according to the airport operator, Angkasa Pura Indonesia": a company noun, a comma,
    /// then a name of two words or more that ends its clause.
    fn org_noun_then_comma(&self, lo: usize, hi: usize, at_end: bool) -> bool {
        if lo < 2 || !at_end || !self.is_punct(lo - 1, ",") || !self.is_lower(lo - 2) {
            return false;
        }
        let clause_ends = self.words.get(hi).is_none_or(|w| w.kind == TokenKind::Punct);
        // One word is enough after a body's noun between commas ("the exporters' chamber,
        // Cadex, which ...").
        let one_word_ok = self.is(lo - 2, class::HEAD_ORG) && self.is_punct(hi, ",");
        // "the state capital, Birnin Kebbi": a word that closes company names only when
        // capitalised says nothing in lower case.
        let weak = orgs::is_weak_head(self.key(lo - 2));
        // "the prosecutor's office, Miriam Kessler, told": a known given name opens a person's
        // name.
        let person =
            (2..=3).contains(&(hi - lo)) && self.is(lo, class::FIRST_NAME) || self.spokesperson_named(lo, hi);
        clause_ends
            && (hi - lo >= 2 || one_word_ok)
            && !weak
            && !person
            && self.is(lo - 2, class::ORG_BEFORE | class::HEAD_ORG)
    }
}

struct ChunkState {
    pending: Vec<usize>,
    /// First word of an open role.
    role: Option<usize>,
    after_org: bool,
    /// The last known name in the chunk: item, index in the output, entry.
    last_gaz: Option<(usize, usize, Entry)>,
    end_word: usize,
}

/// "L.Battsengel": a capital, a full stop and a capitalised name, in one word.
fn is_initial_joined_name(w: &str) -> bool {
    let mut chars = w.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(a), Some('.'), Some(b)) if a.is_uppercase() && b.is_uppercase())
        && chars.clone().count() >= 2
        && chars.all(char::is_lowercase)
}

/// "Nam-ki", "Jae-in", "Ing-wen": a capitalised syllable, a hyphen, a lower-case syllable.
pub(crate) fn is_hyphenated_given_name(w: &str) -> bool {
    let Some((a, b)) = w.split_once('-') else { return false };
    let mut ac = a.chars();
    ac.next().is_some_and(char::is_uppercase)
        && ac.all(char::is_lowercase)
        && !b.is_empty()
        && b.len() <= 6
        && a.len() <= 6
        && b.chars().all(char::is_lowercase)
}

/// Whitespace runs, including line breaks, become one space.
pub(crate) use crate::meta::collapse_whitespace as collapse;

/// Whether `key` is the plural of one of `nouns` ("provinces", "counties", "cities").
fn is_plural_of(key: &str, nouns: &[&str]) -> bool {
    key.ends_with('s') && nouns.contains(&singular(key).as_str())
}

/// "polyimides" → "polyimide", "batteries" → "battery".
pub(crate) fn singular(s: &str) -> String {
    let s = collapse(s);
    if let Some(stem) = s.strip_suffix("ies") {
        return format!("{stem}y");
    }
    if s.ends_with("ss") || s.ends_with("us") || s.len() < 4 {
        return s;
    }
    s.strip_suffix('s').unwrap_or(&s).to_string()
}
