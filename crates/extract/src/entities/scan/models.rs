//! Made things named by their designation: a maker's name and a model ("Airbus A321neo",
//! "ATR 72-600s", "Boeing 737 MAX 8") and a name given as a trade name ("sold as Tensogrout
//! HP", "sold under the name OWW Strand 1860").
//!
//! Limits: a designation needs a digit ("Airbus Beluga" is not read as a model); a four-digit
//! number that could be a year is never one; a trade name needs one of a few verbs before it.

use super::Sentence;
use crate::entities::lexicon::Entry;
use crate::model::{EntityKind, Span};
use crate::tokens::TokenKind;

/// What a model's designation makes of the capitalised words of a name.
pub(super) enum ModelInName {
    /// The words are the designation of a product whose maker was named just before ("A321neo"
    /// after "Airbus", "MAX 8" after "Boeing 737"): it is already read.
    NamedBefore,
    /// The name and its designation name a product ("ATR 72-600s" → "ATR 72-600").
    Product(Span),
    Neither,
}

impl Sentence<'_> {
    /// "Airbus A321neo", "ATR 72-600s", "Boeing 737 MAX 8": the end (exclusive) of a model's
    /// designation starting at word `w`: tokens of digits with letters or a hyphen, a number, or
    /// a short word in capitals after one of those. Not a year ("Airbus 2026 deliveries").
    pub(super) fn model_end(&self, w: usize) -> Option<usize> {
        let is_model = |v: usize| {
            let Some(word) = self.words.get(v) else { return false };
            let t = self.text(v);
            let digits = t.bytes().filter(u8::is_ascii_digit).count();
            let year =
                t.len() == 4 && digits == 4 && t.parse::<u16>().is_ok_and(|y| (1900..=2100).contains(&y));
            // "Iloilo 2nd District": an ordinal numbers no model.
            let ordinal = digits > 0
                && t.bytes().take(digits).all(|b| b.is_ascii_digit())
                && matches!(&t[digits..], "st" | "nd" | "rd" | "th");
            matches!(word.kind, TokenKind::Word | TokenKind::Number)
                && digits > 0
                && !year
                && !ordinal
                && t.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit())
                && t.chars().all(|c| c.is_alphanumeric() || c == '-')
        };
        let capitals = |v: usize| {
            let t = self.text(v.min(self.words.len().saturating_sub(1)));
            v < self.words.len() && (2..=4).contains(&t.len()) && t.chars().all(|c| c.is_ascii_uppercase())
        };
        if !(is_model(w) || capitals(w) && is_model(w + 1)) {
            return None;
        }
        let mut end = w + 1;
        while end < self.words.len() && end < w + 3 {
            if is_model(end) || capitals(end) && is_model(end + 1) {
                end += 1;
            } else {
                break;
            }
        }
        Some(end)
    }

    /// "Airbus A321neo", "Boeing 737 MAX 8": the product a known maker (`lo..hi`, entry `e`)
    /// and the designation after it name. A bare number must have three digits or more:
    /// "Boeing 737", not "EU 27".
    pub(super) fn maker_and_model(&self, lo: usize, hi: usize, e: Entry) -> Option<Span> {
        // "Borsa Istanbul's BIST 100": what an owner's possessive is followed by is its own.
        // "a Royal Australian Air Force C-130J": a force flies what others make.
        let force = e.canonical.rsplit(' ').next().is_some_and(|w| {
            ["Force", "Forces", "Army", "Navy", "Police", "Guard", "Corps", "Marines"].contains(&w)
        });
        let maker =
            e.kind == EntityKind::Organization && !e.acronym && !force && !self.words[hi - 1].possessive;
        let designation =
            self.words.get(hi).is_some_and(|w| w.kind == TokenKind::Word || self.text(hi).len() >= 3);
        (maker && designation).then(|| self.model_end(hi)).flatten().map(|end| self.model_span(lo, end))
    }

    /// "ATR 72-600s", "Embraer E195-E2s": a name of one to three words and a designation of
    /// letters and digits (or "72-600"), inside the capitalised run `lo..hi` or right after it,
    /// is a product; an owner's possessive is left out ("Canh Dieu's ATR 72-600").
    pub(super) fn model_in_name(&self, lo: usize, hi: usize) -> ModelInName {
        let named_before = lo > 0
            && (self.is_capitalised(lo - 1)
                || lo > 1 && self.model_end(lo - 1).is_some() && self.is_capitalised(lo - 2));
        if named_before && self.model_end(lo).is_some_and(|end| end >= hi) {
            return ModelInName::NamedBefore;
        }
        let lettered = |w: usize| {
            let t = self.text(w);
            t.bytes().any(|b| b.is_ascii_alphabetic()) || t.split_once('-').is_some_and(|(_, b)| b.len() >= 3)
        };
        let end =
            (lo + 1..=hi).take(3).find_map(|m| self.model_end(m).filter(|&end| end >= hi && lettered(m)));
        // "Local 1-2017", "Terminal 3", "Phase 2": a numbered part of something, not a model.
        let numbered_part = |m: usize| m == lo + 1 && NUMBERED_PARTS.contains(&self.key(lo));
        let end =
            end.filter(|_| !(lo + 1..=hi).take(3).any(|m| self.model_end(m).is_some() && numbered_part(m)));
        match end {
            Some(end) => {
                // "Hwaseon's HX-7": an owner before the model is not part of it; "Kessler F1's
                // programme": a model that is itself the owner is read as a name.
                let lo = (lo..hi).rfind(|&w| self.words[w].possessive).map_or(lo, |w| w + 1);
                if lo >= end {
                    return ModelInName::Neither;
                }
                ModelInName::Product(self.model_span(lo, end))
            }
            None => ModelInName::Neither,
        }
    }

    /// The span of words `lo..end`, without a plural "s" after a model's designation
    /// ("E195-E2s" → "E195-E2").
    pub(super) fn model_span(&self, lo: usize, end: usize) -> Span {
        let mut span = self.span(lo, end);
        let last = self.text(end - 1);
        let before_s = last.strip_suffix('s').and_then(|t| t.chars().last());
        if before_s.is_some_and(|c| c.is_ascii_digit() || c.is_ascii_uppercase()) {
            span.end -= 1;
        }
        span
    }

    /// "sold as Tensogrout HP", "supplied as", "sold under the name", "under the brand", "the
    /// cancer drug Ovantra", "its generic Velkes", "the tanker Kalliopi Spirit": words before
    /// `lo` that introduce a trade name or a vessel's.
    pub(super) fn trade_name_before(&self, lo: usize) -> bool {
        let key = |back: usize| lo.checked_sub(back).filter(|&w| self.is_lower(w)).map(|w| self.key(w));
        const MEDICINES: &[&str] = &[
            "drug",
            "medicine",
            "medication",
            "generic",
            "biosimilar",
            "vaccine",
            "jab",
            "pill",
            "tablet",
            "brand",
        ];
        // "the tanker Kalliopi Spirit", "the FPSO Ekanem Pioneer": a vessel's name.
        const VESSELS: &[&str] = &[
            "tanker",
            "vessel",
            "ship",
            "freighter",
            "fpso",
            "trawler",
            "yacht",
            "barge",
            "dredger",
            "boat",
            "warship",
            "frigate",
            "corvette",
            "cutter",
            "destroyer",
            "submarine",
            "ferry",
            "icebreaker",
        ];
        if key(1).is_some_and(|k| MEDICINES.contains(&k) || VESSELS.contains(&k)) {
            return true;
        }
        // "the bulk carrier Azure Tern", "the LNG carrier Arctic Aurora" (an airline is a
        // "carrier" too: only a cargo's word before it makes one a ship). The cargo's word may
        // be an acronym ("LNG"), so its case is not read.
        let cargo = lo.checked_sub(2).map(|w| self.key(w));
        if key(1) == Some("carrier")
            && matches!(
                cargo,
                Some("bulk" | "car" | "lng" | "gas" | "ore" | "vehicle" | "container" | "ethane")
            )
        {
            return true;
        }
        // "the British-flagged Stena Impero"; "two Greek tankers, Delta Poseidon and ...".
        let vessels = |k: &str| VESSELS.contains(&k.strip_suffix('s').unwrap_or(""));
        if lo.checked_sub(1).is_some_and(|w| self.key(w) == "flagged" || self.key(w).ends_with("-flagged"))
            || lo >= 2 && self.is_punct(lo - 1, ",") && key(2).is_some_and(vessels)
        {
            return true;
        }
        let sold =
            |k: Option<&str>| matches!(k, Some("sold" | "marketed" | "branded" | "trademarked" | "supplied"));
        (key(1) == Some("as") && sold(key(2)))
            || (matches!(key(1), Some("name" | "brand")) && key(2) == Some("the") && key(3) == Some("under"))
            || (key(1) == Some("name")
                && matches!(key(2), Some("brand" | "trade"))
                && key(3) == Some("the")
                && key(4) == Some("under"))
    }
}

/// Words a number after which names a numbered part, branch or place, not a made thing.
const NUMBERED_PARTS: &[&str] = &[
    "local", "terminal", "phase", "unit", "block", "gate", "route", "flight", "ward", "section", "article",
    "chapter", "level", "stage", "grade", "room", "lane", "exit", "platform", "pier", "berth", "reactor",
];

/// Endings of the international nonproprietary names of medicines ("velanitinib",
/// "tivoplatin", "pembrolizumab"), printed in lower case: a word of seven letters or more that
/// ends so names a drug.
const DRUG_STEMS: &[&str] = &[
    "tinib",
    "ciclib",
    "rafenib",
    "parib",
    "lisib",
    "degib",
    "mab",
    "platin",
    "taxel",
    "rubicin",
    "previr",
    "buvir",
    "asvir",
    "cillin",
    "mycin",
    "floxacin",
    "cycline",
    "statin",
    "sartan",
    "prazole",
    "parin",
    "xaban",
    "gliptin",
    "glutide",
    "gliflozin",
    "lukast",
    "setron",
    "triptan",
    "dronate",
    "oxetine",
    "profen",
    "olimus",
];

/// Whether a lower-case word is a medicine's international name by its ending.
pub(crate) fn is_drug_name(word: &str) -> bool {
    // Every word of a sentence is asked: the last letter is compared first, which rules out
    // most stems without comparing the rest.
    let last = word.as_bytes().last().copied();
    word.len() >= 7
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && DRUG_STEMS.iter().any(|stem| stem.as_bytes().last().copied() == last && word.ends_with(stem))
}
