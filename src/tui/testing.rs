//! Driving the app in tests as the terminal loop does: every effect is carried out at once, on
//! an in-memory store, and the answers go back into the app. What a test wants to see of the
//! effects (an editor asked for, a rescue file removed) is kept in `effects`.

use std::ops::Deref;

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

use super::carry_out_stored;
use crate::app::{Action, App, Effect, Setup};
use crate::content::Content;
use crate::store::{MemStore, Store, StoreError};

/// An app on an in-memory store, its effects carried out as they come.
pub struct Harness {
    pub app: App,
    pub store: MemStore,
    /// Every effect the app asked for, in order (saves included).
    pub effects: Vec<Effect>,
    /// Searches of the log are answered at once unless this is set (a test of waiting).
    pub hold_searches: bool,
    /// Searches held back.
    pub held: Vec<crate::search::LogSearch>,
    /// The app asked to end.
    pub quit: bool,
    /// How the last wait for the disk went (quitting).
    pub flushed: Option<Result<(), StoreError>>,
}

impl Deref for Harness {
    type Target = App;

    fn deref(&self) -> &App {
        &self.app
    }
}

impl Harness {
    pub fn new(content: &'static Content, setup: Setup) -> Harness {
        Harness::on(content, setup, MemStore::new())
    }

    /// On a store the test keeps a handle to (it is shared).
    pub fn on(content: &'static Content, setup: Setup, store: MemStore) -> Harness {
        let mut h = Harness {
            app: App::new(content, setup),
            store,
            effects: Vec::new(),
            hold_searches: false,
            held: Vec::new(),
            quit: false,
            flushed: None,
        };
        h.carry_out();
        h
    }

    pub fn update(&mut self, action: Action) {
        self.app.update(action);
        self.carry_out();
    }

    /// Carries out what the app asked for, as the terminal loop would, until it asks nothing
    /// more.
    pub fn carry_out(&mut self) {
        loop {
            let effects = self.app.take_effects();
            if effects.is_empty() {
                break;
            }
            for e in effects {
                self.effects.push(e.clone());
                let Some(e) = carry_out_stored(&mut self.app, &mut self.store, e) else {
                    continue;
                };
                match e {
                    Effect::SearchLog(search) if self.hold_searches => self.held.push(search),
                    Effect::SearchLog(search) => {
                        let hits = search.run();
                        self.app.update(Action::LogHits {
                            generation: search.generation,
                            hits,
                        });
                    }
                    Effect::Quit => {
                        self.flushed = Some(self.store.flush());
                        self.quit = true;
                    }
                    // Editors are not run: a test answers with `Action::ExternalDone`.
                    _ => {}
                }
            }
            let events = self.store.events();
            if !events.is_empty() {
                self.app.update(Action::Stored(events));
            }
        }
    }

    /// Answers the searches held back.
    pub fn answer_searches(&mut self) {
        for search in std::mem::take(&mut self.held) {
            let hits = search.run();
            self.update(Action::LogHits {
                generation: search.generation,
                hits,
            });
        }
    }

    /// The effects asked for since the last call, saves left out (so are the removals of
    /// emergency copies a test did not make: they are asked for, and seen here).
    pub fn take_requests(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
            .into_iter()
            .filter(|e| !matches!(e, Effect::SaveWorkbook { .. } | Effect::SaveLog { .. }))
            .collect()
    }

    pub fn key(&mut self, code: KeyCode) {
        self.key_mod(code, KeyModifiers::NONE);
    }

    pub fn key_mod(&mut self, code: KeyCode, modifiers: KeyModifiers) {
        let ev = Event::Key(KeyEvent::new(code, modifiers));
        if let Some(a) = self.app.action_for(&ev) {
            self.update(a);
        }
    }

    /// Types text, a key per character (`\n` is Enter).
    pub fn typed(&mut self, text: &str) {
        for c in text.chars() {
            match c {
                '\n' => self.key(KeyCode::Enter),
                c => self.key(KeyCode::Char(c)),
            }
        }
    }
}
