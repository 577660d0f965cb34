// Capabilities fetched on first use (issue 15): the first visit does not fetch them, they open
// online and, after one visit, offline; a chunk that cannot be fetched says so with a retry
// button and nothing typed is lost.
import { Page, Route } from "@playwright/test";
import { test, expect, openFresh, startNew } from "./fixtures";

/** A chunk of the app (not its main wasm, not a worker). */
const isChunk = (url: string) => {
  const name = new URL(url).pathname.split("/").pop() ?? "";
  return name.endsWith(".wasm") && !/^(fscity|xlsx_worker|sheet_reader)-/.test(name);
};

function chunkRequests(page: Page) {
  const seen: string[] = [];
  page.on("request", (req) => {
    if (isChunk(req.url())) seen.push(req.url());
  });
  return seen;
}

/** Starts an assessment from the 自评 tab, which needs no chunk. */
async function startInAssess(page: Page, city = "测试市") {
  await page.getByTestId("tab-assess").click();
  await page.getByTestId("start-city").fill(city);
  await page.getByTestId("start-button").click();
  await expect(page.getByTestId("editor-card")).toBeVisible();
}

test("the first screen fetches no chunk; reports, presentation and the pack shelf each fetch theirs when opened", async ({ page, watch }) => {
  const seen = chunkRequests(page);
  await page.goto("/?offline=off");
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByTestId("criteria-tree")).toBeVisible();
  await startInAssess(page);
  await page.locator("input[name='level-B-01']").nth(0).check();
  await expect(page.getByTestId("total-score")).not.toHaveText("0");
  expect(seen, "chunks fetched to answer and score").toEqual([]);

  await page.getByTestId("tab-reports").click();
  await expect(page.getByTestId("reports-view")).toBeVisible();
  const afterReports = seen.length;
  expect(afterReports, "the reports chunk").toBeGreaterThan(0);

  await page.getByTestId("tab-browse").click();
  await page.getByTestId("open-presentation").click();
  await expect(page.getByTestId("presentation")).toBeVisible();
  // Focus lands in the slide, as it did before the split.
  await expect(page.getByTestId("presentation")).toBeFocused();
  expect(seen.length, "the presentation chunk").toBeGreaterThan(afterReports);
  await page.keyboard.press("Escape");

  const afterPresentation = seen.length;
  await page.getByTestId("tab-library").click();
  await expect(page.getByTestId("pack-library")).toBeVisible();
  expect(seen.length, "the pack shelf chunk").toBeGreaterThan(afterPresentation);

  // A chunk fetched once is not fetched again.
  const before = seen.length;
  await page.getByTestId("tab-reports").click();
  await expect(page.getByTestId("reports-view")).toBeVisible();
  expect(seen.length).toBe(before);
});

test("after one visit, a capability never opened before loads with the network cut", async ({ page, context, watch }) => {
  await openFresh(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect(page.getByTestId("criteria-tree")).toBeVisible();
  await context.setOffline(true);
  await page.reload();
  await startNew(page, "离线市");
  await page.getByTestId("tab-reports").click();
  await expect(page.getByTestId("reports-view")).toBeVisible();
  await page.getByTestId("open-demo").click();
  await expect(page.getByTestId("demo-sandbox")).toBeVisible();
  await context.setOffline(false);
});

test("a chunk that cannot be fetched says so with a retry button; what was typed stays", async ({ page, watch }) => {
  // The failed fetch is logged by the browser and the loader; those lines are the expected ones.
  const failing = async (route: Route) => route.abort("internetdisconnected");
  const chunks = (url: URL) => isChunk(url.href);
  await page.route(chunks, failing);
  await page.goto("/?offline=off");
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await startInAssess(page, "断网市");
  await page.locator("input[name='level-B-01']").nth(0).check();
  await page.getByTestId("tab-reports").click();
  const failed = page.getByTestId("chunk-failed");
  await expect(failed).toContainText("此功能未能加载");
  await expect(failed).toContainText("已填写的内容不受影响");
  await expect(failed.getByTestId("chunk-retry")).toBeVisible();
  // The tabs still work and the answer is still there.
  await page.getByTestId("tab-assess").click();
  await expect(page.locator("input[name='level-B-01']").nth(0)).toBeChecked();
  await expect(page.getByTestId("total-score")).not.toHaveText("0");

  // The network is back: retry loads the reports. Back on the tab the load fails again first
  // (the route still aborts), so the retry button is what brings the reports.
  await page.getByTestId("tab-reports").click();
  await expect(failed.getByTestId("chunk-retry")).toBeVisible();
  await page.unroute(chunks, failing);
  await page.getByTestId("chunk-retry").click();
  await expect(page.getByTestId("reports-view")).toBeVisible();
  await expect(page.getByTestId("reports-view")).toContainText("断网市");
  watch.consoleErrors.splice(0); // the aborted fetches above
});

test("a loading line shows at once while a chunk is on its way", async ({ page, watch }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route((url) => isChunk(url.href), async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/?offline=off");
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await startInAssess(page);
  // Clicked inside the page, then looked at two frames later: what the user sees next.
  const shown = await page.evaluate(async () => {
    (document.querySelector("[data-testid=tab-reports]") as HTMLElement).click();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return document.querySelector("[data-testid=chunk-loading]")?.textContent ?? null;
  });
  expect(shown).toContain("正在加载此功能");
  release();
  await expect(page.getByTestId("reports-view")).toBeVisible();
  await expect(page.getByTestId("chunk-loading")).toHaveCount(0);
});
