import { defineContentScript } from 'wxt/utils/define-content-script';
import { bridgeScript, mainWorldOptions } from '../utils/clients/call-scripts';
import { startJitsiBridge } from '../utils/clients/jitsi/bridge';

/** Jitsi's state bridge, in the page's MAIN world (utils/clients/jitsi/bridge.ts); where: the registry. */
export default defineContentScript({ ...mainWorldOptions(bridgeScript('jitsi')), main: startJitsiBridge });
