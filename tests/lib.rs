//! Cross-crate acceptance tests and tidy checks live in this package's test targets.
