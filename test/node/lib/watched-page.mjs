// A page opened in headless Chromium with what a test asserts on recorded: every request's path, every error
// the page reports (thrown or logged), and every Content-Security-Policy violation (`window.__violations`).

/** Opens `url` in a new context of `browser` (`options` for it: viewport, javaScriptEnabled…). */
export async function openWatched(browser, url, options = {}) {
  const context = await browser.newContext({ viewport: { width: 800, height: 900 }, ...options });
  const tab = await context.newPage();
  const errors = [];
  const requests = [];
  tab.on('request', (r) => requests.push(new URL(r.url()).pathname));
  tab.on('pageerror', (e) => errors.push(e.message));
  tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await tab.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await tab.goto(url);
  return { tab, errors, requests, close: () => context.close() };
}
