// Drills end to end on the 架空市 demo data (issue 8): the CSIRT lead plans the "lost USB stick
// with My Number data" scenario and starts it at 600× (ten scenario minutes a real second): the
// 0:00 inject is there at once, the 0:30 one not before three seconds and then it is; the drill case
// is worked through the real workflow (triage, judged an incident, the CISO's 第一報, the facts with
// 120 people's My Number data) up to the PPC 速報 recorded as submitted from the 文書 tab — every page
// of every PDF saved from the drill case says 訓練 — the facilitator skips ahead and ends the drill;
// the measured vs target table shows numbers; an improvement action becomes a task on the drill
// case; the 訓練実施記録 PDF says 訓練 on every page; and the home screen's real state counts and the
// deadlines view are what they were before the drill.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TIMEOUTS, useProfile, withApp } from './harness.mjs';
import { $, caseTab, click, invoke, loadDemo, setValue, signIn, text, waitAttr, waitText } from './steps.mjs';

const START = '2026-11-24T00:00:00Z';
const KNOWN_ON = '2026-11-24';
const SCENARIO = 'lost-usb-my-number';

function hasPdftotext() {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return process.env.CI === 'true' ? assert.fail('pdftotext is missing on CI') : false;
  }
}

/** Asserts that every page of the PDF at `file` carries 訓練. */
function everyPageSaysDrill(file) {
  assert.equal(fs.readFileSync(file).subarray(0, 5).toString(), '%PDF-', `${file} is a PDF`);
  if (!hasPdftotext()) return;
  const pages = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((p) => p.trim() !== '');
  assert.ok(pages.length > 0, `${file} has pages`);
  pages.forEach((p, i) => assert.match(p, /訓練/, `page ${i + 1} of ${path.basename(file)} says 訓練`));
}

/** A screenshot with the element of `id` at the top of the window (the top of the page for null). */
async function shot(app, id, name) {
  await app.browser.execute((sel) => {
    const el = sel && document.querySelector(sel);
    if (el) el.scrollIntoView({ block: 'start' });
    else window.scrollTo(0, 0);
  }, id && app.testid(id));
  await app.screenshot(name);
}

/** What the home screen counts per state, and the deadlines view's rows. */
async function realView(app) {
  await click(app, 'nav-home');
  await $(app, 'state-count');
  const counts = await app.browser.execute(() =>
    [...document.querySelectorAll('[data-testid="state-count"]')].map(
      (li) => `${li.getAttribute('data-state')}=${li.querySelector('[data-testid="state-count-value"]').textContent}`,
    ),
  );
  await click(app, 'nav-deadlines');
  await $(app, 'deadlines-today');
  const deadlines = await app.browser.execute(() =>
    [...document.querySelectorAll('[data-testid^="deadline-row-"]')].map((tr) => tr.innerText.replace(/\s+/g, ' ').trim()),
  );
  return { counts, deadlines };
}

test('the lost-USB drill at 600×: injects at their offsets, the drill case to a PPC 速報, measured times, an improvement task, the record — real views unchanged', async (t) => {
  const profile = await useProfile(t, 'drills');
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sonae-e2e-drills-'));
  t.after(() => fs.rmSync(out, { recursive: true, force: true }));
  const launched = Date.now();
  /** The app's clock (SONAE_TEST_NOW, then running) as `YYYY-MM-DDTHH:MM` in Japan time (to the minute). */
  const appNowJst = () => new Date(Date.parse(START) + (Date.now() - launched) - 30_000 + 9 * 3600_000).toISOString().slice(0, 16);

  await withApp({ name: 'drills', profile, env: { SONAE_TEST_NOW: START, SONAE_DOCUMENTS_DIR: out } }, async (app) => {
    await loadDemo(app);
    await signIn(app, 'tanaka');
    const before = await realView(app);

    // Plan the drill.
    await click(app, 'nav-drills');
    await $(app, 'drills');
    await click(app, 'drill-plan-open');
    await shot(app, 'plan-form', 'drills-plan-form');
    await setValue(app, 'plan-scenario', SCENARIO);
    await setValue(app, 'plan-name', '令和8年度 第2回 緊急時対応訓練（E2E）');
    await setValue(app, 'plan-fiscal-year', '2026');
    await setValue(app, 'plan-purpose', '特定個人情報を含む媒体の紛失時に、報告と委員会への速報が期限内にできることを確かめる。');
    await setValue(app, 'plan-structure', '統裁者：情報政策課長。プレーヤー：CSIRT要員。');
    await setValue(app, 'plan-scope', '市民課・情報政策課。事故対応手順書（紛失・盗難）。');
    await setValue(app, 'plan-planned-on', KNOWN_ON);
    const watanabe = await app.browser.execute(
      () => [...document.querySelector('[data-testid="plan-participant-person-0"]').options].find((o) => o.text.includes('渡辺')).value,
    );
    await setValue(app, 'plan-participant-person-0', watanabe);
    await setValue(app, 'plan-participant-role-0', 'CSIRT要員（プレーヤー）');
    await click(app, 'plan-save');
    await waitAttr(app, 'drill-detail', 'data-state', 'planned', 'planned');
    assert.match(await text(app, 'drill-banner'), /訓練/);
    assert.match(await text(app, 'drill-plan'), /渡辺 由紀（CSIRT要員（プレーヤー））/);

    // Start at 600×: 0:00 at once, 0:30 not before three real seconds, then there.
    await setValue(app, 'drill-start-speed', '600');
    const clicked = Date.now();
    await click(app, 'drill-start');
    await waitAttr(app, 'drill-detail', 'data-state', 'running', 'started');
    assert.equal(await (await $(app, 'inject-1')).getAttribute('data-released'), 'true', 'the 0:00 inject is released at the start');
    assert.equal(await (await $(app, 'inject-2')).getAttribute('data-released'), 'false', 'the 0:30 inject waits');
    assert.equal(await (await $(app, 'drill-clock')).getAttribute('data-speed'), '600');
    await waitAttr(app, 'inject-2', 'data-released', 'true', 'the 0:30 inject');
    const waited = Date.now() - clicked;
    // 30 scenario minutes are 3 s at 600× (the stored clock keeps milliseconds); the timer here
    // starts a little after the app's own start instant.
    assert.ok(waited >= 2_700, `the 0:30 inject came after ${waited} ms, not before its time at 600×`);
    assert.equal(await (await $(app, 'inject-3')).getAttribute('data-released'), 'false', 'the 1:00 inject is not due yet');
    await $(app, 'inject-released-2');
    const drillId = (await invoke(app, 'list_drills'))[0].id;
    // Real time from here while the players work, so that their minutes mean something.
    await setValue(app, 'drill-speed', '1');
    await waitAttr(app, 'drill-clock', 'data-speed', '1', 'real time');
    await setValue(app, 'inject-note-1', '電話を受けた職員がCSIRTに取り次いだ');
    await click(app, 'inject-achieved-1');
    await waitAttr(app, 'inject-1', 'data-outcome', 'achieved', 'marked');
    await shot(app, null, 'drills-facilitator-top');
    await shot(app, 'drill-clock-block', 'drills-facilitator-running');

    // The drill case, through the real workflow.
    await click(app, 'drill-case-link');
    await $(app, 'case-detail');
    assert.match(await text(app, 'case-drill-banner'), /訓練/);
    await shot(app, null, 'drills-case-banner');
    const receiptNo = await text(app, 'case-receipt-no');
    assert.match(receiptNo, /^訓練-/);
    await click(app, 'move-startTriage');
    await $(app, 'move-judgeIncident');
    await click(app, 'triage-incident-yes');
    await setValue(app, 'triage-rationale', '個人番号を含む一覧を保存したUSBメモリの所在が不明であるため。');
    await setValue(app, 'triage-impact', '住民120人の個人番号・氏名・住所');
    await setValue(app, 'triage-severity', 'high');
    const handler = await app.browser.execute(
      () => [...document.querySelector('[data-testid="triage-handler"]').options].find((o) => o.text.includes('渡辺')).value,
    );
    await setValue(app, 'triage-handler', handler);
    await click(app, 'triage-save');
    await app.browser.waitUntil(async () => (await app.browser.$$(`${app.testid('move-missing-judgeIncident')} li`)).length === 0, {
      timeout: TIMEOUTS.element,
      timeoutMsg: 'triage did not satisfy the judge move',
    });
    await click(app, 'move-judgeIncident');
    await waitText(app, 'case-state', /対応中/, 'judged');
    await setValue(app, 'ciso-at', appNowJst());
    await setValue(app, 'ciso-note', '電話で副市長に第一報');
    await click(app, 'ciso-record');
    await $(app, 'ciso-informed');

    // The facts: 120 people's My Number data, not encrypted.
    await caseTab(app, 'obligations');
    await setValue(app, 'obligations-known-on', KNOWN_ON);
    await click(app, 'facts-pi-involved');
    await setValue(app, 'facts-pi-max-persons', '120');
    await click(app, 'facts-mn-involved');
    await setValue(app, 'facts-mn-max-persons', '120');
    await click(app, 'obligations-facts-save');
    await $(app, 'obligation-row-ppc-preliminary');

    // The PPC 速報 (番号法) recorded as submitted and saved; the 第一報 saved as a copy.
    await caseTab(app, 'documents');
    await waitAttr(app, 'doc-kind-ppc-mynumber', 'data-available', 'true', 'the My Number PPC report');
    await setValue(app, 'doc-ppc-kind-ppc-mynumber', 'preliminary');
    await click(app, 'doc-save-ppc-mynumber');
    const ppc = path.join(out, '訓練_PPC速報.pdf');
    await setValue(app, 'doc-save-path', ppc);
    await click(app, 'doc-record');
    await $(app, 'doc-saved');
    await click(app, 'doc-save-first-report');
    const first = path.join(out, '訓練_第一報.pdf');
    await setValue(app, 'doc-save-path', first);
    await click(app, 'doc-save');
    await waitText(app, 'doc-saved', /第一報\.pdf/, 'the 第一報 saved');
    for (const file of fs.readdirSync(out).filter((f) => f.endsWith('.pdf'))) everyPageSaysDrill(path.join(out, file));

    // Back on the facilitator's screen: skip ahead to every remaining inject, then end.
    await app.browser.execute((id) => {
      window.location.hash = `/drills/${id}`;
    }, drillId);
    await waitAttr(app, 'drill-detail', 'data-state', 'running', 'back on the drill');
    for (const seq of [3, 4, 5]) {
      await click(app, 'drill-skip-next');
      await waitAttr(app, `inject-${seq}`, 'data-released', 'true', `inject ${seq} after skipping`);
    }
    await waitText(app, 'drill-next-in', /すべて済みました/, 'no inject left');
    await click(app, 'drill-end');
    await click(app, 'drill-end-confirm');
    await waitAttr(app, 'drill-detail', 'data-state', 'ended', 'ended');

    // Measured vs target: a number and a verdict on every row.
    for (const m of ['csirt_acknowledged', 'judged_incident', 'ciso_informed', 'ppc_preliminary_draft']) {
      assert.match(await text(app, `result-actual-${m}`), /^\d+(分|時間)/, `${m} was measured`);
      assert.match(await text(app, `result-verdict-${m}`), /^(目標内|超過)$/, `${m} has a verdict`);
    }
    assert.match(await text(app, 'drill-results'), /72時間以内/);
    await shot(app, 'drill-results-block', 'drills-facilitator-ended');

    // After-action: the timed log, an improvement action that becomes a task.
    await setValue(app, 'log-work', '所在不明の報告を受け、事実確認を開始');
    await setValue(app, 'log-decision', '警察への遺失届を指示');
    await setValue(app, 'log-stumble', '個人番号の有無の確認に時間を要した');
    await click(app, 'log-add');
    await waitText(app, 'drill-log', /所在不明の報告を受け/, 'the log line');
    const action = '外部記録媒体の持出し台帳に個人番号の有無の欄を設ける';
    await setValue(app, 'action-text', action);
    await setValue(app, 'action-owner', watanabe);
    await setValue(app, 'action-due', '2027-01-29');
    await click(app, 'action-add');
    await waitText(app, 'drill-actions', /持出し台帳/, 'the action');
    assert.match(await text(app, 'drill-actions'), /渡辺 由紀/);
    assert.match(await text(app, 'drill-actions'), /未完了/);
    await setValue(app, 'after-good-points', '第一報は目標内に行えた。');
    await setValue(app, 'after-issues', '受付までに時間を要した。');
    await click(app, 'after-save');
    await waitText(app, 'drill-status', /振り返りを保存しました/, 'the review');

    // The 訓練実施記録.
    const record = path.join(out, '訓練実施記録.pdf');
    await setValue(app, 'record-path', record);
    await click(app, 'record-save');
    await waitText(app, 'record-saved', /訓練実施記録\.pdf/, 'the record saved');
    everyPageSaysDrill(record);
    if (hasPdftotext()) {
      const flat = execFileSync('pdftotext', [record, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      for (const want of ['訓練実施記録', '目標時間と実績', '持出し台帳', '渡辺由紀']) assert.ok(flat.includes(want), `the record says ${want}`);
    }
    await shot(app, 'drill-after', 'drills-after-action');
    await shot(app, 'drill-actions-block', 'drills-after-action-2');

    // The action is a task on the drill case.
    const actions = (await invoke(app, 'get_drill', { drillId })).actions;
    assert.equal(actions.length, 1);
    await click(app, `action-case-${actions[0].id}`);
    await $(app, 'case-drill-banner');
    await caseTab(app, 'tasks');
    await waitText(app, `task-title-${actions[0].taskId}`, /持出し台帳/, 'the improvement task');
    assert.match(await text(app, 'task-group-improvement'), /改善事項/);
    await shot(app, 'task-group-improvement', 'drills-case-tasks');

    // The list of drills: this one ended, with its drill case.
    await click(app, 'nav-drills');
    await waitAttr(app, `drill-row-${drillId}`, 'data-state', 'ended', 'listed as ended');
    assert.equal(await text(app, `drill-case-${drillId}`), receiptNo);
    assert.match(await text(app, `drill-row-${drillId}`), /2026年度/);
    await shot(app, null, 'drills-list');
    await shot(app, 'drill-scenarios', 'drills-scenarios');

    // The real view never noticed the drill.
    const after = await realView(app);
    assert.deepEqual(after.counts, before.counts, 'real state counts unchanged');
    assert.deepEqual(after.deadlines, before.deadlines, 'deadlines view unchanged');
    assert.ok(!after.deadlines.some((r) => r.includes(receiptNo)), 'the drill case is not among the deadlines');
  });
});
