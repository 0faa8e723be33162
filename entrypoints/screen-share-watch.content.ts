import { defineContentScript } from 'wxt/utils/define-content-script';
import { HOSTED_CALL_MATCHES } from '../utils/clients/common/hosts';
import { watchScreenSharing } from '../utils/clients/common/screen-share-watch';

/** Screen-sharing watch in the page's MAIN world, before the page takes its own copy of the API. */
export default defineContentScript({
  matches: HOSTED_CALL_MATCHES,
  world: 'MAIN',
  runAt: 'document_start',
  allFrames: true,
  main: watchScreenSharing,
});
