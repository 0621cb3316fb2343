/** The office's audit log: who changed what, newest first, with each changed field's old and new value. */
import { LitElement, css, html, nothing } from 'lit';
import { t } from '../../shared/i18n/console-messages.js';
import { api } from '../../shared/ui/api-client.js';
import { adminStyles } from './admin-styles.js';

interface Change {
  field: string;
  before?: unknown;
  after?: unknown;
}

interface Entry {
  at: number;
  user: string;
  role: string;
  method: string;
  path: string;
  status: number;
  changes?: Change[];
  moreChanges?: number;
}

const full = (v: unknown): string => (v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));

/** A value as one short line: long lists and texts are cut (the whole value is its tooltip and in the API). */
function shown(v: unknown): string {
  const s = full(v);
  return s.length > 120 ? `${s.slice(0, 119)}…` : s;
}

export class AdminAudit extends LitElement {
  static override properties = { office: { attribute: false }, timeZone: { attribute: false }, entries: { state: true } };
  declare office: string;
  declare timeZone: string;
  declare entries: Entry[];
  static override styles = [
    adminStyles,
    css`
      ul.changes { margin: 6px 0 0; padding-left: 18px; }
      ul.changes li { margin: 2px 0; overflow-wrap: anywhere; }
      .before { color: #8a1c14; text-decoration: line-through; }
      .after { color: #17632e; font-weight: 700; }
    `,
  ];

  constructor() {
    super();
    this.entries = [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void api<{ entries: Entry[] }>('GET', `/admin/offices/${this.office}/audit`).then((r) => (this.entries = r.entries.slice(0, 200)));
  }

  private changes(e: Entry) {
    if (!e.changes) return nothing;
    if (!e.changes.length) return html`<div class="muted">${t('auditNoChange')}</div>`;
    return html`<ul class="changes" data-testid="changes">
      ${e.changes.map((c) => html`<li><code>${c.field}</code>: <span class="before" title=${full(c.before)}>${shown(c.before)}</span> → <span class="after" title=${full(c.after)}>${shown(c.after)}</span></li>`)}
      ${e.moreChanges ? html`<li class="muted">${t('auditMoreChanges', { n: e.moreChanges })}</li>` : nothing}
    </ul>`;
  }

  override render() {
    const fmt = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'medium', timeZone: this.timeZone || 'Asia/Ho_Chi_Minh' });
    return html`<table>
      <tr><th>${t('when')}</th><th>${t('user')}</th><th>${t('action')}</th></tr>
      ${this.entries.map((e) => html`<tr><td>${fmt.format(e.at)}</td><td>${e.user} (${e.role})</td><td><code>${e.method} ${e.path}</code> → ${e.status}${this.changes(e)}</td></tr>`)}
    </table>`;
  }
}
customElements.define('qms-admin-audit', AdminAudit);
