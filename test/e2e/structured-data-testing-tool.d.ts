// structured-data-testing-tool ships no types; this is the part of its API the structured-data test uses.
declare module 'structured-data-testing-tool' {
  /** One check: a JMESPath into the page's structured data, grouped by schema type (`NewsArticle[*].image`). */
  export interface StructuredDataTest {
    test: string;
    type?: 'jsonld' | 'microdata' | 'rdfa' | 'metatag' | 'any';
    expect?: unknown;
    warning?: boolean;
    optional?: boolean;
    description?: string;
    group?: string;
    error?: { type: string; message: string };
  }
  export interface Preset {
    name: string;
    description?: string;
    schema?: string;
    conditional?: StructuredDataTest;
    tests?: StructuredDataTest[];
    presets?: Preset[];
  }
  export interface StructuredDataResult {
    tests: StructuredDataTest[];
    passed: StructuredDataTest[];
    failed: StructuredDataTest[];
    warnings: StructuredDataTest[];
    schemas: string[];
    structuredData: { jsonld: Record<string, unknown[]> };
  }
  /** Tests an HTML string; it fetches nothing. Rejects with `res` holding the result when a test fails. */
  export function structuredDataTestHtml(html: string, options: { presets?: Preset[]; schemas?: string[] }): Promise<StructuredDataResult>;
}

declare module 'structured-data-testing-tool/presets.js' {
  import type { Preset } from 'structured-data-testing-tool';
  export const Google: Preset;
}
