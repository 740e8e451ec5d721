#!/usr/bin/env node
// The mss-charts command line: server rendering for pages built without a Node server of their own.
//   npx mss-charts render '<mss-pledges-chart></mss-pledges-chart>' [--base URL] [--width PX] > snippet.html
//   npx mss-charts render - < article.html > article.rendered.html      (tags anywhere in a page)
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const USAGE = `Usage: mss-charts render <markup | -> [--base URL] [--width PX]

Renders every mss-charts tag in <markup> (or standard input, with -) to HTML with its declarative shadow
root: the chart, its words, data table and sources, readable before any script runs. Everything else in
the markup is printed unchanged.

  --base URL    address of the package's dist/cdn/ folder, which the stylesheet links point to
                (default: this version on jsDelivr)
  --width PX    width the static chart is laid out at (default 680; under 480, the phone layout)`;

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { base: { type: 'string' }, width: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const [command, input] = positionals;
  if (values.help || command !== 'render' || input === undefined) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const width = values.width === undefined ? undefined : Number(values.width);
  if (width !== undefined && !(width >= 200 && width <= 2000)) {
    console.error('mss-charts: --width must be a number of pixels between 200 and 2000.');
    return 2;
  }
  const markup = input === '-' ? readFileSync(0, 'utf8') : input;
  const { render } = await import('../dist/lib/ssr/index.js');
  process.stdout.write(await render(markup, { base: values.base, width }));
  if (!markup.endsWith('\n')) process.stdout.write('\n');
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(`mss-charts: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
