# Case work: errors, field names and timeline lines of tasks, evidence, meetings, decisions,
# root cause and measures. Shared by Rust and the UI.

## Errors

error-task-waive-reason = To mark a task as not needed, give the reason in “{ $field }”.
error-custody-same-holder = The evidence is handed over to the person who already holds it.
error-custody-before-previous = “{ $field }” must be after the evidence was collected and after its previous handover.
error-measure-due-required = A planned measure needs “{ $field }”.
error-playbook-empty = A playbook needs at least one step.
error-playbook-too-many = A playbook can have at most 100 steps.
error-playbook-due-hours = Enter “{ $field }” as a number of hours from 1 to 8784.
error-decision-own-proposal = You cannot approve or reject a decision you proposed yourself (separation of duties). Ask another lead to decide it.
error-decision-already-decided = This decision has already been approved or rejected.
error-evidence-file-too-large = The file is too large (limit { $maxMb } MB). Secure large evidence on external media and record where it is kept.
error-evidence-file-unreadable = The file's content could not be read. Please choose it again.
error-evidence-file-empty = An empty file cannot be attached as evidence.
error-evidence-file-name = The file name is too long or contains characters that cannot be used.
error-date-format = Enter “{ $field }” as a date (year-month-day).

## Field names

field-description = Description
field-source-detail = Source details
field-collected-by = Collected by
field-collected-at = Collected at
field-storage-place = Storage place
field-from = Handed over by
field-to = Handed over to
field-purpose = Purpose
field-participants = Participants
field-agenda = Agenda
field-notes = Summary of the discussion
field-held-at = Held at
field-due-at = Due
field-due-on = Due date
field-owner = Owner
field-narrative = Cause in detail
field-ciso-instructions = CISO's instructions
field-assignee-person-id = Assignee
field-file-name = File name
field-file = File
field-steps = Steps
field-due-hours = Due (hours)
field-meeting-id = Meeting
field-page-size = Page size
field-cause-category = Cause category

## Tasks created when a case is judged an incident

task-ciso-report = First report to the { $ciso } (CISO)

## Timeline lines

timeline-task-added = Added task “{ $title }” to { $list }.
timeline-task-edited = Changed task “{ $title }”.
timeline-task-done = Completed task “{ $title }”.
timeline-task-done-note = Completed task “{ $title }”. { $note }
timeline-task-waived = Marked task “{ $title }” as not needed. Reason: { $reason }
timeline-task-reopened = Reopened task “{ $title }”.
timeline-evidence-added = Collected evidence “{ $description }” (kept at: { $place }).
timeline-evidence-file-attached = Attached file “{ $file }” to evidence “{ $description }” (SHA-256: { $sha256 }).
timeline-custody-transferred = Evidence “{ $description }” handed over from { $from } to { $to } (purpose: { $purpose }).
timeline-evidence-rechecked = Re-checked { $count } evidence files; all match their recorded hashes.
timeline-evidence-recheck-failed = Re-checked { $count } evidence files; { $bad } do not match their recorded hashes ({ $files }).
timeline-meeting-held = Held an emergency response meeting. Agenda: { $agenda } (participants: { $participants })
timeline-decision-proposed = Proposed a decision: { $text }
timeline-decision-approved = Approved the decision: { $text } { $note }
timeline-decision-rejected = Rejected the decision: { $text } { $note }
timeline-root-cause-saved = Recorded the root cause ({ $category }).
timeline-measure-saved = Recorded a recurrence-prevention measure ({ $status }): { $text } (owner: { $owner })
timeline-playbook-applied = Created { $count } tasks from the playbook ({ $category }, revision { $revision }).

## Obligations and the notification tracker (timeline lines and errors)

error-notification-not-sent = It has not been recorded as sent, so it cannot be acknowledged or supplemented. Record when and how it was sent first.
field-known-on = Day the organization knew
field-sent-at = Sent at
field-method = Sent by
field-document = Document sent
field-state = State
field-personal-info-max-persons = Number of persons (personal information)
field-my-number-max-persons = Number of persons (My Number)
timeline-obligations-assessed = Assessed the reports and notices owed (known on { $known }). Owed: { $owed }
timeline-obligation-added = { $obligation } is now owed. { $changes } (changed facts: { $because })
timeline-obligation-removed = { $obligation } is no longer owed. (changed facts: { $because })
timeline-obligation-updated = { $obligation } changed. { $changes } (changed facts: { $because })
timeline-obligation-final-days = The final report is now due in { $to } days instead of { $from }.
timeline-obligation-final-deadline = The final report's deadline is { $date }.
timeline-obligation-trigger-added = Reportable event “{ $trigger }” was added.
timeline-notification-state = { $destination } ({ $stage }) marked “{ $state }”.

## Links between cases

link-kind-duplicate = Duplicate
link-kind-related = Related
field-other-receipt-no = Receipt number of the case to link
error-link-self = A case cannot be linked to itself.
error-link-unknown = No case has the receipt number given in “{ $field }”. Please check it.
error-link-exists = These cases are already linked.
timeline-case-linked = Linked case { $receipt } as { $kind }.
timeline-case-linked-from = Case { $receipt } linked this case as { $kind }.
field-soumu-target-days = Target days for the Ministry
field-prefecture-target-days = Target days for the prefecture
field-soumu-severity = Severity from which the Ministry is told
field-prefecture-severity = Severity from which the prefecture is told

## Backups

error-backup-exists = A file already exists where the backup would be written: { $path } (it is not overwritten).
error-backup-write = A file could not be written while creating or restoring the backup. Check the free space and permissions.
error-backup-evidence-missing = Evidence file { $file } is missing, so no backup was made. Run “sonae check”.
error-backup-evidence-changed = Evidence file { $file } no longer matches its recorded hash, so no backup was made. Run “sonae check”.
error-backup-unreadable = The backup file cannot be read (it is damaged or cut short).
error-backup-manifest = The backup file has no valid manifest (manifest.json).
error-backup-format = This backup format is not supported (format = { $value }).
error-backup-unexpected-entry = The backup file holds something it should not: { $entry }
error-backup-missing-entry = The backup file lacks a required entry: { $entry }
error-backup-mismatch = The backup file's content does not match its manifest: { $entry } (tampered with or damaged).
field-query = Search words
