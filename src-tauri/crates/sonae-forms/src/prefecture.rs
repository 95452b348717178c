//! 総務省・都道府県報告
//!
//! Being written (issue 7): this module is a placeholder in the working tree only.

use crate::dossier::Dossier;
use crate::model::{Document, Letterhead, Style};
use sonae_i18n::Localizer;

pub fn prefecture_report(_l10n: &Localizer, d: &Dossier) -> Document {
    Document {
        title: "総務省・都道府県報告".into(),
        style: Style::Letter,
        drill: d.case.drill,
        letterhead: Letterhead::default(),
        subject: "総務省・都道府県報告".into(),
        kind_marks: Vec::new(),
        preamble: Vec::new(),
        items: Vec::new(),
        contact: Vec::new(),
    }
}
