//! The user's own data: notes, progress and settings. Plain data, keyed by the material's
//! stable ids, so rewording the material never orphans a note.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

/// The version of the workbook file this build writes. Older versions are migrated on load;
/// newer ones are refused (never overwritten).
pub const WORKBOOK_SCHEMA: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Workbook {
    pub schema: u32,
    #[serde(default)]
    pub settings: Settings,
    /// Per item id. Entries for ids the material no longer has are kept as they are.
    #[serde(default)]
    pub items: BTreeMap<String, ItemState>,
}

impl Default for Workbook {
    fn default() -> Self {
        Workbook {
            schema: WORKBOOK_SCHEMA,
            settings: Settings::default(),
            items: BTreeMap::new(),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemState {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub studied: bool,
}

impl ItemState {
    pub fn is_empty(&self) -> bool {
        *self == ItemState::default()
    }
}

impl Workbook {
    pub fn item(&self, id: &str) -> Option<&ItemState> {
        self.items.get(id)
    }

    pub fn note(&self, id: &str) -> &str {
        self.item(id).map(|s| s.note.as_str()).unwrap_or("")
    }

    pub fn studied(&self, id: &str) -> bool {
        self.item(id).is_some_and(|s| s.studied)
    }

    /// Changes one item's state, dropping the entry when nothing is left in it.
    pub fn update_item(&mut self, id: &str, change: impl FnOnce(&mut ItemState)) {
        let state = self.items.entry(id.to_string()).or_default();
        change(state);
        if state.is_empty() {
            self.items.remove(id);
        }
    }
}
