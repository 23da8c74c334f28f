import { describe, expect, it } from 'vitest';
import { cheapestForLoss, chinchillaLoss, twentyTokensSplit } from '../../src/advice/techniques/compute-optimal.js';
import { successiveHalvingBudget } from '../../src/advice/techniques/repeats.js';
import { A100_800W_KG_PER_HOUR, adviceFor, runFrom } from './helpers.js';

const givenHours = (extra: string, method = 'full', repeats = 1, objective = '') =>
  runFrom(`model: { parameters: 1B }
training: { tokens: 10B, precision: bf16, method: ${method}${objective ? `, objective: ${objective}` : ''} }
hardware: { accelerator: A100, count: 1, hours: 100, power_watts: 800 }
repeats: ${repeats}
pue: 1
carbon_intensity: 1000
${extra}`);

describe('LoRA instead of full fine-tuning', () => {
  it('counts 4N instead of 6N FLOPs per token: a third less training', () => {
    const advice = adviceFor(givenHours(''), 'lora')!;
    expect(advice.savingCo2eKg).toBeCloseTo((100 / 3) * A100_800W_KG_PER_HOUR, 6); // 33.88 kg
  });

  it('does not appear for LoRA, from-scratch or unstated methods', () => {
    expect(adviceFor(givenHours('', 'lora'), 'lora')).toBeUndefined();
    expect(adviceFor(givenHours('', 'from_scratch'), 'lora')).toBeUndefined();
    const unstated = runFrom(`model: { parameters: 1B }
hardware: { accelerator: A100, count: 1, hours: 100 }`);
    expect(adviceFor(unstated, 'lora')).toBeUndefined();
  });
});

describe('continued pre-training instead of from scratch', () => {
  it('needs 12.5K of 500K steps for a domain model: 97.5% less training', () => {
    const advice = adviceFor(givenHours('', 'from_scratch', 1, 'domain-adapt'), 'continued-pretraining')!;
    expect(advice.savingCo2eKg).toBeCloseTo(97.5 * A100_800W_KG_PER_HOUR, 6);
    expect(advice.savingPercent).toBeCloseTo(97.5, 6);
  });

  it('does not appear for fine-tuning', () => {
    expect(adviceFor(givenHours(''), 'continued-pretraining')).toBeUndefined();
  });

  it('does not appear for base-model pre-training, stated or inferred from from_scratch: there is no checkpoint', () => {
    expect(adviceFor(givenHours('', 'from_scratch', 1, 'pretrain-base'), 'continued-pretraining')).toBeUndefined();
    expect(adviceFor(givenHours('', 'from_scratch'), 'continued-pretraining')).toBeUndefined();
  });

  it('leaves LoRA out of domain adaptation, where all weights must move', () => {
    expect(adviceFor(givenHours('', 'full', 1, 'domain-adapt'), 'lora')).toBeUndefined();
  });
});

describe('compute-optimal sizing', () => {
  it('reproduces the Chinchilla loss fit and its same-loss optimum', () => {
    // L = 1.69 + 406.4 / N^0.34 + 410.7 / D^0.28; 350M on 30B: 1.69 + 0.5057 + 0.4785 = 2.6743.
    expect(chinchillaLoss(350e6, 30e9)).toBeCloseTo(2.67434, 4);
    // Minimising N x D along the curve L(N, D) = 2.67434 by a brute-force scan of N gives N = 511.6M, D = 19.51B.
    const cheapest = cheapestForLoss(2.6743441597616924);
    expect(cheapest.parameters / 1e6).toBeCloseTo(511.6, 0);
    expect(cheapest.tokens / 1e9).toBeCloseTo(19.51, 1);
  });

  it('splits the same compute at 20 tokens per parameter', () => {
    // 6 x 350M x 30B = 6.3e19; N = sqrt(6.3e19 / 120) = 724.6M, D = 14.49B.
    const split = twentyTokensSplit(6.3e19);
    expect(split.parameters / 1e6).toBeCloseTo(724.57, 1);
    expect(split.tokens / 1e9).toBeCloseTo(14.491, 2);
  });

  it('flags an over-trained small model with the compute the same loss needs', () => {
    // FLOPs-derived hours scale with N x D: 511.6M x 19.51B / (350M x 30B) = 0.9508 -> saves 4.92% of training.
    const run = runFrom(`model: { parameters: 350M }
training: { tokens: 30B, precision: bf16, method: from_scratch }
hardware: { accelerator: H100, count: 8, utilization: 0.4 }
pue: 1
carbon_intensity: 1000`);
    const advice = adviceFor(run, 'compute-optimal-sizing')!;
    expect(advice.title).toContain('85.7 tokens per parameter');
    expect(advice.savingPercent).toBeCloseTo(4.92, 1);
  });

  it('gives a large saving for an under-trained model', () => {
    // 10B on 20B tokens (2 per parameter): the same loss needs 1.407B on 66.6B tokens, 46.9% of the compute.
    const run = runFrom(`model: { parameters: 10B }
training: { tokens: 20B, precision: bf16, method: from_scratch }
hardware: { accelerator: A100, count: 64, utilization: 0.4 }
pue: 1
carbon_intensity: 1000`);
    expect(adviceFor(run, 'compute-optimal-sizing')!.savingPercent).toBeCloseTo(53.1, 1);
  });

  it('does not appear near 20 tokens per parameter, or for fine-tuning', () => {
    const optimal = runFrom(`model: { parameters: 1B }
training: { tokens: 20B, precision: bf16, method: from_scratch }
hardware: { accelerator: A100, count: 8 }`);
    expect(adviceFor(optimal, 'compute-optimal-sizing')).toBeUndefined();
    expect(adviceFor(givenHours(''), 'compute-optimal-sizing')).toBeUndefined();
  });
});

describe('early stopping in sweeps', () => {
  it('computes the successive-halving budget by rungs', () => {
    // 8 trials, eta 3: 8 x 1/3 + floor(8/3) = 2 x (1 - 1/3) = 4 full runs.
    expect(successiveHalvingBudget(8, 3)).toBeCloseTo(4, 12);
    // 27 trials: 27/27 + 9 x (1/9 - 1/27) + 3 x (1/3 - 1/9) + 1 x (1 - 1/3) = 1 + 2/3 + 2/3 + 2/3 = 3.
    expect(successiveHalvingBudget(27, 3)).toBeCloseTo(3, 12);
    // 4 trials: 4 x 1/3 + 1 x 2/3 = 2.
    expect(successiveHalvingBudget(4, 3)).toBeCloseTo(2, 12);
  });

  it('halves an 8-repeat sweep', () => {
    const advice = adviceFor(givenHours('', 'full', 8), 'early-stopping-sweep')!;
    expect(advice.savingCo2eKg).toBeCloseTo(4 * 100 * A100_800W_KG_PER_HOUR, 6);
    expect(advice.savingPercent).toBeCloseTo(50, 6);
  });

  it('does not appear for three repeats or fewer', () => {
    expect(adviceFor(givenHours('', 'full', 3), 'early-stopping-sweep')).toBeUndefined();
  });
});
