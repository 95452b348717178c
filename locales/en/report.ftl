# Staff incident report (the reporting wizard): choice labels, plain-language hints, first-response
# guidance, input errors. Used by the Rust side (the case record, the receipt PDF later) and the UI.

## Where the report came from
report-source-staff = I noticed it myself
report-source-resident = A resident told us
report-source-contractor = A contractor told us
report-source-other = Another body told us

## How the report reached us
relay-channel-phone = Phone
relay-channel-visit = In person at the counter
relay-channel-email = E-mail
relay-channel-letter = Letter or post
relay-channel-other = Other

## Yes / no / don't know
tri-state-yes = Yes
tri-state-no = No
tri-state-unknown = Don't know

## Medium
medium-paper = Paper
medium-electronic = Electronic data
medium-both = Both paper and electronic
medium-unknown = Don't know

## Symptom checklist (004 Art. 85)
symptom-pc-lost-stolen = A PC or storage media (USB stick …) was stolen or lost
symptom-mail-misaddressed = I sent mail containing confidential information to the wrong address
symptom-forms-lost-stolen = Important forms or documents were stolen or lost
symptom-pc-connects-by-itself = The PC tries to connect to the internet by itself
symptom-pc-slow = The PC suddenly became slow or reports low memory
symptom-strange-screen = Strange messages or images appear on the screen
symptom-files-altered = Files were changed, destroyed or can no longer be opened
symptom-unknown-files = There are files I did not create
symptom-unsent-mail-in-sent-box = The sent folder holds mail I did not send

## Plain-language hints per category
category-unauthorized-access-hint = Someone got into, or tried to get into, a system or account without permission.
category-malware-hint = A PC or server may be infected by a virus or similar (including ransom screens).
category-targeted-mail-hint = A suspicious mail aimed at staff arrived, or its attachment or link was opened.
category-web-defacement-hint = The organization's website content was changed without permission.
category-dos-hint = A flood of traffic makes the website or a system unusable or extremely slow.
category-data-leak-hint = Information may have been taken outside or leaked.
category-misdirected-mail-hint = Mail or fax went to the wrong address, or a mass mail exposed recipients.
category-misdelivery-hint = Documents were posted or handed to the wrong person, or someone else's were enclosed.
category-loss-theft-hint = A PC, storage media such as a USB stick, or documents were lost or stolen.
category-sns-hijack-hint = The organization's social media account cannot be accessed, or shows posts nobody made.
category-misconfig-exposure-hint = A wrong setting made information public that should not have been.
category-system-failure-hint = A system stopped, misbehaves, or data disappeared.
category-policy-violation-hint = Information was handled against the security policy (private devices, taking data out …).
category-other-hint = None of the above, but something that worries you about information security.

## First-response guidance (one step per line; each organization can rewrite it in settings)
guidance-unauthorized-access =
    If a password may have leaked, call the system administrator at once.
    Note what the screen shows and when you noticed; photograph the screen if you can.
    Do not delete logs or suspicious files.
    Do not keep working with that account until told to.
guidance-malware =
    Pull out the LAN cable (disconnect wireless LAN).
    Do not switch the PC off. Do not restart it.
    Do not delete files or mail.
    Note what the screen shows and the time; photograph the screen if you can.
    Do not plug USB sticks in or out.
guidance-targeted-mail =
    Do not open the attachment or link again.
    Do not delete or forward the mail (keep it until told otherwise).
    If you opened it, pull out the LAN cable and do not switch off.
    Wait for the CSIRT to check whether other staff received it too.
guidance-web-defacement =
    Photograph the changed page and note the URL and time.
    Do not fix or delete the page yourself.
    Contact the website contractor only after talking to the CSIRT.
guidance-dos =
    Note which system or page became unusable, and when.
    Photograph any error message.
    Note any calls from residents and their time.
guidance-data-leak =
    Find out what kind of information may have leaked and roughly how much.
    Keep any device or media used to take it out as it is.
    Do not delete related files or logs.
    Talk to the CSIRT before explaining anything to the people concerned or outsiders.
guidance-misdirected-mail =
    Note the time sent, the address, the subject and the attachments.
    Contact the wrong recipient and ask them to delete the mail (and to reply that they did).
    Do not send the mail again.
    Do not delete the sent mail; leave it as it is.
guidance-misdelivery =
    Note when, to whom and what was sent or handed over.
    Contact the wrong recipient and ask them to return the documents.
    Keep any documents you get back as they are.
guidance-loss-theft =
    Recall and write down where and when you last saw it.
    Ask the places you visited (shops, transport …).
    If it may have been stolen, report it to the police and note the report number.
    Check what information it held (personal information? how many people?).
    For a PC or smartphone, ask the system administrator to suspend its accounts.
guidance-sns-hijack =
    Photograph suspicious posts or screens and note the time.
    If you can still sign in, change the password as the CSIRT instructs.
    Do not delete posts yourself (they are evidence).
guidance-misconfig-exposure =
    Note where it was exposed (URL …) and when you noticed.
    Stop the exposure together with the system administrator.
    Do not delete access logs.
guidance-system-failure =
    Note which system stopped, when, and what messages appeared.
    Do not restart repeatedly or change settings.
    If counter services are affected, tell your manager.
guidance-policy-violation =
    Note what happened, who was involved, and when.
    Keep related devices and media as they are.
    Do not blame anyone; leave fact-finding to the CSIRT.
guidance-other =
    Note what happened and when.
    Leave related files, mail and devices as they are.
    When in doubt, call the CSIRT first.

## Where a received report came from (case record)
report-origin-staff = A report from staff
report-origin-resident = A report relayed from a resident
report-origin-contractor = A report relayed from a contractor
report-origin-other = A report relayed from another body

## Case record
timeline-report-received = { $source } was received (reporter: { $reporter }, receipt number: { $receipt }).

## Field names
field-source = Where the report came from
field-symptoms = Symptoms that apply
field-category = What happened (category)
field-what-happened = Description of what happened
field-noticed-at = When it was noticed
field-occurred-at = When it probably happened
field-occurred-note = Note on when it happened
field-device = Device (PC name, USB stick …)
field-system-id = Information system
field-network-segment = Network segment
field-class-level-id = Classification of the information
field-personal-info = Personal information involved?
field-my-number = My Number (specific personal information) involved?
field-max-persons = People concerned (highest estimate)
field-medium = Paper or electronic?
field-actions-taken = What was already done
field-reporter-phone = Phone number to reach the reporter
field-reporter-email = Mail address to reach the reporter
field-reporter-reachability = When and how the reporter can be reached
field-relay-org = Caller's organization
field-relay-channel = How the report reached us
field-relay-received-at = When the report reached us
field-step = Step
field-guidance-steps = First-response steps
field-receipt-format = Receipt number format

## Input errors
error-invalid-choice = "{ $field }" has a value that cannot be chosen. Please choose again.
error-choice-not-found = What was chosen for "{ $field }" no longer exists. Please choose again.
error-datetime-format = Enter "{ $field }" as a date and time.
error-datetime-future = "{ $field }" cannot be in the future.
error-occurred-after-noticed = "{ $field }" is later than when it was noticed.
error-reporter-unreachable = Enter a phone number or a mail address to reach the reporter.
error-not-a-number = Enter "{ $field }" as a number (leave it empty if you don't know).
error-negative = "{ $field }" cannot be negative.
error-too-large = "{ $field }" is too large.
error-too-many-steps = "{ $field }" can have at most 10 entries.
error-receipt-format = The receipt number format must contain {"{"}n{"}"}; the only placeholders are {"{"}年{"}"} (year), {"{"}年度{"}"} (fiscal year) and {"{"}n{"}"}.
error-report-needs-person = File reports as a signed-in member of staff.
error-draft-closed = This draft has already been submitted or discarded.
