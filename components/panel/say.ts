/**
 * The one place the panel turns a classifier reason or a phrase's
 * explanation into words. Today the classifier hands over finished strings;
 * when its evidence carries rule ids and message keys instead, this is the
 * function that changes, and nothing else in the panel.
 */
export function say(text: string): string {
  return text;
}
