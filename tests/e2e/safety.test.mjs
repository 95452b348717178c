// データの保全 through the real app (issue 9): the administrator makes a backup from the page —
// the path is offered under <data dir>/backups, the progress bar reaches 100 %, the file exists
// and `sonae backup verify` accepts it —, registers another installation's key as trusted, and
// writes a case bundle from the case screen; a SECOND installation (its own data dir, through the
// CLI) trusts this one's key, imports the file and lists the case.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { E2E_PASSPHRASE, REPO_ROOT, TIMEOUTS, useProfile, withApp } from './harness.mjs';
import { $, click, invoke, loadDemo, setValue, signIn, text, waitText } from './steps.mjs';

function sonae(args) {
  const binary = path.join(process.env.CARGO_TARGET_DIR || path.join(REPO_ROOT, 'target'), 'debug', 'sonae');
  return execFileSync(binary, args, { env: { ...process.env, SONAE_PASSPHRASE: E2E_PASSPHRASE, SONAE_DATA_DIR: '' }, encoding: 'utf8' });
}

test('a backup from the page with its progress, a trusted key, and a case bundle imported by a second installation', async (t) => {
  const profile = await useProfile(t, 'safety');
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sonae-e2e-safety-'));
  t.after(() => fs.rmSync(out, { recursive: true, force: true }));
  // The second installation: its own data dir, made and used through the CLI.
  const other = path.join(out, 'other', 'sonae.db');
  fs.mkdirSync(path.dirname(other), { recursive: true });
  sonae(['--db', other, 'demo']);
  const otherKey = /([0-9a-f]{64})/.exec(sonae(['--db', other, '--lang', 'en', 'exchange', 'key']))[1];

  await withApp({ name: 'safety', profile, env: { SONAE_DOCUMENTS_DIR: out } }, async (app) => {
    await loadDemo(app);
    await signIn(app, 'yamamoto');
    await click(app, 'nav-safety');
    await $(app, 'data-safety');

    // A backup now, under the offered path.
    const field = await $(app, 'safety-backup-path');
    await app.browser.waitUntil(async () => /sonae-\d{8}-\d{6}\.tar$/.test(await field.getValue()), {
      timeout: TIMEOUTS.element,
      timeoutMsg: 'expected the backup path to be offered',
    });
    const archive = await field.getValue();
    assert.equal(path.dirname(archive), path.join(profile.dataDir, 'backups'));
    await click(app, 'safety-backup-submit');
    await $(app, 'safety-backup-done', { timeout: TIMEOUTS.appStart });
    assert.equal(await (await $(app, 'safety-backup-progress-bar')).getAttribute('value'), '100');
    assert.equal(await text(app, 'safety-backup-progress-percent'), '100 %');
    assert.equal(await text(app, 'safety-backup-progress-step'), '完了');
    assert.match(await text(app, 'safety-backup-summary-cases'), /^\d+ 件$/);
    assert.ok(fs.statSync(archive).size > 10_000, 'the archive is on disk');
    assert.match(sonae(['--lang', 'en', 'backup', 'verify', archive]), /match the manifest|manifest/);
    // It is listed, and the page says how to restore (CLI, app closed).
    await waitText(app, 'safety-list-table', new RegExp(path.basename(archive).replace(/\./g, '\\.')));
    await waitText(app, 'safety-restore-command', /backup restore/);
    await app.screenshot('safety-01-backup');

    // The other installation's key, registered as trusted.
    const ownKey = await text(app, 'safety-own-public-key');
    assert.match(ownKey, /^[0-9a-f]{64}$/);
    await setValue(app, 'safety-key-name-input', '本庁CSIRT（第二端末）');
    await setValue(app, 'safety-key-public-input', otherKey);
    await click(app, 'safety-key-submit');
    await waitText(app, 'safety-key-added', /本庁CSIRT（第二端末）/);
    await waitText(app, 'safety-keys-table', /本庁CSIRT（第二端末）/);
    await app.screenshot('safety-02-keys');

    // A case bundle written from the case screen.
    const cases = await invoke(app, 'search_cases', {
      input: { state: null, openOnly: false, severity: null, assigneePersonId: null, category: null, overdueOnly: false, sort: 'newest', page: 0, pageSize: 20 },
    });
    const usb = cases.rows.find((r) => r.summary.title.includes('USBメモリ')).summary;
    await click(app, 'nav-cases');
    await setValue(app, 'case-filter-state', 'all');
    await click(app, `case-link-${usb.receiptNo}`);
    await $(app, 'case-detail');
    await click(app, 'case-export');
    const bundlePath = await $(app, 'case-export-form-path');
    const expected = path.join(out, `事案-${usb.receiptNo}.bundle`);
    await app.browser.waitUntil(async () => (await bundlePath.getValue()) === expected, {
      timeout: TIMEOUTS.element,
      timeoutMsg: `expected the bundle path ${expected}`,
    });
    await click(app, 'case-export-form-submit');
    await waitText(app, 'case-export-form-done', new RegExp(usb.receiptNo));
    assert.equal(await (await $(app, 'case-export-form-progress-bar')).getAttribute('value'), '100');
    await app.screenshot('safety-03-case-export');
    assert.ok(fs.existsSync(expected), 'the bundle is on disk');

    // The second installation trusts this one's key and imports the file.
    sonae(['--db', other, 'exchange', 'trust', '--name', '架空市（第一端末）', '--key', ownKey]);
    const imported = sonae(['--db', other, 'import', expected]);
    assert.match(imported, /取り込みました/);
    const listed = JSON.parse(sonae(['--db', other, 'case', 'list', '--json']));
    const there = listed.find((c) => c.id === usb.id);
    assert.ok(there, 'the case is on the second installation with its id');
    assert.equal(there.title, usb.title);
    assert.match(sonae(['--db', other, 'import', expected]), /何も変更していません/);
  });
});
