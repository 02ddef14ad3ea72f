// End-to-end: a fresh `trunk build --release` of the default corpus, served on 127.0.0.1 and
// driven in headless Chromium as a reader would use it.
import assert from "node:assert/strict";
import { test } from "node:test";
import { corpusFiles, useServedApp, viewUrl } from "./support.mjs";

const app = useServedApp();

const events = (page) => page.locator('[data-testid="event"]');

test("the page shows events from every article in corpus/", async () => {
  const { page, errors } = await app.open();
  const files = new Set(
    (await events(page).evaluateAll((els) => els.map((e) => e.dataset.files))).flatMap((f) => f.split(" ")),
  );
  assert.deepEqual([...files].sort(), corpusFiles().sort());
  const dates = await events(page).evaluateAll((els) => els.map((e) => e.dataset.date));
  assert.ok(dates.every((d) => /^\d{4}(-\d\d(-\d\d)?|-W\d\d)?(\/\d{4}(-\d\d(-\d\d)?|-W\d\d)?)?$/.test(d)), dates.join());
  const count = await page.getByTestId("result-count").textContent();
  assert.equal(count, `${dates.length} event${dates.length === 1 ? "" : "s"}`);
  assert.ok(Number(await page.getByTestId("timeline-markers").getAttribute("data-events")) > 0, "events are on the axis");
  assert.deepEqual(errors, []);
  await page.close();
});

test("clicking an entity facet narrows the events to its count", async () => {
  const { page } = await app.open();
  const total = await events(page).count();
  const facets = await page
    .locator('[data-testid="entity-facet"]:not([disabled])')
    .evaluateAll((els) => els.map((e) => ({ name: e.dataset.entity, count: Number(e.dataset.count) })));
  const narrowing = facets.find((f) => f.count > 0 && f.count < total);
  assert.ok(narrowing, `some entity is in fewer than all ${total} events`);
  const facet = page.locator(`[data-testid="entity-facet"][data-entity="${narrowing.name}"]`);
  await facet.click();
  await assert.doesNotReject(() =>
    page.waitForFunction((n) => document.querySelectorAll('[data-testid="event"]').length === n, narrowing.count),
  );
  assert.equal(await facet.getAttribute("aria-pressed"), "true");
  await facet.click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="event"]').length === n, total);
  await page.close();
});

test("searching narrows the events and an impossible search explains itself", async () => {
  const { page } = await app.open();
  const total = await events(page).count();
  const summaries = await page.locator(".nl-event__summary").allTextContents();
  // Try the rarest words of the summaries until one narrows; each must keep its own event.
  const words = [...new Set(summaries.join(" ").toLowerCase().match(/[a-z]{5,}/g))];
  const inSummaries = (w) => summaries.filter((s) => s.toLowerCase().includes(w)).length;
  words.sort((a, b) => inSummaries(a) - inSummaries(b));
  let narrowed = false;
  for (const word of words.slice(0, 5)) {
    await page.getByTestId("search").fill(word);
    await page.getByTestId("search").press("Enter"); // the search is debounced; Enter applies it
    const shown = await page.locator(".nl-event__summary").allTextContents();
    assert.ok(
      shown.some((s) => s.toLowerCase().includes(word)),
      `"${word}" keeps an event whose summary contains it`,
    );
    narrowed ||= shown.length < total;
  }
  assert.ok(narrowed, "a search shows fewer events than the whole corpus");
  await page.getByTestId("search").fill("zzqx no such words zzqx");
  await page.getByTestId("notice").waitFor();
  assert.equal(await events(page).count(), 0);
  await page.getByTestId("search").fill("");
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="event"]').length === n, total);
  await page.close();
});

test("opening an event shows its sentences, sources and date provenance", async () => {
  const { page } = await app.open();
  const first = events(page).first();
  const summary = await first.locator(".nl-event__summary").textContent();
  await first.click();
  const detail = page.getByTestId("event-detail");
  await detail.waitFor();
  assert.ok((await detail.textContent()).includes(summary));
  const files = (await first.getAttribute("data-files")).split(" ");
  for (const file of files) assert.ok((await detail.textContent()).includes(file), file);
  assert.ok((await page.getByTestId("provenance").count()) >= 1);
  await page.keyboard.press("Escape");
  await detail.waitFor({ state: "detached" });
  await page.close();
});

for (const width of [390, 360]) {
  test(`at ${width}px wide the page does not scroll sideways`, async () => {
    const { page } = await app.open({ width, height: 800 });
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    assert.ok(await fits(), "list view");
    await events(page).first().click();
    await page.getByTestId("event-detail").waitFor();
    assert.ok(await fits(), "with the detail open");
    await page.close();
  });
}

test("a facet click goes into the URL, reload restores the view and back undoes it", async () => {
  const { page, errors } = await app.open();
  const total = await events(page).count();
  const facets = await page
    .locator('[data-testid="entity-facet"]:not([disabled])')
    .evaluateAll((els) => els.map((e) => ({ name: e.dataset.entity, count: Number(e.dataset.count) })));
  const narrowing = facets.find((f) => f.count > 0 && f.count < total);
  const facet = () => page.locator(`[data-testid="entity-facet"][data-entity="${narrowing.name}"]`);
  await facet().click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="event"]').length === n, narrowing.count);
  const url = await viewUrl(page);
  assert.deepEqual(url.searchParams.getAll("e"), [narrowing.name]);
  const count = await page.getByTestId("result-count").textContent();

  await page.reload();
  await events(page).first().waitFor();
  assert.equal(await page.getByTestId("result-count").textContent(), count);
  assert.equal(await events(page).count(), narrowing.count);
  assert.equal(await facet().getAttribute("aria-pressed"), "true");

  await page.goBack();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="event"]').length === n, total);
  assert.equal((await viewUrl(page)).search, "");
  assert.equal(await facet().getAttribute("aria-pressed"), "false");
  assert.deepEqual(errors, []);
  await page.close();
});
