/**
 * Takes a ticket so that one tap gives exactly one ticket: the idempotency key is chosen once per
 * tap and every retry (lost connection, server restarting, 503) sends the same key, so the server
 * answers with the same ticket however many times the request arrives. Only a clear refusal (4xx)
 * stops the retries; so does 429: the hall's kiosks are over their budget for the minute, and
 * retrying behind a spinner would only spend more of it (the kiosk says it is busy instead).
 */
import { closedKey, kt } from '../../shared/i18n/kiosk-messages.js';
import { ClosedReason } from '../../shared/schemas/office.js';
import type { IssueTicketBody, Ticket } from '../../shared/schemas/ticket.js';
import { api, ApiError, errorText } from '../../shared/ui/api-client.js';
import { randomKey } from './format.js';

export interface IssueOptions {
  /** called before each retry, with the error that caused it */
  onRetry?: (attempt: number, err: ApiError) => void;
  signal?: AbortSignal;
  /** delay before retry n (ms) */
  backoff?: (attempt: number) => number;
}

const retryable = (err: ApiError) => err.isNetwork || err.status >= 500 || err.code === 'unavailable';

export async function issueTicket(office: string, body: IssueTicketBody & { idempotencyKey: string }, opts: IssueOptions = {}): Promise<Ticket> {
  const backoff = opts.backoff ?? ((n: number) => Math.min(500 * 2 ** (n - 1), 5000));
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await api<{ ticket: Ticket }>('POST', `/offices/${encodeURIComponent(office)}/tickets`, body, {
        timeoutMs: 8000,
        ...(opts.signal ? { signal: opts.signal } : {}),
      });
      return res.ticket;
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError(0, 'network', String(e));
      if (opts.signal?.aborted || !retryable(err)) throw err;
      opts.onRetry?.(attempt, err);
      await new Promise<void>((res, rej) => {
        const timer = setTimeout(res, backoff(attempt));
        opts.signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          rej(new ApiError(0, 'aborted', 'aborted'));
        });
      });
    }
  }
}

/** Why a tap got no ticket, in the citizen's words (`hours`: the service's issuing hours). */
export function issueRefusal(err: ApiError, hours: string): { error: string; busy: boolean } {
  // refused for a reason the home screen also shows (e.g. day_closed at closing time): say which
  const closed = ClosedReason.safeParse(err.code);
  if (closed.success) return { error: `${kt('issueClosed')} ${kt(closedKey(closed.data), { hours })}.`, busy: false };
  // the hall's kiosks are over their budget: a wait, not a failure
  if (err.status === 429) return { error: kt('issueBusy'), busy: true };
  return { error: `${kt('issueFailed')} ${errorText(err)}`, busy: false };
}

/**
 * The idempotency key of each tap. A tap whose outcome is unknown (the citizen gave up waiting)
 * stays pending: the next tap on the same choice within a few minutes reuses its key.
 */
export class TapKeys {
  private pending?: { fingerprint: string; key: string; at: number };

  constructor(
    private readonly prefix: string,
    private readonly reuseMs = 5 * 60_000,
  ) {}

  keyFor(fingerprint: string): string {
    const p = this.pending;
    const key = p && p.fingerprint === fingerprint && Date.now() - p.at < this.reuseMs ? p.key : randomKey(this.prefix);
    this.pending = { fingerprint, key, at: Date.now() };
    return key;
  }

  /** The tap's outcome is known: a ticket, or a refusal that created nothing. */
  settle(): void {
    this.pending = undefined;
  }
}
