import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  DEFAULTS_END,
  DEFAULTS_START,
  renderDefaultsSection,
  withDefaultsSection,
} from '../../src/accuracy/methodology-defaults.js';
import { FITTED_CALIBRATION } from '../../src/data/calibration.generated.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const methodology = readFileSync(path.join(repoRoot, 'docs/methodology.md'), 'utf8');

describe('docs/methodology.md', () => {
  it('carries the defaults tables this code generates (rerun scripts/derive-methodology.ts when they change)', () => {
    const start = methodology.indexOf(DEFAULTS_START);
    const end = methodology.indexOf(DEFAULTS_END) + DEFAULTS_END.length;
    expect(start).toBeGreaterThan(0);
    expect(methodology.slice(start, end)).toBe(renderDefaultsSection());
  });

  it('lists every fitted generation', () => {
    for (const generation of [
      ...Object.keys(FITTED_CALIBRATION.utilization.wholeRun),
      ...Object.keys(FITTED_CALIBRATION.utilization.fewFamilies),
      ...Object.keys(FITTED_CALIBRATION.power.byGeneration),
    ]) {
      expect(methodology).toMatch(new RegExp(`\\| ${generation} +\\|`));
    }
  });

  it('replaces only the generated section', () => {
    const document = `# Title\n\nprose\n\n${DEFAULTS_START}\nold\n${DEFAULTS_END}\n\ntail\n`;
    const updated = withDefaultsSection(document);
    expect(updated.startsWith('# Title\n\nprose\n\n')).toBe(true);
    expect(updated.endsWith('\n\ntail\n')).toBe(true);
    expect(updated).not.toContain('\nold\n');
  });
});
