/**
 * Privacy: the consent texts families agree to, each recorded (version, language, fingerprint) with what they
 * submitted; the audit trail; what the privacy notice states (the city's contacts, the retention periods).
 */
@NullMarked
package org.kitabruecke.privacy;

import org.jspecify.annotations.NullMarked;
