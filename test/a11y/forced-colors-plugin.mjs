// A test-runner command that emulates `forced-colors: active` (Windows High Contrast). The runner's own
// `emulateMedia` passes `forcedColors` to Playwright only: puppeteer's emulateMediaFeatures rejects the
// feature, so with the Chrome launcher this sends the DevTools protocol command itself.

/** CDP emulation lasts as long as the session that set it: one session per page, kept. */
const sessions = new WeakMap();

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function forcedColorsPlugin() {
  return {
    name: 'mss-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const value = payload && payload.value === 'active' ? 'active' : 'none';
      const page = session.browser.getPage(session.id);
      if (session.browser.type === 'playwright') {
        await page.emulateMedia({ forcedColors: value });
        return true;
      }
      if (session.browser.type === 'puppeteer') {
        let cdp = sessions.get(page);
        if (!cdp) {
          cdp = await page.createCDPSession();
          sessions.set(page, cdp);
        }
        await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
        return true;
      }
      throw new Error(`forced colours cannot be emulated in ${session.browser.type}`);
    },
  };
}
