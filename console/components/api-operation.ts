/** One route of the API reference: who may call it, its parameters, its body, its answers and refusals, with examples. */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { apiText, at } from '../../shared/i18n/api-messages.js';
import { anchorOf, errorCodes, exampleValue, inlineText, typeLabel, type Answer, type ApiDocument, type Entry, type Media } from '../lib/api-document.js';
import { apiStyles } from '../styles/api.js';
import './api-schema.js';

const json = (value: unknown) => JSON.stringify(value, null, 2);

export class ApiOperation extends LitElement {
  static override properties = { doc: { attribute: false }, entry: { attribute: false } };
  declare doc: ApiDocument;
  declare entry: Entry;
  static override styles = apiStyles;

  override render() {
    const { method, path, op } = this.entry;
    // the description's first paragraph is who may call it, written out below from x-roles in the page's language
    const text = (op.description ?? '').split('\n\n').filter((p) => !p.startsWith('**Who:**'));
    return html`
      <article aria-labelledby=${`${anchorOf(this.entry)}-h`}>
        <h3 id=${`${anchorOf(this.entry)}-h`}><span class="method ${method}">${method.toUpperCase()}</span> <span class="path">${path}</span></h3>
        <p><strong>${op.summary}</strong></p>
        ${text.map((p) => html`<p>${inlineText(p)}</p>`)}
        <p>
          ${at('who')}: ${op['x-roles'].map((w) => html`<span class="chip">${apiText('who', w)}</span>`)}
          ${op['x-scope'] ? html`<span class="muted">${at(op['x-scope'] === 'counter' ? 'scopeCounter' : 'scopeOffice')}</span>` : nothing}
        </p>
        ${this.parameters()} ${this.body()}
        <h4>${at('responses')}</h4>
        ${Object.entries(op.responses).map(([status, answer]) => this.answer(status, answer))}
      </article>
    `;
  }

  private parameters(): TemplateResult | typeof nothing {
    const list = this.entry.op.parameters;
    if (!list.length) return nothing;
    return html`<h4>${at('parameters')}</h4>
      <table>
        <thead>
          <tr><th>${at('name')}</th><th>${at('where')}</th><th>${at('type')}</th><th>${at('description')}</th></tr>
        </thead>
        <tbody>
          ${list.map(
            (p) => html`<tr>
              <td><code>${p.name}</code> ${p.required ? html`<span class="req" title=${at('required')}>*</span>` : nothing}</td>
              <td>${p.in}</td>
              <td>${typeLabel(p.schema)}${p.schema.pattern ? html`<br /><code>${String(p.schema.pattern)}</code>` : nothing}</td>
              <td>${p.description ? inlineText(p.description) : nothing}</td>
            </tr>`,
          )}
        </tbody>
      </table>`;
  }

  private body(): TemplateResult | typeof nothing {
    const body = this.entry.op.requestBody;
    const media = body?.content['application/json'];
    if (!body || !media?.schema) return nothing;
    return html`<h4>${at('requestBody')} ${body.required ? nothing : html`<span class="muted">(${at('bodyOptional')})</span>`}</h4>
      <qms-api-schema .doc=${this.doc} .schema=${media.schema}></qms-api-schema>
      ${this.example(media)}`;
  }

  private answer(status: string, answer: Answer): TemplateResult {
    const codes = errorCodes(answer);
    const failed = status === 'default' || Number(status) >= 400;
    const media = answer.content?.['application/json'];
    const files = Object.keys(answer.content ?? {}).filter((t) => t !== 'application/json');
    return html`<div>
      <p>
        <span class="status ${failed ? 'bad' : 'ok'}">${status}</span> ${codes.length ? nothing : inlineText(answer.description)}
        ${codes.length ? html`${at('errorCodes')}: ${codes.map((c) => html`<code>${c}</code> `)}` : nothing}
        ${!answer.content ? html`<span class="muted">(${at('noBody')})</span>` : nothing}
        ${files.map((f) => html`<span class="chip">${at('file', { type: f })}</span>`)}
      </p>
      ${
        answer.headers
          ? html`<p class="muted">${at('headers')}: ${Object.entries(answer.headers).map(([h, d]) => html`<code>${h}</code> ${d.description ?? ''} `)}</p>`
          : nothing
      }
      ${
        media?.schema && !codes.length && !failed
          ? html`<details>
            <summary>${at('schema')}: ${typeLabel(media.schema)}</summary>
            <qms-api-schema .doc=${this.doc} .schema=${media.schema}></qms-api-schema>
          </details>`
          : nothing
      }
      ${media ? this.example(media) : nothing}
    </div>`;
  }

  private example(media: Media): TemplateResult | typeof nothing {
    const examples = media.example !== undefined ? [media.example] : Object.values(media.examples ?? {}).map((e) => exampleValue(this.doc, e));
    if (!examples.length) return nothing;
    return html`<details>
      <summary>${at('example')}</summary>
      ${examples.map((e) => html`<pre>${json(e)}</pre>`)}
    </details>`;
  }
}

customElements.define('qms-api-operation', ApiOperation);
declare global {
  interface HTMLElementTagNameMap {
    'qms-api-operation': ApiOperation;
  }
}
