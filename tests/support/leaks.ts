/**
 * The secrets a response shows. Times and hex digests are blanked first: "…T05:32:28.375Z"
 * holds the score "28.37" and a hash or salt can hold "24180" by chance, and neither is a leak.
 */
export function leaksIn(text: string, secrets: readonly string[]): string[] {
  const plain = text.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, '<time>').replace(/[0-9a-f]{32,}/g, '<hex>');
  return secrets.filter((secret) => plain.includes(secret));
}
