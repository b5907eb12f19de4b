/**
 * Where links and images in an entry's text may point. A link opens a web page, an email or a
 * phone call, or another page of this site; an image is a file kept in the content folder (or the
 * site's own `public/` folder). A picture on another website would not show: the site's
 * Content-Security-Policy lets pages load only the site's own images, which keeps readers from being
 * tracked by other servers and keeps a picture from changing after it was reviewed. `javascript:` and `vbscript:` addresses would run code when a reader clicks,
 * and `data:` addresses carry a whole document or script inside the link, so they are refused,
 * with any other scheme. An image path that climbs out of the content folder would make the build
 * read a file from elsewhere on the machine, so it is refused too.
 */

/** The schemes a link may use; anything without a scheme is an address on this site. */
export const LINK_SCHEMES = ['https', 'http', 'mailto', 'tel'] as const;

/** Schemes of pictures on other websites: refused with their own advice, since they are not dangerous, only blocked. */
const WEB_SCHEMES = ['https', 'http'];

const IMAGE_HINT = 'Save the picture next to the entry in the content folder (with permission to use it, and its credit in the text) and give its path, such as ./map.png.';

const RUNS_CODE: Readonly<Record<string, string>> = {
  javascript: 'runs code in the reader’s browser when clicked',
  vbscript: 'runs code in the reader’s browser when clicked',
  data: 'holds a whole file, which could be a script, instead of pointing to one',
  file: 'points to a file on the writer’s own computer',
};

/** A problem with an address, worded for the writer. */
export interface AddressProblem {
  message: string;
  hint: string;
}

/**
 * The scheme a browser would see in `url`, lower-cased, or undefined for an address without one.
 * Browsers drop tabs and line breaks anywhere in an address and controls and spaces around it,
 * so `java&#9;script:` is still `javascript:`.
 */
export function schemeOf(url: string): string | undefined {
  return /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(asBrowsersRead(url))?.[1]?.toLowerCase();
}

/** `url` as a browser reads it: without tabs and line breaks, and without controls and spaces in front. */
function asBrowsersRead(url: string): string {
  return url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
}

/** A problem with a link's address (`[text](url)` or a `[label]: url` definition), or undefined. */
export function linkProblem(url: string): AddressProblem | undefined {
  const scheme = schemeOf(url);
  if (scheme === undefined || (LINK_SCHEMES as readonly string[]).includes(scheme)) return undefined;
  return {
    message: `The link \`${shorten(url)}\` is not allowed: a \`${scheme}:\` address ${RUNS_CODE[scheme] ?? 'is not a web page'}.`,
    hint: 'Link to a web page (https://…), an email address (mailto:…), a phone number (tel:…) or a page of this site (/glossary/nato/).',
  };
}

/**
 * A problem with an image's address, or undefined. `depth` is how many folders the entry's file
 * sits below the content folder (1 for `content/glossary/map.mdx`); relative paths may not climb
 * above it.
 */
export function imageProblem(url: string, depth: number): AddressProblem | undefined {
  const scheme = schemeOf(url);
  // `//host/x.png` (and `/\host`, which browsers read the same way) borrows the page's scheme.
  const elsewhere = /^[\\/]{2}/.test(asBrowsersRead(url));
  if (elsewhere || (scheme !== undefined && WEB_SCHEMES.includes(scheme))) {
    return {
      message: `The image \`${shorten(url)}\` is on another website, so readers would not see it: the site shows only its own images, and another website could change or remove the picture after it was reviewed.`,
      hint: IMAGE_HINT,
    };
  }
  if (scheme !== undefined) {
    return {
      message: `The image \`${shorten(url)}\` is not allowed: a \`${scheme}:\` address ${RUNS_CODE[scheme] ?? 'is not a file in the content folder'}.`,
      hint: IMAGE_HINT,
    };
  }
  if (url.startsWith('/') || !climbsOut(url, depth)) return undefined;
  return {
    message: `The image \`${shorten(url)}\` is outside the content folder.`,
    hint: 'Keep images in the content folder and give their path from the entry, such as ./map.png, so the build never reads files from elsewhere.',
  };
}

/** Whether a relative path goes above the folder `depth` levels up. Undecodable paths count as climbing out. */
function climbsOut(url: string, depth: number): boolean {
  let path: string;
  try {
    path = decodeURIComponent(url.split(/[?#]/)[0]!);
  } catch {
    return true;
  }
  let level = depth;
  for (const segment of path.split(/[\\/]/)) {
    if (segment === '..') level--;
    else if (segment !== '.' && segment !== '') level++;
    if (level < 0) return true;
  }
  return false;
}

/** `text` on one line, cut to 60 characters, for quoting in a message. */
export function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}
