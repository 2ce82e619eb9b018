import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';

/** GET /health: the database answers (503 when it does not). */
@Module({ imports: [TerminusModule], controllers: [HealthController] })
export class HealthModule {}
