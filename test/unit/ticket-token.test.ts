/** Ticket tokens from the pool: the right form, and never repeated across refills. */
import { describe, expect, it } from 'vitest';
import { newTicketToken } from '../../server/tickets/ticket-token.js';

describe('ticket tokens', () => {
  it('are 24 base64url characters and all different, across several pool refills', () => {
    const tokens = Array.from({ length: 1000 }, () => newTicketToken());
    for (const t of tokens) expect(t).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(new Set(tokens).size).toBe(tokens.length);
  });
});
