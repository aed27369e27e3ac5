//! What the app tells the user: the message in the footer, of a kind that decides its mark
//! (done ✓, plain information, refused or wanting attention !, failed ✗), and the last ones
//! told, with the time they were told, for the `m` screen. A message too long for the footer
//! wraps to a second row there, and is whole on that screen.

use jiff::Timestamp;

use super::{App, Message, MessageKind, Overlay};
use crate::i18n::{self, Msg};
use crate::keys::{self, Cmd};
use crate::view::{self, messages};

/// How many messages are kept for the `m` screen.
pub const KEPT: usize = 20;

/// A message as it was told, and when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Told {
    pub at: Timestamp,
    pub message: Message,
}

impl App {
    /// Shows `text` in the footer and keeps it among the recent messages.
    pub(super) fn tell(&mut self, kind: MessageKind, text: String) {
        let message = Message { kind, text };
        self.told.push_front(Told {
            at: self.now,
            message: message.clone(),
        });
        self.told.truncate(KEPT);
        self.message = Some(message);
    }

    /// The newest message told gives way to one that completes it ("wordt bewaard…" becomes
    /// "bewaard"): the list keeps the outcome, not both.
    pub(super) fn retell(&mut self, kind: MessageKind, text: String) {
        self.told.pop_front();
        self.tell(kind, text);
    }

    /// The last messages told, newest first.
    pub fn told(&self) -> impl Iterator<Item = &Told> {
        self.told.iter()
    }

    /// The rows the footer takes: two while a message needs them, else one.
    pub fn footer_rows(&self) -> u16 {
        match &self.message {
            Some(m) => messages::footer_rows(m.kind, &m.text, usize::from(self.size.width)),
            None => 1,
        }
    }

    /// The message in the footer, laid out `width` columns wide; a message that is cut names
    /// the key that shows all of it, where that key works.
    pub fn footer_message(&self, width: usize) -> Option<Vec<view::Line>> {
        let m = self.message.as_ref()?;
        let ctx = self.ctx();
        let more = keys::active(ctx).any(|b| b.cmd == Cmd::Messages).then(|| {
            format!(
                "{} {}",
                keys::label_for(ctx, Cmd::Messages, self.lang),
                Msg::MessagesWhole.get(self.lang)
            )
        });
        Some(messages::footer(m.kind, &m.text, width, more.as_deref()))
    }

    /// The `m` screen's text, `width` columns wide.
    pub fn messages_doc(&self, width: usize) -> Vec<view::Line> {
        let today = self.today;
        let said: Vec<messages::Said> = self
            .told
            .iter()
            .map(|t| {
                let zoned = t.at.to_zoned(self.zone.clone());
                let when = if zoned.date() == today {
                    zoned.strftime("%H:%M").to_string()
                } else {
                    i18n::date_time(t.at, &self.zone, self.lang)
                };
                messages::Said {
                    when,
                    kind: t.message.kind,
                    text: &t.message.text,
                }
            })
            .collect();
        messages::lines(&said, Msg::MessagesNone.get(self.lang), width)
    }

    /// How far the `m` screen can scroll on this screen, and the height it shows.
    pub(super) fn messages_scroll_room(&self) -> (usize, usize) {
        let area = self.size.into();
        let width = view::layout::inside(view::layout::messages_popup(area, 0)).width;
        let lines = self.messages_doc(usize::from(width)).len();
        let inner = view::layout::inside(view::layout::messages_popup(area, lines));
        let height = usize::from(inner.height);
        (lines.saturating_sub(height), height)
    }

    pub(super) fn open_messages(&mut self) {
        self.overlay = Some(Overlay::Messages(Default::default()));
    }
}
