/** The province: supervisors (and the deployment administrator) over the offices of their scope, live, ranked, and month by month. */
import { z } from 'zod';
import { ProvinceReportParams, ProvinceReportQuery, RankingExportQuery, RankingQuery } from '../../../shared/schemas/ranking.js';
import { ProvinceReport, ProvinceReportMeta, RankingReport } from '../../../shared/schemas/ranking-responses.js';
import { SupervisionLive } from '../../../shared/schemas/staff-responses.js';
import { LiveWallQuery } from '../../../shared/schemas/supervision.js';
import type { RouteKey } from '../../access/route-table.js';
import { provinceReportExample, provinceReportMetaExample, rankingExample } from './province-examples.js';
import type { RouteDoc } from './route-doc.js';
import { CSV, FILE_HEADERS, XLSX } from './route-docs-reports.js';

const PDF = 'application/pdf';
const SCOPE =
  "The offices of the caller's scope (a supervisor's `offices`, and those of its `groups`; every office with neither; every office for the deployment administrator), or of one `group` of it (a group outside the scope gives no offices, not an error).";
const RANKED =
  "Ranked by `sort` (default `satisfactionIndex`), best first in the column's better direction (a shorter wait, a higher share, fewer complaints): ties share a rank, an office without a value is last with `rank: null`. `total` is the province computed as one office from the offices' summed figures; `median` each column's median over the offices that have a value; both with `previous` and `change`. How each figure is computed: docs/reports.md, \"Province ranking\".";
const FILES =
  'CSV (UTF-8 with a BOM, formula-safe text) and XLSX hold three tables: the ranking, the previous period and the change, then the province total and the median office. The PDF is an A4 landscape table of the main columns (and the sorted one). Headings in `lang` (Vietnamese by default).';

export const PROVINCE_DOCS = {
  'GET /supervision/live': {
    tag: 'Province',
    summary: 'Every office in scope, live',
    description:
      "The supervisor's offices (its `offices`, and those of its `groups`; every office with neither), or `group` of them: waiting, longest wait and since when, counters, today's figures, alerts (`long_wait`, `counter_paused`, `screen_offline`, `complaint_overdue`). The deployment administrator sees every office. Then `supervision.changed` on the socket.",
    query: LiveWallQuery,
    responses: { 200: { description: 'the wall', body: SupervisionLive } },
  },
  'GET /supervision/ranking': {
    tag: 'Province',
    summary: 'The offices ranked over a range',
    description: `${SCOPE} Over \`from\`..\`to\` (at most three years) and the period before it (as many whole months before a range of whole months, else as many days). ${RANKED}`,
    query: RankingQuery,
    responses: { 200: { description: 'the ranking', body: RankingReport, example: rankingExample } },
  },
  'GET /supervision/ranking/export': {
    tag: 'Province',
    summary: 'The ranking as a file (CSV, XLSX or PDF)',
    description: `The ranking of GET /supervision/ranking, as \`xep-hang-<from>-<to>.<format>\` (with \`group\`: \`xep-hang-<group slug>-<from>-<to>\`). Its total row reads "Toàn tỉnh" only when it holds every office of the deployment, else "Tổng cộng (N đơn vị)". ${FILES}`,
    query: RankingExportQuery,
    responses: { 200: { description: 'the file', files: [CSV, XLSX, PDF], headers: FILE_HEADERS } },
  },
  'GET /supervision/reports': {
    tag: 'Province',
    summary: 'The monthly province reports',
    description:
      'Made by a job on the 1st at 06:30 (Asia/Ho_Chi_Minh) for the month before, over every office of the deployment; newest month first. Each is read narrowed to the scope (GET /supervision/reports/{id}).',
    responses: {
      200: {
        description: 'the reports kept',
        body: z.object({ reports: z.array(ProvinceReportMeta).describe('newest month first') }),
        example: { reports: [provinceReportMetaExample] },
      },
    },
  },
  'GET /supervision/reports/:id': {
    tag: 'Province',
    summary: 'One monthly province report',
    description: `The month's ranking narrowed to the caller's scope as the office directory places the offices now: its offices, total and median are those of the scope only (a group supervisor never sees another group's office in it, nor a total that counts one); \`group\` narrows it further. As JSON (default), or with \`format\` the same files as the ranking export, named \`xep-hang-thang-<YYYY-MM>\` (with \`group\`: \`xep-hang-thang-<YYYY-MM>-<group slug>\`). ${RANKED}`,
    params: ProvinceReportParams,
    query: ProvinceReportQuery,
    errors: ['not_found'],
    responses: {
      200: {
        description: 'the report',
        body: ProvinceReport,
        example: provinceReportExample,
        files: [CSV, XLSX, PDF],
        headers: { 'Content-Disposition': 'with a file: attachment; filename="xep-hang-thang-<YYYY-MM>[-<group slug>].<format>"' },
      },
    },
  },
} satisfies Partial<Record<RouteKey, RouteDoc>>;
