/** The staff session in the browser: who is signed in, and the CSRF token for changes. */
import type { MeResponse, SessionResponse } from '../../shared/schemas/auth.js';
import { api, setCsrfToken } from '../../shared/ui/api-client.js';

export async function currentSession(): Promise<MeResponse | undefined> {
  try {
    const { session } = await api<SessionResponse>('GET', '/auth/session');
    setCsrfToken(session?.csrfToken);
    return session ?? undefined;
  } catch {
    return undefined;
  }
}

export async function signIn(username: string, password: string): Promise<MeResponse> {
  const me = await api<MeResponse>('POST', '/auth/login', { username, password });
  setCsrfToken(me.csrfToken);
  return me;
}

export async function signOut(): Promise<void> {
  await api('POST', '/auth/logout').catch(() => {});
  setCsrfToken(undefined);
}
