//! A value shown one frame late: the explorer draws a new query result in the list, the counts
//! and the facets within the click's frame, and on the timeline after that frame is painted,
//! so the first response to a click is not held up by the axis (a few hundred markers to
//! re-cluster and patch at 100,000 events).
//!
//! Approach: the first value is shown at once; a later one (told apart by `key`, as comparing
//! two results of 100,000 ids would cost more than it saves) is shown after the next paint
//! ([`AfterPaint`]), and a newer one within that frame replaces it.
//!
//! Limits: for one frame the timeline shows the previous result beside the new list.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::after_paint::AfterPaint;

/// `value`, or until the next paint the value it had before `key` last changed.
#[hook]
pub fn use_after_paint<T: Clone + 'static>(value: T, key: usize) -> T {
    let shown = use_state(|| (key, value.clone()));
    let pending: Rc<RefCell<Option<AfterPaint>>> = use_mut_ref(|| None);
    {
        let shown = shown.clone();
        use_effect_with(key, move |&key| {
            if shown.0 != key {
                let later = shown.setter();
                *pending.borrow_mut() = AfterPaint::schedule(move || later.set((key, value)));
            }
            move || drop(pending.borrow_mut().take())
        });
    }
    shown.1.clone()
}
