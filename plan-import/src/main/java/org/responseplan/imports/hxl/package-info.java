/**
 * HXL-tagged CSV (Humanitarian Exchange Language): reading 5W activity reports and people figures with exact
 * hashtag-and-attribute matching, in wide and long layouts, aggregating like libhxl's {@code count}, and writing
 * indicator tables with a hashtag row. Start at {@link org.responseplan.imports.hxl.HxlReader}; {@code docs/formats/hxl.md}
 * has the tables of mapped hashtags and the matching rules.
 */
@NullMarked
package org.responseplan.imports.hxl;

import org.jspecify.annotations.NullMarked;
