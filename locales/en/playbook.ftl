# Playbooks (004 Art. 69(2)): the built-in steps per category (revision 0), the recovery checklist
# and the labels of the case-work enums. Shared by Rust and the UI.

# Step ids are playbook-<category>-<step>. Tasks are created with these titles when a case is
# judged an incident (or with an organization's own revision once it saved one).

## Built-in playbooks: the generic one for categories without their own
playbook-generic-contain = Take emergency measures against further damage (disconnect from the network, suspend use, suspend accounts)
playbook-generic-evidence = Secure the logs, devices, media and records that serve as evidence without deleting or changing them
playbook-generic-other-systems = Check whether the same thing is happening in other information systems
playbook-generic-inform = Inform the departments and contractors concerned of the situation

## Unauthorized access (004 Art. 69(2)(1))
playbook-unauthorized-access-isolate = Disconnect the compromised server or PC from the network (do not switch it off)
playbook-unauthorized-access-block = Block the attacking IP addresses and suspicious destinations at the firewall
playbook-unauthorized-access-accounts = Suspend the misused accounts and change the passwords of administrator accounts
playbook-unauthorized-access-logs = Copy the access, authentication and network logs onto write-protected media
playbook-unauthorized-access-disk-image = Take images of the affected server's disks and memory (or have the contractor take them)
playbook-unauthorized-access-traces = Record suspicious files, accounts and configuration changes with the time they were found
playbook-unauthorized-access-same-weakness = Check other systems with the same vulnerability or configuration for signs of intrusion
playbook-unauthorized-access-same-credentials = Check other systems that use the same IDs and passwords for unauthorized sign-ins
playbook-unauthorized-access-owner-dept = Inform the department that owns the system of the damage and what is taken out of service
playbook-unauthorized-access-contractor = Inform the maintenance contractor and ask for help with investigation and recovery
playbook-unauthorized-access-police = If a crime is suspected, consult the police once the records are secured
playbook-unauthorized-access-ipa-jpcert = Consider reporting to IPA or JPCERT/CC (voluntary)

## Data leak from inside (004 Art. 69(2)(2))
playbook-data-leak-restrict-access = Suspend or restrict the accounts and access rights of whoever is suspected of involvement
playbook-data-leak-block-channel = Close the channel used to take the information out (external mail, USB memory, cloud sharing)
playbook-data-leak-takedown = Ask the sites or recipients holding the leaked information to delete it
playbook-data-leak-logs = Secure the access logs, mail sending records and records of external media use
playbook-data-leak-devices = Take custody of the suspected person's PC and media and keep them without operating them
playbook-data-leak-identify = Identify the items and number of records leaked (personal information, My Number)
playbook-data-leak-other-systems = Check other systems and shared folders the suspected person can access for information taken out
playbook-data-leak-other-depts = Check whether information is taken out the same way in other departments
playbook-data-leak-owner-dept = Inform the department that owns the leaked information
playbook-data-leak-personnel = Inform the head of the unit and the personnel division and agree how to interview those involved
playbook-data-leak-police = If a crime is suspected, consult the police

## Malware and ransomware (004 Art. 69(2)(3), 000 §6.4(2)⑦)
playbook-malware-disconnect = Disconnect the infected PC or server from the network (pull the LAN cable; do not switch it off)
playbook-malware-screen = Photograph what the screen shows (warnings, ransom note) and note the time
playbook-malware-block = Block the suspicious destinations at the firewall and proxy
playbook-malware-protect-backups = Disconnect the backups and protect them from encryption and deletion
playbook-malware-credentials = Change the passwords of the accounts used on the infected PC, from another PC
playbook-malware-keep-powered = Keep the infected PC powered on; do not restart, reinstall or clean it
playbook-malware-logs = Secure the anti-virus, proxy and firewall logs
playbook-malware-sample = Keep the suspicious files and mail as samples; do not delete them
playbook-malware-scan = Scan the other PCs and servers with up-to-date virus definitions
playbook-malware-indicators = Look for the same destinations and file names on other PCs and in the logs
playbook-malware-owner-dept = Inform the departments whose work is affected and agree how to keep it going
playbook-malware-contractor = Inform the maintenance contractor and the anti-virus vendor's support
playbook-malware-police = For ransomware, consult the police (do not pay the ransom)
playbook-malware-ipa-jpcert = Consider reporting to IPA or JPCERT/CC (voluntary)

## Targeted attack mail (000 §6.5(7))
playbook-targeted-mail-isolate-opened = Disconnect the PCs on which the attachment or link was opened (do not switch them off)
playbook-targeted-mail-original = Save the mail as an original with its headers (e.g. as an .eml file)
playbook-targeted-mail-block = Block the sender's address and domain and the URLs in the mail at the mail server and proxy
playbook-targeted-mail-purge = Delete the same mail from the recipients' mailboxes (except the saved original)
playbook-targeted-mail-logs = Secure the mail server and proxy logs
playbook-targeted-mail-recipients = Find in the logs who received the same mail and who opened it or clicked its links
playbook-targeted-mail-warn-staff = Warn all staff (do not open it; report it without deleting it)
playbook-targeted-mail-spoofed-party = Inform the organization or person whose name was spoofed
playbook-targeted-mail-ipa-jpcert = Consider sharing information with IPA or JPCERT/CC (voluntary)

## Web page defacement (000 §6.5(1)③)
playbook-web-defacement-record-page = Before taking it down, record the defaced page's screen, URL and source
playbook-web-defacement-take-down = Take the defaced page offline and show a notice in its place
playbook-web-defacement-credentials = Change the CMS and server administrator passwords and suspend suspicious accounts
playbook-web-defacement-restrict-admin = Restrict access to the admin pages to the office and the maintenance contractor
playbook-web-defacement-logs = Secure the web server's access logs, change history and the altered files
playbook-web-defacement-visitors = Find out how long the page was altered and whether visitors were harmed (malicious scripts, redirects)
playbook-web-defacement-other-sites = Check the other websites on the same CMS or server for alterations
playbook-web-defacement-contractor = Inform the website's maintenance and hosting contractors and ask them to investigate
playbook-web-defacement-public-notice = With the public relations division, publish a notice for visitors
playbook-web-defacement-police = If a crime is suspected, consult the police once the records are secured
playbook-web-defacement-ipa-jpcert = Consider reporting to IPA or JPCERT/CC (voluntary)

## Denial of service (000 §6.5(2)(6))
playbook-dos-upstream-filter = Ask the network provider or cloud provider to filter the attack traffic
playbook-dos-limit = Block or limit traffic from the attackers; scale down or stop the service if needed
playbook-dos-logs = Secure the traffic graphs and the firewall and web server logs
playbook-dos-threat = Keep any advance notice or threat of the attack exactly as received
playbook-dos-shared-systems = Check the effect on other systems sharing the same line or equipment
playbook-dos-owner-dept = Inform the department that owns the service and arrange notices and alternatives for residents
playbook-dos-police = If it may be obstruction of business, consult the police
playbook-dos-jpcert = Consider sharing information with JPCERT/CC (voluntary)

## Misdirected mail (004 Art. 85(1)(2))
playbook-misdirected-mail-ask-delete = Phone the wrong recipient; ask them to delete the mail and attachments and whether they forwarded it
playbook-misdirected-mail-disable-link = Disable the file-sharing link or password (when a cloud share was sent)
playbook-misdirected-mail-confirm-deletion = Get the wrong recipient's confirmation of deletion in writing or by mail
playbook-misdirected-mail-copy = Keep a copy of the misdirected mail (headers, body, attachments)
playbook-misdirected-mail-send-log = Secure the mail server's sending log
playbook-misdirected-mail-identify = Identify the items and number of records sent (personal information, My Number)
playbook-misdirected-mail-other-sends = Check the sending log for other wrong sends from the same person or address book (To, CC, BCC)
playbook-misdirected-mail-intended-recipient = Tell the intended recipient about the misdirected mail and when it will be resent
playbook-misdirected-mail-owner-dept = Inform the department that owns the information and the head of the unit

## Paper documents sent or handed to the wrong person
playbook-misdelivery-hold-batch = Stop sending or handing out the same batch and keep what has not gone out
playbook-misdelivery-retrieve = Contact the person who received it by mistake and retrieve the documents (visit or return by post)
playbook-misdelivery-confirm-no-copies = When retrieving them, confirm that nothing was copied, photographed or passed on
playbook-misdelivery-records = Keep a copy of the documents and the records of sending or handing out
playbook-misdelivery-check-batch = Check the rest of the same batch for wrong enclosures and wrong addresses
playbook-misdelivery-intended-recipient = Contact the intended recipient and explain what happened
playbook-misdelivery-contractor = If enclosing and mailing are outsourced, inform the contractor and ask for its work records

## Loss and theft (004 Art. 85(1)(1)(3), 000 §5.4(1)②)
playbook-loss-theft-search = Search where it was last seen and the route taken; ask the places visited and the transport operators
playbook-loss-theft-remote-lock = Lock or wipe the device remotely (where device management allows it)
playbook-loss-theft-credentials = Suspend the accounts and certificates usable with the lost device or IC card
playbook-loss-theft-record = Record what was lost (asset number, information stored, encryption) and how it happened
playbook-loss-theft-access-records = Ask for the take-out records, entry records and security camera footage to be kept
playbook-loss-theft-inventory = Check the take-out register and confirm where the other devices, media and forms are
playbook-loss-theft-police = File a lost-property or theft report with the police and note the receipt number
playbook-loss-theft-owner-dept = Inform the department that owns the information and establish whose data is affected

## Hijacked social media account
playbook-sns-hijack-screenshots = Save screenshots of the suspicious posts, messages and sign-in history
playbook-sns-hijack-secure-account = Change the password and remove suspicious signed-in devices and connected apps
playbook-sns-hijack-platform = If you cannot sign in, ask the SNS provider to recover or freeze the account
playbook-sns-hijack-two-factor = Turn on two-step verification and check the registered mail address and phone number
playbook-sns-hijack-remove-posts = Once recorded, delete the posts and messages sent by the intruder
playbook-sns-hijack-other-accounts = Check the other official accounts that use the same password or management device
playbook-sns-hijack-public-notice = Announce the hijacking and warn followers on the official website and other official accounts
playbook-sns-hijack-pr-dept = Inform the public relations division and any contractor running the account

## Exposure through a wrong setting
playbook-misconfig-exposure-record = Before fixing it, record what was exposed, its URL and the settings screen
playbook-misconfig-exposure-close = Correct the sharing settings and confirm it can no longer be viewed from outside
playbook-misconfig-exposure-caches = Ask for search engine caches and copies elsewhere to be removed
playbook-misconfig-exposure-access-logs = Secure the access logs for the exposure period and check whether outsiders viewed it
playbook-misconfig-exposure-other-settings = Review the other settings of the same kind (cloud shares, public folders)
playbook-misconfig-exposure-owner-dept = Inform the department that owns the information and the system's contractor

## Recovery checklist (004 Art. 71(1): the security functions work normally again)
recovery-check-cause-removed = Confirm that the cause (malicious program, vulnerability, wrong setting) has been removed
recovery-check-patches = Confirm that patches are applied and the software is up to date
recovery-check-security-functions = Confirm that anti-virus, firewall and other security functions work normally
recovery-check-access-control = Confirm that accounts and access rights are correct (unneeded accounts removed, passwords changed)
recovery-check-logs = Confirm that logs are recorded and kept normally
recovery-check-monitoring = Monitor for a period after recovery and confirm there is no recurrence or suspicious traffic

## Task lists
task-list-response = Response tasks
task-list-recovery = Recovery checks

## Task kinds (the playbook sections)
task-kind-containment = Emergency measure
task-kind-other-systems = Check of other systems
task-kind-evidence = Evidence
task-kind-inform = Inform
task-kind-ciso-report = First report to the CISO
task-kind-recovery-check = Recovery check
task-kind-other = Other

## Task status
task-status-open = Open
task-status-done = Done
task-status-waived = Not needed

## Evidence sources
evidence-source-device = Device or media
evidence-source-system = Information system
evidence-source-log = Log
evidence-source-document = Document, form or mail
evidence-source-other = Other

## Decision status
decision-status-proposed = Proposed
decision-status-approved = Approved
decision-status-rejected = Rejected

## Cause categories (000 §5.3(3)④)
cause-category-human-error = Human error (wrong operation, insufficient checking)
cause-category-rule-violation = Rules or procedures not followed
cause-category-procedure-gap = Gap in rules or procedures
cause-category-vulnerability = Vulnerability or patch not applied
cause-category-misconfiguration = Misconfiguration
cause-category-external-attack = External attack
cause-category-insider-misconduct = Insider misconduct
cause-category-contractor = Caused by a contractor
cause-category-failure-or-disaster = Failure or disaster
cause-category-unknown = Unknown (under investigation)
cause-category-other = Other

## Measure status (004 Art. 71(2))
measure-status-done = Done
measure-status-planned = Planned
