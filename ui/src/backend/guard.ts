// A `Backend` that reports a lost session: when a call fails with code `unauthenticated` (nobody
// signed in, or the screen was idle-locked), `onUnauthenticated` runs before the error is rethrown,
// so the app can show the sign-in or lock screen while the current screen keeps what was typed.

import type { Backend } from "./backend";
import { toApiError } from "./errors";

export function guardBackend(backend: Backend, onUnauthenticated: () => void): Backend {
  function wrap<A extends unknown[], R>(call: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
    return async (...args: A) => {
      try {
        return await call(...args);
      } catch (e) {
        const error = toApiError(e);
        if (error.code === "unauthenticated") onUnauthenticated();
        throw error;
      }
    };
  }
  const b = backend;
  return {
    sessionStatus: wrap(() => b.sessionStatus()),
    signIn: wrap((input) => b.signIn(input)),
    signOut: wrap(() => b.signOut()),
    changePassword: wrap((input) => b.changePassword(input)),
    completeSetup: wrap((input) => b.completeSetup(input)),
    loadDemo: wrap(() => b.loadDemo()),
    home: wrap(() => b.home()),
    orgSetup: wrap(() => b.orgSetup()),
    updateOrgProfile: wrap((input) => b.updateOrgProfile(input)),
    updateClassLevel: wrap((input) => b.updateClassLevel(input)),
    listDepartments: wrap(() => b.listDepartments()),
    saveDepartment: wrap((input) => b.saveDepartment(input)),
    listPeople: wrap(() => b.listPeople()),
    savePerson: wrap((input) => b.savePerson(input)),
    setAccount: wrap((input) => b.setAccount(input)),
    unlockAccount: wrap((input) => b.unlockAccount(input)),
    listSystems: wrap(() => b.listSystems()),
    saveSystem: wrap((input) => b.saveSystem(input)),
    listContacts: wrap(() => b.listContacts()),
    saveContact: wrap((input) => b.saveContact(input)),
    exportContactsCsv: wrap(() => b.exportContactsCsv()),
    reportOptions: wrap(() => b.reportOptions()),
    saveReportDraft: wrap((input) => b.saveReportDraft(input)),
    openReportDrafts: wrap(() => b.openReportDrafts()),
    discardReportDraft: wrap((draftId) => b.discardReportDraft(draftId)),
    submitReport: wrap((input) => b.submitReport(input)),
    myReports: wrap(() => b.myReports()),
    allReports: wrap(() => b.allReports()),
    getReport: wrap((reportId) => b.getReport(reportId)),
    listGuidance: wrap(() => b.listGuidance()),
    saveGuidance: wrap((input) => b.saveGuidance(input)),
    searchCases: wrap((filter) => b.searchCases(filter)),
    getCase: wrap((caseId) => b.getCase(caseId)),
    triageCase: wrap((input) => b.triageCase(input)),
    moveCase: wrap((input) => b.moveCase(input)),
    recordCisoReport: wrap((input) => b.recordCisoReport(input)),
    addTimelineEntry: wrap((input) => b.addTimelineEntry(input)),
    saveTask: wrap((input) => b.saveTask(input)),
    setTaskStatus: wrap((input) => b.setTaskStatus(input)),
    addEvidence: wrap((input) => b.addEvidence(input)),
    attachEvidenceFile: wrap((input) => b.attachEvidenceFile(input)),
    transferCustody: wrap((input) => b.transferCustody(input)),
    recheckEvidence: wrap((caseId) => b.recheckEvidence(caseId)),
    holdMeeting: wrap((input) => b.holdMeeting(input)),
    proposeDecision: wrap((input) => b.proposeDecision(input)),
    decideDecision: wrap((input) => b.decideDecision(input)),
    saveRootCause: wrap((input) => b.saveRootCause(input)),
    saveMeasure: wrap((input) => b.saveMeasure(input)),
    severityLabels: wrap(() => b.severityLabels()),
    caseObligations: wrap((caseId) => b.caseObligations(caseId)),
    saveObligationFacts: wrap((input) => b.saveObligationFacts(input)),
    setNotificationState: wrap((input) => b.setNotificationState(input)),
    deadlines: wrap(() => b.deadlines()),
    caseDocuments: wrap((caseId) => b.caseDocuments(caseId)),
    saveParticulars: wrap((input) => b.saveParticulars(input)),
    documentPreview: wrap((request) => b.documentPreview(request)),
    ppcPasteText: wrap((request) => b.ppcPasteText(request)),
    saveDocument: wrap((input) => b.saveDocument(input)),
    saveSubmission: wrap((input) => b.saveSubmission(input)),
    documentFolder: wrap(() => b.documentFolder()),
    documentAddressees: wrap(() => b.documentAddressees()),
    saveDocumentAddressees: wrap((input) => b.saveDocumentAddressees(input)),
    saveSeverityLabels: wrap((input) => b.saveSeverityLabels(input)),
    destinationPolicy: wrap(() => b.destinationPolicy()),
    saveDestinationPolicy: wrap((input) => b.saveDestinationPolicy(input)),
    linkCase: wrap((input) => b.linkCase(input)),
    listPlaybooks: wrap(() => b.listPlaybooks()),
    playbookHistory: wrap((category) => b.playbookHistory(category)),
    savePlaybook: wrap((input) => b.savePlaybook(input)),
  };
}
