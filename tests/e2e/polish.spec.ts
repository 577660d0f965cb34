// Smaller things a careful user notices (issue 12, "Smaller, each worth doing").
import { test, expect, openFresh, startNew } from "./fixtures";

test("12.s the delete notice names what was deleted; veto lights carry visible labels; path steps are plain", async ({ page, watch }) => {
  await openFresh(page);
  await startNew(page, "江门市", "三月自评");
  const lights = page.getByTestId("summary-vetoes");
  await expect(lights).toContainText("V-01");
  await expect(lights).toContainText("V-07");
  await page.getByTestId("tab-gaps").click();
  await expect(page.getByTestId("path-to-pass").locator("input[type=checkbox]")).toHaveCount(0);
  await page.getByTestId("tab-library").click();
  await page.getByTestId("delete").first().click();
  await page.getByTestId("confirm-delete").click();
  await expect(page.getByTestId("undo-banner")).toContainText("已删除自评：江门市 · 三月自评。");
});

test("12.4 figures as Chinese users type them: full-width digits, 万, a trailing %, and a warning for 0.876", async ({ page, watch }) => {
  await openFresh(page);
  await startNew(page);
  await page.locator("[data-nav-id='C-02']").click();
  const card = page.getByTestId("editor-card");
  await card.locator("#ans-C-02-batches").fill("５２７０");
  await card.locator("#ans-C-02-population").fill("122.6万");
  await expect(card.locator(".calculator [data-testid=field-error]")).toHaveText(["", ""]);
  await expect(card.getByTestId("calc-value")).toHaveText("4.29 批次/千人");
  await card.locator("#ans-C-02-batches").focus(); // leaving the field groups its digits
  await expect(card.locator("#ans-C-02-population")).toHaveValue("1,226,000");
  await page.locator("[data-nav-id='B-16']").click();
  await page.locator("#ans-B-16-awareness").fill("85%");
  await expect(card.locator(".calculator [data-testid=field-error]")).toHaveText([""]);
  await page.locator("#ans-B-16-awareness").fill("0.876");
  await expect(card.getByTestId("calc-warnings")).toContainText("是否指 87.6%？");
});

test("12.5 an above-zero threshold reads > 0, not ≥ 0.000001", async ({ page, watch }) => {
  await openFresh(page);
  await page.locator("[data-testid=criteria-tree] [data-indicator-id='B-05']").click();
  const thresholds = page.getByTestId("thresholds");
  await expect(thresholds).toContainText("> 0");
  await expect(thresholds).not.toContainText("0.000001");
});

test("12.1 group subtotals are raw points of the group's applicable maximum when an indicator is 不适用", async ({ page, watch }, info) => {
  await openFresh(page);
  await startNew(page);
  await page.locator("input[name='level-B-01']").nth(0).check(); // 满分 3
  await page.locator("[data-nav-id='P-10']").click();
  await page.getByTestId("editor-card").getByTestId("na-toggle").check();
  await page.locator("#na-reason-P-10").fill("本市无此业态");
  const group = (id: string) => page.getByTestId(`group-score-${id}`).getByTestId("group-points");
  await expect(group("basic")).toHaveText("3 / 35"); // not rescaled by an N/A in another group
  await expect(group("capacity")).toHaveText("0 / 28.5");
  await expect(group("operations")).toHaveText("0 / 35.5");
  // The total alone is rebased: 3 × 100 / 99 = 3.03… → 3.
  await expect(page.getByTestId("total-score")).toHaveText("3");
  // The printed 自评表 says the same above its rows.
  await page.getByTestId("tab-reports").click();
  await expect(page.locator("[data-group='basic'] .subtotal")).toContainText("3 / 35");
  await expect(page.locator("[data-group='operations'] .subtotal")).toContainText("0 / 35.5");
});

test("12.s an undeclared V-01 is said at the top of the verdict and first in the gap list", async ({ page, watch }) => {
  await openFresh(page);
  await startNew(page);
  const verdict = page.getByTestId("verdict-panel");
  await expect(verdict.getByTestId("undeclared-vetoes")).toContainText("V-01 重大食品安全事故");
  // Above the verdict itself.
  const notice = await verdict.getByTestId("undeclared-vetoes").boundingBox();
  const word = await verdict.getByTestId("verdict").boundingBox();
  expect(notice!.y).toBeLessThan(word!.y);
  await page.getByTestId("tab-gaps").click();
  const gaps = page.getByTestId("gaps-view");
  const first = await gaps.getByTestId("undeclared-vetoes").boundingBox();
  const table = await gaps.getByTestId("gap-rows").boundingBox();
  expect(first!.y).toBeLessThan(table!.y);
  await expect(gaps.getByTestId("undeclared-vetoes")).toContainText("V-01");
});

test("12.s the demo city survives a reload, and leaving it is remembered too", async ({ page, watch }) => {
  await openFresh(page);
  await page.getByTestId("open-demo").click();
  await expect(page.getByTestId("demo-sandbox")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("demo-sandbox")).toBeVisible();
  await expect(page.getByTestId("demo-sandbox").getByTestId("total-score")).toBeVisible();
  await page.getByTestId("demo-exit").click();
  await page.reload();
  await expect(page.getByTestId("criteria-tree")).toBeVisible();
  await expect(page.getByTestId("demo-sandbox")).toHaveCount(0);
});

test("12.s a slide shows the key-item floor and the linked veto item", async ({ page, watch }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openFresh(page);
  await page.locator("[data-testid=criteria-tree] [data-indicator-id='B-16']").click();
  await page.getByTestId("open-presentation").click();
  await expect(page.getByTestId("slide-title")).toContainText("B-16");
  await expect(page.getByTestId("slide-marks")).toContainText("关联否决项 V-05");
  await page.keyboard.press("Escape");
  await page.locator("[data-testid=criteria-tree] [data-indicator-id='B-03']").click();
  await page.getByTestId("open-presentation").click();
  await expect(page.getByTestId("slide-marks")).toContainText("关键项：得分率不得低于 60%");
});

test("12.s the evidence list offers the pack's suggested evidence; the English report says Score and Max", async ({ page, watch }) => {
  await openFresh(page);
  await startNew(page);
  await page.locator("[data-nav-id='P-20']").click();
  await page.locator("[data-testid=editor-card] .record > summary").click();
  const offers = page.getByTestId("editor-card").getByTestId("adopt-evidence");
  await expect(offers).toHaveText(["+ 食堂经营许可证", "+ 进货查验、留样和消毒记录"]);
  await offers.first().click();
  await expect(page.locator("#ev-P-20-0-title")).toHaveValue("食堂经营许可证");
  await expect(offers).toHaveText(["+ 进货查验、留样和消毒记录"]);
  await page.getByTestId("lang-switch").click();
  await page.getByTestId("tab-reports").click();
  const groupHeader = page.locator(".report-summary table").first().locator("th");
  await expect(groupHeader).toHaveText(["Major item", "Score", "Max"]);
});
