/** Zoom's web client: app.zoom.us, zoom.us and company subdomains (acme.zoom.us), all under /wc/. */
export const ZOOM_MATCHES = ['https://zoom.us/wc/*', 'https://*.zoom.us/wc/*'];
