//! DTOs of the staff report wizard: the form as typed, drafts with their issues, the receipt.

use super::{CaseState, Category, ContactKind, NetworkSegment};
use serde::{Deserialize, Serialize};
use sonae_core::ReportForm;
use ts_rs::TS;

/// The wizard's form, exactly as typed. Enum values are their codes (`loss_theft`, `yes` …),
/// date-times `YYYY-MM-DDTHH:MM` in Japan time, ids UUID text; `""` = not given. Rust checks
/// everything; a draft is saved whatever it holds.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct ReportFormDto {
    /// `staff` | `resident` | `contractor` | `other`.
    pub source: String,
    /// Codes of the 004 第85条 checklist (`pc_lost_stolen` …).
    pub symptoms: Vec<String>,
    /// A category code (`loss_theft` …).
    pub category: String,
    pub what_happened: String,
    pub noticed_at: String,
    pub occurred_at: String,
    pub occurred_note: String,
    pub department_id: String,
    pub device: String,
    pub system_id: String,
    /// `my_number` | `lgwan` | `internet` | `unknown`.
    pub network_segment: String,
    pub class_level_id: String,
    /// `yes` | `no` | `unknown`.
    pub personal_info: String,
    /// `yes` | `no` | `unknown`.
    pub my_number: String,
    pub max_persons: String,
    /// `paper` | `electronic` | `both` | `unknown`.
    pub medium: String,
    pub actions_taken: String,
    pub reporter_name: String,
    pub reporter_phone: String,
    pub reporter_email: String,
    pub reporter_reachability: String,
    pub relay_org: String,
    /// `phone` | `visit` | `email` | `letter` | `other`.
    pub relay_channel: String,
    pub relay_received_at: String,
}

impl From<ReportFormDto> for ReportForm {
    fn from(f: ReportFormDto) -> Self {
        let ReportFormDto {
            source,
            symptoms,
            category,
            what_happened,
            noticed_at,
            occurred_at,
            occurred_note,
            department_id,
            device,
            system_id,
            network_segment,
            class_level_id,
            personal_info,
            my_number,
            max_persons,
            medium,
            actions_taken,
            reporter_name,
            reporter_phone,
            reporter_email,
            reporter_reachability,
            relay_org,
            relay_channel,
            relay_received_at,
        } = f;
        ReportForm {
            source,
            symptoms,
            category,
            what_happened,
            noticed_at,
            occurred_at,
            occurred_note,
            department_id,
            device,
            system_id,
            network_segment,
            class_level_id,
            personal_info,
            my_number,
            max_persons,
            medium,
            actions_taken,
            reporter_name,
            reporter_phone,
            reporter_email,
            reporter_reachability,
            relay_org,
            relay_channel,
            relay_received_at,
        }
    }
}

/// One problem with the form, to be shown next to its field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FieldIssueDto {
    /// The wizard step (1–7) the field is on.
    pub step: u8,
    /// The form field (`noticedAt` …).
    pub field: String,
    /// Fluent id of the message (`error-datetime-future` …).
    pub message_id: String,
    /// Fluent id of the field's label, for messages that name it.
    pub field_id: String,
}

/// Saves the form: `draftId` null starts a new draft.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SaveDraftInput {
    pub draft_id: Option<String>,
    /// The step the reporter is on (1–7).
    pub step: u8,
    pub form: ReportFormDto,
}

/// A saved draft, with everything still wrong with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportDraftDto {
    pub id: String,
    pub step: u8,
    pub form: ReportFormDto,
    /// RFC 3339 UTC.
    pub created_at: String,
    /// RFC 3339 UTC.
    pub updated_at: String,
    pub issues: Vec<FieldIssueDto>,
}

/// Submits a draft with its latest form (saved first, so nothing is lost if it is refused).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SubmitReportInput {
    pub draft_id: String,
    pub form: ReportFormDto,
}

/// Someone to call, from the 緊急連絡網.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CallDto {
    /// A person on the staff (`null`: a 緊急連絡網 entry).
    pub person_id: Option<String>,
    pub kind: ContactKind,
    pub name: String,
    /// Title, or the section of a 緊急連絡網 entry.
    pub title: String,
    pub department_name: Option<String>,
    pub phone: String,
    pub mobile_phone: String,
    pub after_hours: String,
    pub email: String,
}

/// What the reporter sees after submitting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportReceiptDto {
    /// 受付番号.
    pub receipt_no: String,
    pub report_id: String,
    pub case_id: String,
    pub category: Category,
    /// RFC 3339 UTC.
    pub submitted_at: String,
    /// RFC 3339 UTC: the first candidate for 知った日.
    pub noticed_at: String,
    /// Whom to call while the CSIRT takes over: the CSIRT and internal 緊急連絡網 entries.
    pub contacts: Vec<CallDto>,
}

/// A department, system or classification level to choose from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OptionDto {
    pub id: String,
    pub label: String,
    /// Systems: the owning department. Classification levels: the axis code.
    pub group: Option<String>,
    /// Classification levels: the description. Systems: the contractor.
    pub description: String,
    /// Systems only.
    pub network_segment: Option<NetworkSegment>,
}

/// Organization-specific first-response guidance for one category (replaces the default text).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GuidanceDto {
    pub category: Category,
    /// One step per entry; empty = the default guidance (Fluent `guidance-…`).
    pub steps: Vec<String>,
}

/// Everything the wizard offers to choose from, and the signed-in reporter's own details.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportOptionsDto {
    pub departments: Vec<OptionDto>,
    pub systems: Vec<OptionDto>,
    pub class_levels: Vec<OptionDto>,
    /// Only categories whose guidance the organization has rewritten.
    pub guidance: Vec<GuidanceDto>,
    pub me: ReporterDto,
}

/// The signed-in person, to prefill step 3 and step 6.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReporterDto {
    pub name: String,
    pub department_id: Option<String>,
    pub phone: String,
    pub email: String,
}

/// One report in a list: staff see their own, the CSIRT all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportSummaryDto {
    pub report_id: String,
    pub case_id: Option<String>,
    pub receipt_no: Option<String>,
    pub case_state: Option<CaseState>,
    pub category: Category,
    pub title: String,
    /// `staff` | `resident` | `contractor` | `other`.
    pub source: String,
    pub reporter_name: String,
    /// RFC 3339 UTC.
    pub submitted_at: String,
}

/// One report as filed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportDto {
    pub summary: ReportSummaryDto,
    pub form: ReportFormDto,
}
