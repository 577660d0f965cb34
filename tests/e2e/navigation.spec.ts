// Navigation, printing and screen space (issue 12, items 12–15): Back and Forward inside the
// app, links to one indicator, printing from every view, the iframe's height, the sticky bar.
import { test, expect, openFresh, startNew, pdfPages, printToPdf } from "./fixtures";

test("12.12 tabs, the open indicator and presentation mode are history entries; a link opens one indicator", async ({ page, watch }) => {
  await page.goto("/index.html#/criteria/c-02");
  await expect(page.getByTestId("indicator-detail")).toHaveAttribute("data-indicator-id", "C-02");
  await page.evaluate(() => localStorage.clear());
  await openFresh(page);
  await startNew(page);
  await page.locator("[data-nav-id='B-02']").click();
  await page.locator("[data-nav-id='B-03']").click();
  await page.getByTestId("tab-gaps").click();
  await expect(page.getByTestId("gaps-view")).toBeVisible();
  await page.getByTestId("tab-reports").click();
  await page.goBack();
  await expect(page.getByTestId("gaps-view")).toBeVisible();
  await page.goBack();
  await expect(page.getByTestId("editor-card")).toHaveAttribute("data-indicator-id", "B-03");
  await page.goBack();
  await expect(page.getByTestId("editor-card")).toHaveAttribute("data-indicator-id", "B-02");
  await page.goForward();
  await expect(page.getByTestId("editor-card")).toHaveAttribute("data-indicator-id", "B-03");
  expect(new URL(page.url()).hash).toBe("#/assess/B-03");

  // Presentation mode: the back gesture leaves it and stays in the app.
  await page.getByTestId("tab-browse").click();
  await page.getByTestId("open-presentation").click();
  await expect(page.getByTestId("presentation")).toBeVisible();
  await page.goBack();
  await expect(page.getByTestId("presentation")).toBeHidden();
  await expect(page.getByTestId("criteria-tree")).toBeVisible();
});

test("12.13 printing the gap list, the workspace or the criteria prints that view; my assessments says where to print from", async ({ page, watch }, info) => {
  await openFresh(page);
  await startNew(page, "打印市", "三月自评");
  await page.locator("[data-nav-id='B-02']").click();
  await page.locator("input[name='level-B-02']").nth(2).check();
  await page.locator("[data-testid=editor-card] .record > summary").click();
  await page.locator("#notes-B-02").fill("会议纪要见第 3 盒");
  await page.locator("[data-testid=editor-card] .record > summary").click(); // closed again

  const printed = async (name: string) => {
    const pdf = info.outputPath(name);
    await printToPdf(page, pdf);
    return pdfPages(pdf).join("\n").replace(/[ \t]+/g, ""); // pdftotext drops CJK spacing unevenly
  };
  const workspace = await printed("workspace.pdf");
  expect(workspace).toContain("B-02");
  expect(workspace).toContain("会议纪要见第3盒"); // the records print even when folded away
  expect(workspace).not.toContain("B-17"); // not the navigator's whole list

  await page.getByTestId("tab-gaps").click();
  // The gap list is a chunk: print once it is there, as a person would.
  await expect(page.locator("[data-gap-id='B-02']")).toBeVisible();
  const gaps = await printed("gaps.pdf");
  expect(gaps).toContain("B-02");
  expect(gaps).toContain("B-17");

  await page.getByTestId("tab-browse").click();
  await page.locator("[data-testid=criteria-tree] [data-indicator-id='C-02']").click();
  const criteria = await printed("criteria.pdf");
  expect(criteria).toContain("C-02");

  await page.getByTestId("tab-library").click();
  const library = await printed("library.pdf");
  expect(library).toContain("报告与导出");
  expect(library).not.toContain("清除");
});

test("12.14 the iframe shrinks with its content, and a chosen indicator is scrolled into view in the host", async ({ page, watch }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto("/examples/iframe.html");
  const frame = page.frameLocator("#fscity-frame");
  const height = async () => Number(await page.locator("#fscity-frame").getAttribute("height"));
  await expect(frame.getByTestId("criteria-tree")).toBeVisible();
  await expect.poll(height).toBeGreaterThan(800);
  await frame.getByTestId("tab-library").click();
  await frame.getByTestId("start-city").fill("框架市");
  await frame.getByTestId("start-button").click();
  await expect(frame.getByTestId("editor-card")).toBeVisible();
  const tall = await height();
  // A short view: the frame follows the content down.
  await frame.getByTestId("tab-reports").click();
  await frame.getByTestId("tab-browse").click();
  await frame.getByTestId("tab-library").click();
  await frame.getByTestId("tab-assess").click();
  const content = await frame.locator("body").evaluate((b) => Math.ceil(b.getBoundingClientRect().bottom + parseFloat(getComputedStyle(b).marginBottom)));
  await expect.poll(height).toBe(content);
  expect(Math.abs((await height()) - tall)).toBeLessThan(tall); // sanity: a real number
  // An indicator low in the list: its editor ends up in the host's viewport.
  await frame.locator("[data-nav-id='P-20']").scrollIntoViewIfNeeded();
  await frame.locator("[data-nav-id='P-20']").click();
  await expect(frame.getByTestId("editor-card")).toHaveAttribute("data-indicator-id", "P-20");
  await expect(frame.locator("#editor-heading")).toBeInViewport();
});

test("12.15 at 1366×768 the notices fold to one line once read, the first answer is above the fold, and 下一项 clears the sticky bar", async ({ page, watch }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openFresh(page);
  await startNew(page);
  await page.getByTestId("privacy-dismiss").click();
  await page.getByTestId("notice-read").click();
  await expect(page.getByTestId("provenance-notice")).toContainText("非官方");
  await page.reload();
  await expect(page.getByTestId("notice-expand")).toBeVisible(); // remembered
  const notice = await page.getByTestId("provenance-notice").boundingBox();
  expect(notice!.height).toBeLessThan(40);
  const first = await page.locator("input[name='level-B-01']").first().boundingBox();
  expect(first!.y + first!.height).toBeLessThan(768);
  for (let i = 0; i < 6; i++) {
    await page.getByTestId("next").click();
    await page.waitForTimeout(150);
    const bar = await page.locator(".summary").boundingBox();
    const heading = await page.locator("#editor-heading").boundingBox();
    expect(heading!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height - 1);
    expect(heading!.y + heading!.height).toBeLessThan(768);
  }
});
