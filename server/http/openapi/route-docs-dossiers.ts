/**
 * Dossiers (hồ sơ): those in progress and their results at the desk, codes linked to tickets, a
 * dossier with its visits, and the one-stop software's imports and pushes (docs/dossiers.md).
 */
import { z } from 'zod';
import { OfficeParams } from '../../../shared/schemas/common.js';
import { DossierDetail, DossierImportResult, DossierList, LinkedDossiers, PushedDossier, Dossier } from '../../../shared/schemas/dossier-responses.js';
import {
  DossierBatchBody,
  DossierDatesBody,
  DossierImportBody,
  DossierImportQuery,
  DossierListQuery,
  DossierParams,
  LinkDossiersBody,
  ResolveDossierBody,
  TicketDossierParams,
} from '../../../shared/schemas/dossiers.js';
import type { RouteKey } from '../../access/route-table.js';
import {
  awaitingDossierExample,
  batchResultExample,
  dossierDatesExample,
  dossierDetailExample,
  dossierExample,
  importResultExample,
  namedDossierExample,
  pushedDossierExample,
  resolvedDossierExample,
} from './dossier-examples.js';
import { TICKET_ID } from './examples.js';
import type { RouteDoc } from './route-doc.js';

const ONE_STOP_RULES =
  'Dossiers are saved by their code: the dates of the one-stop software win over those of the desk, the tickets a dossier is linked to are kept, and the same dossiers sent again change nothing (no write, no event, no audit entry). A row that changed moves its counts in the dossier report.';

export const DOSSIER_DOCS = {
  'GET /offices/:office/dossiers': {
    tag: 'Dossiers',
    summary: 'Dossiers',
    description:
      "Soonest due first (those awaiting their dates last), each with its service's name on the day it was received. `status`: `in_progress` (default), `resolved`, `awaiting_data` (codes linked to tickets whose dates have not come), `all`.",
    params: OfficeParams,
    query: DossierListQuery,
    responses: { 200: { description: 'the dossiers and how many match', body: DossierList, example: { dossiers: [namedDossierExample], total: 1 } } },
  },
  'GET /offices/:office/dossiers/:id': {
    tag: 'Dossiers',
    summary: 'A dossier with its visits',
    description: 'The dossier, and every ticket that served it (oldest first) with its rating: the trace from a dossier to what citizens said of it.',
    params: DossierParams,
    errors: ['not_found'],
    responses: { 200: { description: 'the dossier and its tickets', body: DossierDetail, example: dossierDetailExample } },
  },
  'POST /offices/:office/dossiers/:id/resolve': {
    tag: 'Dossiers',
    summary: 'Record a dossier result',
    description:
      'Resolved on `date` (default today, never in the future): early, on time or late against its due date. A code awaiting its dates cannot be resolved (`wrong_status`); an import or a push later gives way to the dates of the one-stop software.',
    params: DossierParams,
    body: ResolveDossierBody,
    bodyExample: { date: '2026-11-27' },
    errors: ['not_found', 'wrong_status'],
    responses: { 200: { description: 'the dossier', body: z.object({ dossier: Dossier }), example: { dossier: resolvedDossierExample } } },
  },
  'POST /offices/:office/tickets/:ticket/dossiers': {
    tag: 'Dossiers',
    summary: 'Link dossier codes to a completed ticket',
    description:
      'Codes the ticket served, added after its completion (at the counter, `complete` takes them). A code not known yet waits for its dates (`awaiting_data`, counted nowhere); a known one only gains the ticket. Codes already linked change nothing. At most 20 a call, 40 on a ticket (`bad_request`); a ticket not completed: `wrong_status`.',
    params: TicketDossierParams,
    body: LinkDossiersBody,
    bodyExample: { codes: ['H26.22-261120-0042'] },
    errors: ['not_found', 'wrong_status', 'bad_request'],
    responses: {
      200: {
        description: "the ticket's dossiers and how many codes were newly linked",
        body: LinkedDossiers,
        example: { ticketId: TICKET_ID, dossiers: [dossierExample, awaitingDossierExample], added: 1 },
      },
    },
  },
  'POST /offices/:office/dossiers/import': {
    tag: 'Dossiers',
    summary: "Import the one-stop software's Excel export",
    description: [
      'The export (`.xlsx`, at most 4 MB and 10,000 rows; its columns and date forms: docs/dossiers.md), sent in one of two ways:',
      '',
      '- **JSON** (the body described here): `file`, the XLSX in base64, with `mode` and `services` (names in the file → the office’s service ids, for names that match none);',
      '- **the file itself** as the body, `Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` (or `application/octet-stream`), with `mode` as a query parameter (no mapping).',
      '',
      '`all-or-nothing` writes nothing unless every row is valid; `keep-valid` saves the valid rows. Each problem names its `line` (as Excel numbers it) and `column` (the header as in the file). A file that cannot be read is one problem (`unreadable`, `no_header`, `no_rows`, `too_many_rows`) with nothing saved.',
      '',
      ONE_STOP_RULES,
    ].join('\n'),
    params: OfficeParams,
    query: DossierImportQuery,
    body: DossierImportBody,
    bodyExample: { file: 'UEsDBBQABgAIAAAAIQBi7p1oXgEAAJAEAAATAAgCW0NvbnRlbnRfVHlwZXNd', mode: 'keep-valid', services: { 'Hộ tịch': 'tu-phap' } },
    responses: { 200: { description: 'the rows read, what was saved, and each problem', body: DossierImportResult, example: importResultExample } },
  },
  'POST /offices/:office/dossiers/batch': {
    tag: 'Dossiers',
    summary: 'Push many dossiers',
    description: `Up to 500 dossiers with their dates, as the one-stop software holds them; \`mode\` and \`services\` as in the import. Each problem names the dossier's \`index\` (from 0) and the body's field as its \`column\`.\n\n${ONE_STOP_RULES}`,
    params: OfficeParams,
    body: DossierBatchBody,
    bodyExample: { dossiers: [{ code: 'H26.22-261118-0006', ...dossierDatesExample }], mode: 'all-or-nothing' },
    responses: { 200: { description: 'the dossiers read, what was saved, and each problem', body: DossierImportResult, example: batchResultExample } },
  },
  'PUT /offices/:office/dossiers/:id': {
    tag: 'Dossiers',
    summary: 'Push one dossier',
    description: `One dossier's dates by its code (\`service\`: the office's service id or name). A problem refuses it whole: \`validation_failed\` naming the fields.\n\n${ONE_STOP_RULES}`,
    params: DossierParams,
    body: DossierDatesBody,
    bodyExample: dossierDatesExample,
    responses: {
      200: {
        description: 'a dossier already known: `updated` or `unchanged`',
        body: PushedDossier,
        example: { change: 'updated', dossier: pushedDossierExample },
      },
      201: {
        description: 'a new code, or one that only waited for its dates: `added`',
        body: PushedDossier,
        example: { change: 'added', dossier: pushedDossierExample },
      },
    },
  },
} satisfies Partial<Record<RouteKey, RouteDoc>>;
