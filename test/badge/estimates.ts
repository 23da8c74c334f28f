// Hand-built estimates for the badge tests: only the fields the badge reads carry meaning.
import type { Basis, Estimate, Range, RunEstimate } from '../../src/estimate/types.js';

export function range(value: number, low = value, high = value): Range {
  return { value, low, high };
}

export function run(id: string, co2eKg: Range, basis: Basis = 'estimated', servingPerDayKg?: Range): RunEstimate {
  const none = { value: 0, low: 0, high: 0 };
  const zero = {
    acceleratorKwh: none,
    hostKwh: none,
    facilityOverheadKwh: none,
    operationalCo2eKg: none,
    embodiedCo2eKg: none,
  };
  return {
    id,
    basis,
    accelerator: 'A100-SXM4-80GB',
    acceleratorCount: 8,
    repeats: 1,
    location: 'gcp:us-central1',
    carbonIntensityGPerKwh: 400,
    pue: 1.1,
    acceleratorHours: range(100),
    energyKwh: range(100),
    co2eKg,
    breakdown: zero,
    inference: servingPerDayKg
      ? {
          days: 30,
          tokensPerDay: 1e6,
          accelerator: 'A100-SXM4-80GB',
          replicas: 1,
          acceleratorsPerReplica: 1,
          busyOnly: { acceleratorHours: range(1), acceleratorKwh: range(1) },
          acceleratorHours: range(1),
          energyKwh: range(1),
          co2eKg: range(servingPerDayKg.value * 30),
          perDay: { energyKwh: range(1), co2eKg: servingPerDayKg },
          breakdown: zero,
        }
      : undefined,
    assumptions: [],
    notes: [],
  };
}

export function estimate(runs: RunEstimate[]): Estimate {
  const sum = (pick: (r: RunEstimate) => number) => runs.reduce((total, r) => total + pick(r), 0);
  const training = {
    value: sum((r) => r.co2eKg.value),
    low: sum((r) => r.co2eKg.low),
    high: sum((r) => r.co2eKg.high),
  };
  return {
    manifest: 'ml-carbon.yml',
    runs,
    total: { energyKwh: range(0), co2eKg: training, trainingCo2eKg: training, inferenceCo2eKg: range(0) },
  };
}
