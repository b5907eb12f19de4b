interface ImportMetaEnv {
  /** True only in `astro dev`: drafts are shown there and nowhere else. Defined in astro.config.mjs. */
  readonly SHOW_DRAFTS: boolean;
}
