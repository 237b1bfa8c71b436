package org.responseplan.imports.hxl;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.responseplan.indicators.ActivityReport;
import org.responseplan.imports.hxl.Values.Parsed;
import org.responseplan.imports.hxl.Values.SexAge;
import org.responseplan.model.AgeBand;
import org.responseplan.model.InvalidPlanException;
import org.responseplan.model.Modality;
import org.responseplan.model.Money;
import org.responseplan.model.Sex;
import org.responseplan.model.validation.Rule;
import org.responseplan.model.validation.Severity;

/**
 * 5W rows to {@link ActivityReport}s, wide or long; the hashtags are listed in {@code docs/formats/hxl.md}.
 *
 * <p>Wide: one report per row; the sex and age split comes from six columns {@code #reached+f+children} ...
 * {@code #reached+i+adults}. Long: the table has a sex or age column; the rows of one report (same organisations,
 * sector, activity, area, month, population group and modality) are combined into one report: a row with neither sex
 * nor age gives the report's figures, each row with a sex and an age band gives one split cell from its
 * new-beneficiaries figure. In both layouts, when no new-beneficiaries figure is given and the split has a value,
 * the new beneficiaries are the sum of the split (reported as DEFAULTED); in the long layout without a row for all,
 * the total monthly beneficiaries are likewise the sum of the split rows' totals.
 */
final class ActivityMapping {
  static final List<HxlTag> REPORTING = Columns.tags("#org+reporting", "#org");
  static final List<HxlTag> IMPLEMENTING = Columns.tags("#org+impl", "#org+implementing");
  static final List<HxlTag> SECTOR = Columns.tags("#sector+code", "#sector+cluster+code", "#sector",
      "#sector+cluster", "#sector+name", "#sector+cluster+name");
  static final List<HxlTag> ACTIVITY = Columns.tags("#activity+code", "#activity", "#activity+name");
  static final List<HxlTag> COUNTRY = Columns.tags("#country+code", "#country+code+v_iso3", "#country");
  static final List<HxlTag> ADM1 = Columns.tags("#adm1+code", "#adm1+code+v_pcode", "#adm1");
  static final List<HxlTag> ADM2 = Columns.tags("#adm2+code", "#adm2+code+v_pcode", "#adm2");
  static final List<HxlTag> MONTH = Columns.tags("#date+month", "#date+reported", "#date");
  static final List<HxlTag> GROUP = Columns.tags("#population+group", "#population+type");
  static final List<HxlTag> MODALITY = Columns.tags("#modality");
  static final List<HxlTag> NEW = Columns.tags("#reached+new", "#reached");
  static final List<HxlTag> TOTAL = Columns.tags("#reached+total");
  static final List<HxlTag> SEX = Columns.tags("#population+sex", "#sex", "#x_sex");
  static final List<HxlTag> AGE = Columns.tags("#population+age", "#age", "#x_age");
  static final List<HxlTag> CASH = Columns.tags("#value+cash");
  static final List<HxlTag> CURRENCY = Columns.tags("#currency");
  /** The split fields, in {@link ActivityReport#split()} order, and their sex and age attributes. */
  static final String[] SPLIT = {"girls", "boys", "otherUnder18", "women", "men", "otherAdults"};
  static final String[] SPLIT_SEX = {"f", "m", "i", "f", "m", "i"};
  static final String[] SPLIT_AGE = {"children", "children", "children", "adults", "adults", "adults"};

  private static final HxlTag PLAIN_REACHED = HxlTag.parse("#reached");
  private static final String BLANK = "blank: not reported (null, never 0)";
  private static final String PLAIN_REACHED_REASON = "a plain #reached is read as new beneficiaries of the month "
      + "(they add up over months); tag it +new or +total to say which";

  private final HxlTable table;
  private final Problems p;
  private final @Nullable YearMonth defaultMonth;
  private final Columns cols;

  private HxlTable.@Nullable Column reporting;
  private HxlTable.@Nullable Column implementing;
  private HxlTable.@Nullable Column sector;
  private HxlTable.@Nullable Column activity;
  private HxlTable.@Nullable Column country;
  private HxlTable.@Nullable Column adm1;
  private HxlTable.@Nullable Column adm2;
  private HxlTable.@Nullable Column month;
  private HxlTable.@Nullable Column group;
  private HxlTable.@Nullable Column modality;
  private HxlTable.@Nullable Column newCol;
  private HxlTable.@Nullable Column totalCol;
  private HxlTable.@Nullable Column sexCol;
  private HxlTable.@Nullable Column ageCol;
  private HxlTable.@Nullable Column cashCol;
  private HxlTable.@Nullable Column currencyCol;
  private @Nullable String cashCurrency;
  private final HxlTable.@Nullable Column[] split = new HxlTable.Column[6];
  private boolean longForm;
  /** Long layout: the reports met so far, by what makes rows one report. */
  private final Map<Key, LongGroup> groups = new LinkedHashMap<>();

  ActivityMapping(HxlTable table, Problems p, @Nullable YearMonth defaultMonth) {
    this.table = table;
    this.p = p;
    this.defaultMonth = defaultMonth;
    this.cols = new Columns(table);
  }

  List<ActivityReport> read() {
    if (table.columns().isEmpty()) {
      return List.of(); // no hashtag row: reported when the table was read
    }
    pickColumns();
    tableFindings();
    List<ActivityReport> out = longForm ? readLong() : readWide(table.rows());
    cols.reportUnused(p, this::whyNot);
    return out;
  }

  // ---- for ActivityStream, which reads rows as they come instead of from the table ----

  /**
   * Picks the columns and reports the table's own findings, as {@link #read()} does before the rows; false when the
   * rows cannot be read one at a time (no columns, or the long layout, whose rows combine).
   */
  boolean start() {
    if (table.columns().isEmpty()) {
      return false;
    }
    pickColumns();
    tableFindings();
    return !longForm;
  }

  /** Reads rows of the wide layout as {@link #read()} does (after {@link #start()}). */
  List<ActivityReport> readRows(List<HxlTable.Row> rows) {
    return readWide(rows);
  }

  /** The column picked for each role; null when none. */
  HxlTable.@Nullable Column column(String role) {
    return switch (role) {
      case "reporting" -> reporting;
      case "implementing" -> implementing;
      case "sector" -> sector;
      case "activity" -> activity;
      case "country" -> country;
      case "adm1" -> adm1;
      case "adm2" -> adm2;
      case "month" -> month;
      case "group" -> group;
      case "modality" -> modality;
      case "new" -> newCol;
      case "total" -> totalCol;
      case "cash" -> cashCol;
      case "currency" -> currencyCol;
      default -> role.startsWith("split") ? split[role.charAt(5) - '0'] : null;
    };
  }

  /** The currency of a {@code #value+cash+usd} style column, or null. */
  @Nullable String cashCurrency() {
    return cashCurrency;
  }

  boolean isUsed(HxlTable.Column c) {
    return cols.isUsed(c);
  }

  /** The reason an unused column is not read. */
  String unusedReason(HxlTable.Column c) {
    return cols.reason(c, this::whyNot);
  }

  String label(HxlTable.Column c) {
    return cols.label(c);
  }

  static boolean isPlainReached(HxlTable.Column c) {
    return c.tag() != null && c.tag().withoutInformational().equals(PLAIN_REACHED);
  }

  static String blankReason() {
    return BLANK;
  }

  private void pickColumns() {
    reporting = cols.pick("/*/reportingOrganisation", REPORTING);
    implementing = cols.pick("/*/implementingOrganisation", IMPLEMENTING);
    sector = cols.pick("/*/sector", SECTOR);
    activity = cols.pick("/*/activity", ACTIVITY);
    country = cols.pick("/*/country", COUNTRY);
    adm1 = cols.pick("/*/adm1", ADM1);
    adm2 = cols.pick("/*/adm2", ADM2);
    month = cols.pick("/*/month", MONTH);
    group = cols.pick("/*/populationGroup", GROUP);
    modality = cols.pick("/*/modality", MODALITY);
    sexCol = cols.pick("the split (sex)", SEX);
    ageCol = cols.pick("the split (age band)", AGE);
    longForm = sexCol != null || ageCol != null;
    newCol = cols.pick(longForm ? "/*/newBeneficiaries and the split" : "/*/newBeneficiaries", NEW);
    totalCol = cols.pick("/*/totalMonthlyBeneficiaries", TOTAL);
    for (int i = 0; i < 6; i++) {
      List<HxlTag> alternatives = Columns.tags("#reached+new+" + SPLIT_SEX[i] + "+" + SPLIT_AGE[i],
          "#reached+" + SPLIT_SEX[i] + "+" + SPLIT_AGE[i]);
      if (longForm) {
        for (HxlTag q : alternatives) {
          for (HxlTable.Column c : table.columns(q)) {
            cols.skip(c, "the table is in long form (it has a sex or age column): wide split columns are not read");
          }
        }
      } else {
        split[i] = cols.pick("/*/" + SPLIT[i], alternatives);
      }
    }
    cashCol = cols.pick("/*/cashTransferred", CASH);
    if (cashCol != null) {
      currencyCol = cols.pick("/*/cashTransferred (currency)", CURRENCY);
    } else {
      for (HxlTable.Column c : table.columns()) {
        String ccy = Columns.currencyAttribute(c.tag());
        if (ccy != null) {
          cashCol = c;
          cashCurrency = ccy;
          cols.use(c, "/*/cashTransferred");
          break;
        }
      }
    }
  }

  private String whyNot(HxlTable.Column c) {
    HxlTag t = c.tag();
    if (t == null) {
      return "untagged: no hashtag, read by no mapping";
    }
    if (t.hashtag().equals("reached")) {
      return "not a 5W figure: the mapping reads #reached+new (or #reached), #reached+total and the split "
          + "#reached+{f,m,i}+{children,adults}; other attributes (a sex without an age band, a population group, "
          + "...) do not fit an activity report";
    }
    if (t.hasAttribute("name") && Set.of("country", "adm1", "adm2").contains(t.hashtag())) {
      return "an activity report keeps area codes, not names: give #" + t.hashtag() + "+code or #" + t.hashtag();
    }
    return "not a hashtag of the 5W mapping (see docs/formats/hxl.md)";
  }

  private void tableFindings() {
    long line = table.hashtagLine();
    if (sector == null) {
      p.add(Rule.REQUIRED_FIELD, null, line, -1, "#sector", "no column gives the sector (#sector+code, #sector, ...)");
    }
    if (country == null) {
      p.add(Rule.REQUIRED_FIELD, null, line, -1, "#country+code",
          "no column gives the country (#country+code or #country)");
    }
    boolean anySplit = false;
    for (HxlTable.Column c : split) {
      anySplit |= c != null;
    }
    if (newCol == null && totalCol == null && !anySplit) {
      p.add(Rule.REQUIRED_FIELD, null, line, -1, "#reached+new",
          "no column gives people reached (#reached+new, #reached, #reached+total or #reached+f+children, ...)");
    }
    if (month == null && defaultMonth == null) {
      p.add(Rule.REQUIRED_FIELD, null, line, -1, "#date+month",
          "no column gives the month (#date+month, #date+reported or #date) and no default month was set");
    }
  }

  // ---- the fields of a row ----

  /** What identifies a report: everything but the figures and the cash. */
  private record Key(String reporting, String implementing, String sector, String activity, String country,
      String adm1, String adm2, YearMonth month, String group, @Nullable Modality modality) {}

  private @Nullable YearMonth month(HxlTable.Row r) {
    if (month != null) {
      String raw = r.get(month);
      Parsed<YearMonth> m = Values.month(raw);
      if (m.isBad()) {
        p.add(Rule.INVALID_VALUE, null, r.line(), month.index(), cols.label(month), raw.strip(), m.why());
        p.report.skipped("row", "no usable month: an activity report needs its month", Problems.example(r.line(),
            null));
        return null;
      }
      if (m.value() != null) {
        p.report.mapped(cols.label(month), "/*/month");
        if (!ActivityReport.isSupportedMonth(m.value())) {
          p.add(Rule.INVALID_VALUE, null, r.line(), month.index(), cols.label(month), raw.strip(),
              "a month from 1900-01 to 5460-12 (the report is kept; ReachAggregator rejects it)");
        }
        return m.value();
      }
    }
    if (defaultMonth != null) {
      p.report.defaulted(month == null ? "(no date column)" : cols.label(month), "/*/month",
          "no month given: the reader's default month", Problems.example(r.line(), defaultMonth.toString()));
      return defaultMonth;
    }
    if (month != null) {
      p.add(Rule.REQUIRED_FIELD, null, r.line(), month.index(), cols.label(month), null);
    }
    p.report.skipped("row", "no month: an activity report needs its month", Problems.example(r.line(), null));
    return null;
  }

  private String text(HxlTable.Row r, HxlTable.@Nullable Column c, String target) {
    if (c == null) {
      return "";
    }
    String v = r.get(c).strip();
    if (!v.isEmpty()) {
      p.report.mapped(cols.label(c), target);
    }
    return v;
  }

  private Key key(HxlTable.Row r, YearMonth m) {
    String countryValue = text(r, country, "/*/country");
    if (!countryValue.isEmpty() && !countryValue.matches("[A-Z]{3}") && country != null) {
      p.add(Rule.INVALID_COUNTRY, Severity.WARNING, r.line(), country.index(), cols.label(country), countryValue);
    }
    Modality mod = null;
    if (modality != null) {
      String raw = r.get(modality);
      Parsed<Modality> pm = Values.modality(raw);
      if (pm.isBad()) {
        p.add(Rule.INVALID_VALUE, null, r.line(), modality.index(), cols.label(modality), raw.strip(), pm.why());
        p.report.skipped(cols.label(modality), "not a modality", Problems.example(r.line(), raw));
      } else if (pm.value() != null) {
        mod = pm.value();
        p.report.mapped(cols.label(modality), "/*/modality");
      }
    }
    return new Key(text(r, reporting, "/*/reportingOrganisation"), text(r, implementing, "/*/implementingOrganisation"),
        text(r, sector, "/*/sector"), text(r, activity, "/*/activity"), countryValue, text(r, adm1, "/*/adm1"),
        text(r, adm2, "/*/adm2"), m, text(r, group, "/*/populationGroup"), mod);
  }

  /** A count, or null when blank or unreadable (both reported); negative counts are kept and reported. */
  private @Nullable Long count(HxlTable.Row r, HxlTable.@Nullable Column c) {
    if (c == null) {
      return null;
    }
    String raw = r.get(c);
    String label = cols.label(c);
    Parsed<Long> v = Values.count(raw);
    if (v.isBad()) {
      p.add(Rule.INVALID_VALUE, null, r.line(), c.index(), label, raw.strip(), v.why());
      p.report.skipped(label, "not a whole number of people", Problems.example(r.line(), raw));
      return null;
    }
    if (v.value() == null) {
      p.report.skipped(label, BLANK, Problems.example(r.line(), null));
      return null;
    }
    if (v.value() < 0) {
      p.add(Rule.NEGATIVE_COUNT, null, r.line(), c.index(), label, v.value());
    }
    return v.value();
  }

  /** Records that a column's value went to {@code target}; a plain {@code #reached} is an interpretation. */
  private void took(HxlTable.Column c, String target, long line) {
    if (c.tag() != null && c.tag().withoutInformational().equals(PLAIN_REACHED)) {
      p.report.defaulted(cols.label(c), target, PLAIN_REACHED_REASON, Problems.example(line, null));
    } else {
      p.report.mapped(cols.label(c), target);
    }
  }

  private @Nullable Money cash(HxlTable.Row r) {
    if (cashCol == null) {
      return null;
    }
    String raw = r.get(cashCol);
    String label = cols.label(cashCol);
    Parsed<BigDecimal> amount = Values.decimal(raw);
    if (amount.isBad()) {
      p.add(Rule.INVALID_VALUE, null, r.line(), cashCol.index(), label, raw.strip(), amount.why());
      p.report.skipped(label, "not an amount", Problems.example(r.line(), raw));
      return null;
    }
    if (amount.value() == null) {
      p.report.skipped(label, BLANK, Problems.example(r.line(), null));
      return null;
    }
    String ccy = cashCurrency;
    if (ccy == null && currencyCol != null) {
      ccy = r.get(currencyCol).strip().toUpperCase(Locale.ROOT);
    }
    if (ccy == null || ccy.isEmpty()) {
      p.add(Rule.REQUIRED_FIELD, null, r.line(), currencyCol == null ? -1 : currencyCol.index(),
          currencyCol == null ? "#currency" : cols.label(currencyCol), null);
      p.report.skipped(label, "no currency: an amount needs its ISO 4217 currency (a #currency column or a "
          + "#value+cash+usd style tag)", Problems.example(r.line(), raw));
      return null;
    }
    try {
      Money m = new Money(amount.value(), ccy);
      p.report.mapped(label, "/*/cashTransferred");
      if (currencyCol != null) {
        p.report.mapped(cols.label(currencyCol), "/*/cashTransferred (currency)");
      }
      return m;
    } catch (InvalidPlanException e) {
      HxlTable.Column at = e.rule() == Rule.INVALID_CURRENCY && currencyCol != null ? currencyCol : cashCol;
      p.add(e.rule(), null, r.line(), at.index(), cols.label(at), e.value(), e.details());
      p.report.skipped(label, "not a valid amount of money", Problems.example(r.line(), raw));
      return null;
    }
  }

  // ---- wide ----

  private List<ActivityReport> readWide(List<HxlTable.Row> rows) {
    List<ActivityReport> out = new ArrayList<>();
    for (HxlTable.Row r : rows) {
      YearMonth m = month(r);
      if (m == null) {
        continue;
      }
      Key k = key(r, m);
      Long newValue = count(r, newCol);
      if (newValue != null && newCol != null) {
        took(newCol, "/*/newBeneficiaries", r.line());
      }
      Long total = count(r, totalCol);
      if (total != null && totalCol != null) {
        took(totalCol, "/*/totalMonthlyBeneficiaries", r.line());
      }
      Long[] s = new Long[6];
      for (int i = 0; i < 6; i++) {
        HxlTable.Column c = split[i];
        s[i] = count(r, c);
        if (s[i] != null && c != null) {
          took(c, "/*/" + SPLIT[i], r.line());
        }
      }
      if (newValue == null) {
        newValue = splitSum(s, r.line());
      }
      out.add(build(k, newValue, total, s, cash(r), r.line()));
    }
    return out;
  }

  /** The sum of the reported split cells, reported as derived; null when none is reported or one is negative. */
  private @Nullable Long splitSum(@Nullable Long[] s, long line) {
    long sum = 0;
    boolean any = false;
    for (Long v : s) {
      if (v == null) {
        continue;
      }
      if (v < 0) {
        return null;
      }
      any = true;
      try {
        sum = Math.addExact(sum, v);
      } catch (ArithmeticException e) {
        return null;
      }
    }
    if (!any) {
      return null;
    }
    p.report.defaulted("the split", "/*/newBeneficiaries", "no new-beneficiaries figure given: the sum of the sex "
        + "and age split", Problems.example(line, Long.toString(sum)));
    return sum;
  }

  private ActivityReport build(Key k, @Nullable Long newValue, @Nullable Long total, @Nullable Long[] s,
      @Nullable Money cash, long line) {
    ActivityReport report = ActivityReport.builder()
        .reportingOrganisation(k.reporting())
        .implementingOrganisation(k.implementing())
        .sector(k.sector())
        .activity(k.activity())
        .location(k.country(), k.adm1(), k.adm2())
        .month(k.month())
        .populationGroup(k.group())
        .newBeneficiaries(newValue)
        .totalMonthlyBeneficiaries(total)
        .split(s[0], s[1], s[2], s[3], s[4], s[5])
        .modality(k.modality())
        .cashTransferred(cash)
        .build();
    if (k.sector().isEmpty() && sector != null) {
      p.add(Rule.REQUIRED_FIELD, null, line, sector.index(), cols.label(sector), null);
    }
    if (k.country().isEmpty() && country != null) {
      p.add(Rule.REQUIRED_FIELD, null, line, country.index(), cols.label(country), null);
    }
    HxlTable.Column figures = figureColumn();
    if (newValue == null && total == null && figures != null) {
      p.add(Rule.REQUIRED_FIELD, null, line, figures.index(), cols.label(figures), null);
    }
    return report;
  }

  /** The first column that gives figures, or null when none does (reported once for the table). */
  private HxlTable.@Nullable Column figureColumn() {
    if (newCol != null) {
      return newCol;
    }
    if (totalCol != null) {
      return totalCol;
    }
    for (HxlTable.Column c : split) {
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  // ---- long ----

  private List<ActivityReport> readLong() {
    for (HxlTable.Row r : table.rows()) {
      longRow(r);
    }
    return finishLong();
  }

  /** One row of the long layout (after {@link #start()}), in file order: it joins its report's group. */
  void longRow(HxlTable.Row r) {
    YearMonth m = month(r);
    if (m == null) {
      return;
    }
    int cell = splitCell(r);
    if (cell == -2) {
      return;
    }
    Key k = key(r, m);
    String which = cell < 0 ? "/* (the row for all)" : "/*/{girls,boys,otherUnder18,women,men,otherAdults}";
    for (HxlTable.Column c : new HxlTable.Column[] {sexCol, ageCol}) {
      if (c != null && !r.get(c).isBlank()) {
        p.report.mapped(cols.label(c), which);
      }
    }
    LongGroup g = groups.computeIfAbsent(k, x -> new LongGroup(r.line()));
    if (cell == -1) {
      if (g.allLine != 0) {
        duplicate(r, "all (no sex, no age band)", g.allLine);
        return;
      }
      g.allLine = r.line();
      g.newValue = count(r, newCol);
      if (g.newValue != null && newCol != null) {
        took(newCol, "/*/newBeneficiaries", r.line());
      }
      g.total = count(r, totalCol);
      if (g.total != null && totalCol != null) {
        took(totalCol, "/*/totalMonthlyBeneficiaries", r.line());
      }
    } else {
      if (g.splitLine[cell] != 0) {
        duplicate(r, SPLIT[cell], g.splitLine[cell]);
        return;
      }
      g.splitLine[cell] = r.line();
      g.split[cell] = count(r, newCol);
      if (g.split[cell] != null && newCol != null) {
        took(newCol, "/*/" + SPLIT[cell], r.line());
      }
      Long t = count(r, totalCol);
      if (t != null) {
        g.splitTotals.add(new long[] {r.line(), t});
      }
    }
    Money c = cash(r);
    if (c != null && cashCol != null) {
      if (g.cash == null) {
        g.cash = c;
        g.cashLine = r.line();
      } else if (!g.cash.equals(c)) {
        p.add(Rule.INVALID_VALUE, null, r.line(), cashCol.index(), cols.label(cashCol), c.toString(),
            "the same amount as line " + g.cashLine + " (" + g.cash + "), as the rows belong to one report");
        p.report.skipped(cols.label(cashCol), "differs from the amount of the report's first row",
            Problems.example(r.line(), c.toString()));
      }
    }
  }

  /** The reports of the long layout's groups, in the order first met, once every row has been given. */
  List<ActivityReport> finishLong() {
    List<ActivityReport> out = new ArrayList<>(groups.size());
    groups.forEach((k, g) -> out.add(finish(k, g)));
    groups.clear();
    return out;
  }

  private ActivityReport finish(Key k, LongGroup g) {
    Long newValue = g.newValue;
    if (newValue == null) {
      newValue = splitSum(g.split, g.firstLine);
    }
    Long total = g.total;
    String totalLabel = totalCol == null ? "#reached+total" : cols.label(totalCol);
    if (total != null) {
      for (long[] t : g.splitTotals) {
        p.report.skipped(totalLabel, "the row for all (line " + g.allLine + ") gives the total monthly "
            + "beneficiaries; a split row's total is not kept", Problems.example(t[0], Long.toString(t[1])));
      }
    } else if (!g.splitTotals.isEmpty()) {
      long sum = 0;
      boolean ok = true;
      for (long[] t : g.splitTotals) {
        ok &= t[1] >= 0 && sum <= Long.MAX_VALUE - t[1];
        sum = ok ? sum + t[1] : sum;
      }
      if (ok) {
        total = sum;
        for (long[] t : g.splitTotals) {
          p.report.defaulted(totalLabel, "/*/totalMonthlyBeneficiaries", "no row for all (no sex, no age band): the "
              + "sum of the split rows' totals", Problems.example(t[0], Long.toString(t[1])));
        }
      } else {
        for (long[] t : g.splitTotals) {
          p.report.skipped(totalLabel, "a split row's total is negative or too large: the total is not derived",
              Problems.example(t[0], Long.toString(t[1])));
        }
      }
    }
    return build(k, newValue, total, g.split, g.cash, g.firstLine);
  }

  private void duplicate(HxlTable.Row r, String cell, long first) {
    p.add(Rule.DUPLICATE_BREAKDOWN_CELL, null, r.line(), -1, null, cell, "line " + first);
    p.report.skipped("row", "repeats the " + cell + " row of the same report (line " + first + ")",
        Problems.example(r.line(), null));
  }

  /**
   * The split cell a long row gives: 0 to 5 in {@link #SPLIT} order, -1 for the row for all (no sex, no age band),
   * -2 when the row cannot be placed (reported).
   */
  private int splitCell(HxlTable.Row r) {
    Parsed<SexAge> sx = sexCol == null ? Parsed.ok(new SexAge(null, null)) : Values.sex(r.get(sexCol));
    if (sx.isBad() && sexCol != null) {
      p.add(Rule.INVALID_VALUE, null, r.line(), sexCol.index(), cols.label(sexCol), r.get(sexCol).strip(),
          sx.why());
      p.report.skipped("row", "unknown sex: the row cannot be placed in the split", Problems.example(r.line(), null));
      return -2;
    }
    Parsed<AgeBand> ag = ageCol == null ? Parsed.ok(null) : Values.age(r.get(ageCol));
    if (ag.isBad() && ageCol != null) {
      p.add(Rule.INVALID_VALUE, null, r.line(), ageCol.index(), cols.label(ageCol), r.get(ageCol).strip(),
          ag.why());
      p.report.skipped("row", "unknown age band: the row cannot be placed in the split",
          Problems.example(r.line(), null));
      return -2;
    }
    SexAge sa = sx.value();
    Sex sex = sa == null ? null : sa.sex();
    AgeBand age = ag.value();
    AgeBand implied = sa == null ? null : sa.age();
    if (implied != null) {
      HxlTable.Column sexGiven = sexCol;
      if (age != null && !age.equals(implied) && ageCol != null && sexGiven != null) {
        p.add(Rule.INVALID_VALUE, null, r.line(), ageCol.index(), cols.label(ageCol), age.toString(),
            "the age band " + implied + " that the sex column's \"" + r.get(sexGiven).strip() + "\" implies");
        p.report.skipped("row", "the sex and age columns disagree", Problems.example(r.line(), null));
        return -2;
      }
      age = implied;
    }
    if (sex == null && age == null) {
      return -1;
    }
    if (sex == null || age == null) {
      HxlTable.Column blank = sex == null ? sexCol : ageCol;
      p.add(Rule.REQUIRED_FIELD, null, r.line(), blank == null ? -1 : blank.index(),
          blank == null ? (sex == null ? "#population+sex" : "#population+age") : cols.label(blank), null);
      p.report.skipped("row", "a sex without an age band (or an age band without a sex) does not fit the split "
          + "girls, boys, other under 18, women, men, other adults", Problems.example(r.line(), null));
      return -2;
    }
    int ageIndex = age.equals(AgeBand.CHILDREN) ? 0 : age.equals(AgeBand.ADULTS) ? 3 : -1;
    if (ageIndex < 0) {
      HxlTable.Column at = ageCol != null ? ageCol : sexCol;
      p.add(Rule.INVALID_VALUE, null, r.line(), at == null ? -1 : at.index(), at == null ? null : cols.label(at),
          age.toString(), "children (0-17) or adults (18+), the two age bands of the split");
      p.report.skipped("row", "an age band other than 0-17 or 18+ does not fit the split",
          Problems.example(r.line(), null));
      return -2;
    }
    return ageIndex + switch (sex) {
      case FEMALE -> 0;
      case MALE -> 1;
      case OTHER -> 2;
    };
  }
}
