import { mount } from '@/components/mount';
import { t } from '@/lib/i18n/t';
import { App } from './App';

document.title = t('dashTitle');
mount(App);
