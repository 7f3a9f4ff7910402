import { addMessages, init } from 'svelte-i18n';
import { en } from './en';
import { vi } from './vi';

// Both dictionaries are small and registered synchronously: no loader, no flash of keys,
// and server rendering (synchronous per request) sees the locale set by the layout.
addMessages('vi', vi);
addMessages('en', en);
init({ fallbackLocale: 'vi', initialLocale: 'vi' });

export { asLang, LANGS } from './lang';
export { _, locale } from 'svelte-i18n';
