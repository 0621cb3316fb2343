/**
 * The secret a ticket's QR code carries (18 random bytes, base64url). Drawn from a pool refilled
 * 256 tokens at a time: one small randomBytes call per ticket was a visible share of issuing one.
 * Each token uses its bytes once; the pool is crypto-strong like any randomBytes output.
 */
import { randomBytes } from 'node:crypto';

const TOKEN_BYTES = 18;
const POOL_TOKENS = 256;
let pool = Buffer.alloc(0);
let offset = 0;

export function newTicketToken(): string {
  if (offset + TOKEN_BYTES > pool.length) {
    pool = randomBytes(TOKEN_BYTES * POOL_TOKENS);
    offset = 0;
  }
  const token = pool.subarray(offset, offset + TOKEN_BYTES).toString('base64url');
  offset += TOKEN_BYTES;
  return token;
}
