//! DTOs of the organization setup: session, wizard, settings, register, 緊急連絡網, accounts.

use crate::mirror_enum;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::OrgKind;

mirror_enum!(
    /// A role a person holds.
    Role => sonae_core::Role { Staff, CsirtMember, CsirtLead, ChiefSecurityOfficer, Ciso, SystemAdministrator, Administrator }
);
mirror_enum!(
    /// 様 or 殿.
    Honorific => sonae_core::setup::Honorific { Sama, Dono }
);
mirror_enum!(
    /// Classification scheme preset.
    SchemePreset => sonae_core::setup::SchemePreset { SoumuGuideline, InfoCategory4 }
);
mirror_enum!(
    /// Axis of a classification level.
    ClassAxis => sonae_core::setup::ClassAxis { Confidentiality, Integrity, Availability, Category }
);
mirror_enum!(
    /// 三層の対策: the network segment of a system.
    NetworkSegment => sonae_core::setup::NetworkSegment { MyNumber, Lgwan, Internet }
);
mirror_enum!(
    /// Kind of 緊急連絡網 entry.
    ContactKind => sonae_core::setup::ContactKind { Internal, External, Contractor }
);

/// The signed-in user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct UserDto {
    pub person_id: String,
    pub name: String,
    pub title: String,
    pub department_name: Option<String>,
    pub roles: Vec<Role>,
    pub login_id: String,
    /// 004 第52条4: the initial password must be changed at the first sign-in.
    pub must_change_password: bool,
}

/// Who is signed in, and what the window should show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SessionDto {
    pub setup: super::SetupState,
    /// `None`: nobody is signed in.
    pub user: Option<UserDto>,
    /// Signed in, but idle longer than `idleLockMinutes`: the same user must enter the password again.
    pub locked: bool,
    pub idle_lock_minutes: u32,
    /// The fictional demo organization is loaded.
    pub demo: bool,
}

/// What the first-run wizard collects.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SetupInput {
    pub org_name: String,
    pub org_kind: OrgKind,
    pub prefecture: String,
    pub head_title: String,
    pub ciso_title: String,
    pub ciso_name: String,
    pub ordinance_sensitive_info: bool,
    pub honorific: Honorific,
    pub doc_number_format: String,
    pub ciso_report_target_minutes: u32,
    pub classification_preset: SchemePreset,
    pub admin_name: String,
    pub admin_department_name: String,
    pub admin_department_short_name: String,
    pub admin_login_id: String,
    pub admin_password: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SignInInput {
    pub login_id: String,
    pub password: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChangePasswordInput {
    pub current_password: String,
    pub new_password: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OrgProfileDto {
    pub id: String,
    pub name: String,
    pub kind: OrgKind,
    pub prefecture: String,
    pub head_title: String,
    pub ciso_title: String,
    pub ciso_person_id: Option<String>,
    pub ordinance_sensitive_info: bool,
    pub honorific: Honorific,
    pub doc_number_format: String,
    pub ciso_report_target_minutes: u32,
    pub idle_lock_minutes: u32,
    pub lockout_attempts: u32,
    /// 受付番号 format: `{年}`, `{年度}`, `{n}` (four digits).
    pub receipt_format: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OrgProfileInput {
    pub name: String,
    pub kind: OrgKind,
    pub prefecture: String,
    pub head_title: String,
    pub ciso_title: String,
    pub ciso_person_id: Option<String>,
    pub ordinance_sensitive_info: bool,
    pub honorific: Honorific,
    pub doc_number_format: String,
    pub ciso_report_target_minutes: u32,
    pub idle_lock_minutes: u32,
    pub lockout_attempts: u32,
    /// 受付番号 format: `{年}`, `{年度}`, `{n}` (four digits).
    pub receipt_format: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ClassLevelDto {
    pub id: String,
    pub axis: ClassAxis,
    pub code: String,
    pub label: String,
    pub description: String,
    pub rank: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ClassificationDto {
    pub scheme: SchemePreset,
    pub levels: Vec<ClassLevelDto>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OrgSetupDto {
    pub organization: OrgProfileDto,
    pub classification: ClassificationDto,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ClassLevelInput {
    pub id: String,
    pub label: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DepartmentDto {
    pub id: String,
    pub name: String,
    pub short_name: String,
    pub manager_person_id: Option<String>,
    pub manager_name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DepartmentInput {
    pub id: Option<String>,
    pub name: String,
    pub short_name: String,
    pub manager_person_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AccountDto {
    pub login_id: String,
    pub password_set: bool,
    pub must_change_password: bool,
    pub failed_attempts: u32,
    pub locked: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PersonDto {
    pub id: String,
    pub name: String,
    pub name_kana: String,
    pub title: String,
    pub department_id: Option<String>,
    pub department_name: Option<String>,
    pub roles: Vec<Role>,
    pub office_phone: String,
    pub mobile_phone: String,
    pub email: String,
    pub after_hours: String,
    pub account: Option<AccountDto>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PersonInput {
    pub id: Option<String>,
    pub name: String,
    pub name_kana: String,
    pub title: String,
    pub department_id: Option<String>,
    pub roles: Vec<Role>,
    pub office_phone: String,
    pub mobile_phone: String,
    pub email: String,
    pub after_hours: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AccountInput {
    pub person_id: String,
    pub login_id: String,
    pub initial_password: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PersonRef {
    pub person_id: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SystemDto {
    pub id: String,
    pub name: String,
    pub department_id: Option<String>,
    pub department_name: Option<String>,
    pub segment: NetworkSegment,
    pub holds_personal_info: bool,
    pub holds_my_number: bool,
    pub my_number_affairs: bool,
    pub info_provision_network: bool,
    pub contractor: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SystemInput {
    pub id: Option<String>,
    pub name: String,
    pub department_id: Option<String>,
    pub segment: NetworkSegment,
    pub holds_personal_info: bool,
    pub holds_my_number: bool,
    pub my_number_affairs: bool,
    pub info_provision_network: bool,
    pub contractor: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ContactDto {
    pub id: String,
    pub kind: ContactKind,
    pub organization: String,
    pub section: String,
    pub phone: String,
    pub after_hours_phone: String,
    pub email: String,
    pub note: String,
    pub sort_order: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ContactInput {
    pub id: Option<String>,
    pub kind: ContactKind,
    pub organization: String,
    pub section: String,
    pub phone: String,
    pub after_hours_phone: String,
    pub email: String,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportDto {
    pub path: String,
}

/// The first-run choice of the organization's passphrase (the database is created encrypted).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CreateDatabaseInput {
    pub passphrase: String,
    pub confirm_passphrase: String,
}

/// Changing the organization's passphrase (re-keys the database).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChangePassphraseInput {
    pub current_passphrase: String,
    pub new_passphrase: String,
    pub confirm_passphrase: String,
}

/// Whether the database is encrypted at rest, and when its passphrase last changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EncryptionDto {
    pub encrypted: bool,
    /// RFC 3339 UTC; `None` if never changed.
    pub rekeyed_at: Option<String>,
    /// The shortest passphrase accepted.
    pub min_chars: u32,
}
