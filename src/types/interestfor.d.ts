/**
 * `interestfor` (the HTML interest invokers attribute) is not in Astro's JSX types yet. Term links
 * use it to open their definition popover on hover and focus.
 */
declare namespace astroHTML.JSX {
  interface AnchorHTMLAttributes {
    /** The id of the popover to show while the link has the reader's interest (hover or focus). */
    interestfor?: string | undefined | null;
  }
}
