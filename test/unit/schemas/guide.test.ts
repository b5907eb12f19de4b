/**
 * The writers' guide (content/README.md) cannot drift from the code: every field of every schema,
 * with whether it is required, every component, category, spelling pair and command is in it.
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { WRITER_COMPONENTS } from '../../../src/lib/content/cross-references.ts';
import { CATEGORIES, type CollectionName } from '../../../src/lib/constants.ts';
import { SPELLING_VARIANTS } from '../../../scripts/lib/wire/spellings.ts';
import { SCHEMAS } from '../../../src/schemas/index.ts';

const GUIDE = readFileSync('content/README.md', 'utf8');

/** The text of the `## <heading…>` section. */
function section(heading: string): string {
  const start = GUIDE.indexOf(`\n## ${heading}`);
  if (start === -1) throw new Error(`The guide has no section "## ${heading}"`);
  const end = GUIDE.indexOf('\n## ', start + 1);
  return GUIDE.slice(start, end === -1 ? undefined : end);
}

interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
}

/** Every field path with whether it is required: `source.name`, `sources[].url`. */
function fields(schema: JsonSchema, prefix = ''): [string, boolean][] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, field]): [string, boolean][] => {
    const path = `${prefix}${name}`;
    const own: [string, boolean] = [path, schema.required?.includes(name) ?? false];
    if (field.properties) return [own, ...fields(field, `${path}.`)];
    if (field.items?.properties) return [own, ...fields(field.items, `${path}[].`)];
    return [own];
  });
}

const SECTIONS: Record<CollectionName, string> = { articles: 'Articles', timeline: 'Timeline events', glossary: 'Glossary terms', places: 'Places' };

describe.each(Object.entries(SECTIONS) as [CollectionName, string][])('the %s section', (collection, heading) => {
  const schema = z.toJSONSchema(SCHEMAS[collection], { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const text = section(heading);

  test.each(fields(schema))('documents `%s` (required: %s)', (path, required) => {
    const row = new RegExp(`^\\| \`${path.replace(/[.[\]]/g, '\\$&')}\` \\| (required|optional) \\|`, 'm').exec(text);
    expect(row, `no table row for \`${path}\``).not.toBeNull();
    expect(row![1]).toBe(required ? 'required' : 'optional');
  });

  test('documents no field the schema does not have', () => {
    const documented = [...text.matchAll(/^\| `([^`]+)` \| (?:required|optional) \|/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual(fields(schema).map(([path]) => path).sort());
  });
});

test.each(CATEGORIES)('the timeline section lists the category `%s`', (category) => {
  expect(section('Timeline events')).toContain(`\`${category}\``);
});

test.each(WRITER_COMPONENTS)('the components section shows <%s>', (name) => {
  expect(section('Components')).toContain(`<${name}`);
});

test.each(SPELLING_VARIANTS.map(([source, site]) => [source, site]))('the spelling policy has %s → %s', (source, site) => {
  expect(section('Spelling policy')).toContain(`| ${source} | ${site} |`);
});

test.each(['new', 'import', 'dev', 'validate', 'build', 'sync'])('the commands section explains npm run %s, which exists', (script) => {
  const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
  expect(scripts[script]).toBeDefined();
  expect(section('The commands')).toContain(`npm run ${script}`);
});
