/**
 * The frame every card shares: the accent bar, the kicker and date above, the site name and a
 * credit below. Templates fill the middle. Sizes and colours come from src/lib/constants.ts.
 */
import { CARD, COLORS, SITE } from '../lib/constants.ts';
import { baseDirection, drawnText } from './drawn-text.ts';
import { box, type CardChild, type CardElement, type Style } from './element.ts';
import type { TextFit, TextSetting } from './fit.ts';
import { familyStack } from './fonts.ts';

/** Font stacks for headlines and quotes (serif) and for everything else (sans). */
export const SERIF = familyStack('serif');
export const SANS = familyStack('sans');

const BAR = 14;
const PAD_X = 72;
const PAD_TOP = 44;
const PAD_BOTTOM = 36;
const HEADER = 30;
const FOOTER = 58;
const RULE = 2;

/** Where templates may put their text: the box between header and footer, inside the side margins. */
export const BODY = {
  left: PAD_X,
  top: BAR + PAD_TOP + HEADER,
  width: CARD.width - 2 * PAD_X,
  height: CARD.height - BAR - PAD_TOP - PAD_BOTTOM - HEADER - FOOTER,
} as const;

/** The frame's content box: nothing but the accent bar and a hanging quotation mark is drawn outside it. */
export const CONTENT = { left: PAD_X, top: BAR + PAD_TOP, right: CARD.width - PAD_X, bottom: CARD.height - PAD_BOTTOM } as const;

/** The frame's own one-line texts; they never shrink, only clamp. */
export const FRAME_FITS = {
  kicker: { sizes: [24], leading: 1.25, maxHeight: HEADER },
  credit: { sizes: [24], leading: 1.25, maxHeight: 32 },
} satisfies Record<string, TextFit>;

/**
 * A text block: a named flex item that is never squeezed, so its measured height is its text's.
 * Text in Arabic or Hebrew runs from the right, as `dir="auto"` would set it.
 */
export function textBlock(key: string, text: string, setting: TextSetting, style: Style): CardElement {
  const clamp: Style = setting.lineClamp ? { lineClamp: setting.lineClamp, textOverflow: 'ellipsis' } : {};
  const drawn = drawnText(text);
  const direction: Style = baseDirection(drawn) === 'rtl' ? { direction: 'rtl' } : {};
  return box(
    {
      // Block, not flex: satori only clamps and wraps long words in a block of plain text.
      display: 'block',
      flexShrink: 0,
      width: '100%',
      fontSize: setting.fontSize,
      lineHeight: `${setting.lineHeight}px`,
      // A single word longer than the line (a URL, a pathological title) breaks instead of overflowing.
      overflowWrap: 'break-word',
      ...clamp,
      ...direction,
      ...style,
    },
    drawn,
    key,
  );
}

/** What the frame shows, and where the template's own blocks go. */
export interface FrameParts {
  kicker: string;
  date?: string | undefined;
  credit?: string | undefined;
  settings: { kicker: TextSetting; credit: TextSetting };
  /** The template's own blocks, stacked in the body. */
  body: CardChild[];
}

/** The whole card: frame around `body`. */
export function cardFrame({ kicker, date, credit, settings, body }: FrameParts): CardElement {
  const small: Style = { fontFamily: SANS, color: COLORS.muted, fontSize: 24 };
  const header = box({ height: HEADER, alignItems: 'flex-start', justifyContent: 'space-between' }, [
    box({ flexGrow: 1, flexShrink: 1, minWidth: 0 }, [
      textBlock('kicker', kicker, settings.kicker, {
        fontFamily: SANS,
        fontWeight: 700,
        color: COLORS.accent,
        textTransform: 'uppercase',
        letterSpacing: 1.5,
      }),
    ]),
    ...(date ? [box({ ...small, flexShrink: 0, marginLeft: 32, lineHeight: `${HEADER}px` }, date)] : []),
  ]);
  // The rule above the footer is a box of its own, not a border: satori draws a border as a stroke
  // inside two clip paths, and resvg pays for each clip path with a layer the size of the card.
  const rule = box({ height: RULE, flexShrink: 0, backgroundColor: COLORS.rule });
  const footer = box(
    { height: FOOTER - RULE, flexShrink: 0, alignItems: 'flex-end', justifyContent: 'space-between' },
    [
      box({ fontFamily: SANS, fontWeight: 700, fontSize: 26, color: COLORS.ink, flexShrink: 0, lineHeight: '32px' }, SITE.shortTitle),
      box({ flexGrow: 1, flexShrink: 1, minWidth: 0, marginLeft: 40, justifyContent: 'flex-end' }, [
        textBlock('credit', credit ?? '', settings.credit, { ...small, textAlign: 'right' }),
      ]),
    ],
  );
  return box(
    // Every face is a real one: no synthetic bold, and Arabic and Hebrew stay upright in an italic quote.
    { width: '100%', height: '100%', flexDirection: 'column', backgroundColor: COLORS.paper, color: COLORS.ink, fontSynthesis: 'none' },
    [
      box({ height: BAR, flexShrink: 0, backgroundColor: COLORS.accent }),
      box(
        { flexGrow: 1, flexDirection: 'column', padding: `${PAD_TOP}px ${PAD_X}px ${PAD_BOTTOM}px` },
        // The body takes what header and footer leave: BODY.height on a 1200×630 card, more on the taller crops.
        [header, box({ flexGrow: 1, flexShrink: 0, flexDirection: 'column', justifyContent: 'center' }, body), rule, footer],
      ),
    ],
  );
}
