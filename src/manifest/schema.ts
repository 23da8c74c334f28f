// zod schema of the manifest as written (snake_case keys, human quantities). Normalization happens in normalize.ts.
// Built on first use (memoized), not at import, so commands that never read a manifest start faster. Written with
// `zod/mini` (functions instead of methods): the CLI bundle then carries only the parts of zod it uses, and building
// a schema does not attach every method to it. `preprocess(f, s)` is `pipe(transform(f), s)`, as in zod itself.
import en from 'zod/v4/locales/en.js';
import * as z from 'zod/mini';
import { PRECISIONS } from '../data/types.js';
import { FACILITIES, LOG_FORMATS, TRAINING_METHODS, TRAINING_OBJECTIVES } from './types.js';
import { LIMITS } from './limits.js';
import { parseCount, parseDays, parseHours, type Parsed } from './quantities.js';

function quantity(parse: (input: unknown) => Parsed) {
  return z.pipe(
    z.unknown(),
    z.transform((input, ctx) => {
      const parsed = parse(input);
      if ('error' in parsed) {
        ctx.issues.push({ code: 'custom', message: `expected ${parsed.error}, got ${JSON.stringify(input)}`, input });
        return z.NEVER;
      }
      return parsed.value;
    }),
  );
}

/** A positive quantity with a plausible ceiling, so products such as 6 x parameters x tokens stay finite. */
function bounded(parse: (input: unknown) => Parsed, what: string, max: number) {
  return quantity(parse).check(
    z.refine((value) => value > 0, { message: `${what} must be greater than 0` }),
    z.refine((value) => value <= max, { message: `${what} above ${max.toExponential(0)} is not plausible` }),
  );
}

const count = (what: string, max: number) => bounded(parseCount, what, max);
const hours = (what: string, max: number) => bounded(parseHours, what, max);

/** A share between 0 and 1; "40" gets the hint that 40 % is 0.4. */
const fraction = (what: string) =>
  z.number({ error: `${what} must be a number between 0 and 1` }).check(
    z.superRefine((value, ctx) => {
      if (value <= 0) ctx.addIssue({ code: 'custom', message: `${what} must be greater than 0` });
      else if (value < 0.001) ctx.addIssue({ code: 'custom', message: `${what} below 0.001 (0.1%) is not plausible` });
      else if (value > 1 && value <= 100)
        ctx.addIssue({
          code: 'custom',
          message: `${what} is a fraction of peak, at most 1 (${value}% is ${+(value / 100).toPrecision(6)})`,
        });
      else if (value > 1) ctx.addIssue({ code: 'custom', message: `${what} is a fraction of peak, at most 1` });
    }),
  );
const positiveNumber = (what: string, max: number, min?: [number, string]) =>
  z
    .number({ error: `${what} must be a number` })
    .check(
      z.gt(0, `${what} must be greater than 0`),
      z.maximum(max, `${what} above ${max} is not plausible`),
      ...(min ? [z.minimum(min[0], min[1])] : []),
    );
const wholeCount = (what: string, max: number) =>
  z
    .number({ error: `${what} must be a whole number` })
    .check(
      z.int(`${what} must be a whole number`),
      z.minimum(1, `${what} must be at least 1`),
      z.maximum(max, `${what} above ${max} is not plausible`),
    );
/** At least 0, at most `max`, with `message` past it (or zod's own). */
const share = (error: string, max: number, message?: string) =>
  z.number({ error }).check(z.minimum(0), z.maximum(max, message));
const preprocess = <T extends z.ZodMiniType>(fn: (input: unknown) => unknown, schema: T) =>
  z.pipe(z.transform(fn), schema);
const lowerCased = (input: unknown) => (typeof input === 'string' ? input.trim().toLowerCase() : input);
const nullIsAbsent = (input: unknown) => (input === null ? undefined : input);
const oneOf = <const T extends readonly string[]>(values: T) =>
  z.enum(values, { error: `expected one of ${values.join(' | ')}` });
const precision = () => preprocess(lowerCased, oneOf(PRECISIONS));
/** `budget:` with every line commented out is YAML null: it means the section is absent. */
const section = <T extends z.ZodMiniType>(schema: T) => preprocess(nullIsAbsent, z.optional(schema));

function build() {
  // zod/mini has no messages of its own until a locale is set (zod's full build sets the same English one).
  z.config(en());
  const placement = {
    location: z.optional(z.string({ error: 'location must be a string such as "gcp:us-central1" or "FR"' })),
    facility: z.optional(preprocess(lowerCased, oneOf(FACILITIES))),
    carbon_intensity: z.optional(positiveNumber('carbon_intensity (gCO2e/kWh)', 5000)),
    market_carbon_intensity: z.optional(
      share(
        'market_carbon_intensity must be a number (gCO2e/kWh)',
        5000,
        'market_carbon_intensity above 5000 gCO2e/kWh is not plausible',
      ),
    ),
    pue: z.optional(
      z
        .number({ error: 'pue must be a number' })
        .check(z.minimum(1, 'pue is at least 1'), z.maximum(3, 'pue above 3 is not plausible')),
    ),
  };

  const model = z.strictObject({
    parameters: z.optional(count('parameters', 1e15)),
    active_parameters: z.optional(count('active_parameters', 1e15)),
    name: z.optional(z.string()),
    config: z.optional(
      z.string({ error: 'config is the path of a Hugging Face config.json, relative to the manifest' }),
    ),
  });

  const training = z.strictObject({
    tokens: z.optional(count('tokens', 1e17)),
    samples: z.optional(count('samples', 1e15)),
    sequence_length: z.optional(count('sequence_length', 1e9)),
    epochs: z.optional(positiveNumber('epochs', 1e6)),
    flops: z.optional(count('flops', 1e30)),
    precision: z.optional(precision()),
    method: z.optional(preprocess(lowerCased, oneOf(TRAINING_METHODS))),
    objective: z.optional(preprocess(lowerCased, oneOf(TRAINING_OBJECTIVES))),
  });

  const peakTflops = () =>
    positiveNumber('peak_tflops', 1e6, [0.001, 'peak_tflops below 0.001 TFLOP/s is not plausible']);
  const peakTflopsEntry = z.union(
    [
      peakTflops(),
      z.partialRecord(z.enum(PRECISIONS, { error: `keys are precisions: ${PRECISIONS.join(' | ')}` }), peakTflops()),
    ],
    { error: 'peak_tflops is dense TFLOP/s: a number, or one per precision such as { bf16: 312, fp32: 19.5 }' },
  );

  const hardware = z.strictObject({
    accelerator: z.optional(z.string({ error: 'accelerator must be a name such as "A100-SXM4-80GB" or "H100"' })),
    count: z.optional(wholeCount('count', 1e7)),
    hours: z.optional(hours('hours', 1e7)),
    accelerator_hours: z.optional(hours('accelerator_hours', 1e10)),
    utilization: z.optional(fraction('utilization')),
    power_watts: z.optional(positiveNumber('power_watts', 1e5)),
    tdp_watts: z.optional(positiveNumber('tdp_watts', 1e5)),
    peak_tflops: z.optional(peakTflopsEntry),
  });

  const inference = z.strictObject({
    tokens_per_day: z.optional(count('tokens_per_day', 1e16)),
    requests_per_day: z.optional(count('requests_per_day', 1e13)),
    tokens_per_request: z.optional(count('tokens_per_request', 1e9)),
    days: z._default(bounded(parseDays, 'days', 36500), 365),
    accelerator: z.optional(z.string()),
    precision: z.optional(precision()),
    utilization: z.optional(fraction('utilization')),
    replicas: z.optional(wholeCount('replicas', 1e6)),
  });

  const logEntry = z.union([z.string(), z.strictObject({ path: z.string(), format: z.optional(oneOf(LOG_FORMATS)) })], {
    error: 'a log entry is a path, or { path, format }',
  });

  const run = z.strictObject({
    id: z
      .string({ error: 'id must be a string' })
      .check(
        z.maxLength(200, 'id may be at most 200 characters'),
        z.regex(
          /^[A-Za-z0-9][A-Za-z0-9._/-]*$/,
          'id may hold letters, digits and . _ / - and starts with a letter or digit',
        ),
      ),
    description: z.optional(z.string()),
    model: section(model),
    training: section(training),
    hardware: section(hardware),
    ...placement,
    repeats: z._default(wholeCount('repeats', 1e6), 1),
    inference: section(inference),
    logs: preprocess(
      nullIsAbsent,
      z._default(
        z.array(logEntry).check(z.maxLength(LIMITS.logsPerRun, `a run may name at most ${LIMITS.logsPerRun} logs`)),
        [],
      ),
    ),
  });

  const budget = z.strictObject({
    total_co2e_kg: z.optional(positiveNumber('total_co2e_kg', 1e12)),
    max_increase_percent: z.optional(share('max_increase_percent must be a number', 1e6)),
    warn_increase_percent: z.optional(share('warn_increase_percent must be a number', 1e6)),
    per_run_co2e_kg: z.optional(positiveNumber('per_run_co2e_kg', 1e12)),
  });

  const defaults = z.strictObject({ ...placement, calibrate: z.optional(z.boolean()) });
  const head = z.strictObject({
    version: z.literal(1, { error: 'version must be 1' }),
    defaults: preprocess(nullIsAbsent, z._default(defaults, {})),
    runs: z
      .array(z.unknown(), { error: 'runs must be a list of runs' })
      .check(
        z.minLength(1, 'runs must hold at least one run'),
        z.maxLength(LIMITS.runs, `a manifest may hold at most ${LIMITS.runs} runs; split it into several manifests`),
      ),
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
