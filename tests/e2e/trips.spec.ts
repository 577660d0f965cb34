// What a city still trips over (issue 32): two tabs that must never overwrite each other's text,
// slide keys that must never change an answer, Back inside the demo, and a page that always
// says why when the app cannot start or stops.
import { Page } from "@playwright/test";
import { test, expect, openFresh, startNew, downloadText, pdfPages, printToPdf } from "./fixtures";
import { serveHosts } from "./host-pages";

/** Opens indicator `id` in the editor and unfolds its 记录与整改. */
async function openRecord(page: Page, id: string) {
  await page.locator(`[data-nav-id='${id}']`).click();
  const record = page.locator("[data-testid=editor-card] .record");
  if (!(await record.evaluate((d) => (d as HTMLDetailsElement).open))) await record.locator("> summary").click();
  await expect(page.locator(`#notes-${id}`)).toBeVisible();
}

/** The stored entry of `id` in the open record. */
async function storedEntry(page: Page, id: string) {
  return page.evaluate((id) => {
    const key = Object.keys(localStorage).find((k) => k.startsWith("fscity.a."))!;
    return JSON.parse(localStorage.getItem(key)!).assessment.entries[id] ?? {};
  }, id);
}

test("32.1 two tabs: every record field shows what the other tab saved, an edit never overwrites unseen text, and the dialog's choice is on screen", async ({ context, page, watch }) => {
  // Tab A's autosave runs when the test says, so it can hold an unsaved edit.
  await page.clock.install();
  await openFresh(page);
  await startNew(page);
  await openRecord(page, "B-14");
  await page.clock.runFor(1000);
  const other = await context.newPage();
  await other.goto("/");
  await expect(other.getByTestId("editor-card")).toBeVisible();
  await openRecord(other, "B-14");

  // A text field, a number field and the action row typed in A reach B once A has saved.
  await page.locator("#notes-B-14").fill("A 的备注：信用档案已建");
  await page.locator("#owner-B-14").fill("张三");
  await page.locator("#effort-B-14").fill("3");
  // The date picker is the browser's own widget; set its value as picking a day would.
  await page.locator("#due-B-14").evaluate((input: HTMLInputElement) => {
    input.value = "2027-03-31";
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
  // Clicked from the page: with the test's clock installed Playwright's own check() waits here.
  await page.getByTestId("action-done").evaluate((box: HTMLInputElement) => box.click());
  await page.getByTestId("add-evidence").click();
  await page.locator("#ev-B-14-0-title").fill("信用监管制度文件");
  await page.clock.runFor(1000);
  await expect(other.locator("#notes-B-14")).toHaveValue("A 的备注：信用档案已建");
  await expect(other.locator("#owner-B-14")).toHaveValue("张三");
  await expect(other.locator("#effort-B-14")).toHaveValue("3");
  await expect(other.locator("#due-B-14")).toHaveValue("2027-03-31");
  await expect(other.getByTestId("action-done")).toBeChecked();
  await expect(other.locator("#ev-B-14-0-title")).toHaveValue("信用监管制度文件");

  // B edits what it now shows; A follows, and A's note is still stored.
  await other.locator("#owner-B-14").fill("李四");
  await expect(page.locator("#owner-B-14")).toHaveValue("李四");
  expect((await storedEntry(other, "B-14")).notes).toBe("A 的备注：信用档案已建");

  // A edits with its save held while B saves again (written as B's save writes it, so that no
  // typing in B hides A, which would save A at once): the dialog, not an overwrite; loading
  // B's version shows B's text in A's fields at once.
  await page.locator("#notes-B-14").fill("A 改过的备注");
  await other.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith("fscity.a."))!;
    const record = JSON.parse(localStorage.getItem(key)!);
    record.revision += 1;
    record.assessment.entries["B-14"].action.owner = "王五";
    record.assessment.entries["B-14"].effort = 5;
    localStorage.setItem(key, JSON.stringify(record));
  });
  const dialog = page.getByTestId("conflict-banner");
  await expect(dialog).toBeVisible();
  await page.clock.runFor(1000);
  expect((await storedEntry(other, "B-14")).action.owner, "A's held edit did not overwrite B's save").toBe("王五");
  await dialog.getByTestId("take-theirs").click();
  await expect(dialog).toBeHidden();
  await expect(page.locator("#notes-B-14")).toHaveValue("A 的备注：信用档案已建");
  await expect(page.locator("#owner-B-14")).toHaveValue("王五");
  await expect(page.locator("#effort-B-14")).toHaveValue("5");
  await other.close();
});

test("32.2 in presentation mode the slide keys turn slides wherever focus is and never change an answer; the address follows the slide", async ({ page, watch }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openFresh(page);
  await startNew(page);
  await page.evaluate(() => { location.hash = "#/present/B-13"; });
  const slide = page.getByTestId("presentation");
  await expect(slide.getByTestId("slide-title")).toContainText("B-13");
  const answer = slide.locator("input[type=radio]").first();
  await answer.check();
  const total = await page.getByTestId("slide-score").textContent();
  await answer.click(); // focus on the chosen answer, as a trainer leaves it
  await page.keyboard.press("ArrowRight");
  await expect(slide.getByTestId("slide-title")).toContainText("B-14");
  await expect(page).toHaveURL(/#\/present\/B-14$/);
  await slide.locator("input[type=radio]").first().focus();
  await page.keyboard.press("ArrowRight");
  await expect(slide.getByTestId("slide-title")).toContainText("B-15");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect(slide.getByTestId("slide-title")).toContainText("B-13");
  await expect(slide.locator("input[type=radio]").first()).toBeChecked();
  await expect(page.getByTestId("slide-score")).toHaveText(total!);
  const levels = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith("fscity.a."))!;
    const entries = JSON.parse(localStorage.getItem(key)!).assessment.entries;
    return ["B-13", "B-14", "B-15"].map((id) => entries[id]?.answer?.level ?? null);
  });
  expect(levels[1], "B-14 was never answered").toBeNull();
  expect(levels[2], "B-15 was never answered").toBeNull();
  // End goes to the last slide and the address says so; a reload stays there.
  await page.keyboard.press("End");
  await expect(page).toHaveURL(/#\/present\/D-03$/);
  await page.reload();
  await expect(page.getByTestId("presentation").getByTestId("slide-title")).toContainText("D-03");
  // Back goes to the slide before it.
  await page.goBack();
  await expect(page.getByTestId("presentation").getByTestId("slide-title")).toContainText("B-13");
});

test("32.3 Back inside the demo moves through its slides and tabs and never leaves the app while there is an app entry", async ({ page, watch }) => {
  await openFresh(page);
  await page.goto("/examples/host.html"); // the portal the user came from
  await page.goto("/");
  await expect(page.getByTestId("criteria-tree")).toBeVisible();
  await page.getByTestId("open-demo").click();
  const demo = page.getByTestId("demo-sandbox");
  await expect(demo.getByTestId("verdict")).toBeVisible();
  await expect(page).toHaveURL(/#\/demo\/assess\//);
  await demo.getByTestId("tab-browse").click();
  await demo.locator("[data-indicator-id='C-01']").click();
  await demo.getByTestId("open-presentation").click();
  const title = page.getByTestId("presentation").getByTestId("slide-title");
  await expect(title).toContainText("C-01");
  for (const _ of [1, 2, 3]) await page.keyboard.press("ArrowRight");
  await expect(title).toContainText("C-04");
  await expect(page).toHaveURL(/#\/demo\/present\/C-04$/);

  await page.goBack();
  await expect(title).toContainText("C-03");
  await page.goBack();
  await page.goBack();
  await expect(title).toContainText("C-01");
  await page.goBack(); // out of presentation mode, into the demo's criteria browser
  await expect(page.getByTestId("presentation")).toBeHidden();
  await expect(demo.getByTestId("criteria-tree")).toBeVisible();
  await expect(page).toHaveURL(/#\/demo\/criteria\/C-01$/);
  // Back through the demo's entries to where the demo was opened: the user's own page.
  for (let n = 0; n < 6 && /#\/demo/.test(page.url()); n++) {
    await page.goBack();
    expect(page.url(), "Back stays in the app").toContain("127.0.0.1");
  }
  await expect(page.getByTestId("demo-sandbox")).toBeHidden();
  await expect(page.getByTestId("criteria-tree")).toBeVisible();
  expect(new URL(page.url()).pathname).toBe("/");
  // Forward goes back into the demo, where it was.
  await page.goForward();
  await expect(page.getByTestId("demo-sandbox")).toBeVisible();
});

test("32.4 a browser without WebAssembly is told which browsers work and how to leave 兼容模式", async ({ page, watch }) => {
  await page.addInitScript(() => { delete (globalThis as any).WebAssembly; });
  await page.goto("/");
  const notice = page.locator("[data-fscity-notice=unsupported]");
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("极速模式");
  await expect(notice).toContainText("Chrome");
  await expect(notice).toContainText("speed mode");
  await expect(page.getByText("正在加载")).toHaveCount(0);
});

test("32.4 a browser without ES modules runs only the notice script, which says so in every widget", async ({ page, watch }) => {
  await serveHosts(page, { script: false });
  await page.goto("/test-host/hostile.html");
  // What an IE engine does: no ES modules, so only the classic notice script runs.
  await page.evaluate(() => { delete (HTMLScriptElement.prototype as any).noModule; });
  await page.addScriptTag({ url: "/fscity-notice.js" });
  for (const widget of [page.locator("#widget-a"), page.locator("#widget-b")]) {
    await expect(widget.locator("[data-fscity-notice=unsupported]")).toContainText("兼容模式");
  }
  const source = await (await page.request.get("/fscity-notice.js")).text();
  expect(/^[\x00-\x7f]*$/.test(source), "the classic script is ASCII, so a GBK host page cannot garble it").toBe(true);
});

test("32.4 a wasm that cannot be fetched says so with 重试, and 重试 starts the app", async ({ page, watch }) => {
  await page.route(/fscity-[0-9a-f]+_bg\.wasm$/, (route) => route.fulfill({ status: 404, body: "not found" }));
  await page.goto("/");
  const notice = page.locator("[data-fscity-notice=load]");
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("未能加载");
  await expect(notice).toContainText("不受影响");
  await page.unrouteAll({ behavior: "wait" });
  await notice.getByRole("button", { name: /重试/ }).click();
  await expect(page.getByTestId("criteria-tree")).toBeVisible();
  // The failed load is in the console, as it should be for an administrator; nothing else is.
  expectedInConsole(watch, /404|not found|fscity-[0-9a-f]+_bg\.wasm|Failed to load/i);
});

/** Drops from the watched console what the test caused on purpose (`pattern`). */
function expectedInConsole(watch: { consoleErrors: string[] }, pattern: RegExp) {
  watch.consoleErrors = watch.consoleErrors.filter((e) => !pattern.test(e));
}

/** Trips a real trap in the running app (a panic in the shipped bundle). */
async function trap(page: Page) {
  await page.evaluate(async () => {
    // The app's glue module, as the loader imported it (so the same, running instance).
    const href = performance.getEntriesByType("resource").map((r) => r.name).find((n) => /\/fscity-[0-9a-f]+\.js$/.test(n))!;
    const module = await import(href);
    setTimeout(() => module.fscityCrashDrill());
  });
}

test("32.4 a crash says 出错了，请重新加载 and that saved work is kept, on the page and in every widget", async ({ page, watch }) => {
  await openFresh(page);
  await startNew(page);
  // The user is far down the page when it happens: the notice is still in view.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await trap(page);
  const notice = page.locator("[data-fscity-notice=crash]");
  await expect(notice).toBeInViewport();
  await expect(notice).toContainText("出错了，请重新加载");
  await expect(notice).toContainText("不会丢失");
  await notice.getByRole("button", { name: /重新加载/ }).click();
  await expect(page.getByTestId("editor-card")).toBeVisible();
  // The trap itself is in the console (the panic and the RuntimeError); nothing else.
  expectedInConsole(watch, /crash drill|unreachable|RuntimeError/);
});

test("32.4 a crash on a host page with a strict CSP shows the notice in every widget", async ({ page, watch }) => {
  await serveHosts(page, { csp: true });
  await page.goto("/test-host/hostile.html");
  await expect(page.locator("#widget-b").getByTestId("criteria-tree")).toBeVisible();
  await trap(page);
  for (const widget of [page.locator("#widget-a"), page.locator("#widget-b")]) {
    await expect(widget.locator("[data-fscity-notice=crash]")).toContainText("出错了");
  }
  // The trap itself is in the console (the panic and the RuntimeError); nothing else.
  expectedInConsole(watch, /crash drill|unreachable|RuntimeError/);
});

test("32.5 an all-required 评分要点 says 须全部满足 and puts no points on a single box", async ({ page, watch }) => {
  await openFresh(page);
  await startNew(page);
  await page.locator("[data-nav-id='P-21']").click();
  const answer = page.getByTestId("editor-card").getByTestId("answer-control");
  await expect(answer.getByTestId("all-required")).toContainText("须全部满足");
  await expect(answer.getByTestId("all-required")).toContainText("2 项要点全部满足得 1 分");
  await expect(answer.locator("label.choice", { hasText: "经营者有进货查验记录" })).not.toContainText("分");
  // A sum indicator keeps its per-box points, and no 须全部满足.
  await page.locator("[data-nav-id='B-03']").click();
  await expect(page.getByTestId("editor-card").locator(".sub-items label.choice").first()).toContainText("1 分");
  await expect(page.getByTestId("editor-card").getByTestId("all-required")).toHaveCount(0);
});

test("32.8 a paste cut to 2,000 characters says how much was not kept", async ({ page, watch }) => {
  await openFresh(page);
  await startNew(page);
  await page.locator("[data-testid=editor-card] .record > summary").click();
  const notes = page.locator("#notes-B-01");
  await notes.focus();
  await page.keyboard.insertText("长".repeat(2_500));
  await expect(notes).toHaveValue("长".repeat(2_000));
  const field = page.locator("[data-testid=editor-card] .record .field").first();
  await expect(field.getByTestId("chars-cut")).toHaveText("只保留了前 2000 字，其余 500 字未保存");
  // Typing within the limit again clears the message.
  await notes.fill("抽检计划见附件 3");
  await expect(field.getByTestId("chars-cut")).toBeEmpty();
});

test("32.10 跳转到指标 finds an ID however it is typed, as 指标浏览 does", async ({ page, watch }) => {
  await openFresh(page);
  await startNew(page);
  const jump = page.getByTestId("jump-input");
  for (const [typed, id] of [["c04", "C-04"], ["C04", "C-04"], ["p-2", "P-02"], ["c02", "C-02"]]) {
    await jump.fill(typed);
    await jump.press("Enter");
    await expect(page.locator(`[data-nav-id='${id}']`)).toHaveAttribute("aria-current", "true");
    await expect(page).toHaveURL(new RegExp(`#/assess/${id}$`));
  }
  await jump.fill("Z-99");
  await jump.press("Enter");
  await expect(page.locator(".jump .field-error")).not.toBeEmpty();
});

test("32.11 typing in the jump box and then pressing Back leaves no panic", async ({ page, watch }) => {
  await openFresh(page);
  await startNew(page);
  await page.getByTestId("tab-browse").click();
  await page.getByTestId("tab-assess").click();
  await page.getByTestId("jump-input").fill("c0");
  await page.goBack();
  await expect(page.getByTestId("criteria-tree")).toBeVisible();
  await page.goForward();
  await expect(page.getByTestId("jump-input")).toBeVisible();
  // The fixture fails the test on any console error, a panic's included.
});

test("32.13 an assessment backup given to 导入评价细则 says what it is and where to import it", async ({ page, watch }) => {
  await openFresh(page);
  await startNew(page);
  const backup = await downloadText(page, "download-backup");
  await page.getByTestId("tab-library").click();
  await page.getByTestId("pack-file").setInputFiles({ name: "测试市-备份.json", mimeType: "application/json", buffer: Buffer.from(backup) });
  const problems = page.getByTestId("pack-import-problems");
  await expect(problems).toContainText("自评的备份");
  await expect(problems).toContainText("“我的自评”页的“导入备份”");
  await expect(problems).not.toContainText("格式版本");
});

test("32.12 Ctrl+P on 创建自评 and 差距与整改 names the assessment and prints no ? icons or character counters", async ({ page, watch }, info) => {
  await openFresh(page);
  await startNew(page, "测试市", "三月自评");
  await page.locator("[data-testid=editor-card] .record > summary").click();
  await page.locator("#notes-B-01").fill("抽检计划见附件");
  for (const tab of ["tab-assess", "tab-gaps"]) {
    await page.getByTestId(tab).click();
    const path = info.outputPath(`${tab}.pdf`);
    await printToPdf(page, path);
    const text = pdfPages(path).join("\n");
    expect(text.replace(/\s+/g, ""), tab).toContain("测试市·三月自评");
    expect(text, tab).not.toMatch(/\d+\s*\/\s*2000\s*字/);
    // The "how was this computed?" marks beside the figures are not printed.
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".explain").evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent).length), tab).toBe(0);
    await page.emulateMedia({ media: "screen" });
    await expect(page.locator(".explain").first(), "the marks are there on screen").toBeVisible();
  }
});

test("32.9 at 390 px the summary bar keeps 未通过 on one line and every veto light whole", async ({ page, watch }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openFresh(page);
  await startNew(page);
  // A declared veto makes the verdict 未通过, the longest word the badge shows.
  await page.locator("input[name='veto-V-01']").first().check();
  await expect(page.getByTestId("summary-verdict")).toHaveText("未通过");
  await page.evaluate(() => window.scrollTo(0, 0));
  const badge = page.getByTestId("summary-verdict");
  // One line is about 2 font sizes tall with its border; a second line would add 1.6 more.
  const lineHeight = await badge.evaluate((e) => parseFloat(getComputedStyle(e).fontSize) * 3);
  expect((await badge.boundingBox())!.height, "the verdict on one line").toBeLessThan(lineHeight);
  const lights = page.getByTestId("summary-vetoes").locator("[data-veto]");
  for (const light of await lights.all()) {
    const clipped = await light.evaluate((e) => {
      const r = e.getBoundingClientRect();
      return e.scrollWidth > e.clientWidth + 1 || r.right > window.innerWidth || r.left < 0;
    });
    expect(clipped, await light.getAttribute("data-veto") ?? "").toBe(false);
    await expect(light).toContainText(/V-0\d/);
  }
});

test("32.14 the rescaled total says it rounds down, also on page 1 of the printed report", async ({ page, watch }, info) => {
  await openFresh(page);
  await startNew(page);
  await page.locator("[data-nav-id='P-06']").click();
  await page.getByTestId("editor-card").getByTestId("na-toggle").check();
  const reason = page.getByRole("textbox", { name: /不适用理由/ });
  await reason.fill("本市无此类单位");
  // The reason field fits a sentence: as wide as the answer card.
  const [field, card] = [await reason.boundingBox(), await page.getByTestId("editor-card").getByTestId("answer-control").boundingBox()];
  expect(field!.width).toBeGreaterThan(card!.width * 0.8);
  await page.getByTestId("tab-reports").click();
  const note = page.getByTestId("report-rescaled");
  await expect(note).toContainText("向下取至 0.1 分");
  const path = info.outputPath("report.pdf");
  await printToPdf(page, path);
  expect(pdfPages(path)[0].replace(/\s+/g, "")).toContain("向下取至0.1分");
});

test("32.14 the undo offer ends when the user moves on, nothing reads 已保存 after the open assessment is deleted, and no 尚未保存 with nothing open", async ({ page, watch }) => {
  await openFresh(page);
  await expect(page.getByTestId("save-status")).toHaveText("");
  await startNew(page, "测试市", "三月");
  await startNew(page, "测试市", "六月");
  await page.getByTestId("tab-library").click();
  const rows = page.locator("[data-testid=library] tbody tr");
  await rows.filter({ hasText: "六月" }).getByTestId("delete").click();
  await rows.filter({ hasText: "六月" }).getByTestId("confirm-delete").click();
  await expect(page.getByTestId("undo-banner")).toBeVisible();
  await expect(page.getByTestId("save-status")).not.toContainText("已保存");
  await page.getByTestId("tab-browse").click();
  await expect(page.getByTestId("undo-banner")).toBeHidden();
  // The 已导入 line belongs to the import just made: back in 我的自评 later, it is gone.
  const backup = await downloadText(page, "download-all-bar");
  await page.getByTestId("tab-library").click();
  await page.getByTestId("import-file").setInputFiles({ name: "备份.json", mimeType: "application/json", buffer: Buffer.from(backup) });
  await expect(page.getByTestId("import-result")).toContainText("已导入");
  await page.getByTestId("tab-assess").click();
  await page.getByTestId("tab-library").click();
  await expect(page.getByTestId("import-result")).toBeEmpty();
});

test("32.14 a new assessment opens at its first indicator, and the navigator shows the chosen one", async ({ page, watch }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openFresh(page);
  await startNew(page, "测试市", "三月");
  await page.locator("[data-nav-id='P-22']").click();
  await startNew(page, "测试市", "六月");
  await expect(page.locator("[data-nav-id='B-01']")).toHaveAttribute("aria-current", "true");
  // Jumping far down scrolls the navigator (not the page) to the chosen indicator.
  await page.getByTestId("jump-input").fill("P-20");
  await page.getByTestId("jump-input").press("Enter");
  const inView = await page.locator("[data-nav-id='P-20']").evaluate((item) => {
    const nav = item.closest(".navigator")!.getBoundingClientRect();
    const r = item.getBoundingClientRect();
    return r.top >= nav.top && r.bottom <= nav.bottom;
  });
  expect(inView).toBe(true);
});

test("32.14 a double click on a CSV export downloads once; a disabled button looks disabled", async ({ page, watch }) => {
  await openFresh(page);
  await expect(page.getByTestId("download-backup")).toBeDisabled();
  const look = await page.getByTestId("download-backup").evaluate((b) => [getComputedStyle(b).cursor, getComputedStyle(b).borderStyle]);
  expect(look).toEqual(["not-allowed", "dashed"]);
  await startNew(page);
  await page.getByTestId("tab-gaps").click();
  const downloads: string[] = [];
  page.on("download", (d) => downloads.push(d.suggestedFilename()));
  await page.getByTestId("export-table").dblclick();
  await page.waitForTimeout(500);
  expect(downloads).toHaveLength(1);
});

test("32.14 the sample host page obeys the CSP the README documents", async ({ page, watch }) => {
  const violations: string[] = [];
  await page.route("**/examples/host.html", async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), "content-security-policy": "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'" } });
  });
  await page.exposeFunction("reportViolation", (v: string) => violations.push(v));
  await page.addInitScript(() => document.addEventListener("securitypolicyviolation", (e) => (window as any).reportViolation(`${e.violatedDirective} ${e.blockedURI}`)));
  await page.goto("/examples/host.html");
  await expect(page.locator("[data-fscity]").first().getByTestId("criteria-tree")).toBeVisible();
  await page.waitForTimeout(300);
  expect(violations).toEqual([]);
});

test("32.14 a declared veto heads the gap list", async ({ page, watch }) => {
  await openFresh(page);
  await startNew(page);
  await page.locator("input[name='veto-V-01']").first().check();
  await page.getByTestId("tab-gaps").click();
  const line = page.getByTestId("triggered-vetoes");
  await expect(line).toContainText("V-01");
  await expect(line).toContainText("一票否决");
  const [top, firstGap] = [await line.boundingBox(), await page.locator("[data-gap-id]").first().boundingBox()];
  expect(top!.y).toBeLessThan(firstGap!.y);
});

test("32.14 a figure typed with its unit (1,226,000人) is taken, not refused", async ({ page, watch }) => {
  await openFresh(page);
  await startNew(page);
  await page.locator("[data-nav-id='C-02']").click();
  const card = page.getByTestId("editor-card");
  await card.getByRole("textbox", { name: /常住人口/ }).fill("1,226,000人");
  await card.getByRole("textbox", { name: /批次/ }).first().fill("5270 批次");
  await expect(card.getByTestId("field-error").first()).toBeEmpty();
  await expect(card).toContainText("4.29");
});
