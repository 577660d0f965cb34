// The assessment workspace, driven only through the UI, checked against an independent
// calculation from the pack file (expected.ts).
import { Page } from "@playwright/test";
import { test, expect, openFresh } from "./fixtures";
import { computeExpected, indicators, pack, Plan, show } from "./expected";

// A few indicators answered below full marks; everything else gets full marks.
const WEAKER = new Set(["B-02", "B-08", "B-18", "C-12", "P-09", "P-18"]);

/** Presses Tab until the focused element matches `selector`. */
async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 120; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`could not reach ${selector} with Tab`);
}

async function answerByKeyboard(page: Page, ind: any, plan: Plan) {
  const id = ind.id;
  switch (plan.kind) {
    case "level":
      await tabTo(page, `input[name='level-${id}']`);
      if (plan.index === 0) await page.keyboard.press("Space");
      for (let k = 0; k < plan.index; k++) await page.keyboard.press("ArrowDown");
      break;
    case "items":
      for (const item of plan.ids) {
        await tabTo(page, `[data-testid=editor-card] input[type=checkbox][value='${item}']`);
        await page.keyboard.press("Space");
      }
      break;
    case "findings":
      await tabTo(page, `#findings-${id}`);
      await page.keyboard.type(String(plan.count));
      break;
    case "inputs":
      for (const [input, v] of Object.entries(plan.values)) {
        await tabTo(page, `#ans-${id}-${input}`);
        await page.keyboard.type(String(v));
      }
      break;
  }
  await expect(page.getByTestId("editor-card")).not.toHaveAttribute("data-status", "not_answered");
  await tabTo(page, "[data-testid=next]");
  await page.keyboard.press("Enter");
}

async function answerByMouse(page: Page, ind: any, plan: Plan) {
  const id = ind.id;
  await page.locator(`[data-nav-id='${id}']`).click();
  const card = page.locator(`[data-testid=editor-card][data-indicator-id='${id}']`);
  switch (plan.kind) {
    case "level":
      await card.locator(`input[name='level-${id}']`).nth(plan.index).check();
      break;
    case "items":
      for (const item of plan.ids) await card.locator(`input[type=checkbox][value='${item}']`).check();
      break;
    case "findings":
      await card.locator(`#findings-${id}`).fill(String(plan.count));
      break;
    case "inputs":
      for (const [input, v] of Object.entries(plan.values)) await card.locator(`#ans-${id}-${input}`).fill(String(v));
      break;
  }
}

async function startAssessment(page: Page) {
  await openFresh(page);
  await page.getByTestId("tab-assess").click();
  await page.getByTestId("start-city").fill("测试市");
  await page.getByTestId("start-name").fill("端到端自评");
  await page.getByTestId("start-button").click();
  await expect(page.getByTestId("editor-card")).toBeVisible();
}

test("a new user completes all 54 indicators and sees the scores an independent calculation gives", async ({ page, watch }) => {
  test.setTimeout(180_000);
  const expected = computeExpected(WEAKER);
  expect(expected.pass, "the planned answers should pass, so a veto can flip them").toBe(true);
  await startAssessment(page);

  for (const veto of pack.vetoes.filter((v: any) => v.test.type === "declaration")) {
    await page.locator(`[data-veto-id='${veto.id}'] input[type=radio]`).nth(1).check(); // 否
  }
  // The first group entirely by keyboard, moving on with the "next" button.
  for (const ind of indicators.filter((i) => i.group === "basic")) {
    await expect(page.getByTestId("editor-card")).toHaveAttribute("data-indicator-id", ind.id);
    await answerByKeyboard(page, ind, expected.plans.get(ind.id)!);
  }
  for (const ind of indicators.filter((i) => i.group !== "basic")) {
    await answerByMouse(page, ind, expected.plans.get(ind.id)!);
  }

  await expect(page.getByTestId("progress")).toHaveText("54 / 54");
  await expect(page.getByTestId("total-score")).toHaveText(show(expected.total));
  for (const g of expected.groups) {
    const max = pack.groups.find((x: any) => x.id === g.id).points;
    await expect(page.getByTestId(`group-score-${g.id}`).getByTestId("group-points")).toHaveText(`${show(g.points)} / ${max}`);
  }
  for (const ind of indicators) {
    await expect(page.locator(`[data-nav-id='${ind.id}'] .leaf-points`)).toHaveText(`${show(expected.points.get(ind.id)!)}/${ind.max_points}`);
  }
  await expect(page.getByTestId("verdict")).toHaveText("通过");

  // The gaps view lists exactly the indicators that lost points, most recoverable first.
  await page.getByTestId("tab-gaps").click();
  const rows = page.locator("[data-testid=gap-rows] tr");
  await expect(rows).toHaveCount(expected.lost.length);
  expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-gap-id")))).toEqual(expected.lost);

  // Declaring a major accident fails the city whatever its points, and says why.
  await page.getByTestId("tab-assess").click();
  await page.locator("[data-veto-id='V-01'] input[type=radio]").nth(0).check(); // 是
  await expect(page.getByTestId("verdict")).toHaveText("未通过");
  await expect(page.getByTestId("verdict-reasons")).toContainText("否决项");
  await expect(page.getByTestId("total-score")).toHaveText(show(expected.total));

  // Switching to English keeps every answer.
  await page.getByTestId("lang-switch").click();
  await expect(page.getByTestId("verdict")).toHaveText("Fail");
  await expect(page.getByTestId("total-score")).toHaveText(show(expected.total));
  await expect(page.getByTestId("progress")).toHaveText("54 / 54");
  await page.locator("[data-nav-id='B-01']").click();
  await expect(page.locator("input[name='level-B-01']").nth(0)).toBeChecked();
});

test("12.3 a bad figure gets a message in the user's language, and the indicator reads 尚无法计算 until it is corrected", async ({ page, watch }) => {
  await startAssessment(page);
  await page.locator("[data-nav-id='C-02']").click();
  const card = page.getByTestId("editor-card");
  await card.locator("#ans-C-02-batches").fill("4800");
  await card.locator("#ans-C-02-population").fill("1200000");
  await expect(card.getByTestId("calc-value")).toContainText("4");
  const points = Number(await card.getByTestId("calc-points").textContent());
  expect(points).toBeGreaterThan(0);
  const total = Number(await page.getByTestId("total-score").textContent());
  await card.locator("#ans-C-02-population").fill("-1200000");
  await expect(card.getByTestId("field-error").nth(1)).toHaveText("不能为负数");
  // The old population is not silently kept: no value, no points, and the total agrees.
  await expect(card.getByTestId("calc-value")).toHaveText("尚无法计算");
  await expect(card.getByTestId("calc-points")).toHaveText("0");
  await expect(page.getByTestId("total-score")).toHaveText(String(Math.round((total - points) * 10) / 10));
  await card.locator("#ans-C-02-population").fill("0");
  await expect(card.getByTestId("field-error").nth(1)).toHaveText("人口必须大于 0");
  await card.locator("#ans-C-02-batches").fill("abc");
  await expect(card.getByTestId("field-error").nth(0)).toHaveText("请输入数字");
  await expect(card.locator("#ans-C-02-batches")).toHaveValue("abc"); // the text stays as typed
  await card.locator("#ans-C-02-batches").fill("4800");
  await card.locator("#ans-C-02-population").fill("1200000");
  await expect(card.getByTestId("calc-points")).toHaveText(String(points));
  await expect(page.getByTestId("total-score")).toHaveText(String(total));
  await page.locator("[data-nav-id='B-16']").click();
  await page.locator("#ans-B-16-awareness").fill("120");
  await expect(page.getByTestId("editor-card").getByTestId("field-error").first()).toHaveText("百分比不能超过 100");
  await page.getByTestId("lang-switch").click();
  await expect(page.getByTestId("editor-card").getByTestId("field-error").first()).toHaveText("A percentage cannot exceed 100");
});

test("12.2 gap filters filter every row, the open indicator too, and survive a language switch", async ({ page, watch }) => {
  await startAssessment(page);
  await page.locator("[data-nav-id='B-02']").click();
  await page.locator("input[name='level-B-02']").nth(2).check(); // lost points, no veto risk
  await page.locator("[data-nav-id='P-20']").click(); // open in the editor, unanswered
  await page.getByTestId("tab-gaps").click();
  const rows = page.locator("[data-testid=gap-rows] tr");
  const ids = () => rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-gap-id")));
  await expect(rows.first()).toBeVisible(); // the gaps view is fetched on first use
  const all = await rows.count();
  await page.getByRole("radio", { name: "否决项风险" }).check();
  const veto = await ids();
  expect(veto.length).toBeLessThan(all);
  expect(veto).not.toContain("B-02");
  expect(veto).not.toContain("P-20"); // the indicator open in the editor is filtered like any other
  expect(veto).toContain("C-02"); // a veto-linked indicator not yet answered
  await page.getByRole("radio", { name: "全部" }).check();
  await page.getByTestId("filter-method").selectOption("survey");
  const survey = await ids();
  expect(survey).toContain("B-17");
  expect(survey).not.toContain("C-02");
  expect(survey).not.toContain("P-20");
  await page.getByTestId("filter-department").selectOption({ label: "海关" });
  await expect(page.getByTestId("no-gaps")).toHaveText("没有符合条件的差距项。");
  await expect(rows).toHaveCount(0);
  // The department filter is kept across a language switch and still filters.
  await page.getByTestId("filter-method").selectOption("");
  const customs = await ids();
  expect(customs.length).toBeGreaterThan(0);
  await page.getByTestId("lang-switch").click();
  await expect(page.getByTestId("filter-department").locator("option:checked")).not.toHaveText("All");
  expect(await ids()).toEqual(customs);
});
