import type { Participant } from '../../clients/types';

/** Waiting in the lobby only, not (yet) in the call. */
export const onlyInLobby = (p: Participant): boolean => p.shownIn.length > 0 && p.shownIn.every((where) => where === 'lobby');
