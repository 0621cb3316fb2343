/**
 * The ranking's choices in the page address (`?period=thisYear&sort=meanWaitMinutes&dir=worst`,
 * `?from=…&to=…`, `?report=month-2026-10`), so a ranking can be bookmarked and sent. `group` is the
 * live wall's own parameter: both tabs show the same group.
 */
import { RANKING_COLUMN_KEYS, DEFAULT_RANKING_SORT, type RankingColumn } from '../../shared/schemas/ranking.js';
import { comparedWith, periodFromAddress, type PeriodKind } from './ranking-periods.js';

export interface RankingChoice {
  kind: PeriodKind;
  from: string;
  to: string;
  /** null: every group of the scope */
  group: string | null;
  sort: RankingColumn;
  bestFirst: boolean;
  /** a monthly province report shown instead of a period */
  reportId: string | undefined;
}

const REPORT_ID = /^month-\d{4}-(0[1-9]|1[0-2])$/;

/** What the address asks for; a group outside the scope's groups and unknown values fall back to the defaults. */
export function readChoice(search: string, today: string, groups: readonly string[]): RankingChoice {
  const params = new URLSearchParams(search);
  const group = params.get('group');
  const sort = params.get('sort') as RankingColumn | null;
  const report = params.get('report');
  return {
    ...periodFromAddress(params, today),
    group: group && groups.includes(group) ? group : null,
    sort: sort && RANKING_COLUMN_KEYS.includes(sort) ? sort : DEFAULT_RANKING_SORT,
    bestFirst: params.get('dir') !== 'worst',
    reportId: report && REPORT_ID.test(report) ? report : undefined,
  };
}

/** The address for a choice, keeping the other parameters (lang) and the tab (the hash). */
export function writeChoice(c: RankingChoice): void {
  const url = new URL(location.href);
  const p = url.searchParams;
  for (const k of ['period', 'from', 'to', 'sort', 'dir', 'report', 'group']) p.delete(k);
  if (c.kind === 'custom') {
    p.set('from', c.from);
    p.set('to', c.to);
  } else p.set('period', c.kind);
  if (c.group) p.set('group', c.group);
  if (c.sort !== DEFAULT_RANKING_SORT) p.set('sort', c.sort);
  if (!c.bestFirst) p.set('dir', 'worst');
  if (c.reportId) p.set('report', c.reportId);
  history.replaceState(null, '', url);
}

/** The query of the ranking (or of a monthly report) for a choice. */
export function rankingQuery(c: RankingChoice, extra: Record<string, string> = {}): string {
  const previous = c.reportId ? undefined : comparedWith(c.kind, c);
  const q = new URLSearchParams(c.reportId ? {} : { from: c.from, to: c.to, ...(previous ? { previousFrom: previous.from, previousTo: previous.to } : {}) });
  if (c.group) q.set('group', c.group);
  q.set('sort', c.sort);
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  return q.toString();
}
