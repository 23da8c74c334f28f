// Internal results -> the `--json` contract of report/json-contract.ts (imported for its types only, so the CLI does
// not build the zod schemas at start-up).
import type { BudgetCheck, Comparison } from '../compare/types.js';
import type { AssumptionUse } from '../data/types.js';
import type { InputProblem } from '../errors.js';
import type { Advice, Evidence } from '../estimate/advice-result.js';
import type { Estimate, Range, RunEstimate } from '../estimate/types.js';
import type {
  CompareReport,
  EstimateReport,
  JsonAssumption,
  JsonBudget,
  JsonRange,
  JsonRun,
  JsonSide,
  JsonSource,
} from './json-contract.js';

/** Must equal json-contract.ts SCHEMA_VERSION: the contract's literal type rejects any other value. */
const SCHEMA_VERSION = 2;

type Field = string | number | undefined;

/**
 * Items listed once, each with an id (prefix + position) that is handed out again for an equal item. An item is
 * known by its fields in a fixed order, looked up through one map per field (cheaper than a JSON key per item):
 * equal fields give equal JSON and vice versa, as non-finite numbers (null in JSON) are looked up as null.
 */
class ListedOnce<T extends { id: string }> {
  readonly items: T[] = [];
  private readonly ids = new Map<Field | null, unknown>();

  constructor(private readonly prefix: string) {}

  idOf(fields: readonly Field[], item: () => Omit<T, 'id'>): string {
    let level = this.ids;
    const last = fields.length - 1;
    for (let index = 0; index < last; index++) {
      const key = asJson(fields[index]);
      let next = level.get(key) as Map<Field | null, unknown> | undefined;
      if (next === undefined) {
        next = new Map();
        level.set(key, next);
      }
      level = next;
    }
    const key = asJson(fields[last]);
    let id = level.get(key) as string | undefined;
    if (id === undefined) {
      id = `${this.prefix}${this.items.length + 1}`;
      level.set(key, id);
      this.items.push({ id, ...item() } as T);
    }
    return id;
  }
}

const asJson = (field: Field): Field | null => (typeof field === 'number' && !Number.isFinite(field) ? null : field);

/** Each distinct citation and each distinct assumption gets one id, in order of first use. */
class SharedTables {
  private readonly sourceList = new ListedOnce<JsonSource>('s');
  private readonly assumptionList = new ListedOnce<JsonAssumption>('a');
  private readonly caveatList = new ListedOnce<{ id: string; text: string }>('c');
  readonly sources = this.sourceList.items;
  readonly caveats = this.caveatList.items;

  caveatId(text: string): string {
    return this.caveatList.idOf([text], () => ({ text }));
  }

  readonly assumptions = this.assumptionList.items;

  sourceId({ source, year, url, claim }: Evidence): string {
    return this.sourceList.idOf([source, year, url, claim], () => ({
      source,
      year,
      ...(url === undefined ? {} : { url }),
      ...(claim === undefined ? {} : { claim }),
    }));
  }

  assumptionId({ name, value, unit, low, high, origin, ...source }: AssumptionUse): string {
    const sourceId = this.sourceId(source);
    return this.assumptionList.idOf([name, value, unit, low, high, origin, sourceId], () => ({
      name,
      value,
      unit,
      ...(low === undefined ? {} : { low }),
      ...(high === undefined ? {} : { high }),
      origin,
      sourceId,
    }));
  }
}

/** Computed figures: 6 significant digits, integers as they are. */
const figure = (value: number): number => (Number.isInteger(value) ? value : Number(value.toPrecision(6)));

/** Every number in `value` (plain data: objects, arrays, numbers, strings) as a figure. */
function figures<T>(value: T): T {
  if (typeof value === 'number') return figure(value) as T;
  if (Array.isArray(value)) return value.map(figures) as T;
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const item = figures((value as Record<string, unknown>)[key]);
      // A data property even for "__proto__", as Object.fromEntries would make it.
      if (key === '__proto__')
        Object.defineProperty(copy, key, { value: item, enumerable: true, writable: true, configurable: true });
      else copy[key] = item;
    }
    return copy as T;
  }
  return value;
}

/** `value` with the low/high spread of `like` (same ratios); a zero `like` gives an exact figure. */
function withSpreadOf(value: number, like: Range): JsonRange {
  if (like.value === 0) return { value, low: value, high: value };
  const low = value * (like.low / like.value);
  const high = value * (like.high / like.value);
  return { value, low: Math.min(low, high), high: Math.max(low, high) };
}

function adviceJson(advice: Advice, tables: SharedTables): NonNullable<JsonRun['advice']>[number] {
  const { evidence, caveat, ...rest } = advice;
  return {
    ...rest,
    caveatId: tables.caveatId(caveat),
    evidenceIds: evidence.map((item) => tables.sourceId(item)),
  };
}

function runJson(run: RunEstimate, tables: SharedTables): JsonRun {
  const { inference, measured, advice, adviceCombined } = run;
  return {
    id: run.id,
    basis: run.basis,
    ...(run.flops === undefined ? {} : { flops: run.flops }),
    accelerator: run.accelerator,
    acceleratorCount: run.acceleratorCount,
    repeats: run.repeats,
    ...(run.location === undefined ? {} : { location: run.location }),
    carbonIntensityGPerKwh: run.carbonIntensityGPerKwh,
    pue: run.pue,
    acceleratorHours: run.acceleratorHours,
    energyKwh: run.energyKwh,
    co2eKg: run.co2eKg,
    breakdown: run.breakdown,
    ...(inference
      ? {
          inference: {
            days: inference.days,
            tokensPerDay: inference.tokensPerDay,
            accelerator: inference.accelerator,
            replicas: inference.replicas,
            acceleratorsPerReplica: inference.acceleratorsPerReplica,
            acceleratorHours: inference.acceleratorHours,
            energyKwh: inference.energyKwh,
            co2eKg: inference.co2eKg,
            breakdown: inference.breakdown,
            busyOnly: inference.busyOnly,
          },
        }
      : {}),
    ...(run.marketBasedOperationalCo2eKg === undefined
      ? {}
      : { marketBasedOperationalCo2eKg: withSpreadOf(run.marketBasedOperationalCo2eKg, run.co2eKg) }),
    ...(measured ? { measured } : {}),
    assumptionIds: run.assumptions.map((assumption) => tables.assumptionId(assumption)),
    notes: run.notes,
    ...(advice ? { advice: advice.map((item) => adviceJson(item, tables)) } : {}),
    ...(adviceCombined ? { adviceCombined } : {}),
  };
}

function sideJson(estimate: Estimate, tables: SharedTables): JsonSide {
  return figures({
    manifest: estimate.manifest,
    runs: estimate.runs.map((run) => runJson(run, tables)),
    total: estimate.total,
    ...(estimate.calibration ? { calibration: estimate.calibration } : {}),
  });
}

const RULE_NAMES: Record<BudgetCheck['rule'], JsonBudget['checks'][number]['rule']> = {
  total_co2e_kg: 'totalCo2eKg',
  per_run_co2e_kg: 'perRunCo2eKg',
  max_increase_percent: 'maxIncreasePercent',
  warn_increase_percent: 'warnIncreasePercent',
};

function budgetJson(budget: Comparison['budget']): JsonBudget {
  return {
    status: budget.status,
    authority: budget.authority,
    limits: budget.limits,
    checks: budget.checks.map((check) => ({ ...check, rule: RULE_NAMES[check.rule], actual: figure(check.actual) })),
    reasons: budget.reasons,
    changes: budget.changes,
  };
}

export function estimateJson(estimate: Estimate, problems: InputProblem[] = []): EstimateReport {
  const tables = new SharedTables();
  const head = sideJson(estimate, tables);
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: 'estimate',
    head,
    assumptions: tables.assumptions,
    sources: tables.sources,
    caveats: tables.caveats,
    problems,
  };
}

export function reportJson(comparison: Comparison, problems: InputProblem[] = []): CompareReport {
  const tables = new SharedTables();
  const head = sideJson(comparison.head, tables);
  const base = comparison.base ? sideJson(comparison.base, tables) : null;
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: 'compare',
    head,
    base,
    changes: comparison.runs.map(({ id, change, previousId, deltaCo2eKg, deltaPercent }) => ({
      id,
      change,
      ...(previousId === undefined ? {} : { previousId }),
      deltaCo2eKg: figure(deltaCo2eKg),
      deltaPercent: deltaPercent === null ? null : figure(deltaPercent),
    })),
    delta: figures(comparison.delta),
    budget: budgetJson(comparison.budget),
    assumptions: tables.assumptions,
    sources: tables.sources,
    caveats: tables.caveats,
    problems,
  };
}
