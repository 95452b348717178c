//! The organization profile, its departments and its people.

use crate::coded_enum;
use crate::error::{DomainError, required_text};
use crate::ids::{DepartmentId, OrganizationId, PersonId};
use crate::role::Role;
use crate::setup::{OrgSettings, validate_email, validate_phone};

coded_enum! {
    /// What kind of public body the organization is. It decides which legal rules apply later:
    /// a 議会 is not a 行政機関等, so the PPC 法68条 logic is switched off for it.
    pub enum OrgKind {
        /// 市町村
        Municipality = "municipality",
        /// 一部事務組合
        PartialAffairsAssociation = "partial_affairs_association",
        /// 議会
        Assembly = "assembly",
    }
}

/// The organization that uses this database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organization {
    pub id: OrganizationId,
    pub name: String,
    pub kind: OrgKind,
    pub prefecture: String,
    /// The head's title: 市長, 町長, 管理者 …
    pub head_title: String,
    /// The CISO's title: 副市長, 事務局長 …
    pub ciso_title: String,
    pub settings: OrgSettings,
}

impl Organization {
    pub fn new(
        id: OrganizationId,
        name: &str,
        kind: OrgKind,
        prefecture: &str,
        head_title: &str,
        ciso_title: &str,
    ) -> Result<Self, DomainError> {
        Ok(Self {
            id,
            name: required_text("name", name, 100)?,
            kind,
            prefecture: required_text("prefecture", prefecture, 10)?,
            head_title: required_text("headTitle", head_title, 30)?,
            ciso_title: required_text("cisoTitle", ciso_title, 30)?,
            settings: OrgSettings::default(),
        })
    }
}

/// A department (課等).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Department {
    pub id: DepartmentId,
    pub name: String,
    /// Short name used in document numbers (e.g. 情政 in 情政第12号).
    pub short_name: String,
    /// 情報セキュリティ管理者 of the department (usually its head).
    pub manager_person_id: Option<PersonId>,
}

impl Department {
    pub fn new(id: DepartmentId, name: &str, short_name: &str) -> Result<Self, DomainError> {
        Ok(Self {
            id,
            name: required_text("name", name, 100)?,
            short_name: required_text("shortName", short_name, 10)?,
            manager_person_id: None,
        })
    }
}

/// How to reach a person, for the 緊急連絡網 (000 §1(2)⑦, §7.3(2)①).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PersonContact {
    pub office_phone: String,
    pub mobile_phone: String,
    pub email: String,
    /// After-hours reachability, in words (e.g. 携帯に連絡可（22時まで）).
    pub after_hours: String,
}

impl PersonContact {
    pub fn validate(self) -> Result<Self, DomainError> {
        Ok(PersonContact {
            office_phone: validate_phone("officePhone", &self.office_phone)?,
            mobile_phone: validate_phone("mobilePhone", &self.mobile_phone)?,
            email: validate_email("email", &self.email)?,
            after_hours: self.after_hours.trim().chars().take(200).collect(),
        })
    }
}

/// A person on the staff, with the roles they hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub id: PersonId,
    pub department_id: Option<DepartmentId>,
    pub name: String,
    pub name_kana: String,
    /// Job title (課長, 主事 …).
    pub title: String,
    pub roles: Vec<Role>,
    pub contact: PersonContact,
}

impl Person {
    pub fn new(
        id: PersonId,
        department_id: Option<DepartmentId>,
        name: &str,
        name_kana: &str,
        title: &str,
        roles: &[Role],
    ) -> Result<Self, DomainError> {
        let mut roles = roles.to_vec();
        roles.sort();
        roles.dedup();
        if roles.is_empty() {
            return Err(DomainError::required("roles"));
        }
        Ok(Self {
            id,
            department_id,
            name: required_text("name", name, 50)?,
            name_kana: name_kana.trim().to_owned(),
            title: title.trim().to_owned(),
            roles,
            contact: PersonContact::default(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::SequentialIds;

    #[test]
    fn organization_requires_a_name() {
        let ids = SequentialIds::new();
        let err = Organization::new(OrganizationId::new(&ids), "  ", OrgKind::Municipality, "埼玉県", "市長", "副市長");
        assert_eq!(err, Err(DomainError::Invalid { field: "name", message_id: "error-field-required" }));
    }

    #[test]
    fn person_roles_are_sorted_and_required() {
        let ids = SequentialIds::new();
        let p =
            Person::new(PersonId::new(&ids), None, "山田 花子", "やまだ はなこ", "主事", &[Role::CsirtMember, Role::Staff, Role::Staff])
                .unwrap();
        assert_eq!(p.roles, vec![Role::Staff, Role::CsirtMember]);
        assert!(Person::new(PersonId::new(&ids), None, "山田", "", "", &[]).is_err());
    }
}
