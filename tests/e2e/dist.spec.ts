// What the built folder promises (issue 15): the size report puts every chunk outside the first
// visit and fails over budget, and the service worker precaches every chunk of the release.
// These read dist/ itself; no page is opened.
import { test, expect } from "@playwright/test";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

const size = (...args: string[]) => spawnSync("node", ["scripts/size.mjs", "dist", ...args], { encoding: "utf-8" });
const chunks = readdirSync("dist").filter((f) => /^(split_|chunk_).*\.wasm$/.test(f));

/** The files the size report lists under `group`, up to the next group heading. */
function listed(report: string, group: string): string[] {
  const lines = report.split("\n");
  const start = lines.findIndex((l) => l === `${group}:`);
  if (start < 0) return [];
  const files: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith("  ")) break;
    const name = line.trim().split(/\s+/)[0];
    if (name !== "=") files.push(name);
  }
  return files;
}

test("the size report keeps every chunk out of the first visit and lists it on demand", () => {
  expect(chunks.length, "the build made chunks").toBeGreaterThan(3);
  const run = size();
  expect(run.status, run.stderr).toBe(0);
  const first = listed(run.stdout, "first visit");
  expect(first).toContain("index.html");
  expect(first.some((f) => /^fscity-.*_bg\.wasm$/.test(f))).toBe(true);
  expect(first.some((f) => /^__wasm_split\..*\.js$/.test(f)), "the link module the glue imports").toBe(true);
  for (const chunk of chunks) {
    expect(first, chunk).not.toContain(chunk);
    expect(run.stdout, chunk).toContain(`  ${chunk}`);
  }
  expect(run.stdout).toMatch(/^on demand: reports .*: [\d.]+ KiB$/m);
});

test("the size check fails when the first visit is over its budget, and passes within it", () => {
  const over = size("--budget", "100");
  expect(over.status).toBe(1);
  expect(over.stderr).toMatch(/the first visit is [\d.]+ KiB brotli, over the budget of 100 KiB/);
  const within = size("--budget", "100000");
  expect(within.status, within.stderr).toBe(0);
  const nonsense = size("--budget", "lots");
  expect(nonsense.status).toBe(2);
  expect(nonsense.stderr).toContain("--budget needs a number of KiB");
});

test("the service worker precaches every chunk and the link module", () => {
  const sw = readFileSync("dist/sw.js", "utf-8");
  const files = sw.match(/const FILES = "([^"]*)"/)![1].split(" ");
  for (const chunk of chunks) expect(files, chunk).toContain(`./${chunk}`);
  const link = readdirSync("dist").find((f) => /^__wasm_split\..*\.js$/.test(f))!;
  expect(files).toContain(`./${link}`);
  // The link module names each chunk by its hashed name, so a new release never pairs an old
  // chunk with new code.
  const linkText = readFileSync(`dist/${link}`, "utf-8");
  for (const chunk of chunks) expect(linkText, chunk).toContain(`"./${chunk}"`);
});
