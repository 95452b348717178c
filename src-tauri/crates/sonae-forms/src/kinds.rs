//! The documents a case can give ([`Kind`]), when each makes sense ([`applicable`]), and
//! building one ([`build`]). The CLI's `sonae report <kind>` and the app's 文書 tab both go
//! through here, so a document that makes no sense for a case is refused the same way in both.

use crate::dossier::Dossier;
use crate::model::Document;
use sonae_core::notification::{NotificationState, Stage};
use sonae_core::obligations::{Basis, Destination, Timing};
use sonae_i18n::Localizer;

/// A closed enum with a stable code per variant (sonae-core's `coded_enum!` is private to it).
macro_rules! coded_enum {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The variant's code.
            pub fn as_code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            /// The variant with this code.
            pub fn from_code(code: &str) -> Option<$name> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }
        }
    };
}

coded_enum! {
    /// A document of a case. Codes are the CLI's kind names.
    pub enum Kind {
        /// 情報セキュリティインシデント報告書（第一報）, to the CISO.
        FirstReport = "first-report",
        /// 漏えい等報告 to the PPC under 個人情報保護法68条.
        PpcAppi = "ppc-appi",
        /// 漏えい等報告 to the PPC under 番号法29条の4 or the guideline.
        PpcMyNumber = "ppc-mynumber",
        /// Report to 総務省 and the 都道府県.
        Prefecture = "prefecture",
        /// 事故報告書, for the CISO and the committee.
        FinalReport = "final-report",
        /// 本人通知文.
        SubjectNotice = "subject-notice",
        /// 報道発表資料 (draft).
        PressRelease = "press-release",
        /// 警察相談用資料.
        Police = "police",
        /// 緊急連絡網.
        Contacts = "contacts",
    }
}

coded_enum! {
    /// The PPC report's kind (報告の種類).
    pub enum PpcReportKind {
        /// 速報.
        Preliminary = "preliminary",
        /// 確報.
        Final = "final",
        /// 速報兼確報 (everything known at once).
        Combined = "combined",
        /// 追完 (after a 確報).
        Supplement = "supplement",
    }
}

coded_enum! {
    /// The law a PPC report is made under.
    pub enum PpcLaw {
        /// 個人情報の保護に関する法律 68条1項.
        Appi = "appi",
        /// 行政手続における特定の個人を識別するための番号の利用等に関する法律 29条の4 (or the
        /// guideline's report of any other 特定個人情報 leak).
        MyNumber = "mynumber",
    }
}

/// Options a document may take.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// The PPC report's kind; None: from the tracker (速報 until one is sent, then 確報, then 追完).
    pub ppc_kind: Option<PpcReportKind>,
}

/// Why a kind makes no sense for a case: a message id of `forms.ftl` (`forms-na-*`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotApplicable(pub &'static str);

/// The PPC obligation of `law` (its basis), if the rules found one.
pub fn ppc_basis(d: &Dossier, law: PpcLaw) -> Option<Basis> {
    let bases: &[Basis] = match law {
        PpcLaw::Appi => &[Basis::Appi68],
        PpcLaw::MyNumber => &[Basis::Mynumber294, Basis::MynumberGuideline],
    };
    bases.iter().copied().find(|b| d.obligation(Destination::Ppc, *b).is_some())
}

/// The report kind the tracker suggests: 速報 until one is sent, then 確報, then 追完.
pub fn suggested_ppc_kind(d: &Dossier, basis: Basis) -> PpcReportKind {
    let sent = |stage| {
        d.notification(Destination::Ppc, basis, stage).is_some_and(|n| n.sent_at.is_some() && n.state != NotificationState::NotRequired)
    };
    if sent(Stage::Final) {
        PpcReportKind::Supplement
    } else if sent(Stage::Preliminary) {
        PpcReportKind::Final
    } else {
        PpcReportKind::Preliminary
    }
}

/// Whether `kind` makes sense for the case, and if not, why.
pub fn applicable(kind: Kind, d: &Dossier) -> Result<(), NotApplicable> {
    let judged_not_incident = d.case.triage.is_incident == Some(false);
    let facts = d.facts.is_some();
    let owed = |dest: Destination| !d.obligations_to(dest).is_empty();
    match kind {
        Kind::FirstReport | Kind::FinalReport if judged_not_incident => Err(NotApplicable("forms-na-not-incident")),
        Kind::FinalReport if d.case.triage.is_incident.is_none() => Err(NotApplicable("forms-na-not-judged")),
        Kind::FirstReport | Kind::FinalReport | Kind::Contacts => Ok(()),
        _ if !facts => Err(NotApplicable("forms-na-no-facts")),
        Kind::PpcAppi if ppc_basis(d, PpcLaw::Appi).is_none() => Err(NotApplicable("forms-na-no-ppc-appi")),
        Kind::PpcMyNumber if ppc_basis(d, PpcLaw::MyNumber).is_none() => Err(NotApplicable("forms-na-no-ppc-mynumber")),
        Kind::Prefecture if !owed(Destination::Soumu) && !owed(Destination::Prefecture) => Err(NotApplicable("forms-na-no-prefecture")),
        Kind::SubjectNotice if !owed(Destination::DataSubjects) => Err(NotApplicable("forms-na-no-subject-notice")),
        // The half-yearly batch publication is a list, not a press release.
        Kind::PressRelease if !d.obligations_to(Destination::Publication).iter().any(|o| o.timing != Timing::Batch) => {
            Err(NotApplicable("forms-na-no-publication"))
        }
        Kind::Police if !owed(Destination::Police) => Err(NotApplicable("forms-na-no-police")),
        _ => Ok(()),
    }
}

/// The document of `kind` for the case, or why it makes no sense. Its `drill` is the case's.
pub fn build(kind: Kind, l10n: &Localizer, d: &Dossier, options: Options) -> Result<Document, NotApplicable> {
    applicable(kind, d)?;
    let ppc = |law| {
        let basis = ppc_basis(d, law).expect("applicable checked the obligation");
        let kind = options.ppc_kind.unwrap_or_else(|| suggested_ppc_kind(d, basis));
        crate::ppc::ppc_report(l10n, d, law, basis, kind)
    };
    let mut doc = match kind {
        Kind::FirstReport => crate::first_report::first_report(l10n, d),
        Kind::PpcAppi => ppc(PpcLaw::Appi),
        Kind::PpcMyNumber => ppc(PpcLaw::MyNumber),
        Kind::Prefecture => crate::prefecture::prefecture_report(l10n, d),
        Kind::FinalReport => crate::final_report::final_report(l10n, d),
        Kind::SubjectNotice => crate::notice::subject_notice(l10n, d),
        Kind::PressRelease => crate::press::press_release(l10n, d),
        Kind::Police => crate::police::police_consultation(l10n, d),
        Kind::Contacts => crate::contacts::contact_list(l10n, d),
    };
    // Whatever a builder did, a drill case's document is a drill document.
    doc.drill |= d.case.drill;
    Ok(doc)
}
