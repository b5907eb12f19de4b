/**
 * Tells the site's own code which Astro command runs it (`dev`, `build`, `preview`, `sync`), as
 * `import.meta.env.ASTRO_COMMAND`, a constant of the bundle. Astro reads other `import.meta.env`
 * values from the environment at run time, so a `DEV=1` left in a shell would otherwise turn a
 * build into something else; the command cannot be set from outside.
 */
import type { AstroIntegration } from 'astro';

/** The integration; register it in astro.config.mjs. */
export function astroCommand(): AstroIntegration {
  return {
    name: 'backgrounder:astro-command',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.ASTRO_COMMAND': JSON.stringify(command) } } });
      },
    },
  };
}
