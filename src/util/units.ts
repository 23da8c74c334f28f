// One helper per unit family, so each conversion is written once.

export const SECONDS_PER_HOUR = 3600;
const JOULES_PER_KWH = 3.6e6;
const WATT_HOURS_PER_KWH = 1000;
const GRAMS_PER_KG = 1000;

export const hoursFromSeconds = (seconds: number): number => seconds / SECONDS_PER_HOUR;
export const kwhFromJoules = (joules: number): number => joules / JOULES_PER_KWH;
/** Watts x hours -> kWh. */
export const kwhFromWattHours = (wattHours: number): number => wattHours / WATT_HOURS_PER_KWH;
export const kgFromGrams = (grams: number): number => grams / GRAMS_PER_KG;
/** kg CO2e of `kwh` at `gPerKwh`. */
export const co2eKgOf = (kwh: number, gPerKwh: number): number => (kwh * gPerKwh) / GRAMS_PER_KG;
/** gCO2e/kWh of `co2eKg` emitted for `kwh`. */
export const intensityGPerKwhOf = (co2eKg: number, kwh: number): number => (co2eKg / kwh) * GRAMS_PER_KG;
