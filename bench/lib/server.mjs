// A static server on 127.0.0.1 for the benchmark pages. Every response is compressed the way a CDN would
// send it (brotli when the browser asks for it, else gzip) and logged with its raw, gzip and brotli sizes,
// so byte counts come from what was actually requested, not from a list of files.
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
};

export const gzipSize = (buffer) => gzipSync(buffer, { level: 9 }).length;
export const brotliSize = (buffer) =>
  brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/**
 * @param {object} options
 * @param {Record<string, string>} options.mounts URL prefix ("/cdn/") → folder
 * @param {(path: string) => string | undefined} options.render generated pages by URL path
 */
export function startServer({ mounts, render }) {
  const cache = new Map();
  /** Every response since the last `reset()`: what the browser actually fetched. */
  let log = [];

  function encode(key, body) {
    let entry = cache.get(key);
    // Compared by content: a file is read anew for each request (a new Buffer each time), and compressing
    // it again at brotli 11 held every response up by tens to hundreds of milliseconds on this one thread,
    // most for the page that asks for the most files.
    if (!entry || !entry.body.equals(body)) {
      const gzip = gzipSync(body, { level: 9 });
      const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
      entry = { body, gzip, br };
      cache.set(key, entry);
    }
    return entry;
  }

  function lookup(path) {
    const page = render(path);
    if (page !== undefined) return { body: Buffer.from(page), type: TYPES['.html'], key: `page:${path}` };
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(dir, path.slice(prefix.length)));
      if (!file.startsWith(normalize(dir) + sep) || !existsSync(file) || !statSync(file).isFile()) return undefined;
      const body = readFileSync(file);
      return { body, type: TYPES[extname(file)] ?? 'application/octet-stream', key: `file:${file}:${statSync(file).mtimeMs}` };
    }
    return undefined;
  }

  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const found = lookup(path);
    if (!found) {
      log.push({ path, status: 404, sent: 0, raw: 0, gzip: 0, brotli: 0, js: false });
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const { body, gzip, br } = encode(found.key, found.body);
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : 'identity';
    const payload = encoding === 'br' ? br : encoding === 'gzip' ? gzip : body;
    log.push({
      path,
      status: 200,
      encoding,
      sent: payload.length,
      raw: body.length,
      gzip: gzip.length,
      brotli: br.length,
      js: found.type.startsWith('text/javascript'),
    });
    res.writeHead(200, {
      'content-type': found.type,
      'content-length': payload.length,
      'cache-control': 'no-store',
      ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
    });
    res.end(payload);
  });

  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
        /** Responses since the last reset. */
        take() {
          const taken = log;
          log = [];
          return taken;
        },
        reset() {
          log = [];
        },
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}
