// Lists every skipped test by name at the end of a run, with the reason (the `ctx.skip(note)` note, or the reason
// in the describe's title), so a run without ../shared or without Chromium says what it did not check.
import type { Reporter, TestModule } from 'vitest/node';

export default class SkippedReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const lines: string[] = [];
    for (const testModule of testModules) {
      for (const test of testModule.children.allTests('skipped')) {
        const result = test.result();
        const note = result.state === 'skipped' && result.note ? ` (${result.note})` : '';
        lines.push(`  ${testModule.relativeModuleId} > ${test.fullName}${note}`);
      }
    }
    if (lines.length) process.stdout.write(`\nSkipped tests (${lines.length}):\n${lines.join('\n')}\n`);
  }
}
