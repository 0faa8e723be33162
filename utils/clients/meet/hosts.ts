/** Google Meet. */
export const MEET_MATCHES = ['https://meet.google.com/*'];
