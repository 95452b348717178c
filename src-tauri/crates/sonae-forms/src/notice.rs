//! 本人通知
//!
//! Being written (issue 7): this module is a placeholder in the working tree only.

use crate::dossier::Dossier;
use crate::model::{Document, Letterhead, Style};
use sonae_i18n::Localizer;

pub fn subject_notice(_l10n: &Localizer, d: &Dossier) -> Document {
    Document {
        title: "本人通知".into(),
        style: Style::Letter,
        drill: d.case.drill,
        letterhead: Letterhead::default(),
        subject: "本人通知".into(),
        kind_marks: Vec::new(),
        preamble: Vec::new(),
        items: Vec::new(),
        contact: Vec::new(),
    }
}
