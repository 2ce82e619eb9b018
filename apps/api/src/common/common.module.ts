import { Global, Module } from '@nestjs/common';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { SessionService } from './auth/session.service';
import { JobQueue } from './jobs/job-queue.service';
import { ScopeService } from './scope/scope.service';
import { DiskFileStorage, FileStorage, uploadsDir } from './storage/file-storage';

/** Services every feature uses: sessions, row-level scope, background jobs, file storage. */
@Global()
@Module({
  providers: [
    SessionService, ScopeService, JobQueue,
    { provide: FileStorage, inject: [ENV], useFactory: (env: Env) => new DiskFileStorage(uploadsDir(env.PTP_DATA_DIR)) },
  ],
  exports: [SessionService, ScopeService, JobQueue, FileStorage],
})
export class CommonModule {}
