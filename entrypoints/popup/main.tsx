import { render } from 'preact';
import { browser } from 'wxt/browser';
import { t } from '../../utils/platform/i18n';
import { Popup } from './Popup';
import '../../components/page.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('popupTitle');
render(<Popup />, document.getElementById('app')!);
