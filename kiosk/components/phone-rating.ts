/**
 * Rating on the citizen's phone after the ticket is done: the four faces, and for those who want
 * it the official three-level form over the nine criteria, and a comment. One rating per ticket.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { RatingBody } from '../../shared/schemas/feedback.js';
import { kt } from '../../shared/i18n/kiosk-messages.js';
import { api, ApiError } from '../../shared/ui/api-client.js';
import { LangController } from '../lib/lang.js';
import { icons } from '../lib/icons.js';
import './official-form.js';
import type { OfficialAnswers } from './official-form.js';
import './rating-faces.js';
import { base } from '../styles/base.js';

export class PhoneRating extends LitElement {
  static override properties = {
    ticketId: {},
    token: {},
    rated: { type: Boolean },
    score: { state: true },
    criteria: { state: true },
    comment: { state: true },
    sending: { state: true },
    error: { state: true },
    thanks: { state: true },
  };
  static override styles = [
    base,
    css`
      :host { display: grid; gap: 1rem; --face-size: 4.2rem; --label-size: 1rem; --gap: 0.6rem; }
      h3 { font-size: 1.35rem; font-weight: 800; }
      details { border: 2px solid var(--line); border-radius: var(--radius); padding: 0.4rem 0.9rem; background: var(--surface); }
      summary { min-height: 56px; display: flex; align-items: center; font-weight: 700; cursor: pointer; }
      label { font-weight: 700; display: block; margin-bottom: 0.4rem; }
      .done { display: flex; gap: 0.8rem; align-items: center; background: #e7f3ec; border: 3px solid var(--ok); border-radius: var(--radius); padding: 1rem; font-size: 1.25rem; font-weight: 800; }
      .done svg { width: 2.6rem; height: 2.6rem; color: var(--ok); flex: none; }
    `,
  ];
  declare ticketId: string;
  declare token: string;
  declare rated: boolean;
  declare private score: number;
  declare private criteria: OfficialAnswers;
  declare private comment: string;
  declare private sending: boolean;
  declare private error: string;
  declare private thanks: boolean;
  private i18n = new LangController(this);

  constructor() {
    super();
    this.ticketId = '';
    this.token = '';
    this.rated = false;
    this.score = 0;
    this.criteria = {};
    this.comment = '';
    this.sending = false;
    this.error = '';
    this.thanks = false;
  }

  private async send() {
    if (!this.score || this.sending) return;
    const body: RatingBody = { token: this.token, score: this.score, source: 'phone' };
    if (Object.keys(this.criteria).length) body.criteria = this.criteria;
    if (this.comment.trim()) body.comment = this.comment.trim();
    this.sending = true;
    this.error = '';
    try {
      await api('POST', `/tickets/${encodeURIComponent(this.ticketId)}/rating`, body);
      this.thanks = true;
    } catch (err) {
      if (err instanceof ApiError && err.code === 'already_rated') this.rated = true;
      else this.error = kt('sendFailed');
    } finally {
      this.sending = false;
    }
  }

  override render() {
    void this.i18n;
    if (this.thanks) return html`<div class="done" role="status" data-rating-thanks>${icons.check}${kt('ratingThanks')}</div>`;
    if (this.rated) return html`<div class="done" role="status">${icons.check}${kt('alreadyRated')}</div>`;
    return html`
      <h3>${kt('rateTitle')}</h3>
      <qms-rating-faces .selected=${this.score} @rate=${(e: CustomEvent<number>) => (this.score = e.detail)}></qms-rating-faces>
      ${
        this.score
          ? html`
            <details>
              <summary>${kt('officialFormToggle')}</summary>
              <qms-official-form .answers=${this.criteria} @change=${(e: CustomEvent<OfficialAnswers>) => (this.criteria = e.detail)}></qms-official-form>
            </details>
            <div>
              <label for="comment">${kt('commentLabel')}</label>
              <textarea id="comment" maxlength="1000" .value=${this.comment} @input=${(e: Event) => (this.comment = (e.target as HTMLTextAreaElement).value)}></textarea>
            </div>
            ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
            <button class="btn primary" data-action="send-rating" ?disabled=${this.sending} @click=${() => this.send()}>${this.sending ? kt('sending') : kt('sendRating')}</button>
          `
          : nothing
      }
    `;
  }
}
customElements.define('qms-phone-rating', PhoneRating);

declare global {
  interface HTMLElementTagNameMap {
    'qms-phone-rating': PhoneRating;
  }
}
