//! werkboek: a terminal workbook on professional development in Dutch schools.
//!
//! The material (`content/`) is embedded and parsed once at start-up. The user's notes and
//! progress are kept in private JSON files in their config directory. A key becomes an
//! [`app::Action`] through the one table in [`keys`]; [`app::App::update`] changes the state
//! and returns [`app::Effect`]s (save, open the editor, search the log, quit) that [`tui`]
//! carries out; drawing ([`ui`]) is a pure function of the state.
//!
//! The layers, each using only those below it: [`tui`] and [`cli`] (the terminal and the shell)
//! on top; [`app`] (state and update) and [`ui`] (drawing, which reads the app's state); [`view`]
//! (geometry, wrapping and documents as lines with roles, shared by both so that `app` can
//! measure what `ui` will draw); [`present`], [`format`](mod@format) (JSON and Markdown out), [`search`]
//! and [`store`] (the files); then [`data`] (the user's data and its rules), [`content`],
//! [`i18n`], [`keys`], [`safe`] and [`theme`]. `tests/architecture.rs` checks this.
//!
//! Where new work goes:
//! - **A new pane**: its state as a part in `src/app/` (a struct with private fields, a
//!   `handle` for its commands and accessors), what it shows as a document of lines with
//!   roles in `src/view/`, and the painting of that document in `src/ui/`.
//! - **A new command**: a variant of [`keys::Cmd`] with its `Msg` description in [`i18n`], one
//!   row per key and context in the table in `src/keys.rs`, and its handling in the `handle`
//!   of the part of `src/app/` it belongs to (the tests press every bound key in every place).
//! - **A new export format**: a writer in `src/format/` over [`data`] and [`content`], called
//!   from [`cli`] and, when the app starts it, through an [`app::Effect`] carried out in `tui`.
//! - **A new stored field**: a field in the structs of [`data`] with `#[serde(default)]`; when
//!   old files would read differently, raise the schema and add a step to the migrations in
//!   `src/store/load.rs`, with the old format as a fixture in `tests/fixtures/`.

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
