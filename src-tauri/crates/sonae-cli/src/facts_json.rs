//! The JSON input of `sonae obligations` (docs/cli.md): one object, read field by field so that
//! every refusal names the offending field by its path (`personalInfo.maxPersons`).
//!
//! Missing booleans are false and a missing object means "not involved"; inside `policy` a
//! missing field keeps its default. Unknown fields are refused (a typo must not silently become
//! "false"), and so are unknown enum values and wrong types.

use serde_json::{Map, Value};
use sonae_api::calendar;
use sonae_api::obligations::{
    AuthorityPolicy, CrimeFacts, DestinationPolicy, Facts, MyNumberFacts, MyNumberSystem, OrgKind, OrganizationFacts, PersonalInfoFacts,
    PublicationPolicy, ReportWhen, Severity,
};

/// The largest head count accepted (the staff report's limit too).
pub const MAX_PERSONS: u64 = 100_000_000;

/// What kind of value a field wants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    Boolean,
    Integer,
    String,
    Object,
}

impl Expected {
    /// The Fluent id of its label.
    pub fn message_id(self) -> &'static str {
        match self {
            Expected::Boolean => "cli-input-expected-boolean",
            Expected::Integer => "cli-input-expected-integer",
            Expected::String => "cli-input-expected-string",
            Expected::Object => "cli-input-expected-object",
        }
    }
}

/// Why the input was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Not JSON at all.
    Syntax {
        line: usize,
        column: usize,
    },
    Type(Expected),
    UnknownField,
    /// An enum value this version does not know.
    Value {
        value: String,
        allowed: &'static [&'static str],
    },
    Missing,
    /// Not a `YYYY-MM-DD` date.
    Date {
        value: String,
    },
    /// A number or year outside the accepted range.
    Range {
        value: String,
        min: String,
        max: String,
    },
}

/// A refused input: what and where (`field` is a JSON path; empty for the whole input).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    pub field: String,
    pub problem: Problem,
}

type Result<T> = std::result::Result<T, InputError>;

/// Everything `sonae obligations` reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub facts: Facts,
    pub policy: DestinationPolicy,
}

const ORG_KINDS: &[&str] = &["municipality", "union", "assembly"];
const SYSTEMS: &[&str] = &["none", "network", "usage", "relatedPublic"];
const SEVERITIES: &[&str] = &["low", "medium", "high", "critical"];
const WHEN: &[&str] = &["always", "never", "statutoryReport", "severity"];
const IMMEDIATE_FROM: &[&str] = &["low", "medium", "high", "critical", "never"];

/// One JSON object and its path.
struct Obj<'a> {
    path: String,
    map: &'a Map<String, Value>,
}

impl<'a> Obj<'a> {
    fn new(value: &'a Value, path: String) -> Result<Obj<'a>> {
        match value {
            Value::Object(map) => Ok(Obj { path, map }),
            _ => Err(InputError { field: path, problem: Problem::Type(Expected::Object) }),
        }
    }

    fn path(&self, key: &str) -> String {
        if self.path.is_empty() { key.to_owned() } else { format!("{}.{key}", self.path) }
    }

    fn err(&self, key: &str, problem: Problem) -> InputError {
        InputError { field: self.path(key), problem }
    }

    /// Refuses the first key (in key order) that is not in `allowed`.
    fn only(&self, allowed: &[&str]) -> Result<()> {
        match self.map.keys().find(|k| !allowed.contains(&k.as_str())) {
            Some(k) => Err(self.err(k, Problem::UnknownField)),
            None => Ok(()),
        }
    }

    /// The value of `key`; `null` counts as missing.
    fn get(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    fn opt_bool(&self, key: &str) -> Result<Option<bool>> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(_) => Err(self.err(key, Problem::Type(Expected::Boolean))),
        }
    }

    fn bool(&self, key: &str) -> Result<bool> {
        Ok(self.opt_bool(key)?.unwrap_or(false))
    }

    fn opt_int(&self, key: &str, min: u64, max: u64) -> Result<Option<u64>> {
        let Some(v) = self.get(key) else { return Ok(None) };
        let Value::Number(n) = v else { return Err(self.err(key, Problem::Type(Expected::Integer))) };
        match n.as_u64() {
            Some(x) if (min..=max).contains(&x) => Ok(Some(x)),
            Some(_) => Err(self.err(key, Problem::Range { value: n.to_string(), min: min.to_string(), max: max.to_string() })),
            None if n.is_i64() => Err(self.err(key, Problem::Range { value: n.to_string(), min: min.to_string(), max: max.to_string() })),
            None => Err(self.err(key, Problem::Type(Expected::Integer))),
        }
    }

    fn opt_str(&self, key: &str) -> Result<Option<&'a str>> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.as_str())),
            Some(_) => Err(self.err(key, Problem::Type(Expected::String))),
        }
    }

    /// An enum value: one of `allowed`, returned as its index.
    fn opt_choice(&self, key: &str, allowed: &'static [&'static str]) -> Result<Option<usize>> {
        let Some(s) = self.opt_str(key)? else { return Ok(None) };
        match allowed.iter().position(|a| *a == s) {
            Some(i) => Ok(Some(i)),
            None => Err(self.err(key, Problem::Value { value: s.to_owned(), allowed })),
        }
    }

    fn opt_obj(&self, key: &str) -> Result<Option<Obj<'a>>> {
        self.get(key).map(|v| Obj::new(v, self.path(key))).transpose()
    }

    fn date(&self, key: &str) -> Result<chrono::NaiveDate> {
        let Some(s) = self.opt_str(key)? else { return Err(self.err(key, Problem::Missing)) };
        parse_date(s).map_err(|problem| self.err(key, problem))
    }
}

/// A `YYYY-MM-DD` date within the years the calendar is pinned for.
pub fn parse_date(s: &str) -> std::result::Result<chrono::NaiveDate, Problem> {
    let date = (s.len() == 10)
        .then(|| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
        .flatten()
        .ok_or_else(|| Problem::Date { value: s.to_owned() })?;
    let year = chrono::Datelike::year(&date);
    if !(calendar::FIRST_YEAR..=calendar::LAST_YEAR).contains(&year) {
        return Err(Problem::Range {
            value: s.to_owned(),
            min: format!("{}-01-01", calendar::FIRST_YEAR),
            max: format!("{}-12-31", calendar::LAST_YEAR),
        });
    }
    Ok(date)
}

fn severity(i: usize) -> Severity {
    [Severity::Low, Severity::Medium, Severity::High, Severity::Critical].get(i).copied().unwrap_or(Severity::High)
}

/// Parses the whole input.
pub fn parse(text: &str) -> Result<Input> {
    let value: Value = serde_json::from_str(text)
        .map_err(|e| InputError { field: String::new(), problem: Problem::Syntax { line: e.line(), column: e.column() } })?;
    let root = Obj::new(&value, String::new())?;
    root.only(&["organization", "knownOn", "personalInfo", "myNumber", "crime", "contractor", "severity", "policy"])?;

    let org = root.opt_obj("organization")?.ok_or_else(|| root.err("organization", Problem::Missing))?;
    org.only(&["kind", "ordinanceSensitiveDefined"])?;
    let kind = match org.opt_choice("kind", ORG_KINDS)? {
        Some(0) => OrgKind::Municipality,
        Some(1) => OrgKind::PartialAffairsAssociation,
        Some(_) => OrgKind::Assembly,
        None => return Err(org.err("kind", Problem::Missing)),
    };
    let organization = OrganizationFacts { kind, ordinance_sensitive_defined: org.bool("ordinanceSensitiveDefined")? };
    let known_on = root.date("knownOn")?;

    let mut facts = Facts::new(kind, known_on);
    facts.organization = organization;
    if let Some(p) = root.opt_obj("personalInfo")? {
        p.only(&[
            "involved",
            "sensitive",
            "financialDamageRisk",
            "maliciousAct",
            "ordinanceSensitive",
            "maxPersons",
            "highlyEncrypted",
            "recoveredBeforeViewing",
        ])?;
        facts.personal_info = PersonalInfoFacts {
            involved: p.bool("involved")?,
            sensitive: p.bool("sensitive")?,
            financial_damage_risk: p.bool("financialDamageRisk")?,
            malicious_act: p.bool("maliciousAct")?,
            ordinance_sensitive: p.bool("ordinanceSensitive")?,
            max_persons: p.opt_int("maxPersons", 0, MAX_PERSONS)?.unwrap_or(0),
            highly_encrypted: p.bool("highlyEncrypted")?,
            recovered_before_viewing: p.bool("recoveredBeforeViewing")?,
        };
    }
    if let Some(m) = root.opt_obj("myNumber")? {
        m.only(&["involved", "system", "maliciousAct", "publiclyViewable", "maxPersons", "highlyEncrypted", "recoveredBeforeViewing"])?;
        let system = m.opt_choice("system", SYSTEMS)?.and_then(|i| MyNumberSystem::from_code(SYSTEMS[i])).unwrap_or_default();
        facts.my_number = MyNumberFacts {
            involved: m.bool("involved")?,
            system,
            malicious_act: m.bool("maliciousAct")?,
            publicly_viewable: m.bool("publiclyViewable")?,
            max_persons: m.opt_int("maxPersons", 0, MAX_PERSONS)?.unwrap_or(0),
            highly_encrypted: m.bool("highlyEncrypted")?,
            recovered_before_viewing: m.bool("recoveredBeforeViewing")?,
        };
    }
    if let Some(c) = root.opt_obj("crime")? {
        c.only(&["unauthorizedAccess", "ransomware", "malware", "theft", "insider", "other"])?;
        facts.crime = CrimeFacts {
            unauthorized_access: c.bool("unauthorizedAccess")?,
            ransomware: c.bool("ransomware")?,
            malware: c.bool("malware")?,
            theft: c.bool("theft")?,
            insider: c.bool("insider")?,
            other: c.bool("other")?,
        };
    }
    if let Some(c) = root.opt_obj("contractor")? {
        c.only(&["involved"])?;
        facts.contractor_involved = c.bool("involved")?;
    }
    facts.severity = root.opt_choice("severity", SEVERITIES)?.map(severity);

    let mut policy = DestinationPolicy::default();
    if let Some(p) = root.opt_obj("policy")? {
        parse_policy(&p, &mut policy)?;
    }
    Ok(Input { facts, policy })
}

fn parse_authority(a: &Obj, default: AuthorityPolicy) -> Result<AuthorityPolicy> {
    a.only(&["when", "minSeverity", "targetDays"])?;
    let min = a.opt_choice("minSeverity", SEVERITIES)?.map(severity);
    let when = match a.opt_choice("when", WHEN)? {
        None => default.when,
        Some(0) => ReportWhen::Always,
        Some(1) => ReportWhen::Never,
        Some(2) => ReportWhen::StatutoryReport,
        Some(_) => ReportWhen::SeverityAtLeast(min.ok_or_else(|| a.err("minSeverity", Problem::Missing))?),
    };
    let target_days = a.opt_int("targetDays", 1, 365)?.and_then(|d| u32::try_from(d).ok()).or(default.target_days);
    Ok(AuthorityPolicy { when, target_days })
}

fn parse_policy(p: &Obj, policy: &mut DestinationPolicy) -> Result<()> {
    p.only(&["cisoTargetMinutes", "soumu", "prefecture", "policeOnMalware", "ipa", "jpcert", "publication", "committee"])?;
    if let Some(m) = p.opt_int("cisoTargetMinutes", 5, 1440)? {
        policy.ciso_target_minutes = u32::try_from(m).unwrap_or(60);
    }
    if let Some(a) = p.opt_obj("soumu")? {
        policy.soumu = parse_authority(&a, policy.soumu)?;
    }
    if let Some(a) = p.opt_obj("prefecture")? {
        policy.prefecture = parse_authority(&a, policy.prefecture)?;
    }
    let flags: [(&str, &mut bool); 4] = [
        ("policeOnMalware", &mut policy.police_on_malware),
        ("ipa", &mut policy.ipa),
        ("jpcert", &mut policy.jpcert),
        ("committee", &mut policy.committee),
    ];
    for (key, flag) in flags {
        if let Some(b) = p.opt_bool(key)? {
            *flag = b;
        }
    }
    if let Some(pb) = p.opt_obj("publication")? {
        pb.only(&["immediateFromSeverity", "immediateWhenStatutory", "batch"])?;
        let publication: &mut PublicationPolicy = &mut policy.publication;
        if let Some(i) = pb.opt_choice("immediateFromSeverity", IMMEDIATE_FROM)? {
            publication.immediate_from = (i < SEVERITIES.len()).then(|| severity(i));
        }
        if let Some(b) = pb.opt_bool("immediateWhenStatutory")? {
            publication.immediate_when_statutory = b;
        }
        if let Some(b) = pb.opt_bool("batch")? {
            publication.batch = b;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field_of(text: &str) -> (String, Problem) {
        let e = parse(text).unwrap_err();
        (e.field, e.problem)
    }

    const BASE: &str = r#""organization":{"kind":"municipality"},"knownOn":"2025-12-01""#;

    #[test]
    fn minimal_input_and_defaults() {
        let input = parse(&format!("{{{BASE}}}")).unwrap();
        assert_eq!(input.facts.organization.kind, OrgKind::Municipality);
        assert!(!input.facts.personal_info.involved && !input.facts.my_number.involved);
        assert_eq!(input.policy, DestinationPolicy::default());
        let input = parse(&format!(r#"{{{BASE},"personalInfo":{{"involved":true,"maxPersons":101,"sensitive":null}}}}"#)).unwrap();
        assert_eq!(input.facts.personal_info.max_persons, 101);
        assert!(!input.facts.personal_info.sensitive, "null counts as missing");
    }

    #[test]
    fn every_refusal_names_its_field() {
        let cases: &[(&str, &str)] = &[
            (r#"{"personalInfo":{}}"#, "organization"),
            (r#"{"organization":{"kind":"municipality"}}"#, "knownOn"),
            (r#"{"organization":{"kind":"city"},"knownOn":"2025-12-01"}"#, "organization.kind"),
            (r#"{"organization":{},"knownOn":"2025-12-01"}"#, "organization.kind"),
            (r#"{"organization":{"kind":"municipality"},"knownOn":"2025-13-01"}"#, "knownOn"),
            (r#"{"organization":{"kind":"municipality"},"knownOn":"1999-12-31"}"#, "knownOn"),
            (r#"{"organization":{"kind":"municipality"},"knownOn":20251201}"#, "knownOn"),
            (
                r#"{"organization":{"kind":"municipality"},"knownOn":"2025-12-01","personalInfo":{"maxPersons":-1}}"#,
                "personalInfo.maxPersons",
            ),
            (
                r#"{"organization":{"kind":"municipality"},"knownOn":"2025-12-01","personalInfo":{"maxPersons":1.5}}"#,
                "personalInfo.maxPersons",
            ),
            (
                r#"{"organization":{"kind":"municipality"},"knownOn":"2025-12-01","personalInfo":{"maxPersons":"101"}}"#,
                "personalInfo.maxPersons",
            ),
            (
                r#"{"organization":{"kind":"municipality"},"knownOn":"2025-12-01","personalInfo":{"involved":"yes"}}"#,
                "personalInfo.involved",
            ),
            (r#"{"organization":{"kind":"municipality"},"knownOn":"2025-12-01","personalInfo":{"maxPerson":5}}"#, "personalInfo.maxPerson"),
            (r#"{"organization":{"kind":"municipality"},"knownOn":"2025-12-01","myNumber":{"system":"lgwan"}}"#, "myNumber.system"),
            (r#"{"organization":{"kind":"municipality"},"knownOn":"2025-12-01","myNumber":true}"#, "myNumber"),
            (r#"{"organization":{"kind":"municipality"},"knownOn":"2025-12-01","extra":1}"#, "extra"),
            (
                r#"{"organization":{"kind":"municipality"},"knownOn":"2025-12-01","policy":{"soumu":{"when":"severity"}}}"#,
                "policy.soumu.minSeverity",
            ),
            (
                r#"{"organization":{"kind":"municipality"},"knownOn":"2025-12-01","policy":{"soumu":{"targetDays":0}}}"#,
                "policy.soumu.targetDays",
            ),
            ("[1]", ""),
        ];
        for (text, field) in cases {
            assert_eq!(field_of(text).0, *field, "{text}");
        }
        assert!(matches!(field_of("{"), (f, Problem::Syntax { .. }) if f.is_empty()));
    }

    #[test]
    fn extensions_and_policy() {
        let text = format!(
            r#"{{{BASE},"crime":{{"ransomware":true}},"contractor":{{"involved":true}},"severity":"critical",
            "myNumber":{{"involved":true,"system":"relatedPublic","recoveredBeforeViewing":true}},
            "policy":{{"cisoTargetMinutes":30,"soumu":{{"when":"severity","minSeverity":"medium","targetDays":3}},"ipa":false,
            "publication":{{"immediateFromSeverity":"never","batch":false}}}}}}"#
        );
        let input = parse(&text).unwrap();
        assert!(input.facts.crime.ransomware && input.facts.contractor_involved);
        assert_eq!(input.facts.severity, Some(Severity::Critical));
        assert_eq!(input.facts.my_number.system, MyNumberSystem::RelatedPublic);
        assert!(input.facts.my_number.recovered_before_viewing);
        let p = input.policy;
        assert_eq!(p.ciso_target_minutes, 30);
        assert_eq!(p.soumu, AuthorityPolicy { when: ReportWhen::SeverityAtLeast(Severity::Medium), target_days: Some(3) });
        assert_eq!(p.prefecture, DestinationPolicy::default().prefecture);
        assert!(!p.ipa && p.jpcert);
        assert_eq!(p.publication, PublicationPolicy { immediate_from: None, immediate_when_statutory: true, batch: false });
    }
}
