// First run and home screen, driven through the real desktop app.
import test from 'node:test';
import assert from 'node:assert/strict';
import { TIMEOUTS, useProfile, withApp } from './harness.mjs';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** Fills the setup wizard with a minimal organization and submits it. */
async function completeWizard(app, { orgName, adminName, login, password }) {
  const $ = (id) => app.waitFor(app.testid(id));
  const next = async () => (await $('wizard-next')).click();
  await (await $('wizard-org-name')).setValue(orgName);
  await (await $('wizard-prefecture')).selectByAttribute('value', '長野県');
  await next();
  await (await $('wizard-ciso-name')).setValue('鈴木 一郎');
  await next();
  await (await $('wizard-ordinance-no')).click();
  await next();
  await (await $('wizard-preset-soumu')).click();
  await next();
  await (await $('wizard-admin-name')).setValue(adminName);
  await (await $('wizard-admin-dept')).setValue('総務課');
  await (await $('wizard-admin-dept-short')).setValue('総務');
  await (await $('wizard-admin-login')).setValue(login);
  await (await $('wizard-admin-password')).setValue(password);
  await (await $('wizard-admin-password-confirm')).setValue(password);
  await next();
  await (await $('wizard-submit')).click();
}

test('fresh data dir: first run offers the demo data; loading it signs in 山本 大輔 and shows 架空市 cases', async (t) => {
  const profile = await useProfile(t, 'demo');
  await withApp({ name: 'home-demo', profile }, async (app) => {
    const firstRun = await app.waitFor(app.testid('first-run'), { timeout: TIMEOUTS.appStart });
    assert.match(await firstRun.getText(), /架空市のデモデータで試す/);
    assert.match(await firstRun.getText(), /組織を設定して始める/);
    await app.screenshot('01-first-run');

    await (await app.waitFor(app.testid('load-demo'))).click();

    await app.waitFor(app.testid('home'));
    const org = await app.waitFor(app.testid('org-name'));
    assert.match(await org.getText(), /架空市/);
    assert.match(await (await app.waitFor(app.testid('user-name'))).getText(), /山本 大輔/);

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

test('setting up: start-setup opens the wizard, which ends on home; a restart asks to sign in', async (t) => {
  const profile = await useProfile(t, 'setup');

  await withApp({ name: 'home-setup-1', profile }, async (app) => {
    await app.waitFor(app.testid('first-run'), { timeout: TIMEOUTS.appStart });
    await (await app.waitFor(app.testid('start-setup'))).click();
    await app.waitFor(app.testid('setup-wizard'));
    await completeWizard(app, { orgName: '見本町', adminName: '佐々木 花子', login: 'sasaki', password: 'mihon-2026' });
    await app.waitFor(app.testid('home'));
    assert.match(await (await app.waitFor(app.testid('org-name'))).getText(), /見本町/);
    assert.match(await (await app.waitFor(app.testid('user-name'))).getText(), /佐々木 花子/);
    assert.equal((await app.browser.$$(app.testid('case-row'))).length, 0, 'no case rows in a new organization');
    await app.screenshot('03-home-after-setup');
  });

  // Same data dir, new app process and session: nobody is signed in any more.
  await withApp({ name: 'home-setup-2', profile }, async (app) => {
    await app.waitFor(app.testid('sign-in'), { timeout: TIMEOUTS.appStart });
    assert.equal(await (await app.browser.$(app.testid('first-run'))).isExisting(), false, 'first run not shown again');
    await (await app.waitFor(app.testid('sign-in-login'))).setValue('sasaki');
    await (await app.waitFor(app.testid('sign-in-password'))).setValue('mihon-2026');
    await (await app.waitFor(app.testid('sign-in-submit'))).click();
    await app.waitFor(app.testid('home'));
    assert.match(await (await app.waitFor(app.testid('user-name'))).getText(), /佐々木 花子/);
    await app.screenshot('04-home-after-restart');
  });
});
