import type { Language } from './rules/types';

/** Function words whose share marks a text as (partly) in a language. */
const STOPWORDS: Record<Exclude<Language, 'en'>, RegExp> = {
  de: /(?:^|[\s,.;:(])(?:und|der|die|das|wir|mit|sie|ihr|ihre|für|von|zu|den|ein|eine|im|ist|bei|auf|du|dich|dein|deine)(?=[\s,.;:)])/giu,
  fr: /(?:^|[\s,.;:(])(?:et|les|des|vous|nous|une|pour|dans|est|avec|sur|au|aux|du|votre|vos|le|la)(?=[\s,.;:)])/giu,
  es: /(?:^|[\s,.;:(])(?:y|los|las|con|para|una|del|por|su|tu|en|es|nuestro|nuestra|al|como|el|la)(?=[\s,.;:)])/giu,
};
const SHARE = 0.06;

/** The languages a posting is (partly) written in, besides English, from its first words. */
export function languagesOf(text: string): Language[] {
  const head = text.slice(0, 3000);
  const words = Math.max(1, head.split(/\s+/).length);
  return (Object.entries(STOPWORDS) as Array<[Language, RegExp]>)
    .filter(([, re]) => (head.match(re)?.length ?? 0) / words > SHARE)
    .map(([lang]) => lang);
}
