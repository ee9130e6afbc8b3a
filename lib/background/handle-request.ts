import { classify } from '../classify/role-type';
import { evidenceSnippets } from '../classify/snippets';
import type { CrossroadsDb } from '../db/database';
import { StorageError } from '../db/errors';
import { getPosting, recordAnalyzed, setNotes, setStatus, storeKept } from '../db/postings';
import { latestProfile } from '../db/profiles';
import { applyRetention, retentionPolicy } from '../db/retention';
import { normalizePosting } from '../extract/normalize';
import { questionsFor } from '../fit/questions';
import { fitOf } from '../fit/score';
import { quoteSnippets } from '../fit/snippets';
import type { SenderInfo } from '../messages/channel';
import {
  type AnalyzedPosting,
  type Envelope,
  type NotStored,
  type Request,
  type ResponseOf,
  requestSchema,
  type ToPage,
} from '../messages/protocol';
import type { Classification } from '../model/classification';
import type { Fit } from '../model/fit';
import { type Posting, pagePostingSchema } from '../model/posting';
import { scopePosting, siteOf, siteOfKey } from '../model/posting-key';
import type { PostingStatus } from '../model/saved-posting';
import { keptForFrames } from './kept-report';
import type { PendingPostings } from './pending';
import type { TabPostings, TabReport } from './tab-postings';

export interface Deps {
  db: CrossroadsDb;
  tabs: TabPostings;
  pending: PendingPostings;
  openAssessment: () => Promise<void>;
  /** Whether another tab may be opened for the page side now (a rate limit). */
  mayOpenTab: () => boolean;
  /** Whether a tab may have its postings classified again now (a rate limit per tab). */
  /** Whether this tab may have so many more postings classified now. */
  mayAnalyze: (tabId: number, postings: number) => boolean;
  /** Hands a frame's event to the content script in one frame of a tab. */
  toTab: (tabId: number, frameId: number, message: ToPage) => Promise<void>;
  newToken: () => string;
  now?: () => number;
}

const fail = (error: string): Envelope<never> => ({ ok: false, error });

/** The refusal a page reporting too often gets; its detector tries again at the page's next change. */
export const TOO_OFTEN = 'This tab reported postings too often; it is read again at its next change.';

/**
 * The background's answer to any message. Everything from a content script is
 * untrusted: it is parsed first, and a bad one is refused before the database
 * is touched.
 */
export async function handleRequest(message: unknown, sender: SenderInfo, deps: Deps): Promise<Envelope<unknown>> {
  if (!sender.sameExtension) return fail('Messages from other extensions are not accepted.');
  const parsed = requestSchema.safeParse(message);
  if (!parsed.success) return fail(`Malformed message: ${parsed.error.issues[0]?.message ?? 'unknown shape'}`);
  try {
    return { ok: true, data: await route(parsed.data, sender, deps) };
  } catch (e) {
    return fail(e instanceof Error ? e.message : String(e));
  }
}

/** The site a page's message speaks for: from its address as the browser reports it. */
function senderSite(sender: SenderInfo): { url: string; site: string } {
  const site = sender.url ? siteOf(sender.url) : null;
  if (!sender.url || !site) throw new Error('Postings are read only from web pages.');
  return { url: sender.url, site };
}

/**
 * Stores a sighting; the badge never depends on it. A full disk, the site's
 * limit of new rows or any other failure comes back as the reason it was not
 * stored, and the posting keeps its classification.
 */
async function store(
  deps: Deps,
  posting: Posting,
  classification: Classification,
  site: string,
  now: number,
): Promise<{ status: PostingStatus; notStored: NotStored | null; created: boolean }> {
  try {
    const sighting = await recordAnalyzed(deps.db, posting, classification, site, now);
    if (sighting.stored) return { status: sighting.row.status, notStored: null, created: sighting.created };
    deps.pending.put({ row: sighting.row, description: posting.description });
    return { status: 'seen', notStored: 'siteLimit', created: false };
  } catch (e) {
    const held = await getPosting(deps.db, posting.id).catch(() => undefined);
    if (!(e instanceof StorageError)) console.warn('Crossroads: could not store a posting', e);
    return {
      status: held?.status ?? 'seen',
      notStored: e instanceof StorageError ? 'storageFull' : 'storageFailed',
      created: false,
    };
  }
}

async function analyze(request: Extract<Request, { type: 'analyzePostings' }>, sender: SenderInfo, deps: Deps) {
  if (sender.fromExtensionPage || sender.tabId === undefined) throw new Error('Only a page can report its postings.');
  const { url, site } = senderSite(sender);
  if (!deps.mayAnalyze(sender.tabId, Math.max(1, request.postings.length))) {
    // The page moved on from what it reported (its detector forgot it before asking): nothing of it stays this tab's.
    await deps.tabs.clear(sender.tabId, request.script);
    throw new Error(TOO_OFTEN);
  }
  const now = deps.now?.() ?? Date.now();
  const profile = await latestProfile(deps.db).catch(() => undefined);
  const results: AnalyzedPosting[] = [];
  const rejected: Array<{ index: number; reason: string }> = [];
  const seen = new Set<string>();
  let created = false;
  for (const [index, raw] of request.postings.entries()) {
    // Each posting alone: a bad field costs that posting, never the others.
    const parsed = pagePostingSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      rejected.push({ index, reason: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'malformed'}` });
      continue;
    }
    const normal = normalizePosting(parsed.data);
    const scoped = normal && scopePosting(normal, url);
    if (!scoped) {
      rejected.push({ index, reason: 'title: nothing left once made plain text' });
      continue;
    }
    const { site: _site, ...posting } = scoped;
    // The same posting twice (escaped two ways, or in two formats).
    if (seen.has(posting.id)) continue;
    seen.add(posting.id);
    let classification: Classification;
    let fit: Fit | null;
    try {
      classification = classify(posting);
      fit = profile ? fitOf(classification, profile) : null;
    } catch (e) {
      // A posting that cannot be classified is reported alone; the others are classified and stored.
      rejected.push({ index, reason: `could not be classified: ${e instanceof Error ? e.message : String(e)}`.slice(0, 300) });
      continue;
    }
    const stored = await store(deps, posting, classification, site, now);
    created ||= stored.created;
    results.push({
      id: posting.id,
      title: posting.title,
      classification,
      fit,
      questions: questionsFor(classification, profile?.result),
      snippets: withQuotes(
        evidenceSnippets(posting.description, classification),
        quoteSnippets(posting.description, classification),
      ),
      status: stored.status,
      notStored: stored.notStored,
    });
  }
  // New rows are what grow storage: trim the seen ones to the user's retention then.
  if (created) {
    await retentionPolicy(deps.db)
      .then((policy) => applyRetention(deps.db, policy, now))
      .catch((e: unknown) => console.warn('Crossroads: retention', e));
  }
  const reports: TabReport[] = results.map((result) => ({ token: deps.newToken(), result: keptForFrames(result) }));
  await deps.tabs.set(sender.tabId, request.script, sender.frameId ?? 0, reports);
  // The page side gets where each badge goes and a token; what was made of the posting stays here.
  return { results: reports.map(({ token, result }) => ({ id: result.id, title: result.title, token })), rejected };
}

/** The classifier's snippets, then those of the phrases a fit may quote that they lack. */
function withQuotes<T extends { phrase: string }>(found: T[], quotes: T[]): T[] {
  const have = new Set(found.map((s) => s.phrase));
  return [...found, ...quotes.filter((q) => !have.has(q.phrase))];
}

/** One of our frames inside a web page's tab (the badge, the panel): frame id above 0, extension origin. */
const inPageFrame = (sender: SenderInfo): sender is SenderInfo & { tabId: number } =>
  sender.fromExtensionPage && sender.tabId !== undefined && (sender.frameId ?? 0) > 0;

/** The report a frame's token names, in the frame's own tab only. */
async function reportFor(sender: SenderInfo, token: string, deps: Deps): Promise<TabReport & { frameId: number }> {
  if (!inPageFrame(sender)) throw new Error('Only a Crossroads frame in a page may ask for this.');
  const found = await deps.tabs.byToken(sender.tabId, token);
  if (!found) throw new Error('This posting is no longer shown in this tab.');
  return found;
}

/** The stored status and the fit against the latest profile: the user may have saved it, or taken the assessment, since. */
async function current(result: AnalyzedPosting, db: CrossroadsDb): Promise<AnalyzedPosting> {
  const [record, profile] = await Promise.all([
    getPosting(db, result.id).catch(() => undefined),
    latestProfile(db).catch(() => undefined),
  ]);
  const fit = !profile
    ? null
    : result.fit?.profileCreatedAt === profile.createdAt
      ? result.fit
      : fitOf(result.classification, profile);
  return {
    ...result,
    status: record?.status ?? result.status,
    fit,
    questions: questionsFor(result.classification, profile?.result),
  };
}

async function changeStatus(request: Extract<Request, { type: 'setPostingStatus' }>, sender: SenderInfo, deps: Deps) {
  // A page speaks only for its own site's postings.
  if (!sender.fromExtensionPage && siteOfKey(request.id) !== senderSite(sender).site) {
    throw new Error('A page can change only its own postings.');
  }
  // Our own pages (popup, dashboard) may change any posting; anything in a web page's tab only what that tab showed.
  if (sender.tabId !== undefined && (!sender.fromExtensionPage || inPageFrame(sender))) {
    if (!(await deps.tabs.reported(sender.tabId, request.id))) throw new Error('This tab did not show that posting.');
  }
  const pending = deps.pending.take(request.id);
  if (pending && !(await getPosting(deps.db, request.id))) await storeKept(deps.db, pending.row, pending.description);
  return { status: (await setStatus(deps.db, request.id, request.status)).status };
}

async function route(request: Request, sender: SenderInfo, deps: Deps): Promise<ResponseOf<Request['type']>> {
  switch (request.type) {
    case 'analyzePostings':
      return analyze(request, sender, deps);
    case 'clearTab':
      if (sender.fromExtensionPage || sender.tabId === undefined) throw new Error('Only a page can clear what it reported.');
      await deps.tabs.clear(sender.tabId, request.script);
      return {};
    case 'setPostingStatus':
      return changeStatus(request, sender, deps);
    case 'getAnalysis':
      return current((await reportFor(sender, request.token, deps)).result, deps.db);
    case 'frameEvent': {
      const { frameId } = await reportFor(sender, request.token, deps);
      await deps.toTab(sender.tabId as number, frameId, { type: 'crossroadsFrame', token: request.token, event: request.event });
      return {};
    }
    case 'saveNotes':
      if (!sender.fromExtensionPage || inPageFrame(sender)) throw new Error('Only Crossroads’ own pages can change notes.');
      await setNotes(deps.db, request.id, request.notes);
      return {};
    case 'openAssessment':
      if (!deps.mayOpenTab()) throw new Error('Crossroads opened a tab moments ago; try again in a minute.');
      await deps.openAssessment();
      return {};
    case 'getTabPostings':
      if (!sender.fromExtensionPage || inPageFrame(sender)) throw new Error('Pages cannot read other tabs.');
      return { ids: await deps.tabs.get(request.tabId) };
  }
}
