// Spreadsheet exports from the real UI: the CSV opens with Python's csv module, Chinese intact,
// the scores match the screen, and a formula typed into a record stays inert.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { test, expect, openFresh } from "./fixtures";

/** Rows of a CSV file as Python's csv module reads it (after the byte-order mark). */
function pythonRows(path: string): string[][] {
  const out = execFileSync("python3", ["-c",
    "import csv, json, sys; f = open(sys.argv[1], encoding='utf-8-sig', newline=''); print(json.dumps(list(csv.reader(f))))", path]);
  return JSON.parse(out.toString());
}

test("the self-assessment table and action list download as CSV that matches the screen", async ({ page, watch }) => {
  await openFresh(page);
  await page.getByTestId("tab-library").click();
  await page.getByTestId("start-city").fill("测试市");
  await page.getByTestId("start-button").click();
  await page.locator("[data-nav-id='P-17']").click();
  await page.locator("#findings-P-17").fill("2");
  await page.locator("[data-testid=editor-card] .record > summary").click();
  await page.locator("#lost-P-17").fill('=HYPERLINK("http://x","y")');
  await page.locator("#notes-P-17").fill('=HYPERLINK("http://x","y")');
  await page.locator("#action-P-17").fill("联合城管清理摊贩");
  const onScreen = await page.getByTestId("editor-points").textContent();
  await page.getByTestId("tab-gaps").click();

  const [table] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-table").click()]);
  const raw = readFileSync(await table.path());
  expect(raw.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const rows = pythonRows(await table.path());
  expect(rows[0].slice(0, 4)).toEqual(["序号", "大项", "指标编号", "评价指标"]);
  expect(rows).toHaveLength(1 + 54 + 3); // the header, the 54 and the three 示范引领 bonus items
  const p17 = rows.find((r) => r[2] === "P-17")!;
  expect(p17[3]).toBe("校园周边");
  expect(rows[0][7]).toBe("自评得分");
  expect(p17[7]).toBe(onScreen);
  expect(rows[0][8]).toBe("自评情况/计算依据");
  expect(p17[8]).toBe("发现 2 处问题 × 0.5 = 扣 1 分，得 2 分");
  expect(p17[9]).toBe(`'=HYPERLINK("http://x","y")`);
  expect(rows[0][12]).toBe("备注");
  expect(p17[12], "the notes field is inert too").toBe(`'=HYPERLINK("http://x","y")`);

  const [actions] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-actions").click()]);
  const actionRows = pythonRows(await actions.path());
  expect(actionRows[0]).toContain("整改措施");
  const action = actionRows.find((r) => r[0] === "P-17")!;
  expect(action[4]).toBe("联合城管清理摊贩");
  expect(action[2]).toBe("1");

  // 12.6: the summary a CSV user gets as its own file: total, groups, verdict, vetoes, key items.
  const total = (await page.getByTestId("total-score").textContent())!.trim();
  const [summary] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-summary").click()]);
  expect(summary.suggestedFilename()).toMatch(/^汇总-测试市-\d{8}-\d{6}\.csv$/);
  const summaryRows = pythonRows(await summary.path());
  expect(summaryRows[0]).toEqual(["类别", "项目", "得分", "满分", "状态", "说明"]);
  expect(summaryRows.find((r) => r[0] === "总分")![2]).toBe(total);
  expect(summaryRows.filter((r) => r[0] === "大项").length).toBe(4); // the three and 示范引领（加分项）
  expect(summaryRows.some((r) => r[0] === "否决项")).toBe(true);
});
