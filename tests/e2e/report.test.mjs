// The staff report (職員報告) end to end, in Japanese, on the 架空市 demo data: a report relayed
// by phone from a resident that survives the app being killed in the middle of step 4, the
// future-date error, the keyboard, labels, and screenshots of every step at two window sizes.
import test from 'node:test';
import assert from 'node:assert/strict';
import { TIMEOUTS, useProfile, withApp } from './harness.mjs';

const PASSWORD = 'kakuu-2026';
const WHAT_HAPPENED = '住民の方から、住民票の写しを保存したUSBメモリを紛失したと電話があった。';

const $ = (app, id, opts) => app.waitFor(app.testid(id), opts);

async function signIn(app, login) {
  await (await $(app, 'sign-in-login')).setValue(login);
  await (await $(app, 'sign-in-password')).setValue(PASSWORD);
  await (await $(app, 'sign-in-submit')).click();
  await $(app, 'home');
}

async function signOut(app) {
  await (await $(app, 'sign-out')).click();
  await $(app, 'sign-in');
}

/** First run: load the demo (the administrator is then signed in), sign out, sign in as `login`. */
async function demoAs(app, login) {
  await $(app, 'first-run', { timeout: TIMEOUTS.appStart });
  await (await $(app, 'load-demo')).click();
  await $(app, 'home');
  await signOut(app);
  await signIn(app, login);
}

async function waitStep(app, n) {
  await app.browser.waitUntil(
    async () => (await (await $(app, 'report-wizard')).getAttribute('data-step')) === String(n),
    { timeout: TIMEOUTS.element, timeoutMsg: `the wizard did not reach step ${n}` },
  );
}

async function next(app, n) {
  await (await $(app, 'report-next')).click();
  await waitStep(app, n);
}

/** Waits until the quiet status says the draft was saved (after the last change). */
async function waitSaved(app) {
  await app.browser.waitUntil(async () => /下書きを保存しました/.test(await (await $(app, 'report-draft-status')).getText()), {
    timeout: TIMEOUTS.element,
    timeoutMsg: 'the draft was not saved',
  });
}

/**
 * Sets an input's value the way typing does for React (native setter + input event), then
 * leaves the field (blur, which saves the draft). Used for datetime-local inputs, whose key
 * handling differs between WebKit versions.
 */
async function setDateTime(app, id, value) {
  await app.browser.execute(
    (selector, v) => {
      const el = document.querySelector(selector);
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      el.focus();
      setter.call(el, v);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
      el.blur();
    },
    app.testid(id),
    value,
  );
}

/** Every input, select and textarea of the wizard that has no accessible label. */
async function unlabeledControls(app) {
  return app.browser.execute(() => {
    const wizard = document.querySelector('[data-testid="report-wizard"]');
    return [...wizard.querySelectorAll('input, select, textarea')]
      .filter((el) => {
        const byLabel = el.labels && [...el.labels].some((l) => l.textContent.trim() !== '');
        const byAria =
          (el.getAttribute('aria-label') ?? '').trim() !== '' ||
          (el.getAttribute('aria-labelledby') ?? '')
            .split(/\s+/)
            .some((id) => id && document.getElementById(id)?.textContent.trim());
        return !byLabel && !byAria;
      })
      .map((el) => el.outerHTML.slice(0, 120));
  });
}

/** The page is not wider than the window (nothing cut off to the right). */
async function assertNoHorizontalOverflow(app, what) {
  const { scroll, client } = await app.browser.execute(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  assert.ok(scroll <= client, `${what}: page is ${scroll}px wide in a ${client}px window`);
}

async function checked(app, id) {
  return (await $(app, id)).isSelected();
}

async function value(app, id) {
  return (await $(app, id)).getValue();
}

test('a resident reports a lost USB stick by phone: the draft survives killing the app; a CSIRT member finds the case', async (t) => {
  const profile = await useProfile(t, 'report-kill');
  let systemId;

  await withApp({ name: 'report-1', profile }, async (app) => {
    await demoAs(app, 'nakamura');
    assert.match(await (await $(app, 'user-name')).getText(), /中村 さくら/);
    await (await $(app, 'home-report')).click();
    await $(app, 'report-wizard');

    // 1 何が起きたか
    await (await $(app, 'report-source-resident')).click();
    await (await $(app, 'report-symptom-pc_lost_stolen')).click();
    assert.equal(await checked(app, 'report-category-loss_theft'), true, 'the symptom proposes 紛失・盗難');
    const guidance = await app.browser.execute(
      () =>
        [...document.querySelectorAll('[data-testid="guidance-side"], [data-testid="guidance-inline"]')]
          .filter((el) => el.offsetParent !== null)
          .map((el) => el.innerText)[0] ?? '',
    );
    assert.match(guidance, /今すぐ行ってください/);
    assert.match(guidance, /警察に届け出/);
    await (await $(app, 'report-what-happened')).setValue(WHAT_HAPPENED);
    assert.deepEqual(await unlabeledControls(app), [], 'every control of step 1 has a label');
    await next(app, 2);

    // 2 いつ: Enter in a text field goes on to the next step.
    assert.match(await value(app, 'report-noticed-at'), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'noticed at is prefilled with now');
    const note = await $(app, 'report-occurred-note');
    await note.setValue('昨日の夕方、窓口に来たあと');
    await app.browser.keys('Enter');
    await waitStep(app, 3);

    // 3 どこで
    const department = await $(app, 'report-department');
    assert.equal(await (await department.$('option:checked')).getText(), '市民生活部 市民課', 'prefilled with my department');
    await (await $(app, 'report-device')).setValue('USBメモリ（住民の方の私物）');
    await (await $(app, 'report-system')).selectByVisibleText('住民記録システム');
    systemId = await value(app, 'report-system');
    assert.equal(await checked(app, 'report-segment-my_number'), true, 'the system sets its network segment');
    await next(app, 4);

    // 4 関係する情報: a few answers, each saved when the field is left; then the app is killed.
    await (await $(app, 'report-personal-info-yes')).click();
    await (await $(app, 'report-my-number-unknown')).click();
    await (await $(app, 'report-max-persons')).setValue('３');
    await (await $(app, 'report-medium-electronic')).click(); // leaves the count field: saved on blur
    await waitSaved(app);
    await app.settle(300);
    const killed = await app.killApp();
    assert.ok(killed.length >= 1);
  });

  let receiptNo;
  await withApp({ name: 'report-2', profile }, async (app) => {
    await $(app, 'sign-in', { timeout: TIMEOUTS.appStart });
    await signIn(app, 'nakamura');
    const offer = await $(app, 'resume-offer');
    assert.match(await offer.getText(), /途中の報告があります。続きから入力しますか？/);
    assert.match(await offer.getText(), /USBメモリを紛失/);
    await app.screenshot('report-resume-offer');
    await (await $(app, 'resume-continue')).click();

    // Back at step 4 with what was answered there.
    await waitStep(app, 4);
    assert.equal(await checked(app, 'report-personal-info-yes'), true);
    assert.equal(await checked(app, 'report-my-number-unknown'), true);
    assert.equal(await value(app, 'report-max-persons'), '３', 'the count is kept as typed');
    assert.equal(await checked(app, 'report-medium-electronic'), true);

    // Every completed step is intact.
    await (await $(app, 'report-step-link-1')).click();
    await waitStep(app, 1);
    assert.equal(await checked(app, 'report-source-resident'), true);
    assert.equal(await checked(app, 'report-symptom-pc_lost_stolen'), true);
    assert.equal(await checked(app, 'report-category-loss_theft'), true);
    assert.equal(await value(app, 'report-what-happened'), WHAT_HAPPENED);
    await next(app, 2);
    assert.match(await value(app, 'report-noticed-at'), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    assert.equal(await value(app, 'report-occurred-note'), '昨日の夕方、窓口に来たあと');
    await next(app, 3);
    assert.equal(await value(app, 'report-device'), 'USBメモリ（住民の方の私物）');
    assert.equal(await value(app, 'report-system'), systemId);
    assert.equal(await checked(app, 'report-segment-my_number'), true);
    await next(app, 4);
    await next(app, 5);

    // 5 行った対応
    await (await $(app, 'report-actions-taken')).setValue('住民の方に、警察へ遺失届を出すよう案内した。');
    await next(app, 6);

    // 6 報告者と連絡先: the resident; the clerk is recorded as the one who took the call.
    assert.match(await (await $(app, 'report-entered-by')).getText(), /中村 さくらさんが受け付けた/);
    assert.equal(await value(app, 'report-reporter-name'), '', 'not prefilled with the clerk');
    await (await $(app, 'report-reporter-name')).setValue('架空 花子');
    await (await $(app, 'report-reporter-phone')).setValue('048-000-7777');
    await (await $(app, 'report-channel-phone')).click();
    assert.match(await value(app, 'report-relay-received-at'), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    await next(app, 7);

    // 7 確認と提出
    const review = await (await $(app, 'report-review')).getText();
    for (const text of ['住民等から連絡を受けた', '紛失・盗難', WHAT_HAPPENED, '住民記録システム', 'マイナンバー利用事務系', '架空 花子', '電話']) {
      assert.ok(review.includes(text), `review shows ${text}`);
    }
    await (await $(app, 'report-submit')).click();
    const receipt = await $(app, 'report-receipt');
    receiptNo = (await (await $(app, 'receipt-no')).getText()).trim();
    assert.match(receiptNo, /^\d{4}-\d{4}$/);
    const receiptText = await receipt.getText();
    assert.match(receiptText, /報告を受け付けました/);
    assert.match(receiptText, /田中 美穂/, 'whom to call: the CSIRT lead');
    assert.match(receiptText, /警察に届け出/, 'the guidance again');
    await app.screenshot('report-receipt');

    await (await $(app, 'receipt-my-reports')).click();
    const row = await $(app, 'my-report-row');
    assert.match(await row.getText(), new RegExp(receiptNo));
    assert.match(await row.getText(), /受付/);

    // A CSIRT member finds the new case with its receipt number.
    await signOut(app);
    await signIn(app, 'watanabe');
    await app.browser.waitUntil(
      async () => {
        for (const r of await app.browser.$$(app.testid('case-receipt-no'))) {
          if ((await r.getText()).trim() === receiptNo) return true;
        }
        return false;
      },
      { timeout: TIMEOUTS.element, timeoutMsg: `case ${receiptNo} not in the CSIRT's list` },
    );
    const rows = await app.browser.$$(app.testid('case-row'));
    let found = '';
    for (const r of rows) {
      const text = await r.getText();
      if (text.includes(receiptNo)) found = text;
    }
    assert.match(found, /住民の方から、住民票の写しを保存したUSBメモリを紛失/);
    assert.match(found, /紛失・盗難/);
    assert.match(found, /受付/);
    await app.screenshot('report-csirt-case-list');
  });
});

test('a "noticed" time in the future is refused next to the field, and nothing typed is lost', async () => {
  await withApp({ name: 'report-future' }, async (app) => {
    await demoAs(app, 'nakamura');
    await (await $(app, 'home-report')).click();
    await (await $(app, 'report-category-malware')).click();
    await (await $(app, 'report-what-happened')).setValue('画面に見慣れない英語のメッセージが表示された。');
    await next(app, 2);

    await setDateTime(app, 'report-noticed-at', '2099-04-01T09:30');
    await (await $(app, 'report-occurred-note')).setValue('朝いちばんに電源を入れたとき');
    await (await $(app, 'report-next')).click();

    const noticed = await $(app, 'report-noticed-at');
    await app.browser.waitUntil(async () => (await noticed.getAttribute('aria-invalid')) === 'true', {
      timeout: TIMEOUTS.element,
      timeoutMsg: 'the noticed field was not marked invalid',
    });
    const errorText = await app.browser.execute((selector) => {
      const el = document.querySelector(selector);
      return (el.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ');
    }, app.testid('report-noticed-at'));
    assert.match(errorText, /「気付いた日時」に未来の日時は入力できません。/);
    assert.match(await (await $(app, 'report-error-summary')).getText(), /「気付いた日時」に未来の日時は入力できません。/);
    assert.equal(await (await $(app, 'report-wizard')).getAttribute('data-step'), '2', 'stays on step 2');
    assert.equal(await noticed.getValue(), '2099-04-01T09:30');
    assert.equal(await value(app, 'report-occurred-note'), '朝いちばんに電源を入れたとき');
    const focused = await app.browser.execute(() => document.activeElement?.getAttribute('data-testid'));
    assert.equal(focused, 'report-noticed-at', 'focus is on the field at fault');
    await app.screenshot('report-future-error');

    // Back on step 1, everything typed there is still there too.
    await (await $(app, 'report-back')).click();
    await waitStep(app, 1);
    assert.equal(await checked(app, 'report-category-malware'), true);
    assert.equal(await value(app, 'report-what-happened'), '画面に見慣れない英語のメッセージが表示された。');
  });
});

test('every step at 1280×800 and 1024×768: screenshots, no horizontal overflow, every control labelled', async () => {
  await withApp({ name: 'report-sizes' }, async (app) => {
    await demoAs(app, 'kobayashi');
    for (const [w, h] of [
      [1280, 800],
      [1024, 768],
    ]) {
      await app.browser.setWindowSize(w, h);
      await app.settle(300);
      await (await $(app, 'nav-home')).click();
      await $(app, 'home');
      await app.screenshot(`report-${w}-home`);
      await (await $(app, 'home-report')).click();
      if (await (await app.browser.$(app.testid('resume-offer'))).isExisting()) {
        await (await $(app, 'resume-discard')).click();
      }
      await waitStep(app, 1);

      const shoot = async (n) => {
        await assertNoHorizontalOverflow(app, `${w}px step ${n}`);
        assert.deepEqual(await unlabeledControls(app), [], `${w}px step ${n}: every control has a label`);
        await app.browser.execute(() => window.scrollTo(0, 0));
        await app.screenshot(`report-${w}-step${n}`);
        await app.browser.execute(() => window.scrollTo(0, document.documentElement.scrollHeight));
        await app.screenshot(`report-${w}-step${n}-end`);
        await app.browser.execute(() => window.scrollTo(0, 0));
      };

      await (await $(app, 'report-symptom-strange_screen')).click();
      await (await $(app, 'report-what-happened')).setValue('画面に「ファイルを暗号化しました」と表示された。');
      await shoot(1);
      await next(app, 2);
      await shoot(2);
      await next(app, 3);
      await (await $(app, 'report-device')).setValue('福祉課のデスクトップパソコン');
      await shoot(3);
      await next(app, 4);
      await (await $(app, 'report-personal-info-unknown')).click();
      await (await $(app, 'report-my-number-unknown')).click();
      await shoot(4);
      await next(app, 5);
      await (await $(app, 'report-actions-taken')).setValue('LANケーブルを抜いた。');
      await shoot(5);
      await next(app, 6);
      await shoot(6);
      await next(app, 7);
      await shoot(7);
      await (await $(app, 'report-submit')).click();
      await $(app, 'report-receipt');
      await assertNoHorizontalOverflow(app, `${w}px receipt`);
      await app.screenshot(`report-${w}-receipt`);
      await app.browser.execute(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await app.screenshot(`report-${w}-receipt-end`);
    }
  });
});
