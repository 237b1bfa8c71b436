package org.responseplan.indicators;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.responseplan.model.Modality;
import org.responseplan.model.Money;

/**
 * One monthly 5W activity report row: who (reporting and implementing organisation), what (sector, activity),
 * where (country, admin-1, admin-2), when (month), for whom (population group), and how many: new beneficiaries of
 * the month, total beneficiaries of the month, and the new beneficiaries split by sex and age (under 18, 18 and over).
 *
 * <p>Text fields are never null; an admin area or population group that is not reported is the empty string.
 * Counts are null when not reported, which is never the same as 0. A row is not rejected when built; the
 * {@link ReachAggregator} checks it ({@link #problems()}) and counts rejected rows by rule.
 */
public record ActivityReport(
    String reportingOrganisation,
    String implementingOrganisation,
    String sector,
    String activity,
    String country,
    String adm1,
    String adm2,
    YearMonth month,
    String populationGroup,
    @Nullable Long newBeneficiaries,
    @Nullable Long totalMonthlyBeneficiaries,
    @Nullable Long girls,
    @Nullable Long boys,
    @Nullable Long otherUnder18,
    @Nullable Long women,
    @Nullable Long men,
    @Nullable Long otherAdults,
    @Nullable Modality modality,
    @Nullable Money cashTransferred) {

  /** A problem that keeps a row out of the aggregation. */
  public static final String NEGATIVE_COUNT = "negative-count";
  /** A problem that keeps a row out of the aggregation: no sector or no country. */
  public static final String REQUIRED_FIELD = "required-field";
  /** A problem that keeps a row out of the aggregation: neither new nor total beneficiaries reported. */
  public static final String NO_FIGURES = "no-figures";
  /** A problem that keeps a row out of the aggregation: a month before 1900 or after 5460. */
  public static final String INVALID_MONTH = "invalid-month";
  /** Reported, and the row is still counted: the sex and age split does not add up to the new beneficiaries. */
  public static final String SPLIT_DOES_NOT_SUM = "split-does-not-sum";

  public ActivityReport {
    Objects.requireNonNull(reportingOrganisation, "reportingOrganisation");
    Objects.requireNonNull(implementingOrganisation, "implementingOrganisation");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(adm1, "adm1");
    Objects.requireNonNull(adm2, "adm2");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(populationGroup, "populationGroup");
  }

  /** The six split counts: girls, boys, other under 18, women, men, other adults. */
  public List<@Nullable Long> split() {
    List<@Nullable Long> s = new ArrayList<>(6);
    s.add(girls);
    s.add(boys);
    s.add(otherUnder18);
    s.add(women);
    s.add(men);
    s.add(otherAdults);
    return s;
  }

  /**
   * The problems of this row, by rule code: {@link #REQUIRED_FIELD}, {@link #NEGATIVE_COUNT}, {@link #NO_FIGURES},
   * {@link #INVALID_MONTH} (each keeps the row out), and {@link #SPLIT_DOES_NOT_SUM} (a warning). Empty for a sound
   * row.
   */
  public List<String> problems() {
    List<String> problems = new ArrayList<>(2);
    if (sector.isBlank() || country.isBlank()) {
      problems.add(REQUIRED_FIELD);
    }
    boolean negative = isNegative(newBeneficiaries) || isNegative(totalMonthlyBeneficiaries);
    long splitSum = 0;
    boolean anySplit = false;
    for (Long v : split()) {
      negative |= isNegative(v);
      if (v != null) {
        anySplit = true;
        splitSum += Math.max(0, v);
      }
    }
    if (negative) {
      problems.add(NEGATIVE_COUNT);
    }
    if (newBeneficiaries == null && totalMonthlyBeneficiaries == null) {
      problems.add(NO_FIGURES);
    }
    if (!isSupportedMonth(month)) {
      problems.add(INVALID_MONTH);
    }
    if (!negative && anySplit && newBeneficiaries != null && splitSum != newBeneficiaries) {
      problems.add(SPLIT_DOES_NOT_SUM);
    }
    return problems;
  }

  /** True when {@link #problems()} names a problem that keeps the row out of the aggregation. */
  public boolean isRejected() {
    List<String> p = problems();
    return p.contains(REQUIRED_FIELD) || p.contains(NEGATIVE_COUNT) || p.contains(NO_FIGURES)
        || p.contains(INVALID_MONTH);
  }

  /** Months from 1900-01 to 5460-12 can be aggregated. */
  static boolean isSupportedMonth(YearMonth m) {
    return m.getYear() >= 1900 && m.getYear() <= 5460;
  }

  private static boolean isNegative(@Nullable Long v) {
    return v != null && v < 0;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a report field by field; text fields default to empty, counts to not reported. */
  public static final class Builder {
    private String reportingOrganisation = "";
    private String implementingOrganisation = "";
    private String sector = "";
    private String activity = "";
    private String country = "";
    private String adm1 = "";
    private String adm2 = "";
    private @Nullable YearMonth month;
    private String populationGroup = "";
    private @Nullable Long newBeneficiaries;
    private @Nullable Long totalMonthlyBeneficiaries;
    private final @Nullable Long[] split = new Long[6];
    private @Nullable Modality modality;
    private @Nullable Money cashTransferred;

    private Builder() {}

    public Builder reportingOrganisation(String v) {
      reportingOrganisation = v;
      return this;
    }

    public Builder implementingOrganisation(String v) {
      implementingOrganisation = v;
      return this;
    }

    public Builder sector(String v) {
      sector = v;
      return this;
    }

    public Builder activity(String v) {
      activity = v;
      return this;
    }

    /** Country (ISO3), admin-1 and admin-2 codes; pass "" for an admin level that is not reported. */
    public Builder location(String country, String adm1, String adm2) {
      this.country = country;
      this.adm1 = adm1;
      this.adm2 = adm2;
      return this;
    }

    public Builder month(YearMonth v) {
      month = v;
      return this;
    }

    public Builder populationGroup(String v) {
      populationGroup = v;
      return this;
    }

    public Builder newBeneficiaries(@Nullable Long v) {
      newBeneficiaries = v;
      return this;
    }

    public Builder totalMonthlyBeneficiaries(@Nullable Long v) {
      totalMonthlyBeneficiaries = v;
      return this;
    }

    /** The split of new beneficiaries: girls, boys, other under 18, women, men, other adults (null: not reported). */
    public Builder split(@Nullable Long girls, @Nullable Long boys, @Nullable Long otherUnder18, @Nullable Long women,
        @Nullable Long men, @Nullable Long otherAdults) {
      split[0] = girls;
      split[1] = boys;
      split[2] = otherUnder18;
      split[3] = women;
      split[4] = men;
      split[5] = otherAdults;
      return this;
    }

    public Builder modality(@Nullable Modality v) {
      modality = v;
      return this;
    }

    public Builder cashTransferred(@Nullable Money v) {
      cashTransferred = v;
      return this;
    }

    public ActivityReport build() {
      if (month == null) {
        throw new IllegalStateException("an activity report needs its month");
      }
      return new ActivityReport(reportingOrganisation, implementingOrganisation, sector, activity, country, adm1,
          adm2, month, populationGroup, newBeneficiaries, totalMonthlyBeneficiaries, split[0], split[1], split[2],
          split[3], split[4], split[5], modality, cashTransferred);
    }
  }
}
