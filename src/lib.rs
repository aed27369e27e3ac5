//! werkboek: a terminal workbook on professional development in Dutch schools.

pub mod content;
pub mod i18n;
