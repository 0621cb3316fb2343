/**
 * The import of the one-stop software's Excel export on the dossiers tab (office leadership): the
 * file, what to do with rows that have errors, then the counts (new, updated, unchanged, not
 * imported) and each problem by line and column. Fires `dossiers-imported` when anything changed,
 * so the report above reads its figures again.
 */
import { LitElement, css, html, nothing } from 'lit';
import { problemText, t } from '../../shared/i18n/dossier-messages.js';
import { MAX_IMPORT_BYTES, type DossierImportResult, type ImportMode } from '../../shared/schemas/dossiers.js';
import { api, errorText } from '../../shared/ui/api-client.js';
import { reportStyles } from '../styles/report.js';

/** The file's bytes in base64, as the import's JSON body carries them. */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export class ReportDossierImport extends LitElement {
  static override properties = {
    office: {},
    mode: { state: true },
    busy: { state: true },
    result: { state: true },
    error: { state: true },
    fileName: { state: true },
  };
  declare office: string;
  declare mode: ImportMode;
  declare busy: boolean;
  declare result: DossierImportResult | undefined;
  declare error: string | undefined;
  /** the chosen file's name (the browser's own file button speaks its own language, so it is hidden) */
  declare fileName: string;

  static override styles = [
    reportStyles,
    css`
      fieldset { border: 0; padding: 0; margin: 0; display: flex; flex-direction: column; gap: 4px; }
      legend, .file-title { font-size: 15px; color: var(--qms-label); }
      label.file { display: flex; flex-direction: column; gap: 4px; }
      .pick { display: flex; align-items: center; gap: 10px; }
      .pick .button { border: 2px solid var(--qms-navy); color: var(--qms-navy); border-radius: 8px; padding: 7px 14px; font-weight: 600; cursor: pointer; }
      label.file:focus-within .button { outline: 3px solid var(--qms-gold); outline-offset: 2px; }
      .pick .name { max-width: 320px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
      input[type='file'] { position: absolute; width: 1px; height: 1px; opacity: 0; }
      .counts { display: flex; gap: 16px; flex-wrap: wrap; margin: 8px 0; }
      .counts b { font-size: 22px; color: var(--qms-navy); display: block; }
      td.value { color: var(--qms-muted); }
    `,
  ];

  constructor() {
    super();
    this.mode = 'all-or-nothing';
    this.busy = false;
    this.fileName = '';
  }

  private async send(e: Event): Promise<void> {
    e.preventDefault();
    const file = this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')?.files?.[0];
    this.error = undefined;
    if (!file) return void (this.error = t('noFile'));
    if (file.size > MAX_IMPORT_BYTES) return void (this.error = t('fileTooLarge'));
    this.busy = true;
    try {
      this.result = await api<DossierImportResult>(
        'POST',
        `/offices/${this.office}/dossiers/import`,
        { file: await base64Of(file), mode: this.mode },
        { timeoutMs: 120_000 },
      );
      if (this.result.added + this.result.updated > 0) this.dispatchEvent(new CustomEvent('dossiers-imported', { bubbles: true, composed: true }));
    } catch (err) {
      this.error = errorText(err);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return html`<div class="panel no-print" data-test="dossier-import">
      <h3>${t('importTitle')}</h3>
      <p class="muted">${t('importHint')}</p>
      <form class="row" @submit=${this.send}>
        <label class="file">
          <span class="file-title">${t('chooseFile')}</span>
          <span class="pick"><span class="button">${t('pickFile')}</span><span class="name muted">${this.fileName || t('noFileChosen')}</span></span>
          <input type="file" name="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            @change=${(e: Event) => (this.fileName = (e.target as HTMLInputElement).files?.[0]?.name ?? '')} />
        </label>
        <fieldset>
          <legend>${t('mode')}</legend>
          ${(['all-or-nothing', 'keep-valid'] as const).map(
            (m) =>
              html`<label><input type="radio" name="mode" value=${m} .checked=${this.mode === m} @change=${() => (this.mode = m)} />
                ${t(m === 'all-or-nothing' ? 'modeAllOrNothing' : 'modeKeepValid')}</label>`,
          )}
        </fieldset>
        <button type="submit" ?disabled=${this.busy}>${this.busy ? t('importing') : t('importButton')}</button>
      </form>
      ${this.error ? html`<p class="bad" role="alert">${this.error}</p>` : nothing} ${this.result ? this.resultView(this.result) : nothing}
    </div>`;
  }

  private resultView(r: DossierImportResult) {
    const counts: [Parameters<typeof t>[0], number][] = [
      ['added', r.added],
      ['updated', r.updated],
      ['unchanged', r.unchanged],
      ['rejected', r.rejected],
    ];
    return html`<div data-test="import-result" role="status">
      <p>${t('resultLine', { rows: r.rows, added: r.added, updated: r.updated, unchanged: r.unchanged, rejected: r.rejected })}</p>
      <div class="counts">${counts.map(([k, n]) => html`<span data-count=${k}><b>${n}</b>${t(k)}</span>`)}</div>
      ${r.mode === 'all-or-nothing' && r.problems.length && r.rows ? html`<p class="bad">${t('nothingWritten')}</p>` : nothing}
      ${
        r.problems.length
          ? html`<h3>${t('problemsTitle')}</h3>
            <table data-test="import-problems">
              <thead><tr><th>${t('line')}</th><th style="text-align:left">${t('column')}</th><th style="text-align:left">${t('code')}</th><th style="text-align:left">${t('problem')}</th></tr></thead>
              <tbody>${r.problems.map(
                (p) => html`<tr>
                  <td>${p.line ?? (p.index !== undefined ? p.index + 1 : '')}</td><td style="text-align:left">${p.column}</td><td style="text-align:left">${p.code ?? ''}</td>
                  <td style="text-align:left" class="bad">${problemText(p.problem)}${p.value ? html` <span class="muted">«${p.value}»</span>` : nothing}</td>
                </tr>`,
              )}</tbody>
            </table>`
          : nothing
      }
    </div>`;
  }
}
customElements.define('qms-report-dossier-import', ReportDossierImport);

declare global {
  interface HTMLElementTagNameMap {
    'qms-report-dossier-import': ReportDossierImport;
  }
}
