import { ashby } from './ashby';
import { bamboohr } from './bamboohr';
import { breezy } from './breezy';
import { glassdoor } from './glassdoor';
import { greenhouse } from './greenhouse';
import { icims } from './icims';
import { indeed } from './indeed';
import { jobindex } from './jobindex';
import { jobsCh } from './jobs-ch';
import { jobvite } from './jobvite';
import { lever } from './lever';
import { linkedin } from './linkedin';
import { monster } from './monster';
import { personio } from './personio';
import { recruitee } from './recruitee';
import { reed } from './reed';
import { seek } from './seek';
import { smartrecruiters } from './smartrecruiters';
import { stepstone } from './stepstone';
import { teamtailor } from './teamtailor';
import { totaljobs } from './totaljobs';
import type { SiteReader } from './types';
import { welcomeToTheJungle } from './welcome-to-the-jungle';
import { wellfound } from './wellfound';
import { workable } from './workable';
import { workday } from './workday';
import { xing } from './xing';
import { ziprecruiter } from './ziprecruiter';

/** Every site reader, found by host name. */
export const SITE_READERS: SiteReader[] = [
  greenhouse,
  lever,
  workday,
  ashby,
  smartrecruiters,
  icims,
  linkedin,
  indeed,
  glassdoor,
  seek,
  stepstone,
  totaljobs,
  reed,
  jobsCh,
  jobindex,
  xing,
  welcomeToTheJungle,
  workable,
  teamtailor,
  personio,
  recruitee,
  bamboohr,
  jobvite,
  breezy,
  ziprecruiter,
  monster,
  wellfound,
];
