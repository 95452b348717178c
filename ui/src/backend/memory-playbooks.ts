// Playbooks (事故対応手順書) for the in-memory backend: the built-in playbook of each category
// (revision 0) and the revisions an organization saves, checked like the Rust side's
// `PlaybookRevision::new` and `save_playbook` (errors name the step by `args.index`).
//
// The built-in steps mirror sonae-core's tables (locales/ja/playbook.ftl) for 紛失・盗難, メール誤送信
// and マルウェア感染; the other categories get the generic playbook here. Titles are Japanese, as the
// Rust side writes built-in titles into the organization's records.

import type { ApiError } from "../bindings/ApiError";
import type { Category } from "../bindings/Category";
import type { PlaybookDto } from "../bindings/PlaybookDto";
import type { PlaybookInput } from "../bindings/PlaybookInput";
import type { PlaybookStepDto } from "../bindings/PlaybookStepDto";
import type { Role } from "../bindings/Role";
import type { TaskKind } from "../bindings/TaskKind";
import { CATEGORIES } from "../l10n/labels";

/** At most this many hours ahead for a step's due time (one year), as `MAX_DUE_HOURS`. */
export const MAX_DUE_HOURS = 24 * 366;

/** Who may read playbooks (`Action::ViewAllCases`) and who may save them (`Action::EditPlaybooks`). */
const VIEW: readonly Role[] = ["csirtMember", "csirtLead", "chiefSecurityOfficer", "ciso", "administrator"];
const EDIT: readonly Role[] = ["administrator", "csirtLead"];

type Step = [TaskKind, string, boolean, number | null];

const GENERIC: readonly Step[] = [
  ["containment", "被害の拡大を防ぐ緊急措置（ネットワークからの切り離し、利用停止、アカウント停止等）を実施する", true, 2],
  ["evidence", "ログ、端末・媒体、記録類など証拠となるものを消去・変更せずに保全する", true, 4],
  ["otherSystems", "他の情報システムで同種の事象が発生していないか確認する", true, 24],
  ["inform", "関係する所管課・委託事業者に状況を連絡する", false, 24],
];

const BUILT_IN: Partial<Record<Category, readonly Step[]>> = {
  lossTheft: [
    ["containment", "最後に確認した場所・経路を捜索し、立ち寄り先・交通機関に問い合わせる", true, 2],
    ["containment", "遠隔ロック・遠隔消去を実施する（端末管理の仕組みがある場合）", true, 2],
    ["containment", "紛失した端末・ICカードで使えるアカウント・証明書を停止する", true, 4],
    ["evidence", "紛失物の内容（機器番号、保存された情報、暗号化の有無）と経緯を記録する", true, 4],
    ["evidence", "持出し記録・入退室記録・防犯カメラ映像の保存を依頼する", false, 24],
    ["otherSystems", "持出し管理簿と照合し、他の端末・媒体・帳票の所在を確認する", true, 48],
    ["inform", "警察に遺失届・盗難届を提出し、受理番号を控える", true, 24],
    ["inform", "情報を所管する課に連絡し、影響を受ける本人の範囲を確認する", false, 24],
  ],
  misdirectedMail: [
    ["containment", "誤送信先に電話で連絡し、メール・添付ファイルの削除と転送の有無を確認する", true, 1],
    ["containment", "ファイル共有のリンク・パスワードを無効にする（クラウド共有の場合）", false, 1],
    ["containment", "削除したことを誤送信先から書面又はメールで確認する", true, 24],
    ["evidence", "誤送信したメールの写し（ヘッダ・本文・添付ファイル）を保存する", true, 2],
    ["evidence", "メールサーバの送信ログを保全する", false, 8],
    ["other", "誤送信した情報の項目・件数（個人情報・個人番号の有無）を特定する", true, 8],
    ["otherSystems", "同じ担当者・アドレス帳からの他の誤送信（宛先・CC・BCCの誤り）を送信ログで確認する", true, 24],
    ["inform", "本来の送信先に誤送信の事実と再送の予定を連絡する", false, 24],
    ["inform", "情報を所管する課・所属長に連絡する", true, 4],
  ],
  malware: [
    ["containment", "感染した端末・サーバをネットワークから切り離す（LANケーブルを抜く。電源は切らない）", true, 1],
    ["evidence", "画面の表示（警告・脅迫文）を写真に撮り、時刻を記録する", true, 1],
    ["containment", "不審な通信先をファイアウォール・プロキシで遮断する", true, 2],
    ["containment", "バックアップを切り離し、暗号化・削除されないよう保護する", true, 2],
    ["containment", "感染端末で使われたアカウントのパスワードを、別の端末から変更する", true, 4],
    ["evidence", "感染端末は電源を入れたまま保全し、再起動・初期化・駆除をしない", true, 2],
    ["evidence", "ウイルス対策ソフト・プロキシ・ファイアウォールのログを保全する", true, 4],
    ["evidence", "不審なファイル・メールを削除せず、検体として保管する", false, 8],
    ["otherSystems", "最新の定義ファイルで、庁内の他の端末・サーバを検査する", true, 24],
    ["otherSystems", "同じ通信先・ファイル名の痕跡が他の端末・ログにないか確認する", true, 24],
    ["inform", "影響を受けた業務の所管課に連絡し、業務継続の方法を協議する", true, 4],
    ["inform", "保守の委託事業者・ウイルス対策製品の窓口に連絡する", false, 4],
    ["inform", "ランサムウェアの場合は警察に相談する（身代金は支払わない）", false, 24],
    ["inform", "IPA・JPCERT/CCへの届出・情報提供を検討する（任意）", false, null],
  ],
};

function builtIn(category: Category): PlaybookDto {
  return {
    category,
    revision: 0,
    steps: (BUILT_IN[category] ?? GENERIC).map(([kind, title, mandatory, dueHours]) => ({ kind, title, mandatory, dueHours })),
    note: "",
    savedBy: null,
    savedAt: null,
    builtIn: true,
  };
}

function forbidden(): ApiError {
  return { code: "forbidden", messageId: "error-forbidden", args: {}, field: null };
}

/** A validation error; a step's error carries its 0-based `index` and 1-based `row`. */
function invalid(field: string, messageId: string, index: number | null = null): ApiError {
  const fieldId = `field-${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  const args: Record<string, string> = { fieldId };
  if (index !== null) {
    args.index = String(index);
    args.row = String(index + 1);
  }
  return { code: "validation", messageId, args, field };
}

function checkStep(step: PlaybookStepDto, index: number): PlaybookStepDto {
  if (step.kind === "cisoReport" || step.kind === "recoveryCheck") throw invalid("kind", "error-choice-not-found", index);
  const h = step.dueHours;
  if (h !== null && (!Number.isInteger(h) || h <= 0 || h > MAX_DUE_HOURS)) {
    throw invalid("dueHours", "error-playbook-due-hours", index);
  }
  const title = step.title.trim();
  if (!title) throw invalid("title", "error-field-required", index);
  if ([...title].length > 200) throw invalid("title", "error-field-too-long", index);
  return { kind: step.kind, title, mandatory: step.mandatory, dueHours: h };
}

/** The saved revisions of every category, newest first; the built-in ones are never stored. */
export class MemoryPlaybooks {
  private revisions = new Map<Category, PlaybookDto[]>();

  /** The current playbook of every category (`list_playbooks`). */
  list(roles: readonly Role[]): PlaybookDto[] {
    if (!roles.some((r) => VIEW.includes(r))) throw forbidden();
    return CATEGORIES.map((c) => this.revisions.get(c)?.[0] ?? builtIn(c));
  }

  /** The steps a case of `category` gets now, with their revision (no permission check: case work asks). */
  current(category: Category): { revision: number; steps: PlaybookStepDto[] } {
    const p = this.revisions.get(category)?.[0] ?? builtIn(category);
    return { revision: p.revision, steps: p.steps.map((s) => ({ ...s })) };
  }

  /** Every revision of `category`, newest first, ending with the built-in one (`playbook_history`). */
  history(roles: readonly Role[], category: Category): PlaybookDto[] {
    if (!roles.some((r) => VIEW.includes(r))) throw forbidden();
    return [...(this.revisions.get(category) ?? []), builtIn(category)];
  }

  /** Saves revision n + 1 as `savedBy` at `savedAt` and answers the history (`save_playbook`). */
  save(roles: readonly Role[], savedBy: string, input: PlaybookInput, savedAt: string): PlaybookDto[] {
    if (!roles.some((r) => EDIT.includes(r))) throw forbidden();
    if (input.steps.length === 0) throw invalid("steps", "error-playbook-empty");
    if (input.steps.length > 100) throw invalid("steps", "error-playbook-too-many");
    const steps = input.steps.map(checkStep);
    const note = input.note.trim();
    if ([...note].length > 1000) throw invalid("note", "error-field-too-long");
    const saved = this.revisions.get(input.category) ?? [];
    const revision = (saved[0]?.revision ?? 0) + 1;
    this.revisions.set(input.category, [{ category: input.category, revision, steps, note, savedBy, savedAt, builtIn: false }, ...saved]);
    return this.history(roles, input.category);
  }
}
