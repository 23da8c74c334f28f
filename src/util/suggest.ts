// Did-you-mean suggestions for names the user mistyped.

export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/** Candidates closest to `input`, best first; only those within a distance that still looks like a typo. */
export function closest(
  input: string,
  candidates: readonly string[],
  limit = 3,
  normalize = (s: string) => s.toLowerCase(),
): string[] {
  const wanted = normalize(input);
  const scored = candidates.map((candidate) => {
    const name = normalize(candidate);
    const distance =
      name.includes(wanted) || wanted.includes(name)
        ? Math.abs(name.length - wanted.length) / 2
        : editDistance(wanted, name);
    return { candidate, distance };
  });
  const tolerance = Math.max(2, Math.ceil(wanted.length / 3));
  return scored
    .filter((entry) => entry.distance <= tolerance)
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map((entry) => entry.candidate);
}

export function didYouMean(
  input: string,
  candidates: readonly string[],
  normalize?: (s: string) => string,
): string | undefined {
  const found = closest(input, candidates, 3, normalize);
  return found.length ? `did you mean ${found.map((name) => `"${name}"`).join(' or ')}?` : undefined;
}
