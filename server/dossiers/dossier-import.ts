/**
 * Dossiers from the one-stop software: an Excel export uploaded by the office's leadership, or
 * items pushed through the API. Every row is checked first (dossier-rows.ts); then, as the admin
 * chose, the valid ones are saved (`keep-valid`) or nothing is unless all are valid
 * (`all-or-nothing`). Saving the same dossiers again changes nothing. docs/dossiers.md.
 */
import { officeDate } from '../../shared/office-time.js';
import type { DossierDatesBody, DossierImportResult, DossierProblem, ImportMode } from '../../shared/schemas/dossiers.js';
import type { Context } from '../context.js';
import { DomainError } from '../domain-error.js';
import { checkDossiers, type RawDossier } from './dossier-rows.js';
import { saveDossierDates } from './dossier-save.js';
import { readDossierSheet } from './dossier-sheet.js';
import { serviceMatcher } from './service-match.js';

interface Options {
  mode: ImportMode;
  /** names in the file → the office's service ids */
  services?: Record<string, string> | undefined;
  who: string;
}

/** Checks and saves the rows of one file or one batch. */
async function take(ctx: Context, office: string, rows: RawDossier[], source: 'import' | 'api', opts: Options): Promise<DossierImportResult> {
  const { config } = await ctx.offices.get(office);
  const rules = { service: serviceMatcher(config.services, opts.services), today: officeDate(ctx.clock(), config.timeZone) };
  const { valid, problems } = checkDossiers(rows, rules);
  const base = { mode: opts.mode, rows: rows.length, problems };
  if (problems.length && opts.mode === 'all-or-nothing') return { ...base, added: 0, updated: 0, unchanged: 0, rejected: rows.length };
  const counts = await saveDossierDates(
    ctx,
    office,
    valid.map((v) => v.dates),
    source,
    opts.who,
  );
  return { ...base, ...counts, rejected: rows.length - valid.length };
}

/** An uploaded XLSX export. A file that cannot be read at all is one problem, with nothing saved. */
export async function importDossierFile(ctx: Context, office: string, file: Buffer, opts: Options): Promise<DossierImportResult> {
  const sheet = await readDossierSheet(file);
  if ('problem' in sheet) return { mode: opts.mode, rows: 0, added: 0, updated: 0, unchanged: 0, rejected: 0, problems: [sheet.problem] };
  return take(ctx, office, sheet.rows, 'import', opts);
}

const API_FIELDS = ['service', 'title', 'received', 'due', 'resolved', 'returned'] as const;

function apiRow(code: string, body: DossierDatesBody, index: number): RawDossier {
  const cells: RawDossier['cells'] = { code };
  for (const f of API_FIELDS) if (body[f] !== undefined) cells[f] = body[f];
  return { index, cells, columns: {} };
}

/** Dossiers pushed through the API, each by its code. */
export async function pushDossiers(ctx: Context, office: string, items: (DossierDatesBody & { code: string })[], opts: Options): Promise<DossierImportResult> {
  return take(
    ctx,
    office,
    items.map((x, i) => apiRow(x.code, x, i)),
    'api',
    opts,
  );
}

/** One dossier pushed by its code: saved, or refused with its problems (400). */
export async function pushDossier(
  ctx: Context,
  office: string,
  code: string,
  body: DossierDatesBody,
  who: string,
): Promise<{ change: 'added' | 'updated' | 'unchanged' }> {
  const result = await pushDossiers(ctx, office, [{ ...body, code }], { mode: 'all-or-nothing', who });
  if (result.problems.length) throw dossierRefused(result.problems);
  return { change: result.added ? 'added' : result.updated ? 'updated' : 'unchanged' };
}

function dossierRefused(problems: DossierProblem[]): DomainError {
  const first = problems[0]!;
  return new DomainError('validation_failed', problems.map((p) => `${p.column}: ${p.message}`).join('; '), {
    fields: problems.map((p) => p.column).join(', '),
    problem: first.problem,
  });
}
