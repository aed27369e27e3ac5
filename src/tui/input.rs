//! The thread that reads keys, apart from the loop.

use std::sync::mpsc::Sender;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use ratatui::crossterm::event;

use super::{INPUT_POLL, LoopEvent};

/// Whether the input thread runs, is asked to pause, has paused, or should end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum InputState {
    Run,
    PauseAsked,
    Paused,
    Stop,
}

/// The thread that reads keys. Reading happens apart from the loop, so a terminal that has
/// gone away (crossterm then keeps reading nothing, crossterm-rs/crossterm#793) never holds up
/// saving and quitting. It pauses while the user's own editor has the terminal.
pub(super) struct Input {
    state: Arc<(Mutex<InputState>, Condvar)>,
}

impl Input {
    pub(super) fn spawn(tx: Sender<LoopEvent>) -> Input {
        let state = Arc::new((Mutex::new(InputState::Run), Condvar::new()));
        let shared = Arc::clone(&state);
        let reader_tx = tx.clone();
        let started = std::thread::Builder::new()
            .name("werkboek-input".into())
            .spawn(move || read_input(&shared, &reader_tx));
        if let Err(e) = started {
            // Without a reader the program cannot be used: that is the terminal failing,
            // which saves and ends.
            let _ = tx.send(LoopEvent::InputFailed(e));
        }
        Input { state }
    }

    fn set(&self, to: InputState) {
        let (lock, cv) = &*self.state;
        if let Ok(mut s) = lock.lock() {
            *s = to;
            cv.notify_all();
        }
    }

    /// Stops reading until [`resume`](Self::resume); waits (a moment at most) until the
    /// thread has stopped.
    pub(super) fn pause(&self) {
        let (lock, cv) = &*self.state;
        let Ok(mut s) = lock.lock() else { return };
        *s = InputState::PauseAsked;
        cv.notify_all();
        let deadline = Instant::now() + Duration::from_secs(1);
        while *s == InputState::PauseAsked {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                break;
            }
            match cv.wait_timeout(s, left) {
                Ok((guard, _)) => s = guard,
                Err(_) => return,
            }
        }
    }

    pub(super) fn resume(&self) {
        self.set(InputState::Run);
    }

    pub(super) fn stop(&self) {
        self.set(InputState::Stop);
    }
}

fn read_input(state: &(Mutex<InputState>, Condvar), tx: &Sender<LoopEvent>) {
    let (lock, cv) = state;
    loop {
        {
            let Ok(mut s) = lock.lock() else { return };
            loop {
                match *s {
                    InputState::Run => break,
                    InputState::Stop => return,
                    InputState::PauseAsked => {
                        *s = InputState::Paused;
                        cv.notify_all();
                    }
                    InputState::Paused => match cv.wait(s) {
                        Ok(guard) => s = guard,
                        Err(_) => return,
                    },
                }
            }
        }
        let got = match event::poll(INPUT_POLL) {
            Ok(false) => continue,
            Ok(true) => event::read().map(LoopEvent::Input),
            Err(e) => Err(e),
        };
        let failed = got.is_err();
        let message = got.unwrap_or_else(LoopEvent::InputFailed);
        if tx.send(message).is_err() || failed {
            return;
        }
    }
}
