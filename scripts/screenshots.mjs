// Takes docs/screenshot-1280.png and docs/screenshot-390.png of a fresh release build. At
// 1280 px the event reported by the most articles is opened, so the detail (sentences, outlets,
// date provenance) is in the picture.
// Usage: node scripts/screenshots.mjs [dist folder]   (builds one when none is given)
import { join } from "node:path";
import { ROOT, buildDist, launch, serve } from "../tests/e2e/support.mjs";

const dist = process.argv[2] ?? buildDist().dir;
const server = await serve(dist);
const browser = await launch();
try {
  for (const [width, height] of [
    [1280, 900],
    [390, 844],
  ]) {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(server.url);
    const events = page.locator('[data-testid="event"]');
    await events.first().waitFor();
    if (width > 1000) {
      const files = await events.evaluateAll((els) => els.map((e) => e.dataset.files.split(" ").length));
      await events.nth(files.indexOf(Math.max(...files))).click();
      await page.locator('[data-testid="event-detail"]').waitFor();
    }
    await page.screenshot({ path: join(ROOT, "docs", `screenshot-${width}.png`) });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
