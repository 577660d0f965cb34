// A page fixture that records what a test must never see: console errors, uncaught page
// errors, and requests to any host other than 127.0.0.1.
import { test as base, expect, Page } from "@playwright/test";

type Watch = { consoleErrors: string[]; foreignRequests: string[] };

export const test = base.extend<{ watch: Watch }>({
  watch: async ({ page }, use) => {
    const watch: Watch = { consoleErrors: [], foreignRequests: [] };
    page.on("console", (msg) => {
      if (msg.type() === "error") watch.consoleErrors.push(msg.text());
    });
    page.on("pageerror", (err) => watch.consoleErrors.push(String(err)));
    page.on("request", (req) => {
      const url = new URL(req.url());
      if (!["http:", "https:", "ws:", "wss:"].includes(url.protocol)) return;
      if (url.hostname !== "127.0.0.1") watch.foreignRequests.push(req.url());
    });
    await use(watch);
    expect(watch.consoleErrors, "console errors").toEqual([]);
    expect(watch.foreignRequests, "requests to other hosts").toEqual([]);
  },
});

export { expect };

/** Opens the app as a new visitor and waits until the criteria tree is there. */
export async function openFresh(page: Page) {
  await page.goto("/");
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByTestId("criteria-tree")).toBeVisible();
}
