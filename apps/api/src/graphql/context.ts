import { todayIn } from '@ptp/shared';
import { requestIdOfHttp, type RequestContext } from '../common/graphql/context';
import type { Loaders } from './loaders';

/** Built once per GraphQL request (app.module). */
export interface GqlContext extends RequestContext {
  loaders: Loaders;
}

/** The request id (from the logger) that audit rows carry, to tie them to log lines. */
export const requestIdOf = (ctx: GqlContext): string | null => requestIdOfHttp(ctx.req);

/** Today's date in a program's time zone (the day its rules count by; docs/design.md), through the request's program loader. */
export async function programToday(ctx: GqlContext, programId: string): Promise<string> {
  const program = await ctx.loaders.program.load(programId);
  return todayIn(program?.timeZone ?? 'UTC');
}
