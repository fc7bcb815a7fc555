/**
 * The plan files, by file name. A new plan is a new `<id>.json` in this folder plus one import and one entry
 * here; `listPlans()` validates every file at load, and the tests check each against the plan-targets page.
 */
import bg2023 from './bg-2023.json';
import bn2023 from './bn-2023.json';
import bn2035 from './bn-2035.json';
import bnDx2030 from './bn-dx-2030.json';
import tn2023 from './tn-2023.json';

export const PLAN_FILES: Record<string, unknown> = {
  'bg-2023.json': bg2023,
  'bn-2023.json': bn2023,
  'bn-2035.json': bn2035,
  'bn-dx-2030.json': bnDx2030,
  'tn-2023.json': tn2023,
};
