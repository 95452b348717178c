# Drill scenarios (issue 8). Shared by Rust and, later, the UI.

drill-kind-tabletop = Tabletop exercise
drill-kind-functional = Functional exercise
drill-kind-full-scale = Full-scale exercise
drill-kind-call-tree = Call-tree test
drill-kind-external = External exercise
inject-channel-phone = Phone
inject-channel-email = E-mail
inject-channel-in-person = In person
inject-channel-system = System screen or alert
inject-channel-media = Press or social media
inject-channel-other = Other
milestone-csirt-acknowledged = Until the CSIRT acknowledges the report
milestone-judged-incident = Until it is judged an incident
milestone-ciso-informed = Until the CISO is informed
milestone-contained = Until containment is done
milestone-ppc-preliminary-draft = Until a PPC preliminary report draft is ready

error-scenario-key = A scenario key uses lower-case letters, digits and hyphens (e.g. lost-usb-my-number).
error-objective-duplicate = The same objective (milestone) appears twice. Keep one.
error-scenario-no-injects = A scenario needs at least one inject.
error-offset-format = Row { $row }: give the time as H:MM (e.g. 1:30) or as minutes (within 30 days).
error-scenario-json = The scenario file cannot be read (a format error near line { $line }, character { $column }).
error-csv-row = Row { $row } of the CSV cannot be read. Check the separators and quotes.

# Running drills
drill-state-planned = Planned
drill-state-running = Running
drill-state-ended = Ended
drill-state-approved = Approved
inject-outcome-achieved = Achieved
inject-outcome-missed = Missed
call-result-answered = Answered
call-result-no-answer = No answer
call-result-wrong-number = Wrong number / unreachable
timeline-drill-started = Drill "{ $name }" started (scenario: { $scenario }, clock speed: { $speed }×).
timeline-drill-inject = [Drill inject { $offset }, { $channel }] { $text }
timeline-drill-ended = Drill "{ $name }" ended.
timeline-drill-action = Improvement action from the drill recorded as a task: { $text }
drill-playbook-revision-note = Revision following drill "{ $name }" (held { $date })
task-kind-improvement = Improvement (drill)

error-drill-not-planned = This drill has already started. A plan can only be changed before the start.
error-drill-not-running = This drill is not running.
error-drill-not-ended = End the drill first.
error-drill-approved = This drill's record has been approved and can no longer change.
error-drill-not-approved = Record the report to the committee after the drill's record has been approved.
error-inject-not-released = This inject has not been released yet.
error-drill-playbook-revised = A playbook revision following this drill already exists.
error-drill-own-approval = The person who planned a drill cannot approve its record.
error-scenario-builtin-key = A built-in scenario uses this key. Choose another (for example, add -own).
error-number-format = Enter a number.

field-structure = Organization of the drill
field-scope = Scope
field-planned-on = Planned date
field-scenario-key = Scenario
field-speed = Clock speed
field-skip-to = Skip to
field-action = Action
field-outcome = Outcome
field-work = Work and situation
field-decision = Decisions and instructions
field-stumble = Where it got stuck
field-good-points = What went well
field-issues = Issues
field-owner-person-id = Owner
field-reported-on = Reported to the committee on
field-target = Contact
field-result = Result
field-key = Key
drill-playbook-title = Incident response playbook ({ $category })
