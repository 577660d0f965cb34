// A new visitor browses the default criteria pack.
import { test, expect, openFresh } from "./fixtures";

test("a new visitor sees the notice and can open an indicator from each group", async ({ page, watch }) => {
  await openFresh(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  const notice = page.getByTestId("provenance-notice");
  await expect(notice).toContainText("非官方");
  await notice.locator("summary").click();
  await expect(notice.getByTestId("pack-provenance")).toContainText("不是国务院食品安全办印发");
  await expect(notice).toContainText("分值仅为示意");

  await expect(page.locator("[data-testid=criteria-tree] [data-indicator-id]")).toHaveCount(54 + 3); // and 示范引领's three
  for (const [group, id] of [["基础工作", "B-01"], ["能力建设", "C-02"], ["生产经营状况", "P-17"]]) {
    await page.locator(`[data-indicator-id='${id}']`).click();
    const detail = page.getByTestId("indicator-detail");
    await expect(detail).toHaveAttribute("data-indicator-id", id);
    await expect(detail).toContainText(group);
    await expect(detail.getByTestId("max-points")).toContainText("分");
    await expect(detail.getByTestId("methods")).not.toBeEmpty();
    await expect(detail.getByTestId("evidence").locator("li").first()).toBeVisible();
    await expect(detail.getByTestId("departments").locator("li").first()).toBeVisible();
    const provenance = detail.getByTestId("provenance");
    await expect(provenance).toContainText("出处与可信度");
    await expect(provenance.getByTestId("confidence")).toHaveText(/有出处原文|据出处转述|推断/);
  }
});

test("veto items and pass rules are browsable", async ({ page, watch }) => {
  await openFresh(page);
  await page.getByTestId("veto-link").first().click();
  await expect(page.getByTestId("veto-detail")).toContainText("否决项");
  await page.getByTestId("pass-rules-link").click();
  await expect(page.getByTestId("pass-rules")).toContainText("90");
});

test("the language switch shows English and is remembered after a reload", async ({ page, watch }) => {
  await openFresh(page);
  await page.locator("[data-indicator-id='B-17']").click();
  await page.getByTestId("lang-switch").click();
  await expect(page.locator("h1")).toContainText("Food Safety Demonstration City");
  await expect(page.getByTestId("indicator-detail")).toContainText("Requirement");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.reload();
  await expect(page.locator("h1")).toContainText("Food Safety Demonstration City");
  await expect(page.getByTestId("provenance-notice")).toContainText("unofficial");
  await expect(page.getByTestId("pack-provenance")).toHaveText(/NOT the official text/);
});

test("the tree is usable with the keyboard alone", async ({ page, watch }) => {
  await openFresh(page);
  const first = page.locator("[data-indicator-id='B-01']");
  await first.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("indicator-detail")).toHaveAttribute("data-indicator-id", "B-01");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("indicator-detail")).toHaveAttribute("data-indicator-id", "B-02");
});
