import { createSign, generateKeyPairSync } from 'node:crypto'

/** A throwaway RSA key pair for a test GitHub App (PKCS#1 private key, as GitHub issues them). */
export function generateAppKey(): { privateKey: string; publicKey: string } {
  return generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  })
}

/** An App's JWT (RS256, `iss` = app id, valid for five minutes), as @octokit/auth-app makes it. */
export function appJwt(appId: number, privateKey: string): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const now = Math.floor(Date.now() / 1000)
  const unsigned = `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode({ iat: now - 30, exp: now + 300, iss: appId })}`
  return `${unsigned}.${createSign('RSA-SHA256').update(unsigned).sign(privateKey, 'base64url')}`
}
