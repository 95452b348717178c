// `Backend` over Tauri IPC. Command names must match the `#[tauri::command]`s in src-tauri.
// Commands that take input take exactly one argument named `input`; the others name their one
// argument as Tauri does (Rust's snake_case parameter in camelCase: `draft_id` → `draftId`).

import { invoke } from "@tauri-apps/api/core";
import type { AccountInput } from "../bindings/AccountInput";
import type { ChangePasswordInput } from "../bindings/ChangePasswordInput";
import type { ClassLevelInput } from "../bindings/ClassLevelInput";
import type { ContactDto } from "../bindings/ContactDto";
import type { ContactInput } from "../bindings/ContactInput";
import type { DepartmentDto } from "../bindings/DepartmentDto";
import type { DepartmentInput } from "../bindings/DepartmentInput";
import type { ExportDto } from "../bindings/ExportDto";
import type { GuidanceDto } from "../bindings/GuidanceDto";
import type { HomeDto } from "../bindings/HomeDto";
import type { OrgProfileInput } from "../bindings/OrgProfileInput";
import type { OrgSetupDto } from "../bindings/OrgSetupDto";
import type { PersonDto } from "../bindings/PersonDto";
import type { PersonInput } from "../bindings/PersonInput";
import type { PersonRef } from "../bindings/PersonRef";
import type { ReportDraftDto } from "../bindings/ReportDraftDto";
import type { ReportDto } from "../bindings/ReportDto";
import type { ReportOptionsDto } from "../bindings/ReportOptionsDto";
import type { ReportReceiptDto } from "../bindings/ReportReceiptDto";
import type { ReportSummaryDto } from "../bindings/ReportSummaryDto";
import type { SaveDraftInput } from "../bindings/SaveDraftInput";
import type { SessionDto } from "../bindings/SessionDto";
import type { SetupInput } from "../bindings/SetupInput";
import type { SignInInput } from "../bindings/SignInInput";
import type { SubmitReportInput } from "../bindings/SubmitReportInput";
import type { SystemDto } from "../bindings/SystemDto";
import type { SystemInput } from "../bindings/SystemInput";
import type { Backend } from "./backend";
import { toApiError } from "./errors";

async function call<T>(command: string, input?: unknown): Promise<T> {
  return input === undefined ? callWith<T>(command) : callWith<T>(command, { input });
}

async function callWith<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return args === undefined ? await invoke<T>(command) : await invoke<T>(command, args);
  } catch (error) {
    throw toApiError(error);
  }
}

export class TauriBackend implements Backend {
  sessionStatus(): Promise<SessionDto> {
    return call("session_status");
  }

  signIn(input: SignInInput): Promise<SessionDto> {
    return call("sign_in", input);
  }

  signOut(): Promise<SessionDto> {
    return call("sign_out");
  }

  changePassword(input: ChangePasswordInput): Promise<SessionDto> {
    return call("change_password", input);
  }

  completeSetup(input: SetupInput): Promise<SessionDto> {
    return call("complete_setup", input);
  }

  loadDemo(): Promise<SessionDto> {
    return call("load_demo");
  }

  home(): Promise<HomeDto> {
    return call("home");
  }

  orgSetup(): Promise<OrgSetupDto> {
    return call("org_setup");
  }

  updateOrgProfile(input: OrgProfileInput): Promise<OrgSetupDto> {
    return call("update_org_profile", input);
  }

  updateClassLevel(input: ClassLevelInput): Promise<OrgSetupDto> {
    return call("update_class_level", input);
  }

  listDepartments(): Promise<DepartmentDto[]> {
    return call("list_departments");
  }

  saveDepartment(input: DepartmentInput): Promise<DepartmentDto[]> {
    return call("save_department", input);
  }

  listPeople(): Promise<PersonDto[]> {
    return call("list_people");
  }

  savePerson(input: PersonInput): Promise<PersonDto[]> {
    return call("save_person", input);
  }

  setAccount(input: AccountInput): Promise<PersonDto[]> {
    return call("set_account", input);
  }

  unlockAccount(input: PersonRef): Promise<PersonDto[]> {
    return call("unlock_account", input);
  }

  listSystems(): Promise<SystemDto[]> {
    return call("list_systems");
  }

  saveSystem(input: SystemInput): Promise<SystemDto[]> {
    return call("save_system", input);
  }

  listContacts(): Promise<ContactDto[]> {
    return call("list_contacts");
  }

  saveContact(input: ContactInput): Promise<ContactDto[]> {
    return call("save_contact", input);
  }

  exportContactsCsv(): Promise<ExportDto> {
    return call("export_contacts_csv");
  }

  reportOptions(): Promise<ReportOptionsDto> {
    return call("report_options");
  }

  saveReportDraft(input: SaveDraftInput): Promise<ReportDraftDto> {
    return call("save_report_draft", input);
  }

  openReportDrafts(): Promise<ReportDraftDto[]> {
    return call("open_report_drafts");
  }

  async discardReportDraft(draftId: string): Promise<void> {
    await callWith<null>("discard_report_draft", { draftId });
  }

  submitReport(input: SubmitReportInput): Promise<ReportReceiptDto> {
    return call("submit_report", input);
  }

  myReports(): Promise<ReportSummaryDto[]> {
    return call("my_reports");
  }

  allReports(): Promise<ReportSummaryDto[]> {
    return call("all_reports");
  }

  getReport(reportId: string): Promise<ReportDto> {
    return callWith("get_report", { reportId });
  }

  listGuidance(): Promise<GuidanceDto[]> {
    return call("list_guidance");
  }

  saveGuidance(input: GuidanceDto): Promise<GuidanceDto[]> {
    return call("save_guidance", input);
  }
}
