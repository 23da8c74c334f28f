// Serving as deployed, against Morrison et al. 2025 (ICLR): LLMs served on one H100 with SGLang, 2,400 ShareGPT
// requests of ~440 tokens, at 1 and 8 requests/s and all at once; measured GPU energy (CodeCarbon).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../src/util/csv.js';
import { estimateRun } from '../../src/estimate/estimate.js';
import type { Run } from '../../src/manifest/types.js';

const csvPath = path.resolve(import.meta.dirname, '../../../shared/calibration/published_inference.csv');
const shared = existsSync(csvPath);
const REQUESTS = 2400;
const TOKENS_PER_REQUEST = 440;
const ACTIVE: Record<string, number> = { 'OLMoE 0924 (1B active / 7B)': 1e9 };

const served = (parameters: number, activeParameters: number, requestsPerSecond: number): Run => ({
  id: 'serve',
  model: { parameters, activeParameters },
  hardware: { accelerator: 'H100', count: 1, hours: 1 },
  repeats: 1,
  logs: [],
  pue: 1,
  carbonIntensity: 332,
  inference: {
    requestsPerDay: requestsPerSecond * 86_400,
    tokensPerRequest: TOKENS_PER_REQUEST,
    days: REQUESTS / requestsPerSecond / 86_400,
    accelerator: 'H100',
    precision: 'bf16',
  },
});

describe('serving energy follows the load', () => {
  // 2,400 requests of 440 tokens on one H100 at 1 and at 8 requests/s: 0.020 kWh both before issue 10.
  const at = (rate: number) => estimateRun(served(7e9, 7e9, rate)).inference!;
  it('costs more per request at 1 request/s than at 8 (idle floor and batch-1 decode)', () => {
    expect(at(1).breakdown.acceleratorKwh.value).toBeGreaterThan(3 * at(8).breakdown.acceleratorKwh.value);
  });

  it('keeps the busy-time FLOPs view as the lower bound', () => {
    for (const rate of [1, 8]) {
      const inference = at(rate);
      expect(inference.busyOnly.acceleratorKwh.value).toBeLessThan(inference.breakdown.acceleratorKwh.value);
    }
  });

  it('derives one replica for this traffic and says so', () => {
    const estimate = estimateRun(served(7e9, 7e9, 8));
    expect(estimate.inference!.replicas).toBe(1);
    expect(estimate.notes.join(' ')).toMatch(/1 replica of 1 H100-SXM5-80GB derived from the traffic/);
  });
});

describe('replicas against the traffic', () => {
  // 70B at bf16 needs 3 H100 per replica; one replica serves 3 x 989.4e12 x 0.1 / (2 x 70e9) = 2,120 tokens/s at the
  // default 0.1 utilization, and 10B tokens a day is 115,741 tokens/s: ceil(115,741 / 2,120.1) = 55 replicas.
  const heavy = (replicas?: number): Run => ({
    id: 'serve',
    model: { parameters: 70e9 },
    hardware: { accelerator: 'H100', count: 1 },
    repeats: 1,
    logs: [],
    pue: 1,
    carbonIntensity: 332,
    inference: { tokensPerDay: 10e9, days: 30, precision: 'bf16', ...(replicas ? { replicas } : {}) },
  });

  it('costs the replicas the traffic needs when the manifest gives too few, with a warning (was 1,210 kWh)', () => {
    const estimate = estimateRun(heavy(1));
    expect(estimate.inference!.replicas).toBe(55);
    expect(estimate.inference!.acceleratorHours.value).toBe(55 * 3 * 24 * 30);
    expect(estimate.notes.join(' ')).toMatch(
      /Warning: inference.replicas 1 cannot serve 115,741 tokens\/s: at 0.1 utilization one replica of 3 H100-SXM5-80GB serves about 2,120 tokens\/s, so 55 replicas are costed/,
    );
  });

  it('keeps the busy-time FLOPs view below the provisioned energy at both ends of the range', () => {
    for (const replicas of [undefined, 1, 200]) {
      const inference = estimateRun(heavy(replicas)).inference!;
      const busy = inference.busyOnly.acceleratorKwh;
      const provisioned = inference.breakdown.acceleratorKwh;
      expect(busy.low, `${replicas}`).toBeLessThanOrEqual(provisioned.low);
      expect(busy.value, `${replicas}`).toBeLessThanOrEqual(provisioned.value);
      expect(busy.high, `${replicas}`).toBeLessThanOrEqual(provisioned.high);
    }
    expect(estimateRun(heavy(200)).inference!.replicas).toBe(200); // more than needed: as given
  });
});

describe.skipIf(!shared)('serving ranges against published measurements (skipped: ../shared is not present)', () => {
  const rows = shared
    ? parseCsvRecords(readFileSync(csvPath, 'utf8')).filter((row) => row.id?.startsWith('morrison25-'))
    : [];
  if (!shared) return;
  const parametersOf = (row: Record<string, string>) => Number(row.params_b) * 1e9;

  it('contains every measurement at 1 and 8 requests/s in the GPU-energy range', () => {
    const paced = rows.filter((row) => /rate[18]$/.test(row.id!));
    expect(paced.length).toBe(14);
    for (const row of paced) {
      const rate = Number(row.id!.slice(-1));
      const parameters = parametersOf(row);
      const gpu = estimateRun(served(parameters, ACTIVE[row.model!] ?? parameters, rate)).inference!.breakdown
        .acceleratorKwh;
      const measured = Number(row.energy_kwh);
      expect(measured, `${row.id}: ${gpu.low.toFixed(3)}-${gpu.high.toFixed(3)}`).toBeGreaterThanOrEqual(gpu.low);
      expect(measured, `${row.id}: ${gpu.low.toFixed(3)}-${gpu.high.toFixed(3)}`).toBeLessThanOrEqual(gpu.high);
    }
  });

  it('keeps the FLOPs view at or below the batched measurements (all requests at once)', () => {
    const batched = rows.filter((row) => row.id!.endsWith('rateinf'));
    expect(batched.length).toBe(7);
    for (const row of batched) {
      const parameters = parametersOf(row);
      const busy = estimateRun(served(parameters, ACTIVE[row.model!] ?? parameters, 8)).inference!.busyOnly;
      expect(busy.acceleratorKwh.low, row.id).toBeLessThanOrEqual(Number(row.energy_kwh));
    }
  });
});
