/**
 * A supervisor's live wall joins with `{ role: 'supervisor', group? }`: no office, a signed-in
 * supervisor (or the deployment administrator). The socket goes into one room per part of its
 * scope (every office; each of its groups; each office it was given by name), or into the one
 * group it narrowed to, and gets the wall's snapshot. Deltas come from supervision-relay.ts.
 */
import type { Socket } from 'socket.io';
import type { SessionUser } from '../../shared/schemas/auth.js';
import { SupervisorJoinBody } from '../../shared/schemas/supervision.js';
import { admits } from '../access/audiences.js';
import { SOCKET_JOINS } from '../access/socket-table.js';
import type { Context } from '../context.js';
import { DomainError, forbidden } from '../domain-error.js';
import { liveWall, wallOffices } from '../supervision/live-wall.js';
import { readsEverything } from '../supervision/scope.js';
import { parse } from '../validate.js';
import { rooms } from './rooms.js';

/** The rooms a wall listens to. */
export async function supervisionRooms(ctx: Context, user: SessionUser, group?: string): Promise<string[]> {
  if (group !== undefined) {
    // a group of the scope; an account given single offices of the group listens to those
    const offices = await wallOffices(ctx, user, group);
    if (readsEverything(user) || user.groups?.includes(group)) return [rooms.supervisionGroup(group)];
    return offices.map((o) => rooms.supervisionOffice(o.id));
  }
  if (readsEverything(user)) return [rooms.supervisionAll()];
  return [...(user.groups ?? []).map(rooms.supervisionGroup), ...user.offices.map(rooms.supervisionOffice)];
}

export async function joinAsSupervisor(ctx: Context, socket: Socket, user: SessionUser | undefined, raw: unknown) {
  const body = parse(SupervisorJoinBody, raw, 'event');
  if (!user) throw new DomainError('unauthenticated', 'the supervisor view needs a signed-in account');
  if (!SOCKET_JOINS.supervisor.who.some((who) => admits(who, { user }, {}))) throw forbidden('the supervisor view is not for your role');
  const wallRooms = await supervisionRooms(ctx, user, body.group);
  for (const room of socket.rooms) if (room !== socket.id) socket.leave(room);
  // in the rooms before the snapshot is read: a change meanwhile arrives as a delta (the page keeps the newer row by `at`)
  socket.join(wallRooms);
  const wall = await liveWall(ctx, user, body.group);
  return { body, snapshot: { role: 'supervisor' as const, wall } };
}
