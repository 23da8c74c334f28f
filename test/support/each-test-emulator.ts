// A fresh emulator for every test; a test fails when the emulator saw a contract violation.
import { afterEach, beforeEach } from 'vitest';
import { GitHubEmulator } from './github-emulator.js';

export function eachTestEmulator(receive: (emulator: GitHubEmulator) => void, fullName?: string): void {
  let current: GitHubEmulator;
  beforeEach(async () => {
    current = await new GitHubEmulator(fullName).start();
    receive(current);
  });
  afterEach(async () => {
    await current.stop();
    current.assertClean();
  });
}
