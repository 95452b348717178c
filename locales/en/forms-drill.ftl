# forms-drill: PDF documents (sonae-forms), see forms.ftl
# Drill record (訓練実施記録). The documents are Japanese; these keep id parity and allow an
# English rendering for reading along.

forms-drill-title = Drill record
forms-drill-running-head = Drill record: { $name }
forms-drill-created = Prepared on { $date }
forms-drill-preamble = The incident response drill below was carried out; this is the record of its results.

## Items

forms-drill-item-overview = Overview
forms-drill-item-scenario = Scenario
forms-drill-item-participants = Participants
forms-drill-item-results = Target times and results
forms-drill-item-log = Timed log
forms-drill-item-calls = Call tree results
forms-drill-item-good-points = What went well
forms-drill-item-issues = Issues
forms-drill-item-actions = Improvement actions (owner, due date)
forms-drill-item-revision = Playbook revision needed
forms-drill-item-approval = Approval and report

## Overview

forms-drill-field-name = Drill
forms-drill-field-kind = Kind
forms-drill-field-fiscal-year = Fiscal year
forms-drill-field-when = Date and time
forms-drill-field-purpose = Purpose
forms-drill-field-structure = Organisation
forms-drill-field-scope = Scope
forms-drill-field-playbook = Playbook used
forms-drill-field-receipt-no = Drill case receipt no.
forms-drill-when = { $start } to { $end }
forms-drill-when-open = from { $start } (end not recorded)
forms-drill-time = { $hour }:{ $minute }
forms-drill-playbook-standard = { $title } (standard)
forms-drill-playbook-revision = { $title } (revision { $revision })
forms-drill-not-recorded = (not recorded)
forms-drill-no-case = (no drill case)

## Kind (sonae_core::drill::DrillKind)

forms-drill-kind-tabletop = Tabletop exercise
forms-drill-kind-functional = Functional exercise
forms-drill-kind-full-scale = Full-scale exercise
forms-drill-kind-call-tree = Call tree exercise
forms-drill-kind-external = External exercise

## Scenario

forms-drill-field-scenario-title = Scenario
forms-drill-field-scenario-summary = Situation
forms-drill-injects-heading = Injects
forms-drill-injects-note = Times are from the start of the drill (in brackets: when the inject was actually given).
forms-drill-column-offset = Time
forms-drill-column-channel = Channel
forms-drill-column-inject = Inject
forms-drill-column-expected = Expected reaction
forms-drill-column-outcome = Result
forms-drill-column-note = Notes
forms-drill-released-at = ({ $time })
forms-drill-not-released = (not given)
forms-drill-outcome-achieved = Achieved
forms-drill-outcome-missed = Missed
forms-drill-outcome-none = —

## Channel (sonae_core::drill::InjectChannel)

forms-drill-channel-phone = Phone
forms-drill-channel-email = E-mail
forms-drill-channel-in-person = In person
forms-drill-channel-system = System screen
forms-drill-channel-media = Media / SNS
forms-drill-channel-other = Other

## Participants

forms-drill-column-name = Name
forms-drill-column-role = Role

## Target times and results

forms-drill-results-note = Targets and results are times from the start of the drill.
forms-drill-column-milestone = Milestone
forms-drill-column-target = Target
forms-drill-column-actual = Actual
forms-drill-column-verdict = Verdict
forms-drill-verdict-within = Within target
forms-drill-verdict-exceeded = Exceeded
forms-drill-verdict-not-reached = Not reached
forms-drill-actual-none = —
forms-drill-duration-days = { $n } d
forms-drill-duration-hours = { $n } h
forms-drill-duration-minutes = { $n } min
forms-drill-duration-join = {" "}

## Milestones (sonae_core::drill::Milestone)

forms-drill-milestone-csirt-acknowledged = CSIRT acknowledged the report
forms-drill-milestone-judged-incident = Judged whether an incident
forms-drill-milestone-ciso-informed = First report to the CISO
forms-drill-milestone-contained = Containment completed
forms-drill-milestone-ppc-preliminary-draft = PPC preliminary report drafted

## Timed log

forms-drill-column-at = Time
forms-drill-column-work = Work and situation
forms-drill-column-decision = Decisions and instructions
forms-drill-column-stumble = Where it stumbled
forms-drill-log-day = { $month }/{ $day }

## Call tree results

forms-drill-calls-summary = Of { $total } people called, { $answered } answered and { $unanswered } need checking.
forms-drill-column-phone = Phone
forms-drill-column-called = Called
forms-drill-column-answered = Answered
forms-drill-column-result = Result
forms-drill-call-answered = Answered
forms-drill-call-unanswered = Check contact

## Improvement actions

forms-drill-column-action = Action
forms-drill-column-owner = Owner
forms-drill-column-due = Due
forms-drill-due-none = Not set

## Playbook revision, approval and report

forms-drill-revision-needed = Yes (revision { $revision })
forms-drill-revision-needed-pending = Yes (revision not yet written)
forms-drill-revision-not-needed = No
forms-drill-field-approver = Approved by
forms-drill-field-approved-on = Approved on
forms-drill-field-committee = Reported to the committee on
forms-drill-not-yet = Not yet
forms-drill-none = None
