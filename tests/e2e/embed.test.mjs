// End-to-end: Newsline on a host page (static/embed-example.html) — the iframe, two widgets
// mounted with newsline.js, a corpus URL that fails, and all of it under a strict
// Content-Security-Policy.
import assert from "node:assert/strict";
import { test } from "node:test";
import { serve, useServedApp } from "./support.mjs";

const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; style-src-attr 'unsafe-inline'";

const app = useServedApp();

/** Opens `path` on `base`, recording page errors and CSP violations reported on the console. */
async function open(base, path, width = 1280, height = 1400) {
  const page = await app.browser.newPage({ viewport: { width, height } });
  page.setDefaultTimeout(15_000);
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  await page.goto(base + path);
  return { page, problems };
}

const countOf = async (scope) => Number((await scope.locator('[data-testid="result-count"]').textContent()).split(" ")[0]);

test("the iframe on the host page shows the explorer's events in embed mode", async () => {
  const { page, problems } = await open(app.url, "embed-example.html");
  const frame = page.frameLocator('[data-testid="embed-frame"]');
  await frame.locator('[data-testid="event"]').first().waitFor();
  assert.ok((await countOf(frame)) > 0);
  const full = frame.getByRole("link", { name: /open full view/i });
  const href = await full.getAttribute("href");
  assert.ok(!href.includes("embed"), `the full view leaves embed mode: ${href}`);
  assert.ok(href.includes("e=Japan"), `the full view keeps the filter: ${href}`);
  assert.deepEqual(problems, []);
  await page.close();
});

test("two mounted widgets filter independently and leave the host's URL alone", async () => {
  const { page, problems } = await open(app.url, "embed-example.html");
  const first = page.locator('[data-testid="widget-default"]');
  const second = page.locator('[data-testid="widget-url"]');
  await first.locator('[data-testid="event"]').first().waitFor();
  await second.locator('[data-testid="event"]').first().waitFor();
  const [before1, before2] = [await countOf(first), await countOf(second)];
  const url = page.url();

  const drawer = first.locator(".nl-drawer-toggle");
  if (await drawer.isVisible()) await drawer.click();
  const facets = first.locator('[data-testid="entity-facet"]');
  // A facet that narrows: one whose count is below the whole.
  const counts = await facets.evaluateAll((els) => els.map((e) => Number(e.textContent.match(/(\d+)\s*$/)?.[1])));
  const narrowing = counts.findIndex((n) => n > 0 && n < before1);
  assert.ok(narrowing >= 0, "some facet narrows the first widget");
  await facets.nth(narrowing).click();

  await page.waitForFunction(
    ([el, n]) => Number(el.querySelector('[data-testid="result-count"]').textContent.split(" ")[0]) !== n,
    [await first.elementHandle(), before1],
  );
  assert.equal(await countOf(first), counts[narrowing]);
  assert.equal(await countOf(second), before2, "the other widget is unaffected");
  assert.equal(page.url(), url, "a mounted widget never writes the host page's URL");
  assert.deepEqual(problems, []);
  await page.close();
});

test("a corpus URL that fails shows a clear message inside the widget, and the page goes on", async () => {
  const { page, problems } = await open(app.url, "embed-example.html");
  await page.route("**/missing.json", (r) => r.fulfill({ status: 404, body: "not found" }));
  await page.route("**/malformed.json", (r) =>
    r.fulfill({ status: 200, contentType: "application/json", body: '{"documents": [' }),
  );
  await page.route("**/wrong-shape.json", (r) =>
    r.fulfill({ status: 200, contentType: "application/json", body: '{"documents": 3}' }),
  );
  await page.locator('[data-testid="widget-default"] [data-testid="event"]').first().waitFor();

  await page.evaluate(async () => {
    const { mount } = await import("./newsline.js");
    for (const name of ["missing", "malformed", "wrong-shape"]) {
      const el = document.createElement("div");
      el.dataset.testid = `bad-${name}`;
      document.body.append(el);
      await mount(el, { corpusUrl: `${name}.json` });
    }
  });
  const error = (name) => page.locator(`[data-testid="bad-${name}"] [data-testid="corpus-error"]`);
  assert.match(await error("missing").textContent(), /404/);
  assert.match(await error("malformed").textContent(), /JSON/i);
  assert.match(await error("wrong-shape").textContent(), /documents|Newsline corpus/i);

  // The host page and the widgets already on it still work.
  assert.ok((await countOf(page.locator('[data-testid="widget-default"]'))) > 0);
  assert.ok(await page.locator('[data-testid="host-selection"]').isVisible());
  assert.deepEqual(problems, []);
  await page.close();
});

test("under a strict Content-Security-Policy the full app, the iframe and the widgets all run", async () => {
  // The same build, served again with the header.
  const strict = await serve(app.dir, { headers: { "content-security-policy": CSP } });
  const full = await open(strict.url, "", 1280, 900);
  await full.page.locator('[data-testid="event"]').first().waitFor();
  assert.ok((await countOf(full.page)) > 0);
  assert.deepEqual(full.problems, []);
  await full.page.close();

  const host = await open(strict.url, "embed-example.html");
  await host.page.frameLocator('[data-testid="embed-frame"]').locator('[data-testid="event"]').first().waitFor();
  for (const widget of ["widget-default", "widget-url"]) {
    await host.page.locator(`[data-testid="${widget}"] [data-testid="event"]`).first().waitFor();
  }
  assert.deepEqual(host.problems, []);
  await host.page.close();
  await strict.close();
});
