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
