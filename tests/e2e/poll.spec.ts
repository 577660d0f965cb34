// Issue 19, first slice: the questionnaire with its provenance and a 问卷星 header, the sample
// size planner, and a poll's responses (a GB18030 CSV as Chinese Excel saves it) imported and
// computed: rows that cannot be read named by row and column, personal columns dropped unread,
// and the intervals with the chance of clearing the thresholds, overall and per district.
import { execFileSync } from "node:child_process";
import { test, expect, openFresh, startNew, downloadText, seriousViolations } from "./fixtures";

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
  await view.getByTestId("poll-questionnaire").locator("summary").click();
  await expect(view.getByTestId("poll-question")).toHaveCount(7);
  await expect(view.getByTestId("poll-questionnaire")).toContainText("没有正式公布");
  await expect(view.getByTestId("poll-question").first()).toContainText("很满意（分值 100）");
  const header = await downloadText(page, "poll-header-csv");
  expect(header).toContain("受访者编号,区县,Q1 您对本市食品安全状况总体是否满意？");

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
  await expect(view.getByTestId("poll-preview")).toContainText("不保存");
  await page.screenshot({ path: info.outputPath("poll-1366.png"), fullPage: true });
  expect(await seriousViolations(page), "poll view").toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: info.outputPath("poll-390.png"), fullPage: true });

  // Not a table at all: said, nothing computed.
  await page.setViewportSize({ width: 1280, height: 900 });
  await view.getByTestId("poll-file").setInputFiles({ name: "照片.jpg", mimeType: "image/jpeg", buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]) });
  await expect(view.getByTestId("poll-problems")).toBeVisible();
});
