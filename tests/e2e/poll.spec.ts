// Issue 19, first slice: the questionnaire with its provenance and a 问卷星 header, the sample
// size planner, and a poll's responses (a GB18030 CSV as Chinese Excel saves it) imported and
// computed: rows that cannot be read named by row and column, personal columns dropped unread,
// and the intervals with the chance of clearing the thresholds, overall and per district.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { test, expect, openFresh, startNew, downloadText, seriousViolations, printToPdf, pdfPages } from "./fixtures";

const gb18030 = (text: string) =>
  execFileSync("python3", ["-c", "import sys; sys.stdout.buffer.write(sys.stdin.buffer.read().decode('utf-8').encode('gb18030'))"], { input: text });

/** 1,100 answers: 940 aware (85.45 %), in two districts, every one very satisfied or satisfied. */
function export1100(): string {
  const rows = ["序号,姓名,手机号码,所在区县,Q1 您对本市食品安全状况总体是否满意？,Q3 您是否知道本市正在创建国家食品安全示范城市？,Q7 您是否支持本市创建国家食品安全示范城市？"];
  for (let n = 1; n <= 1100; n++) {
    rows.push(`${n},居民${n},1380000${String(n).padStart(4, "0")},${n % 2 ? "东区" : "米易县"},${n % 2 ? "很满意" : "满意"},${n <= 940 ? "知道" : "不知道"},支持`);
  }
  rows.push("1100,重复者,13900000000,东区,很满意,知道,支持");
  rows.push("1101,路人,13900000001,东区,还行吧,知道,支持");
  return rows.join("\r\n") + "\r\n";
}

test("issue 19: the questionnaire, the planner, and a poll imported with its intervals and chance of clearing", async ({ page, watch }, info) => {
  await openFresh(page);
  await startNew(page, "测评市");
  await page.getByTestId("tab-reports").click();
  await page.getByTestId("report-poll").check();
  const view = page.getByTestId("poll");

  // The questionnaire says what it is, question by question, and gives a 问卷星 header.
  await view.getByTestId("poll-questionnaire").locator("> summary").click();
  await expect(view.getByTestId("poll-question")).toHaveCount(7);
  await expect(view.getByTestId("poll-questionnaire")).toContainText("没有正式公布");
  await expect(view.getByTestId("poll-question").first()).toContainText("很满意（分值 100）");
  const header = await downloadText(page, "poll-header-csv");
  expect(header).toContain("受访者编号,区县,Q1 您对本市食品安全状况总体是否满意？");
  // The scores are the city's to change: 满意 at 90, kept with the assessment; 120 is refused.
  await view.getByTestId("poll-scores").locator("summary").click();
  const satisfied = view.locator("[data-testid=poll-score][data-scale=satisfaction][data-answer=yes]");
  await expect(satisfied).toHaveValue("80");
  await satisfied.fill("90");
  await expect(view.getByTestId("poll-question").first()).toContainText("满意（分值 90）");
  await expect(view.getByTestId("poll-own-questionnaire")).toBeVisible();
  await satisfied.fill("120");
  await expect(view.getByText("分值应为 0 至 100 的整数，或留空")).toBeVisible();
  await expect(view.getByTestId("poll-question").first()).toContainText("满意（分值 90）");
  // A questionnaire file that is not one is refused whole, naming why; nothing changes.
  await view.getByTestId("poll-questionnaire-file").setInputFiles({ name: "问卷.json", mimeType: "application/json", buffer: Buffer.from('{"id": "mine", "version": 1}') });
  await expect(view.getByTestId("poll-questionnaire-problems")).toContainText("这不是问卷文件");
  await expect(view.getByTestId("poll-question").first()).toContainText("满意（分值 90）");
  // Back to the built-in questionnaire, after a question.
  page.once("dialog", (d) => d.accept());
  await view.getByTestId("poll-restore-questionnaire").click();
  await expect(view.getByTestId("poll-question").first()).toContainText("满意（分值 80）");
  await expect(view.getByTestId("poll-own-questionnaire")).toHaveCount(0);

  // The planner: ±3 points at 95 % is 1,068 answers; 80 answers give about ±11.0.
  await view.getByTestId("poll-planner").locator("summary").click();
  await expect(view.getByTestId("poll-needed")).toHaveText("需要答卷：1,068 份");
  await expect(view.getByTestId("poll-margin-of")).toHaveText("误差约 ±11.0 个百分点");
  await view.getByTestId("poll-population").fill("10000");
  await expect(view.getByTestId("poll-needed")).toHaveText("需要答卷：965 份");
  await view.getByTestId("poll-margin").fill("三");
  await expect(view.getByTestId("poll-needed")).toHaveText("误差应为 0.1 至 50 之间的数");

  // A poll of 1,100 as Chinese Excel saves it.
  await view.getByTestId("poll-file").setInputFiles({ name: "6月自测.csv", mimeType: "text/csv", buffer: gb18030(export1100()) });
  await expect(view.getByTestId("poll-read")).toHaveText("已读取答卷：1100 · 未计入的行：2 · 空行：0");
  await expect(view.getByTestId("poll-dropped")).toHaveText("以下列像是个人信息，未读取、未保存：姓名、手机号码");
  await expect(view.getByTestId("poll-row-problems")).toContainText("第 1102 行 A 列：受访者编号“1100”与第 1101 行重复，此行不计");
  await expect(view.getByTestId("poll-row-problems")).toContainText("第 1103 行 E 列：“还行吧”不是题目 Q1 的选项");
  const sentences = view.getByTestId("poll-sentences");
  await expect(sentences).toContainText("在 95 % 置信水平下，知晓率介于 83.2 % 与 87.4 % 之间；达到 85.0 % 的把握约 62 %（n = 1,100）");
  await expect(sentences).toContainText("满意度介于");
  const byDistrict = view.getByTestId("poll-by-district");
  await expect(byDistrict.locator("tr[data-district='东区'] td").first()).toHaveText("550");
  // The city's own wording is matched by hand: "还行吧" means 基本满意, and its row counts.
  const match = view.locator("[data-testid=poll-answer-match][data-text='还行吧']");
  await match.selectOption({ label: "基本满意" });
  await expect(view.getByTestId("poll-read")).toHaveText("已读取答卷：1101 · 未计入的行：1 · 空行：0");
  await match.selectOption("");
  await expect(view.getByTestId("poll-read")).toHaveText("已读取答卷：1100 · 未计入的行：2 · 空行：0");
  await expect(view.getByTestId("poll-preview")).toContainText("尚未保存");
  await expect(view.getByTestId("poll-none-kept")).toBeVisible();
  await page.screenshot({ path: info.outputPath("poll-1366.png"), fullPage: true });
  expect(await seriousViolations(page), "poll view").toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: info.outputPath("poll-390.png"), fullPage: true });

  // Not a table at all: said, nothing computed.
  await page.setViewportSize({ width: 1280, height: 900 });
  await view.getByTestId("poll-file").setInputFiles({ name: "照片.jpg", mimeType: "image/jpeg", buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]) });
  await expect(view.getByTestId("poll-problems")).toBeVisible();
  await expect(view.getByTestId("poll-draft")).toHaveCount(0);
  // A file far too large is refused before it is read.
  const huge = info.outputPath("全部答卷.csv");
  writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 0x41));
  await view.getByTestId("poll-file").setInputFiles(huge);
  await expect(view.getByTestId("poll-problems")).toContainText("文件过大，上限为 5 MB");
  // A table whose columns match no question: said, and nothing can be accepted.
  await view.getByTestId("poll-file").setInputFiles({ name: "考勤.csv", mimeType: "text/csv", buffer: Buffer.from("日期,部门,人数\r\n2026-06-01,办公室,5\r\n") });
  await expect(view.getByTestId("poll-unmappable")).toContainText("没有一列能对应到问卷题目");
  await expect(view.getByTestId("poll-accept")).toBeDisabled();
  await view.getByTestId("poll-discard").click();
  await expect(view.getByTestId("poll-draft")).toHaveCount(0);
  await expect(view.getByTestId("poll-none-kept")).toBeVisible();
});

/** An .xlsx shaped like a 问卷星 export (shared strings, its own leading columns, questions
 * numbered "1、…"), built with python's zipfile: rows of text, the first the header. */
function wjxXlsx(rows: string[][]): Buffer {
  const script = `
import sys, json, zipfile, io
rows = json.loads(sys.stdin.read())
strings, index = [], {}
def sid(t):
    if t not in index:
        index[t] = len(strings); strings.append(t)
    return index[t]
def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26); s = chr(65 + r) + s
    return s
esc = lambda t: t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
body = "".join('<row r="%d">%s</row>' % (r + 1, "".join('<c r="%s%d" t="s"><v>%d</v></c>' % (col(c), r + 1, sid(v)) for c, v in enumerate(row))) for r, row in enumerate(rows))
out = io.BytesIO()
z = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
z.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
z.writestr("xl/worksheets/sheet1.xml", '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % body)
z.writestr("xl/sharedStrings.xml", '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>' % (len(strings), len(strings), "".join("<si><t>%s</t></si>" % esc(t) for t in strings)))
z.close()
sys.stdout.buffer.write(out.getvalue())
`;
  return execFileSync("python3", ["-c", script], { input: JSON.stringify(rows) });
}

/** A 问卷星 export of `n` answers: 东区 odd rows very satisfied and aware, 西区 even rows
 * satisfied, aware up to `aware`; 来自IP and 手机 columns as 问卷星 adds them. */
function wjxRows(n: number, aware: number): string[][] {
  const rows = [["序号", "提交答卷时间", "所用时间", "来源", "来自IP", "手机", "所在区县", "1、您对本市食品安全状况总体是否满意？", "2、您对本市党委政府开展食品安全工作是否满意？", "3、您是否知道本市正在创建国家食品安全示范城市？"]];
  for (let i = 1; i <= n; i++) {
    rows.push([String(i), "2026/6/1 10:00:00", "95秒", "手机提交", "10.0.0.1(四川-攀枝花)", "1390000" + String(i).padStart(4, "0"), i % 2 ? "东区" : "西区", i % 2 ? "很满意" : "满意", i % 2 ? "很满意" : "满意", i <= aware ? "知道" : "不知道"]);
  }
  return rows;
}

test("issue 19: a 问卷星 export is mapped, accepted and kept; applied to B-16/B-17 it changes the verdict; weighted, compared, printed", async ({ page, watch }, info) => {
  await openFresh(page);
  await startNew(page, "测评市");
  await page.getByTestId("tab-reports").click();
  await page.getByTestId("report-poll").check();
  const view = page.getByTestId("poll");

  // 问卷星 numbers its questions "1、…": the columns are guessed from the question texts.
  await view.getByTestId("poll-file").setInputFiles({ name: "问卷星-6月.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: wjxXlsx(wjxRows(400, 352)) });
  await expect(view.getByTestId("poll-read")).toHaveText("已读取答卷：400 · 未计入的行：0 · 空行：0");
  await expect(view.getByTestId("poll-dropped")).toContainText("手机");
  // Nothing is kept before accepting; the mapping can be changed column by column.
  await expect(view.getByTestId("poll-none-kept")).toBeVisible();
  await view.getByTestId("poll-mapping").locator("summary").click();
  await expect(view.getByTestId("poll-map-Q3")).toHaveValue("3、您是否知道本市正在创建国家食品安全示范城市？");
  await expect(view.getByTestId("poll-map-district")).toHaveValue("所在区县");
  await expect(view.getByTestId("poll-map-Q3").locator("option", { hasText: "手机" })).toHaveCount(0);
  await view.getByTestId("poll-map-Q3").selectOption("");
  await expect(view.getByTestId("poll-unanswered")).toContainText("Q3");
  await expect(view.getByTestId("poll-sentences")).toContainText("知晓率：还没有可计算的回答");
  await view.getByTestId("poll-map-Q3").selectOption("3、您是否知道本市正在创建国家食品安全示范城市？");
  // 352 of 400 aware: 88.0 %; the index is (200 × 100 + 200 × 80) / 400 = 90.0.
  await expect(view.getByTestId("poll-sentences")).toContainText("知晓率介于");
  await view.getByTestId("poll-name").fill("2026年6月自测");
  await view.getByTestId("poll-accept").click();
  await expect(view.getByTestId("poll-draft")).toHaveCount(0);
  await expect(view.getByTestId("poll-list").locator("tbody tr")).toHaveCount(1);
  const shown = view.getByTestId("poll-shown");
  await expect(shown).toContainText("2026年6月自测");
  await expect(shown.getByTestId("poll-district-chart")).toHaveCount(2);
  await expect(shown.getByTestId("poll-district-chart").first().locator("svg text", { hasText: "东区" })).toHaveCount(1);
  await expect(shown.getByTestId("poll-distribution-chart")).toHaveCount(3);
  const q3 = shown.locator("[data-testid=poll-distribution-chart][data-question=Q3]");
  await expect(q3).toContainText("知道 88.0%");
  // The district filter redraws the distributions: 200 answers in each, 176 of them aware.
  await expect(q3).toContainText("n = 400");
  await shown.getByTestId("poll-filter").selectOption("西区");
  await expect(q3).toContainText("n = 200");
  await expect(q3).toContainText("知道 88.0%");
  await expect(shown.locator("[data-testid=poll-distribution-chart][data-question=Q1]")).toContainText("满意 100.0%");
  await page.screenshot({ path: info.outputPath("poll-kept-1366.png"), fullPage: true });
  expect(await seriousViolations(page), "kept poll view").toEqual([]);

  // Before applying, V-04 and V-05 wait for B-17 and B-16.
  await page.getByTestId("tab-assess").click();
  const v04 = page.locator("[data-testid=veto-row][data-veto-id='V-04'] [data-testid=veto-status]");
  await expect(v04).toHaveText("待确认");
  await page.getByTestId("tab-reports").click();
  await view.getByTestId("poll-apply").click();
  await expect(view.getByTestId("poll-applied")).toContainText("满意度 → B-17 = 90");
  await expect(view.getByTestId("poll-applied")).toContainText("知晓率 → B-16 = 88");
  await page.getByTestId("tab-assess").click();
  await expect(v04).toHaveText("未触发");
  await page.locator("[data-nav-id='B-17']").click();
  const from = page.getByTestId("editor-card").getByTestId("from-poll");
  await expect(from).toHaveText("来自 2026年6月自测（n = 400）");
  // Typed by hand, the figure is no longer the poll's, and says so; 78 fails V-04.
  const field = page.getByTestId("editor-card").getByLabel("第三方满意度测评得分");
  await field.fill("78");
  await expect(page.getByTestId("editor-card").getByTestId("poll-detached")).toContainText("不再来自“2026年6月自测”");
  await expect(from).toHaveCount(0);
  await expect(v04).toHaveText("已触发");
  await expect(page.getByTestId("verdict")).toHaveText("未通过");
  // B-16 keeps its link, which opens the poll.
  await page.locator("[data-nav-id='B-16']").click();
  await page.getByTestId("editor-card").getByTestId("from-poll").click();
  await expect(page.getByTestId("poll-shown")).toContainText("2026年6月自测");

  // Kept with the assessment: still there after a reload.
  await page.reload();
  await page.getByTestId("tab-reports").click();
  await page.getByTestId("report-poll").check();
  await expect(view.getByTestId("poll-list").locator("tbody tr")).toHaveCount(1);

  // A second export of the same survey reuses the columns; the two polls are compared.
  await view.getByTestId("poll-file").setInputFiles({ name: "问卷星-9月.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: wjxXlsx(wjxRows(200, 190)) });
  await expect(view.getByTestId("poll-mapping-reused")).toBeVisible();
  await view.getByTestId("poll-name").fill("2026年9月自测");
  await view.getByTestId("poll-accept").click();
  await expect(view.getByTestId("poll-list").locator("tbody tr")).toHaveCount(2);
  await shown.getByTestId("poll-compare").selectOption({ label: "2026年6月自测" });
  const compare = shown.getByTestId("poll-compare-table");
  // 190 of 200 is 95.0 %, 7.0 points above June's 88.0 %.
  await expect(compare.locator("tr", { hasText: "知晓率" })).toContainText("+7.0");

  // Weighted by population: 东区 300,000 and 西区 700,000 people.
  await shown.getByTestId("poll-populations").locator("summary").click();
  await shown.getByTestId("poll-weighted").check();
  await expect(shown.getByTestId("poll-weight-missing")).toContainText("东区");
  const people = shown.getByTestId("poll-population-field");
  await people.nth(0).fill("30万");
  await expect(shown.getByText("请输入正整数（人）")).toBeVisible();
  await people.nth(0).fill("300000");
  await people.nth(1).pressSequentially("700000");
  await expect(people.nth(1)).toHaveValue("700000");
  await expect(shown.getByTestId("poll-weight-note")).toBeVisible();
  // With the populations entered, the planner says what each district needs on its own.
  await view.getByTestId("poll-planner").locator("summary").click();
  const perDistrict = view.getByTestId("poll-needed-by-district");
  await expect(perDistrict.locator("tr", { hasText: "东区" })).toContainText("300,000");
  await expect(perDistrict.locator("tr", { hasText: "东区" })).toContainText("1,064");
  await expect(perDistrict.locator("tr", { hasText: "西区" })).toContainText("1,066");

  // Printed, the results read as a page: names, sentences, charts' captions.
  const pdf = info.outputPath("poll.pdf");
  await printToPdf(page, pdf);
  // pdftotext drops the spaces between Chinese and figures.
  const text = pdfPages(pdf).join("\n").replace(/\s+/g, "");
  expect(text).toContain("2026年9月自测");
  expect(text).toContain("在95%置信水平下，知晓率介于");
  expect(text).toContain("各题回答分布");
  expect(text).not.toContain("□很满意");
  // The paper questionnaire prints alone, anonymous, a box per answer. (The browser's print
  // dialog is the browser's: here the button's choice is printed to PDF instead.)
  await page.evaluate(() => { window.print = () => {}; });
  await view.getByTestId("poll-print-paper").click();
  const paper = info.outputPath("poll-paper.pdf");
  await printToPdf(page, paper);
  const form = pdfPages(paper).join("\n").replace(/\s+/g, "");
  expect(form).toContain("□很满意");
  expect(form).toContain("不记录姓名");
  expect(form).not.toContain("置信水平");
  await view.getByTestId("poll-print-results").click();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: info.outputPath("poll-kept-390.png"), fullPage: true });

  // The privacy statement says what a poll keeps.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByTestId("tab-library").click();
  await expect(page.getByTestId("privacy")).toContainText("只保存每份答卷的区县和各题答案，不保存姓名、电话");
  await page.getByTestId("tab-reports").click();

  // Removing a poll asks first and unlinks what it fed.
  page.once("dialog", (d) => d.accept());
  await view.locator("tr[data-poll='0'] [data-testid=poll-remove]").click();
  await expect(view.getByTestId("poll-list").locator("tbody tr")).toHaveCount(1);
  await page.getByTestId("tab-assess").click();
  await page.locator("[data-nav-id='B-16']").click();
  await expect(page.getByTestId("editor-card").getByLabel("第三方测评知晓率")).toHaveValue("88");
  await expect(page.getByTestId("editor-card").getByTestId("from-poll")).toHaveCount(0);
});
