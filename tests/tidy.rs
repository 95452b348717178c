//! Tidy checks on the repository itself: crate dependency direction, locales complete in both
//! languages, only `ui/src/backend/` talks to Tauri, every Rust module documented.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_owned()
}

fn files(dir: &Path, exts: &[&str], out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries {
        let p = e.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy();
        if p.is_dir() {
            if !matches!(name.as_ref(), "target" | "node_modules" | "dist" | "gen") {
                files(&p, exts, out);
            }
        } else if exts.iter().any(|x| name.ends_with(x)) {
            out.push(p);
        }
    }
}

/// `[dependencies]` and `[build-dependencies]` names of a Cargo.toml (dev-dependencies are test-only).
fn deps(manifest: &Path) -> BTreeSet<String> {
    let text = std::fs::read_to_string(manifest).unwrap();
    let doc: toml::Table = text.parse().unwrap();
    ["dependencies", "build-dependencies"]
        .iter()
        .filter_map(|k| doc.get(*k).and_then(|v| v.as_table()))
        .flat_map(|t| t.keys().cloned())
        .collect()
}

#[test]
fn crate_dependencies_point_one_way() {
    let crates = root().join("src-tauri/crates");
    let mut seen = BTreeMap::new();
    for e in std::fs::read_dir(&crates).unwrap() {
        let dir = e.unwrap().path();
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        seen.insert(name, deps(&dir.join("Cargo.toml")));
    }
    // Which sonae crates each crate may use (the arrows of ARCHITECTURE.md).
    let allowed: BTreeMap<&str, &[&str]> = BTreeMap::from([
        ("sonae-core", &[][..]),
        ("sonae-i18n", &[][..]),
        ("sonae-store", &["sonae-core"][..]),
        ("sonae-forms", &["sonae-core", "sonae-i18n"][..]),
        ("sonae-api", &["sonae-core", "sonae-store", "sonae-i18n", "sonae-forms"][..]),
        ("sonae-cli", &["sonae-api", "sonae-i18n"][..]),
    ]);
    assert_eq!(
        seen.keys().map(String::as_str).collect::<Vec<_>>(),
        allowed.keys().copied().collect::<Vec<_>>(),
        "a crate was added: give it a row here and in ARCHITECTURE.md"
    );
    for (name, deps) in &seen {
        for d in deps {
            assert!(!d.starts_with("tauri"), "{name} depends on {d}: Tauri belongs in src-tauri only");
            if d.starts_with("sonae-") {
                assert!(allowed[name.as_str()].contains(&d.as_str()), "{name} must not depend on {d}");
            }
        }
    }
    let core = &seen["sonae-core"];
    for io in ["rusqlite", "serde", "serde_json", "tokio", "dirs", "tauri"] {
        assert!(!core.contains(io), "sonae-core must do no IO and no IPC serialization, but uses {io}");
    }
    let shell = deps(&root().join("src-tauri/Cargo.toml"));
    assert!(shell.contains("tauri") && shell.contains("sonae-api"));
    assert!(!shell.contains("sonae-store") && !shell.contains("rusqlite"), "the shell goes through sonae-api");
}

/// Message ids per file name, for one locale.
fn ftl_ids(lang: &str) -> BTreeMap<String, BTreeSet<String>> {
    let dir = root().join("locales").join(lang);
    let mut out = BTreeMap::new();
    for e in std::fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "ftl") {
            let text = std::fs::read_to_string(&p).unwrap();
            let res = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(_, errs)| panic!("{}: {errs:?}", p.display()));
            let mut ids = BTreeSet::new();
            for entry in res.body {
                match entry {
                    fluent_syntax::ast::Entry::Message(m) => {
                        assert!(ids.insert(m.id.name.to_owned()), "{}: duplicate id {}", p.display(), m.id.name);
                    }
                    fluent_syntax::ast::Entry::Term(t) => {
                        ids.insert(format!("-{}", t.id.name));
                    }
                    _ => {}
                }
            }
            out.insert(p.file_name().unwrap().to_string_lossy().into_owned(), ids);
        }
    }
    out
}

#[test]
fn every_fluent_key_exists_in_both_locales() {
    let ja = ftl_ids("ja");
    let en = ftl_ids("en");
    assert_eq!(ja.keys().collect::<Vec<_>>(), en.keys().collect::<Vec<_>>(), "locales/ja and locales/en must hold the same files");
    for (file, ja_ids) in &ja {
        let en_ids = &en[file];
        let only_ja: Vec<_> = ja_ids.difference(en_ids).collect();
        let only_en: Vec<_> = en_ids.difference(ja_ids).collect();
        assert!(only_ja.is_empty() && only_en.is_empty(), "{file}: only in ja {only_ja:?}, only in en {only_en:?}");
    }
}

/// Every message id the Rust side names in a string literal exists (dynamic ids are covered by
/// `every_enum_value_has_a_label`).
#[test]
fn every_message_id_used_in_rust_exists() {
    let all: BTreeSet<String> = ftl_ids("ja").into_values().flatten().collect();
    let mut sources = Vec::new();
    files(&root().join("src-tauri"), &[".rs"], &mut sources);
    let prefixes = ["error-", "cli-", "audit-", "field-", "forms-"];
    let mut missing = Vec::new();
    for p in sources {
        let text = std::fs::read_to_string(&p).unwrap();
        for lit in text.split('"').skip(1).step_by(2) {
            let is_id = prefixes.iter().any(|x| lit.starts_with(x))
                && lit.len() > 6
                && lit.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                && !lit.ends_with('-');
            if is_id && !all.contains(lit) && lit != "field-" {
                missing.push(format!("{}: {lit}", p.display()));
            }
        }
    }
    assert!(missing.is_empty(), "message ids used in Rust but missing from locales: {missing:#?}");
}

fn kebab(code: &str) -> String {
    code.replace('_', "-")
}

#[test]
fn every_enum_value_has_a_label() {
    use sonae_core::{CaseState, Category, OrgKind, Role, Severity};
    let ids: BTreeSet<String> = ftl_ids("ja").into_values().flatten().collect();
    let mut wanted = Vec::new();
    wanted.extend(CaseState::ALL.iter().map(|v| format!("case-state-{}", kebab(v.as_code()))));
    wanted.extend(Category::ALL.iter().map(|v| format!("category-{}", kebab(v.as_code()))));
    wanted.extend(Severity::ALL.iter().map(|v| format!("severity-{}", kebab(v.as_code()))));
    wanted.extend(OrgKind::ALL.iter().map(|v| format!("org-kind-{}", kebab(v.as_code()))));
    wanted.extend(Role::ALL.iter().map(|v| format!("role-{}", kebab(v.as_code()))));
    use sonae_core::ReportSource;
    use sonae_core::report::{Medium, RelayChannel, Symptom, TriState};
    for v in ReportSource::ALL {
        wanted.push(format!("report-source-{}", kebab(v.as_code())));
        wanted.push(format!("report-origin-{}", kebab(v.as_code())));
    }
    wanted.extend(Symptom::ALL.iter().map(|v| format!("symptom-{}", kebab(v.as_code()))));
    wanted.extend(TriState::ALL.iter().map(|v| format!("tri-state-{}", kebab(v.as_code()))));
    // Documents (sonae-forms) name these dynamically.
    wanted.extend(TriState::ALL.iter().map(|v| format!("forms-tri-{}", v.as_code())));
    wanted.extend(sonae_core::TimelineKind::ALL.iter().map(|v| format!("forms-timeline-kind-{}", v.as_code())));
    wanted.extend(ReportSource::ALL.iter().map(|v| format!("forms-report-source-{}", v.as_code())));
    wanted.extend(sonae_core::casework::CauseCategory::ALL.iter().map(|v| format!("forms-cause-{}", v.as_code())));
    wanted.extend(sonae_core::drill::DrillKind::ALL.iter().map(|v| format!("drill-kind-{}", kebab(v.as_code()))));
    wanted.extend(sonae_core::drill::InjectChannel::ALL.iter().map(|v| format!("inject-channel-{}", kebab(v.as_code()))));
    wanted.extend(sonae_core::drill::Milestone::ALL.iter().map(|v| format!("milestone-{}", kebab(v.as_code()))));
    wanted.extend(sonae_core::stats::Grouping::ALL.iter().map(|v| format!("stats-group-{}", kebab(v.as_code()))));
    wanted.extend(sonae_core::stats::Interval::ALL.iter().map(|v| format!("stats-interval-{}", kebab(v.as_code()))));
    wanted.extend(Medium::ALL.iter().map(|v| format!("medium-{}", kebab(v.as_code()))));
    wanted.extend(RelayChannel::ALL.iter().map(|v| format!("relay-channel-{}", kebab(v.as_code()))));
    wanted.extend(sonae_core::casework::LinkKind::ALL.iter().map(|v| format!("link-kind-{}", kebab(v.as_code()))));
    {
        use sonae_core::notification::{NotificationState, Stage};
        use sonae_core::obligations::{Basis, Destination, FactField, Level, NotRequiredReason, Note, Trigger};
        wanted.extend(Destination::ALL.iter().map(|v| format!("destination-{}", v.as_code())));
        wanted.extend(Basis::ALL.iter().map(|v| format!("basis-{}", v.as_code())));
        wanted.extend(Level::ALL.iter().map(|v| format!("level-{}", v.as_code())));
        wanted.extend(Trigger::ALL.iter().map(|v| format!("trigger-{}", v.as_code())));
        wanted.extend(Stage::ALL.iter().map(|v| format!("notification-stage-{}", v.as_code())));
        wanted.extend(NotificationState::ALL.iter().map(|v| format!("notification-state-{}", kebab(v.as_code()))));
        wanted.extend(NotRequiredReason::ALL.iter().map(|v| format!("not-required-{}", v.as_code())));
        wanted.extend(Note::ALL.iter().map(|v| format!("obligation-note-{}", v.as_code())));
        // Rust names facts in timeline lines as `fact-<code with '.' → '-'>`.
        wanted.extend(FactField::ALL.iter().map(|v| format!("fact-{}", v.as_code().replace('.', "-"))));
    }
    use sonae_core::workflow::{Missing, Move};
    wanted.extend(Move::ALL.iter().map(|v| format!("case-move-{}", kebab(v.as_code()))));
    wanted.extend(Missing::ALL.iter().map(|v| format!("missing-{}", kebab(v.as_code()))));
    use sonae_core::casework::{CauseCategory, DecisionStatus, EvidenceSource, MeasureStatus, TaskKind, TaskList, TaskStatus};
    wanted.extend(TaskList::ALL.iter().map(|v| format!("task-list-{}", kebab(v.as_code()))));
    wanted.extend(TaskKind::ALL.iter().map(|v| format!("task-kind-{}", kebab(v.as_code()))));
    wanted.extend(TaskStatus::ALL.iter().map(|v| format!("task-status-{}", kebab(v.as_code()))));
    wanted.extend(EvidenceSource::ALL.iter().map(|v| format!("evidence-source-{}", kebab(v.as_code()))));
    wanted.extend(DecisionStatus::ALL.iter().map(|v| format!("decision-status-{}", kebab(v.as_code()))));
    wanted.extend(CauseCategory::ALL.iter().map(|v| format!("cause-category-{}", kebab(v.as_code()))));
    wanted.extend(MeasureStatus::ALL.iter().map(|v| format!("measure-status-{}", kebab(v.as_code()))));
    for c in Category::ALL {
        // Every category has a plain-language hint and first-response guidance for the reporter.
        wanted.push(format!("category-{}-hint", kebab(c.as_code())));
        wanted.push(format!("guidance-{}", kebab(c.as_code())));
    }
    // training (研修)
    {
        use sonae_core::training::{AlertReason, Attendance, Audience, Topic};
        wanted.extend(Topic::ALL.iter().map(|v| format!("training-topic-{}", kebab(v.as_code()))));
        wanted.extend(Audience::ALL.iter().map(|v| format!("training-audience-{}", kebab(v.as_code()))));
        wanted.extend(Attendance::ALL.iter().map(|v| format!("training-attendance-{}", kebab(v.as_code()))));
        wanted.extend(AlertReason::ALL.iter().map(|v| format!("training-alert-reason-{}", kebab(v.as_code()))));
    }
    let missing: Vec<_> = wanted.iter().filter(|w| !ids.contains(*w)).collect();
    assert!(missing.is_empty(), "labels missing: {missing:?}");
}

/// The text of every message without attributes, as written (placeables as `{…}`), for one locale.
fn ftl_texts(lang: &str) -> BTreeMap<String, String> {
    use fluent_syntax::ast::{Entry, PatternElement};
    let mut out = BTreeMap::new();
    for e in std::fs::read_dir(root().join("locales").join(lang)).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "ftl") {
            let text = std::fs::read_to_string(&p).unwrap();
            let res = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(_, errs)| panic!("{}: {errs:?}", p.display()));
            for entry in res.body {
                let Entry::Message(m) = entry else { continue };
                if let Some(pattern) = m.value {
                    let value: String = pattern
                        .elements
                        .iter()
                        .map(|el| match el {
                            PatternElement::TextElement { value } => value.to_string(),
                            PatternElement::Placeable { .. } => "{…}".to_owned(),
                        })
                        .collect();
                    out.insert(m.id.name.to_owned(), value);
                }
            }
        }
    }
    out
}

/// Built-in playbook steps and recovery checklist items are Fluent messages: each exists, is one
/// line, and reads like a 手順書 line (at most 80 characters in Japanese; the task title limit is 200).
#[test]
fn every_built_in_playbook_step_has_a_title() {
    use sonae_core::Category;
    use sonae_core::playbook::{RECOVERY_CHECKS, built_in};
    let texts = ftl_texts("ja");
    let mut wanted: Vec<&str> = Category::ALL.iter().flat_map(|c| built_in(*c)).map(|s| s.message_id).collect();
    wanted.extend(RECOVERY_CHECKS);
    let missing: Vec<_> = wanted.iter().filter(|id| !texts.contains_key(**id)).collect();
    assert!(missing.is_empty(), "playbook steps without a message in locales/ja: {missing:?}");
    for id in wanted {
        let text = &texts[id];
        assert!(!text.contains('\n') && !text.contains('{'), "{id}: one line of plain text");
        assert!(text.chars().count() <= 80, "{id}: {} characters (at most 80)", text.chars().count());
    }
}

#[test]
fn only_the_backend_module_imports_tauri() {
    let ui = root().join("ui/src");
    let mut sources = Vec::new();
    files(&ui, &[".ts", ".tsx"], &mut sources);
    assert!(!sources.is_empty(), "no UI sources found under {}", ui.display());
    let offenders: Vec<_> = sources
        .iter()
        .filter(|p| !p.starts_with(ui.join("backend")))
        .filter(|p| std::fs::read_to_string(p).unwrap().contains("@tauri-apps/"))
        .collect();
    assert!(offenders.is_empty(), "only ui/src/backend/ may import @tauri-apps: {offenders:?}");
}

#[test]
fn every_rust_module_has_a_doc_comment() {
    let mut sources = Vec::new();
    files(&root().join("src-tauri/crates"), &[".rs"], &mut sources);
    files(&root().join("src-tauri/src"), &[".rs"], &mut sources);
    let undocumented: Vec<_> = sources
        .iter()
        .filter(|p| p.components().any(|c| c.as_os_str() == "src"))
        .filter(|p| {
            let text = std::fs::read_to_string(p).unwrap();
            !text.lines().find(|l| !l.trim().is_empty()).is_some_and(|l| l.starts_with("//!"))
        })
        .collect();
    assert!(undocumented.is_empty(), "modules without a //! doc: {undocumented:?}");
}
