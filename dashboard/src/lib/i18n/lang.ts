import type { Lang } from '$lib/format';

export const LANGS: Lang[] = ['vi', 'en'];
export function asLang(raw: string | null | undefined): Lang | null {
  return raw === 'vi' || raw === 'en' ? raw : null;
}
