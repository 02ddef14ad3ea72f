//! Names built around a known name or a name just read: a country's own body of a movement
//! ("Bulgarian Red Cross"), a company's arm in a country ("Stanbic Bank Zambia", "Republican
//! Party of Florida"), a place, a particle and a name ("San Pedro de Atacama"), and a
//! structure or an institution after a name ("Mwanza airport", "the Bhakra dam", "the
//! Sismanogleio hospital").
//!
//! Approach: each is tried where the scanner meets a known name (or, for structures, at the
//! end of unknown capitalised words), looking one or two words around it; the first that fits
//! is pushed and the words it took are skipped.
//!
//! Limits: an arm is taken only where the place ends the run ("Stanbic Bank Zambia said", not
//! "Stanbic Bank Zambia Limited"); a structure's noun must follow the name in lower case.

use super::{collapse, Cand, ChunkCtx, ChunkState, ItemKind, Sentence};
use crate::entities::lexicon::{class, Entry};
use crate::model::EntityKind;

/// Lower-case nouns for structures after a name that make the name and the noun a place
/// ("the Frans Seda airport", "the Zverino bridge", "the Bhakra dam", "the Kuje prison").
const STRUCTURES: &[&str] = &[
    "airport",
    "airbase",
    "bridge",
    "motorway",
    "highway",
    "expressway",
    "tunnel",
    "viaduct",
    "dam",
    "barrage",
    "bund",
    "embankment",
    "dyke",
    "dike",
    "levee",
    "canal",
    "reservoir",
    "river",
    "prison",
    "jail",
    "mosque",
    "church",
    "cathedral",
    "temple",
    "stadium",
    "beach",
    "field",
    "oilfield",
    "pipeline",
    "cemetery",
];

/// Lower-case nouns for facilities after a name the data does not know that make the name and
/// the noun a place ("the Viau terminal", "the Yindi Creek mine", "the Eki-Oke market"); after
/// a known place they do not ("the Aarhus terminal" is Aarhus, "the US market" the US).
const FACILITIES: &[&str] = &[
    "terminal",
    "mine",
    "market",
    "elevator",
    "refinery",
    "smelter",
    "concentrator",
    "substation",
    "shaft",
    "colliery",
    "quarry",
    "depot",
];

/// Lower-case words before one of [`FACILITIES`] or "station"/"plant" that belong to the
/// facility's noun: "the Reykjanes power station", "the Viterra grain elevator", "the Yumihama
/// nuclear power plant", "the Pelitak alumina refinery".
const FACILITY_SORTS: &[&str] = &[
    "power",
    "nuclear",
    "grain",
    "container",
    "ferry",
    "gold",
    "copper",
    "coal",
    "iron",
    "lithium",
    "nickel",
    "alumina",
    "oil",
    "gas",
    "geothermal",
    "hydroelectric",
    "wind",
    "solar",
    "ventilation",
    "desalination",
    "steel",
    "cement",
    "sugar",
    "water",
    "treatment",
    "pumping",
    "processing",
];

/// Lower-case nouns after a name that make the name and the noun a body: "the Sismanogleio
/// hospital".
const INSTITUTIONS: &[&str] = &["hospital", "clinic", "museum"];

/// Words after a body's name that name something it issues or holds, not a unit of it ("the
/// IMF Review", "an ILO Convention").
const NOT_UNITS: &[&str] = &[
    "review",
    "convention",
    "report",
    "summit",
    "meeting",
    "talks",
    "conference",
    "agreement",
    "deal",
    "plan",
    "programme",
    "program",
    "statement",
    "declaration",
    "data",
    "index",
    "survey",
    "forecast",
    "rules",
    "guidelines",
    "standard",
    "standards",
    "protocol",
    "treaty",
    "charter",
    "framework",
    "rating",
    "ratings",
];

/// What the scanner read around a known name before trying a compound.
pub(super) struct Around {
    /// No compass word was read with the name ("East Flores", "Valencia Norte").
    pub plain: bool,
    /// No capitalised word waited before it.
    pub nothing_pending: bool,
}

impl Sentence<'_> {
    /// At the known name of item `k`: a compound name that it opens or closes, pushed to `out`;
    /// returns how many items it took.
    pub(super) fn known_compound(
        &self,
        ctx: &ChunkCtx,
        st: &mut ChunkState,
        k: usize,
        hi: usize,
        around: Around,
        out: &mut Vec<Cand>,
    ) -> Option<usize> {
        let Around { plain, nothing_pending } = around;
        let items = ctx.items;
        let it = items[k];
        let ItemKind::Gaz(e) = it.kind else { return None };
        let place = e.kind == EntityKind::Place && !e.demonym && !ctx.headline;
        let taken = self
            .national_body(st, k, e, nothing_pending, items, out)
            .or_else(|| place.then(|| self.company_arm(k, hi, items, out)).flatten())
            .or_else(|| (place && plain).then(|| self.place_with_particle(k, hi, items, out)).flatten())
            .or_else(|| (place && plain).then(|| self.known_place_structure(st, k, hi, items, out)).flatten())
            .or_else(|| self.model_year_product(k, hi, e, items, out))
            .or_else(|| self.regional_arm(k, hi, e, items, out))
            .or_else(|| self.company_unit(k, hi, e, items, out));
        if taken.is_some() {
            st.last_gaz = None;
        }
        taken
    }

    /// "Peoples Democratic Party", "All Progressives Congress": capitalised words right before
    /// a known body whose name ends in a head word name another body of that kind, not a
    /// person and the known one. Called before the words waiting in `st` are flushed; a person
    /// before an "of" ("Governor Osaro Ekhaguere of the …") is flushed first. Returns how many
    /// items it took.
    pub(super) fn named_before_known_body(
        &self,
        ctx: &ChunkCtx,
        st: &mut ChunkState,
        k: usize,
        e: Entry,
        out: &mut Vec<Cand>,
    ) -> Option<usize> {
        let items = ctx.items;
        let cap = |p: usize| matches!(items[p].kind, ItemKind::Cap);
        let fits = e.kind == EntityKind::Organization
            && !e.acronym
            && !ctx.headline
            && self.is(items[k].hi - 1, class::HEAD_ORG)
            && k > 0
            && st.pending.last() == Some(&(k - 1))
            && cap(k - 1)
            && items[k - 1].hi == items[k].lo
            && !self.words[items[k - 1].hi - 1].possessive;
        if !fits {
            return None;
        }
        self.flush_person_before_of(ctx, st, out);
        let run = st.pending.iter().rev().take_while(|&&p| cap(p)).count();
        let first = st.pending[st.pending.len() - run];
        // "Minister Jane Obi Labour Party" is no name; a title, a given name or a head word
        // opens something else.
        let opens_else =
            (first..k).any(|p| self.is(items[p].lo, class::TITLE | class::FIRST_NAME | class::HEAD));
        if run > 3 || opens_else || st.role.is_some() && run == st.pending.len() {
            return None;
        }
        st.pending.truncate(st.pending.len() - run);
        self.flush(ctx, st, out);
        let span = self.span(items[first].lo, items[k].hi);
        let name = collapse(&self.raw[span.start..span.end]);
        if let Some(acronym) = self.acronym_after(items[k].hi) {
            out.push(Cand::Org { span: acronym, surface: acronym, name: name.clone() });
        }
        out.push(Cand::Org { span, surface: span, name });
        st.last_gaz = None;
        Some(1)
    }

    /// "Bulgarian Red Cross": a country's own body of a movement (`national` in the data).
    fn national_body(
        &self,
        st: &ChunkState,
        k: usize,
        e: Entry,
        nothing_pending: bool,
        items: &[super::Item],
        out: &mut Vec<Cand>,
    ) -> Option<usize> {
        let (g, _, p) = st.last_gaz?;
        let country = g + 1 == k
            && e.national
            && p.kind == EntityKind::Place
            && !self.words[items[g].hi - 1].possessive
            && nothing_pending;
        if !country {
            return None;
        }
        let span = self.span(items[g].lo, items[k].hi);
        out.push(Cand::Org { span, surface: span, name: collapse(&self.raw[span.start..span.end]) });
        Some(1)
    }

    /// "Pratt & Whitney Canada", "Stanbic Bank Zambia": a company's arm in a country, when the
    /// place ends the run right after the company's name.
    fn company_arm(&self, k: usize, hi: usize, items: &[super::Item], out: &mut [Cand]) -> Option<usize> {
        // "Bellweather & Crane's New York headquarters": an owner's place is not its arm.
        if k + 1 != hi
            || k == 0
            || items[k - 1].hi != items[k].lo
            || self.words[items[k - 1].hi - 1].possessive
        {
            return None;
        }
        let prev_end = self.words[items[k - 1].hi - 1].end;
        let Some(Cand::Org { span, surface, name }) = out.last_mut() else { return None };
        if span.end != prev_end || !name.contains(' ') {
            return None;
        }
        span.end = self.words[items[k].hi - 1].end;
        surface.end = span.end;
        *name = collapse(&self.raw[span.start..span.end]);
        Some(1)
    }

    /// "Toyota Motor North America", "Hyundai Motor Europe": a known company, one word of its
    /// name (or none: "Amnesty International UK") and a known place that ends the run name the
    /// company's arm there.
    fn regional_arm(
        &self,
        k: usize,
        hi: usize,
        e: Entry,
        items: &[super::Item],
        out: &mut Vec<Cand>,
    ) -> Option<usize> {
        let place_at =
            |j: usize| matches!(items[j].kind, ItemKind::Gaz(p) if p.kind == EntityKind::Place && !p.demonym);
        let joined = |to: usize| {
            (k..to).all(|j| items[j].hi == items[j + 1].lo && !self.words[items[j].hi - 1].possessive)
        };
        let known_body = e.kind == EntityKind::Organization && !e.acronym;
        // "Amnesty International UK", "Oxfam America": a known body's branch in a country.
        // Not "Sunbridge Capital, a Shenzhen-based fund": the place must end its word.
        let place_ends_word = || !self.raw[self.words[items[k + 1].hi - 1].end..].starts_with('-');
        if known_body && k + 2 == hi && place_at(k + 1) && joined(k + 1) && place_ends_word() {
            let span = self.span(items[k].lo, items[k + 1].hi);
            out.push(Cand::Org { span, surface: span, name: collapse(&self.raw[span.start..span.end]) });
            return Some(2);
        }
        // "the Republican Party of Florida", "the Democratic Party of Japan": a known body whose
        // name ends in a head word, "of" and a place that ends the run name its branch there.
        let branch_of_place = k + 3 == hi
            && known_body
            && self.is(items[k].hi - 1, class::HEAD_ORG)
            && matches!(items[k + 1].kind, ItemKind::Conn)
            && self.key(items[k + 1].lo) == "of"
            && place_at(k + 2);
        if branch_of_place {
            let span = self.span(items[k].lo, items[k + 2].hi);
            out.push(Cand::Org { span, surface: span, name: collapse(&self.raw[span.start..span.end]) });
            return Some(3);
        }
        let fits = k + 3 == hi
            && known_body
            && matches!(items[k + 1].kind, ItemKind::Cap)
            && place_at(k + 2)
            && joined(k + 2)
            && !self.is(items[k + 1].lo, class::TITLE | class::FIRST_NAME | class::CALENDAR)
            && !NOT_UNITS.contains(&self.key(items[k + 1].lo));
        if !fits {
            return None;
        }
        let span = self.span(items[k].lo, items[k + 2].hi);
        out.push(Cand::Org { span, surface: span, name: collapse(&self.raw[span.start..span.end]) });
        Some(3)
    }

    /// "her 2032 Honda CR-V", "a 2031 Ford Escape": a model year, a known maker and the
    /// capitalised words after it (up to two) name a product, the maker's model.
    fn model_year_product(
        &self,
        k: usize,
        hi: usize,
        e: Entry,
        items: &[super::Item],
        out: &mut Vec<Cand>,
    ) -> Option<usize> {
        let maker = items[k];
        let year_before = maker.lo.checked_sub(1).is_some_and(|w| {
            let t = self.text(w);
            t.len() == 4 && t.parse::<u16>().is_ok_and(|y| (1950..=2100).contains(&y))
        });
        if !(year_before && e.kind == EntityKind::Organization && !e.acronym) {
            return None;
        }
        let model = (k + 1..hi.min(k + 3))
            .take_while(|&j| {
                matches!(items[j].kind, ItemKind::Cap) && !self.is(items[j].lo, class::HEAD | class::CALENDAR)
            })
            .count();
        if model == 0 || self.words[maker.hi - 1].possessive {
            return None;
        }
        out.push(self.known(self.span(maker.lo, items[k + model].hi), EntityKind::Product));
        Some(1 + model)
    }

    /// "Bursa Malaysia Derivatives", "DB Cargo": a known organisation and one more capitalised
    /// word that ends the run is a unit of it, not a person or place of its own; with a model
    /// number ("Airbus A321neo"), its product.
    fn company_unit(
        &self,
        k: usize,
        hi: usize,
        e: Entry,
        items: &[super::Item],
        out: &mut Vec<Cand>,
    ) -> Option<usize> {
        let unit = k + 2 == hi
            && e.kind == EntityKind::Organization
            && !self.words[items[k].hi - 1].possessive
            && items[k].hi == items[k + 1].lo
            && matches!(items[k + 1].kind, ItemKind::Cap)
            // "Deutsche Bahn ICE" (a train), "RCMP Cpl." (a rank): no unit's name.
            && self.text(items[k + 1].lo).chars().any(char::is_lowercase)
            && !self.raw[self.words[items[k + 1].lo].end..].starts_with('.')
            && !NOT_UNITS.contains(&self.key(items[k + 1].lo))
            // "the DB Navigator app": the word after says it is a product.
            && !self.is(items[k + 1].hi, class::PRODUCT_AFTER)
            && !self.is(items[k + 1].lo, class::TITLE | class::FIRST_NAME | class::HEAD | class::CALENDAR);
        if !unit {
            return None;
        }
        let span = self.span(items[k].lo, items[k + 1].hi);
        // "Airbus A321neo", "six Embraer E195-E2s": a maker and a model number name a product.
        if self.text(items[k + 1].lo).contains(|c: char| c.is_ascii_digit()) {
            out.push(self.known(self.model_span(items[k].lo, items[k + 1].hi), EntityKind::Product));
        } else {
            out.push(Cand::Org { span, surface: span, name: collapse(&self.raw[span.start..span.end]) });
        }
        Some(2)
    }

    /// "San Pedro de Atacama", "Santiago de Compostela": a known place, a particle and a name.
    fn place_with_particle(
        &self,
        k: usize,
        hi: usize,
        items: &[super::Item],
        out: &mut Vec<Cand>,
    ) -> Option<usize> {
        let fits = k + 2 < hi
            && matches!(items[k + 1].kind, ItemKind::Conn)
            && matches!(self.key(items[k + 1].lo), "de" | "del" | "do" | "da")
            && matches!(items[k + 2].kind, ItemKind::Cap | ItemKind::Gaz(_));
        fits.then(|| out.push(self.known(self.span(items[k].lo, items[k + 2].hi), EntityKind::Place)))?;
        Some(3)
    }

    /// "Mwanza airport", "Elefsina air base": a known place's structure. A name joined to the
    /// place by a dash is the structure's too ("the Karaoba–Atyrau pipeline", "the
    /// Dhaka-Tangail highway"), not a name of its own.
    fn known_place_structure(
        &self,
        st: &mut ChunkState,
        k: usize,
        hi: usize,
        items: &[super::Item],
        out: &mut Vec<Cand>,
    ) -> Option<usize> {
        let it = items[k];
        if k + 1 != hi || self.words[it.hi - 1].possessive {
            return None;
        }
        let (end, kind) = self.structure_after(it.hi)?;
        let mut span = self.span(it.lo, end);
        let dash = self.dash_before(span.start);
        let pending = st.pending.last().copied().filter(|&p| {
            matches!(items[p].kind, ItemKind::Cap) && Some(self.words[items[p].hi - 1].end) == dash
        });
        if let Some(p) = pending {
            st.pending.pop();
            span.start = self.words[items[p].lo].start;
        } else if let Some(start) = self.take_dash_joined(span.start, out) {
            span.start = start;
        }
        out.push(self.known(span, kind));
        Some(1)
    }

    /// Where a dash right before byte `start` stands ("Dhaka-Tangail", "Karaoba–Atyrau").
    fn dash_before(&self, start: usize) -> Option<usize> {
        let before = &self.raw[..start];
        before.strip_suffix('-').or_else(|| before.strip_suffix('–')).map(str::len)
    }

    /// "the Dhaka-Tangail highway": the name read last, in `out`, when a dash joins it to the
    /// structure's name starting at byte `start`; taken out, its start returned.
    pub(super) fn take_dash_joined(&self, start: usize, out: &mut Vec<Cand>) -> Option<usize> {
        let dash = self.dash_before(start)?;
        let joined = out.last().and_then(Cand::span).filter(|s| s.end == dash)?;
        out.pop();
        Some(joined.start)
    }

    /// "terminal", "power station", "grain elevator" at word `w`, lower case, right after a name
    /// the data does not know: the end of the noun (exclusive). See [`FACILITIES`].
    pub(super) fn facility_after(&self, w: usize) -> Option<usize> {
        let lower = |w: usize| self.is_word(w) && self.is_lower(w);
        // "terminal"; "power station", "nuclear power plant": up to two sorts, then the noun.
        let sorts = (w..w + 2).take_while(|&s| lower(s) && FACILITY_SORTS.contains(&self.key(s))).count();
        let noun = w + sorts;
        let named = lower(noun)
            && (FACILITIES.contains(&self.key(noun))
                || sorts > 0 && matches!(self.key(noun), "station" | "plant"));
        named.then_some(noun + 1)
    }

    /// "dam", "air base", "military base", "hospital" at word `w`, lower case, right after a
    /// name: the end of the noun (exclusive) and the kind of thing the name and the noun make.
    pub(super) fn structure_after(&self, w: usize) -> Option<(usize, EntityKind)> {
        if !self.is_word(w) || !self.is_lower(w) {
            return None;
        }
        let key = self.key(w);
        if STRUCTURES.contains(&key) {
            Some((w + 1, EntityKind::Place))
        } else if matches!(
            (key, self.is_word(w + 1).then(|| self.key(w + 1))),
            ("air" | "military" | "naval" | "army", Some("base")) | ("oil" | "gas", Some("field"))
        ) {
            Some((w + 2, EntityKind::Place))
        } else if INSTITUTIONS.contains(&key) {
            Some((w + 1, EntityKind::Organization))
        } else {
            self.prosecutors_office_after(w).map(|end| (end, EntityKind::Organization))
        }
    }

    /// "(the Venice) prosecutor's office", "(Atyrau) regional prosecutor's office" at word `w`:
    /// the end of the noun (exclusive).
    fn prosecutors_office_after(&self, w: usize) -> Option<usize> {
        let lower = |w: usize| self.is_word(w) && self.is_lower(w);
        let qualified = lower(w)
            && matches!(self.key(w), "regional" | "public" | "provincial" | "district" | "state" | "city");
        let p = if qualified { w + 1 } else { w };
        let office = lower(p)
            && matches!(self.key(p), "prosecutor" | "prosecutors")
            && self.words[p].possessive
            && lower(p + 1)
            && self.key(p + 1) == "office";
        office.then_some(p + 2)
    }
}
