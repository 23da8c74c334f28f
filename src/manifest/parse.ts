// YAML text -> validated, normalized Manifest, with every problem located by file, line, column and field path.
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import type { InputProblem } from '../errors.js';
import { didYouMean } from '../util/suggest.js';
import { KNOWN_KEYS, manifestHeadSchema, runSchema } from './schema.js';
import { normalizeRun, normalizePlacement, type Located } from './normalize.js';
import type { Manifest, Run } from './types.js';

export interface ParseResult {
  /** Present when the manifest's top level is usable; runs that failed validation are left out and listed in problems. */
  manifest?: Manifest;
  problems: InputProblem[];
}

type PathSegment = string | number;

export function parseManifest(text: string, file: string): ParseResult {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems: InputProblem[] = document.errors.map((error) => {
    const position = lineCounter.linePos(error.pos[0]);
    return {
      file,
      line: position.line,
      column: position.col,
      severity: 'error',
      message: `YAML syntax: ${error.message.split('\n')[0]}`,
    };
  });
  if (problems.length) return { problems };

  const locate: Located = (path, message, hint, severity = 'error') => {
    const position = positionOf(document, lineCounter, path, message.startsWith('unknown key'));
    problems.push({ file, ...position, path: formatPath(path), message, hint, severity });
  };

  const raw: unknown = document.toJS();
  if (raw === null || raw === undefined) {
    locate([], 'the manifest is empty', 'start with "version: 1" and a "runs:" list');
    return { problems };
  }
  const head = manifestHeadSchema.safeParse(raw, { reportInput: true });
  if (!head.success) {
    reportIssues(head.error, [], locate);
    return { problems };
  }

  const defaults = {
    ...normalizePlacement(head.data.defaults, ['defaults'], locate),
    calibrate: head.data.defaults.calibrate,
  };
  const runs: Run[] = [];
  const seenIds = new Map<string, number>();
  head.data.runs.forEach((rawRun, index) => {
    const parsed = runSchema.safeParse(rawRun, { reportInput: true });
    if (!parsed.success) {
      reportIssues(parsed.error, ['runs', index], locate);
      return;
    }
    const previous = seenIds.get(parsed.data.id);
    if (previous !== undefined) {
      locate(
        ['runs', index, 'id'],
        `duplicate run id "${parsed.data.id}"`,
        `runs[${previous}] already uses it; ids match runs between base and head`,
      );
      return;
    }
    seenIds.set(parsed.data.id, index);
    const run = normalizeRun(parsed.data, ['runs', index], locate, defaults);
    if (run) runs.push({ ...run, line: positionOf(document, lineCounter, ['runs', index]).line });
  });

  const budget = head.data.budget && {
    totalCo2eKg: head.data.budget.total_co2e_kg,
    maxIncreasePercent: head.data.budget.max_increase_percent,
    warnIncreasePercent: head.data.budget.warn_increase_percent,
    perRunCo2eKg: head.data.budget.per_run_co2e_kg,
  };
  return { manifest: { version: 1, file, defaults, runs, budget }, problems };
}

function reportIssues(error: z.ZodError, prefix: PathSegment[], locate: Located): void {
  for (const issue of error.issues) {
    const path = [...prefix, ...(issue.path as PathSegment[])];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        locate(
          [...path, key],
          `unknown key "${key}"`,
          didYouMean(key, KNOWN_KEYS) ?? 'remove it or check the manifest reference in README.md',
        );
      }
    } else if (issue.code === 'invalid_type' && issue.input === undefined) {
      locate(path, `missing required field "${String(path[path.length - 1])}"`, `expected ${issue.expected}`);
    } else {
      locate(path, issue.message);
    }
  }
}

function formatPath(path: PathSegment[]): string {
  return path.reduce<string>(
    (text, segment) => (typeof segment === 'number' ? `${text}[${segment}]` : text ? `${text}.${segment}` : segment),
    '',
  );
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
      const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === key);
      const valueNode = pair?.value as Node | null | undefined;
      const pointAtValue = depth === path.length && !atKey && valueNode?.range;
      offset = pointAtValue ? valueNode.range![0] : pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
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
