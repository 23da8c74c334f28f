// Number formatting for people: three significant figures, thousands separators, units that scale.
import type { Range } from '../estimate/types.js';

function significant(value: number, digits = 3): string {
  if (value === 0) return '0';
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const decimals = Math.max(0, digits - 1 - magnitude);
  const rounded = Number(value.toFixed(Math.min(decimals, 6)));
  return rounded.toLocaleString('en-US', { maximumFractionDigits: Math.min(decimals, 6) });
}

export function formatKg(kg: number): string {
  if (Math.abs(kg) >= 1000) return `${significant(kg / 1000)} t`;
  if (Math.abs(kg) < 1 && kg !== 0) return `${significant(kg * 1000)} g`;
  return `${significant(kg)} kg`;
}

export function formatKwh(kwh: number): string {
  if (Math.abs(kwh) >= 1000) return `${significant(kwh / 1000)} MWh`;
  return `${significant(kwh)} kWh`;
}

export function formatHours(hours: number): string {
  return `${significant(hours)} h`;
}

export function formatNumber(value: number): string {
  return significant(value);
}

export function formatPercent(percent: number): string {
  const sign = percent > 0 ? '+' : '';
  return `${sign}${significant(percent, 2)}%`;
}

export function formatSignedKg(kg: number): string {
  return `${kg > 0 ? '+' : kg < 0 ? '−' : '±'}${formatKg(Math.abs(kg))}`;
}

export function formatRange(quantity: Range, unit: (value: number) => string): string {
  return `${unit(quantity.low)} – ${unit(quantity.high)}`;
}

/** Counts of parameters, tokens, samples: 350M, 15B, 1.2T. */
export function formatCount(count: number): string {
  const magnitude = Math.abs(count);
  if (magnitude >= 1e12) return `${significant(count / 1e12)}T`;
  if (magnitude >= 1e9) return `${significant(count / 1e9)}B`;
  if (magnitude >= 1e6) return `${significant(count / 1e6)}M`;
  if (magnitude >= 1e3) return `${significant(count / 1e3)}K`;
  return significant(count);
}

/** A plain number to `digits` significant figures, with thousands separators (60,000 rather than 60,981). */
export function formatSignificant(value: number, digits: number): string {
  if (value === 0 || !Number.isFinite(value)) return significant(value, digits);
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const factor = 10 ** (magnitude - digits + 1);
  return significant(Math.round(value / factor) * factor, Math.max(digits, magnitude + 1));
}
