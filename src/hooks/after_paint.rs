//! Work put off until the browser has painted the next frame: an animation frame, then a 0 ms
//! timeout (a frame's callbacks run before its paint, the timeout after it). Dropping the
//! handle cancels the work if it has not run.
//!
//! Limits: a page in a background tab gets no frames, so the work waits until it is shown.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

type Work = Rc<RefCell<Option<Box<dyn FnOnce()>>>>;

/// Work waiting for the next paint.
pub struct AfterPaint {
    frame: i32,
    _on_frame: Closure<dyn FnMut()>,
    then: Rc<RefCell<Option<Timeout>>>,
}

impl AfterPaint {
    /// Schedules `work` after the next paint; where no animation frame can be asked for, runs
    /// it at once and returns `None`.
    pub fn schedule(work: impl FnOnce() + 'static) -> Option<AfterPaint> {
        let work: Work = Rc::new(RefCell::new(Some(Box::new(work))));
        let then = Rc::new(RefCell::new(None));
        let on_frame = {
            let (work, then) = (work.clone(), then.clone());
            Closure::<dyn FnMut()>::new(move || {
                if let Some(work) = work.borrow_mut().take() {
                    *then.borrow_mut() = Some(Timeout::new(0, work));
                }
            })
        };
        let frame = web_sys::window()
            .and_then(|window| window.request_animation_frame(on_frame.as_ref().unchecked_ref()).ok());
        match frame {
            Some(frame) => Some(AfterPaint { frame, _on_frame: on_frame, then }),
            None => {
                let now = work.borrow_mut().take();
                if let Some(work) = now {
                    work();
                }
                None
            }
        }
    }
}

impl Drop for AfterPaint {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            let _ = window.cancel_animation_frame(self.frame);
        }
        self.then.borrow_mut().take();
    }
}
