// The demo pages served by Web Dev Server on a free port, and a headless Chromium to look at them: shared
// by the screenshot scripts.
import { startDevServer } from '@web/dev-server';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireChrome } from './find-chrome.mjs';
import config from '../web-dev-server.config.mjs';

/** Starts both; `close()` stops both. */
export async function openDemoSession() {
  const server = await startDevServer({
    config: { ...config, open: false, watch: false, port: 0 },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const address = server.server?.address();
  const port = typeof address === 'object' && address ? address.port : server.config.port;
  // Playwright passes its own headless flag.
  const browser = await chromium.launch({ executablePath: requireChrome(), args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')) });
  return {
    origin: `http://localhost:${port}`,
    browser,
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}
