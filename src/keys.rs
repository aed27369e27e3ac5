//! The one keymap table. Key handling, the footer and the `?` help screen all read [`BINDINGS`],
//! so the help can never drift from what the keys really do.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::i18n::{Lang, Msg};

/// Where the user is, as far as keys are concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ctx {
    /// Not a place of its own: bindings shared by every tab (sections, measures).
    Tabs,
    /// Reading: the section bar, the list and the text.
    Study,
    /// The measures tab: snapshots and how the ratings changed.
    Measures,
    /// The log tab: entries, filters, actions.
    Log,
    /// The log entry form, in its multi-line text field.
    Form,
    /// The log entry form, in a one-line field (Enter moves on).
    FormLine,
    /// The log entry form, on the action status (Space and arrows choose).
    FormChoice,
    /// The filter form of the log.
    Filter,
    /// A yes/no question.
    Confirm,
    /// Searching the material, the notes and the log.
    Search,
    /// Presenting slides to a room.
    Present,
    /// The question at the start of a presentation: go on where the last one stopped?
    Resume,
    /// Writing a note.
    Editor,
    /// A screen over the rest: help or sources.
    Overlay,
    /// The dialog about a data file that cannot be read.
    Problem,
    /// The question about an emergency copy of an earlier session.
    Rescue,
    /// Reading: the text pane of the study view has the focus.
    Text,
    /// The welcome of the first start.
    Welcome,
    // [issue 10 · main] entries of this part go above this line
    //
    // [issue 10 · words] entries of this part go above this line
    //
    /// The log entry form, in the field Onderdelen: typing searches the titles, the arrows
    /// and Enter choose.
    FormPicker,
    // [issue 10 · log] entries of this part go above this line
    //
    /// Naming a snapshot: a line of text.
    Label,
    // [issue 10 · measures] entries of this part go above this line
    //
    // [issue 10 · search] entries of this part go above this line
    //
    // [issue 11] entries of this part go above this line
    //
    /// Naming a self-scan before it is exported.
    ScanName,
    // [issue 12] entries of this part go above this line
    //
    /// The text of a log entry, which has the focus: the arrows read on and choose its links.
    LogText,
    // [issue 13] entries of this part go above this line
    //
}

impl Ctx {
    pub fn heading(self) -> Msg {
        match self {
            Ctx::Tabs => Msg::HelpEverywhere,
            Ctx::Study => Msg::HelpList,
            Ctx::Measures => Msg::HelpMeasures,
            Ctx::Log => Msg::HelpLog,
            Ctx::Form => Msg::HelpForm,
            Ctx::FormLine => Msg::HelpFormLine,
            Ctx::FormChoice => Msg::HelpFormChoice,
            Ctx::Filter => Msg::HelpFilter,
            Ctx::Confirm => Msg::HelpConfirm,
            Ctx::Search => Msg::HelpSearch,
            Ctx::Present => Msg::HelpPresent,
            Ctx::Resume => Msg::HelpResume,
            Ctx::Editor => Msg::HelpEditor,
            Ctx::Overlay => Msg::HelpOverlay,
            Ctx::Problem => Msg::HelpDialog,
            Ctx::Rescue => Msg::HelpRescue,
            Ctx::Text => Msg::HelpText,
            Ctx::Welcome => Msg::HelpWelcome,
            // [issue 10 · main] entries of this part go above this line
            //
            // [issue 10 · words] entries of this part go above this line
            //
            FormPicker => Msg::HelpFormPicker,
            // [issue 10 · log] entries of this part go above this line
            //
            Ctx::Label => Msg::HelpLabel,
            // [issue 10 · measures] entries of this part go above this line
            //
            // [issue 10 · search] entries of this part go above this line
            //
            // [issue 11] entries of this part go above this line
            //
            Ctx::ScanName => Msg::HelpScanName,
            // [issue 12] entries of this part go above this line
            //
            Ctx::LogText => Msg::HelpLogText,
            // [issue 13] entries of this part go above this line
            //
        }
    }
}

/// A key as the table names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    Char(char),
    Ctrl(char),
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Home,
    End,
    Enter,
    Esc,
    Backspace,
    Tab,
    BackTab,
    /// Any of 1-9 and 0.
    Digit,
}

impl Key {
    /// A press of this key, as the terminal reports it (a digit key as 5).
    pub fn event(self) -> KeyEvent {
        let (code, modifiers) = match self {
            Key::Char(c) if c.is_ascii_uppercase() => (KeyCode::Char(c), KeyModifiers::SHIFT),
            Key::Char(c) => (KeyCode::Char(c), KeyModifiers::NONE),
            Key::Ctrl(c) => (KeyCode::Char(c), KeyModifiers::CONTROL),
            Key::Digit => (KeyCode::Char('5'), KeyModifiers::NONE),
            Key::Up => (KeyCode::Up, KeyModifiers::NONE),
            Key::Down => (KeyCode::Down, KeyModifiers::NONE),
            Key::Left => (KeyCode::Left, KeyModifiers::NONE),
            Key::Right => (KeyCode::Right, KeyModifiers::NONE),
            Key::PageUp => (KeyCode::PageUp, KeyModifiers::NONE),
            Key::PageDown => (KeyCode::PageDown, KeyModifiers::NONE),
            Key::Home => (KeyCode::Home, KeyModifiers::NONE),
            Key::End => (KeyCode::End, KeyModifiers::NONE),
            Key::Enter => (KeyCode::Enter, KeyModifiers::NONE),
            Key::Esc => (KeyCode::Esc, KeyModifiers::NONE),
            Key::Backspace => (KeyCode::Backspace, KeyModifiers::NONE),
            Key::Tab => (KeyCode::Tab, KeyModifiers::NONE),
            Key::BackTab => (KeyCode::BackTab, KeyModifiers::SHIFT),
        };
        KeyEvent::new(code, modifiers)
    }

    fn matches(self, ev: &KeyEvent) -> bool {
        let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
        let alt = ev.modifiers.contains(KeyModifiers::ALT);
        match self {
            Key::Char(c) => ev.code == KeyCode::Char(c) && !ctrl && !alt,
            Key::Ctrl(c) => ev.code == KeyCode::Char(c) && ctrl,
            Key::Digit => matches!(ev.code, KeyCode::Char('0'..='9')) && !ctrl && !alt,
            Key::Up => ev.code == KeyCode::Up,
            Key::Down => ev.code == KeyCode::Down,
            Key::Left => ev.code == KeyCode::Left,
            Key::Right => ev.code == KeyCode::Right,
            Key::PageUp => ev.code == KeyCode::PageUp,
            Key::PageDown => ev.code == KeyCode::PageDown,
            Key::Home => ev.code == KeyCode::Home,
            Key::End => ev.code == KeyCode::End,
            Key::Enter => ev.code == KeyCode::Enter,
            Key::Esc => ev.code == KeyCode::Esc,
            Key::Backspace => ev.code == KeyCode::Backspace,
            Key::Tab => ev.code == KeyCode::Tab && !ev.modifiers.contains(KeyModifiers::SHIFT),
            Key::BackTab => {
                ev.code == KeyCode::BackTab
                    || (ev.code == KeyCode::Tab && ev.modifiers.contains(KeyModifiers::SHIFT))
            }
        }
    }

    pub fn label(self, lang: Lang) -> String {
        match self {
            Key::Char(' ') => match lang {
                Lang::Nl => "spatie".into(),
                Lang::En => "Space".into(),
            },
            Key::Char(c) => c.to_string(),
            Key::Ctrl(c) => format!("Ctrl-{}", c.to_ascii_uppercase()),
            Key::Up => "↑".into(),
            Key::Down => "↓".into(),
            Key::Left => "←".into(),
            Key::Right => "→".into(),
            Key::PageUp => "PgUp".into(),
            Key::PageDown => "PgDn".into(),
            Key::Home => "Home".into(),
            Key::End => "End".into(),
            Key::Enter => "Enter".into(),
            Key::Esc => "Esc".into(),
            Key::Backspace => "Backspace".into(),
            Key::Tab => "Tab".into(),
            Key::BackTab => "Shift-Tab".into(),
            Key::Digit => "1-9 0".into(),
        }
    }
}

/// What a key asks for. Commands carry no data; the app turns them into actions. The list of
/// every command (`Cmd::VARIANTS`) is derived, so a new one cannot be left out of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, strum::VariantArray)]
pub enum Cmd {
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    NextSection,
    PrevSection,
    JumpSection,
    Open,
    FocusList,
    FocusDetail,
    Back,
    FollowLink,
    EditNote,
    ToggleStudied,
    Help,
    Sources,
    Language,
    Quit,
    ForceQuit,
    SaveClose,
    Close,
    Fresh,
    RateUp,
    RateDown,
    GoalUp,
    GoalDown,
    Snapshot,
    AddAction,
    NewEntry,
    Search,
    ExportPortfolio,
    EditEntry,
    DeleteEntry,
    Undo,
    CycleStatus,
    ToggleOpen,
    Filter,
    ClearFilter,
    NextField,
    PrevField,
    External,
    Yes,
    No,
    Apply,
    Present,
    PresentPart,
    Next,
    Prev,
    Digit,
    Jump,
    DeleteDigit,
    Blank,
    ToggleClock,
    ToggleFooter,
    Leave,
    Restore,
    Discard,
    Later,
    // [issue 10 · main] entries of this part go above this line
    //
    Messages,
    // [issue 10 · words] entries of this part go above this line
    //
    PickPart,
    RemovePart,
    DiscardEntry,
    // [issue 10 · log] entries of this part go above this line
    //
    LabelSnapshot,
    DeleteSnapshot,
    // [issue 10 · measures] entries of this part go above this line
    //
    // [issue 10 · search] entries of this part go above this line
    //
    Glossary,
    // [issue 11] entries of this part go above this line
    //
    Overview,
    Countdown,
    HideNames,
    AddToPlan,
    ExportScan,
    // [issue 12] entries of this part go above this line
    //
    // [issue 13] entries of this part go above this line
    //
}

impl Cmd {
    pub fn describe(self) -> Msg {
        match self {
            Cmd::Up => Msg::CmdUp,
            Cmd::Down => Msg::CmdDown,
            Cmd::PageUp => Msg::CmdPageUp,
            Cmd::PageDown => Msg::CmdPageDown,
            Cmd::Top => Msg::CmdTop,
            Cmd::Bottom => Msg::CmdBottom,
            Cmd::NextSection => Msg::CmdNextSection,
            Cmd::PrevSection => Msg::CmdPrevSection,
            Cmd::JumpSection => Msg::CmdJumpSection,
            Cmd::Open => Msg::CmdOpen,
            Cmd::FocusList => Msg::CmdFocusList,
            Cmd::FocusDetail => Msg::CmdFocusDetail,
            Cmd::Back => Msg::CmdBack,
            Cmd::FollowLink => Msg::CmdFollowLink,
            Cmd::EditNote => Msg::CmdEditNote,
            Cmd::ToggleStudied => Msg::CmdToggleStudied,
            Cmd::Help => Msg::CmdHelp,
            Cmd::Sources => Msg::CmdSources,
            Cmd::Language => Msg::CmdLanguage,
            Cmd::Quit => Msg::CmdQuit,
            Cmd::ForceQuit => Msg::CmdForceQuit,
            Cmd::SaveClose => Msg::CmdSaveClose,
            Cmd::Close => Msg::CmdClose,
            Cmd::Fresh => Msg::CmdFresh,
            Cmd::RateUp => Msg::CmdRateUp,
            Cmd::RateDown => Msg::CmdRateDown,
            Cmd::GoalUp => Msg::CmdGoalUp,
            Cmd::GoalDown => Msg::CmdGoalDown,
            Cmd::Snapshot => Msg::CmdSnapshot,
            Cmd::AddAction => Msg::CmdAddAction,
            Cmd::NewEntry => Msg::CmdNewEntry,
            Cmd::Search => Msg::CmdSearch,
            Cmd::ExportPortfolio => Msg::CmdExport,
            Cmd::EditEntry => Msg::CmdEditEntry,
            Cmd::DeleteEntry => Msg::CmdDeleteEntry,
            Cmd::Undo => Msg::CmdUndo,
            Cmd::CycleStatus => Msg::CmdCycleStatus,
            Cmd::ToggleOpen => Msg::CmdToggleOpen,
            Cmd::Filter => Msg::CmdFilter,
            Cmd::ClearFilter => Msg::CmdClearFilter,
            Cmd::NextField => Msg::CmdNextField,
            Cmd::PrevField => Msg::CmdPrevField,
            Cmd::External => Msg::CmdExternal,
            Cmd::Yes => Msg::CmdYes,
            Cmd::No => Msg::CmdNo,
            Cmd::Apply => Msg::CmdApply,
            Cmd::Present => Msg::CmdPresent,
            Cmd::PresentPart => Msg::CmdPresentPart,
            Cmd::Next => Msg::CmdNext,
            Cmd::Prev => Msg::CmdPrev,
            Cmd::Digit => Msg::CmdDigit,
            Cmd::Jump => Msg::CmdJump,
            Cmd::DeleteDigit => Msg::CmdDeleteDigit,
            Cmd::Blank => Msg::CmdBlank,
            Cmd::ToggleClock => Msg::CmdToggleClock,
            Cmd::ToggleFooter => Msg::CmdToggleFooter,
            Cmd::Leave => Msg::CmdLeave,
            Cmd::Restore => Msg::CmdRestore,
            Cmd::Discard => Msg::CmdDiscard,
            Cmd::Later => Msg::CmdLater,
            // [issue 10 · main] entries of this part go above this line
            //
            Cmd::Messages => Msg::CmdMessages,
            // [issue 10 · words] entries of this part go above this line
            //
            Cmd::PickPart => Msg::CmdPickPart,
            Cmd::RemovePart => Msg::CmdRemovePart,
            Cmd::DiscardEntry => Msg::CmdDiscardEntry,
            // [issue 10 · log] entries of this part go above this line
            //
            Cmd::LabelSnapshot => Msg::CmdLabelSnapshot,
            Cmd::DeleteSnapshot => Msg::CmdDeleteSnapshot,
            // [issue 10 · measures] entries of this part go above this line
            //
            // [issue 10 · search] entries of this part go above this line
            //
            Cmd::Glossary => Msg::CmdGlossary,
            // [issue 11] entries of this part go above this line
            //
            Cmd::Overview => Msg::CmdOverview,
            Cmd::Countdown => Msg::CmdCountdown,
            Cmd::HideNames => Msg::CmdHideNames,
            Cmd::AddToPlan => Msg::CmdAddToPlan,
            Cmd::ExportScan => Msg::CmdExportScan,
            // [issue 12] entries of this part go above this line
            //
            // [issue 13] entries of this part go above this line
            //
        }
    }
}

pub struct Binding {
    pub ctx: Ctx,
    pub keys: &'static [Key],
    pub cmd: Cmd,
    /// Shown in the footer, with this short word, when set.
    pub footer: Option<Msg>,
}

const fn bind(ctx: Ctx, keys: &'static [Key], cmd: Cmd, footer: Option<Msg>) -> Binding {
    Binding {
        ctx,
        keys,
        cmd,
        footer,
    }
}

use Ctx::FormPicker;
use Ctx::{
    Confirm, Editor, Filter, Form, FormChoice, FormLine, Log, Measures, Overlay, Present, Problem,
    Rescue, Resume, Search, Study, Tabs, Text, Welcome,
};

pub const BINDINGS: &[Binding] = &[
    bind(
        Study,
        &[Key::Up, Key::Char('k')],
        Cmd::Up,
        Some(Msg::FooterMove),
    ),
    bind(Study, &[Key::Down, Key::Char('j')], Cmd::Down, None),
    bind(Study, &[Key::PageUp], Cmd::PageUp, None),
    bind(Study, &[Key::PageDown], Cmd::PageDown, None),
    bind(Study, &[Key::Home], Cmd::Top, None),
    bind(Study, &[Key::End], Cmd::Bottom, None),
    bind(Study, &[Key::Enter], Cmd::Open, Some(Msg::FooterRead)),
    bind(Study, &[Key::Right, Key::Char('l')], Cmd::FocusDetail, None),
    bind(Study, &[Key::Left, Key::Char('h')], Cmd::FocusList, None),
    bind(Study, &[Key::Esc, Key::Backspace], Cmd::Back, None),
    bind(
        Study,
        &[Key::Char('e')],
        Cmd::EditNote,
        Some(Msg::FooterNote),
    ),
    bind(
        Study,
        &[Key::Char(' ')],
        Cmd::ToggleStudied,
        Some(Msg::FooterStudied),
    ),
    bind(
        Study,
        &[Key::Char('+'), Key::Char('=')],
        Cmd::RateUp,
        Some(Msg::FooterRate),
    ),
    bind(Study, &[Key::Char('-')], Cmd::RateDown, None),
    bind(Study, &[Key::Char(']')], Cmd::GoalUp, None),
    bind(Study, &[Key::Char('[')], Cmd::GoalDown, None),
    bind(
        Study,
        &[Key::Char('a')],
        Cmd::AddAction,
        Some(Msg::FooterAction),
    ),
    bind(
        Study,
        &[Key::Char('g')],
        Cmd::FollowLink,
        Some(Msg::FooterLink),
    ),
    bind(
        Measures,
        &[Key::Up, Key::Char('k')],
        Cmd::Up,
        Some(Msg::FooterCompare),
    ),
    bind(Measures, &[Key::Down, Key::Char('j')], Cmd::Down, None),
    bind(Measures, &[Key::PageUp], Cmd::PageUp, None),
    bind(
        Measures,
        &[Key::PageDown, Key::Char(' ')],
        Cmd::PageDown,
        Some(Msg::FooterScroll),
    ),
    bind(
        Log,
        &[Key::Up, Key::Char('k')],
        Cmd::Up,
        Some(Msg::FooterMove),
    ),
    bind(Log, &[Key::Down, Key::Char('j')], Cmd::Down, None),
    bind(Log, &[Key::PageUp], Cmd::PageUp, None),
    bind(Log, &[Key::PageDown], Cmd::PageDown, None),
    bind(Log, &[Key::Home], Cmd::Top, None),
    bind(Log, &[Key::End], Cmd::Bottom, None),
    bind(Log, &[Key::Enter], Cmd::Open, None),
    bind(Log, &[Key::Right, Key::Char('l')], Cmd::FocusDetail, None),
    bind(Log, &[Key::Left, Key::Char('h')], Cmd::FocusList, None),
    bind(Log, &[Key::Esc, Key::Backspace], Cmd::Back, None),
    bind(
        Log,
        &[Key::Char('e')],
        Cmd::EditEntry,
        Some(Msg::FooterEdit),
    ),
    bind(
        Log,
        &[Key::Char('d')],
        Cmd::DeleteEntry,
        Some(Msg::FooterDelete),
    ),
    bind(Log, &[Key::Char('u')], Cmd::Undo, None),
    bind(
        Log,
        &[Key::Char(' ')],
        Cmd::CycleStatus,
        Some(Msg::FooterStatus),
    ),
    bind(
        Log,
        &[Key::Char('o')],
        Cmd::ToggleOpen,
        Some(Msg::FooterOpen),
    ),
    bind(Log, &[Key::Char('f')], Cmd::Filter, Some(Msg::FooterFilter)),
    bind(Log, &[Key::Char('F')], Cmd::ClearFilter, None),
    bind(Log, &[Key::Char('g')], Cmd::FollowLink, None),
    bind(Tabs, &[Key::Char('n')], Cmd::NewEntry, Some(Msg::FooterNew)),
    bind(
        Tabs,
        &[Key::Char('/')],
        Cmd::Search,
        Some(Msg::FooterSearch),
    ),
    bind(Tabs, &[Key::Char('x')], Cmd::ExportPortfolio, None),
    bind(
        Tabs,
        &[Key::Tab],
        Cmd::NextSection,
        Some(Msg::FooterSection),
    ),
    bind(Tabs, &[Key::BackTab], Cmd::PrevSection, None),
    bind(Tabs, &[Key::Digit], Cmd::JumpSection, None),
    bind(
        Tabs,
        &[Key::Char('s')],
        Cmd::Snapshot,
        Some(Msg::FooterSnapshot),
    ),
    bind(Tabs, &[Key::Char('L')], Cmd::Language, None),
    bind(Tabs, &[Key::Char('i')], Cmd::Sources, None),
    bind(Tabs, &[Key::Char('?')], Cmd::Help, Some(Msg::FooterHelp)),
    bind(Tabs, &[Key::Char('q')], Cmd::Quit, Some(Msg::FooterQuit)),
    bind(Tabs, &[Key::Ctrl('c')], Cmd::ForceQuit, None),
    bind(Editor, &[Key::Esc], Cmd::SaveClose, Some(Msg::FooterSave)),
    bind(
        Editor,
        &[Key::Ctrl('e')],
        Cmd::External,
        Some(Msg::FooterExternal),
    ),
    bind(
        Editor,
        &[Key::Ctrl('c')],
        Cmd::ForceQuit,
        Some(Msg::FooterQuit),
    ),
    bind(Form, &[Key::Tab], Cmd::NextField, Some(Msg::FooterField)),
    bind(Form, &[Key::BackTab], Cmd::PrevField, None),
    bind(Form, &[Key::Esc], Cmd::SaveClose, Some(Msg::FooterSave)),
    bind(
        Form,
        &[Key::Ctrl('e')],
        Cmd::External,
        Some(Msg::FooterExternal),
    ),
    bind(
        Form,
        &[Key::Ctrl('c')],
        Cmd::ForceQuit,
        Some(Msg::FooterQuit),
    ),
    bind(FormLine, &[Key::Enter], Cmd::NextField, None),
    bind(
        FormChoice,
        &[Key::Char(' '), Key::Right, Key::Left],
        Cmd::CycleStatus,
        Some(Msg::FooterStatus),
    ),
    bind(Filter, &[Key::Tab], Cmd::NextField, Some(Msg::FooterField)),
    bind(Filter, &[Key::BackTab], Cmd::PrevField, None),
    bind(Filter, &[Key::Enter], Cmd::Apply, Some(Msg::FooterApply)),
    bind(Filter, &[Key::Esc], Cmd::Close, Some(Msg::FooterBack)),
    bind(Filter, &[Key::Ctrl('c')], Cmd::ForceQuit, None),
    bind(
        Confirm,
        &[Key::Char('y'), Key::Char('j'), Key::Enter],
        Cmd::Yes,
        Some(Msg::FooterYes),
    ),
    bind(
        Confirm,
        &[Key::Char('n'), Key::Esc],
        Cmd::No,
        Some(Msg::FooterNo),
    ),
    bind(Confirm, &[Key::Ctrl('c')], Cmd::ForceQuit, None),
    bind(Search, &[Key::Up], Cmd::Up, Some(Msg::FooterMove)),
    bind(Search, &[Key::Down], Cmd::Down, None),
    bind(Search, &[Key::PageUp], Cmd::PageUp, None),
    bind(Search, &[Key::PageDown], Cmd::PageDown, None),
    bind(Search, &[Key::Enter], Cmd::Open, Some(Msg::FooterGo)),
    bind(Search, &[Key::Esc], Cmd::Close, Some(Msg::FooterBack)),
    bind(Search, &[Key::Ctrl('c')], Cmd::ForceQuit, None),
    bind(
        Overlay,
        &[Key::Up, Key::Char('k')],
        Cmd::Up,
        Some(Msg::FooterScroll),
    ),
    bind(Overlay, &[Key::Down, Key::Char('j')], Cmd::Down, None),
    bind(Overlay, &[Key::PageUp], Cmd::PageUp, None),
    bind(
        Overlay,
        &[Key::PageDown, Key::Char(' ')],
        Cmd::PageDown,
        None,
    ),
    bind(
        Overlay,
        &[Key::Esc, Key::Char('q'), Key::Char('?'), Key::Char('i')],
        Cmd::Close,
        Some(Msg::FooterBack),
    ),
    bind(Overlay, &[Key::Ctrl('c')], Cmd::ForceQuit, None),
    bind(
        Tabs,
        &[Key::Char('p')],
        Cmd::Present,
        Some(Msg::FooterPresent),
    ),
    bind(Tabs, &[Key::Ctrl('p')], Cmd::PresentPart, None),
    bind(
        Present,
        &[Key::Right, Key::Char(' '), Key::PageDown],
        Cmd::Next,
        Some(Msg::FooterNext),
    ),
    bind(
        Present,
        &[Key::Left, Key::PageUp],
        Cmd::Prev,
        Some(Msg::FooterPrev),
    ),
    bind(Present, &[Key::Home], Cmd::Top, None),
    bind(Present, &[Key::End], Cmd::Bottom, None),
    bind(Present, &[Key::Digit], Cmd::Digit, None),
    bind(Present, &[Key::Enter, Key::Char('g')], Cmd::Jump, None),
    bind(Present, &[Key::Backspace], Cmd::DeleteDigit, None),
    bind(Present, &[Key::Char('b')], Cmd::Blank, None),
    bind(Present, &[Key::Char('t')], Cmd::ToggleClock, None),
    bind(Present, &[Key::Char('f')], Cmd::ToggleFooter, None),
    bind(Present, &[Key::Char('?')], Cmd::Help, Some(Msg::FooterHelp)),
    bind(
        Present,
        &[Key::Char('q'), Key::Esc],
        Cmd::Leave,
        Some(Msg::FooterLeave),
    ),
    bind(Present, &[Key::Ctrl('c')], Cmd::ForceQuit, None),
    bind(
        Resume,
        &[Key::Enter, Key::Char('j'), Key::Char('y')],
        Cmd::Yes,
        None,
    ),
    bind(Resume, &[Key::Char('n')], Cmd::No, None),
    bind(Resume, &[Key::Char('q'), Key::Esc], Cmd::Leave, None),
    bind(Resume, &[Key::Ctrl('c')], Cmd::ForceQuit, None),
    bind(Problem, &[Key::Char('n')], Cmd::Fresh, None),
    bind(
        Problem,
        &[Key::Char('q'), Key::Esc, Key::Ctrl('c')],
        Cmd::Quit,
        None,
    ),
    bind(Rescue, &[Key::Enter, Key::Char('t')], Cmd::Restore, None),
    bind(Rescue, &[Key::Char('x')], Cmd::Discard, None),
    bind(Rescue, &[Key::Esc, Key::Char('l')], Cmd::Later, None),
    bind(Rescue, &[Key::Ctrl('c')], Cmd::ForceQuit, None),
    bind(Text, &[Key::Up, Key::Char('k')], Cmd::Up, None),
    bind(
        Text,
        &[Key::Down, Key::Char('j')],
        Cmd::Down,
        Some(Msg::FooterReadOn),
    ),
    bind(Text, &[Key::Enter], Cmd::Open, Some(Msg::FooterLink)),
    bind(Text, &[Key::Esc], Cmd::Back, Some(Msg::FooterToList)),
    bind(
        Welcome,
        &[Key::Enter, Key::Esc, Key::Char(' ')],
        Cmd::Close,
        Some(Msg::FooterBegin),
    ),
    bind(Welcome, &[Key::Up, Key::Char('k')], Cmd::Up, None),
    bind(Welcome, &[Key::Down, Key::Char('j')], Cmd::Down, None),
    bind(Welcome, &[Key::PageUp], Cmd::PageUp, None),
    bind(Welcome, &[Key::PageDown], Cmd::PageDown, None),
    bind(Welcome, &[Key::Char('?')], Cmd::Help, Some(Msg::FooterHelp)),
    bind(Welcome, &[Key::Char('q')], Cmd::Quit, Some(Msg::FooterQuit)),
    bind(Welcome, &[Key::Ctrl('c')], Cmd::ForceQuit, None),
    // [issue 10 · main] entries of this part go above this line
    //
    bind(Tabs, &[Key::Char('m')], Cmd::Messages, None),
    bind(Overlay, &[Key::Char('m')], Cmd::Close, None),
    bind(Resume, &[Key::Home], Cmd::Top, None),
    // [issue 10 · words] entries of this part go above this line
    //
    bind(FormPicker, &[Key::Up], Cmd::Up, Some(Msg::FooterMove)),
    bind(FormPicker, &[Key::Down], Cmd::Down, None),
    bind(
        FormPicker,
        &[Key::Enter],
        Cmd::PickPart,
        Some(Msg::FooterPick),
    ),
    bind(
        FormPicker,
        &[Key::Backspace],
        Cmd::RemovePart,
        Some(Msg::FooterRemove),
    ),
    bind(
        Form,
        &[Key::Ctrl('d')],
        Cmd::DiscardEntry,
        Some(Msg::FooterDiscard),
    ),
    bind(Study, &[Key::Char('u')], Cmd::Undo, None),
    // [issue 10 · log] entries of this part go above this line
    //
    bind(
        Measures,
        &[Key::Char('e')],
        Cmd::LabelSnapshot,
        Some(Msg::FooterName),
    ),
    bind(
        Measures,
        &[Key::Char('d')],
        Cmd::DeleteSnapshot,
        Some(Msg::FooterDelete),
    ),
    bind(Measures, &[Key::Char('u')], Cmd::Undo, None),
    bind(
        Ctx::Label,
        &[Key::Enter],
        Cmd::SaveClose,
        Some(Msg::FooterSave),
    ),
    bind(Ctx::Label, &[Key::Esc], Cmd::Close, Some(Msg::FooterBack)),
    bind(Ctx::Label, &[Key::Ctrl('c')], Cmd::ForceQuit, None),
    // [issue 10 · measures] entries of this part go above this line
    //
    // [issue 10 · search] entries of this part go above this line
    //
    bind(Tabs, &[Key::Char('w')], Cmd::Glossary, None),
    bind(Overlay, &[Key::Char('w')], Cmd::Glossary, None),
    // [issue 11] entries of this part go above this line
    //
    bind(Present, &[Key::Char('o')], Cmd::Overview, None),
    bind(Present, &[Key::Char('c')], Cmd::Countdown, None),
    bind(Present, &[Key::Char('n')], Cmd::HideNames, None),
    bind(Tabs, &[Key::Char('P')], Cmd::AddToPlan, None),
    bind(Study, &[Key::Char('X')], Cmd::ExportScan, None),
    bind(Measures, &[Key::Char('X')], Cmd::ExportScan, None),
    bind(
        Ctx::ScanName,
        &[Key::Enter],
        Cmd::SaveClose,
        Some(Msg::FooterSave),
    ),
    bind(
        Ctx::ScanName,
        &[Key::Esc],
        Cmd::Close,
        Some(Msg::FooterBack),
    ),
    bind(Ctx::ScanName, &[Key::Ctrl('c')], Cmd::ForceQuit, None),
    // [issue 12] entries of this part go above this line
    //
    bind(Ctx::LogText, &[Key::Up, Key::Char('k')], Cmd::Up, None),
    bind(
        Ctx::LogText,
        &[Key::Down, Key::Char('j')],
        Cmd::Down,
        Some(Msg::FooterReadOn),
    ),
    bind(
        Ctx::LogText,
        &[Key::Enter],
        Cmd::Open,
        Some(Msg::FooterLink),
    ),
    bind(
        Ctx::LogText,
        &[Key::Esc],
        Cmd::Back,
        Some(Msg::FooterToList),
    ),
    // [issue 13] entries of this part go above this line
    //
];

impl Ctx {
    /// The scopes whose bindings apply here, most specific first.
    pub fn scopes(self) -> &'static [Ctx] {
        match self {
            Study => &[Study, Tabs],
            Present => &[Present],
            Resume => &[Resume],
            Measures => &[Measures, Tabs],
            Log => &[Log, Tabs],
            Tabs => &[Tabs],
            Form => &[Form],
            FormLine => &[FormLine, Form],
            FormChoice => &[FormChoice, Form],
            Filter => &[Filter],
            Confirm => &[Confirm],
            Search => &[Search],
            Editor => &[Editor],
            Overlay => &[Overlay],
            Problem => &[Problem],
            Rescue => &[Rescue],
            Text => &[Text, Study, Tabs],
            Welcome => &[Welcome],
            // [issue 10 · main] entries of this part go above this line
            //
            // [issue 10 · words] entries of this part go above this line
            //
            FormPicker => &[FormPicker, Form],
            // [issue 10 · log] entries of this part go above this line
            //
            Ctx::Label => &[Ctx::Label],
            // [issue 10 · measures] entries of this part go above this line
            //
            // [issue 10 · search] entries of this part go above this line
            //
            // [issue 11] entries of this part go above this line
            //
            Ctx::ScanName => &[Ctx::ScanName],
            // [issue 12] entries of this part go above this line
            //
            Ctx::LogText => &[Ctx::LogText, Log, Tabs],
            // [issue 13] entries of this part go above this line
            //
        }
    }
}

/// The binding for a key press in a context. Digits come back with their value.
pub fn lookup(ctx: Ctx, ev: &KeyEvent) -> Option<(Cmd, Option<u8>)> {
    ctx.scopes()
        .iter()
        .flat_map(|scope| BINDINGS.iter().filter(move |b| b.ctx == *scope))
        .find_map(|b| {
            let key = b.keys.iter().find(|k| k.matches(ev))?;
            let digit = match (key, ev.code) {
                (Key::Digit, KeyCode::Char(c)) => c.to_digit(10).map(|d| d as u8),
                _ => None,
            };
            Some((b.cmd, digit))
        })
}

/// The bindings of one scope only.
pub fn bindings(scope: Ctx) -> impl Iterator<Item = &'static Binding> {
    BINDINGS.iter().filter(move |b| b.ctx == scope)
}

/// Every binding that applies in a context, most specific first.
pub fn active(ctx: Ctx) -> impl Iterator<Item = &'static Binding> {
    ctx.scopes().iter().flat_map(|s| bindings(*s))
}

/// "↑ k" for a binding.
pub fn keys_label(b: &Binding, lang: Lang) -> String {
    b.keys
        .iter()
        .map(|k| k.label(lang))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The keys that give `cmd` in `ctx`, as the table names them: for a question that names its
/// answers' keys, so they cannot drift from what the keys do.
pub fn label_for(ctx: Ctx, cmd: Cmd, lang: Lang) -> String {
    active(ctx)
        .find(|b| b.cmd == cmd)
        .map(|b| {
            b.keys
                .iter()
                .map(|k| k.label(lang))
                .collect::<Vec<_>>()
                .join("/")
        })
        .unwrap_or_default()
}

use Ctx::Label;

/// Every context the user can be in (not `Tabs`, which is a shared scope).
pub const ALL_PLACES: [Ctx; 21] = [
    Welcome,
    Study,
    Text,
    Measures,
    Log,
    Editor,
    Form,
    FormLine,
    FormChoice,
    FormPicker,
    Filter,
    Confirm,
    Search,
    Overlay,
    Problem,
    Rescue,
    Present,
    Resume,
    Label,
    Ctx::ScanName,
    Ctx::LogText,
];

/// Contexts where keys that are not bound go into a text field.
impl Ctx {
    pub fn takes_text(self) -> bool {
        matches!(
            self,
            Editor
                | Form
                | FormLine
                | FormChoice
                | FormPicker
                | Filter
                | Search
                | Label
                | Ctx::ScanName
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    #[test]
    fn every_bound_key_does_what_its_binding_says_wherever_it_applies() {
        // A key bound in a place must reach its binding there: a binding of the same key in a
        // scope looked at earlier (a place's own key shadowing a key of every tab) fails this.
        for ctx in ALL_PLACES {
            for b in active(ctx) {
                for key in b.keys {
                    let found = lookup(ctx, &key.event()).map(|(cmd, _)| cmd);
                    assert_eq!(
                        found,
                        Some(b.cmd),
                        "{key:?} in {ctx:?} should give {:?}",
                        b.cmd
                    );
                }
            }
        }
    }

    #[test]
    fn no_key_is_bound_twice_in_one_context() {
        // A place may restate a key of a wider scope for the same command (to give it another
        // footer hint), never bind it to another command.
        for ctx in ALL_PLACES {
            let mut seen: Vec<(Key, Cmd)> = Vec::new();
            for b in active(ctx) {
                for key in b.keys {
                    let ev = key.event();
                    assert!(
                        !seen
                            .iter()
                            .any(|(other, cmd)| other.matches(&ev) && *cmd != b.cmd),
                        "{key:?} is bound twice in {ctx:?}"
                    );
                    seen.push((*key, b.cmd));
                }
            }
        }
    }

    #[test]
    fn conventional_keys() {
        let k = |c| press(KeyCode::Char(c), KeyModifiers::NONE);
        assert_eq!(lookup(Study, &k('j')), Some((Cmd::Down, None)));
        assert_eq!(lookup(Study, &k('q')), Some((Cmd::Quit, None)));
        assert_eq!(lookup(Study, &k('7')), Some((Cmd::JumpSection, Some(7))));
        assert_eq!(lookup(Study, &k('0')), Some((Cmd::JumpSection, Some(0))));
        assert_eq!(
            lookup(Study, &press(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            Some((Cmd::ForceQuit, None))
        );
        // Typing a q in a note is text, not quitting.
        assert_eq!(lookup(Editor, &k('q')), None);
        assert_eq!(
            lookup(Study, &press(KeyCode::Tab, KeyModifiers::SHIFT)),
            Some((Cmd::PrevSection, None))
        );
    }

    #[test]
    fn every_command_has_a_key_and_words_of_its_own() {
        use strum::VariantArray;
        for cmd in Cmd::VARIANTS {
            assert!(BINDINGS.iter().any(|b| b.cmd == *cmd), "{cmd:?} has no key");
        }
        let mut described: Vec<Msg> = Cmd::VARIANTS.iter().map(|c| c.describe()).collect();
        described.sort_by_key(|m| format!("{m:?}"));
        described.dedup();
        assert_eq!(
            described.len(),
            Cmd::VARIANTS.len(),
            "two commands share words"
        );
    }

    #[test]
    fn every_context_has_a_way_out() {
        for ctx in ALL_PLACES {
            assert!(
                active(ctx).any(|b| matches!(
                    b.cmd,
                    Cmd::Quit
                        | Cmd::ForceQuit
                        | Cmd::Close
                        | Cmd::SaveClose
                        | Cmd::No
                        | Cmd::Leave
                        | Cmd::Later
                )),
                "{ctx:?} has no exit"
            );
        }
    }
}
