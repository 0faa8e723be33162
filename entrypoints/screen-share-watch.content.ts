import { defineContentScript } from 'wxt/utils/define-content-script';
import { mainWorldOptions, SCREEN_SHARE_WATCH_SCRIPT } from '../utils/clients/call-scripts';
import { watchScreenSharing } from '../utils/clients/common/screen-share-watch';

/** Screen-sharing watch in the page's MAIN world, before the page takes its own copy of the API. */
export default defineContentScript({ ...mainWorldOptions(SCREEN_SHARE_WATCH_SCRIPT), main: watchScreenSharing });
