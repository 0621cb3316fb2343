/** How the benchmark turns samples into the figures it prints: percentiles and rounding. */

export const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
export const median = (xs: number[]) => pct(xs, 50);
export const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
