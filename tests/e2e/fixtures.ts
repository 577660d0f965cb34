// A page fixture that records what a test must never see: console errors, uncaught page
// errors, and requests to any host other than 127.0.0.1.
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, Locator, Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

type Watch = { consoleErrors: string[]; foreignRequests: string[] };

export const test = base.extend<{ watch: Watch }>({
  watch: async ({ page }, use) => {
    const watch: Watch = { consoleErrors: [], foreignRequests: [] };
    page.on("console", (msg) => {
      if (msg.type() === "error") watch.consoleErrors.push(msg.text());
      // A Rust panic, whatever the console level it reaches (issue 32, item 11).
      else if (/panicked at|reactive value .* disposed|RuntimeError/.test(msg.text())) watch.consoleErrors.push(msg.text());
      // Deprecation warnings (e.g. a worker's old-style initialisation) count as errors too.
      if (msg.type() === "warning" && /deprecated/i.test(msg.text())) watch.consoleErrors.push(msg.text());
    });
    page.on("pageerror", (err) => watch.consoleErrors.push(String(err)));
    page.on("request", (req) => {
      const url = new URL(req.url());
      if (!["http:", "https:", "ws:", "wss:"].includes(url.protocol)) return;
      if (url.hostname !== "127.0.0.1") watch.foreignRequests.push(req.url());
    });
    await use(watch);
    expect(watch.consoleErrors, "console errors").toEqual([]);
    expect(watch.foreignRequests, "requests to other hosts").toEqual([]);
  },
});

export { expect };

/** Opens the app as a new visitor and waits until the criteria tree is there. */
export async function openFresh(page: Page) {
  await page.goto("/");
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByTestId("criteria-tree")).toBeVisible();
}

/** Starts a new assessment from 我的自评 in the page or in one widget, and waits for the editor. */
export async function startNew(page: Page | Locator, city = "测试市", name = "第一次自评") {
  await page.getByTestId("tab-library").click();
  await page.getByTestId("start-city").fill(city);
  await page.getByTestId("start-name").fill(name);
  await page.getByTestId("start-button").click();
  await expect(page.getByTestId("editor-card")).toBeVisible();
}

/** What another tab does: writes a newer revision of the open record, with B-04 answered. */
export async function writeAsOtherTab(other: Page) {
  await other.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith("fscity.a."))!;
    const record = JSON.parse(localStorage.getItem(key)!);
    record.revision += 1;
    record.assessment.entries["B-04"] = { answer: { type: "level", level: record.assessment.entries["B-01"].answer.level } };
    localStorage.setItem(key, JSON.stringify(record));
  });
}

/** Clicks `testid` and returns the text of the file it downloads. */
export async function downloadText(page: Page, testid: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testid).click()]);
  return readFileSync(await file.path(), "utf8");
}

/** Text of each PDF page (pdftotext splits pages with form feeds). */
export function pdfPages(path: string): string[] {
  // -raw keeps each table cell's wrapped lines together, in reading order.
  return execFileSync("pdftotext", ["-raw", path, "-"]).toString().split("\f").filter((p: string) => p.trim() !== "");
}

/** Prints the page as the browser's print dialog would, to a PDF at `path`. */
export async function printToPdf(page: Page, path: string) {
  await page.emulateMedia({ media: "print" });
  await page.pdf({ path, preferCSSPageSize: true, printBackground: false });
  await page.emulateMedia({ media: "screen" });
}

/** axe-core's serious and critical violations on the page, one line each (empty when none). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

/** Imports a saved assessment (a fixture's file name under core/tests/fixtures/saved/, or a
 *  record built by the test) in 我的自评 and opens it. */
export async function importAndOpen(page: Page, file: string | object) {
  const buffer = typeof file === "string"
    ? readFileSync(`core/tests/fixtures/saved/${file}`)
    : Buffer.from(JSON.stringify(file));
  await page.getByTestId("tab-library").click();
  await page.getByTestId("import-file").setInputFiles({ name: "backup.json", mimeType: "application/json", buffer });
  await expect(page.getByTestId("import-result")).toContainText("已导入");
  await page.getByTestId("open").first().click();
}
