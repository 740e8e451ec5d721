// `npm start`: the file behind the gallery's live-figures cards, `/demo/live/contingents.json`. It replays the
// shipped contingent arrivals (the contingent chart's default data, sources included): from half of them, one
// more arrival every 10 seconds, then it starts again. Each version has its ETag and Last-Modified, and a
// request whose If-None-Match names the current version gets 304, as a newsroom's file server would answer.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importBundled, root } from './lib/bundle.mjs';

export const LIVE_FILE = '/demo/live/contingents.json';
const STEP_MS = 10_000;

let dataset;
async function shippedContingents() {
  if (!dataset) {
    const dir = await mkdtemp(join(tmpdir(), 'mss-live-'));
    try {
      dataset = (await importBundled(join(root, 'src/data/defaults/contingent.ts'), join(dir, 'contingent.mjs'))).contingentDefault;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  return dataset;
}

/** The version of the file at `now`: how many arrivals it holds, and since when. */
function versionAt(now, total) {
  const first = Math.ceil(total / 2);
  const step = Math.floor(now / STEP_MS);
  return { count: first + (step % (total - first + 1)), since: new Date(step * STEP_MS) };
}

/** Dev-server middleware (Koa) serving the changing file. */
export async function liveDemoFile(context, next) {
  if (context.path !== LIVE_FILE) return next();
  const data = await shippedContingents();
  const { count, since } = versionAt(Date.now(), data.deployments.length);
  const etag = `"arrivals-${count}"`;
  context.set('Cache-Control', 'no-cache');
  context.set('ETag', etag);
  context.set('Last-Modified', since.toUTCString());
  if (context.get('If-None-Match') === etag) {
    context.status = 304;
    return undefined;
  }
  context.type = 'application/json';
  context.body = JSON.stringify({ ...data, deployments: data.deployments.slice(0, count) });
  return undefined;
}
