// Work that could be lost or not clearly kept (issue 12, items 7–11): two tabs in conflict,
// the save status after a reload, which assessment is open, repeated actions, long texts.
import { test, expect, openFresh, startNew, downloadText, writeAsOtherTab } from "./fixtures";

test("12.7 a conflict with another tab is a dialog wherever the user is, pauses editing, and closing asks", async ({ context, page, watch }) => {
  await page.clock.install();
  await openFresh(page);
  await startNew(page);
  await page.locator("input[name='level-B-01']").nth(0).check();
  await page.clock.runFor(1000);
  await expect(page.getByTestId("save-status")).toContainText("已保存");
  const other = await context.newPage();
  await other.goto("/");
  await expect(other.getByTestId("editor-card")).toBeVisible();

  // An unsaved edit here, the user far down the page, when the other tab writes.
  await page.locator("[data-nav-id='B-02']").click();
  await page.locator("input[name='level-B-02']").nth(0).check();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await writeAsOtherTab(other);
  const dialog = page.getByTestId("conflict-banner");
  await expect(dialog).toBeInViewport();
  // Editing is paused: the answers behind the dialog do not take input.
  await expect(page.locator("input[name='level-B-02']").nth(1).check({ timeout: 1000 })).rejects.toThrow();
  await expect(page.locator("input[name='level-B-02']").nth(1)).not.toBeChecked();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeVisible(); // no silent way out

  // Closing the tab now would lose this page's edit: the browser asks first.
  const asked = new Promise<string>((resolve) => page.once("dialog", (d) => { resolve(d.type()); d.dismiss(); }));
  await page.close({ runBeforeUnload: true });
  expect(await asked).toBe("beforeunload");
  await expect(dialog).toBeVisible();

  // The user chooses; the later edit is saved and reaches the other tab.
  await dialog.getByTestId("keep-mine").click();
  await expect(dialog).toBeHidden();
  await page.locator("[data-nav-id='B-04']").click();
  await page.locator("input[name='level-B-04']").nth(1).check();
  await page.clock.runFor(1000);
  await expect(other.getByTestId("total-score")).toHaveText(await page.getByTestId("total-score").textContent() ?? "");
  const stored = await other.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith("fscity.a."))!;
    return Object.keys(JSON.parse(localStorage.getItem(key)!).assessment.entries);
  });
  expect(stored).toEqual(expect.arrayContaining(["B-01", "B-02", "B-04"]));
  await other.close();
});

test("12.8 after a reload the status says saved, with the record's save time", async ({ page, watch }) => {
  await openFresh(page);
  await startNew(page);
  await page.locator("input[name='level-B-01']").nth(0).check();
  await expect(page.getByTestId("save-status")).toContainText("已保存");
  const savedAt = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith("fscity.a."))!;
    return JSON.parse(localStorage.getItem(key)!).saved_at as string;
  });
  await page.reload();
  await expect(page.getByTestId("editor-card")).toBeVisible();
  const d = new Date(savedAt);
  const two = (n: number) => String(n).padStart(2, "0");
  const stamp = `${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
  await expect(page.getByTestId("save-status")).toHaveText(`已保存（${stamp}）`);
});

test("12.9 the open assessment is named on every tab and in the page title", async ({ page, watch }) => {
  await openFresh(page);
  await startNew(page, "江门市", "三月自评");
  for (const tab of ["tab-assess", "tab-gaps", "tab-reports", "tab-library", "tab-browse"]) {
    await page.getByTestId(tab).click();
    await expect(page.getByTestId("open-assessment")).toHaveText("江门市 · 三月自评");
  }
  await expect(page).toHaveTitle(/^江门市 · 三月自评/);
  await page.getByTestId("tab-library").click();
  await page.getByTestId("duplicate").first().click();
  await expect(page.getByTestId("open-assessment")).toContainText("江门市 · 三月自评");
  await expect(page.getByTestId("open-assessment")).not.toHaveText("江门市 · 三月自评");
  await expect(page).toHaveTitle(await page.getByTestId("open-assessment").textContent() as string + " — 食品安全示范城市创建自评");
});

test("12.10 a double click makes one copy, a backup imported twice is recognised, an empty backup is not offered", async ({ page, watch }) => {
  await openFresh(page);
  // Nothing to back up yet: the buttons say so instead of downloading an empty file.
  await expect(page.getByTestId("download-backup")).toBeDisabled();
  await expect(page.getByTestId("download-all-bar")).toHaveAttribute("title", "还没有可备份的自评");
  await startNew(page, "江门市", "三月自评");
  await page.locator("input[name='level-B-01']").nth(0).check();
  await expect(page.getByTestId("save-status")).toContainText("已保存");
  await expect(page.getByTestId("download-backup")).toBeEnabled();
  await page.getByTestId("tab-library").click();
  const rows = page.locator("[data-library-id]");
  await expect(rows).toHaveCount(1);
  await page.getByTestId("duplicate").first().dblclick();
  await expect(rows).toHaveCount(2);
  await page.waitForTimeout(300);
  await expect(rows).toHaveCount(2);

  const backup = await downloadText(page, "download-all");
  const file = { name: "backup.json", mimeType: "application/json", buffer: Buffer.from(backup) };
  await page.getByTestId("import-file").setInputFiles(file);
  await expect(page.getByTestId("import-result")).toHaveText("此备份已导入过：其中的自评已原样保存在本浏览器中，未重复添加。");
  await expect(rows).toHaveCount(2);
  await page.getByTestId("import-again").click();
  await expect(page.getByTestId("import-result")).toContainText("已导入自评：2");
  await expect(rows).toHaveCount(4);
  await expect(rows.filter({ hasText: "三月自评（副本）（副本）" })).toHaveCount(1);

  const empty = JSON.stringify({ ...JSON.parse(backup), assessments: [] });
  await page.getByTestId("import-file").setInputFiles({ ...file, buffer: Buffer.from(empty) });
  await expect(page.getByTestId("import-result")).toContainText("备份中没有任何自评");
  await expect(rows).toHaveCount(4);
});

test("12.10 the choice to replace the open assessment is made before the file is picked", async ({ page, watch }) => {
  await openFresh(page);
  await startNew(page, "江门市", "三月自评");
  await page.getByTestId("tab-library").click();
  const box = page.getByTestId("import-replace");
  const picker = page.getByTestId("import-file");
  // The checkbox comes first on the page, before the file picker.
  const order = await page.evaluate(() => {
    const b = document.querySelector("[data-testid=import-replace]")!;
    const f = document.querySelector("[data-testid=import-file]")!;
    return b.compareDocumentPosition(f) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  expect(order).toBeTruthy();
  const other = JSON.stringify({ schema_version: 1, pack_id: "nfsdc-2023", pack_version: 1, city: "旧市", name: "旧版", created: "", updated: "", entries: {} });
  await picker.setInputFiles({ name: "old.json", mimeType: "application/json", buffer: Buffer.from(other) });
  await expect(page.getByTestId("import-result")).toContainText("已导入自评：1");
  // Ticking the box afterwards changes nothing about the import already made.
  await box.check();
  await expect(page.getByTestId("confirm-replace")).toHaveCount(0);
  await expect(page.locator("[data-library-id]")).toHaveCount(2);
});

test("12.11 long notes are held to 2,000 characters with a visible count", async ({ page, watch }) => {
  await openFresh(page);
  await startNew(page);
  await page.locator("[data-testid=editor-card] .record > summary").click();
  const notes = page.locator("#notes-B-01");
  await notes.fill("抽检计划见附件 3");
  const count = page.locator("[data-testid=editor-card] .record .field").first().getByTestId("char-count");
  await expect(count).toHaveText("9 / 2000 字");
  await notes.fill("长".repeat(10_000));
  await expect(notes).toHaveValue("长".repeat(2_000));
  await expect(count).toHaveText("2000 / 2000 字");
  await expect.poll(() => page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith("fscity.a."))!;
    return JSON.parse(localStorage.getItem(key)!).assessment.entries["B-01"]?.notes.length;
  })).toBe(2_000);
  // In print the long note is in an appendix, not stretched down the narrow 备注 column.
  await page.getByTestId("tab-reports").click();
  const row = page.locator("[data-group] tr", { hasText: "B-01" });
  await expect(row).toContainText("内容较长，见附录 1");
  await expect(row).not.toContainText("长长长长");
  await expect(page.getByTestId("report-appendix")).toContainText("附录 1");
  await expect(page.getByTestId("report-appendix")).toContainText("长".repeat(2_000));
});
