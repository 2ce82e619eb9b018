import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { EvaluationKind, Permission } from '@ptp/shared';
import type { Response } from 'express';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Can, CurrentUser } from '../../common/auth/decorators';
import { SameOrigin } from '../../common/auth/same-origin';
import { sendFile } from '../../common/export/send-file';
import { requestIdOfHttp, type AuthedRequest } from '../../common/graphql/context';
import type { User } from '../../common/auth/user.entity';
import { EvaluationSummaryService } from './evaluation-summary.service';

/** Query string of the evaluations CSV. */
export class EvaluationExportQuery {
  @IsEnum(EvaluationKind, { message: 'kind must be MIDTERM, FINAL or SITE' }) kind: EvaluationKind;
  @IsOptional() @IsUUID('all', { message: 'siteId must be a site id' }) siteId?: string;
  @IsOptional() @IsUUID('all', { message: 'cohortId must be a cohort id' }) cohortId?: string;
  @IsOptional() @IsString() @MaxLength(500, { message: 'purpose must be at most 500 characters' }) purpose?: string;
}

/** The submitted evaluations of a site or cohort, item by item, for staff who may export; each download is in the disclosure log. */
@Controller('api')
@SameOrigin()
export class EvaluationExportController {
  constructor(private readonly summaries: EvaluationSummaryService) {}

  @Get('evaluations.csv')
  @Can(Permission.EVALUATION_READ, Permission.REPORT_EXPORT)
  async csv(@CurrentUser() user: User, @Req() req: AuthedRequest, @Query() query: EvaluationExportQuery, @Res() res: Response) {
    const { purpose, ...input } = query;
    sendFile(res, await this.summaries.exportCsv(user, requestIdOfHttp(req), input, purpose ?? null));
  }
}
