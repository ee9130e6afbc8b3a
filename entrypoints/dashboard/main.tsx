import { mount } from '@/components/mount';
// After the shared theme (imported by mount), so this page's rules come later.
import './dashboard.css';
import { t } from '@/lib/i18n/t';
import { App } from './App';

document.title = t('dashTitle');
mount(App);
