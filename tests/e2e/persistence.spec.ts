// Local persistence: autosave, reload, backups, the bad-file corpus, storage faults, two tabs.
import { Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { test, expect, openFresh, writeAsOtherTab } from "./fixtures";

async function start(page: Page, city = "测试市", name = "第一次自评") {
  await page.getByTestId("tab-library").click();
  await page.getByTestId("start-city").fill(city);
  await page.getByTestId("start-name").fill(name);
  await page.getByTestId("start-button").click();
  await expect(page.getByTestId("editor-card")).toBeVisible();
}

async function answerSome(page: Page) {
  await page.locator("[data-nav-id='B-01']").click();
  await page.locator("input[name='level-B-01']").nth(1).check();
  await page.locator("[data-nav-id='C-02']").click();
  await page.locator("#ans-C-02-batches").fill("5160");
  await page.locator("#ans-C-02-population").fill("1200000");
  await page.locator("[data-testid=editor-card] .record > summary").click();
  await page.locator("#notes-C-02").fill("抽检计划见附件 3");
  await expect(page.getByTestId("save-status")).toContainText("已保存");
}

const ourKeys = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith("fscity.")).map((k) => [k, localStorage.getItem(k)])));

async function download(page: Page, testid: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testid).click()]);
  return readFileSync(await file.path(), "utf8");
}

test("work survives a reload: same assessment, same indicator, same answers", async ({ page, watch }) => {
  await openFresh(page);
  await start(page);
  await answerSome(page);
  const total = await page.getByTestId("total-score").textContent();
  await page.reload();
  await expect(page.getByTestId("editor-card")).toHaveAttribute("data-indicator-id", "C-02");
  await expect(page.getByTestId("total-score")).toHaveText(total!);
  await expect(page.locator("#ans-C-02-batches")).toHaveValue("5,160"); // grouped by thousands
  await page.locator("[data-nav-id='B-01']").click();
  await expect(page.locator("input[name='level-B-01']").nth(1)).toBeChecked();
});

test("an edit is kept within half a second even if the page is killed", async ({ page, context, browser, watch }) => {
  await openFresh(page);
  await start(page);
  await page.locator("[data-nav-id='B-02']").click();
  await page.locator("input[name='level-B-02']").nth(0).check();
  await page.waitForTimeout(600);
  // Take the storage as it is now, without closing the page (no pagehide, no unload), and
  // open it in a new browser context: what a killed tab leaves behind.
  const state = await context.storageState();
  const fresh = await browser.newContext({ storageState: state, baseURL: "http://127.0.0.1:4173/" });
  const again = await fresh.newPage();
  await again.goto("/");
  await expect(again.getByTestId("editor-card")).toHaveAttribute("data-indicator-id", "B-02");
  await expect(again.locator("input[name='level-B-02']").nth(0)).toBeChecked();
  await fresh.close();
});

test("a backup downloaded, storage cleared and the backup imported gives the identical assessment", async ({ page, watch }) => {
  await openFresh(page);
  await start(page);
  await answerSome(page);
  const before = JSON.parse(await download(page, "download-backup"));
  expect(before.format).toBe("fscity-assessment");
  expect(before.schema_version).toBeGreaterThanOrEqual(2);
  expect(before.pack_id).toBe("nfsdc-2023");
  await page.getByTestId("tab-library").click();
  await page.getByTestId("clear-all").click();
  await page.getByTestId("confirm-clear").click();
  expect(Object.keys(await ourKeys(page)).filter((k) => k.startsWith("fscity.a."))).toEqual([]);
  await page.getByTestId("import-file").setInputFiles({ name: "backup.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(before)) });
  await expect(page.getByTestId("import-result")).toContainText("已导入自评：1");
  await page.getByTestId("open").first().click();
  const after = JSON.parse(await download(page, "download-backup"));
  expect(after.assessment).toEqual(before.assessment);
});

const corpus: [string, () => Buffer, RegExp][] = [
  ["not JSON", () => Buffer.from("这不是 JSON"), /这不是本工具的备份文件/],
  ["JSON of another kind", () => Buffer.from(JSON.stringify({ name: "别的工具", rows: [1, 2] })), /fscity/],
  ["a newer version", () => Buffer.from(JSON.stringify({ format: "fscity-assessment", schema_version: 99, assessment: {} })), /新版本|newer/],
  ["an unknown pack", () => Buffer.from(JSON.stringify({ schema_version: 1, pack_id: "other-pack", pack_version: 1, entries: {} })), /other-pack/],
  ["a file over 5 MB", () => Buffer.alloc(5 * 1024 * 1024 + 10, "a"), /5 MB/],
  ["NaN written as a number", () => Buffer.from('{"schema_version": 1, "pack_id": "nfsdc-2023", "pack_version": 1, "entries": {"C-02": {"answer": {"type": "inputs", "values": {"batches": NaN}}}}}'), /JSON/],
  ["a negative count", () => Buffer.from(JSON.stringify({ schema_version: 1, pack_id: "nfsdc-2023", pack_version: 1, entries: { "P-17": { answer: { type: "findings", count: -3 } } } })), /.+/],
  ["a huge figure", () => Buffer.from(JSON.stringify({ schema_version: 1, pack_id: "nfsdc-2023", pack_version: 1, entries: { "C-02": { answer: { type: "inputs", values: { batches: 1e300 } } } } })), /.+/],
  ["a 1 MB note", () => Buffer.from(JSON.stringify({ schema_version: 1, pack_id: "nfsdc-2023", pack_version: 1, entries: { "B-01": { notes: "字".repeat(1_000_000) } } })), /.+/],
];

for (const [what, make, message] of corpus) {
  test(`importing ${what} is refused with a message and changes nothing`, async ({ page, watch }) => {
    await openFresh(page);
    await start(page);
    await answerSome(page);
    await page.waitForTimeout(700); // let the last autosave land before taking the snapshot
    const before = await ourKeys(page);
    await page.getByTestId("tab-library").click();
    await page.getByTestId("import-file").setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: make() });
    const result = page.getByTestId("import-result");
    await expect(result).toContainText("导入失败，未做任何更改");
    await expect(result).toContainText(message);
    expect(await ourKeys(page)).toEqual(before);
  });
}

test("HTML in notes is imported as text and never executed", async ({ page, watch }) => {
  await openFresh(page);
  await page.evaluate(() => ((window as any).__pwned = false));
  const file = { schema_version: 1, pack_id: "nfsdc-2023", pack_version: 1, city: "<b>市</b>", name: "x", created: "", updated: "",
    entries: { "B-01": { notes: "<img src=x onerror=\"window.__pwned=true\"><script>window.__pwned=true</script>" } } };
  await page.getByTestId("tab-library").click();
  await page.getByTestId("import-file").setInputFiles({ name: "html.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByTestId("import-result")).toContainText("已导入自评：1");
  await expect(page.locator("[data-testid=library] td").first()).toHaveText("<b>市</b>");
  await page.getByTestId("open").first().click();
  await page.locator("[data-nav-id='B-01']").click();
  await expect(page.locator("#notes-B-01")).toHaveValue(/<script>/);
  expect(await page.evaluate(() => (window as any).__pwned)).toBe(false);
});

test("without usable storage the app says so, works in memory and can still download a backup", async ({ page, watch }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", { get() { throw new DOMException("denied", "SecurityError"); } });
  });
  await page.goto("/");
  await expect(page.getByTestId("save-status")).toContainText("关闭页面后，工作内容将不会保留");
  await start(page);
  await page.locator("input[name='level-B-01']").nth(0).check();
  await expect(page.getByTestId("total-score")).toHaveText("3");
  const backup = JSON.parse(await download(page, "download-backup"));
  expect(backup.assessment.entries["B-01"].answer.level).toBe("met");
});

test("a full storage quota is reported, the work stays on the page and the saved copy intact", async ({ page, watch }) => {
  await openFresh(page);
  await start(page);
  await page.locator("input[name='level-B-01']").nth(0).check();
  await expect(page.getByTestId("save-status")).toContainText("已保存");
  await page.waitForTimeout(700); // let the autosave land before taking the snapshot
  const saved = await ourKeys(page);
  // Fill the rest of the quota with another site's data.
  await page.evaluate(() => {
    const chunk = "x".repeat(256 * 1024);
    for (let i = 0; i < 200; i++) { try { localStorage.setItem(`other.${i}`, chunk); } catch { break; } }
    for (let i = 0; i < 2000; i++) { try { localStorage.setItem(`other.small.${i}`, "x".repeat(1024)); } catch { break; } }
  });
  await page.locator("[data-nav-id='B-04']").click();
  await page.locator("[data-testid=editor-card] .record > summary").click();
  await page.locator("#notes-B-04").fill("很长的备注".repeat(20000));
  await expect(page.getByTestId("save-status")).toContainText("存储空间已满");
  await expect(page.locator("#notes-B-04")).toHaveValue(/很长的备注/);
  const after = await ourKeys(page);
  for (const [k, v] of Object.entries(saved)) if (k.startsWith("fscity.a.")) expect(after[k]).toBe(v);
  const backup = JSON.parse(await download(page, "download-backup"));
  expect(backup.assessment.entries["B-04"].notes.length).toBe(2000); // a note holds at most 2,000
});

test("an unreadable record is set aside and the others load normally", async ({ page, watch }) => {
  await openFresh(page);
  await start(page, "好市");
  await page.evaluate(() => {
    localStorage.setItem("fscity.a.broken1", "{ not json");
    localStorage.setItem("fscity.a.future1", JSON.stringify({ format: "fscity-assessment", schema_version: 99 }));
  });
  await page.reload();
  await expect(page.getByTestId("quarantine-banner")).toBeVisible();
  await expect(page.getByTestId("quarantine-banner").locator("li")).toHaveCount(2);
  await page.getByTestId("tab-library").click();
  await expect(page.locator("[data-testid=library] tbody tr")).toHaveCount(1);
  await expect(page.locator("[data-testid=library] tbody tr td").first()).toHaveText("好市");
  const [rawFile] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-raw").first().click()]);
  const raw = readFileSync(await rawFile.path(), "utf8");
  expect(raw === "{ not json" || raw.includes("99")).toBe(true);
  const keys = Object.keys(await ourKeys(page));
  expect(keys.filter((k) => k.startsWith("fscity.quarantine."))).toHaveLength(2);
});

test("a list of assessments: rename, duplicate, delete with undo, switch", async ({ page, watch }) => {
  await openFresh(page);
  await start(page, "甲市", "三月");
  await page.locator("input[name='level-B-01']").nth(0).check();
  await page.getByTestId("tab-library").click();
  const rows = page.locator("[data-testid=library] tbody tr");
  await expect(rows).toHaveCount(1);
  await rows.first().getByTestId("duplicate").click();
  await expect(rows).toHaveCount(2);
  await expect(page.locator("[data-testid=library]")).toContainText("三月（副本）");
  const copy = rows.filter({ hasText: "（副本）" });
  await copy.getByTestId("rename").click();
  await copy.locator("input").nth(1).fill("六月");
  await copy.getByTestId("rename-save").click();
  await expect(page.locator("[data-testid=library]")).toContainText("六月");
  const june = rows.filter({ hasText: "六月" });
  await june.getByTestId("open").click();
  await expect(page.getByTestId("total-score")).toHaveText("3");
  await page.getByTestId("tab-library").click();
  await rows.filter({ hasText: "三月" }).getByTestId("delete").click();
  await rows.filter({ hasText: "三月" }).getByTestId("confirm-delete").click();
  await expect(rows).toHaveCount(1);
  await page.getByTestId("undo").click();
  await expect(rows).toHaveCount(2);
  await page.reload();
  await page.getByTestId("tab-library").click();
  await expect(rows).toHaveCount(2);
});

test("two tabs: an edit in one reaches the other, and unsaved edits are never silently lost", async ({ context, page, watch }) => {
  // This tab's clock is under the test's control, so its autosave waits until told to run.
  await page.clock.install();
  await openFresh(page);
  await start(page);
  await page.clock.runFor(1000);
  const other = await context.newPage();
  await other.goto("/");
  await expect(other.getByTestId("editor-card")).toBeVisible();

  // This tab saves; the other has no edits of its own and follows.
  await page.locator("input[name='level-B-01']").nth(0).check();
  await page.clock.runFor(1000);
  await expect(page.getByTestId("save-status")).toContainText("已保存");
  await expect(other.getByTestId("total-score")).toHaveText("3");

  // This tab has an unsaved edit (its autosave is held by the test clock) when another tab
  // writes a newer revision of the same record: it is asked, not overwritten.
  await page.locator("[data-nav-id='B-02']").click();
  await page.locator("input[name='level-B-02']").nth(0).check();
  await writeAsOtherTab(other);
  await expect(page.getByTestId("conflict-banner")).toBeVisible();
  await expect(page.getByTestId("total-score")).toHaveText("4.5"); // B-01 3 + B-02 1.5: still this tab's own

  await page.getByTestId("keep-mine").click();
  await expect(page.getByTestId("conflict-banner")).toBeHidden();
  await expect(other.getByTestId("total-score")).toHaveText("4.5");
  await other.close();
});

test("answers for indicators the pack no longer has are kept and shown", async ({ page, watch }) => {
  await openFresh(page);
  const file = { schema_version: 1, pack_id: "nfsdc-2023", pack_version: 1, city: "旧市", name: "旧版", created: "", updated: "",
    entries: { "B-01": { answer: { type: "level", level: "met" } }, "Z-99": { answer: { type: "level", level: "met" }, notes: "旧指标的记录" } } };
  await page.getByTestId("tab-library").click();
  await page.getByTestId("import-file").setInputFiles({ name: "old.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByTestId("import-result")).toContainText("已导入自评：1");
  await page.getByTestId("open").first().click();
  await expect(page.getByTestId("warnings")).toContainText("Z-99");
  await expect(page.getByTestId("total-score")).toHaveText("3");
  const backup = JSON.parse(await download(page, "download-backup"));
  expect(backup.assessment.entries["Z-99"].notes).toBe("旧指标的记录");
});

test("the privacy statement is shown once and remembered", async ({ page, watch }) => {
  await openFresh(page);
  await expect(page.getByTestId("privacy-once")).toContainText("数据只保存在本浏览器，不会上传");
  await page.getByTestId("privacy-dismiss").click();
  await page.reload();
  await expect(page.getByTestId("criteria-tree")).toBeVisible();
  await expect(page.getByTestId("privacy-once")).toHaveCount(0);
  await page.getByTestId("tab-library").click();
  await expect(page.getByTestId("privacy")).toContainText("localStorage");
});

test("importing with 'replace' asks first, and the replaced assessment can be restored", async ({ page, watch }) => {
  await openFresh(page);
  await start(page, "原市", "原来的");
  await page.locator("input[name='level-B-01']").nth(0).check();
  await expect(page.getByTestId("save-status")).toContainText("已保存");
  const file = { schema_version: 1, pack_id: "nfsdc-2023", pack_version: 1, city: "新市", name: "导入的", created: "", updated: "", entries: {} };
  await page.getByTestId("tab-library").click();
  await page.locator("[data-testid=import] input[type=checkbox]").check();
  await page.getByTestId("import-file").setInputFiles({ name: "new.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) });
  const rows = page.locator("[data-testid=library] tbody tr");
  await expect(page.getByTestId("confirm-replace")).toBeVisible();
  await expect(rows).toHaveCount(1); // nothing replaced before the user confirms
  await page.getByTestId("confirm-replace").click();
  await expect(page.getByTestId("import-result")).toContainText("已导入自评：1");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("新市");
  await page.getByTestId("undo").click();
  await expect(rows).toHaveCount(2);
  await expect(page.locator("[data-testid=library]")).toContainText("原市");
});
