import { Module } from '@nestjs/common';
import { NotificationModule } from '../notification/notification.module';
import {
  CohortDashboardEvaluationsResolver, EnrollmentEvaluationsResolver, EvaluationFormResolver, EvaluationResolver, EvaluationSlotResolver, EvaluationSummaryResolver,
} from './evaluation.resolver';
import { EvaluationExportController } from './evaluation-export.controller';
import { EvaluationFormService } from './evaluation-form.service';
import { EvaluationSummaryService } from './evaluation-summary.service';
import { EvaluationService } from './evaluation.service';

/** The GraphQL resolvers of this feature (schema.ts builds the committed schema from every feature's list). */
export const EVALUATION_RESOLVERS = [
  EvaluationResolver, EvaluationSlotResolver, EvaluationFormResolver, EvaluationSummaryResolver, EnrollmentEvaluationsResolver, CohortDashboardEvaluationsResolver,
];

/** Evaluation forms, preceptor evaluations of students and students' evaluations of sites (docs/evaluations.md). */
@Module({
  imports: [NotificationModule],
  controllers: [EvaluationExportController],
  providers: [EvaluationFormService, EvaluationService, EvaluationSummaryService, ...EVALUATION_RESOLVERS],
  // The student record prints the preceptor evaluations (EvaluationService.forRecord).
  exports: [EvaluationService],
})
export class EvaluationModule {}
