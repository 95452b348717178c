//! The notification rules, table-driven: every example of regulatory.md §2–§4, each event alone
//! and combined, the 100/101 edge, the exclusions, a 議会, the 60-day case, deadlines over the
//! year end and Golden Week, the other destinations and their policy, and recomputation.

use chrono::NaiveDate;
use sonae_core::obligations::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn facts(known_on: &str) -> Facts {
    Facts::new(OrgKind::Municipality, d(known_on))
}

fn pi(known_on: &str, edit: impl FnOnce(&mut PersonalInfoFacts)) -> Facts {
    let mut f = facts(known_on);
    f.personal_info.involved = true;
    f.personal_info.max_persons = 1;
    edit(&mut f.personal_info);
    f
}

fn mn(known_on: &str, edit: impl FnOnce(&mut MyNumberFacts)) -> Facts {
    let mut f = facts(known_on);
    f.my_number.involved = true;
    f.my_number.max_persons = 1;
    edit(&mut f.my_number);
    f
}

fn run(f: &Facts) -> Assessment {
    assess(f, &DestinationPolicy::default())
}

fn codes<T: Copy>(v: &[T], code: impl Fn(T) -> &'static str) -> Vec<&'static str> {
    v.iter().map(|x| code(*x)).collect()
}

/// The PPC outcome of one regime: `Ok(triggers, final days)` or `Err(reason)` or neither.
fn ppc(a: &Assessment, basis: Basis) -> Option<Result<(Vec<&'static str>, u32), &'static str>> {
    if let Some(o) = a.get(Destination::Ppc, basis) {
        return Some(Ok((codes(&o.triggers, Trigger::as_code), o.final_days.unwrap())));
    }
    a.not_required.iter().find(|n| n.basis == basis).map(|n| Err(n.reason.as_code()))
}

#[test]
fn the_acceptance_example() {
    let mut f = facts("2025-12-01");
    f.personal_info.involved = true;
    f.personal_info.max_persons = 101;
    let a = run(&f);
    let o = a.get(Destination::Ppc, Basis::Appi68).expect("PPC report");
    assert_eq!(codes(&o.triggers, Trigger::as_code), ["appi-43-4"]);
    assert!(o.is_legal());
    assert_eq!(o.timing, Timing::PreliminaryAndFinal);
    assert_eq!(o.preliminary_target_from, Some(d("2025-12-03")));
    assert_eq!(o.preliminary_target, Some(d("2025-12-05")));
    assert_eq!(o.final_days, Some(30));
    assert_eq!(o.final_deadline, Some(d("2026-01-05")));
    let notice = a.get(Destination::DataSubjects, Basis::Appi68).expect("本人通知");
    assert_eq!(notice.triggers, o.triggers);
    assert_eq!(notice.timing, Timing::Immediate);
    assert!(a.not_required.is_empty());
}

/// `(case, facts, APPI outcome)` with `Ok(triggers, days)` for a report and `Err(reason)`.
type AppiCase = (&'static str, Facts, Result<(&'static [&'static str], u32), &'static str>);

fn appi_table() -> Vec<AppiCase> {
    let k = "2025-12-01";
    vec![
        ("要配慮, 1 person", pi(k, |p| p.sensitive = true), Ok((&["appi-43-1"], 30))),
        ("財産的被害, 1 person", pi(k, |p| p.financial_damage_risk = true), Ok((&["appi-43-2"], 30))),
        ("不正の目的, 1 person", pi(k, |p| p.malicious_act = true), Ok((&["appi-43-3"], 60))),
        ("101 persons", pi(k, |p| p.max_persons = 101), Ok((&["appi-43-4"], 30))),
        ("exactly 100 persons", pi(k, |p| p.max_persons = 100), Err("no-reportable-event")),
        ("1,000 persons (private-business threshold irrelevant)", pi(k, |p| p.max_persons = 1000), Ok((&["appi-43-4"], 30))),
        (
            "条例要配慮 defined",
            {
                let mut f = pi(k, |p| p.ordinance_sensitive = true);
                f.organization.ordinance_sensitive_defined = true;
                f
            },
            Ok((&["appi-43-5"], 30)),
        ),
        ("条例要配慮 not defined by the 条例", pi(k, |p| p.ordinance_sensitive = true), Err("no-reportable-event")),
        ("nothing reportable", pi(k, |_| {}), Err("no-reportable-event")),
        (
            "all five combined",
            {
                let mut f = pi(k, |p| {
                    p.sensitive = true;
                    p.financial_damage_risk = true;
                    p.malicious_act = true;
                    p.ordinance_sensitive = true;
                    p.max_persons = 5000;
                });
                f.organization.ordinance_sensitive_defined = true;
                f
            },
            Ok((&["appi-43-1", "appi-43-2", "appi-43-3", "appi-43-4", "appi-43-5"], 60)),
        ),
        (
            "要配慮 and 101 persons",
            pi(k, |p| {
                p.sensitive = true;
                p.max_persons = 101;
            }),
            Ok((&["appi-43-1", "appi-43-4"], 30)),
        ),
        (
            "不正の目的 with 101 persons stays 60",
            pi(k, |p| {
                p.malicious_act = true;
                p.max_persons = 101;
            }),
            Ok((&["appi-43-3", "appi-43-4"], 60)),
        ),
        (
            "高度な暗号化",
            pi(k, |p| {
                p.sensitive = true;
                p.max_persons = 500;
                p.highly_encrypted = true;
            }),
            Err("highly-encrypted"),
        ),
        (
            "recovered before viewing",
            pi(k, |p| {
                p.malicious_act = true;
                p.recovered_before_viewing = true;
            }),
            Err("recovered-before-viewing"),
        ),
        (
            "encrypted and recovered: not a leak at all",
            pi(k, |p| {
                p.max_persons = 500;
                p.highly_encrypted = true;
                p.recovered_before_viewing = true;
            }),
            Err("recovered-before-viewing"),
        ),
        (
            "議会",
            {
                let mut f = pi(k, |p| {
                    p.sensitive = true;
                    p.max_persons = 500;
                });
                f.organization.kind = OrgKind::Assembly;
                f
            },
            Err("assembly"),
        ),
        (
            "一部事務組合 is a 行政機関等 too",
            {
                let mut f = pi(k, |p| p.max_persons = 101);
                f.organization.kind = OrgKind::PartialAffairsAssociation;
                f
            },
            Ok((&["appi-43-4"], 30)),
        ),
        ("特定個人情報 is 保有個人情報: 150 My Numbers count for 規則43条4号", mn(k, |m| m.max_persons = 150), Ok((&["appi-43-4"], 30))),
        ("a My Number 不正の目的 counts for 規則43条3号", mn(k, |m| m.malicious_act = true), Ok((&["appi-43-3"], 60))),
        (
            "the larger head count of the two",
            {
                let mut f = pi(k, |p| p.max_persons = 80);
                f.my_number.involved = true;
                f.my_number.max_persons = 120;
                f
            },
            Ok((&["appi-43-4"], 30)),
        ),
        (
            "an encrypted part does not count, the other does",
            {
                let mut f = pi(k, |p| {
                    p.sensitive = true;
                    p.highly_encrypted = true;
                });
                f.my_number.involved = true;
                f.my_number.max_persons = 150;
                f
            },
            Ok((&["appi-43-4"], 30)),
        ),
    ]
}

#[test]
fn appi_events_alone_combined_and_excluded() {
    for (case, f, expected) in appi_table() {
        let a = run(&f);
        let got = ppc(&a, Basis::Appi68);
        let expected = expected.map(|(t, days)| (t.to_vec(), days));
        assert_eq!(got, Some(expected.clone()), "{case}");
        // 本人通知 exactly when the PPC report is legally required, with the same triggers.
        let notice = a.get(Destination::DataSubjects, Basis::Appi68);
        match &expected {
            Ok((triggers, _)) => assert_eq!(codes(&notice.expect(case).triggers, Trigger::as_code), *triggers, "{case}"),
            Err(_) => assert!(notice.is_none(), "{case}"),
        }
    }
}

#[test]
fn nothing_involved_means_no_ppc_at_all() {
    let a = run(&facts("2025-12-01"));
    assert!(a.get(Destination::Ppc, Basis::Appi68).is_none());
    assert!(a.not_required.is_empty());
    assert_eq!(
        codes(&a.obligations.iter().map(|o| o.destination).collect::<Vec<_>>(), Destination::as_code),
        ["ciso", "soumu", "prefecture", "publication", "committee"]
    );
}

/// `(case, facts, My Number outcome, basis)`.
type MyNumberCase = (&'static str, Facts, Result<(&'static [&'static str], u32), &'static str>, Basis);

fn my_number_table() -> Vec<MyNumberCase> {
    let k = "2025-12-01";
    let statutory = Basis::Mynumber294;
    let guideline = Basis::MynumberGuideline;
    vec![
        ("情報提供ネットワークシステム, 1 person", mn(k, |m| m.system = MyNumberSystem::Network), Ok((&["mynumber-2-1"], 30)), statutory),
        ("個人番号利用事務 system", mn(k, |m| m.system = MyNumberSystem::Usage), Ok((&["mynumber-2-1"], 30)), statutory),
        ("public 関係事務 system", mn(k, |m| m.system = MyNumberSystem::RelatedPublic), Ok((&["mynumber-2-1"], 30)), statutory),
        ("不正の目的", mn(k, |m| m.malicious_act = true), Ok((&["mynumber-2-2"], 60)), statutory),
        ("published on the internet", mn(k, |m| m.publicly_viewable = true), Ok((&["mynumber-2-3"], 30)), statutory),
        ("101 persons", mn(k, |m| m.max_persons = 101), Ok((&["mynumber-2-4"], 30)), statutory),
        ("100 persons: guideline report", mn(k, |m| m.max_persons = 100), Ok((&["mynumber-leak"], 30)), guideline),
        ("paper, 1 person: guideline report, never nothing", mn(k, |_| {}), Ok((&["mynumber-leak"], 30)), guideline),
        (
            "all four",
            mn(k, |m| {
                m.system = MyNumberSystem::Usage;
                m.malicious_act = true;
                m.publicly_viewable = true;
                m.max_persons = 101;
            }),
            Ok((&["mynumber-2-1", "mynumber-2-2", "mynumber-2-3", "mynumber-2-4"], 60)),
            statutory,
        ),
        (
            "高度な暗号化: no report, not even the guideline one",
            mn(k, |m| {
                m.system = MyNumberSystem::Usage;
                m.highly_encrypted = true;
            }),
            Err("highly-encrypted"),
            statutory,
        ),
        ("recovered before viewing", mn(k, |m| m.recovered_before_viewing = true), Err("recovered-before-viewing"), statutory),
        (
            "議会: the Act still binds it",
            {
                let mut f = mn(k, |m| m.system = MyNumberSystem::RelatedPublic);
                f.organization.kind = OrgKind::Assembly;
                f
            },
            Ok((&["mynumber-2-1"], 30)),
            statutory,
        ),
        (
            "議会: no guideline report (not a 行政機関等)",
            {
                let mut f = mn(k, |_| {});
                f.organization.kind = OrgKind::Assembly;
                f
            },
            Err("assembly"),
            guideline,
        ),
    ]
}

#[test]
fn my_number_events_guideline_report_and_exclusions() {
    for (case, f, expected, basis) in my_number_table() {
        let a = run(&f);
        let expected = expected.map(|(t, days)| (t.to_vec(), days));
        assert_eq!(ppc(&a, basis), Some(expected.clone()), "{case}");
        let other = if basis == Basis::Mynumber294 { Basis::MynumberGuideline } else { Basis::Mynumber294 };
        assert!(a.get(Destination::Ppc, other).is_none(), "{case}: one My Number report at most");
        let notice = a.get(Destination::DataSubjects, Basis::Mynumber294);
        let legal = expected.is_ok() && basis == Basis::Mynumber294;
        assert_eq!(notice.is_some(), legal, "{case}: 本人通知 only with the statutory report");
        if let Some(o) = a.get(Destination::Ppc, basis) {
            assert_eq!(o.is_legal(), basis == Basis::Mynumber294, "{case}");
            assert_eq!(o.level(), if legal { Level::Legal } else { Level::Guideline });
        }
    }
}

#[test]
fn both_regimes_at_once() {
    let f = mn("2025-12-01", |m| {
        m.system = MyNumberSystem::Network;
        m.max_persons = 150;
    });
    let a = run(&f);
    let keys: Vec<(&str, &str)> =
        a.obligations.iter().filter(|o| o.is_legal()).map(|o| (o.destination.as_code(), o.basis.as_code())).collect();
    assert_eq!(keys, [("ppc", "appi-68"), ("ppc", "mynumber-29-4"), ("data-subjects", "appi-68"), ("data-subjects", "mynumber-29-4")]);
    assert_eq!(ppc(&a, Basis::Mynumber294), Some(Ok((vec!["mynumber-2-1", "mynumber-2-4"], 30))));
    assert_eq!(a.notes, [Note::AppiIncludesMyNumber]);
}

#[test]
fn sixty_days_and_deadlines_over_holidays() {
    // (知った日, 不正の目的, final days, deadline)
    let table = [
        ("2025-12-01", false, 30, "2026-01-05"),
        ("2025-12-01", true, 60, "2026-01-29"),
        ("2025-10-31", true, 60, "2026-01-05"),
        ("2025-11-04", true, 60, "2026-01-05"),
        ("2025-04-05", false, 30, "2025-05-07"),
        ("2019-03-29", false, 30, "2019-05-07"),
        ("2026-03-06", true, 60, "2026-05-07"),
        ("2026-01-05", false, 30, "2026-02-03"),
    ];
    for (known_on, malicious, days, deadline) in table {
        let f = pi(known_on, |p| {
            p.malicious_act = malicious;
            p.max_persons = 101;
        });
        let a = run(&f);
        let o = a.get(Destination::Ppc, Basis::Appi68).unwrap();
        assert_eq!((o.final_days, o.final_deadline), (Some(days), Some(d(deadline))), "{known_on} {malicious}");
        let m = run(&mn(known_on, |m| m.malicious_act = malicious));
        let o = m.get(Destination::Ppc, if malicious { Basis::Mynumber294 } else { Basis::MynumberGuideline }).unwrap();
        assert_eq!((o.final_days, o.final_deadline), (Some(days), Some(d(deadline))), "My Number {known_on} {malicious}");
    }
}

#[test]
fn preliminary_targets_are_days_3_to_5_in_calendar_days() {
    let a = run(&pi("2025-12-27", |p| p.sensitive = true));
    let o = a.get(Destination::Ppc, Basis::Appi68).unwrap();
    assert_eq!(o.preliminary_target_from, Some(d("2025-12-29")));
    assert_eq!(o.preliminary_target, Some(d("2025-12-31")));
    let k = d("2025-12-01");
    let urgency: Vec<Urgency> = (1..=7).map(|n| preliminary_urgency(k, sonae_core::calendar::nth_day(k, n).unwrap())).collect();
    use Urgency::*;
    assert_eq!(urgency, [Normal, Normal, Amber, Amber, Amber, Red, Red]);
}

#[test]
fn notes_about_ignored_facts() {
    let a = run(&pi("2025-12-01", |p| p.ordinance_sensitive = true));
    assert_eq!(a.notes, [Note::OrdinanceSensitiveNotDefined]);
    let mut f = facts("2025-12-01");
    f.personal_info.max_persons = 500;
    f.my_number.system = MyNumberSystem::Usage;
    let a = run(&f);
    assert_eq!(a.notes, [Note::PersonalInfoNotInvolved, Note::MyNumberNotInvolved]);
    assert!(a.get(Destination::Ppc, Basis::Appi68).is_none());
}

#[test]
fn other_destinations_with_the_default_policy() {
    let mut f = facts("2025-12-01");
    let dests = |a: &Assessment| a.obligations.iter().map(|o| o.destination.as_code()).collect::<Vec<_>>();
    let a = run(&f);
    let ciso = a.get(Destination::Ciso, Basis::SecurityPolicy).unwrap();
    assert_eq!((ciso.timing, ciso.target_minutes), (Timing::Immediate, Some(60)));
    let soumu = a.get(Destination::Soumu, Basis::SecurityPolicy).unwrap();
    assert_eq!((soumu.timing, codes(&soumu.triggers, Trigger::as_code)), (Timing::Immediate, vec!["incident"]));
    let publication = a.get(Destination::Publication, Basis::SecurityPolicy).unwrap();
    assert_eq!((publication.timing, publication.batch_period_end), (Timing::Batch, Some(d("2026-03-31"))));
    assert_eq!(half_year_end(d("2025-04-01")), Some(d("2025-09-30")));
    assert_eq!(half_year_end(d("2026-03-31")), Some(d("2026-03-31")));
    assert_eq!(a.get(Destination::Committee, Basis::SecurityPolicy).unwrap().timing, Timing::AtClosure);

    // Crimes: police; malware alone only IPA and JPCERT/CC (voluntary).
    f.crime.malware = true;
    let a = run(&f);
    assert_eq!(dests(&a), ["ciso", "soumu", "prefecture", "ipa", "jpcert", "publication", "committee"]);
    assert!(
        a.obligations.iter().filter(|o| o.basis == Basis::Voluntary).all(|o| o.level() == Level::Voluntary && o.timing == Timing::None)
    );
    f.crime.ransomware = true;
    f.crime.theft = true;
    f.contractor_involved = true;
    let a = run(&f);
    assert_eq!(dests(&a), ["ciso", "soumu", "prefecture", "police", "contractor", "ipa", "jpcert", "publication", "committee"]);
    let police = a.get(Destination::Police, Basis::SecurityPolicy).unwrap();
    assert_eq!(codes(&police.triggers, Trigger::as_code), ["crime-ransomware", "crime-theft"]);
    assert_eq!(
        codes(&a.get(Destination::Ipa, Basis::Voluntary).unwrap().triggers, Trigger::as_code),
        ["crime-ransomware", "crime-malware"]
    );
    assert_eq!(a.get(Destination::Contractor, Basis::SecurityPolicy).unwrap().timing, Timing::AsNeeded);
    let mut insider = facts("2025-12-01");
    insider.crime.insider = true;
    assert_eq!(
        codes(&run(&insider).get(Destination::Police, Basis::SecurityPolicy).unwrap().triggers, Trigger::as_code),
        ["crime-insider"]
    );

    // 公表: immediately from 重要度「高」 or with a statutory report.
    f.severity = Some(Severity::High);
    let p = run(&f);
    let p = p.get(Destination::Publication, Basis::SecurityPolicy).unwrap();
    assert_eq!((p.timing, codes(&p.triggers, Trigger::as_code)), (Timing::Immediate, vec!["severity"]));
    let statutory = run(&pi("2025-12-01", |p| p.sensitive = true));
    let p = statutory.get(Destination::Publication, Basis::SecurityPolicy).unwrap();
    assert_eq!((p.timing, codes(&p.triggers, Trigger::as_code)), (Timing::Immediate, vec!["statutory-report"]));
}

#[test]
fn the_policy_changes_the_other_destinations() {
    let policy = DestinationPolicy {
        ciso_target_minutes: 30,
        soumu: AuthorityPolicy { when: ReportWhen::StatutoryReport, target_days: Some(3) },
        prefecture: AuthorityPolicy { when: ReportWhen::SeverityAtLeast(Severity::Medium), target_days: None },
        police_on_malware: true,
        ipa: false,
        jpcert: true,
        publication: PublicationPolicy { immediate_from: None, immediate_when_statutory: false, batch: false },
        committee: false,
    };
    let mut f = facts("2025-12-26");
    f.crime.malware = true;
    let a = assess(&f, &policy);
    let dests: Vec<_> = a.obligations.iter().map(|o| o.destination.as_code()).collect();
    assert_eq!(dests, ["ciso", "police", "jpcert"]);
    assert_eq!(a.get(Destination::Ciso, Basis::SecurityPolicy).unwrap().target_minutes, Some(30));

    f.personal_info = PersonalInfoFacts { involved: true, max_persons: 101, ..Default::default() };
    f.severity = Some(Severity::Critical);
    let a = assess(&f, &policy);
    let soumu = a.get(Destination::Soumu, Basis::SecurityPolicy).unwrap();
    assert_eq!(soumu.timing, Timing::TargetDays);
    assert_eq!(codes(&soumu.triggers, Trigger::as_code), ["statutory-report"]);
    // Day 3 is 12/28 (Sunday), then the closing days: 2026-01-05.
    assert_eq!((soumu.target_days, soumu.target_date), (Some(3), Some(d("2026-01-05"))));
    let pref = a.get(Destination::Prefecture, Basis::SecurityPolicy).unwrap();
    assert_eq!(codes(&pref.triggers, Trigger::as_code), ["severity"]);
    assert!(a.get(Destination::Publication, Basis::SecurityPolicy).is_none());
}

#[test]
fn malicious_act_found_on_day_10_turns_30_into_60_and_keeps_the_known_day() {
    let old = pi("2025-12-01", |p| p.max_persons = 150);
    let mut new = old;
    new.personal_info.malicious_act = true;
    new.known_on = d("2025-12-10"); // whoever typed this: 知った日 does not move
    let r = recompute(&old, &new, &DestinationPolicy::default());
    assert_eq!(r.known_on_kept, Some(d("2025-12-10")));
    let o = r.assessment.get(Destination::Ppc, Basis::Appi68).unwrap();
    assert_eq!((o.final_days, o.final_deadline), (Some(60), Some(d("2026-01-29"))));
    assert_eq!(o.preliminary_target, Some(d("2025-12-05")));
    assert_eq!(
        r.fact_changes,
        [FactChange { field: FactField::PersonalInfoMaliciousAct, from: FactValue::Bool(false), to: FactValue::Bool(true) }]
    );
    let ppc = r.changes.iter().find(|c| c.destination == Destination::Ppc).unwrap();
    assert_eq!(ppc.kind, ChangeKind::Updated);
    assert_eq!(
        ppc.deltas,
        [
            ObligationDelta::TriggerAdded(Trigger::Appi433),
            ObligationDelta::FinalDays { from: Some(30), to: Some(60) },
            ObligationDelta::FinalDeadline { from: Some(d("2026-01-05")), to: Some(d("2026-01-29")) },
        ]
    );
    assert_eq!(ppc.because, [FactField::PersonalInfoMaliciousAct]);
    let notice = r.changes.iter().find(|c| c.destination == Destination::DataSubjects).unwrap();
    assert_eq!(notice.deltas, [ObligationDelta::TriggerAdded(Trigger::Appi433)]);
    assert_eq!(r.changes.len(), 2, "{:?}", r.changes);
}

#[test]
fn head_count_passing_100_adds_the_report_with_deadlines_from_the_known_day() {
    let old = pi("2025-12-01", |p| p.max_persons = 60);
    let mut new = old;
    new.personal_info.max_persons = 150;
    let r = recompute(&old, &new, &DestinationPolicy::default());
    let summary: Vec<(&str, &str, &str)> =
        r.changes.iter().map(|c| (c.destination.as_code(), c.basis.as_code(), c.kind.as_code())).collect();
    assert_eq!(
        summary,
        [("ppc", "appi-68", "added"), ("data-subjects", "appi-68", "added"), ("publication", "security-policy", "updated")]
    );
    for c in &r.changes {
        assert_eq!(c.because, [FactField::PersonalInfoMaxPersons]);
    }
    let o = r.assessment.get(Destination::Ppc, Basis::Appi68).unwrap();
    assert_eq!(o.final_deadline, Some(d("2026-01-05")));
    assert_eq!(r.changes[0].deltas, [ObligationDelta::TriggerAdded(Trigger::Appi434)]);
    assert_eq!(r.changes[2].deltas[0], ObligationDelta::TriggerAdded(Trigger::StatutoryReport));
    assert!(r.changes[2].deltas.contains(&ObligationDelta::Timing { from: Timing::Batch, to: Timing::Immediate }));
    assert_eq!(r.known_on_kept, None);
}

#[test]
fn recovery_removes_the_report_with_its_reason() {
    let old = pi("2025-12-01", |p| p.sensitive = true);
    let mut new = old;
    new.personal_info.recovered_before_viewing = true;
    let r = recompute(&old, &new, &DestinationPolicy::default());
    let ppc = r.changes.iter().find(|c| c.destination == Destination::Ppc).unwrap();
    assert_eq!((ppc.kind, ppc.not_required), (ChangeKind::Removed, Some(NotRequiredReason::RecoveredBeforeViewing)));
    assert_eq!(ppc.deltas, [ObligationDelta::TriggerRemoved(Trigger::Appi431)]);
    let notice = r.changes.iter().find(|c| c.destination == Destination::DataSubjects).unwrap();
    assert_eq!((notice.kind, notice.not_required), (ChangeKind::Removed, Some(NotRequiredReason::RecoveredBeforeViewing)));
}

#[test]
fn my_number_guideline_report_becomes_statutory() {
    let old = mn("2025-12-01", |_| {});
    let mut new = old;
    new.my_number.malicious_act = true;
    let r = recompute(&old, &new, &DestinationPolicy::default());
    let summary: Vec<(&str, &str, &str)> = r
        .changes
        .iter()
        .filter(|c| c.destination == Destination::Ppc)
        .map(|c| (c.basis.as_code(), c.kind.as_code(), c.because[0].as_code()))
        .collect();
    assert_eq!(
        summary,
        [
            ("appi-68", "added", "myNumber.maliciousAct"),
            ("mynumber-29-4", "added", "myNumber.maliciousAct"),
            ("mynumber-guideline", "removed", "myNumber.maliciousAct")
        ]
    );
}

#[test]
fn unchanged_facts_change_nothing() {
    let f = pi("2025-12-01", |p| p.max_persons = 150);
    let r = recompute(&f, &f, &DestinationPolicy::default());
    assert!(r.changes.is_empty() && r.fact_changes.is_empty() && r.known_on_kept.is_none());
    assert_eq!(r.assessment, run(&f));
}

#[test]
fn codes_are_stable_kebab_case() {
    let all: Vec<&str> = Destination::ALL
        .iter()
        .map(|x| x.as_code())
        .chain(Basis::ALL.iter().map(|x| x.as_code()))
        .chain(Trigger::ALL.iter().map(|x| x.as_code()))
        .chain(Timing::ALL.iter().map(|x| x.as_code()))
        .chain(NotRequiredReason::ALL.iter().map(|x| x.as_code()))
        .chain(Note::ALL.iter().map(|x| x.as_code()))
        .collect();
    for c in all {
        assert!(c.chars().all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-'), "{c}");
    }
    for (t, code) in [
        (Trigger::Appi431, "appi-43-1"),
        (Trigger::Appi435, "appi-43-5"),
        (Trigger::Mynumber21, "mynumber-2-1"),
        (Trigger::Mynumber24, "mynumber-2-4"),
    ] {
        assert_eq!(t.as_code(), code);
        assert_eq!(Trigger::from_code(code), Some(t));
    }
}
