/**
 * Time you can filter on: the one rule that says whether a relationship holds on a day
 * (used by every {@code asOf} read and by the exports), the role-succession rule for
 * people's roles, and the {@code DateOrPartial} scalar that lets {@code asOf} take a year
 * or a month.
 */
package org.innograph.time;
