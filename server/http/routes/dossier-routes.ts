/**
 * Dossiers in progress and their resolution, and the codes linked to tickets. Officers return
 * results at the desk, so they may list dossiers, mark them resolved and link codes to a ticket
 * they served; a dossier's detail shows its tickets' ratings (leadership); the dossier report itself
 * is under /reports. Imports and the API's pushes: dossier-import-routes.ts.
 */
import { OfficeParams } from '../../../shared/schemas/common.js';
import { DossierListQuery, DossierParams, LinkDossiersBody, ResolveDossierBody, TicketDossierParams } from '../../../shared/schemas/dossiers.js';
import type { Context } from '../../context.js';
import { currentUser } from '../staff-auth.js';
import { parse } from '../../validate.js';
import { listDossiers, resolveDossier } from '../../dossiers/dossier-actions.js';
import { dossierDetail, linkDossiersToTicket } from '../../dossiers/dossier-links.js';
import type { GuardedRouter } from '../guarded-router.js';
import { auditOnlyChanges } from '../audit-log.js';

export function dossierRoutes(g: GuardedRouter, ctx: Context): void {
  g.route('GET /offices/:office/dossiers', async (req, res) => {
    const { office } = parse(OfficeParams, req.params, 'path');
    const q = parse(DossierListQuery, req.query, 'query');
    res.json(await listDossiers(ctx, office, q.status, q.limit));
  });

  g.route('GET /offices/:office/dossiers/:id', async (req, res) => {
    const { office, id } = parse(DossierParams, req.params, 'path');
    res.json(await dossierDetail(ctx, office, id));
  });

  g.route('POST /offices/:office/dossiers/:id/resolve', async (req, res) => {
    const { office, id } = parse(DossierParams, req.params, 'path');
    const body = parse(ResolveDossierBody, req.body, 'body');
    res.json({ dossier: await resolveDossier(ctx, office, id, currentUser(req).username, body.date) });
  });

  g.route('POST /offices/:office/tickets/:ticket/dossiers', async (req, res) => {
    const { office, ticket } = parse(TicketDossierParams, req.params, 'path');
    const body = parse(LinkDossiersBody, req.body, 'body');
    const linked = await linkDossiersToTicket(ctx, office, ticket, body.codes, currentUser(req).username);
    auditOnlyChanges(req, linked.added > 0);
    res.json(linked);
  });
}
