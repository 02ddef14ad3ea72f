//! Hooks that hold the explorer's side effects, so components and the reducer stay free of them.

pub mod after_paint;
pub mod corpus_loader;
pub mod deferred;
pub mod host;
pub mod url_state;
