// Organization setup end to end, in Japanese: the wizard, a department, a system and a contact,
// signing out, a failed and a successful sign-in.
import test from 'node:test';
import assert from 'node:assert/strict';
import { TIMEOUTS, withApp } from './harness.mjs';

const ADMIN = { name: '佐々木 花子', login: 'sasaki', password: 'mihon-2026' };

test('wizard, department, system, contact, sign-out, wrong password, sign-in', async () => {
  await withApp({ name: 'setup' }, async (app) => {
    const $ = (id, opts) => app.waitFor(app.testid(id), opts);
    const next = async () => (await $('wizard-next')).click();
    const step = async (name) =>
      app.browser.waitUntil(async () => (await (await $('setup-wizard')).getAttribute('data-step')) === name, {
        timeout: TIMEOUTS.element,
        timeoutMsg: `wizard did not reach step ${name}`,
      });

    await $('first-run', { timeout: TIMEOUTS.appStart });
    await (await $('start-setup')).click();
    await $('setup-wizard');

    // 1 団体
    assert.match(await (await $('setup-wizard')).getText(), /団体名/);
    await (await $('wizard-org-name')).setValue('見本市');
    await (await $('wizard-org-kind')).selectByAttribute('value', 'municipality');
    await (await $('wizard-prefecture')).selectByAttribute('value', '長野県');
    assert.equal(await (await $('wizard-head-title')).getValue(), '市長');
    await app.screenshot('setup-01-wizard-org');
    await next();

    // 2 CISO
    await step('ciso');
    assert.equal(await (await $('wizard-ciso-title')).getValue(), '副市長');
    await (await $('wizard-ciso-name')).setValue('鈴木 一郎');
    assert.equal(await (await $('wizard-ciso-target')).getValue(), '60');
    await next();

    // 3 文書
    await step('docs');
    await (await $('wizard-honorific-sama')).click();
    assert.equal(await (await $('wizard-doc-format')).getValue(), '{課略称}第{n}号');
    assert.match(await (await $('wizard-doc-preview')).getText(), /情政第12号/);
    await (await $('wizard-ordinance-no')).click();
    await app.screenshot('setup-02-wizard-docs');
    await next();

    // 4 情報資産の分類
    await step('classification');
    await (await $('wizard-preset-soumu')).click();
    await next();

    // 5 管理者アカウント
    await step('admin');
    await (await $('wizard-admin-name')).setValue(ADMIN.name);
    await (await $('wizard-admin-dept')).setValue('総務部 情報政策課');
    await (await $('wizard-admin-dept-short')).setValue('情政');
    await (await $('wizard-admin-login')).setValue(ADMIN.login);
    await (await $('wizard-admin-password')).setValue(ADMIN.password);
    await (await $('wizard-admin-password-confirm')).setValue(ADMIN.password);
    await app.screenshot('setup-03-wizard-admin');
    await next();

    // 6 確認
    await step('confirm');
    const review = await (await $('wizard-review')).getText();
    assert.match(review, /見本市/);
    assert.match(review, /長野県/);
    assert.match(review, /鈴木 一郎/);
    assert.doesNotMatch(review, /mihon-2026/);
    await app.screenshot('setup-04-wizard-confirm');
    await (await $('wizard-submit')).click();

    await $('home');
    assert.match(await (await $('user-name')).getText(), /佐々木 花子/);
    assert.match(await (await $('org-name')).getText(), /見本市/);
    await app.screenshot('setup-05-home');

    // 課等
    await (await $('nav-departments')).click();
    await $('departments');
    await (await $('dept-add')).click();
    await (await $('dept-name')).setValue('総務部 危機管理課');
    await (await $('dept-short')).setValue('危機');
    await (await $('dept-save')).click();
    await app.browser.waitUntil(async () => /総務部 危機管理課/.test(await (await $('departments')).getText()), {
      timeout: TIMEOUTS.element,
      timeoutMsg: 'the new department is not listed',
    });
    assert.equal(await (await app.browser.$(app.testid('dept-form'))).isExisting(), false);
    await app.screenshot('setup-06-departments');

    // 情報システム台帳
    await (await $('nav-systems')).click();
    await $('systems');
    await (await $('system-add')).click();
    await (await $('system-name')).setValue('住民記録システム');
    await (await $('system-segment')).selectByAttribute('value', 'myNumber');
    await (await $('system-mynumber-affairs')).click();
    assert.equal(await (await $('system-mynumber')).isSelected(), true, 'My Number follows 個人番号利用事務');
    await (await $('system-contractor')).setValue('見本情報サービス株式会社');
    await (await $('system-save')).click();
    const systemRow = await $('system-row');
    await app.browser.waitUntil(async () => /住民記録システム/.test(await systemRow.getText()), { timeout: TIMEOUTS.element });
    const systemText = await systemRow.getText();
    assert.match(systemText, /マイナンバー利用事務系/);
    assert.match(systemText, /特定個人情報/);
    await app.screenshot('setup-07-systems');

    // 緊急連絡網
    await (await $('nav-contacts')).click();
    await $('contacts-outside');
    assert.match(await (await $('contacts')).getText(), /個人情報保護委員会/);
    await (await $('contact-add')).click();
    await (await $('contact-kind')).selectByAttribute('value', 'contractor');
    await (await $('contact-org')).setValue('見本情報サービス株式会社');
    await (await $('contact-section')).setValue('保守窓口');
    await (await $('contact-phone')).setValue('026-000-1234');
    await (await $('contact-after-hours')).setValue('090-0000-1234');
    await (await $('contact-save')).click();
    await app.browser.waitUntil(
      async () => /見本情報サービス株式会社/.test(await (await $('contacts-outside')).getText()),
      { timeout: TIMEOUTS.element, timeoutMsg: 'the new contact is not listed' },
    );
    assert.match(await (await $('contacts-staff')).getText(), /鈴木 一郎/);
    await app.screenshot('setup-08-contacts');

    // サインアウト
    await (await $('sign-out')).click();
    await $('sign-in');
    assert.equal(await (await app.browser.$(app.testid('user-name'))).isExisting(), false);

    // 誤ったパスワード
    await (await $('sign-in-login')).setValue(ADMIN.login);
    await (await $('sign-in-password')).setValue('machigai-2026');
    await (await $('sign-in-submit')).click();
    const error = await $('sign-in-error');
    const errorText = await error.getText();
    assert.match(errorText, /ログインID.*パスワードが正しくありません/);
    assert.equal(await error.getAttribute('role'), 'alert');
    assert.equal(await (await $('sign-in-login')).getValue(), ADMIN.login, 'the login id is kept');
    await app.screenshot('setup-09-sign-in-failed');

    // サインイン
    await (await $('sign-in-password')).setValue(ADMIN.password);
    await (await $('sign-in-submit')).click();
    await $('home');
    assert.match(await (await $('user-name')).getText(), /佐々木 花子/);
    assert.match(await (await $('home-greeting')).getText(), /佐々木 花子/);
    await app.screenshot('setup-10-home-signed-in');
  });
});
