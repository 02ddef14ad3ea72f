//! Roles around a name: a title before it ("his counterpart Yoichi Iida"), a title with "of"
//! and what it is of before a comma ("Former Minister of Power, Bashir Yelwa"), and an
//! apposition after it (", the deputy chief of ..."). Each returns where the role is; the
//! scanner attaches it to the name.
//!
//! Limits: English word order; a title must be a word of data/titles.txt; a role of more than
//! eight words before a comma, or sixteen after it, is not seen.

use super::{collapse, ChunkCtx, Sentence, DETERMINERS};
use crate::entities::lexicon::class;
use crate::tokens::TokenKind;

impl Sentence<'_> {
    /// A lower-case title just before a chunk ("his Japanese counterpart Yoichi Iida", "the
    /// Trade Ministry’s trade policy division chief Lee Ho-yeon"): the role's first word.
    pub(super) fn title_before(&self, first: usize) -> Option<usize> {
        let mut t = first.checked_sub(1)?;
        if self.is_punct(t, ",") {
            if let Some(start) = self.portfolio_role_before(t) {
                return Some(start);
            }
            // "Its Chief Executive, Gbenga Adeleke, said": a capitalised title before the comma.
            if let Some(c) = t.checked_sub(1).filter(|&c| self.is_capitalised(c) && self.is(c, class::TITLE))
            {
                let mut start = c;
                while start > 0 && self.is_capitalised(start - 1) && self.is(start - 1, class::TITLE) {
                    start -= 1;
                }
                return Some(start);
            }
            t = t.checked_sub(1)?;
            // "its ambassador in Madrid, Sofiane Meziane", "UNICEF's representative in PNG,
            // Sofie Lindqvist": a title and where it serves.
            if let Some(title) = self.title_serving_in(t) {
                t = title;
            }
        }
        if !(self.is_lower(t) && self.is(t, class::TITLE)) {
            return None;
        }
        let mut s = t;
        while s > 0 && t - s < 3 && self.is_lower(s - 1) && !self.is_function_word(s - 1) {
            s -= 1;
        }
        if s > 0 && self.words[s - 1].possessive && self.is_capitalised(s - 1) {
            s -= 1;
            while s > 0
                && self.is_capitalised(s - 1)
                && !(self.is(s - 1, class::STARTER) && self.sentence_initial(s - 1))
            {
                s -= 1;
            }
        }
        Some(s)
    }

    /// The title of "ambassador in Madrid" or "representative to Fiji" ending at word `last`,
    /// the place's last word: one to three capitalised words after "in", "to" or "at".
    fn title_serving_in(&self, last: usize) -> Option<usize> {
        let mut w = last;
        while last - w < 3 && self.is_capitalised(w) && !self.is(w, class::TITLE) {
            w = w.checked_sub(1)?;
        }
        let title = w.checked_sub(1)?;
        (w < last
            && matches!(self.key(w), "in" | "to" | "at")
            && self.is_lower(w)
            && self.is_lower(title)
            && self.is(title, class::TITLE))
        .then_some(title)
    }

    /// "Former Minister of Power, Bashir Yelwa", "the Minister for International Development
    /// and the Pacific, Hannah Corbett", "the Minister of Power, Works and Housing,
    /// Babatunde Fashola": the words before `end` are a title, "of" and capitalised words (a
    /// list of them, with commas and "and"), so they are a role. Returns the role's first word
    /// (capitalised words before the title, "Former", belong to it).
    fn portfolio_role_before(&self, end: usize) -> Option<usize> {
        let listed = |w: usize| {
            self.is_capitalised(w) && !self.is(w, class::TITLE)
                || self.is_punct(w, ",")
                || matches!(self.key(w), "and" | "the") && self.is_lower(w)
        };
        let mut of = end.checked_sub(1)?;
        if !self.is_capitalised(of) {
            return None;
        }
        while of > 0 && end - of <= 8 && listed(of) {
            of -= 1;
        }
        let title = of.checked_sub(1)?;
        if !matches!(self.key(of), "of" | "for") || !self.is_lower(of) || !self.is(title, class::TITLE) {
            return None;
        }
        let mut start = title;
        while start > 0
            && self.is_capitalised(start - 1)
            && !(self.sentence_initial(start - 1) && self.is(start - 1, class::STARTER))
        {
            start -= 1;
        }
        Some(start)
    }

    /// Whether the capitalised words `lo..hi` belong to the "of ..." of a role whose holder is
    /// named after them: "Power" and "Housing" in "the Minister of Power, Works and Housing,
    /// Babatunde Fashola, said".
    pub(super) fn is_portfolio_before_name(&self, lo: usize, hi: usize) -> bool {
        if self.portfolio_role_before(hi).is_none_or(|start| start >= lo) {
            return false;
        }
        // The list runs on to the first word that is neither capitalised, a comma nor "and";
        // its last item, after a comma, is the name: two capitalised words or more.
        let mut end = hi;
        while end < self.words.len()
            && end - hi < 12
            && (self.is_capitalised(end)
                || self.is_punct(end, ",")
                || self.key(end) == "and" && self.is_lower(end))
        {
            end += 1;
        }
        let last = if end > hi && self.is_punct(end - 1, ",") { end - 1 } else { end };
        let name_start = (hi..last).rev().find(|&w| self.is_punct(w, ",")).map(|c| c + 1);
        name_start.is_some_and(|n| last >= n + 2 && (n..last).all(|w| self.is_capitalised(w)))
    }

    /// ", the deputy chief of ...," after a name: the role, when it holds a title word (not
    /// ", including the director of the mine,": a list's member; nor ", whose director general
    /// …": a clause about someone else).
    pub(super) fn apposition(&self, ctx: &ChunkCtx, after: usize) -> Option<String> {
        if !self.is_punct(after, ",") {
            return None;
        }
        let mut j = after + 1;
        let determiner = self.is_word(j) && DETERMINERS.contains(&self.key(j));
        if determiner {
            j += 1;
        }
        // "Dorpsbelang Oldenwierde, called the State Secretary's visit ...": a verb after the
        // comma goes on the sentence, it opens no apposition.
        let verb = !determiner && self.is_lower(j) && self.is(j, class::VERB);
        if !self.is_word(j)
            || (self.is(j, class::STARTER) && !self.is(j, class::TITLE))
            || NOT_AN_APPOSITION.contains(&self.key(j))
            || verb
        {
            return None;
        }
        let mut titled = false;
        let mut k = j;
        while k < self.words.len() && k - j < 16 {
            // ", the Food and Agriculture Organization (FAO) representative,": a body's
            // acronym in brackets goes on.
            if self.is_punct(k, "(") && self.is_word(k + 1) && self.is_punct(k + 2, ")") {
                k += 3;
                continue;
            }
            if self.words[k].kind == TokenKind::Punct && !ctx.inside[k] && !self.is_punct(k, "-") {
                break;
            }
            // ", a researcher at the college who studies attacks,": the relative clause is
            // about what the person does, not the role.
            if k > j && self.is_lower(k) && matches!(self.key(k), "who" | "whose" | "which" | "that") {
                break;
            }
            if k - j < 8 && self.is(k, class::TITLE) {
                // ", union president Héctor Salinas told ...": the title opens the next name.
                let next = k + 1;
                if self.is_capitalised(next) && !self.is(next, class::TITLE) {
                    return None;
                }
                titled = true;
            }
            k += 1;
        }
        let ends = k == self.words.len()
            || self.words[k].kind == TokenKind::Punct
            || matches!(self.key(k), "who" | "whose" | "which" | "that");
        (titled && ends && k > j)
            .then(|| collapse(&self.raw[self.words[j].start..self.words[k - 1].full_end(self.raw)]))
    }
}

/// Words that open a phrase after a comma that is no apposition to the name before it.
const NOT_AN_APPOSITION: [&str; 12] = [
    "including",
    "such",
    "like",
    "among",
    "especially",
    "notably",
    "whose",
    "who",
    "which",
    "where",
    "and",
    "or",
];
