import { mount } from '@/components/mount';
import { Welcome } from '@/components/welcome/Welcome';
import { t } from '@/lib/i18n/t';

document.title = t('welcomeTitle');
// The dashboard opens in this same tab: the welcome page has done its work.
const go = (hash: string) => location.assign(`/dashboard.html${hash}`);
mount(() => <Welcome onTakeAssessment={() => go('#assess')} onOpenDashboard={() => go('')} />);
