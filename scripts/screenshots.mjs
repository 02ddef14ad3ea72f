// Takes docs/screenshot-1280.png and docs/screenshot-390.png of a fresh release build, with
// the first event opened so the detail (sentences and date provenance) is in the picture.
// Usage: node scripts/screenshots.mjs [dist folder]   (builds one when none is given)
import { join } from "node:path";
import { ROOT, buildDist, launch, serve } from "../tests/e2e/support.mjs";

const dist = process.argv[2] ?? buildDist();
const server = await serve(dist);
const browser = await launch();
try {
  for (const [width, height] of [
    [1280, 900],
    [390, 844],
  ]) {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(server.url);
    await page.locator('[data-testid="event"]').first().waitFor();
    if (width > 1000) {
      await page.locator('[data-testid="event"]').nth(2).click();
      await page.locator('[data-testid="event-detail"]').waitFor();
    }
    await page.screenshot({ path: join(ROOT, "docs", `screenshot-${width}.png`), fullPage: width < 1000 });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
