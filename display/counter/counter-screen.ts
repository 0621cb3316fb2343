/**
 * The small screen above a counter: the counter's number and name and the ticket it is serving,
 * as large as the screen allows. Follows the same snapshot-then-events rule as the hall board.
 */
import { LitElement, css, html } from 'lit';
import type { CounterState } from '../../shared/events.js';
import { t } from '../../shared/i18n/display-messages.js';
import { errorMessage } from '../../shared/i18n/error-messages.js';
import { pageParam } from '../../shared/ui/api-client.js';
import { DevicePairing } from '../../shared/ui/device-pairing.js';
import { OfficeSocketController } from '../../shared/ui/office-socket.js';

export class CounterScreen extends LitElement {
  static override properties = { counter: { state: true }, error: { state: true }, fresh: { state: true } };
  declare counter: CounterState | undefined;
  declare error: string | undefined;
  declare fresh: boolean;

  readonly office = pageParam('office');
  readonly counterId = pageParam('counter');
  /** a paired screen is listed with its last heartbeat; one that must be paired shows its code (`?pair=1` to pair one anyway) */
  private readonly pairing = new DevicePairing(this, {
    kind: 'counter-screen',
    office: this.office,
    counter: this.counterId,
    onKeyChange: () => this.socket.reconnect(),
  });
  private freshTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly socket = new OfficeSocketController(this, {
    join: () => ({ office: this.office, role: 'counter-screen', counter: this.counterId }),
    deviceKey: () => this.pairing.key,
    onSnapshot: (s) => {
      if (!('board' in s)) return;
      this.error = undefined;
      this.counter = s.board.counters.find((c) => c.id === this.counterId);
      if (!this.counter) this.error = t('joinFailed', { message: `counter ${this.counterId}` });
    },
    onJoinError: (e) => {
      if (!this.pairing.refused(e.code)) this.error = t('joinFailed', { message: errorMessage(e.code, e.values) });
    },
    subscribe: (sock) => {
      sock.on('counter.changed', (c) => c.id === this.counterId && (this.counter = c));
      sock.on('ticket.called', (c) => c.counterId === this.counterId && this.highlight(c.ticket));
      sock.on('ticket.recalled', (c) => c.counterId === this.counterId && this.highlight(c.ticket));
      sock.on('office.changed', () => this.socket.rejoin());
    },
  });

  constructor() {
    super();
    this.fresh = false;
    if (!this.office) this.error = t('missingOffice');
    else if (!this.counterId) this.error = t('missingCounter');
    else if (pageParam('pair') === '1' && !this.pairing.key) this.pairing.show();
  }

  static override styles = css`
    :host { display: flex; flex-direction: column; height: 100vh; background: #0b1f3a; color: #fff; font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; overflow: hidden; }
    header { background: #b3261e; padding: 2vh 4vw; }
    h1 { display: flex; align-items: baseline; gap: 3vw; margin: 0; font-size: inherit; }
    .num { font-size: 14vh; font-weight: 800; color: #f2c94c; }
    .name { font-size: 7vh; font-weight: 700; flex: 1; }
    main { flex: 1; display: grid; place-items: center; text-align: center; }
    .ticket { font-size: 34vh; font-weight: 800; line-height: 1; font-variant-numeric: tabular-nums; }
    :host([fresh]) .ticket { animation: flash 0.8s steps(2, jump-none) 5; }
    @keyframes flash { 0% { color: #f2c94c; } 100% { color: #fff; } }
    .label { font-size: 6vh; color: #b8c4d6; }
    .state { font-size: 9vh; font-weight: 700; color: #b8c4d6; margin: 0; }
    .offline { background: #fff; color: #b3261e; font-size: 4vh; font-weight: 700; text-align: center; padding: 1vh; }
  `;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.freshTimer);
  }

  private highlight(ticket: CounterState['ticket']): void {
    if (this.counter) this.counter = { ...this.counter, ticket };
    this.toggleAttribute('fresh', false);
    requestAnimationFrame(() => this.toggleAttribute('fresh', true));
    clearTimeout(this.freshTimer);
    this.freshTimer = setTimeout(() => this.toggleAttribute('fresh', false), 5000);
  }

  override render() {
    const c = this.counter;
    const offline = this.socket.state === 'offline' ? html`<div class="offline" data-testid="offline">${t('offline')}</div>` : '';
    if (this.pairing.active) return html`${offline}<main>${this.pairing.render()}</main>`;
    if (!c) return html`${offline}<main><h1 class="state">${this.error ?? t('connecting')}</h1></main>`;
    let body;
    if (c.status === 'closed') body = html`<div class="state">${t('counterClosed')}</div>`;
    else if (c.status === 'paused') body = html`<div class="state">${t('counterPaused')}</div>`;
    else if (c.ticket)
      body = html`<div><div class="label">${c.ticket.status === 'called' ? t('nowCalling') : t('serving')}</div><div class="ticket" data-testid="counter-screen-ticket">${c.ticket.number}</div></div>`;
    else body = html`<div class="state">${t('pleaseWait')}</div>`;
    return html`${offline}<header><h1><span class="num">${c.number}</span><span class="name">${c.name}</span></h1></header><main>${body}</main>`;
  }
}
customElements.define('qms-counter-screen', CounterScreen);

declare global {
  interface HTMLElementTagNameMap {
    'qms-counter-screen': CounterScreen;
  }
}
