import { Module } from '@nestjs/common';
import { ClockInResolver, EnrollmentHoursResolver, HourEntryResolver } from './hours.resolver';
import { ClockService } from './clock.service';
import { HourReviewService } from './hour-review.service';
import { HoursService } from './hours.service';

/** The GraphQL resolvers of this feature (schema.ts builds the committed schema from every feature's list). */
export const HOURS_RESOLVERS = [HourEntryResolver, ClockInResolver, EnrollmentHoursResolver];

/** Hour entries: logging, clock-in/out, review and progress. */
@Module({
  providers: [HoursService, ClockService, HourReviewService, ...HOURS_RESOLVERS],
})
export class HoursModule {}
