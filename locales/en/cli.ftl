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
