//! meta (placeholder)
