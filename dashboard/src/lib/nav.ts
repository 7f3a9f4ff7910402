/** The dashboard's pages, in menu order; slugs are Vietnamese without diacritics. */
export const PAGES = [
  { path: '/', key: 'nav.overview' },
  { path: '/khen-thuong', key: 'nav.awards' },
  { path: '/bao-phu', key: 'nav.coverage' },
  { path: '/ban-do', key: 'nav.map' },
  { path: '/tuan-thu', key: 'nav.compliance' },
  { path: '/xu-huong', key: 'nav.trends' },
  { path: '/don-vi', key: 'nav.units' },
  { path: '/kiem-tra', key: 'nav.inspections' },
  { path: '/ke-hoach', key: 'nav.planning' },
] as const;

/** Pages of the write side (SPEC §6.1), shown to the roles that may use them. */
export const ROLE_PAGES = [
  { path: '/kiem-tra/nhap', key: 'nav.record', roles: ['INSPECTOR', 'ADMIN'] },
  { path: '/kiem-tra/duyet', key: 'nav.review', roles: ['LEADER', 'ADMIN'] },
  { path: '/don-vi/to-chuc-lai', key: 'nav.restructure', roles: ['ADMIN'] },
] as const;

export function pagesFor(role: string | null | undefined): { path: string; key: string }[] {
  return [...PAGES, ...ROLE_PAGES.filter((p) => !!role && (p.roles as readonly string[]).includes(role))];
}

/** URL parameters shared by every page (carried along when moving between pages). */
export const SHARED_PARAMS = ['from', 'to', 'kind', 'within', 'structure', 'provisional'];

export function sharedQuery(params: URLSearchParams): string {
  const out = new URLSearchParams();
  for (const k of SHARED_PARAMS) for (const v of params.getAll(k)) out.append(k, v);
  const q = out.toString();
  return q ? `?${q}` : '';
}

export function isCurrent(pathname: string, path: string): boolean {
  if ((path === '/kiem-tra' || path === '/don-vi') && ROLE_PAGES.some((p) => p.path.startsWith(`${path}/`) && isCurrent(pathname, p.path))) return false;
  if (path === '/kiem-tra' && ROLE_PAGES.some((p) => isCurrent(pathname, p.path))) return false;
  return path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);
}
