//! Newsline's web app: a Yew explorer over a corpus of news articles embedded at build time.
//!
//! The pure parts are natively tested: [`axis`] (timeline geometry), [`markers`] (what the
//! timeline draws and which marker a pointer is on), [`format`] (date labels),
//! [`state`] (the one reducer), [`url`] (the view in the query string), [`highlight`] (search
//! matches to mark) and [`reader`] (an article cut into highlighted segments). Filtering,
//! search and counting come from the core's [`newsline_extract::query`]; [`components`] only
//! render what those return. The corpus is parsed once ([`corpus`]) and shared by pointer
//! through a context.

pub mod api;
pub mod axis;
pub mod cluster;
pub mod components;
pub mod corpus;
pub mod format;
pub mod highlight;
pub mod hooks;
pub mod marker_canvas;
pub mod markers;
pub mod options;
pub mod reader;
pub mod state;
pub mod url;
pub mod viewport;
