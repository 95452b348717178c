//! 報告事項: what the regulators' reports and the case's documents say that no other record of
//! the case holds — the items of the PPC report (regulatory.md §5) beyond the facts the rules
//! read (`obligations.rs`), the network segment and services for 総務省・都道府県, and the
//! 問合せ窓口 printed on the 本人通知 and the 報道発表.
//!
//! Everything is optional: a report is made with what is known, and the documents print
//! 調査中 / （未記入） where a value is missing rather than leave the item out.

use crate::casework::optional_text;
use crate::clock::Timestamp;
use crate::coded_enum;
use crate::error::DomainError;
use crate::report::TriState;
use crate::setup::NetworkSegment;

coded_enum! {
    /// 本人への対応 (PPC report item 6).
    pub enum SubjectResponse {
        /// 未定.
        Undecided = "undecided",
        /// 通知済み.
        Done = "done",
        /// 通知予定.
        Planned = "planned",
        /// 本人への通知が困難 (代替措置: 公表, 問合せ窓口).
        Impossible = "impossible",
    }
}

coded_enum! {
    /// 公表 (PPC report item 7).
    pub enum PublicationStatus {
        /// 未定.
        Undecided = "undecided",
        /// 公表済み.
        Done = "done",
        /// 公表予定.
        Planned = "planned",
        /// 公表しない.
        NotPlanned = "not_planned",
    }
}

/// The case's 報告事項. Texts are as typed (trimmed), one item per line where a list is asked for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Particulars {
    /// 発見者 (item 1): who found it, e.g. 福祉課職員.
    pub discovered_by: String,
    /// 委託元・委託先の有無 (item 1): the contractor and the contract, or empty for none.
    pub contractor: String,
    /// 漏えい等が発生し、又は発生したおそれがある保有個人情報の項目 (item 2): 氏名、住所 …
    pub data_items: String,
    /// 種類 (item 2): 住民情報, 職員情報 …
    pub data_kind: String,
    /// 本人の数 (item 3), confirmed so far; the maximum possible is the rules' fact.
    pub confirmed_persons: Option<u64>,
    /// When the persons were counted (item 3: 時点).
    pub persons_counted_at: Option<Timestamp>,
    /// Who caused it (item 4): 報告者 itself or 委託先, in words.
    pub cause_actor: String,
    /// 二次被害又はそのおそれの有無 (item 5) …
    pub secondary_damage: Option<TriState>,
    /// … and what it is.
    pub secondary_damage_detail: String,
    /// 本人への対応 (item 6) …
    pub subject_response: Option<SubjectResponse>,
    /// … how and when (method, 日時, 代替措置).
    pub subject_response_detail: String,
    /// 公表 (item 7) …
    pub publication: Option<PublicationStatus>,
    /// … when and how (HP, 記者発表 …).
    pub publication_detail: String,
    /// その他参考となる事項 (item 9), besides what the tracker records.
    pub other: String,
    /// 三層の対策: where it happened (総務省・都道府県); none for paper or removable media.
    pub network_segments: Vec<NetworkSegment>,
    /// 影響を受けた業務・サービス (総務省・都道府県, 報道発表).
    pub affected_services: String,
    /// 問合せ窓口 for the persons and the public: 部署, 電話, 受付時間.
    pub inquiry_desk: String,
}

impl Particulars {
    /// Trims every text and checks its length; the error names the field.
    pub fn validate(self, now: Timestamp) -> Result<Particulars, DomainError> {
        if self.persons_counted_at.is_some_and(|t| t > now + chrono::Duration::minutes(1)) {
            return Err(DomainError::Invalid { field: "personsCountedAt", message_id: "error-datetime-future" });
        }
        let mut segments = self.network_segments;
        segments.sort();
        segments.dedup();
        Ok(Particulars {
            discovered_by: optional_text("discoveredBy", &self.discovered_by, 200)?,
            contractor: optional_text("contractor", &self.contractor, 1000)?,
            data_items: optional_text("dataItems", &self.data_items, 1000)?,
            data_kind: optional_text("dataKind", &self.data_kind, 200)?,
            confirmed_persons: self.confirmed_persons,
            persons_counted_at: self.persons_counted_at,
            cause_actor: optional_text("causeActor", &self.cause_actor, 200)?,
            secondary_damage: self.secondary_damage,
            secondary_damage_detail: optional_text("secondaryDamageDetail", &self.secondary_damage_detail, 2000)?,
            subject_response: self.subject_response,
            subject_response_detail: optional_text("subjectResponseDetail", &self.subject_response_detail, 2000)?,
            publication: self.publication,
            publication_detail: optional_text("publicationDetail", &self.publication_detail, 2000)?,
            other: optional_text("other", &self.other, 4000)?,
            network_segments: segments,
            affected_services: optional_text("affectedServices", &self.affected_services, 2000)?,
            inquiry_desk: optional_text("inquiryDesk", &self.inquiry_desk, 500)?,
        })
    }
}

/// Whom the documents to outside bodies are addressed to (organisation settings; the honorific
/// 様/殿 is the organisation's). One line each; a line may be a title (情報政策課長) or a body
/// (個人情報保護委員会 御中 is written out as such).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Addressees {
    /// 個人情報保護委員会.
    pub ppc: String,
    /// 総務省 (the office in charge of local-government information security).
    pub soumu: String,
    /// The 都道府県 office in charge (市町村課 …).
    pub prefecture: String,
    /// The police station or 都道府県警察 サイバー犯罪相談窓口.
    pub police: String,
}

impl Addressees {
    /// Sensible addressees for an organisation in `prefecture` until the settings say otherwise.
    pub fn defaults(prefecture: &str) -> Addressees {
        let pref = prefecture.trim();
        let police = if pref == "東京都" { "警視庁".to_owned() } else { format!("{pref}警察本部") };
        Addressees {
            ppc: "個人情報保護委員会事務局".to_owned(),
            soumu: "総務省自治行政局地域情報化企画室長".to_owned(),
            prefecture: format!("{pref}総務部市町村課長"),
            police: format!("{police}　サイバー犯罪相談窓口"),
        }
    }

    /// Trims and bounds the lines; an empty line falls back to the default.
    pub fn validate(self, prefecture: &str) -> Result<Addressees, DomainError> {
        let d = Addressees::defaults(prefecture);
        let pick = |field: &'static str, v: &str, default: String| -> Result<String, DomainError> {
            let v = optional_text(field, v, 200)?;
            Ok(if v.is_empty() { default } else { v })
        };
        Ok(Addressees {
            ppc: pick("ppc", &self.ppc, d.ppc)?,
            soumu: pick("soumu", &self.soumu, d.soumu)?,
            prefecture: pick("prefecture", &self.prefecture, d.prefecture)?,
            police: pick("police", &self.police, d.police)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    #[test]
    fn validation_trims_bounds_and_names_the_field() {
        let now = Utc.with_ymd_and_hms(2026, 11, 22, 0, 0, 0).unwrap();
        let p = Particulars {
            data_items: "  氏名、住所  ".into(),
            network_segments: vec![NetworkSegment::Lgwan, NetworkSegment::MyNumber, NetworkSegment::Lgwan],
            ..Particulars::default()
        }
        .validate(now)
        .unwrap();
        assert_eq!(p.data_items, "氏名、住所");
        assert_eq!(p.network_segments, vec![NetworkSegment::MyNumber, NetworkSegment::Lgwan]);
        let long = Particulars { inquiry_desk: "あ".repeat(501), ..Particulars::default() };
        assert_eq!(long.validate(now).unwrap_err(), DomainError::too_long("inquiryDesk"));
        let future = Particulars { persons_counted_at: Some(now + chrono::Duration::hours(1)), ..Particulars::default() };
        assert!(matches!(future.validate(now), Err(DomainError::Invalid { field: "personsCountedAt", .. })));
    }
}
