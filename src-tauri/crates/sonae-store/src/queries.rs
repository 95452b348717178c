//! Reads.

use crate::error::StoreError;
use crate::open::Store;
use rusqlite::{OptionalExtension, Row};
use sonae_core::clock::{from_storage, to_storage};
use sonae_core::report::{Medium, RelayChannel, Symptom, TriState};
use sonae_core::setup::{ClassAxis, ClassLevel, Contact, ContactKind, Honorific, InfoSystem, NetworkSegment, OrgSettings, SchemePreset};
use sonae_core::{
    Case, CaseId, CaseState, Category, Department, DepartmentId, IncidentReport, OrgKind, Organization, OrganizationId, Person,
    PersonContact, PersonId, ReportDetails, ReportId, ReportSource, Role, Severity, TimelineEntry, TimelineEntryId, TimelineKind,
    Timestamp,
};

/// A local account as stored. `password_hash` is an Argon2id PHC string (None: not set yet).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountRow {
    pub person_id: PersonId,
    pub login_id: String,
    pub password_hash: Option<String>,
    pub must_change_password: bool,
    pub failed_attempts: u32,
    pub locked: bool,
}

pub(crate) fn person_ref(table: &'static str, column: &'static str, id: &str, v: Option<String>) -> Result<Option<PersonId>, StoreError> {
    match v {
        None => Ok(None),
        Some(p) => PersonId::parse(&p).map(Some).ok_or_else(|| bad(table, column, id)),
    }
}

pub(crate) fn bad(table: &'static str, column: &'static str, id: &str) -> StoreError {
    StoreError::BadValue { table, column, id: id.to_owned() }
}

pub(crate) fn time(table: &'static str, column: &'static str, id: &str, v: &str) -> Result<Timestamp, StoreError> {
    from_storage(v).ok_or_else(|| bad(table, column, id))
}

impl Store {
    /// A setting's value, if set.
    pub fn setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.conn.prepare_cached("SELECT value FROM setting WHERE id = ?1")?.query_row([key], |r| r.get(0)).optional()?)
    }

    /// The organization profile and settings, if one has been set up.
    pub fn organization(&self) -> Result<Option<Organization>, StoreError> {
        const T: &str = "organization";
        let row = self
            .conn
            .prepare_cached(
                "SELECT id, name, kind, prefecture, head_title, ciso_title, ciso_person_id, ordinance_sensitive_info, honorific,
                        doc_number_format, ciso_report_target_minutes, idle_lock_minutes, lockout_attempts, receipt_format
                 FROM organization LIMIT 1",
            )?
            .query_row([], |r| {
                Ok((
                    (r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get::<_, String>(3)?),
                    (r.get::<_, String>(4)?, r.get::<_, String>(5)?, r.get::<_, Option<String>>(6)?, r.get::<_, bool>(7)?),
                    (r.get::<_, String>(8)?, r.get::<_, String>(9)?, r.get::<_, u32>(10)?, r.get::<_, u32>(11)?, r.get::<_, u32>(12)?),
                    r.get::<_, String>(13)?,
                ))
            })
            .optional()?;
        let Some((
            (id, name, kind, prefecture),
            (head_title, ciso_title, ciso, ordinance),
            (honorific, doc, target, idle, lockout),
            receipt_format,
        )) = row
        else {
            return Ok(None);
        };
        Ok(Some(Organization {
            kind: OrgKind::from_code(&kind).ok_or_else(|| bad(T, "kind", &id))?,
            settings: OrgSettings {
                ciso_person_id: person_ref(T, "ciso_person_id", &id, ciso)?,
                ordinance_sensitive_info: ordinance,
                honorific: Honorific::from_code(&honorific).ok_or_else(|| bad(T, "honorific", &id))?,
                doc_number_format: doc,
                ciso_report_target_minutes: target,
                idle_lock_minutes: idle,
                lockout_attempts: lockout,
                receipt_format,
            },
            id: OrganizationId::parse(&id).ok_or_else(|| bad(T, "id", &id))?,
            name,
            prefecture,
            head_title,
            ciso_title,
        }))
    }

    /// Every department, by name.
    pub fn departments(&self) -> Result<Vec<Department>, StoreError> {
        const T: &str = "department";
        let mut stmt = self.conn.prepare_cached("SELECT id, name, short_name, manager_person_id FROM department ORDER BY name, id")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get(1)?, r.get(2)?, r.get::<_, Option<String>>(3)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (id, name, short_name, manager) = row?;
            out.push(Department {
                id: DepartmentId::parse(&id).ok_or_else(|| bad(T, "id", &id))?,
                manager_person_id: person_ref(T, "manager_person_id", &id, manager)?,
                name,
                short_name,
            });
        }
        Ok(out)
    }

    /// Every person with their roles and contact details, by kana then name.
    pub fn people(&self) -> Result<Vec<Person>, StoreError> {
        const T: &str = "person";
        let mut roles: std::collections::HashMap<String, Vec<Role>> = std::collections::HashMap::new();
        let mut stmt = self.conn.prepare_cached("SELECT person_id, role FROM person_role")?;
        for row in stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))? {
            let (pid, code) = row?;
            let role = Role::from_code(&code).ok_or_else(|| bad("person_role", "role", &pid))?;
            roles.entry(pid).or_default().push(role);
        }
        let mut stmt = self.conn.prepare(
            "SELECT id, department_id, name, name_kana, title, office_phone, mobile_phone, email, after_hours
             FROM person ORDER BY name_kana, name, id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                (
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<String>>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                ),
                PersonContact { office_phone: r.get(5)?, mobile_phone: r.get(6)?, email: r.get(7)?, after_hours: r.get(8)? },
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let ((id, dept, name, name_kana, title), contact) = row?;
            let mut person_roles = roles.remove(&id).unwrap_or_default();
            person_roles.sort();
            out.push(Person {
                id: PersonId::parse(&id).ok_or_else(|| bad(T, "id", &id))?,
                department_id: match dept {
                    None => None,
                    Some(d) => Some(DepartmentId::parse(&d).ok_or_else(|| bad(T, "department_id", &id))?),
                },
                name,
                name_kana,
                title,
                roles: person_roles,
                contact,
            });
        }
        Ok(out)
    }

    /// The classification scheme in use and its levels (axis order, then most sensitive first).
    pub fn classification(&self) -> Result<Option<(SchemePreset, Vec<ClassLevel>)>, StoreError> {
        const T: &str = "classification_level";
        let mut stmt = self.conn.prepare_cached("SELECT id, scheme, axis, code, label, description, rank FROM classification_level")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get::<_, u32>(6)?,
            ))
        })?;
        let mut scheme = None;
        let mut levels = Vec::new();
        for row in rows {
            let (id, s, axis, code, label, description, rank) = row?;
            scheme = Some(SchemePreset::from_code(&s).ok_or_else(|| bad(T, "scheme", &id))?);
            levels.push(ClassLevel {
                id: uuid::Uuid::parse_str(&id).map_err(|_| bad(T, "id", &id))?,
                axis: ClassAxis::from_code(&axis).ok_or_else(|| bad(T, "axis", &id))?,
                code,
                label,
                description,
                rank,
            });
        }
        levels.sort_by(|a, b| (a.axis, std::cmp::Reverse(a.rank), &a.code).cmp(&(b.axis, std::cmp::Reverse(b.rank), &b.code)));
        Ok(scheme.map(|s| (s, levels)))
    }

    /// The information systems register, by name.
    pub fn systems(&self) -> Result<Vec<InfoSystem>, StoreError> {
        const T: &str = "info_system";
        let mut stmt = self.conn.prepare(
            "SELECT id, name, department_id, segment, holds_personal_info, holds_my_number, my_number_affairs, info_provision_network,
                    contractor FROM info_system ORDER BY name, id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                (r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, Option<String>>(2)?, r.get::<_, String>(3)?),
                (r.get::<_, bool>(4)?, r.get::<_, bool>(5)?, r.get::<_, bool>(6)?, r.get::<_, bool>(7)?, r.get::<_, String>(8)?),
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let ((id, name, dept, segment), (personal, my_number, affairs, network, contractor)) = row?;
            out.push(InfoSystem {
                id: uuid::Uuid::parse_str(&id).map_err(|_| bad(T, "id", &id))?,
                department_id: match dept {
                    None => None,
                    Some(d) => Some(DepartmentId::parse(&d).ok_or_else(|| bad(T, "department_id", &id))?),
                },
                segment: NetworkSegment::from_code(&segment).ok_or_else(|| bad(T, "segment", &id))?,
                name,
                holds_personal_info: personal,
                holds_my_number: my_number,
                my_number_affairs: affairs,
                info_provision_network: network,
                contractor,
            });
        }
        Ok(out)
    }

    /// The 緊急連絡網 entries that are not staff, in their order.
    pub fn contacts(&self) -> Result<Vec<Contact>, StoreError> {
        const T: &str = "contact";
        let mut stmt = self.conn.prepare(
            "SELECT id, kind, organization, section, phone, after_hours_phone, email, note, sort_order FROM contact ORDER BY sort_order, id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                (r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get::<_, String>(3)?),
                (r.get::<_, String>(4)?, r.get::<_, String>(5)?, r.get::<_, String>(6)?, r.get::<_, String>(7)?, r.get::<_, u32>(8)?),
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let ((id, kind, organization, section), (phone, after_hours_phone, email, note, sort_order)) = row?;
            out.push(Contact {
                id: uuid::Uuid::parse_str(&id).map_err(|_| bad(T, "id", &id))?,
                kind: ContactKind::from_code(&kind).ok_or_else(|| bad(T, "kind", &id))?,
                organization,
                section,
                phone,
                after_hours_phone,
                email,
                note,
                sort_order,
            });
        }
        Ok(out)
    }

    /// Every account, by login id.
    pub fn accounts(&self) -> Result<Vec<AccountRow>, StoreError> {
        self.account_where("1 = 1", [])
    }

    /// The account with this login id (case-insensitive), if any.
    pub fn account_by_login(&self, login_id: &str) -> Result<Option<AccountRow>, StoreError> {
        Ok(self.account_where("login_id = lower(?1)", [login_id])?.pop())
    }

    /// The account of this person, if any.
    pub fn account_of(&self, person: PersonId) -> Result<Option<AccountRow>, StoreError> {
        Ok(self.account_where("id = ?1", [person.to_string()])?.pop())
    }

    fn account_where<P: rusqlite::Params>(&self, cond: &str, p: P) -> Result<Vec<AccountRow>, StoreError> {
        let sql = format!(
            "SELECT id, login_id, password_hash, must_change_password, failed_attempts, locked FROM account WHERE {cond} ORDER BY login_id"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(p, |r| Ok((r.get::<_, String>(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (id, login_id, password_hash, must_change_password, failed_attempts, locked) = row?;
            out.push(AccountRow {
                person_id: PersonId::parse(&id).ok_or_else(|| bad("account", "id", &id))?,
                login_id,
                password_hash,
                must_change_password,
                failed_attempts,
                locked,
            });
        }
        Ok(out)
    }

    /// Every case, newest first.
    pub fn cases(&self) -> Result<Vec<Case>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT id, receipt_no, title, category, state, severity, drill, created_at, updated_at,
                    is_incident, triage_rationale, impact, handler_person_id, ciso_informed_at,
                    cause_category, cause_narrative, ciso_instructions
             FROM incident_case ORDER BY created_at DESC, receipt_no DESC",
        )?;
        let raw = stmt.query_map([], raw_case)?.collect::<Result<Vec<_>, _>>()?;
        raw.into_iter().map(RawCase::into_case).collect()
    }

    /// One case.
    pub fn case(&self, id: CaseId) -> Result<Option<Case>, StoreError> {
        let raw = self
            .conn
            .prepare_cached(
                "SELECT id, receipt_no, title, category, state, severity, drill, created_at, updated_at,
                        is_incident, triage_rationale, impact, handler_person_id, ciso_informed_at,
                    cause_category, cause_narrative, ciso_instructions
                 FROM incident_case WHERE id = ?1",
            )?
            .query_row([id.to_string()], raw_case)
            .optional()?;
        raw.map(RawCase::into_case).transpose()
    }

    /// A case's timeline, in the order things happened.
    pub fn timeline(&self, case: CaseId) -> Result<Vec<TimelineEntry>, StoreError> {
        const T: &str = "timeline_entry";
        let mut stmt = self.conn.prepare(
            "SELECT id, kind, occurred_at, recorded_at, actor, text FROM timeline_entry WHERE case_id = ?1
             ORDER BY occurred_at, recorded_at, id",
        )?;
        let raw = stmt
            .query_map([case.to_string()], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get::<_, String>(3)?, r.get(4)?, r.get(5)?))
            })?
            .collect::<Result<Vec<(String, String, String, String, String, String)>, _>>()?;
        raw.into_iter()
            .map(|(id, kind, occurred, recorded, actor, text)| {
                Ok(TimelineEntry {
                    id: TimelineEntryId::parse(&id).ok_or_else(|| bad(T, "id", &id))?,
                    case_id: case,
                    kind: TimelineKind::from_code(&kind).ok_or_else(|| bad(T, "kind", &id))?,
                    occurred_at: time(T, "occurred_at", &id, &occurred)?,
                    recorded_at: time(T, "recorded_at", &id, &recorded)?,
                    actor,
                    text,
                })
            })
            .collect()
    }

    /// Number of real (non-drill) cases per state, in state order, states with no case omitted.
    pub fn state_counts(&self) -> Result<Vec<(CaseState, i64)>, StoreError> {
        let mut stmt = self.conn.prepare_cached("SELECT state, count(*) FROM incident_case WHERE drill = 0 GROUP BY state")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (code, n) = row?;
            out.push((CaseState::from_code(&code).ok_or_else(|| bad("incident_case", "state", &code))?, n));
        }
        out.sort();
        Ok(out)
    }
}

struct RawCase {
    id: String,
    receipt_no: String,
    title: String,
    category: String,
    state: String,
    severity: Option<String>,
    drill: bool,
    created_at: String,
    updated_at: String,
    is_incident: Option<bool>,
    rationale: String,
    impact: String,
    handler: Option<String>,
    ciso_informed_at: Option<String>,
    cause_category: Option<String>,
    cause_narrative: String,
    ciso_instructions: String,
}

fn raw_case(r: &Row<'_>) -> rusqlite::Result<RawCase> {
    Ok(RawCase {
        id: r.get(0)?,
        receipt_no: r.get(1)?,
        title: r.get(2)?,
        category: r.get(3)?,
        state: r.get(4)?,
        severity: r.get(5)?,
        drill: r.get(6)?,
        created_at: r.get(7)?,
        updated_at: r.get(8)?,
        is_incident: r.get(9)?,
        rationale: r.get(10)?,
        impact: r.get(11)?,
        handler: r.get(12)?,
        ciso_informed_at: r.get(13)?,
        cause_category: r.get(14)?,
        cause_narrative: r.get(15)?,
        ciso_instructions: r.get(16)?,
    })
}

impl RawCase {
    fn into_case(self) -> Result<Case, StoreError> {
        const T: &str = "incident_case";
        let id = &self.id;
        Ok(Case {
            id: CaseId::parse(id).ok_or_else(|| bad(T, "id", id))?,
            category: Category::from_code(&self.category).ok_or_else(|| bad(T, "category", id))?,
            state: CaseState::from_code(&self.state).ok_or_else(|| bad(T, "state", id))?,
            severity: match &self.severity {
                None => None,
                Some(s) => Some(Severity::from_code(s).ok_or_else(|| bad(T, "severity", id))?),
            },
            created_at: time(T, "created_at", id, &self.created_at)?,
            updated_at: time(T, "updated_at", id, &self.updated_at)?,
            triage: sonae_core::case::Triage {
                is_incident: self.is_incident,
                rationale: self.rationale,
                impact: self.impact,
                handler: person_ref(T, "handler_person_id", id, self.handler)?,
            },
            ciso_informed_at: self.ciso_informed_at.map(|t| time(T, "ciso_informed_at", id, &t)).transpose()?,
            root_cause: sonae_core::casework::RootCause {
                category: match &self.cause_category {
                    None => None,
                    Some(c) => Some(sonae_core::casework::CauseCategory::from_code(c).ok_or_else(|| bad(T, "cause_category", id))?),
                },
                narrative: self.cause_narrative,
                ciso_instructions: self.ciso_instructions,
            },
            receipt_no: self.receipt_no,
            title: self.title,
            drill: self.drill,
        })
    }
}

/// Where a report draft stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftStatus {
    Open,
    Submitted,
    Discarded,
}

impl DraftStatus {
    pub fn as_code(self) -> &'static str {
        match self {
            DraftStatus::Open => "open",
            DraftStatus::Submitted => "submitted",
            DraftStatus::Discarded => "discarded",
        }
    }

    fn from_code(code: &str) -> Option<Self> {
        [DraftStatus::Open, DraftStatus::Submitted, DraftStatus::Discarded].into_iter().find(|s| s.as_code() == code)
    }
}

/// A report draft as stored: the form is JSON written and read by `sonae-api`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportDraftRow {
    pub id: uuid::Uuid,
    pub owner: PersonId,
    pub step: u8,
    pub form_json: String,
    pub status: DraftStatus,
    pub report_id: Option<ReportId>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// A report with its case's receipt number and state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportRow {
    pub report: IncidentReport,
    pub receipt_no: Option<String>,
    pub case_state: Option<CaseState>,
}

const REPORT_COLUMNS: &str = "r.id, r.case_id, r.source, r.reporter_person_id, r.reporter_name, r.reporter_contact, r.department_id,
    r.category, r.summary, r.noticed_at, r.occurred_at, r.submitted_at, r.drill, r.symptoms, r.occurred_note, r.device, r.system_id,
    r.network_segment, r.class_level_id, r.personal_info, r.my_number, r.max_persons, r.medium, r.actions_taken, r.reporter_email,
    r.reporter_reachability, r.relay_org, r.relay_channel, r.relay_received_at, r.entered_by_person_id, c.receipt_no, c.state";

type RawRow = Vec<rusqlite::types::Value>;

fn raw_row(r: &Row<'_>) -> rusqlite::Result<RawRow> {
    (0..32).map(|i| r.get::<_, rusqlite::types::Value>(i)).collect()
}

fn report_from_raw(v: RawRow) -> Result<ReportRow, StoreError> {
    use rusqlite::types::Value;
    const T: &str = "incident_report";
    let text = |i: usize| -> Option<String> {
        match &v[i] {
            Value::Text(s) => Some(s.clone()),
            _ => None,
        }
    };
    let id = text(0).unwrap_or_default();
    let s = |i: usize| text(i).unwrap_or_default();
    let opt_time =
        |i: usize, col: &'static str| -> Result<Option<Timestamp>, StoreError> { text(i).map(|t| time(T, col, &id, &t)).transpose() };
    fn coded<E>(v: Option<String>, parse: fn(&str) -> Option<E>, col: &'static str, id: &str) -> Result<Option<E>, StoreError> {
        v.map(|c| parse(&c).ok_or_else(|| bad(T, col, id))).transpose()
    }
    let uuid = |i: usize, col: &'static str| -> Result<Option<uuid::Uuid>, StoreError> {
        text(i).map(|u| uuid::Uuid::parse_str(&u).map_err(|_| bad(T, col, &id))).transpose()
    };
    let symptoms = s(13)
        .split(',')
        .filter(|c| !c.is_empty())
        .map(|c| Symptom::from_code(c).ok_or_else(|| bad(T, "symptoms", &id)))
        .collect::<Result<Vec<_>, _>>()?;
    let report = IncidentReport {
        id: ReportId::parse(&id).ok_or_else(|| bad(T, "id", &id))?,
        case_id: text(1).map(|c| CaseId::parse(&c).ok_or_else(|| bad(T, "case_id", &id))).transpose()?,
        source: ReportSource::from_code(&s(2)).ok_or_else(|| bad(T, "source", &id))?,
        reporter_person_id: person_ref(T, "reporter_person_id", &id, text(3))?,
        reporter_name: s(4),
        reporter_contact: s(5),
        department_id: text(6).map(|d| DepartmentId::parse(&d).ok_or_else(|| bad(T, "department_id", &id))).transpose()?,
        category: Category::from_code(&s(7)).ok_or_else(|| bad(T, "category", &id))?,
        summary: s(8),
        noticed_at: opt_time(9, "noticed_at")?,
        occurred_at: opt_time(10, "occurred_at")?,
        submitted_at: time(T, "submitted_at", &id, &s(11))?,
        drill: matches!(v[12], Value::Integer(1)),
        details: ReportDetails {
            symptoms,
            occurred_note: s(14),
            device: s(15),
            system_id: uuid(16, "system_id")?,
            network_segment: coded(text(17), NetworkSegment::from_code, "network_segment", &id)?,
            class_level_id: uuid(18, "class_level_id")?,
            personal_info: coded(text(19), TriState::from_code, "personal_info", &id)?,
            my_number: coded(text(20), TriState::from_code, "my_number", &id)?,
            max_persons: match v[21] {
                Value::Integer(n) => Some(n),
                _ => None,
            },
            medium: coded(text(22), Medium::from_code, "medium", &id)?,
            actions_taken: s(23),
            reporter_email: s(24),
            reporter_reachability: s(25),
            relay_org: s(26),
            relay_channel: coded(text(27), RelayChannel::from_code, "relay_channel", &id)?,
            relay_received_at: opt_time(28, "relay_received_at")?,
            entered_by: person_ref(T, "entered_by_person_id", &id, text(29))?,
        },
    };
    Ok(ReportRow { report, receipt_no: text(30), case_state: coded(text(31), CaseState::from_code, "state", &id)? })
}

fn draft_from(r: &Row<'_>) -> rusqlite::Result<RawDraft> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?))
}

type RawDraft = (String, String, u8, String, String, Option<String>, String, String);

fn draft_row((id, owner, step, form_json, status, report, created, updated): RawDraft) -> Result<ReportDraftRow, StoreError> {
    const T: &str = "report_draft";
    Ok(ReportDraftRow {
        id: uuid::Uuid::parse_str(&id).map_err(|_| bad(T, "id", &id))?,
        owner: PersonId::parse(&owner).ok_or_else(|| bad(T, "owner_person_id", &id))?,
        step,
        form_json,
        status: DraftStatus::from_code(&status).ok_or_else(|| bad(T, "status", &id))?,
        report_id: report.map(|r| ReportId::parse(&r).ok_or_else(|| bad(T, "report_id", &id))).transpose()?,
        created_at: time(T, "created_at", &id, &created)?,
        updated_at: time(T, "updated_at", &id, &updated)?,
    })
}

const DRAFT_COLUMNS: &str = "id, owner_person_id, step, form_json, status, report_id, created_at, updated_at";

impl Store {
    /// One report draft.
    pub fn report_draft(&self, id: uuid::Uuid) -> Result<Option<ReportDraftRow>, StoreError> {
        let raw = self
            .conn
            .query_row(&format!("SELECT {DRAFT_COLUMNS} FROM report_draft WHERE id = ?1"), [id.to_string()], draft_from)
            .optional()?;
        raw.map(draft_row).transpose()
    }

    /// A person's open drafts, most recently saved first.
    pub fn open_drafts_of(&self, owner: PersonId) -> Result<Vec<ReportDraftRow>, StoreError> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {DRAFT_COLUMNS} FROM report_draft WHERE owner_person_id = ?1 AND status = 'open' ORDER BY updated_at DESC, id"
        ))?;
        let raw = stmt.query_map([owner.to_string()], draft_from)?.collect::<Result<Vec<_>, _>>()?;
        raw.into_iter().map(draft_row).collect()
    }

    /// Reports, newest first: all of them, or those a person entered or filed.
    pub fn reports(&self, of: Option<PersonId>) -> Result<Vec<ReportRow>, StoreError> {
        let sql = format!(
            "SELECT {REPORT_COLUMNS} FROM incident_report r LEFT JOIN incident_case c ON c.id = r.case_id
             WHERE ?1 IS NULL OR r.entered_by_person_id = ?1 OR r.reporter_person_id = ?1
             ORDER BY r.submitted_at DESC, r.id"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let raw = stmt.query_map([of.map(|p| p.to_string())], raw_row)?.collect::<Result<Vec<_>, _>>()?;
        raw.into_iter().map(report_from_raw).collect()
    }

    /// One report.
    pub fn report(&self, id: ReportId) -> Result<Option<ReportRow>, StoreError> {
        let sql = format!("SELECT {REPORT_COLUMNS} FROM incident_report r LEFT JOIN incident_case c ON c.id = r.case_id WHERE r.id = ?1");
        let raw = self.conn.query_row(&sql, [id.to_string()], raw_row).optional()?;
        raw.map(report_from_raw).transpose()
    }

    /// The candidates for a case's 知った日, oldest first: `(at, basis)`.
    pub fn known_date_candidates(&self, case: CaseId) -> Result<Vec<(Timestamp, String)>, StoreError> {
        let mut stmt =
            self.conn.prepare_cached("SELECT id, at, basis FROM known_date_candidate WHERE case_id = ?1 ORDER BY recorded_at, id")?;
        let raw = stmt
            .query_map([case.to_string()], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)))?
            .collect::<Result<Vec<_>, _>>()?;
        raw.into_iter().map(|(id, at, basis)| Ok((time("known_date_candidate", "at", &id, &at)?, basis))).collect()
    }
}

/// The order of the case list. Ties keep newest first (by 受付 time, then 受付番号).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseOrder {
    Newest,
    Oldest,
    /// Most severe first, unjudged last.
    Severity,
    /// Earliest open task due first; cases without one last.
    NextDue,
}

/// What the case list asks for: every filter is optional and they combine (AND).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseListQuery<'a> {
    pub state: Option<CaseState>,
    /// Only open cases (ignored when `state` is set).
    pub open_only: bool,
    pub severity: Option<Severity>,
    pub category: Option<Category>,
    pub handler: Option<PersonId>,
    /// Only cases with an open task due before `now`.
    pub overdue_only: bool,
    /// Words to find in the case's texts (see [`Store::case_page`]).
    pub text: Option<&'a str>,
    pub order: CaseOrder,
    pub offset: u32,
    pub limit: u32,
    /// What "overdue" is measured against.
    pub now: Timestamp,
}

/// One row of the case list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseListRow {
    pub case: Case,
    pub open_tasks: u32,
    pub overdue_tasks: u32,
    /// The earliest due time of an open task.
    pub next_due_at: Option<Timestamp>,
    /// With a text query: where it was found, the match between U+0002 and U+0003.
    pub snippet: Option<String>,
}

/// A page of the case list and the number of matching cases over all pages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CasePage {
    pub total: u32,
    pub rows: Vec<CaseListRow>,
}

const CASE_COLUMNS: &str = "c.id, c.receipt_no, c.title, c.category, c.state, c.severity, c.drill, c.created_at, c.updated_at,
    c.is_incident, c.triage_rationale, c.impact, c.handler_person_id, c.ciso_informed_at,
    c.cause_category, c.cause_narrative, c.ciso_instructions";

/// Low 32 bits of a `search_index` rowid: the row within its case (schema v12).
const SEARCH_ROWS_PER_CASE: i64 = 1 << 32;

/// Up to this many candidate cases (overdue, or matching a text) are read from their list rather
/// than along an index (see [`Store::case_page`]).
const SHORT_CANDIDATE_LIST: usize = 5_000;

/// Counts of the case list by statement and parameters (their SHA-256), valid while the database
/// is unchanged: paging through one filter counts it once, not once per page. A change by this
/// connection (`total_changes`) or another one (`PRAGMA data_version`) empties it.
#[derive(Debug, Default)]
pub(crate) struct CountCache(std::sync::Mutex<CountCacheInner>);

#[derive(Debug, Default)]
struct CountCacheInner {
    stamp: (i64, u64),
    rows: std::collections::HashMap<String, Vec<i64>>,
}

/// Remembered counts at most; then the cache starts again.
const COUNT_CACHE_ENTRIES: usize = 64;

/// The values in both of two ascending lists.
fn sorted_intersection(a: &[i64], b: &[i64]) -> Vec<i64> {
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    out
}

/// `%q%` for LIKE with `\` as the escape character.
fn like_pattern(q: &str) -> String {
    format!("%{}%", q.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"))
}

/// A quoted FTS5 phrase: user text is never parsed as FTS syntax.
fn fts_phrase(q: &str) -> String {
    format!("\"{}\"", q.replace('"', "\"\""))
}

impl Store {
    /// The one row of counts `sql` answers for `params`, from [`CountCache`] when the database
    /// has not changed since it was counted.
    fn counted(&self, sql: &str, params: &[rusqlite::types::Value]) -> Result<Vec<i64>, StoreError> {
        let stamp = (self.conn.prepare_cached("PRAGMA data_version")?.query_row([], |r| r.get::<_, i64>(0))?, self.conn.total_changes());
        let key = {
            use sha2::Digest as _;
            hex::encode(sha2::Sha256::digest(format!("{sql}\u{1}{params:?}").as_bytes()))
        };
        if let Ok(mut cache) = self.counts.0.lock() {
            if cache.stamp != stamp {
                cache.stamp = stamp;
                cache.rows.clear();
            }
            if let Some(row) = cache.rows.get(&key) {
                return Ok(row.clone());
            }
        }
        let mut stmt = self.conn.prepare_cached(sql)?;
        let columns = stmt.column_count();
        let row: Vec<i64> =
            stmt.query_row(rusqlite::params_from_iter(params.iter()), |r| (0..columns).map(|i| r.get(i)).collect::<Result<_, _>>())?;
        if let Ok(mut cache) = self.counts.0.lock() {
            if cache.rows.len() >= COUNT_CACHE_ENTRIES {
                cache.rows.clear();
            }
            cache.rows.insert(key, row.clone());
        }
        Ok(row)
    }

    /// How many cases there are (drill cases included).
    pub fn case_count(&self) -> Result<usize, StoreError> {
        let n: i64 = self.conn.prepare_cached("SELECT count(*) FROM incident_case")?.query_row([], |r| r.get(0))?;
        Ok(usize::try_from(n).unwrap_or(0))
    }

    /// The `limit` newest cases.
    pub fn recent_cases(&self, limit: u32) -> Result<Vec<Case>, StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {CASE_COLUMNS} FROM incident_case c ORDER BY c.created_at DESC, c.receipt_no DESC LIMIT ?1"
        ))?;
        let raw = stmt.query_map([limit], raw_case)?.collect::<Result<Vec<_>, _>>()?;
        raw.into_iter().map(RawCase::into_case).collect()
    }

    /// One page of the case list, filtered, ordered and counted in SQL (schema v12's indexes), so
    /// a page costs about the same at 100 cases as at 100,000.
    ///
    /// Text of three or more characters is a quoted phrase of the trigram index, run once: the
    /// cases come from its rowids alone (`rowid >> 32`, schema v12) and are then handed to the
    /// filters as a list. The snippet of a row on the page is its case's first indexed row
    /// containing the text, in the order case (title, triage), report, timeline, task, evidence.
    /// Shorter text cannot use a trigram index and scans the indexed text with LIKE.
    ///
    /// "Overdue only" is such a list too (the cases with an open task due before `now`), and
    /// both lists are intersected. A short list (≤ [`SHORT_CANDIDATE_LIST`]) is read row by row and
    /// sorted; a longer one is probed along an index.
    ///
    /// Counts (the total, and the segment sizes a later page needs to skip) are remembered until
    /// the database changes ([`CountCache`]), so paging through a filter counts it once. Pages past
    /// the middle of a segment are read in the reverse order from its end.
    pub fn case_page(&self, q: &CaseListQuery<'_>) -> Result<CasePage, StoreError> {
        use rusqlite::types::Value;
        let now = to_storage(q.now);
        let mut conds: Vec<&str> = Vec::new();
        let mut params: Vec<Value> = Vec::new();
        let mut add = |cond: &'static str, v: Value, conds: &mut Vec<&str>| {
            conds.push(cond);
            params.push(v);
        };
        match q.state {
            Some(s) => add("c.state = ?", Value::Text(s.as_code().into()), &mut conds),
            // The open states listed (not "NOT IN" the closed ones): a few index ranges.
            None if q.open_only => conds.push("c.state IN ('received', 'triage', 'responding', 'recovering', 'prevention')"),
            None => {}
        }
        if let Some(s) = q.severity {
            add("c.severity = ?", Value::Text(s.as_code().into()), &mut conds);
        }
        if let Some(k) = q.category {
            add("c.category = ?", Value::Text(k.as_code().into()), &mut conds);
        }
        if let Some(h) = q.handler {
            add("c.handler_person_id = ?", Value::Text(h.to_string()), &mut conds);
        }
        let text = q.text.map(str::trim).filter(|t| !t.is_empty());
        let trigram = text.is_some_and(|t| t.chars().count() >= 3);
        // Filters that are a set of cases found first — the cases with an overdue open task, the
        // cases whose text matches (from the index's rowids alone) — as one sorted list of case
        // rowids, handed to the query once. Probing rowids needs no row: the list indexes cover
        // them.
        let mut candidates: Option<Vec<i64>> = None;
        if q.overdue_only {
            let overdue: Vec<i64> = self
                .conn
                .prepare_cached(
                    "SELECT DISTINCT x.rowid FROM case_task t JOIN incident_case x ON x.id = t.case_id
                     WHERE t.status = 'open' AND t.due_at < ?1 ORDER BY 1",
                )?
                .query_map([&now], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            candidates = Some(overdue);
        }
        let mut text_hits = false;
        if let Some(t) = text {
            if trigram {
                let mut found: Vec<i64> = self
                    .conn
                    .prepare_cached("SELECT rowid >> 32 FROM search_index WHERE search_index MATCH ?1 ORDER BY rowid")?
                    .query_map([fts_phrase(t)], |r| r.get(0))?
                    .collect::<Result<_, _>>()?;
                found.dedup();
                text_hits = true;
                candidates = Some(match candidates.take() {
                    Some(overdue) => sorted_intersection(&overdue, &found),
                    None => found,
                });
            } else {
                add(
                    "c.id IN (SELECT s.case_id FROM search_index s WHERE s.body LIKE ? ESCAPE '\\')",
                    Value::Text(like_pattern(t)),
                    &mut conds,
                );
            }
        }
        let candidate_count = candidates.as_ref().map(Vec::len);
        if let Some(list) = candidates {
            let list = format!("[{}]", list.iter().map(i64::to_string).collect::<Vec<_>>().join(","));
            add("c.rowid IN (SELECT value FROM json_each(?))", Value::Text(list), &mut conds);
        }
        let filter = if conds.is_empty() { String::new() } else { format!("WHERE {}", conds.join(" AND ")) };
        // The order is a list of segments, each a further condition read newest (or oldest)
        // first along an index: 重要度 is five (緊急 … 低, then unjudged), next due is two (cases with
        // an open task due, by that date, then the others). Sorting 100,000 rows for one page
        // would cost more than counting each segment and reading only the page's part.
        const NEXT: &str = "(SELECT min(t.due_at) FROM case_task t WHERE t.case_id = c.id AND t.status = 'open')";
        // By rowid: probing a list of integers is cheaper than one of ids for 100,000 rows.
        const HAS_DUE: &str = "c.rowid IN (SELECT x.rowid FROM case_task t JOIN incident_case x ON x.id = t.case_id
            WHERE t.status = 'open' AND t.due_at IS NOT NULL)";
        const NEWEST: &str = "c.created_at DESC, c.receipt_no DESC";
        const OLDEST: &str = "c.created_at, c.receipt_no";
        let next_order = format!("{NEXT}, {NEWEST}");
        let next_reversed = format!("{NEXT} DESC, {OLDEST}");
        const SEVERITIES: [&str; 4] = ["critical", "high", "medium", "low"];
        // (condition, its parameter, order, the same order reversed)
        let segments: Vec<(Option<String>, Option<Value>, &str, &str)> = match q.order {
            CaseOrder::Newest => vec![(None, None, NEWEST, OLDEST)],
            CaseOrder::Oldest => vec![(None, None, OLDEST, NEWEST)],
            CaseOrder::Severity => SEVERITIES
                .iter()
                .map(|s| (Some("c.severity = ?".to_owned()), Some(Value::Text((*s).to_owned())), NEWEST, OLDEST))
                .chain([(Some("c.severity IS NULL".to_owned()), None, NEWEST, OLDEST)])
                .collect(),
            CaseOrder::NextDue => vec![
                (Some(HAS_DUE.to_owned()), None, next_order.as_str(), next_reversed.as_str()),
                (Some(format!("NOT {HAS_DUE}")), None, NEWEST, OLDEST),
            ],
        };
        // How the table is read. A short list of candidates (a few thousand overdue or matching
        // cases) is read row by row from the list and sorted: cheaper than walking an index of
        // 100,000 entries probing each. A long list of text hits with newest / oldest walks the
        // created index, probing the hits, so a page stops at its last row.
        let table = match candidate_count {
            Some(n) if n <= SHORT_CANDIDATE_LIST => "incident_case c NOT INDEXED",
            Some(_) if text_hits && segments.len() == 1 => "incident_case c INDEXED BY incident_case_created",
            _ => "incident_case c",
        };
        // The total, and — to skip to a page past the first — the size of every segment but the
        // last: 重要度's four in one pass over the filter's best index (`count(CASE …)`), next due's
        // first (the few cases with an open task due) from its list.
        let size_sql = match q.order {
            _ if q.offset == 0 || segments.len() == 1 => None,
            CaseOrder::Severity => Some(format!(
                "SELECT {} FROM {table} {filter}",
                SEVERITIES.iter().map(|s| format!("count(CASE WHEN c.severity = '{s}' THEN 1 END)")).collect::<Vec<_>>().join(", ")
            )),
            _ => {
                let cond = segments[0].0.as_deref().unwrap_or("1");
                let all = if filter.is_empty() { format!("WHERE {cond}") } else { format!("{filter} AND {cond}") };
                Some(format!("SELECT count(*) FROM {table} {all}"))
            }
        };
        let total: i64 = match candidate_count {
            // Only the candidate list: its length is the total.
            Some(n) if conds.len() == 1 => n as i64,
            _ => self.counted(&format!("SELECT count(*) FROM {table} {filter}"), &params)?.first().copied().unwrap_or(0),
        };
        let sizes = match size_sql {
            Some(sql) => self.counted(&sql, &params)?,
            None => Vec::new(),
        };
        let (mut skip, mut want, mut before) = (i64::from(q.offset), i64::from(q.limit), 0i64);
        let mut rowids: Vec<i64> = Vec::new();
        let last = segments.len() - 1;
        for (i, (cond, value, order, reversed)) in segments.iter().enumerate() {
            if want == 0 || before >= total {
                break;
            }
            let mut all = conds.clone();
            let mut p = params.clone();
            if let Some(c) = cond {
                all.push(c.as_str());
            }
            if let Some(v) = value {
                p.push(v.clone());
            }
            let filter = if all.is_empty() { String::new() } else { format!("WHERE {}", all.join(" AND ")) };
            // A segment's size matters only to skip over it (the last one is what remains).
            let mut size = None;
            if skip > 0 {
                let n = if i == last { total - before } else { sizes.get(i).copied().unwrap_or(0) };
                before += n;
                if skip >= n {
                    skip -= n;
                    continue;
                }
                size = Some(n);
            }
            // Past the middle of a segment, read it from its other end: the last pages of 100,000
            // cases are as quick as the first, and no page skips more than half a segment.
            let got: Vec<i64> = match size {
                Some(n) if skip * 2 > n => {
                    let take = want.min(n - skip);
                    p.push(Value::Integer(take));
                    p.push(Value::Integer(n - skip - take));
                    let mut got: Vec<i64> = self
                        .conn
                        .prepare_cached(&format!("SELECT c.rowid FROM {table} {filter} ORDER BY {reversed} LIMIT ? OFFSET ?"))?
                        .query_map(rusqlite::params_from_iter(p.iter()), |r| r.get(0))?
                        .collect::<Result<_, _>>()?;
                    got.reverse();
                    got
                }
                _ => {
                    p.push(Value::Integer(want));
                    p.push(Value::Integer(skip));
                    self.conn
                        .prepare_cached(&format!("SELECT c.rowid FROM {table} {filter} ORDER BY {order} LIMIT ? OFFSET ?"))?
                        .query_map(rusqlite::params_from_iter(p.iter()), |r| r.get(0))?
                        .collect::<Result<_, _>>()?
                }
            };
            want -= got.len() as i64;
            rowids.extend(got);
            skip = 0;
        }
        let mut rows = Vec::with_capacity(rowids.len());
        for &rowid in &rowids {
            let raw = self
                .conn
                .prepare_cached(&format!("SELECT {CASE_COLUMNS} FROM incident_case c WHERE c.rowid = ?1"))?
                .query_row([rowid], raw_case)?;
            let case = raw.into_case()?;
            let (open, overdue, next): (i64, i64, Option<String>) = self
                .conn
                .prepare_cached(
                    "SELECT count(*), count(CASE WHEN due_at < ?2 THEN 1 END), min(due_at) FROM case_task
                 WHERE case_id = ?1 AND status = 'open'",
                )?
                .query_row(rusqlite::params![case.id.to_string(), now], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            let id = case.id.to_string();
            // The snippet: the case's first indexed row (case, report, timeline, task, evidence)
            // that contains the text, read by rowid range (no second full-text query per row).
            let snippet = match text {
                None => None,
                Some(t) => {
                    let lower = t.to_lowercase();
                    let mut stmt =
                        self.conn.prepare_cached("SELECT body FROM search_index WHERE rowid BETWEEN ?1 AND ?2 ORDER BY rowid")?;
                    let lo = rowid * SEARCH_ROWS_PER_CASE;
                    let bodies = stmt.query_map([lo, lo + (SEARCH_ROWS_PER_CASE - 1)], |r| r.get::<_, String>(0))?;
                    let mut found = None;
                    for body in bodies {
                        let body = body?;
                        if body.to_lowercase().contains(&lower) {
                            found = Some(crate::casework::snippet_around(&body, t));
                            break;
                        }
                    }
                    found
                }
            };
            rows.push(CaseListRow {
                open_tasks: u32::try_from(open).unwrap_or(0),
                overdue_tasks: u32::try_from(overdue).unwrap_or(0),
                next_due_at: next.map(|n| time("case_task", "due_at", &id, &n)).transpose()?,
                snippet,
                case,
            });
        }
        Ok(CasePage { total: u32::try_from(total).unwrap_or(u32::MAX), rows })
    }
}
