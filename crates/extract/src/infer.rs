//! infer (placeholder)
pub(crate) fn infer_missing_publication_dates(_d: &mut [crate::pipeline::Analysed]) {}
