// A local server of `dist/` for the Node tests that open the built CDN files in Chromium: fixed pages by
// path, files from dist/, and two test switches: a path under `/slow/` is served after `slowMs` when it is
// element code (`/cdn/chunks/`) or a stylesheet, and a page may be sent with headers of its own (a Content-Security-Policy).
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../../..');
export const dist = join(root, 'dist');

const TYPES = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
  '.html': 'text/html',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * `pages`: path → HTML, or `{ html, headers }`. Resolves to `{ origin, close() }`.
 */
export async function startDistServer(pages, { slowMs = 1500 } = {}) {
  const server = createServer((request, response) => {
    let path = new URL(request.url, 'http://localhost').pathname;
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const page = pages[path];
    if (page) {
      const { html, headers = {} } = typeof page === 'string' ? { html: page } : page;
      response.writeHead(200, { 'content-type': 'text/html', ...headers }).end(html);
      return;
    }
    const slow = path.startsWith('/slow/');
    if (slow) path = path.slice('/slow'.length);
    const file = normalize(join(dist, path));
    if (!file.startsWith(dist) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const send = () => response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    if (slow && (path.startsWith('/cdn/chunks/') || path.endsWith('.css'))) setTimeout(send, slowMs);
    else send();
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
