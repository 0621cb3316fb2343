/**
 * Dossiers in progress and their resolution. Officers return results at the desk, so they may list
 * dossiers and mark them resolved; the dossier report itself is under /reports (leadership).
 */
import type { Router } from 'express';
import { OfficeParams } from '../../../shared/schemas/common.js';
import { DossierListQuery, DossierParams, ResolveDossierBody } from '../../../shared/schemas/dossiers.js';
import type { Context } from '../../context.js';
import { currentUser } from '../staff-auth.js';
import { parse } from '../../validate.js';
import { listDossiers, resolveDossier } from '../../dossiers/dossier-actions.js';
import { guardedRouter } from '../guarded-router.js';

export function dossierRoutes(ctx: Context): Router {
  const g = guardedRouter();

  g.route('GET /offices/:office/dossiers', async (req, res) => {
    const { office } = parse(OfficeParams, req.params, 'path');
    const q = parse(DossierListQuery, req.query, 'query');
    res.json(await listDossiers(ctx, office, q.status, q.limit));
  });

  g.route('POST /offices/:office/dossiers/:id/resolve', async (req, res) => {
    const { office, id } = parse(DossierParams, req.params, 'path');
    parse(OfficeParams, { office }, 'path');
    const body = parse(ResolveDossierBody, req.body, 'body');
    res.json({ dossier: await resolveDossier(ctx, office, id, currentUser(req).username, body.date) });
  });

  return g.router;
}
