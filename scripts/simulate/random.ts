/**
 * Seeded randomness (mulberry32). Each simulated day draws from its own generator, seeded by the run's
 * seed and the date, so a day played again (after a refusal, a crash or with --replace) is the same day
 * whatever other days that run skipped.
 */
import { createHash } from 'node:crypto';

/** A stable number in [0, 1) for a list of names: the same in every run and every process. */
export function unitHash(...parts: string[]): number {
  return createHash('sha256').update(parts.join('\u0000')).digest().readUInt32BE(0) / 4294967296;
}

export class Random {
  private state: number;

  constructor(...seed: string[]) {
    this.state = Math.floor(unitHash(...seed) * 4294967296) >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }

  between(lo: number, hi: number): number {
    return lo + this.next() * (hi - lo);
  }

  /** standard normal (Box–Muller) */
  normal(): number {
    return Math.sqrt(-2 * Math.log(1 - this.next())) * Math.cos(2 * Math.PI * this.next());
  }

  /** a count around `mean` (normal approximation, never negative) */
  poisson(mean: number): number {
    return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.normal()));
  }

  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((a, [, w]) => a + w, 0);
    let x = this.next() * total;
    for (const [v, w] of items) if ((x -= w) < 0) return v;
    return items[items.length - 1]![0];
  }
}
