//! Documents (issue 7): the PDFs of a case, built from the store's data by `sonae-forms`.
//!
//! Documents are Japanese official documents, so they are written with the Japanese messages
//! whatever the user's language. Fonts are found as `sonae_forms::fonts` describes (the
//! configured directory, `$SONAE_FONT_DIR`, the Debian paths) and kept for the process; a missing
//! font is `error-font-missing` naming the file and the package. A drill case's documents carry
//! the 訓練 marks: `sonae_forms::build` takes the flag from the case itself.
//!
//! 報告事項 (the PPC report's items beyond the rules' facts) are kept per case in the setting
//! `particulars:<case id>`, and the addressees of outside bodies in `document-addressees`, both
//! as the DTO's JSON (settings are audited like every table).

use crate::Ctx;
use crate::cases::{invalid, load, not_found};
use crate::dto::{
    AddresseesDto, CaseDocumentsDto, DocumentKindDto, DocumentPdfDto, DocumentPreviewDto, DocumentRequest, ParticularsDto,
    ParticularsInput, PasteFieldDto, PreviewBlockDto, PreviewColumnDto, PreviewFieldDto, PreviewItemDto, SaveDocumentInput,
    SaveSubmissionInput, SavedDocumentDto,
};
use crate::error::{ApiError, ErrorCode};
use sonae_core::particulars::{Addressees, Particulars, PublicationStatus, SubjectResponse};
use sonae_core::report::{TriState, parse_local_datetime};
use sonae_core::setup::NetworkSegment;
use sonae_core::{Action, Case, DomainError};
use sonae_forms::kinds::{PpcLaw, PpcReportKind, ppc_basis, suggested_ppc_kind};
use sonae_forms::{Dossier, FontError, Kind, Options};
use sonae_i18n::{Lang, Localizer};

const ADDRESSEES_KEY: &str = "document-addressees";

fn particulars_key(case: &Case) -> String {
    format!("particulars:{}", case.id)
}

fn internal() -> ApiError {
    ApiError::new(ErrorCode::Internal, "error-internal")
}

fn bad_setting(key: &str) -> ApiError {
    ApiError::new(ErrorCode::Storage, "error-bad-value").arg("table", "setting").arg("column", key)
}

/// Where the app's bundled fonts are (the desktop app's `fonts/` resource folder); documents use
/// them before the system's.
pub fn use_bundled_fonts(dir: std::path::PathBuf) {
    sonae_forms::fonts::set_app_font_dir(dir);
}

pub(crate) fn font_error(e: FontError) -> ApiError {
    let error = |id| ApiError::new(ErrorCode::Internal, id);
    match e {
        FontError::NotFound { file, package, searched, .. } => {
            let searched: Vec<String> = searched.iter().map(|p| p.display().to_string()).collect();
            error("error-font-missing").arg("file", file).arg("package", package).arg("searched", searched.join(", "))
        }
        FontError::Unreadable { path } => error("error-font-unreadable").arg("path", path.display()),
        FontError::Invalid { path } => error("error-font-invalid").arg("path", path.display()),
        FontError::Incomplete { path, missing } => error("error-font-incomplete").arg("path", path.display()).arg("missing", missing),
    }
}

// ---- 報告事項 ----

fn stored_particulars(ctx: &Ctx<'_>, case: &Case) -> Result<ParticularsDto, ApiError> {
    let key = particulars_key(case);
    match ctx.store.setting(&key)? {
        None => Ok(ParticularsDto::default()),
        Some(json) => serde_json::from_str(&json).map_err(|_| bad_setting(&key)),
    }
}

fn code_or_empty<T>(field: &str, value: &str, parse: impl Fn(&str) -> Option<T>) -> Result<Option<T>, ApiError> {
    match value.trim() {
        "" => Ok(None),
        v => parse(v).map(Some).ok_or_else(|| invalid(field, "error-choice-not-found")),
    }
}

/// The DTO as the domain type, checked; errors name the field.
fn particulars_from(dto: &ParticularsDto, now: sonae_core::Timestamp) -> Result<Particulars, ApiError> {
    particulars_parsed(dto)?.validate(now).map_err(|DomainError::Invalid { field, message_id }| invalid(field, message_id))
}

/// The DTO as the domain type: numbers, times and codes read, texts as they are (a stored row was
/// checked when it was saved).
fn particulars_parsed(dto: &ParticularsDto) -> Result<Particulars, ApiError> {
    let confirmed = match dto.confirmed_persons.trim() {
        "" => None,
        v => Some(v.parse::<u64>().map_err(|_| invalid("confirmedPersons", "error-not-a-number"))?),
    };
    let counted_at = match dto.persons_counted_at.trim() {
        "" => None,
        v => Some(parse_local_datetime(v).ok_or_else(|| invalid("personsCountedAt", "error-datetime-format"))?),
    };
    let mut segments = Vec::new();
    for s in &dto.network_segments {
        segments.push(NetworkSegment::from_code(s.trim()).ok_or_else(|| invalid("networkSegments", "error-choice-not-found"))?);
    }
    let p = Particulars {
        discovered_by: dto.discovered_by.clone(),
        contractor: dto.contractor.clone(),
        data_items: dto.data_items.clone(),
        data_kind: dto.data_kind.clone(),
        confirmed_persons: confirmed,
        persons_counted_at: counted_at,
        cause_actor: dto.cause_actor.clone(),
        secondary_damage: code_or_empty("secondaryDamage", &dto.secondary_damage, TriState::from_code)?,
        secondary_damage_detail: dto.secondary_damage_detail.clone(),
        subject_response: code_or_empty("subjectResponse", &dto.subject_response, SubjectResponse::from_code)?,
        subject_response_detail: dto.subject_response_detail.clone(),
        publication: code_or_empty("publication", &dto.publication, PublicationStatus::from_code)?,
        publication_detail: dto.publication_detail.clone(),
        other: dto.other.clone(),
        network_segments: segments,
        affected_services: dto.affected_services.clone(),
        inquiry_desk: dto.inquiry_desk.clone(),
    };
    Ok(p)
}

/// The domain type as the DTO (times in Japan time, as typed).
pub(crate) fn particulars_dto(p: &Particulars) -> ParticularsDto {
    ParticularsDto {
        discovered_by: p.discovered_by.clone(),
        contractor: p.contractor.clone(),
        data_items: p.data_items.clone(),
        data_kind: p.data_kind.clone(),
        confirmed_persons: p.confirmed_persons.map(|n| n.to_string()).unwrap_or_default(),
        persons_counted_at: p
            .persons_counted_at
            .map(|t| t.with_timezone(&chrono_tz::Asia::Tokyo).format("%Y-%m-%dT%H:%M").to_string())
            .unwrap_or_default(),
        cause_actor: p.cause_actor.clone(),
        secondary_damage: p.secondary_damage.map(|v| v.as_code().to_owned()).unwrap_or_default(),
        secondary_damage_detail: p.secondary_damage_detail.clone(),
        subject_response: p.subject_response.map(|v| v.as_code().to_owned()).unwrap_or_default(),
        subject_response_detail: p.subject_response_detail.clone(),
        publication: p.publication.map(|v| v.as_code().to_owned()).unwrap_or_default(),
        publication_detail: p.publication_detail.clone(),
        other: p.other.clone(),
        network_segments: p.network_segments.iter().map(|s| s.as_code().to_owned()).collect(),
        affected_services: p.affected_services.clone(),
        inquiry_desk: p.inquiry_desk.clone(),
    }
}

/// Saves a case's 報告事項 (CSIRT roles). Every field is checked before anything is written.
pub fn save_particulars(ctx: &mut Ctx<'_>, input: ParticularsInput) -> Result<CaseDocumentsDto, ApiError> {
    ctx.actor.require(Action::HandleCases)?;
    let case = load(ctx, &input.case_id)?;
    let now = ctx.clock.now();
    let checked = particulars_dto(&particulars_from(&input.particulars, now)?);
    let json = serde_json::to_string(&checked).map_err(|_| internal())?;
    let key = particulars_key(&case);
    ctx.store.write(&ctx.actor.label, now, |w| w.put_setting(&key, &json))?;
    case_documents(ctx, &input.case_id)
}

// ---- addressees ----

fn stored_addressees(ctx: &Ctx<'_>, prefecture: &str) -> Result<Addressees, ApiError> {
    let dto: AddresseesDto = match ctx.store.setting(ADDRESSEES_KEY)? {
        None => AddresseesDto::default(),
        Some(json) => serde_json::from_str(&json).map_err(|_| bad_setting(ADDRESSEES_KEY))?,
    };
    Addressees { ppc: dto.ppc, soumu: dto.soumu, prefecture: dto.prefecture, police: dto.police }
        .validate(prefecture)
        .map_err(|DomainError::Invalid { field, message_id }| invalid(field, message_id))
}

fn addressees_dto(a: Addressees) -> AddresseesDto {
    AddresseesDto { ppc: a.ppc, soumu: a.soumu, prefecture: a.prefecture, police: a.police }
}

/// Whom documents to outside bodies are addressed to (defaults filled in).
pub fn document_addressees(ctx: &mut Ctx<'_>) -> Result<AddresseesDto, ApiError> {
    ctx.actor.require(Action::ViewAllCases)?;
    let org = ctx.store.organization()?.ok_or_else(not_found)?;
    Ok(addressees_dto(stored_addressees(ctx, &org.prefecture)?))
}

/// Saves the addressees (管理者). An empty line goes back to the default.
pub fn save_document_addressees(ctx: &mut Ctx<'_>, input: AddresseesDto) -> Result<AddresseesDto, ApiError> {
    ctx.actor.require(Action::ManageOrganization)?;
    let org = ctx.store.organization()?.ok_or_else(not_found)?;
    let checked = Addressees { ppc: input.ppc, soumu: input.soumu, prefecture: input.prefecture, police: input.police }
        .validate(&org.prefecture)
        .map_err(|DomainError::Invalid { field, message_id }| invalid(field, message_id))?;
    let json = serde_json::to_string(&addressees_dto(checked)).map_err(|_| internal())?;
    ctx.store.write(&ctx.actor.label, ctx.clock.now(), |w| w.put_setting(ADDRESSEES_KEY, &json))?;
    document_addressees(ctx)
}

// ---- the dossier and the documents ----

/// Everything about a case the forms need, read from the store.
pub(crate) fn dossier(ctx: &Ctx<'_>, case: Case) -> Result<Dossier, ApiError> {
    let org = ctx.store.organization()?.ok_or_else(not_found)?;
    let mut reports = Vec::new();
    for id in ctx.store.report_ids_of_case(case.id)? {
        if let Some(row) = ctx.store.report(id)? {
            reports.push(row.report);
        }
    }
    reports.sort_by_key(|r| r.submitted_at);
    let ja = Localizer::shared(Lang::Ja);
    let severity_label = match case.severity {
        Some(s) => {
            let own = ctx.store.setting(&format!("severity-label:{}", s.as_code()))?.filter(|l| !l.trim().is_empty());
            Some(own.unwrap_or_else(|| ja.msg(&format!("severity-{}", s.as_code()), &[])))
        }
        None => None,
    };
    let category_label = ja.msg(&format!("category-{}", case.category.as_code().replace('_', "-")), &[]);
    let (facts, assessment) = match crate::tracker::facts_and_assessment(ctx, &case)? {
        Some((f, a)) => (Some(f), Some(a)),
        None => (None, None),
    };
    let files = ctx.store.evidence_files(case.id)?;
    let evidence = ctx
        .store
        .evidence(case.id)?
        .into_iter()
        .map(|e| {
            let mine = files.iter().filter(|f| f.evidence_id == e.id).cloned().collect();
            (e, mine)
        })
        .collect();
    let particulars = particulars_parsed(&stored_particulars(ctx, &case)?)?;
    let addressees = stored_addressees(ctx, &org.prefecture)?;
    Ok(Dossier {
        timeline: ctx.store.timeline(case.id)?,
        people: ctx.store.people()?,
        departments: ctx.store.departments()?,
        notifications: ctx.store.notifications(Some(case.id))?,
        measures: ctx.store.measures(case.id)?,
        meetings: ctx.store.meetings(case.id)?,
        decisions: ctx.store.decisions(case.id)?,
        org,
        case,
        reports,
        severity_label,
        category_label,
        facts,
        assessment,
        evidence,
        particulars,
        addressees,
        issued_at: ctx.clock.now(),
    })
}

fn kind_of(code: &str) -> Result<Kind, ApiError> {
    Kind::from_code(code.trim()).ok_or_else(|| invalid("kind", "error-choice-not-found"))
}

fn ppc_kind_of(code: Option<&str>) -> Result<Option<PpcReportKind>, ApiError> {
    code_or_empty("ppcKind", code.unwrap_or(""), PpcReportKind::from_code)
}

/// The documents a case can give, its 報告事項, and what was recorded as submitted (CSIRT
/// roles and the CISO).
pub fn case_documents(ctx: &mut Ctx<'_>, case_id: &str) -> Result<CaseDocumentsDto, ApiError> {
    ctx.actor.require(Action::ViewAllCases)?;
    let case = load(ctx, case_id)?;
    let particulars = stored_particulars(ctx, &case)?;
    let d = dossier(ctx, case)?;
    let ja = Localizer::shared(Lang::Ja);
    let kinds = Kind::ALL
        .iter()
        .map(|&kind| {
            let verdict = sonae_forms::applicable(kind, &d);
            let law = match kind {
                Kind::PpcAppi => Some(PpcLaw::Appi),
                Kind::PpcMyNumber => Some(PpcLaw::MyNumber),
                _ => None,
            };
            let suggested = law.and_then(|l| ppc_basis(&d, l)).map(|b| suggested_ppc_kind(&d, b));
            let title = sonae_forms::build(kind, ja, &d, Options { ppc_kind: suggested }).ok().map(|doc| file_name(&d.case, &doc.title));
            DocumentKindDto {
                kind: kind.as_code().to_owned(),
                available: verdict.is_ok(),
                reason: verdict.err().map(|n| n.0.to_owned()),
                suggested_ppc_kind: suggested.map(|k| k.as_code().to_owned()),
                file_name: title,
            }
        })
        .collect();
    let submissions = submissions_of(ctx, &d.case)?;
    Ok(CaseDocumentsDto { case_id: d.case.id.to_string(), drill: d.case.drill, kinds, particulars, submissions })
}

/// A document is refused for this case: a conflict whose message is the reason (`forms-na-*`).
fn not_applicable(reason: sonae_forms::NotApplicable) -> ApiError {
    ApiError::new(ErrorCode::Conflict, reason.0)
}

/// Whether an error is a document refused for the case (the CLI exits 2 on it).
pub fn is_not_applicable(e: &ApiError) -> bool {
    e.message_id.starts_with("forms-na-")
}

/// The file name offered for a document: `2026-0005_情報セキュリティインシデント報告書（第一報）.pdf`
/// (訓練 first for a drill).
fn file_name(case: &Case, title: &str) -> String {
    let safe: String =
        title.chars().map(|c| if matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') { '_' } else { c }).collect();
    let drill = if case.drill { "訓練_" } else { "" };
    format!("{drill}{}_{safe}.pdf", case.receipt_no)
}

/// Renders a document of a case (CSIRT roles and the CISO). Refused with the reason when the
/// kind makes no sense for the case.
pub fn document_pdf(ctx: &mut Ctx<'_>, request: DocumentRequest) -> Result<DocumentPdfDto, ApiError> {
    let (pdf, title, d) = render(ctx, &request)?;
    Ok(pdf_dto(&d.case, &title, pdf.bytes, pdf.pages, None))
}

pub(crate) fn render(ctx: &mut Ctx<'_>, request: &DocumentRequest) -> Result<(sonae_forms::Pdf, String, Dossier), ApiError> {
    ctx.actor.require(Action::ViewAllCases)?;
    let kind = kind_of(&request.kind)?;
    let ppc_kind = ppc_kind_of(request.ppc_kind.as_deref())?;
    let case = load(ctx, &request.case_id)?;
    let d = dossier(ctx, case)?;
    let l10n = Localizer::shared(Lang::Ja);
    let doc = sonae_forms::build(kind, l10n, &d, Options { ppc_kind }).map_err(not_applicable)?;
    let fonts = sonae_forms::Fonts::shared(None).map_err(font_error)?;
    let pdf = sonae_forms::render(&doc, &fonts, l10n, d.issued_at.timestamp());
    Ok((pdf, doc.title, d))
}

pub(crate) fn pdf_dto(case: &Case, title: &str, bytes: Vec<u8>, pages: usize, submission_id: Option<String>) -> DocumentPdfDto {
    use base64::Engine as _;
    DocumentPdfDto {
        file_name: file_name(case, title),
        sha256: sonae_core::casework::sha256_hex(&bytes),
        size: bytes.len() as u64,
        pages: u32::try_from(pages).unwrap_or(u32::MAX),
        drill: case.drill,
        pdf_base64: base64::engine::general_purpose::STANDARD.encode(&bytes),
        submission_id,
    }
}

/// The PDF bytes only (the CLI writes them to a file).
pub fn document_bytes(ctx: &mut Ctx<'_>, request: DocumentRequest) -> Result<(Vec<u8>, String, bool), ApiError> {
    let (pdf, title, d) = render(ctx, &request)?;
    Ok((pdf.bytes, file_name(&d.case, &title), d.case.drill))
}

/// 情報セキュリティインシデント報告書（第一報） as PDF bytes (kept for callers of issue 7's first step).
pub fn first_report_pdf(ctx: &mut Ctx<'_>, case_id: &str) -> Result<Vec<u8>, ApiError> {
    let request = DocumentRequest { case_id: case_id.to_owned(), kind: Kind::FirstReport.as_code().to_owned(), ppc_kind: None };
    Ok(document_bytes(ctx, request)?.0)
}

/// The text to paste into the PPC online form, field by field (`ppc-appi` or `ppc-mynumber`).
pub fn ppc_paste_text(ctx: &mut Ctx<'_>, request: DocumentRequest) -> Result<Vec<PasteFieldDto>, ApiError> {
    ctx.actor.require(Action::ViewAllCases)?;
    let kind = kind_of(&request.kind)?;
    let law = match kind {
        Kind::PpcAppi => PpcLaw::Appi,
        Kind::PpcMyNumber => PpcLaw::MyNumber,
        _ => return Err(invalid("kind", "error-choice-not-found")),
    };
    let case = load(ctx, &request.case_id)?;
    let d = dossier(ctx, case)?;
    sonae_forms::applicable(kind, &d).map_err(not_applicable)?;
    // `applicable` found the obligation, so both are there.
    let (Some(basis), Some(ppc_kind)) = (ppc_basis(&d, law), chosen_ppc_kind(&d, kind, request.ppc_kind.as_deref())?) else {
        return Err(internal());
    };
    let l10n = Localizer::shared(Lang::Ja);
    Ok(sonae_forms::ppc::online_form_fields(l10n, &d, law, basis, ppc_kind)
        .into_iter()
        .map(|(label, text)| PasteFieldDto { label, text })
        .collect())
}

// ---- recorded as submitted ----

/// The tracker row a document of `kind` is sent under, if the rules found one:
/// `destination:basis:stage`.
fn notification_key(d: &Dossier, kind: Kind, ppc_kind: Option<PpcReportKind>) -> Option<String> {
    use sonae_core::notification::{Stage, stages_of};
    use sonae_core::obligations::Destination as D;
    let destinations: &[D] = match kind {
        Kind::FirstReport => &[D::Ciso],
        Kind::PpcAppi | Kind::PpcMyNumber => &[D::Ppc],
        Kind::Prefecture => &[D::Prefecture, D::Soumu],
        Kind::FinalReport => &[D::Committee],
        Kind::SubjectNotice => &[D::DataSubjects],
        Kind::PressRelease => &[D::Publication],
        Kind::Police => &[D::Police],
        Kind::Contacts => &[],
    };
    let law = match kind {
        Kind::PpcAppi => Some(PpcLaw::Appi),
        Kind::PpcMyNumber => Some(PpcLaw::MyNumber),
        _ => None,
    };
    let basis = law.and_then(|l| ppc_basis(d, l));
    let o = destinations.iter().flat_map(|dest| d.obligations_to(*dest)).find(|o| basis.is_none_or(|b| o.basis == b))?;
    let stages = stages_of(o);
    let stage = match (ppc_kind, stages.len()) {
        (Some(PpcReportKind::Preliminary), 2) => Stage::Preliminary,
        (Some(_), 2) => Stage::Final,
        _ => stages.first()?.0,
    };
    Some(format!("{}:{}:{}", o.destination.as_code(), o.basis.as_code(), stage.as_code()))
}

fn submission_dto(rows: &[sonae_store::SubmissionRow], s: &sonae_store::SubmissionRow) -> crate::dto::SubmissionDto {
    crate::dto::SubmissionDto {
        id: s.id.clone(),
        kind: s.kind.clone(),
        ppc_kind: s.ppc_kind.clone(),
        notification_key: s.notification_key.clone(),
        file_name: s.file_name.clone(),
        sha256: s.sha256.clone(),
        size: s.size,
        recorded_by: s.recorded_by.clone(),
        recorded_at: sonae_core::clock::to_storage(s.recorded_at),
        superseded: rows.iter().any(|r| r.supersedes.as_deref() == Some(s.id.as_str())),
    }
}

pub(crate) fn submissions_of(ctx: &Ctx<'_>, case: &Case) -> Result<Vec<crate::dto::SubmissionDto>, ApiError> {
    let rows = ctx.store.submissions(case.id)?;
    Ok(rows.iter().map(|s| submission_dto(&rows, s)).collect())
}

/// Renders a document and records that exact version as submitted (CSIRT roles): its bytes and
/// SHA-256 are kept with the case and the tracker row it belongs to, never to change. A later
/// version of the same document (追完, a corrected copy) is a new record that names the one it
/// follows. The answer carries the same bytes, to be saved where the user chooses. A drill
/// case's versions are recorded too (with their 訓練 marks), as drill records.
pub fn record_submission(ctx: &mut Ctx<'_>, request: DocumentRequest) -> Result<DocumentPdfDto, ApiError> {
    let (pdf, title, d, id) = record(ctx, &request)?;
    Ok(pdf_dto(&d.case, &title, pdf.bytes, pdf.pages, Some(id)))
}

/// [`record_submission`] without the transport: the PDF, its title, the dossier and the record's id.
fn record(ctx: &mut Ctx<'_>, request: &DocumentRequest) -> Result<(sonae_forms::Pdf, String, Dossier, String), ApiError> {
    ctx.actor.require(Action::HandleCases)?;
    let kind = kind_of(&request.kind)?;
    let (pdf, title, d) = render(ctx, request)?;
    let ppc_kind = chosen_ppc_kind(&d, kind, request.ppc_kind.as_deref())?;
    let previous = ctx.store.submissions(d.case.id)?;
    let supersedes = previous
        .iter()
        .rev()
        .find(|s| s.kind == kind.as_code() && !previous.iter().any(|r| r.supersedes.as_deref() == Some(s.id.as_str())));
    let now = ctx.clock.now();
    let row = sonae_store::SubmissionRow {
        id: ctx.ids.new_uuid().to_string(),
        case_id: d.case.id,
        kind: kind.as_code().to_owned(),
        ppc_kind: ppc_kind.map(|k| k.as_code().to_owned()),
        notification_key: notification_key(&d, kind, ppc_kind),
        supersedes: supersedes.map(|s| s.id.clone()),
        file_name: file_name(&d.case, &title),
        sha256: sonae_core::casework::sha256_hex(&pdf.bytes),
        size: pdf.bytes.len() as u64,
        recorded_by: ctx.actor.label.clone(),
        recorded_at: now,
    };
    let l10n = Localizer::shared(Lang::Ja);
    let text =
        l10n.msg("forms-timeline-submission-recorded", &[("document", &title), ("file", &row.file_name), ("sha256", &row.sha256[..16])]);
    let entry = crate::cases::timeline_line(ctx, d.case.id, sonae_core::TimelineKind::Communication, now, &text)?;
    ctx.store.write(&ctx.actor.label, now, |w| {
        w.insert_submission(&row, &pdf.bytes)?;
        w.insert_timeline_entry(&entry)
    })?;
    Ok((pdf, title, d, row.id))
}

/// A recorded version's exact bytes (CSIRT roles and the CISO).
pub fn submission_pdf(ctx: &mut Ctx<'_>, case_id: &str, submission_id: &str) -> Result<DocumentPdfDto, ApiError> {
    ctx.actor.require(Action::ViewAllCases)?;
    let case = load(ctx, case_id)?;
    let rows = ctx.store.submissions(case.id)?;
    let row = rows.iter().find(|s| s.id == submission_id).ok_or_else(not_found)?;
    let bytes = ctx.store.submission_pdf(&row.id)?.ok_or_else(not_found)?;
    let count = |pat: &[u8]| bytes.windows(pat.len()).filter(|w| *w == pat).count();
    let pages = count(b"/Type /Page").saturating_sub(count(b"/Type /Pages"));
    let mut dto = pdf_dto(&case, "", bytes, pages, Some(row.id.clone()));
    dto.file_name = row.file_name.clone();
    Ok(dto)
}

// ---- preview and saving to a file ----

fn chosen_ppc_kind(d: &Dossier, kind: Kind, requested: Option<&str>) -> Result<Option<PpcReportKind>, ApiError> {
    let law = match kind {
        Kind::PpcAppi => PpcLaw::Appi,
        Kind::PpcMyNumber => PpcLaw::MyNumber,
        _ => return Ok(None),
    };
    let chosen = ppc_kind_of(requested)?;
    Ok(ppc_basis(d, law).map(|b| chosen.unwrap_or_else(|| suggested_ppc_kind(d, b))))
}

/// A document as the app previews it (the model the PDF is drawn from).
pub fn document_preview(ctx: &mut Ctx<'_>, request: DocumentRequest) -> Result<DocumentPreviewDto, ApiError> {
    use sonae_forms::{Block, Style};
    ctx.actor.require(Action::ViewAllCases)?;
    let kind = kind_of(&request.kind)?;
    let case = load(ctx, &request.case_id)?;
    let d = dossier(ctx, case)?;
    let ppc_kind = chosen_ppc_kind(&d, kind, request.ppc_kind.as_deref())?;
    let l10n = Localizer::shared(Lang::Ja);
    let doc = sonae_forms::build(kind, l10n, &d, Options { ppc_kind }).map_err(not_applicable)?;
    let block = |b: &Block| match b {
        Block::Paragraph(t) => {
            PreviewBlockDto { kind: "paragraph".into(), text: Some(t.clone()), fields: vec![], columns: vec![], rows: vec![] }
        }
        Block::Fields(f) => PreviewBlockDto {
            kind: "fields".into(),
            text: None,
            fields: f.iter().map(|(label, value)| PreviewFieldDto { label: label.clone(), value: value.clone() }).collect(),
            columns: vec![],
            rows: vec![],
        },
        Block::Table(t) => PreviewBlockDto {
            kind: "table".into(),
            text: None,
            fields: vec![],
            columns: t.columns.iter().map(|c| PreviewColumnDto { header: c.header.clone(), weight: c.weight }).collect(),
            rows: t.rows.clone(),
        },
        // No case document draws a chart (the 年次報告 does); previewed as its figures.
        Block::BarChart(c) => PreviewBlockDto {
            kind: "table".into(),
            text: None,
            fields: vec![],
            columns: vec![],
            rows: c.bars.iter().map(|(label, v)| vec![label.clone(), format!("{v}{}", c.unit)]).collect(),
        },
    };
    Ok(DocumentPreviewDto {
        kind: kind.as_code().to_owned(),
        file_name: file_name(&d.case, &doc.title),
        title: doc.title,
        style: match doc.style {
            Style::Letter => "letter".into(),
            Style::Plain => "plain".into(),
        },
        drill: doc.drill,
        doc_number: doc.letterhead.doc_number,
        date: doc.letterhead.date,
        addressee: doc.letterhead.addressee,
        sender: doc.letterhead.sender,
        subject: doc.subject,
        kind_marks: doc.kind_marks,
        preamble: doc.preamble,
        items: doc
            .items
            .iter()
            .map(|i| PreviewItemDto { heading: i.heading.clone(), blocks: i.blocks.iter().map(block).collect() })
            .collect(),
        unnumbered: u32::try_from(doc.unnumbered).unwrap_or(0),
        contact: doc.contact,
        ppc_kind: ppc_kind.map(|k| k.as_code().to_owned()),
    })
}

/// The file the user chose, if it may be written: an absolute path to a file, not a folder, and
/// not an existing file unless `overwrite` (errors at `path`).
pub(crate) fn target(path: &str, overwrite: bool) -> Result<std::path::PathBuf, ApiError> {
    let p = std::path::PathBuf::from(path.trim());
    if path.trim().is_empty() || !p.is_absolute() || p.file_name().is_none() || p.parent().is_none() {
        return Err(invalid("path", "error-path-not-absolute"));
    }
    if p.is_dir() {
        return Err(invalid("path", "error-path-is-folder"));
    }
    if p.exists() && !overwrite {
        return Err(invalid("path", "error-file-exists"));
    }
    Ok(p)
}

/// Writes `bytes` to the checked `target` through a temporary file beside it, so a crash never
/// leaves half a PDF; the folder is created. Answers with what the 文書 tab shows next.
fn write_file(
    ctx: &mut Ctx<'_>,
    case_id: &str,
    p: &std::path::Path,
    bytes: &[u8],
    submission_id: Option<String>,
) -> Result<SavedDocumentDto, ApiError> {
    write_bytes(p, bytes)?;
    Ok(SavedDocumentDto {
        path: p.display().to_string(),
        sha256: sonae_core::casework::sha256_hex(bytes),
        size: bytes.len() as u64,
        submission_id,
        documents: case_documents(ctx, case_id)?,
    })
}

/// Writes `bytes` to `p` through a temporary file beside it (the folder is created), so a crash
/// never leaves half a file.
pub(crate) fn write_bytes(p: &std::path::Path, bytes: &[u8]) -> Result<(), ApiError> {
    use std::io::Write as _;
    let dir = p.parent().ok_or_else(|| invalid("path", "error-path-not-absolute"))?;
    let cannot = |e: std::io::Error| invalid("path", "error-file-write").arg("reason", e.to_string());
    std::fs::create_dir_all(dir).map_err(cannot)?;
    let tmp = dir.join(format!(".{}.partial", p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()));
    let mut f = std::fs::File::create(&tmp).map_err(cannot)?;
    f.write_all(bytes).and_then(|()| f.sync_all()).map_err(cannot)?;
    drop(f);
    std::fs::rename(&tmp, p).map_err(cannot)
}

/// Renders a document and writes it where the user chose; with `record`, this exact version is
/// first recorded as submitted (its bytes and SHA-256 kept with the case). A bad path is refused
/// before anything is recorded.
pub fn save_document(ctx: &mut Ctx<'_>, input: SaveDocumentInput) -> Result<SavedDocumentDto, ApiError> {
    let request = DocumentRequest { case_id: input.case_id.clone(), kind: input.kind.clone(), ppc_kind: input.ppc_kind.clone() };
    let path = target(&input.path, input.overwrite)?;
    let (bytes, submission_id) = if input.record {
        let (pdf, _, _, id) = record(ctx, &request)?;
        (pdf.bytes, Some(id))
    } else {
        (render(ctx, &request)?.0.bytes, None)
    };
    write_file(ctx, &input.case_id, &path, &bytes, submission_id)
}

/// Writes a recorded version's exact bytes where the user chose.
pub fn save_submission(ctx: &mut Ctx<'_>, input: SaveSubmissionInput) -> Result<SavedDocumentDto, ApiError> {
    ctx.actor.require(Action::ViewAllCases)?;
    let case = load(ctx, &input.case_id)?;
    let path = target(&input.path, input.overwrite)?;
    let id = ctx.store.submissions(case.id)?.into_iter().find(|s| s.id == input.submission_id).map(|s| s.id).ok_or_else(not_found)?;
    let bytes = ctx.store.submission_pdf(&id)?.ok_or_else(not_found)?;
    write_file(ctx, &input.case_id, &path, &bytes, Some(id))
}
