/** The components every MDX entry can use without importing them. Keep in step with WRITER_COMPONENTS. */
import Aside from './Aside.astro';
import PullQuote from './PullQuote.astro';
import Term from './Term.astro';

export const mdxComponents = { Aside, PullQuote, Term };
