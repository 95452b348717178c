//! 情報セキュリティインシデント緊急連絡網 (000 §1(2)⑦, §7.3(2)①): how to reach everyone in the
//! incident response 体制, from its top down — the CISO, the 統括情報セキュリティ責任者, the
//! CSIRT責任者, the CSIRT要員, the 情報システム担当者 — then each department's 情報セキュリティ管理者
//! and the staff not listed above, department by department.
//!
//! Each group is a table of 役割 / 所属 / 職名 / 氏名 / 電話（内線） / 携帯 / メール / 時間外連絡
//! from the organisation register. The list holds staff's own mobile numbers, so it is marked
//! 【取扱注意】 at the top and ends with how to handle it. It does not depend on the case except
//! for the drill marks; its date is the 作成日.

use crate::common::{m, wareki_date};
use crate::dossier::Dossier;
use crate::model::{Block, Column, Document, Item, Letterhead, Style, Table};
use sonae_core::{Person, PersonId, Role};
use sonae_i18n::Localizer;

/// The 体制's roles from the top down: (role, the item's heading, the 役割 column's text).
const CHAIN: &[(Role, &str, &str)] = &[
    (Role::Ciso, "forms-contacts-item-ciso", "forms-contacts-role-ciso"),
    (Role::ChiefSecurityOfficer, "forms-contacts-item-chief", "forms-contacts-role-chief"),
    (Role::CsirtLead, "forms-contacts-item-csirt-lead", "forms-contacts-role-csirt-lead"),
    (Role::CsirtMember, "forms-contacts-item-csirt-member", "forms-contacts-role-csirt-member"),
    (Role::SystemAdministrator, "forms-contacts-item-system-administrator", "forms-contacts-role-system-administrator"),
];

/// The 緊急連絡網 as a [`Document`]. Its `drill` is the case's.
pub fn contact_list(l10n: &Localizer, d: &Dossier) -> Document {
    let letterhead = Letterhead {
        doc_number: m(l10n, "forms-contacts-handling"),
        date: l10n.msg("forms-contacts-created", &[("date", &wareki_date(d.issued_at))]),
        addressee: Vec::new(),
        sender: vec![d.org.name.clone()],
    };

    let mut items = Vec::new();
    let mut listed: Vec<PersonId> = Vec::new();
    for &(role, heading, label) in CHAIN {
        let people: Vec<&Person> = if role == Role::Ciso {
            // The CISO in person is the organisation's setting; anyone else holding the role follows.
            let ciso = d.ciso();
            let others = d.people.iter().filter(|p| p.roles.contains(&Role::Ciso) && ciso.is_none_or(|c| c.id != p.id));
            ciso.into_iter().chain(others).collect()
        } else {
            by_department(d, d.people.iter().filter(|p| p.roles.contains(&role)).collect())
        };
        listed.extend(people.iter().map(|p| p.id));
        let role_text = m(l10n, label);
        let rows = people.iter().map(|p| row(l10n, d, &role_text, p)).collect();
        items.push(Item { heading: m(l10n, heading), blocks: vec![table_or_none(l10n, rows)] });
    }

    // 各課: the department's 情報セキュリティ管理者 first, then its people not listed above.
    let manager_text = m(l10n, "forms-contacts-role-manager");
    let staff_text = m(l10n, "forms-contacts-role-staff");
    let mut rows = Vec::new();
    for dep in &d.departments {
        let manager = dep.manager_person_id.and_then(|id| d.person(id));
        if let Some(p) = manager {
            rows.push(row(l10n, d, &manager_text, p));
        }
        for p in
            d.people.iter().filter(|p| p.department_id == Some(dep.id) && !listed.contains(&p.id) && Some(p.id) != manager.map(|m| m.id))
        {
            rows.push(row(l10n, d, &staff_text, p));
        }
    }
    let known = |p: &Person| p.department_id.is_some_and(|id| d.department(id).is_some());
    for p in d.people.iter().filter(|p| !known(p) && !listed.contains(&p.id)) {
        rows.push(row(l10n, d, &staff_text, p));
    }
    items.push(Item { heading: m(l10n, "forms-contacts-item-departments"), blocks: vec![table_or_none(l10n, rows)] });

    items.push(Item {
        heading: m(l10n, "forms-contacts-item-handling"),
        blocks: vec![Block::Paragraph(m(l10n, "forms-contacts-handling-note"))],
    });

    Document {
        title: m(l10n, "forms-contacts-title"),
        style: Style::Plain,
        unnumbered: 0,
        drill: d.case.drill,
        running_head: None,
        letterhead,
        subject: m(l10n, "forms-contacts-title"),
        kind_marks: Vec::new(),
        preamble: vec![m(l10n, "forms-contacts-preamble")],
        items,
        contact: Vec::new(),
    }
}

/// `people` in the order of the departments (those without one last), the register's order within.
fn by_department<'a>(d: &Dossier, mut people: Vec<&'a Person>) -> Vec<&'a Person> {
    let rank = |p: &Person| p.department_id.and_then(|id| d.departments.iter().position(|x| x.id == id)).unwrap_or(usize::MAX);
    people.sort_by_key(|p| rank(p));
    people
}

/// The columns, in two-hundredths of the width: the phone columns hold `048-000-0000` and
/// `090-0000-0000` on one line (a number cut in two is a wrong number), 氏名 six characters,
/// 職名 three; the other texts wrap.
fn columns(l10n: &Localizer) -> Vec<Column> {
    [
        ("forms-contacts-column-role", 22),
        ("forms-contacts-column-department", 24),
        ("forms-contacts-column-title", 16),
        ("forms-contacts-column-name", 28),
        ("forms-contacts-column-office-phone", 29),
        ("forms-contacts-column-mobile", 31),
        ("forms-contacts-column-email", 28),
        ("forms-contacts-column-after-hours", 22),
    ]
    .into_iter()
    .map(|(id, weight)| Column { header: m(l10n, id), weight })
    .collect()
}

fn row(l10n: &Localizer, d: &Dossier, role: &str, p: &Person) -> Vec<String> {
    let c = &p.contact;
    vec![
        role.to_owned(),
        d.department_of(p).map_or_else(|| m(l10n, "forms-contacts-no-department"), |x| x.name.clone()),
        p.title.clone(),
        p.name.clone(),
        c.office_phone.clone(),
        c.mobile_phone.clone(),
        c.email.clone(),
        c.after_hours.clone(),
    ]
}

fn table_or_none(l10n: &Localizer, rows: Vec<Vec<String>>) -> Block {
    if rows.is_empty() { Block::Paragraph(m(l10n, "forms-contacts-none")) } else { Block::Table(Table { columns: columns(l10n), rows }) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notice::tests::{all_text, dossier};
    use sonae_core::{Department, DepartmentId, SequentialIds};
    use sonae_i18n::Lang;

    fn person(ids: &SequentialIds, dep: Option<&Department>, name: &str, title: &str, roles: &[Role], ext: u32) -> Person {
        let mut p = Person::new(PersonId::new(ids), dep.map(|x| x.id), name, "", title, roles).unwrap();
        p.contact.office_phone = format!("048-000-{ext:04}");
        p.contact.mobile_phone = format!("090-0000-{ext:04}");
        p.contact.email = format!("p{ext}@city.example.jp");
        p.contact.after_hours = "携帯に常時連絡可".into();
        p
    }

    /// 架空市's register: the CISO, 統括, CSIRT責任者 (manager of 情報政策課), two members, a 情報システム
    /// 担当者, and staff in two departments and none.
    fn register() -> Dossier {
        let ids = SequentialIds::new();
        let mut d = dossier();
        let general = Department::new(DepartmentId::new(&ids), "総務部 総務課", "総務").unwrap();
        let mut info = Department::new(DepartmentId::new(&ids), "総務部 情報政策課", "情政").unwrap();
        let welfare = Department::new(DepartmentId::new(&ids), "福祉部 福祉課", "福祉").unwrap();
        let people = vec![
            person(&ids, Some(&welfare), "小林 直樹", "主任", &[Role::Staff], 2401),
            person(&ids, Some(&info), "伊藤 健太", "主査", &[Role::CsirtMember, Role::SystemAdministrator, Role::Staff], 2202),
            person(&ids, Some(&general), "佐藤 一郎", "副市長", &[Role::Ciso, Role::Staff], 2001),
            person(&ids, Some(&info), "田中 美穂", "情報政策課長", &[Role::CsirtLead, Role::Staff], 2201),
            person(&ids, Some(&general), "高橋 誠", "総務部長", &[Role::ChiefSecurityOfficer, Role::Staff], 2101),
            person(&ids, Some(&info), "渡辺 由紀", "主任", &[Role::CsirtMember, Role::Staff], 2203),
            person(&ids, None, "嘱託 太郎", "会計年度任用職員", &[Role::Staff], 2999),
        ];
        info.manager_person_id = Some(people[3].id);
        d.org.settings.ciso_person_id = Some(people[2].id);
        d.departments = vec![general, info, welfare];
        d.people = people;
        d
    }

    fn names(item: &Item) -> Vec<(String, String)> {
        match &item.blocks[0] {
            Block::Table(t) => t.rows.iter().map(|r| (r[0].clone(), r[3].clone())).collect(),
            Block::Paragraph(p) => vec![(p.clone(), String::new())],
            Block::Fields(_) | Block::BarChart(_) => panic!("no fields"),
        }
    }

    #[test]
    fn the_list_runs_from_the_ciso_down_to_the_departments() {
        let l10n = Localizer::new(Lang::Ja);
        let doc = contact_list(&l10n, &register());
        assert_eq!(doc.style, Style::Plain);
        assert_eq!(doc.subject, "情報セキュリティインシデント緊急連絡網");
        assert_eq!(doc.letterhead.doc_number, "【取扱注意】");
        assert_eq!(doc.letterhead.date, "作成日　令和8年11月21日");
        let headings: Vec<&str> = doc.items.iter().map(|i| i.heading.as_str()).collect();
        assert_eq!(
            headings,
            [
                "最高情報セキュリティ責任者（CISO）",
                "統括情報セキュリティ責任者",
                "CSIRT責任者",
                "CSIRT要員",
                "情報システム担当者",
                "各課の情報セキュリティ管理者及び職員",
                "取扱い上の注意"
            ]
        );
        let s = |a: &str, b: &str| (a.to_owned(), b.to_owned());
        assert_eq!(names(&doc.items[0]), [s("CISO", "佐藤 一郎")]);
        assert_eq!(names(&doc.items[1]), [s("統括情報セキュリティ責任者", "高橋 誠")]);
        assert_eq!(names(&doc.items[2]), [s("CSIRT責任者", "田中 美穂")]);
        assert_eq!(names(&doc.items[3]), [s("CSIRT要員", "伊藤 健太"), s("CSIRT要員", "渡辺 由紀")]);
        assert_eq!(names(&doc.items[4]), [s("情報システム担当者", "伊藤 健太")]);
        assert_eq!(
            names(&doc.items[5]),
            [s("情報セキュリティ管理者", "田中 美穂"), s("職員", "小林 直樹"), s("職員", "嘱託 太郎")],
            "each department's manager, then whoever is not listed above; no department last"
        );
        let Block::Table(t) = &doc.items[5].blocks[0] else { panic!() };
        assert_eq!(
            t.rows[1],
            ["職員", "福祉部 福祉課", "主任", "小林 直樹", "048-000-2401", "090-0000-2401", "p2401@city.example.jp", "携帯に常時連絡可"]
        );
        assert_eq!(t.rows[2][1], "（所属なし）");
        let headers: Vec<&str> = t.columns.iter().map(|c| c.header.as_str()).collect();
        assert_eq!(headers, ["役割", "所属", "職名", "氏名", "電話（内線）", "携帯", "メール", "時間外連絡"]);
        assert!(all_text(&doc).contains("携帯電話番号等の個人情報が含まれています"));
    }

    #[test]
    fn everyones_numbers_are_on_it_and_an_empty_role_says_so() {
        let l10n = Localizer::new(Lang::Ja);
        let mut d = register();
        let text = all_text(&contact_list(&l10n, &d));
        for p in &d.people {
            assert!(text.contains(&p.contact.office_phone) && text.contains(&p.contact.mobile_phone), "{}", p.name);
        }
        d.people.retain(|p| !p.roles.contains(&Role::ChiefSecurityOfficer));
        d.org.settings.ciso_person_id = None;
        let doc = contact_list(&l10n, &d);
        assert_eq!(names(&doc.items[0]), [("CISO".to_owned(), "佐藤 一郎".to_owned())], "anyone holding the role");
        assert_eq!(doc.items[1].blocks, [Block::Paragraph("（登録なし）".into())]);
        d.case.drill = true;
        assert!(contact_list(&l10n, &d).drill);
    }
}
