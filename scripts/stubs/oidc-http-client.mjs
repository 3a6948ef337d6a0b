// Stands in for `@actions/http-client` inside the actions' bundle of `@actions/core`, which imports it
// only for `getIDToken` (OIDC). modelgate never asks for an OIDC token, and the real module loads
// undici at start-up (tens of milliseconds per step). Any use fails loudly instead of silently.
const refuse = () => {
  throw new Error('OIDC tokens are not used by modelgate')
}

export class HttpClient {
  constructor() {
    refuse()
  }
}

export class BearerCredentialHandler {
  constructor() {
    refuse()
  }
}
