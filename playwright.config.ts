// End-to-end tests against the release build (dist/), served on 127.0.0.1, in Debian's
// Chromium. No test downloads a browser.
import { defineConfig } from "@playwright/test";

const port = Number(process.env.FSCITY_E2E_PORT ?? 4173);

export default defineConfig({
  testDir: "tests/e2e",
  timeout: Number(process.env.FSCITY_E2E_TIMEOUT ?? 30_000),
  retries: 0,
  workers: 2,
  reporter: [["list"]],
  use: {
    // FSCITY_E2E_ACTION_TIMEOUT=5000 makes an action that waits for ever (a click on an element
    // behind a modal dialog) fail at its line instead of timing the whole test out.
    actionTimeout: Number(process.env.FSCITY_E2E_ACTION_TIMEOUT ?? 0),
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: `python3 scripts/serve.py dist ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
