/**
 * A Lit reactive controller that owns one screen's socket.io connection: it connects when the
 * host element connects, joins with the screen's role, and asks for a full snapshot whenever the
 * server could not recover the session (first connect, server restart, long outage), so a screen
 * is never stale. It disconnects when the host disconnects. A paired screen sends its device key
 * in the handshake and a heartbeat every 15 s (the admin page shows when each was last heard from).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { io, type Socket } from 'socket.io-client';
import type { Ack, ClientToServerEvents, ServerToClientEvents, Snapshot } from '../events.js';
import type { JoinBody } from '../schemas/socket.js';
import type { SupervisorJoinBody } from '../schemas/supervision.js';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type ConnectionState = 'connecting' | 'online' | 'offline';

export interface OfficeSocketOptions {
  /** an office screen's join, or a supervisor's (the province's live wall) */
  join: () => JoinBody | SupervisorJoinBody;
  onSnapshot: (s: Snapshot) => void;
  /** Subscribe to events; called once per socket. */
  subscribe?: (socket: ClientSocket) => void;
  onJoinError?: (error: { code: string; message: string; values?: Record<string, string | number> }) => void;
  /** a paired screen's key, read at each (re)connect */
  deviceKey?: () => string | undefined;
}

const HEARTBEAT_MS = 15_000;

export class OfficeSocketController implements ReactiveController {
  socket?: ClientSocket;
  state: ConnectionState = 'connecting';
  /** when the last snapshot arrived (ms), for "updated at" hints */
  lastSnapshotAt = 0;
  private heartbeat?: ReturnType<typeof setInterval>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly opts: OfficeSocketOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const socket: ClientSocket = io({
      path: '/socket.io',
      transports: ['websocket'],
      reconnectionDelay: 500,
      reconnectionDelayMax: 10_000,
      randomizationFactor: 0.5,
      auth: (cb) => {
        const deviceKey = this.opts.deviceKey?.();
        cb(deviceKey ? { deviceKey } : {});
      },
    });
    this.socket = socket;
    socket.on('connect', () => {
      this.setState('online');
      if (!socket.recovered) this.rejoin();
    });
    socket.on('disconnect', (reason) => {
      this.setState('offline');
      // socket.io leaves a socket the server closed (a process shutting down) disconnected for good;
      // a screen must come back, to this process or another one
      if (reason === 'io server disconnect') socket.connect();
    });
    socket.on('connect_error', () => this.setState('offline'));
    this.opts.subscribe?.(socket);
    this.heartbeat = setInterval(() => {
      if (socket.connected && this.opts.deviceKey?.()) socket.emit('heartbeat', {});
    }, HEARTBEAT_MS);
  }

  hostDisconnected(): void {
    clearInterval(this.heartbeat);
    this.socket?.disconnect();
    this.socket = undefined;
  }

  /** A new handshake (the screen's device key changed): joins again once connected. */
  reconnect(): void {
    this.socket?.disconnect().connect();
  }

  /** Joins again and takes a fresh snapshot (also after the screen's parameters changed). */
  rejoin(): void {
    this.socket?.emit('join', this.opts.join(), (r: Ack<Snapshot>) => {
      if (r.ok) {
        this.lastSnapshotAt = Date.now();
        this.opts.onSnapshot(r.data);
      } else this.opts.onJoinError?.(r.error);
      this.host.requestUpdate();
    });
  }

  private setState(state: ConnectionState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
