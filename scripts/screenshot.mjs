// Takes full-page screenshots of demo pages in headless Chromium, to look at what the charts show:
//   node scripts/screenshot.mjs [page path] [width] [out.png] [--no-engine]
// --no-engine blocks the chart engine (Chart.js), so the charts keep their SVG first paint: what a reader
// sees before Chart.js arrives, or when it never does.
import { openDemoSession } from './demo-session.mjs';

const args = process.argv.slice(2);
const noEngine = args.includes('--no-engine');
const [path = '/demo/', width = '1280', out = 'screenshot.png'] = args.filter((a) => !a.startsWith('--'));
const { origin, browser, close } = await openDemoSession();
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, deviceScaleFactor: 1 });
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && console.log(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
  if (noEngine) await page.route(/\/engine\/engine\.(ts|js)|\/chunks\/engine-/, (route) => route.abort());
  await page.goto(`${origin}${path}`);
  // Scroll through so lazy charts start, then wait for their animations.
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 150));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: out, fullPage: true });
  console.log(`wrote ${out}`);
} finally {
  await close();
}
