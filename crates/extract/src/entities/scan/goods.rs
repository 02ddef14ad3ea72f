//! Products and materials named in a sentence: the data file's goods, and the items of an
//! enumeration of goods ("three materials -- resist, etching gas and fluorinated polyimide").
//!
//! Limits: an enumeration needs a goods word before it or a known product in it.

use super::{singular, Cand, Item, ItemKind, Sentence};
use crate::entities::lexicon::{class, Entry};
use crate::model::EntityKind;

impl Sentence<'_> {
    /// After a Cap or Comma-list item: the end of ", Industry and Energy" in "Ministry of
    /// Trade, Industry and Energy", when the chunk so far has a head word followed by "of".
    pub(super) fn list_end(&self, items: &[Item], start: usize, end: usize) -> Option<usize> {
        if !matches!(items.get(end)?.kind, ItemKind::Comma) {
            return None;
        }
        let head_of = (start..end.saturating_sub(1)).any(|k| {
            matches!(items[k].kind, ItemKind::Cap)
                && self.is(items[k].lo, class::HEAD)
                && self.key(items[k + 1].lo) == "of"
        });
        if !head_of {
            return None;
        }
        let cap = |k: usize| items.get(k).is_some_and(|i| matches!(i.kind, ItemKind::Cap));
        let mut j = end;
        loop {
            if !cap(j + 1) {
                return None;
            }
            match items.get(j + 2).map(|i| i.kind) {
                Some(ItemKind::Comma) => j += 2,
                Some(ItemKind::Conn) if self.key(items[j + 2].lo) == "and" && cap(j + 3) => {
                    return Some(j + 4)
                }
                _ => return None,
            }
        }
    }

    /// Product names, and lists after a goods noun ("three materials -- resist, etching gas
    /// and fluorinated polyimide"). A context-dependent synonym needs another product.
    pub(super) fn products(&self, items: &[Item], found: &[(usize, Entry)], out: &mut Vec<Cand>) {
        let lists = self.goods_lists();
        let in_list = |lo: usize| lists.iter().any(|l| l.iter().any(|&(a, b)| a <= lo && lo < b));
        let firm = found.iter().filter(|(_, e)| !e.needs_context).count();
        for &(n, e) in found {
            let it = items[n];
            if e.needs_context && firm == 0 && !in_list(it.lo) {
                continue;
            }
            let span = self.span(it.lo, it.hi);
            out.push(Cand::Known { span, surface: span, canonical: e.canonical.to_string(), kind: e.kind });
        }
        for &(a, b) in lists.iter().flatten() {
            if found.iter().any(|&(n, _)| items[n].lo < b && a < items[n].hi) {
                continue;
            }
            let span = self.span(a, b);
            let canonical = singular(&self.raw[span.start..span.end].to_lowercase());
            out.push(Cand::Known { span, surface: span, canonical, kind: EntityKind::Product });
        }
    }

    /// Word ranges of the items of each list that follows a goods noun and ":" or a dash.
    pub(super) fn goods_lists(&self) -> Vec<Vec<(usize, usize)>> {
        let mut lists = Vec::new();
        for t in 0..self.words.len() {
            if !self.is(t, class::GOODS) {
                continue;
            }
            let mut i = t + 1;
            let dash = |i: usize| ["-", "—", "–"].iter().any(|d| self.is_punct(i, d));
            if self.is_punct(i, ":") {
                i += 1;
            } else if dash(i) {
                while dash(i) {
                    i += 1;
                }
            } else {
                continue;
            }
            let mut list = Vec::new();
            let mut start = i;
            while i <= self.words.len() {
                let sep = i == self.words.len()
                    || self.is_punct(i, ",")
                    || matches!(self.key(i), "and" | "or")
                    || !self.is_word(i);
                if !sep {
                    if self.is_function_word(i) || i - start >= 3 {
                        if i > start {
                            list.push((start, i));
                        }
                        break;
                    }
                    i += 1;
                    continue;
                }
                if i > start {
                    list.push((start, i));
                }
                if i == self.words.len() || !(self.is_punct(i, ",") || matches!(self.key(i), "and" | "or")) {
                    break;
                }
                i += 1;
                if matches!(self.key(i.min(self.words.len() - 1)), "and" | "or") {
                    i += 1;
                }
                start = i;
            }
            if list.len() >= 2 {
                lists.push(list);
            }
        }
        lists
    }
}
