/**
 * The rating tablet facing the citizen at one counter (`/kiosk/tablet.html?office=…&counter=3`).
 * When the officer completes a ticket there, the server asks for a rating of it: four large
 * faces, then optional chips and a comment; thanks, and back to rest. A press of the same choice
 * repeated within the office's interval is ignored (never the send), and the server takes one
 * rating per ticket. A rating chosen but not yet sent is sent before the tablet asks about the
 * next ticket, so a citizen who walks away after tapping a face is still counted.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { RatingRequest, Snapshot } from '../../shared/events.js';
import { kt } from '../../shared/i18n/kiosk-messages.js';
import { errorMessage } from '../../shared/i18n/error-messages.js';
import { setLang } from '../../shared/i18n/translate.js';
import type { CriterionId, TabletRatingBody } from '../../shared/schemas/feedback.js';
import type { PublicOffice } from '../../shared/schemas/office.js';
import { api, ApiError, pageParam } from '../../shared/ui/api-client.js';
import { DevicePairing } from '../../shared/ui/device-pairing.js';
import { OfficeSocketController } from '../../shared/ui/office-socket.js';
import { localName } from '../lib/format.js';
import { LangController } from '../lib/lang.js';
import { RepeatGuard } from '../lib/repeat-guard.js';
import './criteria-chips.js';
import { icons } from '../lib/icons.js';
import './kiosk-header.js';
import './offline-banner.js';
import './rating-faces.js';
import { base } from '../styles/base.js';

type Step = 'rest' | 'faces' | 'details' | 'thanks' | 'message';
const AUTO_SEND_S = 25;

export class TabletApp extends LitElement {
  static override properties = {
    office: { state: true },
    request: { state: true },
    step: { state: true },
    score: { state: true },
    chips: { state: true },
    comment: { state: true },
    left: { state: true },
    message: { state: true },
    fatal: { state: true },
    sending: { state: true },
  };
  static override styles = [
    base,
    css`
      :host { display: flex; flex-direction: column; min-height: 100vh; background: var(--bg); --face-size: 6.5rem; --label-size: 1.35rem; }
      main { flex: 1; display: flex; flex-direction: column; justify-content: center; gap: 1rem; padding: 1rem 2rem 1.2rem; }
      h2 { font-size: 2rem; font-weight: 800; text-align: center; line-height: 1.25; }
      .svc { text-align: center; font-size: 1.3rem; color: var(--muted); font-weight: 700; }
      .rest { text-align: center; display: grid; gap: 1rem; justify-items: center; }
      .rest .counter { font-size: 5rem; font-weight: 900; color: var(--primary); line-height: 1; }
      .rest p { font-size: 1.7rem; font-weight: 700; max-width: 36rem; }
      .thanks { text-align: center; display: grid; gap: 1rem; justify-items: center; font-size: 2.4rem; font-weight: 900; color: var(--ok); }
      .thanks svg { width: 7rem; height: 7rem; }
      .message { text-align: center; font-size: 1.5rem; font-weight: 700; }
      h3 { font-size: 1.4rem; font-weight: 800; }
      textarea { min-height: 3em; }
      .row { display: flex; align-items: center; gap: 1.2rem; flex-wrap: wrap; }
      .row .btn { min-width: 16rem; font-size: 1.5rem; }
      .sub { color: var(--muted); font-size: 1.1rem; }
      /* kept in place (hidden) while only the faces show, so the faces never move: a second tap lands on the same face */
      .details { display: grid; gap: 0.8rem; }
      .details[inert] { visibility: hidden; }
    `,
  ];

  private readonly officeId = pageParam('office');
  private readonly counterId = pageParam('counter');
  declare private office: PublicOffice | undefined;
  declare private request: RatingRequest | undefined;
  declare private step: Step;
  declare private score: number;
  declare private chips: CriterionId[];
  declare private comment: string;
  declare private left: number;
  declare private message: string;
  declare private fatal: string;
  /** The rating on its way to the server, if any. */
  declare private sending: Promise<void> | undefined;
  /** A ticket to ask about once the rating on its way (or chosen and not sent) has gone. */
  private next?: RatingRequest;
  private readonly guard = new RepeatGuard(() => (this.office?.rating.repeatIntervalSeconds ?? 3) * 1000);
  private timer?: ReturnType<typeof setInterval>;
  private restTimer?: ReturnType<typeof setTimeout>;
  private pendingTimer?: ReturnType<typeof setTimeout>;
  private poller?: ReturnType<typeof setInterval>;
  private i18n = new LangController(this);
  /** only this counter's paired tablet is asked for ratings: unpaired, it shows its pairing code */
  private pairing = new DevicePairing(this, { kind: 'tablet', office: this.officeId, counter: this.counterId, onKeyChange: () => this.socket.reconnect() });
  private socket = new OfficeSocketController(this, {
    join: () => ({ office: this.officeId, role: 'tablet', counter: this.counterId }),
    deviceKey: () => this.pairing.key,
    onSnapshot: (s: Snapshot) => {
      if (s.role !== 'tablet') return;
      this.setOffice(s.office);
      if (s.request) void this.ask(s.request);
    },
    onJoinError: (e) => {
      if (this.pairing.refused(e.code)) {
        if (this.pairing.active && !this.office)
          api<PublicOffice>('GET', `/offices/${encodeURIComponent(this.officeId)}`).then(
            (o) => this.setOffice(o),
            () => {},
          );
      } else if (e.code === 'not_found' || e.code === 'validation_failed') this.fatal = errorMessage(e.code, e.values);
      else setTimeout(() => this.socket.rejoin(), 3000);
    },
    subscribe: (socket) => {
      socket.on('rating.requested', (r) => void this.ask(r));
      // belt and braces: when this counter's ticket changes, ask the server what is pending (a request
      // sent while the tablet was reconnecting is then not lost)
      socket.on('counter.changed', (c) => c.id === this.counterId && !c.ticket && this.step === 'rest' && this.checkPending());
    },
  });

  constructor() {
    super();
    this.step = 'rest';
    this.score = 0;
    this.chips = [];
    this.comment = '';
    this.left = AUTO_SEND_S;
    this.message = '';
    this.fatal = '';
  }

  override connectedCallback() {
    super.connectedCallback();
    if (!this.officeId || !this.counterId) this.fatal = kt('tabletMissing');
    // and now and then while resting, in case an event was lost on the way
    this.poller = setInterval(() => this.step === 'rest' && this.socket.state === 'online' && this.checkPending(), 10_000);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearInterval(this.timer);
    clearTimeout(this.restTimer);
    clearTimeout(this.pendingTimer);
    clearInterval(this.poller);
  }

  private setOffice(o: PublicOffice) {
    this.office = o;
    this.style.setProperty('--primary', o.theme.primary);
    this.style.setProperty('--accent', o.theme.accent);
  }

  private checkPending() {
    clearTimeout(this.pendingTimer);
    this.pendingTimer = setTimeout(() => {
      this.socket.socket?.emit('snapshot', (r) => {
        if (r.ok && r.data.role === 'tablet' && r.data.request && this.step === 'rest') void this.ask(r.data.request);
      });
    }, 500);
  }

  /** Asks about a ticket completed at this counter, after sending what the previous citizen chose. */
  private async ask(r: RatingRequest) {
    if (r.ticketId === this.request?.ticketId || r.ticketId === this.next?.ticketId) return;
    this.next = r;
    // a face chosen and not sent is a rating: it goes before the question moves on
    if (this.step === 'details') void this.send();
    await this.sending;
    if (this.next !== r) return; // a later ticket came meanwhile
    this.next = undefined;
    this.show(r);
  }

  private show(r: RatingRequest) {
    clearInterval(this.timer);
    clearTimeout(this.restTimer);
    this.request = r;
    this.score = 0;
    this.chips = [];
    this.comment = '';
    this.step = 'faces';
    this.guard.reset();
    setLang('vi');
    // the request lapses on the server after a while; so does the question
    this.restTimer = setTimeout(() => this.rest(), Math.max(0, r.expiresAt - Date.now()));
  }

  private rest() {
    clearInterval(this.timer);
    clearTimeout(this.restTimer);
    this.step = 'rest';
    this.request = undefined;
    setLang('vi');
  }

  /** Every deliberate press (a face, a chip, typing) gives the citizen the full countdown again. */
  private restartCountdown() {
    this.left = AUTO_SEND_S;
    clearInterval(this.timer);
    this.timer = setInterval(() => {
      this.left -= 1;
      if (this.left <= 0) void this.send();
    }, 1000);
  }

  private pick(score: number) {
    if ((this.step !== 'faces' && this.step !== 'details') || this.sending || !this.guard.press(`face:${score}`)) return;
    this.score = score;
    this.step = 'details';
    this.restartCountdown();
  }

  private pickChips(next: CriterionId[]) {
    const toggled = [...next.filter((c) => !this.chips.includes(c)), ...this.chips.filter((c) => !next.includes(c))];
    if (this.sending || !toggled.every((c) => this.guard.press(`chip:${c}`))) {
      this.chips = [...this.chips]; // a fresh array puts the chips back as they were
      return;
    }
    this.chips = next;
    this.restartCountdown();
  }

  /** Sends the chosen rating once, however often it is asked to (the button, the countdown, the next ticket). */
  private send(): Promise<void> {
    if (this.sending) return this.sending;
    if (!this.request || !this.score) return Promise.resolve();
    clearInterval(this.timer);
    const body = {
      ticketId: this.request.ticketId,
      score: this.score,
      ...(this.chips.length ? { chips: this.chips } : {}),
      ...(this.comment.trim() ? { comment: this.comment.trim() } : {}),
    };
    this.sending = this.post(body).finally(() => (this.sending = undefined));
    return this.sending;
  }

  private async post(body: TabletRatingBody) {
    try {
      await api('POST', `/offices/${encodeURIComponent(this.officeId)}/counters/${encodeURIComponent(this.counterId)}/tablet-rating`, body);
      this.step = 'thanks';
    } catch (err) {
      if (err instanceof ApiError) this.pairing.refused(err.code);
      this.step = 'message';
      this.message =
        err instanceof ApiError && err.status === 409 ? (err.code === 'already_rated' ? kt('alreadyRated') : kt('tabletExpired')) : kt('sendFailed');
    } finally {
      this.request = undefined;
      clearTimeout(this.restTimer);
      this.restTimer = setTimeout(() => this.rest(), 6000);
    }
  }

  override render() {
    void this.i18n;
    const counter = this.office?.counters.find((c) => c.id === this.counterId);
    return html`
      <qms-kiosk-header name=${this.office?.shortName ?? this.office?.name ?? ''} subtitle=${counter ? kt('tabletCounter', { n: counter.number }) : ''} timeZone=${this.office?.timeZone ?? 'Asia/Ho_Chi_Minh'}></qms-kiosk-header>
      <qms-offline-banner ?offline=${this.socket.state === 'offline'}></qms-offline-banner>
      <main>${this.fatal ? html`<p class="message error">${this.fatal}</p>` : this.pairing.active ? this.pairing.render() : this.view(counter?.number)}</main>
    `;
  }

  private details() {
    const chosen = this.step === 'details';
    return html`<div class="details" ?inert=${!chosen}>
      <h3>${this.score && this.score < 3 ? kt('chipsBad') : kt('chipsGood')}</h3>
      <qms-criteria-chips .selected=${this.chips} @change=${(e: CustomEvent<CriterionId[]>) => this.pickChips(e.detail)}></qms-criteria-chips>
      <div><h3><label for="comment">${kt('commentLabel')}</label></h3>
        <textarea id="comment" maxlength="1000" .value=${this.comment} @input=${(e: Event) => ((this.comment = (e.target as HTMLTextAreaElement).value), this.restartCountdown())}></textarea></div>
      <div class="row"><button class="btn primary" data-action="send-rating" ?disabled=${!!this.sending} @click=${() => void this.send()}>${this.sending ? kt('sending') : kt('sendNow')}</button>
        <span class="sub">${kt('autoSendIn', { n: this.left })}</span></div>
    </div>`;
  }

  private view(counterNumber?: number) {
    const r = this.request;
    const service = r ? this.office?.services.find((s) => s.id === r.serviceId) : undefined;
    switch (this.step) {
      case 'faces':
      case 'details':
        return html`<h2 data-asking=${r?.number ?? ''}>${kt('tabletAsk', { number: r?.number ?? '' })}</h2>
          ${service ? html`<p class="svc">${localName(service)}</p>` : nothing}
          <qms-rating-faces .selected=${this.score} @rate=${(e: CustomEvent<number>) => this.pick(e.detail)}></qms-rating-faces>
          ${this.details()}`;
      case 'thanks':
        return html`<div class="thanks" role="status" data-thanks>${icons.check}${kt('tabletThanks')}</div>`;
      case 'message':
        return html`<p class="message" role="status">${this.message}</p>`;
      default:
        return html`<div class="rest">${counterNumber ? html`<div class="counter">${kt('tabletCounter', { n: counterNumber })}</div>` : nothing}<p>${kt('tabletIdle')}</p></div>`;
    }
  }
}
customElements.define('qms-tablet-app', TabletApp);

declare global {
  interface HTMLElementTagNameMap {
    'qms-tablet-app': TabletApp;
  }
}
