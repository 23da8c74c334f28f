// Short number formats for advice texts.
import { formatKg, formatNumber } from '../../util/format.js';

export const formatFactor = (factor: number): string => `${formatNumber(factor)}×`;
export const formatCount = (count: number): string => {
  if (count >= 1e12) return `${formatNumber(count / 1e12)}T`;
  if (count >= 1e9) return `${formatNumber(count / 1e9)}B`;
  if (count >= 1e6) return `${formatNumber(count / 1e6)}M`;
  if (count >= 1e3) return `${formatNumber(count / 1e3)}K`;
  return formatNumber(count);
};
export { formatKg };
