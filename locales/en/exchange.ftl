# Exchanging signed case bundles between installations: errors, field names, timeline lines.
# The bundle format is docs/exchange.md.

error-bundle-tampered = The case bundle has been altered or damaged (a hash or the signature does not match). Nothing was imported.
error-bundle-unknown-key = The case bundle is signed by a key that is not trusted here (fingerprint { $fingerprint }). Nothing was imported.
error-bundle-revoked-key = The case bundle is signed by the revoked key “{ $name }” (fingerprint { $fingerprint }). Nothing was imported.
error-bundle-truncated = The case bundle cannot be read (it is cut short, or not a case bundle). Nothing was imported.
error-bundle-too-large = The case bundle is too large (limit { $limit } MB). Nothing was imported.
error-bundle-format = The case bundle is not in the expected format ({ $detail }). Nothing was imported.
error-bundle-format-version = Bundle format version { $value } is not supported (supported: { $known }). Nothing was imported.
error-bundle-schema = The case bundle was made by another version of Sonae (database version { $value }, this one { $known }). Nothing was imported.
error-bundle-conflict = Data with the same identifier already exists here with different content ({ $table }, { $id }). Nothing was imported.
error-bundle-reference = The { $kind } “{ $name }” the case refers to is not in this installation's organization. Register it in the organization setup, then import again.
error-bundle-evidence-missing = An evidence file (SHA-256: { $file }) is missing or no longer matches its recorded hash, so no bundle can be made.
error-key-file = The installation's signing key file ({ $path }) cannot be read or written.
error-key-name = Enter a name for the key (at most 100 characters).
error-key-invalid = Enter the public key as 64 hexadecimal digits.
error-key-unknown = No key with fingerprint { $fingerprint } is registered.

field-key-name = Key name
field-public-key = Public key

exchange-ref-person = person
exchange-ref-department = department
exchange-ref-system = information system
exchange-ref-class-level = classification level

timeline-bundle-imported = { $who } imported a case bundle received from “{ $name }” (key { $fingerprint }; { $count } new records).
timeline-bundle-renumbered = Receipt number { $original } is already used here, so this case is numbered { $receipt }.

cli-exchange-key = This installation's key fingerprint: { $fingerprint }
    Public key: { $key }
cli-exchange-trusted = Trusted key “{ $name }” (fingerprint { $fingerprint }).
cli-exchange-revoked = Revoked key “{ $name }” (fingerprint { $fingerprint }).
cli-exchange-key-revoked = revoked { $at }
cli-export-exists = { $path } already exists; it is not overwritten.
cli-export-case-unknown = No case { $case } (give its receipt number or id).
cli-export-written = Wrote case { $receipt } to { $path } (signed with key { $fingerprint }).
cli-import-done = Imported case { $receipt } from “{ $name }” (key { $fingerprint }; { $count } new records).
cli-import-unchanged = Case { $receipt } was already imported; nothing changed (“{ $name }”, key { $fingerprint }).

# Handing over a staff report (report file)
error-bundle-file-exists = { $path } already exists; it is not overwritten. Choose another file name.
error-bundle-write = Could not write { $path }. Check the folder and the free space.
timeline-report-bundle-imported = { $who } imported a staff report file received from “{ $name }” (key { $fingerprint }; receipt number at the reporting installation: { $original }).
cli-export-report-unknown = No report { $report } (give the report's id).
cli-export-report-written = Wrote the report (receipt number { $receipt }) to { $path } (signed with key { $fingerprint }). Import it on the CSIRT's installation with “sonae import”.
cli-import-report-done = Imported a staff report from “{ $name }” (key { $fingerprint }) as case { $receipt } ({ $count } new records).
cli-import-report-unchanged = The staff report (case { $receipt }) was already imported; nothing changed (“{ $name }”, key { $fingerprint }).

# Progress of long operations (the CLI prints it on stderr, the app above the progress bar)
cli-progress-backup-database = Copying the database…
cli-progress-backup-files = Writing the backup… { $done }/{ $total } files
cli-progress-verify = Verifying the backup… { $percent } %
cli-progress-restore = Restoring… { $percent } %
cli-progress-bundle-export = Writing the file… { $done }/{ $total } items
cli-progress-bundle-check = Checking the file… { $done }/{ $total } items
cli-progress-bundle-import = Importing… { $done }/{ $total } items
field-backup-path = Backup file
field-bundle-path = File
