/**
 * The social workers' inbox: triage, assignment, answers and referrals over requests and bookings.
 */
@NullMarked
package org.kitabruecke.inbox;

import org.jspecify.annotations.NullMarked;
