package org.responseplan.model;

import java.util.Optional;

/** The stage of a contribution, as FTS records it: a pledge, a commitment, or paid. */
public enum ContributionStatus {
  PLEDGED,
  COMMITTED,
  PAID;

  public String jsonName() {
    return JsonNames.of(this);
  }

  public static Optional<ContributionStatus> fromJsonName(String name) {
    return JsonNames.find(ContributionStatus.class, name);
  }
}
