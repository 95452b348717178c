//! Reads.

use crate::error::StoreError;
use crate::open::Store;
use rusqlite::{OptionalExtension, Row};
use sonae_core::clock::from_storage;
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
        Ok(self.conn.query_row("SELECT value FROM setting WHERE id = ?1", [key], |r| r.get(0)).optional()?)
    }

    /// The organization profile and settings, if one has been set up.
    pub fn organization(&self) -> Result<Option<Organization>, StoreError> {
        const T: &str = "organization";
        let row = self
            .conn
            .query_row(
                "SELECT id, name, kind, prefecture, head_title, ciso_title, ciso_person_id, ordinance_sensitive_info, honorific,
                        doc_number_format, ciso_report_target_minutes, idle_lock_minutes, lockout_attempts, receipt_format
                 FROM organization LIMIT 1",
                [],
                |r| {
                    Ok((
                        (r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get::<_, String>(3)?),
                        (r.get::<_, String>(4)?, r.get::<_, String>(5)?, r.get::<_, Option<String>>(6)?, r.get::<_, bool>(7)?),
                        (r.get::<_, String>(8)?, r.get::<_, String>(9)?, r.get::<_, u32>(10)?, r.get::<_, u32>(11)?, r.get::<_, u32>(12)?),
                        r.get::<_, String>(13)?,
                    ))
                },
            )
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
        let mut stmt = self.conn.prepare("SELECT id, name, short_name, manager_person_id FROM department ORDER BY name, id")?;
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
        let mut stmt = self.conn.prepare("SELECT person_id, role FROM person_role")?;
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
        let mut stmt = self.conn.prepare("SELECT id, scheme, axis, code, label, description, rank FROM classification_level")?;
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
            .query_row(
                "SELECT id, receipt_no, title, category, state, severity, drill, created_at, updated_at,
                        is_incident, triage_rationale, impact, handler_person_id, ciso_informed_at,
                    cause_category, cause_narrative, ciso_instructions
                 FROM incident_case WHERE id = ?1",
                [id.to_string()],
                raw_case,
            )
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
        let mut stmt = self.conn.prepare("SELECT state, count(*) FROM incident_case WHERE drill = 0 GROUP BY state")?;
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
        let mut stmt = self.conn.prepare("SELECT id, at, basis FROM known_date_candidate WHERE case_id = ?1 ORDER BY recorded_at, id")?;
        let raw = stmt
            .query_map([case.to_string()], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)))?
            .collect::<Result<Vec<_>, _>>()?;
        raw.into_iter().map(|(id, at, basis)| Ok((time("known_date_candidate", "at", &id, &at)?, basis))).collect()
    }
}
