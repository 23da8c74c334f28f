// Entry point of the GitHub Action (bundled to dist/index.js).
import './action/event-guard.js';
import * as core from '@actions/core';
import { run } from './action/main.js';

run().catch((error: unknown) => {
  core.setFailed(`ml-carbon failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`);
});
