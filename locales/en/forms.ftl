# PDF documents (sonae-forms). The documents are Japanese; these keep id parity and allow an
# English rendering for reading along.

## The renderer's own words

forms-ki = Particulars
forms-ijou = End
forms-page-number = { $page } / { $pages }
forms-drill-watermark = DRILL
forms-drill-banner = Drill — do not submit

## Dates, people, values

forms-datetime = { $date } ({ $weekday }) { $hour }:{ $minute }
forms-datetime-short = { $month }/{ $day } ({ $weekday }) { $hour }:{ $minute }
forms-weekday-mon = Mon
forms-weekday-tue = Tue
forms-weekday-wed = Wed
forms-weekday-thu = Thu
forms-weekday-fri = Fri
forms-weekday-sat = Sat
forms-weekday-sun = Sun
forms-honorific-sama = (sama)
forms-honorific-dono = (dono)
forms-person = { $title } { $name }
forms-person-honorific = { $title } { $name } { $honorific }
forms-title-honorific = { $title } { $honorific }
forms-name-contact = { $name } ({ $contact })
forms-persons = up to { $count } persons
forms-value-unknown = Unknown
forms-value-not-entered = (not entered)
forms-value-not-assessed = Not assessed
forms-value-under-investigation = Under investigation
forms-value-no-entries = No entries
forms-tri-yes = Yes
forms-tri-no = No
forms-tri-unknown = Unknown
forms-timeline-kind-action = Action
forms-timeline-kind-observation = Finding
forms-timeline-kind-decision = Decision
forms-timeline-kind-communication = Contact
forms-judgement-incident = An information security incident
forms-judgement-not-incident = Not an information security incident
forms-judgement-pending = Being assessed

## Field labels

forms-field-receipt-no = Receipt no.
forms-field-case-title = Title
forms-field-category = Category
forms-field-severity = Severity
forms-field-what-happened = As reported
forms-field-occurred-at = Occurred
forms-field-occurred-note = About when
forms-field-noticed-at = Noticed
forms-field-received-at = Report received
forms-field-department = Department
forms-field-device = Device
forms-field-reporter = Reporter
forms-reporter = { $who } [{ $source }]
forms-report-source-staff = reported by staff
forms-report-source-resident = relayed from a resident
forms-report-source-contractor = relayed from a contractor
forms-report-source-other = relayed from another body
forms-field-judgement = Assessment
forms-field-rationale = Reason
forms-field-impact = Impact
forms-field-personal-info = Personal information
forms-field-my-number = My Number
forms-field-persons = Persons
forms-field-medium = Medium
forms-column-when = When
forms-column-kind = Kind
forms-column-what = What
forms-contact-heading = [Contact]
forms-contact-department = Section: { $department }
forms-contact-person = In charge: { $title } { $name }
forms-contact-phone = Phone: { $phone }
forms-contact-email = Mail: { $email }

## Information security incident report (first report) (000 §5.3(3)②)

forms-first-report-title = Information security incident report (first report)
forms-first-report-subject = Occurrence of an information security incident (report)
forms-mark-first-report = [First report]
forms-first-report-preamble = We report the above as follows, under the information security policy.
forms-first-report-addressee-role = Chief Information Security Officer (CISO)
forms-first-report-sender-role = CSIRT lead
forms-first-report-sender-org = { $org } CSIRT
forms-first-report-item-summary = Summary
forms-first-report-item-dates = When it occurred and was noticed
forms-first-report-item-where = Department and reporter
forms-first-report-item-triage = The CSIRT's assessment
forms-first-report-item-personal = Personal information
forms-first-report-item-first-actions = What the reporter did first
forms-first-report-item-timeline = Response so far

## Errors

error-font-missing = The document font { $file } was not found. Install { $package } or name a folder holding it in SONAE_FONT_DIR (searched: { $searched }).
error-font-unreadable = The font file { $path } cannot be read.
error-font-invalid = { $path } is not a font documents can use.
error-font-incomplete = The font { $path } lacks characters documents need ({ $missing }).

## Shared by the forms to outside bodies

forms-seal-omitted = (official seal omitted)

## Documents a case cannot give (sonae report exits 2 with these)

forms-na-not-incident = The CSIRT judged this case not to be an information-security incident.
forms-na-not-judged = The CSIRT has not yet judged whether this is an incident (the incident report comes after that judgement).
forms-na-no-facts = The facts the reporting rules need (personal data, My Number, suspected crime …) have not been entered yet. Enter them on the Obligations tab.
forms-na-no-ppc-appi = No report to the PPC under APPI Article 68 is owed (none of Rule 43's events applies, or an exclusion does).
forms-na-no-ppc-mynumber = No specific personal information (My Number) was leaked, so no report under the My Number Act is owed.
forms-na-no-prefecture = Under the reporting policy this case is not reported to MIC or the prefecture.
forms-na-no-subject-notice = No statutory PPC report is owed, so notifying the persons concerned is not required.
forms-na-no-publication = Under the publication criteria this case is not published (no press release).
forms-na-no-police = No suspected crime (unauthorised access, ransomware, theft, insider wrongdoing …) has been entered, so no police consultation is indicated.

## Recorded as submitted (timeline)

forms-timeline-submission-recorded = Recorded “{ $document }” as submitted ({ $file }, SHA-256 { $sha256 }…).

## Saving a document to a file

error-path-not-absolute = Give the full path of the file, including its folder (e.g. /home/user/Documents/2026-0005_first-report.pdf).
error-path-is-folder = Give a file name, not a folder.
error-file-exists = A file with this name already exists. Choose another name or choose to replace it.
error-file-write = The file could not be written ({ $reason }). Check the folder and the free space.
forms-fiscal-year = FY { $year }
