import { Module } from '@nestjs/common';
import { AccountModule } from '../account/account.module';
import { NotificationModule } from '../notification/notification.module';
import { PlacementResolver, PreceptorResolver, SiteResolver } from './site.resolver';
import { SiteService } from './site.service';

/** The GraphQL resolvers of this feature (schema.ts builds the committed schema from every feature's list). */
export const SITE_RESOLVERS = [SiteResolver, PreceptorResolver, PlacementResolver];

/** Externship sites, preceptors and placements. */
@Module({
  imports: [AccountModule, NotificationModule],
  providers: [SiteService, ...SITE_RESOLVERS],
})
export class SiteModule {}
