/**
 * OCHA HPC Tools API v2 data: the {@code responseMonitoring} answer of a plan (caseloads with totals and
 * disaggregations by location and category) read into people figures by cluster, location and population group,
 * sex and age, by {@link org.responseplan.imports.hpc.HpcReader}. {@code docs/formats/hpc.md} has the table of mapped
 * fields.
 */
@NullMarked
package org.responseplan.imports.hpc;

import org.jspecify.annotations.NullMarked;
