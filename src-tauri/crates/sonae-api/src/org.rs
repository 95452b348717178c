//! The organization's setup after the wizard: profile and settings, classification labels,
//! departments, people and their accounts, the systems register and the 緊急連絡網.
//! Everyone signed in may read it (staff need to know whom to call); only 管理者 may change it.

use crate::Ctx;
use crate::dto::*;
use crate::error::{ApiError, ErrorCode, rename_field};
use crate::password;
use sonae_core::setup::{ClassLevel, Contact, InfoSystem, OrgSettings, check_login_id, check_password};
use sonae_core::{Action, Department, DepartmentId, Person, PersonContact, PersonId};
use sonae_i18n::{Lang, Localizer};
use sonae_store::AccountRow;
use std::path::{Path, PathBuf};

fn not_found() -> ApiError {
    ApiError::new(ErrorCode::NotFound, "error-not-found")
}

fn parse_id<T>(field: &str, value: &str, parse: impl Fn(&str) -> Option<T>) -> Result<T, ApiError> {
    parse(value).ok_or_else(|| {
        let mut e = ApiError::new(ErrorCode::Validation, "error-not-found").arg("fieldId", crate::fluent_id("field", field));
        e.field = Some(field.to_owned());
        e
    })
}

fn organization(ctx: &Ctx<'_>) -> Result<sonae_core::Organization, ApiError> {
    ctx.store.organization()?.ok_or_else(not_found)
}

/// The organization's profile, settings and classification scheme.
pub fn org_setup(ctx: &mut Ctx<'_>) -> Result<OrgSetupDto, ApiError> {
    ctx.actor.require(Action::ViewOrganization)?;
    let o = organization(ctx)?;
    let (scheme, levels) = ctx.store.classification()?.ok_or_else(not_found)?;
    let s = o.settings;
    Ok(OrgSetupDto {
        organization: OrgProfileDto {
            id: o.id.to_string(),
            name: o.name,
            kind: o.kind.into(),
            prefecture: o.prefecture,
            head_title: o.head_title,
            ciso_title: o.ciso_title,
            ciso_person_id: s.ciso_person_id.map(|p| p.to_string()),
            ordinance_sensitive_info: s.ordinance_sensitive_info,
            honorific: s.honorific.into(),
            doc_number_format: s.doc_number_format,
            ciso_report_target_minutes: s.ciso_report_target_minutes,
            idle_lock_minutes: s.idle_lock_minutes,
            lockout_attempts: s.lockout_attempts,
            receipt_format: s.receipt_format,
        },
        classification: ClassificationDto {
            scheme: scheme.into(),
            levels: levels
                .into_iter()
                .map(|l| ClassLevelDto {
                    id: l.id.to_string(),
                    axis: l.axis.into(),
                    code: l.code,
                    label: l.label,
                    description: l.description,
                    rank: l.rank,
                })
                .collect(),
        },
    })
}

/// Changes the profile and settings.
pub fn update_org_profile(ctx: &mut Ctx<'_>, input: OrgProfileInput) -> Result<OrgSetupDto, ApiError> {
    ctx.actor.require(Action::ManageOrganization)?;
    let current = organization(ctx)?;
    let ciso_person_id = optional_person(ctx, "cisoPersonId", input.ciso_person_id.as_deref())?;
    let mut org =
        sonae_core::Organization::new(current.id, &input.name, input.kind.into(), &input.prefecture, &input.head_title, &input.ciso_title)?;
    org.settings = OrgSettings {
        ciso_person_id,
        ordinance_sensitive_info: input.ordinance_sensitive_info,
        honorific: input.honorific.into(),
        doc_number_format: input.doc_number_format,
        ciso_report_target_minutes: input.ciso_report_target_minutes,
        idle_lock_minutes: input.idle_lock_minutes,
        lockout_attempts: input.lockout_attempts,
        receipt_format: input.receipt_format,
    }
    .validate()?;
    ctx.store.write(&ctx.actor.label, ctx.clock.now(), |w| w.put_organization(&org))?;
    org_setup(ctx)
}

/// Changes one classification level's label and description (its code stays).
pub fn update_class_level(ctx: &mut Ctx<'_>, input: ClassLevelInput) -> Result<OrgSetupDto, ApiError> {
    ctx.actor.require(Action::ManageOrganization)?;
    let (scheme, levels) = ctx.store.classification()?.ok_or_else(not_found)?;
    let level: ClassLevel = levels.into_iter().find(|l| l.id.to_string() == input.id).ok_or_else(not_found)?;
    let level = level.edit(&input.label, &input.description)?;
    ctx.store.write(&ctx.actor.label, ctx.clock.now(), |w| w.put_class_level(scheme, &level))?;
    org_setup(ctx)
}

/// Every department, with its 情報セキュリティ管理者.
pub fn list_departments(ctx: &mut Ctx<'_>) -> Result<Vec<DepartmentDto>, ApiError> {
    ctx.actor.require(Action::ViewOrganization)?;
    let people = ctx.store.people()?;
    Ok(ctx
        .store
        .departments()?
        .into_iter()
        .map(|d| DepartmentDto {
            id: d.id.to_string(),
            manager_name: d.manager_person_id.and_then(|m| people.iter().find(|p| p.id == m)).map(|p| p.name.clone()),
            manager_person_id: d.manager_person_id.map(|p| p.to_string()),
            name: d.name,
            short_name: d.short_name,
        })
        .collect())
}

fn optional_person(ctx: &Ctx<'_>, field: &str, value: Option<&str>) -> Result<Option<PersonId>, ApiError> {
    match value {
        None | Some("") => Ok(None),
        Some(v) => {
            let id = parse_id(field, v, PersonId::parse)?;
            if ctx.store.people()?.iter().any(|p| p.id == id) { Ok(Some(id)) } else { parse_id(field, "", |_| None) }
        }
    }
}

fn optional_department(ctx: &Ctx<'_>, value: Option<&str>) -> Result<Option<DepartmentId>, ApiError> {
    match value {
        None | Some("") => Ok(None),
        Some(v) => {
            let id = parse_id("departmentId", v, DepartmentId::parse)?;
            if ctx.store.departments()?.iter().any(|d| d.id == id) { Ok(Some(id)) } else { parse_id("departmentId", "", |_| None) }
        }
    }
}

/// Adds (`id: null`) or changes a department. Names and short names are unique.
pub fn save_department(ctx: &mut Ctx<'_>, input: DepartmentInput) -> Result<Vec<DepartmentDto>, ApiError> {
    ctx.actor.require(Action::ManageOrganization)?;
    let id = match input.id.as_deref() {
        None | Some("") => DepartmentId::new(ctx.ids),
        Some(v) => {
            let id = parse_id("id", v, DepartmentId::parse)?;
            if !ctx.store.departments()?.iter().any(|d| d.id == id) {
                return Err(not_found());
            }
            id
        }
    };
    let mut dept = Department::new(id, &input.name, &input.short_name)?;
    dept.manager_person_id = optional_person(ctx, "managerPersonId", input.manager_person_id.as_deref())?;
    for other in ctx.store.departments()?.into_iter().filter(|d| d.id != id) {
        if other.name == dept.name {
            return Err(duplicate("name"));
        }
        if other.short_name == dept.short_name {
            return Err(duplicate("shortName"));
        }
    }
    ctx.store.write(&ctx.actor.label, ctx.clock.now(), |w| w.put_department(&dept))?;
    list_departments(ctx)
}

fn duplicate(field: &str) -> ApiError {
    let mut e = ApiError::new(ErrorCode::Validation, "error-duplicate").arg("fieldId", crate::fluent_id("field", field));
    e.field = Some(field.to_owned());
    e
}

fn person_dto(p: Person, departments: &[Department], accounts: &[AccountRow]) -> PersonDto {
    let Person { id, department_id, name, name_kana, title, roles, contact } = p;
    let PersonContact { office_phone, mobile_phone, email, after_hours } = contact;
    PersonDto {
        id: id.to_string(),
        department_id: department_id.map(|d| d.to_string()),
        department_name: department_id.and_then(|d| departments.iter().find(|x| x.id == d)).map(|d| d.name.clone()),
        account: accounts.iter().find(|a| a.person_id == id).map(|a| AccountDto {
            login_id: a.login_id.clone(),
            password_set: a.password_hash.is_some(),
            must_change_password: a.must_change_password,
            failed_attempts: a.failed_attempts,
            locked: a.locked,
        }),
        name,
        name_kana,
        title,
        roles: roles.into_iter().map(Into::into).collect(),
        office_phone,
        mobile_phone,
        email,
        after_hours,
    }
}

/// Every person, with roles, contact details and account state (never the password hash).
pub fn list_people(ctx: &mut Ctx<'_>) -> Result<Vec<PersonDto>, ApiError> {
    ctx.actor.require(Action::ViewOrganization)?;
    let departments = ctx.store.departments()?;
    let accounts = ctx.store.accounts()?;
    Ok(ctx.store.people()?.into_iter().map(|p| person_dto(p, &departments, &accounts)).collect())
}

/// Adds (`id: null`) or changes a person.
pub fn save_person(ctx: &mut Ctx<'_>, input: PersonInput) -> Result<Vec<PersonDto>, ApiError> {
    ctx.actor.require(Action::ManageOrganization)?;
    let id = match input.id.as_deref() {
        None | Some("") => PersonId::new(ctx.ids),
        Some(v) => {
            let id = parse_id("id", v, PersonId::parse)?;
            if !ctx.store.people()?.iter().any(|p| p.id == id) {
                return Err(not_found());
            }
            id
        }
    };
    let roles: Vec<sonae_core::Role> = input.roles.iter().map(|r| (*r).into()).collect();
    // Nobody may remove the last administrator (the organization would be locked out).
    if !roles.contains(&sonae_core::Role::Administrator) {
        let admins: Vec<_> = ctx.store.people()?.into_iter().filter(|p| p.roles.contains(&sonae_core::Role::Administrator)).collect();
        if admins.len() == 1 && admins[0].id == id {
            let mut e = ApiError::new(ErrorCode::Conflict, "error-last-administrator");
            e.field = Some("roles".into());
            return Err(e);
        }
    }
    let department_id = optional_department(ctx, input.department_id.as_deref())?;
    let mut person = Person::new(id, department_id, &input.name, &input.name_kana, &input.title, &roles)?;
    person.contact = PersonContact {
        office_phone: input.office_phone,
        mobile_phone: input.mobile_phone,
        email: input.email,
        after_hours: input.after_hours,
    }
    .validate()?;
    ctx.store.write(&ctx.actor.label, ctx.clock.now(), |w| w.put_person(&person))?;
    list_people(ctx)
}

/// Gives a person an account, or resets its password, with an initial password that must be
/// changed at the first sign-in (004 第52条). Unlocks the account.
pub fn set_account(ctx: &mut Ctx<'_>, input: AccountInput) -> Result<Vec<PersonDto>, ApiError> {
    ctx.actor.require(Action::ManageOrganization)?;
    let person_id = parse_id("personId", &input.person_id, PersonId::parse)?;
    if !ctx.store.people()?.iter().any(|p| p.id == person_id) {
        return Err(not_found());
    }
    let login_id = check_login_id(&input.login_id)?;
    check_password(&login_id, &input.initial_password).map_err(|e| rename_field(e.into(), "password", "initialPassword"))?;
    if ctx.store.account_by_login(&login_id)?.is_some_and(|a| a.person_id != person_id) {
        let mut e = ApiError::new(ErrorCode::Validation, "error-login-id-taken");
        e.field = Some("loginId".into());
        return Err(e);
    }
    let row = AccountRow {
        person_id,
        login_id,
        password_hash: Some(password::hash(&input.initial_password)?),
        must_change_password: true,
        failed_attempts: 0,
        locked: false,
    };
    ctx.store.write(&ctx.actor.label, ctx.clock.now(), |w| w.put_account(&row))?;
    list_people(ctx)
}

/// Unlocks an account locked after failed sign-ins (004 第26条3).
pub fn unlock_account(ctx: &mut Ctx<'_>, input: PersonRef) -> Result<Vec<PersonDto>, ApiError> {
    ctx.actor.require(Action::ManageOrganization)?;
    let person_id = parse_id("personId", &input.person_id, PersonId::parse)?;
    let account = ctx.store.account_of(person_id)?.ok_or_else(not_found)?;
    let row = AccountRow { locked: false, failed_attempts: 0, ..account };
    ctx.store.write(&ctx.actor.label, ctx.clock.now(), |w| w.put_account(&row))?;
    list_people(ctx)
}

/// The information systems register.
pub fn list_systems(ctx: &mut Ctx<'_>) -> Result<Vec<SystemDto>, ApiError> {
    ctx.actor.require(Action::ViewOrganization)?;
    let departments = ctx.store.departments()?;
    Ok(ctx
        .store
        .systems()?
        .into_iter()
        .map(|s| {
            let InfoSystem {
                id,
                name,
                department_id,
                segment,
                holds_personal_info,
                holds_my_number,
                my_number_affairs,
                info_provision_network,
                contractor,
            } = s;
            SystemDto {
                id: id.to_string(),
                department_name: department_id.and_then(|d| departments.iter().find(|x| x.id == d)).map(|d| d.name.clone()),
                department_id: department_id.map(|d| d.to_string()),
                name,
                segment: segment.into(),
                holds_personal_info,
                holds_my_number,
                my_number_affairs,
                info_provision_network,
                contractor,
            }
        })
        .collect())
}

/// Adds (`id: null`) or changes a system of the register.
pub fn save_system(ctx: &mut Ctx<'_>, input: SystemInput) -> Result<Vec<SystemDto>, ApiError> {
    ctx.actor.require(Action::ManageOrganization)?;
    let id = match input.id.as_deref() {
        None | Some("") => ctx.ids.new_uuid(),
        Some(v) => {
            let id = parse_id("id", v, |s| uuid::Uuid::parse_str(s).ok())?;
            if !ctx.store.systems()?.iter().any(|s| s.id == id) {
                return Err(not_found());
            }
            id
        }
    };
    let system = InfoSystem {
        id,
        name: input.name,
        department_id: optional_department(ctx, input.department_id.as_deref())?,
        segment: input.segment.into(),
        holds_personal_info: input.holds_personal_info,
        holds_my_number: input.holds_my_number,
        my_number_affairs: input.my_number_affairs,
        info_provision_network: input.info_provision_network,
        contractor: input.contractor,
    }
    .validate()?;
    ctx.store.write(&ctx.actor.label, ctx.clock.now(), |w| w.put_system(&system))?;
    list_systems(ctx)
}

fn contact_dto(c: Contact) -> ContactDto {
    let Contact { id, kind, organization, section, phone, after_hours_phone, email, note, sort_order } = c;
    ContactDto { id: id.to_string(), kind: kind.into(), organization, section, phone, after_hours_phone, email, note, sort_order }
}

/// The 緊急連絡網 entries that are not staff.
pub fn list_contacts(ctx: &mut Ctx<'_>) -> Result<Vec<ContactDto>, ApiError> {
    ctx.actor.require(Action::ViewOrganization)?;
    Ok(ctx.store.contacts()?.into_iter().map(contact_dto).collect())
}

/// Adds (`id: null`, at the end) or changes a 緊急連絡網 entry.
pub fn save_contact(ctx: &mut Ctx<'_>, input: ContactInput) -> Result<Vec<ContactDto>, ApiError> {
    ctx.actor.require(Action::ManageOrganization)?;
    let existing = ctx.store.contacts()?;
    let (id, sort_order) = match input.id.as_deref() {
        None | Some("") => (ctx.ids.new_uuid(), existing.iter().map(|c| c.sort_order + 1).max().unwrap_or(0)),
        Some(v) => {
            let id = parse_id("id", v, |s| uuid::Uuid::parse_str(s).ok())?;
            let current = existing.iter().find(|c| c.id == id).ok_or_else(not_found)?;
            (id, current.sort_order)
        }
    };
    let contact = Contact {
        id,
        kind: input.kind.into(),
        organization: input.organization,
        section: input.section,
        phone: input.phone,
        after_hours_phone: input.after_hours_phone,
        email: input.email,
        note: input.note,
        sort_order,
    }
    .validate()?;
    ctx.store.write(&ctx.actor.label, ctx.clock.now(), |w| w.put_contact(&contact))?;
    list_contacts(ctx)
}

/// The 緊急連絡網 as CSV text (UTF-8 with BOM, so spreadsheet software shows Japanese correctly):
/// staff with a role beyond 職員 first, then external bodies and contractors.
pub fn contacts_csv(ctx: &mut Ctx<'_>, l10n: &Localizer) -> Result<String, ApiError> {
    ctx.actor.require(Action::ViewOrganization)?;
    let people = list_people(ctx)?;
    let contacts = list_contacts(ctx)?;
    let label = |prefix: &str, v: &dyn erased::Code| l10n.msg(&crate::fluent_id(prefix, &v.camel()), &[]);
    let internal = label("contact-kind", &ContactKind::Internal);
    let write_err = |_| ApiError::new(ErrorCode::Internal, "error-internal");
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(vec![0xEF, 0xBB, 0xBF]);
    let headers =
        ["kind", "roles", "organization", "name", "phone", "mobile", "email", "note"].map(|h| l10n.msg(&format!("contacts-csv-{h}"), &[]));
    w.write_record(&headers).map_err(write_err)?;
    for p in people.iter().filter(|p| p.roles.iter().any(|r| *r != Role::Staff)) {
        let roles: Vec<String> = p.roles.iter().filter(|r| **r != Role::Staff).map(|r| label("role", r)).collect();
        let who = format!("{} {}", p.department_name.clone().unwrap_or_default(), p.title).trim().to_owned();
        w.write_record([&internal, &roles.join("・"), &who, &p.name, &p.office_phone, &p.mobile_phone, &p.email, &p.after_hours])
            .map_err(write_err)?;
    }
    for c in &contacts {
        w.write_record([
            &label("contact-kind", &c.kind),
            "",
            &c.organization,
            &c.section,
            &c.phone,
            &c.after_hours_phone,
            &c.email,
            &c.note,
        ])
        .map_err(write_err)?;
    }
    let bytes = w.into_inner().map_err(|_| ApiError::new(ErrorCode::Internal, "error-internal"))?;
    String::from_utf8(bytes).map_err(|_| ApiError::new(ErrorCode::Internal, "error-internal"))
}

/// Writes the 緊急連絡網 CSV into `dir/exports/` and returns where.
pub fn export_contacts_csv(ctx: &mut Ctx<'_>, dir: &Path, lang: Lang) -> Result<ExportDto, ApiError> {
    let text = contacts_csv(ctx, Localizer::shared(lang))?;
    let path = write_export(dir, "kinkyu-renrakumo", ctx.clock.now(), &text)?;
    Ok(ExportDto { path: path.display().to_string() })
}

/// The camelCase serde name of a DTO enum value, for Fluent label ids.
mod erased {
    pub trait Code {
        fn camel(&self) -> String;
    }
    impl<T: serde::Serialize> Code for T {
        fn camel(&self) -> String {
            serde_json::to_value(self).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
        }
    }
}

/// Writes `text` to `dir/exports/<stem>-<UTC stamp>.csv` and returns the path.
pub fn write_export(dir: &Path, stem: &str, now: sonae_core::Timestamp, text: &str) -> Result<PathBuf, ApiError> {
    let out = dir.join("exports");
    std::fs::create_dir_all(&out).map_err(|_| ApiError::new(ErrorCode::Storage, "error-export-failed"))?;
    let path = out.join(format!("{stem}-{}.csv", now.format("%Y%m%d-%H%M%S")));
    std::fs::write(&path, text).map_err(|_| ApiError::new(ErrorCode::Storage, "error-export-failed"))?;
    Ok(path)
}

/// Gives the account `login_id` a new random initial password (to be changed at the first
/// sign-in) and unlocks it; returns the password, the only time it is ever shown.
pub fn reset_account_password(ctx: &mut Ctx<'_>, login_id: &str) -> Result<String, ApiError> {
    ctx.actor.require(Action::ManageOrganization)?;
    let account = ctx.store.account_by_login(login_id.trim())?.ok_or_else(not_found)?;
    // 12 characters from an alphabet without look-alikes, in three groups: letters, digits and '-'.
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let bytes = ctx.ids.new_uuid().into_bytes();
    let mut password = String::new();
    for (i, b) in bytes.iter().take(12).enumerate() {
        if i > 0 && i % 4 == 0 {
            password.push('-');
        }
        let pick = if i % 4 == 3 { 23 + usize::from(*b) % 8 } else { usize::from(*b) % 23 };
        password.push(char::from(ALPHABET[pick]));
    }
    check_password(&account.login_id, &password)?;
    let row = AccountRow {
        password_hash: Some(password::hash(&password)?),
        must_change_password: true,
        failed_attempts: 0,
        locked: false,
        ..account
    };
    ctx.store.write(&ctx.actor.label, ctx.clock.now(), |w| w.put_account(&row))?;
    Ok(password)
}
