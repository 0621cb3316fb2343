/**
 * The sign-in bootstrap of a staff page, as a Lit reactive controller: when the page connects it
 * asks the server who is signed in, shows nothing until it knows, then the login form until
 * someone signs in. The page's own loading for the user runs before the page shows, so it never
 * shows half-loaded after a reload.
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { MeResponse, SessionUser } from '../../shared/schemas/auth.js';
import { currentSession, signOut } from './login-session.js';
import '../components/login-form.js';

export class LoginGate implements ReactiveController {
  user: SessionUser | undefined;
  /** the session is known and the page has loaded for its user */
  ready = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: (me: MeResponse) => Promise<void>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    void currentSession().then((me) => {
      if (me) void this.signedIn(me);
      else this.settle();
    });
  }

  /**
   * Nothing until ready, the login form under `heading` (the page's main content) while no one is
   * signed in, with the page's `hint` (who it is for) under the heading, else `page` for the user.
   */
  render(heading: string, page: (user: SessionUser) => unknown, hint?: unknown): unknown {
    if (!this.ready) return html``;
    if (!this.user)
      return html`<main><qms-login-form heading=${heading} .hint=${hint} @signed-in=${(e: CustomEvent<MeResponse>) => this.signedIn(e.detail)}></qms-login-form></main>`;
    return page(this.user);
  }

  async signOut(): Promise<void> {
    await signOut();
    this.signedOut();
  }

  /** Forgets the user: after `signOut`, or when a part of the page has signed out by itself. */
  signedOut(): void {
    this.user = undefined;
    this.host.requestUpdate();
  }

  private async signedIn(me: MeResponse): Promise<void> {
    this.user = me.user;
    this.host.requestUpdate();
    await this.load(me);
    this.settle();
  }

  private settle(): void {
    this.ready = true;
    this.host.requestUpdate();
  }
}
