// zod schema of the manifest as written (snake_case keys, human quantities). Normalization happens in normalize.ts.
// Built on first use (memoized), not at import, so commands that never read a manifest start faster.
import { z } from 'zod';
import { PRECISIONS } from '../data/types.js';
import { FACILITIES, LOG_FORMATS, TRAINING_METHODS, TRAINING_OBJECTIVES } from './types.js';
import { LIMITS } from './limits.js';
import { parseCount, parseDays, parseHours, type Parsed } from './quantities.js';

function quantity(parse: (input: unknown) => Parsed) {
  return z.unknown().transform((input, ctx) => {
    const parsed = parse(input);
    if ('error' in parsed) {
      ctx.addIssue({ code: 'custom', message: `expected ${parsed.error}, got ${JSON.stringify(input)}` });
      return z.NEVER;
    }
    return parsed.value;
  });
}

/** A positive quantity with a plausible ceiling, so products such as 6 x parameters x tokens stay finite. */
function bounded(parse: (input: unknown) => Parsed, what: string, max: number) {
  return quantity(parse)
    .refine((value) => value > 0, { message: `${what} must be greater than 0` })
    .refine((value) => value <= max, { message: `${what} above ${max.toExponential(0)} is not plausible` });
}

const count = (what: string, max: number) => bounded(parseCount, what, max);
const hours = (what: string, max: number) => bounded(parseHours, what, max);

/** A share between 0 and 1; "40" gets the hint that 40 % is 0.4. */
const fraction = (what: string) =>
  z.number({ error: `${what} must be a number between 0 and 1` }).superRefine((value, ctx) => {
    if (value <= 0) ctx.addIssue({ code: 'custom', message: `${what} must be greater than 0` });
    else if (value < 0.001) ctx.addIssue({ code: 'custom', message: `${what} below 0.001 (0.1%) is not plausible` });
    else if (value > 1 && value <= 100)
      ctx.addIssue({
        code: 'custom',
        message: `${what} is a fraction of peak, at most 1 (${value}% is ${+(value / 100).toPrecision(6)})`,
      });
    else if (value > 1) ctx.addIssue({ code: 'custom', message: `${what} is a fraction of peak, at most 1` });
  });
const positiveNumber = (what: string, max: number) =>
  z
    .number({ error: `${what} must be a number` })
    .gt(0, `${what} must be greater than 0`)
    .max(max, `${what} above ${max} is not plausible`);
const wholeCount = (what: string, max: number) =>
  z
    .number({ error: `${what} must be a whole number` })
    .int(`${what} must be a whole number`)
    .min(1, `${what} must be at least 1`)
    .max(max, `${what} above ${max} is not plausible`);
const lowerCased = (input: unknown) => (typeof input === 'string' ? input.trim().toLowerCase() : input);
const precision = () =>
  z.preprocess(lowerCased, z.enum(PRECISIONS, { error: `expected one of ${PRECISIONS.join(' | ')}` }));
/** `budget:` with every line commented out is YAML null: it means the section is absent. */
const section = <T extends z.ZodType>(schema: T) =>
  z.preprocess((input) => (input === null ? undefined : input), schema.optional());

function build() {
  const placement = {
    location: z.string({ error: 'location must be a string such as "gcp:us-central1" or "FR"' }).optional(),
    facility: z
      .preprocess(lowerCased, z.enum(FACILITIES, { error: `expected one of ${FACILITIES.join(' | ')}` }))
      .optional(),
    carbon_intensity: positiveNumber('carbon_intensity (gCO2e/kWh)', 5000).optional(),
    market_carbon_intensity: z
      .number({ error: 'market_carbon_intensity must be a number (gCO2e/kWh)' })
      .min(0)
      .max(5000, 'market_carbon_intensity above 5000 gCO2e/kWh is not plausible')
      .optional(),
    pue: z
      .number({ error: 'pue must be a number' })
      .min(1, 'pue is at least 1')
      .max(3, 'pue above 3 is not plausible')
      .optional(),
  };

  const model = z.strictObject({
    parameters: count('parameters', 1e15).optional(),
    active_parameters: count('active_parameters', 1e15).optional(),
    name: z.string().optional(),
    config: z
      .string({ error: 'config is the path of a Hugging Face config.json, relative to the manifest' })
      .optional(),
  });

  const training = z.strictObject({
    tokens: count('tokens', 1e17).optional(),
    samples: count('samples', 1e15).optional(),
    sequence_length: count('sequence_length', 1e9).optional(),
    epochs: positiveNumber('epochs', 1e6).optional(),
    flops: count('flops', 1e30).optional(),
    precision: precision().optional(),
    method: z
      .preprocess(lowerCased, z.enum(TRAINING_METHODS, { error: `expected one of ${TRAINING_METHODS.join(' | ')}` }))
      .optional(),
    objective: z
      .preprocess(
        lowerCased,
        z.enum(TRAINING_OBJECTIVES, { error: `expected one of ${TRAINING_OBJECTIVES.join(' | ')}` }),
      )
      .optional(),
  });

  const peakTflops = z.union(
    [
      positiveNumber('peak_tflops', 1e6).min(0.001, 'peak_tflops below 0.001 TFLOP/s is not plausible'),
      z.partialRecord(
        z.enum(PRECISIONS, { error: `keys are precisions: ${PRECISIONS.join(' | ')}` }),
        positiveNumber('peak_tflops', 1e6).min(0.001, 'peak_tflops below 0.001 TFLOP/s is not plausible'),
      ),
    ],
    { error: 'peak_tflops is dense TFLOP/s: a number, or one per precision such as { bf16: 312, fp32: 19.5 }' },
  );

  const hardware = z.strictObject({
    accelerator: z.string({ error: 'accelerator must be a name such as "A100-SXM4-80GB" or "H100"' }).optional(),
    count: wholeCount('count', 1e7).optional(),
    hours: hours('hours', 1e7).optional(),
    accelerator_hours: hours('accelerator_hours', 1e10).optional(),
    utilization: fraction('utilization').optional(),
    power_watts: positiveNumber('power_watts', 1e5).optional(),
    tdp_watts: positiveNumber('tdp_watts', 1e5).optional(),
    peak_tflops: peakTflops.optional(),
  });

  const inference = z.strictObject({
    tokens_per_day: count('tokens_per_day', 1e16).optional(),
    requests_per_day: count('requests_per_day', 1e13).optional(),
    tokens_per_request: count('tokens_per_request', 1e9).optional(),
    days: bounded(parseDays, 'days', 36500).default(365),
    accelerator: z.string().optional(),
    precision: precision().optional(),
    utilization: fraction('utilization').optional(),
  });

  const logEntry = z.union(
    [
      z.string(),
      z.strictObject({
        path: z.string(),
        format: z.enum(LOG_FORMATS, { error: `expected one of ${LOG_FORMATS.join(' | ')}` }).optional(),
      }),
    ],
    { error: 'a log entry is a path, or { path, format }' },
  );

  const run = z.strictObject({
    id: z
      .string({ error: 'id must be a string' })
      .max(200, 'id may be at most 200 characters')
      .regex(
        /^[A-Za-z0-9][A-Za-z0-9._/-]*$/,
        'id may hold letters, digits and . _ / - and starts with a letter or digit',
      ),
    description: z.string().optional(),
    model: section(model),
    training: section(training),
    hardware: section(hardware),
    ...placement,
    repeats: wholeCount('repeats', 1e6).default(1),
    inference: section(inference),
    logs: z.preprocess(
      (input) => (input === null ? undefined : input),
      z.array(logEntry).max(LIMITS.logsPerRun, `a run may name at most ${LIMITS.logsPerRun} logs`).default([]),
    ),
  });

  const budget = z.strictObject({
    total_co2e_kg: positiveNumber('total_co2e_kg', 1e12).optional(),
    max_increase_percent: z.number({ error: 'max_increase_percent must be a number' }).min(0).max(1e6).optional(),
    warn_increase_percent: z.number({ error: 'warn_increase_percent must be a number' }).min(0).max(1e6).optional(),
    per_run_co2e_kg: positiveNumber('per_run_co2e_kg', 1e12).optional(),
  });

  const defaults = z.strictObject({ ...placement, calibrate: z.boolean().optional() });
  const head = z.strictObject({
    version: z.literal(1, { error: 'version must be 1' }),
    defaults: z.preprocess((input) => (input === null ? undefined : input), defaults.default({})),
    runs: z
      .array(z.unknown(), { error: 'runs must be a list of runs' })
      .min(1, 'runs must hold at least one run')
      .max(LIMITS.runs, `a manifest may hold at most ${LIMITS.runs} runs; split it into several manifests`),
    budget: section(budget),
  });

  /** Keys each section accepts, for did-you-mean and "this key belongs under training:". */
  const sections = {
    '': Object.keys(head.shape),
    defaults: Object.keys(defaults.shape),
    budget: Object.keys(budget.shape),
    run: Object.keys(run.shape),
    model: Object.keys(model.shape),
    training: Object.keys(training.shape),
    hardware: Object.keys(hardware.shape),
    inference: Object.keys(inference.shape),
    logs: ['path', 'format'],
  } satisfies Record<string, string[]>;

  return { head, run, sections };
}

let built: ReturnType<typeof build> | undefined;
export function manifestSchemas(): ReturnType<typeof build> {
  built ??= build();
  return built;
}

export type Section = keyof ReturnType<typeof build>['sections'];
export type RunInput = z.output<ReturnType<typeof build>['run']>;
