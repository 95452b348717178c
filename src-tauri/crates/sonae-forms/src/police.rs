//! 警察相談用資料
//!
//! Being written (issue 7): this module is a placeholder in the working tree only.

use crate::dossier::Dossier;
use crate::model::{Document, Letterhead, Style};
use sonae_i18n::Localizer;

pub fn police_consultation(_l10n: &Localizer, d: &Dossier) -> Document {
    Document {
        title: "警察相談用資料".into(),
        style: Style::Letter,
        drill: d.case.drill,
        letterhead: Letterhead::default(),
        subject: "警察相談用資料".into(),
        kind_marks: Vec::new(),
        preamble: Vec::new(),
        items: Vec::new(),
        contact: Vec::new(),
    }
}
