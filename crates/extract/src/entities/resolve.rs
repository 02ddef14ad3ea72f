//! Settles one article's candidates into mentions with canonical names.
//!
//! Approach: persons are the multi-word candidates with evidence; a family name alone
//! ("Pompeo", "Kang", or the first of two: "Vásquez" for "Ricardo Vásquez Morales") joins the
//! person of that family name mentioned nearest before it (else the first after it), and is
//! dropped when the article has no such person and no other evidence. A name the article
//! places by context once is a place wherever it is printed, unless a role or a given name
//! says person. Organisations are grouped by normalised name and by derived short forms
//! ("Ministry of Trade, Industry and Energy" ↔ "Trade Ministry", "Ministry of Foreign
//! Affairs" ↔ "Foreign Ministry"); the group's name is the data file's canonical name, else
//! the longest "X of Y" form, else the most used form. Lower-case forms ("the trade
//! ministry") join a group only when the article names it in capitals; a portfolio and
//! "ministry" ("the interior ministry") is a ministry on its own, named in capitals. An
//! acronym the article defines in brackets ("Annapurna Base Camp (ABC)") stands for that name
//! wherever the article prints it, whatever the data files make of it.
//!
//! Limits: two persons sharing a family name in one article are told apart only by position.

use std::collections::HashMap;

use super::lexicon::{class, lexicon};
use super::merge::title_case;
use super::scan::{is_hyphenated_given_name, Cand, NameCand};
use super::words::{is_camel_case, name_key};
use super::Mention;
use crate::fxhash::{FastMap, FastSet};
use crate::model::{EntityKind, Span};

/// Turns the scanner's candidates for one article into mentions, in text order.
pub(crate) fn resolve(raw: &str, cands: &[Cand]) -> Vec<Mention> {
    let orgs = OrgGroups::new(raw, cands);
    let places = places_by_context(cands);
    let persons = Persons::new(cands, &places);
    let bodies = first_words_of_bodies(cands);
    let longer_places = places_by_first_word(cands);
    // The article's words printed in lower case, read once if a one-word place needs them.
    let lower_words = std::cell::OnceCell::new();
    let named_by_lead = named_by_lead(cands);
    let redefined = acronyms_defined_here(raw, cands);
    let mut out = Vec::new();
    // Where the last body or known name ended: a lone word right after it ("the Extended Fund
    // Facility", "Vestsjø Seafood Production") is the rest of a name the scanner cut, not a
    // person of its own.
    let mut named_until = None;
    for cand in cands {
        let dangling = |n: &NameCand| {
            n.parts.len() == 1
                && n.role.is_none()
                && named_until.is_some_and(|end: usize| {
                    end <= n.span.start && raw.get(end..n.span.start).is_some_and(|gap| gap == " ")
                })
        };
        if let Cand::Name(n) = cand {
            if dangling(n) {
                continue;
            }
        }
        named_until = match cand {
            Cand::Known { span, .. } | Cand::Org { span, .. } => Some(span.end),
            _ => None,
        };
        match cand {
            // "Annapurna Base Camp (ABC)": in this article ABC is the camp, not the broadcaster.
            Cand::Known { span, surface, .. } if redefined.contains_key(&raw[span.start..span.end]) => {
                let (canonical, kind) = &redefined[&raw[span.start..span.end]];
                out.push(mention(*span, *surface, canonical, *kind, None));
            }
            Cand::Known { span, surface, canonical, kind } => {
                // "Maumere airport" where the article places Maumere: the town is named.
                let town = (*kind == EntityKind::Place)
                    .then(|| canonical.strip_suffix(" airport"))
                    .flatten()
                    .filter(|t| {
                        places.contains(&name_key(t)) && raw.get(span.start..span.start + t.len()) == Some(t)
                    });
                if let Some(town) = town {
                    let at = Span { start: span.start, end: span.start + town.len() };
                    out.push(mention(at, at, town, EntityKind::Place, None));
                    continue;
                }
                // "Asuncion said" after "Defense Secretary Gilberto Asuncion": a place's name
                // that speaks is the person of that family name the article has named.
                let place_before = raw[..span.start]
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| matches!(w, "in" | "at" | "from" | "near" | "to" | "of"));
                if *kind == EntityKind::Place
                    && !canonical.contains(' ')
                    && !place_before
                    && speaks_after(raw, span.end)
                {
                    if let Some((person, _)) = persons.family_member(&name_key(canonical), span.start) {
                        out.push(mention(*span, *surface, &person, EntityKind::Person, None));
                        continue;
                    }
                }
                let canonical = match kind {
                    EntityKind::Organization => orgs.canonical(canonical).unwrap_or(canonical),
                    _ => canonical,
                };
                out.push(mention(*span, *surface, canonical, *kind, None));
            }
            Cand::Org { span, surface, name } => {
                // "Britain's Johnson said" after "Prime Minister Boris Johnson": one word read
                // as a body is the person of that family name the article has named.
                if !name.contains(' ') && lexicon().phrase(&name_key(name)).is_none() {
                    if let Some((person, _)) = persons.family_member(&name_key(name), span.start) {
                        out.push(mention(*span, *surface, &person, EntityKind::Person, None));
                        continue;
                    }
                }
                let canonical = orgs.canonical(name).unwrap_or(name);
                out.push(mention(*span, *surface, canonical, EntityKind::Organization, None));
            }
            Cand::LowerOrg { spans, portfolio } => {
                let hit = spans.iter().find_map(|s| orgs.canonical(&raw[s.start..s.end]).map(|c| (s, c)));
                if let Some((s, canonical)) = hit {
                    out.push(mention(*s, *s, canonical, EntityKind::Organization, None));
                } else if let Some(s) = portfolio {
                    let canonical = title_case(&raw[s.start..s.end]);
                    out.push(mention(*s, *s, &canonical, EntityKind::Organization, None));
                }
            }
            Cand::Name(n) => {
                let acronym =
                    n.parts.len() == 1 && n.parts[0].chars().filter(|c| c.is_uppercase()).count() >= 2;
                let printed = n.parts.join(" ");
                let led = named_by_lead.get(&name_key(&printed));
                let company = (n.parts.len() <= 3 && n.role.is_none())
                    .then(|| orgs.short_name(&printed, !n.place_context))
                    .flatten();
                // "Cimej said" after "the Middle Jamanxim Indigenous Council (Cimej)": a word
                // the article defined as a body's acronym, however it is capitalised.
                let defined = n.parts.len() == 1;
                if let Some(canonical) = orgs.acronym(&n.parts[0]).filter(|_| acronym || defined).or(company)
                {
                    out.push(mention(n.span, n.span, canonical, EntityKind::Organization, None));
                } else if let Some(&(canonical, kind)) = led.filter(|_| n.role.is_none()) {
                    out.push(mention(n.span, n.span, canonical, kind, None));
                } else if orgs.is_brand_and_model(n) {
                    out.push(mention(n.span, n.span, &n.parts.join(" "), EntityKind::Product, None));
                } else if let Some((canonical, kind)) = {
                    let common_word =
                        || lower_words.get_or_init(|| lower_case_words(raw)).contains(&name_key(&n.parts[0]));
                    // A weak place's word the article also prints in lower case is a common
                    // word; only that reading is dropped, not the name's other ones.
                    let weak_place = n.weak_place && !common_word();
                    // "the Nobel Prize in Physiology or Medicine", "World Heritage in Danger": so
                    // is one word after "in", not a place no list knows.
                    persons.settle(n, weak_place, &places, &bodies, &longer_places).filter(|(_, kind)| {
                        !(*kind == EntityKind::Place && n.parts.len() == 1 && common_word())
                    })
                } {
                    let surface = match kind {
                        EntityKind::Person => n.surface,
                        EntityKind::Place => n.with_noun.unwrap_or(n.span),
                        _ => n.span,
                    };
                    out.push(mention(n.span, surface, &canonical, kind, n.role.clone()));
                }
            }
        }
    }
    out.sort_by_key(|m| (m.span.start, m.span.end));
    out.dedup_by(|a, b| a.span == b.span && a.canonical == b.canonical);
    join_subdivision_names(&mut out);
    unperson_made_things(&mut out);
    makers_not_models(raw, &mut out);
    out
}

/// "The Glen Sannox and her sister ship" after "the ferry Glen Sannox": a name of several
/// words the article prints as a made thing's is that thing wherever it reads as a person
/// only by its first word, without a role.
fn unperson_made_things(mentions: &mut [Mention]) {
    let products: FastSet<String> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Product && m.canonical.contains(' '))
        .map(|m| name_key(&m.canonical))
        .collect();
    if products.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        let by_given_name =
            m.canonical.split(' ').next().is_some_and(|w| lexicon().is_first_name(&name_key(w)));
        if m.kind == EntityKind::Person
            && m.role.is_none()
            && by_given_name
            && products.contains(&name_key(&m.canonical))
        {
            m.kind = EntityKind::Product;
        }
    }
}

/// "The Brenna e-bike" in an article where "Brenna recalled 9,000 scooters": a one-word
/// product no data file knows that the article also prints acting, without "the" and before
/// a verb, is the maker, an organisation.
fn makers_not_models(raw: &str, mentions: &mut [Mention]) {
    let lex = lexicon();
    let acts = |word: &str| {
        raw.match_indices(word).any(|(at, _)| {
            let before = raw[..at].trim_end().as_bytes();
            let after_the = before.len() >= 3 && before[before.len() - 3..].eq_ignore_ascii_case(b"the");
            let bounded = !raw[..at].ends_with(char::is_alphanumeric)
                && !raw[at + word.len()..].starts_with(char::is_alphanumeric);
            let next = raw[at + word.len()..].trim_start().split(|c: char| !c.is_alphabetic()).next();
            bounded
                && !after_the
                && next.is_some_and(|n| {
                    n.starts_with(char::is_lowercase) && lex.classes(&name_key(n)) & class::VERB != 0
                })
        })
    };
    let makers: Vec<String> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Product && !m.canonical.contains(' '))
        .filter(|m| lex.phrase(&name_key(&m.canonical)).is_none())
        .map(|m| m.canonical.clone())
        .filter(|name| acts(name))
        .collect();
    for m in mentions.iter_mut().filter(|m| m.kind == EntityKind::Product && makers.contains(&m.canonical)) {
        m.kind = EntityKind::Organization;
    }
}

/// Words after a name that make it a country's subdivision, printed with or without them.
const SUBDIVISIONS: &[&str] = &["state", "province", "region", "prefecture", "governorate", "oblast"];

/// "Edo" for "Edo State": the name a subdivision is also printed by, where no data file knows
/// that name as a place of its own ("Lagos" the city is not "Lagos State").
/// Acronyms the article defines in brackets for a name of another kind or meaning than the
/// data's ("Annapurna Base Camp (ABC)", where the data knows ABC as a broadcaster): the
/// acronym, printed so, to the name it stands for here and its kind.
fn acronyms_defined_here(raw: &str, cands: &[Cand]) -> FastMap<String, (String, EntityKind)> {
    let mut defined = FastMap::default();
    for pair in cands.windows(2) {
        let (long, kind, surface) = match &pair[0] {
            Cand::Known { canonical, kind, surface, .. } => (canonical, *kind, *surface),
            Cand::Org { name, surface, .. } => (name, EntityKind::Organization, *surface),
            _ => continue,
        };
        let (Some(before), Cand::Known { span, canonical, .. }) = (pair[0].span(), &pair[1]) else {
            continue;
        };
        let printed = &raw[span.start..span.end];
        let bracketed = raw.get(before.end..span.start) == Some(" (") && raw[span.end..].starts_with(')');
        let initials: String =
            long.split_whitespace().filter_map(|w| w.chars().next()).filter(|c| c.is_uppercase()).collect();
        // "the Social Democrats (SPD)": an acronym of the name in its own language starts as
        // the name does.
        let capitals = printed.len() >= 2 && printed.chars().all(|c| c.is_ascii_uppercase());
        // "the Argentine Agrarian Federation (FAA)": or the same initials in the order of
        // the name in its own language (Federación Agraria Argentina).
        let reordered = capitals && printed.len() >= 3 && {
            let printed_name = &raw[surface.start.min(before.start)..before.end];
            let mut name_initials: Vec<char> = printed_name
                .split_whitespace()
                .filter_map(|w| w.chars().next())
                .filter(|c| c.is_uppercase())
                .collect();
            let mut letters: Vec<char> = printed.chars().collect();
            name_initials.sort_unstable();
            letters.sort_unstable();
            name_initials == letters
        };
        let spells = initials == printed
            || capitals && initials.chars().next().is_some_and(|c| printed.starts_with(c))
            || reordered;
        if bracketed && canonical != long && spells {
            defined.insert(printed.to_string(), (long.clone(), kind));
        }
    }
    defined
}

pub(crate) fn subdivision_short_name(name: &str) -> Option<&str> {
    let (short, last) = name.rsplit_once(' ')?;
    let subdivision = SUBDIVISIONS.iter().any(|w| last.eq_ignore_ascii_case(w));
    (subdivision && lexicon().phrase(&name_key(short)).is_none()).then_some(short)
}

/// "Edo" in an article that also prints "Edo State": the state, by its full name.
fn join_subdivision_names(mentions: &mut [Mention]) {
    let full: FastMap<String, String> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Place)
        .filter_map(|m| {
            subdivision_short_name(&m.canonical).map(|short| (name_key(short), m.canonical.clone()))
        })
        .collect();
    if full.is_empty() {
        return;
    }
    for m in mentions.iter_mut().filter(|m| m.kind == EntityKind::Place) {
        if let Some(name) = full.get(&name_key(&m.canonical)) {
            m.canonical = name.clone();
        }
    }
}

/// "Milton" after "Hurricane Milton", "Lewotobi Laki-laki" or "Lewotobi" after "Mount
/// Lewotobi Laki-laki": the name after a word that opens an event's or a place's name
/// (data/heads.txt, [event-first], [place-first]) names it alone later.
fn named_by_lead(cands: &[Cand]) -> FastMap<String, (&str, EntityKind)> {
    let lex = lexicon();
    let mut out = FastMap::default();
    for c in cands {
        let Cand::Known { canonical, kind, .. } = c else { continue };
        let lead_class = match kind {
            EntityKind::Event => class::LEAD_EVENT,
            EntityKind::Place => class::LEAD_PLACE,
            EntityKind::Product => class::LEAD_PRODUCT,
            _ => continue,
        };
        let Some((lead, name)) = canonical.split_once(' ') else { continue };
        if lex.classes(&name_key(lead)) & lead_class == 0 {
            continue;
        }
        out.entry(name_key(name)).or_insert((canonical.as_str(), *kind));
        if let Some((first, _)) = name.split_once(' ').filter(|_| *kind == EntityKind::Place) {
            out.entry(name_key(first)).or_insert((canonical.as_str(), *kind));
        }
    }
    out
}

fn mention(span: Span, surface: Span, canonical: &str, kind: EntityKind, role: Option<String>) -> Mention {
    // A dateline's "PANAMA CITY" is named as running text would print it; a place's acronym
    // has its full name from the data files already.
    let letters = canonical.chars().filter(|c| c.is_alphabetic()).count();
    let canonical = if kind == EntityKind::Place && letters >= 4 && !canonical.chars().any(char::is_lowercase)
    {
        title_case(canonical)
    } else {
        canonical.to_string()
    };
    Mention { span, surface, canonical, kind, role }
}

/// Whether a candidate of several words is a person by its own evidence.
fn is_person(n: &NameCand) -> bool {
    // "Lam Dong province": a noun of land after the name makes it a place, whatever its words.
    let place_by_noun = n.with_noun.is_some() && !n.titled;
    n.parts.len() >= 2 && !n.headline && !place_by_noun && (n.titled || n.name_like || n.verb_after)
}

/// Names the article places by context somewhere ("in X", "X province"), lower case: a verb
/// after the same name elsewhere ("the High Atlas say") does not make it a person.
fn places_by_context(cands: &[Cand]) -> FastSet<String> {
    cands
        .iter()
        .filter_map(|c| match c {
            Cand::Name(n) if n.place_context && !n.titled && !n.headline => Some(person_key(&n.parts)),
            _ => None,
        })
        .collect()
}

/// The first word (lower case) of every organisation and product the article names: "from
/// Veloxa" after "Veloxa Mobility" is from the company, not a place.
fn first_words_of_bodies(cands: &[Cand]) -> FastSet<String> {
    cands
        .iter()
        .filter_map(|c| match c {
            Cand::Known { canonical, kind: EntityKind::Organization | EntityKind::Product, .. } => {
                Some(canonical)
            }
            Cand::Org { name, .. } => Some(name),
            _ => None,
        })
        .filter_map(|name| name.split_whitespace().next())
        .map(name_key)
        .collect()
}

/// The words the article prints in lower case ("Recommended from Editorial" beside "the
/// editorial board"): a place's name never is one of them.
fn lower_case_words(raw: &str) -> FastSet<String> {
    raw.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.starts_with(|c: char| c.is_lowercase()))
        .map(str::to_string)
        .collect()
}

/// The places of several words the article names, by their first word (lower case), when
/// only one starts with it; not those ending in a lower-case noun, which are a facility of
/// the town they start with ("Kelimutu airport").
fn places_by_first_word(cands: &[Cand]) -> FastMap<String, String> {
    let mut by_first: FastMap<String, Option<&str>> = FastMap::default();
    for c in cands {
        let Cand::Known { canonical, kind: EntityKind::Place, .. } = c else { continue };
        let Some((first, _)) = canonical.split_once(' ') else { continue };
        if canonical.split(' ').next_back().is_some_and(|w| w.starts_with(char::is_lowercase)) {
            continue;
        }
        by_first
            .entry(name_key(first))
            .and_modify(|seen| {
                if *seen != Some(canonical.as_str()) {
                    *seen = None;
                }
            })
            .or_insert(Some(canonical));
    }
    by_first.into_iter().filter_map(|(first, name)| Some((first, name?.to_string()))).collect()
}

/// The family name: before a hyphenated given name or a known East Asian family name with
/// one given name ("Xi Jinping"), else the last word.
fn family(parts: &[String]) -> &str {
    let lex = lexicon();
    if let Some(h) = parts.iter().position(|p| is_hyphenated_given_name(p)).filter(|&h| h > 0) {
        return &parts[h - 1];
    }
    if parts.len() == 2 && lex.is_surname(&name_key(&parts[0])) && !lex.is_first_name(&name_key(&parts[0])) {
        return &parts[0];
    }
    parts.last().map_or("", String::as_str)
}

/// A person's key: the name without initials, lower case.
fn person_key(parts: &[String]) -> String {
    let kept: Vec<&str> = parts.iter().map(String::as_str).filter(|p| !p.ends_with('.')).collect();
    name_key(&kept.join(" "))
}

/// Above this many persons in one article, short forms are not matched against full names.
const MAX_SUFFIX_SEARCH: usize = 200;

struct Persons {
    /// Person key → canonical name.
    by_key: HashMap<String, String>,
    /// Family name (lower case) → (first mention, person key), in text order.
    by_family: HashMap<String, Vec<(usize, String)>>,
}

impl Persons {
    fn new(cands: &[Cand], places: &FastSet<String>) -> Persons {
        let mut by_key: HashMap<String, String> = HashMap::new();
        let mut by_family: HashMap<String, Vec<(usize, String)>> = HashMap::new();
        let names = || cands.iter().filter_map(|c| if let Cand::Name(n) = c { Some(n) } else { None });
        // "Merz said he hoped …": a lone word that speaks, even opening its sentence, makes the
        // full name it ends ("Friedrich Merz's Christian Democratic Union") a person's.
        let speakers: FastSet<String> =
            names().filter(|n| n.parts.len() == 1 && n.verb_after).map(|n| name_key(&n.parts[0])).collect();
        let spoken_of = |n: &NameCand| {
            (2..=3).contains(&n.parts.len())
                && !n.headline
                && !n.place_context
                && speakers.contains(&name_key(family(&n.parts)))
        };
        for n in names() {
            if !is_person(n) && !spoken_of(n) {
                continue;
            }
            let key = person_key(&n.parts);
            if !(n.titled || n.name_like) && places.contains(&key) {
                continue;
            }
            let name = n.parts.join(" ");
            let canonical = by_key.entry(key.clone()).or_insert_with(|| name.clone());
            if name.len() > canonical.len() {
                *canonical = name;
            }
            // "Ricardo Vásquez Morales" is "Vásquez" later: a given name and two family
            // names, the first the one used alone.
            let paternal = (n.parts.len() == 3 && lexicon().is_first_name(&name_key(&n.parts[0])))
                .then(|| name_key(&n.parts[1]))
                .filter(|p| !lexicon().is_starter(p));
            for fam in std::iter::once(name_key(family(&n.parts))).chain(paternal) {
                let list = by_family.entry(fam).or_default();
                if !list.iter().any(|(_, k)| *k == key) {
                    list.push((n.span.start, key.clone()));
                }
            }
        }
        // A shorter form printed with its own evidence ("Von der Leyen told") names the person
        // whose full name ends with it. Bounded: an article names few people.
        if by_key.len() <= MAX_SUFFIX_SEARCH {
            let all: Vec<(String, String)> = by_key.iter().map(|(k, c)| (k.clone(), c.clone())).collect();
            for (key, canonical) in by_key.iter_mut() {
                let tail = format!(" {key}");
                if let Some((_, longer)) = all.iter().find(|(k, _)| k.ends_with(&tail)) {
                    *canonical = longer.clone();
                }
            }
        }
        Persons { by_key, by_family }
    }

    /// The person whose family name has the key `family`: the one named nearest before `at`,
    /// else the first after it.
    fn family_member(&self, family: &str, at: usize) -> Option<(String, EntityKind)> {
        let list = self.by_family.get(family)?;
        let before = list.iter().rev().find(|(first, _)| *first < at);
        let (_, key) = before.or(list.first())?;
        Some((self.by_key[key].clone(), EntityKind::Person))
    }

    /// A candidate's canonical name and kind, or `None` when it is no entity.
    /// `weak_place`: whether `n`'s weak evidence of a place ([`NameCand::weak_place`]) still
    /// stands once the article's lower-case words are known.
    fn settle(
        &self,
        n: &NameCand,
        weak_place: bool,
        places: &FastSet<String>,
        bodies: &FastSet<String>,
        longer_places: &FastMap<String, String>,
    ) -> Option<(String, EntityKind)> {
        let key = person_key(&n.parts);
        if let Some(canonical) = self.by_key.get(&key).filter(|_| is_person(n) || n.parts.len() >= 2) {
            return Some((canonical.clone(), EntityKind::Person));
        }
        if n.parts.len() >= 2 && self.by_key.len() <= MAX_SUFFIX_SEARCH {
            // "Von der Leyen" after "Ursula von der Leyen".
            let tail = format!(" {key}");
            if let Some(full) = self.by_key.iter().find(|(k, _)| k.ends_with(&tail)).map(|(_, c)| c) {
                return Some((full.clone(), EntityKind::Person));
            }
        }
        if n.parts.len() == 1 {
            if let Some(found) = self.family_member(&key, n.span.start) {
                return Some(found);
            }
        }
        let lex = lexicon();
        let common = n.parts.iter().any(|p| lex.is_starter(&name_key(p)) || lex.head(&name_key(p)).is_some());
        if n.headline || common {
            return None;
        }
        let text = n.parts.join(" ");
        let weak_place = weak_place && !bodies.contains(&key);
        if (n.place_context || places.contains(&key) || weak_place) && !n.titled {
            // "at Rothera" where the article names "Rothera Research Station" (but "in nearby
            // Kelimutu" is the town, not "Kelimutu airport": see `places_by_first_word`).
            // "in Broward" is Broward County, but "in Labasa" is the town, not Labasa Airport: a
            // facility named after a place is that place's only where the word alone is no
            // place by itself ("at Rothera").
            let longer = longer_places
                .get(&key)
                .filter(|_| n.parts.len() == 1)
                .filter(|longer| !n.place_context || !names_a_facility(longer));
            return Some((longer.cloned().unwrap_or(text), EntityKind::Place));
        }
        if n.parts.len() == 1 && (n.titled || (n.verb_after && !n.sentence_initial)) {
            // "TrendForce said": a coined word is a company's name, not a person's.
            let kind = if is_camel_case(&text) { EntityKind::Organization } else { EntityKind::Person };
            return Some((text, kind));
        }
        None
    }
}

/// Whether a place's name ends with a facility's word ("Labasa Airport", "Lardos Bay Palace"):
/// a site in or near the place its first word names.
fn names_a_facility(name: &str) -> bool {
    const FACILITY_WORDS: &[&str] = &[
        "airport",
        "airbase",
        "base",
        "hospital",
        "clinic",
        "station",
        "hotel",
        "resort",
        "palace",
        "mill",
        "port",
        "harbour",
        "harbor",
        "terminal",
        "stadium",
        "prison",
        "mine",
        "bridge",
        "dam",
        "plant",
        "refinery",
        "market",
        "depot",
        "camp",
        "school",
        "university",
        "church",
        "mosque",
        "cathedral",
        "temple",
    ];
    name.rsplit(' ').next().is_some_and(|w| FACILITY_WORDS.iter().any(|f| w.eq_ignore_ascii_case(f)))
}

/// Whether a reporting verb follows the name ending at byte `end` ("Asuncion said").
fn speaks_after(raw: &str, end: usize) -> bool {
    const SPEAKING: &[&str] = &["said", "says", "told", "added", "warned", "insisted", "argued", "wrote"];
    let next = raw[end..].trim_start().split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    SPEAKING.contains(&next)
}

/// Organisations of one article grouped by name and derived short forms.
struct OrgGroups {
    /// Normalised name or short form → group.
    by_key: FastMap<String, usize>,
    /// Group → canonical name.
    names: Vec<String>,
    /// Acronym defined in the text ("(RBA)") → group.
    acronyms: FastMap<String, usize>,
    /// A company's name without its company word, lower case → form.
    short_names: FastMap<String, usize>,
    /// A registered company's coined first word, lower case → form (see [`coined_name`]).
    coined: FastMap<String, usize>,
}

/// Words that end a company's name and may be dropped when it is named again.
pub(crate) const COMPANY_HEADS: &[&str] = &[
    "offshore",
    "renewables",
    "cables",
    "land",
    "properties",
    "realty",
    "sports",
    "calcio",
    "telecom",
    "telecoms",
    "motor",
    "motors",
    "electronics",
    "airlines",
    "airways",
    "energy",
    "holdings",
    "group",
    "industries",
    "resources",
    "mining",
    "chemicals",
    "steel",
    "technologies",
    "systems",
    "pharmaceuticals",
    "pharma",
    "generics",
    "organics",
    "therapeutics",
    "biosciences",
    "biotech",
    "labs",
    "laboratories",
    "healthcare",
    "engineering",
    "construction",
    "securities",
    "insurance",
    "media",
    "software",
    "solutions",
    "materials",
    "minerals",
    "metals",
    "castings",
    "forgings",
    "plastics",
    "fibers",
    "fibres",
    "components",
    "aerospace",
    "textiles",
    "aviation",
    "semiconductor",
    "semiconductors",
    "petroleum",
    "shipping",
    "logistics",
    "nutrition",
    "foods",
    "capital",
    "partners",
    "investments",
    "ventures",
    "management",
    "corp",
    "corp.",
    "inc",
    "inc.",
    "ltd",
    "ltd.",
    "co.",
    "plc",
    "ag",
    "gmbh",
    "llc",
];

impl OrgGroups {
    fn new(raw: &str, cands: &[Cand]) -> OrgGroups {
        let mut forms: Vec<(&str, bool)> = Vec::new();
        let mut acronyms = FastMap::default();
        // Forms printed with a demonym in front ("Canadian Food Inspection Agency" for "Food
        // Inspection Agency"): the longer form, when the article also names it so, is the same.
        let mut surfaced: Vec<(usize, &str)> = Vec::new();
        for c in cands {
            match c {
                Cand::Known { canonical, kind: EntityKind::Organization, .. } => {
                    forms.push((canonical, true))
                }
                Cand::Org { name, span, surface } => {
                    let printed = &raw[span.start..span.end];
                    if !printed.contains(' ') && printed != name {
                        acronyms.insert(printed.to_string(), forms.len());
                    }
                    if surface.start < span.start {
                        surfaced.push((forms.len(), &raw[surface.start..surface.end]));
                    }
                    forms.push((name, false));
                }
                _ => {}
            }
        }
        let mut parent: Vec<usize> = (0..forms.len()).collect();
        let mut by_key: FastMap<String, usize> = FastMap::default();
        // A name printed again joins the group of its first printing, which already holds
        // all its keys: its keys need not be derived again.
        let mut first_of: FastMap<&str, usize> = FastMap::default();
        for (i, &(name, _)) in forms.iter().enumerate() {
            if let Some(&j) = first_of.get(name) {
                let (a, b) = (find(&mut parent, i), find(&mut parent, j));
                parent[a.max(b)] = a.min(b);
                continue;
            }
            first_of.insert(name, i);
            for key in org_keys(name) {
                match by_key.get(&key) {
                    Some(&j) => {
                        let (a, b) = (find(&mut parent, i), find(&mut parent, j));
                        parent[a.max(b)] = a.min(b);
                    }
                    None => {
                        by_key.insert(key, i);
                    }
                }
            }
        }
        for (i, surface) in surfaced {
            if let Some(&j) = by_key.get(&name_key(surface)) {
                let (a, b) = (find(&mut parent, i), find(&mut parent, j));
                parent[a.max(b)] = a.min(b);
            }
        }
        // "Sorin" after "Sorin Telecom", "Hyundai" after "Hyundai Motor", "Sao Mai" after "Sao
        // Mai Airlines", "Laurentia" and "Laurentia Nutrition" after "Laurentia Nutrition Inc.".
        let mut short_names: FastMap<String, usize> = FastMap::default();
        let mut coined: FastMap<String, usize> = FastMap::default();
        for (i, &(name, _)) in forms.iter().enumerate() {
            for short in short_forms(name) {
                short_names.entry(short).or_insert(i);
            }
            if let Some(word) = coined_name(name) {
                coined.entry(word).or_insert(i);
            }
        }
        // A body printed by its short name on its own ("Kattegat's board") is the company.
        for (i, &(name, known)) in forms.iter().enumerate() {
            if let Some(&j) = short_names.get(&name_key(name)).filter(|_| !known) {
                let (a, b) = (find(&mut parent, i), find(&mut parent, j));
                parent[a.max(b)] = a.min(b);
            }
        }
        let mut best: FastMap<usize, (usize, &str)> = FastMap::default();
        let mut counts: FastMap<&str, usize> = FastMap::default();
        for (name, _) in &forms {
            *counts.entry(name).or_default() += 1;
        }
        let rank = |name: &str, known: bool| (known, name.contains(" of "), counts[name], name.len());
        for (i, &(name, known)) in forms.iter().enumerate() {
            let root = find(&mut parent, i);
            let slot = best.entry(root).or_insert((i, name));
            let (bi, bname) = *slot;
            if rank(name, known) > rank(bname, forms[bi].1) {
                *slot = (i, name);
            }
        }
        let names: Vec<String> =
            (0..forms.len()).map(|i| best[&find(&mut parent, i)].1.to_string()).collect();
        OrgGroups { by_key, names, acronyms, short_names, coined }
    }

    /// "the Veloxa Cargo Duo" in an article that names the company Veloxa: a company's one-word
    /// name, then capitalised words with no head word, given name or other role, is a product
    /// the company makes.
    fn is_brand_and_model(&self, n: &NameCand) -> bool {
        let lex = lexicon();
        let brand = name_key(&n.parts[0]);
        let is_company = self.by_key.get(&brand).is_some_and(|&i| !self.names[i].contains(' '))
            || self.short_names.contains_key(&brand);
        n.parts.len() >= 2
            && n.role.is_none()
            && !n.headline
            && !n.name_like
            && !n.place_context
            && is_company
            && n.parts[1..].iter().all(|p| {
                let key = name_key(p);
                lex.head(&key).is_none()
                    && lex.classes(&key) & (class::FIRST_NAME | class::STARTER) == 0
                    && !COMPANY_HEADS.contains(&key.as_str())
            })
    }

    /// The company whose name is `printed` and a company word ("Sorin" for "Sorin Telecom",
    /// "Sao Mai" for "Sao Mai Airlines"), or, if `may_be_coined`, whose coined first word
    /// `printed` is alone ("Brightway" for "Brightway Convenience Ltd").
    fn short_name(&self, printed: &str, may_be_coined: bool) -> Option<&str> {
        let key = name_key(printed);
        let coined = || self.coined.get(&key).filter(|_| may_be_coined && !printed.contains(' '));
        self.short_names.get(&key).or_else(coined).map(|&i| self.names[i].as_str())
    }

    /// The canonical name of the organisation an acronym was defined for in this article.
    fn acronym(&self, printed: &str) -> Option<&str> {
        self.acronyms.get(printed).map(|&i| self.names[i].as_str())
    }

    /// The canonical name of the group holding `name` (any case), or of the body an acronym
    /// printed so was defined for ("the WSB said" after "wage setting board (WSB)").
    fn canonical(&self, name: &str) -> Option<&str> {
        self.acronym(name).or_else(|| self.by_key.get(&name_key(name)).map(|&i| self.names[i].as_str()))
    }
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// Legal forms after a company's name ("Laurentia Nutrition Inc.", "Hraunorka hf"): they close
/// the name (no "of" tail, see `scan::orgs`) and drop for its short name.
pub(crate) const LEGAL_FORMS: &[&str] = &[
    "inc", "ltd", "llc", "llp", "plc", "corp", "co", "ag", "sa", "gmbh", "nv", "bv", "asa", "ab", "spa",
    "limited", "oy", "oyj", "srl", "sac", "aps", "a/s", "hf", "ehf", "pty", "bhd", "tbk", "pte", "jsc",
    "sarl",
];

/// The keys of the shorter names a company goes by: without its legal form, and without a
/// company word ("Airlines", "Nutrition") when one or two words stay.
fn short_forms(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut name = name.trim_end_matches('.');
    // "Harukaze Motor Co., Ltd", "Tren Maya S.A. de C.V.": a form in two parts goes whole.
    let mut stripped = false;
    while let Some((first, legal)) = name.rsplit_once(' ') {
        let legal = name_key(legal);
        let second_part = matches!(legal.as_str(), "cv" | "rl" | "sab") || stripped && legal == "de";
        if !(LEGAL_FORMS.contains(&legal.as_str()) || second_part) {
            break;
        }
        // "Karoo Solar (Pty) Ltd": the bracketed half of the form goes too.
        let first = match first.rsplit_once(' ') {
            Some((rest, bracketed)) if bracketed.starts_with('(') && bracketed.ends_with(')') => rest,
            _ => first,
        };
        if !second_part {
            out.push(name_key(first));
        }
        name = first.trim_end_matches([',', '.']);
        stripped = true;
    }
    // "Minh Khang Land Group": up to two company words go ("Minh Khang Land", "Minh Khang").
    for _ in 0..2 {
        let Some((first, head)) = name.rsplit_once(' ') else { break };
        if !COMPANY_HEADS.contains(&name_key(head).as_str()) || first.chars().count() < 3 {
            break;
        }
        let company_word_left =
            first.rsplit_once(' ').is_some_and(|(_, last)| COMPANY_HEADS.contains(&name_key(last).as_str()));
        if first.split(' ').count() <= 2 || company_word_left {
            out.push(name_key(first));
        }
        name = first;
    }
    out
}

/// "Brightway Convenience Ltd" is "Brightway": the first word of a name of two words or more
/// closed by a legal form, when no list knows it (no given name, place, head or common
/// word), is the company's coined name, printed alone.
fn coined_name(name: &str) -> Option<String> {
    let (rest, legal) = name.trim_end_matches('.').rsplit_once(' ')?;
    let (coined, _) = rest.split_once(' ')?;
    let key = name_key(coined);
    let lex = lexicon();
    let unknown = lex.classes(&key) == 0 && lex.phrase(&key).is_none();
    (LEGAL_FORMS.contains(&name_key(legal).as_str()) && coined.chars().count() >= 4 && unknown).then_some(key)
}

/// The normalised name and its short forms: "Ministry of Trade, Industry and Energy" →
/// "trade ministry"; "Ministry of Foreign Affairs" → "foreign affairs ministry", "foreign
/// ministry".
pub(crate) fn org_keys(name: &str) -> Vec<String> {
    let mut keys = vec![name_key(name)];
    if let Some((head, rest)) = name.split_once(" of ") {
        let rest = rest.strip_prefix("the ").unwrap_or(rest);
        let first = rest.split(',').next().unwrap_or_default().split(" and ").next().unwrap_or_default();
        if !head.trim().contains(' ') && !first.contains(" of ") {
            let (head, first) = (name_key(head), name_key(first));
            keys.push(format!("{first} {head}"));
            if let Some(stem) = first.strip_suffix(" affairs") {
                keys.push(format!("{stem} {head}"));
            }
            // "Ministry of Land, Infrastructure, Transport and Tourism" is also the "transport
            // ministry": each one-word portfolio of a ministry's list names it.
            if head == "ministry" {
                let portfolios = rest.split(',').flat_map(|p| p.split(" and ")).skip(1);
                for portfolio in portfolios.map(str::trim).filter(|p| !p.is_empty() && !p.contains(' ')) {
                    keys.push(format!("{} {head}", name_key(portfolio)));
                }
            }
        }
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_forms_of_ministries() {
        assert_eq!(org_keys("Ministry of Trade, Industry and Energy")[1], "trade ministry");
        assert_eq!(
            org_keys("Ministry of Land, Infrastructure, Transport and Tourism")[1..],
            ["land ministry", "infrastructure ministry", "transport ministry", "tourism ministry"]
        );
        assert_eq!(
            org_keys("Ministry of Foreign Affairs")[1..],
            ["foreign affairs ministry", "foreign ministry"]
        );
        assert_eq!(org_keys("Bank of England")[1], "england bank");
        assert_eq!(org_keys("Ministry of Oceans and Fisheries")[1], "oceans ministry");
    }

    #[test]
    fn family_names() {
        let f = |s: &str| family(&s.split(' ').map(String::from).collect::<Vec<_>>()).to_string();
        assert_eq!(f("Hong Nam-ki"), "Hong");
        assert_eq!(f("Mike Pompeo"), "Pompeo");
        assert_eq!(f("Xi Jinping"), "Xi");
        assert_eq!(f("George W. Bush"), "Bush");
    }
}
