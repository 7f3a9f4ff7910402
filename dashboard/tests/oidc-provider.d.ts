// oidc-provider ships no types (DefinitelyTyped has them; the test uses a few calls only)
declare module 'oidc-provider' {
  const Provider: new (issuer: string, configuration: unknown) => { listen(port: number): unknown };
  export default Provider;
}
