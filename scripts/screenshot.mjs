// Takes full-page screenshots of demo pages in headless Chromium, to look at what the charts show:
//   node scripts/screenshot.mjs [page path] [width] [out.png]
import { startDevServer } from '@web/dev-server';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireChrome } from './find-chrome.mjs';
import config from '../web-dev-server.config.mjs';

const [path = '/demo/', width = '1280', out = 'screenshot.png'] = process.argv.slice(2);
const server = await startDevServer({
  config: { ...config, open: false, watch: false, port: 0 },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const address = server.server?.address();
const port = typeof address === "object" && address ? address.port : server.config.port;
const browser = await chromium.launch({ executablePath: requireChrome(), args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')) });
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, deviceScaleFactor: 1 });
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && console.log(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
  await page.goto(`http://localhost:${port}${path}`);
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
  await browser.close();
  await server.stop();
}
