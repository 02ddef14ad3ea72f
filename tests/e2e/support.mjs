// Shared by the end-to-end tests and scripts/screenshots.mjs: build the app into a fresh
// folder, serve it on 127.0.0.1 with node's http module, and launch Debian's Chromium through
// playwright-core with flags that keep it off the (closed) network.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { after, before } from "node:test";
import { chromium } from "playwright-core";

export const ROOT = resolve(import.meta.dirname, "..", "..");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
};

/**
 * The release build the tests run against: `$NEWSLINE_DIST` when set (scripts/test.sh builds
 * once for every test file), else `trunk build --release` into a new temporary folder.
 * Returns { dir, dispose }; dispose removes only a folder made here.
 */
export function buildDist() {
  if (process.env.NEWSLINE_DIST) return { dir: process.env.NEWSLINE_DIST, dispose: () => {} };
  const dir = mkdtempSync(join(tmpdir(), "newsline-dist-"));
  execFileSync("trunk", ["build", "--release", "--dist", dir], { cwd: ROOT, stdio: "inherit" });
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Serves `dir` on 127.0.0.1 at a free port; resolves to { url, close }. `headers` are added to
 * every response (e.g. a Content-Security-Policy).
 */
export function serve(dir, { headers = {} } = {}) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const file = normalize(join(dir, path === "/" ? "index.html" : path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = readFileSync(file);
      res.writeHead(200, { ...headers, "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404, headers).end("not found");
    }
  });
  return new Promise((ok) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      ok({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

/** Launches headless Debian Chromium. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
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
  });
}

/**
 * The page's URL once the view on screen has been written to it: the explorer writes the URL
 * after the next paint (an animation frame, then a task).
 */
export async function viewUrl(page) {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
  return new URL(page.url());
}

/** The .txt article files of the default corpus. */
export function corpusFiles() {
  return readdirSync(join(ROOT, "corpus")).filter((f) => f.endsWith(".txt") && !f.startsWith("."));
}

/**
 * For one test file: registers node:test hooks that take the release build (`buildDist`), serve
 * it (with `headers` on every response) and launch Chromium, and undo all of it afterwards.
 * Returns { url, dir, browser, open }, filled in once the `before` hook has run.
 *
 * `app.open({ query, width, height, ready })` opens a page of the app at `url + query` in a
 * `width`×`height` viewport, waits for `ready` (an event or the notice that stands for none)
 * and resolves to { page, errors } with the page's uncaught errors collected.
 */
export function useServedApp({ headers = {} } = {}) {
  const app = { url: "", dir: "", browser: undefined };
  app.open = async ({
    query = "",
    width = 1280,
    height = 900,
    ready = '[data-testid="event"], [data-testid="notice"]',
  } = {}) => {
    const page = await app.browser.newPage({ viewport: { width, height } });
    page.setDefaultTimeout(10_000);
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(app.url + query);
    await page.locator(ready).first().waitFor();
    return { page, errors };
  };
  let dist;
  let server;
  before(async () => {
    dist = buildDist();
    server = await serve(dist.dir, { headers });
    app.url = server.url;
    app.dir = dist.dir;
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    await server?.close();
    dist?.dispose();
  });
  return app;
}
