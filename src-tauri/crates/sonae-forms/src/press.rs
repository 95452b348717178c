//! 報道発表資料
//!
//! Being written (issue 7): this module is a placeholder in the working tree only.

use crate::dossier::Dossier;
use crate::model::{Document, Letterhead, Style};
use sonae_i18n::Localizer;

pub fn press_release(_l10n: &Localizer, d: &Dossier) -> Document {
    Document {
        title: "報道発表資料".into(),
        style: Style::Letter,
        drill: d.case.drill,
        letterhead: Letterhead::default(),
        subject: "報道発表資料".into(),
        kind_marks: Vec::new(),
        preamble: Vec::new(),
        items: Vec::new(),
        contact: Vec::new(),
    }
}
