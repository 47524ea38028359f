/**
 * Implementation of the directory module: entities, repositories and configuration that other modules never use directly.
 */
@NullMarked
package org.kitabruecke.directory.internal;

import org.jspecify.annotations.NullMarked;
