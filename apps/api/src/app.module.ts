import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AuthGuard } from './common/auth/auth.guard';
import { CommonModule } from './common/common.module';
import { webApp } from './common/http/web-app';
import type { AuthedRequest } from './common/graphql/context';
import type { GqlContext } from './graphql/context';
import { SqlCountingLogger, sqlCountPlugin } from './common/database/sql-counter';
import { formatError } from './common/graphql/errors';
import { DomainErrorFilter } from './common/graphql/http-errors.filter';
import { inputValuesPlugin } from './common/graphql/input-values';
import { complexityLimitPlugin, noStorePlugin, operationShapeRule } from './common/graphql/limits';
import { createLoaders } from './graphql/loaders';
import { createValidationPipe } from './common/graphql/validators';
import { ScopeService } from './common/scope/scope.service';
import { ConfigModule } from './config/config.module';
import { loadEnv } from './config/env';
import { dataSourceOptions } from './database/data-source';
import { AccountModule } from './modules/account/account.module';
import { AuditModule } from './modules/audit/audit.module';
import { CohortModule } from './modules/cohort/cohort.module';
import { CompetencyModule } from './modules/competency/competency.module';
import { ComplianceModule } from './modules/compliance/compliance.module';
import { EvaluationModule } from './modules/evaluation/evaluation.module';
import { ExamModule } from './modules/exam/exam.module';
import { HealthModule } from './modules/health/health.module';
import { HoursModule } from './modules/hours/hours.module';
import { MailModule } from './modules/mail/mail.module';
import { NotificationModule } from './modules/notification/notification.module';
import { OutcomeModule } from './modules/outcome/outcome.module';
import { ProgramModule } from './modules/program/program.module';
import { ReportModule } from './modules/report/report.module';
import { SiteModule } from './modules/site/site.module';
import { StudentModule } from './modules/student/student.module';
import { UserModule } from './modules/user/user.module';

/** The features, each a module with its own services, resolvers and controllers (docs/architecture.md). */
const FEATURES = [
  AuditModule, UserModule, AccountModule, NotificationModule, ProgramModule, CohortModule, StudentModule, SiteModule, HoursModule,
  ExamModule, OutcomeModule, ComplianceModule, CompetencyModule, EvaluationModule, ReportModule, HealthModule,
];

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
            // What a log line says about its request: no headers at all, so no cookie or token to redact. pino-http builds
            // this for every request whatever the level (the request's child logger); with the headers it was a sixth of
            // the CPU of a bare request (docs/performance.md §4).
            serializers: {
              req: (req: { id: unknown; method: string; url: string; remoteAddress?: string }) => ({ id: req.id, method: req.method, url: req.url, remoteAddress: req.remoteAddress }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
            genReqId: (req, res) => {
              const id = (req.headers['x-request-id'] as string | undefined)?.slice(0, 64) ?? crypto.randomUUID();
              res.setHeader('x-request-id', id);
              return id;
            },
          },
        }),
        TypeOrmModule.forRoot(dataSourceOptions(env.DATABASE_URL, env.DATABASE_POOL_SIZE, env.PTP_SQL_COUNT ? new SqlCountingLogger() : undefined)),
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
        ...FEATURES,
        ...webApp(env.WEB_DIST_DIR),
      ],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
      ],
    };
  }
}
