/**
 * GFM table alignment (`|--:|`) as classes. Markdown would write it as the obsolete `align`
 * attribute and MDX as a `style` attribute; a class reads the same from both, needs no hash in
 * the Content-Security-Policy, and the stylesheet decides what aligned means (src/styles/global.css).
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

const ALIGNMENTS = new Set(['left', 'center', 'right']);

/** Turns `align` on table cells into an `align-left`, `align-center` or `align-right` class. */
export function rehypeTableAlignment() {
  return (tree: Root) => {
    visit(tree, 'element', (element) => {
      if (element.tagName !== 'td' && element.tagName !== 'th') return;
      const { align, ...properties } = element.properties;
      if (align === undefined) return;
      const className = Array.isArray(properties['className']) ? properties['className'] : [];
      element.properties = ALIGNMENTS.has(String(align)) ? { ...properties, className: [...className, `align-${String(align)}`] } : properties;
    });
  };
}
