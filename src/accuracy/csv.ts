// Cells of the calibration tables (read with the project's CSV reader, util/csv.ts).

/** The leading number of a cell such as "15000 (~15T)" or "~150 (approximately 5 months)"; undefined when none. */
export function leadingNumber(cell: string | undefined): number | undefined {
  const match = cell?.match(/^~?\s*(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)/i);
  return match ? Number(match[1]) : undefined;
}
