import { classify } from '../classify/role-type';
import { evidenceSnippets } from '../classify/snippets';
import type { CrossroadsDb } from '../db/database';
import { recordAnalyzed, setStatus } from '../db/postings';
import { latestProfile } from '../db/profiles';
import { normalizePosting } from '../extract/normalize';
import { fitOf } from '../fit/score';
import type { SenderInfo } from '../messages/channel';
import { type Envelope, type Request, type ResponseOf, requestSchema } from '../messages/protocol';
import type { TabPostings } from './tab-postings';

export interface Deps {
  db: CrossroadsDb;
  tabs: TabPostings;
  openAssessment: () => Promise<void>;
}

const fail = (error: string): Envelope<never> => ({ ok: false, error });

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

async function route(request: Request, sender: SenderInfo, deps: Deps): Promise<ResponseOf<Request['type']>> {
  switch (request.type) {
    case 'analyzePostings': {
      if (sender.fromExtensionPage || sender.tabId === undefined) throw new Error('Only a page can report its postings.');
      const profile = await latestProfile(deps.db);
      const results = [];
      const seen = new Set<string>();
      for (const page of request.postings) {
        const posting = normalizePosting(page);
        // A title of nothing but markup, or the same posting escaped two ways.
        if (!posting || seen.has(posting.id)) continue;
        seen.add(posting.id);
        const classification = classify(posting);
        const fit = profile ? fitOf(classification, profile) : null;
        const record = await recordAnalyzed(deps.db, posting, classification, Date.now(), fit);
        results.push({
          id: record.id,
          title: record.posting.title,
          classification,
          fit,
          snippets: evidenceSnippets(posting.description, classification),
          status: record.status,
        });
      }
      await deps.tabs.set(
        sender.tabId,
        results.map((r) => r.id),
      );
      return { results };
    }
    case 'setPostingStatus':
      return { status: (await setStatus(deps.db, request.id, request.status)).status };
    case 'openAssessment':
      await deps.openAssessment();
      return {};
    case 'getTabPostings':
      if (!sender.fromExtensionPage) throw new Error('Pages cannot read other tabs.');
      return { ids: await deps.tabs.get(request.tabId) };
  }
}
