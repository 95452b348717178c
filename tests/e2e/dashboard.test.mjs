// The dashboard and the statistics screen end to end on the 架空市 demo data (issue 10): the CSIRT
// lead's home starts with the dashboard — open real cases by state and 重要度 (the ランサムウェア
// drill never counted), deadline tiles equal to the deadlines view, what waits on the CISO, the
// next drill, the training alert — and a bar opens the case list filtered by its state; the
// statistics screen counts the seven real cases, writes the CSV (UTF-8 with BOM) to the exports
// folder and saves the 年次報告 PDF; screenshots of both screens.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withApp, useProfile } from './harness.mjs';
import { $, click, invoke, loadDemo, setValue, signIn, text, waitText } from './steps.mjs';

const START = '2026-11-24T00:00:00Z';

/** data-key → data-value of a chart's bars. */
async function bars(app, id) {
  await $(app, id);
  return app.browser.execute(
    (sel) =>
      Object.fromEntries(
        [...document.querySelectorAll(`${sel} li[data-key]`)].map((li) => [li.getAttribute('data-key'), li.getAttribute('data-value')]),
      ),
    `[data-testid="${id}"]`,
  );
}

test('dashboard tiles show the demo counts and open the filtered case list; statistics export CSV and the annual report', async (t) => {
  const profile = await useProfile(t, 'dashboard');
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sonae-e2e-dashboard-'));
  t.after(() => fs.rmSync(out, { recursive: true, force: true }));

  await withApp({ name: 'dashboard', profile, env: { SONAE_TEST_NOW: START, SONAE_DOCUMENTS_DIR: out } }, async (app) => {
    await loadDemo(app);
    await signIn(app, 'tanaka');

    // Real open cases of the demo: 受付, 評価中, 対応中, 復旧中, 再発防止 — one each.
    await waitText(app, 'dash-open-total-value', /^5$/, 'open cases');
    assert.deepEqual(await bars(app, 'dash-by-state'), { received: '1', triage: '1', responding: '1', recovering: '1', prevention: '1' });
    // The ランサムウェア drill is 緊急 and 対応中: not counted anywhere.
    assert.deepEqual(await bars(app, 'dash-by-severity'), { critical: '0', high: '2', medium: '2', low: '0', none: '1' });
    assert.equal(await text(app, 'dash-ciso-value'), '0');
    await $(app, 'dash-next-drill-none');
    assert.equal(await text(app, 'dash-training-value'), '3');
    // The deadline tiles count the deadlines view's rows by Japan day.
    const view = await invoke(app, 'deadlines');
    const day = (d) => Date.parse(`${d}T00:00:00Z`);
    const today = day(view.today);
    const count = (f) => String(view.rows.filter((r) => f((day(r.row.due) - today) / 86_400_000)).length);
    assert.equal(await text(app, 'dash-deadlines-overdue-value'), count((n) => n < 0));
    assert.equal(await text(app, 'dash-deadlines-today-value'), count((n) => n === 0));
    assert.equal(await text(app, 'dash-deadlines-week-value'), count((n) => n >= 1 && n <= 6));
    await app.browser.execute(() => window.scrollTo(0, 0));
    await app.screenshot('dashboard-home');
    await app.browser.execute(() => document.querySelector('[data-testid="dashboard"]').scrollIntoView({ block: 'start' }));
    await app.screenshot('dashboard-tiles');

    // The 評価中 bar opens the case list filtered by 評価中: the 住民票 case alone.
    await app.browser.execute(() => document.querySelector('[data-testid="dash-by-state"] li[data-key="triage"] a').click());
    await app.browser.waitUntil(async () => (await app.browser.execute(() => window.location.hash)) === '#/cases');
    await app.browser.waitUntil(
      async () => {
        const rows = await app.browser.$$('[data-testid^="case-row-"][data-case-id]');
        return rows.length === 1 && /住民票/.test(await rows[0].getText());
      },
      { timeoutMsg: 'the case list never showed the 評価中 case alone' },
    );

    // Statistics: seven real cases, two drill cases left out; by 重要度; CSV to the exports folder.
    await click(app, 'nav-stats');
    await waitText(app, 'stats-drills-left-out', /2/, 'drill cases left out');
    const total = await app.browser.execute(() => document.querySelector('[data-testid="stats-total"] td:nth-child(2)').textContent.trim());
    assert.equal(total, '7');
    await setValue(app, 'stats-group-by', 'severity');
    await app.browser.waitUntil(async () =>
      (await app.browser.execute(() => [...document.querySelectorAll('[data-testid="stats-row"]')].map((r) => r.dataset.key).join(','))) ===
      'high,medium,low,',
    );
    await click(app, 'stats-export');
    await waitText(app, 'stats-exported', /toukei-.*\.csv/, 'CSV written');
    const csvPath = (await text(app, 'stats-exported')).replace(/^.*：/, '');
    assert.ok(csvPath.startsWith(profile.dataDir), `${csvPath} in the data dir's exports`);
    const csv = fs.readFileSync(csvPath);
    assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
    assert.match(csv.toString('utf8'), /^\uFEFF重要度,件数,うち対応中,/);
    assert.match(csv.toString('utf8'), /\r\n合計,7,5,/);
    await app.browser.execute(() => window.scrollTo(0, 0));
    await app.screenshot('stats-screen');

    // The 年次報告 PDF, saved where the user said.
    const pdf = path.join(out, '年次報告_2026年度.pdf');
    await setValue(app, 'annual-year', '2026');
    await setValue(app, 'annual-path', pdf);
    await click(app, 'annual-save');
    await waitText(app, 'annual-saved', /年次報告を保存しました/, 'annual report saved');
    assert.equal(fs.readFileSync(pdf).subarray(0, 5).toString(), '%PDF-');
    try {
      const body = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
      assert.match(body, /令和8年度情報セキュリティインシデント等の状況について（報告）/);
    } catch (err) {
      if (process.env.CI === 'true' || err.code !== 'ENOENT') throw err;
    }
    await app.screenshot('stats-annual-saved');
  });
});
