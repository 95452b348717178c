# forms-public: PDF documents (sonae-forms), see forms.ftl
# The notice to the persons concerned, the press release and the emergency contact list. The
# documents are Japanese; these keep id parity and allow an English rendering for reading along.

## Shared by the notice and the press release

forms-public-inquiry-none = (not entered)
forms-public-secondary-yes = There is secondary damage, or a risk of it.
forms-public-secondary-no = So far, no secondary damage or risk of it has been found.
forms-public-secondary-unknown = Whether there is secondary damage is still being checked.
forms-public-sent-ppc = reported to the Personal Information Protection Commission
forms-public-sent-soumu = reported to the Ministry of Internal Affairs and Communications
forms-public-sent-prefecture = reported to { $prefecture }
forms-public-sent-police = consulted the police
forms-public-sent-ipa = notified IPA (Information-technology Promotion Agency)
forms-public-sent-jpcert = reported to JPCERT/CC

## Notice to the persons concerned (APPI art. 68(2), rules art. 45)

forms-notice-title = Notice and apology concerning a leak of personal information
forms-notice-subject = Notice and apology concerning a leak of personal information
forms-notice-addressee = ____________________ (sama)
forms-notice-preamble-what = { $org } has had an incident in which your personal information leaked or may have leaked. We sincerely apologise for the trouble and worry this causes you, and will manage personal information with even greater care so that this does not happen again.
forms-notice-preamble-below = The details are given below. If you have any questions, or receive suspicious calls or mail that may be related, please contact the desk below.
forms-notice-item-summary = Summary
forms-notice-item-data = Items of personal information that leaked or may have leaked
forms-notice-item-cause = Cause
forms-notice-item-secondary = Secondary damage or its risk, and what it is
forms-notice-item-other = Other relevant matters
forms-notice-field-occurred = Occurred on
forms-notice-field-noticed = Found on
forms-notice-field-department = Department
forms-notice-field-what = What happened
forms-notice-field-discovered-by = Found by
forms-notice-field-contractor = Contractor
forms-notice-under-investigation = Under investigation.
forms-notice-sent = On { $date }, we { $what }.
forms-notice-other-none = None.
forms-notice-item-inquiry = Inquiries

## Press release (draft)

forms-press-title = Press release (draft)
forms-press-draft-mark = [DRAFT]
forms-press-in-charge = In charge: { $department }
forms-press-subject = About the { $what }
forms-press-subject-personal = About the { $what } involving personal information
forms-press-preamble = { $org } ({ $department }) has found the { $what }, as follows.
forms-press-preamble-no-department = { $org } has found the { $what }, as follows.
forms-press-item-summary = Summary
forms-press-item-timeline = Course of events
forms-press-item-data = Personal information concerned and impact
forms-press-item-impact = Impact
forms-press-item-cause = Cause
forms-press-item-measures = Next steps and recurrence prevention
forms-press-item-apology = Apology
forms-press-item-inquiry = Inquiries
forms-press-field-occurred = Occurred
forms-press-field-noticed = Found
forms-press-field-department = Department
forms-press-field-what = What happened
forms-press-field-persons = Persons
forms-press-persons-confirmed = { $persons } ({ $confirmed } confirmed as of { $at })
forms-press-persons-confirmed-no-time = { $persons } ({ $confirmed } confirmed)
forms-press-field-data-items = Items
forms-press-field-medium = Medium
forms-press-field-impact = Scope
forms-press-field-services = Services affected
forms-press-field-secondary = Secondary damage
forms-press-column-when = When
forms-press-column-what = Event
forms-press-sent-row = { $what }.
forms-press-field-subjects = Persons concerned
forms-press-subjects-done = Each person concerned has been given an apology and an explanation.
forms-press-subjects-planned = Each person concerned will be given an apology and an explanation.
forms-press-subjects-impossible = The persons concerned cannot be reached individually: this release and an inquiry desk take the place of a notice.
forms-press-field-measures-done = Measures taken
forms-press-field-measures-planned = Measures planned
forms-press-measure-done = - { $text }
forms-press-measure-done-on = - { $text } (done { $date })
forms-press-measure-planned = - { $text } (by { $date })
forms-press-measures-none = Recurrence-prevention measures are being considered.
forms-press-apology-personal = Although it is our duty to manage personal information properly, we let this happen, and we deeply apologise for the trouble and worry caused to everyone concerned. We will do everything we can to prevent a recurrence and to regain your trust.
forms-press-apology = We deeply apologise for the trouble and worry caused to everyone concerned. We will do everything we can to prevent a recurrence and to regain your trust.

## Emergency contact list

forms-contacts-title = Information security incident emergency contact list
forms-contacts-handling = [Handle with care]
forms-contacts-created = Created { $date }
forms-contacts-preamble = Whom to reach when an information security incident (or a suspected one) occurs, from the top of the security organisation down.
forms-contacts-item-ciso = Chief information security officer (CISO)
forms-contacts-item-chief = Chief security officer
forms-contacts-item-csirt-lead = CSIRT lead
forms-contacts-item-csirt-member = CSIRT members
forms-contacts-item-system-administrator = System administrators
forms-contacts-item-departments = Departments' security managers and staff
forms-contacts-item-handling = Handling
forms-contacts-role-ciso = CISO
forms-contacts-role-chief = Chief security officer
forms-contacts-role-csirt-lead = CSIRT lead
forms-contacts-role-csirt-member = CSIRT member
forms-contacts-role-system-administrator = System administrator
forms-contacts-role-manager = Security manager
forms-contacts-role-staff = Staff
forms-contacts-column-role = Role
forms-contacts-column-department = Department
forms-contacts-column-title = Title
forms-contacts-column-name = Name
forms-contacts-column-office-phone = Phone (ext.)
forms-contacts-column-mobile = Mobile
forms-contacts-column-email = E-mail
forms-contacts-column-after-hours = After hours
forms-contacts-none = (none registered)
forms-contacts-no-department = (no department)
forms-contacts-handling-note = This list holds personal data such as staff's own mobile numbers. Handle it with care: do not show or copy it to anyone outside those concerned. When you receive a new edition, destroy the old one. Tell the administrator at once when any entry changes.
