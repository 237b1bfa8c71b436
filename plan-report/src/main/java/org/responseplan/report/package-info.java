/**
 * A self-contained HTML report of one plan ({@link org.responseplan.report.HtmlReport}): headline figures, funding
 * bars per objective and sector, people by population group, operational presence and validation findings.
 */
@NullMarked
package org.responseplan.report;

import org.jspecify.annotations.NullMarked;
