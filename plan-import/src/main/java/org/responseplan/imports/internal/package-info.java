/**
 * Internal to plan-import: mechanisms its readers share, such as
 * {@link org.responseplan.imports.internal.JsonTree}, the JSON tree of the FTS and HPC importers. This package is not exported by the module; nothing in it is public API, and it
 * may change in any release.
 */
@NullMarked
package org.responseplan.imports.internal;

import org.jspecify.annotations.NullMarked;
