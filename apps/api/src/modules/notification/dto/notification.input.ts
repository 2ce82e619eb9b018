import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { IsOmittable } from '../../../common/graphql/validators';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { NotificationKind } from '@ptp/shared';
import { PageArgs } from '../../../common/graphql/connection';

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field({ defaultValue: false, description: 'Only those not read yet.' }) @IsOptional() @IsBoolean() unreadOnly: boolean = false;
}

@InputType()
export class UpdateNotificationPreferencesInput {
  @Field(() => Int, { nullable: true, description: 'Hour of the day (0–23, program time zone) digests are emailed.' })
  @IsOmittable()
  @IsInt()
  @Min(0, { message: 'digestHour: choose an hour from 0 to 23.' })
  @Max(23, { message: 'digestHour: choose an hour from 0 to 23.' })
  digestHour?: number;

  @Field(() => [NotificationKind], { nullable: true, description: 'Every kind not to email (in-app only); replaces the current list.' })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(50)
  @IsEnum(NotificationKind, { each: true })
  emailOff?: NotificationKind[];
}
