# Shared by the Rust side (CLI, errors, PDFs) and the UI: enum labels and error messages.

## Case states
case-state-received = Received
case-state-triage = Triage
case-state-responding = Responding
case-state-recovering = Recovering
case-state-prevention = Recurrence prevention
case-state-closed = Closed
case-state-not-incident = Not an incident

## Categories
category-unauthorized-access = Unauthorized access
category-malware = Malware (incl. ransomware)
category-targeted-mail = Targeted attack mail
category-web-defacement = Web page defacement
category-dos = Denial of service (DoS)
category-data-leak = Data leak (insider, removal)
category-misdirected-mail = Mail sent to the wrong address
category-misdelivery = Paper sent or handed to the wrong person
category-loss-theft = Loss or theft (PC, media, forms)
category-sns-hijack = Social media account hijack
category-misconfig-exposure = Exposure by misconfiguration
category-system-failure = System failure
category-policy-violation = Policy violation
category-other = Other

## Severity
severity-low = Low
severity-medium = Medium
severity-high = High
severity-critical = Critical

## Organization kinds
org-kind-municipality = Municipality
org-kind-partial-affairs-association = Partial affairs association
org-kind-assembly = Assembly

## Roles
role-staff = Staff member
role-csirt-member = CSIRT member
role-csirt-lead = CSIRT lead
role-chief-security-officer = Chief information security officer's deputy
role-ciso = CISO
role-system-administrator = System administrator
role-administrator = Administrator

## Field names (used in error messages)
field-name = Name
field-prefecture = Prefecture
field-head-title = Head's title
field-ciso-title = CISO's title
field-short-name = Short name
field-roles = Roles
field-title = Title
field-summary = Summary
field-reporter-name = Reporter's name
field-text = Text

## Errors
error-field-required = Please enter "{ $field }".
error-field-too-long = "{ $field }" is too long.
error-validation = Some input is not valid.
error-not-found = The requested data was not found.
error-forbidden = You are not allowed to do this.
error-conflict = This conflicts with existing data and was not done.
error-already-initialized = This database already holds an organization. Demo data can only be loaded into an empty database.
error-storage = A database problem occurred. No data was changed.
error-db-not-found = Database file not found: { $path }
error-db-unreadable = Cannot read the database file: { $path } (the file was left untouched)
error-not-sonae-database = Not a Sonae database: { $path } (the file was left untouched)
error-schema-too-new = This database was written by a newer Sonae (schema v{ $found }; this version knows up to v{ $known }). Please update Sonae. The file was left untouched.
error-needs-migration = This database has an older schema (v{ $found }; current is v{ $known }). Run "sonae init" to upgrade it first.
error-bad-value = The database holds a value this version cannot read ({ $table }.{ $column }).
error-no-data-dir = Cannot determine where to keep data. Please set SONAE_DATA_DIR.
error-internal = An unexpected problem occurred.

## Audit verification
audit-sequence-gap = Audit entry #{ $found }: numbers are not consecutive (#{ $expected } is missing)
audit-broken-link = Audit entry #{ $seq }: the link to the previous entry is broken
audit-hash-mismatch = Audit entry #{ $seq }: the entry does not match its hash (the entry was edited)
audit-row-changed = Audit entry #{ $seq }: row { $id } of { $table } was changed after it was recorded
audit-row-missing = Audit entry #{ $seq }: row { $id } of { $table } was deleted
audit-row-unaudited = Row { $id } of { $table } has no audit entry

## Organization setup and sign-in
error-not-signed-in = Please sign in.
error-session-locked = The screen was locked after a period of inactivity. Please enter your password.
error-account-locked = This account is locked after repeated failed sign-ins. Please ask an administrator to unlock it.
error-password-change-required = Please change your initial password.
error-sign-in-failed = The login ID or password is incorrect ({ $remaining } more failures will lock the account).
error-wrong-current-password = The current password is incorrect.
error-password-too-short = The password must have at least 8 characters.
error-password-same-as-login = The password must not be the login ID.
error-password-repeated = The password must not repeat a single character.
error-password-kinds = The password must mix at least two of letters, digits and symbols.
error-login-id-format = The login ID must be 3–32 characters: ASCII letters, digits, ".", "_" or "-".
error-login-id-taken = This login ID is already used.
error-doc-number-format = The document number format must contain {"{"}n{"}"} and may use only {"{"}課略称{"}"}, {"{"}年度{"}"} and {"{"}n{"}"}.
error-out-of-range = "{ $field }" is out of range.
error-phone-format = "{ $field }" may contain only digits and hyphens.
error-email-format = "{ $field }" is not a valid address.
error-my-number-inconsistent = A system used for My Number affairs or connected to the information provision network must be registered as holding specific personal information.
error-duplicate = "{ $field }" duplicates another entry.
error-last-administrator = The last administrator cannot lose the administrator role.
error-export-failed = The file could not be written. Please check the destination.
error-org-file = The organization file has an error at { $location }: { $reason }
error-org-file-line = The organization file has an error on line { $line }: { $reason }
error-file-unreadable = Cannot read the file: { $path }
error-org-file-syntax = syntax error ({ $detail })
error-org-file-format = unsupported format version (format = { $value }).
error-unknown-code = "{ $value }" is not an allowed value.
error-unknown-reference = "{ $value }" was not found.
field-org-name = Organization name
field-ciso-name = CISO's name
field-admin-name = Administrator's name
field-admin-department-name = Department name
field-admin-department-short-name = Department short name
field-admin-login-id = Login ID
field-admin-password = Password
field-login-id = Login ID
field-password = Password
field-new-password = New password
field-current-password = Current password
field-initial-password = Initial password
field-doc-number-format = Document number format
field-ciso-report-target-minutes = Target time to report to the CISO (minutes)
field-idle-lock-minutes = Idle time before the screen locks (minutes)
field-lockout-attempts = Failed sign-ins before lockout
field-office-phone = Office phone
field-mobile-phone = Mobile phone
field-email = Mail address
field-phone = Phone
field-after-hours-phone = Night and holiday phone
field-organization = Body or company
field-section = Section or person in charge
field-note = Note
field-holds-my-number = Holds specific personal information
field-manager-person-id = Information security manager
field-manager = Information security manager
field-ciso-person-id = CISO
field-ciso = CISO
field-department-id = Department
field-department = Department
field-person-id = Person
field-id = Identifier
field-label = Label
field-code = Code
field-level = Classification level
field-kind = Kind
field-honorific = Honorific
field-segment = Network
field-axis = Classification axis
field-scheme = Classification scheme
field-format = Format version

## Emergency contact list
contact-kind-internal = Internal
contact-kind-external = Public body
contact-kind-contractor = Contractor
contacts-csv-kind = Kind
contacts-csv-roles = Roles
contacts-csv-organization = Department or body
contacts-csv-name = Name or person in charge
contacts-csv-phone = Phone
contacts-csv-mobile = Mobile or after-hours phone
contacts-csv-email = Mail
contacts-csv-note = After hours and notes

## Case record (timeline lines)
timeline-triage-updated = Updated the triage (incident or not, impact, severity, handler).
timeline-case-moved = Changed the state from "{ $from }" to "{ $to }".
timeline-case-moved-reason = Changed the state from "{ $from }" to "{ $to }". Reason: { $reason }
timeline-ciso-informed = First report made to the { $ciso } (CISO). { $note }

## Case moves
case-move-start-triage = Start triage
case-move-not-incident = Close as not an incident
case-move-judge-incident = Judge it an incident
case-move-start-recovery = Move to recovery
case-move-start-prevention = Move to recurrence prevention
case-move-close = Close
case-move-step-back = Step back
case-move-reopen = Reopen
missing-reason = No reason was given
missing-rationale = The rationale (incident or not) is missing
missing-severity = No severity is chosen
missing-impact = The impact is not described
missing-handler = Nobody is assigned
missing-open-tasks = Mandatory tasks are neither done nor waived with a reason
missing-recovery-not-verified = Recovery (security functions working again) is not verified
missing-root-cause = The root cause is missing
missing-measures = No recurrence-prevention measure is recorded
missing-ciso-not-informed = The first report to the CISO is not recorded
field-reason = Reason
field-rationale = Rationale
field-impact = Impact
field-handler-person-id = Handler
field-at = Date and time
error-case-closed = A closed case cannot be changed. Reopen it first.
error-case-move-not-allowed = That move is not possible from the current state.
error-case-move-missing = Conditions are still missing for this move.

# training (研修, issue 8): enum labels, field names and errors, shared by Rust and the UI
training-topic-cyber-threats = Cyber threats and counter-measures
training-topic-security-policy = Information security policy
training-topic-personal-info = Handling personal and specific personal information
training-topic-incident-response = Responding to incidents
training-topic-targeted-mail-drill = Targeted-attack mail drill
training-topic-system-operation = Operating information systems
training-topic-contractor-management = Managing contractors
training-topic-other = Other
training-audience-all-staff = All staff
training-audience-my-number-handlers = Handlers of specific personal information
training-audience-managers = Managers
training-audience-csirt = CSIRT members
training-audience-system-staff = System staff
training-audience-contractors = Contractors
training-attendance-attended = Attended
training-attendance-absent = Absent
training-alert-reason-never-trained = Never trained
training-alert-reason-expired = Last trained more than 12 months ago
training-alert-reason-only-absent = Only absent (no make-up)
field-fiscal-year = Fiscal year
field-plan-title = Plan
field-goals = Goals
field-plan-content = Schedule
field-approved-on = Approved on
field-approved-by = Approved by
field-held-on = Date
field-session-title = Session title
field-topics = Content
field-audience = Audience
field-instructor = Instructor
field-makeup-of = Make-up for
field-session-id = Session
field-comprehension = Comprehension
field-designated-on = Designated on
field-day = Date
field-csv = Attendance CSV
error-date-future = “{ $field }” cannot be a future date.
error-training-topics-required = Choose at least one content item for the session.
error-training-makeup-of-makeup = A make-up can only be for an original session (not a make-up, and a session with make-ups cannot become one).
error-training-makeup-before-original = A make-up session cannot be held before the session it makes up for.
error-training-not-held-yet = Attendance cannot be recorded before the session is held.
error-training-attended-future = A session with recorded attendance cannot be moved to a future date.
error-training-score-format = “{ $field }” must be a whole number from 0 to 100.
error-training-score-absent = “{ $field }” cannot be given for someone who was absent.
error-training-released-before-designated = The release date cannot be before the designation date.
error-training-not-handler = This person is not designated as a handler.
error-training-csv-empty = The CSV is empty. Put the header (氏名,出欠,理解度) on line 1. Nothing was imported.
error-training-csv-quote = The quote (") opened on line { $line } of the CSV is never closed. Nothing was imported.
error-training-csv-header-missing = The CSV header (line { $line }) has no “{ $column }” column. People are matched by name. Nothing was imported.
error-training-csv-header-twice = The CSV header (line { $line }) has two “{ $column }” columns. Nothing was imported.
error-training-csv-no-rows = The CSV has no attendance rows. Nothing was imported.
error-training-csv-required = Row { $row } of the CSV (line { $line }): “{ $column }” is empty. Nothing was imported.
error-training-csv-name-unknown = Row { $row } of the CSV (line { $line }): nobody registered matches “{ $column }”. Nothing was imported.
error-training-csv-name-ambiguous = Row { $row } of the CSV (line { $line }): several people share this “{ $column }”; record this person on the screen. Nothing was imported.
error-training-csv-name-twice = Row { $row } of the CSV (line { $line }): this person is already on an earlier row. Nothing was imported.
error-training-csv-attendance = Row { $row } of the CSV (line { $line }): “{ $column }” must be 出席 (attended) or 欠席 (absent). Nothing was imported.
error-training-csv-score = Row { $row } of the CSV (line { $line }): “{ $column }” must be a whole number from 0 to 100. Nothing was imported.
error-training-csv-score-absent = Row { $row } of the CSV (line { $line }) is absent but has a “{ $column }”. Nothing was imported.

# Encryption at rest (issue 9)
error-db-encrypted = The database is encrypted. Enter the organization's passphrase ({ $path }).
error-passphrase-wrong = Wrong passphrase (or not an encrypted Sonae database). The file was left untouched.
error-passphrase-too-short = The passphrase must be at least { $min } characters long.
error-passphrase-mismatch = The passphrase typed to confirm does not match.
error-passphrase-unchanged = The new passphrase is the same as the current one.
error-passphrase-env = Cannot read the passphrase. Run this in a terminal or set the environment variable { $name }.
error-db-not-encrypted = The database is not encrypted.
error-db-already-encrypted = The database is already encrypted.
error-encrypt-check-failed = The encrypted copy failed its check. The original database is unchanged and still in use.
error-no-database = There is no database yet. Choose the organization's passphrase to create it.
field-passphrase = Passphrase
field-confirm-passphrase = Passphrase (again)
field-current-passphrase = Current passphrase
field-new-passphrase = New passphrase
