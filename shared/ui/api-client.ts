/**
 * The browsers' HTTP client for /api/v1: JSON in and out, the error body of the contract turned
 * into an ApiError, the CSRF header for signed-in staff and the device key of a paired screen.
 */
import type { ErrorBody, ErrorValues } from '../errors.js';
import { errorMessage } from '../i18n/error-messages.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** what the screen needs to word the error (shared/errors.ts) */
    readonly values: ErrorValues = {},
  ) {
    super(message);
  }
  /** The error in the screen's language, from the catalogue: never the server's English `message`. */
  get text(): string {
    return errorMessage(this.code, this.values);
  }
  /** No answer at all (server down, network lost): safe to retry an idempotent request. */
  get isNetwork(): boolean {
    return this.status === 0;
  }
}

let csrfToken: string | undefined;
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** A paired screen's key (shared/ui/device-key.ts), sent with every request of that screen. */
let deviceKey: string | undefined;
export function setDeviceKey(key: string | undefined): void {
  deviceKey = key;
}

export interface ApiOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

export async function api<T>(method: string, path: string, body?: unknown, opts: ApiOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (csrfToken && method !== 'GET') headers['x-csrf-token'] = csrfToken;
  if (deviceKey) headers['x-device-key'] = deviceKey;
  const timeout = AbortSignal.timeout(opts.timeoutMs ?? 10_000);
  const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}`, { method, headers, credentials: 'same-origin', signal, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  } catch (err) {
    throw new ApiError(0, 'network', err instanceof Error ? err.message : 'network error');
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  if (!res.ok) {
    const err = (data as ErrorBody | undefined)?.error;
    throw new ApiError(res.status, err?.code ?? 'http_error', err?.message ?? `HTTP ${res.status}`, err?.values);
  }
  return data as T;
}

/** Any error a screen caught, in the screen's language (a bug of the page itself as one plain sentence). */
export function errorText(err: unknown): string {
  return err instanceof ApiError ? err.text : errorMessage('unexpected');
}

/** The query parameters a screen was opened with (office, counter, ticket…). */
export function pageParam(name: string, fallback = ''): string {
  return new URLSearchParams(location.search).get(name) ?? fallback;
}
