import { Global, Module } from '@nestjs/common';
import { loadEnv } from './env';

export const ENV = Symbol('ENV');

/** The validated environment, injectable as `@Inject(ENV) env: Env`. */
@Global()
@Module({ providers: [{ provide: ENV, useFactory: () => loadEnv() }], exports: [ENV] })
export class ConfigModule {}
