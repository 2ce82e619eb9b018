import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Permission } from '@ptp/shared';
import { Can, CurrentUser } from '../../common/auth/decorators';
import { SameOrigin } from '../../common/auth/same-origin';
import { sendFile } from '../../common/export/send-file';
import { requestIdOfHttp, type AuthedRequest } from '../../common/graphql/context';
import type { User } from '../../common/auth/user.entity';
import { StudentExportQuery } from './dto/student-export.input';
import { StudentExportService } from './student-export.service';

/**
 * Roster and hour-log downloads with the session cookie, like the report exports. Cohort-wide files
 * are for staff who may export (REPORT_EXPORT); one enrollment's hours for anyone who may read them
 * (a student their own, a preceptor their placement's). Each download is in the disclosure log.
 */
@Controller('api')
@SameOrigin()
export class StudentExportsController {
  constructor(private readonly service: StudentExportService) {}

  @Get('cohorts/:id/roster.csv')
  @Can(Permission.STUDENT_READ, Permission.REPORT_EXPORT)
  async roster(@CurrentUser() user: User, @Req() req: AuthedRequest, @Param('id') id: string, @Query() query: StudentExportQuery, @Res() res: Response) {
    sendFile(res, await this.service.roster(user, requestIdOfHttp(req), id, query.purpose ?? null));
  }

  @Get('cohorts/:id/hours.csv')
  @Can(Permission.HOURS_READ, Permission.REPORT_EXPORT)
  async cohortHours(@CurrentUser() user: User, @Req() req: AuthedRequest, @Param('id') id: string, @Query() query: StudentExportQuery, @Res() res: Response) {
    sendFile(res, await this.service.cohortHours(user, requestIdOfHttp(req), id, query.purpose ?? null));
  }

  @Get('enrollments/:id/hours.csv')
  @Can(Permission.HOURS_READ)
  async enrollmentHours(@CurrentUser() user: User, @Req() req: AuthedRequest, @Param('id') id: string, @Query() query: StudentExportQuery, @Res() res: Response) {
    sendFile(res, await this.service.enrollmentHours(user, requestIdOfHttp(req), id, query.purpose ?? null));
  }
}

