// Host pages for embedding tests, served under /test-host/ from tests/e2e/hosts/, with the
// loader's script tag put in and, when asked, a strict Content-Security-Policy header.
import { readFileSync } from "node:fs";
import { Page, Route } from "@playwright/test";

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'";
const hostFile = (name: string) => readFileSync(`tests/e2e/hosts/${name}`, "utf-8");

/** Serves the test host pages under /test-host/, optionally with the strict CSP header. */
export async function serveHosts(page: Page, options: { csp?: boolean | string; script?: boolean } = {}) {
  const script = options.script === false ? "" : '<script type="module" src="/fscity.js"></script>';
  await page.route("**/test-host/**", async (route: Route) => {
    const name = new URL(route.request().url()).pathname.split("/").pop()!;
    const headers: Record<string, string> = {
      "content-type": name.endsWith(".css") ? "text/css" : "text/html; charset=utf-8",
    };
    if (options.csp) headers["content-security-policy"] = typeof options.csp === "string" ? options.csp : CSP;
    const body = name.endsWith(".html") ? hostFile(name).replace("<!--WIDGET-SCRIPT-->", script) : hostFile(name);
    await route.fulfill({ status: 200, headers, body });
  });
}

