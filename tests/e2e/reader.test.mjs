// End-to-end: search marks, filter chips, the event detail's entity chips and the article
// reader, in a release build of the default corpus served on 127.0.0.1 in headless Chromium.
import assert from "node:assert/strict";
import { test } from "node:test";
import { useServedApp, viewUrl } from "./support.mjs";

const app = useServedApp();

const events = (page) => page.locator('[data-testid="event"]');
const countIs = (page, n) =>
  page.waitForFunction((n) => document.querySelectorAll('[data-testid="event"]').length === n, n);

test("a search marks its matches in the list, typed text shows at once and is applied after a pause", async () => {
  const { page, errors } = await app.open();
  const total = await events(page).count();
  const history = await page.evaluate(() => history.length);
  await page.getByTestId("search").pressSequentially("japan", { delay: 30 });
  assert.equal(await page.getByTestId("search").inputValue(), "japan");
  await page.locator('[data-testid="event"] mark').first().waitFor();
  const marks = await page.locator('[data-testid="event"] mark').allTextContents();
  assert.ok(marks.length > 0 && marks.every((m) => m.toLowerCase() === "japan"), marks.join());
  assert.ok((await events(page).count()) <= total);
  assert.equal((await viewUrl(page)).searchParams.get("q"), "japan");
  assert.equal(await page.evaluate(() => history.length), history + 1, "one history entry for the search");
  const chip = page.locator('[data-testid="active-filter"]');
  assert.match(await chip.textContent(), /japan/);
  await chip.getByRole("button").click();
  await countIs(page, total);
  assert.equal(await page.locator("mark").count(), 0);
  assert.equal(await page.getByTestId("search").inputValue(), "");
  assert.deepEqual(errors, []);
  await page.close();
});

test("an entity chip in the detail narrows the events and the URL; removing its filter chip restores them", async () => {
  const { page } = await app.open();
  const total = await events(page).count();
  await events(page).first().click();
  const detail = page.getByTestId("event-detail");
  await detail.waitFor();
  const entity = detail.getByTestId("detail-entity").first();
  const name = await entity.getAttribute("data-entity");
  await entity.click();
  const active = page.locator(`[data-testid="active-filter"][data-entity="${name}"]`);
  await active.waitFor();
  assert.deepEqual((await viewUrl(page)).searchParams.getAll("e"), [name]);
  const narrowed = await events(page).count();
  assert.ok(narrowed >= 1 && narrowed <= total);
  const facet = page.locator(`[data-testid="entity-facet"][data-entity="${name}"]`);
  assert.equal(await facet.getAttribute("aria-pressed"), "true");

  await active.getByRole("button").click();
  await active.waitFor({ state: "detached" });
  await countIs(page, total);
  assert.deepEqual((await viewUrl(page)).searchParams.getAll("e"), []);
  assert.equal(await facet.getAttribute("aria-pressed"), "false");
  await page.close();
});

for (const width of [1280, 390]) {
  test(`at ${width}px the reader opens from the detail with dates marked, greys boilerplate in the raw page and Escape closes it`, async () => {
    const { page, errors } = await app.open({ width, height: width > 500 ? 900 : 844 });
    // The event reported by the most articles, so the reader has company to choose from.
    const files = await events(page).evaluateAll((els) => els.map((e) => e.dataset.files.split(" ").length));
    await events(page).nth(files.indexOf(Math.max(...files))).click();
    const detail = page.getByTestId("event-detail");
    await detail.waitFor();
    const sentence = (await detail.getByTestId("source-sentence").first().textContent()).replace(/\s+/g, " ").trim();
    const openReader = detail.getByTestId("open-reader").first();
    await openReader.scrollIntoViewIfNeeded();
    const pageScroll = await page.evaluate(() => window.scrollY);
    await openReader.click();

    const reader = page.getByTestId("article-reader");
    await reader.waitFor();
    const dates = reader.getByTestId("date-mention");
    assert.ok((await dates.count()) > 0, "date expressions are marked");
    for (const title of await dates.evaluateAll((els) => els.map((e) => e.title))) {
      assert.match(title, /^(\d{4}\S*|P\S+|unresolved) · \S/, title);
    }
    assert.ok((await reader.getByTestId("entity-mention").count()) > 0, "entity mentions are marked");
    const focus = (await reader.locator(".is-focus").allTextContents()).join("").replace(/\s+/g, " ").trim();
    assert.equal(focus, sentence, "the source sentence is emphasised");
    const box = await reader.locator(".is-focus").first().boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= (width > 500 ? 900 : 844), "and scrolled into view");
    assert.equal(await page.evaluate(() => window.scrollY), pageScroll, "the page behind stays put");

    assert.equal(await reader.locator(".nl-reader__body .nl-dropped").count(), 0, "the cleaned text has no boilerplate");
    await page.getByTestId("raw-toggle").click();
    const dropped = reader.locator('[data-testid="raw-text"] .nl-dropped');
    await dropped.first().waitFor();
    const styles = await dropped.first().evaluate((el) => {
      const s = getComputedStyle(el);
      return { colour: s.color, text: getComputedStyle(el.closest("[data-testid=raw-text]")).color };
    });
    assert.notEqual(styles.colour, styles.text, "dropped text is greyed");
    assert.ok(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      "no sideways scroll",
    );

    await page.keyboard.press("Escape");
    await reader.waitFor({ state: "detached" });
    assert.ok(await detail.isVisible(), "Escape closes the reader first, the detail stays");
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test("the open article is in the URL: reload reopens it, back closes it", async () => {
  const { page, errors } = await app.open();
  await events(page).first().click();
  await page.getByTestId("event-detail").getByTestId("open-reader").first().click();
  const reader = page.getByTestId("article-reader");
  await reader.waitFor();
  const url = await viewUrl(page);
  assert.ok(url.searchParams.get("a")?.endsWith(".txt"), url.search);
  assert.match(url.searchParams.get("s"), /^\d+-\d+$/);
  const focus = await reader.locator(".is-focus").allTextContents();

  await page.reload();
  await reader.waitFor();
  assert.deepEqual(await reader.locator(".is-focus").allTextContents(), focus);

  await page.goBack();
  await reader.waitFor({ state: "detached" });
  assert.ok(await page.getByTestId("event-detail").isVisible(), "back returns to the detail");
  assert.equal((await viewUrl(page)).searchParams.get("a"), null);
  assert.deepEqual(errors, []);
  await page.close();
});
