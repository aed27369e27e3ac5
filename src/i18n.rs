//! Interface language and the interface's own words. The material's texts live in `content/`;
//! these are the words of the program around it. Each message holds its Dutch and English text
//! side by side, so a missing translation cannot compile.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    pub fn other(self) -> Lang {
        match self {
            Lang::Nl => Lang::En,
            Lang::En => Lang::Nl,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    pub fn parse(code: &str) -> Option<Lang> {
        let code = code.trim().to_ascii_lowercase();
        if code.starts_with("nl") {
            Some(Lang::Nl)
        } else if code.starts_with("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The language the locale asks for. As in POSIX, the first of `LC_ALL`, `LC_MESSAGES` and
    /// `LANG` that is set decides; it counts only when it starts with `nl` or `en`.
    pub fn from_locale(var: impl Fn(&str) -> Option<String>) -> Option<Lang> {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| var(name))
            .find(|value| !value.is_empty())
            .and_then(|value| Lang::parse(&value))
    }

    /// `--lang` first, then the saved choice, then the locale's language, else Dutch.
    pub fn choose(flag: Option<Lang>, saved: Option<Lang>, locale: Option<Lang>) -> Lang {
        flag.or(saved).or(locale).unwrap_or_default()
    }
}

/// A value as the scale writes it: whole for ratings, one decimal for averages (with the
/// language's decimal sign).
pub fn number(v: f64, averaged: bool, lang: Lang) -> String {
    if averaged {
        let s = format!("{v:.1}");
        match lang {
            Lang::Nl => s.replace('.', ","),
            Lang::En => s,
        }
    } else {
        format!("{v:.0}")
    }
}

/// "1 score", "12 scores": a count of scores in words.
pub fn scores(n: usize, lang: Lang) -> String {
    let word = if n == 1 { Msg::Score } else { Msg::Scores };
    format!("{n} {}", word.get(lang))
}

/// "23-11-2026 14:05" in Dutch, "2026-11-23 14:05" in English.
pub fn date_time(at: jiff::Timestamp, zone: &jiff::tz::TimeZone, lang: Lang) -> String {
    let zoned = at.to_zoned(zone.clone());
    match lang {
        Lang::Nl => zoned.strftime("%d-%m-%Y %H:%M").to_string(),
        Lang::En => zoned.strftime("%Y-%m-%d %H:%M").to_string(),
    }
}

/// "23-11-2026" in Dutch, "2026-11-23" in English.
pub fn date(at: jiff::Timestamp, zone: &jiff::tz::TimeZone, lang: Lang) -> String {
    day(at.to_zoned(zone.clone()).date(), lang)
}

/// A calendar date: "01-12-2026" in Dutch, "2026-12-01" in English.
pub fn day(d: jiff::civil::Date, lang: Lang) -> String {
    match lang {
        Lang::Nl => d.strftime("%d-%m-%Y").to_string(),
        Lang::En => d.to_string(),
    }
}

/// `n` and the word that goes with it: `one` for exactly one, `many` otherwise ("1 deelnemer",
/// "3 deelnemers"). Either message may hold `{n}` for where the number goes; without it, the
/// number comes first.
pub fn count(n: usize, one: Msg, many: Msg, lang: Lang) -> String {
    let word = if n == 1 { one } else { many }.get(lang);
    if word.contains("{n}") {
        word.replace("{n}", &n.to_string())
    } else {
        format!("{n} {word}")
    }
}

/// What went wrong with a file operation, in words of the interface language (the operating
/// system's own message is English).
pub fn io_problem(kind: std::io::ErrorKind, lang: Lang) -> String {
    match io_words(kind) {
        Some(msg) => msg.get(lang).to_string(),
        // The kind's own name is English ("Uncategorized"): not shown.
        None => Msg::IoOther.get(lang).to_string(),
    }
}

/// The words for a kind of error, where there are words for it.
fn io_words(kind: std::io::ErrorKind) -> Option<Msg> {
    use std::io::ErrorKind as K;
    Some(match kind {
        K::NotFound => Msg::IoNotFound,
        K::PermissionDenied => Msg::IoPermission,
        K::AlreadyExists => Msg::IoExists,
        K::StorageFull => Msg::IoFull,
        K::ReadOnlyFilesystem => Msg::IoReadOnly,
        K::NotADirectory => Msg::IoNotADirectory,
        K::IsADirectory => Msg::IoIsADirectory,
        K::DirectoryNotEmpty => Msg::IoNotEmpty,
        K::QuotaExceeded => Msg::IoQuota,
        K::FileTooLarge => Msg::IoTooLarge,
        K::ResourceBusy => Msg::IoBusy,
        K::BrokenPipe => Msg::IoBrokenPipe,
        K::Interrupted => Msg::IoInterrupted,
        K::InvalidInput | K::InvalidData => Msg::IoInvalid,
        K::CrossesDevices => Msg::IoCrossDevice,
        K::TimedOut | K::WouldBlock => Msg::IoTimedOut,
        _ => return None,
    })
}

/// What went wrong with an operation on a file or the terminal, in words of the interface
/// language: as [`io_problem`], and for what the kind alone does not say (no terminal at all, a
/// device that is not a terminal) from the system's own error number. An error without words
/// of its own is named by that number, never by the system's English message.
pub fn io_error(e: &std::io::Error, lang: Lang) -> String {
    #[cfg(unix)]
    if let Some(code) = e.raw_os_error() {
        use rustix::io::Errno;
        let msg = match Errno::from_raw_os_error(code) {
            Errno::NXIO => Some(Msg::IoNoDevice),
            Errno::NOTTY => Some(Msg::IoNotATerminal),
            Errno::IO => Some(Msg::IoDevice),
            _ => None,
        };
        if let Some(msg) = msg {
            return msg.get(lang).to_string();
        }
    }
    match (io_words(e.kind()), e.raw_os_error()) {
        (None, Some(code)) => Msg::IoOtherCode
            .get(lang)
            .replace("{code}", &code.to_string()),
        _ => io_problem(e.kind(), lang),
    }
}

macro_rules! messages {
    ($($name:ident => $nl:literal, $en:literal;)*) => {
        /// A piece of interface text.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Msg { $($name),* }

        impl Msg {
            pub fn get(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $((Msg::$name, Lang::Nl) => $nl, (Msg::$name, Lang::En) => $en,)*
                }
            }

            #[cfg(test)]
            pub const ALL: &'static [Msg] = &[$(Msg::$name),*];
        }
    };
}

messages! {
    Studied => "bestudeerd", "studied";
    NotStudied => "nog niet bestudeerd", "not studied yet";
    Questions => "Reflectievragen", "Reflection questions";
    SeeAlso => "Zie ook", "See also";
    YourNote => "Jouw notitie", "Your note";
    NoNote => "Nog geen notitie. Druk op e om er een te schrijven.", "No note yet. Press e to write one.";
    AlsoNamed => "In de bron ook", "Also named in the source";
    Tip => "Tip", "Tip";
    HandoutTitle => "werkboek: professionalisering met impact", "werkboek: professional development with impact";
    InterventionsSchool => "Mogelijke interventies in school en opleiding", "Possible interventions in the school and teacher education";
    InterventionsPartnership => "Mogelijke interventies in het partnerschap", "Possible interventions in the partnership";
    Practice => "Uit de praktijk", "From practice";
    EditorTitle => "Notitie", "Note";
    EditorHint => "Esc bewaart en sluit · Ctrl-C bewaart en stopt", "Esc saves and closes · Ctrl-C saves and quits";
    HelpTitle => "Toetsen", "Keys";
    HelpClose => "Esc of ? sluit", "Esc or ? closes";
    HelpEverywhere => "Overal", "Everywhere";
    HelpMeasures => "In Metingen", "In Snapshots";
    HelpLog => "In het logboek", "In the log";
    HelpForm => "In een logboekregel", "In a log entry";
    HelpFormLine => "In een veld van één regel", "In a one-line field";
    HelpFormChoice => "In het veld Actie", "In the Action field";
    HelpFilter => "In het filter", "In the filter";
    HelpConfirm => "Bij een vraag", "At a question";
    HelpSearch => "Bij zoeken (typen zoekt)", "In search (typing searches)";
    HelpOverlay => "In help, bronnen, woordenlijst en meldingen", "In help, sources, glossary and messages";
    HelpMore => "↓ meer", "↓ more";
    HelpList => "In de lijst", "In the list";
    HelpEditor => "In de notitie", "In the note";
    HelpDialog => "In een melding", "In a message";
    HelpRescue => "Bij een noodkopie", "At an emergency copy";
    CmdRestore => "terugzetten: samenvoegen met wat er is, er gaat niets verloren", "bring back: merge with what is there, nothing is lost";
    CmdDiscard => "weggooien (de kopie wordt verwijderd)", "throw away (the copy is removed)";
    CmdLater => "later beslissen (de kopie blijft staan)", "decide later (the copy stays)";
    RescueTitle => "Noodkopie gevonden", "Emergency copy found";
    RescueText => "Toen werkboek de vorige keer niet kon opslaan of vastliep, is je werk in een noodkopie bewaard. Terugzetten voegt die samen met je gegevens, zoals een import: niets van wat er nu is gaat verloren.", "When werkboek could not save or crashed last time, your work was kept in an emergency copy. Bringing it back merges it with your data, like an import: nothing that is there now is lost.";
    RescueFile => "Kopie", "Copy";
    RescueRestored => "Noodkopie teruggezet ({n} toegevoegd); de kopie wordt verwijderd zodra alles bewaard is.", "Emergency copy brought back ({n} added); the copy is removed once everything is saved.";
    Thing => "{n} ding", "{n} thing";
    Things => "{n} dingen", "{n} things";
    RescueDiscarded => "Noodkopie weggegooid.", "Emergency copy thrown away.";
    RescueLater => "De noodkopie blijft staan; werkboek vraagt het bij de volgende start opnieuw.", "The emergency copy stays; werkboek asks again at the next start.";
    RescueUnreadable => "De noodkopie kan niet worden gelezen; ze blijft staan", "The emergency copy cannot be read; it stays";
    MadePrivate => "Je gegevensmap was ook voor anderen open (rechten {mode}); werkboek heeft haar afgeschermd (700).", "Your data folder was open to others (mode {mode}); werkboek has made it private (700).";
    CleanedTemps => "{files} van een onderbroken opslag opgeruimd ({kb} kB).", "{files} of an interrupted save cleaned up ({kb} kB).";
    ImportFinished => "Een onderbroken import is afgemaakt.", "An interrupted import has been completed.";
    NoteTooLarge => "Deze notitie is te groot om hier te bewerken ({mb} MB; de grens is {limit} MB). Ze blijft bewaard zoals ze is.", "This note is too large to edit here ({mb} MB; the limit is {limit} MB). It is kept as it is.";
    TerminalUnusable => "deze terminal kan niet worden gebruikt: {why}.", "this terminal cannot be used: {why}.";
    TerminalFailed => "de terminal viel weg: {why}.", "the terminal went away: {why}.";
    Crashed => "werkboek stopte door een interne fout (een bug). Je werk wordt bewaard.", "werkboek stopped because of an internal error (a bug). Saving your work.";
    WorkSaved => "Je werk is bewaard.", "Your work is saved.";
    RescueKept => "Een kopie van je werk staat in {path}; werkboek biedt bij de volgende start aan om die terug te zetten.", "A copy of your work is kept in {path}; werkboek offers to bring it back at the next start.";
    RescueFailed => "ook een noodkopie lukte niet ({why}); hieronder staat je werk, bewaar het zelf:", "an emergency copy failed too ({why}); your work follows below, keep it yourself:";
    DirNotADirectory => "{dir} is geen map; kies een map met --data-dir.", "{dir} is not a folder; choose a folder with --data-dir.";
    DirOtherOwner => "{dir} is van een andere gebruiker; werkboek bewaart je gegevens alleen in een map van jezelf (kies er een met --data-dir).", "{dir} belongs to another user; werkboek keeps your data only in a folder of your own (choose one with --data-dir).";
    NoteContinues => "… de notitie gaat verder (nog {kb} kB); e opent haar helemaal.", "… the note goes on ({kb} kB more); e opens all of it.";
    EditorEnded => "{editor} stopte met een fout ({status}); de tekst is niet overgenomen", "{editor} ended with an error ({status}); the text was not taken over";
    NoteSaving => "Notitie wordt bewaard…", "Saving the note…";
    EntrySaving => "Logboekregel wordt bewaard…", "Saving the log entry…";
    SourcesTitle => "Bronnen", "Sources";
    SourcesIntro => "werkboek brengt het materiaal hieronder naar de terminal. Alle teksten zijn in eigen woorden geschreven; namen, lijsten, aantallen en volgorde komen uit de bronnen. Lees voor de volledige tekst de bronnen zelf.", "werkboek brings the material below to the terminal. Every text is written in our own words; names, lists, numbers and order come from the sources. Read the sources themselves for the full text.";
    SourcesAuthors => "Auteurs", "Authors";
    SourcesPublisher => "Uitgave", "Published by";
    TooSmall => "Het venster is te klein.", "The window is too small.";
    TooSmallNeed => "Nodig: minstens", "Needed: at least";
    TooSmallNow => "nu", "now";
    NoteSaved => "Notitie bewaard.", "Note saved.";
    NoteUnchanged => "Notitie ongewijzigd.", "Note unchanged.";
    NoteRemoved => "Notitie verwijderd.", "Note removed.";
    MarkedStudied => "Gemarkeerd als bestudeerd.", "Marked as studied.";
    MarkedNotStudied => "Niet meer gemarkeerd als bestudeerd.", "No longer marked as studied.";
    LangSwitched => "Taal: Nederlands.", "Language: English.";
    NoLink => "Dit onderdeel verwijst niet naar een ander onderdeel.", "This part does not link to another part.";
    SaveFailed => "Opslaan mislukt", "Saving failed";
    SaveFailedKeep => "je werk staat nog in het geheugen; werkboek probeert het opnieuw bij de volgende wijziging en bij stoppen.", "your work is still in memory; werkboek tries again at the next change and when you quit.";
    ReadOnly => "Alleen lezen: werkboek is al open in een ander venster; hier wordt niets bewaard.", "Read-only: werkboek is open in another window; nothing is saved here.";
    ReadOnlyRefused => "Alleen lezen: deze wijziging kan hier niet worden bewaard.", "Read-only: this change cannot be kept here.";
    ReadOnlyBadge => "alleen lezen", "read-only";
    LoadProblemTitle => "Je gegevens kunnen niet worden gelezen", "Your data cannot be read";
    LoadProblemFile => "Bestand", "File";
    LoadProblemWhat => "Probleem", "Problem";
    LoadProblemSafe => "werkboek heeft het bestand niet aangeraakt en zal het niet overschrijven.", "werkboek has not touched the file and will not overwrite it.";
    LoadProblemQuit => "stoppen (het bestand blijft zoals het is)", "quit (the file stays as it is)";
    LoadProblemFresh => "opnieuw beginnen; het oude bestand blijft bewaard als reservekopie", "start afresh; the old file is kept as a backup";
    FreshStarted => "Opnieuw begonnen. Het onleesbare bestand staat nu op", "Started afresh. The unreadable file is now at";
    FreshFailed => "Kon het onleesbare bestand niet opzij zetten", "Could not move the unreadable file aside";
    Newer => "gemaakt door een nieuwere versie van werkboek (schema {found}; deze versie kent t/m {known}). Werk werkboek bij.", "made by a newer version of werkboek (schema {found}; this version knows up to {known}). Update werkboek.";
    NotJson => "geen geldige JSON", "not valid JSON";
    WrongShape => "onverwachte inhoud", "unexpected content";
    Empty => "het bestand is leeg", "the file is empty";
    NotText => "geen tekst (geen geldige UTF-8)", "not text (not valid UTF-8)";
    AtLineColumn => "regel {line}, kolom {column}", "line {line}, column {column}";
    AtLine => "regel {line}", "line {line}";
    AtKey => "bij \"{key}\"", "at \"{key}\"";
    ShapeUnknownField => "onbekend veld \"{x}\"", "unknown field \"{x}\"";
    ShapeMissingField => "het veld \"{x}\" ontbreekt", "the field \"{x}\" is missing";
    ShapeDuplicateField => "het veld \"{x}\" staat er twee keer", "the field \"{x}\" is there twice";
    ShapeUnknownVariant => "onbekende waarde \"{x}\"", "unknown value \"{x}\"";
    ShapeInvalidType => "een waarde van de verkeerde soort", "a value of the wrong kind";
    ShapeInvalidValue => "een ongeldige waarde", "an invalid value";
    ShapeInvalidLength => "een lijst van de verkeerde lengte", "a list of the wrong length";
    DuplicateKey => "\"{key}\" staat twee keer in hetzelfde blok (regel {line}); werkboek leest dit niet, want dan ging een van de twee verloren", "\"{key}\" is in the same block twice (line {line}); werkboek does not read this, as one of the two would be lost";
    DuplicateEntry => "twee logboekregels hebben hetzelfde nummer ({id})", "two log entries have the same number ({id})";
    BadValue => "\"{id}\" heeft de waarde {value}, buiten de schaal 1-{max}", "\"{id}\" has the value {value}, outside the scale 1-{max}";
    BadVersion => "versie {found} is geen versie die werkboek kent", "version {found} is not a version werkboek knows";
    NotPortfolio => "geen portfolio-export van werkboek (\"format\": \"werkboek-portfolio\" ontbreekt)", "not a werkboek portfolio export (\"format\": \"werkboek-portfolio\" is missing)";
    NotScan => "geen zelfscan-export van werkboek (\"format\": \"werkboek-scan\" ontbreekt)", "not a werkboek scan export (\"format\": \"werkboek-scan\" is missing)";
    TooLarge => "groter dan {mb} MB: dat is geen bestand van werkboek", "larger than {mb} MB: that is not a werkboek file";
    ReadingStopped => "het lezen stopte halverwege (een interne fout)", "reading stopped halfway (an internal error)";
    DirReplaced => "de map met je gegevens is verplaatst of vervangen; werkboek schrijft alleen in de map die het opende", "the folder with your data was moved or replaced; werkboek only writes into the folder it opened";
    WriterStopped => "het opslaan stopte halverwege (een interne fout)", "saving stopped halfway (an internal error)";
    ReadOnlyNotWritable => "Alleen lezen: je mag niet schrijven in {dir}; hier wordt niets bewaard.", "Read-only: you may not write in {dir}; nothing is saved here.";
    ReadOnlyUnavailable => "Alleen lezen: {dir} kan niet worden gebruikt ({why}); hier wordt niets bewaard.", "Read-only: {dir} cannot be used ({why}); nothing is saved here.";
    SpecialDirectory => "een map, geen bestand", "a folder, not a file";
    SpecialFifo => "een pijp (FIFO), geen gewoon bestand", "a pipe (FIFO), not a regular file";
    SpecialDevice => "een apparaat, geen gewoon bestand", "a device, not a regular file";
    SpecialSocket => "een socket, geen gewoon bestand", "a socket, not a regular file";
    SpecialOther => "geen gewoon bestand", "not a regular file";
    IoNotFound => "bestaat niet", "does not exist";
    IoPermission => "geen toestemming", "permission denied";
    IoExists => "bestaat al", "already exists";
    IoFull => "de schijf is vol", "the disk is full";
    IoReadOnly => "het bestandssysteem is alleen-lezen", "the file system is read-only";
    IoNotADirectory => "is geen map", "is not a folder";
    IoIsADirectory => "is een map", "is a folder";
    IoNotEmpty => "de map is niet leeg", "the folder is not empty";
    IoQuota => "je schijfruimte (quotum) is op", "your disk quota is used up";
    IoTooLarge => "het bestand wordt te groot", "the file grows too large";
    IoBusy => "is in gebruik", "is busy";
    IoBrokenPipe => "de lezer ging weg", "the reader went away";
    IoInterrupted => "onderbroken", "interrupted";
    IoInvalid => "ongeldige invoer", "invalid input";
    IoCrossDevice => "ligt op een andere schijf", "is on another disk";
    IoTimedOut => "duurde te lang", "took too long";
    IoOther => "onverwachte fout van het systeem", "unexpected system error";
    NotAssessable => "Dit onderdeel heeft geen score; beoordelen kan bij de factoren, de leerfuncties en de zelfscan.", "This part has no score; you can rate the factors, the learning functions and the self-scan.";
    NoGoalHere => "Een wens geef je bij de factoren en leerfuncties; de zelfscan kent alleen nu.", "A wish goes with the factors and learning functions; the self-scan has only now.";
    Now => "Nu", "Now";
    Goal => "Wens", "Wish";
    Then => "toen", "then";
    Score => "score", "score";
    Scores => "scores", "scores";
    Cleared => "gewist", "cleared";
    NotRated => "nog geen score", "not scored yet";
    YourAnswer => "Jouw antwoord", "Your answer";
    RateHint => "+ - nu  ·  ] [ wens", "+ - now  ·  ] [ wish";
    AnswerHint => "+ - antwoord", "+ - answer";
    Answered => "beantwoord", "answered";
    NothingToSnapshot => "Nog geen scores om vast te leggen. Geef eerst scores met + en - bij de factoren, de leerfuncties of de zelfscan.", "No scores to record yet. Score the factors, the learning functions or the self-scan with + and - first.";
    SnapshotTaken => "Meting vastgelegd op {when} ({scores}). Vergelijk in Metingen.", "Snapshot taken on {when} ({scores}). Compare in Snapshots.";
    ChooseIntervention => "Kies eerst een interventie: ga met Enter de tekst in en loop er met ↑↓ naartoe.", "Choose an intervention first: enter the text with Enter and move to it with ↑↓.";
    Action => "Actie", "Action";
    ActionAlreadyThere => "Deze actie staat al open in je logboek.", "This action is already open in your log.";
    MeasuresTab => "Metingen", "Snapshots";
    MeasuresTitle => "Metingen", "Snapshots";
    MeasuresNone => "Nog geen metingen. Geef scores met + en - en druk op s om een meting vast te leggen; zo zie je later wat er veranderd is.", "No snapshots yet. Score with + and - and press s to take one; later you see what changed.";
    MeasuresNow => "nu", "now";
    ComparedWith => "Nu vergeleken met", "Now compared with";
    CurrentOnly => "Zo staat het nu", "As it stands now";
    Trend => "verloop", "trend";
    Average => "gemiddeld", "averaged";
    NoScoresYet => "Nog geen scores. Beoordeel met + en - de factoren en de leerfuncties, of vul de zelfscan in.", "No scores yet. With + and - rate the factors and the learning functions, or fill in the self-scan.";
    BadDate => "Dat is geen datum: \"{date}\". Schrijf bijvoorbeeld 2026-12-01 of 1-12-2026.", "That is not a date: \"{date}\". Write for example 2026-12-01 or 1-12-2026.";
    UnknownItem => "Onbekend onderdeel: \"{id}\" is geen id en past bij geen titel (de ids staan in werkboek content --format json).", "Unknown part: \"{id}\" is not an id and fits no title (the ids are in werkboek content --format json).";
    TitlePlaceholder => "waar gaat het over?", "what is it about?";
    TagsPlaceholder => "bijv. feedback, lezen", "e.g. feedback, reading";
    ItemsPlaceholder => "typ om op titel te zoeken, bijv. eigenaarschap", "type to search by title, e.g. ownership";
    DatePlaceholder => "dd-mm-jjjj of jjjj-mm-dd", "yyyy-mm-dd or dd-mm-yyyy";
    TextPlaceholder => "Wat gebeurde er, wat leerde je, wat ga je anders doen?", "What happened, what did you learn, what will you do differently?";
    TagPlaceholder => "één tag", "one tag";
    ItemPlaceholder => "id of woorden uit de titel van een onderdeel", "id or words of the title of a part";
    SearchPlaceholder => "zoek in materiaal, notities en logboek", "search the material, notes and log";
    Planned => "gepland", "planned";
    Doing => "bezig", "doing";
    Done => "klaar", "done";
    Status => "Status", "Status";
    NoAction => "geen actie", "no action";
    EntrySaved => "Logboekregel bewaard.", "Log entry saved.";
    EntryEmpty => "Lege regel niet bewaard.", "Empty entry not saved.";
    EntryDeleted => "Regel verwijderd. u maakt het ongedaan.", "Entry deleted. u undoes it.";
    EntryRestored => "Regel teruggezet.", "Entry restored.";
    NothingToUndo => "Er is niets om ongedaan te maken.", "Nothing to undo.";
    NotAnAction => "Deze regel is geen actie; maak er een van met e (veld Actie).", "This entry is not an action; make it one with e (Action field).";
    Overdue => "{n} acties voorbij hun opvolgdatum: zie Logboek (o: open acties).", "{n} actions past their follow-up date: see Log (o: open actions).";
    LogUnavailable => "Het logboek is niet beschikbaar.", "The log is not available.";
    Exported => "Portfolio opgeslagen in", "Portfolio saved to";
    ExportFailed => "Exporteren mislukt", "Export failed";
    ExternalFailed => "De editor kon niet worden gebruikt", "The editor could not be used";
    FollowUpOn => "opvolgen op", "follow up on";
    FollowUp => "Opvolgen op", "Follow up on";
    Overdue1 => "voorbij de opvolgdatum", "past its follow-up date";
    LogTab => "Logboek", "Log";
    PortfolioTitle => "Mijn ontwikkelportfolio", "My development portfolio";
    PortfolioMade => "Gemaakt met werkboek op", "Made with werkboek on";
    PortfolioPrivate => "Dit is een persoonlijk document: deel het met wie jij kiest.", "This is a personal document: share it with whom you choose.";
    PortfolioRatings => "Waar sta ik? Zelfbeoordeling en zelfscans", "Where do I stand? Self-rating and self-scans";
    PortfolioActions => "Wat ga ik anders doen? Acties", "What will I do differently? Actions";
    PortfolioNotes => "Reflecties bij het materiaal", "Reflections on the material";
    PortfolioLog => "Logboek", "Log";
    PortfolioSnapshots => "Metingen door de tijd", "Snapshots over time";
    PortfolioNoRatings => "Nog geen scores gegeven.", "No scores given yet.";
    PortfolioNoActions => "Nog geen acties.", "No actions yet.";
    PortfolioNoNotes => "Nog geen notities.", "No notes yet.";
    PortfolioNoLog => "Nog geen logboekregels.", "No log entries yet.";
    PortfolioNoSnapshots => "Nog geen metingen.", "No snapshots yet.";
    PortfolioPart => "Onderdeel", "Part";
    PortfolioAverage => "Gemiddeld", "Average";
    PortfolioItem => "Onderdeel", "Item";
    ImportedMarker => "— geïmporteerd —", "— imported —";
    From => "Vanaf", "From";
    Until => "Tot en met", "Until";
    Edited => "bewerkt", "edited";
    LogLoading => "Logboek laden…", "Loading the log…";
    LogEmpty => "Nog geen logboekregels. Druk op n voor een nieuwe regel; vanuit een onderdeel van het materiaal wordt die er meteen aan gekoppeld.", "No log entries yet. Press n for a new one; from a part of the material it is linked to that part at once.";
    LogNothingShown => "Geen regels binnen dit filter. F zet alle filters uit.", "No entries within this filter. F clears all filters.";
    LogHelp => "Kies een regel links. n nieuw · e bewerken · d verwijderen · spatie status · o open acties · f filter", "Choose an entry on the left. n new · e edit · d delete · space status · o open actions · f filter";
    EntryNew => "Nieuwe logboekregel", "New log entry";
    EntryEdit => "Logboekregel bewerken", "Edit log entry";
    FormHint => "Tab veld · Esc bewaren · Ctrl-D weggooien · Ctrl-E eigen editor", "Tab field · Esc save · Ctrl-D throw away · Ctrl-E own editor";
    FieldTitle => "Titel", "Title";
    FieldTags => "Tags", "Tags";
    FieldItems => "Onderdelen", "Parts";
    FieldText => "Tekst", "Text";
    FieldTag => "Tag", "Tag";
    FieldItem => "Onderdeel", "Part";
    ChoiceHint => "spatie of ← → kiest", "space or ← → chooses";
    FilterTitle => "Logboek filteren", "Filter the log";
    FilterHint => "Enter toepassen · Esc terug · leeg = geen filter", "Enter apply · Esc back · empty = no filter";
    ConfirmDelete => "Deze regel verwijderen?", "Delete this entry?";
    SearchTitle => "Zoeken", "Search";
    SearchHint => "↑↓ kiezen · Enter ga naar · Esc sluiten", "↑↓ choose · Enter go to · Esc close";
    SearchMaterial => "Materiaal", "Material";
    SearchNotes => "Notities", "Notes";
    SearchLog => "Logboek", "Log";
    SearchNone => "Niets gevonden.", "Nothing found.";
    Searching => "zoeken…", "searching…";
    AndMore => "… en nog {n}; zie Logboek met f (filter op dit onderdeel)", "… and {n} more; see Log with f (filter on this part)";
    CliLocked => "Je gegevens zijn in gebruik door een ander werkboek (een open venster, of een commando dat nog loopt); er is niets veranderd. Sluit het andere werkboek, of probeer het zo opnieuw.", "Your data is in use by another werkboek (an open window, or a command still running); nothing was changed. Close the other werkboek, or try again in a moment.";
    CliNoHome => "geen thuismap gevonden; geef een map met --data-dir DIR of WERKBOEK_DATA_DIR.", "no home directory found; give a folder with --data-dir DIR or WERKBOEK_DATA_DIR.";
    CliFormatClash => "{file}: --format {format} past niet bij de naam, die om {named} vraagt; er is niets geschreven.", "{file}: --format {format} does not fit the name, which asks for {named}; nothing was written.";
    CliExists => "{file} bestaat al; er is niets geschreven. Kies een andere naam, of vervang het met --force.", "{file} exists already; nothing was written. Choose another name, or replace it with --force.";
    CliWritten => "Geschreven naar", "Written to";
    CliScanEmpty => "Let op: je zelfscan bevat nog geen antwoorden. Geef eerst scores bij de factoren, de leerfuncties of de zelfscan.", "Note: your scan holds no answers yet. Score the factors, the learning functions or the self-scan first.";
    CliLockFailed => "kan de map niet vastzetten", "cannot lock the folder";
    CliEmpty => "Een regel heeft tekst of een titel nodig.", "An entry needs text or a title.";
    CliAdded => "Toegevoegd aan je logboek", "Added to your log";
    CliNotImported => "niet ingelezen", "not imported";
    CliNothingChanged => "Er is niets veranderd.", "Nothing was changed.";
    CliImported => "Ingelezen. Niets van wat er al was, is verloren gegaan.", "Imported. Nothing that was there is lost.";
    CliNotesAdded => "notities toegevoegd", "notes added";
    CliNotesJoined => "notities die verschilden: de ingelezen tekst staat onder de jouwe", "notes that differed: the imported text is below yours";
    CliScoresAdded => "scores en bestudeerd-markeringen toegevoegd", "scores and studied marks added";
    CliSnapshotsAdded => "metingen toegevoegd", "snapshots added";
    CliEntriesAdded => "logboekregels toegevoegd", "log entries added";
    CliEntriesBoth => "logboekregels met een botsend nummer: beide bewaard", "log entries with a clashing number: both kept";
    CliSkippedSame => "overgeslagen: was er al", "skipped: already there";
    CliSkippedKept => "scores die verschilden: de jouwe is gehouden", "scores that differed: yours was kept";
    HelpPresent => "In een presentatie", "In a presentation";
    HelpResume => "Bij het begin van een presentatie", "At the start of a presentation";
    CmdPresent => "presenteren (vanaf dit onderdeel)", "present (from this part)";
    CmdPresentPart => "alleen dit deel presenteren (deze sleutel)", "present this part only (this key)";
    CmdNext => "volgende dia", "next slide";
    CmdPrev => "vorige dia", "previous slide";
    CmdDigit => "nummer typen, dan Enter of g: naar die dia", "type a number, then Enter or g: to that slide";
    CmdJump => "naar de getypte dia (zonder nummer: volgende)", "to the slide typed (without a number: next)";
    CmdDeleteDigit => "laatste cijfer weg", "remove the last digit";
    CmdBlank => "scherm zwart / terug", "blank the screen / back";
    CmdToggleClock => "klok met verstreken tijd aan/uit", "clock with elapsed time on/off";
    CmdToggleFooter => "voetregel aan/uit", "footer on/off";
    CmdLeave => "presentatie verlaten (de plek wordt onthouden)", "leave the presentation (the place is remembered)";
    FooterPresent => "presenteren", "present";
    FooterNext => "verder", "next";
    FooterPrev => "terug", "back";
    FooterLeave => "stoppen", "stop";
    SlidesOpening => "Begin", "Start";
    SlidesBig => "7 sleutels", "7 keys";
    SlidesCredit => "naar {who}", "after {who}";
    SlidesCore => "De kern", "The core";
    SlidesTip => "Tip {n} van {of}", "Tip {n} of {of}";
    SlidesDiscuss => "Om over te praten", "To discuss";
    SlidesSourcesIntro => "Dit materiaal is in eigen woorden naverteld uit:", "This material is retold in our own words from:";
    ResumeQuestion => "De vorige presentatie stopte ergens anders. Waar wil je beginnen?", "The last presentation stopped somewhere else. Where do you want to begin?";
    ResumeYes => "verder waar je de vorige keer stopte:", "go on where you stopped last time:";
    TeamTitle => "Teamscan", "Team scan";
    TeamBig => "Team", "Team";
    TeamPeople => "{n} deelnemers", "{n} participants";
    TeamWell => "Wat gaat goed", "What goes well";
    TeamFocus => "Waar ligt de focus", "Where the focus is";
    TeamRubs => "Waar schuurt het (de meeste verschillen)", "Where it rubs (most difference)";
    TeamMedian => "mediaan", "median";
    TeamSpread => "spreiding", "spread";
    TeamSkipped => "Overgeslagen bestanden", "Files left out";
    TeamNoAnswers => "nog geen antwoorden", "no answers yet";
    PresentLeft => "Presentatie gestopt; de plek is onthouden.", "Presentation stopped; the place is remembered.";
    PresentGoTo => "naar dia", "to slide";
    NotOnSlides => "staat op geen enkele dia; gebruik een id uit werkboek content --format json", "is on no slide; use an id from werkboek content --format json";
    TeamLeftOut => "overgeslagen", "left out";
    TeamNobody => "geen enkel bestand kon als zelfscan worden gelezen; er is geen teamoverzicht.", "no file could be read as a scan; there is no team view.";
    TeamPerson => "{n} deelnemer", "{n} participant";
    TeamDuplicate => "dezelfde scan als {file}; één keer geteld", "the same scan as {file}; counted once";
    TeamNoKnownAnswers => "geen antwoorden op onderdelen van dit werkboek; geen deelnemer", "no answers to parts of this workbook; not a participant";
    TeamAnswered => "antwoorden", "answers";
    TeamAnswer => "antwoord", "answer";
    TeamRule => "Alleen wat minstens de helft van de deelnemers beantwoordde telt mee; bij wat goed gaat en de focus alleen waar de antwoorden hoogstens een halve schaal uiteenlopen.", "Only what at least half of the participants answered counts; for what goes well and the focus only where the answers lie at most half a scale apart.";
    Of => "van", "of";
    CmdUp => "omhoog", "up";
    CmdDown => "omlaag", "down";
    CmdPageUp => "pagina omhoog", "page up";
    CmdPageDown => "pagina omlaag", "page down";
    CmdTop => "naar het begin", "to the top";
    CmdBottom => "naar het eind", "to the end";
    CmdNextSection => "volgende sectie", "next section";
    CmdPrevSection => "vorige sectie", "previous section";
    CmdJumpSection => "naar sectie 1 tot 10", "to section 1 to 10";
    CmdOpen => "tekst lezen / verwijzing volgen", "read the text / follow the link";
    CmdFocusList => "naar de lijst", "to the list";
    CmdFocusDetail => "naar de tekst", "to the text";
    CmdBack => "terug: naar de lijst, of waar je een link volgde", "back: to the list, or to where you followed a link";
    CmdFollowLink => "ga naar het gekoppelde onderdeel", "go to the linked part";
    CmdEditNote => "notitie schrijven", "write a note";
    CmdToggleStudied => "bestudeerd aan/uit", "studied on/off";
    CmdHelp => "help", "help";
    CmdSources => "bronnen", "sources";
    CmdLanguage => "taal: Nederlands/English", "language: Nederlands/English";
    CmdQuit => "stoppen", "quit";
    CmdForceQuit => "bewaren en stoppen", "save and quit";
    CmdSaveClose => "bewaren en sluiten", "save and close";
    CmdClose => "sluiten", "close";
    CmdFresh => "opnieuw beginnen", "start afresh";
    CmdRateUp => "score nu hoger (beoordeling of zelfscan)", "score now higher (rating or self-scan)";
    CmdRateDown => "score nu lager; onder 1 wist hem", "score now lower; below 1 clears it";
    CmdGoalUp => "wens hoger (beoordeling)", "wish higher (rating)";
    CmdGoalDown => "wens lager (beoordeling)", "wish lower (rating)";
    CmdSnapshot => "meting vastleggen: alle scores van nu, met datum", "take a snapshot: all scores as they are now, dated";
    CmdAddAction => "gekozen interventie als actie in je logboek (gepland)", "chosen intervention as an action in your log (planned)";
    CmdNewEntry => "nieuwe logboekregel (gekoppeld aan het gekozen onderdeel)", "new log entry (linked to the chosen part)";
    CmdSearch => "zoeken in materiaal, notities en logboek", "search the material, notes and log";
    CmdExport => "portfolio exporteren als Markdown, naar je documentenmap", "export your portfolio as Markdown, into your documents folder";
    CmdEditEntry => "regel bewerken", "edit the entry";
    CmdDeleteEntry => "regel verwijderen (met vraag)", "delete the entry (asks first)";
    CmdUndo => "laatst verwijderde of weggegooide regel terugzetten", "bring back the last deleted or thrown-away entry";
    CmdCycleStatus => "actie: gepland → bezig → klaar", "action: planned → doing → done";
    CmdToggleOpen => "alleen open acties aan/uit", "open actions only, on/off";
    CmdFilter => "filter op tag, onderdeel of datum", "filter by tag, part or date";
    CmdClearFilter => "alle filters uit", "clear all filters";
    CmdNextField => "volgend veld", "next field";
    CmdPrevField => "vorig veld", "previous field";
    CmdExternal => "tekst schrijven in je eigen editor ($VISUAL, $EDITOR)", "write the text in your own editor ($VISUAL, $EDITOR)";
    CmdYes => "ja", "yes";
    CmdNo => "nee", "no";
    CmdApply => "toepassen", "apply";
    FooterEdit => "bewerken", "edit";
    FooterDelete => "verwijderen", "delete";
    FooterStatus => "status", "status";
    FooterOpen => "open acties", "open actions";
    FooterFilter => "filter", "filter";
    FooterNew => "nieuw", "new";
    FooterSearch => "zoeken", "search";
    FooterExternal => "editor", "editor";
    FooterField => "veld", "field";
    FooterApply => "toepassen", "apply";
    FooterYes => "ja", "yes";
    FooterNo => "nee", "no";
    FooterGo => "ga naar", "go to";
    FooterRead => "lezen", "read";
    FooterRate => "score", "score";
    FooterAction => "actie", "action";
    FooterSnapshot => "meting", "snapshot";
    FooterCompare => "vergelijk met", "compare with";
    FooterNote => "notitie", "note";
    FooterStudied => "bestudeerd", "studied";
    FooterSection => "sectie", "section";
    FooterLink => "ga naar", "go to";
    FooterBack => "terug", "back";
    FooterQuit => "stoppen", "quit";
    FooterHelp => "help", "help";
    FooterSave => "bewaren", "save";
    FooterMove => "kiezen", "choose";
    FooterScroll => "scrollen", "scroll";
    HelpText => "In de tekst van een onderdeel", "In the text of a part";
    FooterReadOn => "verder lezen", "read on";
    FooterToList => "naar de lijst", "to the list";
    HelpWelcome => "Welkom", "Welcome";
    FooterBegin => "beginnen", "begin";
    WelcomeTitle => "Welkom bij werkboek", "Welcome to werkboek";
    WelcomeIntro => "Een werkboek over professionaliseren in de school, voor drie dingen:", "A workbook on professional development in schools, for three things:";
    WelcomeStudy => "Studeren: lees de zeven sleutels, de factoren van eigenaarschap, de leerfuncties en de modellen eromheen, en houd bij wat je bestudeerd hebt.", "Study: read the seven keys, the ownership factors, the learning functions and the models around them, and keep track of what you have studied.";
    WelcomeLog => "Je eigen ontwikkeling: schrijf bij elk onderdeel een notitie, beoordeel jezelf, houd een logboek bij en leg metingen vast. Dat blijft op deze computer, alleen voor jou.", "Your own development: write a note on every part, rate yourself, keep a log and take snapshots. It stays on this computer, for you only.";
    WelcomePresent => "Presenteren: laat het materiaal groot zien in een teamsessie, zonder iets van jouw gegevens.", "Presenting: show the material large in a team session, without any of your data.";
    WelcomeKeys => "De toetsen die je het eerst nodig hebt:", "The keys you need first:";
    WelcomeKeyRead => "een onderdeel lezen", "read a part";
    WelcomeKeyNote => "een notitie schrijven", "write a note";
    WelcomeKeyStudied => "bestudeerd aanvinken", "mark as studied";
    WelcomeKeySearch => "zoeken", "search";
    WelcomeKeyQuit => "stoppen (alles wordt bewaard)", "quit (everything is saved)";
    WelcomeMore => "Alle toetsen staan onder ?. Dit welkom komt niet terug.", "All keys are under ?. This welcome does not come back.";
    IntroRow => "Inleiding", "Introduction";
    IntroSource => "Bron", "Source";
    IntroSources => "Bronnen", "Sources";
    IntroStudied => "{n} van de {total} onderdelen bestudeerd", "{n} of the {total} parts studied";
    IntroScored => "{n} van de {total} beoordeeld", "{n} of the {total} rated or answered";
    IntroHint => "Kies met ↓ een onderdeel in de lijst en lees het met Enter.", "Choose a part in the list with ↓ and read it with Enter.";
    ChooseAPart => "Kies eerst een onderdeel in de lijst (↓).", "First choose a part in the list (↓).";
    NotePaneEdit => "e bewerken", "e to edit";
    NotePaneMore => "… de rest met e (bewerken)", "… the rest with e (edit)";
    HelpMouse => "Met de muis", "With the mouse";
    HelpMouseClick => "klik op een tab, een regel of een link om die te kiezen; nog eens klikken opent of volgt hem", "click a tab, a row or a link to choose it; click it again to open or follow it";
    HelpMouseWheel => "het wiel scrolt waar de muis staat", "the wheel scrolls where the pointer is";
    HelpMouseSelect => "tekst selecteren: houd Shift ingedrukt (of start met --no-mouse)", "to select text, hold Shift (or start with --no-mouse)";
    MessagesClose => "Esc of m sluit", "Esc or m closes";
    // [issue 10 · main] entries of this part go above this line
    //
    TempFile => "tijdelijk bestand", "temporary file";
    TempFiles => "tijdelijke bestanden", "temporary files";
    MessagesTitle => "Meldingen", "Messages";
    MessagesNone => "Nog geen meldingen.", "No messages yet.";
    MessagesWhole => "hele melding", "whole message";
    CmdMessages => "de laatste meldingen, helemaal te lezen", "the last messages, to read in full";
    OverdueOne => "{n} actie voorbij de opvolgdatum: zie Logboek (o: open acties).", "{n} action past its follow-up date: see Log (o: open actions).";
    CliNoteAdded => "notitie toegevoegd", "note added";
    CliNoteJoined => "notitie die verschilde: de ingelezen tekst staat onder de jouwe", "note that differed: the imported text is below yours";
    CliScoreAdded => "score of bestudeerd-markering toegevoegd", "score or studied mark added";
    CliSnapshotAdded => "meting toegevoegd", "snapshot added";
    CliEntryAdded => "logboekregel toegevoegd", "log entry added";
    CliEntryBoth => "logboekregel met een botsend nummer: beide versies bewaard", "log entry with a clashing number: both versions kept";
    CliSkippedKeptOne => "score die verschilde: de jouwe is gehouden", "score that differed: yours was kept";
    SourcesAuthor => "Auteur", "Author";
    ResumeFromStart => "opnieuw vanaf het begin", "again from the start";
    ResumeFromHere => "opnieuw, vanaf wat je nu leest:", "again, from what you are reading:";
    ResumeLeave => "toch niet presenteren", "do not present after all";
    PresentNotLog => "Het logboek is persoonlijk en wordt niet gepresenteerd; kies een deel van het materiaal en druk dan op Ctrl-P.", "The log is personal and is not presented; choose a part of the material, then press Ctrl-P.";
    PresentNotMeasures => "Metingen zijn persoonlijk en worden niet gepresenteerd; kies een deel van het materiaal en druk dan op Ctrl-P.", "Snapshots are personal and are not presented; choose a part of the material, then press Ctrl-P.";
    IoNoDevice => "er is hier geen terminal (geen apparaat op dit adres)", "there is no terminal here (no such device)";
    IoNotATerminal => "dit is geen terminal", "this is not a terminal";
    IoDevice => "het apparaat gaf een lees- of schrijffout", "the device failed to read or write";
    IoOtherCode => "onverwachte fout van het systeem (code {code})", "unexpected system error (code {code})";
    TeamNotATerminal => "de uitvoer gaat niet naar een terminal; daar kan het teamoverzicht niet worden getoond.", "the output does not go to a terminal; the team view cannot be shown there.";
    TeamNoTerminal => "Zonder terminal maakt werkboek team BESTAND... --format md er een verslag van (Markdown).", "Without a terminal, werkboek team FILE... --format md makes a report of it (Markdown).";
    ShapeOther => "iets wat werkboek hier niet verwacht", "something werkboek does not expect here";
    EditorFileNote => "notitie", "note";
    EditorFileEntry => "logboekregel", "log-entry";
    CliUnknownCommand => "\"{x}\" is geen commando van werkboek", "\"{x}\" is not a werkboek command";
    CliUnknownArg => "\"{x}\" kent werkboek hier niet", "werkboek does not know \"{x}\" here";
    CliValueMissing => "{arg} heeft een waarde nodig", "{arg} needs a value";
    CliBadValue => "\"{value}\" is geen geldige waarde voor {arg}", "\"{value}\" is not a valid value for {arg}";
    CliMissing => "er ontbreekt: {x}", "missing: {x}";
    CliMissingCommand => "{x} heeft een commando nodig", "{x} needs a command";
    CliConflict => "{arg} kan niet samen met {other}", "{arg} cannot be used with {other}";
    CliTwice => "{arg} mag maar één keer", "{arg} can be given only once";
    CliTooMany => "\"{value}\" is er één te veel bij {arg}", "\"{value}\" is one too many for {arg}";
    CliUsageOther => "de opdracht klopt niet", "the command is not right";
    CliChoices => "; kies uit: {x}", "; choose from: {x}";
    CliMeant => "; bedoel je {x}?", "; did you mean {x}?";
    CliUsage => "Gebruik:", "Usage:";
    CliMoreHelp => "Alle commando's en opties: werkboek --help", "All commands and options: werkboek --help";
    // [issue 10 · words] entries of this part go above this line
    //
    FieldDate => "Datum", "Date";
    NotePlaceholder => "Schrijf hier je notitie: wat valt je op, wat wil je onthouden?", "Write your note here: what strikes you, what do you want to remember?";
    PartsNone => "niets gevonden", "nothing found";
    PartsFound => "{n} gevonden", "{n} found";
    PartNotChosen => "Onderdeel niet gekozen: \"{text}\". Kies er een met ↑↓ en Enter, of maak het zoekveld leeg.", "Part not chosen: \"{text}\". Choose one with ↑↓ and Enter, or empty the search field.";
    PartAmbiguous => "\"{text}\" past bij meer dan één onderdeel; kies er een met zijn id:", "\"{text}\" fits more than one part; choose one by its id:";
    ConfirmDiscardNew => "Deze nieuwe regel weggooien?", "Throw away this new entry?";
    ConfirmDiscardEdit => "Je wijzigingen aan deze regel weggooien?", "Throw away your changes to this entry?";
    EntryDiscarded => "Regel weggegooid. u zet hem terug.", "Entry thrown away. u brings it back.";
    EditDiscarded => "Wijzigingen weggegooid. u zet ze terug.", "Changes thrown away. u brings them back.";
    EntryReopened => "De weggegooide regel is weer open.", "The thrown-away entry is open again.";
    EntryUnchanged => "Logboekregel ongewijzigd.", "Log entry unchanged.";
    ChooseInterventionHere => "Loop met ↑↓ naar een interventie (▸); a maakt er dan een actie van.", "Move to an intervention (▸) with ↑↓; a then makes it an action.";
    NoInterventions => "Dit onderdeel heeft geen interventies om een actie van te maken.", "This part has no interventions to make an action of.";
    HelpFormPicker => "In het veld Onderdelen", "In the Parts field";
    CmdPickPart => "gevonden onderdeel kiezen (zonder zoektekst: volgend veld)", "choose the part found (without search text: next field)";
    CmdRemovePart => "gekozen onderdeel weghalen (als er geen zoektekst is)", "remove a chosen part (when there is no search text)";
    CmdDiscardEntry => "regel weggooien (met vraag; u zet hem terug)", "throw the entry away (asks first; u brings it back)";
    FooterPick => "toevoegen", "add";
    FooterRemove => "weghalen", "remove";
    FooterDiscard => "weggooien", "throw away";
    ActionTextPlaceholder => "Wat ga je doen, met wie, en wanneer kijk je terug?", "What will you do, with whom, and when will you look back?";
    // [issue 10 · log] entries of this part go above this line
    //
    MeasuresWish => "wens", "wish";
    MeasuresGap => "nog", "gap";
    WhyChosen => "gekozen", "chosen";
    WhyPrevious => "de vorige meting", "the previous snapshot";
    WhyPreviousShort => "vorige", "previous";
    WhyOnly => "de enige meting", "the only snapshot";
    WhyOnlyShort => "enige", "only one";
    HelpLabel => "Bij de naam van een meting", "Naming a snapshot";
    CmdLabelSnapshot => "de gekozen meting een naam geven, zoals ‘na studiedag’", "name the chosen snapshot, such as ‘after the study day’";
    CmdDeleteSnapshot => "de gekozen meting verwijderen (met vraag)", "delete the chosen snapshot (asks first)";
    FooterName => "naam", "name";
    LabelTitle => "Naam van de meting", "Name of the snapshot";
    LabelPlaceholder => "bijvoorbeeld: na studiedag", "for example: after the study day";
    LabelSaved => "De meting van {when} heet nu ‘{label}’.", "The snapshot of {when} is now called ‘{label}’.";
    LabelCleared => "De meting van {when} heeft geen naam meer.", "The snapshot of {when} no longer has a name.";
    ConfirmDeleteSnapshot => "Deze meting verwijderen?", "Delete this snapshot?";
    SnapshotDeleted => "Meting van {when} verwijderd. u maakt het ongedaan.", "Snapshot of {when} deleted. u undoes it.";
    SnapshotRestored => "Meting van {when} teruggezet.", "Snapshot of {when} restored.";
    NoSnapshotChosen => "Er is nog geen meting om te kiezen. Druk op s om er een vast te leggen.", "There is no snapshot to choose yet. Press s to take one.";
    // [issue 10 · measures] entries of this part go above this line
    //
    // [issue 10 · search] entries of this part go above this line
    //
    OursExplanation => "Uitleg van dit werkboek", "This workbook's explanation";
    OursExample => "Voorbeeld van dit werkboek", "This workbook's example";
    CompareFrom => "Beide lijsten uit", "Both lists from";
    CompareSame => "hetzelfde in beide lijsten", "the same in both lists";
    CompareOurs => "lezing van dit werkboek, niet van de bron", "this workbook's reading, not the source's";
    CompareOursNote => "Lezing van dit werkboek, niet van de bron", "This workbook's reading, not the source's";
    CompareSameAs => "hetzelfde als", "the same as";
    CompareOursWith => "dit werkboek legt het naast", "this workbook pairs it with";
    SourcesAboutAuthors => "Over de auteurs", "About the authors";
    SourcesReading => "Verder lezen", "Further reading";
    SourcesGlossary => "Druk op {key} voor de woordenlijst: de {n} vaktermen van het materiaal, met hun ene Engelse vertaling en een regel uitleg.", "Press {key} for the glossary: the {n} Dutch terms of the material, each with its one English rendering and a line of explanation.";
    GlossaryTitle => "Woordenlijst", "Glossary";
    GlossaryIntro => "De vaktermen van het materiaal op alfabet, elk met de ene Engelse vertaling die de Engelse tekst ervoor gebruikt en wat de term betekent.", "The Dutch terms of the material, in the alphabetical order of their English rendering: each rendering is the one the English text always uses, with the Dutch term as the sources write it and what it means.";
    GlossaryMeaning => "Betekenis", "Meaning";
    CompareLink => "Verband", "Link";
    GlossaryEnglish => "Engels", "English";
    GlossaryDutch => "Nederlands", "Dutch";
    GlossaryKept => "ook zo in het Engels", "the Dutch term, kept in English";
    CmdGlossary => "woordenlijst: de vaktermen met hun Engelse vertaling", "glossary: the Dutch terms with their English rendering";
    FooterGlossary => "woordenlijst", "glossary";
    // [issue 11] entries of this part go above this line
    //
    SlidesWork => "Werkvorm", "Work format";
    SlidesTips => "Tips", "Tips";
    SlidesEndPart => "Einde", "End";
    SlidesEndBig => "Einde", "The end";
    TeamScan => "{n} scan", "{n} scan";
    TeamScans => "{n} scans", "{n} scans";
    TeamArrived => "{n} net binnen", "{n} just arrived";
    TeamChanged => "{n} gewijzigd", "{n} changed";
    TeamGone => "{n} weg", "{n} gone";
    TeamNames => "Wie doen er mee", "Who is taking part";
    TeamUnnamed => "zonder naam: {n}", "without a name: {n}";
    TeamNamesHidden => "De namen zijn verborgen; n laat ze zien.", "The names are hidden; n shows them.";
    PlanNoId => "regel {line}: een onderdeel zonder id; overgeslagen", "line {line}: a part without an id; skipped";
    PlanBadTime => "regel {line}: ‘{text}’ is geen tijd (schrijf bijvoorbeeld 15 min); de tijd is weggelaten", "line {line}: ‘{text}’ is not a time (write for example 15 min); the time is left out";
    PlanUnknown => "regel {line}: {id} is geen onderdeel van het materiaal; overgeslagen", "line {line}: {id} is no part of the material; skipped";
    PlanStarter => "# Mijn sessie

<!--
Een sessieplan voor werkboek. Zo gebruik je het:
  werkboek present --plan DIT-BESTAND           het scherm voor de zaal
  werkboek present --plan DIT-BESTAND --notes   jouw eigen scherm, met de notities
  werkboek present --html deck.html --plan DIT-BESTAND   het deck voor een browser

Elk onderdeel is één regel:  - id | tijd | notitie
  id       een sleutel (sleutel-4), een stap (stap-2), een thema (thema-basis), een
           model (evaluatieniveaus, negenvelden), een werkvorm (sleutel-4/werkvorm),
           of begin, overzicht, zelfscan, bronnen. Alle ids: werkboek content --format json
  tijd     mag weg: 15 min, of 1:30. De aftelklok (c) begint met die tijd.
  notitie  mag weg: alleen voor jou, op het scherm van --notes; nooit op de projectie.
Een id die niet bestaat, wordt met zijn regelnummer gemeld; de rest gaat door.
In werkboek zet P wat je leest onder aan het plan in je gegevensmap (plan.md).
-->

- begin
- overzicht | 5 min | Laat de zeven sleutels zien; vraag welke het team herkent.
- sleutel-4 | 20 min | Begin bij je eigen eigenaarschap.
- sleutel-4/werkvorm | 15 min | Leg kaartjes met de acht factoren klaar.
- bronnen
", "# My session

<!--
A session plan for werkboek. To use it:
  werkboek present --plan THIS-FILE           the screen for the room
  werkboek present --plan THIS-FILE --notes   your own screen, with the notes
  werkboek present --html deck.html --plan THIS-FILE   the deck for a browser

Each part is one line:  - id | time | note
  id     a key (sleutel-4), a step (stap-2), a theme (thema-basis), a model
         (evaluatieniveaus, negenvelden), a work format (sleutel-4/werkvorm),
         or begin, overzicht, zelfscan, bronnen. All ids: werkboek content --format json
  time   may be left out: 15 min, or 1:30. The countdown (c) starts with that time.
  note   may be left out: for you alone, on the --notes screen; never projected.
An id that does not exist is reported with its line number; the rest goes on.
In werkboek, P adds what you are reading to the end of the plan in your data folder (plan.md).
-->

- begin
- overzicht | 5 min | Show the seven keys; ask which ones the team recognises.
- sleutel-4 | 20 min | Start with your own ownership.
- sleutel-4/werkvorm | 15 min | Have cards with the eight factors ready.
- bronnen
";
    PresentTimeUp => "Tijd is om", "Time is up";
    PresentNoSuchSlide => "Er is geen dia {n}: deze presentatie heeft er {of}.", "There is no slide {n}: this presentation has {of}.";
    PresentLast => "Dit is de laatste dia.", "This is the last slide.";
    PresentNoTime => "Deze dia heeft geen tijd: typ het aantal minuten en dan c.", "This slide has no time: type the number of minutes, then c.";
    PresentNamesHidden => "Namen verborgen.", "Names hidden.";
    PresentNamesShown => "Namen zichtbaar.", "Names shown.";
    WorkMinutes => "{n} minuten", "{n} minutes";
    WorkStart => "start de tijd", "starts the time";
    NotesTitle => "Sessieplan", "Session plan";
    NotesFollowing => "volgt de presentatie", "following the presentation";
    NotesAlone => "nog geen presentatie gezien; de pijltjes bladeren zelf", "no presentation seen yet; the arrows browse on their own";
    NotesNow => "Nu", "Now";
    NotesPart => "Onderdeel", "Part";
    NotesNote => "Notitie", "Note";
    NotesNext => "Daarna", "Next";
    NotesSchedule => "Gepland vóór dit onderdeel: {before} min, in totaal {total} min.", "Planned before this part: {before} min, in all {total} min.";
    NotesPlan => "Het plan", "The plan";
    CmdOverview => "overzicht van de zeven sleutels (nog eens: terug)", "the overview of the seven keys (again: back)";
    CmdCountdown => "aftellen (werkvorm of getypte minuten; nog eens: stop)", "count down (work format or minutes typed; again: stop)";
    CmdHideNames => "de namen van het team verbergen of tonen", "hide or show the team's names";
    CmdAddToPlan => "dit onderdeel toevoegen aan je sessieplan (plan.md)", "add this part to your session plan (plan.md)";
    CmdExportScan => "je zelfscan exporteren, voor een teamoverzicht", "export your self-scan, for a team view";
    HelpScanName => "Je scan exporteren", "Exporting your scan";
    ScanNameTitle => "Naam bij je scan (mag leeg)", "Name with your scan (may be empty)";
    ScanNamePlaceholder => "bijvoorbeeld: Anna; leeg laten mag", "for example: Anna; may be left empty";
    ScanExported => "Je scan staat in {path}. Geef dat bestand aan wie de sessie leidt.", "Your scan is in {path}. Hand that file to whoever leads the session.";
    ScanExportFailed => "De scan kon niet worden opgeslagen", "The scan could not be saved";
    ScanNotHere => "Exporteer je scan vanuit Zelfscan, Eigenaarschap, Leerfuncties of Metingen.", "Export your scan from Zelfscan, Eigenaarschap, Leerfuncties or Metingen.";
    ScanNothing => "Je hebt nog niets gescoord; de scan is leeg.", "You have not scored anything yet; the scan is empty.";
    PlanAdded => "{id} staat nu in het plan ({n} onderdelen): {path}", "{id} is now in the plan ({n} parts): {path}";
    PlanAlready => "{id} stond al in het plan: {path}", "{id} was in the plan already: {path}";
    PlanAddFailed => "Het plan kon niet worden bijgewerkt", "The plan could not be updated";
    PlanNotPersonal => "Het logboek en de metingen zijn persoonlijk en komen niet in een plan; kies een deel van het materiaal.", "The log and the snapshots are personal and never go into a plan; choose a part of the material.";
    PlanNothing => "Het plan noemt niets wat er is; er is niets te presenteren.", "The plan names nothing that exists; there is nothing to present.";
    PlanWritten => "Een sessieplan om mee te beginnen:", "A session plan to start from:";
    HtmlKeys => "← → of klik: verder · o: overzicht · c: tijd", "← → or click: move on · o: overview · c: time";
    // [issue 12] entries of this part go above this line
    //
    EntryUnreadable => "(deze regel kan niet uit het logboekbestand worden gelezen)", "(this entry cannot be read from the log file)";
    EntryUnreadableRefused => "Deze regel kan niet uit het logboekbestand worden gelezen: het bestand is buiten werkboek veranderd. Er wordt niets aan veranderd; start werkboek opnieuw.", "This entry cannot be read from the log file: the file was changed outside werkboek. Nothing is changed in it; start werkboek again.";
    LogMoved => "Het logboek staat voortaan in {new}; het oude bestand is bewaard als {kept}.", "The log is now kept in {new}; the old file is kept as {kept}.";
    HelpLogText => "In de tekst van een logboekregel", "In the text of a log entry";
    ChangedOutside => "een ander programma heeft het bestand veranderd sinds werkboek het las; werkboek schrijft er niet overheen. Sluit werkboek en open het opnieuw: dan leest het de nieuwe versie, en wat je nu schreef, wordt als noodkopie aangeboden", "another program changed the file since werkboek read it; werkboek does not write over it. Close werkboek and open it again: it then reads the new version, and what you wrote now is offered as an emergency copy";
    LogMovedAdded => "Naast het logboek stond nog een oud logboek.json; {entries} daaruit ontbraken in je logboek en zijn toegevoegd. Het oude bestand is bewaard als {kept}.", "An old logboek.json was found beside the log; {entries} from it were missing from your log and have been added. The old file is kept as {kept}.";
    LogEntryOne => "1 logboekregel", "1 log entry";
    LogEntryMany => "{n} logboekregels", "{n} log entries";
    // [issue 13] entries of this part go above this line
    //
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        }
    }

    #[test]
    fn dates_read_the_local_way() {
        let c = crate::clock::ManualClock::at("2026-03-05T08:07:00Z");
        use crate::clock::Clock;
        assert_eq!(date_time(c.now(), &c.zone(), Lang::Nl), "05-03-2026 08:07");
        assert_eq!(date_time(c.now(), &c.zone(), Lang::En), "2026-03-05 08:07");
        assert_eq!(date(c.now(), &c.zone(), Lang::Nl), "05-03-2026");
        let amsterdam = jiff::tz::TimeZone::fixed(jiff::tz::offset(1));
        assert_eq!(date_time(c.now(), &amsterdam, Lang::Nl), "05-03-2026 09:07");
    }

    #[test]
    fn one_score_is_singular() {
        assert_eq!(scores(1, Lang::Nl), "1 score");
        assert_eq!(scores(0, Lang::Nl), "0 scores");
        assert_eq!(scores(12, Lang::En), "12 scores");
    }

    #[test]
    fn flag_beats_saved_beats_locale() {
        let en = env(&[("LANG", "en_GB.UTF-8")]);
        assert_eq!(
            Lang::choose(Some(Lang::Nl), Some(Lang::En), Lang::from_locale(&en)),
            Lang::Nl
        );
        assert_eq!(
            Lang::choose(None, Some(Lang::Nl), Lang::from_locale(&en)),
            Lang::Nl
        );
        assert_eq!(Lang::choose(None, None, Lang::from_locale(&en)), Lang::En);
        assert_eq!(
            Lang::choose(None, None, Lang::from_locale(env(&[]))),
            Lang::Nl
        );
    }

    #[test]
    fn locale_follows_posix_precedence() {
        let lc_all_wins = env(&[("LC_ALL", "nl_NL.UTF-8"), ("LANG", "en_US.UTF-8")]);
        assert_eq!(Lang::from_locale(lc_all_wins), Some(Lang::Nl));
        let messages = env(&[("LC_MESSAGES", "en_US"), ("LANG", "nl_BE")]);
        assert_eq!(Lang::from_locale(messages), Some(Lang::En));
        let empty_skipped = env(&[("LC_ALL", ""), ("LANG", "en_US")]);
        assert_eq!(Lang::from_locale(empty_skipped), Some(Lang::En));
        // C decides, and C is neither language: fall back to Dutch.
        let c = env(&[("LC_ALL", "C.UTF-8"), ("LANG", "en_US")]);
        assert_eq!(Lang::choose(None, None, Lang::from_locale(c)), Lang::Nl);
    }

    #[test]
    fn system_errors_are_told_in_the_interface_language() {
        use std::io::{Error, ErrorKind};
        // No controlling terminal: the system says "No such device or address".
        #[cfg(unix)]
        {
            let nxio = Error::from_raw_os_error(rustix::io::Errno::NXIO.raw_os_error());
            assert_eq!(
                io_error(&nxio, Lang::Nl),
                "er is hier geen terminal (geen apparaat op dit adres)"
            );
            let notty = Error::from_raw_os_error(rustix::io::Errno::NOTTY.raw_os_error());
            assert_eq!(io_error(&notty, Lang::En), "this is not a terminal");
            // An error without words of its own is named by its number, not in English.
            let odd = Error::from_raw_os_error(rustix::io::Errno::NOMEDIUM.raw_os_error());
            let said = io_error(&odd, Lang::Nl);
            assert!(
                said.starts_with("onverwachte fout van het systeem (code "),
                "{said}"
            );
        }
        assert_eq!(
            io_error(&Error::from(ErrorKind::PermissionDenied), Lang::Nl),
            "geen toestemming"
        );
        assert_eq!(
            io_error(&Error::other("the system's own English"), Lang::Nl),
            "onverwachte fout van het systeem"
        );
    }

    #[test]
    fn every_message_has_both_languages() {
        for m in Msg::ALL {
            assert!(!m.get(Lang::Nl).is_empty(), "{m:?} has no Dutch");
            assert!(!m.get(Lang::En).is_empty(), "{m:?} has no English");
        }
    }
}
