/** How a file name becomes an entry id and URL slug. */
import { slug } from 'github-slugger';

/** The id Astro's glob loader gives `relativePath` (`2014-02-22-x.mdx` → `2014-02-22-x`). */
export function entryIdFromPath(relativePath: string): string {
  return relativePath
    .replace(/\.mdx?$/, '')
    .split('/')
    .map((segment) => slug(segment))
    .join('/');
}

/** Turns a title into a file-name slug: `Minsk agreements` → `minsk-agreements`. */
export function slugify(text: string): string {
  return slug(text.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}
