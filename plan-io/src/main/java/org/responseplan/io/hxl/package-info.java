/**
 * HXL-tagged CSV (Humanitarian Exchange Language): reading 5W activity reports and people figures with exact
 * hashtag-and-attribute matching, in wide and long layouts, and writing indicator tables with a hashtag row. See
 * this module's README for the table of mapped hashtags.
 */
@NullMarked
package org.responseplan.io.hxl;

import org.jspecify.annotations.NullMarked;
