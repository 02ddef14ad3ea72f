//! Synthetic corpora for scale tests: `newsline synth --events N [--seed S]`.
//!
//! The corpus has the shape of a real one, at any size: most events crowd into a year of
//! intense coverage (July 2019 to June 2020, as in the sample articles), the rest spread over
//! 1990–2024, with a few outliers (colonial rule 1910/1945, the 1965 treaty). Dates come at
//! every granularity the core writes (days mostly, then months, years, ISO weeks and spans).
//! There are a few hundred entities (people, organisations, places, products, events), one
//! article per ten events from a dozen outlets, and short summaries built from templates.
//!
//! The same seed gives the same corpus (a small splitmix64 generator, no dependency). Limits:
//! documents carry no raw text, so the reader shows only their metadata; summaries repeat
//! their templates' wording.

use newsline_extract::{
    Corpus, DateMention, DocId, Document, Entity, EntityId, EntityKind, Event, EventId, Source, TimeValue,
};

/// A deterministic pseudo-random generator (splitmix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// True with probability `p`.
    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const FIRST: [&str; 20] = [
    "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Abe", "Suzuki", "Tanaka",
    "Sato", "Ito", "Watanabe", "Moon", "Han", "Seo", "Kwon",
];
const GIVEN: [&str; 15] = [
    "Min-ji",
    "Seo-yeon",
    "Ji-ho",
    "Hyun-woo",
    "Jae-in",
    "Hae-kwan",
    "Yoon-mo",
    "Kenji",
    "Hiroshi",
    "Yuki",
    "Taro",
    "Nam-ki",
    "Kyung-wha",
    "Hyun-chong",
    "Jung-han",
];
const ORGS: [&str; 24] = [
    "World Trade Organization",
    "Ministry of Trade, Industry and Energy",
    "Supreme Court",
    "Samsung Electronics",
    "SK Hynix",
    "LG Display",
    "Korea International Trade Association",
    "Bank of Korea",
    "Japan Business Federation",
    "Ministry of Economy, Trade and Industry",
    "National Assembly",
    "Democratic Party",
    "Liberal Democratic Party",
    "Korea Development Institute",
    "Federation of Korean Industries",
    "Hyundai Motor",
    "Toyota",
    "Sony",
    "Korea Centers for Disease Control",
    "World Health Organization",
    "United Nations",
    "Asian Development Bank",
    "Korea Chamber of Commerce",
    "Japan External Trade Organization",
];
const PLACES: [&str; 20] = [
    "South Korea",
    "Japan",
    "Seoul",
    "Tokyo",
    "Geneva",
    "Busan",
    "Osaka",
    "Washington",
    "Beijing",
    "Daegu",
    "Incheon",
    "Kyoto",
    "Pyongyang",
    "North Korea",
    "China",
    "United States",
    "Hong Kong",
    "Sejong",
    "Nagoya",
    "Korean Peninsula",
];
const PRODUCTS: [&str; 6] =
    ["fluorinated polyimide", "photoresist", "hydrogen fluoride", "DRAM", "OLED panels", "Galaxy"];
const HAPPENINGS: [&str; 6] =
    ["World War II", "Korean War", "Tokyo Olympics", "G20 summit", "COVID-19 pandemic", "general election"];
const OUTLETS: [&str; 12] = [
    "Yonhap",
    "The Korea Herald",
    "UrduPoint",
    "Kyodo",
    "The Japan Times",
    "Reuters",
    "Korea JoongAng Daily",
    "Nikkei Asia",
    "The Korea Times",
    "NHK World",
    "Arirang",
    "Asahi Shimbun",
];
const VERBS: [&str; 16] = [
    "tightens export rules on",
    "files a complaint against",
    "holds talks with",
    "lifts restrictions on",
    "announces sanctions on",
    "signs an agreement with",
    "criticises",
    "meets officials from",
    "extends a deadline for",
    "reviews its trade ties with",
    "calls for dialogue with",
    "suspends a pact with",
    "reports losses after curbs by",
    "invests in",
    "warns",
    "resumes flights to",
];
const TAILS: [&str; 8] = [
    "",
    " over chip materials",
    " amid the dispute",
    " in Geneva",
    " after the ruling",
    " as tensions rise",
    " on forced labour",
    " before the deadline",
];

/// A corpus of `events` events from `seed`.
pub fn synth(events: usize, seed: u64) -> Corpus {
    let mut rng = Rng(seed);
    let mut entities: Vec<Entity> = Vec::new();
    let mut add = |name: String, kind: EntityKind, aliases: Vec<String>| {
        let id = EntityId(entities.len() as u32);
        entities.push(Entity {
            id,
            name,
            kind,
            aliases,
            roles: vec![],
            files: vec![],
            mentions: 0,
            conflicts: vec![],
        });
    };
    for first in FIRST {
        for given in GIVEN.iter().skip(first.len() % 3).step_by(2) {
            add(format!("{first} {given}"), EntityKind::Person, vec![first.to_string()]);
        }
    }
    for org in ORGS {
        let initials: String =
            org.split_whitespace().filter_map(|w| w.chars().next()).filter(|c| c.is_uppercase()).collect();
        add(
            org.to_string(),
            EntityKind::Organization,
            if initials.len() > 1 { vec![initials] } else { vec![] },
        );
    }
    for place in PLACES {
        add(place.to_string(), EntityKind::Place, vec![]);
    }
    for product in PRODUCTS {
        add(product.to_string(), EntityKind::Product, vec![]);
    }
    for happening in HAPPENINGS {
        add(happening.to_string(), EntityKind::Event, vec![]);
    }
    // A few entities are in most events (the two countries), most in few: pick with a skew.
    let skewed = |rng: &mut Rng, n: usize| -> usize {
        let r = rng.below(n);
        rng.below(r + 1)
    };
    let places_at = entities.iter().position(|e| e.kind == EntityKind::Place).unwrap_or(0);

    let doc_count = (events / 10).max(1);
    let documents: Vec<Document> = (0..doc_count)
        .map(|d| {
            let date = day_in(&mut rng, 2019, 2020);
            let outlet = rng.pick(&OUTLETS).to_string();
            Document {
                id: DocId(d as u32),
                file: format!("{d:06}.txt"),
                title: format!("{} {}", rng.pick(&PLACES), rng.pick(&VERBS)).trim().to_string(),
                source: Some(outlet),
                published: Some(date.clone()),
                dates: vec![DateMention {
                    text: "on Tuesday".into(),
                    value: Some(date),
                    rule: "weekday".into(),
                    ..DateMention::default()
                }],
                ..Document::default()
            }
        })
        .collect();

    let mut out = Vec::with_capacity(events);
    for i in 0..events {
        let date = event_date(&mut rng, i);
        let subject =
            if rng.chance(0.6) { places_at + rng.below(2) } else { skewed(&mut rng, entities.len()) };
        let object = rng.below(entities.len());
        let mut names = vec![entities[subject].name.clone()];
        if object != subject {
            names.push(entities[object].name.clone());
        }
        if rng.chance(0.3) {
            let third = skewed(&mut rng, entities.len());
            if !names.contains(&entities[third].name) {
                names.push(entities[third].name.clone());
            }
        }
        let summary = format!(
            "{} {} {}{}",
            entities[subject].name,
            rng.pick(&VERBS),
            entities[object].name,
            rng.pick(&TAILS)
        );
        let sources = (0..1 + usize::from(rng.chance(0.2)))
            .map(|_| {
                let doc = rng.below(doc_count);
                Source {
                    file: documents[doc].file.clone(),
                    doc: DocId(doc as u32),
                    sentence: format!("{summary}, officials said."),
                    start: 0,
                    end: 0,
                    date_mention: 0,
                }
            })
            .collect();
        out.push(Event { id: EventId(i as u32), date, summary, entities: names, sources });
    }
    // As `newsline extract` writes them: events in date order, numbered in that order.
    out.sort_by_cached_key(|e| TimeValue::parse_iso(&e.date).and_then(|v| v.bounds()));
    for (i, event) in out.iter_mut().enumerate() {
        event.id = EventId(i as u32);
    }
    Corpus { documents, entities, events: out }
}

/// An event's date: the dense year mostly, the decades around it, a few outliers.
fn event_date(rng: &mut Rng, i: usize) -> String {
    if i == 0 {
        return "1910/1945".into();
    }
    if i == 1 {
        return "1965".into();
    }
    let dense = rng.chance(0.65);
    let day = if dense { dense_day(rng) } else { day_in(rng, 1990, 2024) };
    let roll = rng.below(100);
    match roll {
        0..=79 => day,
        80..=89 => day[..7].to_string(),
        90..=94 => day[..4].to_string(),
        95..=97 => {
            let week = 1 + rng.below(52);
            format!("{}-W{week:02}", &day[..4])
        }
        _ => {
            let year: usize = day[..4].parse().unwrap_or(2019);
            let (a, b) = (year - rng.below(3), year + rng.below(3));
            if a == b {
                format!("{year}-01/{year}-06")
            } else {
                format!("{a}/{b}")
            }
        }
    }
}

/// A day from July 2019 to June 2020.
fn dense_day(rng: &mut Rng) -> String {
    let month = 7 + rng.below(12);
    let (year, month) = if month > 12 { (2020, month - 12) } else { (2019, month) };
    format!("{year}-{month:02}-{:02}", 1 + rng.below(28))
}

/// A day in the years `from..=to`.
fn day_in(rng: &mut Rng, from: usize, to: usize) -> String {
    format!("{}-{:02}-{:02}", from + rng.below(to - from + 1), 1 + rng.below(12), 1 + rng.below(28))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_corpus_and_another_seed_another() {
        assert_eq!(synth(300, 7), synth(300, 7));
        assert_ne!(synth(300, 7).events, synth(300, 8).events);
    }

    #[test]
    fn every_event_has_a_valid_date_known_entities_and_a_real_source() {
        let corpus = synth(2_000, 1);
        assert_eq!(corpus.events.len(), 2_000);
        let firsts: Vec<_> =
            corpus.events.iter().map(|e| TimeValue::parse_iso(&e.date).and_then(|v| v.bounds())).collect();
        assert!(firsts.windows(2).all(|w| w[0] <= w[1]), "events come in date order, as extract writes them");
        assert!(corpus.events.iter().enumerate().all(|(i, e)| e.id == EventId(i as u32)));
        assert!(corpus.entities.len() > 200, "{}", corpus.entities.len());
        for event in &corpus.events {
            assert!(TimeValue::parse_iso(&event.date).and_then(|v| v.bounds()).is_some(), "{}", event.date);
            assert!(event.entities.iter().all(|n| corpus.entities.iter().any(|e| &e.name == n)));
            for s in &event.sources {
                let doc = &corpus.documents[s.doc.0 as usize];
                assert_eq!(doc.file, s.file);
                assert!(doc.dates.get(s.date_mention).is_some());
            }
        }
    }

    #[test]
    fn most_events_crowd_into_the_dense_year_and_granularities_vary() {
        let corpus = synth(5_000, 3);
        let dense = corpus
            .events
            .iter()
            .filter(|e| e.date.starts_with("2019-") || e.date.starts_with("2020-"))
            .count();
        assert!(dense > 2_500, "{dense}");
        let months = corpus.events.iter().filter(|e| e.date.len() == 7 && !e.date.contains('W')).count();
        let spans = corpus.events.iter().filter(|e| e.date.contains('/')).count();
        assert!(months > 100 && spans > 20, "{months} {spans}");
    }
}
