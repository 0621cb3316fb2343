/**
 * The province ranking as files: CSV (server/reports/csv.ts, formula-safe) and XLSX
 * (server/reports/xlsx.ts) hold three tables, the ranking, the previous period and the change,
 * each with the province total and the median office; the A4 PDF (ranking-pdf.ts) holds the
 * ranking's main columns. Durations in minutes, shares in percent, headings from the catalogue in
 * the language asked (Vietnamese by default).
 */
import type { Lang } from '../../shared/i18n/translate.js';
import { RANKING_HEADERS, rankingText } from '../../shared/i18n/ranking-messages.js';
import { RANKING_COLUMN_KEYS, type RankingColumn, type RankingReport } from '../../shared/schemas/ranking.js';
import { toCsv } from '../reports/csv.js';
import type { Cell, Column, Table } from '../reports/export-tables.js';
import type { ExportFile } from '../reports/report-export.js';
import { toXlsx } from '../reports/xlsx.js';
import { dmy, RANKING_FORMATS, shown } from './ranking-cells.js';
import { rankingPdf } from './ranking-pdf.js';

type Values = Record<RankingColumn, number | null>;
interface Line {
  rank: number | null;
  previousRank: number | null;
  name: string;
  group: string | null;
  values: Values;
}

function table(name: string, title: string, lines: Line[], lang: Lang): Table {
  const columns: Column[] = [
    { header: rankingText('rank', {}, lang), format: 'int' },
    { header: rankingText('previousRank', {}, lang), format: 'int' },
    { header: rankingText('office', {}, lang), format: 'text' },
    { header: rankingText('group', {}, lang), format: 'text' },
    ...RANKING_COLUMN_KEYS.map((k) => ({ header: RANKING_HEADERS[k][lang], format: RANKING_FORMATS[k] })),
  ];
  const rows: Cell[][] = lines.map((l) => [l.rank, l.previousRank, l.name, l.group ?? '', ...RANKING_COLUMN_KEYS.map((k) => shown(k, l.values[k]))]);
  return { name, title, columns, rows };
}

/** The ranking, the previous period and the change, each ending with the province total and the median office. */
export function rankingTables(r: RankingReport, lang: Lang): Table[] {
  const t = (key: Parameters<typeof rankingText>[0], p: Record<string, string> = {}) => rankingText(key, p, lang);
  const summary = (values: (o: 'total' | 'median') => Values): Line[] => [
    { rank: null, previousRank: null, name: t('total'), group: null, values: values('total') },
    { rank: null, previousRank: null, name: t('median'), group: null, values: values('median') },
  ];
  const current: Line[] = [...r.offices.map((o) => ({ ...o, values: o })), ...summary((x) => r[x])];
  const previous: Line[] = [
    ...r.offices.map((o) => ({ ...o, rank: o.previousRank, previousRank: null, values: o.previous })),
    ...summary((x) => r[x].previous),
  ];
  const change: Line[] = [...r.offices.map((o) => ({ ...o, values: o.change })), ...summary((x) => r[x].change)];
  const period = { from: dmy(r.from), to: dmy(r.to) };
  const before = { from: dmy(r.previousFrom), to: dmy(r.previousTo) };
  return [
    table(t('sheetCurrent'), t('title', period), current, lang),
    table(t('sheetPrevious'), t('previousTitle', before), previous, lang),
    table(t('sheetChange'), t('changeTitle', before), change, lang),
  ];
}

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

export async function rankingFile(r: RankingReport, format: 'csv' | 'xlsx' | 'pdf', lang: Lang, name: string, title?: string): Promise<ExportFile> {
  const heading = title ?? rankingText('title', { from: dmy(r.from), to: dmy(r.to) }, lang);
  const body =
    format === 'pdf'
      ? await rankingPdf(r, lang, heading)
      : format === 'csv'
        ? Buffer.from(toCsv(rankingTables(r, lang)), 'utf8')
        : await toXlsx(rankingTables(r, lang), { title: heading });
  return { filename: `${name}.${format}`, contentType: CONTENT_TYPES[format], body };
}

export const rankingFileName = (r: Pick<RankingReport, 'from' | 'to'>) => `xep-hang-${r.from}-${r.to}`;
