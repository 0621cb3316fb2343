/** Sends a report file as a download that no cache keeps. */
import type { Response } from 'express';
import type { ExportFile } from '../reports/report-export.js';

export function sendFile(res: Response, file: ExportFile): void {
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
  res.setHeader('Cache-Control', 'no-store');
  res.send(file.body);
}
