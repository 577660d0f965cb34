// For trainers: search and filters in the criteria browser with a worked example per indicator;
// the fictional demo city in a sandbox that never touches the user's own assessments;
// presentation mode at projector size with arrow keys and the live score.
import { Page } from "@playwright/test";
import { test, expect, openFresh } from "./fixtures";

const shownIds = (page: Page) =>
  page.locator("[data-testid=criteria-tree] li:not([hidden]) [data-indicator-id]").evaluateAll((els) =>
    els.map((e) => e.getAttribute("data-indicator-id")));

test("the criteria browser searches Chinese text and IDs and filters by group, method and department", async ({ page, watch }) => {
  await openFresh(page);
  await page.getByTestId("criteria-query").fill("抽检");
  await expect(page.getByTestId("search-count")).toContainText("项指标符合条件");
  const hits = await shownIds(page);
  expect(hits).toContain("C-02");
  expect(hits).toContain("C-03");
  expect(hits).not.toContain("B-01");

  await page.getByTestId("criteria-query").fill("c02");
  expect(await shownIds(page)).toEqual(["C-02"]);
  await expect(page.locator("[data-group-id='B']")).toBeHidden();
  // 12: "c-2" finds C-02 too, and the veto list follows the search.
  await page.getByTestId("criteria-query").fill("c-2");
  expect(await shownIds(page)).toEqual(["C-02"]);
  await expect(page.locator("[data-tree-veto]:not([hidden])")).toHaveCount(0);
  await page.getByTestId("criteria-query").fill("事故");
  await expect(page.locator("[data-tree-veto]:not([hidden])")).toHaveCount(1);
  await expect(page.locator("[data-tree-veto='V-01']")).toBeVisible();

  await page.getByTestId("criteria-query").fill("");
  await page.getByTestId("filter-browse-method").selectOption({ label: "现场检查·暗访" });
  const covert = await shownIds(page);
  expect(covert).toContain("P-17");
  expect(covert.length).toBeLessThan(54);
  await page.getByTestId("filter-group").selectOption({ label: "基础工作" });
  expect((await shownIds(page)).every((id) => id!.startsWith("B-"))).toBe(true);
  await page.getByTestId("filter-group").selectOption("");
  await page.getByTestId("filter-browse-method").selectOption("");
  await page.getByTestId("filter-browse-department").selectOption({ label: "教育局" });
  expect(await shownIds(page)).toContain("P-16");
  await page.getByTestId("filter-browse-department").selectOption("");
  expect(await shownIds(page)).toHaveLength(54 + 3); // and 示范引领's three

  await page.locator("[data-indicator-id='C-02']").click();
  await expect(page.getByTestId("worked-example")).toContainText("例：");
  await expect(page.getByTestId("worked-example")).toContainText("得 2 分");
});

test("the demo city opens in a sandbox, shows its verdict and gaps, resets, and leaves the user's own work untouched", async ({ page, watch }) => {
  await openFresh(page);
  await page.getByTestId("tab-library").click();
  await page.getByTestId("start-city").fill("我的市");
  await page.getByTestId("start-button").click();
  await page.locator("[data-nav-id='P-17']").click();
  await page.locator("#findings-P-17").fill("1");
  await page.waitForTimeout(600);
  const own = () => page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith("fscity.a.")).sort().map((k) => localStorage.getItem(k)).join("\n"));
  const before = await own();
  expect(before).toContain("我的市");

  await page.getByTestId("open-demo").click();
  const demo = page.getByTestId("demo-sandbox");
  await expect(demo).toContainText("虚构");
  await expect(demo.getByTestId("verdict")).toHaveText("未通过");
  const total = await demo.getByTestId("total-score").first().textContent();
  await demo.getByTestId("tab-gaps").click();
  await expect(demo.locator("[data-gap-id='P-17']")).toBeVisible();
  await expect(demo.getByTestId("path-steps").locator("li")).not.toHaveCount(0);

  // Edit the demo, then reset it.
  await demo.getByTestId("tab-assess").click();
  await demo.locator("[data-nav-id='P-11']").click();
  await demo.locator("#demo-findings-P-11").fill("0");
  await expect(demo.getByTestId("total-score").first()).not.toHaveText(total!);
  await page.waitForTimeout(600);
  expect(await own(), "the demo never writes over the user's assessments").toBe(before);
  await demo.getByTestId("demo-reset").click();
  await expect(demo.getByTestId("total-score").first()).toHaveText(total!);

  await demo.getByTestId("demo-exit").click();
  await expect(page.getByTestId("demo-sandbox")).toBeHidden();
  await expect(page.locator("#findings-P-17")).toHaveValue("1");
  await page.waitForTimeout(600);
  expect(await own()).toBe(before);

  // A copy can be taken into the user's own list.
  await page.getByTestId("open-demo").click();
  await demo.getByTestId("demo-copy").click();
  await expect(demo.getByTestId("demo-copied")).toBeVisible();
  await demo.getByTestId("demo-exit").click();
  await page.getByTestId("tab-library").click();
  await expect(page.getByTestId("library")).toContainText("示例市");
  await expect(page.getByTestId("library")).toContainText("我的市");
});

test("presentation mode shows one indicator per screen at 1280×720, moves with arrow keys and shows the live score", async ({ page, watch }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openFresh(page);
  await page.getByTestId("open-demo").click();
  const demo = page.getByTestId("demo-sandbox");
  await demo.getByTestId("tab-browse").click();
  await demo.locator("[data-indicator-id='P-16']").click();
  await demo.getByTestId("open-presentation").click();
  const slide = page.getByTestId("presentation");
  await expect(slide).toBeFocused();
  await expect(slide.getByTestId("slide-title")).toContainText("P-16");
  const fontSize = await slide.getByTestId("slide-title").evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(36);
  await expect(slide.getByTestId("slide-score")).toContainText("总分");

  await page.keyboard.press("ArrowRight");
  await expect(slide.getByTestId("slide-title")).toContainText("P-17");
  const score = await slide.getByTestId("slide-score").textContent();
  await slide.locator("#demo-findings-P-17").fill("0");
  await expect(slide.getByTestId("slide-score")).not.toHaveText(score!);
  await slide.getByTestId("slide-title").click(); // leave the field; arrows move again
  await page.keyboard.press("ArrowLeft");
  await expect(slide.getByTestId("slide-title")).toContainText("P-16");
  await page.keyboard.press("End");
  await expect(slide.getByTestId("slide-title")).toContainText("D-03"); // the last bonus item
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.keyboard.press("Escape");
  await expect(slide).toBeHidden();
});
