// The --json contract: version, shape (checked against the committed JSON Schema and the zod schema), casing,
// sources once, and the breakdown's ranges.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';
import { localFiles } from '../../src/files/local.js';
import { estimateJson } from '../../src/report/json.js';
import { reportSchema, SCHEMA_VERSION } from '../../src/report/json-contract.js';
import { reportJsonSchemaText } from '../../src/report/json-schema.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const schemaPath = fileURLToPath(new URL('../../docs/report.schema.json', import.meta.url));

const analysis = await analyze({
  base: { manifestPaths: ['fixtures/example/base/ml-carbon.yml'], files: localFiles(repoRoot) },
  head: { manifestPaths: ['fixtures/example/head/ml-carbon.yml'], files: localFiles(repoRoot) },
});
// Through JSON text, as a reader gets it (drops undefined fields).
const compare = JSON.parse(JSON.stringify(analysis.json));
const estimate = JSON.parse(JSON.stringify(estimateJson(analysis.head.estimate!, analysis.problems)));

describe('the --json contract', () => {
  it('is schemaVersion 2, for estimate and compare alike', () => {
    expect(SCHEMA_VERSION).toBe(2);
    expect(compare.schemaVersion).toBe(2);
    expect(estimate.schemaVersion).toBe(2);
    expect([compare.kind, estimate.kind]).toEqual(['compare', 'estimate']);
  });

  it('validates against the committed docs/report.schema.json', () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(
      JSON.parse(readFileSync(schemaPath, 'utf8')),
    );
    for (const report of [compare, estimate]) {
      validate(report);
      expect(validate.errors ?? []).toEqual([]);
    }
    validate({ ...compare, schemaVersion: 1 });
    expect(validate.errors?.length).toBeGreaterThan(0);
  });

  it('holds only fields the contract declares (zod strips undeclared ones on parse)', () => {
    expect(reportSchema.parse(compare)).toEqual(compare);
    expect(reportSchema.parse(estimate)).toEqual(estimate);
  });

  it('has a committed JSON Schema that is current (`npm run derive:report-schema` regenerates it)', () => {
    expect(readFileSync(schemaPath, 'utf8')).toBe(reportJsonSchemaText());
  });

  it('holds each section once: no top-level runs or total beside head', () => {
    expect(Object.keys(compare).sort()).toEqual(
      [
        'assumptions',
        'base',
        'budget',
        'caveats',
        'changes',
        'delta',
        'head',
        'kind',
        'problems',
        'schemaVersion',
        'sources',
      ].sort(),
    );
    expect(Object.keys(estimate).sort()).toEqual([
      'assumptions',
      'caveats',
      'head',
      'kind',
      'problems',
      'schemaVersion',
      'sources',
    ]);
  });

  it('names budget rules in camelCase everywhere', () => {
    const rules = [
      ...compare.budget.checks.map((check: { rule: string }) => check.rule),
      ...compare.budget.changes.map((change: { rule: string }) => change.rule),
      ...Object.keys(compare.budget.limits),
    ];
    // fixtures/example: base limits total 1500 kg, +60% max, +20% warn; the head raises the total to 2500 kg.
    expect(new Set(rules)).toEqual(new Set(['totalCo2eKg', 'maxIncreasePercent', 'warnIncreasePercent']));
  });

  it('lists every source, assumption and caveat once, and resolves every id that points at them', () => {
    const once = (items: object[]) => {
      const keys = items.map((item) => JSON.stringify({ ...item, id: undefined }));
      expect(new Set(keys).size).toBe(keys.length);
      return new Set(items.map((item) => (item as { id: string }).id));
    };
    const sourceIds = once(compare.sources);
    const assumptionIds = once(compare.assumptions);
    const caveatIds = once(compare.caveats);
    const runs = [...compare.head.runs, ...compare.base.runs];
    const usedAssumptions = runs.flatMap((run) => run.assumptionIds);
    const usedSources = [
      ...compare.assumptions.map((assumption: { sourceId: string }) => assumption.sourceId),
      ...runs.flatMap((run) => (run.advice ?? []).flatMap((advice: { evidenceIds: string[] }) => advice.evidenceIds)),
    ];
    // Referenced more often than listed: the point of listing once.
    expect(usedAssumptions.length).toBeGreaterThan(compare.assumptions.length);
    expect(new Set(usedAssumptions)).toEqual(assumptionIds);
    expect(new Set(usedSources)).toEqual(sourceIds);
    const usedCaveats = runs.flatMap((run) =>
      (run.advice ?? []).map((advice: { caveatId: string }) => advice.caveatId),
    );
    expect(new Set(usedCaveats)).toEqual(caveatIds);
  });

  it('gives every breakdown part a range around its value, the values summing to the whole', () => {
    for (const run of compare.head.runs) {
      const { acceleratorKwh, hostKwh, facilityOverheadKwh, operationalCo2eKg, embodiedCo2eKg } = run.breakdown;
      const energy = [acceleratorKwh, hostKwh, facilityOverheadKwh];
      const co2e = [operationalCo2eKg, embodiedCo2eKg];
      const sum = (parts: { value: number }[]) => parts.reduce((total, part) => total + part.value, 0);
      // Figures carry 6 significant digits, so the sums agree to about ten parts in a million.
      const close = (actual: number, expected: number) =>
        expect(Math.abs(actual - expected)).toBeLessThan(1e-5 * Math.abs(expected));
      if (run.basis === 'estimated') close(sum(energy), run.energyKwh.value);
      close(sum(co2e), run.co2eKg.value);
      for (const part of [...energy, ...co2e]) expect(part.low <= part.value && part.value <= part.high).toBe(true);
    }
  });
});
