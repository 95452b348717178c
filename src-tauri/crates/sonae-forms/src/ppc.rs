//! 漏えい等報告
//!
//! Being written (issue 7): this module is a placeholder in the working tree only.

use crate::dossier::Dossier;
use crate::model::{Document, Letterhead, Style};
use sonae_core::obligations::Basis;
use sonae_i18n::Localizer;

pub fn ppc_report(
    _l10n: &Localizer,
    d: &Dossier,
    _law: crate::kinds::PpcLaw,
    _basis: Basis,
    _kind: crate::kinds::PpcReportKind,
) -> Document {
    Document {
        title: "漏えい等報告".into(),
        style: Style::Letter,
        drill: d.case.drill,
        letterhead: Letterhead::default(),
        subject: "漏えい等報告".into(),
        kind_marks: Vec::new(),
        preamble: Vec::new(),
        items: Vec::new(),
        contact: Vec::new(),
    }
}

/// The PPC online form's fields with the text to paste into each, in the form's order.
pub fn online_form_fields(
    _l10n: &Localizer,
    _d: &Dossier,
    _law: crate::kinds::PpcLaw,
    _basis: Basis,
    _kind: crate::kinds::PpcReportKind,
) -> Vec<(String, String)> {
    Vec::new()
}
