//! Colours and emphasis. With `NO_COLOR` set, only bold, reverse, underline and italics remain,
//! and nothing in the app depends on colour to be understood: state always has a symbol or word.

use ratatui::style::{Color, Modifier, Style};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Theme {
    pub text: Style,
    pub dim: Style,
    pub heading: Style,
    pub title: Style,
    pub accent: Style,
    pub selected: Style,
    pub selected_unfocused: Style,
    pub border: Style,
    pub border_focus: Style,
    pub tab: Style,
    pub tab_active: Style,
    pub key: Style,
    pub info: Style,
    pub error: Style,
    pub note: Style,
    /// Text a search found, laid over the text's own look.
    pub mark: Style,
    /// The intervention chosen to become an action.
    pub action: Style,
    /// Colour may be used (no `NO_COLOR`).
    pub colour: bool,
}

impl Theme {
    pub fn color() -> Theme {
        let plain = Style::new();
        Theme {
            text: plain,
            dim: plain.fg(Color::DarkGray),
            heading: plain.add_modifier(Modifier::BOLD).fg(Color::Cyan),
            title: plain.add_modifier(Modifier::BOLD),
            accent: plain.fg(Color::Cyan),
            selected: plain
                .bg(Color::Cyan)
                .fg(Color::Black)
                .add_modifier(Modifier::BOLD),
            selected_unfocused: plain.add_modifier(Modifier::REVERSED),
            border: plain.fg(Color::DarkGray),
            border_focus: plain.fg(Color::Cyan),
            tab: plain,
            tab_active: plain
                .bg(Color::Cyan)
                .fg(Color::Black)
                .add_modifier(Modifier::BOLD),
            key: plain.fg(Color::Cyan).add_modifier(Modifier::BOLD),
            info: plain.fg(Color::Green),
            error: plain.fg(Color::Red).add_modifier(Modifier::BOLD),
            note: plain.fg(Color::Yellow),
            mark: plain
                .bg(Color::Yellow)
                .fg(Color::Black)
                .add_modifier(Modifier::UNDERLINED),
            action: plain
                .bg(Color::Green)
                .fg(Color::Black)
                .add_modifier(Modifier::BOLD),
            colour: true,
        }
    }

    /// For `NO_COLOR` and monochrome screens.
    pub fn mono() -> Theme {
        let plain = Style::new();
        let bold = plain.add_modifier(Modifier::BOLD);
        Theme {
            text: plain,
            dim: plain,
            heading: bold.add_modifier(Modifier::UNDERLINED),
            title: bold,
            accent: plain,
            selected: plain.add_modifier(Modifier::REVERSED | Modifier::BOLD),
            selected_unfocused: plain.add_modifier(Modifier::REVERSED),
            border: plain,
            border_focus: bold,
            tab: plain,
            tab_active: plain.add_modifier(Modifier::REVERSED | Modifier::BOLD),
            key: bold,
            info: plain,
            error: bold,
            note: plain.add_modifier(Modifier::ITALIC),
            mark: plain.add_modifier(Modifier::REVERSED | Modifier::UNDERLINED),
            action: plain.add_modifier(Modifier::REVERSED | Modifier::BOLD | Modifier::UNDERLINED),
            colour: false,
        }
    }

    /// `NO_COLOR` set to anything non-empty turns colour off (no-color.org).
    pub fn from_env(no_color: Option<String>) -> Theme {
        match no_color {
            Some(v) if !v.is_empty() => Theme::mono(),
            _ => Theme::color(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_means_no_colours_at_all() {
        let t = Theme::from_env(Some("1".into()));
        let styles = [
            t.text,
            t.dim,
            t.heading,
            t.title,
            t.accent,
            t.selected,
            t.selected_unfocused,
            t.border,
            t.border_focus,
            t.tab,
            t.tab_active,
            t.key,
            t.info,
            t.error,
            t.note,
            t.mark,
            t.action,
        ];
        for s in styles {
            assert_eq!(s.fg, None, "{s:?}");
            assert_eq!(s.bg, None, "{s:?}");
        }
        assert_eq!(Theme::from_env(Some(String::new())), Theme::color());
        assert_eq!(Theme::from_env(None), Theme::color());
    }
}
