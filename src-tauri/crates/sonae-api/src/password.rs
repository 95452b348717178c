//! Password hashing: Argon2id (RustCrypto `argon2`, default parameters), PHC strings.
//! Passwords never leave this module except as hashes; they are never logged or returned.

use argon2::Argon2;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};

/// A PHC string (`$argon2id$v=19$…`) for `password` with a fresh random salt.
pub(crate) fn hash(password: &str) -> Result<String, crate::ApiError> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|_| crate::ApiError::new(crate::ErrorCode::Internal, "error-internal"))
}

/// Whether `password` matches the stored PHC string (false for an unparsable one).
pub(crate) fn verify(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc).is_ok_and(|h| Argon2::default().verify_password(password.as_bytes(), &h).is_ok())
}

#[cfg(test)]
mod tests {
    #[test]
    fn hashes_verify_and_are_salted() {
        let a = super::hash("kakuu-2026").unwrap();
        let b = super::hash("kakuu-2026").unwrap();
        assert!(a.starts_with("$argon2id$"));
        assert_ne!(a, b);
        assert!(super::verify("kakuu-2026", &a));
        assert!(!super::verify("kakuu-2025", &a));
        assert!(!super::verify("kakuu-2026", "not a hash"));
    }
}
