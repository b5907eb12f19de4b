/** What the importer did, for the writer to check: each note points at lines of the wire copy. */

/** One line of the import report. */
export interface Note {
  /** `changed`: fixed in place; `removed`: taken out of the body (kept here); `undecided`: left for the writer. */
  kind: 'changed' | 'removed' | 'undecided';
  /** 1-based line in the wire copy, when the note has one. */
  line?: number;
  /** Last line of a range. */
  endLine?: number;
  text: string;
}

const HEADINGS = {
  changed: 'Changed',
  removed: 'Removed from the body (kept here for you)',
  undecided: 'Could not decide (check these)',
} as const;

/** The report as plain text, grouped by kind, in line order within each group. */
export function formatNotes(notes: readonly Note[]): string {
  const sections: string[] = [];
  for (const kind of Object.keys(HEADINGS) as Note['kind'][]) {
    const group = notes.filter((note) => note.kind === kind).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    if (!group.length) {
      if (kind === 'undecided') sections.push(`${HEADINGS[kind]}: nothing.`);
      continue;
    }
    sections.push([`${HEADINGS[kind]}:`, ...group.map((note) => `  ${where(note).padEnd(12)}${note.text}`)].join('\n'));
  }
  return sections.join('\n\n');
}

function where(note: Note): string {
  if (note.line === undefined) return '';
  return note.endLine && note.endLine !== note.line ? `lines ${note.line}–${note.endLine}` : `line ${note.line}`;
}
