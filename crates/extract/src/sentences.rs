//! sentences (placeholder)
