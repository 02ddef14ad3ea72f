//! Organisations inside a sentence: a capitalised name closed by a head word ("Asian and
//! Oceanian Affairs Bureau", "Bank of Korea", with an "of …" tail and an acronym in brackets
//! after it), the owner or person before it ("China's COSCO Shipping", "Prof. Li Wei of
//! Tsinghua University"), and lower-case bodies ("the trade ministry", "the monetary policy
//! committee (MPC)").
//!
//! Limits: English word order; a head word must end the name ("Ministry of Finance" is read
//! through its "of" tail, "Gewerkschaft Deutscher Lokomotivführer" not at all).

use super::{
    collapse, Cand, ChunkCtx, ChunkState, Item, ItemKind, Sentence, LONE_BODIES, NUMBERED_PLACES,
    REGION_COMPASS,
};
use crate::entities::lexicon::{class, is_acronym};
use crate::entities::merge::title_case;
use crate::entities::resolve::{COMPANY_HEADS, LEGAL_FORMS};
use crate::model::{EntityKind, Span};
use crate::tokens::TokenKind;

/// What a centre is for when it is a site rather than a body: "Space Center", "Convention
/// Centre", "Detention Center" ("Center for Strategic Studies" stays an organisation).
const FACILITY_CENTRES: &[&str] = &[
    "space",
    "detention",
    "convention",
    "shopping",
    "exhibition",
    "community",
    "data",
    "control",
    "launch",
    "conference",
    "visitor",
    "visitors",
    "evacuation",
    "sports",
    "civic",
    "correctional",
    "distribution",
    "transit",
    "aquatic",
];

/// Place head words for sites a company runs, whose "of" names the owner, not the site.
const OWNED_SITES: &[&str] =
    &["farm", "plant", "mine", "refinery", "smelter", "concentrator", "substation", "colliery", "quarry"];

/// Head words that close a name only at the end of its capitalised run.
const WEAK_HEADS: &[&str] = &[
    // Football clubs' last words ("Newcastle United"), not "United States-Mexico-Canada".
    "united",
    "rovers",
    "wanderers",
    "albion",
    "hotspur",
    "athletic",
    "mining",
    "management",
    "investment",
    "air",
    "minerals",
    "capital",
    "mobility",
    "international",
    "copper",
    "gold",
    "silver",
    "platinum",
    "oil",
    "gas",
    "coal",
    "cement",
    "lithium",
    "nickel",
    "zinc",
    "uranium",
    "diamonds",
    "engineering",
    "biotech",
    "pharma",
    "pharmaceuticals",
];

/// Head words of bodies named after a demonym alone: armed and police forces, a country's
/// stock exchange or treasury ("Bulgarian Army", "Egyptian Exchange", "French Treasury").
const DEMONYM_BODIES: &[&str] =
    &["army", "navy", "police", "exchange", "treasury", "embassy", "consulate", "parliament", "government"];

/// Head words of buildings whose name also stands for the office in them.
const SEATS: &[&str] = &["palace", "hall", "house"];

/// The last word of a law's name ("Digital Markets Act", "Patents Act"): laws are products,
/// as the annotation guides have them.
pub(super) fn is_law_word(key: &str) -> bool {
    matches!(key, "act" | "directive" | "code")
}

/// Whether `key` is one of [`WEAK_HEADS`].
pub(super) fn is_weak_head(key: &str) -> bool {
    WEAK_HEADS.contains(&key)
}

impl Sentence<'_> {
    pub(super) fn is_lower_org_head(&self, w: usize) -> bool {
        self.is_lower(w) && self.is(w, class::HEAD_ORG)
    }

    /// "trade ministry" → spans "trade ministry" (and longer ones first, up to four words),
    /// and the span "interior ministry" when a portfolio word stands before "ministry".
    pub(super) fn lower_org(&self, head: usize) -> (Vec<Span>, Option<Span>) {
        let mut lo = head;
        while lo > 0 && head - lo < 3 && self.is_lower(lo - 1) && !self.is_function_word(lo - 1) {
            lo -= 1;
        }
        let portfolio = (head > 0 && self.key(head) == "ministry" && self.is(head - 1, class::PORTFOLIO))
            .then(|| self.span(head - 1, head + 1));
        ((lo..head).map(|s| self.span(s, head + 1)).collect(), portfolio)
    }

    /// "the monetary policy committee (MPC)": lower-case words ending in an organisation's
    /// head word and followed by an acronym of their initials name a body, and the acronym
    /// names it later. The body's name and its acronym, as candidates.
    pub(super) fn lower_org_with_acronym(&self, head: usize) -> Option<[Cand; 2]> {
        let acronym = self.acronym_after(head + 1)?;
        let letters: Vec<char> =
            self.raw[acronym.start..acronym.end].chars().filter(|c| c.is_alphabetic()).collect();
        let lo = (head + 1).checked_sub(letters.len())?;
        let initials_match = (lo..=head).zip(&letters).all(|(w, l)| {
            self.is_lower(w) && self.text(w).chars().next().is_some_and(|c| c.eq_ignore_ascii_case(l))
        });
        if letters.len() < 2 || !initials_match {
            return None;
        }
        let span = self.span(lo, head + 1);
        let name = title_case(&collapse(&self.raw[span.start..span.end]));
        Some([
            Cand::Org { span, surface: span, name: name.clone() },
            Cand::Org { span: acronym, surface: acronym, name },
        ])
    }

    /// "Prosecutor's Office", "Attorney General's Office", "People's Bank", "Cancer Patients'
    /// Access Forum": the capitalised words from item `k` run to a possessive followed, within
    /// three words, by an organisation's head word, so they are the body's name, not a title
    /// nor an owner. After a saint's title the head may be a place's too ("St Mark's Square",
    /// "St. Paul's Cathedral").
    pub(super) fn possessive_in_body_name(&self, items: &[Item], k: usize, hi: usize) -> bool {
        for j in k..hi.min(k + 4) {
            if !matches!(items[j].kind, ItemKind::Cap) {
                return false;
            }
            if self.words[items[j].hi - 1].possessive {
                let saint = j > 0
                    && matches!(items[j - 1].kind, ItemKind::Cap)
                    && matches!(self.key(items[j - 1].lo), "st" | "saint" | "ste" | "sankt");
                let heads = if saint { class::HEAD_ORG | class::HEAD_PLACE } else { class::HEAD_ORG };
                // "Cancer Patients' Access Forum": the head word may come a word or two later.
                return (j + 1..hi.min(j + 4))
                    .take_while(|&n| {
                        matches!(items[n].kind, ItemKind::Cap) && !self.words[items[n].hi - 1].possessive
                    })
                    .any(|n| self.is(items[n].lo, heads));
            }
        }
        false
    }

    /// "the Official Creditor Committee", "the Executive Board": a title word (item `k`) that
    /// one to three capitalised words ending in a body's head word follow, none of them a
    /// title or a given name, opens the body's name. A monarch's title opens a site's or a
    /// body's name given name and all ("King Abdulaziz International Airport", "Queen
    /// Elizabeth Bridge", "King Saud University").
    pub(super) fn title_opens_body(&self, items: &[Item], k: usize, hi: usize) -> bool {
        let monarch = matches!(
            self.key(items[k].lo),
            "king" | "queen" | "prince" | "princess" | "sultan" | "emir" | "sheikh" | "shaikh"
        );
        let (stops, heads) = if monarch {
            (class::TITLE, class::HEAD_ORG | class::HEAD_PLACE)
        } else {
            (class::TITLE | class::FIRST_NAME, class::HEAD_ORG)
        };
        for item in items.iter().take(hi.min(k + 4)).skip(k + 1) {
            let w = item.lo;
            if !matches!(item.kind, ItemKind::Cap) || self.is(w, stops) {
                return false;
            }
            if self.is(w, heads) {
                return true;
            }
        }
        false
    }

    /// A head word ends a name unless another head word follows ("Trade Union Congress").
    pub(super) fn closes_head(&self, items: &[Item], k: usize, hi: usize) -> bool {
        if !self.is(items[k].lo, class::HEAD) {
            return false;
        }
        let next_is_cap = k + 1 < hi && matches!(items[k + 1].kind, ItemKind::Cap);
        let next_is_head = next_is_cap && self.is(items[k + 1].lo, class::HEAD);
        // "Musasa Gold Mining" ends there; "Mines and Mining Development" goes on.
        let weak = WEAK_HEADS.contains(&self.key(items[k].lo)) && next_is_cap;
        // "the Digital Markets Act": a law's name runs on to its "Act".
        let law = next_is_cap && is_law_word(self.key(items[k + 1].lo));
        // "the Extended Fund Facility": a lending programme named after a fund is no fund.
        let programme = next_is_cap && self.key(items[k + 1].lo) == "facility";
        // "National Highway Traffic Safety Administration", "Hong Kong Airport Authority": a
        // place's head word inside a body's name runs on to the body's head word.
        // So does a company's trade word before its legal form or a board's word ("Thanh Son
        // Steel Trading Co.", "Traffic Works Project Management Board").
        let org_head = self.is(items[k].lo, class::HEAD_ORG);
        let body_ahead = (k + 1..hi.min(k + 5))
            .take_while(|&j| {
                matches!(items[j].kind, ItemKind::Cap) && !(org_head && self.is(items[j].lo, class::TITLE))
            })
            .any(|j| self.is(items[j].lo, class::HEAD_ORG));
        self.words[items[k].lo].possessive
            || !(next_is_head
                || weak
                || law
                || programme
                || body_ahead
                || self.chamber_committee(items, k, hi))
    }

    /// "the Senate Business and Commerce Committee", "the House Energy and Commerce
    /// Committee": a chamber's word opens the name of one of its committees, whose subjects
    /// may be joined by "and".
    fn chamber_committee(&self, items: &[Item], k: usize, hi: usize) -> bool {
        let chamber =
            matches!(self.key(items[k].lo), "senate" | "house" | "assembly" | "parliament" | "congress");
        if !chamber || !items.get(k + 1).is_some_and(|i| k + 1 < hi && matches!(i.kind, ItemKind::Cap)) {
            return false;
        }
        let last_subject = (k + 1..hi.min(k + 7))
            .take_while(|&j| match items[j].kind {
                ItemKind::Cap => !self.is(items[j].lo, class::TITLE),
                ItemKind::Conn => self.key(items[j].lo) == "and",
                _ => false,
            })
            .last();
        last_subject.is_some_and(|j| matches!(self.key(items[j].lo), "committee" | "subcommittee"))
    }

    /// An organisation, event or place ending in the head word at item `k` (with an
    /// "of ..." tail); returns the item after it.
    pub(super) fn head_phrase(
        &self,
        ctx: &ChunkCtx,
        st: &mut ChunkState,
        k: usize,
        hi: usize,
        out: &mut Vec<Cand>,
    ) -> usize {
        let items = ctx.items;
        self.flush_person_before_of(ctx, st, out);
        self.flush_owner(ctx, st, out);
        let mut kind = self.head(items[k].lo).unwrap_or(EntityKind::Organization);
        // "Tanegashima Space Center", "Seoul Detention Center": a centre that is a site.
        if matches!(self.key(items[k].lo), "center" | "centre")
            && items[k]
                .lo
                .checked_sub(1)
                .is_some_and(|w| self.is_capitalised(w) && FACILITY_CENTRES.contains(&self.key(w)))
        {
            kind = EntityKind::Place;
        }
        self.flush_listed_before_and(ctx, st, kind, self.key(items[k].lo), out);
        let end = self.of_tail(items, k, hi);
        // "the Planalto Palace said", "City Hall announced": a seat of government that speaks
        // is the office in it.
        if kind == EntityKind::Place
            && SEATS.contains(&self.key(items[end - 1].lo))
            && self.verb_after(items[end - 1].hi)
        {
            kind = EntityKind::Organization;
        }
        // "Shares of Tata Motors": a name that ends in its head word starts after an "of".
        let of = st.pending.iter().rposition(|&p| self.is_conn(&items[p], "of"));
        let named = of.map_or(&st.pending[..], |o| &st.pending[o + 1..]);
        let first = named.iter().copied().find(|&p| matches!(items[p].kind, ItemKind::Cap));
        let mut has_name = first.is_some() || end > k + 1;
        let first = first.unwrap_or(k);
        let mut name_lo = items[first].lo;
        let mut surface_lo = name_lo;
        if let Some((g, idx, e)) = st.last_gaz.filter(|&(g, _, _)| g + 1 == first) {
            // "China's COSCO Shipping": a possessive place is the owner, not part of the name.
            let possessive = self.words[items[g].hi - 1].possessive;
            // "Red Cross Society": a known organisation's name with a head word after it is
            // another body's name.
            let org_named = e.kind == EntityKind::Organization && !e.acronym && !possessive && kind == e.kind;
            // "Bulgarian Army", "Egyptian Exchange": a country's forces or exchange, by its demonym.
            let by_demonym = (e.demonym || e.acronym && e.kind == EntityKind::Place)
                && !has_name
                && DEMONYM_BODIES.contains(&self.key(items[k].lo));
            // "the Royal Danish Defence College", "the Royal New Zealand Air Force": one name.
            let royal = super::follows_royal(e)
                && g > 0
                && items[g - 1].hi == items[g].lo
                && self.key(items[g - 1].lo) == "royal";
            if by_demonym || royal {
                name_lo = if royal { items[g - 1].lo } else { items[g].lo };
                surface_lo = name_lo;
                has_name = true;
            } else if (e.demonym || e.acronym || e.kind != EntityKind::Place || possessive) && !org_named {
                surface_lo = items[g].lo;
            } else if idx + 1 == out.len() {
                out.pop();
                // "The Independent National Electoral Commission": an outlet's "The" opens a
                // sentence, not the body's name.
                name_lo = if self.key(items[g].lo) == "the" && items[g].hi - items[g].lo > 1 {
                    items[g].lo + 1
                } else {
                    items[g].lo
                };
                // "Coles Supermarkets Australia Pty Ltd": a registered company's name may hold
                // its country; the capitalised words right before it are the company's too.
                if kind == EntityKind::Organization && LEGAL_FORMS.contains(&self.key(items[k].lo)) {
                    if let Some(lo) = self.company_words_before(items, g) {
                        let taken = self.span(lo, items[g].lo);
                        out.retain(|c| {
                            !c.span().is_some_and(|s| s.start >= taken.start && s.end <= taken.end)
                        });
                        name_lo = lo;
                    }
                }
                // "Marseille Provence Airport": two known places right before a site's head
                // word are both in the site's name.
                if kind == EntityKind::Place {
                    if let Some(lo) = self.place_right_before(items, g, out) {
                        out.pop();
                        name_lo = lo;
                    }
                }
                // "the West Kalimantan Environment Office": a compass word before the place is
                // part of the province's name, and of the body's.
                // So is "National" before it, in a body's name ("National Taiwan University
                // Hospital", "National Australia Bank").
                if name_lo > 0
                    && self.is_capitalised(name_lo - 1)
                    && (REGION_COMPASS.contains(&self.key(name_lo - 1))
                        || kind == EntityKind::Organization && self.key(name_lo - 1) == "national")
                {
                    name_lo -= 1;
                }
                surface_lo = name_lo;
                has_name = true;
            }
        }
        st.pending.clear();
        st.last_gaz = None;
        // "confirmed by the Senate", "Chile's Senate": a body's head word alone, after "the"
        // or a country's possessive, names the body.
        let lone_body = !has_name
            && kind == EntityKind::Organization
            && !self.sentence_initial(items[k].lo)
            && items[k].lo.checked_sub(1).is_some_and(|p| {
                self.key(p) == "the" && self.is_lower(p)
                    || self.words[p].possessive && self.is_capitalised(p)
                    // "amended by Parliament in 2005": these two go without an article.
                    || self.is_lower(p) && matches!(self.key(items[k].lo), "parliament" | "congress")
            })
            && LONE_BODIES.contains(&self.key(items[k].lo));
        if lone_body {
            let span = self.span(items[k].lo, items[k].hi);
            out.push(Cand::Org { span, surface: span, name: collapse(&self.raw[span.start..span.end]) });
        }
        // "along Highway 986": a road's head word with its number names the road.
        let numbered_road = !has_name
            && NUMBERED_PLACES.contains(&self.key(items[k].lo))
            && self.words.get(items[k].hi).is_some_and(|w| w.kind == TokenKind::Number);
        // "School No. 57": a head word numbered with "No." names one of its kind.
        let numbered = (!has_name && !numbered_road).then(|| self.number_after_no(items[k].hi)).flatten();
        if let Some(number) = numbered {
            let span = self.span(items[k].lo, number + 1);
            let canonical = collapse(&self.raw[span.start..span.end]);
            out.push(Cand::Known { span, surface: span, canonical, kind });
        }
        if numbered_road {
            let span = self.span(items[k].lo, items[k].hi + 1);
            let canonical = collapse(&self.raw[span.start..span.end]);
            out.push(Cand::Known { span, surface: span, canonical, kind: EntityKind::Place });
        }
        if has_name {
            let end_word = items[end - 1].hi;
            if kind == EntityKind::Organization {
                if let Some(lo) = self.acronym_prefix(name_lo, end_word) {
                    // The words taken in were read on their own before: they are the name's.
                    let taken = self.span(lo, name_lo);
                    out.retain(|c| !c.span().is_some_and(|s| s.start >= taken.start && s.end <= taken.end));
                    name_lo = lo;
                    surface_lo = surface_lo.min(lo);
                }
            }
            let mut span = self.span(name_lo, end_word);
            let mut surface = self.span(surface_lo, end_word);
            // "the Water Resources department": the lower-case noun is part of the name.
            if kind == EntityKind::Organization && end == hi && self.is_lower_body_noun(end_word) {
                span.end = self.words[end_word].end;
            }
            // "Federal Highway 40", "State Route 9": a numbered road's number is its name.
            let numbered_road = kind == EntityKind::Place
                && NUMBERED_PLACES.contains(&self.key(end_word - 1))
                && self.words.get(end_word).is_some_and(|w| w.kind == TokenKind::Number);
            if numbered_road {
                span.end = self.words[end_word].end;
                surface.end = span.end;
            }
            // "City Hospital No. 3", "Koshi Plant No. 3": the number is part of the name.
            if let Some(number) = self.number_after_no(end_word) {
                span.end = self.words[number].end;
                surface.end = span.end;
            }
            let name = collapse(&self.raw[span.start..span.end]);
            let acronym =
                self.acronym_after(end_word).or_else(|| self.spelled_acronym_after(name_lo, end_word));
            if let Some(acronym) = acronym.filter(|_| kind == EntityKind::Organization) {
                out.push(Cand::Org { span: acronym, surface: acronym, name: name.clone() });
            }
            // "the Montreal Port Operations Resumption Act": a law named after a body or a
            // place is the law.
            let kind = if is_law_word(self.key(end_word - 1)) { EntityKind::Product } else { kind };
            out.push(match kind {
                EntityKind::Organization => Cand::Org { span, surface, name },
                kind => Cand::Known { span, surface, canonical: name, kind },
            });
            st.after_org = kind == EntityKind::Organization;
        }
        end
    }

    /// The first of the capitalised words (or a known company) right before item `g`, none of
    /// them possessive nor a word that opens sentences ("In"): the words of a company's name
    /// before the country in it.
    fn company_words_before(&self, items: &[Item], g: usize) -> Option<usize> {
        let mut first = None;
        let mut j = g;
        while j > 0
            && match items[j - 1].kind {
                ItemKind::Cap => !self.is(items[j - 1].lo, class::STARTER),
                ItemKind::Gaz(e) => e.kind == EntityKind::Organization,
                _ => false,
            }
            && items[j - 1].hi == items[j].lo
            && !self.words[items[j - 1].hi - 1].possessive
        {
            j -= 1;
            first = Some(items[j].lo);
        }
        first
    }

    /// The first word of a known place printed right before the place at item `g` and found
    /// just before it (the last candidate in `out`), with nothing between them: "Marseille"
    /// before "Provence". None after a possessive ("France's Provence").
    fn place_right_before(&self, items: &[Item], g: usize, out: &[Cand]) -> Option<usize> {
        let before = items[..g].last().filter(|b| b.hi == items[g].lo)?;
        let ItemKind::Gaz(e) = before.kind else { return None };
        let adjacent = matches!(out.last(), Some(Cand::Known { span, kind: EntityKind::Place, .. })
            if span.start == self.words[before.lo].start && span.end == self.words[before.hi - 1].end);
        (e.kind == EntityKind::Place && !e.demonym && adjacent && !self.words[before.hi - 1].possessive)
            .then_some(before.lo)
    }

    /// "the Indian Space Research Organisation (ISRO)", "NewSpace India Limited (NSIL)": when
    /// the acronym after a body's name `lo..end` spells the name's initials with letters more
    /// in front, and the capitalised words just before the name (a demonym, a place, a word
    /// with capitals inside) supply them, those words open the name. Returns its new start.
    pub(super) fn acronym_prefix(&self, lo: usize, end: usize) -> Option<usize> {
        let (_, letters) = self.acronym_letters(end)?;
        let capitals = |w: usize| -> Vec<char> {
            let t = self.text(w);
            if is_acronym(t) {
                t.chars().filter(|c| c.is_uppercase()).collect()
            } else {
                t.chars().enumerate().filter(|&(i, c)| i == 0 || c.is_uppercase()).map(|(_, c)| c).collect()
            }
        };
        let initials: Vec<char> = (lo..end)
            .filter(|&w| self.is_word(w) && !self.is_lower(w))
            .flat_map(|w| capitals(w).into_iter().take(1))
            .collect();
        let missing = letters.len().checked_sub(initials.len()).filter(|&m| m > 0)?;
        if letters[missing..] != initials[..] {
            return None;
        }
        // Walk back over capitalised words until their capitals make up the missing letters.
        let mut start = lo;
        let mut need = &letters[..missing];
        while !need.is_empty() {
            let w = start.checked_sub(1)?;
            // "Philippine Atmospheric, Geophysical and Astronomical Services Administration
            // (PAGASA)": a comma between the name's words.
            if self.is_punct(w, ",") && lo - start < 8 && w > 0 && self.is_capitalised(w - 1) {
                start = w;
                continue;
            }
            if !self.is_word(w) || self.is_lower(w) || self.is(w, class::STARTER) {
                return None;
            }
            let caps = capitals(w);
            let tail = need.strip_suffix(&caps[..]).or_else(|| need.strip_suffix(&caps[..1]))?;
            need = tail;
            start = w;
        }
        Some(start)
    }

    /// The acronym in brackets after word `end - 1` and its letters: the capitals of "(ECB)",
    /// or every letter of an acronym printed as a word, "(Pagasa)", "(Unicef)".
    fn acronym_letters(&self, end: usize) -> Option<(Span, Vec<char>)> {
        if let Some(span) = self.acronym_after(end) {
            return Some((
                span,
                self.raw[span.start..span.end].chars().filter(|c| c.is_uppercase()).collect(),
            ));
        }
        let w = self.words.get(end + 1)?;
        let t = w.text(self.raw);
        let word_like = w.kind == TokenKind::Word
            && (3..=8).contains(&t.chars().count())
            && t.starts_with(char::is_uppercase)
            && t.chars().skip(1).all(char::is_lowercase);
        (word_like && self.is_punct(end, "(") && self.is_punct(end + 2, ")"))
            .then(|| (Span { start: w.start, end: w.end }, t.to_uppercase().chars().collect()))
    }

    /// "(Pagasa)" after a name `lo..end` whose initials it spells: the acronym's span.
    pub(super) fn spelled_acronym_after(&self, lo: usize, end: usize) -> Option<Span> {
        let (span, letters) = self.acronym_letters(end)?;
        let initials: Vec<char> = (lo..end)
            .filter(|&w| self.is_word(w) && !self.is_lower(w))
            .filter_map(|w| self.text(w).chars().next())
            .collect();
        (letters == initials).then_some(span)
    }

    /// "(PLK)" after "Polskie Linie Kolejowe", "(PKP PLK)" after "PKP Polskie Linie Kolejowe":
    /// the span of an acronym in brackets right after `lo..end` whose last word's capitals
    /// are the initials of the name's last words, two at least.
    pub(super) fn initials_spelled_after(&self, lo: usize, end: usize) -> Option<Span> {
        if end - lo < 2 || !self.is_punct(end, "(") {
            return None;
        }
        let words = (end + 1..end + 3).take_while(|&w| self.is_word(w) && is_acronym(self.text(w))).count();
        let close = end + 1 + words;
        if words == 0 || !self.is_punct(close, ")") {
            return None;
        }
        let letters: Vec<char> = self.text(close - 1).chars().filter(|c| c.is_uppercase()).collect();
        let first = end.checked_sub(letters.len()).filter(|&f| f >= lo && letters.len() >= 2)?;
        let initials = (first..end)
            .all(|w| self.is_word(w) && self.text(w).starts_with(letters[w - first]) && !self.is_lower(w));
        initials.then(|| Span { start: self.words[end + 1].start, end: self.words[close - 1].end })
    }

    /// "Alternative for Germany (AfD)", "Movement for Democratic Change (MDC)": the last items
    /// of the chunk `k..hi` whose initials the acronym in brackets after them spells, each
    /// connector ("for", "of", "the") giving its letter or none; a small letter ("MfG") only a
    /// connector's. With one connector at least (names without one are read in `name`) and
    /// no word that says what else the name is ("Gulf of Mexico (GoM)"). Returns the item the
    /// name opens at and the acronym's span.
    pub(super) fn name_spelled_with_connectors(
        &self,
        items: &[Item],
        k: usize,
        hi: usize,
    ) -> Option<(usize, Span)> {
        let end = items[hi - 1].hi;
        let w = self.words.get(end + 1)?;
        let t = w.text(self.raw);
        let acronym = self.is_punct(end, "(")
            && self.is_punct(end + 2, ")")
            && w.kind == TokenKind::Word
            && (2..=8).contains(&t.chars().count())
            && t.starts_with(char::is_uppercase)
            && t.chars().all(char::is_alphabetic)
            && t.chars().filter(|c| c.is_uppercase()).count() >= 2;
        if !acronym {
            return None;
        }
        let letters: Vec<char> = t.chars().collect();
        for j in (k..hi - 1).rev() {
            if !matches!(items[j].kind, ItemKind::Cap | ItemKind::Gaz(_)) {
                continue;
            }
            let has_connector = (j..hi).any(|i| matches!(items[i].kind, ItemKind::Conn));
            let lead = self.is(items[j].lo, class::LEAD);
            let initials: Vec<(char, bool)> = (items[j].lo..end)
                .filter(|&w| self.is_word(w))
                .map(|w| {
                    let connector = self.is_lower(w);
                    (self.text(w).chars().next().unwrap_or(' '), connector)
                })
                .collect();
            // "Alternative for Germany (AfD)": an acronym of the name in its own language
            // opens with the same letter and has a letter for each word or each capitalised one.
            let translated = j == k
                && initials.first().is_some_and(|&(c, _)| letters[0].to_lowercase().eq(c.to_lowercase()))
                && (initials.iter().filter(|i| !i.1).count()..=initials.len()).contains(&letters.len());
            if has_connector && !lead && (spells(&letters, &initials) || translated) {
                return Some((j, Span { start: w.start, end: w.end }));
            }
        }
        None
    }

    /// "(ECB)" right after word `end - 1`: the acronym's span.
    pub(super) fn acronym_after(&self, end: usize) -> Option<Span> {
        // "Borvik Motor Co. (BMC)", "Contemporary Amperex Technology Co. Ltd. (CATL)": a legal
        // form's period, and another legal form, may come between.
        let mut end = end;
        while self.is_punct(end, ".") {
            end += 1;
            if self.is_word(end) && LEGAL_FORMS.contains(&self.key(end)) {
                end += 1;
            }
        }
        // "the Polish Teachers' Union (Związek Nauczycielstwa Polskiego, ZNP)": the name in its
        // own language, then a comma, may come before the acronym, which is then all capitals.
        let native = (end + 1..self.words.len().min(end + 9))
            .take_while(|&j| self.is_word(j) && (self.is_capitalised(j) || self.is(j, class::CONNECTOR)))
            .count();
        let after_native = native >= 2 && self.is_punct(end + 1 + native, ",");
        let at = if after_native { end + 2 + native } else { end + 1 };
        let w = self.words.get(at)?;
        let t = w.text(self.raw);
        let capitals = t.chars().filter(|c| c.is_uppercase()).count();
        let ok = self.is_punct(end, "(")
            && self.is_punct(at + 1, ")")
            && w.kind == TokenKind::Word
            && if after_native {
                capitals >= 2 && capitals == t.chars().count()
            } else {
                // "the Middle Jamanxim Indigenous Council (Cimej)": a short word with one
                // capital, which no list knows, is an acronym printed like a word.
                capitals >= 2 || capitals == 1 && t.chars().count() <= 6 && !self.is(at, class::PHRASE)
            }
            && t.starts_with(char::is_uppercase);
        ok.then_some(Span { start: w.start, end: w.end })
    }

    /// "Prof. Li Wei of Tsinghua University": two or three capitalised words before the
    /// pending "of" are a person, not part of the organisation, when a title opens them or
    /// their first word is a known given or family name. They are flushed as a name; the
    /// words after "of" stay pending for the head word.
    pub(super) fn flush_person_before_of(&self, ctx: &ChunkCtx, st: &mut ChunkState, out: &mut Vec<Cand>) {
        let items = ctx.items;
        let cap = |p: &usize| matches!(items[*p].kind, ItemKind::Cap);
        let Some(of) = st.pending.iter().rposition(|&p| self.is_conn(&items[p], "of")) else {
            return;
        };
        let before = &st.pending[..of];
        let person_like =
            before.first().is_some_and(|&p| self.is(items[p].lo, class::FIRST_NAME | class::SURNAME));
        let named = (2..=3).contains(&before.len()) && before.iter().all(cap);
        // The callers stand on the body's head word or first noun, so the "of" has a body.
        // "said Lori Danyluk of the University of British Columbia": named right after a
        // speech verb.
        let spoken = before.first().is_some_and(|&p| self.speech_before(items[p].lo));
        if named && (st.role.is_some() || person_like || spoken) {
            let rest = st.pending.split_off(of + 1);
            st.pending.truncate(of);
            self.flush(ctx, st, out);
            st.pending = rest;
        }
    }

    /// "in Enga, Hela and Western Highlands", "two companies, Naturgy and Cantábrica Gas": the
    /// last two names of a list, or of an apposition to a plural noun, are two. The words
    /// before the pending "and" are flushed as a name of their own; the head word's name starts
    /// after it. ("the Food and Drug Administration" is no list: no comma goes before it.)
    fn flush_listed_before_and(
        &self,
        ctx: &ChunkCtx,
        st: &mut ChunkState,
        kind: EntityKind,
        head: &str,
        out: &mut Vec<Cand>,
    ) {
        let items = ctx.items;
        let cap = |p: &usize| matches!(items[*p].kind, ItemKind::Cap);
        let Some(and) = st.pending.iter().position(|&p| self.is_conn(&items[p], "and")) else {
            return;
        };
        let (before, mut after) = (&st.pending[..and], &st.pending[and + 1..]);
        // "Thu Thiem and the Kim Long Bay resort": "the" after "and" opens another name.
        let the = after.first().is_some_and(|&p| self.key(items[p].lo) == "the");
        if the {
            after = &after[1..];
        }
        if !(1..=3).contains(&before.len())
            || !before.iter().all(cap)
            || after.is_empty()
            || !after.iter().all(cap)
        {
            return;
        }
        // "the GBDMA and Karakoram International University": an acronym alone before "and" is
        // a body of its own.
        let acronym = !ctx.headline && before.len() == 1 && is_acronym(self.text(items[before[0]].lo));
        // "Halvard Offshore and Truong Son Energy": two companies' names, each ending with a
        // company's word ("Natural Resources and Environment Ministry" is one body).
        let two_companies = before.len() >= 2
            && before.last().is_some_and(|&p| COMPANY_HEADS.contains(&self.key(items[p].hi - 1)))
            && COMPANY_HEADS.contains(&head);
        if acronym || the || two_companies {
            let rest = st.pending.split_off(and + 1 + usize::from(the));
            st.pending.truncate(and);
            self.flush(ctx, st, out);
            st.pending = rest;
            return;
        }
        let lo = items[before[0]].lo;
        let Some(prev) = lo.checked_sub(2).filter(|&p| self.is_punct(p + 1, ",")) else { return };
        // "Enga, Hela and Western Highlands": a place's list; "companies, Naturgy and …": the
        // names a plural noun before them stands for.
        let listed = kind == EntityKind::Place
            && self.is_word(prev)
            && self.is_capitalised(prev)
            && !self.is(prev, class::CALENDAR | class::STARTER);
        let apposed = self.is_word(prev)
            && self.is_lower(prev)
            && self.key(prev).len() > 3
            && self.key(prev).ends_with('s')
            && !self.is(prev, class::STARTER | class::CONNECTOR);
        if listed || apposed {
            let rest = st.pending.split_off(and + 1);
            st.pending.truncate(and);
            self.flush(ctx, st, out);
            st.pending = rest;
        }
    }

    /// "Friedrich Merz's Christian Democratic Union": the capitalised words up to a possessive
    /// before a head word are the owner, flushed as a name of their own; the organisation's
    /// name starts after them.
    pub(super) fn flush_owner(&self, ctx: &ChunkCtx, st: &mut ChunkState, out: &mut Vec<Cand>) {
        let items = ctx.items;
        let cap = |p: &usize| matches!(items[*p].kind, ItemKind::Cap);
        let Some(owner) = st.pending.iter().rposition(|&p| cap(&p) && self.words[items[p].hi - 1].possessive)
        else {
            return;
        };
        // "Cancer Patients' Access Forum": a plural's apostrophe owns nothing.
        if self.words[items[st.pending[owner]].hi - 1].plural_possessive(self.raw) {
            return;
        }
        if !st.pending[owner + 1..].iter().any(cap) {
            return;
        }
        let rest = st.pending.split_off(owner + 1);
        self.flush(ctx, st, out);
        st.pending = rest;
    }

    /// The end of "of Trade, Industry and Energy", "of the European Union" or "for the World
    /// Economy" after a head.
    pub(super) fn of_tail(&self, items: &[Item], k: usize, hi: usize) -> usize {
        let mut end = k + 1;
        let is = |j: usize, w: &str| j < hi && self.is_conn(&items[j], w);
        // "Kiel Institute for the World Economy", "Office for National Statistics"; but a
        // company does things for others ("Natco Pharma for Bayer").
        let head = self.key(items[k].lo);
        let company = is_weak_head(head) || crate::entities::resolve::COMPANY_HEADS.contains(&head);
        // "the Hokota Farm of Kashiwabara Egg Co.": a site's "of" says whose it is.
        // "Lemanic Digital Forensics SA of Lausanne": a legal form closes the name.
        if OWNED_SITES.contains(&head) || LEGAL_FORMS.contains(&head) {
            return end;
        }
        while (is(end, "of") || is(end, "for") && !company) && !self.words[items[end - 1].lo].possessive {
            let mut j = end + 1;
            if is(j, "the") {
                j += 1;
            }
            // "United Federation of Danish Workers": a demonym that opens more of the name.
            // "Office of the U.S. Trade Representative": so does a known place.
            let demonym_opens = |j: usize| {
                matches!(items[j].kind, ItemKind::Gaz(e) if e.demonym || e.kind == EntityKind::Place)
                    && !self.words[items[j].hi - 1].possessive
                    && j + 1 < hi
                    && matches!(items[j + 1].kind, ItemKind::Cap)
                    && !self.starts_name(items, j + 1, hi)
            };
            // "Argonaut Tanker Management of Piraeus", "Amagi Precision Castings of Shizuoka
            // Prefecture": a company's "of" and a place say where it is; a bank's or a
            // university's ("Bank of England") name it.
            if company && j < hi && matches!(items[j].kind, ItemKind::Gaz(e) if e.kind == EntityKind::Place) {
                break;
            }
            // "the Ethics and Disciplinary Commission of FIDE": a known body after "of" is the
            // one the body belongs to, named on its own.
            if j < hi && matches!(items[j].kind, ItemKind::Gaz(e) if e.kind == EntityKind::Organization) {
                break;
            }
            // A known event's name reads as capitalised words: "the Ministry of Hajj and Umrah".
            if j < hi
                && matches!(items[j].kind, ItemKind::Gaz(e) if e.kind != EntityKind::Event)
                && !demonym_opens(j)
            {
                end = j + 1;
                continue;
            }
            let mut last = None;
            while j < hi {
                match items[j].kind {
                    ItemKind::Cap if self.starts_name(items, j, hi) => break,
                    ItemKind::Cap => {
                        last = Some(j);
                        // "the Court of King's Bench of Alberta": a possessive right before
                        // another plain capitalised word is inside the name.
                        // Not "the Ministry of Health's Communicable Disease Control
                        // Department": a head word after it closes the owner's unit.
                        let inside = j + 1 < hi
                            && matches!(items[j + 1].kind, ItemKind::Cap)
                            && items[j].hi == items[j + 1].lo
                            && !self.is(items[j + 1].lo, class::TITLE | class::FIRST_NAME)
                            && !(j + 1..hi)
                                .take_while(|&n| matches!(items[n].kind, ItemKind::Cap))
                                .any(|n| self.is(items[n].lo, class::HEAD));
                        if self.words[items[j].lo].possessive
                            && !self.words[items[j].lo].plural_possessive(self.raw)
                            && !inside
                        {
                            break;
                        }
                    }
                    // "Children's Hospital of Eastern Ontario": a region of a known place.
                    ItemKind::Gaz(e)
                        if e.kind == EntityKind::Place
                            && (demonym_opens(j)
                                || last == Some(j - 1)
                                    && REGION_COMPASS.contains(&self.key(items[j - 1].lo))) =>
                    {
                        last = Some(j);
                    }
                    ItemKind::Gaz(e) if e.kind == EntityKind::Event => last = Some(j),
                    ItemKind::Comma | ItemKind::Conn if self.key(items[j].lo) != "of" => {}
                    _ => break,
                }
                j += 1;
            }
            match last {
                // "of Shizuoka Prefecture" after a company: where it is.
                Some(l) if company && self.is(items[l].hi - 1, class::HEAD_PLACE) => break,
                Some(l) => end = l + 1,
                None => break,
            }
        }
        end
    }
}

/// Whether an acronym's `letters` spell the `initials` of a name's words in order, a
/// connector's (flagged `true`) optionally; a small letter stands only for a connector.
fn spells(letters: &[char], initials: &[(char, bool)]) -> bool {
    let Some((&(initial, connector), rest)) = initials.split_first() else {
        return letters.is_empty();
    };
    let takes = letters
        .first()
        .is_some_and(|&l| l.to_lowercase().eq(initial.to_lowercase()) && (connector || l.is_uppercase()));
    (takes && spells(&letters[1..], rest)) || (connector && spells(letters, rest))
}
