// Steps shared by the end-to-end tests: signing in and out, setting React-controlled inputs,
// clicking under the sticky tab bar, and calling a Tauri command from the page for set-up.
import { TIMEOUTS } from './harness.mjs';

export const PASSWORD = 'kakuu-2026';

/** The element with this data-testid, once it exists. */
export const $ = (app, id, opts) => app.waitFor(app.testid(id), opts);

export async function signIn(app, login) {
  await (await $(app, 'sign-in-login')).setValue(login);
  await (await $(app, 'sign-in-password')).setValue(PASSWORD);
  await (await $(app, 'sign-in-submit')).click();
  await $(app, 'home');
}

export async function signOut(app) {
  await (await $(app, 'sign-out')).click();
  await $(app, 'sign-in');
}

/** First run: load the demo (the administrator is then signed in) and sign out. */
export async function loadDemo(app) {
  await $(app, 'first-run', { timeout: TIMEOUTS.appStart });
  await (await $(app, 'load-demo')).click();
  await $(app, 'home');
  await signOut(app);
}

/** Calls a Tauri command from the page as the signed-in user (set-up only; the UI is what is tested). */
export async function invoke(app, command, args) {
  const out = await app.browser.executeAsync(
    (cmd, a, done) => {
      window.__TAURI_INTERNALS__.invoke(cmd, a).then(
        (v) => done({ ok: v }),
        (e) => done({ err: e }),
      );
    },
    command,
    args,
  );
  if (out.err) throw new Error(`${command}: ${JSON.stringify(out.err)}`);
  return out.ok;
}

/** Sets an input's, select's or textarea's value the way typing does for React. */
export async function setValue(app, id, value) {
  await app.browser.execute(
    (selector, v) => {
      const el = document.querySelector(selector);
      const proto =
        el instanceof HTMLSelectElement
          ? HTMLSelectElement.prototype
          : el instanceof HTMLTextAreaElement
            ? HTMLTextAreaElement.prototype
            : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, v);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    },
    app.testid(id),
    value,
  );
}

/**
 * Clicks an element by test id. The case page has a sticky tab bar; an element scrolled under it
 * answers "click intercepted", so it is scrolled to the middle of the window first (and retried
 * while a re-render replaces it).
 */
export async function click(app, id) {
  for (let attempt = 1; ; attempt++) {
    const el = await $(app, id);
    await app.browser.execute((e) => e.scrollIntoView({ block: 'center' }), el);
    await app.settle(150);
    try {
      await el.click();
      return;
    } catch (err) {
      if (attempt < 4 && /intercepted|stale/.test(err.message)) continue;
      err.message = `clicking ${id}: ${err.message}`;
      throw err;
    }
  }
}

/** The trimmed text of an element. */
export async function text(app, id) {
  return (await (await $(app, id)).getText()).trim();
}

/** Waits until the text of the element with this test id matches `re`. */
export async function waitText(app, id, re, what = id) {
  await app.browser.waitUntil(async () => re.test(await (await $(app, id)).getText()), {
    timeout: TIMEOUTS.element,
    timeoutMsg: `${what}: ${id} never matched ${re}`,
  });
}

/** Opens a tab of the case page and waits for its panel. */
export async function caseTab(app, name) {
  await click(app, `case-tab-${name}`);
  await $(app, `case-panel-${name}`);
}

/** Waits until an attribute of the element with this test id has `value`. */
export async function waitAttr(app, id, name, value, what = id) {
  await app.browser.waitUntil(async () => (await (await $(app, id)).getAttribute(name)) === value, {
    timeout: TIMEOUTS.element,
    timeoutMsg: `${what}: ${id} never had ${name}="${value}"`,
  });
}
