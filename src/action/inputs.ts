// The action's inputs, validated with zod. Raw strings come in through a getter (core.getInput in the shell, a plain
// object in tests); problems come back as InputProblems naming the input, what was expected and a did-you-mean.
import * as z from 'zod';
import type { InputProblem } from '../errors.js';
import { didYouMean } from '../util/suggest.js';
import {
  INPUT_DEFAULTS,
  type InputName,
  REQUEST_TIMEOUT_MAX_SECONDS,
  TIME_LIMIT_MAX_SECONDS,
  withinSeconds,
} from './input-names.js';

export const COMMENT_MODES = ['update', 'new', 'off'] as const;
export const ACTION_MODES = ['gate', 'report'] as const;
export const BASE_ERROR_MODES = ['fail', 'neutral'] as const;

export interface ActionInputs {
  /** Paths or globs, relative to working-directory. */
  manifests: string[];
  githubToken: string;
  comment: (typeof COMMENT_MODES)[number];
  failOnBudget: boolean;
  commentKey: string;
  mode: (typeof ACTION_MODES)[number];
  maxCo2eKg?: number;
  maxIncreasePercent?: number;
  warnIncreasePercent?: number;
  baseRef?: string;
  prNumber?: number;
  headSha?: string;
  /** Relative to the workspace, "." for its root. */
  workingDirectory: string;
  badge: boolean;
  badgeBranch: string;
  badgeFigure: string;
  /** Grade thresholds for the badge colour, e.g. "A:10kg,B:100kg,F"; empty for the defaults. */
  badgeGrades: string;
  /** What the check says when the base cannot be read: `fail` blocks, `neutral` reports without blocking. */
  onBaseError: (typeof BASE_ERROR_MODES)[number];
  /** Whole-run time limit; the action then writes what it has and exits by the rules. */
  timeLimitMs: number;
  /** Timeout of one API request, answer body included. */
  requestTimeoutMs: number;
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

const text = (value: string) => value.trim();
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
const boolean = z
  .string()
  .refine((value) => TRUE.includes(value) || FALSE.includes(value), { message: 'expected true or false' })
  .transform((value) => TRUE.includes(value));
const nonNegative = z.coerce
  .number({ message: 'expected a number' })
  .refine(Number.isFinite, 'expected a finite number')
  .refine((value) => value >= 0, 'expected a number ≥ 0');
const seconds = (max: number) =>
  z.coerce
    .number({ message: 'expected a number of seconds' })
    .refine(Number.isFinite, 'expected a finite number of seconds')
    .refine((value) => withinSeconds(value, max), `expected seconds above 0 and at most ${max}`);
const enumOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.string().refine((value): value is T[number] => (values as readonly string[]).includes(value), {
    message: `expected one of ${values.join(', ')}`,
  });

const schema = z.object({
  manifest: z
    .string()
    .transform((value) => value.split(/[\n,]/).map(text).filter(Boolean))
    .refine((list) => list.length > 0, 'expected at least one path or glob'),
  'github-token': z.string(),
  comment: enumOf(COMMENT_MODES),
  'fail-on-budget': boolean,
  'comment-key': z
    .string()
    .transform(text)
    .refine((value) => /^[A-Za-z0-9._/@:-]{1,100}$/.test(value), 'expected 1-100 letters, digits or . _ / @ : -'),
  mode: enumOf(ACTION_MODES),
  'max-co2e-kg': optional(nonNegative),
  'max-increase-percent': optional(nonNegative),
  'warn-increase-percent': optional(nonNegative),
  'base-ref': optional(z.string().regex(/^[^\s~^:?*[\\]+$/, 'expected a branch, tag or commit SHA')),
  'pr-number': optional(z.coerce.number().int('expected a whole number').positive('expected a PR number ≥ 1')),
  'head-sha': optional(z.string().regex(/^[0-9a-f]{40}$/i, 'expected a full 40-character commit SHA')),
  'working-directory': z.string().transform((value) => text(value) || '.'),
  badge: boolean,
  'badge-branch': z.string().regex(/^[A-Za-z0-9._/-]+$/, 'expected a branch name'),
  'badge-figure': z.string().regex(/^[a-z0-9+_-]+$/, 'expected training, training-and-inference or max-run'),
  'badge-grades': z.string(),
  'on-base-error': enumOf(BASE_ERROR_MODES),
  'time-limit-seconds': seconds(TIME_LIMIT_MAX_SECONDS),
  'request-timeout-seconds': seconds(REQUEST_TIMEOUT_MAX_SECONDS),
});

const ENUMS: Partial<Record<InputName, readonly string[]>> = {
  comment: COMMENT_MODES,
  mode: ACTION_MODES,
  'on-base-error': BASE_ERROR_MODES,
};

export function parseInputs(get: (name: InputName) => string): { inputs?: ActionInputs; problems: InputProblem[] } {
  const raw = Object.fromEntries(
    (Object.keys(INPUT_DEFAULTS) as InputName[]).map((name) => {
      const given = get(name);
      return [name, given === '' ? INPUT_DEFAULTS[name] : name === 'manifest' ? given : given.trim()];
    }),
  );
  const parsed = schema.safeParse(raw);
  const problems: InputProblem[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0]) as InputName;
      const candidates = ENUMS[name];
      problems.push({
        file: 'workflow',
        path: `with.${name}`,
        severity: 'error',
        message: `input \`${name}\` is ${JSON.stringify(raw[name])}: ${issue.message}`,
        hint: candidates ? didYouMean(String(raw[name]), candidates) : undefined,
      });
    }
    return { problems };
  }
  const value = parsed.data;
  const inputs: ActionInputs = {
    manifests: value.manifest,
    githubToken: value['github-token'],
    comment: value.comment as ActionInputs['comment'],
    failOnBudget: value['fail-on-budget'],
    commentKey: value['comment-key'],
    mode: value.mode as ActionInputs['mode'],
    maxCo2eKg: value['max-co2e-kg'],
    maxIncreasePercent: value['max-increase-percent'],
    warnIncreasePercent: value['warn-increase-percent'],
    baseRef: value['base-ref'],
    prNumber: value['pr-number'],
    headSha: value['head-sha']?.toLowerCase(),
    workingDirectory: value['working-directory'],
    badge: value.badge,
    badgeBranch: value['badge-branch'],
    badgeFigure: value['badge-figure'],
    badgeGrades: value['badge-grades'],
    onBaseError: value['on-base-error'] as ActionInputs['onBaseError'],
    timeLimitMs: Math.round(value['time-limit-seconds'] * 1000),
    requestTimeoutMs: Math.round(value['request-timeout-seconds'] * 1000),
  };
  if (
    inputs.warnIncreasePercent !== undefined &&
    inputs.maxIncreasePercent !== undefined &&
    inputs.warnIncreasePercent > inputs.maxIncreasePercent
  ) {
    problems.push({
      file: 'workflow',
      path: 'with.warn-increase-percent',
      severity: 'error',
      message: `warn-increase-percent (${inputs.warnIncreasePercent}) is above max-increase-percent (${inputs.maxIncreasePercent})`,
      hint: 'the warning tier must sit below the failing tier',
    });
    return { problems };
  }
  return { inputs, problems };
}
