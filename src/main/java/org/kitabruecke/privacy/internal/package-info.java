/**
 * How the privacy module listens: logins into the audit trail.
 */
@NullMarked
package org.kitabruecke.privacy.internal;

import org.jspecify.annotations.NullMarked;
