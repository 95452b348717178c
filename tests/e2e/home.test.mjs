// First run and home screen, driven through the real desktop app.
import test from 'node:test';
import assert from 'node:assert/strict';
import { TIMEOUTS, useProfile, withApp } from './harness.mjs';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

test('fresh data dir: first run offers the demo data; loading it shows 架空市 cases', async (t) => {
  const profile = await useProfile(t, 'demo');
  await withApp({ name: 'home-demo', profile }, async (app) => {
    const firstRun = await app.waitFor(app.testid('first-run'), { timeout: TIMEOUTS.appStart });
    assert.match(await firstRun.getText(), /架空市のデモデータで試す/);
    await app.screenshot('01-first-run');

    await (await app.waitFor(app.testid('load-demo'))).click();

    await app.waitFor(app.testid('home'));
    const org = await app.waitFor(app.testid('org-name'));
    assert.match(await org.getText(), /架空市/);

    await app.browser.waitUntil(async () => (await app.browser.$$(app.testid('case-row'))).length >= 3, {
      timeout: TIMEOUTS.element,
      timeoutMsg: 'expected at least 3 case rows after loading the demo data',
    });
    const rows = await app.browser.$$(app.testid('case-row'));
    assert.ok(rows.length >= 3, `case rows: ${rows.length}`);

    const text = await app.pageText();
    assert.match(text, JAPANESE, 'page text is Japanese');
    assert.match(text, /受付/, 'page shows 受付');
    await app.screenshot('02-home-demo');
  });
});

test('empty start: home without cases, and a restart goes straight to home', async (t) => {
  const profile = await useProfile(t, 'empty');

  await withApp({ name: 'home-empty-1', profile }, async (app) => {
    await app.waitFor(app.testid('first-run'), { timeout: TIMEOUTS.appStart });
    await (await app.waitFor(app.testid('start-empty'))).click();
    await app.waitFor(app.testid('home'));
    const rows = await app.browser.$$(app.testid('case-row'));
    assert.equal(rows.length, 0, 'no case rows in an empty start');
    await app.screenshot('03-home-empty');
  });

  // Same data dir, new app process and session.
  await withApp({ name: 'home-empty-2', profile }, async (app) => {
    await app.waitFor(app.testid('home'), { timeout: TIMEOUTS.appStart });
    assert.equal(await (await app.browser.$(app.testid('first-run'))).isExisting(), false, 'first run not shown again');
    assert.equal((await app.browser.$$(app.testid('case-row'))).length, 0);
    await app.screenshot('04-home-empty-restarted');
  });
});
