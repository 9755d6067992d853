/**
 * GraphQL plumbing shared by every capability: scalars, error codes, paging arguments and cursors.
 */
package org.innograph.api;
