// zod schema of the manifest as written (snake_case keys, human quantities). Normalization happens in normalize.ts.
import { z } from 'zod';
import { PRECISIONS } from '../data/types.js';
import { LOG_FORMATS, TRAINING_METHODS, TRAINING_OBJECTIVES } from './types.js';
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

const count = (what: string) =>
  quantity(parseCount).refine((value) => value > 0, { message: `${what} must be greater than 0` });
const hours = (what: string) =>
  quantity(parseHours).refine((value) => value > 0, { message: `${what} must be greater than 0` });
const fraction = (what: string) =>
  z
    .number({ error: `${what} must be a number between 0 and 1` })
    .gt(0, `${what} must be greater than 0`)
    .max(1, `${what} is a fraction of peak, at most 1`);
const positiveNumber = (what: string) =>
  z.number({ error: `${what} must be a number` }).gt(0, `${what} must be greater than 0`);
const wholeCount = (what: string) =>
  z
    .number({ error: `${what} must be a whole number` })
    .int(`${what} must be a whole number`)
    .min(1, `${what} must be at least 1`);
const precision = z.enum(PRECISIONS, { error: `expected one of ${PRECISIONS.join(' | ')}` });

const placement = {
  location: z.string({ error: 'location must be a string such as "gcp:us-central1" or "FR"' }).optional(),
  carbon_intensity: positiveNumber('carbon_intensity (gCO2e/kWh)').optional(),
  market_carbon_intensity: z
    .number({ error: 'market_carbon_intensity must be a number (gCO2e/kWh)' })
    .min(0)
    .optional(),
  pue: z
    .number({ error: 'pue must be a number' })
    .min(1, 'pue is at least 1')
    .max(3, 'pue above 3 is not plausible')
    .optional(),
};

export const trainingSchema = z.strictObject({
  tokens: count('tokens').optional(),
  samples: count('samples').optional(),
  sequence_length: count('sequence_length').optional(),
  epochs: positiveNumber('epochs').optional(),
  flops: count('flops').optional(),
  precision: precision.optional(),
  method: z.enum(TRAINING_METHODS, { error: `expected one of ${TRAINING_METHODS.join(' | ')}` }).optional(),
  objective: z.enum(TRAINING_OBJECTIVES, { error: `expected one of ${TRAINING_OBJECTIVES.join(' | ')}` }).optional(),
});

export const hardwareSchema = z.strictObject({
  accelerator: z.string({ error: 'accelerator must be a name such as "A100-SXM4-80GB" or "H100"' }),
  count: wholeCount('count').default(1),
  hours: hours('hours').optional(),
  accelerator_hours: hours('accelerator_hours').optional(),
  utilization: fraction('utilization').optional(),
  power_watts: positiveNumber('power_watts').optional(),
});

export const inferenceSchema = z.strictObject({
  tokens_per_day: count('tokens_per_day').optional(),
  requests_per_day: count('requests_per_day').optional(),
  tokens_per_request: count('tokens_per_request').optional(),
  days: quantity(parseDays)
    .refine((value) => value > 0, { message: 'days must be greater than 0' })
    .default(365),
  accelerator: z.string().optional(),
  precision: precision.optional(),
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

export const runSchema = z.strictObject({
  id: z
    .string({ error: 'id must be a string' })
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9._/-]*$/,
      'id may hold letters, digits and . _ / - and starts with a letter or digit',
    ),
  description: z.string().optional(),
  model: z.strictObject({
    parameters: count('parameters'),
    active_parameters: count('active_parameters').optional(),
    name: z.string().optional(),
  }),
  training: trainingSchema.optional(),
  hardware: hardwareSchema,
  ...placement,
  repeats: wholeCount('repeats').default(1),
  inference: inferenceSchema.optional(),
  logs: z.array(logEntry).default([]),
});

export const manifestHeadSchema = z.strictObject({
  version: z.literal(1, { error: 'version must be 1' }),
  defaults: z.strictObject({ ...placement, calibrate: z.boolean().optional() }).default({}),
  runs: z.array(z.unknown(), { error: 'runs must be a list of runs' }).min(1, 'runs must hold at least one run'),
  budget: z
    .strictObject({
      total_co2e_kg: positiveNumber('total_co2e_kg').optional(),
      max_increase_percent: z.number({ error: 'max_increase_percent must be a number' }).min(0).optional(),
      warn_increase_percent: z.number({ error: 'warn_increase_percent must be a number' }).min(0).optional(),
      per_run_co2e_kg: positiveNumber('per_run_co2e_kg').optional(),
    })
    .optional(),
});

export type RunInput = z.output<typeof runSchema>;

/** Every key the schema knows, for did-you-mean on unknown keys. */
export const KNOWN_KEYS = [
  ...Object.keys(manifestHeadSchema.shape),
  ...Object.keys(runSchema.shape),
  ...Object.keys(trainingSchema.shape),
  ...Object.keys(hardwareSchema.shape),
  ...Object.keys(inferenceSchema.shape),
  'parameters',
  'active_parameters',
  'calibrate',
  'total_co2e_kg',
  'max_increase_percent',
  'warn_increase_percent',
  'per_run_co2e_kg',
  'path',
  'format',
];
