// Reports from the real UI: the printed report as a PDF (text read back with pdftotext, page 1
// rendered with pdftoppm), the Excel workbook read back cell by cell, the action list printed
// per department with overdue actions marked, and progress between two assessments as CSV.
import { execFileSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { Page } from "@playwright/test";
import { test, expect, openFresh, pdfPages, printToPdf } from "./fixtures";

/** Starts an assessment and records findings, a reason, notes, departments and an action. */
async function startWithFindings(page: Page, city: string) {
  await openFresh(page);
  await page.getByTestId("tab-library").click();
  await page.getByTestId("start-city").fill(city);
  await page.getByTestId("start-name").fill("三月自评");
  await page.getByTestId("start-button").click();
}

async function record(page: Page, id: string, fields: { findings?: string; lost?: string; notes?: string; departments?: string; action?: string; due?: string }) {
  await page.locator(`[data-nav-id='${id}']`).click();
  if (fields.findings !== undefined) await page.locator(`#findings-${id}`).fill(fields.findings);
  const details = page.locator("[data-testid=editor-card] .record");
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator("summary").click();
  for (const [key, value] of Object.entries(fields)) {
    if (key === "findings" || key === "due" || value === undefined) continue;
    await page.locator(`#${key}-${id}`).fill(value);
  }
  if (fields.due !== undefined) {
    // The date picker is the browser's own widget; set its value as picking a day would.
    await page.locator(`#due-${id}`).evaluate((input: HTMLInputElement, day) => {
      input.value = day;
      input.dispatchEvent(new Event("input", { bubbles: true }));
    }, fields.due);
    await expect(page.locator(`#due-${id}`)).toHaveValue(fields.due);
  }
}

test("the printed report is an A4 PDF with cover, summary and one 自评表 page per group", async ({ page, watch }, info) => {
  await startWithFindings(page, "攀枝花测试市");
  await record(page, "P-17", { findings: "2", lost: "校园周边发现两处流动摊贩", notes: "暗访三次" });
  await record(page, "P-09", { findings: "1" });
  const summary = (await page.getByTestId("total-score").first().textContent())!;
  await page.getByTestId("tab-reports").click();
  const total = (await page.getByTestId("report-total").textContent())!;
  expect(total).toBe(summary.trim());

  const pdf = info.outputPath("report.pdf");
  await printToPdf(page, pdf);
  const pages = pdfPages(pdf);
  const text = pages.join("\n");
  const flat = text.replace(/\s+/g, ""); // table cells wrap long text over several lines
  expect(text).toContain("国家食品安全示范城市创建自评报告");
  expect(text).toContain("攀枝花测试市");
  expect(text).toContain("非官方重构");
  expect(flat).toContain(`总分${total}/100`);
  expect(flat).toContain("校园周边发现两处流动摊贩");
  expect(text).toContain("暗访三次");
  expect(text, "no buttons in print").not.toContain("另存为 PDF");
  expect(text, "no app navigation in print").not.toContain("指标浏览");
  // Each group's table starts on a page of its own.
  const flatPages = pages.map((p) => p.replace(/\s+/g, ""));
  const pageOf = (heading: string) => flatPages.findIndex((p) => p.includes(heading));
  const starts = ["自评表·基础工作", "自评表·能力建设", "自评表·生产经营状况"].map(pageOf);
  expect(starts.every((i) => i > 0)).toBe(true);
  expect(new Set(starts).size).toBe(3);
  // Page numbers, and the header row repeated on a table's continuation page.
  expect(flatPages[0]).toContain(`1/${pages.length}`);
  const continuation = pages.slice(starts[0] + 1, starts[1]);
  for (const p of continuation) expect(p).toContain("评分标准");

  execFileSync("pdftoppm", ["-png", "-r", "50", "-f", "1", "-l", "1", "-singlefile", pdf, info.outputPath("page-1")]);
  const png = info.outputPath("page-1.png");
  expect(statSync(png).size).toBeGreaterThan(5000);

  // Options: only lost points, and no notes.
  await page.getByTestId("only-lost").check();
  await page.getByTestId("include-notes").uncheck();
  const lostOnly = info.outputPath("lost.pdf");
  await printToPdf(page, lostOnly);
  const lostText = pdfPages(lostOnly).join("\n");
  expect(lostText).toContain("P-17");
  expect(lostText).not.toContain("暗访三次");
  const rowsShown = await page.locator("[data-testid=self-table] tbody tr").count();
  expect(rowsShown, "P-17 and P-09 lost points; the rest is full or unanswered").toBe(2);
});

/** Cells of an .xlsx as Python's zipfile and XML parser read them: sheet name -> rows of {type, value}. */
function xlsxCells(path: string): Record<string, { t: string; v: string; f: boolean }[][]> {
  const script = `
import json, re, sys, zipfile
import xml.etree.ElementTree as ET
ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
z = zipfile.ZipFile(sys.argv[1])
strings = [ "".join(t.text or "" for t in si.iter("{%s}t" % ns["m"])) for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", ns)] if "xl/sharedStrings.xml" in z.namelist() else []
wb = ET.fromstring(z.read("xl/workbook.xml"))
rels = {r.get("Id"): r.get("Target") for r in ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))}
out = {}
def col(ref):
    n = 0
    for ch in re.match(r"[A-Z]+", ref).group(0): n = n * 26 + ord(ch) - 64
    return n - 1
for s in wb.find("m:sheets", ns):
    target = rels[s.get("{%s}id" % ns["r"])].lstrip("/")
    target = target if target.startswith("xl/") else "xl/" + target
    rows = []
    for row in ET.fromstring(z.read(target)).iter("{%s}row" % ns["m"]):
        cells = []
        for c in row.findall("m:c", ns):
            while len(cells) < col(c.get("r")): cells.append({"t": "", "v": "", "f": False})
            t = c.get("t", "n"); v = c.find("m:v", ns); inline = c.find("m:is", ns)
            value = v.text if v is not None else ""
            if t == "s": value = strings[int(value)]
            if t == "inlineStr": value = "".join(x.text or "" for x in inline.iter("{%s}t" % ns["m"]))
            cells.append({"t": t, "v": value, "f": c.find("m:f", ns) is not None})
        rows.append(cells)
    out[s.get("name")] = rows
print(json.dumps(out, ensure_ascii=False))
`;
  return JSON.parse(execFileSync("python3", ["-c", script, path]).toString());
}

test("12.6 the Excel export opens with 汇总, then 自评表 with its 计算依据 and 整改清单, with the screen's numbers and inert text", async ({ page, watch }) => {
  await startWithFindings(page, "测试市");
  await record(page, "P-17", { findings: "2", lost: '=HYPERLINK("http://x","y")', notes: '=HYPERLINK("http://x","y")', action: "联合城管清理摊贩" });
  const onScreen = (await page.getByTestId("editor-points").textContent())!.trim();
  await page.getByTestId("tab-reports").click();
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-xlsx").click()]);
  expect(file.suggestedFilename()).toMatch(/^自评表-测试市-\d{8}-\d{6}\.xlsx$/);
  const sheets = xlsxCells(await file.path());
  expect(Object.keys(sheets)).toEqual(["汇总", "自评表", "整改清单", "资料目录"]);
  const summary = sheets["汇总"];
  expect(summary[0].map((c) => c.v)).toEqual(["类别", "项目", "得分", "满分", "状态", "说明"]);
  const totalRow = summary.find((r) => r[0]?.v === "总分")!;
  expect(totalRow[2]).toMatchObject({ t: "n", v: (await page.getByTestId("report-total").textContent())!.trim() });
  expect(summary.some((r) => r[0]?.v === "否决项")).toBe(true);
  const table = sheets["自评表"];
  expect(table[0].slice(0, 4).map((c) => c.v)).toEqual(["序号", "大项", "指标编号", "评价指标"]);
  expect(table).toHaveLength(1 + 54 + 3); // the header, the 54 and the three 示范引领 bonus items
  const p17 = table.find((r) => r[2]?.v === "P-17")!;
  expect(table[0][7].v).toBe("自评得分");
  expect(p17[7]).toMatchObject({ t: "n", v: onScreen });
  expect(p17[8]).toMatchObject({ t: "s", v: "发现 2 处问题 × 0.5 = 扣 1 分，得 2 分" });
  expect(p17[9]).toMatchObject({ t: "s", v: '=HYPERLINK("http://x","y")', f: false });
  expect(table[0][12].v).toBe("备注");
  expect(p17[12], "the notes field stays text").toMatchObject({ t: "s", v: '=HYPERLINK("http://x","y")', f: false });
  expect(table.flat().some((c) => c.f), "no formulas anywhere").toBe(false);
  const actions = sheets["整改清单"];
  const action = actions.find((r) => r[0]?.v === "P-17")!;
  expect(action[4].v).toBe("联合城管清理摊贩");
  expect(action[2]).toMatchObject({ t: "n", v: "1" });
  await expect(page.getByTestId("export-status")).toHaveText("");
  // The 整改清单 sheet lists the actions the screen's action list shows.
  await page.getByTestId("report-actions").check();
  const onScreenActions = new Set(await page.locator("[data-testid=action-table] tbody tr td:first-child").allTextContents());
  expect(new Set(actions.slice(1).map((r) => r[0].v))).toEqual(onScreenActions);
});

test("the action list groups per department, marks overdue actions and prints one department per page", async ({ page, watch }, info) => {
  await startWithFindings(page, "测试市");
  await record(page, "P-17", { findings: "2", departments: "城管局、教育局", action: "联合清理摊贩", due: "2020-01-31" });
  await record(page, "P-09", { findings: "1", departments: "市场监管局", action: "小作坊复查", due: "2099-06-30" });
  await page.getByTestId("tab-reports").click();
  await page.getByTestId("report-actions").check();
  const section = (name: string) => page.locator(`[data-department='${name}']`);
  await expect(section("城管局")).toBeVisible();
  await expect(section("教育局").locator("tr.overdue")).toContainText("P-17");
  await expect(section("城管局").locator("tr.overdue")).toContainText("已逾期");
  await expect(section("市场监管局").locator("tr", { hasText: "P-09" })).not.toHaveClass(/overdue/);
  await expect(section("城管局")).not.toContainText("P-09");

  // In print an overdue row stays red, as on screen (issue 32, item 14), and the others black.
  await page.emulateMedia({ media: "print" });
  const colour = (row: string) => section("教育局").locator("tr", { hasText: row }).locator("td").first()
    .evaluate((td) => getComputedStyle(td).color);
  expect(await colour("P-17")).toBe("rgb(176, 0, 32)");
  expect(await section("市场监管局").locator("tr", { hasText: "P-09" }).locator("td").first()
    .evaluate((td) => getComputedStyle(td).color)).toBe("rgb(0, 0, 0)");
  await page.emulateMedia({ media: "screen" });

  const all = info.outputPath("actions.pdf");
  await printToPdf(page, all);
  const pages = pdfPages(all);
  const departments = await page.locator("[data-department]").evaluateAll((els) => els.map((e) => e.getAttribute("data-department")!));
  const flatPages = pages.map((p) => p.replace(/\s+/g, ""));
  const firstPage = departments.map((d) => flatPages.findIndex((p) => p.includes(`整改清单·${d}`.replace(/\s+/g, ""))));
  expect(firstPage.every((i) => i >= 0)).toBe(true);
  expect(new Set(firstPage).size, "each department starts its own page").toBe(departments.length);

  await page.getByTestId("print-scope").selectOption("城管局");
  const one = info.outputPath("one.pdf");
  await printToPdf(page, one);
  const oneText = pdfPages(one).join("\n").replace(/\s+/g, "");
  expect(oneText).toContain("整改清单·城管局");
  expect(oneText).toContain("联合清理摊贩");
  expect(oneText).not.toContain("小作坊复查");
  expect(oneText).not.toContain("整改清单·市场监管局");
});

/** Rows of a CSV file as Python's csv module reads it (after the byte-order mark). */
function pythonRows(path: string): string[][] {
  const out = execFileSync("python3", ["-c",
    "import csv, json, sys; f = open(sys.argv[1], encoding='utf-8-sig', newline=''); print(json.dumps(list(csv.reader(f))))", path]);
  return JSON.parse(out.toString());
}

test("progress between March and June shows the changes and exports them as CSV", async ({ page, watch }) => {
  await startWithFindings(page, "测试市");
  await record(page, "P-17", { findings: "2" });
  await record(page, "P-09", { findings: "0" });
  await page.getByTestId("tab-library").click();
  await page.getByTestId("duplicate").first().click();
  await page.getByTestId("tab-assess").click();
  await record(page, "P-17", { findings: "0" });
  await record(page, "P-09", { findings: "3" });
  await page.getByTestId("tab-reports").click();
  await page.getByTestId("report-progress").check();
  await expect(page.getByTestId("closed-gaps")).toHaveText("P-17");
  await expect(page.getByTestId("opened-gaps")).toHaveText("P-09");
  const delta = (await page.getByTestId("progress-delta").textContent())!;
  const row = page
    .locator("[data-testid=progress-table] tbody tr")
    .filter({ has: page.locator("td:first-child", { hasText: /^P-17$/ }) });
  await expect(row).toContainText("+1");
  // 12: only the indicators that changed, and a print button for the comparison.
  const indicatorRows = page.locator("[data-testid=progress-table] tbody tr").filter({ has: page.locator("td:first-child", { hasText: /^[BCP]-\d\d$/ }) });
  expect(await indicatorRows.count()).toBe(54);
  await page.getByTestId("only-changed").check();
  const changed = await indicatorRows.locator("td:first-child").allTextContents();
  expect(changed.sort()).toEqual(["P-09", "P-17"]);
  await expect(page.getByTestId("print")).toBeVisible();
  await page.getByTestId("only-changed").uncheck();

  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-progress").click()]);
  const rows = pythonRows(await file.path());
  // The two assessments are named in the score columns (issue 32, item 6), city · name · date.
  const day = new Date().toISOString().slice(0, 10);
  expect(rows[0]).toEqual(["指标编号", "评价指标", "分值", `上次得分（测试市 · 三月自评 · ${day}）`,
    `本次得分（测试市 · 三月自评（副本） · ${day}）`, "变化", "变化说明"]);
  await expect(page.getByTestId("progress-sides")).toContainText("测试市 · 三月自评 · ");
  await expect(page.getByTestId("progress-sides")).toContainText("→ 测试市 · 三月自评（副本）");
  const p17 = rows.find((r) => r[0] === "P-17")!;
  expect(p17.slice(3, 6)).toEqual(["2", "3", "+1"]);
  const totalRow = rows.find((r) => r[1] === "总分")!;
  expect(totalRow[5]).toBe(delta);
});
