// Browser timings of the release build in headless Chromium (Debian's), reported as medians:
// first-contentful-paint and time until the criteria tree is in the page. A benchmark, not a
// test: it prints figures and never fails on them.
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";

const port = 4190;
const runs = Number(process.env.FSCITY_BENCH_RUNS ?? 15);
const server = spawn("python3", ["scripts/serve.py", "dist", String(port)], { stdio: ["ignore", "pipe", "inherit"] });
await new Promise((resolve) => server.stdout.once("data", resolve));

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fcp = [];
const tree = [];
try {
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForSelector("[data-testid=criteria-tree] [data-indicator-id]");
    const t = await page.evaluate(() => ({
      fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
      now: performance.now(),
    }));
    fcp.push(t.fcp);
    tree.push(t.now);
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
console.log(`first-contentful-paint, median of ${runs}: ${median(fcp).toFixed(1)} ms`);
console.log(`criteria tree in the page, median of ${runs}: ${median(tree).toFixed(1)} ms`);
