//! Per-article stages glued together (placeholder).
use crate::*;
pub(crate) struct Analysed { pub doc: Document }
pub(crate) fn analyse(id: DocId, a: &Article) -> Analysed {
    Analysed { doc: Document { id, file: a.file.clone(), ..Default::default() } }
}
pub(crate) fn resolve_dates(_d: &mut Analysed) {}
pub(crate) fn assemble(a: Vec<Analysed>) -> Corpus { Corpus { documents: a.into_iter().map(|a| a.doc).collect(), ..Default::default() } }
