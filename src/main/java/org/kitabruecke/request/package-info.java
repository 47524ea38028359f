/**
 * Help requests from parents and from Kitas (with the family's consent), their reference codes and the
 * status lookup. Parents need no account; only what the team needs to call back is stored.
 */
@NullMarked
package org.kitabruecke.request;

import org.jspecify.annotations.NullMarked;
