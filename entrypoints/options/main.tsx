import { render } from 'preact';
import { browser } from 'wxt/browser';
import { t } from '../../utils/platform/i18n';
import { Options } from './Options';
import '../../components/page.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('optionsTitle');
render(<Options />, document.getElementById('app')!);
