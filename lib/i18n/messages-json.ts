/**
 * The browsers' messages.json format: named placeholders ($p1$) whose content
 * is a numbered substitution ($1). Our catalogues write $1 directly; this turns
 * one into the other, and answers getMessage over it where no browser does.
 */
export type MessagesJson = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export function toMessagesJson(source: Readonly<Record<string, string>>): MessagesJson {
  const out: MessagesJson = {};
  for (const [key, text] of Object.entries(source)) {
    const numbers = [...new Set([...text.matchAll(/\$(\d)/g)].map((m) => m[1] as string))];
    out[key] =
      numbers.length === 0
        ? { message: text }
        : {
            message: text.replace(/\$(\d)/g, (_, n: string) => `$p${n}$`),
            placeholders: Object.fromEntries(numbers.map((n) => [`p${n}`, { content: `$${n}` }])),
          };
  }
  return out;
}

/**
 * i18n.getMessage as Chrome and Firefox answer it, for Node (the CLI, unit
 * tests): the message with its placeholders filled, or '' for an unknown key.
 */
export function getMessageFrom(messages: MessagesJson): (key: string, substitutions?: string | Array<string | number>) => string {
  return (key, substitutions = []) => {
    const entry = messages[key];
    if (!entry) return '';
    const subs = (Array.isArray(substitutions) ? substitutions : [substitutions]).map(String);
    const numbered = (s: string) => s.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
    return entry.message.replace(/\$(\w+)\$/g, (whole, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content;
      return content === undefined ? whole : numbered(content);
    });
  };
}
