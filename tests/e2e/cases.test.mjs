// The CSIRT case workflow end to end on the 架空市 demo data: a staff member's 紛失・盗難 report is
// triaged and judged an incident; the 紛失・盗難 playbook's tasks appear; an evidence file is attached
// (its SHA-256 is shown) and handed over; a decision proposed by the CSIRT lead cannot be approved
// by her and is approved by the 統括情報セキュリティ責任者; the recovery checklist is completed; closing
// too early lists what is missing; a changed byte in the stored evidence file is found by the
// re-check; root cause and measures are filled in and the case is closed.
import test from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { TIMEOUTS, useProfile, withApp } from './harness.mjs';
import { $, click, invoke, loadDemo, setValue, signIn, signOut, text } from './steps.mjs';

/** `YYYY-MM-DDTHH:MM` in Japan time, `minutes` from now. */
function jst(minutes = 0) {
  return new Date(Date.now() + (9 * 60 + minutes) * 60_000).toISOString().slice(0, 16);
}

async function tab(app, name) {
  await click(app, `case-tab-${name}`);
  await $(app, `case-panel-${name}`);
}

/** The ids (data-testid suffixes) of elements whose testid matches `prefix<id>` exactly. */
async function idsOf(app, prefix, within = 'body') {
  return app.browser.execute(
    (p, w) =>
      [...document.querySelector(w).querySelectorAll(`[data-testid^="${p}"]`)]
        .map((el) => el.getAttribute('data-testid').slice(p.length))
        .filter((s) => /^[0-9a-f-]{36}$/.test(s)),
    prefix,
    within,
  );
}

async function waitText(app, id, re, what) {
  await app.browser.waitUntil(async () => re.test(await (await $(app, id)).getText()), {
    timeout: TIMEOUTS.element,
    timeoutMsg: `${what}: ${id} never matched ${re}`,
  });
}

/** Completes (完了) every open task in the open panel. */
async function completeAll(app, panel) {
  for (;;) {
    const open = await app.browser.execute(
      (p) =>
        [...document.querySelectorAll(`[data-testid="case-panel-${p}"] [data-status="open"]`)]
          .map((el) => el.getAttribute('data-testid').replace(/^(task|recovery-item)-/, ''))
          .filter((s) => /^[0-9a-f-]{36}$/.test(s)),
      panel,
    );
    if (open.length === 0) return;
    const id = open[0];
    await click(app, `task-done-${id}`);
    await click(app, `task-close-confirm-${id}`);
    const row = panel === 'recovery' ? `recovery-item-${id}` : `task-${id}`;
    await app.browser.waitUntil(
      async () => (await (await $(app, row)).getAttribute('data-status')) === 'done',
      { timeout: TIMEOUTS.element, timeoutMsg: `task ${id} was not completed` },
    );
  }
}

async function openCase(app, receiptNo) {
  await click(app, 'nav-cases');
  await $(app, 'case-list');
  await setValue(app, 'case-filter-state', 'all');
  await click(app, `case-link-${receiptNo}`);
  await $(app, 'case-detail');
}

test('a lost USB stick: triage, the 紛失・盗難 playbook, evidence and custody, a decision approved by someone else, recovery, closing', async (t) => {
  const profile = await useProfile(t, 'cases');
  const content = `proxy log of ${new Date().toISOString()}\n`;
  const sha = crypto.createHash('sha256').update(content).digest('hex');
  let receiptNo;

  await withApp({ name: 'cases-1', profile }, async (app) => {
    await loadDemo(app);

    // 中村 (職員) reports the loss; the report wizard itself is covered by report.test.mjs.
    await signIn(app, 'nakamura');
    const options = await invoke(app, 'report_options');
    const form = {
      source: 'staff', symptoms: ['pc_lost_stolen'], category: 'loss_theft',
      whatHappened: '住民票の写しの作成に使ったUSBメモリが見当たらない。', noticedAt: jst(-30), occurredAt: '', occurredNote: '昨日の夕方',
      departmentId: options.me.departmentId ?? '', device: 'USBメモリ（庁有品）', systemId: '', networkSegment: 'unknown', classLevelId: '',
      personalInfo: 'yes', myNumber: 'no', maxPersons: '120', medium: 'electronic', actionsTaken: '机と書庫を探した。',
      reporterName: options.me.name, reporterPhone: '048-000-2107', reporterEmail: '', reporterReachability: '', relayOrg: '', relayChannel: '', relayReceivedAt: '',
    };
    const draft = await invoke(app, 'save_report_draft', { input: { draftId: null, step: 7, form } });
    const receipt = await invoke(app, 'submit_report', { input: { draftId: draft.draftId ?? draft.id, form } });
    receiptNo = receipt.receiptNo;
    await signOut(app);

    // 田中 (CSIRT責任者) triages and judges it an incident.
    await signIn(app, 'tanaka');
    await openCase(app, receiptNo);
    await app.screenshot('case-received');
    await click(app, 'move-startTriage');
    await $(app, 'move-judgeIncident');
    const missing = await app.browser.execute(() =>
      [...document.querySelectorAll('[data-testid="move-missing-judgeIncident"] li')].map((li) => li.getAttribute('data-missing')),
    );
    assert.deepEqual(missing, ['rationale', 'severity', 'impact', 'handler']);
    await click(app, 'triage-incident-yes');
    await setValue(app, 'triage-rationale', '個人情報（住民120人分）を含む媒体の所在が不明であるため。');
    await setValue(app, 'triage-impact', '市民課で作成した住民票の写しのデータ（120人分）');
    await setValue(app, 'triage-severity', 'high');
    const handler = await app.browser.execute(
      () => [...document.querySelector('[data-testid="triage-handler"]').options].find((o) => o.text.includes('渡辺')).value,
    );
    await setValue(app, 'triage-handler', handler);
    await click(app, 'triage-save');
    await app.browser.waitUntil(
      async () => (await app.browser.$$(`${app.testid('move-missing-judgeIncident')} li`)).length === 0,
      { timeout: TIMEOUTS.element, timeoutMsg: 'triage did not satisfy the judge move' },
    );
    await click(app, 'move-judgeIncident');
    await waitText(app, 'case-state', /対応中/, 'judged');
    await $(app, 'ciso-due');

    // The 紛失・盗難 playbook's tasks are there.
    await tab(app, 'tasks');
    const tasksText = await (await $(app, 'case-panel-tasks')).getText();
    assert.match(tasksText, /副市長（CISO）への第一報/);
    assert.match(tasksText, /警察/, 'the loss/theft playbook asks to report to the police');
    for (const kind of ['containment', 'otherSystems', 'evidence', 'inform']) await $(app, `task-group-${kind}`);
    await app.screenshot('case-tasks');

    // Evidence: a record, a file (its SHA-256 shown in full), a custody transfer.
    await tab(app, 'evidence');
    await click(app, 'evidence-add');
    await setValue(app, 'evidence-description', 'USBメモリの貸出記録と書庫の入退室記録');
    await setValue(app, 'evidence-source', 'log');
    await setValue(app, 'evidence-collected-by', '田中 美穂');
    await setValue(app, 'evidence-collected-at', jst(-5));
    await setValue(app, 'evidence-storage-place', '情報政策課 証拠保管庫');
    await click(app, 'evidence-save');
    const [evidenceId] = await app.browser.waitUntil(async () => {
      const ids = await idsOf(app, 'evidence-holder-');
      return ids.length ? ids : false;
    }, { timeout: TIMEOUTS.element, timeoutMsg: 'the evidence was not added' });
    await app.browser.execute(
      (selector, text) => {
        const input = document.querySelector(selector);
        const dt = new DataTransfer();
        dt.items.add(new File([text], 'proxy.log', { type: 'text/plain' }));
        input.files = dt.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      },
      app.testid(`evidence-attach-input-${evidenceId}`),
      content,
    );
    await click(app, `evidence-attach-${evidenceId}`);
    const [fileId] = await app.browser.waitUntil(async () => {
      const ids = await idsOf(app, 'evidence-file-sha-');
      return ids.length ? ids : false;
    }, { timeout: TIMEOUTS.element, timeoutMsg: 'the file was not attached' });
    assert.equal((await (await $(app, `evidence-file-sha-${fileId}`)).getText()).trim(), sha, 'the SHA-256 is shown in full');
    assert.ok(fs.existsSync(path.join(profile.dataDir, 'evidence', sha)), 'stored content-addressed in the data folder');
    await click(app, `custody-open-${evidenceId}`);
    await setValue(app, 'custody-to', '県警 生活安全課');
    await setValue(app, 'custody-at', jst(-1));
    await setValue(app, 'custody-purpose', '遺失届の参考資料として提出');
    await click(app, 'custody-save');
    await waitText(app, `evidence-holder-${evidenceId}`, /県警 生活安全課/, 'custody');
    await app.screenshot('case-evidence');

    // A decision proposed by 田中 herself: she cannot approve it.
    await tab(app, 'meetings');
    await click(app, 'meeting-add');
    await setValue(app, 'meeting-held-at', jst(-2));
    await setValue(app, 'meeting-participants', '佐藤 一郎\n高橋 誠\n田中 美穂');
    await setValue(app, 'meeting-agenda', 'USBメモリ紛失への対応方針');
    await click(app, 'meeting-save');
    await click(app, 'decision-add');
    await setValue(app, 'decision-text', '庁有USBメモリの持出しを当面禁止し、全課に通知する。');
    await click(app, 'decision-save');
    const [decisionId] = await app.browser.waitUntil(async () => {
      const ids = await idsOf(app, 'decision-status-');
      return ids.length ? ids : false;
    }, { timeout: TIMEOUTS.element, timeoutMsg: 'the decision was not proposed' });
    await $(app, `decision-own-${decisionId}`);
    assert.equal(await (await app.browser.$(app.testid(`decision-approve-${decisionId}`))).isExisting(), false, 'the proposer has no approve button');
    await signOut(app);

    // 高橋 (統括情報セキュリティ責任者) approves it, then completes recovery and tries to close.
    await signIn(app, 'takahashi');
    await openCase(app, receiptNo);
    await tab(app, 'meetings');
    await click(app, `decision-approve-${decisionId}`);
    await waitText(app, `decision-status-${decisionId}`, /承認/, 'approval');
    await waitText(app, `decision-decider-${decisionId}`, /高橋/, 'decider');
    await app.screenshot('case-decision');

    await tab(app, 'overview');
    await click(app, 'move-startRecovery');
    await waitText(app, 'case-state', /復旧中/, 'recovery');
    await tab(app, 'recovery');
    assert.equal(await (await $(app, 'recovery-indicator')).getAttribute('data-verified'), 'false');
    await completeAll(app, 'recovery');
    assert.equal(await (await $(app, 'recovery-indicator')).getAttribute('data-verified'), 'true');
    await app.screenshot('case-recovery');
    await tab(app, 'overview');
    await click(app, 'move-startPrevention');
    await waitText(app, 'case-state', /再発防止/, 'prevention');

    // Closing now lists exactly what is missing.
    const listed = await app.browser.execute(() =>
      [...document.querySelectorAll('[data-testid="move-missing-close"] li')].map((li) => li.getAttribute('data-missing')),
    );
    assert.deepEqual(listed, ['openTasks', 'rootCause', 'measures', 'cisoNotInformed']);
    await click(app, 'move-close');
    await $(app, 'move-refusal');
    await app.screenshot('case-close-refused');

    // One changed byte in the stored evidence file is found by the re-check.
    const stored = path.join(profile.dataDir, 'evidence', sha);
    const bytes = fs.readFileSync(stored);
    bytes[0] ^= 1;
    fs.writeFileSync(stored, bytes);
    await tab(app, 'evidence');
    await click(app, 'evidence-recheck');
    await $(app, `recheck-mismatch-${fileId}`);
    assert.equal(await (await $(app, 'recheck-result')).getAttribute('data-ok'), 'false');
    await app.screenshot('case-recheck-mismatch');

    // Do what is missing, then close.
    await tab(app, 'overview');
    await setValue(app, 'ciso-at', jst(-60));
    await setValue(app, 'ciso-note', '電話で概要を報告した。');
    await click(app, 'ciso-record');
    await $(app, 'ciso-informed');
    await tab(app, 'tasks');
    await completeAll(app, 'tasks');
    await tab(app, 'prevention');
    await setValue(app, 'root-cause-category', 'ruleViolation');
    await setValue(app, 'root-cause-narrative', '媒体の持出し時に管理簿への記入をしていなかった。');
    await setValue(app, 'root-cause-ciso-instructions', '全庁で外部記録媒体の管理を点検すること。');
    await click(app, 'root-cause-save');
    await click(app, 'measure-add');
    await setValue(app, 'measure-text', '外部記録媒体の管理簿を電子化し、貸出と返却を記録する。');
    await click(app, 'measure-status-planned');
    await setValue(app, 'measure-owner', '総務部 情報政策課');
    await setValue(app, 'measure-due-on', '2027-03-31');
    await click(app, 'measure-save');
    await $(app, 'measures-planned');
    await tab(app, 'overview');
    await app.browser.waitUntil(
      async () => (await app.browser.$$(`${app.testid('move-missing-close')} li`)).length === 0,
      { timeout: TIMEOUTS.element, timeoutMsg: 'close still misses something' },
    );
    await click(app, 'move-close');
    await waitText(app, 'case-state', /完了/, 'closed');
    await tab(app, 'timeline');
    const timeline = await (await $(app, 'timeline-list')).getText();
    assert.match(timeline, /決定事項を承認した/);
    assert.match(timeline, /証拠ファイル1件を再確認したところ、1件が記録されたハッシュ値と一致しなかった/);
    await app.screenshot('case-closed-timeline');
  });
});
