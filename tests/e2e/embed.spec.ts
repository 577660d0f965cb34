// Embedding and offline use: the service worker keeps the app working with the network cut;
// two widgets on a host page with a hostile stylesheet stay usable and keep their data apart
// while the host's own elements keep their styles; a strict CSP sees no violation; the iframe
// embed reports its height; dist/ works from a sub-path.
import { Page } from "@playwright/test";
import { CSP, serveHosts } from "./host-pages";
import { test, expect, openFresh, pdfPages, printToPdf, startNew } from "./fixtures";

/** The hostile host page with its two widgets, on empty storage. */
async function openHostile(page: Page) {
  await serveHosts(page);
  await page.goto("/test-host/hostile.html");
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  return [page.locator("#widget-a"), page.locator("#widget-b")] as const;
}

/** Records CSP violations from the first script on. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    (window as any).__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as any).__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

test("after one visit the app reloads and works with the network cut", async ({ page, context, watch }) => {
  await openFresh(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload(); // now controlled by the service worker
  await expect(page.getByTestId("criteria-tree")).toBeVisible();
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId("criteria-tree")).toBeVisible();
  await page.getByTestId("tab-library").click();
  await page.getByTestId("start-city").fill("离线市");
  await page.getByTestId("start-button").click();
  await expect(page.getByTestId("total-score")).toHaveText("0");
  await context.setOffline(false);
});

const hostStyles = (page: Page) =>
  page.evaluate(() =>
    ["host-title", "host-text", "host-button", "host-table"].map((id) => {
      const s = getComputedStyle(document.getElementById(id)!);
      return [id, s.fontSize, s.display, s.width, s.boxSizing, s.color, s.fontFamily, s.margin].join(" | ");
    }),
  );

test("two widgets on a hostile host page are both usable, keep their data apart and leave the host alone", async ({ page, watch }) => {
  await serveHosts(page, { script: false });
  await page.goto("/test-host/hostile.html");
  const before = await hostStyles(page);

  const [a, b] = await openHostile(page);
  await expect(a.getByTestId("criteria-tree")).toBeVisible();
  await expect(b.getByTestId("criteria-tree")).toBeVisible();
  expect(await hostStyles(page), "the host's own elements are unchanged").toEqual(before);
  const hostUrl = page.url();
  const hostHistory = await page.evaluate(() => history.length);

  // The hostile `button { display: none }` and `* { font-size: 22px }` do not reach the widget.
  await expect(a.getByTestId("tab-library")).toBeVisible();
  const widgetFont = await a.getByTestId("tab-library").evaluate((e) => getComputedStyle(e).fontSize);
  expect(widgetFont).not.toBe("22px");
  await expect(a.locator("html, [lang]").first()).toBeAttached();
  await expect(b.getByTestId("lang-switch")).toHaveText("中文"); // data-lang="en"

  await a.getByTestId("tab-library").click();
  await a.getByTestId("start-city").fill("甲市");
  await a.getByTestId("start-button").click();
  await b.getByTestId("tab-library").click();
  await b.getByTestId("start-city").fill("乙市");
  await b.getByTestId("start-button").click();
  await expect(a.getByTestId("total-score")).toBeVisible();
  await expect(b.getByTestId("total-score")).toBeVisible();
  await page.waitForTimeout(600); // autosave
  // 12.12: a widget never changes the host page's URL or history.
  await a.getByTestId("tab-gaps").click();
  await a.locator("[data-nav-id]").first().isVisible();
  expect(page.url()).toBe(hostUrl);
  expect(await page.evaluate(() => history.length)).toBe(hostHistory);

  const stored = await page.evaluate(() => Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)!]));
  const records = (prefix: string) => stored.filter(([k]) => k.startsWith(prefix)).map(([, v]) => v).join("\n");
  expect(records("site-a.a.")).toContain("甲市");
  expect(records("site-a.a.")).not.toContain("乙市");
  expect(records("site-b.a.")).toContain("乙市");
  expect(records("site-b.a.")).not.toContain("甲市");
  expect(stored.every(([k]) => k.startsWith("site-a.") || k.startsWith("site-b.")), "no key outside the namespaces").toBe(true);

  await a.getByTestId("tab-library").click();
  await expect(a.getByTestId("library")).toContainText("甲市");
  await expect(a.getByTestId("library")).not.toContainText("乙市");
});

test("the embed and the standalone page run under a strict CSP without violations", async ({ page, watch }) => {
  await watchViolations(page);
  await serveHosts(page, { csp: true });
  await page.goto("/test-host/hostile.html");
  const a = page.locator("#widget-a");
  await expect(a.getByTestId("criteria-tree")).toBeVisible();
  await a.getByTestId("tab-library").click();
  await a.getByTestId("start-city").fill("甲市");
  await a.getByTestId("start-button").click();
  await a.getByTestId("tab-reports").click();
  const [file] = await Promise.all([page.waitForEvent("download"), a.getByTestId("export-xlsx").click()]);
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
  expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);

  await page.route("**/csp/index.html?offline=off", async (route) => {
    const response = await route.fetch({ url: route.request().url().replace("/csp/index.html?offline=off", "/index.html") });
    const body = (await response.text()).replaceAll('"./', '"/');
    await route.fulfill({ response, body, headers: { ...response.headers(), "content-security-policy": CSP } });
  });
  await page.goto("/csp/index.html?offline=off");
  await expect(page.getByTestId("criteria-tree")).toBeVisible();
  await page.locator("[data-indicator-id='C-02']").click();
  expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);
});

test("inside an iframe the app tells its parent its height", async ({ page, watch }) => {
  await page.goto("/examples/iframe.html");
  const frame = page.frameLocator("#fscity-frame");
  await expect(frame.getByTestId("criteria-tree")).toBeVisible();
  await expect.poll(async () => Number(await page.locator("#fscity-frame").getAttribute("height"))).toBeGreaterThan(800);
});

test("dist/ works when served from a sub-path", async ({ page, watch }) => {
  const requested: string[] = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  await page.route("**/tools/fscity/**", async (route) => {
    const url = route.request().url().replace("/tools/fscity/", "/");
    await route.fulfill({ response: await route.fetch({ url }) });
  });
  // ?offline=off: a service worker's own requests would bypass the routing that simulates the
  // sub-path (a real server at /tools/fscity/ serves sw.js like any other file).
  await page.goto("/tools/fscity/?offline=off");
  await expect(page.getByTestId("criteria-tree")).toBeVisible();
  await page.getByTestId("tab-library").click();
  await page.getByTestId("start-city").fill("子路径市");
  await page.getByTestId("start-button").click();
  await page.getByTestId("tab-reports").click();
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-xlsx").click()]);
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
  expect(requested.filter((p) => !p.startsWith("/tools/fscity/")), "every file from the sub-path").toEqual([]);
  // A request still in flight (the icon) must finish here, not fail the next test.
  await page.unrouteAll({ behavior: "wait" });
});

test("widgets run in browse and demo mode, and a wrong setting is explained in the widget", async ({ page, watch }) => {
  await serveHosts(page);
  await page.goto("/test-host/modes.html");
  const browse = page.locator("#browse");
  await expect(browse.getByTestId("criteria-tree")).toBeVisible();
  await expect(browse.getByTestId("tab-assess")).toHaveCount(0);
  await browse.getByTestId("criteria-query").fill("抽检");
  await expect(browse.getByTestId("search-count")).toContainText("项指标符合条件");

  const demo = page.locator("#demo");
  await expect(demo.getByTestId("demo-sandbox")).toContainText("虚构");
  await expect(demo.getByTestId("verdict")).toHaveText("未通过");
  await expect(demo.getByTestId("demo-copy")).toHaveCount(0);

  await expect(page.locator("#wrong")).toContainText("data-storage-namespace=\"no spaces allowed\"");
  await expect(page.locator("#wrong-mode")).toContainText('data-mode="print" must be assess, browse or demo');
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.some((k) => k.startsWith("no spaces")), "nothing stored under a refused namespace").toBe(false);
});

test("12.13 printing a page that embeds the widget prints the widget, not the host page around it", async ({ page, watch }, info) => {
  await serveHosts(page);
  await page.goto("/test-host/hostile.html");
  const a = page.locator("#widget-a");
  await startNew(a, "甲市");
  await a.getByTestId("tab-reports").click();
  await expect(a.getByTestId("printed-report")).toBeVisible();
  const pdf = info.outputPath("host.pdf");
  await printToPdf(page, pdf);
  const text = pdfPages(pdf).join("\n");
  expect(text).not.toContain("Host page");
  expect(text).not.toContain("The host's own paragraph.");
  expect(text.replace(/\s+/g, "")).toContain("甲市");
});

test("13.2 two widgets answer the same indicator differently, by mouse and by keyboard, and each keeps its own", async ({ page, watch }) => {
  const [a, b] = await openHostile(page);
  for (const [w, city] of [[a, "甲市"], [b, "乙市"]] as const) await startNew(w, city);
  const radios = (w: typeof a) => w.getByTestId("editor-card").locator("input[type=radio]");
  await radios(a).nth(0).check();
  await radios(b).nth(2).check();
  await expect(radios(a).nth(0)).toBeChecked();
  await expect(radios(b).nth(2)).toBeChecked();
  const names = async (w: typeof a) => radios(w).evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLInputElement).name))]);
  const [na, nb] = [await names(a), await names(b)];
  expect(na).toHaveLength(1);
  expect(na[0]).not.toBe(nb[0]);
  // By keyboard: arrows move within widget A's own group and leave widget B alone.
  await radios(a).nth(0).focus();
  await page.keyboard.press("ArrowDown");
  await expect(radios(a).nth(1)).toBeChecked();
  await expect(radios(b).nth(2)).toBeChecked();
  await expect(a.getByTestId("editor-points")).toHaveText("1.8");
  await expect(b.getByTestId("editor-points")).toHaveText("0");
  // Every label, list and aria reference points inside its own widget.
  const crossed = await page.evaluate(() => {
    const bad: string[] = [];
    for (const root of document.querySelectorAll("[data-fscity]")) {
      const refs: [Element, string][] = [];
      root.querySelectorAll("[for], [list], [aria-labelledby], [aria-describedby], [aria-controls]").forEach((el) => {
        for (const attr of ["for", "list", "aria-labelledby", "aria-describedby", "aria-controls"]) {
          const v = el.getAttribute(attr);
          if (v) v.split(/\s+/).forEach((id) => refs.push([el, id]));
        }
      });
      for (const [el, id] of refs) {
        const target = document.getElementById(id);
        if (!target || !root.contains(target)) bad.push(`${el.tagName} → ${id}`);
      }
    }
    return bad;
  });
  expect(crossed).toEqual([]);
});

test("13.3 the host's root font size, universal font size and box-sizing do not reach the widget", async ({ page, watch }) => {
  await serveHosts(page);
  await page.goto("/test-host/plain.html");
  const w = page.locator("#widget");
  await startNew(w);
  const sizes = () => page.evaluate(() => {
    const root = document.querySelector("#widget")!;
    return [".subtitle", "h2", ".tab", ".save-status", ".help", ".summary", ".figure-value", "textarea, input[type=text]"].map((sel) => {
      const el = root.querySelector(sel) as HTMLElement;
      const s = getComputedStyle(el);
      return `${sel}: ${s.fontSize} ${s.boxSizing} ${Math.round(el.getBoundingClientRect().height)}`;
    });
  });
  const plain = await sizes();
  for (const css of ["html { font-size: 62.5% }", "* { font-size: 30px }", "* { box-sizing: content-box !important }"]) {
    await page.goto("/test-host/plain.html");
    await page.addStyleTag({ content: css });
    await expect(w.getByTestId("editor-card")).toBeVisible();
    expect(await sizes(), css).toEqual(plain);
  }
});

test("13.6 under Trusted Types with the fscity policy allowed, both widgets start, answer and export", async ({ page, watch }) => {
  await watchViolations(page);
  await serveHosts(page, { csp: `${CSP}; require-trusted-types-for 'script'; trusted-types fscity` });
  await page.goto("/test-host/hostile.html");
  const a = page.locator("#widget-a");
  const b = page.locator("#widget-b");
  for (const [w, city] of [[a, "甲市"], [b, "乙市"]] as const) {
    await expect(w.getByTestId("criteria-tree")).toBeVisible();
    await startNew(w, city);
  }
  await a.getByTestId("editor-card").locator("input[type=radio]").nth(0).check();
  await expect(a.getByTestId("total-score")).toHaveText("3");
  await a.getByTestId("tab-reports").click();
  const [file] = await Promise.all([page.waitForEvent("download"), a.getByTestId("export-xlsx").click()]);
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
  expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);
});
