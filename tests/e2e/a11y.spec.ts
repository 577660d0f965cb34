// axe-core on the main screens: no serious or critical accessibility violation.
import { test, expect, openFresh, seriousViolations } from "./fixtures";

test("browse, assess, gaps and report screens have no serious accessibility violations", async ({ page, watch }) => {
  test.setTimeout(240_000); // axe-core takes several seconds per screen on two cores (ten screens)
  await openFresh(page);
  await page.locator("[data-indicator-id='C-02']").click();
  expect(await seriousViolations(page), "criteria browser").toEqual([]);

  await page.getByTestId("tab-assess").click();
  expect(await seriousViolations(page), "start form").toEqual([]);
  await page.getByTestId("start-city").fill("测试市");
  await page.getByTestId("start-button").click();
  await page.locator("[data-nav-id='C-02']").click();
  await page.locator("#ans-C-02-population").fill("0");
  await page.locator("[data-testid=editor-card] .record > summary").click();
  await page.getByTestId("add-evidence").click();
  expect(await seriousViolations(page), "workspace").toEqual([]);

  await page.getByTestId("tab-gaps").click();
  expect(await seriousViolations(page), "gaps").toEqual([]);

  await page.getByTestId("tab-reports").click();
  expect(await seriousViolations(page), "printed report").toEqual([]);
  await page.getByTestId("report-actions").check();
  expect(await seriousViolations(page), "action list").toEqual([]);
  await page.getByTestId("report-progress").check();
  expect(await seriousViolations(page), "progress").toEqual([]);
  await page.getByTestId("tab-gaps").click();

  await page.getByTestId("lang-switch").click();
  expect(await seriousViolations(page), "gaps in English").toEqual([]);
  await page.getByTestId("lang-switch").click();

  await page.getByTestId("tab-library").click();
  await page.getByTestId("edit-pack").first().click();
  await expect(page.getByTestId("editor-grid")).toBeVisible();
  expect(await seriousViolations(page), "library, criteria packs and the pack editor").toEqual([]);
  await page.getByTestId("editor-close").click();

  await page.getByTestId("open-demo").click();
  expect(await seriousViolations(page), "demo city").toEqual([]);
  const duplicates = await page.evaluate(() => {
    const ids = [...document.querySelectorAll("[id]")].map((e) => e.id);
    return ids.filter((id, i) => ids.indexOf(id) !== i);
  });
  expect(duplicates, "the demo next to the user's own assessment repeats no element id").toEqual([]);
  await page.getByTestId("demo-sandbox").getByTestId("tab-browse").click();
  await page.getByTestId("demo-sandbox").getByTestId("open-presentation").click();
  expect(await seriousViolations(page), "presentation").toEqual([]);
});

test("the workspace is usable at phone width", async ({ page, watch }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openFresh(page);
  await page.getByTestId("tab-assess").click();
  await page.getByTestId("start-city").fill("测试市");
  await page.getByTestId("start-button").click();
  await page.locator("[data-nav-id='B-01']").click();
  await page.locator("input[name='level-B-01']").first().check();
  await expect(page.getByTestId("total-score")).toHaveText("3");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, "no horizontal scrolling at 360 px").toBeLessThanOrEqual(0);
});
