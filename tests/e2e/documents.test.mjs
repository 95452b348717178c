// Documents end to end on the 架空市 demo data, in the real webview: the 文書 tab lists the nine
// kinds with why some make no sense; the PPC report previews with the case's values; a bad
// 報告事項 value is refused at its field and nothing typed is lost; the PPC report is saved where
// the user chose and recorded as submitted — the file on disk is a PDF with the case's values
// (pdftotext) whose SHA-256 is the one the app shows and keeps; saving to the same name again is
// refused at the path field; a drill case's preview carries the drill marks.
import test from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TIMEOUTS, useProfile, withApp } from './harness.mjs';
import { $, click, invoke, loadDemo, setValue, signIn, signOut, text } from './steps.mjs';

function hasPdftotext() {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return process.env.CI === 'true' ? assert.fail('pdftotext is missing on CI') : false;
  }
}

test('the 文書 tab: kinds and reasons, a PPC preview, 報告事項 errors, save and record as submitted, a drill preview', async (t) => {
  const profile = await useProfile(t, 'documents');
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sonae-e2e-docs-'));
  t.after(() => fs.rmSync(out, { recursive: true, force: true }));
  await withApp({ name: 'documents', profile, env: { SONAE_DOCUMENTS_DIR: out } }, async (app) => {
    await loadDemo(app);
    // The administrator sets the prefecture's addressee (組織の設定 → 文書の宛先).
    await signIn(app, 'yamamoto');
    await click(app, 'nav-org');
    await setValue(app, 'addressee-prefecture', '埼玉県企画財政部デジタル政策課長');
    await click(app, 'addressees-save');
    await $(app, 'addressees-status');
    await app.screenshot('documents-addressees');
    await signOut(app);
    await signIn(app, 'watanabe');
    const cases = await invoke(app, 'search_cases', {
      input: { state: null, openOnly: false, severity: null, assigneePersonId: null, category: null, overdueOnly: false, sort: 'newest', page: 0, pageSize: 20 },
    });
    const usb = cases.rows.find((r) => r.summary.title.includes('USBメモリ')).summary;
    const drill = cases.rows.find((r) => r.summary.drill).summary;
    const web = cases.rows.find((r) => r.summary.title.includes('改ざん')).summary;

    await click(app, 'nav-cases');
    await setValue(app, 'case-filter-state', 'all');
    await click(app, `case-link-${usb.receiptNo}`);
    await $(app, 'case-detail');
    await click(app, 'case-tab-documents');
    await $(app, 'doc-kind-ppc-appi');
    assert.equal(await (await $(app, 'doc-kind-ppc-appi')).getAttribute('data-available'), 'true');
    assert.equal(await (await $(app, 'doc-kind-police')).getAttribute('data-available'), 'false');
    assert.match(await text(app, 'doc-reason-police'), /犯罪の疑い/);

    // The PPC report previews with the case's values.
    await click(app, 'doc-preview-ppc-appi');
    const preview = await $(app, 'doc-preview');
    await app.browser.waitUntil(async () => /保有個人情報の漏えい等について（報告）【速報】/.test(await preview.getText()), {
      timeout: TIMEOUTS.element,
      timeoutMsg: 'the preview did not show the PPC report',
    });
    const shown = await preview.getText();
    for (const want of ['個人情報保護委員会', '架空市長', '第4号', '氏名、住所、電話番号、家庭訪問の記録', '148']) {
      assert.ok(shown.includes(want), `preview lacks ${want}`);
    }
    await click(app, 'doc-paste-open');
    await $(app, 'doc-paste-fields');
    assert.match(await (await $(app, 'doc-paste-0')).getValue(), /速報/);
    await app.screenshot('documents-ppc-preview');

    // A bad head count is refused at its field; what was typed stays.
    await setValue(app, 'particulars-confirmedPersons', '百四十八');
    await setValue(app, 'particulars-dataKind', '住民情報（福祉課の家庭訪問記録・再確認済み）');
    await click(app, 'particulars-save');
    await app.browser.waitUntil(async () => /数字/.test(await (await $(app, 'particulars-form')).getText()), {
      timeout: TIMEOUTS.element,
      timeoutMsg: 'no error shown for a bad head count',
    });
    assert.match(await text(app, 'field-error'), /数字|数値/);
    assert.equal(await (await $(app, 'particulars-confirmedPersons')).getValue(), '百四十八');
    assert.equal(await (await $(app, 'particulars-dataKind')).getValue(), '住民情報（福祉課の家庭訪問記録・再確認済み）');
    await app.screenshot('documents-particulars-error');
    await setValue(app, 'particulars-confirmedPersons', '148');
    await click(app, 'particulars-save');
    await app.browser.waitUntil(async () => /報告事項を保存しました/.test(await text(app, 'case-status')), {
      timeout: TIMEOUTS.element,
      timeoutMsg: 'the particulars were not saved',
    });

    // Save and record as submitted, to a file the user chose.
    await click(app, 'doc-save-ppc-appi');
    const target = path.join(out, 'PPC速報.pdf');
    await setValue(app, 'doc-save-path', target);
    await click(app, 'doc-record');
    await $(app, 'doc-saved');
    const bytes = fs.readFileSync(target);
    assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
    const sha = createHash('sha256').update(bytes).digest('hex');
    assert.ok((await text(app, 'doc-saved')).includes(sha), 'the app shows the SHA-256 of the file on disk');
    const docs = await invoke(app, 'case_documents', { caseId: usb.id });
    assert.equal(docs.submissions.length, 1);
    assert.equal(docs.submissions[0].sha256, sha, 'the recorded version is the saved file');
    await $(app, `doc-submission-${docs.submissions[0].id}`);
    if (hasPdftotext()) {
      const pdfText = execFileSync('pdftotext', [target, '-'], { encoding: 'utf8' });
      assert.match(pdfText, /住民情報（福祉課の家庭訪問記録・再確認済み）/);
      assert.match(pdfText, /令和\d+年/);
    }
    await app.screenshot('documents-recorded');

    // The same name again is refused at the path field.
    await click(app, 'doc-save-ppc-appi');
    await setValue(app, 'doc-save-path', target);
    await click(app, 'doc-save');
    await app.browser.waitUntil(async () => /同じ名前のファイルが既にあります/.test(await (await $(app, 'doc-save-form')).getText()), {
      timeout: TIMEOUTS.element,
      timeoutMsg: 'an existing file was not refused',
    });
    await click(app, 'doc-save-cancel');

    // The 都道府県 report is addressed as the administrator set it.
    await click(app, 'case-back');
    await click(app, `case-link-${web.receiptNo}`);
    await click(app, 'case-tab-documents');
    await click(app, 'doc-preview-prefecture');
    await app.browser.waitUntil(async () => /埼玉県企画財政部デジタル政策課長　様/.test(await (await $(app, 'doc-preview')).getText()), {
      timeout: TIMEOUTS.element,
      timeoutMsg: 'the prefecture report does not use the addressee from the settings',
    });

    // A drill case's preview carries the drill marks.
    await click(app, 'case-back');
    await click(app, `case-link-${drill.receiptNo}`);
    await click(app, 'case-tab-documents');
    await click(app, 'doc-preview-first-report');
    const drillPreview = await $(app, 'doc-preview');
    assert.equal(await drillPreview.getAttribute('data-drill'), 'true');
    assert.match(await drillPreview.getText(), /訓練用－提出しないこと/);
    await app.screenshot('documents-drill-preview');
  });
});
