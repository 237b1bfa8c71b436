package org.responseplan.indicators;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.responseplan.indicators.reach.FiveWRules;
import org.responseplan.model.Modality;
import org.responseplan.model.Money;

/**
 * One monthly 5W activity report row: who (reporting and implementing organisation), what (sector, activity),
 * where (country, admin-1, admin-2), when (month), for whom (population group), and how many: new beneficiaries of
 * the month, total beneficiaries of the month, and the new beneficiaries split by sex and age (under 18, 18 and over).
 *
 * <p>Text fields are never null; an admin area or population group that is not reported is the empty string.
 * Counts are null when not reported, which is never the same as 0. A row is not rejected when built; the
 * {@link ReachAggregator} checks it by the same rules as {@link #problems()} and counts rejected rows by
 * {@link FiveWProblem}.
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
   * The problems of this row, by the 5W rules ({@code FiveWRules}, described in the module README): those that keep
   * it out of the aggregation ({@link FiveWProblem#rejectsRow()}) and the warning
   * {@link FiveWProblem#SPLIT_DOES_NOT_SUM}.
   *
   * @return the problems in code order; empty for a sound row
   */
  public Set<FiveWProblem> problems() {
    return FiveWRules.asSet(problemBits());
  }

  /**
   * Whether {@link #problems()} names a problem that keeps the row out of the aggregation.
   *
   * @return true for a rejected row
   */
  public boolean isRejected() {
    return FiveWRules.rejects(problemBits());
  }

  private int problemBits() {
    return FiveWRules.problems(this);
  }

  /**
   * Whether a month can be aggregated: from 1900-01 to 5460-12 (else {@link FiveWProblem#INVALID_MONTH}).
   *
   * @param m a month
   * @return true when it is in range
   */
  public static boolean isSupportedMonth(YearMonth m) {
    return FiveWRules.isSupportedYear(m.getYear());
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
