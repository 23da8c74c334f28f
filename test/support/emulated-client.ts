// A real GitHubClient pointed at a started emulator, with retry waits recorded instead of slept.
import { createClient, type GitHubClient } from '../../src/github/client.js';
import type { GitHubEmulator } from './github-emulator.js';

export function emulatedClient(emulator: GitHubEmulator, waits: number[] = []): GitHubClient {
  return createClient({
    token: emulator.token,
    baseUrl: emulator.apiUrl,
    retry: { sleep: async (ms) => void waits.push(ms) },
  });
}
