//! clean (placeholder)
