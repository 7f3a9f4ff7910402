import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  kit: {
    // adapter-node reads PORT and HOST at run time; the API address comes from API_URL
    adapter: adapter({ out: 'build' }),
    // no third-party origin anywhere: intranets cannot reach CDNs
    csp: {
      directives: {
        'default-src': ['self'],
        'img-src': ['self', 'data:', 'blob:'],
        'style-src': ['self', 'unsafe-inline'],
        'script-src': ['self'],
        // no other site may frame the dashboard (sent as a header; hooks.server.ts adds X-Frame-Options)
        'frame-ancestors': ['none'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self'],
      },
    },
  },
};
