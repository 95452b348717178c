# Sonae user-interface strings (English)
# Must hold exactly the same message ids as locales/ja/ui.ftl.
# Labels of states, categories, severities and error messages live in common.ftl.

## Application

ui-app-name = Sonae
ui-app-name-ja = 備え
ui-app-subtitle = Information security incident response
ui-app-window-title = Sonae 備え
ui-skip-to-main = Skip to main content
ui-lang-switch-label = Language
ui-lang-ja = 日本語
ui-lang-en = English
ui-loading = Loading…
ui-retry = Reload

## Errors

ui-error-heading = The operation could not be completed
ui-error-unknown = An unexpected error occurred. Please try again. If the problem persists, contact your system administrator.
ui-error-code = Error type: { $code }
ui-error-signed-out = Your session had ended, so this could not be completed. What you entered has been kept. Please try again.

## First run

ui-first-run-title = Welcome to Sonae
ui-first-run-intro = Sonae (備え, “preparedness”) supports municipalities and partial-affairs associations in responding to information security incidents. It brings together receiving reports from staff, recording the CSIRT’s response, tracking deadlines for reports to the authorities, and running drills.
ui-first-run-offline = It never connects to the internet; all data stays on this computer.
ui-first-run-choose = To begin, choose how you would like to start.
ui-first-run-demo = Try it with demo data from Kakū City
ui-first-run-demo-description = Starts with incidents of the fictional municipality Kakū City (架空市) already recorded. Suited to exploring the application and to training. All of this data is fictional.
ui-first-run-setup = Set up your organization
ui-first-run-setup-description = Enter your organization’s name, its CISO, document settings, the classification scheme and an administrator account, step by step, and start real use. Everything can be changed later.
ui-first-run-working = Preparing…

## Home

ui-home-title = Home
ui-home-org-label = Organisation
ui-home-org-prefecture = Prefecture
ui-home-org-kind = Type
ui-home-org-unset-title = Your organization has not been set up yet
ui-home-org-unset-body = An administrator can set it up under “Organization and settings”.
ui-home-counts-title = Incidents by status
ui-home-counts-note = Drill incidents are not included in these counts.
ui-home-count-unit =
    { $count ->
        [one] incident
       *[other] incidents
    }
ui-home-cases-title = Incidents
ui-home-cases-caption =
    { $count ->
        [one] Incidents (1 incident)
       *[other] Incidents ({ $count } incidents)
    }
ui-home-cases-empty = No incidents have been recorded.
ui-home-greeting = Signed in as { $name }.
ui-home-cases-restricted = The list of incidents is shown to CSIRT members and administrators.
ui-home-report-title = If you notice a security problem
ui-home-report-body = A PC behaving strangely, a lost USB stick or document, a mail sent to the wrong address: whatever worries you, report it right away. It takes about three minutes.
ui-home-report-button = Report an incident

## Incident list columns and markers

ui-case-col-receipt-no = Receipt no.
ui-case-col-title = Title
ui-case-col-category = Category
ui-case-col-severity = Severity
ui-case-col-state = Status
ui-case-col-created-at = Received (JST)
ui-case-drill-badge = Drill
ui-case-severity-unset = －
ui-case-severity-unset-label = Not yet assessed

## Common actions and inputs

ui-save = Save
ui-saved = Saved.
ui-cancel = Cancel
ui-close = Close
ui-edit = Edit
ui-edit-named = Edit { $name }
ui-actions = Actions
ui-not-set = Not set
ui-none-dash = －
ui-minutes =
    { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    }
ui-form-required = Required
ui-form-required-message = Enter “{ $field }”.
ui-form-choose = Choose “{ $field }”.
ui-form-whole-number = Enter “{ $field }” as a whole number.
ui-form-check-errors = Some entries need correcting. See the message at each field.
ui-form-select-placeholder = Choose
ui-form-none = (none)
ui-phone-hint = Digits and hyphens, e.g. 048-000-1234
ui-login-id-rule = 3 to 32 characters: letters, digits, “.”, “_” and “-”.
ui-password-rule = At least 8 characters, different from the login ID, with at least two of: letters, digits, symbols.

## Labels (kept here until common.ftl has them)

ui-honorific-sama = 様 (sama)
ui-honorific-dono = 殿 (dono)
ui-scheme-soumu-guideline = MIC guideline (confidentiality 3A–1, integrity, availability)
ui-scheme-soumu-guideline-description = Follows the Ministry of Internal Affairs and Communications’ guideline on local-government security policies: three aspects, confidentiality (3A, 3B, 3C, 2, 1), integrity (2, 1) and availability (2, 1).
ui-scheme-info-category-4 = Information categories I–IV
ui-scheme-info-category-4-description = Four levels by importance, from category I (most important) to category IV.
ui-class-axis-confidentiality = Confidentiality
ui-class-axis-integrity = Integrity
ui-class-axis-availability = Availability
ui-class-axis-category = Information category
ui-segment-my-number = My Number segment
ui-segment-lgwan = LGWAN segment
ui-segment-internet = Internet segment

## Setup wizard

ui-wizard-title = Organization setup
ui-wizard-intro = Six steps set Sonae up for use. What you enter is kept if the window is reloaded (except the password).
ui-wizard-steps-label = Setup steps
ui-wizard-step-of = Step { $current } of { $total }
ui-wizard-step-done = (done)
ui-wizard-step-org = Organization
ui-wizard-step-ciso = CISO
ui-wizard-step-docs = Documents
ui-wizard-step-classification = Classification
ui-wizard-step-admin = Administrator account
ui-wizard-step-confirm = Review
ui-wizard-next = Next
ui-wizard-back = Back
ui-wizard-back-to-start = Back to the start screen
ui-wizard-submit = Complete setup
ui-wizard-submitting = Setting up…
ui-wizard-org-name = Organization name
ui-wizard-org-name-hint = e.g. 架空市 (Kakū City)
ui-wizard-org-kind = Type of organization
ui-wizard-org-kind-hint = Assemblies are not subject to breach reporting to the Personal Information Protection Commission under Article 68 of the Act on the Protection of Personal Information.
ui-wizard-prefecture = Prefecture
ui-wizard-head-title = Title of the head
ui-wizard-head-title-hint = e.g. 市長 (mayor), 町長, 村長, 管理者, 議長
ui-wizard-ciso-intro = The chief information security officer (CISO) is informed of incidents and decides on public announcements and emergency meetings.
ui-wizard-ciso-title = CISO’s title
ui-wizard-ciso-title-hint = e.g. 副市長 (deputy mayor), 副町長, 事務局長
ui-wizard-ciso-name = CISO’s name
ui-wizard-ciso-name-hint = Family name, a full-width space, given name, e.g. 佐藤　一郎
ui-wizard-ciso-target = Target time for reporting to the CISO (minutes)
ui-wizard-ciso-target-hint = Minutes from judging an event an incident to the first report to the CISO, 5 to 1440.
ui-wizard-honorific = Honorific in documents
ui-wizard-honorific-hint = Used after addressees’ names in reports and letters.
ui-wizard-doc-format = Document number format
ui-wizard-doc-format-hint = { $dept } becomes the department’s short name, { $year } the fiscal year, { $n } the number. { $n } is required.
ui-wizard-doc-format-preview = Example: { $example }
ui-wizard-ordinance = Ordinance-defined sensitive personal information
ui-wizard-ordinance-hint = If your ordinance defines 条例要配慮個人情報, breaches involving it must also be reported to the Personal Information Protection Commission.
ui-wizard-ordinance-yes = Defined by ordinance
ui-wizard-ordinance-no = Not defined
ui-wizard-preset = Classification scheme
ui-wizard-preset-hint = Choose the scheme your security policy uses. Names and descriptions of the levels can be changed later under “Information asset classification”.
ui-wizard-admin-intro = Creates the account of Sonae’s administrator, who sets up departments, staff and accounts, the systems register and the emergency contact list.
ui-wizard-admin-name = Administrator’s name
ui-wizard-admin-dept = Department
ui-wizard-admin-dept-hint = e.g. 総務部 情報政策課
ui-wizard-admin-dept-short = Department short name
ui-wizard-admin-dept-short-hint = Used in document numbers, e.g. 情政
ui-wizard-admin-login = Login ID
ui-wizard-admin-password = Password
ui-wizard-admin-password-confirm = Password (again)
ui-wizard-password-mismatch = The two passwords differ. Enter the same password twice.
ui-wizard-password-set = Set (not shown)
ui-wizard-confirm-intro = Sonae will be set up as follows. To correct something, choose “Change” at its section.
ui-wizard-edit = Change
ui-wizard-edit-section = Change { $section }

## Sign-in, lock screen, password change

ui-sign-in-title = Sign in
ui-sign-in-intro = Enter your login ID and password.
ui-sign-in-login = Login ID
ui-sign-in-password = Password
ui-sign-in-submit = Sign in
ui-sign-in-missing = Enter your login ID and password.
ui-sign-in-forgot = If you forgot your password or your account is locked, contact an administrator.
ui-sign-in-demo-title = Demo accounts
ui-sign-in-demo-body = The Kakū City demo data has these accounts:
ui-sign-in-demo-admin = yamamoto (山本 大輔, administrator)
ui-sign-in-demo-lead = tanaka (田中 美穂, CSIRT lead)
ui-sign-in-demo-staff = nakamura (中村 さくら, staff member)
ui-sign-in-demo-password = The password of each is kakuu-2026.
ui-sign-out = Sign out
ui-lock-title = Screen locked
ui-lock-intro = The screen was locked after a period without activity. Enter { $name }’s password to continue.
ui-lock-submit = Unlock
ui-lock-sign-out = Sign in as someone else
ui-password-change-title = Change your password
ui-password-change-intro = { $name }, you signed in with an initial password set by an administrator. Please choose your own password before you continue.
ui-password-current = Current password
ui-password-new = New password
ui-password-confirm = New password (again)
ui-password-change-submit = Change password

## Frame and navigation

ui-header-user-label = Signed in:
ui-header-user = { $name } ({ $title })
ui-nav-label = Menu
ui-nav-home = Home
ui-nav-settings = Organization setup
ui-nav-org = Organization and settings
ui-nav-classification = Information asset classification
ui-nav-departments = Departments
ui-nav-people = Staff and accounts
ui-nav-systems = Information systems register
ui-nav-contacts = Emergency contact list
ui-nav-report = Report an incident
ui-nav-reports = My reports
ui-nav-guidance = First-response guidance

## Organization and settings

ui-org-intro = Your organization’s details and the settings for documents, screen lock and accounts.
ui-org-ciso-person = Staff member serving as CISO
ui-org-ciso-person-hint = Choose from the staff registered under “Staff and accounts”.
ui-org-security-legend = Screen lock and account lockout
ui-org-idle-lock = Minutes until the screen locks
ui-org-idle-lock-hint = The screen locks after this many minutes without activity (1–240).
ui-org-lockout = Failed sign-ins before an account locks
ui-org-lockout-hint = After this many wrong passwords in a row the account is locked (3–20). An administrator unlocks it.
ui-org-reset = Discard changes
ui-org-receipt-format-hint = { $year } becomes the calendar year, { $fiscal } the fiscal year (April to March), and { $n } a four-digit serial number; { $n } is required. The serial number starts again at 1 each year (each fiscal year when { $fiscal } is used).
ui-org-receipt-format-preview = Example: { $example }

## Information asset classification

ui-class-intro = The classification of information assets set by your security policy. Codes are fixed; names and descriptions can follow your own policy’s wording.
ui-class-scheme = Scheme: { $scheme }
ui-class-code = Code
ui-class-label = Name
ui-class-description = Description

## Departments

ui-dept-intro = Departments, their short names (used in document numbers) and their information security managers.
ui-dept-add = Add department
ui-dept-add-title = Add a department
ui-dept-edit-title = Edit department
ui-dept-name = Department name
ui-dept-short = Short name
ui-dept-manager = Information security manager
ui-dept-manager-hint = Usually the head of the department. Choose from the staff registered under “Staff and accounts”.
ui-dept-empty = No departments have been registered.
ui-dept-caption =
    { $count ->
        [one] Departments (1)
       *[other] Departments ({ $count })
    }

## Staff and accounts

ui-person-intro = Staff, their roles in incident response, how to reach them, and their Sonae accounts.
ui-person-add = Add staff member
ui-person-add-title = Add a staff member
ui-person-edit-title = Edit staff member
ui-person-name = Name
ui-person-name-hint = Family name, a full-width space, given name.
ui-person-kana = Name in kana
ui-person-title = Job title
ui-person-title-hint = e.g. 課長, 主査, 主事
ui-person-dept = Department
ui-person-roles = Roles
ui-person-roles-hint = Choose every role this person has in incident response.
ui-person-office-phone = Office phone
ui-person-mobile-phone = Mobile phone
ui-person-email = Email
ui-person-after-hours = After hours
ui-person-after-hours-hint = How to reach this person at night and on holidays, e.g. mobile until 22:00.
ui-person-caption =
    { $count ->
        [one] Staff (1 person)
       *[other] Staff ({ $count } people)
    }
ui-account = Account
ui-account-none = None
ui-account-locked = Locked
ui-account-must-change = Initial password
ui-account-title = Account of { $name }
ui-account-intro-new = With a login ID and an initial password this person can sign in to Sonae. They change the initial password at their first sign-in.
ui-account-intro-existing = Setting a new initial password makes this person change it at their next sign-in.
ui-account-login = Login ID
ui-account-initial-password = Initial password
ui-account-initial-password-hint = Give it to the person in a safe way. At least 8 characters, different from the login ID, with at least two of: letters, digits, symbols.
ui-account-create = Create account
ui-account-reset = Set a new initial password
ui-account-saved = The account has been set.
ui-account-state = Status
ui-account-state-active = Active
ui-account-state-must-change = Initial password (to be changed at first sign-in)
ui-account-state-locked =
    { $count ->
        [one] Locked (1 wrong password)
       *[other] Locked ({ $count } wrong passwords)
    }
ui-account-locked-note = This account was locked after repeated wrong passwords. Confirm the person’s identity before unlocking it.
ui-account-unlock = Unlock
ui-account-unlocked = The account has been unlocked.

## Information systems register

ui-system-intro = Information systems, the network segment they are connected to (three-layer separation) and whether they handle personal information or My Number. Used to judge an incident’s scope and which reports are owed.
ui-system-add = Add system
ui-system-add-title = Add an information system
ui-system-edit-title = Edit information system
ui-system-name = System name
ui-system-name-hint = e.g. 住民記録システム (resident registry system)
ui-system-dept = Responsible department
ui-system-segment = Network segment
ui-system-segment-hint = The network segment this system is connected to.
ui-system-info-legend = Information handled
ui-system-personal = Handles personal information
ui-system-mynumber = Handles specific personal information (personal information including My Number)
ui-system-mynumber-hint = Required if the system is used for My Number affairs or connected to the information provision network.
ui-system-mynumber-affairs = Used for My Number affairs
ui-system-provision-network = Connected to the information provision network system
ui-system-contractor = Contractor
ui-system-contractor-hint = The company operating or maintaining the system under contract.
ui-system-col-info = Information handled
ui-system-badge-personal = Personal info
ui-system-badge-mynumber = My Number
ui-system-badge-mynumber-affairs = My Number affairs
ui-system-badge-provision-network = Provision network
ui-system-empty = No information systems have been registered.
ui-system-caption =
    { $count ->
        [one] Information systems (1)
       *[other] Information systems ({ $count })
    }

## Emergency contact list

ui-contacts-intro = Whom to call when an incident occurs. For nights and holidays, print it or export it as CSV and keep it at hand.
ui-contacts-export = Export as CSV
ui-contacts-exported = The emergency contact list was exported as a CSV file to:
ui-contacts-staff-title = Internal (staff)
ui-contacts-staff-note = Staff with a role in incident response. Their details are changed under “Staff and accounts”.
ui-contacts-show-all-staff = Show all staff
ui-contacts-staff-empty = No matching staff.
ui-contacts-col-dept-title = Department and title
ui-contacts-outside-title = Public bodies and contractors
ui-contacts-outside-note = Authorities to report to, contractors and others.
ui-contacts-outside-empty = No contacts have been registered.
ui-contact-add = Add contact
ui-contact-add-title = Add a contact
ui-contact-edit-title = Edit contact
ui-contact-kind = Kind
ui-contact-org = Body or company
ui-contact-org-hint = e.g. 個人情報保護委員会, 架空情報サービス株式会社
ui-contact-section = Section or person in charge
ui-contact-phone = Phone
ui-contact-after-hours = After-hours phone
ui-contact-email = Email
ui-contact-note = Note

## Reporting an incident (staff report)

ui-report-title = Report an incident
ui-report-intro = Fill in what you know. Where you do not know, choose "Don't know" or leave the field empty. What you type is saved as a draft each time you move on.
ui-report-steps-label = Report steps
ui-report-step-1 = What happened
ui-report-step-2 = When
ui-report-step-3 = Where
ui-report-step-4 = Information involved
ui-report-step-5 = What was done
ui-report-step-6 = Reporter and contact
ui-report-step-7 = Review and submit
ui-report-step-1-intro = Tell us who let you know and what happened. As soon as you choose a category, you will see what to do right now.
ui-report-step-2-intro = Enter when it was noticed and, if you know, when it happened.
ui-report-step-3-intro = Enter where it happened and which devices or systems are involved.
ui-report-step-4-intro = As far as you know, describe the information that may have leaked or been lost.
ui-report-step-5-intro = If anything was already done before reporting, enter it here.
ui-report-step-6-intro = The CSIRT will contact this person to check the details.
ui-report-step-7-intro = Check the report and press "Submit the report". To change something, press "Edit" next to it.
ui-report-submit = Submit the report
ui-report-submitting = Submitting…
ui-report-autosave-note = What you type is saved as a draft automatically.
ui-report-draft-saved = Draft saved { $time }
ui-report-draft-failed = The draft could not be saved. What you typed is still on this screen.
ui-report-guidance-title = Do this now
ui-report-guidance-category = Category: { $category }
ui-report-guidance-note = If you are unsure or it is urgent, call the CSIRT even before you finish this report.
ui-report-guidance-summary = Do this now (category: { $category })
ui-report-symptoms-hint = Tick everything that applies. We suggest a category from what you tick.
ui-report-category-hint = Choose the closest one. If unsure, "Other" is fine.
ui-report-suggestion = From the symptoms, this may be "{ $category }". Choose another one if it is not.
ui-report-suggested = Suggested
ui-report-what-happened-hint = In your own words, what you saw and what happened. Example: a resident phoned the counter to say they had lost a USB stick with a copy of their residence certificate.
ui-report-noticed-hint = The current date and time are filled in. Correct them if needed.
ui-report-occurred-hint = Only if you know it.
ui-report-occurred-note-hint = When the time is not clear. Example: yesterday evening, some time after last Friday
ui-report-department = Where it happened (department)
ui-report-department-hint = Your own department is selected to start with.
ui-report-device-hint = Example: counter notebook PC (asset no. PC-0123), USB stick (black)
ui-report-system-none = None / don't know
ui-report-system-hint = Choose the information system involved, if any; its network segment is then filled in.
ui-report-segment-hint = If you do not know, choose "Don't know".
ui-report-class-hint = The classification of your security policy. If you do not know, leave it at "Don't know".
ui-report-personal-info-hint = Information that identifies a person: name, address, phone number and so on.
ui-report-my-number-hint = My Number (individual number), or personal information that contains it.
ui-report-persons-hint = Digits only. Leave empty if you do not know. Example: 120
ui-report-actions-hint = Leave empty if nothing was done yet. Example: unplugged the LAN cable; told the head of section.
ui-report-contact-rule = Enter at least a phone number or an e-mail address.
ui-report-entered-by = This report is recorded as taken by { $name }. Enter the details of the person who contacted you here.
ui-report-relay-name = Name of the person who contacted you
ui-report-relay-phone = Their phone number
ui-report-relay-email = Their e-mail address
ui-report-relay-org-hint = Required when a contractor contacted you. Example: Kakuu Information Services Co., Ltd.
ui-report-reachability-hint = Example: weekdays 9:00–17:00 on extension 2301, otherwise on the mobile
ui-report-review-edit = Edit
ui-report-review-edit-step = Edit "{ $step }"
ui-report-review-empty = (not given)
ui-report-review-issues = Some fields still need your input.
ui-report-resume-title = You have an unfinished report. Continue where you left off?
ui-report-resume-continue = Continue
ui-report-resume-discard = Discard and start a new one
ui-report-resume-discard-note = A discarded report is no longer shown here (what was typed is kept on record).
ui-report-resume-meta = Saved { $time } (entered up to "{ $step }")
ui-report-resume-no-category = No category chosen yet
ui-report-resume-no-summary = (no description yet)

## Receipt

ui-receipt-title = Your report has been received
ui-receipt-no-label = Receipt number
ui-receipt-submitted-at = Received at
ui-receipt-keep-number = Please note the receipt number and quote it when you get in touch.
ui-receipt-next-title = What happens next
ui-receipt-next-csirt = The CSIRT checks the report and contacts the reporter.
ui-receipt-next-device = Keep the devices and documents involved as they are (do not switch them off, do not delete files or mail).
ui-receipt-next-guidance = Carry on with the steps under "Do this now" below.
ui-receipt-contacts-title = Whom to call
ui-receipt-contacts-note = If it is urgent or the situation changes, call one of these.
ui-receipt-contacts-caption = Contacts ({ $count })
ui-receipt-contacts-empty = No contacts are registered. Ask the administrator to fill in the emergency contact list.
ui-receipt-col-name = Name and department
ui-receipt-col-contact = How to reach
ui-receipt-col-phone = Phone
ui-receipt-col-mobile = Mobile
ui-receipt-col-after-hours = After hours
ui-receipt-col-email = E-mail
ui-receipt-my-reports = See my reports
ui-receipt-home = Back to home
ui-receipt-new = Report something else

## My reports

ui-reports-intro = The reports you filed or took down, and how far the response has got.
ui-reports-caption = My reports ({ $count })
ui-reports-col-source = Source
ui-reports-col-submitted-at = Reported at
ui-reports-col-state = Status
ui-reports-empty = You have not filed any reports yet.

## First-response guidance (settings)

ui-guidance-intro = The first steps the report screen shows to staff once they choose a category. You can rewrite them to match your organization's own procedures.
ui-guidance-custom = Rewritten by the organization
ui-guidance-default = Default guidance
ui-guidance-steps-hint = One step per line (up to 10 lines of up to 200 characters). Saving an empty text restores the default guidance.
ui-guidance-restore = Restore the default guidance

## Prefectures

ui-prefecture-hokkaido = Hokkaido
ui-prefecture-aomori = Aomori
ui-prefecture-iwate = Iwate
ui-prefecture-miyagi = Miyagi
ui-prefecture-akita = Akita
ui-prefecture-yamagata = Yamagata
ui-prefecture-fukushima = Fukushima
ui-prefecture-ibaraki = Ibaraki
ui-prefecture-tochigi = Tochigi
ui-prefecture-gunma = Gunma
ui-prefecture-saitama = Saitama
ui-prefecture-chiba = Chiba
ui-prefecture-tokyo = Tokyo
ui-prefecture-kanagawa = Kanagawa
ui-prefecture-niigata = Niigata
ui-prefecture-toyama = Toyama
ui-prefecture-ishikawa = Ishikawa
ui-prefecture-fukui = Fukui
ui-prefecture-yamanashi = Yamanashi
ui-prefecture-nagano = Nagano
ui-prefecture-gifu = Gifu
ui-prefecture-shizuoka = Shizuoka
ui-prefecture-aichi = Aichi
ui-prefecture-mie = Mie
ui-prefecture-shiga = Shiga
ui-prefecture-kyoto = Kyoto
ui-prefecture-osaka = Osaka
ui-prefecture-hyogo = Hyogo
ui-prefecture-nara = Nara
ui-prefecture-wakayama = Wakayama
ui-prefecture-tottori = Tottori
ui-prefecture-shimane = Shimane
ui-prefecture-okayama = Okayama
ui-prefecture-hiroshima = Hiroshima
ui-prefecture-yamaguchi = Yamaguchi
ui-prefecture-tokushima = Tokushima
ui-prefecture-kagawa = Kagawa
ui-prefecture-ehime = Ehime
ui-prefecture-kochi = Kochi
ui-prefecture-fukuoka = Fukuoka
ui-prefecture-saga = Saga
ui-prefecture-nagasaki = Nagasaki
ui-prefecture-kumamoto = Kumamoto
ui-prefecture-oita = Oita
ui-prefecture-miyazaki = Miyazaki
ui-prefecture-kagoshima = Kagoshima
ui-prefecture-okinawa = Okinawa

## Playbooks (settings)

ui-nav-playbooks = Playbooks
ui-playbook-intro = The playbooks from which a case's tasks are created when it is judged an incident (004 Art. 69(2)). For each category they set out the emergency measures, the check of other systems for the same thing, the evidence to secure and whom to inform. Every save makes a new revision; earlier revisions never change, and neither do the tasks of existing cases.
ui-playbook-list-caption = Playbooks by category
ui-playbook-col-category = Category
ui-playbook-col-revision = Revision
ui-playbook-col-steps = Steps
ui-playbook-col-saved = Last revised
ui-playbook-built-in = Built-in
ui-playbook-revision = Revision { $revision }
ui-playbook-step-count =
    { $count ->
        [one] 1 step
       *[other] { $count } steps
    }
ui-playbook-showing = Shown below
ui-playbook-open = Show
ui-playbook-open-edit = Show and edit
ui-playbook-open-named = Open the playbook for { $name }
ui-playbook-editor-title = Playbook: { $category }
ui-playbook-current-built-in = In use: the built-in playbook (Sonae's standard)
ui-playbook-current = In use: revision { $revision }
ui-playbook-steps = Steps
ui-playbook-steps-hint = The steps become the case's tasks in this order. A case cannot be closed while a mandatory task is neither done nor marked not needed with a reason. The due time is counted in hours from the moment the case is judged an incident (empty: no due time). The first report to the CISO and the recovery checks are always created besides the playbook.
ui-playbook-col-number = No.
ui-playbook-col-kind = Section
ui-playbook-col-title = Step
ui-playbook-col-mandatory = Mandatory
ui-playbook-col-due-hours = Due (hours)
ui-playbook-step-kind-label = Section of step { $row }
ui-playbook-step-title-label = Text of step { $row }
ui-playbook-step-mandatory-label = Step { $row } is mandatory
ui-playbook-step-due-label = Due time of step { $row } (hours)
ui-playbook-move-up = Up
ui-playbook-move-down = Down
ui-playbook-remove = Remove
ui-playbook-move-up-label = Move step { $row } up
ui-playbook-move-down-label = Move step { $row } down
ui-playbook-remove-label = Remove step { $row }
ui-playbook-moved = Moved “{ $title }” to position { $position }.
ui-playbook-removed = Removed “{ $title }”. The playbook changes only when you save.
ui-playbook-untitled = step without text
ui-playbook-add-step = Add a step
ui-playbook-note = What changed and why
ui-playbook-note-hint = Record what you changed and why (e.g. after the drill, informing the contractor is now mandatory). It is kept in the revision history.
ui-playbook-save = Save as a new revision
ui-playbook-discard = Discard changes
ui-playbook-discarded = Changes discarded; the editor shows the revision in use.
ui-playbook-saved = Saved as revision { $revision }. Cases judged an incident from now on get their tasks from this revision.
ui-playbook-history-title = Revision history
ui-playbook-col-saved-by = Revised by
ui-playbook-col-saved-at = Revised at
ui-playbook-col-note = What changed and why
ui-playbook-in-use = In use
ui-playbook-built-in-note = The standard playbook that comes with Sonae
ui-playbook-restore = Load into the editor
ui-playbook-restore-label = Load revision { $revision } into the editor
ui-playbook-restore-built-in-label = Load the built-in playbook into the editor
ui-playbook-restored = Revision { $revision } is in the editor. Saving makes it a new revision.
ui-playbook-restored-built-in = The built-in playbook is in the editor. Saving makes it a new revision.
ui-playbook-note-restored = Back to the steps of revision { $revision }.
ui-playbook-note-restored-built-in = Back to the built-in steps.
ui-playbook-mandatory = Mandatory
ui-playbook-due-hours = Within { $hours } h

## Cases (CSIRT): list and detail

ui-nav-cases = Cases
ui-case-list-intro = Every case received. Filter by state, severity, handler and more; choose a row to open the case.
ui-case-filters-title = Filter and sort
ui-case-filter-state = State
ui-case-filter-state-open = All open
ui-case-filter-all = All
ui-case-filter-severity = Severity
ui-case-filter-assignee = Handler
ui-case-filter-category = Category
ui-case-filter-overdue = Only cases with a task past its due time
ui-case-filter-reset = Reset the filters
ui-case-sort = Order
ui-case-sort-newest = Newest first
ui-case-sort-oldest = Oldest first
ui-case-sort-severity = Most severe first
ui-case-sort-next-due = Next task due first
ui-case-list-empty = No case matches.
ui-case-list-caption = Cases ({ $first }–{ $last } of { $total })
ui-case-page-range = { $total ->
    [0] 0 cases
   *[other] { $first }–{ $last } / { $total } cases
}
ui-case-pages = Pages of the list
ui-case-page-prev = Previous 20
ui-case-page-next = Next 20
ui-case-col-handler = Handler
ui-case-col-tasks = Tasks
ui-case-col-next-due = Next due
ui-case-row-open-tasks = { $count } open
ui-case-row-overdue-tasks = { $count } overdue
ui-case-overdue = Overdue
ui-case-count = { $count ->
    [one] 1 item
   *[other] { $count } items
}

ui-case-back = Back to the cases
ui-case-readonly = You can view this case. Changes are made by the CSIRT.
ui-case-ended = This case is closed or was found not to be an incident. To change it, the CSIRT lead reopens it.
ui-case-tabs-label = Case record
ui-case-tab-overview = Overview and triage
ui-case-tab-tasks = Tasks
ui-case-tab-evidence = Evidence
ui-case-tab-meetings = Meetings and decisions
ui-case-tab-recovery = Recovery
ui-case-tab-prevention = Cause and prevention
ui-case-tab-timeline = Timeline
ui-case-tab-open-count = ({ $count } open)
ui-case-tab-pending-count = ({ $count } awaiting approval)
ui-case-tab-count = { $count }
ui-case-recorded-by = Recorded by { $name }

ui-case-moves-title = Change the state
ui-case-no-moves = There is no state change you can make on this case.
ui-case-move-ready = All conditions are met.
ui-case-move-missing-title = Conditions not met yet
ui-case-move-reason = Reason
ui-case-move-reason-hint = It goes into the timeline. Write it so that the decision can be understood later.
ui-case-move-refused = "{ $move }" cannot be done yet. It still needs:
ui-case-moved = Done: "{ $move }".

ui-case-ciso-title = First report to the CISO
ui-case-ciso-due = Due
ui-case-ciso-remaining-label = Time left
ui-case-ciso-remaining = { $hours ->
    [0] {""}
   *[other] { $hours } h{" "}
}{ $minutes } min left
ui-case-ciso-overdue = { $hours ->
    [0] {""}
   *[other] { $hours } h{" "}
}{ $minutes } min overdue
ui-case-ciso-informed-at = Reported at
ui-case-ciso-informed = Reported
ui-case-ciso-at = When it was reported
ui-case-ciso-note = How and what was reported
ui-case-ciso-note-hint = For example: summary and impact reported by phone; acknowledged.
ui-case-ciso-record = Record the first report
ui-case-ciso-recorded = The first report to the CISO is recorded.

ui-case-triage-title = Triage
ui-case-triage-incident = Is it an information security incident?
ui-case-triage-incident-yes = Yes
ui-case-triage-incident-no = No
ui-case-triage-incident-unknown = Not decided yet
ui-case-triage-rationale = Rationale
ui-case-triage-rationale-hint = Why it is (or is not) an incident.
ui-case-triage-impact = Impact
ui-case-triage-impact-hint = Which information, systems and residents are affected.
ui-case-triage-severity = Severity
ui-case-triage-severity-unset = Not assessed
ui-case-triage-handler = Handler
ui-case-triage-save = Save the triage

ui-case-tasks-title = Tasks
ui-case-tasks-summary = { $total } in all ({ $open } open)
ui-case-tasks-playbook = From playbook revision { $revision }
ui-case-tasks-empty = No tasks yet. Judging the case an incident creates them from the playbook.
ui-case-task-add = Add a task
ui-case-task-add-title = Add a task
ui-case-task-edit-title = Edit the task
ui-case-task-title = Task
ui-case-task-kind = Kind
ui-case-task-mandatory = Mandatory
ui-case-task-mandatory-label = Mandatory task
ui-case-task-mandatory-hint = The case cannot be closed while a mandatory task is neither done nor waived with a reason.
ui-case-task-assignee = Assignee
ui-case-task-due = Due
ui-case-task-due-hint = Leave empty when there is no due time.
ui-case-task-status = Status
ui-case-task-closed = Closed
ui-case-task-done = Done
ui-case-task-done-named = Mark "{ $title }" done
ui-case-task-done-note = Note (optional)
ui-case-task-done-confirm = Mark done
ui-case-task-waive = Not needed
ui-case-task-waive-named = Mark "{ $title }" not needed
ui-case-task-waive-reason = Why it is not needed
ui-case-task-waive-hint = For example: the device never left the office.
ui-case-task-waive-confirm = Mark not needed
ui-case-task-waived-because = Not needed because: { $reason }
ui-case-task-reopen = Open again
ui-case-task-reopen-named = Open "{ $title }" again
ui-case-task-status-saved = "{ $title }" is now "{ $status }".

ui-case-evidence-title = Evidence
ui-case-evidence-intro = Evidence collected, where it is kept and who handed it to whom. Attached files can be checked for changes by their SHA-256.
ui-case-evidence-add = Record evidence
ui-case-evidence-add-title = Record evidence
ui-case-evidence-empty = No evidence recorded yet.
ui-case-evidence-description = What it is
ui-case-evidence-description-hint = For example: copy of the USB memory register
ui-case-evidence-source = Source
ui-case-evidence-source-detail = Source details
ui-case-evidence-source-detail-hint = Device number, system name, kind of log …
ui-case-evidence-collected-by = Collected by
ui-case-evidence-collected-at = Collected at
ui-case-evidence-collected = Collected
ui-case-evidence-storage-place = Kept at
ui-case-evidence-storage-place-hint = For example: IT policy division, locked safe
ui-case-evidence-holder = Held by now
ui-case-evidence-recorded-by = Recorded by
ui-case-evidence-files = Files
ui-case-evidence-no-files = No files attached.
ui-case-evidence-file = File to attach
ui-case-evidence-file-hint = Up to 50 MB. Keep larger evidence on external media and record where it is kept.
ui-case-evidence-file-choose = Choose a file to attach.
ui-case-evidence-file-too-large = The file is too large (at most { $maxMb } MB). Keep larger evidence on external media and record where it is kept.
ui-case-evidence-file-unreadable = The file could not be read. Please choose it again.
ui-case-evidence-attach = Attach
ui-case-evidence-attaching = Attaching…
ui-case-evidence-file-attached = "{ $name }" is attached.
ui-case-evidence-file-added = Attached by { $name }
ui-case-evidence-recheck = Re-check the hashes
ui-case-recheck-ok = All { $count } evidence files match their recorded hashes.
ui-case-recheck-failed = { $bad } of { $count } evidence files do not match their recorded hashes. They may have been altered or damaged.
ui-case-recheck-at = Checked at
ui-case-recheck-expected = Recorded hash
ui-case-recheck-actual = Hash now
ui-case-recheck-missing = The file is missing
ui-case-custody-title = Chain of custody
ui-case-custody-none = No handovers (kept by the collector, { $name }).
ui-case-custody-line = from { $from } to { $to } (purpose: { $purpose })
ui-case-custody-open = Record a handover
ui-case-custody-open-named = Record a handover of "{ $name }"
ui-case-custody-form-title = Record a handover
ui-case-custody-from = From
ui-case-custody-to = To
ui-case-custody-at = Handed over at
ui-case-custody-purpose = Purpose
ui-case-custody-purpose-hint = For example: to the contractor for analysis
ui-case-custody-save = Record the handover
ui-case-size-bytes = { $n } bytes
ui-case-size-kb = { $n } KB
ui-case-size-mb = { $n } MB

ui-case-meetings-title = Emergency meetings
ui-case-meetings-empty = No meetings recorded.
ui-case-meeting-add = Record a meeting
ui-case-meeting-add-title = Record a meeting
ui-case-meeting-held-at = Held at
ui-case-meeting-participants = Participants
ui-case-meeting-participants-hint = One per line, title and name.
ui-case-meeting-agenda = Agenda
ui-case-meeting-notes = Notes
ui-case-decisions-title = Decisions
ui-case-decisions-intro = A proposed decision is approved or rejected by someone other than its proposer (CSIRT lead, chief security officer or CISO).
ui-case-decisions-empty = No decisions yet.
ui-case-decision-add = Propose a decision
ui-case-decision-add-title = Propose a decision
ui-case-decision-text = Decision
ui-case-decision-text-hint = For example: tell every division to stop using private USB memory.
ui-case-decision-meeting = Meeting
ui-case-decision-no-meeting = Not in a meeting
ui-case-decision-propose = Propose
ui-case-decision-proposed = The decision is proposed.
ui-case-decision-proposer = Proposed
ui-case-decision-decider = Decided
ui-case-decision-note = Comment (optional)
ui-case-decision-approve = Approve
ui-case-decision-reject = Reject
ui-case-decision-approved = The decision is approved.
ui-case-decision-rejected = The decision is rejected.
ui-case-decision-own = You proposed this decision. For separation of duties, someone else approves or rejects it.

ui-case-recovery-title = Recovery check
ui-case-recovery-intro = On recovery, confirm item by item that the security functions work again. Recovery is verified when every item is done (or not needed, with a reason) and at least one is done.
ui-case-recovery-verified = Recovery verified
ui-case-recovery-not-verified = Recovery not verified yet
ui-case-recovery-counts = { $total } items: { $done } done, { $waived } not needed, { $open } open
ui-case-recovery-needs-done = Mark at least one item done (items that are all "not needed" verify nothing).
ui-case-recovery-empty = No recovery items yet. Judging the case an incident creates them.
ui-case-recovery-add = Add an item
ui-case-recovery-add-title = Add a recovery item
ui-case-recovery-edit-title = Edit the recovery item

ui-case-root-cause-title = Root cause
ui-case-root-cause-filled = Filled in
ui-case-root-cause-unfilled = Not filled in
ui-case-root-cause-category = Cause category
ui-case-root-cause-narrative = What happened and why
ui-case-root-cause-narrative-hint = Describe what happened and why.
ui-case-root-cause-ciso-instructions = The CISO's instructions
ui-case-root-cause-ciso-instructions-hint = Record the CISO's instructions on preventing a recurrence.
ui-case-measures-title = Recurrence prevention
ui-case-measures-empty = None recorded.
ui-case-measure-add = Add a measure
ui-case-measure-add-title = Add a measure
ui-case-measure-edit-title = Edit the measure
ui-case-measure-text = Measure
ui-case-measure-status = Status
ui-case-measure-owner = Owner
ui-case-measure-owner-hint = Division, or title and name
ui-case-measure-done-date = Done on
ui-case-measure-due-date = Planned for
ui-case-measure-owner-is = Owner: { $owner }
ui-case-measure-done-on = Done on { $date }
ui-case-measure-due-on = Planned for { $date }

ui-case-timeline-title = Timeline
ui-case-timeline-intro = Oldest first. "Occurred" is when it happened, "recorded" when it was written down.
ui-case-timeline-occurred = Occurred
ui-case-timeline-recorded = Recorded
ui-case-timeline-add-title = Add to the timeline
ui-case-timeline-kind = Kind
ui-case-timeline-occurred-at = Occurred at
ui-case-timeline-occurred-at-hint = When recording afterwards, enter when it actually happened.
ui-case-timeline-text = Text
ui-case-timeline-save = Add
ui-case-timeline-added = Added to the timeline.
ui-case-timeline-kind-action = Action
ui-case-timeline-kind-observation = Observation
ui-case-timeline-kind-decision = Decision
ui-case-timeline-kind-communication = Communication

## Case links
ui-case-links-title = Linked cases
ui-case-links-empty = No case is linked.
ui-case-link-receipt-no = Receipt number
ui-case-link-kind = Relation
ui-case-link-note = Note
ui-case-link-save = Link
ui-case-link-outgoing = Linked from this case by { $name }
ui-case-link-incoming = Linked from the other case by { $name }

## Severity labels (organization settings)
ui-severity-labels-title = Names of the severity levels
ui-severity-labels-intro = Show the four severity levels under the names your own procedures use (Level 1–4 …). A level left empty keeps its standard name.
ui-severity-labels-for = Name for “{ $standard }”
ui-severity-labels-hint = Up to 20 characters; empty keeps the standard name
ui-severity-labels-label = Severity name
ui-severity-labels-save = Save the names
ui-case-evidence-file-pick = Choose a file
ui-case-evidence-file-none = No file chosen

## Obligations tab and the deadlines view
ui-case-tab-obligations = Reports & notices
ui-nav-deadlines = Deadlines
ui-obligation-facts-title = What must be reported
ui-obligation-facts-intro = Enter the facts known so far and choose “Assess and save”: the reports to the Personal Information Protection Commission (preliminary and final), notices to data subjects and others are shown with their deadlines. Enter the facts again when they change; the day the organization knew never moves.
ui-obligation-known-on = Day the organization knew
ui-obligation-known-on-hint = The day the organization learned of the leak (deadlines count it as day 1). It cannot be changed after the first save.
ui-obligation-known-on-fixed = Fixed by the first assessment; it does not move when the facts change.
ui-obligation-pi-title = Personal information
ui-obligation-pi-involved = Personal information was (or may have been) leaked, lost or damaged
ui-obligation-pi-max-persons = Number of persons (highest estimate)
ui-obligation-mn-max-persons = Number of persons, My Number data (highest estimate)
ui-obligation-max-persons-hint = The highest number known so far, in digits (leave empty if unknown)
ui-obligation-pi-malicious = Possibly done with malicious intent (cyberattack, theft …)
ui-obligation-encrypted = Protected by strong encryption or equivalent
ui-obligation-recovered = Everything was recovered before any third party could view it
ui-obligation-mn-title = My Number data
ui-obligation-mn-involved = My Number data was (or may have been) leaked
ui-obligation-mn-system-none = None
ui-obligation-mn-system-network = A system connected to the information provision network
ui-obligation-mn-system-usage = A system for My Number administration
ui-obligation-mn-system-related-public = A public body's system for My Number related work
ui-obligation-crime-title = Possible crime and contractors
ui-obligation-facts-save = Assess and save
ui-obligation-saved = Assessed what must be reported.
ui-obligation-count-invalid = Enter the number of persons in digits (leave empty if unknown).
ui-obligation-rows-title = Reports and notices
ui-obligation-rows-empty = Not assessed yet. Enter the facts above and assess.
ui-obligation-triggers = Events
ui-obligation-due = Due
ui-obligation-target-minutes = Within { $minutes } minutes of the judgement (target)
ui-obligation-no-date = Promptly (no fixed date)
ui-obligation-final-days = within { $days } days
ui-obligation-state = State
ui-obligation-overdue = Overdue
ui-obligation-due-soon = Due soon
ui-obligation-not-owed = Not owed under the current facts
ui-obligation-sent = Sent
ui-obligation-reason = Why not required
ui-obligation-change = Update the state
ui-obligation-sent-at = Sent at
ui-obligation-method = Sent by
ui-obligation-method-hint = Online form, e-mail, post, in person …
ui-obligation-document = Document sent
ui-obligation-note = Note
ui-obligation-state-save = Save the state
ui-obligation-not-required-title = Found not to be owed
ui-deadlines-title = Deadlines
ui-deadlines-intro = Reports and notices not yet sent for open cases (drills excluded), earliest deadline first.
ui-deadlines-today = Today: { $date }
ui-deadlines-empty = No report or notice with a deadline is waiting to be sent.
ui-deadlines-due = Due
ui-deadlines-case = Case
ui-deadlines-destination = To / stage
ui-deadlines-state = State

## Reporting policy (organization settings)
ui-policy-title = Reporting policy
ui-policy-intro = Besides the reports the law requires (the Personal Information Protection Commission, data subjects), decide whom you tell and when. Once saved, the “Reports & notices” of open cases are assessed with it.
ui-policy-when = Report when
ui-policy-when-always = Every incident
ui-policy-when-statutory = A statutory report is owed
ui-policy-when-severity = Severity is at least
ui-policy-when-never = Never
ui-policy-severity-of = Severity from which { $who } is told
ui-policy-severity-or-above = “{ $severity }” or above
ui-policy-target-days-of = Target days for { $who }
ui-policy-target-days-hint = Counted with the day the organization knew as day 1; empty means promptly
ui-policy-target-days-invalid = Enter the target as a number of days from 1 to 365 (empty means promptly).
ui-policy-publication = Publication policy
ui-policy-publication-from = Publish immediately from severity
ui-policy-publication-never-by-severity = Not immediately by severity alone
ui-policy-publication-statutory = Publish immediately when a report to the Commission is owed
ui-policy-publication-batch = Publish other incidents in the half-yearly summary
ui-policy-others = Other destinations
ui-policy-police-malware = Also consult the police about malware other than ransomware
ui-policy-ipa = Report malware and unauthorized access to IPA (voluntary)
ui-policy-jpcert = Report malware and unauthorized access to JPCERT/CC (voluntary)
ui-policy-committee = Report recurrence prevention to the information security committee
ui-policy-save = Save the policy

## Case search
ui-case-search = Search
ui-case-search-hint = Finds words in titles, reports, the timeline, tasks and evidence (two characters or more work best)
ui-case-search-button = Search
ui-case-search-clear = Clear the search

## Documents (issue 7)

ui-case-tab-documents = Documents
ui-doc-kinds-title = Documents for this case
ui-doc-kinds-intro = Reports and letters made from the case's records. Check a document in the preview, then save it where you choose. "Record as submitted" keeps the file itself and its SHA-256 with the case; a recorded version can never be changed.
ui-doc-kinds-intro-drill = This is a drill. Every page of its documents carries a drill watermark and "For drill use — do not submit".
ui-doc-kind-first-report = Incident report (first report) to the CISO
ui-doc-kind-ppc-appi = Leak report to the PPC (APPI)
ui-doc-kind-ppc-mynumber = Leak report to the PPC (My Number Act)
ui-doc-kind-prefecture = Report to MIC and the prefecture
ui-doc-kind-final-report = Incident report for the CISO and the committee
ui-doc-kind-subject-notice = Notice to the persons concerned
ui-doc-kind-press-release = Press release (draft)
ui-doc-kind-police = Police consultation paper
ui-doc-kind-contacts = Emergency contact list
ui-doc-ppc-kind = Report kind
ui-doc-ppc-kind-preliminary = Preliminary
ui-doc-ppc-kind-final = Final
ui-doc-ppc-kind-combined = Preliminary and final
ui-doc-ppc-kind-supplement = Supplement
ui-doc-preview = Preview
ui-doc-save = Save…
ui-doc-preview-title = Preview: { $title }
ui-doc-preview-close = Close
ui-doc-drill-banner = For drill use — do not submit
ui-doc-drill-watermark = DRILL
ui-doc-ki = Particulars
ui-doc-ijou = End
ui-doc-paste = Text for the PPC online form
ui-doc-paste-intro = Paste each text into the matching field of the PPC online report form (clicking a field selects all of it).
ui-doc-save-title = Save the PDF
ui-doc-save-version-title = Save the recorded version
ui-doc-save-path = File (with its folder)
ui-doc-save-path-hint = The full path, folder and file name. A missing folder is created.
ui-doc-save-overwrite = Replace a file with the same name
ui-doc-record-hint = "Record as submitted and save" keeps the very file you save (the PDF and its SHA-256) with the case. Save the version you submit this way. A record cannot be changed or deleted; a later version (supplement) is a new record.
ui-doc-save-copy = Save a copy
ui-doc-record = Record as submitted and save
ui-doc-save-version = Save this version
ui-doc-saved = Saved: { $path } (SHA-256 { $sha256 })
ui-doc-saved-status = PDF saved
ui-doc-recorded-status = Recorded as submitted and saved
ui-doc-submissions-title = Recorded as submitted
ui-doc-submissions-empty = No document has been recorded as submitted yet.
ui-doc-col-document = Document
ui-doc-col-recorded = Recorded
ui-doc-col-sha256 = SHA-256
ui-doc-col-actions = Actions
ui-doc-superseded = superseded
ui-doc-particulars-title = Report particulars
ui-doc-particulars-intro = What the reports to the PPC and others say beyond the facts on the Obligations tab. Enter what is known; the documents print "under investigation" for what is not.
ui-doc-particulars-save = Save the particulars
ui-doc-particulars-saved = Particulars saved
ui-doc-p-discovered-by = Found by
ui-doc-p-contractor = Contractor (if involved)
ui-doc-p-data-items = Items of personal data affected
ui-doc-p-data-items-hint = E.g. name, address, phone number, My Number
ui-doc-p-data-kind = Kind of personal data
ui-doc-p-confirmed-persons = Persons (confirmed)
ui-doc-p-confirmed-persons-hint = Digits. The maximum possible number is entered on the Obligations tab.
ui-doc-p-persons-counted-at = Counted at
ui-doc-p-cause-actor = Who caused it
ui-doc-p-secondary-damage = Secondary damage or its risk
ui-doc-p-secondary-damage-detail = Secondary damage: details
ui-doc-p-subject-response = Response to the persons
ui-doc-p-subject-response-detail = Response to the persons: how and when
ui-doc-p-publication = Publication
ui-doc-p-publication-detail = Publication: how and when
ui-doc-p-other = Other relevant matters
ui-doc-p-network-segments = Network segment (three-layer model)
ui-doc-p-affected-services = Services affected
ui-doc-p-inquiry-desk = Inquiry desk
ui-doc-p-inquiry-desk-hint = Printed on the notice and the press release. E.g. Welfare Division, phone 048-000-0000 (weekdays 8:30–17:15)
ui-doc-tri-yes = Yes
ui-doc-tri-no = No
ui-doc-tri-unknown = Unknown
ui-doc-subject-undecided = Undecided
ui-doc-subject-done = Notified
ui-doc-subject-planned = To be notified
ui-doc-subject-impossible = Cannot be notified (publication instead)
ui-doc-publication-undecided = Undecided
ui-doc-publication-done = Published
ui-doc-publication-planned = To be published
ui-doc-publication-not-planned = Not published
ui-doc-segment-my-number = My Number segment
ui-doc-segment-lgwan = LGWAN segment
ui-doc-segment-internet = Internet segment
ui-addressees-title = Addressees of documents
ui-addressees-intro = Whom the reports to outside bodies are addressed to. The organization's honorific (様 or 殿) is added. An emptied line goes back to its default.
ui-addressee-ppc = Personal Information Protection Commission
ui-addressee-soumu = Ministry of Internal Affairs and Communications
ui-addressee-prefecture = Prefecture
ui-addressee-police = Police
ui-addressees-save = Save the addressees

# training
ui-nav-training = Training
ui-training-intro = The fiscal year's training plan and sessions, attendance and comprehension, and whether the handlers of specific personal information are trained (My Number Act Enforcement Order Art. 32).
ui-training-year = Fiscal year
ui-training-year-label = FY{ $year }
ui-training-plan = Training plan
ui-training-plan-none = No training plan is registered for this fiscal year yet.
ui-training-plan-add = Register the plan
ui-training-plan-edit = Edit the plan
ui-training-plan-form = Training plan for FY{ $year }
ui-training-plan-title = Plan
ui-training-plan-goals = Goals
ui-training-plan-content = Schedule
ui-training-plan-approved-on = Approved on
ui-training-plan-approved-by = Approved by
ui-training-plan-approval = Approval
ui-training-plan-approved = Approved by { $by } on { $date }
ui-training-plan-not-approved = Not approved
ui-training-date-hint = Year-month-day (e.g. 2026-06-19).
ui-training-today-hint = Empty: today.
ui-training-sessions = Sessions
ui-training-sessions-none = No sessions are registered for this fiscal year yet.
ui-training-session-add = Add a session
ui-training-session-edit = Edit the session
ui-training-held-on = Date
ui-training-session-title = Title
ui-training-topics = Content
ui-training-topics-hint = Handlers of specific personal information need a session on cyber threats and counter-measures every year.
ui-training-audience = Audience
ui-training-instructor = Instructor
ui-training-note = Summary and notes
ui-training-attendance-count = Attended
ui-training-attended-of = { $attended } / { $recorded }
ui-training-rate = Rate
ui-training-percent = { $value }%
ui-training-average = Comprehension (average)
ui-training-open = Open
ui-training-open-label = Open “{ $title }”
ui-training-close = Close
ui-training-makeup-badge = Make-up
ui-training-planned-badge = Planned
ui-training-makeup-add = Add a make-up session
ui-training-makeup-of = Make-up for
ui-training-makeup-of-hint = For a make-up session for those who were absent, choose the original session.
ui-training-makeup-none = (not a make-up)
ui-training-makeup-title = { $title } (make-up)
ui-training-makeups = Make-up sessions
ui-training-not-held = Attendance can be recorded once the session is held.
ui-training-attendance = Attendance and comprehension
ui-training-person = Person
ui-training-department = Department
ui-training-status = Attendance
ui-training-status-of = Attendance of { $name }
ui-training-not-recorded = Not recorded
ui-training-comprehension = Comprehension
ui-training-comprehension-of = Comprehension of { $name } (0–100)
ui-training-makeup-taken = Make-up
ui-training-makeup-on = Make-up attended on { $date }
ui-training-handler-badge = Handler
ui-training-attendance-save = Save attendance
ui-training-csv-title = Import attendance from CSV
ui-training-csv-intro = A header on line 1 (氏名,出欠,理解度), then one person per line. People are matched by name. If any row is wrong, nothing is imported.
ui-training-csv-file = Choose a CSV file
ui-training-csv = Attendance CSV
ui-training-csv-hint = Choose a file or paste from a spreadsheet. Attendance is 出席 or 欠席; comprehension a whole number from 0 to 100.
ui-training-csv-import = Import the CSV
ui-training-csv-imported = Imported the attendance of { $count } people.
ui-training-alert = Handlers without training in the last 12 months
ui-training-alert-intro = Handlers of specific personal information who have not attended a session on cyber threats and counter-measures from { $from } to { $today }. Have them attend a make-up session.
ui-training-alert-none = Every handler is trained.
ui-training-alert-reason = Status
ui-training-alert-last-attended = { $reason } (last attended { $date })
ui-training-alert-last-absent = { $reason } (last absent { $date })
ui-training-designated-on = Designated on
ui-training-handlers = Handlers of specific personal information
ui-training-handlers-intro = The staff who work with specific personal information files. A released designation stays on record.
ui-training-handlers-none = No handlers are registered yet.
ui-training-handler-note = Duties
ui-training-handler-designate = Designate
ui-training-handler-designated = Designated as a handler.
ui-training-handler-release = Release
ui-training-handler-release-label = Release the designation of { $name }
ui-training-handler-released = Released the designation of { $name }.
ui-training-handler-released-badge = Released { $date }
ui-training-choose-person = (choose a person)
ui-training-history = Training history by person
ui-training-history-handler = Handler (designated { $date })
ui-training-history-not-handler = Not a handler.
ui-training-history-none = No training on record.
ui-training-report = Training report (to the CISO and the committee)
ui-training-report-intro = Saves a PDF with the year's plan, the sessions, absentees and make-ups, and the handlers without training.
ui-training-report-path = Save to
ui-training-report-save = Save the PDF
ui-training-report-overwrite = Save and replace
ui-training-report-saved = Saved: { $path }

# drills (issue 8)
ui-nav-drills = Drills
ui-drills-title = Incident response drills
ui-drills-intro = Plan, run and record drills along the incident response playbooks. A drill runs as a case marked "drill", through the same steps as a real case; it is never counted with real cases or listed among real deadlines.
ui-drills-list-title = Drills
ui-drills-empty = No drill yet. Plan one with "Plan a drill".
ui-drill-plan-open = Plan a drill
ui-drill-col-name = Drill
ui-drill-col-kind = Type
ui-drill-col-year = Fiscal year
ui-drill-col-state = State
ui-drill-col-case = Drill case
ui-drill-col-when = Held
ui-drill-year = FY{ $year }
ui-drill-planned-on = planned for { $date }
ui-drill-plan-title = Plan a drill
ui-drill-plan-scenario = Scenario
ui-drill-scenario-option = { $title } ({ $kind }, { $count } injects, { $source })
ui-drill-scenario-builtin = built-in
ui-drill-scenario-own = own
ui-drill-plan-name = Drill name
ui-drill-plan-name-hint = e.g. FY2026 incident response drill no. 2
ui-drill-plan-fiscal-year = Fiscal year
ui-drill-plan-fiscal-year-hint = In the Western calendar (e.g. 2026).
ui-drill-plan-planned-on = Planned date
ui-drill-plan-purpose = Purpose
ui-drill-plan-purpose-hint = What the drill checks (e.g. that reports and the PPC preliminary report are made in time).
ui-drill-plan-structure = Organisation
ui-drill-plan-structure-hint = Controller, players, evaluators.
ui-drill-plan-scope = Scope
ui-drill-plan-scope-hint = Departments, information systems and playbooks covered.
ui-drill-plan-participants = Participants
ui-drill-plan-participants-hint = Choose from the staff list or type a name, and give the role in the drill. Empty rows are not saved.
ui-drill-plan-person = Participant { $n } (from the staff list)
ui-drill-plan-person-none = Not from the staff list
ui-drill-plan-participant-name = Participant { $n }: name
ui-drill-plan-participant-role = Participant { $n }: role
ui-drill-plan-role-placeholder = e.g. reporter, evaluator
ui-drill-plan-participant-remove = Remove
ui-drill-plan-participant-remove-label = Remove participant { $n }
ui-drill-plan-participant-add = Add a participant
ui-drill-plan-save = Save the plan
ui-drill-back = Back to the drills
ui-drill-banner-mark = DRILL
ui-drill-banner-text = This is a drill, not a real incident. Do not report or submit anything to outside bodies.
ui-drill-case-banner = This case is a drill, not a real incident. Do not submit its documents to outside bodies.
ui-drill-plan-summary = Plan
ui-drill-participant = { $name } ({ $role })
ui-drill-playbook = Playbook exercised
ui-drill-playbook-revision = Revision { $revision }
ui-drill-case-link = Open drill case { $receiptNo }
ui-drill-case-none = Starting the drill opens its drill case.
ui-drill-started-at = Started
ui-drill-ended-at = Ended
ui-drill-start-title = Start the drill
ui-drill-start-intro = Starting opens the drill case and sets the scenario clock running. Each inject is added to the drill case's timeline when the scenario clock reaches its time.
ui-drill-speed = Clock speed
ui-drill-speed-1 = Real time (1×)
ui-drill-speed-10 = 10× (10 min = 1 min)
ui-drill-speed-60 = 60× (1 min = 1 s)
ui-drill-speed-600 = 600× (10 min = 1 s)
ui-drill-speed-other = { $speed }×
ui-drill-start = Start the drill
ui-drill-started-status = The drill has started.
ui-drill-clock-title = Facilitation
ui-drill-clock-label = Scenario time
ui-drill-clock-running = Running: { $speed }
ui-drill-clock-paused = Paused
ui-drill-play = Resume
ui-drill-pause = Pause
ui-drill-skip-next = Skip to the next inject ({ $offset })
ui-drill-next-in = Next inject ({ $offset }) in { $left }
ui-drill-next-paused = The next inject is at { $offset } (paused).
ui-drill-next-none = Every inject has been given.
ui-drill-end = End the drill
ui-drill-end-confirm-text = End the drill? The scenario clock stops and cannot be resumed.
ui-drill-ended-status = The drill has ended.
ui-drill-injects-title = Injects
ui-drill-injects-intro = Injects whose scenario time has come are highlighted and added to the drill case's timeline. Record whether the expected reaction was achieved or missed.
ui-drill-expected = Expected: { $expected }
ui-drill-released-at = Given:
ui-drill-not-released = Not yet given
ui-drill-mark-note = Note
ui-drill-marked-status = The mark was recorded.
ui-drill-results-title = Targets and measured times
ui-drill-results-intro = Measured from the drill case's records, as scenario time since the start.
ui-drill-results-empty = This scenario has no target times.
ui-drill-result-item = Item
ui-drill-result-target = Target
ui-drill-result-actual = Measured
ui-drill-result-verdict = Verdict
ui-drill-within = within { $time }
ui-drill-minutes = { $m } min
ui-drill-hours = { $h } h
ui-drill-hours-minutes = { $h } h { $m } min
ui-drill-verdict-met = Within target
ui-drill-verdict-exceeded = Exceeded
ui-drill-verdict-not-reached = Not reached
ui-drill-after-title = After-action review
ui-drill-after-intro = Record the course of the drill, what went well, the issues and the improvement actions, and have it approved. Once approved it cannot change.
ui-drill-after-approved = This drill's record is approved and can no longer change.
ui-drill-log-title = Timed log
ui-drill-log-empty = Nothing logged yet.
ui-drill-log-at = Time
ui-drill-log-at-hint = Empty: now.
ui-drill-log-work = Work and situation
ui-drill-log-decision = Decisions and instructions
ui-drill-log-stumble = Where it stumbled
ui-drill-log-add = Add to the log
ui-drill-log-added = Added to the timed log.
ui-drill-review-title = What went well, issues
ui-drill-good-points = What went well
ui-drill-issues = Issues
ui-drill-revise-playbook = The playbook must be revised
ui-drill-revise-playbook-hint = Tick when the drill showed that the playbook needs revising (Article 69(3)).
ui-drill-after-save = Save the review
ui-drill-after-saved = The review was saved.
ui-drill-revise-open = Open playbook revision { $revision }
ui-drill-revision-done = Playbook revision { $revision } was opened following this drill.
ui-drill-revision-open = Edit it in the playbooks
ui-drill-revision-status = A playbook revision was opened.
ui-drill-actions-title = Improvement actions
ui-drill-actions-intro = Each improvement action becomes a task with owner and due date on the drill case and is tracked until done.
ui-drill-actions-empty = No improvement action yet.
ui-drill-action-text = Improvement action
ui-drill-action-owner = Owner
ui-drill-action-due = Due
ui-drill-action-status = Task
ui-drill-action-case = See it on drill case { $receiptNo }
ui-drill-action-add = Add the action
ui-drill-action-added = The improvement action was added as a task.
ui-drill-approval-title = Approval and report to the committee
ui-drill-approve-intro = Check the drill's record and approve it. Once approved it can no longer change.
ui-drill-approve = Approve the record
ui-drill-approved-status = The drill's record was approved.
ui-drill-approved-by = Approved by { $name }
ui-drill-approve-not-you = The record is approved by a CSIRT lead, the chief security officer or the CISO other than the person who planned the drill.
ui-drill-approve-after-end = The record is approved after the drill has ended.
ui-drill-committee-date = Reported to the security committee on
ui-drill-committee-save = Record the date
ui-drill-committee-saved = The report to the committee was recorded.
ui-drill-committee-reported = Reported to the security committee on { $date }.
ui-drill-record-title = Drill record (PDF)
ui-drill-record-intro = Saves the drill record: overview, injects and marks, targets and measured times, timed log, improvement actions, approval.
ui-drill-record-save = Save the drill record
ui-drill-calls-title = Call-tree check
ui-drill-calls-intro = Call down the emergency contact list and record each result. Entries with no answered call in the last 12 months, or that failed in this drill, are marked "check".
ui-drill-call-stale = Check
ui-drill-call-phone = Tel. { $phone }
ui-drill-call-no-phone = No phone number
ui-drill-call-last-answered = Last answered:
ui-drill-call-never-answered = Never answered in a drill.
ui-drill-call-note = Note on the call to { $name }
ui-drill-call-note-placeholder = Note (e.g. number changed)
ui-drill-call-recorded = The call was recorded.
ui-drill-calls-made = Calls made
ui-drill-calls-none = No call yet.
ui-drill-call-at = Called at
ui-drill-call-target = Contact
ui-drill-call-result = Result
ui-drill-call-answered-at = Answered at
ui-drill-call-note-col = Note
ui-drill-scenarios-title = Scenarios
ui-drill-scenarios-intro = Built-in scenarios cannot be changed. Copy one to edit it as your own, or import its injects from a CSV file.
ui-drill-scenario-col-title = Scenario
ui-drill-scenario-col-category = Category
ui-drill-scenario-col-injects = Injects
ui-drill-scenario-col-actions = Actions
ui-drill-scenario-injects = { $count }
ui-drill-scenario-based-on = copy of { $key }
ui-drill-scenario-copy = Copy
ui-drill-scenario-copy-label = Copy "{ $title }"
ui-drill-scenario-copy-heading = Copy a scenario
ui-drill-scenario-copy-title-default = { $title } (copy)
ui-drill-scenario-key = Key
ui-drill-scenario-key-hint = Lower-case letters, digits and hyphens (e.g. lost-usb-shimin)
ui-drill-scenario-title = Scenario name
ui-drill-scenario-summary = Situation (summary)
ui-drill-scenario-copy-note = The targets and the { $count } injects are copied as they are; import a CSV to replace the injects.
ui-drill-scenario-copy-save = Save as our own scenario
ui-drill-scenario-saved = The scenario "{ $title }" was saved.
ui-drill-import-open = Import injects from CSV
ui-drill-import-title = Import injects from CSV
ui-drill-import-intro = The first line of the CSV is the header (時刻,経路,付与する状況,期待される対応). Times are hours:minutes (e.g. 1:30); the channel is one of phone / email / in_person / system / media / other. If any row is wrong, nothing is imported.
ui-drill-import-scenario = Scenario to replace
ui-drill-import-scenario-hint = A built-in scenario is saved as your own with -own added to its key.
ui-drill-import-file = Choose a CSV file
ui-drill-import-csv = CSV content
ui-drill-import-csv-hint = A chosen file is read into this box; you can also paste.
ui-drill-import-save = Import
ui-drill-import-saved = Imported { $count } injects into "{ $title }" ({ $key }).

# Encryption at rest (issue 9)
ui-db-passphrase = Passphrase
ui-db-passphrase-confirm = Passphrase (again)
ui-db-passphrase-current = Current passphrase
ui-db-passphrase-new = New passphrase
ui-db-passphrase-rule = At least { $min } characters. Make it long like a sentence and hard to guess (for example a short sentence with a season and a place).
ui-db-passphrase-too-short = The passphrase must be at least { $min } characters long.
ui-db-passphrase-mismatch = The passphrase typed to confirm does not match.
ui-db-unlock-title = Unlock the database
ui-db-unlock-intro = The data on this machine is encrypted. Enter the organization's passphrase.
ui-db-unlock-submit = Unlock
ui-db-unlock-working = Checking…
ui-db-unlock-forgotten = If you do not know the passphrase, ask the system administrator. Without it the data cannot be read.
ui-db-create-title = Set the passphrase that protects the data
ui-db-create-intro = Incident records hold residents' personal data and evidence. Everything this machine stores is encrypted with the passphrase you choose here.
ui-db-create-point-shared = There is one passphrase per organization. The CSIRT lead and the administrator keep it as agreed, for example sealed in an envelope in a safe.
ui-db-create-point-lost = If the passphrase is lost, nobody — not even the developers — can read the data.
ui-db-create-point-backup = Backups are encrypted with the same passphrase.
ui-db-create-submit = Set the passphrase and start
ui-db-create-working = Creating the encrypted database…
ui-encryption-title = Encryption of stored data
ui-encryption-on = The database and evidence files on this machine are encrypted with the organization's passphrase.
ui-encryption-off = The database on this machine is not encrypted.
ui-encryption-off-how = To encrypt it, quit the app and run `sonae passphrase set` in a terminal.
ui-encryption-rekeyed-at = (passphrase last changed { $at })
ui-encryption-submit = Change the passphrase
ui-encryption-changed = The passphrase was changed and the database re-encrypted with the new key.

# Data safety (backups, offline exchange between installations; issue 9)
ui-nav-safety = Data safety
ui-safety-intro = Backups so that no incident record is lost, and signed files to hand cases and staff reports between installations that share no network.
ui-safety-percent = { $percent } %
ui-safety-progress-done = Done
ui-safety-count = { $count }
ui-safety-size-kb = { $size } KB
ui-safety-size-mb = { $size } MB
ui-safety-close = Close
ui-safety-col-actions = Actions
ui-safety-backup-title = Back up now
ui-safety-backup-intro = Saves the database and the evidence files in one file. Its manifest records every file's hash, so changes and damage can be found later. An automatic backup is made once a day in the same folder.
ui-safety-backup-path = Backup file
ui-safety-backup-path-hint = An existing file is never overwritten. To save on another medium (a USB stick …), type its location.
ui-safety-backup-progress = Backup progress
ui-safety-backup-submit = Create backup
ui-safety-backup-done = The backup was created.
ui-safety-summary-created = Created
ui-safety-summary-cases = Cases
ui-safety-summary-audit = Audit entries
ui-safety-summary-evidence = Evidence files
ui-safety-summary-size = Size
ui-safety-list-title = Saved backups
ui-safety-list-intro = The backups in { $folder }, newest first.
ui-safety-list-empty = This folder has no backup yet.
ui-safety-list-caption = Backups ({ $count })
ui-safety-col-file = File name
ui-safety-col-kind = Kind
ui-safety-col-size = Size
ui-safety-col-date = Date
ui-safety-kind-auto = Automatic
ui-safety-kind-manual = Manual
ui-safety-verify-title = Verify a backup
ui-safety-verify-intro = Reads the whole backup and checks every entry against the hashes of its manifest. The database is not changed.
ui-safety-verify-progress = Verification progress
ui-safety-verify-submit = Verify
ui-safety-verify-done = Every entry matches the manifest. This backup can be restored.
ui-safety-restore-title = How to restore
ui-safety-restore-intro = Restoring is done from the command line with this app closed (while it runs, the app holds the database open). The current database is kept with “.before-restore-<time>” added to its name. Run “sonae check” afterwards.
ui-safety-restore-command = sonae --db "{ $db }" backup restore "{ $file }"
ui-safety-restore-file = backup file
ui-safety-keys-title = This installation's key and trusted keys
ui-safety-keys-intro = Case and report files are signed with the key of the installation that wrote them. The receiving installation registers the sender's public key as trusted. When registering, read the fingerprint aloud to each other (by phone …) to compare it.
ui-safety-own-fingerprint = This installation's key fingerprint
ui-safety-own-public-key = This installation's public key (to be registered on the other installation)
ui-safety-own-key-hint = The private key is in this installation's data folder; backups do not hold it.
ui-safety-keys-empty = No trusted key is registered yet.
ui-safety-keys-caption = Trusted keys ({ $count })
ui-safety-key-name = Key name
ui-safety-key-name-hint = A name for the other installation (General Affairs PC, Main-office CSIRT …).
ui-safety-public-key = Public key
ui-safety-public-key-hint = The 64 hexadecimal digits shown on the other installation's Data safety page.
ui-safety-col-fingerprint = Fingerprint
ui-safety-col-added = Registered
ui-safety-col-state = State
ui-safety-key-valid = Valid
ui-safety-key-revoked = Revoked ({ $at })
ui-safety-key-revoke = Revoke
ui-safety-key-revoke-confirm = Revoke the key “{ $name }”? Files signed with it can then no longer be imported (the register keeps its record).
ui-safety-key-revoke-yes = Revoke
ui-safety-key-revoke-no = Cancel
ui-safety-key-add-title = Register a trusted key
ui-safety-key-submit = Register
ui-safety-key-added = Registered the key “{ $name }” (fingerprint { $fingerprint }).
ui-safety-export-title = Export a case file
ui-safety-export-intro = Writes a case with its reports, timeline, work and evidence files as one signed file for another CSIRT installation. Cases can also be exported from the case screen.
ui-safety-export-receipt = Receipt number
ui-safety-export-receipt-hint = For example 2026-0004
ui-safety-export-choose = Export this case
ui-safety-export-case-intro = Writes this case as a signed file. The receiving installation imports it on its Data safety page.
ui-safety-export-report-intro = Writes this report as a signed file. Hand it to the CSIRT (USB stick …); importing it on the CSIRT's installation receives it as a case.
ui-safety-bundle-path = File
ui-safety-bundle-path-hint = An existing file is never overwritten.
ui-safety-case-file-name = case-{ $receipt }.bundle
ui-safety-report-file-name = report-{ $receipt }.bundle
ui-safety-export-progress = Export progress
ui-safety-export-submit = Write to a file
ui-safety-exported = Receipt number { $receipt } was written to the file.
ui-safety-exported-key = Signed with the key { $fingerprint } (the receiving installation must have registered it).
ui-safety-case-export-button = Write to a file
ui-safety-report-export-button = Write to a file
ui-safety-import-title = Import a file
ui-safety-import-intro = Imports a case file or a staff report file received from another installation. Signature, hashes and format are all checked before anything is written; nothing is written when something is wrong. Importing the same file twice duplicates nothing.
ui-safety-import-progress = Import progress
ui-safety-import-submit = Import
ui-safety-import-case-done = The case was imported (receipt number here: { $receipt }).
ui-safety-import-report-done = The staff report was imported and received as case { $receipt }.
ui-safety-import-unchanged = { $receipt } was already imported; nothing changed.
ui-safety-import-from = From “{ $name }” (key { $fingerprint })
ui-safety-import-new = Records imported
ui-safety-import-skipped = Records already here (unchanged)
ui-safety-import-conflicts = Conflicting records
ui-safety-import-no-conflicts = None
ui-safety-import-open = Open case { $receipt }
