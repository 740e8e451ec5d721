// Routes of the local test server used by the network and page-safety tests: slow, failing and non-JSON
// answers, JSON stored by a test and counted when fetched, pages sent with a strict Content-Security-Policy,
// and a few browser commands (heap size, device pixel ratio). They are served by the test runner's own dev
// server, so the tests touch nothing but localhost.

import { STATUS_CODES } from 'node:http';

/** Bodies stored by tests (`POST /__test__/store?key=…`), served at `/__test__/data/<key>`. */
const stored = new Map();
/** Per stored key: requests received, answered, and abandoned by the browser before the answer. */
const stats = new Map();
/**
 * Files that change on command, for the refresh tests: `POST /__test__/live?key=…&etag=…&modified=…&cache=…&status=…&delay=…`
 * sets the version served at `/__test__/live/<key>` (the body is the file, `cache` its Cache-Control; a `status` other than 200 answers that
 * error instead). A request whose `If-None-Match` matches the ETag gets 304. Every request's conditional
 * headers are logged, and whether the browser gave up on it: `/__test__/live-log?key=…`.
 */
const live = new Map();
/** CSP violation reports by page id (`report-uri`). */
const reports = new Map();

/** What the strict-CSP pages send: no inline script or style, no eval, Trusted Types required. */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "frame-ancestors 'self'",
  "require-trusted-types-for 'script'",
  // Lit's template policy; a page that lists its Trusted Types policies must list this one.
  'trusted-types lit-html',
].join('; ');

/** Modules a test page may load: the library's sources and built files, and the test fixtures. */
const PAGE_SCRIPT = /^\/(src|test\/fixtures|dist)\/[\w./-]+\.(ts|js|mjs)(\?[\w=&-]*)?$/;
const PAGE_STYLE = /^\/test\/fixtures\/[\w.-]+\.css$/;

const escapeAttr = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function statsOf(key) {
  let entry = stats.get(key);
  if (!entry) {
    entry = { requests: 0, answered: 0, aborted: 0 };
    stats.set(key, entry);
  }
  return entry;
}

function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** Waits `ms`, or less when the browser gives up on the request first. */
function wait(context, ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, Math.min(ms, 30_000));
    context.res.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

const noStore = { 'cache-control': 'no-store' };

/**
 * `/__test__/page?script=/test/fixtures/x.ts&css=/test/fixtures/x.css&body=<markup>&csp=strict&tt=…&id=…&lang=…&dir=…`:
 * an HTML page with no inline script or style of its own, whose only scripts are the listed modules (and
 * `classic` scripts, which run while the page is parsed) and whose only styles the listed style sheets (each
 * may repeat). With `pause=ms`, the page stops for that long at `<!--pause-->` in `body`.
 */
function page(url) {
  const classic = url.searchParams.getAll('classic').filter((s) => PAGE_SCRIPT.test(s) && !s.includes('..'));
  const scripts = url.searchParams.getAll('script').filter((s) => PAGE_SCRIPT.test(s) && !s.includes('..'));
  const styles = url.searchParams.getAll('css').filter((s) => PAGE_STYLE.test(s));
  const lang = url.searchParams.get('lang');
  const dir = url.searchParams.get('dir');
  const id = url.searchParams.get('id') ?? 'page';
  const headers = { ...noStore };
  if (url.searchParams.get('csp') === 'strict') {
    // `tt=allow-duplicates`: the policy a page needs when two copies of Lit (two embeds) each create theirs.
    const policy = url.searchParams.get('tt') === 'allow-duplicates' ? `${STRICT_CSP} 'allow-duplicates'` : STRICT_CSP;
    headers['content-security-policy'] = `${policy}; report-uri /__test__/csp-report?id=${encodeURIComponent(id)}`;
  }
  const html = [
    '<!doctype html>',
    `<html${lang ? ` lang="${escapeAttr(lang)}"` : ''}${dir ? ` dir="${escapeAttr(dir)}"` : ''}>`,
    '<head><meta charset="utf-8"><title>mss-charts test page</title>',
    ...styles.map((s) => `<link rel="stylesheet" href="${escapeAttr(s)}">`),
    ...classic.map((s) => `<script src="${escapeAttr(s)}"></script>`),
    ...scripts.map((s) => `<script type="module" src="${escapeAttr(s)}"></script>`),
    '</head>',
    `<body>${url.searchParams.get('body') ?? ''}</body>`,
    '</html>',
  ].join('\n');
  return { body: html, type: 'text/html', headers };
}

/**
 * Answers one `/__test__/` request. The plugin's `serve()` hook writes the response itself and returns
 * nothing: a returned result is always sent with status 200, and these routes need 404, 500 and dropped
 * connections. The dev server's later middleware sees a body and leaves it alone.
 */
async function answer(context) {
  const url = new URL(context.request.url, 'http://localhost');
  const route = url.pathname.slice('/__test__/'.length);
  const delay = Number(url.searchParams.get('delay') ?? 0);

  if (route === 'store' && context.method === 'POST') {
    const key = url.searchParams.get('key') ?? '';
    stored.set(key, { body: await readBody(context.req), type: url.searchParams.get('type') ?? 'application/json' });
    stats.set(key, { requests: 0, answered: 0, aborted: 0 });
    return { body: '{"stored":true}', type: 'application/json', headers: noStore };
  }
  if (route === 'live' && context.method === 'POST') {
    const key = url.searchParams.get('key') ?? '';
    const param = (name) => url.searchParams.get(name) ?? undefined;
    const version = { body: await readBody(context.req), etag: param('etag'), modified: param('modified'), cache: param('cache') };
    live.set(key, { ...version, status: Number(param('status') ?? 200), delay: Number(param('delay') ?? 0), log: live.get(key)?.log ?? [] });
    return { body: '{"stored":true}', type: 'application/json', headers: noStore };
  }
  if (route === 'live-log') {
    return { body: JSON.stringify(live.get(url.searchParams.get('key') ?? '')?.log ?? []), type: 'application/json', headers: noStore };
  }
  if (route.startsWith('live/')) return answerLive(context, decodeURIComponent(route.slice('live/'.length)));
  if (route === 'csp-report' && context.method === 'POST') {
    const id = url.searchParams.get('id') ?? 'page';
    const list = reports.get(id) ?? [];
    list.push(await readBody(context.req));
    reports.set(id, list);
    return { body: '{}', type: 'application/json', headers: noStore };
  }
  if (route === 'csp-reports') {
    const body = JSON.stringify(reports.get(url.searchParams.get('id') ?? 'page') ?? []);
    return { body, type: 'application/json', headers: noStore };
  }
  if (route === 'stats') {
    return { body: JSON.stringify(statsOf(url.searchParams.get('key') ?? '')), type: 'application/json', headers: noStore };
  }
  if (route.startsWith('data/')) {
    const key = decodeURIComponent(route.slice('data/'.length));
    const entry = statsOf(key);
    entry.requests += 1;
    context.res.once('close', () => {
      if (!context.res.writableFinished) entry.aborted += 1;
    });
    if (delay > 0) await wait(context, delay);
    if (context.res.destroyed) return { body: '' };
    const item = stored.get(key);
    if (!item) {
      context.status = 404;
      return { body: `Nothing stored under ${key}`, type: 'text/plain', headers: noStore };
    }
    entry.answered += 1;
    return { body: item.body, type: item.type, headers: noStore };
  }

  if (delay > 0) await wait(context, delay);
  switch (route) {
    case 'not-found':
      context.status = 404;
      return { body: 'Not found', type: 'text/plain', headers: noStore };
    case 'server-error':
      context.status = 500;
      return { body: 'Internal error', type: 'text/plain', headers: noStore };
    case 'not-json':
      return { body: '<!doctype html><title>Oops</title><p>Not JSON', type: 'text/html', headers: noStore };
    case 'echo': {
      const body = url.searchParams.get('body') ?? '{}';
      return { body, type: 'application/json', headers: noStore };
    }
    case 'drop':
      // The connection closes with no answer: fetch() rejects as on a network failure.
      context.req.socket.destroy();
      return { body: '', headers: noStore };
    case 'log':
      // Debugging a page that freezes: its last words arrive here even when its own logs never do.
      console.log(`[test page] ${url.searchParams.get('msg') ?? ''}`);
      return { body: '', type: 'text/plain', headers: noStore };
    case 'page': {
      const result = page(url);
      const pause = Number(url.searchParams.get('pause') ?? 0);
      const [first, rest] = result.body.split('<!--pause-->');
      if (!pause || rest === undefined) return result;
      // Sent in two parts with a pause between, as a slow network delivers a long article: the parser
      // meets the elements before their children. Written to the socket directly, since the dev server
      // would buffer a streamed body whole.
      context.respond = false;
      context.res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...result.headers });
      context.res.write(first);
      await wait(context, pause);
      context.res.end(rest);
      return { raw: true };
    }
    default:
      context.status = 404;
      return { body: `Unknown test route ${route}`, type: 'text/plain' };
  }
}

/** One request for a changing file (see `live`): logged, then 304, the set error, or the file with its validators. */
async function answerLive(context, key) {
  const item = live.get(key);
  if (!item) {
    context.status = 404;
    return { body: `Nothing set under ${key}`, type: 'text/plain', headers: noStore };
  }
  const entry = {
    method: context.method,
    ifNoneMatch: context.get('if-none-match') || null,
    ifModifiedSince: context.get('if-modified-since') || null,
    aborted: false,
  };
  item.log.push(entry);
  context.res.once('close', () => {
    if (!context.res.writableFinished) entry.aborted = true;
  });
  if (item.delay > 0) await wait(context, item.delay);
  if (context.res.destroyed) return { body: '' };
  let status = 200;
  // Readable from another origin (127.0.0.1 for a page on localhost), as a file host that allows it.
  let headers = { 'access-control-allow-origin': '*', 'cache-control': item.cache ?? 'no-cache', ...(item.etag ? { etag: item.etag } : {}), ...(item.modified ? { 'last-modified': item.modified } : {}) };
  let body = item.body;
  if (item.status !== 200) [status, headers, body] = [item.status, { ...noStore, 'access-control-allow-origin': '*', 'content-type': 'text/plain' }, `Error ${item.status}`];
  else if (item.etag && entry.ifNoneMatch === item.etag) [status, body] = [304, ''];
  else headers['content-type'] = 'application/json';
  // Written to the socket directly: the dev server's cache middleware would drop `Last-Modified`.
  context.respond = false;
  context.res.writeHead(status, STATUS_CODES[status], headers);
  context.res.end(body);
  return { raw: true };
}

/** @returns {import('@web/dev-server-core').Plugin} */
function routes() {
  return {
    name: 'mss-test-routes',
    async serve(context) {
      if (!context.path.startsWith('/__test__/')) return undefined;
      context.status = 200;
      const result = await answer(context);
      if (context.req.socket.destroyed || result.raw) return undefined;
      context.body = result.body;
      if (result.type) context.type = result.type;
      for (const [name, value] of Object.entries(result.headers ?? {})) context.set(name, value);
      return undefined;
    },
  };
}

/**
 * Commands for `executeServerCommand` that need the browser's DevTools protocol (Chromium, puppeteer):
 * `mss-heap` collects garbage and returns the page's used JS heap in bytes; `mss-live-objects` collects
 * garbage and counts the live instances of each class in `globalThis[global]`; `mss-device-scale` emulates a
 * device pixel ratio (what browser zoom does to a page) with `{ scale }` (`{ scale: 1 }` resets it);
 * `mss-fail-requests` fails every request matching `{ pattern }` as a network error (`{}` stops).
 *
 * @returns {import('@web/test-runner-core').TestRunnerPlugin}
 */
function commands() {
  /** DevTools sessions failing requests, by test session. */
  const failing = new Map();
  return {
    name: 'mss-test-commands',
    async executeCommand({ command, payload, session }) {
      if (!['mss-heap', 'mss-live-objects', 'mss-device-scale', 'mss-fail-requests'].includes(command)) return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${command} needs the Chrome launcher`);
      const page = session.browser.getPage(session.id);
      if (command === 'mss-fail-requests') {
        // A network failure for every request whose URL matches `pattern` (a DevTools URL pattern with *),
        // until called again with no pattern. The session lives as long as the failure.
        await failing.get(session.id)?.detach();
        failing.delete(session.id);
        if (!payload?.pattern) return true;
        const client = await page.createCDPSession();
        failing.set(session.id, client);
        client.on('Fetch.requestPaused', ({ requestId }) => {
          client.send('Fetch.failRequest', { requestId, errorReason: 'Failed' }).catch(() => undefined);
        });
        await client.send('Fetch.enable', { patterns: [{ urlPattern: payload.pattern }] });
        return true;
      }
      if (command === 'mss-device-scale') {
        // Through puppeteer's own session: an override set from a detached CDP session would end with it.
        const { width, height } = await page.evaluate(() => ({ width: globalThis.innerWidth, height: globalThis.innerHeight }));
        const scale = typeof payload?.scale === 'number' ? payload.scale : 1;
        await page.setViewport({ width, height, deviceScaleFactor: scale });
        return true;
      }
      const client = await page.createCDPSession();
      try {
        await client.send('HeapProfiler.collectGarbage');
        if (command === 'mss-heap') {
          // The least of a few collections: one can leave garbage that the next one frees.
          let least = Infinity;
          for (let i = 0; i < 3; i++) {
            await client.send('HeapProfiler.collectGarbage');
            least = Math.min(least, (await client.send('Runtime.getHeapUsage')).usedSize);
          }
          return least;
        }
        // Live instances of each class in `globalThis[payload.global]` (a `{ name: class }` object).
        const global = JSON.stringify(String(payload?.global));
        const { result: names } = await client.send('Runtime.evaluate', {
          expression: `Object.keys(globalThis[${global}])`,
          returnByValue: true,
        });
        const counts = {};
        for (const name of names.value) {
          const { result: prototype } = await client.send('Runtime.evaluate', {
            expression: `globalThis[${global}][${JSON.stringify(name)}].prototype`,
          });
          const { objects } = await client.send('Runtime.queryObjects', { prototypeObjectId: prototype.objectId });
          const { result } = await client.send('Runtime.callFunctionOn', {
            objectId: objects.objectId,
            functionDeclaration: 'function () { return this.length; }',
            returnByValue: true,
          });
          counts[name] = result.value;
        }
        return counts;
      } finally {
        await client.detach();
      }
    },
  };
}

export function testServerPlugins() {
  return [routes(), commands()];
}
