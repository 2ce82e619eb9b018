import { Args, Context, Field, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DigestCadence, NOTIFICATION_KINDS, NotificationKind, notificationKindsFor } from '@ptp/shared';
import { CurrentUser } from '../../common/auth/decorators';
import { Connection, IdArgs } from '../../common/graphql/connection';
import type { GqlContext } from '../../graphql/context';
import type { User } from '../../common/auth/user.entity';
import { NotificationsArgs, UpdateNotificationPreferencesInput } from './dto/notification.input';
import { Notification } from './notification.entity';
import { NotificationService, PreferenceState } from './notification.service';
import { renderNotification } from './notification.text';

const NotificationConnection = Connection(Notification);

@ObjectType({ description: 'One kind of notification the person receives, and whether it is emailed.' })
export class NotificationKindSetting {
  @Field(() => NotificationKind) kind: NotificationKind;
  @Field() label: string;
  @Field({ description: 'Emailed (otherwise in the inbox only).' }) email: boolean;
  @Field(() => DigestCadence, { nullable: true, description: 'Emailed in this digest rather than on its own.' }) digest: DigestCadence | null;
}

@ObjectType({ description: 'How the signed-in person hears about things.' })
export class NotificationPreferences {
  @Field(() => Int, { description: 'Hour of the day (program time zone) daily and weekly digests are emailed; weekly ones on Mondays.' }) digestHour: number;
  @Field(() => [NotificationKindSetting], { description: 'The kinds sent to this person’s role.' }) kinds: NotificationKindSetting[];
}

const toPreferences = (user: User, p: PreferenceState): NotificationPreferences => ({
  digestHour: p.digestHour,
  kinds: notificationKindsFor(user.role).map((kind) => ({ kind, label: NOTIFICATION_KINDS[kind].label, email: !p.emailOff.includes(kind), digest: NOTIFICATION_KINDS[kind].digest })),
});

/** The inbox: every operation is the caller's own notifications, whatever their role. */
@Resolver(() => Notification)
export class NotificationResolver {
  constructor(private readonly service: NotificationService) {}

  @Query(() => NotificationConnection, { description: 'The signed-in person’s notifications, newest first.' })
  notifications(@CurrentUser() user: User, @Args() args: NotificationsArgs) {
    return this.service.list(user, args, args.unreadOnly);
  }

  @Query(() => Int, { description: 'How many of the signed-in person’s notifications are unread (the bell).' })
  unreadNotificationCount(@CurrentUser() user: User) {
    return this.service.unreadCount(user);
  }

  @Mutation(() => Notification)
  markNotificationRead(@CurrentUser() user: User, @Args() { id }: IdArgs) {
    return this.service.markRead(user, id);
  }

  @Mutation(() => Int, { description: 'Marks every unread notification read; returns how many.' })
  markAllNotificationsRead(@CurrentUser() user: User) {
    return this.service.markAllRead(user);
  }

  @Query(() => NotificationPreferences)
  async notificationPreferences(@CurrentUser() user: User): Promise<NotificationPreferences> {
    return toPreferences(user, await this.service.preferences(user));
  }

  @Mutation(() => NotificationPreferences)
  async updateNotificationPreferences(@CurrentUser() user: User, @Args('input') input: UpdateNotificationPreferencesInput): Promise<NotificationPreferences> {
    return toPreferences(user, await this.service.updatePreferences(user, input));
  }

  private async rendered(n: Notification, ctx: GqlContext) {
    const program = await ctx.loaders.program.load(n.programId);
    return renderNotification(n, { name: program?.name ?? '', timeZone: program?.timeZone ?? 'UTC' }, 'app');
  }

  @ResolveField(() => String)
  async title(@Parent() n: Notification, @Context() ctx: GqlContext) {
    return (await this.rendered(n, ctx)).title;
  }

  @ResolveField(() => String)
  async body(@Parent() n: Notification, @Context() ctx: GqlContext) {
    return (await this.rendered(n, ctx)).body;
  }

  @ResolveField(() => String, { description: 'Where it leads in the web app: the entry, placement, site or page it is about.' })
  async link(@Parent() n: Notification, @Context() ctx: GqlContext) {
    return (await this.rendered(n, ctx)).path;
  }

  @ResolveField(() => String, { description: 'The program it belongs to.' })
  async programName(@Parent() n: Notification, @Context() ctx: GqlContext) {
    return (await ctx.loaders.program.load(n.programId))?.name ?? '';
  }
}
