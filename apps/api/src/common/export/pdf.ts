import PDFDocument from 'pdfkit';

/** The page layout every export PDF uses, so reports and records print alike. */
const PAGE_MARGIN = 36;
/** Kept free above the bottom margin for the "Page X of Y" line. */
const FOOTER_SPACE = 24;
export const PDF_INK = '#1f2933';
export const PDF_MUTED = '#52606d';
const RULE = '#cbd2d9';

/** Windows-1252 extras the standard PDF fonts can draw beside Latin-1. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Text the standard PDF fonts can draw: a minus sign becomes a hyphen, other missing glyphs "?". */
export function pdfSafe(text: string): string {
  return text.replace(/\u2212/g, '-').replace(/[^\x20-\x7e\xa0-\xff\n]/gu, (ch) => (WIN_ANSI_EXTRA.has(ch) ? ch : '?'));
}

/** Relative column weights as widths in points that fill `width`. */
export function spreadWidths(weights: number[], width: number): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (w / total) * width);
}

/** A cell: its text, and a colour when it must stand out (e.g. a rate under its benchmark). */
export interface PdfCell {
  text: string;
  color?: string;
}

export interface PdfTable {
  title: string;
  columns: string[];
  /** Column widths in points, together the writer's `width` (see `spreadWidths`). */
  widths: number[];
  rows: (string | PdfCell)[][];
  /** Printed in italics under the table. */
  note?: string | null;
  /** Printed in italics under the header when there are no rows; nothing is printed when unset. */
  emptyText?: string;
}

/** What differs between the documents' tables: sizes and how much room a title needs below it. */
export interface PdfTableLook {
  titleSize: number;
  /** Space (in lines) between the title and the header row. */
  titleGap: number;
  fontSize: number;
  /** A title closer than this to the bottom starts a new page, so it is not left alone. */
  keepWithTitle: number;
}

/**
 * A letter-landscape PDF kept in memory: pages stay buffered so `finish` can stamp "Page X of Y"
 * once the count is known. Text drawn on pages goes through `pdfSafe`; the document info may be Unicode.
 */
export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  /** Left edge of the text. */
  readonly left = PAGE_MARGIN;
  /** Width between the margins. */
  readonly width: number;
  private readonly bytes: Promise<Buffer>;

  constructor(info: PDFKit.DocumentInfo) {
    const doc = new PDFDocument({ size: 'LETTER', layout: 'landscape', margin: PAGE_MARGIN, bufferPages: true, info });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    this.bytes = new Promise<Buffer>((resolve, reject) => {
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);
    });
    this.doc = doc;
    this.width = doc.page.width - 2 * PAGE_MARGIN;
  }

  /** Lowest y content may reach on the current page, leaving room for the footer. */
  bottom(): number {
    return this.doc.page.height - PAGE_MARGIN - FOOTER_SPACE;
  }

  /** A titled table with a rule under each row; a row that does not fit opens a page that repeats the header. */
  table(table: PdfTable, look: PdfTableLook): void {
    const { doc, left, width } = this;
    const colW = table.widths;
    const colX = colW.map((_, i) => left + colW.slice(0, i).reduce((a, b) => a + b, 0));
    const header = table.columns.map((text): PdfCell => ({ text }));

    if (doc.y + look.keepWithTitle > this.bottom()) doc.addPage();
    doc.fillColor(PDF_INK).font('Helvetica-Bold').fontSize(look.titleSize).text(pdfSafe(table.title), left, doc.y, { width });
    doc.moveDown(look.titleGap);

    const drawRow = (cells: PdfCell[], bold: boolean) => {
      doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(look.fontSize);
      const texts = cells.map((c) => pdfSafe(c.text) || ' ');
      const h = Math.max(...texts.map((t, i) => doc.heightOfString(t, { width: colW[i] - 6 }))) + 5;
      if (doc.y + h > this.bottom()) {
        doc.addPage();
        if (!bold) drawRow(header, true);
        doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(look.fontSize);
      }
      const y = doc.y;
      cells.forEach((c, i) => doc.fillColor(c.color ?? PDF_INK).text(texts[i], colX[i] + 2, y + 2.5, { width: colW[i] - 6 }));
      doc.moveTo(left, y + h).lineTo(left + width, y + h).lineWidth(0.5).strokeColor(RULE).stroke();
      doc.x = left;
      doc.y = y + h;
    };
    drawRow(header, true);
    if (table.rows.length === 0 && table.emptyText) {
      doc.moveDown(0.2).fillColor(PDF_MUTED).font('Helvetica-Oblique').fontSize(look.fontSize).text(pdfSafe(table.emptyText), left + 2, doc.y, { width });
    }
    for (const row of table.rows) drawRow(row.map((c) => (typeof c === 'string' ? { text: c } : c)), false);
    if (table.note) doc.moveDown(0.3).fillColor(PDF_MUTED).font('Helvetica-Oblique').fontSize(7.5).text(pdfSafe(table.note), left, doc.y, { width });
    doc.fillColor(PDF_INK).moveDown(1);
  }

  /** Stamps `footer` and "Page X of Y" on every page, ends the document and resolves to its bytes. */
  finish(footer: string): Promise<Buffer> {
    const { doc, left, width } = this;
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const y = doc.page.height - PAGE_MARGIN - 10;
      const oldBottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0; // writing below the margin must not open a new page
      doc.font('Helvetica').fontSize(7.5).fillColor(PDF_MUTED);
      doc.text(pdfSafe(footer), left, y, { width: width * 0.75, lineBreak: false, ellipsis: true });
      doc.text(`Page ${i - range.start + 1} of ${range.count}`, left, y, { width, align: 'right', lineBreak: false });
      doc.page.margins.bottom = oldBottom;
    }
    doc.end();
    return this.bytes;
  }
}
