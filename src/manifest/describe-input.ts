// How a value the user wrote is named in an error: "got Infinity", "got a list", never JSON's "null" for NaN.

export function describeInput(input: unknown): string {
  if (input === null) return 'an empty value (null)';
  if (input === undefined) return 'nothing';
  if (typeof input === 'number') return String(input);
  if (typeof input === 'string')
    return input.length > 80 ? `${JSON.stringify(input.slice(0, 77))}...` : JSON.stringify(input);
  if (typeof input === 'boolean') return String(input);
  if (Array.isArray(input)) return 'a list';
  if (input instanceof Uint8Array) return 'binary data';
  if (typeof input === 'object') return 'a block of keys';
  return typeof input;
}
