import { readFileSync } from "node:fs";
import type { Browser, Page } from "@playwright/test";
import { expect, openFresh, seriousViolations, startNew, test } from "./fixtures";

/** The file a click on `locator` downloads, as text. */
async function downloaded(page: Page, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  return readFileSync(await file.path(), "utf8");
}

async function openTeam(page: Page) {
  await page.getByTestId("tab-reports").click();
  await page.getByTestId("report-team").check();
  await expect(page.getByTestId("team-view")).toBeVisible();
}

async function pick(page: Page, testid: string, name: string, text: string) {
  await page.getByTestId(testid).setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
}

/** A group in a browser of its own: opens its task, scores, and exports its result. */
async function groupScores(browser: Browser, task: string, score: (page: Page) => Promise<void>): Promise<string> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (err) => errors.push(String(err)));
  page.on("console", (msg) => { if (msg.type() === "error") errors.push(msg.text()); });
  await openFresh(page);
  await startNew(page, "某某市", "评价组");
  await openTeam(page);
  await pick(page, "team-task-file", "task.json", task);
  await expect(page.getByTestId("team-group-side")).toBeVisible();
  await page.getByTestId("tab-assess").click();
  await score(page);
  await openTeam(page);
  const result = await downloaded(page, () => page.getByTestId("team-export").click());
  await expect(page.getByTestId("team-exported")).toBeVisible();
  expect(errors, "the group's console").toEqual([]);
  await context.close();
  return result;
}

test("issue 20: a lead and three groups in their own browsers — task files out, sealed results in, one conflict chosen, the merged verdict", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await openFresh(page);
  await startNew(page, "某某市", "2026年省级初评");
  await openTeam(page);
  await page.getByTestId("team-review-name").fill("2026年省级初评");
  await page.getByTestId("team-create").click();
  await expect(page.getByTestId("team-review-title")).toContainText("某某市 2026年省级初评");
  const groups: [string, number, string, string[]][] = [
    ["资料审查组", 0, "张三、李四", ["B-01", "B-02", "P-14"]],
    ["明查一组", 1, "王五，李四", ["P-14"]],
    ["访谈组", 4, "赵六", ["B-02"]],
  ];
  for (const [at, [name, kind, members, indicators]] of groups.entries()) {
    await page.getByTestId("team-new-group").fill(name);
    await page.getByTestId("team-new-kind").selectOption(String(kind));
    await page.getByTestId("team-add-group").click();
    const row = page.getByTestId("team-group").nth(at);
    await expect(row.getByTestId("team-group-name")).toHaveValue(name);
    await row.getByTestId("team-group-members").fill(members);
    await row.getByTestId("team-group-members").blur();
    await row.getByTestId("team-assign-open").click();
    for (const id of indicators) await row.locator(`[data-testid=team-assign][data-indicator='${id}']`).check();
    await expect(row.getByTestId("team-assign-open")).toContainText(String(indicators.length));
  }
  await expect(page.getByTestId("team-facts")).toContainText("专家 4 名，分 3 个组，已交回 0 组");
  // P-14 is scored by documents and site: their findings add up.
  await page.locator("[data-testid=team-rule][data-indicator='P-14']").selectOption("sum");
  await expect(page.locator("[data-testid=team-rule][data-indicator='B-02']")).toHaveValue("");
  const tasks: string[] = [];
  for (const at of groups.keys()) {
    const row = page.getByTestId("team-group").nth(at);
    tasks.push(await downloaded(page, () => row.getByTestId("team-task").click()));
  }
  expect(JSON.parse(tasks[0]).group.indicators).toEqual(["B-01", "B-02", "P-14"]);
  expect(await seriousViolations(page)).toEqual([]);

  // Each group scores in its own browser: all criteria are there, only its own can be answered.
  const docs = await groupScores(browser, tasks[0], async (g) => {
    await g.locator("[data-nav-id='B-04']").click();
    await expect(g.getByTestId("not-in-task")).toBeVisible();
    await expect(g.locator("input[name='level-B-04']").first()).toBeDisabled();
    for (const id of ["B-01", "B-02"]) {
      await g.locator(`[data-nav-id='${id}']`).click();
      await expect(g.getByTestId("not-in-task")).toHaveCount(0);
      await g.locator(`input[name='level-${id}']`).nth(0).check();
    }
    await g.locator("[data-nav-id='P-14']").click();
    await g.locator("#findings-P-14").fill("2");
  });
  expect(Object.keys(JSON.parse(docs).entries)).toEqual(["B-01", "B-02", "P-14"]);
  const site = await groupScores(browser, tasks[1], async (g) => {
    await g.locator("[data-nav-id='P-14']").click();
    await g.locator("#findings-P-14").fill("3");
  });
  const talks = await groupScores(browser, tasks[2], async (g) => {
    await g.locator("[data-nav-id='B-02']").click();
    await g.locator("input[name='level-B-02']").nth(2).check();
  });

  // Refused: a result edited after export, a task where a result is asked. Nothing changes.
  await pick(page, "team-result-file", "site.json", site.replace('"count": 3', '"count": 1'));
  await expect(page.getByTestId("team-refused")).toContainText("校验码不符");
  await pick(page, "team-result-file", "task.json", tasks[1]);
  await expect(page.getByTestId("team-refused")).toContainText("这是任务文件，不是结果文件");
  await expect(page.getByTestId("team-history")).toHaveCount(0);

  // In any order: site first, then the documents, then the interview.
  for (const [file, first] of [[site, "P-14"], [docs, "B-01"], [talks, "B-02"]]) {
    await pick(page, "team-result-file", "result.json", file);
    await expect(page.getByTestId("team-preview")).toContainText("首次收到该组结果");
    await expect(page.getByTestId("team-changes")).toContainText(first);
    await page.getByTestId("team-accept").click();
    await expect(page.getByTestId("team-preview")).toHaveCount(0);
  }
  await expect(page.getByTestId("team-waiting")).toContainText("各组结果均已交回");
  await expect(page.getByTestId("team-history-row")).toHaveCount(3);
  const p14 = page.locator("[data-testid=team-merged-row][data-indicator='P-14']");
  await expect(p14.getByTestId("team-source")).toContainText("扣分相加（资料审查组、明查一组）");
  await expect(p14).toContainText("5");
  // The same file again changes nothing.
  await pick(page, "team-result-file", "again.json", site);
  await expect(page.getByTestId("team-preview")).toContainText("已经导入过");
  await expect(page.getByTestId("team-accept")).toBeDisabled();
  await page.getByTestId("team-discard").click();

  // B-02: documents say met, the interview group not met — both side by side until the lead chooses.
  const conflict = page.locator("[data-testid=team-conflict][data-indicator='B-02']");
  await expect(conflict.getByTestId("team-choose")).toHaveCount(2);
  await expect(page.locator("[data-testid=team-merged-row][data-indicator='B-02'] [data-testid=team-source]")).toContainText("待组长选定");
  const total = async () => {
    await page.getByTestId("tab-assess").click();
    const text = await page.getByTestId("total-score").textContent();
    await openTeam(page);
    return text;
  };
  const before = await total();
  await conflict.locator("[data-testid=team-choose][data-group='0']").check();
  await conflict.getByTestId("team-choose-save").click();
  await expect(conflict.getByRole("alert")).toContainText("请写明选定的理由");
  await conflict.getByTestId("team-reason").fill("会议纪要和签收记录齐全，访谈组漏看");
  await conflict.getByTestId("team-choose-save").click();
  await expect(conflict.getByTestId("team-chosen")).toContainText("会议纪要和签收记录齐全，访谈组漏看");
  await expect(page.locator("[data-testid=team-merged-row][data-indicator='B-02'] [data-testid=team-source]")).toContainText("组长选定（资料审查组）");
  expect(await total()).not.toEqual(before);
  await expect(page.getByTestId("team-facts")).toContainText("已交回 3 组，已评分指标 3 项");

  // The merged assessment is an ordinary one: B-02 reads met in the editor, and it survives a reload.
  await page.reload();
  await page.getByTestId("tab-assess").click();
  await page.locator("[data-nav-id='B-02']").click();
  await expect(page.locator("input[name='level-B-02']").nth(0)).toBeChecked();
  await openTeam(page);
  await expect(page.getByTestId("team-history-row")).toHaveCount(3);
  // A file received can be downloaded again, exactly as it came.
  const again = await downloaded(page, () => page.getByTestId("team-history-download").first().click());
  expect(JSON.parse(again)).toEqual(JSON.parse(site));
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.screenshot({ path: "test-results/team-lead.png", fullPage: true });
});

test("issue 20: a group opens only a good task file — not-JSON, an edited task and a result are refused with the reason; on a phone its task reads plainly", async ({ page, browser }) => {
  await openFresh(page);
  await startNew(page, "某某市", "组长");
  await openTeam(page);
  await page.getByTestId("team-create").click();
  await page.getByTestId("team-new-group").fill("暗访二组");
  await page.getByTestId("team-new-kind").selectOption("2");
  await page.getByTestId("team-add-group").click();
  const row = page.getByTestId("team-group").first();
  await expect(row.getByTestId("team-task")).toBeDisabled();
  await row.getByTestId("team-assign-open").click();
  await row.locator("[data-testid=team-assign][data-indicator='P-15']").check();
  const task = await downloaded(page, () => row.getByTestId("team-task").click());
  // On a phone the lead's groups stack: nothing wider than the screen, each field labelled.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expect(row.getByText("成员（用顿号或逗号分隔）")).toBeVisible();
  await page.screenshot({ path: "test-results/team-lead-390.png", fullPage: true });
  await page.setViewportSize({ width: 1366, height: 768 });

  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, viewport: { width: 390, height: 844 } });
  const group = await context.newPage();
  await openFresh(group);
  await startNew(group, "某某市", "暗访二组");
  await openTeam(group);
  await pick(group, "team-task-file", "notes.json", "这不是任务文件");
  await expect(group.getByTestId("team-refused")).toContainText("不是 fscity 导出的评价组文件");
  await pick(group, "team-task-file", "task.json", task.replace("暗访二组", "明查二组"));
  await expect(group.getByTestId("team-refused")).toContainText("校验码不符");
  await expect(group.getByTestId("team-group-side")).toHaveCount(0);
  await pick(group, "team-task-file", "task.json", task);
  await expect(group.getByTestId("team-group-title")).toContainText("暗访二组 · 暗访组");
  await expect(group.getByTestId("team-task-indicator")).toHaveText(["P-15 小餐饮与食品摊贩"]);
  expect(await seriousViolations(group)).toEqual([]);
  await group.screenshot({ path: "test-results/team-group-390.png", fullPage: true });
  // The lead's record cannot also be a group's.
  await pick(page, "team-result-file", "task.json", task);
  await expect(page.getByTestId("team-refused")).toContainText("这是任务文件");
  await context.close();
});
