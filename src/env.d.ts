interface ImportMetaEnv {
  /** The Astro command that runs the site's code; set by src/integrations/astro-command.ts. */
  readonly ASTRO_COMMAND: 'dev' | 'build' | 'preview' | 'sync';
  /** What rendered entry bodies depend on besides their files; set by the glossary integration. Read by src/content.config.ts. */
  readonly MARKDOWN_FINGERPRINT: string | undefined;
}
