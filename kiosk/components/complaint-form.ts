/**
 * A complaint (phản ánh, kiến nghị): large choices of common issues, an optional message and,
 * on a phone, optional contact details. Whatever the citizen typed is shown back as plain text.
 */
import { LitElement, css, html, nothing } from 'lit';
import { COMPLAINT_TOPICS, type ComplaintBody } from '../../shared/schemas/feedback.js';
import { kt } from '../../shared/i18n/kiosk-messages.js';
import { api, ApiError } from '../../shared/ui/api-client.js';
import { LangController } from '../lib/lang.js';
import { icons } from '../lib/icons.js';
import { base } from '../styles/base.js';

type Topic = (typeof COMPLAINT_TOPICS)[number];
interface Sent {
  id: string;
  dueAt: number;
  message: string;
}

export class ComplaintForm extends LitElement {
  static override properties = {
    office: {},
    mode: {},
    ticketId: {},
    token: {},
    topic: { state: true },
    message: { state: true },
    contact: { state: true },
    sending: { state: true },
    error: { state: true },
    sent: { state: true },
  };
  static override styles = [
    base,
    css`
      :host { display: flex; flex-direction: column; gap: 1.1rem; }
      h2 { font-size: 1.8rem; font-weight: 800; }
      .topics { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(15rem, 100%), 1fr)); gap: 0.8rem; }
      .topic { font-size: 1.3rem; font-weight: 800; padding: 0.8rem 1rem; min-height: 5rem; background: var(--surface); border-color: var(--line); text-align: left; }
      .topic[aria-pressed='true'] { border-color: var(--primary); background: #fff0ee; box-shadow: inset 0 0 0 2px var(--primary); }
      label { display: block; font-weight: 700; font-size: 1.15rem; margin-bottom: 0.4rem; }
      fieldset { border: 2px solid var(--line); border-radius: var(--radius); padding: 0.8rem 1rem 1rem; display: grid; gap: 0.8rem; }
      legend { font-weight: 700; padding: 0 0.4rem; }
      .row { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; }
      .row .btn { min-width: 16rem; font-size: 1.45rem; }
      .thanks { background: #e7f3ec; border: 3px solid var(--ok); border-radius: var(--radius); padding: 1.2rem 1.4rem; display: grid; gap: 0.6rem; font-size: 1.25rem; }
      .thanks svg { width: 3rem; height: 3rem; color: var(--ok); }
      .thanks strong { font-size: 1.5rem; }
      .echo { white-space: pre-wrap; overflow-wrap: anywhere; background: #fff; border: 1px solid var(--line); border-radius: 0.6rem; padding: 0.6rem 0.8rem; font-size: 1.1rem; }
    `,
  ];

  declare office: string;
  declare mode: 'kiosk' | 'phone';
  declare ticketId: string;
  declare token: string;
  declare private topic: Topic | undefined;
  declare private message: string;
  declare private contact: { name: string; phone: string; email: string };
  declare private sending: boolean;
  declare private error: string;
  declare private sent: Sent | undefined;
  private i18n = new LangController(this);

  constructor() {
    super();
    this.office = '';
    this.mode = 'kiosk';
    this.ticketId = '';
    this.token = '';
    this.message = '';
    this.contact = { name: '', phone: '', email: '' };
    this.sending = false;
    this.error = '';
  }

  reset(): void {
    this.topic = undefined;
    this.message = '';
    this.contact = { name: '', phone: '', email: '' };
    this.sent = undefined;
    this.error = '';
  }

  private async send() {
    if (!this.topic || this.sending) return;
    const c = this.contact;
    if (c.phone && !/^[0-9+ .-]{6,20}$/.test(c.phone)) return void (this.error = kt('phoneInvalid'));
    if (c.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(c.email)) return void (this.error = kt('emailInvalid'));
    const body: ComplaintBody = { topic: this.topic, source: this.mode };
    const message = this.message.trim();
    if (message) body.message = message;
    if (this.ticketId && this.token) Object.assign(body, { ticketId: this.ticketId, token: this.token });
    if (c.name.trim()) body.contactName = c.name.trim();
    if (c.phone.trim()) body.contactPhone = c.phone.trim();
    if (c.email.trim()) body.contactEmail = c.email.trim();
    this.sending = true;
    this.error = '';
    try {
      const res = await api<{ complaint: { id: string; dueAt: number } }>('POST', `/offices/${encodeURIComponent(this.office)}/complaints`, body);
      this.sent = { id: res.complaint.id, dueAt: res.complaint.dueAt, message };
      this.dispatchEvent(new CustomEvent('sent', { detail: res.complaint, bubbles: true, composed: true }));
    } catch (err) {
      this.error = err instanceof ApiError && !err.isNetwork && err.status < 500 ? `${kt('sendFailed')} (${err.text})` : kt('sendFailed');
    } finally {
      this.sending = false;
    }
  }

  override render() {
    void this.i18n;
    if (this.sent) {
      const due = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(this.sent.dueAt));
      return html`<div class="thanks" role="status">
        ${icons.check}<strong>${kt('complaintThanks')}</strong>
        <span>${kt('complaintRef', { id: this.sent.id })}</span>
        <span>${kt('complaintDue', { date: due })}</span>
        ${this.sent.message ? html`<span>${kt('youWrote')}</span><div class="echo" data-echo>${this.sent.message}</div>` : nothing}
      </div>`;
    }
    const input = (field: 'name' | 'phone' | 'email', type: string, autocomplete: string) => html`
      <div><label for=${field}>${kt(field === 'name' ? 'contactName' : field === 'phone' ? 'contactPhone' : 'contactEmail')}</label>
      <input id=${field} name=${field} type=${type} autocomplete=${autocomplete} .value=${this.contact[field]}
        @input=${(e: Event) => (this.contact = { ...this.contact, [field]: (e.target as HTMLInputElement).value })} /></div>`;
    return html`
      <h2>${kt('complaintTitle')}</h2>
      <div class="topics" role="group">
        ${COMPLAINT_TOPICS.map(
          (t) =>
            html`<button class="topic" data-topic=${t} aria-pressed=${this.topic === t ? 'true' : 'false'} @click=${() => (this.topic = t)}>${kt(`topic_${t}`)}</button>`,
        )}
      </div>
      ${
        this.topic
          ? html`
            <div>
              <label for="msg">${kt('complaintMessage')}</label>
              <textarea id="msg" name="message" maxlength="2000" placeholder=${kt('complaintPlaceholder')} .value=${this.message}
                @input=${(e: Event) => (this.message = (e.target as HTMLTextAreaElement).value)}></textarea>
            </div>
            ${
              this.mode === 'phone'
                ? html`<fieldset><legend>${kt('contactTitle')}</legend>${input('name', 'text', 'name')}${input('phone', 'tel', 'tel')}${input('email', 'email', 'email')}</fieldset>`
                : nothing
            }
            ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
            <div class="row"><button class="btn primary" data-action="send-complaint" ?disabled=${this.sending} @click=${() => this.send()}>${this.sending ? kt('sending') : kt('sendComplaint')}</button></div>
          `
          : nothing
      }
    `;
  }
}
customElements.define('qms-complaint-form', ComplaintForm);

declare global {
  interface HTMLElementTagNameMap {
    'qms-complaint-form': ComplaintForm;
  }
}
