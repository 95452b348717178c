//! 漏えい等報告 to the 個人情報保護委員会 (個人情報保護法68条1項, 番号法29条の4第1項 or the
//! 番号法ガイドライン), as an official letter and as the text of the PPC online form.
//!
//! The letter: addressed to the PPC (様/殿), sent by the organisation's head (the reporter is the
//! organisation, not the clerk: regulatory.md §5), 件名 with 【速報】/【確報】/【速報兼確報】/【追完】.
//! After 記, an opening item with 報告の種類, 根拠 and 該当する事態 (規則43条各号 or 番号法規則2条各号),
//! then the nine items of the report with the guideline's sub-items: 概要, 項目, 本人の数, 原因,
//! 二次被害, 本人への対応, 公表, 再発防止策, その他参考となる事項. A value not known yet reads
//! 調査中 in a 速報 and 不明 otherwise; nothing is left out.
//!
//! Both outputs come from one list of [`Section`]s, so the PDF and the pasted text always say the
//! same. The sections' builders ([`Items`]) are shared with the report to 総務省・都道府県
//! ([`crate::prefecture`]).

use crate::common::{
    addressed, case_contact, doc_number, head_sender, head_title, m, or, short_datetime, tri, wareki_datetime, wareki_day,
};
use crate::dossier::Dossier;
use crate::kinds::{PpcLaw, PpcReportKind};
use crate::model::{Block, Column, Document, Item, Letterhead, Style, Table};
use sonae_core::casework::{CauseCategory, Measure, MeasureStatus};
use sonae_core::notification::Stage;
use sonae_core::obligations::{Basis, Destination, Trigger};
use sonae_core::particulars::{PublicationStatus, SubjectResponse};
use sonae_core::report::Medium;
use sonae_i18n::Localizer;

// ---- sections: what the PDF's items and the online form's fields are both made of ----

/// One sub-item of a report item: `label：text`, a table (事実経過), or the item's only text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Entry {
    Field(String, String),
    Table(String, Table),
    Text(String),
}

/// One item of a report: its heading, the short name the online form uses for it, and its
/// sub-items.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Section {
    pub heading: String,
    pub short: String,
    pub entries: Vec<Entry>,
}

impl Section {
    fn new(heading: String, short: String, entries: Vec<Entry>) -> Section {
        Section { heading, short, entries }
    }

    /// An item whose short name is its heading.
    pub(crate) fn plain(heading: String, entries: Vec<Entry>) -> Section {
        Section { short: heading.clone(), heading, entries }
    }

    /// An item that is one text under its heading.
    pub(crate) fn text(heading: String, text: String) -> Section {
        Section::plain(heading, vec![Entry::Text(text)])
    }

    /// The document's item: consecutive fields in one `Fields` block; a table after a field
    /// saying 下表のとおり.
    pub(crate) fn item(&self, l10n: &Localizer) -> Item {
        let mut blocks = Vec::new();
        let mut fields = Vec::new();
        for e in &self.entries {
            match e {
                Entry::Field(label, text) => fields.push((label.clone(), text.clone())),
                Entry::Table(label, table) => {
                    fields.push((label.clone(), m(l10n, "forms-ppc-see-table")));
                    blocks.push(Block::Fields(std::mem::take(&mut fields)));
                    blocks.push(Block::Table(table.clone()));
                }
                Entry::Text(text) => {
                    if !fields.is_empty() {
                        blocks.push(Block::Fields(std::mem::take(&mut fields)));
                    }
                    blocks.push(Block::Paragraph(text.clone()));
                }
            }
        }
        if !fields.is_empty() {
            blocks.push(Block::Fields(fields));
        }
        Item { heading: self.heading.clone(), blocks }
    }

    /// One `(label, text)` pair per sub-item, labelled `概要（発生日）` (or the sub-item's own label
    /// when it already names the item: `本人の数（最大）`); a table's rows become lines of text.
    pub(crate) fn paste(&self, l10n: &Localizer) -> Vec<(String, String)> {
        let label = |field: &str| {
            if field.starts_with(&self.short) {
                field.to_owned()
            } else {
                l10n.msg("forms-ppc-paste-label", &[("item", &self.short), ("field", field)])
            }
        };
        self.entries
            .iter()
            .map(|e| match e {
                Entry::Field(l, text) => (label(l), text.clone()),
                Entry::Text(text) => (self.short.clone(), text.clone()),
                Entry::Table(l, table) => {
                    let lines: Vec<String> = table
                        .rows
                        .iter()
                        .map(|r| {
                            let cell = |i: usize| r.get(i).map_or("", String::as_str);
                            l10n.msg("forms-ppc-history-line", &[("when", cell(0)), ("what", cell(1))])
                        })
                        .collect();
                    (label(l), lines.join("\n"))
                }
            })
            .collect()
    }
}

fn field(l10n: &Localizer, id: &str, text: String) -> Entry {
    Entry::Field(m(l10n, id), text)
}

// ---- the items' builders ----

/// Builds the report items from a case. `early` (a 速報, a 第一報) makes an unknown value read
/// 調査中 rather than 不明.
pub(crate) struct Items<'a> {
    pub l10n: &'a Localizer,
    pub d: &'a Dossier,
    /// Whose data the items speak of: 保有個人情報 (APPI) or 特定個人情報 (番号法).
    pub law: PpcLaw,
    pub early: bool,
}

impl Items<'_> {
    fn m(&self, id: &str) -> String {
        m(self.l10n, id)
    }

    pub(crate) fn unknown(&self) -> String {
        self.m(if self.early { "forms-value-under-investigation" } else { "forms-value-unknown" })
    }

    /// The text, or 調査中 / 不明 when empty.
    pub(crate) fn or_unknown(&self, text: &str) -> String {
        let t = text.trim();
        if t.is_empty() { self.unknown() } else { t.to_owned() }
    }

    fn with_note(&self, value: String, note: &str) -> String {
        let note = note.trim();
        if note.is_empty() { value } else { self.l10n.msg("forms-ppc-with-note", &[("value", &value), ("note", note)]) }
    }

    /// (1) 概要: 発生日, 発覚日, 発生事案, 発見者, 委託元・委託先の有無, 事実経過.
    pub(crate) fn overview(&self) -> Section {
        let (l10n, d) = (self.l10n, self.d);
        let report = d.report();
        let occurred_note = report.map_or("", |r| r.details.occurred_note.as_str());
        let occurred = match report.and_then(|r| r.occurred_at) {
            Some(t) => self.with_note(wareki_datetime(l10n, t), occurred_note),
            None => self.or_unknown(occurred_note),
        };
        // 発覚日 is 知った日; the reporter's time when it was that day.
        let noticed = report.and_then(|r| r.noticed_at);
        let found = match (d.facts.map(|f| f.known_on), noticed) {
            (Some(day), Some(t)) if t.with_timezone(&chrono_tz::Asia::Tokyo).date_naive() == day => wareki_datetime(l10n, t),
            (Some(day), _) => wareki_day(day),
            (None, Some(t)) => wareki_datetime(l10n, t),
            (None, None) => self.unknown(),
        };
        let incident = match report.map(|r| r.summary.trim()).filter(|s| !s.is_empty()) {
            Some(summary) => format!("{}\n{summary}", d.case.title),
            None => d.case.title.clone(),
        };
        let p = &d.particulars;
        let contractor = if !p.contractor.trim().is_empty() {
            l10n.msg("forms-ppc-contractor-yes", &[("detail", p.contractor.trim())])
        } else {
            match d.facts {
                Some(f) if f.contractor_involved => self.m("forms-ppc-contractor-yes-unspecified"),
                Some(_) => self.m("forms-ppc-none"),
                None => self.unknown(),
            }
        };
        // What people wrote, not the app's own bookkeeping lines (tasks, states, tracker).
        let written = crate::press::written_by_people(l10n, &d.timeline);
        let history = if written.is_empty() {
            field(l10n, "forms-ppc-field-history", self.m("forms-value-no-entries"))
        } else {
            Entry::Table(
                self.m("forms-ppc-field-history"),
                Table {
                    columns: vec![
                        Column { header: self.m("forms-column-when"), weight: 24 },
                        Column { header: self.m("forms-column-what"), weight: 76 },
                    ],
                    rows: written.iter().map(|e| vec![short_datetime(l10n, e.occurred_at), e.text.clone()]).collect(),
                },
            )
        };
        Section::plain(
            self.m("forms-ppc-item-overview"),
            vec![
                field(l10n, "forms-ppc-field-occurred-on", occurred),
                field(l10n, "forms-ppc-field-found-on", found),
                field(l10n, "forms-ppc-field-incident", incident),
                field(l10n, "forms-ppc-field-discovered-by", self.or_unknown(&p.discovered_by)),
                field(l10n, "forms-ppc-field-contractor", contractor),
                history,
            ],
        )
    }

    /// (2) 項目: the items of data, 媒体, 種類.
    pub(crate) fn data(&self) -> Section {
        let (l10n, p) = (self.l10n, &self.d.particulars);
        let medium = match self.d.report().and_then(|r| r.details.medium) {
            Some(Medium::Unknown) | None => self.unknown(),
            Some(medium) => self.m(&format!("medium-{}", medium.as_code())),
        };
        let heading = match self.law {
            PpcLaw::Appi => "forms-ppc-item-data-appi",
            PpcLaw::MyNumber => "forms-ppc-item-data-mynumber",
        };
        Section::new(
            self.m(heading),
            self.m("forms-ppc-short-data"),
            vec![
                field(l10n, "forms-ppc-field-data-items", self.or_unknown(&p.data_items)),
                field(l10n, "forms-ppc-field-medium", medium),
                field(l10n, "forms-ppc-field-data-kind", self.or_unknown(&p.data_kind)),
            ],
        )
    }

    /// (3) 本人の数: confirmed so far, the maximum possible (the rules' fact) and when counted.
    pub(crate) fn persons(&self) -> Section {
        let (l10n, d) = (self.l10n, self.d);
        let persons = |n: u64| l10n.msg("forms-ppc-persons", &[("count", &n.to_string())]);
        let max = d.facts.map(|f| match self.law {
            PpcLaw::Appi => f.personal_info.max_persons,
            PpcLaw::MyNumber => f.my_number.max_persons,
        });
        let p = &d.particulars;
        Section::plain(
            self.m("forms-ppc-item-persons"),
            vec![
                field(l10n, "forms-ppc-field-persons-confirmed", p.confirmed_persons.map_or_else(|| self.unknown(), persons)),
                field(l10n, "forms-ppc-field-persons-max", max.filter(|n| *n > 0).map_or_else(|| self.unknown(), persons)),
                field(
                    l10n,
                    "forms-ppc-field-persons-at",
                    p.persons_counted_at.map_or_else(|| self.unknown(), |t| wareki_datetime(l10n, t)),
                ),
            ],
        )
    }

    /// (4) 原因: what caused it, its category, and who (報告者 or 委託先).
    pub(crate) fn cause(&self) -> Section {
        let (l10n, d) = (self.l10n, self.d);
        let rc = &d.case.root_cause;
        let mut entries = vec![field(l10n, "forms-ppc-field-cause", self.or_unknown(&rc.narrative))];
        if let Some(c) = rc.category.filter(|c| *c != CauseCategory::Unknown) {
            entries.push(field(
                l10n,
                "forms-ppc-field-cause-category",
                self.m(&format!("cause-category-{}", c.as_code().replace('_', "-"))),
            ));
        }
        entries.push(field(l10n, "forms-ppc-field-cause-actor", self.or_unknown(&d.particulars.cause_actor)));
        Section::plain(self.m("forms-ppc-item-cause"), entries)
    }

    /// (5) 二次被害: あり/なし/不明 and what it is.
    pub(crate) fn secondary_damage(&self) -> Section {
        let (l10n, p) = (self.l10n, &self.d.particulars);
        let presence = match p.secondary_damage {
            Some(v) => tri(l10n, Some(v)),
            None => self.unknown(),
        };
        let detail = match p.secondary_damage_detail.trim() {
            "" if p.secondary_damage == Some(sonae_core::report::TriState::No) => self.m("forms-ppc-none"),
            text => self.or_unknown(text),
        };
        Section::new(
            self.m("forms-ppc-item-secondary"),
            self.m("forms-ppc-short-secondary"),
            vec![field(l10n, "forms-ppc-field-presence", presence), field(l10n, "forms-ppc-field-detail", detail)],
        )
    }

    /// The tracker's sent row to `destination` (on `basis` first), for its time and method.
    fn sent_to(&self, destination: Destination, basis: Option<Basis>) -> Option<&sonae_core::notification::Notification> {
        let sent = self.d.sent();
        let to: Vec<_> = sent.into_iter().filter(|n| n.destination == destination).collect();
        to.iter().find(|n| Some(n.basis) == basis).or_else(|| to.first()).copied()
    }

    /// Fields for when and how a row was sent.
    fn sent_fields(&self, at_id: &str, destination: Destination, basis: Option<Basis>) -> Vec<Entry> {
        let Some(n) = self.sent_to(destination, basis) else { return Vec::new() };
        let mut v = vec![field(self.l10n, at_id, n.sent_at.map(|t| wareki_datetime(self.l10n, t)).unwrap_or_default())];
        if !n.method.trim().is_empty() {
            v.push(field(self.l10n, "forms-ppc-field-method", n.method.trim().to_owned()));
        }
        v
    }

    /// (6) 本人への対応: 通知済み/予定/困難 with how, and the 本人通知 row's time and method once sent.
    pub(crate) fn subject_response(&self, basis: Option<Basis>) -> Section {
        let (l10n, p) = (self.l10n, &self.d.particulars);
        let status = match p.subject_response {
            Some(SubjectResponse::Undecided) => self.m("forms-ppc-subjects-undecided"),
            Some(SubjectResponse::Done) => self.m("forms-ppc-subjects-done"),
            Some(SubjectResponse::Planned) => self.m("forms-ppc-subjects-planned"),
            Some(SubjectResponse::Impossible) => self.m("forms-ppc-subjects-impossible"),
            None => self.unknown(),
        };
        let mut entries = vec![
            field(l10n, "forms-ppc-field-status", status),
            field(l10n, "forms-ppc-field-detail", or(l10n, &p.subject_response_detail, "forms-value-not-entered")),
        ];
        entries.extend(self.sent_fields("forms-ppc-field-notified-at", Destination::DataSubjects, basis));
        Section::new(self.m("forms-ppc-item-subjects"), self.m("forms-ppc-short-subjects"), entries)
    }

    /// (7) 公表: 公表済み/予定/しない with when and how, and the 公表 row's time and method once sent.
    pub(crate) fn publication(&self) -> Section {
        let (l10n, p) = (self.l10n, &self.d.particulars);
        let status = match p.publication {
            Some(PublicationStatus::Undecided) => self.m("forms-ppc-publication-undecided"),
            Some(PublicationStatus::Done) => self.m("forms-ppc-publication-done"),
            Some(PublicationStatus::Planned) => self.m("forms-ppc-publication-planned"),
            Some(PublicationStatus::NotPlanned) => self.m("forms-ppc-publication-not-planned"),
            None => self.unknown(),
        };
        let mut entries = vec![
            field(l10n, "forms-ppc-field-status", status),
            field(l10n, "forms-ppc-field-detail", or(l10n, &p.publication_detail, "forms-value-not-entered")),
        ];
        entries.extend(self.sent_fields("forms-ppc-field-published-at", Destination::Publication, None));
        Section::new(self.m("forms-ppc-item-publication"), self.m("forms-ppc-short-publication"), entries)
    }

    /// (8) 再発防止のための措置: 実施済みの措置 and 今後実施予定の措置.
    pub(crate) fn measures(&self) -> Section {
        let l10n = self.l10n;
        let (done, planned) = measure_lines(l10n, &self.d.measures);
        let none = if done.is_empty() && planned.is_empty() { self.m("forms-ppc-measures-considering") } else { self.m("forms-ppc-none") };
        let text = |lines: Vec<String>| if lines.is_empty() { none.clone() } else { lines.join("\n") };
        Section::new(
            self.m("forms-ppc-item-measures"),
            self.m("forms-ppc-short-measures"),
            vec![field(l10n, "forms-ppc-field-measures-done", text(done)), field(l10n, "forms-ppc-field-measures-planned", text(planned))],
        )
    }

    /// (9) その他参考となる事項: the 報告事項's text, then what was sent to `destinations` (from
    /// the tracker) and `also` (e.g. the other law's PPC report).
    pub(crate) fn other(&self, destinations: &[Destination], also: Vec<String>) -> Section {
        let (l10n, d) = (self.l10n, self.d);
        let mut bodies: Vec<String> =
            d.sent().into_iter().filter(|n| destinations.contains(&n.destination)).filter_map(|n| sent_line(l10n, d, n)).collect();
        bodies.extend(also);
        let other = d.particulars.other.trim();
        let entries = if other.is_empty() && bodies.is_empty() {
            vec![field(l10n, "forms-ppc-field-other", self.m("forms-ppc-nothing"))]
        } else {
            let mut v = Vec::new();
            if !other.is_empty() {
                v.push(field(l10n, "forms-ppc-field-other", other.to_owned()));
            }
            if !bodies.is_empty() {
                v.push(field(l10n, "forms-ppc-field-other-bodies", bodies.join("\n")));
            }
            v
        };
        Section::new(self.m("forms-ppc-item-other"), self.m("forms-ppc-short-other"), entries)
    }
}

/// `・令和8年11月22日（日）10時00分　警察に相談（電話）`: one sent row, for その他参考となる事項.
fn sent_line(l10n: &Localizer, d: &Dossier, n: &sonae_core::notification::Notification) -> Option<String> {
    let when = wareki_datetime(l10n, n.sent_at?);
    let destination = match n.destination {
        Destination::Prefecture if !d.org.prefecture.trim().is_empty() => d.org.prefecture.trim().to_owned(),
        other => m(l10n, &format!("destination-{}", other.as_code())),
    };
    let act = match (n.destination, n.stage) {
        (Destination::Police, _) => m(l10n, "forms-ppc-act-consult"),
        (Destination::Ipa, _) => m(l10n, "forms-ppc-act-notify"),
        (Destination::Jpcert, _) => m(l10n, "forms-ppc-act-contact"),
        (_, Stage::Preliminary | Stage::Final) => m(l10n, &format!("notification-stage-{}", n.stage.as_code())),
        _ => m(l10n, "forms-ppc-act-report"),
    };
    let method = n.method.trim();
    Some(if method.is_empty() {
        l10n.msg("forms-ppc-sent", &[("when", &when), ("destination", &destination), ("act", &act)])
    } else {
        l10n.msg("forms-ppc-sent-method", &[("when", &when), ("destination", &destination), ("act", &act), ("method", method)])
    })
}

/// The measures as lines, split into 実施済み and 実施予定, each in date order (undated last).
fn measure_lines(l10n: &Localizer, measures: &[Measure]) -> (Vec<String>, Vec<String>) {
    let mut sorted: Vec<&Measure> = measures.iter().collect();
    sorted.sort_by_key(|x| (x.due_on.is_none(), x.due_on));
    let line = |x: &Measure| {
        let (text, owner) = (x.text.as_str(), x.owner.as_str());
        match (x.status, x.due_on) {
            (MeasureStatus::Done, Some(day)) => {
                l10n.msg("forms-ppc-measure-done", &[("text", text), ("owner", owner), ("date", &wareki_day(day))])
            }
            (MeasureStatus::Planned, Some(day)) => {
                l10n.msg("forms-ppc-measure-planned", &[("text", text), ("owner", owner), ("date", &wareki_day(day))])
            }
            (_, None) => l10n.msg("forms-ppc-measure-undated", &[("text", text), ("owner", owner)]),
        }
    };
    let of = |status| sorted.iter().filter(|x| x.status == status).map(|x| line(x)).collect::<Vec<_>>();
    (of(MeasureStatus::Done), of(MeasureStatus::Planned))
}

// ---- 報告の種類, 根拠, 該当する事態 ----

/// 速報 / 確報 / 速報兼確報 / 追完.
fn kind_label(l10n: &Localizer, kind: PpcReportKind) -> String {
    m(
        l10n,
        match kind {
            PpcReportKind::Preliminary => "forms-ppc-kind-preliminary",
            PpcReportKind::Final => "forms-ppc-kind-final",
            PpcReportKind::Combined => "forms-ppc-kind-combined",
            PpcReportKind::Supplement => "forms-ppc-kind-supplement",
        },
    )
}

/// The mark after the 件名: 【速報】 …
fn kind_mark(l10n: &Localizer, kind: PpcReportKind) -> String {
    l10n.msg("forms-ppc-mark", &[("kind", &kind_label(l10n, kind))])
}

/// 根拠: the article the report is made under.
fn basis_text(l10n: &Localizer, basis: Basis) -> String {
    match basis {
        Basis::Appi68 => m(l10n, "forms-ppc-basis-appi"),
        Basis::Mynumber294 => m(l10n, "forms-ppc-basis-mynumber"),
        Basis::MynumberGuideline => m(l10n, "forms-ppc-basis-guideline"),
        other => m(l10n, &format!("basis-{}", other.as_code())),
    }
}

/// One 該当する事態: `個人情報保護法施行規則第43条第4号（本人の数が100人を超える）`.
fn event_line(l10n: &Localizer, trigger: Trigger) -> String {
    let (rule, event) = match trigger {
        Trigger::Appi431 => ("forms-ppc-rule-appi", "forms-ppc-event-appi-1"),
        Trigger::Appi432 => ("forms-ppc-rule-appi", "forms-ppc-event-appi-2"),
        Trigger::Appi433 => ("forms-ppc-rule-appi", "forms-ppc-event-appi-3"),
        Trigger::Appi434 => ("forms-ppc-rule-appi", "forms-ppc-event-appi-4"),
        Trigger::Appi435 => ("forms-ppc-rule-appi", "forms-ppc-event-appi-5"),
        Trigger::Mynumber21 => ("forms-ppc-rule-mynumber", "forms-ppc-event-mynumber-1"),
        Trigger::Mynumber22 => ("forms-ppc-rule-mynumber", "forms-ppc-event-mynumber-2"),
        Trigger::Mynumber23 => ("forms-ppc-rule-mynumber", "forms-ppc-event-mynumber-3"),
        Trigger::Mynumber24 => ("forms-ppc-rule-mynumber", "forms-ppc-event-mynumber-4"),
        Trigger::MynumberLeak => return m(l10n, "forms-ppc-event-mynumber-leak"),
        other => return m(l10n, &format!("trigger-{}", other.as_code())),
    };
    l10n.msg("forms-ppc-event-line", &[("rule", &m(l10n, rule)), ("event", &m(l10n, event))])
}

/// 該当する事態 of the obligation to the PPC on `basis`, one per line.
fn events_text(l10n: &Localizer, d: &Dossier, basis: Basis, early: bool) -> String {
    let lines: Vec<String> =
        d.obligation(Destination::Ppc, basis).map(|o| o.triggers.iter().map(|t| event_line(l10n, *t)).collect()).unwrap_or_default();
    if lines.is_empty() { m(l10n, if early { "forms-value-under-investigation" } else { "forms-value-unknown" }) } else { lines.join("\n") }
}

/// Everything the report says, in order: the opening item (報告の種類, 根拠, 該当する事態), then
/// the nine items.
fn sections(l10n: &Localizer, d: &Dossier, law: PpcLaw, basis: Basis, kind: PpcReportKind) -> Vec<Section> {
    let early = kind == PpcReportKind::Preliminary;
    let items = Items { l10n, d, law, early };
    // Its fields are pasted under their own labels (no item name before them).
    let opening = Section::new(
        m(l10n, "forms-ppc-item-kind"),
        String::new(),
        vec![
            field(l10n, "forms-ppc-field-kind", kind_label(l10n, kind)),
            field(l10n, "forms-ppc-field-basis", basis_text(l10n, basis)),
            field(l10n, "forms-ppc-field-events", events_text(l10n, d, basis, early)),
        ],
    );
    // The other law's report on the same case, said once under その他.
    let also: Vec<String> = [Basis::Appi68, Basis::Mynumber294, Basis::MynumberGuideline]
        .into_iter()
        .filter(|b| *b != basis && d.obligation(Destination::Ppc, *b).is_some())
        .map(|b| {
            let report = match b {
                Basis::Appi68 => m(l10n, "forms-ppc-report-appi"),
                Basis::Mynumber294 => m(l10n, "forms-ppc-report-mynumber"),
                _ => basis_text(l10n, b),
            };
            l10n.msg("forms-ppc-also", &[("report", &report)])
        })
        .collect();
    vec![
        opening,
        items.overview(),
        items.data(),
        items.persons(),
        items.cause(),
        items.secondary_damage(),
        items.subject_response(Some(basis)),
        items.publication(),
        items.measures(),
        items.other(&[Destination::Police, Destination::Soumu, Destination::Prefecture, Destination::Ipa, Destination::Jpcert], also),
    ]
}

/// The 文書番号's department: the contact person's (who drafts the report).
pub(crate) fn drafting_department(d: &Dossier) -> Option<&sonae_core::Department> {
    d.contact().and_then(|p| d.department_of(p))
}

/// The 漏えい等報告 as a [`Document`]. Its `drill` is the case's.
pub fn ppc_report(l10n: &Localizer, d: &Dossier, law: PpcLaw, basis: Basis, kind: PpcReportKind) -> Document {
    let org = &d.org;
    let letterhead = Letterhead {
        doc_number: doc_number(org, drafting_department(d), d.issued_at),
        date: crate::common::wareki_date(d.issued_at),
        addressee: vec![addressed(l10n, org, &d.addressees.ppc)],
        sender: head_sender(l10n, org),
    };
    let (law_id, subject_id) = match law {
        PpcLaw::Appi => ("forms-ppc-law-appi", "forms-ppc-subject-appi"),
        PpcLaw::MyNumber => ("forms-ppc-law-mynumber", "forms-ppc-subject-mynumber"),
    };
    let mut preamble = vec![m(
        l10n,
        match basis {
            Basis::Mynumber294 => "forms-ppc-preamble-mynumber",
            Basis::MynumberGuideline => "forms-ppc-preamble-guideline",
            _ => "forms-ppc-preamble-appi",
        },
    )];
    // A 確報 or 追完 says when the earlier report went.
    let earlier = match kind {
        PpcReportKind::Final => Some(Stage::Preliminary),
        PpcReportKind::Supplement => Some(Stage::Final),
        _ => None,
    };
    if let Some((stage, at)) =
        earlier.and_then(|s| d.notification(Destination::Ppc, basis, s)).and_then(|n| n.sent_at.map(|t| (n.stage, t)))
    {
        let kind = m(l10n, &format!("notification-stage-{}", stage.as_code()));
        preamble.push(l10n.msg("forms-ppc-preamble-earlier", &[("date", &crate::common::wareki_date(at)), ("kind", &kind)]));
    }
    Document {
        title: l10n.msg("forms-ppc-title", &[("law", &m(l10n, law_id)), ("kind", &kind_label(l10n, kind))]),
        style: Style::Letter,
        // 報告の種類・根拠・該当する事態 comes first, unnumbered, so the nine items are 1–9 as the PPC numbers them.
        unnumbered: 1,
        drill: d.case.drill,
        running_head: None,
        letterhead,
        subject: m(l10n, subject_id),
        kind_marks: vec![kind_mark(l10n, kind)],
        preamble,
        items: sections(l10n, d, law, basis, kind).iter().map(|s| s.item(l10n)).collect(),
        contact: case_contact(l10n, d),
    }
}

/// The PPC online form's fields with the text to paste into each, in the form's order: 報告の種類,
/// 報告年月日, 報告者 and its contact, 根拠, 該当する事態, then one pair per sub-item of the nine
/// items. The same sections as [`ppc_report`], so the same facts.
pub fn online_form_fields(l10n: &Localizer, d: &Dossier, law: PpcLaw, basis: Basis, kind: PpcReportKind) -> Vec<(String, String)> {
    let mut sections = sections(l10n, d, law, basis, kind).into_iter();
    let opening = sections.next().map(|s| s.paste(l10n)).unwrap_or_default();
    let mut out = Vec::new();
    let mut opening = opening.into_iter();
    out.extend(opening.next()); // 報告の種類
    out.push((m(l10n, "forms-ppc-field-report-date"), crate::common::wareki_date(d.issued_at)));
    out.push((m(l10n, "forms-ppc-field-reporter"), head_title(&d.org)));
    let contact = d.contact();
    let value = |v: Option<&str>| or(l10n, v.unwrap_or(""), "forms-value-not-entered");
    out.push((m(l10n, "forms-ppc-field-contact-department"), value(contact.and_then(|p| d.department_of(p)).map(|x| x.name.as_str()))));
    out.push((
        m(l10n, "forms-ppc-field-contact-person"),
        value(contact.map(|p| l10n.msg("forms-person", &[("title", &p.title), ("name", &p.name)])).as_deref()),
    ));
    out.push((m(l10n, "forms-ppc-field-contact-phone"), value(contact.map(|p| p.contact.office_phone.as_str()))));
    out.push((m(l10n, "forms-ppc-field-contact-email"), value(contact.map(|p| p.contact.email.as_str()))));
    out.extend(opening); // 根拠, 該当する事態
    for s in sections {
        out.extend(s.paste(l10n));
    }
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::Block;
    use chrono::{NaiveDate, TimeZone, Utc};
    use sonae_core::casework::RootCause;
    use sonae_core::notification::{Notification, NotificationState};
    use sonae_core::obligations::{DestinationPolicy, Facts, assess};
    use sonae_core::particulars::{Addressees, Particulars};
    use sonae_core::{Case, CaseId, Category, MeasureId, OrgKind, Organization, OrganizationId, SequentialIds, Timestamp};
    use sonae_i18n::Lang;

    pub(crate) fn ja() -> Localizer {
        Localizer::new(Lang::Ja)
    }

    /// 2026-11-19 09:10 in Japan.
    pub(crate) fn t0() -> Timestamp {
        Utc.with_ymd_and_hms(2026, 11, 19, 0, 10, 0).unwrap()
    }

    /// A case of 架空市 with `facts` assessed by the default policy, nothing else entered.
    pub(crate) fn dossier(facts: Facts) -> Dossier {
        let ids = SequentialIds::new();
        let org = Organization::new(OrganizationId::new(&ids), "架空市", OrgKind::Municipality, "埼玉県", "市長", "副市長").unwrap();
        let case = Case::open(CaseId::new(&ids), "2026-0005".into(), "USBメモリの紛失", Category::LossTheft, false, t0()).unwrap();
        Dossier {
            org,
            case,
            reports: Vec::new(),
            timeline: Vec::new(),
            people: Vec::new(),
            departments: Vec::new(),
            severity_label: Some("高".into()),
            category_label: "紛失・盗難".into(),
            assessment: Some(assess(&facts, &DestinationPolicy::default())),
            facts: Some(facts),
            notifications: Vec::new(),
            evidence: Vec::new(),
            measures: Vec::new(),
            meetings: Vec::new(),
            decisions: Vec::new(),
            particulars: Particulars::default(),
            addressees: Addressees::defaults("埼玉県"),
            issued_at: t0() + chrono::Duration::days(2),
        }
    }

    pub(crate) fn known_on() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 19).unwrap()
    }

    /// 要配慮個人情報 of 150 persons: 規則43条1号 and 4号.
    fn sensitive_150() -> Facts {
        let mut f = Facts::new(OrgKind::Municipality, known_on());
        f.personal_info.involved = true;
        f.personal_info.sensitive = true;
        f.personal_info.max_persons = 150;
        f
    }

    /// A row of the tracker, sent at `at`.
    pub(crate) fn sent(d: &Dossier, destination: Destination, basis: Basis, stage: Stage, at: Timestamp, method: &str) -> Notification {
        let mut n = Notification::new(d.case.id, destination, basis, stage, "test", at);
        n.set_state(NotificationState::Sent, "", Some(at), method, "", "", "test", at).unwrap();
        n
    }

    /// Every text of a document, `label：value` for fields, one per line.
    pub(crate) fn text(doc: &Document) -> String {
        let mut out = vec![doc.subject.clone() + &doc.kind_marks.concat()];
        out.extend(doc.letterhead.addressee.iter().cloned());
        out.extend(doc.preamble.iter().cloned());
        for item in &doc.items {
            out.push(item.heading.clone());
            for b in &item.blocks {
                match b {
                    Block::Paragraph(p) => out.push(p.clone()),
                    Block::Fields(f) => out.extend(f.iter().map(|(l, v)| format!("{l}：{v}"))),
                    Block::Table(t) => out.extend(t.rows.iter().map(|r| r.join("｜"))),
                    Block::BarChart(c) => out.extend(c.bars.iter().map(|(l, v)| format!("{l}：{v}{}", c.unit))),
                }
            }
        }
        out.join("\n")
    }

    /// The fields of the item headed `heading`.
    pub(crate) fn fields<'a>(doc: &'a Document, heading: &str) -> Vec<&'a (String, String)> {
        let item = doc.items.iter().find(|i| i.heading == heading).unwrap_or_else(|| panic!("no item {heading}"));
        item.blocks.iter().filter_map(|b| if let Block::Fields(f) = b { Some(f) } else { None }).flatten().collect()
    }

    pub(crate) fn value<'a>(doc: &'a Document, heading: &str, label: &str) -> &'a str {
        fields(doc, heading)
            .into_iter()
            .find(|(l, _)| l == label)
            .map(|(_, v)| v.as_str())
            .unwrap_or_else(|| panic!("no {label} in {heading}"))
    }

    #[test]
    fn triggers_read_as_the_numbered_events_of_their_rule() {
        let l10n = ja();
        let appi = [Trigger::Appi431, Trigger::Appi432, Trigger::Appi433, Trigger::Appi434, Trigger::Appi435];
        for (n, t) in appi.into_iter().enumerate() {
            let line = event_line(&l10n, t);
            assert!(line.starts_with(&format!("個人情報保護法施行規則第43条第{}号（", n + 1)), "{line}");
        }
        assert_eq!(event_line(&l10n, Trigger::Appi431), "個人情報保護法施行規則第43条第1号（要配慮個人情報）");
        assert_eq!(event_line(&l10n, Trigger::Appi434), "個人情報保護法施行規則第43条第4号（本人の数が100人を超える）");
        let mynumber = [Trigger::Mynumber21, Trigger::Mynumber22, Trigger::Mynumber23, Trigger::Mynumber24];
        for (n, t) in mynumber.into_iter().enumerate() {
            let line = event_line(&l10n, t);
            assert!(line.starts_with(&format!("番号法規則第2条第{}号（", n + 1)), "{line}");
        }
        assert!(event_line(&l10n, Trigger::MynumberLeak).starts_with("ガイドラインに基づく報告"));
        // Every trigger reads as words, never as its code.
        for t in Trigger::ALL {
            assert!(!event_line(&l10n, *t).contains(t.as_code()), "{t:?}");
        }
    }

    #[test]
    fn the_opening_item_names_kind_basis_and_every_event_of_the_obligation() {
        let l10n = ja();
        let d = dossier(sensitive_150());
        let doc = ppc_report(&l10n, &d, PpcLaw::Appi, Basis::Appi68, PpcReportKind::Preliminary);
        let opening = "報告の種類、根拠及び該当する事態";
        assert_eq!(doc.items[0].heading, opening);
        assert_eq!(value(&doc, opening, "報告の種類"), "速報");
        assert_eq!(value(&doc, opening, "根拠"), "個人情報の保護に関する法律第68条第1項");
        assert_eq!(
            value(&doc, opening, "該当する事態"),
            "個人情報保護法施行規則第43条第1号（要配慮個人情報）\n個人情報保護法施行規則第43条第4号（本人の数が100人を超える）"
        );
        // The opening item and all nine items of regulatory.md §5, in order.
        let headings: Vec<&str> = doc.items.iter().map(|i| i.heading.as_str()).collect();
        assert_eq!(
            headings,
            [
                opening,
                "概要",
                "漏えい等が発生し、又は発生したおそれがある保有個人情報の項目",
                "本人の数",
                "原因",
                "二次被害又はそのおそれの有無及びその内容",
                "本人への対応の実施状況",
                "公表の実施状況",
                "再発防止のための措置",
                "その他参考となる事項",
            ]
        );
        assert_eq!(doc.subject, "保有個人情報の漏えい等について（報告）");
        assert_eq!(doc.letterhead.addressee, ["個人情報保護委員会事務局　様"]);
        assert_eq!(doc.letterhead.sender, ["架空市長", "（公印省略）"]);
        assert_eq!(value(&doc, "本人の数", "本人の数（最大）"), "150人");
    }

    #[test]
    fn my_number_reports_name_their_basis_and_the_guideline_events() {
        let l10n = ja();
        let mut f = Facts::new(OrgKind::Municipality, known_on());
        f.my_number.involved = true;
        f.my_number.max_persons = 12;
        let d = dossier(f);
        assert!(d.obligation(Destination::Ppc, Basis::MynumberGuideline).is_some());
        let doc = ppc_report(&l10n, &d, PpcLaw::MyNumber, Basis::MynumberGuideline, PpcReportKind::Combined);
        assert_eq!(doc.subject, "特定個人情報の漏えい等について（報告）");
        assert_eq!(doc.kind_marks, ["【速報兼確報】"]);
        let opening = &doc.items[0].heading;
        assert_eq!(value(&doc, opening, "根拠"), "番号法ガイドライン（行政機関等編）に基づく報告");
        assert!(value(&doc, opening, "該当する事態").starts_with("ガイドラインに基づく報告"));
        assert_eq!(doc.items[2].heading, "漏えい等が発生し、又は発生したおそれがある特定個人情報の項目");
        assert_eq!(value(&doc, "本人の数", "本人の数（最大）"), "12人");

        // The statutory My Number report: 番号法第29条の4第1項 and 番号法規則2条各号.
        f.my_number.system = sonae_core::obligations::MyNumberSystem::Usage;
        f.my_number.publicly_viewable = true;
        let d = dossier(f);
        let doc = ppc_report(&l10n, &d, PpcLaw::MyNumber, Basis::Mynumber294, PpcReportKind::Final);
        let opening = &doc.items[0].heading;
        assert_eq!(value(&doc, opening, "根拠"), "番号法第29条の4第1項");
        let events = value(&doc, opening, "該当する事態");
        assert!(events.contains("番号法規則第2条第1号（") && events.contains("番号法規則第2条第3号（"), "{events}");
    }

    #[test]
    fn report_kinds_mark_the_subject_and_the_title() {
        let l10n = ja();
        let d = dossier(sensitive_150());
        for (kind, mark) in [
            (PpcReportKind::Preliminary, "【速報】"),
            (PpcReportKind::Final, "【確報】"),
            (PpcReportKind::Combined, "【速報兼確報】"),
            (PpcReportKind::Supplement, "【追完】"),
        ] {
            assert_eq!(kind_mark(&l10n, kind), mark);
            let doc = ppc_report(&l10n, &d, PpcLaw::Appi, Basis::Appi68, kind);
            assert_eq!(doc.kind_marks, [mark]);
            assert!(doc.title.starts_with("漏えい等報告（個人情報保護法・"), "{}", doc.title);
        }
    }

    #[test]
    fn unknown_values_read_under_investigation_in_a_preliminary_report_and_unknown_later() {
        let l10n = ja();
        let d = dossier(sensitive_150());
        let pre = ppc_report(&l10n, &d, PpcLaw::Appi, Basis::Appi68, PpcReportKind::Preliminary);
        assert_eq!(value(&pre, "原因", "原因"), "調査中");
        assert_eq!(value(&pre, "本人の数", "本人の数（確認済み）"), "調査中");
        assert_eq!(value(&pre, "再発防止のための措置", "実施済みの措置"), "検討中");
        let fin = ppc_report(&l10n, &d, PpcLaw::Appi, Basis::Appi68, PpcReportKind::Final);
        assert_eq!(value(&fin, "原因", "原因"), "不明");
        // 発覚日 is 知った日; no contractor is なし once the facts say so.
        assert_eq!(value(&fin, "概要", "発覚日"), "令和8年11月19日");
        assert_eq!(value(&fin, "概要", "委託元・委託先の有無"), "なし");
        assert_eq!(value(&fin, "その他参考となる事項", "特記事項"), "特になし");
    }

    #[test]
    fn measures_split_into_done_and_planned_in_date_order_with_wareki_dates() {
        let l10n = ja();
        let ids = SequentialIds::new();
        let case = CaseId::new(&ids);
        let day = |m, d| Some(NaiveDate::from_ymd_opt(2026, m, d).unwrap());
        let measure = |text: &str, status, due| Measure::new(MeasureId::new(&ids), case, text, status, "福祉課", due, t0(), t0()).unwrap();
        let measures = vec![
            measure("暗号化USBメモリへの切替え", MeasureStatus::Planned, Some(NaiveDate::from_ymd_opt(2027, 1, 15).unwrap())),
            measure("持ち出し記録簿の運用開始", MeasureStatus::Done, day(11, 21)),
            measure("課内への注意喚起", MeasureStatus::Done, day(11, 20)),
            measure("全庁研修", MeasureStatus::Planned, day(12, 10)),
        ];
        let (done, planned) = measure_lines(&l10n, &measures);
        assert_eq!(
            done,
            ["・課内への注意喚起（福祉課、令和8年11月20日実施）", "・持ち出し記録簿の運用開始（福祉課、令和8年11月21日実施）"]
        );
        assert_eq!(
            planned,
            ["・全庁研修（福祉課、令和8年12月10日までに実施予定）", "・暗号化USBメモリへの切替え（福祉課、令和9年1月15日までに実施予定）"]
        );

        let mut d = dossier(sensitive_150());
        d.measures = measures;
        let doc = ppc_report(&l10n, &d, PpcLaw::Appi, Basis::Appi68, PpcReportKind::Final);
        assert_eq!(value(&doc, "再発防止のための措置", "実施済みの措置"), done.join("\n"));
        assert_eq!(value(&doc, "再発防止のための措置", "今後実施予定の措置"), planned.join("\n"));
        // Only measures taken: the planned side says なし, not 検討中.
        d.measures.retain(|x| x.status == MeasureStatus::Done);
        let doc = ppc_report(&l10n, &d, PpcLaw::Appi, Basis::Appi68, PpcReportKind::Final);
        assert_eq!(value(&doc, "再発防止のための措置", "今後実施予定の措置"), "なし");
    }

    #[test]
    fn sent_rows_appear_where_the_guideline_asks_for_them() {
        let l10n = ja();
        let mut f = sensitive_150();
        f.crime.theft = true;
        f.my_number.involved = true;
        f.my_number.max_persons = 150;
        let mut d = dossier(f);
        let at = |h| t0() + chrono::Duration::hours(h);
        d.notifications = vec![
            sent(&d, Destination::Police, Basis::SecurityPolicy, Stage::Single, at(3), "来署"),
            sent(&d, Destination::DataSubjects, Basis::Appi68, Stage::Single, at(30), "郵送"),
            sent(&d, Destination::Ppc, Basis::Appi68, Stage::Preliminary, at(26), "電子申請"),
            sent(&d, Destination::Prefecture, Basis::SecurityPolicy, Stage::Single, at(5), "電子メール"),
        ];
        d.case.root_cause =
            RootCause {
                category: Some(CauseCategory::RuleViolation), narrative: "持ち出し手順の未遵守".into(), ..RootCause::default()
            };
        let doc = ppc_report(&l10n, &d, PpcLaw::Appi, Basis::Appi68, PpcReportKind::Final);
        assert_eq!(value(&doc, "本人への対応の実施状況", "通知日時"), "令和8年11月20日（金）15時10分");
        assert_eq!(value(&doc, "本人への対応の実施状況", "方法"), "郵送");
        let bodies = value(&doc, "その他参考となる事項", "関係機関への報告等");
        assert_eq!(
            bodies,
            "・令和8年11月19日（木）12時10分　警察に相談（来署）\n・令和8年11月19日（木）14時10分　埼玉県に報告（電子メール）\n本件については、別途、番号法第29条の4第1項に基づく報告を行います。"
        );
        assert_eq!(value(&doc, "原因", "原因の分類"), "規程・手順の不遵守");
        // A 確報 says when the 速報 went.
        assert_eq!(doc.preamble[1], "なお、本件については、令和8年11月20日に速報を行っています。");
    }

    #[test]
    fn the_paste_fields_say_what_the_document_says_in_the_online_forms_order() {
        let l10n = ja();
        let mut d = dossier(sensitive_150());
        d.particulars.confirmed_persons = Some(148);
        d.particulars.data_items = "氏名、住所".into();
        let doc = ppc_report(&l10n, &d, PpcLaw::Appi, Basis::Appi68, PpcReportKind::Preliminary);
        let paste = online_form_fields(&l10n, &d, PpcLaw::Appi, Basis::Appi68, PpcReportKind::Preliminary);
        let labels: Vec<&str> = paste.iter().map(|(l, _)| l.as_str()).collect();
        assert_eq!(&labels[..3], ["報告の種類", "報告年月日", "報告者（名称）"]);
        let at = |label: &str| paste.iter().find(|(l, _)| l == label).map(|(_, v)| v.as_str()).unwrap_or_else(|| panic!("no {label}"));
        assert_eq!(at("報告者（名称）"), "架空市長");
        assert_eq!(at("報告年月日"), "令和8年11月21日");
        assert!(labels.iter().position(|l| *l == "該当する事態") < labels.iter().position(|l| *l == "概要（発生日）"));
        assert_eq!(at("該当する事態"), value(&doc, &doc.items[0].heading, "該当する事態"));
        assert_eq!(at("本人の数（確認済み）"), "148人");
        assert_eq!(at("原因"), "調査中");
        assert_eq!(at("項目（情報の項目）"), "氏名、住所");
        // Every field of the document is pasted, with the same text.
        let pasted: Vec<&str> = paste.iter().map(|(_, v)| v.as_str()).collect();
        for item in &doc.items {
            for (label, v) in fields(&doc, &item.heading) {
                if v != "下表のとおり" {
                    assert!(pasted.contains(&v.as_str()), "{label}：{v} is not pasted");
                }
            }
        }
    }
}
