// The case list stays responsive on a large database (issue 10): `sonae bench --keep` builds the
// demo organization plus N generated cases (10·N timeline lines, 2·N tasks) straight into the
// app's data dir; the app opens it, 渡辺 signs in, opens 事案一覧 and pages through it (next page a
// few times), filters by 重要度 and searches a 3-character word — each answer shows rows.
//
// N: SONAE_SCALE_CASES, default 5,000 — about 40 s of generation in a debug build (unoptimized
// Rust and SQLite); 100,000 would take about a quarter of an hour there, too long for CI. The
// 100,000-case run is `SONAE_SCALE_CASES=100000 SONAE_BENCH_BINARY=target/release/sonae`
// (docs/performance.md).
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { E2E_PASSPHRASE, REPO_ROOT, TIMEOUTS, useProfile, withApp } from './harness.mjs';
import { $, click, setValue, signIn, text } from './steps.mjs';

const CASES = Number(process.env.SONAE_SCALE_CASES || 5000);

function benchBinary() {
  if (process.env.SONAE_BENCH_BINARY) return path.resolve(REPO_ROOT, process.env.SONAE_BENCH_BINARY);
  const target = process.env.CARGO_TARGET_DIR ? path.resolve(REPO_ROOT, process.env.CARGO_TARGET_DIR) : path.join(REPO_ROOT, 'target');
  return path.join(target, 'debug', 'sonae');
}

/** "1–20 / 5,009件" → [first, last, total]. */
async function range(app) {
  const s = (await text(app, 'case-page-range')).replace(/[,，]/g, '');
  const m = s.match(/(\d+)\D+(\d+)\D+(\d+)/);
  assert.ok(m, `no range in ${s}`);
  return m.slice(1, 4).map(Number);
}

async function waitRange(app, want, what) {
  let last = null;
  await app.browser.waitUntil(
    async () => {
      last = await range(app).catch(() => null);
      return last !== null && want(last);
    },
    { timeout: TIMEOUTS.element, timeoutMsg: `${what}: range ${JSON.stringify(last)}` },
  );
  return last;
}

async function rowCount(app) {
  return (await app.browser.$$('[data-testid^="case-row-"][data-case-id]')).length;
}

test(`the case list pages, filters and searches ${CASES} generated cases`, { timeout: 900_000 }, async (t) => {
  const profile = await useProfile(t, 'scale');
  const binary = benchBinary();
  assert.ok(fs.existsSync(binary), `${binary} is missing (cargo build -p sonae-cli)`);
  const started = Date.now();
  const out = execFileSync(binary, ['bench', '--cases', String(CASES), '--generate-only', '--json', '--keep', profile.dataDir], {
    // Encrypted with the passphrase every E2E app is given, as an installation's file is.
    env: { ...process.env, SONAE_DATA_DIR: profile.dataDir, SONAE_PASSPHRASE: E2E_PASSPHRASE },
    maxBuffer: 16 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const figures = JSON.parse(out.toString());
  console.log(`# generated ${figures.cases} cases in ${figures.generateSeconds} s (bench ${(Date.now() - started) / 1000} s)`);
  assert.equal(figures.cases, CASES);
  assert.equal(figures.encrypted, true);
  assert.ok(!fs.readFileSync(path.join(profile.dataDir, 'sonae.db')).subarray(0, 16).toString('latin1').startsWith('SQLite format 3'));

  await withApp({ name: 'scale', profile }, async (app) => {
    // Every generated case plus the demo's own.
    const total = CASES + figures.demoCases;
    await $(app, 'sign-in', { timeout: TIMEOUTS.appStart });
    await signIn(app, 'watanabe');
    await click(app, 'nav-cases');
    await $(app, 'case-list');
    await setValue(app, 'case-filter-state', 'all');
    const [first, last, all] = await waitRange(app, (r) => r[2] === total, 'every case');
    assert.deepEqual([first, last], [1, 20]);
    assert.equal(await rowCount(app), 20);
    await app.screenshot('scale-case-list');

    // Next page, a few times: each shows the next 20 rows.
    for (let page = 1; page <= 3; page += 1) {
      await click(app, 'case-page-next');
      await waitRange(app, (r) => r[0] === page * 20 + 1 && r[2] === total, `page ${page + 1}`);
      assert.equal(await rowCount(app), 20);
    }
    await click(app, 'case-page-prev');
    await waitRange(app, (r) => r[0] === 41, 'back one page');

    // A filter starts again at the first page of fewer cases.
    await setValue(app, 'case-filter-severity', 'critical');
    const [, , critical] = await waitRange(app, (r) => r[0] === 1 && r[2] < total && r[2] > 0, 'critical cases');
    assert.ok((await rowCount(app)) > 0);
    const severities = await app.browser.$$('[data-testid="case-row-severity"]');
    for (const s of severities) assert.match(await s.getText(), /緊急|重大|critical/i);
    await app.screenshot('scale-case-list-critical');

    // A search combined with the filter: rows with their highlighted snippet.
    await setValue(app, 'case-filter-query', '誤送信');
    await click(app, 'case-search');
    const [, , found] = await waitRange(app, (r) => r[2] > 0 && r[2] < critical, 'search within the filter');
    assert.ok(found > 0);
    assert.ok((await rowCount(app)) > 0);
    const marks = await app.browser.$$('[data-testid="case-row-snippet"] mark');
    assert.ok(marks.length > 0, 'the snippets mark the match');
    assert.equal(await marks[0].getText(), '誤送信');
    await app.screenshot('scale-case-list-search');
  });
});
