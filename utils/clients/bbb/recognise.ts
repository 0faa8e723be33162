import { selectors } from './selectors';

/** /html5client/… (the client), /rooms/<id>/join (Greenlight's join page). */
const PATHS = /^\/(html5client\/|rooms\/[^/]+\/join)/;

/**
 * Is this page BigBlueButton (or Greenlight in front of it)? Self-hosted only: by its paths and
 * markup, never by host. On its own so that the self-hosted loader can tell clients apart.
 */
export const recognises = (doc: Document, url: URL): boolean =>
  PATHS.test(url.pathname) || doc.querySelector(`${selectors.markers}, ${selectors.prejoinName}`) !== null;
