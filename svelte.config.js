import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** TypeScript in components; runes everywhere (no legacy reactivity). */
export default {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
};
