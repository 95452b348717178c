# Case work: errors, field names and timeline lines of tasks, evidence, meetings, decisions,
# root cause and measures. Shared by Rust and the UI.

