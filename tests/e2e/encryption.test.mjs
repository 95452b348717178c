// Encryption at rest through the real app (issue 9): at first run the organization's passphrase
// is chosen before anything is written; later starts ask for it (a wrong one is named at the
// field and changes nothing); the file on disk shows none of the demo text; and a backup made
// with the CLI, after the data directory is removed and the backup restored, gives the app the
// same cases. The administrator can change the passphrase from 組織の設定.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { REPO_ROOT, TIMEOUTS, useProfile, withApp } from './harness.mjs';
import { $, click, loadDemo, setValue, signIn, signOut } from './steps.mjs';

const FIRST = '春の架空市役所で災害に備える';
const SECOND = '秋の架空市役所で訓練を重ねる';
const NO_ENV = { SONAE_PASSPHRASE: '' };

function sonae(args, passphrase) {
  const binary = path.join(process.env.CARGO_TARGET_DIR || path.join(REPO_ROOT, 'target'), 'debug', 'sonae');
  return execFileSync(binary, args, { env: { ...process.env, SONAE_PASSPHRASE: passphrase, SONAE_DATA_DIR: '' }, encoding: 'utf8' });
}

async function go(app, hash) {
  await app.browser.execute((h) => {
    window.location.hash = h;
  }, hash);
}

/** The case list's links (受付番号 and title), sorted. */
async function caseTitles(app) {
  await go(app, '#/cases');
  await $(app, 'case-list');
  const links = () => app.browser.$$('a[data-testid^="case-link-"]');
  await app.browser.waitUntil(async () => (await links()).length >= 3, {
    timeout: TIMEOUTS.element,
    timeoutMsg: 'expected the demo cases in the case list',
  });
  const titles = [];
  for (const link of await links()) titles.push((await link.getText()).trim());
  return titles.sort();
}

async function unlock(app, passphrase) {
  await $(app, 'db-unlock', { timeout: TIMEOUTS.appStart });
  await setValue(app, 'db-unlock-passphrase', passphrase);
  await click(app, 'db-unlock-submit');
}

test('the passphrase is chosen at first run, asked at every start, and a backup restores the same cases', async (t) => {
  const profile = await useProfile(t, 'encryption');
  const db = path.join(profile.dataDir, 'sonae.db');
  let titles;

  await withApp({ name: 'encryption-1', profile, env: NO_ENV }, async (app) => {
    await $(app, 'db-create', { timeout: TIMEOUTS.appStart });
    assert.equal(fs.existsSync(db), false, 'nothing is written before the passphrase is chosen');
    await app.screenshot('encryption-01-create');
    await setValue(app, 'db-create-passphrase', FIRST);
    await setValue(app, 'db-create-confirm', FIRST);
    await click(app, 'db-create-submit');
    await loadDemo(app);
    await signIn(app, 'yamamoto');
    titles = await caseTitles(app);
  });

  const bytes = fs.readFileSync(db);
  assert.notEqual(bytes.subarray(0, 15).toString('latin1'), 'SQLite format 3', 'the file is not a plain SQLite file');
  const words = titles.flatMap((t) => t.split(/\s+/)).filter((w) => w.length >= 4);
  assert.ok(words.length >= 3, `words from the case list: ${words}`);
  for (const t of [...words, '架空市', 'yamamoto', 'CREATE TABLE']) {
    assert.equal(bytes.includes(Buffer.from(t, 'utf8')), false, `the file shows ${t}`);
  }

  await withApp({ name: 'encryption-2', profile, env: NO_ENV }, async (app) => {
    await unlock(app, '違うパスフレーズを入れてみる');
    const field = await $(app, 'db-unlock');
    await app.browser.waitUntil(async () => /パスフレーズが違います/.test(await field.getText()), {
      timeout: TIMEOUTS.element,
      timeoutMsg: 'expected the wrong-passphrase message',
    });
    await app.screenshot('encryption-02-wrong');
    await unlock(app, FIRST);
    await $(app, 'sign-in');
    await signIn(app, 'yamamoto');
    assert.deepEqual(await caseTitles(app), titles);

    // 組織の設定 → 保存データの暗号化: change the passphrase.
    await go(app, '#/org');
    await $(app, 'encryption-state');
    assert.match(await (await $(app, 'encryption-state')).getText(), /暗号化されています/);
    await setValue(app, 'encryption-current', FIRST);
    await setValue(app, 'encryption-new', SECOND);
    await setValue(app, 'encryption-confirm', SECOND);
    await click(app, 'encryption-submit');
    await $(app, 'encryption-changed');
    await app.screenshot('encryption-03-changed');
    await signOut(app);
  });

  // Backup with the CLI, remove the data directory, restore: the app shows the same cases.
  const backup = path.join(profile.root, 'backup.tar');
  sonae(['--db', db, 'backup', 'create', '--out', backup], SECOND);
  const archive = fs.readFileSync(backup);
  for (const t of words) assert.equal(archive.includes(Buffer.from(t, 'utf8')), false, `the backup shows ${t}`);
  fs.rmSync(profile.dataDir, { recursive: true, force: true });
  sonae(['--db', db, 'backup', 'restore', backup], SECOND);
  assert.match(sonae(['--db', db, 'check'], SECOND), /検査に合格しました/);

  await withApp({ name: 'encryption-3', profile, env: NO_ENV }, async (app) => {
    await unlock(app, SECOND);
    await signIn(app, 'yamamoto');
    assert.deepEqual(await caseTitles(app), titles);
    await app.screenshot('encryption-04-restored');
  });
});
