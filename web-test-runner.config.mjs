// Browser tests in headless Chromium (Debian's, or any Chrome found by scripts/find-chrome.mjs).
import { chromeLauncher } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { requireChrome, CHROME_ARGS } from './scripts/find-chrome.mjs';
import { testServerPlugins } from './test/server/test-server.mjs';
import { forcedColorsPlugin } from './test/a11y/forced-colors-plugin.mjs';

const updateBaselines = process.argv.includes('--update-visual-baseline');

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  // CPU-bound on two cores: one browser page at a time is fastest.
  concurrency: 1,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 20_000 } },
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: requireChrome(), headless: true, args: CHROME_ARGS },
    }),
  ],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    visualRegressionPlugin({ update: updateBaselines, baseDir: 'test/screenshots', failureThreshold: 1, failureThresholdType: 'percent' }),
    ...testServerPlugins(),
    forcedColorsPlugin(),
  ],
};
