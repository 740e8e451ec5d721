// A Web Test Runner reporter that only counts: scripts/test.mjs reads the file it writes to print one
// total across the browser and Node runners. The default reporter still prints the details.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Passed, failed and skipped tests of a suite tree, depth first. */
function countSuite(suite, counts) {
  for (const t of suite.tests) {
    if (t.skipped) counts.skipped += 1;
    else if (t.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites) countSuite(child, counts);
}

/** @param {{ outFile: string }} options */
export function countReporter({ outFile }) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, files: 0, failedFiles: [] };
      for (const session of sessions) {
        counts.files += 1;
        const before = counts.failed;
        if (session.testResults) countSuite(session.testResults, counts);
        // A file that failed to load, or errored outside any test, has no failed test to count: count it once.
        if (!session.passed && counts.failed === before) counts.failed += 1;
        if (!session.passed) counts.failedFiles.push(session.testFile);
      }
      // Written synchronously: the runner exits the process right after this run.
      mkdirSync(dirname(outFile), { recursive: true });
      writeFileSync(outFile, JSON.stringify(counts));
    },
  };
}
