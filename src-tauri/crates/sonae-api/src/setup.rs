//! Setting an organization up: the first-run wizard, and the one `Blueprint` writer that the
//! wizard, `sonae demo` and `sonae org import` all go through.

use crate::dto::{SessionDto, SetupInput};
use crate::error::{ApiError, ErrorCode, rename_field};
use crate::home::SETUP_START_KEY;
use crate::password;
use crate::session::{Session, session_status};
use sonae_core::setup::{
    ClassLevel, Contact, InfoSystem, OrgSettings, SchemePreset, check_login_id, check_password, preset_contacts, preset_levels,
};
use sonae_core::{Department, DepartmentId, IdGen, Organization, OrganizationId, Person, PersonId, Role, Timestamp};
use sonae_store::{AccountRow, Store, StoreError, Writer};

/// Everything that describes an organization (no case data), ready to be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Blueprint {
    pub org: Organization,
    pub departments: Vec<Department>,
    pub people: Vec<Person>,
    pub accounts: Vec<AccountRow>,
    pub scheme: SchemePreset,
    pub levels: Vec<ClassLevel>,
    pub systems: Vec<InfoSystem>,
    pub contacts: Vec<Contact>,
}

impl Blueprint {
    /// Writes every row, in an order the foreign keys accept. `how` is recorded as the setup choice.
    pub fn write(&self, w: &mut Writer<'_>, how: &str) -> Result<(), StoreError> {
        for d in &self.departments {
            w.put_department(&Department { manager_person_id: None, ..d.clone() })?;
        }
        for p in &self.people {
            w.put_person(p)?;
        }
        for d in self.departments.iter().filter(|d| d.manager_person_id.is_some()) {
            w.put_department(d)?;
        }
        w.put_organization(&self.org)?;
        for l in &self.levels {
            w.put_class_level(self.scheme, l)?;
        }
        for s in &self.systems {
            w.put_system(s)?;
        }
        for c in &self.contacts {
            w.put_contact(c)?;
        }
        for a in &self.accounts {
            w.put_account(a)?;
        }
        w.put_setting(SETUP_START_KEY, how)
    }
}

/// Refuses unless no organization exists yet.
pub(crate) fn ensure_no_organization(store: &Store) -> Result<(), ApiError> {
    if store.organization()?.is_some() {
        return Err(ApiError::new(ErrorCode::Conflict, "error-already-initialized"));
    }
    Ok(())
}

fn renamed<T>(r: Result<T, sonae_core::DomainError>, pairs: &[(&str, &str)]) -> Result<T, ApiError> {
    r.map_err(|e| pairs.iter().fold(ApiError::from(e), |e, (from, to)| rename_field(e, from, to)))
}

/// Builds the wizard's organization: its administrator (with an account), the CISO, the
/// administrator's department, the chosen classification preset and the external contacts.
fn blueprint_from_wizard(input: &SetupInput, ids: &dyn IdGen) -> Result<(Blueprint, PersonId), ApiError> {
    let mut org = renamed(
        Organization::new(
            OrganizationId::new(ids),
            &input.org_name,
            input.org_kind.into(),
            &input.prefecture,
            &input.head_title,
            &input.ciso_title,
        ),
        &[("name", "orgName")],
    )?;
    let dept = renamed(
        Department::new(DepartmentId::new(ids), &input.admin_department_name, &input.admin_department_short_name),
        &[("name", "adminDepartmentName"), ("shortName", "adminDepartmentShortName")],
    )?;
    let admin = renamed(
        Person::new(PersonId::new(ids), Some(dept.id), &input.admin_name, "", "", &[Role::Administrator, Role::Staff]),
        &[("name", "adminName")],
    )?;
    let ciso = renamed(
        Person::new(PersonId::new(ids), None, &input.ciso_name, "", &input.ciso_title, &[Role::Ciso, Role::Staff]),
        &[("name", "cisoName")],
    )?;
    org.settings = renamed(
        OrgSettings {
            ciso_person_id: Some(ciso.id),
            ordinance_sensitive_info: input.ordinance_sensitive_info,
            honorific: input.honorific.into(),
            doc_number_format: input.doc_number_format.clone(),
            ciso_report_target_minutes: input.ciso_report_target_minutes,
            ..OrgSettings::default()
        }
        .validate(),
        &[],
    )?;
    let login_id = renamed(check_login_id(&input.admin_login_id), &[("loginId", "adminLoginId")])?;
    renamed(check_password(&login_id, &input.admin_password), &[("password", "adminPassword")])?;
    let account = AccountRow {
        person_id: admin.id,
        login_id,
        password_hash: Some(password::hash(&input.admin_password)?),
        must_change_password: false,
        failed_attempts: 0,
        locked: false,
    };
    let scheme: SchemePreset = input.classification_preset.into();
    let admin_id = admin.id;
    let contacts = preset_contacts(&org.prefecture, ids);
    Ok((
        Blueprint {
            levels: preset_levels(scheme, ids),
            scheme,
            org,
            departments: vec![dept],
            people: vec![admin, ciso],
            accounts: vec![account],
            systems: vec![],
            contacts,
        },
        admin_id,
    ))
}

/// The first-run wizard: sets the organization up and signs its first administrator in.
pub fn complete_setup(
    store: &mut Store,
    ids: &dyn IdGen,
    now: Timestamp,
    session: &mut Option<Session>,
    input: SetupInput,
) -> Result<SessionDto, ApiError> {
    ensure_no_organization(store)?;
    let (bp, admin) = blueprint_from_wizard(&input, ids)?;
    store.write("system:setup", now, |w| bp.write(w, "wizard"))?;
    *session = Some(Session { person_id: admin, last_active: now, locked: false });
    session_status(store, session, now)
}
