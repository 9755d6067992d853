/**
 * GraphQL plumbing shared by every capability: scalars, error codes and the one shape
 * every error answer has, paging arguments and cursors, and the order of the request
 * filters.
 */
package org.innograph.api;
