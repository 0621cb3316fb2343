/** The chairman's complaints inbox: list, read, assign, respond, resolve. Leadership and admins. */
import { OfficeParams } from '../../../shared/schemas/common.js';
import { AssignBody, ComplaintListQuery, ComplaintParams, RespondBody, ResolveBody } from '../../../shared/schemas/complaint-handling.js';
import type { Context } from '../../context.js';
import { currentUser } from '../staff-auth.js';
import { parse } from '../../validate.js';
import { assignComplaint, resolveComplaint, respondComplaint } from '../../complaints/complaint-actions.js';
import { getComplaint, listComplaints } from '../../complaints/complaint-store.js';
import { withTicketDossiers } from '../../dossiers/dossier-links.js';
import type { GuardedRouter } from '../guarded-router.js';

export function complaintRoutes(g: GuardedRouter, ctx: Context): void {
  g.route('GET /offices/:office/complaints', async (req, res) => {
    const { office } = parse(OfficeParams, req.params, 'path');
    const q = parse(ComplaintListQuery, req.query, 'query');
    const { config } = await ctx.offices.get(office);
    const { complaints, total } = await listComplaints(ctx, office, config.timeZone, q);
    res.json({ complaints: await withTicketDossiers(ctx, office, complaints), total, now: ctx.clock() });
  });

  g.route('GET /offices/:office/complaints/:id', async (req, res) => {
    const { office, id } = parse(ComplaintParams, req.params, 'path');
    parse(OfficeParams, { office }, 'path');
    // a complaint about a ticket is traced to the dossiers that ticket served
    const [complaint] = await withTicketDossiers(ctx, office, [await getComplaint(ctx, office, id)]);
    res.json({ complaint });
  });

  g.route('POST /offices/:office/complaints/:id/assign', async (req, res) => {
    const { office, id } = parse(ComplaintParams, req.params, 'path');
    const body = parse(AssignBody, req.body, 'body');
    res.json({ complaint: (await assignComplaint(ctx, office, id, currentUser(req), body.assignee, body.note)).complaint });
  });

  g.route('POST /offices/:office/complaints/:id/respond', async (req, res) => {
    const { office, id } = parse(ComplaintParams, req.params, 'path');
    const body = parse(RespondBody, req.body, 'body');
    res.json({ complaint: (await respondComplaint(ctx, office, id, currentUser(req), body.response, body.resolve)).complaint });
  });

  g.route('POST /offices/:office/complaints/:id/resolve', async (req, res) => {
    const { office, id } = parse(ComplaintParams, req.params, 'path');
    const body = parse(ResolveBody, req.body ?? {}, 'body');
    res.json({ complaint: (await resolveComplaint(ctx, office, id, currentUser(req), body.note)).complaint });
  });
}
