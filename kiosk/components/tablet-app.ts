/**
 * The rating tablet facing the citizen at one counter (`/kiosk/tablet.html?office=…&counter=3`).
 * When the officer completes a ticket there, the server asks for a rating of it: four large
 * faces, then optional chips and a comment; thanks, and back to rest. Presses repeated within the
 * office's interval are ignored, and the server takes one rating per ticket.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { RatingRequest, Snapshot } from '../../shared/events.js';
import { kt } from '../../shared/i18n/kiosk-messages.js';
import { setLang } from '../../shared/i18n/translate.js';
import type { CriterionId } from '../../shared/schemas/feedback.js';
import type { PublicOffice } from '../../shared/schemas/office.js';
import { api, ApiError, pageParam } from '../../shared/ui/api-client.js';
import { DevicePairing } from '../../shared/ui/device-pairing.js';
import { OfficeSocketController } from '../../shared/ui/office-socket.js';
import { localName } from '../lib/format.js';
import { LangController } from '../lib/lang.js';
import './criteria-chips.js';
import { icons } from './icons.js';
import './kiosk-header.js';
import './offline-banner.js';
import './rating-faces.js';
import { base } from './styles.js';

type Step = 'rest' | 'faces' | 'details' | 'thanks' | 'message';
const AUTO_SEND_S = 25;

@customElement('qms-tablet-app')
export class TabletApp extends LitElement {
  static override styles = [
    base,
    css`
      :host { display: flex; flex-direction: column; min-height: 100vh; background: var(--bg); --face-size: 8rem; --label-size: 1.35rem; }
      main { flex: 1; display: flex; flex-direction: column; justify-content: center; gap: 1.4rem; padding: 1.4rem 2rem 2rem; }
      h2 { font-size: 2rem; font-weight: 800; text-align: center; line-height: 1.25; }
      .svc { text-align: center; font-size: 1.3rem; color: var(--muted); font-weight: 700; }
      .rest { text-align: center; display: grid; gap: 1rem; justify-items: center; }
      .rest .counter { font-size: 5rem; font-weight: 900; color: var(--primary); line-height: 1; }
      .rest p { font-size: 1.7rem; font-weight: 700; max-width: 36rem; }
      .thanks { text-align: center; display: grid; gap: 1rem; justify-items: center; font-size: 2.4rem; font-weight: 900; color: var(--ok); }
      .thanks svg { width: 7rem; height: 7rem; }
      .message { text-align: center; font-size: 1.5rem; font-weight: 700; }
      h3 { font-size: 1.4rem; font-weight: 800; }
      textarea { min-height: 4.5em; }
      .row { display: flex; align-items: center; gap: 1.2rem; flex-wrap: wrap; }
      .row .btn { min-width: 16rem; font-size: 1.5rem; }
      .sub { color: var(--muted); font-size: 1.1rem; }
      .chosen { display: flex; align-items: center; gap: 0.6rem; font-size: 1.8rem; font-weight: 900; color: var(--ok); }
      .chosen svg { width: 2.4rem; height: 2.4rem; }
    `,
  ];

  private readonly officeId = pageParam('office');
  private readonly counterId = pageParam('counter');
  @state() private office?: PublicOffice;
  @state() private request?: RatingRequest;
  @state() private step: Step = 'rest';
  @state() private score = 0;
  @state() private chips: CriterionId[] = [];
  @state() private comment = '';
  @state() private left = AUTO_SEND_S;
  @state() private message = '';
  @state() private fatal = '';
  private lastPress = 0;
  private timer?: ReturnType<typeof setInterval>;
  private restTimer?: ReturnType<typeof setTimeout>;
  private pendingTimer?: ReturnType<typeof setTimeout>;
  private poller?: ReturnType<typeof setInterval>;
  private sending = false;
  private i18n = new LangController(this);
  /** only this counter's paired tablet is asked for ratings: unpaired, it shows its pairing code */
  private pairing = new DevicePairing(this, { kind: 'tablet', office: this.officeId, counter: this.counterId, onKeyChange: () => this.socket.reconnect() });
  private socket = new OfficeSocketController(this, {
    join: () => ({ office: this.officeId, role: 'tablet', counter: this.counterId }),
    deviceKey: () => this.pairing.key,
    onSnapshot: (s: Snapshot) => {
      if (s.role !== 'tablet') return;
      this.setOffice(s.office);
      if (s.request && s.request.ticketId !== this.request?.ticketId) this.ask(s.request);
    },
    onJoinError: (e) => {
      if (this.pairing.refused(e.code)) {
        if (this.pairing.active && !this.office) api<PublicOffice>('GET', `/offices/${encodeURIComponent(this.officeId)}`).then((o) => this.setOffice(o), () => {});
      } else if (e.code === 'not_found' || e.code === 'validation_failed') this.fatal = e.message;
      else setTimeout(() => this.socket.rejoin(), 3000);
    },
    subscribe: (socket) => {
      socket.on('rating.requested', (r) => this.ask(r));
      // belt and braces: when this counter's ticket changes, ask the server what is pending (a request
      // sent while the tablet was reconnecting is then not lost)
      socket.on('counter.changed', (c) => c.id === this.counterId && !c.ticket && this.step === 'rest' && this.checkPending());
    },
  });

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
        if (r.ok && r.data.role === 'tablet' && r.data.request && this.step === 'rest') this.ask(r.data.request);
      });
    }, 500);
  }

  private get intervalMs() {
    return (this.office?.rating.repeatIntervalSeconds ?? 3) * 1000;
  }

  private ask(r: RatingRequest) {
    clearInterval(this.timer);
    clearTimeout(this.restTimer);
    this.request = r;
    this.score = 0;
    this.chips = [];
    this.comment = '';
    this.step = 'faces';
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

  /** Presses within the configured interval of the previous one are ignored (impatient or repeated taps). */
  private accept(): boolean {
    const now = Date.now();
    if (now - this.lastPress < this.intervalMs) return false;
    this.lastPress = now;
    return true;
  }

  /** Choosing chips or typing is deliberate: the next "send" is not a repeated press, and the countdown restarts. */
  private deliberate() {
    this.lastPress = 0;
    this.left = AUTO_SEND_S;
  }

  private pick(score: number) {
    if (this.step !== 'faces' || !this.accept()) return;
    this.score = score;
    this.step = 'details';
    this.left = AUTO_SEND_S;
    clearInterval(this.timer);
    this.timer = setInterval(() => {
      this.left -= 1;
      if (this.left <= 0) void this.send();
    }, 1000);
  }

  private async send(pressed = false) {
    if (!this.request || !this.score || this.sending) return;
    // a second tap on the face that lands on "send" right away is not a decision to send
    if (pressed && !this.accept()) return;
    clearInterval(this.timer);
    this.sending = true;
    const body = { ticketId: this.request.ticketId, score: this.score, ...(this.chips.length ? { chips: this.chips } : {}), ...(this.comment.trim() ? { comment: this.comment.trim() } : {}) };
    try {
      await api('POST', `/offices/${encodeURIComponent(this.officeId)}/counters/${encodeURIComponent(this.counterId)}/tablet-rating`, body);
      this.step = 'thanks';
    } catch (err) {
      if (err instanceof ApiError) this.pairing.refused(err.code);
      this.step = 'message';
      this.message = err instanceof ApiError && err.status === 409 ? (err.code === 'already_rated' ? kt('alreadyRated') : kt('tabletExpired')) : kt('sendFailed');
    } finally {
      this.sending = false;
      this.lastPress = Date.now();
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

  private view(counterNumber?: number) {
    const r = this.request;
    const service = r ? this.office?.services.find((s) => s.id === r.serviceId) : undefined;
    switch (this.step) {
      case 'faces':
        return html`<h2 data-asking=${r?.number ?? ''}>${kt('tabletAsk', { number: r?.number ?? '' })}</h2>
          ${service ? html`<p class="svc">${localName(service)}</p>` : nothing}
          <qms-rating-faces @rate=${(e: CustomEvent<number>) => this.pick(e.detail)}></qms-rating-faces>`;
      case 'details':
        return html`<p class="chosen" data-chosen=${this.score}>${icons.check}${kt(`score${this.score as 1 | 2 | 3 | 4}`)}</p>
          <h3>${this.score >= 3 ? kt('chipsGood') : kt('chipsBad')}</h3>
          <qms-criteria-chips .selected=${this.chips} @change=${(e: CustomEvent<CriterionId[]>) => ((this.chips = e.detail), this.deliberate())}></qms-criteria-chips>
          <div><h3>${kt('commentLabel')}</h3>
            <textarea maxlength="1000" .value=${this.comment} @input=${(e: Event) => ((this.comment = (e.target as HTMLTextAreaElement).value), this.deliberate())}></textarea></div>
          <div class="row"><button class="btn primary" data-action="send-rating" @click=${() => this.send(true)}>${kt('sendNow')}</button>
            <span class="sub">${kt('autoSendIn', { n: this.left })}</span></div>`;
      case 'thanks':
        return html`<div class="thanks" role="status" data-thanks>${icons.check}${kt('tabletThanks')}</div>`;
      case 'message':
        return html`<p class="message" role="status">${this.message}</p>`;
      default:
        return html`<div class="rest">${counterNumber ? html`<div class="counter">${kt('tabletCounter', { n: counterNumber })}</div>` : nothing}<p>${kt('tabletIdle')}</p></div>`;
    }
  }
}
