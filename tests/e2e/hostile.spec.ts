// Hostile files (issue 13): a criteria file carrying script addresses, a backup the browser
// cannot keep.
import { readFileSync } from "node:fs";
import { Page } from "@playwright/test";
import { test, expect, openFresh, startNew } from "./fixtures";

const keys = (page: Page) => page.evaluate(() => JSON.stringify(Object.entries(localStorage).filter(([k]) => k.startsWith("fscity.")).sort()));

test("13.1 a criteria file with a javascript: source address is refused where it says it, and no link on the page runs script", async ({ page, watch }, info) => {
  await openFresh(page);
  // The built-in pack's sources are links, and only to the web.
  await page.locator("[data-testid=criteria-tree] [data-indicator-id='C-02']").click();
  const hrefs = () => page.locator("a[href]").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).protocol));
  expect((await hrefs()).every((p) => p === "https:" || p === "http:")).toBe(true);

  const pack = JSON.parse(readFileSync("packs/nfsdc-2023.json", "utf8"));
  pack.version = 2;
  for (const url of ["javascript:alert(document.cookie)", " JaVaScRiPt:alert(1)"]) {
    pack.sources[0].url = url;
    await page.getByTestId("tab-library").click();
    const before = await keys(page);
    await page.getByTestId("pack-file").setInputFiles({ name: "细则.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(pack)) });
    const problems = page.getByTestId("pack-import-result");
    await expect(problems).toContainText("不是 http 或 https 网址");
    await expect(problems).toContainText("sources[0].url");
    await expect(page.getByTestId("pack-list").locator("tbody tr")).toHaveCount(1);
    expect(await keys(page)).toBe(before);
  }
  expect((await hrefs()).some((p) => p === "javascript:")).toBe(false);
});

test("13.4 an import the browser cannot keep says so in the import panel, and nothing that existed changes", async ({ page, watch }) => {
  await openFresh(page);
  await startNew(page, "江门市", "三月自评");
  await page.locator("input[name='level-B-01']").nth(0).check();
  await page.waitForTimeout(700);
  const before = await keys(page);
  // A backup of a few large assessments (long notes from another tool, kept by the import),
  // and a browser whose storage is nearly full with another site's data.
  const record = JSON.parse(readFileSync("core/tests/fixtures/saved/v3-assessment.json", "utf8"));
  const entries: Record<string, unknown> = {};
  for (let i = 0; i < 10; i++) entries[`B-${String(i).padStart(2, "0")}`] = { notes: "长".repeat(20_000) };
  const assessments = Array.from({ length: 4 }, (_, n) => ({ ...record, assessment: { ...record.assessment, name: `大备份 ${n}`, entries } }));
  const backup = { format: "fscity-backup", schema_version: record.schema_version, app_version: "0.1.0", saved_at: record.saved_at, assessments };
  await page.evaluate(() => {
    const chunk = "x".repeat(256 * 1024);
    for (let i = 0; i < 200; i++) { try { localStorage.setItem(`other.${i}`, chunk); } catch { break; } }
    for (let i = 0; i < 2000; i++) { try { localStorage.setItem(`other.small.${i}`, "x".repeat(1024)); } catch { break; } }
  });
  await page.getByTestId("tab-library").click();
  await page.getByTestId("import-file").setInputFiles({ name: "backup.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(backup)) });
  const result = page.getByTestId("import-result");
  await expect(result).toContainText("存储空间已满");
  await expect(result).not.toContainText("已导入自评");
  expect(await keys(page)).toBe(before);
  await expect(page.locator("[data-library-id]")).toHaveCount(1);
  await expect(page.getByTestId("open-assessment")).toHaveText("江门市 · 三月自评");
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("other.")).forEach((k) => localStorage.removeItem(k)));
  await page.reload();
  await page.getByTestId("tab-library").click();
  await expect(page.locator("[data-library-id]")).toHaveCount(1);
});
