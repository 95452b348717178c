//! What differs between two municipalities, as data: the organization's profile and settings,
//! its classification scheme, its information systems, its 緊急連絡網 and local accounts.
//!
//! The two seed policies already differ (000: 機密性 3A/3B/3C/2/1 …; 004: 情報区分 Ⅰ–Ⅳ), so none of
//! this is hard-coded: presets are only starting points the administrator edits.

use crate::clock::Timestamp;
use crate::coded_enum;
use crate::error::{DomainError, required_text};
use crate::ids::{DepartmentId, IdGen, PersonId};
use uuid::Uuid;

coded_enum! {
    /// How addressees are honoured in documents.
    pub enum Honorific {
        /// 様
        Sama = "sama",
        /// 殿
        Dono = "dono",
    }
}

/// Settings of the organization beyond its name (editable after the wizard).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgSettings {
    /// The CISO in person (副市長 …), if registered.
    pub ciso_person_id: Option<PersonId>,
    /// Whether the organization's 条例 defines 条例要配慮個人情報 (規則43条5号 applies only then).
    pub ordinance_sensitive_info: bool,
    pub honorific: Honorific,
    /// Document number format, e.g. `{課略称}第{n}号`; must contain `{n}`.
    pub doc_number_format: String,
    /// Target time for the 第一報 to the CISO once judged an incident (000 §5.3(3)②), minutes.
    pub ciso_report_target_minutes: u32,
    /// Idle time after which the app locks (004 第26条2), minutes.
    pub idle_lock_minutes: u32,
    /// Failed sign-ins after which an account is locked (004 第26条3).
    pub lockout_attempts: u32,
    /// 受付番号 format, e.g. `{年}-{n}`; see [`RECEIPT_PLACEHOLDERS`].
    pub receipt_format: String,
}

impl Default for OrgSettings {
    fn default() -> Self {
        OrgSettings {
            ciso_person_id: None,
            ordinance_sensitive_info: false,
            honorific: Honorific::Sama,
            doc_number_format: "{課略称}第{n}号".to_owned(),
            ciso_report_target_minutes: 60,
            idle_lock_minutes: 15,
            lockout_attempts: 5,
            receipt_format: "{年}-{n}".to_owned(),
        }
    }
}

/// The placeholders a 受付番号 format may use: `{年}` the calendar year, `{年度}` the fiscal year
/// (April–March), `{n}` the sequence number, four digits, counted per year — or per 年度 when the
/// format uses `{年度}`.
pub const RECEIPT_PLACEHOLDERS: &[&str] = &["{年}", "{年度}", "{n}"];

/// The placeholders a document number format may use.
pub const DOC_NUMBER_PLACEHOLDERS: &[&str] = &["{課略称}", "{年度}", "{n}"];

impl OrgSettings {
    /// Checks ranges and the document number format.
    pub fn validate(mut self) -> Result<Self, DomainError> {
        self.doc_number_format = required_text("docNumberFormat", &self.doc_number_format, 40)?;
        let mut rest = self.doc_number_format.clone();
        for p in DOC_NUMBER_PLACEHOLDERS {
            rest = rest.replace(p, "");
        }
        if !self.doc_number_format.contains("{n}") || rest.contains('{') || rest.contains('}') {
            return Err(DomainError::Invalid { field: "docNumberFormat", message_id: "error-doc-number-format" });
        }
        self.receipt_format = required_text("receiptFormat", &self.receipt_format, 30)?;
        let mut rest = self.receipt_format.clone();
        for p in RECEIPT_PLACEHOLDERS {
            rest = rest.replace(p, "");
        }
        if !self.receipt_format.contains("{n}") || rest.contains('{') || rest.contains('}') {
            return Err(DomainError::Invalid { field: "receiptFormat", message_id: "error-receipt-format" });
        }
        if !(5..=1440).contains(&self.ciso_report_target_minutes) {
            return Err(DomainError::Invalid { field: "cisoReportTargetMinutes", message_id: "error-out-of-range" });
        }
        if !(1..=240).contains(&self.idle_lock_minutes) {
            return Err(DomainError::Invalid { field: "idleLockMinutes", message_id: "error-out-of-range" });
        }
        if !(3..=20).contains(&self.lockout_attempts) {
            return Err(DomainError::Invalid { field: "lockoutAttempts", message_id: "error-out-of-range" });
        }
        Ok(self)
    }

    /// A document number: `{課略称}第{n}号` with 情政 and 12 → `情政第12号`.
    pub fn doc_number(&self, dept_short: &str, fiscal_year: i32, n: u32) -> String {
        self.doc_number_format.replace("{課略称}", dept_short).replace("{年度}", &fiscal_year.to_string()).replace("{n}", &n.to_string())
    }
}

/// The period a 受付番号 sequence counts in: `2026` (calendar year) or `FY2026` (年度).
pub fn receipt_period(format: &str, at: Timestamp) -> String {
    let (year, fiscal) = years_of(at);
    if format.contains("{年度}") { format!("FY{fiscal}") } else { year.to_string() }
}

/// The calendar year and fiscal year (April–March) of an instant, in Japan time.
pub fn years_of(at: Timestamp) -> (i32, i32) {
    use chrono::Datelike;
    let local = at.with_timezone(&chrono_tz::Asia::Tokyo);
    let fiscal = if local.month() >= 4 { local.year() } else { local.year() - 1 };
    (local.year(), fiscal)
}

/// The `n`-th 受付番号 of the period containing `at`: `{年}-{n}` → `2026-0007`.
pub fn receipt_number(format: &str, at: Timestamp, n: u32) -> String {
    let (year, fiscal) = years_of(at);
    format.replace("{年度}", &fiscal.to_string()).replace("{年}", &year.to_string()).replace("{n}", &format!("{n:04}"))
}

coded_enum! {
    /// Which classification scheme the organization uses.
    pub enum SchemePreset {
        /// 総務省ガイドライン: 機密性 3A/3B/3C/2/1, 完全性 2/1, 可用性 2/1 (000 §2).
        SoumuGuideline = "soumu_guideline",
        /// 情報区分 Ⅰ–Ⅳ (004 第3章).
        InfoCategory4 = "info_category_4",
    }
}

coded_enum! {
    /// The axis a classification level belongs to.
    pub enum ClassAxis {
        Confidentiality = "confidentiality",
        Integrity = "integrity",
        Availability = "availability",
        /// A single-axis scheme's 情報区分.
        Category = "category",
    }
}

/// One level of the classification scheme. `code` is stable; label and description are editable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassLevel {
    pub id: Uuid,
    pub axis: ClassAxis,
    pub code: String,
    pub label: String,
    pub description: String,
    /// Higher is more sensitive.
    pub rank: u32,
}

impl ClassLevel {
    pub fn edit(mut self, label: &str, description: &str) -> Result<Self, DomainError> {
        self.label = required_text("label", label, 40)?;
        self.description = description.trim().chars().take(400).collect();
        Ok(self)
    }
}

/// The levels of a preset, in display order.
pub fn preset_levels(preset: SchemePreset, ids: &dyn IdGen) -> Vec<ClassLevel> {
    let rows: &[(ClassAxis, &str, &str, &str, u32)] = match preset {
        SchemePreset::SoumuGuideline => &[
            (
                ClassAxis::Confidentiality,
                "3A",
                "自治体機密性3A",
                "行政事務で取り扱う情報資産のうち、「行政文書の管理に関するガイドライン」（平成23年4月1日内閣総理大臣決定）に定める秘密文書に相当する文書",
                5,
            ),
            (
                ClassAxis::Confidentiality,
                "3B",
                "自治体機密性3B",
                "行政事務で取り扱う情報資産のうち、漏えい等が生じた際に、個人の権利利益の侵害の度合いが大きく、事務又は業務の規模や性質上、取扱いに非常に留意すべき情報資産",
                4,
            ),
            (
                ClassAxis::Confidentiality,
                "3C",
                "自治体機密性3C",
                "行政事務で取り扱う情報資産のうち、自治体機密性3B以上に相当する機密性は要しないが、基本的に公表することを前提としていないもので、業務の規模や性質上、取扱いに留意すべき情報資産",
                3,
            ),
            (
                ClassAxis::Confidentiality,
                "2",
                "自治体機密性2",
                "行政事務で取り扱う情報資産のうち、自治体機密性3に相当する機密性は要しないが、直ちに一般に公表することを前提としていない情報資産",
                2,
            ),
            (ClassAxis::Confidentiality, "1", "自治体機密性1", "自治体機密性2又は自治体機密性3の情報資産以外の情報資産", 1),
            (
                ClassAxis::Integrity,
                "2",
                "自治体完全性2",
                "行政事務で取り扱う情報資産のうち、改ざん、誤びゅう又は破損により、住民等の権利が侵害される又は行政事務の適確な遂行に支障（軽微なものを除く。）を及ぼすおそれがある情報資産",
                2,
            ),
            (ClassAxis::Integrity, "1", "自治体完全性1", "自治体完全性2の情報資産以外の情報資産", 1),
            (
                ClassAxis::Availability,
                "2",
                "自治体可用性2",
                "行政事務で取り扱う情報資産のうち、滅失、紛失又は当該情報資産が利用不可能であることにより、住民等の権利が侵害される又は行政事務の安定的な遂行に支障（軽微なものを除く。）を及ぼすおそれがある情報資産",
                2,
            ),
            (ClassAxis::Availability, "1", "自治体可用性1", "自治体可用性2の情報資産以外の情報資産", 1),
        ],
        SchemePreset::InfoCategory4 => &[
            (
                ClassAxis::Category,
                "I",
                "情報区分Ⅰ",
                "情報が脅威にさらされた場合に、個人又は法人に損失又は不利益を与える情報（法令又は条例により公開できない情報、個人に関する情報、法人等の正当な利益を害するおそれがある情報、人事情報、事前の試験情報等）その他情報セキュリティ管理者が必要と認めた情報",
                4,
            ),
            (
                ClassAxis::Category,
                "II",
                "情報区分Ⅱ",
                "情報が脅威にさらされた場合に、事務又は事業の遂行に著しく支障を与える情報、公正かつ能率的な事務又は事業を行うための要領、運用及び管理手順書又は調査研究情報",
                3,
            ),
            (ClassAxis::Category, "III", "情報区分Ⅲ", "作業中の情報（公開前の情報）", 2),
            (ClassAxis::Category, "IV", "情報区分Ⅳ", "情報区分Ⅰから情報区分Ⅲまでに掲げるもの以外の情報", 1),
        ],
    };
    rows.iter()
        .map(|(axis, code, label, description, rank)| ClassLevel {
            id: ids.new_uuid(),
            axis: *axis,
            code: (*code).to_owned(),
            label: (*label).to_owned(),
            description: (*description).to_owned(),
            rank: *rank,
        })
        .collect()
}

coded_enum! {
    /// The three-layer network separation (三層の対策).
    pub enum NetworkSegment {
        /// マイナンバー利用事務系
        MyNumber = "my_number",
        /// LGWAN接続系
        Lgwan = "lgwan",
        /// インターネット接続系
        Internet = "internet",
    }
}

/// An entry of the information systems register.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InfoSystem {
    pub id: Uuid,
    pub name: String,
    pub department_id: Option<DepartmentId>,
    pub segment: NetworkSegment,
    pub holds_personal_info: bool,
    /// Holds 特定個人情報.
    pub holds_my_number: bool,
    /// Used for 個人番号利用事務.
    pub my_number_affairs: bool,
    /// Connected to 情報提供ネットワークシステム.
    pub info_provision_network: bool,
    /// 委託先 (free text; empty if none).
    pub contractor: String,
}

impl InfoSystem {
    pub fn validate(mut self) -> Result<Self, DomainError> {
        self.name = required_text("name", &self.name, 100)?;
        self.contractor = self.contractor.trim().chars().take(100).collect();
        if (self.my_number_affairs || self.info_provision_network) && !self.holds_my_number {
            return Err(DomainError::Invalid { field: "holdsMyNumber", message_id: "error-my-number-inconsistent" });
        }
        if self.holds_my_number {
            self.holds_personal_info = true;
        }
        Ok(self)
    }
}

coded_enum! {
    /// Who a 緊急連絡網 entry is.
    pub enum ContactKind {
        /// An internal body or role not tied to one person (夜間警備室 …).
        Internal = "internal",
        /// A regulator or public body (個人情報保護委員会, 総務省, 警察 …).
        External = "external",
        /// A contractor (委託先).
        Contractor = "contractor",
    }
}

/// A 緊急連絡網 entry that is not a person on the staff (people carry their own numbers).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    pub id: Uuid,
    pub kind: ContactKind,
    /// Body or company name.
    pub organization: String,
    /// Section or person in charge.
    pub section: String,
    pub phone: String,
    pub after_hours_phone: String,
    pub email: String,
    pub note: String,
    pub sort_order: u32,
}

fn optional_text(value: &str, max: usize, field: &'static str) -> Result<String, DomainError> {
    let v = value.trim();
    if v.chars().count() > max {
        return Err(DomainError::Invalid { field, message_id: "error-field-too-long" });
    }
    Ok(v.to_owned())
}

/// Phone numbers: digits, hyphens, parentheses, spaces, `+`; or empty.
pub fn validate_phone(field: &'static str, value: &str) -> Result<String, DomainError> {
    let v = optional_text(value, 30, field)?;
    if v.chars().all(|c| c.is_ascii_digit() || "-()+ ".contains(c)) {
        Ok(v)
    } else {
        Err(DomainError::Invalid { field, message_id: "error-phone-format" })
    }
}

/// Mail addresses: `local@domain` with a dot in the domain; or empty.
pub fn validate_email(field: &'static str, value: &str) -> Result<String, DomainError> {
    let v = optional_text(value, 254, field)?;
    if v.is_empty() {
        return Ok(v);
    }
    match v.split_once('@') {
        Some((local, domain)) if !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !v.contains(' ') => Ok(v),
        _ => Err(DomainError::Invalid { field, message_id: "error-email-format" }),
    }
}

impl Contact {
    pub fn validate(mut self) -> Result<Self, DomainError> {
        self.organization = required_text("organization", &self.organization, 100)?;
        self.section = optional_text(&self.section, 100, "section")?;
        self.phone = validate_phone("phone", &self.phone)?;
        self.after_hours_phone = validate_phone("afterHoursPhone", &self.after_hours_phone)?;
        self.email = validate_email("email", &self.email)?;
        self.note = optional_text(&self.note, 400, "note")?;
        Ok(self)
    }
}

/// External bodies prefilled in a new 緊急連絡網. Numbers are the bodies' published main lines;
/// the prefecture's section and the police window differ by prefecture and start empty.
pub fn preset_contacts(prefecture: &str, ids: &dyn IdGen) -> Vec<Contact> {
    let rows: &[(&str, &str, &str, &str)] = &[
        ("個人情報保護委員会", "漏えい等報告（行政機関等）", "03-6457-9680", "報告は委員会のWebフォームから行う。電話番号は代表。"),
        ("総務省", "自治行政局（地方公共団体の情報セキュリティ）", "03-5253-5111", "電話番号は代表。"),
        ("", "市町村の情報セキュリティ担当課", "", "都道府県の担当課の連絡先を入力してください。"),
        ("", "サイバー犯罪相談窓口（警察）", "", "管轄の警察本部の窓口を入力してください。"),
        ("独立行政法人情報処理推進機構（IPA）", "情報セキュリティ安心相談窓口", "03-5978-7509", ""),
        ("一般社団法人JPCERTコーディネーションセンター", "インシデント対応依頼", "", "報告はWebフォーム又はメールで行う。"),
    ];
    rows.iter()
        .enumerate()
        .map(|(i, (org, section, phone, note))| {
            let organization = match (i, *org) {
                (2, _) => prefecture.to_owned(),
                (3, _) => format!("{prefecture}警察"),
                (_, o) => o.to_owned(),
            };
            Contact {
                id: ids.new_uuid(),
                kind: ContactKind::External,
                organization,
                section: (*section).to_owned(),
                phone: (*phone).to_owned(),
                after_hours_phone: String::new(),
                email: String::new(),
                note: (*note).to_owned(),
                sort_order: u32::try_from(i).unwrap_or(0),
            }
        })
        .collect()
}

/// Checks a new password against 004 第52条5: at least 8 characters, not the login id, not one
/// repeated character, and at least two kinds of characters (letters, digits, symbols).
pub fn check_password(login_id: &str, password: &str) -> Result<(), DomainError> {
    let invalid = |message_id| Err(DomainError::Invalid { field: "password", message_id });
    let chars: Vec<char> = password.chars().collect();
    if chars.len() < 8 {
        return invalid("error-password-too-short");
    }
    if chars.len() > 128 {
        return invalid("error-field-too-long");
    }
    if password.eq_ignore_ascii_case(login_id) {
        return invalid("error-password-same-as-login");
    }
    if chars.iter().all(|c| *c == chars[0]) {
        return invalid("error-password-repeated");
    }
    let kinds = [chars.iter().any(|c| c.is_alphabetic()), chars.iter().any(|c| c.is_numeric()), chars.iter().any(|c| !c.is_alphanumeric())];
    if kinds.iter().filter(|k| **k).count() < 2 {
        return invalid("error-password-kinds");
    }
    Ok(())
}

/// Login ids: 3–32 characters of ASCII letters, digits, `.`, `_`, `-`.
pub fn check_login_id(login_id: &str) -> Result<String, DomainError> {
    let v = login_id.trim();
    if v.is_empty() {
        return Err(DomainError::required("loginId"));
    }
    if !(3..=32).contains(&v.len()) || !v.chars().all(|c| c.is_ascii_alphanumeric() || "._-".contains(c)) {
        return Err(DomainError::Invalid { field: "loginId", message_id: "error-login-id-format" });
    }
    Ok(v.to_ascii_lowercase())
}

/// The state of an account's sign-in counter after one more failure.
pub fn after_failure(failed_attempts: u32, lockout_attempts: u32) -> (u32, bool) {
    let n = failed_attempts.saturating_add(1);
    (n, n >= lockout_attempts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::SequentialIds;

    #[test]
    fn document_numbers_follow_the_format() {
        let s = OrgSettings::default();
        assert_eq!(s.doc_number("情政", 2026, 12), "情政第12号");
        let s = OrgSettings { doc_number_format: "{年度}{課略称}第{n}号".into(), ..OrgSettings::default() };
        assert_eq!(s.validate().unwrap().doc_number("総務", 2026, 3), "2026総務第3号");
        for bad in ["第号", "{課}第{n}号", "{n", ""] {
            let s = OrgSettings { doc_number_format: bad.into(), ..OrgSettings::default() };
            assert!(s.validate().is_err(), "{bad}");
        }
    }

    #[test]
    fn receipt_numbers_count_per_year_or_fiscal_year() {
        let feb = crate::report::parse_local_datetime("2027-02-01T10:00").unwrap();
        assert_eq!(receipt_number("{年}-{n}", feb, 7), "2027-0007");
        assert_eq!(receipt_period("{年}-{n}", feb), "2027");
        assert_eq!(receipt_number("受{年度}-{n}", feb, 12), "受2026-0012");
        assert_eq!(receipt_period("受{年度}-{n}", feb), "FY2026");
        // 1 January 00:30 in Japan is still 31 December in UTC.
        let new_year = crate::report::parse_local_datetime("2027-01-01T00:30").unwrap();
        assert_eq!(receipt_period("{年}-{n}", new_year), "2027");
        for bad in ["{年}", "{年}-{m}", ""] {
            let s = OrgSettings { receipt_format: bad.into(), ..OrgSettings::default() };
            assert!(s.validate().is_err(), "{bad}");
        }
    }

    #[test]
    fn presets_hold_the_seed_schemes() {
        let ids = SequentialIds::new();
        let soumu = preset_levels(SchemePreset::SoumuGuideline, &ids);
        let codes: Vec<_> = soumu.iter().filter(|l| l.axis == ClassAxis::Confidentiality).map(|l| l.code.as_str()).collect();
        assert_eq!(codes, ["3A", "3B", "3C", "2", "1"]);
        assert_eq!(soumu.len(), 9);
        let kubun = preset_levels(SchemePreset::InfoCategory4, &ids);
        assert_eq!(kubun.iter().map(|l| l.label.as_str()).collect::<Vec<_>>(), ["情報区分Ⅰ", "情報区分Ⅱ", "情報区分Ⅲ", "情報区分Ⅳ"]);
        assert_eq!(soumu[0].label, "自治体機密性3A");
    }

    #[test]
    fn passwords_follow_article_52() {
        assert!(check_password("yamada", "kakuu2026!").is_ok());
        let err = |p: &str| match check_password("yamada01", p) {
            Err(DomainError::Invalid { message_id, .. }) => message_id,
            Ok(()) => "ok",
        };
        assert_eq!(err("short1"), "error-password-too-short");
        assert_eq!(err("YAMADA01"), "error-password-same-as-login");
        assert_eq!(err("aaaaaaaaaa"), "error-password-repeated");
        assert_eq!(err("onlyletters"), "error-password-kinds");
        assert_eq!(err("12345678"), "error-password-kinds");
    }

    #[test]
    fn lockout_after_n_failures() {
        assert_eq!(after_failure(0, 5), (1, false));
        assert_eq!(after_failure(4, 5), (5, true));
    }

    #[test]
    fn systems_and_contacts_are_checked() {
        let ids = SequentialIds::new();
        let sys = InfoSystem {
            id: ids.new_uuid(),
            name: "住民記録システム".into(),
            department_id: None,
            segment: NetworkSegment::MyNumber,
            holds_personal_info: false,
            holds_my_number: false,
            my_number_affairs: true,
            info_provision_network: false,
            contractor: String::new(),
        };
        assert!(sys.clone().validate().is_err());
        let ok = InfoSystem { holds_my_number: true, ..sys }.validate().unwrap();
        assert!(ok.holds_personal_info);
        let contacts = preset_contacts("埼玉県", &ids);
        assert_eq!(contacts[3].organization, "埼玉県警察");
        for c in contacts {
            c.validate().unwrap();
        }
        assert!(validate_phone("phone", "03-1234-5678").is_ok());
        assert!(validate_phone("phone", "内線12").is_err());
        assert!(validate_email("email", "a@b.jp").is_ok());
        assert!(validate_email("email", "a@b").is_err());
    }
}
