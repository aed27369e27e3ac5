//! What the screen shows, laid out but not yet painted: a layer below both `app` and `ui`.
//!
//! Documents (an item's text with its anchors, a log entry, the help, the sources, a comparison)
//! are built here as lines of [`Span`]s that carry a [`Role`] (heading, text, dim, chosen...)
//! instead of a colour. `app` measures and moves with them (how far a text scrolls, where the
//! next intervention is); `ui` paints them with the theme and the highlight. The geometry both
//! share (where the list goes, how wide the text is, how tall a popup is) is here too, and so
//! is the one cursor type every list and scrolled pane uses.
//!
//! Nothing here reads a clock, touches a file or knows a colour.

pub mod compare;
pub mod entry;
pub mod glossary;
pub mod grid;
pub mod help;
pub mod item;
pub mod layout;
pub mod list;
pub mod mark;
pub mod measures;
pub mod messages;
pub mod question;
pub mod scroll;
pub mod slides;
pub mod sources;
pub mod tabs;
pub mod text;
pub mod welcome;

/// What a piece of text is, for the painter to choose its look.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    Text,
    /// Text in italics (an example from practice).
    TextItalic,
    /// Less important: places, dates, hints.
    Dim,
    DimItalic,
    /// A heading within a text.
    Heading,
    /// A title or a name.
    Title,
    /// A mark that points at something: a bullet, a link.
    Accent,
    /// A key to press.
    Key,
    /// A good state (studied, saved).
    Info,
    Error,
    /// The reader's own note.
    Note,
    /// Lines of a table.
    Border,
    /// Found by a search: laid over the text's own look (reversed and underlined, so it shows
    /// without colour too).
    Mark,
    /// The entry chosen in a text (a link, a log entry).
    Chosen,
    /// The intervention chosen in a text: what `a` makes an action of.
    Action,
}

/// A piece of text with its role.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    pub role: Role,
}

impl Span {
    pub fn new(text: impl Into<String>, role: Role) -> Span {
        Span {
            text: text.into(),
            role,
        }
    }

    pub fn width(&self) -> usize {
        unicode_width::UnicodeWidthStr::width(self.text.as_str())
    }
}

/// A line of spans.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Line {
    pub spans: Vec<Span>,
}

impl Line {
    pub fn new(spans: Vec<Span>) -> Line {
        Line { spans }
    }

    /// One span, one role.
    pub fn of(text: impl Into<String>, role: Role) -> Line {
        Line {
            spans: vec![Span::new(text, role)],
        }
    }

    pub fn blank() -> Line {
        Line::default()
    }

    pub fn width(&self) -> usize {
        self.spans.iter().map(Span::width).sum()
    }

    /// The text without roles.
    pub fn text(&self) -> String {
        self.spans.iter().map(|s| s.text.as_str()).collect()
    }
}
