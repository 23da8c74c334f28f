// Default grade thresholds for the repository badge. Grades are a convention, not a measurement: each step is a
// factor of ten in CO2e, anchored to everyday footprints a reader can picture (Strubell et al. 2019, Table 1).
import type { Sourced } from './types.js';

export interface GradeThreshold {
  grade: string;
  /** Highest central CO2e (kg) that still earns this grade; undefined for the last, open-ended grade. */
  maxKg?: number;
  /** shields.io colour name or hex. */
  color: string;
}

const STRUBELL_2019 = {
  source: 'Strubell, Ganesh & McCallum, "Energy and Policy Considerations for Deep Learning in NLP", ACL 2019, Table 1',
  year: 2019,
  url: 'https://aclanthology.org/P19-1355/',
} as const;

/** Everyday footprints the thresholds are read against, in kg CO2e. */
export const EVERYDAY_FOOTPRINTS_KG: Record<'flightNySf' | 'personYear' | 'carLifetime', Sourced> = {
  // 1,984 lbs x 0.4536 kg/lb = 900 kg
  flightNySf: { value: 900, ...STRUBELL_2019 },
  // 11,023 lbs x 0.4536 = 5,000 kg (world average, one year)
  personYear: { value: 5_000, ...STRUBELL_2019 },
  // 126,000 lbs x 0.4536 = 57,150 kg (average car including fuel, one lifetime)
  carLifetime: { value: 57_150, ...STRUBELL_2019 },
};

/**
 * A: up to 10 kg, about 1% of one passenger's New York-San Francisco round trip (900 kg).
 * B: up to 100 kg, about a tenth of that flight.
 * C: up to 1 t, about that flight.
 * D: up to 10 t, about two years of an average person's footprint (5 t a year).
 * E: up to 100 t, about two cars over their whole lifetime, fuel included (57 t each).
 * F: above 100 t.
 */
export const DEFAULT_GRADE_THRESHOLDS: Sourced<readonly GradeThreshold[]> = {
  value: [
    { grade: 'A', maxKg: 10, color: 'brightgreen' },
    { grade: 'B', maxKg: 100, color: 'green' },
    { grade: 'C', maxKg: 1_000, color: 'yellowgreen' },
    { grade: 'D', maxKg: 10_000, color: 'yellow' },
    { grade: 'E', maxKg: 100_000, color: 'orange' },
    { grade: 'F', color: 'red' },
  ],
  source: `ml-carbon convention: decades of kg CO2e read against everyday footprints from ${STRUBELL_2019.source}`,
  year: 2019,
};
