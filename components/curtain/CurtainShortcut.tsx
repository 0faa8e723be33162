import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../utils/platform/i18n';

/** The key the person has for the curtain, as the browser knows it: they may have changed it. */
export function CurtainShortcut() {
  const [shortcut, setShortcut] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    void browser.commands.getAll().then((commands) => setShortcut(commands.find((command) => command.name === 'curtain-call')?.shortcut || null));
  }, []);
  if (shortcut === undefined) return null;
  return <p data-curtain-shortcut>{shortcut ? t('curtainShortcut', [shortcut]) : t('curtainNoShortcut')}</p>;
}
