//! The explorer's components, one per file. [`explorer::Explorer`] owns the reducer and hands
//! its children data and `Callback`s; only it sees [`crate::state::Action`].

pub mod active_filters;
pub mod annotated_text;
pub mod app;
pub mod article_reader;
pub mod event_detail;
pub mod event_list;
pub mod explorer;
pub mod facet_group;
pub mod facets;
pub mod header;
pub mod highlighted;
pub mod loader;
pub mod notice;
pub mod overview;
pub mod search_box;
pub mod source_item;
pub mod timeline;
