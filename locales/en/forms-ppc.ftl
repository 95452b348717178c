# forms-ppc: PDF documents (sonae-forms), see forms.ftl
# Leak report to the Personal Information Protection Commission (regulatory.md §5), the text pasted
# into its online form, and the report to the MIC and the prefecture (regulatory.md §1).

## Leak report: title, subject, kind, basis

forms-ppc-title = Leak report ({ $law }, { $kind })
forms-ppc-law-appi = APPI
forms-ppc-law-mynumber = My Number Act
forms-ppc-subject-appi = Leak of retained personal information (report)
forms-ppc-subject-mynumber = Leak of specific personal information (report)
forms-ppc-kind-preliminary = Preliminary
forms-ppc-kind-final = Final
forms-ppc-kind-combined = Preliminary and final
forms-ppc-kind-supplement = Supplement
forms-ppc-mark = [{ $kind }]
forms-ppc-basis-appi = Act on the Protection of Personal Information, Article 68(1)
forms-ppc-basis-mynumber = My Number Act, Article 29-4(1)
forms-ppc-basis-guideline = Report under the My Number guideline (administrative organs)
forms-ppc-preamble-appi = We report the above as follows, under Article 68(1) of the Act on the Protection of Personal Information.
forms-ppc-preamble-mynumber = We report the above as follows, under Article 29-4(1) of the My Number Act.
forms-ppc-preamble-guideline = We report the above as follows, under the My Number guideline (administrative organs).
forms-ppc-preamble-earlier = A { $kind } report on this case was made on { $date }.

## The opening item: kind, basis, reportable events

forms-ppc-item-kind = Kind of report, basis and reportable events
forms-ppc-field-kind = Kind of report
forms-ppc-field-basis = Basis
forms-ppc-field-events = Reportable events
forms-ppc-rule-appi = APPI Enforcement Rules, Article 43
forms-ppc-rule-mynumber = My Number Rules, Article 2
forms-ppc-event-line = { $rule } { $event }
forms-ppc-event-appi-1 = item 1 (sensitive personal information)
forms-ppc-event-appi-2 = item 2 (risk of financial damage)
forms-ppc-event-appi-3 = item 3 (act possibly done for a wrongful purpose)
forms-ppc-event-appi-4 = item 4 (more than 100 persons)
forms-ppc-event-appi-5 = item 5 (sensitive personal information under the ordinance)
forms-ppc-event-mynumber-1 = item 1 (specific personal information in the information provision network and related systems)
forms-ppc-event-mynumber-2 = item 2 (leak possibly done for a wrongful purpose)
forms-ppc-event-mynumber-3 = item 3 (viewable by an unspecified number of people)
forms-ppc-event-mynumber-4 = item 4 (more than 100 persons)
forms-ppc-event-mynumber-leak = Report under the guideline (a leak of specific personal information meeting none of the items of Article 2 of the My Number Rules)

## (1) Overview

forms-ppc-item-overview = Overview
forms-ppc-field-occurred-on = Occurred
forms-ppc-field-found-on = Discovered
forms-ppc-field-incident = Incident
forms-ppc-field-discovered-by = Discovered by
forms-ppc-field-contractor = Contractor involved
forms-ppc-field-history = Course of events
forms-ppc-with-note = { $value } ({ $note })
forms-ppc-contractor-yes = Yes ({ $detail })
forms-ppc-contractor-yes-unspecified = Yes (details under investigation)
forms-ppc-none = None
forms-ppc-see-table = See the table below
forms-ppc-history-line = { $when }  { $what }

## (2) Items

forms-ppc-item-data-appi = Items of retained personal information leaked or possibly leaked
forms-ppc-item-data-mynumber = Items of specific personal information leaked or possibly leaked
forms-ppc-short-data = Items
forms-ppc-field-data-items = Items of data
forms-ppc-field-medium = Medium
forms-ppc-field-data-kind = Kind

## (3) Persons

forms-ppc-item-persons = Number of persons
forms-ppc-field-persons-confirmed = Persons (confirmed)
forms-ppc-field-persons-max = Persons (maximum)
forms-ppc-field-persons-at = As of
forms-ppc-persons = { $count } persons

## (4) Cause

forms-ppc-item-cause = Cause
forms-ppc-field-cause = Cause
forms-ppc-field-cause-category = Cause category
forms-ppc-field-cause-actor = Caused by

## (5) Secondary damage

forms-ppc-item-secondary = Secondary damage or its risk, and what it is
forms-ppc-short-secondary = Secondary damage
forms-ppc-field-presence = Present
forms-ppc-field-detail = Details

## (6) Response to the persons

forms-ppc-item-subjects = Response to the persons
forms-ppc-short-subjects = Response to the persons
forms-ppc-field-status = Status
forms-ppc-field-notified-at = Notified at
forms-ppc-field-method = Method
forms-ppc-subjects-undecided = Undecided
forms-ppc-subjects-done = Notified
forms-ppc-subjects-planned = Notice planned
forms-ppc-subjects-impossible = Notice impossible (alternative measures taken)

## (7) Publication

forms-ppc-item-publication = Publication
forms-ppc-short-publication = Publication
forms-ppc-field-published-at = Published at
forms-ppc-publication-undecided = Undecided
forms-ppc-publication-done = Published
forms-ppc-publication-planned = Publication planned
forms-ppc-publication-not-planned = Not to be published

## (8) Recurrence prevention

forms-ppc-item-measures = Recurrence-prevention measures
forms-ppc-short-measures = Measures
forms-ppc-field-measures-done = Measures taken
forms-ppc-field-measures-planned = Measures planned
forms-ppc-measure-done = - { $text } ({ $owner }, done { $date })
forms-ppc-measure-undated = - { $text } ({ $owner })
forms-ppc-measure-planned = - { $text } ({ $owner }, by { $date })
forms-ppc-measures-considering = Under consideration

## (9) Other

forms-ppc-item-other = Other relevant matters
forms-ppc-short-other = Other
forms-ppc-field-other = Notes
forms-ppc-field-other-bodies = Reports to other bodies
forms-ppc-sent = - { $when }: { $act } to { $destination }
forms-ppc-sent-method = - { $when }: { $act } to { $destination } ({ $method })
forms-ppc-act-report = reported
forms-ppc-act-consult = consulted
forms-ppc-act-notify = notified
forms-ppc-act-contact = contacted
forms-ppc-also = Another report is made on this case: { $report }.
forms-ppc-report-appi = report under Article 68(1) of the APPI
forms-ppc-report-mynumber = report under Article 29-4(1) of the My Number Act
forms-ppc-nothing = Nothing in particular

## The online form (text pasted field by field)

forms-ppc-paste-label = { $item } ({ $field })
forms-ppc-field-report-date = Date of report
forms-ppc-field-reporter = Reporter (name)
forms-ppc-field-contact-department = Department
forms-ppc-field-contact-person = Person in charge
forms-ppc-field-contact-phone = Phone
forms-ppc-field-contact-email = E-mail

## Report to the MIC and the prefecture

forms-prefecture-title = Report to the MIC and the prefecture ({ $stage })
forms-prefecture-subject = Information security incident (report)
forms-prefecture-stage-first = first report
forms-prefecture-stage-followup = follow-up
forms-prefecture-mark-first = [First report]
forms-prefecture-mark-followup = [Follow-up]
forms-prefecture-preamble = We report the above as follows.
forms-prefecture-preamble-followup = We report how the case reported on { $date } has developed since, as follows.
forms-prefecture-item-network = Network where it happened
forms-prefecture-item-services = Services affected
forms-prefecture-item-severity = Severity
forms-prefecture-segment-my-number = My Number segment
forms-prefecture-segment-lgwan = LGWAN segment
forms-prefecture-segment-internet = Internet segment
forms-prefecture-network-none = None (paper documents or the like, no network)
