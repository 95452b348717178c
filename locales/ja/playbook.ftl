# Playbooks (事故対応手順書): built-in step titles per category, the recovery checklist, and the
# labels of the case-work enums. Shared by Rust and the UI.

