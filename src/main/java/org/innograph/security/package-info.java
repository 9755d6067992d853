/**
 * Who may write, and who the client is: API tokens (random, stored only as SHA-256
 * hashes, created and revoked from the command line) verified from
 * {@code Authorization: Bearer …} before anything is charged to them, else the client's
 * address; the verified holder becomes an authentication with the role editor or admin.
 * Reads stay public; mutations check the role and answer UNAUTHENTICATED or FORBIDDEN;
 * the actuator shows health to everyone and the rest to admin tokens only.
 */
package org.innograph.security;
