/**
 * Takes a ticket so that one tap gives exactly one ticket: the idempotency key is chosen once per
 * tap and every retry (lost connection, server restarting, 503) sends the same key, so the server
 * answers with the same ticket however many times the request arrives. Only a clear refusal (4xx)
 * stops the retries; so does 429: the hall's kiosks are over their budget for the minute, and
 * retrying behind a spinner would only spend more of it (the kiosk says it is busy instead).
 */
import { api, ApiError } from '../../shared/ui/api-client.js';
import type { IssueTicketBody, Ticket } from '../../shared/schemas/ticket.js';

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
