//! The TypeScript bindings in `ui/src/bindings/` are generated from the DTOs and committed.
//! This test fails when they drift; `UPDATE_BINDINGS=1 cargo test -p sonae-api --test bindings`
//! rewrites them.

use sonae_api::dto::*;
use sonae_api::{ApiError, ErrorCode};
use std::path::PathBuf;
use ts_rs::{Config, TS};

fn generated() -> Vec<(String, String)> {
    let cfg = Config::new().with_large_int("number");
    fn one<T: TS + 'static>(cfg: &Config) -> (String, String) {
        let path = T::output_path().expect("exportable type").to_string_lossy().into_owned();
        (path, T::export_to_string(cfg).expect("exports"))
    }
    let mut out = vec![
        one::<ScenarioSummaryDto>(&cfg),
        one::<ScenarioFile>(&cfg),
        one::<ObjectiveFile>(&cfg),
        one::<InjectFile>(&cfg),
        one::<SaveScenarioInput>(&cfg),
        one::<ImportScenarioInput>(&cfg),
        one::<ParticipantDto>(&cfg),
        one::<DrillPlanInput>(&cfg),
        one::<DrillRowDto>(&cfg),
        one::<DrillClockDto>(&cfg),
        one::<DrillInjectDto>(&cfg),
        one::<DrillResultDto>(&cfg),
        one::<DrillLogDto>(&cfg),
        one::<DrillLogInput>(&cfg),
        one::<DrillActionDto>(&cfg),
        one::<DrillActionInput>(&cfg),
        one::<CallTargetDto>(&cfg),
        one::<DrillCallDto>(&cfg),
        one::<DrillCallInput>(&cfg),
        one::<DrillPermissionsDto>(&cfg),
        one::<DrillDto>(&cfg),
        one::<StartDrillInput>(&cfg),
        one::<DrillClockInput>(&cfg),
        one::<MarkInjectInput>(&cfg),
        one::<AfterActionInput>(&cfg),
        one::<CommitteeReportInput>(&cfg),
        one::<SaveDrillRecordInput>(&cfg),
        one::<SavedFileDto>(&cfg),
        one::<ApiError>(&cfg),
        one::<ErrorCode>(&cfg),
        one::<HomeDto>(&cfg),
        one::<SetupState>(&cfg),
        one::<OrganizationDto>(&cfg),
        one::<OrgKind>(&cfg),
        one::<CaseSummaryDto>(&cfg),
        one::<StateCountDto>(&cfg),
        one::<CaseState>(&cfg),
        one::<Category>(&cfg),
        one::<Severity>(&cfg),
        one::<AuditProblemDto>(&cfg),
        one::<AuditReportDto>(&cfg),
        one::<CheckReportDto>(&cfg),
        one::<Role>(&cfg),
        one::<Honorific>(&cfg),
        one::<SchemePreset>(&cfg),
        one::<ClassAxis>(&cfg),
        one::<NetworkSegment>(&cfg),
        one::<ContactKind>(&cfg),
        one::<UserDto>(&cfg),
        one::<SessionDto>(&cfg),
        one::<SetupInput>(&cfg),
        one::<SignInInput>(&cfg),
        one::<ChangePasswordInput>(&cfg),
        one::<OrgProfileDto>(&cfg),
        one::<OrgProfileInput>(&cfg),
        one::<ClassLevelDto>(&cfg),
        one::<ClassificationDto>(&cfg),
        one::<OrgSetupDto>(&cfg),
        one::<ClassLevelInput>(&cfg),
        one::<DepartmentDto>(&cfg),
        one::<DepartmentInput>(&cfg),
        one::<AccountDto>(&cfg),
        one::<PersonDto>(&cfg),
        one::<PersonInput>(&cfg),
        one::<AccountInput>(&cfg),
        one::<PersonRef>(&cfg),
        one::<SystemDto>(&cfg),
        one::<SystemInput>(&cfg),
        one::<ContactDto>(&cfg),
        one::<ContactInput>(&cfg),
        one::<ExportDto>(&cfg),
        one::<LinkKind>(&cfg),
        one::<ReportWhenDto>(&cfg),
        one::<AuthorityPolicyDto>(&cfg),
        one::<PublicationPolicyDto>(&cfg),
        one::<DestinationPolicyDto>(&cfg),
        one::<SeverityLabelDto>(&cfg),
        one::<CaseLinkDto>(&cfg),
        one::<LinkCaseInput>(&cfg),
        one::<NotificationStage>(&cfg),
        one::<NotificationState>(&cfg),
        one::<DueStatus>(&cfg),
        one::<MyNumberSystem>(&cfg),
        one::<PersonalInfoFactsDto>(&cfg),
        one::<MyNumberFactsDto>(&cfg),
        one::<CrimeFactsDto>(&cfg),
        one::<ObligationFactsDto>(&cfg),
        one::<ObligationFactsInput>(&cfg),
        one::<NotificationRowDto>(&cfg),
        one::<NotRequiredDto>(&cfg),
        one::<ObligationsDto>(&cfg),
        one::<NotificationStateInput>(&cfg),
        one::<DeadlineRowDto>(&cfg),
        one::<DeadlinesDto>(&cfg),
        one::<ParticularsDto>(&cfg),
        one::<ParticularsInput>(&cfg),
        one::<AddresseesDto>(&cfg),
        one::<DocumentKindDto>(&cfg),
        one::<SubmissionDto>(&cfg),
        one::<CaseDocumentsDto>(&cfg),
        one::<DocumentRequest>(&cfg),
        one::<PasteFieldDto>(&cfg),
        one::<PreviewBlockDto>(&cfg),
        one::<PreviewFieldDto>(&cfg),
        one::<PreviewColumnDto>(&cfg),
        one::<PreviewItemDto>(&cfg),
        one::<DocumentPreviewDto>(&cfg),
        one::<SaveDocumentInput>(&cfg),
        one::<SaveSubmissionInput>(&cfg),
        one::<SavedDocumentDto>(&cfg),
        one::<TaskList>(&cfg),
        one::<TaskKind>(&cfg),
        one::<TaskStatus>(&cfg),
        one::<EvidenceSource>(&cfg),
        one::<DecisionStatus>(&cfg),
        one::<CauseCategory>(&cfg),
        one::<MeasureStatus>(&cfg),
        one::<TaskDto>(&cfg),
        one::<EvidenceFileDto>(&cfg),
        one::<CustodyDto>(&cfg),
        one::<EvidenceDto>(&cfg),
        one::<MeetingDto>(&cfg),
        one::<DecisionDto>(&cfg),
        one::<RootCauseDto>(&cfg),
        one::<MeasureDto>(&cfg),
        one::<CasePermissionsDto>(&cfg),
        one::<TimelineEntryInput>(&cfg),
        one::<TaskInput>(&cfg),
        one::<TaskStatusInput>(&cfg),
        one::<EvidenceInput>(&cfg),
        one::<EvidenceFileInput>(&cfg),
        one::<CustodyInput>(&cfg),
        one::<EvidenceMismatchDto>(&cfg),
        one::<EvidenceCheckDto>(&cfg),
        one::<MeetingInput>(&cfg),
        one::<ProposeDecisionInput>(&cfg),
        one::<DecideInput>(&cfg),
        one::<RootCauseInput>(&cfg),
        one::<MeasureInput>(&cfg),
        one::<CaseSort>(&cfg),
        one::<CaseFilterInput>(&cfg),
        one::<CaseRowDto>(&cfg),
        one::<CasePageDto>(&cfg),
        one::<PlaybookStepDto>(&cfg),
        one::<PlaybookDto>(&cfg),
        one::<PlaybookInput>(&cfg),
        one::<ReportFormDto>(&cfg),
        one::<FieldIssueDto>(&cfg),
        one::<SaveDraftInput>(&cfg),
        one::<ReportDraftDto>(&cfg),
        one::<SubmitReportInput>(&cfg),
        one::<CallDto>(&cfg),
        one::<ReportReceiptDto>(&cfg),
        one::<OptionDto>(&cfg),
        one::<GuidanceDto>(&cfg),
        one::<ReportOptionsDto>(&cfg),
        one::<ReporterDto>(&cfg),
        one::<ReportSummaryDto>(&cfg),
        one::<ReportDto>(&cfg),
        one::<CaseMove>(&cfg),
        one::<MissingCondition>(&cfg),
        one::<TimelineKind>(&cfg),
        one::<TimelineEntryDto>(&cfg),
        one::<MoveOptionDto>(&cfg),
        one::<CaseDetailDto>(&cfg),
        one::<TriageInput>(&cfg),
        one::<MoveCaseInput>(&cfg),
        one::<CisoReportInput>(&cfg),
        // training (研修)
        one::<TrainingTopic>(&cfg),
        one::<TrainingAudience>(&cfg),
        one::<AttendanceStatus>(&cfg),
        one::<TrainingAlertReason>(&cfg),
        one::<TrainingPlanDto>(&cfg),
        one::<TrainingPlanInput>(&cfg),
        one::<TrainingSessionDto>(&cfg),
        one::<TrainingSessionInput>(&cfg),
        one::<TrainingAttendeeDto>(&cfg),
        one::<TrainingSessionDetailDto>(&cfg),
        one::<AttendanceEntryInput>(&cfg),
        one::<AttendanceInput>(&cfg),
        one::<AttendanceCsvInput>(&cfg),
        one::<AttendanceImportDto>(&cfg),
        one::<TrainingYearDto>(&cfg),
        one::<MyNumberHandlerDto>(&cfg),
        one::<MyNumberHandlerInput>(&cfg),
        one::<TrainingAlertDto>(&cfg),
        one::<TrainingAlertListDto>(&cfg),
        one::<TrainingHistoryEntryDto>(&cfg),
        one::<TrainingHistoryDto>(&cfg),
        one::<SaveTrainingReportInput>(&cfg),
        one::<SavedTrainingReportDto>(&cfg),
    ];
    out.sort();
    out
}

#[test]
fn typescript_bindings_match_the_dtos() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../ui/src/bindings");
    let expected = generated();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::create_dir_all(&dir).unwrap();
        for entry in std::fs::read_dir(&dir).unwrap() {
            std::fs::remove_file(entry.unwrap().path()).unwrap();
        }
        for (name, text) in &expected {
            std::fs::write(dir.join(name), text).unwrap();
        }
        return;
    }
    let mut actual: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| {
            let p = e.unwrap().path();
            (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    actual.sort();
    let names = |v: &[(String, String)]| v.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
    assert_eq!(names(&actual), names(&expected), "binding files differ; run UPDATE_BINDINGS=1 cargo test -p sonae-api --test bindings");
    for ((name, got), (_, want)) in actual.iter().zip(&expected) {
        assert_eq!(got, want, "{name} drifted from the Rust DTO; run UPDATE_BINDINGS=1 cargo test -p sonae-api --test bindings");
    }
}
