// Embedding and offline use: the service worker keeps the app working with the network cut;
// two widgets on a host page with a hostile stylesheet stay usable and keep their data apart
// while the host's own elements keep their styles; a strict CSP sees no violation; the iframe
// embed reports its height; dist/ works from a sub-path.
import { readFileSync } from "node:fs";
import { Page, Route } from "@playwright/test";
import { test, expect, openFresh, pdfPages, printToPdf } from "./fixtures";

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'";
const hostFile = (name: string) => readFileSync(`tests/e2e/hosts/${name}`, "utf-8");

/** Serves the test host pages under /test-host/, optionally with the strict CSP header. */
async function serveHosts(page: Page, options: { csp?: boolean; script?: boolean } = {}) {
  const script = options.script === false ? "" : '<script type="module" src="/fscity.js"></script>';
  await page.route("**/test-host/**", async (route: Route) => {
    const name = new URL(route.request().url()).pathname.split("/").pop()!;
    const headers: Record<string, string> = {
      "content-type": name.endsWith(".css") ? "text/css" : "text/html; charset=utf-8",
    };
    if (options.csp) headers["content-security-policy"] = CSP;
    const body = name.endsWith(".html") ? hostFile(name).replace("<!--WIDGET-SCRIPT-->", script) : hostFile(name);
    await route.fulfill({ status: 200, headers, body });
  });
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

  await serveHosts(page);
  await page.goto("/test-host/hostile.html");
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  const a = page.locator("#widget-a");
  const b = page.locator("#widget-b");
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
  await a.getByTestId("tab-library").click();
  await a.getByTestId("start-city").fill("甲市");
  await a.getByTestId("start-button").click();
  await a.getByTestId("tab-reports").click();
  await expect(a.getByTestId("printed-report")).toBeVisible();
  const pdf = info.outputPath("host.pdf");
  await printToPdf(page, pdf);
  const text = pdfPages(pdf).join("\n");
  expect(text).not.toContain("Host page");
  expect(text).not.toContain("The host's own paragraph.");
  expect(text.replace(/\s+/g, "")).toContain("甲市");
});
