/** Reads a module's own imports, for the tests that check what a file depends on. */

// Static imports and re-exports (`import … from`, `export … from`, `import '…'`) at the start of a
// line, as in a module or an .astro file's frontmatter and scripts, and dynamic imports of a literal path.
const IMPORT = /^\s*(?:import|export)\s[^'";]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** Every specifier `source` imports or re-exports from: packages, `node:` and `astro:` modules, relative paths. */
export function importSpecifiers(source: string): string[] {
  return [...source.matchAll(IMPORT)].map((match) => match[1] ?? match[2] ?? match[3]!);
}

/** The relative specifiers (`./x.ts`, `../y.ts`) that `source` imports or re-exports from. */
export function relativeImports(source: string): string[] {
  return importSpecifiers(source).filter((specifier) => specifier.startsWith('.'));
}
