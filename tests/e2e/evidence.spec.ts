// Issue 17, the evidence package (资料审查): an indicator's 材料提交表 with its 自评结论, the
// self-score from the answer, and numbered items that keep their numbers until the city asks
// for renumbering; a date that does not exist is refused at its field and nothing is stored.
import { readFileSync } from "node:fs";
import { test, expect, openFresh, startNew, printToPdf, pdfPages, downloadText, seriousViolations, importAndOpen } from "./fixtures";

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
  // A page count is read like a figure; one that is not is refused at its field.
  await second.locator("[data-field=pages]").fill("2.5");
  await expect(second.getByTestId("evidence-pages-error")).not.toHaveText("");
  await second.locator("[data-field=pages]").fill("１２页");
  await expect(second.getByTestId("evidence-pages-error")).toHaveText("");
  await expect.poll(async () => (await stored())?.pages, { timeout: 10_000 }).toBe(12);
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
  await expect(page.getByTestId("import-result")).toContainText("已转换为当前格式（版本 9）");
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

test("issue 17: the 资料目录 lists every item by major item with counts, prints, and exports; each department sees what it must still supply", async ({ page, watch }, info) => {
  await openFresh(page);
  await importAndOpen(page, "v4-assessment.json");
  await page.getByTestId("tab-reports").click();
  await page.getByTestId("report-package").check();
  const index = page.getByTestId("evidence-package");
  // On screen, an indicator at a time; the print copy lists every item.
  await index.locator("[data-group='basic'] [data-part='B-01'] [data-testid=open-part]").click();
  await expect(index.locator("[data-group='basic'] [data-testid=part-items] tbody tr td:first-child")).toHaveText(["B-01-01", "B-01-02"]);
  await expect(index.locator("[data-print-group='basic'] [data-testid=package-index] tbody tr td:first-child")).toHaveText(["B-01-01", "B-01-02"]);
  await expect(index.locator("[data-group='basic'] [data-testid=package-counts]")).toHaveText("已备齐 1 份 · 待补充 1 份 · 无法提供 0 份");
  await expect(index.locator("[data-print-group='basic'] [data-testid=package-index]")).toContainText("正式发文");
  await expect(page.getByTestId("package-total")).toHaveText("已备齐 1 份 · 待补充 1 份 · 无法提供 0 份");
  expect(await seriousViolations(page), "资料目录").toEqual([]);

  const pdf = info.outputPath("index.pdf");
  await printToPdf(page, pdf);
  const pages = pdfPages(pdf);
  // pdftotext drops the spaces between Chinese words and breaks lines in cells: compare without.
  const flat = pages.join("").replace(/\s/g, "");
  expect(flat).toContain("资料目录·基础工作已备齐1份·待补充1份·无法提供0份");
  expect(pages.join("\n")).toContain("B-01-01", "an item number is never broken across lines");
  expect(flat).toContain("市食安委文件（2024）3号");
  expect(flat).not.toContain("导出资料目录");

  // Per department: B-01-02 names none, so the pack's first for B-01 supplies it.
  await page.getByTestId("package-due-choice").check();
  await page.getByTestId("due-department").selectOption("市委办公室");
  expect(await seriousViolations(page), "per-department list").toEqual([]);
  const office = index.locator("[data-department='市委办公室']");
  await expect(office.getByTestId("due-counts")).toHaveText("已备齐 0 份 · 待补充 1 份 · 无法提供 0 份");
  await expect(office.locator("tbody tr td:first-child")).toHaveText(["B-01-02"]);
  await expect(index.locator("[data-print-department='市委办公室'] tbody tr td:first-child")).toHaveText(["B-01-02"]);

  // Box labels: one per place the items name, listing what is inside.
  await page.getByTestId("package-labels-choice").check();
  const labels = index.getByTestId("box-label");
  await expect(labels).toHaveCount(2);
  expect(await seriousViolations(page), "box labels").toEqual([]);
  await expect(labels.nth(1)).toHaveAttribute("data-location", "办公室档案柜 A-3");
  await expect(labels.nth(1).getByTestId("box-range")).toHaveText("编号 B-01-02 – B-01-02 · 1 份材料");
  await expect(labels.nth(1)).toContainText("责任清单签收记录");
  const labelPdf = info.outputPath("labels.pdf");
  await printToPdf(page, labelPdf);
  const labelText = pdfPages(labelPdf).join("").replace(/\s/g, "");
  expect(labelText).toContain("办公室档案柜A-3");
  expect(labelText).toContain("B-01-02责任清单签收记录");

  const csv = await downloadText(page, "export-package");
  const lines = csv.replace(/^\uFEFF/, "").trim().split(/\r?\n/);
  expect(lines[0].split(",").slice(0, 3)).toEqual(["大项", "编号", "评价指标"]);
  expect(lines).toHaveLength(3);
  expect(lines[2]).toContain("B-01-02");
});

test("issue 17: a review round raises a problem that appears in the 整改清单, is corrected, and is closed in round two", async ({ page, watch }) => {
  await openFresh(page);
  await startNew(page, "审查市");
  await page.getByTestId("tab-reports").click();
  await page.getByTestId("report-package").check();
  await page.getByTestId("package-rounds-choice").check();
  const rounds = page.getByTestId("review-rounds");
  await expect(rounds.getByTestId("review-none")).toBeVisible();
  await expect(rounds.getByTestId("review-start")).toBeDisabled();
  await rounds.getByTestId("review-name").fill("省级第一轮资料审核");
  await rounds.getByTestId("review-date").fill("2026-05");
  await rounds.getByTestId("review-reviewer").fill("省食安办");
  await rounds.getByTestId("review-start").click();
  await expect(rounds.getByTestId("review-counts")).toHaveText("第 1 轮发现问题 0 项，已整改 0 项，已销号 0 项");

  await rounds.getByTestId("review-raise").click();
  await expect(rounds.getByTestId("review-error")).toHaveText("请写明问题是什么");
  await rounds.getByTestId("review-indicator").selectOption("B-01");
  await rounds.getByTestId("review-text").fill("缺少 2025 年常委会纪要");
  await rounds.getByTestId("review-department").fill("市委办公室");
  await rounds.getByTestId("review-due").fill("2026-06-15");
  await rounds.getByTestId("review-raise").click();
  await expect(rounds.getByTestId("review-error")).toHaveText("");
  const problem = rounds.getByTestId("review-problems").locator("[data-problem='1']");
  await expect(problem.getByTestId("problem-state")).toHaveText("待整改");
  await expect(rounds.getByTestId("review-counts")).toHaveText("第 1 轮发现问题 1 项，已整改 0 项，已销号 0 项");

  // The problem is a line of the 整改清单, under its department.
  await page.getByTestId("report-actions").check();
  await expect(page.locator("[data-department='市委办公室']")).toContainText("审查问题 1：缺少 2025 年常委会纪要");

  // Corrected in round one; closed in round two.
  await page.getByTestId("report-package").check();
  await page.getByTestId("package-rounds-choice").check();
  await problem.getByTestId("fix-note").fill("已补充纪要（2025）5 号");
  await problem.getByTestId("mark-corrected").click();
  await expect(problem.getByTestId("problem-state")).toHaveText("已整改待复核");
  await expect(problem.getByTestId("close-problem")).toHaveCount(0);
  await rounds.getByTestId("review-name").fill("省级第二轮资料审核");
  await rounds.getByTestId("review-start").click();
  const recheck = rounds.getByTestId("review-recheck").locator("[data-problem='1']");
  await recheck.getByTestId("close-problem").click();
  await expect(rounds.getByTestId("review-recheck").locator("tbody tr")).toHaveCount(0);
  await rounds.getByTestId("review-round").selectOption("1");
  await expect(rounds.getByTestId("review-counts")).toHaveText("第 1 轮发现问题 1 项，已整改 1 项，已销号 1 项");
  await expect(problem.getByTestId("problem-state")).toHaveText("已销号");

  // Kept across a reload, and the 整改清单 says it is done.
  await page.reload();
  await page.getByTestId("tab-reports").click();
  await page.getByTestId("report-actions").check();
  await expect(page.locator("[data-department='市委办公室'] tr.done")).toContainText("审查问题 1");
});

test("issue 17: a reviewer marks each item of an indicator 符合 / 部分符合 / 不符合 with a remark, and the round counts them", async ({ page, watch }) => {
  await openFresh(page);
  await importAndOpen(page, "v5-assessment.json");
  await page.getByTestId("tab-reports").click();
  await page.getByTestId("report-package").check();
  await page.getByTestId("package-rounds-choice").check();
  const marks = page.getByTestId("item-marks");
  // The saved round's mark is shown as it was made.
  await expect(marks.getByTestId("mark-counts")).toHaveText("本轮已审查材料 1 份：符合 0 份，部分符合 1 份，不符合 0 份");
  const first = marks.locator("[data-item='B-01-01']");
  await expect(first.getByTestId("item-verdict")).toHaveValue("partly");
  await expect(first.getByTestId("item-remark")).toHaveValue("清单未覆盖全部常委");
  // A remark needs a verdict first.
  const second = marks.locator("[data-item='B-01-02']");
  await expect(second.getByTestId("item-remark")).toBeDisabled();
  await second.getByTestId("item-verdict").selectOption("fails");
  await second.getByTestId("item-remark").fill("未见签收记录");
  await second.getByTestId("item-remark").blur();
  await expect(marks.getByTestId("mark-counts")).toHaveText("本轮已审查材料 2 份：符合 0 份，部分符合 1 份，不符合 1 份");
  expect(await seriousViolations(page), "review rounds with item marks").toEqual([]);
  // Taking a mark away, and everything kept across a reload.
  await first.getByTestId("item-verdict").selectOption("");
  await expect(marks.getByTestId("mark-counts")).toHaveText("本轮已审查材料 1 份：符合 0 份，部分符合 0 份，不符合 1 份");
  await page.reload();
  await page.getByTestId("tab-reports").click();
  await page.getByTestId("report-package").check();
  await page.getByTestId("package-rounds-choice").check();
  await expect(page.locator("[data-item='B-01-02'] [data-testid=item-remark]")).toHaveValue("未见签收记录");
  await expect(page.locator("[data-item='B-01-01'] [data-testid=item-verdict]")).toHaveValue("");
});

test("issue 17: each indicator's 材料提交表 prints with its conclusion, the self-score from the answer and its items; the 资料目录 numbers the pages of each box", async ({ page, watch }, info) => {
  await openFresh(page);
  await importAndOpen(page, "v5-assessment.json");
  await page.getByTestId("tab-reports").click();
  await page.getByTestId("report-package").check();
  // 页号: B-01-01 has 12 pages and is first in its box.
  const index = page.getByTestId("evidence-package");
  const b0101 = index.locator("[data-print-group] [data-testid=package-index] tr", { hasText: "B-01-01" });
  await expect(b0101.locator("td").nth(8)).toHaveText("1–12");
  await expect(index.locator("[data-print-group] [data-testid=package-index] th").nth(8)).toHaveText("页号");

  await page.getByTestId("package-forms-choice").check();
  const form = index.locator("[data-testid=submission-form][data-indicator='B-01']");
  await expect(form.getByTestId("form-score")).toHaveText(/^\d+(\.\d)? \/ 3$/);
  await expect(form.getByTestId("form-conclusion")).not.toBeEmpty();
  await expect(form.locator("[data-testid=form-items] tbody tr")).toHaveCount(2);
  expect(await seriousViolations(page), "材料提交表").toEqual([]);
  const pdf = info.outputPath("forms.pdf");
  await printToPdf(page, pdf);
  const flat = pdfPages(pdf).join("").replace(/\s/g, "");
  expect(flat).toContain("材料提交表·B-01党政同责");
  expect(flat).toContain("自评结论");
  expect(flat).toContain("市食安委文件（2024）3号");
});

test("issue 17: an indicator holding 5,000 items opens a page at a time, and an item just added is shown", async ({ page, watch }) => {
  test.setTimeout(120_000);
  await openFresh(page);
  const record = JSON.parse(readFileSync("core/tests/fixtures/saved/v5-assessment.json", "utf8"));
  const pack = JSON.parse(readFileSync("packs/nfsdc-2023.json", "utf8"));
  record.pack_version = record.assessment.pack_version = pack.version;
  const evidence = Array.from({ length: 5000 }, (_, n) => ({ seq: n + 1, kind: "minutes", title: `材料 ${n + 1}`, location: "盒 1", state: "ready" }));
  record.assessment.entries = { "B-03": { evidence } };
  await importAndOpen(page, record);
  await page.getByTestId("tab-assess").click();
  await page.locator("[data-nav-id='B-03']").click();
  const form = page.getByTestId("editor-card").getByTestId("submission");
  await expect(form.getByTestId("evidence-row")).toHaveCount(100);
  await expect(form.getByTestId("shown-count")).toHaveText("100 / 5000");
  await form.getByTestId("show-more").click();
  await expect(form.getByTestId("evidence-row")).toHaveCount(200);
  await form.getByTestId("add-evidence").click();
  await expect(form.getByTestId("evidence-row").last().getByTestId("evidence-number")).toHaveText("B-03-5001");

  await page.getByTestId("tab-reports").click();
  await page.getByTestId("report-package").check();
  await page.locator("[data-part='B-03'] [data-testid=open-part]").click();
  await expect(page.locator("[data-testid=part-items] tbody tr")).toHaveCount(100);
  await expect(page.locator("[data-part='B-03']")).toContainText("(5001)");
});
