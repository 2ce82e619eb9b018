import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AuthGuard } from './common/auth/auth.guard';
import { CommonModule } from './common/common.module';
import { webApp } from './common/http/web-app';
import type { AuthedRequest, GqlContext } from './common/graphql/context';
import { SqlCountingLogger, sqlCountPlugin } from './common/database/sql-counter';
import { formatError } from './common/graphql/errors';
import { inputValuesPlugin } from './common/graphql/input-values';
import { complexityLimitPlugin, noStorePlugin, operationShapeRule } from './common/graphql/limits';
import { createLoaders } from './common/graphql/loaders';
import { createValidationPipe } from './common/graphql/validators';
import { ScopeService } from './common/scope/scope.service';
import { ConfigModule } from './config/config.module';
import { loadEnv } from './config/env';
import { dataSourceOptions } from './database/data-source';
import { AccountService } from './modules/account/account.service';
import { SystemAdminService } from './modules/account/system-admin.service';
import { ApiTokenService } from './modules/account/api-token.service';
import { SsoController } from './modules/account/sso.controller';
import { SsoService } from './modules/account/sso.service';
import { CohortService } from './modules/cohort/cohort.service';
import { MailModule } from './modules/mail/mail.module';
import { HealthController } from './modules/health/health.controller';
import { ProgramService } from './modules/program/program.service';
import { ReportsController } from './modules/report/report.controller';
import { ReportService } from './modules/report/report.service';
import { ExamService } from './modules/exam/exam.service';
import { ComplianceService } from './modules/compliance/compliance.service';
import { DocumentsController } from './modules/compliance/documents.controller';
import { JobsService } from './modules/compliance/jobs.service';
import { DiskFileStorage, FileStorage, uploadsDir } from './common/storage/file-storage';
import { DomainErrorFilter } from './common/graphql/http-errors.filter';
import { HoursService } from './modules/hours/hours.service';
import { NotificationJobs } from './modules/notification/notification-jobs.service';
import { NotificationService } from './modules/notification/notification.service';
import { SiteService } from './modules/site/site.service';
import { StudentExportsController } from './modules/student/student-export.controller';
import { StudentExportService } from './modules/student/student-export.service';
import { StudentRecordController } from './modules/student/student-record.controller';
import { StudentRecordService } from './modules/student/student-record.service';
import { StudentImportService } from './modules/student/student-import.service';
import { StudentService } from './modules/student/student.service';
import { RESOLVERS } from './resolvers';

/** DATABASE_URL must be set by the caller (main.ts starts the embedded database when it is not). */
@Module({})
export class AppModule {
  static forRoot(): DynamicModule {
    const env = loadEnv();
    if (!env.DATABASE_URL) throw new Error('DATABASE_URL is not set (main.ts sets it for the embedded database).');
    return {
      module: AppModule,
      imports: [
        ConfigModule,
        CommonModule,
        MailModule,
        LoggerModule.forRoot({
          pinoHttp: {
            level: env.LOG_LEVEL,
            autoLogging: env.NODE_ENV !== 'test',
            redact: ['req.headers.cookie', 'res.headers["set-cookie"]'],
            genReqId: (req, res) => {
              const id = (req.headers['x-request-id'] as string | undefined)?.slice(0, 64) ?? crypto.randomUUID();
              res.setHeader('x-request-id', id);
              return id;
            },
          },
        }),
        TypeOrmModule.forRoot(dataSourceOptions(env.DATABASE_URL, env.DATABASE_POOL_SIZE, env.PTP_SQL_COUNT ? new SqlCountingLogger() : undefined)),
        TerminusModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [DataSource, ScopeService],
          useFactory: (ds: DataSource, scope: ScopeService) => ({
            autoSchemaFile: true,
            sortSchema: true,
            path: '/graphql',
            playground: false,
            // In production the schema is not for browsing: no introspection, no "Did you mean …?".
            introspection: env.NODE_ENV !== 'production',
            hideSchemaDetailsFromClientErrors: env.NODE_ENV === 'production',
            validationRules: [operationShapeRule(env.GRAPHQL_MAX_DEPTH, env.GRAPHQL_MAX_FIELDS)],
            plugins: [
              inputValuesPlugin(),
              complexityLimitPlugin(env.GRAPHQL_MAX_COMPLEXITY),
              ApolloServerPluginCacheControlDisabled(),
              noStorePlugin,
              ...(env.PTP_SQL_COUNT ? [sqlCountPlugin] : []),
            ],
            formatError,
            context: ({ req, res }: { req: AuthedRequest; res: GqlContext['res'] }): GqlContext => ({ req, res, loaders: createLoaders(ds, scope, req) }),
          }),
        }),
        ...webApp(env.WEB_DIST_DIR),
      ],
      controllers: [HealthController, DocumentsController, ReportsController, StudentExportsController, StudentRecordController, SsoController],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        AccountService,
        SystemAdminService,
        ApiTokenService,
        SsoService,
        ProgramService,
        CohortService,
        StudentService,
        StudentImportService,
        StudentExportService,
        StudentRecordService,
        SiteService,
        HoursService,
        ExamService,
        ComplianceService,
        JobsService,
        ReportService,
        NotificationService,
        NotificationJobs,
        { provide: FileStorage, useFactory: () => new DiskFileStorage(uploadsDir(env.PTP_DATA_DIR)) },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        ...RESOLVERS,
      ],
    };
  }
}
