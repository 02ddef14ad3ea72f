//! The explorer's UI state and its one reducer: what is filtered, which event is open, how far
//! the timeline is zoomed. No DOM code here; the components dispatch [`Action`]s.
//!
//! `reduce` returns the same `Rc` when an action changes nothing, so Yew skips the render.

use std::rc::Rc;

use newsline_extract::query::{Combine, Filters};
use newsline_extract::{DocId, EntityId, EventId, Span};
use yew::Reducible;

use crate::url::View;

/// Everything the user has chosen.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UiState {
    pub filters: Filters,
    /// The event whose detail is open.
    pub selected: Option<EventId>,
    /// Timeline zoom: the axis is `2^zoom` viewports wide.
    pub zoom: u32,
    /// The deepest zoom this corpus allows.
    pub max_zoom: u32,
    /// On narrow screens, whether the filter drawer is open.
    pub drawer_open: bool,
    /// The article open in the reader.
    pub reading: Option<Reading>,
}

/// An article open in the reader, and the sentence (a span of its raw text) to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    pub doc: DocId,
    pub sentence: Option<Span>,
}

/// What the user can do.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    ToggleEntity(EntityId),
    SetSearch(String),
    SetCombine(Combine),
    ClearFilters,
    Select(EventId),
    CloseDetail,
    ZoomIn,
    ZoomOut,
    ToggleDrawer,
    OpenArticle { doc: DocId, sentence: Option<Span> },
    CloseArticle,
    /// Show the view a URL names (start-up, back, forward); zoom and the drawer stay.
    Restore(View),
}

impl UiState {
    /// A fresh state at `zoom`, which may not exceed `max_zoom`.
    pub fn new(zoom: u32, max_zoom: u32) -> Self {
        UiState { zoom: zoom.min(max_zoom), max_zoom, ..Default::default() }
    }

    /// True when any filter narrows the events.
    pub fn is_filtered(&self) -> bool {
        !self.filters.entities.is_empty() || !self.filters.text.trim().is_empty()
    }
}

impl Reducible for UiState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::ToggleEntity(id) => {
                if !next.filters.entities.remove(&id) {
                    next.filters.entities.insert(id);
                }
            }
            Action::SetSearch(text) => next.filters.text = text,
            Action::SetCombine(combine) => next.filters.combine = combine,
            Action::ClearFilters => {
                next.filters.entities.clear();
                next.filters.text.clear();
            }
            Action::Select(id) => next.selected = Some(id),
            Action::CloseDetail => next.selected = None,
            Action::ZoomIn => next.zoom = (next.zoom + 1).min(next.max_zoom),
            Action::ZoomOut => next.zoom = next.zoom.saturating_sub(1),
            Action::ToggleDrawer => next.drawer_open = !next.drawer_open,
            Action::OpenArticle { doc, sentence } => next.reading = Some(Reading { doc, sentence }),
            Action::CloseArticle => next.reading = None,
            Action::Restore(view) => {
                next.filters = view.filters;
                next.selected = view.selected;
            }
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(state: UiState, actions: impl IntoIterator<Item = Action>) -> Rc<UiState> {
        actions.into_iter().fold(Rc::new(state), |s, a| s.reduce(a))
    }

    #[test]
    fn toggling_an_entity_twice_removes_it() {
        let once = run(UiState::default(), [Action::ToggleEntity(EntityId(3))]);
        assert!(once.filters.entities.contains(&EntityId(3)));
        assert!(once.is_filtered());
        let twice = run((*once).clone(), [Action::ToggleEntity(EntityId(3))]);
        assert!(!twice.is_filtered());
    }

    #[test]
    fn clear_filters_keeps_the_selection_and_zoom() {
        let state = run(
            UiState::new(2, 5),
            [Action::ToggleEntity(EntityId(1)), Action::SetSearch("wto".into()), Action::Select(EventId(4))],
        );
        let cleared = run((*state).clone(), [Action::ClearFilters]);
        assert!(!cleared.is_filtered());
        assert_eq!((cleared.selected, cleared.zoom), (Some(EventId(4)), 2));
    }

    #[test]
    fn zoom_stays_between_zero_and_the_corpus_limit() {
        let state = run(UiState::new(9, 3), [Action::ZoomIn, Action::ZoomIn]);
        assert_eq!(state.zoom, 3);
        let state = run((*state).clone(), (0..5).map(|_| Action::ZoomOut));
        assert_eq!(state.zoom, 0);
    }

    #[test]
    fn an_action_that_changes_nothing_returns_the_same_rc() {
        let state = Rc::new(UiState::new(0, 4));
        assert!(Rc::ptr_eq(&state, &state.clone().reduce(Action::ZoomOut)));
        assert!(Rc::ptr_eq(&state, &state.clone().reduce(Action::CloseDetail)));
        assert!(!Rc::ptr_eq(&state, &state.clone().reduce(Action::ZoomIn)));
    }

    #[test]
    fn restoring_a_view_replaces_filters_and_selection_but_keeps_zoom() {
        let state = run(UiState::new(2, 5), [Action::ToggleEntity(EntityId(1)), Action::Select(EventId(4))]);
        let mut view = View::default();
        view.filters.text = "wto".into();
        let restored = run((*state).clone(), [Action::Restore(view.clone())]);
        assert_eq!(
            (restored.filters.clone(), restored.selected, restored.zoom),
            (view.filters.clone(), None, 2)
        );
        assert!(Rc::ptr_eq(&restored, &restored.clone().reduce(Action::Restore(view))));
    }

    #[test]
    fn opening_an_article_keeps_the_event_and_closing_it_returns_to_the_detail() {
        let sentence = Some(Span { start: 10, end: 42 });
        let state = run(
            UiState::default(),
            [Action::Select(EventId(3)), Action::OpenArticle { doc: DocId(1), sentence }],
        );
        assert_eq!(state.reading, Some(Reading { doc: DocId(1), sentence }));
        assert!(Rc::ptr_eq(&state, &state.clone().reduce(Action::OpenArticle { doc: DocId(1), sentence })));
        let closed = run((*state).clone(), [Action::CloseArticle]);
        assert_eq!((closed.reading, closed.selected), (None, Some(EventId(3))));
    }

    #[test]
    fn selecting_and_closing_the_detail() {
        let state = run(UiState::default(), [Action::Select(EventId(2)), Action::Select(EventId(5))]);
        assert_eq!(state.selected, Some(EventId(5)));
        assert_eq!(run((*state).clone(), [Action::CloseDetail]).selected, None);
    }
}
