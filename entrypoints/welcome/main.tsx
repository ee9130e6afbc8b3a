import { mount } from '@/components/mount';
// After the shared theme (imported by mount), so this page's rules come later.
import './welcome.css';
import { Welcome } from '@/components/welcome/Welcome';
import { t } from '@/lib/i18n/t';

document.title = t('welcomeTitle');
// The dashboard opens in this same tab: the welcome page has done its work.
const go = (hash: string) => location.assign(`/dashboard.html${hash}`);
mount(() => <Welcome onTakeAssessment={() => go('#assess')} onOpenDashboard={() => go('')} />);
