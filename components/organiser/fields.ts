import { t } from '../../utils/platform/i18n';
import type { FormField } from '../../utils/organiser/publish';

/** The id of the form control where a field is edited (rule positions count from 1). */
export function fieldElementId(field: FormField, position?: number): string {
  switch (field) {
    case 'rule':
      return `org-rule-${position ?? 1}-de`;
    case 'rules':
      return 'org-rule-add';
    case 'policy':
      return 'org-policy-any';
    case 'roster':
      return 'org-names';
    case 'everyMinutes':
      return 'org-every';
    case 'reminders':
      return 'org-at-join';
    case 'organiserName':
      return 'org-organiser-name';
    default:
      return `org-${field}`;
  }
}

/** The label of that control, as the organiser sees it. */
export function fieldLabel(field: FormField, position?: number): string {
  switch (field) {
    case 'id':
      return t('orgIdLabel');
    case 'title':
      return t('orgTitleLabel');
    case 'version':
      return t('orgVersionLabel');
    case 'rules':
      return t('orgRulesLegend');
    case 'rule':
      return t('orgRuleLegend', [String(position ?? 1)]);
    case 'policy':
      return t('orgPolicyLegend');
    case 'roster':
      return t('orgRosterLegend');
    case 'expected':
      return t('orgExpectedLabel');
    case 'meetings':
      return t('orgMeetingsLabel');
    case 'reminders':
      return t('orgRemindersLegend');
    case 'everyMinutes':
      return t('orgEveryLabel');
    case 'organiserName':
      return t('orgOrganiserNameLabel');
  }
}
