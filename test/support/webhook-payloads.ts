// GitHub's own example webhook payloads (@octokit/webhooks-examples), picked by event and action.
import { createRequire } from 'node:module';

interface ExampleEntry {
  name: string;
  examples: Record<string, unknown>[];
}

const require = createRequire(import.meta.url);
const all = require('@octokit/webhooks-examples/api.github.com/index.json') as ExampleEntry[];

/** A deep copy of the first example of `event` with the given action (or matching `pick`). */
export function webhookExample(
  event: string,
  pick: (payload: Record<string, any>) => boolean = () => true,
): Record<string, any> {
  const entry = all.find((candidate) => candidate.name === event);
  const found = entry?.examples.find(pick);
  if (!found) throw new Error(`no ${event} example matches`);
  return structuredClone(found) as Record<string, any>;
}
