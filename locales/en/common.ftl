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
