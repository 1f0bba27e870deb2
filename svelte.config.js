// Svelte compiler settings shared by vite, svelte-check and eslint.
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default {
  preprocess: vitePreprocess(),
};
