# forms-final: PDF documents (sonae-forms), see forms.ftl
# The incident report (000 §5.3(3)④⑤, 004 art. 71) and the police consultation paper (000 §6.5(3)).

## Incident report, to the CISO and the information security committee

forms-final-title = Information security incident report
forms-final-subject = Report on an information security incident
forms-final-preamble = Under the information security policy, we report the results of the root-cause investigation and the measures against recurrence as follows.
forms-final-addressee-role = Chief Information Security Officer (CISO)
forms-final-addressee-committee = Chair of the Information Security Committee
forms-final-sender-role = CSIRT lead
forms-final-sender-org = { $org } CSIRT
forms-final-item-summary = Summary
forms-final-item-timeline = Timeline
forms-final-item-cause = Cause
forms-final-item-impact = Damage and extent
forms-final-item-response = Response
forms-final-item-measures = Measures against recurrence
forms-final-item-ciso = CISO's instructions
forms-final-item-reports = Reports and notifications
forms-final-field-cause-category = Cause category
forms-final-field-persons-confirmed = Persons confirmed
forms-final-persons-confirmed = { $count } persons
forms-final-persons-confirmed-at = { $count } persons (as of { $at })
forms-final-field-secondary-damage = Secondary damage
forms-final-value-with-detail = { $value } ({ $detail })
forms-final-field-services = Work affected
forms-final-field-evidence = Evidence kept
forms-final-evidence-count = { $items } items ({ $files } files)
forms-final-none = None
forms-final-response-actions = (1) Actions taken
forms-final-response-decisions = (2) Decisions
forms-final-response-meetings = (3) Meetings
forms-final-sub-empty = { $heading }: { $none }
forms-final-decision-with-note = { $text } ({ $note })
forms-final-measures-done = (1) In place
forms-final-measures-planned = (2) Planned
forms-final-column-measure = Measure
forms-final-column-owner = Owner
forms-final-column-done-on = Done on
forms-final-column-due-on = Due
forms-final-column-decision = Decision
forms-final-column-approver = Approved by
forms-final-column-approved-at = Approved at
forms-final-column-agenda = Agenda
forms-final-column-participants = Participants
forms-final-column-destination = To
forms-final-column-stage = Kind
forms-final-column-method = How
forms-final-stage-first-report = First report
forms-final-field-ciso-approved = Approved by the CISO
forms-final-ciso-approved-line = { $text } ({ $at })

## Cause categories (sonae_core::casework::CauseCategory, by code)

forms-cause-human_error = Human error (mistake, insufficient checks)
forms-cause-rule_violation = Rules or procedures not followed
forms-cause-procedure_gap = Gap in rules or procedures
forms-cause-vulnerability = Vulnerability, patch not applied
forms-cause-misconfiguration = Misconfiguration
forms-cause-external_attack = External attack
forms-cause-insider_misconduct = Insider misconduct
forms-cause-contractor = Caused by a contractor
forms-cause-failure_or_disaster = Failure or disaster
forms-cause-unknown = Unknown (under investigation)
forms-cause-other = Other

## Police consultation paper

forms-police-title = Police consultation paper
forms-police-subject = Consultation on an information security incident
forms-police-preamble = An information security incident occurred at { $org } and a crime is suspected; we consult you as follows.
forms-police-addressee = { $police } (attn.)
forms-police-sender = { $org } { $department }
forms-police-item-consultant = Consulting party
forms-police-item-summary = Summary
forms-police-item-dates = When it occurred and was noticed
forms-police-item-target = Systems and devices concerned
forms-police-item-timeline = Timeline
forms-police-item-evidence = Evidence
forms-police-item-damage = Damage
forms-police-field-org = Organisation
forms-police-field-department = Department
forms-police-field-person = Contact person
forms-police-field-phone = Phone
forms-police-field-mobile = Mobile
forms-police-field-email = Email
forms-police-field-crime = Suspected offence
forms-police-field-judgement = Our assessment
forms-police-field-receipt-no = Our case number
forms-police-field-discovered-by = Discovered by
forms-police-field-network = Network segment
forms-police-field-services = Work affected
forms-police-field-persons = Persons whose data is involved
forms-police-field-secondary-damage = Secondary damage
forms-police-crime-unauthorized-access = Unauthorized access
forms-police-crime-ransomware = Ransomware
forms-police-crime-malware = Malware
forms-police-crime-theft = Theft
forms-police-crime-insider = Insider wrongdoing
forms-police-crime-other = Other
forms-police-crime-separator = ,{" "}
forms-police-segment-my-number = My Number segment
forms-police-segment-lgwan = LGWAN segment
forms-police-segment-internet = Internet segment
forms-police-column-no = No.
forms-police-column-source = Source
forms-police-column-collected = Collected by, at
forms-police-column-storage = Kept at
forms-police-column-file = File
forms-police-column-sha256 = SHA-256
forms-police-source =
    { $source }
    { $detail }
forms-police-collected =
    { $who }
    { $at }
forms-police-no-file = (no file)
