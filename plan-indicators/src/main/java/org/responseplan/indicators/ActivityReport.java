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

  /**
   * Checks that every text field and the month are given.
   *
   * @param reportingOrganisation the organisation that reports the row; never null
   * @param implementingOrganisation the organisation that carries the activity out; empty when not reported
   * @param sector the sector or cluster, as the 5W names it; blank rows are rejected when aggregated
   * @param activity the activity, as the 5W names it; empty when not reported
   * @param country ISO 3166-1 alpha-3 country code; blank rows are rejected when aggregated
   * @param adm1 admin-1 p-code; empty when not reported
   * @param adm2 admin-2 p-code; empty when not reported
   * @param month the reporting month
   * @param populationGroup the population group; empty when not reported
   * @param newBeneficiaries people reached for the first time this month; null when not reported
   * @param totalMonthlyBeneficiaries people reached this month, new or not; null when not reported
   * @param girls new beneficiaries, female under 18; null when not reported
   * @param boys new beneficiaries, male under 18; null when not reported
   * @param otherUnder18 new beneficiaries under 18 of other or unstated sex; null when not reported
   * @param women new beneficiaries, female 18 and over; null when not reported
   * @param men new beneficiaries, male 18 and over; null when not reported
   * @param otherAdults new beneficiaries 18 and over of other or unstated sex; null when not reported
   * @param modality how assistance was delivered; null when not reported
   * @param cashTransferred cash or vouchers transferred; null when not reported
   * @throws NullPointerException when a text field or the month is null
   */
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

  /**
   * The six split counts: girls, boys, other under 18, women, men, other adults.
   *
   * @return six entries in that order, each null when not reported
   */
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

  /** {@return a new builder: text fields empty, counts not reported; the month must be set} */
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

    /**
     * Sets the reporting organisation.
     *
     * @param v the organisation's name as the 5W gives it
     * @return this builder
     */
    public Builder reportingOrganisation(String v) {
      reportingOrganisation = v;
      return this;
    }

    /**
     * Sets the implementing organisation.
     *
     * @param v the organisation's name; empty when not reported
     * @return this builder
     */
    public Builder implementingOrganisation(String v) {
      implementingOrganisation = v;
      return this;
    }

    /**
     * Sets the sector.
     *
     * @param v the sector or cluster as the 5W names it
     * @return this builder
     */
    public Builder sector(String v) {
      sector = v;
      return this;
    }

    /**
     * Sets the activity.
     *
     * @param v the activity as the 5W names it; empty when not reported
     * @return this builder
     */
    public Builder activity(String v) {
      activity = v;
      return this;
    }

    /**
     * Country (ISO3), admin-1 and admin-2 codes; pass "" for an admin level that is not reported.
     *
     * @param country ISO 3166-1 alpha-3 code
     * @param adm1 admin-1 p-code, or empty
     * @param adm2 admin-2 p-code, or empty
     * @return this builder
     */
    public Builder location(String country, String adm1, String adm2) {
      this.country = country;
      this.adm1 = adm1;
      this.adm2 = adm2;
      return this;
    }

    /**
     * Sets the reporting month.
     *
     * @param v the month
     * @return this builder
     */
    public Builder month(YearMonth v) {
      month = v;
      return this;
    }

    /**
     * Sets the population group.
     *
     * @param v the group as the 5W names it; empty when not reported
     * @return this builder
     */
    public Builder populationGroup(String v) {
      populationGroup = v;
      return this;
    }

    /**
     * Sets the new beneficiaries of the month.
     *
     * @param v people reached for the first time this month; null when not reported (never read as 0)
     * @return this builder
     */
    public Builder newBeneficiaries(@Nullable Long v) {
      newBeneficiaries = v;
      return this;
    }

    /**
     * Sets the total beneficiaries of the month.
     *
     * @param v people reached this month, new or not; null when not reported
     * @return this builder
     */
    public Builder totalMonthlyBeneficiaries(@Nullable Long v) {
      totalMonthlyBeneficiaries = v;
      return this;
    }

    /**
     * The split of new beneficiaries: girls, boys, other under 18, women, men, other adults (null: not reported).
     *
     * @param girls female under 18
     * @param boys male under 18
     * @param otherUnder18 under 18 of other or unstated sex
     * @param women female 18 and over
     * @param men male 18 and over
     * @param otherAdults 18 and over of other or unstated sex
     * @return this builder
     */
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

    /**
     * Sets the modality.
     *
     * @param v how assistance was delivered; null when not reported
     * @return this builder
     */
    public Builder modality(@Nullable Modality v) {
      modality = v;
      return this;
    }

    /**
     * Sets the cash transferred.
     *
     * @param v cash or vouchers transferred; null when not reported
     * @return this builder
     */
    public Builder cashTransferred(@Nullable Money v) {
      cashTransferred = v;
      return this;
    }

    /**
     * {@return the report; it is not checked here (the aggregator rejects rows by {@link ActivityReport#problems()})}
     *
     * @throws IllegalStateException when the month was not set
     */
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
