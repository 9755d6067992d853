/**
 * Who may write: API tokens (random, stored only as SHA-256 hashes, created and revoked from the command
 * line) resolved from {@code Authorization: Bearer …} into an authentication with the role editor or
 * admin. Reads stay public; mutations check the role and answer UNAUTHENTICATED or FORBIDDEN.
 */
package org.innograph.security;
