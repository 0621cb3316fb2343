/**
 * Saving dossiers from the one-stop software (checked rows of an import, or the API's items): one
 * script for the whole list, so a list is saved whole or not at all, and a dossier's counts move
 * from its old days to its new ones in the same step. The script needs the rollup keys of every day
 * a dossier counts on, before and after: they are read here first, and read again when a dossier
 * changed meanwhile (the script answers `retry`).
 */
import type { Context } from '../context.js';
import { keys } from '../redis/keys.js';
import { scripts } from '../redis/script-calls/index.js';
import type { DossierDates } from '../redis/script-calls/save-dossiers.js';
import { runOfficeScript } from '../tickets/office-script.js';
import { isDated, type StoredDossier } from './dossier-record.js';

export interface SaveCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export async function saveDossierDates(ctx: Context, office: string, list: DossierDates[], source: 'import' | 'api', who: string): Promise<SaveCounts> {
  if (!list.length) return { added: 0, updated: 0, unchanged: 0 };
  return runOfficeScript(ctx, office, async () => {
    const stored = await ctx.redis.hmget(keys.dossiers(office), ...list.map((d) => d.code));
    const days = new Set<string>();
    for (const raw of stored) {
      const d = raw ? (JSON.parse(raw) as StoredDossier) : undefined;
      if (d && isDated(d)) [d.receivedDate, d.resolvedDate].forEach((x) => x && days.add(x));
    }
    for (const d of list) [d.receivedDate, d.resolvedDate].forEach((x) => x && days.add(x));
    const dates = [...days].sort();
    return scripts.saveDossiers.with(
      {
        dossiers: keys.dossiers(office),
        events: keys.events(office),
        days: dates.map((date) => ({ aggregates: keys.aggregates(office, date), monthAggregates: keys.monthAggregatesOfDay(office, date) })),
      },
      { days: dates, dossiers: list, source, who, now: ctx.clock(), streamMaxLen: ctx.streamMaxLen },
    );
  });
}
