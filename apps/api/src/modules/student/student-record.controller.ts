import { Controller, Get, Param, ParseUUIDPipe, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Permission } from '@ptp/shared';
import { Can, CurrentUser } from '../../common/auth/decorators';
import { sendFile } from '../../common/export/send-file';
import type { AuthedRequest } from '../../common/graphql/context';
import type { User } from '../../common/auth/user.entity';
import { StudentExportQuery } from './dto/student-export.input';
import { StudentRecordService } from './student-record.service';

/**
 * A student's whole record as a PDF or a zip (FERPA's right to inspect): a student downloads their
 * own; staff who may export and see the student produce one with a purpose (never preceptors).
 * Each download is in the disclosure log.
 */
@Controller('api')
export class StudentRecordController {
  constructor(private readonly service: StudentRecordService) {}

  @Get('me/record.pdf')
  @Can(Permission.STUDENT_READ)
  async ownPdf(@CurrentUser() user: User, @Req() req: AuthedRequest, @Res() res: Response) {
    sendFile(res, await this.service.own(req, user, 'pdf'));
  }

  @Get('me/record.zip')
  @Can(Permission.STUDENT_READ)
  async ownZip(@CurrentUser() user: User, @Req() req: AuthedRequest, @Res() res: Response) {
    sendFile(res, await this.service.own(req, user, 'zip'));
  }

  @Get('students/:id/record.pdf')
  @Can(Permission.STUDENT_READ, Permission.COMPLIANCE_READ, Permission.REPORT_EXPORT)
  async staffPdf(@CurrentUser() user: User, @Req() req: AuthedRequest, @Param('id', new ParseUUIDPipe()) id: string, @Query() query: StudentExportQuery, @Res() res: Response) {
    sendFile(res, await this.service.forStaff(req, user, id, 'pdf', query.purpose));
  }

  @Get('students/:id/record.zip')
  @Can(Permission.STUDENT_READ, Permission.COMPLIANCE_READ, Permission.REPORT_EXPORT)
  async staffZip(@CurrentUser() user: User, @Req() req: AuthedRequest, @Param('id', new ParseUUIDPipe()) id: string, @Query() query: StudentExportQuery, @Res() res: Response) {
    sendFile(res, await this.service.forStaff(req, user, id, 'zip', query.purpose));
  }
}
