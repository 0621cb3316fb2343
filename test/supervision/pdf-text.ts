/** Reading a PDF's text back in tests, as a reader's copy and paste gets it (Mozilla's pdf.js, in process). */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The PDF's text with every run of spaces and line breaks as one space, so a name wrapped onto two lines reads whole. */
export async function pdfText(pdf: Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(' '));
    }
    return pages.join('\n').normalize('NFC').replace(/\s+/g, ' ');
  } finally {
    await doc.destroy();
  }
}
