// The lines under the report's title that say which base was compared, and loudly when none could be read.
import type { BaseState } from './sources.js';
import { prose } from '../report/escape.js';

export function baseContext(base: BaseState, baseHasManifest: boolean | undefined, warnings: string[]): string {
  const lines: string[] = [];
  if (base.kind === 'unreadable') {
    lines.push(
      [
        '> [!CAUTION]',
        `> **Budget not checked: the base branch could not be read** (${prose(base.reason)}).`,
        "> The budget in force is read from the base branch tip and is unknown, so this check does not pass. The figures below are this PR's alone.",
      ].join('\n'),
    );
  } else if (base.kind === 'none') {
    lines.push(`**Base:** none (${prose(base.why)}).`);
  } else {
    lines.push(`**Base:** ${prose(base.choice.reason)}.`);
    if (baseHasManifest === false) lines.push('The base commit has no ml-carbon manifest: every run is new.');
  }
  for (const warning of warnings) lines.push(`- ⚠️ ${prose(warning)}`); // refs, patterns, error text
  return lines.join('\n');
}
