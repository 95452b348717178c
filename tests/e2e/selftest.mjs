// Harness self-check without the Sonae app: drives WebKitGTK's MiniBrowser
// (shipped by libwebkit2gtk-4.1-0) through the same tauri-driver path.
// Run under a display:  xvfb-run -a -s "-screen 0 1280x1024x24" npm run selftest --prefix tests/e2e
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launchApp, useProfile, withApp } from './harness.mjs';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
// MiniBrowser needs --automation (a Tauri app gets TAURI_WEBVIEW_AUTOMATION
// from WebKitWebDriver instead) and does not call itself "wry".
const MB = { args: ['--automation'], browserName: null };
const PAGE =
  'data:text/html;charset=utf-8,' +
  encodeURIComponent(
    '<html><body style="font-size:32px"><h1 data-testid="t">架空市のデモデータで試す</h1><p>受付 対応中 完了 — Latin text</p></body></html>',
  );

test('harness drives a WebKitGTK browser via tauri-driver', { skip: !fs.existsSync(MINIBROWSER) }, async (t) => {
  process.env.SONAE_APP_BINARY = MINIBROWSER;
  const profile = await useProfile(t, 'selftest');
  await withApp({ ...MB, name: 'selftest', profile }, async (app) => {
    await app.browser.url(PAGE);
    const h1 = await app.waitFor(app.testid('t'));
    assert.equal(await h1.getText(), '架空市のデモデータで試す');
    assert.match(await app.pageText(), /受付/);
    const shots = await app.screenshot('selftest');
    assert.ok(shots.length >= 1, 'at least the webview screenshot');
  });
  // a second run with the same profile works (no leftovers blocking it)
  const app2 = await launchApp({ ...MB, name: 'selftest-2', profile });
  try {
    await app2.browser.url(PAGE);
    await app2.waitFor(app2.testid('t'));
  } finally {
    await app2.close();
  }
  assert.ok(fs.existsSync(profile.dataDir), 'shared profile survives app close');
});
