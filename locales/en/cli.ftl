# The sonae command-line tool.

cli-usage-error = Invalid command line: { $detail } (run "sonae --help" for usage)
cli-init-done = Database ready: { $path } (schema v{ $version })
cli-demo-done = Loaded the 架空市 demo data ({ $cases } cases): { $path }
cli-audit-ok = Audit log verified: { $entries } entries, no tampering found.
cli-audit-broken = Audit verification found problems ({ $count }). First problem: { $first }
cli-integrity-failed = The database integrity check found problems ({ $count }). First problem: { $first }
cli-check-ok = Check passed: the database is sound and its { $entries } audit entries show no tampering.
cli-case-list-empty = No cases.
cli-case-list-header = Receipt no.	Received (JST)	State	Category	Severity	Title
cli-drill-mark = [DRILL]
cli-severity-none = -
cli-org-exported = Organization setup written: { $path }
cli-org-imported = Organization setup imported ({ $people } people). Set passwords with "sonae account reset --login ID".
cli-account-reset = Initial password of { $login }: { $password } (must be changed at first sign-in; shown only once)

## sonae obligations / sonae calendar (docs/cli.md)

cli-input-root = the input
cli-input-stdin-unreadable = Cannot read standard input as UTF-8 text.
cli-input-not-json = The input is not valid JSON (near line { $line }, column { $column }).
cli-input-type = "{ $field }" must be { $expected }.
cli-input-expected-boolean = true or false
cli-input-expected-integer = a whole number, 0 or more
cli-input-expected-string = a string
cli-input-expected-object = an object ({ "{" } … { "}" })
cli-input-unknown-field = There is no field "{ $field }" (check the spelling).
cli-input-value = "{ $field }": "{ $value }" is not allowed. Allowed values: { $allowed }
cli-input-missing = "{ $field }" is required.
cli-input-date = "{ $field }": "{ $value }" is not a date (YYYY-MM-DD).
cli-input-range = "{ $field }": { $value } is out of range ({ $min } to { $max }).
cli-input-previous = In the --previous file: { $detail }

# National holidays (calendar::HolidayKind; cli-holiday-<code>)
cli-holiday-new-years-day = New Year's Day
cli-holiday-coming-of-age-day = Coming of Age Day
cli-holiday-national-foundation-day = National Foundation Day
cli-holiday-emperors-birthday = The Emperor's Birthday
cli-holiday-vernal-equinox-day = Vernal Equinox Day
cli-holiday-showa-day = Showa Day
cli-holiday-constitution-memorial-day = Constitution Memorial Day
cli-holiday-greenery-day = Greenery Day
cli-holiday-childrens-day = Children's Day
cli-holiday-marine-day = Marine Day
cli-holiday-mountain-day = Mountain Day
cli-holiday-respect-for-the-aged-day = Respect for the Aged Day
cli-holiday-autumnal-equinox-day = Autumnal Equinox Day
cli-holiday-health-and-sports-day = Health and Sports Day
cli-holiday-sports-day = Sports Day
cli-holiday-culture-day = Culture Day
cli-holiday-labor-thanksgiving-day = Labor Thanksgiving Day
cli-holiday-enthronement-day = Enthronement Day
cli-holiday-enthronement-ceremony-day = Day of the Enthronement Ceremony
cli-holiday-substitute-holiday = Substitute Holiday
cli-holiday-citizens-holiday = Citizens' Holiday
cli-evidence-broken = { $count } evidence files no longer match their recorded hashes (first: { $first }). The files were changed or deleted.
cli-check-evidence-ok = The contents of { $count } evidence files also match their recorded hashes.
cli-backup-created = Backup written: { $path } ({ $cases } cases, { $files } evidence files)
cli-backup-verified = Backup verified: { $files } entries match their manifest hashes ({ $cases } cases, made { $at }).
cli-backup-restored = Restored the backup (made { $at }, { $cases } cases) to { $path }. The previous database is kept with “.before-restore-<time>” appended. Run “sonae check”.

## sonae report (docs/cli.md)

cli-report-case-unknown = There is no case "{ $case }" (give its receipt number or id; "sonae case list" lists them).
cli-report-write-failed = Cannot write { $path }.
cli-report-written = Wrote the report of case { $receipt }: { $path } ({ $bytes } bytes)
cli-report-drill-note = A drill case: every page says "Drill — do not submit".
cli-drill-unknown-scenario = There is no scenario "{ $key }" (there are: { $keys }).
cli-drill-unreadable = { $path } cannot be read.
cli-drill-field-error = { $field }: { $message }

## sonae training (docs/training.md)

cli-training-sessions-none = No sessions are registered for fiscal year { $year }.
cli-training-attended-of = attended { $attended } / { $recorded }
cli-training-alert-heading = Handlers of specific personal information without a session on cyber threats in the last 12 months ({ $from } to { $today }) (name, department, designated, status):
cli-training-alert-none = Every handler of specific personal information attended a session on cyber threats in the last 12 months (as of { $today }).
cli-training-alert-last-attended = { $reason } (last attended { $date })
cli-training-alert-last-absent = { $reason } (last absent { $date })
cli-training-imported = Imported the attendance of { $count } people ({ $date } { $title }).
cli-training-session-unknown = No such session (see `sonae training sessions` for the ids). Nothing was imported.
cli-training-unreadable = Cannot read { $path }. Nothing was imported.
cli-training-not-utf8 = { $path } is not UTF-8 text. In Excel, save as “CSV UTF-8 (Comma delimited)”. Nothing was imported.
cli-training-report-written = Wrote the training report: { $path } ({ $bytes } bytes)
cli-drill-record-written = Wrote the drill record to { $path } ({ $bytes } bytes).
cli-backup-auto-made = Wrote the automatic backup { $path } ({ $removed } older automatic backups removed).
cli-backup-auto-exists = Today's automatic backup already exists: { $path }

## sonae bench (docs/performance.md)
cli-bench-progress = Generating: { $done } / { $total } cases
cli-bench-measuring = Measuring…
cli-bench-dir-unusable = Cannot use { $path } (it cannot be created, or it already holds a database). Nothing was written.
cli-bench-generated = Generated: { $cases } cases, { $timeline } timeline lines, { $tasks } tasks ({ $seconds } s)
cli-bench-encrypted = Database: encrypted (SQLCipher, SONAE_PASSPHRASE)
cli-bench-plain = Database: plain (set SONAE_PASSPHRASE to measure an encrypted one)
cli-bench-open = Opening the database (with the migration check): { $ms } ms
cli-bench-list = Case list page (50 rows): median { $p50 } ms, 95th percentile { $p95 } ms ({ $samples } pages)
cli-bench-search = Search ({ $chars } characters): median { $p50 } ms, 95th percentile { $p95 } ms
cli-bench-search-short = Search (2 characters, full scan): { $ms } ms
cli-bench-home = Home screen: { $ms } ms
cli-bench-dashboard = Dashboard: { $ms } ms
cli-bench-obligations = Deadlines of the open cases ({ $cases } assessed): { $ms } ms
cli-bench-fonts = First document (with loading the fonts): { $ms } ms
cli-bench-pdf = Document { $kind } ({ $case }, { $pages } pages): { $ms } ms
cli-bench-org-pdf = Document { $kind } (this fiscal year): { $ms } ms
cli-bench-db-size = Database size: { $mb } MB
cli-bench-rss = Peak memory: { $mb } MB
cli-bench-total = Total: { $seconds } s
cli-bench-kept = The database was kept: { $path }

# Encryption at rest (issue 9)
cli-passphrase-prompt = Passphrase for { $path }:
cli-passphrase-new = New passphrase:
cli-passphrase-again = Again:
cli-encrypted = Encrypted { $path } ({ $files } evidence files sealed).
cli-encrypted-plain-copy = Note: the file as it was before encryption is kept at { $plain }. Once `sonae check` passes on the encrypted database, erase it securely (e.g. shred -u).
cli-passphrase-changed = Changed the passphrase of { $path } (the database was re-encrypted with the new key).

## sonae stats (issue 10)
cli-stats-duration = { $hours } h { $minutes } min
cli-stats-median = { $interval } (median)
cli-stats-drills-left-out = { $count } drill cases are not counted.
cli-stats-csv-written = Statistics CSV written: { $path }
cli-annual-written = Annual report of fiscal year { $year } written: { $path } ({ $bytes } bytes)
cli-report-year-only-annual = --year is for annual (the annual report) only; give { $kind } a --case.
cli-report-case-missing = Give { $kind } a case with --case.
cli-annual-year-missing = Give annual (the annual report) a fiscal year with --year (e.g. --year 2026).
