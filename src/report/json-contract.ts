// The `--json` contract (also the action's `report-json` file), as zod schemas; the TypeScript types are inferred
// from them and docs/report.schema.json is generated from them (`npm run derive:report-schema`).
//
// Compatibility: within one schemaVersion, fields may be added, never renamed, retyped or removed. Any other change
// bumps SCHEMA_VERSION, gets a CHANGELOG.md entry, and updates the golden file (`npm run golden:update`).
// Computed figures carry 6 significant digits (no input is known better than 3); integers and what the user wrote
// (budget limits, assumptions) are exact.
// Every citation appears once in `sources`, every assumption in `assumptions`, every advice caveat in `caveats`;
// runs, assumptions and advice point at them by id.
// The runtime only imports the types of this module (`import type`), so the CLI does not build these schemas at start.
import * as z from 'zod';

export const SCHEMA_VERSION = 2;

/** A central value with the low/high range that follows from the uncertain inputs. */
export const rangeSchema = z
  .object({ value: z.number(), low: z.number(), high: z.number() })
  .meta({ id: 'Range', description: 'A central value with the low/high range that follows from uncertain inputs.' });

const sourceSchema = z
  .object({
    id: z.string().describe('Referenced by `sourceId` in assumptions and `evidenceIds` in advice.'),
    source: z.string().describe('Short citation: paper, dataset or vendor document.'),
    year: z.number().int().describe('Year the figure describes, or the publication year.'),
    url: z.string().optional(),
    claim: z.string().optional().describe('For advice evidence: the published claim the advice rests on.'),
  })
  .meta({ id: 'Source' });

const problemSchema = z
  .object({
    file: z.string(),
    line: z.number().int().optional(),
    column: z.number().int().optional(),
    path: z.string().optional().describe('Field path in the document, e.g. "runs[0].hardware.count".'),
    message: z.string(),
    hint: z.string().optional(),
    severity: z.enum(['error', 'warning']),
  })
  .meta({ id: 'Problem' });

const breakdownSchema = z
  .object({
    acceleratorKwh: rangeSchema,
    hostKwh: rangeSchema,
    facilityOverheadKwh: rangeSchema,
    operationalCo2eKg: rangeSchema,
    embodiedCo2eKg: rangeSchema,
  })
  .meta({ id: 'Breakdown', description: 'Parts of the energy and of the CO2e; the values sum to the totals.' });

const assumptionSchema = z
  .object({
    id: z.string().describe('Referenced by `assumptionIds` in runs.'),
    name: z.string().describe('What the number is, e.g. "A100-SXM4-80GB TDP".'),
    value: z.number(),
    unit: z.string(),
    low: z.number().optional(),
    high: z.number().optional(),
    origin: z.enum(['manifest', 'default', 'measured', 'derived']),
    sourceId: z.string(),
  })
  .meta({ id: 'Assumption' });

const adviceSchema = z
  .object({
    id: z.string(),
    group: z.string(),
    title: z.string(),
    detail: z.string(),
    savingCo2eKg: z.number().describe('Training + serving CO2e saved, net of one-time cost; central value.'),
    savingPercent: z.number(),
    savingKwh: z.number(),
    trainingSavingCo2eKg: z.number(),
    servingSavingCo2eKg: z.number(),
    oneTimeCo2eKg: z.number(),
    paybackDays: z.number().nullable().optional().describe('Null when a one-time cost is never repaid.'),
    caveatId: z.string().describe('Id into `caveats`.'),
    effort: z.enum(['low', 'medium', 'high']),
    evidenceIds: z.array(z.string()).describe('Ids into `sources`.'),
    scaledToMeasured: z.number().optional(),
  })
  .meta({ id: 'Advice' });

const inferenceSchema = z
  .object({
    days: z.number().describe('Serving days the figures cover; per day is the figure divided by days.'),
    tokensPerDay: z.number(),
    accelerator: z.string(),
    replicas: z
      .number()
      .describe('Copies of the model provisioned around the clock (from the manifest or the traffic).'),
    acceleratorsPerReplica: z.number(),
    acceleratorHours: rangeSchema.describe('Provisioned: replicas x accelerators per replica x 24 h x days.'),
    energyKwh: rangeSchema,
    co2eKg: rangeSchema,
    breakdown: breakdownSchema,
    busyOnly: z
      .object({ acceleratorHours: rangeSchema, acceleratorKwh: rangeSchema })
      .describe('The FLOPs view (busy time only, no idle floor): the lower bound of serving energy.'),
  })
  .meta({ id: 'Inference' });

const measuredSchema = z
  .object({
    files: z.array(z.object({ file: z.string(), format: z.string(), contributed: z.array(z.string()) })),
    energyKwh: rangeSchema.optional(),
    energyNote: z.string().optional(),
    co2eKg: rangeSchema.optional(),
    intensityNote: z.string().optional(),
    acceleratorHours: z.number().optional(),
    flops: z.number().optional(),
    utilization: z.number().optional(),
    averagePowerWatts: z.number().optional(),
    powerFractionOfTdp: z.number().optional(),
    estimated: z.object({ acceleratorHours: rangeSchema, energyKwh: rangeSchema, co2eKg: rangeSchema }),
    errorPercent: z.object({
      acceleratorHours: z.number().optional(),
      energyKwh: z.number().optional(),
      co2eKg: z.number().optional(),
    }),
  })
  .meta({ id: 'Measured', description: "What the run's logs measured, beside the engine's estimate." });

const runSchema = z
  .object({
    id: z.string(),
    basis: z.enum(['estimated', 'measured']),
    flops: z.number().optional().describe('Training FLOPs for one repeat.'),
    accelerator: z.string(),
    acceleratorCount: z.number(),
    repeats: z.number(),
    location: z.string().optional(),
    carbonIntensityGPerKwh: z.number(),
    pue: z.number(),
    acceleratorHours: rangeSchema,
    energyKwh: rangeSchema.describe('Facility energy (PUE included), all repeats.'),
    co2eKg: rangeSchema.describe('Operational + embodied, all repeats.'),
    breakdown: breakdownSchema,
    inference: inferenceSchema.optional(),
    marketBasedOperationalCo2eKg: rangeSchema.optional().describe('Shown beside, never summed in.'),
    measured: measuredSchema.optional(),
    assumptionIds: z.array(z.string()).describe('Every number the result rests on: ids into `assumptions`.'),
    notes: z.array(z.string()),
    advice: z.array(adviceSchema).optional().describe('Largest saving first; head runs only.'),
    adviceCombined: z
      .object({
        ids: z.array(z.string()),
        beforeCo2eKg: z.number(),
        afterCo2eKg: z.number(),
        savingCo2eKg: z.number(),
        savingPercent: z.number(),
      })
      .optional(),
  })
  .meta({ id: 'Run' });

const sideSchema = z
  .object({
    manifest: z.string().describe('The manifest file(s), comma-separated.'),
    runs: z.array(runSchema),
    total: z.object({
      energyKwh: rangeSchema,
      co2eKg: rangeSchema,
      trainingCo2eKg: rangeSchema,
      inferenceCo2eKg: rangeSchema,
    }),
    calibration: z
      .object({
        fromRuns: z.array(z.string()),
        utilization: rangeSchema.optional(),
        powerFractionOfTdp: rangeSchema.optional(),
        appliedTo: z.array(z.string()),
      })
      .optional(),
  })
  .meta({ id: 'Side', description: 'The estimate of one side (head or base).' });

const budgetRuleSchema = z.enum(['totalCo2eKg', 'perRunCo2eKg', 'maxIncreasePercent', 'warnIncreasePercent']);

const budgetSchema = z
  .object({
    status: z.enum(['pass', 'warn', 'fail', 'none', 'error']),
    authority: z.enum(['base', 'head', 'override', 'none']),
    limits: z.partialRecord(budgetRuleSchema, z.number()),
    checks: z.array(
      z.object({
        rule: budgetRuleSchema,
        limit: z.number(),
        actual: z.number(),
        run: z.string().optional(),
        status: z.enum(['pass', 'warn', 'fail']),
        message: z.string(),
      }),
    ),
    reasons: z.array(z.string()),
    changes: z.array(z.object({ rule: budgetRuleSchema, from: z.number().optional(), to: z.number().optional() })),
  })
  .meta({ id: 'Budget' });

const common = {
  schemaVersion: z.literal(SCHEMA_VERSION),
  head: sideSchema,
  assumptions: z.array(assumptionSchema).describe('Each distinct assumption once, for every run of both sides.'),
  sources: z.array(sourceSchema),
  caveats: z
    .array(z.object({ id: z.string(), text: z.string() }).meta({ id: 'Caveat' }))
    .describe('Each advice caveat once (they repeat across runs); advice points at it by `caveatId`.'),
  problems: z.array(problemSchema).describe("The head's input problems."),
};

export const estimateReportSchema = z.object({ kind: z.literal('estimate'), ...common }).meta({ id: 'EstimateReport' });

export const compareReportSchema = z
  .object({
    kind: z.literal('compare'),
    ...common,
    base: sideSchema.nullable().describe('Null when the base branch has no manifest.'),
    changes: z.array(
      z.object({
        id: z.string(),
        change: z.enum(['added', 'removed', 'renamed', 'changed', 'unchanged']),
        previousId: z.string().optional(),
        deltaCo2eKg: z.number(),
        deltaPercent: z.number().nullable(),
      }),
    ),
    delta: z.object({ co2eKg: z.number(), percent: z.number().nullable() }),
    budget: budgetSchema,
  })
  .meta({ id: 'CompareReport' });

export const reportSchema = z
  .discriminatedUnion('kind', [estimateReportSchema, compareReportSchema])
  .meta({ title: 'ml-carbon report', description: 'Output of `ml-carbon estimate|compare --json`.' });

export type JsonRange = z.infer<typeof rangeSchema>;
export type JsonSource = z.infer<typeof sourceSchema>;
export type JsonAssumption = z.infer<typeof assumptionSchema>;
export type JsonRun = z.infer<typeof runSchema>;
export type JsonSide = z.infer<typeof sideSchema>;
export type JsonBreakdown = z.infer<typeof breakdownSchema>;
export type JsonBudget = z.infer<typeof budgetSchema>;
export type EstimateReport = z.infer<typeof estimateReportSchema>;
export type CompareReport = z.infer<typeof compareReportSchema>;
export type Report = z.infer<typeof reportSchema>;
