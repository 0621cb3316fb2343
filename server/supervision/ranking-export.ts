/**
 * The province ranking as files: CSV (server/reports/csv.ts, formula-safe) and XLSX
 * (server/reports/xlsx.ts) hold three tables, the ranking, the previous period and the change,
 * each with the province total and the median office; the A4 PDF (ranking-pdf.ts) holds the
 * ranking's main columns. Durations in minutes, shares in percent, headings from the catalogue in
 * the language asked (Vietnamese by default). The total is "Toàn tỉnh" only when the ranking holds
 * every office of the deployment; a group's or a few offices' total is "Tổng cộng (N đơn vị)", the
 * page's own text, so a reader never takes a region's figures for the province's.
 */
import { rt } from '../../shared/i18n/province-ranking-messages.js';
import { RANKING_HEADERS, rankingText } from '../../shared/i18n/ranking-messages.js';
import type { Lang } from '../../shared/i18n/translate.js';
import type { SessionUser } from '../../shared/schemas/auth.js';
import { RANKING_COLUMN_KEYS, type RankingColumn, type RankingReport } from '../../shared/schemas/ranking.js';
import { toCsv } from '../reports/csv.js';
import type { Cell, Column, Table } from '../reports/export-tables.js';
import type { ExportFile } from '../reports/report-export.js';
import { toXlsx } from '../reports/xlsx.js';
import { ordered } from '../../shared/ranking-order.js';
import { dmy, RANKING_FORMATS, rankedByText, rankingDigits, written, writtenChange } from './ranking-cells.js';
import { rankingPdf } from './ranking-pdf.js';
import { readsEverything } from './scope.js';
import { folded } from '../../shared/folded-text.js';

type Values = Record<RankingColumn, number | null> & { p90WaitOverflow?: boolean };
interface Line {
  rank: number | null;
  previousRank: number | null;
  name: string;
  group: string | null;
  /** the figures as written: each to its column's precision */
  cells: Cell[];
}

/** A period's figures as written; a 90th percentile past the scale keeps its "+". */
const figureCells = (v: Values): Cell[] =>
  RANKING_COLUMN_KEYS.map((k) => {
    const w = written(k, v[k]);
    return k === 'p90WaitMinutes' && v.p90WaitOverflow && w !== null ? { number: w, mark: '+' } : w;
  });
const changeCells = (now: Values, before: Values, change: Values): Cell[] => RANKING_COLUMN_KEYS.map((k) => writtenChange(k, now[k], before[k], change[k]));

function table(name: string, title: string, lines: Line[], lang: Lang): Table {
  const columns: Column[] = [
    { header: rankingText('rank', {}, lang), format: 'int' },
    { header: rankingText('previousRank', {}, lang), format: 'int' },
    { header: rankingText('office', {}, lang), format: 'text' },
    { header: rankingText('group', {}, lang), format: 'text' },
    ...RANKING_COLUMN_KEYS.map((k) => ({ header: RANKING_HEADERS[k][lang], format: RANKING_FORMATS[k], digits: rankingDigits(k) })),
  ];
  const rows: Cell[][] = lines.map((l) => [l.rank, l.previousRank, l.name, l.group ?? '', ...l.cells]);
  return { name, title, columns, rows };
}

/** A heading of a ranking of one group names it, so a file of group A is not taken for the province's. */
const withGroup = (r: Pick<RankingReport, 'group'>, heading: string): string => (r.group ? `${heading} – ${r.group}` : heading);

/** A reader of the whole deployment with no group asked: the ranking holds every office, and its total is the province's. */
export const ranksWholeProvince = (reader: SessionUser, r: Pick<RankingReport, 'group'>): boolean => readsEverything(reader) && r.group === null;

/** The total's label: "Toàn tỉnh" over the whole deployment, else "Tổng cộng (N đơn vị)" as on the page. */
export const totalLabel = (r: Pick<RankingReport, 'total'>, wholeProvince: boolean, lang: Lang): string =>
  wholeProvince ? rankingText('total', {}, lang) : rt('total', { n: r.total.offices }, lang);

/**
 * The ranking (under `title`, default its period, and what it is ranked by), the previous period and
 * the change, each ending with the total (labelled `total`) and the median office; the offices best
 * first, or worst first as the page showed them.
 */
export function rankingTables(r: RankingReport, lang: Lang, total: string, o: { title?: string; worstFirst?: boolean } = {}): Table[] {
  const t = (key: Parameters<typeof rankingText>[0], p: Record<string, string> = {}) => rankingText(key, p, lang);
  const offices = ordered(r.offices, !o.worstFirst);
  const summary = (cells: (x: 'total' | 'median') => Cell[]): Line[] => [
    { rank: null, previousRank: null, name: total, group: null, cells: cells('total') },
    { rank: null, previousRank: null, name: t('median'), group: null, cells: cells('median') },
  ];
  const current: Line[] = [...offices.map((x) => ({ ...x, cells: figureCells(x) })), ...summary((x) => figureCells(r[x]))];
  const previous: Line[] = [
    ...offices.map((x) => ({ ...x, rank: x.previousRank, previousRank: null, cells: figureCells(x.previous) })),
    ...summary((x) => figureCells(r[x].previous)),
  ];
  const change: Line[] = [
    ...offices.map((x) => ({ ...x, cells: changeCells(x, x.previous, x.change) })),
    ...summary((x) => changeCells(r[x], r[x].previous, r[x].change)),
  ];
  const period = { from: dmy(r.from), to: dmy(r.to) };
  const before = { from: dmy(r.previousFrom), to: dmy(r.previousTo) };
  return [
    table(t('sheetCurrent'), `${withGroup(r, o.title ?? t('title', period))} · ${rankedByText(r, !!o.worstFirst, lang)}`, current, lang),
    table(t('sheetPrevious'), withGroup(r, t('previousTitle', before)), previous, lang),
    table(t('sheetChange'), withGroup(r, t('changeTitle', before)), change, lang),
  ];
}

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

export interface RankingFileOptions {
  /** the file's name without its extension (rankingFileName) */
  name: string;
  /** the heading; default: the ranking's period */
  title?: string;
  /** does the ranking hold every office of the deployment (ranksWholeProvince)? */
  wholeProvince: boolean;
  /** the offices worst first, as the page showed them (`dir=worst`) */
  worstFirst?: boolean;
}

export async function rankingFile(r: RankingReport, format: 'csv' | 'xlsx' | 'pdf', lang: Lang, o: RankingFileOptions): Promise<ExportFile> {
  const heading = withGroup(r, o.title ?? rankingText('title', { from: dmy(r.from), to: dmy(r.to) }, lang));
  const total = totalLabel(r, o.wholeProvince, lang);
  const body =
    format === 'pdf'
      ? await rankingPdf(r, lang, heading, total, !!o.worstFirst)
      : format === 'csv'
        ? Buffer.from(toCsv(rankingTables(r, lang, total, o)), 'utf8')
        : await toXlsx(rankingTables(r, lang, total, o), { title: heading });
  return { filename: `${o.name}.${format}`, contentType: CONTENT_TYPES[format], body };
}

/** A group's name as ASCII words joined by hyphens ("Huyện cũ Lộc Bình" → "huyen-cu-loc-binh"), fit for a file name. */
const slug = (text: string) =>
  folded(text)
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');

/**
 * `xep-hang-<from>-<to>`, or `xep-hang-thang-<YYYY-MM>` for a monthly report (in English
 * `ranking-…`, `ranking-month-…`), with the group's slug after "xep-hang" (or the month) when the
 * ranking is of one group: two groups' downloads of the same period are not confused.
 */
export function rankingFileName(r: Pick<RankingReport, 'from' | 'to' | 'group'> & { month?: string }, lang: Lang = 'vi'): string {
  const group = r.group && slug(r.group) ? `-${slug(r.group)}` : '';
  const [ranking, month] = lang === 'en' ? ['ranking', 'month'] : ['xep-hang', 'thang'];
  return r.month ? `${ranking}-${month}-${r.month}${group}` : `${ranking}${group}-${r.from}-${r.to}`;
}
