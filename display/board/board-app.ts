/**
 * The hall board (1920×1080 TV, no interaction after the first start): office, clock, counters,
 * the large "now calling" panel, recent calls, people waiting, notices, and the voice. A snapshot
 * replaces the whole picture after every (re)connect; only live calls are spoken, once each.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { BoardSnapshot, CallEvent } from '../../shared/events.js';
import type { PublicOffice } from '../../shared/schemas/office.js';
import { t } from '../../shared/i18n/display-messages.js';
import { errorMessage } from '../../shared/i18n/error-messages.js';
import { api, pageParam } from '../../shared/ui/api-client.js';
import { DevicePairing } from '../../shared/ui/device-pairing.js';
import { OfficeSocketController } from '../../shared/ui/office-socket.js';
import { Announcer, type VoiceMode } from '../audio/announcer.js';
import { BLOCKED } from '../audio/clip-player.js';
import { SOUND_KEY, soundNeedsTap } from '../audio/sound-unlock.js';
import { LIVE_CALL_MS, RECENT_SHOWN, withCall, withCounter, withQueue } from './board-state.js';
import '../audio/sound-unlock.js';
import './board-header.js';
import './counter-table.js';
import './now-calling.js';
import './notice-ticker.js';
import './recent-calls.js';
import './waiting-services.js';

const FLASH_MS = 6000;

export class BoardApp extends LitElement {
  static override properties = {
    board: { state: true },
    flashing: { state: true },
    needsTap: { state: true },
    error: { state: true },
    timeZone: { state: true },
  };
  declare board: BoardSnapshot | undefined;
  declare flashing: string | undefined;
  declare needsTap: boolean;
  declare error: string | undefined;
  declare timeZone: string;

  readonly office = pageParam('office');
  /** a paired board is listed with its last heartbeat; one that must be paired shows its code (`?pair=1` to pair one anyway) */
  private readonly pairing = new DevicePairing(this, { kind: 'board', office: this.office, onKeyChange: () => this.socket.reconnect() });
  readonly announcer = new Announcer(Number(pageParam('audioSpeed', '1')) || 1);
  /** server clock − local clock, from the last snapshot */
  private offsetMs = 0;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly socket = new OfficeSocketController(this, {
    join: () => ({ office: this.office, role: 'board' }),
    deviceKey: () => this.pairing.key,
    onSnapshot: (s) => {
      if ('board' in s) this.applySnapshot(s.board);
    },
    onJoinError: (e) => {
      if (!this.pairing.refused(e.code)) this.error = t('joinFailed', { message: errorMessage(e.code, e.values) });
    },
    subscribe: (sock) => {
      sock.on('ticket.called', (c) => this.onCall(c));
      sock.on('ticket.recalled', (c) => this.onCall(c));
      sock.on('counter.changed', (c) => this.board && (this.board = withCounter(this.board, c)));
      sock.on('queue.changed', (q) => this.board && (this.board = withQueue(this.board, q)));
      sock.on('office.changed', () => this.socket.rejoin());
    },
  });

  constructor() {
    super();
    this.needsTap = false;
    this.timeZone = 'Asia/Ho_Chi_Minh';
    this.announcer.voiceMode = (pageParam('voice', 'auto') as VoiceMode) || 'auto';
    this.announcer.onChange = () => {
      if (this.announcer.records.at(-1)?.error === BLOCKED) this.needsTap = true;
    };
    if (!this.office) this.error = t('missingOffice');
    else if (pageParam('pair') === '1' && !this.pairing.key) this.pairing.show();
  }

  static override styles = css`
    :host { display: grid; grid-template-rows: auto 1fr auto; height: 100vh; overflow: hidden; background: #0b1f3a; color: #fff;
      font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; }
    main { display: grid; grid-template-columns: 1.1fr 1fr; gap: 24px; padding: 20px 28px; min-height: 0; }
    .left { display: grid; grid-template-rows: 1fr auto; gap: 20px; min-height: 0; }
    .right { display: flex; flex-direction: column; gap: 20px; min-height: 0; overflow: hidden; }
    qms-counter-table { flex: 1; min-height: 0; }
    .error { display: grid; place-items: center; font-size: 48px; padding: 40px; text-align: center; }
  `;

  override connectedCallback(): void {
    super.connectedCallback();
    void soundNeedsTap(() => this.announcer.player.unlock()).then((need) => {
      this.needsTap = need;
      if (!need) void this.announcer.player.preload().catch(() => {});
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.flashTimer);
  }

  private applySnapshot(board: BoardSnapshot): void {
    this.error = undefined;
    this.offsetMs = board.serverTime - Date.now();
    this.announcer.markSeen(board.recent.map((c) => c.callId));
    this.announcer.phrase = board.callPhrase;
    if (this.flashing && board.recent[0]?.callId !== this.flashing) this.flashing = undefined;
    this.board = board;
    document.title = t('boardTitle', { office: board.officeName });
    api<PublicOffice>('GET', `/offices/${this.office}`)
      .then((o) => (this.timeZone = o.timeZone))
      .catch(() => {});
  }

  private onCall(call: CallEvent): void {
    const live = Date.now() + this.offsetMs - call.at < LIVE_CALL_MS;
    if (live && !this.announcer.announce({ id: call.callId, ticketNumber: call.ticket.number, counterNumber: call.counterNumber, recall: call.recall })) return;
    if (!this.board) return;
    this.board = withCall(this.board, call, live);
    if (!live) return;
    this.flashing = call.callId;
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => (this.flashing = undefined), FLASH_MS);
  }

  private async acceptSound(): Promise<void> {
    if (await this.announcer.player.unlock(2000)) {
      localStorage.setItem(SOUND_KEY, '1');
      this.needsTap = false;
      void this.announcer.player.preload().catch(() => {});
    }
  }

  override render() {
    const b = this.board;
    const overlay = this.needsTap ? html`<qms-sound-unlock @sound-accepted=${this.acceptSound}></qms-sound-unlock>` : nothing;
    if (this.pairing.active)
      return html`<qms-board-header .officeName=${''} .connection=${this.socket.state}></qms-board-header>${this.pairing.render()}<div></div>`;
    if (!b) {
      return html`<qms-board-header .officeName=${''} .connection=${this.socket.state}></qms-board-header>
        <div class="error">${this.error ?? t('connecting')}</div><div></div>${overlay}`;
    }
    const current = b.recent[0];
    return html`
      <qms-board-header .officeName=${b.officeName} .timeZone=${this.timeZone} .offsetMs=${this.offsetMs} .connection=${this.socket.state}></qms-board-header>
      <main>
        <div class="left">
          <qms-now-calling .call=${current} ?flashing=${!!current && this.flashing === current.callId}></qms-now-calling>
          <qms-recent-calls .calls=${b.recent.slice(1, 1 + RECENT_SHOWN)}></qms-recent-calls>
        </div>
        <div class="right">
          <qms-counter-table .counters=${b.counters} .highlight=${this.flashing ? current?.counterId : undefined}></qms-counter-table>
          <qms-waiting-services .services=${b.services}></qms-waiting-services>
        </div>
      </main>
      <qms-notice-ticker .notices=${b.notices}></qms-notice-ticker>
      ${overlay}
    `;
  }
}
customElements.define('qms-board', BoardApp);

declare global {
  interface HTMLElementTagNameMap {
    'qms-board': BoardApp;
  }
}
