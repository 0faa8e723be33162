import { defineContentScript } from 'wxt/utils/define-content-script';
import { JITSI_MATCHES } from '../utils/clients/common/hosts';
import { startJitsiBridge } from '../utils/clients/jitsi/bridge';

/** Jitsi's state bridge, in the page's MAIN world (see utils/clients/jitsi/bridge.ts). */
export default defineContentScript({
  matches: JITSI_MATCHES,
  world: 'MAIN',
  runAt: 'document_idle',
  main: startJitsiBridge,
});
