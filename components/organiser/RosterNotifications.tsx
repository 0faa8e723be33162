import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../utils/platform/i18n';
import { notificationsPermission } from '../../utils/roster/permission';

/**
 * "Notify me when someone unknown joins while the call tab is in the background": the optional
 * notifications permission, asked for only here and only on a click (browsers require the click).
 * The notification names nobody (utils/roster/background.ts).
 */
export function RosterNotifications() {
  const [allowed, setAllowed] = useState<boolean | null>(null);
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    void browser.permissions.contains(notificationsPermission()).then(setAllowed, () => setAllowed(false));
  }, []);

  const allow = () => {
    setRefused(false);
    // Called straight from the click: Firefox grants permissions only inside the user's gesture.
    void browser.permissions.request(notificationsPermission()).then(
      (granted) => {
        setAllowed(granted);
        setRefused(!granted);
      },
      () => setRefused(true),
    );
  };
  const stop = () => void browser.permissions.remove(notificationsPermission()).then(() => setAllowed(false));

  return (
    <div class="field" data-roster-notifications>
      <p class="hint" id="roster-notify-explain">
        <strong>{t('rosterNotifyLegend')}: </strong>
        {t('rosterNotifyExplain')}
      </p>
      {allowed === false && (
        <button class="button button--quiet" type="button" aria-describedby="roster-notify-explain" onClick={allow}>
          {t('rosterNotifyAllow')}
        </button>
      )}
      {allowed === true && (
        <button class="button button--quiet" type="button" onClick={stop}>
          {t('rosterNotifyStop')}
        </button>
      )}
      <p role="status" data-roster-notifications-state>
        {refused ? t('rosterNotifyRefused') : allowed === true ? t('rosterNotifyOn') : allowed === false ? t('rosterNotifyOff') : ''}
      </p>
    </div>
  );
}
