/** The staff sign-in form shared by the console and the admin pages; emits `signed-in` with the session. */
import { LitElement, css, html, nothing } from 'lit';
import { t } from '../../shared/i18n/console-messages.js';
import { signIn } from '../lib/login-session.js';
import { errorText } from '../../shared/ui/api-client.js';

export class LoginForm extends LitElement {
  static override properties = { heading: {}, hint: { attribute: false }, error: { state: true }, busy: { state: true } };
  declare heading: string;
  /** a line or two under the heading: whose page this is */
  declare hint: unknown;
  declare error: string | undefined;
  declare busy: boolean;

  constructor() {
    super();
    this.heading = '';
    this.busy = false;
  }

  static override styles = css`
    :host { display: block; max-width: 460px; margin: 8vh auto; padding: 32px; background: var(--qms-white); border-radius: 16px; box-shadow: 0 4px 24px var(--qms-shadow); }
    h1 { margin: 0 0 20px; color: var(--qms-red); font-size: 28px; }
    .hint { margin: -8px 0 20px; color: var(--qms-muted); }
    .hint .bad { color: var(--qms-red); font-weight: 700; }
    label { display: block; margin: 16px 0 6px; font-weight: 700; }
    input { font: inherit; font-size: 22px; width: 100%; box-sizing: border-box; padding: 12px; border: 2px solid var(--qms-navy); border-radius: 10px; }
    button { margin-top: 24px; width: 100%; font: inherit; font-size: 24px; font-weight: 700; padding: 16px; border: 0; border-radius: 12px; background: var(--qms-red); color: var(--qms-white); cursor: pointer; }
    input:focus-visible, button:focus-visible { outline: 4px solid var(--qms-gold); outline-offset: 2px; }
    .error { margin-top: 16px; color: var(--qms-red); font-weight: 700; }
  `;

  override render() {
    return html`<form @submit=${this.submit}>
      <h1>${this.heading || t('signIn')}</h1>
      ${this.hint ? html`<p class="hint">${this.hint}</p>` : nothing}
      <label for="u">${t('username')}</label>
      <input id="u" name="username" autocomplete="username" autocapitalize="none" required autofocus />
      <label for="p">${t('password')}</label>
      <input id="p" name="password" type="password" autocomplete="current-password" required />
      <button type="submit" ?disabled=${this.busy}>${this.busy ? t('signingIn') : t('signIn')}</button>
      ${this.error ? html`<div class="error" role="alert">${this.error}</div>` : nothing}
    </form>`;
  }

  override firstUpdated(): void {
    this.renderRoot.querySelector<HTMLInputElement>('#u')?.focus();
  }

  private async submit(e: Event): Promise<void> {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    this.busy = true;
    this.error = undefined;
    try {
      const me = await signIn(
        String(form.get('username') ?? '')
          .trim()
          .toLowerCase(),
        String(form.get('password') ?? ''),
      );
      this.dispatchEvent(new CustomEvent('signed-in', { detail: me, bubbles: true, composed: true }));
    } catch (err) {
      this.error = errorText(err);
    } finally {
      this.busy = false;
    }
  }
}
customElements.define('qms-login-form', LoginForm);

declare global {
  interface HTMLElementTagNameMap {
    'qms-login-form': LoginForm;
  }
}
