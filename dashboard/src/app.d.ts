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
}

export {};
