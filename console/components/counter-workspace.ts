/**
 * The officer's counter: big action buttons (and keys), the current ticket, the waiting list and
 * today's counts. Every action waits for the server and shows its answer; nothing is assumed.
 * The counter's picture comes from its feed (counter-feed.ts): a snapshot on joining, then the live
 * events of the counter's rooms (another console of the same officer, kiosks issuing tickets, other
 * counters calling) and the answers to this console's actions, applied without reading it again.
 */
import { LitElement, html, nothing } from 'lit';
import type { CounterSnapshot } from '../../shared/events.js';
import { t as dt } from '../../shared/i18n/dossier-messages.js';
import { t } from '../../shared/i18n/console-messages.js';
import { errorMessage } from '../../shared/i18n/error-messages.js';
import type { SessionUser } from '../../shared/schemas/auth.js';
import type { PublicOffice } from '../../shared/schemas/office.js';
import type { PublicTicket } from '../../shared/schemas/ticket.js';
import { api, ApiError, errorText } from '../../shared/ui/api-client.js';
import { describeAnswer, type CounterAction } from '../lib/counter-answers.js';
import { CounterFeed } from '../state/counter-feed.js';
import { withAnswer, type TicketAnswer } from '../state/counter-state.js';
import { workspaceStyles } from '../styles/counter-workspace.js';
import './counter-current-ticket.js';
import './counter-dossier-codes.js';
import './counter-transfer-dialog.js';
import './counter-waiting-list.js';

type Action = CounterAction;
interface Message {
  kind: 'ok' | 'error' | 'info';
  text: string;
}

const KEYS: Record<string, Action | 'toggle-pause' | 'open-transfer' | 'scan-codes'> = {
  r: 'recall',
  s: 'start',
  c: 'complete',
  n: 'no-show',
  p: 'toggle-pause',
  t: 'open-transfer',
  m: 'scan-codes',
};
/** the actions whose answer is the counter's whole snapshot */
const SNAPSHOT_ANSWERS: ReadonlySet<Action> = new Set(['pause', 'resume']);

export class CounterWorkspace extends LitElement {
  static override properties = {
    office: { attribute: false },
    counterId: { attribute: false },
    user: { attribute: false },
    opening: { attribute: false },
    busy: { state: true },
    message: { state: true },
    transferOpen: { state: true },
    codes: { state: true },
  };
  declare office: PublicOffice;
  declare counterId: string;
  declare user: SessionUser;
  /** the counter as opening it answered, shown until the room's snapshot comes */
  declare opening: CounterSnapshot | undefined;
  declare busy: Action | undefined;
  declare message: Message | undefined;
  declare transferOpen: boolean;
  /** the dossier codes scanned or typed for the current ticket, sent with "Complete" */
  declare codes: string[];

  static override styles = workspaceStyles;
  private readonly feed = new CounterFeed(this, {
    join: () => ({ office: this.office.id, role: 'counter', counter: this.counterId }),
    onChange: () => this.checkHolder(),
    onJoinError: (e) => {
      if (e.code === 'unauthenticated') this.signedOut();
      else this.message = { kind: 'error', text: `${t('errorPrefix')}: ${errorMessage(e.code, e.values)}` };
    },
    onTakenOver: (e) => {
      if (e.counterId !== this.counterId || e.from !== this.user.username) return;
      this.lost(t(e.action === 'close' ? 'counterClosedBy' : 'counterTakenOver', { counter: this.counterName, name: e.byName }));
    },
  });

  constructor() {
    super();
    this.transferOpen = false;
    this.codes = [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKey);
  }

  private focusedOnce = false;

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('opening') && this.opening && !this.feed.view) this.feed.take(this.opening);
  }

  override updated(): void {
    // keyboard users start on "call next": Space or Enter works at once
    if (this.feed.view && !this.focusedOnce) {
      this.focusedOnce = true;
      this.renderRoot.querySelector<HTMLButtonElement>('[data-action="call-next"]')?.focus();
    }
  }

  private get base(): string {
    return `/offices/${this.office.id}/counters/${this.counterId}`;
  }

  private get snap(): CounterSnapshot | undefined {
    return this.feed.view?.snap;
  }

  private get counterName(): string {
    return this.snap?.counter.name ?? this.office.counters.find((c) => c.id === this.counterId)?.name ?? this.counterId;
  }

  /** The counter may no longer be this officer's (taken over, or closed elsewhere): then the console leaves it. */
  private checkHolder(): void {
    if (this.busy === 'close') return; // this console is closing it: not "closed elsewhere"
    const c = this.snap!.counter;
    if (c.status === 'closed') this.lost(t('counterClosedElsewhere', { counter: c.name }));
    else if (c.officer && c.officer !== this.user.username) this.lost(t('counterTakenOver', { counter: c.name, name: c.officerName ?? c.officer }));
  }

  private lostOnce = false;
  /** The counter is no longer this officer's: back to the counter list, saying why. */
  private lost(message: string): void {
    if (this.lostOnce) return;
    this.lostOnce = true;
    this.dispatchEvent(new CustomEvent('counter-lost', { detail: { message }, bubbles: true, composed: true }));
  }

  private signedOut(): void {
    this.dispatchEvent(new CustomEvent('signed-out', { bubbles: true, composed: true }));
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || this.transferOpen) return;
    const el = e.composedPath()[0] as HTMLElement | undefined;
    if (el && ['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName)) return;
    if (e.key === ' ' || e.key === 'Enter') {
      // on another button, Space/Enter presses that button; elsewhere it calls the next citizen
      if (el?.tagName === 'BUTTON' && el.dataset.action !== 'call-next') return;
      e.preventDefault();
      if (!e.repeat) void this.act('call-next');
      return;
    }
    const k = KEYS[e.key.toLowerCase()];
    if (!k || e.repeat) return;
    e.preventDefault();
    if (k === 'toggle-pause') void this.act(this.snap?.counter.status === 'paused' ? 'resume' : 'pause');
    else if (k === 'open-transfer') this.openTransfer();
    else if (k === 'scan-codes') this.renderRoot.querySelector('qms-counter-dossier-codes')?.focusInput();
    else void this.act(k);
  };

  private openTransfer(): void {
    if (this.snap?.current && !this.busy) this.transferOpen = true;
  }

  /** Sends one action, shows the server's answer and applies it: the answer is the counter's new state. */
  async act(action: Action, body?: Record<string, unknown>): Promise<void> {
    if (this.busy) {
      // the screen may already show what the request in flight did (its event came first): the
      // officer's next key is kept and sent when that answer is in, never dropped
      if (action !== this.busy) this.next = { action, ...(body ? { body } : {}) };
      return;
    }
    // calling the next citizen closes the current ticket: with codes listed, complete it with them first
    if ((action === 'call-next' || action === 'call') && this.codes.length && this.snap?.current) {
      this.next = { action, ...(body ? { body } : {}) };
      return this.act('complete');
    }
    const codes = action === 'complete' ? this.codes : [];
    if (codes.length) body = { dossiers: codes };
    this.busy = action;
    this.message = { kind: 'info', text: t('working') };
    try {
      const res = await api<TicketAnswer | CounterSnapshot | undefined>('POST', `${this.base}/${action}`, body ?? {});
      this.message = { kind: 'ok', text: describeAnswer(this.office, action, res, body) + (codes.length ? ` (${dt('codesSent', { n: codes.length })})` : '') };
      // the codes belong to the ticket just finished (or moved on)
      if (['complete', 'call-next', 'call', 'no-show', 'transfer'].includes(action)) this.codes = [];
      if (action === 'close') {
        this.dispatchEvent(new CustomEvent('counter-closed', { bubbles: true, composed: true }));
        return;
      }
      this.busy = undefined;
      if (SNAPSHOT_ANSWERS.has(action)) this.feed.take(res as CounterSnapshot);
      else this.feed.onTicketEvent((v) => withAnswer(v, res as TicketAnswer | undefined));
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) return this.signedOut();
      this.message = { kind: 'error', text: `${t('errorPrefix')}: ${errorText(err)}` };
    } finally {
      this.busy = undefined;
    }
    const next = this.next;
    this.next = undefined;
    if (next && this.message?.kind !== 'error') return this.act(next.action, next.body);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('[data-action="call-next"]')?.focus();
  }

  /** One action asked for while another was on its way. */
  private next: { action: Action; body?: Record<string, unknown> } | undefined;

  private button(action: Action, label: string, key: string, enabled: boolean, cls = '') {
    return html`<button class=${cls} data-action=${action} ?disabled=${!enabled || !!this.busy} @click=${() => (action === 'transfer' ? this.openTransfer() : this.act(action))}>
      ${label}<kbd>${key}</kbd>
    </button>`;
  }

  override render() {
    const s = this.snap;
    const names = new Map(this.office.services.map((x) => [x.id, x.name]));
    if (!s) return html`<p class="loading">${t('working')}</p>`;
    const cur = s.current;
    const paused = s.counter.status === 'paused';
    const mine = s.officerToday;
    return html`
      <header data-connection=${this.feed.socket.state}>
        <span class="counter-no">${s.counter.number}</span>
        <h1 class="counter-name">${s.counter.name}<small>${this.office.name}</small></h1>
        ${paused ? html`<span class="chip paused">${t('paused')}</span>` : nothing}
        ${this.feed.socket.state === 'online' ? nothing : html`<span class="chip offline" role="status">${t('offline')}</span>`}
        <span class="who">${this.user.name}</span>
        <button class="small" data-action="close" ?disabled=${!!this.busy || !!cur} @click=${() => this.act('close')}>${t('closeCounter')}</button>
      </header>
      <div class="msg ${this.message?.kind ?? ''}" role="status" aria-live="polite" data-testid="message">${this.message?.text ?? ''}</div>
      <main>
        <section class="actions">
          ${this.button('call-next', t('callNext'), 'Space', !paused, 'primary')}
          ${this.button('recall', t('recall'), 'R', !!cur)}
          ${this.button('start', t('start'), 'S', cur?.status === 'called')}
          ${this.button('complete', t('complete'), 'C', !!cur, 'good')}
          ${this.button('no-show', t('noShow'), 'N', cur?.status === 'called')}
          ${this.button('transfer', t('transfer'), 'T', !!cur)}
          ${paused ? this.button('resume', t('resume'), 'P', true, 'warn') : this.button('pause', t('pause'), 'P', true)}
          <p class="keys">${t('shortcuts')}</p>
        </section>
        <section class="info">
          <qms-counter-current-ticket .offsetMs=${this.feed.offsetMs} timeZone=${this.office.timeZone} .ticket=${cur} .serviceName=${cur ? (names.get(cur.serviceId) ?? cur.serviceId) : ''}></qms-counter-current-ticket>
          ${cur ? html`<qms-counter-dossier-codes .codes=${this.codes} ?disabled=${!!this.busy} @codes-changed=${(e: CustomEvent<string[]>) => (this.codes = e.detail)}></qms-counter-dossier-codes>` : nothing}
          <div class="today" data-testid="today">
            <b>${t('today')}</b>
            <span>${t('served')}: <b data-testid="served">${mine?.served ?? s.today.served}</b></span>
            <span>${t('noShows')}: <b>${mine?.noShow ?? s.today.noShow}</b></span>
            <span>${t('calls')}: <b>${mine?.called ?? s.today.called}</b></span>
            <small>(${mine ? t('mine') : t('counterTotal')})</small>
          </div>
          <qms-counter-waiting-list .offsetMs=${this.feed.offsetMs} timeZone=${this.office.timeZone} .waiting=${s.waiting} .serviceNames=${names} ?disabled=${!!this.busy || paused} @call-ticket=${(e: CustomEvent<PublicTicket>) => this.act('call', { ticketId: e.detail.id })}></qms-counter-waiting-list>
        </section>
      </main>
      ${
        this.transferOpen
          ? html`<qms-counter-transfer-dialog .services=${this.office.services} .exclude=${cur?.serviceId}
            @transfer-chosen=${(e: CustomEvent<string>) => {
              this.transferOpen = false;
              void this.act('transfer', { serviceId: e.detail });
            }}
            @transfer-cancelled=${() => {
              this.transferOpen = false;
              this.renderRoot.querySelector<HTMLButtonElement>('[data-action="call-next"]')?.focus();
            }}></qms-counter-transfer-dialog>`
          : nothing
      }
    `;
  }
}
customElements.define('qms-counter-workspace', CounterWorkspace);

declare global {
  interface HTMLElementTagNameMap {
    'qms-counter-workspace': CounterWorkspace;
  }
}
