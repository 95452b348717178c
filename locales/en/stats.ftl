# Statistics, dashboard and the annual report (issue 10). Shared by Rust and the UI.

## Groupings (sonae_core::stats::Grouping)
stats-group-category = Category
stats-group-department = Department
stats-group-severity = Severity
stats-group-month = Month
stats-group-fiscal-year = Fiscal year

## Measured intervals (sonae_core::stats::Interval)
stats-interval-triage = Report to triage
stats-interval-ciso = Report to first report to the CISO
stats-interval-containment = Report to containment
stats-interval-closure = Report to closure

## Tables and CSV
stats-total = Total
stats-department-none = No department given
stats-severity-none = Not set
stats-month = { $year } month { $month }
stats-csv-count = Cases
stats-csv-open = Of which open
stats-csv-reached = { $interval }: reached
stats-csv-not-yet = { $interval }: not yet
stats-csv-median = { $interval }: median (min)
stats-csv-mean = { $interval }: mean (min)

field-stats-from = First day of the period
field-stats-to = Last day of the period
error-stats-period-order = The "last day of the period" must not be before its first day.

## Screens (UI)
ui-nav-stats = Statistics
ui-dash-title = Dashboard
ui-dash-note = Drill cases are not counted. Each item opens the case list or the deadlines.
ui-dash-open-total = Open cases
ui-dash-deadlines-overdue = Reports and notices overdue
ui-dash-deadlines-today = Due today
ui-dash-deadlines-week = Due within 7 days (from tomorrow)
ui-dash-by-state = Open cases by state
ui-dash-by-severity = Open cases by severity
ui-dash-severity-none = Not set
ui-dash-ciso = Waiting on the CISO
ui-dash-ciso-first-report = First report not made
ui-dash-ciso-meeting-decision = Emergency meeting decision pending
ui-dash-next-drill = Next drill
ui-dash-next-drill-none = No drill is planned.
ui-dash-next-drill-undated = Date not set
ui-dash-next-drill-overdue = Its planned day has passed
ui-dash-drills-planned = { $count } drills planned
ui-dash-training = Overdue for training (My Number handlers)
ui-dash-people-unit = { $count ->
    [one] person
   *[other] people
}
ui-dash-today = As of { $date }
ui-stats-title = Statistics
ui-stats-intro = Counts of cases and the time from the report to each stage (median and mean). The period is of report days.
ui-stats-group-by = Group by
ui-stats-run = Count
ui-stats-export = Export CSV
ui-stats-exported = CSV written: { $path }
ui-stats-note = Periods and times follow the report day (Japan time). Cases that have not reached a stage are left out of its times and counted as not yet.
ui-stats-drills-left-out = { $count } drill cases are not counted.
ui-stats-chart-title = Cases by { $group }
ui-stats-table-caption = Statistics
ui-stats-total = Total
ui-stats-median-head = median
ui-stats-mean-reached = mean { $mean } · reached { $reached } · not yet { $notYet }
ui-stats-duration-hm = { $hours } h { $minutes } min
ui-stats-duration-m = { $minutes } min
ui-stats-annual-title = Annual report (information security committee)
ui-stats-annual-intro = Saves the fiscal year's annual report as PDF: cases by category and month, reports and notices and whether on time, training and drills.
ui-stats-annual-year = Fiscal year
ui-stats-annual-path = Save to
ui-stats-annual-save = Save the annual report
ui-stats-annual-overwrite = Overwrite
ui-stats-annual-saved = Annual report saved: { $path }

## The annual report (PDF; sonae_forms::annual_report — documents are Japanese whatever the UI language)
forms-annual-title = { $fiscalYear } annual report on information security incidents
forms-annual-subject = Information security incidents in { $fiscalYear } (annual report)
forms-annual-preamble = We report the state as of { $asOf } as follows.
forms-annual-item-category = Incidents by category
forms-annual-item-month = Incidents by month
forms-annual-item-interval = Time taken
forms-annual-item-notification = Reports and notices to outside bodies
forms-annual-item-training = Training
forms-annual-item-drill = Drills
forms-annual-total = { $total } cases were reported ({ $open } still open). { $drills } drill cases are not included.
forms-annual-no-cases = No cases.
forms-annual-total-row = Total
forms-annual-unit-cases = { " " }cases
forms-annual-month = Month { $month }
forms-annual-column-category = Category
forms-annual-column-count = Cases
forms-annual-column-open = Open
forms-annual-column-median-triage = To triage (median)
forms-annual-column-median-closure = To closure (median)
forms-annual-column-interval = Interval
forms-annual-column-reached = Reached
forms-annual-column-median = Median
forms-annual-column-mean = Mean
forms-annual-column-not-yet = Not yet
forms-annual-interval-note = Times run from the report to each stage, from the case records (their change history). Cases that have not reached a stage are left out of its times and counted as not yet. The median of an even count is the mean of the middle two.
forms-annual-none-mark = -
forms-annual-days-hours = { $days } d { $hours } h
forms-annual-hours-minutes = { $hours } h { $minutes } min
forms-annual-minutes = { $minutes } min
forms-annual-no-notifications = No report or notice to outside bodies was owed for the year's cases.
forms-annual-notification-summary = Of { $owed } reports and notices owed, { $sent } were sent, { $onTime } on time.
forms-annual-column-receipt = Receipt no.
forms-annual-column-destination = To
forms-annual-column-stage = Stage
forms-annual-column-due = Due
forms-annual-column-sent = Sent
forms-annual-column-timeliness = On time
forms-annual-on-time = On time
forms-annual-late = Late ({ $days } days)
forms-annual-sent = Sent
forms-annual-not-sent = Not sent
forms-annual-not-sent-overdue = Not sent (overdue)
forms-annual-training-summary = { $sessions } sessions were held, with { $attended } attendances of { $recorded }. { $alerts } My Number handlers have had no training on cyber threats in the last 12 months.
forms-annual-training-note = Comprehension, absentees and make-ups per session are in the training report.
forms-annual-no-drills = No drill was planned or held in the year.
forms-annual-drill-summary = { $planned } drills were planned, { $held } held.
forms-annual-drill-not-held = Not held
forms-annual-column-drill-day = Day
forms-annual-column-drill-name = Drill
forms-annual-column-drill-kind = Kind
forms-annual-column-targets = Targets met
forms-annual-targets-met = { $met } of { $targets } met
ui-stats-date-hint = Year-month-day (empty: no limit)
