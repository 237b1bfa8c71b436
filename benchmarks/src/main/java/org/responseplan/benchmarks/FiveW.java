package org.responseplan.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.responseplan.indicators.ActivityReport;
import org.responseplan.indicators.IndicatorTable;
import org.responseplan.model.Modality;
import org.responseplan.model.Money;

/**
 * Deterministic 5W activity reports with realistic cardinalities: 15 sectors, 17 countries, 2,000 admin-2 areas
 * (in about 170 admin-1 areas), 6 population groups, 12 months of 2024, 30 organisations. Each admin-2 area has 5
 * active sectors, so that ten million rows fall into about 720,000 (sector, area, group, month) cells. Figures: new
 * beneficiaries from 1 to 2,000 (2% of rows report only the total), total monthly beneficiaries on 85% of rows, a sex
 * and age split on 30% (a few of which do not add up), cash amounts on cash rows. The same seed always gives the
 * same rows, in memory ({@link #reports}) or as HXL CSV exactly as {@code HxlWriter.writeActivityReports} writes them
 * ({@link #writeCsv}).
 */
public final class FiveW {
  static final String[] COUNTRIES = {"ARG", "ABW", "BOL", "BRA", "CHL", "COL", "CRI", "CUW", "DOM", "ECU", "GUY",
      "MEX", "PAN", "PRY", "PER", "TTO", "URY"};
  /** Admin-2 areas per country (2,000 in all). */
  private static final int[] ADM2_PER_COUNTRY = {120, 15, 80, 260, 110, 400, 40, 10, 60, 220, 25, 150, 45, 35,
      330, 20, 80};
  static final String[] SECTORS = {"CCM", "EDU", "ERY", "FSC", "HEA", "LOG", "NUT", "PRO", "PRO-CPN", "PRO-GBV",
      "SHL", "WSH", "TEL", "CSS", "MS"};
  static final String[] GROUPS = {"refugees", "migrants", "host-community", "in-transit", "in-destination",
      "pendular"};
  private static final String[] ORGS = {"IOM", "UNHCR", "UNICEF", "WFP", "WHO", "UNFPA", "NRC", "DRC", "IRC", "MSF",
      "Save the Children", "World Vision", "CARE", "Oxfam", "HIAS", "Caritas", "Red Cross", "ACF", "Plan",
      "Mercy Corps", "Cesvi", "Alianza", "Fundación Halü", "Corprodinco", "Profamilia", "Encuentros", "Aldeas",
      "Acnur Local", "RET", "Solidarités"};
  static final int AREAS = 2000;
  static final int SECTORS_PER_AREA = 5;
  private static final Modality[] MODALITIES = {Modality.IN_KIND, Modality.IN_KIND, Modality.IN_KIND,
      Modality.SERVICE, Modality.SERVICE, Modality.CASH_OR_VOUCHER};
  private static final YearMonth[] MONTHS = new YearMonth[12];

  static {
    for (int m = 0; m < 12; m++) {
      MONTHS[m] = YearMonth.of(2024, m + 1);
    }
  }

  private final String[] areaCountry = new String[AREAS];
  private final String[] areaAdm1 = new String[AREAS];
  private final String[] areaAdm2 = new String[AREAS];
  private final int[][] areaSectors = new int[AREAS][SECTORS_PER_AREA];
  private final String[][] activities = new String[SECTORS.length][6];

  /** The fixed geography (the same for every seed and size). */
  public FiveW() {
    SplittableRandom g = new SplittableRandom(20240101L);
    int a = 0;
    for (int c = 0; c < COUNTRIES.length; c++) {
      int adm1Count = Math.max(1, ADM2_PER_COUNTRY[c] / 12);
      for (int i = 0; i < ADM2_PER_COUNTRY[c]; i++) {
        int adm1 = i % adm1Count + 1;
        areaCountry[a] = COUNTRIES[c];
        areaAdm1[a] = COUNTRIES[c] + String.format("%02d", adm1);
        areaAdm2[a] = areaAdm1[a] + String.format("%03d", i / adm1Count + 1);
        List<Integer> all = new ArrayList<>();
        for (int s = 0; s < SECTORS.length; s++) {
          all.add(s);
        }
        for (int s = 0; s < SECTORS_PER_AREA; s++) {
          areaSectors[a][s] = all.remove(g.nextInt(all.size()));
        }
        a++;
      }
    }
    for (int s = 0; s < SECTORS.length; s++) {
      for (int k = 0; k < 6; k++) {
        activities[s][k] = SECTORS[s] + "-" + String.format("%02d", k + 1);
      }
    }
  }

  /** {@code rows} reports from {@code seed}, given one by one. */
  public void generate(long rows, long seed, Consumer<ActivityReport> out) {
    SplittableRandom r = new SplittableRandom(seed);
    for (long i = 0; i < rows; i++) {
      out.accept(next(r));
    }
  }

  public List<ActivityReport> reports(int rows, long seed) {
    List<ActivityReport> list = new ArrayList<>(rows);
    generate(rows, seed, list::add);
    return list;
  }

  private ActivityReport next(SplittableRandom r) {
    int area = r.nextInt(AREAS);
    int sector = areaSectors[area][r.nextInt(SECTORS_PER_AREA)];
    int org = r.nextInt(ORGS.length);
    Modality modality = MODALITIES[r.nextInt(MODALITIES.length)];
    ActivityReport.Builder b = ActivityReport.builder()
        .reportingOrganisation(ORGS[org])
        .implementingOrganisation(r.nextInt(3) == 0 ? ORGS[(org + 1 + r.nextInt(5)) % ORGS.length] : ORGS[org])
        .sector(SECTORS[sector])
        .activity(activities[sector][r.nextInt(6)])
        .location(areaCountry[area], areaAdm1[area], areaAdm2[area])
        .month(MONTHS[r.nextInt(12)])
        .populationGroup(GROUPS[r.nextInt(GROUPS.length)])
        .modality(modality);
    long newBeneficiaries = (long) Math.exp(r.nextDouble() * Math.log(2000));
    boolean onlyTotal = r.nextInt(50) == 0;
    if (!onlyTotal) {
      b.newBeneficiaries(newBeneficiaries);
    }
    if (onlyTotal || r.nextInt(100) < 85) {
      b.totalMonthlyBeneficiaries(newBeneficiaries + r.nextInt((int) newBeneficiaries * 3 + 1));
    }
    if (!onlyTotal && r.nextInt(10) < 3) {
      long girls = newBeneficiaries / 4;
      long boys = newBeneficiaries / 4;
      long women = newBeneficiaries / 4;
      long men = newBeneficiaries - girls - boys - women + (r.nextInt(30) == 0 ? 1 : 0);
      b.split(girls, boys, null, women, men, null);
    }
    if (modality == Modality.CASH_OR_VOUCHER) {
      b.cashTransferred(new Money(BigDecimal.valueOf(newBeneficiaries * (2000 + r.nextInt(4000)), 2), "USD"));
    }
    return b.build();
  }

  private static final String HEADER = "reporting_organisation,implementing_organisation,sector,activity,country,"
      + "adm1,adm2,month,population_group,modality,new_beneficiaries,total_monthly_beneficiaries,girls,boys,"
      + "other_under_18,women,men,other_adults,cash_transferred,currency\r\n"
      + "#org+reporting,#org+impl,#sector+code,#activity,#country+code,#adm1+code,#adm2+code,#date+month,"
      + "#population+group,#modality,#reached+new,#reached+total,#reached+f+children,#reached+m+children,"
      + "#reached+i+children,#reached+f+adults,#reached+m+adults,#reached+i+adults,#value+cash,#currency\r\n";

  /** Writes {@code rows} reports as HXL CSV, byte for byte as HxlWriter.writeActivityReports writes them. */
  public void writeCsv(Path file, long rows, long seed) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20)) {
      writeCsv(out, rows, seed);
    }
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  void writeCsv(OutputStream out, long rows, long seed) throws IOException {
    out.write(HEADER.getBytes(StandardCharsets.UTF_8));
    StringBuilder line = new StringBuilder(256);
    IOException[] failure = new IOException[1];
    generate(rows, seed, r -> {
      line.setLength(0);
      cell(line, r.reportingOrganisation()).append(',');
      cell(line, r.implementingOrganisation()).append(',');
      cell(line, r.sector()).append(',');
      cell(line, r.activity()).append(',');
      cell(line, r.country()).append(',');
      cell(line, r.adm1()).append(',');
      cell(line, r.adm2()).append(',');
      line.append(r.month()).append(',');
      cell(line, r.populationGroup()).append(',');
      line.append(r.modality() == null ? "" : r.modality().jsonName()).append(',');
      number(line, r.newBeneficiaries()).append(',');
      number(line, r.totalMonthlyBeneficiaries()).append(',');
      for (Long v : r.split()) {
        number(line, v).append(',');
      }
      Money cash = r.cashTransferred();
      line.append(cash == null ? "" : cash.amount().toPlainString()).append(',');
      line.append(cash == null ? "" : cash.currency()).append("\r\n");
      try {
        out.write(line.toString().getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        failure[0] = e;
      }
    });
    if (failure[0] != null) {
      throw failure[0];
    }
  }

  private static StringBuilder cell(StringBuilder b, String s) {
    return b.append(IndicatorTable.csvCell(s));
  }

  private static StringBuilder number(StringBuilder b, @Nullable Long v) {
    return v == null ? b : b.append(v.longValue());
  }
}
