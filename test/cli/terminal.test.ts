import { closeSync, mkdtempSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTerminal } from '../../src/cli/terminal.js';

describe('isTerminal', () => {
  it('is false for a file and for a descriptor that is not open, true for a character device', () => {
    const file = openSync(join(mkdtempSync(join(tmpdir(), 'ml-carbon-terminal-')), 'out.txt'), 'w');
    const devNull = openSync('/dev/null', 'w');
    try {
      expect(isTerminal(file)).toBe(false);
      // /dev/null counts as a terminal: output written there is not read, so the format chosen does not matter.
      expect(isTerminal(devNull)).toBe(true);
      expect(isTerminal(987_654)).toBe(false);
    } finally {
      closeSync(file);
      closeSync(devNull);
    }
  });
});
