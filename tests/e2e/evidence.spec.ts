// Issue 17, the evidence package (资料审查): an indicator's 材料提交表 with its 自评结论, the
// self-score from the answer, and numbered items that keep their numbers until the city asks
// for renumbering; a date that does not exist is refused at its field and nothing is stored.
import { readFileSync } from "node:fs";
import { test, expect, openFresh, startNew } from "./fixtures";

test("issue 17: a 材料提交表 is built item by item; numbers stay with their items; a bad date changes nothing", async ({ page, watch }) => {
  await openFresh(page);
  await startNew(page, "资料市");
  await page.locator("input[name='level-B-01']").nth(0).check();
  const card = page.getByTestId("editor-card");
  await card.locator(".record > summary").click();
  const form = card.getByTestId("submission");
  await expect(form.getByTestId("submission-score")).toContainText("3 / 3");
  await expect(form).toContainText("审查看点：计划、制度机制、活动记录、保障投入、成效");
  await form.locator("#conclusion-B-01").fill("责任清单已印发，年内研究部署 4 次，符合。");

  // The pack's suggestion adopted, then an item of the city's own.
  await form.getByTestId("adopt-evidence").first().click();
  await form.getByTestId("add-evidence").click();
  const rows = form.getByTestId("evidence-row");
  await expect(rows.getByTestId("evidence-number")).toHaveText(["B-01-01", "B-01-02"]);
  const second = rows.nth(1);
  await second.locator("[data-field=kind]").selectOption({ label: "会议纪要" });
  await second.locator("[data-field=title]").fill("市委常委会会议纪要（2025）5 号");
  await second.locator("[data-field=date]").fill("2025-02-30");
  await expect(second.getByTestId("evidence-date-error")).toHaveText("日期“2025-02-30”不存在");
  const stored = () => page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith("fscity.a."))!;
    return JSON.parse(localStorage.getItem(key)!).assessment.entries["B-01"]?.evidence?.[1];
  });
  await expect.poll(async () => (await stored())?.title, { timeout: 10_000 }).toBe("市委常委会会议纪要（2025）5 号");
  expect((await stored()).date ?? "", "a day that does not exist is not stored").toBe("");
  await second.locator("[data-field=date]").fill("2025-02-28");
  await expect(second.getByTestId("evidence-date-error")).toHaveText("");
  await second.locator("[data-field=department]").fill("市委办公室");
  await second.locator("[data-field=location]").fill("档案盒 B-1");
  await second.locator("[data-field=proves]").fill("党政主要负责人研究部署食品安全");
  await second.locator("[data-field=state]").selectOption({ label: "已备齐" });

  // Removing the first item leaves B-01-02 as it is; a new item does not take a used number.
  await rows.nth(0).getByTestId("remove-evidence").click();
  await expect(rows.getByTestId("evidence-number")).toHaveText(["B-01-02"]);
  await form.getByTestId("add-evidence").click();
  await expect(rows.getByTestId("evidence-number")).toHaveText(["B-01-02", "B-01-03"]);
  // Renumbering is asked for, and asks first.
  page.once("dialog", (d) => d.accept());
  await form.getByTestId("renumber-evidence").click();
  await expect(rows.getByTestId("evidence-number")).toHaveText(["B-01-01", "B-01-02"]);
  await expect(form.getByTestId("renumber-evidence")).toHaveCount(0);

  // Everything is kept.
  await page.reload();
  await page.getByTestId("editor-card").locator(".record > summary").click().catch(() => {});
  const again = page.getByTestId("editor-card").getByTestId("submission");
  await expect(again.locator("#conclusion-B-01")).toHaveValue("责任清单已印发，年内研究部署 4 次，符合。");
  const first = again.getByTestId("evidence-row").first();
  await expect(first.getByTestId("evidence-number")).toHaveText("B-01-01");
  await expect(first.locator("[data-field=kind]")).toHaveValue("minutes");
  await expect(first.locator("[data-field=date]")).toHaveValue("2025-02-28");
  await expect(first.locator("[data-field=state]")).toHaveValue("ready");
  await expect(first.locator("[data-field=proves]")).toHaveValue("党政主要负责人研究部署食品安全");
});

test("issue 17: a backup from before the evidence package imports with its evidence numbered and ready marks kept", async ({ page, watch }) => {
  await openFresh(page);
  await page.getByTestId("tab-library").click();
  const v3 = readFileSync("core/tests/fixtures/saved/v3-assessment.json");
  await page.getByTestId("import-file").setInputFiles({ name: "v3.json", mimeType: "application/json", buffer: v3 });
  await expect(page.getByTestId("import-result")).toContainText("已转换为当前格式（版本 4）");
  await page.getByTestId("open").first().click();
  await page.getByTestId("tab-assess").click();
  await page.locator("[data-nav-id='B-01']").click();
  const form = page.getByTestId("editor-card").getByTestId("submission");
  const rows = form.getByTestId("evidence-row");
  await expect(rows.getByTestId("evidence-number")).toHaveText(["B-01-01", "B-01-02"]);
  await expect(rows.nth(0).locator("[data-field=state]")).toHaveValue("ready");
  await expect(rows.nth(1).locator("[data-field=state]")).toHaveValue("missing");
  await expect(rows.nth(1).locator("[data-field=location]")).toHaveValue("办公室档案柜 A-3");
});
