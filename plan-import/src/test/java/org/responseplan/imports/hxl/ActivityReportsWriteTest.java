package org.responseplan.imports.hxl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.responseplan.indicators.ActivityReport;
import org.responseplan.imports.ImportResult;
import org.responseplan.model.Modality;
import org.responseplan.model.Money;

class ActivityReportsWriteTest {
  @Test
  void writtenReportsReadBackEqualIncludingBlanksAndCash() {
    List<ActivityReport> reports = List.of(
        ActivityReport.builder().reportingOrganisation("IOM").implementingOrganisation("Partner, with comma")
            .sector("WSH").activity("Hygiene kits").location("COL", "CO11", "CO11001")
            .month(YearMonth.of(2022, 3)).populationGroup("in-destination")
            .newBeneficiaries(100L).totalMonthlyBeneficiaries(450L).split(20L, 25L, null, 30L, 25L, 0L)
            .modality(Modality.IN_KIND).build(),
        ActivityReport.builder().reportingOrganisation("UNHCR").sector("PRO").location("PER", "", "")
            .month(YearMonth.of(2022, 4)).totalMonthlyBeneficiaries(80L)
            .modality(Modality.CASH_OR_VOUCHER).cashTransferred(new Money(new BigDecimal("1250.50"), "USD"))
            .build());
    String hxl = HxlWriter.activityReportsToHxl(reports);
    assertTrue(hxl.startsWith("reporting_organisation,implementing_organisation,sector,"), hxl);
    assertTrue(hxl.contains("\"Partner, with comma\""), hxl);
    ImportResult<List<ActivityReport>> back = HxlReader.create()
        .readActivityReports(new ByteArrayInputStream(hxl.getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of(), back.report().findings());
    assertEquals(reports, back.value());
  }
}
