// Data of the in-memory backend: the fictional 架空市 demo and the presets the Rust side also
// ships (classification levels, prefilled 緊急連絡網). Everything about 架空市 is invented.

import type { CaseSummaryDto } from "../bindings/CaseSummaryDto";
import type { ClassAxis } from "../bindings/ClassAxis";
import type { ContactKind } from "../bindings/ContactKind";
import type { NetworkSegment } from "../bindings/NetworkSegment";
import type { OrganizationDto } from "../bindings/OrganizationDto";
import type { Role } from "../bindings/Role";
import type { SchemePreset } from "../bindings/SchemePreset";

/** The password of every demo account. */
export const DEMO_PASSWORD = "kakuu-2026";

export const DEMO_ORGANIZATION: OrganizationDto = {
  id: "org-demo-kakushi",
  name: "架空市",
  kind: "municipality",
  prefecture: "埼玉県",
};

/** (name, short name) */
export const DEMO_DEPARTMENTS: readonly (readonly [string, string])[] = [
  ["総務部 総務課", "総務"],
  ["総務部 情報政策課", "情政"],
  ["市民生活部 市民課", "市民"],
  ["福祉部 福祉課", "福祉"],
  ["財務部 税務課", "税務"],
  ["教育委員会 学校教育課", "学教"],
];

export interface DemoPerson {
  name: string;
  kana: string;
  title: string;
  department: number;
  roles: Role[];
  loginId: string | null;
  officePhone: string;
  mobilePhone: string;
  email: string;
  afterHours: string;
}

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  { name: "佐藤 一郎", kana: "さとう いちろう", title: "副市長", department: 0, roles: ["ciso", "staff"], loginId: null, officePhone: "048-000-1001", mobilePhone: "090-0000-0001", email: "sato@city.kakuu.example.jp", afterHours: "携帯に連絡可" },
  { name: "高橋 誠", kana: "たかはし まこと", title: "総務部長", department: 0, roles: ["chiefSecurityOfficer", "staff"], loginId: null, officePhone: "048-000-1002", mobilePhone: "090-0000-0002", email: "takahashi@city.kakuu.example.jp", afterHours: "携帯に連絡可" },
  { name: "田中 美穂", kana: "たなか みほ", title: "情報政策課長", department: 1, roles: ["csirtLead", "staff"], loginId: "tanaka", officePhone: "048-000-1101", mobilePhone: "090-0000-0003", email: "tanaka@city.kakuu.example.jp", afterHours: "携帯に連絡可（22時まで）" },
  { name: "伊藤 健太", kana: "いとう けんた", title: "主査", department: 1, roles: ["csirtMember", "systemAdministrator", "staff"], loginId: null, officePhone: "048-000-1102", mobilePhone: "090-0000-0004", email: "ito@city.kakuu.example.jp", afterHours: "携帯に連絡可" },
  { name: "渡辺 由紀", kana: "わたなべ ゆき", title: "主任", department: 1, roles: ["csirtMember", "staff"], loginId: null, officePhone: "048-000-1103", mobilePhone: "", email: "watanabe@city.kakuu.example.jp", afterHours: "" },
  { name: "山本 大輔", kana: "やまもと だいすけ", title: "主事", department: 1, roles: ["systemAdministrator", "administrator", "staff"], loginId: "yamamoto", officePhone: "048-000-1104", mobilePhone: "090-0000-0006", email: "yamamoto@city.kakuu.example.jp", afterHours: "携帯に連絡可" },
  { name: "中村 さくら", kana: "なかむら さくら", title: "主事", department: 2, roles: ["staff"], loginId: "nakamura", officePhone: "048-000-1201", mobilePhone: "", email: "nakamura@city.kakuu.example.jp", afterHours: "" },
  { name: "小林 直樹", kana: "こばやし なおき", title: "主任", department: 3, roles: ["staff"], loginId: null, officePhone: "048-000-1301", mobilePhone: "", email: "", afterHours: "" },
  { name: "加藤 恵", kana: "かとう めぐみ", title: "主事", department: 4, roles: ["staff"], loginId: null, officePhone: "048-000-1401", mobilePhone: "", email: "", afterHours: "" },
  { name: "吉田 翔", kana: "よしだ しょう", title: "主事", department: 5, roles: ["staff"], loginId: null, officePhone: "048-000-1501", mobilePhone: "", email: "", afterHours: "" },
];

export interface DemoSystem {
  name: string;
  department: number;
  segment: NetworkSegment;
  holdsPersonalInfo: boolean;
  holdsMyNumber: boolean;
  myNumberAffairs: boolean;
  infoProvisionNetwork: boolean;
  contractor: string;
}

export const DEMO_SYSTEMS: readonly DemoSystem[] = [
  { name: "住民記録システム", department: 2, segment: "myNumber", holdsPersonalInfo: true, holdsMyNumber: true, myNumberAffairs: true, infoProvisionNetwork: true, contractor: "架空情報サービス株式会社" },
  { name: "税務システム", department: 4, segment: "myNumber", holdsPersonalInfo: true, holdsMyNumber: true, myNumberAffairs: true, infoProvisionNetwork: true, contractor: "架空情報サービス株式会社" },
  { name: "財務会計システム", department: 0, segment: "lgwan", holdsPersonalInfo: true, holdsMyNumber: false, myNumberAffairs: false, infoProvisionNetwork: false, contractor: "" },
  { name: "公式Webサイト（CMS）", department: 1, segment: "internet", holdsPersonalInfo: false, holdsMyNumber: false, myNumberAffairs: false, infoProvisionNetwork: false, contractor: "架空ウェブ制作有限会社" },
];

export interface PresetContact {
  kind: ContactKind;
  organization: string;
  section: string;
  phone: string;
  afterHoursPhone: string;
  email: string;
  note: string;
}

/** External bodies prefilled in a new 緊急連絡網 (as the Rust side's `preset_contacts`). */
export function presetContacts(prefecture: string): PresetContact[] {
  const rows: [string, string, string, string][] = [
    ["個人情報保護委員会", "漏えい等報告（行政機関等）", "03-6457-9680", "報告は委員会のWebフォームから行う。電話番号は代表。"],
    ["総務省", "自治行政局（地方公共団体の情報セキュリティ）", "03-5253-5111", "電話番号は代表。"],
    [prefecture, "市町村の情報セキュリティ担当課", "", "都道府県の担当課の連絡先を入力してください。"],
    [`${prefecture}警察`, "サイバー犯罪相談窓口（警察）", "", "管轄の警察本部の窓口を入力してください。"],
    ["独立行政法人情報処理推進機構（IPA）", "情報セキュリティ安心相談窓口", "03-5978-7509", ""],
    ["一般社団法人JPCERTコーディネーションセンター", "インシデント対応依頼", "", "報告はWebフォーム又はメールで行う。"],
  ];
  return rows.map(([organization, section, phone, note]) => ({
    kind: "external",
    organization,
    section,
    phone,
    afterHoursPhone: "",
    email: "",
    note,
  }));
}

export const DEMO_CONTRACTORS: readonly PresetContact[] = [
  { kind: "contractor", organization: "架空情報サービス株式会社", section: "自治体システム保守窓口", phone: "048-000-9001", afterHoursPhone: "048-000-9009", email: "support@kakuu-info.example.jp", note: "住民記録システム・税務システムの保守" },
  { kind: "internal", organization: "架空市役所", section: "夜間警備室", phone: "048-000-1999", afterHoursPhone: "048-000-1999", email: "", note: "夜間・休日の庁舎の窓口" },
];

/** (axis, code, label, description, rank) of each preset, in display order. */
export const PRESET_LEVELS: Record<SchemePreset, readonly (readonly [ClassAxis, string, string, string, number])[]> = {
  soumuGuideline: [
    ["confidentiality", "3A", "自治体機密性3A", "行政事務で取り扱う情報資産のうち、「行政文書の管理に関するガイドライン」（平成23年4月1日内閣総理大臣決定）に定める秘密文書に相当する文書", 5],
    ["confidentiality", "3B", "自治体機密性3B", "行政事務で取り扱う情報資産のうち、漏えい等が生じた際に、個人の権利利益の侵害の度合いが大きく、事務又は業務の規模や性質上、取扱いに非常に留意すべき情報資産", 4],
    ["confidentiality", "3C", "自治体機密性3C", "行政事務で取り扱う情報資産のうち、自治体機密性3B以上に相当する機密性は要しないが、基本的に公表することを前提としていないもので、業務の規模や性質上、取扱いに留意すべき情報資産", 3],
    ["confidentiality", "2", "自治体機密性2", "行政事務で取り扱う情報資産のうち、自治体機密性3に相当する機密性は要しないが、直ちに一般に公表することを前提としていない情報資産", 2],
    ["confidentiality", "1", "自治体機密性1", "自治体機密性2又は自治体機密性3の情報資産以外の情報資産", 1],
    ["integrity", "2", "自治体完全性2", "行政事務で取り扱う情報資産のうち、改ざん、誤びゅう又は破損により、住民等の権利が侵害される又は行政事務の適確な遂行に支障（軽微なものを除く。）を及ぼすおそれがある情報資産", 2],
    ["integrity", "1", "自治体完全性1", "自治体完全性2の情報資産以外の情報資産", 1],
    ["availability", "2", "自治体可用性2", "行政事務で取り扱う情報資産のうち、滅失、紛失又は当該情報資産が利用不可能であることにより、住民等の権利が侵害される又は行政事務の安定的な遂行に支障（軽微なものを除く。）を及ぼすおそれがある情報資産", 2],
    ["availability", "1", "自治体可用性1", "自治体可用性2の情報資産以外の情報資産", 1],
  ],
  infoCategory4: [
    ["category", "I", "情報区分Ⅰ", "情報が脅威にさらされた場合に、個人又は法人に損失又は不利益を与える情報（法令又は条例により公開できない情報、個人に関する情報、法人等の正当な利益を害するおそれがある情報、人事情報、事前の試験情報等）その他情報セキュリティ管理者が必要と認めた情報", 4],
    ["category", "II", "情報区分Ⅱ", "情報が脅威にさらされた場合に、事務又は事業の遂行に著しく支障を与える情報、公正かつ能率的な事務又は事業を行うための要領、運用及び管理手順書又は調査研究情報", 3],
    ["category", "III", "情報区分Ⅲ", "作業中の情報（公開前の情報）", 2],
    ["category", "IV", "情報区分Ⅳ", "情報区分Ⅰから情報区分Ⅲまでに掲げるもの以外の情報", 1],
  ],
};

/** Fictional cases of 架空市, newest first. Everything here is invented. */
export const DEMO_CASES: readonly CaseSummaryDto[] = [
  { id: "case-demo-0007", receiptNo: "2026-0007", state: "received", title: "業務用パソコンの動作が急に遅くなった", category: "other", severity: null, drill: false, createdAt: "2026-11-20T23:15:00Z" },
  { id: "case-demo-0006", receiptNo: "2026-0006", state: "responding", title: "ランサムウェア感染を想定した初動対応訓練", category: "malware", severity: "critical", drill: true, createdAt: "2026-11-18T01:00:00Z" },
  { id: "case-demo-0005", receiptNo: "2026-0005", state: "triage", title: "取引先を装った不審なメールの受信", category: "targetedMail", severity: "medium", drill: false, createdAt: "2026-11-12T05:42:00Z" },
  { id: "case-demo-0004", receiptNo: "2026-0004", state: "recovering", title: "説明会案内メールの宛先誤り（子育て支援課）", category: "misdirectedMail", severity: "high", drill: false, createdAt: "2026-10-30T02:05:00Z" },
  { id: "case-demo-0003", receiptNo: "2026-0003", state: "prevention", title: "住民税課のUSBメモリの紛失", category: "lossTheft", severity: "high", drill: false, createdAt: "2026-10-02T07:30:00Z" },
  { id: "case-demo-0002", receiptNo: "2026-0002", state: "closed", title: "窓口での証明書の誤交付", category: "misdelivery", severity: "low", drill: false, createdAt: "2026-08-19T04:10:00Z" },
  { id: "case-demo-0001", receiptNo: "2026-0001", state: "notIncident", title: "ホームページの表示崩れ", category: "webDefacement", severity: null, drill: false, createdAt: "2026-06-03T00:20:00Z" },
];
