/**
 * The dossier codes (mã hồ sơ) the current ticket serves, sent with "Complete". A barcode or QR
 * scanner types the code and Enter into the focused field, so Enter adds what was typed; each
 * code shows as a chip that can be removed. The console's shortcut keys stay off while typing here.
 */
import { LitElement, css, html, nothing } from 'lit';
import { t } from '../../shared/i18n/dossier-messages.js';
import { MAX_DOSSIERS_PER_CALL } from '../../shared/schemas/dossiers.js';

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$/;

export class CounterDossierCodes extends LitElement {
  static override properties = { codes: { attribute: false }, disabled: { type: Boolean }, problem: { state: true } };
  declare codes: string[];
  declare disabled: boolean;
  declare problem: string | undefined;

  constructor() {
    super();
    this.codes = [];
    this.disabled = false;
  }

  static override styles = css`
    :host { display: block; background: var(--qms-white); border-radius: 16px; padding: 14px 20px; border: 1px solid var(--qms-line); }
    label { display: block; font-size: 18px; font-weight: 700; margin-bottom: 6px; }
    input { font: inherit; font-size: 22px; width: 100%; box-sizing: border-box; padding: 10px 12px; border: 2px solid var(--qms-navy); border-radius: 10px; }
    input:focus-visible, button:focus-visible { outline: 3px solid var(--qms-gold); outline-offset: 2px; }
    ul { list-style: none; display: flex; flex-wrap: wrap; gap: 8px; padding: 0; margin: 10px 0 0; }
    li { display: flex; align-items: center; gap: 6px; background: var(--qms-bg-soft); border-radius: 999px; padding: 4px 6px 4px 14px; font-size: 18px; font-weight: 700; font-family: ui-monospace, monospace; }
    li button { font: inherit; font-size: 18px; border: 0; border-radius: 999px; width: 32px; height: 32px; cursor: pointer; background: var(--qms-white); color: var(--qms-red); }
    .problem { color: var(--qms-red); font-weight: 700; margin: 6px 0 0; }
  `;

  /** The field takes the scanner's keys (the console's M key). */
  focusInput(): void {
    this.renderRoot.querySelector<HTMLInputElement>('input')?.focus();
  }

  private changed(codes: string[]): void {
    this.codes = codes;
    this.dispatchEvent(new CustomEvent<string[]>('codes-changed', { detail: codes, bubbles: true, composed: true }));
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Enter') return;
    // the scanner's Enter (or the officer's) adds the code; it never reaches the console's shortcuts
    e.preventDefault();
    const input = e.target as HTMLInputElement;
    const code = input.value.trim();
    if (!code) return;
    this.problem = !CODE.test(code)
      ? t('badCode')
      : this.codes.includes(code)
        ? t('codeTwice', { code })
        : this.codes.length >= MAX_DOSSIERS_PER_CALL
          ? t('tooManyCodes')
          : undefined;
    if (this.problem) return;
    input.value = '';
    this.changed([...this.codes, code]);
  };

  override render() {
    return html`<label for="code">${t('codesLabel')}</label>
      <input id="code" data-testid="dossier-code" autocomplete="off" spellcheck="false" maxlength="80" placeholder=${t('codesPlaceholder')} ?disabled=${this.disabled} @keydown=${this.onKey} @input=${() => (this.problem = undefined)} />
      ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
      ${
        this.codes.length
          ? html`<ul aria-live="polite" data-testid="dossier-codes">
            ${this.codes.map(
              (code) =>
                html`<li>${code}<button aria-label=${t('removeCode', { code })} title=${t('removeCode', { code })} @click=${() => this.changed(this.codes.filter((c) => c !== code))}>✕</button></li>`,
            )}
          </ul>`
          : nothing
      }`;
  }
}
customElements.define('qms-counter-dossier-codes', CounterDossierCodes);

declare global {
  interface HTMLElementTagNameMap {
    'qms-counter-dossier-codes': CounterDossierCodes;
  }
}
