// Obligations and deadlines end to end on the 架空市 demo data: entering personal information of
// 150 people on a case makes the PPC 速報/確報 and 本人通知 rows appear with their dates; confirming
// 不正の目的 turns 確報 to 60 days while 知った日 stays; with the app's clock set past the 速報 target
// (SONAE_TEST_NOW, debug builds only) the row shows as overdue on the CSIRT deadlines view.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { appBinary, TIMEOUTS, useProfile, withApp } from './harness.mjs';
import { $, click, invoke, loadDemo, setValue, signIn, text } from './steps.mjs';

/** A deadline by the rules engine itself (the `sonae` CLI), for comparison with what the UI shows. */
function deadline(from, days) {
  // Beside the app binary: `cargo test --workspace` (run before the E2E tests) builds it.
  const bin = path.join(path.dirname(appBinary()), 'sonae');
  return execFileSync(bin, ['calendar', 'deadline', '--from', from, '--days', String(days)], { encoding: 'utf8' }).trim();
}

/** The date `days` after `ymd`. */
function plusDays(ymd, days) {
  const d = new Date(`${ymd}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const KNOWN_ON = '2026-11-24';

/** Every date in a text as YYYY-MM-DD, whatever the separators (2026-12-24, 2026/1/5, 2026年1月5日). */
const dates = (s) => [...s.matchAll(/(\d{4})\D{1,2}(\d{1,2})\D{1,2}(\d{1,2})/g)].map((m) => `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`);

test('150 people → PPC 速報/確報 and 本人通知; 不正の目的 → 60 days, 知った日 kept; a passed 速報 target is overdue on the deadlines view', async (t) => {
  const profile = await useProfile(t, 'obligations');
  let caseId;
  let receiptNo;

  // The app's clock reads 2026-11-24 09:00 JST (a Tuesday) when it starts.
  await withApp({ name: 'obligations-1', profile, env: { SONAE_TEST_NOW: `${KNOWN_ON}T00:00:00Z` } }, async (app) => {
    await loadDemo(app);
    await signIn(app, 'tanaka');
    const page = await invoke(app, 'search_cases', {
      input: { state: 'triage', openOnly: false, severity: null, assigneePersonId: null, category: 'misdelivery', overdueOnly: false, sort: 'newest', page: 0, pageSize: 20 },
    });
    ({ id: caseId, receiptNo } = page.rows[0].summary);

    await click(app, 'nav-cases');
    await setValue(app, 'case-filter-state', 'all');
    await click(app, `case-link-${receiptNo}`);
    await $(app, 'case-detail');
    await click(app, 'case-tab-obligations');
    await $(app, 'obligations-known-on');

    await setValue(app, 'obligations-known-on', KNOWN_ON);
    await click(app, 'facts-pi-involved');
    await setValue(app, 'facts-pi-max-persons', '150');
    await click(app, 'obligations-facts-save');
    await $(app, 'obligation-row-ppc-final');
    await $(app, 'obligation-row-ppc-preliminary');
    await $(app, 'obligation-row-data-subjects-single');
    const final30 = deadline(KNOWN_ON, 30);
    assert.deepEqual(dates(await text(app, 'obligation-due-ppc-final')), [final30]);
    assert.match(await text(app, 'obligation-final-days-ppc-final'), /30/);
    assert.match(await text(app, 'obligation-due-ppc-preliminary'), /\d{4}/);
    await app.screenshot('obligations-150-persons');

    // 不正の目的 confirmed: 確報 60 days from the same 知った日.
    await click(app, 'facts-pi-malicious');
    await click(app, 'obligations-facts-save');
    await app.browser.waitUntil(async () => /60/.test(await text(app, 'obligation-final-days-ppc-final')), {
      timeout: TIMEOUTS.element,
      timeoutMsg: '確報 did not turn to 60 days',
    });
    const final60 = deadline(KNOWN_ON, 60);
    const due = await text(app, 'obligation-due-ppc-final');
    assert.deepEqual(dates(due), [final60], `確報 due ${due}`);
    const known = await $(app, 'obligations-known-on');
    const knownText = (await known.getTagName()) === 'input' ? await known.getValue() : await known.getText();
    assert.deepEqual(dates(knownText), [KNOWN_ON], `知った日 ${knownText}`);
    const data = await invoke(app, 'case_obligations', { caseId });
    assert.equal(data.knownOn, KNOWN_ON, '知った日 never moves');
    await app.screenshot('obligations-malicious-60-days');
  });

  // Ten days later the 速報 target (day 5) has passed without a report.
  await withApp({ name: 'obligations-2', profile, env: { SONAE_TEST_NOW: `${plusDays(KNOWN_ON, 10)}T00:00:00Z` } }, async (app) => {
    await $(app, 'sign-in', { timeout: TIMEOUTS.appStart });
    await signIn(app, 'tanaka');
    await click(app, 'nav-deadlines');
    const row = `deadline-row-${receiptNo}-ppc-preliminary`;
    await $(app, row);
    assert.match(await text(app, `deadline-status-${receiptNo}-ppc-preliminary`), /期限超過/);
    assert.doesNotMatch(await text(app, `deadline-status-${receiptNo}-ppc-final`), /期限超過/, '確報 is not due yet');
    await app.screenshot('deadlines-overdue');
  });
});
