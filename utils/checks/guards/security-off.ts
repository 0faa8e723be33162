import type { Guard } from './types';

/**
 * For the organiser (moderator) only, where the client tells: with neither lobby nor password,
 * anyone with the link can walk in. The steps to turn them on are in the notice.
 */
export const securityOffGuard: Guard = (snapshot) => {
  const security = snapshot.security;
  if (snapshot.phase !== 'in-call' || !security?.moderator || security.lobbyEnabled || security.passwordSet) return [];
  return [{ kind: 'security-off', key: `security-off:${snapshot.client}`, severity: 'reminder', client: snapshot.client }];
};
