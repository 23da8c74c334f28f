// YAML text -> validated, normalized Manifest, with every problem located by file, line, column and field path.
// Never throws on any input: oversized files, alias bombs and absurd numbers come back as located problems.
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { core } from 'zod/mini';
import type { InputProblem } from '../errors.js';
import type { RunFacts } from './facts.js';
import { describeInput } from './describe-input.js';
import { unknownKeyHint } from './key-hints.js';
import { describeYamlError } from './yaml-errors.js';
import { LIMITS } from './limits.js';
import { normalizePlacement, normalizeRun, type Located } from './normalize.js';
import { manifestSchemas } from './schema.js';
import type { LogRef, Manifest, Run } from './types.js';
import { formatWhole } from '../util/format.js';

export interface ParseResult {
  /** Present when the manifest's top level is usable; runs that failed validation are left out and listed in problems. */
  manifest?: Manifest;
  problems: InputProblem[];
}

type PathSegment = string | number;

/** A manifest's YAML as read once (document, positions, plain data, syntax problems): see `readManifestYaml`. */
export interface ManifestYaml {
  readonly document?: Document;
  readonly lineCounter: LineCounter;
  readonly raw?: unknown;
  readonly problems: readonly InputProblem[];
}

/**
 * Reads the YAML of a manifest, for `manifestReferences` and `parseManifest` to share (the pipeline needs both, and
 * reading the YAML is most of their cost). Neither changes what it is given.
 */
export function readManifestYaml(text: string, file: string): ManifestYaml {
  const lineCounter = new LineCounter();
  if (text.length > LIMITS.manifestBytes) {
    return {
      lineCounter,
      problems: [
        {
          file,
          severity: 'error',
          message: `the manifest is ${formatWhole(text.length)} characters; at most ${formatWhole(LIMITS.manifestBytes)} are read`,
          hint: 'split it into several manifests (one per project folder)',
        },
      ],
    };
  }
  if (text.includes('\u0000')) {
    return {
      lineCounter,
      problems: [
        {
          file,
          severity: 'error',
          message: 'the manifest is not UTF-8 text (it holds NUL bytes: a binary file, or UTF-16)',
          hint: 'save it as UTF-8 YAML, e.g. ml-carbon.yml starting with "version: 1"',
        },
      ],
    };
  }
  // `merge: true` reads `<<: *anchor` merge keys, which YAML 1.2 left out but people write to share a block.
  const document = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    merge: true,
    // The library would print its own warnings (e.g. a list used as a key) to the console.
    logLevel: 'error',
  });
  const problems: InputProblem[] = document.errors.map((error) => {
    const position = lineCounter.linePos(error.pos[0]);
    const { message, hint } = describeYamlError(error, text);
    return {
      file,
      line: position.line,
      column: position.col,
      severity: 'error',
      message,
      ...(hint ? { hint } : {}),
    };
  });
  if (problems.length) return { lineCounter, problems };
  try {
    return { document, lineCounter, raw: document.toJS({ maxAliasCount: LIMITS.yamlAliases }), problems };
  } catch (error) {
    const aliases = /alias/i.test((error as Error).message);
    problems.push({
      file,
      severity: 'error',
      message: aliases
        ? `YAML aliases (*name) expand to too much data (more than ${LIMITS.yamlAliases} expansions)`
        : `YAML could not be read: ${(error as Error).message.split('\n')[0]}`,
      hint: aliases ? 'write the values out, or use fewer anchors' : undefined,
    });
    return { lineCounter, problems };
  }
}

export interface ParseOptions {
  /** Inputs read from the repository's files, by run id (see RunFacts). */
  facts?: ReadonlyMap<string, RunFacts>;
  /** `text` as `readManifestYaml(text, file)` read it, when the caller has it already. */
  yaml?: ManifestYaml;
}

export function parseManifest(text: string, file: string, options: ParseOptions = {}): ParseResult {
  const read = options.yaml ?? readManifestYaml(text, file);
  const { document, lineCounter } = read;
  const problems = [...read.problems];
  if (!document || problems.length) return { problems };

  const locate: Located = (path, message, hint, severity = 'error') => {
    const position = positionOf(document, lineCounter, path, message.startsWith('unknown key'));
    problems.push({ file, ...position, path: formatPath(path), message, ...(hint ? { hint } : {}), severity });
  };

  const raw = read.raw;
  if (raw === null || raw === undefined) {
    locate([], 'the manifest is empty', 'start with "version: 1" and a "runs:" list');
    return { problems };
  }
  if (Array.isArray(raw)) {
    locate(
      [],
      'the manifest is a list; it is a block of keys with "version: 1" and a "runs:" list',
      'write "version: 1" and "runs:" on the first two lines, and indent the list under runs:',
    );
    return { problems };
  }
  if (typeof raw !== 'object') {
    locate(
      [],
      `the manifest is a single value (${describeInput(raw)}); it is a block of keys`,
      'start with "version: 1" and a "runs:" list',
    );
    return { problems };
  }
  const schemas = manifestSchemas();
  let head = schemas.head.safeParse(raw, { reportInput: true });
  if (!head.success) {
    reportIssues(head.error, [], locate);
    // Unknown top-level keys alone (reported above) do not hide the runs: they are read without those keys.
    const unknownTop = head.error.issues.every(
      (issue) => issue.code === 'unrecognized_keys' && issue.path.length === 0,
    );
    if (!unknownTop) return { problems };
    const known = new Set<string>(schemas.sections['']);
    head = schemas.head.safeParse(Object.fromEntries(Object.entries(raw).filter(([key]) => known.has(key))), {
      reportInput: true,
    });
    if (!head.success) return { problems };
  }

  const defaults = {
    ...normalizePlacement(head.data.defaults, ['defaults'], locate),
    calibrate: head.data.defaults.calibrate,
  };
  const runs: Run[] = [];
  const seenIds = new Map<string, number>();
  let logCount = 0;
  for (const [index, rawRun] of head.data.runs.entries()) {
    const parsed = schemas.run.safeParse(rawRun, { reportInput: true });
    if (!parsed.success) {
      reportIssues(parsed.error, ['runs', index], locate);
      continue;
    }
    const previous = seenIds.get(parsed.data.id);
    if (previous !== undefined) {
      locate(
        ['runs', index, 'id'],
        `duplicate run id "${parsed.data.id}"`,
        `runs[${previous}] already uses it; ids match runs between base and head`,
      );
      continue;
    }
    seenIds.set(parsed.data.id, index);
    logCount += parsed.data.logs.length;
    if (logCount > LIMITS.logs) {
      locate(
        ['runs', index, 'logs'],
        `the manifest names more than ${LIMITS.logs} logs`,
        'list fewer, larger logs (one CodeCarbon file can hold many runs)',
      );
      continue;
    }
    const run = normalizeRun(parsed.data, ['runs', index], locate, defaults, options.facts?.get(parsed.data.id));
    if (run) runs.push({ ...run, line: positionOf(document, lineCounter, ['runs', index]).line });
  }

  const budget = head.data.budget && {
    totalCo2eKg: head.data.budget.total_co2e_kg,
    maxIncreasePercent: head.data.budget.max_increase_percent,
    warnIncreasePercent: head.data.budget.warn_increase_percent,
    perRunCo2eKg: head.data.budget.per_run_co2e_kg,
  };
  return { manifest: { version: 1, file, defaults, runs, budget }, problems };
}

/** What each run points at (logs, model.config), read leniently so files can be read before full validation. */
export interface RunReferences {
  id: string;
  line?: number;
  config?: string;
  logs: LogRef[];
}

export function manifestReferences(
  text: string,
  file: string,
  yaml: ManifestYaml = readManifestYaml(text, file),
): RunReferences[] {
  const { document, lineCounter, raw } = yaml;
  if (!document || !raw || typeof raw !== 'object') return [];
  const runs = (raw as { runs?: unknown }).runs;
  if (!Array.isArray(runs)) return [];
  const references: RunReferences[] = [];
  let logCount = 0;
  for (const [index, run] of runs.slice(0, LIMITS.runs).entries()) {
    if (!run || typeof run !== 'object' || typeof (run as { id?: unknown }).id !== 'string') continue;
    const { id, model, logs } = run as { id: string; model?: { config?: unknown }; logs?: unknown };
    const refs: LogRef[] = [];
    if (Array.isArray(logs)) {
      for (const [logIndex, entry] of logs.slice(0, LIMITS.logsPerRun).entries()) {
        if (++logCount > LIMITS.logs) break;
        const line = positionOf(document, lineCounter, ['runs', index, 'logs', logIndex]).line;
        const at = line !== undefined ? { line } : {};
        if (typeof entry === 'string') refs.push({ path: entry, ...at });
        else if (entry && typeof entry === 'object' && typeof entry.path === 'string') refs.push({ ...entry, ...at });
      }
    }
    references.push({
      id,
      line: positionOf(document, lineCounter, ['runs', index]).line,
      ...(typeof model?.config === 'string' ? { config: model.config } : {}),
      logs: refs,
    });
  }
  return references;
}

function reportIssues(error: core.$ZodError, prefix: PathSegment[], locate: Located): void {
  const { sections } = manifestSchemas();
  const issues = error.issues.map((issue) => ({ issue, path: [...prefix, ...(issue.path as PathSegment[])] }));
  // A misspelled key also makes its intended field "missing": say it once, at the misspelling.
  const suggested = new Set<string>();
  const unknown: { path: PathSegment[]; key: string; hint: string }[] = [];
  for (const { issue, path } of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    for (const key of issue.keys) {
      const hint = unknownKeyHint(key, path, sections);
      unknown.push({ path, key, hint });
      const target = /^did you mean "([a-z_]+)"\?$/.exec(hint)?.[1] ?? /^keys are .*"([a-z_]+)"$/.exec(hint)?.[1];
      if (target) suggested.add(formatPath([...path, target]));
    }
  }
  for (const { path, key, hint } of unknown) locate([...path, key], `unknown key "${key}"`, hint);
  for (const { issue, path } of issues) {
    if (issue.code === 'unrecognized_keys') continue;
    if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined) {
      if (suggested.has(formatPath(path))) continue;
      const field = String(path[path.length - 1]);
      const hint =
        field === 'version'
          ? 'add "version: 1" as the first line'
          : issue.code === 'invalid_type'
            ? `expected ${issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a block of keys' : `a ${issue.expected}`}`
            : issue.message;
      locate(path, `missing required field "${field}"`, hint);
    } else if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
      // zod's own wording ("Invalid input: expected string, received number") for fields the schema gives none.
      const last = path[path.length - 1];
      const field = last === undefined ? 'the manifest' : typeof last === 'number' ? formatPath(path.slice(-2)) : last;
      const expected =
        issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a block of keys' : `a ${issue.expected}`;
      locate(path, `${field} must be ${expected}, got ${describeInput(issue.input)}`);
    } else {
      locate(path, issue.message);
    }
  }
}

function formatPath(path: PathSegment[]): string {
  let text = '';
  for (const segment of path)
    text = typeof segment === 'number' ? `${text}[${segment}]` : text ? `${text}.${segment}` : String(segment);
  return text;
}

/** Line and column of the deepest node that exists along the path: its value, or the key itself for an unknown key. */
function positionOf(
  document: Document,
  lineCounter: LineCounter,
  path: PathSegment[],
  atKey = false,
): { line?: number; column?: number } {
  for (let depth = path.length; depth >= 0; depth--) {
    const parentPath = path.slice(0, depth - 1);
    const key = path[depth - 1];
    const parent = depth === 0 ? document.contents : (document.getIn(parentPath, true) as Node | undefined);
    let offset: number | undefined;
    if (depth === 0) offset = (document.contents as Node | null)?.range?.[0];
    else if (isMap(parent)) {
      // Keys compare as the plain data names them: `1:` is "1", a list key `? [a, b]` is "[ a, b ]".
      const pair = parent.items.find((item) => keyName(item.key) === String(key));
      const valueNode = pair?.value as Node | null | undefined;
      const pointAtValue = depth === path.length && !atKey && valueNode?.range;
      offset = pointAtValue ? valueNode.range![0] : (pair?.key as Node | null | undefined)?.range?.[0];
    } else {
      offset = (document.getIn(path.slice(0, depth), true) as Node | undefined)?.range?.[0];
    }
    if (offset !== undefined) {
      const { line, col } = lineCounter.linePos(offset);
      return { line, column: col };
    }
  }
  return {};
}

function keyName(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return key === null || key === undefined ? undefined : String(key);
}
