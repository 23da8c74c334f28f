// Runs the pipeline on the sources and settles the base state: a base that fails while being read (a 5xx after the
// retries, the time limit) turns into "unreadable" and the head is analyzed alone with no manifest budget in force.
import type { Comparison } from '../compare/types.js';
import { CommitUnreadable } from '../github/base-files.js';
import { describeApiError } from '../github/api-error.js';
import type { Analysis, AnalyzeOptions, ManifestSource } from '../pipeline.js';
import type { Budget } from '../manifest/types.js';
import { baseContext } from './base-context.js';
import type { Target } from './event.js';
import type { BaseState, Sources } from './sources.js';

export interface SettledAnalysis {
  analysis: Analysis;
  base: BaseState;
  /** Set when the budget in force is unknown: the gate must not pass. */
  baseError?: string;
}

/** The engine (YAML, zod schemas, estimate, advice, report) loads only once the sources are known. */
async function analyze(options: AnalyzeOptions): Promise<Analysis> {
  const engine = await import('../pipeline.js');
  return engine.analyze(options);
}

export class HeadUnreadable extends Error {
  constructor(reason: string) {
    super(`the head commit could not be read: ${reason}`);
    this.name = 'HeadUnreadable';
  }
}

function reasonOf(error: unknown): string {
  return error instanceof CommitUnreadable ? error.message : describeApiError(error);
}

/** A read failure of the head is the end of the run; anything else is a bug and propagates as is. */
function headFailure(error: unknown): unknown {
  return error instanceof CommitUnreadable ? new HeadUnreadable(error.message) : error;
}

/**
 * The report's headline speaks of a comparison ("no manifest on the base branch · no budget set"); with the base
 * unread that would mislead, so everything after the total is replaced by what happened. With the base read
 * (`keepChange`), only the budget's state, the last part, is.
 */
function headlineBudgetUnknown(analysis: Analysis, why: string, keepChange = false): Analysis {
  const rewrite = (markdown: string): string => {
    const [first = '', ...rest] = markdown.split('\n');
    const at = keepChange ? first.lastIndexOf(' · ') : first.indexOf(' · ');
    if (!first.startsWith('### ') || at < 0) return markdown;
    return [`${first.slice(0, at)} · ⛔ budget not checked: ${why}`, ...rest].join('\n');
  };
  return { ...analysis, markdown: rewrite(analysis.markdown), fullMarkdown: rewrite(analysis.fullMarkdown) };
}

/** Whether any manifest exists on the compared base, so the report can say "no manifest on base" up front. */
async function anyManifest(source: ManifestSource): Promise<boolean> {
  for (const path of source.manifestPaths) if ((await source.files.readText(path)) !== undefined) return true;
  return false;
}

/**
 * The head could not be fully evaluated (a manifest missing, refused or invalid): whatever the remaining figures
 * say, the budget was not checked on the whole head, so the headline must not say "within budget".
 */
function headlineHeadErrors(settled: SettledAnalysis): SettledAnalysis {
  const errors = settled.analysis.problems.filter((problem) => problem.severity === 'error').length;
  if (!errors || settled.baseError !== undefined) return settled;
  const why = `${errors} error${errors > 1 ? 's' : ''} in the input`;
  return { ...settled, analysis: headlineBudgetUnknown(settled.analysis, why, true) };
}

export async function analyzeSources(
  sources: Sources,
  target: Target,
  options: { budgetOverride: Budget; extraSections: (comparison: Comparison) => string[] },
): Promise<SettledAnalysis> {
  return headlineHeadErrors(await settleSources(sources, target, options));
}

async function settleSources(
  sources: Sources,
  target: Target,
  options: { budgetOverride: Budget; extraSections: (comparison: Comparison) => string[] },
): Promise<SettledAnalysis> {
  const common = { head: sources.head, headProblems: sources.headProblems, ...options };
  const headAlone = async (base: BaseState, reason: string): Promise<SettledAnalysis> => {
    try {
      const analysis = await analyze({
        ...common,
        budgetUnknown: true,
        context: baseContext(base, undefined, sources.warnings),
      });
      return {
        analysis: headlineBudgetUnknown(analysis, 'the base branch could not be read'),
        base,
        baseError: reason,
      };
    } catch (error) {
      throw headFailure(error);
    }
  };
  const base = sources.base;
  if (base.kind === 'unreadable') return headAlone(base, base.reason);
  if (base.kind === 'none') {
    try {
      const analysis = await analyze({ ...common, context: baseContext(base, undefined, sources.warnings) });
      return { analysis, base };
    } catch (error) {
      throw headFailure(error);
    }
  }
  try {
    const baseHasManifest = await anyManifest(base.source);
    const analysis = await analyze({
      ...common,
      base: base.source,
      budgetSource: base.budgetSource,
      context: baseContext(base, baseHasManifest, sources.warnings),
    });
    if (!analysis.budgetKnown) {
      const reason = `the manifest on the base branch tip ${base.choice.budgetSha.slice(0, 7)} has errors, so its budget is not known`;
      return {
        analysis: headlineBudgetUnknown(analysis, "the base branch's manifest has errors"),
        base,
        baseError: reason,
      };
    }
    return { analysis, base };
  } catch (error) {
    if (error instanceof CommitUnreadable && error.sha === target.headSha) throw new HeadUnreadable(error.message);
    const unreadable: BaseState = { kind: 'unreadable', reason: reasonOf(error) };
    return headAlone(unreadable, unreadable.reason);
  }
}
