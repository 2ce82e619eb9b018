import { can, type Role } from '@ptp/shared';
import {
  IconBuildingCommunity,
  IconBuildingHospital,
  IconChartBar,
  IconChecklist,
  IconClipboardCheck,
  IconClockPlus,
  IconKey,
  IconLayoutDashboard,
  IconListDetails,
  IconMapPin,
  IconReportAnalytics,
  IconSchool,
  IconUserCircle,
  IconUserShield,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';

export interface NavItem {
  label: string;
  to: string;
  icon: Icon;
}

/** What each role sees in the navigation, from the shared permission catalogue. */
export function navItemsFor(role: Role): NavItem[] {
  const items: NavItem[] = [];
  const isStudent = role === 'STUDENT';
  if (isStudent) {
    items.push({ label: 'My record', to: '/me', icon: IconUserCircle });
    if (can(role, 'HOURS_LOG')) {
      items.push({ label: 'Log hours', to: '/hours/log', icon: IconClockPlus });
      items.push({ label: 'My hours', to: '/hours', icon: IconListDetails });
    }
    if (can(role, 'HOURS_READ')) items.push({ label: 'My progress', to: '/progress', icon: IconChartBar });
    if (can(role, 'EVALUATION_FILL')) items.push({ label: 'Evaluations', to: '/evaluations', icon: IconClipboardCheck });
    return items;
  }
  if (can(role, 'COHORT_READ')) items.push({ label: 'Cohorts', to: '/cohorts', icon: IconSchool });
  if (can(role, 'STUDENT_READ')) items.push({ label: 'Students', to: '/students', icon: IconUsers });
  if (can(role, 'HOURS_REVIEW')) items.push({ label: 'Review hours', to: '/review', icon: IconChecklist });
  if (can(role, 'EVALUATION_FILL')) items.push({ label: 'Evaluations', to: '/evaluations', icon: IconClipboardCheck });
  if (can(role, 'COMPLIANCE_REVIEW')) items.push({ label: 'Dashboard', to: '/dashboard', icon: IconLayoutDashboard });
  if (can(role, 'SITE_READ')) items.push({ label: 'Sites', to: '/sites', icon: IconBuildingHospital });
  if (can(role, 'PLACEMENT_MANAGE')) items.push({ label: 'Placements', to: '/placements', icon: IconMapPin });
  if (can(role, 'REPORT_VIEW')) items.push({ label: 'Reports', to: '/reports', icon: IconReportAnalytics });
  if (can(role, 'PROGRAM_MANAGE')) items.push({ label: 'Programs', to: '/programs', icon: IconBuildingCommunity });
  if (can(role, 'USER_MANAGE')) items.push({ label: 'Users', to: '/users', icon: IconUserShield });
  if (can(role, 'API_TOKEN_MANAGE')) items.push({ label: 'API tokens', to: '/api-tokens', icon: IconKey });
  return items;
}

/** Where "/" leads for each role. */
export function homePathFor(role: Role): string {
  if (role === 'STUDENT') return '/me';
  if (can(role, 'COHORT_READ')) return '/cohorts';
  if (can(role, 'HOURS_REVIEW')) return '/review';
  return '/welcome';
}
