//! events (placeholder)
