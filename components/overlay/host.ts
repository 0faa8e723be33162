/** Tag name of the element the overlay's open shadow root hangs on. */
export const OVERLAY_HOST_NAME = 'vertraulich-overlay';
