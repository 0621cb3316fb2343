/**
 * A chart.js chart as a Lit element: bar, line or doughnut, Vietnamese number format on the axes
 * and tooltips, no animation (so a printed page shows the final chart), resized before printing.
 * A canvas is only pixels to a screen reader: the chart is an image named by its `label`, and
 * described by its figures written out (WCAG 1.1.1).
 */
import { ArcElement, BarController, BarElement, CategoryScale, Chart, DoughnutController, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartConfiguration } from 'chart.js';
import { LitElement, css, html } from 'lit';
import { t } from '../../shared/i18n/reports-messages.js';
import { formatNumber } from '../../shared/i18n/translate.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, DoughnutController, ArcElement, Tooltip, Legend);
Chart.defaults.font.family = "system-ui, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";
Chart.defaults.font.size = 14;
Chart.defaults.color = '#1b1b1f';

export const COLORS = { navy: '#13294b', red: '#b3261e', gold: '#e0a800', green: '#2e7d4f', grey: '#9aa0ad', blue: '#3a6ea5', lightGreen: '#7cb98f', orange: '#e07b39' };

export class ReportChart extends LitElement {
  static override properties = { config: { attribute: false }, height: { type: Number }, label: {} };
  declare config: ChartConfiguration | undefined;
  declare height: number;
  /** what the chart shows, e.g. its panel's heading */
  declare label: string;
  private chart?: Chart;
  private onPrint = () => this.chart?.resize();

  constructor() {
    super();
    this.height = 280;
    this.label = '';
  }

  static override styles = css`
    :host { display: block; position: relative; break-inside: avoid; }
    div { position: relative; width: 100%; }
  `;

  override render() {
    return html`<div style="height:${this.height}px"><canvas role="img" aria-label=${this.label || t('chartData')} aria-describedby="figures"></canvas></div>
      <p id="figures" hidden>${this.config ? chartFigures(this.config) : ''}</p>`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.onPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onPrint);
    this.chart?.destroy();
    this.chart = undefined;
  }

  override updated(): void {
    if (!this.config) return;
    const canvas = this.renderRoot.querySelector('canvas')!;
    const cfg = withDefaults(this.config);
    if (this.chart && (this.chart.config as { type?: string }).type === cfg.type) {
      this.chart.data = cfg.data;
      this.chart.options = cfg.options ?? {};
      this.chart.update();
    } else {
      this.chart?.destroy();
      this.chart = new Chart(canvas, cfg);
    }
  }
}

const fmt = (v: unknown) => (typeof v === 'number' ? formatNumber(v, Number.isInteger(v) ? 0 : 1) : v === null || v === undefined ? '–' : String(v));

/** The chart's figures as a sentence per category: "Tư pháp: Số phiếu phát 12, Đã phục vụ 10. …" */
export function chartFigures(config: ChartConfiguration): string {
  const { labels = [], datasets } = config.data;
  return labels
    .map((label, i) => {
      const values = datasets.map((d) => `${d.label ? `${d.label} ` : ''}${fmt(d.data[i])}`);
      return `${String(label)}: ${values.join(', ')}.`;
    })
    .join(' ');
}

function withDefaults(config: ChartConfiguration): ChartConfiguration {
  const options: any = { responsive: true, maintainAspectRatio: false, animation: false, ...config.options };
  options.plugins = { legend: { position: 'bottom' }, ...options.plugins };
  options.plugins.tooltip = {
    callbacks: { label: (c: any) => `${c.dataset.label ? `${c.dataset.label}: ` : ''}${fmt(c.parsed?.y ?? c.parsed)}` },
    ...options.plugins.tooltip,
  };
  if (config.type !== 'doughnut') {
    options.scales = options.scales ?? {};
    for (const axis of ['y', 'y1']) {
      if (axis === 'y' || options.scales[axis]) options.scales[axis] = { beginAtZero: true, ...options.scales[axis], ticks: { callback: fmt, ...options.scales[axis]?.ticks } };
    }
  }
  return { ...config, options } as ChartConfiguration;
}

customElements.define('qms-report-chart', ReportChart);

declare global {
  interface HTMLElementTagNameMap {
    'qms-report-chart': ReportChart;
  }
}
