import { isBridgeHello, SCREEN_SHARE_SOURCE, type ScreenShareMessage } from '../../platform/messages';

/**
 * Runs in the page's MAIN world on call pages: notices when the page starts sharing the screen
 * (navigator.mediaDevices.getDisplayMedia resolves) and when the shared video ends (the person
 * stops it in the browser's bar: 'ended'; or the page stops the track itself: stop()). Posts
 * only `{ sharing: boolean }`, which the page knows anyway. Never throws into the page.
 */
export function watchScreenSharing(): void {
  try {
    const devices = navigator.mediaDevices as (MediaDevices & { getDisplayMedia?: MediaDevices['getDisplayMedia'] }) | undefined;
    const original = devices?.getDisplayMedia;
    if (!devices || typeof original !== 'function') return;
    const live = new Set<MediaStreamTrack>();
    let sharing = false;
    const post = () => window.postMessage({ source: SCREEN_SHARE_SOURCE, sharing } satisfies ScreenShareMessage, location.origin);
    const check = () => {
      for (const track of live) if (track.readyState === 'ended') live.delete(track);
      if (sharing !== live.size > 0) {
        sharing = live.size > 0;
        post();
      }
    };
    const follow = (track: MediaStreamTrack) => {
      live.add(track);
      track.addEventListener('ended', check);
      const stop = track.stop;
      // A page that stops the track itself gets no 'ended' event: look right after stop().
      track.stop = function (this: MediaStreamTrack) {
        stop.call(this);
        check();
      };
    };
    devices.getDisplayMedia = function (this: MediaDevices, ...args: Parameters<MediaDevices['getDisplayMedia']>) {
      return original.apply(this, args).then((stream) => {
        try {
          stream.getTracks().forEach(follow);
          check();
        } catch {
          // never break the page's screen sharing
        }
        return stream;
      });
    };
    window.addEventListener('message', (event) => {
      if (isBridgeHello(event.data) && sharing) post();
    });
  } catch {
    // never throw into the page
  }
}
