/**
 * How an audit entry reads on the admin page: who (and from which address), what, and each changed
 * field with its value before and after. Shared by the audit tab and an account's history.
 */
import { css, html, nothing } from 'lit';
import { t, type ConsoleMessage } from '../../shared/i18n/console-messages.js';
import type { AuditAction, AuditEntry } from '../../shared/schemas/audit.js';

const ACTION: Record<AuditAction, ConsoleMessage> = {
  'account.created': 'auditAccountCreated',
  'account.changed': 'auditAccountChanged',
  'account.deleted': 'auditAccountDeleted',
  'office.created': 'auditOfficeCreated',
  'office.changed': 'auditOfficeChanged',
  'office.preset': 'auditOfficePreset',
  'webhook.created': 'auditWebhookCreated',
  'webhook.changed': 'auditWebhookChanged',
  'webhook.deleted': 'auditWebhookDeleted',
  'webhook.resent': 'auditWebhookResent',
  request: 'auditRequest',
};

export const auditStyles = css`
  ul.changes { margin: 0; padding-left: 18px; }
  ul.changes li { margin: 2px 0; overflow-wrap: anywhere; }
  .before { color: var(--qms-removed); text-decoration: line-through; }
  .after { color: var(--qms-ok); font-weight: 700; }
  .address { color: var(--qms-muted-admin); font-size: 14px; }
  button[aria-pressed='true'] { background: var(--qms-navy); color: var(--qms-white); font-weight: 700; }
`;

const full = (v: unknown): string => (v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));

/** A value as one short line: long lists and texts are cut (the whole value is its tooltip and in the API). */
function shown(v: unknown): string {
  const s = full(v);
  return s.length > 120 ? `${s.slice(0, 119)}…` : s;
}

function what(e: AuditEntry) {
  if (e.action === 'request') return html`${t('auditRequest')}: <code>${e.method} ${e.path}</code> → ${e.status}`;
  const label = t(ACTION[e.action] ?? 'auditRequest', { preset: e.preset ?? '' });
  return html`${label} <strong>${e.target ?? ''}</strong>${e.offices.length ? nothing : html` (${t('deploymentWide')})`}`;
}

function changes(e: AuditEntry) {
  if (e.action === 'request') return nothing;
  const list = e.changes ?? [];
  if (!list.length && !e.passwordChanged && !e.secretChanged) return html`<span class="muted">${t('auditNoChange')}</span>`;
  return html`<ul class="changes" data-testid="changes">
    ${list.map((c) => html`<li><code>${c.field}</code>: <span class="before" title=${full(c.before)}>${shown(c.before)}</span> → <span class="after" title=${full(c.after)}>${shown(c.after)}</span></li>`)}
    ${e.passwordChanged ? html`<li><code>password</code>: ${t('auditPasswordChanged')}</li>` : nothing}
    ${e.secretChanged ? html`<li><code>secret</code>: ${t('auditSecretChanged')}</li>` : nothing}
    ${e.moreChanges ? html`<li class="muted">${t('auditMoreChanges', { n: e.moreChanges })}</li>` : nothing}
  </ul>`;
}

/** The entries as a table, newest first. */
export function auditTable(entries: AuditEntry[], timeZone: string) {
  if (!entries.length) return html`<p class="muted">${t('auditEmpty')}</p>`;
  const fmt = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'medium', timeZone: timeZone || 'Asia/Ho_Chi_Minh' });
  return html`<table data-testid="audit">
    <tr><th>${t('when')}</th><th>${t('user')}</th><th>${t('action')}</th><th>${t('auditChanges')}</th></tr>
    ${entries.map(
      (e) => html`<tr data-action=${e.action}>
        <td>${fmt.format(e.at)}</td>
        <td>${e.user} (${e.role})<br /><span class="address">${t('auditFrom', { address: e.address })}</span></td>
        <td>${what(e)}</td>
        <td>${changes(e)}</td>
      </tr>`,
    )}
  </table>`;
}
