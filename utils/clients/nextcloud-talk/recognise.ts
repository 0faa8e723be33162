import { selectors } from './selectors';

/** Talk's conversation links: /call/<token> (route 'conversation' in src/router/), also behind /index.php. */
const PATHS = /^\/(index\.php\/)?call\/\w/;

/**
 * Is this page Nextcloud Talk? Self-hosted only: by its call links and markup, never by host. On
 * its own so that the self-hosted loader can tell clients apart.
 */
export const recognises = (doc: Document, url: URL): boolean => PATHS.test(url.pathname) || doc.querySelector(selectors.markers) !== null;
