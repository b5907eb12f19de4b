/** Reads a module's own imports, for the tests that check a fingerprint covers every file it depends on. */

const IMPORT = /^(?:import|export)\s[^'";]*?\bfrom\s*['"]([^'"]+)['"]|^import\s*['"]([^'"]+)['"]/gm;

/** The relative specifiers (`./x.ts`, `../y.ts`) that `source` imports or re-exports from. */
export function relativeImports(source: string): string[] {
  return [...source.matchAll(IMPORT)].map((match) => match[1] ?? match[2]!).filter((specifier) => specifier.startsWith('.'));
}
