/** The optional permission for roster notifications, asked for on the options page (components/organiser/RosterNotifications.tsx). */
export const notificationsPermission = (): { permissions: 'notifications'[] } => ({ permissions: ['notifications'] });
