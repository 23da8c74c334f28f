// @actions/github parses GITHUB_EVENT_PATH as soon as it is loaded and throws on a garbled file, before any code of
// ours runs (a stack trace and no report). src/index.ts imports this module first: it sets such a file aside, and
// readRunnerEnv reports it as the reason the base is unknown.
import { readFileSync } from 'node:fs';

export const UNPARSED_EVENT_PATH = 'ML_CARBON_UNPARSED_EVENT_PATH';

const path = process.env.GITHUB_EVENT_PATH;
if (path) {
  try {
    JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    process.env[UNPARSED_EVENT_PATH] = path;
    delete process.env.GITHUB_EVENT_PATH;
  }
}
