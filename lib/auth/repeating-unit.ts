/**
 * The shortest string that, repeated two or more times, makes up `text` ("abcabc" → "abc",
 * "aaaa" → "a"), or null when there is none. Counts in code points, like a /u regex.
 *
 * Linear time: the prefix function (Knuth–Morris–Pratt) gives the longest proper border b
 * of the whole text; n − b is its shortest period, and the text is a repetition exactly
 * when that period divides n. It replaces /^(.+?)\1+$/u, which backtracks in quadratic
 * time ("aaa…ab" tries every unit length against the whole text).
 */
export function findRepeatingUnit(text: string): string | null {
  const chars = Array.from(text);
  const n = chars.length;
  if (n < 2) return null;
  const border = new Array<number>(n).fill(0);
  for (let i = 1; i < n; i++) {
    let k = border[i - 1]!;
    while (k > 0 && chars[i] !== chars[k]) k = border[k - 1]!;
    if (chars[i] === chars[k]) k++;
    border[i] = k;
  }
  const period = n - border[n - 1]!;
  return period < n && n % period === 0 ? chars.slice(0, period).join("") : null;
}
