// Runs Web Test Runner with its usual config (web-test-runner.config.mjs) and command-line flags,
// adding a counting reporter when WTR_COUNTS_FILE names where to write the counts.
import { defaultReporter, startTestRunner } from '@web/test-runner';
import { countReporter } from './wtr-count-reporter.mjs';

const outFile = process.env.WTR_COUNTS_FILE;
// Given as extra config: a `reporters` list in the config file would take precedence, and then
// scripts/test.mjs falls back to the exit code.
await startTestRunner({
  config: { reporters: outFile ? [defaultReporter(), countReporter({ outFile })] : [defaultReporter()] },
});
