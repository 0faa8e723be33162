import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, type MessageKey } from '../../utils/platform/i18n';
import { selfHostedServersItem } from '../../utils/platform/storage';
import { addServer, listServers, removeServer, type SelfHostedServer, type ServerError } from '../../utils/clients/self-hosted';

const ERROR_TEXT: Record<ServerError, MessageKey> = {
  invalid: 'selfHostedErrorInvalid',
  'not-https': 'selfHostedErrorNotHttps',
  hosted: 'selfHostedErrorHosted',
  denied: 'selfHostedErrorDenied',
  failed: 'selfHostedErrorFailed',
};

/**
 * Self-hosted call servers (Jitsi Meet, BigBlueButton) the extension should watch: the person names
 * one, the browser asks them to allow that host, and the call checks run there from then on.
 */
export function SelfHostedServers() {
  const [servers, setServers] = useState<SelfHostedServer[] | null>(null);
  const [address, setAddress] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ServerError | null>(null);
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    const update = () => void listServers().then(setServers);
    update();
    const unwatch = selfHostedServersItem.watch(update);
    browser.permissions.onRemoved.addListener(update);
    return () => {
      unwatch();
      browser.permissions.onRemoved.removeListener(update);
    };
  }, []);

  const onAdd = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setDone(null);
    // The permission question must come straight from the click: addServer asks first.
    const result = await addServer(address);
    setBusy(false);
    if (result.ok) {
      setError(null);
      setAddress('');
      setDone(result.origin);
    } else {
      setError(result.error);
    }
    setServers(await listServers());
  };

  const onRemove = async (origin: string) => {
    setDone(null);
    await removeServer(origin);
    setServers(await listServers());
  };

  return (
    <section aria-labelledby="self-hosted-heading" data-self-hosted>
      <h2 id="self-hosted-heading">{t('selfHostedHeading')}</h2>
      <p>{t('selfHostedIntro')}</p>
      <form class="field" onSubmit={onAdd}>
        <label for="self-hosted-address">{t('selfHostedLabel')}</label>
        <input
          id="self-hosted-address"
          type="text"
          inputMode="url"
          autoComplete="url"
          spellcheck={false}
          value={address}
          aria-describedby="self-hosted-hint"
          aria-invalid={error !== null && error !== 'denied'}
          onInput={(e) => setAddress(e.currentTarget.value)}
        />
        <span id="self-hosted-hint" class="hint">{t('selfHostedHint')}</span>
        <div class="actions">
          <button class="button" type="submit" disabled={busy || address.trim() === ''}>
            {t('selfHostedAdd')}
          </button>
        </div>
      </form>
      {error && (
        <p role="alert" class="card" data-self-hosted-error={error}>
          {t(ERROR_TEXT[error])}
        </p>
      )}
      {done && <p role="status">{t('selfHostedAdded', [done])}</p>}
      {servers && servers.length === 0 && <p data-self-hosted-empty>{t('selfHostedNone')}</p>}
      {servers && servers.length > 0 && (
        <ul class="servers" aria-label={t('selfHostedListLabel')}>
          {servers.map((server) => (
            <li key={server.origin} data-server={server.origin}>
              <span>{server.origin}</span>
              {!server.allowed && <span class="hint"> {t('selfHostedNotAllowed')}</span>}{' '}
              <button
                class="button button--quiet"
                type="button"
                aria-label={t('selfHostedRemoveFor', [server.origin])}
                onClick={() => void onRemove(server.origin)}
              >
                {t('selfHostedRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
