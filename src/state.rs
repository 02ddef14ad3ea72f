//! The explorer's UI state and its one reducer: what is filtered, which event is open, what the
//! timeline shows. No DOM code here; the components dispatch [`Action`]s.
//!
//! `reduce` returns the same `Rc` when an action changes nothing, so Yew skips the render.

use std::rc::Rc;

use newsline_extract::query::{Combine, DateRange, Filters};
use newsline_extract::{DocId, EntityId, EventId, Span};
use yew::Reducible;

use crate::url::View;
use crate::viewport::{Limits, Viewport};

/// Everything the user has chosen.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UiState {
    pub filters: Filters,
    /// The event whose detail is open.
    pub selected: Option<EventId>,
    /// What the timeline shows, always within `limits`.
    pub viewport: Viewport,
    /// Where the timeline opens (framing most events); a URL names the viewport only when it
    /// differs from this.
    pub home: Viewport,
    pub limits: Limits,
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
    SetRange(Option<DateRange>),
    ZoomIn,
    ZoomOut,
    /// Show another window of the timeline (wheel, drag, pinch, keys, a cluster, fit).
    SetViewport(Viewport),
    ToggleDrawer,
    OpenArticle {
        doc: DocId,
        sentence: Option<Span>,
    },
    CloseArticle,
    /// Show the view a URL names (start-up, back, forward); the drawer stays.
    Restore(View),
}

impl UiState {
    /// A fresh state showing `home`, kept within `limits`.
    pub fn new(home: Viewport, limits: Limits) -> Self {
        let home = limits.clamp(home);
        UiState { viewport: home, home, limits, ..Default::default() }
    }

    /// True when any filter narrows the events.
    pub fn is_filtered(&self) -> bool {
        !self.filters.entities.is_empty()
            || !self.filters.text.trim().is_empty()
            || self.filters.range.is_some()
    }

    /// Shows what `view` names; the viewport falls back to home where the view is silent.
    pub fn restore(&mut self, view: View) {
        self.filters = view.filters;
        self.selected = view.selected;
        self.reading = view.reading;
        self.viewport = self.limits.clamp(Viewport {
            zoom: view.zoom.unwrap_or(self.home.zoom),
            centre: view.at.unwrap_or(self.home.centre),
        });
    }

    /// The view a URL should name for this state.
    pub fn view(&self) -> View {
        View {
            filters: self.filters.clone(),
            selected: self.selected,
            zoom: (self.viewport.zoom != self.home.zoom).then_some(self.viewport.zoom),
            at: (self.viewport.centre != self.home.centre).then_some(self.viewport.centre),
            reading: self.reading,
        }
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
            Action::SetRange(range) => next.filters.range = range,
            Action::ClearFilters => {
                next.filters.entities.clear();
                next.filters.text.clear();
                next.filters.range = None;
            }
            Action::Select(id) => next.selected = Some(id),
            Action::CloseDetail => next.selected = None,
            Action::ZoomIn => next.viewport = next.limits.zoom_around(next.viewport, 1.0, 0.5),
            Action::ZoomOut => next.viewport = next.limits.zoom_around(next.viewport, -1.0, 0.5),
            Action::SetViewport(viewport) => next.viewport = next.limits.clamp(viewport),
            Action::ToggleDrawer => next.drawer_open = !next.drawer_open,
            Action::OpenArticle { doc, sentence } => next.reading = Some(Reading { doc, sentence }),
            Action::CloseArticle => next.reading = None,
            Action::Restore(view) => next.restore(view),
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
    use crate::axis::Domain;

    /// A timeline of 1024 days that zooms to 5 levels, opening at level 2.
    fn state() -> UiState {
        UiState::new(
            Viewport { zoom: 2.0, centre: 500.0 },
            Limits { domain: Domain { start: 0.0, days: 1024.0 }, max_zoom: 5.0 },
        )
    }

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
            state(),
            [
                Action::ToggleEntity(EntityId(1)),
                Action::SetSearch("wto".into()),
                Action::SetRange(Some(range())),
                Action::Select(EventId(4)),
                Action::ZoomIn,
            ],
        );
        let cleared = run((*state).clone(), [Action::ClearFilters]);
        assert!(!cleared.is_filtered());
        assert_eq!((cleared.selected, cleared.viewport.zoom), (Some(EventId(4)), 3.0));
    }

    fn range() -> DateRange {
        DateRange::new("2019-07-01".parse().unwrap(), "2019-12-31".parse().unwrap())
    }

    #[test]
    fn zoom_stays_between_zero_and_the_corpus_limit() {
        let zoomed = run(state(), (0..5).map(|_| Action::ZoomIn));
        assert_eq!(zoomed.viewport.zoom, 5.0);
        let zoomed = run((*zoomed).clone(), (0..9).map(|_| Action::ZoomOut));
        assert_eq!(zoomed.viewport, Viewport { zoom: 0.0, centre: 512.0 });
        let far = run(state(), [Action::SetViewport(Viewport { zoom: 40.0, centre: -7.0 })]);
        assert_eq!(far.viewport, Viewport { zoom: 5.0, centre: 16.0 }, "the window stays in the domain");
    }

    #[test]
    fn an_action_that_changes_nothing_returns_the_same_rc() {
        let at_zero = run(state(), (0..3).map(|_| Action::ZoomOut));
        assert!(Rc::ptr_eq(&at_zero, &at_zero.clone().reduce(Action::ZoomOut)));
        assert!(Rc::ptr_eq(&at_zero, &at_zero.clone().reduce(Action::CloseDetail)));
        assert!(Rc::ptr_eq(&at_zero, &at_zero.clone().reduce(Action::SetRange(None))));
        assert!(!Rc::ptr_eq(&at_zero, &at_zero.clone().reduce(Action::ZoomIn)));
    }

    #[test]
    fn a_range_filters_and_is_part_of_the_view() {
        let ranged = run(state(), [Action::SetRange(Some(range()))]);
        assert!(ranged.is_filtered());
        assert_eq!(ranged.view().filters.range, Some(range()));
        assert!(!run((*ranged).clone(), [Action::SetRange(None)]).is_filtered());
    }

    #[test]
    fn the_view_names_the_viewport_only_once_it_leaves_home() {
        let home = state();
        assert_eq!((home.view().zoom, home.view().at), (None, None));
        let moved = run(home, [Action::ZoomIn]);
        assert_eq!((moved.view().zoom, moved.view().at), (Some(3.0), None));
    }

    #[test]
    fn restoring_a_view_replaces_filters_selection_and_viewport() {
        let state = run(
            state(),
            [Action::ToggleEntity(EntityId(1)), Action::Select(EventId(4)), Action::ZoomIn, Action::ZoomIn],
        );
        let mut view = View::default();
        view.filters.text = "wto".into();
        view.filters.range = Some(range());
        view.at = Some(300.0);
        let restored = run((*state).clone(), [Action::Restore(view.clone())]);
        assert_eq!(
            (restored.filters.clone(), restored.selected, restored.viewport),
            (view.filters.clone(), None, Viewport { zoom: 2.0, centre: 300.0 })
        );
        assert_eq!(restored.view(), view);
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
