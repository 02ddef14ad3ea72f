//! Evidence about a name from the words around it: what makes a run of capitalised words a
//! place ("south of Tampa", "near Lithgow and Katoomba", "Ocala, Fla.", a dateline's "TAMPA,"),
//! an organisation (", a trade group for …", "a group calling itself …", "the Water Resources
//! department", a German body's compound) or a person's ("Justices Sonia Sotomayor and Clarence
//! Thomas"; "said Dwi Ratnasari", ", a 38-year-old farmer", ", a fire ecologist at …", "a
//! spokesperson for the office, Miriam Kessler,", "Kang also expressed"), or a product's
//! ("PowerCell 500"); and when a country's name names no place but a currency ("US$386
//! million") or a language ("held in English at"). Each predicate looks at a few words either
//! side of a run; none decides alone, `Sentence::name` weighs them.
//!
//! Limits: fixed word lists and English word order; a context farther than a few words away is
//! not seen.

use super::{is_plural_of, Sentence, PLACE_NOUNS, PLACE_NOUNS_AFTER, STAFF};
use crate::entities::lexicon::{class, is_acronym, Entry};
use crate::model::EntityKind;
use crate::tokens::TokenKind;

/// "south of Tampa", "north-west of Marrakesh".
const COMPASS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
];

/// Whether `key` is a compass point, as in "south of Tampa".
pub(super) fn is_compass_point(key: &str) -> bool {
    COMPASS.contains(&key)
}

/// Nouns for made things that, ending an apposition, make the name before it a product's.
const PRODUCT_NOUNS_APPOSITION: &[&str] = &[
    "tool",
    "software",
    "app",
    "platform",
    "drug",
    "medicine",
    "vaccine",
    "autoinjector",
    "pesticide",
    "herbicide",
    "fertiliser",
    "fertilizer",
    "diamond",
    "painting",
    "sculpture",
    "brooch",
    "necklace",
    "tiara",
    "cellar",
    "sedan",
    "saloon",
    "suv",
    "pickup",
    "minivan",
    "helicopter",
    "airliner",
    "satellite",
    "rocket",
    "engine",
    "stablecoin",
    "malware",
    "ransomware",
    "recorder",
    "chip",
    "smartphone",
    "handset",
    "minehunter",
    "frigate",
    "tanker",
    "ferry",
];

/// Nouns that end an apposition naming an organisation ("NetChoice, a trade group for …").
const ORG_NOUNS_APPOSITION: &[&str] = &[
    "group",
    "company",
    "firm",
    "organisation",
    "organization",
    "agency",
    "union",
    "party",
    "bank",
    "charity",
    "network",
    "association",
    "coalition",
    "alliance",
    "startup",
    "operator",
    "carrier",
    "manufacturer",
    "maker",
    "broadcaster",
    "newspaper",
    "lender",
    "insurer",
    "retailer",
    "exporter",
    "producer",
    "developer",
    "conglomerate",
    "venture",
    "consortium",
    "subsidiary",
    "contractor",
    "consultancy",
    "supplier",
    "utility",
    "regulator",
    "watchdog",
];

/// A noun for a person by trade or calling: "ecologist", "historian", "millwright", "lawyer",
/// "director" (by its ending or from a short list).
pub(super) fn is_trade_noun(key: &str) -> bool {
    const TRADES: &[&str] = &[
        "millwright",
        "nurse",
        "doctor",
        "physician",
        "surgeon",
        "chef",
        "resident",
        "mother",
        "father",
        "widow",
        "student",
        "nun",
        "priest",
        "pilot",
        "veteran",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "guide",
        "mechanic",
        "midwife",
    ];
    // "fisherman", "headman", "businesswoman".
    const ENDINGS: &[&str] = &["ist", "yst", "ian", "er", "or", "ent", "man", "woman"];
    // Nouns with those endings that a company or a body is as often as a person.
    const NOT_TRADES: &[&str] = &[
        "employer",
        "government",
        "parent",
        "department",
        "importer",
        "distributor",
        "processor",
        "refiner",
        "builder",
        "shipbuilder",
        "shipper",
        "brewer",
        "partner",
        "provider",
        "player",
        "leader",
        "owner",
        "investor",
        "competitor",
        "rival",
        "customer",
        "buyer",
        "seller",
        "creditor",
        "donor",
        "sponsor",
        "sector",
        "neighbour",
        "neighbor",
        "member",
        "component",
        "agent",
        "publisher",
        "supplier",
        "manufacturer",
        "operator",
        "lender",
        "insurer",
        "developer",
        "contractor",
        "carrier",
        "retailer",
        "broadcaster",
        "regulator",
        "human",
    ];
    TRADES.contains(&key)
        || key.len() > 4 && ENDINGS.iter().any(|e| key.ends_with(e)) && !NOT_TRADES.contains(&key)
}

impl Sentence<'_> {
    /// Where the run of capitalised words that ends just before word `end` starts.
    fn capitalised_run_before(&self, end: usize) -> usize {
        let mut start = end;
        while start > 0 && self.words[start - 1].is_capitalised(self.raw) {
            start -= 1;
        }
        start
    }

    /// Whether word `w` alone is a place the data files know ("Fla.", "Morocco", "U.S.").
    pub(super) fn is_known_place(&self, w: usize) -> bool {
        self.lex.phrase(self.key(w)).is_some_and(|e| e.kind == EntityKind::Place)
    }

    /// "Justices Sonia Sotomayor and Clarence Thomas": a name joined by "and" to one after a
    /// plural title shares the title's evidence that both are persons.
    pub(super) fn shares_plural_title(&self, lo: usize) -> bool {
        let Some(and) = lo.checked_sub(1).filter(|&p| self.key(p) == "and" && self.is_lower(p)) else {
            return false;
        };
        let start = self.capitalised_run_before(and);
        // The run before "and" holds the title and the first name: "Justices Sonia Sotomayor".
        let title = self.key(start);
        and - start >= 3
            && title.len() > 3
            && title.ends_with('s')
            && self.lex.classes(&title[..title.len() - 1]) & class::TITLE != 0
    }

    /// "near Lithgow and Katoomba", "in Ndirande, Limbe and Chilomoni": a name joined by "and"
    /// to a list after "in", "near" or "outside" is a place too, unless a verb follows it ("in
    /// March and Smith said").
    pub(super) fn coordinated_place(&self, lo: usize, hi: usize) -> bool {
        let Some(and) =
            lo.checked_sub(1).filter(|&p| matches!(self.key(p), "and" | "or") && self.is_lower(p))
        else {
            return false;
        };
        // "in Ndirande, Limbe and Chilomoni": back over the names listed with commas.
        let mut start = self.capitalised_run_before(and);
        while start >= 2
            && start < and
            && self.is_punct(start - 1, ",")
            && self.words[start - 2].is_capitalised(self.raw)
        {
            start = self.capitalised_run_before(start - 1);
        }
        start < and && self.introduces_places(start) && !self.verb_after(hi)
    }

    /// Whether the words before `start` introduce places: "in", "near", "outside", or a place
    /// noun's "of" ("the departments of San Rafael and Malargüe").
    fn introduces_places(&self, start: usize) -> bool {
        start > 0
            && self.is_lower(start - 1)
            && (matches!(self.key(start - 1), "in" | "near" | "outside")
                || self.key(start - 1) == "of" && start > 1 && self.is_lower(start - 2) && {
                    let noun = self.key(start - 2);
                    PLACE_NOUNS.contains(&noun) || is_plural_of(noun, PLACE_NOUNS)
                })
    }

    /// "in Eldoret, Kitale, Iten and Chemuswa", "in the Esbjerg, Varde and Vejen
    /// municipalities": a name in a list of names joined by commas and a last "and" or "or",
    /// where the list follows "in", "near" or "outside" or is followed by a plural place noun,
    /// is a place like the others ([`Scanner::coordinated_place`] reads the last name alone).
    pub(super) fn listed_place(&self, lo: usize, hi: usize) -> bool {
        /// The most names a list of places is read over.
        const MAX_LISTED: usize = 24;
        let capitalised = |w: usize| self.words.get(w).is_some_and(|w| w.is_capitalised(self.raw));
        let run_after = |mut w: usize| {
            while capitalised(w) {
                w += 1;
            }
            w
        };
        // Forward to the end of the list: more names after commas, then "and" or "or" and the
        // last name. A list longer than a page's lists of places is none: every name of it
        // walking all of it would take time quadratic in its length.
        let mut end = hi;
        let mut joined = false;
        let mut names = 1;
        while end < self.words.len() && names <= MAX_LISTED {
            if self.is_punct(end, ",") && capitalised(end + 1) {
                end = run_after(end + 1);
            } else if matches!(self.key(end), "and" | "or") && self.is_lower(end) && capitalised(end + 1) {
                end = run_after(end + 1);
                joined = true;
                break;
            } else {
                break;
            }
            names += 1;
        }
        // Back to its start over names after commas.
        let mut start = lo;
        while start >= 2 && self.is_punct(start - 1, ",") && capitalised(start - 2) && names <= MAX_LISTED {
            start = self.capitalised_run_before(start - 1);
            names += 1;
        }
        if names > MAX_LISTED {
            return false;
        }
        let listed = joined && (start < lo || end > run_after(hi));
        let after_place_word = self.introduces_places(start) && !self.verb_after(end);
        let plural_place_noun =
            end < self.words.len() && self.is_lower(end) && is_plural_of(self.key(end), PLACE_NOUNS_AFTER);
        listed && (after_place_word || plural_place_noun)
    }

    /// "hearings at Wilcannia", "Road 43 to Grindavík", "diverted via Toruń": one word after a
    /// preposition of place. Most such words are places, but a firm or a person is named so
    /// too, so the resolver weighs this against the rest of the article. Not "according to",
    /// nor staff or a trade at or from a firm ("analysts at Jefferies", "a nurse at Selam"),
    /// nor an acronym, a word with digits ("to B60") or of two letters ("Rp"), nor a word
    /// with a capital inside ("ConCourt").
    pub(super) fn after_preposition_of_place(&self, lo: usize, hi: usize) -> bool {
        let Some(p) = lo.checked_sub(1) else { return false };
        let text = self.text(lo);
        hi - lo == 1
            && p > 0
            && self.is_lower(p)
            && matches!(self.key(p), "at" | "to" | "from" | "via" | "towards" | "toward")
            && text.chars().count() > 2
            && text.chars().all(|c| c.is_alphabetic() || c == '-')
            && !is_acronym(text)
            && !is_camel_case(text)
            && !self.words[lo].possessive
            && !matches!(self.key(p - 1), "according" | "works" | "worked" | "working")
            && !(self.is_lower(p - 1)
                && (STAFF.contains(&self.key(p - 1))
                    || self.is(p - 1, class::TITLE)
                    || is_trade_noun(self.key(p - 1))))
    }

    /// "at Neamatighat in Jorhat", "near Bhogpur in Assam": a name after "at" or "near" and
    /// before "in" and a known place is a place in it; not a workplace ("works at Vantriza in
    /// Boston", "an analyst at Kernwerk in Hamburg").
    pub(super) fn at_place_in_place(&self, lo: usize, hi: usize) -> bool {
        let workplace = lo >= 2
            && (matches!(self.key(lo - 2), "works" | "worked" | "working" | "employed" | "job" | "jobs")
                || self.is(lo - 2, class::TITLE)
                || is_trade_noun(self.key(lo - 2)));
        lo > 0
            && !workplace
            // "at JA Zen-Noh Tamago in Tokyo": a name opened by an acronym is a body's.
            && !is_acronym(self.text(lo))
            && self.is_lower(lo - 1)
            && matches!(self.key(lo - 1), "at" | "near")
            && self.is_lower(hi)
            && self.key(hi) == "in"
            && self.words.get(hi + 1).is_some_and(|w| w.is_capitalised(self.raw))
            && self.is_known_place(hi + 1)
    }

    /// ", Fla.", ", Morocco": a known place after a comma says the name before it is a place
    /// in it ("Ocala, Fla.", "Amizmiz, Morocco").
    pub(super) fn place_after_comma(&self, after: usize) -> bool {
        self.is_punct(after, ",")
            && self.words.get(after + 1).is_some_and(|w| w.is_capitalised(self.raw))
            && self.is_known_place(after + 1)
    }

    /// "TAMPA, Fla. (AP) —", "ST. LOUIS —", "PANAMA CITY (AP)": words in capitals that open the
    /// sentence, followed by a dash, a parenthesis, or a comma and a place or a date, are a
    /// dateline's city.
    pub(super) fn dateline(&self, lo: usize, hi: usize) -> bool {
        let in_capitals = (lo..hi).all(|w| {
            let t = self.text(w);
            !self.is_word(w)
                || t.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !t.chars().any(char::is_lowercase)
        });
        let letters: usize =
            (lo..hi).map(|w| self.text(w).chars().filter(|c| c.is_alphabetic()).count()).sum();
        // After a comma, only a place or a date continues a dateline: "KEPCO, the utility, said"
        // is no city.
        let comma_then_dateline = self.is_punct(hi, ",")
            && (self.place_after_comma(hi) && !self.words.get(hi + 1).is_some_and(|w| w.possessive)
                || self.is_word(hi + 1) && crate::dates::is_month_name(self.text(hi + 1)));
        lo == self.first_word
            && in_capitals
            && letters >= 4
            && (comma_then_dateline || ["(", "—", "–", "-"].iter().any(|p| self.is_punct(hi, p)))
    }

    /// ", a village of about 3,000 people", ", a market town": an apposition that says the
    /// name before `after` is a place.
    pub(super) fn place_apposition(&self, after: usize) -> bool {
        self.apposition_noun(after, PLACE_NOUNS)
    }

    /// ", a trade group for the companies,", ", the largest U.S. exporter,": an apposition that
    /// says the name before `after` is an organisation.
    pub(super) fn org_apposition(&self, after: usize) -> bool {
        self.apposition_noun(after, ORG_NOUNS_APPOSITION)
    }

    /// ", an internal voice-cloning tool", ", a 41-carat diamond", ", a subcutaneous
    /// autoinjector": an apposition naming a made thing.
    pub(super) fn product_apposition(&self, after: usize) -> bool {
        self.apposition_noun(after, PRODUCT_NOUNS_APPOSITION)
    }

    /// Whether "and her sister ship", "and its sister plane" follows word `after - 1`: only a
    /// ship, a plane or a model has a sister, so the name before is a made thing's.
    pub(super) fn sister_after(&self, after: usize) -> bool {
        let key = |w: usize| self.words.get(w).map(|_| self.key(w));
        key(after) == Some("and")
            && matches!(key(after + 1), Some("her" | "its" | "his" | "their"))
            && matches!(key(after + 2), Some("sister" | "sisters"))
    }

    /// Whether an apposition after word `after - 1` (", a village of …", ", a trade group for
    /// …", ", Spain's biggest gas utility") is a noun phrase ending in one of `nouns`. The noun
    /// must end the phrase: "a city councillor" is no place, "a company spokesman" no company.
    fn apposition_noun(&self, after: usize, nouns: &[&str]) -> bool {
        let determiner =
            matches!(self.words.get(after + 1).map(|_| self.key(after + 1)), Some("a" | "an" | "the"))
                || self.words.get(after + 1).is_some_and(|w| w.possessive) && self.is_known_place(after + 1);
        if !self.is_punct(after, ",") || !determiner {
            return false;
        }
        let ends_phrase = |w: usize| !self.is_word(w) || self.is_function_word(w);
        // A place may qualify the noun: "the largest U.S. exporter".
        (after + 2..(after + 6).min(self.words.len()))
            .take_while(|&w| self.is_lower(w) || self.is_known_place(w))
            .any(|w| self.is_lower(w) && nouns.contains(&self.key(w)) && ends_phrase(w + 1))
    }
}

/// Demonyms that are also languages' names.
const LANGUAGES: &[&str] = &[
    "english",
    "french",
    "spanish",
    "portuguese",
    "german",
    "italian",
    "russian",
    "chinese",
    "japanese",
    "korean",
    "dutch",
    "swedish",
    "norwegian",
    "danish",
    "finnish",
    "polish",
    "greek",
    "turkish",
    "czech",
    "hungarian",
    "romanian",
    "ukrainian",
    "vietnamese",
    "thai",
    "indonesian",
];

/// What the words right after a country's name say it is instead.
impl Sentence<'_> {
    /// Whether the words from `w` name a currency after a country's name or abbreviation:
    /// "US$386 million", "one US dollar", "the Canadian dollar".
    pub(super) fn names_currency(&self, w: usize) -> bool {
        let dollar_sign =
            self.words.get(w).is_some_and(|n| n.kind == TokenKind::Punct && self.text(w) == "$")
                && self.words[w - 1].end == self.words[w].start;
        dollar_sign || self.is_word(w) && matches!(self.key(w), "dollar" | "dollars" | "cent" | "cents")
    }

    /// Whether the demonym `lo..hi` names a language rather than its country: "held in
    /// English at the centre", "whose English was halting", "she spoke French".
    pub(super) fn names_language(&self, lo: usize, hi: usize, e: Entry) -> bool {
        if !e.demonym || hi - lo != 1 || !LANGUAGES.contains(&self.key(lo)) {
            return false;
        }
        let before = lo.checked_sub(1).filter(|&p| self.is_word(p)).map(|p| self.key(p));
        let spoken = matches!(
            before,
            Some(
                "speak"
                    | "speaks"
                    | "spoke"
                    | "speaking"
                    | "fluent"
                    | "whose"
                    | "his"
                    | "her"
                    | "their"
                    | "into"
            )
        );
        // After "in", only where no noun follows: "in English football" is the country's.
        let after_in = before == Some("in")
            && (!self.is_word(hi)
                || self.is_lower(hi)
                    && (self.is(hi, class::CONNECTOR | class::STARTER | class::VERB)
                        || matches!(
                            self.key(hi),
                            "at" | "on" | "or" | "with" | "by" | "to" | "from" | "as" | "but"
                        )));
        let noun_after = self.is_word(hi)
            && matches!(
                self.key(hi),
                "translation"
                    | "subtitles"
                    | "speakers"
                    | "newsletter"
                    | "newsletters"
                    | "edition"
                    | "service"
                    | "version"
                    | "website"
                    | "lessons"
                    | "classes"
                    | "teacher"
                    | "teachers"
            );
        // "Al Jazeera English", "LRT English": an outlet's edition in that language, its name
        // ending with the word.
        let edition = lo > 0
            && self.is_word(lo - 1)
            && !self.sentence_initial(lo - 1)
            && self.is_capitalised(lo - 1)
            && self.raw.get(self.words[lo - 1].end..self.words[lo].start) == Some(" ")
            && !self.is(lo - 1, class::STARTER | class::TITLE)
            && !self.words[lo - 1].possessive
            && !(self.is_word(hi) && self.is_capitalised(hi));
        // "a French-language debate", "English-speaking provinces".
        let rest = &self.raw[self.words[lo].end..];
        let compound = rest.starts_with("-language") || rest.starts_with("-speaking");
        spoken || after_in || noun_after || compound || edition
    }
}

/// What the words right before or after a name say of a person.
impl Sentence<'_> {
    /// ", a fire ecologist at …", ", a millwright at the sawmill,": an apposition that names what
    /// a person does (a noun for a person's trade ending the phrase, not a body's noun).
    pub(super) fn person_apposition(&self, after: usize) -> bool {
        if !self.is_punct(after, ",")
            || !matches!(self.words.get(after + 1).map(|_| self.key(after + 1)), Some("a" | "an"))
        {
            return false;
        }
        let ends_phrase = |w: usize| !self.is_word(w) || self.is_function_word(w);
        (after + 2..(after + 5).min(self.words.len()))
            .take_while(|&w| self.is_lower(w))
            .find(|&w| ends_phrase(w + 1))
            .is_some_and(|w| is_trade_noun(self.key(w)) && !ORG_NOUNS_APPOSITION.contains(&self.key(w)))
    }

    /// ", a 38-year-old cashew farmer" after word `after - 1`.
    pub(super) fn aged_apposition(&self, after: usize) -> bool {
        if !self.is_punct(after, ",") {
            return false;
        }
        let rest = self.raw[self.words[after].end..].trim_start();
        let Some(rest) = rest.strip_prefix("a ").or_else(|| rest.strip_prefix("an ")) else { return false };
        let digits = rest.trim_start().bytes().take_while(u8::is_ascii_digit).count();
        (1..=3).contains(&digits) && rest.trim_start()[digits..].starts_with("-year-old")
    }

    /// "said Dwi Ratnasari", "said BOVAG's Ruud Verhoeven", "met Lazaro Nkoitoi": a name right
    /// after a speech verb, or a verb whose object is a person.
    pub(super) fn speech_before(&self, lo: usize) -> bool {
        let Some(mut p) = lo.checked_sub(1) else { return false };
        if self.words[p].possessive && self.words[p].is_capitalised(self.raw) {
            let Some(q) = p.checked_sub(1) else { return false };
            p = q;
        }
        self.is_lower(p)
            && matches!(
                self.key(p),
                "said"
                    | "says"
                    | "added"
                    | "told"
                    | "asked"
                    | "wrote"
                    | "met"
                    | "appointed"
                    | "interviewed"
                    | "replaced"
            )
    }

    /// "The boat's skipper, Bjørnar Eliassen, said", "A spokesperson for the Ministry of
    /// Aviation, Oluwakemi Fashola-Idris, said": a name set off by commas before a speech verb,
    /// after a noun for a person's trade (or one with "for", "of" or "at" and a body's name), is
    /// the speaker; after "its local partner" or "whose publisher" it is a firm.
    pub(super) fn speaker_between_commas(&self, lo: usize, hi: usize) -> bool {
        let speaks = lo >= 2
            && self.is_punct(lo - 1, ",")
            && self.is_punct(hi, ",")
            && self.is_word(hi + 1)
            && self.is_lower(hi + 1)
            && matches!(self.key(hi + 1), "said" | "says" | "told" | "added" | "wrote");
        if !speaks {
            return false;
        }
        let trade = |w: usize| self.is_word(w) && self.is_lower(w) && is_trade_noun(self.key(w));
        if trade(lo - 2) {
            return true;
        }
        (lo.saturating_sub(12)..lo - 2)
            .rev()
            .take_while(|&w| self.is_word(w))
            .any(|w| trade(w) && self.is_lower(w + 1) && matches!(self.key(w + 1), "for" | "of" | "at"))
    }

    /// "Rasheeda Khatoon has moved her family", "Lorna Spence scrolls through photos on her
    /// phone": a personal pronoun within the next six words of the clause after word
    /// `after - 1` (a body says "its").
    pub(super) fn personal_pronoun_after(&self, after: usize) -> bool {
        (after..self.words.len().min(after + 6)).take_while(|&j| self.words[j].kind != TokenKind::Punct).any(
            |j| {
                self.is_lower(j)
                    && matches!(self.key(j), "her" | "his" | "she" | "he" | "herself" | "himself")
            },
        )
    }

    /// "Tuomas Kallio, who heads …", "Gulnara Abenova, whose husband …": a relative clause
    /// that only a person takes.
    pub(super) fn who_after(&self, after: usize) -> bool {
        const KIN: [&str; 12] = [
            "husband", "wife", "son", "daughter", "father", "mother", "brother", "sister", "children",
            "parents", "family", "partner",
        ];
        self.is_punct(after, ",")
            && self.is_word(after + 1)
            && match self.key(after + 1) {
                "who" => true,
                "whose" => self.is_word(after + 2) && KIN.contains(&self.key(after + 2)),
                _ => false,
            }
    }

    /// "Kanasugi pointed", "Kang also expressed".
    pub(super) fn verb_after(&self, after: usize) -> bool {
        let mut j = after;
        for _ in 0..2 {
            let k = self.key(j.min(self.words.len().saturating_sub(1)));
            if j < self.words.len() && self.is_lower(j) && (k == "also" || k.ends_with("ly")) {
                j += 1;
            }
        }
        j < self.words.len() && self.is_lower(j) && self.is(j, class::VERB)
    }
}

/// "Cendana-1", "PSLV-C66", "LAPAN-A2", "Sentinel-2A", "MiG-29": a name of three letters or
/// more, a hyphen, then a model number (up to two capitals, digits, one letter); or a
/// capitalised word of four letters or more and one or two capitals ("Euvichol-S").
pub(crate) fn is_model_designation(word: &str) -> bool {
    let Some((name, model)) = word.rsplit_once('-') else { return false };
    // "Euvichol-S", "Sputnik-V": a name and one or two capital letters.
    let lettered = (1..=2).contains(&model.len()) && model.bytes().all(|b| b.is_ascii_uppercase());
    if lettered {
        return name.chars().count() >= 4
            && name.starts_with(|c: char| c.is_uppercase())
            && name.chars().skip(1).all(char::is_lowercase);
    }
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    let model = model.trim_start_matches(|c: char| c.is_ascii_uppercase());
    let digits = model.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &model[digits..];
    name.starts_with(|c: char| c.is_uppercase())
        && letters >= 3
        && name.chars().all(|c| c.is_alphanumeric() || c == '-')
        && word.len() - name.len() - 1 - model.len() <= 2
        && (1..=4).contains(&digits)
        && (rest.is_empty() || rest.len() == 1 && rest.bytes().all(|b| b.is_ascii_alphabetic()))
}

/// "PowerCell", "PlayStation": a capital after three lower-case letters or more inside a word
/// (not a name's "McDonald", "DiCaprio", "MacArthur").
pub(super) fn is_camel_case(w: &str) -> bool {
    let mut lower_run = 0;
    for c in w.chars() {
        if c.is_uppercase() && lower_run >= 3 {
            return true;
        }
        lower_run = if c.is_lowercase() { lower_run + 1 } else { 0 };
    }
    false
}

/// Lower-case nouns for a person who works for a body: "a spokesperson for the office, Miriam
/// Kessler" names the spokesperson, not the office.
const PERSONS_IN_BODIES: &[&str] = &[
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "agent",
    "official",
    "representative",
    "lawyer",
    "director",
    "head",
    "chief",
    "officer",
    "adviser",
    "advisor",
    "manager",
    "chairman",
    "chairwoman",
    "chair",
    "president",
    "secretary",
    "member",
    "researcher",
    "analyst",
    "economist",
    "professor",
];

/// What the words around a name say of a body or of a person working in one.
impl Sentence<'_> {
    /// "a spokesperson for the prosecutor's office, Miriam Kessler, told": two or three words
    /// `lo..hi` after a comma that follows a phrase about a person in a body name that person.
    pub(super) fn spokesperson_named(&self, lo: usize, hi: usize) -> bool {
        (2..=3).contains(&(hi - lo))
            && lo >= 2
            && self.is_punct(lo - 1, ",")
            && self.is_lower(lo - 2)
            && self.person_phrase_before(lo - 2)
    }

    /// "58-year-old Georgian citizen Ramaz Gelashvili", "a British national, Sam Okafor": a
    /// demonym and "citizen" or "national" in lower case right before the name at `lo`.
    pub(super) fn citizen_named(&self, lo: usize) -> bool {
        let noun = if lo >= 1 && self.is_punct(lo - 1, ",") { lo.checked_sub(2) } else { lo.checked_sub(1) };
        noun.is_some_and(|n| {
            n >= 1
                && self.is_lower(n)
                && matches!(self.key(n), "citizen" | "national")
                && self.lex.phrase(self.key(n - 1)).is_some_and(|e| e.demonym)
        })
    }

    /// Whether word `w` is a body's noun printed in lower case after its name ("the Water
    /// Resources department"), ending the phrase.
    pub(super) fn is_lower_body_noun(&self, w: usize) -> bool {
        self.is_lower(w)
            && matches!(self.key(w), "department" | "ministry" | "directorate" | "authority" | "commission")
            && !self.is(w + 1, class::HEAD)
    }

    /// "a criminal group calling itself Silent Orchard": the name a body gives itself.
    pub(super) fn group_calling_itself(&self, lo: usize) -> bool {
        lo >= 3
            && self.key(lo - 1) == "itself"
            && matches!(self.key(lo - 2), "calling" | "calls" | "called" | "naming" | "names")
            && (lo.saturating_sub(6)..lo - 2).any(|w| self.is_lower(w) && self.is(w, class::ORG_BEFORE))
    }

    /// Whether the lower-case phrase ending at word `end` is about a person in a body ("a
    /// spokesperson for the prosecutor's office", "the party's agent at the collation centre").
    fn person_phrase_before(&self, end: usize) -> bool {
        let from = end.saturating_sub(8);
        (from + 1..end).rev().take_while(|&w| !self.is_punct(w, ",")).any(|w| {
            matches!(self.key(w), "for" | "of" | "at" | "from")
                && self.is_lower(w)
                && (PERSONS_IN_BODIES.contains(&self.key(w - 1))
                    || self.is_lower(w - 1) && self.is(w - 1, class::TITLE))
        })
    }
}

/// "Klinikverbund", "Ärzteverband", "Wohnungsbaugesellschaft": a German compound that ends in
/// a word for a body, so it opens a body's name ("Klinikverbund Bergland").
pub(super) fn is_german_body_word(w: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "verbund",
        "verband",
        "gesellschaft",
        "gruppe",
        "stiftung",
        "genossenschaft",
        "anstalt",
        "kammer",
        "werke",
        "zentrale",
        "gericht",
        "behörde",
        "amt",
        "agentur",
    ];
    w.starts_with(char::is_uppercase) && ENDINGS.iter().any(|e| w.len() > e.len() + 3 && w.ends_with(e))
}
