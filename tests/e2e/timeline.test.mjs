// End-to-end: the timeline's navigation on a release build of the default corpus, driven in
// headless Chromium with a real mouse, keyboard and (through the DevTools protocol) touch: wheel
// zoom, drag, keys, pinch, the overview brush as a date filter in the URL, reload, back,
// clusters, fit to results, a narrow screen.
import assert from "node:assert/strict";
import { test } from "node:test";
import { useServedApp, viewUrl } from "./support.mjs";

const app = useServedApp();

/** Opens the app at `query`, ready once the timeline's axis is drawn. */
const open = (query = "", width = 1280, height = 900) =>
  app.open({ query, width, height, ready: '[data-testid="timeline-axis"]' });

const range = (page) => page.getByTestId("timeline-range").textContent();
const ticks = (page) => page.locator(".nl-tick").allTextContents();
const count = async (page) => Number((await page.getByTestId("result-count").textContent()).split(" ")[0]);
const param = async (page, name) => (await viewUrl(page)).searchParams.get(name);

/** Events on the axis (lone markers plus the counts the clusters carry), as its canvas says. */
const onAxis = async (page) => Number(await page.getByTestId("timeline-markers").getAttribute("data-events"));

/**
 * The first point, left to right along the first two lanes of markers, where the canvas's
 * tooltip matches `pattern`, in page coordinates: found by a quick sweep of synthetic pointer
 * moves inside the page, so the test's real mouse can then go straight there.
 */
const findOnAxis = (page, pattern) =>
  page.evaluate((source) => {
    const wanted = new RegExp(source);
    const canvas = document.querySelector('[data-testid="timeline-markers"]');
    const box = document.querySelector('[data-testid="timeline-axis"]').getBoundingClientRect();
    for (const y of [36, 56]) {
      for (let x = 0; x < box.width; x += 2) {
        const at = { clientX: box.left + x, clientY: box.top + y, bubbles: true, pointerType: "mouse" };
        canvas.dispatchEvent(new PointerEvent("pointermove", at));
        if (wanted.test(canvas.title)) return { x: at.clientX, y: at.clientY, title: canvas.title };
      }
    }
    return null;
  }, pattern.source);

async function centreOf(locator) {
  const box = await locator.boundingBox();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, box };
}

test("the wheel zooms around the pointer, changes the ticks and goes into the URL", async () => {
  const { page, errors } = await open();
  const before = { range: await range(page), ticks: await ticks(page) };
  const { x, y } = await centreOf(page.getByTestId("timeline-axis"));
  await page.mouse.move(x, y);
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -250);
  await page.waitForFunction((r) => document.querySelector('[data-testid="timeline-range"]').textContent !== r, before.range);
  assert.notDeepEqual(await ticks(page), before.ticks, "finer ticks");
  await page.waitForFunction(() => new URL(location.href).searchParams.has("z"));
  assert.ok(Number(await param(page, "z")) > 0);
  const zoomedIn = await range(page);
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, 250);
  await page.waitForFunction((r) => document.querySelector('[data-testid="timeline-range"]').textContent !== r, zoomedIn);
  assert.equal(await range(page), before.range, "zooming out around the same point comes back");
  assert.deepEqual(errors, []);
  await page.close();
});

test("dragging the axis pans it and the arrow keys pan it when it has focus", async () => {
  const { page } = await open();
  const start = await range(page);
  const { x, y } = await centreOf(page.getByTestId("timeline-axis"));
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 400, y, { steps: 8 });
  await page.mouse.up();
  const dragged = await range(page);
  assert.notEqual(dragged, start, "a drag to the right shows earlier dates");
  await page.getByTestId("timeline-axis").focus();
  await page.keyboard.press("Shift+ArrowRight");
  assert.notEqual(await range(page), dragged);
  await page.keyboard.press("+");
  assert.ok(await page.getByTestId("zoom-out").isEnabled());
  await page.close();
});

test("two fingers spreading on the axis zoom in, closing zoom out", async () => {
  const context = await app.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(app.url);
  await page.getByTestId("timeline-axis").waitFor();
  const before = await range(page);
  const { x, y } = await centreOf(page.getByTestId("timeline-axis"));
  const cdp = await context.newCDPSession(page);
  const pinch = async (from, to) => {
    const points = (d) => [{ x: x - d, y, id: 1 }, { x: x + d, y, id: 2 }];
    await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: points(from) });
    const step = from < to ? 5 : -5;
    for (let d = from + step; from < to ? d <= to : d >= to; d += step) {
      await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: points(d) });
    }
    await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  };
  await pinch(30, 120);
  await page.waitForFunction((r) => document.querySelector('[data-testid="timeline-range"]').textContent !== r, before);
  const zoomed = await range(page);
  await pinch(120, 30);
  await page.waitForFunction((r) => document.querySelector('[data-testid="timeline-range"]').textContent !== r, zoomed);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
  await context.close();
});

test("brushing the overview filters the list, writes the URL, survives a reload and back undoes it", async () => {
  const { page, errors } = await open();
  const total = await count(page);
  // Brush across the window the axis shows: the dense years, without 1910 and 1965.
  const window = await page.getByTestId("overview-window").boundingBox();
  const y = window.y + window.height / 2;
  await page.mouse.move(window.x + 2, y);
  await page.mouse.down();
  await page.mouse.move(window.x + window.width / 2, y, { steps: 4 });
  await page.mouse.move(window.x + window.width - 2, y, { steps: 4 });
  await page.mouse.up();
  await page.getByTestId("range").waitFor();
  const narrowed = await count(page);
  assert.ok(narrowed > 0 && narrowed < total, `${narrowed} of ${total}`);
  assert.equal(await page.locator('[data-testid="event"]').count(), narrowed, "the list shows what the count says");
  assert.match(await param(page, "from") ?? "", /^\d{4}-\d\d-\d\d$/);
  assert.match(await param(page, "to") ?? "", /^\d{4}-\d\d-\d\d$/);
  await page.waitForFunction(() => new URL(location.href).searchParams.has("z"));
  const chip = await page.getByTestId("range").textContent();
  const label = await range(page);

  await page.reload();
  await page.getByTestId("range").waitFor();
  assert.equal(await count(page), narrowed);
  assert.equal(await page.getByTestId("range").textContent(), chip);
  assert.equal(await range(page), label, "the zoom and centre come back too");

  await page.goBack();
  await page.waitForFunction((n) => document.querySelector('[data-testid="result-count"]').textContent.startsWith(`${n} `), total);
  assert.equal(await param(page, "from"), null);
  assert.equal(await page.getByTestId("range").count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a link with a range and a zoom opens on them; bad values are ignored", async () => {
  const { page, errors } = await open("?from=2019-07&to=2019-12-31&z=6&at=2019-09-15");
  await page.getByTestId("range").waitFor();
  const dates = await page.locator('[data-testid="event"]').evaluateAll((els) => els.map((e) => e.dataset.date));
  assert.ok(dates.length > 0);
  assert.ok(dates.every((d) => d.split("/").some((part) => part.slice(0, 4) >= "2019")), dates.join());
  const bad = await open("?from=someday&z=deep&at=never");
  assert.equal(await bad.page.getByTestId("range").count(), 0);
  assert.notEqual(await range(page), await range(bad.page), "the link's zoom and centre, not the default view");
  assert.deepEqual([...errors, ...bad.errors], []);
  await bad.page.close();
  await page.close();
});

test("a cluster names its events under the mouse and a click zooms in to it", async () => {
  const { page } = await open();
  for (let i = 0; i < 3; i++) await page.getByTestId("zoom-out").click();
  const cluster = await findOnAxis(page, /^\d+ events, /);
  assert.ok(cluster, "a cluster on the zoomed-out axis");
  await page.mouse.move(cluster.x, cluster.y);
  assert.equal(await page.getByTestId("timeline-markers").getAttribute("title"), cluster.title);
  const held = Number(cluster.title.split(" ")[0]);
  const z = Number(await param(page, "z") ?? 0);
  const before = await range(page);
  await page.mouse.click(cluster.x, cluster.y);
  await page.waitForFunction((r) => document.querySelector('[data-testid="timeline-range"]').textContent !== r, before);
  await page.waitForFunction((z) => Number(new URL(location.href).searchParams.get("z")) > z, z);
  assert.ok((await onAxis(page)) >= held, "its events are all in view");
  await page.close();
});

test("an event on the axis is named under the mouse and a click opens it", async () => {
  const { page, errors } = await open();
  for (let i = 0; i < 2; i++) await page.getByTestId("zoom-in").click();
  const lone = await findOnAxis(page, /^(?!\d+ events, ).+: /);
  assert.ok(lone, "a lone event on the zoomed-in axis");
  await page.mouse.move(lone.x, lone.y);
  await page.mouse.click(lone.x, lone.y);
  const detail = page.getByTestId("event-detail");
  await detail.waitFor();
  const headline = lone.title.slice(lone.title.indexOf(": ") + 2);
  assert.ok((await detail.textContent()).includes(headline), `${headline} opened`);
  assert.deepEqual(errors, []);
  await page.close();
});

test("fit to results frames the events that match the filters", async () => {
  const { page } = await open();
  await page.getByTestId("zoom-in").click();
  await page.getByTestId("zoom-in").click();
  await page.getByTestId("zoom-in").click();
  const total = await count(page);
  assert.ok((await onAxis(page)) < total, "zoomed in, some events are off screen");
  await page.getByTestId("fit").click();
  await page.waitForFunction(
    (n) => Number(document.querySelector('[data-testid="timeline-markers"]').dataset.events) === n,
    total,
  );
  await page.close();
});

test("at 390px the timeline fits, its tools wrap and the page does not scroll sideways", async () => {
  const { page } = await open("", 390, 844);
  const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  assert.ok(await fits());
  for (const id of ["fit", "zoom-in", "zoom-out", "range-from-view"]) {
    const box = await page.getByTestId(id).boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 390, id);
  }
  await page.getByTestId("range-from-view").click();
  await page.getByTestId("range").waitFor();
  assert.ok(await fits(), "with the date filter shown");
  await page.close();
});
