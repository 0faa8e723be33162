import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Welcome } from '../../components/welcome/Welcome';
import { t } from '../../utils/platform/i18n';
import '../../components/page.css';

// Opened once after install (components/welcome/open-on-install.ts) and from the settings.
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('welcome_title');
render(<Welcome />, document.getElementById('app')!);
