package org.kitabruecke.directory;

/** Published after an admin changed Kitas, assignments or partner services: what parents see must be read anew. */
public record DirectoryChanged() {
}
