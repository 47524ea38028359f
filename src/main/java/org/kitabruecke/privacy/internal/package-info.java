/**
 * How the privacy module listens (logins into the audit trail), its nightly retention job, and the audit trail's SQL,
 * which no other code writes.
 */
@NullMarked
package org.kitabruecke.privacy.internal;

import org.jspecify.annotations.NullMarked;
