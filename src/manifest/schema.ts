// zod schema of the manifest as written (snake_case keys, human quantities). Normalization happens in normalize.ts.
// Built on first use (memoized), not at import, so commands that never read a manifest start faster. Written with
// `zod/mini` (functions instead of methods): the CLI bundle then carries only the parts of zod it uses, and building
// a schema does not attach every method to it. `preprocess(f, s)` is `pipe(transform(f), s)`, as in zod itself.
import en from 'zod/v4/locales/en.js';
import * as z from 'zod/mini';
import { PRECISIONS } from '../data/types.js';
import { FACILITIES, LOG_FORMATS, TRAINING_METHODS, TRAINING_OBJECTIVES } from './types.js';
import { LIMITS } from './limits.js';
import { parseCount, parseDays, parseHours, parseMeasure, type Parsed, UNITS } from './quantities.js';
import { closest } from '../util/suggest.js';
import { describeInput } from './describe-input.js';

function quantity(parse: (input: unknown) => Parsed) {
  return z.pipe(
    z.unknown(),
    z.transform((input, ctx) => {
      const parsed = parse(input);
      if ('error' in parsed) {
        ctx.issues.push({ code: 'custom', message: `expected ${parsed.error}, got ${describeInput(input)}`, input });
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

type Units = Readonly<Record<string, number>>;
const unitNames = (units: Units) =>
  Object.keys(units)
    .filter((unit) => unit)
    .slice(0, 3);
/** A number, or a string of one with one of `units` ("300 W", "1.2"): see parseMeasure. */
const measure = (what: string, units: Units, example?: string) => {
  const named = unitNames(units);
  const expected = named.length
    ? `${what} as a number, or a string such as ${JSON.stringify(example ?? `1 ${named[0]}`)} (units: ${named.join(', ')})`
    : `${what} as a number`;
  return quantity((input) => parseMeasure(input, units, expected));
};

/** A share between 0 and 1, or a percentage string ("40%" is 0.4); a bare 40 gets the hint that 40 % is 0.4. */
const fraction = (what: string) =>
  measure(what, UNITS.fraction, '40%').check(
    z.superRefine((value, ctx) => {
      if (value <= 0) ctx.addIssue({ code: 'custom', message: `${what} must be greater than 0` });
      else if (value < 0.001) ctx.addIssue({ code: 'custom', message: `${what} below 0.001 (0.1%) is not plausible` });
      else if (value > 1 && value <= 100)
        ctx.addIssue({
          code: 'custom',
          message: `${what} is a fraction of peak, at most 1 (${value}% is ${+(value / 100).toPrecision(6)}): write ${+(value / 100).toPrecision(6)} or "${value}%"`,
        });
      else if (value > 1) ctx.addIssue({ code: 'custom', message: `${what} is a fraction of peak, at most 1` });
    }),
  );
const positiveNumber = (what: string, max: number, units: Units = UNITS.plain, min?: [number, string]) =>
  measure(what, units).check(
    z.refine((value) => value > 0, { message: `${what} must be greater than 0` }),
    z.refine((value) => value <= max, { message: `${what} above ${max} is not plausible` }),
    z.refine((value) => !min || value >= min[0], { message: min?.[1] }),
  );
const wattsFloor = (what: string) =>
  `${what} below 1 W is not plausible: it is in watts per accelerator (0.3 kW is 300, or write "0.3 kW")`;
/** A whole number ("8", "1,000" and "2K" too); "8.5" is refused, never rounded. */
const wholeCount = (what: string, max: number) =>
  quantity((input) => {
    const parsed = parseCount(input);
    return 'error' in parsed ? { error: `${what} as a whole number, such as 8 or "1,000"` } : parsed;
  }).check(
    z.refine((value) => Number.isInteger(value), { message: `${what} must be a whole number` }),
    z.refine((value) => value >= 1, { message: `${what} must be at least 1` }),
    z.refine((value) => value <= max, { message: `${what} above ${max} is not plausible` }),
  );
/** At least 0, at most `max`, with `message` past it (or zod's own). */
const share = (what: string, units: Units, max: number, message?: string) =>
  measure(what, units).check(
    z.refine((value) => value >= 0, { message: `${what} must be at least 0` }),
    z.refine((value) => value <= max, { message: message ?? `${what} above ${max} is not plausible` }),
  );
const preprocess = <T extends z.ZodMiniType>(fn: (input: unknown) => unknown, schema: T) =>
  z.pipe(z.transform(fn), schema);
const nullIsAbsent = (input: unknown) => (input === null ? undefined : input);
/** Names are matched ignoring case, spaces, "-" and "_" ("On_Prem" is on-prem); `aliases` maps other words people use. */
const oneOf = <const T extends readonly string[]>(
  values: T,
  aliases: Readonly<Record<string, T[number]>> = {},
  notes: Readonly<Record<string, string>> = {},
) => {
  const key = (text: string) => text.toLowerCase().replace(/[-_\s]+/g, '');
  const byKey = new Map<string, T[number]>(values.map((value) => [key(value), value]));
  for (const [alias, value] of Object.entries(aliases)) byKey.set(key(alias), value);
  return preprocess(
    (input) => (typeof input === 'string' ? (byKey.get(key(input)) ?? input) : input),
    z.enum(values, {
      error: (issue) => {
        const written = typeof issue.input === 'string' ? issue.input : '';
        const note = notes[key(written)];
        const near = closest(written, values, 2);
        const mean = note
          ? ` (${note})`
          : near.length
            ? ` (did you mean ${near.map((value) => `"${value}"`).join(' or ')}?)`
            : '';
        return `expected one of ${values.join(' | ')}, got ${describeInput(issue.input)}${mean}`;
      },
    }),
  );
};
const PRECISION_ALIASES = {
  float32: 'fp32',
  single: 'fp32',
  tfloat32: 'tf32',
  float16: 'fp16',
  half: 'fp16',
  bfloat16: 'bf16',
  float8: 'fp8',
} as const;
const MIXED_PRECISION = 'for mixed precision write the 16-bit type it computes in: bf16 or fp16';
const precision = () => oneOf(PRECISIONS, PRECISION_ALIASES, { mixed: MIXED_PRECISION, amp: MIXED_PRECISION });
const FACILITY_ALIASES = {
  'on-premise': 'on-prem',
  'on-premises': 'on-prem',
  colo: 'colocation',
  laptop: 'workstation',
  desktop: 'workstation',
} as const;
/** YAML 1.2 reads yes/no/on/off as strings; they are unambiguous here. */
const BOOLEAN_WORDS: Record<string, boolean> = { true: true, yes: true, on: true, false: false, no: false, off: false };
const flag = (what: string) =>
  preprocess(
    (input) =>
      typeof input === 'string' && Object.hasOwn(BOOLEAN_WORDS, input.trim().toLowerCase())
        ? BOOLEAN_WORDS[input.trim().toLowerCase()]
        : input,
    z.boolean({ error: (issue) => `${what} is true or false, got ${describeInput(issue.input)}` }),
  );
/**
 * A section's block of keys. Written as a single value instead (`hardware: "A100 80GB"`), the error says which key
 * the value probably belongs to.
 */
const block = <T extends z.core.$ZodLooseShape>(name: string, shape: T, primary?: string) =>
  z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== 'invalid_type') return undefined;
      const keys = Object.keys(shape).slice(0, 4).join(', ');
      const scalar = typeof issue.input === 'string' || typeof issue.input === 'number';
      const mean = primary && scalar ? `: did you mean "${name}: { ${primary}: ${JSON.stringify(issue.input)} }"?` : '';
      return `${name} is a block of keys (${keys}, ...), got ${describeInput(issue.input)}${mean}`;
    },
  });
/** `budget:` with every line commented out is YAML null: it means the section is absent. */
const section = <T extends z.ZodMiniType>(schema: T) => preprocess(nullIsAbsent, z.optional(schema));

function build() {
  // zod/mini has no messages of its own until a locale is set (zod's full build sets the same English one).
  z.config(en());
  const placement = {
    location: z.optional(z.string({ error: 'location must be a string such as "gcp:us-central1" or "FR"' })),
    facility: z.optional(oneOf(FACILITIES, FACILITY_ALIASES)),
    carbon_intensity: z.optional(
      positiveNumber('carbon_intensity (gCO2e/kWh)', 5000, UNITS.intensity, [
        1,
        'carbon_intensity below 1 gCO2e/kWh is not plausible: it is in grams per kWh (0.4 kg/kWh is 400, or write "0.4 kg/kWh")',
      ]),
    ),
    market_carbon_intensity: z.optional(
      share(
        'market_carbon_intensity (gCO2e/kWh)',
        UNITS.intensity,
        5000,
        'market_carbon_intensity above 5000 gCO2e/kWh is not plausible',
      ),
    ),
    pue: z.optional(
      measure('pue', UNITS.plain).check(
        z.refine((value) => value >= 1, { message: 'pue is at least 1' }),
        z.refine((value) => value <= 3, { message: 'pue above 3 is not plausible' }),
      ),
    ),
  };

  const model = block(
    'model',
    {
      parameters: z.optional(count('parameters', 1e15)),
      active_parameters: z.optional(count('active_parameters', 1e15)),
      name: z.optional(z.string()),
      config: z.optional(
        z.string({ error: 'config is the path of a Hugging Face config.json, relative to the manifest' }),
      ),
    },
    'parameters',
  );

  const training = block(
    'training',
    {
      tokens: z.optional(count('tokens', 1e17)),
      samples: z.optional(count('samples', 1e15)),
      sequence_length: z.optional(count('sequence_length', 1e9)),
      epochs: z.optional(positiveNumber('epochs', 1e6)),
      flops: z.optional(count('flops', 1e30)),
      precision: z.optional(precision()),
      method: z.optional(oneOf(TRAINING_METHODS, { 'from scratch': 'from_scratch', pretraining: 'from_scratch' })),
      objective: z.optional(oneOf(TRAINING_OBJECTIVES, { finetune: 'fine-tune', pretrain: 'pretrain-base' })),
    },
    'tokens',
  );

  const peakTflops = () =>
    positiveNumber('peak_tflops', 1e6, UNITS.tflops, [0.001, 'peak_tflops below 0.001 TFLOP/s is not plausible']);
  const peakTflopsEntry = z.union(
    [
      peakTflops(),
      z.partialRecord(z.enum(PRECISIONS, { error: `keys are precisions: ${PRECISIONS.join(' | ')}` }), peakTflops()),
    ],
    { error: 'peak_tflops is dense TFLOP/s: a number, or one per precision such as { bf16: 312, fp32: 19.5 }' },
  );

  const hardware = block(
    'hardware',
    {
      accelerator: z.optional(z.string({ error: 'accelerator must be a name such as "A100-SXM4-80GB" or "H100"' })),
      count: z.optional(wholeCount('count', 1e7)),
      hours: z.optional(hours('hours', 1e7)),
      accelerator_hours: z.optional(hours('accelerator_hours', 1e10)),
      utilization: z.optional(fraction('utilization')),
      power_watts: z.optional(positiveNumber('power_watts', 1e5, UNITS.watts, [1, wattsFloor('power_watts')])),
      tdp_watts: z.optional(positiveNumber('tdp_watts', 1e5, UNITS.watts, [1, wattsFloor('tdp_watts')])),
      peak_tflops: z.optional(peakTflopsEntry),
    },
    'accelerator',
  );

  const inference = block(
    'inference',
    {
      tokens_per_day: z.optional(count('tokens_per_day', 1e16)),
      requests_per_day: z.optional(count('requests_per_day', 1e13)),
      tokens_per_request: z.optional(count('tokens_per_request', 1e9)),
      days: z._default(bounded(parseDays, 'days', 36500), 365),
      accelerator: z.optional(z.string()),
      precision: z.optional(precision()),
      utilization: z.optional(fraction('utilization')),
      replicas: z.optional(wholeCount('replicas', 1e6)),
    },
    'tokens_per_day',
  );

  // A path alone is { path }, so an entry written as an object gets its own located errors (unknown key, format).
  const logEntry = preprocess(
    (input) => (typeof input === 'string' ? { path: input } : input),
    z.strictObject(
      {
        path: z.string({ error: 'path is the log file, relative to the manifest, such as "logs/emissions.csv"' }),
        format: z.optional(oneOf(LOG_FORMATS)),
      },
      {
        error: (issue) =>
          issue.code === 'invalid_type'
            ? `a log entry is a path, or { path, format }, got ${describeInput(issue.input)}`
            : undefined,
      },
    ),
  );

  const run = z.strictObject({
    id: z
      .string({
        error: (issue) =>
          typeof issue.input === 'number'
            ? `id must be a string, got ${issue.input}: quote it (id: "${issue.input}") so it is not read as a number`
            : `id must be a string, got ${describeInput(issue.input)}`,
      })
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
        z
          .array(logEntry, {
            error: (issue) =>
              typeof issue.input === 'string'
                ? `logs is a list of paths: write "logs: [${issue.input}]", or "- ${issue.input}" on the next line`
                : `logs is a list of paths, got ${describeInput(issue.input)}`,
          })
          .check(z.maxLength(LIMITS.logsPerRun, `a run may name at most ${LIMITS.logsPerRun} logs`)),
        [],
      ),
    ),
  });

  const budget = block('budget', {
    total_co2e_kg: z.optional(positiveNumber('total_co2e_kg', 1e12, UNITS.kilograms)),
    max_increase_percent: z.optional(share('max_increase_percent', UNITS.percent, 1e6)),
    warn_increase_percent: z.optional(share('warn_increase_percent', UNITS.percent, 1e6)),
    per_run_co2e_kg: z.optional(positiveNumber('per_run_co2e_kg', 1e12, UNITS.kilograms)),
  });

  const defaults = block('defaults', { ...placement, calibrate: z.optional(flag('calibrate')) });
  const head = z.strictObject({
    version: preprocess(
      (input) => (input === '1' || input === '1.0' ? 1 : input),
      z.literal(1, { error: (issue) => `version must be 1, got ${describeInput(issue.input)}` }),
    ),
    defaults: preprocess(nullIsAbsent, z._default(defaults, {})),
    runs: z
      .array(z.unknown(), {
        error: (issue) => {
          const input = issue.input;
          if (!input || typeof input !== 'object') return `runs must be a list of runs, got ${describeInput(input)}`;
          return 'id' in input || 'model' in input || 'hardware' in input
            ? 'runs is a list: put "- " before the run\'s first key ("- id: ...")'
            : 'runs is a list: write each run as "- id: <name>" instead of "<name>:"';
        },
      })
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
