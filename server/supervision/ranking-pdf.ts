/**
 * The ranking as an A4 landscape PDF (pdfkit): a title block, then one table of the offices in rank
 * order with the total and the median office, its heading repeated on every page, and
 * "Trang n/N" at the foot. An office's name and group wrap onto as many lines as they need (the
 * row grows): the demo province's names share their first 35 characters ("Trung tâm Phục vụ hành
 * chính công …"), so a cut name tells no office apart. DejaVu Sans Condensed is embedded (subset)
 * for the Vietnamese diacritics: the PDF's standard fonts have none.
 */
import { createRequire } from 'node:module';
import { formatNumber, type Lang } from '../../shared/i18n/translate.js';
import { RANKING_HEADERS, rankingText } from '../../shared/i18n/ranking-messages.js';
import type { RankingColumn, RankingReport } from '../../shared/schemas/ranking.js';
import { ordered } from '../../shared/ranking-order.js';
import { dmy, rankedByText, rankingDigits, shown } from './ranking-cells.js';

const require = createRequire(import.meta.url);
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf');

/** The columns a page has room for; the sorted column is added when it is not among them. */
const PDF_COLUMNS: RankingColumn[] = [
  'issued',
  'served',
  'meanWaitMinutes',
  'medianWaitMinutes',
  'p90WaitMinutes',
  'withinTargetShare',
  'serviceMinutes',
  'satisfactionIndex',
  'fourLevelSatisfiedShare',
  'ratingsPer100',
  'complaints',
  'complaintsOnTimeShare',
  'feedbackOkShare',
  'dossiersEarly',
  'dossiersOnTime',
  'dossiersLate',
  'dossiersOnTimeShare',
];

const MARGIN = 28;
const ROW = 12;
const HEAD = 54;
const FOOT = 24;
const SIZE = 6.5;
const NAVY = '#1f3864';
/** the office and group cells, which wrap; the figures stay on one line */
const WRAPPED = new Set([2, 3]);

interface Line {
  cells: string[];
  bold: boolean;
}

function cellText(column: RankingColumn, f: Record<RankingColumn, number | null> & { p90WaitOverflow?: boolean }, lang: Lang): string {
  const v = shown(column, f[column]);
  if (v === null) return '';
  return formatNumber(v, rankingDigits(column), lang) + (column === 'p90WaitMinutes' && f.p90WaitOverflow ? '+' : '');
}

/** `total` labels the total's row (ranking-export.ts: the province's only over the whole deployment). */
export async function rankingPdf(r: RankingReport, lang: Lang, title: string, total: string, worstFirst = false): Promise<Buffer> {
  // loaded on the first PDF, not at start-up
  const { default: PDFDocument } = await import('pdfkit');
  const t = (key: Parameters<typeof rankingText>[0], p: Record<string, string | number> = {}) => rankingText(key, p, lang);
  const columns = PDF_COLUMNS.includes(r.sort) ? PDF_COLUMNS : [...PDF_COLUMNS, r.sort];
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    bufferPages: true,
    lang: lang === 'vi' ? 'vi-VN' : 'en-GB',
    info: { Title: title },
  });
  doc.registerFont('body', FONT);
  doc.registerFont('bold', FONT_BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - 2 * MARGIN;
  const fixed = [22, 24, 118, 62];
  const each = (width - fixed.reduce((a, b) => a + b, 0)) / columns.length;
  const widths = [...fixed, ...columns.map(() => each)];
  const headers = [t('rank'), t('previousRank'), t('office'), t('group'), ...columns.map((c) => RANKING_HEADERS[c][lang])];
  const sortedAt = 4 + columns.indexOf(r.sort);
  const fit = (text: string, w: number) => {
    if (doc.widthOfString(text) <= w) return text;
    let s = text;
    while (s.length > 1 && doc.widthOfString(`${s}…`) > w) s = s.slice(0, -1);
    return `${s}…`;
  };

  // the title block, on the first page only
  doc.font('bold').fontSize(13).fillColor(NAVY).text(title, MARGIN, MARGIN, { width });
  const lines = [
    t('previousTitle', { from: dmy(r.previousFrom), to: dmy(r.previousTo) }),
    rankedByText(r, worstFirst, lang),
    t('generatedAt', { at: new Date(r.generatedAt).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { timeZone: 'Asia/Ho_Chi_Minh' }) }),
  ];
  doc.font('body').fontSize(8.5).fillColor('black').text(lines.join('   ·   '), { width });
  let y = doc.y + 8;

  const header = () => {
    doc.rect(MARGIN, y, width, HEAD).fill('#e8edf5');
    let x = MARGIN;
    headers.forEach((h, i) => {
      const w = widths[i]! - 3;
      doc.font(i === sortedAt ? 'bold' : 'body').fillColor(i === sortedAt ? NAVY : 'black');
      // smaller type where a word of the heading would not fit its column (and break inside the word)
      let size = SIZE;
      const widest = () => Math.max(...h.split(/\s+/).map((word) => doc.fontSize(size).widthOfString(word)));
      while (size > 4.5 && widest() > w) size -= 0.25;
      doc.fontSize(size).text(h, x + 1.5, y + 2, { width: w, height: HEAD - 3, align: i === 2 || i === 3 ? 'left' : 'center' });
      x += widths[i]!;
    });
    y += HEAD;
  };
  const row = (line: Line, shade: boolean) => {
    const type = () => doc.font(line.bold ? 'bold' : 'body').fontSize(SIZE);
    // one line of type fits ROW; each further line of a wrapped name adds its height
    const tallest = Math.max(...line.cells.map((c, i) => (WRAPPED.has(i) ? type().heightOfString(c, { width: widths[i]! - 3 }) : 0)));
    const height = ROW + Math.max(0, tallest - type().currentLineHeight());
    if (y + height > doc.page.height - MARGIN - FOOT) {
      doc.addPage();
      y = MARGIN;
      header();
    }
    if (shade) doc.rect(MARGIN, y, width, height).fill('#f5f7fa');
    if (line.bold)
      doc
        .moveTo(MARGIN, y)
        .lineTo(MARGIN + width, y)
        .lineWidth(0.6)
        .stroke(NAVY);
    let x = MARGIN;
    type().fillColor('black');
    line.cells.forEach((c, i) => {
      const w = widths[i]! - 3;
      if (WRAPPED.has(i)) doc.text(c, x + 1.5, y + 3, { width: w, align: 'left' });
      // the ranks centred under their headings, clear of the name beside them; the figures to the right
      else doc.text(fit(c, w), x + 1.5, y + 3, { width: w, lineBreak: false, align: i < 2 ? 'center' : 'right' });
      x += widths[i]!;
    });
    y += height;
  };

  header();
  ordered(r.offices, !worstFirst).forEach((o, i) =>
    row(
      {
        cells: [
          o.rank === null ? '' : String(o.rank),
          o.previousRank === null ? '' : String(o.previousRank),
          o.name,
          o.group ?? '',
          ...columns.map((c) => cellText(c, o, lang)),
        ],
        bold: false,
      },
      i % 2 === 1,
    ),
  );
  row({ cells: ['', '', total, '', ...columns.map((c) => cellText(c, r.total, lang))], bold: true }, false);
  row({ cells: ['', '', t('median'), '', ...columns.map((c) => cellText(c, r.median, lang))], bold: true }, false);

  // the foot of every page: the note and "Trang n/N"
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const footY = doc.page.height - MARGIN - FOOT + 8;
    doc.font('body').fontSize(7).fillColor('#555555');
    doc.text(t('overflowNote'), MARGIN, footY, { width: width - 80, lineBreak: false });
    doc.text(t('page', { n: i + 1, of: range.count }), MARGIN + width - 80, footY, { width: 80, align: 'right', lineBreak: false });
  }
  doc.end();
  return done;
}
