import { matchesAny } from '../common/match-pattern';
import { JITSI_MATCHES } from './hosts';
import { selectors } from './selectors';

/**
 * Is this page Jitsi Meet? By host for the hosted service, by its markup anywhere else (a group's
 * own server). On its own so that the self-hosted loader can tell clients apart without loading them.
 */
export function recognises(doc: Document, url: URL): boolean {
  if (matchesAny(JITSI_MATCHES, url)) return true;
  return (
    doc.querySelector(
      [selectors.conferencePage, selectors.prejoinScreen, selectors.prejoinName, `${selectors.tile}${selectors.localTile}`, selectors.appBundle].join(', '),
    ) !== null
  );
}
