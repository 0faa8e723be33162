import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installRosterEngine } from '../utils/roster/engine';

// Injected by the background into a call page's extension world, only for calls whose rule set
// has a roster (utils/roster/engine.ts says why it is not part of the call content script).
export default defineUnlistedScript(() => installRosterEngine());
