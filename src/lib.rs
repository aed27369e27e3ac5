//! werkboek: a terminal workbook on professional development in Dutch schools.

pub mod content;
pub mod data;
pub mod i18n;
pub mod store;
