// Issue 17, 领导访谈 rehearsed: interviewees listed with their roles (bad input refused with a
// message), a card of questions for each role citing the evidence item numbers, readiness
// marks after a rehearsal, the level they suggest beside B-02 (taken only on a click), and a
// one-page brief printed per person.
import { test, expect, openFresh, startNew, printToPdf, pdfPages, seriousViolations, importAndOpen } from "./fixtures";

test("issue 17: interviewees get cards for their role; rehearsal marks suggest a level beside B-02, taken only on a click; the brief prints", async ({ page, watch }, info) => {
  test.setTimeout(120_000);
  await openFresh(page);
  await startNew(page, "访谈市");
  await page.getByTestId("tab-reports").click();
  await page.getByTestId("report-interviews").check();
  const drill = page.getByTestId("interview-drill");
  await expect(drill.getByTestId("bank-provenance")).toContainText("不是官方访谈提纲");
  await expect(drill.getByTestId("nobody")).toBeVisible();
  await expect(drill.getByTestId("no-suggestion")).toBeVisible();

  // Bad input: no name, then no role; nothing is listed.
  await drill.getByTestId("add-person").click();
  await expect(drill.getByTestId("drill-error")).toHaveText("请填写受访者姓名");
  await drill.getByTestId("person-name").fill("张三");
  await drill.getByTestId("add-person").click();
  await expect(drill.getByTestId("drill-error")).toHaveText("请选择受访者职务类别（决定访谈问题）");
  await expect(drill.getByTestId("nobody")).toBeVisible();

  await drill.getByTestId("person-role").selectOption({ label: "党委主要负责人" });
  await drill.getByTestId("person-post").fill("市委书记");
  await drill.getByTestId("add-person").click();
  await expect(drill.getByTestId("drill-error")).toHaveText("");
  await drill.getByTestId("person-name").fill("张三");
  await drill.getByTestId("person-role").selectOption({ label: "党委主要负责人" });
  await drill.getByTestId("add-person").click();
  await expect(drill.getByTestId("drill-error")).toHaveText("张三 已以同一职务列入名单");
  await drill.getByTestId("person-name").fill("李四");
  await drill.getByTestId("person-role").selectOption({ label: "乡镇（街道）党政负责人/包保干部" });
  await expect(drill.getByTestId("person-tier")).toHaveValue("township");
  await drill.getByTestId("add-person").click();
  await expect(drill.getByTestId("people").locator("tbody tr")).toHaveCount(2);

  // 李四's card was opened on adding: the township questions, 包保 among them.
  const card = drill.getByTestId("interview-card");
  await expect(card.getByTestId("card-heading")).toHaveText("访谈卡：李四 · 乡镇（街道）党政负责人/包保干部 · 乡级");
  await expect(card.locator("[data-question='Q-70']")).toContainText("您包保了哪些主体");
  await expect(card.locator("[data-question='Q-10']")).toHaveCount(0);

  // 张三's card: 常委会 questions; marks after the rehearsal.
  await drill.locator("[data-person='1'] [data-testid=open-card]").click();
  await expect(card.locator("[data-question='Q-10']")).toContainText("常委会");
  await expect(card.locator("[data-question='Q-10'] [data-testid=question-lacking]")).toHaveText("尚无佐证：会议纪要");
  for (const q of ["Q-01", "Q-02", "Q-03"]) {
    await card.locator(`[data-question='${q}'] [data-testid=readiness]`).selectOption("ready");
  }
  await expect(drill.locator("[data-person='1'] [data-testid=person-rehearsed]")).toHaveText("3 / 9");
  const b02 = drill.locator("[data-testid=suggestion][data-indicator='B-02']");
  await expect(b02).toHaveAttribute("data-level", "met");
  await expect(b02).toContainText("当前作答：未作答");
  // 李四 does not know the situation: one of two rehearsed is not most, so 基本符合.
  await drill.locator("[data-person='2'] [data-testid=open-card]").click();
  await card.locator("[data-question='Q-01'] [data-testid=readiness]").selectOption("not_ready");
  await card.locator("[data-question='Q-02'] [data-testid=readiness]").selectOption("vague");
  await expect(b02).toHaveAttribute("data-level", "partly");
  await expect(b02).toContainText("据访谈演练建议：基本符合（2 人参加演练：熟悉 1 人，回答笼统 0 人，不熟悉 1 人");
  await card.getByTestId("person-notes").fill("包保台账带上，督导次数要说准");
  await card.getByTestId("person-notes").blur();
  expect(await seriousViolations(page), "interview drill").toEqual([]);

  // The brief: the card alone, marks and notes as text, no forms.
  const pdf = info.outputPath("brief.pdf");
  await printToPdf(page, pdf);
  const pages = pdfPages(pdf);
  expect(pages).toHaveLength(1);
  const flat = pages.join("").replace(/\s/g, "");
  expect(flat).toContain("访谈卡：李四");
  expect(flat).toContain("访谈市·");
  expect(flat).toContain("题库为推断，不是官方访谈提纲");
  expect(flat).toContain("您包保了哪些主体");
  expect(flat).toContain("演练情况：不熟悉");
  expect(flat).toContain("包保台账带上，督导次数要说准");
  expect(flat).not.toContain("添加受访者");
  // The longest card (分管负责人, 11 questions) with notes is one page too.
  await drill.getByTestId("person-name").fill("王五");
  await drill.getByTestId("person-role").selectOption({ label: "分管负责人" });
  await drill.getByTestId("add-person").click();
  await expect(card.locator(".interview-question")).toHaveCount(11);
  await card.getByTestId("person-notes").fill("带上全年会议纪要清单，说清楚包保督导次数和发现问题的整改。".repeat(3));
  await card.getByTestId("person-notes").blur();
  const longest = info.outputPath("brief-deputy.pdf");
  await printToPdf(page, longest);
  expect(pdfPages(longest)).toHaveLength(1);
  await drill.locator("[data-person='2'] [data-testid=open-card]").click();

  // Beside B-02's answer: the suggestion, applied only on a click.
  await page.getByTestId("tab-assess").click();
  await page.locator("[data-nav-id='B-02']").click();
  const hint = page.getByTestId("interview-hint");
  await expect(hint).toHaveAttribute("data-level", "partly");
  await expect(page.getByTestId("editor-status")).toHaveText("未作答");
  await hint.getByTestId("apply-suggestion").click();
  await expect(page.locator("input[name='level-B-02'][value='partly']")).toBeChecked();
  // An indicator not scored by interview shows none.
  await page.locator("[data-nav-id='B-03']").click();
  await expect(page.getByTestId("interview-hint")).toHaveCount(0);

  // Everything is kept across a reload.
  await page.reload();
  await page.getByTestId("tab-reports").click();
  await page.getByTestId("report-interviews").check();
  await expect(page.getByTestId("people").locator("tbody tr")).toHaveCount(3);
  await page.locator("[data-person='2'] [data-testid=open-card]").click();
  await expect(page.locator("[data-question='Q-01']")).toHaveAttribute("data-readiness", "not_ready");
  await expect(page.getByTestId("person-notes")).toHaveValue("包保台账带上，督导次数要说准");
});

test("issue 17: a backup with interviewees imports whole; a card cites the package's item numbers; the brief prints the card alone", async ({ page, watch }, info) => {
  await openFresh(page);
  await importAndOpen(page, "v5-assessment.json");
  await page.getByTestId("tab-reports").click();
  await page.getByTestId("report-interviews").check();
  await page.locator("[data-person='1'] [data-testid=open-card]").click();
  const card = page.getByTestId("interview-card");
  // 向党委全会报告 wants an official document: B-01-01 is one (ready).
  await expect(card.locator("[data-question='Q-11'] [data-testid=question-evidence]")).toHaveText("佐证材料：B-01-01 市食安委文件（2024）3 号（已备齐）");
  await expect(card.locator("[data-question='Q-10'] [data-testid=readiness]")).toHaveValue("vague");
  await expect(card.getByTestId("person-notes")).toHaveValue("常委会日期要记准");
  // This assessment has archived answers (it was saved on version 1): their list is on the
  // screen, not on the brief.
  await expect(page.getByTestId("archive")).toBeVisible();
  const pdf = info.outputPath("brief.pdf");
  await printToPdf(page, pdf);
  const flat = pdfPages(pdf).join("").replace(/\s/g, "");
  expect(flat).toContain("访谈卡：张三");
  expect(flat).not.toContain("归档的作答");
});
