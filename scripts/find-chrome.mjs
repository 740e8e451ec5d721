// Finds a Chrome or Chromium for the tests, the demo screenshots and the benchmark:
// CHROME_PATH first, then the usual install paths, then the PATH.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** Flags every headless run needs; the networking ones stop Chromium calling home on a closed network. */
export const CHROME_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--font-render-hinting=none',
  '--hide-scrollbars',
  '--js-flags=--expose-gc',
];

export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const path of CANDIDATES) if (existsSync(path)) return path;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    try {
      const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on the PATH; try the next name
    }
  }
  return undefined;
}

export function requireChrome() {
  const path = findChrome();
  if (path) return path;
  const message = [
    'No Chrome or Chromium was found for the browser tests.',
    'Install one, or point CHROME_PATH at it:',
    '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
    '  macOS:          brew install --cask chromium',
    '  any system:     CHROME_PATH=/path/to/chrome npm test',
  ].join('\n');
  throw new Error(message);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = findChrome();
  if (path) console.log(path);
  else process.exit(1);
}
