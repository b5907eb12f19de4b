/** Small typographic helpers shared by the card templates and the pages that show the same text. */

/** `text` inside curly double quotes, its own double quotes turned to single ones as a newsroom nests them. */
export function inQuotes(text: string): string {
  return `“${text.replaceAll('“', '‘').replaceAll('”', '’')}”`;
}
