//! werkboek: a terminal workbook on professional development in Dutch schools.
//!
//! The material (`content/`) is embedded and parsed once at start-up. The user's notes and
//! progress are kept in a private JSON file in their config directory. Input becomes actions,
//! actions update the [`app::App`], and drawing is a pure function of it.

pub mod app;
pub mod cli;
pub mod clock;
pub mod content;
pub mod data;
pub mod format;
pub mod i18n;
pub mod keys;
pub mod present;
pub mod safe;
pub mod search;
pub mod store;
pub mod theme;
pub mod tui;
pub mod ui;
pub mod view;
