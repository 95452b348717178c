# Annual training report (issue 8; 000 §5.2(2)⑥⑦, 004 第24条4). Rust only (sonae-forms/src/training_report.rs).
# Documents are Japanese whatever the UI language; these English words are for development.

forms-training-title = Information security training report, { $fiscalYear }
forms-training-subject = Information security training in { $fiscalYear } (report)
forms-training-preamble = We report the training held in { $fiscalYear } as of { $asOf } as follows.
forms-training-addressee-committee = Information Security Committee
forms-training-sender-role = Chief Information Security Officer (統括)
forms-training-sender-org = { $org }

forms-training-item-plan = Training plan
forms-training-plan-none = No training plan is registered for this fiscal year.
forms-training-plan-title = Plan
forms-training-plan-approval = Approval
forms-training-plan-approved = Approved by { $by } on { $date }
forms-training-plan-not-approved = Not approved
forms-training-plan-goals = Goals
forms-training-plan-content = Schedule

forms-training-item-sessions = Sessions held
forms-training-summary = As of { $asOf }, { $sessions } sessions were held ({ $makeups } of them make-ups) with { $attended } attendances in total. Attendance rate { $rate }, average comprehension { $average }.
forms-training-sessions-none = No sessions are registered for this fiscal year.
forms-training-sessions-note = Attendance counts those recorded as present among those recorded; the rate is their share; comprehension is the average test score (out of 100).
forms-training-column-date = Date
forms-training-column-title = Session
forms-training-column-topics = Content
forms-training-column-audience = Audience
forms-training-column-attended = Attended
forms-training-column-rate = Rate
forms-training-column-average = Comprehension
forms-training-attended-of = { $attended } / { $recorded }
forms-training-percent = { $value }%
forms-training-points = { $value } points
forms-training-planned = Planned
forms-training-month-day = { $month }/{ $day }
forms-training-none-mark = -
forms-training-makeup-title = { $title } (make-up for { $date })

forms-training-item-absentees = Absentees and make-up sessions
forms-training-absentees-none = Nobody was absent.
forms-training-column-session = Session
forms-training-column-department = Department
forms-training-column-name = Name
forms-training-column-makeup = Make-up
forms-training-session-ref = { $date } { $title }
forms-training-makeup-taken = Attended { $date }
forms-training-makeup-not-taken = Not taken

forms-training-item-alert = Handlers of specific personal information without training in the last 12 months
forms-training-alert-basis = Under Article 32 of the My Number Act Enforcement Order, these handlers of specific personal information have not attended a session on cyber threats and counter-measures in the 12 months up to { $asOf }:
forms-training-alert-none = Nobody.
forms-training-alert-action = They are to attend a make-up session promptly.
forms-training-column-designated = Designated
forms-training-column-reason = Status
forms-training-reason-never-trained = No training on record
forms-training-reason-expired = Last trained on { $date } (more than 12 months ago)
forms-training-reason-only-absent = Absent (last on { $date }), no make-up taken
