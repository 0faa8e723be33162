import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createBadges } from '../components/overlay/badges';
import { installRosterEngine } from '../utils/roster/engine';

// Injected by the background into a call page's extension world, only for calls whose rule set
// has a roster (utils/roster/engine/index.ts says why it is not part of the call content script).
// The badges are components: they ride along here, wired in by this entrypoint.
export default defineUnlistedScript(() => installRosterEngine({ createBadges }));
