// Scale benchmark (not part of the test suite): builds the app around a synthetic corpus of N
// events, opens it in headless Chromium and measures with the Performance API
//   - first render: navigation start to the first event row in the DOM;
//   - filter changes: a facet click (also until two frames after it: the timeline follows a
//     frame late), the date filter ("Filter to period"), a search (Enter),
//     each from the input event until the page has re-rendered and laid out;
//   - zoom changes: wheel events on the timeline axis, the same way;
//   - long tasks (PerformanceObserver 'longtask') while zooming and panning with real input.
// Usage: node scripts/bench-scale.mjs [--events N] [--seed S] [--dist DIR]
//   --dist DIR reuses a build (made by an earlier run) instead of building.
// Needs `source scripts/setup.sh` first (trunk, wasm-bindgen, playwright-core on PATH).
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, launch, serve } from "../tests/e2e/support.mjs";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const events = Number(arg("--events", "100000"));
const seed = arg("--seed", "1");
let dist = arg("--dist");

if (!dist) {
  const work = mkdtempSync(join(tmpdir(), "newsline-bench-"));
  const corpus = join(work, "synth.json");
  const json = execFileSync("cargo", ["run", "-q", "--release", "-p", "newsline-cli", "--", "synth", "--events", String(events), "--seed", seed], {
    cwd: ROOT,
    maxBuffer: 1 << 30,
  });
  writeFileSync(corpus, json);
  dist = join(work, "dist");
  execFileSync("trunk", ["build", "--release", "--dist", dist], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, NEWSLINE_CORPUS: corpus },
  });
}

const server = await serve(dist);
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.setDefaultTimeout(120_000);
await page.addInitScript(() => {
  window.__longtasks = [];
  new PerformanceObserver((list) => window.__longtasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({ type: "longtask", buffered: true });
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-testid="event"]')) {
      window.__firstEvent = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
  // Time from an input until the page has re-rendered and laid out: the task after the
  // event's microtasks (Yew renders there), then a forced layout.
  window.__measure = async (act) => {
    const t0 = performance.now();
    act();
    await new Promise((done) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = done;
      channel.port2.postMessage(0);
    });
    document.body.getBoundingClientRect();
    return performance.now() - t0;
  };
  // Time from an input until two frames have been painted after it (an animation frame, then
  // a task, twice): what is put off until after the first paint (the timeline's markers) has
  // then been drawn too. Includes the wait for those frames.
  window.__settle = async (act) => {
    const t0 = performance.now();
    act();
    for (let i = 0; i < 2; i++) {
      await new Promise((frame) => requestAnimationFrame(frame));
      await new Promise((done) => setTimeout(done, 0));
    }
    document.body.getBoundingClientRect();
    return performance.now() - t0;
  };
});
await page.goto(server.url);
await page.locator('[data-testid="event"]').first().waitFor();
const firstRender = await page.evaluate(() => window.__firstEvent);
await page.waitForTimeout(500);

const stats = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], max: sorted[sorted.length - 1], n: xs.length };
};
const round = (o) => JSON.parse(JSON.stringify(o, (_, v) => (typeof v === "number" ? Math.round(v * 10) / 10 : v)));

const filter = [];
for (let i = 0; i < 6; i++) {
  // Toggle a place facet on and off: the list, the counts and the timeline follow.
  filter.push(await page.evaluate(() => window.__measure(() => document.querySelector('[data-testid="entity-facet"]:not([disabled])').click())));
  await page.waitForTimeout(50);
}
const settled = [];
for (let i = 0; i < 6; i++) {
  settled.push(await page.evaluate(() => window.__settle(() => document.querySelector('[data-testid="entity-facet"]:not([disabled])').click())));
  await page.waitForTimeout(50);
}
const range = [];
for (let i = 0; i < 3; i++) {
  range.push(await page.evaluate(() => window.__measure(() => document.querySelector('[data-testid="range-from-view"]').click())));
  await page.waitForTimeout(50);
  range.push(await page.evaluate(() => window.__measure(() => document.querySelector('[data-testid="clear-range"]').click())));
  await page.waitForTimeout(50);
}
const search = [];
for (const text of ["seoul", "geneva talks", ""]) {
  await page.getByTestId("search").fill(text);
  search.push(
    await page.evaluate(() =>
      window.__measure(() =>
        document.querySelector('[data-testid="search"]').dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true })),
      ),
    ),
  );
  await page.waitForTimeout(400);
}

const zoom = [];
const box = await page.getByTestId("timeline-axis").boundingBox();
for (let i = 0; i < 24; i++) {
  const deltaY = i < 12 ? -120 : 120;
  zoom.push(
    await page.evaluate(
      ({ deltaY, x, y }) =>
        window.__measure(() =>
          document.querySelector('[data-testid="timeline-axis"]').dispatchEvent(new WheelEvent("wheel", { deltaY, clientX: x, clientY: y, bubbles: true, cancelable: true })),
        ),
      { deltaY, x: box.x + box.width * 0.6, y: box.y + box.height / 2 },
    ),
  );
}

// Real input: wheel zooming and dragging for a while, then the long tasks during it.
const before = await page.evaluate(() => performance.now());
await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
for (let i = 0; i < 30; i++) await page.mouse.wheel(0, i < 15 ? -80 : 80);
await page.mouse.down();
for (let i = 0; i < 30; i++) await page.mouse.move(box.x + box.width * 0.6 - i * 10, box.y + box.height / 2);
await page.mouse.up();
await page.waitForTimeout(300);
const longtasks = await page.evaluate((since) => window.__longtasks.filter((t) => t.start >= since), before);
const domNodes = await page.evaluate(() => ({
  timeline: document.querySelectorAll('[data-testid="timeline-axis"] *').length,
  listRows: document.querySelectorAll('[data-testid="event"]').length,
  total: document.getElementsByTagName("*").length,
}));
const count = await page.getByTestId("result-count").textContent();

console.log(
  JSON.stringify(
    round({
      events,
      shown: count,
      firstRenderMs: firstRender,
      filterChangeMs: stats(filter),
      filterUntilTimelineMs: stats(settled),
      rangeChangeMs: stats(range),
      searchMs: stats(search),
      zoomChangeMs: stats(zoom),
      longTasksWhileZooming: { count: longtasks.length, longestMs: Math.max(0, ...longtasks.map((t) => t.duration)) },
      domNodes,
    }),
    null,
    2,
  ),
);
await browser.close();
await server.close();
