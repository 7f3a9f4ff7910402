import type { Lang } from '$lib/format';

declare global {
  namespace App {
    interface Locals {
      lang: Lang;
    }
    interface Error {
      /** A message key (API_UNREACHABLE, API_ERROR, NOT_FOUND…) or a plain message. */
      message: string;
      detail?: string;
    }
  }
  interface Window {
    /** Values typed before hydration (app.html), put back by the root layout. */
    __qcdcTyped?: Map<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, string>;
    __qcdcKeepTyped?: (e: Event) => void;
  }
}

export {};
