// A test-runner reporter that keeps, in the JSON file CARE_TEST_FAILURES names, each test file that
// failed and the tests in it that failed: `npm test` runs those files again alone and names them in
// its summary, where the last lines of a long run's output can be read. Beside it (`….finished.json`),
// every test file the run has finished, failed or not: a run that stops part-way goes on from there.
import { writeFileSync } from 'node:fs';

/** The failed tests of a suite: their names ("suite > test") and the first line of their errors. */
function failedTests(suite, path = []) {
  if (!suite) return [];
  const here = suite.name ? [...path, suite.name] : path;
  return [
    ...suite.tests.filter((test) => !test.passed && !test.skipped)
      .map((test) => ({ name: [...here, test.name].join(' > '), error: firstLine(test.error) })),
    ...suite.suites.flatMap((child) => failedTests(child, here)),
  ];
}

const firstLine = (error) => (error?.message ?? 'failed').split('\n')[0];

/** Where the reporter keeps the test files a run has finished, beside its failures at `path`. */
export const finishedFilesPath = (path) => path.replace(/\.json$/, '.finished.json');

export function failedTestsReporter(path) {
  const failures = [];
  const finished = [];
  return {
    reportTestFileResults({ sessionsForTestFile, testFile }) {
      finished.push(testFile.replace(`${process.cwd()}/`, ''));
      writeFileSync(finishedFilesPath(path), JSON.stringify(finished));
      const failed = sessionsForTestFile.filter((session) => !session.passed);
      if (failed.length === 0) return;
      const tests = failed.flatMap((session) => [
        ...session.errors.map((error) => ({ name: 'the file', error: firstLine(error) })),
        ...failedTests(session.testResults),
      ]);
      failures.push({ file: testFile.replace(`${process.cwd()}/`, ''), tests });
      // Written at each file, so a run that stops part-way still leaves what failed before.
      writeFileSync(path, JSON.stringify(failures, null, 2));
    },
  };
}
