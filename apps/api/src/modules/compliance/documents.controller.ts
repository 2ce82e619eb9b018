import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { Permission } from '@ptp/shared';
import { IsUUID } from 'class-validator';
import { Can, CurrentUser } from '../../common/auth/decorators';
import { SameOrigin } from '../../common/auth/same-origin';
import { requestIdOfHttp, type AuthedRequest } from '../../common/graphql/context';
import { User } from '../../common/auth/user.entity';
import { ComplianceService } from './compliance.service';
import { MAX_UPLOAD_BYTES } from './file-types';

/** The part of multer's file object we use. */
interface UploadedDocument {
  buffer: Buffer;
  originalname: string;
  size: number;
}

class UploadBody {
  @IsUUID('all', { message: 'enrollmentId must be an enrollment id' })
  enrollmentId: string;
}

/** Document upload and download: multipart does not fit GraphQL well, so two small REST routes. */
@Controller('api/documents')
@SameOrigin()
export class DocumentsController {
  constructor(private readonly service: ComplianceService) {}

  @Post()
  @HttpCode(201)
  @Can(Permission.COMPLIANCE_SUBMIT)
  // One byte over the limit is enough to know the file is too large, and to say so.
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES + 1, files: 1 } }))
  async upload(@CurrentUser() user: User, @Req() req: AuthedRequest, @Body() body: UploadBody, @UploadedFile() file?: UploadedDocument) {
    const doc = await this.service.upload(user, requestIdOfHttp(req), body.enrollmentId, file);
    return { id: doc.id, contentType: doc.contentType, sizeBytes: doc.sizeBytes, originalName: doc.originalName };
  }

  @Get(':id')
  @Can(Permission.COMPLIANCE_READ)
  async download(@CurrentUser() user: User, @Req() req: AuthedRequest, @Param('id', new ParseUUIDPipe()) id: string, @Res() res: Response) {
    const { doc, stream } = await this.service.openDocument(user, requestIdOfHttp(req), id);
    res.setHeader('Content-Type', doc.contentType);
    res.setHeader('Content-Length', String(doc.sizeBytes));
    res.setHeader('Content-Disposition', `inline; filename="${doc.originalName.replace(/[^\w.\- ]/g, '_')}"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    stream.pipe(res);
  }
}
