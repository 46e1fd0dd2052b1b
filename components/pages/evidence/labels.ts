// Display names for boards in the log. A copy of the readers' names (tests/unit/pages/labels.test.ts
// keeps it equal to boards/index.ts BOARDS), so the log page doesn't load the page readers.

import type { Translate } from '../../i18n/translate';

export const BOARD_NAMES: Readonly<Record<string, string>> = {
  linkedin: 'LinkedIn',
  indeed: 'Indeed',
  'nhs-jobs': 'NHS Jobs',
  reed: 'Reed',
  seek: 'SEEK',
  glassdoor: 'Glassdoor',
  jobberman: 'Jobberman',
};

export function boardName(id: string, t: Translate): string {
  if (id === 'generic') return t('board_generic');
  if (id === 'checker') return t('board_checker');
  return BOARD_NAMES[id] ?? id;
}
