import type { Guard } from './types';

/** While you share your screen: close private windows, chats and notifications. */
export const screenShareGuard: Guard = (snapshot) =>
  snapshot.screenSharing === true ? [{ kind: 'screen-share', key: `screen-share:${snapshot.client}`, severity: 'reminder' }] : [];
