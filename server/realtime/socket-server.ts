/**
 * socket.io: clients `join` with `{ office, role, counter?, ticketId?, token? }`, the server checks
 * the role against the socket access table (server/access/socket-table.ts), puts the socket in its
 * rooms and answers with a snapshot. Screens only listen: every action goes through the HTTP routes.
 */
import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import type { Ack, ClientToServerEvents, ServerToClientEvents, Snapshot } from '../../shared/events.js';
import type { SessionUser } from '../../shared/schemas/auth.js';
import { JoinBody, HeartbeatBody } from '../../shared/schemas/socket.js';
import { parseTicketId } from '../../shared/ticket-number.js';
import { sessionIdOf, type Session, type SessionStore } from '../auth/sessions.js';
import { admits, type DeviceIdentity } from '../access/audiences.js';
import { SOCKET_EVENTS, SOCKET_JOINS } from '../access/socket-table.js';
import type { Context } from '../context.js';
import { DomainError, forbidden, invalid } from '../domain-error.js';
import { ackError } from './socket-errors.js';
import { parse } from '../validate.js';
import { publicOffice } from '../offices/public-office.js';
import { deviceForKey, markPresence } from '../devices/device-store.js';
import { assertMayUseCounter } from '../tickets/counter-actions.js';
import { positionOf, ticketWithToken } from '../tickets/ticket-reader.js';
import { publicTicket } from '../tickets/ticket-view.js';
import type { IoServer } from './event-relay.js';
import { pendingRatingRequest } from '../feedback/tablet-rating.js';
import { checkScreenJoin, deviceOfHandshake, handshakeDeviceKey } from './device-sockets.js';
import { rooms } from './rooms.js';
import { joinAsSupervisor } from './supervisor-sockets.js';
import type { SupervisorJoinBody } from '../../shared/schemas/supervision.js';
import { liveWall } from '../supervision/live-wall.js';
import { streamAdapter } from './stream-adapter.js';
import { markPhonesFollowing } from './position-relay.js';
import { boardSnapshot, counterSnapshot } from './snapshots.js';

interface SocketData {
  join?: JoinBody;
  /** a supervisor's live wall (it joins without an office) */
  supervising?: SupervisorJoinBody;
  user?: SessionUser;
  /** the staff session the socket was opened with: it is disconnected when that session ends */
  sid?: string;
  /** the paired device the socket joined as: it is disconnected when that pairing ends */
  device?: DeviceIdentity;
}
type IoSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export interface SocketServerOptions {
  /** socket.io stream length: must cover event rate × the recovery window */
  streamMaxLen?: number;
}

export function createSocketServer(ctx: Context, http: HttpServer | undefined, sessions: SessionStore, opts: SocketServerOptions = {}): IoServer {
  const io: IoServer = new Server(http, {
    path: '/socket.io',
    maxHttpBufferSize: 16 * 1024,
    serveClient: false,
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60 * 1000, skipMiddlewares: true },
    adapter: streamAdapter(ctx.redis, opts.streamMaxLen ? { maxLen: opts.streamMaxLen } : {}),
  });
  io.on('connection', (socket: IoSocket) => {
    if (!socket.recovered) socket.data = {};
    else if (socket.data.join) {
      // a recovered screen does not join again: count it here, as its disconnect uncounted it
      ctx.metrics.connectedScreens.inc({ role: socket.data.join.role });
      if (socket.data.device) void recheckRecoveredDevice(ctx, socket, socket.data.device);
    }
    socket.on('join', (body, ack) =>
      respond(ctx, ack, () =>
        (body as { role?: unknown })?.role === 'supervisor' ? supervise(ctx, sessions, socket, body) : join(ctx, sessions, socket, body),
      ),
    );
    socket.on('snapshot', (ack) =>
      respond(ctx, ack, async (): Promise<Snapshot> => {
        if (socket.data.supervising && socket.data.user) {
          await assertSessionAlive(sessions, socket);
          return { role: 'supervisor', wall: await liveWall(ctx, socket.data.user, socket.data.supervising.group) };
        }
        if (!socket.data.join) throw new DomainError('bad_request', 'join first');
        await assertSessionAlive(sessions, socket);
        await assertDeviceAlive(ctx, socket);
        return snapshotFor(ctx, socket.data.join);
      }),
    );
    socket.on('heartbeat', (body, ack) => respond(ctx, ack, () => heartbeat(ctx, socket, body)));
    // anything else (the retired `command`, a typo, a probe) is answered, never left hanging
    socket.onAny((event: string, ...args: unknown[]) => {
      if (Object.hasOwn(SOCKET_EVENTS, event)) return;
      const ack = args[args.length - 1];
      void respond(ctx, ack, async () => {
        throw new DomainError('not_found', `no socket event ${event.slice(0, 40)}`);
      });
    });
    socket.on('disconnect', () => {
      const join = socket.data.join;
      if (!join) return;
      ctx.metrics.connectedScreens.dec({ role: join.role });
      if (socket.data.device) markPresence(ctx, socket.data.device, false).catch(() => {});
    });
  });
  return io;
}

async function respond<T>(ctx: Context, ack: ((r: Ack<T>) => void) | unknown, fn: () => Promise<T>): Promise<void> {
  const reply = typeof ack === 'function' ? (ack as (r: Ack<T>) => void) : () => {};
  try {
    reply({ ok: true, data: await fn() });
  } catch (err) {
    const { error, bug } = ackError(err);
    if (bug) ctx.log.error({ err }, 'socket handler failed');
    reply({ ok: false, error });
  }
}

async function sessionFromHandshake(sessions: SessionStore, socket: IoSocket): Promise<Session | undefined> {
  return (await sessions.touch(sessionIdOf(socket.handshake.headers.cookie))) ?? undefined;
}

/** A paired screen's key must still be paired for each thing it asks: else it is disconnected. */
async function assertDeviceAlive(ctx: Context, socket: IoSocket): Promise<void> {
  const device = socket.data.device;
  if (!device) return;
  const key = handshakeDeviceKey(socket);
  if (key && (await deviceForKey(ctx, key))?.id === device.id) return;
  socket.disconnect(true);
  throw new DomainError('device_not_paired', 'this device is no longer paired: pair it again');
}

/**
 * A recovered socket comes back in its rooms without a join. Its device may have been revoked
 * while it was away (the revocation found no socket to close): out of the tablet's room until
 * its key is checked again.
 */
async function recheckRecoveredDevice(ctx: Context, socket: IoSocket, device: DeviceIdentity): Promise<void> {
  const join = socket.data.join!;
  const tabletRoom = join.role === 'tablet' && join.counter ? rooms.tablet(join.office, join.counter) : undefined;
  if (tabletRoom) socket.leave(tabletRoom);
  try {
    await assertDeviceAlive(ctx, socket);
    if (tabletRoom) socket.join(tabletRoom);
    await markPresence(ctx, device, true);
  } catch {
    /* disconnected */
  }
}

/** A staff screen's session must still be alive for each thing it asks: else it is disconnected. */
async function assertSessionAlive(sessions: SessionStore, socket: IoSocket): Promise<void> {
  if (!socket.data.sid) return;
  if (await sessions.touch(socket.data.sid)) return;
  socket.disconnect(true);
  throw new DomainError('unauthenticated', 'the session has ended: sign in again');
}

async function supervise(ctx: Context, sessions: SessionStore, socket: IoSocket, raw: unknown): Promise<Snapshot> {
  const session = await sessionFromHandshake(sessions, socket);
  const { body, snapshot } = await joinAsSupervisor(ctx, socket, session?.user, raw);
  socket.data = { supervising: body, ...(session ? { user: session.user, sid: session.id } : {}) };
  if (session) socket.join(rooms.session(session.id));
  return snapshot;
}

async function join(ctx: Context, sessions: SessionStore, socket: IoSocket, raw: unknown): Promise<Snapshot> {
  const body = parse(JoinBody, raw, 'event');
  const { config } = await ctx.offices.get(body.office); // 404 for an unknown office
  const session = await sessionFromHandshake(sessions, socket);
  // a revocation between this check and joining the device's room is caught by the next snapshot or heartbeat
  const device = await deviceOfHandshake(ctx, socket);
  const user = session?.user;
  if ((body.role === 'counter' || body.role === 'counter-screen' || body.role === 'tablet') && !body.counter)
    throw invalid('counter', `required for a ${body.role}`);
  // who may join as what: the access table (a paired device's kind, office and counter; a staff account's role and office)
  const rule = SOCKET_JOINS[body.role];
  const place = { office: body.office, ...(body.counter ? { counter: body.counter } : {}) };
  if (!rule.who.some((who) => admits(who, { user, device }, place))) {
    if (body.role === 'tablet') throw new DomainError('pairing_required', "only this counter's paired tablet may join as its rating tablet");
    if (!user) throw new DomainError('unauthenticated', `the ${body.role} view needs a signed-in account`);
    throw forbidden(`the ${body.role} view is not for your role or office`);
  }
  switch (body.role) {
    case 'counter':
      assertMayUseCounter(user!, body.office, body.counter!);
      break;
    case 'ticket':
      if (!body.ticketId || !body.token) throw invalid('ticketId, token', 'required to follow a ticket');
      if (parseTicketId(body.ticketId)?.office !== body.office) throw new DomainError('not_found', 'ticket not found');
      await ticketWithToken(ctx, body.ticketId, body.token);
      break;
    default:
      break;
  }
  checkScreenJoin(body, device, config);
  // before the phone is in the office's room and its position read: a change after that read finds the mark
  if (body.role === 'ticket') await markPhonesFollowing(ctx, body.office);
  for (const room of socket.rooms) if (room !== socket.id) socket.leave(room);
  if (socket.data.join) ctx.metrics.connectedScreens.dec({ role: socket.data.join.role });
  socket.data = { join: body, ...(session ? { user: session.user, sid: session.id } : {}), ...(device ? { device } : {}) };
  if (session) socket.join(rooms.session(session.id));
  if (device) socket.join(rooms.device(device.office, device.id));
  ctx.metrics.connectedScreens.inc({ role: body.role });
  // a phone hears of its own ticket (its room) and of the lines' order (queue.positions), not every
  // call and count the boards get: one message per change instead of four
  if (body.role === 'ticket') socket.join([rooms.ticket(body.ticketId!), rooms.phones(body.office)]);
  else if (body.role === 'counter') socket.join([rooms.public(body.office), rooms.counter(body.office, body.counter!)]);
  else if (body.role === 'chairman' || body.role === 'admin') socket.join([rooms.staff(body.office)]);
  else if (body.role === 'tablet') socket.join([rooms.public(body.office), rooms.tablet(body.office, body.counter!)]);
  else if (body.role === 'counter-screen') socket.join([rooms.counterScreens(body.office), rooms.counterScreen(body.office, body.counter!)]);
  else socket.join(rooms.public(body.office));
  if (device) await markPresence(ctx, device, true);
  return snapshotFor(ctx, body);
}

async function snapshotFor(ctx: Context, body: JoinBody): Promise<Snapshot> {
  switch (body.role) {
    case 'kiosk':
      return { role: 'kiosk', office: await publicOffice(ctx, body.office) };
    case 'counter':
      return { role: 'counter', counter: await counterSnapshot(ctx, body.office, body.counter!) };
    case 'ticket': {
      const t = await ticketWithToken(ctx, body.ticketId!, body.token!);
      const { config } = await ctx.offices.get(body.office);
      return { role: 'ticket', ticket: publicTicket(t, (await positionOf(ctx, config, t)) ?? {}) };
    }
    case 'chairman':
    case 'admin':
      return { role: body.role, board: await boardSnapshot(ctx, body.office) };
    case 'tablet': {
      const request = await pendingRatingRequest(ctx, body.office, body.counter!);
      return { role: 'tablet', office: await publicOffice(ctx, body.office), ...(request ? { request } : {}) };
    }
    default:
      return { role: body.role, board: await boardSnapshot(ctx, body.office) };
  }
}

/** Only a paired device's heartbeat is recorded: a made-up screen writes nothing. */
async function heartbeat(ctx: Context, socket: IoSocket, raw: unknown): Promise<{ at: number }> {
  if (!socket.data.join) throw new DomainError('bad_request', 'join first');
  parse(HeartbeatBody, raw, 'event');
  await assertDeviceAlive(ctx, socket);
  if (socket.data.device) await markPresence(ctx, socket.data.device, true, { announce: false });
  return { at: ctx.clock() };
}
