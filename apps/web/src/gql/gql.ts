/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      displayName\n      role\n      expiresAt\n    }\n  }\n": typeof types.InvitationDocument,
    "\n  mutation AcceptInvitation($input: SetPasswordWithTokenInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        ...CurrentUser\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: SetPasswordWithTokenInput!) {\n    resetPassword(input: $input) {\n      user {\n        ...CurrentUser\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment ApiTokenRow on ApiToken {\n    id\n    name\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    status\n  }\n": typeof types.ApiTokenRowFragmentDoc,
    "\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenRow\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenRow\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenRow\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  fragment CurrentUser on User {\n    id\n    email\n    displayName\n    role\n    permissions\n    studentId\n    timeZone\n  }\n": typeof types.CurrentUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        ...CurrentUser\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query AuthConfig {\n    authConfig {\n      passwordLoginEnabled\n      ssoEnabled\n      ssoLabel\n    }\n  }\n": typeof types.AuthConfigDocument,
    "\n  query Cohorts($first: Int!, $after: String, $filter: CohortFilter) {\n    cohorts(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          startDate\n          expectedEndDate\n          externshipStartDate\n          externshipEndDate\n          activeCount\n          program {\n            id\n            name\n          }\n          instructors {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.CohortsDocument,
    "\n  query ProgramOptions {\n    programs(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ProgramOptionsDocument,
    "\n  query Instructors {\n    instructors {\n      id\n      displayName\n      email\n    }\n  }\n": typeof types.InstructorsDocument,
    "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      id\n      code\n    }\n  }\n": typeof types.CreateCohortDocument,
    "\n  query Cohort($id: ID!) {\n    cohort(id: $id) {\n      id\n      code\n      name\n      startDate\n      expectedEndDate\n      externshipStartDate\n      externshipEndDate\n      activeCount\n      enrollmentCount\n      program {\n        id\n        name\n        timeZone\n      }\n      instructors {\n        id\n        displayName\n        email\n      }\n    }\n  }\n": typeof types.CohortDocument,
    "\n  mutation AssignInstructors($input: AssignInstructorsInput!) {\n    assignInstructors(input: $input) {\n      id\n      instructors {\n        id\n        displayName\n        email\n      }\n    }\n  }\n": typeof types.AssignInstructorsDocument,
    "\n  query Roster($first: Int!, $after: String, $filter: EnrollmentFilter!, $orderBy: EnrollmentOrder) {\n    enrollments(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          enrolledOn\n          status\n          statusSince\n          student {\n            id\n            fullName\n            studentNumber\n          }\n          progress {\n            requiredMinutes\n            approvedMinutes\n            pendingMinutes\n            projectedCompletionDate\n            complete\n            atRisk\n            atRiskReason\n          }\n        }\n      }\n    }\n  }\n": typeof types.RosterDocument,
    "\n  mutation EnrollStudent($input: EnrollStudentInput!) {\n    enrollStudent(input: $input) {\n      id\n      student {\n        id\n        fullName\n      }\n    }\n  }\n": typeof types.EnrollStudentDocument,
    "\n  query PreviewStudentImport($input: StudentImportInput!) {\n    previewStudentImport(input: $input) {\n      validCount\n      errorCount\n      rows {\n        line\n        status\n        errors\n        existingStudentId\n        startDate\n      }\n    }\n  }\n": typeof types.PreviewStudentImportDocument,
    "\n  mutation ImportStudents($input: StudentImportInput!) {\n    importStudents(input: $input) {\n      importedCount\n      skippedCount\n      invitedCount\n      imported {\n        line\n        studentId\n        enrollmentId\n        name\n        email\n      }\n      skipped {\n        line\n        errors\n      }\n    }\n  }\n": typeof types.ImportStudentsDocument,
    "\n  query EnrollmentCompetencies($id: ID!) {\n    enrollment(id: $id) {\n      id\n      competencyChecklist {\n        competency {\n          id\n          code\n          domain\n          domainNumber\n          level\n          summary\n          sortOrder\n        }\n        signoff {\n          id\n          signedOn\n          note\n          signedBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.EnrollmentCompetenciesDocument,
    "\n  mutation SignOffCompetency($input: SignOffCompetencyInput!) {\n    signOffCompetency(input: $input) {\n      id\n      competencyId\n      signedOn\n      note\n    }\n  }\n": typeof types.SignOffCompetencyDocument,
    "\n  fragment ComplianceRecordFields on ComplianceRecord {\n    id\n    status\n    completedOn\n    expiresOn\n    reviewReason\n    documentUrl\n    createdAt\n  }\n": typeof types.ComplianceRecordFieldsFragmentDoc,
    "\n  query EnrollmentCompliance($id: ID!) {\n    enrollment(id: $id) {\n      id\n      complianceCleared\n      compliance {\n        item {\n          id\n          code\n          name\n          validity\n        }\n        state\n        validThrough\n        daysLeft\n        coversUntil\n        records {\n          ...ComplianceRecordFields\n        }\n      }\n      reminders {\n        id\n        kind\n        dueOn\n        expiresOn\n        item {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.EnrollmentComplianceDocument,
    "\n  query EnrollmentCleared($id: ID!) {\n    enrollment(id: $id) {\n      id\n      complianceCleared\n    }\n  }\n": typeof types.EnrollmentClearedDocument,
    "\n  mutation SubmitComplianceRecord($input: SubmitComplianceRecordInput!) {\n    submitComplianceRecord(input: $input) {\n      ...ComplianceRecordFields\n    }\n  }\n": typeof types.SubmitComplianceRecordDocument,
    "\n  mutation ReviewComplianceRecord($input: ReviewComplianceRecordInput!) {\n    reviewComplianceRecord(input: $input) {\n      ...ComplianceRecordFields\n    }\n  }\n": typeof types.ReviewComplianceRecordDocument,
    "\n  query DashboardCohortOptions {\n    cohorts(first: 100) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.DashboardCohortOptionsDocument,
    "\n  query CohortDashboard($id: ID!, $withinDays: Int!) {\n    cohort(id: $id) {\n      id\n      code\n      name\n      dashboard(withinDays: $withinDays) {\n        documentsAwaitingReview\n        expiringItems {\n          enrollment {\n            id\n            student {\n              id\n              fullName\n            }\n          }\n          item {\n            id\n            name\n          }\n          state\n          validThrough\n          daysLeft\n        }\n        retakeEligible {\n          enrollment {\n            id\n            student {\n              id\n              fullName\n            }\n          }\n          exam {\n            id\n            code\n          }\n          attempts\n          nextAllowedOn\n        }\n      }\n    }\n  }\n": typeof types.CohortDashboardDocument,
    "\n  query PendingComplianceRecords($first: Int!, $after: String, $filter: ComplianceRecordFilter) {\n    complianceRecords(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ComplianceRecordFields\n          item {\n            id\n            name\n          }\n          enrollment {\n            id\n            student {\n              id\n              fullName\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PendingComplianceRecordsDocument,
    "\n  query CohortsOverview($withinDays: Int!) {\n    cohorts(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          dashboard(withinDays: $withinDays) {\n            documentsAwaitingReview\n            expiringItems {\n              state\n            }\n            retakeEligible {\n              attempts\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CohortsOverviewDocument,
    "\n  query ExamOptions {\n    exams {\n      id\n      code\n      name\n      body\n      active\n      passScore\n      minScore\n      maxScore\n      maxAttempts\n    }\n  }\n": typeof types.ExamOptionsDocument,
    "\n  query EnrollmentExams($id: ID!) {\n    enrollment(id: $id) {\n      id\n      examStandings {\n        exam {\n          id\n          code\n          name\n          maxAttempts\n        }\n        attempts\n        passed\n        firstAttemptResult\n        nextAllowedOn\n        nextAttemptNumber\n        exhausted\n        scheduled\n      }\n      examAttempts {\n        id\n        attemptNumber\n        takenOn\n        result\n        scaledScore\n        exam {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.EnrollmentExamsDocument,
    "\n  query StudentCredentials($id: ID!) {\n    student(id: $id) {\n      id\n      credentials {\n        id\n        kind\n        number\n        state\n        issuedOn\n        expiresOn\n      }\n    }\n  }\n": typeof types.StudentCredentialsDocument,
    "\n  mutation RecordExamAttempt($input: RecordExamAttemptInput!) {\n    recordExamAttempt(input: $input) {\n      id\n      attemptNumber\n      takenOn\n      result\n      scaledScore\n    }\n  }\n": typeof types.RecordExamAttemptDocument,
    "\n  mutation RecordExamResult($input: RecordExamResultInput!) {\n    recordExamResult(input: $input) {\n      id\n      result\n      scaledScore\n    }\n  }\n": typeof types.RecordExamResultDocument,
    "\n  mutation AddCredential($input: AddCredentialInput!) {\n    addCredential(input: $input) {\n      id\n      kind\n      number\n      state\n      issuedOn\n      expiresOn\n    }\n  }\n": typeof types.AddCredentialDocument,
    "\n  query LinkedHourEntry($id: ID!) {\n    hourEntry(id: $id) {\n      ...HourEntryRow\n    }\n  }\n": typeof types.LinkedHourEntryDocument,
    "\n  fragment PlacementSummary on Placement {\n    id\n    startDate\n    endDate\n    plannedHours\n    site {\n      id\n      name\n      setting\n    }\n    preceptor {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n    complianceGaps\n  }\n": typeof types.PlacementSummaryFragmentDoc,
    "\n  query MyEnrollments($studentId: ID!) {\n    student(id: $studentId) {\n      id\n      firstName\n      enrollments {\n        id\n        status\n        enrolledOn\n        cohort {\n          id\n          code\n          name\n          externshipStartDate\n          externshipEndDate\n        }\n        placements {\n          ...PlacementSummary\n        }\n        openClockIn {\n          id\n          startedAt\n          placementId\n          placement {\n            id\n            site {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyEnrollmentsDocument,
    "\n  fragment HoursProgressDetail on HoursProgress {\n    requiredMinutes\n    approvedMinutes\n    pendingMinutes\n    pacePerDay\n    projectedCompletionDate\n    complete\n    atRisk\n    atRiskReason\n    requirements {\n      component\n      setting\n      requiredMinutes\n      approvedMinutes\n      pendingMinutes\n      met\n    }\n    rotation {\n      rotationMinutes\n      met\n      description\n    }\n  }\n": typeof types.HoursProgressDetailFragmentDoc,
    "\n  query EnrollmentHours($id: ID!) {\n    enrollment(id: $id) {\n      id\n      cohort {\n        id\n        code\n        externshipStartDate\n        externshipEndDate\n      }\n      progress {\n        ...HoursProgressDetail\n      }\n      placements {\n        ...PlacementSummary\n      }\n    }\n  }\n": typeof types.EnrollmentHoursDocument,
    "\n  fragment HourEntryRow on HourEntry {\n    id\n    version\n    enrollmentId\n    placementId\n    component\n    setting\n    startedAt\n    endedAt\n    minutes\n    activityNote\n    status\n    reviewComment\n    reviewedAt\n    loggedOnBehalf\n    clockedStartedAt\n    clockedEndedAt\n    editReason\n    placement {\n      id\n      site {\n        id\n        name\n      }\n    }\n  }\n": typeof types.HourEntryRowFragmentDoc,
    "\n  query MyHourEntries($first: Int!, $after: String, $filter: HourEntryFilter) {\n    hourEntries(first: $first, after: $after, filter: $filter, direction: DESC) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...HourEntryRow\n        }\n      }\n    }\n  }\n": typeof types.MyHourEntriesDocument,
    "\n  mutation LogHours($input: LogHoursInput!) {\n    logHours(input: $input) {\n      ...HourEntryRow\n    }\n  }\n": typeof types.LogHoursDocument,
    "\n  mutation UpdateHourEntry($input: UpdateHourEntryInput!) {\n    updateHourEntry(input: $input) {\n      ...HourEntryRow\n    }\n  }\n": typeof types.UpdateHourEntryDocument,
    "\n  mutation ClockIn($input: ClockInInput!) {\n    clockIn(input: $input) {\n      id\n      enrollmentId\n      placementId\n      startedAt\n    }\n  }\n": typeof types.ClockInDocument,
    "\n  mutation ClockOut($input: ClockOutInput!) {\n    clockOut(input: $input) {\n      ...HourEntryRow\n    }\n  }\n": typeof types.ClockOutDocument,
    "\n  mutation CancelClockIn($enrollmentId: ID!) {\n    cancelClockIn(enrollmentId: $enrollmentId) {\n      id\n      enrollmentId\n    }\n  }\n": typeof types.CancelClockInDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  fragment NotificationItem on Notification {\n    id\n    kind\n    title\n    body\n    link\n    itemCount\n    createdAt\n    updatedAt\n    readAt\n    emailStatus\n    emailedAt\n    digest\n    programName\n  }\n": typeof types.NotificationItemFragmentDoc,
    "\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationItem\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      digestHour\n      kinds {\n        kind\n        label\n        email\n        digest\n      }\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      digestHour\n      kinds {\n        kind\n        label\n        email\n        digest\n      }\n    }\n  }\n": typeof types.UpdateNotificationPreferencesDocument,
    "\n  query EnrollmentOutcomes($id: ID!) {\n    enrollment(id: $id) {\n      id\n      employmentRecords {\n        id\n        employer\n        jobTitle\n        relation\n        startDate\n        verificationSource\n        verifiedOn\n      }\n      outcomeMarkers {\n        id\n        kind\n        unavailabilityReason\n        documentedOn\n        note\n      }\n    }\n  }\n": typeof types.EnrollmentOutcomesDocument,
    "\n  mutation AddEmploymentRecord($input: AddEmploymentRecordInput!) {\n    addEmploymentRecord(input: $input) {\n      id\n    }\n  }\n": typeof types.AddEmploymentRecordDocument,
    "\n  mutation AddOutcomeMarker($input: AddOutcomeMarkerInput!) {\n    addOutcomeMarker(input: $input) {\n      id\n    }\n  }\n": typeof types.AddOutcomeMarkerDocument,
    "\n  fragment PlacementRow on Placement {\n    id\n    startDate\n    endDate\n    plannedHours\n    enrollment {\n      id\n      cohort {\n        id\n        code\n      }\n      student {\n        id\n        fullName\n      }\n    }\n    site {\n      id\n      name\n      setting\n    }\n    preceptor {\n      id\n      licenseExpiresOn\n      user {\n        id\n        displayName\n      }\n    }\n    preceptorLicenseLapses\n    complianceGaps\n  }\n": typeof types.PlacementRowFragmentDoc,
    "\n  query Placements($first: Int!, $after: String, $filter: PlacementFilter) {\n    placements(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PlacementRow\n        }\n      }\n    }\n  }\n": typeof types.PlacementsDocument,
    "\n  mutation CreatePlacement($input: CreatePlacementInput!) {\n    createPlacement(input: $input) {\n      ...PlacementRow\n    }\n  }\n": typeof types.CreatePlacementDocument,
    "\n  query PlacementSite($id: ID!) {\n    site(id: $id) {\n      id\n      capacity\n      agreementStartDate\n      agreementEndDate\n      preceptors {\n        id\n        licenseExpiresOn\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.PlacementSiteDocument,
    "\n  query Programs($first: Int!, $after: String) {\n    programs(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          level\n          timeZone\n          accreditors\n          minTotalHours\n          minWeeks\n          minRotations\n          minSingleRotationHours\n          minRotationTotalHours\n          countOnlyVerifiedEmployment\n          requirements {\n            component\n            setting\n            minHours\n          }\n          requirementWarnings\n          benchmarks {\n            abhesRetention\n            abhesPlacement\n            coeCompletion\n            coePlacement\n            coeLicensure\n            examPass\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProgramsDocument,
    "\n  mutation CreateProgram($input: CreateProgramInput!) {\n    createProgram(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateProgramDocument,
    "\n  mutation UpdateProgramBenchmarks($programId: ID!, $input: ProgramBenchmarksInput!) {\n    updateProgramBenchmarks(programId: $programId, input: $input) {\n      id\n      benchmarks {\n        abhesRetention\n        abhesPlacement\n        coeCompletion\n        coePlacement\n        coeLicensure\n        examPass\n      }\n    }\n  }\n": typeof types.UpdateProgramBenchmarksDocument,
    "\n  mutation SetVerifiedEmploymentRule($input: UpdateProgramInput!) {\n    updateProgram(input: $input) {\n      id\n      countOnlyVerifiedEmployment\n    }\n  }\n": typeof types.SetVerifiedEmploymentRuleDocument,
    "\n  query ReportProgramOptions {\n    programs(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ReportProgramOptionsDocument,
    "\n  query ReportCohortOptions($programId: ID) {\n    cohorts(first: 100, filter: { programId: $programId }) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.ReportCohortOptionsDocument,
    "\n  fragment ReportRateFields on ReportRate {\n    key\n    label\n    numerator\n    denominator\n    value\n    benchmark\n    belowBenchmark\n    note\n    numeratorKey\n    denominatorKey\n  }\n": typeof types.ReportRateFieldsFragmentDoc,
    "\n  fragment OutcomeReportFields on OutcomeReport {\n    snapshotId\n    programIds\n    programNames\n    cohortId\n    cohortCode\n    periodStart\n    periodEnd\n    generatedAt\n    generatedBy\n    employmentRule\n    rates {\n      ...ReportRateFields\n    }\n    figures {\n      key\n      label\n      count\n    }\n    tables {\n      key\n      title\n      columns\n      note\n      rows {\n        label\n        cells {\n          text\n          figureKey\n          rateKey\n        }\n      }\n    }\n  }\n": typeof types.OutcomeReportFieldsFragmentDoc,
    "\n  fragment ReportStudentFields on ReportStudent {\n    enrollmentId\n    studentId\n    studentName\n    cohortCode\n    evidence\n    evidenceDate\n  }\n": typeof types.ReportStudentFieldsFragmentDoc,
    "\n  query OutcomeReport($input: ReportInput!) {\n    outcomeReport(input: $input) {\n      ...OutcomeReportFields\n    }\n  }\n": typeof types.OutcomeReportDocument,
    "\n  query ReportTrend($input: ReportInput!, $periods: Int!) {\n    reportTrend(input: $input, periods: $periods) {\n      periodStart\n      periodEnd\n      label\n      rates {\n        ...ReportRateFields\n      }\n    }\n  }\n": typeof types.ReportTrendDocument,
    "\n  query ReportFigureStudents($input: ReportInput!, $figureKey: String!) {\n    outcomeReport(input: $input) {\n      students(figureKey: $figureKey) {\n        ...ReportStudentFields\n      }\n    }\n  }\n": typeof types.ReportFigureStudentsDocument,
    "\n  mutation SaveReportSnapshot($input: ReportInput!, $title: String) {\n    saveReportSnapshot(input: $input, title: $title) {\n      id\n      title\n    }\n  }\n": typeof types.SaveReportSnapshotDocument,
    "\n  query ReportSnapshots($first: Int!, $after: String) {\n    reportSnapshots(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          programNames\n          cohortCode\n          periodStart\n          periodEnd\n          createdAt\n          createdBy\n        }\n      }\n    }\n  }\n": typeof types.ReportSnapshotsDocument,
    "\n  query ReportSnapshot($id: ID!) {\n    reportSnapshot(id: $id) {\n      id\n      title\n      createdAt\n      createdBy\n      report {\n        ...OutcomeReportFields\n      }\n    }\n  }\n": typeof types.ReportSnapshotDocument,
    "\n  query SnapshotFigureStudents($id: ID!, $figureKey: String!) {\n    reportSnapshot(id: $id) {\n      id\n      report {\n        students(figureKey: $figureKey) {\n          ...ReportStudentFields\n        }\n      }\n    }\n  }\n": typeof types.SnapshotFigureStudentsDocument,
    "\n  query DisclosureLog($first: Int!, $after: String) {\n    disclosureLog(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          actorName\n          action\n          description\n          purpose\n          studentCount\n        }\n      }\n    }\n  }\n": typeof types.DisclosureLogDocument,
    "\n  query ReviewQueue($first: Int!, $after: String, $filter: HourEntryFilter) {\n    hourEntries(first: $first, after: $after, filter: $filter, direction: ASC) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...HourEntryRow\n          enrollment {\n            id\n            cohort {\n              id\n              code\n            }\n            student {\n              id\n              fullName\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  mutation ReviewHourEntry($input: ReviewHourEntryInput!) {\n    reviewHourEntry(input: $input) {\n      ...HourEntryRow\n    }\n  }\n": typeof types.ReviewHourEntryDocument,
    "\n  mutation ApproveHourEntries($input: ApproveHourEntriesInput!) {\n    approveHourEntries(input: $input) {\n      approved {\n        ...HourEntryRow\n      }\n      refused {\n        entryId\n        reason\n        message\n      }\n    }\n  }\n": typeof types.ApproveHourEntriesDocument,
    "\n  mutation ReopenHourEntry($input: ReopenHourEntryInput!) {\n    reopenHourEntry(input: $input) {\n      ...HourEntryRow\n    }\n  }\n": typeof types.ReopenHourEntryDocument,
    "\n  query CohortOptions {\n    cohorts(first: 100) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.CohortOptionsDocument,
    "\n  query SiteOptions {\n    sites(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SiteOptionsDocument,
    "\n  fragment SiteRow on Site {\n    id\n    programId\n    name\n    address\n    setting\n    capacity\n    agreementStartDate\n    agreementEndDate\n    agreementStatus\n    agreementDaysLeft\n    activePlacementCount\n  }\n": typeof types.SiteRowFragmentDoc,
    "\n  query Sites($first: Int!, $after: String, $filter: SiteFilter) {\n    sites(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...SiteRow\n        }\n      }\n    }\n  }\n": typeof types.SitesDocument,
    "\n  query Site($id: ID!) {\n    site(id: $id) {\n      ...SiteRow\n      preceptors {\n        id\n        licenseNumber\n        licenseExpiresOn\n        user {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n": typeof types.SiteDocument,
    "\n  mutation CreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      ...SiteRow\n    }\n  }\n": typeof types.CreateSiteDocument,
    "\n  query PreceptorUsers {\n    preceptorUsers {\n      id\n      displayName\n      email\n    }\n  }\n": typeof types.PreceptorUsersDocument,
    "\n  mutation AddPreceptor($input: AddPreceptorInput!) {\n    addPreceptor(input: $input) {\n      id\n      licenseNumber\n      licenseExpiresOn\n      user {\n        id\n        displayName\n        email\n      }\n    }\n  }\n": typeof types.AddPreceptorDocument,
    "\n  query Students($first: Int!, $after: String, $filter: StudentFilter) {\n    students(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          fullName\n          email\n          studentNumber\n          enrollments {\n            id\n            status\n            cohort {\n              id\n              code\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.StudentsDocument,
    "\n  fragment EnrollmentDetail on Enrollment {\n    id\n    enrolledOn\n    status\n    statusSince\n    cohort {\n      id\n      code\n      name\n      externshipStartDate\n      externshipEndDate\n      program {\n        id\n        name\n      }\n    }\n    statusHistory {\n      id\n      status\n      effectiveOn\n      reasonCode\n      note\n      recordedAt\n      recordedBy {\n        id\n        displayName\n      }\n      overrideReason\n      unmetRequirements\n      voidedAt\n      voidReason\n      voidedBy {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.EnrollmentDetailFragmentDoc,
    "\n  query StudentDetail($id: ID!) {\n    student(id: $id) {\n      id\n      firstName\n      lastName\n      fullName\n      email\n      studentNumber\n      phone\n      enrollments {\n        ...EnrollmentDetail\n      }\n    }\n  }\n": typeof types.StudentDetailDocument,
    "\n  mutation UpdateStudent($input: UpdateStudentInput!) {\n    updateStudent(input: $input) {\n      id\n      firstName\n      lastName\n      fullName\n      email\n      phone\n    }\n  }\n": typeof types.UpdateStudentDocument,
    "\n  mutation RecordStatusChange($input: RecordStatusChangeInput!) {\n    recordStatusChange(input: $input) {\n      ...EnrollmentDetail\n    }\n  }\n": typeof types.RecordStatusChangeDocument,
    "\n  query GraduationGaps($id: ID!) {\n    enrollment(id: $id) {\n      id\n      graduationGaps\n    }\n  }\n": typeof types.GraduationGapsDocument,
    "\n  mutation CorrectStatusEvent($input: CorrectStatusEventInput!) {\n    correctStatusEvent(input: $input) {\n      ...EnrollmentDetail\n    }\n  }\n": typeof types.CorrectStatusEventDocument,
    "\n  fragment UserRow on User {\n    id\n    email\n    displayName\n    role\n    isSystemAdmin\n    status\n    createdAt\n    activatedAt\n    lastSignInAt\n    disabledAt\n    access {\n      programs {\n        id\n        name\n      }\n      cohorts {\n        id\n        name\n      }\n      sites {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UserRowFragmentDoc,
    "\n  query Users($first: Int!, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UserRow\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      ...UserRow\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  mutation ResendInvitation($userId: ID!) {\n    resendInvitation(userId: $userId) {\n      ...UserRow\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation DeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      ...UserRow\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      ...UserRow\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  mutation UpdateUserAccess($input: UpdateUserAccessInput!) {\n    updateUserAccess(input: $input) {\n      ...UserRow\n    }\n  }\n": typeof types.UpdateUserAccessDocument,
    "\n  query PreceptorLicense($siteId: ID!) {\n    site(id: $siteId) {\n      id\n      preceptors {\n        id\n        licenseNumber\n        licenseExpiresOn\n        user {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PreceptorLicenseDocument,
    "\n  mutation SetSystemAdmin($input: SetSystemAdminInput!) {\n    setSystemAdmin(input: $input) {\n      ...UserRow\n    }\n  }\n": typeof types.SetSystemAdminDocument,
};
const documents: Documents = {
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      displayName\n      role\n      expiresAt\n    }\n  }\n": types.InvitationDocument,
    "\n  mutation AcceptInvitation($input: SetPasswordWithTokenInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        ...CurrentUser\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: SetPasswordWithTokenInput!) {\n    resetPassword(input: $input) {\n      user {\n        ...CurrentUser\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  fragment ApiTokenRow on ApiToken {\n    id\n    name\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    status\n  }\n": types.ApiTokenRowFragmentDoc,
    "\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenRow\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenRow\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenRow\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  fragment CurrentUser on User {\n    id\n    email\n    displayName\n    role\n    permissions\n    studentId\n    timeZone\n  }\n": types.CurrentUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        ...CurrentUser\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query AuthConfig {\n    authConfig {\n      passwordLoginEnabled\n      ssoEnabled\n      ssoLabel\n    }\n  }\n": types.AuthConfigDocument,
    "\n  query Cohorts($first: Int!, $after: String, $filter: CohortFilter) {\n    cohorts(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          startDate\n          expectedEndDate\n          externshipStartDate\n          externshipEndDate\n          activeCount\n          program {\n            id\n            name\n          }\n          instructors {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.CohortsDocument,
    "\n  query ProgramOptions {\n    programs(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ProgramOptionsDocument,
    "\n  query Instructors {\n    instructors {\n      id\n      displayName\n      email\n    }\n  }\n": types.InstructorsDocument,
    "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      id\n      code\n    }\n  }\n": types.CreateCohortDocument,
    "\n  query Cohort($id: ID!) {\n    cohort(id: $id) {\n      id\n      code\n      name\n      startDate\n      expectedEndDate\n      externshipStartDate\n      externshipEndDate\n      activeCount\n      enrollmentCount\n      program {\n        id\n        name\n        timeZone\n      }\n      instructors {\n        id\n        displayName\n        email\n      }\n    }\n  }\n": types.CohortDocument,
    "\n  mutation AssignInstructors($input: AssignInstructorsInput!) {\n    assignInstructors(input: $input) {\n      id\n      instructors {\n        id\n        displayName\n        email\n      }\n    }\n  }\n": types.AssignInstructorsDocument,
    "\n  query Roster($first: Int!, $after: String, $filter: EnrollmentFilter!, $orderBy: EnrollmentOrder) {\n    enrollments(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          enrolledOn\n          status\n          statusSince\n          student {\n            id\n            fullName\n            studentNumber\n          }\n          progress {\n            requiredMinutes\n            approvedMinutes\n            pendingMinutes\n            projectedCompletionDate\n            complete\n            atRisk\n            atRiskReason\n          }\n        }\n      }\n    }\n  }\n": types.RosterDocument,
    "\n  mutation EnrollStudent($input: EnrollStudentInput!) {\n    enrollStudent(input: $input) {\n      id\n      student {\n        id\n        fullName\n      }\n    }\n  }\n": types.EnrollStudentDocument,
    "\n  query PreviewStudentImport($input: StudentImportInput!) {\n    previewStudentImport(input: $input) {\n      validCount\n      errorCount\n      rows {\n        line\n        status\n        errors\n        existingStudentId\n        startDate\n      }\n    }\n  }\n": types.PreviewStudentImportDocument,
    "\n  mutation ImportStudents($input: StudentImportInput!) {\n    importStudents(input: $input) {\n      importedCount\n      skippedCount\n      invitedCount\n      imported {\n        line\n        studentId\n        enrollmentId\n        name\n        email\n      }\n      skipped {\n        line\n        errors\n      }\n    }\n  }\n": types.ImportStudentsDocument,
    "\n  query EnrollmentCompetencies($id: ID!) {\n    enrollment(id: $id) {\n      id\n      competencyChecklist {\n        competency {\n          id\n          code\n          domain\n          domainNumber\n          level\n          summary\n          sortOrder\n        }\n        signoff {\n          id\n          signedOn\n          note\n          signedBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.EnrollmentCompetenciesDocument,
    "\n  mutation SignOffCompetency($input: SignOffCompetencyInput!) {\n    signOffCompetency(input: $input) {\n      id\n      competencyId\n      signedOn\n      note\n    }\n  }\n": types.SignOffCompetencyDocument,
    "\n  fragment ComplianceRecordFields on ComplianceRecord {\n    id\n    status\n    completedOn\n    expiresOn\n    reviewReason\n    documentUrl\n    createdAt\n  }\n": types.ComplianceRecordFieldsFragmentDoc,
    "\n  query EnrollmentCompliance($id: ID!) {\n    enrollment(id: $id) {\n      id\n      complianceCleared\n      compliance {\n        item {\n          id\n          code\n          name\n          validity\n        }\n        state\n        validThrough\n        daysLeft\n        coversUntil\n        records {\n          ...ComplianceRecordFields\n        }\n      }\n      reminders {\n        id\n        kind\n        dueOn\n        expiresOn\n        item {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.EnrollmentComplianceDocument,
    "\n  query EnrollmentCleared($id: ID!) {\n    enrollment(id: $id) {\n      id\n      complianceCleared\n    }\n  }\n": types.EnrollmentClearedDocument,
    "\n  mutation SubmitComplianceRecord($input: SubmitComplianceRecordInput!) {\n    submitComplianceRecord(input: $input) {\n      ...ComplianceRecordFields\n    }\n  }\n": types.SubmitComplianceRecordDocument,
    "\n  mutation ReviewComplianceRecord($input: ReviewComplianceRecordInput!) {\n    reviewComplianceRecord(input: $input) {\n      ...ComplianceRecordFields\n    }\n  }\n": types.ReviewComplianceRecordDocument,
    "\n  query DashboardCohortOptions {\n    cohorts(first: 100) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": types.DashboardCohortOptionsDocument,
    "\n  query CohortDashboard($id: ID!, $withinDays: Int!) {\n    cohort(id: $id) {\n      id\n      code\n      name\n      dashboard(withinDays: $withinDays) {\n        documentsAwaitingReview\n        expiringItems {\n          enrollment {\n            id\n            student {\n              id\n              fullName\n            }\n          }\n          item {\n            id\n            name\n          }\n          state\n          validThrough\n          daysLeft\n        }\n        retakeEligible {\n          enrollment {\n            id\n            student {\n              id\n              fullName\n            }\n          }\n          exam {\n            id\n            code\n          }\n          attempts\n          nextAllowedOn\n        }\n      }\n    }\n  }\n": types.CohortDashboardDocument,
    "\n  query PendingComplianceRecords($first: Int!, $after: String, $filter: ComplianceRecordFilter) {\n    complianceRecords(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ComplianceRecordFields\n          item {\n            id\n            name\n          }\n          enrollment {\n            id\n            student {\n              id\n              fullName\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PendingComplianceRecordsDocument,
    "\n  query CohortsOverview($withinDays: Int!) {\n    cohorts(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          dashboard(withinDays: $withinDays) {\n            documentsAwaitingReview\n            expiringItems {\n              state\n            }\n            retakeEligible {\n              attempts\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CohortsOverviewDocument,
    "\n  query ExamOptions {\n    exams {\n      id\n      code\n      name\n      body\n      active\n      passScore\n      minScore\n      maxScore\n      maxAttempts\n    }\n  }\n": types.ExamOptionsDocument,
    "\n  query EnrollmentExams($id: ID!) {\n    enrollment(id: $id) {\n      id\n      examStandings {\n        exam {\n          id\n          code\n          name\n          maxAttempts\n        }\n        attempts\n        passed\n        firstAttemptResult\n        nextAllowedOn\n        nextAttemptNumber\n        exhausted\n        scheduled\n      }\n      examAttempts {\n        id\n        attemptNumber\n        takenOn\n        result\n        scaledScore\n        exam {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": types.EnrollmentExamsDocument,
    "\n  query StudentCredentials($id: ID!) {\n    student(id: $id) {\n      id\n      credentials {\n        id\n        kind\n        number\n        state\n        issuedOn\n        expiresOn\n      }\n    }\n  }\n": types.StudentCredentialsDocument,
    "\n  mutation RecordExamAttempt($input: RecordExamAttemptInput!) {\n    recordExamAttempt(input: $input) {\n      id\n      attemptNumber\n      takenOn\n      result\n      scaledScore\n    }\n  }\n": types.RecordExamAttemptDocument,
    "\n  mutation RecordExamResult($input: RecordExamResultInput!) {\n    recordExamResult(input: $input) {\n      id\n      result\n      scaledScore\n    }\n  }\n": types.RecordExamResultDocument,
    "\n  mutation AddCredential($input: AddCredentialInput!) {\n    addCredential(input: $input) {\n      id\n      kind\n      number\n      state\n      issuedOn\n      expiresOn\n    }\n  }\n": types.AddCredentialDocument,
    "\n  query LinkedHourEntry($id: ID!) {\n    hourEntry(id: $id) {\n      ...HourEntryRow\n    }\n  }\n": types.LinkedHourEntryDocument,
    "\n  fragment PlacementSummary on Placement {\n    id\n    startDate\n    endDate\n    plannedHours\n    site {\n      id\n      name\n      setting\n    }\n    preceptor {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n    complianceGaps\n  }\n": types.PlacementSummaryFragmentDoc,
    "\n  query MyEnrollments($studentId: ID!) {\n    student(id: $studentId) {\n      id\n      firstName\n      enrollments {\n        id\n        status\n        enrolledOn\n        cohort {\n          id\n          code\n          name\n          externshipStartDate\n          externshipEndDate\n        }\n        placements {\n          ...PlacementSummary\n        }\n        openClockIn {\n          id\n          startedAt\n          placementId\n          placement {\n            id\n            site {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MyEnrollmentsDocument,
    "\n  fragment HoursProgressDetail on HoursProgress {\n    requiredMinutes\n    approvedMinutes\n    pendingMinutes\n    pacePerDay\n    projectedCompletionDate\n    complete\n    atRisk\n    atRiskReason\n    requirements {\n      component\n      setting\n      requiredMinutes\n      approvedMinutes\n      pendingMinutes\n      met\n    }\n    rotation {\n      rotationMinutes\n      met\n      description\n    }\n  }\n": types.HoursProgressDetailFragmentDoc,
    "\n  query EnrollmentHours($id: ID!) {\n    enrollment(id: $id) {\n      id\n      cohort {\n        id\n        code\n        externshipStartDate\n        externshipEndDate\n      }\n      progress {\n        ...HoursProgressDetail\n      }\n      placements {\n        ...PlacementSummary\n      }\n    }\n  }\n": types.EnrollmentHoursDocument,
    "\n  fragment HourEntryRow on HourEntry {\n    id\n    version\n    enrollmentId\n    placementId\n    component\n    setting\n    startedAt\n    endedAt\n    minutes\n    activityNote\n    status\n    reviewComment\n    reviewedAt\n    loggedOnBehalf\n    clockedStartedAt\n    clockedEndedAt\n    editReason\n    placement {\n      id\n      site {\n        id\n        name\n      }\n    }\n  }\n": types.HourEntryRowFragmentDoc,
    "\n  query MyHourEntries($first: Int!, $after: String, $filter: HourEntryFilter) {\n    hourEntries(first: $first, after: $after, filter: $filter, direction: DESC) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...HourEntryRow\n        }\n      }\n    }\n  }\n": types.MyHourEntriesDocument,
    "\n  mutation LogHours($input: LogHoursInput!) {\n    logHours(input: $input) {\n      ...HourEntryRow\n    }\n  }\n": types.LogHoursDocument,
    "\n  mutation UpdateHourEntry($input: UpdateHourEntryInput!) {\n    updateHourEntry(input: $input) {\n      ...HourEntryRow\n    }\n  }\n": types.UpdateHourEntryDocument,
    "\n  mutation ClockIn($input: ClockInInput!) {\n    clockIn(input: $input) {\n      id\n      enrollmentId\n      placementId\n      startedAt\n    }\n  }\n": types.ClockInDocument,
    "\n  mutation ClockOut($input: ClockOutInput!) {\n    clockOut(input: $input) {\n      ...HourEntryRow\n    }\n  }\n": types.ClockOutDocument,
    "\n  mutation CancelClockIn($enrollmentId: ID!) {\n    cancelClockIn(enrollmentId: $enrollmentId) {\n      id\n      enrollmentId\n    }\n  }\n": types.CancelClockInDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  fragment NotificationItem on Notification {\n    id\n    kind\n    title\n    body\n    link\n    itemCount\n    createdAt\n    updatedAt\n    readAt\n    emailStatus\n    emailedAt\n    digest\n    programName\n  }\n": types.NotificationItemFragmentDoc,
    "\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationItem\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      digestHour\n      kinds {\n        kind\n        label\n        email\n        digest\n      }\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      digestHour\n      kinds {\n        kind\n        label\n        email\n        digest\n      }\n    }\n  }\n": types.UpdateNotificationPreferencesDocument,
    "\n  query EnrollmentOutcomes($id: ID!) {\n    enrollment(id: $id) {\n      id\n      employmentRecords {\n        id\n        employer\n        jobTitle\n        relation\n        startDate\n        verificationSource\n        verifiedOn\n      }\n      outcomeMarkers {\n        id\n        kind\n        unavailabilityReason\n        documentedOn\n        note\n      }\n    }\n  }\n": types.EnrollmentOutcomesDocument,
    "\n  mutation AddEmploymentRecord($input: AddEmploymentRecordInput!) {\n    addEmploymentRecord(input: $input) {\n      id\n    }\n  }\n": types.AddEmploymentRecordDocument,
    "\n  mutation AddOutcomeMarker($input: AddOutcomeMarkerInput!) {\n    addOutcomeMarker(input: $input) {\n      id\n    }\n  }\n": types.AddOutcomeMarkerDocument,
    "\n  fragment PlacementRow on Placement {\n    id\n    startDate\n    endDate\n    plannedHours\n    enrollment {\n      id\n      cohort {\n        id\n        code\n      }\n      student {\n        id\n        fullName\n      }\n    }\n    site {\n      id\n      name\n      setting\n    }\n    preceptor {\n      id\n      licenseExpiresOn\n      user {\n        id\n        displayName\n      }\n    }\n    preceptorLicenseLapses\n    complianceGaps\n  }\n": types.PlacementRowFragmentDoc,
    "\n  query Placements($first: Int!, $after: String, $filter: PlacementFilter) {\n    placements(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PlacementRow\n        }\n      }\n    }\n  }\n": types.PlacementsDocument,
    "\n  mutation CreatePlacement($input: CreatePlacementInput!) {\n    createPlacement(input: $input) {\n      ...PlacementRow\n    }\n  }\n": types.CreatePlacementDocument,
    "\n  query PlacementSite($id: ID!) {\n    site(id: $id) {\n      id\n      capacity\n      agreementStartDate\n      agreementEndDate\n      preceptors {\n        id\n        licenseExpiresOn\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.PlacementSiteDocument,
    "\n  query Programs($first: Int!, $after: String) {\n    programs(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          level\n          timeZone\n          accreditors\n          minTotalHours\n          minWeeks\n          minRotations\n          minSingleRotationHours\n          minRotationTotalHours\n          countOnlyVerifiedEmployment\n          requirements {\n            component\n            setting\n            minHours\n          }\n          requirementWarnings\n          benchmarks {\n            abhesRetention\n            abhesPlacement\n            coeCompletion\n            coePlacement\n            coeLicensure\n            examPass\n          }\n        }\n      }\n    }\n  }\n": types.ProgramsDocument,
    "\n  mutation CreateProgram($input: CreateProgramInput!) {\n    createProgram(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateProgramDocument,
    "\n  mutation UpdateProgramBenchmarks($programId: ID!, $input: ProgramBenchmarksInput!) {\n    updateProgramBenchmarks(programId: $programId, input: $input) {\n      id\n      benchmarks {\n        abhesRetention\n        abhesPlacement\n        coeCompletion\n        coePlacement\n        coeLicensure\n        examPass\n      }\n    }\n  }\n": types.UpdateProgramBenchmarksDocument,
    "\n  mutation SetVerifiedEmploymentRule($input: UpdateProgramInput!) {\n    updateProgram(input: $input) {\n      id\n      countOnlyVerifiedEmployment\n    }\n  }\n": types.SetVerifiedEmploymentRuleDocument,
    "\n  query ReportProgramOptions {\n    programs(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ReportProgramOptionsDocument,
    "\n  query ReportCohortOptions($programId: ID) {\n    cohorts(first: 100, filter: { programId: $programId }) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": types.ReportCohortOptionsDocument,
    "\n  fragment ReportRateFields on ReportRate {\n    key\n    label\n    numerator\n    denominator\n    value\n    benchmark\n    belowBenchmark\n    note\n    numeratorKey\n    denominatorKey\n  }\n": types.ReportRateFieldsFragmentDoc,
    "\n  fragment OutcomeReportFields on OutcomeReport {\n    snapshotId\n    programIds\n    programNames\n    cohortId\n    cohortCode\n    periodStart\n    periodEnd\n    generatedAt\n    generatedBy\n    employmentRule\n    rates {\n      ...ReportRateFields\n    }\n    figures {\n      key\n      label\n      count\n    }\n    tables {\n      key\n      title\n      columns\n      note\n      rows {\n        label\n        cells {\n          text\n          figureKey\n          rateKey\n        }\n      }\n    }\n  }\n": types.OutcomeReportFieldsFragmentDoc,
    "\n  fragment ReportStudentFields on ReportStudent {\n    enrollmentId\n    studentId\n    studentName\n    cohortCode\n    evidence\n    evidenceDate\n  }\n": types.ReportStudentFieldsFragmentDoc,
    "\n  query OutcomeReport($input: ReportInput!) {\n    outcomeReport(input: $input) {\n      ...OutcomeReportFields\n    }\n  }\n": types.OutcomeReportDocument,
    "\n  query ReportTrend($input: ReportInput!, $periods: Int!) {\n    reportTrend(input: $input, periods: $periods) {\n      periodStart\n      periodEnd\n      label\n      rates {\n        ...ReportRateFields\n      }\n    }\n  }\n": types.ReportTrendDocument,
    "\n  query ReportFigureStudents($input: ReportInput!, $figureKey: String!) {\n    outcomeReport(input: $input) {\n      students(figureKey: $figureKey) {\n        ...ReportStudentFields\n      }\n    }\n  }\n": types.ReportFigureStudentsDocument,
    "\n  mutation SaveReportSnapshot($input: ReportInput!, $title: String) {\n    saveReportSnapshot(input: $input, title: $title) {\n      id\n      title\n    }\n  }\n": types.SaveReportSnapshotDocument,
    "\n  query ReportSnapshots($first: Int!, $after: String) {\n    reportSnapshots(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          programNames\n          cohortCode\n          periodStart\n          periodEnd\n          createdAt\n          createdBy\n        }\n      }\n    }\n  }\n": types.ReportSnapshotsDocument,
    "\n  query ReportSnapshot($id: ID!) {\n    reportSnapshot(id: $id) {\n      id\n      title\n      createdAt\n      createdBy\n      report {\n        ...OutcomeReportFields\n      }\n    }\n  }\n": types.ReportSnapshotDocument,
    "\n  query SnapshotFigureStudents($id: ID!, $figureKey: String!) {\n    reportSnapshot(id: $id) {\n      id\n      report {\n        students(figureKey: $figureKey) {\n          ...ReportStudentFields\n        }\n      }\n    }\n  }\n": types.SnapshotFigureStudentsDocument,
    "\n  query DisclosureLog($first: Int!, $after: String) {\n    disclosureLog(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          actorName\n          action\n          description\n          purpose\n          studentCount\n        }\n      }\n    }\n  }\n": types.DisclosureLogDocument,
    "\n  query ReviewQueue($first: Int!, $after: String, $filter: HourEntryFilter) {\n    hourEntries(first: $first, after: $after, filter: $filter, direction: ASC) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...HourEntryRow\n          enrollment {\n            id\n            cohort {\n              id\n              code\n            }\n            student {\n              id\n              fullName\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  mutation ReviewHourEntry($input: ReviewHourEntryInput!) {\n    reviewHourEntry(input: $input) {\n      ...HourEntryRow\n    }\n  }\n": types.ReviewHourEntryDocument,
    "\n  mutation ApproveHourEntries($input: ApproveHourEntriesInput!) {\n    approveHourEntries(input: $input) {\n      approved {\n        ...HourEntryRow\n      }\n      refused {\n        entryId\n        reason\n        message\n      }\n    }\n  }\n": types.ApproveHourEntriesDocument,
    "\n  mutation ReopenHourEntry($input: ReopenHourEntryInput!) {\n    reopenHourEntry(input: $input) {\n      ...HourEntryRow\n    }\n  }\n": types.ReopenHourEntryDocument,
    "\n  query CohortOptions {\n    cohorts(first: 100) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": types.CohortOptionsDocument,
    "\n  query SiteOptions {\n    sites(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SiteOptionsDocument,
    "\n  fragment SiteRow on Site {\n    id\n    programId\n    name\n    address\n    setting\n    capacity\n    agreementStartDate\n    agreementEndDate\n    agreementStatus\n    agreementDaysLeft\n    activePlacementCount\n  }\n": types.SiteRowFragmentDoc,
    "\n  query Sites($first: Int!, $after: String, $filter: SiteFilter) {\n    sites(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...SiteRow\n        }\n      }\n    }\n  }\n": types.SitesDocument,
    "\n  query Site($id: ID!) {\n    site(id: $id) {\n      ...SiteRow\n      preceptors {\n        id\n        licenseNumber\n        licenseExpiresOn\n        user {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n": types.SiteDocument,
    "\n  mutation CreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      ...SiteRow\n    }\n  }\n": types.CreateSiteDocument,
    "\n  query PreceptorUsers {\n    preceptorUsers {\n      id\n      displayName\n      email\n    }\n  }\n": types.PreceptorUsersDocument,
    "\n  mutation AddPreceptor($input: AddPreceptorInput!) {\n    addPreceptor(input: $input) {\n      id\n      licenseNumber\n      licenseExpiresOn\n      user {\n        id\n        displayName\n        email\n      }\n    }\n  }\n": types.AddPreceptorDocument,
    "\n  query Students($first: Int!, $after: String, $filter: StudentFilter) {\n    students(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          fullName\n          email\n          studentNumber\n          enrollments {\n            id\n            status\n            cohort {\n              id\n              code\n            }\n          }\n        }\n      }\n    }\n  }\n": types.StudentsDocument,
    "\n  fragment EnrollmentDetail on Enrollment {\n    id\n    enrolledOn\n    status\n    statusSince\n    cohort {\n      id\n      code\n      name\n      externshipStartDate\n      externshipEndDate\n      program {\n        id\n        name\n      }\n    }\n    statusHistory {\n      id\n      status\n      effectiveOn\n      reasonCode\n      note\n      recordedAt\n      recordedBy {\n        id\n        displayName\n      }\n      overrideReason\n      unmetRequirements\n      voidedAt\n      voidReason\n      voidedBy {\n        id\n        displayName\n      }\n    }\n  }\n": types.EnrollmentDetailFragmentDoc,
    "\n  query StudentDetail($id: ID!) {\n    student(id: $id) {\n      id\n      firstName\n      lastName\n      fullName\n      email\n      studentNumber\n      phone\n      enrollments {\n        ...EnrollmentDetail\n      }\n    }\n  }\n": types.StudentDetailDocument,
    "\n  mutation UpdateStudent($input: UpdateStudentInput!) {\n    updateStudent(input: $input) {\n      id\n      firstName\n      lastName\n      fullName\n      email\n      phone\n    }\n  }\n": types.UpdateStudentDocument,
    "\n  mutation RecordStatusChange($input: RecordStatusChangeInput!) {\n    recordStatusChange(input: $input) {\n      ...EnrollmentDetail\n    }\n  }\n": types.RecordStatusChangeDocument,
    "\n  query GraduationGaps($id: ID!) {\n    enrollment(id: $id) {\n      id\n      graduationGaps\n    }\n  }\n": types.GraduationGapsDocument,
    "\n  mutation CorrectStatusEvent($input: CorrectStatusEventInput!) {\n    correctStatusEvent(input: $input) {\n      ...EnrollmentDetail\n    }\n  }\n": types.CorrectStatusEventDocument,
    "\n  fragment UserRow on User {\n    id\n    email\n    displayName\n    role\n    isSystemAdmin\n    status\n    createdAt\n    activatedAt\n    lastSignInAt\n    disabledAt\n    access {\n      programs {\n        id\n        name\n      }\n      cohorts {\n        id\n        name\n      }\n      sites {\n        id\n        name\n      }\n    }\n  }\n": types.UserRowFragmentDoc,
    "\n  query Users($first: Int!, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UserRow\n        }\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      ...UserRow\n    }\n  }\n": types.InviteUserDocument,
    "\n  mutation ResendInvitation($userId: ID!) {\n    resendInvitation(userId: $userId) {\n      ...UserRow\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  mutation DeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      ...UserRow\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      ...UserRow\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  mutation UpdateUserAccess($input: UpdateUserAccessInput!) {\n    updateUserAccess(input: $input) {\n      ...UserRow\n    }\n  }\n": types.UpdateUserAccessDocument,
    "\n  query PreceptorLicense($siteId: ID!) {\n    site(id: $siteId) {\n      id\n      preceptors {\n        id\n        licenseNumber\n        licenseExpiresOn\n        user {\n          id\n        }\n      }\n    }\n  }\n": types.PreceptorLicenseDocument,
    "\n  mutation SetSystemAdmin($input: SetSystemAdminInput!) {\n    setSystemAdmin(input: $input) {\n      ...UserRow\n    }\n  }\n": types.SetSystemAdminDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      displayName\n      role\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      displayName\n      role\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: SetPasswordWithTokenInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        ...CurrentUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: SetPasswordWithTokenInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        ...CurrentUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: SetPasswordWithTokenInput!) {\n    resetPassword(input: $input) {\n      user {\n        ...CurrentUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: SetPasswordWithTokenInput!) {\n    resetPassword(input: $input) {\n      user {\n        ...CurrentUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokenRow on ApiToken {\n    id\n    name\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    status\n  }\n"): (typeof documents)["\n  fragment ApiTokenRow on ApiToken {\n    id\n    name\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenRow\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenRow\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUser on User {\n    id\n    email\n    displayName\n    role\n    permissions\n    studentId\n    timeZone\n  }\n"): (typeof documents)["\n  fragment CurrentUser on User {\n    id\n    email\n    displayName\n    role\n    permissions\n    studentId\n    timeZone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        ...CurrentUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        ...CurrentUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthConfig {\n    authConfig {\n      passwordLoginEnabled\n      ssoEnabled\n      ssoLabel\n    }\n  }\n"): (typeof documents)["\n  query AuthConfig {\n    authConfig {\n      passwordLoginEnabled\n      ssoEnabled\n      ssoLabel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cohorts($first: Int!, $after: String, $filter: CohortFilter) {\n    cohorts(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          startDate\n          expectedEndDate\n          externshipStartDate\n          externshipEndDate\n          activeCount\n          program {\n            id\n            name\n          }\n          instructors {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Cohorts($first: Int!, $after: String, $filter: CohortFilter) {\n    cohorts(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          startDate\n          expectedEndDate\n          externshipStartDate\n          externshipEndDate\n          activeCount\n          program {\n            id\n            name\n          }\n          instructors {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramOptions {\n    programs(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgramOptions {\n    programs(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Instructors {\n    instructors {\n      id\n      displayName\n      email\n    }\n  }\n"): (typeof documents)["\n  query Instructors {\n    instructors {\n      id\n      displayName\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      id\n      code\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      id\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cohort($id: ID!) {\n    cohort(id: $id) {\n      id\n      code\n      name\n      startDate\n      expectedEndDate\n      externshipStartDate\n      externshipEndDate\n      activeCount\n      enrollmentCount\n      program {\n        id\n        name\n        timeZone\n      }\n      instructors {\n        id\n        displayName\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query Cohort($id: ID!) {\n    cohort(id: $id) {\n      id\n      code\n      name\n      startDate\n      expectedEndDate\n      externshipStartDate\n      externshipEndDate\n      activeCount\n      enrollmentCount\n      program {\n        id\n        name\n        timeZone\n      }\n      instructors {\n        id\n        displayName\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignInstructors($input: AssignInstructorsInput!) {\n    assignInstructors(input: $input) {\n      id\n      instructors {\n        id\n        displayName\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignInstructors($input: AssignInstructorsInput!) {\n    assignInstructors(input: $input) {\n      id\n      instructors {\n        id\n        displayName\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roster($first: Int!, $after: String, $filter: EnrollmentFilter!, $orderBy: EnrollmentOrder) {\n    enrollments(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          enrolledOn\n          status\n          statusSince\n          student {\n            id\n            fullName\n            studentNumber\n          }\n          progress {\n            requiredMinutes\n            approvedMinutes\n            pendingMinutes\n            projectedCompletionDate\n            complete\n            atRisk\n            atRiskReason\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Roster($first: Int!, $after: String, $filter: EnrollmentFilter!, $orderBy: EnrollmentOrder) {\n    enrollments(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          enrolledOn\n          status\n          statusSince\n          student {\n            id\n            fullName\n            studentNumber\n          }\n          progress {\n            requiredMinutes\n            approvedMinutes\n            pendingMinutes\n            projectedCompletionDate\n            complete\n            atRisk\n            atRiskReason\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrollStudent($input: EnrollStudentInput!) {\n    enrollStudent(input: $input) {\n      id\n      student {\n        id\n        fullName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EnrollStudent($input: EnrollStudentInput!) {\n    enrollStudent(input: $input) {\n      id\n      student {\n        id\n        fullName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewStudentImport($input: StudentImportInput!) {\n    previewStudentImport(input: $input) {\n      validCount\n      errorCount\n      rows {\n        line\n        status\n        errors\n        existingStudentId\n        startDate\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreviewStudentImport($input: StudentImportInput!) {\n    previewStudentImport(input: $input) {\n      validCount\n      errorCount\n      rows {\n        line\n        status\n        errors\n        existingStudentId\n        startDate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportStudents($input: StudentImportInput!) {\n    importStudents(input: $input) {\n      importedCount\n      skippedCount\n      invitedCount\n      imported {\n        line\n        studentId\n        enrollmentId\n        name\n        email\n      }\n      skipped {\n        line\n        errors\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportStudents($input: StudentImportInput!) {\n    importStudents(input: $input) {\n      importedCount\n      skippedCount\n      invitedCount\n      imported {\n        line\n        studentId\n        enrollmentId\n        name\n        email\n      }\n      skipped {\n        line\n        errors\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnrollmentCompetencies($id: ID!) {\n    enrollment(id: $id) {\n      id\n      competencyChecklist {\n        competency {\n          id\n          code\n          domain\n          domainNumber\n          level\n          summary\n          sortOrder\n        }\n        signoff {\n          id\n          signedOn\n          note\n          signedBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EnrollmentCompetencies($id: ID!) {\n    enrollment(id: $id) {\n      id\n      competencyChecklist {\n        competency {\n          id\n          code\n          domain\n          domainNumber\n          level\n          summary\n          sortOrder\n        }\n        signoff {\n          id\n          signedOn\n          note\n          signedBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOffCompetency($input: SignOffCompetencyInput!) {\n    signOffCompetency(input: $input) {\n      id\n      competencyId\n      signedOn\n      note\n    }\n  }\n"): (typeof documents)["\n  mutation SignOffCompetency($input: SignOffCompetencyInput!) {\n    signOffCompetency(input: $input) {\n      id\n      competencyId\n      signedOn\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComplianceRecordFields on ComplianceRecord {\n    id\n    status\n    completedOn\n    expiresOn\n    reviewReason\n    documentUrl\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ComplianceRecordFields on ComplianceRecord {\n    id\n    status\n    completedOn\n    expiresOn\n    reviewReason\n    documentUrl\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnrollmentCompliance($id: ID!) {\n    enrollment(id: $id) {\n      id\n      complianceCleared\n      compliance {\n        item {\n          id\n          code\n          name\n          validity\n        }\n        state\n        validThrough\n        daysLeft\n        coversUntil\n        records {\n          ...ComplianceRecordFields\n        }\n      }\n      reminders {\n        id\n        kind\n        dueOn\n        expiresOn\n        item {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EnrollmentCompliance($id: ID!) {\n    enrollment(id: $id) {\n      id\n      complianceCleared\n      compliance {\n        item {\n          id\n          code\n          name\n          validity\n        }\n        state\n        validThrough\n        daysLeft\n        coversUntil\n        records {\n          ...ComplianceRecordFields\n        }\n      }\n      reminders {\n        id\n        kind\n        dueOn\n        expiresOn\n        item {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnrollmentCleared($id: ID!) {\n    enrollment(id: $id) {\n      id\n      complianceCleared\n    }\n  }\n"): (typeof documents)["\n  query EnrollmentCleared($id: ID!) {\n    enrollment(id: $id) {\n      id\n      complianceCleared\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitComplianceRecord($input: SubmitComplianceRecordInput!) {\n    submitComplianceRecord(input: $input) {\n      ...ComplianceRecordFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitComplianceRecord($input: SubmitComplianceRecordInput!) {\n    submitComplianceRecord(input: $input) {\n      ...ComplianceRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewComplianceRecord($input: ReviewComplianceRecordInput!) {\n    reviewComplianceRecord(input: $input) {\n      ...ComplianceRecordFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewComplianceRecord($input: ReviewComplianceRecordInput!) {\n    reviewComplianceRecord(input: $input) {\n      ...ComplianceRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardCohortOptions {\n    cohorts(first: 100) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardCohortOptions {\n    cohorts(first: 100) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortDashboard($id: ID!, $withinDays: Int!) {\n    cohort(id: $id) {\n      id\n      code\n      name\n      dashboard(withinDays: $withinDays) {\n        documentsAwaitingReview\n        expiringItems {\n          enrollment {\n            id\n            student {\n              id\n              fullName\n            }\n          }\n          item {\n            id\n            name\n          }\n          state\n          validThrough\n          daysLeft\n        }\n        retakeEligible {\n          enrollment {\n            id\n            student {\n              id\n              fullName\n            }\n          }\n          exam {\n            id\n            code\n          }\n          attempts\n          nextAllowedOn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CohortDashboard($id: ID!, $withinDays: Int!) {\n    cohort(id: $id) {\n      id\n      code\n      name\n      dashboard(withinDays: $withinDays) {\n        documentsAwaitingReview\n        expiringItems {\n          enrollment {\n            id\n            student {\n              id\n              fullName\n            }\n          }\n          item {\n            id\n            name\n          }\n          state\n          validThrough\n          daysLeft\n        }\n        retakeEligible {\n          enrollment {\n            id\n            student {\n              id\n              fullName\n            }\n          }\n          exam {\n            id\n            code\n          }\n          attempts\n          nextAllowedOn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingComplianceRecords($first: Int!, $after: String, $filter: ComplianceRecordFilter) {\n    complianceRecords(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ComplianceRecordFields\n          item {\n            id\n            name\n          }\n          enrollment {\n            id\n            student {\n              id\n              fullName\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PendingComplianceRecords($first: Int!, $after: String, $filter: ComplianceRecordFilter) {\n    complianceRecords(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ComplianceRecordFields\n          item {\n            id\n            name\n          }\n          enrollment {\n            id\n            student {\n              id\n              fullName\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortsOverview($withinDays: Int!) {\n    cohorts(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          dashboard(withinDays: $withinDays) {\n            documentsAwaitingReview\n            expiringItems {\n              state\n            }\n            retakeEligible {\n              attempts\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CohortsOverview($withinDays: Int!) {\n    cohorts(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          dashboard(withinDays: $withinDays) {\n            documentsAwaitingReview\n            expiringItems {\n              state\n            }\n            retakeEligible {\n              attempts\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExamOptions {\n    exams {\n      id\n      code\n      name\n      body\n      active\n      passScore\n      minScore\n      maxScore\n      maxAttempts\n    }\n  }\n"): (typeof documents)["\n  query ExamOptions {\n    exams {\n      id\n      code\n      name\n      body\n      active\n      passScore\n      minScore\n      maxScore\n      maxAttempts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnrollmentExams($id: ID!) {\n    enrollment(id: $id) {\n      id\n      examStandings {\n        exam {\n          id\n          code\n          name\n          maxAttempts\n        }\n        attempts\n        passed\n        firstAttemptResult\n        nextAllowedOn\n        nextAttemptNumber\n        exhausted\n        scheduled\n      }\n      examAttempts {\n        id\n        attemptNumber\n        takenOn\n        result\n        scaledScore\n        exam {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EnrollmentExams($id: ID!) {\n    enrollment(id: $id) {\n      id\n      examStandings {\n        exam {\n          id\n          code\n          name\n          maxAttempts\n        }\n        attempts\n        passed\n        firstAttemptResult\n        nextAllowedOn\n        nextAttemptNumber\n        exhausted\n        scheduled\n      }\n      examAttempts {\n        id\n        attemptNumber\n        takenOn\n        result\n        scaledScore\n        exam {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentCredentials($id: ID!) {\n    student(id: $id) {\n      id\n      credentials {\n        id\n        kind\n        number\n        state\n        issuedOn\n        expiresOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query StudentCredentials($id: ID!) {\n    student(id: $id) {\n      id\n      credentials {\n        id\n        kind\n        number\n        state\n        issuedOn\n        expiresOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordExamAttempt($input: RecordExamAttemptInput!) {\n    recordExamAttempt(input: $input) {\n      id\n      attemptNumber\n      takenOn\n      result\n      scaledScore\n    }\n  }\n"): (typeof documents)["\n  mutation RecordExamAttempt($input: RecordExamAttemptInput!) {\n    recordExamAttempt(input: $input) {\n      id\n      attemptNumber\n      takenOn\n      result\n      scaledScore\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordExamResult($input: RecordExamResultInput!) {\n    recordExamResult(input: $input) {\n      id\n      result\n      scaledScore\n    }\n  }\n"): (typeof documents)["\n  mutation RecordExamResult($input: RecordExamResultInput!) {\n    recordExamResult(input: $input) {\n      id\n      result\n      scaledScore\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCredential($input: AddCredentialInput!) {\n    addCredential(input: $input) {\n      id\n      kind\n      number\n      state\n      issuedOn\n      expiresOn\n    }\n  }\n"): (typeof documents)["\n  mutation AddCredential($input: AddCredentialInput!) {\n    addCredential(input: $input) {\n      id\n      kind\n      number\n      state\n      issuedOn\n      expiresOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LinkedHourEntry($id: ID!) {\n    hourEntry(id: $id) {\n      ...HourEntryRow\n    }\n  }\n"): (typeof documents)["\n  query LinkedHourEntry($id: ID!) {\n    hourEntry(id: $id) {\n      ...HourEntryRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlacementSummary on Placement {\n    id\n    startDate\n    endDate\n    plannedHours\n    site {\n      id\n      name\n      setting\n    }\n    preceptor {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n    complianceGaps\n  }\n"): (typeof documents)["\n  fragment PlacementSummary on Placement {\n    id\n    startDate\n    endDate\n    plannedHours\n    site {\n      id\n      name\n      setting\n    }\n    preceptor {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n    complianceGaps\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyEnrollments($studentId: ID!) {\n    student(id: $studentId) {\n      id\n      firstName\n      enrollments {\n        id\n        status\n        enrolledOn\n        cohort {\n          id\n          code\n          name\n          externshipStartDate\n          externshipEndDate\n        }\n        placements {\n          ...PlacementSummary\n        }\n        openClockIn {\n          id\n          startedAt\n          placementId\n          placement {\n            id\n            site {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyEnrollments($studentId: ID!) {\n    student(id: $studentId) {\n      id\n      firstName\n      enrollments {\n        id\n        status\n        enrolledOn\n        cohort {\n          id\n          code\n          name\n          externshipStartDate\n          externshipEndDate\n        }\n        placements {\n          ...PlacementSummary\n        }\n        openClockIn {\n          id\n          startedAt\n          placementId\n          placement {\n            id\n            site {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HoursProgressDetail on HoursProgress {\n    requiredMinutes\n    approvedMinutes\n    pendingMinutes\n    pacePerDay\n    projectedCompletionDate\n    complete\n    atRisk\n    atRiskReason\n    requirements {\n      component\n      setting\n      requiredMinutes\n      approvedMinutes\n      pendingMinutes\n      met\n    }\n    rotation {\n      rotationMinutes\n      met\n      description\n    }\n  }\n"): (typeof documents)["\n  fragment HoursProgressDetail on HoursProgress {\n    requiredMinutes\n    approvedMinutes\n    pendingMinutes\n    pacePerDay\n    projectedCompletionDate\n    complete\n    atRisk\n    atRiskReason\n    requirements {\n      component\n      setting\n      requiredMinutes\n      approvedMinutes\n      pendingMinutes\n      met\n    }\n    rotation {\n      rotationMinutes\n      met\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnrollmentHours($id: ID!) {\n    enrollment(id: $id) {\n      id\n      cohort {\n        id\n        code\n        externshipStartDate\n        externshipEndDate\n      }\n      progress {\n        ...HoursProgressDetail\n      }\n      placements {\n        ...PlacementSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query EnrollmentHours($id: ID!) {\n    enrollment(id: $id) {\n      id\n      cohort {\n        id\n        code\n        externshipStartDate\n        externshipEndDate\n      }\n      progress {\n        ...HoursProgressDetail\n      }\n      placements {\n        ...PlacementSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HourEntryRow on HourEntry {\n    id\n    version\n    enrollmentId\n    placementId\n    component\n    setting\n    startedAt\n    endedAt\n    minutes\n    activityNote\n    status\n    reviewComment\n    reviewedAt\n    loggedOnBehalf\n    clockedStartedAt\n    clockedEndedAt\n    editReason\n    placement {\n      id\n      site {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment HourEntryRow on HourEntry {\n    id\n    version\n    enrollmentId\n    placementId\n    component\n    setting\n    startedAt\n    endedAt\n    minutes\n    activityNote\n    status\n    reviewComment\n    reviewedAt\n    loggedOnBehalf\n    clockedStartedAt\n    clockedEndedAt\n    editReason\n    placement {\n      id\n      site {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyHourEntries($first: Int!, $after: String, $filter: HourEntryFilter) {\n    hourEntries(first: $first, after: $after, filter: $filter, direction: DESC) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...HourEntryRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyHourEntries($first: Int!, $after: String, $filter: HourEntryFilter) {\n    hourEntries(first: $first, after: $after, filter: $filter, direction: DESC) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...HourEntryRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogHours($input: LogHoursInput!) {\n    logHours(input: $input) {\n      ...HourEntryRow\n    }\n  }\n"): (typeof documents)["\n  mutation LogHours($input: LogHoursInput!) {\n    logHours(input: $input) {\n      ...HourEntryRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateHourEntry($input: UpdateHourEntryInput!) {\n    updateHourEntry(input: $input) {\n      ...HourEntryRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateHourEntry($input: UpdateHourEntryInput!) {\n    updateHourEntry(input: $input) {\n      ...HourEntryRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClockIn($input: ClockInInput!) {\n    clockIn(input: $input) {\n      id\n      enrollmentId\n      placementId\n      startedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ClockIn($input: ClockInInput!) {\n    clockIn(input: $input) {\n      id\n      enrollmentId\n      placementId\n      startedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClockOut($input: ClockOutInput!) {\n    clockOut(input: $input) {\n      ...HourEntryRow\n    }\n  }\n"): (typeof documents)["\n  mutation ClockOut($input: ClockOutInput!) {\n    clockOut(input: $input) {\n      ...HourEntryRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelClockIn($enrollmentId: ID!) {\n    cancelClockIn(enrollmentId: $enrollmentId) {\n      id\n      enrollmentId\n    }\n  }\n"): (typeof documents)["\n  mutation CancelClockIn($enrollmentId: ID!) {\n    cancelClockIn(enrollmentId: $enrollmentId) {\n      id\n      enrollmentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationItem on Notification {\n    id\n    kind\n    title\n    body\n    link\n    itemCount\n    createdAt\n    updatedAt\n    readAt\n    emailStatus\n    emailedAt\n    digest\n    programName\n  }\n"): (typeof documents)["\n  fragment NotificationItem on Notification {\n    id\n    kind\n    title\n    body\n    link\n    itemCount\n    createdAt\n    updatedAt\n    readAt\n    emailStatus\n    emailedAt\n    digest\n    programName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationItem\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationItem\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      digestHour\n      kinds {\n        kind\n        label\n        email\n        digest\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      digestHour\n      kinds {\n        kind\n        label\n        email\n        digest\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      digestHour\n      kinds {\n        kind\n        label\n        email\n        digest\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      digestHour\n      kinds {\n        kind\n        label\n        email\n        digest\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnrollmentOutcomes($id: ID!) {\n    enrollment(id: $id) {\n      id\n      employmentRecords {\n        id\n        employer\n        jobTitle\n        relation\n        startDate\n        verificationSource\n        verifiedOn\n      }\n      outcomeMarkers {\n        id\n        kind\n        unavailabilityReason\n        documentedOn\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  query EnrollmentOutcomes($id: ID!) {\n    enrollment(id: $id) {\n      id\n      employmentRecords {\n        id\n        employer\n        jobTitle\n        relation\n        startDate\n        verificationSource\n        verifiedOn\n      }\n      outcomeMarkers {\n        id\n        kind\n        unavailabilityReason\n        documentedOn\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddEmploymentRecord($input: AddEmploymentRecordInput!) {\n    addEmploymentRecord(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddEmploymentRecord($input: AddEmploymentRecordInput!) {\n    addEmploymentRecord(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddOutcomeMarker($input: AddOutcomeMarkerInput!) {\n    addOutcomeMarker(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddOutcomeMarker($input: AddOutcomeMarkerInput!) {\n    addOutcomeMarker(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlacementRow on Placement {\n    id\n    startDate\n    endDate\n    plannedHours\n    enrollment {\n      id\n      cohort {\n        id\n        code\n      }\n      student {\n        id\n        fullName\n      }\n    }\n    site {\n      id\n      name\n      setting\n    }\n    preceptor {\n      id\n      licenseExpiresOn\n      user {\n        id\n        displayName\n      }\n    }\n    preceptorLicenseLapses\n    complianceGaps\n  }\n"): (typeof documents)["\n  fragment PlacementRow on Placement {\n    id\n    startDate\n    endDate\n    plannedHours\n    enrollment {\n      id\n      cohort {\n        id\n        code\n      }\n      student {\n        id\n        fullName\n      }\n    }\n    site {\n      id\n      name\n      setting\n    }\n    preceptor {\n      id\n      licenseExpiresOn\n      user {\n        id\n        displayName\n      }\n    }\n    preceptorLicenseLapses\n    complianceGaps\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Placements($first: Int!, $after: String, $filter: PlacementFilter) {\n    placements(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PlacementRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Placements($first: Int!, $after: String, $filter: PlacementFilter) {\n    placements(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PlacementRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlacement($input: CreatePlacementInput!) {\n    createPlacement(input: $input) {\n      ...PlacementRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePlacement($input: CreatePlacementInput!) {\n    createPlacement(input: $input) {\n      ...PlacementRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlacementSite($id: ID!) {\n    site(id: $id) {\n      id\n      capacity\n      agreementStartDate\n      agreementEndDate\n      preceptors {\n        id\n        licenseExpiresOn\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlacementSite($id: ID!) {\n    site(id: $id) {\n      id\n      capacity\n      agreementStartDate\n      agreementEndDate\n      preceptors {\n        id\n        licenseExpiresOn\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Programs($first: Int!, $after: String) {\n    programs(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          level\n          timeZone\n          accreditors\n          minTotalHours\n          minWeeks\n          minRotations\n          minSingleRotationHours\n          minRotationTotalHours\n          countOnlyVerifiedEmployment\n          requirements {\n            component\n            setting\n            minHours\n          }\n          requirementWarnings\n          benchmarks {\n            abhesRetention\n            abhesPlacement\n            coeCompletion\n            coePlacement\n            coeLicensure\n            examPass\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Programs($first: Int!, $after: String) {\n    programs(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          level\n          timeZone\n          accreditors\n          minTotalHours\n          minWeeks\n          minRotations\n          minSingleRotationHours\n          minRotationTotalHours\n          countOnlyVerifiedEmployment\n          requirements {\n            component\n            setting\n            minHours\n          }\n          requirementWarnings\n          benchmarks {\n            abhesRetention\n            abhesPlacement\n            coeCompletion\n            coePlacement\n            coeLicensure\n            examPass\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProgram($input: CreateProgramInput!) {\n    createProgram(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProgram($input: CreateProgramInput!) {\n    createProgram(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProgramBenchmarks($programId: ID!, $input: ProgramBenchmarksInput!) {\n    updateProgramBenchmarks(programId: $programId, input: $input) {\n      id\n      benchmarks {\n        abhesRetention\n        abhesPlacement\n        coeCompletion\n        coePlacement\n        coeLicensure\n        examPass\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProgramBenchmarks($programId: ID!, $input: ProgramBenchmarksInput!) {\n    updateProgramBenchmarks(programId: $programId, input: $input) {\n      id\n      benchmarks {\n        abhesRetention\n        abhesPlacement\n        coeCompletion\n        coePlacement\n        coeLicensure\n        examPass\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetVerifiedEmploymentRule($input: UpdateProgramInput!) {\n    updateProgram(input: $input) {\n      id\n      countOnlyVerifiedEmployment\n    }\n  }\n"): (typeof documents)["\n  mutation SetVerifiedEmploymentRule($input: UpdateProgramInput!) {\n    updateProgram(input: $input) {\n      id\n      countOnlyVerifiedEmployment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportProgramOptions {\n    programs(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportProgramOptions {\n    programs(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportCohortOptions($programId: ID) {\n    cohorts(first: 100, filter: { programId: $programId }) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportCohortOptions($programId: ID) {\n    cohorts(first: 100, filter: { programId: $programId }) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportRateFields on ReportRate {\n    key\n    label\n    numerator\n    denominator\n    value\n    benchmark\n    belowBenchmark\n    note\n    numeratorKey\n    denominatorKey\n  }\n"): (typeof documents)["\n  fragment ReportRateFields on ReportRate {\n    key\n    label\n    numerator\n    denominator\n    value\n    benchmark\n    belowBenchmark\n    note\n    numeratorKey\n    denominatorKey\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OutcomeReportFields on OutcomeReport {\n    snapshotId\n    programIds\n    programNames\n    cohortId\n    cohortCode\n    periodStart\n    periodEnd\n    generatedAt\n    generatedBy\n    employmentRule\n    rates {\n      ...ReportRateFields\n    }\n    figures {\n      key\n      label\n      count\n    }\n    tables {\n      key\n      title\n      columns\n      note\n      rows {\n        label\n        cells {\n          text\n          figureKey\n          rateKey\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OutcomeReportFields on OutcomeReport {\n    snapshotId\n    programIds\n    programNames\n    cohortId\n    cohortCode\n    periodStart\n    periodEnd\n    generatedAt\n    generatedBy\n    employmentRule\n    rates {\n      ...ReportRateFields\n    }\n    figures {\n      key\n      label\n      count\n    }\n    tables {\n      key\n      title\n      columns\n      note\n      rows {\n        label\n        cells {\n          text\n          figureKey\n          rateKey\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportStudentFields on ReportStudent {\n    enrollmentId\n    studentId\n    studentName\n    cohortCode\n    evidence\n    evidenceDate\n  }\n"): (typeof documents)["\n  fragment ReportStudentFields on ReportStudent {\n    enrollmentId\n    studentId\n    studentName\n    cohortCode\n    evidence\n    evidenceDate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutcomeReport($input: ReportInput!) {\n    outcomeReport(input: $input) {\n      ...OutcomeReportFields\n    }\n  }\n"): (typeof documents)["\n  query OutcomeReport($input: ReportInput!) {\n    outcomeReport(input: $input) {\n      ...OutcomeReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportTrend($input: ReportInput!, $periods: Int!) {\n    reportTrend(input: $input, periods: $periods) {\n      periodStart\n      periodEnd\n      label\n      rates {\n        ...ReportRateFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportTrend($input: ReportInput!, $periods: Int!) {\n    reportTrend(input: $input, periods: $periods) {\n      periodStart\n      periodEnd\n      label\n      rates {\n        ...ReportRateFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportFigureStudents($input: ReportInput!, $figureKey: String!) {\n    outcomeReport(input: $input) {\n      students(figureKey: $figureKey) {\n        ...ReportStudentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportFigureStudents($input: ReportInput!, $figureKey: String!) {\n    outcomeReport(input: $input) {\n      students(figureKey: $figureKey) {\n        ...ReportStudentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveReportSnapshot($input: ReportInput!, $title: String) {\n    saveReportSnapshot(input: $input, title: $title) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation SaveReportSnapshot($input: ReportInput!, $title: String) {\n    saveReportSnapshot(input: $input, title: $title) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportSnapshots($first: Int!, $after: String) {\n    reportSnapshots(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          programNames\n          cohortCode\n          periodStart\n          periodEnd\n          createdAt\n          createdBy\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportSnapshots($first: Int!, $after: String) {\n    reportSnapshots(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          programNames\n          cohortCode\n          periodStart\n          periodEnd\n          createdAt\n          createdBy\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportSnapshot($id: ID!) {\n    reportSnapshot(id: $id) {\n      id\n      title\n      createdAt\n      createdBy\n      report {\n        ...OutcomeReportFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportSnapshot($id: ID!) {\n    reportSnapshot(id: $id) {\n      id\n      title\n      createdAt\n      createdBy\n      report {\n        ...OutcomeReportFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SnapshotFigureStudents($id: ID!, $figureKey: String!) {\n    reportSnapshot(id: $id) {\n      id\n      report {\n        students(figureKey: $figureKey) {\n          ...ReportStudentFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SnapshotFigureStudents($id: ID!, $figureKey: String!) {\n    reportSnapshot(id: $id) {\n      id\n      report {\n        students(figureKey: $figureKey) {\n          ...ReportStudentFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DisclosureLog($first: Int!, $after: String) {\n    disclosureLog(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          actorName\n          action\n          description\n          purpose\n          studentCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DisclosureLog($first: Int!, $after: String) {\n    disclosureLog(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          actorName\n          action\n          description\n          purpose\n          studentCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue($first: Int!, $after: String, $filter: HourEntryFilter) {\n    hourEntries(first: $first, after: $after, filter: $filter, direction: ASC) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...HourEntryRow\n          enrollment {\n            id\n            cohort {\n              id\n              code\n            }\n            student {\n              id\n              fullName\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewQueue($first: Int!, $after: String, $filter: HourEntryFilter) {\n    hourEntries(first: $first, after: $after, filter: $filter, direction: ASC) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...HourEntryRow\n          enrollment {\n            id\n            cohort {\n              id\n              code\n            }\n            student {\n              id\n              fullName\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewHourEntry($input: ReviewHourEntryInput!) {\n    reviewHourEntry(input: $input) {\n      ...HourEntryRow\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewHourEntry($input: ReviewHourEntryInput!) {\n    reviewHourEntry(input: $input) {\n      ...HourEntryRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveHourEntries($input: ApproveHourEntriesInput!) {\n    approveHourEntries(input: $input) {\n      approved {\n        ...HourEntryRow\n      }\n      refused {\n        entryId\n        reason\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveHourEntries($input: ApproveHourEntriesInput!) {\n    approveHourEntries(input: $input) {\n      approved {\n        ...HourEntryRow\n      }\n      refused {\n        entryId\n        reason\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenHourEntry($input: ReopenHourEntryInput!) {\n    reopenHourEntry(input: $input) {\n      ...HourEntryRow\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenHourEntry($input: ReopenHourEntryInput!) {\n    reopenHourEntry(input: $input) {\n      ...HourEntryRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortOptions {\n    cohorts(first: 100) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CohortOptions {\n    cohorts(first: 100) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteOptions {\n    sites(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SiteOptions {\n    sites(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SiteRow on Site {\n    id\n    programId\n    name\n    address\n    setting\n    capacity\n    agreementStartDate\n    agreementEndDate\n    agreementStatus\n    agreementDaysLeft\n    activePlacementCount\n  }\n"): (typeof documents)["\n  fragment SiteRow on Site {\n    id\n    programId\n    name\n    address\n    setting\n    capacity\n    agreementStartDate\n    agreementEndDate\n    agreementStatus\n    agreementDaysLeft\n    activePlacementCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sites($first: Int!, $after: String, $filter: SiteFilter) {\n    sites(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...SiteRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Sites($first: Int!, $after: String, $filter: SiteFilter) {\n    sites(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...SiteRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Site($id: ID!) {\n    site(id: $id) {\n      ...SiteRow\n      preceptors {\n        id\n        licenseNumber\n        licenseExpiresOn\n        user {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Site($id: ID!) {\n    site(id: $id) {\n      ...SiteRow\n      preceptors {\n        id\n        licenseNumber\n        licenseExpiresOn\n        user {\n          id\n          displayName\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      ...SiteRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      ...SiteRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreceptorUsers {\n    preceptorUsers {\n      id\n      displayName\n      email\n    }\n  }\n"): (typeof documents)["\n  query PreceptorUsers {\n    preceptorUsers {\n      id\n      displayName\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPreceptor($input: AddPreceptorInput!) {\n    addPreceptor(input: $input) {\n      id\n      licenseNumber\n      licenseExpiresOn\n      user {\n        id\n        displayName\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddPreceptor($input: AddPreceptorInput!) {\n    addPreceptor(input: $input) {\n      id\n      licenseNumber\n      licenseExpiresOn\n      user {\n        id\n        displayName\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Students($first: Int!, $after: String, $filter: StudentFilter) {\n    students(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          fullName\n          email\n          studentNumber\n          enrollments {\n            id\n            status\n            cohort {\n              id\n              code\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Students($first: Int!, $after: String, $filter: StudentFilter) {\n    students(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          fullName\n          email\n          studentNumber\n          enrollments {\n            id\n            status\n            cohort {\n              id\n              code\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EnrollmentDetail on Enrollment {\n    id\n    enrolledOn\n    status\n    statusSince\n    cohort {\n      id\n      code\n      name\n      externshipStartDate\n      externshipEndDate\n      program {\n        id\n        name\n      }\n    }\n    statusHistory {\n      id\n      status\n      effectiveOn\n      reasonCode\n      note\n      recordedAt\n      recordedBy {\n        id\n        displayName\n      }\n      overrideReason\n      unmetRequirements\n      voidedAt\n      voidReason\n      voidedBy {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment EnrollmentDetail on Enrollment {\n    id\n    enrolledOn\n    status\n    statusSince\n    cohort {\n      id\n      code\n      name\n      externshipStartDate\n      externshipEndDate\n      program {\n        id\n        name\n      }\n    }\n    statusHistory {\n      id\n      status\n      effectiveOn\n      reasonCode\n      note\n      recordedAt\n      recordedBy {\n        id\n        displayName\n      }\n      overrideReason\n      unmetRequirements\n      voidedAt\n      voidReason\n      voidedBy {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentDetail($id: ID!) {\n    student(id: $id) {\n      id\n      firstName\n      lastName\n      fullName\n      email\n      studentNumber\n      phone\n      enrollments {\n        ...EnrollmentDetail\n      }\n    }\n  }\n"): (typeof documents)["\n  query StudentDetail($id: ID!) {\n    student(id: $id) {\n      id\n      firstName\n      lastName\n      fullName\n      email\n      studentNumber\n      phone\n      enrollments {\n        ...EnrollmentDetail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStudent($input: UpdateStudentInput!) {\n    updateStudent(input: $input) {\n      id\n      firstName\n      lastName\n      fullName\n      email\n      phone\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateStudent($input: UpdateStudentInput!) {\n    updateStudent(input: $input) {\n      id\n      firstName\n      lastName\n      fullName\n      email\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordStatusChange($input: RecordStatusChangeInput!) {\n    recordStatusChange(input: $input) {\n      ...EnrollmentDetail\n    }\n  }\n"): (typeof documents)["\n  mutation RecordStatusChange($input: RecordStatusChangeInput!) {\n    recordStatusChange(input: $input) {\n      ...EnrollmentDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GraduationGaps($id: ID!) {\n    enrollment(id: $id) {\n      id\n      graduationGaps\n    }\n  }\n"): (typeof documents)["\n  query GraduationGaps($id: ID!) {\n    enrollment(id: $id) {\n      id\n      graduationGaps\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectStatusEvent($input: CorrectStatusEventInput!) {\n    correctStatusEvent(input: $input) {\n      ...EnrollmentDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectStatusEvent($input: CorrectStatusEventInput!) {\n    correctStatusEvent(input: $input) {\n      ...EnrollmentDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRow on User {\n    id\n    email\n    displayName\n    role\n    isSystemAdmin\n    status\n    createdAt\n    activatedAt\n    lastSignInAt\n    disabledAt\n    access {\n      programs {\n        id\n        name\n      }\n      cohorts {\n        id\n        name\n      }\n      sites {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment UserRow on User {\n    id\n    email\n    displayName\n    role\n    isSystemAdmin\n    status\n    createdAt\n    activatedAt\n    lastSignInAt\n    disabledAt\n    access {\n      programs {\n        id\n        name\n      }\n      cohorts {\n        id\n        name\n      }\n      sites {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($first: Int!, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UserRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($first: Int!, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UserRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($userId: ID!) {\n    resendInvitation(userId: $userId) {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation ResendInvitation($userId: ID!) {\n    resendInvitation(userId: $userId) {\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUserAccess($input: UpdateUserAccessInput!) {\n    updateUserAccess(input: $input) {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUserAccess($input: UpdateUserAccessInput!) {\n    updateUserAccess(input: $input) {\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreceptorLicense($siteId: ID!) {\n    site(id: $siteId) {\n      id\n      preceptors {\n        id\n        licenseNumber\n        licenseExpiresOn\n        user {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreceptorLicense($siteId: ID!) {\n    site(id: $siteId) {\n      id\n      preceptors {\n        id\n        licenseNumber\n        licenseExpiresOn\n        user {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSystemAdmin($input: SetSystemAdminInput!) {\n    setSystemAdmin(input: $input) {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation SetSystemAdmin($input: SetSystemAdminInput!) {\n    setSystemAdmin(input: $input) {\n      ...UserRow\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;