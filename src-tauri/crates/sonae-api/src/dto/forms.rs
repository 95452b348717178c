//! Transport types of a case's documents (issue 7): 報告事項, the addressees of outside bodies,
//! which documents a case can give, the PDFs, and the versions recorded as submitted.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// 報告事項 of a case (PPC report items beyond the rules' facts; see `sonae_core::particulars`).
/// Numbers and times are text as typed, so a bad value comes back as an error naming the field.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct ParticularsDto {
    pub discovered_by: String,
    pub contractor: String,
    pub data_items: String,
    pub data_kind: String,
    /// Digits, or empty.
    pub confirmed_persons: String,
    /// `YYYY-MM-DDTHH:MM` in Japan time, or empty.
    pub persons_counted_at: String,
    pub cause_actor: String,
    /// `yes` | `no` | `unknown` | empty.
    pub secondary_damage: String,
    pub secondary_damage_detail: String,
    /// `undecided` | `done` | `planned` | `impossible` | empty.
    pub subject_response: String,
    pub subject_response_detail: String,
    /// `undecided` | `done` | `planned` | `not_planned` | empty.
    pub publication: String,
    pub publication_detail: String,
    pub other: String,
    /// `my_number` | `lgwan` | `internet`.
    pub network_segments: Vec<String>,
    pub affected_services: String,
    pub inquiry_desk: String,
}

/// Saving a case's 報告事項.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ParticularsInput {
    pub case_id: String,
    pub particulars: ParticularsDto,
}

/// Whom documents to outside bodies are addressed to (organisation setting).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct AddresseesDto {
    pub ppc: String,
    pub soumu: String,
    pub prefecture: String,
    pub police: String,
}

/// One document kind for a case: whether it makes sense, and if not, why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DocumentKindDto {
    /// `first-report` | `ppc-appi` | `ppc-mynumber` | `prefecture` | `final-report` |
    /// `subject-notice` | `press-release` | `police` | `contacts`.
    pub kind: String,
    pub available: bool,
    /// Why not (a `forms-na-*` message id), when not available.
    pub reason: Option<String>,
    /// For PPC reports: the report kind the tracker suggests (`preliminary` …).
    pub suggested_ppc_kind: Option<String>,
    /// The file name offered when saving it (the document's title), when available.
    pub file_name: Option<String>,
}

/// A version of a document recorded as submitted: its exact bytes are kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SubmissionDto {
    pub id: String,
    pub kind: String,
    /// For PPC reports: `preliminary` | `final` | `combined` | `supplement`.
    pub ppc_kind: Option<String>,
    /// The tracker row it belongs to (`destination:basis:stage`), if any.
    pub notification_key: Option<String>,
    pub file_name: String,
    pub sha256: String,
    #[ts(type = "number")]
    pub size: u64,
    pub recorded_by: String,
    pub recorded_at: String,
    /// A later version of the same document (追完 or a corrected copy) follows this one.
    pub superseded: bool,
}

/// What the 文書 tab shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CaseDocumentsDto {
    pub case_id: String,
    pub drill: bool,
    pub kinds: Vec<DocumentKindDto>,
    pub particulars: ParticularsDto,
    pub submissions: Vec<SubmissionDto>,
}

/// Asking for a document.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DocumentRequest {
    pub case_id: String,
    pub kind: String,
    /// For PPC reports; None: the tracker's suggestion.
    #[serde(default)]
    pub ppc_kind: Option<String>,
}

/// A rendered document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DocumentPdfDto {
    /// A file name to offer: `2026-0005_第一報.pdf`.
    pub file_name: String,
    /// The PDF, base64.
    pub pdf_base64: String,
    pub sha256: String,
    #[ts(type = "number")]
    pub size: u64,
    #[ts(type = "number")]
    pub pages: u32,
    pub drill: bool,
    /// The submission this version was recorded as, when it was.
    pub submission_id: Option<String>,
}

/// One field of the PPC online form with the text to paste into it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PasteFieldDto {
    pub label: String,
    pub text: String,
}

/// One block of a previewed item: a paragraph (`text`), `label：value` lines (`fields`) or a table
/// (`columns`, `rows`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PreviewBlockDto {
    /// `paragraph` | `fields` | `table`.
    pub kind: String,
    pub text: Option<String>,
    pub fields: Vec<PreviewFieldDto>,
    pub columns: Vec<PreviewColumnDto>,
    pub rows: Vec<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PreviewFieldDto {
    pub label: String,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PreviewColumnDto {
    pub header: String,
    pub weight: u16,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PreviewItemDto {
    pub heading: String,
    pub blocks: Vec<PreviewBlockDto>,
}

/// A document as the app previews it: the same model the PDF is drawn from, so the preview
/// says exactly what the PDF says (WebKitGTK has no PDF viewer to show the file itself).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DocumentPreviewDto {
    pub kind: String,
    pub title: String,
    /// `letter` (記 … 以上) | `plain` (a 資料).
    pub style: String,
    pub drill: bool,
    pub doc_number: String,
    pub date: String,
    pub addressee: Vec<String>,
    pub sender: Vec<String>,
    pub subject: String,
    pub kind_marks: Vec<String>,
    pub preamble: Vec<String>,
    pub items: Vec<PreviewItemDto>,
    /// The first this many items are not numbered (numbering starts after them).
    pub unnumbered: u32,
    pub contact: Vec<String>,
    /// The file name offered when saving.
    pub file_name: String,
    /// For PPC reports: the report kind used.
    pub ppc_kind: Option<String>,
}

/// Saving a document (or recording it as submitted and saving that exact version) to a file the
/// user chose.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SaveDocumentInput {
    pub case_id: String,
    pub kind: String,
    #[serde(default)]
    pub ppc_kind: Option<String>,
    /// The file to write (absolute path).
    pub path: String,
    /// Record this version as submitted (its bytes and SHA-256 are kept).
    #[serde(default)]
    pub record: bool,
    /// Replace an existing file (otherwise an existing file is an error at `path`).
    #[serde(default)]
    pub overwrite: bool,
}

/// Saving a recorded version again.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SaveSubmissionInput {
    pub case_id: String,
    pub submission_id: String,
    pub path: String,
    #[serde(default)]
    pub overwrite: bool,
}

/// A file written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SavedDocumentDto {
    pub path: String,
    pub sha256: String,
    #[ts(type = "number")]
    pub size: u64,
    pub submission_id: Option<String>,
    pub documents: CaseDocumentsDto,
}
