//! Entity lists: one article's mentions grouped, and the articles' lists merged.
//!
//! Approach: within an article, mentions with the same canonical name and kind are one
//! entity whose aliases are the other surface forms printed (a name printed in capitals, as
//! in a dateline, counts as its ordinary printing). Across articles, entities of
//! one kind are merged (union-find over a `HashMap`, so linear in the number of entities)
//! when a name or alias is shared after normalisation; persons merge only on names of two
//! words or more, so a shared family name never fuses two people. Organisations also merge
//! on derived short forms ("Trade Ministry" ↔ "Ministry of Trade, Industry and Energy").
//! Persons with the same family name, given names one syllable (or two letters) apart and a
//! role ending in the same word are kept apart and flagged in each other's `conflicts`.
//!
//! Limits: an alias shared by two different real entities of one kind merges them.

use std::borrow::Cow;
use std::collections::hash_map::Entry;
use std::collections::HashMap;

use super::resolve::org_keys;
use super::scan::collapse;
use super::words::name_key;
use super::Mention;
use crate::fxhash::{FastMap, FastSet};
use crate::model::{DocEntity, Entity, EntityId, EntityKind};

/// Groups one article's mentions by canonical name and kind, in order of first mention. A
/// name printed in capitals ("PANAMA CITY" in a dateline) is the same entity as its ordinary
/// printing, which names it.
pub(crate) fn doc_entities(raw: &str, mentions: &[Mention]) -> Vec<DocEntity> {
    let mut out: Vec<DocEntity> = Vec::new();
    let mut index: FastMap<(Cow<str>, EntityKind), usize> = FastMap::default();
    for m in mentions {
        let capitals = !m.canonical.chars().any(char::is_lowercase);
        let key =
            if capitals { Cow::Owned(title_case(&m.canonical)) } else { Cow::Borrowed(m.canonical.as_str()) };
        let i = *index.entry((key, m.kind)).or_insert_with(|| {
            out.push(DocEntity {
                name: m.canonical.clone(),
                kind: m.kind,
                aliases: Vec::new(),
                roles: Vec::new(),
                mentions: Vec::new(),
            });
            out.len() - 1
        });
        let e = &mut out[i];
        if !capitals && e.name != m.canonical {
            let printed_in_capitals = std::mem::replace(&mut e.name, m.canonical.clone());
            e.aliases.retain(|a| *a != e.name);
            e.aliases.push(printed_in_capitals);
        }
        e.mentions.push(m.span);
        for s in [m.surface, m.span] {
            let Some(text) = raw.get(s.start..s.end) else { continue };
            // Compared before it is copied: most mentions repeat a form already recorded.
            let known = |form: &String| collapsed_eq(text, form);
            if !known(&e.name) && !e.aliases.iter().any(known) {
                e.aliases.push(collapse(text));
            }
        }
        if let Some(role) = &m.role {
            if !e.roles.contains(role) {
                e.roles.push(role.clone());
            }
        }
    }
    keep_shared_family_name_once(&mut out);
    out
}

/// "Park" said alone of both Park Ji-hoon and his father Park Dong-sik: each mention stays
/// with the person it was read as, but the family name is listed as an alias of one only, the
/// one most mentioned (the first of equals), whom a reader takes the bare name to mean.
fn keep_shared_family_name_once(entities: &mut [DocEntity]) {
    let mut owner: FastMap<&str, usize> = FastMap::default();
    let mut shared: Vec<(String, usize)> = Vec::new();
    for (i, e) in entities.iter().enumerate().filter(|(_, e)| e.kind == EntityKind::Person) {
        for alias in e.aliases.iter().filter(|a| !a.contains(' ')) {
            match owner.entry(alias.as_str()) {
                Entry::Vacant(v) => {
                    v.insert(i);
                }
                Entry::Occupied(mut o) => {
                    let kept = *o.get();
                    let (keep, drop) =
                        if e.mentions.len() > entities[kept].mentions.len() { (i, kept) } else { (kept, i) };
                    o.insert(keep);
                    shared.push((alias.clone(), drop));
                }
            }
        }
    }
    for (alias, i) in shared {
        entities[i].aliases.retain(|a| *a != alias);
    }
}

/// Whether `text` with its whitespace collapsed (as by [`collapse`]) is `form`.
fn collapsed_eq(text: &str, form: &str) -> bool {
    let mut rest = form;
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 {
            match rest.strip_prefix(' ') {
                Some(r) => rest = r,
                None => return false,
            }
        }
        match rest.strip_prefix(word) {
            Some(r) => rest = r,
            None => return false,
        }
    }
    rest.is_empty()
}

/// "PANAMA CITY" → "Panama City", "interior ministry" → "Interior Ministry".
pub(crate) fn title_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut start = true;
    for c in name.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphanumeric();
    }
    out
}

/// "Veloxa said" in one article, "e-bike maker Veloxa" in another: a person with no role and
/// one word (or several without a given name: "Lumora Cells"), named so only because a verb
/// followed it, takes the kind the corpus gives that name
/// elsewhere (an organisation or a place), and joins that entity when its article has it too.
/// And a one-word "place" that only its context made one ("in Sithole") is a person where
/// another article names a person of that family name in full ("Mandla Sithole").
/// Linear in the number of entities.
pub(crate) fn settle_kinds(docs: &mut [&mut Vec<DocEntity>]) {
    let weak_person = |e: &DocEntity| {
        e.kind == EntityKind::Person
            && e.roles.is_empty()
            && (!e.name.contains(' ') || !reads_as_person(&e.name))
    };
    // The family names of the corpus's persons named in full ("Mandla Sithole").
    let family: FastSet<String> = docs
        .iter()
        .flat_map(|d| d.iter())
        .filter(|e| e.kind == EntityKind::Person && (reads_as_person(&e.name) || !e.roles.is_empty()))
        .filter_map(|e| e.name.rsplit_once(' ').map(|(_, last)| name_key(last)))
        .collect();
    let lex = super::lexicon::lexicon();
    // "a motion of no confidence in Sithole": one word that only its context made a place,
    // and that another article gives a person as family name, is that person.
    for e in docs.iter_mut().flat_map(|d| d.iter_mut()) {
        if e.kind == EntityKind::Place && !e.name.contains(' ') && e.aliases.is_empty() {
            let key = name_key(&e.name);
            if family.contains(&key) && lex.phrase(&key).is_none() {
                e.kind = EntityKind::Person;
            }
        }
    }
    let mut known: FastMap<String, EntityKind> = FastMap::default();
    for e in docs.iter().flat_map(|d| d.iter()).filter(|e| e.kind != EntityKind::Person) {
        for name in std::iter::once(&e.name).chain(&e.aliases) {
            known.entry(name_key(name)).or_insert(e.kind);
        }
    }
    for doc in docs.iter_mut() {
        // This article's own entities of another kind, by (kind, name): where a person joins.
        let own: FastMap<(EntityKind, String), usize> = doc
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind != EntityKind::Person)
            .map(|(i, e)| ((e.kind, name_key(&e.name)), i))
            .collect();
        let mut joined = vec![false; doc.len()];
        for i in 0..doc.len() {
            if !weak_person(&doc[i]) {
                continue;
            }
            let key = name_key(&doc[i].name);
            let Some(&kind) = known.get(&key) else { continue };
            match own.get(&(kind, key)) {
                Some(&j) => {
                    let person = std::mem::take(&mut doc[i].mentions);
                    let aliases = std::mem::take(&mut doc[i].aliases);
                    let target = &mut doc[j];
                    target.mentions.extend(person);
                    target.mentions.sort_by_key(|s| s.start);
                    for alias in aliases {
                        if !target.aliases.contains(&alias) {
                            target.aliases.push(alias);
                        }
                    }
                    joined[i] = true;
                }
                None => doc[i].kind = kind,
            }
        }
        let mut i = 0;
        doc.retain(|_| {
            i += 1;
            !joined[i - 1]
        });
    }
}

/// Whether a name of several words reads as a person's whatever the corpus says: it opens
/// with a known given name or holds a hyphenated one ("Hong Nam-ki").
pub(crate) fn reads_as_person(name: &str) -> bool {
    let lex = super::lexicon::lexicon();
    let first = name.split_whitespace().next().unwrap_or_default();
    lex.classes(&super::lexicon::key_of(first)) & super::lexicon::class::FIRST_NAME != 0
        || name.split_whitespace().any(super::scan::is_hyphenated_given_name)
}

/// Merges the articles' entity lists into one list with ids, counts and conflicts.
pub(crate) fn corpus_entities(docs: &[(&str, &[DocEntity])]) -> Vec<Entity> {
    let all: Vec<(&str, &DocEntity)> =
        docs.iter().flat_map(|(f, es)| es.iter().map(move |e| (*f, e))).collect();
    let mut parent: Vec<usize> = (0..all.len()).collect();
    let mut by_key: FastMap<(EntityKind, String), usize> = FastMap::default();
    // The keys are derived on every core; the union that follows is in corpus order.
    let keys = crate::each_article(all.iter().map(|(_, e)| *e).collect(), merge_keys);
    for (i, ((_, e), keys)) in all.iter().zip(keys).enumerate() {
        for key in keys {
            match by_key.entry((e.kind, key)) {
                Entry::Occupied(j) => union(&mut parent, i, *j.get()),
                Entry::Vacant(slot) => {
                    slot.insert(i);
                }
            }
        }
    }
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut group_of: FastMap<usize, usize> = FastMap::default();
    for i in 0..all.len() {
        let root = find(&mut parent, i);
        let g = *group_of.entry(root).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(i);
    }
    // Groups are independent: built on every core.
    let mut entities: Vec<Entity> =
        crate::each_article(groups.into_iter().enumerate().collect(), |(g, members)| {
            entity(g, &members, &all)
        });
    flag_conflicts(&mut entities);
    entities
}

fn merge_keys(e: &DocEntity) -> Vec<String> {
    let mut keys = Vec::new();
    for name in std::iter::once(&e.name).chain(&e.aliases) {
        if e.kind == EntityKind::Person && !name.contains(' ') {
            continue;
        }
        if e.kind == EntityKind::Organization {
            keys.extend(org_keys(name));
        } else {
            keys.push(name_key(name));
        }
        // "Intense Tropical Cyclone Fenosoa" is "Cyclone Fenosoa": a storm's grade changes
        // from one report to the next.
        if e.kind == EntityKind::Event {
            let mut rest = name.as_str();
            while let Some((word, more)) = rest.split_once(' ') {
                let grade = |g: &&str| word.eq_ignore_ascii_case(g);
                if !(super::scan::STORM_GRADES.iter().any(grade) || word.eq_ignore_ascii_case("intense")) {
                    break;
                }
                rest = more;
            }
            if rest.len() < name.len() {
                keys.push(name_key(rest));
            }
        }
    }
    // "Vladescu" is "Vlădescu", "Sao Paulo" is "São Paulo": outlets that print no marks.
    for i in 0..keys.len() {
        if let Some(plain) = without_marks(&keys[i]) {
            keys.push(plain);
        }
    }
    // "Morishige Tetsuya" is "Tetsuya Morishige": a two-word name printed family name first.
    if e.kind == EntityKind::Person {
        let swapped: Vec<String> = keys
            .iter()
            .filter_map(|k| {
                k.split_once(' ').filter(|(_, b)| !b.contains(' ')).map(|(a, b)| format!("{b} {a}"))
            })
            .collect();
        keys.extend(swapped);
    }
    keys.retain(|k| !k.is_empty());
    keys
}

/// A lower-case key with the diacritics of Latin letters taken off ("vlădescu" →
/// "vladescu"), or `None` when it has none.
fn without_marks(key: &str) -> Option<String> {
    if key.is_ascii() {
        return None;
    }
    let mut out = String::with_capacity(key.len());
    let mut changed = false;
    for c in key.chars() {
        let base = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
            'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => "c",
            'ď' | 'đ' | 'ð' => "d",
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
            'ğ' | 'ĝ' | 'ġ' | 'ģ' => "g",
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
            'ķ' => "k",
            'ĺ' | 'ļ' | 'ľ' | 'ł' => "l",
            'ñ' | 'ń' | 'ņ' | 'ň' => "n",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
            'ŕ' | 'ř' => "r",
            'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
            'ţ' | 'ť' | 'ț' => "t",
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
            'ý' | 'ÿ' => "y",
            'ź' | 'ż' | 'ž' => "z",
            'æ' => "ae",
            'œ' => "oe",
            'ß' => "ss",
            'þ' => "th",
            _ => {
                out.push(c);
                continue;
            }
        };
        out.push_str(base);
        changed = true;
    }
    changed.then_some(out)
}

fn entity(g: usize, members: &[usize], all: &[(&str, &DocEntity)]) -> Entity {
    let mut votes: FastMap<&str, usize> = FastMap::default();
    for &i in members {
        *votes.entry(all[i].1.name.as_str()).or_default() += 1;
    }
    let name = votes
        .iter()
        .max_by_key(|(n, v)| (**v, n.contains(" of "), n.len(), std::cmp::Reverse(**n)))
        .map(|(n, _)| n.to_string())
        .unwrap_or_default();
    let first = all[members[0]].1;
    let mut e = Entity {
        id: EntityId(g as u32),
        name,
        kind: first.kind,
        aliases: Vec::new(),
        roles: Vec::new(),
        files: Vec::new(),
        mentions: 0,
        conflicts: Vec::new(),
    };
    // Sets beside the lists keep first-seen order without a quadratic `contains`: an entity
    // of a large corpus has thousands of files. Hashed with `Fx`: crafted collisions could
    // only slow this down, never change the result.
    let mut seen_aliases: FastSet<&str> = FastSet::default();
    let mut seen_roles: FastSet<&str> = FastSet::default();
    let mut seen_files: FastSet<&str> = FastSet::default();
    for &i in members {
        let (file, d) = all[i];
        for alias in std::iter::once(&d.name).chain(&d.aliases) {
            if *alias != e.name && seen_aliases.insert(alias) {
                e.aliases.push(alias.clone());
            }
        }
        for role in &d.roles {
            if seen_roles.insert(role) {
                e.roles.push(role.clone());
            }
        }
        if seen_files.insert(file) {
            e.files.push(file.to_string());
        }
        e.mentions += d.mentions.len().max(1);
    }
    e
}

/// Flags persons with the same family name, near-identical given names and a shared role.
fn flag_conflicts(entities: &mut [Entity]) {
    let mut by_family: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, e) in entities.iter().enumerate() {
        if e.kind == EntityKind::Person && !e.roles.is_empty() {
            if let Some((family, _)) = split_name(&e.name) {
                by_family.entry(family.to_lowercase()).or_default().push(i);
            }
        }
    }
    for group in by_family.values() {
        // Bounded so that a corpus with hundreds of namesakes stays near-linear.
        let group = &group[..group.len().min(64)];
        for (n, &a) in group.iter().enumerate() {
            for &b in &group[n + 1..] {
                if near_namesakes(&entities[a], &entities[b]) {
                    let (na, nb) = (entities[a].name.clone(), entities[b].name.clone());
                    entities[a].conflicts.push(nb);
                    entities[b].conflicts.push(na);
                }
            }
        }
    }
}

/// (family name, given name) of "Lee Ho-yeon" (East Asian order) or "Mike Pompeo".
fn split_name(name: &str) -> Option<(&str, &str)> {
    let (first, rest) = name.split_once(' ')?;
    if super::scan::is_hyphenated_given_name(rest) {
        return Some((first, rest));
    }
    let (given, family) = name.rsplit_once(' ')?;
    Some((family, given))
}

fn near_namesakes(a: &Entity, b: &Entity) -> bool {
    let (Some((fa, ga)), Some((fb, gb))) = (split_name(&a.name), split_name(&b.name)) else { return false };
    if !fa.eq_ignore_ascii_case(fb) || ga.eq_ignore_ascii_case(gb) {
        return false;
    }
    let last_word = |r: &String| r.rsplit(' ').next().unwrap_or_default().to_lowercase();
    let shared_role = a.roles.iter().any(|ra| b.roles.iter().any(|rb| last_word(ra) == last_word(rb)));
    let (sa, sb): (Vec<&str>, Vec<&str>) = (ga.split('-').collect(), gb.split('-').collect());
    let one_syllable =
        sa.len() == sb.len() && sa.len() > 1 && sa.iter().zip(&sb).filter(|(x, y)| x != y).count() == 1;
    shared_role && (one_syllable || (sa.len() == 1 && edit_distance(ga, gb) <= 2))
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diag = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let next = (row[j + 1] + 1).min(row[j] + 1).min(diag + usize::from(ca != *cb));
            diag = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (a, b) = (find(parent, a), find(parent, b));
    parent[a.max(b)] = a.min(b);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;

    #[test]
    fn edit_distance_counts_changes() {
        assert_eq!(edit_distance("Ho-hyun", "Ho-yeon"), 3);
        assert_eq!(edit_distance("Jon", "John"), 1);
    }

    #[test]
    fn collapsed_forms_compare_without_copying() {
        assert!(collapsed_eq("South\n  Korea", "South Korea"));
        assert!(collapsed_eq(" Seoul ", "Seoul"));
        assert!(!collapsed_eq("South Korea", "South Koreans"));
        assert!(!collapsed_eq("South Korea", "SouthKorea"));
        assert!(!collapsed_eq("South", "South Korea"));
    }

    #[test]
    fn a_family_name_two_people_share_is_listed_with_the_more_mentioned() {
        let raw = "Park Ji-hoon was sentenced. Park appealed. Park lost. His father Park Dong-sik wept. \
                   The elder Park left.";
        let mentions = crate::entities::find_mentions(raw, &[Span { start: 0, end: raw.len() }]);
        let entities = doc_entities(raw, &mentions);
        let aliases = |name: &str| entities.iter().find(|e| e.name == name).map(|e| e.aliases.clone());
        assert_eq!(aliases("Park Ji-hoon"), Some(vec!["Park".to_string()]));
        assert_eq!(aliases("Park Dong-sik"), Some(vec![]));
    }

    #[test]
    fn names_split_in_either_order() {
        assert_eq!(split_name("Lee Ho-yeon"), Some(("Lee", "Ho-yeon")));
        assert_eq!(split_name("George W. Bush"), Some(("Bush", "George W.")));
    }
}
