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

## First run

ui-first-run-title = Welcome to Sonae
ui-first-run-intro = Sonae (備え, “preparedness”) supports municipalities and partial-affairs associations in responding to information security incidents. It brings together receiving reports from staff, recording the CSIRT’s response, tracking deadlines for reports to the authorities, and running drills.
ui-first-run-offline = It never connects to the internet; all data stays on this computer.
ui-first-run-choose = To begin, choose how you would like to start.
ui-first-run-demo = Try it with demo data from Kakū City
ui-first-run-demo-description = Starts with incidents of the fictional municipality Kakū City (架空市) already recorded. Suited to exploring the application and to training. All of this data is fictional.
ui-first-run-empty = Start empty
ui-first-run-empty-description = Starts with no incidents recorded. Screens for setting up your organization will be added in a later version.
ui-first-run-working = Preparing…

## Home

ui-home-title = Home
ui-home-org-label = Organisation
ui-home-org-prefecture = Prefecture
ui-home-org-kind = Type
ui-home-org-unset-title = Your organization has not been set up yet
ui-home-org-unset-body = Screens for setting the organization’s name, departments and other details will be added in a later version. For now, you can follow the status of recorded incidents.
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

## Incident list columns and markers

ui-case-col-receipt-no = Receipt no.
ui-case-col-title = Title
ui-case-col-category = Category
ui-case-col-severity = Severity
ui-case-col-state = Status
ui-case-col-created-at = Received (JST)
ui-case-drill-badge = Drill
ui-case-severity-unset = —
ui-case-severity-unset-label = Not yet assessed
