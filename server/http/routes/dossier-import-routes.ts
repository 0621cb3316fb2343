/**
 * Dossiers from the one-stop software: its Excel export uploaded (as base64 JSON, or the XLSX file
 * itself as the body), or dossiers pushed through the API one or many at a time. Leadership of the
 * office only; docs/dossiers.md.
 */
import { OfficeParams } from '../../../shared/schemas/common.js';
import {
  DossierBatchBody,
  DossierDatesBody,
  DossierImportBody,
  DossierImportQuery,
  DossierParams,
  MAX_IMPORT_BYTES,
} from '../../../shared/schemas/dossiers.js';
import type { Context } from '../../context.js';
import { invalid } from '../../domain-error.js';
import { getDossier } from '../../dossiers/dossier-actions.js';
import { importDossierFile, pushDossier, pushDossiers } from '../../dossiers/dossier-import.js';
import { parse } from '../../validate.js';
import type { GuardedRouter } from '../guarded-router.js';
import { largeBody } from '../json-body.js';
import { auditOnlyChanges } from '../audit-log.js';
import { currentUser } from '../staff-auth.js';

const changedAny = (r: { added: number; updated: number }) => r.added + r.updated > 0;

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function dossierImportRoutes(g: GuardedRouter, ctx: Context): void {
  g.route(
    'POST /offices/:office/dossiers/import',
    ...largeBody({ json: '6mb', raw: { types: [XLSX_TYPE, 'application/octet-stream'], limit: `${MAX_IMPORT_BYTES}b` } }),
    async (req, res) => {
      const { office } = parse(OfficeParams, req.params, 'path');
      const who = currentUser(req).username;
      if (Buffer.isBuffer(req.body)) {
        const q = parse(DossierImportQuery, req.query, 'query');
        const result = await importDossierFile(ctx, office, req.body, { mode: q.mode, who });
        auditOnlyChanges(req, changedAny(result));
        res.json(result);
        return;
      }
      const body = parse(DossierImportBody, req.body, 'body');
      const file = Buffer.from(body.file, 'base64');
      if (file.length > MAX_IMPORT_BYTES) throw invalid('file', 'at most 4 MB');
      const result = await importDossierFile(ctx, office, file, { mode: body.mode, services: body.services, who });
      auditOnlyChanges(req, changedAny(result));
      res.json(result);
    },
  );

  g.route('POST /offices/:office/dossiers/batch', ...largeBody({ json: '1mb' }), async (req, res) => {
    const { office } = parse(OfficeParams, req.params, 'path');
    const body = parse(DossierBatchBody, req.body, 'body');
    const result = await pushDossiers(ctx, office, body.dossiers, { mode: body.mode, services: body.services, who: currentUser(req).username });
    auditOnlyChanges(req, changedAny(result));
    res.json(result);
  });

  g.route('PUT /offices/:office/dossiers/:id', async (req, res) => {
    const { office, id } = parse(DossierParams, req.params, 'path');
    const body = parse(DossierDatesBody, req.body, 'body');
    const { change } = await pushDossier(ctx, office, id, body, currentUser(req).username);
    auditOnlyChanges(req, change !== 'unchanged');
    res.status(change === 'added' ? 201 : 200).json({ change, dossier: await getDossier(ctx, office, id) });
  });
}
