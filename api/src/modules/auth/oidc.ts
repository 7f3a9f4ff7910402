import * as client from 'openid-client';
import { log } from '../../shared/logger.js';
import type { Sql } from '../../shared/sql.js';
import { checkLogin, checkScope, viewerOf, AccountError, type UserRow } from './accounts.service.js';
import { createSession, SignInError, type Session, type SessionPolicy } from './session.service.js';
import { isLoopback } from '../../shared/config.js';
import { isRole } from './viewer.js';

/** City single sign-on (OpenID Connect, authorization code + PKCE), from OIDC_* variables. */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret?: string;
  /** Where the provider sends the browser back: the dashboard's /auth/oidc/callback. */
  redirectUri: string;
  /** Claim holding the role (one of SPEC §6.1) and the one holding the scope roots (unit codes: array or space/comma-separated). */
  roleClaim: string;
  scopeClaim: string;
  /** Scopes asked for; the provider must release the role and scope claims for them. */
  scopes: string;
}

export interface OidcClient {
  start(sql: Sql, returnTo: string, policy: SessionPolicy): Promise<{ authorizationUrl: string; state: string }>;
  finish(sql: Sql, callbackUrl: string, policy: SessionPolicy): Promise<{ session: Session; returnTo: string }>;
}

const refuse = (message: string) => new SignInError('INVALID_CREDENTIALS', message);

/** Only a path on the dashboard: an absolute URL here would make the sign-in an open redirect. */
const safeReturnTo = (to: string) => (to.startsWith('/') && !to.startsWith('//') && !to.startsWith('/\\') ? to : '/');

function scopeList(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
  if (typeof value === 'string') return value.split(/[\s,;]+/).filter(Boolean);
  return undefined;
}

export function createOidcClient(settings: OidcSettings): OidcClient {
  let configuration: Promise<client.Configuration> | undefined;
  // discovered on first use (the provider may start after the API), again after a failure
  const config = () => {
    configuration ??= (async () => {
      const issuer = new URL(settings.issuer);
      // plain http only for a provider on this machine (tests, a local provider)
      const insecure = issuer.protocol === 'http:' && isLoopback(issuer.hostname.replace(/^\[|\]$/g, ''));
      return client.discovery(issuer, settings.clientId, settings.clientSecret, undefined, insecure ? { execute: [client.allowInsecureRequests] } : undefined);
    })().catch((e) => {
      configuration = undefined;
      throw e;
    });
    return configuration;
  };

  return {
    async start(sql, returnTo, policy) {
      const verifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const url = client.buildAuthorizationUrl(await config(), {
        redirect_uri: settings.redirectUri,
        scope: settings.scopes,
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      await sql('insert into oidc_login (state, code_verifier, nonce, return_to, created_at) values (?, ?, ?, ?, ?)', [state, verifier, nonce, safeReturnTo(returnTo), policy.now()]);
      return { authorizationUrl: url.href, state };
    },

    async finish(sql, callbackUrl, policy) {
      // the parameters the provider sent, on the registered redirect URI (the dashboard may sit behind a proxy)
      const url = new URL(settings.redirectUri);
      url.search = new URL(callbackUrl, settings.redirectUri).search;
      const state = url.searchParams.get('state') ?? '';
      // one use per state, and only for ten minutes
      const [pending] = await sql<{ codeVerifier: string; nonce: string; returnTo: string; createdAt: Date }>(
        'delete from oidc_login where state = ? returning code_verifier as "codeVerifier", nonce, return_to as "returnTo", created_at as "createdAt"',
        [state],
      );
      if (!pending || policy.now().getTime() - new Date(pending.createdAt).getTime() > 10 * 60_000) {
        throw refuse('Phiên đăng nhập một lần đã hết hạn hoặc không hợp lệ; vui lòng đăng nhập lại.');
      }
      const cfg = await config();
      let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
      try {
        tokens = await client.authorizationCodeGrant(cfg, url, { pkceCodeVerifier: pending.codeVerifier, expectedState: state, expectedNonce: pending.nonce });
      } catch (e) {
        log.warn(`OIDC sign-in refused by the provider or its answer failed validation: ${(e as Error).message}`);
        throw refuse('Máy chủ đăng nhập một lần đã từ chối yêu cầu; vui lòng thử lại.');
      }
      const idClaims = tokens.claims()!;
      let claims: Record<string, unknown> = { ...idClaims };
      // providers often release extra claims only at the userinfo endpoint
      if (claims[settings.roleClaim] === undefined && tokens.access_token) {
        claims = { ...(await client.fetchUserInfo(cfg, tokens.access_token, idClaims.sub)), ...claims };
      }
      const role = typeof claims[settings.roleClaim] === 'string' ? (claims[settings.roleClaim] as string).toUpperCase() : undefined;
      if (!isRole(role)) throw refuse(`Tài khoản chưa được cấp vai trò trong QCDC Hub (claim ${settings.roleClaim}).`);
      const scope = scopeList(claims[settings.scopeClaim]);
      if (!scope) throw refuse(`Claim ${settings.scopeClaim} phải là danh sách mã đơn vị.`);
      let scopeRoots: string[];
      let login: string;
      try {
        scopeRoots = await checkScope(sql, scope, `claim ${settings.scopeClaim}`);
        login = checkLogin(String(claims.preferred_username ?? claims.email ?? idClaims.sub));
      } catch (e) {
        if (e instanceof AccountError) throw refuse(e.message);
        throw e;
      }
      const subject = `${idClaims.iss} ${idClaims.sub}`;
      const name = typeof claims.name === 'string' ? claims.name.normalize('NFC') : null;
      // role and scope follow the provider at every sign-in; a user disabled here stays out
      const [user] = await sql<UserRow & { oidcSubject: string | null }>(
        `select u.id, u.login, u.name, u.role, u.scope_roots as "scopeRoots", u.disabled, u.oidc_subject as "oidcSubject"
         from app_user u where u.oidc_subject = ? or lower(u.login) = lower(?) order by (u.oidc_subject = ?) desc nulls last limit 1`,
        [subject, login, subject],
      );
      if (user && user.oidcSubject !== subject) throw refuse(`Tên đăng nhập "${login}" đã thuộc một tài khoản khác của QCDC Hub.`);
      if (user?.disabled) throw refuse('Tài khoản đã bị vô hiệu hoá.');
      const [row] = user
        ? await sql<UserRow>('update app_user set name = ?, role = ?, scope_roots = ?::text[] where id = ? returning id, login, name, role, scope_roots as "scopeRoots"', [name, role, scopeRoots, user.id])
        : await sql<UserRow>(
            'insert into app_user (login, name, role, scope_roots, oidc_subject) values (?, ?, ?, ?::text[], ?) returning id, login, name, role, scope_roots as "scopeRoots"',
            [login, name, role, scopeRoots, subject],
          );
      const session = await createSession(sql, row.id, 'oidc', policy);
      return { session: { ...session, viewer: viewerOf(row) }, returnTo: pending.returnTo };
    },
  };
}
