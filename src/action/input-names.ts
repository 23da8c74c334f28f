// The action's input names and defaults (as in action.yml), how the runner passes them, and the two time limits. No
// zod here: the entry (start.ts) reads a few inputs before the schema in inputs.ts loads, by the same rules.

/** Every input name as written in action.yml, with its default. */
export const INPUT_DEFAULTS = {
  manifest: 'ml-carbon.yml',
  'github-token': '',
  comment: 'update',
  'fail-on-budget': 'true',
  'comment-key': 'default',
  mode: 'gate',
  'max-co2e-kg': '',
  'max-increase-percent': '',
  'warn-increase-percent': '',
  'base-ref': '',
  'pr-number': '',
  'head-sha': '',
  'working-directory': '.',
  badge: 'false',
  'badge-branch': 'ml-carbon',
  'badge-figure': 'training',
  'badge-grades': '',
  'on-base-error': 'fail',
  'time-limit-seconds': '300',
  'request-timeout-seconds': '30',
} as const;

export type InputName = keyof typeof INPUT_DEFAULTS;

export const TIME_LIMIT_MAX_SECONDS = 6 * 3600;
export const REQUEST_TIMEOUT_MAX_SECONDS = 600;

/** The runner passes input `name` as INPUT_<NAME>: spaces as underscores, upper case, hyphens kept. Trimmed. */
export function inputFromEnv(env: NodeJS.ProcessEnv, name: InputName): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** A number of seconds the inputs accept: finite, above 0, at most `max`. */
export function withinSeconds(value: number, max: number): boolean {
  return Number.isFinite(value) && value > 0 && value <= max;
}

/** An input in seconds as the schema reads it (the default when empty, then Number()), in ms; undefined when invalid. */
export function secondsInputMs(env: NodeJS.ProcessEnv, name: InputName, max: number): number | undefined {
  const seconds = Number(inputFromEnv(env, name) || INPUT_DEFAULTS[name]);
  return withinSeconds(seconds, max) ? Math.round(seconds * 1000) : undefined;
}
