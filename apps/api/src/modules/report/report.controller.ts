import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Permission } from '@ptp/shared';
import { Can, CurrentUser } from '../../common/auth/decorators';
import { SameOrigin } from '../../common/auth/same-origin';
import { sendFile } from '../../common/export/send-file';
import { requestIdOfHttp, type AuthedRequest } from '../../common/graphql/context';
import type { User } from '../../common/auth/user.entity';
import { ReportExportQuery, SnapshotExportQuery } from './dto/report.input';
import { ReportArchiveService, storedToReport } from './report-archive.service';
import { ReportService } from './report.service';

/**
 * Report downloads (PDF, or a zip of CSV files) with the session cookie, like /api/documents.
 * Every download is written to the disclosure log before the file is sent (ReportService.exportFile).
 */
@Controller('api/reports')
@SameOrigin()
export class ReportsController {
  constructor(
    private readonly service: ReportService,
    private readonly archive: ReportArchiveService,
  ) {}

  @Get('export')
  @Can(Permission.REPORT_EXPORT)
  async export(@CurrentUser() user: User, @Req() req: AuthedRequest, @Query() query: ReportExportQuery, @Res() res: Response) {
    const report = await this.service.generate(user, query);
    sendFile(res, await this.service.exportFile(user, requestIdOfHttp(req), report, { format: query.format, purpose: query.purpose ?? null, snapshotTitle: null }));
  }

  @Get('snapshots/:id/export')
  @Can(Permission.REPORT_EXPORT)
  async exportSnapshot(
    @CurrentUser() user: User, @Req() req: AuthedRequest, @Param('id') id: string, @Query() query: SnapshotExportQuery, @Res() res: Response,
  ) {
    const snapshot = await this.archive.getSnapshot(user, id);
    const report = storedToReport(snapshot.id, snapshot.data);
    sendFile(res, await this.service.exportFile(user, requestIdOfHttp(req), report, { format: query.format, purpose: query.purpose ?? null, snapshotTitle: snapshot.title }));
  }
}
