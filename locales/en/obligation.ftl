# Obligations and the notification tracker: destinations, legal bases, triggers, stages, states,
# facts and deadlines. Shared by Rust and the UI.

## Destinations

destination-ciso = CISO
destination-ppc = Personal Information Protection Commission
destination-data-subjects = Data subjects
destination-soumu = Ministry of Internal Affairs and Communications
destination-prefecture = Prefecture
destination-police = Police
destination-contractor = Contractors and partners
destination-ipa = IPA
destination-jpcert = JPCERT/CC
destination-publication = Public announcement
destination-committee = Information security committee

## Bases

basis-appi-68 = APPI Art. 68
basis-mynumber-29-4 = My Number Act Art. 29-4
basis-mynumber-guideline = My Number guideline (public bodies)
basis-security-policy = Security policy
basis-voluntary = Voluntary

level-legal = Statutory
level-guideline = Guideline
level-policy = Policy
level-voluntary = Voluntary

## Reportable events

trigger-appi-43-1 = Sensitive personal information (Rule 43 (1))
trigger-appi-43-2 = Risk of financial damage (Rule 43 (2))
trigger-appi-43-3 = Possible malicious intent (Rule 43 (3))
trigger-appi-43-4 = More than 100 persons (Rule 43 (4))
trigger-appi-43-5 = Ordinance-defined sensitive information (Rule 43 (5))
trigger-mynumber-2-1 = Leak from a My Number system (Rule 2 (1))
trigger-mynumber-2-2 = Malicious leak of My Number data (Rule 2 (2))
trigger-mynumber-2-3 = Viewable by the public (Rule 2 (3))
trigger-mynumber-2-4 = More than 100 persons (Rule 2 (4))
trigger-mynumber-leak = My Number data leak (guideline report)
trigger-incident = Judged an incident
trigger-severity = By severity
trigger-statutory-report = A statutory report is owed
trigger-crime-unauthorized-access = Possible unauthorized access
trigger-crime-ransomware = Ransomware
trigger-crime-malware = Malware infection
trigger-crime-theft = Theft
trigger-crime-insider = Possible insider misconduct
trigger-crime-other = Other possible crime
trigger-contractor-involved = A contractor is involved

## Stages and states

notification-stage-preliminary = Preliminary
notification-stage-final = Final
notification-stage-single = Report / notice
notification-state-pending = Deciding
notification-state-not-required = Not required
notification-state-draft = Draft
notification-state-sent = Sent
notification-state-acknowledged = Receipt confirmed
notification-state-supplemented = Supplemented

not-required-assembly = An assembly is not a public body under the APPI (its own ordinance applies)
not-required-highly-encrypted = Protected by strong encryption or equivalent measures
not-required-recovered-before-viewing = Everything was recovered before any third party could view it
not-required-no-reportable-event = None of the reportable events applies

obligation-note-ordinance-sensitive-not-defined = The ordinance defines no sensitive information of its own; that event is not assessed.
obligation-note-personal-info-not-involved = No personal information is involved.
obligation-note-my-number-not-involved = No My Number data is involved.
obligation-note-appi-includes-my-number = My Number data is also personal information, so the APPI report covers it too.

## Facts (why an obligation changed)

fact-organization-kind = Kind of organization
fact-organization-ordinanceSensitiveDefined = Ordinance defines sensitive information
fact-personalInfo-involved = Personal information involved
fact-personalInfo-sensitive = Sensitive personal information
fact-personalInfo-financialDamageRisk = Risk of financial damage
fact-personalInfo-maliciousAct = Malicious intent
fact-personalInfo-ordinanceSensitive = Ordinance-defined sensitive information
fact-personalInfo-maxPersons = Number of persons
fact-personalInfo-highlyEncrypted = Strong encryption
fact-personalInfo-recoveredBeforeViewing = Recovered before viewing
fact-myNumber-involved = My Number data involved
fact-myNumber-system = System holding My Number data
fact-myNumber-maliciousAct = Malicious intent (My Number)
fact-myNumber-publiclyViewable = Viewable by the public
fact-myNumber-maxPersons = Number of persons (My Number)
fact-myNumber-highlyEncrypted = Strong encryption (My Number)
fact-myNumber-recoveredBeforeViewing = Recovered before viewing (My Number)
fact-crime-unauthorizedAccess = Possible unauthorized access
fact-crime-ransomware = Ransomware
fact-crime-malware = Malware
fact-crime-theft = Theft
fact-crime-insider = Insider misconduct
fact-crime-other = Other possible crime
fact-contractor-involved = Contractor involved
fact-severity = Severity
