/**
 * Privacy: the consent texts families agree to, each recorded (version, language, fingerprint) with what they
 * submitted. Later also the audit trail and the deletion schedule.
 */
@NullMarked
package org.kitabruecke.privacy;

import org.jspecify.annotations.NullMarked;
