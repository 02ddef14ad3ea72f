// Takes docs/screenshot-reader-1280.png (the article reader opened from the detail of the event
// reported by the most articles) and docs/screenshot-filters-390.png (a search, an entity
// filter and the facet filter box in the drawer, at phone width) of a fresh release build.
// Usage: node scripts/screenshots-reader.mjs [dist folder]   (builds one when none is given)
import { join } from "node:path";
import { ROOT, buildDist, launch, serve } from "../tests/e2e/support.mjs";

const dist = process.argv[2] ?? buildDist().dir;
const server = await serve(dist);
const browser = await launch();
try {
  const wide = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: "light" });
  await wide.goto(server.url);
  const events = wide.locator('[data-testid="event"]');
  await events.first().waitFor();
  const files = await events.evaluateAll((els) => els.map((e) => e.dataset.files.split(" ").length));
  await events.nth(files.indexOf(Math.max(...files))).click();
  await wide.getByTestId("open-reader").first().click();
  await wide.getByTestId("article-reader").waitFor();
  // Opening scrolled the page to the button; the page behind the reader reads best from its top.
  await wide.evaluate(() => window.scrollTo(0, 0));
  await wide.waitForTimeout(300);
  await wide.screenshot({ path: join(ROOT, "docs", "screenshot-reader-1280.png") });
  await wide.close();

  const narrow = await browser.newPage({ viewport: { width: 390, height: 844 }, colorScheme: "light" });
  await narrow.goto(server.url);
  await narrow.locator('[data-testid="event"]').first().waitFor();
  await narrow.getByTestId("search").fill("talks");
  await narrow.getByTestId("search").press("Enter");
  await narrow.locator(".nl-drawer-toggle").click();
  await narrow.getByTestId("facet-filter").fill("korea");
  await narrow.locator('[data-testid="entity-facet"]:not([disabled])').first().click();
  await narrow.waitForTimeout(300);
  await narrow.screenshot({ path: join(ROOT, "docs", "screenshot-filters-390.png") });
  await narrow.close();
} finally {
  await browser.close();
  await server.close();
}
