// The page's script: globals first (as index.html's inline scripts do), then jitsi-meet's web entry,
// then the app rendered into #react as index.html does. The harness object lets a test drive the
// call with Jitsi's own redux actions (see tests/jitsi-ui/driver.ts).
import './globals.js';
import 'jitsi-sdk/react/index.web.js';

window.JitsiMeetJS.app.renderEntryPoint({ Component: window.JitsiMeetJS.app.entryPoints.APP });
