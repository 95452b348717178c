//! `sonae org export` / `sonae org import`: the whole organization setup (no case data, no
//! password hashes) as a human-editable TOML file, documented in `docs/org-file.md`.
//!
//! People, departments and the CISO refer to each other by name, not by id, so a person can edit
//! the file with a text editor. Import checks every entry before writing anything, names the
//! line (syntax) or the entry and field (content) of the first problem, and writes in one
//! transaction through the same [`Blueprint`] writer as the wizard and the demo.

use crate::Ctx;
use crate::error::{ApiError, ErrorCode, fluent_id};
use crate::setup::{Blueprint, ensure_no_organization};
use serde::{Deserialize, Serialize};
use sonae_core::setup::{
    ClassAxis, ClassLevel, Contact, ContactKind, Honorific, InfoSystem, NetworkSegment, OrgSettings, SchemePreset, check_login_id,
};
use sonae_core::{
    Action, Department, DepartmentId, DomainError, OrgKind, Organization, OrganizationId, Person, PersonContact, PersonId, Role,
};
use sonae_store::AccountRow;

/// The file format version written by this binary.
pub const ORG_FILE_FORMAT: u32 = 1;

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct OrgFile {
    format: u32,
    organization: OrgSection,
    classification: ClassSection,
    #[serde(default, rename = "department")]
    departments: Vec<DeptEntry>,
    #[serde(default, rename = "person")]
    people: Vec<PersonEntry>,
    #[serde(default, rename = "system")]
    systems: Vec<SystemEntry>,
    #[serde(default, rename = "contact")]
    contacts: Vec<ContactEntry>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct OrgSection {
    name: String,
    kind: String,
    prefecture: String,
    head_title: String,
    ciso_title: String,
    #[serde(default)]
    ciso: String,
    ordinance_sensitive_info: bool,
    honorific: String,
    doc_number_format: String,
    ciso_report_target_minutes: u32,
    idle_lock_minutes: u32,
    lockout_attempts: u32,
    /// Absent in files written before the staff-report feature: the default `{年}-{n}`.
    #[serde(default = "default_receipt_format")]
    receipt_format: String,
}

fn default_receipt_format() -> String {
    OrgSettings::default().receipt_format
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ClassSection {
    scheme: String,
    #[serde(default, rename = "level")]
    levels: Vec<LevelEntry>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct LevelEntry {
    axis: String,
    code: String,
    label: String,
    #[serde(default)]
    description: String,
    rank: u32,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct DeptEntry {
    name: String,
    short_name: String,
    #[serde(default)]
    manager: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct PersonEntry {
    name: String,
    #[serde(default)]
    kana: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    department: String,
    roles: Vec<String>,
    #[serde(default)]
    office_phone: String,
    #[serde(default)]
    mobile_phone: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    after_hours: String,
    /// Sign-in id; the password is never exported and must be set after import.
    #[serde(default)]
    login_id: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SystemEntry {
    name: String,
    #[serde(default)]
    department: String,
    segment: String,
    holds_personal_info: bool,
    holds_my_number: bool,
    my_number_affairs: bool,
    info_provision_network: bool,
    #[serde(default)]
    contractor: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ContactEntry {
    kind: String,
    organization: String,
    #[serde(default)]
    section: String,
    #[serde(default)]
    phone: String,
    #[serde(default)]
    after_hours_phone: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    note: String,
}

const HEADER: &str = "# Sonae 組織設定ファイル（事案データ・パスワードは含みません）。書式: docs/org-file.md\n\
# Sonae organization setup (no case data, no passwords). Format: docs/org-file.md\n\n";

/// The organization's setup as TOML text.
pub fn org_export(ctx: &mut Ctx<'_>) -> Result<String, ApiError> {
    ctx.actor.require(Action::ManageOrganization)?;
    let store = &*ctx.store;
    let org = store.organization()?.ok_or_else(|| ApiError::new(ErrorCode::NotFound, "error-not-found"))?;
    let (scheme, levels) = store.classification()?.ok_or_else(|| ApiError::new(ErrorCode::NotFound, "error-not-found"))?;
    let departments = store.departments()?;
    let people = store.people()?;
    let accounts = store.accounts()?;
    let person_name = |id: Option<PersonId>| id.and_then(|i| people.iter().find(|p| p.id == i)).map(|p| p.name.clone()).unwrap_or_default();
    let dept_name =
        |id: Option<DepartmentId>| id.and_then(|i| departments.iter().find(|d| d.id == i)).map(|d| d.name.clone()).unwrap_or_default();
    let s = &org.settings;
    let file = OrgFile {
        format: ORG_FILE_FORMAT,
        organization: OrgSection {
            name: org.name.clone(),
            kind: org.kind.as_code().into(),
            prefecture: org.prefecture.clone(),
            head_title: org.head_title.clone(),
            ciso_title: org.ciso_title.clone(),
            ciso: person_name(s.ciso_person_id),
            ordinance_sensitive_info: s.ordinance_sensitive_info,
            honorific: s.honorific.as_code().into(),
            doc_number_format: s.doc_number_format.clone(),
            ciso_report_target_minutes: s.ciso_report_target_minutes,
            idle_lock_minutes: s.idle_lock_minutes,
            lockout_attempts: s.lockout_attempts,
            receipt_format: s.receipt_format.clone(),
        },
        classification: ClassSection {
            scheme: scheme.as_code().into(),
            levels: levels
                .into_iter()
                .map(|l| LevelEntry {
                    axis: l.axis.as_code().into(),
                    code: l.code,
                    label: l.label,
                    description: l.description,
                    rank: l.rank,
                })
                .collect(),
        },
        departments: departments
            .iter()
            .map(|d| DeptEntry { name: d.name.clone(), short_name: d.short_name.clone(), manager: person_name(d.manager_person_id) })
            .collect(),
        people: people
            .iter()
            .map(|p| PersonEntry {
                name: p.name.clone(),
                kana: p.name_kana.clone(),
                title: p.title.clone(),
                department: dept_name(p.department_id),
                roles: p.roles.iter().map(|r| r.as_code().to_owned()).collect(),
                office_phone: p.contact.office_phone.clone(),
                mobile_phone: p.contact.mobile_phone.clone(),
                email: p.contact.email.clone(),
                after_hours: p.contact.after_hours.clone(),
                login_id: accounts.iter().find(|a| a.person_id == p.id).map(|a| a.login_id.clone()).unwrap_or_default(),
            })
            .collect(),
        systems: store
            .systems()?
            .into_iter()
            .map(|s| SystemEntry {
                department: dept_name(s.department_id),
                name: s.name,
                segment: s.segment.as_code().into(),
                holds_personal_info: s.holds_personal_info,
                holds_my_number: s.holds_my_number,
                my_number_affairs: s.my_number_affairs,
                info_provision_network: s.info_provision_network,
                contractor: s.contractor,
            })
            .collect(),
        contacts: store
            .contacts()?
            .into_iter()
            .map(|c| ContactEntry {
                kind: c.kind.as_code().into(),
                organization: c.organization,
                section: c.section,
                phone: c.phone,
                after_hours_phone: c.after_hours_phone,
                email: c.email,
                note: c.note,
            })
            .collect(),
    };
    let body = toml::to_string_pretty(&file).map_err(|_| ApiError::new(ErrorCode::Internal, "error-internal"))?;
    Ok(format!("{HEADER}{body}"))
}

/// An import problem: where (`line` N, or `entry` like `person 3` with a field) and why.
fn at(location: String, reason_id: &str, field: Option<&str>) -> ApiError {
    let mut e = ApiError::new(ErrorCode::Validation, "error-org-file").arg("location", location).arg("reasonId", reason_id);
    if let Some(f) = field {
        e = e.arg("fieldId", fluent_id("field", f));
        e.field = Some(f.to_owned());
    }
    e
}

fn entry(section: &str, index: usize) -> String {
    format!("[[{section}]] #{}", index + 1)
}

fn domain(location: String) -> impl Fn(DomainError) -> ApiError {
    move |e| match e {
        DomainError::Invalid { field, message_id } => at(format!("{location} {field}"), message_id, Some(field)),
    }
}

fn code<T>(location: String, field: &str, value: &str, parse: impl Fn(&str) -> Option<T>) -> Result<T, ApiError> {
    parse(value).ok_or_else(|| at(format!("{location} {field}"), "error-unknown-code", Some(field)).arg("value", value))
}

/// Line number (1-based) of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

fn dept_ref(departments: &[Department], loc: String, name: &str) -> Result<Option<DepartmentId>, ApiError> {
    if name.trim().is_empty() {
        return Ok(None);
    }
    departments
        .iter()
        .find(|d| d.name == name.trim())
        .map(|d| Some(d.id))
        .ok_or_else(|| at(format!("{loc} department"), "error-unknown-reference", Some("department")).arg("value", name))
}

fn person_ref(people: &[Person], loc: String, field: &str, name: &str) -> Result<Option<PersonId>, ApiError> {
    if name.trim().is_empty() {
        return Ok(None);
    }
    people
        .iter()
        .find(|p| p.name == name.trim())
        .map(|p| Some(p.id))
        .ok_or_else(|| at(format!("{loc} {field}"), "error-unknown-reference", Some(field)).arg("value", name))
}

/// Parses and checks the whole file; nothing is written here.
fn blueprint_from_file(text: &str, ids: &dyn sonae_core::IdGen) -> Result<Blueprint, ApiError> {
    let file: OrgFile = toml::from_str(text).map_err(|e| {
        let line = e.span().map_or(1, |s| line_of(text, s.start));
        ApiError::new(ErrorCode::Validation, "error-org-file-line")
            .arg("line", line)
            .arg("reasonId", "error-org-file-syntax")
            .arg("detail", e.message())
    })?;
    if file.format != ORG_FILE_FORMAT {
        return Err(at("format".into(), "error-org-file-format", Some("format")).arg("value", file.format));
    }
    let o = &file.organization;
    let loc = || "[organization]".to_owned();
    let mut org = Organization::new(
        OrganizationId::new(ids),
        &o.name,
        code(loc(), "kind", &o.kind, OrgKind::from_code)?,
        &o.prefecture,
        &o.head_title,
        &o.ciso_title,
    )
    .map_err(domain(loc()))?;

    let mut departments = Vec::new();
    for (i, d) in file.departments.iter().enumerate() {
        let dept = Department::new(DepartmentId::new(ids), &d.name, &d.short_name).map_err(domain(entry("department", i)))?;
        if departments.iter().any(|x: &Department| x.name == dept.name || x.short_name == dept.short_name) {
            return Err(at(format!("{} name", entry("department", i)), "error-duplicate", Some("name")));
        }
        departments.push(dept);
    }

    let mut people = Vec::new();
    let mut accounts = Vec::new();
    for (i, p) in file.people.iter().enumerate() {
        let loc = entry("person", i);
        let roles = p.roles.iter().map(|r| code(loc.clone(), "roles", r, Role::from_code)).collect::<Result<Vec<_>, _>>()?;
        let mut person =
            Person::new(PersonId::new(ids), dept_ref(&departments, loc.clone(), &p.department)?, &p.name, &p.kana, &p.title, &roles)
                .map_err(domain(loc.clone()))?;
        person.contact = PersonContact {
            office_phone: p.office_phone.clone(),
            mobile_phone: p.mobile_phone.clone(),
            email: p.email.clone(),
            after_hours: p.after_hours.clone(),
        }
        .validate()
        .map_err(domain(loc.clone()))?;
        if people.iter().any(|x: &Person| x.name == person.name) {
            return Err(at(format!("{loc} name"), "error-duplicate", Some("name")));
        }
        if !p.login_id.trim().is_empty() {
            let login_id = check_login_id(&p.login_id).map_err(domain(loc.clone()))?;
            if accounts.iter().any(|a: &AccountRow| a.login_id == login_id) {
                return Err(at(format!("{loc} login_id"), "error-duplicate", Some("loginId")));
            }
            accounts.push(AccountRow {
                person_id: person.id,
                login_id,
                password_hash: None,
                must_change_password: true,
                failed_attempts: 0,
                locked: false,
            });
        }
        people.push(person);
    }
    for (i, d) in file.departments.iter().enumerate() {
        departments[i].manager_person_id = person_ref(&people, entry("department", i), "manager", &d.manager)?;
    }
    org.settings = OrgSettings {
        ciso_person_id: person_ref(&people, loc(), "ciso", &o.ciso)?,
        ordinance_sensitive_info: o.ordinance_sensitive_info,
        honorific: code(loc(), "honorific", &o.honorific, Honorific::from_code)?,
        doc_number_format: o.doc_number_format.clone(),
        ciso_report_target_minutes: o.ciso_report_target_minutes,
        idle_lock_minutes: o.idle_lock_minutes,
        lockout_attempts: o.lockout_attempts,
        receipt_format: o.receipt_format.clone(),
    }
    .validate()
    .map_err(domain(loc()))?;

    let scheme = code("[classification]".into(), "scheme", &file.classification.scheme, SchemePreset::from_code)?;
    let mut levels = Vec::new();
    for (i, l) in file.classification.levels.iter().enumerate() {
        let loc = entry("classification.level", i);
        let level = ClassLevel {
            id: ids.new_uuid(),
            axis: code(loc.clone(), "axis", &l.axis, ClassAxis::from_code)?,
            code: l.code.trim().to_owned(),
            label: String::new(),
            description: String::new(),
            rank: l.rank,
        }
        .edit(&l.label, &l.description)
        .map_err(domain(loc.clone()))?;
        if level.code.is_empty() {
            return Err(at(format!("{loc} code"), "error-field-required", Some("code")));
        }
        levels.push(level);
    }
    if levels.is_empty() {
        return Err(at("[classification]".into(), "error-field-required", Some("level")));
    }

    let mut systems = Vec::new();
    for (i, s) in file.systems.iter().enumerate() {
        let loc = entry("system", i);
        systems.push(
            InfoSystem {
                id: ids.new_uuid(),
                name: s.name.clone(),
                department_id: dept_ref(&departments, loc.clone(), &s.department)?,
                segment: code(loc.clone(), "segment", &s.segment, NetworkSegment::from_code)?,
                holds_personal_info: s.holds_personal_info,
                holds_my_number: s.holds_my_number,
                my_number_affairs: s.my_number_affairs,
                info_provision_network: s.info_provision_network,
                contractor: s.contractor.clone(),
            }
            .validate()
            .map_err(domain(loc))?,
        );
    }
    let mut contacts = Vec::new();
    for (i, c) in file.contacts.iter().enumerate() {
        let loc = entry("contact", i);
        contacts.push(
            Contact {
                id: ids.new_uuid(),
                kind: code(loc.clone(), "kind", &c.kind, ContactKind::from_code)?,
                organization: c.organization.clone(),
                section: c.section.clone(),
                phone: c.phone.clone(),
                after_hours_phone: c.after_hours_phone.clone(),
                email: c.email.clone(),
                note: c.note.clone(),
                sort_order: u32::try_from(i).unwrap_or(u32::MAX),
            }
            .validate()
            .map_err(domain(loc))?,
        );
    }
    Ok(Blueprint { org, departments, people, accounts, scheme, levels, systems, contacts })
}

/// Checks a setup file completely without touching any database (the CLI runs this before it
/// opens or creates the database file).
pub fn check_org_file(text: &str) -> Result<(), ApiError> {
    blueprint_from_file(text, &sonae_core::SequentialIds::new()).map(|_| ())
}

/// Imports a setup file into a database that has no organization yet. All or nothing.
/// Accounts are created without a password; an administrator sets one (`sonae account reset`).
pub fn org_import(ctx: &mut Ctx<'_>, text: &str) -> Result<usize, ApiError> {
    ctx.actor.require(Action::ManageOrganization)?;
    ensure_no_organization(ctx.store)?;
    let bp = blueprint_from_file(text, ctx.ids)?;
    let people = bp.people.len();
    ctx.store.write(&ctx.actor.label, ctx.clock.now(), |w| bp.write(w, "import"))?;
    Ok(people)
}
