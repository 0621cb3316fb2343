/** The session id read from a Cookie header, the same for requests and socket handshakes. */
import { describe, expect, it } from 'vitest';
import { SESSION_COOKIE, sessionIdOf } from '../../server/auth/sessions.js';

describe('sessionIdOf', () => {
  it('finds the session cookie among others, with or without spaces', () => {
    expect(sessionIdOf(`${SESSION_COOKIE}=abc123`)).toBe('abc123');
    expect(sessionIdOf(`theme=dark; ${SESSION_COOKIE}=abc123; lang=vi`)).toBe('abc123');
    expect(sessionIdOf(`theme=dark;${SESSION_COOKIE}=abc123`)).toBe('abc123');
  });

  it('reads nothing from a missing header, another cookie, an empty value or a name that only ends like it', () => {
    expect(sessionIdOf(undefined)).toBeUndefined();
    expect(sessionIdOf('')).toBeUndefined();
    expect(sessionIdOf('theme=dark')).toBeUndefined();
    expect(sessionIdOf(`${SESSION_COOKIE}=`)).toBeUndefined();
    expect(sessionIdOf(`x${SESSION_COOKIE}=abc123`)).toBeUndefined();
  });

  it('keeps an equals sign inside the value', () => {
    expect(sessionIdOf(`${SESSION_COOKIE}=ab=c`)).toBe('ab=c');
  });
});
