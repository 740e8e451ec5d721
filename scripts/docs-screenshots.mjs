// Writes the README's pictures (docs/*.png) from the demo pages, the way scripts/screenshot.mjs takes its
// full-page shots, but cut to the top of each page at a size a README can show:
//   node scripts/docs-screenshots.mjs
import { mkdirSync } from 'node:fs';
import { openDemoSession } from './demo-session.mjs';

/** page, viewport, how much of the page's top to keep, file. */
const SHOTS = [
  { path: '/demo/article.html', width: 1280, height: 1700, out: 'docs/article-desktop.png' },
  { path: '/demo/article.html', width: 390, height: 1900, out: 'docs/article-phone.png', scale: 1 },
  { path: '/demo/', width: 1280, height: 1450, out: 'docs/gallery.png' },
];

mkdirSync('docs', { recursive: true });
const { origin, browser, close } = await openDemoSession();
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, deviceScaleFactor: shot.scale ?? 1 });
    page.on('pageerror', (e) => console.log(`[pageerror] ${shot.path}: ${e.message}`));
    await page.goto(`${origin}${shot.path}`);
    // The charts start near the viewport; wait for every visible one to draw and finish animating.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('mss-contingent-chart, mss-pledges-chart, mss-displacement-chart, mss-casualties-chart')]
        .filter((el) => el.getBoundingClientRect().top < innerHeight)
        .every((el) => /** @type {{ chartInstance?: unknown }} */ (el).chartInstance),
    );
    await page.waitForTimeout(1200);
    await page.screenshot({ path: shot.out });
    console.log(`wrote ${shot.out}`);
    await page.close();
  }
} finally {
  await close();
}
