import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Permission } from '@ptp/shared';
import { Can, CurrentUser } from '../../common/auth/decorators';
import { SameOrigin } from '../../common/auth/same-origin';
import { recordDisclosure } from '../../common/export/disclosure';
import type { AuthedRequest } from '../../common/graphql/context';
import type { User } from '../../common/auth/user.entity';
import { ReportExportQuery, SnapshotExportQuery } from './dto/report.input';
import { ReportArchiveService, storedToReport } from './report-archive.service';
import { exportFileName, renderCsvZip, renderPdf, reportDisclosure } from './report.export';
import { ReportService } from './report.service';
import type { OutcomeReport } from './report.types';

/**
 * Report downloads (PDF, or a zip of CSV files) with the session cookie, like /api/documents.
 * Every download is written to the disclosure log before the file is sent.
 */
@Controller('api/reports')
@SameOrigin()
export class ReportsController {
  constructor(
    private readonly service: ReportService,
    private readonly archive: ReportArchiveService,
    private readonly ds: DataSource,
  ) {}

  @Get('export')
  @Can(Permission.REPORT_EXPORT)
  async export(@CurrentUser() user: User, @Req() req: AuthedRequest, @Query() query: ReportExportQuery, @Res() res: Response) {
    const report = await this.service.generate(user, query);
    await this.send(user, req, res, report, query.format, query.purpose ?? null, null);
  }

  @Get('snapshots/:id/export')
  @Can(Permission.REPORT_EXPORT)
  async exportSnapshot(
    @CurrentUser() user: User, @Req() req: AuthedRequest, @Param('id') id: string, @Query() query: SnapshotExportQuery, @Res() res: Response,
  ) {
    const snapshot = await this.archive.getSnapshot(user, id);
    await this.send(user, req, res, storedToReport(snapshot.id, snapshot.data), query.format, query.purpose ?? null, snapshot.title);
  }

  private async send(
    user: User, req: AuthedRequest, res: Response, report: OutcomeReport, format: 'pdf' | 'csv', purpose: string | null, snapshotTitle: string | null,
  ) {
    const meta = { timeZone: await this.service.timeZoneOf(report.programIds), snapshotTitle };
    const body = format === 'pdf' ? await renderPdf(report, meta) : renderCsvZip(report, meta);
    await recordDisclosure(this.ds, user, req.id == null ? null : String(req.id), reportDisclosure(report, format, purpose));
    res.setHeader('Content-Type', format === 'pdf' ? 'application/pdf' : 'application/zip');
    res.setHeader('Content-Length', String(body.length));
    res.setHeader('Content-Disposition', `attachment; filename="${exportFileName(report, format === 'pdf' ? 'pdf' : 'zip')}"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.end(body);
  }
}
